"""Reading a council document: bytes -> text -> blocks -> numbered principles and sections.

Council documents reach us as text extracted from PDFs or Word files. That text is messy in
predictable ways: sentences broken over hard line breaks (sometimes with a blank line between every
line), page headers and footers in the middle of a paragraph, headings that are only recognisable
as short lines standing on their own, list numbers in several styles. Everything here works from
structural cues (line length, capitalisation, blank lines, punctuation, numbering continuity,
Markdown markers) so that it copes with documents nobody has seen yet. The only words it knows are
the few that councils use for the list itself: points labelled "Uitgangspunt 3" or "Principe 3",
and a heading such as "Uitgangspunten" above the list.

All passes are linear in the size of the text; no regular expression here can backtrack
quadratically (they are anchored to one line or bounded).

Only the standard library is used: this module must stay importable without Qt or a database.
"""

from __future__ import annotations

import bisect
import codecs
import gc
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from itertools import chain, islice, pairwise
from pathlib import PurePath

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import (
    Block,
    BlockKind,
    DocumentRole,
    ParsedDocument,
    ParsedPrinciple,
    ParsedSection,
)

MAX_FILE_BYTES = 50 * 1024 * 1024
# Paragraphs (blocks) and lines of one text at most. 50 MB of council letters is some 370,000
# paragraphs and a million lines; a file of two million one-word paragraphs took over two minutes
# and 1.4 GB to import, every one of them a block to store and index, and three million one-word
# lines 1.8 GB only to be read. (A Word file has its own, lower bound: formats.docx.MAX_PARAGRAPHS.)
MAX_PARAGRAPHS = 500_000
MAX_LINES = 2_000_000

__all__ = [
    "MAX_FILE_BYTES",
    "clean_blocks",
    "decode_text",
    "find_principles",
    "find_sections",
    "read_document",
]


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------

# Signatures of formats people pick by mistake (PDF, Office, images, archives). Refusing them
# up front gives a clear "not a text file" instead of a page of mojibake.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF-",
    b"PK\x03\x04",  # zip, docx, odt
    b"\xd0\xcf\x11\xe0",  # old Office
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",  # JPEG
    b"\x1f\x8b",  # gzip
    b"BM",
)
# Control bytes that never occur in text (tab, LF, FF, CR and ESC excluded).
_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27)) + b"\x7f"
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_VALID_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects as Windows-1252 (Latin-1 where cp1252 has a hole).

    Used for files that are mostly UTF-8 but had a Windows paste in them: the UTF-8 part must not
    be mangled, and the stray bytes still become the letters the author typed.
    """
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    chars = "".join(
        bytes([b]).decode("latin-1") if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in bad
    )
    return chars, error.end


codecs.register_error("raadsviewer-cp1252", _cp1252_fallback)


def _looks_like_utf16(sample: bytes) -> bool:
    """UTF-16 without a byte-order mark: NUL bytes on one parity of position only."""
    if len(sample) < 4:
        return False
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    return (even > 0.3 * half and odd < 0.05 * half) or (odd > 0.3 * half and even < 0.05 * half)


def _plausible_western(text: str) -> bool:
    """Whether a cp1252/Latin-1 reading looks like Western text rather than mojibake.

    Dutch text has a few accented letters and typographic quotes among mostly ASCII; bytes of
    another encoding (or noise) read as cp1252 give long runs of accented letters and symbols.
    """
    non_space = sum(1 for c in text if not c.isspace())
    if non_space == 0:
        return True
    high = [c for c in text if ord(c) > 127]
    if not high:
        return True
    if len(high) > 0.3 * non_space:
        return False
    if any(0x80 <= ord(c) <= 0x9F for c in high):  # C1 controls: never in real text
        return False
    runs = len(re.findall(r"[^\x00-\x7f\s]{3,}", text))
    return runs <= max(2, len(high) // 20)


def _plausible_utf16(text: str) -> bool:
    """Whether text read as UTF-16 is text: no NULs, and next to no other control characters
    (bytes of something else read two at a time give characters of every kind)."""
    sample = text[:32768]
    if "\x00" in sample:
        return False
    odd = sum(1 for c in sample if not c.isprintable() and not c.isspace())
    return odd <= max(4, len(sample) // 100)


def _decode_8bit(data: bytes, name: str) -> tuple[str, str]:
    """UTF-8, else Windows-1252 when that reads as Western text (see :func:`decode_text`)."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    high = len(_HIGH_BYTE.findall(data))
    utf8_bytes = sum(len(m) for m in _VALID_UTF8_MULTIBYTE.findall(data))
    if utf8_bytes >= 0.5 * high:
        return data.decode("utf-8", errors="raadsviewer-cp1252"), "utf-8"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        # The only bytes cp1252 lacks are C1 controls in Latin-1: not text either.
        raise UserFacingError("unreadable_encoding", name=name) from None
    if not _plausible_western(text):
        raise UserFacingError("unreadable_encoding", name=name) from None
    # Without bytes 0x80-0x9F, cp1252 and Latin-1 read the same: call it Latin-1.
    return text, "cp1252" if re.search(rb"[\x80-\x9f]", data) else "latin-1"


