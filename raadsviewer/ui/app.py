"""Starting the window: the application object, translations, the store, first-start questions."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from raadsviewer.domain.errors import UserFacingError

log = logging.getLogger(__name__)


def _application(lang: str, argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from raadsviewer.ui.i18n import install_translators

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("raadsviewer")
    app.setOrganizationName("raadsviewer")
    app.setApplicationDisplayName("raadsviewer")
    app._raadsviewer_translators = install_translators(app, lang)  # type: ignore[attr-defined]
    return app


def run_gui(db_path: Path, lang: str) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMessageBox

    from raadsviewer.ui.i18n import choose_language

    started = time.perf_counter()
    lang = choose_language(lang)
    app = _application(lang)

    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.storage.db import Store
    from raadsviewer.ui.main_window import MainWindow
    from raadsviewer.ui.settings import Settings

    try:
        store = Store(db_path)
        ensure_sample_dossier(store)
    except UserFacingError as error:
        QMessageBox.critical(None, "raadsviewer", error.message(lang))
        return 1
    window = MainWindow(store, Settings(), lang=lang)
    window.load_dossier()
    window.show()

    bench_exit = os.environ.get("RAADSVIEWER_EXIT_AFTER_PAINT")
    if bench_exit:
        # `make bench`: report the first paint of the filled window, then quit.
        class _FirstPaint(QObject):
            def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    print(f"painted {time.perf_counter() - started:.4f}", flush=True)
                    QTimer.singleShot(0, app.quit)
                    self.deleteLater()
                return False

        first_paint = _FirstPaint(window)
        window.framework_view.viewport().installEventFilter(first_paint)
    elif not window.faction:
        QTimer.singleShot(0, window.ask_identity)
    code = app.exec()
    store.close()
    return int(code)


def screenshot(db_path: Path, out: Path, *, principle: int | None = None, lang: str = "nl") -> int:
    """Render the main window offscreen with the store's dossier and write a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtCore import QSettings

    from raadsviewer.services import factions as faction_service
    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.storage.db import Store
    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.main_window import MainWindow
    from raadsviewer.ui.settings import Settings

    app = _application(lang)
    store = Store(db_path)
    try:
        ensure_sample_dossier(store)
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(QSettings(str(Path(tmp) / "screenshot.ini"), QSettings.Format.IniFormat))
            factions = faction_service.list_factions(store)
            if factions:
                settings.faction = factions[0].name
                members = faction_service.list_members(store, factions[0].name)
                settings.member = members[0].name if members else ""
            window = MainWindow(store, settings, runner=SyncRunner(), lang=lang)
            window.resize(1440, 900)
            window.load_dossier(principle_number=principle)
            window.show()
            for _ in range(5):
                app.processEvents()
            if principle is not None:
                window.select_principle(principle)
                app.processEvents()
            out.parent.mkdir(parents=True, exist_ok=True)
            ok = window.grab().save(str(out))
            window.close()
        if not ok:
            print(f"could not write {out}", file=sys.stderr)
            return 1
        print(out)
        return 0
    finally:
        store.close()
