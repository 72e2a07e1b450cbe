"""The combined draft (concept-zienswijze): what the council meeting works from.

Shows the whole framework principle by principle as the export will have it, exports it (Markdown,
HTML, PDF, Word) off the GUI thread, and lists the dated snapshot every export leaves in the store,
so two drafts can be compared.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
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
from raadsviewer.ui import svc
from raadsviewer.ui.actions import make_action
from raadsviewer.ui.context import DossierContext
from raadsviewer.ui.document_view import SafeBrowser
from raadsviewer.ui.layout import fit_to_screen
from raadsviewer.ui.modal import saved_as

FORMATS = (("docx", "Word (*.docx)"), ("pdf", "PDF (*.pdf)"), ("html", "HTML (*.html)"), ("md", "Markdown (*.md)"))


class DraftWindow(QDialog):
    def __init__(self, context: DossierContext) -> None:
        super().__init__(context.window)
        self.context = context
        self.setWindowTitle(self.tr("Concept-zienswijze"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_to_screen(self, 1100, 800)
        self.view = SafeBrowser()
        self.view.setObjectName("draftView")
        self.view.setAccessibleName(self.tr("Concept-zienswijze"))
        self.snapshots = QListWidget()
        self.snapshots.setAccessibleName(self.tr("Eerdere versies"))
        self.snapshots.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.snapshots.itemSelectionChanged.connect(self._update_buttons)
        self.compare_button = QPushButton(self.tr("&Vergelijk twee versies"))
        self.compare_button.clicked.connect(lambda _c=False: self.compare_selected())
        self.show_current = QPushButton(self.tr("&Huidige stand"))
        self.show_current.clicked.connect(lambda _c=False: self.refresh())
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
        keys = {"docx": "&Word", "pdf": "&PDF", "html": "HTM&L", "md": "&Markdown"}  # none of the window's others
        for fmt, label in FORMATS:
            button = QPushButton(keys[fmt])
            button.setAccessibleName(self.tr("Exporteren als {format}").format(format=label.split(" (")[0]))
            button.clicked.connect(lambda _c=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("&Sluiten"))
        close.clicked.connect(lambda _c=False: self.close())
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._headings: dict[int, str] = {}
        self._scroll_number: int | None = None
        self.showing_current = True
        self.refresh()

    @property
    def dossier_id(self) -> str:
        assert self.context.view is not None
        return self.context.view.dossier.id

    def _dark(self) -> bool:
        return self.palette().color(self.palette().ColorRole.Base).lightness() < 128

    def refresh(self) -> None:
        from raadsviewer.export.html_writer import draft_to_html

        ctx = self.context
        draft = svc.drafts.build_draft(ctx.store, self.dossier_id, ctx.lang)
        self._headings = {p.number: principle_heading(p, ctx.lang) for p in draft.principles}
        self.view.setHtml(draft_to_html(draft, dark=self._dark()))
        self.showing_current = True  # (not a comparison of two versions, which a change leaves alone)
        self._fill_snapshots()
        if ctx.current_principle is not None:
            self.scroll_to_principle(ctx.current_principle.number)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.context.view is not None:
            self.refresh()  # the theme changed: the draft's colours follow it

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
        for snapshot in reversed(svc.drafts.list_snapshots(self.context.store, self.dossier_id)):
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
        self.showing_current = False
        store = self.context.store
        older, newer = sorted(ids, key=lambda i: svc.drafts.get_snapshot(store, i).created_at)
        diff = svc.drafts.compare_snapshots(store, older, newer)
        removed, added, same = ("#ff8a80", "#a5d6a7", "#bbbbbb") if self._dark() else ("#b00020", "#1b5e20", "#555555")
        lines = []
        for line in diff.splitlines():
            colour = removed if line.startswith("-") else added if line.startswith("+") else same
            lines.append(f"<span style='color:{colour}'>{html.escape(line) or '&nbsp;'}</span>")
        body = "<br/>".join(lines) or html.escape(self.tr("Geen verschillen."))
        self.view.setHtml(f"<pre style='white-space: pre-wrap'>{body}</pre>")

    def export(self, fmt: str, path: str | None = None) -> None:
        if path is None:
            from raadsviewer.ui import files

            name = self.tr("concept-zienswijze")
            label = dict(FORMATS)[fmt]
            path, _filter = files.save_name(
                self.context.settings,
                self,
                self.tr("Concept-zienswijze exporteren"),
                f"{name}-{date.today().isoformat()}.{fmt}",
                label,
            )
            if not path:
                return
            path = str(saved_as(path, f"*.{fmt}", fmt)[0])  # a name typed without a suffix gets this one
        store, dossier_id, lang, target = self.context.store, self.dossier_id, self.context.lang, Path(path)

        def work(progress: Any) -> Any:
            from raadsviewer.ui.pdf import write_pdf

            return svc.drafts.export_draft(store, dossier_id, fmt, target, lang, progress, pdf_writer=write_pdf)

        for button in self.export_buttons.values():
            button.setEnabled(False)
        self.context.runner.run(
            work, lambda s: self._exported(s, path), self._failed, self.tr("Concept-zienswijze exporteren…")
        )

    def _exported(self, _snapshot: Any, path: str) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self._fill_snapshots()
        self.context.status(self.tr("Opgeslagen: {path}").format(path=path), 8000)

    def _failed(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        for button in self.export_buttons.values():
            button.setEnabled(True)
        if isinstance(error, UserFacingError):
            QMessageBox.warning(self, self.tr("Exporteren"), error.message(self.context.lang))
        else:
            QMessageBox.critical(
                self, self.tr("Exporteren"), self.tr("Onverwachte fout bij exporteren: {e}").format(e=error)
            )


class DraftsController(QObject):
    """Bestand › Concept-zienswijze… (the toolbar's action, which the window owns) and Beeld ›
    Overzicht standpunten…: the clerk's working views."""

    def __init__(self, context: DossierContext, show_faction_on_principle: Any) -> None:
        super().__init__(context)
        self.context = context
        self._show_faction_on_principle = show_faction_on_principle
        self.draft_window: DraftWindow | None = None
        self.overview: Any = None
        self.overview_action = make_action(
            context.window, self.tr("Overzic&ht standpunten…"), self.show_overview, "Ctrl+Shift+O"
        )
        context.annotationsChanged.connect(lambda _f: self._update_overview())
        context.dossierReplaced.connect(self._dossier_replaced)
        # an open draft follows what changes (a vote corrected, a note included), once per burst
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(300)
        self._draft_timer.timeout.connect(self._refresh_draft)
        for changed in (context.annotationsChanged, context.amendmentsChanged, context.motiesChanged):
            changed.connect(lambda _f: self._draft_changed())

    def _draft_changed(self) -> None:
        if self.draft_window is not None and self.draft_window.isVisible():
            self._draft_timer.start()

    def _refresh_draft(self) -> None:
        window = self.draft_window
        if window is not None and window.isVisible() and window.showing_current and self.context.view is not None:
            window.refresh()

    def show_draft(self) -> None:
        if self.context.view is None:
            return
        if self.draft_window is None:
            self.draft_window = DraftWindow(self.context)
        else:
            self.draft_window.refresh()
        self.draft_window.show()
        self.draft_window.raise_()

    def show_overview(self) -> None:
        from raadsviewer.ui.overview import OverviewDialog

        if self.context.view is None:
            return
        if self.overview is None:
            self.overview = OverviewDialog(self.context.window)
            self.overview.cellActivated.connect(self._show_faction_on_principle)
        self._update_overview(force=True)
        self.overview.show()
        self.overview.raise_()

    def _update_overview(self, force: bool = False) -> None:
        view = self.context.view
        if self.overview is not None and view is not None and (force or self.overview.isVisible()):
            self.overview.set_data(list(view.principles), self.context.factions, self.context.annotations)

    def _dossier_replaced(self) -> None:
        for window in (self.draft_window, self.overview):
            if window is not None:
                window.close()
        self.draft_window = None
