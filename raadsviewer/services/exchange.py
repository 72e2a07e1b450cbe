"""Working offline together: a faction exports a signed package, the clerk (or a colleague)
merges packages into one store.

Decisions (see also ``domain.merge`` for the laws and ``domain.package`` for the file):

* **What travels.** A package carries *all* revisions (history and tombstones) of the exporting
  faction's own items in one dossier: every amendment, and every annotation whose *current* state
  is not privé. An annotation that is privé now does not leave the laptop at all. When a privé
  note is made fractie (or wider) its whole history travels with the next export, including the
  revisions written while it was privé: sharing a note shares how it came about (write a new note
  to share only the result). A shared note that is made privé again is not recalled: the clerk
  keeps the last state it received (the export preview lists these as "withheld").
  Principle-passage **links** (``services.links``) travel too: all of the faction's links with
  their whole history and tombstones (a link has no visibility; what a faction says about the
  ranking is shared work). They follow exactly the rules of annotations below.
* **Every package is its own transaction**: a refused package (damaged, forged, of another
  faction...) changes nothing and does not stop the good ones; each merged package has its own
  entry in the merge log, so ``undo_last_merge`` takes back exactly one package.
* **Who may add what.** A package is signed with its faction's key; the key must be trusted in
  this store *for that faction*. Every revision must be owned by that faction and every item it
  touches must be owned by it here; anything else refuses the whole package.
* **Current rows** are recomputed from the set of revisions after each merge (``domain.merge``),
  then adapted to this store: a document version the store lacks is re-anchored where the quote
  is still found (``anchoring.locate``) and otherwise left without document (the item is listed
  in the report, not dropped); amendment numbers that two factions both claimed are renumbered
  deterministically (``merge.renumber``). Both depend only on the revisions and the store's
  documents, never on the order of merging.
* **Resolving a conflict** writes a merge revision whose parents are all heads. The owner faction
  may do it in its own store (``faction=...``): the resolution then travels signed with its next
  package, which is the preferred way. The clerk may also resolve (``faction=None``), for the
  clerk's own store: the clerk cannot sign for the faction, so such a resolution stays local
  (if the faction later edits from an older head, the clerk sees a conflict again).
* **Members** named in packages are not added to the member table (their names stay in
  ``author``); factions are created from trusted key files with the same id everywhere.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from raadsviewer import __version__
from raadsviewer.domain import merge as M
from raadsviewer.domain import package as P
from raadsviewer.domain.anchoring import locate
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import TextAnchor, new_id
from raadsviewer.services import keys
from raadsviewer.services.factions import faction_row
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import (
    AmendmentRevisionRow,
    AmendmentRow,
    AnnotationRevisionRow,
    AnnotationRow,
    DocumentRow,
    DossierRow,
    ExportLogRow,
    FactionRow,
    MergeLogRevisionRow,
    MergeLogRow,
    PassageLinkRevisionRow,
    PassageLinkRow,
    PrincipleRow,
    RevisionParentRow,
)

ANNOTATION, AMENDMENT, LINK = "annotation", "amendment", "link"
KINDS = (ANNOTATION, AMENDMENT, LINK)
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
}


# --- reports ------------------------------------------------------------------------------------


@dataclass(slots=True)
class PackageReport:
    path: str
    status: str = "refused"  # merged | already_merged | would_merge | refused
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
        }


@dataclass(frozen=True, slots=True)
class ExportItem:
    kind: str
    id: str
    label: str
    visibility: str | None
    deleted: bool
    revisions: int


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


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    sequence: int
    sha256: str
    fingerprint: str
    preview: ExportPreview


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: str
    item_id: str
    faction: str
    label: str
    current: str  # the head shown now
    base: dict[str, Any] | None  # {"id", "content"} of the nearest common ancestor
    heads: tuple[dict[str, Any], ...]  # [{"id", "content"}], sorted by id

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


def _load_revisions(session: Session, kind: str, item_ids: Sequence[str]) -> dict[str, dict[str, M.Revision]]:
    """Per item: its revisions (content holds only the version; see ``_content``)."""
    k = _KINDS[kind]
    rev = k.revision.__table__
    rows: list[tuple[str, str, str | None, int]] = []
    for chunk in _chunks(list(item_ids)):
        rows.extend(
            session.execute(
                select(rev.c.id, rev.c[k.fk], rev.c.parent_id, rev.c.version).where(rev.c[k.fk].in_(chunk))
            ).all()
        )
    extra: dict[str, list[str]] = defaultdict(list)
    ids = [r[0] for r in rows]
    for chunk in _chunks(ids):
        for rid, pid in session.execute(
            select(RevisionParentRow.revision_id, RevisionParentRow.parent_id).where(
                RevisionParentRow.kind == kind, RevisionParentRow.revision_id.in_(chunk)
            )
        ):
            extra[rid].append(pid)
    result: dict[str, dict[str, M.Revision]] = defaultdict(dict)
    for rid, item, parent, version in rows:
        parents = tuple(sorted(([parent] if parent else []) + extra.get(rid, [])))
        result[item][rid] = M.Revision(rid, item, parents, {"version": version})
    return result


def _content(session: Session, kind: str, revision_id: str) -> dict[str, Any]:
    raw = session.scalar(select(_KINDS[kind].revision.content_json).where(_KINDS[kind].revision.id == revision_id))
    assert raw is not None, revision_id
    return json.loads(raw)


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
        self.principles = set(
            session.scalars(select(PrincipleRow.id).where(PrincipleRow.document_id.in_(self.ids))).all()
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

    def place(self, c: Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
        """Anchor columns for this store, and a note when the item had to be re-anchored or was not."""
        cols = {
            key: c[key] for key in ("document_id", "quote", "quote_prefix", "quote_suffix", "quote_start", "quote_end")
        }
        cols["principle_id"] = c["principle_id"] if c["principle_id"] in self.principles else None
        doc_id = c["document_id"]
        if doc_id is None or doc_id in self.ids:
            return cols, None
        cols["document_id"] = None
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
                    cols.update(document_id=candidate, quote_start=found.start, quote_end=found.end)
                    if cols["principle_id"] is None:
                        cols["principle_id"] = self.principle_at(candidate, found.start, found.end)
                    return cols, "reanchored"
        return cols, "unanchored"


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _row_values(kind: str, rev_id: str, c: Mapping[str, Any], docs: _Documents) -> tuple[dict[str, Any], str | None]:
    placed, note = docs.place(c)
    common = {
        "id": c[_KINDS[kind].content_id],
        "dossier_id": c["dossier_id"],
        "faction_id": c["faction_id"],
        "author": c["author"],
        **placed,
        "created_at": _dt(c["created_at"]),
        "updated_at": _dt(c["updated_at"]),
        "version": c["version"],
        "revision_id": rev_id,
        "deleted": c["deleted"],
    }
    if kind == ANNOTATION:
        common.update(
            stance=c["stance"], visibility=c["visibility"], body=c["body"], include_in_draft=c["include_in_draft"]
        )
    elif kind == LINK:
        common["status"] = c["status"]
    else:
        common.update(
            number=c["number"],
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


_TEMPORARY_NUMBER = 2_000_000_000  # above any real amendment number, below SQLite's integer limit


def _write_rows(session: Session, kind: str, new_rows: list[dict[str, Any]], changed: list[dict[str, Any]]) -> None:
    table = _KINDS[kind].item.__table__
    if kind == AMENDMENT:
        # A package's numbers are claims ("A1" made offline can clash with an A1 already here);
        # the number in the dossier is decided by _fix_amendments over the whole set afterwards.
        # Until then new rows wait on numbers that cannot clash, and updates keep theirs.
        taken = session.scalar(text("SELECT max(number) FROM amendment")) or 0
        start = max(_TEMPORARY_NUMBER, taken + 1)
        new_rows = [{**row, "number": start + n} for n, row in enumerate(new_rows)]
        changed = [{k: v for k, v in row.items() if k != "number"} for row in changed]
    if new_rows:
        session.execute(insert(table), new_rows)
    if changed:
        from sqlalchemy import bindparam

        cols = [c for c in changed[0] if c != "id"]
        stmt = update(table).where(table.c.id == bindparam("_id")).values({c: bindparam(c) for c in cols})
        session.connection().execute(stmt, [{**{c: r[c] for c in cols}, "_id": r["id"]} for r in changed])


def _fix_amendments(session: Session, dossier_id: str) -> None:
    """Sub-amendment links and numbers: functions of the whole set, so recomputed after a change."""
    # A sub-amendment may arrive before its parent; link it once the parent is here.
    session.execute(
        text(
            "UPDATE amendment SET parent_id = (SELECT json_extract(r.content_json, '$.parent_id') "
            "FROM amendment_revision r WHERE r.id = amendment.revision_id) "
            "WHERE dossier_id = :d AND parent_id IS NULL AND (SELECT json_extract(r.content_json, '$.parent_id') "
            "FROM amendment_revision r WHERE r.id = amendment.revision_id) IN (SELECT id FROM amendment)"
        ),
        {"d": dossier_id},
    )
    claims = session.execute(
        text(
            "SELECT a.id, json_extract(r.content_json, '$.number'), json_extract(r.content_json, '$.created_at'), "
            "a.number FROM amendment a JOIN amendment_revision r ON r.id = a.revision_id WHERE a.dossier_id = :d"
        ),
        {"d": dossier_id},
    ).all()
    wanted = M.renumber((i, int(n), str(c)) for i, n, c, _ in claims)
    moves = [(wanted[i], i) for i, _n, _c, now in claims if wanted[i] != now]
    if not moves:
        return
    offset = 1_000_000_000 + 1  # out of the way first: the unique number is checked row by row
    conn = session.connection()
    conn.execute(
        text("UPDATE amendment SET number = number + :o WHERE id = :i"), [{"o": offset, "i": i} for _, i in moves]
    )
    conn.execute(text("UPDATE amendment SET number = :n WHERE id = :i"), [{"n": n, "i": i} for n, i in moves])


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
            session.execute(delete(k.item.__table__).where(k.item.__table__.c.id == item))
            continue
        state = M.current(revs[item].values())
        values, _note = _row_values(kind, state.current.id, _content(session, kind, state.current.id), docs)
        changed.append(values)
    _write_rows(session, kind, [], changed)
    if kind == AMENDMENT:
        _fix_amendments(session, dossier_id)


# --- merging one package ------------------------------------------------------------------------


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise UserFacingError("file_not_found", name=str(path)) from exc
    except OSError as exc:
        raise UserFacingError("file_unreadable", name=path.name, reason=exc.strerror or str(exc)) from exc
    if size > P.MAX_FILE_BYTES:
        raise P.refuse("package_too_large", part="(file)", size=size, limit=P.MAX_FILE_BYTES)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserFacingError("file_unreadable", name=path.name, reason=exc.strerror or str(exc)) from exc


def _merge_one(session: Session, pkg: P.Package, report: PackageReport, *, log: bool = True) -> None:
    """Merge a checked package into the open transaction; raises (changing nothing) when refused."""
    m = pkg.manifest
    report.faction, report.member = pkg.faction_name, str(m["member"])
    report.created, report.sequence = str(m["created_at"]), int(m["sequence"])
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
    report.faction = faction.name
    if session.scalar(select(MergeLogRow.id).where(MergeLogRow.package_sha256 == pkg.sha256)) is not None:
        report.status, report.refused = "already_merged", False
        return
    missing_docs = [d for d in m["documents"] if session.get(DocumentRow, d["id"]) is None]
    for d in missing_docs:
        report.warnings.append(f"document_version_missing:{d.get('title', '')}:{d['sha256'][:12]}")
    docs = _Documents(session, pkg.dossier_id)
    merge_id = new_id()
    logged: list[dict[str, Any]] = []
    touched_amendments = False
    for kind, incoming in ((ANNOTATION, pkg.annotations), (AMENDMENT, pkg.amendments), (LINK, pkg.links)):
        if not incoming:
            continue
        k = _KINDS[kind]
        by_item: dict[str, list[M.Revision]] = defaultdict(list)
        for rev in incoming:
            by_item[rev.item_id].append(rev)
        item_ids = sorted(by_item)
        owners: dict[str, str] = {}
        for chunk in _chunks(item_ids):
            owners.update(session.execute(select(k.item.id, k.item.faction_id).where(k.item.id.in_(chunk))).all())
        for other in KINDS:  # an id is one item of one kind
            if other == kind:
                continue
            other_kind = _KINDS[other].item
            for chunk in _chunks(item_ids):
                if session.scalar(select(other_kind.id).where(other_kind.id.in_(chunk)).limit(1)) is not None:
                    raise P.refuse("package_foreign_item", item=chunk[0])
        for item, owner_id in owners.items():
            if owner_id != pkg.faction_id:
                raise P.refuse("package_foreign_item", item=item)
        existing = _load_revisions(session, kind, item_ids)
        new_rows: list[dict[str, Any]] = []
        changed_rows: list[dict[str, Any]] = []
        rev_rows: list[dict[str, Any]] = []
        parent_rows: list[dict[str, Any]] = []
        incoming_ids = {r.id for r in incoming}
        if len(incoming_ids) > 0:
            for chunk in _chunks(sorted(incoming_ids)):
                for rid, item in session.execute(
                    select(k.revision.id, getattr(k.revision, k.fk)).where(k.revision.id.in_(chunk))
                ):
                    if item not in by_item or rid not in existing.get(item, {}):
                        raise P.refuse("package_revision_forged", revision=rid[:12])
        for item in item_ids:
            known = existing.get(item, {})
            fresh = [r for r in by_item[item] if r.id not in known]
            union = M.union(known.values(), by_item[item])
            for rev in fresh:
                for parent in rev.parents:
                    if parent not in union:
                        raise P.refuse("package_missing_parent", item=item, parent=parent[:12])
            if M.find_cycle(union):
                raise P.refuse("package_cycle", item=item)
            state = M.current(union.values())
            if state.conflicted:
                report.conflicts += 1
            if not fresh:
                report.unchanged += 1
                continue
            created = item not in owners
            if created:
                report.new += 1
            else:
                report.updated += 1
            head = state.current
            content = (
                head.content if head.id in incoming_ids and head.id not in known else _content(session, kind, head.id)
            )
            values, note = _row_values(kind, head.id, content, docs)
            if note == "unanchored":
                report.unanchored.append(item)
            elif note == "reanchored":
                report.warnings.append(f"reanchored:{item}")
            (new_rows if created else changed_rows).append(values)
            for rev in fresh:
                c = rev.content
                rev_rows.append(
                    {
                        "id": rev.id,
                        k.fk: item,
                        "parent_id": rev.parents[0] if rev.parents else None,
                        "version": c["version"],
                        "faction_id": c["faction_id"],
                        "content_json": json.dumps(c, ensure_ascii=False, sort_keys=True),
                        "created_at": _dt(c["updated_at"]),
                    }
                )
                parent_rows.extend({"kind": kind, "revision_id": rev.id, "parent_id": p} for p in rev.parents[1:])
                logged.append(
                    {
                        "merge_id": merge_id,
                        "kind": kind,
                        "revision_id": rev.id,
                        "item_id": item,
                        "item_created": created,
                    }
                )
        _write_rows(session, kind, new_rows, changed_rows)
        if rev_rows:
            session.execute(insert(k.revision.__table__), rev_rows)
        if parent_rows:
            session.execute(insert(RevisionParentRow.__table__), parent_rows)
        touched_amendments = touched_amendments or (kind == AMENDMENT and bool(rev_rows))
    if touched_amendments:
        _fix_amendments(session, pkg.dossier_id)
    report.status, report.refused = "merged", False
    if not log:
        return
    ordinal = (session.scalar(select(func.max(MergeLogRow.ordinal))) or 0) + 1
    session.execute(
        insert(MergeLogRow.__table__),
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
                    {"warnings": report.warnings, "unanchored": report.unanchored}, ensure_ascii=False
                ),
            }
        ],
    )
    if logged:
        session.execute(insert(MergeLogRevisionRow.__table__), logged)


def _refused(report: PackageReport, exc: UserFacingError, lang: str) -> None:
    report.status, report.refused = "refused", True
    report.code, report.reason = exc.code, exc.message(lang)


def merge_packages(
    store: Store, paths: Sequence[Path], progress: Progress | None = None, *, lang: str = "nl"
) -> list[PackageReport]:
    """Merge each package in its own transaction: all of it or (refused) nothing of it."""
    reports = []
    for n, path in enumerate(paths):
        report = PackageReport(path=str(path))
        try:
            pkg = P.read(_read_file(Path(path)))
            with store.session() as session:
                _merge_one(session, pkg, report)
        except UserFacingError as exc:
            _refused(report, exc, lang)
        reports.append(report)
        if progress is not None:
            progress(round(100 * (n + 1) / len(paths)), str(path))
    return reports


def merge_package_bytes(store: Store, data: bytes, name: str = "(bytes)") -> PackageReport:
    """As ``merge_packages`` for one package in memory; raises when it is refused."""
    report = PackageReport(path=name)
    pkg = P.read(data)
    with store.session() as session:
        _merge_one(session, pkg, report)
    return report


def preview_packages(store: Store, paths: Sequence[Path], *, lang: str = "nl") -> list[PackageReport]:
    """What merging these packages (in this order) would do. A dry run: the same merge inside one
    transaction that is rolled back, so the figures are exactly those of the real merge."""
    reports = []
    with store._sessions() as session:  # noqa: SLF001 (a transaction that is never committed)
        session.begin()
        try:
            for path in paths:
                report = PackageReport(path=str(path))
                try:
                    pkg = P.read(_read_file(Path(path)))
                    nested = session.begin_nested()
                    try:
                        _merge_one(session, pkg, report)
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
    with store.session() as session:
        last = session.scalar(select(MergeLogRow).order_by(MergeLogRow.ordinal.desc()).limit(1))
        if last is None:
            raise UserFacingError("nothing_to_undo")
        added = session.execute(
            select(
                MergeLogRevisionRow.kind,
                MergeLogRevisionRow.revision_id,
                MergeLogRevisionRow.item_id,
                MergeLogRevisionRow.item_created,
            ).where(MergeLogRevisionRow.merge_id == last.id)
        ).all()
        for kind in KINDS:
            k = _KINDS[kind]
            ids = sorted(r[1] for r in added if r[0] == kind)
            mine = set(ids)
            for chunk in _chunks(ids):
                children = session.execute(select(k.revision.id).where(k.revision.parent_id.in_(chunk))).scalars()
                extra = session.execute(
                    select(RevisionParentRow.revision_id).where(
                        RevisionParentRow.kind == kind, RevisionParentRow.parent_id.in_(chunk)
                    )
                ).scalars()
                if any(c not in mine for c in (*children, *extra)):
                    raise UserFacingError("undo_blocked")
            for chunk in _chunks(ids):
                session.execute(delete(k.revision.__table__).where(k.revision.__table__.c.id.in_(chunk)))
                session.execute(
                    delete(RevisionParentRow.__table__).where(
                        RevisionParentRow.kind == kind, RevisionParentRow.revision_id.in_(chunk)
                    )
                )
            items = {r[2] for r in added if r[0] == kind}
            if items:
                _rebuild(session, kind, last.dossier_id, items)
        result = {"ordinal": last.ordinal, "revisions": len(added), "items": len({r[2] for r in added})}
        session.delete(last)
        return result


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


def _export_items(session: Session, dossier_id: str, faction: FactionRow) -> tuple[list[Any], list[Any], int]:
    annotations = session.scalars(
        select(AnnotationRow)
        .where(AnnotationRow.dossier_id == dossier_id, AnnotationRow.faction_id == faction.id)
        .order_by(AnnotationRow.id)
    ).all()
    shared = [a for a in annotations if a.visibility != "privé"]
    amendments = session.scalars(
        select(AmendmentRow)
        .where(AmendmentRow.dossier_id == dossier_id, AmendmentRow.faction_id == faction.id)
        .order_by(AmendmentRow.id)
    ).all()
    return shared, list(amendments), len(annotations) - len(shared)


def _preview(
    session: Session, dossier_id: str, faction: FactionRow
) -> tuple[ExportPreview, dict[str, list[M.Revision]]]:
    if session.get(DossierRow, dossier_id) is None:
        raise UserFacingError("dossier_not_found", title=dossier_id)
    annotations, amendments, withheld = _export_items(session, dossier_id, faction)
    links = _export_links(session, dossier_id, faction)
    numbers = dict(session.execute(select(PrincipleRow.id, PrincipleRow.number)).all())
    per_visibility: dict[str, int] = {v: 0 for v in ("fractie", "griffie", "openbaar")}
    items = []
    revisions: dict[str, list[M.Revision]] = {}
    for kind, rows in ((ANNOTATION, annotations), (AMENDMENT, amendments), (LINK, links)):
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
            for rev in sorted(loaded.get(row.id, {}).values(), key=lambda r: (r.version, r.id)):
                revs.append(M.Revision(rev.id, row.id, rev.parents, json.loads(contents[rev.id])))
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
                label = f"A{row.number}"
            items.append(
                ExportItem(
                    kind, row.id, label, getattr(row, "visibility", None), row.deleted, len(loaded.get(row.id, {}))
                )
            )
        revisions[kind] = revs
    preview = ExportPreview(
        faction=faction.name,
        per_visibility=per_visibility,
        amendments=len(amendments),
        deleted=sum(1 for i in items if i.deleted),
        withheld_private=withheld,
        revisions=sum(len(v) for v in revisions.values()),
        items=tuple(items),
        links=len(links),
    )
    return preview, revisions


def export_preview(store: Store, dossier_id: str, faction: str) -> ExportPreview:
    """Exactly what ``export_package`` would let leave this laptop; writes nothing."""
    with store.session() as session:
        return _preview(session, dossier_id, _faction(session, faction))[0]


def export_package(store: Store, dossier_id: str, faction: str, member: str, path: Path) -> ExportResult:
    """Write the faction's package (made atomically: a temporary file renamed into place)."""
    path = Path(path)
    with store.session() as session:
        faction_r = _faction(session, faction)
        preview, revisions = _preview(session, dossier_id, faction_r)
        key = keys.signing_key(session, faction_r, create=True)
        public = keys._raw_public(key.public_key())  # noqa: SLF001
        dossier = session.get(DossierRow, dossier_id)
        assert dossier is not None
        doc_ids = sorted({r.content["document_id"] for revs in revisions.values() for r in revs} - {None})
        documents = [
            {"id": d.id, "sha256": d.sha256, "version": d.version, "role": d.role, "title": d.title}
            for d in session.scalars(select(DocumentRow).where(DocumentRow.id.in_(doc_ids)).order_by(DocumentRow.id))
        ]
        sequence = (
            session.scalar(select(func.max(ExportLogRow.sequence)).where(ExportLogRow.faction_id == faction_r.id)) or 0
        ) + 1
        now = datetime.now()
        member = " ".join(member.split()) or "?"
        manifest = {
            "app_version": __version__,
            "dossier": {"id": dossier.id, "title": dossier.title},
            "faction": {"id": faction_r.id, "name": faction_r.name},
            "member": member[:200],
            "created_at": now.isoformat(timespec="seconds"),
            "sequence": sequence,
            "documents": documents,
            "counts": {
                "annotations": sum(preview.per_visibility.values()),
                "amendments": preview.amendments,
                "revisions": preview.revisions,
            },
        }
        if revisions[LINK]:
            manifest["counts"]["links"] = preview.links
        data = P.build(manifest, revisions[ANNOTATION], revisions[AMENDMENT], key.sign, public, links=revisions[LINK])
        keys._write(path, data)  # noqa: SLF001
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
                counts_json=json.dumps(manifest["counts"]),
            )
        )
        return ExportResult(path, sequence, sha, keys.fingerprint(public), preview)


