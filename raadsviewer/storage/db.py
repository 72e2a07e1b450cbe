"""Opening the store: one SQLite file, foreign keys on, WAL, schema kept by Alembic.

A new store is created from the models and stamped with the newest migration (fast: Alembic is
not imported). An existing store at an older migration is backed up with SQLite's backup API and
upgraded step by step. A test checks that both paths give the same schema.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.storage.models import Base
from raadsviewer.storage.version import HEAD_REVISION  # noqa: E402 (kept import-free for the fast start)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Python's sqlite3 opens transactions only before INSERT/UPDATE/DELETE, so schema changes
    # (creating a new store, migrations) would each commit on their own and a crash halfway would
    # leave a half-made store. Turn that off and let SQLAlchemy say BEGIN itself (``_begin``).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # journal_mode=WAL is written into the file itself, so it is set by ``Store`` only once the
    # file has proved to be a raadsviewer store: a foreign file that is refused stays untouched.
    # FULL: a commit reported to the user survives a killed process *and* a power cut. Edits are
    # small and made by hand, so the fsync per commit is not felt.
    cursor.execute("PRAGMA synchronous=FULL")
    # A writer waits this long for another one (a merge, an import) before it is told the store
    # is busy; with BEGIN IMMEDIATE (``_begin``) the wait applies to every write.
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


BUSY_TIMEOUT_MS = 30_000


def make_engine(path: Path | str) -> Engine:
    url = "sqlite://" if str(path) == ":memory:" else f"sqlite:///{Path(path)}"
    engine = create_engine(url, future=True)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def _begin(conn: Connection) -> None:
    # A unit of work (``Store.session``) begins IMMEDIATE: it takes the write lock at the start,
    # waiting (busy_timeout) for another writer; a transaction that read first and wrote later
    # could not wait, and would fail at once with "database is locked". Everything else (reading
    # sessions, schema work on a store being opened, a plain connection) begins deferred, so a
    # reader never waits for a writer (WAL lets it read the last committed state).
    mode = conn.get_execution_options().get("raadsviewer_begin", "DEFERRED")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")


def _classify(exc: BaseException) -> str | None:
    """The user-facing code for SQLite's answer when the file, not the request, is the problem."""
    text_ = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text_ or "busy" in text_:
        return "store_locked"
    if "disk is full" in text_ or "disk full" in text_:
        return "store_disk_full"
    if "readonly" in text_ or "read-only" in text_ or "read only" in text_:
        return "store_read_only"
    if "disk i/o error" in text_:
        return "store_io_error"
    return None


def _private_file(path: Path) -> None:
    """Make the store file (and so its -wal/-shm, which SQLite creates with the same mode) readable
    by the user only, in a folder that is the user's only when it is made here."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            pass
    elif os.name == "posix":
        try:
            if path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)
        except OSError:
            pass  # a read-only file system or someone else's file: opening will say so


class Store:
    """An open store. Pass it to services; tests make one per ``tmp_path``."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path) if str(path) != ":memory:" else None
        if self.path is not None:
            try:
                _private_file(self.path)
            except IsADirectoryError:
                pass  # reported by SQLite below, as before
            except OSError as exc:
                raise UserFacingError("store_unusable", path=str(path), reason=str(exc)) from exc
        self.engine = make_engine(path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            ensure_schema(self.engine, self.path)
        except (DatabaseError, OperationalError) as exc:
            self.engine.dispose()
            code = _classify(exc)
            if code is not None:
                raise UserFacingError(code, path=str(path)) from exc
            raise UserFacingError("store_unusable", path=str(path), reason=str(exc.orig)) from exc
        except BaseException:
            self.engine.dispose()
            raise
        if self.path is not None:  # outside any transaction: SQLite refuses the switch inside one
            raw = self.engine.raw_connection()
            try:
                raw.driver_connection.execute("PRAGMA journal_mode=WAL")  # type: ignore[union-attr]
            except sqlite3.OperationalError as exc:
                self.engine.dispose()
                raise UserFacingError(_classify(exc) or "store_unusable", path=str(path), reason=str(exc)) from exc
            finally:
                raw.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on any exception.

        It takes the write lock at once (waiting for another writer); when the file refuses (busy
        too long, disk full, read-only) nothing is written and the user is told which file and
        what to do.
        """
        try:
            with self._sessions() as session:
                session.connection(execution_options={"raadsviewer_begin": "IMMEDIATE"})  # begins: the lock
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        except (OperationalError, DatabaseError) as exc:
            code = _classify(exc)
            if code is None:
                raise
            raise UserFacingError(code, path=str(self.path or ":memory:")) from exc

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A unit of work that only reads: it never waits for a writer (nothing is committed)."""
        try:
            with self._sessions() as session:
                session.connection(execution_options={"raadsviewer_begin": "DEFERRED"})  # explicit: never waits
                try:
                    yield session
                finally:
                    session.rollback()
        except (OperationalError, DatabaseError) as exc:
            code = _classify(exc)
            if code is None:
                raise
            raise UserFacingError(code, path=str(self.path or ":memory:")) from exc

    def close(self) -> None:
        self.engine.dispose()

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.execute(text("PRAGMA integrity_check")).scalar())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type='table'")).scalar() == 0


def ensure_schema(engine: Engine, path: Path | None) -> None:
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return
    if revision is None and _is_empty(engine):
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            conn.execute(
                text(
                    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
                )
            )
            conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": HEAD_REVISION})
        return
    if revision is None:
        raise UserFacingError("store_unusable", path=str(path), reason="not a raadsviewer store (no schema version)")
    known = known_revisions()
    if revision not in known:
        raise UserFacingError("store_newer", path=str(path))
    if path is not None:
        backup(engine, path.with_name(f"{path.stem}.before-{HEAD_REVISION}.{_stamp()}.sqlite"))
    upgrade(engine)


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def backup(engine: Engine, target: Path) -> Path:
    """A consistent copy made with SQLite's backup API (safe while the store is in use)."""
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
    finally:
        raw.close()
    return target


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return {rev.revision for rev in script.walk_revisions()}


def alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)
