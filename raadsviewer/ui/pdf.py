"""PDF from the exporters' HTML with Qt's own rich-text engine: no browser, no extra package.

Handed to :func:`raadsviewer.services.drafts.export_draft` as its ``pdf_writer`` by the window and
the CLI (services do not import Qt). Works without a window: when no Qt application exists, an
offscreen QGuiApplication is made (text layout needs one for its fonts).

The pages are cut here rather than by ``QTextDocument.print_``: that one draws every block that
touches a page whole and hides the overflow with a clip, so a reader that extracts the text (a
search, a screen reader, the program itself on import) finds the lines at a page break twice, and
it lets a heading end a page with its text on the next. Here the document is laid out once as
one long column, the page boundaries are chosen at the tops of text lines (a heading goes to the
next page with its first paragraph; ``page-break-before`` is kept), and each page draws only the
lines that lie wholly on it, with a running header and "pagina 3 van 7" at its foot.
"""

from __future__ import annotations

import html as html_lib
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from raadsviewer.domain.dates import long_date
from raadsviewer.words import N_, language, translate

MARGINS_MM = QMarginsF(20, 18, 20, 18)
RESOLUTION_DPI = 300
PAGE_OF = N_("pagina {page} van {pages}")
_DEVICE_PER_MM = RESOLUTION_DPI / 25.4
_FURNITURE_PT = 8.5  # the header's and the footer's type size
_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})", re.IGNORECASE)
_DATE_META = re.compile(
    r"<meta\b[^>]*?\bname\s*=\s*[\"']?date[\"']?[^>]*?\bcontent\s*=\s*[\"']?(\d{4}-\d{2}-\d{2})", re.IGNORECASE
)

_app: QGuiApplication | None = None  # kept alive for the rest of the process


def _ensure_app() -> None:
    """A QApplication (widgets, not only a QGuiApplication) so that a window made later in the same
    process (the tests' windows after a PDF export) finds the application it needs."""
    global _app
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication(["raadsviewer", "-platform", os.environ["QT_QPA_PLATFORM"]])


def html_title(html: str) -> str:
    match = _TITLE.search(html)
    return " ".join(html_lib.unescape(match.group(1)).split()) if match else ""


def html_lang(html: str) -> str:
    """The language the HTML says it is in (``<html lang="en">``), Dutch when it says nothing."""
    match = _HTML_LANG.search(html)
    return language(match.group(1).lower() if match else "nl")


def html_date(html: str) -> date | None:
    """The document's own date (``<meta name="date" content="2020-11-12">``), if it gives one."""
    match = _DATE_META.search(html)
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def page_label(page: int, pages: int, lang: str) -> str:
    """ "pagina 3 van 7" (or "page 3 of 7")."""
    return translate(PAGE_OF, lang).format(page=page, pages=pages)


@dataclass(frozen=True)
class _Line:
    top: float
    bottom: float
    block: int  # the block's number in the document
    first: bool  # the block's first line
    last: bool  # the block's last line
    heading: bool
    break_before: bool  # the block asks to start a page (page-break-before)
    start: int  # the document position of the line's first character


def _lines(document: QTextDocument) -> list[_Line]:
    """Every text line of the laid-out document, in document coordinates, top to bottom (table
    cells included: their blocks are reached through the document's block list)."""
    layout = document.documentLayout()
    layout.documentSize()  # the layout is made lazily, a screenful at a time: finish it first
    lines: list[_Line] = []
    block: QTextBlock = document.begin()
    previous_breaks_after = False
    while block.isValid():
        bounds = layout.blockBoundingRect(block)
        text_layout = block.layout()
        fmt = block.blockFormat()
        policy = fmt.pageBreakPolicy()
        break_before = previous_breaks_after or bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        previous_breaks_after = bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysAfter)
        if text_layout is not None and text_layout.lineCount() > 0:
            # block layouts are placed relative to their frame; blockBoundingRect is absolute
            offset = bounds.top() - text_layout.boundingRect().top()
            count = text_layout.lineCount()
            for index in range(count):
                line = text_layout.lineAt(index)
                top = offset + line.y()
                lines.append(
                    _Line(
                        top=top,
                        bottom=top + line.height(),
                        block=block.blockNumber(),
                        first=index == 0,
                        last=index == count - 1,
                        heading=fmt.headingLevel() > 0,
                        break_before=break_before and index == 0,
                        start=block.position() + line.textStart(),
                    )
                )
        block = block.next()
    lines.sort(key=lambda item: (item.top, item.bottom))
    return lines


