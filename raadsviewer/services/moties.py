"""User actions on moties. Each call is one transaction: committed when it returns, and a refused
call (a :class:`UserFacingError`) leaves the store exactly as it was.

A motie follows the amendment's rules, written once in :mod:`raadsviewer.services.items`
(identity, revisions, provisional "GL-M1" and official "M2" numbers from the dossier's counter,
ownership, tombstones, finding one by its label) and :mod:`raadsviewer.services.procedure`
(statuses, votes as councils vote, voting order); the form and completeness of a motie are
:mod:`raadsviewer.domain.moties`'s. What is a motie's own:

* it names the council and the meeting ("De raad van de gemeente …, in vergadering bijeen op
  …"): left empty, they are taken from the griffie's record of the meeting
  (:mod:`raadsviewer.services.council`) when the motie is made, again when it is submitted, and
  when it is exported;
* it may be linked to principles (by number, stored as the principles' ids) or to an agenda item;
* its submitters may hold it over (aanhouden) and submit it again, or withdraw it (intrekken),
  until the vote; the outcome and the votes are the griffie's decision.

For the window: :func:`add_motie`, :func:`update_motie`, :func:`delete_motie`,
:func:`restore_motie`, :func:`submit_motie`, :func:`withdraw_motie`, :func:`hold_motie`,
:func:`submission_problems`, :func:`set_status`, :func:`list_moties`, :func:`get_motie`,
:func:`get_motie_by_number`, :func:`export_motie`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from raadsviewer.domain.access import FACTION_MOTIE_STATUSES, may_see, motie_visibility, new_item_id
from raadsviewer.domain.access import provisional_motie_label as provisional_label
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Motie, MotieDraft, MotieKind, MotieStatus, Vote
from raadsviewer.domain.moties import (
    check_motie_status_change,
    check_motie_votable,
    motie_content,
    motie_revision_id,
    normalise_motie_draft,
    parse_motie_status,
    validate_motie_for_submission,
)
from raadsviewer.domain.votes import FactionVote, pending_from_json, votes_from_json
from raadsviewer.services import council, items
from raadsviewer.services.factions import ensure_faction_row, ensure_member_row
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import DocumentRow, FactionRow, MotieRevisionRow, MotieRow, PrincipleRow

FORMATS = ("md", "html", "docx", "pdf")

# --- reading rows -----------------------------------------------------------------------------


def _principle_numbers(session: Session, dossier_id: str) -> dict[str, int]:
    return dict(
        session.execute(
            select(PrincipleRow.id, PrincipleRow.number)
            .join(DocumentRow, PrincipleRow.document_id == DocumentRow.id)
            .where(DocumentRow.dossier_id == dossier_id)
        ).all()
    )


def _to_domain_fast(row: MotieRow, factions: dict[str, str], numbers: dict[str, int]) -> Motie:
    principle_ids = tuple(json.loads(row.principle_ids_json))
    return Motie(
        id=row.id,
        dossier_id=row.dossier_id,
        number=row.official_number or 0,
        draft_number=row.draft_number,
        title=row.title,
        municipality=row.municipality,
        meeting_date=row.meeting_date,
        constaterende=tuple(json.loads(row.constaterende_json)),
        overwegende=tuple(json.loads(row.overwegende_json)),
        kind=MotieKind(row.kind),
        dictum=tuple(json.loads(row.dictum_json)),
        faction_id=row.faction_id,
        faction_name=factions.get(row.faction_id, "?"),
        author=row.author,
        cosigners=tuple(json.loads(row.cosigners_json)),
        principle_ids=principle_ids,
        principle_numbers=tuple(sorted({numbers[p] for p in principle_ids if p in numbers})),
        agenda_item=row.agenda_item,
        status=MotieStatus(row.status),
        votes=votes_from_json(json.loads(row.votes_json)),
        postponed=pending_from_json(json.loads(row.postponed_json)) if row.postponed_json else None,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        revision_id=row.revision_id,
        deleted=row.deleted,
    )


def _to_domain(session: Session, row: MotieRow) -> Motie:
    faction = session.get(FactionRow, row.faction_id)
    return _to_domain_fast(
        row, {faction.id: faction.name} if faction else {}, _principle_numbers(session, row.dossier_id)
    )


def _fill_from_council(session: Session, row: MotieRow) -> None:
    """The council and the meeting the motie speaks in, from the griffie's record where it is empty."""
    settings = council.settings_in(session, row.dossier_id)
    if not row.municipality and settings.municipality:
        row.municipality = settings.municipality
    if row.meeting_date is None and settings.meeting_date is not None:
        row.meeting_date = settings.meeting_date


