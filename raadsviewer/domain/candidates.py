"""Which list in a document holds its principles: every list the reader finds, ranked.

A council document often has several lists: the decisions asked of the council, the framework's
points, the steps of a procedure, its chapters, the questions of an annex. The reader does not
guess one; it collects every list it can see and ranks them:

* numbered runs 1, 2, 3, ... (an item continues the most recent open item numbered one less of
  the same look: list items with list items, headings with headings of the same level, and a
  numbered title heading with a numbered title heading at any level, since PDF-to-text tools
  give one list's bold titles different heading levels);
* bullet lists introduced as a list (under a heading such as "Uitgangspunten", "Beslispunten",
  "Speerpunten", or after a lead-in that announces points: "We doen dit langs vier lijnen:");
* several lists each introduced as the operative part of the text ("spreekt uit:", "verzoekt
  het college:"), or under sibling headings, together: their points get a group label ("A.1",
  "B.2", or the headings' own "II.3").

How a list is introduced ranks it (named as the principles above named as a list, above a
dictum, above a lead-in, above nothing); a named list wins if it is at least half as long as
the longest list, otherwise the longest wins (a list right under a heading of its own that names
it as something else, "Risico's", is not counted as the longest). Numbered chapters (mostly the usual chapter
names) and the considerations of a motion ("constaterende dat:") are listed but never chosen.
Each candidate carries a reason code and a confidence in 0..1; its words live in
:mod:`raadsviewer.messages`.

Pure Python, no Qt or database; linear in the number of blocks apart from the ranking.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from raadsviewer.domain.model import Block, BlockKind, ParsedPrinciple, PrincipleCandidate
from raadsviewer.domain.reading import (
    INSERTED_MARK,
    MAX_DEPTH,
    MISREAD_MARK,
    MOTION_CLAUSE,
    ORDINALS,
    THEME_MARKER,
    closing,
    generic_chapter,
    join_span,
    names_a_moment,
    span_title,
)
from raadsviewer.domain.reading import title_like as _title_like

__all__ = ["LOW_CONFIDENCE", "find_candidates", "find_principles", "principles_from_spans"]

LOW_CONFIDENCE = 0.5  # a chosen list less sure than this is flagged: "controleer de uitgangspunten"
MAX_CANDIDATES = 8

# Words that name the list of principles itself; compounds count ("Inkoopuitgangspunten").
_PRINCIPLES_WORDS = re.compile(r"(?:uitgangspunten|principes|beginselen|kaderpunten|principles)\b", re.IGNORECASE)
# A single point named as the one principle: the heading over it is the word alone
# ("Uitgangspunt"), or its lead-in counts one ("geldt één uitgangspunt:").
_ONE_PRINCIPLE = re.compile(
    r"^(?:(?:het|ons|dit)\s+)?(?:uitgangspunt|principe|beginsel|kaderpunt|principle)\s*:?$"
    r"|\b(?:één|een|enige|one|single)\s+(?:\w+\s+)?(?:uitgangspunt|principe|beginsel|kaderpunt|principle)\b",
    re.IGNORECASE,
)
# Words for the other lists a council document puts its points in.
_LIST_WORDS = re.compile(
    r"\b(?:beslispunten|aanbevelingen|kaders?|keuzes|thema['’]?s|doelen|doelstellingen|speerpunten|ambities|pijlers|bouwstenen"
    r"|prioriteiten|actiepunten|kernpunten|adviezen|tips|randvoorwaarden|opgaven|richtlijnen|criteria|afspraken"
    r"|recommendations|themes|goals|objectives|priorities)\b",
    re.IGNORECASE,
)
# A heading that is a reaction's own position, the whole of it: "Zienswijze", "Onze zienswijze",
# "Onze aandachtspunten", "Onze zorgpunten", an advisory body's "Ons advies" (not a document's
# title that names one, "Raadsvoorstel zienswijze ontwerpbegroting 2026", nor a framework's
# "Aandachtspunten en risico's").
_OWN_HEADING = re.compile(
    r"^(?:(?:(?:onze|de)\s+)?zienswijze(?:\s+van\s+de\s+(?:gemeente)?raad(?:\s+van\s+(?:de\s+gemeente\s+)?"
    r"[A-ZÀ-Ý][\w'’-]*(?:[\s-][\w'’-]+){0,3})?)?|onze\s+(?:aandachts|stand|zorg)?punten(?:\s+voor\s+de\s+zienswijze)?|onze\s+inbreng"
    r"|ons\s+advies(?:\s+aan\s+(?:de\s+|het\s+)?(?:gemeente)?(?:raad|raden|college))?|onze\s+adviezen)\s*:?$",
    re.IGNORECASE,
)
# The operative words of a motion or decision, before its points.
_DICTUM = re.compile(
    r"\b(?:spreekt\b.*\buit|verzoekt|draagt\b.*\bop|roept\b.*\bop|besluit|besluiten|geeft\b.*\bmee|vraagt)\b",
    re.IGNORECASE,
)
# A proposal's decision ending the text before its points, with or without a colon: "Voorgesteld
# besluit: de raad wordt voorgesteld", "Het college stelt de raad voor", "besluit".
_DICTUM_END = re.compile(
    r"(?:(?:wordt|worden)\s+(?:de\s+raad\s+)?voorgesteld|stelt\s+(?:de\s+raad\s+|u\s+)?voor|besluit|besluiten)\s*:?$",
    re.IGNORECASE,
)
# A proposal's heading over what the council decides: "Voorstel", "Voorgesteld besluit", "Besluit".
_DECISION_HEADING = re.compile(r"^(?:voorstel|voorgesteld\s+besluit|ontwerpbesluit|besluit|dictum)\s*:?$", re.I)
# A motion's considerations: reasons, not points.
_CONSIDERING = re.compile(
    r"^\s*(?:constaterende|overwegende|gelet\s+op|gehoord|van\s+mening|considering|noting)\b", re.IGNORECASE
)
# A lead-in that announces points: "de volgende", "als volgt", "langs vier lijnen", "voorop".
_ANNOUNCING = re.compile(
    r"\b(?:volgende|onderstaande|hieronder|als\s+volgt|voorop|mee|punten|lijnen|zaken|onderdelen|elementen|advise(?:ert|ren)"
    r"|stappen|aspecten|accenten|keuzes|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|following"
    r"|\d{1,2}(?![-/.]\d|\s+(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)))\b",  # (a count, no date's day)
    re.IGNORECASE,
)
# A lead-in is a sentence or two of its own; the last words of a long argument that happen to
# announce something ("... een aantal zaken voorop staan:") introduce an aside, not the points.
_LEAD_IN_MAX = 160
# A heading's own marker, which labels the group of the list under it: "A. ...", "II. ...", "3 ...".
_GROUP_MARK = re.compile(r"^(?:[A-Z]|[IVX]{1,5}|\d{1,2})(?=[.)]?\s+\S)")
_ROMAN_MARK = re.compile(r"^\(?([IVXLC]+)[.)]?$")
_OUTLINE_MARK = re.compile(r"^(\d{1,4}(?:\.\d{1,4})+)\.?$")

# How a list is introduced, strongest first.
NAMED, LISTED, DICTUM, LEAD_IN, COLON, NONE = 3.0, 2.0, 2.0, 1.0, 0.5, 0.0
_BASE_CONFIDENCE = {NAMED: 0.9, LISTED: 0.78, LEAD_IN: 0.66, COLON: 0.4}


@dataclass(frozen=True, slots=True)
class _Intro:
    tier: float
    reason: str  # named_principles | named_list | dictum | lead_in | colon_lead_in | considerations | ""
    text: str = ""
    lead: float = 0.0  # the tier of the list's own lead-in sentence, also when the heading over it names it
    elsewhere: bool = False  # right under a heading of its own that names it as something else ("Risico's")
    labelled: bool = False  # named by its points' own labels ("Ambitie 1." ... "Ambitie 6.")
    quoted: bool = False  # another document's list, quoted or summed up ("de kaders uit de Kadernota")


@dataclass(slots=True)
class _List:
    """One list found: its items (block indices), what introduced it, how it is labelled."""

    form: str  # numbered | headings | bullets
    items: list[int]
    intro: _Intro
    labels: list[str]
    blocked: str = ""  # chapters | references | schedule | attachments | translation | considerations | themes
    groups: list[_List] = field(default_factory=list)  # several lists together
    fallback: bool = False  # unnumbered headings: chosen only when no other list can be
    inner: bool = False  # the sub-points of another list's points (``_inner``)
    lettered: bool = False  # bullets lettered A, B, C, ... in turn: they count as numbers do, introduced or not
    themed: bool = False  # numbered on under its themes' headings: a whole list, never a part of several

    @property
    def size(self) -> int:
        return len(self.items)

    @property
    def choosable(self) -> bool:
        return not self.blocked and (self.form != "bullets" or self.intro.tier >= LEAD_IN or self.lettered)


@dataclass(slots=True)
class _Node:
    index: int  # into blocks
    length: int
    prev: _Node | None = field(default=None, repr=False)


# --------------------------------------------------------------------------------------------
# Looks and labels
# --------------------------------------------------------------------------------------------


def _style(block: Block) -> str:
    """The numbering style of a numbered block: arabic, roman, label, or outline with its depth."""
    marker = block.marker.strip()
    if not marker or MISREAD_MARK.match(marker) or INSERTED_MARK.match(marker):
        return "arabic"  # (a scan's "l." and "lO." are its 1. and 10.; "3a." is put in after 3.)
    if THEME_MARKER.match(marker):  # "A.1", "B.2": numbered anew under each theme's letter
        return "themed"
    if _OUTLINE_MARK.match(marker):
        return f"outline{marker.rstrip('.').count('.')}"
    if _ROMAN_MARK.match(marker) and not marker.strip("().").isdigit():
        return "roman"
    if any(c.isalpha() for c in marker):
        # by its word: "Keuze 3" goes on from "Keuze 2", not from the "Thema B" over it
        words = (w.strip(":.)–—-#").lower() for w in marker.split())
        word = next((w for w in words if len(w) >= 3 and w.isalpha() and w not in ORDINALS and not _ROMAN.match(w)), "")
        return f"label:{word}" if word else "label"
    return "arabic"


_ROMAN = re.compile(r"^[ivxlc]+$")
# A point's code: a letter or two and its number ("K1" for kader 1), not "U3", "P3", "UP3" (which
# abbreviate uitgangspunt or principe: the number is what they call it).
_CODE_MARK = re.compile(r"^(?!UP?-?\d|P\d)(?:[A-Z]{1,2}|[A-Z]{2,3}-)\d{1,2}$")
_LETTER_MARK = re.compile(r"^\(?([a-zA-Z])[.)]$")
_ROMAN_LETTERS = re.compile(r"^\(?([ivxlc]{2,6}|[IVXLC]{2,6})[.)]$")  # "ii.", "(iv)", "XII."


def _label(block: Block, position: int) -> str:
    """What the document calls an item: "7", "2.1", "IV", "b"; a bullet its place in the list."""
    if block.number is None:
        letter = _LETTER_MARK.match(block.marker.strip()) or _ROMAN_LETTERS.match(block.marker.strip())
        return letter.group(1) if letter else str(position)
    marker = block.marker.strip()
    if MISREAD_MARK.match(marker):
        return str(block.number)
    if INSERTED_MARK.match(marker):
        return marker.strip("().")  # "3a", as the document calls it
    if _CODE_MARK.match(marker):
        return marker  # "K1", "SP2": a code of its kind's letters, as the document calls it
    if THEME_MARKER.match(marker):
        return marker.rstrip(".")  # "B.1", as the document calls it
    outline = _OUTLINE_MARK.match(marker)
    if outline:
        return outline.group(1)
    roman = _ROMAN_MARK.match(marker)
    if roman and not marker.strip("().").isdigit():
        return roman.group(1)
    return str(block.number)


# --------------------------------------------------------------------------------------------
# How a list is introduced
# --------------------------------------------------------------------------------------------


def _lead_in(text: str) -> _Intro:
    if _CONSIDERING.match(text):
        return _Intro(-1.0, "considerations", text)
    naming = _naming_sentence(text)
    if _PRINCIPLES_WORDS.search(naming):
        if _TAKEN_FROM.search(naming):  # another document's, summed up: a lead-in, below the reaction's own
            return _Intro(LEAD_IN, "lead_in", text, quoted=True)
        return _Intro(NAMED, "named_principles", text)
    if (
        _LIST_WORDS.search(naming)
        or (len(naming) <= _LEAD_IN_MAX and _OWN_ANNOUNCEMENT.search(naming))
        or (text.endswith(":") and len(text) <= 2 * _LEAD_IN_MAX and _OWN_ANNOUNCEMENT.search(text))
    ):
        if _TAKEN_FROM.search(naming):  # (another document's speerpunten or pijlers, quoted)
            return _Intro(LEAD_IN, "lead_in", text, quoted=True)
        return _Intro(LISTED, "named_list", text)
    if not text.endswith(":") and len(text) <= _SHORT_ANNOUNCEMENT and _motion_lead(text) and _DICTUM.search(text):
        return _Intro(DICTUM, "dictum", text)  # a motion's "verzoekt het college" on its own line, no colon
    if not text.endswith(":"):
        # "Hieronder onze punten." (a short sentence that announces the list, with a full stop)
        if text.endswith(".") and len(text) <= _SHORT_ANNOUNCEMENT and _HERE_FOLLOW.match(text):
            return _Intro(LEAD_IN, "lead_in", text)
        return _Intro(NONE, "")
    if _DICTUM.search(text):
        return _Intro(DICTUM, "dictum", text)
    if _ANNOUNCING.search(text) and len(text) <= _LEAD_IN_MAX:
        return _Intro(LEAD_IN, "lead_in", text)
    return _Intro(COLON, "colon_lead_in", text)


# A reaction announcing its own points, as a heading "Zienswijze" would: "De raad geeft de
# volgende zienswijze.", "Onze zienswijze luidt als volgt:", "Wij hebben de volgende opmerkingen."
_OWN_ANNOUNCEMENT = re.compile(
    r"\b(?:volgende|onderstaande)\s+(?:\w+\s+)?(?:zienswijze|opmerkingen|aandachtspunten|reactie|advies|adviezen)\b"
    r"|\bzienswijze\s+(?:luidt|is)\s+als\s+volgt\b"
    r"|\b(?:hierbij|hieronder)\s+(?:\w+\s+){0,3}onze\s+(?:punten|inbreng|opmerkingen|reactie|aandachtspunten|zienswijze|advies)\b"
    r"|^onze\s+(?:punten|inbreng|opmerkingen|reactie)\s*:?$",  # ("... Onze punten:" as the lead-in's last words)
    re.IGNORECASE,
)
# "Wij lichten die hieronder toe.", "Deze zetten wij hieronder uiteen.": the points just named follow.
_EXPLAINED_BELOW = re.compile(
    r"^(?:(?:wij|we|ik)\s+\w+\s+(?:die|deze|ze|dat|dit)|(?:die|deze|ze)\s+\w+\s+(?:wij|we|ik))\s+"
    r"(?:\w+\s+)?hieronder\s+(?:toe|aan|uiteen|uit|op)\s*[.:]$",
    re.IGNORECASE,
)
_OWN_REMARKS = re.compile(
    r"\b(?:opmerkingen|kanttekeningen|aandachtspunten|zorgpunten|zorgen|wensen|bedenkingen|punten|vragen)\b",
    re.IGNORECASE,
)
# A sentence asking for a reaction to "these" points: "Wij vragen u op deze keuzes te reageren."
_POINTING_AT = re.compile(
    r"\b(?:op|over|bij|met|aan)\s+(?:deze|onderstaande|de\s+volgende)\s+(?:\w+\s+)?\w+\s+"
    r"(?:te\s+)?(?:reageren|reactie|zienswijze|uw\s+zienswijze|uw\s+mening|in\s+te\s+gaan)",
    re.IGNORECASE,
)
# "de volgende vragen", "onderstaande punten": a sentence pointing at what follows it.
_FOLLOWING = re.compile(  # (or asks to do something with them: "... de volgende punten op te nemen.")
    r"\b(?:de\s+volgende|onderstaande|hierna\s+volgende)\s+[^\W\d_]{3,}"
    r"(?:(?:\s+[^\W\d_]+){0,2}\s+te\s+[^\W\d_]+|\s+[^\W\d_]+)?\.$",  # ("... de volgende punten bevat.")
    re.IGNORECASE,
)
# The principles of another document, quoted or summed up in a reaction: "vatten wij de
# uitgangspunten uit het concept samen", "de uitgangspunten uit uw brief".
_TAKEN_FROM = re.compile(
    r"\b(?:uit|in)\s+(?:het|uw|de|dat)\s+(?:concept|ontwerp|brief|voorstel|kadernota|nota|visie|koersdocument)\w*"
    r"|\bvat(?:ten)?\b.{0,80}\bsamen\b"
    r"|^(?:het|de|uw)\s+(?:concept|ontwerp)\w*\b",  # ("Het ontwerp van de regiovisie is opgebouwd rond vier pijlers:")
    re.IGNORECASE,
)
_SHORT_ANNOUNCEMENT = 60
_MOTION_LEAD_CHARS = 80  # a motion's part opens on a short line of its own


def _motion_lead(text: str) -> bool:
    """A motion's part on a line of its own, over its points, no colon after it: "overwegende
    dat", "verzoekt het college"."""
    return (
        len(text) <= _MOTION_LEAD_CHARS and not any(c in text for c in ".;") and MOTION_CLAUSE.match(text) is not None
    )


