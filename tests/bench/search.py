"""Search over a grown dossier: the 95th percentile of a query, at 50, 200 and 800 documents.

Queries are what a council member types (a word, two words, a hyphenated word, a rare word that
is in one document only). Each is timed through ``services.search.search`` (as the search
window calls it, for the viewer's faction) and, in turn, as the raw FTS5 query underneath it on
the same file (the same terms, BM25 over the same window of matches, the best 50 rows): the
floor any search on this index pays.

The same on the run's PostgreSQL server (``tests.bench.server``): a database filled with the
same dossier through the same services (the sample dossier, then the generated documents up to
each size in turn), vacuumed and analysed as autovacuum keeps a store in use; the floor is the
raw ``tsvector`` query underneath (the same terms, ``ts_rank`` over the same window, the best 50).
Target on both: p95 under 30 ms.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from tests.bench import corpus as C
from tests.bench import server as S
from tests.bench.runner import Row, Summary, below, percentile, skipped
from tests.bench.stores import Stores, add_background_documents, working_copy
from tests.postgres import Unavailable

NAME = "search p95"
LIMIT_MS = 30.0
QUERIES = (
    "jeugdhulp",
    "de-medicaliseren",
    "medicalisering",
    "toegangstaak",
    "SMART-afspraken",
    "financiële",
    "aanbieders keuzevrijheid",
    "zorg",
    "innovatie ruimte",
    "wachtlijsten",
    "Open House",
    "goed opdrachtgeverschap",
    "regionaal lokaal",
    "administratieve lasten",
    "topinkomens",
    "gezin netwerk",
    "inkoop 2022",
    "dialoogtafels",
    "integrale aanpak",
    "kwaliteit",
)


def stores(sizes: dict[str, Any]) -> list[str]:
    return [f"docs-{n}" for n in sizes["documents"]]


def _queries(documents: int) -> list[str]:
    rare = [f"zeldzaamwoord{n}" for n in (documents // 3, documents - 1)]
    return [*QUERIES, *rare]


def measure(sizes: dict[str, Any], store_set: Stores, work: Path, log: Any) -> list[Row]:
    from raadsviewer.domain.search import parse_query
    from raadsviewer.services.documents import resolve_dossier
    from raadsviewer.services.search import search
    from raadsviewer.storage.db import Store

    rows = []
    for n in sizes["documents"]:
        path = working_copy(store_set.store(f"docs-{n}"), work / f"docs-{n}")
        megabytes = path.stat().st_size / 1e6
        store = Store(path)
        raw = sqlite3.connect(path)
        try:
            dossier = resolve_dossier(store).id

            program, floor = _timers(search, parse_query, store, dossier, raw)
            log(f"{NAME}: {n} documents, {sizes['rounds']} rounds of {len(_queries(n))} queries")
            mine, theirs = _rounds(_queries(n), sizes["rounds"], program, floor)
            rows.append(
                Row(
                    NAME,
                    f"{n} documents ({megabytes:.0f} MB store)",
                    "ms",
                    mine,
                    "raw FTS5 query underneath",
                    theirs,
                    below(LIMIT_MS),
                )
            )
        finally:
            raw.close()
            store.close()
    return rows


def _rounds(queries: list[str], rounds: int, program: Any, floor: Any) -> tuple[Summary, Summary]:
    """Every query through the program and as the floor, in turn, ``rounds`` times (every other
    round backwards), after one warming round: the p95 of each, its spread that of the rounds."""
    for query in queries:  # warm the page cache, the stemmer and the index check
        program(query)
        floor(query)
    mine: list[float] = []
    theirs: list[float] = []
    mine_rounds: list[float] = []
    theirs_rounds: list[float] = []
    for round_ in range(rounds):
        this_round, base_round = [], []
        for query in queries if round_ % 2 == 0 else queries[::-1]:
            this_round.append(program(query))
            base_round.append(floor(query))
        mine += this_round
        theirs += base_round
        mine_rounds.append(percentile(this_round, 95))
        theirs_rounds.append(percentile(base_round, 95))
    return Summary.percentile(mine, 95, mine_rounds), Summary.percentile(theirs, 95, theirs_rounds)


def measure_postgresql(sizes: dict[str, Any], store_set: Stores, work: Path, log: Any) -> list[Row]:
    """The same curve on the run's server: one database grown through the sizes in turn."""
    import psycopg

    from raadsviewer.domain.search import parse_query
    from raadsviewer.services.documents import ensure_sample_dossier
    from raadsviewer.services.search import search
    from raadsviewer.storage.db import Store
    from tests.postgres import ROLE

    counts = sorted(sizes["documents"])
    try:
        server = S.client()
    except Unavailable as exc:
        return [skipped(NAME, f"{n} documents", "ms", S.skipped_reason(exc), S.LABEL) for n in counts]
    database = f"bench_search_{os.getpid()}"
    server.admin(f"CREATE DATABASE {database} OWNER {ROLE}")
    rows = []
    try:
        store = Store(server.url(database))
        raw = psycopg.connect(host="127.0.0.1", port=server.port, user=ROLE, dbname=database, autocommit=True)
        try:
            started = time.perf_counter()
            dossier = ensure_sample_dossier(store, C.SAMPLES).id
            have = 0
            for n in counts:
                add_background_documents(store, range(have, n))
                have = n
                raw.execute("VACUUM ANALYZE")
                megabytes = float(raw.execute("SELECT pg_database_size(current_database())").fetchone()[0]) / 1e6  # type: ignore[index]
                log(f"{NAME} ({S.LABEL}): {n} documents in the database after {time.perf_counter() - started:.0f} s")
                program, floor = _server_timers(search, parse_query, store, dossier, raw)
                log(f"{NAME} ({S.LABEL}): {n} documents, {sizes['rounds']} rounds of {len(_queries(n))} queries")
                mine, theirs = _rounds(_queries(n), sizes["rounds"], program, floor)
                rows.append(
                    Row(
                        NAME,
                        f"{n} documents ({megabytes:.0f} MB database)",
                        "ms",
                        mine,
                        "raw tsvector query underneath",
                        theirs,
                        below(LIMIT_MS),
                        store=S.LABEL,
                    )
                )
        finally:
            raw.close()
            store.close()
    finally:
        server.drop_database(database)
    return rows


