"""What the griffie takes into the concept-zienswijze and what the council's letter prints: a
faction's note "voor de griffie" may go into the griffie's concept, but the letter, which
everyone reads, prints only what the faction made openbaar, and the griffie is told so, when
taking the note in and when the letter is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from raadsviewer.domain.model import AnnotationDraft, Stance, Visibility
from raadsviewer.ui.procedure import CouncilDialog
from tests.ui.conftest import become_griffie


def test_a_note_for_the_griffie_goes_into_the_concept_but_not_into_the_letter(
    window, monkeypatch, tmp_path: Path
) -> None:
    window.select_principle(7)
    window.annotations.push_add(
        principle_number=7, draft=AnnotationDraft("GEHEIM alleen voor de griffie", Stance.ZORG, Visibility.GRIFFIE)
    )
    window.annotations.push_add(
        principle_number=7,
        draft=AnnotationDraft("De raad wil een onafhankelijke toegang.", Stance.ZORG, Visibility.OPENBAAR),
    )
    become_griffie(window)
    window.context.reload_annotations()
    window.select_principle(7)
    notes = {a.body: a for a in window.context.annotations}
    for body in notes:
        window.annotations.show_annotation(notes[body].id)
        window.statusBar().clearMessage()
        window.annotations.include_action.trigger()  # Bewerken › In concept-zienswijze opnemen
        said = window.statusBar().currentMessage()
        assert ("niet openbaar" in said) == (notes[body].visibility is Visibility.GRIFFIE), said
    assert all(a.include_in_draft for a in window.context.annotations)

    letter = tmp_path / "zienswijze.docx"

    def facts(dialog: CouncilDialog) -> int:
        dialog.municipality.setText("Dordrecht")
        dialog.accept()
        return dialog.result()

    told: list[str] = []
    monkeypatch.setattr(CouncilDialog, "exec", facts)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(letter), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    warned: list[str] = []  # the proposal is not voted on yet: the letter speaks too soon, and says so
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    window.procedure.letter_action.trigger()  # Raad › Zienswijze opstellen…
    from docx import Document

    text = "\n".join(p.text for p in Document(str(letter)).paragraphs)
    assert "De raad wil een onafhankelijke toegang." in text
    assert "GEHEIM" not in text
    assert not told and len(warned) == 1
    first, second = warned[0].split("\n\n")
    assert first.startswith("Nog niet gestemd over het voorstel") and second.startswith("1 notitie")
