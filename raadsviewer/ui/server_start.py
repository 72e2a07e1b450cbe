"""The window on a store on a PostgreSQL server: connecting without freezing the window.

The fast start (``storage.quick``) reads a SQLite file directly; a server has nothing to read
before the connection is made. So the window is shown empty, says in its status bar that it is
connecting (a busy bar, as the answer may take the connection's whole timeout), and opens the
store in the background as the fast start does. Until the store is open the panes and menus are
disabled: nothing can be asked of a store that is not there yet. When the server cannot be
reached or refuses the login, the user reads why and chooses between trying again (the network
came back, the password was put in the keychain) and closing the program.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QWidget

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.ui.context import DossierContext

if TYPE_CHECKING:
    from raadsviewer.storage.db import Store

log = logging.getLogger("raadsviewer")

# What the window exits with when the user gives up on a server that cannot be used (as the
# command line does for a store it cannot open).
NO_STORE = 1


def open_server_store(location: str) -> Store:
    """The store at ``location``, with its password from the keychain or ``~/.pgpass`` and checked
    with PostgreSQL's own checks (``services.maintenance.open_checked``)."""
    from raadsviewer.services.maintenance import open_checked

    return open_checked(location)


class ServerConnection(QObject):
    """Opens the server store for ``window`` and calls ``opened`` once it is there."""

    def __init__(
        self,
        window: QMainWindow,
        context: DossierContext,
        location: str,
        opened: Callable[[], None],
        opener: Callable[[], Store] | None = None,
        gave_up: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.location = location
        self._opened = opened
        self._opener = opener or (lambda: open_server_store(location))
        self._gave_up = gave_up or window.close  # the program ends with the window (``run_gui``: status 1)
        self.label = QLabel()  # beside the bar, not a passing message: it stays until connected
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to count: a connection is made or refused
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Verbinden met de server"))
        self.busy.hide()
        window.statusBar().addPermanentWidget(self.busy)

    def _parts(self) -> list[QWidget]:
        from PySide6.QtWidgets import QToolBar

        parts: list[QWidget] = [w for w in (self.window.centralWidget(), self.window.menuBar()) if w is not None]
        return parts + list(self.window.findChildren(QToolBar))

    def _enable(self, enabled: bool) -> None:
        for part in self._parts():
            part.setEnabled(enabled)

    def start(self) -> None:
        self._enable(False)
        self.label.setText(self.tr("Verbinden met de server {server}…").format(server=self.shown))
        self.label.show()
        self.busy.show()
        log.info("connecting to the server store %s", self.shown)
        self.context.open_store_in_background(self._opener, server=self.shown)
        self.context.when_store_open(self._done, self._failed)

    @property
    def shown(self) -> str:
        """The location as the user may see it: never a password."""
        from raadsviewer.services.server import location_to_keep

        try:
            return location_to_keep(self.location)
        except UserFacingError:
            return self.location.split("@")[-1]

    def _done(self) -> None:
        self.label.hide()
        self.busy.hide()
        self._enable(True)
        self.window.statusBar().showMessage(self.tr("Verbonden met de server {server}").format(server=self.shown), 8000)
        log.info("server store open: %s", self.shown)
        self._opened()

    def _failed(self, error: UserFacingError) -> None:
        self.label.hide()
        self.busy.hide()
        self.window.statusBar().showMessage(self.tr("Geen verbinding met de server"))
        log.warning("the server store %s could not be opened: %s", self.shown, error.code)
        answer = QMessageBox.critical(
            self.window,
            self.tr("Geen verbinding met de server"),
            error.message(self.context.lang) + "\n\n" + self.tr("Opnieuw proberen, of het programma sluiten?"),
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Retry,
        )
        if answer == QMessageBox.StandardButton.Retry:
            self.start()
            return
        self._gave_up()
