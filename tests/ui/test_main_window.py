"""The window on the sample dossier: reading, annotating, undo, safety, memory of layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from raadsviewer.domain.model import AnnotationDraft, Stance, Visibility
from raadsviewer.services import annotations as annotation_service
from raadsviewer.ui.dialogs import AnnotationDialog
from raadsviewer.ui.undo import EditAnnotation


def live_annotations(window):
    return annotation_service.list_annotations(
        window.context.store, window.context.view.dossier.id, include_private=True
    )


def test_window_shows_the_sample_dossier(window) -> None:
    assert window.principles.model.rowCount() == 13
    assert window.documents.background_tabs.count() == 2
    assert "Inkoopkader Jeugdhulp" in window.windowTitle()
    window.select_principle(7)
    assert window.context.current_principle.number == 7
    assert window.context.current_principle.title == "Versterken toegangstaak"
    assert "7" in window.right_heading.text()
    # the framework view scrolled away from the top to reach principle 7
    assert window.documents.framework_view.verticalScrollBar().value() > 0
    # the Werkgroep tab marks its section on the same principle
    werkgroep = next(v for v in window.documents.background_views() if "werkgroep" in v.document_model.source_name)
    assert werkgroep._passage is not None
    section_text = werkgroep.document_model.text[werkgroep._passage.start : werkgroep._passage.end]
    assert section_text.startswith("Versterken van de toegangstaak")


def test_add_undo_redo_edit_delete_through_the_undo_stack(window) -> None:
    window.select_principle(3)
    window.annotations.push_add(principle_number=3, draft=AnnotationDraft("Minder aanbieders graag", Stance.STEUN))
    assert window.annotations.model.rowCount() == 1
    added = window.annotations.selected()
    assert added.body == "Minder aanbieders graag" and added.faction_name == "GroenLinks"
    [(name, _colour, count)] = window.principles.model.markers(window.context.current_principle.id)
    assert (name, count) == ("GroenLinks", 1)

    window.undo_stack.undo()
    assert window.annotations.model.rowCount() == 0
    assert live_annotations(window) == []
    window.undo_stack.redo()
    assert [a.id for a in live_annotations(window)] == [added.id]

    window.undo_stack.push(
        EditAnnotation(window.context, window.annotations.selected(), AnnotationDraft("Toch zorgen", Stance.ZORG))
    )
    assert live_annotations(window)[0].body == "Toch zorgen"
    assert live_annotations(window)[0].stance is Stance.ZORG
    window.undo_stack.undo()
    assert live_annotations(window)[0].body == "Minder aanbieders graag"

    window.annotations.delete()
    assert live_annotations(window) == []
    window.undo_action.trigger()
    assert len(live_annotations(window)) == 1
    # every step is in the store as a revision: add, delete, restore, edit, edit back, delete, restore
    assert annotation_service.revision_count(window.context.store, added.id) == 7


def test_annotate_a_selection_in_the_framework_and_click_its_highlight(window, monkeypatch, qtbot) -> None:
    view = window.documents.framework_view
    doc = view.document_model
    start = doc.text.index("SMART afspraken met aanbieders")
    end = start + len("SMART afspraken")
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_view(start))
    cursor.setPosition(view.to_view(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.selected_span() == (start, end)

    def accept(dialog: AnnotationDialog) -> int:
        dialog.body.setPlainText("Wat is SMART hier precies?")
        dialog.stance.setCurrentIndex(dialog.stance.findData("vraag"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotationDialog, "exec", accept)
    with qtbot.waitSignal(view.annotateSelectionRequested):
        view.request_annotation_of_selection()
    [made] = live_annotations(window)
    assert made.anchor.quote == "SMART afspraken"
    assert (made.anchor.start, made.anchor.end) == (start, end)
    assert made.principle_number == 8  # the principle the text stands in
    assert made.stance is Stance.VRAAG
    assert any(h.annotation_id == made.id for h in view.annotation_highlights())

    window.select_principle(1)
    view.setTextCursor(QTextCursor(view.document()))  # no selection (this scrolls to the top)
    view.scroll_to_offset(start)
    point_cursor = QTextCursor(view.document())
    point_cursor.setPosition(view.to_view(start) + 2)
    point: QPoint = view.cursorRect(point_cursor).center()
    assert view.annotation_at(point) == made.id
    with qtbot.waitSignal(view.annotationClicked) as clicked:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args == [made.id]
    assert window.context.current_principle.number == 8
    assert window.annotations.selected().id == made.id


def test_other_factions_annotations_are_read_only(window) -> None:
    annotation_service.add_annotation(
        window.context.store,
        dossier_id=window.context.view.dossier.id,
        faction="VVD",
        member="Piet",
        draft=AnnotationDraft("Van een andere fractie", Stance.BEZWAAR, Visibility.OPENBAAR),
        principle_number=2,
    )
    annotation_service.add_annotation(
        window.context.store,
        dossier_id=window.context.view.dossier.id,
        faction="VVD",
        member="Piet",
        draft=AnnotationDraft("Privé van de VVD", Stance.NOTITIE, Visibility.PRIVE),
        principle_number=2,
    )
    window.context.reload_annotations()
    window.select_principle(2)
    assert window.annotations.model.rowCount() == 1  # the private note of another faction is not shown
    assert window.annotations.selected().faction_name == "VVD"
    assert not window.annotations.edit_button.isEnabled() and not window.annotations.delete_button.isEnabled()
    window.annotations.faction_filter.setCurrentIndex(window.annotations.faction_filter.findData("GroenLinks"))
    assert window.annotations.filter.rowCount() == 0


def test_annotation_text_from_others_renders_inert(window, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toString()))
    window.annotations.push_add(
        principle_number=1,
        draft=AnnotationDraft('<script>alert(1)</script> <img src="file:///etc/passwd"> [x](file:///etc/passwd)'),
    )
    window.select_principle(1)
    html = window.annotations.detail.toHtml()
    plain = window.annotations.detail.toPlainText()
    assert "<script>" in plain and "<img" in plain  # shown as text, not interpreted
    body = html.split("<body")[1]
    assert "<img" not in body and "<script" not in body  # only escaped text, no tags
    assert 'href="file:' not in body
    assert window.annotations.detail.loadResource(0, QUrl("file:///etc/passwd")) is None
    window.annotations.detail.anchorClicked.emit(QUrl("file:///etc/passwd"))
    window.annotations.detail.anchorClicked.emit(QUrl("javascript:alert(1)"))
    window.annotations.detail.anchorClicked.emit(QUrl("https://example.org/"))
    assert opened == ["https://example.org/"]


def test_import_through_the_window_and_a_bad_file(window, tmp_path: Path, monkeypatch) -> None:
    from raadsviewer.domain.model import DocumentRole

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    window.versions.import_document(str(empty), DocumentRole.BACKGROUND)
    assert warnings and "leeg" in warnings[0]
    assert window.documents.background_tabs.count() == 2

    extra = tmp_path / "notitie.md"
    extra.write_text("# Notitie over de toegang\n\nDe toegangstaak moet worden versterkt.\n", encoding="utf-8")
    window.versions.import_document(str(extra), DocumentRole.BACKGROUND)
    assert window.documents.background_tabs.count() == 3


def test_zoom_and_layout_are_remembered(window, settings, sample_store, qtbot) -> None:
    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.main_window import MainWindow

    size = settings.font_size
    window.preferences.zoom_out_action.trigger()  # smaller: the whole window fits the offscreen screen
    assert settings.font_size == size - 1
    assert window.documents.framework_view.document().defaultFont().pointSize() == size - 1
    window.resize(760, 560)  # within the offscreen screen, which restoreGeometry clamps to
    qtbot.wait(20)
    window.main_splitter.setSizes([200, 260, 290])  # each pane above its minimum width
    qtbot.wait(20)
    wanted = window.main_splitter.sizes()  # as seen: the splitter fits the sizes asked to the panes' minimums
    assert all(abs(a - b) <= 20 for a, b in zip(wanted, [200, 260, 290], strict=True)), wanted
    window.close()
    again = MainWindow(sample_store, settings, runner=SyncRunner())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()
    restored = again.main_splitter.sizes()
    # the panes as they were seen when the window closed (the default layout at this size is far
    # from it, so this tests the memory)
    assert all(abs(a - b) <= 2 for a, b in zip(restored, wanted, strict=True)), (restored, wanted)
    assert again.settings.font_size == size - 1


def test_the_window_paints_text(window) -> None:
    """Missing fonts fail silently (empty boxes); make sure real glyphs are drawn."""
    image = window.documents.framework_view.viewport().grab().toImage()
    background = QColor(image.pixel(2, 2))
    differing = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if QColor(image.pixel(x, y)) != background
    )
    assert differing > 200


def test_english_window(qtbot, sample_store, settings) -> None:
    from PySide6.QtWidgets import QApplication

    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.i18n import install_translators
    from raadsviewer.ui.main_window import MainWindow

    app = QApplication.instance()
    translators = install_translators(app, "en")
    try:
        w = MainWindow(sample_store, settings, runner=SyncRunner(), lang="en")
        qtbot.addWidget(w)
        w.load_dossier()
        assert w.principles.heading.text() == "Principles (13)"
        assert w.menuBar().actions()[0].text() == "&File"
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_import_runs_off_the_gui_thread(qtbot, sample_store, settings, tmp_path: Path) -> None:
    """The real runner: the import happens in a worker thread and the window stays usable."""
    import threading

    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.services import documents as document_service
    from raadsviewer.ui.main_window import MainWindow

    w = MainWindow(sample_store, settings)  # default runner: the thread pool
    qtbot.addWidget(w)
    w.load_dossier()
    threads: list[str] = []
    real_import = document_service.import_document

    def spy(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real_import(*args, **kwargs)

    document_service.import_document = spy
    try:
        extra = tmp_path / "advies.txt"
        extra.write_text("Advies over de toegang\n\nDe toegangstaak moet worden versterkt.\n", encoding="utf-8")
        w.versions.import_document(str(extra), DocumentRole.BACKGROUND)
        qtbot.waitUntil(lambda: w.documents.background_tabs.count() == 3, timeout=10_000)
    finally:
        document_service.import_document = real_import
    assert threads and threads[0] != threading.main_thread().name
    w.context.runner.wait()


def test_fast_start_fills_the_window_and_links_after_the_first_paint(qtbot, sample_store, settings) -> None:
    from raadsviewer.services.roles import set_owner_member
    from raadsviewer.storage.quick import read_startup_view
    from raadsviewer.ui.main_window import MainWindow

    set_owner_member(sample_store, settings.faction, settings.member)  # a member's laptop
    startup = read_startup_view(sample_store.path, settings.faction)
    w = MainWindow(None, settings)
    qtbot.addWidget(w)
    w.show_startup(startup)
    w.select_principle(7)
    assert w.principles.model.rowCount() == 13 and w.context.current_principle.number == 7
    assert all(v._passage is None for v in w.documents.background_views())  # linking waits for the store
    w.context.open_store_in_background(lambda: sample_store)  # as after the first paint
    w.context.storeReady.emit()
    qtbot.waitUntil(lambda: any(v._passage is not None for v in w.documents.background_views()), timeout=10_000)
    # the fast start left out the text of the second background document; its tab reads it
    assert not startup.view.background[1].text
    qtbot.waitUntil(lambda: all(v.toPlainText().strip() for v in w.documents.background_views()), timeout=10_000)
    assert all(w.context.document(d.id).text for d in startup.view.background)
    w.annotations.push_add(
        principle_number=7, draft=AnnotationDraft("na een snelle start")
    )  # the store opens on demand
    assert [a.body for a in live_annotations(w)] == ["na een snelle start"]
    w.context.runner.wait()


def test_the_note_below_the_list_is_markdown_once_the_window_is_painted(qtbot, sample_store, settings) -> None:
    """The Markdown parser cost 33 ms of a member's start before the first paint, for the one
    note shown below the list: until the window is painted (``complete``) that note shows its
    words without their marks, then as Markdown."""
    from raadsviewer.services.roles import set_owner_member
    from raadsviewer.storage.quick import read_startup_view
    from raadsviewer.ui.main_window import MainWindow

    set_owner_member(sample_store, settings.faction, settings.member)
    from tests.services.test_exchange_support import dossier_id

    annotation_service.add_annotation(
        sample_store,
        dossier_id=dossier_id(sample_store),
        faction=settings.faction,
        member=settings.member,
        draft=AnnotationDraft("Goed dat **eigen kracht** voorop staat.\n\nMaar *wie* betaalt?"),
        principle_number=1,
    )
    startup = read_startup_view(sample_store.path, settings.faction)
    w = MainWindow(None, settings, defer=True)  # as the program starts
    qtbot.addWidget(w)
    w.show_startup(startup)
    w.select_principle(1)
    detail = w.annotations.detail
    assert "Goed dat eigen kracht voorop staat." in detail.toPlainText() and "**" not in detail.toPlainText()
    assert "Maar wie betaalt?" in detail.toPlainText()
    bold = 'font-weight:700;">eigen kracht</span>'
    assert bold not in detail.toHtml()
    w.complete()  # after the first paint
    assert bold in detail.toHtml() and "**" not in detail.toPlainText()
    assert "Maar wie betaalt?" in detail.toPlainText()


def test_backup_and_restore_from_the_menu(window, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from raadsviewer.storage.safety import list_backups

    window.annotations.push_add(principle_number=1, draft=AnnotationDraft("voor de back-up"))
    window.safety.backup_action.trigger()
    [made] = list_backups(window.context.store.path)
    window.annotations.push_add(principle_number=1, draft=AnnotationDraft("na de back-up"))
    assert len(live_annotations(window)) == 2
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: (args[3][0], True))
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or next(answers))
    window.safety.restore_action.trigger()  # the newest backup chosen with Enter, then No: nothing happens
    assert len(live_annotations(window)) == 2 and "Doorgaan?" in asked[0]
    window.safety.restore_action.trigger()
    assert [a.body for a in live_annotations(window)] == ["voor de back-up"]
    reasons = sorted(b.reason for b in list_backups(window.context.store.path))
    assert reasons == ["manual", "restore"]  # the replaced store was kept first
    assert window.undo_stack.count() == 0
    window.annotations.push_add(principle_number=2, draft=AnnotationDraft("werkt nog"))
    assert len(live_annotations(window)) == 2
    assert made.path.exists()


def test_a_second_start_lays_the_panes_out_once(window, settings, sample_store, qtbot) -> None:
    """The panes' remembered sizes are given before the window is shown and are the sizes that
    were seen: the panes are laid out once, at those sizes. Given only when shown, Qt first laid
    the panes out from the sizes they were built with, then again (every text laid out twice)."""
    from PySide6.QtCore import QEvent, QObject

    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.main_window import MainWindow

    window.preferences.zoom_out_action.trigger()  # smaller: the whole window fits the offscreen screen
    window.resize(760, 560)  # narrower than the panes' sizes as built: Qt must fit them
    qtbot.wait(20)
    window.close()
    again = MainWindow(sample_store, settings, runner=SyncRunner())
    qtbot.addWidget(again)
    widths: dict[int, list[int]] = {}

    class Sizes(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Resize:
                widths.setdefault(id(watched), []).append(event.size().width())  # type: ignore[attr-defined]
            return False

    counter = Sizes()
    panes = [again.main_splitter.widget(i) for i in range(again.main_splitter.count())]
    for pane in panes:
        pane.installEventFilter(counter)
    again.show()
    qtbot.waitExposed(again)
    qtbot.wait(20)
    assert [len(set(widths[id(pane)])) for pane in panes] == [1, 1, 1], widths  # one width each, from the start
    assert [widths[id(pane)][0] for pane in panes] == again.main_splitter.sizes()


def test_the_first_window_fits_a_small_screen(sample_store, settings, qtbot) -> None:
    """On its first start the window fits the screen's free area (a 1366 x 768 laptop; here the
    offscreen screen of 800 x 800): it was made 1360 x 860 whatever the screen, and the system
    then cut it down (or left its bottom, with the status bar, off the screen)."""
    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.main_window import MainWindow

    assert settings.bytes("window/geometry") is None  # a first start
    window = MainWindow(sample_store, settings, runner=SyncRunner())
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert area.width() < 1360 and area.height() < 860  # the screen is the small one this is about
    assert window.width() <= area.width() and window.height() <= area.height(), (window.size(), area)
    assert window.width() >= window.minimumSizeHint().width()


def test_a_dossiers_notes_are_kept_out_of_full_collections_and_cycles_left_behind_are_freed(
    window, monkeypatch
) -> None:
    """50,000 notes made a full collection of the cyclic collector take 110-140 ms, and one struck
    in the middle of a principle switch: the notes read are frozen (gc.freeze) as they arrive."""
    import gc
    import weakref

    for number in (2, 3):
        annotation_service.add_annotation(
            window.context.store,
            dossier_id=window.context.view.dossier.id,
            faction="GroenLinks",
            member="Anna",
            draft=AnnotationDraft(f"Notitie {number}", Stance.VRAAG, Visibility.FRACTIE),
            principle_number=number,
        )

    class Left(list[object]):  # garbage in a cycle, left behind just before the notes are read (a closed dialog's)
        pass

    gc.unfreeze()
    try:
        window.context.reload_annotations()  # a few notes: nothing frozen
        assert any(id(note) in {id(o) for o in gc.get_objects()} for note in window.context.annotations)
        monkeypatch.setattr("raadsviewer.ui.context.FREEZE_FROM_NOTES", 2)  # as many as a large dossier's
        left = Left()
        left.append(left)
        gone = weakref.ref(left)
        del left
        window.context.reload_annotations()
        notes = window.context.annotations
        assert len(notes) >= 2
        watched = {id(o) for o in gc.get_objects()}  # every generation but the frozen one
        assert not any(id(note) in watched for note in notes)
        assert gone() is None  # collected, not frozen for good
    finally:
        gc.unfreeze()
