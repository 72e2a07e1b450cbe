"""Anchoring annotations to text: a quote with a little context on either side.

The offsets alone break as soon as a document is re-rendered or revised; the quote alone is
ambiguous when a phrase occurs twice. Quote + prefix + suffix + offset hint (as in the W3C
annotation model's TextQuoteSelector/TextPositionSelector) re-finds the right place in both cases.
"""

from __future__ import annotations

from dataclasses import dataclass

from raadsviewer.domain.model import TextAnchor

CONTEXT_CHARS = 32


def make_anchor(document_id: str, text: str, start: int, end: int) -> TextAnchor:
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"anchor span {start}:{end} outside text of length {len(text)}")
    return TextAnchor(
        document_id=document_id,
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def occurrences(text: str, quote: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Start offsets of every occurrence of ``quote`` in ``text[lo:hi]``."""
    if not quote:
        return []
    hi = len(text) if hi is None else hi
    found: list[int] = []
    i = text.find(quote, lo, hi)
    while i != -1:
        found.append(i)
        i = text.find(quote, i + 1, hi)
    return found


def normalise_quote(quote: str) -> str:
    """Selections copied from a view carry line breaks and doubled spaces the clean text lacks."""
    return " ".join(quote.split())


@dataclass(frozen=True, slots=True)
class Located:
    start: int
    end: int
    exact: bool  # True when found at the stored offsets


def _context_score(text: str, start: int, end: int, anchor: TextAnchor) -> int:
    """How many characters of the stored prefix/suffix agree with the text around a candidate."""
    score = 0
    before = text[max(0, start - len(anchor.prefix)) : start]
    for a, b in zip(reversed(before), reversed(anchor.prefix), strict=False):
        if a != b:
            break
        score += 1
    after = text[end : end + len(anchor.suffix)]
    for a, b in zip(after, anchor.suffix, strict=False):
        if a != b:
            break
        score += 1
    return score


def locate(anchor: TextAnchor, text: str) -> Located | None:
    """Find the anchored passage in ``text``; None when the quote no longer occurs."""
    if text[anchor.start : anchor.end] == anchor.quote:
        return Located(anchor.start, anchor.end, exact=True)
    candidates = occurrences(text, anchor.quote)
    if not candidates:
        return None
    best = max(
        candidates,
        key=lambda s: (_context_score(text, s, s + len(anchor.quote), anchor), -abs(s - anchor.start)),
    )
    return Located(best, best + len(anchor.quote), exact=False)
