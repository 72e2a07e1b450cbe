"""User actions on amendments. Each call is one transaction: committed when it returns, and a
refused call (a :class:`UserFacingError`) leaves the store exactly as it was.

Rules kept here (the domain's :mod:`raadsviewer.domain.amendments` holds the ones that do not
need the store):

* identity as for annotations: a UUID, an owner faction, a version, a revision chain of content
  hashes, and a tombstone instead of a deletion;
* numbers: the faction numbers its own amendments provisionally ("GL-1"); the official number
  ("A3") is the griffie's: given in the griffie's store when an amendment is made there or is
  submitted (or merged submitted, ``services.exchange``), one past the highest ever given, and
  never changed or reused afterwards;
* the old text is taken from the document: it must occur in the target principle's text, in the
  anchored passage, or (for a sub-amendment) in the parent amendment's new text;
* co-signers are existing factions other than the submitter, stored by their exact names, sorted;
* only the owner faction edits, deletes, restores or submits; only a concept is edited or deleted
  (a submitted amendment has been seen by the council: it is withdrawn, not deleted);
* the outcome (aangenomen, verworpen) with the votes per faction is the griffie's decision, in
  the griffie's store only, kept beside the revisions; votes are only taken on a submitted
  amendment and only go with a decision, which must be the one the Gemeentewet gives
  (:mod:`raadsviewer.domain.votes`) when any seats are known, and is taken in voting order: a
  sub-amendment before its amendment (:mod:`raadsviewer.domain.procedure`). On a faction
  laptop only the faction's own submission and withdrawal are recorded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from raadsviewer.domain.access import (
    FACTION_STATUSES,
    Role,
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
from raadsviewer.domain.procedure import items_for, order_problem
from raadsviewer.domain.votes import FactionVote, check_decision, decide, normalise_votes
from raadsviewer.domain.votes import parse_vote_argument as parse_faction_vote
from raadsviewer.services.factions import ensure_faction_row, ensure_member_row, faction_row
from raadsviewer.storage import numbers, search_index
from raadsviewer.storage import repository as repo
from raadsviewer.storage.db import Store, lock_row
from raadsviewer.storage.models import (
    AmendmentRevisionRow,
    AmendmentRow,
    DocumentRow,
    DossierRow,
    FactionRow,
    PrincipleRow,
)

_NUMBER = re.compile(r"^\s*[Aa]?\s*(\d{1,9})\s*$")
_PROVISIONAL = re.compile(r"^\s*(.+)-(\d{1,9})\s*$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


# --- reading rows -----------------------------------------------------------------------------


def _to_domain(session: Session, row: AmendmentRow) -> Amendment:
    faction = session.get(FactionRow, row.faction_id)
    principle = session.get(PrincipleRow, row.principle_id) if row.principle_id is not None else None
    return _to_domain_fast(
        row,
        {faction.id: faction.name} if faction else {},
        {principle.id: principle.number} if principle else {},
    )


def _record_revision(session: Session, row: AmendmentRow, parent: str | None) -> Amendment:
    """Name the row's state by its content hash and keep that state as an immutable revision."""
    session.flush()  # the amendment row must exist before its revision (no ORM relationship)
    amendment = _to_domain(session, row)
    content = amendment_content(amendment)
    rev_id = amendment_revision_id(amendment, parent)
    row.revision_id = rev_id
    session.add(repo.revision_row(AmendmentRevisionRow, "amendment_id", row, rev_id, parent, content))
    session.flush()
    search_index.index_items(session.connection(), "amendment", [row.id])  # its texts, as search finds them
    return replace(amendment, revision_id=rev_id)


# --- resolving targets ------------------------------------------------------------------------


