"""Working offline together: a faction exports a signed package, the clerk (or a colleague)
merges packages into one store.

Decisions (see also ``domain.merge`` for the laws and ``domain.package`` for the file):

* **What travels, and to whom.** A package is written for an audience (``domain.access``):
  *voor fractiegenoten* (``fractie``) carries fractie, griffie and openbaar items, *voor de
  griffie* (``griffie``) griffie and openbaar items only; privé never leaves the laptop. It
  carries the exporting faction's own items in one dossier, with their history and tombstones,
  but the history starts at the first version the audience may see: earlier, narrower versions
  (a privé or fractie text) stay home, and the package names them only by id as ``withheld``
  parents. An item whose current state the audience may not see does not travel at all (a shared
  note made privé again is not recalled: the receiver keeps the last state it received). The
  package is sealed to its audience (``domain.sealed``): to the faction's own key for colleagues,
  to the griffie's key (known from its dossier) for the griffie.
  Principle-passage **links** (``services.links``) travel too: all of the faction's links with
  their whole history and tombstones (a link has no visibility; what a faction says about the
  ranking is shared work). They follow exactly the rules of annotations below. **Moties**
  (``services.moties``) travel as amendments do: a concept only to the faction and the griffie,
  a submitted one to everyone, never with an outcome or votes.
* **Every package is its own transaction**: a refused package (damaged, forged, of another
  faction...) changes nothing and does not stop the good ones; each merged package has its own
  entry in the merge log, so ``undo_last_merge`` takes back exactly one package.
* **Who may add what.** A package is signed with its faction's key; the key must be trusted in
  this store *for that faction* (and not untrusted since); this is checked before any part is
  read. Every revision must be owned by that faction and every item it touches that exists here
  must be owned by it; anything else refuses the whole package. Item by item (the rest merges):
  an item whose id carries another faction's prefix (``domain.access.id_prefix``: squatting an
  id the owner has not sent yet), an item with a privé version, and an item whose versions claim
  a griffie decision (an outcome, votes, inclusion in the concept-zienswijze) are refused with
  the reason; versions the receiving store's owner may not see (a fractie note at the griffie)
  are left out, as if withheld. A faction laptop merges only its own faction's packages.
* **Current rows** are recomputed from the set of revisions after each merge (``domain.merge``),
  then adapted to this store: a document version the store lacks is re-anchored where the quote
  is still found (``anchoring.locate``) and otherwise left without document (the item is listed
  in the report, not dropped). That depends only on the revisions and the store's documents,
  never on the order of merging. Official amendment and motie numbers are the griffie's
  decisions, not the revisions': the griffie's store gives a submitted amendment or motie the next
  number when it first merges it, and a number once given never changes, whatever a later
  package claims.
* **Resolving a conflict** writes a merge revision whose parents are all heads. The owner faction
  may do it in its own store (``faction=...``): the resolution then travels signed with its next
  package, which is the preferred way. The clerk may also resolve (``faction=None``), for the
  clerk's own store: the clerk cannot sign for the faction, so such a resolution stays local
  (if the faction later edits from an older head, the clerk sees a conflict again).
* **Members** named in packages are not added to the member table (their names stay in
  ``author``); factions are created from trusted key files with the same id everywhere.
"""

from __future__ import annotations

import gc
import json
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import msgspec
from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Executable,
    String,
    Table,
    any_,
    bindparam,
    delete,
    func,
    insert,
    literal_column,
    select,
    text,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from raadsviewer import __version__
from raadsviewer.domain import merge as M
from raadsviewer.domain import package as P
from raadsviewer.domain import sealed
from raadsviewer.domain.access import (
    LINK_VISIBILITY,
    SUBMITTED_FIELDS,
    Audience,
    Role,
    Viewer,
    amendment_visibility,
    change_after_submission,
    decision_in_amendment,
    decision_in_annotation,
    decision_in_motie,
    id_owners,
    may_see,
    may_travel,
    motie_visibility,
)
from raadsviewer.domain.anchoring import locate
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import TextAnchor, Visibility, new_id
from raadsviewer.domain.names import name_problem
from raadsviewer.messages import os_reason
from raadsviewer.services import items, keys, roles
from raadsviewer.services.factions import faction_row
from raadsviewer.storage import bulk, search_index
from raadsviewer.storage.db import Store, json_field, lock
from raadsviewer.storage.models import (
    AmendmentRevisionRow,
    AmendmentRow,
    AnnotationRevisionRow,
    AnnotationRow,
    Base,
    DocumentRow,
    DossierRow,
    ExportLogRow,
    FactionKeyRow,
    FactionRow,
    GriffieKeyRow,
    MergeLogRow,
    MotieRevisionRow,
    MotieRow,
    PassageLinkRevisionRow,
    PassageLinkRow,
    PrincipleRow,
    RevisionParentRow,
)
from raadsviewer.words import N_

ANNOTATION, AMENDMENT, LINK, MOTIE = "annotation", "amendment", "link", "motie"
KINDS = (ANNOTATION, AMENDMENT, LINK, MOTIE)
NUMBERED = (AMENDMENT, MOTIE)  # the kinds the griffie numbers and decides on
STANCES = ("steun", "zorg", "vraag", "bezwaar")
_CHUNK = 500

Progress = Callable[[int, str], None]  # (percent, step), as in the other services


@dataclass(frozen=True, slots=True)
class _Kind:
    item: Any
    revision: Any
    fk: str  # the revision table's column naming the item
    content_id: str  # the content's key naming the item


_KINDS = {
    ANNOTATION: _Kind(AnnotationRow, AnnotationRevisionRow, "annotation_id", "annotation_id"),
    AMENDMENT: _Kind(AmendmentRow, AmendmentRevisionRow, "amendment_id", "amendment_id"),
    LINK: _Kind(PassageLinkRow, PassageLinkRevisionRow, "link_id", "link_id"),
    MOTIE: _Kind(MotieRow, MotieRevisionRow, "motie_id", "motie_id"),
}


def _item_kind(kind: str) -> items.Kind:
    """The shared rules of a numbered kind (``services.items``)."""
    from raadsviewer.services.amendments import AMENDMENT as AMENDMENTS
    from raadsviewer.services.moties import MOTIE as MOTIES

    return AMENDMENTS if kind == AMENDMENT else MOTIES


# --- reports ------------------------------------------------------------------------------------


@dataclass(slots=True)
class PackageReport:
    path: str
    status: str = "refused"  # merged | already_merged | listed_twice | would_merge | refused
    faction: str = ""
    member: str = ""
    created: str = ""
    sequence: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    refused: bool = True
    code: str | None = None
    reason: str | None = None
    warnings: list[str] = field(default_factory=list)
    unanchored: list[str] = field(default_factory=list)  # items whose quote was not found again
    refused_items: list[dict[str, str]] = field(default_factory=list)  # {"item", "code", "reason"}
    withheld: int = 0  # versions left out: this store's owner may not see them
    numbered: list[str] = field(default_factory=list)  # official numbers given in this merge ("A3")
    sealed_to: str | None = None  # the audience the package was sealed to (None: signed only)

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "faction": self.faction,
            "member": self.member,
            "created": self.created,
            "sequence": self.sequence,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "conflicts": self.conflicts,
            "refused": self.refused,
            "code": self.code,
            "reason": self.reason,
            "warnings": list(self.warnings),
            "unanchored": list(self.unanchored),
            "refused_items": list(self.refused_items),
            "withheld": self.withheld,
            "numbered": list(self.numbered),
            "sealed_to": self.sealed_to,
        }


@dataclass(frozen=True, slots=True)
class ExportItem:
    kind: str
    id: str
    label: str
    visibility: str | None
    deleted: bool
    revisions: int  # versions that leave
    texts: tuple[str, ...] = ()  # exactly the texts that leave, one per version (oldest first)
    withheld: int = 0  # versions that stay home (the audience may not see them)
    principle: int | None = None  # an annotation's principle (its number), for the window to name


