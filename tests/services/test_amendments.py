"""Amendment services: every rule, and every refusal leaves the store exactly as it was."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from raadsviewer.domain.amendments import amendment_revision_id
from raadsviewer.domain.anchoring import make_anchor
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation, AmendmentStatus, DocumentRole, Vote
from raadsviewer.services import amendments as svc
from raadsviewer.services.documents import list_documents, resolve_dossier
from raadsviewer.services.factions import add_faction, list_factions
from raadsviewer.storage.models import AmendmentRevisionRow, DocumentRow
from tests.services.refusals import refused

OLD = "behoud keuzevrijheid"  # in principle 3: "Grip op het aantal aanbieders met behoud keuzevrijheid"


def draft(**kw) -> AmendmentDraft:  # type: ignore[no-untyped-def]
    values = {
        "title": "Ruime keuzevrijheid",
        "operation": AmendmentOperation.VERVANGEN,
        "old_text": OLD,
        "new_text": "ruime keuzevrijheid",
        "rationale": "Ouders *kiezen* zelf.",
        "betreft": "Inkoopkader jeugdhulp",
        "principle_number": 3,
    }
    values.update(kw)
    return AmendmentDraft(**values)


@pytest.fixture
def dossier_id(sample_store) -> str:
    add_faction(sample_store, "CDA", seats=10)
    add_faction(sample_store, "PvdA", seats=7)
    add_faction(sample_store, "SP", seats=3)
    add_faction(sample_store, "VVD", seats=9)
    return resolve_dossier(sample_store).id


def add(store, dossier_id: str, faction: str = "CDA", **kw):  # type: ignore[no-untyped-def]
    return svc.add_amendment(store, dossier_id=dossier_id, faction=faction, member="J. Jansen", draft=draft(**kw))


# --- adding -----------------------------------------------------------------------------------


def test_add_assigns_numbers_and_records_a_revision(store, dossier_id: str) -> None:
    a1 = add(store, dossier_id, cosigners=("sp", "PvdA", "SP"))
    a2 = add(store, dossier_id, faction="PvdA", title="Tweede", old_text="aanbieders", new_text="zorgaanbieders")
    assert (a1.number, a1.label, a2.label) == (1, "A1", "A2")
    assert a1.status == AmendmentStatus.CONCEPT and a1.version == 1 and not a1.deleted
    assert a1.principle_number == 3 and a1.faction_name == "CDA" and a1.author == "J. Jansen"
    assert a1.cosigners == ("PvdA", "SP")  # stored names, de-duplicated, sorted
    assert a1.votes == () and a1.parent_id is None
    assert svc.get_amendment(store, a1.id) == a1
    assert svc.get_amendment_by_number(store, dossier_id, "A2") == a2
    assert svc.get_amendment_by_number(store, dossier_id, 2) == a2
    with store.session() as session:
        revision = session.scalar(select(AmendmentRevisionRow).where(AmendmentRevisionRow.amendment_id == a1.id))
        assert revision.id == a1.revision_id and revision.parent_id is None and revision.version == 1
        content = json.loads(revision.content_json)
    assert content["cosigners"] == ["PvdA", "SP"] and content["old_text"] == OLD
    assert amendment_revision_id(a1._replace(revision_id=""), None) == a1.revision_id


def test_submitter_faction_and_member_are_made_on_first_use(store, dossier_id: str) -> None:
    a = svc.add_amendment(store, dossier_id=dossier_id, faction="D66", member="", draft=draft())
    assert a.faction_name == "D66" and a.author == "?"


def test_old_text_is_matched_whitespace_tolerant(store, dossier_id: str) -> None:
    a = add(store, dossier_id, old_text="behoud\n keuzevrijheid")
    assert a.old_text == "behoud\n keuzevrijheid"


@pytest.mark.parametrize(
    ("kw", "code"),
    [
        ({"old_text": "tulpenbollen"}, "old_text_not_in_target"),
        ({"old_text": "Normaliseren"}, "old_text_not_in_target"),  # in principle 2, not 3
        ({"principle_number": 99}, "principle_not_found"),
        ({"new_text": "  "}, "empty_new_text_for_vervangen"),
        ({"principle_number": None}, "missing_target"),
        ({"operation": "wijzigen"}, "invalid_operation"),
        ({"cosigners": ("Partij voor de Dieren",)}, "faction_not_found"),
        ({"cosigners": ("PvdA", "cda")}, "cosigner_is_submitter"),
        ({"new_text": "x" * 100_001}, "amendment_too_long"),
        ({"parent_id": "no-such-amendment"}, "parent_not_found"),
    ],
    ids=[
        "old-absent",
        "old-elsewhere",
        "principle",
        "empty-new",
        "no-target",
        "operation",
        "cosigner-unknown",
        "cosigner-self",
        "too-long",
        "parent",
    ],
)
def test_add_refusals_change_nothing(store, dossier_id: str, dump, kw, code: str) -> None:
    add(store, dossier_id)
    refused(store, dump, code, add, store, dossier_id, **kw)


def test_unknown_dossier(store, dossier_id: str, dump) -> None:
    refused(
        store,
        dump,
        "dossier_not_found",
        svc.add_amendment,
        store,
        dossier_id="nope",
        faction="CDA",
        member="x",
        draft=draft(principle_number=None, old_text="", operation=AmendmentOperation.TOEVOEGEN),
    )


def test_refused_first_amendment_of_a_new_faction_leaves_no_faction(store, dossier_id: str, dump) -> None:
    refused(store, dump, "faction_not_found", add, store, dossier_id, faction="Nieuw", cosigners=("Onbekend",))


def test_a_concept_may_be_incomplete(store, dossier_id: str) -> None:
    a = add(store, dossier_id, title="", operation=AmendmentOperation.TOEVOEGEN, old_text="", new_text="")
    assert a.title == "" and a.label == "A1"
    assert svc.submission_problems(store, a.id) == ["missing_title", "missing_new_text"]


def test_anchor_outside_a_principle(store, dossier_id: str) -> None:
    """Old text taken from a selected passage of the framework that is in no principle."""
    framework = next(d for d in list_documents(store, dossier_id) if d.role is DocumentRole.FRAMEWORK)
    with store.session() as session:
        text = session.get(DocumentRow, framework.id).text
    quote = "voldoende draagvlak"
    start = text.index(quote)
    anchor = make_anchor(framework.id, text, start, start + len(quote))
    a = add(
        store,
        dossier_id,
        principle_number=None,
        anchor=anchor._replace(start=0, end=len(quote)),
        old_text="draagvlak",
        new_text="steun",
    )
    assert a.anchor is not None and (a.anchor.start, a.anchor.end) == (start, start + len(quote))  # re-found
    assert a.principle_id is None and a.principle_number is None
    assert svc.submission_problems(store, a.id) == []


def test_anchor_refusals(store, dossier_id: str, dump) -> None:
    framework = next(d for d in list_documents(store, dossier_id) if d.role is DocumentRole.FRAMEWORK)
    with store.session() as session:
        text = session.get(DocumentRow, framework.id).text
    start = text.index("voldoende draagvlak")
    anchor = make_anchor(framework.id, text, start, start + len("voldoende draagvlak"))
    refused(
        store,
        dump,
        "quote_not_found",
        add,
        store,
        dossier_id,
        principle_number=None,
        anchor=anchor._replace(quote="nergens te vinden"),
        old_text="nergens",
    )
    refused(
        store,
        dump,
        "quote_not_found",
        add,
        store,
        dossier_id,
        principle_number=None,
        anchor=anchor._replace(document_id="other"),
        old_text="draagvlak",
    )
    refused(
        store,
        dump,
        "old_text_not_in_target",
        add,
        store,
        dossier_id,
        principle_number=None,
        anchor=anchor,
        old_text="keuzevrijheid",
    )


def test_anchor_in_a_principle_sets_the_principle(store, dossier_id: str) -> None:
    framework = next(d for d in list_documents(store, dossier_id) if d.role is DocumentRole.FRAMEWORK)
    with store.session() as session:
        text = session.get(DocumentRow, framework.id).text
    start = text.index(OLD)
    a = add(store, dossier_id, principle_number=None, anchor=make_anchor(framework.id, text, start, start + len(OLD)))
    assert a.principle_number == 3


def test_sub_amendment_takes_its_old_text_from_the_parent(store, dossier_id: str, dump) -> None:
    parent = add(store, dossier_id, new_text="ruime en echte keuzevrijheid")
    sub = add(
        store,
        dossier_id,
        faction="PvdA",
        principle_number=None,
        parent_id=parent.id,
        old_text="echte",
        new_text="werkelijke",
    )
    assert sub.parent_id == parent.id and sub.principle_number == 3 and sub.label == "A2"
    refused(
        store,
        dump,
        "old_text_not_in_target",
        add,
        store,
        dossier_id,
        faction="PvdA",
        principle_number=None,
        parent_id=parent.id,
        old_text=OLD,
    )
    svc.delete_amendment(store, parent.id, faction="CDA")
    refused(
        store,
        dump,
        "parent_not_found",
        add,
        store,
        dossier_id,
        principle_number=None,
        parent_id=parent.id,
        old_text="echte",
    )


# --- editing, deleting, restoring -------------------------------------------------------------


def test_update_by_owner_makes_a_new_revision(store, dossier_id: str) -> None:
    a = add(store, dossier_id)
    b = svc.update_amendment(store, a.id, draft(new_text="volledige keuzevrijheid", cosigners=("VVD",)), faction="CDA")
    assert (b.id, b.number, b.version) == (a.id, a.number, 2)
    assert b.new_text == "volledige keuzevrijheid" and b.cosigners == ("VVD",)
    assert b.revision_id != a.revision_id and b.created_at == a.created_at and b.updated_at >= a.updated_at
    with store.session() as session:
        rev = session.get(AmendmentRevisionRow, b.revision_id)
        assert rev.parent_id == a.revision_id and rev.version == 2
    assert svc.revision_count(store, a.id) == 2


@pytest.mark.parametrize(
    ("kw", "code"),
    [
        ({"old_text": "tulpen"}, "old_text_not_in_target"),
        ({"cosigners": ("CDA",)}, "cosigner_is_submitter"),
        ({"principle_number": 42}, "principle_not_found"),
    ],
)
def test_update_refusals(store, dossier_id: str, dump, kw, code: str) -> None:
    a = add(store, dossier_id)
    refused(store, dump, code, svc.update_amendment, store, a.id, draft(**kw), faction="CDA")


def test_only_the_owner_changes_an_amendment(store, dossier_id: str, dump) -> None:
    a = add(store, dossier_id)
    for call, args in [
        (svc.update_amendment, (store, a.id, draft(title="Gekaapt"))),
        (svc.delete_amendment, (store, a.id)),
        (svc.restore_amendment, (store, a.id)),
        (svc.submit_amendment, (store, a.id)),
    ]:
        error = refused(store, dump, "not_amendment_owner", call, *args, faction="PvdA")
        assert error.params["owner"] == "CDA"
    refused(store, dump, "not_amendment_owner", svc.delete_amendment, store, a.id, faction="Niemand")
    refused(store, dump, "amendment_not_found", svc.update_amendment, store, "nope", draft(), faction="CDA")


def test_delete_and_restore_are_tombstones_and_numbers_are_not_reused(store, dossier_id: str) -> None:
    a1 = add(store, dossier_id)
    a2 = add(store, dossier_id, title="Twee")
    gone = svc.delete_amendment(store, a2.id, faction="CDA")
    assert gone.deleted and gone.version == 2
    assert [a.label for a in svc.list_amendments(store, dossier_id)] == ["A1"]
    assert [a.label for a in svc.list_amendments(store, dossier_id, include_deleted=True)] == ["A1", "A2"]
    assert add(store, dossier_id, title="Drie").label == "A3"
    back = svc.restore_amendment(store, a2.id, faction="CDA")
    assert not back.deleted and back.version == 3
    assert [a.label for a in svc.list_amendments(store, dossier_id)] == ["A1", "A2", "A3"]
    assert svc.revision_count(store, a2.id) == 3 and svc.revision_count(store, a1.id) == 1


def test_deleted_amendment_cannot_be_edited_or_submitted(store, dossier_id: str, dump) -> None:
    a = add(store, dossier_id)
    svc.delete_amendment(store, a.id, faction="CDA")
    refused(store, dump, "amendment_deleted", svc.update_amendment, store, a.id, draft(), faction="CDA")
    refused(store, dump, "amendment_deleted", svc.submit_amendment, store, a.id, faction="CDA")
    refused(store, dump, "amendment_deleted", svc.set_status, store, dossier_id, "A1", "ingediend")


def test_a_submitted_amendment_is_withdrawn_not_edited_or_deleted(store, dossier_id: str, dump) -> None:
    a = add(store, dossier_id)
    svc.submit_amendment(store, a.id, faction="CDA")
    refused(store, dump, "amendment_not_concept", svc.update_amendment, store, a.id, draft(), faction="CDA")
    refused(store, dump, "amendment_not_concept", svc.delete_amendment, store, a.id, faction="CDA")
    assert svc.set_status(store, dossier_id, "A1", "ingetrokken").status == AmendmentStatus.INGETROKKEN


# --- submitting and voting --------------------------------------------------------------------


def test_submit(store, dossier_id: str, dump) -> None:
    a = add(store, dossier_id)
    b = svc.submit_amendment(store, a.id, faction="CDA")
    assert b.status == AmendmentStatus.INGEDIEND and b.version == 2
    refused(store, dump, "invalid_status_transition", svc.submit_amendment, store, a.id, faction="CDA")


@pytest.mark.parametrize(
    ("kw", "code"),
    [
        ({"title": ""}, "missing_title"),
        ({"operation": AmendmentOperation.SCHRAPPEN, "new_text": "iets"}, "new_text_for_schrappen"),
        ({"old_text": "keuzevrijheid", "new_text": "keuzevrijheid"}, "new_text_same_as_old"),
        ({"operation": AmendmentOperation.TOEVOEGEN, "old_text": "", "new_text": ""}, "missing_new_text"),
        ({"operation": AmendmentOperation.SCHRAPPEN, "old_text": "", "new_text": ""}, "missing_old_text"),
    ],
)
def test_submit_refuses_the_first_problem(store, dossier_id: str, dump, kw, code: str) -> None:
    a = add(store, dossier_id, **kw)
    error = refused(store, dump, code, svc.submit_amendment, store, a.id, faction="CDA")
    assert svc.submission_problems(store, a.id)[0] == error.code
    refused(store, dump, code, svc.set_status, store, dossier_id, "A1", "ingediend")


def test_ambiguous_old_text_cannot_be_submitted(store, dossier_id: str, dump) -> None:
    # "aanbieders" occurs once in principle 3, but "e" occurs many times
    a = add(store, dossier_id, old_text="e", new_text="E")
    refused(store, dump, "old_text_ambiguous", svc.submit_amendment, store, a.id, faction="CDA")


def test_set_status_records_votes_and_outcome(store, dossier_id: str) -> None:
    add(store, dossier_id, cosigners=("PvdA",))
    svc.set_status(store, dossier_id, "A1", "ingediend")
    a = svc.set_status(
        store, dossier_id, "a1", AmendmentStatus.AANGENOMEN, [("pvda", "voor"), ("CDA", Vote.VOOR), ("VVD", "tegen")]
    )
    assert a.status == AmendmentStatus.AANGENOMEN
    assert a.votes == (("CDA", Vote.VOOR), ("PvdA", Vote.VOOR), ("VVD", Vote.TEGEN))  # stored names, sorted
    assert svc.revision_count(store, a.id) == 2  # the outcome is the griffie's decision, not a version
    seats = svc.amendment_seats(store, a)
    assert (seats.seats, seats.council_seats, seats.majority) == (17, 29, True)


def test_rejection_by_votes(store, dossier_id: str) -> None:
    add(store, dossier_id)
    svc.set_status(store, dossier_id, 1, "ingediend")
    a = svc.set_status(store, dossier_id, "A1", "verworpen", [("CDA", "voor"), ("VVD", "tegen"), ("PvdA", "tegen")])
    assert a.status == AmendmentStatus.VERWORPEN


def test_status_without_votes_and_same_status(store, dossier_id: str) -> None:
    add(store, dossier_id)
    assert svc.set_status(store, dossier_id, "A1", "ingediend").version == 2
    assert svc.set_status(store, dossier_id, "A1", "ingediend").version == 2  # nothing to do
    assert svc.set_status(store, dossier_id, "A1", "aangenomen").votes == ()


@pytest.mark.parametrize(
    ("setup", "status", "votes", "code"),
    [
        ([], "aangenomen", [("CDA", "voor")], "vote_not_submitted"),
        ([], "aangenomen", [], "invalid_status_transition"),
        (["ingediend"], "concept", [], "invalid_status_transition"),
        (["ingediend", "aangenomen"], "verworpen", [], "invalid_status_transition"),
        (["ingediend"], "ingetrokken", [("CDA", "voor")], "votes_need_decision"),
        (["ingediend"], "aangenomen", [("CDA", "voor"), ("cda", "tegen")], "vote_duplicate"),
        (["ingediend"], "aangenomen", [("CDA", "misschien")], "invalid_vote"),
        (["ingediend"], "aangenomen", [("Onbekend", "voor")], "faction_not_found"),
        (["ingediend"], "aangenomen", [("CDA", "voor"), ("VVD", "tegen"), ("SP", "tegen")], "vote_outcome_mismatch"),
        (["ingediend"], "verworpen", [("CDA", "voor"), ("PvdA", "tegen")], "vote_outcome_mismatch"),
        (
            ["ingediend"],
            "aangenomen",
            [("CDA", "voor"), ("PvdA", "tegen"), ("SP", "tegen")],
            "vote_tie_postponed",
        ),  # 10-10 with VVD away: not a full meeting, so the decision waits (Gemeentewet art. 32.4)
        (
            ["ingediend"],
            "verworpen",
            [("CDA", "voor"), ("PvdA", "tegen"), ("SP", "tegen")],
            "vote_tie_postponed",
        ),
        (["ingediend"], "verworpen", [("PvdA", "tegen"), ("SP", "tegen")], "vote_no_quorum"),  # 10 of 29 voted
        (["ingediend"], "weggestemd", [], "invalid_amendment_status"),
    ],
)
def test_set_status_refusals(store, dossier_id: str, dump, setup, status, votes, code: str) -> None:
    add(store, dossier_id)
    for step in setup:
        svc.set_status(store, dossier_id, "A1", step)
    refused(store, dump, code, svc.set_status, store, dossier_id, "A1", status, votes)


def test_votes_follow_the_members_who_voted(store, dossier_id: str, dump) -> None:
    """Council of 29: CDA 10, PvdA 7, SP 3, VVD 9. Absences move the majority."""
    from raadsviewer.domain.votes import FactionVote

    add(store, dossier_id)
    add(store, dossier_id)
    svc.set_status(store, dossier_id, "A1", "ingediend")
    svc.set_status(store, dossier_id, "A2", "ingediend")
    full_house = [("CDA", "voor"), ("SP", "voor"), ("PvdA", "tegen"), ("VVD", "tegen")]  # 13 against 16
    refused(store, dump, "vote_outcome_mismatch", svc.set_status, store, dossier_id, "A1", "aangenomen", full_house)
    # four VVD members away: 13 against 12, adopted; the faction's recorded vote stays "tegen"
    with_absent = [FactionVote(name, vote=Vote(v), absent=4 if name == "VVD" else None) for name, v in full_house]
    a = svc.set_status(store, dossier_id, "A1", "aangenomen", with_absent)
    assert a.status == AmendmentStatus.AANGENOMEN and dict(a.votes)["VVD"] == Vote.TEGEN
    assert a.faction_votes[-1] == FactionVote("VVD", vote=Vote.TEGEN, absent=4)  # the absences are kept
    # a divided faction decides the check, and is kept as it voted
    split = [("CDA", "voor"), ("SP", "voor"), ("PvdA", "tegen"), FactionVote("VVD", voor=2, tegen=7)]  # 15-14
    refused(store, dump, "vote_outcome_mismatch", svc.set_status, store, dossier_id, "A2", "verworpen", split)
    a2 = svc.set_status(store, dossier_id, "A2", "aangenomen", split)
    assert a2.status == AmendmentStatus.AANGENOMEN
    assert a2.faction_votes[-1] == FactionVote("VVD", voor=2, tegen=7)
    assert "VVD" not in dict(a2.votes)  # the whole-faction view leaves the divided faction out
    assert svc.get_amendment(store, a2.id).faction_votes == a2.faction_votes  # read back from the store


def test_a_tie_is_final_in_a_full_meeting_or_at_the_revote(store, dossier_id: str, dump) -> None:
    add_faction(store, "D66", seats=3)  # council of 32: CDA 10, D66 3, PvdA 7, SP 3, VVD 9
    for _ in range(3):
        add(store, dossier_id)
    for label in ("A1", "A2", "A3"):
        svc.set_status(store, dossier_id, label, "ingediend")
    full_tie = [("CDA", "voor"), ("SP", "voor"), ("D66", "voor"), ("PvdA", "tegen"), ("VVD", "tegen")]  # 16 - 16
    refused(store, dump, "vote_outcome_mismatch", svc.set_status, store, dossier_id, "A1", "aangenomen", full_tie)
    assert svc.set_status(store, dossier_id, "A1", "verworpen", full_tie).status == AmendmentStatus.VERWORPEN
    tie = [("CDA", "voor"), ("PvdA", "tegen"), ("SP", "tegen")]  # 10 - 10, D66 and VVD away
    refused(store, dump, "vote_tie_postponed", svc.set_status, store, dossier_id, "A2", "verworpen", tie)
    refused(
        store, dump, "vote_outcome_mismatch", svc.set_status, store, dossier_id, "A2", "aangenomen", tie, revote=True
    )
    assert svc.set_status(store, dossier_id, "A2", "verworpen", tie, revote=True).status == AmendmentStatus.VERWORPEN
    # without quorum (10 of 32) nothing can be recorded with the votes, unless art. 29.2 waives it
    few = [("CDA", "voor")]
    refused(store, dump, "vote_no_quorum", svc.set_status, store, dossier_id, "A3", "aangenomen", few)
    a3 = svc.set_status(store, dossier_id, "A3", "aangenomen", few, quorum_waived=True)
    assert a3.status == AmendmentStatus.AANGENOMEN and a3.votes == (("CDA", Vote.VOOR),)


def test_votes_without_seats_are_recorded_as_given(store, dossier_id: str) -> None:
    svc.add_amendment(store, dossier_id=dossier_id, faction="Nul", member="x", draft=draft())
    svc.set_status(store, dossier_id, "A1", "ingediend")
    a = svc.set_status(store, dossier_id, "A1", "aangenomen", [("Nul", "voor")])
    assert a.votes == (("Nul", Vote.VOOR),)


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("A7", "amendment_not_found"),
        ("X", "invalid_amendment_number"),
        ("A0", "invalid_amendment_number"),
        (0, "invalid_amendment_number"),
    ],
)
def test_unknown_numbers(store, dossier_id: str, dump, number, code: str) -> None:
    add(store, dossier_id)
    refused(store, dump, code, svc.get_amendment_by_number, store, dossier_id, number)
    refused(store, dump, code, svc.set_status, store, dossier_id, number, "ingediend")


def test_seats_count_each_faction_once_and_skip_vanished_cosigners(store, dossier_id: str) -> None:
    a = add(store, dossier_id, cosigners=("SP",))
    factions = list_factions(store)
    summary = svc.seats_for(a._replace(cosigners=("SP", "Verdwenen", "sp")), factions)
    assert (summary.seats, summary.council_seats, summary.majority) == (13, 29, False)


def test_parse_vote_argument() -> None:
    assert svc.parse_vote_argument("GroenLinks=voor") == ("GroenLinks", "voor")
    assert svc.parse_vote_argument("Partij=X = tegen") == ("Partij=X", "tegen")
    for bad in ("CDA", "=voor", "CDA="):
        with pytest.raises(UserFacingError) as info:
            svc.parse_vote_argument(bad)
        assert info.value.code == "invalid_vote_argument"


def test_outcomes_are_recorded_in_voting_order(store, dossier_id: str, dump) -> None:
    """A sub-amendment is decided before the amendment it amends, never after it."""
    parent = add(store, dossier_id, new_text="ruime en echte keuzevrijheid")
    add(store, dossier_id, principle_number=None, parent_id=parent.id, old_text="echte", new_text="volledige")
    for label in ("A1", "A2"):
        svc.set_status(store, dossier_id, label, "ingediend")
    error = refused(store, dump, "order_subamendments_first", svc.set_status, store, dossier_id, "A1", "aangenomen")
    assert "A2" in error.message("nl")
    assert svc.set_status(store, dossier_id, "A2", "verworpen").status == AmendmentStatus.VERWORPEN
    assert svc.set_status(store, dossier_id, "A1", "aangenomen").status == AmendmentStatus.AANGENOMEN
    # a sub-amendment of an amendment already decided comes too late
    add(store, dossier_id, principle_number=None, parent_id=parent.id, old_text="echte", new_text="heuse")
    svc.set_status(store, dossier_id, "A3", "ingediend")
    refused(store, dump, "order_parent_decided", svc.set_status, store, dossier_id, "A3", "aangenomen")
    assert svc.set_status(store, dossier_id, "A3", "ingetrokken").status == AmendmentStatus.INGETROKKEN
