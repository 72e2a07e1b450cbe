"""Annotations through the services, on the bundled sample dossier."""

from __future__ import annotations

import json
from itertools import pairwise

import pytest
from sqlalchemy import select

from raadsviewer.domain.annotations import parse_stance, parse_visibility, revision_id
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import AnnotationDraft, Stance, Visibility, principle_id_for
from raadsviewer.services import annotations as svc
from raadsviewer.services.documents import open_dossier, resolve_dossier
from raadsviewer.services.factions import add_faction, list_factions, list_members
from raadsviewer.storage.models import AnnotationRevisionRow, AnnotationRow

GL = "GroenLinks"
VVD = "VVD"


@pytest.fixture
def view(sample_store):
    return open_dossier(sample_store, resolve_dossier(sample_store).id)


@pytest.fixture
def st(sample_store):
    """The sample dossier with two factions."""
    add_faction(sample_store, GL, seats=4)
    add_faction(sample_store, VVD, seats=6)
    return sample_store


def _doc_by_source(view, fragment: str):
    return next(d for d in view.documents if fragment in d.source_name)


def _add(st, view, body="Graag toelichting.", *, faction=GL, member="Anna Jansen", number=1, quote=None, **kw):
    return svc.add_annotation(
        st,
        dossier_id=view.dossier.id,
        faction=faction,
        member=member,
        draft=AnnotationDraft(body=body, **kw),
        principle_number=number,
        quote=quote,
    )


def _revisions(st, annotation_id: str) -> list[AnnotationRevisionRow]:
    with st.session() as session:
        return list(
            session.scalars(
                select(AnnotationRevisionRow)
                .where(AnnotationRevisionRow.annotation_id == annotation_id)
                .order_by(AnnotationRevisionRow.version)
            )
        )


def _assert_chain(st, annotation) -> None:
    """Versions 1..n, each revision's parent the one before, ids the hash of parent + content."""
    revisions = _revisions(st, annotation.id)
    assert [r.version for r in revisions] == list(range(1, annotation.version + 1))
    assert revisions[0].parent_id is None
    for before, after in pairwise(revisions):
        assert after.parent_id == before.id
    for r in revisions:
        content = json.loads(r.content_json)
        assert revision_id({"parent": r.parent_id, "content": content}) == r.id
        assert content["version"] == r.version
        assert content["annotation_id"] == annotation.id
    assert revisions[-1].id == annotation.revision_id


# --- adding -------------------------------------------------------------------------------------


def test_add_on_principle_only(st, view) -> None:
    framework = view.framework
    assert framework is not None
    a = _add(st, view, "Wat betekent dit voor de wijkteams?", number=7, stance=Stance.VRAAG)
    assert a.principle_number == 7
    assert a.principle_id == principle_id_for(framework.id, 7)
    assert a.anchor is None
    assert (a.version, a.deleted, a.stance, a.visibility) == (1, False, Stance.VRAAG, Visibility.FRACTIE)
    assert (a.faction_name, a.author, a.body) == (GL, "Anna Jansen", "Wat betekent dit voor de wijkteams?")
    assert a.created_at == a.updated_at
    assert svc.get_annotation(st, a.id) == a
    assert svc.revision_count(st, a.id) == 1
    _assert_chain(st, a)
    assert [m.name for m in list_members(st, GL)] == ["Anna Jansen"]


def test_add_creates_faction_on_first_use(st, view) -> None:
    a = _add(st, view, faction="  Partij  voor de Dieren ", member="Bert")
    assert a.faction_name == "Partij voor de Dieren"
    assert "Partij voor de Dieren" in [f.name for f in list_factions(st)]


def test_a_faction_named_in_another_case_is_the_same_faction(st, view) -> None:
    """A name typed in another case is the faction the store knows, not a second one that hides
    the notes from their own faction's view and packages."""
    first = _add(st, view, faction=GL, member="Anna Jansen")
    typed = _add(st, view, faction=f" {GL.lower()} ", member="Anna Jansen")
    assert typed.faction_id == first.faction_id and typed.faction_name == GL
    assert [f.name for f in list_factions(st)].count(GL) == 1
    assert [f.name.casefold() for f in list_factions(st)].count(GL.casefold()) == 1
    with pytest.raises(UserFacingError) as refused:
        add_faction(st, GL.upper())
    assert refused.value.code == "faction_exists"


