"""The Annotaties list of a principle with many notes: handed to the list a chunk at a time, so
it paints its first cards at once after a switch, and every note is still reached by scrolling,
by a filter and by selecting it elsewhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionSlider

from raadsviewer.domain.model import AnnotationDraft, Stance, Visibility
from raadsviewer.services import annotations as annotation_service
from raadsviewer.ui.models import AnnotationsModel, ObjectRole

NOTES = 70
CHUNK = 20
QUESTIONS = range(0, NOTES, 5)  # every fifth note is a question (14), the rest support


def _inked(view) -> int:  # type: ignore[no-untyped-def]
    """Pixels of the list's viewport that are not its background: cards painted."""
    image = view.viewport().grab().toImage()
    base = view.palette().base().color().rgb()
    return sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4) if image.pixel(x, y) != base)


def _click_principle(window, qtbot, number: int) -> None:  # type: ignore[no-untyped-def]
    view, model = window.principles.list, window.principles.model
    row = next(r for r in range(model.rowCount()) if model.principle(r).number == number)
    rect = view.visualRect(model.index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.context.current_principle.number == number)


def test_a_principle_with_many_notes_shows_them_a_chunk_at_a_time_and_reaches_every_one(
    window, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(AnnotationsModel, "CHUNK", CHUNK)
    ids = [
        annotation_service.add_annotation(
            window.context.store,
            dossier_id=window.context.view.dossier.id,
            faction="GroenLinks",
            member="Anna de Vries",
            draft=AnnotationDraft(f"Notitie {i}", Stance.VRAAG if i in QUESTIONS else Stance.STEUN, Visibility.FRACTIE),
            principle_number=2,
        ).id
        for i in range(NOTES)
    ]
    window.context.reload_annotations()
    pane, view = window.annotations, window.annotations.list
    _click_principle(window, qtbot, 2)
    QTest.qWait(1)  # one turn of the event loop: the list is laid out and painted
    assert pane.model.total == NOTES
    assert pane.model.rowCount() == CHUNK  # the first chunk, not all 70
    assert _inked(view) > 0  # cards painted at once (a batched layout painted nothing until its end)

    bar = view.verticalScrollBar()
    steps = 0
    while pane.model.rowCount() < NOTES and steps < 10:  # scrolling to the end hands the next chunk
        bar.setValue(bar.maximum())
        QTest.qWait(1)
        steps += 1
    assert pane.model.rowCount() == NOTES and steps >= 2
    shown = [view.model().index(r, 0).data(ObjectRole).id for r in range(NOTES)]
    assert sorted(shown) == sorted(ids)

    _click_principle(window, qtbot, 3)
    _click_principle(window, qtbot, 2)
    assert pane.model.rowCount() == CHUNK
    questions = pane.stance_filter.findData(Stance.VRAAG.value)
    pane.stance_filter.setCurrentIndex(questions)  # a filter sees every note, not the first chunk
    assert pane.filter.rowCount() == len(QUESTIONS)
    # a question in the second chunk, selected while filtered
    row = next(
        r
        for r in range(pane.filter.rowCount())
        if CHUNK <= pane.filter.mapToSource(pane.filter.index(r, 0)).row() < 2 * CHUNK
    )
    view.setCurrentIndex(pane.filter.index(row, 0))
    chosen = pane.selected().id
    assert chosen in {ids[i] for i in QUESTIONS}
    pane.stance_filter.setCurrentIndex(0)  # the filter cleared: back to the chunks up to the note selected
    assert pane.model.rowCount() == 2 * CHUNK
    assert pane.selected().id == chosen
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))  # and in sight

    _click_principle(window, qtbot, 3)
    _click_principle(window, qtbot, 2)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_End)  # End: the last note, not the last of the chunk handed over
    assert pane.model.rowCount() == NOTES
    assert view.currentIndex().row() == NOTES - 1
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))
    last = pane.selected().id

    _click_principle(window, qtbot, 3)
    _click_principle(window, qtbot, 2)
    assert pane.selected().id == last  # back on the principle: the note selected there before
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))
    QTest.keyClick(view, Qt.Key.Key_Home)

    _click_principle(window, qtbot, 3)
    _click_principle(window, qtbot, 2)
    assert pane.model.rowCount() == CHUNK
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle = bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )
    QTest.mousePress(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, handle.center())
    assert pane.model.rowCount() == NOTES  # taking the handle: it stands for the whole list
    QTest.mouseRelease(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, handle.center())

    _click_principle(window, qtbot, 3)
    window.annotations.show_annotation(ids[-1])  # as its highlight's click does: the last of 70
    assert window.context.current_principle.number == 2
    assert pane.selected().id == ids[-1]
    assert pane.model.rowCount() == NOTES


