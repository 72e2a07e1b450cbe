"""The griffie's dossier goes out to the factions: ``export_dossier`` (griffie) and
``import_dossier`` (a faction laptop starts from it, or updates from it).

Why a file of its own: a laptop's packages only merge at the griffie when both stores agree on
the ids of the dossier, its documents and principles, and the factions. Those ids are made where
a dossier is first created (a random dossier id, document ids derived from it, random faction
ids), so a laptop that imported the same documents itself has other ids and its packages were
refused ("another dossier", "a faction of that name with another identity") unless it started
as a copy of the clerk's store. The dossier file is that copy made explicit, signed by the
griffie, without anything the factions may not see.

Trust on first use: the first import of a griffie key needs its fingerprint (compared by phone,
shown as digits), later imports refuse any other key. A dossier older than one already imported
is refused. Decisions in the dossier (official numbers, outcomes and votes, inclusion in the
concept-zienswijze) take effect on the laptop because the griffie signed them; official numbers
once given never change, whatever a later file says (a differing one is reported).
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import msgspec
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from raadsviewer import __version__
from raadsviewer.domain import dossier as D
from raadsviewer.domain import merge as M
from raadsviewer.domain import package as P
from raadsviewer.domain import ziplimits
from raadsviewer.domain.access import Audience, may_travel
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.names import clean_name
from raadsviewer.domain.procedure import AWAITING
from raadsviewer.services import exchange, keys, roles
from raadsviewer.services.factions import faction_row
from raadsviewer.storage.db import Store, lock
from raadsviewer.storage.models import (
    AmendmentRow,
    AnnotationRow,
    DocumentRow,
    DossierImportRow,
    DossierRow,
    FactionRow,
    GriffieKeyRow,
    PrincipleRow,
    SectionRow,
    StoreSettingRow,
)
from raadsviewer.words import N_

# --- extensions: later layers that travel in the same file ----------------------------------------

Writer = Callable[[Session, str], Any]  # (session, dossier id) -> JSON value, or None for "nothing"
Reader = Callable[[Session, str, Any, int], None]  # (session, dossier id, value, its version)


@dataclass(frozen=True, slots=True)
class Extension:
    name: str
    version: int
    write: Writer
    read: Reader
    required: bool = False  # a reader that does not know it must refuse the file


EXTENSIONS: dict[str, Extension] = {}


def register_extension(extension: Extension) -> None:
    """Let a layer travel in the dossier (``ext/NAME.json``), e.g. principle corrections."""
    if not D.EXTENSION_NAME.match(extension.name):
        raise ValueError(f"extension name {extension.name!r}")
    EXTENSIONS[extension.name] = extension


# --- reports ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DossierExport:
    path: Path
    sequence: int
    fingerprint: str  # the griffie's key, in digits to read aloud
    documents: int
    annotations: int
    amendments: int


@dataclass(slots=True)
class DossierImport:
    path: str
    title: str = ""
    sequence: int = 0
    fingerprint: str = ""
    first_trust: bool = False
    already_imported: bool = False
    documents: int = 0
    factions: int = 0
    numbers: int = 0
    warnings: list[str] = field(default_factory=list)
    report: exchange.PackageReport | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "title": self.title,
            "sequence": self.sequence,
            "fingerprint": self.fingerprint,
            "first_trust": self.first_trust,
            "already_imported": self.already_imported,
            "documents": self.documents,
            "factions": self.factions,
            "numbers": self.numbers,
            "warnings": list(self.warnings),
            "items": self.report.as_dict() if self.report else None,
        }


# --- export (griffie) ---------------------------------------------------------------------------


def _iso(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")


def _documents(session: Session, dossier_id: str) -> list[dict[str, Any]]:
    docs = []
    for d in session.scalars(
        select(DocumentRow).where(DocumentRow.dossier_id == dossier_id).order_by(DocumentRow.imported_at)
    ):
        docs.append(
            {
                "id": d.id,
                "role": d.role,
                "title": d.title,
                "source_name": d.source_name,
                "sha256": d.sha256,
                "version": d.version,
                "previous_version_id": d.previous_version_id,
                "encoding": d.encoding,
                "text": d.text,
                "blocks_json": d.blocks_json,
                "imported_at": _iso(d.imported_at),
                "candidates_json": d.candidates_json,
                "principles": [
                    {
                        "id": p.id,
                        "number": p.number,
                        "title": p.title,
                        "text": p.text,
                        "start": p.start,
                        "end": p.end,
                        "label": p.label,
                        "key": p.key,
                        "active": p.active,
                        "merged_into": p.merged_into,
                    }
                    for p in d.principles
                ],
                "sections": [
                    {
                        "id": s.id,
                        "ordinal": s.ordinal,
                        "heading": s.heading,
                        "text": d.text[s.body_start : s.end],  # the format carries the body itself
                        "level": s.level,
                        "start": s.start,
                        "end": s.end,
                    }
                    for s in d.sections
                ],
            }
        )
    return docs


def public_part(session: Session, dossier_id: str, kind: str) -> tuple[dict[str, Any], set[str]]:
    """The openbaar versions of every item of ``kind`` whose current state is openbaar (an
    amendment or motie once submitted), as a package part; the history starts at the first
    openbaar version (earlier ones are named as ``withheld``). Returns the part and the item ids.

    The griffie's own resolution of a faction's conflict (a version with several parents that no
    package brought) stays with the griffie: it is the griffie's reading for its own letter, not
    the faction's text, and would reach every laptop as the faction's newest version, under its
    member's name. The faction resolves its own conflict."""
    k = exchange._KINDS[kind]  # noqa: SLF001
    rows = session.scalars(select(k.item).where(k.item.dossier_id == dossier_id).order_by(k.item.id)).all()
    current = [r for r in rows if may_travel(Audience.OPENBAAR, exchange._row_visibility(kind, r))]  # noqa: SLF001
    loaded = exchange._load_revisions(session, kind, [r.id for r in current])  # noqa: SLF001
    brought = exchange.brought_by_packages(session)
    revisions: list[M.Revision] = []
    withheld: set[str] = set()
    ids: set[str] = set()
    for row in current:
        leaving = []
        for rev in sorted(loaded.get(row.id, {}).values(), key=lambda r: (r.version, r.id)):
            if len(rev.parents) > 1 and rev.id not in brought:
                continue  # the griffie's own resolution (see above)
            content = json.loads(session.scalar(select(k.revision.content_json).where(k.revision.id == rev.id)) or "{}")
            if may_travel(Audience.OPENBAAR, exchange._visibility(kind, content)):  # noqa: SLF001
                leaving.append(M.Revision(rev.id, row.id, rev.parents, content))
        sent = {r.id for r in leaving}
        withheld.update(p for r in leaving for p in r.parents if p not in sent)
        if leaving:
            ids.add(row.id)
        revisions.extend(leaving)
    return P._part_json(revisions, withheld), ids  # noqa: SLF001


