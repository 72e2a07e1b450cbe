"""The council's procedure on the sample dossier, from a real store through today's services.

Moties have no store or service yet, so they are made in memory here, and the framework letter's
facts are read from its file; everything else (the framework, factions, amendments voted on under
the Gemeentewet, the griffie's included remark, the draft) comes from the store. This is the path
a letter service will take.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import docx
from openpyxl import load_workbook

from raadsviewer.domain.letter import assemble_letter, request_from_facts
from raadsviewer.domain.model import (
    AmendmentDraft,
    AmendmentOperation,
    AnnotationDraft,
    DocumentRole,
    Motie,
    MotieKind,
    MotieStatus,
    Stance,
    Visibility,
    Vote,
)
from raadsviewer.domain.procedure import ItemKind, items_for, order_problem, proposal_item, voting_order
from raadsviewer.domain.votes import FactionVote, decide
from raadsviewer.export.letter import write_letter
from raadsviewer.export.stemlijst import write_stemlijst
from raadsviewer.formats import read_any
from raadsviewer.services import amendments as amendment_service
from raadsviewer.services import drafts as draft_service
from raadsviewer.services.annotations import add_annotation, set_include_in_draft
from raadsviewer.services.documents import open_dossier, resolve_dossier
from raadsviewer.services.factions import add_faction, list_factions
from tests.conftest import ZHZ

SEATS = {"GroenLinks": 6, "VVD": 7, "CDA": 4, "PvdA": 5}  # a council of 22


def _worked_example(store):  # type: ignore[no-untyped-def]
    for name, seats in SEATS.items():
        add_faction(store, name, seats=seats)
    dossier = resolve_dossier(store).id

    def amend(faction: str, member: str, **draft):  # type: ignore[no-untyped-def]
        return amendment_service.add_amendment(
            store, dossier_id=dossier, faction=faction, member=member, draft=AmendmentDraft(**draft)
        )

    a1 = amend(
        "GroenLinks",
        "Anna de Vries",
        title="Onafhankelijke toegang",
        operation=AmendmentOperation.VERVANGEN,
        old_text="Versterken toegangstaak",
        new_text="Versterken van een onafhankelijke toegangstaak",
        principle_number=7,
        cosigners=("CDA",),
    )
    amend(
        "PvdA",
        "Mo Bakker",
        title="Met ervaringsdeskundigen",
        operation=AmendmentOperation.TOEVOEGEN,
        old_text="onafhankelijke toegangstaak",
        new_text=", met ervaringsdeskundigen",
        parent_id=a1.id,
    )
    amend(
        "VVD",
        "Piet Jansen",
        title="Ook onderaannemers",
        operation=AmendmentOperation.TOEVOEGEN,
        old_text="topinkomens",
        new_text=", ook voor onderaannemers",
        principle_number=12,
    )
    for label in ("A1", "A2", "A3"):
        amendment_service.set_status(store, dossier, label, "ingediend")
    everyone = [("GroenLinks", "voor"), ("CDA", "voor"), ("PvdA", "voor"), ("VVD", "tegen")]  # 15 - 7
    amendment_service.set_status(
        store, dossier, "A2", "verworpen", [("GroenLinks", "tegen"), *everyone[1:2], ("PvdA", "voor"), ("VVD", "tegen")]
    )
    amendment_service.set_status(store, dossier, "A1", "aangenomen", everyone)
    amendment_service.set_status(
        store,
        dossier,
        "A3",
        "aangenomen",
        [("VVD", "voor"), ("CDA", "voor"), ("PvdA", "voor"), ("GroenLinks", "tegen")],
    )
    note = add_annotation(
        store,
        dossier_id=dossier,
        faction="CDA",
        member="Mirjam Bakker",
        principle_number=10,
        draft=AnnotationDraft(
            body="De raad vraagt de administratieve lasten **meetbaar** te verminderen.",
            stance=Stance.ZORG,
            visibility=Visibility.GRIFFIE,
        ),
    )
    set_include_in_draft(store, note.id, True)
    view = open_dossier(store, dossier)
    principle = {p.number: p.id for p in view.principles}
    now = datetime(2020, 11, 10, 21, 0)

    def motie(number: int, faction: str, status: MotieStatus, principles: tuple[int, ...], votes) -> Motie:  # type: ignore[no-untyped-def]
        return Motie(
            id=f"m{number}",
            dossier_id=dossier,
            number=number,
            title=["Winst openbaar", "Jaarlijkse evaluatie"][number - 1],
            municipality="Dordrecht",
            meeting_date=date(2020, 11, 10),
            constaterende=("aanbieders met publiek geld werken;",),
            overwegende=("dat openheid vertrouwen geeft;",),
            kind=MotieKind.VERZOEKT,
            dictum=("bij de regio te bepleiten dat aanbieders hun winst jaarlijks openbaar maken",),
            faction_id="-",
            faction_name=faction,
            author="",
            cosigners=(),
            principle_ids=tuple(principle[n] for n in principles),
            principle_numbers=principles,
            agenda_item="",
            status=status,
            votes=votes,
            created_at=now,
            updated_at=now,
            version=1,
            revision_id="",
        )

    moties = [
        motie(
            1,
            "VVD",
            MotieStatus.AANGENOMEN,
            (12,),
            (
                FactionVote("VVD", vote=Vote.VOOR),
                FactionVote("CDA", voor=3, tegen=1),
                FactionVote("PvdA", vote=Vote.VOOR),
                FactionVote("GroenLinks", vote=Vote.TEGEN),
            ),
        ),
        motie(2, "GroenLinks", MotieStatus.INGEDIEND, (), ()),
    ]
    return dossier, moties


def test_the_worked_example_gives_a_stemlijst_and_a_letter(sample_store, tmp_path: Path, qapp) -> None:
    store = sample_store
    dossier, moties = _worked_example(store)
    amendments = amendment_service.list_amendments(store, dossier)
    seats = {f.name: f.seats for f in list_factions(store)}
    # the motie's divided CDA counts 3 - 1: 15 against 7, everyone present
    result = decide(moties[0].votes, seats)
    assert (result.voor, result.tegen, result.absent, result.full, result.status) == (15, 7, 0, True, "aangenomen")

    # voting order and the stemlijst
    proposal = proposal_item("Zienswijze Inkoopkader Jeugdhulp 2022 e.v.")
    items = items_for(amendments, moties, proposal)
    assert [i.label or "voorstel" for i in voting_order(items)] == ["A2", "A1", "A3", "voorstel", "M1", "M2"]
    assert order_problem(next(i for i in items if i.label == "M2"), items).code == "order_proposal_first"
    sheet = load_workbook(write_stemlijst(items, seats, "xlsx", tmp_path / "stemlijst.xlsx")).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [(r[1], r[2], r[6], r[7]) for r in rows][:3] == [
        ("A2", "subamendement op A1", "verworpen", "verworpen"),
        ("A1", "amendement", "aangenomen", "aangenomen"),
        ("A3", "amendement", "aangenomen", "aangenomen"),
    ]
    assert next(i for i in items if i.label == "A2").kind == ItemKind.SUBAMENDEMENT

    # the request's facts as reading the framework finds them (the store keeps only the deadline
    # of them, on the dossier, and the source of PDFs alone: a letter service needs them kept)
    facts = read_any(ZHZ.read_bytes(), name=ZHZ.name, role=DocumentRole.FRAMEWORK).parsed.facts
    assert resolve_dossier(store).deadline == date.fromisoformat(facts["deadline"])
    request = request_from_facts("het Inkoopkader Jeugdhulp 2022 e.v.", facts)
    draft = draft_service.build_draft(store, dossier)
    letter = assemble_letter(
        draft,
        moties,
        request,
        municipality="Dordrecht",
        meeting_date=date(2020, 11, 10),
        letter_date=date(2020, 11, 12),
        griffier="mr. J. de Griffier",
        voorzitter="drs. A. de Voorzitter",
    )
    assert [p.number for p in letter.principles] == [7, 10, 12]
    assert letter.unchanged == (1, 2, 3, 4, 5, 6, 8, 9, 11, 13)
    texts = [p.text for p in docx.Document(str(write_letter(letter, "docx", tmp_path / "z.docx"))).paragraphs]
    assert "Versterken van een onafhankelijke toegangstaak" in texts  # A1 applied, A2 (rejected) not
    assert "Wet normering topinkomens, ook voor onderaannemers" in texts
    assert "De raad vraagt de administratieve lasten meetbaar te verminderen." in texts
    assert "Met de uitgangspunten 1 tot en met 6, 8, 9, 11 en 13 stemt de raad in." in texts
    assert "Uw kenmerk: UIT / 2004368" in texts

    from raadsviewer.ui.pdf import write_pdf

    pdf = write_letter(letter, "pdf", tmp_path / "z.pdf", pdf_writer=write_pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
