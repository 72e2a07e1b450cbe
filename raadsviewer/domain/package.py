"""The ``.raadspakket``: one self-contained, signed file per export of a faction.

A zip (deflate) with exactly these members, nothing else (no -wal/-shm, no folders)::

    manifest.json     what the package is (below), with the size and sha256 of every other part
    annotations.json  {"revisions": [revision, ...][, "withheld": [sha256, ...]]}
    amendments.json   {"revisions": [revision, ...][, "withheld": [...]]}
    links.json        {"revisions": [revision, ...][, "withheld": [...]]}  (only when there are links)
    moties.json       {"revisions": [revision, ...][, "withheld": [...]]}  (only when there are moties)
    signature.json    {"algorithm": "ed25519", "public_key": hex, "signature": hex}

``signature`` is the faction's Ed25519 signature over the exact bytes of ``manifest.json``; since
the manifest holds the hash (and size) of each part, it covers everything. A package written for
an audience is then sealed to it (``domain.sealed``): the griffie's key or the faction's own key.

manifest.json::

    {"format": "raadspakket", "format_version": 1, "app_version": "...",
     "dossier": {"id": uuid, "title": str},
     "faction": {"id": uuid, "name": str}, "member": str,
     "created_at": iso, "sequence": int (per faction, from this laptop's export log),
     "documents": [{"id": uuid, "sha256": hex, "version": int, "role": str, "title": str}],
     "parts": {"annotations.json": sha256, "amendments.json": sha256[, "links.json": sha256][, "moties.json": sha256]},
     "sizes": {"annotations.json": bytes, ...},          (newer packages; a part may not exceed it)
     "audience": "fractie" | "griffie",                   (newer packages)
     "counts": {"annotations": n, "amendments": n, "revisions": n[, "links": n][, "moties": n]}}

``links.json``, ``moties.json``, ``sizes``, ``audience`` and ``withheld`` were added without
changing the format version: a package without them is exactly what it was, so older packages are
read as before.

A revision::

    {"id": sha256, "item_id": uuid, "parents": [sha256, ...], "content": {...}}

where ``content`` is exactly what ``repository.annotation_content`` / ``amendment_content`` /
``services.links.link_content`` / ``domain.moties.motie_content`` make and ``id`` is ``domain.merge.compute_id(parents, content)``
(checked on reading). ``withheld`` lists parents the package leaves out on purpose: versions the
audience may not see (an earlier privé or fractie text); the history travels from the first
version the audience may see.

Reading is bounded and in this order, so nothing expensive happens before the sender is known:
the zip's end record (entry count, directory size), the directory's declared sizes and ratio,
the manifest and its signature (``open_package``); then the caller checks the sender's key; then
each part is inflated in chunks up to the size the manifest declares, hashed, and decoded into
typed, bounded structures (msgspec): every field typed and bounded, ids UUIDs / sha256 hex,
timestamps between 2000 and 2100, text strict UTF-8 without NUL.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, lru_cache
from itertools import chain
from operator import attrgetter
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

import msgspec

from raadsviewer.domain import ziplimits
from raadsviewer.domain.access import MAX_AMENDMENT_NUMBER, MAX_ITEM_NUMBER
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.merge import Revision, canonical_json, id_from_canonical
from raadsviewer.domain.model import (
    AmendmentOperation,
    AmendmentStatus,
    MotieKind,
    MotieStatus,
    Stance,
    Visibility,
    Vote,
)

FORMAT = "raadspakket"
FORMAT_VERSION = 1
SUFFIX = ".raadspakket"

MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
ANNOTATIONS = "annotations.json"
AMENDMENTS = "amendments.json"
LINKS = "links.json"
MOTIES = "moties.json"
PARTS = (ANNOTATIONS, AMENDMENTS)  # always present
OPTIONAL_PARTS = (LINKS, MOTIES)  # present only when the manifest names them
MEMBERS = frozenset({MANIFEST, SIGNATURE, *PARTS, *OPTIONAL_PARTS})
DOSSIER_DOCUMENTS = "documents.json"  # a part of the griffie's dossier file, never of a package

MAX_FILE_BYTES = 256 * 1024 * 1024  # the package file itself
MAX_PART_BYTES = 128 * 1024 * 1024  # one part, inflated (20 000 revisions of 1 kB are 25 MB)
MAX_TOTAL_BYTES = 192 * 1024 * 1024  # all parts, inflated
MAX_SMALL_PART_BYTES = 1024 * 1024  # manifest and signature
MAX_ENTRIES = 64  # a package has five members; anything near this is not one
MAX_RATIO = 100  # inflated / compressed; JSON of council texts stays far below
MAX_TEXT_CHARS = 100_000
MAX_SHORT_CHARS = 500
MAX_NAME_CHARS = 200
MIN_YEAR, MAX_YEAR = 2000, 2100

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA_PATTERN = r"^[0-9a-f]{64}$"


class PackageError(UserFacingError):
    """A package refused as a whole. ``code`` is one of the ``package_*`` messages."""


def refuse(code: str, **params: Any) -> PackageError:
    return PackageError(code, **params)


# --- the schema (msgspec): types and bounds of every field --------------------------------------

Uuid = Annotated[str, msgspec.Meta(pattern=UUID_PATTERN)]
Sha = Annotated[str, msgspec.Meta(pattern=SHA_PATTERN)]
Text = Annotated[str, msgspec.Meta(max_length=MAX_TEXT_CHARS)]
Short = Annotated[str, msgspec.Meta(max_length=MAX_SHORT_CHARS)]
Name = Annotated[str, msgspec.Meta(max_length=MAX_NAME_CHARS)]
Position = Annotated[int, msgspec.Meta(ge=0, le=10**9)]
Version = Annotated[int, msgspec.Meta(ge=1, le=10**9)]
Timestamp = Annotated[str, msgspec.Meta(max_length=40)]
DraftNumber = Annotated[int, msgspec.Meta(ge=1, le=MAX_AMENDMENT_NUMBER)]

LinkStatus = Literal["confirmed", "removed", "added"]
IsoDate = Annotated[str, msgspec.Meta(pattern=r"^\d{4}-\d{2}-\d{2}$")]
MotieNumber = Annotated[int, msgspec.Meta(ge=1, le=MAX_ITEM_NUMBER)]
Points = Annotated[list[Text], msgspec.Meta(max_length=50)]  # domain.moties.MAX_POINTS

STANCES = frozenset(s.value for s in Stance)


class _Strict(msgspec.Struct, forbid_unknown_fields=True):
    pass


class AnnotationContent(_Strict):
    annotation_id: Uuid
    dossier_id: Uuid
    faction_id: Uuid
    author: Name
    principle_id: Uuid | None
    document_id: Uuid | None
    quote: Text | None
    quote_prefix: Text | None
    quote_suffix: Text | None
    quote_start: Position | None
    quote_end: Position | None
    stance: Stance
    visibility: Visibility
    body: Text
    include_in_draft: bool
    deleted: bool
    version: Version
    created_at: Timestamp
    updated_at: Timestamp


class AmendmentContent(_Strict):
    amendment_id: Uuid
    dossier_id: Uuid
    number: DraftNumber
    title: Text
    betreft: Text
    principle_id: Uuid | None
    document_id: Uuid | None
    quote: Text | None
    quote_prefix: Text | None
    quote_suffix: Text | None
    quote_start: Position | None
    quote_end: Position | None
    operation: AmendmentOperation
    old_text: Text
    new_text: Text
    rationale: Text
    faction_id: Uuid
    author: Name
    cosigners: Annotated[list[Name], msgspec.Meta(max_length=100)]
    status: AmendmentStatus
    votes: Annotated[list[tuple[Name, Vote]], msgspec.Meta(max_length=100)]
    parent_id: Uuid | None
    deleted: bool
    version: Version
    created_at: Timestamp
    updated_at: Timestamp


class LinkContent(_Strict):
    link_id: Uuid
    dossier_id: Uuid
    faction_id: Uuid
    author: Name
    principle_id: Uuid | None
    document_id: Uuid | None
    quote: Text  # a link always holds its passage
    quote_prefix: Text
    quote_suffix: Text
    quote_start: Position
    quote_end: Position
    status: LinkStatus
    deleted: bool
    version: Version
    created_at: Timestamp
    updated_at: Timestamp


class MotieContent(_Strict):
    motie_id: Uuid
    dossier_id: Uuid
    number: MotieNumber  # the faction's provisional number; the official one is the griffie's
    title: Text
    municipality: Name
    meeting_date: IsoDate | None
    constaterende: Points
    overwegende: Points
    kind: MotieKind
    dictum: Points
    faction_id: Uuid
    author: Name
    cosigners: Annotated[list[Name], msgspec.Meta(max_length=100)]
    principle_ids: Annotated[list[Uuid], msgspec.Meta(max_length=200)]  # domain.moties.MAX_PRINCIPLES
    agenda_item: Text
    status: MotieStatus
    votes: Annotated[list[tuple[Name, Vote]], msgspec.Meta(max_length=100)]  # always empty: the griffie's
    deleted: bool
    version: Version
    created_at: Timestamp
    updated_at: Timestamp


MAX_PARENTS = 64  # a version merging more branches than this is not made (``services.exchange``)
Parents = Annotated[list[Sha], msgspec.Meta(max_length=MAX_PARENTS)]
Withheld = Annotated[list[Sha], msgspec.Meta(max_length=1_000_000)]


class AnnotationRevision(_Strict):
    id: Sha
    item_id: Uuid
    parents: Parents
    content: AnnotationContent


class AmendmentRevision(_Strict):
    id: Sha
    item_id: Uuid
    parents: Parents
    content: AmendmentContent


class LinkRevision(_Strict):
    id: Sha
    item_id: Uuid
    parents: Parents
    content: LinkContent


class MotieRevision(_Strict):
    id: Sha
    item_id: Uuid
    parents: Parents
    content: MotieContent


class AnnotationPart(_Strict):
    revisions: list[AnnotationRevision]
    withheld: Withheld = []


class AmendmentPart(_Strict):
    revisions: list[AmendmentRevision]
    withheld: Withheld = []


class LinkPart(_Strict):
    revisions: list[LinkRevision]
    withheld: Withheld = []


class MotiePart(_Strict):
    revisions: list[MotieRevision]
    withheld: Withheld = []


class DossierRef(_Strict):
    id: Uuid
    title: Short


class FactionRef(_Strict):
    id: Uuid
    name: Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_NAME_CHARS)]


class DocumentRef(msgspec.Struct):
    id: Uuid
    sha256: Sha


class Manifest(msgspec.Struct):
    format: str
    format_version: int
    app_version: Short
    dossier: DossierRef
    faction: FactionRef
    member: Name
    created_at: Timestamp
    sequence: Annotated[int, msgspec.Meta(ge=0, le=10**9)]
    documents: Annotated[list[DocumentRef], msgspec.Meta(max_length=10_000)]
    parts: dict[str, Sha]
    sizes: dict[str, Annotated[int, msgspec.Meta(ge=0, le=MAX_PART_BYTES)]] | None = None
    audience: Literal["fractie", "griffie"] | None = None


_PART_TYPES: dict[str, Any] = {
    ANNOTATIONS: AnnotationPart,
    AMENDMENTS: AmendmentPart,
    LINKS: LinkPart,
    MOTIES: MotiePart,
}
_CONTENT_TYPES: dict[str, Any] = {
    "annotation": AnnotationContent,
    "amendment": AmendmentContent,
    "link": LinkContent,
    "motie": MotieContent,
}
_ID_KEYS: dict[str, str] = {  # per part: the content's field that holds the item's id
    ANNOTATIONS: "annotation_id",
    AMENDMENTS: "amendment_id",
    LINKS: "link_id",
    MOTIES: "motie_id",
}


@dataclass(frozen=True, slots=True)
class Package:
    sha256: str  # of the whole file: the package's identity in the merge log
    manifest: Mapping[str, Any]
    public_key: str  # hex of the raw Ed25519 key that signed it
    annotations: tuple[Revision, ...]
    amendments: tuple[Revision, ...]
    links: tuple[Revision, ...] = ()
    withheld: frozenset[str] = frozenset()  # parents left out on purpose (narrower versions)
    sealed_to: str | None = None  # the audience it was sealed to (None: signed only)
    moties: tuple[Revision, ...] = ()

    @property
    def faction_id(self) -> str:
        return str(self.manifest["faction"]["id"])

    @property
    def faction_name(self) -> str:
        return str(self.manifest["faction"]["name"])

    @property
    def dossier_id(self) -> str:
        return str(self.manifest["dossier"]["id"])

    @property
    def audience(self) -> str | None:
        value = self.manifest.get("audience")
        return str(value) if value is not None else None


def canonical_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- writing ------------------------------------------------------------------------------------


def revision_json(rev: Revision) -> dict[str, Any]:
    return {"id": rev.id, "item_id": rev.item_id, "parents": list(rev.parents), "content": dict(rev.content)}


def _part_json(revisions: list[Revision], withheld: set[str] | frozenset[str] | None) -> dict[str, Any]:
    part: dict[str, Any] = {"revisions": [revision_json(r) for r in revisions]}
    mine = sorted({p for r in revisions for p in r.parents} & set(withheld or ()))
    if mine:
        part["withheld"] = mine
    return part


def build(
    manifest: Mapping[str, Any],
    annotations: list[Revision],
    amendments: list[Revision],
    sign: Any,  # callable(bytes) -> bytes (an Ed25519PrivateKey's .sign)
    public_key_hex: str,
    links: list[Revision] | None = None,
    withheld: set[str] | frozenset[str] | None = None,
    moties: list[Revision] | None = None,
) -> bytes:
    """The package's bytes. ``links.json`` and ``moties.json`` are written only when there are such
    revisions, so a package without them is readable by apps that predate them. ``withheld``:
    parents that are left out on purpose (each part names those of its own revisions)."""
    parts = {
        ANNOTATIONS: canonical_bytes(_part_json(annotations, withheld)),
        AMENDMENTS: canonical_bytes(_part_json(amendments, withheld)),
    }
    if links:
        parts[LINKS] = canonical_bytes(_part_json(links, withheld))
    if moties:
        parts[MOTIES] = canonical_bytes(_part_json(moties, withheld))
    full = dict(manifest)
    full["format"] = FORMAT
    full["format_version"] = FORMAT_VERSION
    full["parts"] = {name: sha256(data) for name, data in parts.items()}
    full["sizes"] = {name: len(data) for name, data in parts.items()}
    manifest_bytes = canonical_bytes(full)
    signature = {"algorithm": "ed25519", "public_key": public_key_hex, "signature": sign(manifest_bytes).hex()}
    return zip_members([(MANIFEST, manifest_bytes), *parts.items(), (SIGNATURE, canonical_bytes(signature))])


def zip_members(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buffer.getvalue()


# --- reading ------------------------------------------------------------------------------------


def _damaged(reason: str) -> PackageError:
    return refuse("package_damaged", reason=reason)


def _invalid(reason: str) -> PackageError:
    return refuse("package_invalid", reason=reason)


def _limit_error(exc: ziplimits.ZipLimitError, *, declared: bool = False) -> PackageError:
    if exc.kind == "ratio":
        return refuse("package_bomb", part=exc.detail)
    if exc.kind == "damaged":
        return _damaged(exc.detail[:200])
    if exc.kind in ("entries", "directory"):
        return _invalid(f"{exc.kind} {exc.size} > {exc.limit}")
    if declared:  # larger than its own manifest says: the signed manifest is the truth
        return _invalid(f"{exc.detail} is larger than the manifest declares ({exc.limit} bytes)")
    return refuse("package_too_large", part=exc.detail, size_bytes=exc.size, limit_bytes=exc.limit)


def _json(data: bytes, name: str) -> Any:
    try:
        text = data.decode("utf-8")  # strict: a package is UTF-8 or it is refused
    except UnicodeDecodeError as exc:
        raise _invalid(f"{name}: not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    try:
        return json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise _invalid(f"{name}: not JSON ({str(exc)[:120]})") from exc


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def open_zip(data: bytes, max_entries: int = MAX_ENTRIES) -> zipfile.ZipFile:
    """The zip, after its end record said how many entries and how large a directory it has."""
    if len(data) > MAX_FILE_BYTES:
        raise refuse("package_too_large", part="(file)", size_bytes=len(data), limit_bytes=MAX_FILE_BYTES)
    if not data.startswith(b"PK"):
        raise refuse("package_not_a_package")
    try:
        ziplimits.check_directory(data, max_entries, max_directory=64 * 1024)
    except ziplimits.ZipLimitError as exc:
        raise _limit_error(exc) from exc
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _damaged(str(exc)[:200]) from exc


@dataclass(slots=True)
class Opened:
    """A package whose structure, manifest and signature are checked; parts not yet read."""

    data: bytes
    manifest: dict[str, Any]
    public_key: str
    zf: zipfile.ZipFile
    by_name: dict[str, zipfile.ZipInfo]

    @property
    def faction_id(self) -> str:
        return str(self.manifest["faction"]["id"])

    @property
    def faction_name(self) -> str:
        return str(self.manifest["faction"]["name"])

    @property
    def dossier_id(self) -> str:
        return str(self.manifest["dossier"]["id"])

    def close(self) -> None:
        self.zf.close()


def open_package(data: bytes) -> Opened:
    """Structure, declared sizes, manifest and signature: everything that needs no store and
    reads no part. The caller checks the signer's key next, then calls :func:`read_parts`."""
    zf = open_zip(data)
    try:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        if DOSSIER_DOCUMENTS in names:  # the griffie's dossier (``domain.dossier``) given as a package
            raise refuse("package_is_a_dossier")
        for name in names:
            if name not in MEMBERS:
                raise _invalid(f"unexpected member {name[:100]!r}")
        if len(set(names)) != len(names):
            raise _invalid("a member occurs twice")
        for needed in (MANIFEST, SIGNATURE):
            if needed not in names:
                raise refuse("package_signature_missing") if needed == SIGNATURE else _invalid("no manifest.json")
        by_name = {i.filename: i for i in infos}
        try:  # declared sizes first: nothing is inflated before this
            ziplimits.check_declared(
                [by_name[MANIFEST], by_name[SIGNATURE]], MAX_SMALL_PART_BYTES, MAX_TOTAL_BYTES, MAX_RATIO
            )
            ziplimits.check_declared(infos, MAX_PART_BYTES, MAX_TOTAL_BYTES, MAX_RATIO)
            manifest_bytes, _ = ziplimits.read_bounded(zf, by_name[MANIFEST], MAX_SMALL_PART_BYTES)
            signature_bytes, _ = ziplimits.read_bounded(zf, by_name[SIGNATURE], MAX_SMALL_PART_BYTES)
        except ziplimits.ZipLimitError as exc:
            raise _limit_error(exc) from exc
        manifest = _json(manifest_bytes, MANIFEST)
        _check_manifest_head(manifest)
        public_key = _verify_signature(_json(signature_bytes, SIGNATURE), manifest_bytes)
        try:
            msgspec.convert(manifest, Manifest, strict=True)
        except msgspec.ValidationError as exc:
            raise _invalid(f"manifest: {explain(exc)}") from exc
        parts = manifest["parts"]
        if not set(PARTS) <= set(parts) <= set(PARTS) | set(OPTIONAL_PARTS):
            raise _invalid("manifest: parts")
        _timestamp(manifest["created_at"], "manifest: created_at")
        return Opened(data, manifest, public_key, zf, by_name)
    except BaseException:
        zf.close()
        raise


