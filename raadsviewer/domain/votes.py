"""Votes as a municipal council votes, and what the Gemeentewet makes of them.

A faction usually votes as one (``CDA=voor``), but its members may split: in a *hoofdelijke
stemming* every member's name is called and each votes voor or tegen, so a split is recorded as
the members' names each way or just as counts (``VVD=5/2``). Members may be absent. What decides
is the number of members who voted each way, not the seats of the factions that voted: a faction
with two of its seven members absent brings five votes.

The rule for the result follows the Gemeentewet (BWBR0005416), articles 28 to 32, quoted here from
the consolidated text in github.com/statengeneraal/laws-markdown, ``wet/gemeentewet/BWBR0005416/
README.md`` (commit 06e3401e16fc); the official text is wetten.overheid.nl/BWBR0005416, against
which a change of the law should be checked:

    Artikel 28, eerste lid: "Een lid van de raad neemt niet deel aan de stemming over: a. een
    aangelegenheid die hem rechtstreeks of middellijk persoonlijk aangaat of waarbij hij als
    vertegenwoordiger is betrokken; b. de vaststelling of goedkeuring der rekening van een lichaam
    waaraan hij rekenplichtig is of tot welks bestuur hij behoort."

    Artikel 29: "1. Een stemming is alleen geldig, indien meer dan de helft van het aantal leden
    dat zitting heeft en zich niet van deelneming aan de stemming moet onthouden, daaraan heeft
    deelgenomen. 2. Het eerste lid is niet van toepassing: a. ingeval opnieuw wordt gestemd over
    een voorstel of over een benoeming, voordracht of aanbeveling van een of meer personen ten
    aanzien van wie in een vorige vergadering een stemming op grond van dat lid niet geldig was;
    b. in een vergadering als bedoeld in artikel 20, tweede lid, voor zover het betreft
    onderwerpen die in de daaraan voorafgaande, ingevolge artikel 20, eerste lid, niet geopende
    vergadering aan de orde waren gesteld."

    Artikel 30, eerste lid: "Voor het tot stand komen van een beslissing bij stemming wordt de
    volstrekte meerderheid vereist van hen die een stem hebben uitgebracht."

    Artikel 32: "1. De overige stemmingen geschieden bij hoofdelijke oproeping, indien de
    voorzitter of een van de leden dat verlangt. In dat geval geschieden zij mondeling.
    2. Bij hoofdelijke oproeping is ieder ter vergadering aanwezig lid dat zich niet van
    deelneming aan de stemming moet onthouden verplicht zijn stem voor of tegen uit te brengen.
    3. Indien over een voorstel geen stemming wordt gevraagd, is het aangenomen.
    4. Tenzij de vergadering voltallig is, wordt bij staking van stemmen het nemen van een
    beslissing uitgesteld tot een volgende vergadering, waarin de beraadslagingen kunnen worden
    heropend.
    5. Indien de stemmen staken in een voltallige vergadering of in een ingevolge het vierde lid
    opnieuw belegde vergadering, is het voorstel niet aangenomen.
    6. Onder een voltallige vergadering wordt verstaan een vergadering waarin alle leden waaruit
    de raad bestaat, voor zover zij zich niet van deelneming aan de stemming moesten onthouden,
    een stem hebben uitgebracht."

What :func:`decide` does with that, in this order:

* members who must not take part (art. 28, ``recused``) count neither as voters nor as absent;
* nothing countable (only factions with unknown seats voted, as a bloc) is ``ONBEKEND``;
  the *entitled* members are the seated ones minus those;
* a vote in which no more than half of the entitled members took part is not valid
  (art. 29.1): ``ONGELDIG``; unless ``quorum_waived`` says this is the re-vote of art. 29.2;
* more voor than tegen is adopted, more tegen than voor rejected (art. 30.1: an absolute majority
  of the votes cast; every member present votes voor or tegen, art. 32.2, so there is no
  abstention to count);
* a tie when every entitled member voted (a *voltallige vergadering*, art. 32.6), or a tie in the
  meeting to which an earlier tie was postponed (``revote``), is ``STAKING_NIET_AANGENOMEN``
  (art. 32.5); any other tie is ``STAKING_UITGESTELD``: the decision goes to the next meeting
  (art. 32.4), and the proposal stays submitted until then.

A vote that does not decide (a postponed tie, or one without quorum) is kept as a
:class:`PendingVote`, which says by which rule the next vote on the same item is counted: the
re-vote after a tie (``revote``) or after an invalid vote (``quorum_waived``, art. 29.2a);
:func:`decision_of` says what status a vote gives, if any.

Not implemented: votes on persons (art. 31, secret ballots with a re-vote and then lot; moties and
amendments are never about persons), the art. 20 meeting of art. 29.2b (it is the same waiver as
a re-vote, so ``quorum_waived`` covers it), whether a member must abstain (art. 28 is the
member's and the chair's judgement: the clerk records the number), and art. 32.3 as a rule (a
proposal adopted without a vote is recorded as adopted without votes; :data:`Outcome.ZONDER_STEMMING`
names it for lists).

The council's composition is the seats of its factions: a faction missing from the votes brought
no votes (its members count as absent). A faction whose seats are unknown (0) counts only what is
given as numbers or names; when nothing at all can be counted the outcome is ``ONBEKEND`` and any
recorded decision stands. Faction keys are names, compared case-insensitively, as elsewhere.

The domain returns codes and numbers; :mod:`raadsviewer.messages` and the exports word them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from raadsviewer.domain.diff import strip_controls
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Vote

MAX_FACTIONS = 100
MAX_MEMBERS = 1000


class Outcome(StrEnum):
    AANGENOMEN = "aangenomen"  # art. 30.1
    VERWORPEN = "verworpen"  # art. 30.1: a majority against
    STAKING_NIET_AANGENOMEN = "staking_niet_aangenomen"  # art. 32.5
    STAKING_UITGESTELD = "staking_uitgesteld"  # art. 32.4: decided in the next meeting
    ONGELDIG = "ongeldig"  # art. 29.1: too few members took part
    ONBEKEND = "onbekend"  # no member's vote could be counted (seats unknown)
    ZONDER_STEMMING = "zonder_stemming"  # art. 32.3: no vote asked, adopted


def _one_line(text: str) -> str:
    return " ".join(strip_controls(text).split())


@dataclass(frozen=True, slots=True)
class FactionVote:
    """How one faction voted, as the clerk records it.

    Either ``vote`` (every present member voted so), or a split: ``voor``/``tegen`` as counts,
    or ``voor_members``/``tegen_members`` as names (the counts then follow from the names).
    ``absent`` (a count) or ``absent_members`` (names) are the members who did not vote; when a
    split leaves members unaccounted for and no absence is given, they are taken as absent (a
    member present must vote, art. 32.2). ``recused`` members must not take part (art. 28).
    """

    faction: str
    vote: Vote | None = None
    voor: int | None = None
    tegen: int | None = None
    voor_members: tuple[str, ...] = ()
    tegen_members: tuple[str, ...] = ()
    absent: int | None = None
    absent_members: tuple[str, ...] = ()
    recused: int = 0

    @property
    def split(self) -> bool:
        return self.vote is None


@dataclass(frozen=True, slots=True)
class FactionTally:
    """A faction's vote resolved against its seats: how many members voted each way."""

    faction: str
    seats: int
    voor: int
    tegen: int
    absent: int
    recused: int
    split: bool  # verdeeld: members voted both ways, or the split was given as counts/names
    voor_members: tuple[str, ...] = ()
    tegen_members: tuple[str, ...] = ()
    absent_members: tuple[str, ...] = ()

    @property
    def cast(self) -> int:
        return self.voor + self.tegen

    @property
    def vote(self) -> Vote | None:
        """The faction's vote when all its voting members voted alike; None when divided or none voted."""
        if self.voor and not self.tegen:
            return Vote.VOOR
        if self.tegen and not self.voor:
            return Vote.TEGEN
        return None


