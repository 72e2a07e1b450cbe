"""The zienswijze the council sends: what its letter and its raadsbesluit say, as plain data.

The council answers a body's request for a zienswijze with a decision (the raadsbesluit: "De raad
van de gemeente …; gelezen het verzoek van … ; besluit: een zienswijze te geven … zoals verwoord
in de brief") and a letter to that body. The letter says, per principle, only what the council
says about it:

* adopted amendments, as the principle's new text (the text after the amendments that could be
  applied; one whose old text is gone is listed with its dictum, flagged, never guessed at);
* adopted moties linked to the principle, with their dictum;
* the positions the griffie marked for inclusion (annotations with "opnemen in de zienswijze"), as
  plain paragraphs: only those their faction made openbaar. A note the faction wrote for the
  griffie alone stays in the griffie's concept-zienswijze and out of the letter, which everyone
  reads; the letter counts them (``withheld``) so that the griffie can ask the faction.

Principles the council says nothing about are not repeated: their numbers are collected so the
letter says in one sentence that the council agrees with them. Moties and positions not tied to a
principle, and adopted amendments on the proposal as a whole, follow after the principles.

Built on the combined draft (:func:`raadsviewer.domain.draft.assemble_draft`), so which amendment
is adopted and applied, which item belongs to which principle and which remarks the griffie may see
are decided in one place. Words are the templates' business (:mod:`raadsviewer.export.letter`):
this module returns data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from raadsviewer.domain.amendments import one_line
from raadsviewer.domain.draft import CombinedDraft, DraftAmendment, DraftNote
from raadsviewer.domain.model import AmendmentStatus, Motie, MotieKind, MotieStatus, Stance
from raadsviewer.domain.rendering import markdown_paragraphs


@dataclass(frozen=True, slots=True)
class LetterRequest:
    """The request the council answers: the framework letter's facts (see ``ParsedDocument.facts``)."""

    subject: str  # what the zienswijze is about: the framework's title
    sender: str = ""  # the body that asked ("Het dagelijks bestuur van de Dienst Gezondheid en Jeugd")
    kenmerk: str = ""  # its reference ("UIT / 2004368")
    date: dt.date | None = None  # of its letter
    deadline: dt.date | None = None  # by when it wants the answer


@dataclass(frozen=True, slots=True)
class LetterAmendment:
    label: str
    title: str
    dictum: str  # the operative sentence, as voted
    applied: bool  # its change is in the principle's new text
    out_of_date: bool  # its old text is not in this version of the framework


@dataclass(frozen=True, slots=True)
class LetterMotie:
    label: str
    title: str
    kind: MotieKind
    dictum: tuple[str, ...]
    faction: str
    cosigners: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LetterPosition:
    paragraphs: tuple[str, ...]  # plain text (the annotation's Markdown without its marks)
    faction: str
    stance: Stance


@dataclass(frozen=True, slots=True)
class LetterPrinciple:
    number: int
    title: str
    text: str  # as the framework has it
    new_text: str | None  # as the council wants it (adopted amendments applied); None: unchanged
    amendments: tuple[LetterAmendment, ...]
    moties: tuple[LetterMotie, ...]
    positions: tuple[LetterPosition, ...]


@dataclass(frozen=True, slots=True)
class ZienswijzeLetter:
    municipality: str
    meeting_date: dt.date | None
    letter_date: dt.date | None
    request: LetterRequest
    principles: tuple[LetterPrinciple, ...]  # only those the council says something about
    unchanged: tuple[int, ...]  # numbers of the principles it agrees with without remarks
    amendments: tuple[LetterAmendment, ...]  # adopted, on the proposal as a whole or on a lost principle
    moties: tuple[LetterMotie, ...]  # adopted, not tied to a principle of this version
    positions: tuple[LetterPosition, ...]  # included remarks not tied to a principle
    griffier: str = ""
    voorzitter: str = ""
    withheld: int = 0  # included notes left out: their faction did not make them openbaar


def _iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


# "Zienswijze Inkoopkader ...", "Verzoek om zienswijze op de begroting ...": the words that ask.
_ASKING = re.compile(
    r"^(?:(?:verzoek|vraag|uitnodiging)\s+(?:om\s+|tot\s+)?(?:het\s+geven\s+van\s+)?(?:een\s+|uw\s+)?)?"
    r"zienswijzen?\b(?:\s+(?:op|over|inzake|betreffende|ten\s+aanzien\s+van))?\s*[:\-\u2013\u2014]?\s*",
    re.IGNORECASE,
)


