"""Search text analysis: the same words in the index and in the query, and hits mapped back.

SQLite's FTS5 tokenizers know no Dutch stemming, so the index holds a *pre-normalised* text: for
every word of the original its terms, written out and separated by spaces. A word's terms are
those of :mod:`raadsviewer.domain.linking`'s analysis: lower case, accents folded, the Snowball
Dutch stem; a hyphenated word gives its joined form and its parts ("de-medicaliseren" ->
"demedicaliser medicaliser"), so "de-medicaliseren", "demedicaliseren" and "medicalisering" meet.
Unlike the ranking's analysis, numbers are kept (a year, an article number) and nothing is a
compound part.

A query is split the same way. Every query word must match (AND); a word matches its joined
form or (a hyphenated word) all of its parts, each term also as a prefix when it has at least ``PREFIX_MIN`` letters, so "zorg" finds
"zorgaanbieders" (Dutch writes compounds as one word) and a word being typed finds its ending.
Highlights are found again on the original text by analysing its words with their offsets, so
the returned ranges are offsets into the original, not into the index text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from raadsviewer.domain.linking import STOP_WORDS, fold, stem

PREFIX_MIN = 4  # query terms this long also match as a prefix ("zorg" -> "zorgaanbieder")
SNIPPET_CHARS = 180
_WORD = re.compile(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)*")
_HYPHEN = re.compile(r"[-\u2010\u2011]")


@lru_cache(maxsize=131072)
def _word_terms(word: str) -> tuple[str, ...]:
    folded = fold(word.replace("\u00ad", ""))
    parts = [p for p in _HYPHEN.split(folded) if p]
    joined = "".join(parts)
    out: list[str] = []
    if joined and (joined not in STOP_WORDS or len(parts) > 1):
        out.append(joined if joined.isdigit() else stem(joined))
    if len(parts) > 1:
        for part in parts:
            if len(part) > 2 and part not in STOP_WORDS:
                t = part if part.isdigit() else stem(part)
                if t not in out:
                    out.append(t)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    terms: tuple[str, ...]


def words(text: str) -> list[Word]:
    """The words of a text with their offsets and index terms (stop words give no terms)."""
    return [Word(m.start(), m.end(), _word_terms(m.group(0))) for m in _WORD.finditer(text)]


@lru_cache(maxsize=131072)
def _word_string(word: str) -> str:
    return " ".join(_word_terms(word))


@lru_cache(maxsize=131072)
def _token_string(token: str) -> str:
    return " ".join(filter(None, map(_word_string, _WORD.findall(token))))


def index_text(text: str) -> str:
    """What goes into the FTS table for a text: its terms, space-separated, in order.

    (A word never holds white space, so the text is cut at white space, which ``str.split`` does
    many times faster than the word pattern finds words, and each piece's terms are found once
    and cached: a 50 MB document has millions of words but few distinct ones, and indexing is
    most of an import's and of a large merge's time.)"""
    return " ".join(filter(None, map(_token_string, text.split())))


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: one group of alternative terms per query word (all groups must match)."""

    text: str
    groups: tuple[tuple[str, ...], ...]

    @property
    def empty(self) -> bool:
        return not self.groups

    def fts(self) -> str:
        """The FTS5 MATCH expression; terms are quoted, so no user text is FTS syntax."""
        clauses = []
        for group in self.groups:
            quoted = [f'"{t}"*' if len(t) >= PREFIX_MIN else f'"{t}"' for t in group]
            if len(quoted) == 1:
                clauses.append(quoted[0])
            elif len(quoted) == 2:  # "de-medicaliseren": the joined word or its one real part
                clauses.append(f"({quoted[0]} OR {quoted[1]})")
            else:  # "SMART-afspraken": the joined word, or all its parts
                clauses.append(f"({quoted[0]} OR ({' AND '.join(quoted[1:])}))")
        return " AND ".join(clauses)

    def tsquery(self) -> str:
        """The same expression as a PostgreSQL ``tsquery`` value: the terms quoted as lexemes,
        ``:*`` for a prefix, so the server matches exactly what FTS5 matches."""

        def lexeme(term: str) -> str:
            quoted = "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"
            return f"{quoted}:*" if len(term) >= PREFIX_MIN else quoted

        clauses = []
        for group in self.groups:
            quoted = [lexeme(t) for t in group]
            if len(quoted) == 1:
                clauses.append(quoted[0])
            elif len(quoted) == 2:
                clauses.append(f"({quoted[0]} | {quoted[1]})")
            else:
                clauses.append(f"({quoted[0]} | ({' & '.join(quoted[1:])}))")
        return " & ".join(clauses)

    def matches(self, term: str) -> bool:
        return any(_term_matches(q, term) for group in self.groups for q in group)


