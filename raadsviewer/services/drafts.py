"""The combined draft (concept-zienswijze): assembling it from the store, exporting it, and the
dated snapshots that say what each export was made from.

Every export of the combined draft writes the file and, in the same call and only when the file
was written, saves a snapshot: the draft's Markdown and the (revision, version) of every
amendment and annotation it was made from. Two snapshots compared show what changed between two
versions handed to the council.

Files are written next to their target and moved into place, so a failed export never leaves a
half-written file behind (nor a snapshot). PDF is rendered by the front end: this module makes the
HTML and calls the ``pdf_writer(html, path)`` it is handed (services do not import Qt).
"""

from __future__ import annotations

import difflib
import json
import os
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from raadsviewer.domain.amendments import amendment_diff, operative_text
from raadsviewer.domain.diff import diff_markdown, md_escape, md_escape_line, strip_controls
from raadsviewer.domain.draft import (
    DRAFT_VISIBILITIES,
    CombinedDraft,
    assemble_draft,
    draft_to_markdown,
    passage_lines,
)
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.lines import cite_lines
from raadsviewer.domain.model import Amendment, Annotation, DocumentRole, Principle
from raadsviewer.messages import os_reason
from raadsviewer.services import amendments as amendment_service
from raadsviewer.storage import repository as repo
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import (
    AnnotationRow,
    DocumentRow,
    DossierRow,
    DraftSnapshotRow,
    FactionRow,
    PrincipleRow,
)

DRAFT_FORMATS = ("md", "html", "pdf", "docx")
AMENDMENT_FORMATS = ("md", "html", "docx")

Progress = Callable[[int, str], None]  # (percent, step code), as in services.documents
PdfWriter = Callable[[str, Path], None]  # (html, path): writes a PDF file


@dataclass(frozen=True, slots=True)
class DraftSnapshot:
    id: str
    dossier_id: str
    created_at: datetime
    format: str
    lang: str
    markdown: str
    items: dict[str, dict[str, tuple[str, int]]]  # "amendments"/"annotations" -> id -> (revision, version)

    @property
    def amendment_count(self) -> int:
        return len(self.items.get("amendments", {}))

    @property
    def annotation_count(self) -> int:
        return len(self.items.get("annotations", {}))


# --- assembling -------------------------------------------------------------------------------


def _framework_principles(session: Session, dossier_id: str) -> tuple[list[Principle], str | None]:
    """The principles of the dossier's newest framework document, and its text (for line numbers)."""
    framework = session.scalar(
        select(DocumentRow)
        .where(DocumentRow.dossier_id == dossier_id, DocumentRow.role == DocumentRole.FRAMEWORK.value)
        .order_by(DocumentRow.version.desc(), DocumentRow.imported_at.desc())
    )
    if framework is None:
        return [], None
    rows = session.scalars(
        select(PrincipleRow).where(PrincipleRow.document_id == framework.id).order_by(PrincipleRow.number)
    )
    return [repo.to_principle(r) for r in rows], framework.text


def _draft_annotations(session: Session, dossier_id: str) -> list[Annotation]:
    """Live annotations meant for the griffie (griffie, openbaar) that this store's owner may see
    (``domain.access.may_see``); others are never even read."""
    from raadsviewer.domain.access import may_see
    from raadsviewer.services.roles import viewer_for

    viewer = viewer_for(session)
    query = (
        select(AnnotationRow, FactionRow.name, PrincipleRow.number)
        .join(FactionRow, AnnotationRow.faction_id == FactionRow.id)
        .outerjoin(PrincipleRow, AnnotationRow.principle_id == PrincipleRow.id)
        .where(
            AnnotationRow.dossier_id == dossier_id,
            AnnotationRow.deleted.is_(False),
            AnnotationRow.visibility.in_([str(v) for v in DRAFT_VISIBILITIES]),
        )
        .order_by(AnnotationRow.created_at)
    )
    return [
        repo.to_annotation(row, name, number)
        for row, name, number in session.execute(query)
        if may_see(viewer, row.faction_id, row.visibility, row.author)
    ]


