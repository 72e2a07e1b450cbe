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


def ensure_app() -> None:
    """QPdfWriter needs a Qt application; the tests may run before any exists."""
    import os

    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _apps.append(QApplication(["raadsviewer-tests"]))


_apps: list[object] = []  # the application made here lives as long as the test process


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
    if b.kind is BlockKind.BULLET:  # the document's own glyph (a symbol font's, a dash, ...)
        glyph = html.escape(b.marker) if b.marker and not b.marker.endswith(")") else "&#8226;"
        return f"<p>{glyph} {text}</p>"
    return f"<p>{text}</p>"


def write_pdf(parsed: ParsedDocument, path: Path) -> Path:
    """The document's blocks as an A4 PDF laid out by Qt (QTextDocument.print_ into QPdfWriter).

    The document is left unpaginated, so Qt breaks it into pages itself and prints the page
    number at the foot of every page: running page furniture, as in real council PDFs.
    """
    body = "\n".join(_block_html(b) for b in parsed.blocks)
    return write_html_pdf(body, path, parsed.title)


def write_html_pdf(body: str, path: Path, title: str = "") -> Path:
    """HTML (the inside of its body) as an A4 PDF laid out by Qt, as :func:`write_pdf`."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

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
    writer.setTitle(title)
    doc = QTextDocument()
    doc.setHtml(f"<html><body>{body}</body></html>")
    doc.print_(writer)
    del writer  # finishes the file
    return path


def write_blank_pdf(path: Path, pages: int = 2) -> Path:
    """A 'scan': pages with a drawing and no text layer."""
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter

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
    heading_list: str | None = None  # numbered headings: real Word numbering, one list over all levels
    for b in parsed.blocks:
        if b.kind is BlockKind.HEADING:
            numbered = b.number is not None and b.marker in (f"{b.number}.", f"{b.number})")
            if numbered:
                if heading_list is None or b.number == 1:
                    heading_list = _new_list(document, "List Number")
                if b.level <= 3:
                    paragraph = document.add_heading(b.text, level=max(1, b.level - 1))
                else:  # a bold title paragraph in the same Word list
                    paragraph = document.add_paragraph()
                    paragraph.add_run(b.text).bold = True
                _set_num(paragraph, heading_list)
                continue
            marker = b.marker or f"{b.number}."  # as written: "IV." stays Roman
            label = f"{marker} {b.text}" if b.number and not b.text.startswith(b.marker or "\0") else b.text
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


# --- PDF written by hand: symbol-font bullets, a letterhead, running headers ------------------

# Bullets drawn in the Symbol font; its ToUnicode map says which character each one is.
_SYMBOL_CODES = {"\uf0b7": 0xB7, "\uf0a7": 0xA7, "\uf076": 0x76, "\uf0d8": 0xD8, "•": 0xB7, "▪": 0xA7, "◦": 0xB0}
_PAGE_W, _PAGE_H, _MARGIN = 595, 842, 56
_SIZES = {1: 18.0, 2: 16.5, 3: 15.0}  # deeper headings: 14 pt bold


def _pdf_string(text: str) -> str:
    raw = text.encode("cp1252", errors="replace").decode("latin-1")
    return "(" + raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*lines, current] if current else lines


def write_layout_pdf(
    parsed: ParsedDocument,
    path: Path,
    *,
    glyph: str = "\uf0b7",
    letterhead: tuple[str, ...] = (),
    running: str = "",
) -> Path:
    """The document's blocks laid out line by line into a PDF written by hand, as a word
    processor's export looks to a text extractor: Helvetica text, headings in larger or bold
    type, bullets drawn in the Symbol font whose ToUnicode map gives them as the private-use
    characters Word's symbol bullets become (``glyph``: U+F0B7, U+F0A7, U+F076, U+F0D8), a
    letterhead in small type at the top of page 1, a running header and "Pagina n van N"."""
    pages: list[list[tuple[float, float, str, float, str]]] = [[]]  # x, y, font, size, text
    y = _PAGE_H - _MARGIN - 30

    def line(x: float, font: str, size: float, text: str, step: float) -> None:
        nonlocal y
        if y < _MARGIN + 40:
            pages.append([])
            y = _PAGE_H - _MARGIN - 30
        pages[-1].append((x, y, font, size, text))
        y -= step

    for i, text in enumerate(letterhead):
        pages[0].append((_PAGE_W - _MARGIN - 200, _PAGE_H - 40 - 11 * i, "F1", 8.0, text))
    y -= 11 * len(letterhead)
    for b in parsed.blocks:
        y -= 10  # paragraph spacing
        label = f"{b.marker} " if b.marker and b.kind in (BlockKind.NUMBERED, BlockKind.HEADING) else ""
        if b.kind is BlockKind.HEADING:
            size = _SIZES.get(b.level, 14.0)
            font = "F2"
            head = b.text if b.text.startswith(label.strip()) else label + b.text
            for part in _wrap(head, int(88 * 11 / size)):
                line(_MARGIN, font, size, part, size * 1.3)
        elif b.kind is BlockKind.BULLET:
            code = _SYMBOL_CODES.get(glyph)
            first = True
            for part in _wrap(b.text, 84):
                if first and y >= _MARGIN + 40:  # the glyph at the margin, the text indented
                    pages[-1].append((_MARGIN, y, "F3" if code is not None else "F1", 11.0, glyph))
                line(_MARGIN + 14, "F1", 11.0, part, 14.5)
                first = False
        else:
            text = label + b.text if b.kind is BlockKind.NUMBERED else b.text
            for part in _wrap(text, 88):
                line(_MARGIN, "F1", 11.0, part, 14.5)
    total = len(pages)
    for n, runs in enumerate(pages, start=1):
        if running:
            runs.insert(0, (_MARGIN, _PAGE_H - 30, "F1", 8.0, running))
        runs.append((_PAGE_W / 2 - 30, 30, "F1", 8.0, f"Pagina {n} van {total}"))

    tounicode = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /SymbolPUA def "
        "1 begincodespacerange <00> <FF> endcodespacerange "
        "1 beginbfchar "
        + f"<{_SYMBOL_CODES.get(glyph, 0xB7):02X}> <{ord(glyph[:1] or '•'):04X}>"
        + " endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    objects: list[bytes] = []

    def add(body: str | bytes) -> int:
        objects.append(body.encode("latin-1") if isinstance(body, str) else body)
        return len(objects)

    catalog = add("")  # filled in below
    pages_obj = add("")
    helvetica = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    cmap = add(f"<< /Length {len(tounicode)} >>\nstream\n{tounicode}\nendstream")
    symbol = add(f"<< /Type /Font /Subtype /Type1 /BaseFont /Symbol /ToUnicode {cmap} 0 R >>")
    kids: list[int] = []
    for runs in pages:
        ops = []
        for x, yy, font, size, text in runs:
            shown = f"<{_SYMBOL_CODES[text]:02X}>" if font == "F3" else _pdf_string(text)
            ops.append(f"BT /{font} {size:g} Tf {x:.1f} {yy:.1f} Td {shown} Tj ET")
        content = "\n".join(ops).encode("latin-1")
        stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(
            add(
                f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {_PAGE_W} {_PAGE_H}] /Contents {stream} 0 R "
                f"/Resources << /Font << /F1 {helvetica} 0 R /F2 {bold} 0 R /F3 {symbol} 0 R >> >> >>"
            )
        )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
    objects[pages_obj - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    path.write_bytes(bytes(out))
    return path
