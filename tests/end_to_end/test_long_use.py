"""A long working session does not wear the program out: 2,000 principle switches and 500 edits
with undo in one process, with 2,000 annotations in the store. The process stays alive (a binding
that loses references to None aborted after about 210 switches) and its memory stays flat."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent


@pytest.fixture
def busy_store(tmp_path: Path) -> Path:
    from raadsviewer.domain.model import AnnotationDraft, Stance, Visibility
    from raadsviewer.services.annotations import add_annotation
    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.storage.db import Store

    path = tmp_path / "store.sqlite"
    store = Store(path)
    try:
        dossier = ensure_sample_dossier(store, SAMPLES)
        assert dossier is not None
        factions = ["GroenLinks", "VVD", "CDA", "PvdA", "D66", "SP", "ChristenUnie", "SGP"]
        stances = list(Stance)
        for i in range(2000):
            add_annotation(
                store,
                dossier_id=dossier.id,
                faction=factions[i % len(factions)],
                member=f"lid {i % 5}",
                draft=AnnotationDraft(
                    f"Annotatie {i} over de toegang. " * 3, stances[i % len(stances)], Visibility.OPENBAAR
                ),
                principle_number=i % 13 + 1,
            )
    finally:
        store.close()
    return path


def test_two_thousand_switches_and_five_hundred_edits(busy_store: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(HERE / "long_use.py"), str(busy_store), "2000", "500"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, f"the process ended with {done.returncode}\n{done.stdout}\n{done.stderr[-3000:]}"
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["switches"] == 2000 and figures["edits"] == 500
    # every edit was one undo step: undone, the next edit replaced it on the stack
    assert figures["undo_steps"] == 1 and figures["undo_index"] == 0
    # Flat: after the first quarter (caches filled) memory grows by less than a few MB.
    switching = figures["rss_after_switches_mb"] - figures["rss_after_quarter_mb"]
    editing = figures["rss_end_mb"] - figures["rss_after_quarter_edits_mb"]
    assert switching < 15, figures
    assert editing < 15, figures
