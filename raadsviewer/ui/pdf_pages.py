"""A PDF shown as its original pages, beside the clean text.

``PdfPagesView`` renders the original bytes of an imported PDF (``services.documents.
document_source``) with PDFium (pypdfium2, the engine ``formats/`` reads the text with), all pages
below one another, fitted to the width. Pages are rendered when they come into view and the last
few are kept, so a 500-page report costs no more than the pages on screen. It is loaded from
memory (the store holds the file, nothing is written to disk) and kept in sync with the clean text
through ``show_page`` (the text's page map says which page an offset is on:
``services.documents.page_of``) and ``pageChanged`` (the page shown now).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QRect, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QVBoxLayout, QWidget

_SPACING = 8  # pixels between pages and around them
_CACHE = 6  # rendered pages kept
_FORMATS = {
    "RGB": QImage.Format.Format_RGB888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "RGBA": QImage.Format.Format_RGBA8888,
}


class _PagesCanvas(QAbstractScrollArea):
    """The pages, painted from a small cache of rendered images; scrolls by pixel."""

    topPageChanged = Signal(int)  # 0-based

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf: Any = None
        self._sizes: list[tuple[float, float]] = []  # page width, height in points
        self._tops: list[int] = []  # y of each page's top edge, in pixels at the current width
        self._heights: list[int] = []
        self._images: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self._top_page = 0
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def set_document(self, pdf: Any) -> None:
        self._pdf = pdf
        self._images.clear()
        self._sizes = [pdf.get_page_size(i) for i in range(len(pdf))] if pdf is not None else []
        self._top_page = 0
        self._relayout()
        self.verticalScrollBar().setValue(0)
        self.viewport().update()

    def page_count(self) -> int:
        return len(self._sizes)

    def top_page(self) -> int:
        return self._top_page

    def scroll_to_page(self, page: int) -> None:
        if 0 <= page < len(self._tops):
            self.verticalScrollBar().setValue(self._tops[page] - _SPACING)

    # --- layout ------------------------------------------------------------------------------

    def _page_width(self) -> int:
        return max(50, self.viewport().width() - 2 * _SPACING)

    def _relayout(self) -> None:
        width = self._page_width()
        self._tops, self._heights = [], []
        y = _SPACING
        for w, h in self._sizes:
            height = max(1, round(width * h / w)) if w > 0 else width
            self._tops.append(y)
            self._heights.append(height)
            y += height + _SPACING
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, y - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(40)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        page = self._top_page
        super().resizeEvent(event)
        self._relayout()
        self.scroll_to_page(page)

    def _scrolled(self, value: int) -> None:
        page = max(0, bisect_right(self._tops, value + _SPACING) - 1) if self._tops else 0
        if page != self._top_page:
            self._top_page = page
            self.topPageChanged.emit(page)
        self.viewport().update()

    # --- painting ------------------------------------------------------------------------------

    def _image(self, page: int, width: int) -> QImage:
        key = (page, width)
        image = self._images.get(key)
        if image is None:
            w_pt, _h = self._sizes[page]
            pdf_page = self._pdf[page]
            try:
                bitmap = pdf_page.render(scale=width / w_pt if w_pt else 1.0, rev_byteorder=True)
                fmt = _FORMATS.get(bitmap.mode, QImage.Format.Format_RGB888)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
                bitmap.close()
            finally:
                pdf_page.close()
            self._images[key] = image
            while len(self._images) > _CACHE:
                self._images.popitem(last=False)
        else:
            self._images.move_to_end(key)
        return image

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self.viewport())
        palette = self.palette()
        painter.fillRect(self.viewport().rect(), palette.dark())
        if self._pdf is None:
            return
        offset = self.verticalScrollBar().value()
        bottom = offset + self.viewport().height()
        ratio = self.devicePixelRatioF()
        width = self._page_width()
        first = max(0, bisect_right(self._tops, offset) - 1)
        for page in range(first, len(self._tops)):
            top = self._tops[page]
            if top > bottom:
                break
            rect = QRect(_SPACING, top - offset, width, self._heights[page])
            image = self._image(page, round(width * ratio))
            painter.fillRect(rect, palette.base())
            painter.drawImage(rect, image)
        painter.end()


class PdfPagesView(QWidget):
    """The original pages of one PDF. Pages are numbered from 1 in this API (as in the page map)."""

    pageChanged = Signal(int)  # the page now at the top of the view, 1-based

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Oorspronkelijke pagina's"))
        self.view = _PagesCanvas(self)
        self.view.setAccessibleName(self.tr("Oorspronkelijke pagina's van het document"))
        self.placeholder = QLabel(
            self.tr("Geen oorspronkelijke pagina's: dit document is niet uit een PDF gelezen."), self
        )
        self.placeholder.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.placeholder)
        self._pdf: Any = None
        self.view.topPageChanged.connect(lambda page: self.pageChanged.emit(page + 1))
        self.clear()

    # --- loading -----------------------------------------------------------------------------

    def load_bytes(self, data: bytes | None) -> bool:
        """Show this PDF (its bytes); None or unreadable bytes show the placeholder. True when loaded."""
        import pypdfium2

        self.clear()
        if not data:
            return False
        try:
            pdf = pypdfium2.PdfDocument(bytes(data))
        except pypdfium2.PdfiumError:
            return False
        if len(pdf) <= 0:
            pdf.close()
            return False
        self._pdf = pdf
        self.destroyed.connect(pdf.close)  # the view may go with its window, never cleared
        self.view.set_document(pdf)
        self.view.show()
        self.placeholder.hide()
        return True

    def clear(self) -> None:
        self.view.set_document(None)
        if self._pdf is not None:
            self.destroyed.disconnect(self._pdf.close)
            self._pdf.close()
        self._pdf = None
        self.view.hide()
        self.placeholder.show()

    # --- pages -------------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.view.page_count()

    def current_page(self) -> int:
        """The page at the top of the view, 1-based (0 when nothing is loaded)."""
        return self.view.top_page() + 1 if self.page_count() else 0

    def show_page(self, page_number: int) -> None:
        """Scroll so that page ``page_number`` (1-based; clamped to the document) is at the top."""
        count = self.page_count()
        if not count:
            return
        self.view.scroll_to_page(min(max(int(page_number), 1), count) - 1)