def page_tops(lines: list[_Line], page_height: float) -> list[float]:
    """Where each page starts in the long column: at the top of the first line that does not fit
    on the page before, of a block that asks for a new page, or of a heading (or a run of
    headings) whose first line of text would not fit below it: a heading never ends a page."""
    tops = [0.0]
    on_page = 0  # lines on the current page so far
    for i, line in enumerate(lines):
        page_top = tops[-1]
        end = page_top + page_height
        if on_page and line.top > page_top:
            orphan = False
            if line.heading and line.first:
                kept = _kept(lines, i)
                # (a heading and its text taller than a page together stay: they would never fit)
                orphan = end < kept <= line.top + page_height
            if line.break_before or line.bottom > end or orphan:
                tops.append(line.top)
                on_page = 0
        on_page += 1
    return tops


def _kept(lines: list[_Line], i: int) -> float:
    """The bottom of what must share a page with the heading starting at ``lines[i]``: its own
    lines, the headings right after it, and the first line of the text they head."""
    blocks_seen = {lines[i].block}
    for other in lines[i + 1 :]:
        if other.block in blocks_seen or (other.heading and other.first):
            blocks_seen.add(other.block)
            continue
        return other.bottom
    return max(other.bottom for other in lines[i:] if other.block in blocks_seen)


def _paginate(document: QTextDocument, page_height: float) -> tuple[list[_Line], list[float]]:
    """The document's lines and its page tops, after splitting every paragraph a page boundary
    cuts through into two blocks, one on each page.

    Qt draws a paragraph's text a whole line at a time and starts one line above the area it is
    asked for, so a paragraph split over two pages would put its last line of the first page into
    the second page's PDF too, hidden by the clip but found by every text extractor. As two
    blocks (no spacing between them, the second no longer a new list item) nothing changes on
    paper and each page draws only its own lines. Splitting can move what follows by a fraction
    of a point, so the pages are measured again until no boundary cuts a paragraph."""
    for _ in range(12):
        lines = _lines(document)
        tops = page_tops(lines, page_height)
        cuts = set(tops[1:])
        inside = sorted({line.start for line in lines if line.top in cuts and not line.first}, reverse=True)
        if not inside:
            break
        for position in inside:
            _split_block(document, position)
    return lines, tops


def _split_block(document: QTextDocument, position: int) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.insertBlock()
    first, second = cursor.block().previous(), cursor.block()
    above = first.blockFormat()
    above.setBottomMargin(0)
    QTextCursor(first).setBlockFormat(above)
    below = second.blockFormat()
    below.setTopMargin(0)
    below.setTextIndent(0)
    below.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    QTextCursor(second).setBlockFormat(below)
    if (items := second.textList()) is not None:
        items.remove(second)  # keeps the indent, drops the bullet or number