@dataclass(frozen=True, slots=True)
class ExportPreview:
    faction: str
    per_visibility: dict[str, int]  # annotations leaving the laptop, per visibility
    amendments: int
    deleted: int  # tombstones among them
    withheld_private: int  # annotations that stay home (privé now)
    revisions: int
    items: tuple[ExportItem, ...]
    links: int = 0  # principle-passage links (all of the faction's; tombstones counted in ``deleted``)
    audience: str = Audience.GRIFFIE.value
    withheld_revisions: int = 0  # versions of travelling items that stay home
    withheld_items: int = 0  # items whose current state the audience may not see (privé included)
    moties: int = 0  # moties leaving (tombstones counted in ``deleted``)
    # sealed to the audience: always for colleagues (the faction's own key); for the griffie only once
    # this laptop knows the griffie's key (from its dossier), else signed and readable by whoever has it
    sealed: bool = True


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    sequence: int
    sha256: str
    fingerprint: str
    preview: ExportPreview
    sealed_to: str | None = None  # "fractie" | "griffie"; None: signed only (no griffie key known)


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: str
    item_id: str
    faction: str
    label: str
    current: str  # the head shown now
    base: dict[str, Any] | None  # {"id", "content"} of the nearest common ancestor
    # [{"id", "content", "by"}], sorted by id; "by": who made that version (the member whose package
    # brought it, or this laptop's own user), not the item's original author
    heads: tuple[dict[str, Any], ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "item_id": self.item_id,
            "faction": self.faction,
            "label": self.label,
            "current": self.current,
            "base": self.base,
            "heads": list(self.heads),
        }


# --- reading revisions from the store --------------------------------------------------------------


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]


_ID_LIST = 10_000  # ids per statement: each goes as one parameter, however many it holds


def _among(session: Session, column: Any) -> ColumnElement[bool]:
    """``column`` is one of the list ``:ids``, given as a single parameter (SQLite: a JSON array
    read with ``json_each``; PostgreSQL: an array). A list of one placeholder per id costs
    SQLAlchemy its compiling and binding value by value, and a merge asks about every item and
    revision of a package in this way (see :func:`_in_chunks`)."""
    if session.get_bind().dialect.name == "postgresql":
        return cast("ColumnElement[bool]", column == any_(bindparam("ids", type_=ARRAY(String))))
    value: ColumnElement[str] = literal_column("value", String)
    return cast(
        "ColumnElement[bool]", column.in_(select(value).select_from(func.json_each(bindparam("ids", type_=String))))
    )


def _in_chunks(session: Session, statement: Executable, values: Sequence[str]) -> Iterator[Any]:
    """The rows of ``statement`` (whose condition is made by :func:`_among`) for all ``values``,
    a bounded list at a time."""
    server = session.get_bind().dialect.name == "postgresql"
    for i in range(0, len(values), _ID_LIST):
        chunk = list(values[i : i + _ID_LIST])
        yield from session.execute(statement, {"ids": chunk if server else msgspec.json.encode(chunk).decode()})


def _load_revisions(session: Session, kind: str, item_ids: Sequence[str]) -> dict[str, dict[str, M.Revision]]:
    """Per item: its revisions (content holds only the version; see ``_content``)."""
    k = _KINDS[kind]
    rev = k.revision.__table__
    rows: list[tuple[str, str, str | None, int]] = [
        (r[0], r[1], r[2], r[3])
        for r in _in_chunks(
            session,
            select(rev.c.id, rev.c[k.fk], rev.c.parent_id, rev.c.version).where(_among(session, rev.c[k.fk])),
            list(item_ids),
        )
    ]
    extra: dict[str, list[str]] = defaultdict(list)
    ids = [r[0] for r in rows]
    for rid, pid in _in_chunks(
        session,
        select(RevisionParentRow.revision_id, RevisionParentRow.parent_id).where(
            RevisionParentRow.kind == kind, _among(session, RevisionParentRow.revision_id)
        ),
        ids,
    ):
        extra[rid].append(pid)
    result: dict[str, dict[str, M.Revision]] = defaultdict(dict)
    for rid, item, parent, version in rows:
        parents = tuple(sorted(([parent] if parent else []) + extra.get(rid, [])))
        result[item][rid] = M.Revision(rid, item, parents, {"version": version})
    return result


def _table(model: type[Base]) -> Table:
    """A model's table, as the Core statements of the bulk paths take it."""
    return cast(Table, model.__table__)


def _content(session: Session, kind: str, revision_id: str) -> dict[str, Any]:
    raw = session.scalar(select(_KINDS[kind].revision.content_json).where(_KINDS[kind].revision.id == revision_id))
    assert raw is not None, revision_id
    content: dict[str, Any] = json.loads(raw)
    return content


# --- turning a revision into the item's current row ----------------------------------------------


class _Documents:
    """The store's documents of one dossier, for re-anchoring items made against a version it lacks."""

    def __init__(self, session: Session, dossier_id: str) -> None:
        self.session = session
        self.rows = session.execute(
            select(DocumentRow.id, DocumentRow.role, DocumentRow.version, DocumentRow.sha256).where(
                DocumentRow.dossier_id == dossier_id
            )
        ).all()
        self.ids = {r[0] for r in self.rows}
        self.order = [r[0] for r in sorted(self.rows, key=lambda r: (r[1] != "framework", -r[2], r[0]))]
        self.principles: dict[str, str] = dict(  # the dossier's principles, each with its document
            session.execute(
                select(PrincipleRow.id, PrincipleRow.document_id).where(PrincipleRow.document_id.in_(self.ids))
            ).all()
        )
        self._texts: dict[str, str] = {}

    def text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            self._texts[doc_id] = self.session.scalar(select(DocumentRow.text).where(DocumentRow.id == doc_id)) or ""
        return self._texts[doc_id]

    def principle_at(self, doc_id: str, start: int, end: int) -> str | None:
        return self.session.scalar(
            select(PrincipleRow.id)
            .where(PrincipleRow.document_id == doc_id, PrincipleRow.start <= start, PrincipleRow.end >= end)
            .order_by(PrincipleRow.number)
        )

    def place(self, c: Mapping[str, Any], row: dict[str, Any]) -> str | None:
        """The anchor columns for this store, written into ``row``; a note when the item had to be
        re-anchored or was not."""
        doc_id = c["document_id"]
        row["document_id"] = doc_id
        row["quote"] = c["quote"]
        row["quote_prefix"] = c["quote_prefix"]
        row["quote_suffix"] = c["quote_suffix"]
        row["quote_start"] = c["quote_start"]
        row["quote_end"] = c["quote_end"]
        row["principle_id"] = c["principle_id"] if c["principle_id"] in self.principles else None
        if doc_id is None or doc_id in self.ids:
            return None
        row["document_id"] = None
        if c["quote"]:
            anchor = TextAnchor(
                doc_id,
                c["quote"],
                c["quote_prefix"] or "",
                c["quote_suffix"] or "",
                c["quote_start"] or 0,
                c["quote_end"] or 0,
            )
            for candidate in self.order:
                found = locate(anchor, self.text(candidate))
                if found is not None:
                    row.update(document_id=candidate, quote_start=found.start, quote_end=found.end)
                    if row["principle_id"] is None:
                        row["principle_id"] = self.principle_at(candidate, found.start, found.end)
                    return "reanchored"
        return "unanchored"


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _row_values(kind: str, rev_id: str, c: Mapping[str, Any], docs: _Documents) -> tuple[dict[str, Any], str | None]:
    common = {
        "id": c[_KINDS[kind].content_id],
        "dossier_id": c["dossier_id"],
        "faction_id": c["faction_id"],
        "author": c["author"],
        "created_at": _dt(c["created_at"]),
        "updated_at": _dt(c["updated_at"]),
        "version": c["version"],
        "revision_id": rev_id,
        "deleted": c["deleted"],
    }
    note = docs.place(c, common) if kind != MOTIE else None  # a motie names principles, not a passage
    if kind == ANNOTATION:
        # include_in_draft is the griffie's decision, kept on the row: never taken from a version
        common.update(stance=c["stance"], visibility=c["visibility"], body=c["body"], include_in_draft=False)
    elif kind == LINK:
        common["status"] = c["status"]
    elif kind == MOTIE:
        common.update(
            draft_number=c["number"],
            title=c["title"],
            municipality=c["municipality"],
            meeting_date=date.fromisoformat(c["meeting_date"]) if c["meeting_date"] else None,
            constaterende_json=json.dumps(c["constaterende"], ensure_ascii=False),
            overwegende_json=json.dumps(c["overwegende"], ensure_ascii=False),
            kind=c["kind"],
            dictum_json=json.dumps(c["dictum"], ensure_ascii=False),
            cosigners_json=json.dumps(c["cosigners"], ensure_ascii=False),
            principle_ids_json=json.dumps(c["principle_ids"]),
            agenda_item=c["agenda_item"],
            status=c["status"],
            votes_json=json.dumps(c["votes"], ensure_ascii=False),
        )
    else:
        common.update(
            draft_number=c["number"],
            title=c["title"],
            betreft=c["betreft"],
            operation=c["operation"],
            old_text=c["old_text"],
            new_text=c["new_text"],
            rationale=c["rationale"],
            cosigners_json=json.dumps(c["cosigners"], ensure_ascii=False),
            status=c["status"],
            votes_json=json.dumps(c["votes"], ensure_ascii=False),
            parent_id=None,
        )
    return common, note


