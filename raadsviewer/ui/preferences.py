"""Who uses this laptop, how the program looks, and help: the faction and name, the settings
dialog, the size of everything (Ctrl+= and Ctrl+- scale the whole window, documents included,
and keep each document at the passage being read), the guide and About."""

from __future__ import annotations

import html
import logging
import platform
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from raadsviewer import __version__
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.ui import svc
from raadsviewer.ui.actions import make_action
from raadsviewer.ui.context import DossierContext
from raadsviewer.ui.modal import answered

MIN_FONT, MAX_FONT, DEFAULT_FONT = 7, 32, 11


class PreferencesController(QObject):
    def __init__(self, context: DossierContext, set_font_size: object) -> None:
        super().__init__(context)
        self.context = context
        self._set_document_font_size = set_font_size  # the documents pane keeps its reading position
        self._base_point_size = QApplication.font().pointSizeF()  # the system's, for scaling the rest
        window = context.window
        self.identity_action = make_action(window, self.tr("&Wie gebruikt deze computer…"), self.ask_identity)
        self.settings_action = make_action(window, self.tr("&Instellingen…"), self.show_settings, "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.zoom_in_action = make_action(
            window, self.tr("&Groter"), lambda: self.zoom(+1), [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")]
        )
        self.zoom_out_action = make_action(window, self.tr("&Kleiner"), lambda: self.zoom(-1), "Ctrl+-")
        self.zoom_reset_action = make_action(
            window, self.tr("&Standaardgrootte"), lambda: self.set_font_size(DEFAULT_FONT), "Ctrl+0"
        )
        self.about_action = make_action(window, self.tr("&Over raadsviewer"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_action = make_action(
            window, self.tr("&Handleiding"), self.show_help, QKeySequence.StandardKey.HelpContents
        )
        context.identity_asker = self.ask_identity

    # --- identity ------------------------------------------------------------------------------------

    def ask_identity(self) -> bool:
        from raadsviewer.ui.dialogs import IdentityDialog

        ctx = self.context
        names = [f.name for f in svc.factions.list_factions(ctx.store)]
        current = ctx.identity
        while True:
            dialog = IdentityDialog(
                ctx.window, names, current.faction, current.member, current.is_griffie and current.explicit
            )
            logging.getLogger("raadsviewer").info("identity asked")
            if not answered(dialog):
                return False
            faction, member = dialog.values()
            try:
                self.set_identity(dialog.is_griffie(), faction, member)
            except UserFacingError as error:  # a name with hidden characters, a griffie's store…
                ctx.show_error(error)
                continue
            return True

    def set_identity(self, griffie: bool, faction: str = "", member: str = "") -> None:
        """The store's owner: the griffie, or this member of this faction (``services.roles``)."""
        ctx = self.context
        if griffie:
            svc.roles.set_owner_griffie(ctx.store)
        else:
            svc.roles.set_owner_member(ctx.store, faction, member)
        ctx.load_identity()
        ctx.reload_annotations()
        ctx.reload_amendments()

    def adopt_remembered_identity(self) -> None:
        """A store from before owners, on a laptop whose settings name a faction and member: that
        member owns it now (what the window used to assume), without asking again."""
        ctx = self.context
        settings = ctx.settings
        if ctx.identity.explicit or not (settings.faction and settings.member):
            return
        try:
            self.set_identity(False, settings.faction, settings.member)
        except UserFacingError as error:
            logging.getLogger("raadsviewer").warning("remembered identity not taken over: %s", error.code)

    # --- size ------------------------------------------------------------------------------------------

    def zoom(self, step: int) -> None:
        self.set_font_size(self.context.settings.font_size + step)

    def set_font_size(self, size: int, *, save: bool = True) -> None:
        """Documents at ``size`` points; the rest of the window scaled by the same factor from the
        system's own size, so menus, lists and dialogs grow with the text."""
        size = max(MIN_FONT, min(MAX_FONT, size))
        if save:
            self.context.settings.font_size = size
        app = QApplication.instance()
        if isinstance(app, QApplication):
            font = QFont(app.font())
            font.setPointSizeF(max(6.0, self._base_point_size * size / DEFAULT_FONT))
            app.setFont(font)
        self._set_document_font_size(size)  # type: ignore[operator]

    # --- settings, help, about -------------------------------------------------------------------------

    def show_settings(self) -> None:
        from raadsviewer.ui.help import apply_theme
        from raadsviewer.ui.settings_dialog import SettingsDialog

        ctx = self.context
        settings = ctx.settings
        dialog = SettingsDialog(
            ctx.window,
            factions=[f.name for f in ctx.factions],
            faction=ctx.faction,
            member=ctx.member,
            font_size=settings.font_size,
            theme=settings.theme,
            language=settings.language,
            store_path=ctx.store_path or self._default_store_file(),
            server=ctx.store_location if ctx.on_server else "",
            griffie=ctx.is_griffie,
        )
        if not answered(dialog):
            return
        values = dialog.values()
        settings.theme = str(values["theme"])
        settings.language = str(values["language"])
        if values["store_path"]:
            self._choose_store(str(values["store_path"]), str(values["server_password"]))
        apply_theme(settings.theme)
        self.set_font_size(int(values["font_size"]))  # type: ignore[call-overload]
        if not ctx.is_griffie and (values["faction"], values["member"]) != (ctx.faction, ctx.member):
            try:
                self.set_identity(False, str(values["faction"]), str(values["member"]))
            except UserFacingError as error:
                ctx.show_error(error)
        settings.sync()

    @staticmethod
    def _default_store_file() -> Path:
        from raadsviewer.cli import default_db_path

        return default_db_path()

    def _choose_store(self, chosen: str, password: str) -> None:
        """The store for the next start. A server's address is kept without a password; the
        password (typed, or found in the address) goes to the OS keychain, or, where there is
        none, the user is told to put it in ~/.pgpass."""
        ctx = self.context
        settings = ctx.settings
        from raadsviewer.storage.db import is_server_location, server_url

        if not is_server_location(chosen):
            settings.store_path = chosen
            ctx.status(self.tr("De opslag wordt bij de volgende start gewisseld."), 8000)
            return
        try:
            url, _schema = server_url(chosen)
            kept = svc.server.location_to_keep(chosen)
            password = password or str(url.password or "")
            remembered = svc.server.remember_password(kept, password) if password else True
        except UserFacingError as error:
            ctx.show_error(error)
            return
        settings.store_path = kept
        ctx.status(self.tr("De opslag wordt bij de volgende start gewisseld."), 8000)
        if not remembered:
            QMessageBox.information(
                ctx.window,
                self.tr("Geen sleutelbos"),
                self.tr(
                    "Deze computer heeft geen sleutelbos voor het wachtwoord. Het adres is bewaard, het wachtwoord "
                    "niet: zet het in ~/.pgpass (zie de handleiding)."
                ),
            )

    def show_help(self) -> None:
        from raadsviewer.ui.help import HelpDialog

        answered(HelpDialog(self.context.window, self.context.lang))

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version

        from raadsviewer.ui.crash import default_log_dir

        path = self.context.store_path
        text = self.tr(
            "<h3>raadsviewer {version}</h3><p>Lezen, annoteren en amenderen van een inkoopkader met de "
            "achtergronddocumenten.</p><p>Opslag: {store}<br/>Gegevensmap: {folder}<br/>Logbestanden: {logs}</p>"
            "<p><small>Python {python}, Qt/PySide {qt}</small></p>"
        ).format(
            version=__version__,
            store=html.escape(self.context.store_location),
            folder=html.escape(str(path.parent) if path else ""),
            logs=html.escape(str(default_log_dir())),
            python=platform.python_version(),
            qt=pyside_version,
        )
        licence = self.tr("Vrije software onder de European Union Public Licence 1.2 (EUPL-1.2).")
        QMessageBox.about(
            self.context.window, self.tr("Over raadsviewer"), text + f"<p><small>{html.escape(licence)}</small></p>"
        )
