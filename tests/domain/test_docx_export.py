"""The Word export: adopted amendments as real tracked changes, pending ones as comments.

Each test reopens the written file with python-docx and reads the XML, because what matters is
what Word will find there: ``w:ins``/``w:del`` by the right author, text that rebuilds the
original when rejected and the text as the council decided it when accepted, comments on the
passages pending amendments would change, unique ids, well-formed runs.
"""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

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
    TextAnchor,
    Visibility,
    Vote,
)
from raadsviewer.export import docx_writer
from raadsviewer.export.docx_writer import (
    word_date,
    write_amendment_docx,
    write_draft_docx,
)

T0 = datetime(2024, 3, 1, 10, 0)
DOSSIER = Dossier(id="d1", title="Inkoopkader jeugdhulp 2021")
CDA = Faction(id="f-cda", name="CDA", seats=10)
PVDA = Faction(id="f-pvda", name="PvdA", seats=7)
P = [
    Principle(
        "p1", "doc", 1, "Regie", "1. Regie\nDe gemeente voert de regie en maakt afspraken met aanbieders.", 0, 80
    ),
    Principle(
        "p2",
        "doc",
        2,
        "Tarieven",
        "2. Tarieven\nTarieven zijn reëel en worden jaarlijks geïndexeerd.\n\nTweede alinea blijft.",
        82,
        180,
    ),
]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def amendment(
    number: int,
    faction: Faction,
    principle: Principle,
    operation: str,
    old: str,
    new: str,
    status: str = "ingediend",
    **kw,
) -> Amendment:
    values = {
        "id": f"a{number}",
        "dossier_id": "d1",
        "number": number,
        "title": f"Titel {number}",
        "betreft": "Raadsvoorstel inkoopkader",
        "principle_id": principle.id,
        "principle_number": principle.number,
        "anchor": None,
        "operation": AmendmentOperation(operation),
        "old_text": old,
        "new_text": new,
        "rationale": "Omdat het **beter** is.\n\nTweede alinea.",
        "faction_id": faction.id,
        "faction_name": faction.name,
        "author": "J. Jansen",
        "cosigners": (),
        "status": AmendmentStatus(status),
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


def write(tmp_path: Path, amendments: list[Amendment], principles: list[Principle] = P) -> docx.document.Document:
    draft = assemble_draft(DOSSIER, principles, amendments, [], [CDA, PVDA], datetime(2024, 3, 1, 14, 30))
    path = write_draft_docx(draft, tmp_path / "concept.docx")
    return docx.Document(str(path))


def changes(doc) -> list[tuple[str, str, str]]:
    """(kind, author, text) of every tracked change with content, in document order."""
    out = []
    for element in doc.element.body.iter(qn("w:ins"), qn("w:del")):
        runs = element.findall(qn("w:r"))
        if not runs:
            continue  # a tracked paragraph mark
        kind = "ins" if element.tag == qn("w:ins") else "del"
        text = "".join(
            "\n" if t.tag == qn("w:br") else t.text or ""
            for r in runs
            for t in r.iter(qn("w:t"), qn("w:delText"), qn("w:br"))
        )
        out.append((kind, element.get(qn("w:author")), text))
    return out


def commented(doc) -> dict[str, tuple[str, str, str]]:
    """comment initials -> (author, comment text, the document text the comment covers)."""
    covered: dict[str, list[str]] = {}
    open_ids: set[str] = set()
    for element in doc.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ids.add(element.get(qn("w:id")))
            covered.setdefault(element.get(qn("w:id")), [])
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.discard(element.get(qn("w:id")))
        elif element.tag == qn("w:t"):
            for i in open_ids:
                covered[i].append(element.text or "")
    return {c.initials: (c.author, c.text, "".join(covered[str(c.comment_id)])) for c in doc.comments}


def paragraph_text(p, *, accept: bool) -> str:
    """What Word shows after "accept all" (or "reject all") for one paragraph."""
    out = []

    def walk(node, inside_ins: bool, inside_del: bool) -> None:
        for child in node:
            tag = child.tag
            if tag == qn("w:pPr"):
                continue
            if tag == qn("w:ins"):
                walk(child, True, inside_del)
            elif tag == qn("w:del"):
                walk(child, inside_ins, True)
            elif tag in (qn("w:t"), qn("w:delText")):
                if (inside_ins and not accept) or (inside_del and accept):
                    continue
                out.append(child.text or "")
            elif tag == qn("w:br"):
                if not ((inside_ins and not accept) or (inside_del and accept)):
                    out.append("\n")
            else:
                walk(child, inside_ins, inside_del)

    walk(p._p, False, False)
    return "".join(out)


def body_text(doc, *, accept: bool) -> str:
    return "\n\n".join(paragraph_text(p, accept=accept) for p in doc.paragraphs)


SAMPLE = [
    amendment(
        1,
        CDA,
        P[0],
        "vervangen",
        "maakt afspraken",
        "maakt meerjarige afspraken",
        "aangenomen",
        cosigners=("PvdA",),
        votes=(("CDA", Vote.VOOR), ("PvdA", Vote.VOOR)),
    ),
    amendment(2, PVDA, P[1], "schrappen", "en worden jaarlijks geïndexeerd", ""),
    amendment(3, PVDA, P[1], "toevoegen", "", "2a. Aanspreekpunt\nAanbieders krijgen een vast aanspreekpunt."),
    amendment(4, CDA, P[1], "vervangen", "reëel", "marktconform", "verworpen"),
    amendment(5, CDA, P[0], "vervangen", "voert de regie", "houdt toezicht", "ingetrokken"),
    amendment(6, CDA, P[0], "vervangen", "aanbieders", "zorgaanbieders", "concept", deleted=True),
]


def test_only_adopted_amendments_are_tracked_changes(tmp_path: Path) -> None:
    doc = write(tmp_path, SAMPLE)
    assert changes(doc) == [("ins", "CDA", "meerjarige ")]
    # rejected, withdrawn and deleted amendments never become tracked changes or comments
    for text in ("marktconform", "houdt toezicht", "zorgaanbieders"):
        assert text not in doc.element.body.xml and all(text not in c.text for c in doc.comments)


def test_pending_amendments_are_comments_on_their_passage(tmp_path: Path) -> None:
    doc = write(tmp_path, SAMPLE)
    notes = commented(doc)
    assert set(notes) == {"A2", "A3"}
    author, text, passage = notes["A2"]
    assert (author, passage) == ("PvdA", "en worden jaarlijks geïndexeerd")
    assert text.startswith('A2 (ingediend, nog niet aangenomen): In uitgangspunt 2 de tekst "en worden jaarlijks')
    assert text.endswith("(PvdA (J. Jansen))")
    author, text, passage = notes["A3"]  # a proposed new principle: on the end of the principle
    assert author == "PvdA" and passage == "Tweede alinea blijft." and "2a. Aanspreekpunt" in text
    assert not any(p.text.startswith("2a. Aanspreekpunt") for p in doc.paragraphs)  # only in the list below


def test_accept_all_gives_exactly_what_the_council_adopted(tmp_path: Path) -> None:
    doc = write(tmp_path, SAMPLE)
    accepted, rejected = body_text(doc, accept=True), body_text(doc, accept=False)
    assert "1. Regie\nDe gemeente voert de regie en maakt meerjarige afspraken met aanbieders." in accepted
    # A2 (schrappen) and A3 (a new principle) are pending: accepting all leaves them out
    assert "2. Tarieven\nTarieven zijn reëel en worden jaarlijks geïndexeerd.\n\nTweede alinea blijft." in accepted
    assert not any(paragraph_text(p, accept=True).startswith("2a.") for p in doc.paragraphs)
    assert "1. Regie\nDe gemeente voert de regie en maakt afspraken met aanbieders." in rejected
    assert "2. Tarieven\nTarieven zijn reëel en worden jaarlijks geïndexeerd.\n\nTweede alinea blijft." in rejected


def test_an_adopted_new_principle_is_an_inserted_paragraph(tmp_path: Path) -> None:
    adopted = [*SAMPLE[:2], SAMPLE[2]._replace(status=AmendmentStatus.AANGENOMEN), *SAMPLE[3:]]
    doc = write(tmp_path, adopted)
    assert changes(doc) == [
        ("ins", "CDA", "meerjarige "),
        ("ins", "PvdA", "2a. Aanspreekpunt\nAanbieders krijgen een vast aanspreekpunt."),
    ]
    assert not any(paragraph_text(p, accept=False).startswith("2a.") for p in doc.paragraphs)
    assert any(paragraph_text(p, accept=True).startswith("2a.") for p in doc.paragraphs)


def test_an_inserted_paragraph_has_its_paragraph_mark_tracked(tmp_path: Path) -> None:
    doc = write(tmp_path, [*SAMPLE[:2], SAMPLE[2]._replace(status=AmendmentStatus.AANGENOMEN), *SAMPLE[3:]])
    inserted = [p for p in doc.paragraphs if paragraph_text(p, accept=True).startswith("2a. Aanspreekpunt")]
    assert len(inserted) == 1
    mark = inserted[0]._p.find(f"{W}pPr/{W}rPr/{W}ins")
    assert mark is not None and mark.get(qn("w:author")) == "PvdA"


def test_the_xml_is_what_word_expects(tmp_path: Path) -> None:
    hostile = amendment(
        7, CDA, P[0], "vervangen", "regie", "  regie\x00 en\x0b <regie> &  ", "aangenomen", faction_name="C\x01DA"
    )
    pending_hostile = amendment(8, PVDA, P[1], "vervangen", "Tweede", "<b>\x00&", title="x\x07")
    doc = write(tmp_path, [*SAMPLE, hostile, pending_hostile])
    body = doc.element.body
    ids = [e.get(qn("w:id")) for e in body.iter(qn("w:ins"), qn("w:del"))]
    assert len(ids) == len(set(ids)) and all(i.isdigit() for i in ids)
    comment_ids = {e.get(qn("w:id")) for e in body.iter(qn("w:commentRangeStart"))}
    assert len(comment_ids) == 3 and not comment_ids & set(ids)  # no w:id is used twice
    assert "<b>&" in commented(doc)["A8"][1]
    for element in body.iter(qn("w:delText")):
        assert element.getparent().getparent().tag == qn("w:del")
    for element in body.iter(qn("w:del")):
        assert not list(element.iter(qn("w:t")))
    for element in body.iter(qn("w:t"), qn("w:delText")):
        text = element.text or ""
        if text != text.strip():
            assert element.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve", text
    for element in body.iter(qn("w:ins"), qn("w:del")):
        assert element.get(qn("w:date")) == "2024-03-01T10:00:00"
    hostile_changes = [c for c in changes(doc) if c[1] == "CDA" and "regie" in c[2]]
    assert hostile_changes and all("\x00" not in c[2] and "\x0b" not in c[2] for c in hostile_changes)
    assert "<regie> &" in "".join(c[2] for c in hostile_changes)


def test_overlapping_amendments_get_their_own_paragraph(tmp_path: Path) -> None:
    first = amendment(1, CDA, P[0], "vervangen", "maakt afspraken", "sluit contracten", "aangenomen")
    rival = amendment(2, PVDA, P[0], "vervangen", "afspraken met aanbieders", "afspraken met inwoners", "aangenomen")
    doc = write(tmp_path, [first, rival])
    assert changes(doc) == [
        ("del", "CDA", "maakt afspraken"),
        ("ins", "CDA", "sluit contracten"),
        ("del", "PvdA", "aanbieders"),
        ("ins", "PvdA", "inwoners"),
    ]
    separate = [p for p in doc.paragraphs if p.text.startswith("A2: ") and p._p.find(qn("w:ins")) is not None]
    assert len(separate) == 1
    assert paragraph_text(separate[0], accept=True) == "A2: afspraken met inwoners"


def test_single_amendment_document(tmp_path: Path) -> None:
    a = amendment(3, CDA, P[1], "vervangen", "jaarlijks geïndexeerd", "tweejaarlijks herzien", cosigners=("PvdA",))
    path = write_amendment_docx(
        a, tmp_path / "A3.docx", meeting="Raadsvergadering 12 maart 2024", agenda_item="7. Inkoopkader"
    )
    doc = docx.Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Amendement A3: Titel 3"
    assert "Vergadering: Raadsvergadering 12 maart 2024" in texts
    assert "Agendapunt: 7. Inkoopkader" in texts
    assert "Betreft: Raadsvoorstel inkoopkader" in texts
    assert 'In uitgangspunt 2 de tekst "jaarlijks geïndexeerd" te vervangen door: "tweejaarlijks herzien"' in texts
    assert "Omdat het beter is." in texts and "Tweede alinea." in texts  # its Markdown as read, no ** printed
    assert "CDA: J. Jansen" in texts and "PvdA" in texts
    assert changes(doc) == [("del", "CDA", "jaarlijks geïndexeerd"), ("ins", "CDA", "tweejaarlijks herzien")]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2024, 3, 1, 10, 0, 5, 123), "2024-03-01T10:00:05"),
        (datetime(2024, 3, 1, 10, 0, tzinfo=timezone(timedelta(hours=1))), "2024-03-01T09:00:00Z"),
        (datetime(2024, 3, 1, 10, 0, tzinfo=UTC), "2024-03-01T10:00:00Z"),
    ],
)
def test_word_dates(value: datetime, expected: str) -> None:
    assert word_date(value) == expected


