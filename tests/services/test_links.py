"""Ranked links per principle, and confirming, removing and adding them."""

from __future__ import annotations

import json

import pytest

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.services import links as svc
from raadsviewer.services.documents import resolve_dossier
from tests.conftest import GOLD, WERKGROEP

GOLD_LINKS = json.loads(GOLD.read_text(encoding="utf-8"))["documents"][WERKGROEP.name]["links_to_framework"]


@pytest.fixture
def dossier_id(sample_store) -> str:
    return resolve_dossier(sample_store).id


def test_ranked_links_find_the_gold_sections(sample_store, dossier_id: str) -> None:
    ranked = {pl.principle.number: pl for pl in svc.ranked_links(sample_store, dossier_id)}
    assert len(ranked) == 13
    for heading, number in GOLD_LINKS["sections"]:
        top = ranked[number].passages[0]
        assert top.section_heading == heading, number
        assert top.score is not None and top.score >= 0.4
        assert top.document_title and top.excerpt and not top.confirmed


def test_confirm_remove_add_and_undo(sample_store, dossier_id: str) -> None:
    [seven] = svc.ranked_links(sample_store, dossier_id, 7)
    first, second = seven.passages[0], seven.passages[1]
    link = svc.confirm_link(
        sample_store, dossier_id, 7, first.document_id, first.start, first.end, faction="D66", member="Eva"
    )
    assert link.status == "confirmed" and link.version == 1 and link.principle_number == 7
    removed = svc.remove_link(sample_store, dossier_id, 7, second.document_id, second.start, second.end, faction="D66")
    added = svc.add_link(sample_store, dossier_id, 7, quote="Kwaliteit dient gewaarborgd te zijn", faction="D66")
    assert added.status == "added"

    [seven] = svc.ranked_links(sample_store, dossier_id, 7, viewer_faction="D66")
    assert seven.passages[0].confirmed and seven.passages[0].confirmed_by == ("D66",)
    assert all(
        (p.start, p.end) != (second.start, second.end) or p.document_id != second.document_id for p in seven.passages
    )
    assert [p.excerpt for p in seven.removed] == [second.excerpt]
    assert any(p.kind == "selection" and p.added_by == ("D66",) and p.score is None for p in seven.passages)
    # another faction still sees the passage D66 removed
    [other] = svc.ranked_links(sample_store, dossier_id, 7, viewer_faction="CDA")
    assert any(p.start == second.start for p in other.passages)

    svc.delete_link(sample_store, removed.id, faction="D66")
    [seven] = svc.ranked_links(sample_store, dossier_id, 7, viewer_faction="D66")
    assert not seven.removed
    assert svc.link_revision_count(sample_store, removed.id) == 2
    live = svc.list_links(sample_store, dossier_id)
    assert {item.id for item in live} == {link.id, added.id}
    assert len(svc.list_links(sample_store, dossier_id, include_deleted=True)) == 3


def test_confirming_twice_is_one_link(sample_store, dossier_id: str) -> None:
    [one] = svc.ranked_links(sample_store, dossier_id, 1)
    p = one.passages[0]
    a = svc.confirm_link(sample_store, dossier_id, 1, p.document_id, p.start, p.end, faction="PvdA")
    b = svc.confirm_link(sample_store, dossier_id, 1, p.document_id, p.start, p.end, faction="PvdA")
    assert a.id == b.id and b.version == 1


def test_refusals_change_nothing(sample_store, dossier_id: str, dump) -> None:
    [one] = svc.ranked_links(sample_store, dossier_id, 1)
    p = one.passages[0]
    link = svc.confirm_link(sample_store, dossier_id, 1, p.document_id, p.start, p.end, faction="PvdA")
    before = dump(sample_store)
    cases = [
        (lambda: svc.ranked_links(sample_store, dossier_id, 99), "principle_not_found"),
        (lambda: svc.confirm_link(sample_store, dossier_id, 1, "nope", 0, 5, faction="X"), "passage_not_found"),
        (
            lambda: svc.confirm_link(sample_store, dossier_id, 1, p.document_id, 5, 10**7, faction="X"),
            "passage_not_found",
        ),
        (lambda: svc.add_link(sample_store, dossier_id, 1, quote="staat nergens in", faction="X"), "quote_not_found"),
        (lambda: svc.delete_link(sample_store, link.id, faction="VVD"), "not_link_owner"),
        (lambda: svc.delete_link(sample_store, "nope", faction="PvdA"), "link_not_found"),
    ]
    for call, code in cases:
        with pytest.raises(UserFacingError) as info:
            call()
        assert info.value.code == code
        assert dump(sample_store) == before


def test_one_ranking_for_the_tabs_and_the_passages_list(sample_store, dossier_id: str) -> None:
    """Where a background tab opens (``per_document``) comes from the same ranking as the
    Passages list: a document's entry is its first passage in the list when it is listed, a
    principle without a clear passage opens no tab anywhere, and the window's prepared index
    ranks exactly as the CLI's one-off ranking does."""
    index = svc.ranking_index(sample_store, dossier_id)
    for pl in svc.ranked_links(sample_store, dossier_id):
        again = svc.rank_principle(sample_store, index, pl.principle.number)
        assert again == pl
        for best in pl.per_document:
            assert best.score is not None and best.score >= 0.4
            listed = next((p for p in pl.passages if p.document_id == best.document_id), None)
            if listed is not None:
                assert listed == best, pl.principle.number
    gold = dict((number, heading) for heading, number in GOLD_LINKS["sections"])
    werkgroep = next(d for d, t in index.titles.items() if "erkgroep" in t)
    for number in range(1, 14):
        [pl] = svc.ranked_links(sample_store, dossier_id, number)
        best = pl.in_document(werkgroep)
        if number in gold:
            assert best is not None and best.section_heading == gold[number], number
        else:
            assert best is None, (number, best)


def test_a_confirmed_passage_is_where_its_document_opens(sample_store, dossier_id: str) -> None:
    [seven] = svc.ranked_links(sample_store, dossier_id, 7)
    lower = seven.passages[-1]
    svc.confirm_link(sample_store, dossier_id, 7, lower.document_id, lower.start, lower.end, faction="D66")
    [seven] = svc.ranked_links(sample_store, dossier_id, 7)
    chosen = seven.in_document(lower.document_id)
    assert chosen is not None and (chosen.start, chosen.end) == (lower.start, lower.end) and chosen.confirmed


def test_removing_a_section_removes_each_of_its_paragraphs_in_one_step(sample_store, dossier_id: str) -> None:
    [seven] = svc.ranked_links(sample_store, dossier_id, 7)
    heading = "Normaliseren en de-medicaliseren"
    section = [p for p in seven.passages if p.section_heading == heading]
    assert len(section) > 1
    spans = [(p.start, p.end) for p in section]
    removed = svc.remove_links(sample_store, dossier_id, 7, section[0].document_id, spans + spans[:1], faction="D66")
    assert [(r.status, r.version) for r in removed] == [("removed", 1)] * len(section)  # the repeated span once
    [seven] = svc.ranked_links(sample_store, dossier_id, 7, viewer_faction="D66")
    assert all(p.section_heading != heading for p in seven.passages)
    assert sorted((p.start, p.end) for p in seven.removed) == sorted(spans)
