"""Every action of the main window, clicked: menus, toolbar and the documents' context menus.

Each enabled QAction is triggered through its signal (``trigger()`` sends ``triggered(checked)``
as a click does), once with every dialog cancelled and once with every dialog answered as a
person would (text typed into empty fields, OK pressed, file dialogs answering a sample file or a
new file in a temporary folder). No action may raise. The actions are found by walking the
window, so a new action is covered without editing this test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.conftest import SAMPLES

LAST = ("&Afsluiten",)  # closing the window ends the walk


@pytest.fixture
def files(tmp_path: Path, sample_store) -> dict[str, Path]:
    """What a person would pick in a file dialog: a document, another faction's package and key,
    a colleague's key file, a backup."""
    from raadsviewer.domain.model import AnnotationDraft, Visibility
    from raadsviewer.services import exchange, keys
    from raadsviewer.services.annotations import add_annotation
    from raadsviewer.services.documents import ensure_sample_dossier, list_dossiers
    from raadsviewer.services.factions import ensure_faction
    from raadsviewer.storage import safety
    from raadsviewer.storage.db import Store

    other = Store(tmp_path / "vvd.sqlite")
    try:
        ensure_sample_dossier(other, SAMPLES)
        ensure_faction(other, "D66", "Sara Yilmaz")
        dossier = list_dossiers(other)[0]
        add_annotation(
            other,
            dossier_id=dossier.id,
            principle_number=3,
            faction="D66",
            member="Sara Yilmaz",
            draft=AnnotationDraft(body="Keuzevrijheid blijft.", visibility=Visibility.GRIFFIE),
        )
        package = tmp_path / "D66.raadspakket"
        exchange.export_package(other, dossier.id, "D66", "Sara Yilmaz", package)
        public = tmp_path / "D66.pub"
        keys.export_public_key(other, "D66", public)
        secret = tmp_path / "D66.sleutel"
        keys.export_secret_key(other, "D66", secret, "geheim wachtwoord")
    finally:
        other.close()
    backup = safety.make_backup(sample_store.path, "manual")
    from raadsviewer.services import dossier as dossier_service
    from raadsviewer.services import roles

    griffie = Store(tmp_path / "griffie.sqlite")
    try:
        roles.set_owner_griffie(griffie)
        ensure_sample_dossier(griffie, SAMPLES)
        griffie_dossier = tmp_path / "jeugdhulp.raadsdossier"
        dossier_service.export_dossier(griffie, list_dossiers(griffie)[0].id, griffie_dossier)
    finally:
        griffie.close()
    werkgroep = SAMPLES / "werkgroep-jeugd-overdenkingen-inkoopkader-2020.txt"
    new_version = tmp_path / "werkgroep-v2.txt"
    new_version.write_text(
        werkgroep.read_text(encoding="utf-8").replace("Werkgroep", "Werkgroep Jeugd", 3), encoding="utf-8"
    )
    return {
        "document": SAMPLES / "groningen-reactie-initiatiefvoorstel-jeugdhulp-2020.txt",
        "new_version": new_version,
        "package": package,
        "public": public,
        "secret": secret,
        "backup": Path(str(getattr(backup, "path", backup))),
        "dossier": griffie_dossier,
        "out": tmp_path / "uit",
    }


