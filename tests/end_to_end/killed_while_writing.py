"""The real program (its command line's start, no arguments) killed while a note is being typed.

Run by test_killed_while_writing.py in a private home: once the program has asked its first
questions, it opens Annotatie toevoegen through the action, types TEXT into the note as keys,
and two and a half seconds later the process kills itself with SIGKILL, as a crash, a power cut
or the task manager stops it: nothing is saved, nothing is closed.

With ``TERM`` after the text, SIGTERM instead: the session logs out with the editor open, and
the program must end (without a question holding the logout up) and keep the text.

Usage: python killed_while_writing.py TEXT [TERM]
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(text: str, how: signal.Signals = signal.SIGKILL) -> int:
    from raadsviewer.cli import main as cli_main
    from raadsviewer.ui import recovery

    real_offer = recovery.offer

    def offer_then_write(window: Any) -> None:
        real_offer(window)
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: write(window))

    def write(window: Any) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from raadsviewer.ui.dialogs import AnnotationDialog

        def type_then_die() -> None:
            [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, AnnotationDialog) and w.isVisible()]
            QTest.keyClicks(dialog.body, text)
            print("typed", flush=True)
            QTimer.singleShot(2500, lambda: os.kill(os.getpid(), how))

        QTimer.singleShot(500, type_then_die)
        window.select_principle(7)
        window.annotations.add_action.trigger()  # Annotatie toevoegen…: the editor, modal

    recovery.offer = offer_then_write
    return cli_main([])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], signal.SIGTERM if sys.argv[2:] == ["TERM"] else signal.SIGKILL))
