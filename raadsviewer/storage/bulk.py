"""Many new rows of one table written through the database driver's own ``executemany``.

A merge writes thousands of rows (items, revisions, the merge log's list of what it added) in
one transaction. Handing SQLAlchemy a list of dicts costs, per row, a parameter dict built and
walked and every value sent through its type's converter one call at a time: several times the
database's own work. Here the statement is made once, each column's converter (the dialect's
own, so a stored datetime or boolean is exactly what SQLAlchemy would have written) is looked up
once, and the rows go to the driver as tuples, in the caller's transaction.

On PostgreSQL the rows go as one array per column, unpacked by the server
(``INSERT ... SELECT * FROM unnest(...)``), a few thousand rows per statement: an
``executemany`` there sends and the server plans, binds and runs one statement per row.

Only plain inserts of complete rows: a column left out gets its scalar Python-side default, as
SQLAlchemy would give it, or the database's default; a callable default is refused (it would
need SQLAlchemy's execution context).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table

_ARRAY_ROWS = 5_000  # rows per statement on PostgreSQL: bounded statements, few round trips


def _placeholder(conn: Connection) -> str:
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def insert_arrays(conn: Connection, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """PostgreSQL: ``sql`` takes one array per column (``... unnest(%b::integer[], %b::text[])``);
    run for ``rows`` (tuples in that column order), a chunk at a time, in the caller's transaction.
    ``%b``: the arrays go in binary form (in text form every quote in a text is escaped and parsed
    again, which made a column of JSON five times slower than one statement per row)."""
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        for start in range(0, len(rows), _ARRAY_ROWS):
            chunk = rows[start : start + _ARRAY_ROWS]
            cursor.execute(sql, [list(column) for column in zip(*chunk, strict=True)])
    finally:
        cursor.close()


_PROBE = datetime(1999, 12, 31, 23, 59, 58, 12)


def _quicker(convert: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    """The converter, or one that gives the same in less time: SQLite keeps a boolean as 0 or 1
    (two or three of them per merged item) and a datetime as text,
    ``datetime.isoformat(" ", "microseconds")`` for a datetime without a time zone, which
    SQLAlchemy's converter writes out field by field (three of them per merged item). Taken
    only when the converter says so itself, for sample booleans or a sample datetime."""
    if convert is None:
        return None
    try:  # a boolean kept as 0 or 1 (SQLite): the converter checks its value first, every time
        plain = convert(True) == 1 and convert(False) == 0 and type(convert(True)) is int
    except (TypeError, ValueError, AttributeError):
        plain = False
    if plain:

        def as_int(value: Any) -> Any:
            return int(value) if type(value) is bool else convert(value)

        return as_int
    try:
        same = convert(_PROBE) == _PROBE.isoformat(" ", "microseconds")
    except (TypeError, ValueError, AttributeError):  # not a datetime's converter
        return convert
    if not same:
        return convert

    def quick(value: Any) -> Any:
        if type(value) is datetime and value.tzinfo is None:
            return value.isoformat(" ", "microseconds")
        return convert(value)

    return quick


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (each with the same keys, column names of ``table``) into ``table``."""
    if not rows:
        return
    given = list(rows[0])
    pick = itemgetter(*given)
    insert_tuples(conn, table, given, [pick(row) for row in rows] if len(given) > 1 else [(pick(row),) for row in rows])


def insert_tuples(conn: Connection, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows``, each the values of the columns ``names`` of ``table`` in that order: for a
    caller that makes thousands of rows, without a dict per row."""
    if not rows:
        return
    dialect = conn.dialect
    given = list(names)
    defaults: dict[str, Any] = {}
    for column in table.c:
        if column.name in given or column.default is None:
            continue
        if not column.default.is_scalar:
            raise ValueError(f"{table.name}.{column.name}: a callable default needs SQLAlchemy's insert")
        defaults[column.name] = column.default.arg  # type: ignore[attr-defined]
    names = [*given, *defaults]
    converters = [_quicker(table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) for name in names]
    quote = dialect.identifier_preparer.quote
    head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
    tail = tuple(defaults.values())
    converting = [(i, convert) for i, convert in enumerate(converters) if convert is not None]
    values: Sequence[Sequence[Any]]
    if converting:
        lists = [[*row, *tail] for row in rows] if tail else [list(row) for row in rows]
        for i, convert in converting:  # column by column: one converter, many values
            for value in lists:
                value[i] = convert(value[i])
        values = lists
    else:
        values = [(*row, *tail) for row in rows] if tail else rows
    if dialect.name == "postgresql":
        arrays = ", ".join(f"%b::{table.c[n].type.compile(dialect=dialect)}[]" for n in names)
        insert_arrays(conn, f"{head}SELECT * FROM unnest({arrays})", values)
        return
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(f"{head}VALUES ({', '.join([_placeholder(conn)] * len(names))})", values)
    finally:
        cursor.close()
