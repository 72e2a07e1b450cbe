"""Helpers for the service tests: a dump of every table, to prove a refused action changed nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text


def dump_tables(store) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        names = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ).scalars().all()
        return {
            name: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{name}"'))), key=repr)
            for name in names
        }


@pytest.fixture
def dump() -> Callable[[object], dict[str, list[tuple]]]:
    return dump_tables
