"""Moties between laptops and the griffie: in faction packages (a motie treated as an amendment
for the audiences), numbered by the griffie at the merge, conflicts and undo as for amendments,
and back to the laptops in the griffie's dossier with numbers, outcomes and whole votes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from raadsviewer.domain.model import MotieDraft, MotieStatus
from raadsviewer.domain.votes import FactionVote
from raadsviewer.services import council, procedure, roles
from raadsviewer.services import dossier as dossier_service
from raadsviewer.services import exchange as ex
from raadsviewer.services import moties as mo
from tests.services.trust_support import build_world, dossier_file, dossier_id, plain_package, rehash, secret_key

DRAFT = MotieDraft(
    title="Winst openbaar",
    constaterende=("aanbieders met publiek geld werken",),
    dictum=("bij de regio te bepleiten dat aanbieders hun winst openbaar maken",),
    principle_numbers=(12,),
)


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    world = build_world(tmp_path)
    council.set_council_settings(
        world["griffie"], dossier_id(world["griffie"]), municipality="Dordrecht", meeting_date=date(2020, 11, 10)
    )
    yield world
    for s in (world["griffie"], world["groen"], world["rood"]):
        s.close()


def _motie(store, faction: str, member: str, draft: MotieDraft = DRAFT):  # type: ignore[no-untyped-def]
    return mo.add_motie(store, dossier_id=dossier_id(store), faction=faction, member=member, draft=draft)


def test_a_motie_travels_to_the_griffie_and_is_numbered_there(world) -> None:  # type: ignore[no-untyped-def]
    groen, rood, g, d = world["groen"], world["rood"], world["griffie"], world["dir"]
    concept = _motie(groen, "Groen", "Gea")
    submitted = _motie(groen, "Groen", "Gea", MotieDraft(title="Tweede", overwegende=("x",), dictum=("y",)))
    assert (concept.label, submitted.label) == ("Groen-M1", "Groen-M2")
    # the laptop does not know the meeting yet: the griffie's dossier has not told it
    assert mo.submission_problems(groen, submitted.id) == ["motie_missing_municipality", "motie_missing_meeting_date"]
    path, _ = dossier_file(g, d / "jeugd-2.raadsdossier")
    dossier_service.import_dossier(groen, path)
    mo.submit_motie(groen, submitted.id, faction="Groen")
    preview = ex.export_preview(groen, dossier_id(groen), "Groen", "griffie")
    assert preview.moties == 2  # a concept is the faction's and the griffie's
    assert {i.label for i in preview.items if i.kind == ex.MOTIE} == {"Groen-M1", "Groen-M2"}
    assert ex.export_preview(groen, dossier_id(groen), "Groen", "griffie").revisions >= 3
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "g.raadspakket")
    [dry] = ex.preview_packages(g, [d / "g.raadspakket"])
    assert (dry.status, dry.new, dry.numbered) == ("would_merge", 2, ["M1"])  # the preview counts them
    assert mo.list_moties(g, dossier_id(g)) == []
    [report] = ex.merge_packages(g, [d / "g.raadspakket"])
    assert (report.status, report.new, report.numbered) == ("merged", 2, ["M1"])
    at_griffie = {m.id: m for m in mo.list_moties(g, dossier_id(g))}
    assert at_griffie[submitted.id].label == "M1" and at_griffie[submitted.id].municipality == "Dordrecht"
    assert at_griffie[concept.id].label == "Groen-M1" and at_griffie[concept.id].status == MotieStatus.CONCEPT
    # the concept is numbered when it is submitted later
    mo.submit_motie(groen, concept.id, faction="Groen")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "g2.raadspakket")
    assert ex.merge_packages(g, [d / "g2.raadspakket"])[0].numbered == ["M2"]
    # undo takes back the package; a number given stays given: the item keeps it, and a motie the
    # undo removes leaves its number taken, for that motie: merged again, it is its number again
    ex.undo_last_merge(g)
    assert mo.get_motie(g, concept.id).status == MotieStatus.CONCEPT
    third = _motie(groen, "Groen", "Gea", MotieDraft(title="Derde", overwegende=("x",), dictum=("z",)))
    mo.submit_motie(groen, third.id, faction="Groen")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "g3.raadspakket")
    assert ex.merge_packages(g, [d / "g3.raadspakket"])[0].numbered == ["M3"]
    ex.undo_last_merge(g)
    assert third.id not in {m.id for m in mo.list_moties(g, dossier_id(g))}
    dossier_service.import_dossier(rood, path)  # the meeting, as for Groen
    fourth = _motie(rood, "Rood", "Ruud", MotieDraft(title="Vierde", overwegende=("x",), dictum=("w",)))
    mo.submit_motie(rood, fourth.id, faction="Rood")
    ex.export_package(rood, dossier_id(rood), "Rood", "Ruud", d / "r4.raadspakket")
    assert ex.merge_packages(g, [d / "r4.raadspakket"])[0].numbered == ["M4"]  # M3 is the third's
    assert ex.merge_packages(g, [d / "g3.raadspakket"])[0].numbered == ["M3"]
    assert mo.get_motie(g, third.id).label == "M3" and mo.get_motie(g, concept.id).label == "M2"


def test_a_package_for_colleagues_and_one_for_everyone(world) -> None:  # type: ignore[no-untyped-def]
    rood = world["rood"]
    _motie(rood, "Rood", "Ruud")
    package = plain_package(
        rood,
        "Rood",
        "Ruud",
        ex.export_package(
            rood, dossier_id(rood), "Rood", "Ruud", world["dir"] / "r.raadspakket", audience="fractie"
        ).path,
        "fractie",
    )
    assert [r["content"]["title"] for r in package["moties.json"]["revisions"]] == ["Winst openbaar"]
    assert json.loads(json.dumps(package["manifest.json"]))["counts"]["moties"] == 1


def test_a_package_that_claims_the_outcome_of_a_motie_is_refused_for_that_motie(world, dump) -> None:  # type: ignore[no-untyped-def]
    """Self-adoption: a faction signs a version of its motie that says "aangenomen" with votes."""
    from raadsviewer.domain import merge as M
    from raadsviewer.domain import package as P
    from tests.services.trust_support import public_hex

    rood, g, d = world["rood"], world["griffie"], world["dir"]
    m = _motie(rood, "Rood", "Ruud")
    path = ex.export_package(rood, dossier_id(rood), "Rood", "Ruud", d / "r.raadspakket", audience="fractie").path
    parts = plain_package(rood, "Rood", "Ruud", path, "fractie")
    rev = parts["moties.json"]["revisions"][0]
    claim = {**rev["content"], "status": "aangenomen", "votes": [["Rood", "voor"]], "version": 2}
    forged = rehash({"id": "", "item_id": m.id, "parents": [rev["id"]], "content": claim})
    key = secret_key(rood, "Rood")
    data = P.build(
        parts["manifest.json"] | {"sequence": 9},
        [],
        [],
        key.sign,
        public_hex(key),
        moties=[M.Revision(r["id"], r["item_id"], tuple(r["parents"]), r["content"]) for r in (rev, forged)],
    )
    (d / "forged.raadspakket").write_bytes(data)
    before = dump(g)
    [report] = ex.merge_packages(g, [d / "forged.raadspakket"])
    assert not report.refused and [i["code"] for i in report.refused_items] == ["item_griffie_decision"]
    after = dump(g)
    assert after["motie"] == before["motie"] == [] and after["motie_revision"] == []


def test_concurrent_edits_of_a_motie_are_a_conflict_the_griffie_sees(world) -> None:  # type: ignore[no-untyped-def]
    groen, g, d = world["groen"], world["griffie"], world["dir"]
    m = _motie(groen, "Groen", "Gea")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "1.raadspakket")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "1f.raadspakket", audience="fractie")
    ex.merge_packages(g, [d / "1.raadspakket"])
    mo.update_motie(groen, m.id, MotieDraft(title="Versie van Gea", dictum=("a",)), faction="Groen")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", d / "2.raadspakket")
    # a colleague on another laptop edits the same version (made here by going back one revision)
    colleague = world["dir"] / "collega.sqlite"
    from raadsviewer.storage.db import Store

    other = Store(colleague)
    dossier_service.import_dossier(other, world["dossier"], trust_fingerprint=world["fingerprint"])
    roles.set_owner_member(other, "Groen", "Gijs")
    secret = d / "groen.key"
    ex.export_secret_key(groen, "Groen", secret, passphrase="geheim wachtwoord 1")
    ex.import_secret_key(other, secret, passphrase="geheim wachtwoord 1")
    assert not ex.merge_packages(other, [d / "1f.raadspakket"])[0].refused
    mo.update_motie(other, m.id, MotieDraft(title="Versie van Gijs", dictum=("b",)), faction="Groen")
    ex.export_package(other, dossier_id(other), "Groen", "Gijs", d / "3.raadspakket")
    other.close()
    reports = ex.merge_packages(g, [d / "2.raadspakket", d / "3.raadspakket"])
    assert [r.conflicts for r in reports] == [0, 1]
    [conflict] = ex.list_conflicts(g, dossier_id(g))
    assert (conflict.kind, conflict.label, conflict.faction) == ("motie", "Groen-M1", "Groen")
    assert sorted(h["content"]["title"] for h in conflict.heads) == ["Versie van Gea", "Versie van Gijs"]
    keep = next(h["id"] for h in conflict.heads if h["content"]["title"] == "Versie van Gijs")
    ex.resolve_conflict(g, m.id, keep)
    assert ex.list_conflicts(g, dossier_id(g)) == [] and mo.get_motie(g, m.id).title == "Versie van Gijs"


def _submitted_amendment(g, gid: str):  # type: ignore[no-untyped-def]
    """An amendment of Groen on principle 7, written at the griffie and submitted."""
    from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation
    from raadsviewer.services import amendments as am

    a = am.add_amendment(
        g,
        dossier_id=gid,
        faction="Groen",
        member="Gea",
        draft=AmendmentDraft(
            title="Toegang",
            operation=AmendmentOperation.VERVANGEN,
            old_text="Versterken toegangstaak",
            new_text="Versterken onafhankelijke toegang",
            principle_number=7,
        ),
    )
    procedure.set_status(g, gid, a.label, "ingediend")
    return a


def test_the_dossier_brings_numbers_outcomes_and_whole_votes_to_the_laptops(world) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.services import amendments as am

    groen, rood, g, d = world["groen"], world["rood"], world["griffie"], world["dir"]
    gid = dossier_id(g)
    m = _motie(rood, "Rood", "Ruud")
    path, _ = dossier_file(g, d / "jeugd-2.raadsdossier")
    dossier_service.import_dossier(rood, path)
    mo.submit_motie(rood, m.id, faction="Rood")
    ex.export_package(rood, dossier_id(rood), "Rood", "Ruud", d / "r.raadspakket")
    ex.merge_packages(g, [d / "r.raadspakket"])
    a = _submitted_amendment(g, gid)
    procedure.set_status(g, gid, a.label, None, [FactionVote("Groen", voor=2, tegen=1), ("Rood", "voor")])
    procedure.set_proposal_status(g, gid, "aangenomen", [("Groen", "voor"), ("Rood", "voor")])
    procedure.set_status(
        g, gid, "M1", None, [("Groen", "tegen"), FactionVote("Rood", vote=None, voor=2, tegen=0, absent=1)]
    )
    path, _ = dossier_file(g, d / "jeugd-3.raadsdossier")
    dossier_service.import_dossier(groen, path)
    [seen] = mo.list_moties(groen, dossier_id(groen))
    assert (seen.label, seen.status, seen.municipality) == ("M1", MotieStatus.VERWORPEN, "Dordrecht")
    assert FactionVote("Rood", voor=2, tegen=0, absent=1) in seen.votes
    got = am.get_amendment(groen, a.id)
    assert (got.label, str(got.status)) == ("A1", "aangenomen")
    assert got.faction_votes[0] == FactionVote("Groen", voor=2, tegen=1)  # the split reached the laptop
    assert procedure.proposal(groen, dossier_id(groen)).status == "aangenomen"
    settings = council.council_settings(groen, dossier_id(groen))
    assert (settings.municipality, settings.meeting_date, settings.template_path) == (
        "Dordrecht",
        date(2020, 11, 10),
        None,
    )
    # and the laptop's own concepts are not touched by it
    own = _motie(groen, "Groen", "Gea")
    path, _ = dossier_file(g, d / "jeugd-4.raadsdossier")
    dossier_service.import_dossier(groen, path)
    assert mo.get_motie(groen, own.id).label == "Groen-M1"


def test_a_dossier_with_a_forged_motie_is_refused_whole(world, tmp_path: Path, dump) -> None:  # type: ignore[no-untyped-def]
    """The procedure part is checked as the rest: a motie revision whose id is not its content's
    hash refuses the file and leaves the laptop as it was."""
    from raadsviewer.services import procedure_layer

    g, groen = world["griffie"], world["groen"]
    m = _motie(g, "Groen", "Gea")
    procedure.set_status(g, dossier_id(g), "M1", "ingediend")
    original = procedure_layer.write_procedure

    def forged_write(session, did):  # type: ignore[no-untyped-def]
        value = original(session, did)
        value["moties"]["revisions"][0]["content"]["title"] = "anders"  # the id no longer fits
        return value

    dossier_service.EXTENSIONS[procedure_layer.EXTENSION] = dossier_service.Extension(
        procedure_layer.EXTENSION, procedure_layer.VERSION, forged_write, procedure_layer.read_procedure
    )
    try:
        path, _ = dossier_file(g, tmp_path / "forged.raadsdossier")
    finally:
        dossier_service.EXTENSIONS[procedure_layer.EXTENSION] = dossier_service.Extension(
            procedure_layer.EXTENSION, procedure_layer.VERSION, original, procedure_layer.read_procedure
        )
    before = dump(groen)
    from raadsviewer.domain.errors import UserFacingError

    with pytest.raises(UserFacingError) as info:
        dossier_service.import_dossier(groen, path)
    assert info.value.code == "dossier_invalid" and m.id in info.value.message("en")
    assert dump(groen) == before


GOOD_ID = "00000000-0000-4000-8000-000000000001"


@pytest.mark.parametrize(
    "value",
    [
        "not an object",
        {"council": None, "moties": {"revisions": []}},  # no decisions
        {"council": None, "moties": {"revisions": []}, "decisions": {"moties": [], "amendments": []}, "extra": 1},
        {
            "council": None,
            "moties": {"revisions": []},
            "decisions": {
                "moties": [{"id": GOOD_ID, "number": 10**9, "status": None, "votes": [], "postponed": None}],
                "amendments": [],
            },
        },
        {
            "council": None,
            "moties": {"revisions": []},
            "decisions": {
                "moties": [],
                "amendments": [{"id": GOOD_ID, "votes": [["VVD", "misschien"]] * 101, "postponed": None}],
            },
        },
        {
            "council": {
                "municipality": "x" * 201,
                "meeting_date": None,
                "proposal_title": "",
                "proposal": {"status": "ingediend", "votes": [], "postponed": None},
            },
            "moties": {"revisions": []},
            "decisions": {"moties": [], "amendments": []},
        },
    ],
)
def test_a_malformed_procedure_part_is_refused_and_changes_nothing(world, dump, value) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.domain.errors import UserFacingError
    from raadsviewer.services import procedure_layer

    groen = world["groen"]
    before = dump(groen)
    with pytest.raises(UserFacingError) as info, groen.session() as session:
        procedure_layer.read_procedure(session, dossier_id(groen), value, procedure_layer.VERSION)
    assert info.value.code == "dossier_invalid" and "procedure" in info.value.message("en")
    assert dump(groen) == before


def test_an_outcome_the_griffie_corrected_reaches_the_laptops_corrected(world) -> None:  # type: ignore[no-untyped-def]
    """A motie's outcome recorded, sent, then corrected into a tie that waits for the next meeting:
    the next dossier takes the outcome back on the laptop too (it used to keep the first one)."""
    from raadsviewer.domain.model import Vote

    groen, rood, g, d = world["groen"], world["rood"], world["griffie"], world["dir"]
    gid = dossier_id(g)
    m = _motie(rood, "Rood", "Ruud")
    dossier_service.import_dossier(rood, dossier_file(g, d / "jeugd-2.raadsdossier")[0])
    mo.submit_motie(rood, m.id, faction="Rood")
    ex.export_package(rood, dossier_id(rood), "Rood", "Ruud", d / "r.raadspakket")
    ex.merge_packages(g, [d / "r.raadspakket"])
    procedure.set_proposal_status(g, gid, "aangenomen", [("Groen", "voor"), ("Rood", "voor")])
    procedure.set_status(g, gid, "M1", None, [("Groen", "voor"), ("Rood", "voor")])
    dossier_service.import_dossier(groen, dossier_file(g, d / "jeugd-3.raadsdossier")[0])
    assert mo.get_motie(groen, m.id).status == MotieStatus.AANGENOMEN
    # Rood voted against, and one member of each was away: 2 - 2, not a full meeting
    tie = [FactionVote("Groen", vote=Vote.VOOR, absent=1), FactionVote("Rood", vote=Vote.TEGEN, absent=1)]
    assert procedure.set_status(g, gid, "M1", None, tie, correcting=True).postponed
    dossier_service.import_dossier(groen, dossier_file(g, d / "jeugd-4.raadsdossier")[0])
    seen = mo.get_motie(groen, m.id)
    assert seen.status == MotieStatus.INGEDIEND and seen.votes == ()
    assert seen.postponed is not None and seen.postponed.votes == tuple(sorted(tie, key=lambda v: v.faction))


def test_an_amendment_outcome_corrected_reaches_the_laptops_corrected(world) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.domain.model import Vote
    from raadsviewer.services import amendments as am

    groen, g, d = world["groen"], world["griffie"], world["dir"]
    gid = dossier_id(g)
    a = _submitted_amendment(g, gid)
    procedure.set_status(g, gid, "A1", None, [("Groen", "voor"), ("Rood", "voor")])
    dossier_service.import_dossier(groen, dossier_file(g, d / "jeugd-2.raadsdossier")[0])
    assert str(am.get_amendment(groen, a.id).status) == "aangenomen"
    tie = [FactionVote("Groen", vote=Vote.VOOR, absent=1), FactionVote("Rood", vote=Vote.TEGEN, absent=1)]
    assert procedure.set_status(g, gid, "A1", None, tie, correcting=True).postponed
    dossier_service.import_dossier(groen, dossier_file(g, d / "jeugd-3.raadsdossier")[0])
    seen = am.get_amendment(groen, a.id)
    assert str(seen.status) == "ingediend" and seen.faction_votes == ()


def test_a_new_laptop_shows_the_griffies_numbers_not_its_own(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A laptop that starts from a dossier already holding numbered amendments and moties gave them
    numbers of its own while reading it (in the order they were made), and then kept those: the
    griffie's A1 was the laptop's A2, and members discussing "A1" meant different amendments."""
    from raadsviewer.services import amendments as am
    from tests.services.trust_support import member_laptop

    g, d = world["griffie"], world["dir"]
    gid = dossier_id(g)
    first = _submitted_amendment(g, gid)  # made first, submitted first: A1
    second = am.add_amendment(
        g,
        dossier_id=gid,
        faction="Rood",
        member="Ruud",
        draft=am.AmendmentDraft(
            title="Later gemaakt",
            operation=am.AmendmentOperation.TOEVOEGEN,
            new_text="Met ervaringsdeskundigen.",
            principle_number=8,
        ),
    )
    procedure.set_status(g, gid, second.label, "ingediend")  # A2
    later = _motie(g, "Rood", "Ruud")
    earlier = _motie(g, "Groen", "Gea", MotieDraft(title="Tweede", overwegende=("x",), dictum=("y",)))
    procedure.set_status(g, gid, earlier.label, "ingediend")  # M1, though made after the other
    procedure.set_status(g, gid, later.label, "ingediend")  # M2
    at_griffie = {a.id: a.label for a in am.list_amendments(g, gid)} | {m.id: m.label for m in mo.list_moties(g, gid)}
    assert sorted(at_griffie.values()) == ["A1", "A2", "M1", "M2"] and at_griffie[first.id] == "A1"
    path, fingerprint = dossier_file(g, d / "jeugd-2.raadsdossier")
    laptop = member_laptop(tmp_path / "nieuw.sqlite", "Groen", "Gea", path, fingerprint)
    try:
        did = dossier_id(laptop)
        seen = {a.id: a.label for a in am.list_amendments(laptop, did)} | {
            m.id: m.label for m in mo.list_moties(laptop, did)
        }
        assert seen == at_griffie
    finally:
        laptop.close()


