"""What is typed in a note's, amendment's or motie's editor is kept in a file within a second, so a
program killed, a power cut or a logout with the editor open loses no more than that second; the
copy goes once the text is saved in the store or thrown away, and a copy left behind is shown at
the next start (``ui.recovery``). A kill of the real program is in
``tests/end_to_end/test_killed_while_writing.py``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.services import annotations as annotation_service
from raadsviewer.ui import recovery
from raadsviewer.ui.amendment_dialog import AmendmentDialog
from raadsviewer.ui.dialogs import AnnotationDialog
from raadsviewer.ui.modal import leave
from raadsviewer.ui.settings_dialog import SettingsDialog
from raadsviewer.ui.vote_dialog import VoteDialog
from tests.ui.conftest import become_griffie
from tests.ui.test_amendments_window import _submit_smart

TEXT = "De toegang moet onafhankelijk blijven, ook als de regio inkoopt."


@pytest.fixture
def kept(window, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """This test's folder of kept texts, for the window's store; another program's name."""
    from raadsviewer.ui.modal import Written

    # editors an earlier test answered without closing them (its exec returned at once) still
    # keep what they hold: a real editor is closed, which stops its timer (``done``), and deleted
    for widget in QApplication.allWidgets():
        timer = getattr(widget, "_keep_timer", None) if isinstance(widget, Written) else None
        if timer is not None:
            timer.stop()
    monkeypatch.setattr(recovery, "folder_for", lambda location: tmp_path / "niet-bewaard")
    monkeypatch.setattr(recovery, "_lock", None)
    monkeypatch.setattr(recovery, "_token", "dit-programma")
    recovery.use(window.context.store_location)
    yield tmp_path / "niet-bewaard"
    recovery.use("")


def own_copy(folder: Path) -> Path:
    return folder / "dit-programma.json"


def test_a_note_being_typed_is_kept_and_its_copy_goes_once_saved(window, kept, qtbot, monkeypatch) -> None:
    seen: list[dict] = []

    def typing(dialog: AnnotationDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.body, TEXT)  # typed, as a person types
        qtbot.waitUntil(lambda: own_copy(kept).exists(), timeout=3000)  # within a second or so
        seen.append(json.loads(own_copy(kept).read_text(encoding="utf-8")))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotationDialog, "exec", typing)
    window.select_principle(7)
    window.annotations.add_action.trigger()  # Annotatie toevoegen…
    [copy] = seen
    assert ["Tekst van de annotatie", TEXT] in copy["fields"]
    assert ["Zichtbaarheid", "Fractie"] in copy["fields"]  # a note privé says so when it comes back
    assert copy["about"].startswith("Uitgangspunt 7")
    assert oct(own_copy(kept).parent.stat().st_mode & 0o777) == "0o700"
    notes = annotation_service.list_annotations(window.context.store, window.context.view.dossier.id)
    assert [a.body for a in notes] == [TEXT]
    assert not own_copy(kept).exists()  # saved: no copy left to offer


def test_a_copy_stays_while_the_store_refuses_the_save(window, kept, monkeypatch) -> None:
    real = annotation_service.add_annotation
    present: list[bool] = []

    def refusing(*args, **kwargs):  # type: ignore[no-untyped-def]
        present.append(own_copy(kept).exists())
        if len(present) == 1:
            raise UserFacingError("store_locked")
        return real(*args, **kwargs)

    monkeypatch.setattr(annotation_service, "add_annotation", refusing)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)

    def answer(dialog: AnnotationDialog) -> int:
        if not dialog.body.toPlainText():
            dialog.body.setPlainText(TEXT)
        dialog.accept()  # OK, at once: the last second's typing is kept on OK
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotationDialog, "exec", answer)
    window.select_principle(7)
    window.annotations.add_action.trigger()
    assert present == [True, True]  # kept while the store refused it, and on the second try
    assert not own_copy(kept).exists()


def test_text_thrown_away_takes_its_copy_along(window, kept, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def typing_then_escape(dialog: AmendmentDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.rationale, TEXT)
        qtbot.waitUntil(lambda: own_copy(kept).exists(), timeout=3000)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # asked (Weggooien? Ja): thrown away
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AmendmentDialog, "exec", typing_then_escape)
    window.select_principle(7)
    window.amend_action.trigger()
    assert not own_copy(kept).exists()


