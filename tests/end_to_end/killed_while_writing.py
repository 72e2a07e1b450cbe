"""The real program (its command line's start, no arguments) killed while a note is being typed.

Run by test_killed_while_writing.py in a private home: once the program has asked its first
questions, it opens Annotatie toevoegen through the action, types TEXT into the note as keys,
and two and a half seconds later the process kills itself with SIGKILL, as a crash, a power cut
or the task manager stops it: nothing is saved, nothing is closed.

With ``TERM`` after the text, SIGTERM instead: the session logs out with the editor open, and
the program must end (without a question holding the logout up) and keep the text. With
``SETTINGS``, SIGTERM with the settings open and the font size changed (a dialog of fields).

Usage: python killed_while_writing.py TEXT [TERM|SETTINGS]
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

    def offer_then_write(window: Any) -> None:
        real_offer(window)
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


if __name__ == "__main__":
    how = sys.argv[2] if sys.argv[2:] else "KILL"
    sys.exit(main(sys.argv[1], signal.SIGKILL if how == "KILL" else signal.SIGTERM, settings=how == "SETTINGS"))