def _prepare_submission(session: Session, row: MotieRow) -> None:
    """Complete the motie from the griffie's record and refuse it while anything is missing."""
    _fill_from_council(session, row)
    problems = validate_motie_for_submission(_to_domain(session, row))
    if problems:
        raise UserFacingError(problems[0])


MOTIE = items.Kind(
    name="motie",
    series="M",
    row=MotieRow,
    revision=MotieRevisionRow,
    fk="motie_id",
    provisional=provisional_label,
    to_domain=_to_domain,
    content=motie_content,
    revision_id=motie_revision_id,
    not_found="motie_not_found",
    invalid_number="invalid_motie_number",
    not_owner="not_motie_owner",
    not_concept="motie_not_concept",
    deleted="motie_deleted",
    parse_status=parse_motie_status,
    check_change=check_motie_status_change,
    check_votable=check_motie_votable,
    faction_statuses=FACTION_MOTIE_STATUSES,
    prepare_submission=_prepare_submission,
)


# --- writing ----------------------------------------------------------------------------------


def _apply_draft(session: Session, row: MotieRow, draft: MotieDraft, submitter: FactionRow) -> None:
    """The draft's fields on the row: checked, principles resolved, co-signers as stored."""
    if len(draft.municipality) > council.MAX_MUNICIPALITY:
        raise UserFacingError("motie_too_long", limit=council.MAX_MUNICIPALITY)
    if len(draft.agenda_item) > council.MAX_TITLE:
        raise UserFacingError("motie_too_long", limit=council.MAX_TITLE)
    principle_ids = [items.principle_by_number(session, row.dossier_id, n).id for n in draft.principle_numbers]
    row.title = draft.title
    row.municipality = draft.municipality
    row.meeting_date = draft.meeting_date
    row.constaterende_json = json.dumps(list(draft.constaterende), ensure_ascii=False)
    row.overwegende_json = json.dumps(list(draft.overwegende), ensure_ascii=False)
    row.kind = str(draft.kind)
    row.dictum_json = json.dumps(list(draft.dictum), ensure_ascii=False)
    row.cosigners_json = json.dumps(items.cosigner_names(session, submitter, draft.cosigners), ensure_ascii=False)
    row.principle_ids_json = json.dumps(principle_ids)
    row.agenda_item = draft.agenda_item
    _fill_from_council(session, row)


def add_motie(store: Store, *, dossier_id: str, faction: str, member: str, draft: MotieDraft) -> Motie:
    """A new concept motie with the faction's next provisional number (GL-M1, ...) and, in the
    griffie's store, the next official one (M1, M2, ...). A concept may be incomplete."""
    draft = normalise_motie_draft(draft)
    with store.session() as session:
        from raadsviewer.storage.models import DossierRow

        if session.get(DossierRow, dossier_id) is None:
            raise UserFacingError("dossier_not_found", title=dossier_id)
        faction_r = ensure_faction_row(session, faction)
        member = ensure_member_row(session, faction_r, member).name
        now = datetime.now()
        row = MotieRow(
            id=new_item_id(faction_r.id),
            dossier_id=dossier_id,
            faction_id=faction_r.id,
            author=member or "?",
            status=MotieStatus.CONCEPT.value,
            votes_json="[]",
            created_at=now,
            updated_at=now,
            version=1,
            revision_id="",
            deleted=False,
        )
        _apply_draft(session, row, draft, faction_r)
        row.draft_number = items.next_draft_number(session, MOTIE, dossier_id, faction_r.id)
        row.official_number = items.official_if_griffie(session, MOTIE, dossier_id, row.id)
        session.add(row)
        result: Motie = items.record_revision(session, MOTIE, row, parent=None)
        return result


