"""Rows in, domain objects out: the one place that knows both.

The mappers take any row that has the columns as attributes: an ORM row, a SQLAlchemy result
row, or a record of the fast start's plain ``sqlite3`` read (``storage.quick``), which has no
SQLAlchemy and reads dates as text and booleans as numbers. So both paths build the same objects
in the same way, by column name; the ``*_COLUMNS`` lists name what a mapper reads.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from raadsviewer.domain.model import (
    Annotation,
    Document,
    DocumentRole,
    Dossier,
    Faction,
    Member,
    Principle,
    Section,
    Stance,
    TextAnchor,
    Visibility,
)
from raadsviewer.storage.codec import blocks_from_json, blocks_to_json  # noqa: F401 (re-exported)

# Row: an ORM row (storage.models), or any record with these columns as attributes.
Row = Any

DOSSIER_COLUMNS = ("id", "title", "body", "deadline")
DOCUMENT_COLUMNS = (
    "id",
    "dossier_id",
    "role",
    "title",
    "source_name",
    "sha256",
    "version",
    "text",
    "blocks_json",
    "imported_at",
)
PRINCIPLE_COLUMNS = ("id", "document_id", "number", "title", "text", "start", "end", "label")
SECTION_COLUMNS = ("id", "document_id", "ordinal", "heading", "level", "start", "end", "body_start")
FACTION_COLUMNS = ("id", "name", "colour", "seats")
ANCHOR_COLUMNS = ("document_id", "quote", "quote_prefix", "quote_suffix", "quote_start", "quote_end")
ANNOTATION_COLUMNS = (
    "id",
    "dossier_id",
    "faction_id",
    "author",
    "principle_id",
    *ANCHOR_COLUMNS,
    "stance",
    "visibility",
    "body",
    "include_in_draft",
    "created_at",
    "updated_at",
    "version",
    "revision_id",
    "deleted",
)


def as_datetime(value: datetime | str | None) -> datetime:
    """A stored moment: SQLite's text as the plain read gives it, or the ORM's datetime."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value) if value else datetime.min


def as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value) if value else None


def revision_row(
    revision_class: Any, item_column: str, row: Any, revision_id: str, parent: str | None, content: dict[str, Any]
) -> Any:
    """The immutable revision of an item's current state; one shape for annotations, amendments
    and links (id = content hash, parent, version, owner faction, canonical JSON)."""
    from raadsviewer.domain.merge import content_text  # (msgspec: not loaded for the first paint)

    return revision_class(
        id=revision_id,
        **{item_column: row.id},
        parent_id=parent,
        version=row.version,
        faction_id=row.faction_id,
        content_json=content_text(content),
        created_at=row.updated_at,
    )


def to_dossier(row: Row) -> Dossier:
    return Dossier(id=row.id, title=row.title, body=row.body or "", deadline=as_date(row.deadline))


def to_document(row: Row, *, with_text: bool = True) -> Document:
    return Document(
        id=row.id,
        dossier_id=row.dossier_id,
        role=DocumentRole(row.role),
        title=row.title,
        source_name=row.source_name,
        sha256=row.sha256,
        version=row.version,
        text=row.text if with_text else "",
        blocks=blocks_from_json(row.blocks_json, row.text) if with_text else (),
        imported_at=as_datetime(row.imported_at),
    )


def to_principle(row: Row) -> Principle:
    return Principle(
        id=row.id,
        document_id=row.document_id,
        number=row.number,
        title=row.title,
        text=row.text,
        start=row.start,
        end=row.end,
        label=row.label,
    )


def to_section(row: Row) -> Section:
    return Section(
        id=row.id,
        document_id=row.document_id,
        ordinal=row.ordinal,
        heading=row.heading,
        level=row.level,
        start=row.start,
        end=row.end,
        body_start=row.body_start,
    )


def to_faction(row: Row) -> Faction:
    return Faction(id=row.id, name=row.name, colour=row.colour, seats=row.seats)


def to_member(row: Row) -> Member:
    return Member(id=row.id, faction_id=row.faction_id, name=row.name)


def anchor_of(row: Row) -> TextAnchor | None:
    """The quoted passage an annotation, amendment or link stands on (None: no quote)."""
    if row.document_id is None or not row.quote:
        return None
    return TextAnchor(
        document_id=row.document_id,
        quote=row.quote,
        prefix=row.quote_prefix or "",
        suffix=row.quote_suffix or "",
        start=row.quote_start or 0,
        end=row.quote_end or 0,
    )


def to_annotation(row: Row, faction_name: str, principle_number: int | None) -> Annotation:
    return Annotation(
        id=row.id,
        dossier_id=row.dossier_id,
        faction_id=row.faction_id,
        faction_name=faction_name,
        author=row.author,
        stance=Stance(row.stance),
        visibility=Visibility(row.visibility),
        body=row.body,
        principle_id=row.principle_id,
        principle_number=principle_number,
        anchor=anchor_of(row),
        created_at=as_datetime(row.created_at),
        updated_at=as_datetime(row.updated_at),
        version=row.version,
        revision_id=row.revision_id,
        deleted=bool(row.deleted),
        include_in_draft=bool(row.include_in_draft),
    )


def anchor_content(row: Any) -> dict[str, object]:
    """The text anchor of an item (annotation, link) as its revisions record it."""
    return {column: getattr(row, column) for column in ANCHOR_COLUMNS}


def annotation_content(row: Row) -> dict[str, object]:
    """The state a revision records: everything a colleague or the clerk needs to rebuild it."""
    return {
        "annotation_id": row.id,
        "dossier_id": row.dossier_id,
        "faction_id": row.faction_id,
        "author": row.author,
        "principle_id": row.principle_id,
        **anchor_content(row),
        "stance": row.stance,
        "visibility": row.visibility,
        "body": row.body,
        # Whether it goes into the concept-zienswijze is the griffie's decision, kept on the row
        # and never in the faction's history (``domain.access``); the key stays for the format.
        "include_in_draft": False,
        "deleted": row.deleted,
        "version": row.version,
        "created_at": _iso(row.created_at),
        "updated_at": _iso(row.updated_at),
    }


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")
