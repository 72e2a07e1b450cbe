"""Backups of a store on a PostgreSQL server, with PostgreSQL's own tools (``pg_dump``, ``pg_restore``).

A SQLite store is copied with SQLite's backup API (``safety``); a server store is dumped in
PostgreSQL's custom format, which ``pg_restore`` reads back table by table. A dump counts only
once ``pg_restore --list`` has read it whole; a restore runs in one transaction, so a failed one
leaves the store as it was. The tools come with the ``postgresql-client`` package: when they are
missing, the user is told so (and what to install), never left with a half-made file.

The password, when there is one, goes to the tools in their environment (``PGPASSWORD``), never on
their command line where other users of the machine could read it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from glob import glob
from pathlib import Path

from sqlalchemy.engine import URL

from raadsviewer.domain.errors import UserFacingError

KEEP_PER_REASON = {"daily": 7, "merge": 5, "migration": 3, "restore": 3, "manual": 10}
SUFFIX = ".dump"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<reason>[a-z]+)-(?P<when>\d{8}-\d{6}(?:-\d+)?)\.dump$")
TOOL_TIMEOUT = 3600  # seconds: a dump of a large regional database is slow, a hung server is not


@dataclass(frozen=True, slots=True)
class ServerBackup:
    path: Path
    reason: str
    made_at: datetime

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def find_tool(name: str) -> str | None:
    """``pg_dump``/``pg_restore``: on the PATH (Debian's wrapper picks the version), else the
    newest of Debian's versioned folders."""
    found = shutil.which(name)
    if found:
        return found
    versioned = sorted(
        glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0,
    )
    return versioned[-1] if versioned else None


def _tool(name: str) -> str:
    found = find_tool(name)
    if found is None:
        raise UserFacingError("server_tool_missing", tool=name)
    return found


def _connection_args(url: URL, schema: str | None) -> tuple[list[str], dict[str, str]]:
    args = ["--dbname", str(url.database)]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    if schema:
        args += ["--schema", schema]
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    return args, env


def backup_folder() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("raadsviewer", appauthor=False)) / "server-backups"


def stem(url: URL, schema: str | None) -> str:
    """What a server store's backups are called: host, database and schema, file-name safe."""
    raw = "-".join(p for p in (url.host or "local", str(url.port or ""), str(url.database), schema or "") if p)
    return re.sub(r"[^A-Za-z0-9_.]+", "_", raw)


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(command, env=env, capture_output=True, timeout=TOOL_TIMEOUT, check=False)
    except subprocess.TimeoutExpired as exc:
        raise UserFacingError(
            "backup_failed", reason=f"{Path(command[0]).name}: no answer after {TOOL_TIMEOUT} s"
        ) from exc
    except OSError as exc:
        raise UserFacingError("backup_failed", reason=f"{Path(command[0]).name}: {exc.strerror or exc}") from exc


def _complaint(result: subprocess.CompletedProcess[bytes]) -> str:
    lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
    return (lines[0] if lines else f"exit status {result.returncode}")[:300]


def check(path: Path) -> str:
    """``"ok"`` when ``pg_restore`` reads the dump's whole table of contents, else its complaint."""
    if not path.is_file():
        return "missing"
    result = _run([_tool("pg_restore"), "--list", str(path)], dict(os.environ))
    return "ok" if result.returncode == 0 and result.stdout.strip() else _complaint(result)


def make_backup(
    url: URL, schema: str | None, reason: str = "manual", *, folder: Path | None = None, now: datetime | None = None
) -> ServerBackup:
    """Dump the store (its schema, or the whole database) into ``folder``, verify, then prune."""
    if reason not in KEEP_PER_REASON:
        raise ValueError(f"unknown backup reason {reason!r}")
    dump = _tool("pg_dump")
    now = now or datetime.now()
    folder = folder or backup_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    base = stem(url, schema)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{base}-{reason}-{stamp}{SUFFIX}"
    n = 1
    while target.exists():
        target = folder / f"{base}-{reason}-{stamp}-{n}{SUFFIX}"
        n += 1
    partial = target.with_suffix(".partial")
    args, env = _connection_args(url, schema)
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600))  # the user's only
        result = _run([dump, "--format=custom", "--no-owner", "--no-privileges", "--file", str(partial), *args], env)
        if result.returncode != 0:
            raise UserFacingError("backup_failed", reason=_complaint(result))
        verdict = check(partial)
        if verdict != "ok":
            raise UserFacingError("backup_failed", reason=f"the dump failed its check: {verdict}")
    except BaseException:
        partial.unlink(missing_ok=True)  # nothing half-made is left
        raise
    os.replace(partial, target)
    prune(url, schema, reason, folder=folder)
    return ServerBackup(target, reason, now)


def list_backups(url: URL, schema: str | None, *, folder: Path | None = None) -> list[ServerBackup]:
    """Newest first."""
    folder = folder or backup_folder()
    if not folder.is_dir():
        return []
    base = stem(url, schema)
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        match = _NAME.match(path.name)
        if match and match["stem"] == base:
            found.append(ServerBackup(path, match["reason"], datetime.strptime(match["when"][:15], "%Y%m%d-%H%M%S")))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def prune(url: URL, schema: str | None, reason: str, *, folder: Path | None = None) -> list[Path]:
    same = [b for b in list_backups(url, schema, folder=folder) if b.reason == reason]
    removed = []
    for old in same[KEEP_PER_REASON[reason] :]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def restore(url: URL, schema: str | None, backup: Path) -> None:
    """Put a dump back in the store's place, in one transaction (all of it, or nothing).

    The store's tables are dropped and made again from the dump, so colleagues should close the
    program first; a restore waits for their open transactions (``lock_timeout`` does not apply
    to the tool, which waits as long as it must).
    """
    verdict = check(backup)
    if verdict != "ok":
        raise UserFacingError("backup_failed", reason=f"{backup.name}: {verdict}")
    args, env = _connection_args(url, schema)
    result = _run(
        [
            _tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--no-owner",
            "--no-privileges",
            *args,
            str(backup),
        ],
        env,
    )
    if result.returncode != 0:
        raise UserFacingError("backup_failed", reason=_complaint(result))


def backup_before_upgrade(url: URL, schema: str | None, head: str) -> ServerBackup | None:
    """A dump before the schema is upgraded, when the tools are there. Without them the upgrade
    still runs: on PostgreSQL it is one transaction, so a failed one leaves the store as it was."""
    if find_tool("pg_dump") is None or find_tool("pg_restore") is None:
        import logging

        logging.getLogger("raadsviewer").warning(
            "no pg_dump here: the server store is upgraded to %s without a dump", head
        )
        return None
    return make_backup(url, schema, "migration")
