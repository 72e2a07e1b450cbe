"""Files encrypted to their audience: libsodium sealed boxes (PyNaCl), nothing home-made.

A sealed file is ``MAGIC`` + one header line (JSON: format version, audience, and the signing-key
fingerprint of the recipient, so a reader knows whose key opens it) + the sealed box of the
inner file. The recipient's X25519 key is derived from its Ed25519 signing key with libsodium's
own conversion (``crypto_sign_ed25519_pk_to_curve25519``), so the fingerprint a griffie compared
by phone also covers the key a package is encrypted to. Only the holder of the secret key opens
it; a lost USB stick or a mailed file reveals nothing but its size and audience.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

MAGIC = b"RAADSVIEWER-SEALED\n"
MAX_HEADER = 1024


@dataclass(frozen=True, slots=True)
class Header:
    audience: str
    recipient: str  # hex of the recipient's Ed25519 public key
    version: int = 1


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def seal(inner: bytes, recipient_ed25519_hex: str, audience: str) -> bytes:
    from nacl.bindings import crypto_sign_ed25519_pk_to_curve25519
    from nacl.public import PublicKey, SealedBox

    curve = crypto_sign_ed25519_pk_to_curve25519(bytes.fromhex(recipient_ed25519_hex))
    header = json.dumps({"v": 1, "audience": audience, "recipient": recipient_ed25519_hex}, sort_keys=True)
    return MAGIC + header.encode("ascii") + b"\n" + SealedBox(PublicKey(curve)).encrypt(inner)


def header(data: bytes) -> Header | None:
    """The header of a sealed file, or None when it is not one (or a damaged one)."""
    if not is_sealed(data):
        return None
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if end < 0:
        return None
    try:
        raw = json.loads(data[len(MAGIC) : end].decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(raw, dict) or raw.get("v") != 1:
        return None
    audience, recipient = raw.get("audience"), raw.get("recipient")
    if not isinstance(audience, str) or not isinstance(recipient, str) or len(recipient) != 64:
        return None
    try:
        bytes.fromhex(recipient)
    except ValueError:
        return None
    return Header(audience[:20], recipient)


def open_sealed(data: bytes, ed25519_seed: bytes) -> bytes | None:
    """The inner file, or None when this key does not open it (or it was changed)."""
    from nacl.exceptions import CryptoError
    from nacl.public import SealedBox
    from nacl.signing import SigningKey

    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if end < 0:
        return None
    box = SealedBox(SigningKey(ed25519_seed).to_curve25519_private_key())
    try:
        return bytes(box.decrypt(data[end + 1 :]))
    except (CryptoError, ValueError, TypeError):
        return None