def file_too_large(name: str, size: int) -> UserFacingError:
    """The refusal of a file over ``MAX_FILE_BYTES``, its size in whole MB rounded up: a file a
    few bytes over the limit read "te groot (50 MB); de grens is 50 MB"."""
    mb = 1024 * 1024
    return UserFacingError("file_too_large", name=name, size_mb=-(-size // mb), limit_mb=MAX_FILE_BYTES // mb)


def decode_text(data: bytes, name: str = "") -> tuple[str, str]:
    """Turn a file's bytes into text; returns ``(text, encoding)``.

    UTF-8 (with or without BOM) is tried first, because valid UTF-8 is almost never anything
    else; UTF-16 with a BOM, or without one when its NUL bytes fall on one side of each pair
    (as Notepad's "Unicode" without a mark writes it). Otherwise Windows-1252 (a superset of Latin-1 for printable text) is used if the result
    looks like Western text. Anything else is refused with a code the user can act on.
    """
    size = len(data)
    if size > MAX_FILE_BYTES:
        raise file_too_large(name, size)
    if not data or data.isspace():  # not data.strip(): no copy of a large file
        raise UserFacingError("empty_file", name=name)

    text: str
    encoding: str
    if data.startswith(codecs.BOM_UTF8):
        try:
            text, encoding = data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            # a mark that says UTF-8 over Windows-1252 bytes (a tool added it, or a paste from
            # Windows went in after it): read as a file without the mark is
            text, encoding = _decode_8bit(data[len(codecs.BOM_UTF8) :], name)
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE starts both
        try:
            text, encoding = data.decode("utf-32"), "utf-32"
        except UnicodeDecodeError:
            raise UserFacingError("unreadable_encoding", name=name) from None
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise UserFacingError("unreadable_encoding", name=name) from None
    else:
        if data.startswith(_BINARY_MAGIC):
            raise UserFacingError("binary_file", name=name)
        padded = data.endswith(b"\x00")
        if padded:
            # NUL bytes at the end are padding, not text: a file an editor or a copy set aside
            # room for and did not fill (after a crash, or from a fixed-size record). A few NULs
            # elsewhere count as other stray control bytes do; a binary file has many.
            data = data.rstrip(b"\x00")
            if not data or data.isspace():
                raise UserFacingError("empty_file", name=name)
        sample = data[:65536]
        utf16 = b"\x00" in sample and _looks_like_utf16(sample)
        if utf16 and padded and len(data) % 2:  # the last character's NUL byte went with the padding
            data += b"\x00"
        if not utf16:
            controls = sum(sample.count(bytes([c])) for c in _CONTROL_BYTES)
            if controls > max(4, len(sample) // 100) or 10 * controls > len(sample):  # many, or a tenth of a short file
                raise UserFacingError("binary_file", name=name)
        if utf16:  # without a byte-order mark: the NULs say which byte comes first
            encoding = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise UserFacingError("unreadable_encoding", name=name) from None
            if not _plausible_utf16(text):
                raise UserFacingError("unreadable_encoding", name=name)
        else:
            text, encoding = _decode_8bit(data, name)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text or text.isspace():
        raise UserFacingError("empty_file", name=name)
    return text, encoding


# --------------------------------------------------------------------------------------------
# Lines: normalising and dropping page noise
# --------------------------------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
# Characters that change how a line displays without being letters: direction marks, overrides
# and isolates (a principle with U+202E in it shows reversed and no longer matches what it
# looks like), and control characters a paste or a PDF leaves behind (bell, escape, C1 codes).
# The ones Python takes for line breaks (VT, FF, FS, GS, RS, NEL) are left to break lines.
_UNSEEN = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u061c\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SOFT_HYPHEN = "\u00ad"

_PAGE_MARKER = re.compile(
    r"^(?:(?:pagina|page|blad|pag\.?|p\.)\s*\d{1,4}(?:\s*(?:/|van|of|uit|-)\s*\d{1,4})?"
    r"|\d{1,4}\s*(?:/|van|of)\s*\d{1,4}"
    r"|[-–—]\s*\d{1,4}\s*[-–—]"
    r"|\d{1,3})$",
    re.IGNORECASE,
)
# A page's number in a cell of its own, by its word or between dashes ("pagina 4", "- 4 -").
_PAGE_CELL = re.compile(
    r"^(?:(?:pagina|page|blad|pag\.?)\s*\d{1,4}(?:\s*(?:/|van|of)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$", re.I
)
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# A footer ending in its page of the whole: "Samenwerkingsverband Sociaal Domein pagina 1 / 3".
_PAGE_FOOTER = re.compile(r"\s(?:pagina|page|blad|pag\.?)\s*\d{1,4}\s*(?:/|van|of)\s*\d{1,4}$", re.IGNORECASE)
_FOOTER_MAX = 120  # characters of such a footer at most


# Or a reference and the page alone: "SDH/AB/2025.0093   pagina 2" (no words but the page's).
_REFERENCE_FOOTER = re.compile(r"^[^a-zà-ÿ]{3,60}\s(?i:pagina|page|blad|pag\.?)\s*\d{1,4}$")


# Or the page first, its running title after a bar or dash: "Pagina 1 van 2 | zienswijze begroting".
_PAGE_FIRST = re.compile(r"^(?:pagina|page|blad|pag\.?)\s*\d{1,4}\s*(?:/|van|of)\s*\d{1,4}\s*[|·•–—-]\s", re.I)


def _page_footer(text: str) -> bool:
    if len(text) > _FOOTER_MAX:
        return False
    if text[-1:].isdecimal():
        return _PAGE_FOOTER.search(text) is not None or _REFERENCE_FOOTER.match(text) is not None
    return text[:1] in "PpBb" and _PAGE_FIRST.match(text) is not None


# Labels of the fields in a Dutch (or English) letterhead. A line with only such a field is page
# furniture when it stands next to other furniture (a page header repeated on a later page).
_FIELD = re.compile(
    r"^(?:(?:ons|uw)\s+kenmerk|kenmerk|uw\s+brief(?:\s+van)?|datum|pagina|bijlage\(n\)"
    r"|behandeld\s+door(?:/telefoonnummer)?|telefoon(?:nummer)?|doorkiesnummer|e-?mail|zaaknummer"
    r"|referentie|documentnummer|registratienummer|verzonden|contactpersoon|steller|afdeling"
    r"|(?:ons|uw)\s+nummer|our\s+ref(?:erence)?|your\s+ref(?:erence)?|date|page)\b[\s:]*(.*)$",
    re.IGNORECASE,
)
_CELL_SEPARATOR = re.compile(r"\t|\s{3,}")
_FURNITURE = frozenset({"P", "F", "M"})
_ALWAYS_DROPPED = frozenset({"", "P", "M"})
_RULE = re.compile(r"^(?:([-*_=~])\s*(?:\1\s*){2,}|`{3,}.*|~{3,}.*)$")
_RULE_START = frozenset("-*_=~`")  # the characters a rule can start with: the rest is not looked at
# A table's rule drawn with box characters ("┌──────┬─────┐", "├──┼──┤", "═════"): no text.
_BOX_START = frozenset("┌├└╔╠╚─━═╭╰┏┣┗+")
_BOX_RULE = re.compile(r"^[─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╭╮╰╯┏┓┗┛┣┫┳┻╋│┃║+ -]{3,}$")


@dataclass(slots=True)
class _Line:
    """One non-blank line of the document, whitespace collapsed."""

    text: str
    gap: int  # blank (or dropped) lines before it
    indented: bool  # the raw line started with white space (a page-break artefact in PDF text)
    soft_hyphen: bool  # ended in a soft hyphen: the word continues on the next line
    terminal: bool  # ends a sentence (:func:`_ends_terminal`): asked of most lines more than once
    literal: bool = False  # in a Markdown code block: text as it stands, never a heading or a list
    indent: int = 0  # columns of white space before the text (a tab four): how deep a list item is
    mark: bool = False  # a big list number alone on its line, its title on the next (:func:`_big_numbers`)
    paged: bool = False  # a page break (a page number, a running line) stood in the gap before it


def letterhead_field(text: str) -> bool:
    """Whether a line or a cell is a letterhead's field ("Datum 8 oktober 2020", "Uw brief van")."""
    return _field_like(" ".join(text.split()))


def _field_like(cell: str) -> bool:
    """A letterhead field: a known label, alone or with a short value ("Datum 8 oktober 2020")."""
    if len(cell) > 60:
        return False
    match = _FIELD.match(cell)
    return match is not None and len(match.group(1)) <= 40


_COLLAPSE_PIECE = 1 << 20  # characters collapsed at a time (see collapse)
_SPACE = re.compile(r"\s")  # what str.split() splits at (both ask Py_UNICODE_ISSPACE)


def collapse(text: str) -> str:
    """``" ".join(text.split())``: white space runs made one space, none at the ends; a long
    text a megabyte at a time. Split at once, a 40 MB line of one paragraph became six million
    word objects held together (410 MB) only to be joined again."""
    if len(text) <= _COLLAPSE_PIECE:
        return " ".join(text.split())
    pieces = []
    start, length = 0, len(text)
    while start < length:
        space = _SPACE.search(text, min(start + _COLLAPSE_PIECE, length))  # a piece ends at white space
        end = space.start() if space is not None else length
        piece = " ".join(text[start:end].split())
        if piece:
            pieces.append(piece)
        start = end if end > start else end + 1
    return " ".join(pieces)


def _noise_kind(raw: str) -> str:
    """Of a raw line: '' (blank), 'P' (page marker / URL footer), 'F' (letterhead field), 'M'
    (a line of several tab-separated fields), 'T' (text)."""
    stripped = raw.strip()
    if not stripped:
        return ""
    if len(stripped) > 60 and "\t" not in stripped and "   " not in stripped:
        # furniture is short (or tab-separated fields): skip the checks below
        return (
            "P" if (stripped[-1:].isdecimal() or stripped[:1] in "PpBb") and _page_footer(collapse(stripped)) else "T"
        )
    collapsed = collapse(stripped)
    if collapsed == _PAGE_BREAK or _PAGE_MARKER.match(collapsed) or _URL_ONLY.match(collapsed):
        return "P"
    if _page_footer(collapsed):
        return "P"
    cells = _CELL_SEPARATOR.split(stripped) if "\t" in stripped or "   " in stripped else []
    cells = [" ".join(c.split()) for c in cells if c.strip()]
    if len(cells) >= 2 and all(_field_like(c) for c in cells):
        return "M"
    if (
        len(cells) >= 2
        and len(collapsed) <= _FOOTER_MAX
        and (_PAGE_CELL.match(cells[-1]) or _PAGE_CELL.match(cells[0]))
    ):
        return "P"  # a running title and, across a gap, its page: "Koersdocument Wonen 2026-2032       pagina 4"
    if _field_like(collapsed):
        return "F"
    return "T"


_PAGE_BREAK = "\ue000"  # stands in for a form feed (a page break in pdftotext output)
_RUNNING_REACH = 3  # how many lines from a page break a running header or footer may stand
_NOT_RUNNING = re.compile(r"^(?:#|\*\*|[-–•·▪*]\s|\(?\d{1,3}[.)]\s)")  # headings and list items


_PAGE_NUMBER_AFTER = re.compile(r"^(.{3,80}?\S)(?:\t|\s{3,})(\d{1,4})\s*$")  # a page number after a wide gap


def _numbered_footers(found: dict[str, list[tuple[int, int]]]) -> set[int]:
    """Lines that are the same text with its page's number set apart after it (``found``: per
    text, the lines and their numbers), on two pages or more, the numbers rising ("Beleidskader
    Wmo 2025-2028          3"): a running header or footer with the page number, which no other
    line of the text marks as a page break."""
    out: set[int] = set()
    for hits in found.values():
        numbers = [n for _i, n in hits]
        if len(hits) >= 2 and all(a < b for a, b in pairwise(numbers)):
            out.update(i for i, _n in hits)
    return out


def _running_lines(raw_lines: list[str], kinds: list[str]) -> set[int]:
    """Lines repeated at page breaks: a running header or footer ("Gemeente Voorbeeldstad",
    "Raadsvoorstel inkoop jeugdhulp 2023"). Such a line stands at the edge of at least two pages,
    word for word, and looks like a title (or at the edge of one page after the first, holding
    every word of the document's first line: its title); between it and the page break (a page
    marker, a form feed, the start or end of the text) there is only other page furniture. Only
    where the text shows its page breaks: otherwise nothing is taken for a running line."""
    rows = [i for i, k in enumerate(kinds) if k]
    breaks = [j for j, i in enumerate(rows) if kinds[rows[j]] == "P"]
    if not breaks:
        return set()

    def candidate(i: int) -> str | None:
        line = collapse(raw_lines[i])
        if kinds[i] == "T" and not _NOT_RUNNING.match(line) and (_title_like(line, 80) or _is_caps(line)):
            return line
        return None

    seen: dict[str, list[tuple[int, int]]] = {}  # line -> (index, page)
    edges = [-1, *breaks, len(rows)]  # the start and the end of the text are page edges too
    for page, (a, b) in enumerate(pairwise(edges)):
        for walk in (range(a + 1, min(b, a + 1 + _RUNNING_REACH)), range(b - 1, max(a, b - 1 - _RUNNING_REACH), -1)):
            for j in walk:  # from the page edge inwards, through furniture and candidates only
                i = rows[j]
                if kinds[i] in _FURNITURE:
                    continue
                line = candidate(i)
                if line is None:
                    break
                seen.setdefault(line, []).append((i, page))
    # The document's title: one of its first lines ("Gemeente Hardenberg" over "ECONOMISCHE
    # VISIE 2025–2035"), each of two words or more.
    firsts = [i for i in rows if kinds[i] == "T"][:_TITLE_LINES]
    titles = [  # (a title underlined as a Markdown heading is read as one: "# Advies 2025/04")
        (i, words) for i in firsts if len(words := set(collapse(raw_lines[i]).lstrip("# ").casefold().split())) >= 2
    ]
    running: set[int] = set()
    for line, hits in seen.items():
        pages = {page for _i, page in hits}
        words = set(line.casefold().split())
        # Seen once: a document of two pages whose first is its title page. A line at a later
        # page's edge that repeats the document's title is its running header.
        if len(pages) >= 2 or (min(pages) > 0 and any(hits[0][0] != i and title <= words for i, title in titles)):
            running.update(i for i, _page in hits)
    return running


_TITLE_LINES = 3  # the first lines of a document that may be its title (under a letterhead's name)


def _normalise_lines(raw: str) -> list[_Line]:
    """Split into lines, collapse white space, and drop page furniture.

    Dropped lines count as blank lines, so a page header between two paragraphs still separates
    them, while a sentence cut by a page header is re-joined by the continuation rule later.
    """
    return _lines_of(_split_lines(raw))


# Typographic ligatures a PDF's text (and text copied out of one) can hold as one character:
# "ﬁnanciële" reads as "financiële" but is not the same word to anything comparing or quoting it.
LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}


def _visible(raw: str) -> str:
    """The text without invisible characters (:data:`_INVISIBLE`, :data:`_UNSEEN`), ligatures
    written out (:data:`LIGATURES`)."""
    for invisible in _INVISIBLE:  # str.replace is many times faster than translate on 50 MB
        raw = raw.replace(chr(invisible), "")
    for ligature, letters in LIGATURES.items():
        if ligature in raw:
            raw = raw.replace(ligature, letters)
    if _UNSEEN.search(raw):  # rare: one scan when there are none
        raw = _UNSEEN.sub("", raw)
    return raw


_COLUMN_GAP = re.compile(r"\S(?: ?\S)*")  # a cell of a table laid out with spaces: words one space apart
_TABLE_BLOCK_LINES = 12  # a row of a table laid out in columns: a few lines; a page in columns: many


def _column_tables(raw_lines: list[str]) -> list[str]:
    """A table laid out in columns with spaces, as ``pdftotext -layout`` writes one, a row a
    block of lines ("  1    Passende zorg voor iedere          Jeugdigen krijgen hulp die" /
    "       jeugdige                           situatie en ..."): each row as the reader reads a
    table's row ("| 1 | Passende zorg voor iedere jeugdige | Jeugdigen krijgen ... |"). A row is
    a block of lines whose cells, two spaces or more apart, each start where a column of its first
    line starts, at least one line leaving the first column empty (a cell wrapping beside it); a
    letterhead's labels over their values fill every column and stay as they are."""
    if not any("   " in line for line in raw_lines):  # no line with a wide gap: no table laid out so
        return raw_lines
    if any(line.lstrip()[:1] in _BOX_CORNERS for line in raw_lines):
        # a table drawn with box characters: its rules as rules of dashes, a column's over each
        raw_lines = [_dashes(line) if line.lstrip()[:1] in _BOX_CORNERS else line for line in raw_lines]
    raw_lines = _header_rules(raw_lines)
    out: list[str] = []
    columns: list[int] = []  # the starts of the columns of the last table ruled with dashes
    i, n = 0, len(raw_lines)
    while i < n:
        if not raw_lines[i].strip() or raw_lines[i] == _PAGE_BREAK:  # (a page break ends a block too)
            out.append(raw_lines[i])
            i += 1
            continue
        j = i
        while j < n and raw_lines[j].strip() and raw_lines[j] != _PAGE_BREAK:
            j += 1
        block = raw_lines[i:j]
        ruled = _ruled_table(block)
        # (the rows after a blank line, in the columns of the rule above them)
        more = (
            _rows_in_columns(block, columns) if ruled is None and columns and block[0][: columns[1]].strip() else None
        )
        row = _column_row(block) if ruled is None and more is None and 1 < j - i <= _TABLE_BLOCK_LINES else None
        if ruled is not None:  # (a longer block without a rule: a page, not a row)
            out.extend(ruled[0])
            columns = ruled[1]
        elif more is not None:
            out.extend(more)
        elif columns and all(not line[: columns[1]].strip() for line in block):
            out.extend(block)  # the text of the row above, under its title in the same column
        else:
            columns = []  # the table ended
            if row is None:
                out.extend(raw_lines[i:j])
            else:
                out.append(row)
        i = j
    return out


def _page_columns(raw_lines: list[str]) -> list[str]:
    """A page set in two columns, as ``pdftotext -layout`` writes it, each line holding a line of
    the left column and one of the right beside it ("Het kader rust op zeven ...       18 maart
    2025"): the left column's lines, then the right column's, as they are read. Such a page has a
    stretch of lines longer than a table's row mostly is (:data:`_PAGE_BLOCK_LINES`), because the
    columns' paragraphs do not end on the same lines; its left column is running text (no wide
    gaps in it), and every line of it leaves the gap before the right column's start free. The
    next page in the same columns is read so too, even where its paragraphs end together."""
    if not any("   " in line for line in raw_lines):
        return raw_lines
    out: list[str] = []
    done = 0  # raw lines already in out
    carried: int | None = None  # the right column's start on the page before
    i, n = 0, len(raw_lines)
    while i < n:
        page_end = next((k for k in range(i, n) if raw_lines[k] == _PAGE_BREAK), n)
        last_column = None
        while (region := _columns_on_page(raw_lines, i, page_end, carried)) is not None:
            start, end, column = region
            out.extend(raw_lines[done:start])
            out.extend(line[:column].rstrip() for line in raw_lines[start:end])
            out.append("")
            out.extend(line[column:].rstrip() for line in raw_lines[start:end])
            done = i = max(end, start + 1)
            carried, last_column = None, column  # (further down the page: columns of its own)
        carried = last_column
        i = page_end + 1
    if not out:
        return raw_lines
    out.extend(raw_lines[done:])
    return out


def _columns_on_page(raw_lines: list[str], first: int, last: int, carried: int | None) -> tuple[int, int, int] | None:
    """The lines ``start``..``end`` of the page ``first``..``last`` set in two columns, and where
    the right one starts; None when the page has none. ``carried``: the start on the page before."""
    found: tuple[int, int] | None = None  # a long block's lines, and the column
    i = first
    while i < last and found is None:
        if not raw_lines[i].strip():
            i += 1
            continue
        j = i
        while j < last and raw_lines[j].strip():
            j += 1
        if j - i >= _PAGE_BLOCK_LINES and (column := _right_column(raw_lines[i:j])) is not None:
            found = (i, column)
        i = j
    if found is None and carried is not None:
        both = [k for k in range(first, last) if raw_lines[k][:carried].strip() and raw_lines[k][carried:].strip()]
        if (
            len(both) >= 3
            and _right_column([raw_lines[k] for k in range(first, last) if raw_lines[k].strip()]) == carried
        ):
            found = (both[0], carried)
    if found is None:
        return None
    start, column = found
    end = start
    while start > first and _beside(raw_lines[start - 1], column):
        start -= 1
    while end < last and _beside(raw_lines[end], column):
        end += 1
    return start, end, column


_COLUMN_START = re.compile(r"\S {2,}(?=\S)|^ {20,}(?=\S)")  # text after a gap (where it ends)


def _right_column(block: list[str]) -> int | None:
    """Where the right column starts in a block of lines set in two columns, or None: the start
    most lines have text at after a gap, every line leaving that gap free, the left column's
    lines running text."""
    counts: dict[int, int] = {}
    for line in block:
        for m in _COLUMN_START.finditer(line):
            if m.end() >= _MIN_COLUMN:
                counts[m.end()] = counts.get(m.end(), 0) + 1
    if not counts:
        return None
    column = max(counts, key=lambda c: (counts[c], -c))
    if counts[column] < 4 or not all(_beside(line, column) for line in block):
        return None
    lefts = [line[:column].strip() for line in block if line[:column].strip()]
    rights = [line[column:].strip() for line in block if line[column:].strip()]
    prose = sum(1 for text in lefts if "   " not in text)
    if len(lefts) < 4 or len(rights) < 4 or prose < 0.8 * len(lefts):
        return None
    return column


_MIN_COLUMN = 25  # the right column starts this far in at least
_PAGE_BLOCK_LINES = 9  # lines without a blank one between, at least, in a page set in two columns


def _beside(line: str, column: int) -> bool:
    """Whether a line fits a page in two columns whose right one starts at ``column``: blank,
    the left column's text only, the right's only, or both with a gap between them."""
    text = line.rstrip()
    if len(text) < column - 1 or not text[:column].strip():
        return True
    return text[column - 2 : column] == "  "  # (a figure set to the right may start a little further in)


_DASH_RULE = re.compile(r"^\s*-{3,}(?:[ \t]+-{3,})+\s*$")  # a table's columns marked with dashes
_BOX_CORNERS = frozenset("┌├└╔╠╚╭╰┏┣┗")
_BOX_LINE = re.compile(r"^\s*[─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╭╮╰╯┏┓┗┛┣┫┳┻╋]{3,}\s*$")
_BOX_DASHES = str.maketrans({c: " " for c in "┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╭╮╰╯┏┓┗┛┣┫┳┻╋"} | {c: "-" for c in "─━═"})


_ONE_RULE = re.compile(r"^(\s*)[-─━═]{20,}\s*$")  # a rule across the table, under its column names


def _header_rules(raw_lines: list[str]) -> list[str]:
    """A rule drawn across a table under its column names ("Nr.  Kader     Toelichting" /
    "──────────────"): a rule of dashes over each column, the columns where the names start."""
    out = list(raw_lines)
    for i in range(1, len(raw_lines)):
        line = raw_lines[i]
        if line[:1] not in " -─━═" or not _ONE_RULE.match(line) or "   " not in raw_lines[i - 1]:
            continue
        if _noise_kind(raw_lines[i - 1]) == "P":
            continue  # a running title and its page over the rule that ends the page
        if i + 1 >= len(raw_lines) or not raw_lines[i + 1].strip():
            continue  # the rule that closes a table: its rows are above it
        starts = [m.start() for m in _COLUMN_GAP.finditer(raw_lines[i - 1])]
        if (
            len(starts) < 2 and i > 1 and "   " in raw_lines[i - 2]
        ):  # the column names over two lines ("Over-" / "genomen")
            starts = [m.start() for m in _COLUMN_GAP.finditer(raw_lines[i - 2])]
        if len(starts) < 2 or any(b - a < 3 for a, b in pairwise(starts)):
            continue
        ends = [*starts[1:], max(len(line.rstrip()), starts[-1] + 3)]
        cells = [" " * starts[0]] + ["-" * (b - a - 1) + " " for a, b in zip(starts, ends, strict=True)]
        out[i] = "".join(cells).rstrip()
    return out


def _dashes(line: str) -> str:
    """A box-drawn table's rule ("┌──────┬──────┐") as a rule of dashes, a run over each column
    ("  ------ ------ "), the columns where they were; its bottom ("└──┴──┘") a blank line, as
    the end of the table; another line as it is."""
    if not _BOX_LINE.match(line):
        return line
    return "" if line.lstrip()[:1] in "└╚╰┗" else line.translate(_BOX_DASHES)


def _ruled_table(block: list[str]) -> tuple[list[str], list[int]] | None:
    """A table whose columns a rule of dashes marks ("---  -----------  -------", as Pandoc and
    many text exports write one under the column names), its cells wrapping within their
    columns: each row (a line with a first cell, and the lines under it that leave the first
    column empty) as a table's row, the column names too; the rules go. With the columns' starts,
    for the rows that follow after a blank line. None when the block has no such rule or a word
    crosses from one column into the next."""
    rules = [k for k, line in enumerate(block) if _DASH_RULE.match(line)]
    if not rules or "\t" in "".join(block):
        return None
    starts = [m.start() for m in re.finditer(r"-{3,}", block[rules[0]])]
    table = _rows_in_columns([line for k, line in enumerate(block) if k not in rules[1:]], starts, rules[0])
    # (the column names and their rule alone: the rows follow after a blank line)
    return (table, starts) if table is not None and (len(table) >= 2 or rules[0] == len(block) - 1) else None


def _rows_in_columns(block: list[str], starts: list[int], rule: int = -1) -> list[str] | None:
    """The lines of ``block`` as table rows in the columns starting at ``starts`` (line ``rule``, a
    rule of dashes, left out): a row is a line with a first cell and the lines under it that leave
    the first column empty. None when a word crosses a column's edge."""
    rows: list[list[list[str]]] = []
    first_indent = 0  # how far in the current row's first cell starts
    blank = True
    for k, line in enumerate(block):
        if k == rule:
            continue
        if not line.strip() or _ONE_RULE.match(line):  # (a rule across the table closes it)
            blank = True
            continue
        edges = [starts[0]]
        for at in starts[1:]:
            if 0 < at < len(line) and line[at - 1] != " " and line[at] != " ":
                if at < 2 or line[at - 2] != " ":
                    return None  # a word across a column's edge: not laid out in these columns
                at -= 1  # a cell one column to the left of its rule (a column name, often)
            edges.append(at)
        cells = [line[a:b].strip() for a, b in pairwise([*edges, len(line) + 1])]
        cells[0] = line[: edges[1]].strip()  # (the first column from the line's start)
        indent = len(line) - len(line.lstrip(" "))
        # a row: a first cell that starts as far out as the row before's, or after a blank line
        # (a line further in goes on in the cell above: "1. Titel" over "   Its explanation")
        if cells[0] and (not rows or blank or indent <= first_indent):
            rows.append([[c] if c else [] for c in cells])
            first_indent = indent
        elif not rows:
            rows.append([[c] if c else [] for c in cells])
        else:
            for column, cell in zip(rows[-1], cells, strict=True):
                if cell:
                    column.append(cell)
        blank = False
    return ["| " + " | ".join(_cell_text(c).replace("|", "/") for c in row) + " |" for row in rows]


_CELL_TITLE = re.compile(r"^\(?\d{1,3}[.)]\s+[A-ZÀ-Ý]")  # "1. Maximale reistijd" opening a cell


def _cell_text(lines: list[str]) -> str:
    """A cell's lines as one text; a numbered title on its first line set apart from the text under
    it by a dash ("1. Maximale reistijd – De maximale enkele reistijd ..."), as a title cell is."""
    if len(lines) > 1 and _CELL_TITLE.match(lines[0]) and not _ends_terminal(lines[0]) and _starts_upper(lines[1]):
        return f"{lines[0]} – {_joined(lines[1:])}"
    return _joined(lines)


_CELL_HYPHEN = re.compile(r"(?<=[a-zà-ÿ])-$")  # a word broken over a cell's lines: "bijvoor-" / "beeld"
_NOT_BROKEN = frozenset(("en", "of", "tot", "noch"))  # "jeugd-" / "en gezinsbeleid": a word left out


def _joined(lines: list[str]) -> str:
    """A cell's lines one text, a word hyphenated at a line's end whole again."""
    text = ""
    for line in lines:
        if text and _CELL_HYPHEN.search(text) and line[:1].islower() and line.split()[0] not in _NOT_BROKEN:
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text


def _column_row(block: list[str]) -> str | None:
    """The block's cells as a table's row, or None (see :func:`_column_tables`)."""
    if "   " not in block[0].strip() or "\t" in "".join(block):
        return None
    starts = [m.start() for m in _COLUMN_GAP.finditer(block[0])]
    if len(starts) < 2 or any(b - a < 3 for a, b in pairwise(starts)):
        return None
    cells: list[list[str]] = [[] for _ in starts]
    first_empty = False
    for line in block:
        found = list(_COLUMN_GAP.finditer(line))
        if not found:
            return None
        if found[0].start() > starts[0] + 1:
            first_empty = True
        for m in found:
            column = next((k for k, at in enumerate(starts) if abs(m.start() - at) <= 1), None)
            if column is None:
                return None
            cells[column].append(m.group(0))
    if not first_empty:
        return None
    if (
        len(cells) == 2
        and cells[0]
        and all(_HANGING_MARK.match(mark) or _HANGING_LABEL.match(mark) for mark in cells[0])
    ):
        return None  # list items with a hanging indent ("1)   Titel" / "     Uitleg ...", "2)   ..."), not a table
    return "| " + " | ".join(" ".join(cell).replace("|", "/") for cell in cells) + " |"


_HANGING_MARK = re.compile(r"^(?:\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[IVXLC]{1,6}[.)]|[-–•*·])$")


def _split_lines(raw: str, *, visible: bool = False) -> list[str]:
    """The raw lines, without invisible characters (already gone when ``visible``), a page
    break (form feed) a line of its own."""
    if not visible:
        raw = _visible(raw)
    return raw.replace("\f", f"\n{_PAGE_BREAK}\n").splitlines()


def _indent(raw_line: str) -> int:
    """The columns of white space a line starts with, a tab taken as four."""
    lead = raw_line[: len(raw_line) - len(raw_line.lstrip())]
    return len(lead.expandtabs(4))


def _lines_of(texts: list[str]) -> list[_Line]:
    """:func:`_normalise_lines` of the raw lines ``texts``, each replaced in the list by its
    collapsed text as it is looked at (so the text is held once, not twice, on the way)."""
    kinds: list[str] = []
    indented: dict[int, int] = {}  # lines that started with white space: how many columns
    markup: list[int] = []  # lines that may be Markdown's block markup (see _markdown_blocks)
    footers: dict[str, list[tuple[int, int]]] = {}  # lines ending in a number set apart (_numbered_footers)
    rows: list[tuple[int, list[str], bool]] = []  # a table's rows: the line, its cells, whether in Markdown
    tabbed: tuple[int, list[str]] | None = None  # the last row of cells set apart by tabs: its line, its fields
    piped: tuple[int, list[str]] | None = None  # the last Markdown or grid row: its line, its fields
    grid = -1  # the line of the last grid table rule met ("+-----+------+"), -1 for none
    for i, raw_line in enumerate(texts):
        text = texts[i] = collapse(raw_line)
        if not text:
            kinds.append("")
            continue
        if "\\" in text:  # Markdown's escapes ("1\. Inleiding", "\- geen opsomming"): the character itself
            text = texts[i] = _MD_ESCAPE.sub(r"\1", text)
        if text[0] in _MARKUP_START:
            markup.append(i)
        if text[-1].isdecimal() and ("   " in raw_line or "\t" in raw_line):  # "Titel        3"
            numbered = _PAGE_NUMBER_AFTER.match(raw_line.strip())
            if numbered is not None and not _NOT_RUNNING.match(numbered.group(1)):
                footers.setdefault(collapse(numbered.group(1)), []).append((i, int(numbered.group(2))))
        if raw_line[0] != text[0]:
            indented[i] = _indent(raw_line)
        if len(text) > 60 and "\t" not in raw_line and "   " not in raw_line:
            kinds.append("P" if _page_footer(text) else "T")  # as _noise_kind says of it, without stripping it again
        else:
            kinds.append(_noise_kind(raw_line))
        if text[0] == "+" and _GRID_RULE.match(text):  # a grid table's rule ("+-----+------+"): no text
            texts[i], kinds[-1], grid = "", "", i
            continue
        if (text[0] == "|" or "\t" in raw_line) and kinds[-1] == "T":
            cells = _row_cells(raw_line)
            fields = _pipe_fields(raw_line) if text[0] == "|" else None
            if (
                fields is not None
                and piped is not None
                and piped[0] == i - 1
                and 0 <= grid
                and i - grid <= _GRID_ROW_LINES
                and _cell_goes_on(piped[1], fields)
            ):
                # a grid table's cell going on in its column on the next line ("|     | met ... |"); in
                # a Markdown table such a row is the next row, its first cell merged with the one above
                rows[-1] = (rows[-1][0], [c for c in (" ".join(f.split()) for f in piped[1]) if c], True)
                texts[i], kinds[-1], piped = "", "", (i, piped[1])
                continue
            if cells is not None:
                rows.append((i, cells, text[0] == "|"))
                if text[0] != "|":
                    tabbed = (i, raw_line.split("\t"))
                piped = (i, fields) if fields is not None and cells else None
            elif tabbed is not None and tabbed[0] == i - 1 and raw_line[0] == "\t":
                if _cell_goes_on(tabbed[1], raw_line.split("\t")):  # a cell's next line, set under it
                    rows[-1] = (rows[-1][0], [c for c in (" ".join(f.split()) for f in tabbed[1]) if c], False)
                    texts[i], kinds[-1], tabbed = "", "", (i, tabbed[1])
    if rows:
        _table_rows(rows, texts, kinds)
    literal = _markdown_blocks(texts, kinds, markup) if markup else set()
    marks = _big_numbers(texts, kinds)
    for i in marks:
        kinds[i] = "T"
    for i in _numbered_footers(footers):
        kinds[i] = "P"
    for i in _running_lines(texts, kinds):
        kinds[i] = "P"
    lines: list[_Line] = []
    append = lines.append
    gap = 0
    paged = False
    for i, kind in enumerate(kinds):
        if kind != "T" and (kind in _ALWAYS_DROPPED or (kind == "F" and _beside_furniture(kinds, i))):
            gap += 1
            paged = paged or kind == "P"
            continue
        text = texts[i]  # not blank: kinds marks blank lines ""
        if (text[0] in _RULE_START and _RULE.match(text)) or (text[0] in _BOX_START and _BOX_RULE.match(text)):
            gap += 1
            continue
        if "](" in text:  # a Markdown link is its text; an image nothing
            text = collapse(_LINK.sub(lambda m: "" if m.group(1) else m.group(2), text))
            if not text:
                gap += 1
                continue
        soft = False
        if _SOFT_HYPHEN in text:
            soft = text.endswith(_SOFT_HYPHEN)
            text = text.replace(_SOFT_HYPHEN, "").strip()
            if not text:
                gap += 1
                continue
        indent = indented.get(i, 0)
        append(
            _Line(
                text,
                gap,
                indent > 0,
                soft,
                _ends_terminal(text),
                literal=i in literal,
                indent=indent,
                mark=i in marks,
                paged=paged,
            )
        )
        gap = 0
        paged = False
    return lines


_BARE_NUMBER = re.compile(r"^\d{1,3}$")
_BIG_RUN = 3  # numbers in a run at least
_NEAR = 24  # lines from one number to the next at most, in a run written without leading zeros


def _big_numbers(texts: list[str], kinds: list[str]) -> set[int]:
    """Lines that hold only a number and are not page numbers: a designed list's big numbers
    ("01" / "Beter inzetten eigen kracht" / its explanation, "02" / ...), each alone on its line
    after a blank line, the point's title on the very next line. Page numbers look the same, so
    only a run that counts 1, 2, 3, ... (three at least) is taken, and only when it writes its
    first numbers the way pages are not numbered, with a leading zero ("01"), or its numbers
    stand closer together than pages do and a title follows each, not a sentence (a point of a
    few lines each: "1" / "Leg een maximum vast" / two lines, "2" / ...); each number is then a
    list item whose text is the line after it."""
    run: list[int] = []
    found: set[int] = set()
    taken: list[int] = [-1]  # the last number of the last run taken
    below: dict[int, int] = {}  # a number's line: the line of its text

    def close() -> None:
        # A run numbered anew on the next page, right after a run taken (a word processor's
        # list cut by a page break: 1 to 4, then 1 and 2 for the fifth and sixth), may be shorter.
        restarted = (
            len(run) >= 2
            and taken[0] >= 0
            and run[0] - taken[0] <= 2 * _NEAR
            and any(kinds[k] == "P" and not _BARE_NUMBER.match(texts[k]) for k in range(taken[0] + 1, run[0]))
        )
        if len(run) >= _BIG_RUN or restarted:
            zeros = all(texts[k].startswith("0") == (int(texts[k]) < 10) for k in run)  # "01" ... "09", "10"
            alone = all(k == 0 or not kinds[k - 1] for k in run)
            near = all(b - a <= _NEAR for a, b in pairwise(run))
            if (zeros and alone) or (near and not any(_ends_terminal(texts[below[k]]) for k in run)):  # titles
                found.update(run)
                taken[0] = run[-1]
        run.clear()

    for i, kind in enumerate(kinds):
        if kind != "P" or not _BARE_NUMBER.match(texts[i]):
            continue
        # (alone after a blank line, or a table's number cell on a line of its own, after the row before;
        # its text on the next line, or after one blank line: "1" / "" / "Vraag het college ...")
        j = i + 2 if i + 2 < len(kinds) and not kinds[i + 1] else i + 1
        if not (j < len(kinds) and kinds[j] == "T" and _starts_upper(texts[j])):
            continue
        below[i] = j
        number = int(texts[i])
        # (a number may be skipped, a point struck out: 1, 2, 3, 5, 6; never two, nor the first)
        if run and not (number == int(texts[run[-1]]) + 1 or (number == int(texts[run[-1]]) + 2 and len(run) >= 2)):
            close()
        if run or number == 1:
            run.append(i)
    close()
    return found


_PIPE_RULE = re.compile(r"^:?-{3,}:?$")


def _row_cells(raw: str) -> list[str] | None:
    """A table row's cells with text, or None when the line is no row: a Markdown row ("| 3 |
    Zorg dichtbij | Hulp in de wijk |") or cells separated by tabs, as a table copied out of Word
    or a spreadsheet is pasted; ``[]`` for the rule under a Markdown header, which is no text.
    Other tab-separated lines are left alone (a tab after a list's number, a letterhead's
    fields)."""
    stripped = raw.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 2:
        cells = [" ".join(c.split()) for c in stripped[1:-1].split("|")]
        if all(_PIPE_RULE.match(c) for c in cells):
            return []
        return [c for c in cells if c]
    if "\t" in stripped:
        cells = [" ".join(c.split()) for c in stripped.split("\t") if c.strip()]
        return cells if len(cells) >= 3 else None
    return None


_GRID_RULE = re.compile(r"^\+(?:[-=:]+\+)+$")  # "+-----+------+": the rules of a grid table
_GRID_ROW_LINES = 20  # lines a grid table's row may take below the rule over it


def _pipe_fields(raw: str) -> list[str] | None:
    """A row's fields between its bars, empty ones too (their places are its columns)."""
    stripped = raw.strip()
    if not (stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 2):
        return None
    return stripped[1:-1].split("|")


def _cell_goes_on(fields: list[str], after: list[str]) -> bool:
    """Whether the tab-separated line ``after`` (its fields) is the next line of cells of the row
    ``fields`` (a title wrapped in its column: "4<tab>Besparing door de maatregelen uit de<tab>..."
    over "<tab>Hervormingsagenda Jeugd"): its text stands in columns where the row has text, and
    is added to it there (in place)."""
    if len(after) > len(fields) or after[0].strip() or not any(f.strip() for f in after):
        return False
    if any(f.strip() and not fields[k].strip() for k, f in enumerate(after)):
        return False
    for k, f in enumerate(after):
        if f.strip():
            fields[k] = f"{fields[k].rstrip()} {f.strip()}"
    return True


_TABLE_BREAK = 3  # lines other than rows (a page's footer and header) a table may go on across


def _table_rows(rows: list[tuple[int, list[str], bool]], texts: list[str], kinds: list[str]) -> None:
    """The rows of tables (:func:`_row_cells`) as the reader reads a Word table's rows
    (:mod:`raadsviewer.formats.docx`), in place: a row whose first cell is a point's number or
    label is that point ("3. Zorg dichtbij – Hulp in de wijk"), also behind a theme in a table
    that groups its points (:func:`grouped_points`); another Markdown row is an item ("- Nr |
    Uitgangspunt"), a row of one cell its text; the rule under a header is no text. Rows only
    blank lines apart, or a page break and a few lines, are one table."""
    tables: list[list[tuple[int, list[str], bool]]] = []
    for row in rows:
        if tables:
            last = tables[-1][-1][0]
            between = [k for k in range(last + 1, row[0]) if kinds[k]]
            if not between or (len(between) <= _TABLE_BREAK and any(texts[k] == _PAGE_BREAK for k in between)):
                tables[-1].append(row)
                continue
        tables.append([row])
    for table in tables:
        grouped = grouped_points([cells for _i, cells, _markdown in table])
        for i, cells, markdown in table:
            if not cells:
                texts[i], kinds[i] = "", ""
                continue
            if len(cells) < 2 and markdown:
                texts[i] = cells[0] if cells else ""
                continue
            point = table_point(cells, grouped)
            if point is not None:
                texts[i] = point
            elif markdown:
                texts[i] = "- " + " | ".join(cells)  # an item of the table


_MARKUP_START = frozenset("-=`~<")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
_FENCE = re.compile(r"^(`{3,}|~{3,})")
_SETEXT = re.compile(r"^(?:=+|-+)$")
_FRONT_MATTER_FIELD = re.compile(r"^(?:[\w-]{1,40}\s*:|-\s|#)")
_LINK = re.compile(r"(!?)\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)")
_COMMENT_REACH = 200  # lines an HTML comment may span


def _markdown_blocks(texts: list[str], kinds: list[str], markup: list[int]) -> set[int]:
    """Markdown's block markup, which the line-by-line reading would take for text: front matter
    ("---" / "title: ..." / "---" at the top) and HTML comments are dropped (their kinds made
    blank); a line underlined with "===" or "---" becomes a heading ("#", "##"); the lines of a
    fenced code block are returned, to be read as they stand (a numbered line in code is no
    point of the framework). ``markup``: the lines starting with one of :data:`_MARKUP_START`,
    the only ones looked at (and the lines of the front matter and comments found)."""
    literal: set[int] = set()
    first = next((i for i, kind in enumerate(kinds) if kind), None)
    if first is not None and texts[first] == "---":
        for close in markup:
            if close > first + 60:
                break
            if close > first and texts[close] in ("---", "..."):
                if all(not texts[k] or _FRONT_MATTER_FIELD.match(texts[k]) for k in range(first + 1, close)):
                    for k in range(first, close + 1):
                        kinds[k] = ""
                break
    fence: tuple[int, str] | None = None  # the open fence: its line and its marker
    closing: list[int] | None = None  # lines with "-->", found when the first comment is
    for i in markup:
        text = texts[i]
        found = _FENCE.match(text)
        if fence is not None:
            if found and text == found.group(1) and text[0] == fence[1][0] and len(text) >= len(fence[1]):
                literal.update(range(fence[0] + 1, i))
                fence = None
            continue
        if found:
            fence = (i, found.group(1))
        elif text.startswith("<!--") and kinds[i]:
            if closing is None:
                closing = [k for k, line in enumerate(texts) if "-->" in line]
            at = bisect.bisect_left(closing, i)
            end = closing[at] if at < len(closing) else None
            if end is not None and end - i <= _COMMENT_REACH:
                for k in range(i, end + 1):
                    kinds[k] = ""
        elif (
            _SETEXT.match(text)
            and i
            and kinds[i - 1] == "T"
            and (i < 2 or not kinds[i - 2])
            and texts[i - 1][0] not in "#>-*+|"
            and _title_like(strip_emphasis(texts[i - 1]), 120, 16)
        ):
            texts[i - 1] = ("# " if text[0] == "=" else "## ") + texts[i - 1]
            kinds[i] = ""
    return literal


def _beside_furniture(kinds: list[str], i: int) -> bool:
    """Whether the nearest non-blank line before or after line ``i`` is page furniture (each
    stretch of blank lines is walked by at most the two lines around it: linear in all)."""
    j = i - 1
    while j >= 0 and not kinds[j]:
        j -= 1
    if j >= 0 and kinds[j] in _FURNITURE:
        return True
    j, n = i + 1, len(kinds)
    while j < n and not kinds[j]:
        j += 1
    return j < n and kinds[j] in _FURNITURE


# --------------------------------------------------------------------------------------------
# Classifying lines
# --------------------------------------------------------------------------------------------

_EMPHASIS = re.compile(
    r"(?:^|(?<=[\s(\[{\"'‘“/–—-]))(?:\*{1,3}|_{1,3})(?=[^\s*_])"
    r"|(?<=[^\s*_])(?:\*{1,3}|_{1,3})(?=$|[\s)\]}.,;:!?\"'’”/–—-])"
)
# (its attributes, as Pandoc writes them, are no part of it: "## Uitwerking {#uitwerking}")
_MD_HEADING = re.compile(r"^(#{1,6})(?:\s+(.*?))?(?:\s+#+)?(?:\s+\{[#.][^{}]*\})?$")
_BOLD_LINE = re.compile(r"^(?:\*\*([^*]+)\*\*|__([^_]+)__)\s*:?$")
# Bullet glyphs as PDF text gives them: symbol-font bullets land in Unicode's private use area
# (Symbol's U+F0B7, Wingdings' U+F0A7 square, U+F076 diamond, U+F0D8 arrow, ...) and are often
# glued to the word after them; typographic bullets and dashes stand before a space.
_GLYPHS = "\uf0b7\uf0a7\uf076\uf0d8\uf0a8\uf0fc\uf06e\uf071\uf0e0"
_BULLET_PREFIX = rf"(?:[-–•·▪◦*]\s+|[{_GLYPHS}]\s*)"
# "1." and "1)", and "1 -", "1 –" or "1:" before a capital ("1 - Normaliseren"; not "15 - 20 jaar"),
# or a dash before the words a council's decision opens with ("1 - in te stemmen met ...").
_DECIDING_WORDS = r"(?:in|de|het|een|kennis|akkoord|vast|te|op|om|aan|geen|niet|wensen|ermee)\b"
_LEADING_BULLET = re.compile(rf"^{_BULLET_PREFIX}")
# A list number as text recognition misreads it: "l." for 1, "lO." for 10, "2O." for 20 (a lower-case
# L or a capital O among digits; only capitals I are a Roman numeral), before a capital.
_MISREAD_MARK = r"(?=[\dlO]*[lO])(?![O])([\dlO]{1,2})[.)]"
MISREAD_MARK = re.compile(rf"^{_MISREAD_MARK}$")  # the mark alone, as a block keeps it
_OCR_NUMBERED = re.compile(rf"^({_MISREAD_MARK})\s+(?=[A-ZÀ-Ý])(\S.*)$")
_OCR_DIGITS = str.maketrans("lO", "10")
# A point numbered within its theme's letter: "A.1  Title", "B.2 Title" (not "A.B. Jansen": a digit).
THEME_MARKER = re.compile(r"^[A-Z]\.\d{1,2}\.?$")
# A point put in between two others after the list was numbered: "3a. Een gezamenlijke zienswijze"
# after 3 and before 4 (its number is the one it follows; its label is as written).
_INSERTED = r"\(?(\d{1,3})[a-z][.)]"
INSERTED_MARK = re.compile(rf"^{_INSERTED}$")  # the mark alone, as a block keeps it
_INSERTED_NUMBERED = re.compile(rf"^({_INSERTED})\s+(?=[A-ZÀ-Ý])(\S.*)$")
_TEN_ORDINAL = re.compile(
    r"^((?i:ten)\s+((?i:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)))\s*[:,]\s+(\S.*)$"
)
_AD_NUMBERED = re.compile(r"^(Ad\s+(\d{1,2}|[a-z])[.):]?)\s+(?=[A-ZÀ-Ý])(\S.*)$")  # "Ad 1.", "Ad a)"
_BRACKETED = re.compile(r"^(\[(\d{1,3})\])\s+(?=[A-ZÀ-Ý])(\S.*)$")  # "[1] Vraag jongeren ...", not "[1]: bron"
# Circled numbers ("①", "❶", "➀") before a point's text: the number they show.
_CIRCLED = {chr(base + k): k + 1 for base, count in ((0x2460, 20), (0x2776, 10), (0x2780, 10)) for k in range(count)}
_THEME_NUMBERED = re.compile(r"^([A-Z]\.(\d{1,2})\.?)\s+(?=[A-ZÀ-Ý])(\S.*)$")
_NUMBERED = re.compile(
    rf"^{_BULLET_PREFIX}?((?:\(|\{{(?=\d{{1,2}}\)))?(\d{{1,4}})(?:[.)]|\s?[:–-](?=\s+[A-ZÀ-Ý])|(?<!\d{{3}})\s[–-](?=\s+{_DECIDING_WORDS})))"
    r"(?:\s+(.*))?$"
)
# Lettered points are bullets too: "a)" always, "a." before a capital only (a wrapped line may
# start with an abbreviation's last letter, "a. van Dam"); and so are points numbered i., ii.,
# iii. (before a capital): "i." alone could be a letter, so both are read alike, in their order.
_BULLET = re.compile(
    rf"^(?:[-–—•·▪◦‣►➢✓+*o]\s+|[{_GLYPHS}]\s*|\(?[a-z]\)\s+|[a-z]\.\s+(?=[A-ZÀ-Ý])"
    r"|\(?(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})[.)]\s+(?=[A-ZÀ-Ý]))(\S.*)$"
)
# Roman numbering, "IV. Ruimte voor innovatie" (up to XXXIX; the text must start with a capital,
# so that an initial such as "V. de Vries" is not taken for a number).
_ROMAN = re.compile(r"^(X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s+(\S.*)$")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_DIGITS[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


# A point labelled with the word for it: "Uitgangspunt 3: Zorg dichtbij", "Principe 2 – ...", or
# with its abbreviation in capitals, "UP3", "UP 3:" (lower case "up" is an English word). Frameworks
# also name their points ambitions, goals, spearheads, pillars, building blocks or themes.
# (a kind of point may have its adjective: "Strategische keuze 3", "Regionale opgave 2")
_POINT_ADJECTIVE = (
    r"(?:(?!(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s)[a-zà-ÿ]{3,20}e\s+)?"
)
_POINT_WORDS = (
    r"(?:uitgangspunt|principe|beginsel|kaderpunt|beslispunt|zienswijzepunt|(?:aandachts|actie|kern|zorg)punt|actielijn|keuzevraag|vraag|(?:beleids|kern)?keuze|aanbeveling|(?:deel)?conclusie|voorstel|punt|artikel|ambitie|doelstelling|doel|speerpunt|pijler"
    r"|bouwsteen|kader|thema|opgave|randvoorwaarde|kernwaarde|advies|zienswijze|principle)"
)
# A point's label set before its text with a hanging indent ("Keuze 1   Wonen met ..." / "     Wij ...").
_HANGING_LABEL = re.compile(  # (or a point's code: "UP-2", "K1", "BR 1.1")
    rf"^(?:{_POINT_ADJECTIVE}{_POINT_WORDS}\s+(?:\d{{1,3}}|[IVX]{{1,6}}|[A-Z])|(?-i:[A-Z]{{1,3}})[- ]?\d{{1,2}}(?:\.\d{{1,2}})?)[.:)]?$",
    re.IGNORECASE,
)
# The label's number in digits, or (followed by a colon, full stop or dash, so that a word is
# not taken for one) a Roman numeral or a capital letter: "Uitgangspunt IV:", "Principe B –".
# Another capital (or two) before the number labels a point with a colon, full stop or dash after
# it: "K1 – Indexatie ...", "D3: ...", "SP2. ..." (not "A2 richting Utrecht", "B1 niveau").
_LETTER_LABEL = (  # (or before a title with its capital, "K1 Werk boven uitkering", a scan's "K 3 Detacheren";
    # or the letters and the number a hyphen apart, "BV-01  Sluiting ...", "IK-3 Passend aanbod")
    r"(?-i:[A-Z]{1,2}(?=\d{1,2}\s*[:.–—-]\s)|[A-Z]{1,2}(?=\d{1,2}\s+[A-ZÀ-Ý](?:[a-zà-ÿ]|\s[a-zà-ÿ]))|[A-Z]\s(?=\d\s+[A-ZÀ-Ý](?:[a-zà-ÿ]|\s[a-zà-ÿ]))"
    r"|[A-Z]{2,3}-(?=\d{1,2}(?:\s*[:.–—-])?\s+[A-ZÀ-Ý](?:[a-zà-ÿ]|\s[a-zà-ÿ])))"
)
_LABELLED = re.compile(
    rf"^(?:{_POINT_ADJECTIVE}{_POINT_WORDS}\s+|(?-i:UP)[\s-]*|(?-i:[UP])(?=\d)|{_LETTER_LABEL})(\d{{1,4}}\b|(?-i:[IVX]{{1,6}}|[A-Z]|l)(?=\s*[:.)–—-]))\s*[:.)–—-]?\s*(.*)$",
    re.IGNORECASE,
)
# A text that is only a point's number or label, as in a table's number column: "3", "3.",
# "(3)", "Uitgangspunt 3", "UP3", "U3", "P3", a code of a letter or two and a number: "K1".
_MARK_ONLY = re.compile(
    rf"^(?:\(?(\d{{1,3}})[.):]?|(?:{_POINT_WORDS}\s+|(?-i:UP)\s*|(?-i:[A-Z]{{1,2}})(?=\d)|(?-i:[A-Z]{{2,3}})-(?=\d))(\d{{1,3}})[.:]?)$",
    re.IGNORECASE,
)


_ORDINALS = (
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde dertiende "
    "veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste"
).split()
_ORDINAL_WORDS = "|".join(_ORDINALS)
ORDINALS = frozenset(_ORDINALS)  # for the candidates module: a label's ordinal is no word of its kind
# A point named by its ordinal: "Eerste uitgangspunt: Beter inzetten ...", "Tweede principe –".
_ORDINAL_LABELLED = re.compile(rf"^({_ORDINAL_WORDS})\s+{_POINT_WORDS}\s*[:.–—-]\s*(.*)$", re.IGNORECASE)
# "#1 Beter inzetten ...": a number after a hash (no heading in Markdown without the space).
_HASH_NUMBERED = re.compile(  # (or "TIP #1 ...", "ADVIES #1 -- Luister naar ons")
    r"^((?:[^\W\d_]{2,20}\s+)?#(\d{1,4}))\s+(?:[-–—:]{1,2}\s+)?(?=[A-ZÀ-Ý])(.*)$"
)


def _point_label(text: str) -> re.Match[str] | None:
    """A point labelled with the word for it, by number or by ordinal (group 1 the number or the
    ordinal, group 2 what follows)."""
    return _LABELLED.match(text) or _ORDINAL_LABELLED.match(text)


def _label_number(label: str) -> int:
    """The number of a point's label: "3" 3, "IV" 4, "B" 2, "Derde" 3."""
    if label.isdigit():
        return int(label)
    if label == "l":  # a scan's 1 ("Aanbeveling l:")
        return 1
    if label.lower() in _ORDINALS:
        return _ORDINALS.index(label.lower()) + 1
    if set(label) <= set(_ROMAN_DIGITS):
        return _roman_value(label)
    return ord(label) - ord("A") + 1


def point_label(text: str) -> bool:
    """Whether a line opens with a point's label in words ("Uitgangspunt 3", "Tweede principe:"),
    not a bare number: a slide's or page's label, no running header though it counts up."""
    text = text.strip()
    return _point_label(text) is not None and _WORD_START.match(text) is not None


_WORD_START = re.compile(r"[^\W\d_]{3}")  # a word, not "U3" or "P3" (which could be a page's)


def point_mark(text: str) -> int | None:
    """The number of a text that is only a point's mark (see :data:`_MARK_ONLY`), else None."""
    match = _MARK_ONLY.match(text.strip())
    return int(match.group(1) or match.group(2)) if match else None


_NUMBERED_CELL = re.compile(r"^\(?(\d{1,3})[.)]\s+(?=[A-ZÀ-Ý])(\S.*)$")


def point_row(cells: Sequence[str]) -> str | None:
    """A table row that is a numbered point, as the list item it stands for: its number alone in
    the first cell ("3 | Zorg dichtbij | Hulp in de wijk") or before the title there ("3. Zorg
    dichtbij | Hulp in de wijk"), read "3. Zorg dichtbij – Hulp in de wijk"; a capital letter
    alone in the first cell likewise ("B. Herstel voorop – ..."): whether the letters make a
    list is the reader's question, as for letters in a text; else None."""
    if len(cells) < 2:
        return None
    number = point_mark(cells[0])
    if number is not None:
        label = f"{number}." if cells[0].strip("().:").isdigit() else f"{cells[0].rstrip('.:')}:"
        return f"{label} {_cells_joined(cells[1:])}"
    numbered = _NUMBERED_CELL.match(cells[0].strip())
    if numbered is not None and not _ends_terminal(numbered.group(2)):
        return f"{numbered.group(1)}. {' – '.join([numbered.group(2), *cells[1:]])}"
    roman = _ROMAN_CELL.match(cells[0].strip())
    if roman is not None and roman.group(1) and _starts_upper(cells[1]):  # "IV. | Waardering aan de voorkant | ..."
        return f"{roman.group(1)}. {' – '.join(cells[1:])}"
    lettered = _LETTER_CELL.match(cells[0].strip())
    if lettered is not None and _starts_upper(cells[1]):  # "B | Herstel voorop | ...": a point lettered B
        return f"{lettered.group(1) or lettered.group(2)}. {' – '.join(cells[1:])}"
    with_text = _LETTERED_CELL.match(cells[0].strip())
    if (
        with_text is not None
    ):  # "a. Het college op te dragen ... | Wij ondersteunen dit.": the point, the answer beside it
        return f"{with_text.group(1)}. {_cells_joined([with_text.group(2), *cells[1:]])}"
    return None


def _cells_joined(cells: Sequence[str]) -> str:
    """A row's cells as one text: a title cell and the next set apart by a dash, a cell whose
    sentence ended and the next by a space (the point a sentence, the answer beside it others)."""
    text = cells[0]
    for cell in cells[1:]:
        text = f"{text} {cell}" if _ends_terminal(text) else f"{text} – {cell}"
    return text


_LETTERED_CELL = re.compile(
    r"^\(?([a-z])[.)]\s+([A-ZÀ-Ý].{2,})$"
)  # a point's letter before its text: "a. Het college ..."
_LETTER_CELL = re.compile(r"^\(?(?:([A-Z])[.)]?|([a-z])[.)])$")  # a cell that is only a point's letter: "B", "f."
_ROMAN_CELL = re.compile(r"^\(?(X{0,3}(?:IX|IV|V?I{0,3}))[.)]$")  # only a Roman numeral, with its stop: "IV."


def grouped_points(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a table numbers its points in its second column, a first column of themes merged
    down over their points ("Thema | Nr. | Kader": "A. Passende hulp | 1 | ...", then "2 | ..."
    where the theme's cell goes on): the numbers, in whichever of the first two cells they
    stand, count 1, 2, 3, ... (three at least), and a theme stands before a number somewhere."""
    numbers: list[int] = []
    themed = False
    for cells in rows:
        if len(cells) < 2:
            continue
        first, second = point_mark(cells[0]), point_mark(cells[1])
        if first is None and second is not None and len(cells) >= 3:
            numbers.append(second)
            themed = True
        elif first is not None:
            numbers.append(first)
    return themed and len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def table_point(cells: Sequence[str], grouped: bool) -> str | None:
    """:func:`point_row` of a table's row; in a table that groups its points under themes
    (:func:`grouped_points`), a row whose theme stands before its number is that point, its
    theme after it ("A. Passende hulp | 1 | Hulp ..." reads "1. Hulp ... – A. Passende hulp")."""
    point = point_row(cells)
    if point is None and grouped and len(cells) >= 3 and point_mark(cells[1]) is not None:
        point = point_row([*cells[1:], cells[0]])
    return point


# Outline numbering of a heading as Word writes it: "2 Uitgangspunten", "2.1 Normaliseren".
_OUTLINE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$")
_BLOCKQUOTE = re.compile(r"^(?:>\s*)+")
# A sentence's end: a full stop, question or exclamation mark, colon or semicolon, perhaps in
# quotes or brackets (written as string tests: a regular expression anchored at the end of a line
# is tried at every position of it).
_TERMINAL_MARKS = ".!?:;"
_CLOSING = "\"'’”)]"
_SENTENCE_BREAK = re.compile(r"[.!?;][\"'’”)]*\s+[\"'‘“(]?[A-ZÀ-Ý]")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,5}\s")
# What can open a line that is not plain text: Markdown, a list number or bullet, a Roman
# numeral, a point's label. A line that opens otherwise (and has no emphasis) is plain text,
# known without trying each pattern of :func:`_classify` in turn.
_MAYBE_MARKED = re.compile(
    rf"[#*_>({{\[\u2460-\u2473\u2776-\u2789]|\d|[-–—•·▪◦‣►➢✓+*o]\s|[{_GLYPHS}]|[a-z][.)]|[\dlO]{{2}}[.)]|[A-Z]\.\d|[ivx]{{2,6}}[.)]|X{{0,3}}(?:IX|IV|V?I{{0,3}})[.)]|(?i:{_POINT_WORDS})|(?i:[^\W\d_]{{3,20}}e\s+{_POINT_WORDS})|UP|[A-Z]{{1,2}}\d|[A-Z]{{2,3}}-\d|[A-Z]\s\d|Ad\s|(?i:ten\s)|(?i:{_ORDINAL_WORDS})\s"
)


def strip_emphasis(text: str) -> str:
    """Remove Markdown emphasis markers (``*``, ``**``, ``_``) that sit at word boundaries.

    A lone ``*`` between spaces (``5 * 3``) and underscores inside words are left alone.
    """
    if "*" not in text and "_" not in text:
        return text
    return collapse(_EMPHASIS.sub("", text))


class _Kind(Enum):
    MD_HEADING = "md"
    BOLD = "bold"
    NUMBERED = "numbered"
    BULLET = "bullet"
    PLAIN = "plain"


# Levels for headings found without Markdown: capitals outrank bold, bold outranks a short line.
_LEVEL_CAPS = 2
_LEVEL_BOLD = 3
_LEVEL_PLAIN = 4
_LEVEL_LABELLED = 5  # "Uitgangspunt 3: ..." on a line of its own: under the heading before it


@dataclass(slots=True)
class _Info:
    kind: _Kind
    text: str  # without marker and emphasis
    level: int = 0
    number: int | None = None
    marker: str = ""  # the numbering as written, for Block.marker
    lead: int = 0  # the length of a bold lead-in that opens the text ("**Zorg dichtbij.** Hulp ..."), for Block.lead


# What each line is: None for plain text that is its line's text as it stands (most lines of a
# long document: no object of its own for them).
_Infos = list[_Info | None]


def _info(lines: Sequence[_Line], infos: _Infos, i: int) -> _Info:
    return infos[i] or _Info(_Kind.PLAIN, lines[i].text)


def _classified(lines: Sequence[_Line]) -> _Infos:
    """:func:`_classify` of every line, None where it is plain text as it stands."""
    maybe_marked = _MAYBE_MARKED.match
    infos = [
        None
        if line.literal or ("*" not in (text := line.text) and "_" not in text and maybe_marked(text) is None)
        else _Info(_Kind.NUMBERED, "", number=int(text), marker=text)
        if line.mark
        else _classify(text)
        for line in lines
    ]
    _capital_letters(lines, infos)
    _theme_numbers(infos)
    return infos


def _theme_numbers(infos: _Infos) -> None:
    """Points numbered within their themes' letters, A.1, A.2, B.1, C.1, ..., in that order: numbered
    on through the themes (1, 2, 3, 4, 5), the points of one list; their marks stay as written."""
    marked = [i for i, info in enumerate(infos) if info is not None and THEME_MARKER.match(info.marker)]
    if len(marked) < 2:
        return
    letter, number = "", 0
    for i in marked:
        info = infos[i]
        assert info is not None
        here, n = info.marker[0], info.number
        if not ((here == letter and n == number + 1) or (n == 1 and here > letter)):
            return  # not one run through the themes: each number as written
        letter, number = here, n or 0
    for running, i in enumerate(marked, 1):
        info = infos[i]
        assert info is not None
        info.number = running


# Lines numbered in a run that alone would be read otherwise: "A. Zorg dichtbij" (alone more often
# an initial, "A. Jansen"), a council's decisions "a. het kader vast te stellen;" and "I. het
# kader vast te stellen;" (a lower-case text after the mark). Each is an item when its marks run
# on, A, B, C, ... (three at least; two for decisions, which are often two).
_CAPITAL_ITEM = re.compile(r"^\(?([A-Z])[.)]\s+(?=[A-ZÀ-Ý\d])(\S.*)$")
_LOWER_ITEM = re.compile(r"^\(?([a-z])[.)]\s+(?=[a-zà-ÿ])(\S.*)$")
_ROMAN_ITEM = re.compile(r"^(X{0,3}(?:IX|IV|V?I{0,3})|x{0,3}(?:ix|iv|v?i{0,3}))[.)]\s+(?=[a-zà-ÿ])(\S.*)$")
_CAPITAL_RUN = 3
_DECISION_RUN = 2


def _capital_letters(lines: Sequence[_Line], infos: _Infos) -> None:
    """Lines whose marks run on (:data:`_CAPITAL_ITEM`, :data:`_LOWER_ITEM`, :data:`_ROMAN_ITEM`)
    are list items: letters as "a.", "b.", "c." are, Roman numerals numbered."""
    runs: dict[str, list[tuple[int, re.Match[str]]]] = {"capital": [], "lower": [], "roman": []}

    def close(kind: str) -> None:
        run = runs[kind]
        if len(run) >= (_CAPITAL_RUN if kind == "capital" else _DECISION_RUN) or (
            kind == "capital" and _two_announced(lines, run)
        ):
            for i, match in run:
                marker = lines[i].text[: match.start(2)].strip()
                if kind == "roman":
                    infos[i] = _Info(
                        _Kind.NUMBERED,
                        match.group(2).strip(),
                        number=_roman_value(match.group(1).upper()),
                        marker=marker,
                    )
                else:
                    infos[i] = _Info(_Kind.BULLET, match.group(2).strip(), marker=marker)
        run.clear()

    for i, line in enumerate(lines):
        info = infos[i]
        first = line.text[:2].lstrip("(")[:1]
        if line.literal or (info is not None and info.kind is not _Kind.PLAIN) or not first.isalpha():
            continue
        for kind, pattern in (("capital", _CAPITAL_ITEM), ("roman", _ROMAN_ITEM), ("lower", _LOWER_ITEM)):
            match = pattern.match(line.text)
            if match is None or not match.group(1):
                continue
            mark = match.group(1)
            if kind == "roman" and mark.islower() and len(mark) == 1 and ord(mark) - ord("a") == len(runs["lower"]):
                continue  # "i." after "a." to "h.", "v." after "u.": a letter that goes on
            place = _roman_value(mark.upper()) - 1 if kind == "roman" else ord(mark.lower()) - ord("a")
            run = runs[kind]
            if place != len(run) or place == 0:
                close(kind)
                if place != 0 or (kind != "capital" and _in_item(lines, infos, i)):
                    break  # out of order, or a numbered item's own sub-points
            run.append((i, match))
            break
    for kind in runs:
        close(kind)


def _two_announced(lines: Sequence[_Line], run: Sequence[tuple[int, re.Match[str]]]) -> bool:
    """Two points "A." and "B." right under a lead-in that ends in a colon ("... doen wij u twee
    aanvullende aanbevelingen:"), each a sentence of some words: points, not two initials."""
    if len(run) != 2 or run[0][0] == 0:
        return False
    before = lines[run[0][0] - 1].text.rstrip()
    return before.endswith(":") and all(len(match.group(2).split()) >= _SENTENCE_WORDS for _i, match in run)


_SENTENCE_WORDS = 4  # words of a point at least, where two initials ("A. Jansen") have one or two


def _in_item(lines: Sequence[_Line], infos: _Infos, i: int) -> bool:
    """Whether line ``i`` follows a numbered item's line directly: "1. In te stemmen, met dien
    verstande dat" / "a. de toegang lokaal blijft;" are that decision's own sub-points."""
    before = infos[i - 1] if i and lines[i - 1].text.strip() else None
    return before is not None and before.kind is _Kind.NUMBERED


def _marked(heading: str) -> tuple[int | None, str]:
    """The number of a heading that labels a point ("Uitgangspunt 3: ...") or is outline-numbered
    ("2.1 Normaliseren": the last part, 1), with the marker as written ("Uitgangspunt 3", "2.1").
    The heading keeps its text; the number is for finding the sequence of points."""
    labelled = _point_label(heading)
    if labelled:
        return _label_number(labelled.group(1)), heading[: labelled.start(2)].rstrip(" :.)–—-") or heading
    outline = _OUTLINE.match(heading)
    if outline and _starts_upper(outline.group(2)) and not _DATE_RE.match(heading):
        inner = outline.group(2)  # "4.6 Uitgangspunt 6: Adaptief plannen": the point's own label
        labelled = _point_label(inner)
        if labelled and labelled.group(2) and _starts_upper(labelled.group(2)):
            return _label_number(labelled.group(1)), inner[: labelled.start(2)].rstrip(" :.)–—-") or inner
        return int(outline.group(1).split(".")[-1]), outline.group(1)
    hashed = _HASH_NUMBERED.match(heading)  # "TIP #1 Praat met ons": numbered after a hash
    if hashed:
        return int(hashed.group(2)), hashed.group(1)
    return None, ""


_BOLD_TITLE_WITH_STOP = re.compile(r"^[A-ZÀ-Ý][^.!?;:]{2,80}[^\W_]\.$")  # a few words, a capital, one full stop


def _classify(line: str) -> _Info:
    """What a line is by its own look: a Markdown heading, a bold line, a list item or text."""
    line = _BLOCKQUOTE.sub("", line) if line.startswith(">") else line
    md = _MD_HEADING.match(line)
    if md:
        inner = strip_emphasis(md.group(2) or "")
        numbered = _NUMBERED.match(inner)
        if numbered and numbered.group(3):
            return _Info(
                _Kind.MD_HEADING, numbered.group(3), len(md.group(1)), int(numbered.group(2)), numbered.group(1)
            )
        roman = _ROMAN.match(inner)
        if roman and roman.group(1) and _starts_upper(roman.group(2)):  # "## IV. Lokaal waar het kan"
            marker = inner[: roman.start(2)].strip()
            return _Info(
                _Kind.MD_HEADING, roman.group(2).strip(), len(md.group(1)), _roman_value(roman.group(1)), marker
            )
        number, marker = _marked(inner)
        return _Info(_Kind.MD_HEADING, inner, len(md.group(1)), number, marker)
    bold = _BOLD_LINE.match(line)
    if bold:
        inner = " ".join((bold.group(1) or bold.group(2) or "").split())
        numbered = _NUMBERED.match(inner)
        if numbered and numbered.group(3):
            text = strip_emphasis(numbered.group(3))
            return _Info(_Kind.BOLD, text, _LEVEL_BOLD, int(numbered.group(2)), numbered.group(1))
        roman = _ROMAN.match(inner)
        if roman and roman.group(1) and _starts_upper(roman.group(2)):  # "**IV. Lokaal waar het kan**"
            marker = inner[: roman.start(2)].strip()
            return _Info(
                _Kind.BOLD, strip_emphasis(roman.group(2).strip()), _LEVEL_BOLD, _roman_value(roman.group(1)), marker
            )
        if len(inner) <= 150 and not inner.endswith((".", ",", ";")):
            inner = strip_emphasis(inner)
            return _Info(_Kind.BOLD, inner, _LEVEL_BOLD, *_marked(inner))
        if _BOLD_TITLE_WITH_STOP.match(inner) and not _SENTENCE_BREAK.search(inner):
            # a title in bold with a full stop, on its own line over its text ("Scheiden aan de bron.")
            inner = strip_emphasis(inner)
            return _Info(_Kind.BOLD, inner, _LEVEL_BOLD, *_marked(inner))
    text = strip_emphasis(line)
    numbered = _NUMBERED.match(text)
    if numbered:
        rest = (numbered.group(3) or "").strip()
        as_written = _NUMBERED.match(line) if "**" in line else None
        lead = _bold_lead(as_written.group(3) or "") if as_written else 0
        return _Info(_Kind.NUMBERED, rest, number=int(numbered.group(2)), marker=numbered.group(1), lead=lead)
    roman = _ROMAN.match(text)
    if roman and roman.group(1) and _starts_upper(roman.group(2)):
        marker = text[: roman.start(2)].strip()
        return _Info(_Kind.NUMBERED, roman.group(2).strip(), number=_roman_value(roman.group(1)), marker=marker)
    themed = _THEME_NUMBERED.match(text)
    if themed:  # "A.1  Loon- en prijsindexatie", "B.2 ...": a theme's letter and the point's number in it
        return _Info(_Kind.NUMBERED, themed.group(3).strip(), number=int(themed.group(2)), marker=themed.group(1))
    misread = _OCR_NUMBERED.match(text)
    if misread:  # "l.", "lO.", "ll.": a scan's 1, 10 and 11
        number = int(misread.group(2).translate(_OCR_DIGITS))
        return _Info(_Kind.NUMBERED, misread.group(3).strip(), number=number, marker=misread.group(1))
    hashed = _HASH_NUMBERED.match(text)
    if hashed:
        return _Info(_Kind.NUMBERED, hashed.group(3).strip(), number=int(hashed.group(2)), marker=hashed.group(1))
    inserted = _INSERTED_NUMBERED.match(text)
    if inserted:
        return _Info(_Kind.NUMBERED, inserted.group(3).strip(), number=int(inserted.group(2)), marker=inserted.group(1))
    in_turn = _TEN_ORDINAL.match(text)
    if in_turn:  # "Ten eerste: de bijdrage stijgt ...", "Ten tweede, ...": points made in turn
        number = _ORDINALS.index(in_turn.group(2).lower()) + 1
        return _Info(_Kind.NUMBERED, in_turn.group(3), number=number, marker=in_turn.group(1))
    regarding = _AD_NUMBERED.match(text)
    if regarding and _title_like(regarding.group(3), 100, 14):
        # "Ad 1. Stel normen vast", "Ad a) Social return ...": the point reacted to, by its title
        # (a sentence after "Ad 1." explains a point that stands elsewhere, in a table above)
        mark = regarding.group(2)
        number = int(mark) if mark.isdigit() else ord(mark) - ord("a") + 1
        return _Info(_Kind.NUMBERED, regarding.group(3), number=number, marker=regarding.group(1))
    bracketed = _BRACKETED.match(text)
    if bracketed:  # "[1] Vraag jongeren zelf wat werkt"
        return _Info(_Kind.NUMBERED, bracketed.group(3), number=int(bracketed.group(2)), marker=bracketed.group(1))
    if text[:1] in _CIRCLED:  # "① Maak de inkoop ..."
        return _Info(_Kind.NUMBERED, text[1:].strip(), number=_CIRCLED[text[0]], marker=text[0])
    bare = text  # (a label after a bullet: "*  Uitgangspunt 1 - Resultaatgericht indiceren")
    if (glyph := _LEADING_BULLET.match(text)) is not None and _point_label(text[glyph.end() :]):
        bare = text[glyph.end() :]
    labelled = _point_label(bare)
    if (
        labelled
        and (
            not labelled.group(2)
            or _starts_upper(labelled.group(2))
            # "Uitgangspunt 4: de raad heeft zorgen over ...": a label and its colon, a sentence after it
            or (labelled.lastindex == 2 and ":" in bare[labelled.end(1) : labelled.start(2)])
        )
    ):
        # A short labelled line is a heading over the point's explanation and keeps its label
        # (the document's wording); a whole sentence is a list item, its label the marker.
        # A label alone on its line ("Uitgangspunt 1") is a marker whose text follows.
        rest, number = labelled.group(2), _label_number(labelled.group(1))
        marker = bare[: labelled.start(2)].rstrip(" :.)–—-") if rest else bare
        if rest and _title_like(rest, 100, 14):
            return _Info(_Kind.BOLD, bare, _LEVEL_LABELLED, number, marker)
        return _Info(_Kind.NUMBERED, rest, number=number, marker=marker)
    bullet = _BULLET.match(text)
    if bullet and bullet.group(1).strip():
        return _Info(_Kind.BULLET, bullet.group(1).strip(), marker=text[: bullet.start(1)].strip() or "•")
    return _Info(_Kind.PLAIN, text)


# A bold lead-in that opens a point: "**Zorg dichtbij.** Hulp in de wijk." (a title in bold before
# its explanation, in the same paragraph; Word's bold run is written so by the Word reader).
_BOLD_LEAD = re.compile(r"^\s*\*\*([^*\n]{2,160}?)\*\*(?=[:.;–—-]?\s+\S)")  # ("**Titel**: uitleg" too)


def _bold_lead(text: str) -> int:
    """The length, emphasis removed, of the bold lead-in opening ``text`` (0 when none)."""
    match = _BOLD_LEAD.match(text)
    return len(collapse(match.group(1)).strip()) if match else 0


def _ends_terminal(text: str) -> bool:
    if text[-1:] == "\n":  # as "$" in a pattern: the end, or before a newline at the end
        text = text[:-1]
    last = text[-1:]
    if last in _CLOSING and last:
        text = text.rstrip(_CLOSING)
        last = text[-1:]
    return last != "" and last in _TERMINAL_MARKS


def _word_split(line: _Line) -> bool:
    """Whether the line ends in the first part of a word that goes on on the next line: a soft
    hyphen, or a hyphen right after a letter or digit ("governance-" + "adviezen")."""
    if line.soft_hyphen:
        return True
    text = line.text  # a line: no newline in it
    return text[-1:] in _HYPHENS and len(text) >= 2 and (text[-2].isalnum() or text[-2] == "_")


# The hyphen, and Unicode's own hyphen (U+2010) that typesetting programs break words with, and
# its non-breaking twin (U+2011) that a PDF's text gives for it too: "jeugd‐" + "hulp".
_HYPHENS = frozenset("-\u2010\u2011")
_LAST_WORD = re.compile(r"(\w+)[-\u2010\u2011]$")
_FIRST_WORD = re.compile(r"\w+")
_WORDS_WITH_HYPHENS = re.compile(r"\w+(?:-\w+)*")
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")
# Dutch prefixes written with a hyphen before a lower-case word ("ex-wethouder", "oud-raadslid").
_HYPHEN_PREFIXES = frozenset({"anti", "co", "e", "ex", "niet", "non", "oud", "pro", "vice"})


def _hyphen_breaks_word(before: str, after: str, vocabulary: Callable[[], set[str]]) -> bool:
    """Whether the hyphen that ends the line ``before`` only broke a word over two lines
    ("jeugd-" + "hulp" is "jeugdhulp"), rather than being part of it ("Zuid-" + "Holland",
    "zee-" + "egel", "SMART-" + "afspraken"). The document decides when it writes the word
    elsewhere on one line, either way; else the spelling does: a hyphen stays before a capital,
    between digits or capitals, where two vowels meet, and after a prefix Dutch writes with one.
    ``vocabulary``: the document's words, lower case, hyphenated ones whole (made when first asked)."""
    head, tail = _LAST_WORD.search(before), _FIRST_WORD.match(after)
    if head is None or tail is None:
        return False
    first, second = head.group(1), tail.group(0)
    if not (first[-1].isalpha() and second[0].islower()) or first.isupper():
        return False
    if any(c.isdigit() for c in first) or any(c.isdigit() for c in second):
        return False
    words = vocabulary()
    if (first + second).casefold() in words:
        return True
    if f"{first}-{second}".casefold() in words:
        return False
    if first[-1].casefold() in _VOWELS and second[0] in _VOWELS:
        return False
    return first.casefold() not in _HYPHEN_PREFIXES


def _starts_lower(text: str) -> bool:
    first = text[:1]
    if first in "([" and len(text) > 1:
        first = text[1]
    return first.islower()


def _starts_upper(text: str) -> bool:
    first = text[:1]
    if first in "‘'\"“(" and len(text) > 1:
        first = text[1]
    return first.isupper()


def _is_caps(text: str) -> bool:
    if len(text) > 100 or not text.isupper():  # isupper: has cased letters, none lower case
        return False
    return sum(1 for c in text if c.isalpha()) >= 4


# Abbreviations a title can end in: "Inkoopkader Jeugdhulp 2022 e.v.", "Regio Rijnmond e.o.".
_TITLE_ENDINGS = (" e.v.", " e.o.")


def _title_like(text: str, max_len: int, max_words: int = 12) -> bool:
    """Could this text be a heading on its own: short, capitalised, not a sentence, not a name."""
    if not (2 <= len(text) <= max_len) or not _starts_upper(text):
        return False
    if text.endswith((".", ",", ";", ":", "!")) and not text.endswith(_TITLE_ENDINGS):
        return False
    words = text.split()
    if len(words) > max_words or text.count(",") > 2:
        return False
    if _SENTENCE_BREAK.search(text) or _INITIALS.match(text):
        return False
    letters = sum(map(str.isalpha, text))
    return letters >= 0.5 * sum(map(len, words))


title_like = _title_like  # for the candidates module: one notion of "looks like a title"


# --------------------------------------------------------------------------------------------
# Building blocks
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Layout:
    """How the text was laid out by whatever extracted it.

    ``double``: a blank line after every line (common in PDF extraction); a single blank line is
    then only a line break and paragraphs are separated by two or more.
    ``width``: the usual length of a wrapped line, or None when lines are whole paragraphs.
    """

    double: bool
    width: int | None

    def soft(self, gap: int) -> bool:
        """Whether a gap of this many blank lines is only a line break."""
        return gap == 0 or (self.double and gap == 1)


_SHORT_LINE = 40  # characters: a line shorter than this is a name's or a greeting's, no wrapped text
_MOTION_CLAUSE = re.compile(  # the words a motion's or a decision's clauses open with
    r"^(?:gehoord|gelet|gelezen|constaterende|overwegende|van\s+mening|verzoekt|draagt|roept|spreekt|besluit|vraagt"
    r"|en\s+gaat\s+over)\b",
    re.IGNORECASE,
)
MOTION_CLAUSE = _MOTION_CLAUSE  # for the candidates module: one list of a motion's clause words


def _layout(lines: Sequence[_Line]) -> _Layout:
    wraps: list[int] = []
    single = continued_over_blank = 0
    for a, b in pairwise(lines):
        gap = b.gap
        if gap > 1:
            continue
        if gap == 1:
            single += 1
        text = b.text  # _starts_lower(text), asked of every line
        first = text[:1]
        if first in "([" and len(text) > 1:
            first = text[1]
        if not a.terminal and first.islower():
            wraps.append(len(a.text))
            if gap == 1 and len(a.text) >= _SHORT_LINE and not _MOTION_CLAUSE.match(text):
                # (not a signature's "de griffier," / "mr. A. Koenen"; nor a motion's clauses, each
                # a paragraph of its own: "De raad ..., in vergadering bijeen ...," / "gehoord ...")
                continued_over_blank += 1
    double = continued_over_blank >= 2 and continued_over_blank >= 0.2 * single
    width = sorted(wraps)[len(wraps) // 2] if len(wraps) >= 5 else None
    return _Layout(double=double, width=width)


@dataclass(slots=True)
class _Draft:
    """A block being built from one or more lines."""

    kind: BlockKind
    level: int = 0
    number: int | None = None
    marker: str = ""
    lead: int = 0  # a bold lead-in's length at the text's start (see _Info.lead)
    toc: bool = False  # a line of a table of contents: stays a line of its own
    plain_heading: bool = False  # a heading found only by being a short line on its own
    first_gap_hard: bool = True  # starts after a paragraph break (or at the top)
    parts: list[str] = field(default_factory=list)
    filled: bool = False  # has text (a list marker alone on its line has none yet)
    lines: int = 0
    text_lines: int = 0  # lines with text (not a list marker alone)
    last: _Line | None = None  # the last line added
    has_comma_line: bool = False  # a line ended in a comma: an address or a letter's closing
    first_indent: int = -1  # the indent of its first line
    paged: bool = False  # a page break stood before one of its lines

    def add(self, line: _Line, text: str) -> None:
        if self.first_indent < 0:
            self.first_indent = line.indent
        if line.paged:
            self.paged = True
        if text:
            self.filled = True
            self.text_lines += 1
        last = self.last
        if last is not None and not _word_split(last):
            self.parts.append(" ")
        self.parts.append(text)  # the line's own text: joined once, when the block is done
        self.lines += 1
        self.last = line
        if not self.has_comma_line and line.text[-1:] == ",":
            self.has_comma_line = True

    def text(self) -> str:
        return "".join(self.parts).strip()

    def done(self) -> str:
        """The text, once no line is added any more: the lines are let go."""
        text = self.text()
        self.parts = []
        self.last = None
        return text


# Words a Dutch line does not end on when its sentence (or title) ends there: articles,
# prepositions, conjunctions, auxiliaries ("... tussen het lokale team en de" / "GGD ...").
_DANGLING_WORDS = frozenset(
    "de het een en of van in op met voor bij aan te tot die dat om naar door over uit als dan is wordt "
    "worden zijn haar hun onze ons zo ook nog niet maar want omdat dus waar wat wie welke deze dit".split()
)


# Words a sentence opens with (a line starting with one, capitalised, starts a sentence: a name
# going on mid-sentence does not).
_OPENERS = frozenset(
    "de het een we wij dit dat deze die er in op voor bij als waar daarom daarbij hierbij zo u ons onze "
    "ook om met na sinds vanaf tot door wanneer indien omdat zodra nu hoewel alle elke ieder iedere".split()
)


# A sentence's first words: a capital opening a word in lower case, a word in lower case after it
# ("Contracten van zes jaar ..."), not a name of several capitals ("Stichting Jeugdzorg ...").
_SENTENCE_START = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]{2,}\s+[a-zà-ÿ]")


def _opens_sentence(text: str) -> bool:
    word = text.split(maxsplit=1)[0] if text else ""
    return word[:1].isupper() and word.lower().rstrip(",:") in _OPENERS


def _before_a_name(line: str) -> bool:
    """Whether a line stops on an article or "van", which a name goes on after ("... met de" /
    "Gemeente Hengelo"); a particle of a verb ("... pakken wij aan") ends a sentence."""
    words = line.split()
    return bool(words) and words[-1].lower() in ("de", "het", "een", "van")


def _dangling(line: str) -> bool:
    """Whether a line stops on a word that its sentence goes on after."""
    words = line.split()
    return bool(words) and words[-1].lower() in _DANGLING_WORDS


_POINTS = (BlockKind.NUMBERED, BlockKind.BULLET)  # a point's title stands alone over its text


_ORDER_OF_THE_DAY = re.compile(r"^en\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b", re.IGNORECASE)


def _joins(draft: _Draft, line: _Line, text: str, layout: _Layout, titled: bool = False) -> bool:
    """Whether a plain line (its text ``text``) continues the paragraph (or list item) before it.
    ``titled``: the draft is a point of a list whose points before it stand as titles over
    their explanation (:func:`_titled`)."""
    if draft.kind is BlockKind.HEADING:
        return False
    if not draft.filled:  # a list marker alone on its line: its text follows
        return True
    assert draft.last is not None  # a draft has a line from the start
    last = draft.last.text
    gap = line.gap
    soft = gap == 0 or (layout.double and gap == 1)  # layout.soft(gap), asked of every line
    terminal = draft.last.terminal
    if soft and _word_split(draft.last):
        return True
    if _ORDER_OF_THE_DAY.match(text):
        return False  # a motion's closing words, after its last point: not part of it
    if (
        _starts_lower(text)
        and not terminal
        and draft.kind in _POINTS
        and draft.text_lines == 1
        and soft
        and _starts_lower(draft.text())
        and len(last) + len(text.split(maxsplit=1)[0]) + 4 <= len(text)
        and not _dangling(last)
        and last[-1:] not in ",;:-–"
    ):
        # a title written in lower case over its explanation: the next line's first word would have
        # fitted on it, had the line been wrapped ("1) indexatie volgens de cao gemeenten" / "de
        # loonkosten stijgen in 2026 naar verwachting met 4,1 procent, de")
        return False
    if _starts_lower(text) and not terminal:
        # A sentence goes on. Over a paragraph break only if the line before was a full line
        # or a list item: then a page break (or a dropped page header) cut the paragraph.
        return soft or len(last) >= 40 or draft.kind is not BlockKind.PARAGRAPH
    if (
        not soft
        and not terminal
        and draft.kind is BlockKind.PARAGRAPH
        and layout.width is not None
        and len(last) >= 0.85 * layout.width
        and not _title_like(text, 80)
    ):
        return True  # a full line stopping mid-sentence at a page break, going on with a name ("SOJ")
    if not soft:
        return False
    if line.indented and terminal:
        return False
    if terminal and draft.kind in _POINTS and line.indent < draft.first_indent:
        return False  # an indented item's last sentence, then text further out: the paragraph after the list
    if draft.kind in _POINTS and not terminal and _starts_upper(text) and draft.text_lines <= 3:
        # "1. Kwaliteit boven prijs" over its explanation: the title stands alone. A short title
        # always; a longer one (up to three lines) when its last line is no full line of a
        # wrapped text, so that it ended there ("... bij" / "huis, in hun eigen omgeving" /
        # "Het lokale team ..."), or when the text is not wrapped at all.
        if draft.text_lines == 1 and _title_like(draft.text(), 80, 10):
            if layout.width is None or len(last) < 0.7 * layout.width:
                return False
            if not _dangling(last) and (_opens_sentence(text) or _SENTENCE_START.match(text)):
                return False  # a long title, a new sentence under it ("... netwerk" / "We gaan uit ...")
        elif _title_like(draft.text(), 200, 30) and not _dangling(last):
            if layout.width is None or (draft.text_lines > 1 and len(last) < 0.7 * layout.width):
                return False
            if draft.text_lines == 1 and (_opens_sentence(text) or _SENTENCE_START.match(text)):
                return False  # a title of a dozen words on its line, a new sentence under it
        if titled and not _before_a_name(last) and _title_like(draft.text(), 200, 30):
            return False  # as the points before it: its title on a line of its own (or two)
    if layout.double:
        return True
    if terminal and (layout.width is None or len(last) < 0.7 * layout.width):
        return False
    return True


def _heading_here(lines: Sequence[_Line], infos: _Infos, i: int, layout: _Layout, max_len: int) -> int:
    """Level if plain line ``i`` is a heading standing on its own line, else 0.

    It must look like a title, start a paragraph (or follow a finished sentence) and be followed
    by a new sentence, a list, or a paragraph break.
    """
    line, info = lines[i], infos[i]
    text = line.text if info is None else info.text
    before_hard = i == 0 or not layout.soft(line.gap)
    outline = _OUTLINE.match(text) if text[:1].isdecimal() else None  # isdecimal: what \d is
    # "2.1 Normaliseren": a dotted outline number marks a heading even right under the line before
    # ("2. Uitgangspunten" above it), where a plain short line would be read as going on.
    dotted = outline is not None and "." in outline.group(1) and _title_like(outline.group(2), max_len)
    if not before_hard and not dotted:
        before = infos[i - 1]
        if not (lines[i - 1].terminal or (before is not None and before.kind in (_Kind.MD_HEADING, _Kind.BOLD))):
            return 0
    after_hard = i + 1 == len(lines) or not layout.soft(lines[i + 1].gap)
    if not after_hard:
        nxt = _info(lines, infos, i + 1)
        if (
            nxt.kind is _Kind.PLAIN
            and not _starts_upper(nxt.text)
            and not (nxt.text[:1].isdecimal() and _OUTLINE.match(nxt.text))
        ):
            return 0  # a sentence going on, unless the next line starts with its own number ("1.1 ...")
    if outline and not _DATE_RE.match(text):
        # "2" a chapter, "2.1" below it, ...; a dotted number's title may reach the line's end when
        # the line after it starts anew ("1.2 Indexatie van loon- en prijsstijgingen volgens de
        # cao en de CPI" / "Loonkosten stijgen ..."): a full line is no sign of text going on there
        room = _TITLE_ROOM if _dotted_anew(lines, infos, i, outline) else max_len
        if _title_like(outline.group(2), room):
            return min(5, outline.group(1).count(".") + 2)
    if _is_caps(text) and not text.endswith((".", ",", ";")):
        return _LEVEL_CAPS
    if text.endswith("?") and before_hard and after_hard and _title_like(text[:-1], max_len):
        return _LEVEL_PLAIN
    if _title_like(text, max_len):
        return _LEVEL_PLAIN
    return 0


_TITLE_ROOM = 100  # characters of a numbered title standing over its text at most


def _dotted_anew(lines: Sequence[_Line], infos: _Infos, i: int, outline: re.Match[str]) -> bool:
    """Whether line ``i``, numbered with a dotted outline number ("1.2 ..."), ends without a stop
    and the next line starts a sentence of its own (a capital)."""
    if "." not in outline.group(1) or lines[i].text.rstrip().endswith((".", ",", ";", ":", "-")):
        return False
    if i + 1 >= len(lines):
        return True
    nxt = _info(lines, infos, i + 1)
    return nxt.kind is not _Kind.PLAIN or _starts_upper(nxt.text)


def _over_outline(lines: Sequence[_Line], infos: _Infos, i: int, max_len: int) -> bool:
    """Whether numbered line ``i`` ("2. Uitgangspunten") is a short title followed by its first
    outline sub-number ("2.1 Normaliseren")."""
    info = _info(lines, infos, i)
    if i + 1 == len(infos) or not _title_like(info.text, max_len):
        return False
    after = _info(lines, infos, i + 1)
    below = _OUTLINE.match(after.text)
    return below is not None and below.group(1).startswith(f"{info.number}.") and after.kind is _Kind.PLAIN


def _chapter_numbers(lines: Sequence[_Line], infos: _Infos, numbered: Sequence[int], max_len: int) -> set[int]:
    """Lines that are numbered chapter headings ("1. Inleiding", "2. Uitgangspunten"). A document
    whose numbered titles have outline sub-numbers under them ("2.1 ...") numbers its chapters
    that way; then its other numbered titles standing alone are chapters too, not list items.
    ``numbered``: the numbered lines (the others are not looked at)."""
    over = {i for i in numbered if _over_outline(lines, infos, i, max_len)}
    if not over:
        return over
    return over | {
        i
        for i in numbered
        if _title_like(_info(lines, infos, i).text, max_len)
        and (
            i + 1 == len(lines)
            or (after := _info(lines, infos, i + 1)).kind is not _Kind.PLAIN
            or _starts_upper(after.text)
        )
    }


def _number_runs(
    lines: Sequence[_Line], infos: _Infos, starting_digit: Sequence[int], layout: _Layout, max_len: int
) -> None:
    """Lines numbered without a full stop, one under the other ("1 Normaliseren", "2 Eigen
    kracht": a Word list whose tab became a space) are list items, not the text of the first.
    ``starting_digit``: the plain lines that start with a digit, in order (only they can be)."""
    run: list[tuple[int, tuple[int, str]]] = []

    def close() -> None:
        if len(run) >= 2:
            for k, (number, text) in run:
                infos[k] = _Info(_Kind.NUMBERED, text, number=number, marker=str(number))

    for i in starting_digit:
        if run and run[-1][0] != i - 1:  # a line between ends the run
            close()
            run = []
        here = _undotted(_info(lines, infos, i), max_len)
        if here is not None and run and layout.soft(lines[i].gap) and here[0] == run[-1][1][0] + 1:
            run.append((i, here))
            continue
        close()
        run = [(i, here)] if here is not None else []
    close()


_LIST_NUMBER = re.compile(r"^\(?\d{1,4}[.)]$")


def _wrapped_numbers(lines: Sequence[_Line], infos: _Infos, numbered: list[int], layout: _Layout) -> list[int]:
    """``numbered`` without the lines that only look numbered because a sentence was wrapped
    before a number that ends a sentence ("... start in het voorjaar van" / "2025. De raad ..."):
    such a line goes on from a line that ends mid-sentence with no paragraph break between, and
    its number neither starts a list (1) nor follows the list before it. It is plain text again,
    its number kept in it."""
    kept: list[int] = []
    previous: int | None = None  # the number of the last list item kept
    depths = ListDepth()
    recent: deque[int] = deque(maxlen=_RECENT_NUMBERS)  # the numbers of the last items kept
    for i in numbered:
        info = infos[i]
        assert info is not None
        number = info.number
        if (
            i
            and number not in (1, None if previous is None else previous + 1)
            # a sub-point set further in, going on from an item before it (sub-points numbered
            # on across the points: "2. Normaliseren" / "   4. Niet elk probleem ...")
            and not (number is not None and (number - 1) in recent and depths.at(lines[i].indent) > 0)
            and layout.soft(lines[i].gap)
            and not lines[i - 1].terminal
            and _LIST_NUMBER.match(info.marker)
            and ((before := infos[i - 1]) is None or before.kind in (_Kind.PLAIN, _Kind.NUMBERED, _Kind.BULLET))
        ):
            infos[i] = None
            continue
        kept.append(i)
        previous = number
        depths.of(lines[i].indent)
        if number is not None:
            recent.append(number)
    return kept


_RECENT_NUMBERS = 64  # items a sub-point numbered on may go on from (a point's sub-points between)


def _undotted(info: _Info, max_len: int) -> tuple[int, str] | None:
    outline = _OUTLINE.match(info.text) if info.kind is _Kind.PLAIN else None
    if outline is None or "." in outline.group(1) or not _title_like(outline.group(2), max_len):
        return None
    return int(outline.group(1)), outline.group(2)


# Lines of a table of contents: a title, dot leaders, a page number ("1. Inleiding ...... 3"), or
# in a run of them a title and a page number only ("2. Achtergrond 4").
_TOC_NUMBERING = re.compile(r"^\(?\d{1,4}(?:\.\d{1,3})*[.)]?\s+")
_LEADER_CHARS = ".…·_ "
_TOC_RUN = 3

# The names documents give their chapters. A numbered list of mostly such names is the
# document's structure (sections), not a list of points.
GENERIC_CHAPTER = re.compile(
    r"^(?:inleiding|aanleiding|context|achtergronde?n?|samenvatting|conclusies?|bijlagen?|financi[eë]n"
    r"|financi[eë]le|inhoud|inhoudsopgave|leeswijzer|proces|procedure|planning|communicatie|risico['’]?s"
    r"|kanttekeningen|argumenten|vervolg|vervolgstappen|evaluatie|uitvoering|juridisch|juridische|begroting"
    r"|doel|doelstelling|probleemstelling|advies|besluit|voorstel|verantwoording|participatie|tot slot|slot"
    r"|afsluiting|aanpak|overwegingen|beoogd effect|wettelijk kader|ondertekening|beslispunten|bijlage"
    r"|vervolgproces|terugblik|uitgangspunten|ambities?|visie|huidige situatie|landelijke ontwikkelingen"
    r"|ontwikkelingen|begrippenlijst|literatuur(?:lijst)?|bronnen|tijdpad|tijdlijn|analyse|kaders?"
    r"|methoden?|methodiek|onderzoeksopzet|onderzoeksvragen?|bevindingen|resultaten|aanbevelingen?|slotbeschouwing"
    r"|monitoring|middelen|organisatie"
    r"|introduction|background|summary|conclusions?|appendix|annex|finance|contents)\b",
    re.IGNORECASE,
)


def generic_chapter(title: str) -> bool:
    """Whether a title is one of the usual chapter names ("Inleiding", "Financiële gevolgen")."""
    title = strip_emphasis(title).strip(" :.")
    return len(title.split(maxsplit=4)) <= 4 and GENERIC_CHAPTER.match(title) is not None


def _toc_entry(text: str) -> tuple[str, int, bool] | None:
    """``(title, page, dotted)`` of a line that ends in a page number after a title."""
    body = text.rstrip()
    digits = len(body) - len(body.rstrip("0123456789"))
    if not 1 <= digits <= 3 or digits == len(body) or not body[-digits - 1].isspace() and body[-digits - 1] not in "….":
        return None
    page = int(body[-digits:])
    head = body[:-digits].rstrip()
    title = head.rstrip(_LEADER_CHARS)
    dotted = len(head) - len(title) >= 3 or head.endswith("…")
    numbering = _TOC_NUMBERING.match(title)
    title = title[numbering.end() :] if numbering else title
    if not title or title[-1].isdigit() or title[-1] in ",;:/-":
        return None
    return title, page, dotted


def _toc_lines(lines: Sequence[_Line], ending_digit: Sequence[int]) -> set[int]:
    """Lines of a table of contents: with dot leaders always; titles ending in a page number
    only in a run of at least three whose page numbers do not go down. ``ending_digit``: the
    lines that end in a digit, in order (only they can be)."""
    found: set[int] = set()
    run: list[tuple[int, int]] = []

    def close() -> None:
        own = [_leading_number(lines[k].text) for k, _page in run]
        if len(run) >= _TOC_RUN and own != [p for _k, p in run]:  # "1. Punt 1", "2. Punt 2": names
            found.update(k for k, _page in run)

    for i in ending_digit:
        if run and run[-1][0] != i - 1:  # a line between ends the run
            close()
            run = []
        entry = _toc_entry(strip_emphasis(lines[i].text))
        if entry is not None and entry[2]:
            found.add(i)
        usable = entry is not None and _title_like(entry[0], 80) and not _NAMED_NUMBER.search(entry[0])
        page = entry[1] if entry is not None else 0
        if usable and run and page >= run[-1][1]:
            run.append((i, page))
            continue
        close()
        run = [(i, page)] if usable else []
    close()
    return found


# Words that a number after them belongs to: "Fase 2", "Bijlage 3", "Uitgangspunt nummer 4".
_NAMED_NUMBER = re.compile(
    r"\b(?:nummer|nr|punt|artikel|art|fase|stap|bijlage|hoofdstuk|paragraaf|ambitie|deel|lid|thema|week|jaar"
    r"|kwartaal|niveau|versie|groep|klas|route|lijn|uitgangspunt|principe)\.?$",
    re.IGNORECASE,
)


def _leading_number(text: str) -> int | None:
    match = re.match(r"^\(?(\d{1,4})[.)]?\s", text)
    return int(match.group(1)) if match else None


def _generic_chapters(
    lines: Sequence[_Line], infos: _Infos, numbered: Sequence[int], layout: _Layout, max_len: int
) -> set[int]:
    """Numbered lines that are chapter headings by their names: a run 1, 2, 3, ... of short
    titles standing on their own, at least two (and two in five) of them the usual chapter names
    ("1. Inleiding", "2. Achtergrond", "3. Voorstel", "4. Financiën"). ``numbered``: the numbered
    lines, in order."""
    runs: list[list[int]] = []
    # the number a run waits for, and whether its lines stand alone (text under each, as under
    # chapters) or one under the other (as items of a list) -> the runs waiting for it: chapters
    # 1 to 3 with a list 1 to 3 in each of them all wait for a 4, which is the chapters' (the
    # run that starts first, when both read as chapters: a chapter holds its lists)
    open_runs: dict[tuple[int, bool], list[list[int]]] = {}
    previous = -1  # the numbered line before this one
    for i in numbered:
        before, previous = previous, i
        info = _info(lines, infos, i)
        if info.number is None or not _title_like(info.text, max_len):
            continue
        after = _info(lines, infos, i + 1) if i + 1 < len(infos) else None
        if after is not None and layout.soft(lines[i + 1].gap) and after.kind is _Kind.PLAIN:
            if _starts_lower(after.text):
                continue  # the item's sentence goes on: not a title
        alone = after is None or after.kind is not _Kind.NUMBERED
        waiting = open_runs.pop((info.number, alone), [])
        if not alone:
            # lines one under the other (a table of contents) run on only one under the other: a
            # list's "5." after its own "1." to "4." does not go on with the contents' "1." to "4."
            kept = [run for run in waiting if run[-1] != before]
            if kept:
                open_runs[(info.number, alone)] = kept
            waiting = [run for run in waiting if run[-1] == before]
        if not waiting:
            if info.number != 1:
                continue
            waiting = [[]]
            runs.extend(waiting)
        for run in waiting:
            run.append(i)
        later = open_runs.setdefault((info.number + 1, alone), [])
        later.extend(waiting)
        if len(later) > _WAITING_RUNS:  # the first (a document's chapters) and the latest
            del later[1 : len(later) - _WAITING_RUNS + 1]
    chapters: set[int] = set()
    judged = []
    for run in runs:
        generic = sum(1 for i in run if generic_chapter(_info(lines, infos, i).text))
        if len(run) >= 2 and generic >= 2 and generic * 5 >= 2 * len(run):
            judged.append((-generic / len(run), run[0], run))
    for _share, _first, run in sorted(judged):
        if chapters.isdisjoint(run):
            chapters.update(run)
    return chapters


_WAITING_RUNS = 8  # runs waiting for the same number at most (a long text has hundreds of lists)


MAX_DEPTH = 8  # the deepest a list item is taken to stand (Word has nine levels, 0 to 8)


class ListDepth:
    """How deep a numbered item stands, by how far in its number is set: one set at least
    ``nest`` further in than the open item before it is a point inside that item (a sub-list
    typed or laid out indented, a Word list's deeper level); one set about as far in is the next
    point beside it (a page's stray space before "6." is not a level). A heading closes every
    list (:meth:`close`). The reader measures in columns of a text (``nest`` 2, as far as a
    Markdown sub-list may be set in), the Word reader in twips (``formats.docx``); the depth is
    a numbered block's ``level``, and the reader's lists take their numbers from items of the
    same depth first (``candidates``)."""

    def __init__(self, nest: int = 2) -> None:
        self.nest = nest
        self.open: list[int] = []  # how far in the open items stand, shallowest first

    def close(self) -> None:
        self.open.clear()

    def of(self, indent: int) -> int:
        """The depth of an item set ``indent`` in, which is then the open item."""
        self.open = self._after(indent)
        return len(self.open) - 1

    def at(self, indent: int) -> int:
        """The depth an item set ``indent`` in would have (nothing changes)."""
        return len(self._after(indent)) - 1

    def _after(self, indent: int) -> list[int]:
        open_items = list(self.open)
        while open_items and (
            indent <= open_items[-1] - self.nest  # back out of a deeper list
            or (len(open_items) > 1 and abs(indent - open_items[-2]) <= abs(indent - open_items[-1]))
        ):  # or to the level it stands nearest to (a stray space before a point is no sub-point)
            open_items.pop()
        if not open_items or (indent >= open_items[-1] + self.nest and len(open_items) <= MAX_DEPTH):
            open_items.append(indent)
        return open_items


def _drafts(lines: Sequence[_Line], layout: _Layout | None = None) -> list[_Draft]:
    layout = _layout(lines) if layout is None else layout
    max_len = 80 if layout.width is None else min(80, max(30, int(0.85 * layout.width)))
    infos = _classified(lines)
    # The few lines the passes below look at: most of a long document is plain text.
    marked = [i for i, info in enumerate(infos) if info is not None]
    _number_runs(
        lines,
        infos,
        [i for i in marked if (info := infos[i]) and info.kind is _Kind.PLAIN and info.text[:1].isdecimal()],
        layout,
        max_len,
    )
    numbered = _wrapped_numbers(
        lines, infos, [i for i in marked if (info := infos[i]) and info.kind is _Kind.NUMBERED], layout
    )
    chapters = _chapter_numbers(lines, infos, numbered, max_len) | _generic_chapters(
        lines, infos, numbered, layout, max_len
    )
    toc = _toc_lines(lines, [i for i, line in enumerate(lines) if line.text[-1:].isdigit()])
    drafts: list[_Draft] = []
    current: _Draft | None = None
    double = layout.double
    depth = ListDepth()
    words: set[str] | None = None
    wrapped: tuple[int, _Draft] | None = None  # a labelled title's next line, which its title goes on into

    def vocabulary() -> set[str]:
        nonlocal words
        if words is None:
            words = {w.casefold() for line in lines for w in _WORDS_WITH_HYPHENS.findall(line.text)}
        return words

    def go_on(draft: _Draft, line: _Line, text: str) -> None:
        """The line continues the draft; a hyphen that only broke a word over the lines goes."""
        last = draft.last
        if (
            last is not None
            and not last.soft_hyphen
            and draft.parts
            and _word_split(last)
            and _hyphen_breaks_word(draft.parts[-1], text, vocabulary)
        ):
            draft.parts[-1] = draft.parts[-1][:-1]
        draft.add(line, text)

    def start(draft: _Draft, line: _Line, text: str) -> _Draft:
        draft.first_gap_hard = not layout.soft(line.gap) or not drafts
        draft.add(line, text)
        drafts.append(draft)
        return draft

    for i, line in enumerate(lines):
        info = infos[i]
        if toc and i in toc:
            start(_Draft(BlockKind.PARAGRAPH, toc=True), line, strip_emphasis(_BLOCKQUOTE.sub("", line.text)))
            current = None
            continue
        if info is None:
            text = line.text
        elif info.kind is _Kind.PLAIN:
            text = info.text
        else:
            if info.kind is _Kind.MD_HEADING or info.kind is _Kind.BOLD:
                number, marker = info.number, info.marker
                label = drafts[-1] if drafts and number is None else None
                if label is not None and (
                    (label is current and not current.filled)
                    or (
                        label.kind is BlockKind.HEADING
                        and label.number is not None
                        and label.level <= info.level
                        and label.text() == label.marker
                    )
                ):
                    # a label alone on its line over a title set larger ("Uitgangspunt 1" over
                    # "## Beter inzetten ..."), or as a heading of its own (a slide's): the title's
                    drafts.pop()
                    number, marker = label.number, label.marker
                heading = start(
                    _Draft(BlockKind.HEADING, level=info.level, number=number, marker=marker), line, info.text
                )
                current = None
                depth.close()
                if _wraps_on(lines, infos, i, layout) and info.level == _LEVEL_LABELLED:
                    wrapped = (i + 1, heading)
            elif info.kind is _Kind.NUMBERED:
                if i in chapters:
                    heading = _Draft(BlockKind.HEADING, level=2, number=info.number, marker=info.marker)
                    start(heading, line, strip_emphasis(line.text))
                    current = None
                    depth.close()
                else:
                    item = _Draft(
                        BlockKind.NUMBERED,
                        level=depth.of(line.indent),
                        number=info.number,
                        marker=info.marker,
                        lead=info.lead,
                    )
                    current = start(item, line, info.text)
            else:  # a bullet: a point too, that numbered sub-points set further in stand inside
                depth.of(line.indent)
                current = start(_Draft(BlockKind.BULLET, marker=info.marker), line, info.text)
            continue
        # Plain text: the text of a list marker alone on its line, a heading, or a paragraph's line.
        if wrapped is not None and wrapped[0] == i:  # the rest of a labelled title wrapped onto this line
            go_on(wrapped[1], line, text)
            wrapped = (i + 1, wrapped[1]) if _wraps_on(lines, infos, i, layout) else None  # a third line
            continue
        if current is not None and not current.filled:
            go_on(current, line, text)
            continue
        gap = line.gap
        if line.literal or (
            i
            and (gap == 0 or (double and gap == 1))
            and not lines[i - 1].terminal
            and not text[:1].isdecimal()
            and ((before := infos[i - 1]) is None or before.kind not in (_Kind.MD_HEADING, _Kind.BOLD))
        ):
            level = 0  # the middle of a sentence: what _heading_here says first, without asking it
        else:
            level = _heading_here(lines, infos, i, layout, max_len)
        if level:
            number, marker = _marked(text)
            start(
                _Draft(
                    BlockKind.HEADING,
                    level=level,
                    number=number,
                    marker=marker,
                    plain_heading=level == _LEVEL_PLAIN and number is None,
                ),
                line,
                text,
            )
            current = None
            continue
        if current is not None and _joins(current, line, text, layout, _titled(drafts)):
            go_on(current, line, text)
            continue
        current = start(_Draft(BlockKind.PARAGRAPH), line, text)
    return drafts


def _titled(drafts: list[_Draft]) -> bool:
    """Whether the last draft is a point whose list's point before it has a title on its own
    over its explanation: a point, no full stop after it, then a paragraph."""
    point = drafts[-1] if drafts else None
    if point is None or point.kind not in _POINTS or point.text_lines > 2:
        return False
    titles = 0
    k = len(drafts) - 2
    while k >= 1 and titles < 1:  # (the one before says it: more made the second point wait)
        explanation, before = drafts[k], drafts[k - 1]
        if explanation.kind is not BlockKind.PARAGRAPH or before.kind is not point.kind or before.level != point.level:
            return False
        if before.last is None or before.last.terminal:
            return False
        titles += 1
        k -= 2
    return titles == 1


def _wraps_on(lines: Sequence[_Line], infos: _Infos, i: int, layout: _Layout) -> bool:
    """Whether a title on line ``i`` ("Uitgangspunt 1. Ondersteuning in het eigen dorp, ook in
    de") goes on on the next line ("kleinste kernen van de gemeente"): it ends no sentence, the
    next line follows without a gap, is plain text and starts in lower case, as a title's second
    line does (a new sentence or paragraph under it starts with a capital)."""
    if i + 1 >= len(lines) or lines[i].terminal or "**" in lines[i].text:
        return False
    after = lines[i + 1]
    info = infos[i + 1]
    # (a title stopping on "voor", "van", "de" goes on also past a gap between its lines; any
    # title past a page break, its number or running line between them)
    near = layout.soft(after.gap) or (after.gap <= 3 and _dangling(lines[i].text)) or after.paged
    goes_on = (
        _starts_lower(after.text)
        or _NUMBER_IN_TEXT.match(after.text) is not None
        or _name_goes_on(lines, i)
        # a title in capitals goes on in capitals ("... MET EEN BONUS VOOR" / "KWALITEIT EN STIPTHEID")
        or (_dangling(lines[i].text) and _is_caps(lines[i].text) and _is_caps(after.text) and len(after.text) <= 60)
    )
    return near and (info is None or info.kind is _Kind.PLAIN) and goes_on


_NAME_END_CHARS = 60  # a title's last line, going on with a name: a few words


def _name_goes_on(lines: Sequence[_Line], i: int) -> bool:
    """Whether a title stopping on a name ("Principe 4: Handhaven volgens de Landelijke") goes on
    with it on the next line ("Handhavingsstrategie"): that line starts with a capital, is short,
    ends no sentence, and stands last before a paragraph break, as a title's last line does (the
    text under a title runs on over more lines, or ends its sentence)."""
    words = lines[i].text.split()
    if len(words) < 2 or not (words[-1][:1].isupper() or _before_a_name(lines[i].text)):
        return False
    after = lines[i + 1]
    if len(after.text) > _NAME_END_CHARS or after.terminal or not after.text[:1].isupper():
        return False
    return i + 2 >= len(lines) or lines[i + 2].gap > 0


# A line going on with a number in the sentence, not a list's: "1 januari 2027 zoveel mogelijk",
# "15 aanbieders voor", "2027 niet sneller" (a point's number has its stop or its bracket).
_NUMBER_IN_TEXT = re.compile(r"^\d+(?:[.,]\d+)*%?\s+[a-zà-ÿ]")


def _finish_headings(drafts: list[_Draft]) -> list[tuple[_Draft, str]]:
    """Second look at headings once paragraphs are joined.

    A wrapped heading (a short paragraph of a few lines standing alone, no punctuation) is
    promoted; a "heading" directly followed by another one-line heading, or by nothing, is most
    likely a signature or address line and is demoted.
    """
    kept = [(d, text) for d in drafts if (text := d.done())]
    for i, (d, text) in enumerate(kept):
        if not (
            d.kind is BlockKind.PARAGRAPH
            and not d.toc
            and d.lines > 1  # single lines were judged already
            and d.first_gap_hard
            and not d.has_comma_line
            and (i + 1 == len(kept) or kept[i + 1][0].first_gap_hard)
        ):
            continue
        outline = _OUTLINE.match(text) if text[:1].isdecimal() else None
        if outline and "." in outline.group(1) and _title_like(outline.group(2), 100, 14) and not _DATE_RE.match(text):
            # "3.1 Beter inzetten eigen kracht en netwerk" / "gezin": a numbered title too long for
            # its line, numbered as it would be on one line
            d.number, d.marker = _marked(text)
            d.kind, d.level = BlockKind.HEADING, min(5, outline.group(1).count(".") + 2)
        elif _title_like(text, 100, 14):
            d.kind, d.level, d.plain_heading = BlockKind.HEADING, _LEVEL_PLAIN, True
    plain = [d.kind is BlockKind.HEADING and d.plain_heading for d, _ in kept]
    for i, (d, _) in enumerate(kept):
        if plain[i] and (i + 1 == len(kept) or plain[i + 1]):
            d.kind, d.level, d.plain_heading = BlockKind.PARAGRAPH, 0, False
    return kept


def clean_blocks(raw: str) -> tuple[tuple[Block, ...], str]:
    """Clean raw document text into blocks; returns ``(blocks, clean_text)``.

    Line endings are normalised, trailing spaces and page furniture dropped, hard-wrapped lines
    re-joined into paragraphs, and headings, numbered items and bullets recognised. The clean
    text is the blocks' texts joined by blank lines; every block's ``start``/``end`` are its
    offsets in it.
    """
    return _blocks(_unflatten(_finish_headings(_drafts(_normalise_lines(raw)))))


def _blocks(drafts: list[tuple[_Draft, str]]) -> tuple[tuple[Block, ...], str]:
    blocks: list[Block] = []
    pos = 0
    for d, text in drafts:
        if blocks:
            pos += 2
        blocks.append(
            Block(
                kind=d.kind,
                text=text,
                start=pos,
                end=pos + len(text),
                level=d.level,
                number=d.number,
                marker=d.marker,
                lead=d.lead if d.lead < len(text) else 0,
                paged=d.paged,
            )
        )
        pos += len(text)
    return tuple(blocks), "\n\n".join(b.text for b in blocks)


# A number inside a paragraph that starts a point: after the end of a sentence (or a colon or
# semicolon), before a capital. "... als volgt: 1. Kwaliteit. 2. Zorg dichtbij. 3. ..."
# The match includes the mark before the number (its start is one before the point's white space):
# a pattern that opens with a set of characters is scanned for quickly, one behind a lookbehind
# is tried at every position of a long text.
_INLINE_ITEM = re.compile(r"[.;:!?”’\"')]\s+(\(?(\d{1,4})[.)])\s+(?=[\"'‘“(]?[A-ZÀ-Ý])")


# Points enumerated within one sentence after a colon, each marked "(1)" or "1)" and set off by
# a semicolon or comma ("... zes uitgangspunten: (1) eigen kracht voorop; (2) normaliseren; ...
# en (6) minder administratieve lasten. Deze ..."): the separator (with its "en") before the mark.
_ENUM_MARK = re.compile(r"(?:(:)|[;,](?:\s+(?:en|of|and|or))?)\s+(\(?(\d{1,2})\))\s+(?=[^\W\d_])")
_ENUM_RUN = 3  # points at least: two could be a remark with a numbered aside
_ENUM_ITEM = 160  # characters a point may have: longer, it is prose


def _enumeration(text: str) -> tuple[str, list[tuple[str, int, str]], str] | None:
    """A sentence's inline enumeration: (the words up to its colon, the points as (mark, number,
    text), the text after the sentence's end), or None. The marks count 1, 2, 3, ... with the
    first right after a colon; each point runs to the next mark's separator, the last to the end
    of the sentence."""
    marks: list[re.Match[str]] = []
    for match in _ENUM_MARK.finditer(text):
        number = int(match.group(3))
        if number == 1 and match.group(1) and len(marks) < _ENUM_RUN:
            marks = [match]  # (a new start: an earlier "(1)" was not followed far enough)
        elif marks and number == len(marks) + 1 and not match.group(1):
            between = text[marks[-1].end() : match.start()]
            if len(between) > _ENUM_ITEM or _SENTENCE_BREAK.search(between):
                break
            marks.append(match)
    if len(marks) < _ENUM_RUN:
        return None
    last = text[marks[-1].end() :]
    end = _SENTENCE_BREAK.search(last)
    cut = end.start() + 1 if end else len(last)
    if cut > _ENUM_ITEM:
        return None
    points = []
    for k, match in enumerate(marks):  # a point keeps its separator ("; en"): no word is lost
        stop = marks[k + 1].start(2) if k + 1 < len(marks) else marks[-1].end() + cut
        points.append((match.group(2), int(match.group(3)), text[match.end() : stop].strip()))
    return text[: marks[0].start() + 1].strip(), points, last[cut:].strip()


def _unflatten(drafts: list[tuple[_Draft, str]]) -> list[tuple[_Draft, str]]:
    """Numbered points the text ran together into one paragraph ("1. … 2. … 3. …") become
    items again: when the numbers inside it go on one by one from the paragraph's own number
    (or from 1) and each starts like a point. The words before the first number stay a
    paragraph (the lead-in)."""
    out: list[tuple[_Draft, str]] = []
    for d, text in drafts:
        if d.kind not in (BlockKind.PARAGRAPH, BlockKind.NUMBERED) or d.toc or len(text) < 20:
            out.append((d, text))
            continue
        expect = (d.number + 1) if d.kind is BlockKind.NUMBERED and d.number is not None else 1
        cuts: list[re.Match[str]] = []
        for match in _INLINE_ITEM.finditer(text):
            if int(match.group(2)) == expect:
                cuts.append(match)
                expect += 1
        enough = len(cuts) >= (1 if d.kind is BlockKind.NUMBERED else 2)
        if not enough:
            found = _enumeration(text) if d.kind is BlockKind.PARAGRAPH and ":" in text else None
            if found is None:
                out.append((d, text))
                continue
            head, points, rest = found
            out.append((_Draft(d.kind, level=d.level), head))
            out.extend((_Draft(BlockKind.NUMBERED, number=n, marker=mark), body) for mark, n, body in points)
            if rest:
                out.append((_Draft(d.kind, level=d.level), rest))
            continue
        head = text[: cuts[0].start() + 1].strip()
        if head:
            out.append((_Draft(d.kind, level=d.level, number=d.number, marker=d.marker), head))
        for k, match in enumerate(cuts):
            end = cuts[k + 1].start() + 1 if k + 1 < len(cuts) else len(text)
            item = text[match.end() : end].strip()
            if item:
                level = d.level if d.kind is BlockKind.NUMBERED else 0  # the points beside it, as deep
                out.append(
                    (_Draft(BlockKind.NUMBERED, level=level, number=int(match.group(2)), marker=match.group(1)), item)
                )
    return out


# --------------------------------------------------------------------------------------------
# Principles and sections
# --------------------------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "o.a. e.v. d.d. bijv. bv. enz. etc. i.v.m. m.b.t. t.a.v. m.u.v. i.p.v. dhr. mevr. nr. art. "
    "ca. resp. jl. a.s. z.s.m. t.b.v. e.d. vs. evt. incl. excl. max. min. mr. dr. ir. drs. prof. "
    "e.g. i.e. no. p. pag. zgn. zgn".split()
)
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*(?=\s+[\"'‘“(]?[A-ZÀ-Ý0-9])")
_DOTTED = re.compile(r"\(?(?:\w\.)+")  # initials and dotted abbreviations: "h.j.", "o.a."
_TITLE_MAX = 300


def _first_sentence(text: str) -> str:
    """The first sentence of a text, not fooled by common Dutch abbreviations or initials."""
    for match in _SENTENCE_END.finditer(text):
        word = text[text.rfind(" ", 0, match.start()) + 1 : match.start() + 1].lower()
        if word in _ABBREVIATIONS or _DOTTED.fullmatch(word):
            continue
        text = text[: match.end()]
        break
    if len(text) > _TITLE_MAX:
        cut = text.rfind(" ", 0, _TITLE_MAX)
        text = text[: cut if cut > 0 else _TITLE_MAX].rstrip(",;: ") + "…"
    return text


first_sentence = _first_sentence  # for corrections: a marked passage's title


# A title followed by its explanation on the same line: "Preventie voorop – we investeren ...",
# "Sturen op resultaat: we maken afspraken ...".
_LEAD_IN = re.compile(r"^(.{3,120}?)(?:\s+[–—-]\s+|:\s+)\S")
_DASHED = re.compile(r"\s+[–—-]\s+")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,40}\]")  # Markdown's footnote mark: "Wonen in de wijk[^2]"
_SEPARATOR_END = re.compile(r"(?:[;,]\s*(?:en|of|and|or)|[;, ]+)$")


# "Gezond opgroeien: elk kind een goede start – Uitbreiding van ...": a title of a few words, a
# colon and a few more, then the explanation after a dash (a table's row: title | explanation).
_COLON_CELL = re.compile(r"^([^:–—]{3,60}:\s+[^:;.!?–—]{3,80}?)\s+[–—]\s+")
_FIGURE_CELL = re.compile(r"^[-–—+/€$%\d.,()\s]*(?:mln|miljoen|mld|miljard|k)?[-–—+/€$%\d.,()\s]*$", re.I)


_QUOTED_WHOLE = re.compile(r"^[\"\u201c\u201e]([^\"\u201c\u201d\u201e]{3,})[\"\u201d]$")  # "…" or “…”, one quotation


def principle_title(item: Block) -> str:
    """A point's title: its heading or line without the label or outline number, else its first
    sentence; a short lead-in before a dash or colon when the first sentence runs on past it; a
    footnote's number stuck to its last word left out."""
    title = _principle_title(item)
    return _GLUED_NOTE.sub("", title) or title


def _principle_title(item: Block) -> str:
    text = _FOOTNOTE_REF.sub("", item.text) if "[^" in item.text else item.text
    # the same label or outline number that gave a heading its number; a label after an item's
    # list number ("1. Uitgangspunt 1: Zorg dichtbij", Word's numbering before the typed label)
    heading = item.kind is BlockKind.HEADING
    if heading and text[:1] != "#" and (hashed := _HASH_NUMBERED.match(text)):
        text = hashed.group(3)  # "TIP #1 Praat met ons": its label and number set apart
    marked = _point_label(text) or (_OUTLINE.match(text) if heading else None)
    if marked and marked.group(2) and (heading or _starts_upper(marked.group(2))):  # not "punt 3 van de agenda"
        text = marked.group(2)
        # an outline number before a label: "2.1 Uitgangspunt 1: Zorg dichtbij huis"
        labelled = _point_label(text) if heading else None
        if labelled and labelled.group(2) and _starts_upper(labelled.group(2)):
            text = labelled.group(2)
    if text[:3] == "Ad " and (regarding := _AD_NUMBERED.match(text)):  # "Ad d) Jaarlijkse rapportage" as a heading
        text = regarding.group(3)
    quoted = _QUOTED_WHOLE.match(text)
    if quoted:  # a point quoted whole ("Beslispunt 1" over “Het college op te dragen ...”)
        text = quoted.group(1)
    cells = text.split(" | ", 1)  # a table's row: its first cell names it ("Zorg dichtbij | Hulp in de wijk")
    if len(cells) > 1 and _title_like(cells[0], 120, 16):
        return cells[0].rstrip(".:;, ") or cells[0]
    if heading and text.endswith(".") and _BOLD_TITLE_WITH_STOP.match(text):  # "Scheiden aan de bron."
        return text[:-1]
    if item.lead and text is item.text:  # a bold lead-in: the title the document set apart
        bold = text[: item.lead].rstrip(" .:;,–—-")
        if _title_like(bold, 160, 20):
            return bold
    title = _first_sentence(text)
    if quoted := _QUOTED_WHOLE.match(title):  # its first sentence quoted, its explanation after it
        title = quoted.group(1)
    if heading and title == text.strip() and _title_like(title, 120, 16):
        return title  # a heading is the title whole ("Preventie: niemand op straat")
    if title == text.strip() and ":" in title and not _DASHED.search(title) and _title_like(title, 120, 16):
        return title  # and so is an item that is only a title ("e) Woningaanpassingen: eerst verhuizen overwegen")
    colon_cell = _COLON_CELL.match(title)  # a table's title cell with a colon, its explanation after the dash
    if colon_cell and _title_like(colon_cell.group(1), 120, 16) and _starts_upper(title[colon_cell.end() :]):
        return colon_cell.group(1)
    lead = _LEAD_IN.match(title)
    if lead and _title_like(lead.group(1), 60, 5):  # a few words: longer, it is a clause
        return lead.group(1)
    # a longer title before a dash and a new sentence: a table's title cell before its
    # explanation ("Grip op het aantal aanbieders met behoud keuzevrijheid – Wij contracteren ...")
    # (as many words as a table's title cell may have; it may open with a figure: "30 km/uur is
    # de norm binnen de bebouwde kom")
    # A title cell before a cell of a figure only ("Lonen geïndexeerd met 3,9% – € 118.000", "... – -")
    # or one that opens with a figure (an indicator: "... vroeg bereikt – 80% van de signalen ...")
    # is the title too.
    after = title[lead.end() - 1 :] if lead else ""
    if (
        lead
        and _DASHED.match(title, lead.end(1))
        and (_starts_upper(after) or _FIGURE_CELL.match(after) or after[:1].isdecimal())
    ):
        cell = lead.group(1)
        if _title_like(f"N{cell[1:]}" if cell[0].isdecimal() else cell, 120, 16):
            return cell
    # "(1) Normaliseren;", "(5) integrale aanpak; en": the separator between the items; a
    # point in lower case is a phrase of an enumeration, so its full stop ends the sentence
    bare = _SEPARATOR_END.sub("", title)
    if _starts_lower(bare):
        bare = bare.rstrip(".")
    return bare or title


_GLUED_NOTE = re.compile(r"(?<=[a-zà-ÿ]{4})[1-9]$")  # a footnote's number stuck to a title's last word: "draagkracht3"


def span_title(blocks: Sequence[Block], first: int, last: int) -> str:
    """The title of the point that spans blocks ``first``..``last``: its first block's
    (:func:`principle_title`), or, when that block is only the point's label ("Uitgangspunt 3",
    a heading over its title in bold), the title standing in the block under it."""
    item = blocks[first]
    marked = _point_label(item.text)
    if marked and not marked.group(2) and first < last:
        below = principle_title(blocks[first + 1])
        if below.endswith(".") and not below.endswith(_TITLE_ENDINGS):  # its first sentence ("**Het
            below = below[:-1]  # wijkteam is dichtbij.** Ieder team ...", bold or not)
        if _title_like(below, 160, 20):
            return below
    return principle_title(item)


def join_span(blocks: Sequence[Block], first: int, last: int) -> str:
    return "\n\n".join(b.text for b in blocks[first : last + 1])


def find_principles(blocks: Sequence[Block]) -> tuple[ParsedPrinciple, ...]:
    """The principles of the best list the reader finds (see :mod:`raadsviewer.domain.candidates`)."""
    from raadsviewer.domain.candidates import find_principles as best

    return best(blocks)


def find_sections(blocks: Sequence[Block]) -> tuple[ParsedSection, ...]:
    """Every heading with the body below it, up to the next heading of the same or higher level."""
    ends: dict[int, int] = {}
    open_headings: list[int] = []
    for i, b in enumerate(blocks):
        if b.kind is not BlockKind.HEADING:
            continue
        while open_headings and blocks[open_headings[-1]].level >= b.level:
            ends[open_headings.pop()] = i - 1
        open_headings.append(i)
    for h in open_headings:
        ends[h] = len(blocks) - 1

    sections: list[ParsedSection] = []
    for h in sorted(ends):
        heading, last = blocks[h], ends[h]
        end = blocks[last].end if last > h else heading.end
        sections.append(
            ParsedSection(
                heading=heading.text,
                level=heading.level,
                start=heading.start,
                end=end,
                body_start=blocks[h + 1].start if last > h else end,
            )
        )
    return tuple(sections)


# --------------------------------------------------------------------------------------------
# Title and facts
# --------------------------------------------------------------------------------------------

_MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "febr": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    # an English letter's (a Euregio body's): "14 March 2023"
    "january": 1,
    "february": 2,
    "march": 3,
    "mar": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "oct": 10,
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = (
    rf"(?:(\d{{1,2}})\s+({_MONTH_ALT})\.?\s+(\d{{4}})"
    r"|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})"
    r"|(\d{4})-(\d{2})-(\d{2}))\b"
)
_DATE_RE = re.compile(_DATE, re.IGNORECASE)
# The letter's date by its label: "Datum", "Verzenddatum", "Datum verzending", "Verzonden (op)",
# with its value after it or on the next line.
# "Datum voorstel", "Datum brief": the document's own date ("Datum vergadering" is not).
_OWN_DATE = "verzending|voorstel|brief|notitie|memo|nota|document|bericht|vaststelling|besluit"
_DATUM_RE = re.compile(
    rf"(?:(?:^|\s)(?:[Dd]atum(?:\s+(?:van\s+)?(?:{_OWN_DATE}))?|[Vv]erzenddatum|Verzonden(?:\s+op)?|Date(?=[ \t]*:))"
    rf"|^[ \t]*(?:d\.\s?d\.|dd\.))\s*:?\s*{_DATE}",  # ("d.d." a field only at a line's start: not "Uw brief d.d.")
    re.MULTILINE,
)
_DAY = r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"
# A date "vóór 25 mei a.s." (aanstaande): the next 25 May after the letter's date.
_COMING = rf"\d{{1,2}}\s+(?:{_MONTH_ALT})\.?\s+(?:a\.\s?s\.|aanstaande\b)"
_COMING_WORD = re.compile(r"a\.\s?s\.|aanstaande", re.IGNORECASE)
_COMING_RE = re.compile(rf"(\d{{1,2}})\s+({_MONTH_ALT})", re.IGNORECASE)
# A moment in a planning: "15 april 2025", "april 2025", "10-06-2025", "Q3 2025", "derde
# kwartaal", "najaar 2025", "week 12".
_MOMENT_RE = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{_MONTH_ALT})\b|(?:{_MONTH_ALT})\.?\s+\d{{4}}\b|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b"
    r"|Q[1-4]\s*\d{4}\b|(?:eerste|tweede|derde|vierde|[1-4]e)\s+kwartaal\b"
    r"|(?:voorjaar|zomer|najaar|winter|begin|medio|eind|half)\s+\d{4}\b|week\s+\d{1,2}\b)",
    re.IGNORECASE,
)


def names_a_moment(text: str) -> bool:
    """Whether a text names a date or a time of year (a milestone of a planning)."""
    return _MOMENT_RE.search(text) is not None


# The words that set a date as a deadline ("uiterlijk 25 mei", "vóór 1 juni", "deadline: ...").
_DEADLINE_WORDS = (
    r"uiterlijk|vóór|voor|tot\s+en\s+met|gelegenheid\s+tot|deadline\s*:?|no\s+later\s+than|by|before|uiterste\s+(?:inlever|reactie)?datum\s*(?:is\s*)?:?"
    r"|reactietermijn\s*[:|]?"  # a letterhead's field ("Reactietermijn | 15 september 2025")
    r"|sluitingsdatum(?:\s+(?:van|is))?"  # "ruim voor de sluitingsdatum van 4 april 2025"
    # "De termijn loopt tot 15 april 2025", "de termijn voor zienswijzen (23 mei 2025)"
    r"|termijn\s+(?:loopt\s+tot(?:\s+en\s+met)?|voor\s+(?:de\s+)?(?:zienswijzen?|reacties?)(?:\s*\(|:)?)"
    r"|uiterlijk\s+(?:in|tijdens|op)\s+de\s+(?:raads|commissie)?vergadering\s+van"  # "... van 2 oktober 2025"
)
# A day and month without a year ("uiterlijk op 1 juli"): the first such day from the letter's date,
# taken only in a sentence that asks for the council's answer.
_NO_YEAR = rf"\d{{1,2}}\s+(?:{_MONTH_ALT})\b(?!\.?\s+\d)"
_DEADLINE_RE = re.compile(
    rf"\b({_DEADLINE_WORDS})(?:\s+|(?<=\())(?:op\s+)?{_DAY}(?:{_DATE}|{_COMING}|{_NO_YEAR})",
    re.IGNORECASE,
)
# What a sentence that asks for the council's answer speaks of.
_ANSWER_RE = re.compile(
    r"zienswijze|reactie|reageren|wensen\s+en\s+bedenkingen|bedenkingen|standpunt|kenbaar|ontvangen\s+wij"
    r"|vernemen|inbreng|beantwoord|terugkoppeling|opmerkingen"
    r"|\bcomments?\b|\bresponse\b|\breply\b|\bviews\b|\bopinion\b",  # (an English letter's)
    re.IGNORECASE,
)
# "Onderwerp: Zienswijze ...", "Betreft Inkoopkader ..." (after a colon the subject may start in lower
# case: "Onderwerp: beantwoording vragen"), or the label alone with the subject on the next line.
_SUBJECT_RE = re.compile(
    r"^[ \t]*[*_]{0,2}(?:Onderwerp|Betreft)(?:[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*(?=[\"'‘“*_]*\w)|[ \t]+(?=[\"'‘“*_]*[A-Z0-9À-Ý]))"
    r"([^\t\n]+?)(?:\t|[ ]{3,}|[ \t]*$)"
    r"|^[ \t]*(?:Onderwerp|Betreft)[ \t]*:?[ \t]*\n[ \t]*(?=[\"'‘“*_]*[A-Z0-9À-Ý])([^\t\n]+?)[ \t]*$",
    re.MULTILINE,
)


def _iso(match: re.Match[str]) -> str | None:
    g = match.groups()
    try:
        if g[0]:
            return date(int(g[2]), _MONTHS[g[1].lower()], int(g[0])).isoformat()
        if g[3]:
            return date(int(g[5]), int(g[4]), int(g[3])).isoformat()
        return date(int(g[6]), int(g[7]), int(g[8])).isoformat()
    except (ValueError, KeyError):
        return None


# "Ons kenmerk UIT / 2004368", "Kenmerk: 2020-123": the letter's own reference. "Uw kenmerk" is
# the addressee's and not wanted. The value ends at the next field: a tab, a wide gap, or a label.
# (with its English beside it: "Ons kenmerk / Our reference:")
_KENMERK_LABEL = re.compile(
    r"(?<!\w)(uw\s+|ons\s+)?kenmerk\b(?:[ \t]*/[ \t]*(?:our|your)\s+ref(?:erence)?\.?)?"
    r"(?:[ \t]+(?:rapport|brief|document|notitie|memo|nota)(?=[ \t]*:))?[ \t]*:?[ \t]*",  # ("Kenmerk rapport: RKD 2021-04")
    re.I,
)
_NEXT_FIELD = re.compile(
    r"\s(?:datum\b|uw\s+brief|uw\s+kenmerk|ons\s+kenmerk|kenmerk\b|bijlage\(n\)|bijlagen?\b|onderwerp|betreft"
    r"|behandeld\s+door|telefoon|e-?mail|pagina|contactpersoon|doorkiesnummer|zaaknummer|status\b|verzonden\b)",
    re.I,
)
_GREETING = (  # a greeting (or an English letter's: "Yours sincerely,", "Kind regards,")
    r"(?:(?:met\s+)?(?:vriendelijke?|collegiale|hartelijke)\s+groet(?:en)?|hoogachtend|groetjes|groet(?:en)?"
    r"|yours\s+(?:sincerely|faithfully)|(?:kind|best|warm)\s+regards)"
)
_CLOSING_RE = re.compile(rf"^[ \t*_]*{_GREETING}[ \t*_]*,?[ \t*_]*$", re.I | re.M)
_CLOSING_START = re.compile(rf"^[*_]*{_GREETING}\b", re.I)


def closing(text: str) -> bool:
    """Whether a paragraph is (or starts with) a letter's greeting: "Met vriendelijke groet,"."""
    return _CLOSING_START.match(text) is not None


_VALUE_END = re.compile(r"\s+[—–·|]\s+")


def _reference(text: str) -> str | None:
    """The reference a field's value opens with ("GBW/DB/2025-0031", after the bar of a
    table's cell), up to the next field; None when it holds no digit or is too long."""
    value = _CELL_SEPARATOR.split(text.strip().lstrip("|: \t"))[0].split("|")[0]
    value = _VALUE_END.split(value)[0]  # "ASD/2025/03 — vastgesteld 6/2/2025": the next item of a footer
    value = value[: m.start()] if (m := _NEXT_FIELD.search(value)) else value
    value = value.strip(" :;,*_·•")
    if value and any(ch.isdigit() for ch in value) and len(value) <= 60 and not _FIELD.match(value):
        return value
    return None


# A letter without a "kenmerk" names itself by its case or document number, or its reference.
# The label opens a line, a list item ("- Zaaknummer: ...") or a table's cell ("... | Zaaknummer ...").
_CASE_NUMBER = re.compile(
    r"(?:^[ \t]*[*_]*(?:[-*•][ \t]+)?|\|[ \t]*|\t[ \t]*|\s[·•][ \t]*|(?<=\S)[ ]{3,})"
    r"(?:zaaknummer|zaaknr\.?|documentnummer|registratienummer|ons\s+nummer|onze\s+referentie|referentie|ref\.(?=[ \t]*:)"
    r"|our\s+ref(?:erence|\.)?(?=[ \t]*:)"  # (an English letter's)
    # a council letter's own number ("Nummer | RIB 2025-041"): a field only before its colon, its
    # cell or a wide gap
    r"|(?:brief|voorstel|raadsvoorstel|rib-?)?nummer(?=[ \t]*[:|\t]|[ ]{2,}\S))(?:\b|(?<=\.))"
    r"[ \t]*:?[ \t]*(\S.*)$",
    re.I | re.M,
)
_LETTER_NUMBER = re.compile(r"^\W*(?:brief|voorstel|raadsvoorstel|rib-?)?nummer\b", re.I)
# Or asks to be answered with it: "... onder vermelding van kenmerk GRSD/AB/2024-031."
_QUOTED_REFERENCE = re.compile(
    r"\bonder\s+vermelding\s+van\s+(?:het\s+|ons\s+|dit\s+|bovenstaand\s+)?"
    r"(?:kenmerk|zaaknummer|referentie(?:nummer)?)\s*:?\s*(\S+)",
    re.I,
)


def _case_number(head: str) -> str | None:
    """The case number of a letter that has no kenmerk ("Zaaknummer: Z-24-118734", "Onze
    referentie: ..."), else the reference it asks an answer to quote ("onder vermelding van
    kenmerk ..."), or None. A case number comes before a letter's own number ("Nummer: RIB
    2025-041" above "Zaaknummer: HB/2025/20417": the case is what an answer quotes)."""
    matches = sorted(_CASE_NUMBER.finditer(head), key=lambda m: _LETTER_NUMBER.search(m.group(0)) is not None)
    for match in matches:
        if found := _reference(match.group(1)):
            return found
    lines = head.split("\n")
    for i, line in enumerate(lines):
        if _CASE_LABEL.search(line) is None:
            continue
        if (in_columns := _column_value(lines, i, _CASE_LABEL)) or (stacked := _stacked_value(lines, i, _CASE_LABEL)):
            return in_columns or stacked
        if _CASE_LABEL.fullmatch(line.strip(" \t*_:")):  # "Zaaknummer" alone, its value on the next line
            below = next((t for t in lines[i + 1 : i + 3] if t.strip()), "")
            if not _LABEL_CELL.fullmatch(below.strip(" :")) and (found := _reference(below)):
                return found
    for match in _QUOTED_REFERENCE.finditer(head):
        if found := _reference(match.group(1).rstrip(".)")):
            return found
    return None


_CASE_LABEL = re.compile(r"\b(?:zaaknummer|zaaknr\.?|documentnummer|registratienummer)(?!\w)", re.IGNORECASE)
_OWN_KENMERK = re.compile(r"^(?!uw\b)(?:ons\s+)?kenmerk$", re.IGNORECASE)


def _stacked_value(lines: list[str], i: int, own: re.Pattern[str]) -> str | None:
    """A letterhead whose labels stand one under the other ("Datum", "Ons kenmerk", "Onderwerp")
    and its values under them in the same order, as a PDF's columns come out: the reference in
    the place of the label ``own`` finds, when line ``i`` opens the labels (None otherwise)."""
    if i > 0 and _LABEL_CELL.fullmatch(lines[i - 1].strip(" \t:*_")):
        return None  # not the first label of its run
    labels: list[str] = []
    k = i
    while k < len(lines) and _LABEL_CELL.fullmatch(label := lines[k].strip(" \t:*_")):
        labels.append(label)
        k += 1
    wanted = [n for n, label in enumerate(labels) if own.search(label) and not label.lower().startswith("uw")]
    if len(labels) < 2 or not wanted:
        return None
    values = [t for t in lines[k : k + 2 * len(labels) + 2] if t.strip()][: len(labels)]
    if len(values) <= wanted[0] or any(_LABEL_CELL.fullmatch(v.strip(" :")) for v in values):
        return None
    return _reference(values[wanted[0]])


def _kenmerk(head: str) -> str | None:
    """The letter's own reference ("Ons kenmerk ..."), or None: the value on the label's line, else
    on the next line when the label stands alone (a letterhead laid out as a table)."""
    lines = head.split("\n")
    for i, line in enumerate(lines):
        if (in_columns := _column_value(lines, i)) is not None:
            if in_columns:
                return in_columns
            continue
        if (stacked := _stacked_value(lines, i, _OWN_KENMERK)) is not None:
            return stacked
        for match in _KENMERK_LABEL.finditer(line):
            before = line[: match.start()]
            if match.group(1) and match.group(1).lower().startswith("uw"):
                continue
            # "Ons kenmerk:" is a field anywhere, and so is "Kenmerk:" with its capital (after another
            # field's value on a letterhead's line, "Onderwerp: ... Kenmerk: NOB/SD/2025-117")
            own_field = ":" in match.group(0) and (bool(match.group(1)) or match.group(0)[:1] == "K")
            if before.strip(" \t-*•") and not own_field and not re.search(r"(?:\t|\s{3,}|[|·•–—]\s*)$", before):
                continue  # "kenmerk" inside a sentence, not a field of the letterhead (a list's item is one)
            rest = line[match.end() :]
            if rest.strip():
                found = _reference(rest)
            else:  # the value on the next line, or after a blank one (a letterhead's column in a PDF)
                below = next((t for t in lines[i + 1 : i + 3] if t.strip()), "")
                found = _reference(below) if not _KENMERK_LABEL.match(below) else None
            if found:
                return found
    return None


# A letterhead laid out in columns: a row of labels ("Ons kenmerk | Uw kenmerk | Datum", by tabs,
# wide gaps or a table's bars), their values in the same columns of the next row.
_COLUMN_SPLIT = re.compile(r"\t|\s{3,}|\s*\|\s*")
_LABEL_CELL = re.compile(
    r"(?:(?:ons|uw)\s+)?kenmerk|datum|onderwerp|betreft|bijlage\(?n?\)?|behandeld\s+door|telefoon(?:nummer)?"
    r"|zaaknummer|uw\s+brief(?:\s+van)?|verzonden|verzenddatum|e-?mail|pagina|doorkiesnummer|contactpersoon",
    re.IGNORECASE,
)


def _cells(line: str) -> list[str]:
    return [c.strip(" :") for c in _COLUMN_SPLIT.split(line.strip().lstrip("-*|").rstrip("|").strip()) if c.strip()]


def _column_value(lines: list[str], i: int, label: re.Pattern[str] | None = None) -> str | None:
    """When line ``i`` is a row of labels with a kenmerk of the letter's own among them (or the
    label ``label`` finds): the reference in its column of the next row ("" when that has none);
    None for any other line."""
    labels = _cells(lines[i])
    if len(labels) < 2 or not all(_LABEL_CELL.fullmatch(c) for c in labels):
        return None
    own = [
        n
        for n, c in enumerate(labels)
        if (label.search(c) if label is not None else "kenmerk" in c.lower()) and not c.lower().startswith("uw")
    ]
    if not own:
        return None
    below = [line for line in lines[i + 1 : i + 4] if line.strip()][:1]
    values = _cells(below[0]) if below else []
    if len(values) != len(labels):
        return ""
    value = values[own[0]]
    return (_reference(value) or "") if value.strip("-– ") else ""


# Who signs a letter without a greeting: "Burgemeester en wethouders van Tiel,", "Het college van
# burgemeester en wethouders,", "Namens het dagelijks bestuur van ...," (ending in a comma, as
# signatures do).
_SIGNER = re.compile(
    r"^(?:namens\s+)?(?:het\s+)?(?:college\s+van\s+burgemeester\s+en\s+wethouders|burgemeester\s+en\s+wethouders"
    r"|(?:dagelijks|algemeen)\s+bestuur|presidium|de\s+raad\s+van)\b[^.;:]{0,150},$"
    # or on behalf of any body named with its capital: "Namens de Regionale Raadswerkgroep Jeugd,"
    r"|^namens\s+(?:de\s+|het\s+)?(?-i:[A-Z])[^.;:]{2,150},$"
    # or, written with its own capital, on behalf of a body named in lower case: "Namens de
    # rekenkamercommissie,", "Namens het bestuur van de Gemeenschappelijke Regeling ...,"
    r"|^(?-i:N)amens\s+(?:(?:de|het)\s+)?(?!deze\b|dezen\b|mij\b|ons\b)\w[^.;:]{2,150},$",
    re.IGNORECASE,
)


# The board or college named alone on a line at the foot, without the comma a signature has:
# "Het college van burgemeester en wethouders van Súdwest-Fryslân".
_SIGNER_BARE = re.compile(
    r"^(?i:(?:namens\s+)?(?:het\s+)?(?:college\s+van\s+burgemeester\s+en\s+wethouders|burgemeester\s+en\s+wethouders"
    r"|(?:dagelijks|algemeen)\s+bestuur)\s+van\s+(?:de\s+|het\s+)?)[A-Z][^.;:,]{1,80}$",
)
_SIGNED_REACH = 60_000  # characters at a text's end where a signature above its annexes is looked for


_ON_BEHALF = re.compile(r"namens\s+(?!deze\b|dezen\b)(?=\w)", re.IGNORECASE)


def _sender(raw: str, head: str) -> str | None:
    """Who signs the letter: the first line after its closing ("Met vriendelijke groet,"), such as
    "Het dagelijks bestuur van de Dienst Gezondheid en Jeugd", without the trailing comma. Signed
    "Namens het dagelijks bestuur", it is the board that sends it: "Het dagelijks bestuur".
    Signed on behalf of a body named in a word ("Namens de rekenkamercommissie,"), it is that body
    as the document's head names it ("Rekenkamercommissie Brakelveen-Oosterdijk"). Unsigned: who a
    memo says it is from ("Van: wethouder J.A. Kuypers, portefeuille Vervoer"), else the body whose
    name heads a report or an advice ("Rekenkamercommissie Hoogvenne")."""
    if (moved := _MOVED_BY.search(raw[-_SIGNED_REACH:])) is not None:  # a motion's or amendment's movers
        mover = moved.group(1).strip(" ,.:")
        return (_person_moving(mover) or mover)[:200]
    if (label := _MOVERS_LABEL.search(raw[-_SIGNED_REACH:])) is not None:
        below = next((line for line in label.group(1).split("\n") if line.strip()), "")
        if mover := _person_moving(_HEAD_CELLS.split(below.strip())[0].strip(" ,")):
            return mover[:200]
    signed = _signature(raw)
    if signed is not None and _IN_SESSION.search(signed):
        signed = None  # "De raad van de gemeente Ravensloot, in vergadering bijeen ...": a motion's opening
    if signed is not None and (found := _ON_BEHALF.match(signed)) is not None:
        body = signed[found.end() :]
        signed = body[:1].upper() + body[1:]
    if signed is not None:
        return _named_in_full(head, signed) or signed
    return _from_field(head) or _heading_body(head)


# Who moves a motion or an amendment: "Ingediend door de fracties van Lokaal Ravensloot, CDA en D66:".
_MOVED_BY = re.compile(r"^[ \t*_]*(?i:ingediend\s+door)[: \t]+((?i:de\s+)?\S[^\n]{2,150}?)[ \t*_:]*$", re.MULTILINE)
# The same label on a line of its own, the mover's name on the next: "Ingediend door:" / "Indiener:".
_MOVERS_LABEL = re.compile(
    r"^[ \t*_]*(?i:ingediend\s+door|indiener(?:s|\(s\))?)[ \t*_]*:?[ \t*_]*\n((?:[ \t]*\n){0,3}[^\n]{3,200})",
    re.MULTILINE,
)
# A member's name, as a motion's mover signs it, with the party after it or not: "K. Bakker-Mulder
# (ChristenUnie)", "H. van Dijk, D66", "Anouk Verhoeven".
_PERSON_MOVING = re.compile(
    r"^((?:(?:[A-Z]\.\s?){1,4}|[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\s+)"
    r"(?:(?:van|de|der|den|ten|ter|te|la|le|du|op|in\s+'t|'t)\s+){0,3}[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)"
    r"(?:\s*\([^()]{1,60}\)|\s*[,–-]\s*(?:fractie\s+)?[\w&'’ -]{1,40})?$"
)


def _person_moving(text: str) -> str | None:
    """A mover's name without the party beside it, when ``text`` is one person's name."""
    found = _PERSON_MOVING.match(" ".join(text.split()))
    return found.group(1) if found is not None else None


_IN_SESSION = re.compile(r"\bin\s+(?:openbare\s+)?vergadering\s+bijeen\b", re.IGNORECASE)
# A body named by one word after its article, as a signature names the body whose name heads the
# document: "De rekenkamercommissie", "de werkgroep", "De stuurgroep".
_ONE_WORD_BODY = re.compile(r"^(?:de|het)\s+(\w{4,40})$", re.IGNORECASE)
_ARTICLE_FIRST = re.compile(r"^(?:de|het|een|namens|deze|die|dit)\b", re.IGNORECASE)
_HEAD_CELLS = re.compile(r"\t|\s{3,}|\s[|·•]\s|\s[–—]\s")  # a running header's parts


def _head_lines(head: str, count: int) -> list[str]:
    lines = (strip_emphasis(" ".join(line.split())).strip("#|* ") for line in head.split("\n", 400)[:400])
    return [t for t in lines if t][:count]


def _named_in_full(head: str, signed: str) -> str | None:
    """The full name, from the document's first lines, of a body a signature names by one word."""
    found = _ONE_WORD_BODY.match(signed)
    if found is None:
        return None
    word = re.compile(rf"(?<!\w){re.escape(found.group(1))}", re.IGNORECASE)
    for line in _head_lines(head, 40):
        for cell in _HEAD_CELLS.split(line):
            cell = cell.strip(" ,")
            if (
                word.search(cell)
                and _BODY_NAMED.match(cell)
                and len(cell.split()) >= 2
                and not _ARTICLE_FIRST.match(cell)  # "De rekenkamercommissie heeft ...", the signature itself
            ):
                return cell[:200]
    return None


# A body's name on a line of its own: words with capitals or lower case, no sentence's stop or
# colon, one to ten of them ("Rekenkamercommissie Drieborg-Ommerdal", "Jongerenraad Kaldenveen").
_BODY_NAMED = re.compile(r"^(?-i:[A-Z])[\w&'’().-]*(?:\s+(?:[\w&'’().-]+|[&–-])){0,9}$")
# What a body that heads its own report or advice calls itself.
_REPORTING_BODY = re.compile(
    r"(?<!\w)(?:\w*rekenkamer\w*|\w+raad|\w*werkgroep|stuurgroep|projectgroep|programmabureau|onderzoeksbureau"
    r"|ggd|veiligheidsregio)(?!\w)",
    re.IGNORECASE,
)
_FROM_FIELD = re.compile(  # ("Van:", or a memo's fields in columns, "Van         Ruud Nijenhuis, projectleider")
    r"^(?:van|afzender|opgesteld\s+door|opsteller|auteur|from)(?:\s*:|\t|\s{3,})\s*(\S.*)$", re.IGNORECASE
)


def _from_field(head: str) -> str | None:
    """A memo's "Van:" (or a report's "Opgesteld door:") among its first lines, up to a comma or a
    bracket; not an e-mail's sender (its address), who writes for someone else."""
    raw_lines = (strip_emphasis(line).strip("#|* \t") for line in head.split("\n", 400)[:400])
    for line in [t for t in raw_lines if t][:25]:  # (as written: a field's label may stand columns apart)
        found = _FROM_FIELD.match(line)
        if found is None:
            continue
        value = " ".join(found.group(1).split())
        if "@" in value or "<" in value:
            return None
        value = re.split(r",|\s\(|;", value, maxsplit=1)[0].strip(" .")
        return value[:200] if len(value) >= 3 else None
    return None


def _heading_body(head: str) -> str | None:
    """A rekenkamer, an advisory council or a working group that heads its report or advice with
    its name: its first line, or the first two when the name is wrapped ("Rekenkamercommissie" /
    "Berg en Maasland")."""
    lines = _head_lines(head, 2)
    if not lines:
        return None
    first = _HEAD_CELLS.split(lines[0])[0].strip(" ,")
    if not _REPORTING_BODY.search(first) or not _BODY_NAMED.match(first):
        return None
    if len(first.split()) == 1 and len(lines) > 1 and len(lines[1].split()) <= 4 and _BODY_NAMED.match(lines[1]):
        first = f"{first} {lines[1]}"  # the body's name wrapped onto a second line
    if len(first.split()) < 2:
        return None
    return first if first.upper() != first else first.title()


def _signed_name(text: str) -> str:
    """A signature's line without the punctuation around it ("Het college,"), keeping the stop of
    an abbreviation that ends it ("Verhoef & Partners Accountants B.V.")."""
    name = text.strip(" ,.;:")
    return f"{name}." if _ENDS_ABBREVIATION.search(text.rstrip(" ,;:")) else name


_ENDS_ABBREVIATION = re.compile(r"(?:^|[\s.])[A-Z]\.[A-Z]\.$")  # "B.V.", "N.V.", "U.A."


def _closings(raw: str) -> Iterator[re.Match[str]]:
    """The greetings of a text ("Met vriendelijke groet,"), in a long text those in its first and
    last ``_SIGNED_REACH`` characters: a letter closes at its end, or a cover letter at its start."""
    if len(raw) <= 2 * _SIGNED_REACH:
        yield from _CLOSING_RE.finditer(raw)
        return
    yield from _CLOSING_RE.finditer(raw, 0, _SIGNED_REACH)
    yield from _CLOSING_RE.finditer(raw, len(raw) - _SIGNED_REACH)


def _signature(raw: str) -> str | None:
    """The line :func:`_sender` reads, as it stands. (An e-mail's: above the message it quotes.)"""
    quote = _QUOTE_MARK.search(raw, 0, _QUOTE_REACH)  # (an e-mail is short: its start is enough)
    if quote is not None and not _FORWARDED.search(raw[: quote.start()]):
        raw = raw[: quote.start()]  # (a forwarded letter is what the message is: its signature counts)
    closings = [
        m
        for m in _closings(raw)
        # an e-mail's bare "Groet," over an attached text that goes on: not the foot of the document
        if not _BARE_GREETING.match(m.group(0)) or raw.count("\n", m.end()) <= _BARE_GREETING_FOOT
    ]
    if not closings:  # no greeting: a board or college signing at the letter's foot
        foot = [strip_emphasis(" ".join(line.split())) for line in raw[-3000:].split("\n")]
        lines = [t for t in foot if t][-12:]
        for k, text in enumerate(lines):
            if _SIGNER.match(text):
                return _signed_name(text)[:200]
            if (
                k + 1 < len(lines)
                and not text.endswith((",", ".", ";", ":"))
                and _SIGNER.match(f"{text} {lines[k + 1]}")
            ):
                return _signed_name(f"{text} {lines[k + 1]}")[:200]  # the board's name wrapped onto a second line
            if _SIGNER_BARE.match(text):
                return text[:200]
            if k + 1 < len(lines) and _signs_for(text, lines[k + 1]):
                return _signed_name(text)[:200]
        if lines and _body_alone(lines[-1]):  # "Raadswerkgroep Jeugd Ravelstein" closing an advice
            return lines[-1][:200]
        # signed above an annex (a proposal's list of principles, its attachments): the last
        # line that is a board's or college's signature, further up
        below = ""  # the line under this one: the rest of a board's name wrapped onto it
        for line in reversed(raw[-_SIGNED_REACH:].split("\n")):
            text = strip_emphasis(" ".join(line.split()))
            if text and _SIGNER.match(text):
                return _signed_name(text)[:200]
            if text and below and not text.endswith(",") and len(below) <= 80 and _SIGNER.match(f"{text} {below}"):
                return _signed_name(f"{text} {below}")[:200]
            below = text  # (a blank line between: no name wrapped)
        return None
    signed: list[str] = []
    for line in raw[closings[-1].end() :].split("\n")[1:16]:
        text = strip_emphasis(" ".join(line.split()))
        if not text or _page_line(line) or _PLACE_DATE.match(text):
            continue  # "Pagina 1 van 2": the page ends between greeting and name; "Assen, 3 mei 2025"
        signed.append(text)
        if len(signed) == 2:
            break
    if not signed:
        return None
    behalf = next(  # "Groet, / Saskia / Namens de fractie van Vennebroek Vooruit,": on whose behalf she writes
        (t for line in raw[closings[-1].end() :].split("\n")[1:8] if _ON_BEHALF.match(t := " ".join(line.split()))),
        None,
    )
    if behalf is not None and behalf.endswith(","):
        return _signed_name(behalf)[:200]
    text = signed[0]
    if (
        len(signed) == 2
        and not text.endswith(",")
        and signed[1].endswith(",")
        and (_SIGNER.match(f"{text} {signed[1]}") or _WRAPPED_AFTER.search(text))
    ):
        text = f"{text} {signed[1]}"  # the board's name wrapped onto a second line ("... hoogheemraden van" / "...,")
    text = _signed_name(text)
    return text[:200] if len(text) >= 3 else None


_WRAPPED_AFTER = re.compile(r"\s(?:van|voor|de|der|den|het|en|namens)$", re.IGNORECASE)  # a name going on
_QUOTE_REACH = 200_000  # characters at a text's start where an e-mail's quote marker is looked for
_FORWARDED = re.compile(r"^[ \t]*(?:onderwerp|subject)\s*:\s*(?:fw|fwd|doorst\w*)\s*:", re.I | re.M)
_BARE_GREETING = re.compile(r"^\W*groet(?:en)?\W*$", re.IGNORECASE)
_BARE_GREETING_FOOT = 25  # lines after an e-mail's bare "Groet," at most, when it closes the text
_QUOTE_MARK = re.compile(r"^[ \t>]*-{2,}\s*(?:oorspronkelijk\s+bericht|original\s+message)\s*-{2,}", re.I | re.M)
_PLACE_DATE = re.compile(r"^(?-i:[A-Z])[\w'’ -]{1,40},\s+(?:de\s+)?\S.{0,30}\b(?:19|20)\d\d\.?$", re.IGNORECASE)
# Who signs under a body's name: a title before a name, an office, "namens deze".
_SIGNATORY = re.compile(
    r"^(?:(?:drs|mr|dr|ir|ing|prof|mw|mevr|dhr|ds)\.\s|namens\s+deze\b|(?:de\s+)?(?:voorzitter|secretaris)\b)"
    r"|\b(?:voorzitter|secretaris|griffier|directeur|programmamanager)\b",
    re.IGNORECASE,
)


def _signs_for(text: str, below: str) -> bool:
    """Whether a line at the foot names the body that signs, the person who signs for it below:
    "Rekenkamercommissie Ommerveld" over "drs. L.A. Bouwhuis (voorzitter)"."""
    name = text.rstrip(",")
    return (
        _SIGNATORY.search(below) is not None
        and _BODY_NAMED.match(name) is not None
        and _ORGANISATION.search(name) is not None
        and _SIGNATORY.search(name) is None
    )


def _body_alone(text: str) -> bool:
    """Whether the last line of a text is a body's name of two words or more, and nothing else."""
    return (
        len(text.split()) >= 2
        and not text.endswith(".")
        and not text.rsplit(None, 1)[-1].isdigit()  # a running footer's page number
        # "Het college besloot": a sentence; "Het Regionaal Bestuurlijk Overleg ...": a name
        and (not _ARTICLE_FIRST.match(text) or _NAME_AFTER_ARTICLE.match(text) is not None)
        and _BODY_NAMED.match(text) is not None
        and _ORGANISATION.search(text) is not None
        and _SIGNATORY.search(text) is None
    )


# A body's name after its article, every word with its capital but the small words between them.
_NAME_AFTER_ARTICLE = re.compile(
    r"^(?:Het|De)\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|van|voor|de|der|den|het|en|&|[–-]))+$"
)
# A word that makes a line a body's name, not a person's.
_ORGANISATION = re.compile(
    r"(?<!\w)(?:\w*rekenkamer\w*|\w*raad|\w*groep|\w*bureau|\w*commissie|college|bestuur|regio|gemeente\w*|ggd"
    r"|veiligheidsregio|fractie|team|afdeling|griffie|dienst|regeling|\w*overleg|platform|stichting|vereniging"
    r"|partners|samenwerkingsverband|gr)(?!\w)",
    re.IGNORECASE,
)


def _page_line(line: str) -> bool:
    """A page's number, alone or beside a running title or reference ("Pagina 2 van 3   RVK/25-031")."""
    if _noise_kind(line) == "P":
        return True
    return any(_PAGE_MARKER.match(cell.strip()) for cell in _CELL_SEPARATOR.split(line.strip()))


def _facts(raw: str, clean: str) -> dict[str, str]:
    """Best-effort facts of a letter: its date ('Datum ...', else an early date), a deadline, its
    reference ('Ons kenmerk ...') and who signs it (the line after 'Met vriendelijke groet')."""
    return _deadline(_letter_facts(_scan_repaired(raw)), _scan_repaired(clean))


# A scan's slips in the words the facts are found by: "rn" read for "m" ("12 rnaart 2021",
# "narnens de stuurgroep", "Ons kenrnerk"), a zero for an O ("0ns kenmerk"), an "l" for a 1 in a
# date's day or year ("3l mei 2021", "2O23"). Repaired for reading the facts only (the text
# itself stays as scanned), and only these words: "rn" is a real pair in many others ("intern").
_SCAN_WORDS = {
    "rnaart": "maart",
    "rnei": "mei",
    "septernber": "september",
    "novernber": "november",
    "decernber": "december",
    "narnens": "namens",
    "kenrnerk": "kenmerk",
    "0ns": "ons",
    "0nderwerp": "onderwerp",
    "daturn": "datum",
    "uiteriijk": "uiterlijk",  # ("uiterIijk", a capital I for the l)
}
_SCAN_WORD = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, _SCAN_WORDS)) + r")(?![\w])", re.IGNORECASE)
_SCAN_DATE = re.compile(rf"(?<![\w])([\dlIO]{{1,2}})(\s+(?:{_MONTH_ALT})\.?\s+)([\dlIO]{{4}})(?![\w])", re.IGNORECASE)
_SCAN_DIGITS = str.maketrans("lIO", "110")
_SCAN_REACH = 200_000  # characters at either end where the facts are looked for (as far as a deadline is)


