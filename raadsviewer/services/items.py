"""What an amendment and a motie share in the store, written once for both kinds.

Both are a faction's proposal to the council with the identity rules of an annotation (a UUID
carrying its owner, a version, a revision chain of content hashes, a tombstone instead of a
deletion) and the griffie's decisions kept beside the revisions (``domain.access``). The two
service modules (``services.amendments``, ``services.moties``) describe their kind with a
:class:`Kind` and call these; ``services.procedure`` records statuses and votes for both.

* **Numbers.** The faction numbers its own items provisionally ("GL-1", "GL-M1"); the official
  number ("A3", "M2") is the griffie's, given in the griffie's store when an item is made there or
  submitted (or merged submitted, ``services.exchange``). Every number is taken from a counter row
  of the dossier (``number_counter``), updated in the taking transaction: two writers can never
  take the same number (no "highest plus one" read that another writer may also read), and a
  number once given is never given again, also when its item is gone. Numbers are bounded
  (``domain.access.MAX_ITEM_NUMBER``): a dossier that would need more is refused with a message,
  and one faction's merged packages take at most ``MAX_NUMBERS_PER_FACTION`` of them, so that no
  package can use up a dossier's numbers for the other factions.
* **Who may change an item.** Only the owner faction edits, deletes, restores or submits it; only a
  concept is edited or deleted (a submitted item has been seen by the council: it is withdrawn).
* **Finding one** by its official number ("A3", "3"), its provisional label ("GL-1") or its id.
* **Co-signers** are existing factions other than the submitter, by their stored names, sorted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from raadsviewer.domain.access import MAX_ITEM_NUMBER, MAX_NUMBERS_PER_FACTION, Role
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.services.factions import faction_row
from raadsviewer.storage import repository as repo
from raadsviewer.storage import search_index
from raadsviewer.storage.db import Store, lock_row
from raadsviewer.storage.models import DocumentRow, FactionRow, GivenNumberRow, NumberCounterRow, PrincipleRow

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of item as the shared rules need it: its tables, its words and its revisions."""

    name: str  # the merge's kind ("amendment", "motie")
    series: str  # "A", "M": the official label's letter and the counter's series
    row: Any  # the ORM class of the current state
    revision: Any  # the ORM class of its revisions
    fk: str  # the revision column naming the item
    provisional: Callable[[str, int], str]  # (faction name, draft number) -> "GL-1"
    to_domain: Callable[[Session, Any], Any]
    content: Callable[[Any], dict[str, Any]]  # the domain item's revision content
    revision_id: Callable[[Any, str | None], str]
    # codes (``raadsviewer.messages``)
    not_found: str
    invalid_number: str
    not_owner: str
    not_concept: str
    deleted: str
    # the status rules of the kind (``domain.amendments``, ``domain.moties``)
    parse_status: Callable[[Any], StrEnum]
    check_change: Callable[[Any, Any], None]  # (old, new): refuses a transition the kind does not allow
    check_votable: Callable[[Any], None]  # refuses votes on an item in this status
    faction_statuses: frozenset[Any]  # what a faction records itself (domain.access)
    prepare_submission: Callable[[Session, Any], None]  # completes and checks a row before it is submitted

    @property
    def number_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"^\s*[{self.series}{self.series.lower()}]?\s*(\d{{1,9}})\s*$")

    @property
    def provisional_pattern(self) -> re.Pattern[str]:
        marker = "" if self.series == "A" else f"[{self.series}{self.series.lower()}]"
        return re.compile(rf"^\s*(.+)-{marker}(\d{{1,9}})\s*$")


# --- numbers ----------------------------------------------------------------------------------


