"""Amendments and the combined draft from the command line: in-process, and once as a process."""

from __future__ import annotations

import html as html_lib
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document as open_docx

from raadsviewer.cli import main
from raadsviewer.storage.db import Store
from tests.end_to_end.program import usage_word

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
ZHZ = SAMPLES / "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AMENDMENT_KEYS = {
    "number",
    "title",
    "principle",
    "operation",
    "old",
    "new",
    "faction",
    "cosigners",
    "status",
    "seats",
    "majority",
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "raadsviewer.sqlite"


@pytest.fixture
def cli(db: Path, capsys):
    def run(*args: str | Path) -> tuple[int, str, str]:
        code = main(["--db", str(db), "--lang", "en", *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def amended(cli):
    """The sample framework, three factions, A1 adopted by vote, A2 a concept, one note for the draft."""
    assert cli("import", ZHZ, "--role", "framework")[0] == 0
    for name, seats in (("CDA", 10), ("PvdA", 7), ("SP", 3)):
        assert cli("faction", "add", name, "--seats", seats)[0] == 0
    code, out, err = cli(
        "amend",
        "--principle",
        "3",
        "--faction",
        "CDA",
        "--member",
        "J. Jansen",
        "--operation",
        "vervangen",
        "--old",
        "behoud keuzevrijheid",
        "--new",
        "ruime keuzevrijheid",
        "--title",
        "Ruime keuzevrijheid",
        "--rationale",
        "Ouders kiezen zelf.",
        "--cosign",
        "PvdA",
        "SP",
        "--betreft",
        "Inkoopkader jeugdhulp",
    )
    assert (code, out, err) == (0, "A1\n", "")
    code, out, err = cli(
        "amend",
        "--principle",
        "12",
        "--faction",
        "SP",
        "--operation",
        "schrappen",
        "--old",
        "normering ",
        "--title",
        "Geen normering",
    )
    assert (code, out) == (0, "A2\n"), err
    assert cli("set-status", "A1", "ingediend")[0] == 0
    code, out, err = cli("set-status", "A1", "aangenomen", "--votes", "CDA=voor", "PvdA=voor", "SP=1/2")  # SP divided
    assert (code, out) == (0, "A1: aangenomen\n"), err
    code, out, err = cli(
        "annotate",
        "--principle",
        "7",
        "--faction",
        "PvdA",
        "--member",
        "M. de Vries",
        "--stance",
        "zorg",
        "--visibility",
        "griffie",
        "--text",
        "Toegang dichtbij houden.",
    )
    assert code == 0, err
    code, out, err = cli("include-annotation", out.strip())
    assert code == 0 and out.strip().endswith(": included"), err  # --lang en: the output in English
    return cli


def _dump(db: Path, dump):  # type: ignore[no-untyped-def]
    store = Store(db)
    try:
        return dump(store)
    finally:
        store.close()


def test_amendments_json(amended) -> None:
    code, out, err = amended("amendments", "--json")
    assert code == 0, err
    items = json.loads(out)
    assert all(set(i) >= AMENDMENT_KEYS for i in items)
    a1, a2 = items
    assert {k: a1[k] for k in AMENDMENT_KEYS} == {
        "number": "A1",
        "title": "Ruime keuzevrijheid",
        "principle": 3,
        "operation": "vervangen",
        "old": "behoud keuzevrijheid",
        "new": "ruime keuzevrijheid",
        "faction": "CDA",
        "cosigners": ["PvdA", "SP"],
        "status": "aangenomen",
        "seats": 20,
        "majority": True,
    }
    assert a1["votes"] == {"CDA": "voor", "PvdA": "voor"} and a1["council_seats"] == 20  # whole factions
    divided = {v["faction"]: (v["vote"], v.get("voor"), v.get("tegen")) for v in a1["faction_votes"]}
    assert divided == {"CDA": ("voor", 10, 0), "PvdA": ("voor", 7, 0), "SP": ("verdeeld", 1, 2)}
    assert (a2["number"], a2["status"], a2["seats"], a2["majority"], a2["new"]) == ("A2", "concept", 3, False, "")
    code, out, _ = amended("amendments")
    assert code == 0 and "A1" in out and "Ruime keuzevrijheid" in out


def test_draft_markdown_and_snapshots(amended, tmp_path: Path) -> None:
    path = tmp_path / "zienswijze.md"
    code, out, err = amended("draft", "--format", "md", "-o", path, "--lang", "nl")
    assert code == 0, err
    text = path.read_text(encoding="utf-8")
    for piece in (
        "# Concept-zienswijze: Zienswijze Inkoopkader Jeugdhulp 2022 e.v.",
        "## Uitgangspunt 3: Grip op het aantal aanbieders met behoud keuzevrijheid",
        "> Grip op het aantal aanbieders met ruime keuzevrijheid",
        "#### A1: Ruime keuzevrijheid",
        "- Indiener: CDA (J. Jansen); mede-indieners: PvdA, SP",
        "- Stemming: voor 18 (CDA, PvdA, SP (1)), tegen 2 (SP (2))",
        "~~behoud~~ **ruime** keuzevrijheid",
        "#### A2: Geen normering",
        "**PvdA** (M. de Vries, zorg, niet openbaar: alleen voor de griffie):",
        "> Toegang dichtbij houden.",
    ):
        assert piece in text, piece
    code, out, err = amended("draft", "--format", "md", "-o", tmp_path / "english.md")  # global --lang en
    assert code == 0, err
    assert (tmp_path / "english.md").read_text(encoding="utf-8").startswith("# Draft zienswijze:")
    code, out, err = amended("snapshots", "--json")
    assert code == 0, err
    snapshots = json.loads(out)
    assert [(s["format"], s["lang"]) for s in snapshots] == [("md", "nl"), ("md", "en")]
    assert all(len(s["amendments"]) == 2 and len(s["annotations"]) == 1 for s in snapshots)
    assert snapshots[0]["created_at"] <= snapshots[1]["created_at"]
    code, out, _ = amended("snapshots")
    assert code == 0 and out.count("\n") == 2
    assert all(re.match(r"\d\d-\d\d-\d{4} \d\d:\d\d  md ", line) for line in out.splitlines()), out


def test_draft_html(amended, tmp_path: Path) -> None:
    path = tmp_path / "zienswijze.html"
    assert amended("draft", "--format", "html", "-o", path)[0] == 0
    text = path.read_text(encoding="utf-8")
    assert "<script" not in text.lower() and "<title>" in text
    assert "Principle 3: Grip op het aantal aanbieders" in html_lib.unescape(text)
    assert "Toegang dichtbij houden." in text


def test_draft_docx_tracked_changes_by_faction(amended, tmp_path: Path) -> None:
    """The adopted A1 is a tracked change by CDA; SP's A2, not adopted, only a comment."""
    path = tmp_path / "zienswijze.docx"
    assert amended("draft", "--format", "docx", "-o", path, "--lang", "nl")[0] == 0
    document = open_docx(str(path))
    body = document.element.body
    inserted = {(e.get(f"{W}author"), "".join(t.text or "" for t in e.iter(f"{W}t"))) for e in body.iter(f"{W}ins")}
    deleted = {
        (e.get(f"{W}author"), "".join(t.text or "" for t in e.iter(f"{W}delText"))) for e in body.iter(f"{W}del")
    }
    assert ("CDA", "ruime ") in inserted or ("CDA", "ruime") in inserted, inserted
    assert ("CDA", "behoud ") in deleted or ("CDA", "behoud") in deleted, deleted
    assert not any(author == "SP" for author, _text in deleted | inserted)
    assert [(c.author, c.initials) for c in document.comments] == [("SP", "A2")]
    assert "normering" in document.comments.get(0).text
    with zipfile.ZipFile(path) as z:
        assert "<w:ins " in z.read("word/document.xml").decode("utf-8")


def _pdf_text(path: Path) -> tuple[str, str]:
    from tests.pdf_text import page_texts, title

    text = " ".join(page_texts(path))
    return " ".join(text.replace("\ufffe", "").split()), title(path)


def test_draft_pdf(amended, tmp_path: Path, qapp) -> None:  # qapp: a QApplication, not just a QGuiApplication
    path = tmp_path / "zienswijze.pdf"
    code, out, err = amended("draft", "--format", "pdf", "-o", path, "--lang", "nl")
    assert code == 0, err
    assert path.read_bytes().startswith(b"%PDF")
    text, title = _pdf_text(path)
    assert title == "Concept-zienswijze: Zienswijze Inkoopkader Jeugdhulp 2022 e.v."
    for piece in (
        "Uitgangspunt 1: Beter inzetten eigen kracht en netwerk gezin",
        "Uitgangspunt 13: Goed opdrachtgeverschap",
        "Grip op het aantal aanbieders met ruime keuzevrijheid",
        "A1: Ruime keuzevrijheid",
        'In uitgangspunt 3 de tekst "behoud keuzevrijheid" te vervangen door: "ruime keuzevrijheid"',
        "Toegang dichtbij houden.",
    ):
        assert piece in text, piece
    code, out, _ = amended("snapshots", "--json")
    assert [s["format"] for s in json.loads(out)] == ["pdf"]


@pytest.mark.parametrize("fmt", ["docx", "html", "md"])
def test_amendment_export(amended, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"a1.{fmt}"
    code, out, err = amended(
        "amendment-export",
        "A1",
        "--format",
        fmt,
        "-o",
        path,
        "--meeting",
        "Raad 1 maart",
        "--agenda-item",
        "7. Inkoopkader",
        "--lang",
        "nl",
    )
    assert code == 0, err
    assert out.strip() == str(path)
    if fmt == "docx":
        doc = open_docx(str(path))
        text = "\n".join(p.text for p in doc.paragraphs)
        assert {e.get(f"{W}author") for e in doc.element.body.iter(f"{W}ins")} == {"CDA"}
        assert {e.get(f"{W}author") for e in doc.element.body.iter(f"{W}del")} == {"CDA"}
    else:
        text = html_lib.unescape(path.read_text(encoding="utf-8"))
        assert "<script" not in text
    for piece in ("A1", "Ruime keuzevrijheid", "Raad 1 maart", "7. Inkoopkader", "Ouders kiezen zelf.", "PvdA", "SP"):
        assert piece in text, piece
    code, out, _ = amended("snapshots", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            (
                "amend",
                "--principle",
                "3",
                "--faction",
                "CDA",
                "--operation",
                "vervangen",
                "--old",
                "tulpen",
                "--new",
                "x",
            ),
            "The text to be changed is not in principle 3",
        ),
        (
            ("amend", "--principle", "99", "--faction", "CDA", "--operation", "toevoegen", "--new", "x"),
            "Principle 99 does not exist",
        ),
        (
            (
                "amend",
                "--principle",
                "3",
                "--faction",
                "CDA",
                "--operation",
                "vervangen",
                "--old",
                "behoud",
                "--new",
                "x",
                "--cosign",
                "D66",
            ),
            "Faction 'D66' does not exist.",
        ),
        (
            (
                "amend",
                "--principle",
                "3",
                "--faction",
                "CDA",
                "--operation",
                "vervangen",
                "--old",
                "behoud",
                "--new",
                "x",
                "--cosign",
                "CDA",
            ),
            "cannot also co-sign",
        ),
        (
            ("amend", "--principle", "3", "--faction", "CDA", "--operation", "vervangen", "--old", "behoud"),
            "Replacing needs a new text",
        ),
        (("set-status", "A2", "aangenomen", "--votes", "CDA=voor"), "Only a submitted amendment can be voted on"),
        (("set-status", "A1", "verworpen"), "cannot get status rejected"),
        (("set-status", "A9", "ingediend"), "Amendment A9 does not exist."),
        (("set-status", "A2", "ingetrokken", "--votes", "CDA"), "is not a vote"),
        (("amendment-export", "A7", "--format", "md", "-o", "x.md"), "Amendment A7 does not exist."),
        (("include-annotation", "no-such-id"), "Annotation no-such-id does not exist."),
        (("draft", "--format", "md", "-o", "/nonexistent-dir/x.md"), "Cannot write /nonexistent-dir/x.md"),
    ],
    ids=[
        "old-text",
        "principle",
        "cosigner",
        "self-cosign",
        "no-new",
        "vote-concept",
        "transition",
        "number",
        "vote-arg",
        "export-number",
        "annotation",
        "unwritable",
    ],
)
def test_errors_exit_1_and_change_nothing(
    amended, db: Path, dump, tmp_path: Path, monkeypatch, args, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    before = _dump(db, dump)
    code, out, err = amended(*args)
    assert code == 1, err
    assert message in err and "Traceback" not in err and out == ""
    assert _dump(db, dump) == before
    assert not (tmp_path / "x.md").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("amend", "--principle", "3", "--faction", "CDA"),  # --operation missing
        ("amend", "--principle", "3", "--faction", "CDA", "--operation", "wijzigen"),
        ("set-status", "A1", "weg"),
        ("set-status",),
        ("draft", "--format", "odt", "-o", "x.odt"),
        ("draft", "--format", "md"),  # -o missing
        ("amendment-export", "A1", "--format", "pdf", "-o", "x.pdf"),
        ("draft", "--format", "md", "-o", "x.md", "--lang", "fr"),
    ],
)
def test_usage_errors_exit_2(db: Path, capsys, args) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db), *args])
    assert info.value.code == 2
    assert usage_word() in capsys.readouterr().err
    assert not db.exists()


