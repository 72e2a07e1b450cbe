"""Escape, Annuleren or the close button on a dialog of fields after something was changed asks
first (``ui.modal.AsksBeforeDiscarding``), as the note, amendment and motie editors do: a vote of
a dozen factions, the meeting's details or the settings were thrown away by one key. Unchanged,
the dialog closes at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from raadsviewer.services import factions as faction_service
from raadsviewer.ui.procedure import CouncilDialog
from raadsviewer.ui.settings_dialog import SettingsDialog
from raadsviewer.ui.vote_dialog import VoteDialog
from tests.ui.conftest import become_griffie
from tests.ui.test_amendments_window import _submit_smart


def escape_twice(qtbot, dialog: QDialog, change) -> list[bool]:  # type: ignore[no-untyped-def]
    """Escape unchanged (closes), then changed: asked, No keeps it open, Yes closes it."""
    dialog.show()
    qtbot.waitExposed(dialog)
    closed = []
    change(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    closed.append(not dialog.isVisible())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    closed.append(not dialog.isVisible())
    return closed


def answers(monkeypatch, *given: QMessageBox.StandardButton) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    replies = iter(given)
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or next(replies))
    return asked


def test_a_vote_typed_in_is_not_thrown_away_by_escape(window, qtbot, monkeypatch) -> None:
    _submit_smart(window, monkeypatch)
    become_griffie(window)
    asked = answers(monkeypatch, QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    seen: list[list[bool]] = []

    def clerk(dialog: VoteDialog) -> int:
        def vote(d: VoteDialog) -> None:
            d.faction("VVD").how.setCurrentIndex(d.faction("VVD").how.findData("tegen"))

        seen.append(escape_twice(qtbot, dialog, vote))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(VoteDialog, "exec", clerk)
    window.amendments.vote_button.click()
    assert seen == [[False, True]] and len(asked) == 2  # No: still open; Yes: closed
    assert "Weggooien" in asked[0]


def test_unchanged_fields_close_at_once_and_changed_ones_ask(window, qtbot, monkeypatch) -> None:
    asked = answers(monkeypatch, QMessageBox.StandardButton.Yes)
    untouched: list[bool] = []

    def look(dialog: SettingsDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        untouched.append(not dialog.isVisible())
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(SettingsDialog, "exec", look)
    window.preferences.settings_action.trigger()  # Bewerken › Instellingen…
    assert untouched == [True] and asked == []  # nothing changed: nothing asked

    def bigger(dialog: SettingsDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.font_size.setValue(dialog.font_size.value() + 4)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(SettingsDialog, "exec", bigger)
    window.preferences.settings_action.trigger()
    assert len(asked) == 1

    faction_service.add_faction(window.context.store, "VVD", seats=7)
    become_griffie(window)
    asked.clear()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append("?") or QMessageBox.StandardButton.Yes)

    def meeting(dialog: CouncilDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.municipality.setText("Dordrecht")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(CouncilDialog, "exec", meeting)
    window.procedure.settings_action.trigger()  # Raad › Vergadergegevens…
    assert asked == ["?"]
