"""The amendment tables: a store from before them is upgraded in place, and the schema's own
rules (one number per dossier, known statuses) hold even for writes that bypass the services."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation
from raadsviewer.services import amendments as amendment_service
from raadsviewer.services.documents import ensure_sample_dossier, resolve_dossier
from raadsviewer.storage import db
from raadsviewer.storage.db import HEAD_REVISION, Store, make_engine, upgrade

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _draft() -> AmendmentDraft:
    return AmendmentDraft(
        title="Ruim", operation=AmendmentOperation.VERVANGEN, old_text="behoud", new_text="ruime", principle_number=3
    )


def test_store_at_0001_is_upgraded_with_its_data_and_takes_amendments(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    upgrade(engine, "0001_initial")
    engine.dispose()
    store = Store(path)  # at 0001: backed up, then upgraded
    try:
        assert db.current_revision(store.engine) == HEAD_REVISION
        ensure_sample_dossier(store, SAMPLES)
        dossier = resolve_dossier(store)
        a = amendment_service.add_amendment(store, dossier_id=dossier.id, faction="CDA", member="x", draft=_draft())
        assert a.label == "A1"
    finally:
        store.close()
    backups = list(tmp_path.glob(f"old.before-{HEAD_REVISION}.*.sqlite"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_initial",)]
        assert conn.execute("SELECT name FROM sqlite_master WHERE name='amendment'").fetchall() == []
    finally:
        conn.close()


def test_schema_rules_hold_below_the_services(sample_store) -> None:
    dossier = resolve_dossier(sample_store)
    a = amendment_service.add_amendment(sample_store, dossier_id=dossier.id, faction="CDA", member="x", draft=_draft())
    columns = (
        "id, dossier_id, faction_id, author, number, title, betreft, operation, old_text, new_text, rationale, "
        "cosigners_json, status, votes_json, created_at, updated_at, version, revision_id, deleted"
    )
    values = "'{id}', :d, :f, 'x', {n}, 't', '', '{op}', '', '', '', '[]', '{st}', '[]', '2024-01-01', '2024-01-01', 1, 'r', false"
    for n, op, st in ((1, "vervangen", "concept"), (2, "wijzigen", "concept"), (2, "vervangen", "besproken")):
        with pytest.raises(IntegrityError):
            with sample_store.engine.begin() as conn:
                conn.execute(
                    text(
                        f"INSERT INTO amendment ({columns}) VALUES ({values.format(id=f'x{n}{op}{st}', n=n, op=op, st=st)})"
                    ),
                    {"d": dossier.id, "f": a.faction_id},
                )


def test_deleting_a_dossier_removes_its_amendments_and_snapshots(sample_store, tmp_path: Path) -> None:
    from raadsviewer.services.drafts import export_draft

    dossier = resolve_dossier(sample_store)
    amendment_service.add_amendment(sample_store, dossier_id=dossier.id, faction="CDA", member="x", draft=_draft())
    export_draft(sample_store, dossier.id, "md", tmp_path / "d.md")
    with sample_store.engine.begin() as conn:
        conn.execute(text("DELETE FROM dossier"))
        counts = [
            conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
            for t in ("amendment", "amendment_revision", "draft_snapshot")
        ]
    assert counts == [0, 0, 0]
