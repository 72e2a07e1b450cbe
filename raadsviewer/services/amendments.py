"""User actions on amendments. Each call is one transaction: committed when it returns, and a
refused call (a :class:`UserFacingError`) leaves the store exactly as it was.

Rules kept here (the domain's :mod:`raadsviewer.domain.amendments` holds the ones that do not
need the store, and :mod:`raadsviewer.services.items` the ones amendments share with moties:
identity, numbers, ownership, revisions, finding one by its label):

* identity as for annotations: a UUID, an owner faction, a version, a revision chain of content
  hashes, and a tombstone instead of a deletion;
* numbers: the faction numbers its own amendments provisionally ("GL-1"); the official number
  ("A3") is the griffie's, given in the griffie's store when an amendment is made there or is
  submitted (or merged submitted, ``services.exchange``), from the dossier's counter, and never
  changed or reused afterwards;
* the old text is taken from the document: it must occur in the target principle's text, in the
  anchored passage, or (for a sub-amendment) in the parent amendment's new text;
* co-signers are existing factions other than the submitter, stored by their exact names, sorted;
* only the owner faction edits, deletes, restores or submits; only a concept is edited or deleted
  (a submitted amendment has been seen by the council: it is withdrawn, not deleted);
* the outcome (aangenomen, verworpen) with the votes as councils vote them is the griffie's
  decision, recorded by :func:`set_status` through :mod:`raadsviewer.services.procedure` (the
  Gemeentewet's rules, the voting order across amendments, the proposal and moties, a tie that
  goes to the next meeting). On a faction laptop only the faction's own submission and
  withdrawal are recorded.

For the window: :func:`add_amendment`, :func:`update_amendment`, :func:`delete_amendment`,
:func:`restore_amendment`, :func:`submit_amendment`, :func:`submission_problems`,
:func:`set_status`, :func:`list_amendments`, :func:`get_amendment`,
:func:`get_amendment_by_number`, :func:`amendment_seats`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from raadsviewer.domain.access import (
    FACTION_STATUSES,
    amendment_visibility,
    may_see,
    new_item_id,
    provisional_label,
)
from raadsviewer.domain.amendments import (
    SeatsSummary,
    amendment_content,
    amendment_revision_id,
    check_amendment,
    check_status_change,
    check_votable,
    normalise_draft,
    one_line,
    parse_status,
    passage_spans,
    seats_summary,
    validate_for_submission,
)
from raadsviewer.domain.anchoring import locate, make_anchor
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import (
    Amendment,
    AmendmentDraft,
    AmendmentOperation,
    AmendmentStatus,
    DocumentRole,
    Faction,
    TextAnchor,
    Vote,
)
from raadsviewer.domain.votes import FactionVote, pending_from_json, votes_from_json
from raadsviewer.domain.votes import parse_vote_argument as parse_faction_vote
from raadsviewer.services import items
from raadsviewer.services.factions import ensure_faction_row, ensure_member_row
from raadsviewer.storage import repository as repo
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import (
    AmendmentRevisionRow,
    AmendmentRow,
    DocumentRow,
    DossierRow,
    FactionRow,
    PrincipleRow,
)

# --- reading rows -----------------------------------------------------------------------------


def _to_domain(session: Session, row: AmendmentRow) -> Amendment:
    faction = session.get(FactionRow, row.faction_id)
    principle = session.get(PrincipleRow, row.principle_id) if row.principle_id is not None else None
    return _to_domain_fast(
        row,
        {faction.id: faction.name} if faction else {},
        {principle.id: principle.number} if principle else {},
    )


AMENDMENT = items.Kind(
    name="amendment",
    series="A",
    row=AmendmentRow,
    revision=AmendmentRevisionRow,
    fk="amendment_id",
    provisional=provisional_label,
    to_domain=_to_domain,
    content=amendment_content,
    revision_id=amendment_revision_id,
    not_found="amendment_not_found",
    invalid_number="invalid_amendment_number",
    not_owner="not_amendment_owner",
    not_concept="amendment_not_concept",
    deleted="amendment_deleted",
    parse_status=parse_status,
    check_change=check_status_change,
    check_votable=check_votable,
    faction_statuses=FACTION_STATUSES,
    prepare_submission=lambda session, row: check_submission(session, row),
)


def _record_revision(session: Session, row: AmendmentRow, parent: str | None) -> Amendment:
    """Name the row's state by its content hash and keep that state as an immutable revision."""
    result: Amendment = items.record_revision(session, AMENDMENT, row, parent)
    return result


