"""Line numbers of a document version, so amendments can cite "regel 12-14".

Council documents are discussed by line: an amendment says "op regel 12-14". The stored text of a
document has one line per paragraph, so its lines are laid out here the way a printed page would:
every paragraph wrapped at word boundaries to at most :data:`LINE_WIDTH` characters, blank lines
not counted. The numbering depends only on the text (and the width), so it is the same on every
laptop and stays the same for a given document version; a new version gets its own numbers.
A word longer than a line gets a line of its own rather than being cut.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from raadsviewer.words import N_, translate

LINE_WIDTH = 80
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # from 1
    start: int  # offsets into the text: the line's first and one past its last character
    end: int


def number_lines(text: str, width: int = LINE_WIDTH) -> tuple[Line, ...]:
    """The numbered lines of ``text``: each paragraph line wrapped at ``width`` characters."""
    return _number_lines(text, max(int(width), 10))


@lru_cache(maxsize=16)
def _number_lines(text: str, width: int) -> tuple[Line, ...]:
    lines: list[Line] = []
    start = end = -1
    offset = 0
    for source in text.split("\n"):
        for word in _WORD.finditer(source):
            w_start, w_end = offset + word.start(), offset + word.end()
            if start < 0:
                start, end = w_start, w_end
            elif w_end - start <= width:
                end = w_end
            else:
                lines.append(Line(len(lines) + 1, start, end))
                start, end = w_start, w_end
        if start >= 0:
            lines.append(Line(len(lines) + 1, start, end))
            start = end = -1
        offset += len(source) + 1
    return tuple(lines)


def line_span(lines: Sequence[Line], start: int, end: int) -> tuple[int, int] | None:
    """The first and last line numbers that the text ``[start, end)`` touches; None when it holds
    no numbered character (an empty span sits on the line it is at, or before)."""
    if not lines:
        return None
    starts = [line.start for line in lines]
    first_index = max(bisect_right(starts, start) - 1, 0)
    if end <= start:
        return lines[first_index].number, lines[first_index].number
    last_index = max(bisect_right(starts, end - 1) - 1, 0)
    # skip lines the span does not reach (it may start in the whitespace after a line)
    while first_index <= last_index and lines[first_index].end <= start:
        first_index += 1
    if first_index > last_index:
        return None
    return lines[first_index].number, lines[last_index].number


def cite_lines(span: tuple[int, int], lang: str = "nl") -> str:
    """ "regel 12" or "regel 12-14" (English: "line 12", "lines 12-14")."""
    first, last = span
    if first == last:
        return translate(N_("regel {first}"), lang).format(first=first)
    return translate(N_("regel {first}-{last}"), lang).format(first=first, last=last)
