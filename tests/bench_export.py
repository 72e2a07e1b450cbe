"""Export timings of the combined draft: the sample dossier with 50 amendments, in each format.

``bench_export(tmp)`` returns ``[(name, seconds), ...]``; `make bench` prints them. Run alone with
``python tests/bench_export.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AMENDMENTS = 50
FACTIONS = (("CDA", 10), ("PvdA", 7), ("VVD", 9), ("GroenLinks", 6), ("SP", 3))


def build_dossier(tmp: Path, amendments: int = AMENDMENTS):  # type: ignore[no-untyped-def]
    """A store with the sample dossier and ``amendments`` amendments spread over its principles,
    in every status, with votes, co-signers and a few annotations for the draft."""
    from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation, AnnotationDraft, Stance, Visibility
    from raadsviewer.services import amendments as amendment_service
    from raadsviewer.services.annotations import add_annotation, set_include_in_draft
    from raadsviewer.services.documents import ensure_sample_dossier, list_principles
    from raadsviewer.services.factions import add_faction
    from raadsviewer.storage.db import Store

    store = Store(tmp / "bench-export.sqlite")
    dossier = ensure_sample_dossier(store, ROOT / "resources" / "samples")
    assert dossier is not None
    for name, seats in FACTIONS:
        add_faction(store, name, seats=seats)
    principles = [p for p, _doc in list_principles(store, dossier.id)]
    names = [name for name, _ in FACTIONS]
    for k in range(amendments):
        p = principles[k % len(principles)]
        words = [w for w in p.text.split() if p.text.count(w) == 1] or [p.text]  # unambiguous old texts
        faction = names[k % len(names)]
        word = words[k % len(words)]
        operation = (AmendmentOperation.VERVANGEN, AmendmentOperation.TOEVOEGEN, AmendmentOperation.SCHRAPPEN)[k % 3]
        new = {"vervangen": f"{word}-{k}", "toevoegen": f"en nieuwe tekst {k}", "schrappen": ""}[str(operation)]
        a = amendment_service.add_amendment(
            store,
            dossier_id=dossier.id,
            faction=faction,
            member=f"Lid {k}",
            draft=AmendmentDraft(
                title=f"Amendement {k} op {p.number}",
                operation=operation,
                old_text=word,
                new_text=new,
                principle_number=p.number,
                rationale=f"Toelichting {k}.",
                cosigners=(names[(k + 1) % len(names)],),
                anchor=None,
            ),
        )
        if k % 5 == 0:
            continue  # concept
        amendment_service.set_status(store, dossier.id, a.number, "ingediend")
        if k % 5 == 2:
            amendment_service.set_status(store, dossier.id, a.number, "aangenomen", [(n, "voor") for n in names])
        elif k % 5 == 3:
            amendment_service.set_status(store, dossier.id, a.number, "verworpen", [(n, "tegen") for n in names])
        elif k % 5 == 4:
            amendment_service.set_status(store, dossier.id, a.number, "ingetrokken")
    for k, p in enumerate(principles):
        note = add_annotation(
            store,
            dossier_id=dossier.id,
            faction=names[k % len(names)],
            member=f"Lid {k}",
            principle_number=p.number,
            draft=AnnotationDraft(
                body=f"Opmerking {k} bij uitgangspunt {p.number}.", stance=Stance.ZORG, visibility=Visibility.GRIFFIE
            ),
        )
        set_include_in_draft(store, note.id, True)
    return store, dossier


def bench_export(tmp: Path) -> list[tuple[str, float]]:
    """Seconds per export of the 50-amendment sample draft (file written and snapshot saved)."""
    from raadsviewer.services.drafts import export_draft
    from raadsviewer.ui.pdf import write_pdf

    store, dossier = build_dossier(Path(tmp))
    try:
        results: list[tuple[str, float]] = []
        for fmt in ("md", "html", "docx", "pdf"):
            start = time.perf_counter()
            export_draft(store, dossier.id, fmt, Path(tmp) / f"draft.{fmt}", pdf_writer=write_pdf)
            results.append((f"export draft {fmt} ({AMENDMENTS} amendments)", time.perf_counter() - start))
        return results
    finally:
        store.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as directory:
        for name, seconds in bench_export(Path(directory)):
            print(f"{name:<40} {seconds * 1000:8.0f} ms")
