"""Without the PostgreSQL driver (the desktop bundle leaves it out) a server store is refused in
words, not with an import error."""

from __future__ import annotations

import sys

import pytest
from sqlalchemy.engine import make_url

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.storage.db import make_server_engine


@pytest.mark.sqlite_only
def test_a_server_store_without_the_driver_is_told(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m == "psycopg" or m.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed
    with pytest.raises(UserFacingError) as info:
        make_server_engine(make_url("postgresql+psycopg://griffie@db.example.nl/raadsviewer"), None)
    assert info.value.code == "server_driver_missing"
    assert "pip" in info.value.message("nl") and "pip" in info.value.message("en")
