"""Opening the store safely, and the user's backup actions.

On open: a quick integrity check before SQLAlchemy touches the file; a damaged store is never
opened, overwritten or deleted, but reported with the newest good backup so the user can decide.
After a successful open, the day's first backup is made (verified before older ones go).
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.messages import os_reason
from raadsviewer.storage import safety
from raadsviewer.storage.db import Store, is_server_location
from raadsviewer.storage.server import ServerBackup
from raadsviewer.words import N_


def open_checked(path: Path | str, *, daily_backup: bool = True) -> Store:
    """The store at ``path``, after an integrity check; a daily backup once a day.

    A store on a server (a URL) is opened with its password from the keychain or ``~/.pgpass``
    and checked with PostgreSQL's own checks; its backups are made when asked (``backup_now``),
    the server's own backups being its administrator's."""
    if isinstance(path, str) and is_server_location(path):
        from raadsviewer.services.server import open_store

        store = open_store(path)
        verdict = store.integrity_check()
        if verdict != "ok":
            store.close()
            raise UserFacingError("store_damaged", path=store.location, reason=verdict, backup="")
        return store
    path = Path(path)
    refuse_emptied(path)
    if path.exists() and path.stat().st_size > 0:
        verdict = safety.check(path)
        if verdict != "ok":
            unreachable = safety.why_unreachable(path, verdict)
            if unreachable is not None:  # the file may well be fine: no restore is offered
                raise UserFacingError(unreachable, path=str(path))
            good = safety.newest_good_backup(path)
            raise UserFacingError(
                "store_damaged",
                path=str(path),
                reason=verdict,
                backup=good.made_at.strftime("%d-%m-%Y %H:%M") if good else "",
            )
    safety.clean_leftovers(path)
    store = Store(path)
    if daily_backup and store.path is not None and safety.daily_backup_due(store.path):
        try:
            safety.make_backup(store.path, "daily")
        except OSError:
            pass  # a failed backup must not keep the user from working; the next start tries again
    return store


def refuse_emptied(path: Path) -> None:
    """Refuse a store cut to nothing (a sync tool, a failed copy) that has backups: opened, it
    would become a new, empty store and hide what was lost (the backups name it)."""
    if _emptied(path):
        good = safety.newest_good_backup(path)
        when = good.made_at.strftime("%d-%m-%Y %H:%M") if good else ""
        raise UserFacingError(
            "store_damaged",
            path=str(path),
            reason=N_("het bestand is leeg (0 bytes)"),
            backup=when,
            backup_path=str(good.path) if good else "",
        )


def _emptied(path: Path) -> bool:
    """The store's file is there and empty, nothing waits in its write-ahead log, and backups of
    it exist: it held a store once. (An empty file without backups is taken as a new store.)"""
    try:
        if not path.is_file() or path.stat().st_size > 0:
            return False
        wal = path.with_name(path.name + "-wal")
        if wal.is_file() and wal.stat().st_size > 0:
            return False
    except OSError:
        return False
    return bool(safety.list_backups(path))


def backup_now(store: Store, reason: str = "manual") -> safety.Backup | ServerBackup:
    """A verified backup now: a copy of the SQLite file, or a ``pg_dump`` of a server store
    (told clearly when PostgreSQL's programs are not installed here)."""
    if store.is_server:
        from raadsviewer.services import server

        return server.backup(store, reason)
    if store.path is None:
        raise UserFacingError("store_unusable", path=":memory:", reason="no file to back up")
    try:
        return safety.make_backup(store.path, reason)
    except (OSError, sqlite3.Error) as exc:
        if "full" in str(exc).lower() or getattr(exc, "errno", None) == 28:
            raise UserFacingError("disk_full", name=str(safety.backup_dir(store.path)), reason=os_reason(exc)) from exc
        raise UserFacingError("backup_failed", reason=os_reason(exc)) from exc


def restore_backup(path: Path, backup: safety.Backup) -> Path | None:
    """Put ``backup`` in place of the (closed) store at ``path``; returns where the old one went."""
    try:
        return safety.restore(path, backup)
    except OSError as exc:
        raise UserFacingError("backup_failed", reason=os_reason(exc)) from exc


def recover_damaged(path: Path) -> tuple[Path, safety.Backup]:
    """Put the newest good backup in a damaged store's place, the damaged store moved aside
    (only once the backup's copy is beside it: a failure leaves the store where it was)."""
    good = safety.newest_good_backup(path)
    if good is None:
        raise UserFacingError("no_good_backup", path=str(path))
    try:
        aside = safety.restore(path, good, damaged=True)
    except OSError as exc:
        if getattr(exc, "errno", None) == errno.ENOSPC:
            raise UserFacingError("disk_full", name=str(path.parent), reason=os_reason(exc)) from exc
        if getattr(exc, "errno", None) in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise UserFacingError("store_read_only", path=str(path)) from exc
        raise UserFacingError("store_io_error", path=str(path)) from exc
    assert aside is not None  # the damaged store was there, so it was kept
    return aside, good
