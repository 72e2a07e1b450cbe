"""The document view on its own: which annotation highlights it hands to Qt to paint."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from raadsviewer.domain.model import Block, BlockKind, Document, DocumentRole
from raadsviewer.ui.document_view import DocumentView, Highlight


def _long_document(paragraphs: int) -> Document:
    texts = [f"Alinea {i}: de toegang tot jeugdhulp blijft onafhankelijk en dichtbij." for i in range(paragraphs)]
    blocks, start = [], 0
    for text in texts:
        blocks.append(Block(BlockKind.PARAGRAPH, text, start, start + len(text)))
        start += len(text) + 2
    return Document(
        "d", "x", DocumentRole.BACKGROUND, "Lang", "lang.txt", "0" * 64, 1, "\n\n".join(texts), tuple(blocks)
    )


def _painted(view: DocumentView) -> set[tuple[int, int, str]]:
    """The selections Qt paints: (start, end, colour) in the text; the colour of an underlined one
    is its underline's (a lone note's own colour; its background is that colour as a translucent
    layer, worked out by the view), of the others their background."""
    from PySide6.QtGui import QTextCharFormat

    return {
        (
            view.to_text(s.cursor.selectionStart()),
            view.to_text(s.cursor.selectionEnd()),
            s.format.underlineColor().name()
            if s.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
            else s.format.background().color().name(),
        )
        for s in view.extraSelections()
    }


def _shown(qtbot, document) -> DocumentView:  # type: ignore[no-untyped-def]
    """A view of ``document`` on screen, small enough that most of it is out of sight."""
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_document(document)
    return view


def test_highlights_of_notes_far_down_are_painted_once_scrolled_to(qtbot) -> None:
    """Only the highlights near the view are handed to Qt (thousands slow every paint); the ones
    in sight are always among them, before and after scrolling, and a click finds any of them."""
    document = _long_document(400)
    view = _shown(qtbot, document)
    top = document.blocks[1]
    bottom = document.blocks[-2]
    highlights = [
        Highlight(top.start, top.start + 6, "#009e73", "a-top", underline=True),
        Highlight(bottom.start, bottom.start + 6, "#0072b2", "a-bottom", underline=True),
    ]
    view.set_annotation_highlights(highlights)
    near_top = (top.start, top.start + 6, QColor("#009e73").name())
    near_bottom = (bottom.start, bottom.start + 6, QColor("#0072b2").name())
    assert near_top in _painted(view)
    assert near_bottom not in _painted(view)  # thousands of pixels below the view

    view.scroll_to_offset(bottom.start)
    qtbot.waitUntil(lambda: near_bottom in _painted(view))
    assert near_top not in _painted(view)
    assert view.annotation_highlights() == highlights  # every note is still there to be clicked

    view.set_principle_highlight((bottom.start, bottom.end))  # another highlight set keeps the ones in sight
    assert near_bottom in _painted(view)
    view.verticalScrollBar().setValue(0)
    assert near_top in _painted(view)


def test_highlights_set_while_scrolling_together_are_all_painted(qtbot) -> None:
    """A principle switch sets a highlight and scrolls in one go: what is in sight at the end, the
    new highlight and the notes there, is what Qt paints."""
    document = _long_document(400)
    view = _shown(qtbot, document)
    bottom = document.blocks[-3]
    view.set_annotation_highlights([Highlight(bottom.start, bottom.start + 6, "#0072b2", "a1", underline=True)])
    with view.together():
        view.set_principle_highlight((bottom.start, bottom.end))
        view.scroll_to_offset(bottom.start)
        assert (bottom.start, bottom.end, QColor("#fff1b8").name()) not in _painted(view)  # not yet: at the end
    painted = _painted(view)
    assert (bottom.start, bottom.end, QColor("#fff1b8").name()) in painted
    assert (bottom.start, bottom.start + 6, QColor("#0072b2").name()) in painted


def _framework() -> Document:
    """A heading, wrapped paragraphs and numbered items: highlights across lines and blocks."""
    parts = [
        (BlockKind.HEADING, "Uitgangspunten voor de inkoop van jeugdhulp", 1, None),
        (
            BlockKind.PARAGRAPH,
            "De gemeenten kopen jeugdhulp gezamenlijk in waar dat de kwaliteit en de continuïteit van "
            "zorg ten goede komt, en lokaal waar de toegang dichtbij de inwoner moet blijven.",
            0,
            None,
        ),
        (BlockKind.NUMBERED, "Het kind en het gezin staan centraal; de hulp sluit aan bij hun vraag.", 0, "1"),
        (BlockKind.NUMBERED, "Aanbieders werken samen met het onderwijs en de huisarts in de wijk.", 0, "2"),
        (
            BlockKind.PARAGRAPH,
            "Wij sturen op resultaat en niet op verrichtingen, met zo min mogelijk administratieve lasten "
            "voor aanbieders en een reële prijs voor goede zorg, vastgesteld na overleg met de sector.",
            0,
            None,
        ),
    ]
    blocks, start = [], 0
    for kind, text, level, number in parts:
        blocks.append(Block(kind, text, start, start + len(text), level=level, number=number))
        start += len(text) + 2
    return Document(
        "k",
        "x",
        DocumentRole.FRAMEWORK,
        "Kader",
        "kader.txt",
        "0" * 64,
        1,
        "\n\n".join(p[1] for p in parts),
        tuple(blocks),
    )


def _stacks(document: Document, seed: int) -> list[Highlight]:
    """Notes of several factions that overlap deeply, share their ends, and meet where one ends
    and the next begins (the places where flattened stretches could differ from the stacked ones)."""
    import random

    rng = random.Random(seed)
    length = len(document.text)
    places = sorted(rng.sample(range(length), 24))  # few ends, so many notes share them
    colours = ["#009e73", "#0072b2", "#d55e00", "#cc79a7", "#e69f00", "#b00020"]
    notes = []
    for i in range(60):
        start, end = sorted(rng.sample(places, 2))
        notes.append(Highlight(start, end, rng.choice(colours), f"a{i}", underline=rng.random() < 0.8))
    return notes


def _stacked_by_qt(view: DocumentView, principle, passage, notes: list[Highlight]) -> None:
    """The picture the reader knows: every highlight its own selection, the notes translucent, one
    per place and colour, in the order they are listed."""
    from PySide6.QtGui import QTextCharFormat, QTextCursor
    from PySide6.QtWidgets import QTextEdit

    def selection(start: int, end: int, colour: str, alpha: int, underline: bool) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.to_view(start))
        cursor.setPosition(view.to_view(end), QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        background = QColor(colour)
        background.setAlpha(alpha)
        fmt = QTextCharFormat()
        fmt.setBackground(background)
        if underline:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(colour))
        sel.format = fmt
        return sel

    stacked = [selection(*principle, "#5a4a10" if view._dark() else "#fff1b8", 255, False)]
    stacked.append(selection(*passage, "#1f3b5c" if view._dark() else "#dcecff", 255, False))
    looks = dict.fromkeys((n.start, n.end, n.colour, n.underline) for n in notes)  # one per place and colour
    stacked.extend(selection(start, end, colour, 70, underline) for start, end, colour, underline in looks)
    view.setExtraSelections(stacked)


def _seams(view: DocumentView) -> list[tuple[int, int, int]]:
    """Where the view's stretches and the stacked notes may differ: (x, top, bottom) of the
    places where a selection begins or ends and of the end of every line, in the viewport."""
    from PySide6.QtGui import QTextCursor

    seams = []
    for selection in view.extraSelections():
        for position in (selection.cursor.selectionStart(), selection.cursor.selectionEnd()):
            cursor = QTextCursor(view.document())
            cursor.setPosition(position)
            rect = view.cursorRect(cursor)
            seams.append((rect.x(), rect.top(), rect.bottom()))
    offset = view.verticalScrollBar().value()
    block = view.document().begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i).naturalTextRect().translated(origin)
            top, bottom = int(line.top()) - offset, int(line.bottom()) - offset + 1
            for x in (line.right(), line.right() + 1):
                seams.append((round(x), top, bottom))
        block = block.next()
    return seams


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_highlights_paint_the_pixels_of_the_stacked_notes(qtbot, theme: str, seed: int) -> None:
    """The view hands Qt stretches that do not overlap, each in the colour its stack of notes
    makes, instead of every note as its own translucent selection (Qt paints a paragraph again for
    every selection in it: 30 stacked notes, 30 times). The reader must see the same picture: in
    the light and the dark palette, where notes share an end, where one ends as another begins, and
    where they cross lines, blocks and the principle's and the passage's highlights, every pixel is
    the stacked picture's, to the pixel, but for one-pixel columns where two stretches meet or a
    line ends: Qt rounds each selection outward, so where stacked notes meet, a column holds the
    layers of both sides (a darker seam), and it paints a selection that spans a whole line only
    to the text's edge."""
    from raadsviewer.ui.help import dark_palette

    document = _framework()
    notes = _stacks(document, seed)
    principle = (document.blocks[1].start + 11, document.blocks[3].end - 5)
    passage = (document.blocks[2].start + 4, document.blocks[4].start + 40)
    images, views = [], []
    for by_the_view in (True, False):
        view = DocumentView()
        views.append(view)
        qtbot.addWidget(view)
        if theme == "dark":
            view.setPalette(dark_palette())
        view.resize(520, 420)
        view.show()
        qtbot.waitExposed(view)
        view.set_document(document)
        if by_the_view:
            view.set_principle_highlight(principle)
            view.set_passage_highlight(passage)
            view.set_annotation_highlights(notes)
            assert len(view.extraSelections()) > 0
        else:
            _stacked_by_qt(view, principle, passage, notes)
        images.append(view.viewport().grab().toImage())
    shown, stacked = images
    assert shown.size() == stacked.size()
    differing = [
        (x, y) for y in range(shown.height()) for x in range(shown.width()) if shown.pixel(x, y) != stacked.pixel(x, y)
    ]
    seams = _seams(views[0])
    unexplained = [
        (x, y) for x, y in differing if not any(abs(x - sx) <= 1 and top <= y <= bottom for sx, top, bottom in seams)
    ]
    assert unexplained == [], f"{len(unexplained)} pixels differ away from a seam, first {unexplained[:5]}"
    assert len(differing) < 0.005 * shown.width() * shown.height(), len(differing)
    assert len({stacked.pixel(x, y) for y in range(0, stacked.height(), 3) for x in range(stacked.width())}) > 20


