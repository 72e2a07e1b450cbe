"""Opening the store: one SQLite file (the default, and the only store on a member's laptop), or a
PostgreSQL database on a server, for a griffie whose clerks work on one store at the same time.

Both are the same schema, kept by Alembic from one history. A new store is created from the
models and stamped with the newest migration (fast: Alembic is not imported). An existing store
at an older migration is backed up (SQLite's backup API; ``pg_dump`` on a server when it is
installed) and upgraded step by step. Tests check that both paths give the same schema, on both.

What differs between the two is kept here and in ``search_index``: SQLite's pragmas, its
immediate transactions and its file; on a server the URL, the council's schema, the locks that
stand in for SQLite's single writer where it matters (numbers, merges) and PostgreSQL's errors.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.storage.models import Base
from raadsviewer.storage.version import HEAD_REVISION  # noqa: E402 (kept import-free for the fast start)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

# A council's own schema in a shared (regional) database: a plain lower-case SQL name.
_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


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


# --- a store on a server ----------------------------------------------------------------------


_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def is_server_location(location: Path | str) -> bool:
    """Whether ``--db`` names a server (a URL: PostgreSQL's, or one refused in words) rather than a
    SQLite file. A file name never has ``scheme://`` in front."""
    return isinstance(location, str) and _URL.match(location.strip()) is not None


def server_url(location: str) -> tuple[URL, str | None]:
    """The driver URL and the council's schema (``?schema=...``, ours, not the driver's).

    ``postgresql://`` and ``postgres://`` mean psycopg 3, the one driver the program ships.
    """
    try:
        url = make_url(location.strip())
    except ArgumentError as exc:
        raise UserFacingError("server_url_invalid", url=_hide_password(location), reason=str(exc)) from exc
    if url.get_backend_name() != "postgresql":
        raise UserFacingError("server_url_invalid", url=_hide_password(location), reason=url.drivername)
    if url.drivername != "postgresql+psycopg":
        url = url.set(drivername="postgresql+psycopg")
    if not url.database:
        raise UserFacingError("server_url_invalid", url=_hide_password(location), reason="no database name")
    query = dict(url.query)
    schema = query.pop("schema", None)
    if isinstance(schema, tuple):
        schema = schema[-1]
    if schema is not None and not _SCHEMA_NAME.match(schema):
        raise UserFacingError("server_schema_invalid", schema=str(schema)[:80])
    return url.set(query=query), schema


def _hide_password(location: str) -> str:
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", location)


LOCK_TIMEOUT_MS = BUSY_TIMEOUT_MS  # a writer waits this long for a row another clerk holds


def make_server_engine(url: URL, schema: str | None, password: str | None = None) -> Engine:
    """An engine on a PostgreSQL database; ``schema`` puts the store in a council's own schema.

    Connections start in that schema (``search_path``), so every statement, also the plain SQL
    of the search and the migrations, stays inside it. READ COMMITTED: each statement sees what
    other clerks committed before it; where that is not enough (numbers, merges) the services
    take a lock (``lock``). Without a password in the URL, libpq reads ``~/.pgpass``.
    """
    if password and not url.password:
        url = url.set(password=password)
    options = f"-c lock_timeout={LOCK_TIMEOUT_MS} -c idle_in_transaction_session_timeout=600000"
    if schema:
        options += f" -c search_path={schema}"
    try:
        return create_engine(
            url,
            pool_pre_ping=True,  # a server restarted under a long-open window is reconnected to
            isolation_level="READ COMMITTED",
            connect_args={"connect_timeout": 10, "application_name": "raadsviewer", "options": options},
        )
    except ModuleNotFoundError as exc:  # the desktop bundle leaves the server driver out (installers/README.md)
        if not (exc.name or "").startswith("psycopg"):
            raise
        from raadsviewer.domain.errors import UserFacingError

        raise UserFacingError("server_driver_missing") from exc


def lock(session: Session | Connection, name: str) -> None:
    """Work that must not run beside itself in another clerk's transaction (a merge; numbering
    in one series) takes this lock; it is held until the transaction ends.

    On SQLite every unit of work already holds the store's single write lock (``_begin``), so
    nothing is done there. On a server it is a transaction-level advisory lock named after the
    store's schema, so councils sharing a database never wait for each other.
    """
    conn = session.connection() if isinstance(session, Session) else session
    if conn.dialect.name != "postgresql":
        return
    conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':' || :name))"), {"name": name})


