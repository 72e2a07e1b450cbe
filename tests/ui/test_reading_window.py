"""Linked reading in the window: passages, search, and the review after a new version."""

from __future__ import annotations

from pathlib import Path

from raadsviewer.domain.model import AnnotationDraft, Stance
from raadsviewer.services import annotations as annotation_service
from raadsviewer.ui.main_window import PASSAGES_TAB
from tests.conftest import ZHZ


def test_passages_tab_ranks_and_confirms(window) -> None:
    window.select_principle(7)
    window.right_tabs.setCurrentIndex(PASSAGES_TAB)
    pane = window.passages
    assert pane.passages, "principle 7 has a passage in the Werkgroep text"
    first = pane.passages[0]
    assert first.section_heading == "Versterken van de toegangstaak"
    pane.confirm_button.click()
    assert pane.passages[0].confirmed and window.context.faction in pane.passages[0].confirmed_by
    assert pane.list.item(0).text().startswith("✓")
    pane.show_button.click()
    view = window.documents.view_of(first.document_id)
    assert window.documents.background_tabs.currentWidget().view is view and view._passage is not None


def test_search_marks_hits_and_opens_the_place(window, qtbot) -> None:
    annotation_service.add_annotation(
        window.context.store,
        dossier_id=window.context.view.dossier.id,
        faction="GroenLinks",
        member="Anna",
        draft=AnnotationDraft("Medicalisering van kinderen tegengaan", Stance.ZORG),
        principle_number=2,
    )
    window.context.reload_annotations()
    window.searching.search_action.trigger()
    dialog = window.searching.dialog
    dialog.query.setText("de-medicaliseren")
    dialog.run()
    kinds = {h.kind for h in dialog.hits}
    assert "document" in kinds and "annotation" in kinds  # stemming finds "Medicalisering" too
    assert "<b" in dialog.results.toHtml().lower() or "font-weight" in dialog.results.toHtml()
    annotation_hit = next(n for n, h in enumerate(dialog.hits) if h.kind == "annotation")
    dialog.results.hitActivated.emit(annotation_hit)
    assert window.context.current_principle.number == 2
    assert window.annotations.selected().body.startswith("Medicalisering")
    dialog.query.setText("zzqqxx")
    dialog.run()
    assert dialog.hits == [] and "Niets gevonden" in dialog.results.toPlainText()


def test_new_version_and_its_review(window, tmp_path: Path) -> None:
    dossier = window.context.view.dossier.id
    kept = annotation_service.add_annotation(
        window.context.store,
        dossier_id=dossier,
        faction="GroenLinks",
        member="Anna",
        draft=AnnotationDraft("blijft"),
        quote="SMART afspraken met aanbieders",
    )
    lost = annotation_service.add_annotation(
        window.context.store,
        dossier_id=dossier,
        faction="GroenLinks",
        member="Anna",
        draft=AnnotationDraft("verdwijnt"),
        quote="Wet normering topinkomens",
    )
    newer = tmp_path / "zhz-vastgesteld.txt"
    text = ZHZ.read_text(encoding="utf-8").replace("12. Wet normering topinkomens\n13. Goed", "12. Goed")
    newer.write_text(text, encoding="utf-8")  # the adopted framework dropped a principle
    window.versions.import_new_version(str(newer), ZHZ.name)
    review = window.versions._review
    statuses = {r.item_id: r.status for r in review.reviews}
    assert statuses[lost.id] == "orphan" and statuses[kept.id] in ("exact", "moved")
    assert review.reviews[0].status == "orphan"  # what needs attention comes first
    assert window.principles.model.rowCount() == 12
    review.list.setCurrentRow(0)
    review.reviewed_button.click()
    assert "✓" in review.list.item(0).text()


def test_opening_the_passages_tab_keeps_it_open(window) -> None:
    window.select_principle(3)
    window.right_tabs.setCurrentIndex(PASSAGES_TAB)  # the tab clicked: its pane is built then
    assert window.right_tabs.currentIndex() == PASSAGES_TAB
    assert window.right_tabs.currentWidget() is window.passages