def test_stacked_notes_follow_the_palette(qtbot) -> None:
    """A stretch's colour is worked out over the view's background: a switch to the dark palette
    works it out again (a light stretch left on a dark page would glare and hide the text)."""
    from raadsviewer.ui.help import dark_palette

    document = _long_document(20)
    view = _shown(qtbot, document)
    block = document.blocks[1]
    view.set_annotation_highlights([Highlight(block.start, block.start + 12, "#0072b2", "a1")])

    def background() -> QColor:
        (selection,) = view.extraSelections()
        return selection.format.background().color()

    light = background()
    assert light.lightness() > 160  # a tint of blue over white
    view.setPalette(dark_palette())
    dark = background()
    assert dark.lightness() < 100, dark.name()  # the same tint over the dark page


def test_a_view_shown_before_it_has_a_width_lays_its_text_out_only_at_its_width(qtbot) -> None:
    """A background tab's view is built before the window is shown, so Qt shows it while it is
    still 0 px wide. Its text is laid out once it has a width, not a word a line at width 0 (which
    cost 6 ms of the start); its first show still brings the top into sight."""
    from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    page = QWidget()
    splitter = QSplitter()
    QVBoxLayout(page).addWidget(splitter)
    tabs.addTab(page, "Achtergrond")
    view = DocumentView()
    splitter.insertWidget(0, view)
    view.set_document(_long_document(200))
    widths: list[float] = []
    view.document().documentLayout().documentSizeChanged.connect(lambda size: widths.append(size.width()))
    tabs.resize(500, 400)
    tabs.show()
    qtbot.waitExposed(tabs)
    assert view.width() > 300
    assert widths, "the text was laid out"
    assert min(widths) > 200, widths  # never at (nearly) no width
    assert view.document().textWidth() == view.viewport().width()
    assert view.verticalScrollBar().value() == 0
    assert view.cursorRect().top() >= 0  # the first show's step: the cursor (the top) in sight


