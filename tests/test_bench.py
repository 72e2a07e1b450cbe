"""The measuring instrument keeps working: `make bench`'s smallest run, end to end, and the stores
it generates are what the program itself would have written.

Nothing here is timed or compared with a target (timings belong to `make bench`, not to tests):
the run may report missed targets, but every figure must be measured and printed.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bench import corpus
from tests.bench.profiles import FIGURES, PROFILES
from tests.bench.runner import HEADER
from tests.bench.stores import Stores, check_store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Stores:
    return Stores(tmp_path_factory.mktemp("bench-stores"), log=lambda _message: None)


def _bench(
    generated: Stores, out: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.bench", "--profile", "tiny", "--cache", str(generated.dir.parent)]
        + ["--out", str(out), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def _server_can_start() -> bool:
    """Whether the bench can start PostgreSQL here, by the same rules as the test suite's server."""
    from tests.postgres import Unavailable, find_bindir

    if os.environ.get("RAADSVIEWER_TEST_POSTGRESQL", "1") == "0":
        return False
    try:
        find_bindir()
    except Unavailable:
        return False
    return True


def _server_rows(rows: list[dict[str, object]]) -> None:
    """Search and merge have a row on PostgreSQL for every size they have on SQLite."""
    for figure in ("search p95", "merge"):
        on_file = [r["n"] for r in rows if r["figure"] == figure and not r["store"]]
        on_server = [r for r in rows if r["figure"] == figure and r["store"] == "PostgreSQL"]
        assert on_file and [r["n"].split(" (")[0] for r in on_server] == [n.split(" (")[0] for n in on_file], figure  # type: ignore[union-attr]


def test_the_smallest_bench_run_measures_every_figure(generated: Stores, tmp_path: Path) -> None:
    out = tmp_path / "bench.md"
    done = _bench(generated, out)
    assert done.returncode in (0, 1), done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    rows = report["rows"]
    assert [r for r in rows if r["error"]] == [], done.stderr[-3000:]
    # search and merge also on the run's PostgreSQL server: measured where one can be started
    _server_rows(rows)
    server_rows = [r for r in rows if r["store"] == "PostgreSQL"]
    if _server_can_start():
        assert [r for r in rows if r["skipped"]] == [], done.stdout[-3000:]
        assert all(
            r["baseline_name"] in ("raw tsvector query underneath", "psycopg executemany of the same rows")
            for r in server_rows
        )
    else:
        assert all(r["skipped"].startswith("no PostgreSQL (") for r in server_rows)
        rows = [r for r in rows if not r["skipped"]]
    assert all(value is not None for value in report["load_average"]["start"])
    # every figure of the profile is there, each point of each curve measured
    names = {r["figure"] for r in rows}
    for expected in ("first paint", "first switch, GUI thread", "switch p95, GUI thread", "search p95", "merge"):
        assert expected in names
    for expected in ("GUI stall while merging", "draft export DOCX", "window memory (RSS)", "import framework"):
        assert expected in names
    assert {"import text file", "import text file, peak RSS"} <= names
    for row in rows:
        assert row["value"]["value"] > 0 and row["value"]["low"] <= row["value"]["value"] <= row["value"]["high"]
        if row["target"] is not None:
            assert row["baseline"]["value"] > 0 and row["ratio"] > 0
            assert row["verdict"] in ("ok", "MISSED")
    assert done.returncode == (1 if any(r["verdict"] == "MISSED" for r in rows) else 0)
    if any(r["store"] == "PostgreSQL" and not r["skipped"] for r in rows):
        assert "- PostgreSQL: 1" in out.read_text(encoding="utf-8")  # the server's version in the header
    # the same rows as a table, on the screen and in the file, with the load average
    text = out.read_text(encoding="utf-8")
    assert "load average at start" in text and "load average at end" in text
    table = [line for line in text.splitlines() if line.startswith("| ")]
    assert table[0] == "| " + " | ".join(HEADER) + " |"
    assert len(table) == 1 + len(report["rows"])
    assert any(line.startswith("| search p95, ms (PostgreSQL) | ") for line in table)
    assert any(line.startswith("| merge, s (PostgreSQL) | ") for line in table)
    assert all(line.count(" | ") == len(HEADER) - 1 for line in table)
    assert table[1] in done.stdout


def test_without_a_server_the_server_rows_say_why(generated: Stores, tmp_path: Path) -> None:
    out = tmp_path / "bench.md"
    done = _bench(generated, out, "--only", "search", "merge", env={**os.environ, "RAADSVIEWER_TEST_POSTGRESQL": "0"})
    assert done.returncode in (0, 1), done.stdout[-3000:] + done.stderr[-3000:]
    rows = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["rows"]
    _server_rows(rows)
    server_rows = [r for r in rows if r["store"] == "PostgreSQL"]
    assert all(r["verdict"] == "skipped: no PostgreSQL (RAADSVIEWER_TEST_POSTGRESQL=0)" for r in server_rows)
    assert all(r["value"] is not None for r in rows if not r["store"])  # the SQLite rows are measured as ever
    # a skipped row is shown and fails nothing: the exit status is that of the measured rows
    assert done.returncode == (1 if any(r["verdict"] in ("MISSED", "ERROR") for r in rows) else 0)
    table = [
        line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("| search p95, ms (Postg")
    ]
    assert table and all(line.endswith("| skipped: no PostgreSQL (RAADSVIEWER_TEST_POSTGRESQL=0) |") for line in table)
    assert "- PostgreSQL: none, its rows are skipped (RAADSVIEWER_TEST_POSTGRESQL=0)" in done.stdout


