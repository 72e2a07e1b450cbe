"""Candidate lists and corrections of the principles, through the services: stored as an edit
layer, stable identities, a new version, another laptop, refused actions that change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import AnnotationDraft, DocumentRole, Visibility, principle_id_for
from raadsviewer.services import annotations as annotation_service
from raadsviewer.services import principles as svc
from raadsviewer.services import versions as version_service
from raadsviewer.services.documents import import_bytes, list_principles, open_dossier, resolve_dossier
from raadsviewer.storage.db import Store
from tests.conftest import ZHZ, dump_tables
from tests.domain.pattern_documents import MOTIE

ZHZ_TITLE = "Zienswijze Inkoopkader Jeugdhulp 2022 e.v."


def titles(state: svc.DocumentPrinciples) -> list[tuple[str, str]]:
    return [(p.shown_label, p.title) for p in state.principles]


@pytest.fixture
def zhz(sample_store: Store) -> tuple[Store, str]:
    return sample_store, resolve_dossier(sample_store).id


def test_candidates_are_stored_with_the_document(zhz) -> None:  # type: ignore[no-untyped-def]
    store, dossier = zhz
    state = svc.document_principles(store, dossier)
    assert state.document.title == ZHZ_TITLE and not state.corrected
    best = state.candidates[0]
    assert best.chosen and best.reason == "named_principles" and len(best.principles) == 13
    assert [p.title for p in best.principles] == [p.title for p in state.principles]
    assert state.principles[6].id == principle_id_for(state.document.id, 7)  # ids as they always were


def test_corrections_keep_identities_and_annotations(zhz) -> None:  # type: ignore[no-untyped-def]
    store, dossier = zhz
    note = annotation_service.add_annotation(
        store, dossier_id=dossier, faction="GL", member="An", draft=AnnotationDraft(body="toegang"), principle_number=7
    )
    before = {p.shown_label: p.id for p in svc.document_principles(store, dossier).principles}
    svc.edit(store, dossier, None, "7", new_title="Onafhankelijke toegang")
    svc.merge(store, dossier, None, "11")  # 11 takes in 12
    state = svc.remove(store, dossier, ZHZ_TITLE, "1")
    assert state.corrected and len(state.corrections) == 3
    by_label = {p.shown_label: p for p in state.principles}
    assert by_label["7"].title == "Onafhankelijke toegang" and by_label["7"].id == before["7"]
    assert by_label["7"].number == 6  # its place in the list; the label is the document's
    assert "12" not in by_label and "Wet normering topinkomens" in by_label["11"].text
    assert [p.number for p in state.principles] == list(range(1, 12))
    view = open_dossier(store, dossier)
    assert [p.id for p in view.principles] == [p.id for p in state.principles]
    [annotation] = [a for a in annotation_service.list_annotations(store, dossier, include_private=True)]
    assert annotation.id == note.id and annotation.principle_id == before["7"]
    # undo brings principle 1 back with the same id
    state = svc.undo_last(store, dossier, None)
    assert state.principles[0].id == before["1"] and len(state.principles) == 12


def test_use_another_candidate_and_mark_and_split(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite")
    try:
        import_bytes(store, MOTIE.text.encode(), name="motie.txt", role=DocumentRole.FRAMEWORK, dossier_title="M")
        dossier = resolve_dossier(store).id
        state = svc.document_principles(store, dossier)
        assert [p.shown_label for p in state.principles] == ["A.1", "A.2", "B.1", "B.2", "B.3"]
        rank = next(c.rank for c in state.candidates if c.reason == "dictum" and len(c.principles) == 3)
        keep = {p.shown_label: p.id for p in state.principles}
        state = svc.use_candidate(store, dossier, None, rank)
        assert titles(state) == [
            ("1", "In het inkoopkader een maximale reistijd op te nemen."),
            ("2", "De raad elk halfjaar te informeren over de wachttijden."),
            ("3", "Met de regio afspraken te maken over de spreiding van aanbieders."),
        ]
        assert [p.id for p in state.principles] == [keep["B.1"], keep["B.2"], keep["B.3"]]
        state = svc.mark(store, dossier, None, "hulp dichtbij huis beter werkt;", new_title="Dichtbij werkt")
        assert titles(state)[0] == ("0a", "Dichtbij werkt") and len(state.principles) == 4  # "1" is taken
        state = svc.split(store, dossier, None, "2", "de wachttijden", new_title="Wachttijden")
        assert [t for _l, t in titles(state)][2:4] == ["De raad elk halfjaar te informeren over", "Wachttijden"]
        state = svc.renumber_all(store, dossier, None)
        assert [p.shown_label for p in state.principles] == ["1", "2", "3", "4", "5"]
    finally:
        store.close()


@pytest.mark.parametrize(
    ("action", "code"),
    [
        (lambda s, d: svc.edit(s, d, None, "99", new_title="X"), "principle_not_found"),
        (lambda s, d: svc.mark(s, d, None, "de"), "quote_ambiguous"),
        (lambda s, d: svc.mark(s, d, None, "staat nergens in de tekst"), "quote_not_found"),
        (lambda s, d: svc.merge(s, d, None, "13"), "correction_nothing_to_merge"),
        (lambda s, d: svc.use_candidate(s, d, None, 9), "candidate_not_found"),
        (lambda s, d: svc.edit(s, d, None, "7", new_title="  "), "principle_title_empty"),
        (lambda s, d: svc.undo_last(s, d, None), "no_corrections"),
        (lambda s, d: svc.edit(s, d, "Stand van zaken inkoop jeugdhulp", "1", new_title="X"), "document_not_found"),
        (lambda s, d: svc.split(s, d, None, "3", "Versterken toegangstaak"), "quote_not_found"),
    ],
)
def test_refused_actions_change_nothing(zhz, action, code: str) -> None:  # type: ignore[no-untyped-def]
    store, dossier = zhz
    before = dump_tables(store)
    with pytest.raises(UserFacingError) as info:
        action(store, dossier)
    assert info.value.code == code
    assert info.value.message("nl") != code and info.value.message("en") != code
    assert dump_tables(store) == before


def test_a_background_document_has_no_principles_to_correct(zhz) -> None:  # type: ignore[no-untyped-def]
    store, dossier = zhz
    with pytest.raises(UserFacingError) as info:
        svc.document_principles(store, dossier, "werkgroep-jeugd-overdenkingen-inkoopkader-2020.txt")
    assert info.value.code == "document_not_framework"


def test_corrections_follow_a_new_version(zhz, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store, dossier = zhz
    svc.edit(store, dossier, None, "7", new_title="Onafhankelijke toegang")
    svc.remove(store, dossier, None, "12")
    svc.mark(store, dossier, None, "Alleen het concept Inkoopkader ligt voor ter zienswijze.")
    text = ZHZ.read_text(encoding="utf-8").replace(
        "13. Goed opdrachtgeverschap", "13. Goed en zakelijk opdrachtgeverschap"
    )
    text = text.replace("Alleen het concept Inkoopkader ligt voor ter zienswijze. ", "")
    path = tmp_path / "zhz-v2.txt"
    path.write_text(text, encoding="utf-8")
    done = version_service.import_new_version(store, path, previous_title=ZHZ_TITLE)
    assert len(done.lost_corrections) == 1  # the marked sentence is gone from the new version
    state = svc.document_principles(store, dossier)
    assert state.document.id == done.result.document.id and state.corrected
    labels = {p.shown_label: p.title for p in state.principles}
    assert labels["7"] == "Onafhankelijke toegang" and "12" not in labels
    assert labels["13"] == "Goed en zakelijk opdrachtgeverschap"
    assert done.result.principle_count == 12
    assert [p.number for p, _d in list_principles(store, dossier)] == list(range(1, 13))


def test_another_laptop_gets_the_same_principles_and_ids(tmp_path: Path) -> None:
    """Two laptops with the clerk's prepared dossier. One corrects the principles and annotates
    a principle it marked; the correction records travel (as the griffie's dossier will carry
    them) and the faction's package too: the other laptop arrives at the same principles with
    the same ids, and the annotation lands on the same principle there."""
    from raadsviewer.services import exchange as ex
    from tests.services.test_exchange_support import dossier_id, laptop, prepare, trust

    prepared = prepare(tmp_path)
    one, clerk = laptop(prepared, tmp_path / "one.sqlite"), laptop(prepared, tmp_path / "clerk.sqlite")
    try:
        dossier = dossier_id(one)
        svc.edit(one, dossier, None, "7", new_title="Onafhankelijke toegang")
        svc.mark(one, dossier, None, "Alleen het concept Inkoopkader ligt voor ter zienswijze.")
        mine = svc.merge(one, dossier, None, "11")
        marked = mine.principles[0]
        assert marked.title == "Alleen het concept Inkoopkader ligt voor ter zienswijze."
        note = annotation_service.add_annotation(
            one,
            dossier_id=dossier,
            faction="Groen",
            member="Gea",
            draft=AnnotationDraft(body="eens", visibility=Visibility.GRIFFIE),  # for the griffie too
            principle_number=marked.number,
        )
        ex.export_package(one, dossier, "Groen", "Gea", tmp_path / "groen.raadspakket")

        records = svc.export_corrections(one, dossier)
        theirs = svc.import_corrections(clerk, dossier_id(clerk), None, records)
        assert [(p.id, p.shown_label, p.title, p.text) for p in theirs.principles] == [
            (p.id, p.shown_label, p.title, p.text) for p in mine.principles
        ]
        again = svc.import_corrections(clerk, dossier_id(clerk), None, records)  # a second trip adds nothing
        assert len(again.corrections) == 3 and again.principles == theirs.principles

        trust(one, clerk, "Groen", tmp_path)
        [report] = ex.merge_packages(clerk, [tmp_path / "groen.raadspakket"])
        assert not report.refused
        [landed] = [
            a for a in annotation_service.list_annotations(clerk, dossier, include_private=True) if a.id == note.id
        ]
        assert landed.principle_id == marked.id and landed.principle_number == marked.number

        with pytest.raises(UserFacingError) as info:
            svc.import_corrections(clerk, dossier, None, [{"id": "x", "op": "explode"}])
        assert info.value.code == "correction_invalid"
    finally:
        one.close()
        clerk.close()


def test_corrections_travel_in_the_griffies_dossier_and_items_come_back_to_them(tmp_path: Path) -> None:
    """The griffie corrects the principles; a faction laptop that starts from the griffie's dossier
    has the same principles with the same ids (and the correction records, so a later version of
    the document moves them there too); a note on a corrected principle comes back in the
    faction's package to that same principle."""
    from raadsviewer.services import exchange as ex
    from tests.services import trust_support as t

    griffie = t.griffie(tmp_path / "griffie.sqlite")
    try:
        dossier = t.dossier_id(griffie)
        svc.edit(griffie, dossier, None, "7", new_title="Onafhankelijke toegang")
        mine = svc.mark(griffie, dossier, None, "Alleen het concept Inkoopkader ligt voor ter zienswijze.")
        marked = next(p for p in mine.principles if p.title.startswith("Alleen het concept"))
        file, fingerprint = t.dossier_file(griffie, tmp_path / "jeugdhulp.raadsdossier")
        laptop = t.member_laptop(tmp_path / "groen.sqlite", "Groen", "Gea", file, fingerprint)
        try:
            theirs = svc.document_principles(laptop, dossier, None)
            assert [(p.id, p.shown_label, p.title) for p in theirs.principles] == [
                (p.id, p.shown_label, p.title) for p in mine.principles
            ]
            assert [c.id for c in theirs.corrections] == [c.id for c in mine.corrections]
            note = t.note(laptop, "Groen", "Precies deze zin.", number=marked.number)
            assert note.principle_id == marked.id
            t.trust_faction(laptop, griffie, "Groen", tmp_path)
            package = tmp_path / "groen.raadspakket"
            ex.export_package(laptop, dossier, "Groen", "Gea", package)
        finally:
            laptop.close()
        [report] = ex.merge_packages(griffie, [package])
        assert not report.refused, report.reason
        [landed] = [a for a in annotation_service.list_annotations(griffie, dossier) if a.id == note.id]
        assert landed.principle_id == marked.id
    finally:
        griffie.close()


def test_a_preview_shows_the_outcome_and_keeps_nothing(sample_store, dump) -> None:  # type: ignore[no-untyped-def]
    dossier = resolve_dossier(sample_store).id
    before = dump(sample_store)
    shown = svc.preview(svc.remove, sample_store, dossier, None, "4")
    assert [p.number for p in shown] == list(range(1, 13))  # what removing 4 would give: renumbered
    assert "Lokaal waar het kan" not in [p.title for p in shown]
    assert dump(sample_store) == before  # and nothing was kept
    with pytest.raises(UserFacingError):  # the same refusals as the action itself
        svc.preview(svc.remove, sample_store, dossier, None, "99")
    assert dump(sample_store) == before
