"""Long work (import, merge, export) off the GUI thread, reported back through signals.

The worker only calls a service function (which opens its own session); the result comes back on
the GUI thread, where item models are updated. A progress dialog appears only when the work takes
longer than half a second, so quick imports do not flash a dialog. Tests swap in ``SyncRunner``.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(lambda pct, step: self._emit(self.signals.progress, int(pct), str(step)))
        except BaseException as exc:  # reported to the GUI thread, never swallowed
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        """Report to the GUI thread; when the window that asked has closed meanwhile (the program
        is ending), there is nobody to tell: the work is done and its result is let go."""
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted"
            log.debug("background work finished after its window closed")


class TaskRunner(QObject):
    """Runs one function in the thread pool; ``on_done``/``on_error`` run on the GUI thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._pool = QThreadPool.globalInstance()
        self._active: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        label: str = "",
    ) -> None:
        signals = _Signals()
        self._active.add(signals)
        dialog: QProgressDialog | None = None
        if self._parent is not None and label:  # no label: quiet work, no dialog
            dialog = QProgressDialog(label, "", 0, 100, self._parent)
            dialog.setCancelButton(None)
            dialog.setMinimumDuration(500)
            dialog.setAutoClose(True)
            dialog.setWindowTitle(label)
            dialog.setValue(0)

        def finish() -> None:
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            self._active.discard(signals)

        @Slot(object)
        def done(result: Any) -> None:
            if not isValid(self):  # finished after the window closed: nothing left to show it in
                return
            finish()
            on_done(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            finish()
            on_error(exc)

        if dialog is not None:
            signals.progress.connect(lambda pct, _step: dialog.setValue(min(pct, 99)))
        signals.done.connect(done)
        signals.failed.connect(failed)
        self._pool.start(_Job(fn, signals))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


class SyncRunner:
    """Same interface, runs at once on the calling thread: for tests."""

    def run(
        self,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        label: str = "",
    ) -> None:
        try:
            result = fn(lambda _p, _s: None)
        except BaseException as exc:
            on_error(exc)
        else:
            on_done(result)

    def wait(self, msecs: int = 0) -> bool:
        return True


def later(fn: Callable[[], None], msecs: int = 0) -> None:
    QTimer.singleShot(msecs, fn)
