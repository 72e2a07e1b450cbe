"""Amendments and the combined draft in the window: editor, undo, vote, draft view and exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QLabel

from raadsviewer.domain.model import AmendmentStatus, AnnotationDraft, Stance, Visibility
from raadsviewer.services import amendments as amendment_service
from raadsviewer.services import annotations as annotation_service
from raadsviewer.services import factions as faction_service
from raadsviewer.ui.amendment_dialog import AmendmentDialog
from raadsviewer.ui.models import AmendmentsRole
from raadsviewer.ui.vote_dialog import VoteDialog
from tests.ui.conftest import become_griffie


def fill(title: str, new: str, choice: int = AmendmentDialog.SAVE, cosign: str | None = None):
    def exec_(dialog: AmendmentDialog) -> int:
        from PySide6.QtCore import Qt

        dialog.title.setText(title)
        dialog.new_text.setPlainText(new)
        if cosign:
            for i in range(dialog.cosigners.count()):
                if dialog.cosigners.item(i).data(Qt.ItemDataRole.UserRole) == cosign:
                    dialog.cosigners.item(i).setCheckState(Qt.CheckState.Checked)
        dialog.refresh()
        dialog.choice = choice
        return QDialog.DialogCode.Accepted

    return exec_


def amendments(window):
    return amendment_service.list_amendments(window.context.store, window.context.view.dossier.id)


def test_new_amendment_undo_redo_and_badge(window, monkeypatch) -> None:
    faction_service.update_faction(window.context.store, "GroenLinks", seats=6)
    faction_service.add_faction(window.context.store, "VVD", seats=7)
    window.context.reload_annotations()
    window.select_principle(7)
    monkeypatch.setattr(
        AmendmentDialog, "exec", fill("Onafhankelijke toegang", "Versterken onafhankelijke toegang", cosign="VVD")
    )
    window.amendments.new()
    [a] = amendments(window)
    assert (a.label, a.old_text, a.new_text, a.cosigners, a.status) == (
        "GL-1",  # a member's laptop numbers provisionally; the griffie gives the A-number
        "Versterken toegangstaak",
        "Versterken onafhankelijke toegang",
        ("VVD",),
        AmendmentStatus.CONCEPT,
    )
    assert window.amendments.model.rowCount() == 1
    assert window.principles.model.data(window.principles.model.index(6), AmendmentsRole) == 1
    assert "13 van 13" in window.amendments.detail.toPlainText()  # GroenLinks 6 + VVD 7 of 13 seats
    window.undo_stack.undo()
    assert amendments(window) == []
    window.undo_stack.redo()
    assert [x.label for x in amendments(window)] == ["GL-1"]


def _submit_smart(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """GroenLinks (6 seats) writes and submits an amendment on principle 8; VVD has 7 seats."""
    faction_service.update_faction(window.context.store, "GroenLinks", seats=6)
    faction_service.add_faction(window.context.store, "VVD", seats=7)
    window.context.reload_annotations()
    window.select_principle(8)
    monkeypatch.setattr(
        AmendmentDialog, "exec", fill("SMART", "SMART en meetbare afspraken met aanbieders", AmendmentDialog.SUBMIT)
    )
    window.amendments.new()


def test_submit_from_the_editor_and_vote(window, monkeypatch) -> None:
    _submit_smart(window, monkeypatch)
    [a] = amendments(window)
    assert a.status is AmendmentStatus.INGEDIEND
    assert "6 van 13 zetels, geen meerderheid" in window.amendments.detail.toPlainText()  # GroenLinks alone
    become_griffie(window)  # the votes are the griffie's to record

    def vote(dialog: VoteDialog) -> int:
        dialog.status.setCurrentIndex(dialog.status.findData("aangenomen"))
        dialog.faction("GroenLinks").how.setCurrentIndex(dialog.faction("GroenLinks").how.findData("voor"))
        dialog.faction("VVD").how.setCurrentIndex(dialog.faction("VVD").how.findData("voor"))
        dialog.accept()  # OK, as the clerk presses it
        return dialog.result()

    monkeypatch.setattr(VoteDialog, "exec", vote)
    window.amendments.vote()
    [a] = amendments(window)
    assert a.status is AmendmentStatus.AANGENOMEN
    assert dict(a.votes) == {"GroenLinks": "voor", "VVD": "voor"}
    shown = window.amendments.detail.toPlainText()  # adopted: no "geen meerderheid" under it any more
    assert "meerderheid" not in shown and "indieners: 6 van 13 zetels" in shown


def _votes(given: list[tuple[str, str]], prefilled: list[str]):  # type: ignore[no-untyped-def]
    """The vote dialog answered in turn with GroenLinks' and VVD's votes, as the griffie enters
    them and presses OK; ``prefilled`` gets what VVD's vote showed when the dialog opened."""
    votes = iter(given)

    def vote(dialog: VoteDialog) -> int:
        prefilled.append(dialog.faction("VVD").how.currentData())
        groen, vvd = next(votes)
        dialog.faction("GroenLinks").how.setCurrentIndex(dialog.faction("GroenLinks").how.findData(groen))
        dialog.faction("VVD").how.setCurrentIndex(dialog.faction("VVD").how.findData(vvd))
        dialog.accept()
        return dialog.result()

    return vote


