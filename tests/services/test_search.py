"""Search over documents, annotations and amendments, kept up to date as things change."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation, AnnotationDraft, Visibility
from raadsviewer.services import amendments as amendment_service
from raadsviewer.services import annotations as annotation_service
from raadsviewer.services.documents import resolve_dossier
from raadsviewer.services.search import search
from tests.bench.search import QUERIES


@pytest.fixture
def dossier_id(sample_store) -> str:
    return resolve_dossier(sample_store).id


def test_accent_hyphen_and_stem_insensitive(sample_store, dossier_id: str) -> None:
    for query in ("de-medicaliseren", "demedicaliseren", "medicalisering"):
        results = search(sample_store, dossier_id, query)
        assert results.hits, query
        found = {h.document_title: h for h in results.hits}
        assert any(h.principle_number == 2 for h in results.hits), query
        assert any(h.section_heading == "Normaliseren en de-medicaliseren" for h in results.hits)
    hit = search(sample_store, dossier_id, "financiele").hits[0]
    assert "financiële" in [hit.snippet.text[s:e] for s, e in hit.snippet.ranges]
    assert found


def test_hits_are_structured_ranges_into_the_document(sample_store, dossier_id: str) -> None:
    from raadsviewer.services.documents import open_dossier

    view = open_dossier(sample_store, dossier_id)
    texts = {d.id: d.text for d in view.documents}
    results = search(sample_store, dossier_id, "toegangstaak")
    assert results.hits
    for hit in results.hits:
        assert hit.kind == "document"
        for s, e in hit.ranges:
            assert "toegangstaak" in texts[hit.document_id][s:e].lower()
        s, e = hit.snippet.ranges[0]
        assert (
            texts[hit.document_id][hit.start + hit.snippet.offset + s : hit.start + hit.snippet.offset + e]
            == hit.snippet.text[s:e]
        )
    groups = results.groups
    assert sum(len(g.hits) for g in groups) == len(results.hits)
    assert len({(g.document_id, g.principle_number) for g in groups}) == len(groups)


def test_annotations_and_amendments_are_indexed_on_every_change(sample_store, dossier_id: str) -> None:
    note = annotation_service.add_annotation(
        sample_store,
        dossier_id=dossier_id,
        faction="GroenLinks",
        member="An",
        draft=AnnotationDraft(body="Zorgen over de wachtlijsten in Dordrecht", visibility=Visibility.GRIFFIE),
        principle_number=7,
    )
    hits = search(sample_store, dossier_id, "wachtlijst").hits
    assert [(h.kind, h.item_id, h.principle_number, h.label) for h in hits] == [
        ("annotation", note.id, 7, "GroenLinks")
    ]
    annotation_service.update_annotation(
        sample_store,
        note.id,
        AnnotationDraft(body="Zorgen over het zwembad", visibility=Visibility.GRIFFIE),
        faction="GroenLinks",
    )
    assert not search(sample_store, dossier_id, "wachtlijst").hits
    assert search(sample_store, dossier_id, "zwembad").hits
    annotation_service.delete_annotation(sample_store, note.id, faction="GroenLinks")
    assert not search(sample_store, dossier_id, "zwembad").hits

    amendment = amendment_service.add_amendment(
        sample_store,
        dossier_id=dossier_id,
        faction="VVD",
        member="Bo",
        draft=AmendmentDraft(
            title="Toegang eerst",
            operation=AmendmentOperation.VERVANGEN,
            old_text="Versterken toegangstaak",
            new_text="Versterken van de lokale speeltuinen",
            principle_number=7,
        ),
    )
    hits = [h for h in search(sample_store, dossier_id, "speeltuin").hits]
    assert [(h.kind, h.field, h.label) for h in hits] == [("amendment", "new_text", amendment.label)]


def test_private_annotations_only_for_their_faction(sample_store, dossier_id: str) -> None:
    annotation_service.add_annotation(
        sample_store,
        dossier_id=dossier_id,
        faction="SP",
        member="Cas",
        draft=AnnotationDraft(body="Geheime strategie voor de stemming", visibility=Visibility.PRIVE),
        principle_number=3,
    )
    assert not search(sample_store, dossier_id, "strategie").hits
    assert not search(sample_store, dossier_id, "strategie", viewer_faction="VVD").hits
    assert search(sample_store, dossier_id, "strategie", viewer_faction="SP").hits


@pytest.mark.index_left_stale
def test_an_index_of_another_version_is_rebuilt_when_the_store_opens(sample_store, dossier_id: str) -> None:
    """No search repairs the index behind the services' back; a store whose index was made by
    another version of the analysis (an upgraded store) gets it rebuilt, once, when it opens."""
    from raadsviewer.storage import search_index
    from raadsviewer.storage.db import Store

    before = search(sample_store, dossier_id, "toegangstaak").hits
    assert before
    with sample_store.engine.begin() as conn:
        conn.execute(text("DELETE FROM search_fts"))
        conn.execute(text("DELETE FROM search_text"))
        conn.execute(text("DELETE FROM search_unit"))
    assert not search(sample_store, dossier_id, "toegangstaak").hits  # a search reads the index only
    with sample_store.engine.begin() as conn:
        conn.execute(text("UPDATE store_setting SET value = '1' WHERE key = :k"), {"k": search_index.SETTING})
    reopened = Store(sample_store.location) if sample_store.is_server else Store(sample_store.path)
    try:
        assert [(h.item_id, h.start, h.end) for h in search(reopened, dossier_id, "toegangstaak").hits] == [
            (h.item_id, h.start, h.end) for h in before
        ]
        with reopened.engine.connect() as conn:
            assert search_index.is_current(conn)
    finally:
        reopened.close()


def test_empty_query_and_unknown_dossier(sample_store, dossier_id: str) -> None:
    assert search(sample_store, dossier_id, "  ,.; ").hits == ()
    with pytest.raises(UserFacingError):
        search(sample_store, "no-such-dossier", "zorg")


def test_a_hit_names_the_innermost_section_around_it(sample_store, dossier_id: str) -> None:
    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.services.documents import import_bytes

    text = (
        "# Verdieping\n\nInleidende tekst over het kader.\n\n## Hoofdstuk wonen\n\nOver wonen in de wijk.\n\n"
        "### Beschut wonen\n\nHier staat het woord zeldzaamwoordxyz in een subparagraaf.\n\n"
        "## Hoofdstuk werk\n\nOver werk en zeldzaamwoordxyz in een hoofdstuk.\n"
    )
    import_bytes(sample_store, text.encode("utf-8"), name="verdieping.md", role=DocumentRole.BACKGROUND)
    hits = search(sample_store, dossier_id, "zeldzaamwoordxyz").hits
    assert sorted(h.section_heading for h in hits) == ["Beschut wonen", "Hoofdstuk werk"]


def test_snippets_of_markdown_show_what_a_reader_sees(sample_store, dossier_id: str) -> None:
    annotation_service.add_annotation(
        sample_store,
        dossier_id=dossier_id,
        principle_number=7,
        faction="GroenLinks",
        member="Anna",
        draft=AnnotationDraft(
            "De **toegang** moet [onafhankelijk](https://example.org) blijven.", visibility=Visibility.OPENBAAR
        ),
    )
    [hit] = [h for h in search(sample_store, dossier_id, "onafhankelijk").hits if h.kind == "annotation"]
    assert hit.snippet.text == "De toegang moet onafhankelijk blijven."
    assert [hit.snippet.text[s:e] for s, e in hit.snippet.ranges] == ["onafhankelijk"]


# The corpus queries (the search bench's, and one more): Dutch words with accents, hyphens, compounds,
# stems and numbers, on the sample dossier and the Groningen letter.
CORPUS_QUERIES = (*QUERIES, "Wat kost het versterken")


@pytest.mark.postgresql
def test_sqlite_and_a_server_find_the_same_on_the_corpus_queries(postgres, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """One analysis (domain.search) for both: FTS5 and the server's tsvector find exactly the
    same pieces, with the same highlights and groups. The order may differ a little (FTS5's BM25
    weighs a rare word of the query more than ts_rank does), never the best hit's place by more
    than two."""
    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.services.documents import ensure_sample_dossier, import_document
    from raadsviewer.storage.db import Store
    from tests.conftest import GRONINGEN, SAMPLES

    database = postgres.new_database()
    stores = [Store(tmp_path / "s.sqlite"), Store(postgres.url(database))]
    try:
        dossiers = []
        for store in stores:
            dossier = ensure_sample_dossier(store, SAMPLES)
            import_document(store, GRONINGEN, role=DocumentRole.BACKGROUND, dossier_title=dossier.title)
            annotation_service.add_annotation(
                store,
                dossier_id=dossier.id,
                faction="VVD",
                member="Piet",
                draft=AnnotationDraft("Wat kost het versterken van de toegang?", visibility=Visibility.GRIFFIE),
                principle_number=7,
            )
            dossiers.append(dossier)
        found_any = 0
        for query in CORPUS_QUERIES:
            on_sqlite, on_server = (
                [
                    (h.kind, h.field, h.document_title, h.principle_number, h.section_heading, h.start, h.end, h.ranges)
                    for h in search(store, dossier.id, query, 500).hits
                ]
                for store, dossier in zip(stores, dossiers, strict=True)
            )
            assert sorted(on_sqlite, key=repr) == sorted(on_server, key=repr), query
            if on_sqlite:
                found_any += 1
                assert on_sqlite[0] in on_server[:3], query
        assert found_any >= len(CORPUS_QUERIES) - 2  # the comparison is about hits, not about nothing
    finally:
        for store in stores:
            store.close()
        postgres.drop_database(database)


def test_a_paragraph_longer_than_a_unit_is_found_in_pieces_at_their_place(
    sample_store, dossier_id: str, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A block longer than ``UNIT_CHARS`` (one paragraph of a long file) is indexed as pieces cut
    at white space: each a unit of at most that length, together the whole block, and a hit in
    one is shown at its own place in the document."""
    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.services.documents import import_document, open_dossier
    from raadsviewer.storage.search_index import UNIT_CHARS

    words = [f"woord{i % 97}" for i in range(12_000)]
    words[9_000] = "zeldzaamwoord"
    path = tmp_path / "lang.txt"
    path.write_text("Een lange alinea\n\n" + " ".join(words) + "\n", encoding="utf-8")
    import_document(sample_store, path, role=DocumentRole.BACKGROUND)
    view = open_dossier(sample_store, dossier_id)
    document = next(d for d in view.documents if d.title == "Een lange alinea")
    with sample_store.session() as session:
        units = session.execute(
            text(
                'SELECT u.start, u."end", t.text FROM search_unit u JOIN search_text t ON t.unit_id = u.id '
                "WHERE u.item_id = :d ORDER BY u.start"
            ),
            {"d": document.id},
        ).all()
    long_block = [u for u in units if u[1] - u[0] > 100]
    assert len(long_block) >= 4  # some 95,000 characters: pieces of at most 20,000
    for start, end, piece in long_block:
        assert end - start <= UNIT_CHARS
        assert document.text[start:end] == piece
    assert all(a[1] == b[0] for a, b in zip(long_block, long_block[1:], strict=False))  # nothing left out
    assert all(document.text[u[1]].isspace() for u in long_block[:-1])  # no word cut in two
    [hit] = [h for h in search(sample_store, dossier_id, "zeldzaamwoord").hits if h.document_id == document.id]
    (s, e) = hit.ranges[0]
    assert document.text[s:e] == "zeldzaamwoord"
