"""User actions on dossiers and documents: import a file, list what is there, open a dossier."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import (
    Document,
    DocumentRole,
    Dossier,
    DossierView,
    ParsedDocument,
    Principle,
    document_id_for,
    new_id,
    principle_id_for,
    principle_key,
    section_id_for,
)
from raadsviewer.messages import os_reason
from raadsviewer.storage import repository as repo
from raadsviewer.storage import search_index
from raadsviewer.storage.codec import blocks_from_json, blocks_to_json, candidates_to_json
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import (
    DocumentPageRow,
    DocumentRow,
    DocumentSourceRow,
    DossierImportRow,
    DossierRow,
    PrincipleRow,
    SectionRow,
    StoreSettingRow,
)

SUPPORTED_SUFFIXES = {".txt", ".md", ".markdown", "", ".pdf", ".docx"}

Progress = Callable[[int, str], None]  # (percent, step code)


@dataclass(frozen=True, slots=True)
class ImportResult:
    dossier: Dossier
    document: Document
    principle_count: int
    section_count: int
    warnings: tuple[str, ...]
    created_dossier: bool


def read_file(path: Path) -> bytes:
    """Read a file for import, refusing what cannot be a council text before reading it whole."""
    from raadsviewer.domain.reading import MAX_FILE_BYTES, file_too_large

    if path.is_dir():
        raise UserFacingError("file_is_folder", name=str(path))
    if not path.exists() or not path.is_file():
        raise UserFacingError("file_not_found", name=str(path))
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UserFacingError("unsupported_format", name=path.name, suffix=suffix)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise file_too_large(path.name, size)
        return path.read_bytes()
    except OSError as exc:
        raise UserFacingError("file_unreadable", name=path.name, reason=os_reason(exc)) from exc


def _resolve_dossier_row(session: Session, title: str | None) -> DossierRow | None:
    if title is not None:
        return session.scalar(select(DossierRow).where(DossierRow.title == title))
    rows = session.scalars(select(DossierRow).order_by(DossierRow.created_at)).all()
    if len(rows) > 1:
        raise UserFacingError("dossier_ambiguous", titles=", ".join(r.title for r in rows))
    return rows[0] if rows else None


def resolve_dossier(store: Store, title: str | None = None) -> Dossier:
    """The dossier named, or the only one; a clear error otherwise."""
    with store.read_session() as session:
        row = _resolve_dossier_row(session, title)
        if row is None:
            if title is not None:
                raise UserFacingError("dossier_not_found", title=title)
            raise UserFacingError("no_dossier")
        return repo.to_dossier(row)


def create_dossier(store: Store, title: str) -> Dossier:
    """An empty dossier (documents are imported into it next). Titles are unique in a store."""
    clean = " ".join(title.split())
    if not clean:
        raise UserFacingError("dossier_title_empty")
    if len(clean) > 200:
        raise UserFacingError("dossier_title_too_long", limit=200)
    with store.session() as session:
        if session.scalar(select(DossierRow).where(DossierRow.title == clean)) is not None:
            raise UserFacingError("dossier_exists", title=clean)
        row = DossierRow(id=new_id(), title=clean, body="", deadline=None, created_at=datetime.now())
        session.add(row)
        session.flush()
        return repo.to_dossier(row)


def list_dossiers(store: Store) -> list[Dossier]:
    with store.read_session() as session:
        rows = session.scalars(select(DossierRow).order_by(DossierRow.created_at)).all()
        return [repo.to_dossier(r) for r in rows]


def import_document(
    store: Store,
    path: Path,
    *,
    role: DocumentRole,
    dossier_title: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Read, segment and store one file. Either all of it is stored or nothing is."""
    report = progress or (lambda _pct, _step: None)
    report(5, "reading")
    return import_bytes(store, read_file(path), name=path.name, role=role, dossier_title=dossier_title, progress=report)


