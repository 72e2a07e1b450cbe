"""Who may see and who may decide (issue 13): roles, the griffie's dossier, audiences, sealed
packages, key binding, names, item ids, numbers. Each red-team case compares the store before
and after, and bounds the time and memory of the refused or handled call (``tests.bounds``)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from raadsviewer.domain import package as P
from raadsviewer.domain import sealed
from raadsviewer.domain.access import Audience, Viewer, id_prefix, may_see, may_travel, new_item_id
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation, AnnotationDraft, Stance, Visibility
from raadsviewer.services import amendments as am
from raadsviewer.services import annotations as ann
from raadsviewer.services import dossier as dossier_service
from raadsviewer.services import exchange as ex
from raadsviewer.services import roles
from raadsviewer.services.factions import add_faction
from raadsviewer.storage.db import Store
from raadsviewer.storage.models import AnnotationRevisionRow, AnnotationRow
from tests.bounds import bounded
from tests.services.trust_support import (
    AMENDMENT,
    build_world,
    dossier_file,
    dossier_id,
    forged,
    griffie,
    inner_for_griffie,
    member_laptop,
    note,
    plain_package,
    rehash,
    secret_key,
)

DRAFT = AMENDMENT


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The griffie's store, its dossier file, and Groen's and Rood's laptops started from it."""
    world = build_world(tmp_path)
    yield world
    for s in (world["griffie"], world["groen"], world["rood"]):
        s.close()


# --- the one policy --------------------------------------------------------------------------


def test_may_see_is_the_trust_model_in_one_table() -> None:
    gl, vvd = "gl-id", "vvd-id"
    anna = Viewer.of_member(gl, "Anna")
    rows = {
        Visibility.PRIVE: (True, False, False, False),
        Visibility.FRACTIE: (True, True, False, False),
        Visibility.GRIFFIE: (True, True, True, False),
        Visibility.OPENBAAR: (True, True, True, True),
    }
    for vis, (author, colleague, griffie_, other) in rows.items():
        assert may_see(anna, gl, vis, "Anna") is author
        assert may_see(Viewer.of_member(gl, "Bert"), gl, vis, "Anna") is colleague or vis is Visibility.PRIVE and False
        assert may_see(Viewer.griffie(), gl, vis, "Anna") is griffie_
        assert may_see(Viewer.of_member(vvd, "Piet"), gl, vis, "Anna") is other
    assert [may_travel(Audience.FRACTIE, v) for v in Visibility] == [False, True, True, True]
    assert [may_travel(Audience.GRIFFIE, v) for v in Visibility] == [False, False, True, True]
    assert [may_travel(Audience.OPENBAAR, v) for v in Visibility] == [False, False, False, True]


def test_no_string_literal_prive_outside_the_enum() -> None:
    from tests.conftest import ROOT

    found = []
    for path in (ROOT / "raadsviewer").rglob("*.py"):
        if "migrations" in path.parts or path.name == "messages.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ('"privé"' in line or "'privé'" in line) and "PRIVE =" not in line:
                found.append(f"{path.name}:{n}")
    assert found == []


# --- roles and who decides ---------------------------------------------------------------------


def test_owner_is_kept_in_the_store_and_a_store_without_one_acts_as_the_griffie(tmp_path: Path) -> None:
    s = Store(tmp_path / "s.sqlite")
    assert roles.get_owner(s).as_dict() == {"role": "griffie", "faction": None, "member": None, "set": False}
    roles.set_owner_member(s, "Groen", "Gea")
    s.close()
    s = Store(tmp_path / "s.sqlite")
    assert roles.get_owner(s).as_dict() == {"role": "member", "faction": "Groen", "member": "Gea", "set": True}
    assert roles.set_owner_griffie(s).as_dict()["role"] == "griffie"
    s.close()


def test_self_adoption_a_faction_cannot_adopt_its_own_amendment(world, dump) -> None:  # type: ignore[no-untyped-def]
    """On its laptop, and through a package signed with its own key: refused, store unchanged."""
    groen, g, d = world["groen"], world["griffie"], world["dir"]
    a = am.add_amendment(groen, dossier_id=dossier_id(groen), faction="Groen", member="Gea", draft=DRAFT)
    am.submit_amendment(groen, a.id, faction="Groen")
    own_note = note(groen, "Groen", "x")
    before = dump(groen)
    for status, votes in (("aangenomen", [("Groen", "voor"), ("Rood", "voor")]), ("verworpen", [])):
        with pytest.raises(UserFacingError) as err, bounded(2, 5, f"refusing {status}"):
            am.set_status(groen, dossier_id(groen), a.id, status, votes)
        assert err.value.code == "griffie_decision"
    with pytest.raises(UserFacingError) as err, bounded(2, 5, "refusing include-in-draft"):
        ann.set_include_in_draft(groen, own_note.id, True)
    assert err.value.code == "griffie_decision"
    assert dump(groen) == before
    ann.delete_annotation(groen, own_note.id, faction="Groen")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "honest.raadspakket")
    # The package, forged by Groen with its own key: the amendment adopted with invented votes,
    # and its own note marked for the concept-zienswijze.
    inner = inner_for_griffie(world, d / "honest.raadspakket")
    anns, amds = inner[P.ANNOTATIONS]["revisions"], inner[P.AMENDMENTS]["revisions"]
    head = max(amds, key=lambda r: r["content"]["version"])
    adopted = json.loads(json.dumps(head))
    adopted["parents"], adopted["content"]["version"] = [head["id"]], head["content"]["version"] + 1
    adopted["content"].update(status="aangenomen", votes=[["Groen", "voor"], ["Rood", "voor"]])
    mine = note(groen, "Groen", "neem mij op")
    included = {
        "id": "",
        "item_id": mine.id,
        "parents": [],
        "content": {**_content(groen, mine.id), "include_in_draft": True},
    }
    manifest = dict(inner[P.MANIFEST])
    path = d / "forged.raadspakket"
    path.write_bytes(
        forged(
            manifest,
            [*anns, rehash(included)],
            [*amds, rehash(adopted)],
            secret_key(groen, "Groen"),
            withheld=set(inner[P.ANNOTATIONS].get("withheld", [])),
        )
    )
    before_griffie = dump(g)
    with bounded(5, 20, "merging the self-adopting package"):
        [report] = ex.merge_packages(g, [path])
    assert not report.refused
    assert sorted(r["code"] for r in report.refused_items) == ["item_griffie_decision", "item_griffie_decision"]
    assert {r["item"] for r in report.refused_items} == {a.id, mine.id}
    assert a.id not in {x.id for x in am.list_amendments(g, dossier_id(g))}  # refused item: not merged
    assert mine.id not in {x.id for x in ann.list_annotations(g, dossier_id(g), include_private=True)}
    ex.undo_last_merge(g)
    assert dump(g) == before_griffie
    # The honest package merges; then only the griffie decides.
    [honest] = ex.merge_packages(g, [d / "honest.raadspakket"])
    assert not honest.refused and honest.numbered == ["A1"]
    adopted_here = am.set_status(g, dossier_id(g), "A1", "aangenomen", [("Groen", "voor"), ("Rood", "voor")])
    assert adopted_here.status == "aangenomen" and adopted_here.votes[0][0] == "Groen"


