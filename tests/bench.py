"""`make bench`: the speed targets, each printed with its baseline and ratio.

Not part of `make test`: timings depend on the machine, so they are measured and reported here
rather than asserted in unit tests. Exit status 1 when a target is missed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_WINDOW = r"""
import sys, time
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
# raadsviewer code, no store, no delegates. Printed for comparison, not as a target: it shows how
# much of the start-up is PySide's cost of the widgets themselves (creating their classes and enum
# types, the font database, laying out and painting text) rather than the application's.
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
# dossier: its domain model (frozen dataclasses, whose methods Python generates at import) and the
# standard library's sqlite3 and json to read the store. Printed for comparison: a floor under the
# start-up of this design, before a line of raadsviewer's own window code runs.
WIDGETS_WINDOW_WITH_DOMAIN = (
    "import sys\nsys.path.insert(0, sys.argv[2])\nimport json, sqlite3\nimport raadsviewer.domain.model\n"
    + WIDGETS_WINDOW
)

results: list[
    tuple[str, float, str, float, float | None]
] = []  # limit None: shown for comparison  # name, value, baseline name, baseline, target ratio/limit


def time_until_painted(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("painted"):
            elapsed = time.perf_counter() - start
            proc.wait(timeout=30)
            return elapsed
    proc.wait(timeout=30)
    raise RuntimeError(f"{cmd} ended without painting (exit {proc.returncode})")


def bench_startup(tmp: Path, runs: int = 7) -> None:
    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.storage.db import Store

    db = tmp / "startup.sqlite"
    store = Store(db)
    ensure_sample_dossier(store)
    store.close()
    env = dict(os.environ, RAADSVIEWER_EXIT_AFTER_PAINT="1", XDG_CONFIG_HOME=str(tmp / "config"))
    app_cmd = [sys.executable, "-m", "raadsviewer", "--db", str(db), "--lang", "nl"]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    widgets_cmd = [sys.executable, "-c", WIDGETS_WINDOW, str(ROOT / "resources" / "samples")]
    floor_cmd = [sys.executable, "-c", WIDGETS_WINDOW_WITH_DOMAIN, str(ROOT / "resources" / "samples"), str(ROOT)]
    for cmd in (bare_cmd, widgets_cmd, floor_cmd, app_cmd):  # warm the file cache for all of them
        time_until_painted(cmd, env)
    bare, widgets, floor, app = [], [], [], []
    for _ in range(runs):  # interleaved so all see the same machine load
        bare.append(time_until_painted(bare_cmd, env))
        widgets.append(time_until_painted(widgets_cmd, env))
        floor.append(time_until_painted(floor_cmd, env))
        app.append(time_until_painted(app_cmd, env))
    b, a = statistics.median(bare), statistics.median(app)
    results.append(("start to first painted window (sample dossier), s", a, "bare PySide6 window", b, 1.5))
    results.append(
        (
            "  same widgets with PySide6 alone (no raadsviewer code), s",
            statistics.median(widgets),
            "bare PySide6 window",
            b,
            None,
        )
    )
    results.append(
        (
            "  same widgets after importing the domain model, sqlite3, json, s",
            statistics.median(floor),
            "bare PySide6 window",
            b,
            None,
        )
    )


def generated_framework(pages: int = 500) -> bytes:
    """A framework of the size and mess of a real one: page headers, headings, points, wrapping."""
    lines: list[str] = []
    number = 0
    for page in range(1, pages + 1):
        lines += ["Kenmerk UIT / 2004368", f"Datum {page % 28 + 1} oktober 2020", f"Pagina {page}/{pages}", ""]
        if page % 10 == 1:
            lines += [f"Hoofdstuk {page // 10 + 1} Uitwerking van de uitgangspunten", ""]
        for _ in range(2):
            number += 1
            lines.append(f"{number}. Uitgangspunt over jeugdhulp in de regio nummer {number}")
            lines.append("")
        for _ in range(5):
            sentence = (
                "De gemeenten in de regio werken samen aan de inkoop van jeugdhulp en maken daarbij "
                "afspraken met aanbieders over kwaliteit, toegang, administratieve lasten en innovatie. "
            )
            text = sentence * 3
            lines += [text[i : i + 78].rstrip() + " " for i in range(0, len(text), 78)]
            lines.append("")
    return "\n".join(lines).encode("utf-8")


def bench_import(tmp: Path) -> None:
    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.services.documents import import_bytes
    from raadsviewer.storage.db import Store

    data = generated_framework()
    timings = []
    principles = 0
    for i in range(3):
        store = Store(tmp / f"import{i}.sqlite")
        start = time.perf_counter()
        result = import_bytes(store, data, name="groot-kader.txt", role=DocumentRole.FRAMEWORK, dossier_title="Groot")
        timings.append(time.perf_counter() - start)
        principles = result.principle_count
        store.close()
    median = statistics.median(timings)
    results.append(
        (
            f"import + segment {len(data) / 1e6:.2f} MB, 500 pages ({principles} principles), s",
            median,
            "target",
            2.0,
            1.0,
        )
    )


def bench_switch(tmp: Path, annotations: int = 2000) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from raadsviewer.domain.model import AnnotationDraft, Stance
    from raadsviewer.services.annotations import add_annotation
    from raadsviewer.services.documents import ensure_sample_dossier, resolve_dossier
    from raadsviewer.storage.db import Store
    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.main_window import MainWindow
    from raadsviewer.ui.settings import Settings

    store = Store(tmp / "switch.sqlite")
    ensure_sample_dossier(store)
    dossier = resolve_dossier(store)
    stances = list(Stance)
    factions = ["GroenLinks", "VVD", "CDA", "PvdA", "D66", "SP", "ChristenUnie", "SGP"]
    for i in range(annotations):
        add_annotation(
            store,
            dossier_id=dossier.id,
            faction=factions[i % len(factions)],
            member=f"lid {i % 5}",
            draft=AnnotationDraft(f"Annotatie {i} over de toegang en de inkoop. " * 3, stances[i % len(stances)]),
            principle_number=i % 13 + 1,
        )
    app = QApplication.instance() or QApplication([])
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    settings.faction, settings.member = "GroenLinks", "lid 0"
    window = MainWindow(store, settings, runner=SyncRunner())
    window.resize(1360, 860)
    window.load_dossier()
    window.show()
    app.processEvents()
    timings = []
    for round_ in range(3):
        for number in range(1, 14):
            start = time.perf_counter()
            window.select_principle(number if round_ % 2 == 0 else 14 - number)
            window.repaint()
            app.processEvents()
            timings.append(time.perf_counter() - start)
    window.close()
    store.close()
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    results.append(
        (
            f"switch principle, {annotations} annotations in store (p95 of {len(timings)}), ms",
            p95 * 1000,
            "target",
            50.0,
            1.0,
        )
    )


EXPORT_LIMIT_S = 2.0  # a clerk clicking "export" should have the file within a couple of seconds


def bench_exports(tmp: Path) -> None:
    from tests.bench_export import AMENDMENTS, bench_export

    for name, seconds in bench_export(tmp):
        results.append(
            (
                f"export draft, sample dossier + {AMENDMENTS} amendments: {name}, s",
                seconds,
                "target",
                EXPORT_LIMIT_S,
                1.0,
            )
        )


def bench_exchange_and_search(tmp: Path) -> None:
    from tests.bench_merge import bench_merge
    from tests.bench_search import bench_search

    (tmp / "merge").mkdir()
    (tmp / "search").mkdir()
    results.extend(bench_merge(tmp / "merge"))
    results.extend(bench_search(tmp / "search"))


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        bench_startup(tmp)
        bench_import(tmp)
        bench_switch(tmp)
        bench_exports(tmp)
        bench_exchange_and_search(tmp)
    failed = False
    print(f"{'figure':<72} {'value':>9} {'baseline':>22} {'ratio':>7}  result")
    for name, value, baseline_name, baseline, limit in results:
        ratio = value / baseline
        ok = limit is None or ratio <= limit
        failed |= not ok
        verdict = "for comparison" if limit is None else f"{'ok' if ok else 'MISSED'} (limit {limit:g}x)"
        print(f"{name:<72} {value:>9.3f} {baseline_name + f' {baseline:.3f}':>22} {ratio:>7.2f}  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: garbage-collecting Qt objects after the QApplication is gone can
    # abort the process, which would turn a measured run into a failed one.
    os._exit(code)
