"""Modal dialogs, shown and let go."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the type is made when the first dialog is, not at start
    from PySide6.QtWidgets import QDialog


def answered(dialog: QDialog) -> bool:
    """Show a modal dialog until it is answered; True when accepted.

    The dialog is deleted once the caller is done with it (deleteLater: after control returns to
    the event loop, so its values can still be read). A dialog made with the window as parent
    would otherwise live as long as the window: a few hundred notes cost tens of megabytes."""
    accepted = bool(dialog.exec() == type(dialog).DialogCode.Accepted)
    dialog.deleteLater()
    return accepted
