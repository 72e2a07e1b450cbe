"""The ``.raadspakket``: one self-contained, signed file per export of a faction.

A zip (deflate) with exactly these members, nothing else (no -wal/-shm, no folders)::

    manifest.json     what the package is (below), with the sha256 of every other part
    annotations.json  {"revisions": [revision, ...]}
    amendments.json   {"revisions": [revision, ...]}
    links.json        {"revisions": [revision, ...]}  (optional: only when the faction has links)
    signature.json    {"algorithm": "ed25519", "public_key": hex, "signature": hex}

``signature`` is the faction's Ed25519 signature over the exact bytes of ``manifest.json``; since
the manifest holds the hash of each part, it covers everything.

manifest.json::

    {"format": "raadspakket", "format_version": 1, "app_version": "...",
     "dossier": {"id": uuid, "title": str},
     "faction": {"id": uuid, "name": str}, "member": str,
     "created_at": iso, "sequence": int (per faction, from this laptop's export log),
     "documents": [{"id": uuid, "sha256": hex, "version": int, "role": str, "title": str}],
     "parts": {"annotations.json": sha256, "amendments.json": sha256[, "links.json": sha256]},
     "counts": {"annotations": n, "amendments": n, "revisions": n[, "links": n]}}

``links.json`` (principle-passage links, ``services.links``) was added without changing the
format version: a package without links is exactly what it was, so older packages are read as
before; ``links.json`` is a member if and only if the manifest's ``parts`` names it. (An older
app refuses a package carrying links as having an unexpected member.)

A revision::

    {"id": sha256, "item_id": uuid, "parents": [sha256, ...], "content": {...}}

where ``content`` is exactly what ``repository.annotation_content`` / ``amendment_content`` /
``services.links.link_content`` make
and ``id`` is ``domain.merge.compute_id(parents, content)`` (checked on reading).

Reading is defensive: sizes are checked from the zip directory *before* anything is inflated
(per part, total, and the inflation ratio), every read is bounded anyway, member names must be
exactly the four above (or five, with links.json), text must be strict UTF-8 without NUL, every field is typed and bounded,
ids are UUIDs / sha256 hex, timestamps lie between 2000 and 2100.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.merge import Revision, id_is_honest

FORMAT = "raadspakket"
FORMAT_VERSION = 1
SUFFIX = ".raadspakket"

MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
ANNOTATIONS = "annotations.json"
AMENDMENTS = "amendments.json"
LINKS = "links.json"
PARTS = (ANNOTATIONS, AMENDMENTS)  # always present
OPTIONAL_PARTS = (LINKS,)  # present only when the manifest names it
MEMBERS = frozenset({MANIFEST, SIGNATURE, *PARTS, *OPTIONAL_PARTS})

MAX_FILE_BYTES = 256 * 1024 * 1024  # the package file itself
MAX_PART_BYTES = 128 * 1024 * 1024  # one part, inflated (20 000 revisions of 1 kB are 25 MB)
MAX_TOTAL_BYTES = 192 * 1024 * 1024  # all parts, inflated
MAX_SMALL_PART_BYTES = 1024 * 1024  # manifest and signature
MAX_RATIO = 100  # inflated / compressed; JSON of council texts stays far below
MAX_TEXT_CHARS = 100_000
MAX_SHORT_CHARS = 500
MIN_YEAR, MAX_YEAR = 2000, 2100

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


class PackageError(UserFacingError):
    """A package refused as a whole. ``code`` is one of the ``package_*`` messages."""


def refuse(code: str, **params: Any) -> PackageError:
    return PackageError(code, **params)


@dataclass(frozen=True, slots=True)
class Package:
    sha256: str  # of the whole file: the package's identity in the merge log
    manifest: Mapping[str, Any]
    public_key: str  # hex of the raw Ed25519 key that signed it
    annotations: tuple[Revision, ...]
    amendments: tuple[Revision, ...]
    links: tuple[Revision, ...] = ()

    @property
    def faction_id(self) -> str:
        return str(self.manifest["faction"]["id"])

    @property
    def faction_name(self) -> str:
        return str(self.manifest["faction"]["name"])

    @property
    def dossier_id(self) -> str:
        return str(self.manifest["dossier"]["id"])


def canonical_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- writing ------------------------------------------------------------------------------------


def revision_json(rev: Revision) -> dict[str, Any]:
    return {"id": rev.id, "item_id": rev.item_id, "parents": list(rev.parents), "content": dict(rev.content)}


def build(
    manifest: Mapping[str, Any],
    annotations: list[Revision],
    amendments: list[Revision],
    sign: Any,  # callable(bytes) -> bytes (an Ed25519PrivateKey's .sign)
    public_key_hex: str,
    links: list[Revision] | None = None,
) -> bytes:
    """The package's bytes. ``links.json`` is written only when there are link revisions, so a
    package without links is readable by apps that predate links."""
    parts = {
        ANNOTATIONS: canonical_bytes({"revisions": [revision_json(r) for r in annotations]}),
        AMENDMENTS: canonical_bytes({"revisions": [revision_json(r) for r in amendments]}),
    }
    if links:
        parts[LINKS] = canonical_bytes({"revisions": [revision_json(r) for r in links]})
    full = dict(manifest)
    full["format"] = FORMAT
    full["format_version"] = FORMAT_VERSION
    full["parts"] = {name: sha256(data) for name, data in parts.items()}
    manifest_bytes = canonical_bytes(full)
    signature = {"algorithm": "ed25519", "public_key": public_key_hex, "signature": sign(manifest_bytes).hex()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in ((MANIFEST, manifest_bytes), *parts.items(), (SIGNATURE, canonical_bytes(signature))):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buffer.getvalue()


# --- reading ------------------------------------------------------------------------------------


def _damaged(reason: str) -> PackageError:
    return refuse("package_damaged", reason=reason)


def _invalid(reason: str) -> PackageError:
    return refuse("package_invalid", reason=reason)


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise refuse("package_too_large", part=info.filename, size=info.file_size, limit=limit)
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise refuse("package_bomb", part=info.filename)
    try:
        with zf.open(info) as fh:
            data = fh.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise _damaged(f"{info.filename}: {exc}") from exc
    if len(data) > limit:
        raise refuse("package_too_large", part=info.filename, size=len(data), limit=limit)
    return data


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


def open_zip(data: bytes) -> zipfile.ZipFile:
    if len(data) > MAX_FILE_BYTES:
        raise refuse("package_too_large", part="(file)", size=len(data), limit=MAX_FILE_BYTES)
    if not data.startswith(b"PK"):
        raise refuse("package_not_a_package")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise _damaged(str(exc)[:200]) from exc


def read(data: bytes) -> Package:
    """Check a package completely (structure, hashes, signature, every field) and return it.

    Checks that need the store (is the key trusted and whose is it, the dossier, owners of the
    items, parents known to the store) are the merge's (``services.exchange``).
    """
    zf = open_zip(data)
    with zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        for name in names:
            if name not in MEMBERS:
                raise _invalid(f"unexpected member {name[:100]!r}")
        if len(set(names)) != len(names):
            raise _invalid("a member occurs twice")
        for needed in (MANIFEST, SIGNATURE):
            if needed not in names:
                raise refuse("package_signature_missing") if needed == SIGNATURE else _invalid("no manifest.json")
        for info in infos:  # declared sizes first: nothing is inflated before this
            limit = MAX_SMALL_PART_BYTES if info.filename in (MANIFEST, SIGNATURE) else MAX_PART_BYTES
            if info.file_size > limit:
                raise refuse("package_too_large", part=info.filename, size=info.file_size, limit=limit)
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise refuse("package_too_large", part="(total)", size=total, limit=MAX_TOTAL_BYTES)
        compressed = sum(i.compress_size for i in infos)
        if total > 1024 * 1024 and total > MAX_RATIO * max(compressed, 1):
            raise refuse("package_bomb", part="(total)")
        by_name = {i.filename: i for i in infos}
        manifest_bytes = _read_member(zf, by_name[MANIFEST], MAX_SMALL_PART_BYTES)
        manifest = _json(manifest_bytes, MANIFEST)
        _check_manifest_head(manifest)
        signature = _json(_read_member(zf, by_name[SIGNATURE], MAX_SMALL_PART_BYTES), SIGNATURE)
        public_key = _verify_signature(signature, manifest_bytes)
        _check_manifest(manifest)
        parts: dict[str, Any] = {}
        for name in (*PARTS, *OPTIONAL_PARTS):
            if name in OPTIONAL_PARTS and name not in manifest["parts"]:
                if name in by_name:
                    raise _invalid(f"{name} is not named in the manifest")
                continue
            if name not in by_name:
                raise _invalid(f"no {name}")
            raw = _read_member(zf, by_name[name], MAX_PART_BYTES)
            if sha256(raw) != manifest["parts"][name]:
                raise _damaged(f"{name}: sha256 does not match the manifest")
            parts[name] = _json(raw, name)
    faction_id = manifest["faction"]["id"]
    dossier_id = manifest["dossier"]["id"]
    annotations = _revisions(parts[ANNOTATIONS], ANNOTATIONS, _check_annotation, faction_id, dossier_id)
    amendments = _revisions(parts[AMENDMENTS], AMENDMENTS, _check_amendment, faction_id, dossier_id)
    links: tuple[Revision, ...] = ()
    if LINKS in parts:
        links = _revisions(parts[LINKS], LINKS, _check_link, faction_id, dossier_id)
    return Package(sha256(data), manifest, public_key, annotations, amendments, links)


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
    if not isinstance(key_hex, str) or not _SHA.match(key_hex) or not isinstance(sig_hex, str):
        raise refuse("package_signature_missing")
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(key_hex))
        key.verify(bytes.fromhex(sig_hex), manifest_bytes)
    except (InvalidSignature, ValueError) as exc:
        raise refuse("package_bad_signature") from exc
    return key_hex


def _check_manifest(m: dict[str, Any]) -> None:
    try:
        _text(m.get("app_version"), "app_version", MAX_SHORT_CHARS)
        dossier, faction = m.get("dossier"), m.get("faction")
        if not isinstance(dossier, dict) or not isinstance(faction, dict):
            raise ValueError("dossier/faction missing")
        _uuid(dossier.get("id"), "dossier.id")
        _text(dossier.get("title"), "dossier.title", MAX_SHORT_CHARS)
        _uuid(faction.get("id"), "faction.id")
        _text(faction.get("name"), "faction.name", 200, empty=False)
        _text(m.get("member"), "member", 200)
        _timestamp(m.get("created_at"), "created_at")
        _int(m.get("sequence"), "sequence", 0, 10**9)
        docs = m.get("documents")
        if not isinstance(docs, list) or len(docs) > 10_000:
            raise ValueError("documents")
        for d in docs:
            if not isinstance(d, dict):
                raise ValueError("documents")
            _uuid(d.get("id"), "documents.id")
            _sha(d.get("sha256"), "documents.sha256")
        parts = m.get("parts")
        if not isinstance(parts, dict) or not set(PARTS) <= set(parts) <= set(PARTS) | set(OPTIONAL_PARTS):
            raise ValueError("parts")
        for name in parts:
            _sha(parts[name], f"parts.{name}")
    except ValueError as exc:
        raise _invalid(f"manifest: {exc}") from exc


# --- fields -------------------------------------------------------------------------------------


def _text(value: Any, name: str, limit: int, *, empty: bool = True, none: bool = False) -> None:
    if value is None and none:
        return
    if not isinstance(value, str):
        raise ValueError(f"{name} is not text")
    if len(value) > limit:
        raise ValueError(f"{name} is longer than {limit} characters")
    if not empty and not value.strip():
        raise ValueError(f"{name} is empty")
    if "\x00" in value:
        raise ValueError(f"{name} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{name} is not valid Unicode") from exc


def _uuid(value: Any, name: str, *, none: bool = False) -> None:
    if value is None and none:
        return
    if not isinstance(value, str) or not _UUID.match(value):
        raise ValueError(f"{name} is not a UUID: {str(value)[:60]!r}")


def _sha(value: Any, name: str) -> None:
    if not isinstance(value, str) or not _SHA.match(value):
        raise ValueError(f"{name} is not a sha256: {str(value)[:80]!r}")


def _int(value: Any, name: str, lo: int, hi: int, *, none: bool = False) -> None:
    if value is None and none:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise ValueError(f"{name} is not a whole number in {lo}..{hi}: {str(value)[:40]!r}")


def _bool(value: Any, name: str) -> None:
    if not isinstance(value, bool):
        raise ValueError(f"{name} is not true/false")


def _choice(value: Any, name: str, allowed: frozenset[str]) -> None:
    if value not in allowed:
        raise ValueError(f"{name} is not one of {sorted(allowed)}: {str(value)[:40]!r}")


def _timestamp(value: Any, name: str) -> None:
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError(f"{name} is not a timestamp")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{name} is not a timestamp: {value!r}") from exc
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise ValueError(f"{name} is an absurd timestamp: {value!r}")


_ANCHOR_KEYS = ("document_id", "quote", "quote_prefix", "quote_suffix", "quote_start", "quote_end")
ANNOTATION_KEYS = frozenset(
    {
        "annotation_id",
        "dossier_id",
        "faction_id",
        "author",
        "principle_id",
        *_ANCHOR_KEYS,
        "stance",
        "visibility",
        "body",
        "include_in_draft",
        "deleted",
        "version",
        "created_at",
        "updated_at",
    }
)
AMENDMENT_KEYS = frozenset(
    {
        "amendment_id",
        "dossier_id",
        "number",
        "title",
        "betreft",
        "principle_id",
        *_ANCHOR_KEYS,
        "operation",
        "old_text",
        "new_text",
        "rationale",
        "faction_id",
        "author",
        "cosigners",
        "status",
        "votes",
        "parent_id",
        "deleted",
        "version",
        "created_at",
        "updated_at",
    }
)
LINK_KEYS = frozenset(
    {
        "link_id",
        "dossier_id",
        "faction_id",
        "author",
        "principle_id",
        *_ANCHOR_KEYS,
        "status",
        "deleted",
        "version",
        "created_at",
        "updated_at",
    }
)
LINK_STATUSES = frozenset({"confirmed", "removed", "added"})
STANCES = frozenset({"steun", "zorg", "vraag", "bezwaar", "notitie"})
VISIBILITIES = frozenset({"privé", "fractie", "griffie", "openbaar"})
OPERATIONS = frozenset({"vervangen", "toevoegen", "schrappen"})
STATUSES = frozenset({"concept", "ingediend", "aangenomen", "verworpen", "ingetrokken"})


def _check_common(c: dict[str, Any]) -> None:
    _uuid(c["dossier_id"], "dossier_id")
    _uuid(c["faction_id"], "faction_id")
    _text(c["author"], "author", 200)
    _uuid(c["principle_id"], "principle_id", none=True)
    _uuid(c["document_id"], "document_id", none=True)
    for key in ("quote", "quote_prefix", "quote_suffix"):
        _text(c[key], key, MAX_TEXT_CHARS, none=True)
    _int(c["quote_start"], "quote_start", 0, 10**9, none=True)
    _int(c["quote_end"], "quote_end", 0, 10**9, none=True)
    _bool(c["deleted"], "deleted")
    _int(c["version"], "version", 1, 10**9)
    _timestamp(c["created_at"], "created_at")
    _timestamp(c["updated_at"], "updated_at")


def _check_annotation(c: dict[str, Any]) -> str:
    if set(c) != ANNOTATION_KEYS:
        raise ValueError(f"fields {sorted(set(c) ^ ANNOTATION_KEYS)[:5]} wrong")
    _uuid(c["annotation_id"], "annotation_id")
    _check_common(c)
    _choice(c["stance"], "stance", STANCES)
    _choice(c["visibility"], "visibility", VISIBILITIES)
    _text(c["body"], "body", MAX_TEXT_CHARS)
    _bool(c["include_in_draft"], "include_in_draft")
    return str(c["annotation_id"])


def _check_amendment(c: dict[str, Any]) -> str:
    if set(c) != AMENDMENT_KEYS:
        raise ValueError(f"fields {sorted(set(c) ^ AMENDMENT_KEYS)[:5]} wrong")
    _uuid(c["amendment_id"], "amendment_id")
    _check_common(c)
    _int(c["number"], "number", 1, 10**9)
    for key in ("title", "betreft", "old_text", "new_text", "rationale"):
        _text(c[key], key, MAX_TEXT_CHARS)
    _choice(c["operation"], "operation", OPERATIONS)
    _choice(c["status"], "status", STATUSES)
    _uuid(c["parent_id"], "parent_id", none=True)
    cosigners = c["cosigners"]
    if not isinstance(cosigners, list) or len(cosigners) > 100:
        raise ValueError("cosigners is not a list")
    for name in cosigners:
        _text(name, "cosigners", 200)
    votes = c["votes"]
    if not isinstance(votes, list) or len(votes) > 100:
        raise ValueError("votes is not a list")
    for vote in votes:
        if not isinstance(vote, list) or len(vote) != 2:
            raise ValueError("votes")
        _text(vote[0], "votes", 200)
        _choice(vote[1], "votes", frozenset({"voor", "tegen"}))
    return str(c["amendment_id"])


def _check_link(c: dict[str, Any]) -> str:
    if set(c) != LINK_KEYS:
        raise ValueError(f"fields {sorted(set(c) ^ LINK_KEYS)[:5]} wrong")
    _uuid(c["link_id"], "link_id")
    _check_common(c)
    _choice(c["status"], "status", LINK_STATUSES)
    for key in ("quote", "quote_prefix", "quote_suffix"):  # a link always holds its passage
        _text(c[key], key, MAX_TEXT_CHARS)
    _int(c["quote_start"], "quote_start", 0, 10**9)
    _int(c["quote_end"], "quote_end", 0, 10**9)
    if c["quote_end"] < c["quote_start"]:
        raise ValueError("quote_end before quote_start")
    return str(c["link_id"])


def _revisions(part: Any, name: str, check: Any, faction_id: str, dossier_id: str) -> tuple[Revision, ...]:
    if not isinstance(part, dict) or set(part) != {"revisions"} or not isinstance(part["revisions"], list):
        raise _invalid(f"{name}: no list of revisions")
    result: list[Revision] = []
    seen: set[str] = set()
    for n, raw in enumerate(part["revisions"]):
        where = f"{name} #{n + 1}"
        try:
            if not isinstance(raw, dict) or set(raw) != {"id", "item_id", "parents", "content"}:
                raise ValueError("not a revision")
            _sha(raw["id"], "id")
            _uuid(raw["item_id"], "item_id")
            parents = raw["parents"]
            if not isinstance(parents, list) or len(parents) > 64:
                raise ValueError("parents is not a list")
            for p in parents:
                _sha(p, "parents")
            if list(parents) != sorted(set(parents)):
                raise ValueError("parents not sorted or repeated")
            content = raw["content"]
            if not isinstance(content, dict):
                raise ValueError("content is not an object")
            item_id = check(content)
        except (ValueError, KeyError, TypeError) as exc:
            raise _invalid(f"{where}: {exc}") from exc
        if item_id != raw["item_id"]:
            raise _invalid(f"{where}: item_id differs from the content's id")
        if content["faction_id"] != faction_id:
            raise refuse("package_foreign_item", item=item_id)
        if content["dossier_id"] != dossier_id:
            raise refuse("package_other_dossier_item", item=item_id)
        rev = Revision(raw["id"], item_id, tuple(parents), content)
        if not id_is_honest(rev):
            raise refuse("package_revision_forged", revision=rev.id[:12])
        if rev.id in seen:
            raise _invalid(f"{where}: revision {rev.id[:12]} occurs twice")
        seen.add(rev.id)
        result.append(rev)
    return tuple(result)
