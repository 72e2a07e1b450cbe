"""The command line, in-process (fast, with capsys) and as a real process (exit codes)."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from raadsviewer import __version__
from raadsviewer.cli import main
from raadsviewer.storage.db import Store
from tests.end_to_end.program import usage_word

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"  # as in tests/conftest.py
ZHZ = SAMPLES / "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt"
WERKGROEP = SAMPLES / "werkgroep-jeugd-overdenkingen-inkoopkader-2020.txt"
GOLD = json.loads((ROOT / "tests" / "gold.json").read_text(encoding="utf-8"))
ZHZ_PRINCIPLES = GOLD["documents"][ZHZ.name]["principles"]

ANNOTATION_KEYS = {
    "id",
    "principle",
    "faction",
    "member",
    "stance",
    "visibility",
    "text",
    "quote",
    "created_at",
    "updated_at",
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "raadsviewer.sqlite"


@pytest.fixture
def cli(db: Path, capsys):
    """Run the CLI in-process: returns (exit code, stdout, stderr)."""

    def run(*args: str | Path) -> tuple[int, str, str]:
        code = main(["--db", str(db), "--lang", "en", *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def loaded(cli):
    assert cli("import", ZHZ, "--role", "framework")[0] == 0
    assert cli("import", WERKGROEP, "--role", "background")[0] == 0
    return cli


def _dump(db: Path, dump):  # type: ignore[no-untyped-def]
    store = Store(db)
    try:
        return dump(store)
    finally:
        store.close()


def test_import_creates_store_and_dossier(cli, db: Path) -> None:
    assert not db.exists()
    code, out, err = cli("import", ZHZ, "--role", "framework")
    assert code == 0, err
    assert db.exists()
    assert "13 principles" in out  # the cli fixture asks for English
    code, out, err = cli("import", WERKGROEP, "--role", "background")
    assert code == 0, err
    assert "0 principles" in out
    code, out, _ = cli("documents", "--json")
    docs = json.loads(out)
    assert [d["source"] for d in docs] == [ZHZ.name, WERKGROEP.name]
    assert [d["role"] for d in docs] == ["framework", "background"]
    assert [d["principles"] for d in docs] == [13, 0]
    assert all(set(d) >= {"id", "title", "role", "source", "sha256", "version", "principles", "sections"} for d in docs)
    code, out, _ = cli("documents")
    assert code == 0 and "framework" in out and "background" in out


class Terminal(io.StringIO):
    """stderr as a terminal shows it (a program asks ``isatty`` before drawing a progress bar)."""

    def isatty(self) -> bool:
        return True


def test_import_shows_progress_on_a_terminal_and_nothing_in_a_script(db: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(db), "import", str(ZHZ), "--role", "framework"]) == 0
    assert "%" not in capsys.readouterr().err  # stderr of a script: clean
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["--db", str(db), "import", str(WERKGROEP), "--role", "background"]) == 0
    shown = [
        int(p) for p in re.findall(r"\r" + re.escape(WERKGROEP.name) + r" \[[#.]{30}\] +(\d+)%", terminal.getvalue())
    ]
    assert shown == sorted(shown) and shown[0] < 50 and shown[-1] == 100, terminal.getvalue()
    assert terminal.getvalue().endswith("100%\n")
    # A refused import ends the bar's line, so the message stands on a line of its own.
    terminal.seek(0), terminal.truncate()
    assert main(["--db", str(db), "import", str(WERKGROEP), "--role", "background"]) == 1
    bar, _, message = terminal.getvalue().partition("\n")
    assert "%" in bar and message.strip() and "%" not in message


def test_principles_json(loaded) -> None:
    code, out, err = loaded("principles", "--json")
    assert code == 0, err
    items = json.loads(out)
    assert len(items) == 13
    assert all(set(item) == {"number", "title", "text", "document"} for item in items)
    assert [[i["number"], i["title"]] for i in items] == ZHZ_PRINCIPLES
    code, out, _ = loaded("documents", "--json")
    framework_title = next(d["title"] for d in json.loads(out) if d["role"] == "framework")
    assert {i["document"] for i in items} == {framework_title}
    assert all(i["text"] and i["title"] in i["text"] for i in items)
    code, out, _ = loaded("principles")
    assert code == 0 and "13. Goed opdrachtgeverschap" in out


def test_annotate_and_list(loaded) -> None:
    code, out, err = loaded(
        "annotate",
        "--principle",
        "3",
        "--faction",
        "GroenLinks",
        "--member",
        "Anna Jansen",
        "--stance",
        "zorg",
        "--text",
        "Hoeveel aanbieders blijven er over?",
    )
    assert code == 0, err
    first = out.strip()
    assert str(uuid.UUID(first)) == first
    code, out, err = loaded(
        "annotate",
        "--principle",
        "3",
        "--faction",
        "VVD",
        "--visibility",
        "prive",
        "--text",
        "Let op de keuzevrijheid.",
        "--quote",
        "behoud  keuzevrijheid",
    )
    assert code == 0, err
    second = out.strip()
    assert str(uuid.UUID(second)) == second and second != first

    code, out, err = loaded("annotations", "--json")
    assert code == 0, err
    items = json.loads(out)
    assert [i["id"] for i in items] == [first, second]
    assert all(set(i) >= ANNOTATION_KEYS for i in items)
    a, b = items
    assert (a["principle"], a["faction"], a["member"], a["stance"], a["visibility"], a["quote"]) == (
        3,
        "GroenLinks",
        "Anna Jansen",
        "zorg",
        "fractie",
        None,
    )
    assert a["text"] == "Hoeveel aanbieders blijven er over?"
    assert (b["principle"], b["faction"], b["stance"], b["visibility"], b["quote"]) == (
        3,
        "VVD",
        "notitie",
        "privé",
        "behoud keuzevrijheid",
    )
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?", a["created_at"])
    assert a["created_at"] == a["updated_at"]

    code, out, _ = loaded("annotations")
    assert code == 0 and "[3] GroenLinks (zorg): Hoeveel aanbieders blijven er over?" in out

    code, out, _ = loaded("factions", "--json")
    assert [f["name"] for f in json.loads(out)] == ["GroenLinks", "VVD"]


def test_faction_add_and_list(cli) -> None:
    code, out, err = cli("faction", "add", "D66", "--seats", "5", "--colour", "#00aa44")
    assert code == 0, err
    assert "D66: 5" in out
    assert cli("faction", "add", "CDA")[0] == 0
    code, out, _ = cli("factions", "--json")
    factions = json.loads(out)
    assert factions[0] == {"name": "CDA", "seats": 0, "colour": factions[0]["colour"]}
    assert factions[1] == {"name": "D66", "seats": 5, "colour": "#00aa44"}
    assert re.fullmatch(r"#[0-9a-fA-F]{6}", factions[0]["colour"])
    code, out, _ = cli("factions")
    assert code == 0 and "D66" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("annotate", "--principle", "99", "--faction", "GL", "--text", "x"),
            "Principle 99 does not exist in this dossier.",
        ),
        (
            ("annotate", "--principle", "1", "--faction", "GL", "--text", "x", "--quote", "tulpenbollen"),
            "The quoted text is not in principle 1",
        ),
        (("annotate", "--principle", "1", "--faction", "GL", "--text", "   "), "An annotation needs text."),
        (
            ("annotate", "--principle", "1", "--faction", "GL", "--text", "x", "--stance", "boos"),
            "Unknown stance 'boos'.",
        ),
        (
            ("annotate", "--principle", "1", "--faction", "GL", "--text", "x", "--visibility", "geheim"),
            "Unknown visibility 'geheim'.",
        ),
        (
            ("annotate", "--principle", "1", "--faction", "GL", "--text", "x", "--dossier", "Elders"),
            "Dossier 'Elders' does not exist.",
        ),
        (("import", SAMPLES / "bestaat-niet.txt", "--role", "background"), "File not found:"),
        (("import", ZHZ, "--role", "framework"), "is already in this dossier"),
        (("faction", "add", "Nieuw", "--colour", "rood"), "'rood' is not a colour"),
        (("faction", "add", "Nieuw", "--seats", "-1"), "The number of seats must be 0 or more"),
    ],
    ids=[
        "principle",
        "quote",
        "empty",
        "stance",
        "visibility",
        "dossier",
        "missing-file",
        "reimport",
        "colour",
        "seats",
    ],
)
def test_errors_exit_1_with_message_and_change_nothing(loaded, db: Path, dump, args, message: str) -> None:
    before = _dump(db, dump)
    code, out, err = loaded(*args)
    assert code == 1
    assert message in err
    assert "Traceback" not in err and out == ""
    assert _dump(db, dump) == before


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02" * 100, b"%PDF-1.4"], ids=["empty", "binary", "pdf"])
def test_bad_file_exit_1(cli, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / ("stuk.pdf" if content.startswith(b"%PDF") else "stuk.txt")
    path.write_bytes(content)
    code, out, err = cli("import", path, "--role", "framework")
    assert code == 1
    assert path.name in err
    assert out == ""


def test_annotations_without_dossier(cli) -> None:
    code, _out, err = cli("annotations", "--json")
    assert code == 1
    assert "There is no dossier yet" in err


def test_dutch_messages(db: Path, capsys) -> None:
    code = main(["--db", str(db), "--lang", "nl", "principles"])
    _out, err = capsys.readouterr()
    assert code == 1 and "Er is nog geen dossier" in err


def test_unusable_store_exit_1_and_untouched(tmp_path: Path, capsys) -> None:
    path = tmp_path / "notities.txt"
    path.write_text("Boodschappen: melk, kaas.\n", encoding="utf-8")
    code = main(["--db", str(path), "--lang", "en", "documents"])
    _out, err = capsys.readouterr()
    assert code == 1 and "cannot be opened" in err
    assert path.read_text(encoding="utf-8") == "Boodschappen: melk, kaas.\n"


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        ("import", str(ZHZ)),  # --role missing
        ("import", str(ZHZ), "--role", "appendix"),
        ("annotate", "--principle", "drie", "--faction", "GL", "--text", "x"),
        ("annotate", "--faction", "GL", "--text", "x"),  # --principle missing
        ("faction",),
        ("--lang", "fr", "documents"),
    ],
)
def test_usage_errors_exit_2(db: Path, capsys, args) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db), *args])
    assert info.value.code == 2
    _out, err = capsys.readouterr()
    # argparse's own words in the user's language (raadsviewer.words.use_for_argparse)
    assert usage_word() in err
    assert not db.exists()


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"raadsviewer {__version__}"


# --- as a real process --------------------------------------------------------------------------


def _run(*args: str | Path, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    prefix = ["--db", str(db), "--lang", "en"] if db is not None else []
    return subprocess.run(
        [sys.executable, "-m", "raadsviewer", *prefix, *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=60,
    )


def test_subprocess_exit_codes(db: Path) -> None:
    version = _run("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"raadsviewer {__version__}"

    imported = _run("import", ZHZ, "--role", "framework", db=db)
    assert imported.returncode == 0, imported.stderr
    assert "13 principles" in imported.stdout  # --lang en

    annotated = _run(
        "annotate", "--principle", "12", "--faction", "SP", "--text", "Eens.", "--quote", "topinkomens", db=db
    )
    assert annotated.returncode == 0, annotated.stderr
    annotation_id = annotated.stdout.strip()
    assert str(uuid.UUID(annotation_id)) == annotation_id

    listed = _run("annotations", "--json", db=db)
    assert listed.returncode == 0, listed.stderr
    items = json.loads(listed.stdout)
    assert [(i["id"], i["principle"], i["quote"]) for i in items] == [(annotation_id, 12, "topinkomens")]

    unknown = _run("annotate", "--principle", "42", "--faction", "SP", "--text", "x", db=db)
    assert unknown.returncode == 1
    assert "Principle 42 does not exist in this dossier." in unknown.stderr
    assert "Traceback" not in unknown.stderr

    usage = _run("annotate", "--faction", "SP", db=db)
    assert usage.returncode == 2
    assert "usage:" in usage.stderr  # --lang en


def test_a_store_emptied_to_0_bytes_is_refused_and_put_back_from_its_backup(db: Path) -> None:
    """A store a sync tool cut to nothing, with backups beside it: each command says so and
    names the command that puts the newest backup back, instead of starting a new, empty store
    (which would hide what was lost); the backups are listed and put back without opening it."""
    assert _run("import", ZHZ, "--role", "framework", db=db).returncode == 0
    backup = _run("backup", db=db)
    assert backup.returncode == 0, backup.stderr
    db.write_bytes(b"")
    for wal in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        wal.unlink(missing_ok=True)

    for command in (["documents"], ["annotations", "--json"], ["check-store"], ["backup"]):
        refused = _run(*command, db=db)
        assert refused.returncode == 1, (command, refused.stdout, refused.stderr)
        assert "is damaged (the file is empty (0 bytes))" in refused.stderr
        assert (
            f"Put the newest good backup back with: raadsviewer --db {db} restore-backup {backup.stdout.strip()}"
            in refused.stderr
        )
        assert "Traceback" not in refused.stderr
        assert db.stat().st_size == 0, command  # not made a new store

    listed = _run("backups", db=db)
    assert listed.returncode == 0 and backup.stdout.strip() in listed.stdout
    assert db.stat().st_size == 0
    restored = _run("restore-backup", backup.stdout.strip(), db=db)
    assert restored.returncode == 0, restored.stderr
    documents = _run("documents", db=db)
    assert documents.returncode == 0 and "13 principles" in documents.stdout, documents.stderr


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "x.sqlite"],
        ["--db=x.sqlite", "--lang=en"],
        ["--lang", "nl", "--db", "y.sqlite", "a.raadspakket", "B.RAADSPAKKET"],
        ["pakket.raadspakket"],
    ],
)
def test_window_arguments_agree_with_the_full_parser(argv: list[str]) -> None:
    """Starting the window skips building the parser of every subcommand; what it reads must be
    what argparse would have read."""
    from raadsviewer.cli import build_parser, window_arguments

    fast = window_arguments(argv)
    assert fast is not None
    packages = [a for a in argv if a.lower().endswith(".raadspakket")]
    full = build_parser().parse_args([a for a in argv if a not in packages])
    assert full.command is None
    assert fast == (full.db, full.lang, packages)


@pytest.mark.parametrize(
    "argv",
    [
        ["annotations", "--json"],  # a subcommand
        ["--help"],
        ["--version"],
        ["--lang", "de"],  # argparse says what is wrong
        ["--db"],  # a missing value
        ["--la", "en"],  # an abbreviation only argparse knows
        ["document.txt"],
    ],
)
def test_window_arguments_leave_the_rest_to_argparse(argv: list[str]) -> None:
    from raadsviewer.cli import window_arguments

    assert window_arguments(argv) is None


def test_a_members_laptop_writes_in_its_owners_name_without_member(loaded) -> None:
    """On a member's laptop, a note, amendment or motie written without ``--member`` is the owner's
    (it was "?", and a privé note of "?" was hidden from the member who wrote it)."""
    code, _out, err = loaded("owner", "--faction", "GroenLinks", "--member", "Anna de Vries")
    assert code == 0, err
    code, out, err = loaded(
        "annotate", "--principle", "2", "--faction", "groenlinks", "--visibility", "prive", "--text", "Eigen notitie."
    )
    assert code == 0, err
    note = out.strip()
    code, out, err = loaded("annotations", "--json")
    assert code == 0, err
    mine = [i for i in json.loads(out) if i["id"] == note]
    assert [(i["member"], i["visibility"]) for i in mine] == [("Anna de Vries", "privé")]
    code, out, err = loaded(
        "amend", "--principle", "2", "--faction", "GroenLinks", "--title", "Scherper", "--operation", "toevoegen",
        "--new", "en snel",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = loaded("amendments", "--json")
    assert [a["member"] for a in json.loads(out)] == ["Anna de Vries"]
    code, out, err = loaded(
        "annotate", "--principle", "2", "--faction", "GroenLinks", "--member", "Piet", "--text", "Van Piet."
    )
    assert code == 0, err
    code, out, err = loaded("annotations", "--json")
    assert sorted(i["member"] for i in json.loads(out)) == ["Anna de Vries", "Piet"]  # a name given is kept
    code, out, err = loaded("factions", "--json")
    assert [f["name"] for f in json.loads(out)] == ["GroenLinks"]  # "groenlinks" was no second faction
