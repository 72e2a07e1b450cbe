"""Working offline together, in the window: exporting a faction package (after seeing exactly what
leaves the laptop), the clerk's merge (a preview per package before anything is written), and the
conflict list with both versions beside their common base."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.diff import diff_html, word_diff
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.ui.document_view import SafeBrowser

if TYPE_CHECKING:
    from raadsviewer.ui.main_window import MainWindow

PACKAGE_FILTER = "raadspakket (*.raadspakket)"


def _exchange():  # type: ignore[no-untyped-def]
    from raadsviewer.services import exchange

    return exchange


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

    def __init__(self, window: MainWindow, paths: list[Path]) -> None:
        super().__init__(window)
        self.window_ = window
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
        self.merge_button.clicked.connect(self.merge)
        self.conflicts_button.clicked.connect(window.show_conflicts)
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
        self.table.resizeRowsToContents()
        self.merge_button.setEnabled(any(r.status == "would_merge" for r in reports))
        self.conflicts_button.setEnabled(any(r.conflicts for r in reports))

    def preview(self) -> None:
        try:
            reports = _exchange().preview_packages(self.window_.store, self.paths, lang=self.window_.lang)
        except UserFacingError as error:
            self.window_.show_error(error)
            reports = []
        self.show_reports(reports)

    def merge(self) -> None:
        from raadsviewer.ui.background import freeze_long_lived_objects

        store, paths, lang = self.window_.store, self.paths, self.window_.lang
        self.merge_button.setEnabled(False)
        freeze_long_lived_objects()  # keeps collections short while the merge allocates (no GUI stalls)

        def work(progress: Any) -> Any:
            from raadsviewer.services.maintenance import backup_now

            backup_now(store, "merge")  # the clerk can always go back to before this merge
            return _exchange().merge_packages(store, paths, progress, lang=lang)

        self.window_.runner.run(work, self._merged, self._failed, self.tr("Pakketten samenvoegen…"))

    def _merged(self, reports: list[Any]) -> None:
        self.intro.setText(self.tr("Samengevoegd. Ctrl+Z in het hoofdvenster maakt deze samenvoeging ongedaan."))
        self.show_reports(reports)
        self.merge_button.setEnabled(False)
        self.window_.merged(self.paths, reports)

    def _failed(self, error: BaseException) -> None:
        self.merge_button.setEnabled(True)
        if isinstance(error, UserFacingError):
            self.window_.show_error(error)
        else:
            raise error


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

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
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
        self.empty = QLabel(self.tr("Geen conflicten."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        assert self.window_.view is not None
        self.conflicts = _exchange().list_conflicts(self.window_.store, self.window_.view.dossier.id)
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
        for i, head in enumerate(c.heads[:2]):
            content = head["content"]
            text = _content_text(content)
            who = " · ".join(
                str(v)
                for v in (
                    content.get("author"),
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
                else f"<p>{diff_html(word_diff(base, text))}</p>"
            )
            self.views[i + 1].setHtml(header + body)
            self.pick_buttons[i].setEnabled(True)

    def keep(self, head_index: int) -> None:
        row = self.list.currentRow()
        if not (0 <= row < len(self.conflicts)):
            return
        c = self.conflicts[row]
        try:
            _exchange().resolve_conflict(self.window_.store, c.item_id, c.heads[head_index]["id"])
        except UserFacingError as error:
            self.window_.show_error(error)
            return
        self.window_.refresh_annotations()
        self.window_.refresh_amendments()
        self.refresh()
