"""Linked reading in the window: the passages that discuss a principle, search across the dossier,
and the review after a new version of a document."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.diff import diff_html
from raadsviewer.domain.errors import UserFacingError

if TYPE_CHECKING:
    from raadsviewer.ui.main_window import MainWindow


def _marked(text: str, ranges: Any) -> str:
    """Escaped text with the hit ranges in bold (ranges are offsets into ``text``)."""
    out, at = [], 0
    for start, end in sorted(ranges):
        start, end = max(start, at), min(end, len(text))
        if start >= end:
            continue
        out.append(html.escape(text[at:start]))
        out.append(f"<b style='background:#fff1b8;color:#000'>{html.escape(text[start:end])}</b>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


class PassagesPane(QWidget):
    """The ranked background passages on the selected principle; confirm, remove, go there."""

    showRequested = Signal(str, int, int)  # document id, start, end

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.passages: list[Any] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Gerelateerde passages"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.itemDoubleClicked.connect(lambda _i: self.show_selected())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.show_button = QPushButton(self.tr("&Tonen"))
        self.confirm_button = QPushButton(self.tr("&Bevestigen"))
        self.remove_button = QPushButton(self.tr("&Weghalen"))
        self.show_button.clicked.connect(self.show_selected)
        self.confirm_button.clicked.connect(lambda: self._act("confirm"))
        self.remove_button.clicked.connect(lambda: self._act("remove"))
        buttons = QHBoxLayout()
        for b in (self.show_button, self.confirm_button, self.remove_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def refresh(self) -> None:
        from raadsviewer.services.links import ranked_links

        w = self.window_
        principle = w.current_principle
        self.list.clear()
        self.passages = []
        if principle is None or w.view is None:
            return
        try:
            [links] = ranked_links(w.store, w.view.dossier.id, principle.number, viewer_faction=w.faction or None)
        except (UserFacingError, ValueError):
            return
        # One entry per section: its paragraphs inherit the section's heading and score, so listing
        # them all would repeat the same place; a confirmed or hand-added passage is always kept.
        seen: set[tuple[str, str]] = set()
        self.passages = []
        for p in links.passages:
            key = (p.document_id, p.section_heading)
            if key in seen and not (p.confirmed or p.added_by):
                continue
            seen.add(key)
            self.passages.append(p)
        for p in self.passages:
            mark = "✓ " if p.confirmed else ""
            score = f" · {p.score:.2f}" if p.score is not None else ""
            page = self.tr(" · p. {n}").format(n=p.page) if p.page else ""
            heading = f" · “{p.section_heading}”" if p.section_heading else ""
            item = QListWidgetItem(f"{mark}{p.document_title}{heading}{page}{score}\n{p.excerpt}")
            item.setToolTip(p.excerpt)
            self.list.addItem(item)
        if self.passages:
            self.note.setText(self.tr("Passages over uitgangspunt {n}, best passend eerst.").format(n=principle.number))
            self.list.setCurrentRow(0)
        else:
            self.note.setText(self.tr("Geen duidelijke passage over uitgangspunt {n}.").format(n=principle.number))
        self._update_buttons()

    def selected(self) -> Any:
        row = self.list.currentRow()
        return self.passages[row] if 0 <= row < len(self.passages) else None

    def _update_buttons(self) -> None:
        p = self.selected()
        for b in (self.show_button, self.confirm_button, self.remove_button):
            b.setEnabled(p is not None)
        if p is not None:
            self.confirm_button.setEnabled(self.window_.faction not in p.confirmed_by)

    def show_selected(self) -> None:
        p = self.selected()
        if p is not None:
            self.showRequested.emit(p.document_id, p.start, p.end)

    def _act(self, action: str) -> None:
        from raadsviewer.services import links

        p, w = self.selected(), self.window_
        if p is None or w.current_principle is None or w.view is None or not w._ensure_identity():
            return
        fn = links.confirm_link if action == "confirm" else links.remove_link
        try:
            fn(
                w.store,
                w.view.dossier.id,
                w.current_principle.number,
                p.document_id,
                p.start,
                p.end,
                faction=w.faction,
                member=w.member,
            )
        except UserFacingError as error:
            w.show_error(error)
            return
        self.refresh()
        w.links_changed()


class _ResultsView(QTextBrowser):
    """Results as text with the hits marked; a click on a result opens its place."""

    hitActivated = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)

    def loadResource(self, _type: int, _name: QUrl) -> object:  # noqa: N802 (Qt API)
        return None

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "hit" and url.path().isdigit():
            self.hitActivated.emit(int(url.path()))


class SearchDialog(QDialog):
    """One search box over documents, annotations and amendments (Ctrl+Shift+F), or one document
    (Ctrl+F); results grouped by document and principle, hits marked, a click opens the place."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Zoeken"))
        self.resize(760, 620)
        self.hits: list[Any] = []
        self.document_id: str | None = None
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Zoekvraag"))
        self.query.setPlaceholderText(self.tr("Zoek in documenten, annotaties en amendementen"))
        self.query.setClearButtonEnabled(True)
        self.only_document = QCheckBox(self.tr("Alleen in dit &document"))
        self.results = _ResultsView()
        self.results.setAccessibleName(self.tr("Zoekresultaten"))
        self.results.hitActivated.connect(self.open_hit)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.only_document)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)  # search as the user pauses typing
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(self._timer.start)
        self.query.returnPressed.connect(self.run)
        self.only_document.toggled.connect(self.run)

    def start(self, document_id: str | None) -> None:
        self.document_id = document_id
        self.only_document.setVisible(document_id is not None)
        self.only_document.setChecked(document_id is not None)
        self.show()
        self.raise_()
        self.query.setFocus()
        self.query.selectAll()

    def run(self) -> None:
        from raadsviewer.services.search import search

        w = self.window_
        text = self.query.text().strip()
        if w.view is None or not text:
            self.results.setHtml("")
            self.status.setText("")
            return
        try:
            found = search(w.store, w.view.dossier.id, text, limit=100, viewer_faction=w.faction or None)
        except UserFacingError as error:
            self.status.setText(error.message(w.lang))
            return
        only = self.document_id if self.only_document.isChecked() else None
        self.hits = [h for h in found.hits if only is None or h.document_id == only]
        index = {id(h): n for n, h in enumerate(self.hits)}
        parts = []
        for group in found.groups:
            hits = [h for h in group.hits if id(h) in index]
            if not hits:
                continue
            title = group.document_title or self.tr("Annotaties en amendementen")
            where = self.tr(" — uitgangspunt {n}").format(n=group.principle_number) if group.principle_number else ""
            parts.append(f"<h4 style='margin-bottom:2px'>{html.escape(title)}{html.escape(where)}</h4>")
            for h in hits:
                snippet = h.snippet
                before = "…" if snippet.before else ""
                after = "…" if snippet.after else ""
                label = f"<small>{html.escape(h.label)}</small> " if h.label else ""
                page = self.tr("p. {n}").format(n=h.page) + " · " if h.page else ""
                parts.append(
                    f"<p style='margin:2px 0 8px 12px'><a href='hit:{index[id(h)]}'>{html.escape(page)}{label}</a>"
                    f"{before}{_marked(snippet.text, snippet.ranges)}{after}</p>"
                )
        nothing = self.tr("Niets gevonden.")
        self.results.setHtml("".join(parts) or f"<p>{html.escape(nothing)}</p>")
        self.status.setText(self.tr("{n} resultaten in {ms:.0f} ms").format(n=len(self.hits), ms=found.elapsed_ms))

    def open_hit(self, n: int) -> None:
        if 0 <= n < len(self.hits):
            self.window_.open_search_hit(self.hits[n])


