"""Motie services: the amendments' rules of identity, numbers and ownership, and the motie's own
(the council and the meeting, holding over); every refusal leaves the store exactly as it was."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from raadsviewer.domain.model import MotieDraft, MotieKind, MotieStatus
from raadsviewer.domain.moties import motie_revision_id
from raadsviewer.services import council, items, roles
from raadsviewer.services import moties as svc
from raadsviewer.services.documents import resolve_dossier
from raadsviewer.services.factions import add_faction
from raadsviewer.storage.models import MotieRevisionRow, NumberCounterRow
from tests.services.refusals import refused


def draft(**kw) -> MotieDraft:  # type: ignore[no-untyped-def]
    values = {
        "title": "Winst openbaar",
        "constaterende": ("aanbieders van jeugdhulp met publiek geld werken",),
        "overwegende": ("openheid vertrouwen geeft",),
        "dictum": ("bij de regio te bepleiten dat aanbieders hun winst jaarlijks openbaar maken",),
        "principle_numbers": (12,),
    }
    values.update(kw)
    return MotieDraft(**values)


@pytest.fixture
def dossier_id(sample_store) -> str:
    for name, seats in (("GroenLinks", 6), ("VVD", 7), ("CDA", 4), ("PvdA", 5)):
        add_faction(sample_store, name, seats=seats)
    return resolve_dossier(sample_store).id


def add(store, dossier_id: str, faction: str = "VVD", **kw):  # type: ignore[no-untyped-def]
    return svc.add_motie(store, dossier_id=dossier_id, faction=faction, member="Piet Jansen", draft=draft(**kw))


def test_a_motie_is_kept_with_its_revision_and_its_numbers(store, dossier_id: str) -> None:
    m = add(store, dossier_id, cosigners=("cda", "PvdA"))
    assert (m.label, m.number, m.draft_number, m.status) == ("M1", 1, 1, MotieStatus.CONCEPT)
    assert m.cosigners == ("CDA", "PvdA") and m.principle_numbers == (12,) and m.author == "Piet Jansen"
    assert m.revision_id == motie_revision_id(m, None) and svc.revision_count(store, m.id) == 1
    again = svc.get_motie_by_number(store, dossier_id, "m1")
    assert again == m
    second = add(store, dossier_id, faction="GroenLinks")
    assert (second.label, second.draft_number) == ("M2", 1)  # the griffie's series, the faction's own count
    assert [x.label for x in svc.list_moties(store, dossier_id)] == ["M1", "M2"]


def test_on_a_faction_laptop_the_number_is_provisional(store, dossier_id: str) -> None:
    roles.set_owner_member(store, "GroenLinks", "Anna de Vries")
    m = svc.add_motie(store, dossier_id=dossier_id, faction="GroenLinks", member="Anna de Vries", draft=draft())
    assert (m.number, m.label) == (0, "GL-M1")
    assert svc.get_motie_by_number(store, dossier_id, "gl-m1").id == m.id


def test_numbers_come_from_the_counter_and_are_never_given_twice(store, dossier_id: str, dump) -> None:
    first = add(store, dossier_id)
    svc.delete_motie(store, first.id, faction="VVD")
    assert add(store, dossier_id).label == "M2"  # a tombstone keeps its number
    with store.session() as session:
        counter = session.get(NumberCounterRow, (dossier_id, "M"))
        assert counter is not None and counter.last == 2
        counter.last = items.MAX_ITEM_NUMBER  # a dossier that has given every number it may
    refused(store, dump, "number_limit", add, store, dossier_id)


def test_the_council_and_the_meeting_come_from_the_griffies_record(store, dossier_id: str, dump) -> None:
    early = add(store, dossier_id)
    assert (early.municipality, early.meeting_date) == ("", None)
    assert svc.submission_problems(store, early.id) == ["motie_missing_municipality", "motie_missing_meeting_date"]
    refused(store, dump, "motie_missing_municipality", svc.submit_motie, store, early.id, faction="VVD")
    council.set_council_settings(store, dossier_id, municipality="Dordrecht", meeting_date=date(2020, 11, 10))
    assert svc.submission_problems(store, early.id) == []
    submitted = svc.submit_motie(store, early.id, faction="VVD")  # filled in when submitted
    assert (submitted.municipality, submitted.meeting_date, submitted.status) == (
        "Dordrecht",
        date(2020, 11, 10),
        MotieStatus.INGEDIEND,
    )
    late = add(store, dossier_id, municipality="Zwijndrecht")  # what the faction wrote stands
    assert (late.municipality, late.meeting_date) == ("Zwijndrecht", date(2020, 11, 10))


@pytest.mark.parametrize(
    ("kw", "code"),
    [
        ({"principle_numbers": (99,)}, "principle_not_found"),
        ({"cosigners": ("Onbekend",)}, "faction_not_found"),
        ({"cosigners": ("VVD",)}, "cosigner_is_submitter"),
        ({"kind": "beveelt"}, "invalid_motie_kind"),
        ({"dictum": tuple(f"punt {n}" for n in range(51))}, "motie_too_many_points"),
        ({"municipality": "x" * 201}, "motie_too_long"),
        ({"agenda_item": "x" * 501}, "motie_too_long"),
        ({"title": "x" * 501}, "motie_too_long"),
        ({"dictum": ("x" * 100_001,)}, "motie_too_long"),
    ],
)
def test_add_refusals_change_nothing(store, dossier_id: str, dump, kw, code: str) -> None:
    refused(store, dump, code, add, store, dossier_id, **kw)


def test_only_the_owner_changes_a_concept_and_a_submitted_motie_is_held_or_withdrawn(
    store, dossier_id: str, dump
) -> None:
    council.set_council_settings(store, dossier_id, municipality="Dordrecht", meeting_date=date(2020, 11, 10))
    m = add(store, dossier_id)
    refused(store, dump, "not_motie_owner", svc.update_motie, store, m.id, draft(title="Anders"), faction="CDA")
    changed = svc.update_motie(store, m.id, draft(title="Anders", kind=MotieKind.DRAAGT_OP), faction="VVD")
    assert (changed.title, changed.kind, changed.version, changed.label) == ("Anders", MotieKind.DRAAGT_OP, 2, "M1")
    svc.submit_motie(store, m.id, faction="VVD")
    refused(store, dump, "motie_not_concept", svc.update_motie, store, m.id, draft(), faction="VVD")
    refused(store, dump, "motie_not_concept", svc.delete_motie, store, m.id, faction="VVD")
    refused(store, dump, "invalid_motie_transition", svc.submit_motie, store, m.id, faction="VVD")
    held = svc.hold_motie(store, m.id, faction="VVD")
    assert held.status == MotieStatus.AANGEHOUDEN
    assert svc.submit_motie(store, m.id, faction="VVD").status == MotieStatus.INGEDIEND  # at a later meeting
    assert svc.withdraw_motie(store, m.id, faction="VVD").status == MotieStatus.INGETROKKEN
    refused(store, dump, "invalid_motie_transition", svc.submit_motie, store, m.id, faction="VVD")
    assert svc.revision_count(store, m.id) == 6  # every step of the faction is a version


def test_delete_and_restore_are_tombstones(store, dossier_id: str, dump) -> None:
    m = add(store, dossier_id)
    gone = svc.delete_motie(store, m.id, faction="VVD")
    assert gone.deleted and svc.list_moties(store, dossier_id) == []
    assert [x.label for x in svc.list_moties(store, dossier_id, include_deleted=True)] == ["M1"]
    refused(store, dump, "motie_deleted", svc.update_motie, store, m.id, draft(), faction="VVD")
    assert not svc.restore_motie(store, m.id, faction="VVD").deleted


def test_a_faction_sees_its_own_concepts_and_everyones_submitted_moties(store, dossier_id: str) -> None:
    council.set_council_settings(store, dossier_id, municipality="Dordrecht", meeting_date=date(2020, 11, 10))
    vvd = add(store, dossier_id)
    cda = add(store, dossier_id, faction="CDA")
    svc.submit_motie(store, cda.id, faction="CDA")
    roles.set_owner_member(store, "GroenLinks", "Anna de Vries")
    assert [m.label for m in svc.list_moties(store, dossier_id)] == ["M2"]  # not VVD's concept
    roles.set_owner_member(store, "VVD", "Piet Jansen")
    assert {m.id for m in svc.list_moties(store, dossier_id)} == {vvd.id, cda.id}


def test_on_a_faction_laptop_the_outcome_is_the_griffies(store, dossier_id: str, dump) -> None:
    council.set_council_settings(store, dossier_id, municipality="Dordrecht", meeting_date=date(2020, 11, 10))
    roles.set_owner_member(store, "VVD", "Piet Jansen")
    m = svc.add_motie(store, dossier_id=dossier_id, faction="VVD", member="Piet Jansen", draft=draft())
    assert svc.set_status(store, dossier_id, m.label, "ingediend").status == MotieStatus.INGEDIEND
    refused(store, dump, "griffie_decision", svc.set_status, store, dossier_id, m.label, "aangenomen")
    refused(store, dump, "griffie_decision", svc.set_status, store, dossier_id, m.label, None, [("VVD", "voor")])
    refused(store, dump, "griffie_decision", council.set_council_settings, store, dossier_id, municipality="X")
    assert svc.set_status(store, dossier_id, m.label, "aangehouden").status == MotieStatus.AANGEHOUDEN


def test_the_revisions_never_hold_the_griffies_decision(store, dossier_id: str) -> None:
    from raadsviewer.services import procedure

    council.set_council_settings(store, dossier_id, municipality="Dordrecht", meeting_date=date(2020, 11, 10))
    m = add(store, dossier_id)
    svc.submit_motie(store, m.id, faction="VVD")
    procedure.set_proposal_status(store, dossier_id, "aangenomen")
    decided = svc.set_status(
        store, dossier_id, "M1", "aangenomen", [("VVD", "voor"), ("CDA", "voor"), ("PvdA", "voor")]
    )
    assert decided.status == MotieStatus.AANGENOMEN and len(decided.votes) == 3
    with store.session() as session:
        contents = [json.loads(c) for c in session.scalars(select(MotieRevisionRow.content_json))]
    assert [(c["status"], c["votes"]) for c in contents] == [("concept", []), ("ingediend", [])]


def test_the_motie_as_a_council_document(store, dossier_id: str, tmp_path: Path, dump) -> None:
    council.set_council_settings(store, dossier_id, municipality="Dordrecht", meeting_date=date(2020, 11, 10))
    m = add(store, dossier_id, cosigners=("CDA",))
    text = svc.export_motie(store, dossier_id, "M1", "md", tmp_path / "m1.md").read_text(encoding="utf-8")
    assert text.startswith("# Motie M1: Winst openbaar\n")
    assert "De raad van de gemeente Dordrecht, in vergadering bijeen op 10 november 2020," in text
    assert "- **VVD**: Piet Jansen" in text and "- **CDA**" in text
    paragraphs = [
        p.text
        for p in docx.Document(str(svc.export_motie(store, dossier_id, m.id, "docx", tmp_path / "m.docx"))).paragraphs
    ]
    assert "en gaat over tot de orde van de dag." in paragraphs
    html = svc.export_motie(store, dossier_id, "M1", "html", tmp_path / "m1.html").read_text(encoding="utf-8")
    assert "<li>bij de regio te bepleiten" in html
    refused(store, dump, "invalid_export_format", svc.export_motie, store, dossier_id, "M1", "pdf", tmp_path / "x")
    assert not (tmp_path / "x").exists()
