"""Voting order: sub-amendments before their amendment, amendments before the proposal, moties after."""

from __future__ import annotations

from dataclasses import replace

from raadsviewer.domain.model import AmendmentStatus, Vote
from raadsviewer.domain.procedure import (
    ItemKind,
    OrderProblem,
    VotingItem,
    amendment_item,
    items_for,
    motie_item,
    order_problem,
    proposal_item,
    voting_order,
)
from raadsviewer.domain.votes import FactionVote
from raadsviewer.messages import MESSAGES, wording
from tests.domain.test_amendments import amendment
from tests.domain.test_moties import motie


def item(label: str, status: str = "ingediend", parent: str | None = None) -> VotingItem:
    kind = ItemKind.MOTIE if label.startswith("M") else ItemKind.SUBAMENDEMENT if parent else ItemKind.AMENDEMENT
    return VotingItem(kind, label, label, int(label[1:]), label, "F", "m", (), status, parent_id=parent)


def labels(items: tuple[VotingItem, ...]) -> list[str]:
    return [i.label or "voorstel" for i in items]


def test_voting_order() -> None:
    items = [
        item("M2"),
        item("A3"),
        item("M1"),
        proposal_item("Zienswijze"),
        item("A1"),
        item("A4", parent="A1"),  # amends A1
        item("A6", parent="A4"),  # amends A4
        item("A5", parent="A1"),
        item("A2", parent="A9"),  # its amendment is not among the items: its own place
    ]
    assert labels(voting_order(items)) == ["A6", "A4", "A5", "A1", "A2", "A3", "voorstel", "M1", "M2"]


def test_a_cycle_of_parents_cannot_hang_the_order() -> None:
    assert sorted(labels(voting_order([item("A1", parent="A2"), item("A2", parent="A1")]))) == ["A1", "A2"]


def test_order_problems() -> None:
    a1, a4, a5 = item("A1"), item("A4", parent="A1"), item("A5", parent="A1")
    m1, proposal = item("M1"), proposal_item("Zienswijze")
    items = [a1, a4, a5, m1, proposal]
    assert order_problem(a1, items) == OrderProblem("order_subamendments_first", ("A4", "A5"))
    assert order_problem(a4, items) is None
    assert order_problem(proposal, items) == OrderProblem("order_amendments_first", ("A1", "A4", "A5"))
    assert order_problem(m1, items) == OrderProblem("order_proposal_first", ())
    # sub-amendments decided or withdrawn: the amendment is next
    done = [a1, replace(a4, status="verworpen"), replace(a5, status="ingetrokken"), m1, proposal]
    assert order_problem(a1, done) is None
    # a concept was never put to the vote, a motie held over waits for another meeting
    assert order_problem(proposal, [replace(a1, status="concept"), proposal]) is None
    assert order_problem(proposal, [item("M3", status="aangehouden"), proposal]) is None
    # once the amendment is decided its sub-amendments are too late; so are amendments after the proposal
    assert order_problem(a4, [replace(a1, status="aangenomen"), a4]) == OrderProblem("order_parent_decided", ("A1",))
    assert order_problem(a1, [a1, replace(proposal, status="aangenomen")]) == OrderProblem("order_proposal_decided", ())
    assert order_problem(m1, [m1, replace(proposal, status="aangenomen")]) is None
    # without the proposal among the items, moties wait for the amendments
    assert order_problem(m1, [a1, m1]) == OrderProblem("order_amendments_first", ("A1",))
    assert order_problem(m1, [replace(a1, status="aangenomen"), m1]) is None
    for code in ("order_subamendments_first", "order_amendments_first", "order_proposal_first"):
        assert "{labels}" in wording(code)[0] or code == "order_proposal_first"
    for code in ("order_parent_decided", "order_proposal_decided"):
        assert code in MESSAGES


def test_items_from_amendments_and_moties() -> None:
    parent = amendment(id="p", number=1, status=AmendmentStatus.INGEDIEND, votes=(("CDA", Vote.VOOR),))
    sub = amendment(id="s", number=2, parent_id="p", principle_number=None)
    gone = amendment(id="g", number=3, deleted=True)
    m = motie(votes=(FactionVote("VVD", voor=5, tegen=2),))
    items = items_for([parent, sub, gone], [m], proposal_item("Zienswijze"))
    assert [i.label for i in items] == ["A1", "A2", "M2", ""]
    assert items[1].kind == ItemKind.SUBAMENDEMENT and items[1].parent_label == "A1"
    assert items[0].votes == (FactionVote("CDA", vote=Vote.VOOR),)
    assert items[2] == motie_item(m) and items[2].votes[0].voor == 5
    assert amendment_item(parent).principle_numbers == (parent.principle_number,)
