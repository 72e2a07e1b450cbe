"""The store's schema: Alembic's migrations and the models must describe the same database.

A new store is made from the models (``metadata.create_all`` + stamp); an existing one is upgraded
by the migrations. If someone adds a column to a model and forgets the migration, users who
upgrade get a different database from users who start fresh; these tests catch that.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import Column, DefaultClause, Engine, Index, MetaData, String, Text, inspect, text

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.storage import db
from raadsviewer.storage.db import HEAD_REVISION, Store, alembic_head, backup, make_engine, upgrade
from raadsviewer.storage.models import Base

# ---------------------------------------------------------------------------------------------
# Schema snapshots


def _norm_sql(value: object) -> str:
    return " ".join(str(value).split()).lower() if value is not None else ""


def _split_top_level(body: str) -> list[str]:
    parts, depth, current = [], 0, []
    for ch in body:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [_norm_sql(p) for p in parts if p.strip()]


def _normalised_master(engine: Engine) -> dict[tuple[str, str], object]:
    """sqlite_master's SQL, with whitespace folded and a table's clauses in a fixed order."""
    out: dict[tuple[str, str], object] = {}
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master")).all()
    for kind, name, table, sql in rows:
        if sql is None:  # sqlite_autoindex_*: implied by a PRIMARY KEY or UNIQUE clause
            out[(kind, f"auto:{table}:{name}")] = None
            continue
        if kind == "table":
            head, _, rest = sql.partition("(")
            body = rest[: rest.rfind(")")]
            # 'CREATE TABLE "section"' after a table is rebuilt by a batch migration: the same name
            out[(kind, name)] = (_norm_sql(head).replace('"', ""), tuple(sorted(_split_top_level(body))))
        else:
            out[(kind, name)] = _norm_sql(sql)
    return out


def schema_snapshot(engine: Engine) -> dict[str, object]:
    """Everything about the schema that matters, in a form two stores can be compared by."""
    insp = inspect(engine)
    tables: dict[str, object] = {}
    for table in sorted(insp.get_table_names()):
        columns = [
            (
                c["name"],
                _norm_sql(c["type"]),
                bool(c["nullable"]),
                _norm_sql(c.get("default")),
                int(c.get("primary_key") or 0),
            )
            for c in insp.get_columns(table)
        ]
        indexes = sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in insp.get_indexes(table))
        uniques = sorted((u["name"] or "", tuple(u["column_names"])) for u in insp.get_unique_constraints(table))
        fks = sorted(
            (
                tuple(f["constrained_columns"]),
                f["referred_table"],
                tuple(f["referred_columns"]),
                (f.get("options") or {}).get("ondelete") or "",
                (f.get("options") or {}).get("onupdate") or "",
            )
            for f in insp.get_foreign_keys(table)
        )
        checks = sorted((c["name"] or "", _norm_sql(c["sqltext"])) for c in insp.get_check_constraints(table))
        pk = insp.get_pk_constraint(table)
        tables[table] = {
            "columns": columns,
            "primary_key": tuple(pk["constrained_columns"]),
            "indexes": indexes,
            "unique": uniques,
            "foreign_keys": fks,
            "checks": checks,
        }
    return {"tables": tables, "sqlite_master": _normalised_master(engine) if engine.dialect.name == "sqlite" else {}}


def schema_differences(a: dict[str, object], b: dict[str, object]) -> list[str]:
    diffs: list[str] = []
    ta, tb = a["tables"], b["tables"]
    assert isinstance(ta, dict) and isinstance(tb, dict)
    for table in sorted(set(ta) | set(tb)):
        if table not in ta or table not in tb:
            diffs.append(f"table {table}: only in {'first' if table in ta else 'second'}")
            continue
        for aspect in ta[table]:
            if ta[table][aspect] != tb[table][aspect]:
                diffs.append(f"{table}.{aspect}: {ta[table][aspect]!r} != {tb[table][aspect]!r}")
    ma, mb = a["sqlite_master"], b["sqlite_master"]
    assert isinstance(ma, dict) and isinstance(mb, dict)
    for key in sorted(set(ma) | set(mb)):
        if ma.get(key, "<missing>") != mb.get(key, "<missing>"):
            diffs.append(f"sqlite_master {key}: {ma.get(key, '<missing>')!r} != {mb.get(key, '<missing>')!r}")
    return diffs


def _fresh_store_snapshot(path: Path) -> dict[str, object]:
    store = Store(path)
    try:
        return schema_snapshot(store.engine)
    finally:
        store.close()


def _migrated_snapshot(path: Path) -> dict[str, object]:
    """An empty file brought to head one migration at a time."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(db.MIGRATIONS_DIR))
    steps = [rev.revision for rev in script.walk_revisions("base", "heads")]
    steps.reverse()  # walk_revisions runs newest first
    assert steps, "no migrations found"
    engine = make_engine(path)
    try:
        for step in steps:
            upgrade(engine, step)
            assert db.current_revision(engine) == step
        return schema_snapshot(engine)
    finally:
        engine.dispose()


