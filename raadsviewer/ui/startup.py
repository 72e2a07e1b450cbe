"""Starting the window: the application object, the first paint as soon as possible, and what
comes right after it (the full store, the menus, the log and crash dialog, the first-start
questions). The entry point (``app.run_gui``) strings these together."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from raadsviewer.domain.errors import UserFacingError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from raadsviewer.storage.db import Store

log = logging.getLogger("raadsviewer")


def application(lang: str, argv: list[str] | None = None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    from raadsviewer.ui.i18n import install_translators

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("raadsviewer")
    app.setOrganizationName("raadsviewer")
    app.setApplicationDisplayName("raadsviewer")
    app.setDesktopFileName("raadsviewer")  # so Wayland desktops match the window to raadsviewer.desktop
    app._raadsviewer_translators = install_translators(app, lang)  # type: ignore[attr-defined]
    return app


def set_window_icon(app: QApplication) -> None:
    """The icon of every window of the application. The window sets it right after its first
    paint (painting does not need the icon classes); the screenshot command sets it at once."""
    from PySide6.QtGui import QIcon

    from raadsviewer.resources_path import app_icon_path

    icon = app_icon_path(256)
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def watch_the_run(app: QApplication, main_window: Callable[[], Any]) -> None:
    """The log (with Qt's own messages in it), the crash dialog for unexpected errors, and a
    graceful close on SIGTERM/SIGINT. Installed after the first paint on the fast path (it
    imports dialogs and logging), before anything is shown on the slow one."""
    if getattr(app, "_raadsviewer_watched", False):
        return
    app._raadsviewer_watched = True  # type: ignore[attr-defined]
    from raadsviewer.ui.crash import install_excepthook, setup_logging
    from raadsviewer.ui.lifecycle import close_on_request, route_qt_messages

    install_excepthook(setup_logging(), main_window)
    route_qt_messages()
    close_on_request(app, main_window)


def open_checked_store(db_path: Path) -> Store:
    from raadsviewer.services.maintenance import open_checked

    return open_checked(db_path)


def open_full_store(db_path: Path, lang: str) -> tuple[Store | None, int]:
    """The store through the full path (new, older or damaged stores). Returns (store, 0), or
    (None, exit status) when it cannot be opened: 0 when the user chose not to restore a damaged
    store (nothing failed; the store is left as it was), 1 when there was no way to open it."""
    from PySide6.QtWidgets import QMessageBox

    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.ui.safety import offer_recovery

    try:
        try:
            store = open_checked_store(db_path)
        except UserFacingError as error:
            if error.code != "store_damaged" or not error.params.get("backup"):
                raise
            if not offer_recovery(None, db_path, error, lang):
                log.warning("store %s is damaged; not restored at the user's request", db_path)
                QMessageBox.warning(None, "raadsviewer", error.message(lang))
                return None, 0
            store = open_checked_store(db_path)
        ensure_sample_dossier(store)
        log.info("store open: %s", db_path)
        return store, 0
    except UserFacingError as error:
        log.warning("store %s could not be opened: %s", db_path, error.code)
        QMessageBox.critical(None, "raadsviewer", error.message(lang))
        return None, 1


def on_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once the window's first paint is done: its first Paint event starts the pass
    that paints all its widgets, and what is queued after it runs when that pass is over.
    (Watching the window itself rather than one of its views: handing a view's viewport to Python
    costs more than the watching.)"""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False

    window.installEventFilter(_FirstPaint(window))


def quicker_pyside_imports() -> None:
    """Load Qt first, then make PySide's question about every later import cheap.

    Once ``PySide6.QtCore`` is loaded, PySide asks of every module imported after it (and, when
    it is loaded, of every module loaded before it) whether its source mentions "PySide6", for
    its opt-in ``from __feature__ import ...`` (which this program does not use). It asks with
    ``inspect.getsource``: 170 µs a module, some 40 modules on the way to the first paint.
    The same question, asked of the file's bytes, takes a tenth of that; it gives the same answer
    for every module with a ``.py`` file and leaves every other module to PySide's own way. A
    PySide without that function (another version) is left as it is."""
    import PySide6.QtCore  # noqa: F401 (loaded first: the modules before it are few)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "quicker", False):
        return

    def uses_pyside(module: Any) -> bool:
        file = getattr(module, "__file__", None)
        if not isinstance(file, str) or not file.endswith(".py"):
            return bool(original(module))
        try:
            with open(file, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.quicker = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


def hold_collection() -> Callable[[], None]:
    """Keep the cyclic garbage collector still until the first paint; returns what lets it go.

    A start makes a few hundred thousand objects (modules, classes, Qt's enum types, the dossier)
    and almost none of them become garbage, yet the collector walks them some fifty times before
    the window is painted: 5-6 ms of a 200 ms start on the sample, for nothing. Memory held back
    meanwhile is bounded by what a start makes; the collector runs again as soon as the window is
    painted, or before a slow start's dialogs and migrations."""
    import gc

    if not gc.isenabled():
        return lambda: None
    gc.disable()
    released = False

    def let_go() -> None:  # once: a later call (the fallback timer) must not undo another's pause
        nonlocal released
        if not released:
            released = True
            gc.enable()

    return let_go


def freeze_long_lived_objects() -> None:
    """Move every object alive now out of the cyclic garbage collector's sight (gc.freeze).

    A full collection walks every tracked object while holding the GIL. With Qt, SQLAlchemy and
    Alembic loaded that is hundreds of thousands of objects, 60-80 ms per collection, and a
    collection triggered in a worker (a merge allocates a lot) stalls the window just the same.
    A dossier's notes add as many again (50,000 notes: a full collection of 110-140 ms, which
    struck in the middle of a principle switch). Frozen objects are the program's own long-lived
    ones (modules, classes, the open window, the dossier's notes until they are read again):
    reference counting still frees them when they go, and later garbage is collected as usual,
    and quickly. The young generations are collected first (a third of a millisecond), so the
    cycles just left behind (a closed dialog's) are freed rather than frozen. Nothing is frozen
    while collections are held back (the start, until its first paint; a merge): the cycles
    made meanwhile would stay for good. The store's opening after the first paint freezes what
    the start read."""
    import gc

    if not gc.isenabled():
        return
    gc.collect(1)
    gc.freeze()


def exit_after_paint(started: float) -> bool:
    """`make bench` times the start to the first paint: print it and end."""
    if not os.environ.get("RAADSVIEWER_EXIT_AFTER_PAINT"):
        return False
    print(f"painted {time.perf_counter() - started:.4f}", flush=True)
    return True


def package_opener(open_packages: Callable[[list[str]], None]) -> Any:
    """macOS hands a double-clicked .raadspakket or .raadsdossier to the running app as a FileOpen
    event, not as an argument; this event filter opens it (the merge preview, or the import)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PackageOpener(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.FileOpen:
                path = event.file()  # type: ignore[attr-defined]
                if path.lower().endswith((".raadspakket", ".raadsdossier")):
                    QTimer.singleShot(0, lambda: open_packages([path]))
                    return True
            return False

    return PackageOpener()
