"""Markdown from other people, rendered inert.

Annotation bodies come from colleagues and, via the clerk, from other factions. markdown-it-py's
``js-default`` preset leaves raw HTML out (escaped), and every link or image target that is not
http(s)/mailto is dropped here, so a body can never load a local file, run a script or reach out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

SAFE_SCHEMES = ("http://", "https://", "mailto:")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """``html.escape(text)``: the same five characters made entities. The window's first paint
    writes the annotation pane's text with it, and importing the ``html`` package for it would
    load its table of 2,231 named entities (1.7 ms of every start)."""
    return text.translate(_ESCAPES)


def is_safe_link(url: str) -> bool:
    return url.strip().lower().startswith(SAFE_SCHEMES)


@lru_cache(maxsize=1)
def _markdown() -> Any:
    from markdown_it import MarkdownIt

    md = MarkdownIt("js-default", {"html": False, "linkify": False, "typographer": False})
    md.disable("image")  # images would be fetched by the view; a body never loads anything

    def link_open(renderer, tokens, idx, options, env):  # type: ignore[no-untyped-def]
        token = tokens[idx]
        href = token.attrGet("href") or ""
        if not is_safe_link(str(href)):
            token.attrSet("href", "#")
        return renderer.renderToken(tokens, idx, options, env)

    md.add_render_rule("link_open", link_open)
    return md


def markdown_to_html(text: str) -> str:
    """HTML fragment for a Markdown body; raw HTML in the input comes out as visible text."""
    return str(_markdown().render(text.replace("\x00", "")))


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_LINE_MARK = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+)", re.MULTILINE)


@lru_cache(maxsize=8192)
def plain_preview(text: str) -> str:
    """Markdown as a reader sees it, without the marks: for one-line previews in lists.

    Cached: list views ask for it on every repaint and every principle switch."""
    text = _LINK.sub(r"\1", text)
    text = _LINE_MARK.sub("", text)
    for _ in range(2):  # nested emphasis such as ***x***
        text = _EMPHASIS.sub(r"\2", text)
    return " ".join(text.split())


def markdown_paragraphs(text: str) -> tuple[str, ...]:
    """Markdown as the plain paragraphs a reader sees: for documents that are not Markdown (the
    council's letter in Word). Emphasis and link marks go, link texts stay; a list item becomes a
    paragraph starting with a dash; a line break inside a paragraph becomes a space."""
    paragraphs: list[str] = []
    depth = 0
    for token in _markdown().parse(text.replace("\x00", "")):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif token.type in ("code_block", "fence"):
            paragraphs += [line for line in token.content.splitlines() if line.strip()]
        elif token.type == "inline":
            pieces = []
            for child in token.children or ():
                if child.type in ("text", "code_inline"):
                    pieces.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    pieces.append(" ")
            plain = " ".join("".join(pieces).split())
            if plain:
                paragraphs.append(f"– {plain}" if depth else plain)
    return tuple(paragraphs)


def plain_with_ranges(text: str, ranges: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Markdown without its marks (as ``plain_preview`` reads it, line breaks kept), with ranges
    of the Markdown moved onto the plain text: for search snippets, which mark the hits in what a
    reader sees rather than in ``**toegang**``."""
    origin = list(range(len(text)))

    def keep(pattern: re.Pattern[str], group: int | None, current: str, where: list[int]) -> tuple[str, list[int]]:
        chars: list[str] = []
        mapped: list[int] = []
        last = 0
        for m in pattern.finditer(current):
            chars.append(current[last : m.start()])
            mapped.extend(where[last : m.start()])
            if group is not None:
                chars.append(m.group(group))
                mapped.extend(where[m.start(group) : m.end(group)])
            last = m.end()
        chars.append(current[last:])
        mapped.extend(where[last:])
        return "".join(chars), mapped

    plain, origin = keep(_LINK, 1, text, origin)
    plain, origin = keep(_LINE_MARK, None, plain, origin)
    for _ in range(2):  # nested emphasis such as ***x***
        plain, origin = keep(_EMPHASIS, 2, plain, origin)

    def moved(offset: int) -> int:
        return next((i for i, o in enumerate(origin) if o >= offset), len(origin))

    shifted = [(moved(start), moved(end)) for start, end in ranges]
    return plain, [(a, b) for a, b in shifted if b > a]