def test_subprocess_amend_and_export(db: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "raadsviewer", "--db", str(db), "--lang", "en", *map(str, args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            cwd=ROOT,
            timeout=120,
        )

    assert run("import", ZHZ, "--role", "framework").returncode == 0
    amend = run(
        "amend",
        "--principle",
        "11",
        "--faction",
        "GroenLinks",
        "--operation",
        "toevoegen",
        "--new",
        "Aanbieders krijgen contracten van vijf jaar.",
        "--title",
        "Vijf jaar",
    )
    assert (amend.returncode, amend.stdout) == (0, "A1\n"), amend.stderr
    listed = run("amendments", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout)[0]["number"] == "A1"
    pdf = run("draft", "--format", "pdf", "-o", tmp_path / "d.pdf")
    assert pdf.returncode == 0, pdf.stderr
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF")
    refused = run("set-status", "A1", "aangenomen")
    assert refused.returncode == 1 and "cannot get status adopted" in refused.stderr
    assert "Traceback" not in refused.stderr
    usage = run("set-status", "A1")
    assert usage.returncode == 2 and "usage:" in usage.stderr  # --lang en


def test_set_status_counts_absent_members_and_the_postponed_tie(amended, cli) -> None:
    """Council of 20 (CDA 10, PvdA 7, SP 3); A2 is submitted and put to the vote."""
    assert cli("set-status", "A2", "ingediend")[0] == 0
    against = ("PvdA=tegen", "SP=tegen")
    # 10 - 10 with everyone there: a full meeting, so not adopted
    code, _out, err = cli("set-status", "A2", "aangenomen", "--votes", "CDA=voor", *against)
    assert code == 1 and "(10 for, 10 against) do not match the status adopted" in err
    # 8 - 10 with two CDA members away
    code, _out, err = cli("set-status", "A2", "aangenomen", "--votes", "CDA=voor", *against, "--absent", "CDA=2")
    assert code == 1 and "(8 for, 10 against)" in err
    # a divided faction is counted by its members (2 + 3 for, 8 + 7 against)
    code, _out, err = cli("set-status", "A2", "aangenomen", "--votes", "CDA=2/8", "PvdA=tegen", "SP=voor")
    assert code == 1 and "(5 for, 15 against)" in err
    # 8 - 8 with four members away: the decision goes to the next meeting, not rejected now ...
    absent = ("--absent", "CDA=2", "SP=2")
    code, _out, err = cli("set-status", "A2", "verworpen", "--votes", "CDA=voor", *against, *absent)
    assert code == 1 and "postponed to a next meeting" in err
    # ... which the store records when the votes decide (no status given) ...
    code, out, err = cli("set-status", "A2", "--votes", "CDA=voor", *against, *absent)
    assert (code, out) == (0, "A2: ingediend (de beslissing is uitgesteld tot de volgende vergadering)\n"), err
    # ... so at the next meeting the same tie means not adopted, without anyone saying it is the re-vote
    code, out, err = cli("set-status", "A2", "verworpen", "--votes", "CDA=voor", *against, *absent)
    assert (code, out) == (0, "A2: verworpen\n"), err
    code, out, _err = cli("amendments", "--json")
    a2 = next(a for a in json.loads(out) if a["number"] == "A2")
    assert a2["status"] == "verworpen" and a2["votes"] == {"CDA": "voor", "PvdA": "tegen", "SP": "tegen"}
    code, _out, err = cli("set-status", "A1", "verworpen", "--absent", "CDA")
    assert code == 1 and "does not say who was absent" in err


def test_set_status_correct_replaces_an_outcome_recorded_wrongly(amended, cli) -> None:
    """A1 was adopted with CDA, PvdA and SP (half) for; PvdA in fact voted against."""
    code, _out, err = cli("set-status", "A1", "--votes", "CDA=voor", "PvdA=tegen", "SP=1/2")
    assert code == 1 and "Only a submitted amendment can be voted on" in err  # not without --correct
    code, out, err = cli("set-status", "A1", "--votes", "CDA=voor", "PvdA=tegen", "SP=1/2", "--correct")
    assert (code, out) == (0, "A1: aangenomen\n"), err  # 11 - 9: still adopted, with the right votes
    code, out, _err = cli("amendments", "--json")
    a1 = next(a for a in json.loads(out) if a["number"] == "A1")
    assert a1["votes"]["PvdA"] == "tegen"
    code, out, err = cli("set-status", "A1", "--votes", "CDA=tegen", "PvdA=tegen", "SP=voor", "--correct")
    assert (code, out) == (0, "A1: verworpen\n"), err
    code, _out, err = cli("set-status", "A2", "verworpen", "--correct")
    assert code == 1 and "Only an outcome that was recorded can be corrected" in err