def read_parts(opened: Opened, sealed_to: str | None = None) -> Package:
    """Every part, inflated up to the size its signed manifest declares, hashed and decoded."""
    manifest = opened.manifest
    sizes = manifest.get("sizes") or {}
    decoded: dict[str, Any] = {}
    try:
        for name in (*PARTS, *OPTIONAL_PARTS):
            if name in OPTIONAL_PARTS and name not in manifest["parts"]:
                if name in opened.by_name:
                    raise _invalid(f"{name} is not named in the manifest")
                continue
            if name not in opened.by_name:
                raise _invalid(f"no {name}")
            declared = name in sizes
            limit = int(sizes[name]) if declared else MAX_PART_BYTES
            try:
                raw, digest = ziplimits.read_bounded(opened.zf, opened.by_name[name], limit)
            except ziplimits.ZipLimitError as exc:
                raise _limit_error(exc, declared=declared and exc.kind == "size") from exc
            if digest != manifest["parts"][name]:
                raise _damaged(f"{name}: sha256 does not match the manifest")
            decoded[name] = _decode_part(raw, name)
    finally:
        opened.close()
    faction_id, dossier_id = opened.faction_id, opened.dossier_id
    withheld: set[str] = set()
    result: dict[str, tuple[Revision, ...]] = {}
    for name, part in decoded.items():
        result[name] = _revisions(part, name, faction_id, dossier_id)
        withheld.update(part.withheld)
    return Package(
        sha256(opened.data),
        manifest,
        opened.public_key,
        result[ANNOTATIONS],
        result[AMENDMENTS],
        result.get(LINKS, ()),
        frozenset(withheld),
        sealed_to,
        result.get(MOTIES, ()),
    )


