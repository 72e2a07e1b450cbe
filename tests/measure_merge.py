"""The clerk's merge on SQLite and on a PostgreSQL server, against a raw bulk insert (a measurement).

Run ``python tests/measure_merge.py [packages] [items]`` (default 5 x 2000). The packages are the
merge bench's (``tests/bench_merge.py``: one faction each, annotations for the griffie); the
baseline is its plain executemany of the same rows into SQLite. The merge now also writes each
annotation's search units (the index is kept by the services that write).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import tests.bench_merge as bench  # noqa: E402


def main() -> None:
    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.services.exchange import merge_packages
    from raadsviewer.services.factions import add_faction
    from raadsviewer.storage.db import Store
    from tests.services.test_exchange_support import prepare

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sqlite_only = "--sqlite-only" in sys.argv  # e.g. with an older version of the program
    bench.PACKAGES = int(args[0]) if args else 5
    bench.ITEMS = int(args[1]) if len(args) > 1 else 2000
    server = None
    if not sqlite_only:
        from tests.postgres import Server

        server = Server()
    on_server = 0.0
    try:
        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d)
            clerk = tmp / "clerk.sqlite"
            shutil.copyfile(prepare(tmp), clerk)
            (tmp / "sqlite").mkdir()
            paths, contents = bench._packages(tmp / "sqlite", clerk)
            baseline_path = tmp / "baseline.sqlite"
            shutil.copyfile(clerk, baseline_path)
            baseline = bench._baseline(baseline_path, contents)
            store = Store(clerk)
            started = time.perf_counter()
            reports = merge_packages(store, paths)
            on_sqlite = time.perf_counter() - started
            store.close()
            assert all(not r.refused for r in reports)

            if server is None:
                raise SystemExit(
                    f"merge {bench.PACKAGES * bench.ITEMS} annotations on SQLite: {on_sqlite:.2f} s, raw {baseline:.2f} s, "
                    f"ratio {on_sqlite / baseline:.2f}"
                )
            url = server.url(server.new_database(empty=True))
            store = Store(url)
            ensure_sample_dossier(store, ROOT / "resources" / "samples")
            for name in ("Groen", "Rood"):
                add_faction(store, name, seats=3)
            store.close()
            (tmp / "server").mkdir()
            server_paths, _ = bench._packages(tmp / "server", url)  # type: ignore[arg-type]
            store = Store(url)
            started = time.perf_counter()
            reports = merge_packages(store, server_paths)
            on_server = time.perf_counter() - started
            store.close()
            assert all(not r.refused for r in reports)
    finally:
        if server is not None:
            server.stop()
    n = bench.PACKAGES * bench.ITEMS
    print(f"merge {bench.PACKAGES} packages x {bench.ITEMS} items ({n} annotations)")
    print(f"  raw SQLite executemany    {baseline:7.2f} s")
    print(f"  merge on SQLite           {on_sqlite:7.2f} s   ratio {on_sqlite / baseline:.2f}")
    print(f"  merge on PostgreSQL       {on_server:7.2f} s   ratio {on_server / baseline:.2f} (to the SQLite baseline)")
    print("load average:", " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