@dataclass(frozen=True, slots=True)
class VoteResult:
    outcome: Outcome
    voor: int
    tegen: int
    absent: int  # entitled members who did not vote
    entitled: int  # seated members minus those who must not take part (art. 29.1, 32.6)
    quorum: int  # the fewest voters for a valid vote (more than half of ``entitled``); 0 when waived
    full: bool  # voltallig (art. 32.6)
    factions: tuple[FactionTally, ...]

    @property
    def cast(self) -> int:
        return self.voor + self.tegen

    @property
    def adopted(self) -> bool:
        return self.outcome == Outcome.AANGENOMEN

    @property
    def status(self) -> str | None:
        """The status the outcome gives the item ("aangenomen"/"verworpen"), None when it gives none yet."""
        if self.outcome in (Outcome.AANGENOMEN, Outcome.ZONDER_STEMMING):
            return "aangenomen"
        if self.outcome in (Outcome.VERWORPEN, Outcome.STAKING_NIET_AANGENOMEN):
            return "verworpen"
        return None


# --- parsing ----------------------------------------------------------------------------------


def parse_vote(value: str | Vote) -> Vote:
    try:
        return Vote(str(value).strip().lower())
    except ValueError:
        raise UserFacingError("invalid_vote", value=value) from None


_COUNT = re.compile(r"^\s*(\d{1,4})\s*$")


