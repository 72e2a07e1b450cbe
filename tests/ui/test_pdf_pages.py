"""The original pages of an imported PDF: stored as imported, rendered by PDFium, in sync by page."""

from __future__ import annotations

from pathlib import Path

from raadsviewer.domain.model import DocumentRole
from raadsviewer.services import documents as svc
from raadsviewer.ui.pdf import write_pdf
from tests.conftest import ZHZ
from tests.formats.build import _block_html, parsed_text


def _zhz_pdf(path: Path) -> Path:
    parsed = parsed_text(ZHZ)
    html = "<html><body>" + "\n".join(_block_html(b) for b in parsed.blocks) + "</body></html>"
    write_pdf(html, path, title=parsed.title)
    return path


def test_an_imported_pdf_is_shown_as_its_pages(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    from raadsviewer.ui.pdf_pages import PdfPagesView

    pdf = _zhz_pdf(tmp_path / "zhz.pdf")
    result = svc.import_document(store, pdf, role=DocumentRole.FRAMEWORK)
    source = svc.document_source(store, result.document.id)
    assert source == pdf.read_bytes()
    pages = svc.page_map(store, result.document.id)
    assert len(pages) >= 2

    view = PdfPagesView()
    qtbot.addWidget(view)
    view.resize(700, 900)
    view.show()
    qtbot.waitExposed(view)
    assert view.accessibleName()
    assert view.load_bytes(source)
    assert view.page_count() == len(pages) > 1
    assert view.current_page() == 1
    with qtbot.waitSignal(view.pageChanged, timeout=2000) as changed:
        view.show_page(2)
    assert changed.args == [2]
    assert view.view.top_page() == 1 and view.current_page() == 2
    assert view.view.verticalScrollBar().value() > 0

    image = view.grab().toImage()
    background = QColor(image.pixel(2, 2))
    inked = 0
    for x in range(0, image.width(), 7):
        for y in range(0, image.height(), 7):
            c = QColor(image.pixel(x, y))
            if (
                abs(c.red() - background.red())
                + abs(c.green() - background.green())
                + abs(c.blue() - background.blue())
                > 60
            ):
                inked += 1
    assert inked > 50


def test_documents_not_read_from_a_pdf_keep_no_source(qtbot, sample_store) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.ui.pdf_pages import PdfPagesView

    doc = svc.list_documents(sample_store)[0]
    assert svc.document_source(sample_store, doc.id) is None
    view = PdfPagesView()
    qtbot.addWidget(view)
    assert not view.load_bytes(None) and view.page_count() == 0 and view.current_page() == 0
    assert not view.load_bytes(b"%PDF-1.4 dit is geen pdf") and view.page_count() == 0
    view.show_page(3)  # nothing loaded: nothing happens