def _owned_row(session: Session, motie_id: str, faction: str) -> MotieRow:
    row: MotieRow = items.owned_row(session, MOTIE, motie_id, faction)
    return row


def update_motie(
    store: Store, motie_id: str, draft: MotieDraft, *, faction: str, base_revision: str | None = None
) -> Motie:
    """New text, principles or co-signers for a concept; the numbers and the owner stay.
    ``base_revision``: the revision the user had before them (see ``items.bump``)."""
    draft = normalise_motie_draft(draft)
    with store.session() as session:
        row, submitter = items.editable_row(session, MOTIE, motie_id, faction)
        _apply_draft(session, row, draft, submitter)
        result: Motie = items.bump(session, MOTIE, row, base_revision)
        return result


def delete_motie(store: Store, motie_id: str, *, faction: str) -> Motie:
    """Soft delete of a concept: it becomes a tombstone (its numbers stay taken)."""
    result: Motie = items.delete_by_owner(store, MOTIE, motie_id, faction)
    return result


def restore_motie(store: Store, motie_id: str, *, faction: str) -> Motie:
    result: Motie = items.restore_by_owner(store, MOTIE, motie_id, faction)
    return result


def _by_owner(store: Store, motie_id: str, faction: str, status: MotieStatus) -> Motie:
    """A status the submitters set themselves (indienen, aanhouden, intrekken)."""
    from raadsviewer.services import procedure

    with store.session() as session:
        row = _owned_row(session, motie_id, faction)
        if status == MotieStatus(row.status):  # submitting (holding, withdrawing) twice is not "nothing to do"
            raise UserFacingError("invalid_motie_transition", old=row.status, new=status.value)
        procedure.apply_status(session, MOTIE, row, status, ())
        return _to_domain(session, row)


def submit_motie(store: Store, motie_id: str, *, faction: str) -> Motie:
    """concept (or aangehouden) -> ingediend by its owner, only when the motie is complete."""
    return _by_owner(store, motie_id, faction, MotieStatus.INGEDIEND)


def hold_motie(store: Store, motie_id: str, *, faction: str) -> Motie:
    """ingediend -> aangehouden: the submitters hold the motie over to a later meeting."""
    return _by_owner(store, motie_id, faction, MotieStatus.AANGEHOUDEN)


def withdraw_motie(store: Store, motie_id: str, *, faction: str) -> Motie:
    """-> ingetrokken by its submitters, until the vote."""
    return _by_owner(store, motie_id, faction, MotieStatus.INGETROKKEN)


def _with_council(motie: Motie, settings: council.CouncilSettings) -> Motie:
    """The motie as it will read: the council and the meeting from the griffie's record where it
    leaves them empty."""
    return motie._replace(
        municipality=motie.municipality or settings.municipality,
        meeting_date=motie.meeting_date or settings.meeting_date,
    )


def submission_problems(store: Store, motie_id: str) -> list[str]:
    """What keeps the motie from being submitted (codes; empty when ready): for the editor.
    The council and the meeting count as given when the griffie's record has them."""
    with store.read_session() as session:
        motie = _to_domain(session, items.live_row(session, MOTIE, motie_id))
        return validate_motie_for_submission(_with_council(motie, council.settings_in(session, motie.dossier_id)))


def set_status(
    store: Store,
    dossier_id: str,
    number: str | int,
    status: str | MotieStatus | None,
    votes: Iterable[tuple[str, Vote | str] | FactionVote] = (),
    *,
    revote: bool = False,
    quorum_waived: bool = False,
) -> Motie:
    """The clerk records what happened to a motie (as for amendments:
    :func:`raadsviewer.services.procedure.set_status`); ``status`` None: the votes decide."""
    from raadsviewer.services import procedure

    result: Motie = procedure.set_item_status(
        store, MOTIE, dossier_id, number, status, votes, revote=revote, quorum_waived=quorum_waived
    )
    return result


