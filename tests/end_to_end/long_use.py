"""A long working session in one process: thousands of principle switches and hundreds of edits
with undo, through the window's own actions. Run by test_long_use.py as a separate process, so a
crash or an abort of the binding shows as a dead process instead of taking the test run with it.

Usage: python long_use.py STORE SWITCHES EDITS  -> prints one JSON line with memory figures.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def main(store_path: Path, switches: int, edits: int) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from raadsviewer.services.roles import set_owner_member
    from raadsviewer.storage.db import Store
    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.dialogs import AnnotationDialog
    from raadsviewer.ui.main_window import MainWindow
    from raadsviewer.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    store = Store(store_path)
    edit_number = [0]

    def answer(dialog: AnnotationDialog) -> int:  # a member typing a note and pressing OK
        edit_number[0] += 1
        dialog.body.setPlainText(f"Notitie {edit_number[0]}: de toegang blijft onafhankelijk.")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    AnnotationDialog.exec = answer  # type: ignore[method-assign]
    figures: dict[str, float] = {}
    outcome: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        settings.faction, settings.member = "GroenLinks", "lid 0"
        set_owner_member(store, settings.faction, settings.member)  # a member's laptop, as first start asks
        window = MainWindow(store, settings, runner=SyncRunner())
        window.resize(1360, 860)
        window.load_dossier()
        window.show()

        def session() -> Iterator[None]:
            """The work, one action per turn of the event loop, as a person's clicks arrive."""
            count = window.principles.model.rowCount()
            step, row = window.next_action, 0
            for n in range(switches):
                if row == count - 1:
                    step = window.previous_action
                elif row == 0:
                    step = window.next_action
                step.trigger()
                row = window.principles.list.currentIndex().row()
                if n == switches // 4:
                    gc.collect()
                    figures["rss_after_quarter_mb"] = rss_mb()
                yield
            gc.collect()
            figures["rss_after_switches_mb"] = rss_mb()
            before = len(window.context.annotations)
            for n in range(edits):
                window.annotations.add_action.trigger()
                if len(window.context.annotations) != before + 1:
                    outcome.append(f"edit {n} was not saved")
                    return
                yield
                window.undo_action.trigger()
                if len(window.context.annotations) != before:
                    outcome.append(f"undo {n} did not take the edit back")
                    return
                if n == edits // 4:
                    gc.collect()
                    figures["rss_after_quarter_edits_mb"] = rss_mb()
                yield
            gc.collect()
            figures["rss_end_mb"] = rss_mb()

        work = session()

        def turn() -> None:
            try:
                next(work)
            except StopIteration:
                app.quit()
                return
            QTimer.singleShot(0, turn)

        QTimer.singleShot(0, turn)
        app.exec()
        figures["switches"] = switches
        figures["edits"] = edits
        figures["undo_steps"] = window.undo_stack.count()
        figures["undo_index"] = window.undo_stack.index()
        window.close()
    if outcome:
        print(json.dumps({"error": outcome[0]}))
        return 1
    store.close()
    print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])))
