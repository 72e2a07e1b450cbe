"""Dossiers in the window: a store can hold several (this year's procurement framework, last year's,
another region's); open one, switch between recent ones, or start a new one to import into."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMenu

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.ui import svc
from raadsviewer.ui.actions import make_action
from raadsviewer.ui.context import DossierContext


class DossiersController(QObject):
    def __init__(self, context: DossierContext) -> None:
        super().__init__(context)
        self.context = context
        window = context.window
        self.new_action = make_action(window, self.tr("&Nieuw dossier…"), self.new_dossier)
        self.open_action = make_action(window, self.tr("Dossier &openen…"), self.open_dossier, "Ctrl+O")
        self.recent_menu = QMenu(self.tr("&Recente dossiers"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        ctx = self.context
        known = {d.id: d for d in svc.documents.list_dossiers(ctx.store)}
        current = ctx.view.dossier.id if ctx.view is not None else None
        for dossier_id in ctx.settings.recent_dossiers:
            dossier = known.get(dossier_id)
            if dossier is None:
                continue
            action = self.recent_menu.addAction(dossier.title.replace("&", "&&"))  # "Zorg & Welzijn" as written
            action.setCheckable(True)
            action.setChecked(dossier_id == current)
            action.triggered.connect(lambda _c=False, d=dossier_id: self.switch_to(d))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(nog geen)")).setEnabled(False)

    def switch_to(self, dossier_id: str) -> None:
        ctx = self.context
        if ctx.view is not None and ctx.view.dossier.id == dossier_id:
            return
        ctx.undo_stack.clear()  # the history belongs to the dossier it was made in
        ctx.load_dossier(dossier_id)

    def open_dossier(self) -> None:
        ctx = self.context
        dossiers = svc.documents.list_dossiers(ctx.store)
        if not dossiers:
            return
        titles = [d.title for d in dossiers]
        current = next((i for i, d in enumerate(dossiers) if ctx.view is not None and d.id == ctx.view.dossier.id), 0)
        title, ok = QInputDialog.getItem(
            ctx.window, self.tr("Dossier openen"), self.tr("Welk dossier?"), titles, current, False
        )
        if ok and title in titles:
            self.switch_to(dossiers[titles.index(title)].id)

    def new_dossier(self) -> None:
        ctx = self.context
        title, ok = QInputDialog.getText(
            ctx.window,
            self.tr("Nieuw dossier"),
            self.tr("Titel van het dossier (bijvoorbeeld 'Inkoopkader Jeugdhulp 2026'):"),
        )
        if not ok:
            return
        try:
            dossier = svc.documents.create_dossier(ctx.store, title)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        self.switch_to(dossier.id)
        ctx.status(
            self.tr("Dossier '{title}' gemaakt. Importeer nu het kader en de achtergronddocumenten (Ctrl+I).").format(
                title=dossier.title
            ),
            10000,
        )