def export_dossier(store: Store, dossier_id: str, path: Path) -> DossierExport:
    """Write the griffie's signed dossier for the factions (griffie only)."""
    path = Path(path)
    with store.session() as session:
        roles.require_griffie(session, N_("het dossier uitgeven"))
        dossier = session.get(DossierRow, dossier_id)
        if dossier is None:
            raise UserFacingError("dossier_not_found", title=dossier_id)
        key = keys.griffie_signing_key(session)
        public = keys._raw_public(key.public_key())  # noqa: SLF001
        documents = _documents(session, dossier_id)
        factions = [
            {"id": f.id, "name": f.name, "seats": f.seats, "colour": f.colour}
            for f in session.scalars(select(FactionRow).order_by(FactionRow.name))
        ]
        annotation_part, annotation_ids = public_part(session, dossier_id, exchange.ANNOTATION)
        amendment_part, amendment_ids = public_part(session, dossier_id, exchange.AMENDMENT)
        decisions = {
            "amendments": [
                {
                    "id": a.id,
                    "number": a.official_number,
                    "status": a.decided_status,
                    # the whole-faction votes, the form this part has always had; the whole vote
                    # (splits, absences) travels in the procedure extension (services.procedure_layer)
                    "votes": [[v.faction, str(v.vote)] for v in bloc_of(a.decided_votes_json)],
                }
                for a in session.scalars(select(AmendmentRow).where(AmendmentRow.id.in_(sorted(amendment_ids))))
            ],
            "annotations": [
                {"id": a.id, "include_in_draft": a.include_in_draft}
                for a in session.scalars(select(AnnotationRow).where(AnnotationRow.id.in_(sorted(annotation_ids))))
            ],
        }
        members: list[tuple[str, bytes]] = [
            (D.DOCUMENTS, P.canonical_bytes(documents)),
            (D.FACTIONS, P.canonical_bytes(factions)),
            (D.DECISIONS, P.canonical_bytes(decisions)),
            (D.ITEMS, P.canonical_bytes({"annotations": annotation_part, "amendments": amendment_part})),
        ]
        extensions: dict[str, Any] = {}
        for ext in sorted(EXTENSIONS.values(), key=lambda e: e.name):
            value = ext.write(session, dossier_id)
            if value is None:
                continue
            data = P.canonical_bytes(value)
            members.append((f"{D.EXTENSION_DIR}{ext.name}.json", data))
            extensions[ext.name] = {
                "version": ext.version,
                "required": ext.required,
                "sha256": P.sha256(data),
                "size": len(data),
            }
        lock(session, "dossier_sequence")  # two clerks exporting at once: two sequence numbers
        setting = session.get(StoreSettingRow, "dossier_sequence")
        sequence = int(setting.value) + 1 if setting is not None else 1
        if setting is None:
            session.add(StoreSettingRow(key="dossier_sequence", value=str(sequence)))
        else:
            setting.value = str(sequence)
        manifest = {
            "format": D.FORMAT,
            "format_version": D.FORMAT_VERSION,
            "app_version": __version__,
            "dossier": {
                "id": dossier.id,
                "title": dossier.title,
                "body": dossier.body[:500],
                "deadline": dossier.deadline.isoformat() if dossier.deadline else None,
            },
            "created_at": datetime.now().isoformat(timespec="seconds"),
            "sequence": sequence,
            "parts": {
                name: {"sha256": P.sha256(data), "size": len(data)}
                for name, data in members
                if not name.startswith(D.EXTENSION_DIR)
            },
            "extensions": extensions,
        }
        manifest_bytes = P.canonical_bytes(manifest)
        signature = {"algorithm": "ed25519", "public_key": public, "signature": key.sign(manifest_bytes).hex()}
        data = P.zip_members([(D.MANIFEST, manifest_bytes), *members, (D.SIGNATURE, P.canonical_bytes(signature))])
        _check_importable(data)
        keys._write(path, data)  # noqa: SLF001
        return DossierExport(
            path, sequence, keys.fingerprint(public), len(documents), len(annotation_ids), len(amendment_ids)
        )


