"""Reading real file formats into the one clean document model.

Every format is turned into Markdown-ish text (headings as ``#``, numbered items as ``1.``,
bold lines as ``**...**``, paragraphs separated by blank lines) and read by
:func:`raadsviewer.domain.reading.read_document`, so a PDF or a Word file of a text gives the same
blocks, principles and sections as the text itself. PDFs also keep a page map: which offsets of
the clean text stood on which page, so a passage can say "p. 12".

No Qt here: PDFs are read with pypdfium2 (:mod:`raadsviewer.formats.pdf`), Word files with
python-docx.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import DocumentRole, ParsedDocument

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ""})
PDF_SUFFIXES = frozenset({".pdf"})
DOCX_SUFFIXES = frozenset({".docx"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES


@dataclass(frozen=True, slots=True)
class PageSpan:
    """Offsets ``start``..``end`` of the clean text stood on page ``page`` (1-based)."""

    page: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ReadResult:
    parsed: ParsedDocument
    pages: tuple[PageSpan, ...] = ()  # empty when the format has no pages
    source_format: str = "text"  # "text", "pdf" or "docx"


def format_of(name: str) -> str | None:
    suffix = PurePath(name).suffix.lower()
    if suffix in PDF_SUFFIXES:
        return "pdf"
    if suffix in DOCX_SUFFIXES:
        return "docx"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def read_any(data: bytes, *, name: str, role: DocumentRole) -> ReadResult:
    """Read a file of any supported format (chosen by its name's suffix)."""
    from raadsviewer.domain.reading import read_document

    kind = format_of(name)
    if kind is None:
        raise UserFacingError("unsupported_format", name=name, suffix=PurePath(name).suffix.lower())
    if kind == "text":
        return ReadResult(read_document(data, name=name, role=role))
    if not data.strip():
        raise UserFacingError("empty_file", name=name)
    if kind == "docx":
        from raadsviewer.formats.docx import docx_markdown

        if not data.startswith(b"PK"):
            raise UserFacingError("docx_unreadable", name=name, reason="not a Word (.docx) file")
        margins: list[str] = []
        markdown = docx_markdown(data, name, margins)
        if not markdown.strip():
            raise UserFacingError("no_text", name=name)
        # a Word file's text: a line per paragraph, blank lines between (no layout to guess)
        parsed = read_document(
            markdown.encode("utf-8"), name=name, role=role, paragraphs=True, margins="\n".join(margins)
        )
        return ReadResult(parsed, (), "docx")
    from raadsviewer.formats.pdf import extract_pages

    if not data.lstrip()[:5] == b"%PDF-":
        raise UserFacingError("pdf_unreadable", name=name, reason="not a PDF file")
    margins = []
    pages = extract_pages(data, name, margins)
    parsed = read_document(join_pages(pages).encode("utf-8"), name=name, role=role, margins="\n".join(margins))
    return ReadResult(parsed, page_map(parsed, pages), "pdf")


_TERMINAL_END = (".", "!", "?", ":", ";", "”", "’", '"', "'", ")")


def join_pages(pages: list[str]) -> str:
    """The pages' texts as one text. A paragraph a page break cut in two is joined again: when a
    page ends without a full stop and the next one starts with text (not a heading), the two
    lines are written as one paragraph's consecutive lines."""
    out = ""
    for text in pages:
        text = text.strip("\n")
        if not text:
            continue
        last = out.rstrip().rsplit("\n", 1)[-1] if out else ""
        first = text.split("\n", 1)[0]
        if last and not last.startswith("#") and not last.endswith(_TERMINAL_END) and not first.startswith("#"):
            out = out.rstrip() + "\n" + text
        else:
            out = (out + "\n\n" + text) if out else text
    return out


# --- page map ---------------------------------------------------------------------------------


def _key(text: str) -> tuple[str, list[int]]:
    """The letters and digits of a text, lower case, with the offset each came from."""
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isalnum():
            chars.append(ch.lower())
            where.append(i)
    return "".join(chars), where


def page_map(parsed: ParsedDocument, pages: list[str]) -> tuple[PageSpan, ...]:
    """Which offsets of the clean text stood on which page.

    Cleaning joins lines, drops page furniture and markers, but keeps the letters and digits of
    the text in order. So the clean text's letters are walked alongside the pages' letters (each
    block re-synchronised by searching its first letters from where the last one ended), and
    where the page of the raw letter changes, a new page starts in the clean text.
    """
    raw_parts: list[str] = []
    raw_pages: list[int] = []
    for number, text in enumerate(pages, start=1):
        key, _ = _key(text)
        raw_parts.append(key)
        raw_pages.extend([number] * len(key))
    raw = "".join(raw_parts)
    starts: list[tuple[int, int]] = []  # (clean offset, page) where a page begins in the clean text
    cursor = 0
    for block in parsed.blocks:
        key, where = _key(block.text)
        if not key:
            continue
        probe = key[: min(len(key), 40)]
        found = raw.find(probe, cursor)
        if found < 0:
            continue
        i = 0
        while i < len(key) and found + i < len(raw) and raw[found + i] == key[i]:
            page = raw_pages[found + i]
            if not starts or starts[-1][1] != page:
                starts.append((block.start + where[i] if i else block.start, page))
            i += 1
        cursor = found + i
    if not starts:
        return ()
    spans: list[PageSpan] = []
    length = len(parsed.text)
    first = [(0 if n == 0 else off, page) for n, (off, page) in enumerate(starts)]
    for n, (off, page) in enumerate(first):
        end = first[n + 1][0] if n + 1 < len(first) else length
        if spans and spans[-1].page == page:
            spans[-1] = PageSpan(page, spans[-1].start, end)
        elif end > off:
            spans.append(PageSpan(page, off, end))
    return tuple(spans)


def page_at(pages: tuple[PageSpan, ...] | list[PageSpan], offset: int) -> int | None:
    """The page an offset of the clean text stood on, or None without a page map."""
    for span in pages:
        if span.start <= offset < span.end:
            return span.page
    if pages and offset >= pages[-1].end:
        return pages[-1].page
    return None
