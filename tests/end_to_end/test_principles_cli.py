"""The CLI for candidate lists and corrections of the principles: JSON for scripts, exit 1 with a
clear message on anything ambiguous, `principles --json` as it always was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from raadsviewer.cli import main
from tests.conftest import ZHZ
from tests.domain.pattern_documents import MOTIE


@pytest.fixture
def cli(tmp_path: Path, capsys):  # type: ignore[no-untyped-def]
    db = tmp_path / "data.sqlite"

    def run(*args: str | Path) -> tuple[int, str, str]:
        code = main(["--db", str(db), "--lang", "en", *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("import", ZHZ, "--role", "framework", "--dossier", "Jeugd")[0] == 0
    return run


def test_candidates_json(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("principles", "--candidates", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["document"] == "Zienswijze Inkoopkader Jeugdhulp 2022 e.v." and data["corrected"] is False
    best = data["candidates"][0]
    assert best["rank"] == 1 and best["chosen"] and best["count"] == 13 and best["reason"] == "named_principles"
    assert best["reason_text"] == "named as the principles (Uitgangspunten)"
    assert 0.5 < best["confidence"] < 1
    assert [p["title"] for p in best["principles"]][6] == "Versterken toegangstaak"
    code, out, _ = cli("principles", "--candidates")
    assert code == 0 and out.splitlines()[0].startswith(" 1 * 0.90   13  named as the principles")


def test_corrections_through_the_cli(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("principles", "edit", "--number", "7", "--title", "Onafhankelijke toegang")[0] == 0
    assert cli("principles", "merge", "--number", "12")[0] == 0
    code, out, err = cli("principles", "mark", "--quote", "Alleen het concept Inkoopkader ligt voor ter zienswijze.")
    assert code == 0, err
    assert "Alleen het concept Inkoopkader" in out
    code, out, _ = cli("principles", "remove", "--number", "1", "--json")
    data = json.loads(out)
    assert data["corrected"] is True and len(data["principles"]) == 12
    # the marked sentence comes before principle 1 and takes no label another principle has
    assert [p["label"] for p in data["principles"]][:2] == ["1", "2"]  # "1" is free again
    code, out, _ = cli("principles", "--json")
    items = json.loads(out)
    assert all(set(item) == {"number", "title", "text", "document"} for item in items)
    assert [i["number"] for i in items] == list(range(1, 13))
    assert "Onafhankelijke toegang" in [i["title"] for i in items]
    code, out, _ = cli("principles", "corrections", "--json")
    assert [r["op"] for r in json.loads(out)] == ["rename", "merge", "mark", "remove"]
    assert cli("principles", "undo")[0] == 0
    code, out, _ = cli("principles", "corrections", "--json")
    assert [r["op"] for r in json.loads(out)] == ["rename", "merge", "mark"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("principles", "mark", "--quote", "de"), "occurs"),
        (("principles", "edit", "--number", "42", "--title", "X"), "Principle 42 does not exist"),
        (("principles", "use-candidate", "7"), "List 7 does not exist"),
        (("principles", "edit", "--number", "3"), "Give a new title or a new number"),
        (("principles", "merge", "--number", "13"), "no next principle"),
        (("principles", "--candidates", "--document", "Onbekend"), "no document 'Onbekend'"),
    ],
)
def test_ambiguous_or_impossible_requests_exit_1(cli, args: tuple[str, ...], words: str) -> None:  # type: ignore[no-untyped-def]
    before = cli("principles", "--json")[1]
    code, out, err = cli(*args)
    assert code == 1 and words in err and out == ""
    assert cli("principles", "--json")[1] == before


def test_use_candidate_on_a_motion(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    motie = tmp_path / "motie.txt"
    motie.write_text(MOTIE.text, encoding="utf-8")
    code, _out, err = cli("import", motie, "--role", "framework", "--dossier", "Jeugd")
    assert code == 1 and "already has a framework" in err  # beside the dossier's framework: refused
    # A store made before that refusal can hold two: the commands still say which one to take.
    assert cli("import", motie, "--role", "background", "--dossier", "Jeugd")[0] == 0
    import sqlite3

    with sqlite3.connect(tmp_path / "data.sqlite") as db:
        db.execute("UPDATE document SET role = 'framework' WHERE source_name = 'motie.txt'")
    code, out, err = cli("principles", "--candidates", "--json")
    assert code == 1 and "several frameworks" in err and "--document" in err  # say which one
    code, out, _ = cli("principles", "--candidates", "--json", "--document", "Motie Jeugdhulp dichtbij huis")
    data = json.loads(out)
    assert [p["label"] for p in data["candidates"][0]["principles"]] == ["A.1", "A.2", "B.1", "B.2", "B.3"]
    rank = next(c["rank"] for c in data["candidates"] if c["reason"] == "dictum" and c["count"] == 2)
    code, out, _ = cli("principles", "use-candidate", "--document", "motie.txt", str(rank), "--json")
    assert [p["title"] for p in json.loads(out)["principles"]] == [
        "Jeugdhulp wordt zo dicht mogelijk bij huis geboden.",
        "Wachttijden langer dan acht weken zijn onaanvaardbaar.",
    ]


def test_a_quote_starts_the_next_principle(cli) -> None:  # type: ignore[no-untyped-def]
    """`mark --starts-next`: the reader ran two principles together; from the quote on is the next."""
    code, out, err = cli("principles", "mark", "--quote", "regionaal waar nodig", "--starts-next", "--json")
    assert code == 0, err
    titles = [p["title"] for p in json.loads(out)["principles"]]
    assert len(titles) == 14 and titles[4].startswith("regionaal waar nodig"), titles
    code, out, _ = cli("principles", "corrections", "--json")
    [correction] = json.loads(out)
    assert correction["op"] == "split"  # the principle it was in is split where the quote begins
    assert cli("principles", "undo")[0] == 0
    code, out, _ = cli("principles", "--json")
    assert len(json.loads(out)) == 13