def _check_importable(data: bytes) -> None:
    """Refuse to write a dossier file that every laptop would refuse for its size (the limits
    :func:`import_dossier` holds it to), rather than send it: nothing is written, no sequence
    number is used."""
    what = f"{len(data)} > {D.MAX_FILE_BYTES} bytes" if len(data) > D.MAX_FILE_BYTES else None
    if what is None:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            try:
                ziplimits.check_declared(zf.infolist(), D.MAX_PART_BYTES, D.MAX_TOTAL_BYTES, D.MAX_RATIO)
            except ziplimits.ZipLimitError as exc:
                what = f"{exc.detail}: {exc.size} > {exc.limit} bytes" if exc.limit else f"{exc.detail}: {exc.kind}"
    if what is not None:
        raise UserFacingError("dossier_export_too_large", what=what)


# --- import (a faction laptop) ------------------------------------------------------------------


def _refuse(reason: str) -> UserFacingError:
    return UserFacingError("dossier_invalid", reason=reason[:300])


@dataclass(slots=True)
class _Opened:
    sha256: str
    manifest: D.Manifest
    public_key: str
    zf: zipfile.ZipFile
    by_name: dict[str, zipfile.ZipInfo]


def _open(data: bytes) -> _Opened:
    """Structure, sizes, manifest and signature; no part read yet."""
    if len(data) > D.MAX_FILE_BYTES:
        raise UserFacingError("dossier_too_large", size_bytes=len(data), limit_bytes=D.MAX_FILE_BYTES)
    if not data.startswith(b"PK"):
        raise UserFacingError("dossier_not_a_dossier")
    try:
        ziplimits.check_directory(data, D.MAX_ENTRIES, max_directory=64 * 1024)
        zf = zipfile.ZipFile(io.BytesIO(data))
    except ziplimits.ZipLimitError as exc:
        raise _refuse(f"{exc.kind} {exc.detail}") from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _refuse(str(exc)) from exc
    try:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise _refuse("a member occurs twice")
        for name in names:
            if name not in (D.MANIFEST, D.SIGNATURE, *D.PARTS) and not (
                name.startswith(D.EXTENSION_DIR)
                and name.endswith(".json")
                and D.EXTENSION_NAME.match(name[len(D.EXTENSION_DIR) : -5])
            ):
                raise _refuse(f"unexpected member {name[:100]!r}")
        by_name = {i.filename: i for i in infos}
        if D.MANIFEST not in by_name or D.SIGNATURE not in by_name:
            raise _refuse("no manifest or signature")
        try:
            ziplimits.check_declared(infos, D.MAX_PART_BYTES, D.MAX_TOTAL_BYTES, D.MAX_RATIO)
            manifest_bytes, _ = ziplimits.read_bounded(zf, by_name[D.MANIFEST], 1024 * 1024)
            signature_bytes, _ = ziplimits.read_bounded(zf, by_name[D.SIGNATURE], 64 * 1024)
        except ziplimits.ZipLimitError as exc:
            if exc.kind == "ratio":
                raise UserFacingError("dossier_bomb", part=exc.detail) from exc
            raise UserFacingError("dossier_too_large", size_bytes=exc.size, limit_bytes=exc.limit) from exc
        try:
            head = json.loads(manifest_bytes)
        except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than Python reads
            raise _refuse(f"manifest: {exc}") from exc
        if not isinstance(head, dict) or head.get("format") != D.FORMAT:
            raise UserFacingError("dossier_not_a_dossier")
        version = head.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise _refuse(f"format_version {str(version)[:20]}")
        if version > D.FORMAT_VERSION:
            raise UserFacingError("dossier_newer", what=f"format {version}")
        try:
            public = P.verify_signature(json.loads(signature_bytes), manifest_bytes)
        except (ValueError, RecursionError, UserFacingError) as exc:
            raise UserFacingError("dossier_bad_signature") from exc
        try:
            manifest = msgspec.json.decode(manifest_bytes, type=D.Manifest, strict=True)
        except (msgspec.ValidationError, msgspec.DecodeError) as exc:
            raise _refuse(f"manifest: {P.explain(exc) if isinstance(exc, msgspec.ValidationError) else exc}") from exc
        if set(manifest.parts) != set(D.PARTS):
            raise _refuse("manifest: parts")
        for name, ext in manifest.extensions.items():
            if not D.EXTENSION_NAME.match(name):
                raise _refuse(f"extension name {name[:40]!r}")
            known = EXTENSIONS.get(name)
            if ext.required and (known is None or known.version < ext.version):
                raise UserFacingError("dossier_newer", what=f"{name} {ext.version}")
        return _Opened(P.sha256(data), manifest, public, zf, by_name)
    except BaseException:
        zf.close()
        raise