def _write_rows(session: Session, kind: str, new_rows: list[dict[str, Any]], changed: list[dict[str, Any]]) -> None:
    table = _KINDS[kind].item.__table__
    if kind == AMENDMENT:
        # ``number`` is this store's own sequence (never shown); the official number is the
        # griffie's decision (``items.number_submitted``), never taken from a package.
        from raadsviewer.services.amendments import store_sequence_number

        new_rows = [{**row, "number": store_sequence_number(session, row["dossier_id"])} for row in new_rows]
    if kind == ANNOTATION:  # an update keeps the griffie's decision on the row
        changed = [{k: v for k, v in row.items() if k != "include_in_draft"} for row in changed]
    if new_rows:
        bulk.insert_rows(session.connection(), table, new_rows)
    if changed:
        from sqlalchemy import bindparam

        cols = [c for c in changed[0] if c != "id"]
        stmt = update(table).where(table.c.id == bindparam("_id")).values({c: bindparam(c) for c in cols})
        session.connection().execute(stmt, [{**{c: r[c] for c in cols}, "_id": r["id"]} for r in changed])


def _fix_amendments(session: Session, dossier_id: str) -> None:
    """Sub-amendment links and numbers: functions of the whole set, so recomputed after a change."""
    # A sub-amendment may arrive before its parent; link it once the parent is here.
    parent_of = json_field(session, "r.content_json", "parent_id")
    session.execute(
        text(
            f"UPDATE amendment SET parent_id = (SELECT {parent_of} "
            "FROM amendment_revision r WHERE r.id = amendment.revision_id) "
            f"WHERE dossier_id = :d AND parent_id IS NULL AND (SELECT {parent_of} "
            "FROM amendment_revision r WHERE r.id = amendment.revision_id) IN (SELECT id FROM amendment)"
        ),
        {"d": dossier_id},
    )
    _keep_decisions(session, AMENDMENT, dossier_id)


def _keep_decisions(session: Session, kind: str, dossier_id: str) -> None:
    """The griffie's decisions stand over what the versions say (outcome and votes)."""
    table = _KINDS[kind].item.__table__
    session.execute(
        update(table)
        .where(table.c.dossier_id == dossier_id, table.c.decided_status.is_not(None))
        .values(status=table.c.decided_status, votes_json=func.coalesce(table.c.decided_votes_json, "[]"))
    )


def _rebuild(
    session: Session, kind: str, dossier_id: str, item_ids: Iterable[str], docs: _Documents | None = None
) -> None:
    """Recompute the current rows of these items from their revisions (deletes rows left without)."""
    item_ids = sorted(set(item_ids))
    docs = docs or _Documents(session, dossier_id)
    revs = _load_revisions(session, kind, item_ids)
    k = _KINDS[kind]
    changed = []
    for item in item_ids:
        if not revs.get(item):
            session.execute(delete(_table(k.item)).where(k.item.__table__.c.id == item))
            continue
        state = M.current(revs[item].values())
        values, _note = _row_values(kind, state.current.id, _content(session, kind, state.current.id), docs)
        changed.append(values)
    _write_rows(session, kind, [], changed)
    if kind in search_index.ITEM_FIELDS:  # also drops the units of items left without revisions
        search_index.index_items(session.connection(), kind, item_ids)
    if kind == AMENDMENT:
        _fix_amendments(session, dossier_id)
    elif kind == MOTIE:
        _keep_decisions(session, MOTIE, dossier_id)


def rebuild_items(session: Session, kind: str, dossier_id: str, item_ids: Iterable[str]) -> None:
    """The current rows of these items recomputed from their revisions (as after a merge)."""
    _rebuild(session, kind, dossier_id, item_ids)


def edit_base(session: Session, kind: str, item_id: str, base_revision: str) -> str:
    """The parent of an edit made from an older revision than the item's current one (another
    edit came first, on a shared store): that revision, so the two edits stand side by side as
    a conflict. Refused when it is no revision of the item."""
    k = _KINDS[kind]
    found = session.scalar(
        select(k.revision.id).where(k.revision.id == base_revision, getattr(k.revision, k.fk) == item_id)
    )
    if found is None:
        raise UserFacingError("edit_base_unknown", id=base_revision[:12])
    return str(found)


# --- merging one package ------------------------------------------------------------------------


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise UserFacingError("file_not_found", name=str(path)) from exc
    except OSError as exc:
        raise UserFacingError("file_unreadable", name=path.name, reason=os_reason(exc)) from exc
    if size > P.MAX_FILE_BYTES:
        raise P.refuse("package_too_large", part="(file)", size_bytes=size, limit_bytes=P.MAX_FILE_BYTES)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserFacingError("file_unreadable", name=path.name, reason=os_reason(exc)) from exc


def _unseal(session: Session, data: bytes) -> tuple[bytes, str | None]:
    """The package inside a sealed file, opened with this store's key for its audience."""
    head = sealed.header(data)
    if head is None:
        if sealed.is_sealed(data):
            raise P.refuse("package_damaged", reason=N_("de verzegeling is onleesbaar"))
        return data, None
    key = None
    own = session.scalar(select(GriffieKeyRow).where(GriffieKeyRow.origin == "own"))
    if own is not None and own.public_key == head.recipient:
        key = keys.griffie_signing_key(session, create=False)
    else:
        row = session.scalar(select(FactionKeyRow).where(FactionKeyRow.public_key == head.recipient))
        if row is not None and row.secret_pem:
            key = keys.signing_key(session, session.get(FactionRow, row.faction_id), create=False)  # type: ignore[arg-type]
    if key is None:
        if head.audience == "griffie" and roles.owner_in(session).role is Role.GRIFFIE:  # another griffie's
            raise P.refuse("package_other_griffie")
        raise P.refuse("package_not_for_you", audience=head.audience)
    inner = sealed.open_sealed(data, keys.secret_seed(key))
    if inner is None:
        raise P.refuse(
            "package_damaged", reason=N_("de verzegelde inhoud gaat niet open: hij is na het verzegelen veranderd")
        )
    return inner, head.audience


def _check_sender(session: Session, opened: P.Opened) -> FactionRow:
    """Before any part is read: the dossier is here, the signer's key is trusted (and not
    untrusted since) for the faction the package names, and this store takes its packages."""
    m = opened.manifest
    if session.get(DossierRow, opened.dossier_id) is None:
        title = str(m["dossier"]["title"])[:200]
        if session.scalar(select(DossierRow.id).where(DossierRow.title == title).limit(1)) is not None:
            raise P.refuse("package_own_dossier", title=title)  # the faction made a dossier of its own
        raise P.refuse("package_other_dossier", title=title)
    owner = keys.key_owner(session, opened.public_key)
    if owner is None:
        fingerprint = keys.fingerprint(opened.public_key)
        if session.get(FactionKeyRow, opened.faction_id) is not None:  # a member's laptop made a key of its own
            raise P.refuse("package_second_key", faction=opened.faction_name, fingerprint=fingerprint)
        raise P.refuse("package_unknown_key", faction=opened.faction_name, fingerprint=fingerprint)
    if owner.faction_id != opened.faction_id:
        holder = session.get(FactionRow, owner.faction_id)
        raise P.refuse("package_wrong_key", faction=opened.faction_name, holder=holder.name if holder else "?")
    faction = session.get(FactionRow, opened.faction_id)
    assert faction is not None  # a trusted key always has its faction
    if owner.untrusted_at is not None:
        raise P.refuse("key_untrusted", faction=faction.name, since=owner.untrusted_at.strftime("%d-%m-%Y %H:%M"))
    store_owner = roles.owner_in(session)
    if store_owner.role is Role.MEMBER and store_owner.faction_id != faction.id:
        raise P.refuse("package_not_for_this_laptop", faction=faction.name, owner=store_owner.faction or "?")
    problem = name_problem(str(m["member"]))
    if problem is not None:
        raise P.refuse("package_invalid", reason=f"member: {problem[0]} {problem[1]}")
    return faction


def _load(session: Session, data: bytes) -> P.Package:
    """Unseal, check the structure and the signature, check the sender, then read the parts."""
    inner, audience = _unseal(session, data)
    opened = P.open_package(inner)
    try:
        _check_sender(session, opened)
    except BaseException:
        opened.close()
        raise
    return P.read_parts(opened, sealed_to=audience)


