"""The README's worked example, run exactly as a reader pastes it: the commands of its ``sh`` block,
in a fresh folder holding the project's ``resources``; then what they wrote is checked against
what the README says they write (the stemlijst's table, the letter's first page)."""

from __future__ import annotations

import csv
import re
import shlex
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

from raadsviewer.cli import main
from tests.conftest import ROOT

README = ROOT / "README.md"
HEADING = "### A worked example: from amendments to the council's letter"


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(HEADING)
    end = text.find("\n## ", start)
    return text[start : end if end >= 0 else len(text)]


def _block(section: str, language: str) -> str:
    match = re.search(rf"```{language}\n(.*?)```", section, re.DOTALL)
    assert match is not None, f"no {language} block in the worked example"
    return match.group(1)


def readme_commands() -> list[list[str]]:
    """The lines of the example's shell block as argument lists (continuations joined, comments
    and blank lines skipped); every one must call ``raadsviewer``."""
    joined = _block(_section(), "sh").replace("\\\n", " ")
    commands = []
    for line in joined.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        words = shlex.split(line)
        assert words[0] == "raadsviewer", line
        commands.append(words[1:])
    return commands


def readme_table() -> list[list[str]]:
    rows = [line for line in _section().splitlines() if line.startswith("| ") and not line.startswith("| ---")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[1:]]


@pytest.fixture
def example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    (tmp_path / "resources").symlink_to(ROOT / "resources", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    for argv in readme_commands():
        code = main(argv)
        captured = capsys.readouterr()
        assert code == 0, (argv, captured.err)
        assert "Traceback" not in captured.err
    return tmp_path


def test_the_readme_example_runs_as_written_and_writes_what_it_says(example: Path) -> None:
    commands = readme_commands()
    assert len(commands) >= 25 and sum(1 for c in commands if "motie" in c) == 2
    # the stemlijst: in voting order, with the outcome and the counts the README shows
    with (example / "stemlijst.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    header = rows[0]
    wanted = ["Nr.", "Stuk", "Soort", "Uitslag", "Voor", "Tegen", "Stemming"]
    shown = [[row[header.index(column)] for column in wanted] for row in rows[1:]]
    assert shown == readme_table()
    assert [row[1] for row in shown] == ["A2", "A1", "A3", "Voorstel", "M1", "M2"]

    # the letter's first page, as the README gives it, then the raadsbesluit on a page of its own
    pdf = pdfium.PdfDocument(str(example / "zienswijze.pdf"))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    first_page = [line.strip() for line in pages[0].splitlines() if line.strip()]
    expected = [line for line in _block(_section(), "text").splitlines() if line.strip()]
    assert first_page == expected  # the whole page, its number at the foot included
    assert "Overige uitgangspunten" not in pages[0]
    assert "Met de uitgangspunten 1 tot en met 6, 8 tot en met 11 en 13" in pages[1]
    # from page 2 on, a running header (the letter's title and date); every page is numbered
    assert [page.splitlines()[0] for page in pages[1:]] == [
        "Zienswijze op Inkoopkader Jeugdhulp 2022 e.v. 12 november 2020"
    ] * (len(pages) - 1)
    assert [page.splitlines()[-1] for page in pages] == [
        f"pagina {n} van {len(pages)}" for n in range(1, len(pages) + 1)
    ]
    assert pages[-1].splitlines()[1] == "Raadsbesluit" and "".join(pages).count("Raadsbesluit") == 1
    assert "een zienswijze te geven op Inkoopkader Jeugdhulp 2022 e.v." in pages[-1]
    assert "Jaarlijkse evaluatie" not in "".join(pages) and "ervaringsdeskundigen" not in "".join(pages)

    # the Word letter says the same, and the motie is a document of its own
    paragraphs = [p.text for p in docx.Document(str(example / "zienswijze.docx")).paragraphs]
    assert paragraphs[0] == expected[0] and "Uw kenmerk: UIT / 2004368" in paragraphs
    motie = [p.text for p in docx.Document(str(example / "motie-M1.docx")).paragraphs]
    assert motie[0] == "Motie M1: Winst openbaar"
    assert "De raad van de gemeente Dordrecht, in vergadering bijeen op 10 november 2020," in motie
