"""User actions on a document's principles: see the reader's candidate lists, and correct the
principles it chose (another list, a passage marked, split, merged, renamed, renumbered,
removed).

A correction is stored as a record (domain.corrections), never by rewriting the document; the
principle rows are rebuilt from the reader's chosen list with every record replayed over it.
A principle keeps its id through corrections (ids come from keys, see domain.model); a principle
that stops being one is retired, not deleted, so annotations and amendments keep pointing at an
existing row and undoing the correction brings it back. Every action is one transaction: a
correction that cannot be applied (its words not found, nothing to merge) leaves the store as
it was and says why.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from raadsviewer.domain.anchoring import make_anchor, normalise_quote
from raadsviewer.domain.corrections import (
    AppliedCorrections,
    Correction,
    ListItem,
    apply_corrections,
    correction_from_dict,
    end_anchor,
    reanchor,
    start_anchor,
)
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import (
    Document,
    DocumentRole,
    ParsedPrinciple,
    Principle,
    PrincipleCandidate,
    TextAnchor,
    new_id,
    principle_id_for,
)
from raadsviewer.services import documents as document_service
from raadsviewer.storage import repository as repo
from raadsviewer.storage.codec import candidates_from_json, candidates_to_json
from raadsviewer.storage.db import Store, lock_row
from raadsviewer.storage.models import DocumentRow, PrincipleCorrectionRow, PrincipleRow

MAX_QUOTE = 5000


@dataclass(frozen=True, slots=True)
class DocumentPrinciples:
    """A document's principles as they stand, the reader's candidates, and its corrections."""

    document: Document
    principles: tuple[Principle, ...]
    candidates: tuple[PrincipleCandidate, ...]
    corrections: tuple[Correction, ...]
    statuses: tuple[str, ...]  # per correction: "applied" or why not

    @property
    def corrected(self) -> bool:
        return any(s == "applied" for s in self.statuses)


# --------------------------------------------------------------------------------------------
# Finding the document, its principles, a quote
# --------------------------------------------------------------------------------------------


def _document(session: Session, dossier_id: str, title: str | None) -> DocumentRow:
    """The current version of the framework document titled (or named) ``title``; without a
    title, the dossier's only framework."""
    old = document_service.superseded_ids(session, dossier_id)
    query = select(DocumentRow).where(DocumentRow.dossier_id == dossier_id)
    if title is not None:
        query = query.where(or_(DocumentRow.title == title, DocumentRow.source_name == title))
    rows = [r for r in session.scalars(query) if r.id not in old]
    if title is None:
        rows = [r for r in rows if r.role == DocumentRole.FRAMEWORK.value]
    if not rows:
        raise UserFacingError("document_not_found", title=title or "-")
    if len(rows) > 1:
        code = "document_ambiguous" if title is not None else "framework_ambiguous"
        raise UserFacingError(code, titles=", ".join(sorted(r.title for r in rows)))
    row = rows[0]
    if row.role != DocumentRole.FRAMEWORK.value:
        raise UserFacingError("document_not_framework", title=row.title)
    return row


def _active(session: Session, document_id: str) -> list[PrincipleRow]:
    return list(
        session.scalars(
            select(PrincipleRow)
            .where(PrincipleRow.document_id == document_id, PrincipleRow.active.is_(True))
            .order_by(PrincipleRow.number)
        )
    )


def _principle(session: Session, document: DocumentRow, number: str) -> PrincipleRow:
    """A principle by its label as the document shows it ("7", "B.2"), else by its number."""
    rows = _active(session, document.id)
    wanted = number.strip()
    by_label = [r for r in rows if r.label == wanted]
    if len(by_label) == 1:
        return by_label[0]
    if len(by_label) > 1:
        raise UserFacingError("principle_ambiguous", number=wanted, count=len(by_label))
    if wanted.isdigit():
        by_number = [r for r in rows if r.number == int(wanted)]
        if by_number:
            return by_number[0]
    raise UserFacingError("principle_not_found", number=wanted)