def parse_number(value: str | int) -> int:
    """ "A3", "a3", "3" or 3 -> 3."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value >= 1:
            return value
        raise UserFacingError("invalid_amendment_number", value=value)
    match = _NUMBER.match(str(value))
    if match is None or int(match.group(1)) < 1:
        raise UserFacingError("invalid_amendment_number", value=value)
    return int(match.group(1))


def _principle_by_number(session: Session, dossier_id: str, number: int) -> PrincipleRow:
    row = session.scalar(
        select(PrincipleRow)
        .join(DocumentRow, PrincipleRow.document_id == DocumentRow.id)
        .where(DocumentRow.dossier_id == dossier_id, PrincipleRow.number == number)
        .order_by(DocumentRow.version.desc(), DocumentRow.imported_at.desc())
    )
    if row is None:
        raise UserFacingError("principle_not_found", number=number)
    return row


def _resolve_anchor(session: Session, dossier_id: str, anchor: TextAnchor) -> tuple[TextAnchor, DocumentRow]:
    """The anchor re-found in its document (fresh context), or ``quote_not_found``."""
    doc = session.get(DocumentRow, anchor.document_id)
    located = locate(anchor, doc.text) if doc is not None and doc.dossier_id == dossier_id else None
    if doc is None or located is None:
        raise UserFacingError("quote_not_found", number="-", quote=anchor.quote[:200])
    return make_anchor(doc.id, doc.text, located.start, located.end), doc


def _live_row(session: Session, amendment_id: str) -> AmendmentRow:
    row = session.get(AmendmentRow, amendment_id)
    if row is None:
        raise UserFacingError("amendment_not_found", number=amendment_id)
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
    check_amendment(replace(draft, principle_number=principle_number), target)


def _cosigner_names(session: Session, submitter: FactionRow, names: Iterable[str]) -> list[str]:
    """Existing factions, by their stored names, sorted; never the submitter itself."""
    rows = session.scalars(select(FactionRow)).all()
    by_name = {r.name: r for r in rows}
    by_fold = {r.name.casefold(): r for r in rows}
    result: dict[str, str] = {}
    for name in names:
        cleaned = " ".join(name.split())
        row = by_name.get(cleaned) or by_fold.get(cleaned.casefold())
        if row is None:
            raise UserFacingError("faction_not_found", name=cleaned)
        if row.id == submitter.id:
            raise UserFacingError("cosigner_is_submitter", name=row.name)
        result[row.id] = row.name
    return sorted(result.values(), key=lambda n: (n.casefold(), n))


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
        _principle_by_number(session, dossier_id, draft.principle_number)
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
    """A new concept amendment with the next number of the dossier (A1, A2, ...)."""
    draft = normalise_draft(draft)
    with store.session() as session:
        target = _resolve_target(session, dossier_id, draft)
        _check_against_target(draft, target.candidates, target.principle.number if target.principle else None)
        faction_r = ensure_faction_row(session, faction)
        cosigners = _cosigner_names(session, faction_r, draft.cosigners)
        member = ensure_member_row(session, faction_r, member).name
        number = numbers.draw(session, dossier_id, numbers.AMENDMENT)
        draft_number = numbers.draw(session, dossier_id, numbers.draft_series(faction_r.id))
        now = datetime.now()
        row = AmendmentRow(
            id=new_item_id(faction_r.id),
            dossier_id=dossier_id,
            faction_id=faction_r.id,
            author=" ".join(member.split()) or "?",
            number=number,
            draft_number=draft_number,
            official_number=_official_if_griffie(session, dossier_id),
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


def _official_if_griffie(session: Session, dossier_id: str) -> int | None:
    """The next official number when this is the griffie's store (None on a faction laptop)."""
    from raadsviewer.services.roles import owner_in

    if owner_in(session).role is not Role.GRIFFIE:
        return None
    return numbers.draw(session, dossier_id, numbers.OFFICIAL)


def _number_when_submitted(session: Session, row: AmendmentRow) -> None:
    """The griffie numbers an amendment when it is submitted (once: a number never changes)."""
    if row.official_number is None:
        row.official_number = _official_if_griffie(session, row.dossier_id)


def _label(session: Session, row: AmendmentRow) -> str:
    if row.official_number:
        return f"A{row.official_number}"
    faction = session.get(FactionRow, row.faction_id)
    return provisional_label(faction.name if faction else "?", row.draft_number)


def _label_of(row: AmendmentRow) -> str:
    session = object_session(row)
    return _label(session, row) if session is not None else f"#{row.draft_number}"


def _owned_row(session: Session, amendment_id: str, faction: str) -> AmendmentRow:
    row = _live_row(session, amendment_id)
    lock_row(session, row)
    acting = faction_row(session, faction)
    if acting is None or acting.id != row.faction_id:
        owner = session.get(FactionRow, row.faction_id)
        raise UserFacingError("not_amendment_owner", owner=owner.name if owner else "?")
    return row


def _require_concept(row: AmendmentRow) -> None:
    if row.status != AmendmentStatus.CONCEPT.value:
        raise UserFacingError("amendment_not_concept", number=_label_of(row), status=row.status)


