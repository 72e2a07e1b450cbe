"""Moties, votes and the council's documents through the command line: what it prints, and the
clear refusals (exit 1, a message, nothing changed) and usage errors (exit 2)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from raadsviewer.cli import main
from tests.conftest import SAMPLES, dump_tables
from tests.end_to_end.test_trust_cli import run

ZHZ = SAMPLES / "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt"


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "griffie.sqlite"
    for args in (
        ("owner", "--griffie"),
        ("import", ZHZ, "--role", "framework", "--dossier", "Jeugdhulp"),
        ("faction", "add", "GroenLinks", "--seats", "6"),
        ("faction", "add", "VVD", "--seats", "7"),
    ):
        assert run(capsys, "--db", path, *args)[0] == 0
    return path


def test_a_motie_from_the_command_line(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys,
        *("--db", db, "motie", "--faction", "VVD", "--member", "Piet Jansen", "--title", "Winst openbaar"),
        *("--constaterende", "een", "--constaterende", "twee", "--overwegende", "drie", "--dictum", "vier"),
        *("--dictum", "vijf", "--kind", "spreekt-uit", "--cosign", "GroenLinks", "--principle", "12"),
    )
    assert (code, out) == (0, "M1\n"), err
    code, out, _ = run(capsys, "--db", db, "moties", "--json")
    [motie] = json.loads(out)
    assert str(uuid.UUID(motie.pop("id"))) and motie.pop("created_at") == motie.pop("updated_at")
    assert motie == {
        "number": 1,
        "label": "M1",
        "title": "Winst openbaar",
        "principles": [12],
        "agenda_item": "",
        "faction": "VVD",
        "member": "Piet Jansen",
        "cosigners": ["GroenLinks"],
        "constaterende": ["een", "twee"],
        "overwegende": ["drie"],
        "dictum": ["vier", "vijf"],
        "kind": "spreekt-uit",
        "status": "concept",
        "votes": [],
        "deleted": False,
        "version": 1,
    }
    # submitting needs the council and the meeting
    code, _, err = run(capsys, "--lang", "en", "--db", db, "set-status", "M1", "ingediend")
    assert code == 1 and "which municipal council" in err
    assert (
        run(capsys, "--db", db, "dossier-settings", "--municipality", "Dordrecht", "--meeting-date", "2020-11-10")[0]
        == 0
    )
    assert run(capsys, "--db", db, "set-status", "M1", "ingediend")[1] == "M1: ingediend\n"
    # moties come after the proposal
    before = _dump(db)
    code, _, err = run(capsys, "--lang", "en", "--db", db, "set-status", "M1", "--votes", "VVD=voor", "GroenLinks=voor")
    assert code == 1 and "record the outcome of the proposal first" in err
    assert _dump(db) == before
    assert run(capsys, "--db", db, "set-status", "voorstel", "aangenomen")[1] == "voorstel: aangenomen\n"
    code, out, err = run(capsys, "--db", db, "set-status", "M1", "--votes", "VVD=4/3", "GroenLinks=tegen")
    assert (code, out) == (0, "M1: verworpen\n"), err  # 4 against 9
    votes = json.loads(run(capsys, "--db", db, "moties", "--json")[1])[0]["votes"]
    assert votes == [
        {"faction": "GroenLinks", "vote": "tegen", "voor": 0, "tegen": 6, "absent": 0},
        {"faction": "VVD", "vote": "verdeeld", "voor": 4, "tegen": 3, "absent": 0},
    ]
    code, out, _ = run(capsys, "--db", db, "motie-export", "M1", "--format", "md", "-o", tmp_path / "m1.md")
    assert code == 0 and "spreekt uit:" in (tmp_path / "m1.md").read_text(encoding="utf-8")


def _dump(path: Path) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    from raadsviewer.storage.db import Store

    store = Store(path)
    try:
        return dump_tables(store)
    finally:
        store.close()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("zienswijze", "--format", "md", "-o", "z.md", "--meeting-date", "10-11-2020"), 1, "is not a date"),
        (("zienswijze", "--format", "odt", "-o", "z.odt"), 2, "invalid choice"),
        (("set-status", "M1"), 2, "set-status"),
        (("set-status", "M9", "ingediend"), 1, "Motion M9 does not exist"),
        (("motie", "--faction", "VVD", "--title", "T"), 2, "--dictum"),
        (("dossier-settings", "--template", "geen.docx"), 1, "geen.docx"),
        (("stemlijst", "--format", "csv", "-o", "/nonexistent/map/s.csv"), 1, "Cannot write"),
    ],
)
def test_refusals_say_what_is_wrong(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args, code, message
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    before = _dump(db)
    if code == 2:
        with pytest.raises(SystemExit) as exit_info:
            main(["--lang", "en", "--db", str(db), *args])
        assert exit_info.value.code == 2
        err = capsys.readouterr().err
    else:
        got, _out, err = run(capsys, "--lang", "en", "--db", db, *args)
        assert got == 1
        assert "Traceback" not in err
    assert message in err
    assert _dump(db) == before
    assert not list(tmp_path.glob("z.*"))


def test_the_letter_written_before_the_votes_says_what_is_not_voted_yet(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The letter says only what the council decided: written while a motie and the proposal
    await their vote, the command says which (the letter is still written: a draft for the
    meeting is a reason to), and says nothing once everything is decided."""
    assert (
        run(capsys, "--db", db, "dossier-settings", "--municipality", "Dordrecht", "--meeting-date", "2020-11-10")[0]
        == 0
    )
    motie = (
        "motie",
        "--faction",
        "VVD",
        "--member",
        "Piet",
        "--title",
        "Winst",
        "--overwegende",
        "winst gaat naar zorg",
        "--dictum",
        "openbaar",
        "--principle",
        "12",
    )
    assert run(capsys, "--db", db, *motie)[0] == 0
    code, _, err = run(capsys, "--db", db, "set-status", "M1", "ingediend")
    assert code == 0, err
    code, _, err = run(capsys, "--db", db, "zienswijze", "--format", "md", "-o", tmp_path / "z.md")
    assert code == 0 and (tmp_path / "z.md").exists()
    assert "Nog niet gestemd over het voorstel, M1" in err
    code, _, err = run(capsys, "--lang", "en", "--db", db, "zienswijze", "--format", "md", "-o", tmp_path / "z.md")
    assert "Not voted on yet: the proposal, M1" in err
    assert run(capsys, "--db", db, "set-status", "voorstel", "aangenomen")[0] == 0
    assert run(capsys, "--db", db, "set-status", "M1", "--votes", "VVD=voor", "GroenLinks=voor")[0] == 0
    code, _, err = run(capsys, "--db", db, "zienswijze", "--format", "md", "-o", tmp_path / "z.md")
    assert code == 0 and "gestemd" not in err