def left_by_a_stopped_program(folder: Path, token: str = "een-gestopt-programma") -> Path:
    """A copy whose program no longer runs: no lock beside it (a killed program's lock is stale,
    which Qt's lock file tells by its process id)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{token}.json"
    path.write_text(
        json.dumps(
            {
                "format": recovery.FORMAT,
                "version": 1,
                "title": "Amendement",
                "about": "Amendement op uitgangspunt 7",
                "written_at": "2026-11-30T21:14:03",
                "fields": [["Titel van het amendement", "Toegang"], ["Toelichting", TEXT]],
            }
        ),
        encoding="utf-8",
    )
    return path


def test_a_copy_left_behind_is_shown_at_start_to_copy_and_kept_until_thrown_away(window, kept, monkeypatch) -> None:
    left = left_by_a_stopped_program(kept)
    (kept / "garbage.json").write_text("{half", encoding="utf-8")  # a half-written file: left alone
    shown: list[str] = []
    choices = iter(["later", "copy and throw away"])

    def answer(dialog: QDialog) -> int:
        shown.append(dialog.text.toPlainText())
        if next(choices) == "later":
            dialog.later_button.click()
            return QDialog.DialogCode.Rejected
        dialog.copy_button.click()
        dialog.discard_button.click()  # asks: Ja
        return QDialog.DialogCode.Accepted if dialog.thrown_away else QDialog.DialogCode.Rejected

    monkeypatch.setattr(recovery.LeftBehindDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    recovery.offer(window)
    assert TEXT in shown[0] and "Amendement op uitgangspunt 7" in shown[0] and "2026-11-30 21:14:03" in shown[0]
    assert left.exists()  # Later: shown again at the next start
    recovery.offer(window)
    assert len(shown) == 2
    assert TEXT in QApplication.clipboard().text()
    assert not left.exists()
    assert (kept / "garbage.json").exists()
    recovery.offer(window)  # nothing left: no dialog (an unexpected one fails the test)
    assert len(shown) == 2


def test_a_copy_of_a_program_still_running_is_not_offered(window, kept, monkeypatch) -> None:
    from PySide6.QtCore import QLockFile

    left_by_a_stopped_program(kept, "een-ander-venster")
    lock = QLockFile(str(kept / "een-ander-venster.lock"))  # another window on this store, writing
    assert lock.tryLock(0)
    try:
        assert recovery.left_behind() == []
    finally:
        lock.unlock()
    assert [d.about for d in recovery.left_behind()] == ["Amendement op uitgangspunt 7"]


def test_a_backup_is_not_restored_under_another_window_on_the_same_store(window, kept, monkeypatch) -> None:
    """Restoring moves the store aside; another program with it open went on writing into the
    file moved aside, and that work was seen nowhere. Its lock (held while it runs) says it is
    open: the restore is refused until it is closed."""
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QInputDialog

    from raadsviewer.domain.model import AnnotationDraft

    window.annotations.push_add(principle_number=1, draft=AnnotationDraft("voor de back-up"))
    window.safety.backup_action.trigger()
    window.annotations.push_add(principle_number=1, draft=AnnotationDraft("na de back-up"))
    other = QLockFile(str(kept / "een-ander-venster.lock"))  # another window, running
    assert other.tryLock(0)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: (args[3][0], True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.safety.restore_action.trigger()
    assert len(warned) == 1 and "ander raadsviewer-venster" in warned[0]
    notes = annotation_service.list_annotations(window.context.store, window.context.view.dossier.id)
    assert len(notes) == 2  # nothing restored
    other.unlock()  # the other window is closed
    window.safety.restore_action.trigger()
    notes = annotation_service.list_annotations(window.context.store, window.context.view.dossier.id)
    assert [n.body for n in notes] == ["voor de back-up"] and len(warned) == 1


def test_a_hostile_file_among_the_kept_texts_is_passed_over(window, kept) -> None:
    """Nested 200,000 deep, a link to an endless device, a named pipe: each made the start crash,
    run out of memory or hang for good; now each is left alone and the real text is offered."""
    import os

    left_by_a_stopped_program(kept)
    (kept / "diep.json").write_text("[" * 200_000, encoding="utf-8")
    os.symlink("/dev/zero", kept / "nul.json")
    os.mkfifo(kept / "pijp.json")
    assert [d.about for d in recovery.left_behind()] == ["Amendement op uitgangspunt 7"]


def test_the_same_store_named_two_ways_is_one_store_and_two_stores_of_one_name_are_two(
    tmp_path: Path, monkeypatch
) -> None:
    """The kept texts were filed under the store's name as typed: ``raad.sqlite`` in two folders
    shared them (a faction's note offered on the griffie's store), ``./raad.sqlite`` and its full
    path did not."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    monkeypatch.chdir(tmp_path / "a")
    in_a = recovery.folder_for("raad.sqlite")
    assert in_a == recovery.folder_for(str(tmp_path / "a" / "raad.sqlite")) == recovery.folder_for("./raad.sqlite")
    monkeypatch.chdir(tmp_path / "b")
    assert recovery.folder_for("raad.sqlite") != in_a
    assert recovery.folder_for("postgresql://griffie@server/raad") != in_a


