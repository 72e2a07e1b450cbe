"""The clerk's merge on SQLite and on a PostgreSQL server, against a raw bulk insert (a measurement).

Run ``python tests/measure_merge.py [items]`` (default 5000). One faction's package of ``items``
annotations (the bench's plans: edits and tombstones as an export carries them,
``tests/bench/merge.py``) is merged into the sample dossier of a new store on SQLite and on a
throwaway PostgreSQL server; the baseline is a plain executemany of the same current rows and
revisions into SQLite. The merge also writes each annotation's search units (the index is kept by
the services that write). ``make bench`` measures the SQLite curve; this adds the server.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")


def _store_with_key(location: str | Path, key_dir: Path):  # type: ignore[no-untyped-def]
    """A griffie's store with the sample dossier and the bench's factions, trusting the one
    faction whose key signs the package."""
    from raadsviewer.services import roles
    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.services.keys import trust_public_key
    from raadsviewer.storage.db import Store
    from tests.bench import corpus as C
    from tests.bench.merge import FACTION

    store = Store(location)
    roles.set_owner_griffie(store)
    ensure_sample_dossier(store, C.SAMPLES)
    trust_public_key(store, key_dir / f"{FACTION}.pub")
    return store


def main() -> None:
    from raadsviewer.services import keys
    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.services.exchange import merge_package_bytes
    from raadsviewer.services.factions import add_faction
    from raadsviewer.storage.db import Store
    from raadsviewer.storage.models import FactionKeyRow
    from tests.bench import corpus as C
    from tests.bench.merge import FACTION
    from tests.bench.stores import annotation_context, annotation_revisions, package_bytes
    from tests.postgres import Server

    items = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    server = Server()
    try:
        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d)
            laptop = Store(tmp / "laptop.sqlite")  # the faction's: its key signs the package
            ensure_sample_dossier(laptop, C.SAMPLES)
            for name, seats, _members in C.FACTIONS:
                add_faction(laptop, name, seats=seats)
            keys.export_public_key(laptop, FACTION, tmp / f"{FACTION}.pub")
            with laptop.session() as session:
                from raadsviewer.services.factions import faction_row

                row = session.get(FactionKeyRow, faction_row(session, FACTION).id)
                from raadsviewer.services import secrets

                key = secrets.unprotect(session, row.secret_pem)
            context = annotation_context(laptop, salt="merge")
            laptop.close()
            revisions = []
            for index in range(items):
                plan = C.annotation_plan(index, len(context["principles"]))
                shared = "fractie" if plan.visibility == "privé" else plan.visibility
                plan = dataclasses.replace(
                    plan, faction=FACTION, visibility="griffie" if shared == "fractie" else shared
                )
                revisions += annotation_revisions(plan, context)
            data = package_bytes(context, FACTION, key, revisions, sequence=1)

            figures = {}
            for name, location in (
                ("sqlite", tmp / "clerk.sqlite"),
                ("postgresql", server.url(server.new_database(empty=True))),
            ):
                store = _store_with_key(location, tmp)
                started = time.perf_counter()
                report = merge_package_bytes(store, data)
                figures[name] = time.perf_counter() - started
                assert report.status == "merged", report.as_dict()
                store.close()
            baseline = _baseline(tmp / "clerk.sqlite", tmp / "baseline.sqlite")
    finally:
        server.stop()
    print(f"merge one package of {items} annotations ({len(revisions)} revisions)")
    print(f"  raw SQLite executemany    {baseline:7.2f} s")
    for name, seconds in figures.items():
        print(f"  merge on {name:<16} {seconds:7.2f} s   ratio {seconds / baseline:.2f} (to the SQLite baseline)")
    print("load average:", " ".join(f"{x:.2f}" for x in os.getloadavg()))


def _baseline(merged: Path, target: Path) -> float:
    """The same current rows and revisions the merge wrote, inserted with one executemany each
    into an empty copy of the schema."""
    source = sqlite3.connect(merged)
    annotations = source.execute("SELECT * FROM annotation").fetchall()
    revisions = source.execute("SELECT * FROM annotation_revision").fetchall()
    schema = [
        r[0]
        for r in source.execute(
            "SELECT sql FROM sqlite_master WHERE type='table' AND name IN ('annotation', 'annotation_revision')"
        )
    ]
    source.close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    for sql in schema:  # foreign keys are not checked here (no PRAGMA foreign_keys): rows only
        conn.execute(sql)
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO annotation VALUES ({','.join('?' * len(annotations[0]))})", annotations)
    conn.executemany(f"INSERT INTO annotation_revision VALUES ({','.join('?' * len(revisions[0]))})", revisions)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


if __name__ == "__main__":
    main()