def test_counts_read_as_people_write_them(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One seat is "1 zetel", not "1 zetels"; a limit of a hundred thousand reads "100.000"."""
    assert run(capsys, "--db", db, "faction", "add", "Eenmansfractie", "--seats", "1")[1] == "Eenmansfractie: 1 zetel\n"
    assert run(capsys, "--lang", "en", "--db", db, "faction", "add", "Twee", "--seats", "2")[1] == "Twee: 2 seats\n"
    from raadsviewer.messages import format_error

    assert "100.000 tekens" in format_error("annotation_too_long", {"limit": 100_000})
    assert "100,000 characters" in format_error("annotation_too_long", {"limit": 100_000}, "en")


def test_the_meetings_facts_are_listed_in_the_users_language(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db, "dossier-settings", "--municipality", "Dordrecht")
    assert code == 0 and out.splitlines()[0].split() == ["gemeente", "Dordrecht"]
    assert "meeting_date" not in out and "vergaderdatum" in out
    out = run(capsys, "--lang", "en", "--db", db, "dossier-settings")[1]
    assert "meeting date" in out and "vergaderdatum" not in out
    assert json.loads(run(capsys, "--db", db, "dossier-settings", "--json")[1])["municipality"] == "Dordrecht"


def test_a_members_laptop_does_not_write_the_councils_letter_or_voting_list(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Marked "(griffie)" in the help and greyed out in the window: on a member's laptop the
    letter would name whatever the laptop has (another request date, no kenmerk, today)."""
    assert run(capsys, "--db", db, "owner", "--faction", "VVD", "--member", "Piet")[0] == 0
    for command, name in (("zienswijze", "z.md"), ("stemlijst", "s.csv")):
        fmt = "md" if command == "zienswijze" else "csv"
        code, _, err = run(capsys, "--db", db, command, "--format", fmt, "-o", tmp_path / name)
        assert code == 1 and "Dit maakt de griffie" in err, (command, err)
        assert not (tmp_path / name).exists()
