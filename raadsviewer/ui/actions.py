"""Menu and toolbar actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: Shortcut | list[Shortcut] | None = None,
    *,
    checkable: bool = False,
) -> QAction:
    """An action whose slot is called without arguments.

    ``QAction.triggered`` sends ``checked``; a slot with an optional first parameter
    (``path=None``) would take it for a value, which is how four menu items once crashed. The
    action's parent is the window, so it works as a shortcut before any menu holds it and
    ``findChildren(QAction)`` finds every action (the action walk test does)."""
    action = QAction(text, parent)
    if shortcut is not None:
        shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setCheckable(checkable)
    action.triggered.connect(lambda _checked=False: slot())
    return action
