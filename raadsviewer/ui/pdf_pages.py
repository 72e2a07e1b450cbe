"""A PDF shown as its original pages, beside the clean text.

``PdfPagesView`` renders the original bytes of an imported PDF (``services.documents.
document_source``) with Qt's own PDF engine (QtPdf), all pages below one another, fitted to the
width. It is loaded from memory (a QBuffer: the store holds the file, nothing is written to disk)
and kept in sync with the clean text through ``show_page`` (the text's page map says which page
an offset is on: ``services.documents.page_of``) and ``pageChanged`` (the page shown now).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PdfPagesView(QWidget):
    """The original pages of one PDF. Pages are numbered from 1 in this API (as in the page map)."""

    pageChanged = Signal(int)  # the page now at the top of the view, 1-based

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Oorspronkelijke pagina's"))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Oorspronkelijke pagina's van het document"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.placeholder = QLabel(
            self.tr("Geen oorspronkelijke pagina's: dit document is niet uit een PDF gelezen."), self
        )
        self.placeholder.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.placeholder)
        self._bytes: QByteArray | None = None
        self._buffer: QBuffer | None = None
        self.view.pageNavigator().currentPageChanged.connect(lambda page: self.pageChanged.emit(page + 1))
        self.clear()

    # --- loading -----------------------------------------------------------------------------

    def load_bytes(self, data: bytes | None) -> bool:
        """Show this PDF (its bytes); None or unreadable bytes show the placeholder. True when loaded."""
        self.clear()
        if not data:
            return False
        self._bytes = QByteArray(bytes(data))
        self._buffer = QBuffer(self._bytes, self)  # both must live as long as the document
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() <= 0:
            self.clear()
            return False
        self.view.show()
        self.placeholder.hide()
        return True

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer, self._bytes = None, None
        self.view.hide()
        self.placeholder.show()

    # --- pages -------------------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def current_page(self) -> int:
        """The page at the top of the view, 1-based (0 when nothing is loaded)."""
        if not self.page_count():
            return 0
        return self.view.pageNavigator().currentPage() + 1

    def show_page(self, page_number: int) -> None:
        """Scroll so that page ``page_number`` (1-based; clamped to the document) is at the top."""
        count = self.page_count()
        if not count:
            return
        page = min(max(int(page_number), 1), count) - 1
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