def take_number(session: Session, dossier_id: str, series: str, floor: int = 0) -> int:
    """The next number of ``series`` in the dossier: one past the last one taken (and past
    ``floor``, the highest already in use, for numbers that came from elsewhere), never reused.

    The counter row is read for update and written in this transaction: a second writer waits for
    it (PostgreSQL's row lock; SQLite's write lock) and takes the next number.
    """
    key = (dossier_id, series)
    counter = session.get(NumberCounterRow, key, with_for_update=True)
    if counter is None:
        try:
            with session.begin_nested():
                session.add(NumberCounterRow(dossier_id=dossier_id, series=series, last=0))
        except IntegrityError:  # made by another writer meanwhile: take that one
            pass
        counter = session.get(NumberCounterRow, key, with_for_update=True, populate_existing=True)
        assert counter is not None
    number = max(counter.last, floor) + 1
    if number > MAX_ITEM_NUMBER:
        raise UserFacingError("number_limit", limit=MAX_ITEM_NUMBER)
    counter.last = number
    session.flush()
    return number


def _highest(session: Session, column: Any, *where: Any) -> int:
    return session.scalar(select(func.max(column)).where(*where)) or 0


def next_draft_number(session: Session, kind: Kind, dossier_id: str, faction_id: str) -> int:
    """The faction's next provisional number for this kind in the dossier."""
    floor = _highest(
        session, kind.row.draft_number, kind.row.dossier_id == dossier_id, kind.row.faction_id == faction_id
    )
    return take_number(session, dossier_id, f"{kind.series}:{faction_id}", floor)


def next_official_number(session: Session, kind: Kind, dossier_id: str, item_id: str | None = None) -> int:
    """The griffie's next official number for this kind in the dossier (call only in its store);
    for an item that had one before (its merge undone, merged again): that one, unless another
    item holds it now. The number given is kept for the item (``GivenNumberRow``)."""
    given = session.get(GivenNumberRow, (dossier_id, kind.series, item_id)) if item_id is not None else None
    if given is not None:
        holder = session.scalar(
            select(kind.row.id).where(
                kind.row.dossier_id == dossier_id, kind.row.official_number == given.number, kind.row.id != item_id
            )
        )
        if holder is None:
            return given.number
    floor = _highest(session, kind.row.official_number, kind.row.dossier_id == dossier_id)
    number = take_number(session, dossier_id, kind.series, floor)
    if item_id is not None:
        if given is None:
            session.add(GivenNumberRow(dossier_id=dossier_id, series=kind.series, item_id=item_id, number=number))
        else:
            given.number = number
    return number


def official_if_griffie(session: Session, kind: Kind, dossier_id: str, item_id: str | None = None) -> int | None:
    """The next official number when this is the griffie's store (None on a faction laptop)."""
    from raadsviewer.services.roles import owner_in

    if owner_in(session).role is not Role.GRIFFIE:
        return None
    return next_official_number(session, kind, dossier_id, item_id)


def number_when_submitted(session: Session, kind: Kind, row: Any) -> None:
    """The griffie numbers an item when it is submitted (once: a number never changes)."""
    if row.official_number is None:
        row.official_number = official_if_griffie(session, kind, row.dossier_id, row.id)


def number_submitted(session: Session, kind: Kind, dossier_id: str, item_ids: Iterable[str]) -> list[str]:
    """In the griffie's store: official numbers for these items once submitted and not yet numbered
    (in order of making, then id), as after a merge. Returns the labels given."""
    from raadsviewer.services.roles import owner_in

    if owner_in(session).role is not Role.GRIFFIE:
        return []
    ids = sorted(set(item_ids))
    rows: list[Any] = []
    for start in range(0, len(ids), 500):
        rows.extend(
            session.scalars(
                select(kind.row).where(
                    kind.row.id.in_(ids[start : start + 500]),
                    kind.row.official_number.is_(None),
                    kind.row.status != "concept",
                    kind.row.deleted.is_(False),
                )
            )
        )
    taken: dict[str, int] = {}  # per faction: the official numbers its items hold in this dossier
    labels = []
    for row in sorted(rows, key=lambda r: (r.created_at, r.id)):
        if row.faction_id not in taken:
            taken[row.faction_id] = int(
                session.scalar(
                    select(func.count()).where(
                        kind.row.dossier_id == dossier_id,
                        kind.row.faction_id == row.faction_id,
                        kind.row.official_number.is_not(None),
                    )
                )
                or 0
            )
        taken[row.faction_id] += 1
        if taken[row.faction_id] > MAX_NUMBERS_PER_FACTION:
            faction = session.get(FactionRow, row.faction_id)
            raise UserFacingError(
                "number_limit_faction", faction=faction.name if faction else "?", limit=MAX_NUMBERS_PER_FACTION
            )
        row.official_number = next_official_number(session, kind, dossier_id, row.id)
        labels.append(f"{kind.series}{row.official_number}")
    session.flush()
    return labels