def _visibility(kind: str, content: Mapping[str, Any]) -> str:
    return _VISIBILITY_OF[kind](content)


_VISIBILITY_OF: dict[str, Callable[[Mapping[str, Any]], str]] = {  # asked for every version of a merge
    ANNOTATION: lambda content: str(content["visibility"]),
    AMENDMENT: lambda content: amendment_visibility(content["status"]).value,
    MOTIE: lambda content: motie_visibility(content["status"]).value,
    LINK: lambda _content: LINK_VISIBILITY.value,
}


def _item_problem(
    kind: str,
    revs: Sequence[M.Revision],
    faction_id: str,
    owner_of: Callable[[str], str | None],
    *,
    from_griffie: bool = False,
) -> str | None:
    """Why one item of a package is refused (the rest of the package still merges), or None.
    ``owner_of``: the faction whose prefix an id carries (``domain.access.id_owners``)."""
    item = revs[0].item_id
    claimed = owner_of(item)
    if claimed is not None and claimed != faction_id:
        return "item_id_of_other_faction"
    claim = None if from_griffie else _DECISION_CLAIMS.get(kind)
    for rev in revs:
        if kind == ANNOTATION and rev.content["visibility"] == Visibility.PRIVE.value:
            return "item_private"
        if claim is not None and claim(rev.content) is not None:
            return "item_griffie_decision"
    return None


_DECISION_CLAIMS: dict[str, Callable[[Mapping[str, object]], str | None]] = {
    ANNOTATION: decision_in_annotation,
    AMENDMENT: decision_in_amendment,
    MOTIE: decision_in_motie,
}


def _change_after_submission(
    session: Session, kind: str, known: Mapping[str, M.Revision], state: M.State, *, decided: bool
) -> str | None:
    """What a version a package brings changes of a submitted amendment or motie that a faction
    may not change (``access.change_after_submission``), held against the item as this store has
    it: every head the package adds, not only the one that would be shown (a second branch, even
    one begun before the submission, would otherwise stand as a conflict the griffie might pick)."""
    before = _content(session, kind, M.current(known.values()).current.id)
    for head in state.heads:
        if head.id not in known:
            changed = change_after_submission(kind, before, head.content, decided=decided)
            if changed is not None:
                return changed
    return None


def _refuse_item(report: PackageReport, item: str, code: str, lang: str, name: str | None = None) -> None:
    reason = UserFacingError(code, item=name or item).message(lang)
    report.refused_items.append({"item": item, "code": code, "reason": reason})


def _item_name(session: Session, kind: str, item_id: str, content: Mapping[str, Any]) -> str:
    """How the clerk knows an item a package brings: an amendment's or motie's label here ("A3",
    "GL-2") or its title, a note's first words; its id when there is nothing else."""
    if kind in NUMBERED:
        row = session.get(_KINDS[kind].item, item_id)
        if row is not None:
            return items.label(session, _item_kind(kind), row)
        text = str(content.get("title") or "")
    else:
        text = str(content.get("body") or "") if kind == ANNOTATION else ""
    words = " ".join(text.split())
    if not words:
        return item_id
    return f"“{words[:60]}…”" if len(words) > 60 else f"“{words}”"


def merge_revisions(
    session: Session,
    dossier_id: str,
    faction_id: str,
    incoming_by_kind: Mapping[str, Sequence[M.Revision]],
    withheld: set[str],
    report: PackageReport,
    *,
    lang: str = "nl",
    from_griffie: bool = False,
) -> dict[str, list[str]]:
    """Merge one faction's revisions into the open transaction (a package's, or the part of the
    griffie's dossier that is that faction's); returns the ids of the revisions it added, per kind
    (what the merge log keeps, so that undo takes back exactly those).

    ``from_griffie``: signed by the griffie (its dossier), so versions from before decisions were
    kept beside the revisions are not refused for carrying one.
    """
    docs = _Documents(session, dossier_id)
    viewer = roles.viewer_for(session)
    owner_of = id_owners(set(session.scalars(select(FactionRow.id)).all()))
    logged: dict[str, list[str]] = {}
    touched: dict[str, list[str]] = {}

    @lru_cache(maxsize=1024)  # the few visibilities and authors of one faction, asked for every version
    def seen(visibility: str, author: str) -> bool:
        return may_see(viewer, faction_id, visibility, author)

    for kind in KINDS:
        everything = incoming_by_kind.get(kind, ())
        if not everything:
            continue
        k = _KINDS[kind]
        grouped: dict[str, list[M.Revision]] = defaultdict(list)
        for rev in everything:
            grouped[rev.item_id].append(rev)
        all_ids = sorted(grouped)
        owners: dict[str, str] = {}
        decided: set[str] = set()  # items the council has voted on
        outcome = getattr(k.item, "decided_status", None)
        columns = (k.item.id, k.item.faction_id) if outcome is None else (k.item.id, k.item.faction_id, outcome)
        for r in _in_chunks(session, select(*columns).where(_among(session, k.item.id)), all_ids):
            owners[r[0]] = r[1]
            if outcome is not None and r[2] is not None:
                decided.add(r[0])
        # An id is one item of one kind: none of these may be an item of another kind here.
        elsewhere = union_all(
            *(select(_KINDS[o].item.id).where(_among(session, _KINDS[o].item.id)) for o in KINDS if o != kind)
        )
        for clash in _in_chunks(session, select(elsewhere.subquery().c.id).limit(1), all_ids):
            raise P.refuse("package_foreign_item", item=clash[0])
        for item, owner_id in owners.items():  # editing another faction's item here: forged
            if owner_id != faction_id:
                raise P.refuse("package_foreign_item", item=item)
        # Item by item: refused items and versions this store's owner may not see stay out.
        by_item: dict[str, list[M.Revision]] = {}
        visibility_of = _VISIBILITY_OF[kind]
        allowed_missing = set(withheld)
        for item in all_ids:
            revs = grouped[item]
            problem = _item_problem(kind, revs, faction_id, owner_of, from_griffie=from_griffie)
            if problem is not None:
                last = revs[-1].content  # named by its words only when this store's owner may read them
                shown = seen(visibility_of(last), str(last.get("author")))
                _refuse_item(report, item, problem, lang, _item_name(session, kind, item, last) if shown else None)
                continue
            visible = [r for r in revs if seen(visibility_of(r.content), str(r.content.get("author")))]
            if len(visible) < len(revs):
                report.withheld += len(revs) - len(visible)
                allowed_missing.update(r.id for r in revs if r not in visible)
            if visible:
                by_item[item] = visible
        incoming = [r for revs in by_item.values() for r in revs]
        item_ids = sorted(by_item)
        existing = _load_revisions(session, kind, item_ids)
        new_rows: list[dict[str, Any]] = []
        changed_rows: list[dict[str, Any]] = []
        rev_rows: list[tuple[Any, ...]] = []
        revision_columns = ("id", k.fk, "parent_id", "version", "faction_id", "content_json", "created_at")
        parent_rows: list[dict[str, Any]] = []
        incoming_ids = {r.id for r in incoming}
        known_here = select(k.revision.id, getattr(k.revision, k.fk)).where(_among(session, k.revision.id))
        for rid, item in _in_chunks(session, known_here, sorted(incoming_ids)):
            if item not in by_item or rid not in existing.get(item, {}):
                raise P.refuse("package_revision_forged", revision=rid[:12])
        for item in item_ids:
            known = existing.get(item, {})
            arriving = by_item[item]
            if not known and len(arriving) == 1 and not arriving[0].parents:
                # Most of a merge: an item new here with one version, which has no parents. It is
                # its own history: no parent to miss, no cycle, one head and no conflict.
                head = arriving[0]
                fresh = arriving
                content = head.content
            else:
                fresh = [r for r in arriving if r.id not in known]
                union = M.union(known.values(), arriving)
                for rev in fresh:
                    for parent in rev.parents:
                        if parent not in union and parent not in allowed_missing:
                            raise P.refuse("package_missing_parent", item=item, parent=parent[:12])
                if M.find_cycle(union):
                    raise P.refuse("package_cycle", item=item)
                state = M.current(union.values())
                if len(state.heads) > P.MAX_PARENTS:  # no resolution could name them all as its parents
                    name = _item_name(session, kind, item, arriving[-1].content)
                    _refuse_item(report, item, "item_too_many_versions", lang, name)
                    continue
                if not fresh:
                    report.conflicts += state.conflicted
                    report.unchanged += 1
                    continue
                if known and kind in SUBMITTED_FIELDS and not from_griffie:
                    changed = _change_after_submission(session, kind, known, state, decided=item in decided)
                    if changed is not None:
                        name = _item_name(session, kind, item, arriving[-1].content)
                        _refuse_item(report, item, "item_changed_after_submission", lang, name)
                        continue
                report.conflicts += state.conflicted
                head = state.current
                content = (
                    head.content
                    if head.id in incoming_ids and head.id not in known
                    else _content(session, kind, head.id)
                )
            created = item not in owners
            if created:
                report.new += 1
            else:
                report.updated += 1
            values, note = _row_values(kind, head.id, content, docs)
            if note == "unanchored":
                report.unanchored.append(item)
            elif note == "reanchored":
                report.warnings.append(f"reanchored:{item}")
            (new_rows if created else changed_rows).append(values)
            for rev in fresh:  # as tuples in the order of revision_columns: thousands of them
                c = rev.content
                rev_rows.append(
                    (
                        rev.id,
                        item,
                        rev.parents[0] if rev.parents else None,
                        c["version"],
                        c["faction_id"],
                        M.content_json(rev),
                        values["updated_at"] if rev is head else _dt(c["updated_at"]),
                    )
                )
                if len(rev.parents) > 1:
                    parent_rows.extend({"kind": kind, "revision_id": rev.id, "parent_id": p} for p in rev.parents[1:])
        _write_rows(session, kind, new_rows, changed_rows)
        if kind in search_index.ITEM_FIELDS:  # what search finds of them
            search_index.index_new_items(session.connection(), kind, new_rows, docs.principles)
            search_index.index_items(session.connection(), kind, [r["id"] for r in changed_rows])
        if rev_rows:
            bulk.insert_tuples(session.connection(), _table(k.revision), revision_columns, rev_rows)
            logged[kind] = [r[0] for r in rev_rows]
        if parent_rows:
            bulk.insert_rows(session.connection(), _table(RevisionParentRow), parent_rows)
        if kind in NUMBERED and rev_rows:
            touched[kind] = sorted({r[1] for r in rev_rows})
    for kind in NUMBERED:
        if kind in touched:
            if kind == AMENDMENT:
                _fix_amendments(session, dossier_id)
            else:
                _keep_decisions(session, kind, dossier_id)
            if not from_griffie:  # the griffie's dossier brings its own numbers (its decisions)
                report.numbered += items.number_submitted(session, _item_kind(kind), dossier_id, touched[kind])
    return logged