# ---------------------------------------------------------------------------------------------
# Models and migrations agree


def test_head_revision_constant_matches_alembic_head() -> None:
    assert HEAD_REVISION == alembic_head()


def test_every_migration_is_known_and_chain_is_linear() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(db.MIGRATIONS_DIR))
    assert script.get_heads() == [HEAD_REVISION], "several heads: merge the migration branches"
    assert HEAD_REVISION in db.known_revisions()


def test_upgraded_store_has_same_schema_as_fresh_store(tmp_path: Path) -> None:
    fresh = _fresh_store_snapshot(tmp_path / "fresh.sqlite")
    migrated = _migrated_snapshot(tmp_path / "migrated.sqlite")
    assert set(fresh["tables"]) >= {"annotation", "annotation_revision", "document", "alembic_version"}
    assert schema_differences(fresh, migrated) == []


def test_store_stamped_at_head_and_upgraded_store_opens_without_change(tmp_path: Path) -> None:
    path = tmp_path / "migrated.sqlite"
    before = _migrated_snapshot(path)
    store = Store(path)  # at head: opened as is, no backup
    try:
        assert db.current_revision(store.engine) == HEAD_REVISION
        after = schema_snapshot(store.engine)
    finally:
        store.close()
    assert schema_differences(before, after) == []
    assert list(tmp_path.glob("*.before-*")) == []


def _mutate_add_column(md: MetaData) -> None:
    md.tables["annotation"].append_column(Column("forgotten", String(20), nullable=True))


def _mutate_add_index(md: MetaData) -> None:
    table = md.tables["annotation"]
    Index("ix_annotation_author", table.c.author)


def _mutate_nullability(md: MetaData) -> None:
    md.tables["dossier"].c.body.nullable = True


def _mutate_type(md: MetaData) -> None:
    md.tables["faction"].c.name.type = Text()


def _mutate_default(md: MetaData) -> None:
    column = md.tables["faction"].c.colour
    column.server_default = DefaultClause(text("'#607d8b'"))
    column.server_default._set_parent(column)


def _mutate_ondelete(md: MetaData) -> None:
    for fk in md.tables["annotation_revision"].foreign_key_constraints:
        fk.ondelete = None


def _mutate_drop_check(md: MetaData) -> None:
    table = md.tables["annotation"]
    check = next(c for c in table.constraints if getattr(c, "name", None) == "ck_annotation_version")
    table.constraints.discard(check)


def _mutate_drop_unique(md: MetaData) -> None:
    table = md.tables["member"]
    unique = next(c for c in table.constraints if getattr(c, "name", None) == "uq_member_faction_name")
    table.constraints.discard(unique)


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_mutate_add_column, "forgotten"),
        (_mutate_add_index, "ix_annotation_author"),
        (_mutate_nullability, "dossier.columns"),
        (_mutate_type, "faction.columns"),
        (_mutate_default, "faction.columns"),
        (_mutate_ondelete, "annotation_revision.foreign_keys"),
        (_mutate_drop_check, "ck_annotation_version"),
        (_mutate_drop_unique, "uq_member_faction_name"),
    ],
    ids=["column", "index", "nullable", "type", "default", "ondelete", "check", "unique"],
)
def test_comparison_detects_model_change_without_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mutate, expected: str
) -> None:
    """A model changed without a migration: the fresh store differs, and the comparison says so."""
    changed = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    mutate(changed)
    monkeypatch.setattr(db, "Base", SimpleNamespace(metadata=changed))

    fresh = _fresh_store_snapshot(tmp_path / "fresh.sqlite")
    migrated = _migrated_snapshot(tmp_path / "migrated.sqlite")
    diffs = schema_differences(fresh, migrated)
    assert diffs, "a model change without a migration went unnoticed"
    assert any(expected in d for d in diffs), diffs


