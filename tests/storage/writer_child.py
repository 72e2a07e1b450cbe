"""Child process of test_concurrency.py: writes annotations, or holds the write lock a while.

Usage: python writer_child.py STORE annotate COUNT TAG | hold SECONDS | merge PACKAGE

Prints one JSON line: {"ok": n, "errors": [codes or messages], "told": {"nl", "en"} (the first
refusal's words), "seconds": float, "rss_mb": float} (its own peak resident memory).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: the tests package

from tests.bounds import peak_rss_mb  # noqa: E402


def main() -> None:
    store_path, action = sys.argv[1], sys.argv[2]
    from raadsviewer.domain.errors import UserFacingError
    from raadsviewer.domain.model import AnnotationDraft, Visibility
    from raadsviewer.services import annotations
    from raadsviewer.services.documents import resolve_dossier
    from raadsviewer.storage.db import Store

    started = time.perf_counter()
    try:
        store = Store(store_path)
        dossier = resolve_dossier(store).id
    except UserFacingError as exc:  # a store that cannot be opened: what the user is told
        told = {"nl": exc.message("nl"), "en": exc.message("en")}
        print(
            json.dumps(
                {
                    "ok": 0,
                    "errors": [exc.code],
                    "told": told,
                    "seconds": time.perf_counter() - started,
                    "rss_mb": peak_rss_mb(),
                }
            )
        )
        return
    ok, errors, told = 0, [], {}
    if action == "annotate":
        count, tag = int(sys.argv[3]), sys.argv[4]
        for n in range(count):
            try:
                annotations.add_annotation(
                    store,
                    dossier_id=dossier,
                    faction="Groen",
                    member="Gea",
                    draft=AnnotationDraft(f"{tag} {n}", visibility=Visibility.GRIFFIE),
                    principle_number=1 + n % 5,
                )
                ok += 1
            except UserFacingError as exc:
                errors.append(exc.code)
                told = told or {"nl": exc.message("nl"), "en": exc.message("en")}
            except Exception as exc:  # noqa: BLE001 (what the parent must see: a raw error)
                errors.append(f"{type(exc).__name__}: {str(exc)[:200]}")
    elif action == "hold":
        from sqlalchemy import text

        with store.session() as session:  # a long write, like a big merge
            session.execute(text("UPDATE dossier SET body = body"))
            print(json.dumps({"holding": True}), flush=True)
            time.sleep(float(sys.argv[3]))
        ok = 1
    elif action == "merge":
        from raadsviewer.services import exchange

        [report] = exchange.merge_packages(store, [Path(sys.argv[3])])
        if report.refused:
            errors.append(report.code or "?")
        else:
            ok = report.new
    store.close()
    seconds = time.perf_counter() - started
    print(
        json.dumps({"ok": ok, "errors": errors, "told": told, "seconds": seconds, "rss_mb": peak_rss_mb()}), flush=True
    )


if __name__ == "__main__":
    main()