_HERE_FOLLOW = re.compile(r"^(?:hieronder|onderstaand|dit\s+zijn|de\s+volgende|onze\s+punten)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=[A-Z])")
# "Deze zijn:", "Dit zijn de volgende:", "Ze luiden als volgt:" (not "Deze evaluatie beantwoordt ...:")
_POINTING_BACK = re.compile(r"^(?:deze|dit|die|dat|ze|zij|het)\s+(?:zijn|luiden|staan|volgen)\b", re.IGNORECASE)


def _naming_sentence(text: str) -> str:
    """The sentence of a lead-in that names its list: the last ("... de doelen en de kosten? De
    deelvragen zijn:" names questions, not goals), with the one before it when it points back
    ("Het kader kent acht uitgangspunten. Deze zijn:")."""
    sentences = _SENTENCE_END.split(text)
    if len(sentences) > 1 and _POINTING_BACK.match(sentences[-1]):
        return " ".join(sentences[-2:])
    return sentences[-1]


_ANNEX = re.compile(r"^(?:bijlage|annex|appendix)\b", re.IGNORECASE)
_ANNEX_REACH = 50  # blocks looked back from a list for the heading it stands under


def _in_annex(blocks: Sequence[Block], first: int) -> bool:
    """Whether the list starting at block ``first`` stands in an annex: the nearest heading
    before it is "Bijlage 2 Geraadpleegde partijen", "Annex", "Appendix"."""
    for i in range(first - 1, max(-1, first - _ANNEX_REACH), -1):
        if blocks[i].kind is BlockKind.HEADING:
            return _ANNEX.match(blocks[i].text) is not None
    return False


def _headings_over(blocks: Sequence[Block]) -> list[int | None]:
    """For every block, the heading it stands under: for a heading the nearest one before it of a
    higher level, for anything else the nearest heading before it. One pass with a stack of the
    open headings (looking back from every list was quadratic in a long document)."""
    over: list[int | None] = []
    open_headings: list[int] = []  # indices, levels rising
    for i, b in enumerate(blocks):
        if b.kind is BlockKind.HEADING:
            while open_headings and blocks[open_headings[-1]].level >= b.level:
                open_headings.pop()
            over.append(open_headings[-1] if open_headings else None)
            open_headings.append(i)
        else:
            over.append(open_headings[-1] if open_headings else None)
    return over


def _introduction(blocks: Sequence[Block], first: int, over: Sequence[int | None]) -> _Intro:
    """What introduces the list starting at ``first``: the sentence or short line just before
    it, or the heading over it."""
    lead = _Intro(NONE, "")
    before = blocks[first - 1] if first > 0 else None
    if (
        before is not None
        and before.kind is BlockKind.PARAGRAPH
        and (before.text.endswith(":") or len(before.text) <= 60)
    ) or (
        # a point ending in a colon over the sub-points it announces: "1. Het kader vast te
        # stellen met de volgende uitgangspunten:" / "a. Beter inzetten ..."
        before is not None and before.kind in (BlockKind.NUMBERED, BlockKind.BULLET) and before.text.endswith(":")
    ):
        lead = _lead_in(before.text)
        if lead.tier < 0:
            return lead
    elif before is not None and before.kind is BlockKind.PARAGRAPH and _DICTUM_END.search(before.text):
        lead = _Intro(DICTUM, "dictum", before.text[-200:])
    elif before is not None and before.kind is BlockKind.PARAGRAPH:
        # a paragraph ending in a sentence that names and counts them: "Het plan is gebouwd op vier principes."
        last = _naming_sentence(before.text)
        if len(last) <= _LEAD_IN_MAX and _PRINCIPLES_WORDS.search(last) and _ANNOUNCING.search(last):
            lead = _Intro(NAMED, "named_principles", last)
        elif len(last) <= _LEAD_IN_MAX and _OWN_ANNOUNCEMENT.search(last):
            # or that announces the reaction's own: "Daarom geven wij u het volgende advies."
            lead = _Intro(LISTED, "named_list", last)
        elif len(last) <= _LEAD_IN_MAX and _EXPLAINED_BELOW.match(last) and _OWN_REMARKS.search(before.text):
            # or that says its remarks follow: "Wij hebben op een aantal punten opmerkingen. Wij
            # lichten die hieronder toe."
            lead = _Intro(LISTED, "named_list", before.text[-200:])
        elif len(last) <= _LEAD_IN_MAX and _POINTING_AT.search(last) and _LIST_WORDS.search(last):
            # or that names them as what the reader is asked about: "Wij vragen u in het
            # bijzonder om op deze keuzes te reageren."
            lead = _Intro(LISTED, "named_list", last)
        elif len(last) <= _LEAD_IN_MAX and last.endswith(".") and _FOLLOWING.search(last):
            # or that announces them with a full stop: "Wij vragen u in te gaan op de volgende vragen."
            lead = _Intro(LEAD_IN, "lead_in", last)
    heading = over[first]
    if (
        before is not None
        and before.kind is BlockKind.HEADING
        and before.number is None
        and blocks[first].kind is BlockKind.HEADING
        and heading != first - 1
    ):
        heading = first - 1  # a heading as high as the points it stands over ("Onze 5 tips" / "TIP #1 ...")
    named = _Intro(NONE, "")
    if heading is not None:
        text = blocks[heading].text
        marker = blocks[heading].marker
        if marker and text.startswith(marker) and _OWN_HEADING.match(text[len(marker) :].strip()):
            text = text[len(marker) :].strip()  # a chapter's number before it: "2 Onze zienswijze"
        if _CONSIDERING.match(text):
            named = _Intro(-1.0, "considerations", text)
        elif _PRINCIPLES_WORDS.search(text) or (first - heading <= 2 and _ONE_PRINCIPLE.match(text)):
            # (or the word alone right over them: a table's column name, "Nr." / "Uitgangspunt" / ...)
            named = _Intro(NAMED, "named_principles", text)
        elif _LIST_WORDS.search(text) or _OWN_HEADING.match(text):
            named = _Intro(LISTED, "named_list", text)
        elif (
            _DECISION_HEADING.match(text)
            or (text.endswith(":") and _DICTUM.search(text))
            or (_motion_lead(text) and _DICTUM.search(text))
        ):
            # (or the operative words set as a heading: "verzoekt het college van burgemeester en
            # wethouders:", a motion's "Verzoekt het college" on its own line without its colon)
            named = _Intro(DICTUM, "dictum", text)
    if named.tier < 0 and lead.tier <= 0:
        return named
    if named.tier > NONE and named.tier >= lead.tier:  # a heading names it more clearly
        return replace(named, lead=lead.tier)
    # A heading just above the list (at most its lead-in between) that names none of the kinds of
    # list above: the list is that heading's subject ("Risico's", "Planning").
    own = heading is not None and first - heading <= 2 and blocks[first].kind is not BlockKind.HEADING
    return replace(lead, lead=lead.tier, elsewhere=own and named.tier == NONE)


# --------------------------------------------------------------------------------------------
# Finding lists
# --------------------------------------------------------------------------------------------


