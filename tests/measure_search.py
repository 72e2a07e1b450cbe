"""Search p50/p95 over dossier sizes, on SQLite and on a PostgreSQL server (a measurement, no test).

Run ``python tests/measure_search.py [sizes...]`` (default 50 200 800). For each size it builds a
store with the search bench's generated documents (``tests/bench_search.py``: the sample texts'
paragraphs shuffled with a fixed seed, about 100 kB a document, a rare word here and there) and
100 annotations, once on SQLite and once on a throwaway PostgreSQL server (``tests/postgres.py``),
then times the bench's queries, all of them five times, interleaving the two stores (the server
store first vacuumed and analysed, as autovacuum keeps it). Prints one line per size and store,
and the load average.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

from tests.bench_search import QUERIES, _paragraphs, make_document  # noqa: E402

ROUNDS = 5


def build(store, documents: int):  # type: ignore[no-untyped-def]
    from raadsviewer.domain.model import AnnotationDraft, DocumentRole
    from raadsviewer.services.annotations import add_annotation
    from raadsviewer.services.documents import ensure_sample_dossier, import_bytes

    dossier = ensure_sample_dossier(store, ROOT / "resources" / "samples")
    rng = random.Random(5)
    paragraphs = _paragraphs()
    for n in range(documents):
        text = make_document(n, paragraphs, rng)
        import_bytes(
            store,
            text.encode("utf-8"),
            name=f"achtergrond-{n:03}.md",
            role=DocumentRole.BACKGROUND,
            dossier_title=dossier.title,
        )
    for n in range(100):
        add_annotation(
            store,
            dossier_id=dossier.id,
            faction=f"Fractie {n % 5}",
            member="Lid",
            draft=AnnotationDraft(body=f"Wat betekent dit voor de wachtlijsten in wijk {n}?"),
            principle_number=1 + n % 13,
        )
    return dossier


def main() -> None:
    from raadsviewer.services.search import search
    from raadsviewer.storage.db import Store
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
                # A server store in use is vacuumed by autovacuum; measure it in that steady state
                # rather than while autovacuum works through the freshly imported rows beside us.
                with stores["postgresql"].engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                    conn.exec_driver_sql("VACUUM ANALYZE")
                times: dict[str, list[float]] = {name: [] for name in stores}
                for name, store in stores.items():  # warm the caches and the stemmer
                    search(store, dossiers[name].id, "jeugdhulp")
                for _round in range(ROUNDS):
                    for query in QUERIES:
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