def _find_quote(text: str, quote: str) -> tuple[int, int]:
    """The one place ``quote`` stands in the text (white space may differ); a clear error when
    it stands nowhere or in more than one place."""
    quote = normalise_quote(quote)
    if not quote or len(quote) > MAX_QUOTE:
        raise UserFacingError("quote_not_found", number="-", quote=quote[:200])
    pattern = re.compile(r"\s+".join(re.escape(word) for word in quote.split(" ")))
    hits = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not hits:
        raise UserFacingError("quote_not_found", number="-", quote=quote[:200])
    if len(hits) > 1:
        raise UserFacingError("quote_ambiguous", count=len(hits))
    return hits[0]


# --------------------------------------------------------------------------------------------
# The reader's list, the records, the rebuilt rows
# --------------------------------------------------------------------------------------------


def _candidates(row: DocumentRow) -> tuple[PrincipleCandidate, ...]:
    return candidates_from_json(row.candidates_json, row.text)


def _base(session: Session, row: DocumentRow) -> tuple[ParsedPrinciple, ...]:
    """The reader's chosen list. A document stored before candidates were kept has its stored
    principles as its one candidate (saved, so that corrections replay over the same list)."""
    candidates = _candidates(row)
    if candidates:
        chosen = next((c for c in candidates if c.chosen), None)
        return chosen.principles if chosen is not None else ()
    stored = tuple(
        ParsedPrinciple(p.number, p.title, p.text, p.start, p.end, label=p.label, key=p.key or str(p.number))
        for p in _active(session, row.id)
    )
    if stored:
        kept = PrincipleCandidate(1, "stored", 1.0, stored, (("count", str(len(stored))),), chosen=True)
        row.candidates_json = candidates_to_json((kept,))
    return stored


def _records(session: Session, document_id: str) -> list[PrincipleCorrectionRow]:
    return list(
        session.scalars(
            select(PrincipleCorrectionRow)
            .where(PrincipleCorrectionRow.document_id == document_id)
            .order_by(PrincipleCorrectionRow.ordinal)
        )
    )


def _correction(row: PrincipleCorrectionRow) -> Correction:
    return correction_from_dict(json.loads(row.record_json), row.document_id)


def rebuild(session: Session, row: DocumentRow) -> AppliedCorrections:
    """Make the document's principle rows what its reader's list and corrections say."""
    records = _records(session, row.id)
    result = apply_corrections(row.text, _base(session, row), [_correction(r) for r in records])
    failed = dict(result.failed)
    for record in records:
        record.status = failed.get(record.id, "applied")
    _sync(session, row, result)
    return result


def _sync(session: Session, row: DocumentRow, result: AppliedCorrections) -> None:
    from raadsviewer.storage import search_index

    existing = {r.key: r for r in session.scalars(select(PrincipleRow).where(PrincipleRow.document_id == row.id))}
    for n, r in enumerate(existing.values(), start=1):  # numbers out of the way of each other first
        r.number = -1_000_000 - n
    session.flush()
    wanted = {p.key: p for p in result.principles}
    for p in result.principles:
        target = existing.get(p.key)
        if target is None:
            target = PrincipleRow(id=principle_id_for(row.id, p.key), document_id=row.id, key=p.key)
            session.add(target)
        target.number, target.title, target.text = p.number, p.title, p.text
        target.start, target.end, target.label = p.start, p.end, p.shown_label
        target.active, target.merged_into = True, None
    retired = sorted((r for k, r in existing.items() if k not in wanted), key=lambda r: r.start)
    for n, r in enumerate(retired, start=1):
        r.active, r.number = False, -n
        into = result.merged.get(r.key)
        holder = wanted.get(into) if into else None
        if holder is None:
            holder = next((p for p in result.principles if p.start <= r.start < p.end), None)
        r.merged_into = principle_id_for(row.id, holder.key) if holder is not None else None
    session.flush()
    search_index.index_document(session.connection(), row)


