"""The order in which a council votes, and whether recording an outcome now keeps to it.

A council votes on what changes a proposal before the proposal itself, and on the proposal before
the moties that go with it (the usual rule of a *reglement van orde*):

1. a sub-amendment before the amendment it amends (a sub-amendment of a sub-amendment before
   that one), because the amendment is voted on as amended;
2. the amendments, in number order, before the proposal, because the proposal is voted on as
   amended;
3. the proposal (here: the raadsbesluit giving the zienswijze);
4. the moties, in number order.

:func:`voting_order` lays out any set of items that way (the stemlijst), and :func:`order_problem`
says whether recording an outcome for one item now is in order, as a code with the labels that
stand in the way, so the vote dialog and the command line can refuse with the reason. Only items
awaiting a vote (submitted, ``ingediend``) hold others up: a concept was never put to the vote, a
motie held over (aangehouden) is not voted on in this meeting, and a withdrawn or decided item is
done. The chair may choose another order (the most far-reaching amendment first, say); number
order is what the clerk's list starts from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from raadsviewer.domain.model import Amendment, Motie
from raadsviewer.domain.votes import FactionVote, PendingVote, bloc_votes

AWAITING = "ingediend"  # the status of an item that is to be voted on
DECIDED = frozenset({"aangenomen", "verworpen"})
STEPS = frozenset({"ingetrokken", "aangehouden"})  # a faction's steps, which the griffie may record for it
PROPOSAL_ID = "voorstel"


class ItemKind(StrEnum):
    SUBAMENDEMENT = "subamendement"
    AMENDEMENT = "amendement"
    VOORSTEL = "voorstel"
    MOTIE = "motie"


@dataclass(frozen=True, slots=True)
class VotingItem:
    """One thing the council votes on, whatever it is: what the stemlijst and the order need."""

    kind: ItemKind
    id: str
    label: str  # "A3", "M1"; "" for the proposal
    number: int  # 0 for the proposal
    title: str
    faction: str  # indiener
    author: str  # the submitting member
    cosigners: tuple[str, ...]  # mede-indieners (faction names)
    status: str
    parent_id: str | None = None  # the amended amendment of a sub-amendment
    parent_label: str | None = None
    votes: tuple[FactionVote, ...] = ()
    principle_numbers: tuple[int, ...] = ()
    # The rule ``votes`` were counted by (domain.votes.decide): the decision was the re-vote after
    # a tie (art. 32.5) or after a vote without quorum (art. 29.2a).
    revote: bool = False
    quorum_waived: bool = False
    postponed: bool = False  # awaiting the re-vote: ``votes`` are those of the vote that did not decide


def _counted(item: VotingItem, votes: tuple[FactionVote, ...], pending: PendingVote | None) -> VotingItem:
    """``item`` with the votes to show and the rule they were counted by: the decision's votes (a
    re-vote when an earlier vote did not decide), or, while the item awaits its re-vote, the votes
    that did not decide."""
    if item.status in DECIDED or pending is None:
        revote, waived = (pending.revote, pending.quorum_waived) if pending is not None else (False, False)
        return replace(item, votes=votes, revote=revote, quorum_waived=waived)
    return replace(item, votes=pending.votes, postponed=True)


@dataclass(frozen=True, slots=True)
class OrderProblem:
    """Why recording an outcome now is out of order: a code and the labels of the items concerned."""

    code: str
    labels: tuple[str, ...]


def amendment_item(amendment: Amendment, parent: Amendment | None = None) -> VotingItem:
    item = VotingItem(
        kind=ItemKind.SUBAMENDEMENT if amendment.parent_id else ItemKind.AMENDEMENT,
        id=amendment.id,
        label=amendment.label,
        number=amendment.number,
        title=amendment.title,
        faction=amendment.faction_name,
        author=amendment.author,
        cosigners=amendment.cosigners,
        status=str(amendment.status),
        parent_id=amendment.parent_id,
        parent_label=parent.label if parent is not None else None,
        principle_numbers=(amendment.principle_number,) if amendment.principle_number is not None else (),
    )
    return _counted(item, amendment.faction_votes or bloc_votes(amendment.votes), amendment.postponed)


def motie_item(motie: Motie) -> VotingItem:
    item = VotingItem(
        kind=ItemKind.MOTIE,
        id=motie.id,
        label=motie.label,
        number=motie.number,
        title=motie.title,
        faction=motie.faction_name,
        author=motie.author,
        cosigners=motie.cosigners,
        status=str(motie.status),
        principle_numbers=motie.principle_numbers,
    )
    return _counted(item, motie.votes, motie.postponed)


def proposal_item(
    title: str, status: str = AWAITING, votes: tuple[FactionVote, ...] = (), pending: PendingVote | None = None
) -> VotingItem:
    """The proposal itself (the raadsbesluit): its title and, once known, its status and votes."""
    return _counted(VotingItem(ItemKind.VOORSTEL, PROPOSAL_ID, "", 0, title, "", "", (), status), votes, pending)


def items_for(
    amendments: Iterable[Amendment], moties: Iterable[Motie], proposal: VotingItem | None = None
) -> list[VotingItem]:
    """The live amendments and moties (and the proposal) as voting items, parents' labels filled in."""
    live = [a for a in amendments if not a.deleted]
    by_id = {a.id: a for a in live}
    items = [amendment_item(a, by_id.get(a.parent_id) if a.parent_id else None) for a in live]
    items += [motie_item(m) for m in moties if not m.deleted]
    if proposal is not None:
        items.append(proposal)
    return items