# ---------------------------------------------------------------------------------------------
# Opening a store


@pytest.mark.sqlite_only
def test_pragmas_foreign_keys_and_wal(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert str(conn.execute(text("PRAGMA journal_mode")).scalar()).lower() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    assert store.integrity_check() == "ok"


def test_foreign_keys_are_enforced(store: Store) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with store.engine.begin() as conn:
            conn.execute(text("INSERT INTO member (id, faction_id, name) VALUES ('m1', 'no-such-faction', 'x')"))


@pytest.mark.parametrize(
    "content",
    [b"Dit is geen database maar een gewone tekst.\nTweede regel.\n", bytes(range(256)) * 40],
    ids=["text", "binary"],
)
def test_non_sqlite_file_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(UserFacingError) as info:
        Store(path)
    assert info.value.code == "store_unusable"
    assert info.value.params["path"] == str(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('stamppot')")
    conn.commit()
    conn.close()
    content = path.read_bytes()
    with pytest.raises(UserFacingError) as info:
        Store(path)
    assert info.value.code == "store_unusable"
    assert path.read_bytes() == content


def test_directory_as_store_is_unusable(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as info:
        Store(tmp_path)
    assert info.value.code == "store_unusable"


def test_store_from_newer_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    with pytest.raises(UserFacingError) as info:
        Store(path)
    assert info.value.code == "store_newer"
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999_from_the_future",)]
    conn.close()
    assert list(tmp_path.glob("*.before-*")) == []


def _rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def _fill(store: Store) -> None:
    from raadsviewer.services.factions import add_faction, ensure_faction

    add_faction(store, "GroenLinks", seats=4)
    add_faction(store, "VVD", seats=6, colour="#ff7f00")
    ensure_faction(store, "VVD", member="Jan de Vries")


@pytest.mark.sqlite_only
def test_backup_copy_opens_and_has_same_rows(store: Store, tmp_path: Path) -> None:
    _fill(store)
    target = backup(store.engine, tmp_path / "copy.sqlite")
    assert target.exists()
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    original = _rows(tmp_path / "store.sqlite")
    assert original["faction"] and original["member"]
    assert _rows(target) == original
    copy = Store(target)  # the copy is a store in its own right
    try:
        from raadsviewer.services.factions import list_factions

        assert [f.name for f in list_factions(copy)] == ["GroenLinks", "VVD"]
    finally:
        copy.close()


def test_older_store_is_backed_up_before_upgrading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend the program is one migration ahead: the store on disk is then 'older'."""
    path = tmp_path / "store.sqlite"
    store = Store(path)
    _fill(store)
    store.close()
    rows_before = _rows(path)

    seen: list[list[str]] = []

    def fake_upgrade(engine: Engine, revision: str = "head") -> None:
        seen.append(sorted(p.name for p in tmp_path.glob("store.before-*.sqlite")))

    monkeypatch.setattr(db, "HEAD_REVISION", "0002_pretend_newer")
    monkeypatch.setattr(db, "upgrade", fake_upgrade)
    Store(path).close()

    assert len(seen) == 1, "upgrade was not run for an older store"
    assert len(seen[0]) == 1, f"no backup existed when the upgrade started: {seen}"
    backup_path = tmp_path / seen[0][0]
    assert re.fullmatch(r"store\.before-0002_pretend_newer\.\d{8}-\d{6}\.sqlite", backup_path.name)
    assert _rows(backup_path) == rows_before


def test_reopening_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    store = Store(path)
    _fill(store)
    store.close()
    before = _rows(path)
    Store(path).close()
    assert _rows(path) == before
    assert list(tmp_path.glob("*.before-*")) == []


def test_crash_while_creating_a_new_store_leaves_it_creatable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Creating the schema is one transaction: a crash halfway must not leave a half store that
    the next start refuses as 'not a raadsviewer store'."""
    path = tmp_path / "store.sqlite"

    class Crash(Exception):
        pass

    def create_all_then_crash(conn, *args, **kwargs):  # type: ignore[no-untyped-def]
        Base.metadata.create_all(conn, *args, **kwargs)
        raise Crash

    monkeypatch.setattr(db, "Base", SimpleNamespace(metadata=SimpleNamespace(create_all=create_all_then_crash)))
    with pytest.raises(Crash):
        Store(path)
    monkeypatch.undo()

    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == []
    conn.close()
    store = Store(path)
    try:
        assert db.current_revision(store.engine) == HEAD_REVISION
    finally:
        store.close()


def test_failed_service_call_rolls_back_ddl_free_writes(store: Store) -> None:
    """A unit of work that fails leaves nothing behind, also for statements before the failure."""
    from raadsviewer.services.factions import list_factions
    from raadsviewer.storage.models import FactionRow

    with pytest.raises(RuntimeError):
        with store.session() as session:
            session.add(FactionRow(id="f1", name="Tijdelijk", colour="#000000", seats=1))
            session.flush()
            raise RuntimeError("boom")
    assert list_factions(store) == []


# ---------------------------------------------------------------------------------------------
# The same history on a PostgreSQL server


def _server_snapshot(engine: Engine) -> dict[str, object]:
    """The inspector's view, plus what only the server's catalogue shows: every index as
    PostgreSQL would re-create it (the GIN index of the search terms included) and the sequences."""
    snapshot = schema_snapshot(engine)
    with engine.connect() as conn:
        indexes = conn.execute(
            text("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname")
        ).all()
        sequences = conn.execute(
            text(
                "SELECT sequence_name, data_type FROM information_schema.sequences "
                "WHERE sequence_schema = current_schema() ORDER BY sequence_name"
            )
        ).all()
    snapshot["sqlite_master"] = {("index", name): _norm_sql(sql) for name, sql in indexes}
    snapshot["sqlite_master"].update({("sequence", name): kind for name, kind in sequences})  # type: ignore[union-attr]
    return snapshot


def _server_stores(postgres, tmp_path: Path) -> tuple[dict[str, object], dict[str, object]]:  # type: ignore[no-untyped-def]
    from alembic.script import ScriptDirectory

    from raadsviewer.storage.db import make_server_engine, server_url

    fresh_db, migrated_db = postgres.new_database(empty=True), postgres.new_database(empty=True)
    try:
        store = Store(postgres.url(fresh_db))
        try:
            fresh = _server_snapshot(store.engine)
        finally:
            store.close()
        steps = [rev.revision for rev in ScriptDirectory(str(db.MIGRATIONS_DIR)).walk_revisions("base", "heads")]
        engine = make_server_engine(*server_url(postgres.url(migrated_db)))
        try:
            for step in reversed(steps):
                upgrade(engine, step)
                assert db.current_revision(engine) == step
            migrated = _server_snapshot(engine)
        finally:
            engine.dispose()
    finally:
        postgres.drop_database(fresh_db)
        postgres.drop_database(migrated_db)
    return fresh, migrated


@pytest.mark.postgresql
def test_a_migrated_server_store_has_the_schema_of_a_new_one(postgres, tmp_path: Path) -> None:
    fresh, migrated = _server_stores(postgres, tmp_path)
    tables = fresh["tables"]
    assert isinstance(tables, dict) and {"annotation", "search_fts", "search_text", "number_counter"} <= set(tables)
    master = fresh["sqlite_master"]
    assert isinstance(master, dict)
    assert "using gin (terms)" in str(master[("index", "ix_search_fts_terms")])
    assert ("sequence", "search_unit_id_seq") in master  # unit ids from a sequence, not max + 1
    assert schema_differences(fresh, migrated) == []


@pytest.mark.postgresql
@pytest.mark.parametrize(
    ("mutate", "expected"),
    [(_mutate_add_column, "forgotten"), (_mutate_add_index, "ix_annotation_author"), (_mutate_type, "faction.columns")],
    ids=["column", "index", "type"],
)
def test_the_server_comparison_detects_a_model_change_without_migration(
    postgres, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mutate, expected: str
) -> None:  # type: ignore[no-untyped-def]
    changed = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    mutate(changed)
    monkeypatch.setattr(db, "Base", SimpleNamespace(metadata=changed))
    fresh, migrated = _server_stores(postgres, tmp_path)
    diffs = schema_differences(fresh, migrated)
    assert any(expected in d for d in diffs), diffs


@pytest.mark.postgresql
def test_an_older_server_store_is_upgraded_with_its_data_when_opened(postgres) -> None:
    """A server store at the previous migration: clerks opening it at once upgrade it once, and
    numbering goes on where its amendments stood."""
    from raadsviewer.services import items
    from raadsviewer.storage.db import make_server_engine, server_url

    name = postgres.new_database(empty=True)
    try:
        engine = make_server_engine(*server_url(postgres.url(name)))
        upgrade(engine, "0007_trust")
        engine.dispose()
        # an amendment made by the program of that time (its numbers were one past the highest)
        postgres.admin(
            "INSERT INTO dossier (id, title, body, created_at) VALUES ('d1', 'Oud dossier', '', now());"
            "INSERT INTO faction (id, name, colour, seats) VALUES ('f1', 'VVD', '#000000', 3);"
            "INSERT INTO amendment (id, dossier_id, faction_id, author, number, title, betreft, operation, old_text, "
            "new_text, rationale, cosigners_json, status, votes_json, created_at, updated_at, version, revision_id, "
            "deleted, official_number, draft_number) VALUES ('a1', 'd1', 'f1', 'x', 7, 't', '', 'schrappen', 'o', '', "
            "'', '[]', 'ingediend', '[]', now(), now(), 1, 'r', false, 7, 7)",
            database=name,
        )
        store = Store(postgres.url(name))
        try:
            assert db.current_revision(store.engine) == HEAD_REVISION
            with store.engine.connect() as conn:
                series = dict(
                    conn.execute(text("SELECT series, last FROM number_counter WHERE dossier_id = 'd1'")).all()
                )
            assert series == {"A": 7}  # the griffie's A-numbers go on where they stood
            with store.session() as session:
                assert items.take_number(session, "d1", "A") == 8
            assert store.integrity_check() == "ok"
        finally:
            store.close()
    finally:
        postgres.drop_database(name)


def test_sections_become_spans_of_their_document_and_back(store: Store, tmp_path: Path) -> None:
    """0010 replaced a section's copied body by its offset: upgrading finds the offset of the body the
    older schema held (counted in characters on both databases, whatever they are), and going back
    writes the same body again."""
    from alembic import command

    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.services.documents import import_document, open_dossier

    source = tmp_path / "brief.txt"
    source.write_text(
        "Brief over de jeugdhulp\n\n1. Financiën 💶\n\nDe kosten stijgen met 5 % — ‘te veel’, zeggen wij.\n\n"
        "1.1 Tarieven\n\nTarieven worden geïndexeerd.\n\n2. Zorg dichtbij\n\nIn de wijk. Ëén loket.\n",
        encoding="utf-8",
    )
    dossier = import_document(store, source, role=DocumentRole.BACKGROUND, dossier_title="Jeugdhulp").dossier
    before = open_dossier(store, dossier.id)
    texts = {d.id: d.text for d in before.documents}
    bodies = {s.id: s.body(texts[s.document_id]) for s in before.sections}
    assert len(bodies) >= 2 and any("💶" in b for b in bodies.values()) and any("Ëén" in b for b in bodies.values())

    command.downgrade(db.alembic_config(store.engine), "0009_server")
    with store.engine.connect() as conn:
        held = dict(conn.execute(text("SELECT id, text FROM section")).all())
    assert held == bodies

    upgrade(store.engine)
    after = open_dossier(store, dossier.id)
    assert {s.id: s.body(texts[s.document_id]) for s in after.sections} == bodies
    assert after.sections == before.sections


@pytest.mark.postgresql
def test_the_server_search_index_takes_new_units_through_its_pending_list_and_back(postgres) -> None:  # type: ignore[no-untyped-def]
    """0011 turned GIN's pending list on for the search terms; going back first moves what the
    list holds into the index (turning it off alone would leave it there), and a search finds the
    same throughout."""
    from alembic import command

    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.services.search import search

    name = postgres.new_database()
    store = Store(postgres.url(name))
    try:
        dossier = ensure_sample_dossier(store, Path(__file__).resolve().parents[2] / "resources" / "samples")
        postgres.admin("CREATE EXTENSION pgstattuple", database=name)

        def state() -> list[tuple[object, ...]]:
            return postgres.admin(
                "SELECT c.reloptions, s.pending_tuples FROM pg_class c, pgstatginindex('ix_search_fts_terms') s "
                "WHERE c.relname = 'ix_search_fts_terms'",
                database=name,
            )

        def found() -> list[tuple[str, str, int]]:
            return [(h.kind, h.item_id, h.start) for h in search(store, dossier.id, "jeugdhulp toegang").hits]

        before = found()
        assert before and state() == [(["fastupdate=on"], 0)]
        postgres.admin(  # units written past the program: they wait in the list
            "WITH gone AS (DELETE FROM search_fts WHERE rowid IN (SELECT rowid FROM search_fts LIMIT 50) "
            "RETURNING *) INSERT INTO search_fts SELECT * FROM gone",
            database=name,
        )
        [(_options, waiting)] = state()
        assert isinstance(waiting, int) and waiting > 0
        command.downgrade(db.alembic_config(store.engine), "0010_section_spans")
        assert state() == [(["fastupdate=off"], 0)]
        assert found() == before
        upgrade(store.engine)
        assert state() == [(["fastupdate=on"], 0)]
        assert found() == before
    finally:
        store.close()
        postgres.drop_database(name)


def test_the_merge_log_lists_its_revisions_in_one_text_and_back(store: Store, tmp_path: Path) -> None:
    """0012 replaced the merge log's row per added revision by one list per merge: upgrading
    gathers each merge's rows (per kind), going back writes them again with their items, and undo
    takes back exactly what the upgraded log names."""
    from alembic import command

    from raadsviewer.domain.model import AnnotationDraft, Visibility
    from raadsviewer.services import annotations as annotation_service
    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.services.exchange import undo_last_merge
    from raadsviewer.services.factions import add_faction

    dossier = ensure_sample_dossier(store, Path(__file__).resolve().parents[2] / "resources" / "samples")
    add_faction(store, "VVD", seats=3)
    notes = [
        annotation_service.add_annotation(
            store,
            dossier_id=dossier.id,
            faction="VVD",
            member="An",
            draft=AnnotationDraft(body=f"Punt {n}", visibility=Visibility.GRIFFIE),
            principle_number=n,
        )
        for n in (1, 2, 3)
    ]
    with store.engine.connect() as conn:
        revision_of = dict(conn.execute(text("SELECT annotation_id, id FROM annotation_revision")).all())
        faction = conn.execute(text("SELECT id FROM faction")).scalar()
    command.downgrade(db.alembic_config(store.engine), "0011_gin_pending_list")
    logged = {"m1": [notes[0].id], "m2": [notes[1].id, notes[2].id]}  # two merges, as the older program kept them
    with store.engine.begin() as conn:
        for ordinal, (merge, ids) in enumerate(logged.items(), 1):
            conn.execute(
                text(
                    "INSERT INTO merge_log (id, ordinal, package_sha256, dossier_id, faction_id, member, sequence, "
                    "package_created_at, merged_at, new, updated, unchanged, conflicts, report_json) VALUES "
                    "(:m, :o, :m, :d, :f, 'An', :o, '2026-01-01T00:00:00', :t, 1, 0, 0, 0, '{}')"
                ),
                {"m": merge, "o": ordinal, "d": dossier.id, "f": faction, "t": datetime(2026, 1, ordinal)},
            )
            for item in ids:
                conn.execute(
                    text(
                        "INSERT INTO merge_log_revision (merge_id, kind, revision_id, item_id, item_created) "
                        "VALUES (:m, 'annotation', :r, :i, :c)"
                    ),
                    {"m": merge, "r": revision_of[item], "i": item, "c": True},
                )

    upgrade(store.engine)
    with store.engine.connect() as conn:
        kept = {m: json.loads(j) for m, j in conn.execute(text("SELECT id, revisions_json FROM merge_log"))}
    assert kept == {m: {"annotation": sorted(revision_of[i] for i in ids)} for m, ids in logged.items()}

    command.downgrade(db.alembic_config(store.engine), "0011_gin_pending_list")
    with store.engine.connect() as conn:
        rows = sorted(
            tuple(r) for r in conn.execute(text("SELECT merge_id, revision_id, item_id FROM merge_log_revision"))
        )
    assert rows == sorted((m, revision_of[i], i) for m, ids in logged.items() for i in ids)

    upgrade(store.engine)
    assert undo_last_merge(store) == {"ordinal": 2, "revisions": 2, "items": 2}
    with store.engine.connect() as conn:
        assert set(conn.execute(text("SELECT id FROM annotation")).scalars()) == {notes[0].id}


def test_another_programs_alembic_database_is_not_called_a_newer_store(tmp_path: Path) -> None:
    """A database of some other program that keeps its schema version with Alembic too was called
    "made by a newer raadsviewer; update the program", which no update would cure."""
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('a1b2c3d4e5f6')")
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserFacingError) as info:
        Store(path)
    assert info.value.code == "store_unusable" and "not a raadsviewer store" in info.value.message("en")
    assert path.read_bytes() == before