# --- resolving targets ------------------------------------------------------------------------


def parse_number(value: str | int) -> int:
    """ "A3", "a3", "3" or 3 -> 3."""
    return items.parse_number(AMENDMENT, value)


def _resolve_anchor(session: Session, dossier_id: str, anchor: TextAnchor) -> tuple[TextAnchor, DocumentRow]:
    """The anchor re-found in its document (fresh context), or ``quote_not_found``."""
    doc = session.get(DocumentRow, anchor.document_id)
    located = locate(anchor, doc.text) if doc is not None and doc.dossier_id == dossier_id else None
    if doc is None or located is None:
        raise UserFacingError("quote_not_found", number="-", quote=anchor.quote[:200])
    return make_anchor(doc.id, doc.text, located.start, located.end), doc


def _live_row(session: Session, amendment_id: str) -> AmendmentRow:
    row: AmendmentRow = items.live_row(session, AMENDMENT, amendment_id)
    return row


def _parent_row(session: Session, dossier_id: str, parent_id: str) -> AmendmentRow:
    parent = session.get(AmendmentRow, parent_id)
    if parent is None or parent.dossier_id != dossier_id or parent.deleted:
        raise UserFacingError("parent_not_found")
    return parent


def _candidate_targets(
    principle: PrincipleRow | None, anchor: TextAnchor | None, parent: AmendmentRow | None
) -> list[str]:
    """The texts the old text may be taken from, most specific first."""
    if parent is not None:
        return [parent.new_text]
    texts = []
    if anchor is not None:
        texts.append(anchor.quote)
    if principle is not None:
        texts.append(principle.text)
    return texts


def _target_text(draft: AmendmentDraft | Amendment, candidates: Sequence[str]) -> str | None:
    """The candidate that holds the old text (else the first one); None when there is none."""
    if not candidates:
        return None
    if draft.old_text.strip():
        for text in candidates:
            if passage_spans(text, draft.old_text):
                return text
    return candidates[0]


def _check_against_target(draft: AmendmentDraft, candidates: Sequence[str], principle_number: int | None) -> None:
    if draft.old_text.strip() and not candidates:
        raise UserFacingError("missing_target")
    target = _target_text(draft, candidates)
    check_amendment(draft._replace(principle_number=principle_number), target)


@dataclass(frozen=True, slots=True)
class _Target:
    principle: PrincipleRow | None
    anchor: TextAnchor | None
    parent: AmendmentRow | None

    @property
    def candidates(self) -> list[str]:
        return _candidate_targets(self.principle, self.anchor, self.parent)


def _resolve_target(session: Session, dossier_id: str, draft: AmendmentDraft) -> _Target:
    if session.get(DossierRow, dossier_id) is None:
        raise UserFacingError("dossier_not_found", title=dossier_id)
    parent = _parent_row(session, dossier_id, draft.parent_id) if draft.parent_id else None
    principle = (
        items.principle_by_number(session, dossier_id, draft.principle_number)
        if draft.principle_number is not None
        else None
    )
    anchor = None
    if draft.anchor is not None:
        anchor, doc = _resolve_anchor(session, dossier_id, draft.anchor)
        if principle is None and doc.role == DocumentRole.FRAMEWORK.value:
            principle = session.scalar(
                select(PrincipleRow).where(
                    PrincipleRow.document_id == doc.id,
                    PrincipleRow.start <= anchor.start,
                    PrincipleRow.end >= anchor.end,
                )
            )
    if parent is not None and principle is None and parent.principle_id is not None:
        principle = session.get(PrincipleRow, parent.principle_id)
    return _Target(principle, anchor, parent)


def _apply_target(row: AmendmentRow, target: _Target) -> None:
    anchor = target.anchor
    row.principle_id = target.principle.id if target.principle else None
    row.parent_id = target.parent.id if target.parent else None
    row.document_id = anchor.document_id if anchor else None
    row.quote = anchor.quote if anchor else None
    row.quote_prefix = anchor.prefix if anchor else None
    row.quote_suffix = anchor.suffix if anchor else None
    row.quote_start = anchor.start if anchor else None
    row.quote_end = anchor.end if anchor else None