def _merge_one(session: Session, pkg: P.Package, report: PackageReport, *, log: bool = True, lang: str = "nl") -> None:
    """Merge a checked package into the open transaction; raises (changing nothing) when refused."""
    lock(session, "merge")  # two clerks merging at once: one after the other, as on one laptop
    m = pkg.manifest
    report.faction, report.member = pkg.faction_name, str(m["member"])
    report.created, report.sequence = str(m["created_at"]), int(m["sequence"])
    report.sealed_to = pkg.sealed_to
    dossier = session.get(DossierRow, pkg.dossier_id)
    if dossier is None:
        raise P.refuse("package_other_dossier", title=str(m["dossier"]["title"])[:200])
    owner = keys.key_owner(session, pkg.public_key)
    if owner is None:
        raise P.refuse("package_unknown_key", faction=pkg.faction_name, fingerprint=keys.fingerprint(pkg.public_key))
    if owner.faction_id != pkg.faction_id:
        holder = session.get(FactionRow, owner.faction_id)
        raise P.refuse("package_wrong_key", faction=pkg.faction_name, holder=holder.name if holder else "?")
    faction = session.get(FactionRow, pkg.faction_id)
    assert faction is not None  # a trusted key always has its faction
    if owner.untrusted_at is not None:
        raise P.refuse("key_untrusted", faction=faction.name, since=owner.untrusted_at.strftime("%d-%m-%Y %H:%M"))
    report.faction = faction.name
    if session.scalar(select(MergeLogRow.id).where(MergeLogRow.package_sha256 == pkg.sha256)) is not None:
        report.status, report.refused = "already_merged", False
        return
    missing_docs = [d for d in m["documents"] if session.get(DocumentRow, d["id"]) is None]
    for d in missing_docs:
        report.warnings.append(f"document_version_missing:{d.get('title', '')}:{d['sha256'][:12]}")
    merge_id = new_id()
    logged = merge_revisions(
        session,
        pkg.dossier_id,
        pkg.faction_id,
        {ANNOTATION: pkg.annotations, AMENDMENT: pkg.amendments, LINK: pkg.links, MOTIE: pkg.moties},
        set(pkg.withheld),
        report,
        lang=lang,
    )
    report.status, report.refused = "merged", False
    if not log:
        return
    ordinal = (session.scalar(select(func.max(MergeLogRow.ordinal))) or 0) + 1
    session.execute(
        insert(_table(MergeLogRow)),
        [
            {
                "id": merge_id,
                "ordinal": ordinal,
                "package_sha256": pkg.sha256,
                "dossier_id": pkg.dossier_id,
                "faction_id": pkg.faction_id,
                "member": report.member[:200],
                "sequence": report.sequence,
                "package_created_at": report.created,
                "merged_at": datetime.now(),
                "new": report.new,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "conflicts": report.conflicts,
                "report_json": json.dumps(
                    {
                        "warnings": report.warnings,
                        "unanchored": report.unanchored,
                        "refused_items": report.refused_items,
                        "withheld": report.withheld,
                        "numbered": report.numbered,
                    },
                    ensure_ascii=False,
                ),
                "revisions_json": msgspec.json.encode(dict(sorted(logged.items()))).decode(),
            }
        ],
    )


def _refused(report: PackageReport, exc: UserFacingError, lang: str) -> None:
    report.status, report.refused = "refused", True
    report.code, report.reason = exc.code, exc.message(lang)


