"""Importing documents into dossiers, the sample dossier, and what a dossier shows."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import DocumentRole, document_id_for, principle_id_for, section_id_for
from raadsviewer.services import documents as svc
from raadsviewer.storage.db import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"  # as in tests/conftest.py
GOLD = ROOT / "tests" / "gold.json"
ZHZ = SAMPLES / "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt"
WERKGROEP = SAMPLES / "werkgroep-jeugd-overdenkingen-inkoopkader-2020.txt"
DGJ = SAMPLES / "dgj-stand-van-zaken-inkoop-jeugdhulp-2021.txt"
GRONINGEN = SAMPLES / "groningen-reactie-initiatiefvoorstel-jeugdhulp-2020.txt"

GOLD_DATA = json.loads(GOLD.read_text(encoding="utf-8"))
ZHZ_TITLES = [title for _n, title in GOLD_DATA["documents"][ZHZ.name]["principles"]]

FRAMEWORK = DocumentRole.FRAMEWORK
BACKGROUND = DocumentRole.BACKGROUND


def _import(store, path, role=FRAMEWORK, dossier=None, **kw):
    return svc.import_document(store, Path(path), role=role, dossier_title=dossier, **kw)


# --- importing ----------------------------------------------------------------------------------


def test_import_framework_creates_dossier(store) -> None:
    steps: list[tuple[int, str]] = []
    result = _import(store, ZHZ, progress=lambda pct, step: steps.append((pct, step)))
    assert result.created_dossier
    assert result.principle_count == 13
    assert result.section_count > 0
    assert result.document.role is FRAMEWORK
    assert result.document.source_name == ZHZ.name
    assert result.document.sha256 == hashlib.sha256(result.document.text.encode("utf-8")).hexdigest()
    assert result.document.id == document_id_for(result.dossier.id, result.document.sha256)
    assert [d.id for d in svc.list_dossiers(store)] == [result.dossier.id]
    assert result.dossier.title  # named after the document when no title was given
    assert [pct for pct, _ in steps] == sorted(pct for pct, _ in steps) and steps[-1] == (100, "done")

    rows = svc.list_principles(store, result.dossier.id)
    assert [p.number for p, _ in rows] == list(range(1, 14))
    assert [p.title for p, _ in rows] == ZHZ_TITLES
    assert {d.id for _, d in rows} == {result.document.id}


def test_listing_principles_does_not_fetch_the_document_text_once_per_principle(store) -> None:
    # The document's text and blocks came along with every principle row: a framework of 10,000
    # points over 40 MB copied 400 GB out of SQLite and the listing never finished.
    from sqlalchemy import event

    result = _import(store, ZHZ)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        rows = svc.list_principles(store, result.dossier.id)
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    assert [p.title for p, _ in rows] == ZHZ_TITLES
    assert {d.title for _, d in rows} == {result.document.title}
    listing = [s for s in statements if "principle" in s.lower() and "document" in s.lower()]
    assert listing
    for statement in listing:
        for column in ("text", "blocks_json", "candidates_json", "facts_json"):
            assert f"document.{column}" not in statement.replace('"', ""), statement


def test_import_into_named_dossier_and_the_only_dossier(store) -> None:
    first = _import(store, ZHZ, dossier="Inkoop jeugdhulp")
    assert first.created_dossier and first.dossier.title == "Inkoop jeugdhulp"
    second = _import(store, WERKGROEP, BACKGROUND)  # no title: the single dossier
    assert not second.created_dossier and second.dossier.id == first.dossier.id
    assert second.principle_count == 0  # background documents have no principles
    third = _import(store, DGJ, BACKGROUND, dossier="Inkoop jeugdhulp")
    assert third.dossier.id == first.dossier.id
    assert len(svc.list_documents(store, first.dossier.id)) == 3
    stats = svc.document_stats(store)
    assert stats[first.document.id][0] == 13 and stats[second.document.id][0] == 0


def test_two_dossiers_need_a_title(store, dump) -> None:
    _import(store, ZHZ, dossier="Zuid-Holland Zuid")
    groningen = _import(store, GRONINGEN, dossier="Groningen")
    assert groningen.created_dossier and groningen.principle_count == 10
    before = dump(store)
    with pytest.raises(UserFacingError) as info:
        _import(store, WERKGROEP, BACKGROUND)
    assert info.value.code == "dossier_ambiguous"
    assert "Groningen" in info.value.params["titles"] and "Zuid-Holland Zuid" in info.value.params["titles"]
    assert dump(store) == before
    with pytest.raises(UserFacingError) as info:
        svc.resolve_dossier(store)
    assert info.value.code == "dossier_ambiguous"
    assert svc.resolve_dossier(store, "Groningen").id == groningen.dossier.id


def test_resolve_dossier_errors(store) -> None:
    with pytest.raises(UserFacingError) as info:
        svc.resolve_dossier(store)
    assert info.value.code == "no_dossier"
    _import(store, ZHZ, dossier="Een")
    with pytest.raises(UserFacingError) as info:
        svc.resolve_dossier(store, "Twee")
    assert info.value.code == "dossier_not_found" and info.value.params == {"title": "Twee"}


def test_reimport_is_refused_and_changes_nothing(store, dump, tmp_path: Path) -> None:
    first = _import(store, ZHZ)
    before = dump(store)
    with pytest.raises(UserFacingError) as info:
        _import(store, ZHZ)
    assert info.value.code == "document_already_imported"
    assert info.value.params == {"name": ZHZ.name, "title": first.document.title}
    assert dump(store) == before
    renamed = tmp_path / "kopie-met-andere-naam.txt"  # same content under another name
    shutil.copyfile(ZHZ, renamed)
    with pytest.raises(UserFacingError) as info:
        _import(store, renamed, BACKGROUND)
    assert info.value.code == "document_already_imported"
    assert dump(store) == before


def test_a_second_framework_beside_the_first_is_refused_and_changes_nothing(store, dump) -> None:
    """A second framework imported into a dossier gave two principles 1, and selecting the one
    showed the other: notes written there went to the wrong principle. A dossier answers one
    framework; a new version of it, a background document or a new dossier all still work."""
    first = _import(store, ZHZ)
    before = dump(store)
    with pytest.raises(UserFacingError) as info:
        _import(store, GRONINGEN, dossier=first.dossier.title)
    assert info.value.code == "second_framework"
    assert first.document.title in info.value.message("nl") and GRONINGEN.name in info.value.message("en")
    assert dump(store) == before
    _import(store, GRONINGEN, BACKGROUND, dossier=first.dossier.title)  # beside it: fine
    other = _import(store, GRONINGEN, dossier="Initiatiefvoorstel jeugdhulp")  # a dossier of its own
    assert other.created_dossier and other.principle_count == 10


def test_same_file_in_another_dossier_is_another_document(store) -> None:
    a = _import(store, ZHZ, dossier="A")
    b = _import(store, ZHZ, dossier="B")
    assert a.document.sha256 == b.document.sha256
    assert a.document.id != b.document.id


def _sparse_big(path: Path) -> Path:
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)
    return path


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda d: (d / "leeg.txt").write_bytes(b"") and None or d / "leeg.txt", "empty_file"),
        (
            lambda d: (d / "plaatje.txt").write_bytes(bytes(range(256)) * 64) and None or d / "plaatje.txt",
            "binary_file",
        ),
        (lambda d: (d / "stuk.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n") and None or d / "stuk.pdf", "pdf_unreadable"),
        (lambda d: (d / "stuk.PDF").write_bytes(b"%PDF-1.7\n") and None or d / "stuk.PDF", "pdf_unreadable"),
        (lambda d: d / "bestaat-niet.txt", "file_not_found"),
        (lambda d: d, "file_is_folder"),  # a folder: said so, not "not found"
        (lambda d: _sparse_big(d / "groot.txt"), "file_too_large"),
    ],
    ids=["empty", "binary", "pdf", "PDF", "missing", "folder", "too-large"],
)
@pytest.mark.parametrize("start", ["empty-store", "sample-store"])
def test_bad_files_store_nothing(request, tmp_path: Path, dump, make, code: str, start: str) -> None:
    store = request.getfixturevalue("store" if start == "empty-store" else "sample_store")
    folder = tmp_path / "input"
    folder.mkdir()
    path = make(folder)
    before = dump(store)
    with pytest.raises(UserFacingError) as info:
        _import(store, path, dossier="Nieuw dossier")
    assert info.value.code == code
    assert info.value.message("nl") and info.value.message("en")  # worded, not a bare code
    assert dump(store) == before


def test_too_large_message_names_the_limit(store, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as info:
        _import(store, _sparse_big(tmp_path / "groot.txt"))
    assert info.value.params["limit_mb"] == 50
    assert "50 MB" in info.value.message("en")


# --- the sample dossier -------------------------------------------------------------------------


def test_sample_dossier_loads_three_documents(store, dump) -> None:
    from raadsviewer.domain.reading import read_document

    dossier = svc.ensure_sample_dossier(store, SAMPLES)
    assert dossier is not None
    assert dossier.title == svc.SAMPLE_DOSSIER_TITLE and dossier.body == svc.SAMPLE_DOSSIER_BODY
    view = svc.open_dossier(store, dossier.id)
    assert [d.source_name for d in view.documents] == [ZHZ.name, WERKGROEP.name, DGJ.name]
    assert view.framework is not None and view.framework.source_name == ZHZ.name
    assert [d.source_name for d in view.background] == [WERKGROEP.name, DGJ.name]
    assert len(view.principles) == 13
    reported = read_document(ZHZ.read_bytes(), name=ZHZ.name, role=FRAMEWORK).facts.get("deadline")
    expected = date.fromisoformat(reported) if reported else None
    assert dossier.deadline == expected
    assert expected == date(2020, 11, 19)  # gold.json: the ZHZ letter asks for views by 19 Nov 2020

    before = dump(store)
    assert svc.ensure_sample_dossier(store, SAMPLES) is None  # second run: nothing to do
    assert dump(store) == before


def test_sample_dossier_without_samples_folder(store, tmp_path: Path, dump) -> None:
    before = dump(store)
    assert svc.ensure_sample_dossier(store, tmp_path / "weg") is None
    assert dump(store) == before


def test_open_dossier_returns_everything(sample_store) -> None:
    dossier = svc.resolve_dossier(sample_store)
    view = svc.open_dossier(sample_store, dossier.id)
    assert view.dossier == dossier
    assert len(view.documents) == 3
    for doc in view.documents:
        assert doc.text and doc.blocks
        assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)
        assert view.sections_of(doc.id), f"no sections in {doc.source_name}"
        assert [s.ordinal for s in view.sections_of(doc.id)] == list(range(len(view.sections_of(doc.id))))
        assert all(
            s.document_id == doc.id and s.id == section_id_for(doc.id, s.ordinal) for s in view.sections_of(doc.id)
        )
    framework = view.framework
    assert framework is not None
    assert [p.number for p in view.principles] == list(range(1, 14))
    assert [p.title for p in view.principles] == ZHZ_TITLES
    for p in view.principles:
        assert p.document_id == framework.id
        assert p.id == principle_id_for(framework.id, p.number)
        assert framework.text[p.start : p.end] == p.text
    assert view.principle(7) is not None and view.principle(7).title == "Versterken toegangstaak"
    assert view.principle(14) is None
    docs = svc.list_documents(sample_store)
    assert [d.id for d in docs] == [d.id for d in view.documents]
    assert all(d.text == "" for d in docs)  # the list does not carry the texts


def test_open_unknown_dossier(store) -> None:
    with pytest.raises(UserFacingError) as info:
        svc.open_dossier(store, "no-such-dossier")
    assert info.value.code == "dossier_not_found"


def test_ids_are_the_same_in_two_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two laptops importing the same file into the same dossier get the same ids."""
    monkeypatch.setattr(svc, "new_id", lambda: "11111111-2222-4333-8444-555555555555")
    views = []
    for name in ("laptop-a.sqlite", "laptop-b.sqlite"):
        store = Store(tmp_path / name)
        try:
            _import(store, ZHZ, dossier="Inkoopkader")
            _import(store, WERKGROEP, BACKGROUND)
            views.append(svc.open_dossier(store, "11111111-2222-4333-8444-555555555555"))
        finally:
            store.close()
    a, b = views
    assert [d.id for d in a.documents] == [d.id for d in b.documents]
    assert [p.id for p in a.principles] == [p.id for p in b.principles]
    assert [s.id for s in a.sections] == [s.id for s in b.sections]
    for doc in a.documents:
        assert doc.id == document_id_for("11111111-2222-4333-8444-555555555555", doc.sha256)
    assert a.principles[0].id == principle_id_for(a.framework.id, 1)
    # and a different dossier id gives different ids
    assert document_id_for("another-dossier", a.framework.sha256) != a.framework.id