def _assemble(
    store: Store, dossier_id: str, lang: str, generated_at: datetime | None
) -> tuple[CombinedDraft, dict[str, dict[str, tuple[str, int]]]]:
    """The draft and the versions it was made from, read in one transaction."""
    with store.session() as session:
        dossier_row = session.get(DossierRow, dossier_id)
        if dossier_row is None:
            raise UserFacingError("dossier_not_found", title=dossier_id)
        principles, framework_text = _framework_principles(session, dossier_id)
        amendments = amendment_service.read_amendments(session, dossier_id)
        annotations = _draft_annotations(session, dossier_id)
        factions = [repo.to_faction(r) for r in session.scalars(select(FactionRow).order_by(FactionRow.name))]
        dossier = repo.to_dossier(dossier_row)
    draft = assemble_draft(
        dossier,
        principles,
        amendments,
        annotations,
        factions,
        generated_at or datetime.now(),
        "en" if lang == "en" else "nl",
        framework_text=framework_text,
    )
    items = {
        "amendments": {a.id: (a.revision_id, a.version) for a in amendments},
        "annotations": {a.id: (a.revision_id, a.version) for a in annotations},
    }
    return draft, items


def build_draft(
    store: Store, dossier_id: str, lang: str = "nl", *, generated_at: datetime | None = None
) -> CombinedDraft:
    """The concept-zienswijze as a value (see :mod:`raadsviewer.domain.draft`), for a preview."""
    return _assemble(store, dossier_id, lang, generated_at)[0]


# --- writing files ----------------------------------------------------------------------------


def refuse_store_file(path: Path) -> None:
    """No export is written over the store in use, its side files or its backups."""
    from raadsviewer.storage.db import is_store_file

    if is_store_file(path):
        raise UserFacingError("export_over_store", path=str(path))


def write_atomically(path: Path, write: Callable[[Path], Any]) -> None:
    """Let ``write`` make a file beside ``path``, then move it into place; nothing on failure."""
    path = Path(path)
    refuse_store_file(path)
    part = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        write(part)
        if not part.is_file() or part.stat().st_size == 0:
            raise OSError("nothing was written")
        os.replace(part, path)
    except OSError as exc:
        raise UserFacingError("export_failed", path=str(path), reason=os_reason(exc)) from exc
    finally:
        try:  # (a name too long for the disk cannot even be asked about: nothing was made)
            part.unlink(missing_ok=True)
        except OSError:
            pass


def _write_text(text: str) -> Callable[[Path], None]:
    def write(target: Path) -> None:
        target.write_text(text, encoding="utf-8", newline="\n")

    return write


def check_format(fmt: str, choices: Sequence[str]) -> str:
    value = str(fmt).strip().lower().lstrip(".")
    if value == "markdown":
        value = "md"
    if value not in choices:
        raise UserFacingError("invalid_export_format", value=fmt, choices=", ".join(choices))
    return value


