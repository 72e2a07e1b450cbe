"""The search index as stored: one unit per document block and per text field of an annotation or
amendment, with its terms (``search_fts``) and its text (``search_text``), on both databases.

The words are analysed once, by :mod:`raadsviewer.domain.search` (accents folded, the Snowball
Dutch stem of ``snowballstemmer`` >= 3, hyphenated words joined and split), and each database is
given those terms as they are: SQLite an FTS5 table ranked with BM25, PostgreSQL a ``tsvector``
per unit (built from the terms, positions kept; no database-side parsing or stemming) with a GIN
index, ranked with ``ts_rank``. So both find exactly the same pieces for a query, and the
highlighting (which uses the same analysis) marks what was found. PostgreSQL's own ``dutch``
configuration would stem with the older Porter-style algorithm ("gezinnen" -> "gezinn", where
the program's stemmer gives "gezin") and disagree with both.

The services that write call :func:`index_document` and :func:`index_items` in the same
transaction as their change; nothing runs behind their back. When the analysis changes,
``INDEX_VERSION`` goes up and :func:`ensure_current` rebuilds the index the next time the store
is opened.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, TextClause, bindparam, text

from raadsviewer.domain.model import Block, BlockKind
from raadsviewer.domain.pieces import pieces
from raadsviewer.domain.search import Query, index_text
from raadsviewer.storage import bulk
from raadsviewer.storage.codec import blocks_from_json

INDEX_VERSION = "2"  # 2: the texts of the units in search_text (migration 0009)
SETTING = "search_index"
AMENDMENT_FIELDS = ("title", "old_text", "new_text", "rationale")
ITEM_FIELDS = {"annotation": ("body",), "amendment": AMENDMENT_FIELDS}
_CHUNK = 5_000  # units written per statement batch: a large document is indexed in bounded memory
_IN = 500  # ids per IN (...) list

# tsvector limits: a lexeme under 2 kB, positions 1..16383 and at most 256 of them per lexeme,
# the whole value under 1 MB. A longer "word" is cut (its start still matches a prefix query);
# a unit so large that its tsvector would pass 1 MB keeps its first lexemes (never met in
# council documents: a block is a paragraph).
_MAX_LEXEME_BYTES = 2000
_MAX_POSITION = 16383
_MAX_POSITIONS = 256
_MAX_TSVECTOR = 900_000

_UNIT_SQL = (
    'INSERT INTO search_unit (id, dossier_id, kind, item_id, field, revision, document_id, principle_id, start, "end") '
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_TEXT_SQL = "INSERT INTO search_text (unit_id, text) VALUES (?, ?)"
_TERMS_SQL = "INSERT INTO search_fts (rowid, terms) VALUES (?, ?)"
# PostgreSQL: the same rows as one array per column (``storage.bulk.insert_arrays``).
_UNIT_ARRAYS = (
    'INSERT INTO search_unit (id, dossier_id, kind, item_id, field, revision, document_id, principle_id, start, "end") '
    "SELECT * FROM unnest(%b::integer[], %b::text[], %b::text[], %b::text[], %b::text[], %b::text[], %b::text[], "
    "%b::text[], %b::integer[], %b::integer[])"
)
_TEXT_ARRAYS = "INSERT INTO search_text (unit_id, text) SELECT * FROM unnest(%b::integer[], %b::text[])"
# The terms' GIN index takes new units through its pending list (``fastupdate``, migration 0011):
# a merge's thousands of units go into the index in one sorted pass instead of one by one, which
# was two thirds of indexing them. Moved into the index before the writer commits, so a search
# never scans the list; that needs the index's owner (the store's own role, which made it): any
# other role leaves the list to the server's autovacuum, and a search finds the same meanwhile.
_INDEX_PENDING = text(
    "SELECT gin_clean_pending_list(c.oid) FROM pg_class c "
    "WHERE c.oid = to_regclass('ix_search_fts_terms') AND pg_has_role(c.relowner, 'USAGE')"
)
_TERMS_ARRAYS = (
    "INSERT INTO search_fts (rowid, dossier_id, terms) SELECT r, d, CAST(t AS tsvector) "
    "FROM unnest(%b::integer[], %b::text[], %b::text[]) AS u(r, d, t)"
)


@dataclass(frozen=True, slots=True)
class Match:
    """A unit that matches a query, with its score (higher is better)."""

    id: int
    kind: str
    item_id: str
    field: str
    document_id: str | None
    principle_id: str | None
    start: int
    end: int
    score: float
    text: str  # the unit's text (``search_text``)
    principle_number: int | None


# --- writing ------------------------------------------------------------------------------------


def _dialect(conn: Connection) -> str:
    return conn.dialect.name


def _executemany(conn: Connection, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """SQLite: many rows through the driver itself: a 50 MB text has some 300,000 blocks, and
    neither a list of dicts nor SQLAlchemy's per-row parameter handling is needed for them."""
    if not rows:
        return
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()