def _scan_repaired(text: str) -> str:
    """``text`` with a scan's slips in the facts' words repaired (see ``_SCAN_WORDS``); a long text
    as its two ends, where the facts are read, joined."""
    if len(text) > 2 * _SCAN_REACH:
        ends = (text[:_SCAN_REACH], text[-_SCAN_REACH:])
        if not any(_SCAN_WORD.search(end) or _slipped_date(end) for end in ends):
            return text
        return "\n\n".join(_scan_repaired(end) for end in ends)
    if not (_SCAN_WORD.search(text) or _slipped_date(text)):
        return text
    text = _SCAN_WORD.sub(lambda m: _cased(_SCAN_WORDS[m.group(1).lower()], m.group(1)), text)
    return _SCAN_DATE.sub(
        lambda m: m.group(1).translate(_SCAN_DIGITS) + m.group(2) + m.group(3).translate(_SCAN_DIGITS), text
    )


def _slipped_date(text: str) -> bool:
    return any(not (m.group(1) + m.group(3)).isdigit() for m in _SCAN_DATE.finditer(text))


def _cased(word: str, like: str) -> str:
    """``word`` with the capital of ``like``: "Narnens" -> "Namens", "0ns" -> "Ons"."""
    return word[:1].upper() + word[1:] if like[:1].isupper() or like[:1] == "0" else word