def _chains(blocks: Sequence[Block]) -> list[list[int]]:
    """Every numbered run 1..N (N >= 2), as block indices.

    Built in one pass: an item numbered k continues the most recent item numbered k-1 of the
    same look that has not been continued yet (so a sub-list inside a point, an earlier short
    list, or the chapters around outline-numbered points do not steal a list's numbers). A
    numbered title heading first looks for one of its own level, then for one of any level.
    When every item k-1 was continued already, the latest one is continued again (a fork: both
    runs are kept, as alternatives).
    """
    open_ends: dict[tuple[object, ...], list[_Node]] = {}
    latest: dict[tuple[object, ...], _Node] = {}
    nodes: list[_Node] = []
    continued: set[int] = set()
    item_depths: set[int] = set()  # the depths numbered items were met at
    ones = 0  # items numbered "1." one right after the other, so far
    for i, b in enumerate(blocks):
        k = b.number
        if k is None or b.kind not in (BlockKind.NUMBERED, BlockKind.HEADING):
            ones = 0
            continue
        style = _style(b)
        # Markdown numbers a list from its first item and reads the others' numbers not at all:
        # "1. 1. 1." (as many editors write it) shows as 1, 2, 3, and is read so here.
        follows = (
            ones
            and b.kind is BlockKind.NUMBERED
            and k == 1
            and _style(blocks[i - 1]) == style
            and blocks[i - 1].level == b.level
        )
        ones = ones + 1 if follows else int(b.kind is BlockKind.NUMBERED and k == 1)
        if follows:
            k = ones
        keys: list[tuple[object, ...]]
        if b.kind is BlockKind.NUMBERED:
            keys = [("item", style, b.level)]  # a point inside a point is not the next point
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            if after is not None and after.kind is BlockKind.PARAGRAPH and _title_like(b.text, 120, 16):
                keys.append(("title", style))  # a title over its text: a heading by its look
        else:
            keys = [("heading", b.level, style)]
            # (a heading numbered as a list's item is, "2. Laat u ... informeren", looked at by its
            # words; not a chapter's "4 Procedures")
            marker = b.marker.strip()
            item_like = marker[-1:] in (".", ")") and style == "arabic" and b.text.startswith(marker)
            if _title_like(b.text[len(marker) :].lstrip() if item_like else b.text, 120, 16):
                keys.append(("title", style))
        inserted = INSERTED_MARK.match(b.marker.strip()) is not None  # "3a." goes on from 3, and 4 from it
        before = k if inserted else k - 1
        if before == 0:
            node = _Node(i, 1)
        else:
            pred: _Node | None = None
            for key in keys:
                stack = _open(open_ends.get((before, *key)), continued)
                if stack:
                    pred = stack.pop(_written_alike(blocks, stack, b, continued))
                    break
            if pred is None and b.kind is BlockKind.NUMBERED:
                # No item k-1 as deep: one at another depth (a page laid out further in, or a
                # list whose items are indented unevenly) goes on with the list all the same.
                for depth in sorted(item_depths - {b.level}, key=lambda d: (abs(d - b.level), d)):
                    stack = _open(open_ends.get((before, "item", style, depth)), continued)
                    if stack:
                        pred = stack.pop()
                        break
            if pred is None:
                pred = latest.get((before, *keys[0]))
            if pred is None and before > 1 and not inserted and _stands_out(b, keys):
                # No point k-1 anywhere: one was struck out and the others kept their numbers
                # ("Er is dus geen uitgangspunt 4"). A point that stands out by its label or as a
                # title goes on from a list of the same look that reached k-2. Labelled with its
                # kind in words, from one that reached any lower number: a reply to some of a
                # document's points under their own labels ("Uitgangspunt 1", "Uitgangspunt 3",
                # "Uitgangspunt 6").
                named = _WORD_LABEL.match(b.marker.strip()) is not None
                for back in range(k - 2, max(0, k - _SKIPPED_AT_MOST - 1) if named else k - 3, -1):
                    stack = _open(open_ends.get((back, *keys[-1])), continued)
                    if stack and (stack[-1].length >= 2 or named):
                        if named and _skipped_is_there(blocks, stack[-1].index, i, back, k):
                            break  # ("Vraag 2" set otherwise, between "Vraag 1" and "Vraag 3"): not skipped
                        pred = stack.pop()
                        break
            if pred is None:
                continue
            continued.add(pred.index)
            node = _Node(i, pred.length + 1, pred)
        for key in keys:
            open_ends.setdefault((k, *key), []).append(node)
            latest[(k, *key)] = node
        if b.kind is BlockKind.NUMBERED:
            item_depths.add(b.level)
        nodes.append(node)
    chains: list[list[int]] = []
    for end in nodes:
        if end.length < 2 or end.index in continued:
            continue
        out: list[int] = []
        walk: _Node | None = end
        while walk is not None:
            out.append(walk.index)
            walk = walk.prev
        chains.append(out[::-1])
    return chains


_WORD_LABEL = re.compile(r"^[^\W\d_]{4,}\s+\d")  # "Uitgangspunt 3", "Aanbeveling 12": a point's kind, then its number
_SKIPPED_AT_MOST = 9  # numbers a labelled point may go on past (those of the points not answered)


def _skipped_is_there(blocks: Sequence[Block], start: int, at: int, low: int, high: int) -> bool:
    """Whether a point labelled with the same word as block ``at`` and numbered between ``low``
    and ``high`` stands between blocks ``start`` and ``at`` (in another look: not skipped)."""
    word = blocks[at].marker.split()[0].casefold()
    return any(
        b.number is not None and low < b.number < high and b.marker.casefold().startswith(word)
        for b in blocks[start + 1 : at]
    )


def _written_alike(blocks: Sequence[Block], stack: list[_Node], block: Block, continued: set[int]) -> int:
    """Which open item ``block`` goes on from: the latest whose number is written as its own is
    ("6" after "5", not after "5."; a chapter's number goes on from a chapter's), else the latest."""
    end = _mark_end(block)
    for k in range(len(stack) - 1, -1, -1):
        if stack[k].index not in continued and _mark_end(blocks[stack[k].index]) == end:
            return k
    return -1


def _mark_end(block: Block) -> str:
    """What a number is written with after it: "." or ")" or ":", or nothing."""
    end = block.marker.strip()[-1:]
    return end if end in ".):" else ""


def _stands_out(block: Block, keys: list[tuple[object, ...]]) -> bool:
    """A numbered point set apart from the text: labelled in words ("Uitgangspunt 5"), a heading,
    or a title over its own text (the keys of ``_chains`` then end in a title's)."""
    return _style(block).startswith("label") or block.kind is BlockKind.HEADING or keys[-1][0] == "title"


def _open(stack: list[_Node] | None, continued: set[int]) -> list[_Node] | None:
    """``stack`` without its items that were continued already (they are dropped from it)."""
    while stack and stack[-1].index in continued:
        stack.pop()
    return stack


def _bullet_lists(blocks: Sequence[Block]) -> list[list[int]]:
    """Every run of at least two bullets; explanations between its items may follow each item,
    a heading or a numbered item ends it."""
    lists: list[list[int]] = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind is not BlockKind.BULLET or (i > 0 and blocks[i - 1].kind is BlockKind.BULLET):
            i += 1
            continue
        # Items marked alike make a list: "- ..." under "ii. ..." are sub-points of it; letters
        # after a dashed line (a table's header row over its lettered rows) a list of their own.
        by_kind: dict[str, list[int]] = {_glyph_kind(blocks[i].marker): [i]}
        counting = _mark_kind(blocks[i].marker) != "glyph"
        j = i + 1
        while j < len(blocks) and blocks[j].kind is not BlockKind.HEADING:
            if blocks[j].kind is BlockKind.BULLET:
                if (
                    blocks[j - 1].kind is BlockKind.PARAGRAPH
                    and (blocks[j - 1].text.endswith(":") or _motion_lead(blocks[j - 1].text))
                    # (dashes a lettered point's own text introduces, "a. ..." / "Dit betekent:" /
                    # "- ...", then "b. ...": its sub-points, the letters go on after them)
                    and not (
                        counting
                        and j - 1 > i
                        and _mark_kind(blocks[j].marker) == "glyph"
                        and _letters_go_on(blocks, i, j)
                    )
                ):
                    break  # a new lead-in: a new list (a motion's "overwegende dat", "verzoekt het college")
                if " | " in blocks[j].text and " | " not in blocks[i].text and sum(map(len, by_kind.values())) >= 2:
                    break  # a table's rows after a list (a Word table read as "- cell | cell": its signatures)
                by_kind.setdefault(_glyph_kind(blocks[j].marker), []).append(j)
            elif blocks[j].kind is BlockKind.PARAGRAPH and (closing(blocks[j].text) or blocks[j].text == "--"):
                break  # a letter's greeting or an e-mail's signature: its dashes are no points
            elif blocks[j].kind is BlockKind.NUMBERED and blocks[j].level == 0:  # not a bullet's sub-point
                # "A. ..." / its text "Dit betekent concreet:" / "1. ... 3." / "B. ...": the numbers
                # are A's own, introduced inside it; a lettered list goes on after them
                if not (counting and _introduced_inside(blocks, i, j)):
                    break
                while j + 1 < len(blocks) and blocks[j + 1].kind in (BlockKind.NUMBERED, BlockKind.PARAGRAPH):
                    if blocks[j + 1].kind is BlockKind.PARAGRAPH and blocks[j].kind is BlockKind.PARAGRAPH:
                        break  # two paragraphs after the numbers: the lettered list does not go on
                    j += 1
            j += 1
        first, *others = by_kind.items()
        for _kind, items in [first, *((k, v) for k, v in others if not k.startswith("glyph"))]:
            if len(items) >= 3 and _column_names(blocks, items):
                items = items[1:]  # a table's header row names its columns: no item of the table
            if len(items) >= 2:
                lists.append(items)
        i = j
    return lists


_POINT_REACH = 200  # blocks a point's own text and sub-points may take before the next point


def _letters_go_on(blocks: Sequence[Block], first: int, at: int) -> bool:
    """Whether a point marked as the list at ``first`` is ("b." after "a.") follows ``at`` before
    the next heading: what stands between belongs to the point before it."""
    kind = _glyph_kind(blocks[first].marker)
    for k in range(at + 1, min(len(blocks), at + _POINT_REACH)):
        if blocks[k].kind is BlockKind.HEADING:
            return False
        if blocks[k].kind is BlockKind.BULLET and _glyph_kind(blocks[k].marker) == kind:
            return True
    return False


def _introduced_inside(blocks: Sequence[Block], first: int, at: int) -> bool:
    """Whether the numbered item ``at`` opens a sub-list of a lettered list's item: the paragraph
    right before it ends with a colon ("Dit betekent concreet:") and stands after the list's
    first item, and the item it belongs to is a letter's."""
    before = blocks[at - 1]
    return (
        at - 1 > first and before.kind is BlockKind.PARAGRAPH and before.text.endswith(":") and blocks[at].number == 1
    )


_HEADER_CELL_CHARS = 30  # a column's name: a word or three ("Uitgangspunt", "Toelichting")
_DATA_CELL_CHARS = 60  # a cell of the rows under it that holds text, not a name


def _column_names(blocks: Sequence[Block], items: list[int]) -> bool:
    """Whether the first of a table's rows (items "cell | cell", as the reader writes a table)
    names the columns: cells of a few words with no full stop, over rows with text in them."""
    names = blocks[items[0]].text.split(" | ")
    if len(names) < 2 or any(len(c) > _HEADER_CELL_CHARS or len(c.split()) > 3 or c.endswith(".") for c in names):
        return False
    rows = [blocks[i].text.split(" | ") for i in items[1:]]
    return all(len(r) == len(names) for r in rows) and any(len(c) > _DATA_CELL_CHARS for r in rows for c in r)


def _decided_paragraphs(blocks: Sequence[Block]) -> list[tuple[int, list[int]]]:
    """A decision whose points are paragraphs, Word's numbering lost: "De raad wordt voorgesteld te
    besluiten:" over "kennis te nemen van ...;" / "in te stemmen met ...;" / ... "te verwerken in
    ... ." (each in lower case, ending in a semicolon, the last in a full stop)."""
    out: list[tuple[int, list[int]]] = []
    for i, b in enumerate(blocks):
        if b.kind is not BlockKind.PARAGRAPH or not b.text.endswith(":") or not _DICTUM.search(b.text[-120:]):
            continue
        items: list[int] = []
        for k in range(i + 1, min(len(blocks), i + 1 + _DECIDED_MAX)):
            text = blocks[k].text
            if (
                blocks[k].kind is not BlockKind.PARAGRAPH
                or not text[:1].islower()
                or not text.endswith((";", ".", "; en"))
            ):
                break
            items.append(k)
            if text.endswith("."):
                break
        if len(items) >= 2:
            out.append((i, items))
    return out