def _part(opened: _Opened, name: str, size: int, sha: str, kind: Any) -> Any:
    info = opened.by_name.get(name)
    if info is None:
        raise _refuse(f"no {name}")
    try:
        raw, digest = ziplimits.read_bounded(opened.zf, info, size)
    except ziplimits.ZipLimitError as exc:
        raise _refuse(f"{name} is larger than the manifest declares" if exc.kind == "size" else exc.detail) from exc
    if digest != sha:
        raise _refuse(f"{name}: sha256 does not match the manifest")
    try:
        return msgspec.json.decode(raw, type=kind, strict=True) if kind is not None else json.loads(raw)
    except msgspec.ValidationError as exc:
        raise _refuse(f"{name}: {P.explain(exc)}") from exc
    except (msgspec.DecodeError, ValueError, RecursionError) as exc:
        raise _refuse(f"{name}: not JSON") from exc


def _check_griffie_key(session: Session, public: str, trust_fingerprint: str | None, report: DossierImport) -> None:
    own = session.scalar(select(GriffieKeyRow).where(GriffieKeyRow.origin == "own"))
    if own is not None:
        raise UserFacingError("dossier_own_store")
    trusted = session.scalar(select(GriffieKeyRow).where(GriffieKeyRow.origin == "trusted"))
    if trusted is not None:
        if trusted.public_key != public:
            raise UserFacingError(
                "dossier_other_griffie",
                fingerprint=keys.fingerprint(public),
                trusted=keys.fingerprint(trusted.public_key),
            )
        return
    if not trust_fingerprint:
        raise UserFacingError("dossier_fingerprint_needed", fingerprint=keys.fingerprint(public))
    if not keys.same_fingerprint(trust_fingerprint, public):
        raise UserFacingError(
            "dossier_fingerprint_mismatch", fingerprint=keys.fingerprint(public), given=trust_fingerprint[:80]
        )
    session.add(GriffieKeyRow(public_key=public, secret_pem=None, origin="trusted", created_at=datetime.now()))
    session.flush()
    report.first_trust = True


