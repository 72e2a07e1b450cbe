"""Switching principle in a window on a large dossier, with the window's own thread pool: the
passages of every background document are ranked in a worker (the principle asked for, and the
others ahead of being asked), never on the GUI thread, and the window keeps answering meanwhile. Run by test_switching.py as a separate process (the window is
the program's MainWindow with its real task runner, as a start makes it).

Usage: python switching.py STORE SWITCHES  -> prints one JSON line with what it saw.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(store_path: Path, switches: int) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from raadsviewer.services import links
    from raadsviewer.storage.db import Store
    from raadsviewer.ui.main_window import MainWindow
    from raadsviewer.ui.settings import Settings
    from tests.bench.gui import StallMeter, settle

    app = QApplication.instance() or QApplication([])
    ranked_on: list[str] = []  # the thread each ranking ran on
    rank = links.rank_principle

    def recording(*args: object, **kwargs: object) -> object:
        ranked_on.append("gui" if threading.current_thread() is threading.main_thread() else "worker")
        return rank(*args, **kwargs)  # type: ignore[arg-type]

    links.rank_principle = recording  # type: ignore[assignment]
    store = Store(store_path)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        settings.faction, settings.member = "GroenLinks", "Anna de Vries"
        window = MainWindow(store, settings, lang="nl")  # the real thread pool, as a start makes it
        window.resize(1360, 860)
        window.load_dossier()
        window.show()
        settle()
        shown: list[int] = []
        arrived: list[int] = []
        ready: list[int] = []  # switched to, and its passages known
        window.context.rankingReady.connect(lambda found: arrived.append(found.principle.number))
        meter = StallMeter()
        meter.start()
        started = time.perf_counter()
        for _n in range(switches):
            window.next_action.trigger()  # as the toolbar's and the keyboard's "next principle"
            principle = window.context.current_principle
            shown.append(principle.number if principle else -1)
            deadline = time.perf_counter() + 60
            # ranked ahead (known at once) or ranked now and arriving later
            while principle is not None and window.context.ranked(principle) is None and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.002)
            if principle is not None and window.context.ranked(principle) is not None:
                ready.append(principle.number)
        settle()
        worst_gap_ms = meter.stop()
        elapsed = time.perf_counter() - started
        documents = len(window.context.view.documents) if window.context.view else 0
        window.close()
        settle()
    store.close()
    print(
        json.dumps(
            {
                "documents": documents,
                "shown": shown,
                "arrived": sorted(set(arrived)),
                "ready": sorted(set(ready)),
                "ranked_on": ranked_on,
                "worst_gap_ms": round(worst_gap_ms, 1),
                "seconds": round(elapsed, 2),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), int(sys.argv[2])))
