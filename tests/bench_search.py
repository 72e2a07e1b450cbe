"""Search timings on a big dossier: 200 documents, about 20 MB of text.

``bench_search(tmp)`` returns ``[(name, value_ms, baseline_name, baseline_ms, limit_ratio), ...]``:
a measured time, the figure it is held against and the largest allowed ratio of the two (the
95th percentile of a query must stay under 30 ms: ``value_ms <= baseline_ms * limit_ratio``).
Run alone with ``python tests/bench_search.py``.

The documents are made from the sample texts' paragraphs, shuffled with a fixed seed and given a
few rare words each, and imported through the normal service (read, segment, store, index), all
in one store; annotations and amendments are added too, so the search spans all three kinds.
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
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DOCUMENTS = 200
DOCUMENT_BYTES = 100_000  # about 20 MB in all
BUDGET_P95_MS = 30.0
QUERIES = (
    "jeugdhulp",
    "de-medicaliseren",
    "medicalisering",
    "toegangstaak",
    "SMART-afspraken",
    "financiële",
    "aanbieders keuzevrijheid",
    "zorg",
    "innovatie ruimte",
    "wachtlijsten",
    "Open House",
    "goed opdrachtgeverschap",
    "regionaal lokaal",
    "administratieve lasten",
    "topinkomens",
    "gezin netwerk",
    "inkoop 2022",
    "dialoogtafels",
    "integrale aanpak",
    "kwaliteit",
    "zeldzaamwoord17",
    "zeldzaamwoord150",
)


def _paragraphs() -> list[str]:
    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.domain.reading import read_document

    out: list[str] = []
    for path in sorted((ROOT / "resources" / "samples").glob("*.txt")):
        parsed = read_document(path.read_bytes(), name=path.name, role=DocumentRole.BACKGROUND)
        out.extend(b.text for b in parsed.blocks if len(b.text) > 60)
    return out


def make_document(n: int, paragraphs: list[str], rng: random.Random) -> str:
    parts = [f"# Achtergronddocument {n}", ""]
    size = 0
    section = 0
    while size < DOCUMENT_BYTES:
        if size // 8000 >= section:
            section += 1
            parts += [f"## Hoofdstuk {section} over {rng.choice(['zorg', 'toegang', 'inkoop', 'kwaliteit'])}", ""]
        text = rng.choice(paragraphs)
        if rng.random() < 0.05:
            text += f" Zie ook zeldzaamwoord{n}."
        parts += [text, ""]
        size += len(text) + 2
    return "\n".join(parts)


def build_store(tmp: Path):  # type: ignore[no-untyped-def]
    from raadsviewer.domain.model import AnnotationDraft, DocumentRole
    from raadsviewer.services.annotations import add_annotation
    from raadsviewer.services.documents import ensure_sample_dossier, import_bytes
    from raadsviewer.storage.db import Store

    store = Store(tmp / "bench-search.sqlite")
    dossier = ensure_sample_dossier(store, ROOT / "resources" / "samples")
    assert dossier is not None
    rng = random.Random(5)
    paragraphs = _paragraphs()
    total = 0
    for n in range(DOCUMENTS):
        text = make_document(n, paragraphs, rng)
        total += len(text.encode("utf-8"))
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
    return store, dossier, total


def bench_search(tmp: Path) -> list[tuple[str, float, str, float, float]]:
    from raadsviewer.services.search import search

    started = time.perf_counter()
    store, dossier, total = build_store(tmp)
    build_ms = (time.perf_counter() - started) * 1000
    try:
        search(store, dossier.id, "jeugdhulp")  # warm the page cache and the stemmer
        times: list[float] = []
        for _round in range(5):
            for query in QUERIES:
                t0 = time.perf_counter()
                results = search(store, dossier.id, query, 50)
                times.append((time.perf_counter() - t0) * 1000)
                assert query.startswith("zeldzaam") or results.hits, query
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        p50 = statistics.median(times)
    finally:
        store.close()
    mb = total / 1e6
    return [
        (f"search p95 ({DOCUMENTS} documents, {mb:.0f} MB, {len(times)} queries)", p95, "budget", BUDGET_P95_MS, 1.0),
        ("search median", p50, "budget", BUDGET_P95_MS, 1.0),
        (f"import + index {DOCUMENTS} documents", build_ms, "150 ms per document", 150.0 * DOCUMENTS, 1.0),
    ]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        for name, value, base_name, base, ratio in bench_search(Path(tmp)):
            verdict = "ok" if value <= base * ratio else "TOO SLOW"
            print(f"{name:<60} {value:10.1f} ms   ({base_name} {base:.0f} ms, ratio {value / base:.2f}) {verdict}")
