"""Principle-passage links travel in faction packages, with the laws of annotations."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from raadsviewer.domain import merge as M
from raadsviewer.domain import package as P
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.services import exchange as ex
from raadsviewer.services import keys
from raadsviewer.services import links as svc
from raadsviewer.services.factions import faction_row
from tests.services.test_exchange_support import canonical_dump, dossier_id, laptop, note, prepare, trust


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return prepare(tmp_path_factory.mktemp("prepared"))


def _confirm(store, faction: str, number: int = 7, which: int = 0) -> svc.Link:  # type: ignore[no-untyped-def]
    d = dossier_id(store)
    [pl] = svc.ranked_links(store, d, number)
    p = pl.passages[which]
    return svc.confirm_link(store, d, number, p.document_id, p.start, p.end, faction=faction, member="Gea")


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def test_a_confirmed_link_travels_merges_once_and_is_undone(prepared: Path, tmp_path: Path, dump) -> None:  # type: ignore[no-untyped-def]
    groen, clerk = laptop(prepared, tmp_path / "g.sqlite"), laptop(prepared, tmp_path / "c.sqlite")
    d = dossier_id(groen)
    link = _confirm(groen, "Groen")
    gone = _confirm(groen, "Groen", which=1)
    svc.delete_link(groen, gone.id, faction="Groen")  # a tombstone travels too
    preview = ex.export_preview(groen, d, "Groen")
    assert preview.links == 2 and {i.id for i in preview.items if i.kind == ex.LINK} == {link.id, gone.id}
    pkg = tmp_path / "groen.raadspakket"
    ex.export_package(groen, d, "Groen", "Gea", pkg)
    read = P.read(pkg.read_bytes())
    assert {r.item_id for r in read.links} == {link.id, gone.id} and len(read.links) == 3
    assert P.LINKS in read.manifest["parts"] and read.manifest["counts"]["links"] == 2

    trust(groen, clerk, "Groen", tmp_path)
    before = dump(clerk)
    [report] = ex.merge_packages(clerk, [pkg])
    assert not report.refused and report.new == 2 and report.conflicts == 0
    merged = {x.id: x for x in svc.list_links(clerk, d, include_deleted=True)}
    assert merged[link.id].version == link.version and merged[link.id].revision_id == link.revision_id
    assert merged[link.id].faction_name == "Groen" and merged[link.id].status == "confirmed"
    assert merged[gone.id].deleted and merged[gone.id].version == 2
    [seven] = svc.ranked_links(clerk, d, 7)
    first = seven.passages[0]
    assert first.confirmed_by == ("Groen",) and link.id in first.link_ids
    assert not any(gone.id in p.link_ids for p in seven.passages)
    # the same rows on both sides (same ids, versions, revisions)
    assert canonical_dump(clerk)["passage_link"] == canonical_dump(groen)["passage_link"]
    assert canonical_dump(clerk)["passage_link_revision"] == canonical_dump(groen)["passage_link_revision"]

    after = dump(clerk)
    [again] = ex.merge_packages(clerk, [pkg])
    assert again.status == "already_merged" and dump(clerk) == after

    ex.undo_last_merge(clerk)
    assert svc.list_links(clerk, d, include_deleted=True) == []
    assert dump(clerk) == before
    groen.close()
    clerk.close()


def test_links_are_merged_commutatively_and_conflicts_are_heads(prepared: Path, tmp_path: Path) -> None:
    g1, g2 = laptop(prepared, tmp_path / "g1.sqlite"), laptop(prepared, tmp_path / "g2.sqlite")
    c1, c2 = laptop(prepared, tmp_path / "c1.sqlite"), laptop(prepared, tmp_path / "c2.sqlite")
    d = dossier_id(g1)
    link = _confirm(g1, "Groen")
    note(g1, "Groen", "een gedeelde noot")
    ex.export_package(g1, d, "Groen", "Gea", tmp_path / "base.raadspakket")
    path = tmp_path / "groen.key"
    ex.export_secret_key(g1, "Groen", path, "geheim wachtwoord")
    ex.import_secret_key(g2, path, "geheim wachtwoord")
    ex.merge_packages(g2, [tmp_path / "base.raadspakket"])
    svc.delete_link(g1, link.id, faction="Groen")  # one deletes, the other removes: two heads
    [seven] = svc.ranked_links(g2, d, 7)
    p = seven.passages[0]
    svc.remove_link(g2, d, 7, p.document_id, p.start, p.end, faction="Groen")
    ex.export_package(g1, d, "Groen", "Gea", tmp_path / "one.raadspakket")
    ex.export_package(g2, d, "Groen", "Gijs", tmp_path / "two.raadspakket")
    for clerk in (c1, c2):
        trust(g1, clerk, "Groen", tmp_path)
    one, two = tmp_path / "one.raadspakket", tmp_path / "two.raadspakket"
    ex.merge_packages(c1, [one, two])
    ex.merge_packages(c2, [two, one])
    assert canonical_dump(c1) == canonical_dump(c2)
    [conflict] = [c for c in ex.list_conflicts(c1) if c.kind == ex.LINK]
    assert conflict.item_id == link.id and len(conflict.heads) == 2
    keep = next(h["id"] for h in conflict.heads if h["content"]["status"] == "removed")
    ex.resolve_conflict(c1, link.id, keep)
    assert [c for c in ex.list_conflicts(c1) if c.kind == ex.LINK] == []
    [live] = svc.list_links(c1, d)
    assert live.id == link.id and live.status == "removed" and live.version == 3
    for s in (g1, g2, c1, c2):
        s.close()


def test_a_package_with_another_factions_link_is_refused(prepared: Path, tmp_path: Path, dump) -> None:  # type: ignore[no-untyped-def]
    """Rood signs a package holding a link that Groen owns (in Rood's manifest and as Rood's
    content the package checks fail; so the link is claimed as Rood's but exists as Groen's)."""
    groen, rood, clerk = (laptop(prepared, tmp_path / f"{n}.sqlite") for n in ("g", "r", "c"))
    d = dossier_id(groen)
    link = _confirm(groen, "Groen")
    ex.export_package(groen, d, "Groen", "Gea", tmp_path / "groen.raadspakket")
    trust(groen, clerk, "Groen", tmp_path)
    ex.merge_packages(clerk, [tmp_path / "groen.raadspakket"])
    ex.export_package(rood, d, "Rood", "Ria", tmp_path / "rood.raadspakket")  # makes Rood's key
    trust(rood, clerk, "Rood", tmp_path)

    with rood.session() as session:
        rood_id = faction_row(session, "Rood").id
        key = keys.signing_key(session, faction_row(session, "Rood"), create=False)
    public = keys._raw_public(key.public_key())  # noqa: SLF001
    members = _members((tmp_path / "rood.raadspakket").read_bytes())
    manifest = json.loads(members[P.MANIFEST])
    [groen_rev] = P.read((tmp_path / "groen.raadspakket").read_bytes()).links
    content = {**groen_rev.content, "faction_id": rood_id, "version": 2}
    stolen = M.make_revision(link.id, [groen_rev.id], content)  # an edit of Groen's link, as Rood
    for k in ("parts", "format", "format_version"):
        manifest.pop(k)
    data = P.build(manifest, [], [], key.sign, public, links=[stolen])

    before = dump(clerk)
    with pytest.raises(UserFacingError) as err:
        ex.merge_package_bytes(clerk, data)
    assert err.value.code == "package_foreign_item"
    assert dump(clerk) == before

    # and one whose link content names another faction than the manifest is refused on reading
    with pytest.raises(UserFacingError) as err:
        P.read(P.build(manifest, [], [], key.sign, public, links=[groen_rev]))
    assert err.value.code == "package_foreign_item"
    assert dump(clerk) == before
    for s in (groen, rood, clerk):
        s.close()


def test_a_package_without_links_is_the_old_format(prepared: Path, tmp_path: Path) -> None:
    groen = laptop(prepared, tmp_path / "g.sqlite")
    note(groen, "Groen", "alleen een noot")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", tmp_path / "p.raadspakket")
    data = (tmp_path / "p.raadspakket").read_bytes()
    assert set(_members(data)) == {P.MANIFEST, P.SIGNATURE, P.ANNOTATIONS, P.AMENDMENTS}
    manifest = json.loads(_members(data)[P.MANIFEST])
    assert manifest["format_version"] == 1 and set(manifest["parts"]) == {P.ANNOTATIONS, P.AMENDMENTS}
    assert P.read(data).links == ()
    groen.close()


def test_links_json_must_match_the_manifest(prepared: Path, tmp_path: Path) -> None:
    groen = laptop(prepared, tmp_path / "g.sqlite")
    _confirm(groen, "Groen")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", tmp_path / "p.raadspakket")
    members = _members((tmp_path / "p.raadspakket").read_bytes())

    def zip_of(m: dict[str, bytes]) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, blob in m.items():
                zf.writestr(name, blob)
        return buf.getvalue()

    without = {n: b for n, b in members.items() if n != P.LINKS}
    with pytest.raises(UserFacingError) as err:
        P.read(zip_of(without))
    assert err.value.code == "package_invalid"
    tampered = dict(members)
    tampered[P.LINKS] = members[P.LINKS].replace(b'"confirmed"', b'"removed"')
    with pytest.raises(UserFacingError) as err:
        P.read(zip_of(tampered))
    assert err.value.code == "package_damaged"
    groen.close()
