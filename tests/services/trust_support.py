"""Helpers for the trust tests (no tests here): a griffie's store, laptops started from its dossier."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from raadsviewer.domain import merge as M
from raadsviewer.domain import package as P
from raadsviewer.domain import sealed
from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation, AnnotationDraft, Stance, Visibility
from raadsviewer.services import annotations as ann
from raadsviewer.services import dossier as dossier_service
from raadsviewer.services import exchange as ex
from raadsviewer.services import keys, roles, secrets
from raadsviewer.services.documents import ensure_sample_dossier, resolve_dossier
from raadsviewer.services.factions import add_faction, faction_row
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import FactionKeyRow

# An amendment on principle 7 of the sample dossier, ready to be submitted.
AMENDMENT = AmendmentDraft(
    title="Toegang",
    operation=AmendmentOperation.VERVANGEN,
    old_text="Versterken toegangstaak",
    new_text="Versterken onafhankelijke toegang",
    principle_number=7,
)


def griffie(path: Path) -> Store:
    from tests.conftest import SAMPLES

    store = Store(path)
    roles.set_owner_griffie(store)
    ensure_sample_dossier(store, SAMPLES)
    for name in ("Groen", "Rood"):
        add_faction(store, name, seats=3)
    return store


def dossier_file(store: Store, path: Path) -> tuple[Path, str]:
    done = dossier_service.export_dossier(store, dossier_id(store), path)
    return path, done.fingerprint


def member_laptop(path: Path, faction: str, member: str, dossier: Path, fingerprint: str) -> Store:
    """An empty store that starts from the griffie's dossier, owned by a member of ``faction``."""
    store = Store(path)
    dossier_service.import_dossier(store, dossier, trust_fingerprint=fingerprint)
    roles.set_owner_member(store, faction, member)
    return store


def trust_faction(laptop: Store, griffie_store: Store, faction: str, directory: Path) -> None:
    path = directory / f"{faction}-{id(laptop)}.pub"
    ex.export_public_key(laptop, faction, path)
    ex.trust_public_key(griffie_store, path)


def build_world(tmp_path: Path) -> dict[str, Any]:
    """The griffie's store, its dossier file, and Groen's and Rood's laptops started from it (close
    the three stores after use)."""
    g = griffie(tmp_path / "griffie.sqlite")
    path, fingerprint = dossier_file(g, tmp_path / "jeugd.raadsdossier")
    groen = member_laptop(tmp_path / "groen.sqlite", "Groen", "Gea", path, fingerprint)
    rood = member_laptop(tmp_path / "rood.sqlite", "Rood", "Ruud", path, fingerprint)
    trust_faction(groen, g, "Groen", tmp_path)
    trust_faction(rood, g, "Rood", tmp_path)
    return {"griffie": g, "groen": groen, "rood": rood, "dir": tmp_path, "dossier": path, "fingerprint": fingerprint}


def dossier_id(store: Store) -> str:
    return resolve_dossier(store).id


def note(store: Store, faction: str, body: str, visibility: Visibility = Visibility.GRIFFIE, number: int = 1):  # type: ignore[no-untyped-def]
    return ann.add_annotation(
        store,
        dossier_id=dossier_id(store),
        faction=faction,
        member=roles.get_owner(store).member or f"lid van {faction}",
        draft=AnnotationDraft(body, Stance.ZORG, visibility),
        principle_number=number,
    )


def secret_key(store: Store, faction: str) -> Ed25519PrivateKey:
    with store.session() as session:
        row = session.get(FactionKeyRow, faction_row(session, faction).id)
        return secrets.unprotect(session, row.secret_pem)


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def plain_package(store: Store, faction: str, member: str, path: Path, audience: str = "griffie") -> dict[str, Any]:
    """The package's parts as JSON (unsealed with the faction's own key when it is sealed to it)."""
    data = path.read_bytes()
    if sealed.is_sealed(data):
        data = sealed.open_sealed(data, keys.secret_seed(secret_key(store, faction)))  # only for fractie
        assert data is not None
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: json.loads(zf.read(n)) for n in zf.namelist()}


def forged(
    manifest: dict[str, Any],
    annotations: list[dict[str, Any]],
    amendments: list[dict[str, Any]],
    key: Ed25519PrivateKey,
    withheld: set[str] | None = None,
) -> bytes:
    """A package signed with ``key`` (signed only, not sealed) from revision dicts."""

    def rev(r: dict[str, Any]) -> M.Revision:
        return M.Revision(r["id"], r["item_id"], tuple(r["parents"]), r["content"])

    return P.build(
        manifest,
        [rev(r) for r in annotations],
        [rev(r) for r in amendments],
        key.sign,
        public_hex(key),
        withheld=withheld,
    )


def rehash(rev: dict[str, Any]) -> dict[str, Any]:
    rev["id"] = M.compute_id(rev["parents"], rev["content"])
    return rev


def inner_for_griffie(world: dict[str, Any], path: Path) -> dict[str, Any]:
    """A package sealed to the griffie, opened with the griffie's key (what the griffie sees)."""
    data = path.read_bytes()
    assert sealed.is_sealed(data) and sealed.header(data).audience == "griffie"
    with world["griffie"].session() as session:
        seed = keys.secret_seed(keys.griffie_signing_key(session, create=False))
    inner = sealed.open_sealed(data, seed)
    assert inner is not None
    with zipfile.ZipFile(io.BytesIO(inner)) as zf:
        return {n: json.loads(zf.read(n)) for n in zf.namelist()}
