"""A paste longer than a text may be is refused with a message, not laid out: a megabyte without
a space (an encoded attachment, a long link) held the note editor for over a minute, and could
not have been saved anyway. The clipboard keeps it; a paste that fits goes in as always."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from raadsviewer.domain.annotations import MAX_BODY_CHARS
from raadsviewer.services import annotations as annotation_service
from raadsviewer.ui.amendment_dialog import AmendmentDialog
from raadsviewer.ui.dialogs import AnnotationDialog

HUGE = "x" * 1_000_000  # one "word": Qt lays such a line out in time growing with its square
SHORT = "Een korte notitie uit het klembord."


@pytest.fixture(autouse=True)
def dutch():  # type: ignore[no-untyped-def]
    """The program's language, as it sets it at start (``ui.i18n``): Dutch here, whatever a test
    before this one left."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch))
    yield
    QLocale.setDefault(before)


def _told(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    told: list[str] = []

    def information(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        told.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    return told


def _paste(qtbot, edit, text: str) -> float:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText(text)
    started = time.perf_counter()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    return time.perf_counter() - started


def _writing_in(monkeypatch, dialog_type, write, *, save: bool) -> None:  # type: ignore[no-untyped-def]
    """The dialog ``dialog_type``, when the window opens it, shown and written in by ``write``,
    then saved or closed."""

    def shown(dialog):  # type: ignore[no-untyped-def]
        dialog.show()
        write(dialog)
        (dialog.accept if save else dialog.reject)()
        return QDialog.DialogCode.Accepted if save else QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialog_type, "exec", shown)


def test_a_note_takes_no_paste_it_could_not_be_saved_with(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    told = _told(monkeypatch)
    seen: dict[str, object] = {}

    def writing(dialog: AnnotationDialog) -> None:
        qtbot.keyClicks(dialog.body, "Begin. ")
        seen["huge"] = _paste(qtbot, dialog.body, HUGE)
        seen["after_huge"] = dialog.body.toPlainText()
        _paste(qtbot, dialog.body, SHORT)
        seen["after_short"] = dialog.body.toPlainText()

    _writing_in(monkeypatch, AnnotationDialog, writing, save=True)
    window.select_principle(7)
    window.annotations.add_action.trigger()  # Annotatie toevoegen…
    assert seen["after_huge"] == "Begin. "  # nothing of it went in
    assert seen["huge"] < 5, seen["huge"]  # refused at once (laid out, it took over a minute)
    assert len(told) == 1 and "1.000.000" in told[0] and f"{MAX_BODY_CHARS:,}".replace(",", ".") in told[0]
    assert "klembord" in told[0]
    assert seen["after_short"] == "Begin. " + SHORT
    notes = annotation_service.list_annotations(window.context.store, window.context.view.dossier.id)
    assert [a.body for a in notes] == ["Begin. " + SHORT]
    assert QApplication.clipboard().text() == SHORT  # the clipboard is the person's own


def test_an_amendment_text_refuses_too_long_a_paste_too(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    told = _told(monkeypatch)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen: dict[str, str] = {}

    def writing(dialog: AmendmentDialog) -> None:
        _paste(qtbot, dialog.rationale, HUGE)
        seen["rationale"] = dialog.rationale.toPlainText()
        _paste(qtbot, dialog.new_text, SHORT)
        seen["new_text"] = dialog.new_text.toPlainText()

    _writing_in(monkeypatch, AmendmentDialog, writing, save=False)
    window.select_principle(7)
    window.amend_action.trigger()
    assert seen == {"rationale": "", "new_text": SHORT}
    assert len(told) == 1
