"""storage.bulk writes through the driver exactly what SQLAlchemy's own insert writes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import Boolean, Column, DateTime, Integer, MetaData, String, Table, Text, func, insert, select, text

from raadsviewer.storage import bulk


def _table(metadata: MetaData, name: str) -> Table:
    return Table(
        name,
        metadata,
        Column("id", String(36), primary_key=True),
        Column("at", DateTime),
        Column("flag", Boolean, default=False),
        Column("count", Integer, default=7),
        Column("note", Text, nullable=True),
        Column("end", Integer, nullable=True),  # a reserved word: quoted
    )


ROWS: list[dict[str, Any]] = [
    {"id": "a", "at": datetime(2024, 2, 29, 13, 5, 0, 123456), "note": "één \u2028 ' \" \\", "end": 3},
    {"id": "b", "at": datetime(2020, 10, 5, 9, 0, 0), "note": None, "end": None},
]


def test_rows_written_through_the_driver_read_back_as_sqlalchemys_own(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(bulk, "_ARRAY_ROWS", 2)  # on a server: rows in statements of two
    metadata = MetaData()
    mine, theirs = _table(metadata, "bulk_mine"), _table(metadata, "bulk_theirs")
    with store.engine.connect() as conn:
        metadata.create_all(conn)
        try:
            bulk.insert_rows(conn, mine, ROWS)
            conn.execute(insert(theirs), ROWS)

            def stored(table: Table) -> list[tuple[Any, ...]]:
                as_text = [func.cast(c, Text) for c in table.c]  # the stored values, not their reading
                return [tuple(r) for r in conn.execute(select(*as_text).order_by(table.c.id))]

            assert stored(mine) == stored(theirs)
            assert [tuple(r) for r in conn.execute(select(mine).order_by(mine.c.id))] == [
                ("a", ROWS[0]["at"], False, 7, ROWS[0]["note"], 3),
                ("b", ROWS[1]["at"], False, 7, None, None),
            ]
            bulk.insert_rows(conn, mine, [])  # nothing to write: no statement
            names = ("note", "id", "at")  # rows as tuples, their columns in any order
            bulk.insert_tuples(conn, mine, names, [(r["note"], f"t{r['id']}", r["at"]) for r in ROWS])
            conn.execute(insert(theirs), [{"note": r["note"], "id": f"t{r['id']}", "at": r["at"]} for r in ROWS])
            assert stored(mine) == stored(theirs)
            conn.execute(text("DELETE FROM bulk_mine WHERE id LIKE 't%'"))
            conn.execute(text("DELETE FROM bulk_theirs WHERE id LIKE 't%'"))
            assert conn.execute(text("SELECT count(*) FROM bulk_mine")).scalar() == 2
            aware = datetime(2021, 3, 28, 2, 30, tzinfo=timezone(timedelta(hours=2)))  # as a package may say
            empty = [{"id": f"c{i}", "at": aware, "flag": True, "note": None, "end": None} for i in range(3)]
            bulk.insert_rows(conn, mine, empty)  # a column of nothing but NULL
            bulk.insert_rows(conn, theirs, empty)
            assert stored(mine) == stored(theirs)
        finally:
            conn.rollback()


def test_a_callable_default_is_refused(store) -> None:  # type: ignore[no-untyped-def]
    table = Table(
        "bulk_made",
        MetaData(),
        Column("id", String(36), primary_key=True),
        Column("at", DateTime, default=datetime.now),
    )
    with store.engine.connect() as conn, pytest.raises(ValueError, match="callable default"):
        bulk.insert_rows(conn, table, [{"id": "a"}])
