"""User actions on annotations. Each call is one transaction: committed when it returns.

Undo in the window is a new change through these same functions (delete <-> restore, edit back to
the earlier text), never a rollback, so every step is on disk and travels to other laptops.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from raadsviewer.domain.access import Viewer, lost_to, may_see, narrower, new_item_id, widest
from raadsviewer.domain.anchoring import make_anchor, normalise_quote, occurrences
from raadsviewer.domain.annotations import revision_id, validate_draft
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Annotation, AnnotationDraft, DocumentRole, TextAnchor, Visibility
from raadsviewer.services.factions import ensure_faction_row, ensure_member_row, faction_row
from raadsviewer.storage import repository as repo
from raadsviewer.storage import search_index
from raadsviewer.storage.db import Store, lock_row
from raadsviewer.storage.models import (
    AnnotationRevisionRow,
    AnnotationRow,
    DocumentRow,
    ExportLogRow,
    FactionRow,
    MergeLogRow,
    PrincipleRow,
)
from raadsviewer.words import N_


def _principle_by_number(session: Session, dossier_id: str, number: int) -> PrincipleRow:
    row = session.scalar(
        select(PrincipleRow)
        .join(DocumentRow, PrincipleRow.document_id == DocumentRow.id)
        .where(DocumentRow.dossier_id == dossier_id, PrincipleRow.number == number)
        .order_by(DocumentRow.version.desc())
    )
    if row is None:
        raise UserFacingError("principle_not_found", number=number)
    return row


def _find_quote(
    session: Session,
    dossier_id: str,
    quote: str,
    *,
    principle: PrincipleRow | None,
    document_id: str | None,
    position_hint: int | None,
) -> tuple[DocumentRow, int, int]:
    """Where a quoted passage stands: in the principle first, else anywhere in the dossier.

    Text selected in a view may carry line breaks the clean text lacks, so whitespace is folded.
    """
    wanted = normalise_quote(quote)
    if not wanted:
        raise UserFacingError("quote_not_found", number=principle.number if principle else "-", quote=quote)
    if principle is not None and document_id in (None, principle.document_id):
        doc = session.get(DocumentRow, principle.document_id)
        assert doc is not None
        hits = occurrences(doc.text, wanted, principle.start, principle.end)
        if hits:
            if position_hint is not None:
                start = min(hits, key=lambda s: abs(s - position_hint))
            elif len(hits) > 1:  # silently taking the first would anchor to the wrong place
                raise UserFacingError("quote_ambiguous", count=len(hits))
            else:
                start = hits[0]
            return doc, start, start + len(wanted)
    query = select(DocumentRow).where(DocumentRow.dossier_id == dossier_id)
    if document_id is not None:
        query = query.where(DocumentRow.id == document_id)
    found: list[tuple[DocumentRow, int]] = []
    for doc in session.scalars(query.order_by(DocumentRow.role.desc(), DocumentRow.imported_at)):
        found.extend((doc, s) for s in occurrences(doc.text, wanted))
    if not found:
        raise UserFacingError("quote_not_found", number=principle.number if principle else "-", quote=quote[:200])
    if position_hint is not None and document_id is not None:
        doc, start = min(found, key=lambda f: abs(f[1] - position_hint))
        return doc, start, start + len(wanted)
    if len(found) > 1:
        raise UserFacingError("quote_ambiguous", count=len(found))
    doc, start = found[0]
    return doc, start, start + len(wanted)


def _record_revision(session: Session, row: AnnotationRow, parent: str | None) -> None:
    content = repo.annotation_content(row)
    rev_id = revision_id({"parent": parent, "content": content})
    row.revision_id = rev_id
    # No ORM relationship ties the two rows, so the unit of work may insert the revision before
    # a new annotation and trip the foreign key: write the annotation first.
    session.flush()
    session.add(repo.revision_row(AnnotationRevisionRow, "annotation_id", row, rev_id, parent, content))
    search_index.index_items(session.connection(), "annotation", [row.id])  # its text, as search finds it


def _to_domain(session: Session, row: AnnotationRow) -> Annotation:
    faction = session.get(FactionRow, row.faction_id)
    number = None
    if row.principle_id is not None:
        principle = session.get(PrincipleRow, row.principle_id)
        number = principle.number if principle else None
    return repo.to_annotation(row, faction.name if faction else "?", number)


def add_annotation(
    store: Store,
    *,
    dossier_id: str,
    faction: str,
    member: str,
    draft: AnnotationDraft,
    principle_number: int | None = None,
    quote: str | None = None,
    document_id: str | None = None,
    position_hint: int | None = None,
) -> Annotation:
    """A new annotation on a principle, on a quoted passage, or both."""
    draft = validate_draft(draft)
    with store.session() as session:
        principle = _principle_by_number(session, dossier_id, principle_number) if principle_number else None
        anchor = None
        if quote is not None:
            doc, start, end = _find_quote(
                session, dossier_id, quote, principle=principle, document_id=document_id, position_hint=position_hint
            )
            anchor = make_anchor(doc.id, doc.text, start, end)
            if principle is None and doc.role == DocumentRole.FRAMEWORK.value:
                principle = session.scalar(
                    select(PrincipleRow).where(
                        PrincipleRow.document_id == doc.id,
                        PrincipleRow.active.is_(True),
                        PrincipleRow.start <= start,
                        PrincipleRow.end >= end,
                    )
                )
        if principle is None and anchor is None:
            raise UserFacingError("principle_not_found", number=principle_number or "-")
        faction_r = ensure_faction_row(session, faction)
        return _new_note(session, faction_r, member, dossier_id, draft, principle.id if principle else None, anchor)


def _new_note(
    session: Session,
    faction_r: FactionRow,
    member: str,
    dossier_id: str,
    draft: AnnotationDraft,
    principle_id: str | None,
    anchor: TextAnchor | None,
) -> Annotation:
    """A new note, its first revision and its search units, in the open transaction."""
    author = ensure_member_row(session, faction_r, member).name
    now = datetime.now()
    row = AnnotationRow(
        id=new_item_id(faction_r.id),
        dossier_id=dossier_id,
        faction_id=faction_r.id,
        author=" ".join(author.split()) or "?",
        principle_id=principle_id,
        document_id=anchor.document_id if anchor else None,
        quote=anchor.quote if anchor else None,
        quote_prefix=anchor.prefix if anchor else None,
        quote_suffix=anchor.suffix if anchor else None,
        quote_start=anchor.start if anchor else None,
        quote_end=anchor.end if anchor else None,
        stance=draft.stance.value,
        visibility=draft.visibility.value,
        body=draft.body,
        include_in_draft=False,
        created_at=now,
        updated_at=now,
        version=1,
        revision_id="",
        deleted=False,
    )
    session.add(row)
    _record_revision(session, row, parent=None)
    session.flush()
    return _to_domain(session, row)


def _owned_row(session: Session, annotation_id: str, faction: str) -> AnnotationRow:
    row = session.get(AnnotationRow, annotation_id)
    if row is None:
        raise UserFacingError("annotation_not_found", id=annotation_id)
    lock_row(session, row)
    acting = faction_row(session, faction)
    if acting is None or acting.id != row.faction_id:
        owner = session.get(FactionRow, row.faction_id)
        raise UserFacingError("not_owner", owner=owner.name if owner else "?")
    return row


def _bump(session: Session, row: AnnotationRow, base_revision: str | None = None) -> Annotation:
    """The row's new state as its next revision. ``base_revision``: the state the user edited
    (see ``update_annotation``)."""
    parent = row.revision_id
    row.version += 1
    row.updated_at = datetime.now()
    if base_revision is not None and base_revision != parent:
        from raadsviewer.services import exchange

        parent = exchange.edit_base(session, "annotation", row.id, base_revision)
        _record_revision(session, row, parent=parent)
        session.flush()
        exchange.rebuild_items(session, "annotation", row.dossier_id, [row.id])  # the conflict decides the row
        session.refresh(row)
        return _to_domain(session, row)
    _record_revision(session, row, parent=parent)
    session.flush()
    return _to_domain(session, row)


def update_annotation(
    store: Store, annotation_id: str, draft: AnnotationDraft, *, faction: str, base_revision: str | None = None
) -> Annotation:
    """A new text, stance or visibility. ``base_revision``: the revision the user had before
    them when they edited; when another edit (a colleague's, on a shared store) came first, this
    edit becomes a version beside that one, a conflict shown with both, never silently lost."""
    draft = validate_draft(draft)
    with store.session() as session:
        row = _owned_row(session, annotation_id, faction)
        row.body = draft.body
        row.stance = draft.stance.value
        row.visibility = draft.visibility.value
        return _bump(session, row, base_revision)


def shared_at(store: Store, annotation_id: str, now: Visibility = Visibility.PRIVE) -> datetime | None:
    """When a version of this note left this laptop for people who may not see it with the
    visibility ``now`` (the first package made after it that carried such a version), or came to
    it in a colleague's package (when ``now`` is privé); None when none did. Asked before a
    note's visibility is narrowed: that keeps it out of the packages still to come, not out of
    those already sent."""
    with store.read_session() as session:
        row = session.get(AnnotationRow, annotation_id)
        if row is None:
            return None
        versions = [
            (created, rev_id, str(json.loads(content).get("visibility") or Visibility.PRIVE.value))
            for rev_id, created, content in session.execute(
                select(
                    AnnotationRevisionRow.id, AnnotationRevisionRow.created_at, AnnotationRevisionRow.content_json
                ).where(AnnotationRevisionRow.annotation_id == annotation_id)
            )
        ]
        wider = [v for v in versions if narrower(now, v[2])]
        if not wider:
            return None
        moments: list[datetime] = []
        exports = session.execute(
            select(ExportLogRow.created_at, ExportLogRow.counts_json).where(
                ExportLogRow.dossier_id == row.dossier_id, ExportLogRow.faction_id == row.faction_id
            )
        ).all()
        for made, counts in exports:
            audience = json.loads(counts or "{}").get("audience")  # (logs of older versions: not kept)
            if any(made >= created and (audience is None or lost_to(audience, vis, now)) for created, _r, vis in wider):
                moments.append(made)
        if now is Visibility.PRIVE:  # a version that came in a colleague's package: the colleague has it
            ids = {rev_id for _c, rev_id, _v in wider}
            for merged, revisions in session.execute(
                select(MergeLogRow.merged_at, MergeLogRow.revisions_json).where(
                    MergeLogRow.dossier_id == row.dossier_id, MergeLogRow.faction_id == row.faction_id
                )
            ):
                if ids & set(json.loads(revisions or "{}").get("annotation", ())):
                    moments.append(merged)
        return min(moments, default=None)


def withdraw_annotation(
    store: Store, annotation_id: str, draft: AnnotationDraft, *, faction: str, member: str
) -> tuple[Annotation, Annotation]:
    """Take a shared note back from those who have it and keep its words here with ``draft``'s
    narrower visibility: the note is deleted, its deletion as widely visible as any version of
    it was (so it travels with the next package to everyone who may have one: colleagues, the
    griffie, through the griffie's dossier the other factions), and a new note with ``draft``'s
    text and visibility stands at the same place, in one transaction. Returns the deleted note
    and the new one."""
    draft = validate_draft(draft)
    with store.session() as session:
        row = _owned_row(session, annotation_id, faction)
        if row.deleted:
            raise UserFacingError("annotation_not_found", id=annotation_id)
        versions = [
            json.loads(content)
            for content in session.scalars(
                select(AnnotationRevisionRow.content_json)
                .where(AnnotationRevisionRow.annotation_id == row.id)
                .order_by(AnnotationRevisionRow.version)
            )
        ]
        reach = widest(v.get("visibility") or Visibility.PRIVE.value for v in versions)
        # The deletion says no more than those it reaches were sent: the words of the last version
        # that reached that far, not a later, narrower text (which would travel with it).
        sent = next(v for v in reversed(versions) if v.get("visibility") == reach.value)
        row.visibility, row.body, row.stance = reach.value, str(sent["body"]), str(sent["stance"])
        row.deleted = True
        gone = _bump(session, row)
        faction_r = session.get(FactionRow, row.faction_id)
        assert faction_r is not None
        anchor = _anchor_of(row)
        return gone, _new_note(session, faction_r, member, row.dossier_id, draft, row.principle_id, anchor)


def _anchor_of(row: AnnotationRow) -> TextAnchor | None:
    if row.document_id is None or row.quote is None:
        return None
    return TextAnchor(
        row.document_id,
        row.quote,
        row.quote_prefix or "",
        row.quote_suffix or "",
        row.quote_start or 0,
        row.quote_end or 0,
    )


def delete_annotation(store: Store, annotation_id: str, *, faction: str) -> Annotation:
    """Soft delete: the annotation becomes a tombstone that other laptops learn about."""
    with store.session() as session:
        row = _owned_row(session, annotation_id, faction)
        row.deleted = True
        return _bump(session, row)


def restore_annotation(
    store: Store, annotation_id: str, *, faction: str, draft: AnnotationDraft | None = None
) -> Annotation:
    """A deleted note back. ``draft``: with this text, stance and visibility (a withdrawn note,
    whose deletion carried the widest of its earlier versions, back as it was before)."""
    draft = validate_draft(draft) if draft is not None else None
    with store.session() as session:
        row = _owned_row(session, annotation_id, faction)
        row.deleted = False
        if draft is not None:
            row.body, row.stance, row.visibility = draft.body, draft.stance.value, draft.visibility.value
        return _bump(session, row)


def set_include_in_draft(store: Store, annotation_id: str, include: bool) -> Annotation:
    """The griffie marks an annotation for the concept-zienswijze (any faction's, hence no owner
    check). A griffie decision: only in the griffie's store, kept beside the annotation's
    revisions (it never enters the faction's history, so no package can carry or undo it)."""
    from raadsviewer.services.roles import require_griffie

    with store.session() as session:
        require_griffie(session, N_("de concept-zienswijze"))
        row = session.get(AnnotationRow, annotation_id)
        if row is None:
            raise UserFacingError("annotation_not_found", id=annotation_id)
        lock_row(session, row)
        if not may_see(Viewer.griffie(), row.faction_id, row.visibility):
            raise UserFacingError("annotation_not_found", id=annotation_id)
        row.include_in_draft = include
        session.flush()
        return _to_domain(session, row)


def get_annotation(store: Store, annotation_id: str) -> Annotation:
    with store.session() as session:
        row = session.get(AnnotationRow, annotation_id)
        if row is None:
            raise UserFacingError("annotation_not_found", id=annotation_id)
        return _to_domain(session, row)


def _viewer(session: Session, viewer_faction: str | None) -> Viewer:
    from raadsviewer.services.roles import viewer_for

    return viewer_for(session, viewer_faction)


def list_annotations(
    store: Store,
    dossier_id: str,
    *,
    principle_id: str | None = None,
    document_id: str | None = None,
    viewer_faction: str | None = None,
    include_private: bool = False,
    include_deleted: bool = False,
    ids: Collection[str] | None = None,
) -> list[Annotation]:
    """The annotations the viewer may see (``domain.access.may_see``): the store's owner, or on a
    store without an owner the member of ``viewer_faction`` (the griffie without one).

    ``ids``: only these (the window reads one note again after writing it, not the dossier's
    tens of thousands).

    ``include_private`` (for the exchange's own bookkeeping and the tests of it) lists every
    annotation in the store, whoever may see it.
    """
    with store.read_session() as session:
        query = (
            select(AnnotationRow, FactionRow.name, PrincipleRow.number)
            .join(FactionRow, AnnotationRow.faction_id == FactionRow.id)
            .outerjoin(PrincipleRow, AnnotationRow.principle_id == PrincipleRow.id)
        )
        query = query.where(AnnotationRow.dossier_id == dossier_id)
        if principle_id is not None:
            query = query.where(AnnotationRow.principle_id == principle_id)
        if document_id is not None:
            query = query.where(AnnotationRow.document_id == document_id)
        if not include_deleted:
            query = query.where(AnnotationRow.deleted.is_(False))
        if ids is not None:
            query = query.where(AnnotationRow.id.in_(list(ids)))
        viewer = _viewer(session, viewer_faction)
        query = query.order_by(AnnotationRow.created_at)
        return [
            repo.to_annotation(row, name, number)
            for row, name, number in session.execute(query)
            if include_private or may_see(viewer, row.faction_id, row.visibility, row.author)
        ]


def annotation_counts(store: Store, dossier_id: str, *, viewer_faction: str | None = None) -> dict[str, dict[str, int]]:
    """Per principle id: live annotations per faction id (for the markers in the principles list)."""
    with store.read_session() as session:
        viewer = _viewer(session, viewer_faction)
        query = (
            select(
                AnnotationRow.principle_id,
                AnnotationRow.faction_id,
                AnnotationRow.visibility,
                AnnotationRow.author,
                func.count(),
            )
            .where(
                AnnotationRow.dossier_id == dossier_id,
                AnnotationRow.deleted.is_(False),
                AnnotationRow.principle_id.is_not(None),
            )
            .group_by(
                AnnotationRow.principle_id, AnnotationRow.faction_id, AnnotationRow.visibility, AnnotationRow.author
            )
        )
        counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for principle_id, faction_id, visibility, author, count in session.execute(query):
            if principle_id is not None and may_see(viewer, faction_id, visibility, author):
                counts[principle_id][faction_id] += count
        return {p: dict(c) for p, c in counts.items()}


def revision_count(store: Store, annotation_id: str) -> int:
    with store.session() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(AnnotationRevisionRow)
                .where(AnnotationRevisionRow.annotation_id == annotation_id)
            )
            or 0
        )
