"""Child process of the bounded-input tests: one action, then its time and peak memory as JSON.

Usage: python bounded_child.py ACTION STORE FILE
ACTION: merge (a package into the store) | import (a document into the store) | docx (read a Word file)

Prints {"code": str|None, "seconds": float, "rss_mb": float} (peak resident memory of this
process: VmHWM, its memory's high-water mark since it started this program; getrusage's
ru_maxrss would also count the parent's memory that a forked child held before exec).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the tests package

from tests.bounds import peak_rss_mb  # noqa: E402


def main() -> None:
    action, store_path, file_path = sys.argv[1:4]
    from raadsviewer.domain.errors import UserFacingError
    from raadsviewer.storage.db import Store

    store = Store(store_path)
    code: str | None = None
    progress: list[int] = []
    started = time.perf_counter()
    try:
        if action == "merge":
            from raadsviewer.services import exchange

            [report] = exchange.merge_packages(store, [Path(file_path)])
            code = report.code
        elif action == "import":
            from raadsviewer.domain.model import DocumentRole
            from raadsviewer.services import documents

            documents.import_document(
                store, Path(file_path), role=DocumentRole.BACKGROUND, progress=lambda pct, _step: progress.append(pct)
            )
        elif action == "docx":
            from raadsviewer.formats.docx import docx_markdown

            docx_markdown(Path(file_path).read_bytes(), Path(file_path).name)
    except UserFacingError as exc:
        code = exc.code
    seconds = time.perf_counter() - started
    store.close()
    rss_mb = peak_rss_mb()
    print(json.dumps({"code": code, "seconds": seconds, "rss_mb": rss_mb, "progress": progress}))


if __name__ == "__main__":
    main()