def test_a_logout_keeps_the_votes_typed_in_and_never_a_password(window, kept, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A logout (``lifecycle.close_everything`` leaves the dialog in front without asking) with a
    dozen factions' votes filled in lost them: now the fields changed are kept as an editor's text
    is, and shown at the next start; unchanged fields are not listed, a password never written."""
    _submit_smart(window, monkeypatch)
    become_griffie(window)

    def clerk(dialog: VoteDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        vvd = dialog.faction("VVD")
        vvd.how.setCurrentIndex(vvd.how.findData("verdeeld"))
        qtbot.keyClicks(vvd.voor, "5")
        qtbot.keyClicks(vvd.tegen, "Piet Jansen, Els de Boer")
        leave(dialog)  # the session ends
        assert not dialog.isVisible()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(VoteDialog, "exec", clerk)
    window.amendments.vote_button.click()
    copy = json.loads(own_copy(kept).read_text(encoding="utf-8"))
    assert copy["title"].startswith("Stemming over")
    assert copy["fields"] == [
        ["Stem van VVD", "verdeeld"],
        ["VVD: voor (aantal of namen)", "5"],
        ["VVD: tegen (aantal of namen)", "Piet Jansen, Els de Boer"],
        ["VVD: afwezig", "0 afwezig"],  # shown once the faction votes divided
    ]
    own_copy(kept).unlink()

    def settings(dialog: SettingsDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.password.setText("geheim-wachtwoord")
        dialog.font_size.setValue(15)
        leave(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(SettingsDialog, "exec", settings)
    window.preferences.settings_action.trigger()
    written = own_copy(kept).read_text(encoding="utf-8")
    assert "geheim-wachtwoord" not in written
    assert json.loads(written)["fields"] == [["Lettergrootte", "15 pt"]]


def _stopped(kept: Path) -> Path:
    """The program stops with the editor open: nothing more is done, its copy stays behind (as
    the copy of a program no longer running)."""
    left = kept / "een-gestopt-programma.json"
    own_copy(kept).rename(left)
    return left


def _written_then_stopped(qtbot, kept: Path, field: str):  # type: ignore[no-untyped-def]
    """An editor's ``exec``: ``TEXT`` typed into ``field`` and kept, then the program stops."""

    def typing(dialog: QDialog) -> int:
        dialog.show()
        if hasattr(dialog, "visibility"):  # a note for the faction's eyes only: it must come back so
            dialog.visibility.setCurrentIndex(dialog.visibility.findData("privé"))
        qtbot.keyClicks(getattr(dialog, field), TEXT)
        qtbot.waitUntil(lambda: own_copy(kept).exists(), timeout=3000)
        dialog._keep_timer.stop()  # stopped: no more keeping, no save, no close
        dialog.hide()  # (gone with the program)
        return QDialog.DialogCode.Rejected

    return typing


def _continue_writing(monkeypatch, offered: list[bool]) -> None:  # type: ignore[no-untyped-def]
    def answer(dialog: QDialog) -> int:
        offered.append(dialog.resume_button is not None)
        if dialog.resume_button is None:
            dialog.later_button.click()
            return QDialog.DialogCode.Rejected
        dialog.resume_button.click()  # Verder schrijven
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(recovery.LeftBehindDialog, "exec", answer)


def test_a_note_left_behind_goes_back_into_its_editor_and_is_saved_from_there(window, kept, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(AnnotationDialog, "exec", _written_then_stopped(qtbot, kept, "body"))
    window.select_principle(7)
    window.annotations.add_action.trigger()  # Annotatie toevoegen…, typed, and the program stops
    left = _stopped(kept)
    window.select_principle(2)  # the next start shows another principle
    reopened: list[tuple[str, str, str]] = []

    def writing_on(dialog: AnnotationDialog) -> int:
        dialog.show()
        reopened.append((dialog.about, dialog.body.toPlainText(), dialog.visibility.currentData()))
        qtbot.keyClicks(dialog.body, " Aangevuld.")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnnotationDialog, "exec", writing_on)
    offered: list[bool] = []
    _continue_writing(monkeypatch, offered)
    recovery.offer(window, window)
    assert offered == [True]  # one text, written on: not offered again
    [(about, body, visibility)] = reopened
    assert about.startswith("Uitgangspunt 7") and body == TEXT and visibility == "privé"
    notes = annotation_service.list_annotations(window.context.store, window.context.view.dossier.id)
    assert [(n.body, n.principle_number, n.visibility.value) for n in notes] == [(f"{TEXT} Aangevuld.", 7, "privé")]
    assert window.context.current_principle.number == 7  # where the note is
    assert not left.exists() and not own_copy(kept).exists()


def test_a_text_put_back_and_closed_asks_and_stays_kept_when_kept(window, kept, qtbot, monkeypatch) -> None:
    """Back in the editor, the text was never saved: Escape asks before throwing it away (as
    after a refused save), and No keeps it, now as this program's own copy."""
    monkeypatch.setattr(AmendmentDialog, "exec", _written_then_stopped(qtbot, kept, "rationale"))
    window.select_principle(7)
    window.amend_action.trigger()
    left = _stopped(kept)
    asked: list[str] = []

    def no(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)

    def escape(dialog: AmendmentDialog) -> int:
        dialog.show()
        assert dialog.rationale.toPlainText() == TEXT
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # asked: No, so it stays open with the text
        assert dialog.isVisible() and dialog.rationale.toPlainText() == TEXT
        dialog._keep_timer.stop()
        dialog.hide()  # the program stops again
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AmendmentDialog, "exec", escape)
    offered: list[bool] = []
    _continue_writing(monkeypatch, offered)
    recovery.offer(window, window)
    assert offered == [True] and len(asked) == 1
    assert not left.exists()
    kept_now = json.loads(own_copy(kept).read_text(encoding="utf-8"))
    assert ["Toelichting", TEXT] in kept_now["fields"] and kept_now["resume"]["editor"] == "amendment"