def test_a_withdrawal_the_griffie_recorded_by_mistake_is_taken_back_not_the_factions_own(world, dump) -> None:  # type: ignore[no-untyped-def]
    """The griffie records "ingetrokken" (or "aangehouden") for a faction that says so in the
    meeting; a wrong click made it final. What the griffie recorded here is taken back with a
    correction, and the next dossier brings the motie back to the laptop as submitted. A
    withdrawal that came in the faction's own package is the faction's decision: refused."""
    from raadsviewer.domain.errors import UserFacingError
    from tests.services.refusals import refused

    rood, g, d = world["rood"], world["griffie"], world["dir"]
    gid = dossier_id(g)
    dossier_service.import_dossier(rood, dossier_file(g, d / "jeugd-2.raadsdossier")[0])
    first = _motie(rood, "Rood", "Ruud")
    second = _motie(rood, "Rood", "Ruud", MotieDraft(title="Tweede", overwegende=("x",), dictum=("y",)))
    for m in (first, second):
        mo.submit_motie(rood, m.id, faction="Rood")
    ex.export_package(rood, dossier_id(rood), "Rood", "Ruud", d / "r.raadspakket")
    ex.merge_packages(g, [d / "r.raadspakket"])
    assert procedure.step_recorded_here(g, gid, first.id) is None  # submitted: no step to take back
    procedure.set_status(g, gid, "M1", "ingetrokken")  # meant for M2
    procedure.set_status(g, gid, "M2", "aangehouden")
    assert procedure.step_recorded_here(g, gid, first.id) == "ingediend"
    refused(g, dump, "vote_correction_status", procedure.set_status, g, gid, "M1", "aangenomen", correcting=True)
    back = procedure.set_status(g, gid, "M1", None, correcting=True)
    assert back.status == "ingediend" and mo.get_motie(g, first.id).status == MotieStatus.INGEDIEND
    assert procedure.set_status(g, gid, "M2", "ingediend", correcting=True).status == "ingediend"
    dossier_service.import_dossier(rood, dossier_file(g, d / "jeugd-3.raadsdossier")[0])
    assert mo.get_motie(rood, first.id).status == MotieStatus.INGEDIEND
    # the faction withdraws it itself: that is not the griffie's to take back
    mo.withdraw_motie(rood, first.id, faction="Rood")
    ex.export_package(rood, dossier_id(rood), "Rood", "Ruud", d / "r2.raadspakket")
    assert ex.merge_packages(g, [d / "r2.raadspakket"])[0].status == "merged"
    assert mo.get_motie(g, first.id).status == MotieStatus.INGETROKKEN
    assert procedure.step_recorded_here(g, gid, first.id) is None
    error = refused(g, dump, "step_not_ours", procedure.set_status, g, gid, "M1", None, correcting=True)
    assert isinstance(error, UserFacingError) and "fractie" in error.message("nl")
