"""Hostile and broken packages: each is refused with a clear message and the store is unchanged."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from raadsviewer.domain import merge as M
from raadsviewer.domain import package as P
from raadsviewer.messages import MESSAGES
from raadsviewer.services import exchange as ex
from raadsviewer.storage.models import AnnotationRow, FactionKeyRow
from tests.bounds import bounded
from tests.services.test_exchange_support import dossier_id, edit, laptop, note, prepare, trust


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return prepare(tmp_path_factory.mktemp("prepared"))


@pytest.fixture
def world(prepared: Path, tmp_path: Path) -> dict[str, Any]:
    """Groen's and Rood's laptops with notes, a clerk who trusts both and holds Rood's items."""
    groen, rood, clerk = (laptop(prepared, tmp_path / f"{n}.sqlite") for n in ("groen", "rood", "clerk"))
    g1 = note(groen, "Groen", "Groen vindt dit zorgelijk")
    edit(groen, g1.id, "Groen", "Groen vindt dit heel zorgelijk")
    r1 = note(rood, "Rood", "Rood steunt dit")
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", tmp_path / "groen.raadspakket")
    ex.export_package(rood, dossier_id(rood), "Rood", "Ruud", tmp_path / "rood.raadspakket")
    trust(groen, clerk, "Groen", tmp_path)
    trust(rood, clerk, "Rood", tmp_path)
    assert not ex.merge_packages(clerk, [tmp_path / "rood.raadspakket"])[0].refused
    yield {
        "groen": groen,
        "rood": rood,
        "clerk": clerk,
        "dir": tmp_path,
        "g1": g1,
        "r1": r1,
        "package": (tmp_path / "groen.raadspakket").read_bytes(),
    }
    for s in (groen, rood, clerk):
        s.close()


def secret(store, faction_name: str) -> Ed25519PrivateKey:  # type: ignore[no-untyped-def]
    from raadsviewer.services.factions import faction_row

    with store.session() as session:
        row = session.get(FactionKeyRow, faction_row(session, faction_name).id)
        key = serialization.load_pem_private_key(row.secret_pem.encode(), password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


def parts(data: bytes) -> dict[str, Any]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: json.loads(zf.read(n)) for n in zf.namelist()}


def rebuild(data: bytes, key: Ed25519PrivateKey, change: Callable[[dict, list, list], None]) -> bytes:
    """The package with manifest/revisions changed and properly signed again with ``key``."""
    p = parts(data)
    manifest = p[P.MANIFEST]
    anns = p[P.ANNOTATIONS]["revisions"]
    amds = p[P.AMENDMENTS]["revisions"]
    change(manifest, anns, amds)
    to_rev = lambda r: M.Revision(r["id"], r["item_id"], tuple(r["parents"]), r["content"])  # noqa: E731
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    return P.build(manifest, [to_rev(r) for r in anns], [to_rev(r) for r in amds], key.sign, public)


def rehash(rev: dict) -> None:
    rev["id"] = M.compute_id(rev["parents"], rev["content"])


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def signed_manifest_zip(manifest: dict, key: Ed25519PrivateKey, extra: dict[str, bytes] | None = None) -> bytes:
    raw = P.canonical_bytes(manifest)
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    sig = P.canonical_bytes({"algorithm": "ed25519", "public_key": public, "signature": key.sign(raw).hex()})
    return zip_of({P.MANIFEST: raw, P.SIGNATURE: sig, **(extra or {})})


def _set_content(field: str, value: Any, *, honest: bool = True) -> Callable[[dict, list, list], None]:
    def change(_m: dict, anns: list, _a: list) -> None:
        anns[-1]["content"][field] = value
        if honest:
            rehash(anns[-1])

    return change