def read(data: bytes) -> Package:
    """Check a package completely (structure, hashes, signature, every field) and return it.

    Checks that need the store (is the key trusted and whose is it, the dossier, owners of the
    items, parents known to the store) are the merge's (``services.exchange``), which opens the
    package with :func:`open_package` and checks the key before :func:`read_parts`.
    """
    return read_parts(open_package(data))


def explain(exc: msgspec.ValidationError) -> str:
    """msgspec's complaint in words a clerk can pass on (no regular expressions)."""
    text = str(exc)
    text = text.replace(f"matching regex '{UUID_PATTERN}'", "(a UUID)").replace(
        f"matching regex '{SHA_PATTERN}'", "(a sha256)"
    )
    return text.replace("{", "(").replace("}", ")")[:300]


UTF8_CHUNK = 1 << 20  # bytes checked in one call (about 1.5 ms)


def check_utf8(raw: bytes, name: str) -> None:
    """Refuse ``raw`` unless it is UTF-8, naming the first byte that is not, a megabyte at a time.

    Checked in one call, the 23 MB of a 20,000-note part held the interpreter for 32 ms, and a
    merge runs beside the window: its GUI thread, waiting behind that call and the threads
    queued with it, stood still for 140 ms. Between two megabytes the window gets its turn."""
    decoder = codecs.getincrementaldecoder("utf-8")()  # strict
    view = memoryview(raw)
    for start in range(0, len(raw), UTF8_CHUNK):
        pending = len(decoder.getstate()[0])  # the start of a character cut off at the last chunk
        try:
            decoder.decode(view[start : start + UTF8_CHUNK], final=start + UTF8_CHUNK >= len(raw))
        except UnicodeDecodeError as exc:
            raise _invalid(f"{name}: not UTF-8 ({exc.reason} at byte {start - pending + exc.start})") from exc


