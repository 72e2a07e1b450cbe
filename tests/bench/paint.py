"""First paint: from starting the process to the first painted window.

The real program is started as a person starts it (``python -m raadsviewer --db ...`` with its own
settings folder; ``RAADSVIEWER_EXIT_AFTER_PAINT`` makes it print ``painted`` and quit), beside
windows built with PySide6 alone, all started in turn in every round:

* a bare ``QMainWindow``: the baseline of the sample dossier's start (target: at most 1.75x);
* the same kinds of widgets as the main window with the sample texts, PySide6 only, and again
  after importing the domain model, sqlite3 and json: what PySide and the design cost before a
  line of the window's own code runs (for comparison);
* the program on the sample dossier with 100 and 200 generated background documents, held
  against the sample dossier's own start (target: at most 1.3x), and with 20,000 annotations too
  (for comparison).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench import corpus as C
from tests.bench.runner import Row, Summary, interleave, ratio_at_most
from tests.bench.stores import Stores, working_copy

NAME = "first paint"
TIMEOUT_S = 120

BARE_WINDOW = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1360, 860)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("painted", flush=True); QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

# The same kinds of widgets as the main window (menus and toolbar, two lists, four text views with
# the sample documents, tabs, splitters, filters, buttons), built with PySide6 alone: no
# raadsviewer code, no store, no delegates. It shows how much of the start-up is PySide's cost of
# the widgets themselves (creating their classes and enum types, the font database, laying out
# and painting text) rather than the application's.
WIDGETS_WINDOW = r"""
import sys, pathlib
from PySide6.QtCore import QEvent, QObject, QTimer, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel, QListView, QMainWindow,
    QPushButton, QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1360, 860)
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
principles = QListView(); model = QStandardItemModel()
for i in range(13): model.appendRow(QStandardItem(f"{i + 1}. Uitgangspunt {i + 1}"))
principles.setModel(model)
framework = QTextBrowser(); framework.setPlainText(texts[0])
tabs = QTabWidget()
for text in texts[1:3]:
    view = QTextBrowser(); view.setPlainText(text); tabs.addTab(view, text[:30])
centre = QSplitter(Qt.Orientation.Vertical); centre.addWidget(framework); centre.addWidget(tabs)
right = QWidget(); column = QVBoxLayout(right); filters = QHBoxLayout()
for items in (["Alle fracties"], ["Alle standpunten", "steun", "zorg"]):
    box = QComboBox(); box.addItems(items); filters.addWidget(box)
column.addLayout(filters)
notes = QSplitter(Qt.Orientation.Vertical); notes.addWidget(QListView()); notes.addWidget(QTextBrowser())
right_tabs = QTabWidget(); right_tabs.addTab(notes, "Annotaties"); right_tabs.addTab(QWidget(), "Amendementen")
column.addWidget(right_tabs)
for name in ("Toevoegen", "Bewerken", "Verwijderen"): column.addWidget(QPushButton(name))
main = QSplitter(); main.addWidget(principles); main.addWidget(centre); main.addWidget(right)
w.setCentralWidget(main)
toolbar = w.addToolBar("acties")
for m, menu_name in enumerate(("&Bestand", "Be&werken", "Beel&d", "&Help")):
    menu = w.menuBar().addMenu(menu_name)
    for i in range(8):
        action = QAction(f"Actie {m}.{i}", w); action.setShortcut(QKeySequence(f"Ctrl+Shift+{i}"))
        menu.addAction(action)
        if i < 2: toolbar.addAction(action)
w.statusBar().addWidget(QLabel("Fractie"))
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            o.removeEventFilter(self); QTimer.singleShot(0, lambda: (print("painted", flush=True), app.quit()))
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

# The same window after importing what any version of raadsviewer needs before it can show a
# dossier: its domain model and the standard library's sqlite3 and json to read the store.
WIDGETS_WINDOW_WITH_DOMAIN = (
    "import sys\nsys.path.insert(0, sys.argv[2])\nimport json, sqlite3\nimport raadsviewer.domain.model\n"
    + WIDGETS_WINDOW
)


