"""Text out of a PDF with PDFium (through pypdfium2, no GUI toolkit): page by page, with the
layout cues the reader needs.

PDFium gives each character of a page with its box. Characters are gathered into lines (PDFium's
own line breaks, and a new visual row wherever the boxes jump down and back to the left: PDFium
sometimes runs the short last line of a paragraph and the next line together), and from the
boxes come the two cues plain text lacks:

* a vertical gap clearly larger than the usual line step is a paragraph break (written as a blank
  line, as in the text files the reader already copes with);
* a line whose type is clearly taller than the body text is a heading (written as a Markdown
  heading, bigger text a higher level). The boxes are PDFium's "loose" ones, from the font's
  ascent and descent, so a line's height is its type size whatever letters it holds;
* a numbered line set further in than the page's text is written with spaces before it, as
  many as the reader counts columns, so that a sub-point stays a sub-point.

A line break PDFium puts between two glyphs that follow one another on one row (as it does in
some generated PDFs, letter by letter) is no line break.

Lines that repeat at the top or the bottom of most pages (running headers and footers, page
numbers) are dropped. The result is a list of Markdown-ish page texts; ``formats`` turns them
into a document with the shared reader and keeps a page map.

No Qt here: reading a PDF needs no application object (the window shows a PDF's pages with
QtPdf, in ``ui``).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, replace
from typing import Any

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.reading import LIGATURES, letterhead_field, point_label

MIN_TEXT_CHARS = 20  # fewer letters than this in the whole file: a scan without a text layer
# A dense A4 page of small type holds some 10,000 characters, a poster a few times that; far more
# is hidden or generated text, and looking at each character takes seconds per million.
MAX_PAGE_CHARS = 200_000
GAP_FACTOR = 1.45  # a step this many times the usual line step is a paragraph break
HEADING_FACTOR = 1.22  # glyphs this many times taller than the body's are a heading
# A heading line this close under a heading line of the same size is the same heading, wrapped: a
# line step of large type is larger than the body's and read as a paragraph break, which made a
# title over three lines three headings (and the document's title its first line only).
WRAPPED_HEADING_STEP = 1.6
_DIGITS = re.compile(r"\d+")
_SOFT_HYPHEN_CODES = {0x02: "-", 0xAD: "-"}  # PDFium's mark for a hyphen that ends a line


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    top: float
    height: float
    bold: bool = False  # every letter and digit of it in a bold font
    left: float = 0.0  # where its first glyph starts, from the page's left edge
    beside: bool = False  # it goes on the line before on the same row, after a gap (``CELL_GAP``)
    cells: tuple[tuple[float, str], ...] = ()  # a table's row: each cell's left edge and text
    spaced: bool = False  # its cells are pieces of a line with gaps: a table's row only among rows


# Font names of bold faces: "Arial-BoldMT", "ABCDEF+Calibri-Bold", "Verdana,Bold", "Lato-Black".
# PDFium's font weight is often missing or wrong (Qt's PDFs give 215 for every font); the name
# is what a PDF always has.
_BOLD_FONT = re.compile(rb"bold|black|heavy|semibold|demibold", re.IGNORECASE)
_TERMINAL = (".", "!", "?", ":", ";")


def _page_lines(page: Any, name: str, number: int) -> list[_Line]:
    """The page's lines with their position (from the top of the page) and type size."""
    import ctypes

    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        if count > MAX_PAGE_CHARS:
            raise UserFacingError("pdf_too_dense", name=name, page=number, count=count, limit=MAX_PAGE_CHARS)
        page_width = page_height = full_height = page.get_height()
        turn = page.get_rotation() % 360  # a page shown turned: its glyphs' boxes as they are seen
        if turn:
            page_width = page.get_width()
            if turn in (90, 270):
                page_height = page_width
        lines: list[_Line] = []
        chars: list[str] = []
        tops: list[float] = []
        heights: list[float] = []
        lefts: list[float] = []  # the left edge of the line's first glyph (one at most)
        last: tuple[float, float, float, float] | None = None  # left, centre, height, right of the last glyph
        letter: tuple[float, float] | None = None  # foot and height of the line's last letter
        chars_sized = False  # the line's boxes so far are of letters or digits
        font = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        weights = [0, 0]  # the line's letters and digits: in a bold font, in all

        beside = [False]  # the next line goes on this one's row, after a gap

        def flush(gap: bool = False) -> None:
            text = " ".join("".join(chars).split())
            bold = weights[1] > 0 and weights[0] == weights[1]
            if text:
                if tops:
                    lines.append(_Line(text, min(tops), max(heights), bold, lefts[0] if lefts else 0.0, beside[0]))
                    beside[0] = gap
                else:  # no glyph box at all: just under the line before
                    previous = lines[-1] if lines else None
                    lines.append(
                        _Line(
                            text,
                            previous.top + 1 if previous else 0.0,
                            previous.height if previous else 0.0,
                            bold,
                            previous.left if previous else 0.0,
                        )
                    )
                    beside[0] = False
            chars.clear()
            tops.clear()
            heights.clear()
            lefts.clear()
            weights[0] = weights[1] = 0
            nonlocal chars_sized, letter
            chars_sized = False
            letter = None

        broken: tuple[float, float, float, float] | None = None  # the last glyph before PDFium's line break
        for i in range(count):
            code = raw.FPDFText_GetUnicode(textpage.raw, i)
            if code in (0x0A, 0x0D):
                if code == 0x0A:
                    if last is None:
                        flush()
                    else:
                        broken, last = last, None  # the line ends here, unless the next glyph goes right on
                continue
            ch = _SOFT_HYPHEN_CODES.get(code) or (chr(code) if 0 < code < 0x110000 else "")
            if "\ufb00" <= ch <= "\ufb06":  # a ligature: its letters, as the reader writes them
                ch = LIGATURES[ch]
            if not ch:
                continue
            if not ch.isspace():
                box = textpage.get_charbox(i, loose=True)
                left, bottom, right, top = _seen(box, turn, page_width, full_height) if turn else box
                if broken is not None and not (right > left or top > bottom):
                    flush()  # no box to tell: PDFium's line break stands
                    broken = None
                if right > left or top > bottom:
                    height = top - bottom
                    y = page_height - top
                    centre = y + height / 2
                    if (
                        "0" <= ch <= "9"
                        and letter
                        and height < 0.8 * letter[1]
                        and y + height < letter[0] - 0.2 * letter[1]
                    ):
                        continue  # a note's mark, small and raised after a word ("huis¹"): the note is read at the end
                    if broken is not None:
                        size = max(height, broken[2], 1.0)
                        if abs(centre - broken[1]) > 0.3 * size or not -0.3 * size <= left - broken[3] <= 0.6 * size:
                            flush()  # PDFium's line break stands
                        else:  # a break inside a row of glyphs that follow one another ("Uit" / "g")
                            last = broken
                            if left - broken[3] > 0.15 * size and chars and not chars[-1].isspace():
                                chars.append(" ")  # where the break stood for the space between two words
                        broken = None
                    if last is not None:
                        jump = abs(centre - last[1])
                        size = max(height, last[2], 1.0)
                        if jump > 1.5 * size or (
                            jump > 0.6 * size and (left <= last[0] - 1 or left > last[3] + 3 * size)
                        ):
                            flush()  # the glyphs went on on the next visual row (or far off on a lower one: a page number)
                        elif left > last[3] + CELL_GAP * size:
                            # far to the right on the same row: the next cell of a table (see _table_rows)
                            flush(gap=True)
                    if ch.isalnum() or not tops:  # a bullet in a symbol font is no type size
                        if tops and not chars_sized:
                            tops.clear()
                            heights.clear()
                        chars_sized = chars_sized or ch.isalnum()
                        tops.append(y)
                        heights.append(height)
                    if not lefts:
                        lefts.append(left)
                    if ch.isalpha():
                        letter = (y + height, height)  # the foot and size of the line's last letter
                    last = (left, centre, height, right)
                if ch.isalnum():
                    weights[1] += 1
                    if weights[0] + 1 == weights[1]:  # all bold so far: is this one too?
                        raw.FPDFText_GetFontInfo(textpage.raw, i, font, len(font), ctypes.byref(flags))
                        weights[0] += raw.FPDFText_GetFontWeight(textpage.raw, i) >= 600 or bool(
                            _BOLD_FONT.search(font.value)
                        )
            chars.append(ch)
        flush()
    finally:
        textpage.close()
    return _mend(_reading_order(_on_the_page(lines, page_height)))


