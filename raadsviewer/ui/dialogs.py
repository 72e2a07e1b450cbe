"""Dialogs: writing an annotation, who is using this laptop, what role an imported file has."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.annotations import MAX_BODY_CHARS
from raadsviewer.domain.model import AnnotationDraft, DocumentRole, Stance, Visibility
from raadsviewer.ui.modal import AsksBeforeDiscarding, Written
from raadsviewer.ui.models import stance_label, visibility_label
from raadsviewer.ui.writing_edit import WritingEdit


class _NoteText(Written, QDialog):
    """A dialog around one note's text (``body``): OK while it holds text within a note's limit."""

    body: WritingEdit
    buttons: QDialogButtonBox

    def _add_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _start_with(self, text: str) -> None:
        self.body.setPlainText(text)
        self.body.moveCursor(QTextCursor.MoveOperation.End)  # editing goes on where the text ends
        self.body.textChanged.connect(self._update_ok)
        self._update_ok()
        self.writing_keys(self.buttons.button(QDialogButtonBox.StandardButton.Ok), enter_saves=True)
        self.body.setFocus()
        self._at_start = self.draft()

    def _update_ok(self) -> None:
        text = self.body.toPlainText()
        ok = bool(text.strip()) and len(text) <= MAX_BODY_CHARS
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class AnnotationDialog(_NoteText):
    """Stance, visibility and Markdown text of one annotation; OK stays disabled while empty."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        heading: str,
        quote: str | None = None,
        draft: AnnotationDraft | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annotatie"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.about = heading + (f" — “{quote[:200]}”" if quote else "")
        title = QLabel(heading)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        if quote:
            quoted = QLabel(f"“{quote[:600]}{'…' if len(quote) > 600 else ''}”")
            quoted.setTextFormat(Qt.TextFormat.PlainText)
            quoted.setWordWrap(True)
            quoted.setStyleSheet("color: palette(placeholder-text); font-style: italic; padding: 4px 8px;")
            layout.addWidget(quoted)
        form = QFormLayout()
        self.stance = QComboBox()
        self.stance.setAccessibleName(self.tr("Standpunt"))
        for stance in Stance:
            self.stance.addItem(stance_label(stance), stance.value)
        self.visibility = QComboBox()
        self.visibility.setAccessibleName(self.tr("Zichtbaarheid"))
        for visibility in Visibility:
            self.visibility.addItem(visibility_label(visibility), visibility.value)
        form.addRow(self.tr("&Standpunt:"), self.stance)
        form.addRow(self.tr("&Zichtbaar voor:"), self.visibility)
        layout.addLayout(form)
        self.body = WritingEdit(MAX_BODY_CHARS)
        self.body.setAccessibleName(self.tr("Tekst van de annotatie"))
        self.body.setPlaceholderText(self.tr("Uw notitie (Markdown: **vet**, *cursief*, - opsomming)"))
        layout.addWidget(self.body, 1)
        self._add_buttons(layout)
        initial = draft or AnnotationDraft(body="", stance=Stance.NOTITIE, visibility=Visibility.FRACTIE)
        self.stance.setCurrentIndex(self.stance.findData(initial.stance.value))
        self.visibility.setCurrentIndex(self.visibility.findData(initial.visibility.value))
        self._start_with(initial.body)

    def draft(self) -> AnnotationDraft:
        return AnnotationDraft(
            body=self.body.toPlainText(),
            stance=Stance(self.stance.currentData()),
            visibility=Visibility(self.visibility.currentData()),
        )


class CombineDialog(_NoteText):
    """The griffie's own text for a note in conflict, written from its two versions (shown one
    under the other): a writing box like the note's own, so a paste is bounded, what is typed is
    kept while writing, and closing asks before throwing it away."""

    def __init__(self, parent: QWidget | None, text: str, about: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zelf samenvoegen"))
        self.setMinimumWidth(560)
        self.about = about
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("De tekst van de annotatie (versie A, daaronder versie B); maak er één &tekst van:"))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.body = WritingEdit(MAX_BODY_CHARS)
        self.body.setAccessibleName(self.tr("Samengevoegde tekst"))
        label.setBuddy(self.body)
        layout.addWidget(self.body, 1)
        self._add_buttons(layout)
        self._start_with(text)

    def draft(self) -> str:
        return self.body.toPlainText()


