"""Documents coming in: importing a file as framework or background document (off the GUI thread,
with a progress bar), a new version of a document, and the review of what moved with it."""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from raadsviewer.domain.diff import diff_html
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.ui import files, svc
from raadsviewer.ui.actions import make_action
from raadsviewer.ui.context import DossierContext
from raadsviewer.ui.modal import answered


class VersionsController(QObject):
    """Bestand › Document importeren… (the toolbar's action, which the window owns) and Nieuwe
    versie van een document…"""

    def __init__(self, context: DossierContext) -> None:
        super().__init__(context)
        self.context = context
        self._review: VersionReviewDialog | None = None
        self.new_version_action = make_action(
            context.window, self.tr("Nieuwe &versie van een document…"), self.import_new_version
        )

    def import_document(self, path: str | None = None, role: Any = None) -> None:
        from raadsviewer.ui.dialogs import ImportRoleDialog

        ctx = self.context
        if path is None:
            path, _filter = files.open_name(
                ctx.settings,
                ctx.window,
                self.tr("Document importeren"),
                self.tr("Documenten (*.txt *.md *.pdf *.docx);;Alle bestanden (*)"),
            )
            if not path:
                return
        if role is None:
            dialog = ImportRoleDialog(ctx.window, Path(path).name)
            if not answered(dialog):
                return
            role = dialog.role()
        dossier_title = ctx.view.dossier.title if ctx.view else None
        store, source = ctx.store, Path(path)

        def work(progress: Any) -> Any:
            return svc.documents.import_document(
                store, source, role=role, dossier_title=dossier_title, progress=progress
            )

        ctx.runner.run(work, self._imported, self._import_failed, self.tr("Document importeren…"))

    def _imported(self, result: Any) -> None:
        ctx = self.context
        current = ctx.current_principle.number if ctx.current_principle else None
        ctx.load_dossier(result.dossier.id, current)
        ctx.status(
            self.tr("{title} ingelezen: {p} uitgangspunten, {s} secties").format(
                title=result.document.title, p=result.principle_count, s=result.section_count
            ),
            8000,
        )
        for code in result.warnings:
            QMessageBox.information(
                ctx.window,
                self.tr("Document importeren"),
                UserFacingError(code, name=result.document.source_name).message(ctx.lang),
            )

    def _import_failed(self, error: BaseException) -> None:
        ctx = self.context
        if isinstance(error, UserFacingError):
            QMessageBox.warning(ctx.window, self.tr("Document importeren"), error.message(ctx.lang))
            return
        logging.getLogger(__name__).error("import failed: %s", getattr(error, "__traceback_text__", error))
        QMessageBox.critical(
            ctx.window, self.tr("Document importeren"), self.tr("Onverwachte fout bij importeren: {e}").format(e=error)
        )

    def import_new_version(self, path: str | None = None, title: str | None = None) -> None:
        ctx = self.context
        if ctx.view is None:
            return
        if title is None:
            titles = [d.title for d in ctx.view.documents]
            title, ok = QInputDialog.getItem(
                ctx.window,
                self.tr("Nieuwe versie importeren"),
                self.tr("Van welk document is dit een nieuwe versie?"),
                titles,
                0,
                False,
            )
            if not ok:
                return
        if path is None:
            path, _f = files.open_name(
                ctx.settings,
                ctx.window,
                self.tr("Nieuwe versie importeren"),
                self.tr("Documenten (*.txt *.md *.pdf *.docx)"),
            )
            if not path:
                return
        store, previous, source = ctx.store, title, Path(path)

        def work(_progress: Any) -> Any:
            return svc.versions.import_new_version(store, source, previous_title=previous)

        ctx.run(work, self._version_imported, self.tr("Nieuwe versie importeren…"))

    def _version_imported(self, result: Any) -> None:
        ctx = self.context
        number = ctx.current_principle.number if ctx.current_principle else None
        ctx.load_dossier(result.result.dossier.id, number)
        order = {"orphan": 0, "fuzzy": 1, "moved": 2}
        reviews = sorted(result.reviews, key=lambda r: (order.get(r.status, 3), r.label))
        self._review = VersionReviewDialog(ctx, list(result.changes), reviews)
        self._review.show()


class VersionReviewDialog(QDialog):
    """After a new version: what changed per principle, and every item that moved or was lost."""

    def __init__(self, context: DossierContext, changes: list[Any], reviews: list[Any]) -> None:
        super().__init__(context.window)
        self.context = context
        self.setWindowTitle(self.tr("Nieuwe versie: controle"))
        self.resize(900, 640)
        self.reviews = list(reviews)
        changed = QTextBrowser()
        changed.setOpenLinks(False)
        changed.setAccessibleName(self.tr("Verschillen per uitgangspunt"))
        words = {
            "added": self.tr("toegevoegd"),
            "removed": self.tr("vervallen"),
            "reworded": self.tr("anders geformuleerd"),
        }
        dark = self.palette().color(self.palette().ColorRole.Base).lightness() < 128
        rows = []
        for c in changes:
            if c.kind == "unchanged":
                continue
            number = c.new_number if c.new_number is not None else c.old_number
            text = diff_html(c.ops, dark=dark) if c.ops else html.escape(c.new_title or c.old_title or "")
            heading = self.tr("Uitgangspunt {n}").format(n=number)
            rows.append(f"<p><b>{html.escape(heading)}</b> · {html.escape(words.get(c.kind, c.kind))}<br/>{text}</p>")
        none_changed = self.tr("Geen uitgangspunten gewijzigd.")
        changed.setHtml("".join(rows) or f"<p>{html.escape(none_changed)}</p>")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Verplaatste en verweesde items"))
        self.list.setWordWrap(True)
        statuses = {
            "exact": self.tr("ongewijzigd"),
            "moved": self.tr("verplaatst"),
            "fuzzy": self.tr("bij benadering"),
            "orphan": self.tr("niet teruggevonden"),
        }
        for r in self.reviews:
            done = " ✓" if r.reviewed else ""
            quote = f"\n“{(r.old_quote or '')[:160]}”" if r.old_quote else ""
            self.list.addItem(f"{statuses.get(r.status, r.status)}{done} · {r.label}{quote}")
            if r.status == "fuzzy":  # how close, for who wants the number
                tip = self.tr("Overeenkomst met de oude tekst: {score:.0%}").format(score=r.score)
                self.list.item(self.list.count() - 1).setToolTip(tip)
        self.reviewed_button = QPushButton(self.tr("&Gecontroleerd"))
        self.reviewed_button.clicked.connect(lambda _c=False: self.mark_reviewed())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Verschillen per uitgangspunt")))
        layout.addWidget(changed, 1)
        layout.addWidget(QLabel(self.tr("Annotaties, amendementen en koppelingen: eerst wat aandacht vraagt")))
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.reviewed_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mark_reviewed(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.reviews):
            r = self.reviews[row]
            svc.versions.mark_reviewed(self.context.store, r.item_kind, r.item_id)
            item = self.list.item(row)
            if "✓" not in item.text():
                first, _, rest = item.text().partition(" · ")
                item.setText(f"{first} ✓ · {rest}")