_FIELD_ROW = re.compile(  # "| label | value |" or a Word table's "- label | value": a table's row of two cells
    r"^[ \t]*(?:-[ \t]+|\|)[ \t]*([^|\n]{1,40}?)[ \t]*\|[ \t]*([^|\n]{1,200}?)[ \t]*\|?[ \t]*$", re.M
)


_BOX_BARS = str.maketrans({"│": "|", "┃": "|", "║": "|"})


def _letter_facts(raw: str, *, any_date: bool = True) -> dict[str, str]:
    """The facts of :func:`_facts` read from the raw text: all but the deadline. A letterhead
    written as a table of two columns ("| Kenmerk | DGJ/2024-07 |", a Word table's "- Datum
    voorstel | 12 juni 2024") is read as the fields it holds ("Kenmerk: DGJ/2024-07").
    ``any_date``: without a date named as the letter's, its first date that is no other's."""
    facts: dict[str, str] = {}
    head = raw[:20000]
    if "**" in head or "__" in head:  # "**Ons kenmerk:** 25-RIB-0087": the label's emphasis is no part of it
        head = head.replace("**", "").replace("__", "")
    if "│" in head or "┃" in head or "║" in head:  # a table drawn with box lines: its bars as "|"
        head = head.translate(_BOX_BARS)
    if "|" in head:
        # (a row of two fields, "Onderwerp ... | Zaaknummer ...", stays as it is)
        head = _FIELD_ROW.sub(
            lambda m: m.group(0) if _LABEL_CELL.match(m.group(2)) else f"{m.group(1)}: {m.group(2)}", head
        )
    if kenmerk := _kenmerk(head) or _case_number(head) or _running_reference(raw[:_RUNNING_DATE_REACH]):
        facts["kenmerk"] = kenmerk
    if sender := _sender(raw, head):
        facts["sender"] = sender
    decided = _DECIDED_RE.search(raw[-3000:]) or _DECIDED_RE.search(head)
    for match in _DATUM_RE.finditer(head):
        if iso := _iso(_DATE_RE.search(match.group(0)) or match):
            facts["date"] = iso
            break
    else:
        if _DATE_TO_COME.search(head):
            return facts  # "Datum: [datum verzending]": a draft, dated when it is sent (no other date is its)
        version = _VERSION_RE.search(head)
        if version is not None and (iso := _iso(_DATE_RE.search(version.group(0)) or version)):
            facts["date"] = iso  # "versie 14 mei 2024" (often only in the running header): its own date
            return facts
        if decided is not None and (iso := _iso(_DATE_RE.search(decided.group(0)) or decided)):
            facts["date"] = iso  # a council's decision: the meeting that took it
            return facts
        dated = (
            _PLACE_DATE_RE.search(head[:3000]) or _PLACE_DATE_RE.search(raw[-3000:]) or _SIGNED_AT.search(raw[-3000:])
        )
        if dated is not None and (iso := _iso(_DATE_RE.search(dated.group(0)) or dated)):
            facts["date"] = iso  # "Winschoten, 29 oktober 2024": where and when the letter was signed
            return facts
        if running := _running_date(raw[:_RUNNING_DATE_REACH]):
            facts["date"] = running  # "Inkoopkader Wmo | kenmerk GRSM/25/0412 | 3 maart 2025 | pagina 2 van 6"
            return facts
        if not any_date:
            return facts
        meeting = None
        for match in _DATE_RE.finditer(head[:1500]):
            line_start = head.rfind("\n", 0, match.start()) + 1
            before = head[max(line_start, match.start() - 40) : match.start()]
            if _THEIR_LETTER.search(before) or _SET_BY.search(before):
                continue  # "Uw brief van 2 februari 2023", "uiterlijk 25 april": not the letter's date
            if _MEETING.search(before):  # "Raadsvergadering 26 september": the proposal's own date first
                meeting = meeting or _iso(match)
                continue
            if iso := _iso(match):
                facts["date"] = iso
                break
        else:
            if meeting:
                facts["date"] = meeting
    return facts


