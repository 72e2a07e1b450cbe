"""Links from a principle of the framework to the background passage that discusses it.

Method
------
Every background document is cut into *passages*: each section (its heading plus its own body,
i.e. the text up to its first sub-section) and each paragraph or list item (which carries the
heading of the section it stands in). Text is analysed the same way on both sides:

1. **Normalise**: lower case, accents folded ("financiële" = "financiele"), words joined across a
   hyphen ("de-medicaliseren" = "demedicaliseren"); a hyphenated word also yields its parts, so
   "SMART-afspraken" meets "SMART afspraken".
2. **Stop words**: the Snowball list of Dutch function words is dropped, as are digits and
   one-letter words.
3. **Stemming**: the Snowball Dutch stemmer (package ``snowballstemmer`` >= 3, whose "dutch" is
   the Kraaij-Pohlmann-style algorithm), so "toegangstaken" = "toegangstaak", "gezinnen" =
   "gezin", "aanbieders" = "aanbieder". Without the package a light stemmer stands in: plural and
   inflection endings with the spelling they undo ("taken" -> "taak", "gezinnen" -> "gezin").

Two signals are then computed for each passage and each principle:

* **Lexical (L)**: BM25F over all passages of the background documents (``K1`` = 1.2, ``B`` =
  0.75), with the heading field weighted ``HEADING_WEIGHT`` (3) times the body and the principle's
  title terms weighted ``TITLE_WEIGHT`` (2) times the rest of its text. Dutch writes compounds as
  one word ("toegangstaak", "jeugdhulpaanbieders"), so a passage word that has a query term as
  its head or tail, or is itself the head or tail of one (parts of at least ``MIN_PART`` = 4
  letters), counts ``COMPOUND_CREDIT`` (1/2) of an exact hit. The BM25 score is divided by its
  upper bound (every query term present and saturated), so L is the IDF-weighted share of the
  principle that the passage covers, in 0..1. A query word found in no passage keeps the weight
  of a rare word: what the background does not mention lowers every score.
* **Heading (H)**: fuzzy similarity of the passage's heading to the principle's title, on stems:
  the larger of a soft Dice overlap of the two stem sets (a stem found only as a compound part
  counts 1/2) and the Dice overlap of character trigrams of the stems written together, which
  forgives split or joined compounds and left-out function words ("SMART-afspraken met
  aanbieders" / "SMART afspraken met aanbieders", "Versterken van de toegangstaak" / "Versterken
  toegangstaak" both give 1.0). Paragraphs are compared through the heading of their section.

  A few abbreviations of the field and the word of their full form that says it ("PGB" /
  "persoonsgebonden", "GI" / "gecertificeerde") count as the same term.
* **Named (R)**: ``REFERENCE_SCORE`` (0.75) when the passage names the principle by its number
  or outline label in its heading or lead ("Uitgangspunt 5", "uitgangspunten 4 t/m 6", "U5",
  "Reactie op U1 en U2", "Over punt 5: ..."), else 0. A reaction that answers point by point in
  its own words shares few words with the principle, but says which one it answers.

A document's opening section, its title over no more than a line or two (a subtitle, an author),
and the paragraphs of those lines count ``TITLE_BLOCK_FACTOR`` (1/2) of their score: the title
shares its words with every principle and discusses none.

The score is a noisy-or of them, ``1 - (1 - L) * (1 - H ** HEADING_SHARPNESS) * (1 - R)``: either a
matching heading or a body that covers the principle is enough, and squaring H discounts the
chance overlap of short headings (one shared word in four gives H ~ 0.25, counted 0.06) while a
near-identical heading keeps ~1. ``MIN_SCORE`` (0.4) is what a heading two-thirds like the
title reaches on its own (0.63 ** 2), or a passage that covers roughly half of what the principle
says; below it the viewer says there is no clear passage instead of pointing at noise. Equal
scores keep document order, a section before its paragraphs, so the ranking is deterministic.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, Protocol, cast

from raadsviewer.domain.model import BlockKind, Document, Principle, Section

# The Snowball Dutch stemmer, loaded on first use (the package imports every language, ~17 ms,
# which the window's start-up should not pay); a light fallback works where it is missing. A
# stemmer object keeps its word in its own fields while it works, so two threads sharing one mix
# up their words (the window ranks passages off the GUI thread): one stemmer per thread.
_UNLOADED = object()
_AVAILABLE: object = _UNLOADED
_PER_THREAD = threading.local()


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...  # noqa: N802 (snowballstemmer's name)


def _snowball() -> _Stemmer | None:
    global _AVAILABLE
    if _AVAILABLE is _UNLOADED:
        try:
            import snowballstemmer  # noqa: F401 (whether it is there)

            _AVAILABLE = True
        except ImportError:  # pragma: no cover - exercised only where the package is missing
            _AVAILABLE = False
    if not _AVAILABLE:
        return None
    stemmer = getattr(_PER_THREAD, "stemmer", None)
    if stemmer is None:
        import snowballstemmer

        stemmer = _PER_THREAD.stemmer = snowballstemmer.stemmer("dutch")
    return cast(_Stemmer, stemmer)


# --- parameters -------------------------------------------------------------------------------

K1 = 1.2  # BM25 term-frequency saturation
B = 0.75  # BM25 length normalisation (both fields)
HEADING_WEIGHT = 3.0  # a term in the heading counts three body occurrences (BM25F field weight)
TITLE_WEIGHT = 2.0  # the principle's title terms weigh twice its other text in the query
COMPOUND_CREDIT = 0.5  # a compound-part hit ("toegang" in "toegangstaak") counts half a hit
MIN_PART = 4  # the shortest compound part that counts (taak, zorg, hulp, kind)
HEADING_SHARPNESS = 2.0  # H' = H ** 2: chance heading overlap fades, a near-match stays ~1
REFERENCE_SCORE = 0.75  # a passage that names the principle by its number ("Uitgangspunt 5", "Over punt 5")
MIN_SCORE = 0.4  # below this nothing is "clearly" about the principle
SURE_SCORE = 0.7  # a heading nearly the title's, or a passage covering most of what it says


def confidence(score: float | None) -> str:
    """How sure the ranking is, in three words a reader can use instead of a number: "sure"
    (from ``SURE_SCORE``), "likely" (from ``MIN_SCORE``, what the window opens at) or
    "possible"; "" for a passage a faction added by hand (it has no score)."""
    if score is None:
        return ""
    if score >= SURE_SCORE:
        return "sure"
    return "likely" if score >= MIN_SCORE else "possible"


# The Snowball project's Dutch stop word list (snowballstem.org/algorithms/dutch/stop.txt), plus a
# few equally general function words it lacks (we, wij, ten, ter, wel, zoals, waar, welke).
STOP_WORDS = frozenset(
    """de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om
    hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar
    heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel
    meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt
    wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere
    we wij ten ter wel zoals waar welke""".split()
)

# --- analysis ---------------------------------------------------------------------------------

_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u00ad": ""})  # hyphen, non-breaking, soft
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def fold(text: str) -> str:
    """Lower case with accents folded: "Financiële Continuïteit" -> "financiele continuiteit"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_HYPHENS).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_VOWELS = frozenset("aeiouy")