@pytest.mark.postgresql
def test_a_generated_store_loaded_into_the_server_is_the_same_store(generated: Stores, postgres) -> None:  # type: ignore[no-untyped-def]
    """What the bench measures on the server is the store it measures on the file: every row
    with its ids, and a search index with the same units."""
    from sqlalchemy import create_engine, select

    from raadsviewer.storage.db import Store
    from raadsviewer.storage.models import Base
    from tests.bench import server

    source = generated.store("docs-3-notes-50")
    database = "bench_load_test"
    server.load(source, postgres, database)
    target = Store(postgres.url(database))
    reading = create_engine(f"sqlite:///{source}")
    try:
        with reading.connect() as src, target.engine.connect() as dst:
            for table in Base.metadata.sorted_tables:
                if table.name in ("store_setting", "search_text"):
                    continue
                columns = [c for c in table.columns if table.name != "search_unit" or c.name != "id"]
                on_file = sorted(map(tuple, src.execute(select(*columns))), key=repr)
                on_server = sorted(map(tuple, dst.execute(select(*columns))), key=repr)
                assert on_server == on_file, table.name
            assert dst.execute(select(Base.metadata.tables["annotation"]).limit(1)).first() is not None
    finally:
        reading.dispose()
        target.close()
        postgres.drop_database(database)


def test_every_figure_has_its_sizes_in_every_profile() -> None:
    for profile in PROFILES.values():
        assert set(profile) == set(FIGURES)
        for figure in FIGURES:
            assert set(profile[figure]) == set(PROFILES["full"][figure])


def test_generated_stores_are_what_the_services_write(generated: Stores) -> None:
    for name in ("docs-3", "notes-50", "docs-3-notes-50", "draft-0p-5a", "draft-12p-20a"):
        assert check_store(generated.store(name)) == [], name
    conn = sqlite3.connect(generated.store("docs-3-notes-50"))
    try:
        documents = conn.execute("SELECT count(*), count(DISTINCT sha256) FROM document").fetchone()
        annotations = conn.execute(
            "SELECT count(*), count(DISTINCT body), sum(quote IS NOT NULL), count(DISTINCT faction_id) FROM annotation"
        ).fetchone()
        revisions = conn.execute("SELECT count(*) FROM annotation_revision").fetchone()[0]
    finally:
        conn.close()
    assert documents == (6, 6)  # the sample's three and three generated, none of them the same text
    count, bodies, quoted, factions = annotations
    assert count == bodies == 50 and quoted > 0 and factions > 1
    assert revisions > count  # some were edited or deleted, as on a faction's laptop


def test_the_store_check_finds_what_is_wrong(generated: Stores, tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    shutil.copyfile(generated.store("notes-50"), broken)
    conn = sqlite3.connect(broken)
    conn.execute("UPDATE annotation SET body = body || ' (anders)' WHERE rowid = 3")
    conn.execute(  # another annotation's revision (the first of all could be this one's own current one)
        "UPDATE annotation SET revision_id = (SELECT min(r.id) FROM annotation_revision r "
        "WHERE r.annotation_id <> annotation.id) WHERE rowid = 4"
    )
    conn.commit()
    conn.close()
    problems = check_store(broken)
    assert any("differs from its revision" in p for p in problems)
    assert any("not its current revision" in p for p in problems)


def test_generated_texts_are_all_different_and_stay_the_same() -> None:
    first = [corpus.background_document(n) for n in range(40)]
    assert len({d.text for d in first}) == 40 and len({d.name for d in first}) == 40
    assert [d.text for d in first[:3]] == [corpus.background_document(n).text for n in range(3)]
    framework = corpus.framework_text(30, pages=120)
    assert framework.count("pagina") >= 100 and "\n30. " in framework
    assert len(corpus.text_file(0.5)) == 500_000


def test_reader_fingerprints_change_with_any_part_of_what_reading_yields() -> None:
    from dataclasses import replace

    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.domain.reading import read_document
    from tests.bench import fingerprints

    data = (ROOT / "resources" / "samples" / "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt").read_bytes()
    parsed = read_document(data, name="zhz.txt", role=DocumentRole.FRAMEWORK)
    assert fingerprints.fingerprint(data) == fingerprints.fingerprint(data)
    first = parsed.candidates[0]
    variants = [
        replace(parsed, title=parsed.title + "."),
        replace(parsed, blocks=(parsed.blocks[0]._replace(level=parsed.blocks[0].level + 1), *parsed.blocks[1:])),
        replace(parsed, principles=parsed.principles[:-1]),
        replace(parsed, candidates=(replace(first, confidence=first.confidence / 2), *parsed.candidates[1:])),
        replace(parsed, sections=parsed.sections[1:]),
        replace(parsed, facts={**parsed.facts, "date": "1999-01-01"}),
        replace(parsed, warnings=("check_principles",)),
    ]
    seen = {fingerprints._canonical(parsed)}
    for variant in variants:
        seen.add(fingerprints._canonical(variant))
    assert len(seen) == len(variants) + 1
    assert fingerprints.fingerprint(b"\x00\x01binary").startswith("error binary_file")