_PREVIEWING: ContextVar[bool] = ContextVar("previewing_corrections", default=False)


class _Previewed(Exception):
    """Carries a correction's outcome out of its transaction, which is then rolled back."""

    def __init__(self, result: AppliedCorrections) -> None:
        super().__init__("preview")
        self.result = result


def preview(action: Callable[..., DocumentPrinciples], *args: object, **kwargs: object) -> tuple[ParsedPrinciple, ...]:
    """The principles a correction would give, without keeping it: the action runs exactly as it
    would (the same checks, the same refusals) and its transaction is rolled back. For the
    window's "before you apply" view: ``preview(principles.remove, store, dossier, None, "4")``."""
    token = _PREVIEWING.set(True)
    try:
        action(*args, **kwargs)
    except _Previewed as done:
        return done.result.principles
    finally:
        _PREVIEWING.reset(token)
    raise AssertionError("the action made no correction")  # every action adds one


def _add(session: Session, row: DocumentRow, correction: Correction) -> AppliedCorrections:
    lock_row(session, row)  # two clerks correcting one document: one after the other, each ordinal once
    ordinal = session.scalar(
        select(func.max(PrincipleCorrectionRow.ordinal)).where(PrincipleCorrectionRow.document_id == row.id)
    )
    session.add(_record_row(row.id, (ordinal or 0) + 1, correction))
    session.flush()
    result = rebuild(session, row)
    problem = dict(result.failed).get(correction.id)
    if problem:
        raise UserFacingError(f"correction_{problem}")  # rolls the whole action back
    if _PREVIEWING.get():
        raise _Previewed(result)  # rolls back too: nothing is kept
    return result


def _new(op: str, **fields: object) -> Correction:
    return Correction(id=new_id(), op=op, created_at=datetime.now().isoformat(timespec="seconds"), **fields)  # type: ignore[arg-type]


def _target(row: DocumentRow, principle: PrincipleRow) -> TextAnchor:
    """A principle's opening words: what a correction points at it by."""
    parsed = ParsedPrinciple(principle.number, principle.title, principle.text, principle.start, principle.end)
    return start_anchor(row.id, row.text, parsed)


# --------------------------------------------------------------------------------------------
# Actions
# --------------------------------------------------------------------------------------------


def document_principles(store: Store, dossier_id: str, title: str | None = None) -> DocumentPrinciples:
    with store.session() as session:
        row = _document(session, dossier_id, title)
        records = _records(session, row.id)
        return DocumentPrinciples(
            document=repo.to_document(row, with_text=False),
            principles=tuple(repo.to_principle(p) for p in _active(session, row.id)),
            candidates=_candidates(row),
            corrections=tuple(_correction(r) for r in records),
            statuses=tuple(r.status for r in records),
        )


def use_candidate(
    store: Store, dossier_id: str, title: str | None, rank: int, *, author: str = ""
) -> DocumentPrinciples:
    """Take the reader's candidate list ``rank`` (1 = its first choice) as the principles."""
    with store.session() as session:
        row = _document(session, dossier_id, title)
        candidates = _candidates(row)
        candidate = next((c for c in candidates if c.rank == rank), None)
        if candidate is None:
            raise UserFacingError("candidate_not_found", rank=rank, count=len(candidates))
        items = tuple(
            ListItem(start_anchor(row.id, row.text, p), end_anchor(row.id, row.text, p), p.shown_label, p.title)
            for p in candidate.principles
        )
        _add(session, row, _new("use_list", items=items, note=f"{rank}:{candidate.reason}", author=author))
    return document_principles(store, dossier_id, title)


