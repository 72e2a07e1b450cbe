"""A long text cut into pieces of bounded length at white space.

The search index keeps a very long block (a file that is one paragraph) as such pieces, and the
reading view shows it so: neither FTS5 nor Qt's text layout handles one paragraph of tens of
megabytes in bounded time and memory. Kept apart (no imports) so the window loads it at start.
"""

from __future__ import annotations


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """Where a long text is cut into pieces of at most ``limit`` characters: the whole text when
    it is that short; else each piece ends at the last white space in its second half (a run
    without any is cut where it reaches the limit). Together the pieces are the whole text.
    The search index keeps a very long block as such pieces, and the reading view shows it so."""
    if len(text) <= limit:
        return [(0, len(text))]
    spans = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = max(text.rfind(space, start + limit // 2, end) for space in " \n\t")
            end = cut if cut > start else end
        spans.append((start, end))
        start = end
    return spans
