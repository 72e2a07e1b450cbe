"""The text box a person writes in: a note, an amendment's texts, a motie's points."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QMimeData
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from raadsviewer.domain.errors import UserFacingError


class WritingEdit(QPlainTextEdit):
    """A plain-text box that takes no paste or drop making its text longer than ``limit``
    characters, which it could not be saved with anyway. Qt lays a line out as one piece: a
    pasted megabyte without a space (an encoded attachment, a long link) held the window for
    over a minute. Such a paste is refused with a message, and the clipboard keeps it. Typing is
    never refused: saving says when a text is too long."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        if source.hasText():
            incoming = len(source.text())
            kept = len(self.toPlainText()) - len(self.textCursor().selectedText())
            if kept + incoming > self.limit:
                lang = "en" if QLocale().language() == QLocale.Language.English else "nl"
                refusal = UserFacingError("paste_too_long", text_count=incoming, limit_count=self.limit)
                QMessageBox.information(self, "raadsviewer", refusal.message(lang))
                return
        super().insertFromMimeData(source)
