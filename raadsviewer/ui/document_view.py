"""A read-only view of one cleaned document, with highlights for a principle, a passage and annotations.

The QTextDocument is built block by block with QTextCursor rather than from HTML: nothing in a
document is ever parsed as markup, and the position of every block is known, so an offset in the
document's clean text (where anchors live) maps exactly to a position in the view and back.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from raadsviewer.domain.model import BlockKind, Document
from raadsviewer.domain.pieces import pieces
from raadsviewer.domain.rendering import is_safe_link

if TYPE_CHECKING:  # only named in signatures: importing it builds its enum types before the first paint
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import (
        QMouseEvent,
        QResizeEvent,
        QShowEvent,
    )
    from PySide6.QtWidgets import QMenu, QWidget

    from raadsviewer.ui.line_numbers import LineNumberGutter


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing by itself and opens only http(s)/mailto links, on click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)

    def loadResource(self, _type: int, _name: QUrl) -> object:  # noqa: N802 (Qt API)
        return None  # no local files, no remote images: text from others cannot reach out

    def _open_link(self, url: QUrl) -> None:
        if is_safe_link(url.toString()):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)


# A block longer than this is shown as paragraphs of at most this length, cut at white space. Qt
# lays a paragraph out whole: one of 40 MB (a file of one paragraph) held the window 20 s and
# took 2 GB, and its lines went past the 2^23-pixel reach of the scroll bar (the last 40 %
# could not be scrolled to).
SHOWN_CHARS = 20_000
_NOTE_ALPHA = 70  # a note's highlight: a translucent layer, so stacked notes all show
_KEPT_STRETCHES = 20_000  # stretches (and their stacks' colours) kept for the next time they are in sight


def _times(value: int, alpha: int) -> int:
    """``value * alpha / 255`` rounded as Qt's raster painting rounds it (``qt_div_255``)."""
    product = value * alpha
    return (product + (product >> 8) + 0x80) >> 8


@lru_cache(maxsize=256)
def _rgb(name: str) -> int:
    return QColor(name).rgb() & 0xFFFFFF


_KEEP = 255 - _NOTE_ALPHA
_UNDER = tuple(_times(value, _KEEP) for value in range(256))  # what shows of a channel under a note


@lru_cache(maxsize=256)
def _channels(name: str) -> tuple[int, int, int]:
    rgb = _rgb(name)
    return rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF


@lru_cache(maxsize=256)
def _layer(name: str) -> tuple[int, int, int]:
    """A note's own share of each channel (red, green, blue) when painted as a translucent layer."""
    rgb = _rgb(name)
    return _times(rgb >> 16, _NOTE_ALPHA), _times((rgb >> 8) & 0xFF, _NOTE_ALPHA), _times(rgb & 0xFF, _NOTE_ALPHA)


# The marks' colours in the light theme and their counterparts in the dark: readable under each
# theme's text. A theme chosen while reading paints the marks already set in the other colour.
_LIGHT_AND_DARK = (
    ("#fff1b8", "#5a4a10"),  # the principle
    ("#dcecff", "#1f3b5c"),  # the passage linked to it
    ("#ffe082", "#6b5b00"),  # every match of the find bar
    ("#ff9800", "#c77800"),  # the current match
)
_TO_DARK = dict(_LIGHT_AND_DARK)
_TO_LIGHT = {dark: light for light, dark in _LIGHT_AND_DARK}


class Highlight(NamedTuple):
    start: int
    end: int
    colour: str
    annotation_id: str | None = None
    underline: bool = False


