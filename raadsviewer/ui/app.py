"""The window as started by the `raadsviewer` command (and `make run`), and the screenshot command.
The pieces of a start are in ``startup``; this module strings them together and is the only one
that builds a ``MainWindow``."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from raadsviewer.ui.startup import (
    application,
    exit_after_paint,
    hold_collection,
    on_first_paint,
    open_checked_store,
    open_full_store,
    package_opener,
    quicker_pyside_imports,
    set_window_icon,
    watch_the_run,
)


def run_gui(
    db_path: Path | str, lang: str | None, *, explicit_db: bool = False, open_packages: list[Path] | None = None
) -> int:
    """Show the window as fast as possible: from the fast read path when the store is ready for
    it, and the full store (SQLAlchemy) opened after the first paint. A store on a server
    (``db_path`` a URL) has no fast path: the window is shown empty and connects in the background
    (``server_start``).

    Returns 0 when the user closed the program, 1 when no store could be opened for a reason the
    user did not choose (the message said which)."""
    let_collector_go = hold_collection()
    quicker_pyside_imports()
    from raadsviewer.storage.quick import read_startup_view
    from raadsviewer.ui.i18n import choose_language
    from raadsviewer.ui.main_window import MainWindow
    from raadsviewer.ui.settings import Settings

    started = time.perf_counter()
    settings = Settings()
    lang = choose_language(lang or settings.language or None)
    app = application(lang)
    if settings.store_path and not explicit_db:
        db_path = settings.store_location()
    if settings.theme != "system":
        from raadsviewer.ui.help import apply_theme

        apply_theme(settings.theme)
    server = db_path if isinstance(db_path, str) else ""
    file = Path(db_path)
    startup = None if server else read_startup_view(file, settings.faction or None, settings.last_dossier or None)
    window: MainWindow | None = None
    if server:  # nothing to read before the connection: the window first, the store after it
        watch_the_run(app, lambda: window)
        window = MainWindow(None, settings, lang=lang, defer=True)
    elif startup is not None:
        window = MainWindow(None, settings, lang=lang, defer=True)
        window.show_startup(startup)
    else:  # first start, an older store, or a problem the full path will put into words
        let_collector_go()  # the full path may migrate and ask: no reason to hold memory back
        watch_the_run(app, lambda: window)  # dialogs may come before the window: log and close them properly
        store, code = open_full_store(file, lang)
        if store is None:
            return code
        window = MainWindow(store, settings, lang=lang, defer=True)
        window.load_dossier()
    window.show()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(5_000, let_collector_go)  # also when the window is not painted (started minimised)
    shown = window
    context = shown.context

    def after_first_paint() -> None:
        if exit_after_paint(started):  # first: the window is painted; what follows is after it
            app.quit()
            return
        let_collector_go()  # its first collection walks everything the start made (5 ms)
        set_window_icon(app)
        watch_the_run(app, lambda: shown)
        import gc
        import logging

        logging.getLogger("raadsviewer").info(
            "first paint after %.3f s (%s start, garbage collector %s)",
            time.perf_counter() - started,
            "server" if server else "fast" if startup else "full",
            "on" if gc.isenabled() else "off",
        )
        shown.complete()
        if server:
            from raadsviewer.ui.server_start import NO_STORE, ServerConnection

            def gave_up() -> None:
                app.exit(NO_STORE)
                shown.close()

            ServerConnection(shown, context, server, server_store_opened, gave_up=gave_up).start()
            return
        from raadsviewer.ui.safety import warn_about_location

        warn_about_location(shown, file, settings)
        if startup is not None:  # the full store opens in the background; what needs it waits for it
            context.open_store_in_background(lambda: open_checked_store(file), file)
            context.when_store_open(store_opened, shown.safety.store_failed)
        else:
            context.storeReady.emit()
            first_questions()

    def store_opened() -> None:
        import logging

        from raadsviewer.ui.startup import freeze_long_lived_objects

        context.take_in_opened_store()
        logging.getLogger("raadsviewer").info("store open: %s", context.store_location)
        freeze_long_lived_objects()  # everything loaded by now lives as long as the program
        first_questions()

    def server_store_opened() -> None:
        """The griffie's shared store: its dossier as the last one read here, no sample added
        (a shared store holds the council's own dossiers)."""
        shown.load_dossier()
        store_opened()

    def first_questions() -> None:
        """Who uses this computer (the store's owner), and a file the program was opened with."""
        context.load_identity()
        shown.preferences.adopt_remembered_identity()
        from raadsviewer.ui import recovery

        recovery.use(context.store_location)  # what is written from now on is kept until saved
        recovery.offer(shown, shown)  # and what was written when the program last stopped: shown, or written on
        files = [str(p) for p in open_packages or ()]
        dossiers = [f for f in files if f.lower().endswith(".raadsdossier")]
        packages = [f for f in files if f not in dossiers]
        if dossiers:  # the griffie's dossier, double-clicked: import it (a first start begins here)
            shown.exchange.import_dossier(dossiers[0])
        if packages:  # opened with a package: straight to the merge preview
            shown.exchange.merge_packages(packages)
        elif not context.identity.explicit:
            shown.preferences.ask_identity()

    if sys.platform == "darwin":  # only macOS sends FileOpen; elsewhere a filter on the whole
        # application would only turn every event of every widget into a Python call
        def open_files(paths: list[str]) -> None:
            if paths[0].lower().endswith(".raadsdossier"):
                shown.exchange.import_dossier(paths[0])
            else:
                shown.exchange.merge_packages(paths)

        app.installEventFilter(package_opener(open_files))
    on_first_paint(window, after_first_paint)
    code = app.exec()
    import logging

    try:
        context.close_store()
    except Exception:  # closing after a failed open: nothing to close
        logging.getLogger(__name__).exception("closing the store")
    logging.getLogger("raadsviewer").info("closed with status %d", code)
    return int(code)


def _screenshot_target(window: Any, view: str) -> Any:
    if view == "amendments":
        window.right_tabs.setCurrentWidget(window.amendments)
        return window
    if view == "editor":
        from raadsviewer.ui.amendment_dialog import AmendmentTarget

        pane = window.amendments
        principle = window.context.current_principle
        existing = pane.selected()
        dialog = pane.editor(
            AmendmentTarget(principle, principle.text if principle else ""),
            pane.draft_of(existing) if existing is not None else None,
        )
        if dialog is None:
            raise SystemExit("screenshot --view editor needs a faction in the store")
        dialog.resize(980, 720)
        dialog.show()
        dialog.refresh()
        return dialog
    if view == "principles":  # the correction of the principles (Uitgangspunten aanpassen…)
        window.principle_corrections.edit_action.trigger()
        editor = window.principle_corrections.editor
        editor.resize(1180, 760)
        return editor
    if view == "draft":
        window.drafts.show_draft()
        window.drafts.draft_window.resize(1200, 860)
        return window.drafts.draft_window
    return window


def screenshot(
    db_path: Path | str, out: Path, *, principle: int | None = None, lang: str = "nl", view: str = "main"
) -> int:
    """Render a window offscreen with the store's dossier and write a PNG: the main window (its
    annotations or amendments tab), the amendment editor, or the combined draft. A file store
    gets the sample dossier when it has none; a store on a server is shown as it is."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtCore import QSettings

    from raadsviewer.services import factions as faction_service
    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.services.server import open_store
    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.main_window import MainWindow
    from raadsviewer.ui.settings import Settings

    app = application(lang)
    set_window_icon(app)
    store = open_store(db_path)
    try:
        if not store.is_server:
            ensure_sample_dossier(store)
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(QSettings(str(Path(tmp) / "screenshot.ini"), QSettings.Format.IniFormat))
            factions = faction_service.list_factions(store)
            if factions:
                settings.faction = factions[0].name
                members = faction_service.list_members(store, factions[0].name)
                settings.member = members[0].name if members else ""
            window = MainWindow(store, settings, runner=SyncRunner(), lang=lang)
            window.context.load_identity()  # whose store it is, as a start reads it
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
