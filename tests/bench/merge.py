"""The clerk's merge of a faction package with 1,000, 5,000 and 20,000 annotations.

* Merge time: ``services.exchange.merge_packages`` on a copy of the clerk's store (reading and
  checking the signed package, then writing rows, revisions and the merge log in one
  transaction), against a raw ``executemany`` of the same annotation and revision rows with the
  store's own pragmas (WAL, synchronous=FULL, foreign keys) into another copy. Both are timed
  equally often, in turn. Target: at most 3x.
* The same on the run's PostgreSQL server (``tests.bench.server``): the clerk's store copied row
  for row into a database (the same ids, so the same package merges; its search index rebuilt
  by the program), each run
  merging into a fresh copy of it (``CREATE DATABASE ... TEMPLATE``, not timed), against a
  psycopg ``executemany`` of the same rows into another copy, in one transaction (the server
  checks foreign keys always). Target: at most 3x.
* GUI stall: the window merges the package the way the clerk does it (the merge dialog's merge:
  a backup, the merge in the thread pool, the window reloading what came in, also off the GUI
  thread) while a 5 ms timer on the GUI thread records the longest gap between its ticks, until
  the window has settled. The baseline is the same window, idle, for as long. Target: under
  100 ms. Opening the merge dialog (its dry-run preview, on the GUI thread) is timed beside it,
  for comparison.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from tests.bench import corpus as C
from tests.bench import gui
from tests.bench import server as S
from tests.bench.runner import Row, Summary, below, interleave, ratio_at_most, skipped
from tests.bench.stores import Stores, annotation_context, annotation_revisions, package_bytes, working_copy
from tests.postgres import Client, Unavailable

NAME = "merge"
NAME_STALL = "GUI stall while merging"
NAME_PREVIEW = "opening the merge preview, GUI thread"
LIMIT = 3.0
STALL_LIMIT_MS = 100.0
FACTION = "VVD"


def stores(sizes: dict[str, Any]) -> list[str]:
    return ["clerk"]


def package(store_set: Stores, items: int) -> Path:
    """A package of ``items`` annotations of one faction (with their edits and tombstones, as an
    export carries them), cached beside the stores."""

    def make() -> bytes:
        from raadsviewer.storage.db import Store

        store = Store(store_set.store("clerk"))
        try:
            context = annotation_context(store, salt="merge")
        finally:
            store.close()
        revisions = []
        for index in range(items):
            plan = C.annotation_plan(index, len(context["principles"]))
            shared = "fractie" if plan.visibility == "privé" else plan.visibility  # a package never carries privé
            plan = dataclasses.replace(plan, faction=FACTION, visibility=shared)
            revisions += annotation_revisions(plan, context)
        return package_bytes(context, FACTION, store_set.signing_keys()[FACTION], revisions, sequence=1)

    return store_set.file(f"merge-{items}.raadspakket", make)


def prepare(sizes: dict[str, Any], store_set: Stores) -> None:
    for n in sorted({*sizes["items"], *sizes["stall_items"]}):
        package(store_set, n)


def _rows_of(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The annotation rows (each item's last revision) and revision rows a merge writes."""
    from raadsviewer.domain import package as P

    pkg = P.read(path.read_bytes())
    current: dict[str, Any] = {}
    revisions = []
    for rev in pkg.annotations:
        c = rev.content
        current[rev.item_id] = rev
        revisions.append(
            (
                rev.id,
                rev.item_id,
                rev.parents[0] if rev.parents else None,
                c["version"],
                c["faction_id"],
                json.dumps(c, ensure_ascii=False, sort_keys=True),
                c["updated_at"].replace("T", " "),
            )
        )
    annotations = [
        (
            item,
            c["dossier_id"],
            c["faction_id"],
            c["author"],
            c["principle_id"],
            c["document_id"],
            c["quote"],
            c["quote_prefix"],
            c["quote_suffix"],
            c["quote_start"],
            c["quote_end"],
            c["stance"],
            c["visibility"],
            c["body"],
            int(c["include_in_draft"]),
            c["created_at"].replace("T", " "),
            c["updated_at"].replace("T", " "),
            c["version"],
            rev.id,
            int(c["deleted"]),
        )
        for item, rev in current.items()
        for c in (rev.content,)
    ]
    return annotations, revisions


