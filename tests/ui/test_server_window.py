"""The window on a store on a PostgreSQL server: it connects in the background, shows the
griffie's dossier from the server, writes there, makes and restores pg_dump backups from the menu,
and says so (without a crash) when the server cannot be used. The settings choose such a store
for the next start, with its password in the keychain and never in the settings file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from raadsviewer.domain.model import AnnotationDraft, Stance
from raadsviewer.storage.server import find_tool
from tests.conftest import SAMPLES

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server_url(postgres):  # type: ignore[no-untyped-def]
    """A server store holding the sample dossier, owned by a member of a faction."""
    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.services.factions import ensure_faction
    from raadsviewer.services.roles import set_owner_member
    from raadsviewer.storage.db import Store

    name = postgres.new_database()
    url = postgres.url(name)
    store = Store(url)
    try:
        ensure_sample_dossier(store, SAMPLES)
        ensure_faction(store, "GroenLinks", "Anna de Vries")
        set_owner_member(store, "GroenLinks", "Anna de Vries")
    finally:
        store.close()
    yield url
    postgres.drop_database(name)


@pytest.fixture
def windows():  # type: ignore[no-untyped-def]
    """The windows a test opened on a server: their stores are closed after it (as ``run_gui``
    closes its store when the program ends)."""
    opened: list = []
    yield opened
    for window in opened:
        window.context.runner.wait()
        window.context.close_store()


def open_on_server(qtbot, settings, location: str, windows: list, runner=None):  # type: ignore[no-untyped-def]
    """The window as ``run_gui`` starts it on a server: shown empty, then connected."""
    from raadsviewer.ui.background import SyncRunner
    from raadsviewer.ui.main_window import MainWindow
    from raadsviewer.ui.server_start import ServerConnection

    window = MainWindow(None, settings, runner=runner or SyncRunner(), defer=True)
    qtbot.addWidget(window)
    windows.append(window)
    window.resize(1300, 850)
    window.show()
    window.complete()
    opened: list[bool] = []

    def loaded() -> None:
        window.load_dossier()
        window.context.load_identity()
        opened.append(True)

    connection = ServerConnection(window, window.context, location, loaded)
    connection.start()
    return window, connection, opened


def test_the_window_opens_the_dossier_from_the_server_and_writes_there(qtbot, settings, server_url, windows) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.services.annotations import list_annotations
    from raadsviewer.storage.db import Store

    window, connection, opened = open_on_server(qtbot, settings, server_url, windows)
    assert (connection.busy.isVisible() and "Verbinden met de server" in connection.label.text()) or opened
    assert not window.centralWidget().isEnabled() or opened
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert window.centralWidget().isEnabled() and window.menuBar().isEnabled()
    assert not connection.busy.isVisible() and not connection.label.isVisible()
    ctx = window.context
    assert ctx.on_server and ctx.store.is_server and ctx.store_path is None
    assert "127.0.0.1" in ctx.store_location and "postgresql" in ctx.store_location
    assert ctx.view is not None and len(ctx.view.principles) >= 10
    assert window.principles.model.rowCount() == len(ctx.view.principles) == 13
    assert "Inkoopkader Jeugdhulp" in window.windowTitle()
    assert "Verbonden met de server" in window.statusBar().currentMessage()

    window.select_principle(3)
    assert ctx.current_principle is not None and ctx.current_principle.number == 3
    window.annotations.push_add(
        principle_number=3, draft=AnnotationDraft("Op de server: vragen over de wachtlijsten.", Stance.ZORG)
    )
    assert window.annotations.model.rowCount() == 1

    other = Store(server_url)  # a colleague's view of the same server store
    try:
        found = [(a.body, a.faction_name) for a in list_annotations(other, ctx.view.dossier.id, include_private=True)]
    finally:
        other.close()
    assert found == [("Op de server: vragen over de wachtlijsten.", "GroenLinks")]
    window.close()


def test_an_unreachable_server_is_said_in_the_window_and_retried_or_closed(
    qtbot, settings, monkeypatch, windows
) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as s:  # a port on which nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    location = f"postgresql+psycopg://griffie:geheim@127.0.0.1:{port}/raad"
    said: list[str] = []
    answers = [QMessageBox.StandardButton.Retry, QMessageBox.StandardButton.Close]

    def critical(_parent, title, text, *_buttons):  # type: ignore[no-untyped-def]
        said.append(f"{title}\n{text}")
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    window, connection, opened = open_on_server(qtbot, settings, location, windows)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=30_000)  # asked, retried, asked again
    assert not opened and not window.isVisible()  # closed at the user's word, nothing crashed
    assert all("niet bereikbaar" in text and "Opnieuw proberen" in text for text in said)
    assert all("geheim" not in text for text in said)  # the password is never shown
    assert f"127.0.0.1:{port}" in said[0]
    window.context.close_store()  # a store that never opened: nothing to close, no error


def test_a_refused_login_is_said_in_the_window(qtbot, settings, monkeypatch, postgres, windows) -> None:  # type: ignore[no-untyped-def]
    from tests.postgres import PASSWORD_ROLE

    name = postgres.new_database()
    said: list[str] = []

    def critical(_parent, _title, text, *_buttons):  # type: ignore[no-untyped-def]
        said.append(text)
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "critical", critical)
    try:
        location = postgres.url(name, user=PASSWORD_ROLE).replace(f"{PASSWORD_ROLE}@", f"{PASSWORD_ROLE}:fout@")
        window, _connection, opened = open_on_server(qtbot, settings, location, windows)
        qtbot.waitUntil(lambda: bool(said), timeout=30_000)
        assert not opened and f"'{PASSWORD_ROLE}'" in said[0] and "wachtwoord" in said[0]
    finally:
        postgres.drop_database(name)


@pytest.mark.skipif(find_tool("pg_dump") is None, reason="pg_dump is not installed here")
def test_backup_and_restore_from_the_menu_use_pg_dump(
    qtbot, settings, server_url, monkeypatch, tmp_path, windows
) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.services import server as server_service
    from raadsviewer.services.annotations import list_annotations

    window, _connection, opened = open_on_server(qtbot, settings, server_url, windows)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    store = window.context.store
    window.safety.backup_action.triggered.emit()
    made = server_service.backups(store)
    assert len(made) == 1 and made[0].path.suffix == ".dump" and made[0].size > 0
    assert made[0].path.read_bytes()[:5] == b"PGDMP"  # PostgreSQL's custom format
    assert str(made[0].path) in window.statusBar().currentMessage()

    dossier_id = window.context.view.dossier.id
    window.annotations.push_add(principle_number=2, draft=AnnotationDraft("Na de back-up geschreven.", Stance.STEUN))

    def bodies() -> list[str]:
        return [a.body for a in list_annotations(store, dossier_id, include_private=True)]

    assert bodies() == ["Na de back-up geschreven."]

    # Going back: the dump is chosen as a file (a colleague's, say), and confirmed.
    elsewhere = tmp_path / "van-een-collega.dump"
    elsewhere.write_bytes(made[0].path.read_bytes())
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *_a: (items[-1], True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(elsewhere), ""))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    window.safety.restore_action.triggered.emit()
    assert asked and "van-een-collega.dump" in asked[0]
    assert bodies() == []  # the store is as it was at the backup
    assert window.context.view is not None and window.context.current_principle is not None
    kept = [b for b in server_service.backups(store) if b.reason == "restore"]
    assert len(kept) == 1  # the store as it was before going back, dumped first
    assert "van-een-collega.dump" in window.statusBar().currentMessage()
    window.close()


def test_backup_on_a_server_without_pg_dump_says_what_to_install(
    qtbot, settings, server_url, monkeypatch, windows
) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.storage import server as server_tools

    window, _connection, opened = open_on_server(qtbot, settings, server_url, windows)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    monkeypatch.setattr(server_tools, "find_tool", lambda _name: None)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))
    window.safety.backup_action.triggered.emit()
    assert len(said) == 1 and "pg_dump" in said[0] and "postgresql-client" in said[0]
    window.close()


# --- the settings: where the store is -------------------------------------------------------------


class FakeKeychain:
    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, name: str, password: str) -> None:
        self.kept[(service, name)] = password

    def get_password(self, service: str, name: str) -> str | None:
        return self.kept.get((service, name))


def choose_in_settings(window, monkeypatch, fill) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.ui.settings_dialog import SettingsDialog

    def answer(dialog: SettingsDialog) -> int:
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", answer)
    window.preferences.settings_action.trigger()


def test_the_settings_choose_a_server_with_its_password_in_the_keychain(window, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.services import server as server_service

    keychain = FakeKeychain()
    monkeypatch.setattr(server_service, "_keychain", lambda: keychain)
    address = "postgresql+psycopg://clerk@db.griffie.example:5433/raad?schema=leiden"

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.on_file.isChecked() and not dialog.server.isEnabled()
        dialog.on_server.setChecked(True)
        assert dialog.server.isEnabled() and not dialog.store.isEnabled()
        dialog.server.setText(address)
        dialog.password.setText("zeer geheim")

    choose_in_settings(window, monkeypatch, fill)
    assert settings.store_path == address and settings.store_location() == address
    assert keychain.kept == {("raadsviewer-postgresql", "clerk@db.griffie.example:5433/raad"): "zeer geheim"}
    settings.sync()
    assert "zeer geheim" not in Path(settings.q.fileName()).read_text(encoding="utf-8")
    assert server_service._password(address) == "zeer geheim"  # what the next start opens it with
    assert "volgende start" in window.statusBar().currentMessage()


def test_a_password_in_the_address_goes_to_the_keychain_not_the_settings(window, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.services import server as server_service

    keychain = FakeKeychain()
    monkeypatch.setattr(server_service, "_keychain", lambda: keychain)

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.on_server.setChecked(True)
        dialog.server.setText("postgresql://clerk:in-het-adres@db.example/raad")

    choose_in_settings(window, monkeypatch, fill)
    assert settings.store_path == "postgresql+psycopg://clerk@db.example/raad"
    assert list(keychain.kept.values()) == ["in-het-adres"]
    settings.sync()
    assert "in-het-adres" not in Path(settings.q.fileName()).read_text(encoding="utf-8")


def test_without_a_keychain_the_address_is_kept_and_pgpass_is_named(window, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: said.append(text))

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.on_server.setChecked(True)
        dialog.server.setText("postgresql+psycopg://clerk@db.example/raad")
        dialog.password.setText("geheim")

    choose_in_settings(window, monkeypatch, fill)  # the tests' keychain is keyring's null backend
    assert settings.store_path == "postgresql+psycopg://clerk@db.example/raad"
    assert len(said) == 1 and "~/.pgpass" in said[0]


def test_a_wrong_address_is_refused_and_the_store_stays(window, settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.on_server.setChecked(True)
        dialog.server.setText("mysql://clerk@db.example/raad")

    choose_in_settings(window, monkeypatch, fill)
    assert settings.store_path == "" and len(said) == 1 and "PostgreSQL" in said[0]


def test_the_settings_go_back_from_a_server_to_this_computers_file(
    qtbot, settings, server_url, monkeypatch, windows
) -> None:  # type: ignore[no-untyped-def]
    window, _connection, opened = open_on_server(qtbot, settings, server_url, windows)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    settings.store_path = server_url
    shown: list[tuple[str, bool]] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        shown.append((dialog.server.text(), dialog.on_server.isChecked()))
        dialog.on_file.setChecked(True)

    choose_in_settings(window, monkeypatch, fill)
    assert shown == [(window.context.store_location, True)]
    assert settings.store_path.endswith("raadsviewer.sqlite")
    assert isinstance(settings.store_location(), Path)
    window.close()