_RUNNING_DATE_REACH = 60_000  # characters at a text's start where a running header's date is looked for


def _running_date(text: str) -> str | None:
    """The date in a running header or footer: a line with a date that stands on two pages or
    more, the same but for its page number."""
    seen: dict[tuple[str, str], int] = {}
    for line in text.split("\n"):
        if len(line) > 200 or (found := _DATE_RE.search(line)) is None or (iso := _iso(found)) is None:
            continue
        key = (re.sub(r"\d+", "#", " ".join(line.split())), iso)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 2:
            return iso
    return None


# A reference as a running footer carries it beside the page number: letters and digits with a
# slash or a dash between them ("RVK/BS/25-031", "2025-001942"), no date, no words.
_FOOTER_REFERENCE = re.compile(r"^(?=[^ ]*\d)[A-Za-z0-9]+(?:[/.-][A-Za-z0-9]+){1,5}$")


_NO_REFERENCE = re.compile(r"\d{1,3}(?:\.\d+)+|(?:19|20)\d\d-(?:19|20)?\d\d")  # a version, a span of years


def _running_reference(text: str) -> str | None:
    """The reference a running footer or header repeats beside the page number on two pages or
    more ("Pagina 2 van 3        RVK/BS/25-031"): a letter that names it nowhere else."""
    seen: dict[str, int] = {}
    for line in text.split("\n"):
        if len(line) > 200 or not any(ch.isdigit() for ch in line):
            continue
        cells = [c.strip(" |") for c in re.split(r"\t|\s{3,}|\s\|\s", line.strip()) if c.strip(" |")]
        if len(cells) != 2 or not any(_PAGE_MARKER.match(c) for c in cells):
            continue
        other = next(c for c in cells if not _PAGE_MARKER.match(c))
        if _FOOTER_REFERENCE.match(other) and not _DATE_RE.search(other) and not _NO_REFERENCE.fullmatch(other):
            seen[other] = seen.get(other, 0) + 1
            if seen[other] == 2:
                return other
    return None