_pauses = 0  # merges (in any thread) running with the cycle collector paused
_collector_was_on = True
_pause_lock = threading.Lock()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a package is read and merged. A package of 20,000
    revisions makes a few hundred thousand objects that all live until the merge ends; the
    collector walks them all, again and again, and finds nothing to free (a tenth of a large
    merge). Reference counting still frees everything as usual; cycles wait until the merge is
    done. Nested and concurrent merges resume it only when the last one ends."""
    global _pauses, _collector_was_on
    with _pause_lock:
        if _pauses == 0:
            _collector_was_on = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _collector_was_on:
                gc.enable()


def merge_packages(
    store: Store, paths: Sequence[Path], progress: Progress | None = None, *, lang: str = "nl"
) -> list[PackageReport]:
    """Merge each package in its own transaction: all of it or (refused) nothing of it.

    Each package is unsealed, its structure and signature checked and its sender's key checked
    before any part is read (a read-only session), then merged in a write transaction.
    """
    reports = []
    for n, path in enumerate(paths):
        report = PackageReport(path=str(path))
        try:
            data = _read_file(Path(path))
            with _collector_paused():
                with store.read_session() as session:
                    pkg = _load(session, data)
                with store.session() as session:
                    _merge_one(session, pkg, report, lang=lang)
        except UserFacingError as exc:
            _refused(report, exc, lang)
        reports.append(report)
        if progress is not None:
            progress(round(100 * (n + 1) / len(paths)), str(path))
    return reports


def merge_package_bytes(store: Store, data: bytes, name: str = "(bytes)") -> PackageReport:
    """As ``merge_packages`` for one package in memory; raises when it is refused."""
    report = PackageReport(path=name)
    with _collector_paused():
        with store.read_session() as session:
            pkg = _load(session, data)
        with store.session() as session:
            _merge_one(session, pkg, report)
    return report


def preview_packages(store: Store, paths: Sequence[Path], *, lang: str = "nl") -> list[PackageReport]:
    """What merging these packages (in this order) would do. A dry run: the same merge inside one
    transaction that is rolled back, so the figures are exactly those of the real merge."""
    reports = []
    with _collector_paused(), store._sessions() as session:  # noqa: SLF001 (a transaction never committed)
        session.begin()
        session.connection(execution_options={"raadsviewer_begin": "IMMEDIATE"})  # it writes: wait for the lock
        try:
            listed: set[str] = set()  # the packages before this one in the list
            for path in paths:
                report = PackageReport(path=str(path))
                try:
                    pkg = _load(session, _read_file(Path(path)))
                    if pkg.sha256 in listed:  # (the first of the two would merge it: not "merged before")
                        report.status, report.refused, report.faction = "listed_twice", False, pkg.faction_name
                        reports.append(report)
                        continue
                    listed.add(pkg.sha256)
                    nested = session.begin_nested()
                    try:
                        _merge_one(session, pkg, report, lang=lang)
                        nested.commit()
                    except BaseException:
                        nested.rollback()
                        raise
                    if report.status == "merged":
                        report.status = "would_merge"
                except UserFacingError as exc:
                    _refused(report, exc, lang)
                reports.append(report)
        finally:
            session.rollback()
    return reports


# --- the merge log and undo -----------------------------------------------------------------------


def merge_log(store: Store) -> list[dict[str, Any]]:
    with store.session() as session:
        names = dict(session.execute(select(FactionRow.id, FactionRow.name)).all())
        rows = session.scalars(select(MergeLogRow).order_by(MergeLogRow.ordinal)).all()
        return [
            {
                "ordinal": r.ordinal,
                "faction": names.get(r.faction_id, "?"),
                "member": r.member,
                "sequence": r.sequence,
                "package_sha256": r.package_sha256,
                "created": r.package_created_at,
                "merged_at": r.merged_at.isoformat(timespec="seconds"),
                "new": r.new,
                "updated": r.updated,
                "unchanged": r.unchanged,
                "conflicts": r.conflicts,
                **json.loads(r.report_json),
            }
            for r in rows
        ]


def undo_last_merge(store: Store) -> dict[str, Any]:
    """Take back the last merged package: exactly the revisions it added (and the items it made).

    Refused when a later change builds on what it added (an edit or a resolution made here since).
    """
    return undo_last_merges(store, 1)[0]


def undo_last_merges(store: Store, count: int) -> list[dict[str, Any]]:
    """Take back the last ``count`` merged packages (the window's one merge of several files),
    newest first, in one transaction: all of them, or, when one is refused, none. Undone one by
    one, a refusal of the third left the first two taken back under a message that nothing was."""
    with store.session() as session:
        lock(session, "merge")
        return [_undo_last(session) for _ in range(count)]


def _undo_last(session: Session) -> dict[str, Any]:
    last = session.scalar(select(MergeLogRow).order_by(MergeLogRow.ordinal.desc()).limit(1))
    if last is None:
        raise UserFacingError("nothing_to_undo")
    added: dict[str, list[str]] = json.loads(last.revisions_json)
    revisions, touched = 0, 0
    for kind in KINDS:
        k = _KINDS[kind]
        ids = sorted(added.get(kind, ()))
        mine = set(ids)
        items = {
            item
            for chunk in _chunks(ids)
            for item in session.scalars(select(getattr(k.revision, k.fk)).where(k.revision.id.in_(chunk)))
        }
        for chunk in _chunks(ids):
            children = session.execute(select(k.revision.id).where(k.revision.parent_id.in_(chunk))).scalars()
            extra = session.execute(
                select(RevisionParentRow.revision_id).where(
                    RevisionParentRow.kind == kind, RevisionParentRow.parent_id.in_(chunk)
                )
            ).scalars()
            if any(c not in mine for c in (*children, *extra)):
                raise UserFacingError("undo_blocked")
        if kind in (AMENDMENT, MOTIE):
            _refuse_undo_of_voted(session, kind, items, mine)
        for chunk in _chunks(ids):
            session.execute(delete(_table(k.revision)).where(k.revision.__table__.c.id.in_(chunk)))
            session.execute(
                delete(_table(RevisionParentRow)).where(
                    RevisionParentRow.kind == kind, RevisionParentRow.revision_id.in_(chunk)
                )
            )
        if items:
            _rebuild(session, kind, last.dossier_id, items)
        revisions, touched = revisions + len(ids), touched + len(items)
    result = {"ordinal": last.ordinal, "revisions": revisions, "items": touched}
    session.delete(last)
    session.flush()  # the next one back is the merge before it
    return result


def _refuse_undo_of_voted(session: Session, kind: str, item_ids: set[str], mine: set[str]) -> None:
    """An amendment or motie the merge brought in, on which the griffie has since recorded a vote
    or an outcome: taking the merge back would delete the item with the council's decision (a
    package never carries one, so it was made here after the merge). Refused, naming them."""
    k = _KINDS[kind]
    voted = []
    for item_id in sorted(item_ids):
        row = session.get(k.item, item_id)
        if row is None or (row.decided_status is None and row.postponed_json is None):
            continue
        revisions = session.scalars(select(k.revision.id).where(getattr(k.revision, k.fk) == item_id))
        if all(revision in mine for revision in revisions):
            voted.append(items.label(session, _item_kind(kind), row))
    if voted:
        raise UserFacingError("undo_blocked_decided", labels=", ".join(voted))


# --- export ---------------------------------------------------------------------------------------


def _faction(session: Session, name: str) -> FactionRow:
    row = faction_row(session, name)
    if row is None:
        raise UserFacingError("faction_not_found", name=name)
    return row


def _export_links(session: Session, dossier_id: str, faction: FactionRow) -> list[Any]:
    """All of the faction's links in the dossier, tombstones included (links have no visibility)."""
    return list(
        session.scalars(
            select(PassageLinkRow)
            .where(PassageLinkRow.dossier_id == dossier_id, PassageLinkRow.faction_id == faction.id)
            .order_by(PassageLinkRow.id)
        ).all()
    )


def _export_items(
    session: Session, dossier_id: str, faction: FactionRow, audience: Audience
) -> tuple[dict[str, list[Any]], int]:
    """Per kind (annotations, amendments, moties) the faction's items whose current state the
    audience may see, and how many items stay home altogether."""
    travelling: dict[str, list[Any]] = {}
    home = 0
    for kind in (ANNOTATION, AMENDMENT, MOTIE):
        model = _KINDS[kind].item
        rows = session.scalars(
            select(model).where(model.dossier_id == dossier_id, model.faction_id == faction.id).order_by(model.id)
        ).all()
        travelling[kind] = [r for r in rows if may_travel(audience, _row_visibility(kind, r))]
        home += len(rows) - len(travelling[kind])
    return travelling, home


def _row_visibility(kind: str, row: Any) -> str:
    if kind == ANNOTATION:
        return str(row.visibility)
    return _visibility(kind, {"status": row.status})


def _text_of(kind: str, content: Mapping[str, Any]) -> str:
    if kind == ANNOTATION:
        return str(content["body"])
    if kind == AMENDMENT:
        return "\n".join(str(content[k]) for k in ("title", "old_text", "new_text", "rationale") if content[k])
    if kind == MOTIE:
        points = [*content["constaterende"], *content["overwegende"], *content["dictum"]]
        return "\n".join(str(x) for x in (content["title"], *points) if x)
    return str(content["quote"])


def _preview(
    session: Session, dossier_id: str, faction: FactionRow, audience: Audience = Audience.GRIFFIE
) -> tuple[ExportPreview, dict[str, list[M.Revision]], set[str]]:
    """What leaves for ``audience``: per item the versions it may see (the history starts at the
    first of them), and the parents left out (``withheld``)."""
    if session.get(DossierRow, dossier_id) is None:
        raise UserFacingError("dossier_not_found", title=dossier_id)
    travelling, withheld_items = _export_items(session, dossier_id, faction, audience)
    travelling[LINK] = _export_links(session, dossier_id, faction) if may_travel(audience, LINK_VISIBILITY) else []
    numbers = dict(session.execute(select(PrincipleRow.id, PrincipleRow.number)).all())
    per_visibility: dict[str, int] = {v: 0 for v in ("fractie", "griffie", "openbaar")}
    listed = []
    revisions: dict[str, list[M.Revision]] = {}
    withheld: set[str] = set()
    held_back = 0
    for kind in KINDS:
        rows = travelling[kind]
        k = _KINDS[kind]
        ids = [r.id for r in rows]
        loaded = _load_revisions(session, kind, ids)
        contents: dict[str, str] = {}
        for chunk in _chunks(ids):
            contents.update(
                session.execute(
                    select(k.revision.id, k.revision.content_json).where(getattr(k.revision, k.fk).in_(chunk))
                ).all()
            )
        revs = []
        for row in rows:
            ordered = sorted(loaded.get(row.id, {}).values(), key=lambda r: (r.version, r.id))
            leaving = []
            for rev in ordered:
                content = json.loads(contents[rev.id])
                if may_travel(audience, _visibility(kind, content)):
                    leaving.append(M.Revision(rev.id, row.id, rev.parents, content))
            sent = {r.id for r in leaving}
            withheld.update(p for r in leaving for p in r.parents if p not in sent)
            held_back += len(ordered) - len(leaving)
            revs.extend(leaving)
            if kind == ANNOTATION:
                per_visibility[row.visibility] = per_visibility.get(row.visibility, 0) + 1
                label = (
                    f"uitgangspunt {numbers[row.principle_id]}"
                    if row.principle_id in numbers
                    else (row.quote or "")[:40]
                )
            elif kind == LINK:
                where = f"uitgangspunt {numbers[row.principle_id]}: " if row.principle_id in numbers else ""
                label = f"{where}{row.status} {(row.quote or '')[:40]}"
            else:
                label = items.label(session, _item_kind(kind), row)
            listed.append(
                ExportItem(
                    kind,
                    row.id,
                    label,
                    getattr(row, "visibility", None),
                    row.deleted,
                    len(leaving),
                    tuple(_text_of(kind, r.content) for r in leaving),
                    len(ordered) - len(leaving),
                    numbers.get(row.principle_id) if kind == ANNOTATION else None,
                )
            )
        revisions[kind] = revs
    preview = ExportPreview(
        faction=faction.name,
        per_visibility=per_visibility,
        amendments=len(travelling[AMENDMENT]),
        deleted=sum(1 for i in listed if i.deleted),
        withheld_private=session.scalar(
            select(func.count())
            .select_from(AnnotationRow)
            .where(
                AnnotationRow.dossier_id == dossier_id,
                AnnotationRow.faction_id == faction.id,
                AnnotationRow.visibility == Visibility.PRIVE.value,
            )
        )
        or 0,
        revisions=sum(len(v) for v in revisions.values()),
        items=tuple(listed),
        links=len(travelling[LINK]),
        audience=audience.value,
        withheld_revisions=held_back,
        withheld_items=withheld_items,
        moties=len(travelling[MOTIE]),
        sealed=audience is Audience.FRACTIE or keys.trusted_griffie_key(session) is not None,
    )
    return preview, revisions, withheld