def _apply_draft(row: AmendmentRow, draft: AmendmentDraft, cosigners: list[str]) -> None:
    row.title = draft.title
    row.betreft = draft.betreft
    row.operation = str(draft.operation)
    row.old_text = draft.old_text
    row.new_text = draft.new_text
    row.rationale = draft.rationale
    row.cosigners_json = json.dumps(cosigners, ensure_ascii=False)


# --- actions ----------------------------------------------------------------------------------


def add_amendment(store: Store, *, dossier_id: str, faction: str, member: str, draft: AmendmentDraft) -> Amendment:
    """A new concept amendment with the faction's next provisional number (GL-1, GL-2, ...) and, in
    the griffie's store, the next official one (A1, A2, ...)."""
    draft = normalise_draft(draft)
    with store.session() as session:
        draft = _with_betreft(session, dossier_id, draft)
        target = _resolve_target(session, dossier_id, draft)
        _check_against_target(draft, target.candidates, target.principle.number if target.principle else None)
        faction_r = ensure_faction_row(session, faction)
        cosigners = items.cosigner_names(session, faction_r, draft.cosigners)
        member = ensure_member_row(session, faction_r, member).name
        now = datetime.now()
        item_id = new_item_id(faction_r.id)
        row = AmendmentRow(
            id=item_id,
            dossier_id=dossier_id,
            faction_id=faction_r.id,
            author=" ".join(member.split()) or "?",
            number=store_sequence_number(session, dossier_id),
            draft_number=items.next_draft_number(session, AMENDMENT, dossier_id, faction_r.id),
            official_number=items.official_if_griffie(session, AMENDMENT, dossier_id, item_id),
            status=AmendmentStatus.CONCEPT.value,
            votes_json="[]",
            created_at=now,
            updated_at=now,
            version=1,
            revision_id="",
            deleted=False,
        )
        _apply_draft(row, draft, cosigners)
        _apply_target(row, target)
        session.add(row)
        return _record_revision(session, row, parent=None)


def _with_betreft(session: Session, dossier_id: str, draft: AmendmentDraft) -> AmendmentDraft:
    """An amendment names the proposal it amends ("Betreft"): left empty, the dossier's title, as
    the window proposes it (the council's document has no empty "Betreft:" line)."""
    if draft.betreft:
        return draft
    dossier = session.get(DossierRow, dossier_id)
    return draft._replace(betreft=one_line(dossier.title)) if dossier is not None else draft


def store_sequence_number(session: Session, dossier_id: str) -> int:
    """The store's own sequence of the dossier's amendments (``AmendmentRow.number``, never shown)."""
    floor = session.scalar(select(func.max(AmendmentRow.number)).where(AmendmentRow.dossier_id == dossier_id)) or 0
    return items.take_number(session, dossier_id, "A#", floor)


def _owned_row(session: Session, amendment_id: str, faction: str) -> AmendmentRow:
    row: AmendmentRow = items.owned_row(session, AMENDMENT, amendment_id, faction)
    return row


def update_amendment(
    store: Store, amendment_id: str, draft: AmendmentDraft, *, faction: str, base_revision: str | None = None
) -> Amendment:
    """New text, target or co-signers for a concept; the number and the owner stay.

    ``base_revision``: the revision the user had before them; when another edit came first (a
    colleague's, on a shared store), this one becomes a version beside it: a conflict, shown."""
    draft = normalise_draft(draft)
    with store.session() as session:
        row, submitter = items.editable_row(session, AMENDMENT, amendment_id, faction)
        if draft.parent_id == row.id:
            raise UserFacingError("parent_not_found")
        draft = _with_betreft(session, row.dossier_id, draft)
        target = _resolve_target(session, row.dossier_id, draft)
        _check_against_target(draft, target.candidates, target.principle.number if target.principle else None)
        cosigners = items.cosigner_names(session, submitter, draft.cosigners)
        _apply_draft(row, draft, cosigners)
        _apply_target(row, target)
        result: Amendment = items.bump(session, AMENDMENT, row, base_revision)
        return result


