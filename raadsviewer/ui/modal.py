"""Modal dialogs, shown and let go."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the types are made when the first dialog is, not at start
    from PySide6.QtWidgets import QDialog


def answered(dialog: QDialog) -> bool:
    """Show a modal dialog until it is answered; True when accepted.

    The dialog is deleted once the caller is done with it (deleteLater: after control returns to
    the event loop, so its values can still be read). A dialog made with the window as parent
    would otherwise live as long as the window: a few hundred notes cost tens of megabytes."""
    accepted = bool(dialog.exec() == type(dialog).DialogCode.Accepted)
    dialog.deleteLater()
    return accepted


def may_close_unsaved(dialog: QDialog, typed: bool) -> bool:
    """Whether a dialog someone writes in may close without keeping what was typed (Annuleren,
    Escape, the close button): at once when nothing was typed, else only when the person says so.
    One key must not throw away a rationale of several paragraphs."""
    if not typed:
        return True
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        dialog,
        QCoreApplication.translate("Modal", "Niet bewaard"),
        QCoreApplication.translate("Modal", "Wat u hier typte is nog niet bewaard. Weggooien?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return bool(answer == QMessageBox.StandardButton.Yes)