def test_the_griffie_corrects_a_vote_typed_wrongly(window, monkeypatch, qtbot) -> None:
    """Stemming… on a decided amendment asks whether its outcome was a mistake, shows the votes
    as recorded, and what is recorded then replaces the outcome (it used to refuse: a decided
    amendment is not voted on, and a wrong vote stood for good)."""
    from PySide6.QtWidgets import QMessageBox

    _submit_smart(window, monkeypatch)
    become_griffie(window)
    prefilled: list[str] = []
    vote = _votes([("voor", "voor"), ("voor", "tegen")], prefilled)

    asked: list[str] = []
    monkeypatch.setattr(VoteDialog, "exec", vote)
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    window.amendments.vote_button.click()
    [a] = amendments(window)
    assert a.status is AmendmentStatus.AANGENOMEN and asked == []
    assert window.statusBar().currentMessage() == f"{a.label}: aangenomen."
    window.draft_action.trigger()  # the draft zienswijze, open beside the window
    draft = window.drafts.draft_window
    before = draft.view.toPlainText()
    window.amendments.vote_button.click()  # VVD voted against: corrected
    [a] = amendments(window)
    assert a.status is AmendmentStatus.VERWORPEN  # 6 against 7
    assert dict(a.votes) == {"GroenLinks": "voor", "VVD": "tegen"}
    assert len(asked) == 1 and "aangenomen" in asked[0] and "VVD: voor" in asked[0]
    assert prefilled == ["", "voor"]  # the correction starts from the votes as recorded
    qtbot.waitUntil(lambda: draft.view.toPlainText() != before, timeout=3000)  # the open draft follows
    assert "verworpen" in draft.view.toPlainText().lower() and "verworpen" not in before.lower()


