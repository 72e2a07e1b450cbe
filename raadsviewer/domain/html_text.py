"""HTML as the reader reads text: headings as ``#``, list items with their numbers ("3. ", "b. ",
"- "), table rows as ``| cell | cell |``, every other block a paragraph, tags and furniture gone.

Two places meet HTML: a web page saved from a council's site (``.html``), and raw HTML inside a
Markdown file (a list or table written as ``<ol>``/``<table>``, a ``<br>`` or ``<sup>1</sup>`` in a
line), which Markdown lets stand and which the line-by-line reading took for text: "<li>Beter
inzetten eigen kracht</li>" was no point of the framework. Parsed with the standard library's
forgiving ``html.parser`` (unclosed tags, stray ``</p>``, entities): linear in the input.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = frozenset(
    "p div section article main header footer aside blockquote figure figcaption address center details "
    "summary form fieldset dl dt dd pre table thead tbody tfoot caption hr body html".split()
)
# Not text of the document: code, styles, a site's menus and forms, embedded objects.
_SKIPPED = frozenset("script style head noscript template svg nav button select textarea iframe object".split())
_BOLD = frozenset(("b", "strong"))
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"  # bold while a paragraph is gathered: "**" once it is whole
_FOOTNOTE = re.compile(r"^\s*[\[(]?(?:\d{1,3}|[*†‡]{1,3})[\])]?\s*$")


_ROMAN: tuple[tuple[int, str], ...] = (
    *((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL")),
    *((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")),
)


def _roman(number: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        count, number = divmod(number, value)
        out.append(numeral * count)
    return "".join(out)


def _marker(kind: str, number: int) -> str:
    """A numbered item's marker in the list's own style (``<ol type="a">``: "c.")."""
    if kind in ("a", "A") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return f"{letter.upper() if kind == 'A' else letter}."
    if kind in ("i", "I") and 1 <= number <= 3999:
        numeral = _roman(number)
        return f"{numeral if kind == 'I' else numeral.lower()}."
    return f"{number}."


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.words: list[str] = []  # the paragraph being gathered
        self.prefix = ""  # its marker: "## ", "1. ", "    - "
        self.skipping = 0
        self.lists: list[list[object]] = []  # [kind ("ul" or the ol's type), the next number]
        self.cells: list[str] | None = None  # the table row being gathered
        self.cell: list[str] | None = None
        self.pre = 0
        self.sup = 0
        self.title = ""
        self.in_title = False
        self.headings = 0

    # --- paragraphs ---

    def flush(self) -> None:
        text = "".join(self.words)
        self.words = []
        prefix, self.prefix = self.prefix, ""
        if self.pre:
            lines = [line.rstrip() for line in text.split("\n")]
            self.out.extend(line for line in lines if line.strip())
            return
        text = " ".join(text.split())
        text = re.sub(f"{_MARK_OPEN}\\s*", _MARK_OPEN, text)
        text = re.sub(f"\\s*{_MARK_CLOSE}", _MARK_CLOSE, text)
        text = text.replace(_MARK_OPEN + _MARK_CLOSE, "")
        if prefix.startswith("#"):  # a heading is bold already
            text = text.replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "")
        text = text.replace(_MARK_OPEN, "**").replace(_MARK_CLOSE, "**").replace("****", "").strip()
        if text:
            self.out.append(prefix + text)
            self.headings += prefix.startswith("#")

    def _item(self) -> None:
        self.flush()
        depth = max(len(self.lists) - 1, 0)
        if not self.lists:
            self.prefix = "- "
            return
        top = self.lists[-1]
        if top[0] == "ul":
            mark = "-"
        else:
            number = int(top[1])  # type: ignore[call-overload]
            top[1] = number + 1
            mark = _marker(str(top[0]), number)
        self.prefix = f"{'    ' * depth}{mark} "

    # --- the parser's events ---

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            if tag == "head":
                self.flush()
            self.skipping += 1
            return
        if tag == "title":
            self.in_title = True
            return
        if self.skipping:
            return
        if tag == "br":
            if self.cell is not None:
                self.cell.append(" ")
            else:
                self.words.append("\n" if self.pre else " ")
                if not self.pre:
                    prefix = self.prefix
                    self.flush()
                    self.prefix = " " * len(prefix) if prefix and not prefix.startswith("#") else ""
            return
        if tag in _HEADINGS:
            self.flush()
            self.prefix = "#" * _HEADINGS[tag] + " "
        elif tag == "li":
            self._item()
        elif tag in ("ol", "ul"):
            self.flush()
            given = dict(attrs)
            if tag == "ul":
                self.lists.append(["ul", 0])
            else:
                try:
                    start = int(str(given.get("start") or "1").strip())
                except ValueError:
                    start = 1
                self.lists.append([given.get("type") or "1", start])
        elif tag == "tr":
            self.flush()
            self.cells = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in _BLOCKS:
            self.flush()
            if tag == "pre":
                self.pre += 1
        elif tag in _BOLD:
            (self.cell if self.cell is not None else self.words).append(_MARK_OPEN)
        elif tag == "sup":
            self.sup += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIPPED:  # <br/>, <hr/>, <img/>: no content to skip
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(self.skipping - 1, 0)
            return
        if tag == "title":
            self.in_title = False
            return
        if self.skipping:
            return
        if tag in _HEADINGS or tag == "li":
            self.flush()
        elif tag in ("ol", "ul"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag in ("td", "th"):
            if self.cell is not None and self.cells is not None:
                cell = " ".join("".join(self.cell).replace(_MARK_OPEN, "").replace(_MARK_CLOSE, "").split())
                self.cells.append(cell.replace("|", "/"))
            self.cell = None
        elif tag == "tr":
            if self.cells and any(self.cells):
                row = "| " + " | ".join(self.cells) + " |"
                if self.out and self.out[-1].endswith(" |") and self.out[-1].startswith("| "):
                    self.out[-1] += "\n" + row  # a table's rows stand together
                else:
                    self.out.append(row)
            self.cells = None
        elif tag in _BLOCKS:
            self.flush()
            if tag == "pre":
                self.pre = max(self.pre - 1, 0)
        elif tag in _BOLD:
            (self.cell if self.cell is not None else self.words).append(_MARK_CLOSE)
        elif tag == "sup":
            self.sup = max(self.sup - 1, 0)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.skipping or (self.sup and _FOOTNOTE.match(data)):  # a footnote's mark
            return
        (self.cell if self.cell is not None else self.words).append(data)


def html_markdown(text: str) -> str:
    """The text of an HTML page or fragment, a paragraph per line with blank lines between; a
    page without a heading of its own starts with its ``<title>``."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    reader.flush()
    title = " ".join(reader.title.split())
    if title and not reader.headings:
        reader.out.insert(0, f"# {title}")
    return "\n\n".join(reader.out) + "\n"


