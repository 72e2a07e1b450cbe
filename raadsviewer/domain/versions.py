"""A new version of a document: what changed, principle by principle, and where things went.

Two pure parts, used by :mod:`raadsviewer.services.versions`:

* :func:`compare_principles` pairs the principles of two versions: identical texts first
  (``unchanged``; a different number is still unchanged, ``renumbered`` says so), then the most
  similar remaining pairs (``reworded``, with a word diff), similarity being the larger of the
  texts' and the titles' word-level ratio, at least ``REWORD_MIN``; what is left is ``removed``
  (old) or ``added`` (new).
* :func:`relocate` finds an anchored quote in the new text: ``exact`` (the quote stands there
  with its context intact), ``moved`` (the quote stands there, its context changed: text around
  it or its place moved), ``fuzzy`` (something close enough stands there: the best window by
  word alignment scored by a character ``SequenceMatcher`` ratio, at least ``FUZZY_MIN``) or
  ``orphan`` (not found). A search scope (the span of the principle the item belonged to, in the
  new version) is tried first, then the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal, Protocol

from raadsviewer.domain.anchoring import _context_score, occurrences
from raadsviewer.domain.diff import DiffOp, word_diff
from raadsviewer.domain.model import TextAnchor

REWORD_MIN = 0.5  # below this two principles are not "the same one reworded"
FUZZY_MIN = 0.6  # below this a quote is not found approximately: the item is an orphan
_WORDS = re.compile(r"\S+")

ChangeKind = Literal["unchanged", "reworded", "added", "removed"]
AnchorStatus = Literal["exact", "moved", "fuzzy", "orphan"]


class PrincipleLike(Protocol):
    """A principle as stored or as read (frozen dataclasses: read-only members)."""

    @property
    def number(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class PrincipleChange:
    kind: ChangeKind
    old_number: int | None
    new_number: int | None
    old_title: str
    new_title: str
    similarity: float  # of the texts (word level): 1.0 unchanged, 0 added/removed
    ops: tuple[DiffOp, ...] = ()  # word diff old -> new text (reworded only)

    @property
    def renumbered(self) -> bool:
        return self.old_number is not None and self.new_number is not None and self.old_number != self.new_number


def _norm(text: str) -> str:
    return " ".join(text.split())


def similarity(a: str, b: str) -> float:
    """Word-level similarity of two texts, 0..1."""
    wa, wb = _norm(a).lower().split(), _norm(b).lower().split()
    if not wa and not wb:
        return 1.0
    return SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def compare_principles(old: Sequence[PrincipleLike], new: Sequence[PrincipleLike]) -> list[PrincipleChange]:
    """Pair the principles of two versions; the result runs in the new version's order, each
    removed principle after the one that preceded it in the old version."""
    pairs: dict[int, tuple[int, float]] = {}  # old index -> (new index, similarity)
    used_new: set[int] = set()
    by_text: dict[str, list[int]] = {}
    for j, p in enumerate(new):
        by_text.setdefault(_norm(p.text), []).append(j)
    for i, p in enumerate(old):
        for j in by_text.get(_norm(p.text), []):
            if j not in used_new:
                pairs[i] = (j, 1.0)
                used_new.add(j)
                break
    candidates: list[tuple[float, int, int]] = []
    for i, p in enumerate(old):
        if i in pairs:
            continue
        for j, q in enumerate(new):
            if j in used_new:
                continue
            score = max(similarity(p.text, q.text), similarity(p.title, q.title))
            if score >= REWORD_MIN:
                candidates.append((-score, abs(p.number - q.number), i * 100000 + j))
    for neg, _dist, key in sorted(candidates):
        i, j = divmod(key, 100000)
        if i in pairs or j in used_new:
            continue
        pairs[i] = (j, round(-neg, 4))
        used_new.add(j)

    changes: list[tuple[float, PrincipleChange]] = []
    for i, p in enumerate(old):
        if i in pairs:
            j, score = pairs[i]
            q = new[j]
            if score >= 1.0 and _norm(p.text) == _norm(q.text):
                change = PrincipleChange("unchanged", p.number, q.number, p.title, q.title, 1.0)
            else:
                text_score = round(similarity(p.text, q.text), 4)  # paired maybe by title; scored by text
                change = PrincipleChange(
                    "reworded", p.number, q.number, p.title, q.title, text_score, tuple(word_diff(p.text, q.text))
                )
            changes.append((j, change))
        else:
            # after the new position of the nearest earlier old principle that was kept
            before = max((pairs[k][0] for k in range(i) if k in pairs), default=-1)
            changes.append((before + 0.5, PrincipleChange("removed", p.number, None, p.title, "", 0.0)))
    for j, q in enumerate(new):
        if j not in used_new:
            changes.append((j, PrincipleChange("added", None, q.number, "", q.title, 0.0)))
    changes.sort(key=lambda c: c[0])
    return [c for _k, c in changes]


# --- relocating anchors -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Relocation:
    status: AnchorStatus
    start: int | None
    end: int | None
    score: float  # 1.0 for exact and moved; the match ratio for fuzzy; the best ratio for an orphan


def _full_context(text: str, start: int, end: int, anchor: TextAnchor) -> bool:
    return _context_score(text, start, end, anchor) >= len(anchor.prefix) + len(anchor.suffix)


def _verbatim(anchor: TextAnchor, text: str, lo: int, hi: int) -> Relocation | None:
    hits = occurrences(text, anchor.quote, lo, hi)
    if not hits:
        return None
    best = max(
        hits,
        key=lambda s: (_context_score(text, s, s + len(anchor.quote), anchor), -abs(s - anchor.start)),
    )
    end = best + len(anchor.quote)
    return Relocation("exact" if _full_context(text, best, end, anchor) else "moved", best, end, 1.0)


def _approximate(quote: str, text: str, lo: int, hi: int) -> tuple[float, int, int]:
    """The window of ``text[lo:hi]`` most like ``quote``: (ratio, start, end), on word boundaries."""
    q_words = [m.group(0).lower() for m in _WORDS.finditer(quote)]
    spans = [(m.start() + lo, m.end() + lo) for m in _WORDS.finditer(text[lo:hi])]
    if not q_words or not spans:
        return 0.0, lo, lo
    t_words = [text[s:e].lower() for s, e in spans]
    matcher = SequenceMatcher(None, t_words, q_words, autojunk=False)
    blocks = sorted((b for b in matcher.get_matching_blocks() if b.size), key=lambda b: -b.size)[:6]
    best = (0.0, lo, lo)
    n = len(q_words)
    seen: set[tuple[int, int]] = set()
    for block in blocks:
        origin = block.a - block.b  # where the quote's first word would stand
        for first in range(origin - 2, origin + 3):
            for length in range(max(1, n - 3), n + 4):
                a, b = max(0, first), min(len(spans), first + length)
                if b <= a or (a, b) in seen:
                    continue
                seen.add((a, b))
                start, end = spans[a][0], spans[b - 1][1]
                ratio = SequenceMatcher(None, quote, text[start:end], autojunk=False).ratio()
                if ratio > best[0]:
                    best = (ratio, start, end)
    return best


def relocate(
    anchor: TextAnchor, text: str, *, scope: tuple[int, int] | None = None, min_score: float = FUZZY_MIN
) -> Relocation:
    """Where the anchored quote stands in ``text`` (a new version of its document)."""
    ranges = [scope] if scope is not None else []
    ranges.append((0, len(text)))
    for lo, hi in ranges:
        found = _verbatim(anchor, text, lo, hi)
        if found is not None:
            return found
    best = (0.0, 0, 0)
    for lo, hi in ranges:
        near = _approximate(anchor.quote, text, lo, hi)
        if near[0] > best[0]:
            best = near
        if best[0] >= min_score:
            break
    score = round(best[0], 4)
    if score >= min_score:
        return Relocation("fuzzy", best[1], best[2], score)
    return Relocation("orphan", None, None, score)


def principle_status(change: PrincipleChange | None) -> tuple[AnchorStatus, float]:
    """The status of an item attached to a principle only (no quote), from the principle's fate."""
    if change is None or change.kind in ("removed", "added"):
        return "orphan", 0.0
    if change.kind == "unchanged":
        return ("moved", 1.0) if change.renumbered else ("exact", 1.0)
    return "fuzzy", change.similarity  # reworded: paired as the same principle, scored by its text