def test_original_pdf_pages_beside_the_text_in_step(window, tmp_path: Path, qtbot) -> None:
    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.ui.pdf_pages import PdfPagesView
    from tests.conftest import GRONINGEN
    from tests.formats.build import parsed_text, write_pdf

    # Not a sample already in the dossier: its PDF reads into the same text, so it would be
    # refused as already imported.
    pdf = write_pdf(parsed_text(GRONINGEN, DocumentRole.BACKGROUND), tmp_path / "groningen-reactie.pdf")
    window.versions.import_document(str(pdf), DocumentRole.BACKGROUND)
    assert window.documents.background_tabs.count() == 3
    window.documents.background_views()  # each tab shown once, as a reader going through them
    window.pages_action.trigger()
    splitters = [
        window.documents.background_tabs.widget(i)
        for i in range(window.documents.background_tabs.count())
        if window.documents.background_tabs.widget(i).findChild(PdfPagesView) is not None
    ]
    assert len(splitters) == 1  # only the document read from a PDF gets its pages
    pages = splitters[0].findChild(PdfPagesView)
    view = window.documents.background_views()[2]
    assert pages.page_count() > 1
    window.documents.background_tabs.setCurrentWidget(splitters[0])
    from raadsviewer.services.documents import page_map

    pages_of_text = page_map(window.context.store, view.document_model.id)
    # (a page may start mid-paragraph, even mid-line as the view wraps it: a line from its middle)
    second_page_middle = (pages_of_text[1][1] + pages_of_text[1][2]) // 2
    view.scroll_to_offset(second_page_middle, margin=0)  # text of page 2 at the top ...
    qtbot.waitUntil(lambda: pages.current_page() == 2, timeout=3000)  # ... shows page 2
    pages.show_page(1)  # and back: the first page brings the text to its start
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() < 40, timeout=3000)  # the top (document margin)
    window.pages_action.trigger()
    assert not pages.isVisibleTo(window)


def test_a_linked_passage_is_where_the_background_scrolls(window, qtbot) -> None:
    from PySide6.QtGui import QTextCursor

    window.select_principle(9)  # 'Ruimte bieden voor innovatie': no clear passage of its own
    werkgroep = next(v for v in window.documents.background_views() if "werkgroep" in v.document_model.source_name)
    assert werkgroep._passage is None
    start = werkgroep.document_model.text.index("Het is overigens niet alleen belangrijk")
    end = start + len("Het is overigens niet alleen belangrijk")
    cursor = QTextCursor(werkgroep.document())
    cursor.setPosition(werkgroep.to_view(start))
    cursor.setPosition(werkgroep.to_view(end), QTextCursor.MoveMode.KeepAnchor)
    werkgroep.setTextCursor(cursor)
    werkgroep._request_link()
    window.select_principle(1)
    window.select_principle(9)
    assert werkgroep._passage is not None and (werkgroep._passage.start, werkgroep._passage.end) == (start, end)
    assert "✓" in window.documents.passage_label.full_text()


def test_line_numbers_beside_the_framework_as_amendments_cite_them(window, settings) -> None:
    from raadsviewer.domain.lines import number_lines
    from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation
    from raadsviewer.services import amendments as amendment_service
    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.main_window import MainWindow

    view = window.documents.framework_view
    assert view.line_numbers() is None  # off until asked for
    window.line_numbers_action.trigger()  # Beeld › Regelnummers tonen
    gutter = view.line_numbers()
    assert gutter is not None and gutter.isVisible() and view.viewportMargins().left() == gutter.width() > 0
    text = view.document_model.text
    start = text.index("Versterken toegangstaak")
    [line] = [n for n in number_lines(text) if n.start <= start < n.end]
    window.select_principle(7)
    top = view.verticalScrollBar().value()
    drawn = dict((label, y) for y, label in gutter.numbers_at(top, top + view.viewport().height()))
    assert str(line.number) in drawn  # the number of the line the principle stands on, in view
    amendment_service.add_amendment(
        window.context.store,
        dossier_id=window.context.view.dossier.id,
        faction="GroenLinks",
        member="Anna de Vries",
        draft=AmendmentDraft(
            title="Onafhankelijk",
            operation=AmendmentOperation.VERVANGEN,
            old_text="Versterken toegangstaak",
            new_text="Versterken onafhankelijke toegang",
            principle_number=7,
        ),
    )
    window.context.reload_amendments()
    window.right_tabs.setCurrentWidget(window.amendments)
    assert f"regel {line.number}" in window.amendments.detail.toPlainText()
    # the choice is remembered: the next start shows the numbers at once
    again = MainWindow(window.context.store, settings, runner=SyncRunner())
    again.load_dossier()
    assert again.line_numbers_action.isChecked() and again.documents.framework_view.line_numbers() is not None
    again.close()
    window.line_numbers_action.trigger()
    assert view.line_numbers() is None and view.viewportMargins().left() == 0


