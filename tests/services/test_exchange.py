"""Export, merge, conflicts, undo and keys through the services."""

from __future__ import annotations

from pathlib import Path

import pytest

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Visibility
from raadsviewer.services import annotations as ann
from raadsviewer.services import exchange as ex
from tests.services.test_exchange_support import (
    canonical_dump,
    dossier_id,
    edit,
    laptop,
    note,
    prepare,
    share_key,
    trust,
    two_versions,
)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return prepare(tmp_path_factory.mktemp("prepared"))


def test_private_notes_stay_home_and_the_preview_tells_exactly(prepared: Path, tmp_path: Path) -> None:
    g = laptop(prepared, tmp_path / "g.sqlite")
    shared = note(g, "Groen", "gedeeld")
    note(g, "Groen", "alleen voor mij", visibility=Visibility.PRIVE)
    gone = note(g, "Groen", "weg")
    ann.delete_annotation(g, gone.id, faction="Groen")
    preview = ex.export_preview(g, dossier_id(g), "Groen")
    assert preview.per_visibility["griffie"] == 2 and preview.withheld_private == 1 and preview.deleted == 1
    assert {i.id for i in preview.items} == {shared.id, gone.id}
    result = ex.export_package(g, dossier_id(g), "Groen", "Gea", tmp_path / "p.raadspakket")
    assert result.preview == preview and result.sequence == 1
    assert ex.export_package(g, dossier_id(g), "Groen", "Gea", tmp_path / "q.raadspakket").sequence == 2


def test_merge_idempotent_conflict_resolution_and_undo(prepared: Path, tmp_path: Path, dump) -> None:  # type: ignore[no-untyped-def]
    g1, g2, clerk = (laptop(prepared, tmp_path / f"{n}.sqlite") for n in ("g1", "g2", "clerk"))
    a = note(g1, "Groen", "basis")
    ex.export_package(g1, dossier_id(g1), "Groen", "Gea", tmp_path / "base.raadspakket")
    share_key(g1, g2, "Groen", tmp_path)
    assert not ex.merge_packages(g2, [tmp_path / "base.raadspakket"])[0].refused
    edit(g1, a.id, "Groen", "versie van Gea")
    ann.delete_annotation(g2, a.id, faction="Groen")  # an edit against a deletion
    ex.export_package(g1, dossier_id(g1), "Groen", "Gea", tmp_path / "one.raadspakket")
    ex.export_package(g2, dossier_id(g2), "Groen", "Gijs", tmp_path / "two.raadspakket")
    trust(g1, clerk, "Groen", tmp_path)
    [r1] = ex.merge_packages(clerk, [tmp_path / "one.raadspakket"])
    assert (r1.new, r1.conflicts) == (1, 0)
    before_two = dump(clerk)
    [r2] = ex.merge_packages(clerk, [tmp_path / "two.raadspakket"])
    assert (r2.updated, r2.conflicts) == (1, 1)
    again = dump(clerk)
    [r3] = ex.merge_packages(clerk, [tmp_path / "two.raadspakket"])
    assert r3.status == "already_merged" and dump(clerk) == again
    [conflict] = ex.list_conflicts(clerk)
    assert conflict.item_id == a.id and len(conflict.heads) == 2 and conflict.base is not None
    assert {h["content"]["deleted"] for h in conflict.heads} == {True, False}
    # each version names who made it (the original author is Gea for both)
    assert {h["content"]["deleted"]: h["by"] for h in conflict.heads} == {False: "Gea (Groen)", True: "Gijs (Groen)"}
    # Undo the last merge: exactly as before it.
    ex.undo_last_merge(clerk)
    assert dump(clerk) == before_two
    ex.merge_packages(clerk, [tmp_path / "two.raadspakket"])
    with pytest.raises(UserFacingError) as err:
        ex.resolve_conflict(clerk, a.id, conflict.heads[0]["id"], faction="Rood")
    assert err.value.code == "not_owner"
    keep = next(h["id"] for h in conflict.heads if not h["content"]["deleted"])
    ex.resolve_conflict(clerk, a.id, keep)
    assert ex.list_conflicts(clerk) == []
    assert ann.get_annotation(clerk, a.id).body == "versie van Gea"
    with pytest.raises(UserFacingError) as err:
        ex.undo_last_merge(clerk)  # the resolution builds on it
    assert err.value.code == "undo_blocked"
    for s in (g1, g2, clerk):
        s.close()