def _names(text: str) -> tuple[str, ...]:
    return tuple(name for name in (_one_line(part) for part in text.split(",")) if name)


def parse_vote_argument(value: str) -> FactionVote:
    """One ``--votes`` argument: ``CDA=voor``, ``CDA=tegen``, a split as counts ``VVD=5/2`` (voor/tegen)
    or as names ``VVD=Jansen, De Vries/Bakker`` (comma-separated, voor before the slash).

    The faction is everything before the last ``=`` (a faction name may hold one, a vote cannot).
    """
    faction, sep, spec = str(value).rpartition("=")
    faction = _one_line(faction)
    if not sep or not faction or not spec.strip():
        raise UserFacingError("invalid_vote_argument", value=value)
    if "/" not in spec:
        return FactionVote(faction, vote=parse_vote(spec))
    voor_text, _, tegen_text = spec.partition("/")
    if "/" in tegen_text:
        raise UserFacingError("invalid_vote_argument", value=value)
    voor_count, tegen_count = _COUNT.match(voor_text), _COUNT.match(tegen_text)
    if voor_count and tegen_count:
        return FactionVote(faction, voor=int(voor_count.group(1)), tegen=int(tegen_count.group(1)))
    if voor_count or tegen_count or any(ch.isdigit() for ch in spec):
        raise UserFacingError("invalid_vote_argument", value=value)
    voor_names, tegen_names = _names(voor_text), _names(tegen_text)
    if not voor_names and not tegen_names:
        raise UserFacingError("invalid_vote_argument", value=value)
    return FactionVote(faction, voor_members=voor_names, tegen_members=tegen_names)


def parse_absent_argument(value: str) -> tuple[str, int | tuple[str, ...]]:
    """One ``--absent`` argument: ``VVD=2`` (a count) or ``VVD=Jansen, Bakker`` (names)."""
    faction, sep, spec = str(value).rpartition("=")
    faction = _one_line(faction)
    if not sep or not faction or not spec.strip():
        raise UserFacingError("invalid_absent_argument", value=value)
    count = _COUNT.match(spec)
    if count:
        return faction, int(count.group(1))
    if any(ch.isdigit() for ch in spec):
        raise UserFacingError("invalid_absent_argument", value=value)
    names = _names(spec)
    if not names:
        raise UserFacingError("invalid_absent_argument", value=value)
    return faction, names