def test_what_the_council_has_seen_a_faction_package_cannot_change(world, dump) -> None:  # type: ignore[no-untyped-def]
    """A submitted amendment, voted on: a package signed with the faction's own key that changes
    its text, deletes it, makes it a concept again, branches from its concept with other text, or
    withdraws it after the vote, is refused for that item; the griffie's amendment stays as voted.
    Before the vote the faction may still withdraw it."""
    groen, g, d = world["groen"], world["griffie"], world["dir"]
    a = am.add_amendment(groen, dossier_id=dossier_id(groen), faction="Groen", member="Gea", draft=DRAFT)
    am.submit_amendment(groen, a.id, faction="Groen")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "honest.raadspakket")
    [honest] = ex.merge_packages(g, [d / "honest.raadspakket"])
    assert not honest.refused and honest.numbered == ["A1"]
    inner = inner_for_griffie(world, d / "honest.raadspakket")
    anns, amds = inner[P.ANNOTATIONS]["revisions"], inner[P.AMENDMENTS]["revisions"]
    head = max(amds, key=lambda r: r["content"]["version"])
    first = min(amds, key=lambda r: r["content"]["version"])
    assert (first["content"]["status"], head["content"]["status"]) == ("concept", "ingediend")

    def package(name: str, parent: dict, sequence: int, **change: object) -> Path:
        rev = json.loads(json.dumps(parent))
        rev["parents"], rev["content"]["version"] = [parent["id"]], 9
        rev["content"].update(change)
        manifest = dict(inner[P.MANIFEST]) | {"sequence": sequence}
        path = d / f"{name}.raadspakket"
        path.write_bytes(forged(manifest, anns, [*amds, rehash(rev)], secret_key(groen, "Groen")))
        return path

    text = package("text", head, 2, new_text="Na de stemming veranderd")
    withdrawn = package("withdrawn", head, 3, status="ingetrokken")
    forgeries = [
        text,
        package("deleted", head, 4, deleted=True),
        package("concept", head, 5, status="concept"),
        package("branch", first, 6, new_text="Een tak van voor het indienen"),
    ]
    before = dump(g)
    for path in forgeries:
        [report] = ex.merge_packages(g, [path])
        assert (report.status, [r["code"] for r in report.refused_items]) == (
            "merged",
            ["item_changed_after_submission"],
        ), path.name
        assert (dump(g)["amendment"], dump(g)["amendment_revision"]) == (
            before["amendment"],
            before["amendment_revision"],
        )
        ex.undo_last_merge(g)
    assert dump(g) == before
    # Before the vote the faction withdraws it (text unchanged): that merges.
    [report] = ex.merge_packages(g, [withdrawn])
    assert (report.refused_items, report.updated) == ([], 1)
    assert am.list_amendments(g, dossier_id(g))[0].status == "ingetrokken"
    ex.undo_last_merge(g)
    am.set_status(g, dossier_id(g), "A1", "aangenomen", [("Groen", "voor"), ("Rood", "voor")])
    voted = dump(g)
    for path in (withdrawn, text):  # after the vote not even the status
        [report] = ex.merge_packages(g, [path])
        assert [r["code"] for r in report.refused_items] == ["item_changed_after_submission"], path.name
        ex.undo_last_merge(g)
    assert dump(g) == voted
    [adopted] = am.list_amendments(g, dossier_id(g))
    assert (adopted.status, adopted.new_text) == ("aangenomen", DRAFT.new_text)


