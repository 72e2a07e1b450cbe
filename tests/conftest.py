"""Test-wide set-up: headless Qt, a private runtime dir, the project's own sample files."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Everything the session puts in the temp folder (runtime folder, prepared stores, private homes,
# and the same for the programs it starts) goes into one folder of its own, removed when the
# session ends. pytest's own tmp_path folders stay where pytest keeps them (the last three runs).
os.environ.setdefault("PYTEST_DEBUG_TEMPROOT", tempfile.gettempdir())
SESSION_TMP = tempfile.mkdtemp(prefix="raadsviewer-tests-")
tempfile.tempdir = SESSION_TMP
os.environ["TMPDIR"] = SESSION_TMP
# What the program keeps in the user's data folder (server backups, ...) stays in the session's.
os.environ["XDG_DATA_HOME"] = os.path.join(SESSION_TMP, "data")
if not os.environ.get("XDG_RUNTIME_DIR"):
    _runtime = tempfile.mkdtemp(prefix="raadsviewer-xdg-")
    os.chmod(_runtime, stat.S_IRWXU)
    os.environ["XDG_RUNTIME_DIR"] = _runtime

# Secret keys are encrypted with the OS keychain or a passphrase (services.secrets). The tests
# never touch the keychain of the machine they run on; those about protection set a passphrase.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
os.environ.pop("RAADSVIEWER_KEY_PASSPHRASE", None)
os.environ.pop("RAADSVIEWER_KEY_PASSPHRASE_FILE", None)

from collections.abc import Callable  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
GOLD = Path(__file__).resolve().parent / "gold.json"

ZHZ = SAMPLES / "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt"
WERKGROEP = SAMPLES / "werkgroep-jeugd-overdenkingen-inkoopkader-2020.txt"
DGJ = SAMPLES / "dgj-stand-van-zaken-inkoop-jeugdhulp-2021.txt"
GRONINGEN = SAMPLES / "groningen-reactie-initiatiefvoorstel-jeugdhulp-2020.txt"


# --- the store: a SQLite file, and for the storage and services tests also a PostgreSQL server ----

# Tests in these folders that use a store run twice: on SQLite and on a PostgreSQL server
# (``tests/postgres.py``), unless marked ``sqlite_only`` (what only a file has: WAL, backups of
# the file, killed writers, file permissions).
BOTH_STORES = ("storage", "services")
_SERVER: dict[str, object] = {}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "dialect" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.fspath)).parent.name
    both = folder in BOTH_STORES or metafunc.definition.get_closest_marker("both_stores") is not None
    if both and metafunc.definition.get_closest_marker("sqlite_only") is None:
        metafunc.parametrize("dialect", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])


@pytest.fixture
def dialect() -> str:
    return "sqlite"


def postgres_server():  # type: ignore[no-untyped-def]
    """The session's PostgreSQL server, started on first use; skips the test when there is none."""
    from tests.postgres import Server, Unavailable

    if "server" not in _SERVER and "reason" not in _SERVER:
        try:
            _SERVER["server"] = Server()
        except Unavailable as exc:
            _SERVER["reason"] = str(exc)
    if "reason" in _SERVER:
        pytest.skip(f"no PostgreSQL server for the server half of the suite: {_SERVER['reason']}")
    return _SERVER["server"]


@pytest.fixture
def postgres():  # type: ignore[no-untyped-def]
    return postgres_server()