def _on_the_page(lines: list[_Line], height: float) -> list[_Line]:
    """The lines that can be seen: not above the page's top or below its foot. A layout engine
    draws a line that does not fit at a page's foot again at the next one's, clipped off above
    its top (Qt does, for a table's row cut by the page break); read, that copy ran the cut
    row's cells into each other. Only where most lines are on the page (its box at the origin)."""
    inside = [line for line in lines if line.top + line.height > 0 and line.top < height]
    return inside if 2 * len(inside) > len(lines) else lines


def _seen(box: tuple[float, float, float, float], turn: int, width: float, height: float) -> tuple[float, ...]:
    """A glyph's box (left, bottom, right, top) as it is seen on a page shown turned by ``turn``
    degrees clockwise (its /Rotate), in the turned page's own coordinates."""
    left, bottom, right, top = box
    if turn == 90:
        return bottom, width - right, top, width - left
    if turn == 180:
        return width - right, height - top, width - left, height - bottom
    if turn == 270:
        return height - top, left, height - bottom, right
    return box


def _reading_order(lines: list[_Line]) -> list[_Line]:
    """The lines top to bottom when the page was written bottom to top (its lines drawn last to
    first): most steps from one line to the next go up the page. A page in columns, written column
    by column, steps down with one step up between them, and stays as it is."""
    up = sum(1 for a, b in zip(lines, lines[1:], strict=False) if b.top < a.top - 1)
    down = sum(1 for a, b in zip(lines, lines[1:], strict=False) if b.top > a.top + 1)
    if up > 2 * down and up >= 3:  # (a row's pieces, drawn last to first, are no longer beside each other)
        return [replace(line, beside=False) for line in reversed(lines)]
    return lines


_MARKER_ONLY = re.compile(r"^(?:[•·▪◦‣►–*o\uf0b7\uf0a7\uf076\uf0d8\uf0a8\uf0fc\uf06e\uf071-]|\d{1,4}[.)])$")
_LEADING_STOP = re.compile(r"^([.,;:!?)\]”’]+)(?:\s+|$)")


