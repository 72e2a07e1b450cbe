"""A first, simple link from a principle to the background passage that best discusses it.

Word overlap after light normalisation (lower case, accents folded, Dutch stop words dropped, a
crude suffix strip so "toegangstaak"/"toegangstaken" meet), with the section heading weighted above
its body. Proper ranking with stemming and BM25 is a later step; this one only has to scroll a
background tab to a sensible place and say "nothing clear" otherwise.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from raadsviewer.domain.model import Principle, Section

STOP_WORDS = frozenset(
    """aan al alle als bij dan dat de der deze die dit door een en er het hier hun in is je
    maar met na naar niet nog of om onder ons ook op over te ten ter tot uit van voor wat
    we wel wij worden wordt zijn zo zoals zich zij""".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
HEADING_WEIGHT = 3.0
MIN_SCORE = 0.34


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem(word: str) -> str:
    for suffix in ("heden", "ingen", "ing", "en", "e", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def terms(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(fold(text.replace("-", ""))) if w not in STOP_WORDS and len(w) > 1}


@dataclass(frozen=True, slots=True)
class PassageMatch:
    section: Section
    score: float  # 0..1: the share of the principle's title terms found (heading weighted)


def best_passage(principle: Principle, sections: tuple[Section, ...] | list[Section]) -> PassageMatch | None:
    wanted = terms(principle.title)
    if not wanted or not sections:
        return None
    best: PassageMatch | None = None
    for section in sections:
        in_heading = wanted & terms(section.heading)
        in_body = wanted & terms(section.text[:2000])
        raw = HEADING_WEIGHT * len(in_heading) + len(in_body - in_heading) * 0.5
        score = raw / (HEADING_WEIGHT * len(wanted))
        if best is None or score > best.score:
            best = PassageMatch(section, round(min(score, 1.0), 3))
    if best is None or best.score < MIN_SCORE:
        return None
    return best