def _exporting_faction(session: Session, name: str) -> FactionRow:
    """The faction a package is written for: on a member's laptop only the member's own."""
    row = _faction(session, name)
    owner = roles.owner_in(session)
    if owner.role is Role.MEMBER and owner.faction_id != row.id:
        raise UserFacingError("not_your_faction", faction=row.name, owner=owner.faction or "?")
    return row


def export_preview(
    store: Store, dossier_id: str, faction: str, audience: Audience | str = Audience.GRIFFIE
) -> ExportPreview:
    """Exactly what ``export_package`` would let leave this laptop for ``audience``: per item
    the texts of the versions that leave; writes nothing."""
    with store.read_session() as session:
        return _preview(session, dossier_id, _exporting_faction(session, faction), _audience(audience))[0]


def export_previews(store: Store, dossier_id: str, faction: str) -> dict[str, ExportPreview]:
    """The preview for each audience a faction writes for (colleagues, the griffie)."""
    return {a.value: export_preview(store, dossier_id, faction, a) for a in (Audience.FRACTIE, Audience.GRIFFIE)}


def _audience(value: Audience | str) -> Audience:
    try:
        audience = Audience(str(value))
    except ValueError:
        raise UserFacingError("invalid_audience", value=str(value)[:40]) from None
    if audience is Audience.OPENBAAR:  # everyone's: that is the griffie's dossier, not a package
        raise UserFacingError("invalid_audience", value=audience.value)
    return audience


def export_package(
    store: Store,
    dossier_id: str,
    faction: str,
    member: str,
    path: Path,
    *,
    audience: Audience | str = Audience.GRIFFIE,
) -> ExportResult:
    """Write the faction's package for ``audience`` (made atomically: a temporary file renamed
    into place), sealed to the audience's key: the faction's own key for colleagues, the griffie's
    (known from its dossier) for the griffie. A laptop that does not know the griffie's key yet
    writes a package that is signed but not sealed (``ExportResult.sealed_to`` is None)."""
    path = Path(path)
    chosen = _audience(audience)
    from raadsviewer.domain.names import clean_name

    member = clean_name(member, "member", empty_ok=True) or "?"
    with store.session() as session:
        faction_r = _exporting_faction(session, faction)
        preview, revisions, withheld = _preview(session, dossier_id, faction_r, chosen)
        key = keys.signing_key(session, faction_r, create=True)
        public = keys._raw_public(key.public_key())  # noqa: SLF001
        dossier = session.get(DossierRow, dossier_id)
        assert dossier is not None
        doc_ids = sorted(
            {str(r.content["document_id"]) for revs in revisions.values() for r in revs if r.content.get("document_id")}
        )
        documents = [
            {"id": d.id, "sha256": d.sha256, "version": d.version, "role": d.role, "title": d.title}
            for d in session.scalars(select(DocumentRow).where(DocumentRow.id.in_(doc_ids)).order_by(DocumentRow.id))
        ]
        sequence = (
            session.scalar(select(func.max(ExportLogRow.sequence)).where(ExportLogRow.faction_id == faction_r.id)) or 0
        ) + 1
        now = datetime.now()
        counts = {
            "annotations": sum(preview.per_visibility.values()),
            "amendments": preview.amendments,
            "revisions": preview.revisions,
        }
        if revisions[LINK]:
            counts["links"] = preview.links
        if revisions[MOTIE]:
            counts["moties"] = preview.moties
        manifest = {
            "app_version": __version__,
            "dossier": {"id": dossier.id, "title": dossier.title},
            "faction": {"id": faction_r.id, "name": faction_r.name},
            "member": member[:200],
            "created_at": now.isoformat(timespec="seconds"),
            "sequence": sequence,
            "documents": documents,
            "audience": chosen.value,
            "counts": counts,
        }
        data = P.build(
            manifest,
            revisions[ANNOTATION],
            revisions[AMENDMENT],
            key.sign,
            public,
            links=revisions[LINK],
            withheld=withheld,
            moties=revisions[MOTIE],
        )
        recipient = public if chosen is Audience.FRACTIE else keys.trusted_griffie_key(session)
        sealed_to = None
        if recipient is not None:
            data = sealed.seal(data, recipient, chosen.value)
            sealed_to = chosen.value
        sha = P.sha256(data)
        session.add(
            ExportLogRow(
                id=new_id(),
                dossier_id=dossier_id,
                faction_id=faction_r.id,
                member=member[:200],
                sequence=sequence,
                created_at=now,
                package_sha256=sha,
                counts_json=json.dumps({**counts, "audience": chosen.value}),  # (annotations.shared_at)
            )
        )
        # Written to the store first: a store that refuses (read-only, full, busy) leaves no package
        # behind that its log never heard of; a file that cannot be written leaves no log entry.
        session.flush()
        keys._write(path, data)  # noqa: SLF001
        return ExportResult(path, sequence, sha, keys.fingerprint(public), preview, sealed_to)


# --- conflicts ------------------------------------------------------------------------------------


def _all_revisions(session: Session, kind: str, dossier_id: str | None) -> dict[str, dict[str, M.Revision]]:
    k = _KINDS[kind]
    query = select(k.item.id)
    if dossier_id is not None:
        query = query.where(k.item.dossier_id == dossier_id)
    return _load_revisions(session, kind, session.scalars(query).all())


def _made_by(session: Session, revision_ids: Iterable[str]) -> dict[str, str]:
    """Who made each revision: the member whose merged package brought it ("Piet Jansen (VVD)"),
    else this laptop's own user (a revision made here)."""
    from raadsviewer.services.roles import owner_in

    wanted = list(revision_ids)
    names = dict(session.execute(select(FactionRow.id, FactionRow.name)).all())
    brought: dict[str, str] = {}
    if wanted:
        left = set(wanted)
        for member, faction, added in session.execute(
            select(MergeLogRow.member, MergeLogRow.faction_id, MergeLogRow.revisions_json)
        ):
            mine = left.intersection(rev for ids in json.loads(added).values() for rev in ids)
            by = f"{member} ({names.get(faction, '?')})" if member else names.get(faction, "?")
            brought.update(dict.fromkeys(mine, by))
            left -= mine
            if not left:
                break
    owner = owner_in(session)
    here = f"{owner.member} ({owner.faction})" if owner.member else (owner.faction or "griffie")
    return {rev: brought.get(rev, here) for rev in wanted}


def brought_by_packages(session: Session) -> set[str]:
    """The revisions (their ids) that merged packages brought into this store."""
    return {
        rev
        for (added,) in session.execute(select(MergeLogRow.revisions_json))
        for ids in json.loads(added).values()
        for rev in ids
    }