def test_the_background_document_stays_put_as_principles_change(window, qtbot) -> None:
    """The line naming the passage found changes with every principle; the background document
    below it keeps its place and size (a line that wrapped to two and back moved the document and
    made it paint twice per switch). A narrow window ends the line in "…" with the whole in its
    tooltip."""
    from PySide6.QtWidgets import QApplication

    tabs = window.documents.background_tabs
    label = window.documents.passage_label
    seen = set()
    texts = set()
    for number in range(1, 14):
        window.select_principle(number)
        QApplication.processEvents()
        seen.add((tabs.geometry().getRect(), label.height()))
        texts.add(label.full_text())
        assert label.toolTip() == label.full_text()
    assert len(texts) > 3, "the line says something different for different principles"
    assert len(seen) == 1, seen
    window.resize(500, 850)
    QApplication.processEvents()
    full = label.full_text()
    assert label.text() != full and label.text().endswith("…") and full.startswith(label.text()[:-1])
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


def test_passages_are_ranked_ahead_so_a_switch_shows_them_at_once(qtbot, sample_store, settings) -> None:
    """With the window's own thread pool: once the window has been open a moment, every
    principle's passages are ranked without anyone asking, and choosing a principle shows its
    passage in the same turn (not "worden gezocht…" and a second paint when they arrive)."""
    from PySide6.QtCore import QThreadPool

    from raadsviewer.ui.main_window import MainWindow

    window = MainWindow(sample_store, settings)  # the real runner: ranking happens off the GUI thread
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.load_dossier()
    window.show()
    qtbot.waitExposed(window)
    context = window.context
    principles = context.view.principles
    assert len(principles) == 13
    qtbot.waitUntil(lambda: all(context.ranked(p) is not None for p in principles), timeout=20000)
    window.select_principle(7)  # no events processed between the choice and the check
    label = window.documents.passage_label.full_text()
    assert label.startswith("Passage bij uitgangspunt 7") and "Versterken van de toegangstaak" in label
    werkgroep = next(v for v in window.documents.background_views() if "werkgroep" in v.document_model.source_name)
    assert werkgroep._passage is not None
    QThreadPool.globalInstance().waitForDone(5000)


class _Later:
    """A runner that does its work only when told, as a slow worker would."""

    def __init__(self) -> None:
        self.jobs: list = []

    def run(self, fn, on_done, on_error, label: str = "") -> None:  # type: ignore[no-untyped-def]
        self.jobs.append((fn, on_done, on_error))

    def wait(self, msecs: int = 0) -> bool:
        return True

    def finish_all(self) -> None:
        while self.jobs:
            fn, on_done, _on_error = self.jobs.pop(0)
            on_done(fn(lambda _p, _s: None))


def _window_with(runner, qtbot, store, settings):  # type: ignore[no-untyped-def]
    from raadsviewer.ui.main_window import MainWindow

    window = MainWindow(store, settings, runner=runner)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.load_dossier()
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_ranking_asked_before_the_store_was_replaced_is_asked_again(qtbot, sample_store, settings) -> None:
    """A ranking that comes back after the links or the store changed under it is not shown (it
    may be out of date); the principle being read is ranked again, so its passage still appears."""
    runner = _Later()
    window = _window_with(runner, qtbot, sample_store, settings)
    runner.finish_all()
    window.context.replace_store(sample_store)  # a restored backup: what was ranked is forgotten
    window.select_principle(7)
    assert window.documents.passage_label.full_text().startswith("Passages bij uitgangspunt 7 worden gezocht")
    window.context.replace_store(sample_store)  # while principle 7 is being ranked
    runner.finish_all()
    label = window.documents.passage_label.full_text()
    assert label.startswith("Passage bij uitgangspunt 7") and "Versterken van de toegangstaak" in label


def test_a_principle_being_ranked_ahead_is_not_ranked_twice_when_chosen(qtbot, sample_store, settings) -> None:
    """Choosing the principle that is being ranked ahead waits for that ranking instead of asking
    for a second one, and shows it when it comes."""
    from PySide6.QtWidgets import QApplication

    runner = _Later()
    window = _window_with(runner, qtbot, sample_store, settings)
    runner.finish_all()  # the first principle's ranking
    QApplication.processEvents()  # the next one is asked for ahead
    assert len(runner.jobs) == 1
    ahead = next(p for p in window.context.view.principles if window.context.ranked(p) is None)
    window.select_principle(ahead.number)
    assert len(runner.jobs) == 1, "the same principle asked for twice"
    runner.finish_all()
    assert window.context.ranked(ahead) is not None
    assert not window.documents.passage_label.full_text().startswith(
        f"Passages bij uitgangspunt {ahead.number} worden gezocht"
    )