def request_subject(title: str) -> str:
    """What the zienswijze is about, from the request letter's subject line: without the words
    that ask for it ("Zienswijze Inkoopkader Jeugdhulp" -> "Inkoopkader Jeugdhulp"), so the letter
    can say "een zienswijze op …"; the subject as it stands when nothing is left."""
    text = one_line(title)
    rest = _ASKING.sub("", text, count=1).strip()
    return rest or text


def request_from_facts(subject: str, facts: Mapping[str, str], sender: str | None = None) -> LetterRequest:
    """The request as the reader found it in the framework letter (facts: sender, kenmerk, date,
    deadline; the subject without the words that ask, :func:`request_subject`); ``sender``
    overrides what was read (the griffie knows best)."""
    return LetterRequest(
        subject=request_subject(subject),
        sender=one_line(sender if sender is not None else facts.get("sender", "")),
        kenmerk=one_line(facts.get("kenmerk", "")),
        date=_iso(facts.get("date")),
        deadline=_iso(facts.get("deadline")),
    )


def _amendment(item: DraftAmendment) -> LetterAmendment:
    return LetterAmendment(
        label=item.label,
        title=one_line(item.amendment.title),
        dictum=one_line(item.operative),
        applied=item.applied,
        out_of_date=item.out_of_date or item.problem is not None,
    )


def _motie(motie: Motie) -> LetterMotie:
    return LetterMotie(
        label=motie.label,
        title=one_line(motie.title),
        kind=motie.kind,
        dictum=tuple(one_line(p) for p in motie.dictum if one_line(p)),
        faction=motie.faction_name,
        cosigners=motie.cosigners,
    )


def _positions(notes: Sequence[DraftNote]) -> tuple[LetterPosition, ...]:
    result = []
    for note in notes:
        if not note.public:
            continue
        paragraphs = markdown_paragraphs(note.body)
        if paragraphs:
            result.append(LetterPosition(paragraphs, note.faction_name, note.stance))
    return tuple(result)


def assemble_letter(
    draft: CombinedDraft,
    moties: Sequence[Motie],
    request: LetterRequest,
    *,
    municipality: str,
    meeting_date: dt.date | None,
    letter_date: dt.date | None = None,
    griffier: str = "",
    voorzitter: str = "",
) -> ZienswijzeLetter:
    """The letter's content from the combined draft (assembled with the griffie's visibilities)
    and the dossier's moties; see the module docstring for what goes in."""
    adopted_moties = sorted(
        (m for m in moties if not m.deleted and m.status == MotieStatus.AANGENOMEN), key=lambda m: (m.number, m.id)
    )
    # a motie on several principles is given once, with the first of them
    home: dict[str, str] = {}
    for p in draft.principles:
        for m in adopted_moties:
            if p.id and p.id in m.principle_ids:
                home.setdefault(m.id, p.id)
    principles: list[LetterPrinciple] = []
    unchanged: list[int] = []
    for p in draft.principles:
        amendments = tuple(_amendment(a) for a in p.adopted if not a.parent_label)
        linked = tuple(_motie(m) for m in adopted_moties if p.id and home.get(m.id) == p.id)
        positions = _positions(p.notes)
        if not (amendments or linked or positions):
            unchanged.append(p.number)
            continue
        principles.append(
            LetterPrinciple(
                number=p.number,
                title=one_line(p.title),
                text=p.text,
                new_text=p.text_after,
                amendments=amendments,
                moties=linked,
                positions=positions,
            )
        )
    general_amendments = tuple(
        _amendment(a)
        for a in (*draft.other_amendments, *draft.orphaned_amendments)
        if a.amendment.status == AmendmentStatus.AANGENOMEN and not a.parent_label
    )
    return ZienswijzeLetter(
        municipality=one_line(municipality),
        meeting_date=meeting_date,
        letter_date=letter_date,
        request=request,
        principles=tuple(principles),
        unchanged=tuple(unchanged),
        amendments=general_amendments,
        moties=tuple(_motie(m) for m in adopted_moties if m.id not in home),
        positions=_positions((*draft.other_notes, *draft.orphaned_notes)),
        griffier=one_line(griffier),
        voorzitter=one_line(voorzitter),
        withheld=sum(not n.public for p in draft.principles for n in p.notes)
        + sum(not n.public for n in (*draft.other_notes, *draft.orphaned_notes)),
    )