# A document's version by its date: "versie 14 mei 2024", "Versie: 14-05-2024", "Conceptversie d.d. 3 juni 2024".
_VERSION_RE = re.compile(rf"\b(?:[Vv]ersie|[Cc]onceptversie|[Vv]ersiedatum)\s*(?::\s*|d\.\s?d\.\s*)?{_DATE}")
# "Aldus besloten in de openbare vergadering van 12 juni 2025", "vastgesteld in de raadsvergadering
# van ...": the date of a council's decision (not that of the proposal it read).
_DECIDED_RE = re.compile(
    rf"\b(?:besloten|vastgesteld)\s+(?:in|door)\s+(?:de\s+)?(?:openbare\s+)?(?:raads)?vergadering\s+van\s+{_DAY}{_DATE}",
    re.IGNORECASE,
)
# A letter's date field left for the day it is sent: "Datum : [datum verzending]", "Datum: ...",
# "Datum: <datum>", "Datum: xx-xx-2024".
_DATE_TO_COME = re.compile(
    r"^[ \t]*(?:verzend)?datum[ \t]*:?[ \t]*(?:[\[<{(][^\]>})\n]{0,40}[\]>})]|\.{3,}|…|_{3,}|xx?[-./]xx?\b)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SET_BY = re.compile(rf"\b(?:{_DEADLINE_WORDS})\s*(?:op\s+)?{_DAY}$", re.I)  # a date right after them
# A line of its own naming where and when a letter was written: "Winschoten, 29 oktober 2024".
_PLACE_DATE_RE = re.compile(
    rf"^[ \t]*[A-Z][\w'’.-]+(?:[ -][\w'’.-]+){{0,3}},[ \t]+(?:d\.\s?d\.\s*)?{_DAY}{_DATE}[ \t]*$", re.M
)
# An agreement's closing line: "Ondertekend te Zutphen op 4 maart 2025", "Aldus getekend te Ede op ...";
# a motion's or amendment's: "Aldus ingediend op 28 januari 2020", "Ingediend op: 3 juni 2024".
_SIGNED_AT = re.compile(
    rf"\b(?i:ondertekend|getekend)\s+te\s+[A-Z][\w'’.-]+(?:[ -][\w'’.-]+){{0,3}}\s+(?:op\s+)?{_DAY}{_DATE}"
    rf"|^[ \t]*(?i:(?:aldus\s+)?ingediend)(?:\s+te\s+[A-Z][\w'’.-]+(?:[ -][\w'’.-]+){{0,3}})?\s+(?i:op)\s*:?\s*{_DAY}{_DATE}",
    re.MULTILINE,
)
_MEETING = re.compile(
    r"\b(?:(?:raads|commissie|bestuurs)?vergader(?:ing|datum)|datum\s+(?:bijeenkomst|vergadering|overleg))\b[\s:*_]*(?:van\s+)?$",
    re.I,
)
_THEIR_LETTER = re.compile(
    r"(?:\buw\s+brief(?:\s+van|\s+d\.\s?d\.)?|\bbrief\s+(?:van|d\.\s?d\.)|\bingekomen|\bontvangen)[\s:]*$", re.I
)


def _deadline(facts: dict[str, str], clean: str) -> dict[str, str]:
    """``facts`` with the deadline read from the clean text: the first date set by "uiterlijk",
    "vóór", "voor" or "tot en met" in a sentence that asks for the council's answer ("uw
    zienswijze", "reageren"), else the first after "uiterlijk", "vóór" or "deadline" anywhere
    ("voor" alone is too common a word to say a deadline without such a sentence). A date before
    the letter's own is no deadline for it ("de contracten moeten uiterlijk 1 januari 2024
    ingaan" in a letter of 2023 is, but it is not the council's: the sentence decides)."""
    letter = facts.get("date")
    fallback: str | None = None
    if len(clean) > 2 * _DEADLINE_REACH:  # a letter asks at its start or its end, not in page 900
        clean = clean[:_DEADLINE_REACH] + "\n\n" + clean[-_DEADLINE_REACH:]
    for match in _DEADLINE_RE.finditer(clean):
        iso = _deadline_date(match.group(0), letter)
        if iso is None or (letter is not None and iso < letter):
            continue
        start = max(clean.rfind(". ", 0, match.start()), clean.rfind("\n\n", 0, match.start()), match.start() - 300)
        ends = (clean.find(stop, match.end()) for stop in (". ", ".\n", "\n\n"))  # the sentence's, or its paragraph's
        end = min((e for e in ends if e >= 0), default=len(clean))
        sentence = clean[start + 1 : min(end, match.end() + 300)]
        if _ANSWER_RE.search(sentence) or _answered_then(clean, end):
            facts["deadline"] = iso
            return facts
        if _DATE_RE.search(match.group(0)) is None and not _COMING_WORD.search(match.group(0)):
            continue  # no year, nor "a.s.": only a sentence asking for the answer says which year
        word = match.group(1).lower()
        if _TASKED.search(sentence):
            continue  # "Draag het college op om vóór 1 juli 2022 ...": the college's date, not the council's
        if fallback is None and not word.startswith(("voor", "tot", "by", "before")):  # (too common alone)
            fallback = iso
    if fallback is not None and not _MOVED.search(clean):  # (a motion's "de raad vóór 1 januari te informeren")
        facts["deadline"] = fallback
    return facts


# A sentence that gives the college a task: a recommendation's or a motion's, whose date is the college's.
_TASKED = re.compile(
    r"\b(?:draag|draagt|verzoek|verzoekt|vraag|vraagt|roep|roept|geef|geeft)\s+(?:het\s+college|burgemeester\s+en\s+wethouders)\b",
    re.IGNORECASE,
)
# A motion or an amendment: what it asks of the college by a date is no deadline for the council's answer.
_MOVED = re.compile(r"\bgaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b|\A\W*(?:motie|amendement)\b", re.IGNORECASE)


# The next sentence speaking of the period the one before set: "Gedurende deze periode kan
# iedereen een zienswijze indienen" (after "... ligt tot en met 8 januari 2025 ter inzage.").
_THAT_PERIOD = re.compile(
    r"^\s*(?:gedurende|in|binnen|tijdens)\s+(?:deze|die|de\s+genoemde)\s+(?:periode|termijn)\b", re.I
)


def _answered_then(clean: str, end: int) -> bool:
    """Whether the sentence after the one ending at ``end`` (in the same paragraph) asks for the
    answer within the period that one set."""
    if not clean.startswith(". ", end):
        return False
    stop = clean.find(". ", end + 2)
    following = clean[end + 2 : stop if stop >= 0 else end + 300][:300].split("\n\n")[0]
    return _THAT_PERIOD.match(following) is not None and _ANSWER_RE.search(following) is not None


_DEADLINE_REACH = 200_000  # characters at a text's start and at its end where a deadline is looked for


def _deadline_date(text: str, letter: str | None) -> str | None:
    """The date of a deadline phrase; "25 mei a.s." (or "25 mei") is the first 25 May from the
    letter's date (none when the letter has no date)."""
    if (found := _DATE_RE.search(text)) is not None:
        return _iso(found)
    coming = _COMING_RE.search(text)
    if coming is None or letter is None:
        return None
    sent = date.fromisoformat(letter)
    try:
        day = date(sent.year, _MONTHS[coming.group(2).lower()], int(coming.group(1)))
        return (day if day >= sent else day.replace(year=sent.year + 1)).isoformat()
    except (ValueError, KeyError):
        return None


def letter_facts(raw: str, clean: str) -> dict[str, str]:
    """The facts of a letter (see :func:`_facts`) from its raw and cleaned text: what the store
    keeps of a framework letter at import, and reads again from a document stored before."""
    return _facts(raw, clean)


# The next field of a letterhead on the subject's line, where PDF text lost the tab between them.
_SUBJECT_NEXT_FIELD = re.compile(
    r"\s(?:bijlage\(n\)|bijlagen?\b|behandeld\s+door|datum\b|uw\s+kenmerk|ons\s+kenmerk|kenmerk\b|telefoon"
    r"|zaaknummer|uw\s+brief|verzonden\b)",
    re.IGNORECASE,
)
_LETTERHEAD_WORDS = re.compile(
    r"\b(?:kenmerk|uw\s+brief|bijlage\(n\)|behandeld\s+door|telefoon(?:nummer)?|zaaknummer|postbus|e-?mail"
    r"|doorkies(?:nummer)?|registratienummer|documentnummer)\b|\d{5,}",
    re.IGNORECASE,
)
_POSTCODE = re.compile(r"\b\d{4}\s?[A-Z]{2}\b")
_ADDRESSEE = re.compile(r"^(?:aan\s+(?:de|het)\b|t\.a\.v\.|ter\s+attentie)", re.IGNORECASE)


def _letterhead(text: str) -> bool:
    """A line of a letterhead ("Kenmerk UIT / 2004368", "Postbus 22, 3300 AA Dordrecht",
    "Datum 5 oktober 2020"): never a document's title."""
    if _field_like(text) or _FIELD.match(text):
        return True
    if _DATE_RE.fullmatch(text.strip(" .")):
        return True
    if _ADDRESSEE.match(text):
        return True
    return len(text.split(maxsplit=16)) <= 16 and (
        _LETTERHEAD_WORDS.search(text) is not None or _POSTCODE.search(text) is not None
    )


def _title(raw: str, blocks: Sequence[Block], name: str) -> str:
    """The subject line of a letter, else the first (top-level) heading, else the file name;
    letterhead lines (reference numbers, dates, addresses) are never the title. Only the first
    20,000 characters of ``raw`` are looked at."""
    subject = _SUBJECT_RE.search(raw[:20000])
    if subject:
        text = strip_emphasis(" ".join((subject.group(1) or subject.group(2)).split()))
        cut = _SUBJECT_NEXT_FIELD.search(text)
        text = text[: cut.start()].rstrip(" ,;") if cut and cut.start() >= 8 else text
        if text:
            return text[:200]
    kept = (b for b in blocks if not _letterhead(b.text))  # looked at only as far as needed
    opening = list(islice(kept, 6))
    # A title-like line of its own that opens the document names it, unless it is a bare section
    # label such as "Aanleiding" or "Inleiding" (one or two words); else the first top-level heading.
    for b in opening:  # the opening lines, up to the first body text
        if b.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH) or not _title_like(b.text, 120, 16):
            break
        if len(b.text.split()) >= 3:
            return b.text[:200]
    top = next((b for b in chain(opening, kept) if b.kind is BlockKind.HEADING and b.level == 1), None)
    if top is not None:
        return top.text[:200]
    # A title repeated as the running header of every page ("Inkoopkader Jeugdhulp 2025") is
    # page furniture and not in the blocks: one of the text's first lines, standing again later.
    first = [" ".join(line.split()) for line in raw.split("\n", 8)[:8]]
    for line in islice((line for line in first if line), 5):
        if (
            len(line.split()) >= 3
            and _title_like(line, 120, 16)
            and not _letterhead(line)
            and sum(1 for later in raw.splitlines() if later.strip() == line) >= 2
        ):
            return line[:200]
    stem = PurePath(name).stem if name else ""
    if stem:
        words = " ".join(stem.replace("_", " ").replace("-", " ").split())
        return words[:1].upper() + words[1:]
    return opening[0].text[:80] if opening else ""


