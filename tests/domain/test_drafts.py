"""A draft kept while it is written (``domain.drafts``) reads back as it was, through JSON, or not
at all: the kept file lies in a folder anything on the laptop can write."""

from __future__ import annotations

import json
from datetime import date

import pytest

from raadsviewer.domain.drafts import from_plain, to_plain
from raadsviewer.domain.model import AnnotationDraft, Stance, TextAnchor, Visibility
from raadsviewer.domain.model_proposals import AmendmentDraft, AmendmentOperation, MotieDraft, MotieKind


def through_a_file(kind: str, draft: object) -> object:
    return from_plain(kind, json.loads(json.dumps(to_plain(draft), ensure_ascii=False)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "draft"),
    [
        ("annotation", AnnotationDraft("Toegang **blijft** lokaal — ‘ook’ bij inkoop", Stance.ZORG, Visibility.PRIVE)),
        (
            "amendment",
            AmendmentDraft(
                "SMART",
                AmendmentOperation.VERVANGEN,
                old_text="afspraken",
                new_text="SMART-afspraken",
                rationale="Omdat.\n\nTwee alinea's.",
                principle_number=7,
                anchor=TextAnchor("doc", "afspraken", "maakt ", " met", 120, 129),
                cosigners=("D66", "VVD"),
            ),
        ),
        (
            "motie",
            MotieDraft(
                "Wachttijden",
                MotieKind.DRAAGT_OP,
                constaterende=("één", "twee"),
                dictum=("doe iets",),
                meeting_date=date(2026, 12, 17),
                principle_numbers=(3, 7),
            ),
        ),
    ],
)
def test_a_draft_reads_back_as_it_was(kind: str, draft: object) -> None:
    assert through_a_file(kind, draft) == draft


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("annotation", ["tekst", "geen standpunt", "fractie"]),  # not a stance
        ("annotation", {"body": "tekst"}),  # not the draft's form
        ("annotation", [["tekst"], "notitie", "fractie"]),  # a list for a text
        ("amendment", ["titel", "vervangen", "", "", "", "", "zeven"]),  # a principle's number
        ("motie", ["titel", "verzoekt", [], [], [], "", "17-12-2026"]),  # not a date
        ("uitspraak", ["tekst"]),  # no such editor
        ("annotation", None),
    ],
)
def test_what_is_no_draft_reads_back_as_none(kind: str, value: object) -> None:
    assert from_plain(kind, value) is None