def write_pdf(
    html: str,
    path: Path,
    title: str | None = None,
    *,
    lang: str | None = None,
    day: date | None = None,
) -> None:
    """Lay out ``html`` on A4 pages with margins and write it to ``path`` as a PDF.

    The document title (PDF metadata, and the running header from page 2 on) is ``title`` or else
    the HTML's ``<title>``; the header's date is ``day``, else the HTML's ``<meta name="date">``,
    else today, written in ``lang`` (else the HTML's ``<html lang>``, else Dutch), as is the page
    number at the foot of every page. The first page has no header: it opens with the document's
    own title (or, in a letter, its address block and date), which the header would only repeat.
    Raises OSError when the file could not be written (QPdfWriter itself only says so by not
    writing).
    """
    _ensure_app()
    path = Path(path)
    lang = language(lang) if lang is not None else html_lang(html)
    running_title = title if title is not None else html_title(html)
    when = day or html_date(html) or date.today()

    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    page_layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )
    writer.setPageLayout(page_layout)
    writer.setTitle(running_title)
    writer.setCreator("raadsviewer")

    # Lay the text out as one column as wide as the printable area (in points), unpaginated.
    body = page_layout.paintRect(QPageLayout.Unit.Point)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(_without_ligatures(document.defaultFont()))
    document.setHtml(html)
    document.setTextWidth(body.width())
    lines, tops = _paginate(document, body.height())
    pages = len(tops)

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"the PDF could not be started at {path}")
    try:
        # The painter's origin is the printable area's corner, in device pixels; the column is
        # drawn in points (as print_ does), the header and footer in device pixels, where a
        # font's point size means what it says.
        scale = RESOLUTION_DPI / 72
        furniture = QFont(document.defaultFont())
        furniture.setPointSizeF(_FURNITURE_PT)
        for index, top in enumerate(tops):
            if index:
                writer.newPage()
            bottom = _page_bottom(lines, top, tops[index + 1] if index + 1 < len(tops) else None, body.height())
            if index:  # first, so that a reader of the text meets it first too
                _draw_header(painter, furniture, running_title, long_date(when, lang), body.width() * scale)
            painter.save()
            painter.scale(scale, scale)
            _draw_body(painter, document, top, bottom, body.width())
            painter.restore()
            _draw_footer(
                painter, furniture, page_label(index + 1, pages, lang), body.width() * scale, body.height() * scale
            )
    finally:
        painter.end()
    del writer  # finishes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"the PDF was not written to {path}")


def _without_ligatures(font: QFont) -> QFont:
    """``font`` drawing "ffi" and "fl" as their letters: a ligature is one glyph in the PDF, whose
    text then reads "griﬃer", which a search for "griffier" (and a screen reader) does not find."""
    plain = QFont(font)
    for tag in ("liga", "clig", "dlig"):
        plain.setFeature(QFont.Tag(tag), 0)
    return plain


def _page_bottom(lines: list[_Line], top: float, next_top: float | None, height: float) -> float:
    """The page's lower cut: the next page's top, or below the last line for the last page."""
    if next_top is not None:
        return next_top
    return max([line.bottom for line in lines if line.top >= top] + [top + height])


def _draw_body(painter: QPainter, document: QTextDocument, top: float, bottom: float, width: float) -> None:
    """The part of the column from ``top`` to ``bottom``. The clip handed to the layout is kept a
    hair inside the cut, so Qt (which draws every line that touches its clip) draws none of the
    lines that belong to the pages before and after."""
    painter.save()
    painter.translate(0, -top)
    visible = QRectF(0, top, width, bottom - top)
    painter.setClipRect(visible)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = visible.adjusted(0, 0.5, 0, -0.5)
    context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    document.documentLayout().draw(painter, context)
    painter.restore()


def _draw_header(painter: QPainter, font: QFont, title: str, when: str, width: float) -> None:
    """The dossier's title at the left and the date at the right, in the top margin, over a rule."""
    metrics = QFontMetricsF(font, painter.device())
    baseline = -MARGINS_MM.top() * _DEVICE_PER_MM / 2
    date_width = metrics.horizontalAdvance(when)
    shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(width - date_width - 6 * _DEVICE_PER_MM, 0))
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(90, 90, 90))
    painter.drawText(QPointF(0, baseline), shown)
    painter.drawText(QPointF(width - date_width, baseline), when)
    painter.setPen(QPen(QColor(160, 160, 160), 0.5 * RESOLUTION_DPI / 72))
    rule = baseline + metrics.descent() + metrics.leading() + RESOLUTION_DPI / 72
    painter.drawLine(QPointF(0, rule), QPointF(width, rule))
    painter.restore()


def _draw_footer(painter: QPainter, font: QFont, label: str, width: float, height: float) -> None:
    """The page number, centred in the bottom margin."""
    metrics = QFontMetricsF(font, painter.device())
    baseline = height + MARGINS_MM.bottom() * _DEVICE_PER_MM / 2 + metrics.ascent() / 2
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(90, 90, 90))
    painter.drawText(QPointF((width - metrics.horizontalAdvance(label)) / 2, baseline), label)
    painter.restore()