def _new_ids(conn: Connection, count: int) -> list[int]:
    """Ids for new units. SQLite: past the highest (a writer holds the store's only write lock);
    a server: from the column's sequence, so clerks indexing at once never take the same."""
    if count <= 0:
        return []
    if _dialect(conn) == "postgresql":
        return list(
            conn.execute(
                text("SELECT nextval(pg_get_serial_sequence('search_unit', 'id')) FROM generate_series(1, :n)"),
                {"n": count},
            ).scalars()
        )
    first = int(conn.execute(text("SELECT coalesce(max(id), 0) FROM search_unit")).scalar() or 0) + 1
    return list(range(first, first + count))


def tsvector_literal(terms: str) -> str:
    """The terms as a ``tsvector`` value with their positions, for PostgreSQL to take as they are.

    (The usual text, far within every limit, is written without the limits' bookkeeping; a text
    that may reach one goes the careful way, :func:`_bounded_tsvector_literal`, with the same
    result. A large merge writes thousands of these, so the usual way keeps a term seen once,
    which most are, as its one position and quotes only a text that holds a quote or a backslash.)"""
    words = terms.split()
    if not words:
        return ""
    if len(words) > _MAX_POSITION or max(map(len, words)) * 4 > _MAX_LEXEME_BYTES:
        return _bounded_tsvector_literal(terms)  # a word this long may pass the lexeme limit
    positions: dict[str, Any] = {}  # a term's one position, or the list of its positions
    get = positions.get
    for n, term in enumerate(words, 1):  # positions rise: each list is sorted, without repeats
        at = get(term)
        if at is None:
            positions[term] = n
        elif type(at) is int:
            positions[term] = [at, n]
        elif len(at) < _MAX_POSITIONS:
            at.append(n)
    quoted = (
        {term: term.replace("\\", "\\\\").replace("'", "''") for term in positions}
        if "\\" in terms or "'" in terms
        else None
    )
    literal = " ".join(
        [
            f"'{quoted[term] if quoted else term}':{at if type(at) is int else ','.join(map(str, at))}"
            for term, at in positions.items()
        ]
    )
    if 4 * len(literal) + 1 > _MAX_TSVECTOR:  # it might pass the size limit (4: bytes per character)
        return _bounded_tsvector_literal(terms)
    return literal


def _bounded_tsvector_literal(terms: str) -> str:
    """:func:`tsvector_literal`, keeping every limit of a ``tsvector`` at each step."""
    positions: dict[str, list[int]] = {}
    for n, term in enumerate(terms.split(), 1):
        if len(term.encode("utf-8")) > _MAX_LEXEME_BYTES:
            term = term.encode("utf-8")[:_MAX_LEXEME_BYTES].decode("utf-8", "ignore")
        at = positions.setdefault(term, [])
        if len(at) < _MAX_POSITIONS:
            at.append(min(n, _MAX_POSITION))
    parts, size = [], 0
    for term, at in positions.items():
        quoted = term.replace("\\", "\\\\").replace("'", "''")
        part = f"'{quoted}':{','.join(map(str, sorted(set(at))))}"
        size += len(part.encode("utf-8")) + 1
        if size > _MAX_TSVECTOR:
            break
        parts.append(part)
    return " ".join(parts)


def _insert(conn: Connection, units: list[tuple[Any, ...]], terms: list[str], texts: list[str]) -> None:
    """Units (without their ids) with their terms and texts."""
    if not units:
        return
    ids = _new_ids(conn, len(units))
    if _dialect(conn) == "postgresql":  # the unit's dossier beside its terms (``units``: dossier first)
        bulk.insert_arrays(conn, _UNIT_ARRAYS, [(i, *u) for i, u in zip(ids, units, strict=True)])
        rows = [(i, u[0], tsvector_literal(t)) for i, u, t in zip(ids, units, terms, strict=True)]
        bulk.insert_arrays(conn, _TERMS_ARRAYS, rows)
        bulk.insert_arrays(conn, _TEXT_ARRAYS, list(zip(ids, texts, strict=True)))
        conn.execute(_INDEX_PENDING)
        return
    _executemany(conn, _UNIT_SQL, [(i, *u) for i, u in zip(ids, units, strict=True)])
    _executemany(conn, _TERMS_SQL, list(zip(ids, terms, strict=True)))
    _executemany(conn, _TEXT_SQL, list(zip(ids, texts, strict=True)))


