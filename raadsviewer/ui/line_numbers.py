"""Line numbers beside a document view, as amendments cite them ("regel 12-14").

The numbers are the domain's (:mod:`raadsviewer.domain.lines`: the stored text wrapped at a fixed
width, the same on every laptop for a given version), not the view's own wrapping, which changes
with the window and the font. Each number is drawn in a gutter at the height where its line
begins in the view; where the view's line is wide enough to hold the start of two numbered lines,
both numbers are shown ("12·13").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from raadsviewer.domain.lines import Line, number_lines


class LineNumberGutter(QWidget):
    """A strip to the left of ``view``'s viewport; shown by :meth:`set_enabled`."""

    def __init__(self, view: QTextEdit, to_view: Callable[[int], int]) -> None:
        super().__init__(view)
        self.view = view
        self._to_view = to_view  # clean-text offset -> view position (DocumentView.to_view)
        self._lines: tuple[Line, ...] = ()
        self._tops: list[int] | None = None  # document y of each line's start, made when needed
        self.enabled = False
        self.setObjectName("lineNumbers")
        self.hide()
        view.verticalScrollBar().valueChanged.connect(lambda _v: self.update())
        view.document().documentLayout().documentSizeChanged.connect(lambda _s: self._forget())

    def set_text(self, text: str | None) -> None:
        self._lines = number_lines(text) if text else ()
        self._forget()

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.setVisible(enabled)
        self.view.setViewportMargins(self.width_needed() if enabled else 0, 0, 0, 0)
        self.place()

    def width_needed(self) -> int:
        digits = len(str(max(len(self._lines), 1)))
        return self.fontMetrics().horizontalAdvance("9" * (2 * digits + 1)) + 14

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(self.width_needed(), 0)

    def place(self) -> None:
        """Keep the gutter over the view's left margin (after a resize or a font change)."""
        if not self.enabled:
            return
        width = self.width_needed()
        self.view.setViewportMargins(width, 0, 0, 0)
        area = self.view.contentsRect()
        self.setGeometry(QRect(area.left(), area.top(), width, area.height()))
        self.update()

    def _forget(self) -> None:
        self._tops = None
        self.update()

    def _line_tops(self) -> list[int]:
        if self._tops is None:
            document = self.view.document()
            offset = self.view.verticalScrollBar().value()
            tops = []
            cursor = QTextCursor(document)
            for line in self._lines:
                cursor.setPosition(self._to_view(line.start))
                tops.append(self.view.cursorRect(cursor).top() + offset)
            self._tops = tops
        return self._tops

    def numbers_at(self, top: int, bottom: int) -> list[tuple[int, str]]:
        """The labels to draw between two document heights: (y, "12" or "12·13")."""
        tops = self._line_tops()
        first, last = bisect_left(tops, top), bisect_right(tops, bottom)
        shown: list[tuple[int, str]] = []
        for index in range(first, last):
            y, number = tops[index], str(self._lines[index].number)
            if shown and shown[-1][0] == y:
                shown[-1] = (y, f"{shown[-1][1]}·{number}")
            else:
                shown.append((y, number))
        return shown

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(palette.ColorRole.AlternateBase))
        painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
        scroll = self.view.verticalScrollBar().value()
        height = self.fontMetrics().height()
        for y, label in self.numbers_at(scroll - height, scroll + self.height()):
            rect = QRect(0, y - scroll, self.width() - 6, height)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), label)
        painter.end()
