"""The Annotaties tab: every faction's annotations on the principle being read (others' private
notes never), filtered by faction or stance; the selected one in full below. Writing, editing and
deleting go through the undo stack, and each step is in the store at once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.access import narrower
from raadsviewer.domain.model import Annotation, AnnotationDraft, Stance, Visibility
from raadsviewer.domain.rendering import escape, markdown_to_html, plain_preview
from raadsviewer.ui.actions import make_action
from raadsviewer.ui.context import DossierContext
from raadsviewer.ui.document_view import SafeBrowser
from raadsviewer.ui.modal import answered, until_saved
from raadsviewer.ui.models import (
    AnnotationDelegate,
    AnnotationFilter,
    AnnotationsModel,
    ObjectRole,
    WrappingList,
    stance_label,
    visibility_label,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex

    from raadsviewer.ui.dialogs import AnnotationDialog


class AnnotationsPane(QWidget):
    headingChanged = Signal(str)  # "Bij uitgangspunt 7": the heading above the tabs

    def __init__(self, context: DossierContext) -> None:
        super().__init__()
        self.context = context
        self.model = AnnotationsModel(self)
        self._chosen: dict[str, str] = {}  # per principle: the note selected there last
        self._markdown = True  # False until the first paint (``hold_markdown``)
        self.filter = AnnotationFilter(self)
        self.filter.setSourceModel(self.model)
        self.list = WrappingList()
        self.list.setObjectName("annotations")
        self.list.setAccessibleName(self.tr("Annotaties"))
        self.list.setModel(self.filter)
        self.list.setItemDelegate(AnnotationDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        # Laid out at once: the model hands the list a chunk of notes at a time (a card measured
        # for the first time costs about 0.1 ms). Laid out in batches, the list painted nothing
        # until its last batch, and went blank again whenever a chunk came in.
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.doubleClicked.connect(lambda _i: self.edit())
        self.empty = QLabel()
        self.empty.setObjectName("annotationsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Always HTML: its text is escaped, and a text without a link in it was shown as plain
        # text, its entities as they stand ("The factions&#x27; arrive").
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.linkActivated.connect(lambda _link: self.clear_filters())
        self.faction_filter = QComboBox()
        self.faction_filter.setAccessibleName(self.tr("Filter op fractie"))
        self.stance_filter = QComboBox()
        self.stance_filter.setAccessibleName(self.tr("Filter op standpunt"))
        self.stance_filter.addItem(self.tr("Alle standpunten"), "")
        for stance in Stance:
            self.stance_filter.addItem(stance_label(stance), stance.value)
        self.faction_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.stance_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        filters = QHBoxLayout()
        filters.addWidget(self.faction_filter, 1)
        filters.addWidget(self.stance_filter, 1)
        self.detail = SafeBrowser()
        self.detail.setObjectName("annotationDetail")
        self.detail.setAccessibleName(self.tr("Geselecteerde annotatie"))
        self.add_button = QPushButton(self.tr("&Toevoegen…"))
        self.edit_button = QPushButton(self.tr("B&ewerken…"))
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.add_button.clicked.connect(lambda _c=False: self.add())
        self.edit_button.clicked.connect(lambda _c=False: self.edit())
        self.delete_button.clicked.connect(lambda _c=False: self.delete())
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.list, 1)
        listing_layout.addWidget(self.empty, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("rightSplitter")
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([400, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        window = context.window
        self.add_action = make_action(window, self.tr("Annotatie &toevoegen…"), self.add, "Ctrl+N")
        self.edit_action = make_action(window, self.tr("Annotatie &bewerken…"), self.edit, "Ctrl+E")
        self.delete_action = make_action(window, self.tr("Annotatie &verwijderen"), self.delete, "Del")
        # Del deletes the selected note only where the notes are: pressed while reading the
        # framework or choosing a principle, it took away a note out of sight without a word.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.list.addAction(self.delete_action)
        self.include_action = make_action(
            window,
            self.tr("In concept-&zienswijze opnemen"),
            self.toggle_include_in_draft,
            "Ctrl+Shift+I",
            checkable=True,
        )
        context.annotationsChanged.connect(self._annotations_changed)
        context.principleChanged.connect(lambda p: self._show_principle(None, self._chosen.get(p.id) if p else None))
        context.identityChanged.connect(self._update_buttons)
        self._refill_faction_filter()
        self._show_principle(None)

    # --- what is shown ---------------------------------------------------------------------------

    def _annotations_changed(self, focus_id: str | None) -> None:
        self._refill_faction_filter()
        if focus_id:
            self._show_principle(focus_id)
            return
        # read again (a note deleted, a merge): the note selected stays selected, or (gone) the one
        # now in its place
        kept = self.selected()
        self._show_principle(None, kept.id if kept else None, near=max(0, self.list.currentIndex().row()))

    def _show_principle(self, focus_id: str | None, keep_id: str | None = None, near: int = 0) -> None:
        """The notes on the principle being read; selected: ``focus_id`` (filters cleared when they
        hide it), else ``keep_id`` when the filters show it, else the note at row ``near``."""
        principle = self.context.current_principle
        items = self.context.annotations_on(principle)
        self.list.scrollToTop()  # (left at the end of the last list, it would ask for a second chunk at once)
        self.model.set_annotations(items, self.context.factions)
        if self.filter.faction or self.filter.stance:  # a filter looks at every note, not the first few
            self.model.load_all()
        if principle is not None:
            self.headingChanged.emit(self.tr("Bij uitgangspunt {n}").format(n=principle.shown_label))
        kept = self.filter.mapFromSource(self.model.index(self.model.row_of(keep_id))) if keep_id else None
        if focus_id:
            self.show_annotation(focus_id)
        elif kept is not None and kept.isValid():
            self.list.setCurrentIndex(kept)
            self.list.scrollTo(kept)
        elif self.filter.rowCount():
            self.model.reveal(near)
            row = self.filter.index(min(near, self.filter.rowCount() - 1), 0)
            self.list.setCurrentIndex(row)
            self.list.scrollTo(row)
        else:
            self._show_detail(None)
        self._update_empty()
        self._update_buttons()

    def _update_empty(self) -> None:
        principle = self.context.current_principle
        if self.filter.rowCount():
            self.empty.hide()
            self.list.show()
            return
        if principle is None:
            text = escape(self.tr("Kies links een uitgangspunt om de annotaties erbij te zien."))
        elif self.model.total:
            clear = self.tr("Filters wissen")
            text = escape(self.tr("Geen annotaties die aan dit filter voldoen.")) + (
                f" <a href='clear'>{escape(clear)}</a>"
            )
        elif self.context.is_griffie:  # the griffie writes none: they come in the factions' packages
            text = escape(
                self.tr("Nog geen annotaties bij dit uitgangspunt. Die van de fracties komen in hun pakketten.")
            )
        else:
            text = escape(
                self.tr("Nog geen annotaties bij dit uitgangspunt. Schrijf er een met Annotatie toevoegen (Ctrl+N).")
            )
        self.empty.setText(text)
        self.list.hide()
        self.empty.show()

    def _refill_faction_filter(self) -> None:
        current = self.faction_filter.currentData()
        self.faction_filter.blockSignals(True)
        self.faction_filter.clear()
        self.faction_filter.addItem(self.tr("Alle fracties"), "")
        for f in self.context.factions:
            self.faction_filter.addItem(f.name, f.name)
        index = self.faction_filter.findData(current) if current else 0
        self.faction_filter.setCurrentIndex(max(0, index))
        self.faction_filter.blockSignals(False)

    def _apply_filter(self) -> None:
        faction, stance = self.faction_filter.currentData() or "", self.stance_filter.currentData() or ""
        if faction or stance:
            self.model.load_all()  # a filter looks at every note, not the first few
        self.filter.set_filter(faction, stance)
        if not (faction or stance):  # back to the first few, and as far as the note selected
            self.model.fold_to(self.filter.mapToSource(self.list.currentIndex()).row())
        if self.list.currentIndex().isValid():  # the note selected stays in sight
            self.list.scrollTo(self.list.currentIndex())
        if self.filter.rowCount() and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.filter.index(0, 0))
        self._update_empty()
        self._update_buttons()

    def clear_filters(self) -> None:
        self.faction_filter.setCurrentIndex(0)
        self.stance_filter.setCurrentIndex(0)

    def filter_on(self, faction: str) -> None:
        """From the clerk's overview: one faction's annotations, any stance."""
        self.stance_filter.setCurrentIndex(0)
        self.faction_filter.setCurrentIndex(max(0, self.faction_filter.findData(faction)))

    def selected(self) -> Annotation | None:
        index = self.list.currentIndex()
        return index.data(ObjectRole) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        principle = self.context.current_principle
        if current.isValid() and principle is not None:
            self._chosen[principle.id] = current.data(ObjectRole).id
        self._show_detail(current.data(ObjectRole) if current.isValid() else None)
        self._update_buttons()

    def _show_detail(self, a: Annotation | None) -> None:
        if a is None:
            self.detail.setHtml("")
            return
        quote = ""
        if a.anchor is not None:
            quote = f"<blockquote><i>“{escape(a.anchor.quote[:500])}”</i></blockquote>"
        version_word = self.tr("versie")
        included = self.tr("opgenomen in de concept-zienswijze")
        draft = f" · ★ {escape(included)}" if a.include_in_draft else ""
        header = (
            f"<p><b>{escape(a.faction_name)}</b> · {escape(a.author)} · {escape(stance_label(a.stance))}"
            f" · {escape(visibility_label(a.visibility))}<br/><small>{a.updated_at:%d-%m-%Y %H:%M}"
            f" · {escape(version_word)} {a.version}{draft}</small></p>"
        )
        if self._markdown:
            body = markdown_to_html(a.body)
        else:  # before the first paint: the words without their marks (see hold_markdown)
            body = "".join(f"<p>{escape(plain_preview(part))}</p>" for part in a.body.split("\n\n") if part.strip())
        self.detail.setHtml(header + quote + body)

    def hold_markdown(self) -> None:
        """Until :meth:`release_markdown`, the note shown below the list has its words without
        their Markdown: loading the Markdown parser cost 33 ms of a member's start, before the
        window could be painted."""
        self._markdown = False

    def release_markdown(self) -> None:
        """The note shown below the list rendered as Markdown (after the first paint)."""
        if not self._markdown:
            self._markdown = True
            self._show_detail(self.selected())

    def show_annotation(self, annotation_id: str) -> None:
        """Select an annotation (e.g. after clicking its highlight), switching principle if needed."""
        target = next((a for a in self.context.annotations if a.id == annotation_id), None)
        if target is None:
            return
        current = self.context.current_principle
        if target.principle_number is not None and (current is None or current.id != target.principle_id):
            self.context.select_principle(target.principle_number)
        row = self.model.row_of(annotation_id)
        if row < 0:
            return
        proxy = self.filter.mapFromSource(self.model.index(row))
        if not proxy.isValid():  # hidden by a filter: clear the filters to show it
            self.clear_filters()
            row = self.model.row_of(annotation_id)  # (the rows in view went back to the first few)
            proxy = self.filter.mapFromSource(self.model.index(row))
        self.list.setCurrentIndex(proxy)
        self.list.scrollTo(proxy)

    def _update_buttons(self) -> None:
        a = self.selected()
        own = a is not None and a.faction_name == self.context.faction
        has_principle = self.context.current_principle is not None
        self.context.member_can(has_principle, self.add_button, self.add_action)
        for w in (self.edit_button, self.delete_button, self.edit_action, self.delete_action):
            w.setEnabled(own)
        self.include_action.setEnabled(a is not None and self.context.is_griffie)  # the griffie's decision
        self.include_action.setChecked(bool(a and a.include_in_draft))
        # greyed out, it says why (the menu shows it in the status bar, a toolbar button as a tip)
        why = (
            ""
            if self.context.is_griffie
            else self.tr("De griffie neemt notities op in de concept-zienswijze; een fractie stuurt ze in haar pakket.")
        )
        self.include_action.setStatusTip(why)
        self.include_action.setToolTip(why or self.include_action.text().replace("&", ""))

    # --- editing (through undo commands) -------------------------------------------------------------

    def add(self, first: AnnotationDraft | None = None) -> None:
        """Annotatie toevoegen on the current principle; ``first``: a text kept when the program
        stopped before it was saved (``resume``)."""
        ctx = self.context
        principle = ctx.current_principle
        if ctx.view is None or principle is None or not ctx.ensure_member():
            return
        from raadsviewer.ui.dialogs import AnnotationDialog

        heading = self.tr("Uitgangspunt {n}: {title}").format(n=principle.shown_label, title=principle.title)
        on = {"dossier_id": ctx.view.dossier.id, "principle_id": principle.id}
        until_saved(
            lambda retry: self._ask(
                AnnotationDialog(ctx.window, heading=heading, draft=retry).reopens("annotation", "add", **on), retry
            ),
            lambda draft: self.push_add(principle_number=principle.number, draft=draft),
            first,
        )

    def resume(self, action: str, target: dict[str, Any], draft: AnnotationDraft, *, check: bool = False) -> bool:
        """Put a note kept when the program stopped back into the editor it was written in (or
        with ``check``, only say whether it can be): on its principle, its selected text, or the
        note it was an edit of, when they are still there and this laptop's faction may write."""
        ctx = self.context
        if ctx.view is None or target.get("dossier_id") != ctx.view.dossier.id:
            return False
        if action == "add":
            principle = ctx.principle_by_id(str(target.get("principle_id")))
            if principle is None:
                return False
            if not check:
                ctx.select_principle(principle.number)
                self.add(draft)
            return True
        if action == "selection":
            doc = ctx.document(str(target.get("document_id")))
            start, end = target.get("start"), target.get("end")
            if doc is None or type(start) is not int or type(end) is not int or not 0 <= start < end <= len(doc.text):
                return False
            if not check:
                self.annotate_selection(doc.id, start, end, draft)
            return True
        if action == "edit":
            a = next((a for a in ctx.annotations if a.id == target.get("annotation_id")), None)
            if a is None or a.faction_name != ctx.faction:
                return False
            if not check:
                self.show_annotation(a.id)
                self._edit(a, draft)
            return True
        return False

    @staticmethod
    def _ask(dialog: AnnotationDialog, retry: AnnotationDraft | None) -> AnnotationDraft | None:
        """The note written in ``dialog``; ``retry``: it shows a note whose save was refused."""
        if retry is not None:
            dialog.unsaved()
        return dialog.draft() if answered(dialog) else None

    def push_add(self, **kwargs: Any) -> bool:
        """Add the note as an undo step; False when the store refused it (the refusal is shown)."""
        from raadsviewer.ui.undo import AddAnnotation

        ctx = self.context
        assert ctx.view is not None
        command = AddAnnotation(ctx, dossier_id=ctx.view.dossier.id, faction=ctx.faction, member=ctx.member, **kwargs)
        ctx.undo_stack.push(command)
        return not command.failed

    def annotate_selection(self, document_id: str, start: int, end: int, first: AnnotationDraft | None = None) -> None:
        ctx = self.context
        if ctx.view is None or not ctx.ensure_member():
            return
        doc = ctx.document(document_id)
        if doc is None:
            return
        quote = doc.text[start:end].strip()
        start = doc.text.find(quote, start)
        principle = ctx.current_principle
        framework = ctx.view.framework
        if framework is not None and doc.id == framework.id:  # the principle is where the text stands
            principle = next((p for p in ctx.view.principles if p.start <= start < p.end), None)
        from raadsviewer.ui.dialogs import AnnotationDialog

        heading = self.tr("Annotatie bij geselecteerde tekst in {doc}").format(doc=doc.title)
        if principle is not None:
            heading += " — " + self.tr("uitgangspunt {n}").format(n=principle.shown_label)
        on = {"dossier_id": ctx.view.dossier.id, "document_id": doc.id, "start": start, "end": start + len(quote)}
        until_saved(
            lambda retry: self._ask(
                AnnotationDialog(ctx.window, heading=heading, quote=quote, draft=retry).reopens(
                    "annotation", "selection", **on
                ),
                retry,
            ),
            lambda draft: self.push_add(
                principle_number=principle.number if principle else None,
                draft=draft,
                quote=quote,
                document_id=doc.id,
                position_hint=start,
            ),
            first,
        )

    def edit(self) -> None:
        a = self.selected()
        if a is None or a.faction_name != self.context.faction:
            return
        self._edit(a)

    def _edit(self, a: Annotation, first: AnnotationDraft | None = None) -> None:
        from raadsviewer.ui.dialogs import AnnotationDialog
        from raadsviewer.ui.undo import EditAnnotation, WithdrawAnnotation

        old = AnnotationDraft(body=a.body, stance=a.stance, visibility=a.visibility)

        def save(new: AnnotationDraft) -> bool:
            if new == old:
                return True
            command: EditAnnotation | WithdrawAnnotation = EditAnnotation(self.context, a, new)
            if narrower(new.visibility, old.visibility):
                choice = self._narrowed(a, new.visibility)
                if choice is None:
                    return False  # back to the editor, with what was typed
                if choice:
                    command = WithdrawAnnotation(self.context, a, new)
            self.context.undo_stack.push(command)
            return not command.failed

        heading, quote = self.tr("Annotatie bewerken"), a.anchor.quote if a.anchor else None
        on = {"dossier_id": a.dossier_id, "annotation_id": a.id}
        until_saved(
            lambda retry: self._ask(
                AnnotationDialog(self.context.window, heading=heading, quote=quote, draft=retry or old).reopens(
                    "annotation", "edit", **on
                ),
                retry,
            ),
            save,
            first,
        )

    def _narrowed(self, a: Annotation, now: Visibility) -> bool | None:
        """Asked before an edit makes a shared note visible to fewer (``ui.undo.ask_before_narrowing``):
        take it back (True), narrower from now on only (False), or back to the editor (None)."""
        from raadsviewer.ui.undo import ask_before_narrowing

        return ask_before_narrowing(self.context, a.id, now)

    def delete(self) -> None:
        a = self.selected()
        if a is None or a.faction_name != self.context.faction:
            return
        from raadsviewer.ui.undo import DeleteAnnotation

        self.context.undo_stack.push(DeleteAnnotation(self.context, a))
        self.context.status(self.tr("Annotatie verwijderd — Ctrl+Z maakt dit ongedaan"), 6000)

    def toggle_include_in_draft(self) -> None:
        from raadsviewer.ui.undo import IncludeInDraft

        a = self.selected()
        if a is not None:
            include = IncludeInDraft(self.context, a.id, not a.include_in_draft)  # (it says what it did)
            self.context.undo_stack.push(include)
