"""One search over a dossier's documents, annotations and amendments (SQLite FTS5).

The index (``search_unit`` rows + the ``search_fts`` FTS5 table, see storage.models) holds one
unit per block of a document and per text field of an annotation or amendment, as pre-normalised
terms (:mod:`raadsviewer.domain.search`). It is kept up to date three ways:

* documents are indexed when they are imported (services.documents, services.versions);
* annotations and amendments are re-indexed in the same transaction as any change to them, by a
  listener on every ORM flush (registered when this module is imported; services.documents
  imports it, so every program that can change the store has it);
* every search first reconciles: items whose revision differs from the indexed one (written by a
  path that bypassed the ORM, e.g. an older program version) are re-indexed, and units of items
  that are gone are dropped. This costs two indexed queries.

Private annotations of other factions are never returned.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from raadsviewer.domain.access import Viewer, amendment_visibility, may_see
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Block, BlockKind
from raadsviewer.domain.rendering import plain_with_ranges
from raadsviewer.domain.search import HitFinder, Query, Snippet, index_text, parse_query, snippet
from raadsviewer.storage.codec import blocks_from_json
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import AmendmentRow, AnnotationRow, DocumentRow

MAX_LIMIT = 500
# BM25 is computed for at most this many matching units (in index order) before the best are
# taken: a word found in nearly every paragraph of 20 MB of text would otherwise cost ~50 ms of
# ranking alone. Below it (any query that is not about the dossier's most common words) the
# ranking is exact.
RANK_WINDOW = 2000
AMENDMENT_FIELDS = ("title", "old_text", "new_text", "rationale")
MARKDOWN_FIELDS = ("body", "rationale")  # what members write in Markdown


# --- indexing ---------------------------------------------------------------------------------


def _insert_units(conn: Connection, rows: Sequence[dict[str, object]], texts: Sequence[str]) -> None:
    if not rows:
        return
    first = conn.execute(text("SELECT coalesce(max(id), 0) FROM search_unit")).scalar() or 0
    for i, row in enumerate(rows):
        row["id"] = first + 1 + i
    conn.execute(
        text(
            'INSERT INTO search_unit (id, dossier_id, kind, item_id, field, revision, document_id, principle_id, start, "end") '
            "VALUES (:id, :dossier_id, :kind, :item_id, :field, :revision, :document_id, :principle_id, :start, :end)"
        ),
        list(rows),
    )
    conn.execute(
        text("INSERT INTO search_fts (rowid, terms) VALUES (:id, :terms)"),
        [{"id": row["id"], "terms": terms} for row, terms in zip(rows, texts, strict=True)],
    )


def _drop_units(conn: Connection, kind: str, item_ids: Iterable[str]) -> None:
    ids = list(item_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join(f":i{k}" for k in range(len(chunk)))
        params: dict[str, object] = {f"i{k}": v for k, v in enumerate(chunk)}
        params["kind"] = kind
        where = f"kind = :kind AND item_id IN ({marks})"
        conn.execute(text(f"DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_unit WHERE {where})"), params)
        conn.execute(text(f"DELETE FROM search_unit WHERE {where}"), params)


def _principle_spans(conn: Connection, document_id: str) -> list[tuple[int, int, str]]:
    return [
        (r[0], r[1], r[2])
        for r in conn.execute(
            text('SELECT start, "end", id FROM principle WHERE document_id = :d AND active ORDER BY start'),
            {"d": document_id},
        )
    ]


def _principle_at(spans: list[tuple[int, int, str]], start: int) -> str | None:
    i = bisect.bisect_right([s for s, _e, _i in spans], start) - 1
    if i >= 0 and spans[i][0] <= start < max(spans[i][1], spans[i][0] + 1):
        return spans[i][2]
    return None


_INDEX_CHUNK = 5_000  # units written per statement batch: a large document is indexed in bounded memory


def index_document(conn: Connection, document: DocumentRow, blocks: Sequence[Block] | None = None) -> int:
    """(Re-)index one document, a unit per block; returns the number of units.

    ``blocks``: the document's blocks when the caller has them (an import), else read from the
    row. Units go in through the driver in batches: a 50 MB text has some 300 000 blocks, and
    neither a list of them all nor SQLAlchemy's per-row parameter handling is needed.
    """
    _drop_units(conn, "document", [document.id])
    if blocks is None:
        blocks = blocks_from_json(document.blocks_json, document.text)
    spans = _principle_spans(conn, document.id)
    starts = [s for s, _e, _i in spans]
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    next_id = (cursor.execute("SELECT coalesce(max(id), 0) FROM search_unit").fetchone() or (0,))[0] + 1
    units: list[tuple[object, ...]] = []
    terms_rows: list[tuple[int, str]] = []
    count = 0

    def flush() -> None:
        cursor.executemany(
            'INSERT INTO search_unit (id, dossier_id, kind, item_id, field, revision, document_id, principle_id, start, "end") '
            "VALUES (?, ?, 'document', ?, ?, ?, ?, ?, ?, ?)",
            units,
        )
        cursor.executemany("INSERT INTO search_fts (rowid, terms) VALUES (?, ?)", terms_rows)
        units.clear()
        terms_rows.clear()

    for block in blocks:
        terms = index_text(block.text)
        if not terms:
            continue
        principle = None
        if spans:
            i = bisect.bisect_right(starts, block.start) - 1
            if i >= 0 and spans[i][0] <= block.start < max(spans[i][1], spans[i][0] + 1):
                principle = spans[i][2]
        field = "heading" if block.kind is BlockKind.HEADING else "text"
        units.append(
            (
                next_id,
                document.dossier_id,
                document.id,
                field,
                document.sha256,
                document.id,
                principle,
                block.start,
                block.end,
            )
        )
        terms_rows.append((next_id, terms))
        next_id += 1
        count += 1
        if len(units) >= _INDEX_CHUNK:
            flush()
    if units:
        flush()
    cursor.close()
    return count


def _principle_document(conn: Connection, principle_id: str | None) -> str | None:
    if principle_id is None:
        return None
    return conn.execute(text("SELECT document_id FROM principle WHERE id = :p"), {"p": principle_id}).scalar()


def _index_item(conn: Connection, kind: str, item: dict[str, object], fields: Sequence[str]) -> None:
    _drop_units(conn, kind, [str(item["id"])])
    if item["deleted"]:
        return
    document_id = item["document_id"] or _principle_document(conn, item["principle_id"])  # type: ignore[arg-type]
    rows, texts = [], []
    for field in fields:
        value = str(item[field] or "")
        terms = index_text(value)
        if not terms:
            continue
        rows.append(
            {
                "dossier_id": item["dossier_id"],
                "kind": kind,
                "item_id": item["id"],
                "field": field,
                "revision": item["revision_id"],
                "document_id": document_id,
                "principle_id": item["principle_id"],
                "start": 0,
                "end": len(value),
            }
        )
        texts.append(terms)
    _insert_units(conn, rows, texts)


_ANNOTATION_SQL = (
    "SELECT id, dossier_id, document_id, principle_id, body, revision_id, deleted FROM annotation WHERE id IN ({})"
)
_AMENDMENT_SQL = (
    "SELECT id, dossier_id, document_id, principle_id, title, old_text, new_text, rationale, revision_id, deleted "
    "FROM amendment WHERE id IN ({})"
)


def reindex_items(conn: Connection, kind: str, ids: Iterable[str]) -> None:
    """Re-index annotations or amendments by id (gone ones lose their units)."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return
    sql, fields = (_ANNOTATION_SQL, ("body",)) if kind == "annotation" else (_AMENDMENT_SQL, AMENDMENT_FIELDS)
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join(f":i{k}" for k in range(len(chunk)))
        for row in conn.execute(text(sql.format(marks)), {f"i{k}": v for k, v in enumerate(chunk)}).mappings():
            found.add(row["id"])
            _index_item(conn, kind, dict(row), fields)
    _drop_units(conn, kind, [i for i in ids if i not in found])


