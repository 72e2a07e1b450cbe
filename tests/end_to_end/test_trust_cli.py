"""Roles, the griffie's dossier, audiences and key checks through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from raadsviewer.cli import main
from raadsviewer.storage import safety
from raadsviewer.storage.db import Store
from tests.bounds import bounded
from tests.conftest import SAMPLES, dump_tables


def run(capsys, *args: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def dump_file(path: Path) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    store = Store(path)
    try:
        return dump_tables(store)
    finally:
        store.close()


def refused(capsys, path: Path, what: str, *args: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    """A command that must be refused: within its bounds, the store at ``path`` unchanged."""
    before = dump_file(path)
    with bounded(5, 30, what):
        code, out, err = run(capsys, *args)
    assert code == 1, (out, err)
    assert dump_file(path) == before, f"{what}: the store changed"
    return code, out, err


def test_the_griffie_and_a_laptop_from_the_command_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    gdb, ldb = tmp_path / "griffie.sqlite", tmp_path / "laptop.sqlite"
    assert json.loads(run(capsys, "--db", gdb, "owner", "--json")[1]) == {
        "role": "griffie",
        "faction": None,
        "member": None,
        "set": False,
    }
    assert run(capsys, "--db", gdb, "owner", "--griffie")[0] == 0
    zhz = SAMPLES / "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt"
    assert run(capsys, "--db", gdb, "import", zhz, "--role", "framework", "--dossier", "Jeugdhulp")[0] == 0
    assert run(capsys, "--db", gdb, "faction", "add", "GroenLinks", "--seats", "6")[0] == 0
    dossier = tmp_path / "jeugdhulp.raadsdossier"
    code, out, _ = run(capsys, "--db", gdb, "export-dossier", "-o", dossier, "--json")
    exported = json.loads(out)
    assert code == 0 and exported["sequence"] == 1
    fingerprint = exported["fingerprint"]
    # The laptop: the first import needs the fingerprint, compared by phone.
    Store(ldb).close()
    code, _, err = refused(capsys, ldb, "a dossier without its fingerprint", "--db", ldb, "import-dossier", dossier)
    assert code == 1 and fingerprint in err and "--trust-fingerprint" in err
    code, out, _ = run(capsys, "--db", ldb, "import-dossier", dossier, "--trust-fingerprint", fingerprint, "--json")
    assert code == 0 and json.loads(out)["first_trust"] and json.loads(out)["documents"] == 1
    assert run(capsys, "--db", ldb, "owner", "--faction", "GroenLinks", "--member", "Anna de Vries")[0] == 0
    assert json.loads(run(capsys, "--db", ldb, "owner", "--json")[1])["faction"] == "GroenLinks"
    # A faction laptop cannot decide.
    args = ("--principle", "7", "--faction", "GroenLinks", "--member", "Anna de Vries", "--operation", "vervangen")
    code, out, _ = run(
        capsys, "--db", ldb, "amend", *args, "--old", "Versterken toegangstaak", "--new", "Meer", "--title", "T"
    )
    assert code == 0 and out.strip() == "GL-1"
    code, _, err = refused(
        capsys,
        ldb,
        "adopting on a laptop",
        "--db",
        ldb,
        "set-status",
        "GL-1",
        "aangenomen",
        "--votes",
        "GroenLinks=voor",
    )
    assert code == 1 and "griffie" in err
    assert run(capsys, "--db", ldb, "set-status", "GL-1", "ingediend")[0] == 0
    run(
        capsys,
        "--db",
        ldb,
        "annotate",
        "--principle",
        "7",
        "--faction",
        "GroenLinks",
        "--member",
        "Anna de Vries",
        "--text",
        "intern",
        "--visibility",
        "fractie",
    )
    run(
        capsys,
        "--db",
        ldb,
        "annotate",
        "--principle",
        "7",
        "--faction",
        "GroenLinks",
        "--member",
        "Anna de Vries",
        "--text",
        "voor de griffie",
        "--visibility",
        "griffie",
    )
    pkg = tmp_path / "gl.raadspakket"
    code, out, _ = run(
        capsys, "--db", ldb, "export-package", "--faction", "GroenLinks", "--for", "griffie", "-o", pkg, "--json"
    )
    summary = json.loads(out)
    assert (
        code == 0
        and summary["sealed_to"] == "griffie"
        and summary["annotations"] == {"fractie": 0, "griffie": 1, "openbaar": 0}
    )
    assert b"voor de griffie" not in pkg.read_bytes()
    # The griffie: trust the key, merge (with a backup first), number A1, untrust.
    pub = tmp_path / "gl.pub"
    assert run(capsys, "--db", ldb, "faction-key", "export", "--faction", "GroenLinks", "-o", pub)[0] == 0
    fp = run(capsys, "--db", ldb, "faction-key", "fingerprint", "--faction", "GroenLinks")[1].strip()
    assert run(capsys, "--db", gdb, "faction-key", "trust", pub, "--fingerprint", fp)[0] == 0
    code, out, _ = run(capsys, "--db", gdb, "merge", pkg, "--json")
    [report] = json.loads(out)
    assert code == 0 and report["new"] == 2 and report["numbered"] == ["A1"] and report["sealed_to"] == "griffie"
    assert [b.reason for b in safety.list_backups(gdb)] == ["merge"]
    code, out, _ = run(capsys, "--db", gdb, "annotations", "--json")
    assert [a["text"] for a in json.loads(out)] == ["voor de griffie"]
    assert run(capsys, "--db", gdb, "faction-key", "untrust", "--faction", "GroenLinks")[0] == 0
    pkg2 = tmp_path / "gl2.raadspakket"
    assert run(capsys, "--db", ldb, "export-package", "--faction", "GroenLinks", "-o", pkg2)[0] == 0
    code, out, _ = refused(capsys, gdb, "a merge signed by an untrusted key", "--db", gdb, "merge", pkg2, "--json")
    assert code == 1 and json.loads(out)[0]["code"] == "key_untrusted"
    # Back on the laptop: the numbered dossier.
    dossier2 = tmp_path / "jeugdhulp-2.raadsdossier"
    assert run(capsys, "--db", gdb, "export-dossier", "-o", dossier2)[0] == 0
    assert run(capsys, "--db", ldb, "import-dossier", dossier2)[0] == 0
    code, out, _ = run(capsys, "--db", ldb, "amendments", "--json")
    assert [a["number"] for a in json.loads(out)] == ["A1"]


def test_names_with_hidden_characters_are_refused_naming_the_problem(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "s.sqlite"
    Store(db).close()
    code, _, err = refused(capsys, db, "a bidi name", "--db", db, "--lang", "en", "faction", "add", "Groen\u202eLinks")
    assert code == 1 and "U+202E" in err and "reading direction" in err
    args = ("--db", db, "--lang", "en", "owner", "--faction", "Groen", "--member", "A\u200bnna")
    code, _, err = refused(capsys, db, "a zero-width name", *args)
    assert code == 1 and "U+200B" in err and "invisible" in err