def test_a_text_whose_place_is_gone_or_whose_draft_is_damaged_is_shown_to_copy(
    window, kept, qtbot, monkeypatch
) -> None:
    from raadsviewer.domain.model import AnnotationDraft

    window.select_principle(7)
    window.annotations.push_add(principle_number=7, draft=AnnotationDraft("eerst zo"))
    [note] = window.context.annotations
    window.annotations.show_annotation(note.id)
    monkeypatch.setattr(AnnotationDialog, "exec", _written_then_stopped(qtbot, kept, "body"))
    window.annotations.edit_action.trigger()  # Annotatie bewerken…, and the program stops
    left = _stopped(kept)
    assert json.loads(left.read_text(encoding="utf-8"))["resume"]["annotation_id"] == note.id
    window.annotations.delete_action.trigger()  # the note was deleted since (here: on this laptop)
    offered: list[bool] = []
    _continue_writing(monkeypatch, offered)
    recovery.offer(window, window)
    data = json.loads(left.read_text(encoding="utf-8"))
    data["resume"] = {"editor": "annotation", "action": "add", "draft": ["x", "geen standpunt"]}  # damaged
    left.write_text(json.dumps(data), encoding="utf-8")
    recovery.offer(window, window)
    assert offered == [False, False]  # shown to copy, as before; kept (Later)
    assert left.exists()
