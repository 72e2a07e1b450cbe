"""Starting the window: the application object, translations, the store, first-start questions."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from raadsviewer.domain.errors import UserFacingError


def _application(lang: str, argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from raadsviewer.ui.i18n import install_translators

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("raadsviewer")
    app.setOrganizationName("raadsviewer")
    app.setApplicationDisplayName("raadsviewer")
    app.setDesktopFileName("raadsviewer")  # so Wayland desktops match the window to raadsviewer.desktop
    app._raadsviewer_translators = install_translators(app, lang)  # type: ignore[attr-defined]
    return app


def set_window_icon(app) -> None:  # type: ignore[no-untyped-def]
    """The icon of every window of the application. The window sets it right after its first
    paint (painting does not need the icon classes); the screenshot command sets it at once."""
    from PySide6.QtGui import QIcon

    from raadsviewer.resources_path import app_icon_path

    icon = app_icon_path(256)
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def run_gui(
    db_path: Path, lang: str | None, *, explicit_db: bool = False, open_packages: list[Path] | None = None
) -> int:
    """Show the window as fast as possible: from the fast read path when the store is ready for
    it, and the full store (SQLAlchemy) opened after the first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from raadsviewer.storage.quick import read_startup_view
    from raadsviewer.ui.i18n import choose_language
    from raadsviewer.ui.main_window import MainWindow
    from raadsviewer.ui.settings import Settings

    started = time.perf_counter()
    settings = Settings()
    lang = choose_language(lang or settings.language or None)
    app = _application(lang)
    if settings.store_path and not explicit_db:
        db_path = Path(settings.store_path)
    if settings.theme != "system":
        from raadsviewer.ui.help import apply_theme

        apply_theme(settings.theme)
    startup = read_startup_view(db_path, settings.faction or None)
    if startup is not None:
        window = MainWindow(None, settings, lang=lang)
        window.show_startup(startup)
    else:  # first start, an older store, or a problem the full path will put into words
        store = _open_full_store(db_path, lang)
        if store is None:
            return 1
        window = MainWindow(store, settings, lang=lang)
        window.load_dossier()
    window.show()

    class _FirstPaint(QObject):
        """The window's first Paint event starts the pass that paints all its widgets; what comes
        after the first paint is queued behind that pass. (Watching the window itself rather than
        one of its views: handing a view's viewport to Python costs more than the watching.)"""

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, after_first_paint)
            return False

    def after_first_paint() -> None:
        if os.environ.get("RAADSVIEWER_EXIT_AFTER_PAINT"):  # `make bench`
            print(f"painted {time.perf_counter() - started:.4f}", flush=True)
            app.quit()
            return
        set_window_icon(app)
        from raadsviewer.ui.crash import install_excepthook, setup_logging

        install_excepthook(setup_logging(), lambda: window)  # after the paint: it imports dialogs
        window.resume_linking()
        if startup is not None:
            window.open_store_in_background(lambda: _store_or_raise(db_path), db_path)
        warn_about_location(window, db_path, settings)
        if open_packages:  # opened with a package: straight to the clerk's merge preview
            window.merge_packages([str(p) for p in open_packages])
        elif not window.faction:
            window.ask_identity()

    if sys.platform == "darwin":  # only macOS sends FileOpen; elsewhere a filter on the whole
        # application would only turn every event of every widget into a Python call
        file_open = package_opener(window)
        app.installEventFilter(file_open)
    first_paint = _FirstPaint(window)
    window.installEventFilter(first_paint)
    code = app.exec()
    if window._store is not None or window._store_future is not None:
        try:
            window.store.close()
        except Exception:  # closing after a failed open: nothing to close
            import logging  # not at the top: logging is not needed for the first paint

            logging.getLogger(__name__).exception("closing the store")
    return int(code)