def _require_live(row: AmendmentRow) -> None:
    if row.deleted:
        raise UserFacingError("amendment_deleted", number=_label_of(row))


def _bump(session: Session, row: AmendmentRow, base_revision: str | None = None) -> Amendment:
    """The row's new state as its next revision. ``base_revision``: the state the user edited
    (see ``update_amendment``)."""
    parent = row.revision_id
    row.version += 1
    row.updated_at = datetime.now()
    if base_revision is not None and base_revision != parent:
        from raadsviewer.services import exchange

        parent = exchange.edit_base(session, "amendment", row.id, base_revision)
        _record_revision(session, row, parent=parent)
        exchange.rebuild_items(session, "amendment", row.dossier_id, [row.id])  # the conflict decides the row
        session.refresh(row)
        return _to_domain(session, row)
    return _record_revision(session, row, parent=parent)


def update_amendment(
    store: Store, amendment_id: str, draft: AmendmentDraft, *, faction: str, base_revision: str | None = None
) -> Amendment:
    """New text, target or co-signers for a concept; the number and the owner stay.

    ``base_revision``: the revision the user had before them; when another edit came first (a
    colleague's, on a shared store), this one becomes a version beside it: a conflict, shown."""
    draft = normalise_draft(draft)
    with store.session() as session:
        row = _owned_row(session, amendment_id, faction)
        _require_live(row)
        _require_concept(row)
        if draft.parent_id == row.id:
            raise UserFacingError("parent_not_found")
        target = _resolve_target(session, row.dossier_id, draft)
        _check_against_target(draft, target.candidates, target.principle.number if target.principle else None)
        submitter = session.get(FactionRow, row.faction_id)
        assert submitter is not None
        cosigners = _cosigner_names(session, submitter, draft.cosigners)
        _apply_draft(row, draft, cosigners)
        _apply_target(row, target)
        return _bump(session, row, base_revision)


def delete_amendment(store: Store, amendment_id: str, *, faction: str) -> Amendment:
    """Soft delete of a concept: it becomes a tombstone (its number stays taken)."""
    with store.session() as session:
        row = _owned_row(session, amendment_id, faction)
        _require_concept(row)
        if row.deleted:
            return _to_domain(session, row)
        row.deleted = True
        return _bump(session, row)


def restore_amendment(store: Store, amendment_id: str, *, faction: str) -> Amendment:
    with store.session() as session:
        row = _owned_row(session, amendment_id, faction)
        if not row.deleted:
            return _to_domain(session, row)
        row.deleted = False
        return _bump(session, row)


def _submission_target(session: Session, row: AmendmentRow) -> str | None:
    principle = session.get(PrincipleRow, row.principle_id) if row.principle_id else None
    parent = session.get(AmendmentRow, row.parent_id) if row.parent_id else None
    amendment = _to_domain(session, row)
    return _target_text(amendment, _candidate_targets(principle, amendment.anchor, parent))


def _check_submission(session: Session, row: AmendmentRow) -> None:
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
        _require_live(row)
        if row.status != AmendmentStatus.CONCEPT.value:  # submitting twice is not "nothing to do"
            raise UserFacingError("invalid_status_transition", old=row.status, new=AmendmentStatus.INGEDIEND.value)
        _check_submission(session, row)
        row.status = AmendmentStatus.INGEDIEND.value
        _number_when_submitted(session, row)
        return _bump(session, row)


def _row_by_number(session: Session, dossier_id: str, number: str | int) -> AmendmentRow:
    """By the official number ("A3", "3", 3), the provisional label ("GL-1") or the id."""
    if isinstance(number, str) and _UUID.match(number.strip()):
        row = session.get(AmendmentRow, number.strip())
        if row is None or row.dossier_id != dossier_id:
            raise UserFacingError("amendment_not_found", number=number)
        return row
    if isinstance(number, str) and not _NUMBER.match(number):
        match = _PROVISIONAL.match(number)
        if match is not None:
            for candidate in session.scalars(
                select(AmendmentRow).where(
                    AmendmentRow.dossier_id == dossier_id, AmendmentRow.draft_number == int(match.group(2))
                )
            ):
                if _label(session, candidate).casefold() == f"{match.group(1)}-{match.group(2)}".casefold().strip():
                    return candidate
            raise UserFacingError("amendment_not_found", number=number.strip())
    n = parse_number(number)
    row = session.scalar(
        select(AmendmentRow).where(AmendmentRow.dossier_id == dossier_id, AmendmentRow.official_number == n)
    )
    if row is None:
        raise UserFacingError("amendment_not_found", number=f"A{n}")
    return row


