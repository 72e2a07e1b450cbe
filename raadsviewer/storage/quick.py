"""The fast start: read what the first window needs with the standard library's sqlite3.

Importing SQLAlchemy takes longer than showing a whole Qt window, so the window is first filled
from this read-only path and the full store (SQLAlchemy, migrations, writes) is opened right
after, off the GUI thread. Only a store already at the current schema is read here; anything
else (a new, an old or a damaged store) returns None and goes through the normal path.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from raadsviewer.domain.access import may_see, viewer_of
from raadsviewer.domain.model import (
    Annotation,
    Document,
    DocumentRole,
    Dossier,
    DossierView,
    Faction,
    Principle,
    Section,
    Stance,
    TextAnchor,
    Visibility,
)
from raadsviewer.storage.codec import blocks_from_json
from raadsviewer.storage.version import HEAD_REVISION


@dataclass(frozen=True, slots=True)
class StartupView:
    view: DossierView
    factions: tuple[Faction, ...]
    annotations: tuple[Annotation, ...]
    owner_role: str | None = None  # "griffie" | "member" | None (no owner set)
    owner_faction: str | None = None
    owner_member: str | None = None


def _dt(value: str | None) -> datetime:
    return datetime.fromisoformat(value) if value else datetime.min


def read_startup_view(path: Path, viewer_faction: str | None, dossier_id: str | None = None) -> StartupView | None:
    """What the first window shows, read with sqlite3: the dossier ``dossier_id`` (the one open
    when the window last closed) or else the first one; None when the full path must open it."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _read(conn, viewer_faction, dossier_id)
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None  # anything unexpected: the normal path will report it properly
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, viewer_faction: str | None, dossier_id: str | None) -> StartupView | None:
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if version is None or version[0] != HEAD_REVISION:
        return None
    row = None
    if dossier_id:
        row = conn.execute("SELECT id, title, body, deadline FROM dossier WHERE id = ?", (dossier_id,)).fetchone()
    if row is None:
        row = conn.execute("SELECT id, title, body, deadline FROM dossier ORDER BY created_at LIMIT 1").fetchone()
    if row is None:
        return None
    dossier = Dossier(
        id=row[0], title=row[1], body=row[2] or "", deadline=date.fromisoformat(row[3]) if row[3] else None
    )
    documents = tuple(
        Document(
            id=r[0],
            dossier_id=dossier.id,
            role=DocumentRole(r[1]),
            title=r[2],
            source_name=r[3],
            sha256=r[4],
            version=r[5],
            text=r[6],
            blocks=blocks_from_json(r[7], r[6]),
            imported_at=_dt(r[8]),
        )
        for r in conn.execute(
            "SELECT id, role, title, source_name, sha256, version, text, blocks_json, imported_at "
            "FROM document WHERE dossier_id = ? AND id NOT IN "
            "(SELECT previous_version_id FROM document WHERE previous_version_id IS NOT NULL) "  # older versions
            "ORDER BY imported_at",
            (dossier.id,),
        )
    )
    doc_ids = tuple(d.id for d in documents)
    marks = ",".join("?" * len(doc_ids))
    principles = tuple(
        Principle(id=r[0], document_id=r[1], number=r[2], title=r[3], text=r[4], start=r[5], end=r[6], label=r[7])
        for r in conn.execute(
            f'SELECT id, document_id, number, title, text, start, "end", label FROM principle '
            f"WHERE document_id IN ({marks}) AND active ORDER BY number",
            doc_ids,
        )
    )
    sections = tuple(
        Section(id=r[0], document_id=r[1], ordinal=r[2], heading=r[3], text=r[4], level=r[5], start=r[6], end=r[7])
        for r in conn.execute(
            f'SELECT id, document_id, ordinal, heading, text, level, start, "end" FROM section '
            f"WHERE document_id IN ({marks}) ORDER BY document_id, ordinal",
            doc_ids,
        )
    )
    factions = tuple(
        Faction(id=r[0], name=r[1], colour=r[2], seats=r[3])
        for r in conn.execute("SELECT id, name, colour, seats FROM faction ORDER BY name")
    )
    # The same rule as every service (domain.access): who looks is decided by the store's owner.
    settings = dict(conn.execute("SELECT key, value FROM store_setting").fetchall())
    named = next((f.id for f in factions if f.name == viewer_faction), "") if viewer_faction else None
    viewer = viewer_of(
        settings.get("owner_role"), settings.get("owner_faction_id"), settings.get("owner_member"), named
    )
    names = {f.id: f.name for f in factions}
    numbers = {p.id: p.number for p in principles}
    annotations = tuple(
        Annotation(
            id=r[0],
            dossier_id=dossier.id,
            faction_id=r[1],
            faction_name=names.get(r[1], "?"),
            author=r[2],
            stance=Stance(r[3]),
            visibility=Visibility(r[4]),
            body=r[5],
            principle_id=r[6],
            principle_number=numbers.get(r[6]) if r[6] else None,
            anchor=TextAnchor(r[7], r[8], r[9] or "", r[10] or "", r[11] or 0, r[12] or 0) if r[7] and r[8] else None,
            created_at=_dt(r[13]),
            updated_at=_dt(r[14]),
            version=r[15],
            revision_id=r[16],
            deleted=False,
            include_in_draft=bool(r[17]),
        )
        for r in conn.execute(
            "SELECT id, faction_id, author, stance, visibility, body, principle_id, document_id, quote, "
            "quote_prefix, quote_suffix, quote_start, quote_end, created_at, updated_at, version, revision_id, "
            "include_in_draft FROM annotation WHERE dossier_id = ? AND deleted = 0 ORDER BY created_at",
            (dossier.id,),
        )
        if may_see(viewer, r[1], r[4], r[2])
    )
    return StartupView(
        DossierView(dossier, documents, principles, sections),
        factions,
        annotations,
        owner_role=settings.get("owner_role"),
        owner_faction=names.get(settings.get("owner_faction_id") or ""),
        owner_member=settings.get("owner_member"),
    )