def test_add_with_quote_in_principle(st, view) -> None:
    framework = view.framework
    principle = view.principle(1)
    assert framework is not None and principle is not None
    assert "eigen kracht" in principle.text
    a = _add(st, view, number=1, quote="eigen kracht")
    assert a.anchor is not None
    assert a.anchor.document_id == framework.id
    assert a.anchor.quote == "eigen kracht"
    assert framework.text[a.anchor.start : a.anchor.end] == "eigen kracht"
    assert principle.start <= a.anchor.start < a.anchor.end <= principle.end
    assert framework.text[: a.anchor.start].endswith(a.anchor.prefix)
    assert framework.text[a.anchor.end :].startswith(a.anchor.suffix)
    assert a.principle_number == 1
    _assert_chain(st, a)


def test_add_with_quote_elsewhere_in_dossier(st, view) -> None:
    werkgroep = _doc_by_source(view, "werkgroep")
    assert werkgroep.text.count("casus-regisseur") == 1
    a = _add(st, view, number=6, quote="casus-regisseur")
    assert a.anchor is not None
    assert a.anchor.document_id == werkgroep.id
    assert werkgroep.text[a.anchor.start : a.anchor.end] == "casus-regisseur"
    assert a.principle_number == 6  # the principle asked for stays


def test_quote_without_principle_finds_its_principle(st, view) -> None:
    framework = view.framework
    assert framework is not None and framework.text.count("topinkomens") == 1
    a = _add(st, view, number=None, quote="topinkomens")
    assert a.principle_number == 12
    assert a.anchor is not None and a.anchor.document_id == framework.id


def test_quote_without_principle_in_background_document(st, view) -> None:
    a = _add(st, view, number=None, quote="gemiste kans")
    assert a.principle_id is None and a.principle_number is None
    assert a.anchor is not None and a.anchor.document_id == _doc_by_source(view, "werkgroep").id


def test_quote_is_whitespace_normalised(st, view) -> None:
    a = _add(st, view, number=1, quote="  eigen\n   kracht\t")
    assert a.anchor is not None and a.anchor.quote == "eigen kracht"
    assert view.framework.text[a.anchor.start : a.anchor.end] == "eigen kracht"


def test_body_is_cleaned(st, view) -> None:
    a = _add(st, view, "regel een\r\nregel\x00 twee")
    assert a.body == "regel een\nregel twee"


# --- editing, deleting, restoring -----------------------------------------------------------------


def test_update_bumps_version_and_keeps_revision_chain(st, view) -> None:
    a = _add(st, view, "Eerste versie.")
    b = svc.update_annotation(st, a.id, AnnotationDraft("Tweede versie.", Stance.ZORG, Visibility.OPENBAAR), faction=GL)
    assert (b.id, b.version, b.body, b.stance, b.visibility) == (
        a.id,
        2,
        "Tweede versie.",
        Stance.ZORG,
        Visibility.OPENBAAR,
    )
    assert b.created_at == a.created_at and b.updated_at >= a.updated_at
    assert b.revision_id != a.revision_id
    c = svc.update_annotation(st, a.id, AnnotationDraft("Derde versie."), faction=GL)
    assert c.version == 3
    _assert_chain(st, c)
    revisions = _revisions(st, a.id)
    assert [json.loads(r.content_json)["body"] for r in revisions] == [
        "Eerste versie.",
        "Tweede versie.",
        "Derde versie.",
    ]
    assert revisions[0].id == a.revision_id and revisions[1].id == b.revision_id


def test_delete_is_a_tombstone_and_restore_brings_it_back(st, view) -> None:
    keep = _add(st, view, "Blijft staan.")
    a = _add(st, view, "Gaat weg.")
    gone = svc.delete_annotation(st, a.id, faction=GL)
    assert gone.deleted and gone.version == 2
    listed = svc.list_annotations(st, view.dossier.id, viewer_faction=GL)
    assert [x.id for x in listed] == [keep.id]
    with_deleted = svc.list_annotations(st, view.dossier.id, viewer_faction=GL, include_deleted=True)
    assert [(x.id, x.deleted) for x in with_deleted] == [(keep.id, False), (a.id, True)]
    assert svc.get_annotation(st, a.id).deleted  # still in the store
    assert svc.annotation_counts(st, view.dossier.id, viewer_faction=GL) == {keep.principle_id: {keep.faction_id: 1}}

    back = svc.restore_annotation(st, a.id, faction=GL)
    assert not back.deleted and back.version == 3 and back.body == "Gaat weg."
    assert [x.id for x in svc.list_annotations(st, view.dossier.id, viewer_faction=GL)] == [keep.id, a.id]
    assert svc.revision_count(st, a.id) == 3
    _assert_chain(st, back)
    contents = [json.loads(r.content_json)["deleted"] for r in _revisions(st, a.id)]
    assert contents == [False, True, False]


