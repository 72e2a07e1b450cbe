"""The finished program: settings, guide, About, crash dialog, accessible names, keyboard."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
)

from raadsviewer.ui.crash import CrashDialog, install_excepthook, setup_logging
from raadsviewer.ui.help import HelpDialog, guide_markdown
from raadsviewer.ui.settings_dialog import SettingsDialog


def test_settings_dialog_applies_font_theme_and_identity(window, monkeypatch, settings) -> None:
    def fill(dialog: SettingsDialog) -> int:
        dialog.font_size.setValue(15)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.member.setText("Anna B.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fill)
    window.preferences.settings_action.trigger()
    try:
        assert settings.font_size == 15 and window.documents.framework_view.document().defaultFont().pointSize() == 15
        assert settings.theme == "dark" and settings.language == "en" and window.context.member == "Anna B."
        from PySide6.QtWidgets import QApplication

        assert QApplication.palette().color(QApplication.palette().ColorRole.Base).lightness() < 60
    finally:
        from raadsviewer.ui.help import apply_theme

        apply_theme("system")


def test_dark_theme_screenshot(window, tmp_path: Path, qtbot) -> None:
    """The dark palette reaches the document views (looked at as a screenshot too)."""
    from raadsviewer.ui.help import apply_theme

    apply_theme("dark")
    qtbot.wait(10)  # palette changes reach widgets through the event loop
    try:
        window.select_principle(3)  # highlights are coloured for the palette in force
        window.repaint()
        image = window.documents.framework_view.viewport().grab().toImage()
        assert image.pixelColor(3, image.height() - 3).lightness() < 100
        window.grab().save(str(tmp_path / "dark.png"))
    finally:
        apply_theme("system")


def test_guide_in_both_languages(qtbot) -> None:
    assert guide_markdown("nl").startswith("# Handleiding") and guide_markdown("en").startswith("# raadsviewer guide")
    dialog = HelpDialog(None, "en")
    qtbot.addWidget(dialog)
    assert "Draft zienswijze" in dialog.view.toPlainText()


def test_about_names_version_and_data_folder(window, monkeypatch) -> None:
    from raadsviewer import __version__

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.preferences.about_action.trigger()
    assert __version__ in shown[0] and str(window.context.store.path.parent) in shown[0]


def test_crash_dialog_logs_and_copies(qtbot, tmp_path: Path, monkeypatch) -> None:
    log_path = setup_logging(tmp_path / "logs")
    seen: list[CrashDialog] = []

    def fake_exec(dialog: CrashDialog) -> int:
        dialog.copy()
        seen.append(dialog)
        return 0

    monkeypatch.setattr(CrashDialog, "exec", fake_exec)
    import sys

    old = sys.excepthook
    try:
        install_excepthook(log_path)
        try:
            raise RuntimeError("kapot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", "") == str(log_path):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert "RuntimeError: kapot" in log_path.read_text(encoding="utf-8")
    [dialog] = seen
    clipboard = QGuiApplication.clipboard().text()
    assert str(log_path) in clipboard and "RuntimeError: kapot" in clipboard


def test_main_widgets_have_accessible_names(window) -> None:
    window.drafts.show_draft()
    missing = []
    for root in (window, window.drafts.draft_window):
        widgets = [
            w
            for kind in (QAbstractItemView, QTextEdit, QPlainTextEdit, QComboBox, QLineEdit, QTabWidget)
            for w in root.findChildren(kind)
        ]
        for widget in widgets:
            if not widget.isVisibleTo(root):
                continue
            if isinstance(widget, QAbstractItemView) and widget.parent() and isinstance(widget.parent(), QComboBox):
                continue  # a combo box's own popup list
            if not widget.accessibleName():
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
        for button in root.findChildren(QAbstractButton):
            if button.isVisibleTo(root) and not (button.text() or button.accessibleName() or button.toolTip()):
                missing.append(f"button {button.objectName()}")
    assert missing == []


def test_every_menu_action_is_reachable_by_keyboard(window) -> None:
    """Each menu has a mnemonic; each action in it a mnemonic or a shortcut."""
    unreachable = []
    for menu_action in window.menuBar().actions():
        if "&" not in menu_action.text():
            unreachable.append(menu_action.text())
        for action in menu_action.menu().actions():
            if action.isSeparator():
                continue
            if "&" not in action.text() and action.shortcut().isEmpty():
                unreachable.append(action.text())
    assert unreachable == []
    core = [
        window.annotations.add_action,
        window.amend_action,
        window.undo_action,
        window.redo_action,
        window.draft_action,
        window.preferences.help_action,
        window.preferences.settings_action,
        window.import_action,
    ]
    assert all(not a.shortcut().isEmpty() for a in core)


def test_pyside_is_told_which_modules_use_it_as_it_would_find_out_itself() -> None:
    """The start's quicker answer to PySide's question about every import (does the module's
    source mention PySide6?) is PySide's own answer, for modules with and without it, built-in
    ones and ones without a source file."""
    import sys

    import raadsviewer.domain.model
    import raadsviewer.ui.document_view
    from raadsviewer.ui.startup import quicker_pyside_imports

    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    try:
        quicker_pyside_imports()
        quicker = feature._mod_uses_pyside
        assert quicker is not original and quicker.quicker
        quicker_pyside_imports()  # a second start in the same process keeps the one it made
        assert feature._mod_uses_pyside is quicker
        modules = [
            raadsviewer.ui.document_view,
            raadsviewer.domain.model,
            sys,
            sys.modules["json"],
            sys.modules["_json"],
            sys.modules["PySide6.QtCore"],
        ]
        answers = [quicker(m) for m in modules]
        assert answers == [original(m) for m in modules]
        assert answers[:2] == [True, False]
    finally:
        feature._mod_uses_pyside = original


def test_the_collector_is_held_until_let_go_and_a_held_one_is_left_alone() -> None:
    import gc

    from raadsviewer.ui.startup import hold_collection

    assert gc.isenabled()
    let_go = hold_collection()
    try:
        assert not gc.isenabled()
        assert hold_collection()() is None and not gc.isenabled()  # an inner hold does not let go early
    finally:
        let_go()
    assert gc.isenabled()
    gc.disable()  # a merge pauses it after the first paint ...
    try:
        let_go()  # ... and the start's fallback timer fires: it lets go only once
        assert not gc.isenabled()
    finally:
        gc.enable()