class _UncheckedPart(_Strict):
    """A part with its revisions still as JSON text (checked one by one by :func:`_decode_part`)."""

    revisions: list[msgspec.Raw]
    withheld: Withheld = []


_REVISION_TYPES: dict[str, Any] = {
    ANNOTATIONS: AnnotationRevision,
    AMENDMENTS: AmendmentRevision,
    LINKS: LinkRevision,
    MOTIES: MotieRevision,
}


# --- patterns checked once per distinct value ------------------------------------------------------
#
# msgspec checks a field's pattern with a regular expression for every value: seven ids in each
# revision, two thirds of decoding a package. The revisions are decoded with the same types
# without their patterns (made from them below, so the schema is written once), and each pattern
# is then tried once per distinct value (a package names its dossier, faction, principles and
# documents thousands of times). A value that does not match has its revision decoded again with
# the strict type, whose complaint names the field as before.

_META_BOUNDS = (
    "gt", "ge", "lt", "le", "multiple_of", "min_length", "max_length", "tz",
    "title", "description", "examples", "extra_json_schema", "extra",
)  # fmt: skip


def _without_pattern(meta: Any) -> Any:
    """``meta`` without its pattern (None when nothing else is left)."""
    if not isinstance(meta, msgspec.Meta) or meta.pattern is None:
        return meta
    kept = {key: getattr(meta, key) for key in _META_BOUNDS if getattr(meta, key) is not None}
    return msgspec.Meta(**kept) if kept else None