def list_conflicts(store: Store, dossier_id: str | None = None) -> list[Conflict]:
    """Items with more than one head: every version side by side, with their common base and who
    made each version."""
    result = []
    with store.session() as session:
        names = dict(session.execute(select(FactionRow.id, FactionRow.name)).all())
        found: list[tuple[str, str, dict[str, M.Revision], M.State]] = []
        for kind in KINDS:
            for item, revs in sorted(_all_revisions(session, kind, dossier_id).items()):
                state = M.current(revs.values())
                if state.conflicted:
                    found.append((kind, item, revs, state))
        made_by = _made_by(session, (h.id for *_, state in found for h in state.heads))  # one look at the log
        for kind, item, revs, state in found:
            row = session.get(_KINDS[kind].item, item)
            assert row is not None  # an item with revisions has its row
            base = M.base_of(state.heads, revs)
            if kind in NUMBERED:
                label = items.label(session, _item_kind(kind), row)
            elif kind == LINK:
                label = f"{row.status}: {(row.quote or '')[:50]}"
            else:
                label = (row.body or "")[:60]
            result.append(
                Conflict(
                    kind=kind,
                    item_id=item,
                    faction=names.get(row.faction_id, "?"),
                    label=label,
                    current=state.current.id,
                    base={"id": base.id, "content": _content(session, kind, base.id)} if base else None,
                    heads=tuple(
                        {"id": h.id, "content": _content(session, kind, h.id), "by": made_by[h.id]} for h in state.heads
                    ),
                )
            )
    return result


def _conflicted_item(session: Session, item_id: str, faction: str | None) -> tuple[str, Any]:
    """The kind and row of an item whose conflict is resolved (or whose resolution is taken back);
    refused when there is none, or when ``faction`` (None: the clerk) is not its owner."""
    for kind in KINDS:
        row = session.get(_KINDS[kind].item, item_id)
        if row is not None:
            break
    else:
        raise UserFacingError("conflict_not_found", id=item_id)
    if faction is not None:
        acting = faction_row(session, faction)
        if acting is None or acting.id != row.faction_id:
            owner = session.get(FactionRow, row.faction_id)
            raise UserFacingError("not_owner", owner=owner.name if owner else "?")
    return kind, row


def resolve_conflict(
    store: Store,
    item_id: str,
    choice: str | Mapping[str, Any],
    *,
    faction: str | None = None,
) -> str:
    """Close a conflict with a merge revision whose parents are all heads; returns its id.

    ``choice`` is the id of the head to keep, or new field values (e.g. ``{"body": ...}``) applied
    to the head shown now. ``faction=None`` is the clerk (allowed, stays in the clerk's store);
    a faction may only resolve its own items.
    """
    with store.session() as session:
        lock(session, "merge")  # two clerks resolving one conflict: the second finds it resolved
        kind, row = _conflicted_item(session, item_id, faction)
        k = _KINDS[kind]
        revs = _load_revisions(session, kind, [item_id])[item_id]
        state = M.current(revs.values())
        if not state.conflicted:
            raise UserFacingError("conflict_not_found", id=item_id)
        if isinstance(choice, str):
            if choice not in {h.id for h in state.heads}:
                raise UserFacingError("conflict_choice_invalid", id=choice[:12])
            content = _content(session, kind, choice)
        else:
            content = _content(session, kind, state.current.id)
            protected = {k.content_id, "dossier_id", "faction_id", "version", "created_at", "updated_at"}
            for key, value in choice.items():
                if key not in content or key in protected:
                    raise UserFacingError("conflict_choice_invalid", id=str(key)[:40])
                content[key] = value
        rev = M.resolution(item_id, state, content, updated_at=datetime.now().isoformat(timespec="microseconds"))
        try:
            P.check_content(kind, rev.content)
        except ValueError as exc:
            raise UserFacingError("conflict_choice_invalid", id=str(exc)[:80]) from exc
        session.execute(
            insert(_table(k.revision)),
            [
                {
                    "id": rev.id,
                    k.fk: item_id,
                    "parent_id": rev.parents[0],
                    "version": rev.content["version"],
                    "faction_id": rev.content["faction_id"],
                    "created_at": _dt(rev.content["updated_at"]),
                    "content_json": M.content_text(rev.content),
                }
            ],
        )
        session.execute(
            insert(_table(RevisionParentRow)),
            [{"kind": kind, "revision_id": rev.id, "parent_id": p} for p in rev.parents[1:]],
        )
        _rebuild(session, kind, row.dossier_id, [item_id])
        return rev.id


def undo_resolution(store: Store, item_id: str, revision_id: str, *, faction: str | None = None) -> None:
    """Take back a conflict's resolution made here (:func:`resolve_conflict`), so that the item
    stands in conflict again, with the versions it had: the griffie picked the wrong one.

    Only while the resolution is this laptop's alone: refused when an edit builds on it, or when
    a package was exported since it was made (it may be on another laptop already, and would come
    back with that laptop's next package).
    """
    with store.session() as session:
        lock(session, "merge")
        kind, row = _conflicted_item(session, item_id, faction)
        k = _KINDS[kind]
        revs = _load_revisions(session, kind, [item_id]).get(item_id, {})
        resolution = revs.get(revision_id)
        if resolution is None or len(resolution.parents) < 2:
            raise UserFacingError("resolution_not_found", id=revision_id[:12])
        if any(revision_id in r.parents for r in revs.values()):
            raise UserFacingError("resolution_built_on")
        made = session.scalar(select(k.revision.created_at).where(k.revision.id == revision_id))
        exported = session.scalar(  # (the griffie's dossier never carries its resolutions: they stay here)
            select(func.max(ExportLogRow.created_at)).where(ExportLogRow.dossier_id == row.dossier_id)
        )
        if made is not None and exported is not None and exported >= made:
            raise UserFacingError("resolution_shared", when=exported.strftime("%d-%m-%Y %H:%M"))
        session.execute(delete(_table(k.revision)).where(k.revision.__table__.c.id == revision_id))
        session.execute(
            delete(_table(RevisionParentRow)).where(
                RevisionParentRow.kind == kind, RevisionParentRow.revision_id == revision_id
            )
        )
        _rebuild(session, kind, row.dossier_id, [item_id])


# --- the clerk's overview -------------------------------------------------------------------------


def matrix(store: Store, dossier_id: str, *, viewer_faction: str | None = None) -> list[dict[str, Any]]:
    """Per principle: per faction the number of live annotations per stance that the viewer
    may see (``domain.access``; the store's owner, or ``viewer_faction`` on a store without one)."""
    with store.read_session() as session:
        viewer: Viewer = roles.viewer_for(session, viewer_faction)
        principles = session.execute(
            select(PrincipleRow.id, PrincipleRow.number, PrincipleRow.title)
            .join(DocumentRow, PrincipleRow.document_id == DocumentRow.id)
            .where(DocumentRow.dossier_id == dossier_id)
            .order_by(DocumentRow.imported_at, PrincipleRow.number)
        ).all()
        counted = session.execute(
            select(
                AnnotationRow.principle_id,
                FactionRow.name,
                AnnotationRow.stance,
                AnnotationRow.faction_id,
                AnnotationRow.visibility,
                AnnotationRow.author,
                func.count(),
            )
            .join(FactionRow, FactionRow.id == AnnotationRow.faction_id)
            .where(
                AnnotationRow.dossier_id == dossier_id,
                AnnotationRow.deleted.is_(False),
                AnnotationRow.stance.in_(STANCES),
            )
            .group_by(
                AnnotationRow.principle_id,
                FactionRow.name,
                AnnotationRow.stance,
                AnnotationRow.faction_id,
                AnnotationRow.visibility,
                AnnotationRow.author,
            )
        ).all()
        counts = [
            (principle, name, stance, n)
            for principle, name, stance, faction_id, visibility, author, n in counted
            if may_see(viewer, faction_id, visibility, author)
        ]
        factions = sorted(session.scalars(select(FactionRow.name)).all())
    table: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: {f: dict.fromkeys(STANCES, 0) for f in factions})
    for principle_id, name, stance, n in counts:
        if principle_id is not None:
            table[principle_id][name][stance] += n
    return [
        {"principle_id": pid, "number": number, "title": title, "factions": table[pid]}
        for pid, number, title in principles
    ]


# Re-exported key functions, so the window and the CLI need only this module.
faction_key_fingerprint = keys.faction_key_fingerprint
export_public_key = keys.export_public_key
trust_public_key = keys.trust_public_key
untrust_public_key = keys.untrust_public_key
export_secret_key = keys.export_secret_key
import_secret_key = keys.import_secret_key
