"""The Qt binding itself: a PySide6 that loses references to None aborts the program.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a Qt method that
returns nothing; when the count reaches zero Python aborts ("Fatal Python error: none_dealloc"),
after a few hundred principle switches. pyproject.toml excludes that version where it bites; this
test fails on any binding that leaks, so a future version with the same fault is caught here.
"""

from __future__ import annotations

import sys

CALLS = 10_000


def test_void_qt_methods_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument
    from PySide6.QtWidgets import QLabel

    block = QTextBlockFormat()
    document = QTextDocument()
    cursor = QTextCursor(document)
    label = QLabel()
    for _ in range(100):  # warm up: caches and lazily built types settle first
        block.setTopMargin(1.0)
        label.setText("x")
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        block.setTopMargin(2.0)
        block.setBottomMargin(2.0)
        cursor.insertText("a")
        label.setText("uitgangspunt")
        label.setEnabled(True)
    after = sys.getrefcount(None)
    # Python itself may take or release a handful of references meanwhile; a leaking binding
    # loses one per call, 50,000 here.
    assert after >= before - 100, f"{before - after} references to None lost in {5 * CALLS} calls"