def test_cards_are_measured_again_once_the_lists_width_stops_changing(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A splitter dragged gives the list a new width at every step; every card was measured again
    at each (250-300 ms a step with 3,700 cards). Until the width settles a card keeps the height
    it had, and then it is measured at the width reached. (A list of fewer than ``SETTLE_ROWS``
    cards is measured at once; here that number is set below the test's 30 cards.)"""
    from raadsviewer.ui.models import AnnotationDelegate

    monkeypatch.setattr(AnnotationDelegate, "SETTLE_ROWS", 10)
    for i in range(30):
        annotation_service.add_annotation(
            window.context.store,
            dossier_id=window.context.view.dossier.id,
            faction="GroenLinks",
            member="Anna de Vries",
            draft=AnnotationDraft("Een notitie die over meer dan één regel loopt. " * (1 + i % 4)),
            principle_number=2,
        )
    window.context.reload_annotations()
    _click_principle(window, qtbot, 2)
    view = window.annotations.list
    delegate = view.itemDelegate()
    qtbot.waitUntil(lambda: not delegate._settling.isActive())  # noqa: SLF001 (the window's first sizes)
    view.scheduleDelayedItemsLayout()
    QTest.qWait(1)
    measured = {width: len(cards) for (width, _font), cards in delegate._heights.items()}  # noqa: SLF001
    middle = view.model().index(25, 0)
    view.setCurrentIndex(middle)
    view.scrollTo(middle, QAbstractItemView.ScrollHint.PositionAtTop)
    splitter = window.main_splitter
    sizes = splitter.sizes()
    for step in range(1, 4):  # three steps of a drag, each laid out
        splitter.setSizes([sizes[0], sizes[1] + 30 * step, sizes[2] - 30 * step])
        QTest.qWait(1)
        view.executeDelayedItemsLayout()
    during = {width: len(cards) for (width, _font), cards in delegate._heights.items()}  # noqa: SLF001
    assert len(during) > len(measured)  # the list did get new widths ...
    assert all(during[w] == 0 for w in during if w not in measured)  # ... and measured no card at them
    qtbot.waitUntil(lambda: not delegate._settling.isActive())  # noqa: SLF001
    QTest.qWait(1)
    final = {width: len(cards) for (width, _font), cards in delegate._heights.items()}  # noqa: SLF001
    assert max(final[w] for w in final if w not in measured) == window.annotations.model.rowCount() == 30
    assert view.currentIndex().row() == 25  # and the note selected is still in sight, the cards above it taller
    assert view.viewport().rect().intersects(view.visualRect(view.currentIndex()))


def test_a_note_written_here_is_read_again_on_its_own_and_the_list_is_what_a_full_reload_gives(
    window, qtbot, monkeypatch
) -> None:
    """Adding, editing, deleting, undoing and redoing a note read every note of the dossier again
    (1.8 s with 25,000): now only the note written, by the same rules (who may see it, deleted
    notes gone), put in its place. After each step the window holds what a full reload gives."""
    from PySide6.QtWidgets import QDialog

    from raadsviewer.services import annotations as service
    from raadsviewer.ui.dialogs import AnnotationDialog

    store, dossier = window.context.store, window.context.view.dossier.id
    for faction, member, visibility, number in (
        ("VVD", "Piet", Visibility.OPENBAAR, 2),
        ("VVD", "Piet", Visibility.PRIVE, 2),  # never shown to GroenLinks
        ("GroenLinks", "Anna de Vries", Visibility.FRACTIE, 2),
        ("GroenLinks", "Anna de Vries", Visibility.FRACTIE, 3),
    ):
        service.add_annotation(
            store,
            dossier_id=dossier,
            faction=faction,
            member=member,
            draft=AnnotationDraft(f"{faction} {visibility.value}", Stance.VRAAG, visibility),
            principle_number=number,
        )
    window.context.reload_annotations()
    full = service.list_annotations
    asked: list[object] = []

    def listed(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(kwargs.get("ids"))
        return full(*args, **kwargs)

    monkeypatch.setattr(service, "list_annotations", listed)
    texts = iter(["Eerste versie", "Tweede versie"])

    def answer(dialog: AnnotationDialog) -> int:
        dialog.body.setPlainText(next(texts))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotationDialog, "exec", answer)
    _click_principle(window, qtbot, 2)
    pane = window.annotations

    def check(step: str) -> None:
        assert asked and all(ids is not None and len(ids) == 1 for ids in asked), (step, asked)
        asked.clear()
        assert window.context.annotations == full(store, dossier, viewer_faction="GroenLinks"), step

    pane.add_action.trigger()
    check("add")
    made = pane.selected()
    assert made.body == "Eerste versie" and made.principle_number == 2
    pane.edit_action.trigger()
    check("edit")
    assert pane.selected().body == "Tweede versie"
    before = window.context.annotations_on(window.context.current_principle)[-2]
    pane.delete_action.trigger()
    check("delete")
    assert made.id not in {a.id for a in window.context.annotations}
    assert pane.selected().id == before.id  # the note now in its place (the last), not the first
    for action, step in (
        (window.undo_action, "undo delete"),
        (window.undo_action, "undo edit"),
        (window.redo_action, "redo edit"),
        (window.redo_action, "redo delete"),
        (window.undo_action, "undo delete again"),
    ):
        action.trigger()
        check(step)
    assert pane.selected().id == made.id and pane.selected().body == "Tweede versie"
    assert window.context.annotations_on(window.context.current_principle)[-1].id == made.id
    assert sum(a.faction_name == "VVD" for a in window.context.annotations) == 1  # the private one never


def test_editing_a_note_types_on_at_its_end(window, qtbot, monkeypatch) -> None:
    """Editing a note put the cursor before its first word: typing straight away wrote in front
    of it ("Derde versie.Toegang moet ...")."""
    from PySide6.QtWidgets import QDialog

    from raadsviewer.ui.dialogs import AnnotationDialog

    texts = iter(["Toegang moet lokaal blijven."])

    def write(dialog: AnnotationDialog) -> int:
        dialog.body.setPlainText(next(texts))
        return QDialog.DialogCode.Accepted

    def type_on(dialog: AnnotationDialog) -> int:
        QTest.keyClicks(dialog.body, " En snel.")
        return QDialog.DialogCode.Accepted

    _click_principle(window, qtbot, 2)
    pane = window.annotations
    monkeypatch.setattr(AnnotationDialog, "exec", write)
    pane.add_action.trigger()
    monkeypatch.setattr(AnnotationDialog, "exec", type_on)
    pane.edit_action.trigger()
    assert pane.selected().body == "Toegang moet lokaal blijven. En snel."


def test_a_member_is_told_why_a_note_cannot_go_into_the_draft(window, qtbot) -> None:
    """ "In concept-zienswijze opnemen" is the griffie's decision: for a faction member it was
    greyed out without a word why."""
    _click_principle(window, qtbot, 2)
    action = window.annotations.include_action
    assert not window.context.is_griffie and not action.isEnabled()
    assert "griffie" in action.statusTip() and action.toolTip() == action.statusTip()


def test_the_empty_pane_shows_an_apostrophe_not_its_entity(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The griffie's empty annotation pane in English said "The factions&#x27; annotations": the
    text is escaped for HTML, and a text without a link was shown as plain text."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    from raadsviewer.ui.annotations_pane import AnnotationsPane
    from tests.ui.conftest import become_griffie

    english = "No annotations on this principle yet. The factions' annotations arrive in their packages."
    dutch = "Nog geen annotaties bij dit uitgangspunt. Die van de fracties komen in hun pakketten."
    monkeypatch.setattr(AnnotationsPane, "tr", lambda _self, text, *_args: english if text == dutch else text)
    become_griffie(window)
    window.select_principle(8)
    label = window.annotations.empty
    qtbot.waitUntil(lambda: "&#x27;" in label.text(), timeout=3000)  # escaped for HTML ...
    assert label.isVisibleTo(window)
    assert label.textFormat() == Qt.TextFormat.RichText  # ... and read as HTML
    shown = QTextDocument()
    shown.setHtml(label.text())
    assert shown.toPlainText() == english


def _note(window, annotation_id: str):  # type: ignore[no-untyped-def]
    return next(a for a in window.context.annotations if a.id == annotation_id)


def _make_private(dialog) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    dialog.body.setPlainText("Liever voor mezelf")
    dialog.visibility.setCurrentIndex(dialog.visibility.findData(Visibility.PRIVE))
    return int(QDialog.DialogCode.Accepted)


def test_a_shared_note_made_private_after_it_was_sent_says_so_and_can_be_taken_back(
    window, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """The member makes a fractie note privé after an export to colleagues carried it: the window
    says they keep it, and offers to take it back: the shared note deleted (which travels), the
    words kept here in a new privé note; Ctrl+Z puts the shared note back. A note never sent
    is made privé without a question."""
    from PySide6.QtWidgets import QMessageBox

    from raadsviewer.services import exchange
    from raadsviewer.ui.dialogs import AnnotationDialog

    store, dossier = window.context.store, window.context.view.dossier.id
    draft = AnnotationDraft("Gedeeld met de fractie", Stance.VRAAG, Visibility.FRACTIE)
    unsent = annotation_service.add_annotation(
        store, dossier_id=dossier, faction="GroenLinks", member="Anna de Vries", draft=draft, principle_number=3
    )
    window.context.reload_annotations()
    _click_principle(window, qtbot, 3)
    pane = window.annotations
    monkeypatch.setattr(AnnotationDialog, "exec", _make_private)
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "").startswith("Intrekken"))
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    pane.show_annotation(unsent.id)
    assert pane.selected().id == unsent.id
    pane.edit_action.trigger()
    assert not asked  # never sent: privé at once, the same note
    assert _note(window, unsent.id).visibility is Visibility.PRIVE

    # sent to the griffie, then narrowed to the faction with a new text (before the member
    # chose "only from now on"): the text the undo must bring back, at the fractie's visibility
    shared = annotation_service.add_annotation(
        store,
        dossier_id=dossier,
        faction="GroenLinks",
        member="Anna de Vries",
        draft=draft._replace(body="Voor de griffie", visibility=Visibility.GRIFFIE),
        principle_number=3,
    )
    exchange.export_package(store, dossier, "GroenLinks", "Anna de Vries", tmp_path / "g.raadspakket")
    annotation_service.update_annotation(store, shared.id, draft, faction="GroenLinks")
    window.context.reload_annotations()
    pane.show_annotation(shared.id)
    assert pane.selected().id == shared.id
    pane.edit_action.trigger()
    assert len(asked) == 1 and "al gedeeld" in asked[0]
    ids = {a.id for a in window.context.annotations}
    assert shared.id not in ids
    [copy] = [a for a in window.context.annotations if a.body == "Liever voor mezelf" and a.id != unsent.id]
    assert copy.visibility is Visibility.PRIVE and copy.anchor == shared.anchor
    assert pane.selected().id == copy.id
    assert annotation_service.get_annotation(store, shared.id).deleted  # the deletion goes with the next export

    gone = annotation_service.get_annotation(store, shared.id)
    assert (gone.visibility, gone.body) == (Visibility.GRIFFIE, "Voor de griffie")  # reaches the griffie

    window.undo_action.trigger()  # back as it was before: fractie, its latest text
    ids = {a.id for a in window.context.annotations}
    assert shared.id in ids and copy.id not in ids
    back = _note(window, shared.id)
    assert (back.visibility, back.body) == (Visibility.FRACTIE, "Gedeeld met de fractie")
    window.redo_action.trigger()
    ids = {a.id for a in window.context.annotations}
    assert shared.id not in ids
    [again] = [a for a in window.context.annotations if a.body == "Liever voor mezelf" and a.id != unsent.id]
    assert again.visibility is Visibility.PRIVE


def test_a_sent_note_made_private_only_here_or_not_at_all(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Cancel in the question goes back to the editor with what was typed (closing it changes
    nothing); "only here" makes the same note privé, as before."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from raadsviewer.services import exchange
    from raadsviewer.ui.dialogs import AnnotationDialog

    store, dossier = window.context.store, window.context.view.dossier.id
    draft = AnnotationDraft("Gedeeld met de fractie", Stance.VRAAG, Visibility.FRACTIE)
    shared = annotation_service.add_annotation(
        store, dossier_id=dossier, faction="GroenLinks", member="Anna de Vries", draft=draft, principle_number=3
    )
    exchange.export_package(
        store, dossier, "GroenLinks", "Anna de Vries", tmp_path / "f.raadspakket", audience="fractie"
    )
    window.context.reload_annotations()
    _click_principle(window, qtbot, 3)
    pane = window.annotations
    pane.show_annotation(shared.id)
    shown: list[str] = []

    def editor(dialog: AnnotationDialog) -> int:
        if shown:  # asked again: what was typed is there; closed this time
            shown.append(dialog.body.toPlainText())
            return int(QDialog.DialogCode.Rejected)
        shown.append("first")
        return _make_private(dialog)

    choice = ["Cancel"]

    def answer(box: QMessageBox) -> int:
        wanted = choice.pop(0)
        next(b for b in box.buttons() if b.text().replace("&", "").startswith(wanted)).click()
        return 0

    monkeypatch.setattr(AnnotationDialog, "exec", editor)
    monkeypatch.setattr(QMessageBox, "exec", answer)
    pane.edit_action.trigger()
    assert shown == ["first", "Liever voor mezelf"]
    assert _note(window, shared.id).visibility is Visibility.FRACTIE and _note(window, shared.id).body == draft.body
    monkeypatch.setattr(AnnotationDialog, "exec", _make_private)
    choice.append("Alleen")
    pane.edit_action.trigger()
    assert _note(window, shared.id).visibility is Visibility.PRIVE
    assert _note(window, shared.id).body == "Liever voor mezelf" and not choice


def _make_public(dialog) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    dialog.body.setPlainText("Nu voor iedereen")
    dialog.visibility.setCurrentIndex(dialog.visibility.findData(Visibility.OPENBAAR))
    return int(QDialog.DialogCode.Accepted)


def _answer_with(monkeypatch, words: str | None) -> list[str]:  # type: ignore[no-untyped-def]
    """Every question answered with the button whose words start with ``words`` (None: Cancel)."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        if words is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            next(b for b in box.buttons() if b.text().replace("&", "").startswith(words)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def _made_public(window, qtbot, monkeypatch, draft: AnnotationDraft):  # type: ignore[no-untyped-def]
    """A note of the member's with ``draft`` on principle 7, made openbaar in the editor."""
    from raadsviewer.ui.dialogs import AnnotationDialog

    store, dossier = window.context.store, window.context.view.dossier.id
    mine = annotation_service.add_annotation(
        store, dossier_id=dossier, faction="GroenLinks", member="Anna de Vries", draft=draft, principle_number=7
    )
    window.context.reload_annotations()
    _click_principle(window, qtbot, 7)
    monkeypatch.setattr(AnnotationDialog, "exec", _make_public)
    window.annotations.show_annotation(mine.id)
    window.annotations.edit_action.trigger()
    assert _note(window, mine.id).visibility is Visibility.OPENBAAR
    return mine


def _widened_and_sent(window, qtbot, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """A privé note made openbaar in the editor, then sent to the griffie in a package."""
    from raadsviewer.services import exchange

    mine = _made_public(window, qtbot, monkeypatch, AnnotationDraft("Alleen voor mij", Stance.ZORG, Visibility.PRIVE))
    store, dossier = window.context.store, window.context.view.dossier.id
    exchange.export_package(store, dossier, "GroenLinks", "Anna de Vries", tmp_path / "g.raadspakket")
    return mine


def test_undoing_a_widening_after_the_note_was_sent_asks_before_it_narrows(
    window, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z of "openbaar" after an export asks what the editor asks: the griffie and, through
    it, every faction keep the note they merged. Taken back, the shared note is deleted (which
    travels with the next package) and the words stay here privé; Ctrl+Shift+Z puts the shared
    note back as it was."""
    mine = _widened_and_sent(window, qtbot, monkeypatch, tmp_path)
    asked = _answer_with(monkeypatch, "Intrekken")
    store = window.context.store

    window.undo_action.trigger()
    assert len(asked) == 1 and "al gedeeld" in asked[0]
    gone = annotation_service.get_annotation(store, mine.id)
    assert gone.deleted and gone.visibility is Visibility.OPENBAAR  # the deletion reaches whoever has it
    [kept] = [a for a in window.context.annotations if a.body == "Alleen voor mij"]
    assert kept.id != mine.id and kept.visibility is Visibility.PRIVE

    window.redo_action.trigger()
    back = annotation_service.get_annotation(store, mine.id)
    assert not back.deleted and (back.visibility, back.body) == (Visibility.OPENBAAR, "Nu voor iedereen")
    assert kept.id not in {a.id for a in window.context.annotations}


def test_a_narrowing_undo_answered_with_cancel_leaves_the_note_shared(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    mine = _widened_and_sent(window, qtbot, monkeypatch, tmp_path)
    asked = _answer_with(monkeypatch, None)
    window.undo_action.trigger()
    assert len(asked) == 1
    note = annotation_service.get_annotation(window.context.store, mine.id)
    assert (note.visibility, note.body, note.deleted) == (Visibility.OPENBAAR, "Nu voor iedereen", False)
    assert window.context.undo_stack.index() == window.context.undo_stack.count()  # nothing left to redo


def test_undo_steps_over_a_delete_and_restore_make_no_conflict_with_oneself(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Edit, delete, Ctrl+Z, Ctrl+Z: the restore is this window's own step, not another
    program's change, so the edit is undone on top of it (one version, no conflict)."""
    from raadsviewer.services import exchange

    store, dossier = window.context.store, window.context.view.dossier.id
    mine = _made_public(window, qtbot, monkeypatch, AnnotationDraft("eerste tekst", Stance.VRAAG, Visibility.FRACTIE))
    window.annotations.show_annotation(mine.id)
    window.annotations.delete_action.trigger()
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Annotatie teruggezet"  # not "verwijderd" still
    window.undo_action.trigger()
    note = annotation_service.get_annotation(store, mine.id)
    assert (note.body, note.visibility, note.deleted) == ("eerste tekst", Visibility.FRACTIE, False)
    assert exchange.list_conflicts(store, dossier) == []
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert annotation_service.get_annotation(store, mine.id).deleted
    assert exchange.list_conflicts(store, dossier) == []
