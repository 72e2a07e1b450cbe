"""Reading: the principles on the left, the framework above and the background documents in tabs
below it. Choosing a principle marks it in the framework and opens every background document at
the passage the one ranking (``services.links``) finds clearest about it.

A background tab builds its document view when it is first shown: a dossier of two hundred
letters costs two hundred empty tabs at start-up, not two hundred laid-out documents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListView, QSizePolicy, QSplitter, QTabWidget, QVBoxLayout, QWidget

from raadsviewer.domain.model import AmendmentStatus, Document, Principle
from raadsviewer.ui.context import DossierContext
from raadsviewer.ui.document_view import DocumentView, Highlight
from raadsviewer.ui.models import PrincipleDelegate, PrinciplesModel, WrappingList

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QResizeEvent

    from raadsviewer.services.links import PrincipleLinks

AMENDMENT_COLOUR = "#b00020"  # the passage an amendment changes: a dark red underline


class OneLineLabel(QLabel):
    """A line of text that keeps its height whatever it says: too long, it ends in "…" and the
    whole text is its tooltip. (A wrapping label grew and shrank a line as the text changed, and
    moved and repainted everything below it at each principle switch.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self.setToolTip(text)
            self.setAccessibleDescription(text)
            self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width) if width > 0 else ""
        self.setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._elide()


def _bold_heading(text: str) -> QLabel:
    """A pane heading, bold by its font (a style sheet would stop palette changes reaching it)."""
    label = QLabel(text)
    label.setObjectName("paneHeading")
    bold = label.font()
    bold.setBold(True)
    label.setFont(bold)
    label.setContentsMargins(2, 2, 2, 4)
    return label


def short(title: str, limit: int = 40) -> str:
    return title if len(title) <= limit else title[: limit - 1] + "…"


