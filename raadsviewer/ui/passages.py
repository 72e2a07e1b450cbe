"""The Passages tab: the background passages that best discuss the principle being read, from the
same ranking that opens the background tabs; a faction confirms or removes them, or links a
passage the ranking missed from a selection."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.linking import confidence
from raadsviewer.domain.model import Principle
from raadsviewer.ui import svc
from raadsviewer.ui.context import DossierContext

if TYPE_CHECKING:
    from raadsviewer.services.links import LinkedPassage, PrincipleLinks


def confidence_label(score: float | None) -> str:
    words = {
        "sure": QCoreApplication.translate("Passages", "zeker"),
        "likely": QCoreApplication.translate("Passages", "waarschijnlijk"),
        "possible": QCoreApplication.translate("Passages", "mogelijk"),
    }
    return words.get(confidence(score), "")


class PassagesPane(QWidget):
    """The ranked passages on the selected principle; confirm, remove, go there."""

    showRequested = Signal(str, int, int)  # document id, start, end

    def __init__(self, context: DossierContext) -> None:
        super().__init__()
        self.context = context
        self.passages: list[LinkedPassage] = []
        self._sections: list[list[LinkedPassage]] = []  # per entry: the ranked paragraphs it stands for
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Gerelateerde passages"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.itemDoubleClicked.connect(lambda _i: self.show_selected())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.show_button = QPushButton(self.tr("&Tonen"))
        self.confirm_button = QPushButton(self.tr("Be&vestigen"))
        self.remove_button = QPushButton(self.tr("We&ghalen"))
        self.show_button.clicked.connect(lambda _c=False: self.show_selected())
        self.confirm_button.clicked.connect(lambda _c=False: self._act("confirm"))
        self.remove_button.clicked.connect(lambda _c=False: self._act("remove"))
        buttons = QHBoxLayout()
        for b in (self.show_button, self.confirm_button, self.remove_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        context.principleChanged.connect(lambda _p: self.refresh())
        context.rankingReady.connect(self._ranked)
        context.linksChanged.connect(self.refresh)
        self._update_buttons()

    def refresh(self) -> None:
        if not self.isVisible():
            return  # ranked when the tab is shown
        principle = self.context.current_principle
        self.list.clear()
        self.passages = []
        self._sections = []
        if principle is None:
            self.note.setText(self.tr("Kies een uitgangspunt."))
            self._update_buttons()
            return
        ranking = self.context.ranking(principle)
        if ranking is not None:
            self._ranked(ranking)
        else:
            self.note.setText(self.tr("Passages worden gezocht…"))

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.refresh()

    def _ranked(self, links: PrincipleLinks) -> None:
        principle: Principle | None = self.context.current_principle
        if principle is None or links.principle.id != principle.id or not self.isVisible():
            return
        # One entry per section: its paragraphs inherit the section's heading and score, so listing
        # them all would repeat the same place; a confirmed or hand-added passage is always kept.
        entry: dict[tuple[str, str], int] = {}
        self.list.clear()
        self.passages = []
        self._sections = []
        for p in links.passages:
            key = (p.document_id, p.section_heading)
            if key in entry and not (p.confirmed or p.added_by):
                self._sections[entry[key]].append(p)
                continue
            entry.setdefault(key, len(self.passages))
            self.passages.append(p)
            self._sections.append([p])
        for p in self.passages:
            mark = "✓ " if p.confirmed else ""
            sureness = f" · {confidence_label(p.score)}" if p.score is not None else ""
            page = self.tr(" · p. {n}").format(n=p.page) if p.page else ""
            heading = f" · “{p.section_heading}”" if p.section_heading else ""
            item = QListWidgetItem(f"{mark}{p.document_title}{heading}{page}{sureness}\n{p.excerpt}")
            tip = p.excerpt
            if p.score is not None:
                tip = (
                    self.tr("Score {score:.2f} ({word})").format(score=p.score, word=confidence_label(p.score))
                    + "\n\n"
                    + tip
                )
            item.setToolTip(tip)
            self.list.addItem(item)
        if self.passages:
            self.note.setText(
                self.tr("Passages over uitgangspunt {n}, best passend eerst.").format(n=principle.shown_label)
            )
            self.list.setCurrentRow(0)
        else:
            self.note.setText(
                self.tr(
                    "Geen duidelijke passage over uitgangspunt {n}. Selecteer tekst in een achtergronddocument "
                    "en kies 'Koppel selectie aan het uitgangspunt' om er zelf een te koppelen."
                ).format(n=principle.shown_label)
            )
        self._update_buttons()

    def selected(self) -> LinkedPassage | None:
        row = self.list.currentRow()
        return self.passages[row] if 0 <= row < len(self.passages) else None

    def _update_buttons(self) -> None:
        p = self.selected()
        self.show_button.setEnabled(p is not None)
        self.context.member_can(p is not None, self.remove_button)
        self.context.member_can(p is not None and self.context.faction not in p.confirmed_by, self.confirm_button)

    def show_selected(self) -> None:
        p = self.selected()
        if p is not None:
            self.showRequested.emit(p.document_id, p.start, p.end)

    def _act(self, action: str) -> None:
        ctx = self.context
        p, principle = self.selected(), ctx.current_principle
        if p is None or principle is None or ctx.view is None or not ctx.ensure_member():
            return
        try:
            if action == "confirm":
                svc.links.confirm_link(
                    ctx.store,
                    ctx.view.dossier.id,
                    principle.number,
                    p.document_id,
                    p.start,
                    p.end,
                    faction=ctx.faction,
                    member=ctx.member,
                )
            else:  # the entry is its section: every paragraph of it shown under it goes
                svc.links.remove_links(
                    ctx.store,
                    ctx.view.dossier.id,
                    principle.number,
                    p.document_id,
                    [(q.start, q.end) for q in self._sections[self.list.currentRow()]],
                    faction=ctx.faction,
                    member=ctx.member,
                )
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.reload_links()

    def link_selection(self, document_id: str, start: int, end: int) -> None:
        """A passage the ranking missed, selected in a background document, linked by hand."""
        ctx = self.context
        principle = ctx.current_principle
        if ctx.view is None or principle is None or not ctx.ensure_member():
            return
        document = ctx.document(document_id)
        if document is None:
            return
        try:
            svc.links.add_link(
                ctx.store,
                ctx.view.dossier.id,
                principle.number,
                quote=document.text[start:end],
                faction=ctx.faction,
                member=ctx.member,
                document_id=document_id,
                position_hint=start,
            )
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.reload_links()