# --- reading ----------------------------------------------------------------------------------


def read_moties(session: Session, dossier_id: str, *, include_deleted: bool = False) -> list[Motie]:
    """Within an open session: the moties the store's owner may see (``domain.access``: a concept
    is its faction's and the griffie's), official numbers first."""
    from raadsviewer.services.roles import viewer_for

    viewer = viewer_for(session)
    query = select(MotieRow).where(MotieRow.dossier_id == dossier_id)
    if not include_deleted:
        query = query.where(MotieRow.deleted.is_(False))
    factions = {f.id: f.name for f in session.scalars(select(FactionRow))}
    numbers = _principle_numbers(session, dossier_id)
    order = (MotieRow.official_number.is_(None), MotieRow.official_number, MotieRow.faction_id, MotieRow.draft_number)
    return [
        _to_domain_fast(row, factions, numbers)
        for row in session.scalars(query.order_by(*order))
        if may_see(viewer, row.faction_id, motie_visibility(row.status))
    ]


def list_moties(store: Store, dossier_id: str, *, include_deleted: bool = False) -> list[Motie]:
    """The dossier's moties in number order (unnumbered concepts last); tombstones when asked for."""
    with store.read_session() as session:
        return read_moties(session, dossier_id, include_deleted=include_deleted)


def get_motie(store: Store, motie_id: str) -> Motie:
    with store.read_session() as session:
        return _to_domain(session, items.live_row(session, MOTIE, motie_id))


def get_motie_by_number(store: Store, dossier_id: str, number: str | int) -> Motie:
    """By "M2", 2, the provisional "GL-M1" or the id; deleted ones too (check ``deleted``)."""
    with store.read_session() as session:
        return _to_domain(session, items.row_by_label(session, MOTIE, dossier_id, number))


def revision_count(store: Store, motie_id: str) -> int:
    with store.read_session() as session:
        return len(session.scalars(select(MotieRevisionRow.id).where(MotieRevisionRow.motie_id == motie_id)).all())


# --- the council-ready document ---------------------------------------------------------------


def export_motie(
    store: Store,
    dossier_id: str,
    number: str | int,
    fmt: str,
    path: Path | str,
    *,
    lang: str = "nl",
    pdf_writer: Callable[[str, Path], None] | None = None,
) -> Path:
    """One motie as the document a faction hands in (md, html, docx, or pdf with the window's or
    the command line's ``pdf_writer``) at ``path``, written beside it and moved into place. The
    council and the meeting come from the griffie's record when the motie leaves them empty."""
    from raadsviewer.export.motie import motie_to_html, motie_to_markdown, write_motie_docx
    from raadsviewer.services.drafts import check_format, write_atomically

    value = check_format(fmt, FORMATS)
    with store.read_session() as session:
        row = items.row_by_label(session, MOTIE, dossier_id, number)
        if row.deleted:
            raise UserFacingError("motie_deleted", number=items.label(session, MOTIE, row))
        motie = _with_council(_to_domain(session, row), council.settings_in(session, dossier_id))
    path = Path(path)
    if value == "md":
        text = motie_to_markdown(motie, lang)
        write_atomically(path, lambda target: target.write_text(text, encoding="utf-8", newline="\n"))
    elif value == "html":
        text = motie_to_html(motie, lang)
        write_atomically(path, lambda target: target.write_text(text, encoding="utf-8", newline="\n"))
    elif value == "pdf":
        if pdf_writer is None:
            raise UserFacingError("pdf_unavailable")
        page = motie_to_html(motie, lang)
        write_atomically(path, lambda target: pdf_writer(page, target))
    else:
        write_atomically(path, lambda target: write_motie_docx(motie, target, lang))
    return path
