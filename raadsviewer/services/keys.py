"""Faction keys: who may speak for a faction in a package.

* Each faction has one Ed25519 key. It is made on the faction's first export (on that laptop) and
  kept in the store (``faction_key.secret_pem``, PKCS8). Colleagues of the same faction share it:
  ``export_secret_key`` writes it protected by a passphrase (PKCS8, BestAvailableEncryption),
  ``import_secret_key`` reads it on the colleague's laptop.
* The clerk trusts each faction's public key once (``trust_public_key``) after comparing the
  fingerprint by phone: sha256 of the raw public key, first 128 bits, as 8 groups of 4 hex digits.
* A key file names its faction by id *and* name, and trusting binds exactly that pair: a file whose
  id belongs to a faction of another name here, or whose name belongs to another id, is refused
  with the reason. Trusting a key of a faction the store does not know creates that faction with
  the same id, so items keep their owner across laptops. Trusting is the griffie's decision (only
  in the griffie's store); ``untrust_public_key`` withdraws it, and merges refuse that key after.
* Secret keys are kept encrypted (``services.secrets``: keychain or passphrase); files with keys
  are written readable by the user only.
* The griffie has its own key (``griffie_key``): made in the griffie's store on first use, trusted
  once on a laptop when its first dossier is imported (``services.dossier``).
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from raadsviewer.domain.access import Role
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.names import clean_name, is_clean
from raadsviewer.messages import os_reason
from raadsviewer.services import secrets
from raadsviewer.services.factions import DEFAULT_COLOURS, faction_row
from raadsviewer.storage.db import Store, lock
from raadsviewer.storage.models import FactionKeyRow, FactionRow, GriffieKeyRow
from raadsviewer.words import N_

PUBLIC_FORMAT = "raadsviewer-faction-public-key"
SECRET_FORMAT = "raadsviewer-faction-secret-key"
MAX_KEY_FILE_BYTES = 64 * 1024


def fingerprint(public_key_hex: str) -> str:
    """A key's fingerprint as 6 groups of 5 digits, to read aloud on the phone (about 100 bits):
    the griffie's key and the factions' keys are written the same way."""
    digest = hashlib.sha256(b"raadsviewer-fingerprint:" + bytes.fromhex(public_key_hex)).digest()
    groups = [int.from_bytes(digest[i : i + 5], "big") % 100_000 for i in range(0, 30, 5)]
    return " ".join(f"{g:05d}" for g in groups)


def _hex_fingerprint(public_key_hex: str) -> str:
    """How earlier versions wrote a faction key's fingerprint (8 groups of 4 hex digits)."""
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def same_fingerprint(given: str, public_key_hex: str) -> bool:
    """Whether what the user typed is this key's fingerprint, as digits or as the hex groups an
    earlier version showed."""
    typed = "".join(given.split()).lower()
    return typed in {"".join(fingerprint(public_key_hex).split()), "".join(_hex_fingerprint(public_key_hex).split())}


