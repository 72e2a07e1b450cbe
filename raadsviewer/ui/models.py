"""Item models for the principles list and the annotations list, and their painting.

Models hold domain objects handed out by services; they never touch the store. They are tested as
plain objects (rowCount/data) without a window.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextLayout, QTextLine, QTextOption
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate, QWidget

from raadsviewer.domain.model import Annotation, Faction, Principle, Stance, Visibility
from raadsviewer.domain.rendering import plain_preview

if TYPE_CHECKING:  # painting reads the option's rect, font and palette, never its style state:
    # naming QStyle (or reading option.state) makes PySide build the Python types of QStyle's
    # twenty enums, 570 values, which cost more at start-up than painting the whole list
    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex

ObjectRole = Qt.ItemDataRole.UserRole + 1
MarkersRole = Qt.ItemDataRole.UserRole + 2
FactionRole = Qt.ItemDataRole.UserRole + 3
StanceRole = Qt.ItemDataRole.UserRole + 4
AmendmentsRole = Qt.ItemDataRole.UserRole + 5
FilterKeyRole = Qt.ItemDataRole.UserRole + 6  # "faction\x1fstance": what the annotation filter matches

STANCE_COLOURS = {
    Stance.STEUN: "#2e7d32",
    Stance.ZORG: "#ef6c00",
    Stance.VRAAG: "#1565c0",
    Stance.BEZWAAR: "#c62828",
    Stance.NOTITIE: "#616161",
}


def stance_label(stance: Stance) -> str:
    labels = {
        Stance.STEUN: QCoreApplication.translate("Stance", "Steun"),
        Stance.ZORG: QCoreApplication.translate("Stance", "Zorg"),
        Stance.VRAAG: QCoreApplication.translate("Stance", "Vraag"),
        Stance.BEZWAAR: QCoreApplication.translate("Stance", "Bezwaar"),
        Stance.NOTITIE: QCoreApplication.translate("Stance", "Notitie"),
    }
    return labels[stance]


def visibility_label(visibility: Visibility) -> str:
    labels = {
        Visibility.PRIVE: QCoreApplication.translate("Visibility", "Privé"),
        Visibility.FRACTIE: QCoreApplication.translate("Visibility", "Fractie"),
        Visibility.GRIFFIE: QCoreApplication.translate("Visibility", "Griffie"),
        Visibility.OPENBAAR: QCoreApplication.translate("Visibility", "Openbaar"),
    }
    return labels[visibility]


class PrinciplesModel(QAbstractListModel):
    """The principles of the dossier, each with per-faction annotation counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._principles: list[Principle] = []
        self._counts: dict[str, dict[str, int]] = {}
        self._factions: dict[str, Faction] = {}
        self._amendments: dict[str, int] = {}

    def set_principles(self, principles: list[Principle] | tuple[Principle, ...]) -> None:
        self.beginResetModel()
        self._principles = list(principles)
        self.endResetModel()

    def set_counts(self, counts: dict[str, dict[str, int]], factions: list[Faction]) -> None:
        self._counts = counts
        self._factions = {f.id: f for f in factions}
        if self._principles:
            self.dataChanged.emit(self.index(0), self.index(len(self._principles) - 1), [MarkersRole])

    def set_amendment_counts(self, counts: dict[str, int]) -> None:
        """Live amendments per principle id (shown as a ✎ badge)."""
        self._amendments = counts
        if self._principles:
            self.dataChanged.emit(self.index(0), self.index(len(self._principles) - 1), [AmendmentsRole])

    def principle(self, row: int) -> Principle | None:
        return self._principles[row] if 0 <= row < len(self._principles) else None

    def row_of(self, number: int) -> int:
        return next((i for i, p in enumerate(self._principles) if p.number == number), -1)

    def markers(self, principle_id: str) -> list[tuple[str, str, int]]:
        """(faction name, colour, count), factions in name order."""
        per_faction = self._counts.get(principle_id, {})
        out = []
        for faction_id, count in per_faction.items():
            faction = self._factions.get(faction_id)
            if faction is not None and count:
                out.append((faction.name, faction.colour, count))
        return sorted(out)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._principles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _PRINCIPLE_ROLES or not index.isValid():
            return None  # most of what the view asks (font, icon, colours, size...): the style's own
        p = self._principles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{p.shown_label}. {p.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{p.shown_label}. {p.title}"]
            lines += [
                QCoreApplication.translate("PrinciplesModel", "{faction}: {count} annotaties").format(
                    faction=name, count=count
                )
                for name, _colour, count in self.markers(p.id)
            ]
            if self._amendments.get(p.id):
                lines.append(
                    QCoreApplication.translate("PrinciplesModel", "{count} amendementen").format(
                        count=self._amendments[p.id]
                    )
                )
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{p.number}. {p.title}"
        if role == ObjectRole:
            return p
        if role == MarkersRole:
            return self.markers(p.id)
        if role == AmendmentsRole:
            return self._amendments.get(p.id, 0)
        return None


_PRINCIPLE_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        ObjectRole,
        MarkersRole,
        AmendmentsRole,
    )
)
SCROLLBAR_RESERVE = 18  # room kept for a vertical scroll bar