def _mend(lines: list[_Line]) -> list[_Line]:
    """Undo two slips of laying text lines over glyph rows. A list marker that pdfium gives as
    a text line of its own ("•", "3.") belongs before the line that follows it; and a glyph the
    count pushed to the next line (the full stop of a paragraph, now in front of the heading
    after it: ". Kern van de zaak") goes back to the end of the line before."""
    out: list[_Line] = []
    pending_marker: _Line | None = None
    for line in lines:
        text = line.text
        if pending_marker is not None:
            text = f"{pending_marker.text} {text}"
            line = _Line(
                text, pending_marker.top, max(pending_marker.height, line.height), line.bold, pending_marker.left
            )
            pending_marker = None
        if _MARKER_ONLY.match(text) and not line.beside:  # (beside a label: a cell's "-", no marker)
            pending_marker = line
            continue
        stop = _LEADING_STOP.match(text)
        if stop and out and not out[-1].text.endswith(stop.group(1)):
            before = out[-1]
            out[-1] = _Line(before.text + stop.group(1), before.top, before.height, before.bold, before.left)
            text = text[stop.end() :]
            if not text:
                continue
            line = _Line(text, line.top, line.height, line.bold, line.left)
        out.append(line)
    if pending_marker is not None:
        out.append(pending_marker)
    return out


_LIST_ITEM = re.compile(r"^(?:\(?\d{1,4}[.)]|[•▪◦\uf0b7\uf0a7\uf076\uf0d8*–-])\s")


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", text.lower())


Furniture = set[str | tuple[str, int]]  # keys of running lines; with a type size: only in that size


def _furniture(line: _Line, drop: Furniture) -> bool:
    key = _furniture_key(line.text)
    return key in drop or (key, round(line.height)) in drop


