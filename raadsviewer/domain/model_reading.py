"""What reading a file yields, before anything is stored: the reader's principles, the lists it
considered, the sections and the whole parsed document.

Part of the domain's vocabulary (import it from :mod:`raadsviewer.domain.model`, which loads this
module when one of these names is first asked for): the first window is shown from stored
documents and does not wait for the classes of reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from raadsviewer.domain.model import Block


@dataclass(frozen=True, slots=True)
class ParsedPrinciple:
    """One principle as the reader (or a correction) found it.

    ``number`` is its place in the document's list (1..N, what ``--principle N`` means);
    ``label`` is what the document calls it ("7", "2.1", "B.2", "II.3"); ``key`` is what its
    stable identity is made from (see :func:`principle_key`): the number for a single list, as
    principle ids have always been, the label where several lists share a document, the place
    in the text where a correction made the principle.
    """

    number: int
    title: str
    text: str  # the whole text of the principle, title included
    start: int  # offsets into the document's clean text
    end: int
    label: str = ""
    key: str = ""

    @property
    def shown_label(self) -> str:
        return self.label or str(self.number)


@dataclass(frozen=True, slots=True)
class PrincipleCandidate:
    """A list of principles the reader considered, with why and how sure it is.

    ``reason`` is a code (its words live in ``raadsviewer.messages``) with ``params``; the
    confidence is 0..1. ``chosen`` marks the list the document's principles come from.
    """

    rank: int
    reason: str
    confidence: float
    principles: tuple[ParsedPrinciple, ...]
    params: tuple[tuple[str, str], ...] = ()
    chosen: bool = False


@dataclass(frozen=True, slots=True)
class ParsedSection:
    """A heading and the body below it, as offsets into the document's text: the body is not copied
    (a text without headings is one section as long as the text)."""

    heading: str
    level: int
    start: int  # offset of the heading in the clean text
    end: int
    body_start: int  # offset of the body below the heading (``end`` when it has none)

    def body(self, text: str) -> str:
        """The body below the heading, in ``text``, the document's text."""
        return text[self.body_start : self.end]


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    """What reading a file yields, before anything is stored."""

    title: str
    text: str
    blocks: tuple[Block, ...]
    principles: tuple[ParsedPrinciple, ...]
    sections: tuple[ParsedSection, ...]
    warnings: tuple[str, ...] = ()  # codes, e.g. "no_principles"
    encoding: str = "utf-8"
    facts: dict[str, str] = field(default_factory=dict)  # e.g. {"date": "2020-10-05", "deadline": ...}
    candidates: tuple[PrincipleCandidate, ...] = ()  # every list considered, best first
