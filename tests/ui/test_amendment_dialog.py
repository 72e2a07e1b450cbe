"""The amendment editor: live diff, validation before submitting, seats of the signers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation, Faction, Principle
from raadsviewer.ui.amendment_dialog import AmendmentDialog, AmendmentTarget

TEXT = "Versterken toegangstaak"
PRINCIPLE = Principle("p7", "d", 7, TEXT, TEXT, 0, len(TEXT))
FACTIONS = [
    Faction("1", "GroenLinks", "#009e73", 6),
    Faction("2", "VVD", "#0072b2", 7),
    Faction("3", "CDA", "#e69f00", 4),
]


@pytest.fixture
def dialog(qtbot):
    d = AmendmentDialog(
        None, target=AmendmentTarget(PRINCIPLE, TEXT), own_faction=FACTIONS[0], factions=FACTIONS, betreft="Inkoopkader"
    )
    qtbot.addWidget(d)
    return d


def test_old_text_comes_from_the_document_and_is_not_typed(dialog) -> None:
    assert dialog.old_text.toPlainText() == TEXT
    assert dialog.old_text.isReadOnly()


def test_live_word_diff(dialog, qtbot) -> None:
    dialog.new_text.setPlainText("Versterken onafhankelijke toegang")
    qtbot.waitUntil(lambda: "onafhankelijke" in dialog.diff_view.toPlainText())
    html = dialog.diff_view.toHtml()
    assert "line-through" in html and "underline" in html  # "toegangstaak" struck, new words underlined
    assert dialog.diff_view.toPlainText().count("Versterken") == 1  # the unchanged word shown once


def test_validation_names_what_is_missing_before_submitting(dialog) -> None:
    dialog.new_text.setPlainText("")
    dialog.refresh()
    assert not dialog.submit_button.isEnabled()
    assert "titel" in dialog.problems.text()
    assert set(dialog.problem_codes()) == {"missing_title", "empty_new_text_for_vervangen"}
    dialog.title.setText("Onafhankelijke toegang")
    dialog.new_text.setPlainText("Versterken onafhankelijke toegangstaak")
    dialog.refresh()
    assert dialog.problem_codes() == [] and dialog.submit_button.isEnabled() and dialog.problems.text() == ""


def test_schrappen_needs_no_new_text(dialog) -> None:
    dialog.title.setText("Weg ermee")
    dialog.operation.setCurrentIndex(dialog.operation.findData("schrappen"))
    dialog.refresh()
    assert not dialog.new_text.isEnabled()
    assert dialog.problem_codes() == []
    assert dialog.draft().operation is AmendmentOperation.SCHRAPPEN


def test_cosigners_and_majority(dialog) -> None:
    assert "6 van 17" in dialog.seats_label.text() and "geen meerderheid" in dialog.seats_label.text()
    for i in range(dialog.cosigners.count()):
        if dialog.cosigners.item(i).data(Qt.ItemDataRole.UserRole) == "VVD":
            dialog.cosigners.item(i).setCheckState(Qt.CheckState.Checked)
    assert dialog.draft().cosigners == ("VVD",)
    assert "13 van 17" in dialog.seats_label.text() and "(een meerderheid)" in dialog.seats_label.text()


def test_an_existing_draft_fills_the_form(qtbot) -> None:
    draft = AmendmentDraft(
        title="T",
        operation=AmendmentOperation.TOEVOEGEN,
        new_text="Nieuw punt",
        rationale="R",
        betreft="B",
        principle_number=7,
        cosigners=("CDA",),
    )
    d = AmendmentDialog(
        None, target=AmendmentTarget(PRINCIPLE), own_faction=FACTIONS[0], factions=FACTIONS, betreft="X", draft=draft
    )
    qtbot.addWidget(d)
    got = d.draft()
    assert (got.title, got.operation, got.new_text, got.rationale, got.betreft, got.cosigners) == (
        "T",
        AmendmentOperation.TOEVOEGEN,
        "Nieuw punt",
        "R",
        "B",
        ("CDA",),
    )
