"""The real program (its command line's start, no arguments) killed while a note is being typed.

Run by test_killed_while_writing.py in a private home: once the program has asked its first
questions, it opens Annotatie toevoegen through the action, types TEXT into the note as keys,
and two and a half seconds later the process kills itself with SIGKILL, as a crash, a power cut
or the task manager stops it: nothing is saved, nothing is closed.

With ``TERM`` after the text, SIGTERM instead: the session logs out with the editor open, and
the program must end (without a question holding the logout up) and keep the text. With
``SETTINGS``, SIGTERM with the settings open and the font size changed (a dialog of fields).

With ``RESUME`` it is the next start instead: the text left behind is offered; Verder schrijven
is clicked in the real dialog, MORE is typed after the text in the editor it opens, OK is pressed,
and the window is closed (the program ends by itself).

Usage: python killed_while_writing.py TEXT [TERM|SETTINGS|RESUME]
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(text: str, how: signal.Signals = signal.SIGKILL, *, settings: bool = False) -> int:
    from raadsviewer.cli import main as cli_main
    from raadsviewer.ui import recovery

    real_offer = recovery.offer

    def offer_then_write(window: Any, writer: Any = None) -> None:
        real_offer(window, writer)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: write(window))

    def write(window: Any) -> None:
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from raadsviewer.ui.dialogs import AnnotationDialog

        def type_then_die() -> None:
            [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, AnnotationDialog) and w.isVisible()]
            QTest.keyClicks(dialog.body, text)
            print("typed", flush=True)
            QTimer.singleShot(2500, lambda: os.kill(os.getpid(), how))

        def change_then_logout() -> None:
            from raadsviewer.ui.settings_dialog import SettingsDialog

            [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible()]
            for _ in range(15 - dialog.font_size.value()):  # four points larger, with the arrow key
                QTest.keyClick(dialog.font_size, Qt.Key.Key_Up)
            print("typed", dialog.font_size.text(), flush=True)
            QTimer.singleShot(1000, lambda: os.kill(os.getpid(), how))

        if settings:
            QTimer.singleShot(500, change_then_logout)
            window.preferences.settings_action.trigger()  # Bewerken › Instellingen…, modal
            return
        QTimer.singleShot(500, type_then_die)
        window.select_principle(7)
        window.annotations.add_action.trigger()  # Annotatie toevoegen…: the editor, modal

    recovery.offer = offer_then_write
    return cli_main([])


MORE = " Aangevuld na de herstart."


def resume() -> int:
    """The next start: the text back in its editor (through the dialogs as a person answers
    them, with keys and clicks), written on and saved; then the window is closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from raadsviewer.cli import main as cli_main
    from raadsviewer.ui import recovery
    from raadsviewer.ui.dialogs import AnnotationDialog

    def shown(kind: type) -> list[Any]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    def step() -> None:
        offered = shown(recovery.LeftBehindDialog)
        editors = shown(AnnotationDialog)
        if offered:
            [dialog] = offered
            print("offered", dialog.resume_button is not None, flush=True)
            QTest.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)  # Verder schrijven
        elif editors:
            [editor] = editors
            print("reopened", editor.body.toPlainText(), flush=True)
            QTest.keyClicks(editor.body, MORE)
            QTest.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
            print("saved", flush=True)
            QTimer.singleShot(500, lambda: [w.close() for w in QApplication.topLevelWidgets() if w.isWindow()])
            return
        QTimer.singleShot(200, step)

    from PySide6.QtCore import Qt

    real_offer = recovery.offer

    def offer(window: Any, writer: Any = None) -> None:
        QTimer.singleShot(500, step)  # the dialog is shown (modal) by the offer itself
        real_offer(window, writer)

    recovery.offer = offer
    return cli_main([])


if __name__ == "__main__":
    if sys.argv[2:] == ["RESUME"]:
        sys.exit(resume())
    how = sys.argv[2] if sys.argv[2:] else "KILL"
    sys.exit(main(sys.argv[1], signal.SIGKILL if how == "KILL" else signal.SIGTERM, settings=how == "SETTINGS"))
