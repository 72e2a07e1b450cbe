"""A store on a PostgreSQL server: the password from the keychain or ~/.pgpass (never from the
settings), clear words when the server cannot be used, PostgreSQL's own checks, pg_dump backups,
and several councils' stores in one database without clashes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation
from raadsviewer.services import amendments as amendment_service
from raadsviewer.services import maintenance, roles
from raadsviewer.services import server as server_service
from raadsviewer.services.documents import ensure_sample_dossier, resolve_dossier
from raadsviewer.services.factions import add_faction, list_factions
from raadsviewer.storage import server as server_tools
from raadsviewer.storage.db import Store
from tests.conftest import SAMPLES, dump_tables
from tests.postgres import PASSWORD, PASSWORD_ROLE

pytestmark = pytest.mark.postgresql


class _Keychain:
    """A keychain holding what the test put in it (the real one is never touched by the tests)."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.kept.get((service, name))

    def set_password(self, service: str, name: str, value: str) -> None:
        self.kept[(service, name)] = value

    def delete_password(self, service: str, name: str) -> None:
        self.kept.pop((service, name), None)


@pytest.fixture
def server_store(postgres):  # type: ignore[no-untyped-def]
    name = postgres.new_database()
    store = Store(postgres.url(name))
    yield store
    store.close()
    postgres.drop_database(name)


@pytest.fixture
def clerk_database(postgres):  # type: ignore[no-untyped-def]
    name = postgres.new_database(empty=True)
    postgres.admin(f"ALTER DATABASE {name} OWNER TO {PASSWORD_ROLE}")
    yield postgres.url(name, user=PASSWORD_ROLE)
    postgres.drop_database(name)