def lock_row(session: Session, row: object) -> None:
    """Hold an item's row until the transaction ends and read it as last committed: a clerk
    changing it at the same moment waits, then sees this change (and the rules judge it on
    that), instead of writing over it. SQLite: the unit of work holds the whole store already."""
    if session.connection().dialect.name == "postgresql":
        session.refresh(row, with_for_update=True)


def json_field(conn: Connection | Session, expression: str, key: str) -> str:
    """SQL for a text field of a JSON value held in a text column (``key`` a plain name)."""
    assert re.fullmatch(r"[a-z_]+", key)
    dialect = (conn.connection() if isinstance(conn, Session) else conn).dialect.name
    if dialect == "postgresql":
        return f"(CAST({expression} AS json) ->> '{key}')"
    return f"json_extract({expression}, '$.{key}')"


_STORE_FILES: set[Path] = set()  # every store file opened in this process


def is_store_file(path: Path | str) -> bool:
    """Whether ``path`` is a store opened here, one of its -wal/-shm/-journal files, or a file in
    its backups folder: what no export may be written over (a package saved under the store's own
    name turned the store into a zip file)."""
    try:
        target = Path(path).resolve()
    except (OSError, RuntimeError):
        return False
    for store in _STORE_FILES:
        sides = {store, *(store.with_name(store.name + side) for side in ("-wal", "-shm", "-journal"))}
        if target in sides or target.parent == store.parent / "backups":
            return True
    return False


def _classify(exc: BaseException) -> str | None:
    """The user-facing code for the database's answer when the store, not the request, is the problem."""
    text_ = str(getattr(exc, "orig", exc)).lower()
    if "lock timeout" in text_ or "deadlock detected" in text_ or "could not serialize" in text_:
        return "store_locked"
    if "locked" in text_ or "busy" in text_:
        return "store_locked"
    if "disk is full" in text_ or "disk full" in text_ or "no space left" in text_ or "could not extend file" in text_:
        return "store_disk_full"
    if "readonly" in text_ or "read-only" in text_ or "read only" in text_:
        return "store_read_only"
    if "disk i/o error" in text_:
        return "store_io_error"
    return None


def _disk_full_beside(code: str | None, path: Path | None) -> str | None:
    """``code``, or ``store_disk_full`` for SQLite's "disk I/O error" when the disk the store is
    on is full: opening a store in WAL mode makes its -shm file, and on a full disk SQLite says
    only that, which read as a broken disk ("schijffout") rather than a full one."""
    if code != "store_io_error" or path is None:
        return code
    from raadsviewer.storage.safety import disk_full

    return "store_disk_full" if disk_full(path.parent) else code


def _classify_server(exc: BaseException) -> str | None:
    """The user-facing code for a server that cannot be reached or used (the URL's fault, or the network's)."""
    text_ = str(getattr(exc, "orig", exc)).lower()
    if (
        "password authentication failed" in text_
        or "no password supplied" in text_
        or ("role" in text_ and "does not exist" in text_)
    ):
        return "server_login_failed"
    if "database" in text_ and "does not exist" in text_:
        return "server_database_missing"
    if "permission denied" in text_ or "must be owner" in text_:
        return "server_no_permission"
    if (
        "connection refused" in text_
        or "could not translate host name" in text_
        or "timeout expired" in text_
        or "no route to host" in text_
        or "connection is bad" in text_
        or "server closed the connection" in text_
        or "terminating connection" in text_
        or "connection failed" in text_
        or "is the server running" in text_
    ):
        return "server_unreachable"
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
            mode = path.stat().st_mode
            if path.stat().st_uid == os.getuid() and mode & 0o077:
                os.chmod(path, stat.S_IMODE(mode) & 0o700)  # never adds the write permission a user took away
        except OSError:
            pass  # a read-only file system or someone else's file: opening will say so


