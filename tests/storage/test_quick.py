"""The fast start reads exactly what the services read, and keeps SQLAlchemy out of start-up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from raadsviewer.domain.model import AnnotationDraft, DocumentRole, Stance, Visibility
from raadsviewer.services import annotations as annotation_service
from raadsviewer.services import documents as document_service
from raadsviewer.storage.quick import read_startup_view

pytestmark = pytest.mark.sqlite_only  # the fast start reads a SQLite file


def _annotate(store, dossier_id: str) -> str:
    add = annotation_service.add_annotation
    add(
        store,
        dossier_id=dossier_id,
        faction="GL",
        member="a",
        draft=AnnotationDraft("steun", Stance.STEUN),
        principle_number=1,
    )
    add(
        store,
        dossier_id=dossier_id,
        faction="VVD",
        member="b",
        draft=AnnotationDraft("privé", Stance.ZORG, Visibility.PRIVE),
        principle_number=2,
    )
    add(
        store,
        dossier_id=dossier_id,
        faction="GL",
        member="a",
        draft=AnnotationDraft("met citaat"),
        quote="SMART afspraken met aanbieders",
    )
    gone = add(store, dossier_id=dossier_id, faction="GL", member="a", draft=AnnotationDraft("weg"), principle_number=3)
    annotation_service.delete_annotation(store, gone.id, faction="GL")
    return gone.id


def assert_fast_view(fast_view, full, store) -> None:  # type: ignore[no-untyped-def]
    """The fast read is the service's read, except that the texts the first window does not show
    (background documents after the first tab, and their sections) are left out; get_document
    gives a document's text when its tab opens."""
    first_background = full.background[0].id if full.background else None
    shown = {d.id for d in full.documents if d.role is DocumentRole.FRAMEWORK or d.id == first_background}
    assert (fast_view.dossier, fast_view.principles) == (full.dossier, full.principles)
    assert fast_view.sections == tuple(s for s in full.sections if s.document_id in shown)
    for fast, read in zip(fast_view.documents, full.documents, strict=True):
        if read.role is DocumentRole.FRAMEWORK or read.id == first_background:
            assert fast == read
        else:
            assert fast == read._replace(text="", blocks=())
            assert document_service.get_document(store, fast.id) == read


def test_fast_read_equals_the_service_read(sample_store) -> None:
    dossier = document_service.resolve_dossier(sample_store)
    assert len(document_service.open_dossier(sample_store, dossier.id).background) > 1  # one text is left out
    deleted_id = _annotate(sample_store, dossier.id)
    for viewer in ("GL", "VVD", None):
        quick = read_startup_view(sample_store.path, viewer)
        assert quick is not None
        assert_fast_view(quick.view, document_service.open_dossier(sample_store, dossier.id), sample_store)
        expected = annotation_service.list_annotations(sample_store, dossier.id, viewer_faction=viewer)
        assert list(quick.annotations) == expected
        assert deleted_id not in {a.id for a in quick.annotations}
    assert (
        len(read_startup_view(sample_store.path, "VVD").annotations) == 1
    )  # its own privé note; GL's fractie notes are not VVD's
    assert len(read_startup_view(sample_store.path, "GL").annotations) == 2


def test_fast_read_declines_what_it_cannot_vouch_for(tmp_path: Path, sample_store) -> None:
    assert read_startup_view(tmp_path / "missing.sqlite", None) is None
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    assert read_startup_view(garbage, None) is None
    with sample_store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    assert read_startup_view(sample_store.path, None) is None


def test_fast_read_of_an_empty_store_is_none(store) -> None:
    assert read_startup_view(store.path, None) is None


def test_window_modules_do_not_import_sqlalchemy() -> None:
    code = (
        "import sys, raadsviewer.cli, raadsviewer.ui.app, raadsviewer.ui.main_window, raadsviewer.storage.quick\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'markdown_it'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_fast_read_leaves_out_older_versions_like_the_services(sample_store, tmp_path: Path) -> None:
    from raadsviewer.services.versions import import_new_version
    from tests.conftest import ZHZ

    changed = tmp_path / "zhz-vastgesteld.txt"
    changed.write_text(
        ZHZ.read_text(encoding="utf-8").replace("Versterken toegangstaak", "Versterken van de toegangstaak"),
        encoding="utf-8",
    )
    import_new_version(sample_store, changed, previous_title=ZHZ.name)
    dossier = document_service.resolve_dossier(sample_store)
    quick = read_startup_view(sample_store.path, None)
    expected = document_service.open_dossier(sample_store, dossier.id)
    assert_fast_view(quick.view, expected, sample_store)
    assert [d.source_name for d in quick.view.documents].count(ZHZ.name) == 0
    assert quick.view.principle(7).title == "Versterken van de toegangstaak"
