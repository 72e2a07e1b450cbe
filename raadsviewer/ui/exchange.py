"""Working offline together, in the window: exporting a faction package (after seeing exactly what
leaves the laptop), the clerk's merge (a preview per package before anything is written), the
conflict list with both versions beside their common base, and the faction keys."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.diff import diff_html, word_diff
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.ui import svc
from raadsviewer.ui.actions import make_action
from raadsviewer.ui.context import DossierContext
from raadsviewer.ui.document_view import SafeBrowser
from raadsviewer.ui.modal import answered

PACKAGE_FILTER = "raadspakket (*.raadspakket)"


class ExportPackageDialog(QDialog):
    """What will leave the laptop: counts per visibility and the list, before any file is written."""

    def __init__(self, parent: QWidget | None, preview: Any, fingerprint: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pakket van {faction} exporteren").format(faction=preview.faction))
        self.setMinimumSize(560, 480)
        layout = QVBoxLayout(self)
        counts = preview.per_visibility
        summary = QLabel(
            self.tr(
                "Dit pakket bevat {n} annotaties (fractie: {f}, griffie: {g}, openbaar: {o}) en {a} amendementen, "
                "waarvan {d} verwijderd. {p} privé-annotaties blijven op deze computer."
            ).format(
                n=sum(counts.values()),
                f=counts.get("fractie", 0),
                g=counts.get("griffie", 0),
                o=counts.get("openbaar", 0),
                a=preview.amendments,
                d=preview.deleted,
                p=preview.withheld_private,
            )
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Wat het pakket bevat"))
        for item in preview.items:
            state = self.tr(" (verwijderd)") if item.deleted else ""
            where = f" · {item.visibility}" if item.visibility else ""
            self.items.addItem(f"{item.label}{where}{state}")
        layout.addWidget(self.items, 1)
        key = QLabel(self.tr("Ondertekend met de sleutel van de fractie, vingerafdruk: {fp}").format(fp=fingerprint))
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key.setWordWrap(True)
        layout.addWidget(key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("&Exporteren…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


REPORT_COLUMNS = ("file", "faction", "member", "created", "new", "updated", "unchanged", "conflicts", "status")


class MergeDialog(QDialog):
    """The clerk chooses packages, sees per package what merging would do, then merges."""

    merged = Signal(object, object)  # the paths merged, their reports
    conflictsRequested = Signal()

    def __init__(self, context: DossierContext, paths: list[Path]) -> None:
        super().__init__(context.window)
        self.context = context
        self.paths = paths
        self.reports: list[Any] = []
        self.setWindowTitle(self.tr("Pakketten samenvoegen"))
        self.resize(980, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Voorbeeld: er is nog niets veranderd. Controleer per pakket wat er gebeurt."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, len(REPORT_COLUMNS))
        self.table.setAccessibleName(self.tr("Pakketten"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Bestand"),
                self.tr("Fractie"),
                self.tr("Lid"),
                self.tr("Datum"),
                self.tr("Nieuw"),
                self.tr("Bijgewerkt"),
                self.tr("Ongewijzigd"),
                self.tr("Conflicten"),
                self.tr("Status"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(len(REPORT_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = buttons.addButton(self.tr("&Samenvoegen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.conflicts_button = buttons.addButton(
            self.tr("&Conflicten bekijken…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.conflicts_button.setEnabled(False)
        self.merge_button.clicked.connect(lambda _c=False: self.merge())
        self.conflicts_button.clicked.connect(lambda _c=False: self.conflictsRequested.emit())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.preview()

    def status_text(self, report: Any) -> str:
        words = {
            "would_merge": self.tr("wordt samengevoegd"),
            "merged": self.tr("samengevoegd"),
            "already_merged": self.tr("al eerder samengevoegd"),
            "refused": self.tr("geweigerd"),
        }
        text = words.get(report.status, report.status)
        if report.refused and report.reason:
            text += f": {report.reason}"
        if report.unanchored:
            text += " · " + self.tr("{n} items niet teruggevonden in de tekst").format(n=len(report.unanchored))
        return text

    def show_reports(self, reports: list[Any]) -> None:
        self.reports = reports
        self.table.setRowCount(len(reports))
        for row, r in enumerate(reports):
            values = (
                Path(r.path).name,
                r.faction,
                r.member,
                r.created[:16].replace("T", " "),
                r.new,
                r.updated,
                r.unchanged,
                r.conflicts,
                self.status_text(r),
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(str(value))
                if r.refused:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()  # every column as wide as what it holds
        self.table.horizontalHeader().setSectionResizeMode(len(REPORT_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.merge_button.setEnabled(any(r.status == "would_merge" for r in reports))
        self.conflicts_button.setEnabled(any(r.conflicts for r in reports))

    def preview(self) -> None:
        try:
            reports = svc.exchange.preview_packages(self.context.store, self.paths, lang=self.context.lang)
        except UserFacingError as error:
            self.context.show_error(error)
            reports = []
        self.show_reports(reports)

    def merge(self) -> None:
        from raadsviewer.ui.background import freeze_long_lived_objects

        store, paths, lang = self.context.store, self.paths, self.context.lang
        self.merge_button.setEnabled(False)
        freeze_long_lived_objects()  # keeps collections short while the merge allocates (no GUI stalls)

        def work(progress: Any) -> Any:
            svc.maintenance.backup_now(store, "merge")  # the clerk can always go back to before this merge
            return svc.exchange.merge_packages(store, paths, progress, lang=lang)

        self.context.runner.run(work, self._merged, self._failed, self.tr("Pakketten samenvoegen…"))

    def _merged(self, reports: list[Any]) -> None:
        self.intro.setText(self.tr("Samengevoegd. Ctrl+Z in het hoofdvenster maakt deze samenvoeging ongedaan."))
        self.show_reports(reports)
        self.merge_button.setEnabled(False)
        self.merged.emit(self.paths, reports)

    def _failed(self, error: BaseException) -> None:
        self.merge_button.setEnabled(True)
        self.context.background_failed(error)


def _content_text(content: dict[str, Any]) -> str:
    """The words a clerk compares: an annotation's text, or an amendment's title and texts."""
    if content.get("deleted"):
        return ""
    if "body" in content:
        return str(content.get("body") or "")
    parts = [str(content.get(k) or "") for k in ("title", "new_text", "rationale")]
    return "\n".join(p for p in parts if p)


class ConflictsDialog(QDialog):
    """Items with competing versions: each version beside the common base; the clerk picks one."""

    def __init__(self, context: DossierContext) -> None:
        super().__init__(context.window)
        self.context = context
        self.setWindowTitle(self.tr("Conflicten"))
        self.resize(1100, 620)
        self.conflicts: list[Any] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Conflicten"))
        self.list.currentRowChanged.connect(self.show_conflict)
        self.views: list[SafeBrowser] = []
        self.pick_buttons: list[QPushButton] = []
        columns = QHBoxLayout()
        titles = (self.tr("Gemeenschappelijke basis"), self.tr("Versie A"), self.tr("Versie B"))
        for i, title in enumerate(titles):
            box = QVBoxLayout()
            box.addWidget(QLabel(f"<b>{html.escape(title)}</b>"))
            view = SafeBrowser()
            view.setAccessibleName(title)
            self.views.append(view)
            box.addWidget(view, 1)
            if i:
                button = QPushButton(self.tr("Deze versie &houden") if i == 1 else self.tr("Deze &versie houden"))
                button.clicked.connect(lambda _c=False, n=i - 1: self.keep(n))
                self.pick_buttons.append(button)
                box.addWidget(button)
            columns.addLayout(box, 1)
        right = QWidget()
        right.setLayout(columns)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([260, 840])
        self.empty = QLabel(
            self.tr("Geen conflicten: elke annotatie, elk amendement en elke koppeling heeft één huidige versie.")
        )
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        assert self.context.view is not None
        self.conflicts = svc.exchange.list_conflicts(self.context.store, self.context.view.dossier.id)
        self.list.clear()
        for c in self.conflicts:
            QListWidgetItem(f"{c.label} · {c.faction}", self.list)
        self.empty.setVisible(not self.conflicts)
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            for view in self.views:
                view.setHtml("")
            for button in self.pick_buttons:
                button.setEnabled(False)

    def show_conflict(self, row: int) -> None:
        if not (0 <= row < len(self.conflicts)):
            return
        c = self.conflicts[row]
        base = _content_text(c.base["content"]) if c.base else ""
        self.views[0].setHtml(f"<p>{html.escape(base) or '—'}</p>")
        dark = self.palette().color(self.palette().ColorRole.Base).lightness() < 128
        for i, head in enumerate(c.heads[:2]):
            content = head["content"]
            text = _content_text(content)
            who = " · ".join(
                str(v)
                for v in (
                    head.get("by") or content.get("author"),
                    content.get("stance") or content.get("status"),
                    str(content.get("updated_at") or "")[:16].replace("T", " "),
                )
                if v
            )
            header = f"<p><small>{html.escape(who)}</small></p>"
            deleted = content.get("deleted")
            deleted_word = self.tr("verwijderd")
            body = (
                f"<p><i>{html.escape(deleted_word)}</i></p>"
                if deleted
                else f"<p>{diff_html(word_diff(base, text), dark=dark)}</p>"
            )
            self.views[i + 1].setHtml(header + body)
            self.pick_buttons[i].setEnabled(True)

    def keep(self, head_index: int) -> None:
        row = self.list.currentRow()
        if not (0 <= row < len(self.conflicts)):
            return
        c = self.conflicts[row]
        try:
            svc.exchange.resolve_conflict(self.context.store, c.item_id, c.heads[head_index]["id"])
        except UserFacingError as error:
            self.context.show_error(error)
            return
        self.context.exchange_changed()
        self.refresh()


class ExchangeController(QObject):
    """Packages, the merge, conflicts and faction keys: the menu items and what they do."""

    def __init__(self, context: DossierContext) -> None:
        super().__init__(context)
        self.context = context
        self._merge_dialog: MergeDialog | None = None
        window = context.window
        self.export_package_action = make_action(
            window, self.tr("Pakket &exporteren…"), self.export_package, "Ctrl+Shift+E"
        )
        self.merge_action = make_action(window, self.tr("Pakketten &samenvoegen…"), self.merge_packages, "Ctrl+Shift+M")
        self.conflicts_action = make_action(window, self.tr("&Conflicten…"), self.show_conflicts)
        self.fingerprint_action = make_action(window, self.tr("&Vingerafdruk van onze sleutel"), self.show_fingerprint)
        self.export_key_action = make_action(
            window, self.tr("&Publieke sleutel exporteren (voor de griffie)…"), self.export_public_key
        )
        self.trust_key_action = make_action(
            window, self.tr("Sleutel van een fractie &vertrouwen (griffie)…"), self.trust_key
        )
        self.export_secret_action = make_action(
            window, self.tr("Sleutel voor &collega's exporteren…"), self.export_secret_key
        )
        self.import_secret_action = make_action(
            window, self.tr("Sleutel van een collega &importeren…"), self.import_secret_key
        )

    def key_actions(self) -> list[Any]:
        return [
            self.fingerprint_action,
            self.export_key_action,
            self.trust_key_action,
            self.export_secret_action,
            self.import_secret_action,
        ]

    def export_package(self, path: str | None = None) -> None:
        ctx = self.context
        if ctx.view is None or not ctx.ensure_identity():
            return
        try:
            preview = svc.exchange.export_preview(ctx.store, ctx.view.dossier.id, ctx.faction)
            fingerprint = svc.keys.ensure_key(ctx.store, ctx.faction)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        if not answered(ExportPackageDialog(ctx.window, preview, fingerprint)):
            return
        if path is None:
            suggested = Path.home() / f"{ctx.faction}-{date.today().isoformat()}.raadspakket"
            path, _f = QFileDialog.getSaveFileName(
                ctx.window, self.tr("Pakket exporteren"), str(suggested), PACKAGE_FILTER
            )
            if not path:
                return
        store, dossier_id, faction, member, target = ctx.store, ctx.view.dossier.id, ctx.faction, ctx.member, Path(path)

        def work(_progress: Any) -> Any:
            return svc.exchange.export_package(store, dossier_id, faction, member, target)

        def done(result: Any) -> None:
            ctx.status(self.tr("Pakket {n} opgeslagen: {path}").format(n=result.sequence, path=result.path), 8000)

        ctx.run(work, done, self.tr("Pakket exporteren…"))

    def merge_packages(self, paths: list[str] | None = None) -> None:
        import logging

        ctx = self.context
        if ctx.view is None:
            return
        if paths is None:
            paths, _f = QFileDialog.getOpenFileNames(
                ctx.window, self.tr("Pakketten samenvoegen"), str(Path.home()), PACKAGE_FILTER
            )
            if not paths:
                return
        self._merge_dialog = MergeDialog(ctx, [Path(p) for p in paths])
        self._merge_dialog.merged.connect(self._merged)
        self._merge_dialog.conflictsRequested.connect(self.show_conflicts)
        self._merge_dialog.show()
        logging.getLogger("raadsviewer").info("merge preview of %d package(s)", len(paths))

    def _merged(self, _paths: list[Path], reports: list[Any]) -> None:
        """After a merge (done off the GUI thread): one undo step, and a fresh view."""
        from raadsviewer.ui.undo import MergePackages

        done = [Path(r.path) for r in reports if r.status == "merged"]
        if done:
            self.context.undo_stack.push(MergePackages(self.context, done))
        self.context.reload_in_background()

    def show_conflicts(self) -> None:
        if self.context.view is not None:
            answered(ConflictsDialog(self.context))

    def show_fingerprint(self) -> None:
        ctx = self.context
        if not ctx.ensure_identity():
            return
        try:
            fingerprint = svc.keys.ensure_key(ctx.store, ctx.faction)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        QMessageBox.information(
            ctx.window,
            self.tr("Vingerafdruk"),
            self.tr(
                "De sleutel van {faction} heeft vingerafdruk:\n\n{fp}\n\nVergelijk die met de griffie, "
                "bijvoorbeeld per telefoon."
            ).format(faction=ctx.faction, fp=fingerprint),
        )

    def export_public_key(self) -> None:
        ctx = self.context
        if not ctx.ensure_identity():
            return
        path, _f = QFileDialog.getSaveFileName(
            ctx.window, self.tr("Publieke sleutel exporteren"), str(Path.home() / f"{ctx.faction}.pub"), "(*.pub)"
        )
        if not path:
            return
        try:
            fingerprint = svc.keys.export_public_key(ctx.store, ctx.faction, Path(path))
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(self.tr("Sleutel opgeslagen, vingerafdruk {fp}").format(fp=fingerprint), 10000)

    def trust_key(self) -> None:
        ctx = self.context
        path, _f = QFileDialog.getOpenFileName(
            ctx.window, self.tr("Sleutel van een fractie vertrouwen"), str(Path.home()), "(*.pub)"
        )
        if not path:
            return
        try:
            faction, fingerprint = svc.keys.trust_public_key(ctx.store, Path(path))
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.reload_annotations()
        QMessageBox.information(
            ctx.window,
            self.tr("Sleutel vertrouwd"),
            self.tr(
                "De sleutel van {faction} is geregistreerd. Vingerafdruk:\n\n{fp}\n\nControleer deze met "
                "de fractie voordat u pakketten samenvoegt."
            ).format(faction=faction, fp=fingerprint),
        )

    def _ask_passphrase(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(
            self.context.window, title, self.tr("Wachtwoordzin:"), QLineEdit.EchoMode.Password
        )
        return text if ok and text else None

    def export_secret_key(self) -> None:
        ctx = self.context
        if not ctx.ensure_identity():
            return
        passphrase = self._ask_passphrase(self.tr("Sleutel voor collega's exporteren"))
        if passphrase is None:
            return
        path, _f = QFileDialog.getSaveFileName(
            ctx.window,
            self.tr("Sleutel voor collega's exporteren"),
            str(Path.home() / f"{ctx.faction}.sleutel"),
            "(*.sleutel)",
        )
        if not path:
            return
        try:
            svc.keys.export_secret_key(ctx.store, ctx.faction, Path(path), passphrase)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(self.tr("Sleutel opgeslagen: {path}").format(path=path), 10000)

    def import_secret_key(self) -> None:
        ctx = self.context
        path, _f = QFileDialog.getOpenFileName(
            ctx.window, self.tr("Sleutel van een collega importeren"), str(Path.home()), "(*.sleutel)"
        )
        if not path:
            return
        passphrase = self._ask_passphrase(self.tr("Sleutel van een collega importeren"))
        if passphrase is None:
            return
        try:
            faction, fingerprint = svc.keys.import_secret_key(ctx.store, Path(path), passphrase)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(self.tr("Sleutel van {faction} geïmporteerd ({fp})").format(faction=faction, fp=fingerprint), 10000)
