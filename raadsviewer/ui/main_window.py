"""The main window: principles on the left, the documents in the middle, annotations on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from raadsviewer import __version__
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import (
    Amendment,
    AmendmentDraft,
    AmendmentStatus,
    Annotation,
    AnnotationDraft,
    Document,
    DossierView,
    Faction,
    Principle,
    Stance,
)
from raadsviewer.domain.rendering import markdown_to_html
from raadsviewer.ui.document_view import DocumentView, Highlight, SafeBrowser
from raadsviewer.ui.modal import answered
from raadsviewer.ui.models import (
    AnnotationDelegate,
    AnnotationFilter,
    AnnotationsModel,
    ObjectRole,
    PrincipleDelegate,
    PrinciplesModel,
    stance_label,
    visibility_label,
)
from raadsviewer.ui.settings import Settings

# Dialogs, undo commands and the background runner are imported where first used: every Qt
# class a module names costs start-up time, and none of these is needed for the first paint.
if TYPE_CHECKING:
    from concurrent.futures import Future

    from raadsviewer.storage.db import Store
    from raadsviewer.storage.quick import StartupView
    from raadsviewer.ui.background import SyncRunner, TaskRunner


# Services are imported when first used, not with this module: they bring SQLAlchemy, whose
# import alone takes longer than painting the whole window (see storage/quick.py).
def _annotation_service():  # type: ignore[no-untyped-def]
    from raadsviewer.services import annotations

    return annotations


def _document_service():  # type: ignore[no-untyped-def]
    from raadsviewer.services import documents

    return documents


def _faction_service():  # type: ignore[no-untyped-def]
    from raadsviewer.services import factions

    return factions


MIN_FONT, MAX_FONT = 7, 32


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store | None,
        settings: Settings,
        *,
        runner: TaskRunner | SyncRunner | None = None,
        lang: str = "nl",
    ) -> None:
        super().__init__()
        self._store = store
        self._store_future: Future[Store] | None = None
        self._db_path: Path | None = store.path if store is not None else None
        self.settings = settings
        self.lang = lang
        self._runner = runner
        self.undo_stack = QUndoStack(self)
        self.view: DossierView | None = None
        self.factions: list[Faction] = []
        self.all_annotations: list[Annotation] = []
        self.all_amendments: list[Amendment] = []
        self._draft_window: Any = None
        self._overview: Any = None
        self._merge_dialog: Any = None
        self._search: Any = None
        self._version_review: Any = None
        self.current_principle: Principle | None = None
        self._passage_cache: dict[tuple[str, str], Any] = {}
        self._linking_deferred = False
        self._confirmed_links: dict[tuple[str, str], tuple[int, int]] = {}
        self.setObjectName("MainWindow")
        self.setWindowTitle("raadsviewer")
        self._build_widgets()
        self._build_actions()
        self._restore_layout()
        self._update_identity_label()

    # ===== properties the undo commands use =====================================================
    @property
    def runner(self) -> TaskRunner | SyncRunner:
        if self._runner is None:
            from raadsviewer.ui.background import TaskRunner

            self._runner = TaskRunner(self)
        return self._runner

    @property
    def store(self) -> Store:
        """The open store; if it is still being opened in the background, wait for it."""
        if self._store is None:
            if self._store_future is None:
                raise RuntimeError("no store")
            self._store = self._store_future.result()
        return self._store

    def open_store_in_background(self, opener: Any, path: Path | None = None) -> None:
        """After a fast start (storage.quick), open the full store without blocking the window."""
        self._db_path = path or self._db_path
        from concurrent.futures import ThreadPoolExecutor

        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="open-store")
        self._store_future = executor.submit(opener)
        executor.shutdown(wait=False)

    @property
    def faction(self) -> str:
        return self.settings.faction

    @property
    def member(self) -> str:
        return self.settings.member

    # ===== construction ========================================================================
    def _build_widgets(self) -> None:
        # left: principles
        self.principles_model = PrinciplesModel(self)
        self.principles_list = QListView()
        self.principles_list.setObjectName("principles")
        self.principles_list.setAccessibleName(self.tr("Uitgangspunten"))
        self.principles_list.setModel(self.principles_model)
        self.principles_list.setItemDelegate(PrincipleDelegate(self.principles_list))
        self.principles_list.setUniformItemSizes(True)
        self.principles_list.selectionModel().currentChanged.connect(self._on_principle_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        self.principles_heading = QLabel(self.tr("Uitgangspunten"))
        self.principles_heading.setObjectName("paneHeading")
        left_layout.addWidget(self.principles_heading)
        left_layout.addWidget(self.principles_list)

        # centre: framework above, background documents in tabs below
        self.framework_view = DocumentView()
        self.framework_view.setObjectName("framework")
        self.framework_view.setAccessibleName(self.tr("Kaderdocument"))
        self.framework_view.annotationClicked.connect(self.show_annotation)
        self.framework_view.annotateSelectionRequested.connect(self.annotate_selection)
        self.framework_view.amendSelectionRequested.connect(self.amend_selection)
        self.framework_view.linkSelectionRequested.connect(self.link_selection)
        self.framework_heading = QLabel(self.tr("Kader"))
        self.framework_heading.setObjectName("paneHeading")
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 6, 0, 0)
        top_layout.addWidget(self.framework_heading)
        top_layout.addWidget(self.framework_view)
        self.background_tabs = QTabWidget()
        self.background_tabs.setObjectName("background")
        self.background_tabs.setAccessibleName(self.tr("Achtergronddocumenten"))
        self.background_tabs.setDocumentMode(True)
        self.passage_label = QLabel()
        self.passage_label.setObjectName("passageLabel")
        self.passage_label.setWordWrap(True)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.passage_label)
        bottom_layout.addWidget(self.background_tabs)
        self.centre_splitter = QSplitter(Qt.Orientation.Vertical)
        self.centre_splitter.setObjectName("centreSplitter")
        self.centre_splitter.addWidget(top)
        self.centre_splitter.addWidget(bottom)

        # right: annotations
        self.annotations_model = AnnotationsModel(self)
        self.annotation_filter = AnnotationFilter(self)
        self.annotation_filter.setSourceModel(self.annotations_model)
        self.annotations_list = QListView()
        self.annotations_list.setObjectName("annotations")
        self.annotations_list.setAccessibleName(self.tr("Annotaties"))
        self.annotations_list.setModel(self.annotation_filter)
        self.annotations_list.setItemDelegate(AnnotationDelegate(self.annotations_list))
        self.annotations_list.setUniformItemSizes(True)
        self.annotations_list.setWordWrap(True)
        self.annotations_list.setSpacing(2)
        self.annotations_list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.annotations_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.annotations_list.selectionModel().currentChanged.connect(self._on_annotation_changed)
        self.annotations_list.doubleClicked.connect(lambda _i: self.edit_annotation())
        self.annotations_heading = QLabel(self.tr("Annotaties"))
        self.annotations_heading.setObjectName("paneHeading")
        self.faction_filter = QComboBox()
        self.faction_filter.setAccessibleName(self.tr("Filter op fractie"))
        self.stance_filter = QComboBox()
        self.stance_filter.setAccessibleName(self.tr("Filter op standpunt"))
        self.stance_filter.addItem(self.tr("Alle standpunten"), "")
        for stance in Stance:
            self.stance_filter.addItem(stance_label(stance), stance.value)
        self.faction_filter.currentIndexChanged.connect(self._apply_filter)
        self.stance_filter.currentIndexChanged.connect(self._apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.faction_filter, 1)
        filters.addWidget(self.stance_filter, 1)
        self.annotation_detail = SafeBrowser()
        self.annotation_detail.setObjectName("annotationDetail")
        self.annotation_detail.setAccessibleName(self.tr("Geselecteerde annotatie"))
        self.add_button = QPushButton(self.tr("&Toevoegen…"))
        self.edit_button = QPushButton(self.tr("&Bewerken…"))
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.add_button.clicked.connect(self.add_annotation)
        self.edit_button.clicked.connect(self.edit_annotation)
        self.delete_button.clicked.connect(self.delete_annotation)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        annotations_tab = QWidget()
        right_layout = QVBoxLayout(annotations_tab)
        right_layout.setContentsMargins(0, 4, 0, 0)
        right_layout.addLayout(filters)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.annotations_list)
        self.right_splitter.addWidget(self.annotation_detail)
        self.right_splitter.setSizes([400, 160])
        right_layout.addWidget(self.right_splitter, 1)
        right_layout.addLayout(buttons)
        self._amendments_pane: Any = None  # built with the first amendments (after the first paint)
        self.right_tabs = QTabWidget()
        self.right_tabs.setObjectName("rightTabs")
        self.right_tabs.setAccessibleName(self.tr("Annotaties en amendementen"))
        self.right_tabs.addTab(annotations_tab, self.tr("Annotaties"))
        self.right_tabs.addTab(QWidget(), self.tr("Amendementen"))
        self._passages_pane: Any = None  # built when its tab is first shown
        self.right_tabs.addTab(QWidget(), self.tr("Passages"))
        self.right_tabs.currentChanged.connect(self._right_tab_changed)
        right = QWidget()
        right_outer = QVBoxLayout(right)
        right_outer.setContentsMargins(0, 6, 6, 6)
        right_outer.addWidget(self.annotations_heading)
        right_outer.addWidget(self.right_tabs, 1)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(left)
        self.main_splitter.addWidget(self.centre_splitter)
        self.main_splitter.addWidget(right)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([300, 700, 360])
        self.centre_splitter.setSizes([420, 300])
        self.setCentralWidget(self.main_splitter)
        # Bold headings by font, not a style sheet: a style sheet would stop palette changes
        # (the dark theme) from reaching the widgets below it.
        for heading in (self.principles_heading, self.framework_heading, self.annotations_heading):
            bold = heading.font()
            bold.setBold(True)
            heading.setFont(bold)
            heading.setContentsMargins(2, 2, 2, 4)

        self.identity_label = QLabel()
        self.saved_label = QLabel()
        self.statusBar().addWidget(self.identity_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._set_font_size(self.settings.font_size, save=False)

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None) -> QAction:
        """An action whose slot is called without arguments: ``triggered`` sends ``checked``,
        which a slot with an optional first parameter (``path=None``) would take for a value."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(self.tr("Document &importeren…"), self.import_document, "Ctrl+I")
        self.quit_action = self._action(self.tr("&Afsluiten"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Ongedaan maken"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Opnieuw"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.add_action = self._action(self.tr("Annotatie &toevoegen…"), self.add_annotation, "Ctrl+N")
        self.annotate_selection_action = self._action(
            self.tr("&Selectie annoteren…"), self._annotate_focused_selection, "Ctrl+Shift+A"
        )
        self.edit_action = self._action(self.tr("Annotatie &bewerken…"), self.edit_annotation, "Ctrl+E")
        self.delete_action = self._action(self.tr("Annotatie &verwijderen"), self.delete_annotation, "Del")
        self.identity_action = self._action(self.tr("&Fractie en naam…"), self.ask_identity)
        self.amend_action = self._action(self.tr("&Amendement op uitgangspunt…"), self.new_amendment, "Ctrl+Shift+N")
        self.include_action = self._action(
            self.tr("In concept-zienswijze &opnemen"), self.toggle_include_in_draft, "Ctrl+Shift+I"
        )
        self.include_action.setCheckable(True)
        self.draft_action = self._action(self.tr("&Concept-zienswijze…"), self.show_draft, "Ctrl+D")
        self.search_action = self._action(
            self.tr("&Zoeken in het dossier…"), lambda: self.search(False), "Ctrl+Shift+F"
        )
        self.find_action = self._action(
            self.tr("Zoeken in dit &document…"), lambda: self.search(True), QKeySequence.StandardKey.Find
        )
        self.new_version_action = self._action(self.tr("&Nieuwe versie van een document…"), self.import_new_version)
        self.pages_action = self._action(
            self.tr("Oorspronkelijke &pagina's tonen (PDF)"), self.toggle_pages, "Ctrl+Shift+P"
        )
        self.pages_action.setCheckable(True)
        self.overview_action = self._action(self.tr("&Overzicht standpunten…"), self.show_overview, "Ctrl+Shift+O")
        self.export_package_action = self._action(self.tr("Pakket &exporteren…"), self.export_package, "Ctrl+Shift+E")
        self.merge_action = self._action(
            self.tr("Pakketten &samenvoegen…"), lambda: self.merge_packages(), "Ctrl+Shift+M"
        )
        self.conflicts_action = self._action(self.tr("&Conflicten…"), self.show_conflicts)
        self.fingerprint_action = self._action(self.tr("&Vingerafdruk van onze sleutel"), self.show_fingerprint)
        self.export_key_action = self._action(
            self.tr("&Publieke sleutel exporteren (voor de griffie)…"), self.export_public_key
        )
        self.trust_key_action = self._action(self.tr("Sleutel van een fractie &vertrouwen (griffie)…"), self.trust_key)
        self.export_secret_action = self._action(self.tr("Sleutel voor &collega's exporteren…"), self.export_secret_key)
        self.import_secret_action = self._action(
            self.tr("Sleutel van een collega &importeren…"), self.import_secret_key
        )
        self.backup_action = self._action(self.tr("&Back-up maken"), self.backup_now)
        self.restore_action = self._action(self.tr("Back-up &terugzetten…"), self.restore_backup)
        self.zoom_in_action = self._action(self.tr("&Groter"), lambda: self._zoom(+1), QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = self._action(self.tr("&Kleiner"), lambda: self._zoom(-1), QKeySequence("Ctrl+-"))
        self.zoom_reset_action = self._action(self.tr("&Standaardgrootte"), lambda: self._set_font_size(11), "Ctrl+0")
        self.next_action = self._action(self.tr("&Volgend uitgangspunt"), lambda: self._step_principle(+1), "Alt+Down")
        self.previous_action = self._action(self.tr("V&orig uitgangspunt"), lambda: self._step_principle(-1), "Alt+Up")
        self.about_action = self._action(self.tr("&Over raadsviewer"), self.show_about)
        self.help_action = self._action(self.tr("&Handleiding"), self.show_help, QKeySequence.StandardKey.HelpContents)
        self.settings_action = self._action(self.tr("&Instellingen…"), self.show_settings, "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&Bestand"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.new_version_action)
        file_menu.addAction(self.draft_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_package_action)
        file_menu.addAction(self.merge_action)
        file_menu.addAction(self.conflicts_action)
        keys_menu = file_menu.addMenu(self.tr("&Fractiesleutel"))
        for a in (
            self.fingerprint_action,
            self.export_key_action,
            self.trust_key_action,
            self.export_secret_action,
            self.import_secret_action,
        ):
            keys_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("Be&werken"))
        for a in (self.undo_action, self.redo_action):
            edit_menu.addAction(a)
        edit_menu.addSeparator()
        for a in (self.add_action, self.annotate_selection_action, self.edit_action, self.delete_action):
            edit_menu.addAction(a)
        edit_menu.addSeparator()
        edit_menu.addAction(self.amend_action)
        edit_menu.addAction(self.include_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.identity_action)
        edit_menu.addAction(self.settings_action)
        view_menu = menu.addMenu(self.tr("Beel&d"))
        for a in (self.previous_action, self.next_action):
            view_menu.addAction(a)
        view_menu.addAction(self.pages_action)
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.search_action)
        view_menu.addAction(self.overview_action)
        view_menu.addSeparator()
        for a in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(a)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Werkbalk"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (
            self.import_action,
            self.add_action,
            self.amend_action,
            self.draft_action,
            self.undo_action,
            self.redo_action,
        ):
            toolbar.addAction(a)
        self.addToolBar(toolbar)
        self.undo_stack.cleanChanged.connect(lambda _c: self._update_saved_label())
        self.undo_stack.indexChanged.connect(lambda _i: self._update_saved_label())
        self._update_saved_label()
        self._update_buttons()

    # ===== layout memory =========================================================================
    def _restore_layout(self) -> None:
        geometry = self.settings.bytes("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)
        self._splitters_restored = False

    def _restore_splitters(self) -> None:
        """Splitter sizes only stick once the window has its final size, i.e. when first shown."""
        self._splitters_restored = True
        for key, splitter in self._splitters().items():
            state = self.settings.bytes(f"window/{key}")
            if state is not None:
                splitter.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if not self._splitters_restored:
            self._restore_splitters()

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main_splitter, "centre": self.centre_splitter, "right": self.right_splitter}

    def save_layout(self) -> None:
        self.settings.set_bytes("window/geometry", self.saveGeometry())
        for key, splitter in self._splitters().items():
            self.settings.set_bytes(f"window/{key}", splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.save_layout()
        super().closeEvent(event)

    # ===== loading ===============================================================================
    def load_dossier(self, dossier_id: str | None = None, principle_number: int | None = None) -> None:
        if dossier_id is None:
            dossiers = _document_service().list_dossiers(self.store)
            if not dossiers:
                self.view = None
                self.setWindowTitle("raadsviewer")
                self.principles_model.set_principles([])
                return
            dossier_id = dossiers[0].id
        self.show_view(_document_service().open_dossier(self.store, dossier_id))
        self.refresh_annotations()
        self.refresh_amendments()
        self.refresh_links()
        self._select_initial(principle_number)

    def show_startup(self, startup: StartupView, principle_number: int | None = None) -> None:
        """Fill the window from the fast start, before the full store is open. Linking the
        background documents waits for ``resume_linking`` (after the first paint)."""
        self._linking_deferred = True
        self.show_view(startup.view)
        self.set_annotations(list(startup.factions), list(startup.annotations))
        self._select_initial(principle_number)

    def _select_initial(self, principle_number: int | None) -> None:
        if self.view is not None and self.view.principles:
            self.select_principle(principle_number or self.view.principles[0].number)

    def show_view(self, view: DossierView) -> None:
        self.view = view
        self._passage_cache.clear()
        title = view.dossier.title
        body = f" — {view.dossier.body}" if view.dossier.body else ""
        self.setWindowTitle(f"{title}{body} — raadsviewer")
        framework = view.framework
        font = self._document_font()
        if framework is not None:
            self.framework_view.set_document(framework, font)
            self.framework_heading.setText(framework.title)
        self.background_tabs.clear()
        for doc in view.background:
            doc_view = DocumentView()
            doc_view.setAccessibleName(doc.title)
            doc_view.set_document(doc, font)
            doc_view.annotationClicked.connect(self.show_annotation)
            doc_view.annotateSelectionRequested.connect(self.annotate_selection)
            doc_view.amendSelectionRequested.connect(self.amend_selection)
            doc_view.linkSelectionRequested.connect(self.link_selection)
            index = self.background_tabs.addTab(doc_view, self._short(doc.title))
            self.background_tabs.setTabToolTip(index, doc.title)
        self.principles_model.set_principles(view.principles)
        self.principles_heading.setText(self.tr("Uitgangspunten ({count})").format(count=len(view.principles)))

    @staticmethod
    def _short(title: str, limit: int = 40) -> str:
        return title if len(title) <= limit else title[: limit - 1] + "…"

    def background_views(self) -> list[DocumentView]:
        views = []
        for i in range(self.background_tabs.count()):
            widget = self.background_tabs.widget(i)
            views.append(widget if isinstance(widget, DocumentView) else widget.findChild(DocumentView))
        return views

    def _tab_of(self, view: DocumentView) -> QWidget:
        """The background tab showing a document view (the view itself, or its pages splitter)."""
        parent = view.parentWidget()
        return (
            parent
            if isinstance(parent, QSplitter)
            and parent.parentWidget() is not None
            and self.background_tabs.indexOf(parent) >= 0
            else view
        )

    def refresh_annotations(self, focus_id: str | None = None) -> None:
        """Reload annotations once; switching principles then filters in memory (fast with thousands)."""
        if self.view is None:
            return
        factions = _faction_service().list_factions(self.store)
        annotations = _annotation_service().list_annotations(
            self.store, self.view.dossier.id, viewer_faction=self.faction or None
        )
        self.set_annotations(factions, annotations, focus_id)

    def set_annotations(
        self, factions: list[Faction], annotations: list[Annotation], focus_id: str | None = None
    ) -> None:
        self.factions = factions
        self.all_annotations = annotations
        counts: dict[str, dict[str, int]] = {}
        for a in self.all_annotations:
            if a.principle_id:
                per = counts.setdefault(a.principle_id, {})
                per[a.faction_id] = per.get(a.faction_id, 0) + 1
        self.principles_model.set_counts(counts, self.factions)
        self._refill_faction_filter()
        self._show_principle_annotations(focus_id)
        self._update_document_highlights()
        if self._overview is not None and self.view is not None:
            self._overview.set_data(list(self.view.principles), self.factions, self.all_annotations)

    @property
    def amendments_pane(self) -> Any:
        """The amendments tab, built on first use: its imports (diff, amendment rules) are not
        needed for the first paint."""
        if self._amendments_pane is None:
            from raadsviewer.ui.amendments_pane import AmendmentsPane

            pane = AmendmentsPane()
            pane.newRequested.connect(self.new_amendment)
            pane.editRequested.connect(self.edit_amendment)
            pane.submitRequested.connect(self.submit_amendment)
            pane.deleteRequested.connect(self.delete_amendment)
            pane.voteRequested.connect(self.vote_amendment)
            pane.exportRequested.connect(self.export_amendment)
            self._replace_tab(1, pane, self.tr("Amendementen"))
            self._amendments_pane = pane
        return self._amendments_pane

    def _replace_tab(self, index: int, widget: QWidget, title: str) -> None:
        """Put a lazily built pane in place of its placeholder tab, keeping which tab is shown."""
        was_current = self.right_tabs.currentIndex() == index
        placeholder = self.right_tabs.widget(index)
        self.right_tabs.blockSignals(True)
        self.right_tabs.removeTab(index)
        self.right_tabs.insertTab(index, widget, title)
        if was_current:
            self.right_tabs.setCurrentIndex(index)
        self.right_tabs.blockSignals(False)
        placeholder.deleteLater()

    def _right_tab_changed(self, index: int) -> None:
        if index == 2:
            self.passages_pane.refresh()

    @property
    def passages_pane(self) -> Any:
        if self._passages_pane is None:
            from raadsviewer.ui.reading import PassagesPane

            pane = PassagesPane(self)
            pane.showRequested.connect(self.show_passage)
            self._replace_tab(2, pane, self.tr("Passages"))
            self._passages_pane = pane
        return self._passages_pane

    def _document_view(self, document_id: str) -> DocumentView | None:
        for view in [self.framework_view, *self.background_views()]:
            if view.document_model is not None and view.document_model.id == document_id:
                return view
        return None

    def show_passage(self, document_id: str, start: int, end: int) -> None:
        """Bring a passage into view in its document and mark it."""
        view = self._document_view(document_id)
        if view is None:
            return
        if view is not self.framework_view:
            self.background_tabs.setCurrentWidget(self._tab_of(view))
            view.set_passage_highlight((start, end))
        view.scroll_to_offset(start)

    def open_search_hit(self, hit: Any) -> None:
        if hit.kind == "annotation":
            self.right_tabs.setCurrentIndex(0)
            self.show_annotation(hit.item_id)
            return
        if hit.kind == "amendment":
            if hit.principle_number:
                self.select_principle(hit.principle_number)
            self.right_tabs.setCurrentWidget(self.amendments_pane)
            self.amendments_pane.select(hit.item_id)
            return
        if (
            hit.principle_number
            and self.view is not None
            and self.view.framework is not None
            and hit.document_id == self.view.framework.id
        ):
            self.select_principle(hit.principle_number)
        if hit.document_id:
            self.show_passage(hit.document_id, hit.start, hit.end)

    def toggle_pages(self, on: bool | None = None) -> None:
        """Beside each background document read from a PDF: its original pages, kept in step
        with the clean text (scrolling either one moves the other to the same page)."""
        from raadsviewer.services import documents
        from raadsviewer.ui.pdf_pages import PdfPagesView

        on = self.pages_action.isChecked() if on is None else on
        self.pages_action.setChecked(on)
        for index in range(self.background_tabs.count()):
            tab = self.background_tabs.widget(index)
            view = tab if isinstance(tab, DocumentView) else tab.findChild(DocumentView)
            if view is None or view.document_model is None:
                continue
            if not on:
                if isinstance(tab, QSplitter):
                    tab.findChild(PdfPagesView).setVisible(False)
                continue
            if isinstance(tab, QSplitter):
                tab.findChild(PdfPagesView).setVisible(True)
                continue
            data = documents.document_source(self.store, view.document_model.id)
            if data is None:
                continue
            pages = PdfPagesView()
            if not pages.load_bytes(data):
                continue
            page_map = documents.page_map(self.store, view.document_model.id)
            title, tip = self.background_tabs.tabText(index), self.background_tabs.tabToolTip(index)
            splitter = QSplitter(Qt.Orientation.Horizontal)
            self.background_tabs.removeTab(index)
            splitter.addWidget(view)
            splitter.addWidget(pages)
            view.show()
            self.background_tabs.insertTab(index, splitter, title)
            self.background_tabs.setTabToolTip(index, tip)
            self._sync_pages(view, pages, page_map)

    @staticmethod
    def _sync_pages(view: DocumentView, pages: Any, page_map: list[tuple[int, int, int]]) -> None:
        busy = {"on": False}

        def text_moved(_value: int) -> None:
            if busy["on"] or not page_map:
                return
            offset = view.to_text(view.cursorForPosition(view.viewport().rect().topLeft()).position())
            page = next((p for p, start, end in page_map if start <= offset < end), None)
            if page and page != pages.current_page():
                busy["on"] = True
                pages.show_page(page)
                busy["on"] = False

        def page_moved(page: int) -> None:
            if busy["on"]:
                return
            start = next((s for p, s, _e in page_map if p == page), None)
            if start is not None:
                busy["on"] = True
                view.scroll_to_offset(start, margin=0)
                busy["on"] = False

        view.verticalScrollBar().valueChanged.connect(text_moved)
        pages.pageChanged.connect(page_moved)

    def search(self, in_document: bool = False) -> None:
        from raadsviewer.ui.reading import SearchDialog

        if self.view is None:
            return
        if self._search is None:
            self._search = SearchDialog(self)
        document_id = None
        if in_document:
            focused = next((v for v in [self.framework_view, *self.background_views()] if v.hasFocus()), None)
            focused = focused or self.background_tabs.currentWidget() or self.framework_view
            document_id = focused.document_model.id if focused.document_model else None
        self._search.start(document_id)

    def link_selection(self, document_id: str, start: int, end: int) -> None:
        from raadsviewer.services import links

        if self.view is None or self.current_principle is None or not self._ensure_identity():
            return
        doc = next((d for d in self.view.documents if d.id == document_id), None)
        if doc is None:
            return
        try:
            links.add_link(
                self.store,
                self.view.dossier.id,
                self.current_principle.number,
                quote=doc.text[start:end],
                faction=self.faction,
                member=self.member,
                document_id=document_id,
                position_hint=start,
            )
        except UserFacingError as error:
            self.show_error(error)
            return
        self.right_tabs.setCurrentIndex(2)
        self.passages_pane.refresh()
        self.links_changed()

    def import_new_version(self, path: str | None = None, title: str | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        from raadsviewer.services import versions

        if self.view is None:
            return
        if title is None:
            titles = [d.title for d in self.view.documents]
            title, ok = QInputDialog.getItem(
                self,
                self.tr("Nieuwe versie importeren"),
                self.tr("Van welk document is dit een nieuwe versie?"),
                titles,
                0,
                False,
            )
            if not ok:
                return
        if path is None:
            path, _f = QFileDialog.getOpenFileName(
                self,
                self.tr("Nieuwe versie importeren"),
                str(Path.home()),
                self.tr("Documenten (*.txt *.md *.pdf *.docx)"),
            )
            if not path:
                return
        store, previous = self.store, title

        def work(_progress: Any) -> Any:
            return versions.import_new_version(store, Path(path), previous_title=previous)

        self.runner.run(work, self._version_imported, self._background_failed, self.tr("Nieuwe versie importeren…"))

    def _version_imported(self, result: Any) -> None:
        from raadsviewer.ui.reading import VersionReviewDialog

        number = self.current_principle.number if self.current_principle else None
        self.load_dossier(result.result.dossier.id, number)
        reviews = sorted(
            result.reviews, key=lambda r: ({"orphan": 0, "fuzzy": 1, "moved": 2}.get(r.status, 3), r.label)
        )
        self._version_review = VersionReviewDialog(self, list(result.changes), reviews)
        self._version_review.show()

    def links_changed(self) -> None:
        self.refresh_links()
        if self.current_principle is not None:
            self._link_background(self.current_principle)

    def refresh_links(self) -> None:
        """The passages factions confirmed or linked by hand, per (principle, document)."""
        if self.view is None:
            return
        from raadsviewer.services.links import list_links

        confirmed: dict[tuple[str, str], tuple[int, int]] = {}
        for link in list_links(self.store, self.view.dossier.id):
            if link.status in ("confirmed", "added") and link.anchor is not None and link.principle_id:
                confirmed.setdefault((link.principle_id, link.anchor.document_id), (link.anchor.start, link.anchor.end))
        self._confirmed_links = confirmed

    def refresh_amendments(self, focus_id: str | None = None) -> None:
        if self.view is None:
            return
        from raadsviewer.services import amendments

        self.set_amendments(amendments.list_amendments(self.store, self.view.dossier.id), focus_id)

    def refresh_in_background(self) -> None:
        """Reload annotations and amendments off the GUI thread (after a merge there can be tens of
        thousands), then show them; the window stays responsive meanwhile."""
        if self.view is None:
            return
        store, dossier_id, viewer = self.store, self.view.dossier.id, self.faction or None

        def work(_progress: Any) -> Any:
            from raadsviewer.services import amendments, annotations, factions

            return (
                factions.list_factions(store),
                annotations.list_annotations(store, dossier_id, viewer_faction=viewer),
                amendments.list_amendments(store, dossier_id),
            )

        def done(result: Any) -> None:
            found_factions, found_annotations, found_amendments = result
            self.set_annotations(found_factions, found_annotations)
            self.set_amendments(found_amendments)

        self.runner.run(work, done, self._background_failed, "")

    def set_amendments(self, items: list[Amendment], focus_id: str | None = None) -> None:
        self.all_amendments = items
        counts: dict[str, int] = {}
        for a in self.all_amendments:
            if a.principle_id:
                counts[a.principle_id] = counts.get(a.principle_id, 0) + 1
        self.principles_model.set_amendment_counts(counts)
        self._show_principle_amendments(focus_id)
        self._update_document_highlights()

    def amendments_changed(self, focus_id: str | None) -> None:
        self.refresh_amendments(focus_id)
        if focus_id:
            self.right_tabs.setCurrentWidget(self.amendments_pane)

    def _show_principle_amendments(self, focus_id: str | None = None) -> None:
        if self._amendments_pane is None and not self.all_amendments:
            return  # nothing loaded yet (fast start): refresh_amendments builds the tab
        principle = self.current_principle
        items = [a for a in self.all_amendments if principle is not None and a.principle_id == principle.id]
        self.amendments_pane.set_amendments(items, self.factions, self.faction, self.lang)
        if focus_id:
            self.amendments_pane.select(focus_id)
        self.right_tabs.setTabText(1, self.tr("Amendementen ({n})").format(n=len(items)))

    def _refill_faction_filter(self) -> None:
        current = self.faction_filter.currentData()
        self.faction_filter.blockSignals(True)
        self.faction_filter.clear()
        self.faction_filter.addItem(self.tr("Alle fracties"), "")
        for f in self.factions:
            self.faction_filter.addItem(f.name, f.name)
        index = self.faction_filter.findData(current) if current else 0
        self.faction_filter.setCurrentIndex(max(0, index))
        self.faction_filter.blockSignals(False)

    # ===== principle selection ===================================================================
    def select_principle(self, number: int) -> None:
        row = self.principles_model.row_of(number)
        if row >= 0:
            self.principles_list.selectionModel().setCurrentIndex(
                self.principles_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _step_principle(self, step: int) -> None:
        row = self.principles_list.currentIndex().row() + step
        if 0 <= row < self.principles_model.rowCount():
            self.select_principle(self.principles_model.principle(row).number)  # type: ignore[union-attr]

    def _on_principle_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        principle = self.principles_model.principle(current.row())
        self.current_principle = principle
        if principle is None or self.view is None:
            return
        self.framework_view.set_principle_highlight((principle.start, principle.end))
        self.framework_view.scroll_to_offset(principle.start)
        if not self._linking_deferred:
            self._link_background(principle)
        self.annotations_heading.setText(self.tr("Bij uitgangspunt {n}").format(n=principle.number))
        self._show_principle_annotations(None)
        self._show_principle_amendments()
        if self._passages_pane is not None and self.right_tabs.currentIndex() == 2:
            self._passages_pane.refresh()

    def _link_background(self, principle: Principle) -> None:
        """Scroll each background document to the passage that best discusses the principle."""
        found = []
        for view in self.background_views():
            doc = view.document_model
            if doc is None:
                continue
            chosen = self._confirmed_links.get((principle.id, doc.id))
            if chosen is not None:  # a faction confirmed or linked this passage: it goes first
                start, end = chosen
                view.set_passage_highlight((start, end))
                view.scroll_to_offset(start)
                found.append(f"{self._short(doc.title, 30)}: ✓")
                continue
            match = self._best_passage(principle, doc)
            if match is None:
                view.set_passage_highlight(None)
                continue
            section = match.section
            view.set_passage_highlight((section.start, section.end))
            view.scroll_to_offset(section.start)
            found.append(f"{self._short(doc.title, 30)}: “{section.heading}”")
        if found:
            self.passage_label.setText(
                self.tr("Passage bij uitgangspunt {n}: {where}").format(n=principle.number, where="; ".join(found))
            )
        else:
            self.passage_label.setText(
                self.tr("Geen duidelijke passage over uitgangspunt {n} in de achtergronddocumenten.").format(
                    n=principle.number
                )
            )

    def resume_linking(self) -> None:
        """After the first paint of a fast start: link the background documents (the ranking
        index costs tens of milliseconds to build, which the first paint should not wait for)."""
        self._linking_deferred = False
        if self.current_principle is not None:
            self._link_background(self.current_principle)
        self._load_amendments_when_store_is_open()

    def _load_amendments_when_store_is_open(self) -> None:
        """Amendments come from the full store; poll its background opening instead of waiting."""
        from PySide6.QtCore import QTimer

        future = self._store_future
        if self._store is not None or future is None or future.done():
            try:
                self.refresh_amendments()
                self.refresh_links()
            except UserFacingError as error:
                self._store_failed(error)
                return
            import logging

            logging.getLogger("raadsviewer").info("store open: %s", self._store_path())
            if self.current_principle is not None and self._confirmed_links:
                self._link_background(self.current_principle)
            from raadsviewer.ui.background import freeze_long_lived_objects

            freeze_long_lived_objects()  # everything loaded by now lives as long as the program
            return
        QTimer.singleShot(50, self._load_amendments_when_store_is_open)

    def _best_passage(self, principle: Principle, doc: Document) -> Any:
        key = (principle.id, doc.id)
        if key not in self._passage_cache:
            assert self.view is not None
            from raadsviewer.domain.linking import best_passage  # its index is built after the first paint

            self._passage_cache[key] = best_passage(principle, self.view.sections_of(doc.id))
        return self._passage_cache[key]

    def _show_principle_annotations(self, focus_id: str | None) -> None:
        principle = self.current_principle
        items = [a for a in self.all_annotations if principle is not None and a.principle_id == principle.id]
        self.annotations_model.set_annotations(items, self.factions)
        if focus_id:
            self.show_annotation(focus_id)
        elif self.annotation_filter.rowCount():
            self.annotations_list.setCurrentIndex(self.annotation_filter.index(0, 0))
        else:
            self._show_detail(None)
        self._update_buttons()

    def _update_document_highlights(self) -> None:
        colours = {f.id: f.colour for f in self.factions}
        by_document: dict[str, list[Highlight]] = {}
        for a in self.all_annotations:
            if a.anchor is not None:
                by_document.setdefault(a.anchor.document_id, []).append(
                    Highlight(a.anchor.start, a.anchor.end, colours.get(a.faction_id, "#607d8b"), a.id, underline=True)
                )
        for a in self.all_amendments:  # the passage an amendment changes: dark red underline
            if a.anchor is not None and a.status not in (AmendmentStatus.VERWORPEN, AmendmentStatus.INGETROKKEN):
                by_document.setdefault(a.anchor.document_id, []).append(
                    Highlight(a.anchor.start, a.anchor.end, "#b00020", None, underline=True)
                )
        for view in [self.framework_view, *self.background_views()]:
            if view.document_model is not None:
                view.set_annotation_highlights(by_document.get(view.document_model.id, []))

    # ===== annotations pane ======================================================================
    def _apply_filter(self) -> None:
        self.annotation_filter.set_filter(
            self.faction_filter.currentData() or "", self.stance_filter.currentData() or ""
        )
        self._update_buttons()

    def selected_annotation(self) -> Annotation | None:
        index = self.annotations_list.currentIndex()
        return index.data(ObjectRole) if index.isValid() else None

    def _on_annotation_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail(current.data(ObjectRole) if current.isValid() else None)
        self._update_buttons()

    def _show_detail(self, a: Annotation | None) -> None:
        if a is None:
            self.annotation_detail.setHtml("")
            return
        quote = ""
        if a.anchor is not None:
            quote = f"<blockquote><i>“{_escape(a.anchor.quote[:500])}”</i></blockquote>"
        version_word = self.tr("versie")
        header = (
            f"<p><b>{_escape(a.faction_name)}</b> · {_escape(a.author)} · {_escape(stance_label(a.stance))}"
            f" · {_escape(visibility_label(a.visibility))}<br/><small>{a.updated_at:%d-%m-%Y %H:%M}"
            f" · {_escape(version_word)} {a.version}</small></p>"
        )
        self.annotation_detail.setHtml(header + quote + markdown_to_html(a.body))

    def show_annotation(self, annotation_id: str) -> None:
        """Select an annotation (e.g. after clicking its highlight), switching principle if needed."""
        target = next((a for a in self.all_annotations if a.id == annotation_id), None)
        if target is None:
            return
        if target.principle_number is not None and (
            self.current_principle is None or self.current_principle.id != target.principle_id
        ):
            self.select_principle(target.principle_number)
        row = self.annotations_model.row_of(annotation_id)
        if row < 0:
            return
        proxy = self.annotation_filter.mapFromSource(self.annotations_model.index(row))
        if not proxy.isValid():  # hidden by a filter: clear the filters to show it
            self.faction_filter.setCurrentIndex(0)
            self.stance_filter.setCurrentIndex(0)
            proxy = self.annotation_filter.mapFromSource(self.annotations_model.index(row))
        self.annotations_list.setCurrentIndex(proxy)
        self.annotations_list.scrollTo(proxy)

    def _update_buttons(self) -> None:
        a = self.selected_annotation()
        own = a is not None and a.faction_name == self.faction
        has_principle = self.current_principle is not None
        for w in (self.add_button, self.add_action):
            w.setEnabled(has_principle)
        for w in (self.edit_button, self.delete_button, self.edit_action, self.delete_action):
            w.setEnabled(own)
        self.include_action.setEnabled(a is not None)
        self.include_action.setChecked(bool(a and a.include_in_draft))

    # ===== editing (through undo commands) =======================================================
    def annotations_changed(self, focus_id: str | None) -> None:
        self.refresh_annotations(focus_id)

    def show_error(self, error: UserFacingError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("raadsviewer"), error.message(self.lang))

    def _ensure_identity(self) -> bool:
        return bool(self.faction and self.member) or self.ask_identity()

    def add_annotation(self) -> None:
        if self.view is None or self.current_principle is None or not self._ensure_identity():
            return

        from raadsviewer.ui.dialogs import AnnotationDialog

        p = self.current_principle
        dialog = AnnotationDialog(self, heading=self.tr("Uitgangspunt {n}: {title}").format(n=p.number, title=p.title))
        if not answered(dialog):
            return
        self.push_add(principle_number=p.number, draft=dialog.draft())

    def push_add(self, **kwargs: Any) -> None:
        from raadsviewer.ui.undo import AddAnnotation

        assert self.view is not None
        self.undo_stack.push(
            AddAnnotation(self, dossier_id=self.view.dossier.id, faction=self.faction, member=self.member, **kwargs)
        )

    def _annotate_focused_selection(self) -> None:
        for view in [self.framework_view, *self.background_views()]:
            if view.hasFocus() or view.isVisible() and view.selected_span():
                if view.selected_span():
                    view.request_annotation_of_selection()
                    return

    def annotate_selection(self, document_id: str, start: int, end: int) -> None:
        if self.view is None or not self._ensure_identity():
            return
        doc = next((d for d in self.view.documents if d.id == document_id), None)
        if doc is None:
            return
        quote = doc.text[start:end].strip()
        start = doc.text.find(quote, start)
        principle = self.current_principle
        in_framework = self.view.framework is not None and doc.id == self.view.framework.id
        if in_framework:  # the principle is where the text stands
            principle = next((p for p in self.view.principles if p.start <= start < p.end), None)

        from raadsviewer.ui.dialogs import AnnotationDialog

        heading = self.tr("Annotatie bij geselecteerde tekst in {doc}").format(doc=doc.title)
        if principle is not None:
            heading += " — " + self.tr("uitgangspunt {n}").format(n=principle.number)
        dialog = AnnotationDialog(self, heading=heading, quote=quote)
        if not answered(dialog):
            return
        self.push_add(
            principle_number=principle.number if principle else None,
            draft=dialog.draft(),
            quote=quote,
            document_id=doc.id,
            position_hint=start,
        )

    def edit_annotation(self) -> None:
        a = self.selected_annotation()
        if a is None or a.faction_name != self.faction:
            return

        from raadsviewer.ui.dialogs import AnnotationDialog
        from raadsviewer.ui.undo import EditAnnotation

        dialog = AnnotationDialog(
            self,
            heading=self.tr("Annotatie bewerken"),
            quote=a.anchor.quote if a.anchor else None,
            draft=AnnotationDraft(body=a.body, stance=a.stance, visibility=a.visibility),
        )
        if not answered(dialog):
            return
        new = dialog.draft()
        if new == AnnotationDraft(body=a.body, stance=a.stance, visibility=a.visibility):
            return
        self.undo_stack.push(EditAnnotation(self, a, new))

    def delete_annotation(self) -> None:
        a = self.selected_annotation()
        if a is None or a.faction_name != self.faction:
            return
        from raadsviewer.ui.undo import DeleteAnnotation

        self.undo_stack.push(DeleteAnnotation(self, a))
        self.statusBar().showMessage(self.tr("Annotatie verwijderd — Ctrl+Z maakt dit ongedaan"), 6000)

    # ===== amendments ============================================================================
    def _store_failed(self, error: UserFacingError) -> None:
        """The full store could not be opened after a fast start (e.g. damage found by the check)."""
        from raadsviewer.ui.app import offer_recovery

        path = self._store_path()
        if error.code == "store_damaged" and path is not None and offer_recovery(self, path, error, self.lang):
            self._reopen_store(path)
            return
        self.show_error(error)

    def _store_path(self) -> Path | None:
        if self._store is not None:
            return self._store.path
        return self._db_path

    def _reopen_store(self, path: Path) -> None:
        from raadsviewer.services.maintenance import open_checked

        self._store_future = None
        self._store = open_checked(path, daily_backup=False)
        self.undo_stack.clear()  # the history belongs to the store that was replaced
        self.load_dossier(None, self.current_principle.number if self.current_principle else None)

    # ===== working offline together ==============================================================
    def exchange_changed(self) -> None:
        self.refresh_annotations()
        self.refresh_amendments()

    def export_package(self, path: str | None = None) -> None:
        from datetime import date

        from PySide6.QtWidgets import QFileDialog

        from raadsviewer.services import exchange, keys
        from raadsviewer.ui.exchange import PACKAGE_FILTER, ExportPackageDialog

        if self.view is None or not self._ensure_identity():
            return
        try:
            preview = exchange.export_preview(self.store, self.view.dossier.id, self.faction)
            fingerprint = keys.ensure_key(self.store, self.faction)
        except UserFacingError as error:
            self.show_error(error)
            return
        dialog = ExportPackageDialog(self, preview, fingerprint)
        if not answered(dialog):
            return
        if path is None:
            suggested = Path.home() / f"{self.faction}-{date.today().isoformat()}.raadspakket"
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Pakket exporteren"), str(suggested), PACKAGE_FILTER)
            if not path:
                return
        store, dossier_id, faction, member = self.store, self.view.dossier.id, self.faction, self.member

        def work(_progress: Any) -> Any:
            return exchange.export_package(store, dossier_id, faction, member, Path(path))

        def done(result: Any) -> None:
            self.statusBar().showMessage(
                self.tr("Pakket {n} opgeslagen: {path}").format(n=result.sequence, path=result.path), 8000
            )

        self.runner.run(work, done, self._background_failed, self.tr("Pakket exporteren…"))

    def _background_failed(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            self.show_error(error)
        else:
            raise error

    def merge_packages(self, paths: list[str] | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog

        from raadsviewer.ui.exchange import PACKAGE_FILTER, MergeDialog

        if self.view is None:
            return
        if paths is None:
            paths, _f = QFileDialog.getOpenFileNames(
                self, self.tr("Pakketten samenvoegen"), str(Path.home()), PACKAGE_FILTER
            )
            if not paths:
                return
        self._merge_dialog = MergeDialog(self, [Path(p) for p in paths])
        self._merge_dialog.show()
        import logging

        logging.getLogger("raadsviewer").info("merge preview of %d package(s)", len(paths))

    def merged(self, paths: list[Path], reports: list[Any]) -> None:
        """After a merge (already done off the GUI thread): one undo step, and a fresh view."""
        from raadsviewer.ui.undo import MergePackages

        done = [Path(r.path) for r in reports if r.status == "merged"]
        if done:
            self.undo_stack.push(MergePackages(self, done))
        self.refresh_in_background()

    def show_conflicts(self) -> None:
        from raadsviewer.ui.exchange import ConflictsDialog

        if self.view is None:
            return
        answered(ConflictsDialog(self))

    def show_fingerprint(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from raadsviewer.services import keys

        if not self._ensure_identity():
            return
        try:
            fingerprint = keys.ensure_key(self.store, self.faction)
        except UserFacingError as error:
            self.show_error(error)
            return
        QMessageBox.information(
            self,
            self.tr("Vingerafdruk"),
            self.tr(
                "De sleutel van {faction} heeft vingerafdruk:\n\n{fp}\n\nVergelijk die met de griffie, "
                "bijvoorbeeld per telefoon."
            ).format(faction=self.faction, fp=fingerprint),
        )

    def export_public_key(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from raadsviewer.services import keys

        if not self._ensure_identity():
            return
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Publieke sleutel exporteren"), str(Path.home() / f"{self.faction}.pub"), "(*.pub)"
        )
        if path:
            try:
                fingerprint = keys.export_public_key(self.store, self.faction, Path(path))
            except UserFacingError as error:
                self.show_error(error)
                return
            self.statusBar().showMessage(self.tr("Sleutel opgeslagen, vingerafdruk {fp}").format(fp=fingerprint), 10000)

    def trust_key(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from raadsviewer.services import keys

        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Sleutel van een fractie vertrouwen"), str(Path.home()), "(*.pub)"
        )
        if not path:
            return
        try:
            faction, fingerprint = keys.trust_public_key(self.store, Path(path))
        except UserFacingError as error:
            self.show_error(error)
            return
        self.refresh_annotations()
        QMessageBox.information(
            self,
            self.tr("Sleutel vertrouwd"),
            self.tr(
                "De sleutel van {faction} is geregistreerd. Vingerafdruk:\n\n{fp}\n\nControleer deze met "
                "de fractie voordat u pakketten samenvoegt."
            ).format(faction=faction, fp=fingerprint),
        )

    def _ask_passphrase(self, title: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(self, title, self.tr("Wachtwoordzin:"), QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def export_secret_key(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from raadsviewer.services import keys

        if not self._ensure_identity():
            return
        passphrase = self._ask_passphrase(self.tr("Sleutel voor collega's exporteren"))
        if passphrase is None:
            return
        path, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Sleutel voor collega's exporteren"),
            str(Path.home() / f"{self.faction}.sleutel"),
            "(*.sleutel)",
        )
        if path:
            try:
                keys.export_secret_key(self.store, self.faction, Path(path), passphrase)
            except UserFacingError as error:
                self.show_error(error)

    def import_secret_key(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from raadsviewer.services import keys

        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Sleutel van een collega importeren"), str(Path.home()), "(*.sleutel)"
        )
        if not path:
            return
        passphrase = self._ask_passphrase(self.tr("Sleutel van een collega importeren"))
        if passphrase is None:
            return
        try:
            faction, fingerprint = keys.import_secret_key(self.store, Path(path), passphrase)
        except UserFacingError as error:
            self.show_error(error)
            return
        self.statusBar().showMessage(
            self.tr("Sleutel van {faction} geïmporteerd ({fp})").format(faction=faction, fp=fingerprint), 10000
        )

    def backup_now(self) -> None:
        from raadsviewer.services.maintenance import backup_now

        try:
            made = backup_now(self.store)
        except UserFacingError as error:
            self.show_error(error)
            return
        self.statusBar().showMessage(self.tr("Back-up gemaakt: {path}").format(path=made.path), 8000)

    def restore_backup(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from raadsviewer.services.maintenance import restore_backup
        from raadsviewer.storage.safety import list_backups

        path = self.store.path
        if path is None:
            return
        backups = list_backups(path)
        if not backups:
            QMessageBox.information(self, self.tr("Back-up terugzetten"), self.tr("Er zijn nog geen back-ups."))
            return
        reasons = {
            "daily": self.tr("dagelijks"),
            "merge": self.tr("voor samenvoegen"),
            "migration": self.tr("voor bijwerken"),
            "restore": self.tr("voor terugzetten"),
            "manual": self.tr("handmatig"),
        }
        labels = [
            f"{b.made_at:%d-%m-%Y %H:%M} · {reasons.get(b.reason, b.reason)} · {b.size // 1024} kB" for b in backups
        ]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Back-up terugzetten"),
            self.tr("Welke back-up? De huidige opslag wordt eerst zelf bewaard."),
            labels,
            0,
            False,
        )
        if not ok:
            return
        chosen = backups[labels.index(choice)]
        self.store.close()
        try:
            restore_backup(path, chosen)
        except UserFacingError as error:
            self.show_error(error)
        self._reopen_store(path)
        self.statusBar().showMessage(
            self.tr("Back-up van {when} teruggezet").format(when=f"{chosen.made_at:%d-%m-%Y %H:%M}"), 8000
        )

    def _own_faction(self) -> Faction | None:
        return next((f for f in self.factions if f.name == self.faction), None)

    def _amendment_dialog(self, target: Any, draft: AmendmentDraft | None = None) -> tuple[int, AmendmentDraft] | None:

        from raadsviewer.ui.amendment_dialog import AmendmentDialog

        own = self._own_faction()
        if own is None or self.view is None:
            return None
        dialog = AmendmentDialog(
            self,
            target=target,
            own_faction=own,
            factions=self.factions,
            betreft=self.view.dossier.title,
            draft=draft,
            lang=self.lang,
        )
        if not answered(dialog):
            return None
        return dialog.choice, dialog.draft()

    def new_amendment(self) -> None:
        from raadsviewer.ui.amendment_dialog import AmendmentTarget

        if self.view is None or self.current_principle is None or not self._ensure_identity():
            return
        p = self.current_principle
        self._save_new_amendment(self._amendment_dialog(AmendmentTarget(p, p.text)))

    def amend_selection(self, document_id: str, start: int, end: int) -> None:
        from raadsviewer.domain.anchoring import make_anchor
        from raadsviewer.ui.amendment_dialog import AmendmentTarget

        if self.view is None or not self._ensure_identity():
            return
        doc = next((d for d in self.view.documents if d.id == document_id), None)
        if doc is None:
            return
        principle = next(
            (p for p in self.view.principles if p.document_id == doc.id and p.start <= start < p.end), None
        )
        if principle is None:
            principle = self.current_principle
        anchor = make_anchor(doc.id, doc.text, start, end)
        self._save_new_amendment(self._amendment_dialog(AmendmentTarget(principle, anchor.quote, anchor)))

    def _save_new_amendment(self, result: tuple[int, AmendmentDraft] | None) -> None:
        from raadsviewer.ui.amendment_dialog import AmendmentDialog
        from raadsviewer.ui.undo import AddAmendment

        if result is None or self.view is None:
            return
        choice, draft = result
        command = AddAmendment(
            self, dossier_id=self.view.dossier.id, faction=self.faction, member=self.member, draft=draft
        )
        self.undo_stack.push(command)
        if choice == AmendmentDialog.SUBMIT and command.amendment_id:
            self._submit(command.amendment_id)

    def edit_amendment(self) -> None:
        from raadsviewer.ui.amendment_dialog import AmendmentDialog, AmendmentTarget
        from raadsviewer.ui.undo import EditAmendment

        a = self.amendments_pane.selected()
        if a is None or a.faction_name != self.faction or a.status is not AmendmentStatus.CONCEPT or self.view is None:
            return
        principle = next((p for p in self.view.principles if p.id == a.principle_id), None)
        old = AmendmentDraft(
            title=a.title,
            operation=a.operation,
            old_text=a.old_text,
            new_text=a.new_text,
            rationale=a.rationale,
            betreft=a.betreft,
            principle_number=a.principle_number,
            anchor=a.anchor,
            cosigners=a.cosigners,
            parent_id=a.parent_id,
        )
        result = self._amendment_dialog(AmendmentTarget(principle, a.anchor.quote if a.anchor else "", a.anchor), old)
        if result is None:
            return
        choice, new = result
        if new != old:
            self.undo_stack.push(EditAmendment(self, a.id, old, new))
        if choice == AmendmentDialog.SUBMIT:
            self._submit(a.id)

    def submit_amendment(self) -> None:
        a = self.amendments_pane.selected()
        if a is not None:
            self._submit(a.id)

    def _submit(self, amendment_id: str) -> None:
        """Submitting is a decision, not an edit: it is not on the undo stack (withdraw instead)."""
        from raadsviewer.services import amendments

        try:
            done = amendments.submit_amendment(self.store, amendment_id, faction=self.faction)
        except UserFacingError as error:
            self.show_error(error)
            return
        self.amendments_changed(done.id)
        if self._fence_undo(amendment_id):
            self.statusBar().showMessage(
                self.tr(
                    "{label} is ingediend. Eerdere stappen kunnen niet meer ongedaan worden gemaakt; "
                    "trek het amendement in om het terug te nemen."
                ).format(label=done.label),
                10000,
            )
        else:
            self.statusBar().showMessage(self.tr("{label} is ingediend").format(label=done.label), 6000)

    def _fence_undo(self, amendment_id: str) -> bool:
        """A submitted amendment no longer changes by undo (it is withdrawn instead): when the
        history holds a step on it, the history ends here, so Ctrl+Z never offers to take back
        what can no longer be taken back."""
        stack = self.undo_stack
        if any(getattr(stack.command(i), "amendment_id", None) == amendment_id for i in range(stack.count())):
            stack.clear()
            return True
        return False

    def delete_amendment(self) -> None:
        from raadsviewer.ui.undo import DeleteAmendment

        a = self.amendments_pane.selected()
        if a is None or a.faction_name != self.faction:
            return
        self.undo_stack.push(DeleteAmendment(self, a.id))
        self.statusBar().showMessage(self.tr("Amendement verwijderd — Ctrl+Z maakt dit ongedaan"), 6000)

    def vote_amendment(self) -> None:
        from raadsviewer.services import amendments
        from raadsviewer.ui.amendments_pane import VoteDialog

        a = self.amendments_pane.selected()
        if a is None or self.view is None:
            return
        dossier_id, number = self.view.dossier.id, a.number
        recorded: list[Amendment] = []

        def record(status: AmendmentStatus, votes: list[tuple[str, Any]]) -> str | None:
            """Recorded when the dialog is accepted; a refusal is shown inside the dialog, with
            what was entered kept."""
            try:
                recorded.append(amendments.set_status(self.store, dossier_id, number, status, votes))
            except UserFacingError as error:
                return error.message(self.lang)
            return None

        if answered(VoteDialog(self, a, self.factions, record)) and recorded:
            self.amendments_changed(recorded[-1].id)

    def export_amendment(
        self, path: str | None = None, meeting: str | None = None, agenda_item: str | None = None
    ) -> None:
        from PySide6.QtWidgets import QFileDialog

        from raadsviewer.services import drafts

        a = self.amendments_pane.selected()
        if a is None or self.view is None:
            return
        key = f"amendmentDocument/{self.view.dossier.id}"
        if meeting is None or agenda_item is None:
            from raadsviewer.ui.dialogs import AmendmentDocumentDialog

            dialog = AmendmentDocumentDialog(
                self,
                a.label,
                str(self.settings.q.value(f"{key}/meeting", "") or ""),
                str(self.settings.q.value(f"{key}/agendaItem", "") or ""),
            )
            if not answered(dialog):
                return
            meeting, agenda_item = dialog.values()
        self.settings.q.setValue(f"{key}/meeting", meeting)  # the same meeting for the next amendment
        self.settings.q.setValue(f"{key}/agendaItem", agenda_item)
        if path is None:
            suggested = str(Path.home() / f"amendement-{a.label}.docx")
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("Amendement exporteren"), suggested, "Word (*.docx);;HTML (*.html);;Markdown (*.md)"
            )
            if not path:
                return
        fmt = Path(path).suffix.lstrip(".").lower() or "docx"
        try:
            drafts.export_amendment(
                self.store, self.view.dossier.id, a.number, fmt, Path(path), meeting=meeting, agenda_item=agenda_item
            )
        except UserFacingError as error:
            self.show_error(error)
            return
        self.statusBar().showMessage(self.tr("Opgeslagen: {path}").format(path=path), 8000)

    def toggle_include_in_draft(self) -> None:
        from raadsviewer.ui.undo import IncludeInDraft

        a = self.selected_annotation()
        if a is None:
            return
        self.undo_stack.push(IncludeInDraft(self, a.id, not a.include_in_draft))

    def show_overview(self) -> None:
        from raadsviewer.ui.overview import OverviewDialog

        if self.view is None:
            return
        if self._overview is None:
            self._overview = OverviewDialog(self)
            self._overview.cellActivated.connect(self.show_faction_on_principle)
        self._overview.set_data(list(self.view.principles), self.factions, self.all_annotations)
        self._overview.show()
        self._overview.raise_()

    def show_faction_on_principle(self, number: int, faction: str) -> None:
        """From the overview: the annotations of one faction on one principle."""
        self.select_principle(number)
        self.right_tabs.setCurrentIndex(0)
        self.stance_filter.setCurrentIndex(0)
        self.faction_filter.setCurrentIndex(max(0, self.faction_filter.findData(faction)))

    def show_draft(self) -> None:
        from raadsviewer.ui.draft_window import DraftWindow

        if self.view is None:
            return
        if self._draft_window is None:
            self._draft_window = DraftWindow(self)
        else:
            self._draft_window.refresh()
        self._draft_window.show()
        self._draft_window.raise_()

    # ===== identity, import, zoom, about ===========================================================
    def ask_identity(self) -> bool:

        from raadsviewer.ui.dialogs import IdentityDialog

        names = [f.name for f in _faction_service().list_factions(self.store)]
        dialog = IdentityDialog(self, names, self.faction, self.member)
        import logging

        logging.getLogger("raadsviewer").info("identity asked")
        if not answered(dialog):
            return False
        faction, member = dialog.values()
        self.set_identity(faction, member)
        return True

    def set_identity(self, faction: str, member: str) -> None:
        _faction_service().ensure_faction(self.store, faction, member)
        self.settings.faction, self.settings.member = faction, member
        self.settings.sync()
        self._update_identity_label()
        self.refresh_annotations()

    def _update_identity_label(self) -> None:
        if self.faction:
            self.identity_label.setText(
                self.tr("Fractie: {faction} · {member}").format(faction=self.faction, member=self.member)
            )
        else:
            self.identity_label.setText(self.tr("Geen fractie gekozen"))

    def _update_saved_label(self) -> None:
        self.saved_label.setText(self.tr("Alle wijzigingen zijn opgeslagen"))

    def import_document(self, path: str | None = None, role: Any = None) -> None:
        from PySide6.QtWidgets import QFileDialog

        from raadsviewer.ui.dialogs import ImportRoleDialog

        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Document importeren"),
                str(Path.home()),
                self.tr("Documenten (*.txt *.md *.pdf *.docx);;Alle bestanden (*)"),
            )
            if not path:
                return
        if role is None:
            dialog = ImportRoleDialog(self, Path(path).name)
            if not answered(dialog):
                return
            role = dialog.role()
        dossier_title = self.view.dossier.title if self.view else None
        store = self.store

        def work(progress: Any) -> Any:
            return _document_service().import_document(
                store, Path(path), role=role, dossier_title=dossier_title, progress=progress
            )

        self.runner.run(work, self._import_done, self._import_failed, self.tr("Document importeren…"))

    def _import_done(self, result: Any) -> None:
        from PySide6.QtWidgets import QMessageBox

        current = self.current_principle.number if self.current_principle else None
        self.load_dossier(result.dossier.id, current)
        message = self.tr("{title} ingelezen: {p} uitgangspunten, {s} secties").format(
            title=result.document.title, p=result.principle_count, s=result.section_count
        )
        self.statusBar().showMessage(message, 8000)
        for code in result.warnings:
            QMessageBox.information(
                self,
                self.tr("Document importeren"),
                UserFacingError(code, name=result.document.source_name).message(self.lang),
            )

    def _import_failed(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        if isinstance(error, UserFacingError):
            QMessageBox.warning(self, self.tr("Document importeren"), error.message(self.lang))
        else:
            import logging

            logging.getLogger(__name__).error("import failed: %s", getattr(error, "__traceback_text__", error))
            QMessageBox.critical(
                self, self.tr("Document importeren"), self.tr("Onverwachte fout bij importeren: {e}").format(e=error)
            )

    def _document_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSize(self.settings.font_size)
        return font

    def _zoom(self, step: int) -> None:
        self._set_font_size(self.settings.font_size + step)

    def _set_font_size(self, size: int, save: bool = True) -> None:
        size = max(MIN_FONT, min(MAX_FONT, size))
        if save:
            self.settings.font_size = size
        font = self._document_font() if save else QFont(self.font())
        font.setPointSize(size)
        for view in [self.framework_view, *self.background_views()]:
            view.set_base_font(font)
        self.annotation_detail.document().setDefaultFont(font)

    def show_about(self) -> None:
        import platform

        from PySide6 import __version__ as pyside_version
        from PySide6.QtWidgets import QMessageBox

        from raadsviewer.ui.crash import default_log_dir

        path = self._store_path()
        text = self.tr(
            "<h3>raadsviewer {version}</h3><p>Lezen, annoteren en amenderen van een inkoopkader met de "
            "achtergronddocumenten.</p><p>Opslag: {store}<br/>Gegevensmap: {folder}<br/>Logbestanden: {logs}</p>"
            "<p><small>Python {python}, Qt/PySide {qt}</small></p>"
        ).format(
            version=__version__,
            store=_escape(str(path)),
            folder=_escape(str(path.parent) if path else ""),
            logs=_escape(str(default_log_dir())),
            python=platform.python_version(),
            qt=pyside_version,
        )
        QMessageBox.about(self, self.tr("Over raadsviewer"), text)

    def show_help(self) -> None:
        from raadsviewer.ui.help import HelpDialog

        answered(HelpDialog(self, self.lang))

    def show_settings(self) -> None:

        from raadsviewer.ui.help import apply_theme
        from raadsviewer.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self,
            factions=[f.name for f in self.factions],
            faction=self.faction,
            member=self.member,
            font_size=self.settings.font_size,
            theme=self.settings.theme,
            language=self.settings.language,
            store_path=self._store_path() or Path(),
        )
        if not answered(dialog):
            return
        values = dialog.values()
        self.settings.theme = str(values["theme"])
        self.settings.language = str(values["language"])
        if values["store_path"]:
            self.settings.store_path = str(values["store_path"])
        apply_theme(self.settings.theme)
        self._set_font_size(int(values["font_size"]))  # type: ignore[arg-type]
        if (values["faction"], values["member"]) != (self.faction, self.member):
            self.set_identity(str(values["faction"]), str(values["member"]))
        self.settings.sync()


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)