def _baseline(path: Path, annotations: list[tuple[Any, ...]], revisions: list[tuple[Any, ...]]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO annotation (id, dossier_id, faction_id, author, principle_id, document_id, quote, "
            "quote_prefix, quote_suffix, quote_start, quote_end, stance, visibility, body, include_in_draft, "
            "created_at, updated_at, version, revision_id, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            annotations,
        )
        conn.executemany(
            "INSERT INTO annotation_revision (id, annotation_id, parent_id, version, faction_id, content_json, "
            "created_at) VALUES (?,?,?,?,?,?,?)",
            revisions,
        )
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def _merge(sizes: dict[str, Any], store_set: Stores, work: Path, log: Any) -> list[Row]:
    from raadsviewer.services.exchange import merge_packages
    from raadsviewer.storage.db import Store

    clerk = store_set.store("clerk")
    rows = []
    for n in sizes["items"]:
        path = package(store_set, n)
        annotations, revisions = _rows_of(path)
        counter = iter(range(10**6))

        def program(path: Path = path, n: int = n, counter: Any = counter) -> float:
            copy = working_copy(clerk, work / f"merge-{n}-{next(counter)}")
            store = Store(copy)
            try:
                started = time.perf_counter()
                reports = merge_packages(store, [path])
                elapsed = time.perf_counter() - started
            finally:
                store.close()
            assert reports[0].status == "merged", reports[0].as_dict()
            copy.unlink()
            return elapsed

        def floor(n: int = n, counter: Any = counter, rows: Any = (annotations, revisions)) -> float:
            copy = working_copy(clerk, work / f"floor-{n}-{next(counter)}")
            elapsed = _baseline(copy, *rows)
            copy.unlink()
            return elapsed

        program()  # warm: imports, the file cache
        runs = sizes["runs"]
        log(f"{NAME}: {n:,} items, {runs} runs each of the merge and the bulk insert")
        mine, theirs = interleave(runs, program, floor)
        rows.append(
            Row(
                NAME,
                f"{n:,} items ({len(revisions):,} revisions)",
                "s",
                Summary.of(mine),
                "executemany of the same rows",
                Summary.of(theirs),
                ratio_at_most(LIMIT),
            )
        )
    return rows


_ANNOTATION_INSERT = (
    "INSERT INTO annotation (id, dossier_id, faction_id, author, principle_id, document_id, quote, "
    "quote_prefix, quote_suffix, quote_start, quote_end, stance, visibility, body, include_in_draft, "
    "created_at, updated_at, version, revision_id, deleted) VALUES ({})"
)
_REVISION_INSERT = (
    "INSERT INTO annotation_revision (id, annotation_id, parent_id, version, faction_id, content_json, "
    "created_at) VALUES ({})"
)


def _server_baseline(
    server: Client, database: str, annotations: list[tuple[Any, ...]], revisions: list[tuple[Any, ...]]
) -> float:
    import psycopg

    from tests.postgres import ROLE

    with psycopg.connect(host="127.0.0.1", port=server.port, user=ROLE, dbname=database) as conn:
        started = time.perf_counter()
        with conn.cursor() as cur:  # one transaction, committed when the block ends
            cur.executemany(_ANNOTATION_INSERT.format(",".join(["%s"] * 20)), annotations)
            cur.executemany(_REVISION_INSERT.format(",".join(["%s"] * 7)), revisions)
        conn.commit()
        return time.perf_counter() - started


def _server_rows(annotations: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The annotation rows with the server's types: its booleans are no integers."""
    return [(*row[:14], bool(row[14]), *row[15:19], bool(row[19])) for row in annotations]


def _merge_postgresql(sizes: dict[str, Any], store_set: Stores, work: Path, log: Any) -> list[Row]:
    from raadsviewer.services.exchange import merge_packages
    from raadsviewer.storage.db import Store
    from tests.postgres import ROLE

    try:
        server = S.client()
    except Unavailable as exc:
        return [skipped(NAME, f"{n:,} items", "s", S.skipped_reason(exc), S.LABEL) for n in sizes["items"]]
    clerk = f"bench_clerk_{os.getpid()}"
    made: list[str] = []
    counter = iter(range(10**6))

    def copy() -> str:
        name = f"{clerk}_{next(counter)}"
        made.append(name)
        server.admin(f"CREATE DATABASE {name} TEMPLATE {clerk} OWNER {ROLE}")
        return name

    def drop(name: str) -> None:
        server.drop_database(name)
        made.remove(name)

    rows = []
    try:
        S.load(store_set.store("clerk"), server, clerk)
        for n in sizes["items"]:
            path = package(store_set, n)
            annotations, revisions = _rows_of(path)
            annotations = _server_rows(annotations)

            def program(path: Path = path) -> float:
                database = copy()
                store = Store(server.url(database))
                try:
                    started = time.perf_counter()
                    reports = merge_packages(store, [path])
                    elapsed = time.perf_counter() - started
                finally:
                    store.close()
                assert reports[0].status == "merged", reports[0].as_dict()
                drop(database)
                return elapsed

            def floor(rows: Any = (annotations, revisions)) -> float:
                database = copy()
                elapsed = _server_baseline(server, database, *rows)
                drop(database)
                return elapsed

            program()  # warm: imports, the server's caches
            runs = sizes["runs"]
            log(f"{NAME} ({S.LABEL}): {n:,} items, {runs} runs each of the merge and the bulk insert")
            mine, theirs = interleave(runs, program, floor)
            rows.append(
                Row(
                    NAME,
                    f"{n:,} items ({len(revisions):,} revisions)",
                    "s",
                    Summary.of(mine),
                    "psycopg executemany of the same rows",
                    Summary.of(theirs),
                    ratio_at_most(LIMIT),
                    store=S.LABEL,
                )
            )
    finally:
        for name in [*made, clerk]:
            server.drop_database(name)
    return rows


def _stall_once(clerk: Path, path: Path, work: Path) -> tuple[float, float, float]:
    """(longest stall while merging, longest gap of the idle window as long, preview ms)."""
    copy = working_copy(clerk, work)
    window, store = gui.open_window(copy, work)
    try:
        started = time.perf_counter()
        window.exchange.merge_packages([str(path)])  # Pakketten samenvoegen…: the preview
        dialog = window.exchange.merge_dialog
        preview = (time.perf_counter() - started) * 1000
        gui.settle()
        meter = gui.StallMeter()
        meter.start()
        began = time.perf_counter()
        dialog.merge()
        gui.settle()
        stall = meter.stop()
        took = time.perf_counter() - began
        meter.start()
        idle_until = time.perf_counter() + took
        while time.perf_counter() < idle_until:
            gui.application().processEvents()
            time.sleep(0.001)
        idle = meter.stop()
        dialog.close()
        return stall, idle, preview
    finally:
        gui.close_window(window, store)


def _stall(sizes: dict[str, Any], store_set: Stores, work: Path, log: Any) -> list[Row]:
    gui.application()
    clerk = store_set.store("clerk")
    rows = []
    _stall_once(clerk, package(store_set, min(sizes["stall_items"])), work / "stall-warm")
    for n in sizes["stall_items"]:
        path = package(store_set, n)
        runs = sizes["stall_runs"]
        log(f"{NAME_STALL}: {n:,} items, {runs} runs")
        results = [_stall_once(clerk, path, work / f"stall-{n}-{k}") for k in range(runs)]
        rows.append(
            Row(
                NAME_STALL,
                f"{n:,} items",
                "ms",
                Summary.of([r[0] for r in results]),
                "the idle window, as long",
                Summary.of([r[1] for r in results]),
                below(STALL_LIMIT_MS),
            )
        )
        rows.append(
            Row(
                NAME_PREVIEW,
                f"{n:,} items",
                "ms",
                Summary.of([r[2] for r in results]),
                "",
                None,
            )
        )
    return rows


PARTS = ((NAME, _merge), (NAME, _merge_postgresql, S.LABEL), (NAME_STALL, _stall))
