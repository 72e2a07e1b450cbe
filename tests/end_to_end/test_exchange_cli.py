"""The exchange through the command line: exit codes and JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from raadsviewer.cli import main
from tests.services.test_exchange_support import laptop, note, prepare


def run(capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_trust_merge_conflicts_and_keys(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    prepared = prepare(tmp_path)
    g = laptop(prepared, tmp_path / "g.sqlite")
    note(g, "Groen", "via de opdrachtregel")
    g.close()
    laptop(prepared, tmp_path / "clerk.sqlite").close()
    laptop(prepared, tmp_path / "g2.sqlite").close()
    gdb, cdb, g2db = tmp_path / "g.sqlite", tmp_path / "clerk.sqlite", tmp_path / "g2.sqlite"
    pkg = tmp_path / "groen.raadspakket"
    code, _, err = run(capsys, "--db", gdb, "export-package", "--faction", "Groen", "--member", "Gea", "-o", pkg)
    assert code == 0 and "nog geen sleutel van Groen" in err  # a key made: said, with what to do
    code, _, err = run(capsys, "--db", gdb, "export-package", "--faction", "Groen", "-o", tmp_path / "2.raadspakket")
    assert code == 0 and "nog geen sleutel" not in err
    code, out, _ = run(capsys, "--db", cdb, "merge", pkg, "--json")
    assert code == 1 and json.loads(out)[0]["refused"] and json.loads(out)[0]["code"] == "package_unknown_key"
    assert run(capsys, "--db", gdb, "faction-key", "export", "--faction", "Groen", "-o", tmp_path / "g.pub")[0] == 0
    fp = run(capsys, "--db", gdb, "faction-key", "fingerprint", "--faction", "Groen")[1].strip()
    assert len(fp.split()) == 6 and all(len(p) == 5 and p.isdigit() for p in fp.split())  # as the griffie's
    # trusted only once compared: first the fingerprint is shown, nothing trusted
    code, out, err = run(capsys, "--db", cdb, "faction-key", "trust", tmp_path / "g.pub")
    assert code != 0 and fp in err and "--fingerprint" in err
    assert run(capsys, "--db", cdb, "merge", pkg, "--dry-run", "--json")[0] == 1  # still unknown
    code, _, err = run(capsys, "--db", cdb, "faction-key", "trust", tmp_path / "g.pub", "--fingerprint", "12345 " * 6)
    assert code != 0 and "niet de vergeleken" in err
    code, out, _ = run(capsys, "--db", cdb, "faction-key", "trust", tmp_path / "g.pub", "--fingerprint", fp)
    assert code == 0 and out.strip() == f"Groen: {fp}"
    code, out, _ = run(capsys, "--db", cdb, "merge", pkg, "--dry-run", "--json")
    assert code == 0 and json.loads(out)[0]["status"] == "would_merge" and json.loads(out)[0]["new"] == 1
    out = run(capsys, "--db", cdb, "merge", pkg, "--dry-run")[1]  # in words, not the codes
    assert f"{pkg}: wordt samengevoegd (Groen): nieuw 1, bijgewerkt 0" in out and "would_merge" not in out
    out = run(capsys, "--db", cdb, "--lang", "en", "merge", pkg, "--dry-run")[1]
    assert f"{pkg}: will be merged (Groen): new 1, updated 0, unchanged 0; of which in conflict 0" in out
    code, out, _ = run(capsys, "--db", cdb, "merge", pkg, "--json")
    [r] = json.loads(out)
    assert code == 0 and (r["faction"], r["new"], r["updated"], r["unchanged"], r["conflicts"], r["refused"]) == (
        "Groen",
        1,
        0,
        0,
        0,
        False,
    )
    code, out, _ = run(capsys, "--db", cdb, "merge", pkg, "--json")
    assert json.loads(out)[0]["status"] == "already_merged"
    code, out, _ = run(capsys, "--db", cdb, "conflicts", "--json")
    assert code == 0 and json.loads(out) == []
    secret, pw = tmp_path / "groen.key", tmp_path / "pw.txt"
    pw.write_text("een lang wachtwoord\n", encoding="utf-8")
    assert (
        run(
            capsys,
            "--db",
            gdb,
            "faction-key",
            "export-secret",
            "--faction",
            "Groen",
            "-o",
            secret,
            "--passphrase-file",
            pw,
        )[0]
        == 0
    )
    # the colleague's laptop made a key of its own first (saying so): the import says what to do
    code, _, err = run(capsys, "--db", g2db, "faction-key", "export", "--faction", "Groen", "-o", tmp_path / "2.pub")
    assert code == 0 and "nog geen sleutel van Groen" in err and "--replace" in err
    code, _, err = run(capsys, "--db", g2db, "faction-key", "import-secret", secret, "--passphrase-file", pw)
    assert code != 0 and "eigen sleutel" in err and fp in err and "--replace" in err
    code, out, _ = run(
        capsys, "--db", g2db, "faction-key", "import-secret", secret, "--passphrase-file", pw, "--replace"
    )
    assert code == 0 and out.strip() == f"Groen: {fp}"
    assert run(capsys, "--db", g2db, "faction-key", "fingerprint", "--faction", "Groen")[1].strip() == fp
    code, _out, err = run(capsys, "--db", cdb, "merge", tmp_path / "missing.raadspakket")
    assert code == 1 and err
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(cdb), "faction-key"])
    assert exit_.value.code == 2


def test_merge_log_undo_and_resolve_from_the_command_line(tmp_path: Path, capsys, dump) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.services import annotations as ann
    from raadsviewer.storage.db import Store
    from tests.services.test_exchange_support import two_versions

    prepared = prepare(tmp_path)
    g1, g2, clerk, note_id = two_versions(prepared, tmp_path)
    for s in (g1, g2, clerk):
        s.close()
    cdb = tmp_path / "clerk.sqlite"
    assert run(capsys, "--db", cdb, "merge", tmp_path / "one.raadspakket")[0] == 0
    before_two = _dump(dump, cdb)
    assert run(capsys, "--db", cdb, "merge", tmp_path / "two.raadspakket")[0] == 0

    code, out, _ = run(capsys, "--db", cdb, "merge-log", "--json")
    log = json.loads(out)
    assert code == 0 and [(e["ordinal"], e["member"], e["conflicts"]) for e in log] == [(1, "Gea", 0), (2, "Gijs", 1)]
    code, out, _ = run(capsys, "--db", cdb, "merge-log")
    assert code == 0 and out.splitlines()[1].startswith("2. ") and "Gijs" in out
    # the moment as the window shows one, not ISO text ("2026-12-03T07:12:05")
    assert re.match(r"2\. \d\d-\d\d-\d{4} \d\d:\d\d Groen ", out.splitlines()[1]), out

    code, out, _ = run(capsys, "--db", cdb, "undo-merge")
    assert code == 0 and out.startswith("samenvoeging 2 teruggedraaid")
    assert _dump(dump, cdb) == before_two  # exactly as before the second merge
    assert run(capsys, "--db", cdb, "merge", tmp_path / "two.raadspakket")[0] == 0

    code, out, _ = run(capsys, "--db", cdb, "conflicts", "--json")
    [conflict] = json.loads(out)
    assert conflict["item_id"] == note_id
    code, out, _ = run(capsys, "--db", cdb, "conflicts")  # in words: "annotatie", not "annotation"
    assert code == 0 and out.startswith("annotatie ") and note_id in out and "2 versies" in out
    code, out, _ = run(capsys, "--db", cdb, "--lang", "en", "conflicts")
    assert code == 0 and out.startswith("annotation ")
    code, _out, err = run(capsys, "--db", cdb, "resolve", note_id, "--keep", "not-a-head")
    assert code == 1 and err.strip()  # refused with a message, nothing written
    code, out, _ = run(capsys, "--db", cdb, "resolve", note_id, "--body", "samen: Gea en Gijs")
    assert code == 0 and out.startswith(f"Conflict opgelost: {note_id} heeft nu de versie ")  # (was a bare hash)
    assert json.loads(run(capsys, "--db", cdb, "conflicts", "--json")[1]) == []
    store = Store(cdb)
    assert ann.get_annotation(store, note_id).body == "samen: Gea en Gijs"
    store.close()
    code, _out, err = run(capsys, "--db", cdb, "undo-merge")
    assert code == 1 and err.strip()  # the resolution builds on the last merge


def _dump(dump, path: Path):  # type: ignore[no-untyped-def]
    from raadsviewer.storage.db import Store

    store = Store(path)
    try:
        return dump(store)
    finally:
        store.close()


def test_a_secret_key_asked_for_without_a_terminal_says_how_to_give_its_password(tmp_path: Path) -> None:
    """From a script (no terminal to type on) export-secret and import-secret without
    --passphrase-file say what to give, with exit status 2; they ended in a traceback."""
    import subprocess
    import sys

    prepared = prepare(tmp_path)
    laptop(prepared, tmp_path / "g.sqlite").close()
    db = str(tmp_path / "g.sqlite")
    for command in (
        ["faction-key", "export-secret", "--faction", "Groen", "-o", str(tmp_path / "groen.key")],
        ["faction-key", "import-secret", str(tmp_path / "groen.key")],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "raadsviewer", "--db", db, *command],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2, done.stderr
        assert "--passphrase-file" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "groen.key").exists()


def test_an_export_named_as_the_store_itself_is_refused_and_the_store_kept(tmp_path: Path) -> None:
    """A package or a draft saved under the store's own name (or into its backups folder) made the
    store a zip or a Markdown file, with status 0. Now it is refused in words and the store is
    byte for byte what it was."""
    import subprocess
    import sys

    prepared = prepare(tmp_path)
    laptop(prepared, tmp_path / "g.sqlite").close()
    db = tmp_path / "g.sqlite"
    before = db.read_bytes()
    for command in (
        ["export-package", "--faction", "Groen", "--member", "Gea", "-o", str(db)],
        ["draft", "-o", str(db), "--format", "md"],
        ["draft", "-o", str(tmp_path / "backups" / "x.md"), "--format", "md"],
    ):
        (tmp_path / "backups").mkdir(exist_ok=True)
        done = subprocess.run(
            [sys.executable, "-m", "raadsviewer", "--db", str(db), *command],
            capture_output=True,
            text=True,
            timeout=120,
            env={**__import__("os").environ, "LANG": "nl_NL.UTF-8"},
        )
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        assert "opslag waarin u werkt" in done.stderr or "store you are working in" in done.stderr, done.stderr
    assert db.read_bytes() == before


def test_merge_says_when_notes_lost_the_passage_they_quote(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A member quotes a passage of a document only their laptop has: merged at the griffie, the
    note stands without its quote, and the command says so (before, only --json told)."""
    from raadsviewer.domain.model import AnnotationDraft, DocumentRole, Stance, Visibility
    from raadsviewer.services import annotations, documents
    from tests.services.test_exchange_support import dossier_id, trust

    prepared = prepare(tmp_path)
    g, clerk = laptop(prepared, tmp_path / "g.sqlite"), laptop(prepared, tmp_path / "clerk.sqlite")
    extra = tmp_path / "eigen-notitie.txt"
    extra.write_text("Eigen notitie\n\nDe wachttijden in onze gemeente zijn het langst van de regio.\n", "utf-8")
    doc = documents.import_document(g, extra, role=DocumentRole.BACKGROUND).document
    annotations.add_annotation(
        g,
        dossier_id=dossier_id(g),
        faction="Groen",
        member="Gea",
        draft=AnnotationDraft("Dit moet in de zienswijze", Stance.ZORG, Visibility.GRIFFIE),
        quote="De wachttijden in onze gemeente",
        document_id=doc.id,
    )
    trust(g, clerk, "Groen", tmp_path)
    g.close(), clerk.close()
    pkg = tmp_path / "groen.raadspakket"
    assert run(capsys, "--db", tmp_path / "g.sqlite", "export-package", "--faction", "Groen", "-o", pkg)[0] == 0
    code, out, err = run(capsys, "--db", tmp_path / "clerk.sqlite", "merge", pkg)
    assert code == 0 and "samengevoegd (Groen): nieuw 1" in out
    assert "eigen-notitie" in err.lower() or "Eigen notitie" in err
    assert "documentversie die hier ontbreekt" in err and "1 items niet teruggevonden in de tekst" in err


def test_the_same_package_listed_twice_is_said_so_in_the_preview(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """The preview merged the first and then called the second "merged before", though nothing
    was merged yet: it is the same package twice in the list, merged once."""
    from tests.services.test_exchange_support import trust

    prepared = prepare(tmp_path)
    g, clerk = laptop(prepared, tmp_path / "g.sqlite"), laptop(prepared, tmp_path / "clerk.sqlite")
    note(g, "Groen", "Twee keer in de lijst")
    trust(g, clerk, "Groen", tmp_path)
    g.close(), clerk.close()
    pkg = tmp_path / "groen.raadspakket"
    assert run(capsys, "--db", tmp_path / "g.sqlite", "export-package", "--faction", "Groen", "-o", pkg)[0] == 0
    code, out, _ = run(capsys, "--db", tmp_path / "clerk.sqlite", "merge", pkg, pkg, "--dry-run", "--json")
    assert code == 0 and [r["status"] for r in json.loads(out)] == ["would_merge", "listed_twice"]
    out = run(capsys, "--db", tmp_path / "clerk.sqlite", "merge", pkg, pkg, "--dry-run")[1]
    assert "staat twee keer in de lijst" in out and "al eerder" not in out
