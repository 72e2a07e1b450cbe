"""Amendment rules: form ("naar de vorm geschikt"), effect on the text, wording, seats and votes."""

from __future__ import annotations

from datetime import datetime

import pytest

from raadsviewer.domain.amendments import (
    amendment_content,
    amendment_revision_id,
    apply_amendment,
    check_amendment,
    check_status_change,
    find_passage,
    normalise_draft,
    operative_text,
    outcome,
    parse_operation,
    parse_vote,
    seats_summary,
    validate_for_submission,
    validate_votes,
)
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
from raadsviewer.messages import wording

P7 = "7. Reële tarieven\nTarieven zijn reëel en worden jaarlijks geïndexeerd. Tarieven worden vooraf bekend gemaakt."
T0 = datetime(2024, 3, 1, 10, 0)


def draft(
    operation: str = "vervangen", old: str = "jaarlijks geïndexeerd", new: str = "tweejaarlijks herzien", **kw
) -> AmendmentDraft:
    values = {"title": "Indexatie", "principle_number": 7}
    values.update(kw)
    return AmendmentDraft(operation=AmendmentOperation(operation), old_text=old, new_text=new, **values)


def amendment(**kw) -> Amendment:
    values = {
        "id": "a-1",
        "dossier_id": "d1",
        "number": 3,
        "title": "Indexatie",
        "betreft": "Raadsvoorstel inkoopkader",
        "principle_id": "p7",
        "principle_number": 7,
        "anchor": None,
        "operation": AmendmentOperation.VERVANGEN,
        "old_text": "jaarlijks geïndexeerd",
        "new_text": "tweejaarlijks herzien",
        "rationale": "",
        "faction_id": "f1",
        "faction_name": "CDA",
        "author": "J. Jansen",
        "cosigners": ("PvdA",),
        "status": AmendmentStatus.CONCEPT,
        "votes": (),
        "parent_id": None,
        "created_at": T0,
        "updated_at": T0,
        "version": 1,
        "revision_id": "",
        "deleted": False,
    }
    values.update(kw)
    return Amendment(**values)


# --- form -------------------------------------------------------------------------------------


def test_a_complete_amendment_has_no_problems() -> None:
    assert validate_for_submission(draft(), P7) == []
    assert validate_for_submission(amendment(), P7) == []
    assert validate_for_submission(draft("schrappen", new=""), P7) == []
    assert validate_for_submission(draft("toevoegen", old="", new="7a. Nieuw uitgangspunt."), P7) == []


@pytest.mark.parametrize(
    ("changes", "codes"),
    [
        ({"title": "  "}, ["missing_title"]),
        ({"title": "\u200b\u2063"}, ["missing_title"]),  # zero-width characters only: a title that shows nothing
        ({"principle_number": None}, ["missing_target"]),
        ({"old": ""}, ["missing_old_text"]),
        ({"old": "maandelijks"}, ["old_text_not_in_target"]),
        ({"old": "Tarieven"}, ["old_text_ambiguous"]),
        ({"new": " "}, ["empty_new_text_for_vervangen"]),
        ({"new": "jaarlijks geïndexeerd"}, ["new_text_same_as_old"]),
        ({"operation": "schrappen", "old": ""}, ["missing_old_text", "new_text_for_schrappen"]),
        ({"operation": "toevoegen", "old": "", "new": ""}, ["missing_new_text"]),
        (
            {"title": "", "principle_number": None, "old": "", "new": ""},
            ["missing_title", "missing_target", "missing_old_text", "empty_new_text_for_vervangen"],
        ),
    ],
)
def test_validation_lists_what_is_missing(changes: dict, codes: list[str]) -> None:
    assert validate_for_submission(draft(**changes), P7) == codes


def test_every_validation_code_is_worded_in_both_languages() -> None:
    codes = {
        "missing_title",
        "missing_target",
        "missing_old_text",
        "missing_new_text",
        "old_text_not_in_target",
        "old_text_ambiguous",
        "empty_new_text_for_vervangen",
        "new_text_same_as_old",
        "new_text_for_schrappen",
        "invalid_operation",
        "invalid_amendment_status",
        "invalid_vote",
        "invalid_status_transition",
        "vote_not_submitted",
        "vote_duplicate",
        "votes_empty",
        "amendment_too_long",
    }
    for code in codes:
        nl, en = wording(code)
        assert nl and en and nl != en


def test_an_anchor_or_a_parent_is_a_target_too() -> None:
    anchor = TextAnchor("doc", "Tarieven", "reëel en worden jaarlijks geïndexeerd. ", " worden vooraf", 0, 8)
    assert validate_for_submission(draft(old="Tarieven", principle_number=None, anchor=anchor), P7) == []
    assert validate_for_submission(draft(principle_number=None, parent_id="a-1"), P7) == []


def test_old_text_selected_with_other_line_breaks_is_still_found() -> None:
    assert validate_for_submission(draft(old="Reële tarieven Tarieven zijn"), P7) == []
    assert find_passage(P7, "Reële  tarieven\n\nTarieven") == (3, 26)
    assert P7[3:26] == "Reële tarieven\nTarieven"


