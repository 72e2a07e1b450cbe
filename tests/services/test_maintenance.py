"""Opening a store safely: damaged stores are reported, never opened or overwritten."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.services import maintenance
from raadsviewer.services.documents import ensure_sample_dossier, list_dossiers
from raadsviewer.storage import safety
from tests.conftest import SAMPLES


def test_open_makes_the_days_backup_once(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    store = maintenance.open_checked(path)
    ensure_sample_dossier(store, SAMPLES)
    store.close()
    assert [b.reason for b in safety.list_backups(path)] == ["daily"]
    maintenance.open_checked(path).close()
    assert len(safety.list_backups(path)) == 1


def test_a_damaged_store_is_reported_with_the_newest_good_backup(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    store = maintenance.open_checked(path, daily_backup=False)
    ensure_sample_dossier(store, SAMPLES)
    good = safety.make_backup(path, "manual", now=datetime(2026, 2, 3, 4, 5))
    store.close()
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\xff" * (len(data) - 4096))  # pages overwritten with junk
    damaged = path.read_bytes()
    with pytest.raises(UserFacingError) as caught:
        maintenance.open_checked(path)
    assert caught.value.code == "store_damaged" and caught.value.params["backup"] == "03-02-2026 04:05"
    assert path.read_bytes() == damaged  # reporting it changed nothing
    aside, used = maintenance.recover_damaged(path)
    assert used.path == good.path and aside.read_bytes() == damaged
    store = maintenance.open_checked(path)
    assert [d.title for d in list_dossiers(store)]
    store.close()


def test_a_store_emptied_to_0_bytes_is_damaged_not_new_when_it_has_backups(tmp_path: Path) -> None:
    """A store a sync tool or a failed copy cut to nothing was opened as a new, empty store: the
    work looked gone, and the backups were never mentioned. Now it is a damaged store, with the
    newest backup offered; an empty file without backups is still a new store."""
    path, _before = _store_with_backup(tmp_path)
    for leftover in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    path.write_bytes(b"")
    with pytest.raises(UserFacingError) as caught:
        maintenance.open_checked(path, daily_backup=False)
    assert caught.value.code == "store_damaged" and caught.value.params["backup"] == "03-02-2026 04:05"
    assert path.read_bytes() == b""  # reporting it changed nothing
    maintenance.recover_damaged(path)
    store = maintenance.open_checked(path, daily_backup=False)
    assert [d.title for d in list_dossiers(store)]
    store.close()
    fresh = tmp_path / "nieuw" / "s.sqlite"
    fresh.parent.mkdir()
    fresh.write_bytes(b"")
    maintenance.open_checked(fresh, daily_backup=False).close()  # no backups: a new store
    assert fresh.stat().st_size > 0


def test_no_good_backup_keeps_the_damaged_store(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    before = path.read_bytes()
    with pytest.raises(UserFacingError) as caught:
        maintenance.recover_damaged(path)
    assert caught.value.code == "no_good_backup"
    assert path.read_bytes() == before


def _store_with_backup(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "s.sqlite"
    store = maintenance.open_checked(path, daily_backup=False)
    ensure_sample_dossier(store, SAMPLES)
    safety.make_backup(path, "manual", now=datetime(2026, 2, 3, 4, 5))
    store.close()
    return path, path.read_bytes()


@pytest.mark.parametrize(
    ("verdict", "free", "code"),
    [
        ("disk I/O error", 10_000, "store_disk_full"),  # a WAL store's -shm could not be made: disk full
        ("unable to open database file", 10**9, "store_io_error"),  # the file itself reads fine
        ("database is locked", 10**9, "store_locked"),
    ],
)
def test_a_store_that_cannot_be_reached_is_not_called_damaged(
    tmp_path: Path, monkeypatch, verdict: str, free: int, code: str
) -> None:
    """The check at start fails on a full disk or a busy store without the file being damaged:
    that is said, and no restore is offered (one that moved a healthy store aside)."""
    import shutil
    from collections import namedtuple

    path, before = _store_with_backup(tmp_path)
    real = safety.check  # the file itself read as it lies: healthy
    monkeypatch.setattr(
        safety, "check", lambda p, as_it_lies=False: real(p, as_it_lies=True) if as_it_lies else verdict
    )
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**10, 10**10 - free, free))
    with pytest.raises(UserFacingError) as caught:
        maintenance.open_checked(path)
    assert caught.value.code == code
    assert path.read_bytes() == before


def test_a_damaged_store_is_still_called_damaged_when_its_check_cannot_open_it(tmp_path: Path, monkeypatch) -> None:
    path, _ = _store_with_backup(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * (len(data) - 100))
    assert safety.why_unreachable(path, "unable to open database file") is None  # its content is damaged
    assert safety.why_unreachable(path, "database disk image is malformed") is None


def test_a_restore_that_cannot_be_written_leaves_the_damaged_store_where_it_was(tmp_path: Path, monkeypatch) -> None:
    """Taking the offered backup on a full disk: the copy fails, and the store (damaged, but the
    user's) stays at its path with nothing half-written beside it. It used to be moved aside
    first: the next start found no store and made a new, empty one."""
    import errno
    import shutil

    path, _ = _store_with_backup(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\xff" * (len(data) - 4096))
    damaged = path.read_bytes()

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full)
    with pytest.raises(UserFacingError) as caught:
        maintenance.recover_damaged(path)
    assert caught.value.code == "disk_full"
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["s.sqlite"]
