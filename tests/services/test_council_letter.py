"""The council's procedure on the sample dossier, from a real store through the services: factions,
amendments and a sub-amendment, moties, votes as councils vote them, the proposal, the stemlijst
and the letter with its raadsbesluit (the request's facts as kept at import)."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import (
    AmendmentDraft,
    AmendmentOperation,
    AnnotationDraft,
    MotieDraft,
    Stance,
    Visibility,
    Vote,
)
from raadsviewer.domain.votes import FactionVote
from raadsviewer.services import amendments as amendment_service
from raadsviewer.services import council, procedure
from raadsviewer.services import letter as letter_service
from raadsviewer.services import moties as motie_service
from raadsviewer.services.annotations import add_annotation, set_include_in_draft
from raadsviewer.services.documents import resolve_dossier
from raadsviewer.services.factions import add_faction

SEATS = {"GroenLinks": 6, "VVD": 7, "CDA": 4, "PvdA": 5}  # a council of 22
EVERYONE = [("GroenLinks", "voor"), ("CDA", "voor"), ("PvdA", "voor"), ("VVD", "tegen")]  # 15 - 7


def _worked_example(store) -> str:  # type: ignore[no-untyped-def]
    for name, seats in SEATS.items():
        add_faction(store, name, seats=seats)
    dossier = resolve_dossier(store).id
    council.set_council_settings(
        store,
        dossier,
        municipality="Dordrecht",
        meeting_date=date(2020, 11, 10),
        letter_date=date(2020, 11, 12),
        griffier="mr. J. de Griffier",
        voorzitter="drs. A. de Voorzitter",
    )

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
    for title, faction, member, principles in (
        ("Winst openbaar", "VVD", "Piet Jansen", (12,)),
        ("Jaarlijkse evaluatie", "GroenLinks", "Anna de Vries", ()),
    ):
        motie_service.add_motie(
            store,
            dossier_id=dossier,
            faction=faction,
            member=member,
            draft=MotieDraft(
                title=title,
                constaterende=("aanbieders van jeugdhulp met publiek geld werken",),
                overwegende=("openheid vertrouwen geeft",),
                dictum=("bij de regio te bepleiten dat aanbieders hun winst jaarlijks openbaar maken",),
                principle_numbers=principles,
            ),
        )
    for label in ("A1", "A2", "A3", "M1", "M2"):
        procedure.set_status(store, dossier, label, "ingediend")
    procedure.set_status(
        store,
        dossier,
        "A2",
        "verworpen",
        [("GroenLinks", "tegen"), ("CDA", "voor"), ("PvdA", "voor"), ("VVD", "tegen")],
    )
    procedure.set_status(store, dossier, "A1", None, EVERYONE)
    procedure.set_status(
        store, dossier, "A3", None, [("VVD", "voor"), ("CDA", "voor"), ("PvdA", "voor"), ("GroenLinks", "tegen")]
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
            visibility=Visibility.OPENBAAR,  # the letter prints only what a faction made openbaar
        ),
    )
    set_include_in_draft(store, note.id, True)
    procedure.set_proposal_status(store, dossier, None, EVERYONE)
    # the motie on principle 12 with a divided CDA (3 - 1): 15 against 7, everyone present
    procedure.set_status(
        store,
        dossier,
        "M1",
        None,
        [("VVD", "voor"), FactionVote("CDA", voor=3, tegen=1), ("PvdA", "voor"), ("GroenLinks", "tegen")],
    )
    # the second motie rejected with two PvdA members away: 6 against 4 + 7 + 3
    procedure.set_status(
        store,
        dossier,
        "M2",
        None,
        [("GroenLinks", "voor"), ("CDA", "tegen"), ("VVD", "tegen"), FactionVote("PvdA", vote=Vote.TEGEN, absent=2)],
    )
    return dossier


def test_the_worked_example_gives_a_stemlijst_and_a_letter(sample_store, tmp_path: Path) -> None:
    store = sample_store
    dossier = _worked_example(store)
    order = [(i.label or "voorstel", i.status) for i in procedure.voting_items(store, dossier)]
    assert order == [
        ("A2", "verworpen"),
        ("A1", "aangenomen"),
        ("A3", "aangenomen"),
        ("voorstel", "aangenomen"),
        ("M1", "aangenomen"),
        ("M2", "verworpen"),
    ]
    sheet = load_workbook(procedure.export_stemlijst(store, dossier, "xlsx", tmp_path / "stemlijst.xlsx")).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [(r[1], r[2], r[7], r[8], r[9]) for r in rows] == [
        ("A2", "subamendement op A1", "verworpen", 9, 13),
        ("A1", "amendement", "aangenomen", 15, 7),
        ("A3", "amendement", "aangenomen", 16, 6),
        ("Voorstel", "voorstel", "aangenomen", 15, 7),
        ("M1", "motie", "aangenomen", 15, 7),
        ("M2", "motie", "verworpen", 6, 14),
    ]
    assert rows[5][10] == "voor: GroenLinks; tegen: CDA, PvdA (3 van 5), VVD; afwezig: PvdA (2)"

    # the request's facts were kept when the framework was imported
    request = council.request_facts(store, dossier)
    assert (request.sender, request.kenmerk, request.date, request.deadline, request.subject) == (
        "Het dagelijks bestuur van de Dienst Gezondheid en Jeugd",
        "UIT / 2004368",
        date(2020, 10, 5),
        date(2020, 11, 19),
        "Inkoopkader Jeugdhulp 2022 e.v.",
    )
    letter = letter_service.build_letter(store, dossier)
    assert [p.number for p in letter.principles] == [7, 10, 12]
    assert letter.unchanged == (1, 2, 3, 4, 5, 6, 8, 9, 11, 13)
    assert [m.label for m in letter.principles[2].moties] == ["M1"] and letter.moties == ()
    path = letter_service.export_zienswijze(store, dossier, "docx", tmp_path / "z.docx")
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "Versterken van een onafhankelijke toegangstaak" in texts  # A1 applied, A2 (rejected) not
    assert "Wet normering topinkomens, ook voor onderaannemers" in texts
    assert "De raad vraagt de administratieve lasten meetbaar te verminderen." in texts
    assert "Met de uitgangspunten 1 tot en met 6, 8, 9, 11 en 13 stemt de raad in." in texts
    assert "Uw kenmerk: UIT / 2004368" in texts
    assert "Datum: 12 november 2020" in texts
    assert not any("Jaarlijkse evaluatie" in t for t in texts)  # a rejected motie is not in the letter

    # the command line's options override the record for one export
    md = letter_service.export_zienswijze(
        store, dossier, "md", tmp_path / "z.md", municipality="Zwijndrecht", meeting_date=date(2020, 12, 1)
    ).read_text(encoding="utf-8")
    assert "gemeenteraad van Zwijndrecht" in md and "vergadering van 1 december 2020" in md
    assert council.council_settings(store, dossier).municipality == "Dordrecht"

    from raadsviewer.ui.pdf import write_pdf

    pdf = letter_service.export_zienswijze(store, dossier, "pdf", tmp_path / "z.pdf", pdf_writer=write_pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_the_griffies_template_and_corrections_change_the_letter(sample_store, tmp_path: Path, dump) -> None:
    """A template edited as Word stores it (word/document.xml) changes the output; a broken one is
    refused without a file."""
    from raadsviewer.export.letter import default_template

    store = sample_store
    dossier = _worked_example(store)
    edited = tmp_path / "eigen.docx"
    with zipfile.ZipFile(default_template()) as src, zipfile.ZipFile(edited, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"Geacht bestuur,", b"Zeer geacht bestuur,")
            dst.writestr(info, data)
    council.set_council_settings(store, dossier, template_path=edited, request_subject="het Inkoopkader Jeugdhulp")
    texts = [
        p.text
        for p in docx.Document(
            str(letter_service.export_zienswijze(store, dossier, "docx", tmp_path / "z.docx"))
        ).paragraphs
    ]
    assert "Zeer geacht bestuur," in texts and "Geacht bestuur," not in texts
    assert "Onderwerp: zienswijze op het Inkoopkader Jeugdhulp" in texts
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"geen zip")
    before = dump(store)
    with pytest.raises(UserFacingError) as info:
        council.set_council_settings(store, dossier, template_path=broken)
    assert info.value.code == "template_unusable" and dump(store) == before
    with pytest.raises(UserFacingError) as info:
        letter_service.export_zienswijze(store, dossier, "docx", tmp_path / "nee.docx", template=broken)
    assert info.value.code == "template_unusable" and not (tmp_path / "nee.docx").exists()


def test_a_rejected_proposal_gives_no_letter(sample_store, tmp_path: Path) -> None:
    store = sample_store
    for name, seats in SEATS.items():
        add_faction(store, name, seats=seats)
    dossier = resolve_dossier(store).id
    procedure.set_proposal_status(store, dossier, "verworpen")
    with pytest.raises(UserFacingError) as info:
        letter_service.export_zienswijze(store, dossier, "md", tmp_path / "z.md")
    assert info.value.code == "proposal_rejected" and not (tmp_path / "z.md").exists()