def on_the_stemlijst(items: Iterable[VotingItem]) -> tuple[VotingItem, ...]:
    """What the griffie's stemlijst lists: everything put before the council (submitted, decided,
    held over or withdrawn), not a concept, which its faction never submitted (the griffie sees a
    faction's concepts, but the council does not vote on them)."""
    return tuple(i for i in items if i.status != "concept")


def voting_order(items: Iterable[VotingItem]) -> tuple[VotingItem, ...]:
    """The items in the order the council votes on them (see the module docstring).

    A sub-amendment whose amendment is not among the items (deleted, or the set is partial) takes
    its own place among the amendments, by number; a cycle of parents cannot hang the ordering.
    """
    items = list(items)
    amendments = [i for i in items if i.kind in (ItemKind.AMENDEMENT, ItemKind.SUBAMENDEMENT)]
    by_id = {i.id: i for i in amendments}
    children: dict[str, list[VotingItem]] = {}
    roots: list[VotingItem] = []
    for item in amendments:
        if item.parent_id and item.parent_id in by_id and item.parent_id != item.id:
            children.setdefault(item.parent_id, []).append(item)
        else:
            roots.append(item)

    def key(item: VotingItem) -> tuple[int, str]:
        return item.number, item.id

    ordered: list[VotingItem] = []
    placed: set[str] = set()

    def place(item: VotingItem) -> None:
        if item.id in placed:
            return
        placed.add(item.id)
        for child in sorted(children.get(item.id, []), key=key):
            place(child)
        ordered.append(item)

    for root in sorted(roots, key=key):
        place(root)
    for item in sorted(amendments, key=key):  # members of a parent cycle: no root reaches them
        place(item)
    ordered += [i for i in items if i.kind == ItemKind.VOORSTEL]
    ordered += sorted((i for i in items if i.kind == ItemKind.MOTIE), key=key)
    return tuple(ordered)


def _awaiting(items: Iterable[VotingItem]) -> tuple[str, ...]:
    return tuple(i.label or PROPOSAL_ID for i in items if i.status == AWAITING)


def not_yet_voted(items: Iterable[VotingItem]) -> tuple[VotingItem, ...]:
    """The items put before the council and not decided yet (not held over, not withdrawn), in
    voting order: a letter written now says nothing of them, so the griffie is told."""
    return tuple(i for i in voting_order(items) if i.status == AWAITING)


