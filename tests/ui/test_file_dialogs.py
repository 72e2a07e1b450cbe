"""File dialogs start where the last one ended: saving the stemlijst after opening a document from
the meeting's folder suggests that folder, not the home folder (``ui.files``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog

from raadsviewer.ui.dialogs import ImportRoleDialog
from tests.ui.conftest import become_griffie


def test_a_file_dialog_starts_in_the_folder_the_last_one_ended_in(window, monkeypatch, tmp_path: Path) -> None:
    meeting = tmp_path / "raad 10 december"
    meeting.mkdir()
    (meeting / "brief.txt").write_text("Geachte raad,\n", encoding="utf-8")
    asked: list[tuple[str, str]] = []

    def open_name(_parent, title, start, _filters):  # type: ignore[no-untyped-def]
        asked.append((title, start))
        return str(meeting / "brief.txt"), ""

    def save_name(_parent, title, start, _filters):  # type: ignore[no-untyped-def]
        asked.append((title, start))
        return "", ""  # the griffie looks, and cancels

    become_griffie(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(ImportRoleDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected))  # not imported
    window.import_action.trigger()  # Bestand › Document importeren…
    assert asked[0] == ("Document importeren", str(Path.home()))  # the first time: home
    window.procedure.stemlijst_action.trigger()  # Raad › Stemlijst exporteren…
    assert asked[1] == ("Stemlijst exporteren", str(meeting / "stemlijst.xlsx"))
    shutil.rmtree(meeting)  # the folder is gone (a USB stick taken out): home again
    window.procedure.stemlijst_action.trigger()
    assert asked[2] == ("Stemlijst exporteren", str(Path.home() / "stemlijst.xlsx"))