def _relaxed(annotation: Any) -> Any:
    """The type ``annotation`` with no pattern anywhere in it (structs made again without)."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        base, *metas = args
        kept = [m for m in map(_without_pattern, metas) if m is not None]
        return Annotated[(_relaxed(base), *kept)] if kept else _relaxed(base)
    if origin in (Union, UnionType):
        return Union[tuple(_relaxed(a) for a in args)]  # noqa: UP007 (made from a tuple)
    if origin is list:
        return list[_relaxed(args[0])]  # type: ignore[misc]
    if origin is tuple:
        return tuple[tuple(_relaxed(a) for a in args)]  # type: ignore[misc]
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        return _relaxed_struct(annotation)
    return annotation


@cache
def _relaxed_struct(cls: type[msgspec.Struct]) -> type[msgspec.Struct]:
    hints = get_type_hints(cls, include_extras=True)
    names = cls.__struct_fields__
    defaults = cls.__struct_defaults__
    first_default = len(names) - len(defaults)
    fields = [
        (name, _relaxed(hints[name]), defaults[i - first_default])
        if i >= first_default
        else (name, _relaxed(hints[name]))
        for i, name in enumerate(names)
    ]
    return msgspec.defstruct(
        f"Relaxed{cls.__name__}", fields, forbid_unknown_fields=cls.__struct_config__.forbid_unknown_fields
    )


def _patterned_paths(cls: type[msgspec.Struct], prefix: str = "") -> list[tuple[str, str, bool]]:
    """Every field of ``cls`` (nested structs too) that holds a pattern's values: (dotted path,
    pattern, whether it is a list of them); a field may also be None."""
    hints = get_type_hints(cls, include_extras=True)
    found: list[tuple[str, str, bool]] = []
    for name in cls.__struct_fields__:
        annotation, many = hints[name], False
        while True:
            origin, args = get_origin(annotation), get_args(annotation)
            if origin in (Union, UnionType):
                (annotation,) = [a for a in args if a is not type(None)]  # (no union of two types in the schema)
            elif origin is Annotated:
                pattern = next((m.pattern for m in args[1:] if isinstance(m, msgspec.Meta) and m.pattern), None)
                if pattern is not None:
                    found.append((prefix + name, pattern, many))
                    break
                annotation = args[0]
            elif origin is list and not many:
                annotation, many = args[0], True
            else:
                if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
                    assert not many, f"{cls.__name__}.{name}"  # (no list of structs in a revision)
                    found += _patterned_paths(annotation, f"{prefix}{name}.")
                break
    return found


def _values_check(revision_type: type[msgspec.Struct]) -> Callable[[list[Any]], bool]:
    """Whether every patterned value of the revisions matches its pattern, as msgspec tests it
    (``re.search``), each distinct value once; the walk over the revisions is in C."""
    by_pattern: dict[str, tuple[list[str], list[str]]] = {}
    for path, pattern, many in _patterned_paths(revision_type):
        by_pattern.setdefault(pattern, ([], []))[many].append(path)
    tests = []
    for pattern, (single, lists) in by_pattern.items():
        getters = [(attrgetter(path), False) for path in single] + [(attrgetter(path), True) for path in lists]
        tests.append((re.compile(pattern).search, getters))

    def check(revisions: list[Any]) -> bool:
        for search, getters in tests:
            values: set[Any] = set()
            for get, many in getters:
                values.update(chain.from_iterable(map(get, revisions)) if many else map(get, revisions))
            values.discard(None)
            if not all(map(search, values)):
                return False
        return True

    return check


@cache
def _quick_decoding(revision_type: type[msgspec.Struct]) -> tuple[Callable[[bytes], Any], Callable[[list[Any]], bool]]:
    return msgspec.json.Decoder(_relaxed_struct(revision_type), strict=True).decode, _values_check(revision_type)


_CHECKED_TOGETHER = 2_000  # revisions whose values are tried at once (one C loop: under 2 ms)


def _decode_part(raw: bytes, name: str) -> Any:
    """The part checked and read field by field, one revision at a time.

    One decoding call for the whole part would hold the interpreter for its whole length (150 ms
    for 20,000 notes), and the merge runs beside the window: its GUI thread could not run
    meanwhile. Between two revisions the window gets its turn. A complaint names the revision
    as a whole-part decoding would (``$.revisions[7].content.body``)."""
    check_utf8(raw, name)  # strict: a package is UTF-8 or it is refused (named precisely)
    try:
        unchecked = msgspec.json.decode(raw, type=_UncheckedPart, strict=True)
        decode, values_hold = _quick_decoding(_REVISION_TYPES[name])
        texts = unchecked.revisions
        revisions = []
        for i, text in enumerate(texts):
            try:
                revisions.append(decode(text))
                if len(revisions) % _CHECKED_TOGETHER and i + 1 < len(texts):
                    continue
                start = i // _CHECKED_TOGETHER * _CHECKED_TOGETHER
                if not values_hold(revisions[start:]):  # the strict type says which value, and how
                    strict = msgspec.json.Decoder(_REVISION_TYPES[name], strict=True).decode
                    for i in range(start, i + 1):  # noqa: B020 (the revision named is the one refused)
                        strict(texts[i])
                    raise msgspec.ValidationError("a value does not match its pattern")  # (not reached)
            except msgspec.ValidationError as exc:
                where = f"$.revisions[{i}]"
                message = str(exc)
                message = (
                    message.replace(" - at `$", f" - at `{where}", 1)
                    if " - at `$" in message
                    else f"{message} - at `{where}`"
                )
                raise msgspec.ValidationError(message) from exc
        return _PART_TYPES[name](revisions=revisions, withheld=unchecked.withheld)
    except msgspec.ValidationError as exc:
        raise _invalid(f"{name}: {explain(exc)}") from exc
    except msgspec.DecodeError as exc:
        raise _invalid(f"{name}: not JSON ({str(exc)[:120]})") from exc
    except RecursionError as exc:  # msgspec's own limit on nesting
        raise _invalid(f"{name}: nested too deeply") from exc


def _check_manifest_head(manifest: Any) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise refuse("package_not_a_package")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise refuse("package_format", version=str(version)[:20])
    if version > FORMAT_VERSION:
        raise refuse("package_newer", version=version, supported=FORMAT_VERSION)
    if version < FORMAT_VERSION:
        raise refuse("package_format", version=version)


def _verify_signature(signature: Any, manifest_bytes: bytes) -> str:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not isinstance(signature, dict) or signature.get("algorithm") != "ed25519":
        raise refuse("package_signature_missing")
    key_hex, sig_hex = signature.get("public_key"), signature.get("signature")
    if not isinstance(key_hex, str) or len(key_hex) != 64 or not isinstance(sig_hex, str) or len(sig_hex) > 256:
        raise refuse("package_signature_missing")
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex))
        key.verify(bytes.fromhex(sig_hex), manifest_bytes)
    except (InvalidSignature, ValueError) as exc:
        raise refuse("package_bad_signature") from exc
    return key_hex


def verify_signature(signature: Any, manifest_bytes: bytes) -> str:
    """The signer's public key (hex) when ``signature`` signs these bytes (used by the dossier)."""
    return _verify_signature(signature, manifest_bytes)