@pytest.fixture
def busy_window(window, sample_store):  # type: ignore[no-untyped-def]
    """The window on a dossier with three factions' annotations, amendments (concept and
    submitted) and a confirmed passage link: every pane has something to act on."""
    from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation, AnnotationDraft, Stance, Visibility
    from raadsviewer.services import amendments, links
    from raadsviewer.services.annotations import add_annotation
    from raadsviewer.services.factions import ensure_faction

    dossier = window.context.view.dossier.id
    for faction, member in (("VVD", "Piet Jansen"), ("CDA", "Mirjam Bakker")):
        ensure_faction(sample_store, faction, member)
    for faction, member, stance in (
        ("GroenLinks", "Anna de Vries", Stance.ZORG),
        ("VVD", "Piet Jansen", Stance.VRAAG),
        ("CDA", "Mirjam Bakker", Stance.STEUN),
    ):
        add_annotation(
            sample_store,
            dossier_id=dossier,
            principle_number=7,
            faction=faction,
            member=member,
            draft=AnnotationDraft(body=f"{faction} over de toegang.", stance=stance, visibility=Visibility.OPENBAAR),
        )
    principle = window.context.view.principle(7)
    words = principle.text.split()[1]
    own = amendments.add_amendment(
        sample_store,
        dossier_id=dossier,
        faction="GroenLinks",
        member="Anna de Vries",
        draft=AmendmentDraft(
            title="Onafhankelijk",
            operation=AmendmentOperation.VERVANGEN,
            old_text=words,
            new_text="Onafhankelijke",
            principle_number=7,
        ),
    )
    amendments.submit_amendment(sample_store, own.id, faction="GroenLinks")
    amendments.add_amendment(
        sample_store,
        dossier_id=dossier,
        faction="GroenLinks",
        member="Anna de Vries",
        draft=AmendmentDraft(
            title="Toevoeging",
            operation=AmendmentOperation.TOEVOEGEN,
            new_text="Met ervaringsdeskundigen.",
            principle_number=7,
        ),
    )
    background = window.context.view.background[0]
    block = next(b for b in background.blocks if b.kind.value == "paragraph" and len(b.text) > 80)
    links.add_link(
        sample_store,
        dossier,
        7,
        quote=block.text[:60],
        faction="GroenLinks",
        member="Anna de Vries",
        document_id=background.id,
        position_hint=block.start,
    )
    window.load_dossier(dossier, 7)
    window.annotations.list.setCurrentIndex(window.annotations.filter.index(0, 0))
    return window