def export_draft(
    store: Store,
    dossier_id: str,
    fmt: str,
    path: Path | str,
    lang: str = "nl",
    progress: Progress | None = None,
    pdf_writer: PdfWriter | None = None,
) -> DraftSnapshot:
    """Write the combined draft as md/html/pdf/docx to ``path`` and save a dated snapshot.

    The snapshot is saved only once the file is in place; a refused or failed export leaves
    neither a file nor a snapshot. PDF needs ``pdf_writer`` (the window's or the CLI's Qt one).
    """
    report = progress or (lambda _pct, _step: None)
    fmt = check_format(fmt, DRAFT_FORMATS)
    if fmt == "pdf" and pdf_writer is None:
        raise UserFacingError("pdf_unavailable")
    path = Path(path)
    report(10, "reading")
    draft, items = _assemble(store, dossier_id, lang, None)
    report(40, "rendering")
    markdown = draft_to_markdown(draft)
    if fmt == "md":
        write_atomically(path, _write_text(markdown))
    elif fmt == "html":
        from raadsviewer.export.html_writer import draft_to_html

        write_atomically(path, _write_text(draft_to_html(draft)))
    elif fmt == "docx":
        from raadsviewer.export.docx_writer import write_draft_docx

        write_atomically(path, lambda target: write_draft_docx(draft, target))
    else:
        from raadsviewer.export.html_writer import draft_to_html

        html = draft_to_html(draft)
        report(60, "writing")
        assert pdf_writer is not None
        write_atomically(path, lambda target: pdf_writer(html, target))
    report(90, "snapshot")
    snapshot = DraftSnapshot(
        id=str(uuid.uuid4()),
        dossier_id=dossier_id,
        created_at=draft.generated_at,
        format=fmt,
        lang=draft.lang,
        markdown=markdown,
        items=items,
    )
    with store.session() as session:
        session.add(
            DraftSnapshotRow(
                id=snapshot.id,
                dossier_id=dossier_id,
                created_at=snapshot.created_at,
                format=fmt,
                lang=snapshot.lang,
                markdown=markdown,
                items_json=_items_json(items),
            )
        )
    report(100, "done")
    return snapshot


def _items_json(items: Mapping[str, Mapping[str, tuple[str, int]]]) -> str:
    return json.dumps(
        {kind: {k: [rev, version] for k, (rev, version) in sorted(values.items())} for kind, values in items.items()},
        sort_keys=True,
    )


def _to_snapshot(row: DraftSnapshotRow) -> DraftSnapshot:
    raw = json.loads(row.items_json)
    items = {kind: {k: (v[0], int(v[1])) for k, v in values.items()} for kind, values in raw.items()}
    return DraftSnapshot(
        id=row.id,
        dossier_id=row.dossier_id,
        created_at=row.created_at,
        format=row.format,
        lang=row.lang,
        markdown=row.markdown,
        items=items,
    )


def list_snapshots(store: Store, dossier_id: str) -> list[DraftSnapshot]:
    """The dossier's snapshots, oldest first."""
    with store.session() as session:
        rows = session.scalars(
            select(DraftSnapshotRow)
            .where(DraftSnapshotRow.dossier_id == dossier_id)
            .order_by(DraftSnapshotRow.created_at, DraftSnapshotRow.id)
        )
        return [_to_snapshot(r) for r in rows]


def get_snapshot(store: Store, snapshot_id: str) -> DraftSnapshot:
    with store.session() as session:
        row = session.get(DraftSnapshotRow, snapshot_id)
        if row is None:
            raise UserFacingError("snapshot_not_found", id=snapshot_id)
        return _to_snapshot(row)


def _snapshot_label(s: DraftSnapshot) -> str:
    return f"{s.created_at:%Y-%m-%d %H:%M:%S} ({s.format}, {s.id[:8]})"


def compare_snapshots(store: Store, a: str | DraftSnapshot, b: str | DraftSnapshot) -> str:
    """A unified diff of the Markdown of two snapshots (ids or snapshots); empty when equal."""
    first = a if isinstance(a, DraftSnapshot) else get_snapshot(store, a)
    second = b if isinstance(b, DraftSnapshot) else get_snapshot(store, b)
    return "".join(
        difflib.unified_diff(
            first.markdown.splitlines(keepends=True),
            second.markdown.splitlines(keepends=True),
            fromfile=_snapshot_label(first),
            tofile=_snapshot_label(second),
        )
    )


# --- a single amendment -----------------------------------------------------------------------


def _one_line(text: str) -> str:
    return md_escape(" ".join(strip_controls(text).split()))


def _quoted(text: str) -> list[str]:
    lines = [line if line.strip() else "" for line in strip_controls(text).strip("\n").split("\n")]
    return [f"> {md_escape_line(line)}" if line else ">" for line in lines] if any(lines) else []


