"""PDF from the exporters' HTML with Qt's own rich-text engine: no browser, no extra package.

Handed to :func:`raadsviewer.services.drafts.export_draft` as its ``pdf_writer`` by the window and
the CLI (services do not import Qt). Works without a window: when no Qt application exists, an
offscreen QGuiApplication is made (text layout needs one for its fonts).
"""

from __future__ import annotations

import html as html_lib
import os
import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

MARGINS_MM = QMarginsF(20, 18, 20, 18)
RESOLUTION_DPI = 300
_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)

_app: QGuiApplication | None = None  # kept alive for the rest of the process


def _ensure_app() -> None:
    """A QApplication (widgets, not only a QGuiApplication) so that a window made later in the same
    process (the tests' windows after a PDF export) finds the application it needs."""
    global _app
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication(["raadsviewer", "-platform", os.environ["QT_QPA_PLATFORM"]])


def html_title(html: str) -> str:
    match = _TITLE.search(html)
    return " ".join(html_lib.unescape(match.group(1)).split()) if match else ""


def write_pdf(html: str, path: Path, title: str | None = None) -> None:
    """Lay out ``html`` on A4 pages with margins and write it to ``path`` as a PDF.

    The document title (PDF metadata) is ``title`` or else the HTML's ``<title>``. Raises
    OSError when the file could not be written (QPdfWriter itself only says so by not writing).
    """
    _ensure_app()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title if title is not None else html_title(html))
    writer.setCreator("raadsviewer")
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    # Lay the text out on the printable area (in points: QTextDocument's unit when printing).
    rect = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    del writer  # finishes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"the PDF was not written to {path}")