def _light_stem(word: str) -> str:
    """Fallback stemmer: Dutch plural and inflection endings, with the spelling they undo.

    "-heden" -> "-heid", "-ingen" -> "-ing"; "-en"/"-e" go, a doubled consonant is undoubled
    ("gezinnen" -> "gezin") or a long vowel restored ("taken" -> "taak", "integrale" ->
    "integraal"), and v/z turn back into f/s ("administratieve" -> "administratief"); "-s" goes
    after a consonant ("aanbieders" -> "aanbieder").
    """
    if len(word) <= 4:
        return word
    if word.endswith("heden"):
        return word[:-5] + "heid"
    if word.endswith("ingen"):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1] if word[-2] not in _VOWELS and word[-2] not in "sj" else word
    for suffix in ("en", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and word[-len(suffix) - 1] not in _VOWELS:
            base = word[: -len(suffix)]
            break
    else:
        return word
    if base[-1] == base[-2]:
        base = base[:-1]
    elif base[-2] in "aou" and base[-3] not in _VOWELS:
        base = base[:-1] + base[-2] + base[-1]
    return base[:-1] + {"v": "f", "z": "s"}.get(base[-1], base[-1])


# Longer than any Dutch word, compounds included: such a "word" (a hash, a run of characters in a
# hostile or broken file) stays as it is: Snowball walks it letter by letter in Python, 0.4 s per
# million letters, which made stemming most of the time of importing such a file.
_STEM_MAX = 80


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one folded word (Snowball Dutch when available)."""
    if len(word) > _STEM_MAX:
        return word
    snowball = _snowball()
    if snowball is not None:
        return snowball.stemWord(word)
    return _light_stem(word)


def _content(word: str) -> bool:
    return len(word) > 1 and word not in STOP_WORDS


@lru_cache(maxsize=8192)
def _analyse_folded(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    terms: list[str] = []
    joined_terms: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        if "-" not in word:
            if _content(word):
                terms.append(stem(word))
                joined_terms.append(terms[-1])
            continue
        joined = word.replace("-", "")
        if _content(joined):
            terms.append(stem(joined))
            joined_terms.append(terms[-1])
        terms.extend(stem(part) for part in word.split("-") if _content(part) and len(part) > 2)
    return tuple(terms), tuple(joined_terms)


def terms(text: str) -> list[str]:
    """The index terms of a text, in order: folded, stop words out, stemmed.

    A hyphenated word gives its joined form followed by its parts:
    "SMART-afspraken" -> ["smartafspraak", "smart", "afspraak"].
    """
    return list(_analyse_folded(fold(text))[0])


def _joined_terms(text: str) -> tuple[str, ...]:
    """Like :func:`terms` but a hyphenated word gives only its joined form."""
    return _analyse_folded(fold(text))[1]


def _affixes(term: str) -> Iterable[str]:
    """Heads and tails of a word that can stand as a compound part of it."""
    for cut in range(MIN_PART, len(term) - 2):
        yield term[:cut]
    for cut in range(3, len(term) - MIN_PART + 1):
        yield term[cut:]


def _trigrams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 3] for i in range(len(text) - 2))


def heading_similarity(title: str, heading: str) -> float:
    """Fuzzy similarity (0..1) of a heading to a principle's title, on stems.

    The larger of a soft Dice overlap of the stem sets (a compound part counts half) and a Dice
    overlap of the character trigrams of the stems written together (which forgives split or
    joined compounds); "Versterken van de toegangstaak" vs "Versterken toegangstaak" gives 1.0.
    """
    return _heading_similarity(_HeadingForm.of(title), _HeadingForm.of(heading))


@dataclass(frozen=True, slots=True)
class _HeadingForm:
    stems: frozenset[str]
    parts: frozenset[str]  # heads and tails of the stems that can be compound parts
    grams: frozenset[str]

    @staticmethod
    def of(text: str) -> _HeadingForm:
        stems = frozenset(terms(text))
        parts = frozenset(a for s in stems for a in _affixes(s))
        return _HeadingForm(stems, parts, _trigrams("".join(_joined_terms(text))))


def _soft_matches(a: _HeadingForm, b: _HeadingForm) -> float:
    """Stems of ``a`` found in ``b``: 1 each, COMPOUND_CREDIT when only as a compound part."""
    exact = a.stems & b.stems
    partial = sum(1 for s in a.stems - exact if s in b.parts or not b.stems.isdisjoint(_affixes(s)))
    return len(exact) + COMPOUND_CREDIT * partial


def _heading_similarity(a: _HeadingForm, b: _HeadingForm) -> float:
    if not a.stems or not b.stems:
        return 0.0
    dice = (_soft_matches(a, b) + _soft_matches(b, a)) / (len(a.stems) + len(b.stems))
    grams = 2 * len(a.grams & b.grams) / (len(a.grams) + len(b.grams)) if a.grams and b.grams else 0.0
    return max(dice, grams)


# --- passages ---------------------------------------------------------------------------------

PassageKind = Literal["section", "paragraph"]
_PARAGRAPH_KINDS = (BlockKind.PARAGRAPH, BlockKind.NUMBERED, BlockKind.BULLET)


@dataclass(frozen=True, slots=True)
class Passage:
    """A place in a background document a principle can link to.

    A section passage's ``text`` is the section's own body (up to its first sub-section); a
    paragraph passage's ``heading`` is that of the section it stands in (``section_id``), or ""
    before the first heading.
    """

    document_id: str
    kind: PassageKind
    heading: str
    text: str
    start: int
    end: int
    section_id: str | None


@dataclass(frozen=True, slots=True)
class PassageMatch:
    passage: Passage
    score: float  # 0..1, see the module docstring
    section: Section | None = None  # the section, or the section holding the paragraph


def _own_text(section: Section, siblings: Sequence[Section], text: str) -> str:
    """The section's body up to its first sub-section (the whole body when it has none); ``text`` is
    the text of the section's document."""
    children = [
        s.start
        for s in siblings
        if s.document_id == section.document_id and s.id != section.id and section.start < s.start <= section.end
    ]
    end = min(children) if children else section.end
    if section.body_start >= end:
        return ""
    body = text[section.body_start : end]
    return body.rstrip() if children else body


def section_passages(sections: Sequence[Section], texts: Mapping[str, str]) -> list[Passage]:
    """One passage per section: its heading and its own body (``texts``: each document's text by id)."""
    return [
        Passage(
            s.document_id,
            "section",
            s.heading,
            _own_text(s, sections, texts.get(s.document_id, "")),
            s.start,
            s.end,
            s.id,
        )
        for s in sections
    ]


def _innermost(sections: Sequence[Section], start: int) -> Section | None:
    holding = [s for s in sections if s.start <= start <= s.end]
    return max(holding, key=lambda s: (s.start, -s.end), default=None)


def passages_of(document: Document, sections: Sequence[Section]) -> list[Passage]:
    """Every section of the document and every paragraph or list item, in document order."""
    own = [s for s in sections if s.document_id == document.id]
    passages = section_passages(own, {document.id: document.text})
    for block in document.blocks:
        if block.kind not in _PARAGRAPH_KINDS:
            continue
        holder = _innermost(own, block.start)
        passages.append(
            Passage(
                document.id,
                "paragraph",
                holder.heading if holder else "",
                block.text,
                block.start,
                block.end,
                holder.id if holder else None,
            )
        )
    passages.sort(key=lambda p: (p.start, p.kind != "section"))
    return passages


# --- abbreviations ----------------------------------------------------------------------------

# Abbreviations the documents of youth and social care write beside their full forms, each with
# the one word of the full form that says it ("PGB" / "persoonsgebonden budget"). A passage that
# uses the one is about what a principle says with the other.
ABBREVIATIONS = {
    "pgb": "persoonsgebonden",
    "gi": "gecertificeerde",
    "jgz": "jeugdgezondheidszorg",
    "ggz": "geestelijke",
    "ggd": "gezondheidsdienst",
    "sglvg": "gedragsgestoorde",
    "lvb": "verstandelijke",
    "poh": "praktijkondersteuner",
    "wlz": "langdurige",
}


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, tuple[str, ...]]:
    """Each abbreviation's term and its full form's word's term, to the other."""
    out: dict[str, tuple[str, ...]] = {}
    for short, word in ABBREVIATIONS.items():
        a, b = stem(short), stem(fold(word))
        out[a] = (*out.get(a, ()), b)
        out[b] = (*out.get(b, ()), a)
    return out


