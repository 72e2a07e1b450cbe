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
    it, and the full store (SQLAlchemy) opened after the first paint.

    Returns 0 when the user closed the program, 1 when no store could be opened for a reason the
    user did not choose (the message said which)."""
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
    window: MainWindow | None = None
    if startup is not None:
        window = MainWindow(None, settings, lang=lang)
        window.show_startup(startup)
    else:  # first start, an older store, or a problem the full path will put into words
        _watch_the_run(app, lambda: window)  # dialogs may come before the window: log and close them properly
        store, code = _open_full_store(db_path, lang)
        if store is None:
            return code
        window = MainWindow(store, settings, lang=lang)
        window.load_dossier()
    window.show()
    shown = window

    class _FirstPaint(QObject):
        """The window's first Paint event starts the pass that paints all its widgets; what comes
        after the first paint is queued behind that pass. (Watching the window itself rather than
        one of its views: handing a view's viewport to Python costs more than the watching.)"""

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint:
                shown.removeEventFilter(self)
                QTimer.singleShot(0, after_first_paint)
            return False

    def after_first_paint() -> None:
        if os.environ.get("RAADSVIEWER_EXIT_AFTER_PAINT"):  # `make bench`
            print(f"painted {time.perf_counter() - started:.4f}", flush=True)
            app.quit()
            return
        set_window_icon(app)
        _watch_the_run(app, lambda: shown)
        import logging

        logging.getLogger("raadsviewer").info(
            "first paint after %.3f s (%s start)", time.perf_counter() - started, "fast" if startup else "full"
        )
        if startup is not None:  # the full store opens in the background; what needs it waits for it
            shown.open_store_in_background(lambda: _store_or_raise(db_path), db_path)
        shown.resume_linking()
        warn_about_location(shown, db_path, settings)
        if open_packages:  # opened with a package: straight to the clerk's merge preview
            shown.merge_packages([str(p) for p in open_packages])
        elif not shown.faction:
            shown.ask_identity()

    if sys.platform == "darwin":  # only macOS sends FileOpen; elsewhere a filter on the whole
        # application would only turn every event of every widget into a Python call
        file_open = package_opener(window)
        app.installEventFilter(file_open)
    first_paint = _FirstPaint(window)
    window.installEventFilter(first_paint)
    code = app.exec()
    import logging

    if window._store is not None or window._store_future is not None:
        try:
            window.store.close()
        except Exception:  # closing after a failed open: nothing to close
            logging.getLogger(__name__).exception("closing the store")
    logging.getLogger("raadsviewer").info("closed with status %d", code)
    return int(code)


def _watch_the_run(app, main_window) -> None:  # type: ignore[no-untyped-def]
    """The log (with Qt's own messages in it), the crash dialog for unexpected errors, and a
    graceful close on SIGTERM/SIGINT. Installed after the first paint on the fast path (it
    imports dialogs and logging), before anything is shown on the slow one."""
    if getattr(app, "_raadsviewer_watched", False):
        return
    app._raadsviewer_watched = True
    from raadsviewer.ui.crash import install_excepthook, setup_logging
    from raadsviewer.ui.lifecycle import close_on_request, route_qt_messages

    install_excepthook(setup_logging(), main_window)
    route_qt_messages()
    close_on_request(app, main_window)


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
    """The store through the full path (new, older or damaged stores). Returns (store, 0), or
    (None, exit status) when it cannot be opened: 0 when the user chose not to restore a damaged
    store (nothing failed; the store is left as it was), 1 when there was no way to open it."""
    import logging

    from PySide6.QtWidgets import QMessageBox

    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.services.maintenance import open_checked

    log = logging.getLogger("raadsviewer")
    try:
        try:
            store = open_checked(db_path)
        except UserFacingError as error:
            if error.code != "store_damaged" or not error.params.get("backup"):
                raise
            if not offer_recovery(None, db_path, error, lang):
                log.warning("store %s is damaged; not restored at the user's request", db_path)
                QMessageBox.warning(None, "raadsviewer", error.message(lang))
                return None, 0
            store = open_checked(db_path)
        ensure_sample_dossier(store)
        log.info("store open: %s", db_path)
        return store, 0
    except UserFacingError as error:
        log.warning("store %s could not be opened: %s", db_path, error.code)
        QMessageBox.critical(None, "raadsviewer", error.message(lang))
        return None, 1


def offer_recovery(parent, db_path: Path, error: UserFacingError, lang: str) -> bool:  # type: ignore[no-untyped-def]
    """A damaged store: say so, offer the newest good backup, and only restore with consent."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from raadsviewer.services.maintenance import recover_damaged

    backup = error.params.get("backup")
    if not backup:
        return False
    import logging

    logging.getLogger("raadsviewer").warning("store %s is damaged; offering the backup of %s", db_path, backup)
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
