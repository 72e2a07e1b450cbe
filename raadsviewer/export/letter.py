"""The council's zienswijze (letter and raadsbesluit) from a Word template the griffie can edit.

The content comes from :func:`raadsviewer.domain.letter.assemble_letter`; the layout and every
word around it from a .docx template with Jinja fields, rendered by docxtpl. The default template
is ``resources/templates/zienswijze.docx`` (Dutch; made by ``resources/templates/
make_templates.py``); a griffie's own template, edited in Word, is handed in as a path. Its fields
are what :func:`letter_context` returns, documented in the guide ("Sjablonen").

Templates are rendered in Jinja's sandbox with autoescaping (text typed by factions can never
become markup or run code) and with undefined fields refused: a mistyped field in an edited
template is reported by name instead of silently leaving a hole.

DOCX is the source of the other formats: the rendered document is read back paragraph by
paragraph and written as Markdown or as HTML (which the window's Qt PDF writer prints), so an
edited template changes every format alike. No office suite is needed.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from raadsviewer.domain.dates import long_date
from raadsviewer.domain.diff import md_escape, md_escape_line, strip_controls
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.letter import LetterAmendment, LetterMotie, LetterPosition, ZienswijzeLetter
from raadsviewer.domain.model import MotieKind
from raadsviewer.messages import os_reason
from raadsviewer.resources_path import resource_path

FORMATS = ("docx", "md", "html", "pdf")
DEFAULT_TEMPLATE = "zienswijze.docx"
MISSING = "…"  # shown where the letter needs a fact nobody gave: the griffie sees what to fill in
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024


# "De raad heeft motie M1 aangenomen, waarin hij …:"
MOTIE_VERBS = {
    MotieKind.VERZOEKT: "het college verzoekt",
    MotieKind.DRAAGT_OP: "het college opdraagt",
    MotieKind.SPREEKT_UIT: "uitspreekt",
}

PdfWriter = Callable[[str, Path], None]  # (html, path), as in services.drafts


def default_template() -> Path:
    return resource_path("templates", DEFAULT_TEMPLATE)


def number_list(numbers: Sequence[int]) -> str:
    """ "1, 2 en 4 tot en met 6": runs of three or more numbers as a range."""
    ordered = sorted(set(numbers))
    parts: list[str] = []
    k = 0
    while k < len(ordered):
        j = k
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        if j - k >= 2:
            parts.append(f"{ordered[k]} tot en met {ordered[j]}")
        else:
            parts += [str(n) for n in ordered[k : j + 1]]
        k = j + 1
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " en " + parts[-1]


def _text(value: str) -> str:
    return " ".join(strip_controls(value).split())


def _amendment(a: LetterAmendment) -> dict[str, Any]:
    return {
        "nummer": a.label,
        "titel": _text(a.title),
        "dictum": _text(a.dictum),
        "verwerkt": a.applied,
        "verouderd": a.out_of_date,
    }


def _motie(m: LetterMotie) -> dict[str, Any]:
    return {
        "nummer": m.label,
        "titel": _text(m.title),
        "soort": str(m.kind),
        "werkwoord": MOTIE_VERBS[MotieKind(m.kind)],
        "dictum": [_text(p) for p in m.dictum],
        "indiener": _text(m.faction),
        "mede_indieners": [_text(c) for c in m.cosigners],
    }


def _position(p: LetterPosition) -> dict[str, Any]:
    return {"alineas": [_text(x) for x in p.paragraphs], "fractie": _text(p.faction), "standpunt": str(p.stance)}


def _paragraphs(text: str | None) -> list[str]:
    if not text:
        return []
    return [_text(chunk) for chunk in strip_controls(text).split("\n\n") if chunk.strip()]


def _in_sentence(name: str) -> str:
    """ "Het dagelijks bestuur van …" as it reads inside a sentence: "het dagelijks bestuur van …"."""
    first, _, rest = name.partition(" ")
    return f"{first.lower()} {rest}" if first in ("Het", "De", "Een") and rest else name


def letter_context(letter: ZienswijzeLetter) -> dict[str, Any]:
    """The template's fields (Dutch names, documented in the guide): plain strings, lists and
    dictionaries, every text on one line and free of control characters."""
    request = letter.request
    return {
        "gemeente": _text(letter.municipality) or MISSING,
        "vergaderdatum": long_date(letter.meeting_date) or MISSING,
        "briefdatum": long_date(letter.letter_date) or MISSING,
        "verzoek": {
            "afzender": _text(request.sender) or MISSING,
            "afzender_in_zin": _in_sentence(_text(request.sender)) or MISSING,
            "kenmerk": _text(request.kenmerk),
            "datum": long_date(request.date),
            "termijn": long_date(request.deadline),
            "onderwerp": _text(request.subject) or MISSING,
        },
        "uitgangspunten": [
            {
                "nummer": p.number,
                "titel": _text(p.title),
                "tekst": _paragraphs(p.text),
                "nieuwe_tekst": _paragraphs(p.new_text),
                "amendementen": [_amendment(a) for a in p.amendments],
                "moties": [_motie(m) for m in p.moties],
                "standpunten": [_position(s) for s in p.positions],
            }
            for p in letter.principles
        ],
        "ongewijzigd": number_list(letter.unchanged),
        "ongewijzigd_aantal": len(letter.unchanged),
        "ongewijzigd_lijst": list(letter.unchanged),
        "amendementen": [_amendment(a) for a in letter.amendments],
        "moties": [_motie(m) for m in letter.moties],
        "standpunten": [_position(s) for s in letter.positions],
        "griffier": _text(letter.griffier),
        "voorzitter": _text(letter.voorzitter),
    }


# --- rendering the template -------------------------------------------------------------------


def _template_bytes(template: Path | None) -> tuple[bytes, str]:
    path = Path(template) if template is not None else default_template()
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise UserFacingError("template_unusable", path=str(path), reason=f"{size // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise UserFacingError("template_unusable", path=str(path), reason=os_reason(exc)) from exc
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UserFacingError("template_unusable", path=str(path), reason="geen .docx (Word-bestand)")
    return data, str(path)


def render_docx(letter: ZienswijzeLetter, path: str | Path, template: Path | None = None) -> Path:
    """The letter and raadsbesluit as .docx at ``path``, from ``template`` (default: the shipped one)."""
    from docxtpl import DocxTemplate
    from jinja2 import StrictUndefined, TemplateError
    from jinja2.sandbox import SandboxedEnvironment

    data, name = _template_bytes(template)
    try:
        document = DocxTemplate(io.BytesIO(data))
        environment = SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)
        document.render(letter_context(letter), jinja_env=environment, autoescape=True)
    except TemplateError as exc:
        raise UserFacingError("template_unusable", path=name, reason=str(exc)[:300]) from exc
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:  # not a Word document inside
        raise UserFacingError("template_unusable", path=name, reason=str(exc)[:300]) from exc
    path = Path(path)
    document.save(str(path))
    return path


# --- reading the rendered document back -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the rendered document (or a table, as rows of cells of plain text)."""

    kind: str  # "heading", "paragraph", "bullet", "number", "quote", "table", "page_break"
    spans: tuple[Span, ...] = ()
    level: int = 0  # headings: 1 (title) to 4
    align: str = ""  # "", "center", "right"
    rows: tuple[tuple[str, ...], ...] = ()

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