def with_absences(
    votes: Iterable[FactionVote], absences: Iterable[tuple[str, int | tuple[str, ...]]]
) -> tuple[FactionVote, ...]:
    """The votes with the absences of ``--absent`` applied; a faction wholly absent gets an entry of
    its own (no vote, everyone absent). One absence per faction."""
    result = list(votes)
    index = {v.faction.casefold(): k for k, v in enumerate(result)}
    seen: set[str] = set()
    for faction, absent in absences:
        name = _one_line(faction)
        key = name.casefold()
        if key in seen:
            raise UserFacingError("absent_duplicate", faction=name)
        seen.add(key)
        fields: dict[str, Any] = (
            {"absent": absent} if isinstance(absent, int) else {"absent_members": tuple(absent), "absent": None}
        )
        if key in index:
            result[index[key]] = replace(result[index[key]], **fields)
        else:
            index[key] = len(result)
            result.append(FactionVote(name, voor=0, tegen=0, **fields))
    return tuple(result)


def bloc_votes(votes: Iterable[tuple[str, Vote | str]]) -> tuple[FactionVote, ...]:
    """(faction, voor|tegen) pairs as faction votes: the form amendments have always stored."""
    return tuple(FactionVote(faction, vote=parse_vote(vote)) for faction, vote in votes)


# --- checking and counting --------------------------------------------------------------------


def normalise_votes(votes: Iterable[FactionVote | tuple[str, Vote | str]]) -> tuple[FactionVote, ...]:
    """The votes as recorded: names cleaned, one entry per faction, ordered by faction name.

    Raises ``votes_empty``, ``faction_name_empty``, ``vote_duplicate``, ``invalid_vote``,
    ``vote_count_invalid`` (a negative count) and ``vote_member_twice`` (a member named in two
    places). Counts and names of one faction must agree with each other, not yet with the seats
    (that is :func:`tally`'s business, which knows them).
    """
    result: dict[str, FactionVote] = {}
    for item in votes:
        vote = item if isinstance(item, FactionVote) else FactionVote(item[0], vote=parse_vote(item[1]))
        name = _one_line(vote.faction)
        if not name:
            raise UserFacingError("faction_name_empty")
        if name.casefold() in result:
            raise UserFacingError("vote_duplicate", faction=name)
        if len(result) >= MAX_FACTIONS:
            raise UserFacingError("too_many_votes", limit=MAX_FACTIONS)
        voor_members = tuple(_one_line(m) for m in vote.voor_members if _one_line(m))
        tegen_members = tuple(_one_line(m) for m in vote.tegen_members if _one_line(m))
        absent_members = tuple(_one_line(m) for m in vote.absent_members if _one_line(m))
        named = [*voor_members, *tegen_members, *absent_members]
        if len(named) > MAX_MEMBERS:
            raise UserFacingError("too_many_votes", limit=MAX_MEMBERS)
        folded = [m.casefold() for m in named]
        twice = next((m for m, f in zip(named, folded, strict=True) if folded.count(f) > 1), None)
        if twice is not None:
            raise UserFacingError("vote_member_twice", faction=name, member=twice)
        counts = [c for c in (vote.voor, vote.tegen, vote.absent) if c is not None] + [vote.recused]
        if any(not isinstance(c, int) or isinstance(c, bool) or c < 0 or c > MAX_MEMBERS for c in counts):
            raise UserFacingError("vote_count_invalid", faction=name)
        cast_vote = parse_vote(vote.vote) if vote.vote is not None else None
        voor, tegen, absent = vote.voor, vote.tegen, vote.absent
        if cast_vote is None:
            if voor_members or tegen_members:
                if (voor is not None and voor != len(voor_members)) or (
                    tegen is not None and tegen != len(tegen_members)
                ):
                    raise UserFacingError("vote_names_counts_differ", faction=name)
                voor, tegen = len(voor_members), len(tegen_members)
            voor, tegen = voor or 0, tegen or 0
        elif voor is not None or tegen is not None or voor_members or tegen_members:
            raise UserFacingError("vote_both_bloc_and_split", faction=name)
        if absent_members:
            if absent is not None and absent != len(absent_members):
                raise UserFacingError("vote_names_counts_differ", faction=name)
            absent = len(absent_members)
        result[name.casefold()] = FactionVote(
            faction=name,
            vote=cast_vote,
            voor=voor,
            tegen=tegen,
            voor_members=voor_members,
            tegen_members=tegen_members,
            absent=absent,
            absent_members=absent_members,
            recused=vote.recused,
        )
    if not result:
        raise UserFacingError("votes_empty")
    return tuple(sorted(result.values(), key=lambda v: (v.faction.casefold(), v.faction)))