_DECIDED_MAX = 20  # paragraphs of a decision at most


def _lone_points(blocks: Sequence[Block], found: Sequence[_List], over: Sequence[int | None]) -> list[tuple[int, str]]:
    """A point numbered 1 with no 2 after it, named as the one principle by the lead-in just
    before it or the heading over it (with at most that lead-in between): "Uitgangspunt" /
    "Voor de verlenging geldt één uitgangspunt:" / "1. Continuïteit van zorg". A list of one,
    chosen only when no other list can be. Each with what names it: the lead-in, else the heading."""
    in_runs = {i for f in found for i in f.items}
    out: list[tuple[int, str]] = []
    for i, b in enumerate(blocks):
        if b.kind is BlockKind.HEADING and b.number is None and i > 0 and i not in in_runs:
            # the point's title as a heading of its own right under the word alone: "Het
            # uitgangspunt" / "Eén inzamelsysteem voor de hele regio" / its explanation
            above = blocks[i - 1]
            if (
                above.kind is BlockKind.HEADING
                and above.level < b.level
                and _ONE_PRINCIPLE.match(above.text.strip())
                and i + 1 < len(blocks)
                and blocks[i + 1].kind is BlockKind.PARAGRAPH
                and _title_like(b.text, 160, 20)
            ):
                out.append((i, above.text))
            continue
        if b.kind is not BlockKind.NUMBERED or b.number != 1 or b.level or i in in_runs:
            continue
        if not _title_like(_bare_title(b), 160, 20):
            continue
        heading = over[i]
        before = blocks[i - 1] if i > 0 else None
        lead = (
            before is not None
            and before.kind is BlockKind.PARAGRAPH
            and before.text.endswith(":")
            and _ONE_PRINCIPLE.search(before.text)
        )
        named = heading is not None and i - heading <= 2 and _ONE_PRINCIPLE.search(blocks[heading].text.strip())
        if lead and before is not None:
            out.append((i, before.text))
        elif named and heading is not None:
            out.append((i, blocks[heading].text))
    return out if len(out) == 1 else []  # several such points: none is "the one"


_LOWER_MARK = re.compile(r"^\(?[a-z]{1,4}[.)]$")  # "a.", "(b)", "iv."
_UPPER_MARK = re.compile(r"^\(?[A-Z]{1,4}[.)]$")


def _lettered_run(blocks: Sequence[Block], items: list[int]) -> bool:
    """Three or more points lettered "A.", "B.", "C.", ... (or "a)", "b)", ...) in turn from the
    first letter: a list by its marks alone, as "1.", "2.", "3." are."""
    letters = [blocks[i].marker.strip().strip("().").lower() for i in items]
    return len(letters) >= 2 and letters == [chr(ord("a") + k) for k in range(len(letters))]


def _counting(blocks: Sequence[Block], f: _List) -> bool:
    """Whether a list's marks count ("a.", "b.", "c."; "i.", "ii."), as numbers do: not glyphs."""
    return all(_mark_kind(blocks[i].marker) != "glyph" for i in f.items)


_SUB_GLYPHS = frozenset("o◦▪–-")  # the marks a word processor gives a list's second level


def _glyph_kind(marker: str) -> str:
    """:func:`_mark_kind`, a glyph of a list's second level told apart ("•" over its "o" points)."""
    kind = _mark_kind(marker)
    return "glyph-sub" if kind == "glyph" and marker.strip() in _SUB_GLYPHS else kind


def _mark_kind(marker: str) -> str:
    """What kind of mark a bullet has: letters or Roman numerals (lower or upper case), which
    count, or a glyph ("-", "•"), which does not. Points marked one way have their sub-points
    marked another."""
    marker = marker.strip()
    if _LOWER_MARK.match(marker):
        return "lower"
    if _UPPER_MARK.match(marker):
        return "upper"
    return "glyph"


_COUNT_WORDS = (
    "twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien "
    "achttien negentien twintig"
).split()


def _numbers_named(text: str) -> set[int]:
    """The numbers a text names, in digits or in words ("vijf", "8")."""
    words = re.findall(r"\w+", text.casefold())
    return {int(w) if w.isdecimal() else _COUNT_WORDS.index(w) + 2 for w in words if w.isdecimal() or w in _COUNT_WORDS}


def _counts(text: str, size: int) -> bool:
    """Whether a heading names how many points stand under it ("Onze vijf principes", "De 5
    uitgangspunten")."""
    return size in _numbers_named(text)


# A heading on several points by their numbers: "Uitgangspunten 1 en 2", "Principes 5 tot en met 7".
_SEVERAL_POINTS = re.compile(
    r"^(?:uitgangspunten|principes|beginselen|kaderpunten|kaders|punten|principles)\s+\d", re.I
)


def _named_headings(blocks: Sequence[Block], over: Sequence[int | None]) -> list[tuple[int, list[int]]]:
    """The unnumbered headings right under a heading that names the principles ("Uitgangspunten"
    over "Zorg dichtbij", "Eén gezin, één plan", ...), with that heading: a framework written as
    a chapter per point. Only where none of them is numbered (numbered ones are runs already)."""
    children: dict[int, list[int]] = {}
    for i, b in enumerate(blocks):
        parent = over[i]
        if b.kind is BlockKind.HEADING and parent is not None:
            children.setdefault(parent, []).append(i)
    out: list[tuple[int, list[int]]] = []
    for parent, items in children.items():
        if not _PRINCIPLES_WORDS.search(blocks[parent].text) or any(blocks[i].number is not None for i in items):
            continue
        if any(_SEVERAL_POINTS.match(blocks[i].text) for i in items):
            continue  # the explanation of the points, by their numbers ("Uitgangspunten 1 en 2: indexatie")
        level = min(blocks[i].level for i in items)
        items = [i for i in items if blocks[i].level == level]
        # (a heading may end in a full stop: "Scheiden aan de bron.", a bold title over its text)
        if len(items) >= 2 and all(_title_like(blocks[i].text.removesuffix("."), 120, 16) for i in items):
            out.append((parent, items))
    return out


# A source in a list of literature: "Nederlands Jeugdinstituut (2022). Wachttijden ...",
# "Berenschot (2021), Evaluatie ...", "VNG, 2020. ...".
_CITATION = re.compile(r"^[^()\n]{2,120}?(?:\(\d{4}[a-z]?\)|,\s*\d{4}[a-z]?)\s*[.,:]")


def _references(blocks: Sequence[Block], items: list[int]) -> bool:
    """A numbered run of mostly sources with their year is a list of literature."""
    cited = sum(1 for i in items if _CITATION.match(_bare_title(blocks[i])))
    return cited >= 2 and cited * 3 >= 2 * len(items)


_MILESTONE_WORDS = 25  # a step of a planning is a line ("sluiting van de inschrijving: 10 juni 2025")


def _schedule(blocks: Sequence[Block], items: list[int]) -> bool:
    """A list of three or more short items that each name a date or a time of year is a planning
    ("publicatie op TenderNed: 15 april 2025", "voorlopige gunning: september 2025"), not points."""
    return len(items) >= 3 and all(
        names_a_moment(blocks[i].text) and len(blocks[i].text.split()) <= _MILESTONE_WORDS for i in items
    )


# What a letter sends along: "Bijlagen:", "Bijlage(n)", "Bijgevoegd", "Meegezonden stukken".
_ATTACHMENTS = re.compile(
    r"^(?:bijlagen?(?:\(n\))?|bijgevoegd(?:e\s+stukken)?|meegezonden(?:\s+stukken)?|meegestuurde\s+stukken"
    r"|ter\s+inzage(?:\s+gelegde\s+stukken)?|attachments?|enclosures?)\s*:?$",
    re.IGNORECASE,
)


# A summary in another language: "Annex – English summary", "Summary in English", "Vertaling".
_TRANSLATION = re.compile(r"\b(?:english|engelse?|in\s+het\s+engels|vertaling|translation|deutsch|duitse?)\b", re.I)


def _translated(blocks: Sequence[Block], first: int, over: Sequence[int | None]) -> bool:
    """A list under a heading that names it a translation ("Annex – English summary"): the
    principles once more, in another language, not the document's own."""
    heading = over[first]
    return heading is not None and _TRANSLATION.search(blocks[heading].text) is not None


def _attachments(blocks: Sequence[Block], first: int, over: Sequence[int | None]) -> bool:
    """A list right under "Bijlagen" (its heading, or a line of its own just above it) is what the
    letter sends along."""
    heading = over[first]
    places = [first - 1] if first > 0 and blocks[first - 1].kind is BlockKind.PARAGRAPH else []
    if heading is not None and first - heading <= 2:
        places.append(heading)
    return any(_ATTACHMENTS.match(blocks[i].text.strip()) for i in places)


def _chapters(blocks: Sequence[Block], items: list[int]) -> bool:
    """A numbered run of mostly the usual chapter names is the document's structure."""
    generic = sum(1 for i in items if generic_chapter(_bare_title(blocks[i])))
    return generic >= 2 and generic * 5 >= 2 * len(items)


def _bare_title(block: Block) -> str:
    text = block.text
    if block.marker and text.startswith(block.marker):
        text = text[len(block.marker) :]
    return text.strip()


# The word a point's label names its kind by: "Ambitie 3.", "Uitgangspunt 2:", "Kader 4 –" (one
# of the reader's point words: a label is read only with one of them).
_LABEL_WORD = re.compile(r"^([^\W\d_]{4,}|Ad)\s+\S+$")  # ("Ad 1.", "Ad a)": a reaction to each point in turn)
_AD_REACH = 200  # blocks looked back for the list that "Ad 1." ... "Ad 6." explain
_PRINCIPLE_LABELS = frozenset({"uitgangspunt", "principe", "beginsel", "kaderpunt", "principle"})
_GENERIC_LABELS = frozenset({"punt", "artikel"})


def _own_labels(blocks: Sequence[Block], items: list[int], intro: _Intro) -> _Intro:
    """A list whose every point is labelled with the word for its kind ("Ambitie 1." ... "Ambitie
    6.") names itself: as the principles or as a named list, as a lead-in with that word would,
    when nothing introduces it more clearly."""
    words = {m.group(1).casefold() if (m := _LABEL_WORD.match(blocks[i].marker.strip())) else "" for i in items}
    if len(words) != 1 or "" in words or intro.tier >= LISTED:
        return intro
    word = words.pop()
    if word in _GENERIC_LABELS:  # "Punt 3", "Artikel 2": any list's, naming nothing
        return intro
    if word == "ad" and any(
        b.kind is BlockKind.NUMBERED and b.number == len(items) and not b.marker.startswith("Ad")
        for b in blocks[max(0, items[0] - _AD_REACH) : items[0]]
    ):
        return intro  # "Ad 1." ... under the list they explain ("Onze adviezen in het kort: 1. ...")
    if word in _PRINCIPLE_LABELS:
        named = _Intro(NAMED, "named_principles")
    else:  # the other words a label names a framework's points by ("Ambitie", "Bouwsteen", "Kader")
        named = _Intro(LISTED, "named_list")
    return replace(
        named, text=blocks[items[0]].marker.strip(), lead=intro.lead, elsewhere=intro.elsewhere, labelled=True
    )


def _never_the_points(
    blocks: Sequence[Block], items: list[int], intro: _Intro, over: Sequence[int | None], *, numbered: bool
) -> str:
    """Why a list is never the principles (its ``blocked`` reason), or "": a motion's
    considerations, the document's chapters or sources (numbered lists), a planning, the
    attachments, a translation."""
    if intro.tier < 0:
        return "considerations"
    if numbered and _chapters(blocks, items):
        return "chapters"
    if numbered and _references(blocks, items):
        return "references"
    if _schedule(blocks, items):
        return "schedule"
    if _attachments(blocks, items[0], over):
        return "attachments"
    if _translated(blocks, items[0], over):
        return "translation"
    if _set_aside(blocks, items[-1]):
        return "not_asked"
    return ""