def dossier_fingerprint(path: Path) -> str:
    """The fingerprint of the griffie key that signed a dossier file (to compare before trusting)."""
    opened = _open(exchange._read_file(Path(path)))  # noqa: SLF001
    opened.zf.close()
    return keys.fingerprint(opened.public_key)


def import_dossier(
    store: Store, path: Path, *, trust_fingerprint: str | None = None, lang: str = "nl"
) -> DossierImport:
    """Start from or update from the griffie's dossier. All of it or, refused, nothing of it."""
    result = DossierImport(path=str(path))
    data = exchange._read_file(Path(path))  # noqa: SLF001
    opened = _open(data)
    m = opened.manifest
    result.title, result.sequence = m.dossier.title, m.sequence
    result.fingerprint = keys.fingerprint(opened.public_key)
    try:
        with store.session() as session:
            lock(session, "merge")  # it merges the factions' items, as a package does
            _check_griffie_key(session, opened.public_key, trust_fingerprint, result)
            if session.get(DossierImportRow, opened.sha256) is not None:
                result.already_imported = True
                return result
            newest = session.scalar(
                select(func.max(DossierImportRow.sequence)).where(DossierImportRow.dossier_id == m.dossier.id)
            )
            if newest is not None and m.sequence < newest:
                raise UserFacingError("dossier_older", sequence=m.sequence, newest=newest)
            parts = {
                name: _part(opened, name, m.parts[name].size, m.parts[name].sha256, D.PART_TYPES[name])
                for name in D.PARTS
            }  # checked before anything else is said: a damaged copy is refused as damaged
            if newest is not None and m.sequence == newest:  # this edition, in another file: nothing new
                result.already_imported = True
                return result
            _apply(session, m, parts, result, lang)
            for name, ext_ref in m.extensions.items():
                known = EXTENSIONS.get(name)
                ext_name = f"{D.EXTENSION_DIR}{name}.json"
                if known is None:
                    result.warnings.append(f"extension_skipped:{name}")
                    continue
                value = _part(opened, ext_name, ext_ref.size, ext_ref.sha256, None)
                known.read(session, m.dossier.id, value, ext_ref.version)
            session.add(
                DossierImportRow(
                    package_sha256=opened.sha256,
                    dossier_id=m.dossier.id,
                    sequence=m.sequence,
                    created_at=m.created_at,
                    imported_at=datetime.now(),
                )
            )
    finally:
        opened.zf.close()
    return result