# --------------------------------------------------------------------------------------------
# The whole reading
# --------------------------------------------------------------------------------------------


def read_document(
    data: bytes, *, name: str, role: DocumentRole, paragraphs: bool = False, margins: str = ""
) -> ParsedDocument:
    """Decode, clean and segment one file.

    Principles are looked for in every document (the caller stores them for frameworks only);
    a framework without a numbered sequence gets the warning ``no_principles`` and is still
    usable through its sections. ``paragraphs``: each line is a whole paragraph and a blank
    line is a paragraph break (a Word file's text): no layout is guessed from the lines.
    ``margins``: the first page's header and footer (no part of the text), where a letter's
    template may keep its kenmerk or date (:func:`_margin_facts`).
    """
    with _cycle_collection_paused():
        parsed = _read_document(data, name=name, role=role, paragraphs=paragraphs)
    if margins.strip():
        parsed = replace(parsed, facts=_margin_facts(parsed.facts, data, margins))
    return parsed


def _margin_facts(facts: dict[str, str], data: bytes, margins: str) -> dict[str, str]:
    """``facts`` with the kenmerk and date a page's header or footer names ("... kenmerk
    2024/DVO/0318", "Holland Rijnland | 17 april 2025 | pagina 1 van 2"): the kenmerk when the
    text names none, the date when the text names none as the letter's (its first date that is
    no other's, "de Woontop van 28 november 2024", gives way)."""
    found = _letter_facts(margins)
    out = dict(facts)
    if "kenmerk" in found and "kenmerk" not in out:
        out["kenmerk"] = found["kenmerk"]
    if "date" in found and found.get("date") != out.get("date"):
        head = data[:60000].decode("utf-8", errors="replace")
        if "date" not in _letter_facts(head, any_date=False):
            out["date"] = found["date"]
    return out


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Reading a long text makes a million small objects and no reference cycles, and the cycle
    collector would walk all that are alive some ten times over (a fifth of the time of reading
    50 MB): it waits until the reading is done, then runs as it did before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_document(data: bytes, *, name: str, role: DocumentRole, paragraphs: bool = False) -> ParsedDocument:
    # clean_blocks step by step, each step's input let go as soon as it is used: a long text
    # is held once at a time (raw, as lines, as blocks), not three times over.
    encoding, head, facts, raw_lines = _decoded(data, name)
    _check_lines(name, raw_lines)  # a flood of paragraphs or lines, before any work on it
    if not paragraphs:
        raw_lines = _column_tables(_page_columns(raw_lines))
    lines = _lines_of(raw_lines)
    del raw_lines
    drafts = _drafts(lines, _Layout(double=False, width=None) if paragraphs else None)
    del lines
    blocks, clean = _blocks(_unflatten(_finish_headings(drafts)))
    del drafts
    if not blocks:
        raise UserFacingError("no_text", name=name)
    _check_paragraphs(name, len(blocks))  # paragraphs without blank lines between (headings, items)
    from raadsviewer.domain.candidates import LOW_CONFIDENCE, chosen, find_candidates

    candidates = find_candidates(blocks, named_only=role is DocumentRole.BACKGROUND)
    best = chosen(candidates)
    principles = best.principles if best is not None else ()
    warnings: tuple[str, ...] = ()
    if role == DocumentRole.FRAMEWORK:
        if not principles:
            warnings = ("no_principles",)
        elif best is not None and best.confidence < LOW_CONFIDENCE:
            warnings = ("check_principles",)
    return ParsedDocument(
        title=_title(head, blocks, name),
        text=clean,
        blocks=blocks,
        principles=principles,
        candidates=candidates,
        sections=find_sections(blocks),
        warnings=warnings,
        encoding=encoding,
        facts=_deadline(facts, _scan_repaired(clean)),
    )