# --- raw HTML in Markdown ---

# CommonMark's HTML blocks that may hold a document's text: a line starting with one of these
# tags starts one, a blank line ends it.
_BLOCK_START = re.compile(
    r"^ {0,3}</?(?:ol|ul|li|table|thead|tbody|tr|td|th|p|div|section|article|h[1-6]|blockquote|dl|dt|dd|center|details|summary)(?=[\s/>]|$)",
    re.IGNORECASE,
)
_INLINE = re.compile(
    r"<(/?)(b|strong|i|em|u|span|sup|sub|a|font|small|big|mark|abbr|br)(?:\s[^<>]{0,500})?\s*/?>", re.IGNORECASE
)
_SUPERSCRIPT = re.compile(r"<sup(?:\s[^<>]{0,200})?>\s*[\[(]?(?:\d{1,3}|[*†‡]{1,3})[\])]?\s*</sup>", re.IGNORECASE)


def _inline(line: str) -> str:
    """A line of Markdown with inline HTML: a footnote's mark gone, bold as ``**``, a line
    break a new line, other tags as their text."""
    line = _SUPERSCRIPT.sub("", line)

    def tag(match: re.Match[str]) -> str:
        name = match.group(2).lower()
        if name == "br":
            return "\n"
        if name in _BOLD:
            return "**"
        return ""

    return _INLINE.sub(tag, line)


def markdown_html(text: str) -> str:
    """Markdown with the raw HTML in it read as the reader reads text (see the module's
    docstring); lines without a tag as they were. Fenced code is left alone."""
    lines = text.split("\n")
    out: list[str] = []
    i, n = 0, len(lines)
    fence = ""
    while i < n:
        line = lines[i]
        stripped = line.lstrip()
        if stripped.startswith(("```", "~~~")):
            mark = stripped[:3]
            fence = "" if fence == mark else (fence or mark)
            out.append(line)
            i += 1
            continue
        if fence or "<" not in line:
            out.append(line)
            i += 1
            continue
        if _BLOCK_START.match(line):
            end = i
            while end < n and lines[end].strip():
                end += 1
            out.append(html_markdown("\n".join(lines[i:end])))
            i = end
            continue
        out.append(_inline(line) if _INLINE.search(line) else line)
        i += 1
    return "\n".join(out)


def has_html(text: str) -> bool:
    """Whether a Markdown text holds raw HTML the reader should read (a quick look first)."""
    if "<" not in text:
        return False
    return any(_BLOCK_START.match(line) or _INLINE.search(line) for line in text.split("\n") if "<" in line)
