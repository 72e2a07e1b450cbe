"""Text out of a Word file (.docx) with python-docx, as Markdown-ish text for the shared reader.

* paragraphs in Heading/Kop/Title styles (or with an outline level) become Markdown headings;
* list paragraphs with real Word numbering (``w:numPr``: ``numId`` + ``ilvl``, on the paragraph
  or inherited from its style) get the number Word would show: a counter per list (``numId``)
  and level, deeper levels restarting when a shallower one counts on, starting values and
  ``startOverride`` respected; bullet (and roman) levels become "- " items, letters "a)" items;
* a paragraph whose text is all bold (and short) becomes a bold line, which the reader takes
  for a heading;
* every table row becomes one item, its cells separated by " | " (merged cells once).

Headers, footers, comments and text boxes are left out: they are not the document's text.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.reading import ListDepth, grouped_points, point_row, table_point, title_like

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|kop)\s*(\d)$", re.IGNORECASE)
MAX_BOLD_HEADING = 150


def _val(element, tag: str) -> str | None:  # type: ignore[no-untyped-def]
    if element is None:
        return None
    child = element.find(_W + tag)
    return None if child is None else child.get(_W + "val")


def _number(value: str | None, default: int) -> int:
    """A list level or start number as the file gives it; ``default`` for one that is no number
    Word could show (text, or a hundred digits)."""
    if value is None or not value.strip().isdigit() or len(value.strip()) > 6:
        return default
    return int(value)


class _Numbering:
    """Word's list definitions (numbering.xml) and the running counters per list and level."""

    def __init__(self, document) -> None:  # type: ignore[no-untyped-def]
        self.formats: dict[tuple[str, int], tuple[str, int]] = {}  # (numId, ilvl) -> (numFmt, start)
        self.texts: dict[tuple[str, int], str] = {}  # (numId, ilvl) -> lvlText ("%1.%2", "Uitgangspunt %1:")
        self.counters: dict[str, dict[int, int]] = {}  # list -> ilvl -> the last number shown
        self.lists: dict[str, str] = {}  # numId -> the list it counts in (see marker)
        self.indents: dict[tuple[str, int], int] = {}  # (numId, ilvl) -> where its number stands, twips
        # How deep the list paragraphs stand, read in order: a number an eighth of an inch further
        # in than the open item's is a point inside it (a deeper level of its list, or a list of
        # its own such as "List Number 2" under "List Number"). Written indented four spaces a
        # level, as Markdown nests a list, which the reader takes for a sub-point.
        self.depth = ListDepth(nest=180)  # twips
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, int]]] = {}
        abstract_texts: dict[str, dict[int, str]] = {}
        abstract_indents: dict[str, dict[int, int]] = {}
        for a in root.findall(_W + "abstractNum"):
            levels = {}
            texts = {}
            indents = {}
            for lvl in a.findall(_W + "lvl"):
                ilvl = _number(lvl.get(_W + "ilvl"), 0)
                levels[ilvl] = (_val(lvl, "numFmt") or "decimal", _number(_val(lvl, "start"), 1))
                texts[ilvl] = (_val(lvl, "lvlText") or "")[:100]
                indent = _indent(lvl.find(f"{_W}pPr/{_W}ind"))
                if indent is not None:
                    indents[ilvl] = indent
            abstract[a.get(_W + "abstractNumId", "")] = levels
            abstract_texts[a.get(_W + "abstractNumId", "")] = texts
            abstract_indents[a.get(_W + "abstractNumId", "")] = indents
        for num in root.findall(_W + "num"):
            num_id = num.get(_W + "numId", "")
            for ilvl, text in abstract_texts.get(_val(num, "abstractNumId") or "", {}).items():
                self.texts[(num_id, ilvl)] = text
            for ilvl, indent in abstract_indents.get(_val(num, "abstractNumId") or "", {}).items():
                self.indents[(num_id, ilvl)] = indent
            levels = dict(abstract.get(_val(num, "abstractNumId") or "", {}))
            self.lists[num_id] = "abstract " + (_val(num, "abstractNumId") or "")
            for override in num.findall(_W + "lvlOverride"):
                ilvl = _number(override.get(_W + "ilvl"), 0)
                start = _val(override, "startOverride")
                if start is not None:
                    self.lists[num_id] = num_id  # a list of its own, restarting where it begins
                if start is not None and ilvl in levels:
                    levels[ilvl] = (levels[ilvl][0], _number(start, 1))
            for ilvl, fmt in levels.items():
                self.formats[(num_id, ilvl)] = fmt

    def marker(self, num_id: str, ilvl: int) -> str | None:
        """The marker Word shows for the next item of list ``num_id`` at level ``ilvl``."""
        if num_id in ("", "0"):  # numId 0 switches numbering off
            return None
        fmt, start = self.formats.get((num_id, ilvl), ("decimal", 1))
        # Word counts on across lists made from one definition (abstractNum) unless a list
        # restarts its numbering (startOverride): "1. 2." text "3. 4." with two numIds.
        counters = self.counters.setdefault(self.lists.get(num_id, num_id), {})
        value = counters.get(ilvl, start - 1) + 1
        counters[ilvl] = value
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "upperRoman" and value < 40:  # "IV.": as the reader reads Roman numbering in a text
            return f"{_roman(value)}."
        if fmt not in ("decimal", "decimalZero", "lowerLetter", "upperLetter"):
            return "-"  # bullets, small roman numerals and the rest: an unnumbered item
        shown = self._shown(num_id, ilvl, counters)
        if shown is not None:
            return shown
        if fmt == "lowerLetter":
            return f"{chr(96 + (value - 1) % 26 + 1)})"
        if fmt == "upperLetter":
            return f"{chr(64 + (value - 1) % 26 + 1)})"
        return f"{value}."

    def _shown(self, num_id: str, ilvl: int, counters: dict[int, int]) -> str | None:
        """The marker as the level's own text writes it, where that says more than a number: an
        outline of the levels above ("%1.%2" shows "2.1") or a label ("Uitgangspunt %1:"). None
        for the usual "%1." and "(%1)", and for a text that names a level not in decimals."""
        text = self.texts.get((num_id, ilvl), "")
        places = _LEVEL_PLACE.findall(text)
        if not places or (len(places) == 1 and not any(c.isalpha() for c in _LEVEL_PLACE.sub("", text))):
            return None
        values = []
        for place in places:
            level = int(place) - 1
            fmt, start = self.formats.get((num_id, level), ("decimal", 1))
            if level > ilvl or fmt not in ("decimal", "decimalZero"):
                return None
            values.append(str(counters.get(level, start)))
        shown = _LEVEL_PLACE.sub(lambda m: values.pop(0), text).strip()
        return shown if len(shown) <= 60 else None


