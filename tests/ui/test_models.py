"""Item models as plain objects: rows, data, markers and filters, without a window."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListView

from raadsviewer.domain.model import Annotation, Faction, Principle, Stance, Visibility
from raadsviewer.ui.models import (
    AnnotationDelegate,
    AnnotationFilter,
    AnnotationsModel,
    MarkersRole,
    ObjectRole,
    PrincipleDelegate,
    PrinciplesModel,
)

GL = Faction(id="f1", name="GroenLinks", colour="#009e73", seats=5)
VVD = Faction(id="f2", name="VVD", colour="#0072b2", seats=7)


def principle(n: int) -> Principle:
    return Principle(id=f"p{n}", document_id="d", number=n, title=f"Titel {n}", text=f"Titel {n}", start=0, end=7)


def annotation(i: int, faction: Faction, stance: Stance, principle_id: str = "p1") -> Annotation:
    now = datetime(2026, 11, 1, 12, 0)
    return Annotation(
        id=f"a{i}",
        dossier_id="x",
        faction_id=faction.id,
        faction_name=faction.name,
        author="lid",
        stance=stance,
        visibility=Visibility.FRACTIE,
        body=f"tekst {i}",
        principle_id=principle_id,
        principle_number=1,
        anchor=None,
        created_at=now,
        updated_at=now,
        version=1,
        revision_id="r",
    )


def test_principles_model_rows_titles_and_markers(qtbot) -> None:
    model = PrinciplesModel()
    model.set_principles([principle(1), principle(2), principle(3)])
    assert model.rowCount() == 3
    assert model.data(model.index(1)) == "2. Titel 2"
    assert model.data(model.index(0), ObjectRole).number == 1
    assert model.row_of(3) == 2 and model.row_of(99) == -1
    model.set_counts({"p1": {"f1": 2, "f2": 1}}, [GL, VVD])
    assert model.data(model.index(0), MarkersRole) == [("GroenLinks", "#009e73", 2), ("VVD", "#0072b2", 1)]
    assert model.data(model.index(1), MarkersRole) == []
    assert "GroenLinks: 2" in model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)


def test_annotation_filter_by_faction_and_stance(qtbot) -> None:
    model = AnnotationsModel()
    model.set_annotations(
        [annotation(1, GL, Stance.ZORG), annotation(2, VVD, Stance.ZORG), annotation(3, GL, Stance.STEUN)], [GL, VVD]
    )
    proxy = AnnotationFilter()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 3
    proxy.set_filter("GroenLinks", "")
    assert [proxy.index(r, 0).data(ObjectRole).id for r in range(proxy.rowCount())] == ["a1", "a3"]
    proxy.set_filter("GroenLinks", "zorg")
    assert proxy.rowCount() == 1
    proxy.set_filter("", "steun")
    assert proxy.index(0, 0).data(ObjectRole).id == "a3"
    proxy.set_filter("", "")
    assert proxy.rowCount() == 3
    assert model.colour(annotation(9, VVD, Stance.VRAAG)) == "#0072b2"


def _row_colours(view, rows: int) -> list[QColor]:
    """The colour a few pixels in from the left edge of each row, where no text is drawn."""
    image = view.viewport().grab().toImage()
    return [QColor(image.pixel(3, view.visualRect(view.model().index(r, 0)).center().y())) for r in range(rows)]


def test_delegates_paint_the_selected_row_as_selected(qtbot) -> None:
    """The delegates read selection from the view, not from the style option: the selected row
    gets the highlight, the others do not, in both lists."""
    principles = PrinciplesModel()
    principles.set_principles([principle(1), principle(2), principle(3)])
    principles.set_counts({"p2": {"f1": 4}}, [GL])
    principles_view = QListView()
    principles_view.setModel(principles)
    principles_view.setItemDelegate(PrincipleDelegate(principles_view))
    annotations = AnnotationsModel()
    annotations.set_annotations([annotation(1, GL, Stance.ZORG), annotation(2, VVD, Stance.STEUN)], [GL, VVD])
    annotations_view = QListView()
    annotations_view.setModel(annotations)
    annotations_view.setItemDelegate(AnnotationDelegate(annotations_view))
    for view in (principles_view, annotations_view):
        qtbot.addWidget(view)
        view.resize(360, 400)
        view.show()
    qtbot.waitExposed(annotations_view)
    highlight = principles_view.palette().highlight().color()

    principles_view.setCurrentIndex(principles.index(1))
    colours = _row_colours(principles_view, 3)
    assert colours[1] == highlight
    assert colours[0] != highlight and colours[2] != highlight

    def tinted(colour: QColor) -> bool:  # the annotation card's background: highlight at low alpha
        return colour != principles_view.palette().base().color()

    before = QColor(
        annotations_view.viewport()
        .grab()
        .toImage()
        .pixel(30, annotations_view.visualRect(annotations.index(0)).center().y())
    )
    annotations_view.setCurrentIndex(annotations.index(0))
    image = annotations_view.viewport().grab().toImage()
    first = QColor(image.pixel(30, annotations_view.visualRect(annotations.index(0)).bottom() - 4))
    second = QColor(image.pixel(30, annotations_view.visualRect(annotations.index(1)).bottom() - 4))
    assert tinted(first) and not tinted(second)
    assert before != first


def test_annotation_filter_matches_names_with_pattern_characters(qtbot) -> None:
    """The filter is a pattern on a key: a faction name full of pattern characters matches itself only."""
    odd = Faction(id="f3", name="Lokaal (D66+GL) .*", colour="#123456", seats=2)
    model = AnnotationsModel()
    model.set_annotations(
        [annotation(1, odd, Stance.ZORG), annotation(2, GL, Stance.ZORG), annotation(3, odd, Stance.STEUN)], [GL, odd]
    )
    proxy = AnnotationFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(odd.name, "")
    assert [proxy.index(r, 0).data(ObjectRole).id for r in range(proxy.rowCount())] == ["a1", "a3"]
    proxy.set_filter(odd.name, "steun")
    assert [proxy.index(r, 0).data(ObjectRole).id for r in range(proxy.rowCount())] == ["a3"]
    proxy.set_filter("Lokaal", "")
    assert proxy.rowCount() == 0


def _shown(qtbot, model, delegate_type, width: int, height: int):  # type: ignore[no-untyped-def]
    """A list view of ``model`` with its delegate, shown at this size: (view, delegate)."""
    view = QListView()
    view.setModel(model)
    delegate = delegate_type(view)
    view.setItemDelegate(delegate)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view, delegate


def _card_heights(view: QListView, model: AnnotationsModel) -> list[int]:
    return [view.visualRect(model.index(r)).height() for r in range(model.rowCount())]


def test_annotation_cards_grow_to_their_text_at_every_width_and_version(qtbot) -> None:
    """Heights are remembered, but a card is as tall as its text: a longer text is a taller card,
    a narrower list wraps into taller cards, and an edited note (a new version) is measured anew."""
    short = annotation(1, GL, Stance.ZORG)
    long = annotation(2, VVD, Stance.STEUN)._replace(body="Een langere tekst over de toegang tot jeugdhulp. " * 5)
    longest = annotation(3, GL, Stance.VRAAG)._replace(body="Woorden genoeg voor meer dan twaalf regels. " * 80)
    model = AnnotationsModel()
    model.set_annotations([short, long, longest], [GL, VVD])
    view, _delegate = _shown(qtbot, model, AnnotationDelegate, 420, 700)
    qtbot.waitUntil(lambda: all(h > 0 for h in _card_heights(view, model)))
    wide = _card_heights(view, model)
    assert wide[0] < wide[1] < wide[2]
    line = view.fontMetrics().lineSpacing()
    assert wide[2] - wide[0] <= line * AnnotationDelegate.MAX_LINES  # the longest is cut at twelve lines

    view.resize(260, 700)
    qtbot.waitUntil(lambda: _card_heights(view, model)[1] > wide[1])
    assert _card_heights(view, model)[0] == wide[0]  # one line stays one line

    view.resize(420, 700)
    qtbot.waitUntil(lambda: _card_heights(view, model) == wide)
    edited = short._replace(body=long.body, version=2)
    model.set_annotations([edited, long, longest], [GL, VVD])
    qtbot.waitUntil(lambda: _card_heights(view, model)[0] == wide[1])


def _title_pixels(view: QListView, row: int, share: float) -> int:
    """How many dark grey pixels (the title's text; badges are coloured) the left ``share`` of a row holds."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(row, 0))
    pixels = (
        QColor(image.pixel(x, y)) for x in range(8, int(rect.width() * share)) for y in range(rect.top(), rect.bottom())
    )
    return sum(1 for colour in pixels if colour.lightness() < 90 and colour.saturation() < 60)


def test_a_principle_counted_by_a_dozen_factions_keeps_its_title_and_every_count(qtbot) -> None:
    """Twelve factions with counts of three figures took the whole row: the title was left no
    room and was not drawn at all. The counts now go on a line of their own under it."""
    factions = [Faction(id=f"f{i}", name=f"Fractie {i}", colour="#d55e00", seats=1) for i in range(12)]
    model = PrinciplesModel()
    model.set_principles([principle(1), principle(2)])
    model.set_counts({"p1": {f.id: 100 + i for i, f in enumerate(factions)}, "p2": {"f0": 3}}, factions)
    view, delegate = _shown(qtbot, model, PrincipleDelegate, 340, 300)
    crowded, single = view.visualRect(model.index(0)), view.visualRect(model.index(1))
    assert _title_pixels(view, 0, 0.4) > 20  # "1. Titel 1" is drawn
    assert crowded.height() > single.height()  # the counts' own line
    _title, under = delegate._layout(view.fontMetrics(), model.index(0), crowded.width() + 4)
    assert sum(map(len, under)) == 12  # every count, on lines that each fit the row
    assert all(sum(w + delegate.BADGE_GAP for _c, w, _t in line) <= crowded.width() for line in under)
    assert crowded.height() >= single.height() + len(under) * view.fontMetrics().height()


def test_status_colours_read_on_the_dark_theme() -> None:
    """The amendments' and moties' status colours kept their light-theme shades on the dark
    theme: "ingediend" was dark blue on near-black (2.6:1). On the dark palette's background
    each now reads at 4.5:1 or better; on the light theme they are as they were."""
    from PySide6.QtGui import QColor

    from raadsviewer.ui.amendments_pane import STATUS_COLOURS as AMENDMENT_COLOURS
    from raadsviewer.ui.help import dark_palette, readable
    from raadsviewer.ui.moties_pane import STATUS_COLOURS as MOTIE_COLOURS

    def luminance(colour: QColor) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    background = dark_palette().color(dark_palette().ColorRole.Base)
    for colour in [*AMENDMENT_COLOURS.values(), *MOTIE_COLOURS.values(), "#c62828"]:
        assert readable(colour, False) == colour
        shown = QColor(readable(colour, True))
        ratio = (luminance(shown) + 0.05) / (luminance(background) + 0.05)
        assert ratio >= 4.5, (colour, shown.name(), ratio)


def test_a_card_cut_at_twelve_lines_ends_in_an_ellipsis_and_shows_nothing_below(qtbot) -> None:
    """The card holds twelve lines; the text was drawn whole into it, so the top of the
    thirteenth line showed under the twelfth, and nothing said the text went on."""
    from PySide6.QtGui import QFontMetrics, QImage, QPainter

    from raadsviewer.ui import models

    longest = annotation(3, GL, Stance.VRAAG)._replace(body="Woorden genoeg voor meer dan twaalf regels. " * 80)
    image = QImage(300, 600, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    fm = QFontMetrics(painter.font())
    last = models._draw_lines(painter, models.QPoint(0, 0), 280, longest.body, 12)  # noqa: SLF001
    painter.end()
    assert last.endswith("…")  # the twelfth line says there is more
    rows_inked = [y for y in range(image.height()) if any(image.pixelColor(x, y).value() < 128 for x in range(300))]
    assert rows_inked and rows_inked[-1] < 12 * fm.lineSpacing()  # nothing of a thirteenth line
    assert rows_inked[-1] > 11 * fm.lineSpacing()  # twelve lines drawn


def test_a_short_list_is_measured_at_once_at_a_new_width(qtbot) -> None:
    """Cards kept the height of the first width for 200 ms after the window opened (the wait
    meant for dragging a splitter over thousands of cards): a few cards cut off their text."""
    cards = [
        annotation(i, GL, Stance.ZORG)._replace(body="Een langere tekst over de toegang tot jeugdhulp. " * (1 + i % 5))
        for i in range(1, 31)
    ]
    model = AnnotationsModel()
    model.set_annotations(cards, [GL, VVD])
    view, delegate = _shown(qtbot, model, AnnotationDelegate, 500, 700)
    wide = _card_heights(view, model)
    view.resize(260, 700)
    view.executeDelayedItemsLayout()
    assert not delegate._settling.isActive()  # noqa: SLF001
    narrow = _card_heights(view, model)  # at once, not 200 ms later
    assert all(n >= w for n, w in zip(narrow, wide, strict=True)) and narrow != wide


def test_a_word_longer_than_the_card_is_wrapped_inside_it(qtbot) -> None:
    """A pasted link or a word of thousands of letters ran past the card's right edge on one
    line; it is broken where the line ends, and the card grows to the lines it takes."""
    from PySide6.QtGui import QImage, QPainter

    from raadsviewer.ui import models

    word = "x" * 5_000
    image = QImage(400, 600, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    models._draw_lines(painter, models.QPoint(0, 0), 280, word, 12)  # noqa: SLF001
    painter.end()
    inked = [x for x in range(400) if any(image.pixelColor(x, y).value() < 128 for y in range(600))]
    assert inked and inked[-1] < 280  # nothing past the line's width
    rows = {y // 4 for y in range(600) if any(image.pixelColor(x, y).value() < 128 for x in range(400))}
    assert len(rows) > 8  # more than one line: the word goes on below

    short = annotation(1, GL, Stance.ZORG)
    long_word = annotation(2, VVD, Stance.STEUN)._replace(body="https://example.org/" + "a" * 400)
    model = AnnotationsModel()
    model.set_annotations([short, long_word], [GL, VVD])
    view, _delegate = _shown(qtbot, model, AnnotationDelegate, 420, 700)
    qtbot.waitUntil(lambda: all(h > 0 for h in _card_heights(view, model)))
    heights = _card_heights(view, model)
    assert heights[1] >= heights[0] + 2 * view.fontMetrics().lineSpacing()  # its lines, not one
