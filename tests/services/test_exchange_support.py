"""Helpers for the exchange tests (no tests here): a prepared clerk's store copied to laptops."""

from __future__ import annotations

import shutil
from pathlib import Path

from raadsviewer.domain.model import AnnotationDraft, Stance, Visibility
from raadsviewer.services import annotations as ann
from raadsviewer.services import exchange as ex
from raadsviewer.services.documents import ensure_sample_dossier, resolve_dossier
from raadsviewer.services.factions import add_faction
from raadsviewer.storage.db import Store, backup

FACTIONS = ("Groen", "Rood")
# Tables whose rows depend on when and in what order things happened on this laptop, not on
# the set of merged revisions: left out of the canonical dump.
LOCAL_TABLES = {"merge_log", "export_log", "faction_key", "alembic_version", "member"}


def prepare(directory: Path) -> Path:
    """The clerk's prepared dossier, as a file to hand to every laptop."""
    from tests.conftest import SAMPLES

    path = directory / "prepared.sqlite"
    store = Store(directory / "work.sqlite")
    ensure_sample_dossier(store, SAMPLES)
    for name in FACTIONS:
        add_faction(store, name, seats=3)
    backup(store.engine, path)
    store.close()
    return path


def laptop(prepared: Path, path: Path) -> Store:
    shutil.copyfile(prepared, path)
    return Store(path)


def dossier_id(store: Store) -> str:
    return resolve_dossier(store).id


def note(
    store: Store,
    faction: str,
    body: str = "Een opmerking",
    *,
    number: int = 1,
    visibility: Visibility = Visibility.GRIFFIE,
    stance: Stance = Stance.ZORG,
):  # type: ignore[no-untyped-def]
    return ann.add_annotation(
        store,
        dossier_id=dossier_id(store),
        faction=faction,
        member=f"lid van {faction}",
        draft=AnnotationDraft(body, stance, visibility),
        principle_number=number,
    )


def edit(store: Store, annotation_id: str, faction: str, body: str, visibility: Visibility = Visibility.GRIFFIE):  # type: ignore[no-untyped-def]
    return ann.update_annotation(store, annotation_id, AnnotationDraft(body, Stance.ZORG, visibility), faction=faction)


def share_key(source: Store, target: Store, faction: str, directory: Path) -> None:
    """A colleague takes over the faction's key."""
    path = directory / f"{faction}-{id(target)}.key"
    ex.export_secret_key(source, faction, path, "geheim wachtwoord")
    ex.import_secret_key(target, path, "geheim wachtwoord")


def trust(source: Store, clerk: Store, faction: str, directory: Path) -> None:
    path = directory / f"{faction}-{id(clerk)}.pub"
    ex.export_public_key(source, faction, path)
    ex.trust_public_key(clerk, path)


def two_versions(prepared: Path, directory: Path) -> tuple[Store, Store, Store, str]:
    """Gea (laptop g1) and Gijs (g2, Groen's key taken over) each rewrite Groen's note "basis":
    their packages one.raadspakket and two.raadspakket in ``directory``, the clerk trusting Groen's
    key and not merged yet. Returns the three stores (close them) and the note's id."""
    g1, g2, clerk = (laptop(prepared, directory / f"{n}.sqlite") for n in ("g1", "g2", "clerk"))
    a = note(g1, "Groen", "basis")
    ex.export_package(g1, dossier_id(g1), "Groen", "Gea", directory / "base.raadspakket")
    share_key(g1, g2, "Groen", directory)
    ex.merge_packages(g2, [directory / "base.raadspakket"])
    edit(g1, a.id, "Groen", "versie van Gea")
    edit(g2, a.id, "Groen", "versie van Gijs")
    ex.export_package(g1, dossier_id(g1), "Groen", "Gea", directory / "one.raadspakket")
    ex.export_package(g2, dossier_id(g2), "Groen", "Gijs", directory / "two.raadspakket")
    trust(g1, clerk, "Groen", directory)
    return g1, g2, clerk, a.id


def canonical_dump(store: Store) -> dict[str, list[tuple]]:
    from tests.conftest import dump_tables

    return {name: rows for name, rows in dump_tables(store).items() if name not in LOCAL_TABLES}