class Answers:
    """Every way a dialog asks something, answered (or cancelled) as a person would."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, files: dict[str, Path], accept: bool) -> None:
        self.accept = accept
        self.files = files
        self.messages: list[tuple[str, str]] = []
        self.asked: list[str] = []
        self.picked: dict[str, str] = {}  # an open dialog's caption -> the file it was answered with
        files["out"].mkdir(exist_ok=True)
        answers = self

        def dialog_exec(dialog: QDialog) -> int:
            answers.asked.append(type(dialog).__name__)
            if not answers.accept:
                dialog.reject()
                return int(QDialog.DialogCode.Rejected)
            _fill(dialog)
            _press_ok(dialog)
            if dialog.result() != QDialog.DialogCode.Accepted:  # it found something missing: cancel
                dialog.reject()
            return int(dialog.result())

        monkeypatch.setattr(QDialog, "exec", dialog_exec)
        for kind in ("warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, self._message(kind))
        monkeypatch.setattr(QMessageBox, "about", lambda _p, title, text: self.messages.append(("about", text)))
        monkeypatch.setattr(QMessageBox, "question", self._question)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._open)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", self._open_many)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(files["out"]) if accept else "")
        monkeypatch.setattr(QInputDialog, "getItem", self._item)
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("geheim wachtwoord", accept))

    def _message(self, kind: str):  # type: ignore[no-untyped-def]
        def show(_parent: Any, _title: str, text: str, *rest: Any, **kw: Any) -> QMessageBox.StandardButton:
            self.messages.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    def _question(self, _parent: Any, _title: str, text: str, *rest: Any, **kw: Any) -> QMessageBox.StandardButton:
        self.messages.append(("question", text))
        return QMessageBox.StandardButton.Yes if self.accept else QMessageBox.StandardButton.No

    def _pick(self, caption: str, filters: str) -> str:
        text = f"{caption} {filters}".lower()
        for marker, key in (
            ("raadsdossier", "dossier"),  # the griffie's signed dossier
            ("raadspakket", "package"),
            (".pub", "public"),
            (".sleutel", "secret"),
            ("versie", "new_version"),
            ("back-up", "backup"),
            ("sqlite", "backup"),
        ):
            if marker in text:
                return str(self.files[key])
        return str(self.files["document"])

    def _open(self, _parent: Any = None, caption: str = "", _dir: str = "", filters: str = "", *a: Any, **k: Any):  # type: ignore[no-untyped-def]
        self.asked.append(f"open: {caption}")
        self.picked[caption] = self._pick(caption, filters)
        return (self._pick(caption, filters), filters) if self.accept else ("", "")

    def _open_many(self, _parent: Any = None, caption: str = "", _dir: str = "", filters: str = "", *a: Any, **k: Any):  # type: ignore[no-untyped-def]
        self.asked.append(f"open many: {caption}")
        return ([self._pick(caption, filters)], filters) if self.accept else ([], "")

    def _save(self, _parent: Any = None, caption: str = "", suggested: str = "", filters: str = "", *a: Any, **k: Any):  # type: ignore[no-untyped-def]
        self.asked.append(f"save: {caption}")
        if not self.accept:
            return "", ""
        name = Path(suggested).name or "bestand"
        return str(self.files["out"] / name), filters

    def _item(self, _parent: Any, title: str, _label: str, items: list[str], *a: Any, **k: Any):  # type: ignore[no-untyped-def]
        self.asked.append(f"choose: {title}")
        return (items[0] if items else "", self.accept and bool(items))


def _fill(dialog: QDialog) -> None:
    """Type something into every empty, editable text field, as a person filling in a form."""
    for edit in dialog.findChildren(QLineEdit):
        if edit.isEnabled() and not edit.isReadOnly() and not edit.text():
            edit.setText("Tekst van de test")
    for edit in dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit):
        if edit.isEnabled() and not edit.isReadOnly() and not edit.toPlainText():
            edit.setPlainText("Tekst van de test")


def _press_ok(dialog: QDialog) -> None:
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole):
                if button.isEnabled():
                    button.click()
                    return
    dialog.accept()


def _window_actions(window: QWidget) -> list[QAction]:
    seen: dict[int, QAction] = {}
    for action in window.findChildren(QAction):
        if action.menu() is None and not action.isSeparator() and action.text():
            seen.setdefault(id(action), action)
    for toolbar_action in window.actions():
        seen.setdefault(id(toolbar_action), toolbar_action)
    actions = sorted(seen.values(), key=lambda a: a.text() in LAST)
    return actions


def _context_actions(window: Any) -> Iterator[tuple[str, QAction]]:
    """The right-click menu of each document, with a few words of it selected."""
    for view in [window.documents.framework_view, *window.documents.background_views()]:
        if view.document_model is None:
            continue
        cursor = view.textCursor()
        cursor.setPosition(view.from_text(40) if hasattr(view, "from_text") else 40)
        cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor, 3)
        view.setTextCursor(cursor)
        menu = view.context_menu()
        for action in menu.actions():
            if not action.isSeparator():
                yield f"{view.document_model.title}: {action.text()}", action
        menu.deleteLater()


def _close_extra_windows(window: QWidget) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()


@pytest.mark.parametrize("role", ["member", "griffie"])
@pytest.mark.parametrize("accept", [False, True], ids=["cancelled", "answered"])
def test_every_action_can_be_clicked(busy_window, files, monkeypatch, qtbot, accept: bool, role: str) -> None:  # type: ignore[no-untyped-def]
    window = busy_window
    if role == "griffie":  # the same dossier on the griffie's store: other actions are open
        from tests.ui.conftest import become_griffie

        become_griffie(window)
    answers = Answers(monkeypatch, files, accept)
    actions = _window_actions(window)
    assert len(actions) >= 35, [a.text() for a in actions]  # the walk found the menus
    triggered: list[str] = []
    failures: list[str] = []
    for action in actions:
        if not action.isEnabled():
            continue
        name = action.text()
        with qtbot.captureExceptions() as exceptions:
            action.trigger()
            qtbot.wait(5)
        if exceptions:
            failures.append(f"{name}: {exceptions[0][1]!r}")
        triggered.append(name)
        if name not in LAST:
            _close_extra_windows(window)
            if window.context.current_principle is None and window.context.view is not None:
                window.select_principle(7)
    window.show()
    for name, action in _context_actions(window):
        if not action.isEnabled():
            continue
        with qtbot.captureExceptions() as exceptions:
            action.trigger()
            qtbot.wait(5)
        if exceptions:
            failures.append(f"{name}: {exceptions[0][1]!r}")
        triggered.append(name)
        _close_extra_windows(window)
    assert not failures, "\n".join(failures)
    criticals = [text for kind, text in answers.messages if kind == "critical"]
    assert not criticals, criticals
    assert len(triggered) >= 30
    if accept:  # the dialogs were really answered, not skipped
        assert any(a.startswith("open: ") for a in answers.asked) and any(a.startswith("save: ") for a in answers.asked)
        assert {"ImportRoleDialog", "SettingsDialog"} <= set(answers.asked)
        if role == "member":
            assert {"AnnotationDialog", "AmendmentDialog"} <= set(answers.asked)
            assert (files["out"] / "GroenLinks.pub").exists()  # the answered save dialogs wrote their files
            # the griffie's dossier is answered with a signed dossier, not a text file
            assert answers.picked["Dossier van de griffie importeren"].endswith(".raadsdossier")
