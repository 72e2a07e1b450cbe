"""Uitgangspunten aanpassen…: when the reader picked the wrong list, or cut a principle wrong, the
user puts it right in a minute: another of the lists the reader considered, a passage marked as
a principle (or as the start of the next), a principle split, merged, renamed, renumbered or
removed. Every correction is shown first (what the list becomes) and applied only on
"Toepassen"; applied, it is a step on the undo stack. Corrections are an edit layer over the
reader's output (``services.principles``), so they survive a new version of the document and
travel in the griffie's dossier."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.ui import svc
from raadsviewer.ui.actions import make_action
from raadsviewer.ui.context import DossierContext
from raadsviewer.ui.document_view import DocumentView
from raadsviewer.ui.layout import fit_to_screen

Action = Callable[..., Any]


def _line(label: str, title: str) -> str:
    return f"{label}. {title}"


class CorrectPrinciples(QUndoCommand):
    """One correction of the principles as an undo step: redo applies it (again), undo takes the
    document's last correction back."""

    def __init__(
        self,
        context: DossierContext,
        text: str,
        action: Action,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        title: str | None,
    ) -> None:
        super().__init__(text)
        self.context, self.action, self.args, self.kwargs, self.title = context, action, args, kwargs, title

    def redo(self) -> None:
        self._call(lambda: self.action(self.context.store, self._dossier(), self.title, *self.args, **self.kwargs))

    def undo(self) -> None:
        self._call(lambda: svc.principles.undo_last(self.context.store, self._dossier(), self.title))

    def _dossier(self) -> str:
        assert self.context.view is not None
        return self.context.view.dossier.id

    def _call(self, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except UserFacingError as error:
            self.setObsolete(True)
            self.context.show_error(error)
            return
        ctx = self.context
        number = ctx.current_principle.number if ctx.current_principle else None
        ctx.load_dossier(self._dossier(), number)  # the principles are part of the dossier as read


class PrinciplesEditor(QDialog):
    def __init__(self, context: DossierContext) -> None:
        super().__init__(context.window)
        self.context = context
        self.setWindowTitle(self.tr("Uitgangspunten aanpassen"))
        fit_to_screen(self, 1180, 760)
        self._pending: tuple[str, Action, tuple[Any, ...], dict[str, Any]] | None = None
        self.state: Any = None
        self.document = QComboBox()
        self.document.setAccessibleName(self.tr("Document"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.current = QListWidget()
        self.current.setWordWrap(True)
        self.current.setAccessibleName(self.tr("Uitgangspunten nu"))
        self.current.currentRowChanged.connect(lambda _r: self._selected_changed())
        self.text = DocumentView()
        self.text.setAccessibleName(self.tr("Tekst van het document"))
        self.candidates = QComboBox()
        self.candidates.setAccessibleName(self.tr("Lijsten die de lezer overwoog"))
        self.preview = QListWidget()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Voorbeeld na de correctie"))
        self.preview_note = QLabel(self.tr("Kies een correctie: hier ziet u eerst wat de lijst wordt."))
        self.preview_note.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Toepassen"))
        self.cancel_button = QPushButton(self.tr("Niet t&oepassen"))
        self.apply_button.clicked.connect(lambda _c=False: self.apply())
        self.cancel_button.clicked.connect(lambda _c=False: self._clear_pending())
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Correcties tot nu toe"))
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, (key, text, slot) in enumerate(
            (
                ("rename", self.tr("T&itel wijzigen…"), self.ask_rename),
                ("label", self.tr("Nu&mmer wijzigen…"), self.ask_label),
                ("merge", self.tr("&Samenvoegen met het volgende"), self.ask_merge),
                ("remove", self.tr("&Geen uitgangspunt"), self.ask_remove),
                ("split", self.tr("S&plitsen bij de selectie"), self.ask_split),
                ("mark", self.tr("Selectie is een &uitgangspunt"), lambda: self.ask_mark(False)),
                ("next", self.tr("Selectie &begint het volgende"), lambda: self.ask_mark(True)),
                ("renumber", self.tr("Alles opnieuw nummer&en"), self.ask_renumber),
            )
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, f=slot: f())
            self.buttons[key] = button
            grid.addWidget(button, n // 2, n % 2)
        use = QPushButton(self.tr("Deze &lijst gebruiken"))
        use.clicked.connect(lambda _c=False: self.ask_candidate())
        self.buttons["candidate"] = use
        candidates_row = QHBoxLayout()
        candidates_row.addWidget(self.candidates, 1)
        candidates_row.addWidget(use)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Uitgangspunten nu")))
        left_layout.addWidget(self.current, 1)
        left_layout.addLayout(grid)
        left_layout.addWidget(QLabel(self.tr("Of een andere lijst die de lezer overwoog:")))
        left_layout.addLayout(candidates_row)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(QLabel(self.tr("Tekst (selecteer om te markeren of te splitsen)")))
        middle_layout.addWidget(self.text, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Voorbeeld")))
        right_layout.addWidget(self.preview_note)
        right_layout.addWidget(self.preview, 1)
        pending = QHBoxLayout()
        pending.addWidget(self.apply_button)
        pending.addWidget(self.cancel_button)
        right_layout.addLayout(pending)
        right_layout.addWidget(QLabel(self.tr("Correcties tot nu toe (Ctrl+Z maakt de laatste ongedaan)")))
        right_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for part in (left, middle, right):
            splitter.addWidget(part)
        splitter.setSizes([380, 460, 340])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Document:")))
        top.addWidget(self.document, 1)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.document.currentIndexChanged.connect(lambda _i: self.refresh())
        context.dossierReplaced.connect(self.refresh)
        self._fill_documents()
        self.refresh()

    # --- what is shown ---------------------------------------------------------------------------------

    def _fill_documents(self) -> None:
        view = self.context.view
        self.document.blockSignals(True)
        self.document.clear()
        for d in view.documents if view is not None else ():
            if d.role.value == "framework":
                self.document.addItem(d.title, d.id)
        self.document.blockSignals(False)

    def title(self) -> str | None:
        return self.document.currentText() or None

    def refresh(self) -> None:
        ctx = self.context
        if ctx.view is None or not self.document.count():
            return
        try:
            state = svc.principles.document_principles(ctx.store, ctx.view.dossier.id, self.title())
        except UserFacingError as error:
            self.note.setText(error.message(ctx.lang))
            return
        self.state = state
        document = ctx.document(str(self.document.currentData()))
        if document is not None and (self.text.document_model is None or self.text.document_model.id != document.id):
            self.text.set_document(document)
        row = self.current.currentRow()
        self.current.clear()
        for p in state.principles:
            self.current.addItem(_line(p.shown_label, p.title))
        self.current.setCurrentRow(min(max(row, 0), self.current.count() - 1))
        self.candidates.clear()
        for c in state.candidates:
            words = self._reason(c)
            chosen = self.tr(" (in gebruik)") if c.chosen else ""
            # the count and the certainty first: a narrow box cuts the end, the reason, off
            text = self.tr("{rank}. {count} punten, {sure:.0%} zeker{chosen} — {reason}").format(
                rank=c.rank, reason=words, count=len(c.principles), sure=c.confidence, chosen=chosen
            )
            self.candidates.addItem(text, c.rank)
            self.candidates.setItemData(self.candidates.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        view = self.candidates.view()  # the open list shows each whole
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 8)
        self.history.clear()
        for correction, status in zip(state.corrections, state.statuses, strict=True):
            text = f"{correction.op}: {correction.title or correction.label or ''}".rstrip(": ")
            item = QListWidgetItem(text if status == "applied" else f"{text} — {self._status(status)}")
            self.history.addItem(item)
        corrected = self.tr("Aangepast: {n} correcties.").format(n=len(state.corrections)) if state.corrected else ""
        low = next((c for c in state.candidates if c.chosen and c.confidence < 0.5), None)
        doubt = self.tr("De lezer was niet zeker van deze lijst: controleer de uitgangspunten.") if low else ""
        self.note.setText(" ".join(t for t in (corrected, doubt) if t))
        self._clear_pending()

    def _reason(self, candidate: Any) -> str:
        from raadsviewer.messages import candidate_reason

        return candidate_reason(candidate.reason, dict(candidate.params), self.context.lang)

    def _status(self, code: str) -> str:
        from raadsviewer.messages import format_error

        return format_error(f"correction_{code}", {}, self.context.lang)

    def _selected(self) -> Any:
        row = self.current.currentRow()
        principles = self.state.principles if self.state is not None else ()
        return principles[row] if 0 <= row < len(principles) else None

    def _selected_changed(self) -> None:
        p = self._selected()
        if p is not None:
            self.text.set_principle_highlight((p.start, p.end))
            self.text.scroll_to_offset(p.start)

    def selected_label(self) -> str | None:
        p = self._selected()
        return p.shown_label if p is not None else None

    def selected_text(self) -> str | None:
        span = self.text.selected_span()
        if span is None or self.text.document_model is None:
            return None
        return self.text.document_model.text[span[0] : span[1]].strip() or None

    # --- corrections: asked, previewed, applied ------------------------------------------------------

    def _propose(self, description: str, action: Action, *args: Any, **kwargs: Any) -> None:
        ctx = self.context
        assert ctx.view is not None
        try:
            outcome = svc.principles.preview(action, ctx.store, ctx.view.dossier.id, self.title(), *args, **kwargs)
        except UserFacingError as error:
            self.preview.clear()
            self.preview_note.setText(error.message(ctx.lang))
            self._pending = None
            self._update_pending()
            return
        before = {(p.shown_label, p.title) for p in self.state.principles} if self.state is not None else set()
        self.preview.clear()
        for p in outcome:
            item = QListWidgetItem(_line(p.shown_label, p.title))
            if (p.shown_label, p.title) not in before:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(self.tr("Nieuw of gewijzigd"))
            self.preview.addItem(item)
        gone = len(before - {(p.shown_label, p.title) for p in outcome})
        self.preview_note.setText(
            self.tr("{what}: {n} uitgangspunten, {gone} verdwijnen of veranderen (vet: nieuw of gewijzigd).").format(
                what=html.unescape(description), n=len(outcome), gone=gone
            )
        )
        self._pending = (description, action, args, kwargs)
        self._update_pending()

    def _clear_pending(self) -> None:
        self._pending = None
        self.preview.clear()
        self.preview_note.setText(self.tr("Kies een correctie: hier ziet u eerst wat de lijst wordt."))
        self._update_pending()

    def _update_pending(self) -> None:
        self.apply_button.setEnabled(self._pending is not None)
        self.cancel_button.setEnabled(self._pending is not None)

    def apply(self) -> None:
        if self._pending is None:
            return
        description, action, args, kwargs = self._pending
        kwargs = {**kwargs, "author": self.context.member or self.tr("griffie")}
        self.context.undo_stack.push(CorrectPrinciples(self.context, description, action, args, kwargs, self.title()))
        self.refresh()

    def ask_rename(self) -> None:
        label = self.selected_label()
        if label is None:
            return
        current = self._selected().title
        title, ok = QInputDialog.getText(
            self, self.tr("Titel wijzigen"), self.tr("Nieuwe titel van {n}:").format(n=label), text=current
        )
        if ok and title.strip():
            self._propose(
                self.tr("Titel van {n} wijzigen").format(n=label), svc.principles.edit, label, new_title=title
            )

    def ask_label(self) -> None:
        label = self.selected_label()
        if label is None:
            return
        new, ok = QInputDialog.getText(
            self, self.tr("Nummer wijzigen"), self.tr("Nieuw nummer van {n}:").format(n=label), text=label
        )
        if ok and new.strip():
            self._propose(self.tr("Nummer van {n} wijzigen").format(n=label), svc.principles.edit, label, label=new)

    def ask_merge(self) -> None:
        label = self.selected_label()
        if label is not None:
            self._propose(self.tr("{n} samenvoegen met het volgende").format(n=label), svc.principles.merge, label)

    def ask_remove(self) -> None:
        label = self.selected_label()
        if label is not None:
            self._propose(self.tr("{n} is geen uitgangspunt").format(n=label), svc.principles.remove, label)

    def ask_split(self) -> None:
        label, at = self.selected_label(), self.selected_text()
        if label is None or at is None:
            self.preview_note.setText(
                self.tr("Kies links het uitgangspunt en selecteer in de tekst waar het nieuwe begint.")
            )
            return
        self._propose(self.tr("{n} splitsen").format(n=label), svc.principles.split, label, at)

    def ask_mark(self, starts_next: bool) -> None:
        quote = self.selected_text()
        if quote is None:
            self.preview_note.setText(self.tr("Selecteer eerst de tekst in het document."))
            return
        what = (
            self.tr("Selectie begint het volgende uitgangspunt")
            if starts_next
            else self.tr("Selectie als uitgangspunt")
        )
        self._propose(what, svc.principles.mark, quote, starts_next=starts_next)

    def ask_renumber(self) -> None:
        self._propose(self.tr("Alles opnieuw nummeren"), svc.principles.renumber_all)

    def ask_candidate(self) -> None:
        rank = self.candidates.currentData()
        if rank is not None:
            self._propose(self.tr("Lijst {rank} gebruiken").format(rank=rank), svc.principles.use_candidate, int(rank))


class PrinciplesController(QObject):
    def __init__(self, context: DossierContext) -> None:
        super().__init__(context)
        self.context = context
        self.editor: PrinciplesEditor | None = None
        self.edit_action = make_action(context.window, self.tr("&Uitgangspunten aanpassen…"), self.show_editor)

    def show_editor(self) -> None:
        if self.context.view is None or self.context.view.framework is None:
            return
        if self.editor is None:
            self.editor = PrinciplesEditor(self.context)
        else:
            self.editor.refresh()
        self.editor.show()
        self.editor.raise_()