def test_an_interrupted_first_start_is_completed_next_time(store, monkeypatch) -> None:
    """A first start killed after the framework was stored leaves a partial sample dossier;
    the next start adds the missing documents instead of leaving it half-made forever."""
    real_import = svc.import_document
    calls = {"n": 0}

    def import_then_die(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # stands in for the process being killed
        return real_import(*args, **kwargs)

    monkeypatch.setattr(svc, "import_document", import_then_die)
    with pytest.raises(KeyboardInterrupt):
        svc.ensure_sample_dossier(store, SAMPLES)
    dossier = svc.resolve_dossier(store)
    assert len(svc.list_documents(store, dossier.id)) == 1
    monkeypatch.setattr(svc, "import_document", real_import)

    assert svc.ensure_sample_dossier(store, SAMPLES) is not None
    assert [d.source_name for d in svc.list_documents(store, dossier.id)] == [ZHZ.name, WERKGROEP.name, DGJ.name]
    assert svc.ensure_sample_dossier(store, SAMPLES) is None


def test_no_sample_dossier_beside_a_users_own_dossier(store) -> None:
    svc.import_document(store, GRONINGEN, role=FRAMEWORK, dossier_title="Eigen dossier")
    assert svc.ensure_sample_dossier(store, SAMPLES) is None
    assert [d.title for d in svc.list_dossiers(store)] == ["Eigen dossier"]


def test_a_councils_own_dossier_under_the_samples_title_gets_no_sample_files(store, tmp_path: Path, dump) -> None:
    """The sample was known by its title only: a griffie that imported its framework under that
    title (the README's example) had the sample's background documents added at a start, and the
    next edition of its dossier took them to every laptop; a laptop whose griffie's dossier bears
    the title got them too. Only the sample this store made is completed."""
    from tests.services.trust_support import dossier_file, griffie, member_laptop

    svc.import_document(store, ZHZ, role=FRAMEWORK, dossier_title=svc.SAMPLE_DOSSIER_TITLE)
    before = dump(store)
    assert svc.ensure_sample_dossier(store, SAMPLES) is None
    assert dump(store) == before

    clerk = griffie(tmp_path / "griffie.sqlite")  # the griffie's dossier is the sample itself
    path, fingerprint = dossier_file(clerk, tmp_path / "jeugd.raadsdossier")
    clerk.close()
    laptop = member_laptop(tmp_path / "laptop.sqlite", "Groen", "Gea", path, fingerprint)
    [dossier] = svc.list_dossiers(laptop)
    assert dossier.title == svc.SAMPLE_DOSSIER_TITLE and dossier.body == svc.SAMPLE_DOSSIER_BODY
    documents = [d.source_name for d in svc.list_documents(laptop, dossier.id)]
    assert svc.ensure_sample_dossier(laptop, SAMPLES) is None
    assert [d.source_name for d in svc.list_documents(laptop, dossier.id)] == documents
    laptop.close()


def test_a_sample_cut_short_is_completed_at_the_next_start(store, tmp_path: Path) -> None:
    """A first start that stopped after the sample's first file: the next start adds what the
    sample misses (it is marked as this store's sample when it is made, before its first file)."""
    partial = tmp_path / "eerste"
    partial.mkdir()
    shutil.copy(ZHZ, partial / ZHZ.name)
    made = svc.ensure_sample_dossier(store, partial)
    assert made is not None and [d.source_name for d in svc.list_documents(store, made.id)] == [ZHZ.name]
    again = svc.ensure_sample_dossier(store, SAMPLES)
    assert again is not None and again.id == made.id
    assert [d.source_name for d in svc.list_documents(store, made.id)] == [ZHZ.name, WERKGROEP.name, DGJ.name]


@pytest.mark.parametrize(("bound", "value"), [("RAADSVIEWER_PDF_MEMORY_MB", "60"), ("RAADSVIEWER_PDF_SECONDS", "0.05")])
def test_a_pdf_that_takes_more_than_its_bounds_is_refused_and_changes_nothing(
    store, dump, tmp_path: Path, monkeypatch, bound: str, value: str
) -> None:
    """A PDF is read in a process of its own with a memory and a time bound: a file that makes
    PDFium take more (here: 150,000 glyphs on a page, under a bound made small) is refused with a
    message, the program goes on and the store is as it was. The same file within the usual
    bounds reads."""
    import time

    from tests.formats.test_formats import _pdf_with_content

    _import(store, ZHZ)
    dense = tmp_path / "zwaar.pdf"
    dense.write_bytes(_pdf_with_content(b"BT /F1 1 Tf 10 10 Td " + b"(a) Tj " * 150_000 + b"ET"))
    before = dump(store)
    monkeypatch.setenv(bound, value)
    started = time.perf_counter()
    with pytest.raises(UserFacingError) as info:
        _import(store, dense, BACKGROUND, dossier=None)
    assert time.perf_counter() - started < 10
    assert info.value.code == "pdf_too_heavy" and info.value.params["name"] == "zwaar.pdf"
    assert "zwaar.pdf" in info.value.message("nl") and "zwaar.pdf" in info.value.message("en")
    assert dump(store) == before
    monkeypatch.delenv(bound)
    assert _import(store, dense, BACKGROUND).document.title
