"""Working offline together, in the window: exporting a faction package (after seeing exactly what
leaves the laptop), the clerk's merge (a preview per package before anything is written), the
conflict list with both versions beside their common base, and the faction keys."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.diff import diff_html, word_diff
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Visibility
from raadsviewer.domain.rendering import plain_preview
from raadsviewer.ui import files, svc
from raadsviewer.ui.actions import make_action
from raadsviewer.ui.context import DossierContext
from raadsviewer.ui.document_view import SafeBrowser
from raadsviewer.ui.modal import answered, choose, saved_as, until_saved
from raadsviewer.ui.models import visibility_label

if TYPE_CHECKING:
    from raadsviewer.ui.undo import ResolveConflict

_VISIBILITIES = {v.value for v in Visibility}

PACKAGE_FILTER = "raadspakket (*.raadspakket)"
DOSSIER_FILTER = "raadsdossier (*.raadsdossier)"


class ExportPackageDialog(QDialog):
    """What will leave the laptop, per audience, before any file is written: for colleagues of the
    faction or for the griffie, the counts and every text that leaves (a note's earlier, narrower
    versions stay home), and to whom the file is sealed."""

    def __init__(
        self, parent: QWidget | None, previews: dict[str, Any], fingerprint: str, audience: str = "griffie"
    ) -> None:
        super().__init__(parent)
        self.previews = previews
        faction = next(iter(previews.values())).faction
        self.setWindowTitle(self.tr("Pakket van {faction} exporteren").format(faction=faction))
        self.setMinimumSize(640, 560)
        layout = QVBoxLayout(self)
        choose = QLabel(self.tr("Voor wie is dit pakket?"))
        layout.addWidget(choose)
        self.for_griffie = QRadioButton(self.tr("Voor de &griffie: alleen wat voor de griffie of openbaar is"))
        self.for_faction = QRadioButton(
            self.tr("Voor &fractiegenoten: ook wat alleen voor de fractie is (nooit privé-annotaties)")
        )
        group = QButtonGroup(self)
        for button in (self.for_griffie, self.for_faction):
            group.addButton(button)
            layout.addWidget(button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.items = QTreeWidget()
        self.items.setHeaderHidden(True)
        self.items.setAccessibleName(self.tr("Wat het pakket bevat"))
        layout.addWidget(self.items, 1)
        self.sealed = QLabel()
        self.sealed.setWordWrap(True)
        layout.addWidget(self.sealed)
        key = QLabel(self.tr("Ondertekend met de sleutel van de fractie, vingerafdruk: {fp}").format(fp=fingerprint))
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key.setWordWrap(True)
        layout.addWidget(key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("&Exporteren…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.for_faction if audience == "fractie" else self.for_griffie).setChecked(True)
        self.for_griffie.toggled.connect(lambda _on: self._show())
        self._show()

    def audience(self) -> str:
        return "fractie" if self.for_faction.isChecked() else "griffie"

    def _show(self) -> None:
        preview = self.previews[self.audience()]
        counts = preview.per_visibility
        self.summary.setText(
            self.tr(
                "In dit pakket: annotaties {n} (fractie {f}, griffie {g}, openbaar {o}); amendementen {a}; moties {m}; "
                "daarvan verwijderd {d}. Blijft op deze computer, want dit publiek mag het niet zien: eerdere versies "
                "{w}, annotaties en andere items {i}. Privé-annotaties gaan nooit mee."
            ).format(
                n=sum(counts.values()),
                f=counts.get("fractie", 0),
                g=counts.get("griffie", 0),
                o=counts.get("openbaar", 0),
                a=preview.amendments,
                m=preview.moties,
                d=preview.deleted,
                w=preview.withheld_revisions,
                i=preview.withheld_items,
            )
        )
        self.items.clear()
        for item in preview.items:
            state = self.tr(" (verwijderd)") if item.deleted else ""
            where = (
                f" · {visibility_label(Visibility(item.visibility)).lower()}"
                if item.visibility in _VISIBILITIES
                else ""
            )
            label = self.tr("uitgangspunt {n}").format(n=item.principle) if item.principle is not None else item.label
            top = QTreeWidgetItem([f"{label}{where}{state}"])
            for n, text in enumerate(item.texts, 1):
                child = QTreeWidgetItem([self.tr("versie {n}: {text}").format(n=n, text=plain_preview(text)[:300])])
                child.setToolTip(0, text[:2000])
                top.addChild(child)
            self.items.addTopLevelItem(top)
        if not preview.sealed:  # no griffie's key on this laptop yet: say so before the file is written
            self.sealed.setText(
                self.tr(
                    "Niet versleuteld: deze computer kent de sleutel van de griffie nog niet (importeer eerst het "
                    "dossier van de griffie). Het pakket is ondertekend, maar wie het bestand heeft kan het lezen."
                )
            )
        elif self.audience() == "griffie":
            self.sealed.setText(self.tr("Versleuteld voor de griffie: alleen de griffie kan het openen."))
        else:
            self.sealed.setText(
                self.tr("Versleuteld voor de fractie: alleen wie de sleutel van de fractie heeft kan het openen.")
            )


REPORT_COLUMNS = ("file", "faction", "member", "created", "new", "updated", "unchanged", "conflicts", "status")


class MergeDialog(QDialog):
    """The clerk chooses packages, sees per package what merging would do, then merges."""

    merged = Signal(object, object)  # the paths merged, their reports
    conflictsRequested = Signal()
    MAX_COLUMN = 170  # pixels; the full text of a cell is its tooltip

    def __init__(self, context: DossierContext, paths: list[Path]) -> None:
        super().__init__(context.window)
        self.context = context
        self.paths = paths
        self.reports: list[Any] = []
        self.setWindowTitle(self.tr("Pakketten samenvoegen"))
        self.resize(1100, 460)
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
                self.tr("Waarvan in conflict"),  # of the items counted before it: not a fourth kind
                self.tr("Status"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(len(REPORT_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        # the rows follow the status column's width: a refusal's reason wraps instead of being cut off
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_a: QTimer.singleShot(0, self.table.resizeRowsToContents)  # once the layout has settled
        )
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
            "listed_twice": self.tr("staat twee keer in de lijst: wordt één keer samengevoegd"),
            "refused": self.tr("geweigerd"),
        }
        text = words.get(report.status, report.status)
        if report.refused and report.reason:
            text += f": {report.reason}"
        if report.unanchored:
            text += " · " + self.tr("{n} items niet teruggevonden in de tekst").format(n=len(report.unanchored))
        from raadsviewer.messages import merge_notices

        for notice in merge_notices(report.warnings, self.context.lang):
            text += " · " + notice
        if report.refused_items:  # the rest of the package merges: which were refused, and why
            n = len(report.refused_items)
            text += " · " + (self.tr("1 item geweigerd") if n == 1 else self.tr("{n} items geweigerd").format(n=n))
            text += ": " + " ".join(str(i["reason"]) for i in report.refused_items[:3]) + (" …" if n > 3 else "")
        return text

    def show_reports(self, reports: list[Any]) -> None:
        self.reports = reports
        self.table.setRowCount(len(reports))
        dark = self.table.palette().color(QPalette.ColorRole.Base).lightness() < 128
        refused = QColor("#ef9a9a" if dark else "#8b0000")  # dark red is unreadable on a dark background
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
                cell.setToolTip(str(value))
                if r.refused:
                    cell.setForeground(refused)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()  # every column as wide as what it holds,
        for column in range(len(REPORT_COLUMNS) - 1):  # but a long file name leaves room for the status
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), self.MAX_COLUMN))
        self.table.horizontalHeader().setSectionResizeMode(len(REPORT_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.merge_button.setEnabled(any(r.status == "would_merge" for r in reports))
        self.conflicts_button.setEnabled(any(r.conflicts for r in reports))

    def preview(self) -> None:
        """What merging would do, worked out off the GUI thread (a dry run of the whole merge:
        seconds for a large package), the window usable meanwhile."""
        store, paths, lang = self.context.store, self.paths, self.context.lang
        self.merge_button.setEnabled(False)
        self.intro.setText(self.tr("De pakketten worden gecontroleerd…"))

        def work(_progress: Any) -> Any:
            return svc.exchange.preview_packages(store, paths, lang=lang)

        def done(reports: Any) -> None:
            self.intro.setText(self.tr("Voorbeeld: er is nog niets veranderd. Controleer per pakket wat er gebeurt."))
            self.show_reports(reports)

        def failed(error: BaseException) -> None:
            self.show_reports([])
            self.context.background_failed(error)

        self.context.runner.run(work, done, failed, "")

    def merge(self) -> None:
        from raadsviewer.ui.startup import freeze_long_lived_objects

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


def _shown_word(content: dict[str, Any]) -> str:
    """A version's stance (a note) or status (an amendment, a motie) in the window's language."""
    from raadsviewer.domain.model import Stance
    from raadsviewer.ui.models import stance_label
    from raadsviewer.ui.vote_dialog import status_words

    stance = content.get("stance")
    if stance in {s.value for s in Stance}:
        return stance_label(Stance(stance))
    status = str(content.get("status") or "")
    return status_words().get(status, status)


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
                # the two buttons say which version they keep; none is pressed by Enter
                button = QPushButton(self.tr("Versie &A houden") if i == 1 else self.tr("Versie &B houden"))
                button.setAutoDefault(False)
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
        # a note both versions of which say something: one text made of the two
        self.combine_button = QPushButton(self.tr("&Zelf samenvoegen…"))
        self.combine_button.setAutoDefault(False)
        self.combine_button.clicked.connect(self.combine)
        buttons.addButton(self.combine_button, QDialogButtonBox.ButtonRole.ActionRole)
        # a wrong choice taken back here and now (Ctrl+Z too), as Bewerken > Ongedaan maken does in
        # the window; whatever the window's history undoes or redoes meanwhile is shown at once
        self.undo_button = QPushButton(self.tr("Keuze &ongedaan maken"))
        self.undo_button.setAutoDefault(False)
        self.undo_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_button.clicked.connect(self.undo_choice)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        context.undo_stack.indexChanged.connect(self._history_moved)
        self.refresh()

    def _history_moved(self, _index: int) -> None:
        self.refresh()  # (a choice made or taken back here, or the window's undo or redo)

    def _last_choice(self) -> ResolveConflict | None:
        """The window's last undoable step, when it is a choice in a conflict."""
        from raadsviewer.ui.undo import ResolveConflict

        stack = self.context.undo_stack
        index = stack.index()
        command = stack.command(index - 1) if index > 0 else None
        return command if isinstance(command, ResolveConflict) else None

    def _chosen(self, item_id: str, choice: str | dict[str, Any], revision_id: str) -> None:
        from raadsviewer.ui.undo import ResolveConflict

        self.context.undo_stack.push(ResolveConflict(self.context, item_id, choice, revision_id))  # (refreshes)
        self.context.exchange_changed()

    def undo_choice(self) -> None:
        last = self._last_choice()
        if last is None:
            return
        item_id = last.item_id
        self.context.undo_stack.undo()  # (refreshes)
        for row, conflict in enumerate(self.conflicts):  # the conflict taken back, shown again
            if conflict.item_id == item_id:
                self.list.setCurrentRow(row)

    def refresh(self) -> None:
        assert self.context.view is not None
        self.undo_button.setEnabled(self._last_choice() is not None)
        self.conflicts = svc.exchange.list_conflicts(self.context.store, self.context.view.dossier.id)
        self.list.clear()
        from raadsviewer.messages import kind_word

        for c in self.conflicts:  # what kind of item, whose, and its words (as the command line says it)
            kind = kind_word(c.kind, self.context.lang)
            QListWidgetItem(f"{kind[:1].upper()}{kind[1:]} · {c.faction}\n{c.label}", self.list)
        self.empty.setVisible(not self.conflicts)
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            for view in self.views:
                view.setHtml("")
            for button in self.pick_buttons:
                button.setEnabled(False)
            self.combine_button.setEnabled(False)

    def _bodies(self, row: int) -> list[str] | None:
        """The texts of the two versions of a note in conflict, when neither deletes it."""
        if not (0 <= row < len(self.conflicts)) or self.conflicts[row].kind != "annotation":
            return None
        heads = [h["content"] for h in self.conflicts[row].heads[:2]]
        if any(content.get("deleted") for content in heads):
            return None
        return [str(content.get("body") or "") for content in heads]

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
                    _shown_word(content),
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
        combinable = self._bodies(row) is not None
        self.combine_button.setEnabled(combinable)
        self.combine_button.setToolTip(
            ""
            if combinable
            else self.tr("Alleen bij een annotatie waarvan geen versie verwijderd is: kies een versie.")
        )

    def combine(self) -> None:
        """One text for the note, written from both versions: the two are put one under the other
        for the griffie to make one of; that text becomes the note's version after both."""
        row = self.list.currentRow()
        bodies = self._bodies(row)
        if bodies is None:
            return
        from raadsviewer.ui.dialogs import CombineDialog

        item_id = self.conflicts[row].item_id

        def ask(retry: str | None) -> str | None:
            dialog = CombineDialog(
                self, retry if retry is not None else "\n\n".join(bodies), self.list.item(row).text()
            )
            if retry is not None:
                dialog.unsaved()
            return dialog.draft() if answered(dialog) else None

        made: list[tuple[dict[str, Any], str]] = []

        def save(text: str) -> bool:
            choice = {"body": text}
            try:
                made.append((choice, svc.exchange.resolve_conflict(self.context.store, item_id, choice)))
            except UserFacingError as error:
                self.context.show_error(error)
                return False
            return True

        if until_saved(ask, save) is None or not made:
            return
        self._chosen(item_id, *made[-1])

    def keep(self, head_index: int) -> None:
        row = self.list.currentRow()
        if not (0 <= row < len(self.conflicts)):
            return
        c = self.conflicts[row]
        choice = c.heads[head_index]["id"]
        try:
            revision = svc.exchange.resolve_conflict(self.context.store, c.item_id, choice)
        except UserFacingError as error:
            self.context.show_error(error)
            return
        self._chosen(c.item_id, choice, revision)