class DocumentView(SafeBrowser):
    annotationClicked = Signal(str)  # annotation id
    annotateSelectionRequested = Signal(str, int, int)  # document id, start, end (clean-text offsets)
    amendSelectionRequested = Signal(str, int, int)  # the same, for an amendment on the passage
    linkSelectionRequested = Signal(str, int, int)  # the same, to link the passage to the principle

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.document_model: Document | None = None
        self._block_starts: list[int] = []  # clean-text offset of each shown paragraph (a block, or a piece of one)
        self._block_ends: list[int] = []  # and where it ends
        self._view_starts: list[int] = []  # view position of each shown paragraph's text
        self._principle: Highlight | None = None
        self._passage: Highlight | None = None
        self._annotations: list[Highlight] = []
        self._looks: list[tuple[int, int, str, bool]] | None = (
            None  # (start, end, colour, underline), made when they change
        )
        self._looks_by_start: list[int] = []  # indices into _looks, in order of start
        # per look: its share of each channel, and its underline's channels (None: not underlined)
        self._layers: list[tuple[int, int, int, tuple[int, int, int] | None]] = []
        self._look_starts: list[int] = []
        self._longest_look = 0
        # (start, end, colour, underline) -> its selection, made when first in sight
        self._stretch_selections: dict[tuple[int, int, int, int | None], QTextEdit.ExtraSelection] = {}
        self._stacks: dict[tuple[str, frozenset[int]], tuple[int, int | None]] = {}  # see _stack
        self._covered: tuple[int, int] | None = None  # the text offsets the annotation selections cover
        self._held = 0  # inside together(): highlights are handed to Qt at its end
        self._stale = False
        self._scrolled = False
        self._found: list[Highlight] = []  # the find bar's matches, the current one first
        self._scroll_target: tuple[int, int] | None = None
        self._gutter: LineNumberGutter | None = None  # made when line numbers are first shown
        self._unshown: QShowEvent | None = None  # Qt's first show, kept until the view has a width

    # ----- building -------------------------------------------------------------------------
    def set_document(self, document: Document, font: QFont | None = None) -> None:
        self.document_model = document
        self._scroll_target = None
        self._stretch_selections = {}  # they point into the text being replaced
        self._covered = None
        # Built in the view's own document rather than a new one handed over with setDocument:
        # setDocument lays the whole text out at once, at whatever width the view has then (before
        # the window is shown, not its real one), and again when it gets its real width.
        qdoc = self.document()
        qdoc.setUndoRedoEnabled(False)  # read-only: no undo history for text nobody typed here
        qdoc.clear()
        qdoc.setDocumentMargin(18)
        if font is not None:
            qdoc.setDefaultFont(font)
        cursor = QTextCursor(qdoc)
        cursor.beginEditBlock()  # one change for the layout to take in, not one per block (half the time)
        self._block_starts = []
        self._block_ends = []
        self._view_starts = []
        plain = QTextCharFormat()
        for i, block in enumerate(document.blocks):
            block_format = QTextBlockFormat()
            block_format.setBottomMargin(6)
            char_format = QTextCharFormat(plain)
            prefix = ""
            if block.kind is BlockKind.HEADING:
                char_format.setFontWeight(QFont.Weight.Bold)
                char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, max(0, 3 - block.level))
                block_format.setTopMargin(14)
                block_format.setHeadingLevel(max(1, min(6, block.level)))
                if block.marker and not block.text.startswith(block.marker):  # "3." / "Uitgangspunt 3" over its title
                    worded = any(c.isalpha() for c in block.marker)  # a label: "Uitgangspunt 3 – Zorg dichtbij"
                    prefix = f"{block.marker} –\u2002" if worded else f"{block.marker}\u2002"
            elif block.kind is BlockKind.NUMBERED:
                prefix = f"{block.number}.\u2002"
                block_format.setLeftMargin(28 + 24 * min(block.level, 6))  # a point inside a point: further in
                block_format.setTextIndent(-22)
            elif block.kind is BlockKind.BULLET:
                prefix = "•\u2002"
                block_format.setLeftMargin(28)
                block_format.setTextIndent(-14)
            if i == 0:
                cursor.setBlockFormat(block_format)
            else:
                cursor.insertBlock(block_format, plain)
            if prefix:
                prefix_format = QTextCharFormat(char_format)
                prefix_format.setFontWeight(QFont.Weight.Bold)
                cursor.insertText(prefix, prefix_format)
            text = block.text.replace("\n", " ")
            spans = pieces(text, SHOWN_CHARS)
            for k, (start, end) in enumerate(spans):
                if k:  # a very long block shown as paragraphs of a bounded length (see SHOWN_CHARS)
                    cursor.insertBlock(block_format, plain)
                self._block_starts.append(block.start + start)
                self._block_ends.append(block.start + end)
                self._view_starts.append(cursor.position())
                cursor.insertText(text[start:end], char_format)
        cursor.endEditBlock()
        if self._gutter is not None:
            self._gutter.set_text(document.text)
        self._apply_highlights()

    def set_line_numbers(self, on: bool) -> None:
        """Show the document's line numbers (as amendments cite them) in a gutter on the left."""
        if self._gutter is None:
            if not on:
                return
            from raadsviewer.ui.line_numbers import LineNumberGutter

            self._gutter = LineNumberGutter(self, self.to_view)
            self._gutter.set_text(self.document_model.text if self.document_model is not None else None)
        self._gutter.set_enabled(on)

    def line_numbers(self) -> LineNumberGutter | None:
        return self._gutter if self._gutter is not None and self._gutter.enabled else None

    def set_base_font(self, font: QFont) -> None:
        self.document().setDefaultFont(font)
        if self._gutter is not None:
            self._gutter.place()
        self._covered = None  # another font: other words in sight
        self._apply_highlights()

    # ----- offsets ------------------------------------------------------------------------
    def to_view(self, offset: int) -> int:
        if self.document_model is None or not self._block_starts:
            return 0
        i = max(0, bisect_right(self._block_starts, offset) - 1)
        start = self._block_starts[i]
        within = max(0, min(offset - start, self._block_ends[i] - start))
        return self._view_starts[i] + within

    def to_text(self, position: int) -> int:
        if self.document_model is None or not self._view_starts:
            return 0
        i = max(0, bisect_right(self._view_starts, position) - 1)
        start = self._block_starts[i]
        within = max(0, min(position - self._view_starts[i], self._block_ends[i] - start))
        return start + within

    # ----- highlights -----------------------------------------------------------------------
    def _dark(self) -> bool:
        return self.palette().color(self.palette().ColorRole.Base).lightness() < 128

    def _themed(self, light: str) -> str:
        """A mark's colour (named by its light-theme colour) in the theme shown."""
        return _TO_DARK[light] if self._dark() else light

    def set_principle_highlight(self, span: tuple[int, int] | None) -> None:
        colour = self._themed("#fff1b8")  # readable under light and dark text
        principle = Highlight(span[0], span[1], colour) if span else None
        if principle != self._principle:
            self._principle = principle
            self._apply_highlights()

    def set_passage_highlight(self, span: tuple[int, int] | None) -> None:
        colour = self._themed("#dcecff")
        passage = Highlight(span[0], span[1], colour) if span else None
        if passage != self._passage:
            self._passage = passage
            self._apply_highlights()

    @contextmanager
    def together(self) -> Iterator[None]:
        """Highlights set and scrolling done inside are handed to Qt once, at the end: Qt measures
        every selection each time they are set (a principle switch sets a highlight and scrolls)."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held and self._stale:
                self._stale = self._scrolled = False
                self._apply_highlights()
            elif not self._held and self._scrolled:
                self._scrolled = False
                self._keep_highlights_in_sight()

    def set_annotation_highlights(self, highlights: list[Highlight]) -> None:
        if highlights == self._annotations and self._looks is not None:
            return
        self._annotations = highlights
        self._looks = None
        self._apply_highlights()

    def annotation_highlights(self) -> list[Highlight]:
        return list(self._annotations)

    def set_find_highlights(self, spans: list[tuple[int, int]], current: int) -> None:
        """Every match of the find bar marked, the current one stronger."""
        every, this = self._themed("#ffe082"), self._themed("#ff9800")
        self._found = [Highlight(start, end, this if i == current else every) for i, (start, end) in enumerate(spans)]
        self._apply_highlights()

    def _selection(
        self, start: int, end: int, background: QColor | str | int, underline: QColor | str | int | None = None
    ) -> QTextEdit.ExtraSelection:
        """An opaque highlight of the text from ``start`` to ``end``, underlined when asked."""
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_view(start))
        cursor.setPosition(self.to_view(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(background))
        if underline is not None:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(underline))
        sel.format = fmt
        return sel

    def _apply_highlights(self) -> None:
        if self.document_model is None:
            return
        if self._held:
            self._stale = True
            return
        selections = []
        if self._principle:
            selections.append(self._selection(self._principle.start, self._principle.end, self._principle.colour))
        if self._passage:
            selections.append(self._selection(self._passage.start, self._passage.end, self._passage.colour))
        selections.extend(self._annotation_selections())
        selections.extend(self._selection(h.start, h.end, h.colour) for h in self._found)
        self.setExtraSelections(selections)

    def _annotation_selections(self) -> list[QTextEdit.ExtraSelection]:
        """The annotations' highlights from half a screen above the view to half a screen below it.

        A dossier's notes can put thousands of highlights in one document, and Qt measures every
        extra selection when they are set and, for each one, paints again every line of the
        paragraph it is in (a stack of 30 notes on one paragraph: the paragraph painted 30 times).
        So only the notes near the view are handed over (scrolling past them hands over the next
        ones), and as stretches that do not overlap: where notes are stacked, the reader sees
        each as a translucent layer, in the order the notes are listed, over the principle's or
        the passage's highlight; each stretch has the colour that stack makes, worked out here
        with the same arithmetic as Qt's painting of translucent colours, and is painted once.
        A click still finds each note (``annotation_at``)."""
        if self._looks is None:
            looks = list(dict.fromkeys((h.start, h.end, h.colour, h.underline) for h in self._annotations))
            self._looks = looks
            self._looks_by_start = sorted(range(len(looks)), key=lambda i: looks[i][0])
            self._layers = [
                (*_layer(colour), _channels(colour) if underline else None) for _s, _e, colour, underline in looks
            ]
            self._look_starts = [looks[i][0] for i in self._looks_by_start]
            self._longest_look = max((end - start for start, end, _c, _u in looks), default=0)
            self._stretch_selections = {}
            self._stacks = {}
        elif max(len(self._stretch_selections), len(self._stacks)) > _KEPT_STRETCHES:  # other places, palettes
            self._stretch_selections = {}
            self._stacks = {}
        if not self._looks:
            self._covered = None
            return []
        # half a screen: Qt weighs every selection it is handed when they are set (a switch at
        # 50,000 notes: 1.0 screen 34-40 ms p95, 0.5 screen 31-32 ms); scrolling past it hands over the next
        low, high = self._covered = self._text_in_sight(margin=0.5)
        first = bisect_left(self._look_starts, low - self._longest_look)
        last = bisect_right(self._look_starts, high)
        looks = self._looks
        shown = [i for i in self._looks_by_start[first:last] if looks[i][1] >= low]
        made = self._stretch_selections
        selections = []
        for stretch in self._stretches(shown):
            selection = made.get(stretch)
            if selection is None:
                start, end, rgb, underline = stretch
                selection = made[stretch] = self._selection(start, end, rgb, underline)
            selections.append(selection)
        return selections

    def _stretches(self, shown: list[int]) -> list[tuple[int, int, int, int | None]]:
        """The notes ``shown`` (indices into the looks) as stretches of text
        that do not overlap: (start, end, the colour their stack makes as 0xRRGGBB, the colour of
        the underline on top or None)."""
        looks = self._looks
        assert looks is not None
        starting: dict[int, list[int]] = {}
        ending: dict[int, list[int]] = {}
        for i in shown:
            start, end = looks[i][0], looks[i][1]
            if end > start:
                starting.setdefault(start, []).append(i)
                ending.setdefault(end, []).append(i)
        under = [(h.start, h.end, h.colour) for h in (self._passage, self._principle) if h is not None]  # top first
        cuts = {*starting, *ending}
        if cuts:
            lowest, highest = min(cuts), max(cuts)
            cuts.update(p for s, e, _c in under for p in (s, e) if lowest < p < highest)
        base = self.palette().color(self.palette().ColorRole.Base).name()
        active: set[int] = set()
        together: frozenset[int] = frozenset()
        stretches: list[tuple[int, int, int, int | None]] = []
        positions = sorted(cuts)
        for a, b in zip(positions, positions[1:], strict=False):
            ends, begins = ending.get(a), starting.get(a)
            if ends or begins:
                if ends:
                    active.difference_update(ends)
                if begins:
                    active.update(begins)
                together = frozenset(active)
            if not together:
                continue
            below = base
            for s, e, colour in under:
                if s <= a and b <= e:
                    below = colour
                    break
            rgb, underline = self._stack(below, together)
            if stretches and stretches[-1][1] == a and stretches[-1][2] == rgb and stretches[-1][3] == underline:
                stretches[-1] = (stretches[-1][0], b, rgb, underline)
            else:
                stretches.append((a, b, rgb, underline))
        return stretches

    def _stack(self, below: str, notes: frozenset[int]) -> tuple[int, int | None]:
        """The colour the ``notes`` make (indices into the looks, painted in that order), each a
        layer of ``_NOTE_ALPHA`` over the one before, over the opaque colour ``below`` (Qt's sums for a translucent colour painted over
        an opaque one: premultiplied, each product rounded as ``qt_div_255``), and the colour of
        the underline that shows: the last underlined note's, under the layers painted after it."""
        key = (below, notes)
        found = self._stacks.get(key)
        if found is not None:
            return found
        looks = self._looks
        assert looks is not None
        r, g, b = _channels(below)
        under = _UNDER
        underline: tuple[int, int, int] | None = None
        layers = self._layers
        for i in sorted(notes):  # a layer over the channels below: its share plus what shows through
            nr, ng, nb, own = layers[i]
            r, g, b = nr + under[r], ng + under[g], nb + under[b]
            if own is not None:
                underline = own
            elif underline is not None:
                underline = (nr + under[underline[0]], ng + under[underline[1]], nb + under[underline[2]])
        colour = r << 16 | g << 8 | b
        found = self._stacks[key] = (
            colour,
            None if underline is None else underline[0] << 16 | underline[1] << 8 | underline[2],
        )
        return found

    def _text_in_sight(self, margin: float) -> tuple[int, int]:
        """The clean-text offsets shown, with ``margin`` view heights more above and below."""
        area = self.contentsRect()
        extra = int(max(1, area.height()) * margin)
        top = self.cursorForPosition(QPoint(0, -extra)).position()
        bottom = self.cursorForPosition(QPoint(area.width(), area.height() + extra)).position()
        return self.to_text(top), self.to_text(bottom)

    def _keep_highlights_in_sight(self) -> None:
        if self._covered is None:
            return
        if self._held:
            self._scrolled = True
            return
        low, high = self._text_in_sight(margin=0.0)
        if low < self._covered[0] or high > self._covered[1]:
            self._apply_highlights()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt API)
        super().scrollContentsBy(dx, dy)
        if dy:
            self._keep_highlights_in_sight()

    # ----- navigation -----------------------------------------------------------------------
    def scroll_to_offset(self, offset: int, margin: int = 24) -> None:
        """Bring ``offset`` to the top. Kept as a target: layout positions are only right once the
        view has its real width, so showing or resizing applies it again."""
        self._scroll_target = (offset, margin)
        self._apply_scroll()

    def top_offset(self) -> int:
        """The clean-text offset at the top of the view: where the reader is."""
        return self.to_text(self.cursorForPosition(self.viewport().rect().topLeft()).position())

    def _apply_scroll(self) -> None:
        if self._scroll_target is None or self.document_model is None:
            return
        offset, margin = self._scroll_target
        position = self.to_view(offset)
        block = self.document().findBlock(position)
        rect = self.document().documentLayout().blockBoundingRect(block)
        # the line that holds the offset, not its paragraph's first (a page that starts mid-paragraph)
        line = block.layout().lineForTextPosition(position - block.position()) if block.layout() else None
        top = rect.top() + (line.y() if line is not None and line.isValid() else 0.0)
        self.verticalScrollBar().setValue(max(0, int(top) - margin))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        if event.size().width() <= 0:
            return  # no width, nothing in sight: laying the text out one word a line is wasted
        super().resizeEvent(event)
        if self._unshown is not None:  # the first show came while the view had no width
            event, self._unshown = self._unshown, None
            super().showEvent(event)
        if self._gutter is not None:
            self._gutter.place()
        self._apply_scroll()
        self._keep_highlights_in_sight()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the notes' stretches are worked out over its base colour
            self._recolour_marks()
            self._apply_highlights()

    def _recolour_marks(self) -> None:
        """The principle, passage and find marks in the colours of the theme now shown."""
        colours = _TO_DARK if self._dark() else _TO_LIGHT

        def recoloured(mark: Highlight) -> Highlight:
            return mark._replace(colour=colours.get(mark.colour, mark.colour))

        if self._principle is not None:
            self._principle = recoloured(self._principle)
        if self._passage is not None:
            self._passage = recoloured(self._passage)
        self._found = [recoloured(h) for h in self._found]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        if self.width() <= 0 and self._unshown is None:
            # A view built in a tab before the window is shown gets its show before its size.
            # Qt's first show brings the cursor into sight, which lays the text out at width
            # 0, a word a line (6 ms for a 40 kB letter at start); that step waits for a width.
            from PySide6.QtGui import QShowEvent

            self._unshown = QShowEvent()
            return
        super().showEvent(event)
        self._apply_scroll()
        self._keep_highlights_in_sight()

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.to_text(cursor.selectionStart()), self.to_text(cursor.selectionEnd())
        return (start, end) if end > start else None

    # ----- interaction ----------------------------------------------------------------------
    def annotation_at(self, point: QPoint) -> str | None:
        offset = self.to_text(self.cursorForPosition(point).position())
        for h in self._annotations:
            if h.annotation_id and h.start <= offset < h.end:
                return h.annotation_id
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            annotation_id = self.annotation_at(event.position().toPoint())
            if annotation_id:
                self.annotationClicked.emit(annotation_id)

    def request_annotation_of_selection(self) -> None:
        span = self.selected_span()
        if span and self.document_model is not None:
            self.annotateSelectionRequested.emit(self.document_model.id, span[0], span[1])

    def request_amendment_of_selection(self) -> None:
        span = self.selected_span()
        if span and self.document_model is not None:
            self.amendSelectionRequested.emit(self.document_model.id, span[0], span[1])

    def _request_link(self) -> None:
        span = self.selected_span()
        if span and self.document_model is not None:
            self.linkSelectionRequested.emit(self.document_model.id, span[0], span[1])

    def _context_menu(self, point: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.viewport().mapToGlobal(point))
        menu.deleteLater()

    def context_menu(self) -> QMenu:
        """The right-click menu for the current selection (built anew each time: what is enabled
        depends on the selection)."""
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        annotate = menu.addAction(self.tr("&Selectie annoteren…") + "\tCtrl+Shift+A")
        annotate.setEnabled(self.selected_span() is not None)
        annotate.triggered.connect(lambda _checked=False: self.request_annotation_of_selection())
        amend = menu.addAction(self.tr("A&mendement op selectie…"))
        amend.setEnabled(self.selected_span() is not None)
        amend.triggered.connect(lambda _checked=False: self.request_amendment_of_selection())
        link = menu.addAction(self.tr("Koppe&l selectie aan het uitgangspunt"))
        link.setEnabled(self.selected_span() is not None)
        link.triggered.connect(lambda _checked=False: self._request_link())
        menu.addSeparator()
        copy = menu.addAction(
            self.tr("&Kopiëren")
            + "\t"
            + QKeySequence(QKeySequence.StandardKey.Copy).toString(QKeySequence.SequenceFormat.NativeText)
        )
        copy.setEnabled(self.textCursor().hasSelection())
        copy.triggered.connect(lambda _checked=False: self.copy())
        select_all = menu.addAction(
            self.tr("&Alles selecteren")
            + "\t"
            + QKeySequence(QKeySequence.StandardKey.SelectAll).toString(QKeySequence.SequenceFormat.NativeText)
        )
        select_all.triggered.connect(lambda _checked=False: self.selectAll())
        return menu
