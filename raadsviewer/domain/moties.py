"""Rules for moties that hold wherever they are stored: form, completeness, status and identity.

A motie is a short, reasoned statement of the council's judgement, wish or request. Its fixed
form ("De raad van de gemeente …, in vergadering bijeen op …, constaterende dat …, overwegende
dat …, verzoekt het college … en gaat over tot de orde van de dag") is generated from its fields,
so the faction fills in the parts and the words around them are always right.

The pieces amendments already have are reused, not copied: one-line cleaning and mede-indieners
(:func:`raadsviewer.domain.amendments.clean_names`), the status table check, revision ids (the
content hash of :mod:`raadsviewer.domain.annotations`) and the one vote rule
(:mod:`raadsviewer.domain.votes`). Codes, not words, come out of here; ``raadsviewer.messages``
words them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from raadsviewer.domain.amendments import MAX_TEXT_CHARS, check_transition, clean_names, one_line
from raadsviewer.domain.annotations import revision_id
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Motie, MotieDraft, MotieKind, MotieStatus
from raadsviewer.domain.votes import FactionVote, normalise_votes

MAX_POINTS = 50  # per list (constaterende, overwegende, dictum)
MAX_PRINCIPLES = 200

# Which status may follow which. Votes decide ingediend -> aangenomen/verworpen; the submitters
# may hold a motie over (aanhouden) and submit it again at a later meeting, or withdraw it until
# the vote. Nothing returns to concept once submitted: the council has seen it.
STATUS_TRANSITIONS: dict[MotieStatus, frozenset[MotieStatus]] = {
    MotieStatus.CONCEPT: frozenset({MotieStatus.INGEDIEND, MotieStatus.INGETROKKEN}),
    MotieStatus.INGEDIEND: frozenset(
        {MotieStatus.AANGEHOUDEN, MotieStatus.INGETROKKEN, MotieStatus.AANGENOMEN, MotieStatus.VERWORPEN}
    ),
    MotieStatus.AANGEHOUDEN: frozenset({MotieStatus.INGEDIEND, MotieStatus.INGETROKKEN}),
    MotieStatus.INGETROKKEN: frozenset(),
    MotieStatus.AANGENOMEN: frozenset(),
    MotieStatus.VERWORPEN: frozenset(),
}

PENDING = frozenset({MotieStatus.CONCEPT, MotieStatus.INGEDIEND, MotieStatus.AANGEHOUDEN})
DECIDED = frozenset({MotieStatus.AANGENOMEN, MotieStatus.VERWORPEN})

MotieLike = Motie | MotieDraft

# The kinds as typed on a command line or in a file: the value, or the words of the dictum.
_KIND_ALIASES = {
    "verzoekt": MotieKind.VERZOEKT,
    "verzoekt het college": MotieKind.VERZOEKT,
    "draagt-op": MotieKind.DRAAGT_OP,
    "draagt op": MotieKind.DRAAGT_OP,
    "draagt het college op": MotieKind.DRAAGT_OP,
    "spreekt-uit": MotieKind.SPREEKT_UIT,
    "spreekt uit": MotieKind.SPREEKT_UIT,
}


def motie_label(number: int) -> str:
    return f"M{number}"


def parse_kind(value: str | MotieKind) -> MotieKind:
    kind = _KIND_ALIASES.get(" ".join(str(value).lower().split()))
    if kind is None:
        raise UserFacingError("invalid_motie_kind", value=value)
    return kind


def parse_motie_status(value: str | MotieStatus) -> MotieStatus:
    try:
        return MotieStatus(str(value).strip().lower())
    except ValueError:
        raise UserFacingError("invalid_motie_status", value=value) from None


def _points(values: Iterable[str]) -> tuple[str, ...]:
    """A list of points as stored: each on one line, empty ones dropped, within the limits."""
    points = tuple(p for p in (one_line(v) for v in values) if p)
    if len(points) > MAX_POINTS:
        raise UserFacingError("motie_too_many_points", limit=MAX_POINTS)
    if sum(len(p) for p in points) > MAX_TEXT_CHARS:
        raise UserFacingError("motie_too_long", limit=MAX_TEXT_CHARS)
    return points


def normalise_motie_draft(draft: MotieDraft) -> MotieDraft:
    """A draft as stored: every text on one line, empty points gone, mede-indieners de-duplicated,
    principle numbers sorted and unique. Raises for a kind, number or size no motie may have."""
    numbers = sorted(set(draft.principle_numbers))
    for n in numbers:
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise UserFacingError("principle_not_found", number=n)
    if len(numbers) > MAX_PRINCIPLES:
        raise UserFacingError("motie_too_many_points", limit=MAX_PRINCIPLES)
    title = one_line(draft.title)
    if len(title) > 500:
        raise UserFacingError("motie_too_long", limit=500)
    return draft._replace(
        title=title,
        kind=parse_kind(draft.kind),
        constaterende=_points(draft.constaterende),
        overwegende=_points(draft.overwegende),
        dictum=_points(draft.dictum),
        municipality=one_line(draft.municipality),
        agenda_item=one_line(draft.agenda_item),
        cosigners=clean_names(draft.cosigners),
        principle_numbers=tuple(numbers),
    )


def validate_motie_for_submission(item: MotieLike) -> list[str]:
    """Codes of everything still missing before the motie can be submitted; empty when ready.

    A concept may be incomplete; these are what the editor lists before "Indienen": a title, the
    council it speaks for and the meeting, at least one reason (constaterende or overwegende dat)
    and at least one point of the dictum.
    """
    problems: list[str] = []
    try:
        parse_kind(item.kind)
    except UserFacingError:
        problems.append("invalid_motie_kind")
    if not one_line(item.title):
        problems.append("motie_missing_title")
    if not one_line(item.municipality):
        problems.append("motie_missing_municipality")
    if item.meeting_date is None:
        problems.append("motie_missing_meeting_date")
    if not any(one_line(p) for p in (*item.constaterende, *item.overwegende)):
        problems.append("motie_missing_reasons")
    if not any(one_line(p) for p in item.dictum):
        problems.append("motie_missing_dictum")
    return problems


def check_motie_status_change(old: MotieStatus | str, new: MotieStatus | str) -> None:
    check_transition(STATUS_TRANSITIONS, parse_motie_status(old), parse_motie_status(new), "invalid_motie_transition")


def check_motie_votable(status: MotieStatus | str) -> None:
    """Only a submitted motie is voted on: not a concept, and not one held over (aangehouden)."""
    if parse_motie_status(status) != MotieStatus.INGEDIEND:
        raise UserFacingError("motie_vote_not_submitted", status=str(status))


def validate_motie_votes(status: MotieStatus | str, votes: Iterable[FactionVote]) -> tuple[FactionVote, ...]:
    """The votes to record on a motie, checked and in the order every laptop stores them."""
    check_motie_votable(status)
    return normalise_votes(votes)


def motie_content(motie: Motie) -> dict[str, Any]:
    """The state a revision records, as plain JSON values (the same on every laptop).

    Only the faction's part, as for amendments (:func:`raadsviewer.domain.amendments.amendment_content`):
    its provisional number, and the status as far as the faction sets it (concept, ingediend,
    aangehouden, ingetrokken). The griffie's decisions (the official number, the outcome, the
    votes) are kept beside the revisions (``domain.access``), never in them.
    """
    status = motie.status
    if status in DECIDED:
        status = MotieStatus.INGEDIEND  # decided by the griffie: the faction submitted it
    return {
        "motie_id": motie.id,
        "dossier_id": motie.dossier_id,
        "number": motie.draft_number or motie.number,
        "title": motie.title,
        "municipality": motie.municipality,
        "meeting_date": motie.meeting_date.isoformat() if motie.meeting_date else None,
        "constaterende": list(motie.constaterende),
        "overwegende": list(motie.overwegende),
        "kind": str(motie.kind),
        "dictum": list(motie.dictum),
        "faction_id": motie.faction_id,
        "author": motie.author,
        "cosigners": list(motie.cosigners),
        "principle_ids": list(motie.principle_ids),
        "agenda_item": motie.agenda_item,
        "status": str(status),
        "votes": [],
        "deleted": motie.deleted,
        "version": motie.version,
        "created_at": motie.created_at.isoformat(timespec="microseconds"),
        "updated_at": motie.updated_at.isoformat(timespec="microseconds"),
    }


def motie_revision_id(motie: Motie, parent: str | None) -> str:
    """Revision id as for annotations and amendments: hash of the content and of its parent."""
    return revision_id({"parent": parent, "content": motie_content(motie)})