class VersionReviewDialog(QDialog):
    """After a new version: what changed per principle, and every item that moved or was lost."""

    def __init__(self, window: MainWindow, changes: list[Any], reviews: list[Any]) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Nieuwe versie: controle"))
        self.resize(900, 640)
        self.reviews = list(reviews)
        changed = QTextBrowser()
        changed.setOpenLinks(False)
        changed.setAccessibleName(self.tr("Verschillen per uitgangspunt"))
        words = {
            "added": self.tr("toegevoegd"),
            "removed": self.tr("vervallen"),
            "reworded": self.tr("anders geformuleerd"),
        }
        rows = []
        for c in changes:
            if c.kind == "unchanged":
                continue
            number = c.new_number if c.new_number is not None else c.old_number
            text = diff_html(c.ops) if c.ops else html.escape(c.new_title or c.old_title or "")
            heading = self.tr("Uitgangspunt {n}").format(n=number)
            rows.append(f"<p><b>{html.escape(heading)}</b> · {html.escape(words.get(c.kind, c.kind))}<br/>{text}</p>")
        none_changed = self.tr("Geen uitgangspunten gewijzigd.")
        changed.setHtml("".join(rows) or f"<p>{html.escape(none_changed)}</p>")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Verplaatste en verweesde items"))
        self.list.setWordWrap(True)
        statuses = {
            "exact": self.tr("ongewijzigd"),
            "moved": self.tr("verplaatst"),
            "fuzzy": self.tr("bij benadering"),
            "orphan": self.tr("niet teruggevonden"),
        }
        for r in self.reviews:
            score = f" ({r.score:.2f})" if r.status == "fuzzy" else ""
            done = " ✓" if r.reviewed else ""
            quote = f"\n“{(r.old_quote or '')[:160]}”" if r.old_quote else ""
            self.list.addItem(f"{statuses.get(r.status, r.status)}{score}{done} · {r.label}{quote}")
        self.reviewed_button = QPushButton(self.tr("&Gecontroleerd"))
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Verschillen per uitgangspunt")))
        layout.addWidget(changed, 1)
        layout.addWidget(QLabel(self.tr("Annotaties, amendementen en koppelingen: eerst wat aandacht vraagt")))
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.reviewed_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mark_reviewed(self) -> None:
        from raadsviewer.services.versions import mark_reviewed

        row = self.list.currentRow()
        if 0 <= row < len(self.reviews):
            r = self.reviews[row]
            mark_reviewed(self.window_.store, r.item_kind, r.item_id)
            item = self.list.item(row)
            if "✓" not in item.text():
                first, _, rest = item.text().partition(" · ")
                item.setText(f"{first} ✓ · {rest}")