_LEVEL_PLACE = re.compile(r"%([1-9])")


def _roman(value: int) -> str:
    """1..39 in Roman numerals."""
    tens, units = divmod(value, 10)
    return "X" * tens + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[units]


MAX_STYLE_CHAIN = 16  # styles a paragraph's style may be based on, one on the other


class _Styles:
    """The document's styles by id, read once. python-docx finds a style by scanning all of them
    (``paragraph.style``, ``style.base_style``), every time: a file of 100,000 styles took four
    minutes for 100 paragraphs, an ordinary one of 20,000 paragraphs over a minute."""

    def __init__(self, document: Any) -> None:
        from docx.enum.style import WD_STYLE_TYPE

        self.by_id: dict[str, Any] = {}
        self._hidden: dict[str, bool] = {}  # style id -> whether it hides its text
        self.default: Any = None  # the paragraph style of a paragraph that names none
        for style in document.styles:
            if style.style_id is not None:
                self.by_id.setdefault(style.style_id, style)
            if self.default is None and style.type == WD_STYLE_TYPE.PARAGRAPH and style.element.default:
                self.default = style

    def of(self, paragraph: Any) -> Any:
        """The paragraph's style (as python-docx's ``paragraph.style``: the default one when it
        names none, or one the file does not have)."""
        named = paragraph._p.style
        return self.by_id.get(named, self.default) if named else self.default

    def of_run(self, run: Any) -> Any:
        named = run._r.style
        return self.by_id.get(named) if named else None

    def hides(self, named: Any) -> bool:
        """Whether the style a ``w:pStyle``/``w:rStyle`` element names (or one it is based on)
        hides its text (``w:vanish``): Word does not show it; an editor's note kept in the file."""
        style_id = named.get(_W + "val") if named is not None else None
        if not style_id:
            return False
        found = self._hidden.get(style_id)
        if found is None:
            found = False
            for style in self.chain(self.by_id.get(style_id)):
                flag = _flag(style.element.find(f"{_W}rPr/{_W}vanish"))
                if flag is not None:
                    found = flag
                    break
            self._hidden[style_id] = found
        return found

    def chain(self, style: Any) -> Iterator[Any]:
        """The style and those it is based on, nearest first. A file can make two styles each
        other's base (Word refuses such a file; python-docx follows it for ever): a style met
        again, or a chain longer than ``MAX_STYLE_CHAIN``, ends it."""
        seen: set[str] = set()
        while style is not None and len(seen) < MAX_STYLE_CHAIN:
            key = style.style_id or f"#{len(seen)}"
            if key in seen:
                return
            seen.add(key)
            yield style
            base = style.element.basedOn_val
            style = self.by_id.get(base) if base else None


