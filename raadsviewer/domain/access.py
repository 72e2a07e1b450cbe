"""Who may see what, and who may decide what: the trust model in one place.

In plain words: every store has an owner, a faction member or the griffie. A note's visibility
says who may read it: *privé* the author only (it never leaves the laptop, not even as history),
*fractie* the faction's members, *griffie* the faction and the griffie, *openbaar* everyone. An
amendment or a motie is the faction's and the griffie's while it is a concept, everyone's once
submitted; a principle-passage link is the faction's and the griffie's. Decisions (official
amendment and motie numbers, outcomes and votes, the proposal's outcome, what goes into the
concept-zienswijze, which faction keys are trusted) are the griffie's: they take effect only in
the griffie's store or when signed by the griffie. A faction records only the submission
(indienen), withdrawal (intrekken) and, for a motie, holding over (aanhouden) of its own items.

:func:`may_see` is the one rule every list, search, count, draft, export and merge applies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from functools import cache
from typing import NamedTuple

from raadsviewer.domain.model import AmendmentStatus, MotieStatus, Visibility


class Role(StrEnum):
    GRIFFIE = "griffie"
    MEMBER = "member"


class Audience(StrEnum):
    """Who a file is written for: colleagues of the faction, the griffie, or everyone (the
    griffie's dossier)."""

    FRACTIE = "fractie"
    GRIFFIE = "griffie"
    OPENBAAR = "openbaar"


class Viewer(NamedTuple):
    """Who is looking: the griffie, or a member of a faction (``member`` None: any member)."""

    role: Role
    faction_id: str | None = None
    member: str | None = None

    @classmethod
    def griffie(cls) -> Viewer:
        return cls(Role.GRIFFIE)

    @classmethod
    def of_member(cls, faction_id: str, member: str | None = None) -> Viewer:
        return cls(Role.MEMBER, faction_id, member)

    @property
    def is_griffie(self) -> bool:
        return self.role is Role.GRIFFIE


def viewer_of(
    owner_role: str | None, owner_faction_id: str | None, owner_member: str | None, named_faction_id: str | None
) -> Viewer:
    """Who is looking in a store: its owner decides. A member's laptop shows what that member may
    see and the griffie's store what the griffie may see, whatever faction a caller names; only a
    store without an owner (a script's) shows what a member of the named faction may see (and
    without a name, what the griffie may see). ``named_faction_id`` "" is a faction not found."""
    if owner_role == Role.MEMBER.value:
        return Viewer.of_member(owner_faction_id or "\x00missing", owner_member)
    if owner_role == Role.GRIFFIE.value or named_faction_id is None:
        return Viewer.griffie()
    return Viewer.of_member(named_faction_id or "\x00unknown")


def may_see(viewer: Viewer, owner_faction_id: str, visibility: str | Visibility, author: str | None = None) -> bool:
    """Whether ``viewer`` may see an item of ``owner_faction_id`` with this visibility.

    Privé is the author's only: a member of the owner faction sees it when the viewer is not a
    named member or is its author. The griffie never sees privé or fractie items.
    """
    vis = Visibility(visibility)
    own = viewer.role is Role.MEMBER and viewer.faction_id == owner_faction_id
    if vis is Visibility.PRIVE:
        return own and (viewer.member is None or author is None or author == viewer.member)
    if own or vis is Visibility.OPENBAAR:
        return True
    if vis is Visibility.GRIFFIE:
        return viewer.role is Role.GRIFFIE
    return False


_REACH = (Visibility.PRIVE, Visibility.FRACTIE, Visibility.GRIFFIE, Visibility.OPENBAAR)  # each sees more


def narrower(new: str | Visibility, old: str | Visibility) -> bool:
    """Whether ``new`` lets fewer see an item than ``old``: privé (its author), fractie (and the
    faction), griffie (and the griffie), openbaar (everyone) each reach those before them too."""
    return _REACH.index(Visibility(new)) < _REACH.index(Visibility(old))


def widest(visibilities: Iterable[str | Visibility]) -> Visibility:
    """The visibility of these that reaches most (privé when there are none)."""
    return max((Visibility(v) for v in visibilities), key=_REACH.index, default=Visibility.PRIVE)


def lost_to(audience: Audience | str, old: str | Visibility, new: str | Visibility) -> bool:
    """Whether a file for ``audience`` carried a version with visibility ``old`` to someone who
    may not see it with ``new``: they keep what ``new`` would no longer show them. An openbaar
    version sent to the griffie goes on, in the griffie's dossier, to every faction."""
    reached = [Audience(audience)]
    if reached[0] is Audience.GRIFFIE and Visibility(old) is Visibility.OPENBAAR:
        reached.append(Audience.OPENBAAR)
    return any(may_travel(a, old) and not may_travel(a, new) for a in reached)


def may_travel(audience: Audience | str, visibility: str | Visibility) -> bool:
    """Whether a version with this visibility may leave the laptop in a file for ``audience``.

    Privé never leaves; for colleagues everything else; for the griffie griffie and openbaar;
    for everyone openbaar only. (The receiving side applies :func:`may_see` again.)
    """
    vis = Visibility(visibility)
    if vis is Visibility.PRIVE:
        return False
    return may_see(_audience_viewer(Audience(audience)), _SENDER, vis)


_SENDER = "\x00sender"


def _audience_viewer(audience: Audience) -> Viewer:
    if audience is Audience.FRACTIE:
        return Viewer.of_member(_SENDER)
    if audience is Audience.GRIFFIE:
        return Viewer.griffie()
    return Viewer.of_member("\x00anyone")


def amendment_visibility(status: str | AmendmentStatus) -> Visibility:
    """An amendment is the faction's and the griffie's while a concept, everyone's once submitted."""
    return Visibility.GRIFFIE if AmendmentStatus(status) is AmendmentStatus.CONCEPT else Visibility.OPENBAAR


def motie_visibility(status: str | MotieStatus) -> Visibility:
    """A motie as an amendment: the faction's and the griffie's while a concept, everyone's once
    submitted (also when held over or withdrawn: the council has seen it)."""
    return Visibility.GRIFFIE if MotieStatus(status) is MotieStatus.CONCEPT else Visibility.OPENBAAR


LINK_VISIBILITY = Visibility.GRIFFIE  # a faction's word on the ranking: its own and the griffie's


# --- what belongs to the griffie ------------------------------------------------------------

FACTION_STATUSES = frozenset({AmendmentStatus.CONCEPT, AmendmentStatus.INGEDIEND, AmendmentStatus.INGETROKKEN})
# A motie's submitters may also hold it over (aanhouden) and submit it again at a later meeting.
FACTION_MOTIE_STATUSES = frozenset(
    {MotieStatus.CONCEPT, MotieStatus.INGEDIEND, MotieStatus.AANGEHOUDEN, MotieStatus.INGETROKKEN}
)


def decision_in_annotation(content: Mapping[str, object]) -> str | None:
    """The griffie decision a faction's annotation version claims (None when it claims none)."""
    return "include_in_draft" if content.get("include_in_draft") else None


def decision_in_amendment(content: Mapping[str, object]) -> str | None:
    """The griffie decision a faction's amendment version claims: an outcome or votes."""
    return _decision_in(content, FACTION_STATUSES)


def decision_in_motie(content: Mapping[str, object]) -> str | None:
    """The griffie decision a faction's motie version claims: an outcome or votes."""
    return _decision_in(content, FACTION_MOTIE_STATUSES)


def _decision_in(content: Mapping[str, object], faction_statuses: frozenset[StrEnum]) -> str | None:
    status = content.get("status")
    if isinstance(status, str) and status not in {str(s) for s in faction_statuses}:
        return f"status {status}"
    if content.get("votes"):
        return "votes"
    return None


# What the council has seen stays as it was seen. Once a faction's amendment or motie is no longer
# a concept, the faction's later versions change its status only, as the transitions allow
# (withdrawing; holding a motie over and submitting it again), never what was submitted, and
# never take it back (deleted, or a concept again). Its place in the framework is not listed: a
# new version of the document moves it on every laptop alike (``services.versions``).
SUBMITTED_FIELDS: dict[str, tuple[str, ...]] = {
    "amendment": (
        *("title", "betreft", "operation", "old_text", "new_text", "rationale", "parent_id"),
        *("faction_id", "author", "cosigners", "deleted"),
    ),
    "motie": (
        *("title", "municipality", "meeting_date", "agenda_item", "constaterende", "overwegende", "kind", "dictum"),
        *("faction_id", "author", "cosigners", "deleted"),
    ),
}


def change_after_submission(
    kind: str, before: Mapping[str, object], after: Mapping[str, object], *, decided: bool = False
) -> str | None:
    """What a faction's version ``after`` of an amendment or motie changes that it may not, of the
    version ``before`` it follows: a field's name, or the status change (``"status a -> b"``);
    None when it changes nothing it may not, or ``before`` is a concept. ``decided``: the council
    has voted on the item, so not even its status changes any more."""
    fields = SUBMITTED_FIELDS.get(kind)
    if fields is None or before.get("status") == "concept":
        return None
    for name in fields:
        if before.get(name) != after.get(name):
            return name
    old, new = str(before.get("status")), str(after.get("status"))
    if old == new:
        return None
    if decided:
        return f"status {old} -> {new}"
    from raadsviewer.domain import amendments, moties  # here: this module is on the way to the first paint

    table: Mapping[StrEnum, frozenset[StrEnum]] = (
        amendments.STATUS_TRANSITIONS if kind == "amendment" else moties.STATUS_TRANSITIONS  # type: ignore[assignment]
    )
    before_status = _status(kind, old)
    if before_status is None or new not in {str(s) for s in table[before_status]}:
        return f"status {old} -> {new}"
    return None


def _status(kind: str, value: str) -> StrEnum | None:
    try:
        return AmendmentStatus(value) if kind == "amendment" else MotieStatus(value)
    except ValueError:
        return None


# --- item ids belong to their owner ---------------------------------------------------------


@cache  # asked for every item of a merge; a store has a handful of factions
def id_prefix(faction_id: str) -> str:
    """The first group of every item id a faction makes: whose an id is can be checked without
    having seen the item before, so another faction cannot claim (squat) it."""
    import hashlib  # here: the first window is shown before any id is made (hashlib loads OpenSSL)

    return hashlib.sha256(f"raadsviewer-item:{faction_id}".encode()).hexdigest()[:8]


def new_item_id(faction_id: str) -> str:
    import uuid

    return id_prefix(faction_id) + str(uuid.uuid4())[8:]


def id_owner(item_id: str, faction_ids: list[str] | tuple[str, ...] | set[str]) -> str | None:
    """The faction (of those given) whose prefix the id carries; None for an id made before ids
    carried their owner (or by a faction not given)."""
    prefix = item_id[:8]
    return next((f for f in faction_ids if id_prefix(f) == prefix), None)


def id_owners(faction_ids: list[str] | tuple[str, ...] | set[str]) -> Callable[[str], str | None]:
    """:func:`id_owner` for many ids among the same factions (a merge asks it for every item):
    each faction's prefix is looked up once."""
    prefixes: dict[str, str] = {}
    for faction in faction_ids:
        prefixes.setdefault(id_prefix(faction), faction)  # the first, as id_owner finds it
    return lambda item_id: prefixes.get(item_id[:8])


# --- official numbers -----------------------------------------------------------------------

MAX_AMENDMENT_NUMBER = 9_999  # a council's dossier never has that many amendments; 10^9 is an attack
MAX_ITEM_NUMBER = MAX_AMENDMENT_NUMBER  # the same bound for moties (and for every faction's own numbers)
# Official numbers one faction's packages may take in a dossier, per series: far more than a
# faction submits, and far from all of them, so that no package can use up the dossier's numbers
# (which are never given twice) and leave none for the other factions.
MAX_NUMBERS_PER_FACTION = 999


def next_official_number(taken: set[int] | frozenset[int]) -> int:
    """The griffie's next A-number: one past the highest ever given in the dossier (never reused)."""
    return max(taken, default=0) + 1


def _short_name(faction_name: str) -> str:
    capitals = "".join(c for c in faction_name if c.isupper() or c.isdigit())
    return capitals if len(capitals) >= 2 else faction_name


def provisional_label(faction_name: str, draft_number: int) -> str:
    """ "GL-1": the faction's own number for an amendment the griffie has not numbered yet."""
    return f"{_short_name(faction_name)}-{draft_number}"


def provisional_motie_label(faction_name: str, draft_number: int) -> str:
    """ "GL-M1": the faction's own number for a motie the griffie has not numbered yet (the "M"
    keeps it apart from the faction's amendment "GL-1")."""
    return f"{_short_name(faction_name)}-M{draft_number}"
