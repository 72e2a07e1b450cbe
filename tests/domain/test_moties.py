"""Motie rules: form, what is missing before submitting, status, votes and identity."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Motie, MotieDraft, MotieKind, MotieStatus, Vote
from raadsviewer.domain.moties import (
    STATUS_TRANSITIONS,
    check_motie_status_change,
    check_motie_votable,
    motie_content,
    motie_label,
    motie_revision_id,
    normalise_motie_draft,
    parse_kind,
    parse_motie_status,
    validate_motie_for_submission,
    validate_motie_votes,
)
from raadsviewer.domain.votes import FactionVote, votes_from_json, votes_to_json
from raadsviewer.messages import MESSAGES

T0 = datetime(2020, 11, 5, 20, 15)


def complete() -> MotieDraft:
    return MotieDraft(
        title="Onafhankelijke toegang",
        kind=MotieKind.VERZOEKT,
        constaterende=("de toegang tot jeugdhulp bij de SOJ ligt;",),
        overwegende=("dat ouders een onafhankelijk loket verdienen;",),
        dictum=("de toegang onafhankelijk te organiseren;", "de raad voor 1 juli te informeren,"),
        municipality="Dordrecht",
        meeting_date=date(2020, 11, 10),
        cosigners=("CDA",),
        principle_numbers=(7,),
    )


def motie(**kw) -> Motie:  # type: ignore[no-untyped-def]
    draft = complete()
    values = {
        "id": "11111111-1111-4111-8111-111111111111",
        "dossier_id": "22222222-2222-4222-8222-222222222222",
        "number": 2,
        "title": draft.title,
        "municipality": draft.municipality,
        "meeting_date": draft.meeting_date,
        "constaterende": draft.constaterende,
        "overwegende": draft.overwegende,
        "kind": draft.kind,
        "dictum": draft.dictum,
        "faction_id": "f1",
        "faction_name": "GroenLinks",
        "author": "A. de Vries",
        "cosigners": ("CDA",),
        "principle_ids": ("p7",),
        "principle_numbers": (7,),
        "agenda_item": "",
        "status": MotieStatus.CONCEPT,
        "votes": (),
        "created_at": T0,
        "updated_at": T0,
        "version": 1,
        "revision_id": "",
    }
    values.update(kw)
    return Motie(**values)


def test_label() -> None:
    assert motie().label == "M2" == motie_label(2)


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("verzoekt", MotieKind.VERZOEKT),
        ("Verzoekt het college", MotieKind.VERZOEKT),
        ("draagt-op", MotieKind.DRAAGT_OP),
        ("draagt  het college op", MotieKind.DRAAGT_OP),
        ("SPREEKT UIT", MotieKind.SPREEKT_UIT),
        (MotieKind.SPREEKT_UIT, MotieKind.SPREEKT_UIT),
    ],
)
def test_parse_kind(typed: str, kind: MotieKind) -> None:
    assert parse_kind(typed) is kind


def test_parse_refuses_unknown_words() -> None:
    for call, value, code in [
        (parse_kind, "eist", "invalid_motie_kind"),
        (parse_motie_status, "weggestemd", "invalid_motie_status"),
    ]:
        with pytest.raises(UserFacingError) as info:
            call(value)
        assert info.value.code == code
        assert code in MESSAGES
    assert parse_motie_status(" Aangehouden ") is MotieStatus.AANGEHOUDEN


def test_normalise_cleans_every_part() -> None:
    draft = normalise_motie_draft(
        complete()._replace(
            title="  Onafhankelijke\ttoegang\x00 ",
            kind="draagt op",  # type: ignore[arg-type]
            constaterende=("  eerste \n punt ", "", "   "),
            dictum=("doe\x07 dit",),
            cosigners=("CDA", " cda ", "PvdA", ""),
            principle_numbers=(7, 3, 7),
            municipality=" Dordrecht\n",
        )
    )
    assert draft.title == "Onafhankelijke toegang"
    assert draft.kind is MotieKind.DRAAGT_OP
    assert draft.constaterende == ("eerste punt",)
    assert draft.dictum == ("doe dit",)
    assert draft.cosigners == ("CDA", "PvdA")
    assert draft.principle_numbers == (3, 7)
    assert draft.municipality == "Dordrecht"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"principle_numbers": (0,)}, "principle_not_found"),
        ({"dictum": tuple(f"punt {n}" for n in range(51))}, "motie_too_many_points"),
        ({"overwegende": ("x" * 100_001,)}, "motie_too_long"),
        ({"kind": "eist"}, "invalid_motie_kind"),
    ],
)
def test_normalise_refuses(change: dict, code: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(UserFacingError) as info:
        normalise_motie_draft(complete()._replace(**change))
    assert info.value.code == code


def test_what_is_missing_before_submitting() -> None:
    assert validate_motie_for_submission(complete()) == []
    assert validate_motie_for_submission(motie()) == []
    assert validate_motie_for_submission(MotieDraft(title="")) == [
        "motie_missing_title",
        "motie_missing_municipality",
        "motie_missing_meeting_date",
        "motie_missing_reasons",
        "motie_missing_dictum",
    ]
    only_overwegende = complete()._replace(constaterende=())
    assert validate_motie_for_submission(only_overwegende) == []
    blank_points = complete()._replace(constaterende=("  ",), overwegende=(), dictum=(" ",))
    assert validate_motie_for_submission(blank_points) == ["motie_missing_reasons", "motie_missing_dictum"]
    for code in validate_motie_for_submission(MotieDraft(title="")):
        assert code in MESSAGES


def test_status_transitions() -> None:
    allowed = [
        ("concept", "ingediend"),
        ("ingediend", "aangehouden"),
        ("aangehouden", "ingediend"),
        ("aangehouden", "ingetrokken"),
        ("ingediend", "aangenomen"),
        ("ingediend", "verworpen"),
        ("verworpen", "verworpen"),  # staying put is no change
    ]
    for old, new in allowed:
        check_motie_status_change(old, new)
    for old, new in [("concept", "aangenomen"), ("ingediend", "concept"), ("aangenomen", "ingediend")]:
        with pytest.raises(UserFacingError) as info:
            check_motie_status_change(old, new)
        assert info.value.code == "invalid_motie_transition"
    assert all(not STATUS_TRANSITIONS[s] for s in (MotieStatus.AANGENOMEN, MotieStatus.VERWORPEN))


@pytest.mark.parametrize("status", ["concept", "aangehouden", "ingetrokken", "aangenomen"])
def test_only_a_submitted_motie_is_voted_on(status: str) -> None:
    with pytest.raises(UserFacingError) as info:
        check_motie_votable(status)
    assert info.value.code == "motie_vote_not_submitted"


def test_votes_on_a_motie_keep_splits() -> None:
    votes = validate_motie_votes("ingediend", [FactionVote("VVD", voor=5, tegen=2), FactionVote("CDA", vote=Vote.VOOR)])
    assert [v.faction for v in votes] == ["CDA", "VVD"]
    stored = votes_to_json(votes)
    assert stored == [["CDA", "voor"], ["VVD", "verdeeld", {"voor": 5, "tegen": 2}]]
    assert votes_from_json(stored) == votes
    # the outcome and the votes are the griffie's decision: never in the faction's revisions
    content = motie_content(motie(status=MotieStatus.AANGENOMEN, votes=votes))
    assert (content["status"], content["votes"]) == ("ingediend", [])


def test_revision_ids_follow_content_and_parent() -> None:
    m = motie()
    assert motie_revision_id(m, None) == motie_revision_id(m._replace(revision_id="x"), None)
    assert motie_revision_id(m, None) != motie_revision_id(m._replace(dictum=("anders",)), None)
    assert motie_revision_id(m, None) != motie_revision_id(m._replace(kind=MotieKind.SPREEKT_UIT), None)
    assert motie_revision_id(m, None) != motie_revision_id(m, "parent")
    assert motie_content(m)["meeting_date"] == "2020-11-10"


# --- the council-ready document -----------------------------------------------------------------


def test_the_motie_document_in_its_fixed_form(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx
    from markdown_it import MarkdownIt

    from raadsviewer.export.motie import motie_to_html, motie_to_markdown, write_motie_docx

    m = motie(
        dictum=("de toegang *onafhankelijk* te organiseren;", "<script>x</script>"),
        kind=MotieKind.DRAAGT_OP,
        agenda_item="7. Inkoopkader",
    )
    md = motie_to_markdown(m)
    assert md.startswith("# Motie M2: Onafhankelijke toegang\n")
    order = [
        "De raad van de gemeente Dordrecht, in vergadering bijeen op 10 november 2020,",
        "constaterende dat:",
        "overwegende dat:",
        "draagt het college op:",
        "de toegang \\*onafhankelijk\\* te organiseren;",
        "en gaat over tot de orde van de dag.",
        "**GroenLinks**: A. de Vries",
        "**CDA**",
    ]
    positions = [md.index(line) for line in order]
    assert positions == sorted(positions)
    assert "Betreft uitgangspunt 7" in md and "Agendapunt: 7. Inkoopkader" in md
    tags = set(re.findall(r"<(\w+)", MarkdownIt("js-default").render(md)))
    assert tags <= {"h1", "h2", "p", "em", "ul", "li", "strong"}
    html = motie_to_html(m, "en")
    assert "instructs the municipal executive:" in html and "&lt;script&gt;" in html and "<script>" not in html
    texts = [p.text for p in docx.Document(str(write_motie_docx(m, tmp_path / "m2.docx"))).paragraphs]
    assert texts[0] == "Motie M2: Onafhankelijke toegang" and "en gaat over tot de orde van de dag." in texts
    assert "<script>x</script>" in texts  # typed text stays text
    undated = motie_to_markdown(m._replace(meeting_date=None, municipality=""))
    assert "De raad van de gemeente …, in vergadering bijeen op …," in undated


def test_every_code_of_the_motie_rules_has_words() -> None:
    source = (Path(__file__).resolve().parents[2] / "raadsviewer" / "domain" / "moties.py").read_text(encoding="utf-8")
    codes = set(re.findall(r'(?:UserFacingError\(|problems\.append\(|, )"((?:motie|invalid)_\w+)"', source))
    assert {"motie_missing_dictum", "invalid_motie_transition", "motie_vote_not_submitted"} <= codes
    assert all(code in MESSAGES for code in codes), codes - set(MESSAGES)
