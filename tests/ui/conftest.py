from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from raadsviewer.ui.settings import Settings

    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.faction = "GroenLinks"
    s.member = "Anna de Vries"
    return s


@pytest.fixture
def window(qtbot, sample_store, settings):
    from raadsviewer.services.factions import ensure_faction
    from raadsviewer.services.roles import set_owner_member
    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.main_window import MainWindow

    ensure_faction(sample_store, settings.faction, settings.member)
    set_owner_member(sample_store, settings.faction, settings.member)  # a member's laptop
    w = MainWindow(sample_store, settings, runner=SyncRunner())
    w.context.load_identity()
    qtbot.addWidget(w)
    w.resize(1300, 850)
    w.load_dossier()
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture(autouse=True)
def unexpected_message_boxes_fail(monkeypatch):
    """A message box that a test did not expect would wait for a click forever (the run hangs
    instead of failing); here it fails the test with its text. Tests that expect one patch it."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(kind: str):  # type: ignore[no-untyped-def]
        def show(*args, **_kwargs):  # type: ignore[no-untyped-def]
            text = next((a for a in args[2:] if isinstance(a, str)), "")
            raise AssertionError(f"unexpected QMessageBox.{kind}: {text}")

        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))

    from PySide6.QtWidgets import QDialog

    def unexpected_dialog(dialog: QDialog) -> int:  # a test that expects a dialog patches its exec
        raise AssertionError(f"unexpected dialog: {type(dialog).__name__} {dialog.windowTitle()!r}")

    monkeypatch.setattr(QDialog, "exec", unexpected_dialog)


@pytest.fixture(autouse=True)
def keep_the_application_font():
    """Zooming scales the whole interface (the application's font): put it back for the next test."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    font = QApplication.font() if app is not None else None
    yield
    if font is not None and QApplication.instance() is not None:
        QApplication.setFont(font)


def become_griffie(window) -> None:  # type: ignore[no-untyped-def]
    """The same store, now the griffie's (who records votes and what goes into the draft)."""
    from raadsviewer.services.roles import set_owner_griffie

    set_owner_griffie(window.context.store)
    window.context.load_identity()


def answer_key_question(monkeypatch, choice: str = "Sleutel maken") -> list[str]:  # type: ignore[no-untyped-def]
    """The laptop has no key of its faction yet: the first export asks whether to make one or take a
    colleague's over; answered with the button whose words start with ``choice``. Returns the
    questions asked."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "").startswith(choice)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked
