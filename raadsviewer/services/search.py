"""One search over a dossier's documents, annotations and amendments (SQLite FTS5, or a
PostgreSQL server's tsvector index: see ``storage.search_index``).

The index holds one unit per block of a document and per text field of an annotation or
amendment, as pre-normalised terms (:mod:`raadsviewer.domain.search`), and the unit's text. The
services that write keep it up to date, in the same transaction as their change:

* documents when they are imported, in a new version, corrected, or come with the griffie's
  dossier (services.documents, versions, principles, dossier): ``index_document``;
* annotations and amendments whenever one is added, edited, deleted, restored, merged from a
  package, taken back with a merge, resolved or imported with a dossier: ``index_items``.

A search reads only the index and the few rows it shows; private annotations of other factions
are never returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import String, bindparam, text
from sqlalchemy.engine import Connection

from raadsviewer.domain.access import Viewer, amendment_visibility, may_see
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.rendering import plain_with_ranges
from raadsviewer.domain.search import HitFinder, Query, Snippet, parse_query, snippet
from raadsviewer.storage import search_index
from raadsviewer.storage.db import Store
from raadsviewer.storage.search_index import AMENDMENT_FIELDS, Match, index_document, index_items

__all__ = ["AMENDMENT_FIELDS", "SearchGroup", "SearchHit", "SearchResults", "index_document", "index_items", "search"]

MAX_LIMIT = 500
# BM25 is computed for at most this many matching units (in index order) before the best are
# taken: a word found in nearly every paragraph of 20 MB of text would otherwise cost ~50 ms of
# ranking alone. Below it (any query that is not about the dossier's most common words) the
# ranking is exact.
RANK_WINDOW = 2000
MARKDOWN_FIELDS = ("body", "rationale")  # what members write in Markdown


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
    with store.read_session() as session:
        conn = session.connection()
        replaced = conn.execute(_DOSSIER_AND_REPLACED, {"d": dossier_id}).all()  # one round trip for both
        if not replaced:
            raise UserFacingError("dossier_not_found", title=dossier_id)
        from raadsviewer.services.roles import viewer_for

        hidden = _hidden_items(conn, dossier_id, viewer_for(session, viewer_faction))
        superseded = set() if include_superseded else {r[0] for r in replaced if r[0] is not None}
        found = search_index.match(conn, dossier_id, parsed, limit=limit * 2 + 20, window=RANK_WINDOW)
        rows = [r for r in found if r.item_id not in hidden and r.document_id not in superseded][:limit]
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
    hidden = set()
    for kind, item, faction_id, shown_to, author in conn.execute(
        text(
            "SELECT 'annotation', id, faction_id, visibility, author FROM annotation WHERE dossier_id = :d "
            "UNION ALL SELECT 'amendment', id, faction_id, status, author FROM amendment WHERE dossier_id = :d"
        ),
        {"d": dossier_id},
    ):
        if kind == "annotation":
            visible = may_see(viewer, faction_id, shown_to, author)
        else:
            visible = may_see(viewer, faction_id, amendment_visibility(shown_to))
        if not visible:
            hidden.add(item)
    return hidden


# The dossier (no row: there is none) with the versions other versions replaced (left out of the
# hits unless asked for); one row with NULL when none was replaced.
_DOSSIER_AND_REPLACED = text(
    "SELECT v.previous_version_id FROM dossier d LEFT JOIN document v "
    "ON v.dossier_id = d.id AND v.previous_version_id IS NOT NULL WHERE d.id = :d"
)
# What the hits' documents say about where a hit stands: their titles, pages and sections, in one
# round trip (a server answers each query after a round trip; the sections joined to the units
# there made PostgreSQL hash every section of the dossier, 3 ms of a search at 800 documents).
_PLACES = text(
    "SELECT 't', id, NULL, NULL, NULL, title FROM document WHERE id IN :ids "
    "UNION ALL SELECT 'p', document_id, start, \"end\", page, NULL FROM document_page WHERE document_id IN :ids "
    "UNION ALL SELECT 's', document_id, start, \"end\", NULL, heading FROM section WHERE document_id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def _places(
    conn: Connection, document_ids: Sequence[str]
) -> tuple[dict[str, str], dict[str, list[tuple[int, int, int]]], dict[str, list[tuple[int, int, str]]]]:
    """The titles, pages and sections of these documents (not of every document of a large dossier)."""
    titles: dict[str, str] = {}
    pages: dict[str, list[tuple[int, int, int]]] = {}
    sections: dict[str, list[tuple[int, int, str]]] = {}
    if document_ids:
        for what, doc_id, start, end, page, words in conn.execute(_PLACES, {"ids": list(document_ids)}):
            if what == "t":
                titles[str(doc_id)] = str(words)
            elif what == "p":
                pages.setdefault(doc_id, []).append((start, end, page))
            else:
                sections.setdefault(doc_id, []).append((start, end, words))
    return titles, pages, sections


# The notes and amendments hits were found in, with their faction's name (for their label).
_ITEMS = text(
    "SELECT 'annotation' AS kind, a.id, NULL AS official_number, NULL AS draft_number, f.name AS faction "
    "FROM annotation a LEFT JOIN faction f ON f.id = a.faction_id WHERE a.id IN :notes "
    "UNION ALL SELECT 'amendment', m.id, m.official_number, m.draft_number, f.name "
    "FROM amendment m LEFT JOIN faction f ON f.id = m.faction_id WHERE m.id IN :amendments"
).bindparams(  # typed: an empty list is written as an empty list of texts
    bindparam("notes", expanding=True, type_=String), bindparam("amendments", expanding=True, type_=String)
)


def _hits(conn: Connection, rows: Sequence[Match], parsed: Query) -> list[SearchHit]:
    """The hits with their snippet, section, page and label, read in a few queries (their text
    and principle come with the match)."""
    if not rows:
        return []
    titles, pages, sections = _places(conn, sorted({r.document_id for r in rows if r.document_id}))
    items: dict[tuple[str, str], dict[str, object]] = {}
    notes = sorted({r.item_id for r in rows if r.kind == "annotation"})
    amendments = sorted({r.item_id for r in rows if r.kind == "amendment"})
    if notes or amendments:
        for row in conn.execute(_ITEMS, {"notes": notes, "amendments": amendments}).mappings():
            items[(row["kind"], row["id"])] = dict(row)

    finder = HitFinder(parsed)
    hits: list[SearchHit] = []
    for r in rows:
        piece = r.text
        if r.kind == "document":
            offset = r.start
            label = ""
        else:
            item = items.get((r.kind, r.item_id), {})
            offset = 0
            label = str(item.get("faction") or "") if r.kind == "annotation" else _amendment_label(item)
        local = finder.ranges(piece)
        shown, shown_ranges = piece, local
        if r.field in MARKDOWN_FIELDS:  # written in Markdown: the snippet shows what a reader sees
            shown, shown_ranges = plain_with_ranges(piece, local)
        section = page = None
        if r.kind == "document" and r.document_id:
            section = _innermost(sections.get(r.document_id, []), r.start)
            page = next((p for s, e, p in pages.get(r.document_id, []) if s <= r.start < e), None)
        hits.append(
            SearchHit(
                kind=r.kind,
                item_id=r.item_id,
                field=r.field,
                document_id=r.document_id,
                document_title=titles.get(r.document_id) if r.document_id else None,
                principle_number=r.principle_number,
                section_heading=section,
                page=page,
                start=r.start,
                end=r.end,
                ranges=tuple((s + offset, e + offset) for s, e in local),
                snippet=snippet(shown, shown_ranges),
                score=round(r.score, 4),
                label=label,
            )
        )
    return hits


def _innermost(sections: list[tuple[int, int, str]], start: int) -> str | None:
    holding = [(s, e, h) for s, e, h in sections if s <= start <= e]
    return max(holding, key=lambda x: (x[0], -x[1]))[2] if holding else None


def _amendment_label(item: dict[str, object]) -> str:
    """ "A3" once the griffie numbered it, else the faction's provisional "GL-1" (as everywhere)."""
    if not item:
        return ""
    if item.get("official_number"):
        return f"A{item['official_number']}"
    from raadsviewer.domain.access import provisional_label

    return provisional_label(str(item.get("faction") or "?"), int(item.get("draft_number") or 0))  # type: ignore[call-overload]
