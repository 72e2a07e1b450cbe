"""The amendment editor: old text beside new text, a live word diff, and what is still missing.

The old text is taken from the document (the principle or a selected passage), never typed, so the
service can find and replace it mechanically. Validation uses the domain's rules for an amendment
"naar de vorm geschikt om direct te worden opgenomen" and names every missing part.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.amendments import MAX_TEXT_CHARS, seats_summary, validate_for_submission
from raadsviewer.domain.diff import diff_html, word_diff
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation, Faction, Principle, TextAnchor
from raadsviewer.ui.document_view import SafeBrowser
from raadsviewer.ui.help import show_as_problem
from raadsviewer.ui.modal import Written
from raadsviewer.ui.writing_edit import WritingEdit


@dataclass(frozen=True, slots=True)
class AmendmentTarget:
    """What the amendment changes: a principle, optionally narrowed to a quoted passage."""

    principle: Principle | None
    passage: str = ""
    anchor: TextAnchor | None = None

    @property
    def text(self) -> str:
        return self.passage or (self.principle.text if self.principle else "")


class AmendmentDialog(Written, QDialog):
    SAVE = 1
    SUBMIT = 2

    def __init__(
        self,
        parent: QWidget | None,
        *,
        target: AmendmentTarget,
        own_faction: Faction,
        factions: list[Faction],
        betreft: str,
        draft: AmendmentDraft | None = None,
        lang: str = "nl",
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.own_faction = own_faction
        self.factions = factions
        self.lang = lang
        self.choice = 0
        self.setWindowTitle(self.tr("Amendement"))
        self.setMinimumSize(900, 640)
        layout = QVBoxLayout(self)

        self.about = self._target_heading()
        heading = QLabel(self.about)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        layout.addWidget(heading)

        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Titel van het amendement"))
        self.betreft = QLineEdit(betreft)
        self.betreft.setAccessibleName(self.tr("Betreft"))
        self.operation = QComboBox()
        self.operation.setAccessibleName(self.tr("Bewerking"))
        self.operation.addItem(self.tr("Vervangen"), AmendmentOperation.VERVANGEN.value)
        self.operation.addItem(self.tr("Toevoegen"), AmendmentOperation.TOEVOEGEN.value)
        self.operation.addItem(self.tr("Schrappen"), AmendmentOperation.SCHRAPPEN.value)
        form.addRow(self.tr("&Titel:"), self.title)
        form.addRow(self.tr("&Betreft:"), self.betreft)
        form.addRow(self.tr("Be&werking:"), self.operation)
        layout.addLayout(form)

        texts = QGridLayout()
        old_label = QLabel(self.tr("Oude tekst (uit het document)"))
        new_label = QLabel(self.tr("&Nieuwe tekst"))
        self.old_text = QPlainTextEdit()
        self.old_text.setReadOnly(True)  # taken from the document, not retyped
        self.old_text.setAccessibleName(self.tr("Oude tekst"))
        self.new_text = WritingEdit(MAX_TEXT_CHARS)
        self.new_text.setAccessibleName(self.tr("Nieuwe tekst"))
        new_label.setBuddy(self.new_text)
        self.take_whole = QPushButton(self.tr("Hele uitgangspunt als oude tekst"))
        self.take_whole.setEnabled(target.principle is not None)
        self.take_whole.clicked.connect(self._take_whole_principle)
        self.clear_old = QPushButton(self.tr("Geen oude tekst"))
        self.clear_old.clicked.connect(lambda: self.old_text.setPlainText(""))
        old_buttons = QHBoxLayout()
        old_buttons.addWidget(self.take_whole)
        old_buttons.addWidget(self.clear_old)
        old_buttons.addStretch(1)
        texts.addWidget(old_label, 0, 0)
        texts.addWidget(new_label, 0, 1)
        texts.addWidget(self.old_text, 1, 0)
        texts.addWidget(self.new_text, 1, 1)
        texts.addLayout(old_buttons, 2, 0)
        layout.addLayout(texts, 2)

        diff_box = QGroupBox(self.tr("Wijziging"))
        diff_layout = QVBoxLayout(diff_box)
        self.diff_view = SafeBrowser()
        self.diff_view.setAccessibleName(self.tr("Wijziging woord voor woord"))
        self.diff_view.setMinimumHeight(90)
        diff_layout.addWidget(self.diff_view)
        layout.addWidget(diff_box, 2)

        lower = QHBoxLayout()
        rationale_box = QVBoxLayout()
        rationale_label = QLabel(self.tr("T&oelichting (Markdown)"))
        self.rationale = WritingEdit(MAX_TEXT_CHARS)
        self.rationale.setAccessibleName(self.tr("Toelichting"))
        rationale_label.setBuddy(self.rationale)
        rationale_box.addWidget(rationale_label)
        rationale_box.addWidget(self.rationale)
        lower.addLayout(rationale_box, 3)
        cosign_box = QVBoxLayout()
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
        self.seats_label = QLabel()
        self.seats_label.setWordWrap(True)
        cosign_box.addWidget(cosign_label)
        cosign_box.addWidget(self.cosigners)
        cosign_box.addWidget(self.seats_label)
        lower.addLayout(cosign_box, 2)
        layout.addLayout(lower, 2)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        show_as_problem(self.problems)
        layout.addWidget(self.problems)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Opslaan als &concept"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit_button = self.buttons.addButton(self.tr("&Indienen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(lambda: self._finish(self.SAVE))
        self.submit_button.clicked.connect(lambda: self._finish(self.SUBMIT))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill(draft)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(120)  # typing stays smooth in long texts
        self._refresh_timer.timeout.connect(self.refresh)
        for signal in (
            self.title.textChanged,
            self.old_text.textChanged,
            self.new_text.textChanged,
            self.operation.currentIndexChanged,
        ):
            signal.connect(self._refresh_timer.start)
        self.cosigners.itemChanged.connect(lambda _item: self.refresh())
        self.refresh()
        self.writing_keys(self.save_button, enter_saves=False)
        self.title.setFocus()
        self._at_start = self.draft()

    # ----- filling and reading ----------------------------------------------------------------
    def _target_heading(self) -> str:
        p = self.target.principle
        if p is None:
            return self.tr("Amendement op de geselecteerde passage")
        return self.tr("Amendement op uitgangspunt {n}: {title}").format(n=p.number, title=p.title)

    def _fill(self, draft: AmendmentDraft | None) -> None:
        if draft is None:
            self.old_text.setPlainText(self.target.passage or "")
            return
        self.title.setText(draft.title)
        if draft.betreft:
            self.betreft.setText(draft.betreft)
        self.operation.setCurrentIndex(max(0, self.operation.findData(draft.operation.value)))
        self.old_text.setPlainText(draft.old_text)
        self.new_text.setPlainText(draft.new_text)
        self.rationale.setPlainText(draft.rationale)
        for i in range(self.cosigners.count()):
            item = self.cosigners.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in draft.cosigners:
                item.setCheckState(Qt.CheckState.Checked)

    def _take_whole_principle(self) -> None:
        if self.target.principle is not None:
            self.old_text.setPlainText(self.target.principle.text)

    def chosen_cosigners(self) -> tuple[str, ...]:
        return tuple(
            sorted(
                self.cosigners.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.cosigners.count())
                if self.cosigners.item(i).checkState() == Qt.CheckState.Checked
            )
        )

    def draft(self) -> AmendmentDraft:
        return AmendmentDraft(
            title=" ".join(self.title.text().split()),
            operation=AmendmentOperation(self.operation.currentData()),
            old_text=self.old_text.toPlainText(),
            new_text=self.new_text.toPlainText(),
            rationale=self.rationale.toPlainText(),
            betreft=" ".join(self.betreft.text().split()),
            principle_number=self.target.principle.number if self.target.principle else None,
            anchor=self.target.anchor,
            cosigners=self.chosen_cosigners(),
        )

    # ----- live feedback ----------------------------------------------------------------------
    def problem_codes(self) -> list[str]:
        return validate_for_submission(
            self.draft(), self.target.principle.text if self.target.principle else self.target.text
        )

    def refresh(self) -> None:
        draft = self.draft()
        operation = draft.operation
        old = draft.old_text if operation is not AmendmentOperation.TOEVOEGEN or draft.old_text else ""
        new = "" if operation is AmendmentOperation.SCHRAPPEN else draft.new_text
        self.new_text.setEnabled(operation is not AmendmentOperation.SCHRAPPEN)
        dark = self.diff_view.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.diff_view.setHtml(f"<div style='font-size: 11pt'>{diff_html(word_diff(old, new), dark=dark)}</div>")
        codes = self.problem_codes()
        if codes:
            lines = [UserFacingError(code).message(self.lang) for code in codes]
            self.problems.setText(self.tr("Nog niet klaar om in te dienen:") + "\n• " + "\n• ".join(lines))
        else:
            self.problems.setText("")
        self.submit_button.setEnabled(not codes)
        self.save_button.setEnabled(bool(draft.title) or bool(draft.new_text.strip()) or bool(draft.old_text))
        chosen = [f for f in self.factions if f.name in draft.cosigners]
        council = sum(f.seats for f in self.factions)
        summary = seats_summary(self.own_faction, chosen, council)
        if council:
            verdict = self.tr("een meerderheid") if summary.majority else self.tr("geen meerderheid")
            self.seats_label.setText(
                self.tr("Indieners samen: {seats} van {council} zetels ({verdict})").format(
                    seats=summary.seats, council=council, verdict=verdict
                )
            )
        else:
            self.seats_label.setText(self.tr("Zetels: nog niet ingevuld bij de fracties"))

    def _finish(self, choice: int) -> None:
        self.choice = choice
        self.accept()