def _expanding(sql: str) -> TextClause:
    """``sql`` with ``IN :ids`` taking a list: compiled once and kept in SQLAlchemy's cache (a
    statement written out with one placeholder per id is compiled again for every length)."""
    return text(sql).bindparams(bindparam("ids", expanding=True))


_DROP_ITEMS = tuple(
    _expanding(sql)
    for sql in (
        "DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_unit WHERE kind = :kind AND item_id IN :ids)",
        "DELETE FROM search_text WHERE unit_id IN (SELECT id FROM search_unit WHERE kind = :kind AND item_id IN :ids)",
        "DELETE FROM search_unit WHERE kind = :kind AND item_id IN :ids",
    )
)


def drop_units(conn: Connection, kind: str, item_ids: Iterable[str]) -> None:
    ids = list(item_ids)
    for i in range(0, len(ids), _IN):
        params = {"kind": kind, "ids": ids[i : i + _IN]}
        for statement in _DROP_ITEMS:
            conn.execute(statement, params)


def _principle_spans(conn: Connection, document_id: str) -> list[tuple[int, int, str]]:
    return [
        (r[0], r[1], r[2])
        for r in conn.execute(
            text('SELECT start, "end", id FROM principle WHERE document_id = :d AND active ORDER BY start'),
            {"d": document_id},
        )
    ]


UNIT_CHARS = 20_000  # a unit's text at most (a normal paragraph is a few thousand characters)


def unit_spans(text: str) -> list[tuple[int, int]]:
    """Where a block's text is cut into units (``domain.search.pieces`` of ``UNIT_CHARS``).

    One unit per block made the whole of a 40 MB file of one paragraph a single unit: its terms,
    40 MB more, went to FTS5 as one row, which keeps every position of a row in memory until the
    row is written (600 MB for the import), and a hit in it had all 40 MB analysed again to be
    shown. A hit still shows where it is: a unit's offsets are those of its piece."""
    return pieces(text, UNIT_CHARS)


def index_document(conn: Connection, document: Any, blocks: Sequence[Block] | None = None) -> int:
    """(Re-)index one document (a row with id, dossier_id, sha256, text, blocks_json), a unit per
    block (a very long block: per piece, ``unit_spans``), each in the principle whose span holds
    the block's start; returns the number of units.

    ``blocks``: the document's blocks when the caller has them (an import), else read from the row.
    """
    drop_units(conn, "document", [document.id])
    if blocks is None:
        blocks = blocks_from_json(document.blocks_json, document.text)
    spans = _principle_spans(conn, document.id)
    starts = [s for s, _e, _i in spans]
    units: list[tuple[Any, ...]] = []
    terms_of: list[str] = []
    texts: list[str] = []
    count = 0
    for block in blocks:
        principle = None
        if spans:
            i = bisect.bisect_right(starts, block.start) - 1
            if i >= 0 and spans[i][0] <= block.start < max(spans[i][1], spans[i][0] + 1):
                principle = spans[i][2]
        field = "heading" if block.kind is BlockKind.HEADING else "text"
        for start, end in unit_spans(block.text):
            piece = block.text[start:end]
            terms = index_text(piece)
            if not terms:
                continue
            units.append(
                (
                    document.dossier_id,
                    "document",
                    document.id,
                    field,
                    document.sha256,
                    document.id,
                    principle,
                    block.start + start,
                    block.start + end,
                )
            )
            terms_of.append(terms)
            texts.append(piece)
            count += 1
            if len(units) >= _CHUNK:
                _insert(conn, units, terms_of, texts)
                units, terms_of, texts = [], [], []
    _insert(conn, units, terms_of, texts)
    return count