# --- references to a principle by its number -----------------------------------------------

_NUMBER = r"\d{1,3}(?:\.\d{1,2})?"
_MORE = rf"(?:\s*(?:,|\ben\b|&|t/m|tot\s+en\s+met|[-–])\s*(?:(?:uitgangspunt|punt|principe)(?:en)?\s+)?{_NUMBER})*"
# "Uitgangspunt 5", "uitgangspunten 1 en 2", "principe 3", "U5", "UP 5" anywhere near a passage's
# start; "punt 5" and "ad 5" only at the very start or in a heading ("op dit punt 3 zaken" is no
# reference).
_NAMED = re.compile(rf"\b(?:uitgangspunt(?:en)?|principes?|beginsel(?:en)?)\s+({_NUMBER}{_MORE})", re.I)
_SHORT = re.compile(rf"\bUP?\s?({_NUMBER}{_MORE})\b")
_POINT = re.compile(rf"\b(?:punt(?:en)?|ad)\s+({_NUMBER}{_MORE})", re.I)
_LEADING_POINT = re.compile(
    rf"^\W*(?:(?:over|bij|betreft|inzake|reactie\s+op|ten\s+aanzien\s+van)\s+)?(?:punt(?:en)?|ad)\s+({_NUMBER}{_MORE})",
    re.I,
)
REFERENCE_CHARS = 200  # of a passage's text, where a reference to a principle counts


