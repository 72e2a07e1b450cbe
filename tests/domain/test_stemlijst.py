"""The stemlijst: everything voted on, in voting order, written as XLSX and CSV and read back."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import AmendmentStatus, MotieStatus, Vote
from raadsviewer.domain.procedure import items_for, proposal_item
from raadsviewer.domain.votes import FactionVote
from raadsviewer.export.stemlijst import headers, stemlijst_rows, write_stemlijst
from tests.domain.test_amendments import amendment
from tests.domain.test_moties import motie

SEATS = {"CDA": 10, "GroenLinks": 6, "PvdA": 7, "VVD": 7}  # 30


def items():  # type: ignore[no-untyped-def]
    a1 = amendment(
        id="a1",
        number=1,
        title="Onafhankelijke toegang",
        faction_name="GroenLinks",
        author="A. de Vries",
        cosigners=("CDA",),
        status=AmendmentStatus.AANGENOMEN,
        votes=(("CDA", Vote.VOOR), ("GroenLinks", Vote.VOOR), ("PvdA", Vote.TEGEN), ("VVD", Vote.TEGEN)),
    )
    a2 = amendment(id="a2", number=2, title='=HYPERLINK("x")', status=AmendmentStatus.INGEDIEND, cosigners=())
    sub = amendment(
        id="a3",
        number=3,
        parent_id="a1",
        title="Met ervaringsdeskundigen",
        faction_name="PvdA",
        author="",
        cosigners=(),
        status=AmendmentStatus.VERWORPEN,
        votes=(("CDA", Vote.TEGEN), ("GroenLinks", Vote.TEGEN), ("PvdA", Vote.VOOR), ("VVD", Vote.TEGEN)),
    )
    m1 = motie(
        id="m1",
        number=1,
        title="Winst openbaar",
        faction_name="VVD",
        author="P. Jansen",
        cosigners=("CDA", "PvdA"),
        status=MotieStatus.AANGENOMEN,
        votes=(
            FactionVote("VVD", vote=Vote.VOOR),
            FactionVote("CDA", voor=6, tegen=3),
            FactionVote("PvdA", vote=Vote.VOOR, absent=2),
            FactionVote("GroenLinks", vote=Vote.TEGEN),
        ),
    )
    m2 = motie(id="m2", number=2, title="Later", status=MotieStatus.AANGEHOUDEN, cosigners=())
    proposal = proposal_item("Zienswijze Inkoopkader Jeugdhulp 2022 e.v.")
    return items_for([sub, a2, a1], [m2, m1], proposal)


def test_rows_follow_the_voting_order_with_outcomes() -> None:
    rows = stemlijst_rows(items(), SEATS)
    assert [(r.nr, r.label) for r in rows] == [(1, "A3"), (2, "A1"), (3, "A2"), (4, "Voorstel"), (5, "M1"), (6, "M2")]
    sub, a1, a2, proposal, m1, m2 = rows
    assert sub.kind == "subamendement op A1" and sub.submitter == "PvdA" and sub.status == "verworpen"
    assert (sub.outcome, sub.voor, sub.tegen) == ("verworpen", 7, 23)
    assert a1.submitter == "GroenLinks (A. de Vries)" and a1.cosigners == "CDA"
    assert (a1.outcome, a1.voor, a1.tegen, a1.detail) == (
        "aangenomen",
        16,
        14,
        "voor: CDA, GroenLinks; tegen: PvdA, VVD",
    )
    assert (a2.outcome, a2.voor, a2.status) == ("", None, "ingediend")
    assert proposal.kind == "voorstel" and proposal.title.startswith("Zienswijze")
    assert m1.cosigners == "CDA, PvdA" and m1.outcome == "aangenomen"
    assert (m1.voor, m1.tegen) == (7 + 6 + 5, 3 + 6)
    assert (
        m1.detail
        == "voor: CDA (6 van 10), PvdA (5 van 7), VVD; tegen: CDA (3 van 10), GroenLinks; afwezig: CDA (1), PvdA (2)"
    )
    assert m2.status == "aangehouden" and m2.outcome == ""


def test_english_words() -> None:
    rows = stemlijst_rows(items(), SEATS, "en")
    assert rows[0].kind == "sub-amendment to A1" and rows[3].label == "Proposal"
    assert headers("en")[:3] == ("No.", "Item", "Kind")


def test_xlsx_reads_back(tmp_path: Path) -> None:
    path = write_stemlijst(items(), SEATS, "xlsx", tmp_path / "stemlijst.xlsx", title="Inkoopkader")
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "Stemlijst" and sheet.freeze_panes == "A2"
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert tuple(values[0]) == headers("nl")
    assert [row[1] for row in values[1:]] == ["A3", "A1", "A2", "Voorstel", "M1", "M2"]
    assert values[5][8:10] == [18, 9]  # numbers stay numbers
    assert values[3][3] == '=HYPERLINK("x")'  # text, not a formula
    assert sheet.cell(row=4, column=4).data_type == "s"
    assert workbook.properties.title == "Stemlijst: Inkoopkader"
    assert sheet.cell(row=1, column=1).font.bold


def test_csv_reads_back(tmp_path: Path) -> None:
    path = write_stemlijst(items(), SEATS, "CSV", tmp_path / "stemlijst.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a byte order mark: Excel reads UTF-8
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert tuple(rows[0]) == headers("nl")
    assert [r[1] for r in rows[1:]] == ["A3", "A1", "A2", "Voorstel", "M1", "M2"]
    assert rows[3][3] == '\'=HYPERLINK("x")'  # never a formula in a spreadsheet
    assert rows[5][8:10] == ["18", "9"] and rows[3][8] == ""
    assert len(rows) == 7 and all(len(r) == len(rows[0]) for r in rows)


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as info:
        write_stemlijst(items(), SEATS, "ods", tmp_path / "x.ods")
    assert info.value.code == "invalid_export_format"
    assert not (tmp_path / "x.ods").exists()


def test_votes_the_rules_refuse_do_not_stop_the_list() -> None:
    rows = stemlijst_rows(items(), {"CDA": 10})  # the other factions are gone
    assert rows[1].outcome == "" and rows[1].voor is None
