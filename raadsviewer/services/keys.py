"""Faction keys: who may speak for a faction in a package.

* Each faction has one Ed25519 key. It is made on the faction's first export (on that laptop) and
  kept in the store (``faction_key.secret_pem``, PKCS8). Colleagues of the same faction share it:
  ``export_secret_key`` writes it protected by a passphrase (PKCS8, BestAvailableEncryption),
  ``import_secret_key`` reads it on the colleague's laptop.
* The clerk trusts each faction's public key once (``trust_public_key``) after comparing the
  fingerprint by phone: sha256 of the raw public key, first 128 bits, as 8 groups of 4 hex digits.
* A key file names its faction by id *and* name. Trusting or importing a key of a faction the store
  does not know creates that faction with the same id, so items keep their owner across laptops;
  a name that exists here under another id is refused (that laptop did not start from the clerk's
  copy of the store).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.services.factions import DEFAULT_COLOURS, faction_row
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import FactionKeyRow, FactionRow

PUBLIC_FORMAT = "raadsviewer-faction-public-key"
SECRET_FORMAT = "raadsviewer-faction-secret-key"
MAX_KEY_FILE_BYTES = 64 * 1024


def fingerprint(public_key_hex: str) -> str:
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def _raw_public(key: Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def _required_faction(session: Session, name: str) -> FactionRow:
    row = faction_row(session, name)
    if row is None:
        raise UserFacingError("faction_not_found", name=name)
    return row


def signing_key(session: Session, faction: FactionRow, *, create: bool) -> Ed25519PrivateKey:
    """The faction's secret key on this laptop; made now when it has none and ``create``."""
    row = session.get(FactionKeyRow, faction.id)
    if row is not None and row.secret_pem:
        key = serialization.load_pem_private_key(row.secret_pem.encode("ascii"), password=None)
        assert isinstance(key, Ed25519PrivateKey)
        return key
    if row is not None or not create:
        raise UserFacingError("key_secret_missing", faction=faction.name)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")
    session.add(
        FactionKeyRow(
            faction_id=faction.id, public_key=_raw_public(key.public_key()), secret_pem=pem, created_at=datetime.now()
        )
    )
    session.flush()
    return key


def ensure_key(store: Store, faction: str) -> str:
    """Make the faction's key if it has none (normally done by the first export); its fingerprint."""
    with store.session() as session:
        row = _required_faction(session, faction)
        key = signing_key(session, row, create=True)
        return fingerprint(_raw_public(key.public_key()))


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
    try:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        raise UserFacingError("file_unwritable", name=str(path), reason=exc.strerror or str(exc)) from exc


def _read_key_file(path: Path, fmt: str) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise UserFacingError("key_file_invalid", name=path.name)
        data = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError as exc:
        raise UserFacingError("file_not_found", name=str(path)) from exc
    except OSError as exc:
        raise UserFacingError("file_unreadable", name=path.name, reason=exc.strerror or str(exc)) from exc
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
    return data


def _faction_for(session: Session, faction_id: str, name: str, expected: str | None) -> FactionRow:
    """The faction a key file speaks for, created here with the same id when unknown."""
    name = " ".join(name.split())
    if expected is not None and " ".join(expected.split()) != name:
        raise UserFacingError("key_other_faction", faction=name, expected=expected)
    row = session.get(FactionRow, faction_id)
    if row is not None:
        return row
    if faction_row(session, name) is not None:
        raise UserFacingError("faction_id_mismatch", faction=name)
    used = len(session.scalars(select(FactionRow.id)).all())
    row = FactionRow(id=faction_id, name=name, seats=0, colour=DEFAULT_COLOURS[used % len(DEFAULT_COLOURS)])
    session.add(row)
    session.flush()
    return row


def trust_public_key(store: Store, path: Path, faction: str | None = None) -> tuple[str, str]:
    """The clerk registers a faction's public key; returns (faction name, fingerprint).

    Trusting the same key again is harmless; another key for a faction that has one, or a key
    already registered to another faction, is refused.
    """
    data = _read_key_file(path, PUBLIC_FORMAT)
    public = data.get("public_key")
    try:
        assert isinstance(public, str) and len(public) == 64
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public))
    except (AssertionError, ValueError) as exc:
        raise UserFacingError("key_file_invalid", name=path.name) from exc
    with store.session() as session:
        row = _faction_for(session, data["faction"]["id"], data["faction"]["name"], faction)
        _register(session, row, public, None)
        return row.name, fingerprint(public)


def _register(session: Session, faction: FactionRow, public: str, secret_pem: str | None) -> None:
    holder = session.scalar(select(FactionKeyRow).where(FactionKeyRow.public_key == public))
    if holder is not None and holder.faction_id != faction.id:
        other = session.get(FactionRow, holder.faction_id)
        raise UserFacingError("key_registered_elsewhere", faction=other.name if other else "?")
    existing = session.get(FactionKeyRow, faction.id)
    if existing is not None and existing.public_key != public:
        raise UserFacingError("key_differs", faction=faction.name, fingerprint=fingerprint(existing.public_key))
    if existing is None:
        session.add(
            FactionKeyRow(faction_id=faction.id, public_key=public, secret_pem=secret_pem, created_at=datetime.now())
        )
    elif secret_pem and not existing.secret_pem:
        existing.secret_pem = secret_pem
    session.flush()


def export_secret_key(store: Store, faction: str, path: Path, passphrase: str) -> str:
    """Write the faction's secret key for a colleague, encrypted with the passphrase."""
    if len(passphrase) < 8:
        raise UserFacingError("passphrase_too_short", minimum=8)
    with store.session() as session:
        row = _required_faction(session, faction)
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


def import_secret_key(store: Store, path: Path, passphrase: str) -> tuple[str, str]:
    """A colleague's laptop takes over the faction's key; returns (faction name, fingerprint)."""
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
    plain = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")
    with store.session() as session:
        row = _faction_for(session, data["faction"]["id"], data["faction"]["name"], None)
        _register(session, row, public, plain)
        return row.name, fingerprint(public)


def key_owner(session: Session, public_key_hex: str) -> FactionKeyRow | None:
    return session.scalar(select(FactionKeyRow).where(FactionKeyRow.public_key == public_key_hex))