def _resolve(vote: FactionVote, seats: int) -> FactionTally:
    """One faction's counts, checked against its seats when they are known (> 0)."""
    recused = vote.recused
    if vote.vote is not None:
        absent = vote.absent or 0
        present = seats - absent - recused
        if seats and present < 0:
            raise UserFacingError(
                "vote_counts_exceed_seats", faction=vote.faction, seats=seats, counted=absent + recused
            )
        voting = max(present, 0)
        voor, tegen = (voting, 0) if vote.vote == Vote.VOOR else (0, voting)
        return FactionTally(
            vote.faction, seats, voor, tegen, absent, recused, False, absent_members=vote.absent_members
        )
    voor, tegen = vote.voor or 0, vote.tegen or 0
    counted = voor + tegen + recused
    if vote.absent is None:
        if seats and counted > seats:
            raise UserFacingError("vote_counts_exceed_seats", faction=vote.faction, seats=seats, counted=counted)
        absent = seats - counted if seats else 0
    else:
        absent = vote.absent
        if seats and counted + absent != seats:
            raise UserFacingError(
                "vote_counts_mismatch", faction=vote.faction, seats=seats, voor=voor, tegen=tegen, absent=absent
            )
    return FactionTally(
        vote.faction,
        seats,
        voor,
        tegen,
        absent,
        recused,
        True,
        voor_members=vote.voor_members,
        tegen_members=vote.tegen_members,
        absent_members=vote.absent_members,
    )


def tally(
    votes: Iterable[FactionVote | tuple[str, Vote | str]], seats_by_faction: Mapping[str, int]
) -> tuple[FactionTally, ...]:
    """Every faction of the council with the members who voted each way.

    ``seats_by_faction`` names the council's factions; a voting faction missing from it raises
    ``faction_not_found``. Factions that did not vote are included with all their members absent.
    """
    seats = {_one_line(name).casefold(): (_one_line(name), n) for name, n in seats_by_faction.items()}
    given = normalise_votes(votes)
    result: list[FactionTally] = []
    voted: set[str] = set()
    for vote in given:
        key = vote.faction.casefold()
        if key not in seats:
            raise UserFacingError("faction_not_found", name=vote.faction)
        name, n = seats[key]
        result.append(_resolve(replace(vote, faction=name), max(n, 0)))
        voted.add(key)
    for key, (name, n) in seats.items():
        if key not in voted and n > 0:
            result.append(FactionTally(name, n, 0, 0, n, 0, False))
    return tuple(sorted(result, key=lambda t: (t.faction.casefold(), t.faction)))


def decide(
    votes: Iterable[FactionVote | tuple[str, Vote | str]],
    seats_by_faction: Mapping[str, int],
    *,
    revote: bool = False,
    quorum_waived: bool = False,
) -> VoteResult:
    """The outcome of a vote under the Gemeentewet (see the module docstring for the articles).

    ``revote``: this is the meeting to which an earlier tie on the same proposal was postponed
    (art. 32.4), so a tie now is final (art. 32.5). ``quorum_waived``: art. 29.2 applies.
    """
    factions = tally(votes, seats_by_faction)
    voor = sum(t.voor for t in factions)
    tegen = sum(t.tegen for t in factions)
    cast = voor + tegen
    entitled = sum(t.voor + t.tegen + t.absent for t in factions)
    absent = entitled - cast
    quorum = 0 if quorum_waived else entitled // 2 + 1
    full = entitled > 0 and cast == entitled
    if cast == 0 and any(t.seats == 0 for t in factions):
        outcome = Outcome.ONBEKEND
    elif cast < quorum:
        outcome = Outcome.ONGELDIG
    elif voor > tegen:
        outcome = Outcome.AANGENOMEN
    elif tegen > voor:
        outcome = Outcome.VERWORPEN
    elif full or revote:
        outcome = Outcome.STAKING_NIET_AANGENOMEN
    else:
        outcome = Outcome.STAKING_UITGESTELD
    return VoteResult(outcome, voor, tegen, absent, entitled, quorum, full, factions)


