"""A new version of a document: import it beside the old one and move everything across.

:func:`import_new_version` stores the new file as version n+1 of the document named (its
``previous_version_id`` the old one; both are kept), compares the principles of the two
(:func:`raadsviewer.domain.versions.compare_principles`) and moves every annotation, amendment and
link of the old version to the new one (:func:`raadsviewer.domain.versions.relocate`):

* ``exact``/``moved``/``fuzzy``: the item now points into the new version (document, quote and
  offsets, principle); a fuzzy item's quote becomes the new wording found;
* ``orphan``: the item stays on the old version, untouched.

A motie names principles rather than a passage: each principle it names is followed to the one
that took it in the new version (no review row: there is no passage to find again).

Moving an item is a change like any other: a new version and revision of it (so it travels in
packages). Nothing is dropped; every item gets an ``anchor_review`` row with its status and score,
which :func:`list_anchor_reviews` lists for review. Deleted items (tombstones) stay where they are.
All of it is one transaction: a refused import leaves the store unchanged.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import cast

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from raadsviewer.domain.anchoring import make_anchor
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Document, DocumentRole, TextAnchor
from raadsviewer.domain.versions import (
    PrincipleChange,
    Relocation,
    compare_principles,
    principle_status,
    relocate,
)
from raadsviewer.services import documents as document_service
from raadsviewer.services import links as link_service
from raadsviewer.storage import repository as repo
from raadsviewer.storage import search_index
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import (
    AmendmentRow,
    AnchorReviewRow,
    AnnotationRow,
    DocumentRow,
    MotieRow,
    PassageLinkRow,
    PrincipleRow,
)


@dataclass(frozen=True, slots=True)
class AnchorReview:
    """How one item came through a new version (see storage.models.AnchorReviewRow)."""

    item_kind: str  # annotation | amendment | link
    item_id: str
    label: str  # "A3", the annotation's faction and first words, the link's faction
    status: str  # exact | moved | fuzzy | orphan
    score: float
    old_document_id: str
    new_document_id: str
    old_quote: str | None
    new_quote: str | None
    old_principle_number: int | None
    new_principle_number: int | None
    reviewed: bool = False


@dataclass(frozen=True, slots=True)
class VersionImportResult:
    result: document_service.ImportResult
    previous: Document
    changes: tuple[PrincipleChange, ...]
    reviews: tuple[AnchorReview, ...]
    lost_corrections: tuple[str, ...] = ()  # ids of principle corrections whose words are gone


# The items that are anchored in a document and move to its new version.
_Item = AnnotationRow | AmendmentRow | PassageLinkRow


def _find_previous(session: Session, dossier_id: str, title: str) -> DocumentRow:
    rows = session.scalars(
        select(DocumentRow).where(
            DocumentRow.dossier_id == dossier_id, or_(DocumentRow.title == title, DocumentRow.source_name == title)
        )
    ).all()
    if not rows:
        raise UserFacingError("document_not_found", title=title)
    superseded = document_service.superseded_ids(session, dossier_id)
    current = [r for r in rows if r.id not in superseded]
    if not current:
        raise UserFacingError("document_superseded", title=title)
    return max(current, key=lambda r: (r.version, r.imported_at))


def _principle_map(
    changes: list[PrincipleChange], new_rows: list[PrincipleRow]
) -> dict[int, tuple[PrincipleChange, PrincipleRow | None]]:
    by_number = {p.number: p for p in new_rows}
    return {
        c.old_number: (c, by_number.get(c.new_number) if c.new_number is not None else None)
        for c in changes
        if c.old_number is not None
    }


def _principle_at(rows: list[PrincipleRow], start: int, end: int) -> PrincipleRow | None:
    return next((p for p in rows if p.start <= start and end <= p.end), None)


def _move(
    anchor: TextAnchor | None,
    old_principle: PrincipleRow | None,
    pmap: dict[int, tuple[PrincipleChange, PrincipleRow | None]],
    new_doc: DocumentRow,
    new_principles: list[PrincipleRow],
) -> tuple[Relocation, PrincipleRow | None]:
    """Where an item goes: its relocation and its principle in the new version."""
    mapped = pmap.get(old_principle.number) if old_principle is not None else None
    if anchor is None:
        status, score = principle_status(mapped[0] if mapped else None)
        target = mapped[1] if mapped and status != "orphan" else None
        return Relocation(status, None, None, round(score, 4)), target
    scope = (mapped[1].start, mapped[1].end) if mapped and mapped[1] is not None else None
    found = relocate(anchor, new_doc.text, scope=scope)
    if found.status == "orphan" or found.start is None or found.end is None:
        return found, None
    target = _principle_at(new_principles, found.start, found.end) if new_principles else None
    if target is None and old_principle is not None and mapped and mapped[1] is not None:
        target = mapped[1]
    return found, target


def _anchor_of(
    doc_id: str | None, quote: str | None, prefix: str | None, suffix: str | None, start: int | None, end: int | None
) -> TextAnchor | None:
    if doc_id is None or not quote:
        return None
    return TextAnchor(doc_id, quote, prefix or "", suffix or "", start or 0, end or 0)


def _review_row(
    dossier_id: str,
    kind: str,
    item_id: str,
    old_doc: DocumentRow,
    new_doc: DocumentRow,
    found: Relocation,
    anchor: TextAnchor | None,
    old_p: PrincipleRow | None,
    new_p: PrincipleRow | None,
) -> AnchorReviewRow:
    return AnchorReviewRow(
        item_kind=kind,
        item_id=item_id,
        dossier_id=dossier_id,
        old_document_id=old_doc.id,
        new_document_id=new_doc.id,
        status=found.status,
        score=found.score,
        old_quote=anchor.quote if anchor else None,
        old_start=anchor.start if anchor else None,
        old_end=anchor.end if anchor else None,
        new_start=found.start,
        new_end=found.end,
        old_principle_number=old_p.number if old_p else None,
        new_principle_number=new_p.number if new_p and found.status != "orphan" else None,
        checked_at=datetime.now(),
        reviewed=False,
    )


def _apply_anchor(row, new_doc: DocumentRow, found: Relocation) -> None:  # type: ignore[no-untyped-def]
    if found.start is None or found.end is None:
        return
    moved = make_anchor(new_doc.id, new_doc.text, found.start, found.end)
    row.document_id = new_doc.id
    row.quote = moved.quote
    row.quote_prefix = moved.prefix
    row.quote_suffix = moved.suffix
    row.quote_start = moved.start
    row.quote_end = moved.end


def _move_items(
    session: Session, dossier_id: str, old_doc: DocumentRow, new_doc: DocumentRow, changes: list[PrincipleChange]
) -> None:
    from raadsviewer.services import amendments as amendment_service
    from raadsviewer.services import annotations as annotation_service

    old_principles = list(session.scalars(select(PrincipleRow).where(PrincipleRow.document_id == old_doc.id)))
    new_principles = list(
        session.scalars(
            select(PrincipleRow)
            .where(PrincipleRow.document_id == new_doc.id, PrincipleRow.active.is_(True))
            .order_by(PrincipleRow.start)
        )
    )
    old_by_id = {p.id: p for p in old_principles}
    pmap = _principle_map(changes, new_principles)
    old_ids = list(old_by_id)

    kinds: tuple[tuple[str, type[_Item]], ...] = (
        ("annotation", AnnotationRow),
        ("amendment", AmendmentRow),
        ("link", PassageLinkRow),
    )
    for kind, model in kinds:
        condition = model.document_id == old_doc.id
        if old_ids:
            condition = or_(condition, model.principle_id.in_(old_ids))
        rows: Sequence[_Item] = session.scalars(  # type: ignore[assignment]  # select(union) reads as Base
            select(model)
            .where(model.dossier_id == dossier_id, model.deleted.is_(False), condition)
            .order_by(model.created_at)
        ).all()
        for row in rows:
            anchor = _anchor_of(
                row.document_id, row.quote, row.quote_prefix, row.quote_suffix, row.quote_start, row.quote_end
            )
            if anchor is not None and anchor.document_id != old_doc.id:
                anchor_here = None  # anchored in another document: only its principle moves
            else:
                anchor_here = anchor
            old_p = old_by_id.get(row.principle_id) if row.principle_id else None
            placed = anchor_here
            if placed is None and isinstance(row, AmendmentRow) and row.old_text and old_p is not None:
                # an amendment without a selection still quotes its old text from the principle
                at = old_doc.text.find(row.old_text, old_p.start, old_p.end)
                if at >= 0:
                    placed = make_anchor(old_doc.id, old_doc.text, at, at + len(row.old_text))
            found, new_p = _move(placed, old_p, pmap, new_doc, new_principles)
            session.merge(_review_row(dossier_id, kind, row.id, old_doc, new_doc, found, placed, old_p, new_p))
            if found.status == "orphan":
                continue
            if anchor_here is not None:
                _apply_anchor(row, new_doc, found)
            if old_p is not None or new_p is not None:
                row.principle_id = new_p.id if new_p is not None else row.principle_id
            # A move is not an edit: the item keeps its author's version and dates. The move is
            # still a revision (its place changed), and one every laptop that reads the same new
            # version makes alike, so the griffie and the faction do not disagree about it.
            parent = row.revision_id
            if isinstance(row, AnnotationRow):
                annotation_service._record_revision(session, row, parent=parent)
            elif isinstance(row, AmendmentRow):
                amendment_service._record_revision(session, row, parent=parent)
            else:
                link_service.record_revision(session, row, parent)
    _move_moties(session, dossier_id, old_by_id, pmap)
    session.flush()


def _move_moties(
    session: Session,
    dossier_id: str,
    old_by_id: dict[str, PrincipleRow],
    pmap: dict[int, tuple[PrincipleChange, PrincipleRow | None]],
) -> None:
    """A motie names principles, not a passage: each principle of the old version it names is
    followed to the one that took it in the new version (a principle the new version dropped stays
    named, on the old version, as annotations' orphans do)."""
    from raadsviewer.services import items
    from raadsviewer.services.moties import MOTIE

    rows = session.scalars(
        select(MotieRow).where(MotieRow.dossier_id == dossier_id, MotieRow.deleted.is_(False)).order_by(MotieRow.id)
    ).all()
    for row in rows:
        named = json.loads(row.principle_ids_json)
        moved = []
        for pid in named:
            old_p = old_by_id.get(pid)
            mapped = pmap.get(old_p.number) if old_p is not None else None
            moved.append(mapped[1].id if mapped is not None and mapped[1] is not None else pid)
        if moved == named:
            continue
        row.principle_ids_json = json.dumps(list(dict.fromkeys(moved)))
        parent = row.revision_id  # a move, not an edit: version and dates stay the author's
        items.record_revision(session, MOTIE, row, parent)


def import_new_version(
    store: Store,
    path: Path,
    *,
    previous_title: str,
    dossier_title: str | None = None,
    progress: document_service.Progress | None = None,
) -> VersionImportResult:
    data = document_service.read_file(path)
    return import_new_version_bytes(
        store, data, name=path.name, previous_title=previous_title, dossier_title=dossier_title, progress=progress
    )


def import_new_version_bytes(
    store: Store,
    data: bytes,
    *,
    name: str,
    previous_title: str,
    dossier_title: str | None = None,
    progress: document_service.Progress | None = None,
) -> VersionImportResult:
    """Import ``data`` as the next version of the document titled (or named) ``previous_title``."""
    from raadsviewer.formats import read_any

    report = progress or (lambda _pct, _step: None)
    with store.session() as session:
        dossier_row = document_service._resolve_dossier_row(session, dossier_title)
        if dossier_row is None:
            raise (
                UserFacingError("dossier_not_found", title=dossier_title)
                if dossier_title
                else UserFacingError("no_dossier")
            )
        previous = _find_previous(session, dossier_row.id, previous_title)
        role = DocumentRole(previous.role)
    report(20, "segmenting")
    read = read_any(data, name=name, role=role)
    parsed = read.parsed
    report(60, "storing")
    with store.session() as session:
        dossier_row = document_service._resolve_dossier_row(session, dossier_title)
        assert dossier_row is not None
        previous = _find_previous(session, dossier_row.id, previous_title)
        sha = hashlib.sha256(parsed.text.encode("utf-8")).hexdigest()
        if sha == previous.sha256:
            raise UserFacingError("version_unchanged", name=name, title=previous.title)
        existing = session.scalar(
            select(DocumentRow).where(DocumentRow.dossier_id == dossier_row.id, DocumentRow.sha256 == sha)
        )
        if existing is not None:
            raise UserFacingError("document_already_imported", name=name, title=existing.title)
        row = document_service._document_row(dossier_row.id, parsed, name=name, role=role, sha=sha)
        row.version = previous.version + 1
        row.previous_version_id = previous.id
        session.add(row)
        session.flush()
        document_service.store_pages(session, row.id, read.pages)
        document_service.store_source(session, row.id, name, data)  # the original PDF, for its pages
        search_index.index_document(session.connection(), row)
        from raadsviewer.services import principles as principle_service

        lost = principle_service.carry_to_new_version(session, previous, row)  # corrections follow the text
        old_principles = [repo.to_principle(p) for p in _active_rows(session, previous.id)]
        new_rows = _active_rows(session, row.id)
        new_principles = [repo.to_principle(p) for p in new_rows]
        changes = compare_principles(old_principles, new_principles)
        report(80, "moving")
        _move_items(session, dossier_row.id, previous, row, changes)
        reviews = _reviews(session, dossier_row.id, new_document_id=row.id)
        result = document_service.ImportResult(
            dossier=repo.to_dossier(dossier_row),
            document=repo.to_document(row),
            principle_count=len(new_rows),
            section_count=len(row.sections),
            warnings=parsed.warnings,
            created_dossier=False,
        )
        prev_doc = repo.to_document(previous, with_text=False)
    report(100, "done")
    return VersionImportResult(result, prev_doc, tuple(changes), tuple(reviews), lost)


def _active_rows(session: Session, document_id: str) -> list[PrincipleRow]:
    return list(
        session.scalars(
            select(PrincipleRow)
            .where(PrincipleRow.document_id == document_id, PrincipleRow.active.is_(True))
            .order_by(PrincipleRow.number)
        )
    )


def _label(session: Session, kind: str, item_id: str) -> str:
    from raadsviewer.storage.models import FactionRow

    models: dict[str, type[_Item]] = {
        "annotation": AnnotationRow,
        "amendment": AmendmentRow,
        "link": PassageLinkRow,
    }
    row = cast("_Item | None", session.get(models[kind], item_id))
    if row is None:
        return "?"
    faction = session.get(FactionRow, row.faction_id)
    name = faction.name if faction else "?"
    if isinstance(row, AmendmentRow):
        return f"A{row.number} {row.title}".strip()
    if isinstance(row, AnnotationRow):
        body = " ".join(row.body.split())
        return f"{name}: {body[:60]}{'…' if len(body) > 60 else ''}"
    return f"{name}: {row.status}"


def _reviews(
    session: Session, dossier_id: str, *, new_document_id: str | None = None, status: str | None = None
) -> list[AnchorReview]:
    query = select(AnchorReviewRow).where(AnchorReviewRow.dossier_id == dossier_id)
    if new_document_id is not None:
        query = query.where(AnchorReviewRow.new_document_id == new_document_id)
    if status is not None:
        query = query.where(AnchorReviewRow.status == status)
    out = []
    for r in session.scalars(query.order_by(AnchorReviewRow.item_kind, AnchorReviewRow.checked_at)):
        new_quote = None
        if r.new_start is not None and r.new_end is not None:
            doc = session.get(DocumentRow, r.new_document_id)
            new_quote = doc.text[r.new_start : r.new_end] if doc else None
        out.append(
            AnchorReview(
                item_kind=r.item_kind,
                item_id=r.item_id,
                label=_label(session, r.item_kind, r.item_id),
                status=r.status,
                score=r.score,
                old_document_id=r.old_document_id,
                new_document_id=r.new_document_id,
                old_quote=r.old_quote,
                new_quote=new_quote,
                old_principle_number=r.old_principle_number,
                new_principle_number=r.new_principle_number,
                reviewed=r.reviewed,
            )
        )
    return out


def list_anchor_reviews(store: Store, dossier_id: str, *, status: str | None = None) -> list[AnchorReview]:
    """Every item's status after the last new version of its document (fuzzy and orphan first)."""
    order = {"orphan": 0, "fuzzy": 1, "moved": 2, "exact": 3}
    with store.session() as session:
        items = _reviews(session, dossier_id, status=status)
    return sorted(items, key=lambda r: (order.get(r.status, 9), r.score))


def mark_reviewed(store: Store, item_kind: str, item_id: str, reviewed: bool = True) -> None:
    with store.session() as session:
        row = session.get(AnchorReviewRow, (item_kind, item_id))
        if row is None:
            raise UserFacingError("annotation_not_found", id=item_id)
        row.reviewed = reviewed


def document_versions(store: Store, document_id: str) -> list[Document]:
    """The versions of a document, oldest first, up to the newest (texts left out)."""
    with store.session() as session:
        row = session.get(DocumentRow, document_id)
        if row is None:
            raise UserFacingError("document_not_found", title=document_id)
        chain = [row]
        while chain[0].previous_version_id:
            before = session.get(DocumentRow, chain[0].previous_version_id)
            if before is None:
                break
            chain.insert(0, before)
        while True:
            after = session.scalar(select(DocumentRow).where(DocumentRow.previous_version_id == chain[-1].id))
            if after is None:
                break
            chain.append(after)
        return [repo.to_document(r, with_text=False) for r in chain]
