"""The fast start: read what the first window needs with the standard library's sqlite3.

Importing SQLAlchemy takes longer than showing a whole Qt window, so the window is first filled
from this read-only path and the full store (SQLAlchemy, migrations, writes) is opened right
after, off the GUI thread. Only a store already at the current schema is read here; anything
else (a new, an old or a damaged store) returns None and goes through the normal path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from raadsviewer.domain.access import may_see, viewer_of
from raadsviewer.domain.model import Annotation, DocumentRole, DossierView, Faction
from raadsviewer.storage import repository as repo
from raadsviewer.storage.version import HEAD_REVISION


class StartupView(NamedTuple):
    view: DossierView
    factions: tuple[Faction, ...]
    annotations: tuple[Annotation, ...]
    owner_role: str | None = None  # "griffie" | "member" | None (no owner set)
    owner_faction: str | None = None
    owner_member: str | None = None


def read_startup_view(path: Path, viewer_faction: str | None, dossier_id: str | None = None) -> StartupView | None:
    """What the first window shows, read with sqlite3 from a SQLite store at the current schema:
    the dossier ``dossier_id`` (the one open when the window last closed) or else the first one;
    None when the full path must open it (anything else, a server store included)."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _read(conn, viewer_faction, dossier_id)
    except (sqlite3.Error, ValueError, KeyError, TypeError, AttributeError):
        return None  # anything unexpected: the normal path will report it properly
    finally:
        conn.close()


@cache
def _record(columns: tuple[str, ...]) -> type[tuple[Any, ...]]:
    """A row's values with the columns as attributes: a tuple with a property per column. (A
    ``namedtuple`` is the same thing, but writes and compiles its methods when made: 1 ms for the
    seven column lists of a start.)"""
    attributes: dict[str, Any] = {"__slots__": ()}
    attributes.update((column, property(itemgetter(i))) for i, column in enumerate(columns))
    return type("Record", (tuple,), attributes)


def _select(
    conn: sqlite3.Connection, columns: Sequence[str], rest: str, params: Sequence[object] = ()
) -> Iterator[Any]:
    """Records with the columns as attributes, for the shared mappers (``storage.repository``)."""
    make = _record(tuple(columns))
    quoted = ", ".join(f'"{c}"' for c in columns)
    return map(make, conn.execute(f"SELECT {quoted} {rest}", tuple(params)))


def _read(conn: sqlite3.Connection, viewer_faction: str | None, dossier_id: str | None) -> StartupView | None:
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if version is None or version[0] != HEAD_REVISION:
        return None
    chosen = None
    if dossier_id:
        chosen = next(_select(conn, repo.DOSSIER_COLUMNS, "FROM dossier WHERE id = ?", (dossier_id,)), None)
    if chosen is None:
        chosen = next(_select(conn, repo.DOSSIER_COLUMNS, "FROM dossier ORDER BY created_at LIMIT 1"), None)
    if chosen is None:
        return None
    dossier = repo.to_dossier(chosen)
    # The texts the first window shows: the framework(s) and the first background tab. The other
    # background documents come without their text (and blocks) and are read when their tab is
    # first shown (DossierContext.full_document): with 200 letters, decoding every document's
    # blocks took longer than the rest of the start.
    listed = list(
        _select(
            conn,
            tuple(c for c in repo.DOCUMENT_COLUMNS if c not in ("text", "blocks_json")),
            "FROM document WHERE dossier_id = ? AND id NOT IN "
            "(SELECT previous_version_id FROM document WHERE previous_version_id IS NOT NULL) "  # older versions
            "ORDER BY imported_at",
            (dossier.id,),
        )
    )
    first_background = next((r.id for r in listed if r.role != DocumentRole.FRAMEWORK.value), None)
    shown = [r.id for r in listed if r.role == DocumentRole.FRAMEWORK.value or r.id == first_background]
    full = {
        r.id: repo.to_document(r)
        for r in _select(
            conn, repo.DOCUMENT_COLUMNS, f"FROM document WHERE id IN ({','.join('?' * len(shown))})", shown
        )
    }
    documents = tuple(full.get(r.id) or repo.to_document(r, with_text=False) for r in listed)
    doc_ids = tuple(d.id for d in documents)
    marks = ",".join("?" * len(doc_ids))
    principles = tuple(
        repo.to_principle(r)
        for r in _select(
            conn,
            repo.PRINCIPLE_COLUMNS,
            f"FROM principle WHERE document_id IN ({marks}) AND active ORDER BY number",
            doc_ids,
        )
    )
    sections = tuple(  # of the documents read with their text (a section's body is a span of it)
        repo.to_section(r)
        for r in _select(
            conn,
            repo.SECTION_COLUMNS,
            f"FROM section WHERE document_id IN ({','.join('?' * len(shown))}) ORDER BY document_id, ordinal",
            shown,
        )
    )
    factions = tuple(repo.to_faction(r) for r in _select(conn, repo.FACTION_COLUMNS, "FROM faction ORDER BY name"))
    # The same rule as every service (domain.access): who looks is decided by the store's owner.
    settings = dict(conn.execute("SELECT key, value FROM store_setting").fetchall())
    named = next((f.id for f in factions if f.name == viewer_faction), "") if viewer_faction else None
    viewer = viewer_of(
        settings.get("owner_role"), settings.get("owner_faction_id"), settings.get("owner_member"), named
    )
    names = {f.id: f.name for f in factions}
    numbers = {p.id: p.number for p in principles}
    annotations = tuple(
        repo.to_annotation(r, names.get(r.faction_id, "?"), numbers.get(r.principle_id) if r.principle_id else None)
        for r in _select(
            conn,
            repo.ANNOTATION_COLUMNS,
            "FROM annotation WHERE dossier_id = ? AND NOT deleted ORDER BY created_at",
            (dossier.id,),
        )
        if may_see(viewer, r.faction_id, r.visibility, r.author)
    )
    return StartupView(
        DossierView(dossier, documents, principles, sections),
        factions,
        annotations,
        owner_role=settings.get("owner_role"),
        owner_faction=names.get(settings.get("owner_faction_id") or ""),
        owner_member=settings.get("owner_member"),
    )