def test_one_factions_packages_cannot_use_up_the_dossiers_numbers(world, dump, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Official numbers are never given twice: a package submitting more items than one faction
    may be numbered is refused whole (store unchanged), and another faction's package still gets
    its numbers. (The bound made 2 here; it is 999.)"""
    from raadsviewer.services import items

    groen, rood, g, d = world["groen"], world["rood"], world["griffie"], world["dir"]
    for n in range(3):
        a = am.add_amendment(
            groen, dossier_id=dossier_id(groen), faction="Groen", member="Gea", draft=DRAFT._replace(title=f"T{n}")
        )
        am.submit_amendment(groen, a.id, faction="Groen")
    r = am.add_amendment(rood, dossier_id=dossier_id(rood), faction="Rood", member="Ruud", draft=DRAFT)
    am.submit_amendment(rood, r.id, faction="Rood")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "groen.raadspakket")
    ex.export_package(rood, dossier_id(rood), "Rood", "Ruud", d / "rood.raadspakket")
    monkeypatch.setattr(items, "MAX_NUMBERS_PER_FACTION", 2)
    before = dump(g)
    [greedy, other] = ex.merge_packages(g, [d / "groen.raadspakket", d / "rood.raadspakket"])
    assert (greedy.refused, greedy.code) == (True, "number_limit_faction") and "Groen" in (greedy.reason or "")
    assert (other.refused, other.numbered) == (False, ["A1"])
    ex.undo_last_merge(g)
    counters = ("number_counter", "given_number")  # what was given stays given (to Rood's amendment)
    assert {k: v for k, v in dump(g).items() if k not in counters} == {
        k: v for k, v in before.items() if k not in counters
    }
    monkeypatch.setattr(items, "MAX_NUMBERS_PER_FACTION", 3)
    [greedy] = ex.merge_packages(g, [d / "groen.raadspakket"])
    assert greedy.numbered == ["A2", "A3", "A4"]  # numbers once given are never given again (A1 was)


def _content(store: Store, annotation_id: str) -> dict:  # type: ignore[type-arg]
    with store.session() as session:
        row = session.get(AnnotationRow, annotation_id)
        raw = session.scalar(
            select(AnnotationRevisionRow.content_json).where(AnnotationRevisionRow.id == row.revision_id)
        )
    return json.loads(raw)


def test_backdated_claim_never_renumbers_an_adopted_amendment(world, dump) -> None:  # type: ignore[no-untyped-def]
    groen, rood, g, d = world["groen"], world["rood"], world["griffie"], world["dir"]
    r = am.add_amendment(
        rood,
        dossier_id=dossier_id(rood),
        faction="Rood",
        member="Ruud",
        draft=AmendmentDraft(
            title="Schrappen",
            operation=AmendmentOperation.SCHRAPPEN,
            old_text="Wet normering topinkomens",
            principle_number=12,
        ),
    )
    am.submit_amendment(rood, r.id, faction="Rood")
    ex.export_package(rood, dossier_id(rood), "Rood", "Ruud", d / "rood.raadspakket")
    assert ex.merge_packages(g, [d / "rood.raadspakket"])[0].numbered == ["A1"]
    am.set_status(g, dossier_id(g), "A1", "aangenomen", [("Rood", "voor"), ("Groen", "voor")])
    # Groen claims number 1, made in 2001 (before Rood's), submitted: the old rule (the earliest
    # claim keeps the number) would have taken A1 from Rood's adopted amendment.
    a = am.add_amendment(groen, dossier_id=dossier_id(groen), faction="Groen", member="Gea", draft=DRAFT)
    am.submit_amendment(groen, a.id, faction="Groen")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "groen.raadspakket")
    inner = inner_for_griffie(world, d / "groen.raadspakket")
    for rev in inner[P.AMENDMENTS]["revisions"]:
        rev["content"]["created_at"] = "2001-01-01T00:00:00.000000"
    chain = {}
    for rev in sorted(inner[P.AMENDMENTS]["revisions"], key=lambda x: x["content"]["version"]):
        rev["parents"] = [chain[p] for p in rev["parents"]]
        old = rev["id"]
        chain[old] = rehash(rev)["id"]
    path = d / "backdated.raadspakket"
    path.write_bytes(
        forged(
            inner[P.MANIFEST],
            inner[P.ANNOTATIONS]["revisions"],
            inner[P.AMENDMENTS]["revisions"],
            secret_key(groen, "Groen"),
        )
    )
    with bounded(5, 20, "merging the backdated package"):
        [report] = ex.merge_packages(g, [path])
    assert not report.refused and report.numbered == ["A2"]
    assert am.get_amendment(g, r.id).label == "A1" and am.get_amendment(g, r.id).status == "aangenomen"
    assert am.get_amendment(g, a.id).label == "A2"
    # Whatever later packages claim, the numbers stay.
    before = dump(g)
    with bounded(5, 20, "merging both again"):
        again = ex.merge_packages(g, [d / "rood.raadspakket", path])
    assert [r.status for r in again] == ["already_merged", "already_merged"]
    assert dump(g) == before


def test_a_number_of_a_billion_is_refused_and_changes_nothing(world, dump) -> None:  # type: ignore[no-untyped-def]
    groen, g, d = world["groen"], world["griffie"], world["dir"]
    am.add_amendment(groen, dossier_id=dossier_id(groen), faction="Groen", member="Gea", draft=DRAFT)
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "g.raadspakket")
    inner = inner_for_griffie(world, d / "g.raadspakket")
    for rev in inner[P.AMENDMENTS]["revisions"]:
        rev["content"]["number"] = 10**9
        rehash(rev)
    path = d / "huge.raadspakket"
    path.write_bytes(forged(inner[P.MANIFEST], [], inner[P.AMENDMENTS]["revisions"], secret_key(groen, "Groen")))
    before = dump(g)
    with bounded(5, 20, "refusing the number 10**9"):
        [report] = ex.merge_packages(g, [path])
    assert report.refused and report.code == "package_invalid" and "number" in (report.reason or "")
    assert dump(g) == before
    with pytest.raises(UserFacingError):
        am.get_amendment_by_number(g, dossier_id(g), 10**9)


# --- the griffie's dossier -----------------------------------------------------------------------


def test_a_laptop_starts_from_the_dossier_with_the_same_ids(world, tmp_path: Path, dump) -> None:  # type: ignore[no-untyped-def]
    g, groen = world["griffie"], world["groen"]
    assert dossier_id(groen) == dossier_id(g)
    from raadsviewer.services.documents import list_documents, list_principles
    from raadsviewer.services.factions import list_factions

    assert [d.id for d in list_documents(groen)] == [d.id for d in list_documents(g)]
    assert [(p.id, p.title) for p, _ in list_principles(groen, dossier_id(groen))] == [
        (p.id, p.title) for p, _ in list_principles(g, dossier_id(g))
    ]
    assert [(f.id, f.name) for f in list_factions(groen)] == [(f.id, f.name) for f in list_factions(g)]
    # First import without the fingerprint, or with another: refused, nothing changed.
    fresh = Store(tmp_path / "fresh.sqlite")
    before = dump(fresh)
    with pytest.raises(UserFacingError) as err:
        dossier_service.import_dossier(fresh, world["dossier"])
    assert err.value.code == "dossier_fingerprint_needed" and world["fingerprint"] in err.value.message("en")
    with pytest.raises(UserFacingError) as err:
        dossier_service.import_dossier(fresh, world["dossier"], trust_fingerprint="00000 11111 22222 33333 44444 55555")
    assert err.value.code == "dossier_fingerprint_mismatch"
    assert dump(fresh) == before
    assert len(world["fingerprint"].split()) == 6 and all(
        len(p) == 5 and p.isdigit() for p in world["fingerprint"].split()
    )
    fresh.close()


def test_a_member_who_chose_the_faction_first_still_starts_from_the_dossier(world, tmp_path: Path, dump) -> None:  # type: ignore[no-untyped-def]
    """The first start asks who uses the computer; choosing Groen there made a faction Groen
    with an id of this laptop's own, and the griffie's dossier was then refused ("another
    identity"). A faction that holds nothing yet takes the griffie's id, with its member and the
    laptop's owner; one that holds work stays refused, and the store stays as it was."""
    from raadsviewer.services.factions import list_factions

    g = world["griffie"]
    chosen_first = Store(tmp_path / "chosen_first.sqlite")
    roles.set_owner_member(chosen_first, "Groen", "Gea")
    dossier_service.import_dossier(chosen_first, world["dossier"], trust_fingerprint=world["fingerprint"])
    assert [(f.id, f.name) for f in list_factions(chosen_first)] == [(f.id, f.name) for f in list_factions(g)]
    owner = roles.get_owner(chosen_first)
    groen = next(f for f in list_factions(g) if f.name == "Groen")
    assert (owner.role, owner.faction_id, owner.member) == (roles.Role.MEMBER, groen.id, "Gea")
    note(chosen_first, "Groen", "na de start")  # and it works as any laptop does
    chosen_first.close()

    from raadsviewer.services import keys

    wrote_first = Store(tmp_path / "wrote_first.sqlite")
    roles.set_owner_member(wrote_first, "Groen", "Gea")
    keys.ensure_key(wrote_first, "Groen")  # its key file names its id: it cannot move
    before = dump(wrote_first)
    with pytest.raises(UserFacingError) as err:
        dossier_service.import_dossier(wrote_first, world["dossier"], trust_fingerprint=world["fingerprint"])
    assert err.value.code == "faction_id_mismatch"
    assert dump(wrote_first) == before
    wrote_first.close()


def test_the_griffies_own_text_for_a_factions_conflict_stays_with_the_griffie(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Gea and Gijs (Groen) each rewrote their public note; the griffie made one text of the two
    for its own letter. The next edition of the dossier carried that text to every laptop as the
    newest version of Groen's note, under Gea's name. The griffie's resolution stays with the
    griffie: the laptops keep Groen's own versions (Groen resolves its own conflict)."""
    from tests.services.test_exchange_support import edit, share_key

    g, groen = world["griffie"], world["groen"]
    gijs = member_laptop(tmp_path / "gijs.sqlite", "Groen", "Gijs", world["dossier"], world["fingerprint"])
    share_key(groen, gijs, "Groen", tmp_path)
    base = note(groen, "Groen", "Een openbare notitie", visibility=Visibility.OPENBAAR)
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", tmp_path / "base.raadspakket", audience="fractie")
    ex.merge_packages(gijs, [tmp_path / "base.raadspakket"])
    edit(groen, base.id, "Groen", "Versie van Gea", Visibility.OPENBAAR)
    edit(gijs, base.id, "Groen", "Versie van Gijs", Visibility.OPENBAAR)
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", tmp_path / "gea.raadspakket")
    ex.export_package(gijs, dossier_id(gijs), "Groen", "Gijs", tmp_path / "gijs.raadspakket")
    ex.merge_packages(g, [tmp_path / "gea.raadspakket", tmp_path / "gijs.raadspakket"])
    [conflict] = ex.list_conflicts(g, dossier_id(g))
    ex.resolve_conflict(g, conflict.item_id, {"body": "De griffie schreef dit"})
    [resolved] = [a for a in ann.list_annotations(g, dossier_id(g)) if a.id == base.id]
    assert resolved.body == "De griffie schreef dit"  # the griffie's own view, for its letter
    edition, _fp = dossier_file(g, tmp_path / "editie2.raadsdossier")
    for laptop in (groen, world["rood"]):
        dossier_service.import_dossier(laptop, edition)
        [shown] = [a.body for a in ann.list_annotations(laptop, dossier_id(laptop)) if a.id == base.id]
        assert shown in ("Versie van Gea", "Versie van Gijs")  # Groen's own words, never the griffie's
    [left] = ex.list_conflicts(groen, dossier_id(groen))  # for Groen to resolve
    assert left.item_id == base.id
    gijs.close()


def test_a_package_signed_by_a_second_key_of_a_faction_says_how_to_share_the_key(world, tmp_path: Path, dump) -> None:  # type: ignore[no-untyped-def]
    """Gijs (Groen) exported without taking Groen's key from a colleague, so his laptop made a key
    of its own. The griffie was told to trust that key first, which it then refused ("Groen has
    another key here"): the refusal now says the sender takes the faction's key from a colleague."""
    g = world["griffie"]
    gijs = member_laptop(tmp_path / "gijs.sqlite", "Groen", "Gijs", world["dossier"], world["fingerprint"])
    note(gijs, "Groen", "van Gijs")
    ex.export_package(gijs, dossier_id(gijs), "Groen", "Gijs", tmp_path / "gijs.raadspakket")
    before = dump(g)
    [report] = ex.merge_packages(g, [tmp_path / "gijs.raadspakket"], lang="en")
    assert report.refused and report.code == "package_second_key"
    assert "takes over the key from a colleague" in report.reason and "Nothing was merged" in report.reason
    assert dump(g) == before
    gijs.close()


def test_a_later_dossier_signed_by_another_key_is_refused(world, tmp_path: Path, dump) -> None:  # type: ignore[no-untyped-def]
    impostor = griffie(tmp_path / "impostor.sqlite")
    path, fingerprint = dossier_file(impostor, tmp_path / "fake.raadsdossier")
    groen = world["groen"]
    before = dump(groen)
    with pytest.raises(UserFacingError) as err:
        dossier_service.import_dossier(groen, path, trust_fingerprint=fingerprint)
    assert err.value.code == "dossier_other_griffie"
    assert dump(groen) == before
    impostor.close()


@pytest.mark.parametrize(
    ("disguised", "code"),
    [("Rood\u202e", "name_bidi"), ("Ro\u200bod", "name_zero_width"), ("Rood\x07", "name_control")],
    ids=["bidi", "zero-width", "control"],
)
def test_a_disguised_faction_name_in_a_dossier_is_refused(world, dump, disguised: str, code: str) -> None:  # type: ignore[no-untyped-def]
    """A name the griffie's store should never hold (written there behind the program's back), in a
    dossier signed with the griffie's genuine key: the laptop refuses the dossier, names the
    character, and is left exactly as it was."""
    from sqlalchemy import text

    g, groen, d = world["griffie"], world["groen"], world["dir"]
    with g.engine.begin() as conn:
        conn.execute(text("UPDATE faction SET name = :n WHERE name = 'Rood'"), {"n": disguised})
    path, _ = dossier_file(g, d / f"disguised-{code}.raadsdossier")
    before = dump(groen)
    with pytest.raises(UserFacingError) as err:
        dossier_service.import_dossier(groen, path)
    assert err.value.code == code
    assert f"U+{ord(next(ch for ch in disguised if ch not in 'Rood')):04X}" in err.value.message("en")
    assert dump(groen) == before


def test_the_dossier_updates_a_laptop_with_numbers_outcomes_and_openbaar_items(world) -> None:  # type: ignore[no-untyped-def]
    groen, rood, g, d = world["groen"], world["rood"], world["griffie"], world["dir"]
    r_note = note(rood, "Rood", "Rood zegt dit openlijk", Visibility.OPENBAAR)
    secret = note(rood, "Rood", "alleen voor de griffie", Visibility.GRIFFIE)
    a = am.add_amendment(rood, dossier_id=dossier_id(rood), faction="Rood", member="Ruud", draft=DRAFT)
    am.submit_amendment(rood, a.id, faction="Rood")
    ex.export_package(rood, dossier_id(rood), "Rood", "Ruud", d / "r.raadspakket")
    assert not ex.merge_packages(g, [d / "r.raadspakket"])[0].refused
    am.set_status(g, dossier_id(g), "A1", "verworpen", [("Rood", "voor"), ("Groen", "tegen")])
    ann.set_include_in_draft(g, r_note.id, True)
    older, _ = dossier_file(g, d / "jeugd-2.raadsdossier")
    path, _ = dossier_file(g, d / "jeugd-3.raadsdossier")
    done = dossier_service.import_dossier(groen, path)
    assert done.numbers == 1 and not done.first_trust
    seen = {x.id: x for x in ann.list_annotations(groen, dossier_id(groen))}
    assert r_note.id in seen and secret.id not in seen and seen[r_note.id].include_in_draft
    got = am.get_amendment(groen, a.id)
    assert (got.label, got.status, got.votes) == ("A1", "verworpen", (("Groen", "tegen"), ("Rood", "voor")))
    with pytest.raises(UserFacingError) as err:  # an older dossier is refused
        dossier_service.import_dossier(groen, older)
    assert err.value.code == "dossier_older"
    again = dossier_service.import_dossier(groen, path)
    assert again.already_imported
    damaged = d / "jeugd-3-kapot.raadsdossier"  # the same edition, a byte of a part changed on the way
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("documents.json")
    data[info.header_offset + 30 + len(info.filename) + len(info.extra) + 10] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(UserFacingError) as err:  # said to be damaged, not older than itself
        dossier_service.import_dossier(groen, damaged)
    assert err.value.code == "dossier_invalid", err.value.code


def test_the_dossier_has_a_versioned_place_for_extensions(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    got = {}
    ext = dossier_service.Extension(
        "principle_corrections",
        1,
        write=lambda session, dossier_id: {"corrections": [{"id": "c1", "dossier": dossier_id}]},
        read=lambda session, dossier_id, value, version: got.update(value=value, version=version),
    )
    dossier_service.register_extension(ext)
    try:
        path, _ = dossier_file(world["griffie"], tmp_path / "ext.raadsdossier")
        dossier_service.import_dossier(world["groen"], path)
        assert got["version"] == 1 and got["value"]["corrections"][0]["id"] == "c1"
        # A reader that does not know an optional extension skips it; a required one it refuses.
        dossier_service.EXTENSIONS.pop("principle_corrections")
        required = dossier_service.Extension("principle_corrections", 2, ext.write, ext.read, required=True)
        dossier_service.register_extension(required)
        path2, _ = dossier_file(world["griffie"], tmp_path / "ext2.raadsdossier")
        dossier_service.EXTENSIONS.pop("principle_corrections")
        with pytest.raises(UserFacingError) as err:
            dossier_service.import_dossier(world["groen"], path2)
        assert err.value.code == "dossier_newer"
    finally:
        dossier_service.EXTENSIONS.pop("principle_corrections", None)


def test_a_dossier_file_nested_deeper_than_json_is_read_is_refused_with_a_message(world, dump) -> None:  # type: ignore[no-untyped-def]
    """Before its signature is checked anyone can write a dossier file: a manifest or a signature
    nested too deep for Python's JSON reader is refused in words, and the laptop is as it was."""
    import zipfile

    from raadsviewer.domain import dossier as D

    deep = b"[" * 200_000 + b"]" * 200_000
    groen, d = world["groen"], world["dir"]
    before = dump(groen)
    for name, members in (
        ("manifest", {D.MANIFEST: deep, D.SIGNATURE: b"{}"}),
        (
            "signature",
            {
                D.MANIFEST: json.dumps({"format": D.FORMAT, "format_version": 1}).encode(),
                D.SIGNATURE: deep[170_000:230_000],
            },
        ),
    ):
        path = d / f"deep-{name}.raadsdossier"
        with zipfile.ZipFile(path, "w") as zf:
            for member, data in members.items():
                zf.writestr(member, data)
        with pytest.raises(UserFacingError) as err:
            dossier_service.import_dossier(groen, path)
        assert err.value.code in ("dossier_invalid", "dossier_bad_signature"), name
    assert dump(groen) == before


def test_a_dossier_every_laptop_would_refuse_for_its_size_is_not_written(world, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The griffie is told before sending it, not the factions after: nothing is written and no
    sequence number used. (The limits made small here; the import holds the same ones.)"""
    from raadsviewer.domain import dossier as D

    g, d = world["griffie"], world["dir"]
    first = dossier_service.export_dossier(g, dossier_id(g), d / "1.raadsdossier")
    for name, value in (("MAX_TOTAL_BYTES", 20_000), ("MAX_PART_BYTES", 10_000), ("MAX_FILE_BYTES", 5_000)):
        with monkeypatch.context() as m:
            m.setattr(D, name, value)
            with pytest.raises(UserFacingError) as err:
                dossier_service.export_dossier(g, dossier_id(g), d / "big.raadsdossier")
        assert err.value.code == "dossier_export_too_large" and str(value) in err.value.message("en"), name
        assert not (d / "big.raadsdossier").exists()
    again = dossier_service.export_dossier(g, dossier_id(g), d / "2.raadsdossier")
    assert again.sequence == first.sequence + 1
    dossier_service.import_dossier(world["rood"], d / "2.raadsdossier")


# --- audiences and sealed packages -------------------------------------------------------------


def test_privé_history_never_travels(world, dump) -> None:  # type: ignore[no-untyped-def]
    groen, g, d = world["groen"], world["griffie"], world["dir"]
    n = note(groen, "Groen", "GEHEIM: wij stemmen tegen", Visibility.PRIVE)
    ann.update_annotation(
        groen, n.id, AnnotationDraft("INTERN: nog overleggen", Stance.ZORG, Visibility.FRACTIE), faction="Groen"
    )
    ann.update_annotation(
        groen, n.id, AnnotationDraft("Wij hebben zorgen", Stance.ZORG, Visibility.GRIFFIE), faction="Groen"
    )
    previews = ex.export_previews(groen, dossier_id(groen), "Groen")
    [item] = previews["griffie"].items
    assert item.texts == ("Wij hebben zorgen",) and item.withheld == 2
    [item] = previews["fractie"].items
    assert item.texts == ("INTERN: nog overleggen", "Wij hebben zorgen") and item.withheld == 1
    for audience in ("griffie", "fractie"):
        ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / f"{audience}.raadspakket", audience=audience)
        raw = (d / f"{audience}.raadspakket").read_bytes()
        assert sealed.is_sealed(raw) and b"GEHEIM" not in raw and b"zorgen" not in raw  # sealed: nothing readable
    inner = json.dumps(inner_for_griffie(world, d / "griffie.raadspakket"))
    assert "GEHEIM" not in inner and "INTERN" not in inner and "Wij hebben zorgen" in inner
    colleague = plain_package(groen, "Groen", "Gea", d / "fractie.raadspakket")
    assert "GEHEIM" not in json.dumps(colleague) and "INTERN" in json.dumps(colleague)
    with bounded(5, 20, "merging the griffie package"):
        [report] = ex.merge_packages(g, [d / "griffie.raadspakket"])
    assert not report.refused and report.new == 1
    with g.session() as session:
        stored = session.scalars(select(AnnotationRevisionRow.content_json)).all()
    assert len(stored) == 1 and "GEHEIM" not in stored[0] and "INTERN" not in stored[0]
    # The package for colleagues cannot be opened by the griffie.
    before = dump(g)
    with bounded(5, 20, "refusing the fractie package"):
        [report] = ex.merge_packages(g, [d / "fractie.raadspakket"])
    assert report.refused and report.code == "package_not_for_you"
    assert dump(g) == before


def test_a_smuggled_privé_note_is_refused_without_its_words_reaching_the_griffie(world, dump) -> None:  # type: ignore[no-untyped-def]
    """A package (signed with the faction's own key) carrying a privé version: that note is
    refused, and the refusal names it by its id, never by words the griffie may not read; a note
    the griffie may read is named by its first words."""
    groen, g, d = world["groen"], world["griffie"], world["dir"]
    shared = note(groen, "Groen", "Wij hebben zorgen over de toegang")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "honest.raadspakket")
    inner = inner_for_griffie(world, d / "honest.raadspakket")
    [rev] = inner[P.ANNOTATIONS]["revisions"]
    secret = json.loads(json.dumps(rev))
    secret["item_id"] = secret["content"]["annotation_id"] = shared.id[:9] + "0000-4000-8000-000000000001"
    secret["content"].update(body="GEHEIM: wij stemmen tegen", visibility="privé")
    claim = json.loads(json.dumps(rev))
    claim["parents"], claim["content"]["version"] = [rev["id"]], 2
    claim["content"]["include_in_draft"] = True
    path = d / "smuggled.raadspakket"
    path.write_bytes(
        forged(dict(inner[P.MANIFEST]), [rehash(secret), rev, rehash(claim)], [], secret_key(groen, "Groen"))
    )
    before = dump(g)
    [report] = ex.merge_packages(g, [path])
    assert sorted(r["code"] for r in report.refused_items) == ["item_griffie_decision", "item_private"]
    reasons = {r["code"]: r["reason"] for r in report.refused_items}
    assert "GEHEIM" not in json.dumps(report.as_dict()) and secret["item_id"] in reasons["item_private"]
    assert "“Wij hebben zorgen over de toegang”" in reasons["item_griffie_decision"]
    after = dump(g)
    assert (after["annotation"], after["annotation_revision"]) == (before["annotation"], before["annotation_revision"])


def test_a_colleague_merges_the_fractie_package_and_sees_the_fractie_notes(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    groen, d = world["groen"], world["dir"]
    colleague = member_laptop(tmp_path / "g2.sqlite", "Groen", "Gijs", world["dossier"], world["fingerprint"])
    ex.export_secret_key(groen, "Groen", d / "groen.key", "lang wachtwoord")
    ex.import_secret_key(colleague, d / "groen.key", "lang wachtwoord")
    n = note(groen, "Groen", "onder ons", Visibility.FRACTIE)
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "f.raadspakket", audience="fractie")
    [report] = ex.merge_packages(colleague, [d / "f.raadspakket"])
    assert not report.refused and report.sealed_to == "fractie"
    assert n.id in {a.id for a in ann.list_annotations(colleague, dossier_id(colleague))}
    # ... and Rood's laptop merges no Groen package at all.
    [report] = ex.merge_packages(world["rood"], [d / "f.raadspakket"])
    assert report.refused and report.code == "package_not_for_you"
    colleague.close()


def test_fractie_notes_do_not_reach_the_griffie_window_matrix_or_draft(world) -> None:  # type: ignore[no-untyped-def]
    """A legacy package (signed, not sealed, carrying fractie notes): the griffie leaves them out."""
    groen, g, d = world["groen"], world["griffie"], world["dir"]
    internal = note(groen, "Groen", "intern", Visibility.FRACTIE, number=2)
    shared = note(groen, "Groen", "voor de griffie", Visibility.GRIFFIE, number=2)
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "f.raadspakket", audience="fractie")
    inner = plain_package(groen, "Groen", "Gea", d / "f.raadspakket")
    path = d / "legacy.raadspakket"
    path.write_bytes(forged(inner[P.MANIFEST], inner[P.ANNOTATIONS]["revisions"], [], secret_key(groen, "Groen")))
    [report] = ex.merge_packages(g, [path])
    assert not report.refused and report.withheld == 1 and report.new == 1
    assert {a.id for a in ann.list_annotations(g, dossier_id(g))} == {shared.id}
    row = next(r for r in ex.matrix(g, dossier_id(g)) if r["number"] == 2)
    assert row["factions"]["Groen"]["zorg"] == 1
    from raadsviewer.services.search import search

    assert not search(g, dossier_id(g), "intern").hits
    assert internal.id not in {a.id for a in ann.list_annotations(g, dossier_id(g), include_private=True)}


# --- keys and names ------------------------------------------------------------------------------


def test_key_binding_refuses_a_file_whose_id_and_name_do_not_belong_together(world, dump) -> None:  # type: ignore[no-untyped-def]
    groen, g, d = world["groen"], world["griffie"], world["dir"]
    ex.export_public_key(groen, "Groen", d / "groen.pub")
    data = json.loads((d / "groen.pub").read_text(encoding="utf-8"))
    before = dump(g)
    paars = {**data, "faction": {"id": data["faction"]["id"], "name": "Paars"}}  # Groen's id, another name
    (d / "paars.pub").write_text(json.dumps(paars), encoding="utf-8")
    with pytest.raises(UserFacingError) as err, bounded(2, 5, "refusing paars.pub"):
        ex.trust_public_key(g, d / "paars.pub")
    assert err.value.code == "key_binding_id" and "Groen" in err.value.message("en")
    other_id = {**data, "faction": {"id": new_item_id("x")[:8] + data["faction"]["id"][8:], "name": "Groen"}}
    (d / "other.pub").write_text(json.dumps(other_id), encoding="utf-8")
    with pytest.raises(UserFacingError) as err, bounded(2, 5, "refusing other.pub"):
        ex.trust_public_key(g, d / "other.pub")
    assert err.value.code == "faction_id_mismatch"
    bidi = {**data, "faction": {"id": data["faction"]["id"], "name": "Gro\u202een"}}
    (d / "bidi.pub").write_text(json.dumps(bidi), encoding="utf-8")
    with pytest.raises(UserFacingError) as err, bounded(2, 5, "refusing bidi.pub"):
        ex.trust_public_key(g, d / "bidi.pub")
    assert err.value.code == "name_bidi" and "U+202E" in err.value.message("en")
    assert dump(g) == before
    before_laptop = dump(world["rood"])
    with (
        pytest.raises(UserFacingError) as err,
        bounded(2, 5, "a laptop trusting a key"),
    ):  # a laptop does not decide on trust
        ex.trust_public_key(world["rood"], d / "groen.pub")
    assert err.value.code == "griffie_decision"
    assert dump(world["rood"]) == before_laptop


def test_an_untrusted_key_is_refused_by_every_merge_after(world, dump) -> None:  # type: ignore[no-untyped-def]
    groen, g, d = world["groen"], world["griffie"], world["dir"]
    note(groen, "Groen", "x")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "g.raadspakket")
    ex.untrust_public_key(g, "Groen")
    before = dump(g)
    [report] = ex.merge_packages(g, [d / "g.raadspakket"])
    assert report.refused and report.code == "key_untrusted"
    assert dump(g) == before


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Groen\u202eLinks", "name_bidi"),
        ("Gro\u200ben", "name_zero_width"),
        ("Groen\x07", "name_control"),
        ("G" * 81, "name_too_long"),
    ],
)
def test_names_are_checked_where_they_enter(tmp_path: Path, dump, name: str, code: str) -> None:  # type: ignore[no-untyped-def]
    s = Store(tmp_path / "s.sqlite")
    before = dump(s)
    for action in (
        lambda: add_faction(s, name),
        lambda: roles.set_owner_member(s, name, "Gea"),
        lambda: roles.set_owner_member(s, "Groen", name),
    ):
        with pytest.raises(UserFacingError) as err:
            action()
        assert err.value.code == code
        assert err.value.message("nl") and "{" not in err.value.message("en")
    assert dump(s) == before
    assert add_faction(s, "Groen\u0301 Links").name == "Groen\u0301 Links".replace("n\u0301", "\u0144")  # NFC
    s.close()


def test_id_squatting_is_refused_for_that_item_only_and_never_blocks_the_owner(world, dump) -> None:  # type: ignore[no-untyped-def]
    groen, rood, g, d = world["groen"], world["rood"], world["griffie"], world["dir"]
    genuine = note(rood, "Rood", "Rood's eigen punt")
    assert genuine.id.startswith(id_prefix(genuine.faction_id))
    mine = note(groen, "Groen", "Groen's punt")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "g.raadspakket")
    inner = inner_for_griffie(world, d / "g.raadspakket")
    squat = json.loads(json.dumps(inner[P.ANNOTATIONS]["revisions"][0]))
    squat["item_id"] = squat["content"]["annotation_id"] = genuine.id  # Rood's id, not at the griffie yet
    squat["content"]["body"] = "gekaapt"
    path = d / "squat.raadspakket"
    path.write_bytes(
        forged(inner[P.MANIFEST], [*inner[P.ANNOTATIONS]["revisions"], rehash(squat)], [], secret_key(groen, "Groen"))
    )
    before = dump(g)
    with bounded(5, 20, "merging the squatting package"):
        [report] = ex.merge_packages(g, [path])
    assert not report.refused and [r["code"] for r in report.refused_items] == ["item_id_of_other_faction"]
    assert {a.id for a in ann.list_annotations(g, dossier_id(g))} == {mine.id}
    # The squatted item left no trace: the store holds what the package without it would have given.
    after_squat = dump(g)
    ex.undo_last_merge(g)
    assert dump(g) == before
    honest = d / "honest.raadspakket"
    honest.write_bytes(forged(inner[P.MANIFEST], inner[P.ANNOTATIONS]["revisions"], [], secret_key(groen, "Groen")))
    [control] = ex.merge_packages(g, [honest])
    assert not control.refused and not control.refused_items
    after_honest = dump(g)
    assert _merged_content(after_squat) == _merged_content(after_honest)
    assert "item_id_of_other_faction" in repr(after_squat["merge_log"])  # only the log tells of the refusal
    ex.export_package(rood, dossier_id(rood), "Rood", "Ruud", d / "r.raadspakket")
    [report] = ex.merge_packages(g, [d / "r.raadspakket"])
    assert not report.refused and report.new == 1
    assert ann.get_annotation(g, genuine.id).body == "Rood's eigen punt"


def _merged_content(dumped: dict[str, list[tuple]]) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    """A dump without the record of which package was merged (its hash, time and report), but
    with the revisions it added."""
    content = {t: rows for t, rows in dumped.items() if t != "merge_log"}
    content["(merged revisions)"] = sorted(row[-1] for row in dumped["merge_log"])
    return content


def test_a_package_with_a_disguised_name_is_refused_naming_the_character(world, dump) -> None:  # type: ignore[no-untyped-def]
    groen, g, d = world["groen"], world["griffie"], world["dir"]
    note(groen, "Groen", "x")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "g.raadspakket")
    inner = inner_for_griffie(world, d / "g.raadspakket")
    for rev in inner[P.ANNOTATIONS]["revisions"]:
        rev["content"]["author"] = "Ge\u202ea"
        rehash(rev)
    path = d / "bidi.raadspakket"
    path.write_bytes(forged(inner[P.MANIFEST], inner[P.ANNOTATIONS]["revisions"], [], secret_key(groen, "Groen")))
    before = dump(g)
    [report] = ex.merge_packages(g, [path])
    assert report.refused and report.code == "package_invalid" and "U+202E" in (report.reason or "")
    assert dump(g) == before


def test_the_draft_is_made_of_what_the_stores_owner_may_see(tmp_path: Path) -> None:
    """A store that holds other factions' notes (a copy made before owners): on Groen's laptop the
    draft counts Groen's griffie note and Rood's openbaar note, never Rood's note for the griffie."""
    from raadsviewer.services.drafts import export_draft

    store = griffie(tmp_path / "s.sqlite")
    roles_store = store
    own = note(store, "Groen", "Groen aan de griffie", Visibility.GRIFFIE)
    rood_public = note(store, "Rood", "Rood openbaar", Visibility.OPENBAAR)
    rood_griffie = note(store, "Rood", "Rood aan de griffie", Visibility.GRIFFIE)
    griffie_items = export_draft(store, dossier_id(store), "md", tmp_path / "g.md").items["annotations"]
    assert set(griffie_items) == {own.id, rood_public.id, rood_griffie.id}
    from raadsviewer.storage.models import GriffieKeyRow

    with roles_store.session() as session:  # the griffie's key goes with the griffie, not with a copy
        session.query(GriffieKeyRow).delete()
    roles.set_owner_member(store, "Groen", "Gea")
    member_items = export_draft(store, dossier_id(store), "md", tmp_path / "m.md").items["annotations"]
    assert set(member_items) == {own.id, rood_public.id}
    assert "Rood aan de griffie" not in (tmp_path / "m.md").read_text(encoding="utf-8")
    store.close()


def test_a_laptop_started_from_the_griffies_dossier_is_owned_only_by_one_of_its_factions(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A faction made on the laptop (a typo, or a dossier sent before the factions were added)
    could never be merged, and the griffie's next dossier was refused for its other identity."""
    from raadsviewer.services.factions import list_factions

    laptop = Store(tmp_path / "nieuw.sqlite")
    try:
        dossier_service.import_dossier(laptop, world["dossier"], trust_fingerprint=world["fingerprint"])
        before = [f.name for f in list_factions(laptop)]
        with pytest.raises(UserFacingError) as refused:
            roles.set_owner_member(laptop, "Groen Links", "Gea")
        assert refused.value.code == "owner_faction_not_in_dossier"
        assert "Groen" in refused.value.params["known"] and "Rood" in refused.value.params["known"]
        assert [f.name for f in list_factions(laptop)] == before  # nothing made
        assert roles.set_owner_member(laptop, "Groen", "Gea").faction == "Groen"  # one of the dossier's
    finally:
        laptop.close()
    sample = Store(tmp_path / "los.sqlite")  # no griffie's dossier here: the member names the faction
    try:
        assert roles.set_owner_member(sample, "Lokaal Belang", "Piet").faction == "Lokaal Belang"
    finally:
        sample.close()


# --- a shared note made privé --------------------------------------------------------------------


def test_a_note_made_private_after_it_was_sent_is_known_as_sent_and_can_be_taken_back(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Privé keeps a note out of the packages still to come, not out of one already sent: the
    window must be able to say so (``shared_at``), and taking the note back reaches the colleague
    who has it: the deletion travels, the words stay on this laptop in a new privé note."""
    groen, d = world["groen"], world["dir"]
    colleague = member_laptop(tmp_path / "g2.sqlite", "Groen", "Gijs", world["dossier"], world["fingerprint"])
    ex.export_secret_key(groen, "Groen", d / "groen.key", "lang wachtwoord")
    ex.import_secret_key(colleague, d / "groen.key", "lang wachtwoord")
    n = note(groen, "Groen", "eerste gedachte", Visibility.FRACTIE)
    kept = note(groen, "Groen", "alleen van mij", Visibility.PRIVE)
    assert ann.shared_at(groen, n.id) is None  # nothing left the laptop yet
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "griffie.raadspakket")  # for the griffie
    assert ann.shared_at(groen, n.id) is None  # a fractie note does not go to the griffie
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "f.raadspakket", audience="fractie")
    sent = ann.shared_at(groen, n.id)
    assert sent is not None and ann.shared_at(groen, kept.id) is None
    ex.merge_packages(colleague, [d / "f.raadspakket"])
    assert ann.shared_at(colleague, n.id) is not None  # it came in a package: shared
    gone, copy = ann.withdraw_annotation(
        groen,
        n.id,
        AnnotationDraft("eerste gedachte, bijgesteld", Stance.ZORG, Visibility.PRIVE),
        faction="Groen",
        member="Gea",
    )
    assert gone.deleted and gone.id == n.id
    assert copy.visibility is Visibility.PRIVE and copy.body == "eerste gedachte, bijgesteld" and copy.id != n.id
    assert copy.anchor == n.anchor and copy.principle_id == n.principle_id and copy.stance is Stance.ZORG
    assert ann.shared_at(groen, copy.id) is None
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "f2.raadspakket", audience="fractie")
    [report] = ex.merge_packages(colleague, [d / "f2.raadspakket"])
    assert not report.refused
    theirs = {a.id: a for a in ann.list_annotations(colleague, dossier_id(colleague))}
    assert n.id not in theirs and copy.id not in theirs
    inner = plain_package(groen, "Groen", "Gea", d / "f2.raadspakket")
    assert "bijgesteld" not in json.dumps(inner[P.ANNOTATIONS], ensure_ascii=False)
    mine = {a.id for a in ann.list_annotations(groen, dossier_id(groen), include_private=True)}
    assert copy.id in mine and n.id not in mine
    colleague.close()


def test_a_key_file_changed_after_its_fingerprint_was_compared_is_not_trusted(world, dump) -> None:  # type: ignore[no-untyped-def]
    """The griffie compares the fingerprint the window showed; the key trusted must be that one,
    not whatever the file holds by the time it is trusted."""
    groen, rood, g, d = world["groen"], world["rood"], world["griffie"], world["dir"]
    path = d / "sleutel.pub"
    ex.export_public_key(groen, "Groen", path)
    from raadsviewer.services.keys import read_public_key

    _, compared = read_public_key(path)
    ex.export_public_key(rood, "Rood", path)  # replaced meanwhile
    before = dump(g)
    with pytest.raises(UserFacingError) as info:
        ex.trust_public_key(g, path, compared=compared)
    assert info.value.code == "key_fingerprint_mismatch" and compared in info.value.message("nl")
    assert dump(g) == before


def test_a_note_narrowed_after_it_reached_the_griffie_and_other_factions_is_taken_back_from_all(world) -> None:  # type: ignore[no-untyped-def]
    """An openbaar note reached the griffie and, in its dossier, Rood; then it was narrowed to
    griffie and its text changed. Narrowing says it was shared; taking it back deletes it at the
    griffie and, with the griffie's next dossier, at Rood, and the deletion carries no word of
    the narrower text."""
    groen, rood, g, d = world["groen"], world["rood"], world["griffie"], world["dir"]
    n = note(groen, "Groen", "voor iedereen", Visibility.OPENBAAR)
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "1.raadspakket")
    ex.merge_packages(g, [d / "1.raadspakket"])
    dossier_service.export_dossier(g, dossier_id(g), d / "2.raadsdossier")
    dossier_service.import_dossier(rood, d / "2.raadsdossier")
    assert n.id in {a.id for a in ann.list_annotations(rood, dossier_id(rood))}
    ann.update_annotation(
        groen, n.id, AnnotationDraft("alleen voor de griffie: geheim", Stance.ZORG, Visibility.GRIFFIE), faction="Groen"
    )
    assert ann.shared_at(groen, n.id, Visibility.GRIFFIE) is not None  # Rood has it, through the dossier
    assert ann.shared_at(groen, n.id, Visibility.OPENBAAR) is None
    _gone, copy = ann.withdraw_annotation(
        groen,
        n.id,
        AnnotationDraft("alleen voor de griffie: geheim", Stance.ZORG, Visibility.GRIFFIE),
        faction="Groen",
        member="Gea",
    )
    assert copy.visibility is Visibility.GRIFFIE
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "3.raadspakket")
    [report] = ex.merge_packages(g, [d / "3.raadspakket"])
    assert not report.refused
    at_griffie = {a.id: a for a in ann.list_annotations(g, dossier_id(g))}
    assert n.id not in at_griffie and copy.id in at_griffie
    dossier_service.export_dossier(g, dossier_id(g), d / "4.raadsdossier")
    assert b"geheim" not in (d / "4.raadsdossier").read_bytes()
    dossier_service.import_dossier(rood, d / "4.raadsdossier")
    assert {n.id, copy.id}.isdisjoint(a.id for a in ann.list_annotations(rood, dossier_id(rood)))


def test_a_note_narrowed_from_griffie_to_fractie_is_taken_back_from_the_griffie(world) -> None:  # type: ignore[no-untyped-def]
    groen, g, d = world["groen"], world["griffie"], world["dir"]
    n = note(groen, "Groen", "eerst voor de griffie", Visibility.GRIFFIE)
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "1.raadspakket")
    ex.merge_packages(g, [d / "1.raadspakket"])
    ann.update_annotation(groen, n.id, AnnotationDraft("nu intern", Stance.ZORG, Visibility.FRACTIE), faction="Groen")
    assert ann.shared_at(groen, n.id, Visibility.PRIVE) is not None
    _gone, copy = ann.withdraw_annotation(
        groen, n.id, AnnotationDraft("nu intern", Stance.ZORG, Visibility.PRIVE), faction="Groen", member="Gea"
    )
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "2.raadspakket")
    ex.merge_packages(g, [d / "2.raadspakket"])
    assert n.id not in {a.id for a in ann.list_annotations(g, dossier_id(g))}
    with g.session() as session:  # the deletion brought the words the griffie had, not the later ones
        kept = session.scalars(
            select(AnnotationRevisionRow.content_json).where(AnnotationRevisionRow.annotation_id == n.id)
        ).all()
    assert len(kept) == 2 and not any("nu intern" in c for c in kept)


def test_a_package_for_another_griffie_says_so(world, tmp_path: Path, dump) -> None:  # type: ignore[no-untyped-def]
    """A faction's package for the griffie, taken to another griffie's store (another dossier,
    another key): it says it is another griffie's, not that it was sealed for someone other than
    "griffie" (which it was made for)."""
    from tests.services.trust_support import griffie

    groen, d = world["groen"], world["dir"]
    note(groen, "Groen", "Voor de griffie")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "g.raadspakket")
    other = griffie(tmp_path / "other" / "griffie.sqlite")
    try:
        before = dump(other)
        [report] = ex.merge_packages(other, [d / "g.raadspakket"])
        assert report.refused and report.code == "package_other_griffie", report.as_dict()
        assert dump(other) == before
    finally:
        other.close()


def test_a_members_laptop_cannot_be_made_the_griffies(world, dump) -> None:  # type: ignore[no-untyped-def]
    """The laptop took its dossier from the griffie: made "griffie", it would record votes and
    numbers in its own store and hide its member's fractie notes from him. Refused, unchanged."""
    groen = world["groen"]
    before = dump(groen)
    with pytest.raises(UserFacingError) as refused:
        roles.set_owner_griffie(groen)
    assert refused.value.code == "owner_is_laptop"
    assert dump(groen) == before and roles.get_owner(groen).role is roles.Role.MEMBER
