"""Instellingen: who works here, how the text looks, where the store lives, which language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class SettingsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        factions: list[str],
        faction: str,
        member: str,
        font_size: int,
        theme: str,
        language: str,
        store_path: Path,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(560)
        self._initial_store = store_path
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.faction = QComboBox()
        self.faction.setEditable(True)
        self.faction.addItems(factions)
        self.faction.setCurrentText(faction)
        self.faction.setAccessibleName(self.tr("Fractie"))
        self.member = QLineEdit(member)
        self.member.setAccessibleName(self.tr("Uw naam"))
        self.font_size = QSpinBox()
        self.font_size.setRange(7, 32)
        self.font_size.setValue(font_size)
        self.font_size.setSuffix(" pt")
        self.font_size.setAccessibleName(self.tr("Lettergrootte"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Thema"))
        self.theme.addItem(self.tr("Volgt het systeem"), "system")
        self.theme.addItem(self.tr("Licht"), "light")
        self.theme.addItem(self.tr("Donker"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Taal"))
        self.language.addItem(self.tr("Volgt het systeem"), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.store = QLineEdit(str(store_path))
        self.store.setReadOnly(True)
        self.store.setAccessibleName(self.tr("Gegevensmap"))
        choose = QPushButton(self.tr("&Wijzigen…"))
        choose.clicked.connect(self._choose_folder)
        store_row = QHBoxLayout()
        store_row.addWidget(self.store, 1)
        store_row.addWidget(choose)
        form.addRow(self.tr("&Fractie:"), self.faction)
        form.addRow(self.tr("Uw &naam:"), self.member)
        form.addRow(self.tr("&Lettergrootte:"), self.font_size)
        form.addRow(self.tr("T&hema:"), self.theme)
        form.addRow(self.tr("T&aal:"), self.language)
        store_label = QLabel(self.tr("&Gegevensmap:"))
        store_label.setBuddy(choose)  # a layout cannot take the mnemonic; the button can
        form.addRow(store_label, store_row)
        layout.addLayout(form)
        self.note = QLabel(self.tr("Taal en gegevensmap gaan in bij de volgende start."))
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.faction.currentTextChanged.connect(self._update_ok)
        self.member.textChanged.connect(self._update_ok)
        self._update_ok()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Gegevensmap kiezen"), str(Path(self.store.text()).parent)
        )
        if folder:
            self.store.setText(str(Path(folder) / Path(self.store.text()).name))

    def _update_ok(self) -> None:
        ok = bool(self.faction.currentText().strip()) and bool(self.member.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict[str, object]:
        return {
            "faction": " ".join(self.faction.currentText().split()),
            "member": " ".join(self.member.text().split()),
            "font_size": self.font_size.value(),
            "theme": self.theme.currentData(),
            "language": self.language.currentData(),
            "store_path": self.store.text() if Path(self.store.text()) != self._initial_store else "",
        }