class IdentityDialog(AsksBeforeDiscarding, QDialog):
    """Who uses this computer: a member of a faction (which, and their name), or the griffie."""

    def __init__(
        self,
        parent: QWidget | None,
        factions: list[str],
        faction: str = "",
        member: str = "",
        griffie: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wie gebruikt deze computer?"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "raadsviewer bewaart uw werk onder uw naam. Een fractie schrijft annotaties en amendementen en "
                "stuurt ze in een pakket naar de griffie; de griffie voegt de pakketten samen, legt de stemmingen "
                "vast en stuurt het dossier naar de fracties. U kunt dit later wijzigen via Bewerken › Wie gebruikt "
                "deze computer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.as_member = QRadioButton(self.tr("Ik werk voor een &fractie (raadslid, commissielid, medewerker)"))
        self.as_griffie = QRadioButton(self.tr("Ik werk voor de &griffie"))
        group = QButtonGroup(self)
        group.addButton(self.as_member)
        group.addButton(self.as_griffie)
        layout.addWidget(self.as_member)
        form = QFormLayout()
        self.faction = QComboBox()
        self.faction.setEditable(True)
        self.faction.addItems(factions)
        self.faction.setCurrentText(faction)
        self.faction.setAccessibleName(self.tr("Fractie"))
        self.member = QLineEdit(member)
        self.member.setAccessibleName(self.tr("Uw naam"))
        self.member.setMaxLength(80)
        form.addRow(self.tr("Fractie:"), self.faction)
        form.addRow(self.tr("Uw &naam:"), self.member)
        form.setContentsMargins(24, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.as_griffie)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.as_griffie if griffie else self.as_member).setChecked(True)
        self.faction.currentTextChanged.connect(lambda _t: self._update_ok())
        self.member.textChanged.connect(lambda _t: self._update_ok())
        self.as_member.toggled.connect(lambda _on: self._update_ok())
        self._update_ok()

    def _update_ok(self) -> None:
        member = self.as_member.isChecked()
        self.faction.setEnabled(member)
        self.member.setEnabled(member)
        ok = not member or (bool(self.faction.currentText().strip()) and bool(self.member.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def is_griffie(self) -> bool:
        return self.as_griffie.isChecked()

    def values(self) -> tuple[str, str]:
        return " ".join(self.faction.currentText().split()), " ".join(self.member.text().split())


class AmendmentDocumentDialog(QDialog):
    """Before writing one amendment as a council document: the meeting and the agenda item it is
    for (the header of the document; left empty, the document has blanks to fill in by hand)."""

    def __init__(self, parent: QWidget | None, label: str, meeting: str = "", agenda_item: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amendement {label} exporteren").format(label=label))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Voor welke vergadering en welk agendapunt is het amendement? Leeg laten mag."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.meeting = QLineEdit(meeting)
        self.meeting.setAccessibleName(self.tr("Vergadering"))
        self.meeting.setPlaceholderText(self.tr("bv. Raadsvergadering 10 december 2020"))
        self.agenda_item = QLineEdit(agenda_item)
        self.agenda_item.setAccessibleName(self.tr("Agendapunt"))
        self.agenda_item.setPlaceholderText(self.tr("bv. 7. Zienswijze Inkoopkader Jeugdhulp"))
        form.addRow(self.tr("&Vergadering:"), self.meeting)
        form.addRow(self.tr("&Agendapunt:"), self.agenda_item)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        return " ".join(self.meeting.text().split()), " ".join(self.agenda_item.text().split())


class ImportRoleDialog(QDialog):
    def __init__(self, parent: QWidget | None, file_name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Document importeren"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Wat voor document is {name}?").format(name=file_name))
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        self.framework = QRadioButton(self.tr("&Kader met uitgangspunten (bijv. het inkoopkader)"))
        self.background = QRadioButton(self.tr("&Achtergronddocument (rapport, brief, advies)"))
        self.background.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.framework)
        group.addButton(self.background)
        layout.addWidget(self.framework)
        layout.addWidget(self.background)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def role(self) -> DocumentRole:
        return DocumentRole.FRAMEWORK if self.framework.isChecked() else DocumentRole.BACKGROUND
