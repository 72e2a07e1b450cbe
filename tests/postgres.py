"""A throwaway PostgreSQL server for the test session (no tests here).

Started from Debian's ``postgresql`` package the first time a test asks for a server store: a
cluster made with ``initdb`` in a temp folder (as the ``postgres`` user when the tests run as
root, which initdb refuses), listening on a free port of 127.0.0.1 only, fsync off; stopped and
removed when the session ends. Each test gets a database of its own, copied from a template
that already holds the current schema, owned by a role that is not a superuser (so the program
is shown to need no more than a griffie's DBA would grant).

When no server can be started (the package is not installed, or ``RAADSVIEWER_TEST_POSTGRESQL=0``)
the server half of the suite is skipped with the reason, and the session's summary says so.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from glob import glob
from pathlib import Path

ROLE = "griffie"  # the role the program connects as: owns its database, no superuser
PASSWORD_ROLE = "clerk"  # a role that must log in with a password (scram-sha-256), as on a real server
PASSWORD = "geheim wachtwoord 1"
_TOOLS = ("initdb", "pg_ctl", "postgres")


class Unavailable(Exception):
    """Why there is no server for this session."""


def find_bindir() -> Path:
    """The folder with initdb, pg_ctl and postgres: on the PATH, else Debian's newest version."""
    found = [shutil.which(t) for t in _TOOLS]
    if all(found):
        return Path(str(found[0])).resolve().parent
    versions = sorted(glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]))
    if versions:
        return Path(versions[-1]).parent
    raise Unavailable("initdb was not found: install Debian's postgresql package (make system-deps as root)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Client:
    """A running server of this kind, reached by its port: what a process needs that did not start
    it (the bench measures each figure in a process of its own, on the one server of its run)."""

    def __init__(self, port: int) -> None:
        self.port = port

    def url(self, database: str, user: str = ROLE) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> list[tuple[object, ...]]:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=database, autocommit=True) as c:
            cur = c.execute(sql)
            return list(cur.fetchall()) if cur.description else []

    def drop_database(self, name: str) -> None:
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


class Server(Client):
    def __init__(self) -> None:
        if os.environ.get("RAADSVIEWER_TEST_POSTGRESQL", "1") == "0":
            raise Unavailable("RAADSVIEWER_TEST_POSTGRESQL=0")
        self.bindir = find_bindir()
        self._as: list[str] = []
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                raise Unavailable("running as root without runuser: initdb refuses root")
            try:
                import pwd

                pwd.getpwnam("postgres")
            except KeyError as exc:
                raise Unavailable("running as root and there is no postgres user to run the server as") from exc
            self._as = ["runuser", "-u", "postgres", "--"]
        # Not in the session's temp folder: that one is the test user's only, and the server
        # may run as another user.
        base = os.environ.get("PYTEST_DEBUG_TEMPROOT") or "/tmp"
        self.root = Path(tempfile.mkdtemp(prefix="raadsviewer-pg-", dir=base))
        if self._as:
            shutil.chown(self.root, "postgres")
        self.data = self.root / "data"
        super().__init__(_free_port())
        self._names = itertools.count(1)
        self.template: str | None = None
        try:
            self._run(
                [str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8"]
                + ["--locale=C", "--no-sync", "--no-instructions"]
            )
            self._password_role_first()
            options = (
                f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.root} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
                "-c shared_buffers=64MB"
            )
            self._run(
                [str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.root / "log")]
                + ["-w", "-t", "60", "start"]
            )
        except Unavailable:
            self.remove()
            raise
        self.admin(f"CREATE ROLE {ROLE} LOGIN")
        self.admin(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{PASSWORD}'")

    def _password_role_first(self) -> None:
        """One role must give a password over TCP (as on a real server), the others are trusted."""
        hba = self.data / "pg_hba.conf"  # ours (we made it) or root's to write: no need to run as postgres
        hba.write_text(f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())

    def _run(self, command: list[str]) -> None:
        result = subprocess.run([*self._as, *command], capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            log = self.root / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise Unavailable(f"{Path(command[0]).name} failed: {result.stderr.strip()[-500:]} {tail}")

    def new_database(self, *, empty: bool = False) -> str:
        """A database of its own, with the current schema (copied from the template) or empty."""
        name = f"t{os.getpid()}_{next(self._names)}"
        if empty:
            self.admin(f"CREATE DATABASE {name} OWNER {ROLE}")
        else:
            self.admin(f"CREATE DATABASE {name} TEMPLATE {self._template()} OWNER {ROLE}")
        return name

    def _template(self) -> str:
        if self.template is None:
            from raadsviewer.storage.db import Store

            name = "raadsviewer_template"
            self.admin(f"CREATE DATABASE {name} OWNER {ROLE}")
            Store(self.url(name)).close()
            self.template = name
        return self.template

    def stop(self) -> None:
        try:
            subprocess.run(
                [*self._as, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
                timeout=60,
                check=False,
            )
        finally:
            self.remove()

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
