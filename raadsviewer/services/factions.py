"""User actions on factions and members."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Faction, Member, new_id
from raadsviewer.domain.names import clean_name
from raadsviewer.storage import repository as repo
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import FactionRow, MemberRow

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

# Distinct, colour-blind-friendly defaults (Okabe-Ito palette), handed out in order.
DEFAULT_COLOURS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000")


def _validate(name: str, seats: int, colour: str | None) -> str:
    name = clean_name(name, "faction")
    if seats < 0:
        raise UserFacingError("invalid_seats", seats=seats)
    if colour is not None and not _COLOUR.match(colour):
        raise UserFacingError("invalid_colour", colour=colour)
    return name


def faction_row(session: Session, name: str) -> FactionRow | None:
    """The faction of that name, read as people read names: NFC, white space collapsed, and case
    ignored when no faction is named exactly so. "groenlinks" typed on GroenLinks' laptop is
    GroenLinks: a second faction that differs only in case would hold the member's notes where
    neither their own faction's view nor its packages look."""
    import unicodedata

    cleaned = " ".join(unicodedata.normalize("NFC", name).split())
    # a council has a few dozen factions at most: read in one query, compared here (Python's casefold)
    rows = session.scalars(select(FactionRow).order_by(FactionRow.name)).all()
    folded = cleaned.casefold()
    exact = next((row for row in rows if row.name == cleaned), None)
    return exact or next((row for row in rows if row.name.casefold() == folded), None)


def _next_colour(session: Session) -> str:
    used = len(session.scalars(select(FactionRow.id)).all())
    return DEFAULT_COLOURS[used % len(DEFAULT_COLOURS)]


def add_faction(store: Store, name: str, *, seats: int = 0, colour: str | None = None) -> Faction:
    name = _validate(name, seats, colour)
    with store.session() as session:
        if faction_row(session, name) is not None:
            raise UserFacingError("faction_exists", name=name)
        row = FactionRow(id=new_id(), name=name, seats=seats, colour=colour or _next_colour(session))
        session.add(row)
        session.flush()
        return repo.to_faction(row)


def update_faction(store: Store, name: str, *, seats: int | None = None, colour: str | None = None) -> Faction:
    _validate(name, seats or 0, colour)
    with store.session() as session:
        row = faction_row(session, name)
        if row is None:
            raise UserFacingError("faction_not_found", name=name)
        if seats is not None:
            row.seats = seats
        if colour is not None:
            row.colour = colour
        return repo.to_faction(row)


def ensure_faction_row(session: Session, name: str) -> FactionRow:
    """The faction of that name, created on first use (a member names their own faction)."""
    name = _validate(name, 0, None)
    row = faction_row(session, name)
    if row is None:
        row = FactionRow(id=new_id(), name=name, seats=0, colour=_next_colour(session))
        session.add(row)
        session.flush()
    return row


def ensure_member_row(session: Session, faction: FactionRow, name: str) -> MemberRow:
    name = clean_name(name, "member", empty_ok=True) or "?"
    row = session.scalar(select(MemberRow).where(MemberRow.faction_id == faction.id, MemberRow.name == name))
    if row is None:
        row = MemberRow(id=new_id(), faction_id=faction.id, name=name)
        session.add(row)
        session.flush()
    return row


def ensure_faction(store: Store, name: str, member: str | None = None) -> Faction:
    with store.session() as session:
        row = ensure_faction_row(session, name)
        if member:
            ensure_member_row(session, row, member)
        return repo.to_faction(row)


def list_factions(store: Store) -> list[Faction]:
    with store.session() as session:
        return [repo.to_faction(r) for r in session.scalars(select(FactionRow).order_by(FactionRow.name))]


def list_members(store: Store, faction_name: str) -> list[Member]:
    with store.session() as session:
        row = faction_row(session, faction_name)
        if row is None:
            raise UserFacingError("faction_not_found", name=faction_name)
        return [repo.to_member(m) for m in row.members]


def council_seats(store: Store) -> int:
    return sum(f.seats for f in list_factions(store))
