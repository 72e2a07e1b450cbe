"""Rows in, domain objects out. The only place that knows both."""

from __future__ import annotations

import json
from datetime import datetime
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
from raadsviewer.storage.models import (
    AnnotationRow,
    DocumentRow,
    DossierRow,
    FactionRow,
    MemberRow,
    PrincipleRow,
    SectionRow,
)


def revision_row(
    revision_class: Any, item_column: str, row: Any, revision_id: str, parent: str | None, content: dict[str, Any]
) -> Any:
    """The immutable revision of an item's current state; one shape for annotations, amendments
    and links (id = content hash, parent, version, owner faction, canonical JSON)."""
    return revision_class(
        id=revision_id,
        **{item_column: row.id},
        parent_id=parent,
        version=row.version,
        faction_id=row.faction_id,
        content_json=json.dumps(content, ensure_ascii=False, sort_keys=True),
        created_at=row.updated_at,
    )


def to_dossier(row: DossierRow) -> Dossier:
    return Dossier(id=row.id, title=row.title, body=row.body, deadline=row.deadline)


def to_document(row: DocumentRow, *, with_text: bool = True) -> Document:
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
        imported_at=row.imported_at,
    )


def to_principle(row: PrincipleRow) -> Principle:
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


def to_section(row: SectionRow) -> Section:
    return Section(
        id=row.id,
        document_id=row.document_id,
        ordinal=row.ordinal,
        heading=row.heading,
        text=row.text,
        level=row.level,
        start=row.start,
        end=row.end,
    )


def to_faction(row: FactionRow) -> Faction:
    return Faction(id=row.id, name=row.name, colour=row.colour, seats=row.seats)


def to_member(row: MemberRow) -> Member:
    return Member(id=row.id, faction_id=row.faction_id, name=row.name)


def to_annotation(row: AnnotationRow, faction_name: str, principle_number: int | None) -> Annotation:
    anchor = None
    if row.document_id is not None and row.quote:
        anchor = TextAnchor(
            document_id=row.document_id,
            quote=row.quote,
            prefix=row.quote_prefix or "",
            suffix=row.quote_suffix or "",
            start=row.quote_start or 0,
            end=row.quote_end or 0,
        )
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
        anchor=anchor,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        revision_id=row.revision_id,
        deleted=row.deleted,
        include_in_draft=row.include_in_draft,
    )


def anchor_content(row: Any) -> dict[str, object]:
    """The text anchor of an item (annotation, link) as its revisions record it."""
    return {
        "document_id": row.document_id,
        "quote": row.quote,
        "quote_prefix": row.quote_prefix,
        "quote_suffix": row.quote_suffix,
        "quote_start": row.quote_start,
        "quote_end": row.quote_end,
    }


def annotation_content(row: AnnotationRow) -> dict[str, object]:
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