def test_keys_fingerprint_secret_sharing_and_refusals(prepared: Path, tmp_path: Path) -> None:
    g1, g2, clerk = (laptop(prepared, tmp_path / f"{n}.sqlite") for n in ("g1", "g2", "clerk"))
    fp = ex.export_public_key(g1, "Groen", tmp_path / "groen.pub")
    assert len(fp.split()) == 6 and all(len(part) == 5 and part.isdigit() for part in fp.split())
    ex.export_secret_key(g1, "Groen", tmp_path / "groen.key", "lang wachtwoord")
    with pytest.raises(UserFacingError) as err:
        ex.import_secret_key(g2, tmp_path / "groen.key", "fout wachtwoord")
    assert err.value.code == "key_passphrase_wrong"
    assert ex.import_secret_key(g2, tmp_path / "groen.key", "lang wachtwoord") == ("Groen", fp)
    assert ex.faction_key_fingerprint(g2, "Groen") == fp
    assert ex.trust_public_key(clerk, tmp_path / "groen.pub") == ("Groen", fp)
    with pytest.raises(UserFacingError) as err:
        ex.trust_public_key(clerk, tmp_path / "groen.pub", "Rood")
    assert err.value.code == "key_other_faction"
    ex.export_public_key(laptop(prepared, tmp_path / "r.sqlite"), "Rood", tmp_path / "rood.pub")
    ex.trust_public_key(clerk, tmp_path / "rood.pub")
    for s in (g1, g2, clerk):
        s.close()


def test_a_colleague_without_the_secret_key_is_told(prepared: Path, tmp_path: Path) -> None:
    clerk = laptop(prepared, tmp_path / "clerk.sqlite")
    g1 = laptop(prepared, tmp_path / "g1.sqlite")
    trust(g1, clerk, "Groen", tmp_path)
    clerk.close()
    g2 = laptop(tmp_path / "clerk.sqlite", tmp_path / "g2.sqlite")  # the clerk's copy: public key only
    note(g2, "Groen", "x")
    with pytest.raises(UserFacingError) as err:
        ex.export_package(g2, dossier_id(g2), "Groen", "Gijs", tmp_path / "p.raadspakket")
    assert err.value.code == "key_secret_missing"


def test_matrix_counts_shared_live_annotations(prepared: Path, tmp_path: Path) -> None:
    g = laptop(prepared, tmp_path / "g.sqlite")
    note(g, "Groen", "a", number=2)
    note(g, "Groen", "b", number=2, visibility=Visibility.PRIVE)
    rows = {r["number"]: r for r in ex.matrix(g, dossier_id(g))}
    assert rows[2]["factions"]["Groen"]["zorg"] == 1 and rows[2]["factions"]["Rood"]["zorg"] == 0


def test_two_clerks_same_result_in_any_order(prepared: Path, tmp_path: Path) -> None:
    g, r = laptop(prepared, tmp_path / "g.sqlite"), laptop(prepared, tmp_path / "r.sqlite")
    note(g, "Groen", "g")
    note(r, "Rood", "r")
    ex.export_package(g, dossier_id(g), "Groen", "x", tmp_path / "g.raadspakket")
    ex.export_package(r, dossier_id(r), "Rood", "y", tmp_path / "r.raadspakket")
    clerks = [laptop(prepared, tmp_path / f"c{n}.sqlite") for n in range(2)]
    for c in clerks:
        trust(g, c, "Groen", tmp_path)
        trust(r, c, "Rood", tmp_path)
    ex.merge_packages(clerks[0], [tmp_path / "g.raadspakket", tmp_path / "r.raadspakket"])
    ex.merge_packages(clerks[1], [tmp_path / "r.raadspakket", tmp_path / "g.raadspakket"])
    assert canonical_dump(clerks[0]) == canonical_dump(clerks[1])