def test_a_paragraph_of_megabytes_is_shown_in_pieces_and_every_offset_maps_both_ways(qtbot) -> None:
    """Qt lays a paragraph out whole: one of 40 MB held the window 20 s and its end could not be
    scrolled to. A block longer than SHOWN_CHARS is shown as paragraphs of at most that length,
    and clean-text offsets still map to the view and back, also in the pieces after the first."""
    from raadsviewer.ui.document_view import SHOWN_CHARS

    words = " ".join(f"woord{i}" for i in range(60_000))  # some 500,000 characters
    head = "Titel"
    text = f"{head}\n\n{words}\n\nSlot."
    start = len(head) + 2
    blocks = (
        Block(BlockKind.HEADING, head, 0, len(head), level=1),
        Block(BlockKind.PARAGRAPH, words, start, start + len(words)),
        Block(BlockKind.PARAGRAPH, "Slot.", start + len(words) + 2, len(text)),
    )
    document = Document("d", "x", DocumentRole.BACKGROUND, "Lang", "lang.txt", "0" * 64, 1, text, blocks)
    view = _shown(qtbot, document)
    qdoc = view.document()
    assert qdoc.blockCount() >= 2 + len(words) // SHOWN_CHARS
    block = qdoc.begin()
    while block.isValid():
        assert block.length() <= SHOWN_CHARS + 1
        block = block.next()
    shown = qdoc.toPlainText().replace("\n", " ")  # (a paragraph's end is a line end there)
    for offset in (0, start, start + 123_456, start + len(words) - 3, len(text) - 2):
        position = view.to_view(offset)
        assert view.to_text(position) == offset
        assert shown[position : position + 3] == text[offset : offset + 3]  # (within a block)


