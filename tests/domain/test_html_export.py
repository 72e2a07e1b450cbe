"""HTML exports: self-contained, and no text from a faction can become a script, handler or load."""

from __future__ import annotations

import re
from datetime import datetime
from html.parser import HTMLParser

from raadsviewer.domain.diff import DELETE_STYLE, INSERT_STYLE
from raadsviewer.domain.draft import assemble_draft
from raadsviewer.domain.model import (
    Amendment,
    AmendmentOperation,
    AmendmentStatus,
    Annotation,
    Dossier,
    Faction,
    Principle,
    Stance,
    Visibility,
)
from raadsviewer.export.html_writer import amendment_to_html, draft_to_html

T0 = datetime(2024, 3, 1, 10, 0)
EVIL = '<script>alert(1)</script><img src="http://evil.example/x.png" onerror="alert(2)"> ![p](http://evil.example/p.png) [l](javascript:alert(3))'
CDA = Faction(id="f-cda", name="CDA", seats=10)
PRINCIPLE = Principle("p1", "doc", 1, "Regie", "1. Regie\nDe gemeente voert de regie en maakt afspraken.", 0, 60)


def amendment(**kw) -> Amendment:
    values = {
        "id": "a3",
        "dossier_id": "d1",
        "number": 3,
        "title": "Meerjarige afspraken",
        "betreft": "Raadsvoorstel inkoopkader jeugdhulp",
        "principle_id": "p1",
        "principle_number": 1,
        "anchor": None,
        "operation": AmendmentOperation.VERVANGEN,
        "old_text": "maakt afspraken",
        "new_text": "maakt meerjarige afspraken",
        "rationale": "Omdat het *beter* is.",
        "faction_id": CDA.id,
        "faction_name": "CDA",
        "author": "J. Jansen",
        "cosigners": ("PvdA", "VVD"),
        "status": AmendmentStatus.INGEDIEND,
        "votes": (),
        "parent_id": None,
        "created_at": T0,
        "updated_at": T0,
        "version": 1,
        "revision_id": "r",
        "deleted": False,
    }
    values.update(kw)
    return Amendment(**values)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def assert_inert(document: str) -> None:
    parser = _Tags()
    parser.feed(document)
    for tag, attrs in parser.tags:
        assert tag not in {"script", "img", "iframe", "object", "embed", "link", "base", "form"}, tag
        for name, value in attrs:
            assert not name.startswith("on"), name
            assert name not in {"src", "srcset"}, name
            assert not (value or "").lower().startswith("javascript:"), value
    assert "<script" not in document.lower()
    assert not re.search(r"\son\w+\s*=", document.split("</style>")[1])
    assert "src=" not in document
    style = document.split("<style>")[1].split("</style>")[0]
    assert "url(" not in style and "@import" not in style  # the style sheet loads nothing either


def draft_html(**note_kw) -> str:
    note = Annotation(
        id="n1",
        dossier_id="d1",
        faction_id=CDA.id,
        faction_name="CDA",
        author="J. Jansen",
        stance=Stance.BEZWAAR,
        visibility=Visibility.GRIFFIE,
        body=EVIL,
        principle_id="p1",
        principle_number=1,
        anchor=None,
        created_at=T0,
        updated_at=T0,
        version=1,
        revision_id="r",
        include_in_draft=True,
    )
    amendments = [amendment(new_text="maakt " + EVIL), amendment(id="a4", number=4, status=AmendmentStatus.AANGENOMEN)]
    draft = assemble_draft(
        Dossier("d1", "Kader <b>x</b>"), [PRINCIPLE], amendments, [note], [CDA], datetime(2024, 3, 1, 14, 30)
    )
    return draft_to_html(draft)


def test_draft_html_is_self_contained_and_inert() -> None:
    html = draft_html()
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in html and "<style>" in html
    assert_inert(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<title>Concept-zienswijze: Kader &lt;b&gt;x&lt;/b&gt;</title>" in html


def test_draft_html_shows_the_sections_and_coloured_diffs() -> None:
    html = draft_html()
    for heading in [
        "<h2>Uitgangspunt 1: Regie</h2>",
        "<h3>Oorspronkelijke tekst</h3>",
        "<h3>Tekst na amendementen</h3>",
        "<h3>Aangenomen amendementen</h3>",
        "<h3>Voorgestelde amendementen</h3>",
        "<h4>A3: Meerjarige afspraken</h4>",
    ]:
        assert heading in html
    assert f'<span style="{INSERT_STYLE}">meerjarige </span>' in html
    assert "<p>1. Regie<br>De gemeente voert de regie en maakt meerjarige afspraken.</p>" in html
    assert "<li>Bezwaar: CDA</li>" in html


def test_single_amendment_document() -> None:
    html = amendment_to_html(amendment(), "Raadsvergadering 12 maart 2024", "7. Inkoopkader jeugdhulp")
    assert_inert(html)
    assert "<h1>Amendement A3: Meerjarige afspraken</h1>" in html
    assert "<dt>Vergadering</dt><dd>Raadsvergadering 12 maart 2024</dd>" in html
    assert "<dt>Agendapunt</dt><dd>7. Inkoopkader jeugdhulp</dd>" in html
    assert "<dt>Betreft</dt><dd>Raadsvoorstel inkoopkader jeugdhulp</dd>" in html
    assert (
        "In uitgangspunt 1 de tekst &quot;maakt afspraken&quot; te vervangen door: &quot;maakt meerjarige afspraken&quot;"
        in html
    )
    assert "<h2>Toelichting</h2>\n<p>Omdat het <em>beter</em> is.</p>" in html  # the rationale is Markdown
    assert "<li><strong>CDA</strong>: J. Jansen</li>" in html and "<li><strong>PvdA</strong></li>" in html
    assert f'<span style="{DELETE_STYLE}">' not in html  # a pure insertion


def test_single_amendment_with_hostile_fields_and_named_signers() -> None:
    a = amendment(title=EVIL, rationale=EVIL, old_text="maakt afspraken", new_text=EVIL, betreft=EVIL)
    html = amendment_to_html(a, EVIL, EVIL, {"CDA": ["J. Jansen", "<b>K</b>"], "PvdA": ["M. de Vries"]}, lang="en")
    assert_inert(html)
    assert "<h2>Explanation</h2>" in html and "<dt>Meeting</dt>" in html
    assert "<li><strong>CDA</strong>: J. Jansen, &lt;b&gt;K&lt;/b&gt;</li>" in html
    assert "<li><strong>PvdA</strong>: M. de Vries</li>" in html