def delete_amendment(store: Store, amendment_id: str, *, faction: str) -> Amendment:
    """Soft delete of a concept: it becomes a tombstone (its number stays taken)."""
    result: Amendment = items.delete_by_owner(store, AMENDMENT, amendment_id, faction)
    return result


def restore_amendment(store: Store, amendment_id: str, *, faction: str) -> Amendment:
    result: Amendment = items.restore_by_owner(store, AMENDMENT, amendment_id, faction)
    return result


def _submission_target(session: Session, row: AmendmentRow) -> str | None:
    principle = session.get(PrincipleRow, row.principle_id) if row.principle_id else None
    parent = session.get(AmendmentRow, row.parent_id) if row.parent_id else None
    amendment = _to_domain(session, row)
    return _target_text(amendment, _candidate_targets(principle, amendment.anchor, parent))


def check_submission(session: Session, row: AmendmentRow) -> None:
    """Refuse to submit an amendment that is incomplete or inconsistent (the first problem)."""
    amendment = _to_domain(session, row)
    problems = validate_for_submission(amendment, _submission_target(session, row))
    if problems:
        raise UserFacingError(problems[0], number=amendment.principle_number or "-", quote=amendment.old_text[:200])


def submission_problems(store: Store, amendment_id: str) -> list[str]:
    """What keeps the amendment from being submitted (codes; empty when ready): for the window."""
    with store.session() as session:
        row = _live_row(session, amendment_id)
        return validate_for_submission(_to_domain(session, row), _submission_target(session, row))


def submit_amendment(store: Store, amendment_id: str, *, faction: str) -> Amendment:
    """concept -> ingediend by the owner, only when the amendment is complete and consistent."""
    with store.session() as session:
        row = _owned_row(session, amendment_id, faction)
        items.require_live(session, AMENDMENT, row)
        if row.status != AmendmentStatus.CONCEPT.value:  # submitting twice is not "nothing to do"
            raise UserFacingError("invalid_status_transition", old=row.status, new=AmendmentStatus.INGEDIEND.value)
        check_submission(session, row)
        row.status = AmendmentStatus.INGEDIEND.value
        items.number_when_submitted(session, AMENDMENT, row)
        result: Amendment = items.bump(session, AMENDMENT, row)
        return result


def _row_by_number(session: Session, dossier_id: str, number: str | int) -> AmendmentRow:
    """By the official number ("A3", "3", 3), the provisional label ("GL-1") or the id."""
    row: AmendmentRow = items.row_by_label(session, AMENDMENT, dossier_id, number)
    return row


def set_status(
    store: Store,
    dossier_id: str,
    number: str | int,
    status: str | AmendmentStatus | None,
    votes: Iterable[tuple[str, Vote | str] | FactionVote] = (),
    *,
    revote: bool = False,
    quorum_waived: bool = False,
) -> Amendment:
    """The clerk records what happened to an amendment: submitted, adopted, rejected, withdrawn,
    with the votes as councils vote them (splits, absences); ``status`` None: the votes decide.

    The rules are :func:`raadsviewer.services.procedure.set_status`'s (one place for amendments,
    moties and the proposal): votes only on a submitted amendment and only with a decision; the
    decision the Gemeentewet gives (``revote``/``quorum_waived`` only where the store does not
    know the earlier vote); a tie outside a full meeting kept for the next meeting; voting order.
    """
    from raadsviewer.services import procedure

    result: Amendment = procedure.set_item_status(
        store, AMENDMENT, dossier_id, number, status, votes, revote=revote, quorum_waived=quorum_waived
    )
    return result


# --- reading ----------------------------------------------------------------------------------


def get_amendment(store: Store, amendment_id: str) -> Amendment:
    with store.session() as session:
        return _to_domain(session, _live_row(session, amendment_id))


def get_amendment_by_number(store: Store, dossier_id: str, number: str | int) -> Amendment:
    """By "A3" or 3; deleted ones too (check ``deleted``)."""
    with store.session() as session:
        return _to_domain(session, _row_by_number(session, dossier_id, number))