def _running_lines(pages: list[list[_Line]]) -> Furniture:
    """Keys of lines standing first or last on at least half of the pages (headers, footers),
    or on both pages of a two-page document (a letter's running header) in the same type: a
    title in large type on page 1 repeated as the small header of page 2 stays. A letter's
    running header is often left off its first page: a line at the edge of every page after the
    first (two or more), in the same type, is one too (and only in that type: the same words in
    large type on page 1 stay, unless they stand on three pages). List items are never furniture: the items of a long
    list stand at every page's edge and differ only in their numbers; nor are points' labels
    ("Uitgangspunt 3" at the top of each slide of a presentation)."""

    def point(line: _Line) -> bool:  # a list item, or a point's label at a slide's top ("Uitgangspunt 3")
        return _LIST_ITEM.match(line.text) is not None or point_label(line.text)

    def edge(lines: list[_Line]) -> list[_Line]:
        return [line for line in lines[:2] + lines[-2:] if not point(line)]

    def keys(lines: list[_Line]) -> set[tuple[str, int]]:
        return {(_furniture_key(line.text), round(line.height)) for line in lines if not point(line)}

    if len(pages) == 2:  # at the same edge of both: a line at the foot of one and the head of the
        # other is a table's row cut by the page break (drawn on both pages), not a running line
        first, second = pages
        same = (keys(first[:2]) & keys(second[:2])) | (keys(first[-2:]) & keys(second[-2:]))
        return {key for key, _height in same}
    if len(pages) < 3:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        for key in {_furniture_key(line.text) for line in edge(lines)}:
            counts[key] = counts.get(key, 0) + 1
    drop: Furniture = {k for k, n in counts.items() if n >= max(3, len(pages) // 2)}
    for side in (slice(0, 2), slice(-2, None)):  # at the head of every later page, or at the foot of every one
        later = [
            {(_furniture_key(line.text), round(line.height)) for line in lines[side] if not point(line)}
            for lines in pages[1:]
        ]
        drop.update(later[0].intersection(*later[1:]))
    return drop


_NOTE_MARK = re.compile(r"^(?:\d{1,3}|[*†‡])\s*\S")
NOTE_FACTOR = 0.85  # type this much smaller than the body's at a page's foot is a footnote's


def _footnotes(pages: list[list[_Line]], body: float, drop: Furniture) -> list[str]:
    """Take the footnotes off the foot of every page and return them, one text each, to stand
    after the document: in the page's flow a footnote cut the paragraph that goes on on the next
    page in two and stood in it, mid-sentence ("... de inzet van" / "1 Zie artikel 2.1 ..." /
    "uren."). A footnote is the run of lines in small type below the page's text, the first
    opening with its number (or asterisk); the page's furniture around it is left where it is."""
    notes: list[str] = []
    for lines in pages:
        small: list[int] = []
        for k in range(len(lines) - 1, 0, -1):
            if _furniture(lines[k], drop):
                continue
            if lines[k].height >= NOTE_FACTOR * body or lines[k].height <= 0:
                break
            small.append(k)
        small.reverse()
        while small and not _NOTE_MARK.match(lines[small[0]].text):
            small.pop(0)  # small type that opens with no mark: not a note's start
        if not small or small[0] == 0:
            continue
        page_notes: list[str] = []
        for k in small:
            if _NOTE_MARK.match(lines[k].text) or not page_notes:
                page_notes.append(lines[k].text)
            else:
                page_notes[-1] += " " + lines[k].text
        notes.extend(page_notes)
        keep = set(small)
        lines[:] = [line for k, line in enumerate(lines) if k not in keep]
    return notes


# The head of a letter's later page: "GR Jeugdhulp - Beleidskader 2024 - Kenmerk DVO/2023/0142",
# "Ons kenmerk 2023-12 | pagina 2".
_PAGE_HEAD = re.compile(
    r"(?:^|\s[-–|·•]\s|\t)(?:Ons\s+|ons\s+)?[Kk]enmerk\b\s*:?\s*\S*\d|(?:^|\s)[Pp]agina\s+\d{1,4}(?:\s+van\s+\d{1,4})?\s*$"
)


def _letters_kept(pages: list[list[_Line]], drop: Furniture) -> int:
    """The letters of the lines that are not dropped as running headers or footers."""
    return sum(
        sum(map(str.isalpha, line.text))
        for lines in pages
        for i, line in enumerate(lines)
        if not ((i < 2 or i >= len(lines) - 2) and _furniture(line, drop))
    )


def _drop_page_heads(pages: list[list[_Line]]) -> None:
    """The first line of a page after the first that names the letter's kenmerk or the page, as a
    letter's running header does when it stands on its second page only: with nothing to repeat
    it, it was read into the paragraph that the page break cut ("We versterken de GR Jeugdhulp
    ... Kenmerk DVO/2023/0142 pedagogische basis")."""
    for lines in pages[1:]:
        if (
            lines
            and len(lines[0].text) <= 200
            and _PAGE_HEAD.search(lines[0].text)
            and not _LIST_ITEM.match(lines[0].text)
        ):
            del lines[0]


def _drop_clipped_repeats(pages: list[list[_Line]], drop: Furniture) -> None:
    """A line at the foot of a page that is also the first line of the next page was drawn twice
    (once clipped off, as Qt and other layout engines do with a line that does not fit); pdfium
    extracts clipped text too, so the clipped copy is dropped."""
    for before, after in zip(pages, pages[1:], strict=False):
        first = next((line for line in after if not _furniture(line, drop)), None)
        if first is None:
            continue
        for i in range(len(before) - 1, max(-1, len(before) - 4), -1):
            if before[i].text == first.text:
                del before[i]
                break


def _page_markdown(
    lines: list[_Line], step: float, body_height: float, sizes: list[float], drop: Furniture, bold: bool = True
) -> str:
    """One page as Markdown-ish text. ``bold``: whether lines all in bold type are set apart
    (not where the body text itself is bold): lines in bold that start a paragraph stand as a
    paragraph of their own, so that a bold title set in the body's size close above its text
    (in a narrow column, where a short title fills the line) does not run into the sentence under
    it. Whether it is a heading the reader says, as of any short line standing on its own."""
    out: list[str] = []
    previous: _Line | None = None
    margin = _margin(lines)
    heading = ""  # the Markdown marker of the heading on the line before, if it was one
    in_bold = False  # the lines since the last paragraph start are bold
    for i, line in enumerate(lines):
        edge = i < 2 or i >= len(lines) - 2
        if edge and _furniture(line, drop):
            continue
        text = line.text
        gap = previous is not None and step > 0 and line.top - previous.top > GAP_FACTOR * step
        if body_height > 0 and line.height > HEADING_FACTOR * body_height and len(text) <= 200:
            level = 1 + next((k for k, s in enumerate(sizes) if line.height >= s), len(sizes) - 1)
            marker = "#" * min(level, 4)
            if heading and _heading_goes_on(previous, line, out):
                out[-2] = _heading_line(out[-2], text)  # a heading too long for one line: its next line
            else:
                if gap:
                    out.append("")
                out.extend(["", f"{marker} {text}", ""])
            heading = marker
            in_bold = False
        elif heading and _heading_goes_on(previous, line, out):
            out[-2] = _heading_line(out[-2], text)  # the title's next line, smaller than its number
        else:
            starts = previous is None or gap or heading != "" or previous.text.endswith(_TERMINAL)
            if bold and line.bold and (in_bold or starts):
                if not in_bold and not gap and out and out[-1]:
                    out.append("")  # a bold title after a paragraph's last line
                in_bold = True
            elif in_bold:
                if not gap:
                    out.append("")  # the text under a bold title
                in_bold = False
            if gap:
                out.append("")
            out.append(_set_in(text, line.left - margin, body_height))
            heading = ""
        previous = line
    return "\n".join(out)


CELL_GAP = 1.0  # a gap on a row this wide, in the type's size, parts a table's cells (a word space is a third)
TABLE_CELL_LINES = 8  # a table's cell holds a few lines; a column of a page layout holds many


def _table_rows(lines: list[_Line]) -> list[_Line]:
    """A table's rows as the reader reads a table's rows ("| 1 | Iedereen doet mee | Iedere
    inwoner heeft een plan ... |"), each of its cells whole. A table is drawn cell by cell: a
    cell's lines one under the other, then the next cell's, back up at the row's top and further
    right. Read line by line, the cells of a row ran into each other ("1 Iedereen doet mee naar"
    / "vermogen" / "Iedere inwoner ...") and a title wrapped in its cell was cut. Rows of two
    cells or more that start at the same height, none of more than ``TABLE_CELL_LINES`` lines
    (the columns of a page's layout are longer), become one line each; a number alone before
    the first cell's text is a cell of its own (the number column, read on the title's line)."""
    out: list[_Line] = []
    rows: dict[int, tuple[bool, _Line]] = {}  # rows among ``out``: whether a cell wraps, the row on one line
    i, n = 0, len(lines)
    while i < n:
        first = lines[i]
        cells: list[list[_Line]] = [[first]]
        j = i + 1
        while j < n and len(cells[-1]) <= TABLE_CELL_LINES:
            line, cell, last = lines[j], cells[-1], cells[-1][-1]
            size = max(line.height, last.height, 1.0)
            if 0 < line.top - last.top <= WRAPPED_HEADING_STEP * size and cell[0].left - size <= line.left:
                if len(cells) > 1 and line.left >= cells[-1][0].left + 4 * size and len(cell) == 1:
                    break
                cell.append(line)  # the cell's next line
            elif abs(line.top - first.top) <= 0.3 * size and line.left > cell[0].left + size:
                cells.append([line])  # the next cell of the row, back up at its top, further right
            else:
                break
            j += 1
        if (
            (
                len(cells) < 2
                or any(len(cell) > TABLE_CELL_LINES for cell in cells)
                or (len(cells) == 2 and len(cells[0]) == len(cells[1]) == 1)
            )
            and i + 1 < n
            and lines[i + 1].beside
        ):
            across = _row_across(lines, i)  # a table written line by line across its cells
            if across is not None:
                cells, j = across
        if (
            len(cells) < 2
            or any(len(cell) > TABLE_CELL_LINES for cell in cells)
            or (len(cells) == 2 and len(cells[0]) == len(cells[1]) == 1)
            or any(letterhead_field(cell[0].text) for cell in cells)
        ):
            # no table (a letterhead's fields are read as such): the pieces of one row stand on
            # one line, as they did ("Datum:  14 mei 2024")
            k = i + 1
            while k < n and lines[k].beside:
                k += 1
            if k > i + 1:
                text = " ".join(line.text for line in lines[i:k])
                bold = all(line.bold for line in lines[i:k])
                pieces = () if any(letterhead_field(line.text) for line in lines[i:k]) else lines[i:k]
                cells_of = tuple((line.left, line.text) for line in pieces)  # a row of a table, if it stands in one
                height = max(line.height for line in lines[i:k])
                first = _Line(text, first.top, height, bold, first.left, cells=cells_of, spaced=bool(cells_of))
            out.append(first)
            i = k
            continue
        cells = [part for cell in cells for part in _bold_lead(cell)]
        texts = [" ".join(line.text for line in cell) for cell in cells]
        number = _NUMBER_CELL.match(texts[0])
        if number is not None:
            texts[:1] = [number.group(1), number.group(2)]
        bold = all(line.bold for cell in cells for line in cell)
        text = "| " + " | ".join(t.replace("|", "/") for t in texts) + " |"
        plain = _Line(" ".join(texts), first.top, first.height, bold, first.left)
        rows[len(out)] = (any(len(cell) > 1 for cell in cells), plain)
        lefts = [cell[0].left for cell in cells]
        if number is not None:  # the number read off the first cell stands at its left
            lefts[:1] = [lefts[0], lefts[0] + first.height]
        out.append(_Line(text, first.top, first.height, bold, first.left, cells=tuple(zip(lefts, texts, strict=True))))
        i = j
    for k, (wraps, plain) in rows.items():  # a row alone, none of its cells wrapped: a line with gaps
        if not wraps and k - 1 not in rows and k + 1 not in rows:
            out[k] = replace(plain, cells=out[k].cells, spaced=True)  # a table's row only among rows
    return out


_BARE_NUMBER = re.compile(r"^\(?\d{1,3}[.)]?$")
_NUMBER_AT_END = re.compile(r"^(.*\S)\s+(\(?\d{1,3}[.)]?)$")


def _aligned_tables(pages: list[list[_Line]], drop: Furniture) -> None:
    """A table's rows cell for cell under its columns, in place. A cell that spans rows (a theme
    beside its points: "Opwek | 1 | ..." then "2 | ...", "3 | ...") is drawn on its first row
    only, so the rows under it lack their first cells and their numbers stood first, in the
    theme's place. A row with fewer cells than the table's fullest rows gets its cells placed
    under the columns they start in, empty ones where a cell spans from above ("|  | 2 | ..."); a
    number run into the cell before it ("Samenleving 6", a theme filling its column) is put
    back in the number column; and the first row of a page under a table cut by the page break,
    empty in the columns up to the number, is the last row's end ("tempo" under
    "Netcapaciteit bepaalt het"), put back into that row."""
    tables: list[list[tuple[int, int]]] = []  # each table's rows: (page, line)
    open_at_end = False  # the last page's last line was a table's row
    for p, lines in enumerate(pages):
        body = [k for k, line in enumerate(lines) if not _furniture(line, drop)]
        run: list[tuple[int, int]] = []
        first_row = next((n for n, k in enumerate(body) if lines[k].cells and not lines[k].spaced), None)
        if open_at_end and tables and first_row is not None and first_row <= TABLE_CELL_LINES:
            # a table going on from the page before, perhaps after the end of one cell of its
            # cut row (the lines of a cell longer than the others')
            run = [*tables.pop(), *((p, k) for k in body[:first_row])]
            body = body[first_row:]
        for position, k in enumerate(body):
            line = lines[k]
            if line.cells and not line.spaced:
                run.append((p, k))
                continue
            if line.cells and run:  # a row of single-line cells, in a table of rows (two) or before one
                after = lines[body[position + 1]] if position + 1 < len(body) else None
                if sum(1 for q, r in run if not pages[q][r].spaced) >= 2 or (
                    after and after.cells and not after.spaced
                ):
                    run.append((p, k))
                    continue
            if run:
                tables.append(run)
                run = []
        open_at_end = bool(run)
        if run:
            tables.append(run)
    gone: set[tuple[int, int]] = set()
    for table in tables:
        gone.update(_align_table(pages, table))
    for p in {q for q, _k in gone}:
        pages[p] = [line for k, line in enumerate(pages[p]) if (p, k) not in gone]


def _align_table(pages: list[list[_Line]], table: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """One table of :func:`_aligned_tables`; returns the rows merged into the row before."""
    rows = [pages[p][k] for p, k in table]
    width = max(len(row.cells) for row in rows)
    full = [row for row in rows if len(row.cells) == width]
    if width < 3 or sum(1 for row in rows if row.cells) < 3:
        return set()
    columns = [statistics.median(row.cells[c][0] for row in full) for c in range(width)]
    size = statistics.median(row.height for row in rows)
    if any(b - a < 1.5 * size for a, b in zip(columns, columns[1:], strict=False)):
        return set()  # cells set closer than a few letters: no columns to place them under
    numbered = [sum(1 for row in full if _BARE_NUMBER.match(row.cells[c][1])) for c in range(width)]
    number_column = max(range(width), key=numbered.__getitem__) if max(numbered) >= 2 else None
    placed: list[list[str] | None] = []
    for row in rows:
        if len(row.cells) == width:
            placed.append([text for _left, text in row.cells])
            continue
        texts = [""] * width
        last = -1
        for left, text in row.cells or ((row.left, row.text),):  # a line of a cell alone
            column = min(range(width), key=lambda c: abs(columns[c] - left))
            if column <= last or abs(columns[column] - left) > 2 * size:
                break
            texts[column], last = text, column
        else:
            if number_column is not None and number_column > 0 and not texts[number_column]:
                run_in = _NUMBER_AT_END.match(texts[number_column - 1])
                if run_in is not None and not _BARE_NUMBER.match(texts[number_column - 1]):
                    texts[number_column - 1], texts[number_column] = run_in.group(1), run_in.group(2)
            placed.append(texts)
            continue
        placed.append(None)  # its cells fit no columns: left as it was read
    merged: set[tuple[int, int]] = set()
    into = 0  # the row the rows merged go into
    page, joined = table[0][0], False  # the page of the row before, and whether it was merged
    upto = number_column if number_column is not None else 0
    for index in range(1, len(rows)):
        p, k = table[index]
        if rows[index].cells and rows[index].text == rows[0].text and p != table[0][0]:
            continue  # the header repeated on the next page: the cut row goes on under it
        row_texts, before = placed[index], placed[into]
        going_on = p != page or (joined and not rows[index].cells)  # or a cell's next line
        joined = going_on and row_texts is not None and before is not None and not any(row_texts[: upto + 1])
        if joined:
            assert row_texts is not None and before is not None
            placed[into] = [" ".join(filter(None, pair)) for pair in zip(before, row_texts, strict=True)]
            placed[index] = None
            merged.add((p, k))
        else:
            into = index
        page = p
    for index, (p, k) in enumerate(table):
        row_texts = placed[index]
        if row_texts is not None and rows[index].cells and (p, k) not in merged:
            text = "| " + " | ".join(t.replace("|", "/") for t in row_texts) + " |"
            pages[p][k] = replace(pages[p][k], text=text)
    return merged


def _bold_lead(cell: list[_Line]) -> list[list[_Line]]:
    """A cell whose first lines are bold and the rest not ("U1" | bold "Het kind en het gezin
    staan centraal" over its explanation): the title and its explanation, as two cells (read as
    one, the title ran into the explanation's first sentence)."""
    lead = 0
    while lead < len(cell) and cell[lead].bold:
        lead += 1
    if 0 < lead < len(cell) and not any(line.bold for line in cell[lead:]):
        return [cell[:lead], cell[lead:]]
    return [cell]


def _row_across(lines: list[_Line], i: int) -> tuple[list[list[_Line]], int] | None:
    """A table's row written line by line across its cells (a title beside its explanation, each
    wrapping in its column: "1 Iedere school een vast" / "Elke school ... heeft een" /
    "jeugdteam" / "vaste contactpersoon ..." / "op school aanwezig ..."): its cells, each line in
    the column it starts in, and where the row ends (a step wider than a line's, or a line in no
    column), or None. A title's next line starts in lower case; a line starting with a capital in
    the first column is the next row's (a table of fields, "Onderwerp" / "Raadsvergadering")."""
    n = len(lines)
    k = i + 1
    while k < n and lines[k].beside:
        k += 1
    cells = [[line] for line in lines[i:k]]
    lefts = [line.left for line in lines[i:k]]
    top = lines[i].top
    j = k
    while j < n:
        line = lines[j]
        size = max(line.height, 1.0)
        same_row = abs(line.top - top) <= 0.3 * size
        if not (same_row or 0 < line.top - top <= WRAPPED_HEADING_STEP * size):
            break
        column = min(range(len(lefts)), key=lambda c: abs(lefts[c] - line.left))
        if abs(lefts[column] - line.left) > 2 * size or (column == 0 and not line.text[:1].islower()):
            break
        cells[column].append(line)
        if len(cells[column]) > TABLE_CELL_LINES:
            return None
        if not same_row:
            top = line.top
        j += 1
    if all(len(cell) == 1 for cell in cells):
        return None
    return cells, j


_NUMBER_CELL = re.compile(r"^(\(?\d{1,3}[.)]?)\s+(\S.*)$")
_NUMBERED_LINE = re.compile(r"^\(?\d{1,4}[.)]\s")
_NUMBER_FIRST = re.compile(r"^\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s")


def _heading_line(heading: str, line: str) -> str:
    """A heading with its next line: after a hyphen ending a word the word goes on, the hyphen
    kept before a capital ("Noord-" / "Holland"), dropped before a small letter ("ontwikke-" /
    "ling"); else after a space."""
    if len(heading) > 1 and heading.endswith("-") and heading[-2].isalpha() and line[:1].isalpha():
        return heading + line if line[0].isupper() else heading[:-1] + line
    return f"{heading} {line}"


def _heading_goes_on(previous: _Line | None, line: _Line, out: list[str]) -> bool:
    """Whether ``line`` is the next line of the heading on the line before (its Markdown is
    ``out[-2]``): close under it and as tall, or, under a heading whose number is set larger than
    its title ("01" beside "Beter inzetten eigen kracht en" / "netwerk gezin"), in the title's
    bold type, set in under the title's first word."""
    if previous is None or not 0 < line.top - previous.top <= WRAPPED_HEADING_STEP * previous.height:
        return False
    if len(out) < 2 or len(out[-2]) + len(line.text) > 200:
        return False
    if abs(line.height - previous.height) <= 0.1 * previous.height:
        return True
    return (
        previous.bold
        and line.bold
        and line.height < previous.height
        and line.left > previous.left + 0.5 * line.height
        and _NUMBER_FIRST.match(previous.text) is not None
        and _NUMBER_FIRST.match(line.text) is None  # a numbered sub-heading set in under it is its own
        and not previous.text.endswith(_TERMINAL)
    )


def _margin(lines: list[_Line]) -> float:
    """Where the page's text starts: the leftmost edge that at least two of its lines share (one
    line further out is a note in the margin; a page of a book-like layout stands further in
    than the one before it, so each page has its own)."""
    edges = sorted(round(line.left) for line in lines)
    return float(next((a for a, b in zip(edges, edges[1:], strict=False) if b - a <= 1), edges[0] if edges else 0))


def _set_in(text: str, inset: float, body_height: float) -> str:
    """A numbered line set further in than the page's text, with as many spaces before it as
    the reader counts columns (one to half the type size): the reader takes a number set in at
    least two columns further than the point before it for a sub-point of that point (PDFium's
    text has no indentation; a sub-list looked like more points)."""
    if body_height <= 0 or inset <= 0 or not _NUMBERED_LINE.match(text):
        return text
    return " " * min(int(inset / (0.5 * body_height) + 0.5), 40) + text


def _bucket_sizes(heights: list[float], body: float) -> list[float]:
    """Distinct heading heights, largest first (each a lower bound of its level)."""
    tall = sorted({round(h) for h in heights if h > HEADING_FACTOR * body}, reverse=True)
    merged: list[float] = []
    for h in tall:
        if not merged or merged[-1] - h > 1.5:
            merged.append(h)
        else:
            merged[-1] = h
    return merged[:3] or [HEADING_FACTOR * body]


# A PDF is read in a process of its own, with bounds: PDFium is a large C library, and a hostile
# or broken file can make it take gigabytes or loop. The program then says so, and neither the
# window nor the store is touched. Memory is bounded where the system lets a process bound its
# own (Linux: its address space); time everywhere.
PDF_MEMORY_MB = 2048
PDF_SECONDS = 120.0
CHILD_ARGUMENT = "--read-pdf-in-child"  # the command line's hidden entry for the reading process


def extract_pages(data: bytes, name: str, margins: list[str] | None = None) -> list[str]:
    """The text of every page of a PDF as Markdown-ish text, in page order (page 1 first), read
    in a process of its own within ``PDF_MEMORY_MB`` and ``PDF_SECONDS`` (the environment's
    ``RAADSVIEWER_PDF_MEMORY_MB`` and ``RAADSVIEWER_PDF_SECONDS`` override them).

    ``margins``: given, gets the first page's running lines (its header and footer), dropped
    from the text; a letter's date or kenmerk may stand there (``reading.read_document``).

    Raises ``pdf_unreadable`` for a damaged or encrypted file, ``pdf_no_text`` for a scan
    without a text layer and ``pdf_too_heavy`` when reading it passes the bounds.
    """
    import json
    import os
    import subprocess
    import sys
    import tempfile

    memory = int(os.environ.get("RAADSVIEWER_PDF_MEMORY_MB", PDF_MEMORY_MB))
    seconds = float(os.environ.get("RAADSVIEWER_PDF_SECONDS", PDF_SECONDS))
    if getattr(sys, "frozen", False):  # the bundle: its own program is the way in
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "raadsviewer"]
    with tempfile.TemporaryDirectory(prefix="raadsviewer-pdf-") as folder:
        source, result = os.path.join(folder, "in.pdf"), os.path.join(folder, "out.json")
        with open(source, "wb") as file:
            file.write(data)
        try:
            subprocess.run(
                [*command, CHILD_ARGUMENT, source, result, name, str(memory)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=seconds,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise UserFacingError("pdf_too_heavy", name=name, reason=f"> {seconds:g} s") from None
        try:
            with open(result, encoding="utf-8") as file:
                answer = json.load(file)
        except (OSError, ValueError):  # no answer: it ran out of memory (or was ended)
            raise UserFacingError("pdf_too_heavy", name=name, reason=f"> {memory} MB") from None
    if "pages" in answer:
        if margins is not None:
            margins.extend(str(line) for line in answer.get("margins") or ())
        return [str(page) for page in answer["pages"]]
    raise UserFacingError(str(answer["code"]), **answer["params"])


def child_main(arguments: list[str]) -> int:
    """The reading process: ``SOURCE RESULT NAME MEMORY_MB``. Writes ``{"pages": [...], "margins":
    [...]}`` or
    ``{"code": ..., "params": {...}}`` (a refusal) to RESULT; writes nothing when it runs out."""
    import json

    source, result, name, memory = arguments
    _bound_memory(int(memory))
    try:
        margins: list[str] = []
        with open(source, "rb") as file:
            answer: dict[str, Any] = {"pages": extract_pages_here(file.read(), name, margins), "margins": margins}
    except UserFacingError as exc:
        answer = {"code": exc.code, "params": exc.params}
    except MemoryError:
        answer = {"code": "pdf_too_heavy", "params": {"name": name, "reason": f"> {memory} MB"}}
    with open(result, "w", encoding="utf-8") as file:
        json.dump(answer, file, ensure_ascii=False, default=str)  # a refusal's numbers stay numbers
    return 0


def _bound_memory(megabytes: int) -> None:
    """This process's address space at most ``megabytes`` where the system enforces it (Linux);
    elsewhere the time bound and the separate process still keep the program safe."""
    try:
        import resource
    except ImportError:  # Windows
        return
    limit = megabytes * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):  # macOS does not enforce it; a lower hard limit is kept
        pass


def extract_pages_here(data: bytes, name: str, margins: list[str] | None = None) -> list[str]:
    """:func:`extract_pages` in this process, without its bounds (the reading process's work)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UserFacingError("pdf_unreadable", name=name, reason=str(exc)[:200]) from exc
    try:
        if len(document) <= 0:
            raise UserFacingError("pdf_unreadable", name=name, reason="no pages")
        pages = []
        for index in range(len(document)):
            try:
                page = document[index]
            except pdfium.PdfiumError as exc:  # a page PDFium cannot load (a damaged page tree)
                raise UserFacingError("pdf_unreadable", name=name, reason=f"page {index + 1}: {exc}"[:200]) from exc
            try:
                pages.append(_page_lines(page, name, index + 1))
            finally:
                page.close()
    finally:
        document.close()
    return _layout_pages(pages, name, margins)


def _layout_pages(pages: list[list[_Line]], name: str, margins: list[str] | None = None) -> list[str]:
    """Lines of every page -> Markdown-ish page texts: paragraph breaks from the line steps,
    headings from the type sizes, running headers and footers dropped."""
    letters = sum(ch.isalpha() for lines in pages for line in lines for ch in line.text)
    if letters < MIN_TEXT_CHARS:
        raise UserFacingError("pdf_no_text", name=name, pages=len(pages))
    steps = [
        round(b.top - a.top, 1) for lines in pages for a, b in zip(lines, lines[1:], strict=False) if b.top > a.top
    ]
    step = statistics.median_low(steps) if steps else 0.0
    # the usual step is that within paragraphs: the most common one among the smaller half
    if steps:
        small = [s for s in steps if s <= step * 1.2]
        step = max(set(small), key=small.count) if small else step
    heights = [line.height for lines in pages for line in lines if len(line.text) >= 30]
    body = statistics.median(heights) if heights else 0.0
    sizes = _bucket_sizes([line.height for lines in pages for line in lines], body) if body else []
    drop = _running_lines(pages)
    if drop and _letters_kept(pages, drop) < MIN_TEXT_CHARS:
        drop = set()  # the same page over and over: all of it "furniture", nothing left to read
    if margins is not None and drop:  # the first page's running lines: a letter's date or kenmerk may stand there
        first = pages[0]
        margins.extend(
            line.text for k, line in enumerate(first) if (k < 3 or k >= len(first) - 3) and _furniture(line, drop)
        )
    _drop_page_heads(pages)
    _drop_clipped_repeats(pages, drop)
    notes = _footnotes(pages, body, drop) if body else []
    pages = [_table_rows(lines) for lines in pages]
    _aligned_tables(pages, drop)
    long_lines = [line for lines in pages for line in lines if len(line.text) >= 30]
    bold = sum(line.bold for line in long_lines) < 0.5 * len(long_lines)  # the body is not in bold
    texts = [_page_markdown(lines, step, body, sizes, drop, bold) for lines in pages]
    if notes:
        texts[-1] = "\n\n".join([texts[-1], *notes])
    return texts
