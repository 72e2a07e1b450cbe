"""The document view on its own: which annotation highlights it hands to Qt to paint."""

from __future__ import annotations

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


def test_highlights_of_notes_far_down_are_painted_once_scrolled_to(qtbot) -> None:
    """Only the highlights near the view are handed to Qt (thousands slow every paint); the ones
    in sight are always among them, before and after scrolling, and a click finds any of them."""
    document = _long_document(400)
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_document(document)
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
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_document(document)
    bottom = document.blocks[-3]
    view.set_annotation_highlights([Highlight(bottom.start, bottom.start + 6, "#0072b2", "a1", underline=True)])
    with view.together():
        view.set_principle_highlight((bottom.start, bottom.end))
        view.scroll_to_offset(bottom.start)
        assert (bottom.start, bottom.end, QColor("#fff1b8").name()) not in _painted(view)  # not yet: at the end
    painted = _painted(view)
    assert (bottom.start, bottom.end, QColor("#fff1b8").name()) in painted
    assert (bottom.start, bottom.start + 6, QColor("#0072b2").name()) in painted
