"""Amendments on the selected principle: a list, the council-ready wording with its diff, and the
clerk's vote dialog. Edits go through the undo stack like annotations do."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.amendments import amendment_diff, operative_text, seats_summary
from raadsviewer.domain.diff import diff_html
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Amendment, AmendmentDraft, AmendmentStatus, Faction, Vote
from raadsviewer.domain.rendering import markdown_to_html
from raadsviewer.ui import svc
from raadsviewer.ui.context import DossierContext
from raadsviewer.ui.document_view import SafeBrowser
from raadsviewer.ui.modal import answered
from raadsviewer.ui.models import ObjectRole

if TYPE_CHECKING:
    from raadsviewer.ui.amendment_dialog import AmendmentDialog, AmendmentTarget

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {
    AmendmentStatus.CONCEPT: "#757575",
    AmendmentStatus.INGEDIEND: "#1565c0",
    AmendmentStatus.AANGENOMEN: "#2e7d32",
    AmendmentStatus.VERWORPEN: "#c62828",
    AmendmentStatus.INGETROKKEN: "#8d6e63",
}


def status_label(status: AmendmentStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        AmendmentStatus.CONCEPT: QCoreApplication.translate("AmendmentStatus", "concept"),
        AmendmentStatus.INGEDIEND: QCoreApplication.translate("AmendmentStatus", "ingediend"),
        AmendmentStatus.AANGENOMEN: QCoreApplication.translate("AmendmentStatus", "aangenomen"),
        AmendmentStatus.VERWORPEN: QCoreApplication.translate("AmendmentStatus", "verworpen"),
        AmendmentStatus.INGETROKKEN: QCoreApplication.translate("AmendmentStatus", "ingetrokken"),
    }
    return labels[status]


class AmendmentsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[Amendment] = []

    def set_amendments(self, items: list[Amendment]) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda a: a.number)
        self.endResetModel()

    def amendment(self, row: int) -> Amendment | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, amendment_id: str) -> int:
        return next((i for i, a in enumerate(self._items) if a.id == amendment_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        a = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            signers = ", ".join((a.faction_name, *a.cosigners))
            return f"{a.label} · {a.title or '…'}\n{signers} · {status_label(a.status)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_COLOURS[a.status]) if a.status is not AmendmentStatus.CONCEPT else None
        if role == ObjectRole:
            return a
        return None


class AmendmentsPane(QWidget):
    """The Amendementen tab: the amendments on the principle being read, the council-ready wording
    of the selected one with its change word by word, and what a member or the clerk does with it."""

    def __init__(self, context: DossierContext) -> None:
        super().__init__()
        self.context = context
        self.model = AmendmentsModel(self)
        self.list = QListView()
        self.list.setObjectName("amendments")
        self.list.setAccessibleName(self.tr("Amendementen"))
        self.list.setModel(self.model)
        self.list.setSpacing(2)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._on_current())
        self.list.doubleClicked.connect(lambda _i: self.edit())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = SafeBrowser()
        self.detail.setAccessibleName(self.tr("Geselecteerd amendement"))
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.list, 1)
        listing_layout.addWidget(self.empty, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(listing)
        splitter.addWidget(self.detail)
        splitter.setSizes([220, 300])
        self.new_button = QPushButton(self.tr("&Nieuw…"))
        self.edit_button = QPushButton(self.tr("Be&werken…"))
        self.submit_button = QPushButton(self.tr("&Indienen"))
        self.delete_button = QPushButton(self.tr("Verwij&deren"))
        self.vote_button = QPushButton(self.tr("&Stemming…"))
        self.export_button = QPushButton(self.tr("E&xporteren…"))
        for button, slot in (
            (self.new_button, self.new),
            (self.edit_button, self.edit),
            (self.submit_button, self.submit_selected),
            (self.delete_button, self.delete),
            (self.vote_button, self.vote),
            (self.export_button, self.export),
        ):
            button.clicked.connect(lambda _checked=False, f=slot: f())
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.submit_button):
            row1.addWidget(b)
        for b in (self.delete_button, self.vote_button, self.export_button):
            row2.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        context.amendmentsChanged.connect(self.show_principle)
        context.principleChanged.connect(lambda _p: self.show_principle(None))
        context.identityChanged.connect(self._update_buttons)
        self.show_principle(None)

    # --- what is shown ---------------------------------------------------------------------------------

    def show_principle(self, focus_id: str | None = None) -> None:
        principle = self.context.current_principle
        current = self.selected()
        items = [a for a in self.context.amendments if principle is not None and a.principle_id == principle.id]
        self.model.set_amendments(items)
        wanted = focus_id or (current.id if current else None)
        row = self.model.row_of(wanted) if wanted else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        empty = not self.model.rowCount()
        self.list.setVisible(not empty)
        self.empty.setVisible(empty)
        if principle is None:
            self.empty.setText(self.tr("Kies links een uitgangspunt."))
        else:
            self.empty.setText(
                self.tr(
                    "Nog geen amendementen op uitgangspunt {n}. Maak er een met Nieuw… of selecteer tekst en "
                    "kies 'Amendement op selectie…'."
                ).format(n=principle.shown_label)
            )
        self._on_current()

    def select(self, amendment_id: str) -> None:
        row = self.model.row_of(amendment_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def selected(self) -> Amendment | None:
        index = self.list.currentIndex()
        return index.data(ObjectRole) if index.isValid() else None

    def count(self) -> int:
        return self.model.rowCount()

    def _on_current(self) -> None:
        self.show_detail(self.selected())
        self._update_buttons()

    def _update_buttons(self) -> None:
        a = self.selected()
        own = a is not None and a.faction_name == self.context.faction
        concept = a is not None and a.status is AmendmentStatus.CONCEPT
        self.new_button.setEnabled(self.context.current_principle is not None)
        self.edit_button.setEnabled(own and concept)
        self.submit_button.setEnabled(own and concept)
        self.delete_button.setEnabled(own and concept)
        # the outcome and the votes are the griffie's to record
        self.vote_button.setEnabled(
            a is not None and a.status is not AmendmentStatus.CONCEPT and self.context.is_griffie
        )
        self.export_button.setEnabled(a is not None)

    def show_detail(self, a: Amendment | None) -> None:
        if a is None:
            self.detail.setHtml("")
            return
        esc = html.escape
        factions = self.context.factions
        by_name = {f.name: f for f in factions}
        council = sum(f.seats for f in factions)
        submitter = by_name.get(a.faction_name, Faction(a.faction_id, a.faction_name))
        summary = seats_summary(submitter, [by_name[n] for n in a.cosigners if n in by_name], council)
        signers = esc(", ".join((a.faction_name, *a.cosigners)))
        seats = ""
        if council:
            verdict = self.tr("meerderheid") if summary.majority else self.tr("geen meerderheid")
            seats = self.tr("{seats} van {council} zetels, {verdict}").format(
                seats=summary.seats, council=council, verdict=verdict
            )
        votes = ""
        if a.votes:
            votes = (
                "<p><small>"
                + esc("; ".join(f"{name}: {vote.value if isinstance(vote, Vote) else vote}" for name, vote in a.votes))
                + "</small></p>"
            )
        colour = STATUS_COLOURS[a.status]
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        parts = [
            f"<p><b>{esc(a.label)} · {esc(a.title or '…')}</b><br/>"
            f"<span style='color:{colour}'>{esc(status_label(a.status))}</span> · {signers}"
            f" ({esc(a.author)})<br/><small>{esc(seats)}</small></p>",
            votes,
            f"<p><i>{esc(operative_text(a, self.context.lang))}</i></p>",
            f"<p>{diff_html(amendment_diff(a), dark=dark)}</p>",
        ]
        if a.rationale.strip():
            rationale = self.tr("Toelichting")
            parts.append(f"<p><b>{esc(rationale)}</b></p>" + markdown_to_html(a.rationale))
        self.detail.setHtml("".join(parts))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the diff's colours follow the theme
            self.show_detail(self.selected())

    # --- writing amendments (through the undo stack) ------------------------------------------------------

    def _own_faction(self) -> Faction | None:
        return next((f for f in self.context.factions if f.name == self.context.faction), None)

    def editor(self, target: AmendmentTarget, draft: AmendmentDraft | None = None) -> AmendmentDialog | None:
        """The amendment editor for a target (a principle or a passage), not shown yet."""
        from raadsviewer.ui.amendment_dialog import AmendmentDialog

        ctx = self.context
        own = self._own_faction()
        if own is None or ctx.view is None:
            return None
        return AmendmentDialog(
            ctx.window,
            target=target,
            own_faction=own,
            factions=ctx.factions,
            betreft=ctx.view.dossier.title,
            draft=draft,
            lang=ctx.lang,
        )

    @staticmethod
    def draft_of(a: Amendment) -> AmendmentDraft:
        return AmendmentDraft(
            title=a.title,
            operation=a.operation,
            old_text=a.old_text,
            new_text=a.new_text,
            rationale=a.rationale,
            betreft=a.betreft,
            principle_number=a.principle_number,
            anchor=a.anchor,
            cosigners=a.cosigners,
            parent_id=a.parent_id,
        )

    def _dialog(
        self, target: AmendmentTarget, draft: AmendmentDraft | None = None
    ) -> tuple[int, AmendmentDraft] | None:
        dialog = self.editor(target, draft)
        if dialog is None or not answered(dialog):
            return None
        return dialog.choice, dialog.draft()

    def new(self) -> None:
        from raadsviewer.ui.amendment_dialog import AmendmentTarget

        ctx = self.context
        principle = ctx.current_principle
        if ctx.view is None or principle is None or not ctx.ensure_member():
            return
        self._save_new(self._dialog(AmendmentTarget(principle, principle.text)))

    def amend_selection(self, document_id: str, start: int, end: int) -> None:
        from raadsviewer.domain.anchoring import make_anchor
        from raadsviewer.ui.amendment_dialog import AmendmentTarget

        ctx = self.context
        if ctx.view is None or not ctx.ensure_member():
            return
        doc = ctx.document(document_id)
        if doc is None:
            return
        principle = next(
            (p for p in ctx.view.principles if p.document_id == doc.id and p.start <= start < p.end),
            ctx.current_principle,
        )
        anchor = make_anchor(doc.id, doc.text, start, end)
        self._save_new(self._dialog(AmendmentTarget(principle, anchor.quote, anchor)))

    def _save_new(self, result: tuple[int, AmendmentDraft] | None) -> None:
        from raadsviewer.ui.amendment_dialog import AmendmentDialog
        from raadsviewer.ui.undo import AddAmendment

        ctx = self.context
        if result is None or ctx.view is None:
            return
        choice, draft = result
        command = AddAmendment(ctx, dossier_id=ctx.view.dossier.id, faction=ctx.faction, member=ctx.member, draft=draft)
        ctx.undo_stack.push(command)
        if choice == AmendmentDialog.SUBMIT and command.amendment_id:
            self.submit(command.amendment_id)

    def edit(self) -> None:
        from raadsviewer.ui.amendment_dialog import AmendmentDialog, AmendmentTarget
        from raadsviewer.ui.undo import EditAmendment

        ctx = self.context
        a = self.selected()
        if a is None or a.faction_name != ctx.faction or a.status is not AmendmentStatus.CONCEPT or ctx.view is None:
            return
        principle = ctx.principle_by_id(a.principle_id)
        old = self.draft_of(a)
        result = self._dialog(AmendmentTarget(principle, a.anchor.quote if a.anchor else "", a.anchor), old)
        if result is None:
            return
        choice, new = result
        if new != old:
            ctx.undo_stack.push(EditAmendment(ctx, a.id, old, new))
        if choice == AmendmentDialog.SUBMIT:
            self.submit(a.id)

    def submit_selected(self) -> None:
        a = self.selected()
        if a is not None:
            self.submit(a.id)

    def submit(self, amendment_id: str) -> None:
        """Submitting is a decision, not an edit: it is not on the undo stack (withdraw instead)."""
        ctx = self.context
        try:
            done = svc.amendments.submit_amendment(ctx.store, amendment_id, faction=ctx.faction)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.reload_amendments(done.id)
        if self._fence_undo(amendment_id):
            ctx.status(
                self.tr(
                    "{label} is ingediend. Eerdere stappen kunnen niet meer ongedaan worden gemaakt; "
                    "trek het amendement in om het terug te nemen."
                ).format(label=done.label),
                10000,
            )
        else:
            ctx.status(self.tr("{label} is ingediend").format(label=done.label), 6000)

    def _fence_undo(self, amendment_id: str) -> bool:
        """A submitted amendment no longer changes by undo (it is withdrawn instead): when the
        history holds a step on it, the history ends here, so Ctrl+Z never offers to take back
        what can no longer be taken back."""
        stack = self.context.undo_stack
        if any(getattr(stack.command(i), "amendment_id", None) == amendment_id for i in range(stack.count())):
            stack.clear()
            return True
        return False

    def delete(self) -> None:
        from raadsviewer.ui.undo import DeleteAmendment

        a = self.selected()
        if a is None or a.faction_name != self.context.faction:
            return
        self.context.undo_stack.push(DeleteAmendment(self.context, a.id))
        self.context.status(self.tr("Amendement verwijderd — Ctrl+Z maakt dit ongedaan"), 6000)

    # --- the clerk's part ------------------------------------------------------------------------------------

    def vote(self) -> None:
        ctx = self.context
        a = self.selected()
        if a is None or ctx.view is None:
            return
        dossier_id, number = ctx.view.dossier.id, a.id
        recorded: list[Amendment] = []

        def record(status: AmendmentStatus, votes: list[tuple[str, Any]]) -> str | None:
            """Recorded when the dialog is accepted; a refusal is shown inside the dialog, with
            what was entered kept."""
            try:
                recorded.append(svc.amendments.set_status(ctx.store, dossier_id, number, status, votes))
            except UserFacingError as error:
                return error.message(ctx.lang)
            return None

        if answered(VoteDialog(ctx.window, a, ctx.factions, record)) and recorded:
            ctx.reload_amendments(recorded[-1].id)

    def export(self, path: str | None = None, meeting: str | None = None, agenda_item: str | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog

        ctx = self.context
        a = self.selected()
        if a is None or ctx.view is None:
            return
        settings = ctx.settings.q
        key = f"amendmentDocument/{ctx.view.dossier.id}"
        if meeting is None or agenda_item is None:
            from raadsviewer.ui.dialogs import AmendmentDocumentDialog

            dialog = AmendmentDocumentDialog(
                ctx.window,
                a.label,
                str(settings.value(f"{key}/meeting", "") or ""),
                str(settings.value(f"{key}/agendaItem", "") or ""),
            )
            if not answered(dialog):
                return
            meeting, agenda_item = dialog.values()
        settings.setValue(f"{key}/meeting", meeting)  # the same meeting for the next amendment
        settings.setValue(f"{key}/agendaItem", agenda_item)
        if path is None:
            suggested = str(Path.home() / f"amendement-{a.label}.docx")
            path, _f = QFileDialog.getSaveFileName(
                ctx.window, self.tr("Amendement exporteren"), suggested, "Word (*.docx);;HTML (*.html);;Markdown (*.md)"
            )
            if not path:
                return
        fmt = Path(path).suffix.lstrip(".").lower() or "docx"
        try:
            svc.drafts.export_amendment(
                ctx.store, ctx.view.dossier.id, a.id, fmt, Path(path), meeting=meeting, agenda_item=agenda_item
            )
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(self.tr("Opgeslagen: {path}").format(path=path), 8000)


class VoteDialog(QDialog):
    """The clerk records the outcome: status, and how each faction voted.

    No outcome is chosen in advance (a default "aangenomen" was recorded by a quick Enter); the
    line under the votes says what the votes add up to. ``record`` is called on OK: when it
    returns a reason, the dialog stays open with everything entered and shows the reason."""

    def __init__(
        self,
        parent: QWidget | None,
        amendment: Amendment,
        factions: list[Faction],
        record: Callable[[AmendmentStatus, list[tuple[str, Vote]]], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self._seats = {f.name: f.seats for f in factions}
        self.setWindowTitle(self.tr("Stemming over {label}").format(label=amendment.label))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        title = QLabel(f"{amendment.label}: {amendment.title}")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        layout.addWidget(title)
        form = QFormLayout()
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Uitkomst"))
        self.status.addItem(self.tr("— kies de uitkomst —"), "")
        for status in (AmendmentStatus.AANGENOMEN, AmendmentStatus.VERWORPEN, AmendmentStatus.INGETROKKEN):
            self.status.addItem(status_label(status), status.value)
        form.addRow(self.tr("&Uitkomst:"), self.status)
        self.votes: dict[str, QComboBox] = {}
        previous = dict(amendment.votes)
        for faction in factions:
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Stem van {faction}").format(faction=faction.name))
            combo.addItem("—", "")
            combo.addItem(self.tr("voor"), Vote.VOOR.value)
            combo.addItem(self.tr("tegen"), Vote.TEGEN.value)
            if faction.name in previous:
                combo.setCurrentIndex(combo.findData(str(previous[faction.name])))
            combo.currentIndexChanged.connect(lambda _i: self._update())
            self.votes[faction.name] = combo
            form.addRow(f"{faction.name} ({faction.seats})", combo)
        layout.addLayout(form)
        self.tally = QLabel()
        self.tally.setObjectName("voteTally")
        self.tally.setWordWrap(True)
        layout.addWidget(self.tally)
        self.problem = QLabel()
        self.problem.setObjectName("voteProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("QLabel#voteProblem { color: #c62828; }")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def _update(self) -> None:
        from raadsviewer.domain.amendments import outcome

        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.status.currentData()))
        votes = [(name, Vote(combo.currentData())) for name, combo in self.votes.items() if combo.currentData()]
        if not votes:
            self.tally.setText(self.tr("Nog geen stemmen ingevuld."))
            return
        voor, tegen, adopted = outcome(votes, self._seats)
        verdict = self.tr("aangenomen") if adopted else self.tr("verworpen")
        self.tally.setText(
            self.tr("Volgens de stemmen: {verdict} ({voor} voor, {tegen} tegen).").format(
                verdict=verdict, voor=voor, tegen=tegen
            )
        )

    def result_values(self) -> tuple[AmendmentStatus, list[tuple[str, Vote]]]:
        votes = [(name, Vote(combo.currentData())) for name, combo in self.votes.items() if combo.currentData()]
        return AmendmentStatus(self.status.currentData()), votes

    def accept(self) -> None:
        if not self.status.currentData():
            return
        if self._record is not None:
            problem = self._record(*self.result_values())
            if problem:
                self.problem.setText(problem)
                self.problem.show()
                return
        super().accept()
