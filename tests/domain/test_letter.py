"""The zienswijze the council sends: its content, the Word template, and every format made from it."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docxtpl import DocxTemplate
from markdown_it import MarkdownIt

from raadsviewer.domain.draft import assemble_draft
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.letter import (
    LetterRequest,
    ZienswijzeLetter,
    assemble_letter,
    request_from_facts,
    request_subject,
)
from raadsviewer.domain.model import DocumentRole, MotieKind, MotieStatus
from raadsviewer.domain.reading import read_document
from raadsviewer.export.letter import (
    MISSING,
    blocks_to_html,
    blocks_to_markdown,
    default_template,
    docx_blocks,
    letter_context,
    long_date,
    number_list,
    render_docx,
    write_letter,
)
from raadsviewer.messages import MESSAGES
from raadsviewer.resources_path import resource_path
from tests.conftest import ZHZ
from tests.domain.test_draft import CDA, DOSSIER, FACTIONS, GENERATED, PVDA, P, amendment, note
from tests.domain.test_moties import motie

ROOT = Path(__file__).resolve().parents[2]
REQUEST = LetterRequest(
    subject="Inkoopkader jeugdhulp 2021",
    sender="Het dagelijks bestuur van de Dienst Gezondheid & Jeugd",
    kenmerk="UIT / 2004368",
    date=date(2020, 10, 5),
    deadline=date(2020, 11, 19),
)


def council_letter(**kw) -> ZienswijzeLetter:  # type: ignore[no-untyped-def]
    """Three principles: 1 amended (A1 adopted, A2 pending), 2 with a motie and a remark, 3 untouched."""
    amendments = [
        amendment(1, CDA, P[0], "vervangen", "maakt afspraken", "maakt meerjarige afspraken", "aangenomen"),
        amendment(2, PVDA, P[0], "vervangen", "de regie", "geen regie", "ingediend"),
        amendment(3, PVDA, P[2], "schrappen", "elk kwartaal", "", "verworpen"),
        amendment(4, CDA, None, "toevoegen", "", "Het voorstel wordt jaarlijks geëvalueerd.", "aangenomen"),
    ]
    notes = [
        note(
            1,
            PVDA,
            P[1],
            "zorg",
            "openbaar",
            "Tarieven moeten **echt** reëel zijn.\n\n- ook voor kleine aanbieders",
            True,
        ),
        note(2, CDA, P[1], "steun", "griffie", "Niet opgenomen.", False),
        note(3, CDA, None, "notitie", "openbaar", "De raad wil <b>jaarlijks</b> horen hoe het gaat.", True),
    ]
    draft = assemble_draft(DOSSIER, P, amendments, notes, FACTIONS, GENERATED)
    moties = [
        motie(id="m1", number=1, title="Kleine aanbieders", status=MotieStatus.AANGENOMEN, principle_ids=("p2",)),
        motie(id="m2", number=2, title="Verworpen wens", status=MotieStatus.VERWORPEN, principle_ids=("p3",)),
        motie(
            id="m3",
            number=3,
            title="Evaluatie",
            status=MotieStatus.AANGENOMEN,
            kind=MotieKind.SPREEKT_UIT,
            dictum=("dat de raad jaarlijks wil evalueren",),
            principle_ids=("p-old",),
        ),
    ]
    values = {
        "municipality": "Dordrecht",
        "meeting_date": date(2020, 11, 10),
        "letter_date": date(2020, 11, 12),
        "griffier": "J. de Griffier",
        "voorzitter": "A. de Voorzitter",
    }
    values.update(kw)
    return assemble_letter(draft, moties, REQUEST, **values)


# --- content ----------------------------------------------------------------------------------


def test_a_note_its_faction_wrote_for_the_griffie_stays_out_of_the_letter_everyone_reads() -> None:
    """The griffie may take a faction's note "voor de griffie" into its concept-zienswijze (its
    own working text), but the letter is public: only what the faction made openbaar is printed
    there. The letter counts what it left out, so the griffie can ask the faction."""
    notes = [
        note(1, PVDA, P[1], "zorg", "griffie", "Alleen voor de griffie bedoeld.", True),
        note(2, CDA, P[1], "steun", "openbaar", "Dit mag iedereen lezen.", True),
        note(3, CDA, None, "notitie", "griffie", "Ook niet openbaar.", True),
    ]
    draft = assemble_draft(DOSSIER, P, [], notes, FACTIONS, GENERATED)
    assert len(draft.principles[1].notes) == 2  # the griffie's concept has them
    letter = assemble_letter(draft, [], REQUEST, municipality="Dordrecht", meeting_date=None)
    printed = [text for p in letter.principles for pos in p.positions for text in pos.paragraphs]
    printed += [text for pos in letter.positions for text in pos.paragraphs]
    assert printed == ["Dit mag iedereen lezen."]
    assert letter.withheld == 2


def test_the_letter_says_per_principle_only_what_the_council_says() -> None:
    letter = council_letter()
    assert [p.number for p in letter.principles] == [1, 2]
    assert letter.unchanged == (3,)  # a rejected amendment or motie is no remark
    first, second = letter.principles
    assert first.new_text is not None and "maakt meerjarige afspraken" in first.new_text
    assert [(a.label, a.applied) for a in first.amendments] == [("A1", True)]  # A2 is pending: not in
    assert first.moties == () and first.positions == ()
    assert second.new_text is None and second.amendments == ()
    assert [m.label for m in second.moties] == ["M1"]
    assert [p.paragraphs for p in second.positions] == [
        ("Tarieven moeten echt reëel zijn.", "– ook voor kleine aanbieders")
    ]
    # not tied to a principle of this version: after the principles
    assert [a.label for a in letter.amendments] == ["A4"]
    assert [m.label for m in letter.moties] == ["M3"]
    assert [p.paragraphs for p in letter.positions] == [("De raad wil <b>jaarlijks</b> horen hoe het gaat.",)]


def test_a_motie_on_two_principles_is_given_once() -> None:
    draft = assemble_draft(DOSSIER, P, [], [], FACTIONS, GENERATED)
    both = motie(id="m1", number=1, status=MotieStatus.AANGENOMEN, principle_ids=("p3", "p1"))
    letter = assemble_letter(draft, [both], REQUEST, municipality="X", meeting_date=None)
    assert [(p.number, [m.label for m in p.moties]) for p in letter.principles] == [(1, ["M1"])]
    assert letter.unchanged == (2, 3) and letter.moties == ()


def test_the_request_comes_from_the_framework_letters_facts() -> None:
    doc = read_document(ZHZ.read_bytes(), name=ZHZ.name, role=DocumentRole.FRAMEWORK)
    request = request_from_facts(doc.title, doc.facts)
    assert request == LetterRequest(
        subject="Inkoopkader Jeugdhulp 2022 e.v.",  # the letter's "Zienswijze ..." without the asking word
        sender="Het dagelijks bestuur van de Dienst Gezondheid en Jeugd",
        kenmerk="UIT / 2004368",
        date=date(2020, 10, 5),
        deadline=date(2020, 11, 19),
    )
    assert request_from_facts("X", {"date": "2020-02-31"}, sender="Het AB").date is None
    assert request_from_facts("X", {}, sender="Het AB").sender == "Het AB"


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("Zienswijze Inkoopkader Jeugdhulp 2022 e.v.", "Inkoopkader Jeugdhulp 2022 e.v."),
        ("Verzoek om zienswijze op de ontwerpbegroting 2021", "de ontwerpbegroting 2021"),
        ("Verzoek tot het geven van een zienswijze: Regionaal Risicoprofiel", "Regionaal Risicoprofiel"),
        ("zienswijzen over de kadernota", "de kadernota"),
        ("Zienswijzeprocedure Omgevingsvisie", "Zienswijzeprocedure Omgevingsvisie"),  # not the asking word
        ("Zienswijze", "Zienswijze"),  # nothing would be left
        ("Inkoopkader jeugdhulp", "Inkoopkader jeugdhulp"),
    ],
)
def test_the_subject_is_what_the_zienswijze_is_about(title: str, subject: str) -> None:
    assert request_subject(title) == subject


# --- the template's fields --------------------------------------------------------------------


def test_words_for_dates_and_numbers() -> None:
    assert long_date(date(2020, 10, 5)) == "5 oktober 2020" and long_date(None) == ""
    assert number_list([3]) == "3"
    assert number_list([1, 2]) == "1 en 2"
    assert number_list([1, 2, 4, 5, 6, 13]) == "1, 2, 4 tot en met 6 en 13"
    assert number_list([8, 9, 10, 11, 12, 13, 1, 2, 3]) == "1 tot en met 3 en 8 tot en met 13"
    assert number_list([]) == ""


def test_context_fields() -> None:
    context = letter_context(council_letter())
    assert context["gemeente"] == "Dordrecht" and context["vergaderdatum"] == "10 november 2020"
    assert context["verzoek"]["afzender_in_zin"] == "het dagelijks bestuur van de Dienst Gezondheid & Jeugd"
    assert context["ongewijzigd"] == "3" and context["ongewijzigd_aantal"] == 1
    motie_fields = context["uitgangspunten"][1]["moties"][0]
    assert motie_fields["werkwoord"] == "het college verzoekt" and motie_fields["soort"] == "verzoekt"
    assert context["moties"][0]["werkwoord"] == "uitspreekt"
    empty = letter_context(council_letter(municipality="", meeting_date=None, letter_date=None))
    assert (empty["gemeente"], empty["vergaderdatum"], empty["briefdatum"]) == (MISSING, MISSING, MISSING)


def test_every_field_of_the_default_template_is_filled_and_documented() -> None:
    used = DocxTemplate(str(default_template())).get_undeclared_template_variables()
    context = letter_context(council_letter())
    assert used and used <= set(context), used - set(context)
    for doc in ("handleiding.md", "guide.md"):
        text = (ROOT / "resources" / "help" / doc).read_text(encoding="utf-8")
        for field in context:
            assert f"`{field}" in text, f"{field} is not documented in {doc}"


# --- Word -------------------------------------------------------------------------------------


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def test_the_default_template_gives_letter_and_raadsbesluit(tmp_path: Path) -> None:
    path = render_docx(council_letter(), tmp_path / "zienswijze.docx")
    texts = paragraphs(path)
    body = "\n".join(texts)
    assert "{{" not in body and "{%" not in body
    assert texts[0] == "Het dagelijks bestuur van de Dienst Gezondheid & Jeugd"
    assert "Uw kenmerk: UIT / 2004368" in texts
    assert (
        "In uw brief van 5 oktober 2020 vraagt u de gemeenteraad van Dordrecht om een zienswijze op Inkoopkader "
        "jeugdhulp 2021, uiterlijk 19 november 2020." in body
    )
    assert "Uitgangspunt 1: Regie bij de gemeente" in texts and "Uitgangspunt 3: Minder administratie" not in texts
    assert "Met uitgangspunt 3 stemt de raad in." in texts
    assert "De raad heeft motie M1 (Kleine aanbieders) aangenomen, waarin hij het college verzoekt:" in texts
    assert "Tarieven moeten echt reëel zijn." in texts and "Niet opgenomen." not in body
    assert "De raad wil <b>jaarlijks</b> horen hoe het gaat." in texts  # typed text stays text
    assert "Raadsbesluit" in texts
    assert (
        "gelezen het verzoek van het dagelijks bestuur van de Dienst Gezondheid & Jeugd van 5 oktober 2020, kenmerk "
        "UIT / 2004368, om een zienswijze te geven op Inkoopkader jeugdhulp 2021;" in texts
    )
    assert "Aldus besloten in de openbare vergadering van 10 november 2020." in texts
    tables = docx.Document(str(path)).tables
    assert [c.text.strip() for c in tables[-1].rows[1].cells] == ["J. de Griffier", "A. de Voorzitter"]
    with zipfile.ZipFile(path) as z:
        assert "&amp; Jeugd" in z.read("word/document.xml").decode("utf-8")  # escaped, well-formed


def _edit_document_xml(template: Path, target: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    """Change word/document.xml as Word would on save, keeping every other part as it was."""
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = edit(data.decode("utf-8")).encode("utf-8")
            out.writestr(info, data)
    return target


def test_a_template_edited_in_word_changes_the_output(tmp_path: Path) -> None:
    def edit(xml: str) -> str:
        assert "Overige uitgangspunten" in xml and "Geacht bestuur," in xml
        xml = xml.replace("Overige uitgangspunten", "Uitgangspunten zonder opmerkingen")
        xml = xml.replace("Geacht bestuur,", "Geachte leden van het dagelijks bestuur,")
        # Word splits a run where formatting changes: half of a field in bold
        before = "<w:t>De raad van de gemeente {{ gemeente }};</w:t></w:r>"
        assert before in xml
        return xml.replace(
            before,
            '<w:t xml:space="preserve">De raad van de gemeente {{ ge</w:t></w:r>'
            "<w:r><w:rPr><w:b/></w:rPr><w:t>meente }};</w:t></w:r>",
        )

    template = _edit_document_xml(default_template(), tmp_path / "eigen.docx", edit)
    texts = paragraphs(render_docx(council_letter(), tmp_path / "out.docx", template))
    assert "Uitgangspunten zonder opmerkingen" in texts and "Overige uitgangspunten" not in texts
    assert "Geachte leden van het dagelijks bestuur," in texts and "Geacht bestuur," not in texts
    assert "De raad van de gemeente Dordrecht;" in texts
    assert default_template().read_bytes() != template.read_bytes()  # the shipped one is untouched


def test_an_unusable_template_is_reported(tmp_path: Path) -> None:
    typo = _edit_document_xml(
        default_template(), tmp_path / "typo.docx", lambda xml: xml.replace("{{ gemeente }}", "{{ gemeent }}", 1)
    )
    broken = _edit_document_xml(
        default_template(), tmp_path / "broken.docx", lambda xml: xml.replace("{%p endfor %}", "{%p endfr %}", 1)
    )
    text = tmp_path / "brief.docx"
    text.write_text("geen Word-bestand", encoding="utf-8")
    for template, hint in [(typo, "gemeent"), (broken, "endfr"), (text, ".docx"), (tmp_path / "weg.docx", "")]:
        with pytest.raises(UserFacingError) as info:
            render_docx(council_letter(), tmp_path / "out.docx", template)
        assert info.value.code == "template_unusable" and hint in info.value.message("nl")
    assert "template_unusable" in MESSAGES and not (tmp_path / "out.docx").exists()


# --- Markdown, HTML, PDF ----------------------------------------------------------------------


def test_markdown_and_html_follow_the_rendered_template(tmp_path: Path) -> None:
    md = write_letter(council_letter(), "md", tmp_path / "z.md").read_text(encoding="utf-8")
    assert "### Uitgangspunt 1: Regie bij de gemeente" in md
    assert "> 1\\. Regie bij de gemeente De gemeente" in md  # the new text is quoted as a paragraph, not a list
    assert "- jaarlijks" not in md and "\\<b\\>jaarlijks\\</b\\>" in md  # user text stays inert
    rendered = MarkdownIt("js-default").render(md)
    assert set(re.findall(r"<(\w+)", rendered)) <= {"p", "h2", "h3", "blockquote", "ul", "li", "hr", "br"}
    assert md.count("\n---\n") == 1  # the raadsbesluit starts a new page
    html = write_letter(council_letter(), "html", tmp_path / "z.html").read_text(encoding="utf-8")
    assert "<script" not in html and "&lt;b&gt;jaarlijks&lt;/b&gt;" in html
    assert 'style="page-break-before: always"' in html
    assert html.index("Hoogachtend") < html.index("page-break-before") < html.index("Raadsbesluit")
    assert "<title>Zienswijze op Inkoopkader jeugdhulp 2021</title>" in html


def test_blocks_keep_formatting_and_lists(tmp_path: Path) -> None:
    path = render_docx(council_letter(), tmp_path / "z.docx")
    blocks = docx_blocks(path)
    kinds = [b.kind for b in blocks]
    assert "bullet" in kinds and "quote" in kinds and "table" in kinds and kinds.count("page_break") == 1
    heading = next(b for b in blocks if b.text == "Raadsbesluit")
    assert heading.kind == "heading" and heading.level == 2
    assert blocks_to_markdown(blocks).endswith("A. de Voorzitter\n")
    assert blocks_to_html(blocks).count("<table") == 2


def test_unknown_format_and_pdf_without_writer_are_refused(tmp_path: Path) -> None:
    for fmt, code in [("odt", "invalid_export_format"), ("pdf", "pdf_unavailable")]:
        with pytest.raises(UserFacingError) as info:
            write_letter(council_letter(), fmt, tmp_path / f"z.{fmt}")
        assert info.value.code == code
    assert list(tmp_path.iterdir()) == []


def test_pdf_through_the_qt_writer(tmp_path: Path, qapp) -> None:  # qapp: a QApplication for the PDF writer
    from raadsviewer.ui.pdf import write_pdf
    from tests.pdf_text import bodies, page_texts

    path = write_letter(council_letter(), "pdf", tmp_path / "z.pdf", pdf_writer=write_pdf)
    pages = page_texts(path)
    assert len(pages) >= 2
    assert pages[0].startswith("Het dagelijks bestuur van de Dienst Gezondheid & Jeugd")
    # the raadsbesluit starts a page of its own, and its heading is nowhere else
    text = bodies(pages)
    besluit = next(k for k, lines in enumerate(text) if lines[0] == "Raadsbesluit")
    assert besluit >= 1 and sum(lines.count("Raadsbesluit") for lines in text) == 1
    assert "Hoogachtend" in "".join(pages[:besluit])
    assert "De raad van de gemeente Dordrecht;" not in "".join(pages[:besluit])
    assert "Aldus besloten" in "".join(pages[besluit:])
    # from page 2 on, the letter's title and its own date head the page
    assert all(page.startswith("Zienswijze") and "12 november 2020" in page.splitlines()[0] for page in pages[1:])


def test_the_template_script_makes_the_committed_template(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_templates", ROOT / "resources/templates/make_templates.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = module.make(tmp_path / "zienswijze.docx")
    with zipfile.ZipFile(made) as fresh, zipfile.ZipFile(resource_path("templates", "zienswijze.docx")) as kept:
        assert fresh.read("word/document.xml") == kept.read("word/document.xml")


def test_an_adopted_amendment_whose_old_text_is_gone_is_marked_out_of_date_in_the_letter() -> None:
    """Its dictum cannot be applied as written: the letter says so (the template's `verouderd`)
    instead of claiming the change is in the new text."""
    gone = amendment(1, CDA, P[0], "vervangen", "jaarlijks herzien", "tweejaarlijks herzien", "aangenomen")
    kept = amendment(2, PVDA, P[0], "vervangen", "maakt afspraken", "maakt meerjarige afspraken", "aangenomen")
    draft = assemble_draft(DOSSIER, P, [gone, kept], [], FACTIONS, GENERATED)
    letter = assemble_letter(draft, [], REQUEST, municipality="X", meeting_date=None)
    (first,) = letter.principles
    flags = {a.label: (a.out_of_date, a.applied) for a in first.amendments}
    assert flags == {"A1": (True, False), "A2": (False, True)}
    fields = letter_context(letter)["uitgangspunten"][0]["amendementen"]
    assert [(f["nummer"], f["verouderd"]) for f in fields] == [("A1", True), ("A2", False)]