# --- conflicts ------------------------------------------------------------------------------------


def _all_revisions(session: Session, kind: str, dossier_id: str | None) -> dict[str, dict[str, M.Revision]]:
    k = _KINDS[kind]
    query = select(k.item.id)
    if dossier_id is not None:
        query = query.where(k.item.dossier_id == dossier_id)
    return _load_revisions(session, kind, session.scalars(query).all())


def list_conflicts(store: Store, dossier_id: str | None = None) -> list[Conflict]:
    """Items with more than one head: every version side by side, with their common base."""
    result = []
    with store.session() as session:
        names = dict(session.execute(select(FactionRow.id, FactionRow.name)).all())
        for kind in KINDS:
            k = _KINDS[kind]
            for item, revs in sorted(_all_revisions(session, kind, dossier_id).items()):
                state = M.current(revs.values())
                if not state.conflicted:
                    continue
                row = session.get(k.item, item)
                base = M.base_of(state.heads, revs)
                if kind == AMENDMENT:
                    label = f"A{row.number}"
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
                        heads=tuple({"id": h.id, "content": _content(session, kind, h.id)} for h in state.heads),
                    )
                )
    return result


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
        kind = next((kd for kd in KINDS if session.get(_KINDS[kd].item, item_id) is not None), AMENDMENT)
        k = _KINDS[kind]
        row = session.get(k.item, item_id)
        if row is None:
            raise UserFacingError("conflict_not_found", id=item_id)
        if faction is not None:
            acting = faction_row(session, faction)
            if acting is None or acting.id != row.faction_id:
                owner = session.get(FactionRow, row.faction_id)
                raise UserFacingError("not_owner", owner=owner.name if owner else "?")
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
            check = {ANNOTATION: P._check_annotation, AMENDMENT: P._check_amendment, LINK: P._check_link}[kind]  # noqa: SLF001
            check(dict(rev.content))
        except ValueError as exc:
            raise UserFacingError("conflict_choice_invalid", id=str(exc)[:80]) from exc
        session.execute(
            insert(k.revision.__table__),
            [
                {
                    "id": rev.id,
                    k.fk: item_id,
                    "parent_id": rev.parents[0],
                    "version": rev.content["version"],
                    "faction_id": rev.content["faction_id"],
                    "created_at": _dt(rev.content["updated_at"]),
                    "content_json": json.dumps(dict(rev.content), ensure_ascii=False, sort_keys=True),
                }
            ],
        )
        session.execute(
            insert(RevisionParentRow.__table__),
            [{"kind": kind, "revision_id": rev.id, "parent_id": p} for p in rev.parents[1:]],
        )
        _rebuild(session, kind, row.dossier_id, [item_id])
        return rev.id