_checked: dict[tuple[int, str], tuple[object, ...]] = {}  # (engine id, dossier) -> fingerprint


def _fingerprint(conn: Connection, dossier_id: str) -> tuple[object, ...]:
    """Changes whenever a document, annotation or amendment of the dossier is added, changed or
    removed, by any program (every change bumps ``version``/``updated_at``; hard deletes the count)."""
    row = conn.execute(
        text(
            # rowids only: the covering index answers, no 100 kB document row is read
            "SELECT (SELECT count(*) || ':' || coalesce(sum(rowid), 0) FROM document WHERE dossier_id = :d), "
            "(SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at), '') "
            " FROM annotation WHERE dossier_id = :d), "
            "(SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at), '') "
            " FROM amendment WHERE dossier_id = :d), "
            "(SELECT count(*) FROM search_unit INDEXED BY ix_search_unit_item "
            " WHERE kind IN ('annotation', 'amendment') AND dossier_id = :d)"
        ),
        {"d": dossier_id},
    ).one()
    return tuple(row)


def refresh(conn: Connection, dossier_id: str, *, force: bool = False) -> int:
    """Bring the dossier's index up to date; returns the number of items re-indexed.

    Skipped (a single cheap query) when nothing in the dossier changed since the last check.
    """
    key = (id(conn.engine), dossier_id)
    fingerprint = _fingerprint(conn, dossier_id)
    if not force and _checked.get(key) == fingerprint:
        return 0
    count = _refresh(conn, dossier_id)
    _checked[key] = _fingerprint(conn, dossier_id) if count else fingerprint
    return count


