"""What every run of the window needs around it: Qt's own messages in the program's log, and a
graceful close when the desktop asks for one.

A session manager ends programs at logout with SIGTERM, and a terminal's Ctrl+C sends SIGINT;
both now close the program the way its close button does (open dialogs cancelled, layout saved,
the store closed), instead of killing it mid-write. Python only runs signal handlers when it gets
control, which Qt's event loop (C++) does not give it; a socket written by the signal and watched
by Qt wakes it (``signal.set_wakeup_fd``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger("raadsviewer")
qt_log = logging.getLogger("raadsviewer.qt")

# Messages the offscreen and minimal platforms print for every window; they say nothing about
# raadsviewer and would drown the log.
_HARMLESS = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def route_qt_messages() -> None:
    """Qt's warnings and errors go to the program's log, with their level: a critical message
    from Qt is an error of the program (the smoke test fails on it)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: Any, _context: Any, message: str) -> None:
        level = logging.DEBUG if message.startswith(_HARMLESS) else levels.get(kind, logging.WARNING)
        qt_log.log(level, "%s", message)

    qInstallMessageHandler(handler)


def close_on_request(app: Any, main_window: Callable[[], Any]) -> None:
    """SIGTERM and SIGINT close the program as its close button would."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    if getattr(app, "_raadsviewer_wakeup", None) is not None:
        return  # installed already (the slow start path installs it before the window exists)
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:  # the Python handler has run by the time this slot is called
        try:
            while reader.recv(64):
                pass
        except OSError:
            pass

    notifier.activated.connect(drain)
    app._raadsviewer_wakeup = (reader, writer, notifier)  # kept alive as long as the application

    def handler(signum: int, _frame: Any) -> None:
        log.info("closing at the system's request (signal %d)", signum)
        close_everything(app, main_window)

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def close_everything(app: Any, main_window: Callable[[], Any]) -> None:
    """Cancel the dialog in front, one at a time (the code that opened it goes on as after a
    Cancel), then close the main window; without a window, end the event loop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    modal = QApplication.activeModalWidget()
    if modal is not None:
        if isinstance(modal, QDialog):
            from raadsviewer.ui.modal import leave

            leave(modal)  # asking now would hold the logout up; what is typed stays kept
        else:
            modal.close()
        QTimer.singleShot(50, lambda: close_everything(app, main_window))
        return
    window = main_window()
    if window is not None and window.isVisible():
        window.close()
        if window.isVisible():  # it refused (it will say why): ask again shortly
            QTimer.singleShot(200, lambda: close_everything(app, main_window))
        return
    app.quit()
