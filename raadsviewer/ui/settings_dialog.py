"""Instellingen: who works here, how the text looks, where the store lives, which language.

The store is this computer's file (the default, and a member's only choice that makes sense) or
a griffie's store on a PostgreSQL server, named by its address. A password typed here goes to the
OS keychain (``services.server``), never into the settings file; the address is kept without it.
"""

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
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.ui.modal import AsksBeforeDiscarding


class SettingsDialog(AsksBeforeDiscarding, QDialog):
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
        server: str = "",
        griffie: bool = False,
    ) -> None:
        super().__init__(parent)
        self._griffie = griffie  # no faction and name to give: the griffie's store is the griffie's
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(560)
        self._initial_store = Path(store_path).absolute()
        self._initial_server = server
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
        self.store = QLineEdit(str(Path(store_path).absolute()))
        self.store.setReadOnly(True)
        self.store.setAccessibleName(self.tr("Gegevensbestand"))
        choose = QPushButton(self.tr("&Wijzigen…"))
        choose.clicked.connect(self._choose_folder)
        store_row = QHBoxLayout()
        store_row.addWidget(self.store, 1)
        store_row.addWidget(choose)
        self.on_file = QRadioButton(self.tr("Op deze &computer (een bestand)"))
        self.on_server = QRadioButton(self.tr("Op een &server (PostgreSQL, voor de griffie)"))
        self.server = QLineEdit(server)
        self.server.setPlaceholderText(self.tr("postgresql+psycopg://gebruiker@server/database?schema=gemeente"))
        self.server.setAccessibleName(self.tr("Adres van de server"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leeg laten: uit de sleutelbos of ~/.pgpass"))
        self.password.setAccessibleName(self.tr("Wachtwoord van de server"))
        self._choose = choose
        (self.on_server if server else self.on_file).setChecked(True)
        self.on_file.toggled.connect(self._update_store)
        if griffie:
            self.faction.hide()
            self.member.hide()
        else:
            form.addRow(self.tr("&Fractie:"), self.faction)
            form.addRow(self.tr("Uw &naam:"), self.member)
        form.addRow(self.tr("&Lettergrootte:"), self.font_size)
        form.addRow(self.tr("T&hema:"), self.theme)
        form.addRow(self.tr("T&aal:"), self.language)
        form.addRow(self.tr("Opslag:"), self.on_file)
        store_label = QLabel(self.tr("&Gegevensbestand:"))
        store_label.setBuddy(choose)  # a layout cannot take the mnemonic; the button can
        form.addRow(store_label, store_row)
        form.addRow("", self.on_server)
        server_label = QLabel(self.tr("A&dres:"))
        server_label.setBuddy(self.server)
        form.addRow(server_label, self.server)
        password_label = QLabel(self.tr("Wachtwoo&rd:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        layout.addLayout(form)
        self.note = QLabel(
            self.tr(
                "Taal en opslag gaan in bij de volgende start. Het wachtwoord van de server wordt in de "
                "sleutelbos van het systeem bewaard, nooit in de instellingen."
            )
        )
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.faction.currentTextChanged.connect(self._update_ok)
        self.member.textChanged.connect(self._update_ok)
        self.server.textChanged.connect(self._update_ok)
        self._update_store()

    def _update_store(self) -> None:
        server = self.on_server.isChecked()
        for widget in (self.server, self.password):
            widget.setEnabled(server)
        for widget in (self.store, self._choose):
            widget.setEnabled(not server)
        self._update_ok()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Gegevensmap kiezen"), str(Path(self.store.text()).parent)
        )
        if folder:
            self.store.setText(str(Path(folder) / Path(self.store.text()).name))

    def _update_ok(self) -> None:
        ok = self._griffie or (bool(self.faction.currentText().strip()) and bool(self.member.text().strip()))
        ok = ok and (self.on_file.isChecked() or bool(self.server.text().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict[str, object]:
        return {
            "faction": " ".join(self.faction.currentText().split()),
            "member": " ".join(self.member.text().split()),
            "font_size": self.font_size.value(),
            "theme": self.theme.currentData(),
            "language": self.language.currentData(),
            "store_path": self._store_choice(),
            "server_password": self.password.text() if self.on_server.isChecked() else "",
        }

    def _store_choice(self) -> str:
        """The store for the next start: "" keeps the one in use, else a file path or a server's
        address as typed (``services.server.location_to_keep`` takes a password out of it)."""
        if self.on_server.isChecked():
            address = self.server.text().strip()
            return address if address != self._initial_server or self.password.text() else ""
        if self._initial_server or Path(self.store.text()) != self._initial_store:
            return self.store.text()
        return ""
