"""Amendments on the selected principle: a list, the council-ready wording with its diff, and the
clerk's vote dialog. Edits go through the undo stack like annotations do."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.amendments import amendment_diff, operative_text, seats_summary
from raadsviewer.domain.diff import diff_html
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Amendment, AmendmentDraft, AmendmentStatus, Faction
from raadsviewer.domain.rendering import markdown_to_html
from raadsviewer.ui import files, svc
from raadsviewer.ui.context import DossierContext
from raadsviewer.ui.document_view import SafeBrowser
from raadsviewer.ui.help import is_dark, readable
from raadsviewer.ui.modal import answered, saved_as, until_saved
from raadsviewer.ui.models import ObjectRole

if TYPE_CHECKING:
    from raadsviewer.ui.amendment_dialog import AmendmentDialog, AmendmentTarget

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {
    AmendmentStatus.CONCEPT: "#757575",
    AmendmentStatus.INGEDIEND: "#1565c0",
    AmendmentStatus.AANGENOMEN: "#2e7d32",
    AmendmentStatus.VERWORPEN: "#c62828",
    AmendmentStatus.INGETROKKEN: "#8d6e63",
}

Answer = tuple[int, AmendmentDraft]  # the button the amendment editor was closed with, and the amendment


def status_label(status: AmendmentStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        AmendmentStatus.CONCEPT: QCoreApplication.translate("AmendmentStatus", "concept"),
        AmendmentStatus.INGEDIEND: QCoreApplication.translate("AmendmentStatus", "ingediend"),
        AmendmentStatus.AANGENOMEN: QCoreApplication.translate("AmendmentStatus", "aangenomen"),
        AmendmentStatus.VERWORPEN: QCoreApplication.translate("AmendmentStatus", "verworpen"),
        AmendmentStatus.INGETROKKEN: QCoreApplication.translate("AmendmentStatus", "ingetrokken"),
    }
    return labels[status]


def out_of_date_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "AmendmentStatus",
        "Verouderd: de te wijzigen tekst staat niet (meer) in deze versie van het uitgangspunt. Het dictum "
        "kan niet worden uitgevoerd zoals het er staat, tot de fractie het amendement bijwerkt.",
    )


def stale_amendments(items: list[Amendment], principle_text: str) -> set[str]:
    """The amendments whose old text is no longer in what they change: the principle, or for a
    sub-amendment the new text of the amendment it amends (``domain.amendments.is_out_of_date``)."""
    from raadsviewer.domain.amendments import is_out_of_date

    by_id = {a.id: a for a in items}
    stale = set()
    for a in items:
        parent = by_id.get(a.parent_id) if a.parent_id else None
        target = parent.new_text if parent is not None else principle_text
        if a.status not in (AmendmentStatus.AANGENOMEN, AmendmentStatus.VERWORPEN) and is_out_of_date(a, target):
            stale.add(a.id)
    return stale


class AmendmentsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[Amendment] = []
        self.out_of_date: set[str] = set()

    def set_amendments(self, items: list[Amendment], out_of_date: set[str] | None = None) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda a: a.number)
        self.out_of_date = out_of_date or set()
        self.endResetModel()

    def amendment(self, row: int) -> Amendment | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, amendment_id: str) -> int:
        return next((i for i, a in enumerate(self._items) if a.id == amendment_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        a = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            signers = ", ".join((a.faction_name, *a.cosigners))
            stale = " · " + self.tr("verouderd") if a.id in self.out_of_date else ""
            return f"{a.label} · {a.title or '…'}\n{signers} · {status_label(a.status)}{stale}"
        if role == Qt.ItemDataRole.ToolTipRole and a.id in self.out_of_date:
            return out_of_date_text()
        if role == Qt.ItemDataRole.ForegroundRole:
            dark = is_dark()
            if a.id in self.out_of_date:
                return QColor(readable("#c62828", dark))
            return QColor(readable(STATUS_COLOURS[a.status], dark)) if a.status is not AmendmentStatus.CONCEPT else None
        if role == ObjectRole:
            return a
        return None


class AmendmentsPane(QWidget):
    """The Amendementen tab: the amendments on the principle being read, the council-ready wording
    of the selected one with its change word by word, and what a member or the clerk does with it."""

    def __init__(self, context: DossierContext) -> None:
        super().__init__()
        self.context = context
        self.model = AmendmentsModel(self)
        self.list = QListView()
        self.list.setObjectName("amendments")
        self.list.setAccessibleName(self.tr("Amendementen"))
        self.list.setModel(self.model)
        self.list.setSpacing(2)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._on_current())
        self.list.doubleClicked.connect(lambda _i: self.edit())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = SafeBrowser()
        self.detail.setAccessibleName(self.tr("Geselecteerd amendement"))
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.list, 1)
        listing_layout.addWidget(self.empty, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(listing)
        splitter.addWidget(self.detail)
        splitter.setSizes([220, 300])
        self.new_button = QPushButton(self.tr("&Nieuw…"))
        self.edit_button = QPushButton(self.tr("B&ewerken…"))
        self.submit_button = QPushButton(self.tr("&Indienen"))
        self.delete_button = QPushButton(self.tr("&Verwijderen"))
        self.vote_button = QPushButton(self.tr("&Stemming…"))
        self.export_button = QPushButton(self.tr("E&xporteren…"))
        for button, slot in (
            (self.new_button, self.new),
            (self.edit_button, self.edit),
            (self.submit_button, self.submit_selected),
            (self.delete_button, self.delete),
            (self.vote_button, self.vote),
            (self.export_button, self.export),
        ):
            button.clicked.connect(lambda _checked=False, f=slot: f())
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.submit_button):
            row1.addWidget(b)
        for b in (self.delete_button, self.vote_button, self.export_button):
            row2.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(row1)
        layout.addLayout(row2)
        context.amendmentsChanged.connect(self.show_principle)
        context.principleChanged.connect(lambda _p: self.show_principle(None))
        context.identityChanged.connect(self._update_buttons)
        self.show_principle(None)

    # --- what is shown ---------------------------------------------------------------------------------

    def show_principle(self, focus_id: str | None = None) -> None:
        principle = self.context.current_principle
        current = self.selected()
        items = [a for a in self.context.amendments if principle is not None and a.principle_id == principle.id]
        self.model.set_amendments(items, stale_amendments(items, principle.text) if principle is not None else None)
        wanted = focus_id or (current.id if current else None)
        row = self.model.row_of(wanted) if wanted else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        empty = not self.model.rowCount()
        self.list.setVisible(not empty)
        self.empty.setVisible(empty)
        if principle is None:
            self.empty.setText(self.tr("Kies links een uitgangspunt."))
        elif self.context.is_griffie:  # the griffie writes none: they come in the factions' packages
            self.empty.setText(
                self.tr(
                    "Nog geen amendementen op uitgangspunt {n}. Die van de fracties komen in hun pakketten."
                ).format(n=principle.shown_label)
            )
        else:
            self.empty.setText(
                self.tr(
                    "Nog geen amendementen op uitgangspunt {n}. Maak er een met Nieuw… of selecteer tekst en "
                    "kies 'Amendement op selectie…'."
                ).format(n=principle.shown_label)
            )
        self._on_current()

    def select(self, amendment_id: str) -> None:
        row = self.model.row_of(amendment_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def selected(self) -> Amendment | None:
        index = self.list.currentIndex()
        return index.data(ObjectRole) if index.isValid() else None

    def count(self) -> int:
        return self.model.rowCount()

    def _on_current(self) -> None:
        self.show_detail(self.selected())
        self._update_buttons()

    def _update_buttons(self) -> None:
        a = self.selected()
        own = a is not None and a.faction_name == self.context.faction
        concept = a is not None and a.status is AmendmentStatus.CONCEPT
        self.context.member_can(self.context.current_principle is not None, self.new_button)
        self.edit_button.setEnabled(own and concept)
        self.submit_button.setEnabled(own and concept)
        self.delete_button.setEnabled(own and concept)
        # the outcome and the votes are the griffie's to record
        self.vote_button.setEnabled(
            a is not None and a.status is not AmendmentStatus.CONCEPT and self.context.is_griffie
        )
        self.export_button.setEnabled(a is not None)

    def show_detail(self, a: Amendment | None) -> None:
        if a is None:
            self.detail.setHtml("")
            return
        esc = html.escape
        factions = self.context.factions
        by_name = {f.name: f for f in factions}
        council = sum(f.seats for f in factions)
        submitter = by_name.get(a.faction_name, Faction(a.faction_id, a.faction_name))
        summary = seats_summary(submitter, [by_name[n] for n in a.cosigners if n in by_name], council)
        signers = esc(", ".join((a.faction_name, *a.cosigners)))
        seats = ""
        if council and a.status in (AmendmentStatus.CONCEPT, AmendmentStatus.INGEDIEND):
            verdict = self.tr("meerderheid") if summary.majority else self.tr("geen meerderheid")
            seats = self.tr("{seats} van {council} zetels, {verdict}").format(
                seats=summary.seats, council=council, verdict=verdict
            )
        elif council:  # voted on: the votes say what the council did, not the signers' seats
            seats = self.tr("indieners: {seats} van {council} zetels").format(seats=summary.seats, council=council)
        votes = ""
        if a.faction_votes:
            from raadsviewer.ui.vote_dialog import votes_text

            votes = f"<p><small>{esc(votes_text(a.faction_votes))}</small></p>"
        where = self._lines_of(a)
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        colour = readable(STATUS_COLOURS[a.status], dark)
        parts = [
            f"<p><b>{esc(a.label)} · {esc(a.title or '…')}</b><br/>"
            f"<span style='color:{colour}'>{esc(status_label(a.status))}</span> · {signers}"
            f" ({esc(a.author)})<br/><small>{esc(' · '.join(x for x in (seats, where) if x))}</small></p>",
            votes,
            f"<p style='color:#c62828'><b>{esc(out_of_date_text())}</b></p>" if a.id in self.model.out_of_date else "",
            f"<p><i>{esc(operative_text(a, self.context.lang))}</i></p>",
            f"<p>{diff_html(amendment_diff(a), dark=dark)}</p>",
        ]
        if a.rationale.strip():
            rationale = self.tr("Toelichting")
            parts.append(f"<p><b>{esc(rationale)}</b></p>" + markdown_to_html(a.rationale))
        self.detail.setHtml("".join(parts))

    def _lines_of(self, a: Amendment) -> str:
        """ "regel 12-14": where the changed passage stands in this version of the framework."""
        from raadsviewer.domain.draft import passage_lines
        from raadsviewer.domain.lines import cite_lines

        view = self.context.view
        framework = view.framework if view is not None else None
        principle = self.context.principle_by_id(a.principle_id)
        if framework is None or principle is None or principle.document_id != framework.id or a.parent_id:
            return ""
        span = passage_lines(a, principle, framework.text)
        return cite_lines(span, self.context.lang) if span else ""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the diff's colours follow the theme
            self.show_detail(self.selected())

    # --- writing amendments (through the undo stack) ------------------------------------------------------

    def _own_faction(self) -> Faction | None:
        return next((f for f in self.context.factions if f.name == self.context.faction), None)

    def editor(self, target: AmendmentTarget, draft: AmendmentDraft | None = None) -> AmendmentDialog | None:
        """The amendment editor for a target (a principle or a passage), not shown yet."""
        from raadsviewer.ui.amendment_dialog import AmendmentDialog

        ctx = self.context
        own = self._own_faction()
        if own is None or ctx.view is None:
            return None
        return AmendmentDialog(
            ctx.window,
            target=target,
            own_faction=own,
            factions=ctx.factions,
            betreft=ctx.view.dossier.title,
            draft=draft,
            lang=ctx.lang,
        )

    @staticmethod
    def draft_of(a: Amendment) -> AmendmentDraft:
        return AmendmentDraft(
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

    def _dialog(
        self,
        target: AmendmentTarget,
        draft: AmendmentDraft | None = None,
        retry: Answer | None = None,
        on: dict[str, Any] | None = None,
    ) -> Answer | None:
        """The editor's answer (its button, the amendment); ``retry``: an answer whose save was
        refused, shown again as typed. ``on``: the amendment edited (its id), kept with the text."""
        dialog = self.editor(target, retry[1] if retry else draft)
        if dialog is None:
            return None
        assert self.context.view is not None  # (the editor needs it)
        dossier = self.context.view.dossier.id
        dialog.reopens("amendment", "edit" if on else "new", dossier_id=dossier, **(on or {}))
        if retry is not None:
            dialog.unsaved()
        if not answered(dialog):
            return None
        return dialog.choice, dialog.draft()

    def new(self) -> None:
        from raadsviewer.ui.amendment_dialog import AmendmentTarget

        ctx = self.context
        principle = ctx.current_principle
        if ctx.view is None or principle is None or not ctx.ensure_member():
            return
        target = AmendmentTarget(principle, principle.text)
        until_saved(lambda retry: self._dialog(target, retry=retry), self._save_new)

    def resume(self, action: str, target: dict[str, Any], draft: AmendmentDraft, *, check: bool = False) -> bool:
        """Put an amendment kept when the program stopped back into its editor (or with
        ``check``, only say whether it can be): a new one on its principle or passage, or the
        concept it was an edit of, when they are still there and this laptop's faction may write."""
        from raadsviewer.ui.amendment_dialog import AmendmentTarget

        ctx = self.context
        if ctx.view is None or target.get("dossier_id") != ctx.view.dossier.id or self._own_faction() is None:
            return False
        if action == "new":
            principle = ctx.view.principle(draft.principle_number) if draft.principle_number is not None else None
            anchor = draft.anchor
            if anchor is not None:  # on a passage
                if ctx.document(anchor.document_id) is None:
                    return False
                place = AmendmentTarget(principle, anchor.quote, anchor)
            elif principle is not None:
                place = AmendmentTarget(principle, principle.text)
            else:
                return False
            if not check:
                if principle is not None:
                    ctx.select_principle(principle.number)
                first = (0, draft)  # (0: no button pressed yet)
                until_saved(lambda retry: self._dialog(place, retry=retry), self._save_new, first)
            return True
        if action == "edit":
            try:
                a = svc.amendments.get_amendment(ctx.store, str(target.get("amendment_id")))
            except UserFacingError:
                return False
            if a.faction_name != ctx.faction or a.status is not AmendmentStatus.CONCEPT:
                return False
            if not check:
                if a.principle_number is not None:
                    ctx.select_principle(a.principle_number)
                self.select(a.id)
                self._edit(a, draft)
            return True
        return False

    def amend_selection(self, document_id: str, start: int, end: int) -> None:
        from raadsviewer.domain.anchoring import make_anchor
        from raadsviewer.ui.amendment_dialog import AmendmentTarget

        ctx = self.context
        if ctx.view is None or not ctx.ensure_member():
            return
        doc = ctx.document(document_id)
        if doc is None:
            return
        principle = next(
            (p for p in ctx.view.principles if p.document_id == doc.id and p.start <= start < p.end),
            ctx.current_principle,
        )
        anchor = make_anchor(doc.id, doc.text, start, end)
        target = AmendmentTarget(principle, anchor.quote, anchor)
        until_saved(lambda retry: self._dialog(target, retry=retry), self._save_new)

    def _save_new(self, result: Answer) -> bool:
        """Add the amendment (and submit it when asked); False when the store refused it."""
        from raadsviewer.ui.amendment_dialog import AmendmentDialog
        from raadsviewer.ui.undo import AddAmendment

        ctx = self.context
        if ctx.view is None:
            return True
        choice, draft = result
        command = AddAmendment(ctx, dossier_id=ctx.view.dossier.id, faction=ctx.faction, member=ctx.member, draft=draft)
        ctx.undo_stack.push(command)
        if command.failed:
            return False
        if choice == AmendmentDialog.SUBMIT and command.amendment_id:
            self.submit(command.amendment_id)
        return True

    def edit(self) -> None:
        ctx = self.context
        a = self.selected()
        if a is None or a.faction_name != ctx.faction or a.status is not AmendmentStatus.CONCEPT or ctx.view is None:
            return
        self._edit(a)

    def _edit(self, a: Amendment, first: AmendmentDraft | None = None) -> None:
        from raadsviewer.ui.amendment_dialog import AmendmentDialog, AmendmentTarget
        from raadsviewer.ui.undo import EditAmendment

        ctx = self.context
        principle = ctx.principle_by_id(a.principle_id)
        old = self.draft_of(a)
        target = AmendmentTarget(principle, a.anchor.quote if a.anchor else "", a.anchor)

        def save(result: Answer) -> bool:
            choice, new = result
            if new != old:
                command = EditAmendment(ctx, a.id, old, new, a.revision_id)
                ctx.undo_stack.push(command)
                if command.failed:
                    return False
            if choice == AmendmentDialog.SUBMIT:
                self.submit(a.id)
            return True

        on = {"amendment_id": a.id}
        until_saved(lambda retry: self._dialog(target, old, retry, on), save, (0, first) if first else None)

    def submit_selected(self) -> None:
        a = self.selected()
        if a is not None:
            self.submit(a.id)

    def submit(self, amendment_id: str) -> None:
        """Submitting is a decision, not an edit: it is not on the undo stack (withdraw instead)."""
        ctx = self.context
        try:
            done = svc.amendments.submit_amendment(ctx.store, amendment_id, faction=ctx.faction)
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.reload_amendments(done.id)
        if self._fence_undo(amendment_id):
            ctx.status(
                self.tr(
                    "{label} is ingediend. Eerdere stappen kunnen niet meer ongedaan worden gemaakt; "
                    "trek het amendement in om het terug te nemen."
                ).format(label=done.label),
                10000,
            )
        else:
            ctx.status(self.tr("{label} is ingediend").format(label=done.label), 6000)

    def _fence_undo(self, amendment_id: str) -> bool:
        """A submitted amendment no longer changes by undo (it is withdrawn instead): when the
        history holds a step on it, the history ends here, so Ctrl+Z never offers to take back
        what can no longer be taken back."""
        stack = self.context.undo_stack
        if any(getattr(stack.command(i), "amendment_id", None) == amendment_id for i in range(stack.count())):
            stack.clear()
            return True
        return False

    def delete(self) -> None:
        from raadsviewer.ui.undo import DeleteAmendment

        a = self.selected()
        if a is None or a.faction_name != self.context.faction:
            return
        self.context.undo_stack.push(DeleteAmendment(self.context, a.id))
        self.context.status(self.tr("Amendement verwijderd — Ctrl+Z maakt dit ongedaan"), 6000)

    # --- the clerk's part ------------------------------------------------------------------------------------

    def vote(self) -> None:
        from raadsviewer.ui.vote_dialog import ask_vote

        a = self.selected()
        if a is not None and ask_vote(self.context, a.id) is not None:
            self.context.reload_amendments(a.id)

    def export(self, path: str | None = None, meeting: str | None = None, agenda_item: str | None = None) -> None:

        ctx = self.context
        a = self.selected()
        if a is None or ctx.view is None:
            return
        settings = ctx.settings.q
        key = f"amendmentDocument/{ctx.view.dossier.id}"
        if meeting is None or agenda_item is None:
            from raadsviewer.ui.dialogs import AmendmentDocumentDialog

            dialog = AmendmentDocumentDialog(
                ctx.window,
                a.label,
                str(settings.value(f"{key}/meeting", "") or ""),
                str(settings.value(f"{key}/agendaItem", "") or ""),
            )
            if not answered(dialog):
                return
            meeting, agenda_item = dialog.values()
        settings.setValue(f"{key}/meeting", meeting)  # the same meeting for the next amendment
        settings.setValue(f"{key}/agendaItem", agenda_item)
        if path is None:
            name = self.tr("amendement")
            path, chosen = files.save_name(
                ctx.settings,
                ctx.window,
                self.tr("Amendement exporteren"),
                f"{name}-{a.label}.docx",
                "Word (*.docx);;HTML (*.html);;Markdown (*.md)",
            )
            if not path:
                return
        else:
            chosen = ""
        target, fmt = saved_as(path, chosen, "docx")
        path = str(target)
        try:
            svc.drafts.export_amendment(
                ctx.store, ctx.view.dossier.id, a.id, fmt, Path(path), meeting=meeting, agenda_item=agenda_item
            )
        except UserFacingError as error:
            ctx.show_error(error)
            return
        ctx.status(self.tr("Opgeslagen: {path}").format(path=path), 8000)