def _numbers(found: str) -> set[str]:
    """The numbers a reference names: "1 en 2", "4 t/m 6", "3.1, 3.2"."""
    tokens = re.findall(rf"{_NUMBER}|t/m|tot\s+en\s+met|[-–]", found)
    out: set[str] = set()
    for k, token in enumerate(tokens):
        if token[0].isdigit():
            out.add(token)
            continue
        if 0 < k < len(tokens) - 1 and tokens[k - 1].isdigit() and tokens[k + 1].isdigit():
            low, high = int(tokens[k - 1]), int(tokens[k + 1])
            if 0 < high - low <= 20:
                out.update(str(n) for n in range(low, high + 1))
    return out


def references(heading: str, text: str) -> frozenset[str]:
    """The principle numbers (or outline labels) a passage names in its heading or lead."""
    lead = text[:REFERENCE_CHARS]
    out: set[str] = set()
    for pattern, where in (
        (_NAMED, (heading, lead)),
        (_SHORT, (heading, lead)),
        (_POINT, (heading,)),
        (_LEADING_POINT, (lead,)),
    ):
        for part in where:
            for match in pattern.finditer(part):
                out |= _numbers(match.group(1))
    return frozenset(out)


# A document's opening section, its title over a subtitle or an author ("Notitie stand van zaken" /
# "Ambtelijke werkgroep"), shares its words with every principle and discusses none.
TITLE_BLOCK_CHARS = 300
TITLE_BLOCK_FACTOR = 0.5