class ExchangeController(QObject):
    """Packages, the merge, conflicts and faction keys: the menu items and what they do."""

    def __init__(self, context: DossierContext) -> None:
        super().__init__(context)
        self.context = context
        self.merge_dialog: MergeDialog | None = None
        window = context.window
        self.export_package_action = make_action(
            window, self.tr("Pakket &exporteren…"), self.export_package, "Ctrl+Shift+E"
        )
        self.merge_action = make_action(window, self.tr("Pakketten &samenvoegen…"), self.merge_packages, "Ctrl+Shift+M")
        self.conflicts_action = make_action(window, self.tr("Conf&licten…"), self.show_conflicts)
        self.fingerprint_action = make_action(window, self.tr("&Vingerafdruk van onze sleutel"), self.show_fingerprint)
        self.export_key_action = make_action(
            window, self.tr("&Publieke sleutel exporteren (voor de griffie)…"), self.export_public_key
        )
        self.trust_key_action = make_action(
            window, self.tr("Sleutel van een fractie ve&rtrouwen (griffie)…"), self.trust_key
        )
        self.export_secret_action = make_action(
            window, self.tr("Sleutel voor &collega's exporteren…"), self.export_secret_key
        )
        self.import_secret_action = make_action(
            window, self.tr("Sleutel van een collega &importeren…"), self.import_secret_key
        )
        self.untrust_key_action = make_action(
            window, self.tr("Sleutel van een fractie &niet meer vertrouwen (griffie)…"), self.untrust_key
        )
        self.protect_keys_action = make_action(
            window, self.tr("Sleutels beveiligen met een &wachtwoordzin…"), self.protect_keys
        )
        self.export_dossier_action = make_action(
            window, self.tr("Dossier e&xporteren voor de fracties (griffie)…"), self.export_dossier
        )
        self.import_dossier_action = make_action(
            window, self.tr("Dossier van de griffie i&mporteren…"), self.import_dossier
        )
        context.identityChanged.connect(self._role_changed)
        self._role_changed()

    def _role_changed(self) -> None:
        """What only the griffie does is only offered to the griffie; what only a faction does,
        only to a faction."""
        griffie = self.context.is_griffie
        for action in (self.trust_key_action, self.untrust_key_action, self.export_dossier_action):
            action.setEnabled(griffie)
        for action in (
            self.export_package_action,
            self.fingerprint_action,
            self.export_key_action,
            self.export_secret_action,
            self.import_dossier_action,
        ):
            action.setEnabled(not griffie or not self.context.identity.explicit)

    def key_actions(self) -> list[Any]:
        return [
            self.fingerprint_action,
            self.export_key_action,
            self.trust_key_action,
            self.untrust_key_action,
            self.export_secret_action,
            self.import_secret_action,
            self.protect_keys_action,
        ]

    def untrust_key(self) -> None:
        ctx = self.context
        names = [f.name for f in ctx.factions]
        if not names:
            return
        name, ok = QInputDialog.getItem(
            ctx.window,
            self.tr("Sleutel niet meer vertrouwen"),
            self.tr("Van welke fractie? Pakketten met die sleutel worden daarna geweigerd."),
            names,
            0,
            False,
        )
        if not ok:
            return
        try:
            fingerprint = svc.keys.untrust_public_key(ctx.store, name)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(
            self.tr("De sleutel van {faction} ({fp}) wordt niet meer vertrouwd.").format(faction=name, fp=fingerprint),
            10000,
        )

    def export_package(self, path: str | None = None, audience: str | None = None) -> None:
        ctx = self.context
        if ctx.view is None or not ctx.ensure_member():
            return
        if not self._key_here():
            return
        try:
            previews = svc.exchange.export_previews(ctx.store, ctx.view.dossier.id, ctx.faction)
            fingerprint = self._with_keys(lambda: svc.keys.ensure_key(ctx.store, ctx.faction))
        except UserFacingError as error:
            ctx.show_error(error)
            return
        if fingerprint is None:
            return
        if audience is None:
            dialog = ExportPackageDialog(ctx.window, previews, fingerprint)
            if not answered(dialog):
                return
            audience = dialog.audience()
        if path is None:
            whom = self.tr("voor-de-griffie") if audience == "griffie" else self.tr("voor-de-fractie")
            suggested = f"{ctx.faction}-{whom}-{date.today().isoformat()}.raadspakket"
            path, _f = files.save_name(
                ctx.settings, ctx.window, self.tr("Pakket exporteren"), suggested, PACKAGE_FILTER
            )
            if not path:
                return
            path = str(saved_as(path, "*.raadspakket", "raadspakket")[0])
        store, dossier_id, faction, member = ctx.store, ctx.view.dossier.id, ctx.faction, ctx.member
        target, chosen = Path(path), audience

        def work(_progress: Any) -> Any:
            return svc.exchange.export_package(store, dossier_id, faction, member, target, audience=chosen)

        def done(result: Any) -> None:
            if result.sealed_to is None:
                ctx.status(
                    self.tr(
                        "Pakket {n} opgeslagen (ondertekend, niet versleuteld: importeer eerst het dossier van de "
                        "griffie): {path}"
                    ).format(n=result.sequence, path=result.path),
                    12000,
                )
            else:
                ctx.status(self.tr("Pakket {n} opgeslagen: {path}").format(n=result.sequence, path=result.path), 8000)

        self._run_keyed(work, done, self.tr("Pakket exporteren…"))

    def _run_keyed(self, work: Any, done: Any, label: str) -> None:
        """Long work that signs with a key: a key kept under a passphrase asks for it, then runs again."""
        ctx = self.context

        def failed(error: BaseException) -> None:
            if isinstance(error, UserFacingError) and error.code == "key_locked":
                passphrase = self._ask_passphrase(self.tr("Sleutel ontgrendelen"))
                if passphrase is not None:
                    try:
                        svc.secrets.unlock(passphrase)
                    except UserFacingError as refused:
                        ctx.show_error(refused)
                        return
                    ctx.runner.run(work, done, ctx.background_failed, label)
                return
            ctx.background_failed(error)

        ctx.runner.run(work, done, failed, label)

    def _with_keys(self, fn: Any) -> Any:
        """Run a key operation; a key kept under a passphrase asks for it once this session."""
        try:
            return fn()
        except UserFacingError as error:
            if error.code != "key_locked":
                raise
        passphrase = self._ask_passphrase(self.tr("Sleutel ontgrendelen"))
        if passphrase is None:
            return None
        svc.secrets.unlock(passphrase)
        return fn()

    def protect_keys(self) -> None:
        """A passphrase for the keys on a computer without a keychain (else they are kept as they are)."""
        ctx = self.context
        first = self._ask_passphrase(self.tr("Sleutels beveiligen met een wachtwoordzin"))
        if first is None:
            return
        again = self._ask_passphrase(self.tr("Herhaal de wachtwoordzin"))
        if again is None:
            return
        if again != first:
            ctx.show_error(UserFacingError("passphrases_differ"))
            return
        try:
            svc.secrets.unlock(first)
            done = svc.secrets.protect_store_keys(ctx.store)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(self.tr("{n} sleutels versleuteld met uw wachtwoordzin.").format(n=done), 8000)

    # --- the griffie's dossier ---------------------------------------------------------------------------

    def export_dossier(self, path: str | None = None) -> None:
        ctx = self.context
        if ctx.view is None or not ctx.ensure_identity():
            return
        if not ctx.is_griffie:
            ctx.show_error(UserFacingError("griffie_decision", what=self.tr("het dossier uitgeven")))
            return
        if path is None:
            path, _f = files.save_name(
                ctx.settings,
                ctx.window,
                self.tr("Dossier exporteren voor de fracties"),
                f"{ctx.view.dossier.title}.raadsdossier",
                DOSSIER_FILTER,
            )
            if not path:
                return
            path = str(saved_as(path, "*.raadsdossier", "raadsdossier")[0])
        store, dossier_id, target = ctx.store, ctx.view.dossier.id, Path(path)

        def work(_progress: Any) -> Any:
            return svc.dossier.export_dossier(store, dossier_id, target)

        def done(result: Any) -> None:
            QMessageBox.information(
                ctx.window,
                self.tr("Dossier geëxporteerd"),
                self.tr(
                    "{path} is klaar voor de fracties. Bij de eerste keer vergelijken zij deze vingerafdruk "
                    "telefonisch met de griffie:\n\n{fp}"
                ).format(path=result.path, fp=result.fingerprint),
            )

        self._run_keyed(work, done, self.tr("Dossier exporteren…"))

    def import_dossier(self, path: str | None = None) -> None:
        """Start from, or update from, the griffie's dossier; the first time the griffie's key is
        shown as digits to compare by phone."""
        import logging

        ctx = self.context
        if path is None:
            path, _f = files.open_name(
                ctx.settings, ctx.window, self.tr("Dossier van de griffie importeren"), DOSSIER_FILTER
            )
            if not path:
                return
        source = Path(path)
        try:
            fingerprint = svc.dossier.dossier_fingerprint(source)
            known = svc.keys.known_griffie_fingerprint(ctx.store)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        logging.getLogger("raadsviewer").info("dossier import offered: %s", source.name)
        trust: str | None = None
        if not known:
            answer = QMessageBox.question(
                ctx.window,
                self.tr("Sleutel van de griffie controleren"),
                self.tr(
                    "Dit dossier is ondertekend door een griffie die deze computer nog niet kent. Bel de griffie en "
                    "vergelijk deze cijfers:\n\n{fp}\n\nKomen ze overeen?"
                ).format(fp=fingerprint),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            trust = fingerprint
        store, lang = ctx.store, ctx.lang

        def work(_progress: Any) -> Any:
            return svc.dossier.import_dossier(store, source, trust_fingerprint=trust, lang=lang)

        def done(result: Any) -> None:
            ctx.load_dossier()
            ctx.load_identity()
            ctx.status(
                self.tr("Dossier '{title}' ingelezen (uitgave {n}).").format(title=result.title, n=result.sequence),
                10000,
            )

        ctx.run(work, done, self.tr("Dossier importeren…"))

    def merge_packages(self, paths: list[str] | None = None) -> None:
        import logging

        ctx = self.context
        if ctx.view is None:
            return
        if paths is None:
            paths, _f = files.open_names(ctx.settings, ctx.window, self.tr("Pakketten samenvoegen"), PACKAGE_FILTER)
            if not paths:
                return
        self.merge_dialog = MergeDialog(ctx, [Path(p) for p in paths])
        self.merge_dialog.merged.connect(self._merged)
        self.merge_dialog.conflictsRequested.connect(self.show_conflicts)
        self.merge_dialog.show()
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
        if not ctx.ensure_member() or not self._key_here():
            return
        try:
            fingerprint = self._with_keys(lambda: svc.keys.ensure_key(ctx.store, ctx.faction))
        except UserFacingError as error:
            ctx.show_error(error)
            return
        if fingerprint is None:
            return
        QMessageBox.information(
            ctx.window,
            self.tr("Vingerafdruk"),
            self.tr(
                "De sleutel van {faction} heeft vingerafdruk:\n\n{fp}\n\nVergelijk die met de griffie, "
                "bijvoorbeeld per telefoon."
            ).format(faction=ctx.faction, fp=fingerprint),
        )

    def _key_here(self) -> bool:
        """Before this laptop makes the faction's key (its first export or public key): a faction
        has one key, and a colleague may have made it already; a second one the griffie refuses.
        The member takes the colleague's key over, makes the key, or stops."""
        ctx = self.context
        try:
            if svc.keys.has_own_key(ctx.store, ctx.faction):
                return True
        except UserFacingError as error:
            ctx.show_error(error)
            return False
        chosen = choose(
            ctx.window,
            self.tr("Sleutel van {faction}").format(faction=ctx.faction),
            self.tr("Deze laptop heeft nog geen sleutel van {faction}.").format(faction=ctx.faction),
            self.tr(
                "Een fractie ondertekent haar pakketten met één sleutel. Heeft een fractiegenoot al een pakket of "
                "de publieke sleutel naar de griffie gestuurd, importeer dan eerst diens sleutel: een tweede "
                "sleutel weigert de griffie. Is dit de eerste laptop van de fractie, maak dan nu de sleutel en "
                "stuur de griffie de publieke sleutel."
            ),
            [self.tr("Sleutel &maken"), self.tr("Sleutel van een collega &importeren…")],
        )
        if chosen == 1:
            self.import_secret_key()
            return svc.keys.has_own_key(ctx.store, ctx.faction)
        return chosen == 0

    def export_public_key(self) -> None:
        ctx = self.context
        if not ctx.ensure_member() or not self._key_here():
            return
        path, _f = files.save_name(
            ctx.settings, ctx.window, self.tr("Publieke sleutel exporteren"), f"{ctx.faction}.pub", "(*.pub)"
        )
        if not path:
            return
        path = str(saved_as(path, "*.pub", "pub")[0])
        try:
            fingerprint = svc.keys.export_public_key(ctx.store, ctx.faction, Path(path))
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(self.tr("Sleutel opgeslagen, vingerafdruk {fp}").format(fp=fingerprint), 10000)

    def trust_key(self) -> None:
        ctx = self.context
        path, _f = files.open_name(ctx.settings, ctx.window, self.tr("Sleutel van een fractie vertrouwen"), "(*.pub)")
        if not path:
            return
        try:  # the fingerprint is compared before the key is trusted, not after
            faction, fingerprint = svc.keys.read_public_key(Path(path))
        except UserFacingError as error:
            ctx.show_error(error)
            return
        answer = QMessageBox.question(
            ctx.window,
            self.tr("Sleutel van een fractie vertrouwen"),
            self.tr(
                "Dit bestand noemt zich de sleutel van {faction}. Vingerafdruk:\n\n{fp}\n\nVergelijk deze met "
                "de fractie, bijvoorbeeld per telefoon. Klopt hij, vertrouw de sleutel dan; pakketten met deze "
                "sleutel worden daarna samengevoegd als die van {faction}."
            ).format(faction=faction, fp=fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            faction, fingerprint = svc.keys.trust_public_key(ctx.store, Path(path), compared=fingerprint)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.reload_annotations()
        ctx.status(self.tr("De sleutel van {faction} wordt vertrouwd.").format(faction=faction), 8000)

    def _ask_passphrase(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(
            self.context.window, title, self.tr("Wachtwoordzin:"), QLineEdit.EchoMode.Password
        )
        return text if ok and text else None

    def export_secret_key(self) -> None:
        ctx = self.context
        if not ctx.ensure_member() or not self._key_here():
            return
        passphrase = self._ask_passphrase(self.tr("Sleutel voor collega's exporteren"))
        if passphrase is None:
            return
        path, _f = files.save_name(
            ctx.settings,
            ctx.window,
            self.tr("Sleutel voor collega's exporteren"),
            f"{ctx.faction}.sleutel",
            "(*.sleutel)",
        )
        if not path:
            return
        path = str(saved_as(path, "*.sleutel", "sleutel")[0])
        try:
            svc.keys.export_secret_key(ctx.store, ctx.faction, Path(path), passphrase)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(self.tr("Sleutel opgeslagen: {path}").format(path=path), 10000)

    def _replace_own_key(self, error: UserFacingError) -> bool:
        """This laptop made a key of its own before it took the colleague's: replace it (asked)."""
        params = error.params
        chosen = choose(
            self.context.window,
            self.tr("Sleutel van een collega importeren"),
            self.tr("Deze laptop heeft al een eigen sleutel van {faction}.").format(faction=params.get("faction", "")),
            self.tr(
                "Eigen sleutel:\n{own}\nSleutel van uw collega:\n{theirs}\n\nEen fractie ondertekent met één sleutel; "
                "de griffie weigert pakketten met een tweede. Vervang de eigen sleutel door die van uw collega en "
                "exporteer daarna opnieuw. Pakketten die u met de eigen sleutel maakte, gebruikt u niet meer."
            ).format(own=params.get("fingerprint", ""), theirs=params.get("theirs", "")),
            [self.tr("Eigen sleutel &vervangen")],
            warn=True,
        )
        return chosen == 0

    def import_secret_key(self) -> None:
        ctx = self.context
        path, _f = files.open_name(
            ctx.settings, ctx.window, self.tr("Sleutel van een collega importeren"), "(*.sleutel)"
        )
        if not path:
            return
        passphrase = self._ask_passphrase(self.tr("Sleutel van een collega importeren"))
        if passphrase is None:
            return
        try:
            try:
                faction, fingerprint = svc.keys.import_secret_key(ctx.store, Path(path), passphrase)
            except UserFacingError as error:
                if error.code != "key_own_differs" or not self._replace_own_key(error):
                    raise
                faction, fingerprint = svc.keys.import_secret_key(ctx.store, Path(path), passphrase, replace=True)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(self.tr("Sleutel van {faction} geïmporteerd ({fp})").format(faction=faction, fp=fingerprint), 10000)