def check_decision(result: VoteResult, status: str) -> None:
    """Refuse a recorded decision (``aangenomen``/``verworpen``) the votes do not give.

    ``vote_no_quorum`` when the vote was not valid (art. 29), ``vote_tie_postponed`` when a tie
    sends the decision to the next meeting (art. 32.4), ``vote_outcome_mismatch`` otherwise.
    An ``ONBEKEND`` outcome (nothing countable) accepts either decision.
    """
    if result.outcome == Outcome.ONBEKEND:
        return
    if result.outcome == Outcome.ONGELDIG:
        raise UserFacingError("vote_no_quorum", cast=result.cast, needed=result.quorum, entitled=result.entitled)
    if result.outcome == Outcome.STAKING_UITGESTELD:
        raise UserFacingError("vote_tie_postponed", voor=result.voor, tegen=result.tegen)
    if result.status != str(status):
        raise UserFacingError("vote_outcome_mismatch", voor=result.voor, tegen=result.tegen, status=str(status))


def decision_of(result: VoteResult, status: str | None = None) -> str | None:
    """The status a recorded vote gives: ``status`` when the clerk names one (checked by
    :func:`check_decision`), else what the votes give; None when they give none yet (a tie that
    goes to the next meeting, art. 32.4, or a vote without quorum, art. 29.1).

    ``vote_outcome_unknown`` when nothing can be counted (seats unknown) and no status is named.
    """
    if status is not None:
        check_decision(result, status)
        return status
    if result.outcome == Outcome.ONBEKEND:
        raise UserFacingError("vote_outcome_unknown")
    return result.status


@dataclass(frozen=True, slots=True)
class PendingVote:
    """A vote that did not decide, kept so the next meeting's vote is counted by the right rule.

    ``outcome`` is ``STAKING_UITGESTELD`` (a tie outside a full meeting: the decision goes to the
    next meeting, art. 32.4) or ``ONGELDIG`` (too few members took part, art. 29.1). ``revote``: the
    next vote is the one the tie was postponed to, so a tie then is final (art. 32.5);
    ``quorum_waived``: the next vote is the re-vote after an invalid one, which needs no quorum
    (art. 29.2a). Kept after the decision too: it says the decision was such a re-vote.
    """

    outcome: Outcome
    votes: tuple[FactionVote, ...] = ()
    revote: bool = False
    quorum_waived: bool = False


def pending_after(
    result: VoteResult, votes: Iterable[FactionVote], previous: PendingVote | None = None
) -> PendingVote | None:
    """What a vote (``votes``, counted as ``result``) that did not decide leaves for the next
    meeting; None when it decided."""
    if result.outcome not in (Outcome.STAKING_UITGESTELD, Outcome.ONGELDIG):
        return None
    return PendingVote(
        result.outcome,
        normalise_votes(votes),
        revote=result.outcome == Outcome.STAKING_UITGESTELD or (previous is not None and previous.revote),
        quorum_waived=result.outcome == Outcome.ONGELDIG or (previous is not None and previous.quorum_waived),
    )


def pending_to_json(pending: PendingVote) -> dict[str, Any]:
    return {
        "outcome": str(pending.outcome),
        "votes": votes_to_json(pending.votes),
        "revote": pending.revote,
        "quorum_waived": pending.quorum_waived,
    }


