"""A new version of a document: both kept, differences per principle, every item moved or kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation, AnnotationDraft
from raadsviewer.services import amendments as amendment_service
from raadsviewer.services import annotations as annotation_service
from raadsviewer.services import links as link_service
from raadsviewer.services import versions as svc
from raadsviewer.services.documents import list_principles, open_dossier, resolve_dossier
from raadsviewer.services.search import search
from tests.conftest import WERKGROEP, ZHZ

ZHZ_TITLE = "Zienswijze Inkoopkader Jeugdhulp 2022 e.v."


def _v2(tmp_path: Path) -> Path:
    """The framework's next version: principle 7 reworded, 12 removed, a sentence moved, text
    around a quote changed, a new principle after 13."""
    text = ZHZ.read_text(encoding="utf-8")
    text = text.replace("7. Versterken toegangstaak", "7. Versterken van de lokale toegangstaak")
    text = text.replace("12. Wet normering topinkomens\n", "")
    text = text.replace("13. Goed opdrachtgeverschap", "12. Goed opdrachtgeverschap\n13. Aandacht voor wachttijden")
    text = text.replace(
        "Alleen het concept Inkoopkader ligt voor ter zienswijze.",
        "Ter zienswijze ligt nu alleen het concept Inkoopkader voor.",
    )
    text = text.replace("Het Algemeen Bestuur heeft de volgende besluiten genomen:", "Het AB besloot het volgende:")
    path = tmp_path / "zhz-v2.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def setup(sample_store):  # type: ignore[no-untyped-def]
    store = sample_store
    dossier = resolve_dossier(store)
    add = lambda **kw: annotation_service.add_annotation(  # noqa: E731
        store, dossier_id=dossier.id, faction="GroenLinks", member="An", draft=AnnotationDraft(body="noot"), **kw
    )
    items = {
        "exact": add(principle_number=3, quote="Grip op het aantal aanbieders"),
        "moved": add(quote="Akkoord te gaan met de ambitie en bestuurlijke uitgangspunten"),
        "fuzzy": add(quote="Alleen het concept Inkoopkader ligt voor ter zienswijze."),
        "orphan": add(principle_number=12),
        "principle_only": add(principle_number=13),
    }
    amendment = amendment_service.add_amendment(
        store,
        dossier_id=dossier.id,
        faction="VVD",
        member="Bo",
        draft=AmendmentDraft(
            title="Toegang",
            operation=AmendmentOperation.VERVANGEN,
            old_text="Versterken toegangstaak",
            new_text="Versterken wijkteams",
            principle_number=7,
        ),
    )
    [seven] = link_service.ranked_links(store, dossier.id, 7)
    top = seven.passages[0]
    link = link_service.confirm_link(store, dossier.id, 7, top.document_id, top.start, top.end, faction="D66")
    return store, dossier, items, amendment, link


def test_new_version_moves_everything_with_a_status(setup, tmp_path: Path) -> None:
    store, dossier, items, amendment, link = setup
    done = svc.import_new_version(store, _v2(tmp_path), previous_title=ZHZ_TITLE)
    assert done.result.document.version == 2
    kinds = {(c.kind, c.old_number, c.new_number) for c in done.changes}
    assert ("reworded", 7, 7) in kinds and ("removed", 12, None) in kinds
    assert ("unchanged", 13, 12) in kinds and ("added", None, 13) in kinds

    reviews = {(r.item_kind, r.item_id): r for r in done.reviews}
    assert reviews[("annotation", items["exact"].id)].status == "exact"
    assert reviews[("annotation", items["moved"].id)].status == "moved"
    fuzzy = reviews[("annotation", items["fuzzy"].id)]
    assert fuzzy.status == "fuzzy" and 0.6 <= fuzzy.score < 1
    assert fuzzy.new_quote and "Inkoopkader" in fuzzy.new_quote
    assert reviews[("annotation", items["orphan"].id)].status == "orphan"
    assert reviews[("annotation", items["principle_only"].id)].status == "moved"  # 13 -> 12
    moved_amendment = reviews[("amendment", amendment.id)]
    assert moved_amendment.status == "fuzzy" and moved_amendment.new_principle_number == 7
    assert reviews[("link", link.id)].status == "fuzzy"  # its principle was reworded
    assert len(reviews) == 7  # nothing dropped

    new_id = done.result.document.id
    after = {a.id: a for a in annotation_service.list_annotations(store, dossier.id, include_private=True)}
    assert after[items["exact"].id].anchor.document_id == new_id
    # a move is not an edit: the author's version and dates stay, the move is one more revision
    assert (after[items["exact"].id].version, after[items["exact"].id].updated_at) == (
        items["exact"].version,
        items["exact"].updated_at,
    )
    assert after[items["orphan"].id].principle_id == items["orphan"].principle_id  # stays on the old version
    assert after[items["orphan"].id].version == 1
    assert after[items["principle_only"].id].principle_number == 12
    moved = amendment_service.get_amendment(store, amendment.id)
    new_seven = next(p for p, d in list_principles(store, dossier.id) if p.number == 7)
    assert moved.principle_id == new_seven.id and (moved.version, moved.updated_at) == (
        amendment.version,
        amendment.updated_at,
    )
    assert moved.revision_id != amendment.revision_id

    # both versions kept; the view and the principle list show the newest
    view = open_dossier(store, dossier.id)
    assert view.framework.id == new_id and len(view.documents) == 3
    assert len(open_dossier(store, dossier.id, include_superseded=True).documents) == 4
    assert [p.title for p, _d in list_principles(store, dossier.id)][6] == "Versterken van de lokale toegangstaak"
    assert [d.version for d in svc.document_versions(store, new_id)] == [1, 2]
    assert search(store, dossier.id, "wachttijden").hits[0].document_id == new_id

    listed = svc.list_anchor_reviews(store, dossier.id)
    assert listed[0].status == "orphan"
    assert [r.status for r in svc.list_anchor_reviews(store, dossier.id, status="exact")] == ["exact"]


def test_background_version_moves_links(setup, tmp_path: Path) -> None:
    store, dossier, _items, _amendment, link = setup
    text = "Voorwoord van de werkgroep.\n\n" + WERKGROEP.read_text(encoding="utf-8")
    path = tmp_path / "werkgroep-v2.txt"
    path.write_text(text, encoding="utf-8")
    done = svc.import_new_version(store, path, previous_title=WERKGROEP.name)
    [review] = [r for r in done.reviews if r.item_kind == "link"]
    assert review.status in ("exact", "moved")
    [moved] = link_service.list_links(store, dossier.id)
    assert moved.anchor.document_id == done.result.document.id and (moved.version, moved.updated_at) == (
        link.version,
        link.updated_at,
    )
    [seven] = link_service.ranked_links(store, dossier.id, 7)
    assert seven.passages[0].document_id == done.result.document.id and seven.passages[0].confirmed


@pytest.mark.parametrize(
    ("title", "content", "code"),
    [
        ("Bestaat niet", None, "document_not_found"),
        (ZHZ_TITLE, "same", "version_unchanged"),
        (ZHZ_TITLE, b"", "empty_file"),
    ],
)
def test_refused_new_versions_change_nothing(setup, tmp_path: Path, dump, title: str, content, code: str) -> None:
    store = setup[0]
    path = _v2(tmp_path) if content is None else tmp_path / "x.txt"
    if content == "same":
        path.write_bytes(ZHZ.read_bytes())
    elif content is not None:
        path.write_bytes(content)
    before = dump(store)
    with pytest.raises(UserFacingError) as info:
        svc.import_new_version(store, path, previous_title=title)
    assert info.value.code == code and info.value.message("en")
    assert dump(store) == before


def test_an_old_version_cannot_get_a_second_successor(setup, tmp_path: Path, dump) -> None:
    store = setup[0]
    v2 = _v2(tmp_path)
    done = svc.import_new_version(store, v2, previous_title=ZHZ_TITLE)
    # the title still names the current version (v2 kept the title): a third version follows v2
    v3 = tmp_path / "zhz-v3.txt"
    v3.write_text(v2.read_text(encoding="utf-8").replace("wachttijden", "wachtlijsten"), encoding="utf-8")
    third = svc.import_new_version(store, v3, previous_title=ZHZ_TITLE)
    assert third.result.document.version == 3 and third.previous.id == done.result.document.id
    before = dump(store)
    with pytest.raises(UserFacingError) as info:
        svc.import_new_version(store, v3, previous_title="zhz-v2.txt")
    assert info.value.code == "document_superseded"
    assert dump(store) == before


def test_a_motie_follows_its_principles_to_the_new_version(setup, tmp_path: Path) -> None:
    from raadsviewer.domain.model import MotieDraft
    from raadsviewer.services import moties as motie_service

    store, dossier, *_ = setup
    draft = MotieDraft(title="Toegang en goed opdrachtgeverschap", dictum=("x",), principle_numbers=(7, 12, 13))
    motie = motie_service.add_motie(store, dossier_id=dossier.id, faction="VVD", member="Bo", draft=draft)
    svc.import_new_version(store, _v2(tmp_path), previous_title=ZHZ_TITLE)
    moved = motie_service.get_motie(store, motie.id)
    new_ids = {p.number: p.id for p in open_dossier(store, dossier.id).principles}
    # 7 reworded and 13 renumbered 12 follow; 12 was dropped, so the motie keeps naming the old one
    assert moved.principle_ids == (new_ids[7], motie.principle_ids[1], new_ids[12])
    assert (moved.version, moved.updated_at) == (motie.version, motie.updated_at)  # a move is not an edit
    assert motie_service.revision_count(store, motie.id) == 2