def _refresh(conn: Connection, dossier_id: str) -> int:
    count = 0
    stale_docs = (
        conn.execute(
            text(
                "SELECT d.id FROM document d WHERE d.dossier_id = :d AND NOT EXISTS (SELECT 1 FROM search_unit u "
                "WHERE u.kind = 'document' AND u.item_id = d.id AND u.revision = d.sha256)"
            ),
            {"d": dossier_id},
        )
        .scalars()
        .all()
    )
    for doc_id in stale_docs:
        row = conn.execute(
            text("SELECT id, dossier_id, sha256, text, blocks_json FROM document WHERE id = :i"), {"i": doc_id}
        ).first()
        if row is not None and row.blocks_json != "[]":
            index_document(conn, row)  # type: ignore[arg-type]
            count += 1
    for kind, table in (("annotation", "annotation"), ("amendment", "amendment")):
        stale = (
            conn.execute(
                text(
                    f"SELECT a.id FROM {table} a WHERE a.dossier_id = :d AND a.deleted = 0 AND NOT EXISTS "
                    f"(SELECT 1 FROM search_unit u WHERE u.kind = '{kind}' AND u.item_id = a.id AND u.revision = a.revision_id) "
                    f"UNION SELECT DISTINCT u.item_id FROM search_unit u WHERE u.kind = '{kind}' AND u.dossier_id = :d "
                    f"AND NOT EXISTS (SELECT 1 FROM {table} a WHERE a.id = u.item_id AND a.deleted = 0 AND a.revision_id = u.revision)"
                ),
                {"d": dossier_id},
            )
            .scalars()
            .all()
        )
        if stale:
            reindex_items(conn, kind, stale)
            count += len(stale)
    return count


@event.listens_for(Session, "after_flush")
def _index_changed_items(session: Session, _context: object) -> None:
    """Annotations and amendments changed in this flush are re-indexed in the same transaction."""
    changed: dict[str, set[str]] = {"annotation": set(), "amendment": set()}
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, AnnotationRow):
            changed["annotation"].add(obj.id)
        elif isinstance(obj, AmendmentRow):
            changed["amendment"].add(obj.id)
    if not changed["annotation"] and not changed["amendment"]:
        return
    conn = session.connection()
    for kind, ids in changed.items():
        reindex_items(conn, kind, ids)