def _apply(session: Session, m: D.Manifest, parts: dict[str, Any], result: DossierImport, lang: str) -> None:
    head = m.dossier
    dossier = session.get(DossierRow, head.id)
    if dossier is None:
        clash = session.scalar(select(DossierRow).where(DossierRow.title == head.title))
        if clash is not None:
            raise UserFacingError("dossier_title_taken", title=head.title)
        dossier = DossierRow(id=head.id, title=head.title, created_at=datetime.now())
        session.add(dossier)
    dossier.title, dossier.body = head.title, head.body
    dossier.deadline = date.fromisoformat(head.deadline) if head.deadline else None
    session.flush()
    # Factions: exactly the griffie's (id, name) pairs; a name here under another id is refused,
    # unless the laptop made it before it had this dossier and it holds nothing yet.
    for f in parts[D.FACTIONS]:
        name = clean_name(f.name, "faction")
        here = faction_row(session, name)
        if here is not None and here.id != f.id and session.get(FactionRow, f.id) is None:
            roles.adopt_griffie_id(session, here, f.id)
        row = keys.bind_faction(session, f.id, name)
        row.seats, row.colour = f.seats, f.colour
        result.factions += 1
    session.flush()
    _apply_documents(session, head.id, parts[D.DOCUMENTS], result)
    _apply_items(session, head.id, parts[D.ITEMS], result, lang)
    _apply_decisions(session, head.id, parts[D.DECISIONS], result)


def _apply_documents(session: Session, dossier_id: str, documents: list[D.DocumentOut], result: DossierImport) -> None:
    from raadsviewer.storage import search_index

    for d in documents:
        row = session.get(DocumentRow, d.id)
        if row is not None and row.dossier_id != dossier_id:
            raise _refuse(f"document {d.id} belongs to another dossier here")
        if row is None:
            row = DocumentRow(
                id=d.id,
                dossier_id=dossier_id,
                role=d.role,
                title=d.title,
                source_name=d.source_name,
                sha256=d.sha256,
                version=d.version,
                previous_version_id=None,
                encoding=d.encoding,
                text=d.text,
                blocks_json=d.blocks_json,
                candidates_json=d.candidates_json,
                imported_at=datetime.fromisoformat(d.imported_at),
            )
            session.add(row)
            session.flush()
        elif row.sha256 != d.sha256:
            raise _refuse(f"document {d.id} has other text here")
        row.title = d.title
        # The principles and sections as the griffie fixed them (same ids: derived from the document).
        fixed = {p.id: p for p in d.principles}
        for principle in list(row.principles):
            if principle.id not in fixed:
                session.delete(principle)
        session.flush()
        row.candidates_json = d.candidates_json
        for p in d.principles:
            existing = session.get(PrincipleRow, p.id)
            if existing is None:
                existing = PrincipleRow(id=p.id, document_id=d.id)
                session.add(existing)
            existing.number, existing.title, existing.text = p.number, p.title, p.text
            existing.start, existing.end = p.start, p.end
            existing.label, existing.key, existing.active, existing.merged_into = (
                p.label,
                p.key,
                p.active,
                p.merged_into,
            )
        if not row.sections:
            for s in d.sections:
                session.add(
                    SectionRow(
                        id=s.id,
                        document_id=d.id,
                        ordinal=s.ordinal,
                        heading=s.heading,
                        level=s.level,
                        start=s.start,
                        end=s.end,
                        body_start=min(s.end, max(s.start, s.end - len(s.text))),  # the body ends the span
                    )
                )
        session.flush()
        search_index.index_document(session.connection(), row)
        result.documents += 1
    for d in documents:  # versions link to each other once all are here
        if d.previous_version_id is not None:
            row = session.get(DocumentRow, d.id)
            if row is not None and session.get(DocumentRow, d.previous_version_id) is not None:
                row.previous_version_id = d.previous_version_id
    session.flush()


def _apply_items(session: Session, dossier_id: str, items: D.Items, result: DossierImport, lang: str) -> None:
    result.report = merge_public(
        session, dossier_id, [(exchange.ANNOTATION, items.annotations), (exchange.AMENDMENT, items.amendments)], lang
    )


