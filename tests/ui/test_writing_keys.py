"""Writing with the keyboard in the note, amendment and motie editors: Tab moves on from a text
field (it typed a tab, so the buttons could not be reached without the mouse), Ctrl+Enter saves,
and Enter in an amendment's or motie's title saves nothing half-written."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPlainTextEdit

from raadsviewer.services import amendments as amendment_service
from raadsviewer.ui.amendment_dialog import AmendmentDialog
from raadsviewer.ui.dialogs import AnnotationDialog
from raadsviewer.ui.motie_dialog import MotieDialog


def _ctrl_enter(dialog: QDialog) -> None:
    [shortcut] = [s for s in dialog.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+Return")]
    shortcut.activated.emit()


def test_a_note_is_written_and_saved_from_the_keyboard(window, monkeypatch) -> None:
    seen: dict[str, object] = {}

    def answer(dialog: AnnotationDialog) -> int:
        QTest.keyClicks(dialog.body, "Met het toetsenbord")
        QTest.keyClick(dialog.body, Qt.Key.Key_Tab)
        seen["text"] = dialog.body.toPlainText()
        _ctrl_enter(dialog)
        return dialog.result()

    monkeypatch.setattr(AnnotationDialog, "exec", answer)
    window.select_principle(7)
    window.annotations.add_action.trigger()  # Ctrl+N
    assert seen["text"] == "Met het toetsenbord"  # no tab typed: Tab went on to the buttons
    assert [a.body for a in window.context.annotations] == ["Met het toetsenbord"]


def test_enter_in_a_title_saves_nothing_and_ctrl_enter_saves_the_concept(window, monkeypatch) -> None:
    results: list[int] = []

    def amendment(dialog: AmendmentDialog) -> int:
        assert all(e.tabChangesFocus() for e in dialog.findChildren(QPlainTextEdit))
        QTest.keyClicks(dialog.title, "Toegang")
        QTest.keyClick(dialog.title, Qt.Key.Key_Return)
        results.append(dialog.result())  # not closed by Enter
        dialog.new_text.setPlainText("Versterken van een onafhankelijke toegang")
        _ctrl_enter(dialog)
        results.append(dialog.result())
        return dialog.result()

    monkeypatch.setattr(AmendmentDialog, "exec", amendment)
    window.select_principle(7)
    window.amend_action.trigger()
    assert results == [0, QDialog.DialogCode.Accepted]
    [a] = amendment_service.list_amendments(window.context.store, window.context.view.dossier.id)
    assert a.title == "Toegang"

    def motie(dialog: MotieDialog) -> int:
        QTest.keyClicks(dialog.title, "Wachtlijsten")
        QTest.keyClick(dialog.title, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(MotieDialog, "exec", motie)
    window.motie_action.trigger()
    assert window.moties.model.rowCount() == 0  # Enter in the title saved no half-written motie


def test_delete_takes_a_note_away_only_where_the_notes_are(window, qtbot) -> None:
    """Del deletes the selected note when the notes list has the focus; pressed while reading
    the framework it did so too, out of sight, with only a line in the status bar."""
    from raadsviewer.domain.model import AnnotationDraft, Stance, Visibility

    window.select_principle(7)
    for body in ("Een", "Twee"):
        window.annotations.push_add(principle_number=7, draft=AnnotationDraft(body, Stance.ZORG, Visibility.FRACTIE))

    def live() -> list[str]:
        return [a.body for a in window.context.annotations if not a.deleted]

    window.annotations.show_annotation(window.context.annotations[0].id)
    window.activateWindow()
    view = window.documents.framework_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert len(live()) == 2
    notes = window.annotations.list
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    QTest.keyClick(notes, Qt.Key.Key_Delete)
    assert len(live()) == 1