def test_amendments_travel_with_provisional_numbers_and_the_griffie_numbers_them_once_submitted(
    prepared: Path, tmp_path: Path
) -> None:
    """Two factions each write their first amendment offline ("G-1", "R-1"); the griffie gives an
    official number only to a submitted one, in the order it first merges them, and never again."""
    from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation
    from raadsviewer.services import amendments as am
    from raadsviewer.services.roles import set_owner_member

    g, r = laptop(prepared, tmp_path / "g.sqlite"), laptop(prepared, tmp_path / "r.sqlite")
    set_owner_member(g, "Groen", "Gea")
    set_owner_member(r, "Rood", "Ruud")
    draft = AmendmentDraft(
        title="Toegang",
        operation=AmendmentOperation.VERVANGEN,
        old_text="Versterken toegangstaak",
        new_text="Versterken onafhankelijke toegang",
        principle_number=7,
    )
    a_g = am.add_amendment(g, dossier_id=dossier_id(g), faction="Groen", member="Gea", draft=draft)
    a_r = am.add_amendment(
        r,
        dossier_id=dossier_id(r),
        faction="Rood",
        member="Ruud",
        draft=AmendmentDraft(
            title="Schrappen",
            operation=AmendmentOperation.SCHRAPPEN,
            old_text="Wet normering topinkomens",
            principle_number=12,
        ),
    )
    assert (a_g.number, a_g.label, a_r.number, a_r.label) == (0, "Groen-1", 0, "Rood-1")
    ex.export_package(g, dossier_id(g), "Groen", "Gea", tmp_path / "g.raadspakket")
    ex.export_package(r, dossier_id(r), "Rood", "Ruud", tmp_path / "r.raadspakket")
    clerk = laptop(prepared, tmp_path / "clerk.sqlite")
    trust(g, clerk, "Groen", tmp_path)
    trust(r, clerk, "Rood", tmp_path)
    reports = ex.merge_packages(clerk, [tmp_path / "g.raadspakket", tmp_path / "r.raadspakket"])
    assert all(not rep.refused for rep in reports), [rep.reason for rep in reports]
    merged = {a.id: a for a in am.list_amendments(clerk, dossier_id(clerk))}
    assert {a.label for a in merged.values()} == {"Groen-1", "Rood-1"}  # concepts: not numbered yet
    got = merged[a_g.id]
    assert (got.old_text, got.new_text, got.faction_name) == (a_g.old_text, a_g.new_text, "Groen")
    am.submit_amendment(r, a_r.id, faction="Rood")
    am.submit_amendment(g, a_g.id, faction="Groen")
    assert am.get_amendment(g, a_g.id).number == 0  # a faction does not number
    ex.export_package(r, dossier_id(r), "Rood", "Ruud", tmp_path / "r2.raadspakket")
    ex.export_package(g, dossier_id(g), "Groen", "Gea", tmp_path / "g2.raadspakket")
    [rr] = ex.merge_packages(clerk, [tmp_path / "r2.raadspakket"])
    [rg] = ex.merge_packages(clerk, [tmp_path / "g2.raadspakket"])
    assert (rr.numbered, rg.numbered) == (["A1"], ["A2"])
    assert am.get_amendment(clerk, a_r.id).label == "A1" and am.get_amendment(clerk, a_g.id).label == "A2"
    for s in (g, r, clerk):
        s.close()