def import_bytes(
    store: Store,
    data: bytes,
    *,
    name: str,
    role: DocumentRole,
    dossier_title: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    from raadsviewer.formats import read_any

    report = progress or (lambda _pct, _step: None)
    report(20, "segmenting")
    read = read_any(data, name=name, role=role)
    parsed, pages = read.parsed, read.pages
    del read  # from here on ``parsed`` alone holds what was read, and parts of it are let go once stored
    if Path(name).suffix.lower() != ".pdf":
        data = b""  # only a PDF keeps its source: the bytes of a large text need not stay in memory
    report(70, "storing")
    with store.session() as session:
        dossier_row = _resolve_dossier_row(session, dossier_title)
        created = False
        if dossier_row is None:
            dossier_row = _new_dossier_row(session, dossier_title or parsed.title, parsed)
            created = True
        sha = hashlib.sha256(parsed.text.encode("utf-8")).hexdigest()
        existing = session.scalar(
            select(DocumentRow).where(DocumentRow.dossier_id == dossier_row.id, DocumentRow.sha256 == sha)
        )
        if existing is not None:
            raise UserFacingError("document_already_imported", name=name, title=existing.title)
        if role is DocumentRole.FRAMEWORK and not created:
            _one_framework(session, dossier_row.id, name)
        row = _document_row(dossier_row.id, parsed, name=name, role=role, sha=sha, sections=False)
        session.add(row)
        if role is DocumentRole.FRAMEWORK and dossier_row.deadline is None and parsed.facts.get("deadline"):
            dossier_row.deadline = _iso_date(parsed.facts["deadline"])
        # The document's text is written last, once everything else read from it is stored and the
        # blocks are let go: writing a text holds two more copies of it for a while (its UTF-8 form
        # and the database's). With the sections as spans (no copy of the text), a 50 MB text peaks
        # at 497 MB in a process that has the sample open, 693 MB before.
        text = parsed.text
        row.text = ""
        session.flush()
        section_count = _insert_sections(session, row.id, parsed)
        store_pages(session, row.id, pages)
        store_source(session, row.id, name, data)
        report(80, "indexing")
        search_index.index_document(session.connection(), row, parsed.blocks)
        warnings = parsed.warnings
        del parsed
        row.text = text
        session.flush()
        result = ImportResult(
            dossier=repo.to_dossier(dossier_row),
            document=repo.to_document(row, with_text=False)._replace(
                text=text, blocks=blocks_from_json(row.blocks_json, text)
            ),
            principle_count=len(row.principles),
            section_count=section_count,
            warnings=warnings,
            created_dossier=created,
        )
    report(100, "done")
    return result


def _one_framework(session: Session, dossier_id: str, name: str) -> None:
    """A dossier answers one framework: its principles are numbered once, and notes, amendments
    and moties name them by that number. A second framework beside it (not a new version of it)
    made two principles 1, and selecting the one showed the other."""
    old = superseded_ids(session, dossier_id)
    current = [
        title
        for doc_id, title in session.execute(
            select(DocumentRow.id, DocumentRow.title).where(
                DocumentRow.dossier_id == dossier_id, DocumentRow.role == DocumentRole.FRAMEWORK.value
            )
        )
        if doc_id not in old
    ]
    if current:
        raise UserFacingError("second_framework", name=name, title=current[0])


def _new_dossier_row(session: Session, title: str, parsed: ParsedDocument) -> DossierRow:
    row = DossierRow(id=new_id(), title=title[:500], body="", deadline=None, created_at=datetime.now())
    session.add(row)
    return row


def _document_row(
    dossier_id: str, parsed: ParsedDocument, *, name: str, role: DocumentRole, sha: str, sections: bool = True
) -> DocumentRow:
    doc_id = document_id_for(dossier_id, sha)
    row = DocumentRow(
        id=doc_id,
        dossier_id=dossier_id,
        role=role.value,
        title=parsed.title[:500],
        source_name=name[:500],
        sha256=sha,
        version=1,
        encoding=parsed.encoding,
        text=parsed.text,
        blocks_json=blocks_to_json(parsed.blocks),
        imported_at=datetime.now(),
        candidates_json=candidates_to_json(parsed.candidates),
        # kept for the council's letter (services.council): who asked, their kenmerk, date, deadline
        facts_json=json.dumps(dict(parsed.facts), ensure_ascii=False, sort_keys=True),
    )
    if role is DocumentRole.FRAMEWORK:
        seen: set[str] = set()
        for p in parsed.principles:
            key = principle_key(p)
            if key in seen:  # a segmenter slip must not make the whole import fail
                continue
            seen.add(key)
            row.principles.append(
                PrincipleRow(
                    id=principle_id_for(doc_id, key),
                    number=p.number,
                    title=p.title,
                    text=p.text,
                    start=p.start,
                    end=p.end,
                    label=p.shown_label,
                    key=key,
                    active=True,
                )
            )
    for ordinal, s in enumerate(parsed.sections if sections else ()):
        row.sections.append(
            SectionRow(
                id=section_id_for(doc_id, ordinal),
                ordinal=ordinal,
                heading=s.heading,
                level=s.level,
                start=s.start,
                end=s.end,
                body_start=s.body_start,
            )
        )
    return row


def _insert_sections(session: Session, document_id: str, parsed: ParsedDocument) -> int:
    """The sections in batches without ORM objects: a 50 MB text has tens of thousands."""
    from sqlalchemy import insert

    table = SectionRow
    batch: list[dict[str, object]] = []
    for ordinal, s in enumerate(parsed.sections):
        batch.append(
            {
                "id": section_id_for(document_id, ordinal),
                "document_id": document_id,
                "ordinal": ordinal,
                "heading": s.heading,
                "level": s.level,
                "start": s.start,
                "end": s.end,
                "body_start": s.body_start,
            }
        )
        if len(batch) >= 5_000:
            session.execute(insert(table), batch)
            batch = []
    if batch:
        session.execute(insert(table), batch)
    return len(parsed.sections)


def store_pages(session: Session, document_id: str, pages) -> None:  # type: ignore[no-untyped-def]
    """The page map of a document read from a PDF (nothing for other formats)."""
    for span in pages:
        session.add(DocumentPageRow(document_id=document_id, page=span.page, start=span.start, end=span.end))
    if pages:
        session.flush()


PDF_MEDIA_TYPE = "application/pdf"


def store_source(session: Session, document_id: str, name: str, data: bytes) -> None:
    """Keep the original bytes of a PDF (to show its pages beside the clean text); other
    formats keep none."""
    if Path(name).suffix.lower() != ".pdf":
        return
    session.add(DocumentSourceRow(document_id=document_id, media_type=PDF_MEDIA_TYPE, data=bytes(data)))
    session.flush()


def document_source(store: Store, document_id: str) -> bytes | None:
    """The original PDF of a document, as imported; None when it was not read from a PDF."""
    with store.read_session() as session:
        row = session.get(DocumentSourceRow, document_id)
        return bytes(row.data) if row is not None else None


def page_map(store: Store, document_id: str) -> list[tuple[int, int, int]]:
    """``(page, start, end)`` per page of a document read from a PDF; empty for other formats."""
    with store.read_session() as session:
        rows = session.scalars(
            select(DocumentPageRow).where(DocumentPageRow.document_id == document_id).order_by(DocumentPageRow.page)
        ).all()
        return [(r.page, r.start, r.end) for r in rows]


def superseded_ids(session: Session, dossier_id: str | None = None) -> set[str]:
    """Documents that have a newer version (their ``id`` is some document's previous version)."""
    query = select(DocumentRow.previous_version_id).where(DocumentRow.previous_version_id.is_not(None))
    if dossier_id is not None:
        query = query.where(DocumentRow.dossier_id == dossier_id)
    return {i for i in session.scalars(query) if i}


def list_documents(store: Store, dossier_id: str | None = None) -> list[Document]:
    with store.read_session() as session:
        query = select(DocumentRow).order_by(DocumentRow.imported_at)
        if dossier_id is not None:
            query = query.where(DocumentRow.dossier_id == dossier_id)
        return [repo.to_document(r, with_text=False) for r in session.scalars(query)]


def get_document(store: Store, document_id: str) -> Document:
    """One document with its text and blocks (the fast start leaves most background texts out)."""
    with store.read_session() as session:
        row = session.get(DocumentRow, document_id)
        if row is None:
            raise UserFacingError("document_not_found", title=document_id)
        return repo.to_document(row)


def document_stats(store: Store) -> dict[str, tuple[int, int]]:
    """Per document id: (principles, sections)."""
    with store.read_session() as session:
        principles = dict(
            session.execute(
                select(PrincipleRow.document_id, func.count())
                .where(PrincipleRow.active.is_(True))
                .group_by(PrincipleRow.document_id)
            ).all()
        )
        sections = dict(
            session.execute(select(SectionRow.document_id, func.count()).group_by(SectionRow.document_id)).all()
        )
        ids = session.scalars(select(DocumentRow.id)).all()
        return {i: (principles.get(i, 0), sections.get(i, 0)) for i in ids}


def list_principles(store: Store, dossier_id: str) -> list[tuple[Principle, Document]]:
    """The principles of every framework document in the dossier, in order. The documents come
    without their text (which every row of the join would otherwise carry again)."""
    with store.read_session() as session:
        rows = session.execute(
            select(PrincipleRow, DocumentRow)
            .join(DocumentRow, PrincipleRow.document_id == DocumentRow.id)
            .where(DocumentRow.dossier_id == dossier_id, PrincipleRow.active.is_(True))
            .order_by(DocumentRow.imported_at, PrincipleRow.number)
            .options(
                defer(DocumentRow.text),
                defer(DocumentRow.blocks_json),
                defer(DocumentRow.candidates_json),
                defer(DocumentRow.facts_json),
            )
        ).all()
        old = superseded_ids(session, dossier_id)
        return [(repo.to_principle(p), repo.to_document(d, with_text=False)) for p, d in rows if d.id not in old]


def open_dossier(store: Store, dossier_id: str, *, include_superseded: bool = False) -> DossierView:
    """Everything the window shows of a dossier: the current version of every document (older
    versions only with ``include_superseded``)."""
    with store.read_session() as session:
        dossier = session.get(DossierRow, dossier_id)
        if dossier is None:
            raise UserFacingError("dossier_not_found", title=dossier_id)
        old = set() if include_superseded else superseded_ids(session, dossier_id)
        documents = [
            d
            for d in session.scalars(
                select(DocumentRow).where(DocumentRow.dossier_id == dossier_id).order_by(DocumentRow.imported_at)
            ).all()
            if d.id not in old
        ]
        doc_ids = [d.id for d in documents]
        principles = session.scalars(
            select(PrincipleRow)
            .where(PrincipleRow.document_id.in_(doc_ids), PrincipleRow.active.is_(True))
            .order_by(PrincipleRow.number)
        ).all()
        sections = session.scalars(
            select(SectionRow)
            .where(SectionRow.document_id.in_(doc_ids))
            .order_by(SectionRow.document_id, SectionRow.ordinal)
        ).all()
        return DossierView(
            dossier=repo.to_dossier(dossier),
            documents=tuple(repo.to_document(d) for d in documents),
            principles=tuple(repo.to_principle(p) for p in principles),
            sections=tuple(repo.to_section(s) for s in sections),
        )


SAMPLE_DOSSIER_TITLE = "Inkoopkader Jeugdhulp 2022 e.v."
SAMPLE_DOSSIER_BODY = "Dienst Gezondheid & Jeugd"
SAMPLE_FILES: tuple[tuple[str, DocumentRole], ...] = (
    ("zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt", DocumentRole.FRAMEWORK),
    ("werkgroep-jeugd-overdenkingen-inkoopkader-2020.txt", DocumentRole.BACKGROUND),
    ("dgj-stand-van-zaken-inkoop-jeugdhulp-2021.txt", DocumentRole.BACKGROUND),
)


def samples_dir() -> Path:
    """The sample dossier shipped with the program (raadsviewer.resources_path)."""
    from raadsviewer.resources_path import resource_path

    return resource_path("samples")


SAMPLE_SETTING = "sample_dossier_id"  # the dossier this store made as its sample


def _sample_dossier(store: Store, dossiers: list[Dossier]) -> Dossier | None:
    """The sample dossier this store made, if it has one. A store made before the sample was
    marked: the dossier of the sample's title and words that no griffie's dossier brought."""
    with store.session() as session:
        setting = session.get(StoreSettingRow, SAMPLE_SETTING)
        if setting is not None:
            return next((d for d in dossiers if d.id == setting.value), None)
        for d in dossiers:
            if d.title != SAMPLE_DOSSIER_TITLE or d.body != SAMPLE_DOSSIER_BODY:
                continue
            if session.scalar(select(DossierImportRow.dossier_id).where(DossierImportRow.dossier_id == d.id).limit(1)):
                continue
            return d
    return None


def ensure_sample_dossier(store: Store, directory: Path | None = None) -> Dossier | None:
    """On first start (an empty store) load the sample dossier so there is something to read.

    Each file is its own transaction; if a first start was killed halfway, the next start finds
    the sample dossier incomplete and adds what is missing, so no half-made dossier remains. Only
    the sample this store made is completed: a dossier of the council's own under the sample's
    title (the griffie's, or one imported by hand) gets no sample files.
    """
    dossiers = list_dossiers(store)
    sample = _sample_dossier(store, dossiers)
    if dossiers and sample is None:
        return None  # the user has their own dossier(s)
    directory = directory or samples_dir()
    if not directory.is_dir():
        return None
    if sample is None:
        with store.session() as session:
            made = DossierRow(
                id=new_id(),
                title=SAMPLE_DOSSIER_TITLE,
                body=SAMPLE_DOSSIER_BODY,
                deadline=None,
                created_at=datetime.now(),
            )
            session.add(made)
            session.add(StoreSettingRow(key=SAMPLE_SETTING, value=made.id))
    present = {d.source_name for d in list_documents(store, resolve_dossier(store, SAMPLE_DOSSIER_TITLE).id)}
    added = False
    for name, role in SAMPLE_FILES:
        path = directory / name
        if path.exists() and name not in present:
            import_document(store, path, role=role, dossier_title=SAMPLE_DOSSIER_TITLE)
            added = True
    return resolve_dossier(store, SAMPLE_DOSSIER_TITLE) if added or not dossiers else None


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