def pending_from_json(value: Any) -> PendingVote:
    """The inverse of :func:`pending_to_json`; ``ValueError`` for anything else (hostile input)."""
    if not isinstance(value, dict) or set(value) != {"outcome", "votes", "revote", "quorum_waived"}:
        raise ValueError("pending vote")
    outcome = Outcome(value["outcome"])  # ValueError for an unknown one
    if outcome not in (Outcome.STAKING_UITGESTELD, Outcome.ONGELDIG):
        raise ValueError("pending outcome")
    if not isinstance(value["revote"], bool) or not isinstance(value["quorum_waived"], bool):
        raise ValueError("pending flags")
    return PendingVote(outcome, votes_from_json(value["votes"]), value["revote"], value["quorum_waived"])


# --- storing ----------------------------------------------------------------------------------


def vote_to_json(vote: FactionVote) -> list[Any]:
    """A faction's vote as plain JSON: ``[name, "voor"]`` for a whole faction without absences (the
    form amendments have always stored), else ``[name, "verdeeld"|"voor"|"tegen", {details}]``."""
    if vote.vote is not None and not vote.absent and not vote.absent_members and not vote.recused:
        return [vote.faction, str(vote.vote)]
    detail: dict[str, Any] = {}
    if vote.vote is None:
        detail.update(voor=vote.voor or 0, tegen=vote.tegen or 0)
    if vote.absent is not None and (vote.absent or vote.vote is None):
        detail["absent"] = vote.absent
    for key in ("voor_members", "tegen_members", "absent_members"):
        if getattr(vote, key):
            detail[key] = list(getattr(vote, key))
    if vote.recused:
        detail["recused"] = vote.recused
    return [vote.faction, str(vote.vote) if vote.vote is not None else "verdeeld", detail]


def vote_from_json(value: Any) -> FactionVote:
    """The inverse of :func:`vote_to_json`; ``ValueError`` for anything else (hostile input)."""
    if not isinstance(value, list) or len(value) not in (2, 3) or not isinstance(value[0], str):
        raise ValueError("vote")
    name, kind = value[0], value[1]
    detail = value[2] if len(value) == 3 else {}
    if not isinstance(detail, dict) or set(detail) - {
        "voor",
        "tegen",
        "absent",
        "recused",
        "voor_members",
        "tegen_members",
        "absent_members",
    }:
        raise ValueError("vote detail")
    for key in ("voor", "tegen", "absent", "recused"):
        if key in detail and (not isinstance(detail[key], int) or isinstance(detail[key], bool)):
            raise ValueError(key)
    for key in ("voor_members", "tegen_members", "absent_members"):
        if key in detail and (not isinstance(detail[key], list) or not all(isinstance(m, str) for m in detail[key])):
            raise ValueError(key)
    voor_members = tuple(detail.get("voor_members", ()))
    tegen_members = tuple(detail.get("tegen_members", ()))
    absent_members = tuple(detail.get("absent_members", ()))
    if kind == "verdeeld":
        return FactionVote(
            name,
            voor=detail.get("voor"),
            tegen=detail.get("tegen"),
            absent=detail.get("absent"),
            recused=detail.get("recused", 0),
            voor_members=voor_members,
            tegen_members=tegen_members,
            absent_members=absent_members,
        )
    if kind not in ("voor", "tegen") or voor_members or tegen_members:
        raise ValueError("vote kind")
    return FactionVote(
        name,
        vote=Vote(kind),
        absent=detail.get("absent"),
        recused=detail.get("recused", 0),
        absent_members=absent_members,
    )


def votes_to_json(votes: Sequence[FactionVote]) -> list[list[Any]]:
    return [vote_to_json(v) for v in votes]


def votes_from_json(values: Any) -> tuple[FactionVote, ...]:
    if not isinstance(values, list) or len(values) > MAX_FACTIONS:
        raise ValueError("votes")
    return tuple(vote_from_json(v) for v in values)