def edit(
    store: Store,
    dossier_id: str,
    title: str | None,
    number: str,
    *,
    new_title: str | None = None,
    label: str | None = None,
    author: str = "",
) -> DocumentPrinciples:
    """Rename a principle and/or give it another label (what the document calls it)."""
    if new_title is None and label is None:
        raise UserFacingError("correction_empty")
    if new_title is not None and not new_title.strip():
        raise UserFacingError("principle_title_empty")
    with store.session() as session:
        row = _document(session, dossier_id, title)
        principle = _principle(session, row, number)
        if new_title is not None:
            _add(
                session,
                row,
                _new("rename", target=_target(row, principle), title=" ".join(new_title.split())[:300], author=author),
            )
            principle = _principle_by_key(session, row, principle.key)
        if label is not None:
            _add(
                session, row, _new("renumber", target=_target(row, principle), label=label.strip()[:20], author=author)
            )
    return document_principles(store, dossier_id, title)


def _principle_by_key(session: Session, row: DocumentRow, key: str) -> PrincipleRow:
    found = session.scalar(select(PrincipleRow).where(PrincipleRow.document_id == row.id, PrincipleRow.key == key))
    assert found is not None
    return found


def renumber_all(store: Store, dossier_id: str, title: str | None, *, author: str = "") -> DocumentPrinciples:
    """Label every principle 1..N in order."""
    with store.session() as session:
        row = _document(session, dossier_id, title)
        _add(session, row, _new("renumber", author=author))
    return document_principles(store, dossier_id, title)


def mark(
    store: Store,
    dossier_id: str,
    title: str | None,
    quote: str,
    *,
    starts_next: bool = False,
    new_title: str | None = None,
    label: str | None = None,
    author: str = "",
) -> DocumentPrinciples:
    """The quoted passage is a principle of its own; with ``starts_next``, a new principle
    starts at the quoted words (the one they stand in ends there)."""
    with store.session() as session:
        row = _document(session, dossier_id, title)
        start, end = _find_quote(row.text, quote)
        anchor = make_anchor(row.id, row.text, start, end)
        op = "split" if starts_next else "mark"
        _add(
            session,
            row,
            _new(
                op,
                target=anchor,
                title=(new_title or "").strip()[:300],
                label=(label or "").strip()[:20],
                author=author,
            ),
        )
    return document_principles(store, dossier_id, title)


def split(
    store: Store,
    dossier_id: str,
    title: str | None,
    number: str,
    at: str,
    *,
    new_title: str | None = None,
    author: str = "",
) -> DocumentPrinciples:
    """Split principle ``number`` where the quoted words ``at`` start (they must stand in it)."""
    with store.session() as session:
        row = _document(session, dossier_id, title)
        principle = _principle(session, row, number)
        start, end = _find_quote(row.text, at)
        if not principle.start < start < principle.end:
            raise UserFacingError("quote_not_found", number=principle.label or principle.number, quote=at[:200])
        anchor = make_anchor(row.id, row.text, start, end)
        _add(session, row, _new("split", target=anchor, title=(new_title or "").strip()[:300], author=author))
    return document_principles(store, dossier_id, title)


def merge(store: Store, dossier_id: str, title: str | None, number: str, *, author: str = "") -> DocumentPrinciples:
    """Principle ``number`` and the one after it become one (it keeps its identity and title)."""
    with store.session() as session:
        row = _document(session, dossier_id, title)
        principle = _principle(session, row, number)
        _add(session, row, _new("merge", target=_target(row, principle), author=author))
    return document_principles(store, dossier_id, title)


def remove(store: Store, dossier_id: str, title: str | None, number: str, *, author: str = "") -> DocumentPrinciples:
    """Principle ``number`` is no principle (its row is retired, its annotations stay)."""
    with store.session() as session:
        row = _document(session, dossier_id, title)
        principle = _principle(session, row, number)
        _add(session, row, _new("remove", target=_target(row, principle), author=author))
    return document_principles(store, dossier_id, title)


def undo_last(store: Store, dossier_id: str, title: str | None) -> DocumentPrinciples:
    """Take back the latest correction: the principles are as before it, with the same ids."""
    with store.session() as session:
        row = _document(session, dossier_id, title)
        lock_row(session, row)
        records = _records(session, row.id)
        if not records:
            raise UserFacingError("no_corrections", title=row.title)
        session.delete(records[-1])
        session.flush()
        rebuild(session, row)
    return document_principles(store, dossier_id, title)