def test_a_draft_with_nothing_but_text_still_writes(tmp_path: Path) -> None:
    doc = write(tmp_path, [], [P[0]._replace(text="\x00\ud800Alleen tekst\x1f")])
    assert changes(doc) == []
    assert any(p.text == "Alleen tekst" for p in doc.paragraphs)


def test_overlapping_pending_amendments_keep_the_text_and_comment_apart(tmp_path: Path) -> None:
    first = amendment(1, CDA, P[0], "vervangen", "maakt afspraken", "sluit contracten")
    rival = amendment(2, PVDA, P[0], "vervangen", "afspraken met aanbieders", "afspraken met inwoners")
    doc = write(tmp_path, [first, rival])
    assert changes(doc) == []
    notes = commented(doc)
    assert notes["A1"][2] == "maakt afspraken"
    assert notes["A2"][2].startswith('In uitgangspunt 1 de tekst "afspraken met aanbieders"')  # its own paragraph
    assert body_text(doc, accept=True) == body_text(doc, accept=False)


def test_a_pure_insertion_is_inserted_not_struck_and_re_inserted(tmp_path: Path) -> None:
    principle = Principle("p12", "doc", 12, "Wet normering topinkomens", "Wet normering topinkomens", 0, 25)
    a = amendment(
        1, CDA, principle, "toevoegen", "topinkomens", ", ook voor onderaannemers", "aangenomen", principle_number=12
    )
    doc = write(tmp_path, [a], [principle])
    assert changes(doc) == [("ins", "CDA", ", ook voor onderaannemers")]
    assert "Wet normering topinkomens, ook voor onderaannemers" in body_text(doc, accept=True)


