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


def test_no_good_backup_keeps_the_damaged_store(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    before = path.read_bytes()
    with pytest.raises(UserFacingError) as caught:
        maintenance.recover_damaged(path)
    assert caught.value.code == "no_good_backup"
    assert path.read_bytes() == before
