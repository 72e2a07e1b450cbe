"""The rules of who decides, free of storage: numbers, provisional labels, ids that carry their owner."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from raadsviewer.domain.access import (
    change_after_submission,
    decision_in_amendment,
    decision_in_annotation,
    id_owner,
    id_owners,
    id_prefix,
    new_item_id,
    next_official_number,
    provisional_label,
    viewer_of,
)


@given(st.sets(st.integers(1, 9_999), max_size=30))
def test_the_next_official_number_is_new_and_never_reuses_one(taken: set[int]) -> None:
    n = next_official_number(taken)
    assert n not in taken and all(n > t for t in taken)


def test_provisional_labels_use_the_factions_capitals() -> None:
    assert [provisional_label(f, 1) for f in ("GroenLinks", "VVD", "D66", "Groen", "Partij voor de Dieren")] == [
        "GL-1",
        "VVD-1",
        "D66-1",
        "Groen-1",
        "PD-1",
    ]


@given(st.uuids().map(str), st.uuids().map(str))
def test_an_item_id_names_its_owner_and_no_other(faction: str, other: str) -> None:
    assume(faction != other)
    item = new_item_id(faction)
    assert item.startswith(id_prefix(faction)) and len(item) == 36
    assert id_owner(item, {faction, other}) == faction
    assert id_owner(item, {other}) is None
    assert id_owner("00000000-0000-4000-8000-000000000000", {faction, other}) is None  # made before ids had owners
    for factions in ({faction, other}, {other}, set()):  # the same answers for many ids at once
        owner_of = id_owners(factions)
        for asked in (item, new_item_id(other), "00000000-0000-4000-8000-000000000000"):
            assert owner_of(asked) == id_owner(asked, factions)


def test_decisions_a_faction_version_may_not_claim() -> None:
    assert decision_in_annotation({"include_in_draft": True}) == "include_in_draft"
    assert decision_in_annotation({"include_in_draft": False}) is None
    assert decision_in_amendment({"status": "aangenomen", "votes": []}) == "status aangenomen"
    assert decision_in_amendment({"status": "ingediend", "votes": [["VVD", "voor"]]}) == "votes"
    assert decision_in_amendment({"status": "ingetrokken", "votes": []}) is None


def test_the_owner_decides_who_is_looking() -> None:
    assert viewer_of("member", "gl", "Anna", "vvd").faction_id == "gl"  # a laptop cannot view as another
    assert viewer_of("griffie", None, None, "vvd").is_griffie
    assert viewer_of(None, None, None, None).is_griffie
    assert viewer_of(None, None, None, "vvd").faction_id == "vvd"
    assert viewer_of("member", None, None, None).faction_id == "\x00missing"  # never the griffie by accident


def test_after_submission_a_faction_changes_only_the_status_as_the_transitions_allow() -> None:
    motie = {
        "title": "Winst openbaar",
        "dictum": ["te bepleiten"],
        "constaterende": [],
        "overwegende": [],
        "principle_ids": ["p1"],
        "author": "Gea",
        "status": "ingediend",
        "deleted": False,
    }
    assert change_after_submission("motie", {**motie, "status": "concept"}, {**motie, "title": "Anders"}) is None
    assert change_after_submission("motie", motie, {**motie, "title": "Anders"}) == "title"
    assert change_after_submission("motie", motie, {**motie, "dictum": ["iets anders"]}) == "dictum"
    assert change_after_submission("motie", motie, {**motie, "deleted": True}) == "deleted"
    assert change_after_submission("motie", motie, {**motie, "principle_ids": ["p2"]}) is None  # a new version moved it
    assert change_after_submission("motie", motie, {**motie, "status": "aangehouden"}) is None
    held = {**motie, "status": "aangehouden"}
    assert change_after_submission("motie", held, motie) is None  # submitted again at a later meeting
    assert change_after_submission("motie", motie, {**motie, "status": "concept"}) == "status ingediend -> concept"
    assert change_after_submission("motie", motie, {**motie, "status": "aangehouden"}, decided=True) is not None
    withdrawn = {**motie, "status": "ingetrokken"}
    assert change_after_submission("motie", withdrawn, motie) == "status ingetrokken -> ingediend"
    assert change_after_submission("annotation", {"status": "x", "body": "a"}, {"status": "y", "body": "b"}) is None


def test_who_a_narrower_visibility_leaves_out() -> None:
    from raadsviewer.domain.access import Audience, lost_to, narrower, widest
    from raadsviewer.domain.model import Visibility

    V = Visibility
    assert narrower(V.PRIVE, V.FRACTIE) and narrower(V.FRACTIE, V.GRIFFIE) and narrower(V.GRIFFIE, V.OPENBAAR)
    assert not narrower(V.GRIFFIE, V.GRIFFIE) and not narrower(V.OPENBAAR, V.FRACTIE)
    assert widest([V.FRACTIE, V.OPENBAAR, V.PRIVE]) is V.OPENBAAR and widest([]) is V.PRIVE
    # colleagues lose a note made privé, not one made fractie
    assert lost_to(Audience.FRACTIE, V.GRIFFIE, V.PRIVE) and not lost_to(Audience.FRACTIE, V.GRIFFIE, V.FRACTIE)
    # the griffie loses a griffie note made fractie; it never had a fractie note
    assert lost_to(Audience.GRIFFIE, V.GRIFFIE, V.FRACTIE) and not lost_to(Audience.GRIFFIE, V.FRACTIE, V.PRIVE)
    # an openbaar note sent to the griffie went on to every faction: made griffie, they lose it
    assert lost_to(Audience.GRIFFIE, V.OPENBAAR, V.GRIFFIE)
