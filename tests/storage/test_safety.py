"""Integrity checks, verified rolling backups, restore, and warnings for risky store locations."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from raadsviewer.storage import safety

pytestmark = pytest.mark.sqlite_only  # file backups, SQLite's checks


def rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, title FROM dossier ORDER BY id").fetchall()
    finally:
        conn.close()


def test_check_tells_good_from_damaged(sample_store, tmp_path: Path) -> None:
    assert safety.check(sample_store.path) == "ok"
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database" * 200)
    assert safety.check(garbage) != "ok"
    before = garbage.read_bytes()
    safety.check(garbage)
    assert garbage.read_bytes() == before  # checking changes nothing
    assert safety.check(tmp_path / "nothing.sqlite") == "missing"
    torn = tmp_path / "torn.sqlite"
    data = sample_store.path.read_bytes()
    torn.write_bytes(data[: len(data) // 2])
    assert safety.check(torn) != "ok"


def test_backup_is_a_verified_single_file_copy(sample_store) -> None:
    made = safety.make_backup(sample_store.path, "manual")
    assert made.path.parent == sample_store.path.parent / "backups"
    assert safety.check(made.path) == "ok"
    assert rows(made.path) == rows(sample_store.path) and rows(made.path)
    assert not Path(f"{made.path}-wal").exists()
    assert [b.path for b in safety.list_backups(sample_store.path)] == [made.path]


def test_old_backups_are_pruned_but_the_newest_kept(sample_store) -> None:
    start = datetime(2026, 1, 1, 9, 0, 0)
    keep = safety.KEEP_PER_REASON["daily"]
    for day in range(keep + 3):
        safety.make_backup(sample_store.path, "daily", now=start + timedelta(days=day))
    safety.make_backup(sample_store.path, "merge", now=start)
    daily = [b for b in safety.list_backups(sample_store.path) if b.reason == "daily"]
    assert len(daily) == keep
    assert daily[0].made_at == start + timedelta(days=keep + 2)  # the newest survived
    assert any(b.reason == "merge" for b in safety.list_backups(sample_store.path))  # other kinds untouched


def test_a_backup_that_fails_its_check_is_not_kept_and_prunes_nothing(sample_store, monkeypatch) -> None:
    first = safety.make_backup(sample_store.path, "daily", now=datetime(2026, 1, 1))
    monkeypatch.setattr(safety, "check", lambda path: "malformed" if path.suffix == ".partial" else "ok")
    monkeypatch.setitem(safety.KEEP_PER_REASON, "daily", 1)
    with pytest.raises(OSError):
        safety.make_backup(sample_store.path, "daily", now=datetime(2026, 1, 2))
    assert [b.path for b in safety.list_backups(sample_store.path)] == [first.path]
    assert not list(first.path.parent.glob("*.partial"))


def test_daily_backup_due(sample_store) -> None:
    now = datetime(2026, 3, 3, 10, 0)
    assert safety.daily_backup_due(sample_store.path, now)
    safety.make_backup(sample_store.path, "daily", now=now.replace(hour=8))
    assert not safety.daily_backup_due(sample_store.path, now)
    assert safety.daily_backup_due(sample_store.path, now + timedelta(days=1))


def test_restore_keeps_the_current_store(sample_store, tmp_path: Path) -> None:
    path = sample_store.path
    good = safety.make_backup(path, "manual", now=datetime(2026, 1, 1))
    with sample_store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE dossier SET title = 'gewijzigd'")
    sample_store.close()
    kept = safety.restore(path, good)
    assert kept is not None and "restore" in kept.name and rows(kept)[0][1] == "gewijzigd"
    assert rows(path) == rows(good.path) and rows(path)[0][1] != "gewijzigd"


def test_a_damaged_store_is_moved_aside_not_deleted(tmp_path: Path, sample_store) -> None:
    good = safety.make_backup(sample_store.path, "manual")
    sample_store.close()
    store = tmp_path / "kapot.sqlite"
    store.write_bytes(b"\x00garbage" * 1000)
    Path(f"{store}-wal").write_bytes(b"wal")
    damaged_bytes = store.read_bytes()
    aside = safety.move_aside(store)
    assert not store.exists() and aside.read_bytes() == damaged_bytes and Path(f"{aside}-wal").exists()
    safety.restore(store, good)
    assert safety.check(store) == "ok"


def test_newest_good_backup_skips_damaged_ones(sample_store) -> None:
    older = safety.make_backup(sample_store.path, "daily", now=datetime(2026, 1, 1))
    newer = safety.make_backup(sample_store.path, "daily", now=datetime(2026, 1, 2))
    newer.path.write_bytes(b"damaged")
    assert safety.newest_good_backup(sample_store.path).path == older.path


def test_risky_locations(tmp_path: Path) -> None:
    assert safety.risky_location(tmp_path / "Dropbox" / "raadsviewer.sqlite") == "cloud"
    assert safety.risky_location(tmp_path / "OneDrive - Gemeente" / "x.sqlite") == "cloud"
    assert safety.risky_location(tmp_path / "gewoon" / "x.sqlite") is None
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/vda / ext4 rw 0 0\nserver:/raad /mnt/raad nfs4 rw 0 0\n", encoding="utf-8")
    assert safety._filesystem_type(Path("/mnt/raad/griffie/x.sqlite"), str(mounts)) == "nfs4"
    assert safety._filesystem_type(Path("/home/lid/x.sqlite"), str(mounts)) == "ext4"


def _backup_at(args: tuple[str, str, object]) -> str:
    path, when, barrier = args
    barrier.wait()  # type: ignore[attr-defined]
    return str(safety.make_backup(Path(path), "merge", now=datetime.fromisoformat(when)).path)


def test_backups_made_at_the_same_moment_by_several_processes_each_get_their_own_file(sample_store) -> None:
    """Two merges started at once (two processes) each make a backup first, within the same
    second: each gets a name of its own, none is refused or half-written by the other."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    processes = min(3, safety.KEEP_PER_REASON["merge"])
    for round_ in range(3):
        when = datetime(2026, 3, 1, 9, 0, round_).isoformat()
        with context.Manager() as manager, context.Pool(processes) as pool:
            barrier = manager.Barrier(processes)
            made = pool.map(_backup_at, [(str(sample_store.path), when, barrier)] * processes)
        assert len(set(made)) == processes, made
        assert all(safety.check(Path(p)) == "ok" for p in made)
        assert not list(Path(made[0]).parent.glob("*.partial"))
