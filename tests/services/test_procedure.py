"""The council's procedure in the store: votes as councils vote (splits, absences, a tie that goes
to the next meeting), the voting order across amendments, the proposal and moties, and the
stemlijst. Council of 22: GroenLinks 6, VVD 7, CDA 4, PvdA 5."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation, MotieDraft, MotieStatus, Vote
from raadsviewer.domain.votes import FactionVote, Outcome
from raadsviewer.services import amendments, council, moties, procedure
from raadsviewer.services.documents import resolve_dossier
from raadsviewer.services.factions import add_faction
from tests.services.refusals import refused

EVERYONE_FOR = [("GroenLinks", "voor"), ("VVD", "voor"), ("CDA", "voor"), ("PvdA", "voor")]


@pytest.fixture
def dossier_id(sample_store) -> str:
    store = sample_store
    for name, seats in (("GroenLinks", 6), ("VVD", 7), ("CDA", 4), ("PvdA", 5)):
        add_faction(store, name, seats=seats)
    dossier = resolve_dossier(store).id
    council.set_council_settings(store, dossier, municipality="Dordrecht", meeting_date=date(2020, 11, 10))
    amendments.add_amendment(
        store,
        dossier_id=dossier,
        faction="GroenLinks",
        member="Anna de Vries",
        draft=AmendmentDraft(
            title="Onafhankelijke toegang",
            operation=AmendmentOperation.VERVANGEN,
            old_text="Versterken toegangstaak",
            new_text="Versterken van een onafhankelijke toegangstaak",
            principle_number=7,
        ),
    )
    parent = amendments.get_amendment_by_number(store, dossier, "A1")
    amendments.add_amendment(
        store,
        dossier_id=dossier,
        faction="PvdA",
        member="Mo Bakker",
        draft=AmendmentDraft(
            title="Met ervaringsdeskundigen",
            operation=AmendmentOperation.TOEVOEGEN,
            old_text="onafhankelijke toegangstaak",
            new_text=", met ervaringsdeskundigen",
            parent_id=parent.id,
        ),
    )
    moties.add_motie(
        store,
        dossier_id=dossier,
        faction="VVD",
        member="Piet Jansen",
        draft=MotieDraft(title="Winst openbaar", constaterende=("publiek geld",), dictum=("winst openbaar maken",)),
    )
    for label in ("A1", "A2", "M1"):
        procedure.set_status(store, dossier, label, "ingediend")
    return dossier


def test_the_voting_order_runs_from_sub_amendment_to_motie(store, dossier_id: str, dump) -> None:
    assert [i.label or "voorstel" for i in procedure.voting_items(store, dossier_id)] == ["A2", "A1", "voorstel", "M1"]
    error = refused(
        store, dump, "order_subamendments_first", procedure.set_status, store, dossier_id, "A1", "aangenomen"
    )
    assert "A2" in error.message("nl")
    assert procedure.order_problem_for(store, dossier_id, "A1").labels == ("A2",)
    refused(store, dump, "order_amendments_first", procedure.set_proposal_status, store, dossier_id, "aangenomen")
    refused(store, dump, "order_proposal_first", procedure.set_status, store, dossier_id, "M1", "aangenomen")
    procedure.set_status(store, dossier_id, "A2", "verworpen")
    procedure.set_status(store, dossier_id, "A1", "aangenomen")
    assert procedure.order_problem_for(store, dossier_id, "M1").code == "order_proposal_first"
    proposal = procedure.set_proposal_status(store, dossier_id, None, EVERYONE_FOR)
    assert (proposal.status, proposal.label, proposal.title) == (
        "aangenomen",
        "",
        "Zienswijze op Inkoopkader Jeugdhulp 2022 e.v.",
    )
    assert procedure.proposal(store, dossier_id).status == "aangenomen"
    assert procedure.order_problem_for(store, dossier_id, "M1") is None
    refused(store, dump, "proposal_decided", procedure.set_proposal_status, store, dossier_id, None, EVERYONE_FOR)
    assert procedure.set_status(store, dossier_id, "M1", "verworpen").status == "verworpen"


def test_a_split_vote_and_absences_are_kept_as_the_council_voted(store, dossier_id: str) -> None:
    procedure.set_status(store, dossier_id, "A2", "verworpen")
    votes = [
        FactionVote("GroenLinks", vote=Vote.VOOR, absent_members=("Kees Groen",)),  # 5 voor
        FactionVote("VVD", voor_members=("Piet Jansen", "Els Visser"), tegen=5, absent=0),  # a roll-call split
        ("CDA", "voor"),
        FactionVote("PvdA", vote=Vote.TEGEN, absent=2),  # 3 tegen
    ]
    with pytest.raises(UserFacingError) as info:  # the names and the count of VVD do not tell who voted no
        procedure.set_status(store, dossier_id, "A1", None, votes)
    assert info.value.code == "vote_names_counts_differ"
    votes[1] = FactionVote("VVD", voor=2, tegen=5)
    item = procedure.set_status(store, dossier_id, "A1", None, votes)  # 5 + 2 + 4 = 11 against 5 + 3 = 8
    assert item.status == "aangenomen"
    a1 = amendments.get_amendment_by_number(store, dossier_id, "A1")
    assert a1.faction_votes == (
        FactionVote("CDA", vote=Vote.VOOR),
        FactionVote("GroenLinks", vote=Vote.VOOR, absent=1, absent_members=("Kees Groen",)),
        FactionVote("PvdA", vote=Vote.TEGEN, absent=2),
        FactionVote("VVD", voor=2, tegen=5),
    )
    row = next(r for r in procedure.stemlijst_rows(store, dossier_id) if r.label == "A1")
    assert (row.outcome, row.voor, row.tegen) == ("aangenomen", 11, 8)
    assert row.detail == (
        "voor: CDA, GroenLinks (5 van 6), VVD (2 van 7); tegen: PvdA (3 van 5), VVD (5 van 7); "
        "afwezig: GroenLinks (1), PvdA (2)"
    )


def test_a_tie_outside_a_full_meeting_waits_for_the_next_meeting_which_decides(store, dossier_id: str, dump) -> None:
    tie = [("GroenLinks", "voor"), ("CDA", "voor"), ("VVD", "tegen"), FactionVote("PvdA", vote=Vote.TEGEN, absent=2)]
    # 10 - 10 with two PvdA members away: not a full meeting (art. 32.4)
    refused(store, dump, "vote_tie_postponed", procedure.set_status, store, dossier_id, "A2", "verworpen", tie)
    waiting = procedure.set_status(store, dossier_id, "A2", None, tie)
    assert (waiting.status, waiting.postponed) == ("ingediend", True)
    a2 = amendments.get_amendment_by_number(store, dossier_id, "A2")
    assert a2.postponed is not None and a2.postponed.outcome == Outcome.STAKING_UITGESTELD and a2.postponed.revote
    row = procedure.stemlijst_rows(store, dossier_id)[0]
    assert (row.label, row.status, row.outcome) == ("A2", "ingediend", "staking van stemmen: uitgesteld")
    refused(store, dump, "order_subamendments_first", procedure.set_status, store, dossier_id, "A1", "aangenomen")
    # the next meeting: the same tie is final (art. 32.5) without anyone saying it is the re-vote
    refused(store, dump, "vote_outcome_mismatch", procedure.set_status, store, dossier_id, "A2", "aangenomen", tie)
    decided = procedure.set_status(store, dossier_id, "A2", None, tie)
    assert (decided.status, decided.revote, decided.postponed) == ("verworpen", True, False)
    row = procedure.stemlijst_rows(store, dossier_id)[0]
    assert (row.status, row.outcome) == ("verworpen", "staking van stemmen: niet aangenomen")


def test_a_vote_without_quorum_is_kept_and_the_next_needs_none(store, dossier_id: str, dump) -> None:
    few = [("GroenLinks", "voor"), ("PvdA", "tegen")]  # 11 of 22 voted: not more than half (art. 29.1)
    refused(store, dump, "vote_no_quorum", procedure.set_status, store, dossier_id, "A2", "aangenomen", few)
    waiting = procedure.set_status(store, dossier_id, "A2", None, few)
    assert waiting.postponed and waiting.status == "ingediend"
    # at the next meeting no quorum is needed (art. 29.2a)
    assert procedure.set_status(store, dossier_id, "A2", "aangenomen", few).status == "aangenomen"
    assert amendments.get_amendment_by_number(store, dossier_id, "A2").postponed.quorum_waived


def test_a_motie_is_voted_on_like_an_amendment(store, dossier_id: str, dump) -> None:
    procedure.set_status(store, dossier_id, "A2", "verworpen")
    procedure.set_status(store, dossier_id, "A1", "aangenomen")
    procedure.set_proposal_status(store, dossier_id, "aangenomen")
    refused(
        store, dump, "votes_need_decision", procedure.set_status, store, dossier_id, "M1", "ingetrokken", EVERYONE_FOR
    )
    refused(
        store,
        dump,
        "vote_duplicate",
        procedure.set_status,
        store,
        dossier_id,
        "M1",
        None,
        [("VVD", "voor"), ("vvd", "tegen")],
    )
    refused(store, dump, "faction_not_found", procedure.set_status, store, dossier_id, "M1", None, [("SP", "voor")])
    refused(
        store,
        dump,
        "item_not_found",
        procedure.set_status,
        store,
        dossier_id,
        "00000000-0000-4000-8000-000000000000",
        "ingetrokken",
    )
    refused(store, dump, "motie_not_found", procedure.set_status, store, dossier_id, "M7", "ingetrokken")
    item = procedure.set_status(
        store,
        dossier_id,
        "M1",
        None,
        [("VVD", "voor"), FactionVote("CDA", voor=3, tegen=1), ("PvdA", "voor"), ("GroenLinks", "tegen")],
    )
    assert item.status == "aangenomen"
    motie = moties.get_motie_by_number(store, dossier_id, "M1")
    assert motie.status == MotieStatus.AANGENOMEN and FactionVote("CDA", voor=3, tegen=1) in motie.votes


def test_a_motie_held_over_is_not_voted_on_and_does_not_hold_up_the_others(store, dossier_id: str, dump) -> None:
    procedure.set_status(store, dossier_id, "M1", "aangehouden")
    refused(store, dump, "motie_vote_not_submitted", procedure.set_status, store, dossier_id, "M1", None, EVERYONE_FOR)
    assert [r.status for r in procedure.stemlijst_rows(store, dossier_id)][-1] == "aangehouden"


def test_the_stemlijst_is_written_as_xlsx_and_csv(store, dossier_id: str, tmp_path: Path, dump) -> None:
    concept = amendments.add_amendment(  # a faction's concept, never submitted: not on the stemlijst
        store,
        dossier_id=dossier_id,
        faction="CDA",
        member="Carla",
        draft=AmendmentDraft(
            title="Nog een concept", operation=AmendmentOperation.SCHRAPPEN, old_text="SMART", principle_number=8
        ),
    )
    assert concept.id in {i.id for i in procedure.voting_items(store, dossier_id)}  # (the griffie sees it)
    procedure.set_status(
        store,
        dossier_id,
        "A2",
        "verworpen",
        [("GroenLinks", "tegen"), ("VVD", "tegen"), ("CDA", "voor"), ("PvdA", "voor")],
    )
    sheet = load_workbook(procedure.export_stemlijst(store, dossier_id, "xlsx", tmp_path / "s.xlsx")).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == ["Nr.", "Stuk", "Soort"]
    assert [(r[0], r[1], r[2], r[6], r[7]) for r in rows[1:]] == [
        (1, "A2", "subamendement op A1", "verworpen", "verworpen"),
        (2, "A1", "amendement", "ingediend", None),
        (3, "Voorstel", "voorstel", "ingediend", None),
        (4, "M1", "motie", "ingediend", None),
    ]
    with procedure.export_stemlijst(store, dossier_id, "csv", tmp_path / "s.csv").open(encoding="utf-8-sig") as fh:
        lines = list(csv.reader(fh, delimiter=";"))
    assert [line[1] for line in lines[1:]] == ["A2", "A1", "Voorstel", "M1"]
    refused(
        store, dump, "invalid_export_format", procedure.export_stemlijst, store, dossier_id, "ods", tmp_path / "s.ods"
    )
    assert not (tmp_path / "s.ods").exists()


def test_an_outcome_recorded_wrongly_is_corrected_until_a_later_one_rests_on_it(store, dossier_id: str, dump) -> None:
    """A faction's vote typed wrongly: the outcome is taken back and recorded again, in one
    transaction, as long as no outcome recorded after it depends on it (the last one first)."""
    correct = procedure.set_status
    refused(store, dump, "vote_correction_not_decided", correct, store, dossier_id, "A2", "verworpen", correcting=True)
    procedure.set_status(store, dossier_id, "A2", "verworpen")
    wrong = [("GroenLinks", "voor"), ("VVD", "voor"), ("CDA", "tegen"), ("PvdA", "tegen")]  # 13 - 9
    assert procedure.set_status(store, dossier_id, "A1", None, wrong).status == "aangenomen"
    # A1 rests on A2 (a sub-amendment is voted on first): A2 is not corrected while A1 stands
    error = refused(
        store, dump, "vote_correction_later_decided", correct, store, dossier_id, "A2", "aangenomen", correcting=True
    )
    assert "A1" in error.message("nl") and "A1" in error.message("en")
    assert procedure.correction_problem_for(store, dossier_id, "A2").labels == ("A1",)
    procedure.set_proposal_status(store, dossier_id, None, EVERYONE_FOR)
    procedure.set_status(store, dossier_id, "M1", "verworpen")
    # the proposal and M1 came later: A1 only after both, the last one first
    assert procedure.correction_problem_for(store, dossier_id, "A1").labels == ("M1", "voorstel")
    assert procedure.correction_problem_for(store, dossier_id, "voorstel").labels == ("M1",)
    assert procedure.correction_problem_for(store, dossier_id, "M1") is None
    right = [("GroenLinks", "voor"), ("VVD", "tegen"), ("CDA", "tegen"), ("PvdA", "tegen")]  # 6 - 16
    refused(
        store, dump, "vote_correction_later_decided", correct, store, dossier_id, "A1", None, right, correcting=True
    )
    # M1 corrected (the last one): A1 still waits for the proposal, which rests on it
    assert correct(store, dossier_id, "M1", None, EVERYONE_FOR, correcting=True).status == "aangenomen"
    refused(
        store, dump, "vote_correction_later_decided", correct, store, dossier_id, "A1", None, right, correcting=True
    )


def test_a_corrected_outcome_replaces_the_wrong_one_everywhere(store, dossier_id: str) -> None:
    procedure.set_status(store, dossier_id, "A2", "verworpen")
    wrong = [("GroenLinks", "voor"), ("VVD", "voor"), ("CDA", "tegen"), ("PvdA", "tegen")]
    procedure.set_status(store, dossier_id, "A1", None, wrong)
    right = [("GroenLinks", "voor"), ("VVD", "tegen"), ("CDA", "tegen"), ("PvdA", "tegen")]
    corrected = procedure.set_status(store, dossier_id, "A1", None, right, correcting=True)
    assert corrected.status == "verworpen"
    a1 = amendments.get_amendment_by_number(store, dossier_id, "A1")
    assert str(a1.status) == "verworpen"
    assert [(v.faction, str(v.vote)) for v in a1.faction_votes] == [
        ("CDA", "tegen"),
        ("GroenLinks", "voor"),
        ("PvdA", "tegen"),
        ("VVD", "tegen"),
    ]
    row = next(r for r in procedure.stemlijst_rows(store, dossier_id) if r.label == "A1")
    assert (row.outcome, row.voor, row.tegen) == ("verworpen", 6, 16)


def test_an_outcome_corrected_into_a_tie_waits_for_the_next_meeting(store, dossier_id: str) -> None:
    procedure.set_status(store, dossier_id, "A2", "verworpen")
    procedure.set_status(store, dossier_id, "A1", None, EVERYONE_FOR)
    tie = [("GroenLinks", "voor"), ("CDA", "voor"), ("VVD", "tegen"), FactionVote("PvdA", vote=Vote.TEGEN, absent=2)]
    waiting = procedure.set_status(store, dossier_id, "A1", None, tie, correcting=True)
    assert (waiting.status, waiting.postponed) == ("ingediend", True)
    a1 = amendments.get_amendment_by_number(store, dossier_id, "A1")
    assert str(a1.status) == "ingediend" and a1.faction_votes == ()
    # and the next vote is the re-vote, as after any tie
    decided = procedure.set_status(store, dossier_id, "A1", None, tie)
    assert (decided.status, decided.revote) == ("verworpen", True)


def test_a_faction_laptop_corrects_no_outcome(store, dossier_id: str, dump) -> None:
    from raadsviewer.services.roles import set_owner_member

    procedure.set_status(store, dossier_id, "A2", "verworpen")
    set_owner_member(store, "GroenLinks", "Anna de Vries")
    with pytest.raises(UserFacingError):
        procedure.set_status(store, dossier_id, "A2", "aangenomen", correcting=True)
    assert str(amendments.get_amendment_by_number(store, dossier_id, "A2").status) == "verworpen"


def test_a_tie_typed_wrongly_is_corrected_and_a_correction_gives_an_outcome_of_a_vote(
    store, dossier_id: str, dump
) -> None:
    """A vote that did not decide (a tie, typed wrongly) made the next vote the final re-vote, and
    could not be corrected; a correction to ingetrokken or aangehouden reached the laptops as
    ingediend. The tie is corrected now, and a correction is an outcome of a vote."""
    tie = [("GroenLinks", "voor"), ("CDA", "voor"), ("VVD", "tegen"), FactionVote("PvdA", vote=Vote.TEGEN, absent=2)]
    assert procedure.set_status(store, dossier_id, "A2", None, tie).postponed
    right = [("GroenLinks", "voor"), ("CDA", "voor"), ("VVD", "tegen"), ("PvdA", "voor")]  # 15 - 7
    corrected = procedure.set_status(store, dossier_id, "A2", None, right, correcting=True)
    assert (corrected.status, corrected.revote, corrected.postponed) == ("aangenomen", False, False)
    assert amendments.get_amendment_by_number(store, dossier_id, "A2").postponed is None
    for status in ("ingetrokken", "aangehouden", "concept"):
        refused(store, dump, "vote_correction_status", procedure.set_status, store, dossier_id, "A2", status,
                correcting=True)  # fmt: skip
    taken_back = procedure.set_status(store, dossier_id, "A2", "ingediend", correcting=True)  # only taken back
    assert (taken_back.status, taken_back.votes) == ("ingediend", ())


def test_outcomes_taken_back_with_a_correction_keep_their_votes_to_be_offered_again(store, dossier_id: str) -> None:
    """Correcting A1 takes back the proposal's and M1's outcomes (they rest on it); their votes are
    kept, to be filled in when they are recorded again, until something is recorded on them."""
    procedure.set_status(store, dossier_id, "A2", "verworpen")
    procedure.set_status(store, dossier_id, "A1", None, EVERYONE_FOR)
    split = [("GroenLinks", "voor"), ("VVD", "tegen"), ("CDA", "voor"), ("PvdA", "voor")]
    procedure.set_proposal_status(store, dossier_id, None, split)
    procedure.set_status(store, dossier_id, "M1", None, EVERYONE_FOR)
    m1 = next(i for i in procedure.voting_items(store, dossier_id) if i.label == "M1")
    assert procedure.taken_back_votes(store, dossier_id, m1.id) is None  # nothing taken back yet
    right = [("GroenLinks", "voor"), ("VVD", "tegen"), ("CDA", "tegen"), ("PvdA", "tegen")]
    procedure.set_status(store, dossier_id, "A1", None, right, correcting=True, reopen_later=True)
    proposal = procedure.taken_back_votes(store, dossier_id, "voorstel")
    motie = procedure.taken_back_votes(store, dossier_id, m1.id)
    assert proposal is not None and motie is not None
    assert [(v.faction, str(v.vote)) for v in proposal.votes] == sorted(split)
    assert proposal.because == "A1" and motie.because == "A1"
    a1 = next(i for i in procedure.voting_items(store, dossier_id) if i.label == "A1")
    assert procedure.taken_back_votes(store, dossier_id, a1.id) is None  # the corrected one: its new votes stand
    procedure.set_proposal_status(store, dossier_id, None, split)
    assert procedure.taken_back_votes(store, dossier_id, "voorstel") is None
    assert procedure.taken_back_votes(store, dossier_id, m1.id) is not None  # not recorded yet