def _inner_width(view: object) -> int:
    """The width items get in a list view. Read from the view's contents rectangle, not from its
    viewport: handing the viewport widget to Python makes PySide build the enum types of dozens of
    widget classes (tens of milliseconds at start-up)."""
    if not isinstance(view, QWidget):
        return 300
    return max(60, view.contentsRect().width() - SCROLLBAR_RESERVE)


def _is_selected(delegate: QStyledItemDelegate, index: Index) -> bool:
    """Whether the row is selected in the delegate's view (rather than option.state; see above)."""
    view = delegate.parent()
    return isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)


class WrappingList(QListView):
    """A list whose rows wrap their text to its width: when the width changes (the splitter
    dragged, the window resized) every row is measured again. A top-to-bottom QListView lays its
    rows out again only when its height changes; its rows kept the heights of the old width, and a
    title that now takes two lines ran into the next row.

    For a model that hands its rows a chunk at a time (``canFetchMore``): End goes to the real
    last row, and taking the scroll bar's handle fetches every row first, so that the handle
    shows where in the whole list one is and can be dragged to its end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verticalScrollBar().sliderPressed.connect(self.fetch_all)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    def fetch_all(self) -> None:
        model, root = self.model(), self.rootIndex()
        if model is None or not model.canFetchMore(root):
            return
        while model.canFetchMore(root):
            model.fetchMore(root)
        self.executeDelayedItemsLayout()

    def moveCursor(  # noqa: N802 (Qt API)
        self,
        cursorAction: QAbstractItemView.CursorAction,
        modifiers: Qt.KeyboardModifier,  # noqa: N803
    ) -> Index:
        if cursorAction is QAbstractItemView.CursorAction.MoveEnd:
            self.fetch_all()
        return super().moveCursor(cursorAction, modifiers)


class PrincipleDelegate(QStyledItemDelegate):
    """Title on the left, over two lines when it needs them (two long titles that start alike
    must not look the same), a coloured count per faction on the right; when the counts would
    leave the title less than ``TITLE_SHARE`` of the row (a dozen factions, counts of three
    figures), they go on lines of their own under the title, which then has the whole width."""

    TITLE_SHARE = 0.55
    BADGE_GAP = 4

    def _badges(self, fm: QFontMetrics, index: Index) -> tuple[list[tuple[str, int, str]], int]:
        """The badges to draw (colour, width, text; the amendments' last, colour "") and their width."""
        markers: list[tuple[str, str, int]] = index.data(MarkersRole) or []
        amendments = int(index.data(AmendmentsRole) or 0)
        badges = [(colour, fm.horizontalAdvance(str(count)) + 12, str(count)) for _n, colour, count in markers]
        if amendments:
            text = f"✎{amendments}"
            badges.append(("", fm.horizontalAdvance(text) + 10, text))
        width = sum(w for _c, w, _t in badges) + self.BADGE_GAP * len(badges) + (6 if badges else 0)
        return badges, width

    def _layout(self, fm: QFontMetrics, index: Index, row_width: int) -> tuple[int, list[list[tuple[str, int, str]]]]:
        """The title's width, and the badges' lines under it (none: they stand beside it)."""
        badges, badges_width = self._badges(fm, index)
        beside = row_width - 8 - badges_width - 4
        if not badges_width or beside >= self.TITLE_SHARE * (row_width - 12):
            return beside, []
        lines: list[list[tuple[str, int, str]]] = [[]]
        room = row_width - 16
        used = 0
        for badge in badges:
            if lines[-1] and used + badge[1] > room:
                lines.append([])
                used = 0
            lines[-1].append(badge)
            used += badge[1] + self.BADGE_GAP
        return row_width - 12, lines

    def _lines(self, fm: QFontMetrics, text: str, width: int) -> list[str]:
        """The title in at most two lines, the second elided (remembered: rows are measured on
        every selection change and repaint)."""
        key = (text, width, fm.height(), fm.averageCharWidth())
        cache: dict[tuple[str, int, int, int], list[str]] = self.__dict__.setdefault("_line_cache", {})
        found = cache.get(key)
        if found is None:
            if len(cache) > 4096:
                cache.clear()
            found = cache[key] = self._split(fm, text, width)
        return found

    @staticmethod
    def _split(fm: QFontMetrics, text: str, width: int) -> list[str]:
        if width <= 0 or fm.horizontalAdvance(text) <= width:
            return [text]
        words = text.split(" ")
        first = words[0]
        for k in range(1, len(words)):
            candidate = " ".join(words[: k + 1])
            if fm.horizontalAdvance(candidate) > width:
                rest = " ".join(words[k:])
                return [first, fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
            first = candidate
        return [fm.elidedText(text, Qt.TextElideMode.ElideRight, width)]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        # Measured here alone, without the style's measure of the row (which asks the model for
        # a dozen roles first): a list lays its rows out two or three times before its first
        # paint. The row takes the list's width; its height is the title's lines (and the
        # badges' line under them).
        fm = QFontMetrics(option.font)
        row_width = _inner_width(self.parent())
        width, under = self._layout(fm, index, row_width)
        lines = len(self._lines(fm, str(index.data()), width))
        height = fm.lineSpacing() * lines + 12 + (fm.height() + 8) * len(under)
        return QSize(max(row_width - 4, 0), max(height, 30))

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 (Qt API)
        super().initStyleOption(option, index)
        option.text = ""  # the style draws the row (selection, focus); paint() draws the title

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fm = QFontMetrics(option.font)
        badges, badges_width = self._badges(fm, index)
        width, under = self._layout(fm, index, option.rect.width() + 4)
        super().paint(painter, option, index)  # background, selection and focus, without the text
        h = fm.height() + 4
        if under:  # the title on top, the badges' lines under it, each to the right
            text_rect = QRect(
                option.rect.left() + 8, option.rect.top(), width, option.rect.height() - (h + 4) * len(under)
            )
            rows = [
                (
                    line,
                    option.rect.bottom() - (h + 4) * (len(under) - k) + 1,
                    sum(w + self.BADGE_GAP for _c, w, _t in line),
                )
                for k, line in enumerate(under)
            ]
        else:
            text_rect = QRect(option.rect.left() + 8, option.rect.top(), width, option.rect.height())
            rows = [(badges, option.rect.top() + (option.rect.height() - h) // 2, badges_width - 6)]
        palette = option.palette
        text_colour = (palette.highlightedText() if _is_selected(self, index) else palette.text()).color()
        painter.save()
        painter.setPen(text_colour)
        lines = self._lines(fm, str(index.data()), text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, "\n".join(lines))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for line, y, line_width in rows:
            x = max(option.rect.left() + 8, option.rect.right() - line_width)
            for colour, w, text in line:
                rect = QRect(x, y, w, h)
                if colour:  # a faction's count
                    fill = QColor(colour)
                    # a badge close to the list's own colour (a black one in the dark theme) gets an edge
                    near = abs(fill.lightness() - palette.base().color().lightness()) < 48
                    painter.setPen(QColor(text_colour) if near else Qt.PenStyle.NoPen)
                    painter.setBrush(fill)
                    painter.drawRoundedRect(rect, h / 2, h / 2)
                    painter.setPen(QColor("#ffffff") if QColor(colour).lightness() < 150 else QColor("#000000"))
                else:  # the amendments'
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(text_colour)
                    painter.drawRoundedRect(rect, 3, 3)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                x += w + self.BADGE_GAP
        painter.restore()


class AnnotationsModel(QAbstractListModel):
    """The annotations on one principle, handed to the list ``CHUNK`` at a time.

    The list asks for more when its last row comes into sight (scrolled to the end, or the
    rows so far do not fill it): Qt's ``canFetchMore``/``fetchMore``. A principle with 3,700
    notes (a dossier of 50,000) was laid out whole before the list painted a single card, and
    stood blank for most of a second after every switch; a person reads the first few cards.
    Every row is there when asked for (:meth:`reveal`, :meth:`load_all`): selecting a note
    further down, or filtering, which must see all of them."""

    CHUNK = 30  # two screens or so; each card is measured on a first visit (0.1 ms), within the switch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[Annotation] = []
        self._loaded = 0  # rows handed to the view: the first ``_loaded`` of ``_items``
        self._colours: dict[str, str] = {}

    def set_annotations(self, items: list[Annotation], factions: list[Faction]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._loaded = min(len(self._items), self.CHUNK)
        self._colours = {f.id: f.colour for f in factions}
        self.endResetModel()

    @property
    def total(self) -> int:
        """Every annotation on the principle, handed to the view or not yet."""
        return len(self._items)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 (Qt API)
        return not parent.isValid() and self._loaded < len(self._items)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802 (Qt API)
        if not parent.isValid():
            self.reveal(self._loaded + self.CHUNK - 1)

    def reveal(self, row: int) -> None:
        """Hand the view every row up to ``row`` (and the rest of its chunk)."""
        if row < self._loaded:
            return
        last = min(len(self._items), (row // self.CHUNK + 1) * self.CHUNK) - 1
        if last < self._loaded:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, last)
        self._loaded = last + 1
        self.endInsertRows()

    def load_all(self) -> None:
        self.reveal(len(self._items) - 1)

    def fold_to(self, row: int) -> None:
        """Keep in the view only the chunks up to ``row``'s (the first when ``row`` is -1)."""
        keep = min(self._loaded, (max(row, 0) // self.CHUNK + 1) * self.CHUNK)
        if keep < self._loaded:
            self.beginRemoveRows(QModelIndex(), keep, self._loaded - 1)
            self._loaded = keep
            self.endRemoveRows()

    def annotation(self, row: int) -> Annotation | None:
        return self._items[row] if 0 <= row < self._loaded else None

    def row_of(self, annotation_id: str) -> int:
        """The row of an annotation on this principle (handed to the view first when need be)."""
        row = next((i for i, a in enumerate(self._items) if a.id == annotation_id), -1)
        if row >= 0:
            self.reveal(row)
        return row

    def colour(self, annotation: Annotation) -> str:
        return self._colours.get(annotation.faction_id, "#607d8b")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._loaded

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        a = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain_preview(a.body[:2000])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            who = f"{a.faction_name} · {a.author} · {stance_label(a.stance)} · {visibility_label(a.visibility)}"
            lines = [f"{who}: {plain_preview(a.body[:300])}"]
            if a.anchor is not None:
                lines.append(QCoreApplication.translate("AnnotationsModel", "“…”: geplaatst bij een passage"))
            if a.include_in_draft:
                lines.append(QCoreApplication.translate("AnnotationsModel", "★: opgenomen in de concept-zienswijze"))
            return "\n".join(lines)
        if role == ObjectRole:
            return a
        if role == FactionRole:
            return a.faction_name
        if role == StanceRole:
            return a.stance.value
        if role == FilterKeyRole:
            return f"{a.faction_name}\x1f{a.stance.value}"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(self.colour(a))
        return None


class AnnotationFilter(QSortFilterProxyModel):
    """Filter by faction name and stance; empty means all.

    Matched by Qt itself, a regular expression on one key role, rather than by a Python
    ``filterAcceptsRow``: with no filter (how a principle is first shown) Qt takes the rows as they
    are, where a Python test per row cost 10 ms per switch for a principle with 4,000 notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.faction = ""
        self.stance = ""
        self.setFilterRole(FilterKeyRole)

    def set_filter(self, faction: str, stance: str) -> None:
        self.faction, self.stance = faction, stance
        if not (faction or stance):  # every row, without asking the model (and no pattern made at start)
            self.setFilterFixedString("")
            return
        from PySide6.QtCore import QRegularExpression

        pattern = (
            "^"
            + (QRegularExpression.escape(faction) if faction else "[^\\x1f]*")
            + "\\x1f"
            + (QRegularExpression.escape(stance) if stance else ".*")
            + "$"
        )
        self.setFilterRegularExpression(QRegularExpression(pattern))


class AnnotationDelegate(QStyledItemDelegate):
    """A card as tall as its text (up to ``MAX_LINES`` lines; the whole text is in the detail view
    below): faction colour bar, who and what stance, then the text. Heights are remembered per
    annotation version for the last few widths and fonts, every annotation of the dossier: the
    list asks for the height of every row of a principle at each switch, and measuring a card
    (its preview and word-wrapped text) costs 100 times looking it up."""

    PAD = 8
    BAR = 5
    MAX_LINES = 12
    WIDTHS_KEPT = 4  # a resized window measures again; a few recent widths stay for going back
    # While the width changes (a splitter dragged: a new width at every step) a card already
    # measured keeps the height it had; measured at the width reached once it has not changed for
    # this long. Every step measured every card: 250-300 ms a step with 3,700 cards in the list.
    # A list of fewer cards is measured at once (about 15 ms for 200): waiting showed its cards
    # at the wrong heights for that long, also just after the window opened.
    SETTLE_MS = 200
    SETTLE_ROWS = 200

    def __init__(self, parent: QAbstractItemView) -> None:
        super().__init__(parent)
        self._view = parent
        self._heights: dict[tuple[int, str], dict[tuple[str, int], int]] = {}
        self._last: dict[tuple[str, int], int] = {}  # each card's height as last measured, at any width
        self._width: int | None = None
        self._settling = QTimer(self)
        self._settling.setSingleShot(True)
        self._settling.setInterval(self.SETTLE_MS)
        self._settling.timeout.connect(self._settled)

    def _header(self, a: Annotation) -> str:
        when = a.updated_at.strftime("%d-%m-%Y %H:%M")
        quote = " · “…”" if a.anchor else ""
        draft = " · ★" if a.include_in_draft else ""
        # a note that never leaves the laptop says so before the date, which is cut off first
        private = f" · {visibility_label(a.visibility)}" if a.visibility is Visibility.PRIVE else ""
        return f"{a.faction_name} · {a.author}{private} · {when}{quote}{draft}"

    def _settled(self) -> None:
        """Every card measured at the width reached; the note selected kept in sight (the list
        keeps its scroll position in pixels, and every card above it changed height)."""
        self._view.scheduleDelayedItemsLayout()
        current = self._view.currentIndex()
        if current.isValid():
            self._view.scrollTo(current)  # (lays the list out first)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        a: Annotation = index.data(ObjectRole)
        inner = _inner_width(self._view)
        width = max(80, inner - 4 - self.BAR - 2 * self.PAD - 2 * 2)  # the text's width in paint()
        if width != self._width:
            if self._width is not None and index.model().rowCount() > self.SETTLE_ROWS:
                self._settling.start()
            self._width = width
        at_width = self._heights.get((width, option.font.key()))
        if at_width is None:
            if len(self._heights) >= self.WIDTHS_KEPT:
                self._heights.pop(next(iter(self._heights)))
            at_width = self._heights[(width, option.font.key())] = {}
        height = at_width.get((a.id, a.version))
        if height is None and self._settling.isActive():
            height = self._last.get((a.id, a.version))  # for now (see SETTLE_MS)
        if height is None:
            fm = QFontMetrics(option.font)  # only for a card not measured at this width before
            text = str(index.data())
            if _words_fit(fm, text, width, self.MAX_LINES):  # drawText's measure: a third of the time
                needed = fm.boundingRect(QRect(0, 0, width, 10**6), int(Qt.TextFlag.TextWordWrap), text).height()
                body = min(max(needed, fm.lineSpacing()), fm.lineSpacing() * self.MAX_LINES)
            else:  # a word wider than the card: broken inside, as it is drawn
                _layout, lines = _wrapped(option.font, width, text, self.MAX_LINES)
                body = fm.lineSpacing() * min(max(len(lines), 1), self.MAX_LINES)
            height = at_width[(a.id, a.version)] = self.PAD * 3 + fm.height() + body + 6
            self._last[(a.id, a.version)] = height
        return QSize(inner - 4, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        a: Annotation = index.data(ObjectRole)
        colour = QColor(index.data(Qt.ItemDataRole.DecorationRole))
        rect = option.rect.adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = _is_selected(self, index)
        background = (option.palette.highlight() if selected else option.palette.base()).color()
        if selected:
            background.setAlpha(60)
        painter.setPen(QColor("#d0d0d0"))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), self.BAR, rect.height()), 2, 2)
        x = rect.left() + self.BAR + self.PAD
        width = rect.width() - self.BAR - 2 * self.PAD
        fm = QFontMetrics(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        # stance badge
        label = stance_label(a.stance)
        bw = fm.horizontalAdvance(label) + 12
        badge = QRect(rect.right() - self.PAD - bw, rect.top() + self.PAD, bw, fm.height())
        painter.setBrush(QColor(STANCE_COLOURS[a.stance]))
        painter.drawRoundedRect(badge, 6, 6)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        # header
        painter.setPen(option.palette.placeholderText().color())
        painter.setFont(small)
        header_rect = QRect(x, rect.top() + self.PAD, width - bw - 6, fm.height())
        header = QFontMetrics(small).elidedText(self._header(a), Qt.TextElideMode.ElideRight, header_rect.width())
        painter.drawText(header_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, header)
        # body
        painter.setFont(option.font)
        painter.setPen(option.palette.text().color())
        body_top = header_rect.bottom() + self.PAD
        _draw_lines(painter, QPoint(x, body_top), width, str(index.data()), self.MAX_LINES)
        painter.restore()


def _shown_part(text: str, width: int, most: int) -> str:
    """As much of ``text`` as ``most`` lines of ``width`` can hold (no glyph is narrower than two
    pixels): a note of 100,000 characters took 20 ms a paint laid out whole."""
    return text[: (most + 1) * max(80, width // 2)]


def _words_fit(fm: QFontMetrics, text: str, width: int, most: int) -> bool:
    """Whether every word of the part of ``text`` a card shows fits on a line of ``width``."""
    # only a word that could be too wide is measured, the longest (most cards have none: one scan, in C)
    words = _longer_than(width // max(1, fm.maxWidth())).findall(_shown_part(text, width, most))
    return not words or fm.horizontalAdvance(max(words, key=len)) <= width


@cache
def _longer_than(characters: int) -> re.Pattern[str]:
    return re.compile(rf"\S{{{characters + 1},}}")


def _wrapped(font: QFont, width: int, text: str, most: int) -> tuple[QTextLayout, list[QTextLine]]:
    """``text`` laid out in lines of ``width``, at most ``most`` + 1 of them (one more than is
    shown: is there more?). Wrapped between words, and inside a word too long for a line (a
    pasted link, a word of 100,000 letters ran past the card's edge). The layout is returned
    with its lines: they belong to it."""
    fm = QFontMetrics(font)
    text = _shown_part(text, width, most)
    layout = QTextLayout(text.replace("\n", "\u2028"), font)  # drawText's line break
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while len(lines) <= most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, len(lines) * fm.lineSpacing()))
        lines.append(line)
    layout.endLayout()
    return layout, lines


def _draw_lines(painter: QPainter, top_left: QPoint, width: int, text: str, most: int) -> str:
    """``text`` word-wrapped (:func:`_wrapped`), at most ``most`` lines, the last ending in
    "…" when there is more (the card's height holds ``most`` lines: drawn whole, the top of the
    next line showed under them). Returns that last line when the text was cut, else ""."""
    fm = QFontMetrics(painter.font())
    layout, lines = _wrapped(painter.font(), width, text, most)
    text = layout.text()
    cut = len(lines) > most
    shown = lines[: most - 1] if cut else lines
    for line in shown:
        line.draw(painter, QPointF(top_left))
    if not cut:
        return ""
    last = lines[most - 1]
    elided = fm.elidedText(" ".join(text[last.textStart() :].split()), Qt.TextElideMode.ElideRight, width)
    y = top_left.y() + round(last.y())
    painter.drawText(
        QRect(top_left.x(), y, width, fm.lineSpacing()),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        elided,
    )
    return elided
