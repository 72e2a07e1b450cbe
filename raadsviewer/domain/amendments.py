"""Rules for amendments that hold wherever they are stored: form, effect, wording and votes.

An amendment must be "naar de vorm geschikt om direct te worden opgenomen": a clerk must be able
to apply it to the text without interpretation. Hence the old text is a passage of the target
(found mechanically, not retyped), and the operative sentence is generated from the same fields
that apply the change, so what the council votes on and what ends up in the text cannot diverge.

Faction keys in votes and seat maps are faction names, like ``Amendment.cosigners``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from raadsviewer.domain.annotations import revision_id
from raadsviewer.domain.diff import DiffOp, strip_controls, word_diff
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import (
    Amendment,
    AmendmentDraft,
    AmendmentOperation,
    AmendmentStatus,
    Faction,
    TextAnchor,
    Vote,
)
from raadsviewer.domain.names import shows_something
from raadsviewer.domain.votes import bloc_votes, decide, normalise_votes
from raadsviewer.domain.votes import parse_vote as parse_vote  # re-exported: callers have always found it here
from raadsviewer.words import N_, ByLanguage

MAX_TEXT_CHARS = 100_000

# Which status may follow which. Votes decide ingediend -> aangenomen/verworpen; withdrawing is
# possible until the vote. Nothing returns to concept once submitted: the council has seen it.
STATUS_TRANSITIONS: dict[AmendmentStatus, frozenset[AmendmentStatus]] = {
    AmendmentStatus.CONCEPT: frozenset({AmendmentStatus.INGEDIEND, AmendmentStatus.INGETROKKEN}),
    AmendmentStatus.INGEDIEND: frozenset(
        {AmendmentStatus.AANGENOMEN, AmendmentStatus.VERWORPEN, AmendmentStatus.INGETROKKEN}
    ),
    AmendmentStatus.AANGENOMEN: frozenset(),
    AmendmentStatus.VERWORPEN: frozenset(),
    AmendmentStatus.INGETROKKEN: frozenset(),
}

PENDING = frozenset({AmendmentStatus.CONCEPT, AmendmentStatus.INGEDIEND})
CLOSED = frozenset({AmendmentStatus.VERWORPEN, AmendmentStatus.INGETROKKEN})

AmendmentLike = Amendment | AmendmentDraft


def amendment_label(number: int) -> str:
    return f"A{number}"


# --- parsing ----------------------------------------------------------------------------------


def parse_operation(value: str | AmendmentOperation) -> AmendmentOperation:
    try:
        return AmendmentOperation(str(value).strip().lower())
    except ValueError:
        raise UserFacingError("invalid_operation", value=value) from None


def parse_status(value: str | AmendmentStatus) -> AmendmentStatus:
    try:
        return AmendmentStatus(str(value).strip().lower())
    except ValueError:
        raise UserFacingError("invalid_amendment_status", value=value) from None


def normalise_draft(draft: AmendmentDraft) -> AmendmentDraft:
    """A draft as stored: line endings unified, control characters gone, title on one line.

    Old text keeps its exact characters (apart from those XML cannot hold) because it must match
    the document; cosigners are de-duplicated in the order given.
    """
    texts = {
        "old_text": strip_controls(draft.old_text),
        "new_text": strip_controls(draft.new_text),
        "rationale": strip_controls(draft.rationale),
    }
    for value in texts.values():
        if len(value) > MAX_TEXT_CHARS:
            raise UserFacingError("amendment_too_long", limit=MAX_TEXT_CHARS)
    return draft._replace(
        title=one_line(draft.title),
        betreft=one_line(draft.betreft),
        operation=parse_operation(draft.operation),
        cosigners=clean_names(draft.cosigners),
        old_text=texts["old_text"],
        new_text=texts["new_text"],
        rationale=texts["rationale"],
    )


def one_line(text: str) -> str:
    """Text for a single line (a title, a name): control characters gone, whitespace collapsed."""
    return " ".join(strip_controls(text).split())


def clean_names(names: Iterable[str]) -> tuple[str, ...]:
    """Faction names as typed, cleaned to one line each and de-duplicated (case-insensitively) in
    the order given; empty ones dropped. Shared by amendments and moties (mede-indieners)."""
    result: list[str] = []
    for name in names:
        cleaned = one_line(name)
        if cleaned and cleaned.casefold() not in {c.casefold() for c in result}:
            result.append(cleaned)
    return tuple(result)


# --- finding the old text ---------------------------------------------------------------------


def passage_spans(text: str, passage: str) -> list[tuple[int, int]]:
    """Every place ``passage`` occurs in ``text``; whitespace-tolerant when there is no exact hit.

    A passage selected in a view may carry line breaks or doubled spaces the clean text lacks
    (and vice versa), so "no exact match" falls back to matching the words with any whitespace.
    """
    if not passage.strip():
        return []
    spans: list[tuple[int, int]] = []
    i = text.find(passage)
    while i != -1:
        spans.append((i, i + len(passage)))
        i = text.find(passage, i + 1)
    if spans:
        return spans
    pattern = re.compile(r"\s+".join(re.escape(word) for word in passage.split()))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _context_score(text: str, start: int, end: int, anchor: TextAnchor) -> int:
    score = 0
    for a, b in zip(reversed(text[max(0, start - len(anchor.prefix)) : start]), reversed(anchor.prefix), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(text[end : end + len(anchor.suffix)], anchor.suffix, strict=False):
        if a != b:
            break
        score += 1
    return score


def find_passage(text: str, passage: str, anchor: TextAnchor | None = None) -> tuple[int, int] | None:
    """Where the old text stands in ``text``: the occurrence whose context best matches the
    anchor when the passage occurs more than once, else the first; None when absent."""
    spans = passage_spans(text, passage)
    if not spans:
        return None
    if len(spans) > 1 and anchor is not None:
        return max(spans, key=lambda s: _context_score(text, s[0], s[1], anchor))
    return spans[0]


# --- validation -------------------------------------------------------------------------------


def _has_target(item: AmendmentLike) -> bool:
    return bool(
        item.principle_number is not None
        or getattr(item, "principle_id", None)
        or item.anchor is not None
        or item.parent_id
    )


def validate_for_submission(item: AmendmentLike, target_text: str | None) -> list[str]:
    """Codes of everything that keeps the amendment from being submitted; empty when ready.

    ``target_text`` is the text the amendment changes (the principle, the quoted document, or the
    parent amendment's new text); None when unknown, which skips the checks that need it. A
    concept may be incomplete; these codes are what the window lists before "indienen".
    """
    problems: list[str] = []
    try:
        operation = parse_operation(item.operation)
    except UserFacingError:
        return ["invalid_operation"]
    old, new = item.old_text, item.new_text
    if not shows_something(item.title):
        problems.append("missing_title")
    if not _has_target(item):
        problems.append("missing_target")
    if operation in (AmendmentOperation.VERVANGEN, AmendmentOperation.SCHRAPPEN) and not old.strip():
        problems.append("missing_old_text")
    if old.strip() and target_text is not None:
        spans = passage_spans(target_text, old)
        if not spans:
            problems.append("old_text_not_in_target")
        elif len(spans) > 1 and item.anchor is None:
            problems.append("old_text_ambiguous")
    if operation == AmendmentOperation.VERVANGEN:
        if not new.strip():
            problems.append("empty_new_text_for_vervangen")
        elif old.strip() and new.strip() == old.strip():
            problems.append("new_text_same_as_old")
    elif operation == AmendmentOperation.TOEVOEGEN and not new.strip():
        problems.append("missing_new_text")
    elif operation == AmendmentOperation.SCHRAPPEN and new.strip():
        problems.append("new_text_for_schrappen")
    return problems


def is_out_of_date(item: AmendmentLike, target_text: str) -> bool:
    """The amendment's old text is no longer in its target (a new version of the framework, or of
    the amended amendment, changed it): its dictum cannot be applied as written until its faction
    updates it. An amendment without old text (a new principle) is never out of date."""
    return bool(item.old_text.strip()) and not passage_spans(target_text, item.old_text)


def check_amendment(item: AmendmentLike, target_text: str | None = None) -> None:
    """Raise for the first problem no amendment may have, even a concept (service/CLI save).

    Unlike :func:`validate_for_submission` this does not ask for completeness (a concept may
    lack a title), only for consistency: a known operation, old text that is really in the target,
    and a replacement that replaces with something (deleting is ``schrappen``).
    """
    operation = parse_operation(item.operation)
    if item.old_text.strip() and target_text is not None and not passage_spans(target_text, item.old_text):
        raise UserFacingError("old_text_not_in_target", number=item.principle_number or "-", quote=item.old_text[:200])
    if operation == AmendmentOperation.VERVANGEN and not item.new_text.strip():
        raise UserFacingError("empty_new_text_for_vervangen")


def check_status_change(old: AmendmentStatus, new: AmendmentStatus) -> None:
    check_transition(STATUS_TRANSITIONS, AmendmentStatus(old), AmendmentStatus(new))


def check_transition(
    table: Mapping[Any, frozenset[Any]], old: Any, new: Any, code: str = "invalid_status_transition"
) -> None:
    """Refuse a status change the table does not allow (staying put is always allowed)."""
    if new != old and new not in table[old]:
        raise UserFacingError(code, old=str(old), new=str(new))


# --- seats and votes --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SeatsSummary:
    seats: int
    council_seats: int
    majority: bool


def seats_summary(submitter: Faction, cosigners: Sequence[Faction], council_seats: int) -> SeatsSummary:
    """How many seats stand behind an amendment: a signal whether it can win before the vote.

    Each faction counts once, even when it is listed twice or as both submitter and cosigner.
    """
    seen: dict[str, Faction] = {submitter.id: submitter}
    for faction in cosigners:
        seen.setdefault(faction.id, faction)
    seats = sum(f.seats for f in seen.values())
    return SeatsSummary(
        seats=seats, council_seats=council_seats, majority=council_seats > 0 and seats * 2 > council_seats
    )


def check_votable(status: AmendmentStatus | str) -> None:
    """Only a submitted amendment is voted on."""
    if parse_status(status) != AmendmentStatus.INGEDIEND:
        raise UserFacingError("vote_not_submitted", status=str(status))


def validate_votes(
    status: AmendmentStatus | str, votes: Iterable[tuple[str, Vote | str]]
) -> tuple[tuple[str, Vote], ...]:
    """Whole-faction votes to record, checked: only a submitted amendment is voted on, one vote per
    faction (:func:`raadsviewer.domain.votes.normalise_votes` holds the rules).

    Returns them normalised (faction names trimmed, votes as ``Vote``, ordered by faction name) so
    the same vote yields the same revision on every laptop.
    """
    check_votable(status)
    return tuple((v.faction, Vote(v.vote)) for v in normalise_votes(bloc_votes(votes)) if v.vote is not None)


def outcome(votes: Iterable[tuple[str, Vote | str]], seats_by_faction: Mapping[str, int]) -> tuple[int, int, bool]:
    """(members voor, members tegen, aangenomen) when every faction votes as a bloc.

    A thin view of :func:`raadsviewer.domain.votes.decide` (the Gemeentewet's rules, one place):
    factions of ``seats_by_faction`` that did not vote count as absent, and a tie or an invalid
    vote is not an adoption.
    """
    result = decide(bloc_votes(votes), seats_by_faction)
    return result.voor, result.tegen, result.adopted


# --- effect and wording -----------------------------------------------------------------------


def amendment_edit(text: str, amendment: AmendmentLike) -> tuple[int, int, str]:
    """The edit an adopted amendment makes to ``text``: replace ``text[start:end]`` by a string.

    vervangen replaces the old passage once; schrappen removes it (with the space that would
    otherwise be left doubled); toevoegen inserts the new text right after the old passage (with
    a separating space when needed) or, without old text, appends it as a new paragraph: the new
    principle that follows principle N. The Word export uses the same span for its tracked
    change, so the text shown and the text applied agree.
    Raises ``old_text_not_in_target`` when the passage is not (or no longer) in ``text``.
    """
    operation = parse_operation(amendment.operation)
    old, new = amendment.old_text, amendment.new_text
    if operation == AmendmentOperation.TOEVOEGEN and not old.strip():
        body_end = len(text.rstrip())
        return (body_end, len(text), f"\n\n{new.strip()}") if body_end else (0, len(text), new.strip())
    span = find_passage(text, old, amendment.anchor)
    if span is None:
        raise UserFacingError("old_text_not_in_target", number=amendment.principle_number or "-", quote=old[:200])
    start, end = span
    if operation == AmendmentOperation.VERVANGEN:
        return start, end, new
    if operation == AmendmentOperation.SCHRAPPEN:
        after = text[end:]
        if text[:start].endswith(" ") and (not after or after[0] in " ,.;:!?)"):
            start -= 1
        elif start == 0 and after.startswith(" "):
            end += 1
        return start, end, ""
    needs_space = bool(new) and not new[0].isspace() and new[0] not in ",.;:!?)" and not text[end - 1].isspace()
    return end, end, (" " if needs_space else "") + new


def apply_amendment(text: str, amendment: AmendmentLike) -> str:
    """``text`` as it reads once the amendment is adopted (see :func:`amendment_edit`)."""
    start, end, replacement = amendment_edit(text, amendment)
    return text[:start] + replacement + text[end:]


def amendment_diff(amendment: AmendmentLike) -> tuple[DiffOp, ...]:
    """The change of the amendment on its own: its old passage before and after adoption.

    For toevoegen this is the passage followed by the inserted words (not "passage replaced by
    new words"), for a new principle just the inserted text.
    """
    old = amendment.old_text
    if not old.strip():
        return word_diff("", amendment.new_text.strip())
    return word_diff(old, apply_amendment(old, amendment._replace(anchor=None)))


_WORDS = ByLanguage(
    {
        "principle": N_("uitgangspunt {n}"),
        "amendment": N_("amendement {label}"),
        "the_amendment": N_("het amendement"),
        "proposal": N_("het voorstel"),
        AmendmentOperation.VERVANGEN: N_('In {place} de tekst "{old}" te vervangen door: "{new}"'),
        AmendmentOperation.SCHRAPPEN: N_('In {place} de tekst "{old}" te schrappen.'),
        "insert_after": N_('In {place} na de tekst "{old}" toe te voegen: "{new}"'),
        "new_principle": N_('Na uitgangspunt {n} een nieuw uitgangspunt toe te voegen: "{new}"'),
        "append": N_('Aan {place} toe te voegen: "{new}"'),
    }
)


def operative_text(amendment: AmendmentLike, lang: str = "nl", parent: Amendment | None = None) -> str:
    """The council-ready sentence ("dictum") that says what the amendment changes.

    Generated from the same fields :func:`apply_amendment` uses, so the wording voted on and the
    change applied agree. ``parent`` names the amended amendment of a sub-amendment.
    """
    words = _WORDS["en" if lang == "en" else "nl"]
    operation = parse_operation(amendment.operation)
    if amendment.parent_id:
        place = words["amendment"].format(label=parent.label) if parent is not None else words["the_amendment"]
    elif amendment.principle_number is not None:
        place = words["principle"].format(n=amendment.principle_number)
    else:
        place = words["proposal"]
    old, new = amendment.old_text.strip(), amendment.new_text.strip()
    if operation == AmendmentOperation.TOEVOEGEN:
        if old:
            template = words["insert_after"]
        elif amendment.principle_number is not None and not amendment.parent_id:
            template = words["new_principle"]
        else:
            template = words["append"]
    else:
        template = words[operation]
    return template.format(place=place, old=old, new=new, n=amendment.principle_number)


# --- identity ---------------------------------------------------------------------------------


def amendment_content(amendment: Amendment) -> dict[str, Any]:
    """The state a revision records, as plain JSON values (the same on every laptop).

    Only the faction's part: its provisional number, and the status as far as the faction sets
    it (concept, ingediend, ingetrokken). The griffie's decisions (the official number, the
    outcome, the votes) are kept beside the revisions (``domain.access``), never in them.
    """
    anchor = amendment.anchor
    status = amendment.status
    if status in (AmendmentStatus.AANGENOMEN, AmendmentStatus.VERWORPEN):
        status = AmendmentStatus.INGEDIEND  # decided by the griffie: the faction submitted it
    return {
        "amendment_id": amendment.id,
        "dossier_id": amendment.dossier_id,
        "number": amendment.draft_number or amendment.number,
        "title": amendment.title,
        "betreft": amendment.betreft,
        "principle_id": amendment.principle_id,
        "document_id": anchor.document_id if anchor else None,
        "quote": anchor.quote if anchor else None,
        "quote_prefix": anchor.prefix if anchor else None,
        "quote_suffix": anchor.suffix if anchor else None,
        "quote_start": anchor.start if anchor else None,
        "quote_end": anchor.end if anchor else None,
        "operation": str(amendment.operation),
        "old_text": amendment.old_text,
        "new_text": amendment.new_text,
        "rationale": amendment.rationale,
        "faction_id": amendment.faction_id,
        "author": amendment.author,
        "cosigners": list(amendment.cosigners),
        "status": str(status),
        "votes": [],
        "parent_id": amendment.parent_id,
        "deleted": amendment.deleted,
        "version": amendment.version,
        "created_at": amendment.created_at.isoformat(timespec="microseconds"),
        "updated_at": amendment.updated_at.isoformat(timespec="microseconds"),
    }


def amendment_revision_id(amendment: Amendment, parent: str | None) -> str:
    """Revision id as for annotations: hash of the content and of the revision it follows."""
    return revision_id({"parent": parent, "content": amendment_content(amendment)})