def _check_lines(name: str, lines: list[str]) -> None:
    """Refuse a flood of paragraphs or lines before any work on it: the lines that start a
    paragraph for certain (written after a blank line, or a Markdown heading) and the lines with
    text. (List items and table rows may be paragraphs of their own too: the paragraphs made are
    counted again once read, :func:`_check_paragraphs`.)"""
    paragraphs, written, after_blank = 0, 0, True
    for line in lines:
        if line and not line.isspace():
            written += 1
            if after_blank or line[0] == "#":
                paragraphs += 1
            after_blank = False
        else:
            after_blank = True
    _check_paragraphs(name, paragraphs)
    if written > MAX_LINES:
        raise UserFacingError("too_many_lines", name=name, lines_count=written, limit_count=MAX_LINES)


def _check_paragraphs(name: str, count: int) -> None:
    if count > MAX_PARAGRAPHS:
        raise UserFacingError("too_many_paragraphs", name=name, paragraphs_count=count, limit_count=MAX_PARAGRAPHS)


_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})


def _decoded(data: bytes, name: str) -> tuple[str, str, dict[str, str], list[str]]:
    """What reading needs of the raw text: its encoding, its head (where a letter's subject
    stands), the facts read from it, and its lines. The raw text itself is let go on return."""
    text, encoding = decode_text(data, name)
    text = _visible(text)  # the title and facts read from the head must not carry them either
    if "\r" in text:  # Windows' (and old Macs') line ends: the facts are read line by line, at "\n"
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text and PurePath(name).suffix.lower() in _MARKDOWN_SUFFIXES:
        from raadsviewer.domain.html_text import has_html, markdown_html  # (html.parser: only when needed)

        if has_html(text):  # raw HTML: read as text
            text = markdown_html(text)
    return encoding, text[:20000], _letter_facts(_scan_repaired(text)), _split_lines(text, visible=True)
