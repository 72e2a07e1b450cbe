"""The bench run's PostgreSQL server: one throwaway server (``tests/postgres.py``) for the whole
run, started by ``__main__`` when a figure measures on a server and stopped when the run ends.

Each figure is measured in a process of its own (``child``), so the server is handed on in the
environment: its port, or why there is none. A figure then measures its server rows on it, or
writes them as skipped with that reason: a row is never silently absent.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.postgres import Client, Server, Unavailable

ENV = "RAADSVIEWER_BENCH_POSTGRESQL"
FIGURES = ("search", "merge")  # the figures with rows on a server
LABEL = "PostgreSQL"


@contextmanager
def started(figures: Sequence[str]) -> Iterator[str | None]:
    """The server for the run, if one of ``figures`` needs one; yields a line for the report
    (the server's version, or why there is none), ``None`` when no figure needs a server."""
    if not any(figure in FIGURES for figure in figures):
        yield None
        return
    previous = os.environ.get(ENV)
    try:
        server = Server()
    except Unavailable as exc:
        os.environ[ENV] = json.dumps({"reason": str(exc)})
        try:
            yield f"none, its rows are skipped ({exc})"
        finally:
            _restore(previous)
        return
    try:
        os.environ[ENV] = json.dumps({"port": server.port})
        version = server.admin("SHOW server_version")[0][0]
        yield f"{version}, a throwaway server (initdb in a temp folder, fsync off, 127.0.0.1:{server.port})"
    finally:
        _restore(previous)
        server.stop()


def _restore(previous: str | None) -> None:
    if previous is None:
        os.environ.pop(ENV, None)
    else:
        os.environ[ENV] = previous


def client() -> Client:
    """The run's server, or :class:`Unavailable` with the reason there is none."""
    given = os.environ.get(ENV)
    if not given:
        raise Unavailable("the bench run started no server (run the figure through python -m tests.bench)")
    found = json.loads(given)
    if "port" not in found:
        raise Unavailable(found.get("reason", "unknown"))
    return Client(int(found["port"]))


def skipped_reason(exc: Unavailable) -> str:
    return f"no {LABEL} ({exc})"


def load(source: Path, server: Client, database: str) -> None:
    """A new database ``database`` holding what the generated SQLite store ``source`` holds,
    row for row with the same ids (a package made for that store merges into this one too); its
    search index written by the program's own rebuild, as the server keeps it. ``source`` is
    only read."""
    from sqlalchemy import create_engine, delete, insert, select, text

    from raadsviewer.storage import search_index
    from raadsviewer.storage.db import Store
    from raadsviewer.storage.models import Base
    from tests.postgres import ROLE

    tables = [t for t in Base.metadata.sorted_tables if t.name not in _NOT_COPIED]
    server.admin(f"CREATE DATABASE {database} OWNER {ROLE}")
    target = Store(server.url(database))  # the schema, as the program makes it
    reading = create_engine(f"sqlite:///file:{source}?mode=ro&uri=true")
    try:
        with reading.connect() as src, target.engine.begin() as dst:
            for table in reversed(tables):
                dst.execute(delete(table))
            for table in tables:
                rows = [dict(r) for r in src.execute(select(table)).mappings()]
                if rows:
                    dst.execute(insert(table), rows)
            for table in tables:  # a sequence continues after the rows copied with their ids
                for column in table.primary_key.columns:
                    if column.autoincrement is True or (column.autoincrement == "auto" and _integer(column)):
                        dst.execute(
                            text(
                                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                                f"coalesce(max({column.name}), 0) + 1, false) FROM {table.name}"
                            )
                        )
            search_index.rebuild(dst)
        with target.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    finally:
        reading.dispose()
        target.close()


# The search index is the server's own (rebuilt after the copy); the store's settings are those
# the program wrote when it made the database.
_NOT_COPIED = ("search_unit", "search_text", "store_setting")


def _integer(column: Any) -> bool:
    try:
        return column.type.python_type is int
    except NotImplementedError:
        return False