def test_the_password_comes_from_the_keychain_or_pgpass_never_from_the_settings(
    clerk_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keychain = _Keychain()
    monkeypatch.setattr(server_service, "_keychain", lambda: keychain)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    with pytest.raises(UserFacingError) as refused:  # no password anywhere: told, in words
        server_service.open_store(clerk_database)
    assert refused.value.code == "server_login_failed" and refused.value.params["user"] == PASSWORD_ROLE
    assert PASSWORD_ROLE in refused.value.message("nl") and "~/.pgpass" in refused.value.message("nl")

    assert server_service.remember_password(clerk_database, PASSWORD)
    store = server_service.open_store(clerk_database)
    try:
        roles.set_owner_griffie(store)
        assert PASSWORD not in store.location and "***" not in store.location
    finally:
        store.close()
    kept = server_service.location_to_keep(clerk_database.replace("clerk@", f"clerk:{PASSWORD}@".replace(" ", "%20")))
    assert kept == clerk_database and PASSWORD.split()[0] not in kept  # what the settings may hold

    server_service.forget_password(clerk_database)
    host_port_db = clerk_database.split("@", 1)[1]
    host, rest = host_port_db.split(":", 1)
    port, database = rest.split("/", 1)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{host}:{port}:{database}:{PASSWORD_ROLE}:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    store = server_service.open_store(clerk_database)  # libpq reads ~/.pgpass itself
    try:
        assert roles.get_owner(store).role is roles.Role.GRIFFIE
    finally:
        store.close()


@pytest.mark.parametrize(
    ("location", "code"),
    [
        ("postgresql+psycopg://griffie@127.0.0.1:1/raadsviewer", "server_unreachable"),
        ("postgresql+psycopg://griffie@127.0.0.1:{port}/bestaat_niet", "server_database_missing"),
        ("postgresql+psycopg://iemand@127.0.0.1:{port}/postgres", "server_login_failed"),
        ("postgresql+psycopg://griffie@127.0.0.1:{port}/postgres?schema=Geen-Naam", "server_schema_invalid"),
        ("mysql://griffie@127.0.0.1/raadsviewer", "server_url_invalid"),
    ],
    ids=["no-server", "no-database", "no-role", "bad-schema", "not-postgresql"],
)
def test_a_server_that_cannot_be_used_is_told_in_words(postgres, location: str, code: str) -> None:  # type: ignore[no-untyped-def]
    location = location.format(port=postgres.port)
    with pytest.raises(UserFacingError) as told:
        Store(location)
    assert told.value.code == code
    for lang in ("nl", "en"):
        assert "{" not in told.value.message(lang)


def test_a_database_that_is_not_a_store_is_refused_and_left_alone(postgres) -> None:  # type: ignore[no-untyped-def]
    name = postgres.new_database(empty=True)
    try:
        postgres.admin("CREATE TABLE recepten (naam text); INSERT INTO recepten VALUES ('stamppot')", database=name)
        postgres.admin("ALTER TABLE recepten OWNER TO griffie", database=name)
        with pytest.raises(UserFacingError) as refused:
            Store(postgres.url(name))
        assert refused.value.code == "store_unusable"
        assert postgres.admin("SELECT naam FROM recepten", database=name) == [("stamppot",)]
        tables = postgres.admin("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", database=name)
        assert tables == [("recepten",)]
    finally:
        postgres.drop_database(name)


def test_postgresqls_own_checks(server_store, postgres) -> None:  # type: ignore[no-untyped-def]
    """The schema version, every table readable, and where the DBA installed amcheck every B-tree
    index of the store verified against its table."""
    store = server_store
    assert store.integrity_check() == "ok"
    database = store.engine.url.database
    postgres.admin("CREATE EXTENSION amcheck", database=database)
    postgres.admin("GRANT EXECUTE ON FUNCTION bt_index_check(regclass) TO griffie", database=database)
    ensure_sample_dossier(store, SAMPLES)
    assert store.integrity_check() == "ok"
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0007_trust'"))
    assert "schema version" in store.integrity_check()


def test_new_search_units_are_in_the_index_itself_when_the_writer_commits(server_store, postgres) -> None:  # type: ignore[no-untyped-def]
    """The search terms' GIN index takes new units through its pending list (migration 0011); the
    program moves them into the index before it commits, so no search has to scan the list."""
    from raadsviewer.domain.model import AnnotationDraft, Visibility
    from raadsviewer.services import annotations as annotation_service

    store = server_store
    database = store.engine.url.database
    postgres.admin("CREATE EXTENSION pgstattuple", database=database)

    def waiting() -> object:
        [(pending,)] = postgres.admin(
            "SELECT pending_tuples FROM pgstatginindex('ix_search_fts_terms')", database=database
        )
        return pending

    dossier = ensure_sample_dossier(store, SAMPLES)  # its documents: hundreds of units
    assert waiting() == 0
    postgres.admin(  # units written past the program wait in the list: what the program must not leave
        "WITH gone AS (DELETE FROM search_fts WHERE rowid IN (SELECT rowid FROM search_fts LIMIT 20) "
        "RETURNING *) INSERT INTO search_fts SELECT * FROM gone",
        database=database,
    )
    assert isinstance(waiting(), int) and waiting() > 0  # type: ignore[operator]
    roles.set_owner_griffie(store)
    add_faction(store, "VVD", seats=3)
    annotation_service.add_annotation(
        store,
        dossier_id=dossier.id,
        faction="VVD",
        member="An",
        draft=AnnotationDraft(body="Wachtlijsten in de wijk", visibility=Visibility.GRIFFIE),
        principle_number=7,
    )
    assert waiting() == 0


def test_a_server_store_is_backed_up_with_pg_dump_and_restored(server_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = server_store
    if server_tools.find_tool("pg_dump") is None:
        pytest.skip("pg_dump is not installed here")
    ensure_sample_dossier(store, SAMPLES)
    add_faction(store, "VVD", seats=5)
    before = dump_tables(store)
    made = maintenance.backup_now(store)
    assert made.path.suffix == ".dump" and made.size > 0 and server_tools.check(made.path) == "ok"
    assert [b.path for b in server_service.backups(store)] == [made.path]
    assert oct(made.path.stat().st_mode & 0o777) == "0o600"
    add_faction(store, "CDA", seats=3)
    server_service.restore(store, made.path)
    assert [f.name for f in list_factions(store)] == ["VVD"]
    assert dump_tables(store) == before


def test_without_postgresqls_tools_a_backup_is_refused_in_words(server_store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(server_tools, "find_tool", lambda name: None)
    folder = server_tools.backup_folder()
    before = sorted(folder.iterdir()) if folder.exists() else []
    with pytest.raises(UserFacingError) as told:
        maintenance.backup_now(server_store)
    assert told.value.code == "server_tool_missing" and "postgresql-client" in told.value.message("nl")
    assert (sorted(folder.iterdir()) if folder.exists() else []) == before  # nothing half-made


def test_councils_share_one_database_each_in_its_own_schema(postgres) -> None:  # type: ignore[no-untyped-def]
    """A region: each council's store in its own schema of one database, under its own role. The
    same dossier title, faction names, seats and A-numbers in each, and neither sees the other's."""
    name = postgres.new_database(empty=True)
    try:
        for council in ("gorinchem", "dordrecht"):
            postgres.admin(f"CREATE ROLE griffie_{council} LOGIN")
            postgres.admin(f"CREATE SCHEMA {council} AUTHORIZATION griffie_{council}", database=name)
        stores = {}
        for council, seats in (("gorinchem", 4), ("dordrecht", 9)):
            store = Store(postgres.url(name, user=f"griffie_{council}") + f"?schema={council}")
            roles.set_owner_griffie(store)
            dossier = ensure_sample_dossier(store, SAMPLES)
            add_faction(store, "VVD", seats=seats)
            made = amendment_service.add_amendment(
                store,
                dossier_id=dossier.id,
                faction="VVD",
                member=f"lid in {council}",
                draft=AmendmentDraft(
                    title=f"Voor {council}",
                    operation=AmendmentOperation.SCHRAPPEN,
                    old_text="Versterken toegangstaak",
                    principle_number=7,
                ),
            )
            assert made.label == "A1"
            stores[council] = store
        for council, seats in (("gorinchem", 4), ("dordrecht", 9)):
            store = stores[council]
            assert [(f.name, f.seats) for f in list_factions(store)] == [("VVD", seats)]
            [only] = amendment_service.list_amendments(store, resolve_dossier(store).id)
            assert only.title == f"Voor {council}"
        with pytest.raises(UserFacingError) as refused:  # one council's role cannot read the other's schema
            Store(postgres.url(name, user="griffie_gorinchem") + "?schema=dordrecht")
        assert refused.value.code in ("server_no_permission", "store_unusable")
        for store in stores.values():
            store.close()
    finally:
        postgres.drop_database(name)
        for council in ("gorinchem", "dordrecht"):
            postgres.admin(f"DROP ROLE IF EXISTS griffie_{council}")
