"""Uitgangspunten aanpassen…, used as a person would: choose, see the outcome first, apply, undo."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog


def _editor(window):  # type: ignore[no-untyped-def]
    window.principle_corrections.edit_action.trigger()
    return window.principle_corrections.editor


def _titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.title for p in window.context.view.principles]


def test_remove_is_previewed_then_applied_and_undone(window) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(window)
    assert editor.isVisible() and editor.current.count() == 13
    editor.current.setCurrentRow(3)  # "4. Lokaal waar het kan, regionaal waar nodig"
    editor.buttons["remove"].click()
    assert editor.preview.count() == 12 and editor.apply_button.isEnabled()
    assert len(_titles(window)) == 13  # only shown, nothing changed yet
    editor.apply_button.click()
    assert len(_titles(window)) == 12 and not any(t.startswith("Lokaal waar het kan") for t in _titles(window))
    assert window.principles.model.rowCount() == 12
    assert "aangepast" in window.principles.heading.text()
    window.undo_action.trigger()
    assert len(_titles(window)) == 13
    window.redo_action.trigger()
    assert len(_titles(window)) == 12


def test_rename_and_mark_a_selection(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(window)
    editor.current.setCurrentRow(6)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Onafhankelijke toegang", True))
    editor.buttons["rename"].click()
    editor.apply_button.click()
    assert _titles(window)[6] == "Onafhankelijke toegang"
    text = editor.text
    quote = "Alleen het concept Inkoopkader ligt voor ter zienswijze."
    start = text.document_model.text.index(quote)
    cursor = QTextCursor(text.document())
    cursor.setPosition(text.to_view(start))
    cursor.setPosition(text.to_view(start + len(quote)), QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    editor.buttons["mark"].click()
    assert any(editor.preview.item(i).text().endswith(quote) for i in range(editor.preview.count()))
    editor.apply_button.click()
    assert quote in _titles(window)


def test_a_refused_correction_says_why_and_changes_nothing(window, dump) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(window)
    before = dump(window.context.store)
    editor.buttons["split"].click()  # nothing selected in the text
    assert "selecteer" in editor.preview_note.text().lower() and not editor.apply_button.isEnabled()
    editor.current.setCurrentRow(12)
    editor.buttons["merge"].click()  # the last has nothing after it
    assert not editor.apply_button.isEnabled() and editor.preview_note.text()
    assert dump(window.context.store) == before


def _select(editor, quote: str) -> None:  # type: ignore[no-untyped-def]
    text = editor.text
    start = text.document_model.text.index(quote)
    cursor = QTextCursor(text.document())
    cursor.setPosition(text.to_view(start))
    cursor.setPosition(text.to_view(start + len(quote)), QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)


def _labels(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.shown_label for p in window.context.view.principles]


def test_split_at_a_selection_then_renumber_and_undo(window) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(window)
    editor.current.setCurrentRow(3)  # "4. Lokaal waar het kan, regionaal waar nodig"
    _select(editor, "regionaal waar nodig")
    editor.buttons["split"].click()
    assert editor.preview.count() == 14 and editor.apply_button.isEnabled()
    editor.apply_button.click()
    titles = _titles(window)
    assert len(titles) == 14 and titles[4].startswith("regionaal waar nodig"), titles
    labels_after_split = _labels(window)
    editor.buttons["renumber"].click()
    editor.apply_button.click()
    assert _labels(window) == [str(n) for n in range(1, 15)], (labels_after_split, _labels(window))
    window.undo_action.trigger()
    assert _labels(window) == labels_after_split
    window.undo_action.trigger()
    assert len(_titles(window)) == 13


def test_a_selection_starts_the_next_principle(window) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(window)
    before = _titles(window)
    _select(editor, "regionaal waar nodig")  # inside principle 4: from here on, a principle of its own
    editor.buttons["next"].click()
    assert editor.apply_button.isEnabled(), editor.preview_note.text()
    editor.apply_button.click()
    after = _titles(window)
    assert len(after) == 14 and after[4].startswith("regionaal waar nodig"), after
    window.undo_action.trigger()
    assert _titles(window) == before


def test_another_list_of_the_reader_is_taken_and_undone(window) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(window)
    before = _titles(window)
    assert editor.candidates.count() > 1  # the reader considered more than one list
    chosen = next(i for i in range(editor.candidates.count()) if "(in gebruik)" not in editor.candidates.itemText(i))
    editor.candidates.setCurrentIndex(chosen)
    points = int(editor.candidates.itemText(chosen).split(". ", 1)[1].split()[0])  # "2. 2 punten, 20% zeker — …"
    editor.buttons["candidate"].click()
    assert editor.apply_button.isEnabled(), editor.preview_note.text()
    assert editor.preview.count() == points
    editor.apply_button.click()
    assert len(_titles(window)) == points and _titles(window) != before
    window.undo_action.trigger()
    assert _titles(window) == before