_ITEM_SQL = {
    "annotation": (
        "SELECT a.id, a.dossier_id, a.document_id, a.principle_id, a.revision_id, a.deleted, a.body, "
        "p.document_id AS principle_document FROM annotation a LEFT JOIN principle p ON p.id = a.principle_id "
        "WHERE a.id IN :ids"
    ),
    "amendment": (
        "SELECT a.id, a.dossier_id, a.document_id, a.principle_id, a.revision_id, a.deleted, a.title, a.old_text, "
        "a.new_text, a.rationale, p.document_id AS principle_document FROM amendment a "
        "LEFT JOIN principle p ON p.id = a.principle_id WHERE a.id IN :ids"
    ),
}
_ITEM_ROWS = {kind: _expanding(sql) for kind, sql in _ITEM_SQL.items()}


def index_items(conn: Connection, kind: str, ids: Iterable[str], *, new: Iterable[str] = ()) -> None:
    """(Re-)index annotations or amendments by id: a unit per non-empty text field of a live
    item, in the document it quotes or else its principle's; gone and deleted items lose theirs.
    ``new``: ids (among ``ids``) of items written in this transaction for the first time, which
    have no units to drop yet (most of a merge)."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return
    fresh = set(new)
    drop_units(conn, kind, [i for i in ids if i not in fresh])
    rows: list[Any] = []  # RowMapping: a Mapping of its column names
    for i in range(0, len(ids), _IN):
        rows.extend(conn.execute(_ITEM_ROWS[kind], {"ids": ids[i : i + _IN]}).mappings())
    _insert(conn, *_item_units(kind, rows))


def index_new_items(
    conn: Connection, kind: str, rows: Iterable[Mapping[str, Any]], principle_documents: Mapping[str, str]
) -> None:
    """Index items just written for the first time (no units to drop) from the values written:
    a merge of thousands of items need not read them back. ``principle_documents``: the document
    of each principle an item may name (a principle not in it gives no document)."""
    _insert(conn, *_item_units(kind, rows, principle_documents))


def _item_units(
    kind: str, rows: Iterable[Mapping[str, Any]], principle_documents: Mapping[str, str] | None = None
) -> tuple[list[tuple[Any, ...]], list[str], list[str]]:
    """The units of items (rows as ``_ITEM_SQL`` reads them, or without their principle's
    document when ``principle_documents`` gives it), their terms and their texts."""
    fields = ITEM_FIELDS[kind]
    units: list[tuple[Any, ...]] = []
    terms_of: list[str] = []
    texts: list[str] = []
    for row in rows:
        if row["deleted"]:
            continue
        if row["document_id"]:
            document_id = row["document_id"]
        elif principle_documents is None:
            document_id = row["principle_document"]
        else:
            document_id = principle_documents.get(row["principle_id"])
        for field in fields:
            value = str(row[field] or "")
            terms = index_text(value)
            if not terms:
                continue
            units.append(
                (
                    row["dossier_id"],
                    kind,
                    row["id"],
                    field,
                    row["revision_id"],
                    document_id,
                    row["principle_id"],
                    0,
                    len(value),
                )
            )
            terms_of.append(terms)
            texts.append(value)
    return units, terms_of, texts


# --- the index as a whole -----------------------------------------------------------------------


def rebuild(conn: Connection) -> int:
    """Index everything again (an index of an older version, or a repair); returns the units made."""
    conn.execute(text("DELETE FROM search_fts"))
    conn.execute(text("DELETE FROM search_text"))
    conn.execute(text("DELETE FROM search_unit"))
    count = 0
    for row in conn.execute(text("SELECT id, dossier_id, sha256, text, blocks_json FROM document")).all():
        count += index_document(conn, row)
    for kind in ITEM_FIELDS:
        ids = conn.execute(text(f"SELECT id FROM {kind}")).scalars().all()
        index_items(conn, kind, ids, new=ids)  # every unit was deleted above
    count += int(conn.execute(text("SELECT count(*) FROM search_unit WHERE kind <> 'document'")).scalar() or 0)
    stamp(conn)
    return count


def differences(conn: Connection, *, documents: bool = True) -> list[tuple[str, tuple[Any, ...]]]:
    """What the index holds that a rebuild would not, and the other way round (each unit by its
    item, place, text and terms, not its id). Rebuilds inside the caller's transaction: the caller
    rolls it back. Empty when the services kept the index exact.

    ``documents=False`` (a large store): the annotations' and amendments' units are compared in
    full, the documents' only by which text they were made from (re-reading every document is
    the slow part of a rebuild)."""
    terms = "CAST(f.terms AS TEXT)" if _dialect(conn) == "postgresql" else "f.terms"
    query = (
        'SELECT u.kind, u.item_id, u.field, u.revision, u.document_id, u.principle_id, u.start, u."end", t.text, '
        f"{terms} FROM search_unit u LEFT JOIN search_text t ON t.unit_id = u.id LEFT JOIN search_fts f ON f.rowid = u.id"
    )
    if not documents:
        query += " WHERE u.kind <> 'document'"
    kept = sorted((tuple(r) for r in conn.execute(text(query))), key=repr)
    found: list[tuple[str, tuple[Any, ...]]] = []
    if documents:
        rebuild(conn)
    else:
        for kind in ITEM_FIELDS:
            index_items(conn, kind, conn.execute(text(f"SELECT id FROM {kind}")).scalars().all())
        unindexed = conn.execute(
            text(
                "SELECT d.id, d.sha256 FROM document d WHERE d.blocks_json <> '[]' AND NOT EXISTS (SELECT 1 FROM "
                "search_unit u WHERE u.kind = 'document' AND u.item_id = d.id AND u.revision = d.sha256)"
            )
        ).all()
        found += [("rebuilt", ("document", d, sha)) for d, sha in unindexed]
    rebuilt = sorted((tuple(r) for r in conn.execute(text(query))), key=repr)
    found += [("kept", r) for r in kept if r not in rebuilt] + [("rebuilt", r) for r in rebuilt if r not in kept]
    return found


def stamp(conn: Connection) -> None:
    """Record that the index is of the current version (a new store, or after a rebuild)."""
    conn.execute(text("DELETE FROM store_setting WHERE key = :k"), {"k": SETTING})
    conn.execute(text("INSERT INTO store_setting (key, value) VALUES (:k, :v)"), {"k": SETTING, "v": INDEX_VERSION})


def is_current(conn: Connection) -> bool:
    found = conn.execute(text("SELECT value FROM store_setting WHERE key = :k"), {"k": SETTING}).scalar()
    return found == INDEX_VERSION


# --- matching -----------------------------------------------------------------------------------

_MATCH_SQL = {
    # FTS5 ranks with BM25 (``rank``: lower is better); at most ``window`` matching units of the
    # dossier are ranked (in index order), so a word found in nearly every paragraph of 20 MB
    # of text does not cost the ranking of all of them.
    "sqlite": (
        'SELECT u.id, u.kind, u.item_id, u.field, u.document_id, u.principle_id, u.start, u."end", -m.rank AS score, '
        "t.text, p.number "
        "FROM (SELECT id, rank FROM (SELECT f.rowid AS id, f.rank AS rank FROM search_fts f "
        "      CROSS JOIN search_unit su ON su.id = f.rowid WHERE search_fts MATCH :q AND su.dossier_id = :d "
        "      LIMIT :window) ORDER BY rank, id LIMIT :n) m "
        "JOIN search_unit u ON u.id = m.id JOIN search_text t ON t.unit_id = u.id "
        "LEFT JOIN principle p ON p.id = u.principle_id ORDER BY m.rank, u.id"
    ),
    # ts_rank, its length normalisation 1 (divided by 1 + log of the unit's length): like BM25, a
    # hit in a short heading outweighs the same word once in a long paragraph. The same window.
    "postgresql": (
        "WITH w AS MATERIALIZED (SELECT f.rowid AS id, f.terms, q.q FROM (SELECT CAST(:q AS tsquery) AS q) q, "
        "     search_fts f WHERE f.terms @@ q.q AND f.dossier_id = :d LIMIT :window) "
        'SELECT u.id, u.kind, u.item_id, u.field, u.document_id, u.principle_id, u.start, u."end", m.score, '
        "t.text, p.number "
        "FROM (SELECT id, ts_rank(terms, q, 1) AS score FROM w ORDER BY score DESC, id LIMIT :n) m "
        "JOIN search_unit u ON u.id = m.id JOIN search_text t ON t.unit_id = u.id "
        "LEFT JOIN principle p ON p.id = u.principle_id ORDER BY m.score DESC, u.id"
    ),
}


def match(conn: Connection, dossier_id: str, query: Query, *, limit: int, window: int) -> list[Match]:
    """The dossier's units that hold every query word, best first."""
    dialect = _dialect(conn)
    expression = query.tsquery() if dialect == "postgresql" else query.fts()
    rows = conn.execute(
        text(_MATCH_SQL[dialect]), {"q": expression, "d": dossier_id, "n": limit, "window": window}
    ).all()
    return [Match(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], float(r[8]), r[9], r[10]) for r in rows]