# --- the clerk's overview -------------------------------------------------------------------------


def matrix(store: Store, dossier_id: str) -> list[dict[str, Any]]:
    """Per principle: per faction the number of live, shared annotations per stance."""
    with store.session() as session:
        principles = session.execute(
            select(PrincipleRow.id, PrincipleRow.number, PrincipleRow.title)
            .join(DocumentRow, PrincipleRow.document_id == DocumentRow.id)
            .where(DocumentRow.dossier_id == dossier_id)
            .order_by(DocumentRow.imported_at, PrincipleRow.number)
        ).all()
        counts = session.execute(
            select(AnnotationRow.principle_id, FactionRow.name, AnnotationRow.stance, func.count())
            .join(FactionRow, FactionRow.id == AnnotationRow.faction_id)
            .where(
                AnnotationRow.dossier_id == dossier_id,
                AnnotationRow.deleted.is_(False),
                AnnotationRow.visibility != "privé",
                AnnotationRow.stance.in_(STANCES),
            )
            .group_by(AnnotationRow.principle_id, FactionRow.name, AnnotationRow.stance)
        ).all()
        factions = sorted(session.scalars(select(FactionRow.name)).all())
    table: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: {f: dict.fromkeys(STANCES, 0) for f in factions})
    for principle_id, name, stance, n in counts:
        table[principle_id][name][stance] = n
    return [
        {"principle_id": pid, "number": number, "title": title, "factions": table[pid]}
        for pid, number, title in principles
    ]


# Re-exported key functions, so the window and the CLI need only this module.
faction_key_fingerprint = keys.faction_key_fingerprint
export_public_key = keys.export_public_key
trust_public_key = keys.trust_public_key
export_secret_key = keys.export_secret_key
import_secret_key = keys.import_secret_key
