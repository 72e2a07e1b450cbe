"""Secret keys at rest: encrypted in the store, with a secret from the OS keychain or a passphrase.

A faction's or the griffie's secret signing key is kept in the store as PKCS8 encrypted with
``BestAvailableEncryption`` (scrypt + AES, from ``cryptography``). The secret that opens it is,
in this order: a passphrase given for this session (:func:`unlock`, the window asks for it), the
environment (``RAADSVIEWER_KEY_PASSPHRASE`` or ``RAADSVIEWER_KEY_PASSPHRASE_FILE``, for scripts
and tests), or a random token kept in the OS keychain through ``keyring`` when a real keychain is
there. With none of them (a Linux machine without a keychain service, a script) the key is kept
as before, unencrypted in a store that only the user can read, and :func:`protection` says so:
the window then asks for a passphrase and :func:`protect_keys` encrypts what is there. Keys
written unencrypted are still read, and encrypted on next use once a secret is available.
"""

from __future__ import annotations

import os
import secrets as random
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.messages import os_reason
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import StoreSettingRow

ENV_PASSPHRASE = "RAADSVIEWER_KEY_PASSPHRASE"
ENV_PASSPHRASE_FILE = "RAADSVIEWER_KEY_PASSPHRASE_FILE"
KEYCHAIN_SERVICE = "raadsviewer"
MIN_PASSPHRASE = 8

_session_passphrase: str | None = None


def unlock(passphrase: str) -> None:
    """Use this passphrase for the keys of this session (the window asks for it once)."""
    global _session_passphrase
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserFacingError("passphrase_too_short", minimum=MIN_PASSPHRASE)
    _session_passphrase = passphrase


def store_id(session: Session) -> str:
    """This store's own id (made once): the name of its secret in the keychain."""
    row = session.get(StoreSettingRow, "store_id")
    if row is None:
        from raadsviewer.storage.db import lock

        lock(session, "store_id")  # clerks on a shared store: made once
        row = session.get(StoreSettingRow, "store_id", populate_existing=True)
    if row is None:
        row = StoreSettingRow(key="store_id", value=random.token_hex(16))
        session.add(row)
        session.flush()
    return row.value


def _from_environment() -> str | None:
    value = os.environ.get(ENV_PASSPHRASE)
    if value:
        return value
    path = os.environ.get(ENV_PASSPHRASE_FILE)
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n") or None
        except OSError as exc:
            raise UserFacingError("file_unreadable", name=path, reason=os_reason(exc)) from exc
    return None


def _keychain() -> Any:
    """The OS keychain, when a real one is there (not keyring's fail or null backend)."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 (a broken keychain set-up is "no keychain")
        return None
    if isinstance(backend, fail.Keyring | null.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def protection() -> str:
    """How secret keys are protected here: ``passphrase``, ``keychain`` or ``none``."""
    if _session_passphrase or _from_environment():
        return "passphrase"
    return "keychain" if _keychain() is not None else "none"


def _secret(session: Session, *, create: bool) -> bytes | None:
    phrase = _session_passphrase or _from_environment()
    if phrase:
        if len(phrase) < MIN_PASSPHRASE:
            raise UserFacingError("passphrase_too_short", minimum=MIN_PASSPHRASE)
        return phrase.encode("utf-8")
    keyring = _keychain()
    if keyring is not None:
        name = f"store-{store_id(session)}"
        try:
            token = keyring.get_password(KEYCHAIN_SERVICE, name)
            if token is None and create:
                token = random.token_urlsafe(32)
                keyring.set_password(KEYCHAIN_SERVICE, name, token)
        except Exception as exc:  # noqa: BLE001 (locked or refused keychain)
            raise UserFacingError("key_protection_unavailable") from exc
        if token:
            return str(token).encode("utf-8")
    return None


def protect(session: Session, key: Ed25519PrivateKey) -> str:
    """The key as PKCS8 PEM for the store: encrypted whenever a secret is available."""
    secret = _secret(session, create=True)
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(secret) if secret else serialization.NoEncryption()
    )
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption).decode("ascii")


def is_protected(pem: str) -> bool:
    return "ENCRYPTED" in pem


def unprotect(session: Session, pem: str) -> Ed25519PrivateKey:
    """The key from the store; ``key_locked`` when the passphrase or keychain does not open it."""
    password = _secret(session, create=False) if is_protected(pem) else None
    if is_protected(pem) and password is None:
        raise UserFacingError("key_locked")
    try:
        key = serialization.load_pem_private_key(pem.encode("ascii"), password=password)
    except (ValueError, TypeError) as exc:
        raise UserFacingError("key_locked") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise UserFacingError("key_locked")
    return key


def protect_keys(store_session: Session) -> int:
    """Encrypt every secret key in the store that is not yet (after :func:`unlock`, or once a
    keychain is there); returns how many were encrypted."""
    from sqlalchemy import select

    from raadsviewer.storage.models import FactionKeyRow, GriffieKeyRow

    if _secret(store_session, create=True) is None:
        raise UserFacingError("key_protection_unavailable")
    done = 0
    for row in store_session.scalars(select(FactionKeyRow).where(FactionKeyRow.secret_pem.is_not(None))):
        if row.secret_pem and not is_protected(row.secret_pem):
            row.secret_pem = protect(store_session, unprotect(store_session, row.secret_pem))
            done += 1
    for grow in store_session.scalars(select(GriffieKeyRow).where(GriffieKeyRow.secret_pem.is_not(None))):
        if grow.secret_pem and not is_protected(grow.secret_pem):
            grow.secret_pem = protect(store_session, unprotect(store_session, grow.secret_pem))
            done += 1
    store_session.flush()
    return done


def protect_store_keys(store: Store) -> int:
    """The user's action: encrypt this store's secret keys now (after :func:`unlock`)."""
    with store.session() as session:
        return protect_keys(session)
