"""Access keys (Alt+letter) in every menu, in Dutch and English, for the griffie and a member:
no two items of one menu share a letter (Alt+R, M opened "Amendement op uitgangspunt" and never
"Motie schrijven"), and no button beside the menus takes a menu title's letter (the menu wins)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

_KEY = re.compile(r"&(.)")


def key_of(text: str) -> str | None:
    """The access key of a label ("&&" is a literal ampersand)."""
    found = _KEY.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> list[str]:
    by_key: dict[str, list[str]] = {}
    for text in texts:
        key = key_of(text)
        if key is not None:
            by_key.setdefault(key, []).append(text)
    return [f"{key}: {', '.join(same)}" for key, same in sorted(by_key.items()) if len(same) > 1]


def walk(menu: QMenu, path: str, found: list[str]) -> None:
    menu.aboutToShow.emit()  # menus filled when shown (recent dossiers)
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    found.extend(f"{path}: {c}" for c in clashes([a.text() for a in actions]))
    for a in actions:
        if a.menu() is not None:
            walk(a.menu(), f"{path} › {a.text()}", found)


@contextmanager
def window_in(qtbot, store, settings, lang: str, *, griffie: bool) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The real main window on ``store`` in ``lang``, the griffie's or a member's."""
    from raadsviewer.services.factions import ensure_faction
    from raadsviewer.services.roles import set_owner_griffie, set_owner_member
    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.i18n import install_translators
    from raadsviewer.ui.main_window import MainWindow

    if griffie:
        set_owner_griffie(store)
    else:
        ensure_faction(store, settings.faction, settings.member)
        set_owner_member(store, settings.faction, settings.member)
    app = QApplication.instance()
    translators = install_translators(app, lang)
    try:
        window = MainWindow(store, settings, runner=SyncRunner(), lang=lang)
        qtbot.addWidget(window)
        window.context.load_identity()
        window.load_dossier()
        yield window
    finally:
        for t in translators:
            app.removeTranslator(t)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("griffie", [False, True])
def test_no_two_items_of_a_menu_share_an_access_key(qtbot, sample_store, settings, lang: str, griffie: bool) -> None:
    with window_in(qtbot, sample_store, settings, lang, griffie=griffie) as window:
        bar = [a for a in window.menuBar().actions() if a.menu() is not None]
        found = [f"menu bar: {c}" for c in clashes([a.text() for a in bar])]
        for a in bar:
            walk(a.menu(), a.text(), found)
        for i in range(window.right_tabs.count()):  # panes made when first shown
            window.right_tabs.setCurrentIndex(i)
        titles = {key_of(a.text()) for a in bar}
        buttons = [b.text() for b in window.findChildren(QPushButton) if key_of(b.text()) in titles]
        found.extend(f"button takes a menu's letter: {b}" for b in buttons)
        assert len(window.findChildren(QPushButton)) >= 15  # (the panes' buttons were there to check)
        assert found == [], "\n".join(found)


def test_an_ampersand_in_a_title_is_shown_as_written(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A background document or a dossier named "Zorg & Welzijn" reads so in its tab and in
    Recente dossiers, not "Zorg _Welzijn" with the W taken for an access key."""
    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.services import documents as document_service

    path = tmp_path / "zorg.md"
    path.write_text("# Zorg & Welzijn\n\nEen brief over zorg en welzijn in de regio.\n", encoding="utf-8")
    document_service.import_document(
        window.context.store, path, role=DocumentRole.BACKGROUND, dossier_title=window.context.view.dossier.title
    )
    window.load_dossier()
    tabs = window.documents.background_tabs
    assert "Zorg && Welzijn" in [tabs.tabText(i) for i in range(tabs.count())]
    other = document_service.create_dossier(window.context.store, "Wonen & Zorg")
    window.dossiers.switch_to(other.id)
    window.dossiers.recent_menu.aboutToShow.emit()
    assert "Wonen && Zorg" in [a.text() for a in window.dossiers.recent_menu.actions()]


def test_the_documents_right_click_menu_has_access_keys_and_names_its_keys(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor

    view = window.documents.framework_view
    cursor = view.textCursor()
    cursor.setPosition(40)
    cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor, 3)
    view.setTextCursor(cursor)
    texts = [a.text() for a in view.context_menu().actions() if not a.isSeparator()]
    assert len(texts) == 5 and all(key_of(t) for t in texts), texts
    assert clashes(texts) == []
    assert texts[0] == "&Selectie annoteren…\tCtrl+Shift+A"  # as Bewerken › Selectie annoteren… says it


def test_on_the_griffies_store_what_only_a_faction_writes_is_greyed_out_and_says_why(window) -> None:  # type: ignore[no-untyped-def]
    """The griffie's Annotatie toevoegen, Amendement op uitgangspunt and Motie schrijven were
    enabled and answered every click with a refusal; now they are greyed out with the reason."""
    from tests.ui.conftest import become_griffie

    window.select_principle(7)
    member = [window.annotations.add_action, window.amend_action, window.motie_action, window.annotate_selection_action]
    assert all(a.isEnabled() for a in member)
    become_griffie(window)
    window.select_principle(8)
    assert not any(a.isEnabled() for a in member)
    assert all("griffie" in a.statusTip() for a in member)
    assert not window.annotations.add_button.isEnabled()
    assert window.annotations.empty.isVisible()  # (no notes yet) nor does the empty list invite the griffie
    assert "Ctrl+N" not in window.annotations.empty.text() and "pakketten" in window.annotations.empty.text()


def dialog_clashes(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    """Access keys shared by two labels, buttons or boxes in sight in one dialog (Alt+letter
    then reaches only one of them)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    widgets = [w for kind in (QLabel, QAbstractButton, QGroupBox) for w in dialog.findChildren(kind)]
    texts = [
        w.title() if isinstance(w, QGroupBox) else w.text()
        for w in widgets
        if w.isVisibleTo(dialog) and (not isinstance(w, QLabel) or w.buddy() is not None)
    ]
    return [f"{type(dialog).__name__}: {c}" for c in clashes(texts)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_two_fields_of_a_dialog_share_an_access_key(qtbot, sample_store, settings, monkeypatch, lang: str) -> None:
    from PySide6.QtWidgets import QDialog

    from raadsviewer.services.roles import set_owner_griffie

    found: list[str] = []
    opened: list[str] = []

    def check(dialog: QDialog) -> int:
        opened.append(type(dialog).__name__)
        found.extend(dialog_clashes(dialog))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", check)
    with window_in(qtbot, sample_store, settings, lang, griffie=False) as window:
        window.select_principle(7)
        for action in (
            window.motie_action,
            window.amend_action,
            window.principle_corrections.edit_action,
            window.preferences.settings_action,
        ):
            action.trigger()
        found.extend(dialog_clashes(window.principle_corrections.editor))
        set_owner_griffie(sample_store)
        window.context.load_identity()
        for action in (window.procedure.settings_action, window.preferences.settings_action):
            action.trigger()
        window.draft_action.trigger()
        found.extend(dialog_clashes(window.drafts.draft_window))
        from PySide6.QtWidgets import QPushButton

        draft = window.drafts.draft_window  # Word, PDF, HTML, Markdown and Sluiten had none
        keyless = [b.text() for b in draft.findChildren(QPushButton) if b.isVisibleTo(draft) and not key_of(b.text())]
        assert keyless == [], keyless
        assert len(opened) >= 5, opened
        assert found == [], "\n".join(found)
