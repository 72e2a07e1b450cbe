"""Keeping the store safe, in the window: a backup now, going back to a backup, a damaged store
offered its newest good backup (only restored with consent), and a warning for a store kept
where it can be damaged (a network drive, a synchronised folder)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.ui import svc
from raadsviewer.ui.actions import make_action
from raadsviewer.ui.context import DossierContext


class SafetyController(QObject):
    def __init__(self, context: DossierContext) -> None:
        super().__init__(context)
        self.context = context
        window = context.window
        self.backup_action = make_action(window, self.tr("&Back-up maken"), self.backup_now)
        self.restore_action = make_action(window, self.tr("Back-up &terugzetten…"), self.restore_backup)

    def backup_now(self) -> None:
        ctx = self.context
        if ctx.store.is_server:  # pg_dump over the network: off the GUI thread
            store = ctx.store
            ctx.run(
                lambda _progress: svc.maintenance.backup_now(store),
                lambda made: ctx.status(self.tr("Back-up gemaakt: {path}").format(path=made.path), 8000),
                self.tr("Back-up van de server maken…"),
            )
            return
        try:
            made = svc.maintenance.backup_now(ctx.store)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(self.tr("Back-up gemaakt: {path}").format(path=made.path), 8000)

    def restore_backup(self) -> None:
        from raadsviewer.storage.safety import list_backups

        ctx = self.context
        if ctx.store.is_server:
            self.restore_server_backup()
            return
        path = ctx.store.path
        if path is None:
            return
        backups = list_backups(path)
        if not backups:
            QMessageBox.information(ctx.window, self.tr("Back-up terugzetten"), self.tr("Er zijn nog geen back-ups."))
            return
        from raadsviewer.ui import recovery

        if recovery.others_open():  # it would go on writing into the store moved aside
            QMessageBox.warning(
                ctx.window,
                self.tr("Back-up terugzetten"),
                self.tr(
                    "Een ander raadsviewer-venster heeft deze opslag open. Sluit dat eerst: het zou verder "
                    "schrijven in de opslag die nu opzij wordt gezet, en dat werk zou u niet meer zien."
                ),
            )
            return
        labels = [f"{b.made_at:%d-%m-%Y %H:%M} · {self._reason(b.reason)} · {b.size // 1024} kB" for b in backups]
        choice, ok = QInputDialog.getItem(
            ctx.window,
            self.tr("Back-up terugzetten"),
            self.tr("Welke back-up? De huidige opslag wordt eerst zelf bewaard."),
            labels,
            0,
            False,
        )
        if not ok:
            return
        chosen = backups[labels.index(choice)]
        answer = QMessageBox.question(  # one Enter chose the newest backup: asked once more, No by default
            ctx.window,
            self.tr("Back-up terugzetten"),
            self.tr(
                "De opslag gaat terug naar de back-up van {when}: wat na dat moment is gedaan, staat dan niet "
                "meer in het venster. De opslag zoals hij nu is, wordt eerst als back-up bewaard. Doorgaan?"
            ).format(when=f"{chosen.made_at:%d-%m-%Y %H:%M}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ctx.store.close()
        try:
            svc.maintenance.restore_backup(path, chosen)
        except UserFacingError as error:
            ctx.show_error(error)
        self.reopen(path)
        ctx.status(self.tr("Back-up van {when} teruggezet").format(when=f"{chosen.made_at:%d-%m-%Y %H:%M}"), 8000)

    def restore_server_backup(self) -> None:
        """A dump made on this computer, or one chosen as a file (a colleague's), put back in
        the server store's place; the store as it is now is dumped first."""
        from PySide6.QtWidgets import QFileDialog

        ctx = self.context
        store = ctx.store
        try:
            backups = svc.server.backups(store)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        other = self.tr("Een ander bestand…")
        labels = [f"{b.made_at:%d-%m-%Y %H:%M} · {self._reason(b.reason)} · {b.size // 1024} kB" for b in backups]
        choice, ok = QInputDialog.getItem(
            ctx.window,
            self.tr("Back-up terugzetten"),
            self.tr("Welke back-up van de server? De opslag zoals hij nu is, wordt eerst zelf bewaard."),
            [*labels, other],
            0,
            False,
        )
        if not ok:
            return
        if choice == other:
            name, _filter = QFileDialog.getOpenFileName(
                ctx.window, self.tr("Back-up kiezen"), "", self.tr("Back-ups van PostgreSQL (*.dump)")
            )
            if not name:
                return
            chosen = Path(name)
        else:
            chosen = backups[labels.index(choice)].path
        answer = QMessageBox.question(
            ctx.window,
            self.tr("Back-up terugzetten"),
            self.tr(
                "De opslag op de server {server} wordt vervangen door {file}. Vraag collega's die ermee werken "
                "eerst het programma te sluiten. Doorgaan?"
            ).format(server=store.location, file=chosen.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        number = ctx.current_principle.number if ctx.current_principle else None

        def restored(_kept: object) -> None:
            ctx.replace_store(store)  # the same server; what was read and the history belong to the old state
            ctx.load_dossier(None, number)
            ctx.status(self.tr("Back-up {file} teruggezet").format(file=chosen.name), 8000)

        ctx.run(
            lambda _progress: svc.server.restore(store, chosen, keep_current=True),
            restored,
            self.tr("Back-up terugzetten op de server…"),
        )

    def _reason(self, reason: str) -> str:
        return {
            "daily": self.tr("dagelijks"),
            "merge": self.tr("voor samenvoegen"),
            "migration": self.tr("voor bijwerken"),
            "restore": self.tr("voor terugzetten"),
            "manual": self.tr("handmatig"),
        }.get(reason, reason)

    def reopen(self, path: Path) -> None:
        ctx = self.context
        number = ctx.current_principle.number if ctx.current_principle else None
        ctx.replace_store(svc.maintenance.open_checked(path, daily_backup=False))
        ctx.load_dossier(None, number)

    def store_failed(self, error: UserFacingError) -> None:
        """The full store could not be opened after a fast start (e.g. damage found by the check)."""
        ctx = self.context
        path = ctx.store_path
        if error.code == "store_damaged" and path is not None and offer_recovery(ctx.window, path, error, ctx.lang):
            self.reopen(path)
            return
        ctx.show_error(error)


def offer_recovery(parent: QWidget | None, db_path: Path, error: UserFacingError, lang: str) -> bool:
    """A damaged store: say so, offer the newest good backup, and only restore with consent."""
    backup = error.params.get("backup")
    if not backup:
        return False
    import logging

    logging.getLogger("raadsviewer").warning("store %s is damaged; offering the backup of %s", db_path, backup)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Recovery", "Opslag beschadigd"),
        error.message(lang)
        + "\n\n"
        + QCoreApplication.translate(
            "Recovery",
            "De nieuwste goede back-up is van {when}. Wilt u die terugzetten? De beschadigde opslag wordt "
            "ernaast bewaard, niets wordt weggegooid.",
        ).format(when=backup),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    aside, _used = svc.maintenance.recover_damaged(db_path)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Recovery", "Back-up teruggezet"),
        QCoreApplication.translate("Recovery", "De beschadigde opslag staat nu in {path}.").format(path=aside),
    )
    return True


def warn_about_location(parent: QWidget | None, db_path: Path, settings: Any) -> None:
    """Once per store path: a network share or cloud folder is no place for an SQLite store."""
    from raadsviewer.storage.safety import risky_location

    kind = risky_location(db_path)
    key = f"warned/{str(db_path.resolve()).replace('/', '|')}"
    if kind is None or settings.q.value(key):
        return
    settings.q.setValue(key, True)
    text = (
        QCoreApplication.translate(
            "Recovery", "De opslag staat in een map die met andere computers wordt gesynchroniseerd."
        )
        if kind == "cloud"
        else QCoreApplication.translate("Recovery", "De opslag staat op een netwerkschijf.")
    )
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Recovery", "Opslag op een onveilige plek"),
        text
        + "\n\n"
        + QCoreApplication.translate(
            "Recovery",
            "Daar kan het bestand beschadigd raken. Zet de opslag op deze computer (Instellingen › Gegevensbestand) "
            "en deel uw werk met pakketten.",
        ),
    )