# --- what the schema cannot say -----------------------------------------------------------------


def _timestamp(value: str, name: str) -> None:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise _invalid(f"{name} is not a timestamp: {value[:40]!r}") from exc
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise _invalid(f"{name} is an absurd timestamp: {value[:40]!r}")


def _plain(content: Any) -> dict[str, Any]:
    """The content as the plain JSON values its hash was made of; texts checked for NUL and
    unpaired surrogates (which JSON can say but SQLite cannot store)."""
    return _checked(content)[0]


def _checked(content: Any) -> tuple[dict[str, Any], bytes]:
    """The content's plain values (as :func:`_plain`) and their canonical JSON (``domain.merge``),
    encoded once: the texts are checked on that one encoding, and field by field (to name the
    field) only when it holds a NUL or cannot be made."""
    plain: dict[str, Any] = msgspec.to_builtins(content)
    if "votes" in plain:
        plain["votes"] = [list(v) for v in plain["votes"]]
    try:
        canonical: bytes | None = canonical_json(plain)
    except UnicodeEncodeError:  # an unpaired surrogate: named below
        canonical = None
    if canonical is None or b"\\u0000" in canonical:  # a NUL, or a text that spells one out
        _check_texts(plain)
    assert canonical is not None  # a text that cannot be encoded is refused by _check_texts
    _name(plain["author"], "author")  # every kind has an author
    for name in plain.get("cosigners", ()):
        _name(name, "cosigners")
    for name, _vote in plain.get("votes", ()):
        _name(name, "votes")
    for key in ("created_at", "updated_at"):
        _check_timestamp(plain[key], key)
    if plain.get("meeting_date") is not None:
        try:
            date.fromisoformat(plain["meeting_date"])
        except ValueError as exc:
            raise ValueError(f"meeting_date is not a date: {plain['meeting_date']!r}") from exc
    if "link_id" in plain and plain["quote_end"] < plain["quote_start"]:
        raise ValueError("quote_end before quote_start")
    return plain, canonical


