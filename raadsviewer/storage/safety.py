"""Keeping the store safe: integrity checks, verified rolling backups, restore, risky locations.

Everything here works on the SQLite file with the standard library only, so it runs before the
full store (SQLAlchemy) is opened and on a store that the ORM could not open at all.

Backups are made with SQLite's online backup API (consistent while the store is in use), into a
``backups`` folder beside the store, named ``<stem>-<reason>-<YYYYmmdd-HHMMSS>.sqlite``. A backup
counts only once it has been opened and passed ``PRAGMA quick_check``; older backups are removed
only after a newer one has been verified, so there is always a good one to go back to.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

BACKUP_DIR = "backups"
KEEP_PER_REASON = {"daily": 7, "merge": 5, "migration": 3, "restore": 3, "manual": 10}
_NAME = re.compile(r"^(?P<stem>.+)-(?P<reason>[a-z]+)-(?P<when>\d{8}-\d{6}(?:-\d+)?)\.sqlite$")

# Folders that sync files between machines; SQLite's locking is not safe inside them.
CLOUD_MARKERS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "icloud",
    "mobile documents",
    "nextcloud",
    "owncloud",
    "box sync",
    "pcloud",
)
NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smbfs",
    "smb3",
    "sshfs",
    "fuse.sshfs",
    "afpfs",
    "9p",
    "davfs",
    "fuse.davfs2",
    "webdav",
}


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    reason: str
    made_at: datetime

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def check(path: Path, *, as_it_lies: bool = False) -> str:
    """``"ok"`` or SQLite's first complaint. Opens read-only: checking never changes the file.
    ``as_it_lies``: the file's own pages only (SQLite's ``immutable``: no -shm made, the -wal
    not read), for telling a damaged file from one that cannot be opened where it is."""
    if not path.is_file():
        return "missing"
    mode = "ro&immutable=1" if as_it_lies else "ro"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc) or "not a database"
    return str(result[0]) if result else "no answer"


# SQLite's words for a file that cannot be reached, as opposed to one whose content is damaged
# ("database disk image is malformed", "file is not a database", or what quick_check lists).
_UNREACHABLE = ("disk i/o error", "unable to open database file", "locked", "busy", "full", "readonly")
MIN_FREE_BYTES = 1 << 20  # less than this free beside the store: the disk counts as full


def why_unreachable(path: Path, verdict: str) -> str | None:
    """When :func:`check` failed because the store cannot be reached (a full disk, a read-only
    folder, another program, a disk error), the code of that message; None when the content
    itself is damaged. Opening a WAL store needs its -shm file beside it: on a full disk or in a
    read-only folder the check fails without the file being damaged, and calling it damaged
    offered a restore that could not succeed there."""
    if not any(word in verdict.lower() for word in _UNREACHABLE):
        return None
    if "locked" in verdict.lower() or "busy" in verdict.lower():
        return "store_locked"
    folder = path.parent
    if not os.access(folder, os.W_OK) or not os.access(path, os.R_OK | os.W_OK):
        return "store_read_only"
    full = disk_full(folder)
    if full is None:
        return "store_io_error"
    if full:
        return "store_disk_full"
    content = check(path, as_it_lies=True).lower()  # no -shm needed: is the file damaged after all?
    return "store_io_error" if content == "ok" or any(word in content for word in _UNREACHABLE) else None


def disk_full(folder: Path) -> bool | None:
    """Whether the disk ``folder`` is on counts as full (under ``MIN_FREE_BYTES`` free); None
    when the system cannot say."""
    try:
        return shutil.disk_usage(folder).free < MIN_FREE_BYTES
    except OSError:
        return None


def backup_dir(store_path: Path) -> Path:
    return store_path.parent / BACKUP_DIR


def make_backup(store_path: Path, reason: str = "manual", now: datetime | None = None) -> Backup:
    """Copy the store with SQLite's backup API, verify the copy, then prune older ones."""
    if reason not in KEEP_PER_REASON:
        raise ValueError(f"unknown backup reason {reason!r}")
    now = now or datetime.now()
    folder = backup_dir(store_path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target, partial = _claim(folder, f"{store_path.stem}-{reason}-{now.strftime('%Y%m%d-%H%M%S')}")
    source = sqlite3.connect(f"{store_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one file, no -wal beside it
        finally:
            dest.close()
    except BaseException:
        partial.unlink(missing_ok=True)  # nothing half-made is left (disk full, read-only...)
        raise
    finally:
        source.close()
    verdict = check(partial)
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise OSError(f"backup failed its check: {verdict}")
    os.replace(partial, target)
    made = Backup(target, reason, now)
    prune(store_path, reason)
    return made


def _claim(folder: Path, name: str) -> tuple[Path, Path]:
    """A backup's name no other backup has or is being made under, and its ``.partial`` file,
    made empty and the user's only. Two backups within one second (two merges started at once,
    in two processes) each get a name of their own: the ``.partial`` is claimed by creating it
    exclusively, and the name given up when a backup finished under it meanwhile."""
    n = 0
    while True:
        target = folder / (f"{name}.sqlite" if n == 0 else f"{name}-{n}.sqlite")
        n += 1
        if target.exists():
            continue
        partial = target.with_suffix(".partial")
        try:
            os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:  # another backup is being made under this name
            continue
        if target.exists():  # one finished under it between the look and the claim
            partial.unlink(missing_ok=True)
            continue
        return target, partial


def clean_leftovers(store_path: Path, min_age: float = 600.0) -> list[Path]:
    """Remove what a killed or failed run left half-made beside the store: backups being made
    (``backups/*.partial``), a restore being copied (``<store>.restoring``) and temporary files
    of atomic writes (``*.tmp``) in the store's folder. Only files untouched for ``min_age``
    seconds: another program may be writing one right now. Returns what was removed."""
    candidates = [store_path.with_suffix(".restoring")]
    folder = backup_dir(store_path)
    if folder.is_dir():
        candidates.extend(folder.glob("*.partial"))
    if store_path.parent.is_dir():
        candidates.extend(store_path.parent.glob(f"{store_path.stem}*.tmp"))
    import time

    removed = []
    for path in candidates:
        try:
            if path.is_file() and time.time() - path.stat().st_mtime >= min_age:
                path.unlink()
                removed.append(path)
        except OSError:
            pass  # someone else's file, or a read-only folder: left alone
    return removed


def list_backups(store_path: Path) -> list[Backup]:
    """Newest first."""
    folder = backup_dir(store_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        match = _NAME.match(path.name)
        if not match or match["stem"] != store_path.stem:
            continue
        when = datetime.strptime(match["when"][:15], "%Y%m%d-%H%M%S")
        found.append(Backup(path, match["reason"], when))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def prune(store_path: Path, reason: str) -> list[Path]:
    """Remove the oldest backups of one kind beyond the number kept; the newest is never removed."""
    keep = KEEP_PER_REASON[reason]
    same = [b for b in list_backups(store_path) if b.reason == reason]
    removed = []
    for old in same[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def newest_good_backup(store_path: Path) -> Backup | None:
    return next((b for b in list_backups(store_path) if check(b.path) == "ok"), None)


def daily_backup_due(store_path: Path, now: datetime | None = None) -> bool:
    now = now or datetime.now()
    return not any(b.reason == "daily" and b.made_at.date() == now.date() for b in list_backups(store_path))


def move_aside(store_path: Path, now: datetime | None = None) -> Path:
    """Keep a damaged store (and its -wal/-shm) under another name instead of deleting it."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = store_path.with_name(f"{store_path.stem}.damaged-{stamp}{store_path.suffix}")
    os.replace(store_path, aside)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{store_path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{aside}{suffix}"))
    return aside


def restore(store_path: Path, backup: Backup, *, damaged: bool = False) -> Path | None:
    """Put a backup in the store's place. The current store, if any, is first kept as a
    'restore' backup (or moved aside, as it is, when ``damaged`` or too damaged to copy).
    Returns where it went.

    The backup is copied beside the store before the store is touched: when that copy fails (a
    full disk, a read-only folder) the store is where it was and nothing is left behind. Moved
    aside first, a failed copy left no store at the path, and the next start made an empty one."""
    if check(backup.path) != "ok":
        raise OSError(f"{backup.path.name} did not pass its check")
    partial = store_path.with_suffix(".restoring")
    try:
        shutil.copyfile(backup.path, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    kept: Path | None = None
    try:
        if store_path.exists() and damaged:
            kept = move_aside(store_path)
        elif store_path.exists():
            try:
                kept = make_backup(store_path, "restore").path
            except (OSError, sqlite3.DatabaseError):
                kept = move_aside(store_path)
        for suffix in ("-wal", "-shm"):
            Path(f"{store_path}{suffix}").unlink(missing_ok=True)
        os.replace(partial, store_path)
    finally:
        partial.unlink(missing_ok=True)  # (gone once in place)
    return kept


def risky_location(path: Path) -> str | None:
    """Why a store should not live here: a network share or a cloud-synced folder (SQLite's
    locking is not reliable there and a sync can tear the file). None when it looks local."""
    resolved = path.resolve()
    lowered = str(resolved).lower()
    for marker in CLOUD_MARKERS:
        if marker in lowered:
            return "cloud"
    if sys.platform == "win32":
        text = str(resolved)
        if text.startswith("\\\\"):
            return "network"
        try:
            import ctypes

            drive = os.path.splitdrive(text)[0] + "\\"
            if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # type: ignore[attr-defined]  # DRIVE_REMOTE
                return "network"
        except (AttributeError, OSError):
            return None
        return None
    fs = _filesystem_type(resolved)
    return "network" if fs in NETWORK_FILESYSTEMS else None


def _filesystem_type(path: Path, mounts: str = "/proc/mounts") -> str | None:
    """The file system type of the mount a path lives on (Linux; None elsewhere)."""
    try:
        lines = Path(mounts).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, best_type = "", None
    text = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (text == mount_point or text.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type
