"""The combined draft (concept-zienswijze): the whole framework, principle by principle, with the
amendments and the factions' positions the clerk needs to write the council's response.

Assembly yields a structured value (:class:`CombinedDraft`) so the Markdown, HTML and Word
writers present the same facts; only the presentation differs.

Decisions, each visible in the output:

* Adopted (aangenomen) amendments are applied, in number order, to give "tekst na
  amendementen"; one whose old text no longer occurs (an earlier adopted amendment changed it)
  is listed with a problem note rather than guessed at.
* Pending ones (concept, ingediend) are shown as proposals with their word diff.
* Rejected and withdrawn ones are listed in one line each (number, title, faction, status):
  the clerk must be able to say they were dealt with, but their text is no longer in play.
* A sub-amendment sits with its parent's principle. An adopted sub-amendment is folded into
  its parent's new text (the council votes on the parent as amended) and listed itself too.
* Only annotations the clerk may see count: visibility griffie and openbaar by default (fractie
  is a faction's internal business); privé and deleted items never appear, whatever is asked.
* Positions summarise stances per principle (notitie is not a position). A stance taken by two
  or more factions on the same principle is marked "door N fracties genoemd".
* Everything written by others is inert in the Markdown: escaped so that no heading, link, list
  or HTML can come out of it; user Markdown (annotation bodies) is shown as typed, not rendered.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from raadsviewer.domain.amendments import (
    CLOSED,
    PENDING,
    amendment_diff,
    apply_amendment,
    find_passage,
    is_out_of_date,
    operative_text,
)
from raadsviewer.domain.diff import (
    DiffOp,
    diff_markdown,
    md_emphasis_kept,
    md_escape,
    md_escape_line,
    strip_controls,
)
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.lines import Line, cite_lines, line_span, number_lines
from raadsviewer.domain.model import (
    Amendment,
    AmendmentDraft,
    AmendmentStatus,
    Annotation,
    Dossier,
    Faction,
    Principle,
    Stance,
    Visibility,
    Vote,
)
from raadsviewer.domain.votes import bloc_votes, decide
from raadsviewer.words import N_, ByLanguage

_ORPHAN = "\x00orphan"  # the group of items whose principle this version does not have
DRAFT_VISIBILITIES = frozenset({Visibility.GRIFFIE, Visibility.OPENBAAR})
SUMMARY_STANCES = (Stance.STEUN, Stance.ZORG, Stance.BEZWAAR, Stance.VRAAG)

LABELS = ByLanguage(
    {
        "title": N_("Concept-zienswijze: {title}"),
        "generated": N_("Samengesteld op {when}."),
        "when": N_("%d-%m-%Y %H:%M"),
        "principle": N_("Uitgangspunt {n}"),
        "original": N_("Oorspronkelijke tekst"),
        "after": N_("Tekst na amendementen"),
        "adopted": N_("Aangenomen amendementen"),
        "pending": N_("Voorgestelde amendementen"),
        "closed": N_("Verworpen en ingetrokken amendementen"),
        "positions": N_("Standpunten van de fracties"),
        "notes": N_("Opmerkingen voor de zienswijze"),
        "other": N_("Overige amendementen en opmerkingen"),
        "submitter": N_("Indiener"),
        "cosigners": N_("mede-indieners"),
        "status": N_("Status"),
        "votes": N_("Stemming"),
        "seats": N_("voor {voor} ({voor_names}), tegen {tegen} ({tegen_names})"),
        "absent": N_("afwezig {absent} ({absent_names})"),
        "operative": N_("Dictum"),
        "change": N_("Wijziging"),
        "sub": N_("subamendement op {label}"),
        "applied": N_("verwerkt in de tekst"),
        "applied_sub": N_("verwerkt in {label}"),
        "amended_by": N_("gewijzigd door {labels}"),
        "not_applied": N_("niet verwerkt: de oude tekst staat niet (meer) in de tekst"),
        "out_of_date": N_("verouderd: de te wijzigen tekst staat niet in deze versie van het kader"),
        "orphaned": N_("Niet teruggevonden in deze versie van het kader"),
        "was_principle": N_("was bij uitgangspunt {n} van een eerdere versie"),
        "where": N_("Plaats"),
        "proposed_comment": N_("{label} ({status}, nog niet aangenomen): {operative}"),
        "shared": N_("door {n} fracties genoemd"),
        "at_quote": N_('bij "{quote}"'),
        "not_public": N_("niet openbaar: alleen voor de griffie"),
        "none": N_("geen"),
        f"stance:{Stance.STEUN}": N_("Steun"),
        f"stance:{Stance.ZORG}": N_("Zorg"),
        f"stance:{Stance.BEZWAAR}": N_("Bezwaar"),
        f"stance:{Stance.VRAAG}": N_("Vraag"),
        f"stance:{Stance.NOTITIE}": N_("Notitie"),
        f"status:{AmendmentStatus.CONCEPT}": N_("concept"),
        f"status:{AmendmentStatus.INGEDIEND}": N_("ingediend"),
        f"status:{AmendmentStatus.AANGENOMEN}": N_("aangenomen"),
        f"status:{AmendmentStatus.VERWORPEN}": N_("verworpen"),
        f"status:{AmendmentStatus.INGETROKKEN}": N_("ingetrokken"),
    }
)


def labels(lang: str) -> dict[str, str]:
    return LABELS["en" if lang == "en" else "nl"]


@dataclass(frozen=True, slots=True)
class VoteTally:
    voor_seats: int
    tegen_seats: int
    voor: tuple[str, ...]  # faction names
    tegen: tuple[str, ...]
    adopted: bool
    absent_seats: int = 0  # members who were not there (nor voted)
    absent: tuple[str, ...] = ()  # their factions ("VVD (1)": one of its members)


@dataclass(frozen=True, slots=True)
class DraftAmendment:
    """One amendment as the draft presents it.

    ``amendment`` is the effective amendment: its new text already includes adopted
    sub-amendments. ``diff`` is old -> new text of that effective amendment (for a sub-amendment:
    a change within the parent's new text). ``applied`` says it is in ``text_after`` (or, for a
    sub-amendment, in its parent); ``problem`` is an error code when an adopted one could not be.
    """

    amendment: Amendment
    label: str
    parent_label: str | None
    operative: str
    diff: tuple[DiffOp, ...]
    applied: bool = False
    problem: str | None = None
    tally: VoteTally | None = None
    amended_by: tuple[str, ...] = ()
    out_of_date: bool = False  # its old text is not in the current version of its target
    orphaned: bool = False  # its principle is not in this version (a new version did not keep it)
    lines: tuple[int, int] | None = None  # first and last line of its passage in the framework


@dataclass(frozen=True, slots=True)
class StanceSummary:
    stance: Stance
    factions: tuple[str, ...]  # names, sorted

    @property
    def shared(self) -> bool:
        return len(self.factions) >= 2


@dataclass(frozen=True, slots=True)
class DraftNote:
    faction_name: str
    author: str
    stance: Stance
    body: str
    quote: str | None
    principle_number: int | None = None  # for an orphaned note: where it was
    public: bool = True  # openbaar: the council's letter may print it (``domain.letter``)


@dataclass(frozen=True, slots=True)
class DraftPrinciple:
    number: int
    title: str
    text: str
    text_after: str | None  # None when no adopted amendment changed it
    adopted: tuple[DraftAmendment, ...]
    pending: tuple[DraftAmendment, ...]
    closed: tuple[DraftAmendment, ...]
    positions: tuple[StanceSummary, ...]
    notes: tuple[DraftNote, ...]
    id: str = ""

    @property
    def shared(self) -> tuple[StanceSummary, ...]:
        """Stances raised by several factions: the points a joint response should address."""
        return tuple(p for p in self.positions if p.shared)


@dataclass(frozen=True, slots=True)
class CombinedDraft:
    dossier_id: str
    dossier_title: str
    generated_at: datetime
    lang: str
    principles: tuple[DraftPrinciple, ...]
    other_amendments: tuple[DraftAmendment, ...]  # targets outside the given principles
    other_notes: tuple[DraftNote, ...]
    orphaned_amendments: tuple[DraftAmendment, ...] = ()  # on a principle this version does not have
    orphaned_notes: tuple[DraftNote, ...] = ()


def passage_lines(
    amendment: Amendment | AmendmentDraft,
    principle: Principle,
    document_text: str,
    numbered: Sequence[Line] | None = None,
) -> tuple[int, int] | None:
    """The first and last line (:mod:`raadsviewer.domain.lines`) of the passage the amendment
    changes in ``principle`` of the document ``document_text``; for a new principle the last line
    of the principle it follows. None when the passage is not (or no longer) there."""
    lines = number_lines(document_text) if numbered is None else numbered
    text = principle.text
    offset = principle.start if document_text[principle.start : principle.end] == text else document_text.find(text)
    if offset < 0 or not text.strip():
        return None
    if not amendment.old_text.strip():
        end = offset + len(text.rstrip())
        return line_span(lines, end - 1, end)
    span = find_passage(text, amendment.old_text, amendment.anchor)
    return line_span(lines, offset + span[0], offset + span[1]) if span else None


def _sort_names(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(names), key=lambda n: (n.casefold(), n)))


def _tally(amendment: Amendment, seats: dict[str, int]) -> VoteTally | None:
    """The recorded votes counted by :func:`raadsviewer.domain.votes.decide` (the one vote rule),
    as the griffie recorded them: a divided faction counts its members each way (named with their
    number, "VVD (2)"), absent members count for neither side, as on the stemlijst."""
    if not amendment.votes and not amendment.faction_votes:
        return None
    votes = amendment.faction_votes or bloc_votes(amendment.votes)
    # Lenient on purpose: a faction that has since been renamed counts 0 seats rather than
    # making the whole draft impossible to produce.
    council = dict(seats)
    known = {name.casefold() for name in council}
    for vote in votes:
        if vote.faction.casefold() not in known:
            council[vote.faction] = 0
            known.add(vote.faction.casefold())
    try:
        result = decide(votes, council)
    except UserFacingError:  # a stored record the rules now refuse (a duplicate): shown, not counted
        voor = [name for name, vote in amendment.votes if Vote(vote) == Vote.VOOR]
        tegen = [name for name, vote in amendment.votes if Vote(vote) == Vote.TEGEN]
        return VoteTally(0, 0, _sort_names(voor), _sort_names(tegen), False)
    voor = [f"{t.faction} ({t.voor})" if t.split else t.faction for t in result.factions if t.voor]
    tegen = [f"{t.faction} ({t.tegen})" if t.split else t.faction for t in result.factions if t.tegen]
    absent = [f"{t.faction} ({t.absent})" if t.absent < t.seats else t.faction for t in result.factions if t.absent]
    return VoteTally(
        result.voor,
        result.tegen,
        _sort_names(voor),
        _sort_names(tegen),
        result.adopted,
        sum(t.absent for t in result.factions),
        _sort_names(absent),
    )


def assemble_draft(
    dossier: Dossier,
    principles: Sequence[Principle],
    amendments: Sequence[Amendment],
    annotations: Sequence[Annotation],
    factions: Sequence[Faction],
    generated_at: datetime,
    lang: str = "nl",
    *,
    visibilities: Iterable[Visibility] = DRAFT_VISIBILITIES,
    framework_text: str | None = None,
) -> CombinedDraft:
    """The concept-zienswijze as a value; see the module docstring for what goes in and why.

    Items are matched to a principle by id only. An item whose principle id is not among
    ``principles`` sits on a principle of an earlier version that a new version did not keep
    (moving to a new version re-points every item it finds): it is *orphaned* and listed apart,
    never under the principle that now has its number. ``framework_text`` (the text the
    principles' offsets point into) gives amendments their line numbers.
    """
    visible = frozenset(Visibility(v) for v in visibilities) - {Visibility.PRIVE}
    names = {f.id: f.name for f in factions}
    seats = {f.name: f.seats for f in factions}
    ordered = sorted(principles, key=lambda p: p.number)
    by_pid = {p.id: p for p in ordered}
    numbered = number_lines(framework_text) if framework_text else ()

    def group_of(principle_id: str | None) -> str | None:
        """The item's principle id; None for a general item; ``_ORPHAN`` for one on a lost principle."""
        if principle_id is None:
            return None
        return principle_id if principle_id in by_pid else _ORPHAN

    def place(p: Principle, a: Amendment) -> tuple[int, int] | None:
        return passage_lines(a, p, framework_text, numbered) if framework_text else None

    live = sorted((a for a in amendments if not a.deleted), key=lambda a: (a.number, a.id))
    by_id = {a.id: a for a in live}
    subs: dict[str, list[Amendment]] = {}
    for a in live:
        if a.parent_id:
            subs.setdefault(a.parent_id, []).append(a)

    def effective(a: Amendment) -> tuple[Amendment, tuple[str, ...]]:
        """The amendment as the council votes on it: adopted sub-amendments folded in."""
        folded: list[str] = []
        new_text = a.new_text
        for sub in subs.get(a.id, []):
            if sub.status == AmendmentStatus.AANGENOMEN:
                try:
                    new_text = apply_amendment(new_text, sub)
                    folded.append(sub.label)
                except UserFacingError:
                    pass
        return a._replace(new_text=new_text), tuple(folded)

    def draft_item(a: Amendment, p: Principle | None = None, orphaned: bool = False) -> DraftAmendment:
        parent = by_id.get(a.parent_id) if a.parent_id else None
        eff, folded = effective(a)
        target = parent.new_text if parent is not None else p.text if p is not None else None
        return DraftAmendment(
            amendment=eff,
            label=a.label,
            parent_label=parent.label if parent else None,
            operative=operative_text(eff, lang, parent=parent),
            diff=amendment_diff(eff),
            tally=_tally(a, seats),
            amended_by=folded,
            out_of_date=target is not None and is_out_of_date(a, target),
            orphaned=orphaned,
            lines=place(p, a) if p is not None and parent is None else None,
        )

    def root(a: Amendment) -> Amendment | None:
        """The top-level amendment a (sub-)amendment belongs to; None for an orphan."""
        seen = set()
        while a.parent_id:
            if a.id in seen or a.parent_id not in by_id:
                return None
            seen.add(a.id)
            a = by_id[a.parent_id]
        return a

    groups: dict[str | None, list[Amendment]] = {}  # by principle id; None: general; _ORPHAN
    for a in live:
        top = root(a)
        if top is None:
            continue  # a sub-amendment whose parent was deleted has nothing left to amend
        groups.setdefault(group_of(top.principle_id), []).append(a)

    shown = [
        a
        for a in annotations
        if not a.deleted and a.visibility != Visibility.PRIVE and Visibility(a.visibility) in visible
    ]
    notes_for: dict[str | None, list[Annotation]] = {}
    stances_for: dict[str, dict[Stance, set[str]]] = {}
    for note in shown:
        name = names.get(note.faction_id, note.faction_name)
        key = group_of(note.principle_id)
        if key is not None and key != _ORPHAN and Stance(note.stance) in SUMMARY_STANCES:
            stances_for.setdefault(key, {}).setdefault(Stance(note.stance), set()).add(name)
        if note.include_in_draft:
            notes_for.setdefault(key, []).append(note)

    def notes(items: list[Annotation]) -> tuple[DraftNote, ...]:
        items = sorted(items, key=lambda a: (a.created_at, names.get(a.faction_id, a.faction_name), a.id))
        return tuple(
            DraftNote(
                faction_name=names.get(a.faction_id, a.faction_name),
                author=a.author,
                stance=Stance(a.stance),
                body=a.body,
                quote=a.anchor.quote if a.anchor else None,
                principle_number=a.principle_number,
                public=Visibility(a.visibility) is Visibility.OPENBAAR,
            )
            for a in items
        )

    def split(
        items: list[Amendment], p: Principle | None = None, orphaned: bool = False
    ) -> tuple[list[DraftAmendment], list[DraftAmendment], list[DraftAmendment]]:
        adopted, pending, closed = [], [], []
        for a in items:
            if a.status == AmendmentStatus.AANGENOMEN:
                adopted.append(draft_item(a, p, orphaned))
            elif a.status in PENDING:
                pending.append(draft_item(a, p, orphaned))
            elif a.status in CLOSED:
                closed.append(draft_item(a, p, orphaned))
        return adopted, pending, closed

    result: list[DraftPrinciple] = []
    for p in ordered:
        adopted, pending, closed = split(groups.get(p.id, []), p)
        text_after: str | None = None
        final: list[DraftAmendment] = []
        for item in adopted:
            a = item.amendment
            if a.parent_id:
                parent_adopted_folded = item.label in next(
                    (d.amended_by for d in adopted + pending + closed if d.amendment.id == a.parent_id), ()
                )
                final.append(
                    replace(
                        item,
                        applied=parent_adopted_folded,
                        problem=None if parent_adopted_folded else "old_text_not_in_target",
                    )
                )
                continue
            try:
                text_after = apply_amendment(p.text if text_after is None else text_after, a)
                final.append(replace(item, applied=True))
            except UserFacingError as exc:
                final.append(replace(item, problem=exc.code))
        stances = stances_for.get(p.id, {})
        result.append(
            DraftPrinciple(
                number=p.number,
                title=p.title,
                text=p.text,
                text_after=text_after,
                adopted=tuple(final),
                pending=tuple(pending),
                closed=tuple(closed),
                positions=tuple(
                    StanceSummary(stance, _sort_names(stances[stance]))
                    for stance in SUMMARY_STANCES
                    if stance in stances
                ),
                notes=notes(notes_for.get(p.id, [])),
                id=p.id,
            )
        )
    adopted, pending, closed = split(groups.get(None, []))
    o_adopted, o_pending, o_closed = split(groups.get(_ORPHAN, []), orphaned=True)
    return CombinedDraft(
        dossier_id=dossier.id,
        dossier_title=dossier.title,
        generated_at=generated_at,
        lang="en" if lang == "en" else "nl",
        principles=tuple(result),
        other_amendments=tuple(adopted + pending + closed),
        other_notes=notes(notes_for.get(None, [])),
        orphaned_amendments=tuple(o_adopted + o_pending + o_closed),
        orphaned_notes=notes(notes_for.get(_ORPHAN, [])),
    )


# --- Markdown ---------------------------------------------------------------------------------


def _one_line(text: str) -> str:
    return md_escape(" ".join(strip_controls(text).split()))


def _quote_block(text: str, *, emphasis: bool = False) -> list[str]:
    """Text from others as a Markdown block quote; every line made inert (``emphasis``: but for
    the bold and italics of a note its member wrote in Markdown, :func:`md_emphasis_kept`).

    A line followed by another line of the same paragraph ends in a backslash (a hard break), so
    a principle's title stays on its own line when rendered.
    """
    lines = [line if line.strip() else "" for line in strip_controls(text).strip("\n").split("\n")]
    out: list[str] = []
    for k, line in enumerate(lines):
        if not line:
            out.append(">")
            continue
        hard_break = "\\" if k + 1 < len(lines) and lines[k + 1] else ""
        inert = md_escape_line(line)
        out.append(f"> {md_emphasis_kept(inert) if emphasis else inert}{hard_break}")
    return out


def principle_heading(p: DraftPrinciple, lang: str) -> str:
    """Plain text (not escaped) heading of a principle, shared by all writers."""
    head = labels(lang)["principle"].format(n=p.number)
    title = " ".join(strip_controls(p.title).split())
    return f"{head}: {title}" if title else head


def amendment_heading(item: DraftAmendment, lang: str) -> str:
    """Plain text heading of an amendment ("A4: title (subamendement op A2)")."""
    t = labels(lang)
    title = " ".join(strip_controls(item.amendment.title).split())
    head = f"{item.label}: {title}" if title else item.label
    if item.parent_label:
        head += f" ({t['sub'].format(label=item.parent_label)})"
    return head


def submitter_line(item: DraftAmendment, lang: str) -> str:
    """Plain text: "CDA (J. Jansen); mede-indieners: PvdA"."""
    t = labels(lang)
    a = item.amendment
    line = f"{a.faction_name} ({a.author})" if a.author else a.faction_name
    if a.cosigners:
        line += f"; {t['cosigners']}: {', '.join(a.cosigners)}"
    return " ".join(strip_controls(line).split())


def status_line(item: DraftAmendment, lang: str) -> str:
    """Plain text: the status and, for adopted ones, whether the change made it into the text."""
    t = labels(lang)
    parts = [t[f"status:{AmendmentStatus(item.amendment.status)}"]]
    if item.applied:
        parts.append(t["applied_sub"].format(label=item.parent_label) if item.parent_label else t["applied"])
    elif item.problem:
        parts.append(t["not_applied"])
    if item.out_of_date:
        parts.append(t["out_of_date"])
    if item.orphaned and item.amendment.principle_number is not None:
        parts.append(t["was_principle"].format(n=item.amendment.principle_number))
    if item.amended_by:
        parts.append(t["amended_by"].format(labels=", ".join(item.amended_by)))
    return ", ".join(parts)


def where_line(item: DraftAmendment, lang: str) -> str | None:
    """Plain text: "regel 12-14", where the amendment's passage stands in the framework."""
    return cite_lines(item.lines, lang) if item.lines else None


def tally_line(tally: VoteTally, lang: str) -> str:
    t = labels(lang)
    line = t["seats"].format(
        voor=tally.voor_seats,
        tegen=tally.tegen_seats,
        voor_names=", ".join(tally.voor) or t["none"],
        tegen_names=", ".join(tally.tegen) or t["none"],
    )
    if tally.absent_seats:  # as the stemlijst says it: who was not there counts for neither side
        line += "; " + t["absent"].format(absent=tally.absent_seats, absent_names=", ".join(tally.absent))
    return line


def _amendment_md(item: DraftAmendment, lang: str) -> list[str]:
    t = labels(lang)
    out = [f"#### {_one_line(amendment_heading(item, lang))}", ""]
    out.append(f"- {t['submitter']}: {_one_line(submitter_line(item, lang))}")
    out.append(f"- {t['status']}: {_one_line(status_line(item, lang))}")
    if where := where_line(item, lang):
        out.append(f"- {t['where']}: {where}")
    if item.tally is not None:
        out.append(f"- {t['votes']}: {_one_line(tally_line(item.tally, lang))}")
    out.append(f"- {t['operative']}: {_one_line(item.operative)}")
    out.append(f"- {t['change']}: {diff_markdown(item.diff)}")
    out.append("")
    return out


def _closed_md(item: DraftAmendment, lang: str) -> str:
    return f"- {_one_line(amendment_heading(item, lang))} ({_one_line(item.amendment.faction_name)}): {_one_line(status_line(item, lang))}"


def note_detail(note: DraftNote, lang: str) -> str:
    """Who wrote a note and their stance, and that it is not public when it is for the griffie only
    (the draft shows it to the griffie; the council's letter leaves it out, and a draft passed on
    must not pass it off as public)."""
    t = labels(lang)
    parts = (" ".join(note.author.split()), t[f"stance:{note.stance}"].lower(), "" if note.public else t["not_public"])
    return ", ".join(x for x in parts if x)


def _notes_md(notes: Sequence[DraftNote], lang: str, orphaned: bool = False) -> list[str]:
    t = labels(lang)
    out: list[str] = []
    for note in notes:
        who = f"**{_one_line(note.faction_name)}**"
        detail = _one_line(note_detail(note, lang))
        intro = f"{who} ({detail})"
        if orphaned and note.principle_number is not None:
            intro += ", " + t["was_principle"].format(n=note.principle_number)
        if note.quote:
            intro += ", " + _one_line(t["at_quote"].format(quote=note.quote))
        out += [intro + ":", "", *_quote_block(note.body, emphasis=True), ""]
    return out


def draft_to_markdown(draft: CombinedDraft) -> str:
    """The combined draft as one Markdown document, every piece of user text escaped."""
    lang = draft.lang
    t = labels(lang)
    out = [
        f"# {_one_line(t['title'].format(title=draft.dossier_title))}",
        "",
        t["generated"].format(when=draft.generated_at.strftime(t["when"])),
        "",
    ]
    for p in draft.principles:
        out += [
            f"## {_one_line(principle_heading(p, lang))}",
            "",
            f"### {t['original']}",
            "",
            *_quote_block(p.text),
            "",
        ]
        if p.text_after is not None:
            out += [f"### {t['after']}", "", *_quote_block(p.text_after), ""]
        if p.adopted:
            out += [f"### {t['adopted']}", ""]
            for item in p.adopted:
                out += _amendment_md(item, lang)
        if p.pending:
            out += [f"### {t['pending']}", ""]
            for item in p.pending:
                out += _amendment_md(item, lang)
        if p.closed:
            out += [f"### {t['closed']}", "", *(_closed_md(item, lang) for item in p.closed), ""]
        if p.positions:
            out += [f"### {t['positions']}", ""]
            for pos in p.positions:
                line = f"- {t[f'stance:{pos.stance}']}: {_one_line(', '.join(pos.factions))}"
                if pos.shared:
                    line += f" ({t['shared'].format(n=len(pos.factions))})"
                out.append(line)
            out.append("")
        if p.notes:
            out += [f"### {t['notes']}", "", *_notes_md(p.notes, lang)]
    if draft.other_amendments or draft.other_notes:
        out += [f"## {t['other']}", ""]
        for item in draft.other_amendments:
            if AmendmentStatus(item.amendment.status) in CLOSED:
                out += [_closed_md(item, lang), ""]
            else:
                out += _amendment_md(item, lang)
        out += _notes_md(draft.other_notes, lang)
    if draft.orphaned_amendments or draft.orphaned_notes:
        out += [f"## {t['orphaned']}", ""]
        for item in draft.orphaned_amendments:
            if AmendmentStatus(item.amendment.status) in CLOSED:
                out += [_closed_md(item, lang), ""]
            else:
                out += _amendment_md(item, lang)
        out += _notes_md(draft.orphaned_notes, lang, orphaned=True)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
