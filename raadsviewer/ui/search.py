"""Searching: the whole dossier (Ctrl+Shift+F: documents, annotations and amendments, grouped by
document and principle, every result a link to its place), and one document (Ctrl+F: an inline
find bar under the documents that marks every match, with next and previous). Both match words
the same way (``domain.search``: accents and case folded, word stems)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.search import hit_ranges, parse_query
from raadsviewer.ui import svc
from raadsviewer.ui.actions import make_action
from raadsviewer.ui.context import DossierContext

if TYPE_CHECKING:
    from raadsviewer.ui.document_view import DocumentView


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
    """One search box over the documents, annotations and amendments of the dossier."""

    hitOpened = Signal(object)  # the SearchHit to open

    def __init__(self, context: DossierContext) -> None:
        super().__init__(context.window)
        self.context = context
        self.setWindowTitle(self.tr("Zoeken in het dossier"))
        self.resize(760, 620)
        self.hits: list[Any] = []
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Zoekvraag"))
        self.query.setPlaceholderText(self.tr("Zoek in documenten, annotaties en amendementen"))
        self.query.setClearButtonEnabled(True)
        self.results = _ResultsView()
        self.results.setAccessibleName(self.tr("Zoekresultaten"))
        self.results.hitActivated.connect(self.open_hit)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)  # search as the user pauses typing
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self.run)

    def start(self) -> None:
        self.show()
        self.raise_()
        self.query.setFocus()
        self.query.selectAll()

    def run(self) -> None:
        ctx = self.context
        text = self.query.text().strip()
        if ctx.view is None or not text:
            self.results.setHtml("")
            self.status.setText("")
            return
        try:
            found = svc.search.search(
                ctx.store, ctx.view.dossier.id, text, limit=100, viewer_faction=ctx.faction or None
            )
        except UserFacingError as error:
            self.status.setText(error.message(ctx.lang))
            return
        self.hits = list(found.hits)
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
                label = f"{h.label}: " if h.label else ""
                page = self.tr("p. {n}").format(n=h.page) + " · " if h.page else ""
                # the whole result is the link: a person clicks the text, not a small label
                parts.append(
                    f"<p style='margin:2px 0 8px 12px'><a href='hit:{index[id(h)]}' style='text-decoration:none'>"
                    f"<small>{html.escape(page + label)}</small>"
                    f"{before}{_marked(snippet.text, snippet.ranges)}{after}</a></p>"
                )
        nothing = self.tr("Niets gevonden. Probeer minder of andere woorden.")
        self.results.setHtml("".join(parts) or f"<p>{html.escape(nothing)}</p>")
        one = len(self.hits) == 1
        self.status.setText(self.tr("1 resultaat") if one else self.tr("{n} resultaten").format(n=len(self.hits)))

    def open_hit(self, n: int) -> None:
        if 0 <= n < len(self.hits):
            self.hitOpened.emit(self.hits[n])


class FindBar(QWidget):
    """Find in the document being read: every match marked, Enter or F3 for the next, Shift+Enter or
    Shift+F3 for the previous, Escape to close."""

    def __init__(self, current_view: Callable[[], DocumentView | None]) -> None:
        super().__init__()
        self.setObjectName("findBar")
        self._current_view = current_view
        self._view: DocumentView | None = None
        self._matches: list[tuple[int, int]] = []
        self._at = -1
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Zoeken in dit document"))
        self.field.setPlaceholderText(self.tr("Zoeken in dit document"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(lambda _t: self.find())
        self.field.returnPressed.connect(lambda: self.step(+1))
        self.previous_button = QToolButton()
        self.previous_button.setText("▲")
        self.previous_button.setToolTip(self.tr("Vorige (Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Vorige"))
        self.previous_button.clicked.connect(lambda _c=False: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Volgende (F3)"))
        self.next_button.setAccessibleName(self.tr("Volgende"))
        self.next_button.clicked.connect(lambda _c=False: self.step(+1))
        self.count = QLabel()
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Sluiten (Esc)"))
        close.setAccessibleName(self.tr("Zoekbalk sluiten"))
        close.clicked.connect(lambda _c=False: self.close_bar())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(self.tr("Zoeken:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.hide()

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.find()

    def close_bar(self) -> None:
        if self._view is not None:
            self._view.set_find_highlights([], -1)
        self._view = None
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.matches(QKeySequence.StandardKey.Cancel):
            self.close_bar()
        elif event.matches(QKeySequence.StandardKey.FindNext):
            self.step(+1)
        elif event.matches(QKeySequence.StandardKey.FindPrevious):
            self.step(-1)
        else:
            super().keyPressEvent(event)

    def find(self) -> None:
        view = self._current_view()
        if self._view is not None and self._view is not view:
            self._view.set_find_highlights([], -1)
        self._view = view
        text = self.field.text().strip()
        document = view.document_model if view is not None else None
        self._matches = hit_ranges(document.text, parse_query(text)) if document is not None and text else []
        self._at = -1
        if view is not None and self._matches:
            top = view.top_offset()
            self._at = next((i for i, (start, _e) in enumerate(self._matches) if start >= top), 0)
        self._show()

    def step(self, direction: int) -> None:
        if self._view is not self._current_view():
            self.find()
        if not self._matches:
            return
        self._at = (self._at + direction) % len(self._matches)
        self._show()

    def _show(self) -> None:
        view = self._view
        if view is None:
            self.count.setText("")
            return
        view.set_find_highlights(self._matches, self._at)
        if self._matches:
            view.scroll_to_offset(self._matches[self._at][0], margin=60)
            self.count.setText(self.tr("{n} van {total}").format(n=self._at + 1, total=len(self._matches)))
        elif self.field.text().strip():
            self.count.setText(self.tr("niet gevonden"))
        else:
            self.count.setText("")


class SearchController(QObject):
    """Beeld › Zoeken: the dossier search (a dialog) and the find bar under the documents."""

    hitOpened = Signal(object)  # a search hit to open

    def __init__(self, context: DossierContext, current_view: Callable[[], DocumentView | None]) -> None:
        super().__init__(context)
        self.context = context
        self.dialog: SearchDialog | None = None
        self.find_bar = FindBar(current_view)
        window = context.window
        self.search_action = make_action(window, self.tr("&Zoeken in het dossier…"), self.search, "Ctrl+Shift+F")
        self.find_action = make_action(
            window, self.tr("Zoeken in dit &document…"), self.find_bar.open, QKeySequence.StandardKey.Find
        )
        self.find_next_action = make_action(
            window, self.tr("Volgende &treffer"), lambda: self.find_bar.step(+1), QKeySequence.StandardKey.FindNext
        )
        self.find_previous_action = make_action(
            window,
            self.tr("Vor&ige treffer"),
            lambda: self.find_bar.step(-1),
            QKeySequence.StandardKey.FindPrevious,
        )

    def actions(self) -> list[Any]:
        return [self.find_action, self.find_next_action, self.find_previous_action, self.search_action]

    def search(self) -> None:
        if self.context.view is None:
            return
        if self.dialog is None:
            self.dialog = SearchDialog(self.context)
            self.dialog.hitOpened.connect(self.hitOpened)
        self.dialog.start()