def test_without_a_target_text_the_text_checks_are_skipped() -> None:
    assert validate_for_submission(draft(old="maandelijks"), None) == []


def test_check_amendment_raises_the_first_hard_problem() -> None:
    check_amendment(draft(title=""), P7)  # a concept may be incomplete
    with pytest.raises(UserFacingError) as err:
        check_amendment(draft(old="maandelijks"), P7)
    assert err.value.code == "old_text_not_in_target"
    assert err.value.params == {"number": 7, "quote": "maandelijks"}
    with pytest.raises(UserFacingError) as err:
        check_amendment(draft(new=""), P7)
    assert err.value.code == "empty_new_text_for_vervangen"
    with pytest.raises(UserFacingError) as err:
        check_amendment(draft()._replace(operation="herschrijven"), P7)  # type: ignore[arg-type]
    assert err.value.code == "invalid_operation"
    assert "herschrijven" in err.value.message("en")


def test_parse_helpers() -> None:
    assert parse_operation(" Vervangen ") is AmendmentOperation.VERVANGEN
    assert parse_vote("VOOR") is Vote.VOOR
    with pytest.raises(UserFacingError) as err:
        parse_vote("onthouding")
    assert err.value.code == "invalid_vote"


def test_normalise_draft_cleans_what_users_paste() -> None:
    cleaned = normalise_draft(
        AmendmentDraft(
            title="  Indexatie\n herzien ",
            operation="vervangen",
            old_text="a\r\nb\x00",
            cosigners=("PvdA", " pvda ", "VVD", ""),
        )  # type: ignore[arg-type]
    )
    assert cleaned.title == "Indexatie herzien"
    assert cleaned.old_text == "a\nb"
    assert cleaned.cosigners == ("PvdA", "VVD")
    assert cleaned.operation is AmendmentOperation.VERVANGEN
    with pytest.raises(UserFacingError) as err:
        normalise_draft(draft(new="x" * 100_001))
    assert err.value.code == "amendment_too_long"


# --- effect -----------------------------------------------------------------------------------


def test_vervangen_replaces_once() -> None:
    after = apply_amendment(P7, draft(old="Tarieven", new="Prijzen", principle_number=7))
    assert after == P7.replace("Tarieven", "Prijzen", 1)
    assert after.count("Tarieven") == 1


def test_the_anchor_picks_the_right_occurrence() -> None:
    anchor = TextAnchor("doc", "Tarieven", "en worden jaarlijks geïndexeerd. ", " worden vooraf", 500, 508)
    after = apply_amendment(P7, draft(old="Tarieven", new="Prijzen", anchor=anchor))
    assert after.endswith("geïndexeerd. Prijzen worden vooraf bekend gemaakt.")


def test_schrappen_leaves_no_double_space() -> None:
    assert apply_amendment("Een zeer goed plan.", draft("schrappen", old="zeer", new="")) == "Een goed plan."
    assert apply_amendment("Een goed plan zeer.", draft("schrappen", old="zeer", new="")) == "Een goed plan."
    assert apply_amendment("Zeer goed.", draft("schrappen", old="Zeer", new="")) == "goed."
    assert (
        apply_amendment(P7, draft("schrappen", old="en worden jaarlijks geïndexeerd", new=""))
        == "7. Reële tarieven\nTarieven zijn reëel. Tarieven worden vooraf bekend gemaakt."
    )


def test_toevoegen_after_a_passage_or_as_a_new_principle() -> None:
    assert apply_amendment("Een plan.", draft("toevoegen", old="Een", new="goed")) == "Een goed plan."
    assert apply_amendment("Een plan.", draft("toevoegen", old="plan", new=", zo nodig")) == "Een plan, zo nodig."
    assert apply_amendment(P7 + "\n", draft("toevoegen", old="", new=" 7a. Nieuw.\n")) == P7 + "\n\n7a. Nieuw."


def test_applying_a_missing_passage_is_an_error() -> None:
    with pytest.raises(UserFacingError) as err:
        apply_amendment(P7, draft(old="maandelijks"))
    assert err.value.code == "old_text_not_in_target"


# --- wording ----------------------------------------------------------------------------------


def test_operative_text_in_dutch() -> None:
    assert (
        operative_text(draft())
        == 'In uitgangspunt 7 de tekst "jaarlijks geïndexeerd" te vervangen door: "tweejaarlijks herzien"'
    )
    assert (
        operative_text(draft("schrappen", new="")) == 'In uitgangspunt 7 de tekst "jaarlijks geïndexeerd" te schrappen.'
    )
    assert (
        operative_text(draft("toevoegen", old="", new="7a. Nieuw."))
        == 'Na uitgangspunt 7 een nieuw uitgangspunt toe te voegen: "7a. Nieuw."'
    )
    assert (
        operative_text(draft("toevoegen", old="reëel", new="en passend"))
        == 'In uitgangspunt 7 na de tekst "reëel" toe te voegen: "en passend"'
    )
    assert (
        operative_text(draft(principle_number=None))
        == 'In het voorstel de tekst "jaarlijks geïndexeerd" te vervangen door: "tweejaarlijks herzien"'
    )