def _term_matches(query_term: str, term: str) -> bool:
    return term == query_term or (len(query_term) >= PREFIX_MIN and term.startswith(query_term))


def parse_query(text: str) -> Query:
    """Split a query into word groups; stop words only count when the query has nothing else."""
    groups: list[tuple[str, ...]] = []
    for match in _WORD.finditer(text[:500]):
        terms = _word_terms(match.group(0))
        if terms and terms not in groups:
            groups.append(terms)
    if not groups:  # a query of stop words only ("de", "het"): search them as they are
        groups = [tuple([fold(m.group(0))]) for m in _WORD.finditer(text[:500]) if len(m.group(0)) > 1][:3]
    return Query(text, tuple(groups[:12]))


class HitFinder:
    """Finds the words of texts that match one query (for highlighting). Each distinct word is
    judged once, however many hits of a search it occurs in."""

    def __init__(self, query: Query) -> None:
        self._every = {t for group in query.groups for t in group}
        self._prefixes = tuple(t for t in self._every if len(t) >= PREFIX_MIN)
        self._verdict: dict[str, bool] = {}

    def ranges(self, text: str) -> list[tuple[int, int]]:
        if not self._every:
            return []
        verdict, every, prefixes = self._verdict, self._every, self._prefixes
        ranges = []
        for w in _WORD.finditer(text):
            word = w.group(0)
            hit = verdict.get(word)
            if hit is None:
                terms = _word_terms(word) or (_folded(word),)
                hit = verdict[word] = any(t in every or t.startswith(prefixes) for t in terms)
            if hit:
                ranges.append((w.start(), w.end()))
        return ranges


def hit_ranges(text: str, query: Query) -> list[tuple[int, int]]:
    """Offsets of the words of ``text`` that match the query (for highlighting)."""
    return HitFinder(query).ranges(text)


@lru_cache(maxsize=4096)
def _folded(word: str) -> str:
    return fold(word)


@dataclass(frozen=True, slots=True)
class Snippet:
    """A short piece of text around the first hit; ``ranges`` are offsets into ``text``.

    ``offset`` is where ``text`` starts in the original, so ``offset + start`` is an offset of the
    original. ``before``/``after`` say whether the original goes on (show an ellipsis).
    """

    text: str
    offset: int
    ranges: tuple[tuple[int, int], ...]
    before: bool
    after: bool


def snippet(text: str, ranges: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> Snippet:
    """A window of about ``width`` characters around the first hit, cut at word boundaries."""
    if len(text) <= width:
        return Snippet(text, 0, tuple(ranges), False, False)
    first = ranges[0][0] if ranges else 0
    lo = max(0, first - width // 3)
    if lo > 0:
        space = text.rfind(" ", max(0, lo - 20), lo + 1)
        lo = space + 1 if space >= 0 else lo
    hi = min(len(text), lo + width)
    if hi < len(text):
        space = text.find(" ", hi - 20, hi + 20)
        hi = space if space > lo else hi
    inside = tuple((s - lo, e - lo) for s, e in ranges if s >= lo and e <= hi)
    return Snippet(text[lo:hi], lo, inside, lo > 0, hi < len(text))