# Each case: (name, make(world) -> bytes, expected code)
def _truncated(w):
    return w["package"][: len(w["package"]) // 2]  # noqa: E704


def _not_a_package(w):
    return b"Dit is een brief aan de raad, geen pakket.\n" * 20  # noqa: E704


def _empty(w):
    return b""  # noqa: E704


def _zip_without_manifest(w):
    return zip_of({"annotations.json": b"{}"})  # noqa: E704


def _format_version(version: Any) -> Callable[[dict], bytes]:
    def make(w: dict) -> bytes:
        m = parts(w["package"])[P.MANIFEST]
        m["format_version"] = version
        return signed_manifest_zip(m, secret(w["groen"], "Groen"))

    return make


def _damaged_part(w):
    with zipfile.ZipFile(io.BytesIO(w["package"])) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members[P.ANNOTATIONS] = members[P.ANNOTATIONS].replace(b"heel zorgelijk", b"HEEL zorgelijk")
    return zip_of(members)


def _bad_signature(w):
    with zipfile.ZipFile(io.BytesIO(w["package"])) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members[P.MANIFEST] = members[P.MANIFEST].replace(b'"Gea"', b'"Eva"')
    return zip_of(members)


def _missing_signature(w):
    with zipfile.ZipFile(io.BytesIO(w["package"])) as zf:
        return zip_of({n: zf.read(n) for n in zf.namelist() if n != P.SIGNATURE})


def _unknown_key(w):
    return rebuild(w["package"], Ed25519PrivateKey.generate(), lambda m, a, b: None)


def _other_factions_key(w):  # Rood's key signing a package that says it is Groen's
    return rebuild(w["package"], secret(w["rood"], "Rood"), lambda m, a, b: None)


def _claims_other_faction(w):  # Groen's key, manifest claims Rood
    def change(m, anns, _b):
        with w["rood"].session() as s:
            from raadsviewer.services.factions import faction_row

            rood = faction_row(s, "Rood").id
        m["faction"] = {"id": rood, "name": "Rood"}
        for r in anns:
            r["content"]["faction_id"] = rood
            rehash(r)

    return rebuild(w["package"], secret(w["groen"], "Groen"), change)


def _another_factions_item(w):  # an item owned by Groen in the content, but Rood's item id
    def change(_m, anns, _b):
        rev = json.loads(json.dumps(anns[0]))
        rev["content"]["annotation_id"] = w["r1"].id
        rev["item_id"] = w["r1"].id
        rev["parents"] = []
        rehash(rev)
        anns.append(rev)

    return rebuild(w["package"], secret(w["groen"], "Groen"), change)


def _edit_of_another_factions_item(w):  # a revision on Rood's item, with Rood as faction
    def change(_m, anns, _b):
        with w["clerk"].session() as s:
            row = s.get(AnnotationRow, w["r1"].id)
            content = json.loads(
                s.scalar(
                    select(
                        __import__("raadsviewer.storage.models", fromlist=["x"]).AnnotationRevisionRow.content_json
                    ).where(
                        __import__("raadsviewer.storage.models", fromlist=["x"]).AnnotationRevisionRow.id
                        == row.revision_id
                    )
                )
            )
            parent = row.revision_id
        content["body"] = "overgenomen door Groen"
        content["version"] += 1
        rev = {"id": "", "item_id": w["r1"].id, "parents": [parent], "content": content}
        rehash(rev)
        anns.append(rev)

    return rebuild(w["package"], secret(w["groen"], "Groen"), change)


def _item_of_another_kind(w):  # an amendment with the id of an annotation the clerk holds
    def change(_m, anns, amds):
        c = anns[0]["content"]
        content = {
            **{k: c[k] for k in ("dossier_id", "faction_id", "author", "created_at", "updated_at")},
            **dict.fromkeys(("principle_id", "document_id", "quote", "quote_prefix", "quote_suffix"), None),
            **dict.fromkeys(("quote_start", "quote_end", "parent_id"), None),
            "amendment_id": w["r1"].id,
            "number": 1,
            "title": "Schrappen",
            "betreft": "",
            "operation": "schrappen",
            "old_text": "jeugdhulp",
            "new_text": "",
            "rationale": "",
            "cosigners": [],
            "status": "concept",
            "votes": [],
            "deleted": False,
            "version": 1,
        }
        rev = {"id": "", "item_id": w["r1"].id, "parents": [], "content": content}
        rehash(rev)
        amds.append(rev)

    return rebuild(w["package"], secret(w["groen"], "Groen"), change)


def _reused_revision_id(w):
    def change(_m, anns, _b):
        anns[-1]["content"]["body"] = "andere inhoud, zelfde id"

    return rebuild(w["package"], secret(w["groen"], "Groen"), change)


def _missing_parent(w):
    def change(_m, anns, _b):
        anns[-1]["parents"] = ["ab" * 32]
        rehash(anns[-1])

    return rebuild(w["package"], secret(w["groen"], "Groen"), change)


def _cycle(w):  # two revisions each other's parent: only possible with ids that lie
    def change(_m, anns, _b):
        a, b = anns[0], anns[1]
        a["parents"], b["parents"] = [b["id"]], [a["id"]]

    return rebuild(w["package"], secret(w["groen"], "Groen"), change)


def _bad_uuid(w):
    def change(_m, anns, _b):
        for r in anns:
            r["content"]["annotation_id"] = r["item_id"] = "not-a-uuid'; DROP TABLE annotation;--"
            rehash(r)

    return rebuild(w["package"], secret(w["groen"], "Groen"), change)


def _non_utf8(w):
    with zipfile.ZipFile(io.BytesIO(w["package"])) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    raw = members[P.ANNOTATIONS].replace(b"zorgelijk", "zorgelijk".encode("utf-16-le"))
    raw = raw.replace(b"Groen vindt", b"Gr\xe9\xff vindt")
    manifest = json.loads(members[P.MANIFEST])
    manifest["parts"][P.ANNOTATIONS] = P.sha256(raw)
    return signed_manifest_zip(
        manifest, secret(w["groen"], "Groen"), {P.ANNOTATIONS: raw, P.AMENDMENTS: members[P.AMENDMENTS]}
    )


def _big_field_declared(w):
    """A part that inflates to 200 MB: refused from the zip directory, before it is inflated."""
    key = secret(w["groen"], "Groen")
    m = parts(w["package"])[P.MANIFEST]
    raw = P.canonical_bytes(m)
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    sig = P.canonical_bytes({"algorithm": "ed25519", "public_key": public, "signature": key.sign(raw).hex()})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(P.MANIFEST, raw)
        zf.writestr(P.SIGNATURE, sig)
        info = zipfile.ZipInfo(P.ANNOTATIONS)
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as fh:
            fh.write(b'{"revisions":[{"body":"')
            chunk = b"a" * (1024 * 1024)
            for _ in range(200):
                fh.write(chunk)
            fh.write(b'"}]}')
    return buffer.getvalue()


def _bomb_small(w):
    """20 MB of spaces in a few kB: refused by the inflation ratio before it is inflated."""
    key = secret(w["groen"], "Groen")
    m = parts(w["package"])[P.MANIFEST]
    return signed_manifest_zip(m, key, {P.ANNOTATIONS: b" " * (20 * 1024 * 1024), P.AMENDMENTS: b"{}"})


def _long_field(w):  # a body over the limit (100 000 characters), within the part size
    return rebuild(w["package"], secret(w["groen"], "Groen"), _set_content("body", "x" * 100_001))


def _nul(w):
    return rebuild(w["package"], secret(w["groen"], "Groen"), _set_content("body", "voor\x00na"))


def _lone_surrogate(w):  # valid JSON ("\\ud800"), but no valid Unicode: SQLite could not store it
    return _raw_part_change(w, b"Groen vindt", b"\\ud800 vindt")


def _raw_part_change(w, old: bytes, new: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(w["package"])) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    raw = members[P.ANNOTATIONS].replace(old, new)
    assert raw != members[P.ANNOTATIONS]
    manifest = json.loads(members[P.MANIFEST])
    manifest["parts"][P.ANNOTATIONS] = P.sha256(raw)
    return signed_manifest_zip(
        manifest, secret(w["groen"], "Groen"), {P.ANNOTATIONS: raw, P.AMENDMENTS: members[P.AMENDMENTS]}
    )


def _nested_deeply(w):  # valid JSON, nested deeper than any decoder goes (a RecursionError inside)
    with zipfile.ZipFile(io.BytesIO(w["package"])) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    raw = b'{"revisions":[' + b"[" * 200_000 + b"]" * 200_000 + b"]}"
    manifest = json.loads(members[P.MANIFEST])
    manifest["parts"][P.ANNOTATIONS] = P.sha256(raw)
    manifest.get("sizes", {}).pop(P.ANNOTATIONS, None)
    return signed_manifest_zip(
        manifest, secret(w["groen"], "Groen"), {P.ANNOTATIONS: raw, P.AMENDMENTS: members[P.AMENDMENTS]}
    )


def _path_traversal(w):
    with zipfile.ZipFile(io.BytesIO(w["package"])) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["../../etc/evil.json"] = b"{}"
    return zip_of(members)


def _absolute_path(w):
    with zipfile.ZipFile(io.BytesIO(w["package"])) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["/tmp/evil.json"] = b"{}"
    return zip_of(members)


def _side_files(w):
    with zipfile.ZipFile(io.BytesIO(w["package"])) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["store.sqlite-wal"] = b"\0" * 100
    return zip_of(members)


def _absurd_timestamp(w):
    return rebuild(w["package"], secret(w["groen"], "Groen"), _set_content("updated_at", "9999-12-31T23:59:59"))


def _ancient_timestamp(w):
    return rebuild(w["package"], secret(w["groen"], "Groen"), _set_content("created_at", "0001-01-01T00:00:00"))


def _garbage_timestamp(w):
    return rebuild(w["package"], secret(w["groen"], "Groen"), _set_content("created_at", "gisteren"))


def _other_dossier(w):
    def change(m, anns, _b):
        m["dossier"] = {"id": "00000000-0000-4000-8000-000000000000", "title": "Begroting 2027"}
        for r in anns:
            r["content"]["dossier_id"] = m["dossier"]["id"]
            rehash(r)

    return rebuild(w["package"], secret(w["groen"], "Groen"), change)


def _own_dossier_of_the_same_title(w):
    """Made on a laptop that imported the documents itself: a dossier of its own, the title the same."""

    def change(m, anns, _b):
        m["dossier"] = {"id": "00000000-0000-4000-8000-00000000000d", "title": m["dossier"]["title"]}
        for r in anns:
            r["content"]["dossier_id"] = m["dossier"]["id"]
            rehash(r)

    return rebuild(w["package"], secret(w["groen"], "Groen"), change)


def _a_dossier_file(w):
    """The griffie's dossier file where a package was expected."""
    from raadsviewer.services import dossier as dossier_service
    from raadsviewer.services.roles import set_owner_griffie

    clerk = w["clerk"]
    set_owner_griffie(clerk)
    path = w["dir"] / "jeugd.raadsdossier"
    dossier_service.export_dossier(clerk, dossier_id(clerk), path)
    return path.read_bytes()


def _item_of_other_dossier(w):
    return rebuild(
        w["package"], secret(w["groen"], "Groen"), _set_content("dossier_id", "00000000-0000-4000-8000-000000000000")
    )


def _wrong_stance(w):
    return rebuild(w["package"], secret(w["groen"], "Groen"), _set_content("stance", "woedend"))


def _extra_field(w):
    return rebuild(w["package"], secret(w["groen"], "Groen"), _set_content("is_admin", True))


def _bool_as_version(w):
    return rebuild(w["package"], secret(w["groen"], "Groen"), _set_content("version", True))


def _nan(w):
    with zipfile.ZipFile(io.BytesIO(w["package"])) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    raw = members[P.ANNOTATIONS].replace(b'"quote_start":null', b'"quote_start":NaN', 1)
    manifest = json.loads(members[P.MANIFEST])
    manifest["parts"][P.ANNOTATIONS] = P.sha256(raw)
    return signed_manifest_zip(
        manifest, secret(w["groen"], "Groen"), {P.ANNOTATIONS: raw, P.AMENDMENTS: members[P.AMENDMENTS]}
    )


CASES = [
    ("truncated", _truncated, "package_"),
    ("not a package", _not_a_package, "package_not_a_package"),
    ("empty file", _empty, "package_not_a_package"),
    ("zip without manifest", _zip_without_manifest, "package_"),
    ("wrong format version", _format_version(0), "package_format"),
    ("format version as text", _format_version("1"), "package_format"),
    ("newer format", _format_version(2), "package_newer"),
    ("damaged part", _damaged_part, "package_damaged"),
    ("bad signature", _bad_signature, "package_bad_signature"),
    ("missing signature", _missing_signature, "package_signature_missing"),
    ("unknown key", _unknown_key, "package_second_key"),  # Groen has a trusted key here: this is another
    ("signed by another faction's key", _other_factions_key, "package_wrong_key"),
    ("claims another faction", _claims_other_faction, "package_wrong_key"),
    ("another faction's item", _another_factions_item, "package_foreign_item"),
    ("edit of another faction's item", _edit_of_another_factions_item, "package_foreign_item"),
    ("an item of another kind with the same id", _item_of_another_kind, "package_foreign_item"),
    ("revision id reused with other content", _reused_revision_id, "package_revision_forged"),
    ("parent that does not exist", _missing_parent, "package_missing_parent"),
    ("parents forming a cycle", _cycle, "package_revision_forged"),
    ("invalid uuid", _bad_uuid, "package_invalid"),
    ("non-UTF-8 text", _non_utf8, "package_invalid"),
    ("NUL byte", _nul, "package_invalid"),
    ("lone surrogate", _lone_surrogate, "package_invalid"),
    ("200 MB field", _big_field_declared, "package_too_large"),
    ("compression bomb", _bomb_small, "package_bomb"),
    ("field over its limit", _long_field, "package_invalid"),
    ("../ in a member name", _path_traversal, "package_invalid"),
    ("absolute member name", _absolute_path, "package_invalid"),
    ("-wal side file", _side_files, "package_invalid"),
    ("absurd timestamp (year 9999)", _absurd_timestamp, "package_invalid"),
    ("absurd timestamp (year 1)", _ancient_timestamp, "package_invalid"),
    ("garbage timestamp", _garbage_timestamp, "package_invalid"),
    ("package for another dossier", _other_dossier, "package_other_dossier"),
    ("package for the faction's own dossier", _own_dossier_of_the_same_title, "package_own_dossier"),
    ("the griffie's dossier file", _a_dossier_file, "package_is_a_dossier"),
    ("item of another dossier", _item_of_other_dossier, "package_other_dossier_item"),
    ("unknown stance", _wrong_stance, "package_invalid"),
    ("extra field", _extra_field, "package_invalid"),
    ("boolean as version", _bool_as_version, "package_invalid"),
    ("NaN in JSON", _nan, "package_invalid"),
    ("JSON nested too deeply", _nested_deeply, "package_invalid"),
]


@pytest.mark.parametrize(("name", "make", "code"), CASES, ids=[c[0] for c in CASES])
def test_hostile_package_is_refused_and_changes_nothing(world, dump, name, make, code) -> None:  # type: ignore[no-untyped-def]
    clerk = world["clerk"]
    path = world["dir"] / "hostile.raadspakket"
    path.write_bytes(make(world))
    before = dump(clerk)
    for run in (ex.preview_packages, ex.merge_packages):
        with bounded(5, 20, f"{name}: {run.__name__}"):
            [report] = run(clerk, [path])
        assert report.refused, name
        assert report.code is not None and report.code.startswith(code), (name, report.code, report.reason)
        assert report.code in MESSAGES, report.code  # worded, not a bare code
        assert report.reason and "{" not in report.reason
    assert dump(clerk) == before


def test_the_good_package_does_merge(world) -> None:  # type: ignore[no-untyped-def]
    """The control: the untouched package (and one re-signed unchanged) are accepted."""
    path = world["dir"] / "good.raadspakket"
    path.write_bytes(rebuild(world["package"], secret(world["groen"], "Groen"), lambda m, a, b: None))
    [report] = ex.merge_packages(world["clerk"], [path])
    assert not report.refused and report.new == 1


def test_sql_and_html_in_text_are_stored_verbatim(world) -> None:  # type: ignore[no-untyped-def]
    nasty = "'); DROP TABLE annotation; -- <script>alert('x')</script> <b onclick=\"evil()\">vet</b>"
    groen = world["groen"]
    n = note(groen, "Groen", nasty)
    path = world["dir"] / "nasty.raadspakket"
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", path)
    [report] = ex.merge_packages(world["clerk"], [path])
    assert not report.refused
    with world["clerk"].session() as s:
        assert s.get(AnnotationRow, n.id).body == nasty
        assert s.scalar(select(AnnotationRow.id).limit(1)) is not None  # the table is still there


def test_a_refused_package_does_not_stop_the_good_ones(world, dump) -> None:  # type: ignore[no-untyped-def]
    bad = world["dir"] / "bad.raadspakket"
    bad.write_bytes(_damaged_part(world))
    reports = ex.merge_packages(world["clerk"], [bad, world["dir"] / "groen.raadspakket"])
    assert [r.refused for r in reports] == [True, False]


def test_a_malformed_revision_is_named_by_its_place_in_the_part(world) -> None:  # type: ignore[no-untyped-def]
    """Revisions are checked one at a time (the window keeps running beside a large merge); the
    refusal still says which revision and which field, as a check of the whole part did."""

    def change(_m: dict, anns: list, _a: list) -> None:
        anns[-1]["content"]["stance"] = 7
        rehash(anns[-1])

    data = rebuild(world["package"], secret(world["groen"], "Groen"), change)
    last = len(parts(data)[P.ANNOTATIONS]["revisions"]) - 1
    with pytest.raises(P.PackageError) as refused:
        P.read(data)
    assert refused.value.code == "package_invalid"
    assert f"$.revisions[{last}].content.stance" in refused.value.params["reason"]


@pytest.mark.parametrize(
    ("field", "where"),
    [
        ("dossier_id", "content.dossier_id"),
        ("principle_id", "content.principle_id"),
        ("document_id", "content.document_id"),
        ("parents", "parents[0]"),
        ("item_id", "item_id"),
    ],
)
def test_a_value_not_of_its_pattern_is_refused_naming_its_revision_and_field(world, field: str, where: str) -> None:  # type: ignore[no-untyped-def]
    """Ids are decoded without their patterns and tried once per distinct value afterwards; a
    value that does not match is still named by its revision and field, as the schema names it."""
    bad = "0A7B3C4D-0000-4000-8000-00000000000G"  # capitals and a G: not an id as the schema writes one

    def change(_m: dict, anns: list, _a: list) -> None:
        rev = anns[-1]
        if field == "parents":
            rev["parents"] = [bad]
        elif field == "item_id":
            rev["item_id"] = bad
        else:
            rev["content"][field] = bad
        rehash(rev)

    data = rebuild(world["package"], secret(world["groen"], "Groen"), change)
    last = len(parts(data)[P.ANNOTATIONS]["revisions"]) - 1
    with pytest.raises(P.PackageError) as refused:
        P.read(data)
    assert refused.value.code == "package_invalid"
    reason = refused.value.params["reason"]
    assert f"$.revisions[{last}].{where}" in reason, reason
    assert "(a UUID)" in reason or "(a sha256)" in reason, reason


def test_a_merged_revision_is_stored_as_the_text_its_id_is_the_hash_of(world) -> None:  # type: ignore[no-untyped-def]
    from raadsviewer.storage.models import AnnotationRevisionRow

    path = world["dir"] / "good.raadspakket"
    path.write_bytes(rebuild(world["package"], secret(world["groen"], "Groen"), lambda m, a, b: None))
    [report] = ex.merge_packages(world["clerk"], [path])
    assert not report.refused
    with world["clerk"].session() as s:
        rows = s.execute(
            select(AnnotationRevisionRow.id, AnnotationRevisionRow.parent_id, AnnotationRevisionRow.content_json)
        ).all()
    assert rows
    for rid, parent, text in rows:
        assert M.id_from_canonical([parent] if parent else [], text.encode("utf-8")) == rid


def test_an_item_of_more_versions_side_by_side_than_a_resolution_can_join_is_refused_alone(world) -> None:  # type: ignore[no-untyped-def]
    """A note whose package makes it 65 conflicting versions (its edit, and branches of its first
    version: a megabyte of them took the conflict list minutes and gigabytes): that note is
    refused, the rest merges; 64 are let through as the conflict the griffie resolves."""

    def fan(count: int) -> Callable[[dict, list, list], None]:
        def change(_m: dict, anns: list, _a: list) -> None:
            root = anns[0]
            for n in range(count):
                branch = json.loads(json.dumps(root))
                branch["parents"] = [root["id"]]
                branch["content"].update(version=2, body=f"versie {n}")
                rehash(branch)
                anns.append(branch)

        return change

    clerk = world["clerk"]
    for count, refused in ((64, ["item_too_many_versions"]), (63, [])):  # branches, beside the edit
        path = world["dir"] / f"fan-{count}.raadspakket"
        path.write_bytes(rebuild(world["package"], secret(world["groen"], "Groen"), fan(count)))
        with bounded(5, 20, f"merging {count} branches"):
            [report] = ex.merge_packages(clerk, [path])
        assert not report.refused and [r["code"] for r in report.refused_items] == refused, count
        conflicts = ex.list_conflicts(clerk)
        assert [len(c.heads) for c in conflicts] == ([] if refused else [64]), count
        if refused:
            ex.undo_last_merge(clerk)
