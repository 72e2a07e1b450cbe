"""Who owns this store, and so who is looking and who may decide (``domain.access``).

The owner is kept in the store (``store_setting``): the griffie, or a member of a faction. A
store without an owner (made by a script, or by a version before owners) acts as the griffie's
for its own decisions.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from raadsviewer.domain.access import Role, Viewer, viewer_of
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.names import clean_name
from raadsviewer.services.factions import ensure_faction_row, ensure_member_row, faction_row
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import FactionRow, StoreSettingRow


@dataclass(frozen=True, slots=True)
class Owner:
    role: Role
    faction_id: str | None = None
    faction: str | None = None
    member: str | None = None
    explicit: bool = True  # False: no owner was set; the store acts as the griffie's

    @property
    def viewer(self) -> Viewer:
        if self.role is Role.GRIFFIE:
            return Viewer.griffie()
        assert self.faction_id is not None
        return Viewer.of_member(self.faction_id, self.member)

    def as_dict(self) -> dict[str, object]:
        return {"role": str(self.role), "faction": self.faction, "member": self.member, "set": self.explicit}


def _get(session: Session, key: str) -> str | None:
    row = session.get(StoreSettingRow, key)
    return row.value if row is not None else None


def _put(session: Session, key: str, value: str | None) -> None:
    row = session.get(StoreSettingRow, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(StoreSettingRow(key=key, value=value))
    else:
        row.value = value
    session.flush()


def owner_in(session: Session) -> Owner:
    role = _get(session, "owner_role")
    if role != Role.MEMBER.value:
        return Owner(Role.GRIFFIE, explicit=role == Role.GRIFFIE.value)
    faction_id = _get(session, "owner_faction_id")
    row = session.get(FactionRow, faction_id) if faction_id else None
    if row is None:  # the faction is gone: nobody may decide in its name
        raise UserFacingError("owner_faction_missing")
    return Owner(Role.MEMBER, row.id, row.name, _get(session, "owner_member"))


def get_owner(store: Store) -> Owner:
    with store.read_session() as session:
        return owner_in(session)


def set_owner_griffie(store: Store) -> Owner:
    """This is the griffie's store (its signing key is made on first use).

    A laptop that took its dossier from the griffie (it trusts the griffie's key) stays a
    member's: made the griffie's, it would decide what only the griffie decides, in its own store.
    """
    with store.session() as session:
        from raadsviewer.storage.models import GriffieKeyRow

        if session.query(GriffieKeyRow).filter(GriffieKeyRow.origin == "trusted").first() is not None:
            raise UserFacingError("owner_is_laptop")
        _put(session, "owner_role", Role.GRIFFIE.value)
        _put(session, "owner_faction_id", None)
        _put(session, "owner_member", None)
        return owner_in(session)


def set_owner_member(store: Store, faction: str, member: str) -> Owner:
    """This laptop is a member's of ``faction`` (made here when the store has no such faction).

    A store that holds the griffie's own key stays the griffie's: it cannot become a laptop.
    """
    faction = clean_name(faction, "faction")
    member = clean_name(member, "member")
    with store.session() as session:
        from raadsviewer.storage.models import GriffieKeyRow

        if session.query(GriffieKeyRow).filter(GriffieKeyRow.origin == "own").first() is not None:
            raise UserFacingError("owner_is_griffie_store")
        row = faction_row(session, faction)
        if row is None and session.query(GriffieKeyRow).filter(GriffieKeyRow.origin == "trusted").first() is not None:
            # The griffie's dossier is here: its factions are the council's, with the griffie's
            # ids. A faction made here would never be one of them: its work could not be merged
            # and the griffie's next dossier would be refused ("faction_id_mismatch").
            known = sorted(session.scalars(select(FactionRow.name)).all())
            raise UserFacingError("owner_faction_not_in_dossier", faction=faction, known=", ".join(known) or "-")
        row = row or ensure_faction_row(session, faction)
        ensure_member_row(session, row, member)
        _put(session, "owner_role", Role.MEMBER.value)
        _put(session, "owner_faction_id", row.id)
        _put(session, "owner_member", member)
        return owner_in(session)


def adopt_griffie_id(session: Session, row: FactionRow, faction_id: str) -> FactionRow:
    """The faction this laptop made before it had the griffie's dossier (the member chose it at
    the first start), under the id the griffie's dossier gives it: its members, and the laptop's
    owner when it is theirs, go with it. Only while it holds nothing that names its id (items,
    their versions, a key, an export or merge): those carry the id in what was signed and
    sent, so such a faction stays refused ("faction_id_mismatch")."""
    from raadsviewer.storage.models import (
        AmendmentRevisionRow,
        AmendmentRow,
        AnnotationRevisionRow,
        AnnotationRow,
        ExportLogRow,
        FactionKeyRow,
        MergeLogRow,
        MotieRevisionRow,
        MotieRow,
        PassageLinkRevisionRow,
        PassageLinkRow,
    )

    holding = (
        AnnotationRow,
        AnnotationRevisionRow,
        AmendmentRow,
        AmendmentRevisionRow,
        MotieRow,
        MotieRevisionRow,
        PassageLinkRow,
        PassageLinkRevisionRow,
        ExportLogRow,
        MergeLogRow,
        FactionKeyRow,
    )
    for model in holding:
        if session.scalar(select(model.faction_id).where(model.faction_id == row.id).limit(1)) is not None:
            raise UserFacingError("faction_id_mismatch", faction=row.name)
    old, name, colour, seats = row.id, row.name, row.colour, row.seats
    members = [m.name for m in row.members]
    session.delete(row)  # its members with it (and its name is free again)
    session.flush()
    adopted = FactionRow(id=faction_id, name=name, colour=colour, seats=seats)
    session.add(adopted)
    session.flush()
    for member in members:
        ensure_member_row(session, adopted, member)
    if _get(session, "owner_faction_id") == old:
        _put(session, "owner_faction_id", faction_id)
    return adopted


def viewer_for(session: Session, viewer_faction: str | None = None, member: str | None = None) -> Viewer:
    """Who a service shows things to (``domain.access.viewer_of``: the owner decides; only a
    store without an owner honours ``viewer_faction``)."""
    keys = ("owner_role", "owner_faction_id", "owner_member")
    found = dict(
        session.execute(select(StoreSettingRow.key, StoreSettingRow.value).where(StoreSettingRow.key.in_(keys))).all()
    )  # one query: every search asks
    named = None
    if viewer_faction and not found.get("owner_role"):  # a store with an owner ignores the name
        row = faction_row(session, viewer_faction)
        named = row.id if row is not None else ""
    return viewer_of(found.get("owner_role"), found.get("owner_faction_id"), found.get("owner_member"), named)


def griffie_only(session: Session, what: str) -> None:
    """Refuses what only the griffie's store can make right (``griffie_only`` naming ``what``): the
    stemlijst and the council's letter need every faction's items and the meeting's facts, which a
    member's laptop has only as far as the griffie's dossier brought them."""
    if owner_in(session).role is not Role.GRIFFIE:
        raise UserFacingError("griffie_only", what=what)


def require_griffie(session: Session, what: str) -> Owner:
    """The owner, when this store is the griffie's; else ``griffie_decision`` naming ``what``."""
    owner = owner_in(session)
    if owner.role is not Role.GRIFFIE:
        raise UserFacingError("griffie_decision", what=what)
    return owner