def _note(number: int, faction: Faction, principle: Principle, body: str, quote: str | None = None) -> Annotation:
    anchor = TextAnchor("doc", quote, "", "", 0, len(quote)) if quote else None
    return Annotation(
        id=f"n{number}",
        dossier_id="d1",
        faction_id=faction.id,
        faction_name=faction.name,
        author="  M. de Vries ",
        stance=Stance.ZORG,
        visibility=Visibility.GRIFFIE,
        body=body,
        principle_id=principle.id,
        principle_number=principle.number,
        anchor=anchor,
        created_at=T0,
        updated_at=T0,
        version=1,
        revision_id="r",
        include_in_draft=True,
    )


def _parts(path: Path) -> tuple[bytes, str]:
    """The body as written, and the comments without their dates (python-docx stamps them now)."""
    with zipfile.ZipFile(path) as package:
        document = package.read("word/document.xml")
        names = package.namelist()
        comments = package.read("word/comments.xml").decode("utf-8") if "word/comments.xml" in names else ""
    return document, re.sub(r' w:date="[^"]*"', "", comments)


def test_the_direct_paths_write_what_python_docx_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Paragraphs, styles and runs are written without python-docx's slow per-paragraph lookups;
    the document must be byte for byte the one python-docx's own calls make."""
    principles = [P[0], P[1]._replace(text=P[1].text + "\n\tMet een tab en  dubbele  spaties.\n Einde ")]
    items = [
        *SAMPLE,
        amendment(7, PVDA, P[0], "vervangen", "regie", " de regie\tsamen ", "aangenomen"),
        amendment(8, CDA, P[1], "toevoegen", "", "2b. Nieuw\n\nMet twee alinea's.", "aangenomen"),
        amendment(9, PVDA, principles[1], "vervangen", "Tweede", "Derde"),
        amendment(10, CDA, Principle("px", "doc", 9, "Weg", "Weg", 0, 3), "vervangen", "Weg", "Terug"),
    ]
    notes = [
        _note(1, CDA, P[0], "Eerste alinea.\n\n  Tweede\talinea met **nadruk**.", quote="voert de regie"),
        _note(2, PVDA, P[1], "Kort."),
        _note(3, CDA, Principle("px", "doc", 9, "Weg", "Weg", 0, 3), "Over een vervallen uitgangspunt."),
    ]
    draft = assemble_draft(DOSSIER, principles, items, notes, [CDA, PVDA], datetime(2024, 3, 1, 14, 30))
    fast = _parts(write_draft_docx(draft, tmp_path / "fast.docx"))
    single = _parts(write_amendment_docx(items[6], tmp_path / "fast-a.docx", meeting="Raad", agenda_item="7"))

    def add_paragraph(body, text: str = "", style: str | None = None):  # type: ignore[no-untyped-def]
        return body.doc.add_paragraph(text, style)

    def add_run(paragraph, text: str, *, bold: bool = False):  # type: ignore[no-untyped-def]
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        return run

    monkeypatch.setattr(docx_writer._Body, "paragraph", add_paragraph)
    monkeypatch.setattr(docx_writer, "add_run", add_run)
    slow = _parts(write_draft_docx(draft, tmp_path / "slow.docx"))
    assert b"Heading3" in slow[0] and b"Quote" in slow[0] and b"<w:tab/>" in slow[0] and b"<w:b/>" in slow[0]
    assert fast == slow
    assert single == _parts(write_amendment_docx(items[6], tmp_path / "slow-a.docx", meeting="Raad", agenda_item="7"))