class Store:
    """An open store. Pass it to services; tests make one per ``tmp_path``.

    ``location``: a SQLite file (a path), ``":memory:"``, or a server URL
    (``postgresql+psycopg://user@host/dbname``, optionally ``?schema=council``). A password is
    never part of what the program keeps: pass it here (from the keychain, see
    ``services.server``) or let libpq find it in ``~/.pgpass``.
    """

    def __init__(self, location: Path | str, *, password: str | None = None) -> None:
        self.schema: str | None = None
        if is_server_location(location):
            assert isinstance(location, str)
            url, self.schema = server_url(location)
            self.path: Path | None = None
            self.location = url.render_as_string(hide_password=True) + (f"?schema={self.schema}" if self.schema else "")
            self.engine = make_server_engine(url, self.schema, password)
            self.url = self.engine.url  # with the password, for pg_dump; never shown (``location``)
        else:
            self.path = Path(location) if str(location) != ":memory:" else None
            self.location = str(self.path or ":memory:")
            if self.path is not None:
                try:
                    _private_file(self.path)
                except IsADirectoryError:
                    pass  # reported by SQLite below, as before
                except OSError as exc:
                    raise UserFacingError("store_unusable", path=str(location), reason=str(exc)) from exc
            self.engine = make_engine(location)
            self.url = self.engine.url
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            ensure_schema(self.engine, self.path, schema=self.schema)
        except (DatabaseError, OperationalError, InterfaceError) as exc:
            self.engine.dispose()
            raise (self._error(exc, opening=True) or exc) from exc
        except BaseException:
            self.engine.dispose()
            raise
        if self.path is not None:  # outside any transaction: SQLite refuses the switch inside one
            raw = self.engine.raw_connection()
            try:
                raw.driver_connection.execute("PRAGMA journal_mode=WAL")  # type: ignore[union-attr]
            except sqlite3.OperationalError as exc:
                self.engine.dispose()
                code = _disk_full_beside(_classify(exc), self.path) or "store_unusable"
                raise UserFacingError(code, path=str(location), reason=str(exc)) from exc
            finally:
                raw.close()
        try:
            self._ensure_search_index()
        except (DatabaseError, OperationalError, InterfaceError) as exc:
            self.engine.dispose()
            raise (self._error(exc, opening=True) or exc) from exc
        if self.path is not None:
            _STORE_FILES.add(self.path.resolve())

    def _ensure_search_index(self) -> None:
        """Rebuild the search index when it was made by another version of the analysis (an
        upgraded store); once, also with clerks opening the store at the same moment."""
        from raadsviewer.storage import search_index

        with self.engine.connect() as conn:
            current = search_index.is_current(conn)
            conn.rollback()
        if current:
            return
        with self.session() as session:
            lock(session, "search_index")
            if not search_index.is_current(session.connection()):
                search_index.rebuild(session.connection())

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @property
    def is_server(self) -> bool:
        return self.dialect == "postgresql"

    @property
    def _answers(self) -> tuple[type[BaseException], ...]:
        """The database's refusals a session judges (``_error``): SQLAlchemy's, and the driver's
        own, which a bulk write through the driver's cursor raises (``storage.bulk``) without
        SQLAlchemy seeing them to wrap."""
        dbapi = getattr(self.engine.dialect, "loaded_dbapi", None)
        error = getattr(dbapi, "Error", None)
        driver = (error,) if isinstance(error, type) and issubclass(error, BaseException) else ()
        return (OperationalError, DatabaseError, InterfaceError, *driver)

    def _error(self, exc: BaseException, *, opening: bool = False) -> UserFacingError | None:
        """What to tell the user about the database's answer; None: not the store's fault (a bug)."""
        if self.is_server:
            server = _classify_server(exc)
            if server is not None:
                return UserFacingError(
                    server,
                    server=self.location,
                    user=self.url.username or "",
                    database=self.url.database or "",
                    reason=str(getattr(exc, "orig", exc)).strip().splitlines()[0][:300] if str(exc) else "",
                )
        code = _disk_full_beside(_classify(exc), self.path)
        if code is not None:
            return UserFacingError(code, path=self.location)
        if opening:
            return UserFacingError("store_unusable", path=self.location, reason=str(getattr(exc, "orig", exc)))
        return None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits when the block ends, rolls back on any exception.

        On SQLite it takes the write lock at once (waiting for another writer); when the store
        refuses (busy too long, disk full, read-only, a server gone) nothing is written and the
        user is told which store and what to do.
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
        except self._answers as exc:
            error = self._error(exc)
            if error is None:
                raise
            raise error from exc

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
        except self._answers as exc:
            error = self._error(exc)
            if error is None:
                raise
            raise error from exc

    def close(self) -> None:
        self.engine.dispose()

    def integrity_check(self) -> str:
        """``"ok"``, or the first problem the database itself finds.

        SQLite: ``PRAGMA integrity_check``. A server: the schema version, every table readable,
        and, where the DBA installed the ``amcheck`` extension, every B-tree index of the store
        verified against its table (``bt_index_check``); PostgreSQL's page checksums, when the
        cluster has them, are checked on every read.
        """
        with self.engine.connect() as conn:
            if not self.is_server:
                return str(conn.execute(text("PRAGMA integrity_check")).scalar())
            return _server_checks(conn)