def _num_pr(paragraph: Any, styles: _Styles) -> tuple[str, int] | None:
    """``(numId, ilvl)`` from the paragraph itself or, failing that, from its style chain."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.find(_W + "numPr") if p_pr is not None else None
    for style in styles.chain(styles.of(paragraph)) if num_pr is None else ():
        s_pr = style.element.find(_W + "pPr")
        num_pr = s_pr.find(_W + "numPr") if s_pr is not None else None
        if num_pr is not None:
            break
    if num_pr is None:
        return None
    num_id = _val(num_pr, "numId")
    if num_id is None:
        return None
    return num_id, _number(_val(num_pr, "ilvl"), 0)


def _twips(value: str | None) -> int | None:
    """A length in twips as the file gives it (negative for an indentation into the margin)."""
    if value is None:
        return None
    digits = value.strip().removeprefix("-")
    if not digits.isdigit() or len(digits) > 6:
        return None
    return -int(digits) if value.strip().startswith("-") else int(digits)


def _indent(ind: Any) -> int | None:
    """Where a ``w:ind`` puts a list item's number, in twips from the margin: the left (or start)
    indentation, less a hanging first line, plus an indented one. None without a left edge."""
    if ind is None:
        return None
    left = _twips(ind.get(_W + "left") or ind.get(_W + "start"))
    if left is None:
        return None
    return left - (_twips(ind.get(_W + "hanging")) or 0) + (_twips(ind.get(_W + "firstLine")) or 0)


_TYPED_NUMBER = re.compile(r"^\(?\d{1,3}[.)]\s")  # a number typed before a paragraph's text


def _list_indent(paragraph: Any, styles: _Styles, numbering: _Numbering, num_id: str, ilvl: int) -> int:
    """Where Word puts the number of a list paragraph: the paragraph's own indentation, or its
    list level's, or its style's; a level's usual step (a quarter inch) deeper when none says.
    (``num_id`` "": a number typed in the text, no list's.)"""
    p_pr = paragraph._p.pPr
    own = _indent(p_pr.find(_W + "ind")) if p_pr is not None else None
    if own is not None:
        return own
    level = numbering.indents.get((num_id, ilvl))
    if level is not None:
        return level
    for style in styles.chain(styles.of(paragraph)):
        s_pr = style.element.find(_W + "pPr")
        found = _indent(s_pr.find(_W + "ind")) if s_pr is not None else None
        if found is not None:
            return found
    return 360 * ilvl


def _heading_level(paragraph: Any, styles: _Styles) -> int:
    for style in styles.chain(styles.of(paragraph)):
        name = (style.name or "").strip()
        match = _HEADING_STYLE.match(name) or _HEADING_STYLE.match(style.style_id or "")
        if match:
            return max(1, min(6, int(match.group(1))))
        if name.lower() in ("title", "titel"):
            return 1
    p_pr = paragraph._p.pPr
    outline = _val(p_pr, "outlineLvl") if p_pr is not None else None
    if outline is not None and outline.isdigit() and int(outline) < 6:
        return int(outline) + 1
    return 0


def _all_bold(paragraph: Any, styles: _Styles) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    style = styles.of(paragraph)
    style_bold = bool(style is not None and style.font.bold)

    def bold(run: Any) -> bool:
        if run.bold is not None:
            return bool(run.bold)
        own = styles.of_run(run)
        return style_bold or bool(own is not None and own.font.bold)

    return all(bold(r) for r in runs)


MAX_LEAD = 160  # characters a bold lead-in may have: a title, not a bold sentence or two


def _with_bold_lead(paragraph: Any, styles: _Styles, text: str) -> str:
    """``text`` with its bold lead-in marked as Markdown emphasis ("**Zorg dichtbij.** Hulp in
    de wijk."): the title a point sets in bold before its explanation in the same paragraph,
    which the reader then takes as the point's title. Only a lead-in that ends a sentence or
    a clause (a full stop, colon or dash, or a line break) and stands before text that is not bold. The runs are
    read from the XML: most paragraphs have no bold at their start, told at a glance."""
    runs = paragraph._p.findall(_W + "r")
    if not any(r.find(_RUN_BOLD) is not None or r.find(_RUN_STYLE) is not None for r in runs[:2]):
        return text
    paragraph_bold: bool | None = None
    lead: list[str] = []
    rest = False
    typed = ""  # a number typed before the lead-in, not in bold ("1. **Zorg dichtbij.** ...")
    broken = False  # a line break after the lead-in: the title on a line of its own
    for r in runs:
        run_text = "".join(t.text or "" for t in r.iter(_W + "t"))
        if not run_text.strip():
            if lead:
                lead.append(run_text)
                broken = broken or any(br.get(_W + "type") in (None, "textWrapping") for br in r.iter(_W + "br"))
            continue
        bold = _flag(r.find(_RUN_BOLD))
        if bold is None:
            named = r.find(_RUN_STYLE)
            own = styles.by_id.get(named.get(_W + "val")) if named is not None else None
            bold = bool(own is not None and own.font.bold)
            if not bold:
                if paragraph_bold is None:
                    style = styles.of(paragraph)
                    paragraph_bold = bool(style is not None and style.font.bold)
                bold = paragraph_bold
        if not lead and not typed and not bold and _TYPED_MARK.match(run_text):
            typed = run_text.strip()
            continue
        if not bold:
            rest = True
            break
        lead.append(run_text)
        if sum(map(len, lead)) > MAX_LEAD:
            return text
    words = " ".join("".join(lead).split())
    head = f"{typed} " if typed else ""
    if not rest or not words or not text.startswith(head + words):
        return text
    after = text[len(head) + len(words) :]
    if words[-1] not in ".:–—-":  # the stop after the bold title, not in bold: "**Titel**: uitleg"
        if not _STOP_AFTER.match(after) and not (broken and after[:1].isspace()):
            return text
    elif not after[:1].isspace():
        return text
    if not after.strip():
        return text
    return f"{head}**{words}**{after}"


_STOP_AFTER = re.compile(r"^\s?[:.–—-]\s+\S")


_RUN_BOLD = f"{_W}rPr/{_W}b"
_RUN_STYLE = f"{_W}rPr/{_W}rStyle"
_TYPED_MARK = re.compile(r"^\s*\(?\d{1,3}[.)]\s*$")  # a list number typed in a run of its own


_HIDDEN_OFF = frozenset({"0", "false", "off"})
_SKIPPED = frozenset({_W + "del", _W + "moveFrom", _W + "txbxContent"})  # stop walking up here


def _flag(element: Any) -> bool | None:
    """A toggle property's value (``<w:vanish/>``, ``<w:vanish w:val="0"/>``), None when absent."""
    if element is None:
        return None
    return element.get(_W + "val", "true").lower() not in _HIDDEN_OFF


def _marker_digits(run: Any) -> bool:
    """A run in superscript holding only a number or an asterisk: a footnote's mark typed as text
    ("Zorg dichtbij huis¹"), which would end up in the title as "huis1"."""
    align = run.find(f"{_W}rPr/{_W}vertAlign")
    if align is None or align.get(_W + "val") != "superscript":
        return False
    text = "".join(t.text or "" for t in run.iter(_W + "t")).strip()
    return 0 < len(text) <= 3 and (text.isdigit() or text in ("*", "**", "†"))


def _shown_text(p: Any, styles: _Styles | None = None) -> str:
    """A paragraph's text as Word shows it with tracked changes: python-docx reads only the runs
    directly in the paragraph, so words inserted with tracked changes on were lost (the proposal's
    new wording). Deleted (or moved-away) words and runs formatted as hidden (on the run, or by
    its character or paragraph style) are left out, as are footnote marks typed in superscript;
    a text box's paragraphs are their own."""
    out: list[str] = []
    hidden_paragraph = styles is not None and styles.hides(p.find(f"{_W}pPr/{_W}pStyle"))
    for run in p.iter(_W + "r"):
        parent = run.getparent()
        while parent is not None and parent is not p and parent.tag not in _SKIPPED:
            parent = parent.getparent()
        if parent is not p:
            continue
        hidden = _flag(run.find(f"{_W}rPr/{_W}vanish"))
        if hidden is None:
            hidden = hidden_paragraph or (styles is not None and styles.hides(run.find(f"{_W}rPr/{_W}rStyle")))
        if hidden or _marker_digits(run):
            continue
        for child in run:
            tag = child.tag
            if tag == _W + "t":
                out.append(child.text or "")
            elif tag in (_W + "tab", _W + "ptab"):
                out.append("\t")
            elif tag == _W + "br" and child.get(_W + "type") in (None, "textWrapping") or tag == _W + "cr":
                out.append("\n")
            elif tag == _W + "noBreakHyphen":
                out.append("-")
    return "".join(out)


def _paragraph_text(paragraph, styles: _Styles | None = None) -> str:  # type: ignore[no-untyped-def]
    text = _shown_text(paragraph._p, styles).replace("\t", " ").replace("\xa0", " ")
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


# Containers of paragraphs and tables that are no part of the text's structure: a content control
# (Word's templates, and the council's document systems, wrap whole sections in them), custom XML
# markup, and a tracked change that inserted (or moved here) whole paragraphs.
_CONTAINERS = frozenset({_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "moveTo"})
MAX_TABLE_DEPTH = 8  # tables in tables in ...: deeper ones are read as their cells' text


def _blocks(document, parent: Any = None) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The paragraphs and tables of the body (or of a table cell, ``parent``) in order, those in
    content controls and the like included: python-docx gives only its direct children, and
    principles in a content control were lost whole."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    stack = [iter((document.element.body if parent is None else parent).iterchildren())]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == _W + "p":
            yield Paragraph(child, document)
        elif child.tag == _W + "tbl":
            yield Table(child, document)
        elif child.tag in _CONTAINERS and len(stack) < 16:
            stack.append(child.iterchildren())


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(p: Any) -> Iterator[Any]:
    """The text boxes (``w:txbxContent``) anchored in a paragraph, each once: Word writes a text
    box twice, as a drawing and (for older programs) as a fallback picture; the fallback is left
    out, and so are boxes inside boxes (read with their own box)."""
    for box in p.iter(_W + "txbxContent"):
        parent = box.getparent()
        while parent is not None and parent is not p:
            if parent.tag == _MC_FALLBACK or parent.tag == _W + "txbxContent":
                break
            parent = parent.getparent()
        if parent is p:
            yield box


def _cell_paragraphs(tc: Any) -> Iterator[Any]:
    """The paragraphs of a table cell (``w:tc``), those in content controls included; not
    those of a text box in it."""
    for p in tc.iter(_W + "p"):
        parent = p.getparent()
        while parent is not None and parent is not tc and parent.tag != _W + "txbxContent":
            parent = parent.getparent()
        if parent is tc:
            yield p


LAYOUT_CELL_PARAGRAPHS = 6  # a cell holding more paragraphs than this holds a page's text, not a value


def _lays_out(table: Any) -> bool:
    """Whether a table lays the page out rather than holding data: it holds tables in its cells,
    has one column (a letter written in a frame, a point a cell), one row (a letterhead: the
    address beside the kenmerk and the date), or a cell of many paragraphs."""
    tbl = table._tbl
    if any(True for _ in tbl.iter(_W + "tbl") if _ is not tbl):
        return True
    rows = tbl.tr_lst
    if all(len(row.tc_lst) <= 1 for row in rows):
        return True
    if len(rows) == 1:  # one row: a letterhead, unless it is one numbered point ("1 | Toegang")
        cells = [" ".join(_shown_text(p) for p in _cell_paragraphs(tc)).strip() for tc in rows[0].tc_lst]
        return point_row([c for c in cells if c]) is None
    return any(sum(1 for _ in _cell_paragraphs(tc)) > LAYOUT_CELL_PARAGRAPHS for row in rows for tc in row.tc_lst)


def _row_texts(table, numbering: _Numbering, styles: _Styles) -> Iterator[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    """Each row's text, its cells joined, and whether it stands as written rather than as an
    item of the table: a row whose first cell is only a number or a point's label ("3",
    "Uitgangspunt 3", "B"), or a number before a title ("3. Zorg dichtbij"), is that point,
    written as a list item titled by its title cell (a framework's points in a number | point |
    explanation table, or point | explanation); a row of one cell merged across the table is
    its caption or a group's title ("Uitgangspunten 2025", "Bron: ..."), a line of its own."""
    columns = max((len(tr.tc_lst) for tr in table._tbl.tr_lst), default=0)
    rows: list[tuple[list[str], int]] = []  # each row's cells with text, and how many cells it has
    for row in table.rows:
        cells: list[str] = []
        # The row's own cells, each once: python-docx's row.cells repeats a cell once per grid
        # column it spans (a file's gridSpan of 10^8 took gigabytes) and fails on a merged cell
        # with no cell above it. A cell merged with the one above is empty here, read there.
        for tc in row._tr.tc_lst:
            paragraphs = [t for p in _cell_paragraphs(tc) if (t := _cell_paragraph_text(p, table, numbering, styles))]
            if len(paragraphs) > 1 and title_like(paragraphs[0], 120, 16):
                # a title over its explanation in one cell: set apart as the cells are
                paragraphs = [f"{paragraphs[0]} – {paragraphs[1]}", *paragraphs[2:]]
            text = " ".join(" ".join(paragraphs).split())
            if text:
                cells.append(text)
        if cells:
            rows.append((cells, len(row._tr.tc_lst)))
    grouped = grouped_points([cells for cells, _count in rows])
    for cells, count in rows:
        point = table_point(cells, grouped)
        if point is None:
            yield " | ".join(cells), len(cells) == 1 and count < columns
        else:
            yield point, True


def _cell_paragraph_text(p: Any, table: Any, numbering: _Numbering, styles: _Styles) -> str:
    """A cell's paragraph on one line, with the number Word shows before it (a "Nr." column
    numbered automatically has no number in its text)."""
    from docx.text.paragraph import Paragraph

    text = " ".join(_shown_text(p, styles).split())
    numbered = _num_pr(Paragraph(p, table), styles)
    marker = numbering.marker(*numbered) if numbered else None
    if not marker or marker == "-":
        return text
    return f"{marker} {text}" if text else marker


# Bounds checked before python-docx (and lxml) see the file: a small .docx can unpack to
# gigabytes of XML, or hold so many paragraphs that reading them takes minutes.
MAX_ENTRIES = 2_000
MAX_UNPACKED_BYTES = 128 * 1024 * 1024
MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024
MAX_RATIO = 100
MAX_PARAGRAPHS = 20_000
# The parts beside the text that python-docx reads whole (styles, numbering, settings): a real one
# is under a megabyte; a 120 MB styles.xml (packed into 22 MB) took 89 s and 1.4 GB to read.
MAX_SIDE_PART_BYTES = 8 * 1024 * 1024
SIDE_PARTS = frozenset(
    {"word/styles.xml", "word/stylesWithEffects.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml"}
)


def check_bounds(data: bytes, name: str) -> None:
    """Refuse a Word file that unpacks too large or has too many paragraphs, without unpacking it
    whole: the zip's end record, its directory's declared sizes, then word/document.xml read in
    chunks, counting paragraphs."""
    from lxml import etree  # type: ignore[import-untyped]

    from raadsviewer.domain import ziplimits

    def too_large(what: str, size: int, limit: int) -> UserFacingError:
        return UserFacingError("docx_too_large", name=name, what=what, size_bytes=size, limit_bytes=limit)

    try:
        ziplimits.check_directory(data, MAX_ENTRIES)
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            ziplimits.check_declared(infos, MAX_UNPACKED_BYTES, MAX_UNPACKED_BYTES, MAX_RATIO)
            for info in infos:
                if info.filename in SIDE_PARTS and info.file_size > MAX_SIDE_PART_BYTES:
                    raise too_large(info.filename, info.file_size, MAX_SIDE_PART_BYTES)
            main = next((i for i in infos if i.filename == "word/document.xml"), None)
            if main is None:
                return  # python-docx says what is wrong
            paragraphs, size = 0, 0
            # Paragraphs by their namespace, not their spelling: a file may bind Word's namespace to
            # any prefix ("<x:p>"), or make it the default one. Each paragraph is let go once
            # counted, so the count holds one at a time; entities are not expanded, nothing fetched.
            parser = etree.XMLPullParser(
                events=("end",), tag=f"{_W}p", resolve_entities=False, no_network=True, load_dtd=False
            )
            with zf.open(main) as fh:
                while chunk := fh.read(1024 * 1024):
                    size += len(chunk)
                    if size > MAX_DOCUMENT_XML_BYTES:
                        raise too_large("word/document.xml", size, MAX_DOCUMENT_XML_BYTES)
                    parser.feed(chunk)
                    for _event, paragraph in parser.read_events():
                        paragraphs += 1
                        paragraph.clear()
                        while paragraph.getprevious() is not None:
                            del paragraph.getparent()[0]
                    if paragraphs > MAX_PARAGRAPHS:
                        raise UserFacingError("docx_too_many_paragraphs", name=name, limit_count=MAX_PARAGRAPHS)
    except etree.XMLSyntaxError as exc:
        raise UserFacingError("docx_unreadable", name=name, reason=str(exc)[:200]) from exc
    except ziplimits.ZipLimitError as exc:
        if exc.kind == "damaged":
            raise UserFacingError("docx_unreadable", name=name, reason=exc.detail[:200]) from exc
        if exc.kind == "ratio":  # no sizes to give: it is the packing that gives it away
            raise UserFacingError("docx_bomb", name=name, part=exc.detail) from exc
        if exc.kind == "entries":
            raise UserFacingError(
                "docx_too_many_parts", name=name, parts_count=exc.size, limit_count=exc.limit
            ) from exc
        raise too_large(exc.kind if exc.kind == "directory" else exc.detail or exc.kind, exc.size, exc.limit) from exc
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise UserFacingError("docx_unreadable", name=name, reason=str(exc)[:200]) from exc


def docx_markdown(data: bytes, name: str, margins: list[str] | None = None) -> str:
    """The document as Markdown-ish text: one paragraph per Word paragraph, blank lines between.
    ``margins``: given, gets the first page's header and footer text (:func:`_first_margins`)."""
    check_bounds(data, name)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserFacingError("docx_unreadable", name=name, reason=str(exc)[:200]) from exc
    except Exception as exc:  # lxml errors, a package that is no Word document
        raise UserFacingError("docx_unreadable", name=name, reason=type(exc).__name__) from exc
    out: list[str] = []
    try:
        _write_blocks(document, None, _Numbering(document), _Styles(document), out, 0)
    except UserFacingError:
        raise
    except Exception as exc:  # a part python-docx cannot follow (a damaged or hand-made file)
        logging.getLogger("raadsviewer").warning("reading %s failed", name, exc_info=True)
        raise UserFacingError("docx_unreadable", name=name, reason=f"{type(exc).__name__}: {str(exc)[:160]}") from exc
    if margins is not None:
        margins.extend(_first_margins(document))
    return "\n\n".join(out)


MAX_MARGIN_CHARS = 2_000  # of a header or footer: a letterhead's lines, not a page of text


def _first_margins(document: Any) -> list[str]:
    """The lines of the first page's header and footer (the first page's own when it has them),
    each paragraph and table row a line. A letter's template may keep its kenmerk or date there;
    they are no part of its text. Nothing when Word cannot give them (a damaged part)."""
    try:
        section = document.sections[0]
        first = section.different_first_page_header_footer
        parts = (section.first_page_header, section.first_page_footer) if first else (section.header, section.footer)
        lines: list[str] = []
        for part in parts:
            if part.is_linked_to_previous:  # none of its own (and none before the first section)
                continue
            for paragraph in part.paragraphs:
                lines.append(paragraph.text)
            for table in part.tables:
                for row in table.rows:
                    lines.append(" | ".join(cell.text for cell in row.cells))
    except Exception:  # noqa: BLE001 (a header python-docx cannot follow: the facts come from the text alone)
        return []
    text = "\n".join(line.replace("\t", "   ") for line in lines if line.strip())
    return [text[:MAX_MARGIN_CHARS]] if text else []


def _write_blocks(
    document: Any, parent: Any, numbering: _Numbering, styles: _Styles, out: list[str], depth: int
) -> None:
    """The body's (or a table cell's) paragraphs and tables as Markdown-ish lines into ``out``."""
    from docx.table import Table

    for block in _blocks(document, parent):
        if isinstance(block, Table):
            if depth < MAX_TABLE_DEPTH and _lays_out(block):
                # a table laying the page out: its cells' paragraphs and tables in reading order
                for row in block._tbl.tr_lst:
                    for tc in row.tc_lst:
                        _write_blocks(document, tc, numbering, styles, out, depth + 1)
                continue
            # a numbered row is a list item of its own; any other row is an item of the table
            out.extend(row if numbered else f"- {row}" for row, numbered in _row_texts(block, numbering, styles))
            continue
        paragraph: Any = block
        text = _paragraph_text(paragraph, styles)
        boxes = list(_text_boxes(paragraph._p)) if depth < MAX_TABLE_DEPTH else []
        if not text:
            for box in boxes:
                _write_blocks(document, box, numbering, styles, out, depth + 1)
            continue
        level = _heading_level(paragraph, styles)
        numbered = _num_pr(paragraph, styles)
        marker = numbering.marker(*numbered) if numbered else None
        if level:
            flat = " ".join(text.split())
            out.append(f"{'#' * level} {marker + ' ' if marker and marker != '-' else ''}{flat}")
            numbering.depth.close()
        elif marker and numbered:
            nested = numbering.depth.of(_list_indent(paragraph, styles, numbering, *numbered))
            out.append(f"{'    ' * nested}{marker} {_with_bold_lead(paragraph, styles, ' '.join(text.split()))}")
        elif "\n" not in text and len(text) <= MAX_BOLD_HEADING and _all_bold(paragraph, styles):
            out.append(f"**{text}**")
        elif "\n" not in text and _TYPED_NUMBER.match(text):  # "1." typed, set in with the ruler
            nested = numbering.depth.of(_list_indent(paragraph, styles, numbering, "", 0))
            out.append(f"{'    ' * nested}{_with_bold_lead(paragraph, styles, text)}")
        else:
            out.append(_with_bold_lead(paragraph, styles, text) if "\n" not in text else text)
        for box in boxes:  # a text box anchored in the paragraph: its paragraphs after it
            _write_blocks(document, box, numbering, styles, out, depth + 1)
