"""The store under pressure: parallel writers wait their turn, a full disk, a read-only or busy
store give a clear message and leave everything as it was, nothing half-made is left behind,
and what holds secrets is the user's only."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import AnnotationDraft, Visibility
from raadsviewer.services import annotations as ann
from raadsviewer.services.documents import resolve_dossier
from raadsviewer.storage import safety
from raadsviewer.storage.models import AnnotationRow
from tests.bounds import assert_child_within, bounded

CHILD = Path(__file__).with_name("writer_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _child(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT
    )


def _result(proc: subprocess.Popen[str], timeout: float = 300) -> dict:  # type: ignore[type-arg]
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err[-2000:]
    return json.loads(out.strip().splitlines()[-1])


def _note(store, body: str = "een notitie"):  # type: ignore[no-untyped-def]
    return ann.add_annotation(
        store,
        dossier_id=resolve_dossier(store).id,
        faction="Groen",
        member="Gea",
        draft=AnnotationDraft(body, visibility=Visibility.GRIFFIE),
        principle_number=1,
    )


@pytest.mark.slow
@pytest.mark.sqlite_only
def test_four_hundred_parallel_writes_all_wait_their_turn(sample_store) -> None:
    _note(sample_store)  # the faction exists before the writers race to make it
    path = str(sample_store.path)
    started = time.perf_counter()
    procs = [_child(path, "annotate", "50", f"schrijver{n}") for n in range(8)]
    results = [_result(p) for p in procs]
    elapsed = time.perf_counter() - started
    assert [r["errors"] for r in results] == [[]] * 8  # before: 199 of 400 failed with "database is locked"
    with sample_store.session() as session:
        assert session.scalar(select(func.count()).select_from(AnnotationRow)) == 401
    assert elapsed < 240, elapsed
    for r in results:
        assert_child_within(r, 240, 300, "a writer of 50 notes")


@pytest.mark.slow
@pytest.mark.sqlite_only
def test_an_annotation_during_a_long_write_waits_and_both_finish(sample_store) -> None:
    _note(sample_store)
    path = str(sample_store.path)
    holder = _child(path, "hold", "3")
    assert holder.stdout is not None and json.loads(holder.stdout.readline())["holding"]
    writer = _child(path, "annotate", "3", "tijdens")
    done, held = _result(writer), _result(holder)
    assert done["errors"] == [] and done["ok"] == 3 and held["ok"] == 1
    assert done["seconds"] >= 1.5  # it waited for the lock instead of failing
    assert_child_within(done, 30, 300, "a note during a long write")


@pytest.mark.sqlite_only
def test_a_store_busy_too_long_is_told_and_unchanged(sample_store, dump, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _note(sample_store)
    before = dump(sample_store)

    @event.listens_for(sample_store.engine, "connect")
    def _short(dbapi, _record):  # type: ignore[no-untyped-def]
        dbapi.execute("PRAGMA busy_timeout=200")

    sample_store.engine.dispose()
    holder = _child(str(sample_store.path), "hold", "3")
    assert holder.stdout is not None and json.loads(holder.stdout.readline())["holding"]
    with pytest.raises(UserFacingError) as err, bounded(3, 5, "refusing a write to a busy store"):
        _note(sample_store, "te laat")
    _result(holder)
    assert err.value.code == "store_locked" and str(sample_store.path) in err.value.message("en")
    assert dump(sample_store) == before


@pytest.mark.sqlite_only
def test_a_full_disk_is_told_and_nothing_is_half_written(sample_store, dump) -> None:  # type: ignore[no-untyped-def]
    _note(sample_store)
    before = dump(sample_store)
    pages = sample_store.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(sample_store.engine, "connect")
    def _full(dbapi, _record):  # type: ignore[no-untyped-def]
        dbapi.execute(f"PRAGMA max_page_count={pages + 2}")  # the disk is full after two more pages

    sample_store.engine.dispose()
    with pytest.raises(UserFacingError) as err, bounded(3, 10, "refusing a write to a full disk"):
        _note(sample_store, "x" * 90_000)
    event.remove(sample_store.engine, "connect", _full)
    sample_store.engine.dispose()
    assert err.value.code == "store_disk_full"
    for lang in ("nl", "en"):
        assert str(sample_store.path) in err.value.message(lang) and "{" not in err.value.message(lang)
    assert dump(sample_store) == before


@pytest.mark.sqlite_only
def test_a_read_only_store_is_told_and_unchanged(sample_store, dump) -> None:  # type: ignore[no-untyped-def]
    before = dump(sample_store)

    @event.listens_for(sample_store.engine, "connect")
    def _read_only(dbapi, _record):  # type: ignore[no-untyped-def]
        dbapi.execute("PRAGMA query_only=ON")  # read-only as SQLite sees it (a real file: the test below)

    sample_store.engine.dispose()
    with pytest.raises(UserFacingError) as err, bounded(2, 5, "refusing a write to a read-only store"):
        _note(sample_store)
    assert err.value.code == "store_read_only" and "schrijfrechten" in err.value.message("nl")
    event.remove(sample_store.engine, "connect", _read_only)
    sample_store.engine.dispose()
    assert dump(sample_store) == before


@pytest.mark.sqlite_only
def test_a_write_through_the_driver_itself_on_a_read_only_store_is_told_as_any_write(sample_store, dump) -> None:  # type: ignore[no-untyped-def]
    """A merge writes its thousands of rows through the driver's own cursor (``storage.bulk``),
    which SQLAlchemy never sees to wrap: a read-only store is told as for any other write."""
    from raadsviewer.storage import bulk
    from raadsviewer.storage.models import StoreSettingRow

    before = dump(sample_store)
    with pytest.raises(UserFacingError) as err, sample_store.session() as session:
        driver = session.connection().connection.driver_connection
        driver.execute("PRAGMA query_only=ON")  # the file read-only after the write lock was taken
        try:
            bulk.insert_rows(session.connection(), StoreSettingRow.__table__, [{"key": "k", "value": "v"}])
        finally:
            driver.execute("PRAGMA query_only=OFF")
    assert err.value.code == "store_read_only" and str(sample_store.path) in err.value.message("en")
    assert dump(sample_store) == before


@pytest.mark.sqlite_only
@pytest.mark.skipif(os.name != "posix", reason="POSIX file permissions")
@pytest.mark.parametrize("folder_too", [False, True], ids=["file", "file and folder"])
def test_a_store_file_without_write_permission_is_told_and_unchanged(sample_store, folder_too: bool) -> None:  # type: ignore[no-untyped-def]
    """A real read-only file (chmod 0444), opened by a process of a user who may not write it: as
    root (who may write any file) the process runs as an unprivileged user owning the file."""
    _note(sample_store)
    sample_store.close()
    # In /tmp, outside the tests' own 0700 folder: reachable by the unprivileged user below.
    folder = Path(tempfile.mkdtemp(prefix="alleen-lezen-", dir="/tmp"))
    try:
        path = folder / "opslag.sqlite"
        shutil.copy2(sample_store.path, path)
        before = path.read_bytes()
        as_user: list[str] = []
        if os.geteuid() == 0:
            if shutil.which("setpriv") is None:
                pytest.skip("running as root (who may write any file) and no setpriv to run as another user")
            as_user = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]  # nobody
            for p in (folder, path):
                os.chown(p, 65534, 65534)
        path.chmod(0o444)
        if folder_too:
            folder.chmod(0o555)
        proc = subprocess.run(
            [*as_user, sys.executable, str(CHILD), str(path), "annotate", "1", "alleen-lezen"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        got = json.loads(proc.stdout.strip().splitlines()[-1])
        assert got["errors"] == ["store_read_only"] and got["ok"] == 0, got
        assert "schrijfrechten" in got["told"]["nl"] and "write permission" in got["told"]["en"]
        assert all(str(path) in got["told"][lang] for lang in ("nl", "en")), got["told"]
        assert_child_within(got, 5, 300, "refusing a read-only store")
        assert path.read_bytes() == before  # not a byte changed
        assert not path.stat().st_mode & 0o222  # and opening it did not give the write permission back
    finally:
        folder.chmod(0o700)
        shutil.rmtree(folder, ignore_errors=True)


def test_a_file_write_on_a_full_disk_leaves_no_temporary_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.services import keys

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(keys.os, "fsync", full)
    target = tmp_path / "pakket.raadspakket"
    with pytest.raises(UserFacingError) as err, bounded(2, 5, "a file write on a full disk"):
        keys._write(target, b"data" * 1000)  # noqa: SLF001
    assert err.value.code == "disk_full" and str(target) in err.value.message("en")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.sqlite_only
def test_leftovers_of_a_killed_run_are_cleaned_on_the_next_start(sample_store) -> None:
    from raadsviewer.services.maintenance import open_checked

    path = sample_store.path
    sample_store.close()
    folder = safety.backup_dir(path)
    folder.mkdir(exist_ok=True)
    stale = [
        folder / "store-merge-20260101-000000.partial",
        path.with_suffix(".restoring"),
        path.with_name(f"{path.stem}.key.tmp"),
    ]
    fresh = folder / "store-daily-20260101-000001.partial"  # another program may be writing it now
    for f in (*stale, fresh):
        f.write_bytes(b"half")
    old = time.time() - 3600
    for f in stale:
        os.utime(f, (old, old))
    store = open_checked(path, daily_backup=False)
    store.close()
    assert [f.exists() for f in stale] == [False, False, False] and fresh.exists()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_store_backups_and_key_files_are_the_users_only(tmp_path: Path) -> None:
    from raadsviewer.services import exchange as ex
    from raadsviewer.services.factions import add_faction
    from raadsviewer.services.maintenance import backup_now
    from raadsviewer.storage.db import Store

    store = Store(tmp_path / "nieuw" / "store.sqlite")
    add_faction(store, "Groen")
    backup = backup_now(store, "manual")
    ex.export_secret_key(store, "Groen", tmp_path / "groen.key", "lang wachtwoord")
    ex.export_public_key(store, "Groen", tmp_path / "groen.pub")
    modes = {
        p.name: stat.S_IMODE(p.stat().st_mode)
        for p in (store.path, backup.path, tmp_path / "groen.key", tmp_path / "groen.pub")
    }
    assert set(modes.values()) == {0o600}, modes
    assert stat.S_IMODE((tmp_path / "nieuw").stat().st_mode) == 0o700
    assert stat.S_IMODE(safety.backup_dir(store.path).stat().st_mode) == 0o700
    store.close()


def test_secret_keys_are_encrypted_at_rest_with_the_passphrase(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.services import keys, secrets
    from raadsviewer.services.factions import add_faction
    from raadsviewer.storage.db import Store
    from raadsviewer.storage.models import FactionKeyRow

    monkeypatch.setenv(secrets.ENV_PASSPHRASE, "een lang wachtwoord")
    store = Store(tmp_path / "s.sqlite")
    add_faction(store, "Groen")
    fingerprint = keys.ensure_key(store, "Groen")
    with store.session() as session:
        pem = session.scalars(select(FactionKeyRow.secret_pem)).one()
    assert "ENCRYPTED" in pem and b"PRIVATE KEY-----\nMC4" not in (tmp_path / "s.sqlite").read_bytes()
    monkeypatch.setenv(secrets.ENV_PASSPHRASE, "een ander wachtwoord")
    with pytest.raises(UserFacingError) as err:
        keys.export_secret_key(store, "Groen", tmp_path / "k.key", "lang wachtwoord")
    assert err.value.code == "key_locked"
    monkeypatch.delenv(secrets.ENV_PASSPHRASE)
    pw = tmp_path / "pw.txt"
    pw.write_text("een lang wachtwoord\n", encoding="utf-8")
    monkeypatch.setenv(secrets.ENV_PASSPHRASE_FILE, str(pw))
    assert keys.export_secret_key(store, "Groen", tmp_path / "k.key", "lang wachtwoord") == fingerprint
    store.close()


def test_secret_keys_use_the_keychain_where_there_is_one(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.values: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.values.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.values[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.values.pop((service, username), None)

    memory = Memory()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        _with_keychain(memory, tmp_path)
    finally:
        keyring.set_keyring(previous)


def _with_keychain(memory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.services import keys, secrets
    from raadsviewer.services.factions import add_faction
    from raadsviewer.storage.db import Store
    from raadsviewer.storage.models import FactionKeyRow

    assert secrets.protection() == "keychain"
    store = Store(tmp_path / "s.sqlite")
    add_faction(store, "Groen")
    keys.ensure_key(store, "Groen")
    with store.session() as session:
        assert "ENCRYPTED" in session.scalars(select(FactionKeyRow.secret_pem)).one()
    [(service, name)] = memory.values
    assert service == "raadsviewer" and name.startswith("store-")
    memory.values.clear()  # another machine, or the keychain entry removed
    with pytest.raises(UserFacingError) as err:
        keys.export_secret_key(store, "Groen", tmp_path / "k.key", "lang wachtwoord")
    assert err.value.code == "key_locked"
    store.close()


@pytest.mark.parametrize(("free", "code"), [(10_000, "store_disk_full"), (10**9, "store_io_error")])
def test_opening_a_store_on_a_full_disk_says_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, free: int, code: str
) -> None:
    """Opening a store in WAL mode makes its -shm file; on a full disk SQLite says only "disk
    I/O error", which the command line passed on as a broken disk ("schijffout"). Seen on a
    tmpfs filled to the last byte; here SQLite's answer is given and the free space asked."""
    from sqlalchemy.exc import OperationalError

    from raadsviewer.storage import db

    path = tmp_path / "s.sqlite"
    db.Store(path).close()

    def io_error(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("PRAGMA journal_mode", {}, Exception("disk I/O error"))

    monkeypatch.setattr(db, "ensure_schema", io_error)
    monkeypatch.setattr(shutil, "disk_usage", lambda _folder: shutil._ntuple_diskusage(10**10, 10**10 - free, free))
    with pytest.raises(UserFacingError) as err:
        db.Store(path)
    assert err.value.code == code
    assert str(path) in err.value.message("nl") and str(path) in err.value.message("en")