def label(session: Session, kind: Kind, row: Any) -> str:
    if row.official_number:
        return f"{kind.series}{row.official_number}"
    faction = session.get(FactionRow, row.faction_id)
    return kind.provisional(faction.name if faction else "?", row.draft_number)


# --- finding and guarding -----------------------------------------------------------------------


def parse_number(kind: Kind, value: str | int) -> int:
    """ "A3", "a3", "3" or 3 -> 3 (with the kind's letter)."""
    if isinstance(value, int) and not isinstance(value, bool):
        if 1 <= value <= MAX_ITEM_NUMBER:
            return value
        raise UserFacingError(kind.invalid_number, value=value)
    match = kind.number_pattern.match(str(value))
    if match is None or not 1 <= int(match.group(1)) <= MAX_ITEM_NUMBER:
        raise UserFacingError(kind.invalid_number, value=value)
    return int(match.group(1))


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and _UUID.match(value.strip()) is not None


def row_by_label(session: Session, kind: Kind, dossier_id: str, value: str | int) -> Any:
    """By the official number ("A3", "3", 3), the provisional label ("GL-1") or the id."""
    if isinstance(value, str) and is_uuid(value):
        row = session.get(kind.row, value.strip())
        if row is None or row.dossier_id != dossier_id:
            raise UserFacingError(kind.not_found, number=value)
        return row
    if isinstance(value, str) and not kind.number_pattern.match(value):
        match = kind.provisional_pattern.match(value)
        if match is not None:
            wanted = " ".join(value.split()).casefold()
            for candidate in session.scalars(
                select(kind.row).where(kind.row.dossier_id == dossier_id, kind.row.draft_number == int(match.group(2)))
            ):
                faction = session.get(FactionRow, candidate.faction_id)
                if kind.provisional(faction.name if faction else "?", candidate.draft_number).casefold() == wanted:
                    return candidate
            raise UserFacingError(kind.not_found, number=value.strip())
    n = parse_number(kind, value)
    row = session.scalar(select(kind.row).where(kind.row.dossier_id == dossier_id, kind.row.official_number == n))
    if row is None:
        raise UserFacingError(kind.not_found, number=f"{kind.series}{n}")
    return row


def live_row(session: Session, kind: Kind, item_id: str) -> Any:
    row = session.get(kind.row, item_id)
    if row is None:
        raise UserFacingError(kind.not_found, number=item_id)
    return row


def owned_row(session: Session, kind: Kind, item_id: str, faction: str) -> Any:
    """The item, when ``faction`` owns it; else ``not_*_owner`` naming the owner."""
    row = live_row(session, kind, item_id)
    lock_row(session, row)  # a colleague changing it at the same moment: one after the other
    acting = faction_row(session, faction)
    if acting is None or acting.id != row.faction_id:
        owner = session.get(FactionRow, row.faction_id)
        raise UserFacingError(kind.not_owner, owner=owner.name if owner else "?")
    return row


def require_concept(session: Session, kind: Kind, row: Any) -> None:
    if row.status != "concept":
        raise UserFacingError(kind.not_concept, number=label(session, kind, row), status=row.status)


def require_live(session: Session, kind: Kind, row: Any) -> None:
    if row.deleted:
        raise UserFacingError(kind.deleted, number=label(session, kind, row))


def principle_by_number(session: Session, dossier_id: str, number: int) -> PrincipleRow:
    """The principle with this number in the newest version of the dossier's framework."""
    row = session.scalar(
        select(PrincipleRow)
        .join(DocumentRow, PrincipleRow.document_id == DocumentRow.id)
        .where(DocumentRow.dossier_id == dossier_id, PrincipleRow.number == number)
        .order_by(DocumentRow.version.desc(), DocumentRow.imported_at.desc())
    )
    if row is None:
        raise UserFacingError("principle_not_found", number=number)
    return row