def _kind_of(style: str) -> tuple[str, int]:
    lowered = style.lower()
    if lowered == "title":
        return "heading", 1
    if lowered.startswith("heading"):
        digits = "".join(ch for ch in lowered if ch.isdigit())
        return "heading", min(int(digits or "1") + 1, 4)
    if "bullet" in lowered:
        return "bullet", 0
    if "number" in lowered and "list" in lowered:
        return "number", 0
    if "quote" in lowered:
        return "quote", 0
    return "paragraph", 0


def _spans(paragraph: Any) -> tuple[Span, ...]:
    from docx.oxml.ns import qn

    spans: list[Span] = []
    for run in paragraph.runs:
        pieces = []
        for child in run._r.iterchildren():
            if child.tag == qn("w:t"):
                pieces.append(child.text or "")
            elif child.tag == qn("w:tab"):
                pieces.append("\t")
            elif child.tag == qn("w:br") and child.get(qn("w:type")) in (None, "textWrapping"):
                pieces.append("\n")
        text = "".join(pieces)
        if text:
            spans.append(Span(text, bool(run.bold), bool(run.italic), bool(run.underline)))
    return tuple(spans)


def docx_blocks(path: str | Path) -> list[Block]:
    """The rendered document's body in order: paragraphs (with their style's kind) and tables."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(str(path))
    blocks: list[Block] = []
    body = document.element.body
    for element in body.iterchildren():
        if element.tag == qn("w:tbl"):
            table = Table(element, document)
            rows = tuple(tuple(cell.text.rstrip() for cell in row.cells) for row in table.rows)
            blocks.append(Block("table", rows=rows))
            continue
        if element.tag != qn("w:p"):
            continue
        paragraph = Paragraph(element, document)
        if any(br.get(qn("w:type")) == "page" for br in element.iter(qn("w:br"))):
            blocks.append(Block("page_break"))
        spans = _spans(paragraph)
        if not "".join(s.text for s in spans).strip():
            continue
        kind, level = _kind_of(paragraph.style.name if paragraph.style is not None else "")
        alignment = str(paragraph.alignment or "").lower()
        align = "center" if "center" in alignment else "right" if "right" in alignment else ""
        blocks.append(Block(kind, spans, level, align))
    return blocks


# --- Markdown and HTML ------------------------------------------------------------------------


def _md_inline(spans: Sequence[Span]) -> str:
    out = []
    for span in spans:
        text = md_escape(span.text).replace("\n", "\\\n")
        core = text.strip()
        if core and (span.bold or span.italic):
            mark = "**" if span.bold else "*"
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            text = f"{lead}{mark}{core}{mark}{trail}"
        out.append(text)
    return "".join(out).strip()


def blocks_to_markdown(blocks: Sequence[Block]) -> str:
    """The rendered letter as Markdown: every text escaped, so nothing in it becomes markup."""
    out: list[str] = []
    for block in blocks:
        if block.kind not in ("bullet", "number") and out and out[-1] != "":
            out.append("")  # a list ends before anything else starts
        if block.kind == "page_break":
            out += ["---", ""]
        elif block.kind == "table":
            for row in block.rows:
                cells = [
                    " ".join(md_escape(line.strip()) for line in cell.splitlines() if line.strip()) for cell in row
                ]
                line = " · ".join(c for c in cells if c)
                if line:
                    out += [_escape_start(line), ""]
        elif block.kind == "heading":
            out += [f"{'#' * block.level} {_md_inline(block.spans)}", ""]
        elif block.kind == "bullet":
            out.append(f"- {_escape_start(_md_inline(block.spans))}")
        elif block.kind == "number":
            out.append(f"1. {_escape_start(_md_inline(block.spans))}")
        elif block.kind == "quote":
            out += [f"> {_escape_start(_md_inline(block.spans))}", ""]
        else:
            out += [_escape_start(_md_inline(block.spans)), ""]
        if block.kind not in ("bullet", "number") and out and out[-1] != "":
            out.append("")
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"


def _escape_start(line: str) -> str:
    """A paragraph that starts like a list or heading marker stays a paragraph."""
    return md_escape_line(line) if line[:1] in "-+=#>" or line[:1].isdigit() else line


def _html_inline(spans: Sequence[Span]) -> str:
    out = []
    for span in spans:
        text = html.escape(strip_controls(span.text)).replace("\n", "<br>")
        if span.bold:
            text = f"<b>{text}</b>"
        if span.italic:
            text = f"<i>{text}</i>"
        if span.underline:
            text = f"<u>{text}</u>"
        out.append(text)
    return "".join(out)


CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 14pt; } h3 { font-size: 11pt; } h4 { font-size: 11pt; }
blockquote { margin: 4pt 0 4pt 24pt; font-style: italic; }
table.signatures { margin-top: 12pt; } table.signatures td { padding-right: 48pt; vertical-align: top; }
""".strip()


