"""The main window: it puts the panes in place, owns the menus and the layout, and wires what one
pane asks of another. Everything else lives in the panes and controllers, each over the one
``DossierContext``: reading (principles, framework, background tabs), annotations, amendments,
passages, search, documents and versions, packages and keys, drafts, store safety, preferences
and dossiers.

What the first paint needs is built at once (the panes, the toolbar); the menus and the other
controllers are built right after it (``complete``), so the window appears sooner.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QToolBar, QVBoxLayout, QWidget

from raadsviewer.ui.actions import make_action
from raadsviewer.ui.annotations_pane import AnnotationsPane
from raadsviewer.ui.context import DossierContext
from raadsviewer.ui.layout import LayoutMemory
from raadsviewer.ui.reading import DocumentsPane, PrinciplesPane
from raadsviewer.ui.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent, QShowEvent

    from raadsviewer.storage.db import Store
    from raadsviewer.storage.quick import StartupView
    from raadsviewer.ui.amendments_pane import AmendmentsPane
    from raadsviewer.ui.background import SyncRunner, TaskRunner
    from raadsviewer.ui.dossiers import DossiersController
    from raadsviewer.ui.draft_window import DraftsController
    from raadsviewer.ui.exchange import ExchangeController
    from raadsviewer.ui.moties_pane import MotiesPane
    from raadsviewer.ui.passages import PassagesPane
    from raadsviewer.ui.preferences import PreferencesController
    from raadsviewer.ui.principles_editor import PrinciplesController
    from raadsviewer.ui.procedure import ProcedureController
    from raadsviewer.ui.safety import SafetyController
    from raadsviewer.ui.search import SearchController
    from raadsviewer.ui.versions import VersionsController

ANNOTATIONS_TAB, AMENDMENTS_TAB, MOTIES_TAB, PASSAGES_TAB = 0, 1, 2, 3


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store | None,
        settings: Settings,
        *,
        runner: TaskRunner | SyncRunner | None = None,
        lang: str = "nl",
        defer: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setWindowTitle("raadsviewer")
        self.context = DossierContext(settings, self, store=store, runner=runner, lang=lang)
        self.settings = settings
        self.lang = lang
        self.undo_stack = self.context.undo_stack
        self._amendments: AmendmentsPane | None = None
        self._moties: MotiesPane | None = None
        self._passages: PassagesPane | None = None
        self._completed = False
        self._build_panes()
        self._build_toolbar()
        self._update_identity_label()
        self.context.dossierReplaced.connect(self._dossier_replaced)
        self.context.identityChanged.connect(self._update_identity_label)
        self.context.identityChanged.connect(self._update_member_actions)
        self.context.amendmentsChanged.connect(lambda _f: self._update_amendments_tab())
        self.context.motiesChanged.connect(lambda _f: self._update_amendments_tab())
        self.context.principleChanged.connect(lambda _p: self._update_amendments_tab())
        if defer:
            self.annotations.hold_markdown()
        else:
            self.complete()
        self.layout_memory = LayoutMemory(
            self,
            settings,
            {"main": self.main_splitter, "centre": self.documents.splitter, "right": self.annotations.splitter},
        )
        self.layout_memory.restore_geometry()  # last: what is built before it may change the window's size

    # --- the panes -------------------------------------------------------------------------------------

    def _build_panes(self) -> None:
        ctx = self.context
        self.principles = PrinciplesPane(ctx)
        self.documents = DocumentsPane(ctx)
        self.annotations = AnnotationsPane(ctx)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.documents, 1)
        self._centre_layout = centre_layout
        self.right_tabs = QTabWidget()
        self.right_tabs.setObjectName("rightTabs")
        self.right_tabs.setAccessibleName(self.tr("Annotaties en amendementen"))
        self.right_tabs.addTab(self.annotations, self.tr("Annotaties"))
        self.right_tabs.addTab(QWidget(), self.tr("Amendementen"))  # built after the first paint
        self.right_tabs.addTab(QWidget(), self.tr("Moties"))  # built when first shown
        self.right_tabs.addTab(QWidget(), self.tr("Passages"))  # built when first shown
        self.right_tabs.currentChanged.connect(self._right_tab_changed)
        self.right_tabs.setUsesScrollButtons(False)  # four tabs: elided to fit rather than scrolled away
        self.right_tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.right_heading = QLabel(self.tr("Annotaties"))
        self.right_heading.setObjectName("paneHeading")
        bold = self.right_heading.font()
        bold.setBold(True)
        self.right_heading.setFont(bold)
        self.right_heading.setContentsMargins(2, 2, 2, 4)
        self.annotations.headingChanged.connect(self.right_heading.setText)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 6, 6, 6)
        right_layout.addWidget(self.right_heading)
        right_layout.addWidget(self.right_tabs, 1)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.principles)
        self.main_splitter.addWidget(centre)
        self.main_splitter.addWidget(right)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([290, 660, 410])
        self.setCentralWidget(self.main_splitter)
        # what one pane asks of another
        self.documents.annotateRequested.connect(self.annotations.annotate_selection)
        self.documents.amendRequested.connect(lambda d, s, e: self.amendments.amend_selection(d, s, e))
        self.documents.linkRequested.connect(self._link_selection)
        self.documents.annotationClicked.connect(self._show_annotation)
        self.identity_label = QLabel()
        self.saved_label = QLabel(self.tr("Alle wijzigingen zijn opgeslagen"))
        self.statusBar().addWidget(self.identity_label)
        self.statusBar().addPermanentWidget(self.saved_label)

    def _build_toolbar(self) -> None:
        """The toolbar's actions exist for the first paint; what they open is built when used."""
        stack = self.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Ongedaan maken"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = stack.createRedoAction(self, self.tr("Op&nieuw"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.import_action = make_action(
            self, self.tr("Document &importeren…"), lambda: self.versions.import_document(), "Ctrl+I"
        )
        self.amend_action = make_action(
            self, self.tr("&Amendement op uitgangspunt…"), lambda: self.amendments.new(), "Ctrl+Shift+N"
        )
        self.motie_action = make_action(self, self.tr("&Motie schrijven…"), lambda: self._show_moties().new())
        self.draft_action = make_action(
            self, self.tr("&Concept-zienswijze…"), lambda: self.drafts.show_draft(), "Ctrl+D"
        )
        toolbar = QToolBar(self.tr("Werkbalk"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.import_action,
            self.annotations.add_action,
            self.amend_action,
            self.draft_action,
            self.undo_action,
            self.redo_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def complete(self) -> None:
        """The controllers and the menus (after the first paint on a normal start)."""
        if self._completed:
            return
        self._completed = True
        from raadsviewer.ui.dossiers import DossiersController
        from raadsviewer.ui.draft_window import DraftsController
        from raadsviewer.ui.exchange import ExchangeController
        from raadsviewer.ui.menus import build_menus
        from raadsviewer.ui.preferences import PreferencesController
        from raadsviewer.ui.principles_editor import PrinciplesController
        from raadsviewer.ui.procedure import ProcedureController
        from raadsviewer.ui.safety import SafetyController
        from raadsviewer.ui.search import SearchController
        from raadsviewer.ui.versions import VersionsController

        ctx = self.context
        self.annotations.release_markdown()
        self.versions: VersionsController = VersionsController(ctx)
        self.exchange: ExchangeController = ExchangeController(ctx)
        self.drafts: DraftsController = DraftsController(ctx, self.show_faction_on_principle)
        self.safety: SafetyController = SafetyController(ctx)
        self.preferences: PreferencesController = PreferencesController(ctx, self.documents.set_font_size)
        self.dossiers: DossiersController = DossiersController(ctx)
        self.principle_corrections: PrinciplesController = PrinciplesController(ctx)
        self.procedure: ProcedureController = ProcedureController(ctx)
        self.searching: SearchController = SearchController(ctx, self.documents.focused_view)
        self.searching.hitOpened.connect(self.open_search_hit)
        self._centre_layout.addWidget(self.searching.find_bar)
        self._build_actions()
        self._update_member_actions()
        build_menus(self)
        self.preferences.set_font_size(self.settings.font_size, save=False)

    def _build_actions(self) -> None:
        self.quit_action = make_action(self, self.tr("&Afsluiten"), self.close, QKeySequence.StandardKey.Quit)
        self.annotate_selection_action = make_action(
            self, self.tr("&Selectie annoteren…"), self._annotate_focused_selection, "Ctrl+Shift+A"
        )
        self.pages_action = make_action(
            self, self.tr("Oorspronkelijke &pagina's tonen (PDF)"), self._toggle_pages, "Ctrl+Shift+P", checkable=True
        )
        self.line_numbers_action = make_action(
            self, self.tr("&Regelnummers tonen"), self._toggle_line_numbers, "Ctrl+Shift+L", checkable=True
        )
        self.line_numbers_action.setChecked(self.settings.line_numbers)
        self._toggle_line_numbers()
        self.next_action = make_action(
            self, self.tr("&Volgend uitgangspunt"), lambda: self.principles.step(+1), "Alt+Down"
        )
        self.previous_action = make_action(
            self, self.tr("V&orig uitgangspunt"), lambda: self.principles.step(-1), "Alt+Up"
        )

    # --- panes built when first needed --------------------------------------------------------------------

    @property
    def amendments(self) -> AmendmentsPane:
        """The amendments tab, built on first use: its imports (diff, amendment rules) are not
        needed for the first paint."""
        if self._amendments is None:
            from raadsviewer.ui.amendments_pane import AmendmentsPane

            self._amendments = AmendmentsPane(self.context)
            self._replace_tab(AMENDMENTS_TAB, self._amendments)
            self._update_amendments_tab()
        return self._amendments

    @property
    def moties(self) -> MotiesPane:
        if self._moties is None:
            from raadsviewer.ui.moties_pane import MotiesPane

            self._moties = MotiesPane(self.context)
            self._replace_tab(MOTIES_TAB, self._moties)
        return self._moties

    def _show_moties(self) -> MotiesPane:
        self.right_tabs.setCurrentWidget(self.moties)
        return self.moties

    @property
    def passages(self) -> PassagesPane:
        if self._passages is None:
            from raadsviewer.ui.passages import PassagesPane

            self._passages = PassagesPane(self.context)
            self._passages.showRequested.connect(self.documents.show_passage)
            self._replace_tab(PASSAGES_TAB, self._passages)
        return self._passages

    def _replace_tab(self, index: int, widget: QWidget) -> None:
        """Put a lazily built pane in place of its placeholder tab, keeping which tab is shown."""
        was_current = self.right_tabs.currentIndex() == index
        placeholder = self.right_tabs.widget(index)
        title = self.right_tabs.tabText(index)
        self.right_tabs.blockSignals(True)
        self.right_tabs.removeTab(index)
        self.right_tabs.insertTab(index, widget, title)
        if was_current:
            self.right_tabs.setCurrentIndex(index)
        self.right_tabs.blockSignals(False)
        placeholder.deleteLater()

    def _right_tab_changed(self, index: int) -> None:
        if index == AMENDMENTS_TAB:
            self.amendments.show()
        elif index == MOTIES_TAB:
            self.moties.show()
        elif index == PASSAGES_TAB:
            self.passages.refresh()

    def _update_amendments_tab(self) -> None:
        principle = self.context.current_principle
        count = sum(1 for m in self.context.amendments if principle is not None and m.principle_id == principle.id)
        self.right_tabs.setTabText(AMENDMENTS_TAB, self.tr("Amendementen ({n})").format(n=count))
        moties = sum(1 for m in self.context.moties if not m.deleted)
        self.right_tabs.setTabText(MOTIES_TAB, self.tr("Moties ({n})").format(n=moties))

    # --- what one pane asks of another ----------------------------------------------------------------------

    def _link_selection(self, document_id: str, start: int, end: int) -> None:
        self.right_tabs.setCurrentWidget(self.passages)
        self.passages.link_selection(document_id, start, end)

    def _show_annotation(self, annotation_id: str) -> None:
        self.right_tabs.setCurrentIndex(ANNOTATIONS_TAB)
        self.annotations.show_annotation(annotation_id)

    def _annotate_focused_selection(self) -> None:
        view = self.documents.focused_view()
        if view.selected_span():
            view.request_annotation_of_selection()

    def _toggle_line_numbers(self) -> None:
        on = self.line_numbers_action.isChecked()
        self.settings.line_numbers = on
        self.documents.framework_view.set_line_numbers(on)

    def _toggle_pages(self) -> None:
        self.documents.set_show_pages(self.pages_action.isChecked())

    def show_faction_on_principle(self, number: int, faction: str) -> None:
        """From the clerk's overview: the annotations of one faction on one principle."""
        self.context.select_principle(number)
        self.right_tabs.setCurrentIndex(ANNOTATIONS_TAB)
        self.annotations.filter_on(faction)

    def open_search_hit(self, hit: Any) -> None:
        ctx = self.context
        if hit.kind == "annotation":
            self._show_annotation(hit.item_id)
            return
        if hit.kind == "amendment":
            if hit.principle_number:
                ctx.select_principle(hit.principle_number)
            self.right_tabs.setCurrentWidget(self.amendments)
            self.amendments.select(hit.item_id)
            return
        framework = ctx.view.framework if ctx.view is not None else None
        if hit.principle_number and framework is not None and hit.document_id == framework.id:
            ctx.select_principle(hit.principle_number)
        if hit.document_id:
            self.documents.show_passage(hit.document_id, hit.start, hit.end, hit.ranges[0][0] if hit.ranges else None)

    # --- the dossier -------------------------------------------------------------------------------------

    def load_dossier(self, dossier_id: str | None = None, principle_number: int | None = None) -> None:
        self.context.load_dossier(dossier_id, principle_number)

    def show_startup(self, startup: StartupView) -> None:
        self.context.show_startup(startup)
        self.context.select_initial()

    def select_principle(self, number: int) -> None:
        self.context.select_principle(number)

    # --- a text kept when the program stopped, back into its editor (``ui.recovery``) ----------------

    def _resume_target(self, resume: dict[str, Any]) -> tuple[Any, Any] | None:
        """The pane whose editor it was, and the draft read back (``domain.drafts``)."""
        from raadsviewer.domain.drafts import from_plain

        editor = resume.get("editor")
        draft = from_plain(str(editor), resume.get("draft"))
        ctx = self.context
        if draft is None or ctx.view is None or not ctx.identity.explicit or ctx.is_griffie:
            return None  # (a faction's text: the griffie writes none, see ``ensure_member``)
        panes: dict[str, Callable[[], Any]] = {
            "annotation": lambda: self.annotations,
            "amendment": lambda: self.amendments,
            "motie": self._show_moties,
        }
        pane = panes.get(str(editor))
        return (pane(), draft) if pane is not None else None

    def can_resume(self, resume: dict[str, Any]) -> bool:
        found = self._resume_target(resume)
        return found is not None and bool(found[0].resume(str(resume.get("action")), resume, found[1], check=True))

    def resume(self, resume: dict[str, Any]) -> None:
        found = self._resume_target(resume)
        if found is not None:
            found[0].resume(str(resume.get("action")), resume, found[1])

    def _dossier_replaced(self) -> None:
        view = self.context.view
        if view is None:
            self.setWindowTitle("raadsviewer")
            return
        body = f" — {view.dossier.body}" if view.dossier.body else ""
        self.setWindowTitle(f"{view.dossier.title}{body} — raadsviewer")

    def _update_member_actions(self) -> None:
        """What only a faction member does, greyed out (saying why) on the griffie's store."""
        actions = [self.amend_action, self.motie_action]
        if hasattr(self, "annotate_selection_action"):  # (made with the menus, after the first paint)
            actions.append(self.annotate_selection_action)
        self.context.member_can(True, *actions)

    def _update_identity_label(self) -> None:
        """Who works here, always in view: a member's faction and name, or the griffie."""
        identity = self.context.identity
        if not identity.explicit:
            self.identity_label.setText(self.tr("Nog niet gekozen wie deze computer gebruikt"))
        elif identity.is_griffie:
            self.identity_label.setText(self.tr("Griffie"))
        else:
            self.identity_label.setText(
                self.tr("Fractie: {faction} · {member}").format(faction=identity.faction, member=identity.member)
            )

    # --- layout memory ------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.layout_memory.restore_splitters()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        """Closing the window ends the program: the layout is remembered, the windows it opened
        (draft, overview, search, merge preview) close with it."""
        self.layout_memory.save()
        for child in self.findChildren(QWidget):
            if child.isWindow() and child.isVisible() and child is not self:
                child.close()
        super().closeEvent(event)

    @property
    def store_path(self) -> Path | None:
        return self.context.store_path
