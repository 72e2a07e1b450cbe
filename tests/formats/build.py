"""Real PDF and Word files made from the shared sample texts, for the format readers' tests.

Both start from the text file's own reading (its blocks), so the file says what the text says:
headings, numbered items (Word: real list numbering, one list per run of items 1..n), bullets
and paragraphs. The PDF is laid out by Qt's rich-text engine and written with QPdfWriter (the
same route as the app's PDF export); headings of level 2/3 in larger type, level 4 in bold body
type, Qt's page number at the foot of every page.
"""

from __future__ import annotations

import copy
import html
from pathlib import Path

from raadsviewer.domain.model import Block, BlockKind, DocumentRole, ParsedDocument
from raadsviewer.domain.reading import read_document


def parsed_text(path: Path, role: DocumentRole = DocumentRole.FRAMEWORK) -> ParsedDocument:
    return read_document(path.read_bytes(), name=path.name, role=role)


# --- PDF --------------------------------------------------------------------------------------


def _block_html(b: Block) -> str:
    text = html.escape(b.text)
    if b.kind is BlockKind.HEADING:
        label = f"{b.number}. {text}" if b.number else text
        if b.level <= 3:
            tag = f"h{max(2, b.level)}"
            return f"<{tag}>{label}</{tag}>"
        return f"<p><b>{label}</b></p>"
    if b.kind is BlockKind.NUMBERED:
        return f"<p>{b.number}. {text}</p>"
    if b.kind is BlockKind.BULLET:
        return f"<p>&#8226; {text}</p>"
    return f"<p>{text}</p>"


def write_pdf(parsed: ParsedDocument, path: Path) -> Path:
    """The document's blocks as an A4 PDF laid out by Qt (QTextDocument.print_ into QPdfWriter).

    The document is left unpaginated, so Qt breaks it into pages itself and prints the page
    number at the foot of every page: running page furniture, as in real council PDFs.
    """
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from raadsviewer.formats.pdf import ensure_app

    ensure_app()
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 18, 20, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(parsed.title)
    doc = QTextDocument()
    doc.setHtml("<html><body>" + "\n".join(_block_html(b) for b in parsed.blocks) + "</body></html>")
    doc.print_(writer)
    del writer  # finishes the file
    return path


def write_blank_pdf(path: Path, pages: int = 2) -> Path:
    """A 'scan': pages with a drawing and no text layer."""
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter

    from raadsviewer.formats.pdf import ensure_app

    ensure_app()
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20))
    )
    painter = QPainter(writer)
    try:
        for n in range(pages):
            if n:
                writer.newPage()
            painter.fillRect(QRectF(10, 10, 300, 400), QColor(200, 200, 200))
    finally:
        painter.end()
    return path


# --- DOCX -------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _new_list(document, style_name: str) -> str:  # type: ignore[no-untyped-def]
    """A fresh w:num for the list style's abstract list, restarting at 1: the numId."""
    from docx.oxml.ns import qn

    numbering = document.part.numbering_part.element
    style = document.styles[style_name]
    base_num = style.element.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    base = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == base_num)
    abstract_id = base.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = str(max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1)
    num = copy.deepcopy(base)
    num.set(qn("w:numId"), new_id)
    for child in list(num):
        if child.tag != qn("w:abstractNumId"):
            num.remove(child)
    num.find(qn("w:abstractNumId")).set(qn("w:val"), abstract_id)
    override = num.makeelement(qn("w:lvlOverride"), {qn("w:ilvl"): "0"})
    start = override.makeelement(qn("w:startOverride"), {qn("w:val"): "1"})
    override.append(start)
    num.append(override)
    numbering.append(num)
    return new_id


def _set_num(paragraph, num_id: str, ilvl: int = 0) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = p_pr.makeelement(qn("w:numPr"), {})
    lvl = num_pr.makeelement(qn("w:ilvl"), {qn("w:val"): str(ilvl)})
    nid = num_pr.makeelement(qn("w:numId"), {qn("w:val"): num_id})
    num_pr.append(lvl)
    num_pr.append(nid)
    p_pr.append(num_pr)


def write_docx(parsed: ParsedDocument, path: Path, *, table: list[list[str]] | None = None) -> Path:
    """The document's blocks as a Word file: level 2 headings in Heading 1, level 3 in Heading 2,
    level 4 headings as all-bold paragraphs, numbered items with Word numbering (a new list each
    time the numbers start at 1 again), bullets in List Bullet; ``table`` appended as a table."""
    import docx

    document = docx.Document()
    num_id: str | None = None
    for b in parsed.blocks:
        if b.kind is BlockKind.HEADING:
            label = f"{b.number}. {b.text}" if b.number else b.text
            if b.level <= 3:
                document.add_heading(label, level=max(1, b.level - 1))
            else:
                document.add_paragraph().add_run(label).bold = True
        elif b.kind is BlockKind.NUMBERED:
            if num_id is None or b.number == 1:
                num_id = _new_list(document, "List Number")
            p = document.add_paragraph(b.text, style="List Number")
            _set_num(p, num_id)
        elif b.kind is BlockKind.BULLET:
            document.add_paragraph(b.text, style="List Bullet")
        else:
            p = document.add_paragraph()
            first, _, rest = b.text.partition(" ")
            if rest:  # a bold word inside a paragraph must not make it a heading
                p.add_run(first).bold = True
                p.add_run(" " + rest)
            else:
                p.add_run(b.text)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    document.save(str(path))
    return path
