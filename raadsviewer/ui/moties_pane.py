"""The Moties tab: the dossier's moties, the selected one as it reads, and what a member (write,
submit, hold over, withdraw) or the griffie (the vote) does with it. Writing goes through the undo
stack as amendments do; submitting, holding and withdrawing are decisions, not edits.

Moties belong to the dossier, not to one principle: the list shows them all, those about the
principle being read first and marked.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QSplitter, QVBoxLayout, QWidget

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Faction, Motie, MotieDraft, MotieStatus
from raadsviewer.ui import files, svc
from raadsviewer.ui.context import DossierContext
from raadsviewer.ui.document_view import SafeBrowser
from raadsviewer.ui.help import is_dark, readable
from raadsviewer.ui.modal import answered, saved_as, until_saved
from raadsviewer.ui.models import ObjectRole
from raadsviewer.ui.vote_dialog import status_words, votes_text

Answer = tuple[int, MotieDraft]  # the button the motie editor was closed with, and the motie

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {
    MotieStatus.CONCEPT: "#757575",
    MotieStatus.INGEDIEND: "#1565c0",
    MotieStatus.AANGEHOUDEN: "#6a1b9a",
    MotieStatus.AANGENOMEN: "#2e7d32",
    MotieStatus.VERWORPEN: "#c62828",
    MotieStatus.INGETROKKEN: "#8d6e63",
}


class MotiesModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[Motie] = []
        self._about: int | None = None

    def set_moties(self, items: list[Motie], about: int | None) -> None:
        """``about``: the principle being read; moties about it come first."""
        self.beginResetModel()
        self._about = about
        self._items = sorted(
            items,
            key=lambda m: (about is None or about not in m.principle_numbers, m.number or 10**6, m.draft_number),
        )
        self.endResetModel()

    def row_of(self, motie_id: str) -> int:
        return next((i for i, m in enumerate(self._items) if m.id == motie_id), -1)

    def moties(self) -> list[Motie]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        m = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            signers = ", ".join((m.faction_name, *m.cosigners))
            mark = " ◆" if self._about is not None and self._about in m.principle_numbers else ""
            return f"{m.label} · {m.title or '…'}{mark}\n{signers} · {status_words().get(str(m.status), m.status)}"
        if role == Qt.ItemDataRole.ToolTipRole and self._about is not None and self._about in m.principle_numbers:
            return self.tr("◆ gaat over het uitgangspunt dat u leest")
        if role == Qt.ItemDataRole.ForegroundRole:
            return (
                QColor(readable(STATUS_COLOURS[m.status], is_dark())) if m.status is not MotieStatus.CONCEPT else None
            )
        if role == ObjectRole:
            return m
        return None


def draft_of(m: Motie) -> MotieDraft:
    return MotieDraft(
        title=m.title,
        kind=m.kind,
        constaterende=m.constaterende,
        overwegende=m.overwegende,
        dictum=m.dictum,
        municipality=m.municipality,
        meeting_date=m.meeting_date,
        cosigners=m.cosigners,
        principle_numbers=m.principle_numbers,
        agenda_item=m.agenda_item,
    )


class MotiesPane(QWidget):
    def __init__(self, context: DossierContext) -> None:
        super().__init__()
        self.context = context
        self.model = MotiesModel(self)
        self.list = QListView()
        self.list.setObjectName("moties")
        self.list.setAccessibleName(self.tr("Moties"))
        self.list.setModel(self.model)
        self.list.setSpacing(2)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._on_current())
        self.list.doubleClicked.connect(lambda _i: self.edit())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = SafeBrowser()
        self.detail.setAccessibleName(self.tr("Geselecteerde motie"))
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        self.scope = QLabel()  # under "Bij uitgangspunt 7": these are the whole dossier's moties
        self.scope.setObjectName("motiesScope")
        self.scope.setWordWrap(True)
        self.scope.setStyleSheet("QLabel#motiesScope { color: palette(placeholder-text); }")
        listing_layout.addWidget(self.scope)
        listing_layout.addWidget(self.list, 1)
        listing_layout.addWidget(self.empty, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(listing)
        splitter.addWidget(self.detail)
        splitter.setSizes([200, 320])
        self.new_button = QPushButton(self.tr("&Nieuw…"))
        self.edit_button = QPushButton(self.tr("B&ewerken…"))
        self.submit_button = QPushButton(self.tr("&Indienen"))
        self.hold_button = QPushButton(self.tr("&Aanhouden"))
        self.withdraw_button = QPushButton(self.tr("In&trekken"))
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.vote_button = QPushButton(self.tr("&Stemming…"))
        self.export_button = QPushButton(self.tr("E&xporteren…"))
        rows = (
            (self.new_button, self.edit_button, self.submit_button, self.hold_button),
            (self.withdraw_button, self.delete_button, self.vote_button, self.export_button),
        )
        slots = {
            self.new_button: self.new,
            self.edit_button: self.edit,
            self.submit_button: lambda: self._decide(svc.moties.submit_motie),
            self.hold_button: lambda: self._decide(svc.moties.hold_motie),
            self.withdraw_button: self.withdraw,
            self.delete_button: self.delete,
            self.vote_button: self.vote,
            self.export_button: self.export,
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        for buttons in rows:
            line = QHBoxLayout()
            for button in buttons:
                button.clicked.connect(lambda _checked=False, f=slots[button]: f())
                line.addWidget(button)
            layout.addLayout(line)
        context.motiesChanged.connect(self.show_moties)
        context.principleChanged.connect(lambda _p: self.show_moties(None))
        context.identityChanged.connect(self._update_buttons)
        self.show_moties(None)

    # --- what is shown -------------------------------------------------------------------------

    def show_moties(self, focus_id: str | None = None) -> None:
        principle = self.context.current_principle
        current = self.selected()
        self.model.set_moties(
            [m for m in self.context.moties if not m.deleted], principle.number if principle else None
        )
        wanted = focus_id or (current.id if current else None)
        row = self.model.row_of(wanted) if wanted else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        empty = not self.model.rowCount()
        about = sum(1 for m in self.model.moties() if principle and principle.number in m.principle_numbers)
        self.scope.setText(
            self.tr("Alle moties van het dossier; ◆ {n} over uitgangspunt {p}, bovenaan").format(
                n=about, p=principle.shown_label
            )
            if principle is not None and about
            else self.tr("Alle moties van het dossier; geen over uitgangspunt {p}").format(p=principle.shown_label)
            if principle is not None
            else self.tr("Alle moties van het dossier")
        )
        self.scope.setVisible(not empty)
        self.list.setVisible(not empty)
        self.empty.setVisible(empty)
        self.empty.setText(
            self.tr("Nog geen moties in dit dossier. Die van de fracties komen in hun pakketten.")
            if self.context.is_griffie
            else self.tr("Nog geen moties in dit dossier. Schrijf er een met Nieuw….")
        )
        self._on_current()

    def selected(self) -> Motie | None:
        index = self.list.currentIndex()
        return index.data(ObjectRole) if index.isValid() else None

    def select(self, motie_id: str) -> None:
        row = self.model.row_of(motie_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def _on_current(self) -> None:
        self.show_detail(self.selected())
        self._update_buttons()

    def _update_buttons(self) -> None:
        m = self.selected()
        ctx = self.context
        own = m is not None and m.faction_name == ctx.faction and not ctx.is_griffie
        status = m.status if m is not None else None
        ctx.member_can(ctx.view is not None, self.new_button)
        self.edit_button.setEnabled(own and status is MotieStatus.CONCEPT)
        self.delete_button.setEnabled(own and status is MotieStatus.CONCEPT)
        self.submit_button.setEnabled(own and status in (MotieStatus.CONCEPT, MotieStatus.AANGEHOUDEN))
        self.hold_button.setEnabled(own and status is MotieStatus.INGEDIEND)
        # a concept is deleted (Ctrl+Z brings it back); withdrawing is for what the council has seen
        self.withdraw_button.setEnabled(own and status in (MotieStatus.INGEDIEND, MotieStatus.AANGEHOUDEN))
        # a decided motie too: its outcome may be corrected (a vote typed wrongly); one withdrawn or
        # held over: the griffie may take back what it recorded by mistake (Stemming… asks)
        voted_on = (
            MotieStatus.INGEDIEND,
            MotieStatus.AANGENOMEN,
            MotieStatus.VERWORPEN,
            MotieStatus.INGETROKKEN,
            MotieStatus.AANGEHOUDEN,
        )
        self.vote_button.setEnabled(m is not None and ctx.is_griffie and status in voted_on)
        self.export_button.setEnabled(m is not None)

    def show_detail(self, m: Motie | None) -> None:
        if m is None:
            self.detail.setHtml("")
            return
        from raadsviewer.domain.rendering import markdown_to_html
        from raadsviewer.export.motie import motie_to_markdown

        colour = readable(STATUS_COLOURS[m.status], is_dark(self))
        head = (
            f"<p><span style='color:{colour}'><b>{html.escape(status_words().get(str(m.status), m.status))}</b></span>"
        )
        if m.votes:
            head += f"<br/><small>{html.escape(votes_text(m.votes))}</small>"
        self.detail.setHtml(head + "</p>" + markdown_to_html(motie_to_markdown(m, self.context.lang, level=3)))

    # --- writing (through the undo stack) --------------------------------------------------------

    def _own_faction(self) -> Faction | None:
        return next((f for f in self.context.factions if f.name == self.context.faction), None)

    def _dialog(
        self, draft: MotieDraft | None, retry: Answer | None = None, on: dict[str, Any] | None = None
    ) -> Answer | None:
        """The editor's answer (its button, the motie); ``retry``: an answer whose save was
        refused, shown again as typed. ``on``: the motie edited (its id), kept with the text."""
        from raadsviewer.ui.motie_dialog import MotieDialog

        ctx = self.context
        own = self._own_faction()
        if own is None or ctx.view is None:
            return None
        settings = svc.council.council_settings(ctx.store, ctx.view.dossier.id)
        dialog = MotieDialog(
            ctx.window,
            own_faction=own,
            factions=ctx.factions,
            principles=list(ctx.view.principles),
            draft=retry[1] if retry else draft,
            municipality=settings.municipality,
            meeting_date=settings.meeting_date,
            lang=ctx.lang,
        )
        dialog.reopens("motie", "edit" if on else "new", dossier_id=ctx.view.dossier.id, **(on or {}))
        if retry is not None:
            dialog.unsaved()
        elif draft is None and ctx.current_principle is not None:
            dialog.check_principle(ctx.current_principle.number)
        if not answered(dialog):
            return None
        return dialog.choice, dialog.draft()

    def new(self, first: MotieDraft | None = None) -> None:
        """Nieuwe motie; ``first``: one kept when the program stopped before it was saved."""
        from raadsviewer.ui.motie_dialog import MotieDialog
        from raadsviewer.ui.undo import AddMotie

        ctx = self.context
        if ctx.view is None or not ctx.ensure_member():
            return

        def save(result: Answer) -> bool:
            assert ctx.view is not None
            choice, draft = result
            command = AddMotie(ctx, dossier_id=ctx.view.dossier.id, faction=ctx.faction, member=ctx.member, draft=draft)
            ctx.undo_stack.push(command)
            if command.failed:
                return False
            if choice == MotieDialog.SUBMIT and command.motie_id:
                self._decide(svc.moties.submit_motie, command.motie_id)
            return True

        until_saved(lambda retry: self._dialog(None, retry), save, (0, first) if first else None)

    def resume(self, action: str, target: dict[str, Any], draft: MotieDraft, *, check: bool = False) -> bool:
        """Put a motie kept when the program stopped back into its editor (or with ``check``,
        only say whether it can be): a new one, or the concept it was an edit of, when it is
        still there and this laptop's faction may write."""
        ctx = self.context
        if ctx.view is None or target.get("dossier_id") != ctx.view.dossier.id or self._own_faction() is None:
            return False
        if action == "new":
            if not check:
                self.new(draft)
            return True
        if action == "edit":
            try:
                m = svc.moties.get_motie(ctx.store, str(target.get("motie_id")))
            except UserFacingError:
                return False
            if m.faction_name != ctx.faction or m.status is not MotieStatus.CONCEPT:
                return False
            if not check:
                self.select(m.id)
                self._edit(m, draft)
            return True
        return False

    def edit(self) -> None:
        ctx = self.context
        m = self.selected()
        if m is None or m.faction_name != ctx.faction or m.status is not MotieStatus.CONCEPT:
            return
        self._edit(m)

    def _edit(self, m: Motie, first: MotieDraft | None = None) -> None:
        from raadsviewer.ui.motie_dialog import MotieDialog
        from raadsviewer.ui.undo import EditMotie

        ctx = self.context
        old = draft_of(m)

        def save(result: Answer) -> bool:
            choice, new = result
            if new != old:
                command = EditMotie(ctx, m.id, old, new, m.revision_id)
                ctx.undo_stack.push(command)
                if command.failed:
                    return False
            if choice == MotieDialog.SUBMIT:
                self._decide(svc.moties.submit_motie, m.id)
            return True

        until_saved(lambda retry: self._dialog(old, retry, {"motie_id": m.id}), save, (0, first) if first else None)

    def delete(self) -> None:
        from raadsviewer.ui.undo import DeleteMotie

        m = self.selected()
        if m is None or m.faction_name != self.context.faction:
            return
        self.context.undo_stack.push(DeleteMotie(self.context, m.id))
        self.context.status(self.tr("Motie verwijderd — Ctrl+Z maakt dit ongedaan"), 6000)

    def withdraw(self) -> None:
        """Withdrawing is final (the council sees it withdrawn): asked first."""
        from PySide6.QtWidgets import QMessageBox

        m = self.selected()
        if m is None:
            return
        asked = QMessageBox.question(
            self.context.window,
            self.tr("Motie intrekken"),
            self.tr(
                "Motie {label} intrekken? De raad ziet dat zij is ingetrokken; dit kan niet ongedaan worden gemaakt."
            ).format(label=m.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if asked == QMessageBox.StandardButton.Yes:
            self._decide(svc.moties.withdraw_motie, m.id)

    def _decide(self, action: object, motie_id: str | None = None) -> None:
        """Submitting, holding over and withdrawing are decisions, not edits: not on the undo stack,
        and the history of edits to this motie ends here (Ctrl+Z cannot take them back any more)."""
        ctx = self.context
        target = motie_id or (self.selected().id if self.selected() else None)
        if target is None or not callable(action):
            return
        try:
            done = action(ctx.store, target, faction=ctx.faction)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        stack = ctx.undo_stack
        fenced = any(getattr(stack.command(i), "motie_id", None) == target for i in range(stack.count()))
        if fenced:
            stack.clear()
        ctx.reload_moties(done.id)
        said = self.tr("{label}: {status}").format(label=done.label, status=status_words().get(str(done.status)))
        if fenced:  # as the amendments pane says it: the history of edits ends here
            said += " " + self.tr("Eerdere stappen kunnen niet meer ongedaan worden gemaakt.")
        ctx.status(said, 10000 if fenced else 6000)

    # --- the griffie's part, and the document ----------------------------------------------------

    def vote(self) -> None:
        from raadsviewer.ui.vote_dialog import ask_vote

        m = self.selected()
        if m is not None and ask_vote(self.context, m.id) is not None:
            self.context.reload_moties(m.id)

    def export(self, path: str | None = None) -> None:

        ctx = self.context
        m = self.selected()
        if m is None or ctx.view is None:
            return
        if path is None:
            name = self.tr("motie")
            path, chosen = files.save_name(
                ctx.settings,
                ctx.window,
                self.tr("Motie exporteren"),
                f"{name}-{m.label}.docx",
                "Word (*.docx);;PDF (*.pdf);;Markdown (*.md);;HTML (*.html)",
            )
            if not path:
                return
        else:
            chosen = ""
        target, fmt = saved_as(path, chosen, "docx")
        path = str(target)
        from raadsviewer.ui.pdf import write_pdf

        try:
            svc.moties.export_motie(
                ctx.store, ctx.view.dossier.id, m.id, fmt, Path(path), lang=ctx.lang, pdf_writer=write_pdf
            )
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(self.tr("Opgeslagen: {path}").format(path=path), 8000)
