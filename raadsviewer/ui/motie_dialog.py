"""The motie editor: the parts a faction writes, the fixed words around them shown as they will read,
and what is still missing before it can be submitted (the domain's list, as in the amendment editor).

A list (constaterende dat, overwegende dat, the dictum) is typed one point per line; the words
around the points ("De raad van de gemeente …, in vergadering bijeen op …", "en gaat over tot de
orde van de dag") are made from the fields, so they are always right.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.amendments import MAX_TEXT_CHARS
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Faction, MotieDraft, MotieKind, Principle
from raadsviewer.domain.moties import validate_motie_for_submission
from raadsviewer.ui.document_view import SafeBrowser
from raadsviewer.ui.help import show_as_problem
from raadsviewer.ui.modal import Written
from raadsviewer.ui.writing_edit import WritingEdit


def labelled(form: QFormLayout, text: str, field: QWidget | QHBoxLayout, buddy: QWidget) -> None:
    """A form row whose field is a layout: its label still has its shortcut (Alt+letter)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, field)


def points(text: str) -> tuple[str, ...]:
    """One point per line; empty lines and a leading "-" or "•" are dropped."""
    found = []
    for line in text.splitlines():
        line = line.strip().lstrip("-•*").strip()
        if line:
            found.append(line)
    return tuple(found)