def _screenshot_target(window, view: str):  # type: ignore[no-untyped-def]
    if view == "amendments":
        window.right_tabs.setCurrentWidget(window.amendments_pane)
        return window
    if view == "editor":
        from raadsviewer.ui.amendment_dialog import AmendmentDialog, AmendmentTarget

        p = window.current_principle
        own = window._own_faction() or (window.factions[0] if window.factions else None)
        existing = window.amendments_pane.selected()
        draft = None
        if existing is not None:
            from raadsviewer.domain.model import AmendmentDraft

            draft = AmendmentDraft(
                title=existing.title,
                operation=existing.operation,
                old_text=existing.old_text,
                new_text=existing.new_text,
                rationale=existing.rationale,
                betreft=existing.betreft,
                principle_number=existing.principle_number,
                anchor=existing.anchor,
                cosigners=existing.cosigners,
            )
        if own is None:
            raise SystemExit("screenshot --view editor needs a faction in the store")
        dialog = AmendmentDialog(
            window,
            target=AmendmentTarget(p, p.text if p else ""),
            own_faction=own,
            factions=window.factions,
            betreft=window.view.dossier.title if window.view else "",
            draft=draft,
            lang=window.lang,
        )
        dialog.resize(980, 720)
        dialog.show()
        dialog.refresh()
        return dialog
    if view == "draft":
        window.show_draft()
        window._draft_window.resize(1200, 860)
        return window._draft_window
    return window


def package_opener(window):  # type: ignore[no-untyped-def]
    """macOS hands a double-clicked .raadspakket to the running app as a FileOpen event, not as an
    argument; this event filter starts the merge preview for it."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PackageOpener(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.FileOpen:
                path = event.file()  # type: ignore[attr-defined]
                if path.lower().endswith(".raadspakket"):
                    QTimer.singleShot(0, lambda: window.merge_packages([path]))
                    return True
            return False

    return PackageOpener(window)


def _store_or_raise(db_path: Path):  # type: ignore[no-untyped-def]
    from raadsviewer.services.maintenance import open_checked

    return open_checked(db_path)


def _open_full_store(db_path: Path, lang: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.services.maintenance import open_checked

    try:
        try:
            store = open_checked(db_path)
        except UserFacingError as error:
            if error.code != "store_damaged" or not offer_recovery(None, db_path, error, lang):
                raise
            store = open_checked(db_path)
        ensure_sample_dossier(store)
        return store
    except UserFacingError as error:
        QMessageBox.critical(None, "raadsviewer", error.message(lang))
        return None


def offer_recovery(parent, db_path: Path, error: UserFacingError, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """A damaged store: say so, offer the newest good backup, and only restore with consent."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from raadsviewer.services.maintenance import recover_damaged

    backup = error.params.get("backup")
    if not backup:
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Recovery", "Opslag beschadigd"),
        error.message(lang)
        + "\n\n"
        + QCoreApplication.translate(
            "Recovery",
            "De nieuwste goede back-up is van {when}. Wilt u die terugzetten? De beschadigde opslag wordt "
            "ernaast bewaard, niets wordt weggegooid.",
        ).format(when=backup),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    aside, _used = recover_damaged(db_path)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Recovery", "Back-up teruggezet"),
        QCoreApplication.translate("Recovery", "De beschadigde opslag staat nu in {path}.").format(path=aside),
    )
    return True


def warn_about_location(parent, db_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    """Once per store path: a network share or cloud folder is no place for an SQLite store."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from raadsviewer.storage.safety import risky_location

    kind = risky_location(db_path)
    key = f"warned/{str(db_path.resolve()).replace('/', '|')}"
    if kind is None or settings.q.value(key):
        return
    settings.q.setValue(key, True)
    text = (
        QCoreApplication.translate(
            "Recovery", "De opslag staat in een map die met andere computers wordt gesynchroniseerd."
        )
        if kind == "cloud"
        else QCoreApplication.translate("Recovery", "De opslag staat op een netwerkschijf.")
    )
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Recovery", "Opslag op een onveilige plek"),
        text
        + "\n\n"
        + QCoreApplication.translate(
            "Recovery",
            "Daar kan het bestand beschadigd raken. Zet de opslag op deze computer (Instellingen › Gegevensmap) "
            "en deel uw werk met pakketten.",
        ),
    )


SCREENSHOT_VIEWS = ("main", "amendments", "editor", "draft")


def screenshot(db_path: Path, out: Path, *, principle: int | None = None, lang: str = "nl", view: str = "main") -> int:
    """Render a window offscreen with the store's dossier and write a PNG: the main window (its
    annotations or amendments tab), the amendment editor, or the combined draft."""
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
    set_window_icon(app)
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
            target = _screenshot_target(window, view)
            for _ in range(5):
                app.processEvents()
            out.parent.mkdir(parents=True, exist_ok=True)
            ok = target.grab().save(str(out))
            if target is not window:
                target.close()
            window.close()
        if not ok:
            print(f"could not write {out}", file=sys.stderr)
            return 1
        print(out)
        return 0
    finally:
        store.close()
