"""The combined draft (concept-zienswijze): what the council meeting works from.

Shows the whole framework principle by principle as the export will have it, exports it (Markdown,
HTML, PDF, Word) off the GUI thread, and lists the dated snapshot every export leaves in the store,
so two drafts can be compared.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.draft import principle_heading
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.ui.document_view import SafeBrowser

if TYPE_CHECKING:
    from raadsviewer.ui.main_window import MainWindow

FORMATS = (("docx", "Word (*.docx)"), ("pdf", "PDF (*.pdf)"), ("html", "HTML (*.html)"), ("md", "Markdown (*.md)"))


def _drafts():  # type: ignore[no-untyped-def]
    from raadsviewer.services import drafts

    return drafts


class DraftWindow(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Concept-zienswijze"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1100, 800)
        self.view = SafeBrowser()
        self.view.setObjectName("draftView")
        self.view.setAccessibleName(self.tr("Concept-zienswijze"))
        self.snapshots = QListWidget()
        self.snapshots.setAccessibleName(self.tr("Eerdere versies"))
        self.snapshots.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.snapshots.itemSelectionChanged.connect(self._update_buttons)
        self.compare_button = QPushButton(self.tr("&Vergelijk twee versies"))
        self.compare_button.clicked.connect(self.compare_selected)
        self.show_current = QPushButton(self.tr("&Huidige stand"))
        self.show_current.clicked.connect(self.refresh)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Eerdere versies (bij elke export bewaard)")))
        side_layout.addWidget(self.snapshots, 1)
        side_layout.addWidget(self.compare_button)
        side_layout.addWidget(self.show_current)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setSizes([800, 280])
        self.export_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Exporteren als:")))
        for fmt, label in FORMATS:
            button = QPushButton(label.split(" (")[0])
            button.setAccessibleName(self.tr("Exporteren als {format}").format(format=label.split(" (")[0]))
            button.clicked.connect(lambda _c=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._headings: dict[int, str] = {}
        self._scroll_number: int | None = None
        self.refresh()

    @property
    def dossier_id(self) -> str:
        assert self.window_.view is not None
        return self.window_.view.dossier.id

    def refresh(self) -> None:
        from raadsviewer.export.html_writer import draft_to_html

        draft = _drafts().build_draft(self.window_.store, self.dossier_id, self.window_.lang)
        self._headings = {p.number: principle_heading(p, self.window_.lang) for p in draft.principles}
        self.view.setHtml(draft_to_html(draft))
        self._fill_snapshots()
        if self.window_.current_principle is not None:
            self.scroll_to_principle(self.window_.current_principle.number)

    def scroll_to_principle(self, number: int) -> None:
        """Open the draft where the member was reading: the heading of that principle on top.
        Kept as a target and applied again once the window has its size (show, resize)."""
        self._scroll_number = number
        heading = self._headings.get(number)
        if not heading:
            return
        found = self.view.document().find(heading)
        if found.isNull():
            return
        rect = self.view.document().documentLayout().blockBoundingRect(found.block())
        self.view.verticalScrollBar().setValue(max(0, int(rect.top()) - 8))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._scroll_number is not None:
            self.scroll_to_principle(self._scroll_number)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._scroll_number is not None:
            self.scroll_to_principle(self._scroll_number)

    def _fill_snapshots(self) -> None:
        self.snapshots.clear()
        for snapshot in reversed(_drafts().list_snapshots(self.window_.store, self.dossier_id)):
            text = self.tr("{when} · {fmt} · {a} amendementen, {n} annotaties").format(
                when=snapshot.created_at.strftime("%d-%m-%Y %H:%M"),
                fmt=snapshot.format.upper(),
                a=snapshot.amendment_count,
                n=snapshot.annotation_count,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, snapshot.id)
            self.snapshots.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.compare_button.setEnabled(len(self.snapshots.selectedItems()) == 2)

    def compare_selected(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.snapshots.selectedItems()]
        if len(ids) != 2:
            return
        older, newer = sorted(ids, key=lambda i: _drafts().get_snapshot(self.window_.store, i).created_at)
        diff = _drafts().compare_snapshots(self.window_.store, older, newer)
        lines = []
        for line in diff.splitlines():
            colour = "#b00020" if line.startswith("-") else "#1b5e20" if line.startswith("+") else "#555555"
            lines.append(f"<span style='color:{colour}'>{html.escape(line) or '&nbsp;'}</span>")
        body = "<br/>".join(lines) or html.escape(self.tr("Geen verschillen."))
        self.view.setHtml(f"<pre style='white-space: pre-wrap'>{body}</pre>")

    def export(self, fmt: str, path: str | None = None) -> None:
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            suggested = Path.home() / f"concept-zienswijze-{date.today().isoformat()}.{fmt}"
            label = dict(FORMATS)[fmt]
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Concept-zienswijze exporteren"), str(suggested), label
            )
            if not path:
                return
        store, dossier_id, lang = self.window_.store, self.dossier_id, self.window_.lang

        def work(progress: Any) -> Any:
            from raadsviewer.ui.pdf import write_pdf

            return _drafts().export_draft(store, dossier_id, fmt, Path(path), lang, progress, pdf_writer=write_pdf)

        for button in self.export_buttons.values():
            button.setEnabled(False)
        self.window_.runner.run(
            work, lambda s: self._exported(s, path), self._failed, self.tr("Concept-zienswijze exporteren…")
        )

    def _exported(self, _snapshot: Any, path: str) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self._fill_snapshots()
        self.window_.statusBar().showMessage(self.tr("Opgeslagen: {path}").format(path=path), 8000)

    def _failed(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        for button in self.export_buttons.values():
            button.setEnabled(True)
        if isinstance(error, UserFacingError):
            QMessageBox.warning(self, self.tr("Exporteren"), error.message(self.window_.lang))
        else:
            QMessageBox.critical(
                self, self.tr("Exporteren"), self.tr("Onverwachte fout bij exporteren: {e}").format(e=error)
            )