def blocks_to_html(blocks: Sequence[Block], title: str = "", day: dt.date | None = None) -> str:
    """The rendered letter as one self-contained HTML page, for the Qt PDF writer (which keeps
    ``page-break-before``) and for a browser; no scripts, no outside resources. ``day`` (the
    letter's date) goes into ``<meta name="date">``, where the PDF's running header finds it."""
    body: list[str] = []
    items: list[str] = []
    list_tag = ""
    pending_break = False

    def flush() -> None:
        nonlocal items, list_tag
        if items:
            body.append(f"<{list_tag}>" + "".join(items) + f"</{list_tag}>")
        items, list_tag = [], ""

    for block in blocks:
        if block.kind == "page_break":
            flush()
            pending_break = True
            continue
        style = ' style="page-break-before: always"' if pending_break else ""
        pending_break = False
        if block.kind in ("bullet", "number"):
            tag = "ul" if block.kind == "bullet" else "ol"
            if list_tag and list_tag != tag:
                flush()
            list_tag = tag
            items.append(f"<li>{_html_inline(block.spans)}</li>")
            continue
        flush()
        align = f' align="{block.align}"' if block.align else ""
        if block.kind == "table":
            width = 100 // max(max((len(row) for row in block.rows), default=1), 1)
            cells = "".join(
                "<tr>"
                + "".join(
                    f'<td width="{width}%">{html.escape(strip_controls(c)).replace(chr(10), "<br>")}</td>' for c in row
                )
                + "</tr>"
                for row in block.rows
            )
            body.append(f'<table class="signatures" width="100%"{style}>{cells}</table>')
        elif block.kind == "heading":
            body.append(f"<h{block.level}{style}{align}>{_html_inline(block.spans)}</h{block.level}>")
        elif block.kind == "quote":
            body.append(f"<blockquote{style}><p>{_html_inline(block.spans)}</p></blockquote>")
        else:
            body.append(f"<p{style}{align}>{_html_inline(block.spans)}</p>")
    flush()
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        + (f'<meta name="date" content="{day.isoformat()}">\n' if day else "")
        + f"<title>{html.escape(strip_controls(title))}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def write_letter(
    letter: ZienswijzeLetter,
    fmt: str,
    path: str | Path,
    *,
    template: Path | None = None,
    pdf_writer: PdfWriter | None = None,
) -> Path:
    """The letter followed by the raadsbesluit as docx, md, html or pdf at ``path``.

    Every format is made from the rendered template. PDF needs ``pdf_writer`` (the window's or
    the command line's Qt writer, :func:`raadsviewer.ui.pdf.write_pdf`). The caller writes
    next to the target and moves into place (services do), so a failure leaves no half file.
    """
    value = str(fmt).strip().lower().lstrip(".")
    value = "md" if value == "markdown" else value
    if value not in FORMATS:
        raise UserFacingError("invalid_export_format", value=fmt, choices=", ".join(FORMATS))
    if value == "pdf" and pdf_writer is None:
        raise UserFacingError("pdf_unavailable")
    path = Path(path)
    if value == "docx":
        return render_docx(letter, path, template)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="raadsviewer-letter-") as tmp:
        rendered = render_docx(letter, Path(tmp) / "zienswijze.docx", template)
        blocks = docx_blocks(rendered)
    title = f"Zienswijze op {_text(letter.request.subject)}" if letter.request.subject else "Zienswijze"
    if value == "md":
        path.write_text(blocks_to_markdown(blocks), encoding="utf-8", newline="\n")
    elif value == "html":
        path.write_text(blocks_to_html(blocks, title, letter.letter_date), encoding="utf-8", newline="\n")
    else:
        assert pdf_writer is not None
        pdf_writer(blocks_to_html(blocks, title, letter.letter_date), path)
    return path
