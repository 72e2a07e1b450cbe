"""Corrections of the reader's principles as an edit layer: replayed the same everywhere, plain
data, re-anchored on a new version."""

from __future__ import annotations

import json

import pytest

from raadsviewer.domain.corrections import (
    Correction,
    ListItem,
    apply_corrections,
    correction_from_dict,
    end_anchor,
    reanchor,
    start_anchor,
)
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import DocumentRole, ParsedDocument, TextAnchor
from raadsviewer.domain.reading import read_document
from tests.domain.pattern_documents import MOTIE

TEXT = (
    "Kader\n\nUitgangspunten\n\n1. Kwaliteit boven prijs\n2. Zorg dichtbij huis\n3. Minder regels\n\n"
    "Verder vinden wij belangrijk dat de toegang lokaal blijft. Ook willen wij dat de raad jaarlijks hoort hoe het gaat.\n"
)


def doc(text: str = TEXT) -> ParsedDocument:
    return read_document(text.encode(), name="kader.txt", role=DocumentRole.FRAMEWORK)


def at(d: ParsedDocument, quote: str) -> TextAnchor:
    start = d.text.index(quote)
    assert d.text.count(quote) == 1
    from raadsviewer.domain.anchoring import make_anchor

    return make_anchor("doc", d.text, start, start + len(quote))


def first(d: ParsedDocument, number: int) -> TextAnchor:
    return start_anchor("doc", d.text, d.principles[number - 1])


def titles(result) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(p.shown_label, p.title) for p in result.principles]


def test_no_corrections_is_the_readers_list() -> None:
    d = doc()
    result = apply_corrections(d.text, d.principles, [])
    assert result.principles == d.principles and not result.corrected


def test_mark_a_passage_as_a_principle_then_rename_renumber_and_remove() -> None:
    d = doc()
    corrections = [
        Correction("c1", "mark", at(d, "Verder vinden wij belangrijk dat de toegang lokaal blijft.")),
        Correction("c2", "rename", first(d, 2), title="Zorg in de wijk"),
        Correction("c3", "renumber", at(d, "Verder vinden"), label="4"),
        Correction("c4", "remove", first(d, 3)),
    ]
    result = apply_corrections(d.text, d.principles, corrections)
    assert titles(result) == [
        ("1", "Kwaliteit boven prijs"),
        ("2", "Zorg in de wijk"),
        ("4", "Verder vinden wij belangrijk dat de toegang lokaal blijft."),
    ]
    assert [p.number for p in result.principles] == [1, 2, 3]
    assert [p.key for p in result.principles] == ["1", "2", f"@{d.text.index('Verder')}"]
    assert result.applied == ("c1", "c2", "c3", "c4") and result.corrected
    for p in result.principles:
        assert d.text[p.start : p.end] == p.text


def test_split_and_merge_keep_the_first_identity() -> None:
    d = doc()
    marked = apply_corrections(
        d.text,
        d.principles,
        [
            Correction(
                "m",
                "mark",
                at(
                    d,
                    "Verder vinden wij belangrijk dat de toegang lokaal blijft. Ook willen wij dat de raad jaarlijks hoort hoe het gaat.",
                ),
            )
        ],
    )
    split = Correction("s", "split", at(d, "Ook willen wij"), title="Jaarlijks horen")
    result = apply_corrections(d.text, marked.principles, [split])
    assert titles(result)[-2:] == [
        ("4", "Verder vinden wij belangrijk dat de toegang lokaal blijft."),
        ("5", "Jaarlijks horen"),
    ]
    assert result.principles[-2].text == "Verder vinden wij belangrijk dat de toegang lokaal blijft."
    merged = apply_corrections(d.text, d.principles, [Correction("g", "merge", first(d, 1))])
    assert [p.key for p in merged.principles] == ["1", "3"]
    assert merged.principles[0].text == "Kwaliteit boven prijs\n\nZorg dichtbij huis"
    assert merged.merged == {"2": "1"}


def test_use_another_candidate_list() -> None:
    d = doc(MOTIE.text)
    other = next(c for c in d.candidates if c.reason == "dictum" and len(c.principles) == 3)
    items = tuple(
        ListItem(start_anchor("doc", d.text, p), end_anchor("doc", d.text, p), p.shown_label, p.title)
        for p in other.principles
    )
    result = apply_corrections(d.text, d.principles, [Correction("u", "use_list", items=items)])
    assert titles(result) == [(p.shown_label, p.title) for p in other.principles]
    # the same principles as before keep their identities (the motion's B list), others are new
    assert [p.key for p in result.principles] == ["B.1", "B.2", "B.3"]


def test_a_correction_whose_words_are_gone_is_reported_not_guessed() -> None:
    d = doc()
    gone = Correction("x", "rename", TextAnchor("doc", "Niet in de tekst", "", "", 0, 16), title="X")
    inside_nothing = Correction("y", "remove", at(d, "Verder vinden"))
    result = apply_corrections(d.text, d.principles, [gone, inside_nothing])
    assert result.principles == d.principles
    assert result.failed == (("x", "not_found"), ("y", "no_principle_there"))


def test_records_are_plain_data_that_round_trip() -> None:
    d = doc()
    records = [
        Correction("c1", "mark", at(d, "Verder vinden wij"), title="Lokaal", label="4", author="griffie"),
        Correction(
            "c2", "use_list", items=(ListItem(first(d, 1), end_anchor("doc", d.text, d.principles[0]), "1", "K"),)
        ),
    ]
    wire = json.loads(json.dumps([c.as_dict() for c in records]))
    assert [correction_from_dict(r, "doc") for r in wire] == records


@pytest.mark.parametrize(
    "record",
    [
        None,
        {},
        {"id": "a", "op": "explode"},
        {"id": "a", "op": "mark", "target": {"quote": ""}},
        {"id": "a", "op": "rename", "target": {"quote": "x"}, "title": "t" * 1000},
        {"id": "a", "op": "use_list", "items": "x"},
    ],
)
def test_malformed_records_are_refused(record: object) -> None:
    with pytest.raises(UserFacingError) as info:
        correction_from_dict(record, "doc")
    assert info.value.code == "correction_invalid"


def test_corrections_follow_a_new_version_of_the_text() -> None:
    d = doc()
    records = [
        Correction("c1", "rename", first(d, 2), title="Zorg in de wijk"),
        Correction("c2", "mark", at(d, "Verder vinden wij belangrijk dat de toegang lokaal blijft.")),
        Correction("c3", "remove", at(d, "Ook willen wij dat de raad")),
    ]
    new_text = TEXT.replace("Kader\n\n", "Kader\n\nEen nieuwe inleiding voor de tweede versie.\n\n").replace(
        " Ook willen wij dat de raad jaarlijks hoort hoe het gaat.", ""
    )
    new = doc(new_text)
    moved, lost = reanchor(records, "doc2", new.text)
    assert [c.id for c in moved] == ["c1", "c2"] and lost == ["c3"]
    result = apply_corrections(new.text, new.principles, moved)
    assert titles(result)[1] == ("2", "Zorg in de wijk")
    assert titles(result)[-1][1] == "Verder vinden wij belangrijk dat de toegang lokaal blijft."