def _store_names(sizes: dict[str, Any]) -> list[str]:
    names = ["sample", *(f"docs-{n}" for n in sizes["documents"])]
    if sizes.get("loaded"):
        docs, notes = sizes["loaded"]
        names.append(f"docs-{docs}-notes-{notes}")
    return names


def stores(sizes: dict[str, Any]) -> list[str]:
    return _store_names(sizes)


def time_until_painted(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process to its ``painted`` line (the process then quits)."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errors, env=env, text=True)
        assert proc.stdout is not None
        try:
            for line in proc.stdout:
                if line.startswith("painted"):
                    elapsed = time.perf_counter() - started
                    proc.wait(timeout=TIMEOUT_S)
                    return elapsed
            proc.wait(timeout=TIMEOUT_S)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        errors.seek(0)
        said = errors.read().decode("utf-8", "replace")[-2000:].strip()
    raise RuntimeError(f"ended without painting (exit {proc.returncode}): {said}")


def _home(directory: Path) -> dict[str, str]:
    """A private home for the program: its own settings (the viewer's faction), data and log."""
    for sub in ("config", "data", "state", "cache"):
        (directory / sub).mkdir(parents=True, exist_ok=True)
    config = directory / "config" / "raadsviewer" / "raadsviewer.conf"
    config.parent.mkdir(parents=True, exist_ok=True)
    faction, member = C.VIEWER
    config.write_text(f"[user]\nfaction={faction}\nmember={member}\n", encoding="utf-8")
    return {
        "XDG_CONFIG_HOME": str(directory / "config"),
        "XDG_DATA_HOME": str(directory / "data"),
        "XDG_STATE_HOME": str(directory / "state"),
        "XDG_CACHE_HOME": str(directory / "cache"),
    }


def measure(sizes: dict[str, Any], store_set: Stores, work: Path, log: Any) -> list[Row]:
    env = dict(
        os.environ, RAADSVIEWER_EXIT_AFTER_PAINT="1", QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")
    )
    env.update(_home(work / "home"))
    samples = str(C.SAMPLES)
    commands: dict[str, list[str]] = {
        "bare": [sys.executable, "-c", BARE_WINDOW],
        "widgets": [sys.executable, "-c", WIDGETS_WINDOW, samples],
        "widgets+domain": [sys.executable, "-c", WIDGETS_WINDOW_WITH_DOMAIN, samples, str(C.ROOT)],
    }
    for name in _store_names(sizes):
        path = working_copy(store_set.store(name), work / name)
        commands[name] = [sys.executable, "-m", "raadsviewer", "--db", str(path), "--lang", "nl"]
    names = list(commands)
    for name in names:  # warm the file cache for every program
        time_until_painted(commands[name], env)
    rounds = sizes["rounds"]
    log(f"{NAME}: {rounds} rounds of {len(names)} starts")
    runs = interleave(rounds, *(lambda cmd=commands[name]: time_until_painted(cmd, env) for name in names))
    got = {name: Summary.of(values) for name, values in zip(names, runs, strict=True)}
    bare, sample = got["bare"], got["sample"]
    rows = [
        Row(NAME, "sample dossier", "s", sample, "bare PySide6 window", bare, ratio_at_most(1.75)),
        Row(NAME, "main window's widgets, PySide6 alone", "s", got["widgets"], "bare PySide6 window", bare),
        Row(NAME, "same + domain model, sqlite3, json", "s", got["widgets+domain"], "bare PySide6 window", bare),
    ]
    for n in sizes["documents"]:
        rows.append(Row(NAME, f"{n} documents", "s", got[f"docs-{n}"], "sample dossier", sample, ratio_at_most(1.3)))
    if sizes.get("loaded"):
        docs, notes = sizes["loaded"]
        rows.append(
            Row(
                NAME,
                f"{docs} documents, {notes:,} annotations",
                "s",
                got[f"docs-{docs}-notes-{notes}"],
                "sample dossier",
                sample,
            )
        )
    return rows