def _server_checks(conn: Connection) -> str:
    revision = current_revision(conn)
    if revision != HEAD_REVISION:
        return f"schema version {revision!r}, expected {HEAD_REVISION!r}"
    for table in sorted(inspect(conn).get_table_names()):
        try:
            conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
        except DatabaseError as exc:
            return f"{table}: {str(exc.orig).strip().splitlines()[0]}"
    if conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")).first() is None:
        return "ok"
    indexes = conn.execute(
        text(
            "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'btree' AND c.relnamespace = "
            "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
        )
    ).all()
    for oid, name in indexes:
        try:
            conn.execute(text("SELECT bt_index_check(CAST(:oid AS oid))"), {"oid": oid})
        except DatabaseError as exc:
            return f"{name}: {str(exc.orig).strip().splitlines()[0]}"
    return "ok"


def current_revision(engine: Engine | Connection) -> str | None:
    def read(conn: Connection) -> str | None:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    if isinstance(engine, Connection):
        return read(engine)
    with engine.connect() as conn:
        return read(conn)


def _is_empty(conn: Connection) -> bool:
    return not inspect(conn).get_table_names()


def _create(conn: Connection) -> None:
    Base.metadata.create_all(conn)
    conn.execute(
        text(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
    )
    conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": HEAD_REVISION})
    from raadsviewer.storage import search_index

    search_index.stamp(conn)  # an empty index is a current one


def ensure_schema(engine: Engine, path: Path | None, *, schema: str | None = None) -> None:
    if engine.dialect.name == "postgresql":
        _ensure_server_schema(engine, schema)
        return
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return
    with engine.connect() as conn:
        empty = _is_empty(conn)
    if revision is None and empty:
        with engine.begin() as conn:
            _create(conn)
        return
    if revision is None:
        raise UserFacingError("store_unusable", path=str(path), reason="not a raadsviewer store (no schema version)")
    known = known_revisions()
    if revision not in known:
        with engine.connect() as conn:
            ours = _looks_like_a_store(conn)
        if not ours:  # another program's database that happens to use Alembic too
            raise UserFacingError("store_unusable", path=str(path), reason="not a raadsviewer store")
        raise UserFacingError("store_newer", path=str(path))
    if path is not None:
        backup(engine, path.with_name(f"{path.stem}.before-{HEAD_REVISION}.{_stamp()}.sqlite"))
    upgrade(engine)


def _looks_like_a_store(conn: Connection) -> bool:
    """Whether a database whose schema version this program does not know holds raadsviewer's
    own tables: then a newer raadsviewer made it; else it is some other program's."""
    found = inspect(conn)
    return all(found.has_table(name) for name in ("dossier", "document", "annotation"))


def _ensure_server_schema(engine: Engine, schema: str | None) -> None:
    """Create or upgrade a server store, once: clerks opening it at the same moment wait for
    the first (an advisory lock), and DDL is transactional, so a failure leaves it as it was."""
    with engine.connect() as conn:
        if current_revision(conn) == HEAD_REVISION:
            conn.rollback()
            return
        conn.rollback()
    with engine.begin() as conn:
        conn.execute(
            text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": f"{schema or ''}:raadsviewer:schema"}
        )
        if (
            schema
            and conn.execute(text("SELECT 1 FROM pg_namespace WHERE nspname = :s"), {"s": schema}).first() is None
        ):
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))  # the DBA may have made it (and given it to us)
        revision = current_revision(conn)
        if revision == HEAD_REVISION:
            return
        where = engine.url.render_as_string(hide_password=True)
        if revision is None and _is_empty(conn):
            _create(conn)
            return
        if revision is None:
            raise UserFacingError("store_unusable", path=where, reason="not a raadsviewer store (no schema version)")
        if revision not in known_revisions():
            if not _looks_like_a_store(conn):
                raise UserFacingError("store_unusable", path=where, reason="not a raadsviewer store")
            raise UserFacingError("store_newer", path=where)
        from raadsviewer.storage import server

        server.backup_before_upgrade(engine.url, schema, HEAD_REVISION)
        upgrade(conn)


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


def alembic_config(bind: Engine | Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection" if isinstance(bind, Connection) else "engine"] = bind
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


def upgrade(bind: Engine | Connection, revision: str = "head") -> None:
    """Run the migrations up to ``revision``: on an engine in a transaction of their own, on a
    connection inside the caller's (a server store being opened under its lock)."""
    from alembic import command

    command.upgrade(alembic_config(bind), revision)
