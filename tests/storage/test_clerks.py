"""Several clerks of the griffie on one store on a PostgreSQL server, at the same moment.

Each clerk is a process of its own (``clerk_child.py``), as each clerk runs the program on their
own computer; they start together (a go file) and report what they did, what they were told and
any raw error. What must hold: no write is lost, no number is given twice, no raw error reaches a
clerk; merges at the same moment give the store of one merge after the other; two edits of one
item are both kept and shown as a conflict, and of two outcomes recorded at once the second is
refused, never silently put over the first.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation, AnnotationDraft, Visibility
from raadsviewer.services import amendments as amendment_service
from raadsviewer.services import annotations as annotation_service
from raadsviewer.services import exchange, roles
from raadsviewer.services.documents import ensure_sample_dossier, resolve_dossier
from raadsviewer.services.factions import add_faction
from raadsviewer.services.search import search
from raadsviewer.storage.db import Store
from tests.conftest import SAMPLES, dump_tables
from tests.services.test_exchange_support import LOCAL_TABLES

pytestmark = pytest.mark.postgresql

CHILD = Path(__file__).with_name("clerk_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _griffie(url: str) -> str:
    store = Store(url)
    try:
        roles.set_owner_griffie(store)
        ensure_sample_dossier(store, SAMPLES)
        for name in ("Groen", "Rood"):
            add_faction(store, name, seats=3)
        return resolve_dossier(store).id
    finally:
        store.close()


def _clerks(url: str, dossier: str, jobs: list[list[dict[str, object]]], tmp_path: Path) -> list[dict[str, list]]:  # type: ignore[type-arg]
    """Start one process per job, let them go at once, return their reports."""
    go = tmp_path / "go"
    go.unlink(missing_ok=True)
    procs, readies = [], []
    for n, steps in enumerate(jobs):
        ready = tmp_path / f"ready-{n}"
        ready.unlink(missing_ok=True)
        job = tmp_path / f"job-{n}.json"
        job.write_text(json.dumps({"clerk": n, "dossier": dossier, "go": str(go), "ready": str(ready), "steps": steps}))
        procs.append(
            subprocess.Popen(
                [sys.executable, str(CHILD), url, str(job)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
        )
        readies.append(ready)
    deadline = time.monotonic() + 120
    while not all(r.exists() for r in readies):
        assert all(p.poll() is None for p in procs), [p.communicate() for p in procs if p.poll() is not None]
        assert time.monotonic() < deadline, "the clerks did not get ready"
        time.sleep(0.02)
    go.touch()
    reports = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
        reports.append(json.loads(out))
    return reports


@pytest.fixture
def server_store(postgres):  # type: ignore[no-untyped-def]
    name = postgres.new_database(empty=True)
    yield postgres.url(name)
    postgres.drop_database(name)


def test_four_clerks_numbering_at_once_lose_nothing_and_never_share_a_number(server_store: str, tmp_path: Path) -> None:
    dossier = _griffie(server_store)
    jobs = [
        [{"do": "amend", "faction": ("Groen", "Rood")[n % 2], "n": i} for i in range(15)]
        + [{"do": "annotate", "faction": ("Groen", "Rood")[n % 2], "n": i} for i in range(5)]
        for n in range(4)
    ]
    reports = _clerks(server_store, dossier, jobs, tmp_path)
    for report in reports:
        assert report["raw"] == [] and report["told"] == [], report
        assert len(report["done"]) == 20
    labels = [label for report in reports for _id, label in report["done"][:15]]
    assert sorted(labels, key=lambda x: int(x[1:])) == [f"A{n}" for n in range(1, 61)]

    store = Store(server_store)
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(text("SELECT number, official_number, draft_number, faction_id FROM amendment")).all()
            series = dict(conn.execute(text("SELECT series, last FROM number_counter")).all())
        assert sorted(r[0] for r in rows) == list(range(1, 61))  # the store's own sequence
        assert sorted(r[1] for r in rows) == list(range(1, 61))  # the griffie's A-numbers
        for faction in {r[3] for r in rows}:  # each faction's provisional numbers
            assert sorted(r[2] for r in rows if r[3] == faction) == list(range(1, 31))
        assert series["A#"] == series["A"] == 60  # the store's own sequence, the A-numbers
        assert len(annotation_service.list_annotations(store, dossier)) == 20
        # every amendment is found by search, once: the index was kept in the clerks' transactions
        for n in range(4):
            for i in (0, 14):
                [hit] = [h for h in search(store, dossier, f"woord{n}x{i}").hits if h.field == "title"]
                assert hit.kind == "amendment"
    finally:
        store.close()


def _package_world(server_store: str, tmp_path: Path) -> tuple[str, Path, Path]:
    """The griffie's server store with two factions' packages (from SQLite laptops) to merge."""
    from tests.services.trust_support import dossier_file, member_laptop, trust_faction

    dossier = _griffie(server_store)
    griffie = Store(server_store)
    try:
        file, fingerprint = dossier_file(griffie, tmp_path / "dossier.raadsdossier")
        packages = []
        for faction in ("Groen", "Rood"):
            laptop = member_laptop(tmp_path / f"{faction}.sqlite", faction, f"lid van {faction}", file, fingerprint)
            try:
                for i in range(6):
                    annotation_service.add_annotation(
                        laptop,
                        dossier_id=dossier,
                        faction=faction,
                        member=f"lid van {faction}",
                        draft=AnnotationDraft(f"{faction} vindt punt {i}", visibility=Visibility.GRIFFIE),
                        principle_number=1 + i,
                    )
                for i in range(3):
                    made = amendment_service.add_amendment(
                        laptop,
                        dossier_id=dossier,
                        faction=faction,
                        member=f"lid van {faction}",
                        draft=AmendmentDraft(
                            title=f"{faction} {i}",
                            operation=AmendmentOperation.TOEVOEGEN,
                            new_text=f"{faction} voegt toe {i}",
                            principle_number=2 + i,
                        ),
                    )
                    if i < 2:
                        amendment_service.submit_amendment(laptop, made.id, faction=faction)
                trust_faction(laptop, griffie, faction, tmp_path)
                package = tmp_path / f"{faction}.raadspakket"
                exchange.export_package(laptop, dossier, faction, f"lid van {faction}", package)
                packages.append(package)
            finally:
                laptop.close()
    finally:
        griffie.close()
    return dossier, packages[0], packages[1]


def _canonical(url: str) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    store = Store(url)
    try:
        return {k: v for k, v in dump_tables(store).items() if k not in LOCAL_TABLES}
    finally:
        store.close()


def test_two_clerks_merging_at_once_give_the_store_of_one_after_the_other(
    postgres, server_store: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dossier, groen, rood = _package_world(server_store, tmp_path)
    source = server_store.rsplit("/", 1)[1]
    serial = {}
    for order in ((groen, rood), (rood, groen)):
        name = postgres.new_database(empty=True)
        postgres.admin(f"DROP DATABASE {name}")
        postgres.admin(f"CREATE DATABASE {name} TEMPLATE {source} OWNER griffie")
        url = postgres.url(name)
        store = Store(url)
        try:
            for report in exchange.merge_packages(store, list(order)):
                assert not report.refused, report.reason
        finally:
            store.close()
        serial[order[0].stem] = _canonical(url)
        postgres.drop_database(name)
    assert serial["Groen"] != serial["Rood"]  # the order shows (numbers): the comparison can fail

    reports = _clerks(
        server_store,
        dossier,
        [
            [{"do": "merge", "package": str(groen)}],
            [{"do": "merge", "package": str(rood)}],
            [{"do": "search", "query": "punt"}, {"do": "conflicts"}] * 5,  # reading meanwhile
            [{"do": "search", "query": "voegt"}] * 5,
        ],
        tmp_path,
    )
    for report in reports:
        assert report["raw"] == [] and report["told"] == [], report
    assert reports[0]["done"] == [["merged", 9, 0, 0]] and reports[1]["done"] == [["merged", 9, 0, 0]]
    together = _canonical(server_store)
    assert together in (serial["Groen"], serial["Rood"])


def test_two_clerks_on_one_item_see_a_conflict_never_a_silent_choice(server_store: str, tmp_path: Path) -> None:
    dossier = _griffie(server_store)
    store = Store(server_store)
    try:
        note = annotation_service.add_annotation(
            store,
            dossier_id=dossier,
            faction="Groen",
            member="griffie",
            draft=AnnotationDraft("Eerste tekst", visibility=Visibility.GRIFFIE),
            principle_number=4,
        )
        made = amendment_service.add_amendment(
            store,
            dossier_id=dossier,
            faction="Rood",
            member="griffie",
            draft=AmendmentDraft(
                title="Erbij", operation=AmendmentOperation.TOEVOEGEN, new_text="Iets erbij", principle_number=5
            ),
        )
        amendment_service.submit_amendment(store, made.id, faction="Rood")
        label = amendment_service.get_amendment(store, made.id).label
    finally:
        store.close()
    base = note.revision_id
    reports = _clerks(
        server_store,
        dossier,
        [
            [{"do": "edit", "id": note.id, "faction": "Groen", "base": base, "body": "Tekst van Ans"}],
            [{"do": "edit", "id": note.id, "faction": "Groen", "base": base, "body": "Tekst van Bert"}],
            [{"do": "decide", "number": label, "status": "aangenomen"}],
            [{"do": "decide", "number": label, "status": "verworpen"}],
        ],
        tmp_path,
    )
    for report in reports:
        assert report["raw"] == [], report
    assert reports[0]["told"] == reports[1]["told"] == []  # both edits kept ...
    store = Store(server_store)
    try:
        [conflict] = exchange.list_conflicts(store, dossier)  # ... side by side, shown
        assert conflict.item_id == note.id and conflict.base is not None and conflict.base["id"] == base
        assert sorted(h["content"]["body"] for h in conflict.heads) == ["Tekst van Ans", "Tekst van Bert"]
        # of the two outcomes, one was recorded and the other clerk was told
        decided = reports[2]["done"] + reports[3]["done"]
        told = reports[2]["told"] + reports[3]["told"]
        assert len(decided) == 1 and told == ["invalid_status_transition"]
        assert amendment_service.get_amendment(store, made.id).status.value == decided[0][1]
    finally:
        store.close()


def test_four_clerks_asking_for_the_griffies_key_at_once_get_one_key(server_store: str, tmp_path: Path) -> None:
    """The griffie's signing key (and the store's id) is made at first use: four clerks who start
    on a new shared store at the same moment get the same key, and the store holds one."""
    dossier = _griffie(server_store)
    assert _griffie_keys(server_store) == 0  # not made yet: the clerks race to make it
    reports = _clerks(server_store, dossier, [[{"do": "griffie_key"}] for _ in range(4)], tmp_path)
    assert [r["raw"] for r in reports] == [[]] * 4 and [r["told"] for r in reports] == [[]] * 4
    fingerprints = {r["done"][0] for r in reports}
    assert len(fingerprints) == 1, fingerprints
    assert _griffie_keys(server_store) == 1


def _griffie_keys(url: str) -> int:
    from sqlalchemy import func, select

    from raadsviewer.storage.models import GriffieKeyRow

    store = Store(url)
    try:
        with store.session() as session:
            return int(session.scalar(select(func.count()).select_from(GriffieKeyRow)) or 0)
    finally:
        store.close()