# What a document says right after a list that it does not ask about: "Deze keuzes staan niet
# ter discussie", "Hierover vragen wij geen zienswijze".
_NOT_ASKED = re.compile(
    r"\bniet\s+ter\s+(?:discussie|bespreking)\b|\bvragen\s+wij\s+(?:u\s+)?geen\s+(?:zienswijze|reactie|mening)\b"
    # "Wij vragen u niet om over elk van deze pijlers afzonderlijk te besluiten"
    r"|\bvragen\s+(?:wij\s+)?u\s+niet\s+(?:om\s+)?(?:over|op|in\s+te\s+gaan)",
    re.IGNORECASE,
)


def _set_aside(blocks: Sequence[Block], last: int) -> bool:
    """Whether the paragraph right after a list's last point (and its text) sets it aside."""
    following = blocks[last + 1] if last + 1 < len(blocks) else None
    return (
        following is not None
        and following.kind is BlockKind.PARAGRAPH
        and _NOT_ASKED.search(_SENTENCE_END.split(following.text[: _LEAD_IN_MAX * 2], 1)[0]) is not None
    )


_ANY_LEVEL = 99  # deeper than any heading


def _part_name(block: Block) -> str:
    """A heading's words before a colon, as a point's recurring part is named ("Advies: ...")."""
    return " ".join(block.text.split(":", 1)[0].split()).casefold()


def _cut_at_chapters(
    blocks: Sequence[Block], chains: Iterable[list[int]], over: Sequence[int | None]
) -> Iterator[list[int]]:
    """The numbered runs, each cut where it runs on into another chapter:

    * into a chapter named as the principles: Word numbers on across lists ("1. 2. 3." under
      "1.1 Aanleiding", "4. ... 10." under "3. Uitgangspunten"), the points after that heading
      are the principles, the rest another list. A run under a heading that names the
      principles itself is left whole (points numbered on under their themes' headings);
    * past two chapters or more: a summary's "1." to "6." and a table's row "7." five chapters
      on are no one list (a run numbered on under its themes crosses one heading at a time).
      A heading met under more than one of its points is each point's own part, no chapter
      ("Beslispunt 1" / "Reactie van het college" / "Advies: overnemen", "Beslispunt 2" / ...)."""
    headings = [i for i, block in enumerate(blocks) if block.kind is BlockKind.HEADING]
    names: dict[int, str] = {}

    def between(a: int, b: int) -> list[int]:  # the headings between blocks a and b (not the blocks)
        return headings[bisect_right(headings, a) : bisect_left(headings, b)]

    def name(i: int) -> str:
        if i not in names:
            names[i] = _part_name(blocks[i])
        return names[i]

    for items in chains:
        first = over[items[0]]
        named = first is not None and _PRINCIPLES_WORDS.search(blocks[first].text) is not None
        level = blocks[first].level if first is not None else _ANY_LEVEL  # no heading over it: any counts
        seen: dict[str, int] = {}  # a heading's words before a colon: under how many of the points
        for a, b in pairwise(items):
            for words in {name(i) for i in between(a, b)}:
                seen[words] = seen.get(words, 0) + 1
        cut = None
        for k in range(1, len(items)):
            if blocks[items[k]].kind is not BlockKind.NUMBERED:
                continue
            h = over[items[k]]
            if not named and h is not None and items[k - 1] < h < items[k] and _PRINCIPLES_WORDS.search(blocks[h].text):
                cut = k
                break
            chapters = sum(1 for i in between(items[k - 1], items[k]) if blocks[i].level <= level and seen[name(i)] < 2)
            if chapters >= 2:
                cut = k
                break
        if cut is None:
            yield items
            continue
        for part in (items[:cut], items[cut:]):
            if len(part) >= 2:
                yield part


_RESTART_GAP = 3  # paragraphs between a list's last point and its numbering begun anew, at most
_RUNNING_HEADER_CHARS = 200  # a page's running header: a line or two


def _restarted(blocks: Sequence[Block], chains: list[list[int]]) -> tuple[list[list[int]], set[int]]:
    """Lists whose numbering began anew on the next page (a word processor's list cut by a page
    break: points 5 to 7 numbered 1 to 3), each joined to the list it goes on from, beside the
    two parts. Joined only when nothing but a page break, the last point's text, footnotes and a
    running header (a heading met before) stand between: no heading of its own, no other item,
    no sentence announcing a list. Returns the joined runs
    and the first item of each part numbered anew (called by its place from there on)."""
    ends: dict[int, list[list[int]]] = {}
    for chain in chains:
        ends.setdefault(chain[-1], []).append(chain)
    starts = [c for c in chains if blocks[c[0]].number == 1 and _style(blocks[c[0]]) == "arabic"]
    joined: list[list[int]] = []
    restarts: set[int] = set()
    seen: dict[str, int] = {}  # each short text's first block: a heading met again is the page's running header
    for i, b in enumerate(blocks):
        if len(b.text) <= _RUNNING_HEADER_CHARS:
            seen.setdefault(" ".join(b.text.split()).casefold(), i)
    for second in sorted(starts, key=lambda c: c[0]):
        first_item = blocks[second[0]]
        last = second[0] - 1
        while last >= 0 and second[0] - last <= _RESTART_GAP + 1:
            between = blocks[last]
            running = (
                between.kind is BlockKind.HEADING
                and len(between.text) <= _RUNNING_HEADER_CHARS
                and seen[" ".join(between.text.split()).casefold()] < last
            )
            if (between.kind is not BlockKind.PARAGRAPH and not running) or between.text.rstrip().endswith(":"):
                break
            last -= 1
        if last < 0 or last not in ends:
            continue
        if not any(blocks[i].paged for i in range(last + 1, second[0] + 1)):
            continue
        before = blocks[last]
        if (before.kind, before.level, _style(before)) != (first_item.kind, first_item.level, "arabic"):
            continue
        if _title_like(before.text, 120, 16) != _title_like(first_item.text, 120, 16):
            continue
        for first in [f for f in ends[last] if len(f) >= 2]:
            whole = first + _within(blocks, chains, first, second)
            joined.append(whole)
            ends.setdefault(whole[-1], []).append(whole)  # (to go on from after the next page)
            restarts.add(second[0])
    return joined, restarts


def _outer_numbers(blocks: Sequence[Block], runs: Iterable[list[int]], before: int, like: int) -> set[int]:
    """The last numbers of the runs that end right before block ``before`` (at most their last
    point's text between) and are numbered and set as block ``like`` is: the chapter a list stands
    in ("3. Kaders" before its points), whose next number is the next chapter, not a point."""
    look = (blocks[like].kind, blocks[like].level, _style(blocks[like]))
    return {
        n
        for run in runs
        if run[-1] < before
        and (n := blocks[run[-1]].number) is not None
        and (blocks[run[-1]].kind, blocks[run[-1]].level, _style(blocks[run[-1]])) == look
        and all(blocks[i].kind is BlockKind.PARAGRAPH for i in range(run[-1] + 1, before))
    }


def _within(blocks: Sequence[Block], chains: list[list[int]], first: list[int], second: list[int]) -> list[int]:
    """The part of a list numbered anew that still belongs to it: up to the number that goes on
    from the chapter the whole list stands in, numbered alike ("3. Kaders", its points 1 to 4,
    on the next page 1 to 3, then "4. Argumenten")."""
    outer = _outer_numbers(blocks, chains, first[0], first[0])
    for n, i in enumerate(second):
        number = blocks[i].number
        if n and number is not None and number - 1 in outer:
            return second[:n]
    return second


def _lists(blocks: Sequence[Block]) -> list[_List]:
    found: list[_List] = []
    over = _headings_over(blocks)
    chains = _chains(blocks)
    joined, restarts = _restarted(blocks, chains)
    for items in _cut_at_chapters(blocks, chains + joined, over):
        intro = _own_labels(blocks, items, _introduction(blocks, items[0], over))
        if intro.reason == "named_principles" and len(items) >= 3 and _PRINCIPLES_WORDS.search(blocks[items[-1]].text):
            # the principles, then a last paragraph on them all ("4.6 Samenhang tussen de uitgangspunten")
            items = items[:-1]
        headings = sum(1 for i in items if blocks[i].kind is BlockKind.HEADING)
        renumbered = next((n for n, i in enumerate(items[1:], start=2) if i in restarts), len(items) + 1)
        entry = _List(
            form="headings" if headings * 2 > len(items) else "numbered",
            items=items,
            intro=intro,
            labels=[str(n) if n >= renumbered else _label(blocks[i], n) for n, i in enumerate(items, start=1)],
        )
        entry.blocked = _never_the_points(blocks, items, intro, over, numbered=True)
        found.append(entry)
    for items in _bullet_lists(blocks):
        first = items[0]
        if first > 0 and blocks[first - 1].kind is BlockKind.BULLET and " | " in blocks[first - 1].text:
            first -= 1  # a table's rows under their column names: what introduces the table introduces them
        intro = _introduction(blocks, first, over)
        lettered = _lettered_run(blocks, items)
        if intro.tier == NONE and not lettered and (named_before := _counted_before(blocks, items)) is not None:
            intro = named_before  # "... leggen wij u de vier uitgangspunten voor ... . Wij stellen het op prijs ..."
        if intro.tier == NONE and not lettered:
            continue  # bullets nobody introduced as a list: part of the prose
        entry = _List("bullets", items, intro, [_label(blocks[i], n) for n, i in enumerate(items, start=1)])
        entry.lettered = lettered
        entry.blocked = _never_the_points(blocks, items, intro, over, numbered=False)
        found.append(entry)
    for lead, items in _decided_paragraphs(blocks):  # a decision's points as paragraphs, their numbers lost
        found.append(
            _List(
                "bullets",
                items,
                _Intro(DICTUM, "dictum", blocks[lead].text),
                [str(n) for n in range(1, len(items) + 1)],
            )
        )
    for parent, items in _named_headings(blocks, over):
        intro = _Intro(NAMED, "named_principles", blocks[parent].text)
        # a fallback, unless the heading counts them ("Onze vijf principes" over five headings)
        counted = _counts(blocks[parent].text, len(items))
        entry = _List("headings", items, intro, [str(n) for n in range(1, len(items) + 1)], fallback=not counted)
        if _chapters(blocks, items):
            entry.blocked = "chapters"
        found.append(entry)
    _holding_the_principles(blocks, found)
    for f in found:
        f.inner = False
    for f in _inner_lists(blocks, [f for f in found if f.choosable and not f.groups]):
        f.inner = True
    found.extend(_numbered_on_themes(blocks, found))
    found.extend(_grouped(blocks, [f for f in found if not f.inner], over))
    found.extend(_themed(blocks, found, over))
    found.extend(_under_their_headings(blocks, found, over))
    for i, name in _lone_points(blocks, found, over):  # (never grouped: a list of one is no list beside others)
        intro = _Intro(NAMED, "named_principles", name)
        found.append(_List("numbered", [i], intro, [_label(blocks[i], 1)], fallback=True))
    return found


def _holding_the_principles(blocks: Sequence[Block], found: list[_List]) -> None:
    """A document's chapters ("1. Waarom een nieuw kader?", "2. Wat hebben we opgehaald?", "3.
    Onze principes", "4. Financiën"): numbered headings, one of which names the principles and
    holds a list of its own under it. They are the chapters (blocked), not the principles."""
    starts = sorted(f.items[0] for f in found)
    for f in found:
        if f.form != "headings" or f.blocked or f.size < 3:
            continue
        for n, i in enumerate(f.items):
            if not _PRINCIPLES_WORDS.search(blocks[i].text):
                continue
            end = f.items[n + 1] if n + 1 < f.size else len(blocks)
            level = blocks[i].level  # the last chapter ends where a heading as high or higher starts
            end = next(
                (k for k in range(i + 1, end) if blocks[k].kind is BlockKind.HEADING and blocks[k].level <= level), end
            )
            at = bisect_right(starts, i)
            if at < len(starts) and starts[at] < end and not any(g.items[0] == i for g in found if g is not f):
                f.blocked = "chapters"
                break


