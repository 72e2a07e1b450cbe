"""Measuring the window from outside: how long the GUI thread is busy, and how long it stalls.

Only the window's public face is used (``MainWindow(store, settings, runner=..., lang=...)``,
``load_dossier``, ``select_principle``, ``show``, ``close``), so the figures keep measuring the
same thing while the window's insides change. Work the window hands to its thread pool is not
the GUI thread's: a figure "on the GUI thread" counts the longest stretch the event loop could
not run, from the action until everything it started has finished and been shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.bench import corpus as C

QUIET_S = 0.15  # the window has settled when the pool is idle and nothing ran for this long
IDLE_SPAN_S = 0.002  # an event-loop pass shorter than this did no real work


def application() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["raadsviewer-bench"])


def settings(directory: Path) -> Any:
    from PySide6.QtCore import QSettings

    from raadsviewer.ui.settings import Settings

    directory.mkdir(parents=True, exist_ok=True)
    made = Settings(QSettings(str(directory / "settings.ini"), QSettings.Format.IniFormat))
    made.faction, made.member = C.VIEWER
    return made


def _pool_busy() -> bool:
    from PySide6.QtCore import QThreadPool

    return QThreadPool.globalInstance().activeThreadCount() > 0


@dataclass(frozen=True, slots=True)
class Busy:
    longest_ms: float  # the longest stretch the GUI thread was busy
    settled_ms: float  # from the action until all it started was done and shown


def settle(timeout_s: float = 300.0) -> float:
    """Run the event loop until the thread pool is idle and nothing happened for ``QUIET_S``;
    returns the longest event-loop pass (ms)."""
    app = application()
    longest = 0.0
    quiet_since = time.perf_counter()
    deadline = quiet_since + timeout_s
    while True:
        started = time.perf_counter()
        app.processEvents()
        now = time.perf_counter()
        span = now - started
        longest = max(longest, span)
        if span > IDLE_SPAN_S or _pool_busy():
            quiet_since = now
        elif now - quiet_since >= QUIET_S:
            return longest * 1000
        if now > deadline:
            raise TimeoutError("the window did not settle")
        time.sleep(0.001)


def busy(action: Callable[[], None], window: Any) -> Busy:
    """The GUI thread's longest busy stretch for ``action`` (run, painted, and all it started
    handled), and the time until the window settled."""
    app = application()
    started = time.perf_counter()
    action()
    window.repaint()
    app.processEvents()
    first = time.perf_counter() - started
    later = settle()
    done = time.perf_counter() - QUIET_S
    return Busy(max(first * 1000, later), max(first, done - started) * 1000)


def open_window(store_path: Path, directory: Path, runner: Any = None) -> tuple[Any, Any]:
    """The main window on a store, loaded, shown and settled, as a person sees it after start."""
    from raadsviewer.storage.db import Store
    from raadsviewer.ui.main_window import MainWindow

    application()
    store = Store(store_path)
    window = MainWindow(store, settings(directory), runner=runner, lang="nl")
    window.resize(1360, 860)
    window.load_dossier()
    window.show()
    settle()
    return window, store


def close_window(window: Any, store: Any) -> None:
    window.close()
    settle()
    window.deleteLater()
    application().processEvents()
    store.close()


class StallMeter:
    """A 5 ms timer on the GUI thread; the longest gap between its ticks is the longest time the
    window could not respond."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.worst * 1000