def test_correcting_an_amendment_after_the_proposal_takes_the_proposal_back_when_asked(window, monkeypatch) -> None:
    """The proposal is voted on as amended: correcting an amendment's outcome once the proposal's
    is recorded takes that back too, when the griffie says so (it was a dead end in the window:
    \"correct that first\", while a correction could only record another outcome)."""
    from PySide6.QtWidgets import QMessageBox

    from raadsviewer.services import procedure as procedure_service

    _submit_smart(window, monkeypatch)
    become_griffie(window)
    prefilled: list[str] = []
    vote = _votes([("voor", "voor"), ("voor", "voor"), ("voor", "tegen"), ("voor", "tegen")], prefilled)

    asked: list[str] = []
    replies = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(VoteDialog, "exec", vote)
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or next(replies))
    window.amendments.vote_button.click()
    window.procedure.proposal_action.trigger()  # Raad › Stemming over het voorstel…
    dossier = window.context.view.dossier.id
    assert procedure_service.proposal(window.context.store, dossier).status == "aangenomen"
    window.amendments.vote_button.click()  # VVD voted against the amendment
    [a] = amendments(window)
    assert a.status is AmendmentStatus.VERWORPEN
    assert procedure_service.proposal(window.context.store, dossier).status == "ingediend"  # to be voted again
    assert len(asked) == 2 and "het voorstel" in asked[1]
    # voted again, the proposal's dialog starts from the votes taken back, and says so
    said: list[str] = []
    shown = VoteDialog.__init__

    def opened(dialog: VoteDialog, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        shown(dialog, *args, **kwargs)
        said.extend(label.text() for label in dialog.findChildren(QLabel) if label.objectName() == "voteTakenBack")

    monkeypatch.setattr(VoteDialog, "__init__", opened)
    window.procedure.proposal_action.trigger()
    assert prefilled == ["", "", "voor", "voor"]  # VVD's vote on the proposal as it was recorded
    assert len(said) == 1 and "GL-1" in said[0]  # the amendment whose correction took it back
    assert procedure_service.proposal(window.context.store, dossier).status == "verworpen"  # VVD now against
    assert procedure_service.taken_back_votes(window.context.store, dossier, "voorstel") is None  # offered once


def test_a_tie_typed_wrongly_is_entered_again_as_a_first_vote(window, monkeypatch) -> None:
    """A vote that did not decide made the next one the final re-vote (a tie then rejects). When
    the tie was a typing error, the griffie ticks so in the vote dialog, and the vote counts as
    a first one again: the same tie, outside a full meeting, is postponed once more."""
    from raadsviewer.services import procedure as procedure_service

    _submit_smart(window, monkeypatch)
    become_griffie(window)
    seen: list[bool] = []

    def tie(dialog: VoteDialog) -> int:  # GroenLinks 6 for, VVD 7 against with one away: 6 - 6
        seen.append(dialog.last_was_wrong.isVisibleTo(dialog))
        if seen[-1]:
            dialog.last_was_wrong.setChecked(True)
        dialog.faction("GroenLinks").how.setCurrentIndex(dialog.faction("GroenLinks").how.findData("voor"))
        dialog.faction("VVD").how.setCurrentIndex(dialog.faction("VVD").how.findData("tegen"))
        dialog.faction("VVD").absent.setValue(1)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(VoteDialog, "exec", tie)
    window.amendments.vote_button.click()
    window.amendments.vote_button.click()  # "the last vote was typed wrongly": not the re-vote
    [item] = [
        i for i in procedure_service.voting_items(window.context.store, window.context.view.dossier.id) if i.label
    ]
    assert seen == [False, True]
    assert (item.status, item.postponed) == ("ingediend", True)  # as a re-vote it would be verworpen
    assert "herstemming" in window.statusBar().currentMessage()


def test_amend_a_selected_passage(window, monkeypatch) -> None:
    view = window.documents.framework_view
    doc = view.document_model
    start = doc.text.index("Wet normering topinkomens")
    end = start + len("Wet normering topinkomens")
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_view(start))
    cursor.setPosition(view.to_view(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    monkeypatch.setattr(AmendmentDialog, "exec", fill("WNT", "Wet normering topinkomens, ook voor onderaannemers"))
    view.request_amendment_of_selection()
    [a] = amendments(window)
    assert a.principle_number == 12 and a.anchor is not None and a.anchor.quote == "Wet normering topinkomens"
    assert any(h.colour == "#b00020" and h.start == start for h in view.annotation_highlights())


def test_draft_window_shows_and_exports_with_snapshots(window, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(AmendmentDialog, "exec", fill("Toegang", "Versterken onafhankelijke toegang"))
    window.select_principle(7)
    window.amendments.new()
    note = annotation_service.add_annotation(
        window.context.store,
        dossier_id=window.context.view.dossier.id,
        faction="GroenLinks",
        member="Anna",
        draft=AnnotationDraft("Graag in de zienswijze", Stance.ZORG, Visibility.GRIFFIE),
        principle_number=7,
    )
    become_griffie(window)  # what goes into the draft is the griffie's decision
    window.context.reload_annotations(note.id)
    window.annotations.include_action.trigger()
    assert annotation_service.get_annotation(window.context.store, note.id).include_in_draft
    assert "niet openbaar" in window.statusBar().currentMessage()
    public = annotation_service.add_annotation(
        window.context.store,
        dossier_id=window.context.view.dossier.id,
        faction="VVD",
        member="Piet",
        draft=AnnotationDraft("Openbaar standpunt", Stance.STEUN, Visibility.OPENBAAR),
        principle_number=7,
    )
    window.context.reload_annotations(public.id)
    window.annotations.include_action.trigger()  # the message about the first note does not stay
    assert window.statusBar().currentMessage() == "Opgenomen in de concept-zienswijze."
    window.annotations.include_action.trigger()
    assert window.statusBar().currentMessage() == "Niet meer in de concept-zienswijze."
    window.undo_action.trigger()  # undo says what it did too
    assert window.statusBar().currentMessage() == "Opgenomen in de concept-zienswijze."
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Niet meer in de concept-zienswijze."
    window.redo_action.trigger()
    assert window.statusBar().currentMessage() == "Opgenomen in de concept-zienswijze."
    window.redo_action.trigger()
    assert not annotation_service.get_annotation(window.context.store, public.id).include_in_draft
    window.drafts.show_draft()
    draft = window.drafts.draft_window
    text = draft.view.toPlainText()
    assert "Versterken toegangstaak" in text and "GL-1" in text and "Graag in de zienswijze" in text
    for fmt in ("md", "docx", "pdf"):
        target = tmp_path / f"zienswijze.{fmt}"
        draft.export(fmt, str(target))
        assert target.exists() and target.stat().st_size > 200, fmt
    assert (tmp_path / "zienswijze.pdf").read_bytes().startswith(b"%PDF")
    assert draft.snapshots.count() == 3
    draft.snapshots.item(0).setSelected(True)
    draft.snapshots.item(2).setSelected(True)
    assert draft.compare_button.isEnabled()
    draft.compare_selected()
    assert draft.view.toPlainText()  # a comparison (or "no differences") is shown
    for _ in range(3):  # the public note's two steps, then the inclusion mark comes off again
        window.undo_stack.undo()
    assert not annotation_service.get_annotation(window.context.store, note.id).include_in_draft


def test_overview_matrix_and_click_through(window, qtbot) -> None:
    from raadsviewer.domain.model import Stance, Visibility

    dossier = window.context.view.dossier.id
    add = annotation_service.add_annotation
    add(
        window.context.store,
        dossier_id=dossier,
        faction="VVD",
        member="Piet",
        draft=AnnotationDraft("eens", Stance.STEUN, Visibility.OPENBAAR),
        principle_number=4,
    )
    add(
        window.context.store,
        dossier_id=dossier,
        faction="VVD",
        member="Piet",
        draft=AnnotationDraft("maar", Stance.ZORG, Visibility.OPENBAAR),
        principle_number=4,
    )
    add(
        window.context.store,
        dossier_id=dossier,
        faction="GroenLinks",
        member="Anna",
        draft=AnnotationDraft("nee", Stance.BEZWAAR),
        principle_number=4,
    )
    faction_service.add_faction(window.context.store, "PvdA", seats=5)  # wrote nothing
    window.context.reload_annotations()
    window.drafts.overview_action.trigger()
    overview = window.drafts.overview
    model = overview.model
    assert "PvdA" in [f.name for f in model.factions]  # a column of its own, empty
    row = next(i for i, p in enumerate(model.principles) if p.number == 4)
    column = next(i for i, f in enumerate(model.factions) if f.name == "VVD")
    cell = model.cell(row, column)
    assert cell.total == 2 and {s.value for s, _n in cell.counts} == {"steun", "zorg"}
    assert "VVD" in model.data(
        model.index(row, column), __import__("PySide6.QtCore").QtCore.Qt.ItemDataRole.ToolTipRole
    )
    with qtbot.waitSignal(overview.cellActivated) as activated:
        overview.table.clicked.emit(model.index(row, column))
    assert activated.args == [4, "VVD"]
    assert window.context.current_principle.number == 4
    assert window.annotations.filter.rowCount() == 2  # only the VVD's two annotations
    image = overview.grab()
    assert not image.isNull()


def test_export_one_amendment_for_a_meeting(window, monkeypatch, tmp_path: Path) -> None:
    from raadsviewer.ui.dialogs import AmendmentDocumentDialog

    window.select_principle(7)
    monkeypatch.setattr(AmendmentDialog, "exec", fill("Onafhankelijke toegang", "Versterken onafhankelijke toegang"))
    window.amendments.new()
    window.amendments.select(amendments(window)[0].id)
    asked: list[tuple[str, str]] = []

    def answer(dialog: AmendmentDocumentDialog) -> int:
        asked.append(dialog.values())  # what the dialog offers: the last meeting of this dossier
        dialog.meeting.setText("Raadsvergadering 10 december 2020")
        dialog.agenda_item.setText("7. Zienswijze Inkoopkader Jeugdhulp")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AmendmentDocumentDialog, "exec", answer)
    first = tmp_path / "a1.md"
    window.amendments.export(str(first))
    text = first.read_text(encoding="utf-8")
    assert "Raadsvergadering 10 december 2020" in text and "7. Zienswijze Inkoopkader Jeugdhulp" in text
    window.amendments.export(str(tmp_path / "again.md"))
    assert asked == [("", ""), ("Raadsvergadering 10 december 2020", "7. Zienswijze Inkoopkader Jeugdhulp")]
    monkeypatch.setattr(AmendmentDocumentDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    cancelled = tmp_path / "cancelled.md"
    window.amendments.export(str(cancelled))
    assert not cancelled.exists()  # cancelling writes nothing


def test_an_amendment_whose_old_text_left_the_new_version_is_flagged_out_of_date(
    window, monkeypatch, qtbot, tmp_path: Path
) -> None:
    """After a new version of the framework, the Amendementen tab marks an amendment whose old
    text is gone as "verouderd" (its dictum cannot be applied as written), with the reason."""
    from tests.services.test_versions import ZHZ_TITLE, _v2

    window.select_principle(7)
    monkeypatch.setattr(AmendmentDialog, "exec", fill("Onafhankelijke toegang", "Versterken onafhankelijke toegang"))
    window.amendments.new()
    model = window.amendments.model
    assert "verouderd" not in model.data(model.index(0, 0))
    window.versions.import_new_version(str(_v2(tmp_path)), ZHZ_TITLE)  # the file dialog's answer
    qtbot.waitUntil(lambda: window.versions._review is not None and window.versions._review.isVisible(), timeout=20_000)
    window.versions._review.close()
    window.select_principle(7)
    qtbot.waitUntil(lambda: window.amendments.model.rowCount() == 1, timeout=10_000)
    model = window.amendments.model
    label = model.data(model.index(0, 0))
    assert "verouderd" in label, label
    from PySide6.QtCore import Qt

    assert "niet" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "verouderd" not in label.split("\n")[0]  # the flag is on the status line, not in the title


def test_outcomes_taken_back_with_a_correction_are_named_in_voting_order(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The question named them last one first ("M4, M3, het voorstel"), as they must be taken
    back; the clerk reads them as they were voted on."""
    from PySide6.QtWidgets import QMessageBox

    from raadsviewer.ui.vote_dialog import _take_back_later

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No
    )
    assert not _take_back_later(window, ("M4", "M3", "voorstel"))
    assert "die van het voorstel, M3, M4." in asked[0]


def test_undo_and_redo_over_an_add_and_an_edit_leave_one_version(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """New, edit, Ctrl+Z twice, Ctrl+Shift+Z twice: the restore in between is this window's own
    step, so the edit is done again on top of it, not beside it as a conflict with oneself."""
    from raadsviewer.services import exchange

    window.select_principle(7)
    monkeypatch.setattr(AmendmentDialog, "exec", fill("Toegang", "Versterken onafhankelijke toegang"))
    window.amendments.new()
    [a] = amendments(window)
    monkeypatch.setattr(AmendmentDialog, "exec", fill("Toegang", "Versterken van een onafhankelijke toegang"))
    window.amendments.select(a.id)
    window.amendments.edit_button.click()
    for _ in range(2):
        window.undo_action.trigger()
    assert amendments(window) == []
    for _ in range(2):
        window.redo_action.trigger()
    [again] = amendments(window)
    assert again.new_text == "Versterken van een onafhankelijke toegang"
    assert exchange.list_conflicts(window.context.store, window.context.view.dossier.id) == []