def test_the_cycle_collector_waits_while_a_package_merges_and_runs_again_after(
    prepared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    g, clerk = laptop(prepared, tmp_path / "g.sqlite"), laptop(prepared, tmp_path / "c.sqlite")
    note(g, "Groen", "gedeeld")
    ex.export_package(g, dossier_id(g), "Groen", "Gea", tmp_path / "p.raadspakket")
    trust(g, clerk, "Groen", tmp_path)
    seen: list[bool] = []
    merge_one = ex._merge_one

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return merge_one(*args, **kwargs)

    monkeypatch.setattr(ex, "_merge_one", watched)
    assert gc.isenabled()
    [report] = ex.merge_packages(clerk, [tmp_path / "p.raadspakket"])
    assert report.status == "merged" and seen == [False] and gc.isenabled()
    (tmp_path / "kapot.raadspakket").write_bytes(b"PK\x03\x04 geen pakket")  # refused while paused
    again, broken = ex.merge_packages(clerk, [tmp_path / "p.raadspakket", tmp_path / "kapot.raadspakket"])
    assert again.status == "already_merged" and broken.refused and seen == [False, False] and gc.isenabled()
    with ex._collector_paused():  # nested: the inner end does not resume it, the outer one does
        with ex._collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()  # paused by someone else: a merge leaves it so
    try:
        with ex._collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_merge_whose_amendment_was_voted_on_since_is_not_undone(prepared: Path, tmp_path: Path, dump) -> None:  # type: ignore[no-untyped-def]
    """The griffie merges a faction's submitted amendment, numbers it A1 and records the vote on it;
    Ctrl+Z then (meant for the vote) must not take the merge back: that would delete A1 with the
    council's outcome and votes. The undo is refused with the reason, and the store stays as it was."""
    from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation
    from raadsviewer.domain.votes import FactionVote, Vote
    from raadsviewer.services import amendments as am
    from raadsviewer.services import procedure
    from raadsviewer.services.roles import set_owner_member

    g = laptop(prepared, tmp_path / "g.sqlite")
    set_owner_member(g, "Groen", "Gea")
    draft = AmendmentDraft(
        title="Toegang",
        operation=AmendmentOperation.VERVANGEN,
        old_text="Versterken toegangstaak",
        new_text="Versterken onafhankelijke toegang",
        principle_number=7,
    )
    a = am.add_amendment(g, dossier_id=dossier_id(g), faction="Groen", member="Gea", draft=draft)
    am.submit_amendment(g, a.id, faction="Groen")
    ex.export_package(g, dossier_id(g), "Groen", "Gea", tmp_path / "g.raadspakket")
    clerk = laptop(prepared, tmp_path / "clerk.sqlite")
    trust(g, clerk, "Groen", tmp_path)
    [report] = ex.merge_packages(clerk, [tmp_path / "g.raadspakket"])
    assert report.numbered == ["A1"]
    procedure.set_status(
        clerk, dossier_id(clerk), "A1", None, [FactionVote("Groen", Vote.VOOR), FactionVote("Rood", Vote.TEGEN)]
    )
    voted = dump(clerk)
    with pytest.raises(UserFacingError) as err:
        ex.undo_last_merge(clerk)
    assert err.value.code == "undo_blocked_decided" and "A1" in err.value.message("nl")
    assert "A1" in err.value.message("en") and "vote" in err.value.message("en")
    assert dump(clerk) == voted
    assert am.get_amendment(clerk, a.id).status.value in ("aangenomen", "verworpen")
    for s in (g, clerk):
        s.close()


def test_one_undo_of_several_merged_packages_takes_back_all_or_none(prepared: Path, tmp_path: Path, dump) -> None:  # type: ignore[no-untyped-def]
    """The window merges several packages as one step. Its undo, when the first package's
    amendment has been voted on since, is refused for all of them: the later packages are not
    taken back behind a message that nothing could be undone (and given new numbers when merged
    again). Without such a vote the one step takes them all back."""
    from raadsviewer.domain.model import AmendmentDraft, AmendmentOperation
    from raadsviewer.domain.votes import FactionVote, Vote
    from raadsviewer.services import amendments as am
    from raadsviewer.services import procedure
    from raadsviewer.services.roles import set_owner_member

    g = laptop(prepared, tmp_path / "g.sqlite")
    set_owner_member(g, "Groen", "Gea")
    draft = AmendmentDraft(
        title="Toegang",
        operation=AmendmentOperation.VERVANGEN,
        old_text="Versterken toegangstaak",
        new_text="Versterken onafhankelijke toegang",
        principle_number=7,
    )
    a = am.add_amendment(g, dossier_id=dossier_id(g), faction="Groen", member="Gea", draft=draft)
    am.submit_amendment(g, a.id, faction="Groen")
    ex.export_package(g, dossier_id(g), "Groen", "Gea", tmp_path / "g.raadspakket")
    r = laptop(prepared, tmp_path / "r.sqlite")
    set_owner_member(r, "Rood", "Ruud")
    note(r, "Rood", "Rood zegt iets")
    ex.export_package(r, dossier_id(r), "Rood", "Ruud", tmp_path / "r.raadspakket")
    clerk = laptop(prepared, tmp_path / "clerk.sqlite")
    trust(g, clerk, "Groen", tmp_path)
    trust(r, clerk, "Rood", tmp_path)
    packages = [tmp_path / "g.raadspakket", tmp_path / "r.raadspakket"]
    assert [p.status for p in ex.merge_packages(clerk, packages)] == ["merged", "merged"]
    procedure.set_status(
        clerk, dossier_id(clerk), "A1", None, [FactionVote("Groen", Vote.VOOR), FactionVote("Rood", Vote.TEGEN)]
    )
    voted = dump(clerk)
    with pytest.raises(UserFacingError) as err:
        ex.undo_last_merges(clerk, 2)
    assert err.value.code == "undo_blocked_decided"
    assert dump(clerk) == voted  # Rood's package too is still merged
    assert len(ex.merge_log(clerk)) == 2

    again = laptop(prepared, tmp_path / "clerk2.sqlite")
    trust(g, again, "Groen", tmp_path)
    trust(r, again, "Rood", tmp_path)
    before = dump(again)
    ex.merge_packages(again, packages)
    assert [u["ordinal"] for u in ex.undo_last_merges(again, 2)] == [2, 1]
    after = dump(again)
    for kept in ("number_counter", "given_number"):  # a number once given stays given, to its item
        after.pop(kept), before.pop(kept)
    assert after == before and ex.merge_log(again) == []
    for s in (g, r, clerk, again):
        s.close()


def test_a_store_that_refuses_the_export_leaves_no_package_behind(prepared: Path, tmp_path: Path) -> None:
    """The store turned read-only as the export is logged: it was told "niets veranderd" with the
    package already written (a package its own log never heard of, its number given again)."""
    from sqlalchemy import event

    g = laptop(prepared, tmp_path / "g.sqlite")
    note(g, "Groen", "gedeeld")

    def read_only(_conn, cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("INSERT INTO export_log"):
            cursor.execute("PRAGMA query_only=ON")

    event.listen(g.engine, "before_cursor_execute", read_only)
    with pytest.raises(UserFacingError) as err:
        ex.export_package(g, dossier_id(g), "Groen", "Gea", tmp_path / "p.raadspakket")
    assert err.value.code == "store_read_only" and not (tmp_path / "p.raadspakket").exists()
    event.remove(g.engine, "before_cursor_execute", read_only)
    g.engine.dispose()  # the connection that was made read-only
    assert ex.export_package(g, dossier_id(g), "Groen", "Gea", tmp_path / "p.raadspakket").sequence == 1


def _clerk_with_a_conflict(prepared: Path, tmp_path: Path) -> tuple[object, object, str]:
    g1, g2, clerk, item = two_versions(prepared, tmp_path)
    ex.merge_packages(clerk, [tmp_path / "one.raadspakket", tmp_path / "two.raadspakket"])
    g2.close()
    return g1, clerk, item


def test_a_conflicts_resolution_is_taken_back_exactly(prepared: Path, tmp_path: Path, dump) -> None:  # type: ignore[no-untyped-def]
    g1, clerk, item = _clerk_with_a_conflict(prepared, tmp_path)
    [conflict] = ex.list_conflicts(clerk)
    before = dump(clerk)
    gijs = next(h["id"] for h in conflict.heads if h["content"]["body"] == "versie van Gijs")
    chosen = ex.resolve_conflict(clerk, item, gijs)  # the wrong one
    assert ex.list_conflicts(clerk) == [] and ann.get_annotation(clerk, item).body == "versie van Gijs"
    ex.undo_resolution(clerk, item, chosen)
    assert dump(clerk) == before  # the rows, the revisions and the search index as before the choice
    [again] = ex.list_conflicts(clerk)
    assert again.item_id == item and {h["id"] for h in again.heads} == {h["id"] for h in conflict.heads}
    gea = next(h["id"] for h in again.heads if h["content"]["body"] == "versie van Gea")
    ex.resolve_conflict(clerk, item, gea)
    assert ann.get_annotation(clerk, item).body == "versie van Gea"
    with pytest.raises(UserFacingError) as err:
        ex.undo_resolution(clerk, item, gea)  # a version of a faction's, no resolution
    assert err.value.code == "resolution_not_found"
    for s in (g1, clerk):
        s.close()


def test_a_resolution_built_on_or_sent_stays(prepared: Path, tmp_path: Path, dump) -> None:  # type: ignore[no-untyped-def]
    """A faction resolving its own conflict: an edit after it, or a package sent since, keeps it."""
    for case in ("edited", "sent"):
        (tmp_path / case).mkdir()
        g1, clerk, item = _clerk_with_a_conflict(prepared, tmp_path / case)
        ex.merge_packages(g1, [tmp_path / case / "two.raadspakket"])
        [own] = ex.list_conflicts(g1)
        mine = ex.resolve_conflict(g1, item, own.heads[0]["id"], faction="Groen")
        if case == "edited":
            edit(g1, item, "Groen", "en verder")
        else:
            ex.export_package(g1, dossier_id(g1), "Groen", "Gea", tmp_path / case / "three.raadspakket")
        kept = dump(g1)
        with pytest.raises(UserFacingError) as err:
            ex.undo_resolution(g1, item, mine, faction="Groen")
        assert err.value.code == ("resolution_built_on" if case == "edited" else "resolution_shared")
        assert dump(g1) == kept and "niets veranderd" in err.value.message("nl")
        with pytest.raises(UserFacingError) as err:
            ex.undo_resolution(g1, item, mine, faction="Rood")
        assert err.value.code == "not_owner"
        for s in (g1, clerk):
            s.close()
