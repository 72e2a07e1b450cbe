"""Importing: a framework of 100, 400 and 800 pages (text out of a PDF: hard line breaks, a page
header on every page, a principle every four pages), and a plain-text file of 10 and 50 MB.

* Pages: ``services.documents.import_document`` into a new store (read, segment, store, index),
  the sizes taking turns; the baseline is the smallest size's time per page, times the pages
  (a ratio above 1 means the cost grows faster than the document). Target: 800 pages under 2 s.
* Large text file: imported in a process of its own, whose time and peak resident memory are the
  figures (targets: 50 MB under 15 s and under 600 MB). The memory baseline is a process that
  loads the same modules and only reads and decodes the file: the ratio says how many copies of
  the text the import holds at its peak.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from tests.bench import corpus as C
from tests.bench import probe
from tests.bench.runner import Row, Summary, below, interleave
from tests.bench.stores import Stores

NAME_PAGES = "import framework"
NAME_TEXT = "import text file"
NAME_TEXT_PEAK = "import text file, peak RSS"
PAGES_LIMIT_S = 2.0
TEXT_LIMIT_S = 15.0
TEXT_LIMIT_MB = 600.0
PAGES_PER_PRINCIPLE = 4


def stores(sizes: dict[str, Any]) -> list[str]:
    return []


def _framework(store_set: Stores, pages: int) -> Path:
    return store_set.file(
        f"kader-{pages}p.txt",
        lambda: C.framework_text(max(1, pages // PAGES_PER_PRINCIPLE), pages=pages).encode("utf-8"),
    )


def _text(store_set: Stores, megabytes: float) -> Path:
    return store_set.file(f"tekst-{megabytes:g}mb.txt", lambda: C.text_file(megabytes))


def prepare(sizes: dict[str, Any], store_set: Stores) -> None:
    for pages in sizes["pages"]:
        _framework(store_set, pages)
    for megabytes in sizes["megabytes"]:
        _text(store_set, megabytes)


def _pages(sizes: dict[str, Any], store_set: Stores, work: Path, log: Any) -> list[Row]:
    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.services.documents import import_document
    from raadsviewer.storage.db import Store

    counter = iter(range(10**6))

    def importer(path: Path) -> Any:
        def run() -> float:
            store = Store(work / f"import-{next(counter)}.sqlite")
            try:
                started = time.perf_counter()
                import_document(store, path, role=DocumentRole.FRAMEWORK, dossier_title="Inkoopkader")
                return time.perf_counter() - started
            finally:
                store.close()

        return run

    pages = sorted(sizes["pages"])
    measures = [importer(_framework(store_set, n)) for n in pages]
    measures[0]()  # warm: imports, the stemmer
    runs = sizes["runs"]
    log(f"{NAME_PAGES}: {runs} runs of {', '.join(map(str, pages))} pages")
    results = interleave(runs, *measures)
    smallest = Summary.of(results[0])
    rows = []
    for n, values in zip(pages, results, strict=True):
        scale = n / pages[0]
        linear = Summary(smallest.value * scale, smallest.low * scale, smallest.high * scale, smallest.runs)
        rows.append(
            Row(
                NAME_PAGES,
                f"{n} pages ({max(1, n // PAGES_PER_PRINCIPLE)} principles)",
                "s",
                Summary.of(values),
                f"linear from {pages[0]} pages",
                linear,
                below(PAGES_LIMIT_S),
            )
        )
    return rows


def _large(sizes: dict[str, Any], store_set: Stores, work: Path, log: Any) -> list[Row]:
    rows = []
    sizes_mb = sorted(sizes["megabytes"])
    first: Summary | None = None
    for megabytes in sizes_mb:
        path = _text(store_set, megabytes)
        counter = iter(range(10**6))
        imports: list[dict[str, float]] = []
        reads: list[dict[str, float]] = []

        def do_import(path: Path = path, counter: Any = counter, imports: Any = imports) -> float:
            directory = work / f"large-{path.stem}-{next(counter)}"
            directory.mkdir()
            imports.append(probe.run("import", path, directory))
            return imports[-1]["seconds"]

        def do_read(path: Path = path, reads: Any = reads) -> float:
            reads.append(probe.run("read", path))
            return reads[-1]["peak_mb"]

        runs = sizes["large_runs"]
        log(f"{NAME_TEXT}: {megabytes:g} MB, {runs} runs")
        interleave(runs, do_import, do_read)
        seconds = Summary.of([r["seconds"] for r in imports])
        first = first or seconds
        scale = megabytes / sizes_mb[0]
        label = f"{path.stat().st_size / 1e6:.0f} MB" if megabytes >= 1 else f"{path.stat().st_size / 1e6:.1f} MB"
        rows.append(
            Row(
                NAME_TEXT,
                label,
                "s",
                seconds,
                f"linear from {sizes_mb[0]:g} MB",
                Summary(first.value * scale, first.low * scale, first.high * scale, first.runs),
                below(TEXT_LIMIT_S),
            )
        )
        rows.append(
            Row(
                NAME_TEXT_PEAK,
                label,
                "MB",
                Summary.of([r["peak_mb"] for r in imports]),
                "reading and decoding the file only",
                Summary.of([r["peak_mb"] for r in reads]),
                below(TEXT_LIMIT_MB),
            )
        )
    return rows


PARTS = ((NAME_PAGES, _pages), (NAME_TEXT, _large))