@pytest.fixture
def make_store(tmp_path: Path, dialect: str, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Stores for a test: ``make_store(name)`` is a SQLite file in tmp_path, or on a server run a
    database of its own (``name`` then only tells them apart). All are closed (and dropped) after.

    In the storage and services tests each store's search index is then compared with one
    rebuilt from scratch: the services that write keep it exact, whatever the test did (a test
    that breaks it on purpose is marked ``index_left_stale``)."""
    from raadsviewer.storage.db import Store

    check_index = (
        Path(str(request.node.fspath)).parent.name in BOTH_STORES
        and request.node.get_closest_marker("index_left_stale") is None
    )

    made: list[tuple[Store, str | None]] = []

    def make(name: str = "store.sqlite") -> Store:
        if dialect == "postgresql":
            server = postgres_server()
            database = server.new_database()
            s = Store(server.url(database))
            made.append((s, database))
        else:
            s = Store(tmp_path / name)
            made.append((s, None))
        return s

    yield make
    try:
        if check_index and not getattr(request.node, "rep_call_failed", True):
            for s, _database in made:
                assert index_differences(s) == [], "the search index differs from one rebuilt from scratch"
    finally:
        for s, database in made:
            s.close()
            if database is not None:
                postgres_server().drop_database(database)


@pytest.fixture
def store(make_store):  # type: ignore[no-untyped-def]
    return make_store("store.sqlite")


@pytest.fixture
def sample_store(store):
    """A store holding the bundled sample dossier (framework + two background documents)."""
    from raadsviewer.services.documents import ensure_sample_dossier

    ensure_sample_dossier(store, SAMPLES)
    return store


# A dump of every table, to prove that a refused action changed nothing. The search index is
# dumped by what it holds (each unit's item, place, text and terms), not by its row ids or the
# pages of SQLite's FTS5 table: taken back and made again, it holds the same.
SEARCH_TABLES = ("search_unit", "search_text", "search_fts")
_SEARCH_INDEX = (
    'SELECT u.kind, u.item_id, u.field, u.revision, u.document_id, u.principle_id, u.start, u."end", t.text, {terms} '
    "FROM search_unit u LEFT JOIN search_text t ON t.unit_id = u.id LEFT JOIN search_fts f ON f.rowid = u.id"
)


def dump_tables(store) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect, text

    with store.engine.connect() as conn:
        names = sorted(inspect(conn).get_table_names())
        if store.engine.dialect.name == "sqlite":  # virtual tables too
            names = (
                conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")).scalars().all()
            )
        dumped = {
            name: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{name}"'))), key=repr)
            for name in names
            if not name.startswith(SEARCH_TABLES)
        }
        terms = "CAST(f.terms AS TEXT)" if store.engine.dialect.name == "postgresql" else "f.terms"
        dumped["(search index)"] = sorted(
            (tuple(r) for r in conn.execute(text(_SEARCH_INDEX.format(terms=terms)))), key=repr
        )
        return dumped


def index_differences(store) -> list[tuple]:  # type: ignore[no-untyped-def]
    """What the store's search index holds that a rebuild would not, and the other way round."""
    from raadsviewer.storage import search_index

    with store.engine.connect() as conn:
        found = search_index.differences(conn)
        conn.rollback()
    return found


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Lets fixtures see whether the test itself failed (then its stores are not judged too)."""
    report = yield
    if report.when == "call":
        item.rep_call_failed = report.failed  # type: ignore[attr-defined]
    return report


@pytest.fixture
def dump() -> Callable[[object], dict[str, list[tuple]]]:
    return dump_tables


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say plainly whether the server half of the suite ran: a skipped half is never silent."""
    if "reason" in _SERVER:
        terminalreporter.write_sep("=", "PostgreSQL: the server half of the suite was SKIPPED", yellow=True, bold=True)
        terminalreporter.write_line(f"  {_SERVER['reason']}", yellow=True)
        terminalreporter.write_line(
            "  (make test installs Debian's postgresql as root; otherwise it prints the line to run)"
        )
    elif "server" in _SERVER:
        server = _SERVER["server"]
        terminalreporter.write_line(
            f"PostgreSQL: the server half ran on a throwaway server ({server.bindir}, port {server.port})"  # type: ignore[attr-defined]
        )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    import shutil

    server = _SERVER.get("server")
    if server is not None:
        server.stop()  # type: ignore[attr-defined]
    shutil.rmtree(SESSION_TMP, ignore_errors=True)
