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
    """The annotation highlights among the selections Qt paints: (start, end, colour) in the text."""
    return {
        (
            view.to_text(s.cursor.selectionStart()),
            view.to_text(s.cursor.selectionEnd()),
            s.format.background().color().name(),
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


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_highlights_paint_the_pixels_of_the_stacked_notes(qtbot, theme: str, seed: int) -> None:
    """Whatever the view hands to Qt to paint deep stacks of notes faster, the reader sees every
    note as a translucent layer over the principle's and the passage's highlight, in order, to the
    pixel: in the light and the dark palette, where notes share an end, where one ends as another
    begins, and where they cross lines, blocks and the other highlights. (Stretches that do not
    overlap in the colour the stack makes differ from this at the pixel column where two meet and
    at the end of a wrapped line: Qt rounds each selection outward, and paints one that spans a
    whole line only to the text's edge.)"""
    from raadsviewer.ui.help import dark_palette

    document = _framework()
    notes = _stacks(document, seed)
    principle = (document.blocks[1].start + 11, document.blocks[3].end - 5)
    passage = (document.blocks[2].start + 4, document.blocks[4].start + 40)
    images = []
    for by_the_view in (True, False):
        view = DocumentView()
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
    assert differing == [], f"{len(differing)} pixels differ, first {differing[:5]}"
    assert len({stacked.pixel(x, y) for y in range(0, stacked.height(), 3) for x in range(stacked.width())}) > 20