class MotieDialog(Written, QDialog):
    SAVE = 1
    SUBMIT = 2

    def __init__(
        self,
        parent: QWidget | None,
        *,
        own_faction: Faction,
        factions: list[Faction],
        principles: list[Principle],
        draft: MotieDraft | None = None,
        municipality: str = "",
        meeting_date: date | None = None,
        lang: str = "nl",
    ) -> None:
        super().__init__(parent)
        self.own_faction = own_faction
        self.lang = lang
        self.choice = 0
        self.setWindowTitle(self.tr("Motie"))
        self.setMinimumSize(940, 660)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Titel van de motie"))
        form.addRow(self.tr("&Titel:"), self.title)
        council = QHBoxLayout()
        self.municipality = QLineEdit(municipality)
        self.municipality.setAccessibleName(self.tr("Gemeente"))
        self.municipality.setPlaceholderText(self.tr("bijv. Dordrecht"))
        self.has_date = QCheckBox(self.tr("&vergadering op"))
        self.meeting_date = QDateEdit()
        self.meeting_date.setCalendarPopup(True)
        self.meeting_date.setDisplayFormat("d MMMM yyyy")
        self.meeting_date.setAccessibleName(self.tr("Datum van de vergadering"))
        self.meeting_date.setDate(QDate.currentDate())
        self.has_date.toggled.connect(self.meeting_date.setEnabled)
        if meeting_date is not None:
            self.meeting_date.setDate(QDate(meeting_date.year, meeting_date.month, meeting_date.day))
        self.has_date.setChecked(meeting_date is not None)
        self.meeting_date.setEnabled(meeting_date is not None)
        council.addWidget(self.municipality, 2)
        council.addWidget(self.has_date)
        council.addWidget(self.meeting_date, 1)
        labelled(form, self.tr("De raad van de &gemeente:"), council, self.municipality)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Soort dictum"))
        from raadsviewer.export.motie import LABELS  # the words the exported motie uses

        for kind in MotieKind:
            self.kind.addItem(LABELS["en" if lang == "en" else "nl"][kind].rstrip(":"), kind.value)
        form.addRow(self.tr("&Dictum:"), self.kind)
        self.agenda_item = QLineEdit()
        self.agenda_item.setAccessibleName(self.tr("Agendapunt"))
        self.agenda_item.setPlaceholderText(self.tr("bijv. 7. Inkoopkader Jeugdhulp"))
        form.addRow(self.tr("&Agendapunt:"), self.agenda_item)
        layout.addLayout(form)

        lists = QGridLayout()
        self.constaterende = self._points_box(self.tr("&constaterende dat (één punt per regel)"), lists, 0)
        self.overwegende = self._points_box(self.tr("&overwegende dat (één punt per regel)"), lists, 1)
        self.dictum = self._points_box(self.tr("de &punten van het dictum (één per regel)"), lists, 2)
        lists_widget = QWidget()
        lists_widget.setLayout(lists)

        self.preview = SafeBrowser()
        self.preview.setAccessibleName(self.tr("De motie zoals zij leest"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(lists_widget)
        splitter.addWidget(self.preview)
        splitter.setSizes([560, 380])
        layout.addWidget(splitter, 3)

        lower = QHBoxLayout()
        cosign = QVBoxLayout()
        cosign_label = QLabel(self.tr("&Mede-indieners"))
        self.cosigners = QListWidget()
        self.cosigners.setAccessibleName(self.tr("Mede-indieners"))
        cosign_label.setBuddy(self.cosigners)
        for faction in factions:
            if faction.id == own_faction.id:
                continue
            item = QListWidgetItem(f"{faction.name} ({faction.seats})")
            item.setData(Qt.ItemDataRole.UserRole, faction.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.cosigners.addItem(item)
        cosign.addWidget(cosign_label)
        cosign.addWidget(self.cosigners)
        lower.addLayout(cosign, 1)
        about = QVBoxLayout()
        about_label = QLabel(self.tr("Over &uitgangspunten"))
        self.principles = QListWidget()
        self.principles.setAccessibleName(self.tr("Over uitgangspunten"))
        about_label.setBuddy(self.principles)
        for p in principles:
            item = QListWidgetItem(f"{p.shown_label}. {p.title}")
            item.setToolTip(p.title)
            item.setData(Qt.ItemDataRole.UserRole, p.number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.principles.addItem(item)
        about.addWidget(about_label)
        about.addWidget(self.principles)
        lower.addLayout(about, 1)
        layout.addLayout(lower, 1)

        self.problems = QLabel()
        self.problems.setObjectName("motieProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        show_as_problem(self.problems)
        layout.addWidget(self.problems)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Opslaan als conc&ept"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit_button = self.buttons.addButton(self.tr("&Indienen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(lambda: self._finish(self.SAVE))
        self.submit_button.clicked.connect(lambda: self._finish(self.SUBMIT))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill(draft)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        for signal in (
            self.title.textChanged,
            self.municipality.textChanged,
            self.agenda_item.textChanged,
            self.constaterende.textChanged,
            self.overwegende.textChanged,
            self.dictum.textChanged,
            self.kind.currentIndexChanged,
            self.meeting_date.dateChanged,
            self.has_date.toggled,
        ):
            signal.connect(self._timer.start)
        self.cosigners.itemChanged.connect(lambda _i: self._timer.start())
        self.principles.itemChanged.connect(lambda _i: self._timer.start())
        self.refresh()
        self.writing_keys(self.save_button, enter_saves=False)
        self.title.setFocus()
        self._at_start = self.draft()

    def _points_box(self, label: str, grid: QGridLayout, row: int) -> QPlainTextEdit:
        caption = QLabel(label)
        edit = WritingEdit(MAX_TEXT_CHARS)
        edit.setAccessibleName(caption.text().replace("&", ""))
        edit.setTabChangesFocus(True)
        caption.setBuddy(edit)
        grid.addWidget(caption, row * 2, 0)
        grid.addWidget(edit, row * 2 + 1, 0)
        return edit

    # ----- filling and reading ----------------------------------------------------------------

    def _fill(self, draft: MotieDraft | None) -> None:
        if draft is None:
            return
        self.title.setText(draft.title)
        if draft.municipality:
            self.municipality.setText(draft.municipality)
        if draft.meeting_date is not None:
            d = draft.meeting_date
            self.meeting_date.setDate(QDate(d.year, d.month, d.day))
            self.has_date.setChecked(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(draft.kind))))
        self.agenda_item.setText(draft.agenda_item)
        self.constaterende.setPlainText("\n".join(draft.constaterende))
        self.overwegende.setPlainText("\n".join(draft.overwegende))
        self.dictum.setPlainText("\n".join(draft.dictum))
        for widget, chosen in ((self.cosigners, draft.cosigners), (self.principles, draft.principle_numbers)):
            for i in range(widget.count()):
                item = widget.item(i)
                if item.data(Qt.ItemDataRole.UserRole) in chosen:
                    item.setCheckState(Qt.CheckState.Checked)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """What is ticked is in sight when the dialog opens, not below the edge of its list (a
        list scrolls only once it is laid out, so here and not when the boxes are ticked)."""
        super().showEvent(event)
        for widget in (self.principles, self.cosigners):
            ticked = [
                widget.item(i) for i in range(widget.count()) if widget.item(i).checkState() == Qt.CheckState.Checked
            ]
            if ticked:
                widget.scrollToItem(ticked[0], QListWidget.ScrollHint.PositionAtCenter)

    def check_principle(self, number: int) -> None:
        """A new motie starts as one about the principle being read (the member may uncheck it)."""
        for i in range(self.principles.count()):
            item = self.principles.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                item.setCheckState(Qt.CheckState.Checked)
        self._at_start = self.draft()  # where the motie starts, not something the member typed

    @staticmethod
    def _checked(widget: QListWidget) -> list[object]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def draft(self) -> MotieDraft:
        when = self.meeting_date.date() if self.has_date.isChecked() else None
        return MotieDraft(
            title=" ".join(self.title.text().split()),
            kind=MotieKind(self.kind.currentData()),
            constaterende=points(self.constaterende.toPlainText()),
            overwegende=points(self.overwegende.toPlainText()),
            dictum=points(self.dictum.toPlainText()),
            municipality=" ".join(self.municipality.text().split()),
            meeting_date=date(when.year(), when.month(), when.day()) if when is not None else None,
            cosigners=tuple(sorted(str(n) for n in self._checked(self.cosigners))),
            principle_numbers=tuple(sorted(int(str(n)) for n in self._checked(self.principles))),
            agenda_item=" ".join(self.agenda_item.text().split()),
        )

    # ----- live feedback ----------------------------------------------------------------------

    def refresh(self) -> None:
        draft = self.draft()
        codes = validate_motie_for_submission(draft)
        if codes:
            lines = [UserFacingError(code).message(self.lang) for code in codes]
            self.problems.setText(self.tr("Nog niet klaar om in te dienen:") + "\n• " + "\n• ".join(lines))
        else:
            self.problems.setText("")
        self.submit_button.setEnabled(not codes)
        self.save_button.setEnabled(bool(draft.title or draft.dictum or draft.constaterende or draft.overwegende))
        from raadsviewer.domain.rendering import markdown_to_html
        from raadsviewer.export.motie import motie_preview_markdown

        self.preview.setHtml(markdown_to_html(motie_preview_markdown(draft, self.own_faction.name, self.lang)))

    def _finish(self, choice: int) -> None:
        self.choice = choice
        self.accept()