def _check_texts(plain: Mapping[str, Any]) -> None:
    """Every text of the content, field by field (the slow way, which names the field)."""
    for key, value in plain.items():
        if isinstance(value, str):
            _text(value, key)
        elif key in ("cosigners", "constaterende", "overwegende", "dictum"):
            for text in value:
                _text(text, key)
        elif key == "votes":
            for name, _vote in value:
                _text(name, key)


def _name(value: str, field: str) -> None:
    """A member's or faction's name as names are checked where they are typed (``domain.names``)."""
    problem = _name_problem(value)
    if problem is not None:
        raise ValueError(f"{field}: {problem[0].removeprefix('name_')} {problem[1]}")


@lru_cache(maxsize=4096)
def _name_problem(value: str) -> tuple[str, str] | None:
    """``domain.names.name_problem``, once per name: a package names its few authors thousands of
    times (a name is at most ``MAX_NAME_CHARS`` long, so the cache stays small)."""
    from raadsviewer.domain.names import name_problem

    return name_problem(value)


def _text(value: str, name: str) -> None:
    if "\x00" in value:
        raise ValueError(f"{name} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{name} is not valid Unicode") from exc


def _check_timestamp(value: str, name: str) -> None:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{name} is not a timestamp: {value!r}") from exc
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise ValueError(f"{name} is an absurd timestamp: {value!r}")


