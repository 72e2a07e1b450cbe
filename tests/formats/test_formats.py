"""Real PDF and Word files made from the sample texts read into the same principles and sections."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import BlockKind, DocumentRole
from raadsviewer.domain.reading import read_document
from raadsviewer.formats import format_of, page_at, read_any
from tests.conftest import GOLD, GRONINGEN, WERKGROEP, ZHZ
from tests.formats.build import parsed_text, write_blank_pdf, write_docx, write_pdf

GOLD_DATA = json.loads(GOLD.read_text(encoding="utf-8"))
ZHZ_GOLD = [tuple(p) for p in GOLD_DATA["documents"][ZHZ.name]["principles"]]
GRONINGEN_GOLD = GOLD_DATA["documents"][GRONINGEN.name]["principles_start_with"]
WERKGROEP_HEADINGS = [h for h, _n in GOLD_DATA["documents"][WERKGROEP.name]["links_to_framework"]["sections"]]
WRITERS = {"pdf": write_pdf, "docx": write_docx}


def _read(path: Path, role: DocumentRole = DocumentRole.FRAMEWORK):  # type: ignore[no-untyped-def]
    return read_any(path.read_bytes(), name=path.name, role=role)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    out = tmp_path_factory.mktemp("formats")
    made = {}
    for source in (ZHZ, WERKGROEP, GRONINGEN):
        parsed = parsed_text(source)
        for kind, writer in WRITERS.items():
            made[(source.name, kind)] = writer(parsed, out / f"{source.stem}.{kind}")
    return made


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_zhz_gives_the_13_principles_with_exact_titles(files, kind: str) -> None:
    read = _read(files[(ZHZ.name, kind)])
    assert [(p.number, p.title) for p in read.parsed.principles] == ZHZ_GOLD
    text = parsed_text(ZHZ)
    assert [p.text for p in read.parsed.principles] == [p.text for p in text.principles]
    assert read.source_format == kind


def test_zhz_pdf_gives_the_same_sections_as_its_text(files) -> None:
    """'Kern van de zaak' once ran into the line before in the PDF (the full stop of that line
    was laid over the heading's glyph row)."""
    read = _read(files[(ZHZ.name, "pdf")])
    assert [s.heading for s in read.parsed.sections] == [s.heading for s in parsed_text(ZHZ).sections]
    assert "Kern van de zaak" in [s.heading for s in read.parsed.sections]


def test_pdf_lines_are_mended() -> None:
    from raadsviewer.formats.pdf import _Line, _mend

    lines = [
        _Line("vastgesteld kan worden", 10, 5),
        _Line(". Kern van de zaak", 20, 7),
        _Line("•", 30, 5),
        _Line("Het concept.", 30, 5),
        _Line("3.", 40, 5),
        _Line("Derde punt", 40, 5),
        _Line("1.5 keer", 50, 5),
    ]
    assert [line.text for line in _mend(lines)] == [
        "vastgesteld kan worden.",
        "Kern van de zaak",
        "• Het concept.",
        "3. Derde punt",
        "1.5 keer",
    ]
    assert _mend(lines)[1].height == 7  # the heading keeps its own glyph row


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_werkgroep_gives_the_gold_section_headings(files, kind: str) -> None:
    read = _read(files[(WERKGROEP.name, kind)], DocumentRole.BACKGROUND)
    headings = [s.heading for s in read.parsed.sections]
    for heading in WERKGROEP_HEADINGS:
        assert heading in headings
    assert headings == [s.heading for s in parsed_text(WERKGROEP, DocumentRole.BACKGROUND).sections]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_groningen_gives_10_points(files, kind: str) -> None:
    read = _read(files[(GRONINGEN.name, kind)])
    got = [(p.number, p.title) for p in read.parsed.principles]
    assert [n for n, _t in got] == list(range(1, 11))
    for (number, title), (gold_number, start) in zip(got, GRONINGEN_GOLD, strict=True):
        assert number == gold_number and title.startswith(start)


def test_pdf_page_map_covers_the_text_in_page_order(files) -> None:
    read = _read(files[(ZHZ.name, "pdf")])
    pages = read.pages
    assert len(pages) >= 2
    assert pages[0].start == 0 and pages[-1].end == len(read.parsed.text)
    assert [p.page for p in pages] == sorted(p.page for p in pages)
    assert all(a.end == b.start for a, b in zip(pages, pages[1:], strict=False))
    first, last = read.parsed.principles[0], read.parsed.principles[-1]
    assert page_at(pages, first.start) is not None
    assert page_at(pages, 0) == 1
    assert page_at(pages, len(read.parsed.text) - 1) == pages[-1].page
    assert page_at(pages, last.start) >= page_at(pages, first.start)


def test_page_furniture_is_not_in_the_text(files) -> None:
    read = _read(files[(WERKGROEP.name, "pdf")], DocumentRole.BACKGROUND)
    assert all(b.text.strip() not in {"1", "2", "3", "4"} for b in read.parsed.blocks)


def test_scanned_pdf_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = write_blank_pdf(tmp_path / "scan.pdf")
    with pytest.raises(UserFacingError) as info:
        _read(path)
    assert info.value.code == "pdf_no_text"
    assert "OCR" in info.value.message("en") and "scan" in info.value.message("nl")


def _pdf(*objects: bytes) -> bytes:
    """A PDF made by hand: ``objects[i]`` is the body of object i + 1; the first is the catalog."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_LINE = b"BT /F1 10 Tf 50 700 Td (Uitgangspunt jeugdhulp gemeente raad inkoop kader) Tj ET"
# A page tree that names itself among its pages: PDFium cannot load that page (it was reported
# as a file needing too much memory, the reading process having died of the error).
PAGE_TREE_CYCLE = _pdf(
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 >>",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n%s\nendstream" % (len(_LINE), _LINE),
)


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("stuk.pdf", b"%PDF-1.7\n1 0 obj\n", "pdf_unreadable"),
        ("kringloop.pdf", PAGE_TREE_CYCLE, "pdf_unreadable"),
        ("stuk.pdf", b"dit is geen pdf", "pdf_unreadable"),
        ("stuk.docx", b"PK\x03\x04 kapot", "docx_unreadable"),
        ("stuk.docx", b"geen zip", "docx_unreadable"),
        ("stuk.pdf", b"", "empty_file"),
        ("stuk.odt", b"PK\x03\x04", "unsupported_format"),
    ],
)
def test_bad_files_are_refused(name: str, data: bytes, code: str) -> None:
    with pytest.raises(UserFacingError) as info:
        read_any(data, name=name, role=DocumentRole.FRAMEWORK)
    assert info.value.code == code
    assert info.value.message("nl") and info.value.message("en")


def test_format_of() -> None:
    assert [format_of(n) for n in ("a.PDF", "b.docx", "c.txt", "d", "e.odt")] == ["pdf", "docx", "text", "text", None]


# --- Word specifics ---------------------------------------------------------------------------


def _docx(tmp_path: Path, build) -> Path:  # type: ignore[no-untyped-def]
    import docx

    document = docx.Document()
    build(document)
    path = tmp_path / "test.docx"
    document.save(str(path))
    return path


POINTS = [("Zorg dichtbij", "Hulp in de eigen omgeving."), ("Normaliseren", "Niet elk probleem is zorg.")]


def test_a_table_with_the_number_before_the_title_in_one_cell(tmp_path: Path) -> None:
    """A Word table "1. Zorg dichtbij | Jeugdigen krijgen hulp ...": the title ran on into the
    explanation ("Zorg dichtbij | Jeugdigen krijgen ..."). A row is a point with its number alone
    in the first cell, and now also with its number before the title there; the same in a table
    pasted into a text (cells by tabs or bars)."""

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_paragraph("De uitgangspunten zijn:")
        table = document.add_table(rows=len(POINTS), cols=2)
        for row, (n, (title, text)) in zip(table.rows, enumerate(POINTS, start=1), strict=True):
            row.cells[0].text, row.cells[1].text = f"{n}. {title}", text

    docx = _read(_docx(tmp_path, build)).parsed
    pipes = "".join(f"| {n}. {t} | {x} |\n" for n, (t, x) in enumerate(POINTS, start=1))
    tabs = "".join(f"{n}. {t}\t{x}\textra\n" for n, (t, x) in enumerate(POINTS, start=1))
    texts = [
        read_document(f"De uitgangspunten zijn:\n\n{t}".encode(), name="k.md", role=DocumentRole.FRAMEWORK)
        for t in (pipes, tabs)
    ]
    for parsed in (docx, *texts):
        assert [(p.number, p.title) for p in parsed.principles] == [(1, "Zorg dichtbij"), (2, "Normaliseren")]
        assert "Zorg dichtbij – Hulp in de eigen omgeving." in parsed.principles[0].text


LETTER_POINTS = [
    ("Zorg dichtbij huis", "Jeugdigen krijgen hulp in hun eigen wijk."),
    ("Eenvoudige toegang", "Ouders vinden met één telefoontje de juiste hulp."),
    ("Minder administratieve lasten", "Aanbieders verantwoorden zich op resultaat."),
]
LETTER_TITLES = [t for t, _x in LETTER_POINTS]


def _xml(fragment: str):  # type: ignore[no-untyped-def]
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    v = "urn:schemas-microsoft-com:vml"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    return parse_xml(f'<w:root xmlns:w="{w}" xmlns:v="{v}" xmlns:mc="{mc}">{fragment}</w:root>')[0]


def _points_of(parsed) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.title for p in parsed.principles]


def test_a_letter_laid_out_in_tables_reads_as_its_paragraphs(tmp_path: Path) -> None:
    """A letter written in a one-cell frame was read as one line (no principles, no kenmerk); a
    letterhead of one row (address | kenmerk and date) lost its kenmerk; a one-column table of a
    numbered title and its explanation per cell ran each title into its explanation."""

    def framed(document) -> None:  # type: ignore[no-untyped-def]
        cell = document.add_table(rows=1, cols=1).cell(0, 0)
        cell.paragraphs[0].text = "Ons kenmerk: JZ/2024/0412"
        cell.add_paragraph("De uitgangspunten zijn:")
        for n, (title, text) in enumerate(LETTER_POINTS, start=1):
            cell.add_paragraph(f"{n}. {title}")
            cell.add_paragraph(text)

    def letterhead(document) -> None:  # type: ignore[no-untyped-def]
        row = document.add_table(rows=1, cols=2).rows[0]
        row.cells[0].paragraphs[0].text = "Gemeente Dordrecht"
        row.cells[0].add_paragraph("Postbus 8, 3300 AA Dordrecht")
        row.cells[1].paragraphs[0].text = "Ons kenmerk: JZ/2024/0412"
        row.cells[1].add_paragraph("Datum: 12 maart 2024")
        document.add_paragraph("De uitgangspunten zijn:")
        table = document.add_table(rows=len(LETTER_POINTS), cols=1)
        for n, (row, (title, text)) in enumerate(zip(table.rows, LETTER_POINTS, strict=True), start=1):
            row.cells[0].paragraphs[0].text = f"{n}. {title}"
            row.cells[0].add_paragraph(text)

    for build in (framed, letterhead):
        parsed = _read(_docx(tmp_path, build)).parsed
        assert _points_of(parsed) == LETTER_TITLES, build.__name__
        assert parsed.facts["kenmerk"] == "JZ/2024/0412"
        assert parsed.principles[0].text.endswith(LETTER_POINTS[0][1])


def test_a_points_table_numbered_by_word_itself(tmp_path: Path) -> None:
    """ "Nr. | Uitgangspunt | Toelichting" with the Nr. cells numbered by Word: the numbers are not
    in the cells' text, so the header row became point 1 and the titles ran into their text."""
    from tests.formats.build import _new_list, _set_num

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_paragraph("De uitgangspunten zijn:")
        table = document.add_table(rows=len(LETTER_POINTS) + 1, cols=3)
        for cell, text in zip(table.rows[0].cells, ("Nr.", "Uitgangspunt", "Toelichting"), strict=True):
            cell.text = text
        numbers = _new_list(document, "List Number")
        for row, (title, text) in zip(table.rows[1:], LETTER_POINTS, strict=True):
            _set_num(row.cells[0].paragraphs[0], numbers)
            row.cells[0].paragraphs[0].style = document.styles["List Number"]
            row.cells[1].text, row.cells[2].text = title, text

    parsed = _read(_docx(tmp_path, build)).parsed
    assert [(p.number, p.title) for p in parsed.principles] == list(enumerate(LETTER_TITLES, start=1))
    assert parsed.principles[1].text.endswith(LETTER_POINTS[1][1])


WHOLE_POINTS = [
    ("Zorg dichtbij huis", "Jeugdigen krijgen hulp in hun eigen wijk, zo dicht mogelijk bij school en gezin."),
    ("Eenvoudige toegang", "Ouders vinden met één telefoontje de juiste hulp, zonder doorverwijzing."),
    ("Minder administratieve lasten", "Aanbieders verantwoorden zich op resultaat en niet op elk uur."),
]


def test_a_points_table_without_numbers_under_its_column_names(tmp_path: Path) -> None:
    """ "Uitgangspunt | Toelichting" over a row per point, none numbered: the header row was the
    first point, and each title ran on into its explanation ("Zorg dichtbij huis | Jeugdigen ...").
    The same as a Markdown table."""

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_heading("Uitgangspunten", level=1)
        document.add_paragraph("Het kader kent drie uitgangspunten.")
        table = document.add_table(rows=len(WHOLE_POINTS) + 1, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Uitgangspunt", "Toelichting"
        for row, (title, text) in zip(table.rows[1:], WHOLE_POINTS, strict=True):
            row.cells[0].text, row.cells[1].text = title, text

    docx = _read(_docx(tmp_path, build)).parsed
    pipes = "| Uitgangspunt | Toelichting |\n|---|---|\n" + "".join(f"| {t} | {x} |\n" for t, x in WHOLE_POINTS)
    text = read_document(
        f"# Uitgangspunten\n\nHet kader kent drie uitgangspunten.\n\n{pipes}".encode(),
        name="k.md",
        role=DocumentRole.FRAMEWORK,
    )
    for parsed in (docx, text):
        assert [(p.number, p.title) for p in parsed.principles] == [
            (n, t) for n, (t, _x) in enumerate(WHOLE_POINTS, start=1)
        ]
        assert parsed.principles[0].text == f"{WHOLE_POINTS[0][0]} | {WHOLE_POINTS[0][1]}"
        assert "Uitgangspunt | Toelichting" in parsed.text  # still read, as the table's first row


def test_a_table_whose_first_row_holds_text_keeps_it_as_a_row(tmp_path: Path) -> None:
    """Without a header, every row is a point: column names are a few words each."""
    rows = "".join(f"| {t} | {x} |\n" for t, x in [("Eigen kracht", "Wij kijken eerst naar het gezin"), *WHOLE_POINTS])
    parsed = read_document(
        f"# Uitgangspunten\n\nHet kader kent vier uitgangspunten.\n\n{rows}".encode(),
        name="k.md",
        role=DocumentRole.FRAMEWORK,
    )
    assert [p.title for p in parsed.principles][:2] == ["Eigen kracht", "Zorg dichtbij huis"]


def test_a_points_bold_lead_in_is_its_title(tmp_path: Path) -> None:
    """ "(1) **Zorg dichtbij huis.** Jeugdigen krijgen ...": a title set in bold before its
    explanation in the same paragraph came out as the first sentence, full stop and all ("Zorg
    dichtbij huis."), the same as a point whose title is a sentence. The bold lead-in is the
    title, in Word (a list numbered by Word, or the number typed) as in Markdown."""
    from tests.formats.build import _new_list, _set_num

    def build(numbered_by_word: bool):  # type: ignore[no-untyped-def]
        def document_of(document) -> None:  # type: ignore[no-untyped-def]
            document.add_paragraph("De uitgangspunten zijn:")
            numbers = _new_list(document, "List Number") if numbered_by_word else ""
            for n, (title, text) in enumerate(LETTER_POINTS, start=1):
                paragraph = document.add_paragraph()
                if numbered_by_word:
                    _set_num(paragraph, numbers)
                    paragraph.style = document.styles["List Number"]
                else:
                    paragraph.add_run(f"{n}. ")
                paragraph.add_run(f"{title}.").bold = True
                paragraph.add_run(f" {text}")

        return document_of

    pipes = "".join(f"{n}. **{t}.** {x}\n\n" for n, (t, x) in enumerate(LETTER_POINTS, start=1))
    texts = [
        _read(_docx(tmp_path, build(True))).parsed,
        _read(_docx(tmp_path, build(False))).parsed,
        read_document(f"De uitgangspunten zijn:\n\n{pipes}".encode(), name="k.md", role=DocumentRole.FRAMEWORK),
    ]
    for parsed in texts:
        assert [(p.number, p.title) for p in parsed.principles] == list(enumerate(LETTER_TITLES, start=1))
        assert parsed.principles[0].text == f"{LETTER_POINTS[0][0]}. {LETTER_POINTS[0][1]}"  # no "**" in the text


def test_a_bold_title_on_a_line_of_its_own_in_its_points_paragraph(tmp_path: Path) -> None:
    """A point's bold title without a full stop, a line break (Shift+Enter) and its explanation,
    all in one numbered paragraph: the title ran into the explanation's first sentence."""
    from docx.enum.text import WD_BREAK

    from tests.formats.build import _new_list, _set_num

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_paragraph("De uitgangspunten zijn:")
        numbers = _new_list(document, "List Number")
        for title, text in LETTER_POINTS:
            paragraph = document.add_paragraph(style="List Number")
            _set_num(paragraph, numbers)
            paragraph.add_run(title).bold = True
            paragraph.add_run().add_break(WD_BREAK.LINE)
            paragraph.add_run(text)

    parsed = _read(_docx(tmp_path, build)).parsed
    assert [(p.number, p.title) for p in parsed.principles] == list(enumerate(LETTER_TITLES, start=1))


def test_a_bold_start_that_is_no_lead_in_leaves_the_title_as_it_was(tmp_path: Path) -> None:
    """Bold words that run on into the sentence (no full stop, colon or dash after them), or a
    point all in bold, are no title set apart: the first sentence is."""

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_paragraph("De uitgangspunten zijn:")
        first = document.add_paragraph("1. ")
        first.add_run("Zorg dichtbij").bold = True
        first.add_run(" is wat wij willen. Hulp in de wijk.")
        second = document.add_paragraph("2. ")
        second.add_run("Eenvoudige toegang voor iedereen.").bold = True

    parsed = _read(_docx(tmp_path, build)).parsed
    assert [p.title for p in parsed.principles] == [
        "Zorg dichtbij is wat wij willen.",
        "Eenvoudige toegang voor iedereen.",
    ]


def test_a_word_lists_last_point_does_not_run_into_the_paragraph_after_it(tmp_path: Path) -> None:
    """Word's text has a line per paragraph; the reader guessed a layout from those lines (short
    ones looked like a wrapped text set with blank lines between) and ran the last point into
    the paragraph after it ("Samenwerken met partners Deze uitgangspunten zijn ontleend ...")."""

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_paragraph("Het college hanteert bij de inkoop de volgende uitgangspunten:")
        for letter, title in zip(
            "abc", ("Vroegsignalering van achterstanden", "Eén loket", "Samenwerken met partners"), strict=True
        ):
            document.add_paragraph(f"{letter}) {title}")
            document.add_paragraph("- binnen vijf werkdagen contact", style="List Bullet")
        document.add_paragraph("Deze uitgangspunten zijn ontleend aan het Beleidskader Armoede en Schulden 2024–2027.")

    parsed = _read(_docx(tmp_path, build)).parsed
    assert [p.title for p in parsed.principles] == [
        "Vroegsignalering van achterstanden",
        "Eén loket",
        "Samenwerken met partners",
    ]
    assert "ontleend" not in parsed.principles[-1].title


def test_a_points_table_lettered_under_a_caption_and_column_names(tmp_path: Path) -> None:
    """A table with its caption merged across the top, its column names, a row per point lettered
    A, B, C in the first cell and its source merged across the bottom: the caption, the column
    names and the source were points among the rows, and each title ran on into its text."""

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_paragraph("In onderstaande tabel staan de uitgangspunten met een toelichting.")
        table = document.add_table(rows=len(WHOLE_POINTS) + 3, cols=3)
        table.rows[0].cells[0].merge(table.rows[0].cells[2]).text = "Uitgangspunten regionaal kader 2025"
        for cell, text in zip(table.rows[1].cells, ("", "Uitgangspunt", "Toelichting"), strict=True):
            cell.text = text
        for row, letter, (title, text) in zip(table.rows[2:], "ABC", WHOLE_POINTS, strict=False):
            row.cells[0].text, row.cells[1].text, row.cells[2].text = letter, title, text
        table.rows[-1].cells[0].merge(table.rows[-1].cells[2]).text = "Bron: Beleidsplan Beschermd Thuis 2022"

    parsed = _read(_docx(tmp_path, build)).parsed
    assert [(p.label, p.title) for p in parsed.principles] == [
        (letter, title) for letter, (title, _x) in zip("ABC", WHOLE_POINTS, strict=True)
    ]
    assert "Bron" not in parsed.principles[-1].text


def test_a_motion_whose_operative_words_are_a_heading_over_bullets_then_its_signatures(tmp_path: Path) -> None:
    """A Word motion: "constaterende dat:", "overwegende dat:" and "verzoekt het college ...:" set
    as headings, each over bullets, the signers' table after the last: no list was found (the
    operative heading introduced nothing, and the table's rows ran on in the last list)."""
    asks = ["in de aanbesteding een overgangstermijn op te nemen", "alle inwoners persoonlijk te informeren"]

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_heading("Motie vreemd aan de orde van de dag", 1)
        document.add_paragraph("De gemeenteraad van Apeldoorn, in vergadering bijeen op 13 maart 2025;")
        for head, items in (
            ("constaterende dat:", ["er nieuwe contracten komen", "het aantal aanbieders daalt"]),
            ("overwegende dat:", ["een vaste hulp belangrijk is", "een zorgvuldige overgang nodig is"]),
            ("verzoekt het college van burgemeester en wethouders:", asks),
        ):
            document.add_heading(head, 3)
            for item in items:
                document.add_paragraph(item, style="List Bullet")
        table = document.add_table(rows=2, cols=2)
        for row, texts in zip(table.rows, (("A. Kuipers", "M. Yilmaz"), ("Lokaal Apeldoorn", "PvdA")), strict=True):
            row.cells[0].text, row.cells[1].text = texts

    parsed = _read(_docx(tmp_path, build)).parsed
    assert [p.title for p in parsed.principles] == asks


def test_word_points_numbered_on_under_themes_a_bold_title_before_its_colon(tmp_path: Path) -> None:
    """ "De visie bevat acht uitgangspunten, verdeeld over drie thema's", the eight numbered on
    under three "Thema" headings, each a bold title with the colon after it not in bold: the
    three themes were chosen, and a title ran on into its explanation."""
    themes = {"A – Gewoon opgroeien": [1, 2, 3], "B – Passende hulp": [4, 5, 6], "C – Samen sturen": [7, 8]}

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_heading("Onze uitgangspunten", 2)
        document.add_paragraph("De visie bevat acht uitgangspunten, verdeeld over drie thema's.")
        for theme, numbers in themes.items():
            document.add_heading(f"Thema {theme}", 3)
            for n in numbers:
                paragraph = document.add_paragraph(f"{n}. ")
                paragraph.add_run(f"Titel van uitgangspunt {n} in het vet").bold = True
                paragraph.add_run(": met de uitleg erachter, niet in het vet.")

    parsed = _read(_docx(tmp_path, build)).parsed
    assert [(p.number, p.title) for p in parsed.principles] == [
        (n, f"Titel van uitgangspunt {n} in het vet") for n in range(1, 9)
    ]


def test_a_points_table_with_a_theme_column_merged_down_after_a_table_of_contents(tmp_path: Path) -> None:
    """Thema | Nr. | Kader, each theme's cell merged down over its points, numbered on through
    the themes, in a document whose table of contents numbers its chapters 1 to 5: the points
    gave the column names and one row run together (the theme first, so the row was no point),
    and points 5 and 6 were taken as chapters going on from the contents' 1 to 4."""
    points = [
        ("A. Passende hulp", "Hulp wordt zo licht als mogelijk en zo zwaar als nodig ingezet"),
        ("", "Gezinsgericht werken is de norm"),
        ("", "Verblijf zo kort mogelijk en zo thuis mogelijk"),
        ("B. Samenwerking", "Aanbieders vormen samen een sluitend netwerk"),
        ("", "Het onderwijs is een vaste partner"),
        ("", "Huisartsen en toegang stemmen verwijzingen af"),
        ("C. Sturing", "Bekostiging op basis van trajecten"),
    ]

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_heading("Inhoud", 1)
        for number, name in enumerate(
            ("Aanleiding", "Proces", "Kaders per thema", "Financiële gevolgen", "Vervolg"), 1
        ):
            document.add_paragraph(f"{number}. {name}")
        document.add_heading("1. Aanleiding", 1)
        document.add_paragraph("De gemeenten kopen samen jeugdhulp in.")
        document.add_heading("3. Kaders per thema", 1)
        document.add_paragraph("De kaders zijn geordend naar drie thema's; de nummering loopt door.")
        table = document.add_table(rows=len(points) + 1, cols=3)
        for cell, text in zip(table.rows[0].cells, ("Thema", "Nr.", "Kader"), strict=True):
            cell.text = text
        for n, (row, (theme, title)) in enumerate(zip(table.rows[1:], points, strict=True), 1):
            row.cells[1].text, row.cells[2].text = str(n), title
            if theme:
                row.cells[0].text = theme
        table.cell(1, 0).merge(table.cell(3, 0))  # Word keeps the theme in the first cell it spans
        table.cell(4, 0).merge(table.cell(6, 0))
        document.add_heading("4. Financiële gevolgen", 1)
        document.add_paragraph("De kaders passen in de begroting.")

    parsed = _read(_docx(tmp_path, build)).parsed
    assert [(p.number, p.title) for p in parsed.principles] == [(n, t) for n, (_th, t) in enumerate(points, 1)]
    assert "A. Passende hulp" in parsed.principles[0].text  # the theme stays beside its first point


def test_text_boxes_hidden_styles_and_typed_note_marks(tmp_path: Path) -> None:
    """A point (or the letterhead) in a text box was left out; text hidden by its character or
    paragraph style was read (an editor's "[NOOT: ...]"); a note's mark typed in superscript ran
    into the title ("huis1")."""

    def build(document) -> None:  # type: ignore[no-untyped-def]
        hidden = document.styles.add_style("Redactie", 2)  # a character style
        hidden.font.hidden = True
        hidden_paragraphs = document.styles.add_style("Redactienoot", 1)  # a paragraph style
        hidden_paragraphs.font.hidden = True
        document.add_paragraph("De uitgangspunten zijn:")
        first = document.add_paragraph(f"1. {LETTER_POINTS[0][0]}")
        mark = first.add_run("1")
        mark.font.superscript = True
        first.add_run(" [NOOT: schrappen]", style="Redactie")
        document.add_paragraph(LETTER_POINTS[0][1])
        document.add_paragraph("Redactie: dit punt vervalt misschien.", style="Redactienoot")
        document.add_paragraph(f"2. {LETTER_POINTS[1][0]}")
        anchor = document.add_paragraph(LETTER_POINTS[1][1])
        title, text = LETTER_POINTS[2]
        box = f"<w:txbxContent><w:p><w:r><w:t>3. {title}</w:t></w:r></w:p><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
        # as Word writes it: the box as a drawing, and again as a fallback picture for older programs
        anchor._p.append(
            _xml(
                "<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><v:shape><v:textbox>"
                f"{box}</v:textbox></v:shape></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
                f"{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
            )
        )

    parsed = _read(_docx(tmp_path, build)).parsed
    assert _points_of(parsed) == LETTER_TITLES
    assert parsed.text.count(LETTER_POINTS[2][1]) == 1  # the box once, not its fallback too
    for gone in ("NOOT", "Redactie", "huis1"):
        assert gone not in parsed.text


def _numbered_by(document, texts: list[str]) -> str:  # type: ignore[no-untyped-def]
    """A list definition of decimal levels written as ``texts`` (Word's lvlText); its numId."""
    numbering = document.part.numbering_part.element
    ids = [int(n.get(f"{{{W}}}numId")) for n in numbering.findall(f"{{{W}}}num")] or [0]
    num_id = str(max(ids) + 1)
    levels = "".join(
        f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{t}"/></w:lvl>'
        for n, t in enumerate(texts)
    )
    numbering.insert(0, _xml(f'<w:abstractNum w:abstractNumId="9{num_id}">{levels}</w:abstractNum>'))
    numbering.append(_xml(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="9{num_id}"/></w:num>'))
    return num_id


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_docx_numbers_shown_as_their_list_writes_them(tmp_path: Path) -> None:
    """Word's own number text: "%1.%2" shows "2.1", "Uitgangspunt %1:" a label. Both were written
    as "1." ("2.1 ... 2.4" became points 1 to 4; the letter's "uitgangspunt 2.3" named none)."""
    from raadsviewer.formats.docx import docx_markdown
    from tests.formats.build import _set_num

    def build(document) -> None:  # type: ignore[no-untyped-def]
        outline = _numbered_by(document, ["%1.", "%1.%2"])
        for text, level in [
            ("Inleiding", 0),
            ("Uitgangspunten", 0),
            ("Zorg dichtbij huis", 1),
            ("Eenvoudige toegang", 1),
        ]:
            _set_num(document.add_paragraph(text), outline, ilvl=level)
        labelled = _numbered_by(document, ["Uitgangspunt %1:"])
        for title, _text in LETTER_POINTS[:2]:
            _set_num(document.add_paragraph(title), labelled)

    text = docx_markdown(_docx(tmp_path, build).read_bytes(), "kader.docx")
    for line in ("2. Uitgangspunten", "    2.1 Zorg dichtbij huis", "    2.2 Eenvoudige toegang"):
        assert line in text.split("\n\n"), line  # the second level written as nested in the first
    assert "Uitgangspunt 1: Zorg dichtbij huis" in text and "Uitgangspunt 2: Eenvoudige toegang" in text


SUB_POINTS = [  # more sub-points than twice the points: the longer list, not the principles
    ("Zorg dichtbij huis", ["Wijkteams werken in de buurt.", "De reistijd blijft beperkt.", "Ook in de dorpen."]),
    ("Eén gezin, één plan", ["Het plan is van het gezin.", "Eén regisseur per gezin.", "Het plan gaat mee."]),
    ("Ruimte voor de professional", ["Minder registratielast.", "Vertrouwen als basis.", "Leren van elkaar."]),
]


@pytest.mark.parametrize("sub_level", ["List Number 2", "second level", "typed"])
def test_docx_numbered_sub_points_stay_inside_their_point(tmp_path: Path, sub_level: str) -> None:
    """Word points with numbered sub-points: "List Number" with "List Number 2" under each (a
    list of its own, counting on across the points), one list's second level ("%2.", counting
    from 1 under each point), or numbers typed in the text with the sub-points set in with the
    ruler. All were read as one list of points ("Het plan is van het gezin." became point 3;
    the second level became lists A, B and C); the sub-points now stand indented in the text,
    as Word shows them, and are part of their point."""
    from docx.shared import Cm

    from tests.formats.build import _set_num

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_heading("Uitgangspunten", level=1)
        two_levels = _numbered_by(document, ["%1.", "%2."])
        for n, (title, subs) in enumerate(SUB_POINTS, start=1):
            if sub_level == "typed":
                document.add_paragraph(f"{n}.\t{title}")
                for k, sub in enumerate(subs, start=1):
                    paragraph = document.add_paragraph(f"{k}.\t{sub}")
                    paragraph.paragraph_format.left_indent = Cm(1.9)
                    paragraph.paragraph_format.first_line_indent = Cm(-0.6)
                continue
            point = document.add_paragraph(title, style="List Number")
            if sub_level != "List Number 2":
                _set_num(point, two_levels)
            for sub in subs:
                paragraph = document.add_paragraph(sub, style=sub_level if sub_level == "List Number 2" else None)
                if sub_level != "List Number 2":
                    _set_num(paragraph, two_levels, ilvl=1)

    path = _docx(tmp_path, build)
    parsed = _read(path).parsed
    assert [(p.number, p.title) for p in parsed.principles] == [
        (n, title) for n, (title, _subs) in enumerate(SUB_POINTS, start=1)
    ]
    for principle, (_title, subs) in zip(parsed.principles, SUB_POINTS, strict=True):
        assert all(sub in principle.text for sub in subs)
    from raadsviewer.formats.docx import docx_markdown

    lines = docx_markdown(path.read_bytes(), "kader.docx").split("\n\n")
    first = "4." if sub_level == "List Number 2" else "1."  # a list of its own counts on
    assert f"1. {SUB_POINTS[0][0]}" in lines and f"    {first} {SUB_POINTS[1][1][0]}" in lines


@pytest.mark.parametrize("counting_on", [True, False], ids=["numbered-on", "from-1"])
def test_pdf_sub_points_set_in_stay_inside_their_point(tmp_path: Path, counting_on: bool) -> None:
    """A PDF of points with numbered sub-points set further in, over two pages: PDFium's text
    has no indentation, so the sub-points were points ("We contracteren minder aanbieders" was
    point 1), and the page number at the foot of page 1 ran on into the last line before it
    ("... instromen. 1"), which took the first point of page 2 along. A numbered line now
    carries how far it is set in from the page's text, and a glyph far off on a lower row is a
    line of its own."""
    from tests.formats.build import write_html_pdf

    points = [(title, subs) for _round in range(4) for title, subs in SUB_POINTS]
    points = [(f"{title} {n}", subs) for n, (title, subs) in enumerate(points, start=1)]
    body, sub = ["<h2>Uitgangspunten</h2>"], 0
    for n, (title, subs) in enumerate(points, start=1):
        body.append(f"<p>{n}. {html.escape(title)}</p>")
        for k, text in enumerate(subs, start=1):
            sub += 1
            body.append(f'<p style="margin-left:60px">{sub if counting_on else k}. {html.escape(text)}</p>')
    path = write_html_pdf("\n".join(body), tmp_path / "kader.pdf")
    read = _read(path)
    assert len(read.pages) >= 2  # the list goes on over a page break
    parsed = read.parsed
    assert [p.title for p in parsed.principles] == [title for title, _subs in points]
    for principle, (_title, subs) in zip(parsed.principles, points, strict=True):
        assert all(text in principle.text for text in subs)


def test_a_pdf_table_of_points_is_read_row_by_row(tmp_path: Path) -> None:
    """A table Nr. | Speerpunt | Toelichting laid out by Qt (drawn cell by cell): its cells ran
    into each other line by line ("1 Iedereen doet mee naar" / "vermogen" / "Iedere inwoner ..."),
    so a title wrapped in its cell was cut and the points were not found; a later list named
    otherwise ("de volgende financiële kaders:") was taken with them as one list of eight."""
    from tests.formats.build import write_html_pdf

    rows = [
        (
            "Iedereen doet mee naar vermogen",
            "Iedere inwoner in de bijstand heeft een persoonlijk plan gericht op werk.",
        ),
        ("Werkgevers als partner", "Het werkgeversservicepunt bouwt het netwerk van werkgevers verder uit."),
        ("Bestaanszekerheid en menselijke maat", "Het Werkplein voorkomt dat inwoners onnodig in de problemen komen."),
        ("Beschut werk als volwaardige werkplek", "Het Werkplein realiseert ten minste 145 beschut-werkplekken."),
    ]
    cells = "".join(
        f'<tr><td width="8%">{n}</td><td width="30%">{html.escape(title)}</td><td>{html.escape(text)}</td></tr>'
        for n, (title, text) in enumerate(rows, start=1)
    )
    letterhead = (  # a letterhead laid out as a table: its fields stay lines of their own
        '<table cellspacing="0"><tr><td width="110">Datum</td><td>20 februari 2024</td></tr>'
        "<tr><td>Uw brief van</td><td>-</td></tr><tr><td>Contactpersoon</td><td>dhr. M. El Khatib</td></tr></table>"
    )
    body = (
        f"{letterhead}<h2>3 Speerpunten 2025</h2><p>Het bestuur stelt voor de volgende speerpunten te hanteren:</p>"
        f'<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr><td><b>Nr.</b></td>'
        f"<td><b>Speerpunt</b></td><td><b>Toelichting</b></td></tr>{cells}</table>"
        "<h2>4 Financiële kaders</h2><p>Het bestuur hanteert de volgende financiële kaders:</p>"
        "<p>1. Loonkosten worden geïndexeerd met 4,1 procent.</p><p>2. Materiële kosten met 2,8 procent.</p>"
        "<p>3. Nieuw beleid alleen met dekking binnen de begroting.</p>"
    )
    path = write_html_pdf(body, tmp_path / "kadernota.pdf")
    from raadsviewer.formats.pdf import extract_pages_here

    page = extract_pages_here(path.read_bytes(), "kadernota.pdf")[0].split("\n")
    assert {"Datum 20 februari 2024", "Uw brief van -", "Contactpersoon dhr. M. El Khatib"} <= set(page)
    parsed = _read(path).parsed
    assert parsed.facts["date"] == "2024-02-20"
    assert [p.title for p in parsed.principles] == [title for title, _text in rows]
    for principle, (_title, text) in zip(parsed.principles, rows, strict=True):
        assert text in principle.text


def test_a_pdf_table_with_a_theme_column_spanning_rows_and_a_row_cut_by_the_page_break(tmp_path: Path) -> None:
    """Thema | Nr. | Principe | Toelichting laid out by Qt, each theme's cell spanning its points
    and a row cut by the page break, the header repeated on the next page: the rows under a theme (its cell drawn on the first only)
    had their numbers first, in the theme's column, and none was read as a point; the cut row's
    end on the next page ("van iedere nieuwe aansluiting") was a row of its own, after the row's
    start drawn again above the page's top (clipped off, not seen), so its title was cut."""
    import pypdfium2

    from raadsviewer.formats.pdf import extract_pages_here
    from tests.formats.build import write_html_pdf

    themes = {
        "Opwek": ["Eerst zon op daken, dan zon op land", "Wind alleen in de bestaande zoekgebieden"],
        "Netten": ["Netcapaciteit bepaalt het tempo van iedere nieuwe aansluiting in de regio"],
        "Warmte": ["De wijk is de schaal van de warmtetransitie", "Restwarmte uit de regio wordt eerst benut"],
        "Samenleving": ["Iedereen kan meedoen en meeprofiteren", "Ruimtelijke kwaliteit en natuur wegen zwaar"],
    }
    rows, n = [], 0
    for theme, titles in themes.items():
        for k, title in enumerate(titles):
            n += 1
            spanning = f'<td rowspan="{len(titles)}"><b>{theme}</b></td>' if k == 0 else ""
            explanation = " ".join(["Dit principe werkt de stuurgroep uit met de gemeenten en de netbeheerder."] * 2)
            rows.append(f"<tr>{spanning}<td>{n}</td><td><b>{title}</b></td><td>{explanation}</td></tr>")
    filler = "".join(f"<p>{'De regio werkt sinds 2019 samen aan de energiestrategie. ' * 9}</p>" for _ in range(4))
    body = (
        f"<h2>1 Inleiding</h2>{filler}<p>{'Tekst. ' * 40}</p><h2>2 Principes</h2><p>De stuurgroep stelt voor:</p>"
        '<table border="1" cellpadding="3" cellspacing="0" width="100%"><thead><tr><th width="20%">Thema</th>'
        '<th width="6%">Nr.</th><th width="30%">Principe</th><th>Toelichting</th></tr></thead>'
        f"{''.join(rows)}</table>"
        "<h2>3 Proces</h2><p>Wij vragen de raden:</p><p>1. kennis te nemen van het kader;</p>"
        "<p>2. hun wensen en bedenkingen kenbaar te maken.</p>"
    )
    path = write_html_pdf(body, tmp_path / "res.pdf")
    pdf = pypdfium2.PdfDocument(str(path))
    try:  # the page break cuts the row of point 3: its title goes on at the top of page 2
        assert "aansluiting in de" in pdf[1].get_textpage().get_text_range()
    finally:
        pdf.close()
    pages = extract_pages_here(path.read_bytes(), "res.pdf")
    assert pages[1].lstrip().startswith("| Thema | Nr. |")  # the header, repeated on page 2
    assert pages[1].split("\n\n")[1].startswith("| Warmte | 4 |")  # the cut row's end went back to its start
    parsed = _read(path).parsed
    titles = [title for titles in themes.values() for title in titles]
    assert [(p.number, p.title) for p in parsed.principles] == list(enumerate(titles, 1))
    assert "Samenleving" in parsed.principles[5].text  # each theme stays beside its first point


def test_a_pdf_table_of_a_theme_column_number_and_short_title_only(tmp_path: Path) -> None:
    """Thema | Nr. | Uitgangspunt, no explanation column, each theme's cell spanning its points: a
    row under a theme with a title on one line is two pieces of a line ("4" and its title), no
    table's row by itself, and was read as a line "4 Ondernemers ...", so the list stopped at 3."""
    from tests.formats.build import write_html_pdf

    themes = {
        "Vroegsignalering": [
            "Wij benaderen inwoners actief bij een achterstand op de vaste lasten",
            "Partners signaleren",
        ],
        "Toegang": ["Een eerste gesprek binnen drie werkdagen", "Ondernemers kunnen ook terecht", "Ook hoge inkomens"],
        "Nazorg": ["Na een regeling volgt een jaar nazorg"],
    }
    rows, n = [], 0
    for theme, titles in themes.items():
        for k, title in enumerate(titles):
            n += 1
            spanning = f'<td rowspan="{len(titles)}"><b>{theme}</b></td>' if k == 0 else ""
            rows.append(f"<tr>{spanning}<td>{n}</td><td>{title}</td></tr>")
    body = (
        "<h2>3 Uitgangspunten</h2><p>Het plan rust op de volgende uitgangspunten.</p>"
        '<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr><th width="25%">Thema</th>'
        f'<th width="8%">Nr.</th><th>Uitgangspunt</th></tr>{"".join(rows)}</table>'
        "<h2>4 Uitvoering</h2><p>De uitvoering ligt bij het team.</p>"
    )
    parsed = _read(write_html_pdf(body, tmp_path / "plan.pdf")).parsed
    titles = [title for titles in themes.values() for title in titles]
    assert [(p.number, p.title) for p in parsed.principles] == list(enumerate(titles, 1))


def test_a_letters_kenmerk_in_a_word_header_and_its_date_in_a_pdf_footer(tmp_path: Path) -> None:
    """A Word template's kenmerk in the page header and a PDF's date only in its footer: the
    header is no part of a Word file's text, and a PDF's running lines are dropped, so neither
    was read."""
    from raadsviewer.formats.pdf import _layout_pages, _Line

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.sections[0].header.paragraphs[0].text = "DVO Taalhuis Gouda\tkenmerk 2024/DVO/0318"
        document.add_paragraph("Geachte raad,")
        document.add_paragraph("Hierbij de overeenkomst. Wij vragen u uiterlijk 1 juni 2025 te reageren.")

    facts = _read(_docx(tmp_path, build)).parsed.facts
    assert facts["kenmerk"] == "2024/DVO/0318"

    body = "Na de Woontop van 28 november 2024 sturen wij u de agenda voor de leefbaarheid in de regio."
    pages, margins = [], []
    for n in (1, 2):
        foot = _Line(f"Holland Rijnland | 17 april 2025 | pagina {n} van 2", 800, 8.0, False, 60)
        pages.append(
            [_Line(f"{body} Regel {chr(97 + n)}{chr(97 + k)}.", 100 + k * 14, 10.6, False, 60) for k in range(20)]
            + [foot]
        )
    texts = _layout_pages(pages, "brief.pdf", margins)
    assert margins == ["Holland Rijnland | 17 april 2025 | pagina 1 van 2"] and "17 april" not in texts[0]
    joined = "\n\n".join(texts).encode()
    parsed = read_document(joined, name="brief.pdf", role=DocumentRole.FRAMEWORK, margins="\n".join(margins))
    assert parsed.facts["date"] == "2025-04-17"


def test_a_pdf_table_written_line_by_line_across_its_columns() -> None:
    """A borderless table (Speerpunt | Wat willen we bereiken?) written a line at a time across
    both columns, each wrapping in its own: the title's second line ("jeugdteam") and the
    explanation's lines alternated, so no title was whole and no point was found. A table of
    fields (Onderwerp / Raadsvergadering, each beside its value) stays a line per field."""
    from raadsviewer.formats.pdf import _layout_pages, _Line

    def row(top: float, *pieces: tuple[float, str]) -> list[_Line]:
        return [_Line(text, top, 10.6, False, left, k > 0) for k, (left, text) in enumerate(pieces)]

    body = "Dit is een regel lopende tekst van het koersdocument over jeugd en onderwijs in de regio."
    lines = [_Line(body, 100, 10.6, False, 60), _Line("In het overzicht staan de speerpunten:", 114, 10.6, False, 60)]
    lines += row(140, (60, "Onderwerp"), (250, "Koersdocument Jeugd en Onderwijs"))
    lines += row(153, (60, "Raadsvergadering"), (250, "27 juni 2024"))
    lines += row(180, (60, "1 Iedere school een vast"), (250, "Elke school heeft een"))
    lines += row(194, (78, "jeugdteam"), (250, "vaste contactpersoon van het"))
    lines += row(208, (250, "lokale jeugdteam."))
    lines += row(230, (60, "2 Geen thuiszitters"), (250, "Leerlingen die dreigen uit te"))
    lines += row(244, (250, "vallen, krijgen een aanbod."))
    lines += [_Line(body, 270, 10.6, False, 60)]
    text = _layout_pages([lines], "koers.pdf")[0]
    assert (
        "| 1 | Iedere school een vast jeugdteam | Elke school heeft een vaste contactpersoon van het lokale jeugdteam. |"
        in text
    )
    assert "| 2 | Geen thuiszitters | Leerlingen die dreigen uit te vallen, krijgen een aanbod. |" in text
    assert "Onderwerp Koersdocument Jeugd en Onderwijs" in text and "Raadsvergadering 27 juni 2024" in text


def test_a_pdf_headings_line_broken_at_a_hyphen_goes_on_without_a_space() -> None:
    """A title in large type broken after the hyphen of "Noord-Holland" read "Noord- Holland"; a
    word hyphenated at the line's end ("ontwikke-" / "ling") is one word again."""
    from raadsviewer.formats.pdf import _layout_pages, _Line

    body = "Dit is een regel lopende tekst van de strategie over de energie in de hele regio."
    lines = [_Line("Regionale Energiestrategie Noord-", 60, 20.0, True, 60), _Line("Holland Noord", 84, 20.0, True, 60)]
    lines += [_Line(body, 130, 10.6, False, 60), _Line(body, 144, 10.6, False, 60)]
    lines += [_Line("Ruimtelijke ontwikke-", 180, 16.0, True, 60), _Line("ling in de regio", 200, 16.0, True, 60)]
    lines += [_Line(body, 240, 10.6, False, 60), _Line(body, 254, 10.6, False, 60)]
    text = _layout_pages([lines], "res.pdf")[0]
    assert "# Regionale Energiestrategie Noord-Holland Noord" in text
    assert "# Ruimtelijke ontwikkeling in de regio" in text


def test_a_pdf_points_label_beside_a_bold_title_over_its_explanation() -> None:
    """ "U1" in the margin beside a bold title, its explanation in normal type under the title:
    read as a table's row, the title ran into the explanation's first sentence."""
    from raadsviewer.domain.reading import read_document
    from raadsviewer.formats.pdf import _layout_pages, _Line

    body = "Dit is een regel lopende tekst van de brief over de inkoop van jeugdhulp in de regio."
    lines = [_Line(body, 100, 11.7, False, 62), _Line("Het kader kent drie uitgangspunten.", 114, 11.7, False, 62)]
    for n, (top, title) in enumerate(((140, "Het kind staat centraal"), (200, "Wij versterken de basis")), 1):
        lines += [_Line(f"U{n}", top, 11.9, True, 62), _Line(title, top, 11.9, True, 88, True)]
        lines += [_Line("Hulp sluit aan bij de vraag van de jeugdige.", top + 16, 11.7, False, 88)]
        lines += [_Line("Aanbieders stemmen onderling af.", top + 30, 11.7, False, 88)]
    lines += [_Line(body, 260, 11.7, False, 62)]
    text = _layout_pages([lines], "brief.pdf")[0]
    assert "| U1 | Het kind staat centraal | Hulp sluit aan bij de vraag van de jeugdige." in text
    doc = read_document(text.encode(), name="brief.txt", role=DocumentRole.FRAMEWORK)
    assert [p.title for p in doc.principles] == ["Het kind staat centraal", "Wij versterken de basis"]


def test_a_pdfs_chapters_holding_its_principles_are_not_the_principles(tmp_path: Path) -> None:
    """A summary naming five principles briefly, then chapters "1. Waarom ...?" to "5.
    Besluitvorming", the third "Onze principes" holding "Principe 1: ..." to "Principe 5: ...":
    the chapters, one of them named for the principles, were chosen as the principles."""
    from tests.formats.build import write_html_pdf

    points = [
        ("Meedoen", "Iedere inwoner kan meedoen in de samenleving"),
        ("Eigen regie", "Inwoners houden zelf de regie over hun ondersteuning"),
        ("Voorliggend eerst", "Algemene voorzieningen gaan voor maatwerk"),
        ("Mantelzorg", "Mantelzorgers worden gezien en ondersteund"),
        ("Integraal", "De ondersteuning sluit aan op wonen en werk"),
    ]
    summary = "<br/>".join(f"{n}. {short}" for n, (short, _full) in enumerate(points, 1))
    body = [
        "<h1>Beleidskader Wmo 2025-2028</h1>",
        "<p><b>Samenvatting</b></p><p>Het kader rust op vijf principes:</p>",
        f"<p>{summary}</p><p>De principes zijn in hoofdstuk 3 uitgewerkt.</p>",
        "<h2>1. Waarom een nieuw beleidskader?</h2><p>Het vorige plan liep af in 2023.</p>",
        "<h2>2. Wat hebben we opgehaald?</h2><p>Wij spraken met ruim 300 inwoners.</p>",
        "<h2>3. Onze principes</h2>",
        *(
            f"<h3>Principe {n}: {full}</h3><p>Toelichting bij principe {n}.</p>"
            for n, (_s, full) in enumerate(points, 1)
        ),
        "<h2>4. Financiën</h2><p>Binnen de bestaande budgetten.</p>",
        "<h2>5. Besluitvorming</h2><p>De raad stelt het kader vast.</p>",
    ]
    parsed = _read(write_html_pdf("\n".join(body), tmp_path / "kader.pdf")).parsed
    assert [p.title for p in parsed.principles] == [full for _short, full in points]


def test_docx_numbering_restarts_levels_and_tables(tmp_path: Path) -> None:
    from raadsviewer.formats.docx import docx_markdown
    from tests.formats.build import _new_list, _set_num

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_heading("Kader", level=1)
        first = _new_list(document, "List Number")
        for text in ("Eerste punt van de lijst", "Tweede punt van de lijst"):
            _set_num(document.add_paragraph(text, style="List Number"), first)
        sub = document.add_paragraph("Een subpunt", style="List Number")
        _set_num(sub, first, ilvl=1)
        _set_num(document.add_paragraph("Derde punt van de lijst", style="List Number"), first)
        document.add_paragraph("Tussentekst.")
        second = _new_list(document, "List Number")
        _set_num(document.add_paragraph("Opnieuw een", style="List Number"), second)
        document.add_paragraph().add_run("Vetgedrukte kop").bold = True
        document.add_paragraph("Een punt", style="List Bullet")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Fase", "Periode"
        table.cell(1, 0).text, table.cell(1, 1).text = "Selectie", "2021"

    md = docx_markdown(_docx(tmp_path, build).read_bytes(), "test.docx")
    lines = [line for line in md.split("\n\n")]
    assert lines[0] == "# Kader"
    assert lines[1:4] == ["1. Eerste punt van de lijst", "2. Tweede punt van de lijst", "a. Een subpunt"] or lines[
        3
    ].endswith("Een subpunt")
    assert "3. Derde punt van de lijst" in lines
    assert "1. Opnieuw een" in lines
    assert "**Vetgedrukte kop**" in lines
    assert "- Een punt" in lines
    assert "- Fase | Periode" in lines and "- Selectie | 2021" in lines


def test_docx_lists_of_one_definition_count_on_unless_one_restarts(tmp_path: Path) -> None:
    """Word counts on across two lists made from one list definition (two numIds, one
    abstractNum, no startOverride): the second shows 3 and 4, and the reader sees one list of
    four principles, not two lists A.1, A.2, B.1, B.2. A list that restarts (startOverride)
    starts again at 1."""
    from docx.oxml.ns import qn

    from raadsviewer.formats.docx import docx_markdown
    from tests.formats.build import _new_list, _set_num

    def build(document, restart: bool) -> None:  # type: ignore[no-untyped-def]
        document.add_heading("Uitgangspunten", level=1)
        first = _new_list(document, "List Number")
        second = _new_list(document, "List Number")
        if not restart:
            numbering = document.part.numbering_part.element
            for num in numbering.findall(qn("w:num")):
                if num.get(qn("w:numId")) in (first, second):
                    for override in num.findall(qn("w:lvlOverride")):
                        num.remove(override)
        for title in ("Zorg dichtbij huis", "Eenvoudige toegang"):
            _set_num(document.add_paragraph(title, style="List Number"), first)
            document.add_paragraph("Jeugdigen krijgen hulp in hun eigen wijk, waar dat kan.")
        document.add_paragraph("De volgende twee uitgangspunten gaan over de aanbieders.")
        for title in ("Minder administratieve lasten", "Meerjarige contracten"):
            _set_num(document.add_paragraph(title, style="List Number"), second)
            document.add_paragraph("Aanbieders verantwoorden zich op resultaat.")

    def markers(restart: bool) -> list[str]:
        (tmp_path / str(restart)).mkdir()
        path = _docx(tmp_path / str(restart), lambda document: build(document, restart))
        md = docx_markdown(path.read_bytes(), "test.docx")
        return [line.split(" ", 1)[0] for line in md.split("\n\n") if line[:1].isdigit()]

    assert markers(restart=False) == ["1.", "2.", "3.", "4."]
    assert markers(restart=True) == ["1.", "2.", "1.", "2."]
    (tmp_path / "read").mkdir()
    path = _docx(tmp_path / "read", lambda document: build(document, False))
    assert [(p.label, p.title) for p in _read(path).parsed.principles] == [
        ("1", "Zorg dichtbij huis"),
        ("2", "Eenvoudige toegang"),
        ("3", "Minder administratieve lasten"),
        ("4", "Meerjarige contracten"),
    ]


def test_docx_table_rows_become_items_in_the_document(tmp_path: Path) -> None:
    path = write_docx(
        parsed_text(ZHZ), tmp_path / "zhz.docx", table=[["Fase", "Periode"], ["Selectie", "voorjaar 2021"]]
    )
    read = _read(path)
    assert "Selectie | voorjaar 2021" in [b.text for b in read.parsed.blocks]
    assert len(read.parsed.principles) == 13


@pytest.mark.parametrize(
    "marks",
    [
        [f"{n}" for n in range(1, 5)],
        [f"{n}." for n in range(1, 5)],
        [f"Uitgangspunt {n}" for n in range(1, 5)],
        [f"UP{n}" for n in range(1, 5)],
    ],
)
def test_principles_in_a_word_table_with_a_number_column(tmp_path: Path, marks: list[str]) -> None:
    """A framework that lists its points in a table (number, point, explanation) gives those
    points, numbered as the table numbers them, titled by their own cell; the header row is
    no point."""
    titles = ["Jeugdhulp dichtbij", "Eén gezin, één plan", "Resultaatgericht inkopen", "Beheersbare kosten"]

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_heading("Inkoopkader Jeugdhulp", level=1)
        document.add_paragraph("De gemeenten kopen de jeugdhulp samen in, op deze uitgangspunten.")
        document.add_heading("Uitgangspunten", level=2)
        table = document.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ("Nr.", "Uitgangspunt", "Toelichting"), strict=True):
            cell.text = text
        for mark, title in zip(marks, titles, strict=True):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = mark, title
            cells[2].text = f"Hoe wij {title.lower()} in de contracten met aanbieders uitwerken."
        document.add_heading("Vervolg", level=2)
        document.add_paragraph("Het college stelt het kader na de zienswijzen vast.")

    parsed = _read(_docx(tmp_path, build)).parsed
    assert [(p.number, p.title) for p in parsed.principles] == list(enumerate(titles, start=1))
    assert parsed.principles[1].text.endswith("Hoe wij eén gezin, één plan in de contracten met aanbieders uitwerken.")


def test_a_word_table_cell_with_the_title_over_its_explanation(tmp_path: Path) -> None:
    """A points table whose second cell holds the title in bold and the explanation under it (two
    paragraphs in one cell): the two were read as one line, and each title ran on into its
    explanation ("Normaliseren en de-medicaliseren Opgroeien gaat ..."). Longer titles too."""
    titles = [
        "Beter inzetten eigen kracht en netwerk gezin",
        "Grip op het aantal aanbieders met behoud keuzevrijheid",
        "Versterken toegangstaak",
    ]

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_heading("Uitgangspunten", level=1)
        document.add_paragraph("De volgende uitgangspunten zijn opgesteld:")
        table = document.add_table(rows=0, cols=2)
        for n, title in enumerate(titles, start=1):
            cells = table.add_row().cells
            cells[0].text = f"Uitgangspunt {n}"
            cells[1].paragraphs[0].add_run(title).bold = True
            cells[1].add_paragraph(f"Wij werken {title.lower()} uit in de contracten. Zo weet iedereen waar hij staat.")
        document.add_heading("Vervolg", level=1)
        document.add_paragraph("Het college stelt het kader na de zienswijzen vast.")

    parsed = _read(_docx(tmp_path, build)).parsed
    assert [(p.number, p.title) for p in parsed.principles] == list(enumerate(titles, start=1))
    assert parsed.principles[0].text.endswith("Zo weet iedereen waar hij staat.")


def _pdf_with_content(content: bytes) -> bytes:
    """A one-page PDF (Helvetica) drawing ``content``, written by hand."""
    import io

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_a_page_with_more_characters_than_any_page_of_text_is_refused() -> None:
    """Hundreds of thousands of tiny glyphs on one page (hidden text, a generated attack) are no
    page a council reads; they are refused by saying so, before each is looked at one by one."""
    import time

    from raadsviewer.formats.pdf import MAX_PAGE_CHARS

    glyphs = b"BT /F1 1 Tf 10 10 Td " + b"(a) Tj " * (MAX_PAGE_CHARS + 1000) + b"ET"
    started = time.perf_counter()
    with pytest.raises(UserFacingError) as info:
        read_any(_pdf_with_content(glyphs), name="dicht.pdf", role=DocumentRole.FRAMEWORK)
    assert info.value.code == "pdf_too_dense"
    assert info.value.params["page"] == 1
    assert "dicht.pdf" in info.value.message("nl") and "dicht.pdf" in info.value.message("en")
    assert time.perf_counter() - started < 3  # looking at each glyph took 10 s for 2 million
    ordinary = b"BT /F1 11 Tf 56 780 Td (Uitgangspunten voor de inkoop van jeugdhulp in de regio.) Tj ET"
    pages = read_any(_pdf_with_content(ordinary), name="gewoon.pdf", role=DocumentRole.BACKGROUND)
    assert "Uitgangspunten voor de inkoop" in pages.parsed.text


def test_a_word_file_reads_as_word_shows_it_with_tracked_changes_and_hidden_text(tmp_path: Path) -> None:
    """Words inserted with tracked changes on are in the text (Word shows them, and they are the
    proposal's new wording); deleted words and text formatted as hidden are not."""
    import zipfile

    from raadsviewer.formats.docx import docx_markdown

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_paragraph("Uitgangspunten")
        for n in range(1, 4):
            document.add_paragraph(f"{n}. Zorg OUD{n} dichtbij.")
        document.add_paragraph("VERBORGEN aantekening").runs[0].font.hidden = True
        cell = document.add_table(rows=1, cols=1).cell(0, 0)
        cell.text = "Cel OUD9 tekst"

    path = _docx(tmp_path, build)
    with zipfile.ZipFile(path) as zf:
        parts = {info.filename: zf.read(info) for info in zf.infolist()}
    xml = parts["word/document.xml"].decode()
    for n in (1, 2, 3, 9):
        old = f"Zorg OUD{n} dichtbij." if n < 9 else "Cel OUD9 tekst"
        head, tail = old.split(f"OUD{n} ")
        xml = xml.replace(
            f"<w:t>{n}. {old}</w:t></w:r>" if n < 9 else f"<w:t>{old}</w:t></w:r>",
            f'<w:t xml:space="preserve">{f"{n}. " if n < 9 else ""}{head}</w:t></w:r>'
            f'<w:del w:id="{n}" w:author="griffie"><w:r><w:delText xml:space="preserve">OUD{n} </w:delText></w:r></w:del>'
            f'<w:ins w:id="{10 + n}" w:author="griffie"><w:r><w:t xml:space="preserve">NIEUW{n} </w:t></w:r></w:ins>'
            f"<w:r><w:t>{tail}</w:t></w:r>",
        )
    assert xml.count("<w:ins ") == 4
    parts["word/document.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)

    md = docx_markdown(path.read_bytes(), path.name)
    assert "1. Zorg NIEUW1 dichtbij." in md.split("\n\n")
    assert "Cel NIEUW9 tekst" in md
    assert "OUD" not in md and "VERBORGEN" not in md
    parsed = _read(path).parsed
    assert [p.title for p in parsed.principles] == [f"Zorg NIEUW{n} dichtbij." for n in range(1, 4)]


def test_a_word_list_numbered_in_roman_numerals_keeps_its_numbers(tmp_path: Path) -> None:
    """Word's I, II, III numbering is the points' numbering (it was read as bullets, so the
    points lost the labels the council refers to them by)."""
    from docx.oxml.ns import qn

    from raadsviewer.formats.docx import docx_markdown
    from tests.formats.build import _new_list, _set_num

    titles = ["Zorg dichtbij huis", "Eén gezin, één plan", "Minder regels voor aanbieders"]

    def build(document) -> None:  # type: ignore[no-untyped-def]
        document.add_heading("Uitgangspunten", level=1)
        num_id = _new_list(document, "List Number")
        numbering = document.part.numbering_part.element
        num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = next(
            a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id
        )
        level = next(lvl for lvl in abstract.findall(qn("w:lvl")) if lvl.get(qn("w:ilvl")) == "0")
        level.find(qn("w:numFmt")).set(qn("w:val"), "upperRoman")
        for title in titles:
            _set_num(
                document.add_paragraph(f"{title}: wij werken dit uit met de aanbieders.", style="List Number"), num_id
            )

    path = _docx(tmp_path, build)
    lines = docx_markdown(path.read_bytes(), path.name).split("\n\n")
    assert lines[1:] == [
        f"{mark}. {title}: wij werken dit uit met de aanbieders."
        for mark, title in zip(("I", "II", "III"), titles, strict=True)
    ]
    parsed = _read(path).parsed
    assert [(p.label, p.title) for p in parsed.principles] == list(zip(("I", "II", "III"), titles, strict=True))


def test_a_heading_wrapped_over_lines_in_a_pdf_is_one_heading(tmp_path: Path) -> None:
    """Large type steps further down than body text, which read as a paragraph break after
    every line of a long title: three headings, and the document titled by its first line."""
    from raadsviewer.domain.reading import read_document
    from tests.formats.build import write_layout_pdf

    title = "Raadsvoorstel tot vaststelling van het Inkoopkader Jeugdhulp en Wmo voor de regio Zuid 2025"
    text = (
        f"# {title}\n\nHet college legt het kader ter vaststelling aan de raad voor, met de uitgangspunten voor de inkoop.\n\n"
        "## Uitgangspunten\n\n1. Zorg dichtbij huis, in de wijk en op school.\n2. Sturen op resultaat en niet op uren.\n"
    )
    parsed = read_document(text.encode(), name="kader.md", role=DocumentRole.FRAMEWORK)
    pdf = write_layout_pdf(parsed, tmp_path / "kader.pdf")
    read = _read(pdf).parsed
    assert read.title == title
    assert [b.text for b in read.blocks if b.kind.name == "HEADING"] == [title, "Uitgangspunten"]
    assert [p.number for p in read.principles] == [1, 2]


_PAGE_LINES = [
    "Beleidskader jeugdhulp",
    "De uitgangspunten zijn:",
    "1. Zorg dichtbij huis",
    "Jeugdigen krijgen hulp in hun eigen wijk.",
    "2. Eenvoudige toegang",
    "Ouders vinden met een telefoontje de juiste hulp.",
]


def _one_page(ops: list[bytes], rotate: int = 0, box: bytes = b"0 0 595 842") -> bytes:
    stream = b"\n".join(ops)
    turned = b" /Rotate %d" % rotate if rotate else b""
    return _pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [%s]%s /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> >>"
        % (box, turned),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    )


def _line_ops() -> list[bytes]:
    return [b"BT /F1 11 Tf 1 0 0 1 72 %d Tm (%s) Tj ET" % (760 - 24 * n, t.encode()) for n, t in enumerate(_PAGE_LINES)]


@pytest.mark.parametrize("layout", ["drawn bottom up", "shown turned a quarter", "as written"])
def test_a_pdf_page_reads_as_it_is_seen(layout: str) -> None:
    """Lines drawn last to first (bottom up in the content stream) were read bottom up, and a page
    shown turned (/Rotate 90, its text upright on screen) was read glyph row by glyph row: no
    principles in either."""
    ops = _line_ops()
    if layout == "drawn bottom up":
        data = _one_page(ops[::-1])
    elif layout == "shown turned a quarter":  # the portrait text laid on a landscape page, turned back for showing
        data = _one_page([b"q 0 1 -1 0 842 0 cm", *ops, b"Q"], rotate=90, box=b"0 0 842 595")
    else:
        data = _one_page(ops)
    parsed = read_any(data, name="brief.pdf", role=DocumentRole.FRAMEWORK).parsed
    assert [p.title for p in parsed.principles] == ["Zorg dichtbij huis", "Eenvoudige toegang"]
    assert parsed.text.index("Beleidskader") < parsed.text.index("Eenvoudige toegang")
    from raadsviewer.formats.pdf import extract_pages_here

    seen = extract_pages_here(data, "brief.pdf")[0].split("\n")
    assert [line.lstrip("# ") for line in seen if line.strip()] == _PAGE_LINES  # each line whole, in order


def test_a_notes_mark_raised_after_a_title_stays_out_of_it() -> None:
    """A note's mark, a small "1" raised after a title, was read into it ("Zorg dichtbij huis 1"),
    and "wijk²," as "wijk 2,"; the note itself, at the page's foot, goes after the text."""
    ops = _line_ops()
    ops[2] += b" BT /F1 7 Tf 4 Ts 1 0 0 1 190 %d Tm (1) Tj ET" % (760 - 24 * 2)
    ops.append(b"BT /F1 7 Tf 1 0 0 1 72 60 Tm (1 Zie de Jeugdwet, artikel 2.3.) Tj ET")
    parsed = read_any(_one_page(ops), name="brief.pdf", role=DocumentRole.FRAMEWORK).parsed
    assert [p.title for p in parsed.principles] == ["Zorg dichtbij huis", "Eenvoudige toegang"]
    assert parsed.text.rstrip().endswith("1 Zie de Jeugdwet, artikel 2.3.")


def test_the_running_header_of_a_two_page_pdf_is_dropped_but_not_a_title_it_repeats() -> None:
    """Only documents of three pages or more lost their running header: a two-page letter kept
    it in its text (between two principles, where page 2 begins) when no page number said where
    the page broke."""
    from raadsviewer.formats.pdf import _layout_pages, _Line

    body = "Dit is een regel lopende tekst van het raadsvoorstel over de inkoop van jeugdhulp."

    def page(first: list[_Line], texts: list[str]) -> list[_Line]:
        return [*first, *(_Line(t, 100 + 14 * k, 11) for k, t in enumerate(texts))]

    header = "Kenmerk 2024/118 — Inkoopkader Wmo"
    one = page([_Line(header, 20, 8), _Line("Inkoopkader Wmo", 50, 20)], [body, "1. Zorg dichtbij.", body])
    two = page([_Line(header, 20, 8)], [body, "2. Sturen op resultaat.", body])
    texts = _layout_pages([one, two], "kader.pdf")
    assert not any(header in t for t in texts)
    assert "# Inkoopkader Wmo" in texts[0] and "2. Sturen op resultaat." in texts[1]
    # the title of page 1 in large type, repeated in page 2's small header: the title stays
    one = page([_Line("Inkoopkader Wmo", 50, 20)], [body, "1. Zorg dichtbij.", body])
    two = page([_Line("Inkoopkader Wmo", 20, 8)], [body, "2. Sturen op resultaat.", body])
    assert "# Inkoopkader Wmo" in _layout_pages([one, two], "kader.pdf")[0]
    # a table's row cut by the page break, its last line drawn at the foot of page 1 and again at
    # the head of page 2: text, not a running line (it was dropped from both)
    cut = "Participatiewet actief uit en voorkomt dat"
    one = page([_Line("Inkoopkader Wmo", 50, 20)], [body, "3 Bestaanszekerheid", "Het Werkplein voert de", cut])
    two = page([_Line(cut, 20, 11)], ["inwoners onnodig in de problemen komen.", body, body])
    assert cut in "".join(_layout_pages([one, two], "kader.pdf"))


def test_a_letters_running_header_left_off_its_first_page_is_dropped() -> None:
    """A letter's running header usually starts on page 2. On three pages it stood twice, below
    the three-times rule; on two pages once, with nothing to repeat it. Either way it was read
    into the paragraph the page break cut ("We versterken de GR Jeugdhulp ... Kenmerk
    DVO/2023/0142 pedagogische basis")."""
    from raadsviewer.formats.pdf import _layout_pages, _Line

    body = "Dit is een regel lopende tekst van het raadsvoorstel over de inkoop van jeugdhulp."

    def page(texts: list[str], size: float = 11) -> list[_Line]:
        return [_Line(t, 100 + 14 * k, size) for k, t in enumerate(texts)]

    for header in ("GR Jeugdhulp - Beleidskader Inkoop Jeugdhulp 2024-2028", "Beleidskader Inkoop Jeugdhulp"):
        pages = [
            page(["Aan de raad", body, "1. Zorg dichtbij.", "We versterken de"]),
            page([header, "pedagogische basis in de wijk.", body, "2. Sturen op resultaat.", "Met aanbieders"]),
            page([header, "maken we afspraken.", body, "3. Ruimte voor innovatie.", body]),
        ]
        texts = _layout_pages(pages, "brief.pdf")
        assert not any(header in t for t in texts), header
        assert texts[1].startswith("pedagogische basis") and texts[2].startswith("maken we")
    header = "GR Jeugdhulp - Beleidskader 2024-2028 - Kenmerk DVO/2023/0142"
    pages = [page(["Aan de raad", body, "1. Zorg dichtbij.", "We versterken de"])]
    pages.append(page([header, "pedagogische basis in de wijk.", body, "2. Sturen op resultaat.", body]))
    texts = _layout_pages(pages, "brief.pdf")
    assert not any(header in t for t in texts) and texts[1].startswith("pedagogische basis")
    # a line drawn twice, at the foot of page 2 and the head of page 3, is text, not a header
    pages = [page(["Aan de raad", "De eerste zin.", "1. Zorg dichtbij.", "Hulp in de wijk."])]
    pages.append(page(["De tweede zin.", "2. Sturen op resultaat.", "Afspraken over resultaten maken we"]))
    pages.append(page(["Afspraken over resultaten maken we", "met elke aanbieder.", "3. Innovatie.", "Slot."]))
    assert "Afspraken over resultaten maken we" in "".join(_layout_pages(pages, "kader.pdf"))
    # a page that starts with a sentence naming a kenmerk keeps it
    pages = [page(["Aan de raad", body, "1. Zorg dichtbij.", body])]
    pages.append(page(["Onder kenmerk 2023-12 besloot het bestuur al eerder.", body, "2. Sturen op resultaat."]))
    assert "Onder kenmerk 2023-12" in _layout_pages(pages, "brief.pdf")[1]


def test_a_slides_point_label_at_the_top_of_every_page_is_no_running_header() -> None:
    """A presentation with one slide per principle ("Uitgangspunt 3" in large type over its
    title, bullets under it) lost every label as a running header: a line at the top of most
    pages that differs only in its number. Its principles were two bullets of one slide. A
    label in small type over a title set larger ("Uitgangspunt 3" over "Grip op ...") was lost
    as well. Page numbers, which count up too, are still furniture."""
    from raadsviewer.domain.reading import read_document
    from raadsviewer.formats.pdf import _layout_pages, _Line

    titles = ["Zorg dichtbij huis", "Eenvoudige toegang", "Minder administratieve lasten", "Ruimte voor innovatie"]

    def slide(n: int, title: str, label_size: float) -> list[_Line]:
        return [
            _Line(f"Uitgangspunt {n}", 40, label_size),
            _Line(title, 80, 20),
            _Line("• Wij doen dit samen met de gemeenten", 120, 16),
            _Line("• En met de aanbieders in de regio", 140, 16),
            _Line(f"{n + 1}", 560, 10),
        ]

    for label_size in (28, 9):  # a label as large as a slide's title, or a small one over a larger title
        pages = [[_Line("Inkoopkader jeugdhulp", 40, 30), _Line("Informatieavond gemeenteraden", 80, 16)]]
        pages += [slide(n, title, label_size) for n, title in enumerate(titles, start=1)]
        texts = _layout_pages(pages, "presentatie.pdf")
        assert all(f"Uitgangspunt {n}" in texts[n] for n in range(1, 5)), label_size
        assert not any(t.rstrip().endswith(str(n + 1)) for n, t in enumerate(texts) if n), label_size  # page numbers
        parsed = read_document("\n\f".join(texts).encode(), name="presentatie.txt", role=DocumentRole.FRAMEWORK)
        assert [(p.label, p.title) for p in parsed.principles] == [
            (str(n), t) for n, t in enumerate(titles, start=1)
        ], label_size


@pytest.mark.parametrize(
    "text",
    [
        "Uitgangspunt 1\n\n## Zorg dichtbij huis\n\nTekst.\n\nUitgangspunt 2\n\n## Eenvoudige toegang\n\nTekst.\n",
        "### Uitgangspunt 1\n\n### Zorg dichtbij huis\n\nTekst.\n\n### Uitgangspunt 2\n\n### Eenvoudige toegang\n\nTekst.\n",
    ],
)
def test_a_label_over_its_title_heading_labels_the_title(text: str) -> None:
    from raadsviewer.domain.reading import read_document

    parsed = read_document(
        ("# Kader\n\nDe uitgangspunten zijn:\n\n" + text).encode(), name="k.md", role=DocumentRole.FRAMEWORK
    )
    assert [(p.label, p.title) for p in parsed.principles] == [("1", "Zorg dichtbij huis"), ("2", "Eenvoudige toegang")]
    assert [(b.marker, b.text) for b in parsed.blocks if b.kind is BlockKind.HEADING][1:] == [
        ("Uitgangspunt 1", "Zorg dichtbij huis"),
        ("Uitgangspunt 2", "Eenvoudige toegang"),
    ]


def test_a_label_over_a_higher_heading_stays_a_heading_of_its_own() -> None:
    from raadsviewer.domain.reading import read_document

    text = "# Kader\n\n### Uitgangspunt 1\n\n## Hoofdstuk twee\n\nTekst.\n"
    parsed = read_document(text.encode(), name="k.md", role=DocumentRole.FRAMEWORK)
    assert [b.text for b in parsed.blocks if b.kind is BlockKind.HEADING] == [
        "Kader",
        "Uitgangspunt 1",
        "Hoofdstuk twee",
    ]


def test_the_same_page_over_and_over_is_not_all_furniture() -> None:
    """A PDF of one page repeated (200,000 times, in an attack) was called empty: every line stood
    at the edge of every page, so every line was taken for a running header."""
    from raadsviewer.formats.pdf import _layout_pages, _Line

    page = [_Line("Beleidskader jeugdhulp regio Zuid", 100, 11), _Line("Zorg dichtbij voor iedereen", 114, 11)]
    texts = _layout_pages([list(page) for _ in range(5)], "herhaald.pdf")
    assert all("Zorg dichtbij voor iedereen" in t for t in texts)


def test_a_bold_title_in_the_body_size_does_not_run_into_the_text_under_it(tmp_path: Path) -> None:
    """In a narrow column a bold title set in the body's size fills most of its line and stands
    close above its text: the reader, seeing no gap and no short line, ran it into the first
    sentence ("Normaliseren en de-medicaliseren Opgroeien gaat niet vanzelf." as the title)."""
    import pypdfium2 as pdfium

    from raadsviewer.domain.reading import read_document
    from raadsviewer.formats.pdf import _layout_pages, _Line, _page_lines
    from tests.formats.build import write_layout_pdf

    # PDFium's font names say which lines are bold (its font weight is often missing)
    parsed = read_document(b"# Kader\n\nGewone tekst van het kader.\n", name="k.md", role=DocumentRole.FRAMEWORK)
    document = pdfium.PdfDocument(write_layout_pdf(parsed, tmp_path / "k.pdf").read_bytes())
    try:
        lines = _page_lines(document[0], "k.pdf", 1)
    finally:
        document.close()
    assert {line.text: line.bold for line in lines if "Pagina" not in line.text} == {
        "Kader": True,
        "Gewone tekst van het kader.": False,
    }

    rows = [  # a column some 45 characters wide
        ("Uitgangspunten", True),
        ("1. Normaliseren en de-medicaliseren", True),
        ("Opgroeien gaat niet vanzelf. Niet elk", False),
        ("probleem vraagt om professionele hulp; wij", False),
        ("versterken de opvoedkracht van ouders en", False),
        ("de sociale omgeving van het kind. Ook", False),
        ("deze hele regel is vet gezet, maar hij", True),
        ("staat midden in een zin en gaat door.", False),
        ("2. Zorg dichtbij huis", True),
        ("Hulp wordt zo dicht mogelijk bij huis", False),
        ("geboden, in de wijk en op school.", False),
    ]
    page = [_Line(text, 100 + 12 * k, 10, bold) for k, (text, bold) in enumerate(rows)]
    text = _layout_pages([page], "k.pdf")[0]
    doc = read_document(text.encode(), name="k.pdf", role=DocumentRole.FRAMEWORK)
    assert [p.title for p in doc.principles] == ["Normaliseren en de-medicaliseren", "Zorg dichtbij huis"]
    assert "kind. Ook deze hele regel is vet gezet, maar hij staat midden in een zin en gaat door." in doc.text


def test_a_word_file_s_content_controls_and_tables_in_tables_are_read(tmp_path: Path) -> None:
    """python-docx gives only the body's own paragraphs and a cell's own paragraphs: principles
    in a content control (as templates and document systems wrap sections) and a table of
    principles laid out inside another table were lost whole."""
    from docx.oxml import OxmlElement

    points = [("Het kind centraal", "Het kind staat voorop."), ("Zorg dichtbij", "Hulp in de wijk.")]

    def controlled(document) -> None:  # type: ignore[no-untyped-def]
        document.add_heading("Inkoopkader Jeugdhulp", 1)
        document.add_heading("Uitgangspunten", 2)
        control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        control.append(content)
        for n, (title, text) in enumerate(points, start=1):
            content.append(document.add_paragraph(f"{n}. {title}. {text}")._p)
        cell = document.add_table(rows=1, cols=1).cell(0, 0)  # and a control in a table cell
        inner, inner_content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        inner.append(inner_content)
        inner_content.append(cell.add_paragraph("Tekst in een veld van een cel")._p)
        cell._tc.append(inner)
        document.element.body.insert(2, control)

    read = _read(_docx(tmp_path, controlled)).parsed
    assert [(p.number, p.title) for p in read.principles] == [(1, "Het kind centraal."), (2, "Zorg dichtbij.")]
    assert "Tekst in een veld van een cel" in read.text

    def nested(document) -> None:  # type: ignore[no-untyped-def]
        document.add_heading("Inkoopkader Wmo", 1)
        cell = document.add_table(rows=1, cols=1).cell(0, 0)
        cell.paragraphs[0].text = "Uitgangspunten"
        table = cell.add_table(rows=len(points), cols=3)
        for row, (title, text) in enumerate(points):
            for col, value in enumerate((str(row + 1), title, text)):
                table.cell(row, col).text = value
        document.add_paragraph("Na vaststelling start de aanbesteding.")

    read = _read(_docx(tmp_path, nested)).parsed
    assert [(p.number, p.title, p.text) for p in read.principles] == [
        (1, "Het kind centraal", "Het kind centraal – Het kind staat voorop."),
        (2, "Zorg dichtbij", "Zorg dichtbij – Hulp in de wijk."),
    ]


def test_a_footnote_at_a_page_s_foot_does_not_cut_the_paragraph_going_on_over_the_page() -> None:
    """A footnote in small type at the foot of a page stood in the page's flow: in the paragraph
    that goes on on the next page, mid-sentence ("... de inzet van" / "1 Zie artikel 2.1 ..." /
    "uren."), and so in the principle's text. It now stands after the document's text."""
    from raadsviewer.domain.reading import read_document
    from raadsviewer.formats import join_pages
    from raadsviewer.formats.pdf import _layout_pages, _Line

    body = [
        "Uitgangspunten",
        "1. Sturen op resultaat. Wij maken met aanbieders afspraken over de resultaten van de",
        "hulp en niet over de inzet van",
    ]
    one = [_Line(t, 100 + 14 * k, 11) for k, t in enumerate(body)]
    one += [_Line("1 Zie artikel 2.1 van de Jeugdwet en het", 700, 7), _Line("Beleidsplan 2023.", 709, 7)]
    one += [_Line("2 Zie de Kadernota.", 718, 7), _Line("Pagina 1", 780, 8)]
    two = [_Line("uren. Aanbieders rapporteren per kwartaal over de behaalde resultaten en de tevredenheid.", 100, 11)]
    two += [_Line("2. Zorg dichtbij. Hulp wordt in de wijk en op school geboden, zo dicht mogelijk bij huis.", 114, 11)]
    two += [_Line("Pagina 2", 780, 8)]
    texts = _layout_pages([one, two], "kader.pdf")
    doc = read_document(join_pages(texts).encode(), name="kader.pdf", role=DocumentRole.FRAMEWORK)
    assert [p.text for p in doc.principles] == [
        "Sturen op resultaat. Wij maken met aanbieders afspraken over de resultaten van de hulp en niet over de "
        "inzet van uren. Aanbieders rapporteren per kwartaal over de behaalde resultaten en de tevredenheid.",
        "Zorg dichtbij. Hulp wordt in de wijk en op school geboden, zo dicht mogelijk bij huis.",
    ]
    assert doc.text.endswith(
        "1 Zie artikel 2.1 van de Jeugdwet en het Beleidsplan 2023.\n\n2 Zie de Kadernota."
    )  # no word lost


def _two_font_pdf(content: bytes) -> bytes:
    """A one-page PDF drawing ``content`` with Helvetica (F1) and Helvetica-Bold (F2)."""
    return _pdf(
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    )


def test_a_pdf_title_that_wraps_beside_a_large_number_keeps_its_second_line() -> None:
    """A layout with the points' numbers set large beside their bold titles ("01" / "Beter
    inzetten eigen kracht en" / "netwerk gezin"): the title's second line, smaller than the line
    with the number, was left out of the title ("Beter inzetten eigen kracht en")."""

    def text(x: int, y: int, font: str, size: int, words: str) -> bytes:
        return b"BT /%s %d Tf %d %d Td (%s) Tj ET\n" % (font.encode(), size, x, y, words.encode("latin-1"))

    points = [
        ("01", "Beter inzetten eigen kracht en", "netwerk gezin"),
        ("02", "Grip op het aantal aanbieders met", "behoud keuzevrijheid"),
        ("03", "Lokaal waar het kan, regionaal", "waar nodig"),
    ]
    content = text(50, 780, "F2", 20, "Onze uitgangspunten")
    content += text(50, 755, "F1", 10, "Het bestuur heeft de volgende uitgangspunten opgesteld:")
    y = 715
    for number, first, second in points:
        content += text(50, y, "F2", 24, number) + text(90, y, "F2", 12, first) + text(90, y - 15, "F2", 12, second)
        content += text(90, y - 35, "F1", 10, "Wij werken dit uit in de inkoopstrategie en de contracten.")
        content += text(90, y - 47, "F1", 10, "Zo weten aanbieders waar zij aan toe zijn.")
        y -= 95
    read = read_any(_two_font_pdf(content), name="tegels.pdf", role=DocumentRole.FRAMEWORK)
    assert [(p.number, p.title) for p in read.parsed.principles] == [
        (1, "Beter inzetten eigen kracht en netwerk gezin"),
        (2, "Grip op het aantal aanbieders met behoud keuzevrijheid"),
        (3, "Lokaal waar het kan, regionaal waar nodig"),
    ]
