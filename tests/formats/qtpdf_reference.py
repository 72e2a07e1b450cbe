"""The former PDF text extractor, on Qt's own PDF module (QtPdf), kept to show that reading PDFs
without Qt (``raadsviewer.formats.pdf``, on pypdfium2) reads nothing worse: the format tests read
every PDF they build with both and compare the principles and sections.

As it was: text out of a PDF with QtPdf, page by page, with the layout cues the reader needs.

pdfium gives each page's text as lines. Qt also gives the bounding box of any run of characters,
and from the boxes come the two cues plain text lacks:

* a vertical gap clearly larger than the usual line step is a paragraph break (written as a blank
  line, as in the text files the reader already copes with);
* a line whose glyphs are clearly taller than the body text is a heading (written as a Markdown
  heading, bigger text a higher level).

Lines that repeat at the top or the bottom of most pages (running headers and footers, page
numbers) are dropped. The result is a list of Markdown-ish page texts; ``formats`` turns them
into a document with the shared reader and keeps a page map.

This is the only module that touches Qt for reading; it needs a QGuiApplication and makes an
offscreen one when there is none.
"""

from __future__ import annotations

import os
import re
import statistics
import tempfile
from dataclasses import dataclass
from pathlib import Path

from raadsviewer.domain.errors import UserFacingError

_app = None  # the QGuiApplication made here, kept alive for the rest of the process

MIN_TEXT_CHARS = 20  # fewer letters than this in the whole file: a scan without a text layer
GAP_FACTOR = 1.45  # a step this many times the usual line step is a paragraph break
HEADING_FACTOR = 1.22  # glyphs this many times taller than the body's are a heading
_DIGITS = re.compile(r"\d+")


def ensure_app() -> None:
    """A Qt application for pdfium's text layout, offscreen when the process has none.

    A QApplication (widgets) where possible, not a bare QGuiApplication: a process that reads a
    PDF first and opens a window later (the CLI's screenshot, a test run) cannot replace it.
    """
    global _app
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        argv = ["raadsviewer", "-platform", os.environ["QT_QPA_PLATFORM"]]
        try:
            from PySide6.QtWidgets import QApplication

            _app = QApplication(argv)
        except ImportError:  # pragma: no cover - PySide6 without widgets
            from PySide6.QtGui import QGuiApplication

            _app = QGuiApplication(argv)


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    top: float
    height: float


def _rows(rects: list) -> list[list]:  # type: ignore[type-arg]
    """Glyph boxes (in reading order) grouped into visual lines by their vertical position."""
    rows: list[list] = []  # type: ignore[type-arg]
    for r in rects:
        if r.height() <= 0 and r.width() <= 0:
            continue
        if rows:
            last = rows[-1][-1]
            centre, last_centre = r.center().y(), last.center().y()
            if abs(centre - last_centre) <= 0.6 * max(r.height(), last.height(), 1.0) or r.left() > last.left() - 1:
                if abs(centre - last_centre) <= 1.5 * max(r.height(), last.height(), 1.0):
                    rows[-1].append(r)
                    continue
        rows.append([r])
    return rows


def _page_lines(document, page: int) -> list[_Line]:  # type: ignore[no-untyped-def]
    """The page's lines with their position and type size.

    pdfium's text comes with line breaks, and one selection of the whole page gives a box per
    glyph (one call: each call costs milliseconds, so never one per line). The boxes are grouped
    into visual lines and the text lines laid over them in order, counting glyphs. pdfium
    sometimes runs the short last line of a paragraph and the next line together: such a text
    line has more glyphs than its visual line and is cut where the glyphs run out (at the space
    before: counts can be one off for a bullet or a ligature).
    """
    text = document.getAllText(page).text()
    if not text.strip():
        return []
    selection = document.getSelectionAtIndex(page, 0, len(text))
    rows = _rows([poly.boundingRect() for poly in selection.bounds()])
    lines: list[_Line] = []
    row_i, used = 0, 0  # the visual line being consumed, and how many of its glyphs are used
    for raw in text.split("\n"):
        body = " ".join(raw.replace("\r", " ").split())
        while body:
            if row_i >= len(rows):
                lines.append(_Line(body, lines[-1].top + 1 if lines else 0.0, lines[-1].height if lines else 0.0))
                break
            row = rows[row_i]
            left = len(row) - used
            glyphs = sum(1 for ch in body if not ch.isspace())
            if glyphs <= left + 1 or left <= 0:  # the rest of the line stands on this visual line
                part, body = body, ""
                taken = glyphs
            else:  # the text line runs on into the next visual line: cut after ``left`` glyphs
                count, cut = 0, len(body)
                for k, ch in enumerate(body):
                    if not ch.isspace():
                        count += 1
                        if count == left:
                            cut = k + 1
                            break
                space = body.rfind(" ", 0, cut + 1)
                if space <= 0 and left <= 3:  # a few glyphs left over by a miscount, not a word:
                    row_i, used = row_i + 1, 0  # the line starts on the next visual line
                    continue
                cut = space if space > 0 and cut - space < 4 else cut
                part, body = body[:cut].strip(), body[cut:].strip()
                taken = left
            boxes = row[used : used + max(1, taken)] or row
            lines.append(_Line(part, min(b.top() for b in boxes), max(b.height() for b in boxes)))
            used += taken
            if used >= len(row) - 1 or body:
                row_i, used = row_i + 1, 0
    return _mend(lines)


