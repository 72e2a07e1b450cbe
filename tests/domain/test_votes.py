"""Votes as councils vote: splits, absences, quorum and ties under the Gemeentewet (art. 28-32)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Vote
from raadsviewer.domain.votes import (
    FactionVote,
    Outcome,
    check_decision,
    decide,
    normalise_votes,
    parse_absent_argument,
    parse_vote_argument,
    tally,
    vote_from_json,
    vote_to_json,
    votes_from_json,
    with_absences,
)
from raadsviewer.messages import wording

# A council of 29: what the worked examples below count against.
COUNCIL = {"CDA": 10, "PvdA": 7, "SP": 3, "VVD": 9}


def code_of(call, *args, **kwargs) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(UserFacingError) as info:
        call(*args, **kwargs)
    return info.value.code


# --- parsing the command line -----------------------------------------------------------------


def test_parse_vote_argument_forms() -> None:
    assert parse_vote_argument("CDA=voor") == FactionVote("CDA", vote=Vote.VOOR)
    assert parse_vote_argument(" Partij=X = TEGEN") == FactionVote("Partij=X", vote=Vote.TEGEN)
    assert parse_vote_argument("VVD=5/2") == FactionVote("VVD", voor=5, tegen=2)
    assert parse_vote_argument("VVD=0/7") == FactionVote("VVD", voor=0, tegen=7)
    assert parse_vote_argument("VVD=Jansen, De Vries/Bakker") == FactionVote(
        "VVD", voor_members=("Jansen", "De Vries"), tegen_members=("Bakker",)
    )
    assert parse_vote_argument("VVD=/Bakker") == FactionVote("VVD", voor_members=(), tegen_members=("Bakker",))


@pytest.mark.parametrize(
    "bad", ["CDA", "=voor", "CDA=", "CDA=misschien", "VVD=5/", "VVD=5/x", "VVD=1/2/3", "VVD=/", "VVD=Jan 2/Piet"]
)
def test_parse_vote_argument_refuses(bad: str) -> None:
    assert code_of(parse_vote_argument, bad) in ("invalid_vote_argument", "invalid_vote")


def test_parse_absent_argument() -> None:
    assert parse_absent_argument("VVD=2") == ("VVD", 2)
    assert parse_absent_argument("VVD = Jansen, Bakker") == ("VVD", ("Jansen", "Bakker"))
    for bad in ("VVD", "VVD=", "=2", "VVD=-1", "VVD=2 leden", "VVD=,"):
        assert code_of(parse_absent_argument, bad) == "invalid_absent_argument", bad


def test_with_absences_applies_to_the_faction_or_adds_a_wholly_absent_one() -> None:
    votes = [parse_vote_argument("VVD=voor"), parse_vote_argument("CDA=5/3")]
    result = with_absences(votes, [("vvd", 2), ("SP", ("Smit", "Kok", "Bos"))])
    assert result[0] == FactionVote("VVD", vote=Vote.VOOR, absent=2)
    assert result[1] == FactionVote("CDA", voor=5, tegen=3)
    assert result[2] == FactionVote("SP", voor=0, tegen=0, absent_members=("Smit", "Kok", "Bos"))
    assert code_of(with_absences, votes, [("VVD", 1), ("vvd", 2)]) == "absent_duplicate"


# --- normalising and counting -----------------------------------------------------------------


def test_normalise_orders_cleans_and_derives_counts_from_names() -> None:
    votes = normalise_votes(
        [("VVD", "tegen"), FactionVote(" cda ", voor_members=(" Jansen ", ""), tegen_members=("Bakker",))]
    )
    assert [v.faction for v in votes] == ["cda", "VVD"]
    assert votes[0].voor == 1 and votes[0].tegen == 1 and votes[0].voor_members == ("Jansen",)
    assert votes[1].vote is Vote.TEGEN


@pytest.mark.parametrize(
    ("votes", "code"),
    [
        ([], "votes_empty"),
        ([("  ", "voor")], "faction_name_empty"),
        ([("CDA", "voor"), ("cda", "tegen")], "vote_duplicate"),
        ([("CDA", "onthouding")], "invalid_vote"),
        ([FactionVote("CDA", voor=-1, tegen=2)], "vote_count_invalid"),
        ([FactionVote("CDA", vote=Vote.VOOR, voor=3)], "vote_both_bloc_and_split"),
        ([FactionVote("CDA", voor_members=("Jansen",), tegen_members=("jansen",))], "vote_member_twice"),
        ([FactionVote("CDA", voor=2, voor_members=("Jansen",))], "vote_names_counts_differ"),
        ([FactionVote("CDA", vote=Vote.VOOR, absent=2, absent_members=("A",))], "vote_names_counts_differ"),
    ],
)
def test_normalise_refuses(votes: list, code: str) -> None:  # type: ignore[type-arg]
    assert code_of(normalise_votes, votes) == code


def test_tally_resolves_each_faction_against_its_seats() -> None:
    factions = {
        t.faction: t
        for t in tally(
            [
                ("CDA", "voor"),
                FactionVote("VVD", voor=5, tegen=2),  # 2 of 9 not accounted for: absent (art. 32.2)
                FactionVote("PvdA", vote=Vote.TEGEN, absent=1),
            ],
            COUNCIL,
        )
    }
    assert (factions["CDA"].voor, factions["CDA"].tegen, factions["CDA"].split) == (10, 0, False)
    assert (factions["VVD"].voor, factions["VVD"].tegen, factions["VVD"].absent, factions["VVD"].split) == (
        5,
        2,
        2,
        True,
    )
    assert factions["VVD"].vote is None and factions["CDA"].vote is Vote.VOOR
    assert (factions["PvdA"].tegen, factions["PvdA"].absent) == (6, 1)
    assert (factions["SP"].cast, factions["SP"].absent) == (0, 3)  # did not vote: absent


@pytest.mark.parametrize(
    ("vote", "code"),
    [
        (FactionVote("VVD", voor=8, tegen=2), "vote_counts_exceed_seats"),
        (FactionVote("VVD", voor=5, tegen=2, absent=1), "vote_counts_mismatch"),
        (FactionVote("VVD", vote=Vote.VOOR, absent=10), "vote_counts_exceed_seats"),
        (FactionVote("D66", vote=Vote.VOOR), "faction_not_found"),
    ],
)
def test_tally_refuses_counts_that_do_not_fit_the_seats(vote: FactionVote, code: str) -> None:
    assert code_of(tally, [vote], COUNCIL) == code


# --- the outcome ------------------------------------------------------------------------------


def test_a_majority_of_the_members_who_voted_decides() -> None:
    result = decide([("CDA", "voor"), ("SP", "voor"), ("PvdA", "tegen"), ("VVD", "tegen")], COUNCIL)
    assert (result.outcome, result.voor, result.tegen, result.full) == (Outcome.VERWORPEN, 13, 16, True)
    assert result.status == "verworpen" and not result.adopted
    # four VVD members away: 13 against 12
    result = decide(
        [("CDA", "voor"), ("SP", "voor"), ("PvdA", "tegen"), FactionVote("VVD", vote=Vote.TEGEN, absent=4)], COUNCIL
    )
    assert (result.outcome, result.voor, result.tegen, result.absent, result.full) == (
        Outcome.AANGENOMEN,
        13,
        12,
        4,
        False,
    )
    # a divided VVD, by names (hoofdelijke stemming)
    vvd = FactionVote("VVD", voor_members=("A", "B", "C"), tegen_members=("D", "E", "F", "G", "H", "I"))
    result = decide([("CDA", "voor"), ("SP", "tegen"), ("PvdA", "tegen"), vvd], COUNCIL)
    assert (result.outcome, result.voor, result.tegen, result.full) == (Outcome.VERWORPEN, 13, 16, True)
    assert result.factions[-1].voor_members == ("A", "B", "C")


def test_quorum_more_than_half_of_the_entitled_members() -> None:
    # 29 seated, none recused: 15 voters needed (art. 29.1)
    assert decide([("CDA", "voor"), ("SP", "tegen")], COUNCIL).outcome == Outcome.ONGELDIG  # 13
    result = decide([("CDA", "voor"), ("SP", "tegen"), FactionVote("VVD", voor=0, tegen=2)], COUNCIL)  # 15
    assert (result.outcome, result.cast, result.quorum) == (Outcome.AANGENOMEN, 15, 15)
    # one SP member must not take part (art. 28): 28 entitled, 14 is exactly half and not enough
    sp = FactionVote("SP", voor=2, tegen=0, recused=1, absent=0)
    result = decide([("CDA", "voor"), sp, FactionVote("VVD", voor=0, tegen=2)], COUNCIL)
    assert (result.entitled, result.cast, result.quorum, result.outcome) == (28, 14, 15, Outcome.ONGELDIG)
    result = decide([("CDA", "voor"), sp, FactionVote("VVD", voor=0, tegen=3)], COUNCIL)
    assert (result.cast, result.outcome) == (15, Outcome.AANGENOMEN)
    # art. 29.2a: the re-vote after an invalid vote needs no quorum
    waived = decide([("CDA", "voor"), ("SP", "tegen")], COUNCIL, quorum_waived=True)
    assert (waived.outcome, waived.quorum) == (Outcome.AANGENOMEN, 0)


def test_ties_under_article_32() -> None:
    council = {"A": 10, "B": 10, "C": 2}
    # voltallig: all 22 voted, 11-11 -> not adopted (art. 32.5)
    full = decide([FactionVote("A", voor=10, tegen=0), ("B", "tegen"), FactionVote("C", voor=1, tegen=1)], council)
    assert (full.outcome, full.full, full.status) == (Outcome.STAKING_NIET_AANGENOMEN, True, "verworpen")
    # C away: 10-10 in a meeting that is not full -> postponed (art. 32.4), no status yet
    short = decide([("A", "voor"), ("B", "tegen")], council)
    assert (short.outcome, short.full, short.status) == (Outcome.STAKING_UITGESTELD, False, None)
    # the postponed vote ties again -> not adopted (art. 32.5)
    again = decide([("A", "voor"), ("B", "tegen")], council, revote=True)
    assert again.outcome == Outcome.STAKING_NIET_AANGENOMEN
    # recused members do not stop a meeting from being full (art. 32.6)
    recused = decide([("A", "voor"), ("B", "tegen"), FactionVote("C", voor=0, tegen=0, recused=2)], council)
    assert (recused.full, recused.outcome) == (True, Outcome.STAKING_NIET_AANGENOMEN)


def test_unknown_seats_count_what_is_given() -> None:
    assert decide([("Nul", "voor")], {"Nul": 0, "CDA": 10}).outcome == Outcome.ONBEKEND
    counted = decide([FactionVote("Nul", voor=3, tegen=1)], {"Nul": 0})
    assert (counted.outcome, counted.voor, counted.tegen) == (Outcome.AANGENOMEN, 3, 1)


def test_check_decision_says_why() -> None:
    adopted = decide([("CDA", "voor"), ("SP", "voor"), ("VVD", "tegen")], COUNCIL)
    check_decision(adopted, "aangenomen")
    assert code_of(check_decision, adopted, "verworpen") == "vote_outcome_mismatch"
    assert code_of(check_decision, decide([("CDA", "voor")], COUNCIL), "aangenomen") == "vote_no_quorum"
    tie = decide([("CDA", "voor"), ("PvdA", "tegen"), ("SP", "tegen")], COUNCIL)
    assert code_of(check_decision, tie, "verworpen") == "vote_tie_postponed"
    check_decision(decide([("Nul", "tegen")], {"Nul": 0}), "aangenomen")  # nothing countable: as recorded


# --- storing ----------------------------------------------------------------------------------


def test_a_whole_faction_without_absences_keeps_the_stored_form_of_amendments() -> None:
    assert vote_to_json(FactionVote("CDA", vote=Vote.VOOR)) == ["CDA", "voor"]
    assert vote_to_json(FactionVote("VVD", voor=5, tegen=2)) == ["VVD", "verdeeld", {"voor": 5, "tegen": 2}]
    assert vote_to_json(FactionVote("VVD", vote=Vote.TEGEN, absent=2)) == ["VVD", "tegen", {"absent": 2}]


_names = st.lists(st.text(alphabet="abcdefgh ", min_size=1, max_size=8), max_size=3).map(tuple)
_counts = st.one_of(st.none(), st.integers(0, 40))
_votes = st.one_of(
    st.builds(FactionVote, faction=st.text(min_size=1, max_size=10), vote=st.sampled_from(Vote), absent=_counts),
    st.builds(
        FactionVote,
        faction=st.text(min_size=1, max_size=10),
        voor=st.integers(0, 40),
        tegen=st.integers(0, 40),
        absent=_counts,
        voor_members=_names,
        tegen_members=_names,
        absent_members=_names,
        recused=st.integers(0, 3),
    ),
)


@given(_votes)
def test_json_round_trip(vote: FactionVote) -> None:
    back = vote_from_json(vote_to_json(vote))
    if vote.vote is not None and not vote.absent:
        assert back == FactionVote(vote.faction, vote=vote.vote, absent=None if not vote.absent else vote.absent)
    else:
        assert back == vote


@pytest.mark.parametrize(
    "bad",
    [
        "CDA",
        ["CDA"],
        ["CDA", "misschien"],
        [1, "voor"],
        ["CDA", "verdeeld", {"voor": "5"}],
        ["CDA", "verdeeld", {"stemmen": 5}],
        ["CDA", "voor", {"voor_members": ["A"]}],
        ["CDA", "verdeeld", {"voor_members": "A"}],
        ["CDA", "verdeeld", {"voor": True}],
    ],
)
def test_json_refuses_anything_else(bad: object) -> None:
    with pytest.raises(ValueError):
        vote_from_json(bad)
    with pytest.raises(ValueError):
        votes_from_json([["CDA", "voor"], bad])


def test_every_code_the_vote_rules_raise_has_words() -> None:
    source = (Path(__file__).resolve().parents[2] / "raadsviewer" / "domain" / "votes.py").read_text(encoding="utf-8")
    codes = set(re.findall(r'UserFacingError\(\s*"(\w+)"', source))
    assert {"vote_no_quorum", "vote_tie_postponed", "vote_counts_mismatch"} <= codes
    for code in codes:
        nl, en = wording(code)
        assert nl and en, code