# --- searching --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One matching piece of text.

    ``kind``: "document" (a block of a document), "annotation" or "amendment"; ``field`` the
    field of the item that matched ("text"/"heading" for documents; "body"; "title", "old_text",
    "new_text", "rationale"). ``start``/``end`` and ``ranges`` are offsets into the document's
    text (documents) or into the field's text (items). ``snippet.ranges`` are offsets into
    ``snippet.text``. ``label``: the amendment's "A3" or the annotation's faction.
    """

    kind: str
    item_id: str
    field: str
    document_id: str | None
    document_title: str | None
    principle_number: int | None
    section_heading: str | None
    page: int | None
    start: int
    end: int
    ranges: tuple[tuple[int, int], ...]
    snippet: Snippet
    score: float
    label: str = ""


@dataclass(frozen=True, slots=True)
class SearchGroup:
    """The hits of one document and principle (``principle_number`` None: outside the principles)."""

    document_id: str | None
    document_title: str | None
    principle_number: int | None
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    terms: tuple[tuple[str, ...], ...]  # per query word, the terms searched for
    hits: tuple[SearchHit, ...]  # best first
    groups: tuple[SearchGroup, ...]  # groups in the order of their best hit


def search(
    store: Store,
    dossier_id: str,
    query: str,
    limit: int = 50,
    *,
    viewer_faction: str | None = None,
    include_superseded: bool = False,
) -> SearchResults:
    """Search the dossier; hits best first (BM25 on the normalised terms), grouped per document
    and principle. Older versions of a document are left out unless ``include_superseded``."""
    parsed = parse_query(query)
    limit = max(1, min(int(limit), MAX_LIMIT))
    if parsed.empty:
        return SearchResults(query, (), (), ())
    with store.session() as session:
        conn = session.connection()
        if conn.execute(text("SELECT 1 FROM dossier WHERE id = :d"), {"d": dossier_id}).first() is None:
            raise UserFacingError("dossier_not_found", title=dossier_id)
        refresh(conn, dossier_id)
        from raadsviewer.services.roles import viewer_for

        hidden = _hidden_items(conn, dossier_id, viewer_for(session, viewer_faction))
        superseded = set() if include_superseded else _superseded(conn, dossier_id)
        rows = conn.execute(
            text(
                'SELECT u.id, u.kind, u.item_id, u.field, u.document_id, u.principle_id, u.start, u."end", m.rank '
                "FROM (SELECT f.rowid AS id, f.rank AS rank FROM search_fts f CROSS JOIN search_unit su ON su.id = f.rowid "
                "      WHERE search_fts MATCH :q AND su.dossier_id = :d LIMIT :window) m "
                "JOIN search_unit u ON u.id = m.id ORDER BY m.rank LIMIT :n"
            ),
            {"q": parsed.fts(), "d": dossier_id, "n": limit * 2 + 20, "window": RANK_WINDOW},
        ).all()
        rows = [r for r in rows if r.item_id not in hidden and r.document_id not in superseded][:limit]
        hits = _hits(conn, rows, parsed)
    groups: dict[tuple[str | None, int | None], list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault((hit.document_id, hit.principle_number), []).append(hit)
    return SearchResults(
        query=query,
        terms=parsed.groups,
        hits=tuple(hits),
        groups=tuple(
            SearchGroup(doc_id, g[0].document_title, number, tuple(g)) for (doc_id, number), g in groups.items()
        ),
    )


def _hidden_items(conn: Connection, dossier_id: str, viewer: Viewer) -> set[str]:
    """The annotations and amendments the viewer may not see (``domain.access.may_see``)."""
    hidden = {
        item
        for item, faction_id, visibility, author in conn.execute(
            text("SELECT id, faction_id, visibility, author FROM annotation WHERE dossier_id = :d"), {"d": dossier_id}
        )
        if not may_see(viewer, faction_id, visibility, author)
    }
    hidden.update(
        item
        for item, faction_id, status in conn.execute(
            text("SELECT id, faction_id, status FROM amendment WHERE dossier_id = :d"), {"d": dossier_id}
        )
        if not may_see(viewer, faction_id, amendment_visibility(status))
    )
    return hidden


def _superseded(conn: Connection, dossier_id: str) -> set[str]:
    rows = conn.execute(
        text("SELECT previous_version_id FROM document WHERE dossier_id = :d AND previous_version_id IS NOT NULL"),
        {"d": dossier_id},
    )
    return set(rows.scalars())


def _in(name: str, values: Sequence[object]) -> tuple[str, dict[str, object]]:
    marks = ",".join(f":{name}{k}" for k in range(len(values)))
    return f"({marks})", {f"{name}{k}": v for k, v in enumerate(values)}


def _hits(conn: Connection, rows: Sequence, parsed: Query) -> list[SearchHit]:  # type: ignore[type-arg]
    """The hits with their text, snippet, section, page and principle, read in a few queries."""
    if not rows:
        return []
    doc_ids = sorted({r.document_id for r in rows if r.document_id})
    titles: dict[str, str] = {}
    pages: dict[str, list[tuple[int, int, int]]] = {}
    if doc_ids:
        marks, params = _in("d", doc_ids)
        titles = dict(conn.execute(text(f"SELECT id, title FROM document WHERE id IN {marks}"), params).all())
        for doc_id, start, end, page in conn.execute(
            text(f'SELECT document_id, start, "end", page FROM document_page WHERE document_id IN {marks}'), params
        ):
            pages.setdefault(doc_id, []).append((start, end, page))
    unit_ids = [r.id for r in rows if r.kind == "document"]
    pieces: dict[int, str] = {}
    sections: dict[int, list[tuple[int, int, str]]] = {}  # per hit, the sections around its start
    if unit_ids:
        marks, params = _in("u", unit_ids)
        for unit_id, start, end, heading in conn.execute(
            text(
                'SELECT u.id, s.start, s."end", s.heading FROM search_unit u JOIN section s '
                'ON s.document_id = u.document_id AND s.start <= u.start AND u.start <= s."end" '
                f"WHERE u.id IN {marks}"
            ),
            params,
        ):
            sections.setdefault(unit_id, []).append((start, end, heading))
        pieces = dict(
            conn.execute(
                text(
                    'SELECT u.id, substr(d.text, u.start + 1, u."end" - u.start) FROM search_unit u '
                    f"JOIN document d ON d.id = u.document_id WHERE u.id IN {marks}"
                ),
                params,
            ).all()
        )
    principle_ids = sorted({r.principle_id for r in rows if r.principle_id})
    numbers: dict[str, int] = {}
    if principle_ids:
        marks, params = _in("p", principle_ids)
        numbers = dict(conn.execute(text(f"SELECT id, number FROM principle WHERE id IN {marks}"), params).all())
    items: dict[tuple[str, str], dict[str, object]] = {}
    for kind, table, cols in (
        ("annotation", "annotation", "id, body, faction_id"),
        ("amendment", "amendment", "id, title, old_text, new_text, rationale, number"),
    ):
        ids = sorted({r.item_id for r in rows if r.kind == kind})
        if ids:
            marks, params = _in("i", ids)
            for row in conn.execute(text(f"SELECT {cols} FROM {table} WHERE id IN {marks}"), params).mappings():
                items[(kind, row["id"])] = dict(row)
    faction_names = dict(conn.execute(text("SELECT id, name FROM faction")).all()) if items else {}

    finder = HitFinder(parsed)
    hits: list[SearchHit] = []
    for r in rows:
        if r.kind == "document":
            piece = pieces.get(r.id) or ""
            offset = r.start
            label = ""
        else:
            item = items.get((r.kind, r.item_id), {})
            piece = str(item.get(r.field) or "")
            offset = 0
            label = (
                faction_names.get(item.get("faction_id"), "")
                if r.kind == "annotation"
                else f"A{item.get('number')}"
                if item
                else ""
            )
        local = finder.ranges(piece)
        shown, shown_ranges = piece, local
        if r.field in MARKDOWN_FIELDS:  # written in Markdown: the snippet shows what a reader sees
            shown, shown_ranges = plain_with_ranges(piece, local)
        section = page = None
        if r.kind == "document" and r.document_id:
            section = _innermost(sections.get(r.id, []), r.start)
            page = next((p for s, e, p in pages.get(r.document_id, []) if s <= r.start < e), None)
        hits.append(
            SearchHit(
                kind=r.kind,
                item_id=r.item_id,
                field=r.field,
                document_id=r.document_id,
                document_title=titles.get(r.document_id) if r.document_id else None,
                principle_number=numbers.get(r.principle_id) if r.principle_id else None,
                section_heading=section,
                page=page,
                start=r.start,
                end=r.end,
                ranges=tuple((s + offset, e + offset) for s, e in local),
                snippet=snippet(shown, shown_ranges),
                score=round(-float(r.rank), 4),
                label=label,
            )
        )
    return hits


def _innermost(sections: list[tuple[int, int, str]], start: int) -> str | None:
    holding = [(s, e, h) for s, e, h in sections if s <= start <= e]
    return max(holding, key=lambda x: (x[0], -x[1]))[2] if holding else None
