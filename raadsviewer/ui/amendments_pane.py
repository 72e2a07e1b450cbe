"""Amendments on the selected principle: a list, the council-ready wording with its diff, and the
clerk's vote dialog. Edits go through the window's undo stack like annotations do."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
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
from raadsviewer.domain.model import Amendment, AmendmentStatus, Faction, Vote
from raadsviewer.domain.rendering import markdown_to_html
from raadsviewer.ui.document_view import SafeBrowser
from raadsviewer.ui.models import ObjectRole

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
    """The amendments tab of the right-hand pane. The window connects the buttons' signals."""

    newRequested = Signal()
    editRequested = Signal()
    submitRequested = Signal()
    deleteRequested = Signal()
    voteRequested = Signal()
    exportRequested = Signal()
    selectionChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AmendmentsModel(self)
        self.factions: list[Faction] = []
        self.own_faction = ""
        self.lang = "nl"
        self.list = QListView()
        self.list.setObjectName("amendments")
        self.list.setAccessibleName(self.tr("Amendementen"))
        self.list.setModel(self.model)
        self.list.setSpacing(2)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._on_current())
        self.list.doubleClicked.connect(lambda _i: self.editRequested.emit())
        self.detail = SafeBrowser()
        self.detail.setAccessibleName(self.tr("Geselecteerd amendement"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setSizes([220, 300])
        self.new_button = QPushButton(self.tr("&Nieuw…"))
        self.edit_button = QPushButton(self.tr("Be&werken…"))
        self.submit_button = QPushButton(self.tr("&Indienen"))
        self.delete_button = QPushButton(self.tr("Verwij&deren"))
        self.vote_button = QPushButton(self.tr("&Stemming…"))
        self.export_button = QPushButton(self.tr("E&xporteren…"))
        for button, signal in (
            (self.new_button, self.newRequested),
            (self.edit_button, self.editRequested),
            (self.submit_button, self.submitRequested),
            (self.delete_button, self.deleteRequested),
            (self.vote_button, self.voteRequested),
            (self.export_button, self.exportRequested),
        ):
            button.clicked.connect(lambda _checked=False, s=signal: s.emit())
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
        self._update_buttons()

    def set_amendments(self, items: list[Amendment], factions: list[Faction], own_faction: str, lang: str) -> None:
        current = self.selected()
        self.factions, self.own_faction, self.lang = factions, own_faction, lang
        self.model.set_amendments(items)
        row = self.model.row_of(current.id) if current else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        self._on_current()

    def select(self, amendment_id: str) -> None:
        row = self.model.row_of(amendment_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def selected(self) -> Amendment | None:
        index = self.list.currentIndex()
        return index.data(ObjectRole) if index.isValid() else None

    def _on_current(self) -> None:
        self.show_detail(self.selected())
        self._update_buttons()
        self.selectionChanged.emit()

    def _update_buttons(self, can_add: bool = True) -> None:
        a = self.selected()
        own = a is not None and a.faction_name == self.own_faction
        concept = a is not None and a.status is AmendmentStatus.CONCEPT
        self.edit_button.setEnabled(own and concept)
        self.submit_button.setEnabled(own and concept)
        self.delete_button.setEnabled(own and concept)
        self.vote_button.setEnabled(a is not None and a.status is not AmendmentStatus.CONCEPT)
        self.export_button.setEnabled(a is not None)

    def show_detail(self, a: Amendment | None) -> None:
        if a is None:
            self.detail.setHtml("")
            return
        esc = html.escape
        by_name = {f.name: f for f in self.factions}
        council = sum(f.seats for f in self.factions)
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
        parts = [
            f"<p><b>{esc(a.label)} · {esc(a.title or '…')}</b><br/>"
            f"<span style='color:{colour}'>{esc(status_label(a.status))}</span> · {signers}"
            f" ({esc(a.author)})<br/><small>{esc(seats)}</small></p>",
            votes,
            f"<p><i>{esc(operative_text(a, self.lang))}</i></p>",
            f"<p style='background:#fafafa'>{diff_html(amendment_diff(a))}</p>",
        ]
        if a.rationale.strip():
            rationale = self.tr("Toelichting")
            parts.append(f"<p><b>{esc(rationale)}</b></p>" + markdown_to_html(a.rationale))
        self.detail.setHtml("".join(parts))


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