def export_corrections(store: Store, dossier_id: str, title: str | None = None) -> list[dict[str, object]]:
    """The document's correction records as plain data, in order (for a dossier export)."""
    return [c.as_dict() for c in document_principles(store, dossier_id, title).corrections]


def import_corrections(
    store: Store, dossier_id: str, title: str | None, records: Sequence[object]
) -> DocumentPrinciples:
    """Records another laptop made, applied here: those already here (same id) are skipped, the
    rest added in their order. The principles then come out the same on both laptops. Records
    whose words cannot be found are kept with their status (see ``DocumentPrinciples.statuses``)."""
    with store.session() as session:
        add_records(session, _document(session, dossier_id, title), records)
    return document_principles(store, dossier_id, title)


def add_records(session: Session, row: DocumentRow, records: Sequence[object]) -> None:
    """Correction records made elsewhere, added after this document's own (those already here,
    by id, skipped), and its principles rebuilt."""
    parsed = [correction_from_dict(r, row.id) for r in records]
    lock_row(session, row)
    existing = _records(session, row.id)
    have = {r.id for r in existing}
    ordinal = max((r.ordinal for r in existing), default=0)
    for c in parsed:
        if c.id in have:
            continue
        ordinal += 1
        have.add(c.id)
        session.add(_record_row(row.id, ordinal, c))
    session.flush()
    rebuild(session, row)


# --- in the griffie's dossier ------------------------------------------------------------------

CORRECTIONS_EXTENSION = "principle_corrections"
CORRECTIONS_VERSION = 1


def dossier_corrections(session: Session, dossier_id: str) -> dict[str, list[dict[str, object]]] | None:
    """What the griffie's dossier file carries of the corrections: per document, its records."""
    old = document_service.superseded_ids(session, dossier_id)
    out: dict[str, list[dict[str, object]]] = {}
    for row in session.scalars(select(DocumentRow).where(DocumentRow.dossier_id == dossier_id)):
        if row.id in old:
            continue
        records = [_correction(r).as_dict() for r in _records(session, row.id)]
        if records:
            out[row.id] = records
    return out or None


def apply_dossier_corrections(session: Session, dossier_id: str, value: object, version: int) -> None:
    """The dossier's corrections applied on a laptop: the same records, so later versions of a
    document re-anchor them here as at the griffie, and the same principles come out."""
    if version != CORRECTIONS_VERSION or not isinstance(value, dict):
        raise UserFacingError("corrections_unreadable")
    for document_id, records in value.items():
        row = session.get(DocumentRow, document_id)
        if row is None or row.dossier_id != dossier_id or not isinstance(records, list):
            raise UserFacingError("corrections_unreadable")
        add_records(session, row, records)


def _record_row(document_id: str, ordinal: int, correction: Correction) -> PrincipleCorrectionRow:
    """One correction as stored: its record as JSON, applied, in its place in the document's list."""
    return PrincipleCorrectionRow(
        id=correction.id,
        document_id=document_id,
        ordinal=ordinal,
        op=correction.op,
        record_json=json.dumps(correction.as_dict(), ensure_ascii=False, sort_keys=True),
        status="applied",
        created_at=datetime.now(),
    )


def carry_to_new_version(session: Session, old: DocumentRow, new: DocumentRow) -> tuple[str, ...]:
    """The corrections of a document's previous version, re-anchored onto the new version's text
    and applied there; returns the ids of those whose words are gone (they stay on the old one)."""
    records = _records(session, old.id)
    if not records:
        return ()
    moved, lost = reanchor([_correction(r) for r in records], new.id, new.text)
    for ordinal, c in enumerate(moved, start=1):
        session.add(_record_row(new.id, ordinal, c))
    session.flush()
    result = rebuild(session, new)
    return tuple(lost) + tuple(cid for cid, _reason in result.failed)
