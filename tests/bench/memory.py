"""Memory of the main window on a grown dossier: 100 documents with 10,000 annotations and 200
documents with 20,000, against the window on the sample dossier.

Each window runs in a process of its own (:mod:`tests.bench.probe`), opened through the window's
public face, loaded, shown, every principle visited, settled and collected; its resident memory
is the figure (target: under 400 MB), the most it was resident on the way is printed beside it.
The processes take turns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.bench import probe
from tests.bench.runner import Row, Summary, below, interleave
from tests.bench.stores import Stores, working_copy

NAME = "window memory (RSS)"
NAME_PEAK = "window memory, peak RSS"
LIMIT_MB = 400.0


def stores(sizes: dict[str, Any]) -> list[str]:
    return ["sample", *(f"docs-{d}-notes-{n}" for d, n in sizes["dossiers"])]


def measure(sizes: dict[str, Any], store_set: Stores, work: Path, log: Any) -> list[Row]:
    names = stores(sizes)
    paths = {name: working_copy(store_set.store(name), work / name) for name in names}
    found: dict[str, list[dict[str, float]]] = {name: [] for name in names}

    def measure_one(name: str) -> float:
        result = probe.run("window", paths[name], work / f"home-{name}")
        found[name].append(result)
        return result["rss_mb"]

    runs = sizes["runs"]
    log(f"{NAME}: {runs} runs of {len(names)} windows")
    interleave(runs, *(lambda name=name: measure_one(name) for name in names))
    base = Summary.of([r["rss_mb"] for r in found["sample"]])
    base_peak = Summary.of([r["peak_mb"] for r in found["sample"]])
    rows = []
    for docs, notes in sizes["dossiers"]:
        got = found[f"docs-{docs}-notes-{notes}"]
        label = f"{docs} documents, {notes:,} annotations"
        rows.append(
            Row(NAME, label, "MB", Summary.of([r["rss_mb"] for r in got]), "sample dossier", base, below(LIMIT_MB))
        )
        rows.append(Row(NAME_PEAK, label, "MB", Summary.of([r["peak_mb"] for r in got]), "sample dossier", base_peak))
    return rows