def test_a_headings_label_is_shown_before_it_and_offsets_still_map(qtbot) -> None:
    """A heading's number or label kept apart from its text ("## 3. Zorg dichtbij", or a label
    "Uitgangspunt 3" over its title) was not shown at all: the view showed list items' numbers
    only. It is shown before the heading, outside the text that notes and search point into."""
    texts = ["Zorg dichtbij huis", "Tekst over zorg.", "Eenvoudige toegang", "Inleiding"]
    blocks, start = [], 0
    kinds = [
        (BlockKind.HEADING, "Uitgangspunt 1", 1),
        (BlockKind.PARAGRAPH, "", None),
        (BlockKind.HEADING, "2.", 2),
        (BlockKind.HEADING, "", None),
    ]
    for text, (kind, marker, number) in zip(texts, kinds, strict=True):
        blocks.append(
            Block(
                kind,
                text,
                start,
                start + len(text),
                level=2 * (kind is BlockKind.HEADING),
                number=number,
                marker=marker,
            )
        )
        start += len(text) + 2
    full = "\n\n".join(texts)
    document = Document("d", "x", DocumentRole.FRAMEWORK, "Kader", "k.txt", "0" * 64, 1, full, tuple(blocks))
    view = _shown(qtbot, document)
    shown = view.document().toPlainText().split("\n")
    assert shown == [
        "Uitgangspunt 1 –\u2002Zorg dichtbij huis",
        "Tekst over zorg.",
        "2.\u2002Eenvoudige toegang",
        "Inleiding",
    ]
    for block in blocks:
        position = view.to_view(block.start)
        assert view.to_text(position) == block.start
        assert view.document().toPlainText()[position : position + 4] == full[block.start : block.start + 4]


def test_scrolling_to_an_offset_brings_its_line_to_the_top_not_its_paragraphs_first(qtbot) -> None:
    """A page of a PDF, a search hit or a passage may start in the middle of a long paragraph:
    scrolling to it brought the paragraph's first line to the top, the offset many lines below
    (on the page before it, for the original pages kept in step)."""
    words = " ".join(f"woord{i}" for i in range(600))
    text = f"Kop\n\n{words}\n\nSlot."
    start = text.index(words)
    blocks = (
        Block(BlockKind.PARAGRAPH, "Kop", 0, 3),
        Block(BlockKind.PARAGRAPH, words, start, start + len(words)),
        Block(BlockKind.PARAGRAPH, "Slot.", len(text) - 5, len(text)),
    )
    view = _shown(qtbot, Document("d", "x", DocumentRole.BACKGROUND, "Lang", "l.txt", "0" * 64, 1, text, blocks))
    target = text.index("woord400")
    view.scroll_to_offset(target, margin=0)
    assert start + 200 < view.top_offset() <= target < view.top_offset() + 120  # the target's line is on top