def _title_blocks(passages: Sequence[Passage]) -> frozenset[int]:
    """The passages that are a document's opening section with no more than a line or two under
    its heading, and the paragraphs of those lines."""
    first: dict[str, int] = {}
    for i, p in enumerate(passages):
        if p.kind == "section" and (p.document_id not in first or p.start < passages[first[p.document_id]].start):
            first[p.document_id] = i
    blocks = {passages[i].section_id for i in first.values() if len(passages[i].text.strip()) <= TITLE_BLOCK_CHARS}
    return frozenset(i for i, p in enumerate(passages) if p.section_id in blocks and p.section_id is not None)


# --- the index --------------------------------------------------------------------------------


# Of a passage's text, this much is analysed (some 30 pages): a section or paragraph is ranked by
# what it says first. Analysed whole, a 40 MB file of one paragraph (and its section, the same
# text again) cost 17 s at every start, and folding it held the window 3 s.
ANALYSED_CHARS = 200_000


def _idf(n: int, df: int) -> float:
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


class PassageIndex:
    """BM25F postings and heading forms of a set of passages: built once, ranked against often.

    ``sections`` (optional) lets a match name the :class:`Section` of its passage.
    """

    __slots__ = (
        "passages",
        "sections",
        "_postings",
        "_df",
        "_by_part",
        "_headings",
        "_heading_of",
        "_related_cache",
        "_references",
        "_title_blocks",
    )

    def __init__(self, passages: Sequence[Passage], sections: Sequence[Section] = ()) -> None:
        self.passages: tuple[Passage, ...] = tuple(passages)
        self.sections: dict[str, Section] = {s.id: s for s in sections}
        n = len(self.passages)
        heads = [Counter(terms(p.heading)) for p in self.passages]  # headings repeat: analysed once each
        bodies = [Counter(_analyse_folded.__wrapped__(fold(p.text[:ANALYSED_CHARS]))[0]) for p in self.passages]
        avg_head = (sum(sum(c.values()) for c in heads) / n if n else 0.0) or 1.0
        avg_body = (sum(sum(c.values()) for c in bodies) / n if n else 0.0) or 1.0
        # term -> (passage indices, their field-weighted and length-normalised term frequencies), as
        # arrays: a million postings take 12 MB so, 88 MB as tuples of an int and a float
        self._postings: dict[str, tuple[array[int], array[float]]] = {}
        for i, (head, body) in enumerate(zip(heads, bodies, strict=True)):
            norm_head = 1.0 - B + B * sum(head.values()) / avg_head
            norm_body = 1.0 - B + B * sum(body.values()) / avg_body
            for term in sorted(head.keys() | body.keys()):
                posting = self._postings.get(term)
                if posting is None:
                    posting = self._postings[term] = (array("l"), array("d"))
                posting[0].append(i)
                posting[1].append(HEADING_WEIGHT * head[term] / norm_head + body[term] / norm_body)
        self._df = {t: len(ps[0]) for t, ps in self._postings.items()}
        self._by_part: dict[str, list[str]] = {}  # compound part -> vocabulary words it is part of
        for term in sorted(self._postings):
            for part in _affixes(term):
                self._by_part.setdefault(part, []).append(term)
        forms: dict[str, int] = {}
        self._headings: list[_HeadingForm] = []
        self._heading_of: list[int] = []  # passage -> index into _headings
        for p in self.passages:
            if p.heading not in forms:
                forms[p.heading] = len(self._headings)
                self._headings.append(_HeadingForm.of(p.heading))
            self._heading_of.append(forms[p.heading])
        self._related_cache: dict[str, tuple[str, ...]] = {}
        self._references = [references(p.heading, p.text) for p in self.passages]
        self._title_blocks = _title_blocks(self.passages)

    @classmethod
    def build(cls, passages: Sequence[Passage], sections: Sequence[Section] = ()) -> PassageIndex:
        return cls(passages, sections)

    def __len__(self) -> int:
        return len(self.passages)

    def _related(self, term: str) -> tuple[str, ...]:
        """Vocabulary words that are a compound with ``term`` as a part, or a part of ``term``."""
        found = self._related_cache.get(term)
        if found is None:
            words = set(self._by_part.get(term, ()))
            words.update(part for part in _affixes(term) if part in self._df)
            words.discard(term)
            found = self._related_cache[term] = tuple(sorted(words))
        return found

    def lexical(self, principle: Principle) -> list[float]:
        """L for every passage: BM25F divided by its upper bound, so 0..1."""
        title = Counter(terms(principle.title))
        whole = Counter(terms(principle.text))
        n = len(self.passages)
        scores = [0.0] * n
        bound = 0.0
        for term in sorted(title.keys() | whole.keys()):
            weight = TITLE_WEIGHT * title[term] + max(0, whole[term] - title[term])
            tf: dict[int, float] = {}
            for i, f in zip(*self._postings.get(term, ((), ())), strict=True):
                tf[i] = tf.get(i, 0.0) + f
            for word in self._related(term):
                for i, f in zip(*self._postings[word], strict=True):
                    tf[i] = tf.get(i, 0.0) + COMPOUND_CREDIT * f
            for word in _synonyms().get(term, ()):  # "PGB" for "persoonsgebonden", and the other way
                for i, f in zip(*self._postings.get(word, ((), ())), strict=True):
                    tf[i] = tf.get(i, 0.0) + f
            # a word absent from these passages weighs as one seen once: it is missing here
            w = weight * _idf(n, max(1, self._df.get(term, 0)))
            bound += w
            for i, f in tf.items():
                scores[i] += w * f / (K1 + f)
        return [min(1.0, s / bound) for s in scores] if bound else scores

    def heading(self, principle: Principle) -> list[float]:
        """H for every passage: fuzzy similarity of its heading to the principle's title."""
        title = _HeadingForm.of(principle.title)
        per_heading = [_heading_similarity(title, h) for h in self._headings]
        return [per_heading[k] for k in self._heading_of]

    def rank(self, principle: Principle, *, limit: int | None = 5) -> list[PassageMatch]:
        """The passages best about the principle, best first, scores in 0..1 (none filtered out).

        Equal scores keep document order, a section before its paragraphs.
        """
        if not self.passages:
            return []
        scored = []
        names = {principle.shown_label, str(principle.number)}
        for i, (lex, head) in enumerate(zip(self.lexical(principle), self.heading(principle), strict=True)):
            named = REFERENCE_SCORE if names & self._references[i] else 0.0
            score = 1.0 - (1.0 - lex) * (1.0 - head**HEADING_SHARPNESS) * (1.0 - named)
            if i in self._title_blocks:
                score *= TITLE_BLOCK_FACTOR
            score = round(score, 6)
            p = self.passages[i]
            scored.append((-score, p.document_id, p.start, p.kind != "section", i))
        scored.sort()
        if limit is not None:
            scored = scored[: max(0, limit)]
        return [self._match(i, -neg) for neg, *_, i in scored]

    def best(self, principle: Principle) -> PassageMatch | None:
        """The best passage when it clearly discusses the principle (score >= MIN_SCORE), else None."""
        top = self.rank(principle, limit=1)
        return top[0] if top and top[0].score >= MIN_SCORE else None

    def _match(self, i: int, score: float) -> PassageMatch:
        passage = self.passages[i]
        section = self.sections.get(passage.section_id) if passage.section_id else None
        return PassageMatch(passage, score, section)


def rank_passages(
    principle: Principle, passages: Sequence[Passage], *, limit: int = 5, sections: Sequence[Section] = ()
) -> list[PassageMatch]:
    """Rank passages for one principle (builds a throwaway index: use PassageIndex for many)."""
    return PassageIndex(passages, sections).rank(principle, limit=limit)


def best_passage(principle: Principle, sections: Sequence[Section], texts: Mapping[str, str]) -> PassageMatch | None:
    """The section that best discusses the principle, or None when no section clearly does.

    For callers that rank sections only; ``match.section`` is the section, ``texts`` each document's
    text by id.
    """
    if not sections:
        return None
    return PassageIndex(section_passages(sections, texts), sections).best(principle)