def check_content(kind: str, content: Mapping[str, Any]) -> dict[str, Any]:
    """A revision's content as the package schema demands (``ValueError`` with the reason):
    the same rules for a resolution made here as for a version that arrives in a package."""
    try:
        typed = msgspec.convert(dict(content), _CONTENT_TYPES[kind], strict=True)
    except msgspec.ValidationError as exc:
        raise ValueError(explain(exc)) from exc
    return _plain(typed)


def _revisions(part: Any, name: str, faction_id: str, dossier_id: str) -> tuple[Revision, ...]:
    result: list[Revision] = []
    seen: set[str] = set()
    for n, raw in enumerate(part.revisions):
        try:
            if raw.parents and list(raw.parents) != sorted(set(raw.parents)):
                raise ValueError("parents not sorted or repeated")
            content, canonical = _checked(raw.content)
        except ValueError as exc:
            raise _invalid(f"{name} #{n + 1}: {exc}") from exc
        item_id = content[_ID_KEYS[name]]
        if item_id != raw.item_id:
            raise _invalid(f"{name} #{n + 1}: item_id differs from the content's id")
        if content["faction_id"] != faction_id:
            raise refuse("package_foreign_item", item=item_id)
        if content["dossier_id"] != dossier_id:
            raise refuse("package_other_dossier_item", item=item_id)
        rev = Revision(raw.id, item_id, tuple(raw.parents), content, canonical)
        if rev.id != id_from_canonical(rev.parents, canonical):  # the id is the hash of what it says
            raise refuse("package_revision_forged", revision=rev.id[:12])
        if rev.id in seen:
            raise _invalid(f"{name} #{n + 1}: revision {rev.id[:12]} occurs twice")
        seen.add(rev.id)
        result.append(rev)
    return tuple(result)
