"""Benchmark of the clerk's merge: 20 packages of 5,000 annotations each, against a plain SQLite
bulk insert of the same rows (annotation + revision) in 20 transactions. Target: at most 3x.

    bench_merge(tmp) -> [(name, seconds, baseline name, baseline seconds, limit factor)]
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

PACKAGES = 20
ITEMS = 5_000
LIMIT = 3.0


def _packages(tmp: Path, clerk_path: Path) -> tuple[list[Path], list[list[dict]]]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from raadsviewer.domain import merge as M
    from raadsviewer.domain import package as P
    from raadsviewer.services.documents import list_principles, resolve_dossier
    from raadsviewer.storage.db import Store
    from raadsviewer.storage.models import FactionKeyRow, FactionRow

    store = Store(clerk_path)
    dossier = resolve_dossier(store)
    principles = [p.id for p, _d in list_principles(store, dossier.id)]
    paths, all_contents = [], []
    for n in range(PACKAGES):
        key = Ed25519PrivateKey.generate()
        public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
        faction_id = str(uuid.uuid4())
        with store.session() as s:
            s.add(FactionRow(id=faction_id, name=f"Fractie {n}", colour="#000000", seats=1))
            s.flush()
            s.add(FactionKeyRow(faction_id=faction_id, public_key=public, secret_pem=None, created_at=datetime.now()))
        revs, contents = [], []
        stamp = datetime(2026, 1, 1, 12, 0, 0).isoformat(timespec="microseconds")
        for i in range(ITEMS):
            item = str(uuid.uuid4())
            c = {
                "annotation_id": item,
                "dossier_id": dossier.id,
                "faction_id": faction_id,
                "author": f"lid {n}",
                "principle_id": principles[i % len(principles)],
                "document_id": None,
                "quote": None,
                "quote_prefix": None,
                "quote_suffix": None,
                "quote_start": None,
                "quote_end": None,
                "stance": ("steun", "zorg", "vraag", "bezwaar")[i % 4],
                "visibility": "griffie",  # notes meant for the griffie (fractie notes stay with the faction)
                "body": f"Opmerking {i} van fractie {n}: " + "de toegang tot jeugdhulp moet eenvoudiger. " * 4,
                "include_in_draft": False,
                "deleted": False,
                "version": 1,
                "created_at": stamp,
                "updated_at": stamp,
            }
            revs.append(M.make_revision(item, (), c))
            contents.append(c)
        manifest = {
            "app_version": "bench",
            "dossier": {"id": dossier.id, "title": dossier.title},
            "faction": {"id": faction_id, "name": f"Fractie {n}"},
            "member": "bench",
            "created_at": stamp[:19],
            "sequence": 1,
            "documents": [],
            "counts": {},
        }
        path = tmp / f"p{n}.raadspakket"
        path.write_bytes(P.build(manifest, revs, [], key.sign, public))
        paths.append(path)
        all_contents.append([(r.id, c) for r, c in zip(revs, contents, strict=True)])
    store.close()
    return paths, all_contents


def _baseline(path: Path, packages: list[list[tuple[str, dict]]]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    start = time.perf_counter()
    for revs in packages:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO annotation (id, dossier_id, faction_id, author, principle_id, document_id, quote, "
            "quote_prefix, quote_suffix, quote_start, quote_end, stance, visibility, body, include_in_draft, "
            "created_at, updated_at, version, revision_id, deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    c["annotation_id"],
                    c["dossier_id"],
                    c["faction_id"],
                    c["author"],
                    c["principle_id"],
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    c["stance"],
                    c["visibility"],
                    c["body"],
                    0,
                    c["created_at"],
                    c["updated_at"],
                    1,
                    rid,
                    0,
                )
                for rid, c in revs
            ],
        )
        conn.executemany(
            "INSERT INTO annotation_revision (id, annotation_id, parent_id, version, faction_id, content_json, "
            "created_at) VALUES (?,?,?,?,?,?,?)",
            [
                (
                    rid,
                    c["annotation_id"],
                    None,
                    1,
                    c["faction_id"],
                    json.dumps(c, ensure_ascii=False, sort_keys=True),
                    c["updated_at"],
                )
                for rid, c in revs
            ],
        )
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def bench_merge(tmp: Path) -> list[tuple[str, float, str, float, float]]:
    from raadsviewer.services.exchange import merge_packages
    from raadsviewer.storage.db import Store
    from tests.services.test_exchange_support import prepare

    tmp = Path(tmp)
    prepared = prepare(tmp)
    clerk_path = tmp / "clerk.sqlite"
    shutil.copyfile(prepared, clerk_path)
    paths, contents = _packages(tmp, clerk_path)
    baseline_path = tmp / "baseline.sqlite"
    Store(clerk_path).close()
    shutil.copyfile(clerk_path, baseline_path)  # same factions and keys, no annotations
    baseline = _baseline(baseline_path, contents)
    gui_copy = tmp / "clerk-gui.sqlite"
    shutil.copyfile(clerk_path, gui_copy)
    stall = gui_stall_during_merge(gui_copy, paths[:GUI_PACKAGES], tmp)
    store = Store(clerk_path)
    start = time.perf_counter()
    reports = merge_packages(store, paths)
    elapsed = time.perf_counter() - start
    store.close()
    assert all(not r.refused and r.new == ITEMS for r in reports), [r.reason for r in reports if r.refused]
    return [
        (f"merge {PACKAGES} packages x {ITEMS} items (s)", elapsed, "plain SQLite bulk insert (s)", baseline, LIMIT),
        (
            f"longest GUI stall while the window merges {GUI_PACKAGES} packages (ms)",
            stall,
            "target (ms)",
            STALL_LIMIT_MS,
            1.0,
        ),
    ]


GUI_PACKAGES = 5
STALL_LIMIT_MS = 100.0


def gui_stall_during_merge(store_path: Path, paths: list[Path], tmp: Path) -> float:
    """The merge dialog's real path (backup, then merge in the thread pool) while a 5 ms timer
    measures the longest gap between its ticks on the GUI thread."""
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from raadsviewer.storage.db import Store
    from raadsviewer.ui.exchange import MergeDialog
    from raadsviewer.ui.main_window import MainWindow
    from raadsviewer.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    store = Store(store_path)
    settings = Settings(QSettings(str(tmp / "gui.ini"), QSettings.Format.IniFormat))
    settings.faction, settings.member = "Griffie", "Griffier"
    window = MainWindow(store, settings)  # the real TaskRunner: work in the thread pool
    window.load_dossier()
    window.show()
    dialog = MergeDialog(window, paths)
    app.processEvents()
    clock = QElapsedTimer()
    clock.start()
    state = {"last": 0, "worst": 0}
    gaps: list[tuple[int, int]] = []

    def tick() -> None:
        now = clock.elapsed()
        state["worst"] = max(state["worst"], now - state["last"])
        if now - state["last"] > 30:
            gaps.append((now - state["last"], now))
        state["last"] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    dialog.merge()
    state["last"] = clock.elapsed()
    state["worst"] = 0
    deadline = time.perf_counter() + 600
    while dialog.merge_button.isEnabled() is False and not any(r.status == "merged" for r in dialog.reports):
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() > deadline:
            raise TimeoutError("merge in the window did not finish")
    expected = len(paths) * ITEMS
    while len(window.context.annotations) < expected:  # ... and until the window shows the result
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not show the merged annotations")
    timer.stop()
    worst = float(state["worst"])
    if os.environ.get("RAADSVIEWER_BENCH_VERBOSE"):
        print("gaps over 30 ms (ms, at ms):", sorted(gaps, reverse=True)[:10])
    dialog.close()
    window.close()
    store.close()
    return worst


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    with tempfile.TemporaryDirectory() as d:
        for name, value, base_name, base, limit in bench_merge(Path(d)):
            print(f"{name}: {value:.2f}  {base_name}: {base:.2f}  ratio {value / base:.2f} (limit {limit})")
