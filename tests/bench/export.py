"""Exporting the combined draft: the sample framework with 50 amendments, and a framework of 200
principles with 500 amendments (every status, with votes, co-signers and remarks).

``services.drafts.export_draft`` as the window calls it (assemble the draft, write the file,
save the snapshot) in DOCX, HTML and PDF, each held against the Markdown export of the same
draft, the formats taking turns. Target: DOCX under 1 s.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from tests.bench.runner import Row, Summary, below, interleave
from tests.bench.stores import Stores, working_copy

NAME = "draft export"
DOCX_LIMIT_S = 1.0
FORMATS = ("md", "docx", "html", "pdf")


def stores(sizes: dict[str, Any]) -> list[str]:
    return [f"draft-{p}p-{a}a" for p, a in sizes["drafts"]]


def measure(sizes: dict[str, Any], store_set: Stores, work: Path, log: Any) -> list[Row]:
    from raadsviewer.services.documents import resolve_dossier
    from raadsviewer.storage.db import Store
    from tests.bench import gui

    gui.application()  # the PDF writer is Qt's
    rows = []
    for principles, amendments in sizes["drafts"]:
        path = working_copy(store_set.store(f"draft-{principles}p-{amendments}a"), work / f"draft-{principles}")
        store = Store(path)
        try:
            dossier = resolve_dossier(store).id
            measures = [_exporter(store, dossier, fmt, work) for fmt in FORMATS]
            for export in measures:  # warm: imports, templates, fonts
                export()
            runs = sizes["runs"]
            label = f"{principles or 13} principles, {amendments} amendments"
            log(f"{NAME}: {label}, {runs} runs of {', '.join(FORMATS)}")
            results = dict(zip(FORMATS, interleave(runs, *measures), strict=True))
            markdown = Summary.of(results["md"])
            for fmt in FORMATS[1:]:
                rows.append(
                    Row(
                        f"{NAME} {fmt.upper()}",
                        label,
                        "s",
                        Summary.of(results[fmt]),
                        "Markdown export of the same draft",
                        markdown,
                        below(DOCX_LIMIT_S) if fmt == "docx" else None,
                    )
                )
        finally:
            store.close()
    return rows


def _exporter(store: Any, dossier: str, fmt: str, work: Path) -> Any:
    from raadsviewer.services.drafts import export_draft
    from raadsviewer.ui.pdf import write_pdf

    def run() -> float:
        started = time.perf_counter()
        export_draft(store, dossier, fmt, work / f"draft.{fmt}", pdf_writer=write_pdf)
        return time.perf_counter() - started

    return run