def set_status(
    store: Store,
    dossier_id: str,
    number: str | int,
    status: str | AmendmentStatus,
    votes: Iterable[tuple[str, Vote | str] | FactionVote] = (),
    *,
    revote: bool = False,
    quorum_waived: bool = False,
) -> Amendment:
    """The clerk records what happened to an amendment: submitted, adopted, rejected, withdrawn.

    Votes are only taken on a submitted amendment and only go with aangenomen or verworpen; every
    voting faction must exist. The decision must be the one the votes give under the Gemeentewet
    (:func:`raadsviewer.domain.votes.decide`: members absent, quorum, and a tie outside a full
    meeting postpones the decision, ``revote`` marking the meeting it was postponed to). The
    amendment keeps one vote per faction, the form packages carry: absences count for the
    decision but are not kept, and a faction that split cannot be kept yet
    (``vote_split_not_recorded``; the outcome can then be recorded without votes).
    """
    from raadsviewer.services.roles import owner_in

    new = parse_status(status)
    votes = list(votes)
    with store.session() as session:
        row = _row_by_number(session, dossier_id, number)
        lock_row(session, row)  # two clerks recording an outcome: the second is judged on the first's
        _require_live(row)
        owner = owner_in(session)
        if owner.role is Role.MEMBER:  # a faction laptop: only submitting and withdrawing its own
            if new not in FACTION_STATUSES or votes:
                raise UserFacingError("griffie_decision", what=f"status {new}" if not votes else "votes")
            if row.faction_id != owner.faction_id:
                other = session.get(FactionRow, row.faction_id)
                raise UserFacingError("not_amendment_owner", owner=other.name if other else "?")
        old = AmendmentStatus(row.status)
        given: tuple[FactionVote, ...] = ()
        if votes:  # checked first: "only a submitted amendment is voted on" says more
            check_votable(old)
            given = normalise_votes(votes)
        check_status_change(old, new)
        recorded: tuple[tuple[str, Vote], ...] = ()
        if given:
            if new not in (AmendmentStatus.AANGENOMEN, AmendmentStatus.VERWORPEN):
                raise UserFacingError("votes_need_decision")
            seats = {f.name: f.seats for f in session.scalars(select(FactionRow))}
            result = decide(given, seats, revote=revote, quorum_waived=quorum_waived)
            check_decision(result, new.value)
            split = next((v.faction for v in given if v.vote is None), None)
            if split is not None:
                raise UserFacingError("vote_split_not_recorded", faction=split)
            by_fold = {t.faction.casefold(): t.faction for t in result.factions}
            recorded = tuple(
                sorted(
                    ((by_fold.get(v.faction.casefold(), v.faction), Vote(v.vote)) for v in given if v.vote is not None),
                    key=lambda v: v[0].casefold(),
                )
            )
        if new == old:
            return _to_domain(session, row)
        if new in (AmendmentStatus.AANGENOMEN, AmendmentStatus.VERWORPEN):
            _check_vote_order(session, row)
            # The griffie's decision: kept beside the revisions, never written into the faction's
            # history (so it cannot travel in, or be overwritten by, a faction's package).
            votes_json = json.dumps([[name, str(vote)] for name, vote in recorded], ensure_ascii=False)
            row.decided_status, row.decided_votes_json = new.value, votes_json
            row.status, row.votes_json = new.value, votes_json
            row.updated_at = datetime.now()
            session.flush()
            return _to_domain(session, row)
        if new == AmendmentStatus.INGEDIEND:
            _check_submission(session, row)
            _number_when_submitted(session, row)
        row.status = new.value
        return _bump(session, row)


def _check_vote_order(session: Session, row: AmendmentRow) -> None:
    """Sub-amendments are decided before their amendment, never after it
    (:func:`raadsviewer.domain.procedure.order_problem`)."""
    amendments = read_amendments(session, row.dossier_id)
    items = items_for(amendments, ())
    item = next((i for i in items if i.id == row.id), None)
    problem = order_problem(item, items) if item is not None else None
    if problem is not None:
        raise UserFacingError(problem.code, labels=", ".join(problem.labels))


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
        votes=tuple((name, Vote(vote)) for name, vote in json.loads(row.votes_json)),
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