def _descendants(item: VotingItem, items: Sequence[VotingItem]) -> list[VotingItem]:
    result: list[VotingItem] = []
    frontier = [item.id]
    seen = {item.id}
    while frontier:
        current = frontier.pop()
        for other in items:
            if other.parent_id == current and other.id not in seen:
                seen.add(other.id)
                result.append(other)
                frontier.append(other.id)
    return sorted(result, key=lambda i: (i.number, i.id))


def order_problem(item: VotingItem, items: Iterable[VotingItem]) -> OrderProblem | None:
    """Whether the outcome of ``item`` may be recorded now, given the state of ``items``.

    Codes: ``order_subamendments_first`` (sub-amendments of this amendment await a vote),
    ``order_parent_decided`` (the amendment this sub-amendment amends was already decided),
    ``order_amendments_first`` (amendments await a vote before the proposal, or before a motie when
    the proposal is not among the items), ``order_proposal_decided`` (an amendment after the
    proposal was decided), ``order_proposal_first`` (a motie before the proposal). None when in order.
    A service raises ``UserFacingError(problem.code, labels=", ".join(problem.labels))``.
    """
    items = [i for i in items if i.id != item.id]
    amendments = [i for i in items if i.kind in (ItemKind.AMENDEMENT, ItemKind.SUBAMENDEMENT)]
    proposal = next((i for i in items if i.kind == ItemKind.VOORSTEL), None)
    if item.kind in (ItemKind.AMENDEMENT, ItemKind.SUBAMENDEMENT):
        waiting = _awaiting(_descendants(item, amendments))
        if waiting:
            return OrderProblem("order_subamendments_first", waiting)
        parent = next((i for i in amendments if i.id == item.parent_id), None)
        if parent is not None and parent.status in DECIDED:
            return OrderProblem("order_parent_decided", (parent.label,))
        if proposal is not None and proposal.status in DECIDED:
            return OrderProblem("order_proposal_decided", ())
        return None
    if item.kind == ItemKind.VOORSTEL:
        waiting = _awaiting(sorted(amendments, key=lambda i: (i.number, i.id)))
        return OrderProblem("order_amendments_first", waiting) if waiting else None
    if proposal is not None:
        return OrderProblem("order_proposal_first", ()) if proposal.status == AWAITING else None
    waiting = _awaiting(sorted(amendments, key=lambda i: (i.number, i.id)))
    return OrderProblem("order_amendments_first", waiting) if waiting else None


# What an outcome recorded later may rest on: the codes of :func:`order_problem` that an item
# awaiting its vote raises for another (the rest, "the proposal was decided", are about the other).
_WAITS_FOR_OTHERS = frozenset({"order_subamendments_first", "order_amendments_first", "order_proposal_first"})


def correction_problem(item: VotingItem, items: Iterable[VotingItem]) -> OrderProblem | None:
    """Whether the outcome recorded for ``item`` may be corrected (taken back and recorded again,
    a mistake in the votes typed): a decided item, or one whose vote did not decide (a tie typed
    wrongly would make the next vote the final re-vote), and only while no outcome recorded after it
    rests on it (the proposal after its amendments, a motie after the proposal, an amendment after
    its sub-amendments). Codes: ``vote_correction_not_decided``, ``vote_correction_later_decided`` with the
    labels of the outcomes to correct first (in the opposite order: the last one first)."""
    if item.status not in DECIDED and not item.postponed:  # (a vote that did not decide: a tie typed wrongly)
        return OrderProblem("vote_correction_not_decided", (item.status,))
    items = list(items)
    taken_back = {item.id}
    standing: list[VotingItem] = []
    while True:  # what rests on the item, and what rests on that: all of it comes first
        reopened = [replace(i, status=AWAITING) if i.id in taken_back else i for i in items]
        resting = [
            other
            for other in reopened
            if other.id not in taken_back
            and other.status in DECIDED
            and getattr(order_problem(other, reopened), "code", None) in _WAITS_FOR_OTHERS
        ]
        if not resting:
            break
        standing += resting
        taken_back.update(i.id for i in resting)
    if standing:
        later = reversed(voting_order(standing))
        return OrderProblem("vote_correction_later_decided", tuple(i.label or PROPOSAL_ID for i in later))
    return None