def merge_public(session: Session, dossier_id: str, parts: list[tuple[str, Any]], lang: str) -> exchange.PackageReport:
    """Merge the griffie's openbaar parts (package parts per kind) faction by faction, as signed
    by the griffie; refuses (``dossier_invalid``) a forged revision, one of another dossier or of a
    faction the dossier does not name, and a version that is not openbaar."""
    by_faction: dict[str, dict[str, list[M.Revision]]] = {}
    withheld: set[str] = {w for _kind, part in parts for w in part.withheld}
    for kind, part in parts:
        for raw in part.revisions:
            content = P._plain(raw.content)  # noqa: SLF001
            rev = M.Revision(raw.id, raw.item_id, tuple(raw.parents), content)
            if content["dossier_id"] != dossier_id or not M.id_is_honest(rev):
                raise _refuse(f"item {raw.item_id}: forged or of another dossier")
            if not may_travel(Audience.OPENBAAR, exchange._visibility(kind, content)):  # noqa: SLF001
                raise _refuse(f"item {raw.item_id}: not openbaar")
            by_faction.setdefault(content["faction_id"], {}).setdefault(kind, []).append(rev)
    report = exchange.PackageReport(path="(dossier)", status="merged", refused=False)
    for faction_id, kinds in sorted(by_faction.items()):
        if session.get(FactionRow, faction_id) is None:
            raise _refuse(f"items of a faction that is not in the dossier ({faction_id})")
        exchange.merge_revisions(session, dossier_id, faction_id, kinds, withheld, report, lang=lang, from_griffie=True)
    return report


def apply_number(row: Any, number: int | None, taken: dict[int, str], result: DossierImport | None) -> None:
    """The griffie's official number for an item, unless it has one already (never changed: a
    differing one is reported) or the number is another item's here."""
    if number is None:
        return
    if row.official_number is None and number not in taken:
        row.official_number = number
        taken[number] = row.id
        if result is not None:
            result.numbers += 1
    elif row.official_number != number and result is not None:
        result.warnings.append(f"number_kept:{row.official_number}:{number}")


def numbers_taken(session: Session, model: Any, dossier_id: str) -> dict[int, str]:
    return {
        n: i
        for i, n in session.execute(
            select(model.id, model.official_number).where(
                model.dossier_id == dossier_id, model.official_number.is_not(None)
            )
        ).all()
    }


def _apply_decisions(session: Session, dossier_id: str, decisions: D.Decisions, result: DossierImport) -> None:
    """The griffie's signed decisions. An official number once given here is never changed."""
    taken = numbers_taken(session, AmendmentRow, dossier_id)
    for d in decisions.amendments:
        row = session.get(AmendmentRow, d.id)
        if row is None or row.dossier_id != dossier_id:
            continue
        apply_number(row, d.number, taken, result)
        if d.status is not None:
            votes = json.dumps([[name, vote] for name, vote in d.votes], ensure_ascii=False)
            row.decided_status, row.decided_votes_json = d.status, votes
            row.status, row.votes_json = d.status, votes
        elif row.decided_status is not None:  # the griffie corrected an outcome into a vote that did not decide
            row.decided_status = row.decided_votes_json = None
            row.status, row.votes_json = AWAITING, "[]"
    for a in decisions.annotations:
        annotation = session.get(AnnotationRow, a.id)
        if annotation is not None and annotation.dossier_id == dossier_id:
            annotation.include_in_draft = a.include_in_draft
    session.flush()


def bloc_of(votes_json: str | None) -> list[Any]:
    """The whole-faction votes among the stored ones (a divided faction is left out)."""
    from raadsviewer.domain.votes import votes_from_json

    return [v for v in votes_from_json(json.loads(votes_json or "[]")) if v.vote is not None]


def _register_layers() -> None:
    """The layers that travel in the dossier today."""
    from raadsviewer.services import principles, procedure_layer

    register_extension(
        Extension(
            principles.CORRECTIONS_EXTENSION,
            principles.CORRECTIONS_VERSION,
            principles.dossier_corrections,
            principles.apply_dossier_corrections,
        )
    )
    register_extension(
        Extension(
            procedure_layer.EXTENSION,
            procedure_layer.VERSION,
            procedure_layer.write_procedure,
            procedure_layer.read_procedure,
        )
    )


_register_layers()
