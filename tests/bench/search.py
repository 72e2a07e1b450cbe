"""Search over a grown dossier: the 95th percentile of a query, at 50, 200 and 800 documents.

Queries are what a council member types (a word, two words, a hyphenated word, a rare word that
is in one document only). Each is timed through ``services.search.search`` (as the search
window calls it, for the viewer's faction) and, in turn, as the raw FTS5 query underneath it on
the same file (the same terms, BM25 over the same window of matches, the best 50 rows): the
floor any search on this index pays.
Target: p95 under 30 ms.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from tests.bench import corpus as C
from tests.bench.runner import Row, Summary, below, percentile
from tests.bench.stores import Stores, working_copy

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
            queries = _queries(n)
            for query in queries:  # warm the page cache, the stemmer and the index check
                program(query)
                floor(query)
            mine: list[float] = []
            theirs: list[float] = []
            mine_rounds: list[float] = []
            theirs_rounds: list[float] = []
            rounds = sizes["rounds"]
            log(f"{NAME}: {n} documents, {rounds} rounds of {len(queries)} queries")
            for round_ in range(rounds):
                this_round, base_round = [], []
                for query in queries if round_ % 2 == 0 else queries[::-1]:
                    this_round.append(program(query))
                    base_round.append(floor(query))
                mine += this_round
                theirs += base_round
                mine_rounds.append(percentile(this_round, 95))
                theirs_rounds.append(percentile(base_round, 95))
            rows.append(
                Row(
                    NAME,
                    f"{n} documents ({megabytes:.0f} MB store)",
                    "ms",
                    Summary.percentile(mine, 95, mine_rounds),
                    "raw FTS5 query underneath",
                    Summary.percentile(theirs, 95, theirs_rounds),
                    below(LIMIT_MS),
                )
            )
        finally:
            raw.close()
            store.close()
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
