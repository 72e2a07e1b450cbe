"""The measuring instrument keeps working: `make bench`'s smallest run, end to end, and the stores
it generates are what the program itself would have written.

Nothing here is timed or compared with a target (timings belong to `make bench`, not to tests):
the run may report missed targets, but every figure must be measured and printed.
"""

from __future__ import annotations

import json
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


def test_the_smallest_bench_run_measures_every_figure(generated: Stores, tmp_path: Path) -> None:
    out = tmp_path / "bench.md"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.bench",
            "--profile",
            "tiny",
            "--cache",
            str(generated.dir.parent),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    rows = report["rows"]
    assert [r for r in rows if r["error"]] == [], done.stderr[-3000:]
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
    # the same rows as a table, on the screen and in the file, with the load average
    text = out.read_text(encoding="utf-8")
    assert "load average at start" in text and "load average at end" in text
    table = [line for line in text.splitlines() if line.startswith("| ")]
    assert table[0] == "| " + " | ".join(HEADER) + " |"
    assert len(table) == 1 + len(rows)
    assert all(line.count(" | ") == len(HEADER) - 1 for line in table)
    assert table[1] in done.stdout


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
    conn.execute("UPDATE annotation SET revision_id = (SELECT min(id) FROM annotation_revision) WHERE rowid = 4")
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