def test_include_in_draft_is_the_griffies_decision_beside_the_versions(st, view) -> None:
    a = _add(st, view, visibility=Visibility.GRIFFIE)
    b = svc.set_include_in_draft(st, a.id, True)
    assert b.include_in_draft and b.version == 1  # no new version: it never travels as the faction's
    _assert_chain(st, b)


# --- ownership and visibility -------------------------------------------------------------------


@pytest.mark.parametrize("acting", [VVD, "Onbekende Partij"])
def test_other_faction_cannot_change(st, view, dump, acting: str) -> None:
    a = _add(st, view, "Van GroenLinks.")
    before = dump(st)
    for action in (
        lambda: svc.update_annotation(st, a.id, AnnotationDraft("Gekaapt."), faction=acting),
        lambda: svc.delete_annotation(st, a.id, faction=acting),
        lambda: svc.restore_annotation(st, a.id, faction=acting),
    ):
        with pytest.raises(UserFacingError) as info:
            action()
        assert info.value.code == "not_owner"
        assert info.value.params == {"owner": GL}
        assert dump(st) == before
    assert svc.get_annotation(st, a.id) == a


def test_unknown_annotation(st, dump) -> None:
    before = dump(st)
    for action in (
        lambda: svc.get_annotation(st, "no-such-id"),
        lambda: svc.update_annotation(st, "no-such-id", AnnotationDraft("x"), faction=GL),
        lambda: svc.delete_annotation(st, "no-such-id", faction=GL),
        lambda: svc.set_include_in_draft(st, "no-such-id", True),
    ):
        with pytest.raises(UserFacingError) as info:
            action()
        assert info.value.code == "annotation_not_found"
    assert dump(st) == before


def test_private_annotations_are_hidden_from_other_factions(st, view) -> None:
    private = _add(st, view, "Alleen voor ons.", number=2, visibility=Visibility.PRIVE)
    shared = _add(st, view, "Voor de fractie.", number=2, visibility=Visibility.FRACTIE)
    vvd = _add(st, view, "VVD-punt.", faction=VVD, member="Piet", number=2, visibility=Visibility.OPENBAAR)
    vvd_private = _add(st, view, "VVD-geheim.", faction=VVD, member="Piet", number=3, visibility=Visibility.PRIVE)
    dossier_id = view.dossier.id
    p2, p3 = view.principle(2).id, view.principle(3).id

    def ids(**kw):
        return {a.id for a in svc.list_annotations(st, dossier_id, **kw)}

    assert ids(viewer_faction=GL) == {private.id, shared.id, vvd.id}
    assert ids(viewer_faction=VVD) == {vvd.id, vvd_private.id}  # GroenLinks' fractie note is not VVD's
    assert ids(viewer_faction="Onbekend") == {vvd.id}
    assert ids() == {vvd.id}  # the griffie: openbaar and griffie notes only
    assert ids(include_private=True) == {private.id, shared.id, vvd.id, vvd_private.id}
    assert ids(viewer_faction=GL, principle_id=p3) == set()

    gl_id, vvd_id = private.faction_id, vvd.faction_id
    assert svc.annotation_counts(st, dossier_id, viewer_faction=GL) == {p2: {gl_id: 2, vvd_id: 1}}
    assert svc.annotation_counts(st, dossier_id, viewer_faction=VVD) == {p2: {vvd_id: 1}, p3: {vvd_id: 1}}
    assert svc.annotation_counts(st, dossier_id) == {p2: {vvd_id: 1}}


def test_annotation_counts(st, view) -> None:
    dossier_id = view.dossier.id
    assert svc.annotation_counts(st, dossier_id, viewer_faction=GL) == {}
    a1 = _add(st, view, "a", number=1)
    _add(st, view, "b", number=1)
    _add(st, view, "c", number=4)
    v1 = _add(st, view, "d", faction=VVD, number=1, visibility=Visibility.OPENBAAR)
    gone = _add(st, view, "e", number=4)
    svc.delete_annotation(st, gone.id, faction=GL)
    _add(st, view, "f", number=None, quote="gemiste kans")  # no principle: not counted
    p1, p4 = view.principle(1).id, view.principle(4).id
    assert svc.annotation_counts(st, dossier_id, viewer_faction=GL) == {
        p1: {a1.faction_id: 2, v1.faction_id: 1},
        p4: {a1.faction_id: 1},
    }
    listed = svc.list_annotations(st, dossier_id, viewer_faction=GL, principle_id=p1)
    assert [a.body for a in listed] == ["a", "b", "d"]
    werkgroep = _doc_by_source(view, "werkgroep")
    assert [a.body for a in svc.list_annotations(st, dossier_id, document_id=werkgroep.id, viewer_faction=GL)] == ["f"]