def _raw_public(key: Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def _required_faction(session: Session, name: str) -> FactionRow:
    row = faction_row(session, name)
    if row is None:
        raise UserFacingError("faction_not_found", name=name)
    return row


def _owner_faction_only(session: Session, faction: FactionRow) -> None:
    """A member's laptop holds the key of its own faction only."""
    from raadsviewer.services.roles import owner_in

    owner = owner_in(session)
    if owner.role is Role.MEMBER and owner.faction_id != faction.id:
        raise UserFacingError("not_your_faction", faction=faction.name, owner=owner.faction or "?")


def signing_key(session: Session, faction: FactionRow, *, create: bool) -> Ed25519PrivateKey:
    """The faction's secret key on this laptop; made now when it has none and ``create``."""
    row = session.get(FactionKeyRow, faction.id)
    if row is not None and row.secret_pem:
        key = secrets.unprotect(session, row.secret_pem)
        if not secrets.is_protected(row.secret_pem) and secrets.protection() != "none":
            row.secret_pem = secrets.protect(session, key)  # kept unencrypted before: encrypt it now
        return key
    if row is not None or not create:
        raise UserFacingError("key_secret_missing", faction=faction.name)
    _owner_faction_only(session, faction)
    key = Ed25519PrivateKey.generate()
    pem = secrets.protect(session, key)
    session.add(
        FactionKeyRow(
            faction_id=faction.id, public_key=_raw_public(key.public_key()), secret_pem=pem, created_at=datetime.now()
        )
    )
    session.flush()
    return key


def secret_seed(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


# --- the griffie's key ------------------------------------------------------------------------


def griffie_signing_key(session: Session, *, create: bool = True) -> Ed25519PrivateKey:
    """The griffie's own secret key, in the griffie's store only (made on first use)."""
    from raadsviewer.services.roles import require_griffie

    require_griffie(session, N_("de sleutel van de griffie"))
    row = session.scalar(select(GriffieKeyRow).where(GriffieKeyRow.origin == "own"))
    if row is not None and row.secret_pem:
        return secrets.unprotect(session, row.secret_pem)
    if not create:
        raise UserFacingError("griffie_key_missing")
    lock(session, "griffie_key")  # two clerks on a shared store at first use: one key, made once
    row = session.scalar(select(GriffieKeyRow).where(GriffieKeyRow.origin == "own"))
    if row is not None and row.secret_pem:
        return secrets.unprotect(session, row.secret_pem)
    if session.scalar(select(GriffieKeyRow).where(GriffieKeyRow.origin == "trusted")) is not None:
        raise UserFacingError("owner_is_laptop")  # a laptop that trusts a griffie cannot become one
    key = Ed25519PrivateKey.generate()
    session.add(
        GriffieKeyRow(
            public_key=_raw_public(key.public_key()),
            secret_pem=secrets.protect(session, key),
            origin="own",
            created_at=datetime.now(),
        )
    )
    session.flush()
    return key


def trusted_griffie_key(session: Session) -> str | None:
    """The griffie's public key this store knows: its own (griffie) or the one it trusted (laptop)."""
    row = session.scalar(select(GriffieKeyRow).order_by(GriffieKeyRow.origin))
    return row.public_key if row is not None else None


def known_griffie_fingerprint(store: Store) -> str | None:
    """The fingerprint (digits) of the griffie's key this store knows (its own on the griffie's
    store, the one it trusted on a laptop), or None. Only read: asking made a griffie key on a
    laptop that knew none yet, which the laptop then refused as the griffie's decision (a new
    laptop opening the griffie's dossier from the window) or kept, so that it could never become
    a faction's."""
    with store.read_session() as session:
        public = trusted_griffie_key(session)
    return fingerprint(public) if public is not None else None


def ensure_key(store: Store, faction: str) -> str:
    """Make the faction's key if it has none (normally done by the first export); its fingerprint."""
    with store.session() as session:
        row = _required_faction(session, faction)
        key = signing_key(session, row, create=True)
        return fingerprint(_raw_public(key.public_key()))


def has_own_key(store: Store, faction: str) -> bool:
    """Whether this laptop holds the faction's secret key (made here or taken over from a
    colleague): without it, the first export or public key makes one."""
    with store.read_session() as session:
        row = faction_row(session, faction)
        key = session.get(FactionKeyRow, row.id) if row is not None else None
        return key is not None and bool(key.secret_pem)


def faction_key_fingerprint(store: Store, faction: str) -> str:
    with store.session() as session:
        row = _required_faction(session, faction)
        key = session.get(FactionKeyRow, row.id)
        if key is None:
            raise UserFacingError("key_none", faction=row.name)
        return fingerprint(key.public_key)


def export_public_key(store: Store, faction: str, path: Path) -> str:
    """Write the faction's public key for the clerk (made first if the faction has none)."""
    with store.session() as session:
        row = _required_faction(session, faction)
        key = session.get(FactionKeyRow, row.id)
        public = key.public_key if key is not None else _raw_public(signing_key(session, row, create=True).public_key())
        data = {
            "format": PUBLIC_FORMAT,
            "faction": {"id": row.id, "name": row.name},
            "public_key": public,
            "fingerprint": fingerprint(public),
        }
        _write(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
        return fingerprint(public)


def _write(path: Path, data: bytes) -> None:
    """Write a file atomically (a temporary file renamed into place), readable by the user only;
    nothing is left behind when it fails."""
    from raadsviewer.services.drafts import refuse_store_file

    path = Path(path)
    refuse_store_file(path)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.unlink(missing_ok=True)  # left by a killed run
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        code = "disk_full" if exc.errno == 28 else "file_unwritable"
        raise UserFacingError(code, name=str(path), reason=os_reason(exc)) from exc


def _read_key_file(path: Path, fmt: str) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise UserFacingError("key_file_invalid", name=path.name)
        data = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError as exc:
        raise UserFacingError("file_not_found", name=str(path)) from exc
    except OSError as exc:
        raise UserFacingError("file_unreadable", name=path.name, reason=os_reason(exc)) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserFacingError("key_file_invalid", name=path.name) from exc
    faction = data.get("faction") if isinstance(data, dict) else None
    if (
        not isinstance(data, dict)
        or data.get("format") != fmt
        or not isinstance(faction, dict)
        or not isinstance(faction.get("id"), str)
        or not isinstance(faction.get("name"), str)
    ):
        raise UserFacingError("key_file_invalid", name=path.name)
    import re

    if not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", faction["id"]):
        raise UserFacingError("key_file_invalid", name=path.name)
    clean_name(faction["name"], "faction")  # refuses control, bidi, zero-width, too long: naming it
    if not is_clean(faction["name"]):
        raise UserFacingError("key_file_invalid", name=path.name)
    return data


def bind_faction(session: Session, faction_id: str, name: str, expected: str | None = None) -> FactionRow:
    """The faction a key file (or a dossier) speaks for: exactly this (id, name), created here
    with the same id when unknown. An id that is another name's here, or a name that is another
    id's, is refused with the reason."""
    if expected is not None and clean_name(expected, "faction") != name:
        raise UserFacingError("key_other_faction", faction=name, expected=expected)
    row = session.get(FactionRow, faction_id)
    if row is not None:
        if row.name != name:
            raise UserFacingError("key_binding_id", faction=name, other=row.name)
        return row
    if faction_row(session, name) is not None:
        raise UserFacingError("faction_id_mismatch", faction=name)
    used = len(session.scalars(select(FactionRow.id)).all())
    row = FactionRow(id=faction_id, name=name, seats=0, colour=DEFAULT_COLOURS[used % len(DEFAULT_COLOURS)])
    session.add(row)
    session.flush()
    return row


_faction_for = bind_faction


def _public_key_file(path: Path) -> tuple[dict[str, Any], str]:
    data = _read_key_file(path, PUBLIC_FORMAT)
    public = data.get("public_key")
    try:
        assert isinstance(public, str) and len(public) == 64
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public))
    except (AssertionError, ValueError) as exc:
        raise UserFacingError("key_file_invalid", name=path.name) from exc
    return data, public


def read_public_key(path: Path) -> tuple[str, str]:
    """The faction a public key file names and the key's fingerprint, checked as
    :func:`trust_public_key` checks them but not stored: what the griffie compares with the
    faction before trusting it."""
    data, public = _public_key_file(path)
    return str(data["faction"]["name"]), fingerprint(public)


def trust_public_key(
    store: Store, path: Path, faction: str | None = None, *, compared: str | None = None
) -> tuple[str, str]:
    """The clerk registers a faction's public key; returns (faction name, fingerprint).

    ``compared``: the fingerprint the clerk compared with the faction (``read_public_key`` showed
    it); the key in the file must still be that one (a file changed meanwhile is refused).
    Trusting the same key again is harmless; another key for a faction that has one, or a key
    already registered to another faction, is refused.
    """
    data, public = _public_key_file(path)
    if compared is not None and not same_fingerprint(compared, public):
        raise UserFacingError(
            "key_fingerprint_mismatch",
            faction=str(data["faction"]["name"])[:80],
            fingerprint=fingerprint(public),
            given=compared[:80],
        )
    with store.session() as session:
        from raadsviewer.services.roles import require_griffie

        require_griffie(session, N_("een fractiesleutel vertrouwen"))
        row = bind_faction(session, data["faction"]["id"], data["faction"]["name"], faction)
        _register(session, row, public, None)
        return row.name, fingerprint(public)


def untrust_public_key(store: Store, faction: str) -> str:
    """The griffie no longer trusts the faction's key (lost laptop, member left): merges refuse
    packages signed with it from now on. Returns its fingerprint."""
    with store.session() as session:
        from raadsviewer.services.roles import require_griffie

        require_griffie(session, N_("een fractiesleutel vertrouwen"))
        row = _required_faction(session, faction)
        key = session.get(FactionKeyRow, row.id)
        if key is None:
            raise UserFacingError("key_none", faction=row.name)
        if key.untrusted_at is None:
            key.untrusted_at = datetime.now()
        return fingerprint(key.public_key)


def _register(session: Session, faction: FactionRow, public: str, secret_pem: str | None) -> None:
    holder = session.scalar(select(FactionKeyRow).where(FactionKeyRow.public_key == public))
    if holder is not None and holder.faction_id != faction.id:
        other = session.get(FactionRow, holder.faction_id)
        raise UserFacingError("key_registered_elsewhere", faction=other.name if other else "?")
    existing = session.get(FactionKeyRow, faction.id)
    if existing is not None and existing.public_key != public and existing.untrusted_at is None:
        raise UserFacingError("key_differs", faction=faction.name, fingerprint=fingerprint(existing.public_key))
    if existing is not None and existing.public_key != public:  # replacing a key no longer trusted
        session.delete(existing)
        session.flush()
        existing = None
    if existing is None:
        session.add(
            FactionKeyRow(faction_id=faction.id, public_key=public, secret_pem=secret_pem, created_at=datetime.now())
        )
    else:
        existing.untrusted_at = None  # trusting the same key again, explicitly
        if secret_pem and not existing.secret_pem:
            existing.secret_pem = secret_pem
    session.flush()


def export_secret_key(store: Store, faction: str, path: Path, passphrase: str) -> str:
    """Write the faction's secret key for a colleague, encrypted with the passphrase."""
    if len(passphrase) < 8:
        raise UserFacingError("passphrase_too_short", minimum=8)
    with store.session() as session:
        row = _required_faction(session, faction)
        _owner_faction_only(session, row)
        key = signing_key(session, row, create=True)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
        ).decode("ascii")
        public = _raw_public(key.public_key())
        data = {
            "format": SECRET_FORMAT,
            "faction": {"id": row.id, "name": row.name},
            "public_key": public,
            "encrypted_pkcs8": pem,
        }
        _write(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
        return fingerprint(public)


def import_secret_key(store: Store, path: Path, passphrase: str, *, replace: bool = False) -> tuple[str, str]:
    """A colleague's laptop takes over the faction's key; returns (faction name, fingerprint).

    A laptop that made a key of its own first (a faction has one key: the griffie refuses
    packages signed with a second) is refused, saying so, unless ``replace``: then the
    colleague's key takes the place of its own."""
    data = _read_key_file(path, SECRET_FORMAT)
    pem = data.get("encrypted_pkcs8")
    if not isinstance(pem, str):
        raise UserFacingError("key_file_invalid", name=path.name)
    try:
        key = serialization.load_pem_private_key(pem.encode("ascii"), password=passphrase.encode("utf-8"))
    except (ValueError, TypeError, UnicodeEncodeError) as exc:
        raise UserFacingError("key_passphrase_wrong", name=path.name) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise UserFacingError("key_file_invalid", name=path.name)
    public = _raw_public(key.public_key())
    with store.session() as session:
        row = bind_faction(session, data["faction"]["id"], data["faction"]["name"], None)
        _owner_faction_only(session, row)
        own = session.get(FactionKeyRow, row.id)
        if own is not None and own.public_key != public:
            if not replace:
                raise UserFacingError(
                    "key_own_differs",
                    faction=row.name,
                    fingerprint=fingerprint(own.public_key),
                    theirs=fingerprint(public),
                )
            session.delete(own)  # this laptop's own key gives way to the faction's
            session.flush()
        _register(session, row, public, secrets.protect(session, key))
        return row.name, fingerprint(public)


def key_owner(session: Session, public_key_hex: str) -> FactionKeyRow | None:
    """The faction key row of this public key (untrusted ones too: the caller checks)."""
    return session.scalar(select(FactionKeyRow).where(FactionKeyRow.public_key == public_key_hex))
