"""One clerk of the griffie, as a process of its own, working on a store on a PostgreSQL server.

Run as ``python clerk_child.py URL JOB.json``; it waits for the job's ``go`` file (so that the
clerks start at the same moment), does the job and prints what happened as JSON: what was done,
what the clerk was told (a ``UserFacingError``'s code: the program's own answer) and any other
exception (``raw``: a failure the program should never show).
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from raadsviewer.domain.errors import UserFacingError  # noqa: E402
from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation, AnnotationDraft, Visibility  # noqa: E402
from raadsviewer.services import amendments as amendment_service  # noqa: E402
from raadsviewer.services import annotations as annotation_service  # noqa: E402
from raadsviewer.services import exchange  # noqa: E402
from raadsviewer.services import search as search_service  # noqa: E402
from raadsviewer.storage.db import Store  # noqa: E402


def _wait(go: Path) -> None:
    deadline = time.monotonic() + 120
    while not go.exists():
        if time.monotonic() > deadline:
            raise SystemExit("no go")
        time.sleep(0.005)


def main() -> int:
    url, job_path = sys.argv[1], Path(sys.argv[2])
    job = json.loads(job_path.read_text())
    out: dict[str, list[object]] = {"done": [], "told": [], "raw": []}
    store = Store(url)
    try:
        Path(job["ready"]).touch()
        _wait(Path(job["go"]))
        for step in job["steps"]:
            try:
                out["done"].append(_do(store, job, step))
            except UserFacingError as exc:
                out["told"].append(exc.code)
            except Exception:  # noqa: BLE001 (what the test must never see)
                out["raw"].append(traceback.format_exc(limit=3))
    finally:
        store.close()
    print(json.dumps(out))
    return 0


def _do(store: Store, job: dict[str, object], step: dict[str, object]) -> object:
    dossier = str(job["dossier"])
    what = step["do"]
    if what == "amend":
        n = step["n"]
        amendment = amendment_service.add_amendment(
            store,
            dossier_id=dossier,
            faction=str(step["faction"]),
            member=str(job["clerk"]),
            draft=AmendmentDraft(
                title=f"Amendement {job['clerk']}-{n} woord{job['clerk']}x{n}",
                operation=AmendmentOperation.VERVANGEN,
                old_text="Versterken toegangstaak",
                new_text=f"Versterken van de toegang, voorstel {job['clerk']}-{n}",
                principle_number=7,
            ),
        )
        return [amendment.id, amendment.label]
    if what == "annotate":
        note = annotation_service.add_annotation(
            store,
            dossier_id=dossier,
            faction=str(step["faction"]),
            member=str(job["clerk"]),
            draft=AnnotationDraft(f"Notitie {job['clerk']}-{step['n']}", visibility=Visibility.GRIFFIE),
            principle_number=3,
        )
        return note.id
    if what == "merge":
        [report] = exchange.merge_packages(store, [Path(str(step["package"]))])
        if report.refused:
            raise UserFacingError(report.code or "refused")
        return [report.status, report.new, report.updated, report.conflicts]
    if what == "edit":
        note = annotation_service.update_annotation(
            store,
            str(step["id"]),
            AnnotationDraft(str(step["body"]), visibility=Visibility.GRIFFIE),
            faction=str(step["faction"]),
            base_revision=str(step["base"]),
        )
        return note.revision_id
    if what == "decide":
        decided = amendment_service.set_status(store, dossier, str(step["number"]), str(step["status"]))
        return [decided.label, decided.status.value]
    if what == "search":
        return len(search_service.search(store, dossier, str(step["query"])).hits)
    if what == "conflicts":
        return len(exchange.list_conflicts(store, dossier))
    if what == "griffie_key":  # the griffie's signing key, made at first use (as exporting the dossier does)
        from raadsviewer.services import keys

        with store.session() as session:
            key = keys.griffie_signing_key(session)
            return keys.fingerprint(keys._raw_public(key.public_key()))  # noqa: SLF001
    raise ValueError(f"unknown step {what!r}")


if __name__ == "__main__":
    sys.exit(main())