def _themed(blocks: Sequence[Block], found: list[_List], over: Sequence[int | None]) -> list[_List]:
    """Points numbered anew under each of a run of headings ("Thema A – Een sterke basis" over
    "1. ... 3.", "Thema B – ..." over "1. 2."): the points of all themes, in order, each labelled by
    its theme ("A.1"), as the headings' own list is introduced. Each heading of the run has a
    numbered list from 1 of its own right under it (at most a paragraph between)."""
    # (a theme's points may be headings themselves, a level deeper: "Thema A" over "1. Een rookvrije
    # generatie"; or lettered anew: "3.1 Aangaan" over "a. b. c.", "3.2 Sturing" over "a. ... d.")
    # (a theme's run may number on into the chapters after the last theme, "3." then "4. Financiën":
    # a run set aside as chapters is a theme's points up to the next theme all the same)
    starts = {
        f.items[0]: f
        for f in found
        if (f.form in ("numbered", "headings") or f.lettered)
        and (f.choosable or f.blocked == "chapters")
        and not f.groups
    }
    out: list[_List] = []
    for headings in found:
        if headings.groups or headings.size < 2 or not headings.choosable:
            continue
        if headings.form != "headings" and not (headings.lettered and _titles_only(blocks, headings)):
            continue  # (themes lettered as a list, "A.  Sturing" / "1. ..." / "B.  Informatievoorziening")
        parts: list[_List] = []
        for n, h in enumerate(headings.items):
            end = headings.items[n + 1] if n + 1 < headings.size else len(blocks)
            first = next((i for i in range(h + 1, min(h + 3, end)) if i in starts), None)
            if first is None:
                break
            part = starts[first]
            if not (blocks[first].number == 1 or part.labels[0] in ("a", "A")):
                break
            if part.items[-1] >= end or not part.choosable:
                # numbered on past the next theme, or after the last one into the chapters after
                # it ("3." then "4. Financiën", going on from the chapter "3. Onze koers")
                kept = [
                    k
                    for k, i in enumerate(part.items)
                    if i < end and not (k and i in _chapters_going_on(blocks, found, headings.items[0], part))
                ]
                kept = kept[: next((n for n, k in enumerate(kept) if k != n), len(kept))]  # (up to the first cut)
                if len(kept) < 1:
                    break
                part = replace(part, items=[part.items[k] for k in kept], labels=[part.labels[k] for k in kept])
                part.blocked = ""
            if (
                part.form == "headings"
                and blocks[first].level <= blocks[h].level
                and _style(blocks[first]) == _style(blocks[h])
            ):
                break  # the next heading of the run, not a point under it ("Thema B" is no "1.")
            if any(blocks[i].kind is BlockKind.HEADING for i in range(h + 1, first)):
                break
            parts.append(part)
        if len(parts) < headings.size or sum(p.size for p in parts) <= headings.size:
            continue
        marks = [_group_mark(blocks, part.items[0], over) for part in parts]
        if any(m is None for m in marks) or len(set(marks)) < len(marks):
            marks = [chr(ord("A") + k) if k < 26 else str(k + 1) for k in range(len(parts))]
        items = [i for part in parts for i in part.items]
        labels = [f"{mark}.{label}" for mark, part in zip(marks, parts, strict=True) for label in part.labels]
        out.append(_List("numbered", items, headings.intro, labels, groups=parts))
    return out


_THEME_TITLE_CHARS = 60  # a theme's heading: a few words ("Zorginhoud", "Proces en sturing")


def _under_their_headings(blocks: Sequence[Block], found: list[_List], over: Sequence[int | None]) -> list[_List]:
    """Points numbered (or lettered) anew under each of a run of short headings that follow one
    another ("Zorginhoud" over 1. to 3., "Financiën" over 1. and 2., "Proces en sturing" over 1.
    and 2.; "Programma Jeugd" over a) and b), "Programma Wmo" over a) to c)),
    no list of headings of their own (:func:`_themed` takes those): all of them, in order, each
    labelled by its theme ("B.2"). Each list starts right under its heading, and nothing but its
    own points and their text stands before the next heading; a heading naming its list as a
    kind of its own ("Risico's", "Bijlagen") is no theme."""
    starts = sorted(
        (
            f
            for f in found
            if f.choosable
            and not f.groups
            and (
                (f.form == "numbered" and blocks[f.items[0]].number == 1) or (f.lettered and f.labels[0] in ("a", "A"))
            )
        ),
        key=lambda f: f.items[0],
    )
    out: list[_List] = []
    run: list[_List] = []

    def close() -> None:
        if len(run) >= 2:
            marks = [_group_mark(blocks, part.items[0], over) for part in run]
            if any(m is None for m in marks) or len(set(marks)) < len(marks):
                marks = [chr(ord("A") + k) if k < 26 else str(k + 1) for k in range(len(run))]
            items = [i for part in run for i in part.items]
            labels = [f"{mark}.{label}" for mark, part in zip(marks, run, strict=True) for label in part.labels]
            out.append(_List("numbered", items, run[0].intro, labels, groups=list(run)))
        run.clear()

    for part in starts:
        h = part.items[0] - 1
        heading = blocks[h] if h >= 0 else None
        if (
            heading is None
            or heading.kind is not BlockKind.HEADING
            or not _title_like(heading.text, _THEME_TITLE_CHARS, 6)
            or _LIST_WORDS.search(heading.text)
            or _ANNEX.match(heading.text)
            or _PRINCIPLES_WORDS.search(heading.text)
        ):
            close()
            continue
        if run:
            last = run[-1]
            alike = (blocks[last.items[0] - 1].level, _style(blocks[last.items[0]])) == (
                heading.level,
                _style(blocks[part.items[0]]),
            )
            between = range(last.items[-1] + 1, h)
            if not alike or h <= last.items[-1] or any(blocks[i].kind is not BlockKind.PARAGRAPH for i in between):
                close()
        run.append(part)
    close()
    return out


def _chapters_going_on(blocks: Sequence[Block], found: list[_List], before: int, part: _List) -> set[int]:
    """The items of ``part`` whose number goes on from a chapter that ends (its text at most)
    right before block ``before``, numbered and set alike: "4. Financiën" after "3. Onze koers"."""
    outer = _outer_numbers(blocks, (f.items for f in found), before, part.items[0])
    return {i for i in part.items if (n := blocks[i].number) is not None and n - 1 in outer}


def _numbered_on_themes(blocks: Sequence[Block], found: list[_List]) -> list[_List]:
    """Points numbered on under a run of headings, their themes ("Thema A" over "1. 2. 3.",
    "Thema B" over "4. 5. 6."): the points as numbered, introduced as the headings are; the
    headings are their themes, no list of points beside them (blocked)."""
    starts = {f.items[0]: f for f in found if f.form == "numbered" and f.choosable and not f.groups}
    out: list[_List] = []
    for headings in found:
        if headings.groups or headings.size < 2 or not headings.choosable:
            continue
        if headings.form != "headings" and not (headings.lettered and _titles_only(blocks, headings)):
            continue  # (themes lettered as a list, "A.  Sturing" / "1. ..." / "B.  Informatievoorziening")
        run = _numbered_on_under(blocks, headings, starts)
        if run is not None:
            out.append(_List("numbered", run.items, headings.intro, run.labels, themed=True))
            headings.blocked = "themes"
    return out


_THEME_WORDS = 6  # words of a theme's name at most, set as a lettered line over its points


def _titles_only(blocks: Sequence[Block], f: _List) -> bool:
    """Whether every item of a list is a short name, no sentence: a theme's, over points."""
    return all(
        len(blocks[i].text.split()) <= _THEME_WORDS and not blocks[i].text.endswith((".", ";", ":")) for i in f.items
    )


def _numbered_on_under(blocks: Sequence[Block], headings: _List, starts: dict[int, _List]) -> _List | None:
    """The numbered list that runs on under a run of headings, its themes ("Thema A" over "1. 2.
    3.", "Thema B" over "4. 5. 6."): it starts right under the first heading (at most a paragraph
    between), each heading has the next of its points right under it, and it ends in the last
    heading's stretch; None when there is no such list."""
    h0 = headings.items[0]
    first = next((i for i in range(h0 + 1, min(h0 + 3, len(blocks))) if i in starts), None)
    if first is None or blocks[first].number != 1:
        return None
    run = starts[first]
    if run.size <= headings.size:
        return None
    last = headings.items[-1]
    level = blocks[last].level
    end = next(
        (i for i in range(last + 1, len(blocks)) if blocks[i].kind is BlockKind.HEADING and blocks[i].level <= level),
        len(blocks),
    )
    if run.items[-1] >= end:
        return None
    bounds = [*headings.items, end]
    for h, following in zip(bounds, bounds[1:], strict=False):
        under = [i for i in run.items if h < i < following]
        if not under or under[0] > h + 2 or any(blocks[i].kind is BlockKind.HEADING for i in range(h + 1, under[0])):
            return None
    return run


def _grouped(blocks: Sequence[Block], found: list[_List], over: Sequence[int | None]) -> list[_List]:
    """Several numbered lists, each introduced alike as a list or as the operative part of a
    motion ("spreekt uit:", "verzoekt het college:"), taken together, each labelled by its group."""
    out: list[_List] = []
    # A proposal's decision points ("De raad wordt voorgesteld: 1. ... 3.") and the list its text
    # names ("bevat de volgende doelen: 1) ... 6)") stand as high, but are never one list together.
    kinds = {(f.intro.tier, f.intro.reason == "dictum") for f in found if f.intro.tier >= LISTED}
    for level, dictum in sorted(kinds):
        parts = sorted(
            (
                f
                for f in found
                if f.choosable
                and f.form != "bullets"
                and not f.themed
                and f.intro.tier == level
                and not f.intro.labelled  # ("Ambitie 1 uitgewerkt": the points' own sections, later on)
                and (f.intro.reason == "dictum") == dictum
            ),
            key=lambda f: f.items[0],
        )
        out.extend(_group(blocks, parts, over))
    return out


def _group(blocks: Sequence[Block], parts: list[_List], over: Sequence[int | None]) -> list[_List]:
    kept: list[_List] = []
    depth = {id(part): _depth(blocks, part) for part in parts}
    for part in parts:  # a list inside another list's stretch is a sub-list, not a sibling
        if kept and part.items[0] < kept[-1].items[-1]:
            if part.size > kept[-1].size and depth[id(part)] <= depth[id(kept[-1])]:
                kept[-1] = part
            continue
        if kept and depth[id(part)] > depth[id(kept[-1])]:
            continue  # the points inside the last point of the list before it
        kept.append(part)
    if len(kept) < 2:
        return []
    if len(kept) == 2 and _same_points(blocks, *kept):
        return []  # a summary's short list and the points it sums up, further on: one list, twice
    if len({_style(blocks[part.items[0]]) for part in kept}) > 1:
        # numbered each in its own way ("2.1 Indexatie", "2.2 ..." and "Kader 1 –" ... "Kader 6 –"):
        # a chapter's sections and a list of points, not the parts of one list
        return []
    named = {_list_word(part.intro.text) for part in kept}
    if None not in named and len(named) > 1:
        # each named as another kind of list ("3 Speerpunten 2025", "4 Financiële kaders"; "de
        # volgende speerpunten:", "de volgende kaders:"): two lists, not the parts of one
        return []
    own = [part for part in kept if part.intro.lead == NAMED]
    if own and len(own) < len(kept):
        # Under one heading, one list its own sentence calls the principles, and the others no
        # sentence does ("In het kader zijn drie doelen opgenomen:", or a table of contents): the
        # principles are that list, not all of them renumbered together.
        return _group(blocks, own, over) if len(own) > 1 else []
    marks = [_group_mark(blocks, part.items[0], over) for part in kept]
    if any(m is None for m in marks) or len(set(marks)) < len(marks):
        marks = [chr(ord("A") + n) if n < 26 else str(n + 1) for n in range(len(kept))]
    items: list[int] = []
    labels: list[str] = []
    for mark, part in zip(marks, kept, strict=True):
        items.extend(part.items)
        labels.extend(f"{mark}.{label}" for label in part.labels)
    intro = min((p.intro for p in kept), key=lambda i: i.tier)
    return [_List("numbered", items, intro, labels, groups=kept)]


def _same_points(blocks: Sequence[Block], first: _List, second: _List) -> bool:
    """Whether two lists hold the same points, one as a few words and one in full ("gezond
    opgroeien" / "Alle kinderen groeien op in een gezonde en veilige omgeving"): as many items,
    each sharing a word (its stem, or the start of one) with the item in the same place."""
    if first.size != second.size:
        return False
    from raadsviewer.domain.linking import terms

    def near(a: set[str], b: set[str]) -> bool:
        return bool(a & b) or any(
            len(x) >= 4 and len(y) >= 4 and (x.startswith(y) or y.startswith(x)) for x in a for y in b
        )

    return all(
        near(set(terms(blocks[i].text)), set(terms(blocks[j].text)))
        for i, j in zip(first.items, second.items, strict=True)
    )