def amendment_to_markdown(
    amendment: Amendment,
    meeting: str,
    agenda_item: str,
    *,
    lang: str = "nl",
    parent: Amendment | None = None,
    lines: tuple[int, int] | None = None,
) -> str:
    """The council-ready amendment as Markdown; everything typed by a faction is inert."""
    from raadsviewer.export.html_writer import AMENDMENT_LABELS  # the same words as the HTML/Word versions

    t = AMENDMENT_LABELS["en" if lang == "en" else "nl"]
    signers = {amendment.faction_name: [amendment.author] if amendment.author else []}
    signers.update({name: [] for name in amendment.cosigners if name not in signers})
    out = [
        f"# {_one_line(t['amendment'] + ' ' + amendment.label + ': ' + amendment.title)}",
        "",
        *([f"- **{t['meeting']}**: {_one_line(meeting)}"] if meeting.strip() else []),
        *([f"- **{t['agenda_item']}**: {_one_line(agenda_item)}"] if agenda_item.strip() else []),
        f"- **{t['betreft']}**: {_one_line(amendment.betreft)}",
        *([f"- **{t['where']}**: {cite_lines(lines, lang)}"] if lines else []),
        "",
        t["intro"],
        "",
        f"> {_one_line(operative_text(amendment, lang, parent=parent))}",
        "",
        f"*{t['change']}:* {diff_markdown(amendment_diff(amendment))}",
        "",
    ]
    if amendment.rationale.strip():
        out += [f"## {t['rationale']}", "", *_quoted(amendment.rationale), ""]
    out += [f"## {t['signers']}", ""]
    for faction, members in signers.items():
        names = ", ".join(m for m in members if m.strip())
        out.append(f"- **{_one_line(faction)}**" + (f": {_one_line(names)}" if names else ""))
    return "\n".join(out) + "\n"


def export_amendment(
    store: Store,
    dossier_id: str,
    number: str | int,
    fmt: str,
    path: Path | str,
    meeting: str = "",
    agenda_item: str = "",
    *,
    lang: str = "nl",
) -> Path:
    """The council-ready document of one amendment (html, docx or md) at ``path``."""
    fmt = check_format(fmt, AMENDMENT_FORMATS)
    amendment = amendment_service.get_amendment_by_number(store, dossier_id, number)
    if amendment.deleted:
        raise UserFacingError("amendment_deleted", number=amendment.label)
    parent = amendment_service.get_amendment(store, amendment.parent_id) if amendment.parent_id else None
    if not meeting.strip():  # the meeting the griffie set for the dossier, when none is given
        from raadsviewer.domain.dates import long_date
        from raadsviewer.services.council import council_settings

        meeting = long_date(council_settings(store, dossier_id).meeting_date, lang)
    if not amendment.betreft:  # written before an empty Betreft became the dossier's title
        with store.read_session() as session:
            dossier = session.get(DossierRow, dossier_id)
            amendment = amendment._replace(betreft=dossier.title if dossier is not None else "")
    lines = _amendment_lines(store, amendment)
    path = Path(path)
    if fmt == "md":
        markdown = amendment_to_markdown(amendment, meeting, agenda_item, lang=lang, parent=parent, lines=lines)
        write_atomically(path, _write_text(markdown))
    elif fmt == "html":
        from raadsviewer.export.html_writer import amendment_to_html

        html = amendment_to_html(amendment, meeting, agenda_item, lang=lang, parent=parent, lines=lines)
        write_atomically(path, _write_text(html))
    else:
        from raadsviewer.export.docx_writer import write_amendment_docx

        write_atomically(
            path,
            lambda target: write_amendment_docx(
                amendment, target, meeting, agenda_item, lang=lang, parent=parent, lines=lines
            ),
        )
    return path


def _amendment_lines(store: Store, amendment: Amendment) -> tuple[int, int] | None:
    """The lines of its principle's document version the amendment changes (none for a sub-amendment)."""
    if amendment.parent_id or amendment.principle_id is None:
        return None
    with store.session() as session:
        row = session.get(PrincipleRow, amendment.principle_id)
        document = session.get(DocumentRow, row.document_id) if row is not None else None
        if row is None or document is None:
            return None
        return passage_lines(amendment, repo.to_principle(row), document.text)