def _timers(search: Any, parse_query: Any, store: Any, dossier: str, raw: sqlite3.Connection) -> tuple[Any, Any]:
    """Milliseconds for a query: through the search service, and as the raw FTS5 query it runs
    (the same terms, BM25 over the same window of matches, the best 50)."""
    from raadsviewer.services.search import RANK_WINDOW

    def program(query: str) -> float:
        started = time.perf_counter()
        search(store, dossier, query, 50, viewer_faction=C.VIEWER[0])
        return (time.perf_counter() - started) * 1000

    def floor(query: str) -> float:
        expression = parse_query(query).fts()
        started = time.perf_counter()
        raw.execute(
            "SELECT id FROM (SELECT rowid AS id, rank FROM search_fts WHERE search_fts MATCH ? LIMIT ?) "
            "ORDER BY rank LIMIT 50",
            (expression, RANK_WINDOW),
        ).fetchall()
        return (time.perf_counter() - started) * 1000

    return program, floor


def _server_timers(search: Any, parse_query: Any, store: Any, dossier: str, raw: Any) -> tuple[Any, Any]:
    """Milliseconds for a query on the server: through the search service, and as the raw
    ``tsvector`` query it runs (the same terms, ``ts_rank`` over the same window, the best 50)."""
    from raadsviewer.services.search import RANK_WINDOW

    def program(query: str) -> float:
        started = time.perf_counter()
        search(store, dossier, query, 50, viewer_faction=C.VIEWER[0])
        return (time.perf_counter() - started) * 1000

    def floor(query: str) -> float:
        expression = parse_query(query).tsquery()
        started = time.perf_counter()
        raw.execute(
            "SELECT id FROM (SELECT f.rowid AS id, f.terms, q.q FROM (SELECT CAST(%s AS tsquery) AS q) q, "
            "search_fts f WHERE f.terms @@ q.q AND f.dossier_id = %s LIMIT %s) w "
            "ORDER BY ts_rank(terms, q, 1) DESC, id LIMIT 50",
            (expression, dossier, RANK_WINDOW),
        ).fetchall()
        return (time.perf_counter() - started) * 1000

    return program, floor


PARTS = ((NAME, measure), (NAME, measure_postgresql, S.LABEL))