def _list_word(text: str) -> str | None:
    """The word a lead-in names its list by ("speerpunten", "kaders"), in one form ("kader"), or
    None."""
    found = _LIST_WORDS.search(text) or _PRINCIPLES_WORDS.search(text)
    if found is None:
        return None
    word = found.group(0).casefold().replace("’", "'")
    return word.removesuffix("'s").removesuffix("s") if word.endswith("s") else word


def _group_mark(blocks: Sequence[Block], first: int, over: Sequence[int | None]) -> str | None:
    """The marker of the heading (or short line) that introduces a list: "B", "II", "3"."""
    places = [first - 1] if first > 0 and blocks[first - 1].kind is BlockKind.PARAGRAPH else []
    heading = over[first]
    if heading is not None:
        places.append(heading)
    for i in places:
        roman = blocks[i].marker.strip().rstrip(".)")  # a heading's Roman numeral is its marker, not its text
        if blocks[i].kind is BlockKind.HEADING and _ROMAN_MARK.match(roman):
            return roman
        text = blocks[i].text
        if len(text) <= 80:
            mark = _GROUP_MARK.match(text)
            if mark:
                return mark.group(0)
    return None


# --------------------------------------------------------------------------------------------
# From a list to principles
# --------------------------------------------------------------------------------------------


def _spans(blocks: Sequence[Block], indices: list[int], headings: Sequence[int]) -> list[tuple[int, int]]:
    """Each point runs from its item to just before the next, but stops at a heading: for
    points that are headings themselves, at a heading of the same or higher level; for list
    items, at any heading not below the heading that introduced the list. The last point takes
    no more following paragraphs than the longest earlier point did, so a closing paragraph or
    signature is not swallowed. ``headings``: the indices of the headings among the blocks, in
    order (only they can stop a point: a long text is not walked block by block for each list)."""
    before = bisect_left(headings, indices[0])
    context_level = blocks[headings[before - 1]].level if before else None
    spans: list[tuple[int, int]] = []
    for j, idx in enumerate(indices):
        item = blocks[idx]
        limit = indices[j + 1] if j + 1 < len(indices) else len(blocks)
        end = limit - 1  # up to the next item, unless a heading comes first
        for h in range(bisect_right(headings, idx), len(headings)):
            t = headings[h]
            if t >= limit:
                break
            other = blocks[t]
            if item.kind is BlockKind.HEADING:
                if other.level <= item.level:
                    end = t - 1
                    break
            elif context_level is None or other.level <= context_level:
                end = t - 1
                break
        spans.append((idx, end))
    if len(spans) > 1 and blocks[spans[-1][0]].kind is not BlockKind.HEADING:
        most = max(e - s for s, e in spans[:-1])
        s, e = spans[-1]
        spans[-1] = (s, min(e, s + most))
    s, e = spans[-1]
    for t in range(s + 1, e + 1):  # the last point ends before the letter's closing, or a chapter after it
        other = blocks[t]
        if closing(other.text) or (
            other.kind is BlockKind.HEADING and other.level > blocks[s].level and generic_chapter(other.text)
        ):
            spans[-1] = (s, t - 1)
            break
    return spans


_ENUMERATED = re.compile(r"[;,](?:\s+(?:en|of|and|or))?$")  # a point set off from the next one
_ABBREVIATED = re.compile(r"(?:^|\s)(?:[^\W\d_]{1,4}\.){2,}$")  # "e.v.", "o.a." at the end: its stop is its own


def principles_from_spans(
    blocks: Sequence[Block],
    spans: list[tuple[int, int]],
    labels: list[str],
    keys: list[str] | None = None,
    texts: dict[tuple[int, int], str] | None = None,
) -> tuple[ParsedPrinciple, ...]:
    """The principles of the blocks ``spans`` (first and last block of each). ``texts``: the
    texts of spans made before, shared, so that candidates with the same points (a list and the
    group it is part of) hold their texts once: a point of a long document can run for pages."""
    out: list[ParsedPrinciple] = []
    titles = [span_title(blocks, s, e) for s, e in spans]
    if len(spans) > 1 and all(_ENUMERATED.search(blocks[s].text) for s, _e in spans[:-1]):
        # "a. ...; b. ...; c. ... ." : the full stop after the last point ends the enumeration
        last = titles[-1]
        if last.endswith(".") and not _ABBREVIATED.search(last):
            titles[-1] = last[:-1]
    for position, ((s, e), label, title) in enumerate(zip(spans, labels, titles, strict=True), start=1):
        item = blocks[s]
        known = texts.get((s, e)) if texts is not None else None
        text = known if known is not None else join_span(blocks, s, e)
        if texts is not None and known is None:
            texts[(s, e)] = text
        out.append(
            ParsedPrinciple(
                number=position,
                title=title,
                text=text,
                start=item.start,
                end=blocks[e].end,
                label=label,
                key=keys[position - 1] if keys else str(position),
            )
        )
    return tuple(out)


def _principles(
    blocks: Sequence[Block], found: _List, headings: Sequence[int], texts: dict[tuple[int, int], str]
) -> tuple[ParsedPrinciple, ...]:
    if not found.groups:
        return principles_from_spans(blocks, _spans(blocks, found.items, headings), found.labels, texts=texts)
    spans: list[tuple[int, int]] = []
    for part in found.groups:  # each group's last point stops where its own stretch ends
        spans.extend(_spans(blocks, part.items, headings))
    return principles_from_spans(blocks, spans, found.labels, keys=list(found.labels), texts=texts)


# --------------------------------------------------------------------------------------------
# Ranking
# --------------------------------------------------------------------------------------------


def _mean_length(blocks: Sequence[Block], found: _List) -> float:
    return sum(len(blocks[i].text) for i in found.items) / found.size


def _headings(blocks: Sequence[Block], found: _List) -> int:
    return sum(1 for i in found.items if blocks[i].kind is BlockKind.HEADING)


def _reason(found: _List) -> tuple[str, dict[str, str]]:
    params = {"count": str(found.size), "form": found.form}
    if found.blocked:
        return found.blocked, params
    if found.groups:
        params["lists"] = str(len(found.groups))
        return "several_lists", params
    if found.intro.reason:
        params["name"] = found.intro.text[:80]
        return found.intro.reason, params
    return "longest_run", params


def _confidence(blocks: Sequence[Block], found: _List, tier: float) -> float:
    if found.blocked:
        return 0.05
    if not found.choosable:
        return 0.2
    if tier > COLON:
        value = _BASE_CONFIDENCE.get(tier, 0.5)
    else:
        value = 0.3 + 0.04 * min(found.size, 8)
        if found.intro.tier > COLON and tier == NONE:  # introduced, but much shorter than the longest list
            value -= 0.1
    if _headings(blocks, found) * 2 > found.size:
        value += 0.05
    return value


def _nested(blocks: Sequence[Block], lists: Sequence[_List]) -> set[int]:
    """The lists (their ids) that start inside another numbered (or lettered) list's stretch:
    starts sorted and the furthest end so far kept, instead of comparing every pair (a long text
    has hundreds)."""
    spans = sorted((g.items[0], g.items[-1]) for g in lists if g.form != "bullets" or _counting(blocks, g))
    starts = [start for start, _end in spans]
    furthest: list[int] = []
    for _start, end in spans:
        furthest.append(max(end, furthest[-1]) if furthest else end)
    out = set()
    for f in lists:
        before = bisect_left(starts, f.items[0])  # the lists that start strictly before f
        if before and furthest[before - 1] > f.items[0]:
            out.add(id(f))
    return out


def _depth(blocks: Sequence[Block], f: _List) -> int:
    """How deep a numbered list's items stand (0: not inside another list's point)."""
    if f.form != "numbered":
        return 0
    return min((blocks[i].level for i in f.items if blocks[i].kind is BlockKind.NUMBERED), default=0)


def _inner_lists(blocks: Sequence[Block], lists: Sequence[_List]) -> list[_List]:
    """The lists (ids) that are the points inside another list's points: the point a list's
    first item stands in (the nearest item before it that is not as deep, with no heading
    between) is an item of a list that starts less deep (a page laid out further in may set its
    later points deeper), and what names it names them too (the heading over both:
    "Uitgangspunten" over the points and over their sub-points), or names them no less. The
    points may be bullets. One pass over the list items and headings: a long text has
    thousands of short lists."""
    depths = {id(f): _depth(blocks, f) for f in lists}
    asked = sorted((f.items[0], n) for n, f in enumerate(lists) if depths[id(f)] > 0 and f.intro.text)
    if not asked:
        return []
    holders: dict[int, list[_List]] = {}
    for g in lists:
        if g.form != "headings":
            for i in g.items:
                holders.setdefault(i, []).append(g)
    out: list[_List] = []
    marks = [i for i, b in enumerate(blocks) if b.kind in _MARKS]  # every list's first item among them
    before = [-1] * (MAX_DEPTH + 2)  # per depth d: the latest heading or item less deep than d
    k = 0
    for i in marks:
        while k < len(asked) and asked[k][0] == i:
            f = lists[asked[k][1]]
            k += 1
            depth = min(depths[id(f)], MAX_DEPTH + 1)
            point = before[depth]
            if point >= 0 and blocks[point].kind is not BlockKind.HEADING:
                for g in holders.get(point, ()):
                    named = g.intro.text == f.intro.text or g.intro.tier >= f.intro.tier
                    if g is not f and named and depths[id(g)] < depth:
                        out.append(f)
                        break
        b = blocks[i]
        if b.kind is BlockKind.HEADING:
            before = [i] * (MAX_DEPTH + 2)
        else:  # an item: the point of what stands deeper after it
            for d in range(min(b.level, MAX_DEPTH) + 1, MAX_DEPTH + 2):
                before[d] = i
    return out


_MARKS = (BlockKind.HEADING, BlockKind.NUMBERED, BlockKind.BULLET)


# What a background document's points are named when it has them (its recommendations, decisions
# and agreements are what it says, not points a framework is read against).
_POINTS_WORDS = frozenset(  # as _list_word gives them
    {"kader", "thema", "doelen", "doelstellingen", "speerpunten", "ambitie", "pijler", "prioriteiten", "bouwstenen"}
    | {"theme"}
    | {"goal", "objective", "prioritie", "uitgangspunten", "principe", "beginselen", "kaderpunten", "principle"}
)


def _named_points(f: _List) -> bool:
    """Whether a list is named as points a document stands for: its principles, or its themes,
    goals, ambitions or pillars (not its recommendations, decisions or steps)."""
    if f.intro.reason == "named_principles":
        return True
    if f.intro.tier > NONE and _OWN_POINTS.search(f.intro.text):  # a reaction's: "Onze aandachtspunten zijn:"
        return True
    if f.intro.labelled:  # every point labelled by its kind ("Ambitie 1", "Advies 3"): the document's points
        return True
    return f.intro.reason == "named_list" and _list_word(f.intro.text) in _POINTS_WORDS


# What a reaction calls its own points: "de volgende punten:", "onze aandachtspunten", "kernpunten", "zorgpunten",
# "De raad geeft de volgende zienswijze:", an advisory body's "De commissie adviseert u:" (not a
# report's recommendations, "aanbevelingen": its findings' consequences, not a position).
_OWN_POINTS = re.compile(
    r"\b(?:(?:aandachts|kern|stand|zorg)?punten|zienswijze|advise(?:ert|ren)|adviezen)\b", re.IGNORECASE
)


_COUNTED = re.compile(
    rf"\b({'|'.join(_COUNT_WORDS)}|\d{{1,2}})\s+(?:[\w-]+\s+)?(?:uitgangspunten|principes|beginselen|kaderpunten)\b",
    re.IGNORECASE,
)
_COUNTED_REACH = 400  # blocks from the start where a document says how many principles it has


# Counted points of other names ("kiezen wij vijf prioriteiten"): surer of a list's size than of
# what the list is (four "doelen" may well be a project's, beside the principles)
_COUNTED_POINTS = re.compile(
    rf"\b({'|'.join(_COUNT_WORDS)}|\d{{1,2}})\s+(?:[\w-]+\s+)?"
    r"(?:prioriteiten|speerpunten|ambities|pijlers|bouwstenen|doelstellingen|doelen)\b",
    re.IGNORECASE,
)