def read_amendments(session: Session, dossier_id: str, *, include_deleted: bool = False) -> list[Amendment]:
    """Within an open session (the draft service reads everything in one transaction): the
    amendments the store's owner may see (``domain.access``), official numbers first."""
    from raadsviewer.services.roles import viewer_for

    viewer = viewer_for(session)
    query = select(AmendmentRow).where(AmendmentRow.dossier_id == dossier_id)
    if not include_deleted:
        query = query.where(AmendmentRow.deleted.is_(False))
    factions = {f.id: f.name for f in session.scalars(select(FactionRow))}
    numbers = dict(
        session.execute(
            select(PrincipleRow.id, PrincipleRow.number)
            .join(DocumentRow, PrincipleRow.document_id == DocumentRow.id)
            .where(DocumentRow.dossier_id == dossier_id)
        ).all()
    )
    result = []
    order = (
        AmendmentRow.official_number.is_(None),
        AmendmentRow.official_number,
        AmendmentRow.faction_id,
        AmendmentRow.draft_number,
    )
    for row in session.scalars(query.order_by(*order)):
        if not may_see(viewer, row.faction_id, amendment_visibility(row.status)):
            continue
        amendment = _to_domain_fast(row, factions, numbers)
        result.append(amendment)
    return result


def _to_domain_fast(row: AmendmentRow, factions: dict[str, str], numbers: dict[str, int]) -> Amendment:
    faction_votes = votes_from_json(json.loads(row.votes_json))
    return Amendment(
        id=row.id,
        dossier_id=row.dossier_id,
        number=row.official_number or 0,
        draft_number=row.draft_number,
        title=row.title,
        betreft=row.betreft,
        principle_id=row.principle_id,
        principle_number=numbers.get(row.principle_id) if row.principle_id else None,
        anchor=repo.anchor_of(row),
        operation=AmendmentOperation(row.operation),
        old_text=row.old_text,
        new_text=row.new_text,
        rationale=row.rationale,
        faction_id=row.faction_id,
        faction_name=factions.get(row.faction_id, "?"),
        author=row.author,
        cosigners=tuple(json.loads(row.cosigners_json)),
        status=AmendmentStatus(row.status),
        votes=tuple((v.faction, v.vote) for v in faction_votes if v.vote is not None),
        faction_votes=faction_votes,
        postponed=pending_from_json(json.loads(row.postponed_json)) if row.postponed_json else None,
        parent_id=row.parent_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        revision_id=row.revision_id,
        deleted=row.deleted,
    )


def list_amendments(store: Store, dossier_id: str, *, include_deleted: bool = False) -> list[Amendment]:
    """The dossier's amendments in number order; tombstones only when asked for."""
    with store.read_session() as session:
        return read_amendments(session, dossier_id, include_deleted=include_deleted)


def revision_count(store: Store, amendment_id: str) -> int:
    with store.session() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(AmendmentRevisionRow)
                .where(AmendmentRevisionRow.amendment_id == amendment_id)
            )
            or 0
        )


def seats_for(amendment: Amendment, factions: Sequence[Faction]) -> SeatsSummary:
    """Seats of the submitter and co-signers against the council (all factions' seats).

    A co-signer that no longer exists (renamed) counts no seats rather than failing.
    """
    by_id = {f.id: f for f in factions}
    by_fold = {f.name.casefold(): f for f in factions}
    submitter = by_id.get(amendment.faction_id) or Faction(id=amendment.faction_id, name=amendment.faction_name)
    cosigners = [by_fold[n.casefold()] for n in amendment.cosigners if n.casefold() in by_fold]
    return seats_summary(submitter, cosigners, sum(f.seats for f in factions))


def amendment_seats(store: Store, amendment: Amendment) -> SeatsSummary:
    with store.session() as session:
        factions = [repo.to_faction(r) for r in session.scalars(select(FactionRow))]
    return seats_for(amendment, factions)


def parse_vote_argument(value: str) -> tuple[str, str]:
    """ "CDA=voor" -> ("CDA", "voor"): a whole faction's vote (the command line parses splits with
    :func:`raadsviewer.domain.votes.parse_vote_argument`, which this uses)."""
    vote = parse_faction_vote(value)
    if vote.vote is None:
        raise UserFacingError("invalid_vote_argument", value=value)
    return vote.faction, str(vote.vote)