def _rows_overlap_their_text(window) -> list[int]:  # type: ignore[no-untyped-def]
    """The principles whose row is lower than its delegate asks at the list's present width: the
    next row starts inside it (a two-line title in a one-line row runs into the next principle)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    view = window.principles.list
    model = view.model()
    option = QStyleOptionViewItem()
    option.font = view.font()
    tops = [view.visualRect(model.index(row, 0)).top() for row in range(model.rowCount())]
    asked = [view.itemDelegate().sizeHint(option, model.index(row, 0)).height() for row in range(model.rowCount())]
    return [row + 1 for row in range(len(tops) - 1) if tops[row + 1] - tops[row] < asked[row]]


def test_principle_rows_grow_when_the_pane_is_dragged_narrower(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Dragging the splitter changes only the list's width; rows whose titles now take two lines
    must grow (a list lays its rows out again by itself only when its height changes)."""
    qtbot.waitUntil(lambda: not _rows_overlap_their_text(window))
    wide = window.main_splitter.sizes()
    window.main_splitter.setSizes([150, wide[1] + wide[0] - 150, wide[2]])
    qtbot.wait(300)
    assert window.principles.list.width() < 200
    assert _rows_overlap_their_text(window) == []
    view, model = window.principles.list, window.principles.model
    two_lines = view.visualRect(model.index(12, 0)).bottom()
    window.main_splitter.setSizes(wide)
    qtbot.waitUntil(lambda: window.principles.list.width() > 250)
    qtbot.wait(300)
    assert _rows_overlap_their_text(window) == []
    assert view.visualRect(model.index(12, 0)).bottom() < two_lines  # and shrink again when it is wide


def test_a_search_hit_in_a_background_document_is_shown_at_its_word_and_found_on_in_there(window) -> None:  # type: ignore[no-untyped-def]
    """Opening a hit brings its word into sight (a hit's passage can be a long paragraph's piece
    of 20,000 characters) and makes that document the one being read: the find bar searched the
    framework after a hit had opened a background document."""
    from raadsviewer.services.search import search

    ctx = window.context
    framework = ctx.view.framework.id
    hits = [h for h in search(ctx.store, ctx.view.dossier.id, "aanbieders").hits if h.kind == "document"]
    hit = next(h for h in hits if h.document_id != framework and h.ranges)
    window.searching.hitOpened.emit(hit)  # as the search dialog's link does
    view = window.documents.view_of(hit.document_id)
    assert window.documents.focused_view() is view
    word_start = hit.ranges[0][0]
    cursor = view.textCursor()
    cursor.setPosition(view.to_view(word_start))
    assert view.viewport().rect().contains(view.cursorRect(cursor).center())
    bar = window.searching.find_bar
    bar.open()
    bar.field.setText("aanbieders")
    assert bar._view is view and bar._matches


def test_a_headings_label_shows_in_the_document_as_read_from_the_store(window, qtbot, tmp_path: Path) -> None:
    """A heading's label as written ("Uitgangspunt 2", "4.") is kept apart from its text; the
    store did not keep it, so the document, read back from the store, showed "Zorg dichtbij"
    where the paper says "Uitgangspunt 2 – Zorg dichtbij". It is kept, and shown, in a window
    opened on the store afterwards as well."""
    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.main_window import MainWindow

    report = tmp_path / "presentatie-inkoopkader.md"
    report.write_text(
        "# Presentatie inkoopkader\n\nUitgangspunt 1\n\n## Eigen kracht voorop\n\nHet gezin eerst.\n\n"
        "Uitgangspunt 2\n\n## Zorg dichtbij\n\nHulp in de wijk.\n\n## 4. Geld volgt de jeugdige\n\nTekst.\n",
        encoding="utf-8",
    )
    window.versions.import_document(str(report), DocumentRole.BACKGROUND)
    again = MainWindow(window.context.store, window.settings, runner=SyncRunner())
    qtbot.addWidget(again)
    again.load_dossier()
    views = again.documents.background_views()
    shown = next(v for v in views if "Presentatie inkoopkader" in v.toPlainText()).toPlainText().split("\n")
    assert "Uitgangspunt 2 –\u2002Zorg dichtbij" in shown
    assert "4.\u2002Geld volgt de jeugdige" in shown