def _counted_before(blocks: Sequence[Block], items: Sequence[int]) -> _Intro | None:
    """The paragraph just before bullets, when one of its sentences counts the principles (or
    the points of another name) as many as the bullets are: they are those points, named."""
    first = items[0]
    before = blocks[first - 1] if first > 0 else None
    if before is None or before.kind is not BlockKind.PARAGRAPH:
        return None
    for pattern, tier, reason in ((_COUNTED, NAMED, "named_principles"), (_COUNTED_POINTS, LISTED, "named_list")):
        for m in pattern.finditer(before.text):
            if len(items) in _numbers_named(m.group(1)):
                return _Intro(tier, reason, before.text[-200:])
    return None


def _counted_principles(blocks: Sequence[Block], pattern: re.Pattern[str] = _COUNTED) -> set[int]:
    """How many principles the document says it has ("bevat acht uitgangspunten", "de 5
    principes"), in its paragraphs and headings; of other points, with ``_COUNTED_POINTS``."""
    found: set[int] = set()
    for b in blocks[:_COUNTED_REACH]:
        if b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING):
            for m in pattern.finditer(b.text):
                if b.kind is BlockKind.HEADING and _OUTLINE_ONLY.match(b.text, 0, m.end(1)):
                    continue  # the chapter's number, no count: "3 Uitgangspunten", "3.1 Juridische uitgangspunten"
                found |= _numbers_named(m.group(1))
    return found


_OUTLINE_ONLY = re.compile(r"\d{1,2}(?:\.\d{1,2})*$")


def _opening(blocks: Sequence[Block], f: _List) -> str:
    """A list's first point's first words, as a repetition of the list opens too."""
    return " ".join(blocks[f.items[0]].text.casefold().split()[:4])


def _own_position(text: str) -> bool:
    """Whether what introduces a list names it as the reaction's own: "Zienswijze van de raad",
    "Ons advies", "... geeft de volgende zienswijze."; "Zienswijze 1" as its points' label."""
    text = text.strip()
    return bool(_OWN_HEADING.match(text) or _OWN_ANNOUNCEMENT.search(text) or _OWN_LABEL.match(text))


_OWN_LABEL = re.compile(r"^(?:zienswijze(?:punt)?\s+\d{1,2}\b|ad\s+(?:\d{1,2}|[a-z])\W)", re.IGNORECASE)


# A report's findings and its recommendations: the council takes over (or not) the recommendations.
_RECOMMENDING = re.compile(r"\baanbevel(?:ing|ingen)\b|\brecommendations?\b|\baanbevolen\b", re.IGNORECASE)
_FINDING = re.compile(
    r"\b(?:(?:deel|hoofd|eind)?conclusies?|bevindingen|(?:key\s+)?findings|conclusions?)\b", re.IGNORECASE
)
_CONTEXT_BACK = 6  # blocks before a list looked at for what it is (its lead-in, its headings)


def _report_part(blocks: Sequence[Block], f: _List, over: Sequence[int | None]) -> str | None:
    """Whether a list is a report's recommendations ("recommendations") or its findings
    ("findings"), by what stands nearest over it: its lead-in ("... doet de volgende
    aanbevelingen"), the headings just before it ("Aan de raad" under "4.2 Aanbevelingen"), the
    headings it stands under; else None."""
    first = f.items[0]
    texts = [f.intro.text]
    texts += [
        blocks[i].text
        for i in range(first - 1, max(-1, first - 1 - _CONTEXT_BACK), -1)
        if blocks[i].kind in (BlockKind.HEADING, BlockKind.PARAGRAPH)
    ]
    heading, depth = over[first], 0
    while heading is not None and depth < 3:
        texts.append(blocks[heading].text)
        heading, depth = over[heading], depth + 1
    for text in texts:
        if len(text) > 400:
            continue
        recommending, finding = _RECOMMENDING.search(text), _FINDING.search(text)
        if recommending and (not finding or recommending.start() > finding.start()):
            return "recommendations"  # ("Op basis van de conclusies doet de rekenkamer de volgende aanbevelingen.")
        if finding:
            return "findings"
    return None


def _deciding(f: _List) -> bool:
    """A list of what is decided: a dictum, or a list named as the decision points."""
    return (
        f.intro.reason == "dictum"
        or _list_word(f.intro.text) == "beslispunten"
        or bool(_DECISION_LABEL.match(f.intro.text))
    )


_DECISION_LABEL = re.compile(r"^\s*beslispunt\s+\d", re.IGNORECASE)  # points labelled "Beslispunt 1", "Beslispunt 2"


_REPLY_QUOTE = re.compile(r"^-{2,}\s*(?:oorspronkelijk\s+bericht|original\s+message)\s*-{2,}", re.IGNORECASE)


def find_candidates(blocks: Sequence[Block], *, named_only: bool = False) -> tuple[PrincipleCandidate, ...]:
    """Every list that could be the principles, best first; the first is chosen unless no list
    can be (then none is marked ``chosen``). ``named_only``: a background document, whose
    points are a list named as such (see :func:`_named_points`); its other lists (an auditor's
    recommendations, a proposal's decisions, a report's steps and questions) are its text."""
    found = _lists(blocks)
    if not found:
        return ()
    singles = [f for f in found if f.choosable and not f.groups]
    # A list that starts inside another list's stretch is a sub-list of one of its points
    # ("Toelichting in stappen: 1) ... 2) ..."): only its being named as the principles counts,
    # or its points' labels naming their kind ("Ambitie 1." under "2. Onze koers").
    nested = _nested(blocks, singles)
    inner = {id(f) for f in singles if f.inner}
    # The sub-points of the points (numbered on across them: 35 under 13) are no longer list; nor
    # is a list its own heading names as something else (eleven risks beside four principles).
    # (nor a list in an annex: a list of the parties consulted, of terms)
    sizes = [
        (f.size, f.intro.tier)
        for f in singles
        if id(f) not in inner and not f.intro.elsewhere and not f.intro.quoted and not _in_annex(blocks, f.items[0])
    ]
    longest = max((size for size, _tier in sizes), default=0)

    def longest_as_named(f: _List) -> int:
        """The longest list introduced at least as surely as ``f``: a proposal's three decision
        points, each labelled "Beslispunt 1", are no aside beside seven themes a sentence names."""
        if not f.intro.labelled:
            return longest
        return max((size for size, t in sizes if t >= f.intro.tier), default=0)

    # "De visie bevat acht uitgangspunten, verdeeld over drie thema's": a list of as many points
    # is the principles, also when it runs on under the themes' headings (as their sub-points)
    counted = _counted_principles(blocks)
    # Lists under successive chapters taken together are no one list when the document counts
    # the points of one of them, and not of all ("vijf prioriteiten": I to V, then three changes
    # of a bylaw in the next chapter)
    sizes_named = counted | _counted_principles(blocks, _COUNTED_POINTS)

    def tier(f: _List) -> float:
        if f.size in counted and f.size * 2 >= longest and not f.groups and f.form != "headings":
            return NAMED
        if f.groups and f.size not in sizes_named and any(part.size in sizes_named for part in f.groups):
            return NONE
        if (id(f) in nested and f.intro.tier < NAMED and not f.intro.labelled) or id(f) in inner:
            return NONE
        return f.intro.tier if f.intro.tier > NONE and f.size * 2 >= longest_as_named(f) else NONE

    # Headings without numbers are the principles only when nothing else is a list: a reaction
    # to a framework comments on its points under their names, and asks its own numbered questions.
    others = any(f.choosable and not f.fallback for f in found)

    # a reply's quote of the message it answers: its lists are older than the reply's own
    quoted_from = next((i for i, b in enumerate(blocks) if _REPLY_QUOTE.match(b.text)), len(blocks))
    # the reply names its own list (its zienswijze, its points): the quoted message's lists come
    # after it however they are named ("De uitgangspunten zijn:" in the region's letter)
    own_reply = quoted_from < len(blocks) and any(
        f.choosable and f.items[0] < quoted_from and tier(f) >= LISTED for f in found
    )

    # a list repeated further on (a proposal's decision again in its ontwerpbesluit, shortened):
    # the first is the one the document presents
    first_seen: dict[tuple[int, str], int] = {}
    for f in sorted(found, key=lambda f: f.items[0]):
        first_seen.setdefault((f.size, _opening(blocks, f)), f.items[0])

    # What the lists are named ("kader", "speerpunten"): a decision that names one of them decides
    # about it ("de kaders vast te stellen"), and the list named for what it is ranks over it
    names = {w for f in found if f.choosable and not _deciding(f) and (w := _list_word(f.intro.text))}

    def deciding_about_another(f: _List) -> bool:
        if not _deciding(f):
            return False
        if not names:
            return True
        said = " ".join(blocks[i].text for i in f.items)
        return any(_list_word(m.group(0)) in names for m in _LIST_WORDS.finditer(said)) or any(
            _list_word(m.group(0)) in names for m in _PRINCIPLES_WORDS.finditer(said)
        )

    # A report's findings and its recommendations, both listed: the recommendations are what the
    # council is asked to take over (conclusions first, as reports set them, were taken)
    over = _headings_over(blocks)
    part = {id(f): _report_part(blocks, f, over) for f in found if f.choosable}
    recommends = "recommendations" in part.values()

    def score(f: _List) -> tuple[float, ...]:
        return (
            (1.0 if not (f.fallback and others) else 0.5) if f.choosable else 0.0,
            0.0 if own_reply and f.items[0] > quoted_from else 1.0,
            0.0 if recommends and part.get(id(f)) == "findings" else 1.0,
            # every point labelled as the reply's own ("Zienswijzepunt 1 – ..."): a zienswijze's own
            # points, over the region's it sums up first ("rust op vier uitgangspunten: (1) ...")
            1.0 if f.choosable and f.intro.labelled and _OWN_LABEL.match(f.intro.text) else 0.0,
            tier(f) if f.choosable else 0.0,
            1.0 if _own_position(f.intro.text) else 0.0,  # a reaction's own points over those it quotes
            0.0 if f.items[0] > quoted_from else 1.0,
            # as high: a list named for what it is over the decision asked about it ("Kaders voor het
            # vervolg" over "Beslispunten: 1. ... de kaders vast te stellen")
            0.0 if deciding_about_another(f) else 1.0,
            0.0 if f.form == "bullets" and not _counting(blocks, f) else 1.0,  # numbers (or letters) are the surer sign
            float(f.size),
            float(_headings(blocks, f)),
            0.0 if first_seen[(f.size, _opening(blocks, f))] < f.items[0] else 1.0,
            -_mean_length(blocks, f),
            -float(f.items[0]),
        )

    ranked: list[_List] = []
    seen: set[tuple[int, ...]] = set()
    for f in sorted(found, key=score, reverse=True):
        if tuple(f.items) in seen:
            continue
        seen.add(tuple(f.items))
        ranked.append(f)
    if named_only:  # a background document's points: the best list named as its points, first (not
        # headings without numbers: a reaction comments on the framework's points under their names)
        ranked.sort(key=lambda f: not (f.choosable and _named_points(f) and not f.fallback))
    ranked = ranked[:MAX_CANDIDATES]
    out: list[PrincipleCandidate] = []
    texts: dict[tuple[int, int], str] = {}
    headings = [i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADING]
    for rank, f in enumerate(ranked, start=1):
        confidence = _confidence(blocks, f, tier(f))
        chosen = rank == 1 and f.choosable and (not named_only or _named_points(f))
        if chosen and len(ranked) > 1:
            other = ranked[1]
            if other.choosable and tier(other) == tier(f) and other.size * 5 >= 4 * f.size and not f.groups:
                confidence -= 0.15  # a close second: the choice could as well have gone the other way
        reason, params = _reason(f)
        out.append(
            PrincipleCandidate(
                rank=rank,
                reason=reason,
                confidence=round(max(0.01, min(0.99, confidence)), 2),
                principles=_principles(blocks, f, headings, texts),
                params=tuple(sorted(params.items())),
                chosen=chosen,
            )
        )
    return tuple(out)


def chosen(candidates: Sequence[PrincipleCandidate]) -> PrincipleCandidate | None:
    return next((c for c in candidates if c.chosen), None)


def find_principles(blocks: Sequence[Block]) -> tuple[ParsedPrinciple, ...]:
    """The principles of the best list, or none when no list can be the principles."""
    best = chosen(find_candidates(blocks))
    return best.principles if best is not None else ()
