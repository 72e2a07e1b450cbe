"""Moties and the council's procedure in the window, through its actions: a member writes and
submits a motie (undo while it is a concept), the griffie records the votes as councils vote in
the council's order, and exports the stemlijst and the zienswijze from the Raad menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from raadsviewer.domain.model import MotieStatus
from raadsviewer.services import factions as faction_service
from raadsviewer.services import moties as motie_service
from raadsviewer.ui.motie_dialog import MotieDialog
from raadsviewer.ui.procedure import CouncilDialog
from raadsviewer.ui.vote_dialog import VoteDialog
from tests.ui.conftest import become_griffie


def write(title: str, choice: int, *, municipality: str = "Dordrecht", cosign: str | None = None):
    def exec_(dialog: MotieDialog) -> int:
        dialog.title.setText(title)
        dialog.municipality.setText(municipality)
        dialog.has_date.setChecked(True)
        dialog.meeting_date.setDate(QDate(2026, 12, 10))
        dialog.constaterende.setPlainText("de toegang is nu in handen van de SOJ\n- er zijn wachtlijsten")
        dialog.overwegende.setPlainText("onafhankelijke toegang is het meest essentiële uitgangspunt")
        dialog.dictum.setPlainText("de toegang onafhankelijk te beleggen")
        if cosign:
            for i in range(dialog.cosigners.count()):
                if dialog.cosigners.item(i).data(Qt.ItemDataRole.UserRole) == cosign:
                    dialog.cosigners.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.refresh()
        assert dialog.submit_button.isEnabled() == bool(municipality)
        dialog.choice = choice
        return QDialog.DialogCode.Accepted

    return exec_


def moties(window):  # type: ignore[no-untyped-def]
    return motie_service.list_moties(window.context.store, window.context.view.dossier.id)


def test_a_member_writes_a_motie_undoes_and_submits_it(window, monkeypatch) -> None:
    faction_service.add_faction(window.context.store, "VVD", seats=7)
    window.context.reload_annotations()
    window.select_principle(7)
    monkeypatch.setattr(MotieDialog, "exec", write("Onafhankelijke toegang", MotieDialog.SAVE, cosign="VVD"))
    window.motie_action.trigger()  # Raad › Motie schrijven…
    [m] = moties(window)
    assert (m.label, m.status, m.cosigners, m.principle_numbers) == ("GL-M1", MotieStatus.CONCEPT, ("VVD",), (7,))
    assert m.constaterende == ("de toegang is nu in handen van de SOJ", "er zijn wachtlijsten")
    assert window.right_tabs.currentWidget() is window.moties
    assert window.right_tabs.tabText(window.right_tabs.currentIndex()) == "Moties (1)"
    assert "verzoekt het college" in window.moties.detail.toPlainText()
    # about the principle being read: a mark of its own (★ is a note's "in the draft")
    assert "◆" in window.moties.model.index(0).data() and "★" not in window.moties.model.index(0).data()
    assert window.moties.scope.text() == "Alle moties van het dossier; ◆ 1 over uitgangspunt 7, bovenaan"
    window.select_principle(3)
    assert "◆" not in window.moties.model.index(0).data()
    # under "Bij uitgangspunt 3" the pane says the motie listed is the dossier's, not principle 3's
    assert window.moties.scope.text() == "Alle moties van het dossier; geen over uitgangspunt 3"
    window.select_principle(7)
    window.undo_action.trigger()
    assert moties(window) == [] and window.moties.model.rowCount() == 0
    window.redo_action.trigger()
    [m] = moties(window)
    window.moties.submit_button.click()
    [m] = moties(window)
    assert m.status is MotieStatus.INGEDIEND
    assert not window.undo_action.isEnabled()  # a submitted motie is withdrawn, not undone
    assert not window.moties.edit_button.isEnabled() and window.moties.withdraw_button.isEnabled()


def test_an_incomplete_motie_cannot_be_submitted_and_says_what_is_missing(window, monkeypatch) -> None:
    seen: dict[str, str] = {}

    def exec_(dialog: MotieDialog) -> int:
        write("Zonder gemeente", MotieDialog.SAVE, municipality="")(dialog)
        seen["problems"] = dialog.problems.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MotieDialog, "exec", exec_)
    window.motie_action.trigger()
    assert "gemeente" in seen["problems"].lower()
    [m] = moties(window)
    assert m.status is MotieStatus.CONCEPT


def test_the_griffie_votes_in_the_councils_order_and_exports(window, monkeypatch, tmp_path: Path) -> None:
    store = window.context.store
    faction_service.update_faction(store, "GroenLinks", seats=6)
    faction_service.add_faction(store, "VVD", seats=7)
    window.context.reload_annotations()
    monkeypatch.setattr(MotieDialog, "exec", write("Onafhankelijke toegang", MotieDialog.SUBMIT))
    window.motie_action.trigger()
    [m] = moties(window)
    assert m.status is MotieStatus.INGEDIEND
    become_griffie(window)
    seen: dict[str, object] = {}

    def too_early(dialog: VoteDialog) -> int:  # the proposal has not been voted on yet
        seen["order"] = dialog.order.text() if dialog.order.isVisibleTo(dialog) else ""
        seen["ok"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(VoteDialog, "exec", too_early)
    window.moties.vote_button.click()
    assert "voorstel" in str(seen["order"]).lower() and seen["ok"] is False

    def proposal(dialog: VoteDialog) -> int:
        dialog.faction("GroenLinks").how.setCurrentIndex(dialog.faction("GroenLinks").how.findData("voor"))
        dialog.faction("VVD").how.setCurrentIndex(dialog.faction("VVD").how.findData("voor"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(VoteDialog, "exec", proposal)
    window.procedure.proposal_action.trigger()  # Raad › Stemming over het voorstel…

    def split(dialog: VoteDialog) -> int:  # VVD divided 5/1 with one absent, GroenLinks for
        seen["order_after"] = dialog.order.isVisibleTo(dialog)
        dialog.faction("GroenLinks").how.setCurrentIndex(dialog.faction("GroenLinks").how.findData("voor"))
        vvd = dialog.faction("VVD")
        vvd.how.setCurrentIndex(vvd.how.findData("verdeeld"))
        vvd.voor.setText("5")
        vvd.tegen.setText("1")
        vvd.absent.setValue(1)
        seen["tally"] = dialog.tally.text()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(VoteDialog, "exec", split)
    window.moties.vote_button.click()
    assert seen["order_after"] is False
    assert "aangenomen" in str(seen["tally"]) and "11 voor, 1 tegen, 1 afwezig" in str(seen["tally"])
    [m] = moties(window)
    assert m.status is MotieStatus.AANGENOMEN
    [vvd] = [v for v in m.votes if v.faction == "VVD"]
    assert (vvd.voor, vvd.tegen, vvd.absent) == (5, 1, 1)
    assert "verdeeld, 5 voor en 1 tegen" in window.moties.detail.toPlainText()

    # the stemlijst, from the file dialog
    target = tmp_path / "stemlijst.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.procedure.stemlijst_action.trigger()
    from openpyxl import load_workbook

    rows = [[c for c in r if c is not None] for r in load_workbook(target).active.iter_rows(values_only=True)]
    flat = " ".join(str(c) for r in rows for c in r)
    assert "Onafhankelijke toegang" in flat and "aangenomen" in flat

    # the zienswijze: the meeting's facts checked first, then Word
    letter = tmp_path / "zienswijze.docx"

    def facts(dialog: CouncilDialog) -> int:
        dialog.municipality.setText("Dordrecht")
        dialog.meeting_date.set.setChecked(True)
        dialog.griffier.setText("mr. J. de Griffier")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CouncilDialog, "exec", facts)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(letter), ""))
    window.procedure.letter_action.trigger()  # Raad › Zienswijze opstellen…
    from docx import Document

    word = Document(str(letter))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    text = "\n".join([p.text for p in word.paragraphs] + cells)
    assert "Dordrecht" in text and "mr. J. de Griffier" in text
    assert "Onafhankelijke toegang" in text  # the adopted motie is in the council's letter


def test_on_a_members_laptop_the_council_actions_are_off_and_say_why(window) -> None:
    for action in window.procedure.actions():
        assert not action.isEnabled()
        assert "griffie" in action.toolTip() and "griffie" in action.statusTip()  # (a menu shows the status tip)
    become_griffie(window)
    assert all(action.isEnabled() for action in window.procedure.actions())


def test_a_motie_exports_as_a_pdf_from_the_file_dialog(window, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(MotieDialog, "exec", write("Wachtlijsten", MotieDialog.SAVE))
    window.motie_action.trigger()
    target = tmp_path / "motie.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.moties.export_button.click()
    from tests.pdf_text import page_texts

    text = " ".join(" ".join(page_texts(target)).split())
    assert "Wachtlijsten" in text and "Dordrecht" in text and "10 december 2026" in text


def test_withdrawing_is_for_a_submitted_motie_and_is_asked_first(window, monkeypatch) -> None:
    """ "Intrekken" on a concept locked it for good with one click (a concept is deleted, and
    Ctrl+Z brings it back); on a submitted motie it now asks first, and No changes nothing."""
    from PySide6.QtWidgets import QMessageBox

    window.select_principle(7)
    monkeypatch.setattr(MotieDialog, "exec", write("Onafhankelijke toegang", MotieDialog.SAVE))
    window.motie_action.trigger()
    assert not window.moties.withdraw_button.isEnabled()  # a concept
    window.moties.submit_button.click()
    asked: list[str] = []

    def answer(reply):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    window.moties.withdraw_button.click()
    assert moties(window)[0].status is MotieStatus.INGEDIEND and "GL-M1" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window.moties.withdraw_button.click()
    assert moties(window)[0].status is MotieStatus.INGETROKKEN
    assert not window.moties.withdraw_button.isEnabled()


@pytest.mark.parametrize(("chosen", "written"), [("Word (*.docx)", "motie.docx"), ("PDF (*.pdf)", "motie.pdf")])
def test_a_name_typed_without_a_suffix_is_saved_as_what_it_is(
    window, monkeypatch, tmp_path: Path, chosen, written
) -> None:  # type: ignore[no-untyped-def]
    """ "motie" typed in the save dialog gave a file "motie" without a suffix (a Word file no
    double click opens): it gets the suffix of the format chosen in the dialog."""
    monkeypatch.setattr(MotieDialog, "exec", write("Wachtlijsten", MotieDialog.SAVE))
    window.motie_action.trigger()
    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "motie"), chosen))
    window.moties.export_button.click()
    assert [p.name for p in folder.iterdir()] == [written]
    assert (folder / written).read_bytes()[:4] == (b"PK\x03\x04" if written.endswith("docx") else b"%PDF")


def test_the_principle_a_new_motie_is_about_is_ticked_in_sight(window, monkeypatch) -> None:
    """A motie started on principle 13 had it ticked below the edge of the "Over uitgangspunten"
    list: the member could not see which principle it was about."""
    from PySide6.QtWidgets import QApplication

    seen: list[bool] = []

    def look(dialog: MotieDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        ticked = [
            dialog.principles.item(i)
            for i in range(dialog.principles.count())
            if dialog.principles.item(i).checkState() == Qt.CheckState.Checked
        ]
        viewport = dialog.principles.viewport().rect()
        seen.extend(viewport.contains(dialog.principles.visualItemRect(item)) for item in ticked)
        return QDialog.DialogCode.Rejected

    window.select_principle(13)
    monkeypatch.setattr(MotieDialog, "exec", look)
    window.motie_action.trigger()
    assert seen == [True]


def test_a_vote_with_a_faction_left_blank_is_recorded_only_when_the_griffie_says_so(window, monkeypatch) -> None:
    """Enter pressed after one faction's vote recorded the others as wholly absent: a vote without
    quorum, which made the next one a re-vote under other rules, and a vote cannot be undone. Now
    the griffie is asked first; No records nothing and leaves the dialog as it was."""
    from PySide6.QtWidgets import QMessageBox

    from raadsviewer.services import procedure

    faction_service.add_faction(window.context.store, "VVD", seats=7)
    become_griffie(window)
    window.context.reload_annotations()
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or next(answers))
    results: list[int] = []

    def one_faction(dialog: VoteDialog) -> int:
        dialog.faction("VVD").how.setCurrentIndex(dialog.faction("VVD").how.findData("voor"))
        dialog.accept()  # Enter, GroenLinks still "—"
        results.append(dialog.result())
        dialog.accept()  # and again: this time the griffie says yes
        results.append(dialog.result())
        return dialog.result()

    monkeypatch.setattr(VoteDialog, "exec", one_faction)
    dossier = window.context.view.dossier.id
    window.procedure.proposal_action.trigger()  # Raad › Stemming over het voorstel…
    assert len(asked) == 2 and "GroenLinks" in asked[0]
    assert results == [0, QDialog.DialogCode.Accepted]
    assert procedure.proposal(window.context.store, dossier).votes  # recorded after the yes


def test_a_withdrawal_recorded_by_mistake_is_taken_back_through_stemming(window, monkeypatch) -> None:
    """The griffie chose "ingetrokken" in the vote dialog for the wrong motie: that was final
    (Stemming… refused a withdrawn motie, and no correction took it back). Stemming… on it now
    asks whether it was a mistake, and Yes puts it back on the stemlijst as submitted; No
    changes nothing."""
    from PySide6.QtWidgets import QMessageBox

    store = window.context.store
    faction_service.update_faction(store, "GroenLinks", seats=6)
    window.context.reload_annotations()
    monkeypatch.setattr(MotieDialog, "exec", write("Onafhankelijke toegang", MotieDialog.SUBMIT))
    window.motie_action.trigger()
    become_griffie(window)

    def withdrawn(dialog: VoteDialog) -> int:
        dialog.status.setCurrentIndex(dialog.status.findData("ingetrokken"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(VoteDialog, "exec", withdrawn)
    window.moties.vote_button.click()
    [m] = moties(window)
    assert m.status is MotieStatus.INGETROKKEN
    assert window.moties.vote_button.isEnabled()
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or answers.pop(0))
    window.moties.vote_button.click()  # No: it stays withdrawn
    assert moties(window)[0].status is MotieStatus.INGETROKKEN
    window.moties.vote_button.click()
    [m] = moties(window)
    assert m.status is MotieStatus.INGEDIEND
    assert len(asked) == 2 and "ingetrokken" in asked[0] and "ingediend" in asked[0]
    assert window.statusBar().currentMessage() == f"{m.label}: ingediend."