# --- refusals leave the store as it was ---------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"body": "   \n\t "}, "annotation_empty"),
        ({"body": "\u200b"}, "annotation_empty"),  # a zero-width space: an empty card that looks written
        ({"body": " \u2063\ufeff\u3164 "}, "annotation_empty"),  # invisible separators, a blank filler
        ({"body": "x" * 100_001}, "annotation_too_long"),
        ({"number": 99}, "principle_not_found"),
        ({"number": None}, "principle_not_found"),
        ({"number": 1, "quote": "tulpenbollen op de Keukenhof"}, "quote_not_found"),
        ({"number": None, "quote": "tulpenbollen op de Keukenhof"}, "quote_not_found"),
        ({"number": 1, "quote": "   "}, "quote_not_found"),
        ({"number": None, "quote": "Jeugdhulp"}, "quote_ambiguous"),
        ({"number": 1, "quote": "aanbieders"}, "quote_ambiguous"),  # not in 1, often elsewhere
        ({"number": 6, "quote": "het"}, "quote_ambiguous"),  # twice within principle 6 itself
        ({"faction": "   "}, "faction_name_empty"),
    ],
)
def test_refused_add_changes_nothing(st, view, dump, kwargs, code) -> None:
    before = dump(st)
    args = {"body": "Een opmerking.", "faction": "Nieuwe Fractie", "member": "Nieuw Lid", "number": 1} | kwargs
    with pytest.raises(UserFacingError) as info:
        _add(st, view, args.pop("body"), **args)
    assert info.value.code == code
    assert dump(st) == before


def test_refused_update_changes_nothing(st, view, dump) -> None:
    a = _add(st, view, "Origineel.")
    before = dump(st)
    for draft, code in (
        (AnnotationDraft("  "), "annotation_empty"),
        (AnnotationDraft("y" * 100_001), "annotation_too_long"),
    ):
        with pytest.raises(UserFacingError) as info:
            svc.update_annotation(st, a.id, draft, faction=GL)
        assert info.value.code == code
        assert dump(st) == before


@pytest.mark.parametrize("value", ["boos", "", "steun!"])
def test_invalid_stance(value: str) -> None:
    with pytest.raises(UserFacingError) as info:
        parse_stance(value)
    assert info.value.code == "invalid_stance" and info.value.params == {"value": value}


@pytest.mark.parametrize("value", ["geheim", "", "public"])
def test_invalid_visibility(value: str) -> None:
    with pytest.raises(UserFacingError) as info:
        parse_visibility(value)
    assert info.value.code == "invalid_visibility" and info.value.params == {"value": value}


def test_parse_accepts_case_spacing_and_missing_accent() -> None:
    assert parse_stance(" Bezwaar ") is Stance.BEZWAAR
    assert parse_visibility("prive") is Visibility.PRIVE
    assert parse_visibility("PRIVÉ") is Visibility.PRIVE
    assert parse_visibility("Openbaar") is Visibility.OPENBAAR


# --- revision identity --------------------------------------------------------------------------


def test_revision_id_is_deterministic() -> None:
    content = {"body": "Tekst met é en ‘quotes’", "version": 1, "deleted": False}
    first = revision_id({"parent": None, "content": content})
    assert first == revision_id({"content": dict(reversed(list(content.items()))), "parent": None})
    assert len(first) == 64 and int(first, 16) >= 0
    assert revision_id({"parent": "abc", "content": content}) != first
    assert revision_id({"parent": None, "content": content | {"body": "Andere tekst"}}) != first
    second = revision_id({"parent": first, "content": content | {"version": 2}})
    assert second == revision_id({"parent": first, "content": content | {"version": 2}})


def test_stored_rows_agree_with_revisions(st, view) -> None:
    a = _add(st, view, "Een", number=1, quote="eigen kracht")
    svc.update_annotation(st, a.id, AnnotationDraft("Twee"), faction=GL)
    with st.session() as session:
        row = session.get(AnnotationRow, a.id)
        latest = session.get(AnnotationRevisionRow, row.revision_id)
        assert latest is not None and latest.version == row.version == 2
        content = json.loads(latest.content_json)
        assert content["body"] == row.body == "Twee"
        assert content["quote"] == row.quote == "eigen kracht"