def cosigner_names(session: Session, submitter: FactionRow, names: Iterable[str]) -> list[str]:
    """Existing factions, by their stored names, sorted; never the submitter itself."""
    rows = session.scalars(select(FactionRow)).all()
    by_name = {r.name: r for r in rows}
    by_fold = {r.name.casefold(): r for r in rows}
    result: dict[str, str] = {}
    for name in names:
        cleaned = " ".join(name.split())
        row = by_name.get(cleaned) or by_fold.get(cleaned.casefold())
        if row is None:
            raise UserFacingError("faction_not_found", name=cleaned)
        if row.id == submitter.id:
            raise UserFacingError("cosigner_is_submitter", name=row.name)
        result[row.id] = row.name
    return sorted(result.values(), key=lambda n: (n.casefold(), n))


# --- revisions ----------------------------------------------------------------------------------


def record_revision(session: Session, kind: Kind, row: Any, parent: str | None) -> Any:
    """Name the row's state by its content hash and keep that state as an immutable revision."""
    session.flush()  # the row must exist before its revision (no ORM relationship)
    item = kind.to_domain(session, row)
    rev_id = kind.revision_id(item, parent)
    row.revision_id = rev_id
    session.add(repo.revision_row(kind.revision, kind.fk, row, rev_id, parent, kind.content(item)))
    session.flush()
    if kind.name in search_index.ITEM_FIELDS:  # its texts, as search finds them
        search_index.index_items(session.connection(), kind.name, [row.id])
    return item._replace(revision_id=rev_id)  # an annotation, amendment or motie: all named tuples


def bump(session: Session, kind: Kind, row: Any, base_revision: str | None = None) -> Any:
    """A change by the owner: the next version, recorded as a revision of the one before.

    ``base_revision``: the revision the user had before them when they made the change. When
    another change came first (a colleague's, on a shared store), this one is recorded beside it,
    from that base: a conflict, shown with both versions, never silently written over the other."""
    parent = row.revision_id
    row.version += 1
    row.updated_at = datetime.now()
    if base_revision is None or base_revision == parent:
        return record_revision(session, kind, row, parent=parent)
    from raadsviewer.services import exchange

    record_revision(session, kind, row, parent=exchange.edit_base(session, kind.name, row.id, base_revision))
    exchange.rebuild_items(session, kind.name, row.dossier_id, [row.id])  # the conflict decides the row
    session.refresh(row)
    return kind.to_domain(session, row)


def editable_row(session: Session, kind: Kind, item_id: str, faction: str) -> tuple[Any, FactionRow]:
    """The item and its submitting faction, when ``faction`` owns it and it is a live concept."""
    row = owned_row(session, kind, item_id, faction)
    require_live(session, kind, row)
    require_concept(session, kind, row)
    submitter = session.get(FactionRow, row.faction_id)
    assert submitter is not None
    return row, submitter


def delete_by_owner(store: Store, kind: Kind, item_id: str, faction: str) -> Any:
    """The owner deletes a concept (:func:`delete`), in its own transaction."""
    with store.session() as session:
        return delete(session, kind, owned_row(session, kind, item_id, faction))


def restore_by_owner(store: Store, kind: Kind, item_id: str, faction: str) -> Any:
    """The owner restores a deleted item (:func:`restore`), in its own transaction."""
    with store.session() as session:
        return restore(session, kind, owned_row(session, kind, item_id, faction))


def delete(session: Session, kind: Kind, row: Any) -> Any:
    """Soft delete of a concept: it becomes a tombstone (its number stays taken)."""
    require_concept(session, kind, row)
    if row.deleted:
        return kind.to_domain(session, row)
    row.deleted = True
    return bump(session, kind, row)


def restore(session: Session, kind: Kind, row: Any) -> Any:
    if not row.deleted:
        return kind.to_domain(session, row)
    row.deleted = False
    return bump(session, kind, row)