class PrinciplesPane(QWidget):
    """The principles of the framework, each with a coloured count per faction that annotated it."""

    def __init__(self, context: DossierContext) -> None:
        super().__init__()
        self.context = context
        self.model = PrinciplesModel(self)
        self.list = WrappingList()
        self.list.setObjectName("principles")
        self.list.setAccessibleName(self.tr("Uitgangspunten"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(PrincipleDelegate(self.list))
        self.list.setUniformItemSizes(False)  # a long title takes two lines
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.selectionModel().currentChanged.connect(self._chosen)
        self.heading = _bold_heading(self.tr("Uitgangspunten"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        context.dossierReplaced.connect(self._dossier_replaced)
        context.storeReady.connect(self._show_corrections)
        context.principleChanged.connect(self._principle_changed)
        context.annotationsChanged.connect(lambda _focus: self._count_annotations())
        context.amendmentsChanged.connect(lambda _focus: self._count_amendments())

    def _dossier_replaced(self) -> None:
        view = self.context.view
        principles = list(view.principles) if view is not None else []
        self.model.set_principles(principles)
        self.heading.setText(self.tr("Uitgangspunten ({count})").format(count=len(principles)))
        self.heading.setToolTip("")
        self._show_corrections()

    def _show_corrections(self) -> None:
        """A list the user corrected says so; one the reader was unsure of asks to be checked."""
        from raadsviewer.ui import svc

        ctx = self.context
        if ctx.view is None or ctx.view.framework is None or not ctx.store_is_open:
            return
        try:
            state = svc.principles.document_principles(ctx.store, ctx.view.dossier.id, ctx.view.framework.title)
        except Exception:  # noqa: BLE001 (an unusual dossier: the list stays as it is, unmarked)
            return
        count = len(ctx.view.principles)
        doubt = any(c.chosen and c.confidence < 0.5 for c in state.candidates) and not state.corrected
        if state.corrected:
            self.heading.setText(self.tr("Uitgangspunten ({count}) · aangepast").format(count=count))
            self.heading.setToolTip(
                self.tr("{n} correcties van de lijst die de lezer koos (Bewerken › Uitgangspunten aanpassen).").format(
                    n=len(state.corrections)
                )
            )
        elif doubt:
            self.heading.setText(self.tr("Uitgangspunten ({count}) · controleren").format(count=count))
            self.heading.setToolTip(
                self.tr(
                    "De lezer was niet zeker van deze lijst. Controleer hem via Bewerken › Uitgangspunten aanpassen."
                )
            )

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        principle = self.model.principle(current.row())
        self.context.select_principle(principle.number if principle is not None else None)

    def _principle_changed(self, principle: Principle | None) -> None:
        row = self.model.row_of(principle.number) if principle is not None else -1
        if row != self.list.currentIndex().row() and row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def step(self, step: int) -> None:
        row = self.list.currentIndex().row() + step
        principle = self.model.principle(row)
        if principle is not None:
            self.context.select_principle(principle.number)

    def _count_annotations(self) -> None:
        counts: dict[str, dict[str, int]] = {}
        for a in self.context.annotations:
            if a.principle_id:
                per = counts.setdefault(a.principle_id, {})
                per[a.faction_id] = per.get(a.faction_id, 0) + 1
        self.model.set_counts(counts, self.context.factions)

    def _count_amendments(self) -> None:
        counts: dict[str, int] = {}
        for a in self.context.amendments:
            if a.principle_id:
                counts[a.principle_id] = counts.get(a.principle_id, 0) + 1
        self.model.set_amendment_counts(counts)


class BackgroundTab(QWidget):
    """One background document's tab: its view, built when first needed, and the original PDF
    pages beside it when asked for."""

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.view: DocumentView | None = None
        self.pages: Any = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)


class DocumentsPane(QWidget):
    """The framework above, the background documents in tabs below, and what links them."""

    annotateRequested = Signal(str, int, int)  # document id, start, end
    amendRequested = Signal(str, int, int)
    linkRequested = Signal(str, int, int)
    annotationClicked = Signal(str)

    def __init__(self, context: DossierContext) -> None:
        super().__init__()
        self.context = context
        self.font_size = context.settings.font_size
        self.show_pages = False
        self.framework_view = self._connect(DocumentView())
        self.framework_view.setObjectName("framework")
        self.framework_view.setAccessibleName(self.tr("Kaderdocument"))
        self.framework_heading = _bold_heading(self.tr("Kader"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 6, 0, 0)
        top_layout.addWidget(self.framework_heading)
        top_layout.addWidget(self.framework_view)
        self.background_tabs = QTabWidget()
        self.background_tabs.setObjectName("background")
        self.background_tabs.setAccessibleName(self.tr("Achtergronddocumenten"))
        self.background_tabs.setDocumentMode(True)
        self.background_tabs.setUsesScrollButtons(True)
        self.background_tabs.currentChanged.connect(lambda _i: self._tab_shown())
        self.passage_label = OneLineLabel()
        self.passage_label.setObjectName("passageLabel")
        self.empty_label = QLabel(
            self.tr(
                "Dit dossier heeft nog geen achtergronddocumenten. Voeg ze toe met Bestand › Document "
                "importeren… (Ctrl+I) en kies 'achtergronddocument'."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.passage_label)
        bottom_layout.addWidget(self.background_tabs, 1)
        bottom_layout.addWidget(self.empty_label, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("centreSplitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([420, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._targets: dict[str, tuple[int, int]] = {}  # where each background document should open
        self._reading: DocumentView | None = None  # where a passage was last shown (see focused_view)
        self._annotation_marks: dict[str, list[Highlight]] | None = None  # per document; made when notes change
        context.dossierReplaced.connect(self._dossier_replaced)
        context.principleChanged.connect(self._principle_changed)
        context.rankingReady.connect(self._ranked)
        context.linksChanged.connect(self._links_changed)
        context.storeReady.connect(self._links_changed)
        context.annotationsChanged.connect(lambda _focus: self._annotations_changed())
        context.amendmentsChanged.connect(lambda _focus: self.update_highlights())

    def _connect(self, view: DocumentView) -> DocumentView:
        view.annotationClicked.connect(self.annotationClicked)
        view.annotateSelectionRequested.connect(self.annotateRequested)
        view.amendSelectionRequested.connect(self.amendRequested)
        view.linkSelectionRequested.connect(self.linkRequested)
        return view

    def document_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSize(self.font_size)
        return font

    # --- the dossier ------------------------------------------------------------------------------

    def _dossier_replaced(self) -> None:
        view = self.context.view
        self._targets.clear()
        framework = view.framework if view is not None else None
        if framework is not None:
            self.framework_view.set_document(framework, self.document_font())
            self.framework_heading.setText(framework.title)
        else:
            self.framework_view.clear()
            self.framework_view.document_model = None
            self.framework_heading.setText(self.tr("Kader"))
        self.background_tabs.blockSignals(True)
        while self.background_tabs.count():
            tab = self.background_tabs.widget(0)
            self.background_tabs.removeTab(0)
            tab.deleteLater()
        for document in view.background if view is not None else ():
            index = self.background_tabs.addTab(
                BackgroundTab(document), short(document.title).replace("&", "&&")
            )  # a tab reads & as an access key
            self.background_tabs.setTabToolTip(index, document.title)
        self.background_tabs.blockSignals(False)
        empty = view is None or not view.background
        self.background_tabs.setVisible(not empty)
        self.passage_label.setVisible(not empty)
        self.empty_label.setVisible(empty and view is not None)
        self._tab_shown()
        self.update_highlights()

    def tabs(self) -> list[BackgroundTab]:
        return [self.background_tabs.widget(i) for i in range(self.background_tabs.count())]  # type: ignore[misc]

    def _tab_shown(self) -> None:
        tab = self.background_tabs.currentWidget()
        if isinstance(tab, BackgroundTab):
            self._build(tab)

    def _build(self, tab: BackgroundTab) -> DocumentView:
        if tab.view is None:
            view = self._connect(DocumentView())
            view.setAccessibleName(tab.document.title)
            tab.splitter.insertWidget(0, view)
            tab.view = view

            def show(document: Any) -> None:
                tab.document = document
                if tab.view is not view:
                    return  # the tab went with its dossier meanwhile
                # a passage asked for before the text came (a search hit, a link) is kept
                asked = view._passage
                scroll = view._scroll_target
                view.set_document(document, self.document_font())
                view.set_annotation_highlights(self._highlights().get(document.id, []))
                target = (asked.start, asked.end) if asked is not None else self._targets.get(document.id)
                view.set_passage_highlight(target)
                if scroll is not None:
                    view.scroll_to_offset(*scroll)
                elif target is not None:
                    view.scroll_to_offset(target[0])

            if tab.document.text or self.context.document(tab.document.id) is None:
                show(tab.document)
            else:  # the fast start left this text out: the tab is there at once, its text follows
                view.set_document(tab.document, self.document_font())
                self.context.full_document(tab.document.id, show)
            if self.show_pages:
                self._show_pages(tab)
        return tab.view

    def views(self) -> list[DocumentView]:
        """The document views built so far: the framework and the background tabs shown."""
        return [self.framework_view, *(t.view for t in self.tabs() if t.view is not None)]

    def background_views(self) -> list[DocumentView]:
        """Every background document's view, built where not shown yet."""
        return [self._build(tab) for tab in self.tabs()]

    def view_of(self, document_id: str) -> DocumentView | None:
        """The view of a document, built if it is a background document not shown yet."""
        if self.framework_view.document_model is not None and self.framework_view.document_model.id == document_id:
            return self.framework_view
        tab = next((t for t in self.tabs() if t.document.id == document_id), None)
        return self._build(tab) if tab is not None else None

    def show_passage(self, document_id: str, start: int, end: int, at: int | None = None) -> None:
        """Bring a passage into view in its document (at ``at``, a word in it, when given: a
        passage can be a long paragraph's whole piece) and mark it. The document is then the one
        being read: the find bar searches it, though a dialog (the search) keeps the focus."""
        view = self.view_of(document_id)
        if view is None:
            return
        if view is not self.framework_view:
            tab = next(t for t in self.tabs() if t.view is view)
            self.background_tabs.setCurrentWidget(tab)
            view.set_passage_highlight((start, end))
        view.scroll_to_offset(start if at is None else at)
        self._reading = view
        view.setFocus()

    def focused_view(self) -> DocumentView:
        """The document the reader is in: the one with focus, else the background tab shown."""
        views = self.views()
        focused = next((v for v in views if v.hasFocus()), None)
        if focused is not None:
            return focused
        tab = self.background_tabs.currentWidget()
        if isinstance(tab, BackgroundTab) and tab.view is not None and tab.view.selected_span():
            return tab.view
        if self._reading is not None and (
            self._reading is self.framework_view or (isinstance(tab, BackgroundTab) and tab.view is self._reading)
        ):
            return self._reading  # the document a passage was last shown in, still in sight
        return self.framework_view

    # --- a principle chosen ------------------------------------------------------------------------

    def _principle_changed(self, principle: Principle | None) -> None:
        if principle is None:
            self.framework_view.set_principle_highlight(None)
            self.passage_label.set_full_text("")
            return
        with self.framework_view.together():
            self.framework_view.set_principle_highlight((principle.start, principle.end))
            self.framework_view.scroll_to_offset(principle.start)
        ranking = self.context.ranking(principle)
        if ranking is not None:
            self._ranked(ranking)
        elif self.context.current_principle is principle:  # still ranking (off the GUI thread)
            self._open_at_confirmed(principle)

    def _links_changed(self) -> None:
        principle = self.context.current_principle
        if principle is not None:
            self._principle_changed(principle)

    def _open_at_confirmed(self, principle: Principle) -> None:
        """Before the ranking arrives: what factions confirmed or linked, at once."""
        self._targets = {
            document_id: span
            for (principle_id, document_id), span in self.context.confirmed_links.items()
            if principle_id == principle.id
        }
        self._apply_targets()
        self.passage_label.set_full_text(
            self.tr("Passages bij uitgangspunt {n} worden gezocht…").format(n=principle.shown_label)
        )

    def _ranked(self, links: PrincipleLinks) -> None:
        principle = self.context.current_principle
        if principle is None or links.principle.id != principle.id:
            return
        self._targets = {p.document_id: (p.start, p.end) for p in links.per_document}
        self._apply_targets()
        found = []
        for p in links.per_document:
            where = "✓" if p.confirmed else (f"“{p.section_heading}”" if p.section_heading else "…")
            found.append(f"{short(p.document_title, 30)}: {where}")
        if found:
            self.passage_label.set_full_text(
                self.tr("Passage bij uitgangspunt {n}: {where}").format(n=principle.shown_label, where="; ".join(found))
            )
        else:
            self.passage_label.set_full_text(
                self.tr("Geen duidelijke passage over uitgangspunt {n} in de achtergronddocumenten.").format(
                    n=principle.shown_label
                )
            )

    def _apply_targets(self) -> None:
        for tab in self.tabs():
            if tab.view is None:
                continue  # applied when the tab is first shown
            target = self._targets.get(tab.document.id)
            with tab.view.together():
                tab.view.set_passage_highlight(target)
                if target is not None:
                    tab.view.scroll_to_offset(target[0])

    # --- highlights ------------------------------------------------------------------------------

    def _annotations_changed(self) -> None:
        self._annotation_marks = None
        self.update_highlights()

    def _highlights(self) -> dict[str, list[Highlight]]:
        """Per document: the notes' marks (remembered until the notes change: after a merge there
        can be tens of thousands, and the amendments arrive separately), then the amendments'."""
        if self._annotation_marks is None:
            colours = {f.id: f.colour for f in self.context.factions}
            marks: dict[str, list[Highlight]] = {}
            for a in self.context.annotations:
                if a.anchor is not None:
                    marks.setdefault(a.anchor.document_id, []).append(
                        Highlight(
                            a.anchor.start, a.anchor.end, colours.get(a.faction_id, "#607d8b"), a.id, underline=True
                        )
                    )
            self._annotation_marks = marks
        by_document = {document_id: list(marks) for document_id, marks in self._annotation_marks.items()}
        for m in self.context.amendments:
            if m.anchor is not None and m.status not in (AmendmentStatus.VERWORPEN, AmendmentStatus.INGETROKKEN):
                by_document.setdefault(m.anchor.document_id, []).append(
                    Highlight(m.anchor.start, m.anchor.end, AMENDMENT_COLOUR, None, underline=True)
                )
        return by_document

    def update_highlights(self) -> None:
        by_document = self._highlights()
        for view in self.views():
            if view.document_model is not None:
                view.set_annotation_highlights(by_document.get(view.document_model.id, []))

    # --- font and original pages -------------------------------------------------------------------

    def set_font_size(self, size: int) -> None:
        """A bigger or smaller text, keeping each document at the passage being read."""
        self.font_size = size
        font = self.document_font()
        for view in self.views():
            offset = view.top_offset()
            view.set_base_font(font)
            view.scroll_to_offset(offset, margin=0)

    def set_show_pages(self, on: bool) -> None:
        """Beside each background document read from a PDF: its original pages, kept in step with
        the clean text (scrolling either one moves the other to the same page)."""
        self.show_pages = on
        for tab in self.tabs():
            if tab.pages is not None:
                tab.pages.setVisible(on)
            elif on and tab.view is not None:
                self._show_pages(tab)

    def _show_pages(self, tab: BackgroundTab) -> None:
        from raadsviewer.ui import svc
        from raadsviewer.ui.pdf_pages import PdfPagesView

        if tab.pages is not None or tab.view is None or not self.context.store_is_open:
            return
        data = svc.documents.document_source(self.context.store, tab.document.id)
        if data is None:
            return
        pages = PdfPagesView()
        if not pages.load_bytes(data):
            pages.deleteLater()
            return
        tab.splitter.addWidget(pages)
        tab.pages = pages
        _keep_in_step(tab.view, pages, svc.documents.page_map(self.context.store, tab.document.id))


def _keep_in_step(view: DocumentView, pages: Any, page_map: list[tuple[int, int, int]]) -> None:
    busy = {"on": False}

    def text_moved(_value: int) -> None:
        if busy["on"] or not page_map:
            return
        offset = view.top_offset()
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