def test_operative_text_in_english() -> None:
    assert (
        operative_text(draft(), "en")
        == 'In principle 7, replace the text "jaarlijks geïndexeerd" with: "tweejaarlijks herzien"'
    )
    assert (
        operative_text(draft("schrappen", new=""), "en") == 'In principle 7, delete the text "jaarlijks geïndexeerd".'
    )
    assert (
        operative_text(draft("toevoegen", old="", new="7a. New."), "en")
        == 'After principle 7, add a new principle: "7a. New."'
    )
    assert (
        operative_text(draft("toevoegen", old="reëel", new="and fair"), "en")
        == 'In principle 7, after the text "reëel", insert: "and fair"'
    )


def test_operative_text_of_a_sub_amendment_names_its_parent() -> None:
    parent = amendment()
    sub = amendment(id="a-2", number=4, parent_id="a-1", old_text="tweejaarlijks", new_text="driejaarlijks")
    assert (
        operative_text(sub, parent=parent)
        == 'In amendement A3 de tekst "tweejaarlijks" te vervangen door: "driejaarlijks"'
    )
    assert (
        operative_text(sub, "en", parent=parent)
        == 'In amendment A3, replace the text "tweejaarlijks" with: "driejaarlijks"'
    )
    assert parent.label == "A3"


# --- seats and votes --------------------------------------------------------------------------

CDA, PVDA, VVD = Faction("f1", "CDA", seats=10), Faction("f2", "PvdA", seats=6), Faction("f3", "VVD", seats=13)


def test_seats_summary_counts_each_faction_once() -> None:
    assert seats_summary(CDA, [PVDA], 29) == type(seats_summary(CDA, [], 29))(seats=16, council_seats=29, majority=True)
    assert seats_summary(CDA, [CDA, PVDA, PVDA], 29).seats == 16
    assert seats_summary(CDA, [], 29).majority is False
    assert seats_summary(Faction("x", "X", seats=15), [], 30).majority is False  # half is no majority
    assert seats_summary(CDA, [], 0).majority is False


@pytest.mark.parametrize("status", ["concept", "aangenomen", "verworpen", "ingetrokken"])
def test_only_a_submitted_amendment_can_be_voted_on(status: str) -> None:
    with pytest.raises(UserFacingError) as err:
        validate_votes(status, [("CDA", "voor")])
    assert err.value.code == "vote_not_submitted"


def test_votes_are_checked_and_normalised() -> None:
    assert validate_votes("ingediend", [("VVD", "tegen"), (" CDA ", Vote.VOOR)]) == (
        ("CDA", Vote.VOOR),
        ("VVD", Vote.TEGEN),
    )
    for votes, code in [
        ([("CDA", "voor"), ("cda", "tegen")], "vote_duplicate"),
        ([("CDA", "misschien")], "invalid_vote"),
        ([], "votes_empty"),
    ]:
        with pytest.raises(UserFacingError) as err:
            validate_votes(AmendmentStatus.INGEDIEND, votes)
        assert err.value.code == code


def test_outcome_by_seats() -> None:
    seats = {"CDA": 10, "PvdA": 6, "VVD": 13}
    assert outcome([("CDA", "voor"), ("PvdA", "voor"), ("VVD", "tegen")], seats) == (16, 13, True)
    assert outcome([("CDA", "voor"), ("VVD", "tegen")], seats) == (10, 13, False)
    assert outcome([("CDA", "voor"), ("cda-bis", "tegen")], {"CDA": 5, "cda-bis": 5}) == (5, 5, False)  # a tie fails
    with pytest.raises(UserFacingError) as err:
        outcome([("D66", "voor")], seats)
    assert err.value.code == "faction_not_found"


def test_status_transitions() -> None:
    check_status_change(AmendmentStatus.CONCEPT, AmendmentStatus.INGEDIEND)
    check_status_change(AmendmentStatus.INGEDIEND, AmendmentStatus.AANGENOMEN)
    for old, new in [("concept", "aangenomen"), ("ingediend", "concept"), ("verworpen", "ingediend")]:
        with pytest.raises(UserFacingError) as err:
            check_status_change(AmendmentStatus(old), AmendmentStatus(new))
        assert err.value.code == "invalid_status_transition"


def test_revision_ids_follow_content_and_parent() -> None:
    a = amendment()
    assert amendment_revision_id(a, None) == amendment_revision_id(a._replace(revision_id="other"), None)
    assert amendment_revision_id(a, None) != amendment_revision_id(a._replace(new_text="x"), None)
    assert amendment_revision_id(a, None) != amendment_revision_id(a, "parent")
    # Votes and outcomes are the griffie's decisions: never part of the faction's versions.
    decided = a._replace(status=AmendmentStatus.AANGENOMEN, votes=(("CDA", Vote.VOOR),))
    assert amendment_content(decided)["votes"] == [] and amendment_content(decided)["status"] == "ingediend"
