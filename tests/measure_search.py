"""Search p50/p95 over dossier sizes, on SQLite and on a PostgreSQL server (a measurement, no test).

Run ``python tests/measure_search.py [sizes...]`` (default 50 200 800). For each size it builds a
store with the bench's generated background documents (``tests/bench``: the sample texts made
into reports and letters of about 50 kB each, each one different) beside the sample dossier,
once on SQLite and once on a throwaway PostgreSQL server (``tests/postgres.py``), then times the
bench's search queries (``tests/bench/search.py``), all of them five times, interleaving the two
stores. The server store is first vacuumed and analysed, as autovacuum keeps a store in use.
Prints one line per size and store, and the load average. ``make bench`` measures the SQLite
store's curve against the raw FTS5 query; this adds the server beside it.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

ROUNDS = 5


def build(store, documents: int):  # type: ignore[no-untyped-def]
    from raadsviewer.services.documents import ensure_sample_dossier
    from tests.bench import corpus as C
    from tests.bench.stores import add_background_documents

    dossier = ensure_sample_dossier(store, C.SAMPLES)
    add_background_documents(store, range(documents))
    return dossier


def main() -> None:
    from raadsviewer.services.search import search
    from raadsviewer.storage.db import Store
    from tests.bench.search import _queries
    from tests.postgres import Server

    sizes = [int(a) for a in sys.argv[1:]] or [50, 200, 800]
    server = Server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for size in sizes:
                stores = {
                    "sqlite": Store(Path(tmp) / f"s{size}.sqlite"),
                    "postgresql": Store(server.url(server.new_database(empty=True))),
                }
                dossiers, built = {}, {}
                for name, store in stores.items():
                    started = time.perf_counter()
                    dossiers[name] = build(store, size)
                    built[name] = time.perf_counter() - started
                with stores["postgresql"].engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                    conn.exec_driver_sql("VACUUM ANALYZE")
                queries = _queries(size)
                times: dict[str, list[float]] = {name: [] for name in stores}
                for name, store in stores.items():  # warm the caches and the stemmer
                    for query in queries:
                        search(store, dossiers[name].id, query, 50)
                for _round in range(ROUNDS):
                    for query in queries:
                        for name, store in stores.items():
                            t0 = time.perf_counter()
                            search(store, dossiers[name].id, query, 50)
                            times[name].append((time.perf_counter() - t0) * 1000)
                for name, values in times.items():
                    values.sort()
                    p95 = values[int(0.95 * (len(values) - 1))]
                    print(
                        f"{size:4} documents  {name:<10}  p50 {statistics.median(values):6.1f} ms  p95 {p95:6.1f} ms  "
                        f"max {values[-1]:6.1f} ms  ({len(values)} searches; built in {built[name]:.0f} s)",
                        flush=True,
                    )
                for store in stores.values():
                    store.close()
    finally:
        server.stop()
    print("load average:", " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