_MARKER_ONLY = re.compile(r"^(?:[•·▪◦‣►–-]|\d{1,3}[.)])$")
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
            line = _Line(text, pending_marker.top, max(pending_marker.height, line.height))
            pending_marker = None
        if _MARKER_ONLY.match(text):
            pending_marker = line
            continue
        stop = _LEADING_STOP.match(text)
        if stop and out and not out[-1].text.endswith(stop.group(1)):
            before = out[-1]
            out[-1] = _Line(before.text + stop.group(1), before.top, before.height)
            text = text[stop.end() :]
            if not text:
                continue
            line = _Line(text, line.top, line.height)
        out.append(line)
    if pending_marker is not None:
        out.append(pending_marker)
    return out


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", text.lower())


def _running_lines(pages: list[list[_Line]]) -> set[str]:
    """Keys of lines standing first or last on at least half of the pages (headers, footers)."""
    if len(pages) < 3:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        keys = {_furniture_key(line.text) for line in lines[:2] + lines[-2:]}
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    return {k for k, n in counts.items() if n >= max(3, len(pages) // 2)}


def _drop_clipped_repeats(pages: list[list[_Line]], drop: set[str]) -> None:
    """A line at the foot of a page that is also the first line of the next page was drawn twice
    (once clipped off, as Qt and other layout engines do with a line that does not fit); pdfium
    extracts clipped text too, so the clipped copy is dropped."""
    for before, after in zip(pages, pages[1:], strict=False):
        first = next((line for line in after if _furniture_key(line.text) not in drop), None)
        if first is None:
            continue
        for i in range(len(before) - 1, max(-1, len(before) - 4), -1):
            if before[i].text == first.text:
                del before[i]
                break


def _page_markdown(lines: list[_Line], step: float, body_height: float, sizes: list[float], drop: set[str]) -> str:
    out: list[str] = []
    previous: _Line | None = None
    for i, line in enumerate(lines):
        edge = i < 2 or i >= len(lines) - 2
        if edge and _furniture_key(line.text) in drop:
            continue
        if previous is not None and step > 0 and line.top - previous.top > GAP_FACTOR * step:
            out.append("")
        text = line.text
        if body_height > 0 and line.height > HEADING_FACTOR * body_height and len(text) <= 200:
            level = 1 + next((k for k, s in enumerate(sizes) if line.height >= s), len(sizes) - 1)
            text = f"{'#' * min(level, 4)} {text}"
            out.extend(["", text, ""])
        else:
            out.append(text)
        previous = line
    return "\n".join(out)


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


def extract_pages(data: bytes, name: str) -> list[str]:
    """The text of every page of a PDF as Markdown-ish text, in page order (page 1 first).

    Raises ``pdf_unreadable`` for a damaged or encrypted file and ``pdf_no_text`` for a scan
    without a text layer.
    """
    ensure_app()
    from PySide6.QtPdf import QPdfDocument

    with tempfile.TemporaryDirectory(prefix="raadsviewer-pdf-") as tmp:
        path = Path(tmp) / "in.pdf"
        path.write_bytes(data)
        document = QPdfDocument()
        try:
            error = document.load(str(path))
            if error != QPdfDocument.Error.None_ or document.pageCount() <= 0:
                reason = getattr(error, "name", str(error))
                raise UserFacingError("pdf_unreadable", name=name, reason=reason)
            pages = [_page_lines(document, p) for p in range(document.pageCount())]
        finally:
            document.close()
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
    _drop_clipped_repeats(pages, drop)
    return [_page_markdown(lines, step, body, sizes, drop) for lines in pages]
