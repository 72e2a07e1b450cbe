"""The document reader: decoding, cleaning, principles and sections, checked against gold.json."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raadsviewer.domain.errors import UserFacingError
from raadsviewer.domain.model import Block, BlockKind, DocumentRole, ParsedDocument
from raadsviewer.domain.reading import (
    MAX_FILE_BYTES,
    clean_blocks,
    decode_text,
    find_principles,
    find_sections,
    read_document,
)

BACKGROUND_ROLE = DocumentRole.BACKGROUND
GOLD_PATH = Path(__file__).parents[1] / "gold.json"
SAMPLES = Path(__file__).parents[2] / "resources" / "samples"
GOLD = json.loads(GOLD_PATH.read_text(encoding="utf-8"))["documents"]

ZHZ = "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt"
GRONINGEN = "groningen-reactie-initiatiefvoorstel-jeugdhulp-2020.txt"
WERKGROEP = "werkgroep-jeugd-overdenkingen-inkoopkader-2020.txt"
DGJ = "dgj-stand-van-zaken-inkoop-jeugdhulp-2021.txt"


def read_sample(name: str) -> ParsedDocument:
    role = DocumentRole(GOLD[name]["role"])
    return read_document((SAMPLES / name).read_bytes(), name=name, role=role)


def read_text(text: str, role: DocumentRole = DocumentRole.FRAMEWORK) -> ParsedDocument:
    return read_document(text.encode("utf-8"), name="test.txt", role=role)


def assert_offsets(doc: ParsedDocument) -> None:
    """Every block, principle and section points at its own text in the clean text."""
    assert doc.text == "\n\n".join(b.text for b in doc.blocks)
    for b in doc.blocks:
        assert doc.text[b.start : b.end] == b.text
    for p in doc.principles:
        assert doc.text[p.start : p.end] == p.text
        assert p.text.startswith(p.title.rstrip("…"))
    blocks_at = {b.start: b for b in doc.blocks}
    for s in doc.sections:
        assert doc.text[s.start : s.start + len(s.heading)] == s.heading
        assert s.start + len(s.heading) <= s.body_start <= s.end
        if s.body_start < s.end:  # the body starts at a block, below the heading
            assert s.body_start in blocks_at and s.body(doc.text).strip()


# --------------------------------------------------------------------------------------------
# The samples against gold.json
# --------------------------------------------------------------------------------------------


def test_zhz_principles_are_exactly_the_thirteen_lines() -> None:
    doc = read_sample(ZHZ)
    expected = [(n, title) for n, title in GOLD[ZHZ]["principles"]]
    assert [(p.number, p.title) for p in doc.principles] == expected
    assert doc.warnings == ()


def test_zhz_facts_and_title() -> None:
    doc = read_sample(ZHZ)
    assert doc.facts["date"] == GOLD[ZHZ]["facts"]["date"]
    assert doc.facts["deadline"] == GOLD[ZHZ]["facts"]["deadline"]
    assert doc.facts["kenmerk"] == GOLD[ZHZ]["facts"]["kenmerk"]  # "Ons kenmerk", not "Uw kenmerk"
    assert doc.facts["sender"] == GOLD[ZHZ]["facts"]["sender"]  # who signs, for the council's answer
    assert doc.title == "Zienswijze Inkoopkader Jeugdhulp 2022 e.v."


def test_zhz_list_items_do_not_swallow_what_follows() -> None:
    doc = read_sample(ZHZ)
    last = doc.principles[-1]
    assert last.text == "Goed opdrachtgeverschap"
    assert "Kanttekeningen" not in last.text


def test_groningen_principles_start_with_the_statements() -> None:
    doc = read_sample(GRONINGEN)
    expected = GOLD[GRONINGEN]["principles_start_with"]
    assert [p.number for p in doc.principles] == [n for n, _ in expected]
    for principle, (_, start) in zip(doc.principles, expected, strict=True):
        assert principle.title.startswith(start), (principle.number, principle.title)
        assert "*" not in principle.title
        assert not principle.title.startswith(("-", "1."))
    assert doc.warnings == ()


_ROMAN_LOWER = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]
_ROMAN_LOWER += [f"x{r}" for r in _ROMAN_LOWER[6:]]  # up to xxv: the samples' lists are shorter

_ORDINALS = ["", "Eerste", "Tweede", "Derde", "Vierde", "Vijfde", "Zesde", "Zevende", "Achtste", "Negende", "Tiende"]
_ORDINALS += ["Elfde", "Twaalfde", "Dertiende", "Veertiende", "Vijftiende", "Zestiende", "Zeventiende", "Achttiende"]

# How the same letter reaches us through other tools: line endings, spacing, list styles.
REWRITES = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "cr (old Macs)": lambda t: t.replace("\n", "\r"),
    "double spaced": lambda t: t.replace("\n", "\n\n"),
    "trailing spaces": lambda t: re.sub(r"(?m)$", "   ", t),
    "1) numbers": lambda t: re.sub(r"(?m)^(\s*)(\d{1,2})\. ", r"\1\2) ", t),
    "i. ii. iii. numbers": lambda t: re.sub(
        r"(?m)^(\s*)(\d{1,2})\. (?=[A-Z])", lambda m: f"{m.group(1)}{_ROMAN_LOWER[int(m.group(2))]}. ", t
    ),
    "tab after the number": lambda t: re.sub(r"(?m)^(\s*)(\d{1,2})\. ", r"\1\2.\t", t),
    "1. 1. 1. (Markdown numbers from the first item)": lambda t: re.sub(
        r"(?m)^(\s*)(\d{1,2})\. (?=[A-Z])", r"\g<1>1. ", t
    ),
    "#1 numbers": lambda t: re.sub(r"(?m)^(\s*)(\d{1,2})\. (?=[A-Z])", r"\1#\2 ", t),
    "ordinal words": lambda t: re.sub(
        r"(?m)^(\s*)(\d{1,2})\. (?=[A-Z])", lambda m: f"{m.group(1)}{_ORDINALS[int(m.group(2))]} uitgangspunt: ", t
    ),
    "1 - numbers": lambda t: re.sub(r"(?m)^(\s*)(\d{1,2})\. (?=[A-Z])", r"\1\2 - ", t),
    "1: numbers": lambda t: re.sub(r"(?m)^(\s*)(\d{1,2})\. (?=[A-Z])", r"\1\2: ", t),
    "dash before the number": lambda t: re.sub(r"(?m)^(\s*)(\d{1,2})\. ", r"- \2. ", t),
}


@pytest.mark.parametrize("rewrite", sorted(REWRITES))
def test_the_samples_read_the_same_however_they_were_written_down(rewrite: str) -> None:
    change = REWRITES[rewrite]
    zhz = read_text(change((SAMPLES / ZHZ).read_text(encoding="utf-8")))
    assert [(p.number, p.title) for p in zhz.principles] == [tuple(x) for x in GOLD[ZHZ]["principles"]]
    as_written = read_sample(ZHZ)  # the letter's title and facts too (with CRLF the sender was lost)
    assert (zhz.title, zhz.facts) == (as_written.title, as_written.facts)
    groningen = read_text(change((SAMPLES / GRONINGEN).read_text(encoding="utf-8")))
    expected = GOLD[GRONINGEN]["principles_start_with"]
    assert [p.number for p in groningen.principles] == [n for n, _ in expected]
    assert all(p.title.startswith(start) for p, (_, start) in zip(groningen.principles, expected, strict=True))


@pytest.mark.parametrize(
    "before",
    [
        "In het inkoopkader zijn drie doelen opgenomen:\n\n1. Jeugdigen groeien veilig op\n2. Ouders voeden op\n"
        "3. Jeugdhulp is betaalbaar\n\n",
        "1. Inleiding\n2. Werkwijze\n\nIn hoofdstuk 1 staat de inleiding.\n\n",
    ],
    ids=["goals", "contents"],
)
def test_another_list_under_the_principles_heading_is_not_taken_with_them(before: str) -> None:
    """Under "Uitgangspunten" a short list of goals (or of chapters) before the list its own
    sentence calls the principles: the two were taken together and renumbered 1-16, so that
    "uitgangspunt 4" was the document's 1."""
    text = (
        (SAMPLES / ZHZ).read_text(encoding="utf-8").replace("\nUitgangspunten\n\n", "\nUitgangspunten\n\n" + before, 1)
    )
    assert before in text
    doc = read_text(text)
    assert [(p.number, p.title) for p in doc.principles] == [tuple(x) for x in GOLD[ZHZ]["principles"]]


SUB_POINTS = [
    ("Zorg dichtbij huis", ["Wijkteams werken in de buurt.", "De reistijd blijft beperkt.", "Ook in de dorpen."]),
    ("Eén gezin, één plan", ["Het plan is van het gezin.", "Eén regisseur per gezin.", "Het plan gaat mee."]),
    ("Ruimte voor de professional", ["Minder registratielast.", "Vertrouwen als basis.", "Leren van elkaar."]),
    ("Sturen op resultaat", ["Afspraken over uitkomsten.", "Jaarlijks een gesprek.", "Openbaar verslag."]),
]


@pytest.mark.parametrize("indent", ["  ", "     "], ids=["two-spaces", "five-spaces"])
@pytest.mark.parametrize("blank", ["\n", ""], ids=["blank-lines", "no-blank-lines"])
@pytest.mark.parametrize("counting_on", [True, False], ids=["numbered-on", "from-1"])
def test_indented_sub_points_are_part_of_their_point(indent: str, blank: str, counting_on: bool) -> None:
    """Numbered sub-points typed (or laid out) indented under each point, numbered on across
    the points or from 1 under each: they were read as points of the list ("3. Het plan is van
    het gezin" was point 3), or, numbered on with no blank line between, as the point's title
    running on ("Eén gezin, één plan 4. Het plan is van het gezin."); twelve sub-points under
    four points were chosen over them as the longer list. A stray space before a point (a
    page's artefact) is no sub-level."""
    lines, sub = ["Uitgangspunten", ""], 0
    for n, (title, subs) in enumerate(SUB_POINTS, start=1):
        lines += [f"{' ' if n == 3 else ''}{n}. {title}", *[""] * len(blank)]
        for k, text in enumerate(subs, start=1):
            sub += 1
            lines += [f"{indent}{sub if counting_on else k}. {text}", *[""] * len(blank)]
    doc = read_text("\n".join(lines))
    assert [(p.number, p.title) for p in doc.principles] == [
        (n, title) for n, (title, _subs) in enumerate(SUB_POINTS, start=1)
    ]
    assert all(text in p.text for p, (_t, subs) in zip(doc.principles, SUB_POINTS, strict=True) for text in subs)


def test_bullet_points_with_numbered_sub_points() -> None:
    """Points written as bullets, each with numbered sub-points set in under it: a numbered item
    ended the bullet list, so the sub-points were the only lists and became the principles
    (as lists A to D, "A.1 Wijkteams werken in de buurt.")."""
    lines = ["Uitgangspunten", ""]
    for title, subs in SUB_POINTS:
        lines += [f"- {title}", *(f"    {k}. {text}" for k, text in enumerate(subs, start=1)), ""]
    doc = read_text("\n".join(lines))
    assert [p.title for p in doc.principles] == [title for title, _subs in SUB_POINTS]
    assert all(text in p.text for p, (_t, subs) in zip(doc.principles, SUB_POINTS, strict=True) for text in subs)


@pytest.mark.parametrize("shift", [3, 6], ids=["3-columns", "6-columns"])
def test_a_page_set_further_in_keeps_its_points_in_the_list(shift: int) -> None:
    """A text laid out page by page (pdftotext -layout) whose second page stands further in:
    its points went on the list all the same, and their sub-points (numbered on across the
    points) were not taken for the list because they go on across the page."""
    lines, sub = ["Uitgangspunten", ""], 0
    for n, (title, subs) in enumerate(SUB_POINTS, start=1):
        margin = " " * shift if n > 2 else ""
        lines.append(f"{margin}{n}.  {title}")
        for text in subs:
            sub += 1
            lines.append(f"{margin}     {sub}.  {text}")
    assert [p.title for p in read_text("\n".join(lines)).principles] == [title for title, _subs in SUB_POINTS]
    shifted = "Uitgangspunten\n\n" + "".join(
        f"{'      ' if n > 2 else ''}{n}. {title}, zodat het kind hulp krijgt\n\n"
        for n, (title, _subs) in enumerate(SUB_POINTS, start=1)
    )
    assert [p.title for p in read_text(shifted).principles] == [
        f"{title}, zodat het kind hulp krijgt" for title, _subs in SUB_POINTS
    ]


def test_groningen_responses_belong_to_their_point() -> None:
    doc = read_sample(GRONINGEN)
    by_number = {p.number: p for p in doc.principles}
    assert "De marktwerking in de zorg" in by_number[1].text
    assert "Kijkend naar de huidige Open House structuur" in by_number[1].text
    assert "De jeugdige en het gezin" not in by_number[1].text
    assert "Dit is staand beleid." in by_number[6].text
    assert "Wij geloven niet dat het afdwingen" in by_number[10].text
    # the heading "#### *Lokaal – regionaal en NvO*" ends point 10
    assert "Lokaal – regionaal en NvO" not in by_number[10].text
    assert "Op dit moment onderzoeken wij" not in by_number[10].text
    headings = [s.heading for s in doc.sections]
    assert "Lokaal – regionaal en NvO" in headings and "Proces" in headings


def test_groningen_sentence_cut_by_a_page_break_is_rejoined() -> None:
    doc = read_sample(GRONINGEN)
    assert "dat de ondersteuning direct zou moeten kunnen beginnen" in doc.text
    assert "Zij willen allen meer regie vanuit de gemeenten" in doc.text


def test_werkgroep_has_the_sections_gold_links_to() -> None:
    doc = read_sample(WERKGROEP)
    headings = [s.heading for s in doc.sections]
    for heading, _number in GOLD[WERKGROEP]["links_to_framework"]["sections"]:
        assert heading in headings, heading
    for other in ("Aanleiding", "ALGEMENE OPMERKINGEN/VRAGEN", "UITGANGSPUNTEN"):
        assert other in headings
    assert_offsets(doc)


def test_werkgroep_page_header_is_gone_and_paragraphs_rejoined() -> None:
    doc = read_sample(WERKGROEP)
    for noise in ("Kenmerk", "Datum 8 oktober 2020", "Pagina 4/4"):
        assert noise not in doc.text
    section = next(s for s in doc.sections if s.heading == "Normaliseren en de-medicaliseren")
    assert "\n" not in section.body(doc.text)
    assert "deze twee termen. Teveel en te vaak" in section.body(doc.text)
    assert section.body(doc.text).endswith("belangrijke toegang tot de jeugdhulp.")
    # the section after the page header starts cleanly
    after = next(s for s in doc.sections if s.heading == "Meerjarige samenwerking met aanbieders van jeugdhulp")
    assert after.body(doc.text).startswith("Onder het kopje algemeen")
    assert doc.facts["date"] == "2020-10-08"  # the facts still see the header


def test_werkgroep_own_numbered_list_is_rejoined() -> None:
    doc = read_sample(WERKGROEP)
    items = find_principles(doc.blocks)
    assert [p.number for p in items] == [1, 2, 3, 4, 5, 6, 7]
    assert "voor de inkoop van de jeugdhulp. Zijn gemeenten in 2023" in items[0].text
    assert items[5].title.startswith("Hoe relevant is de vraag vanuit Dijken op Deltahoogte")
    assert items[5].text.endswith("(preventieve jeugdzorg) nog?")
    assert "18-/18+" in items[6].text
    assert all("\n" not in p.text for p in items)


def test_werkgroep_bullets_and_page_break_paragraphs() -> None:
    doc = read_sample(WERKGROEP)
    bullets = [b.text for b in doc.blocks if b.kind is BlockKind.BULLET]
    assert "het bevorderen van het eigen netwerk door bijvoorbeeld prestatieafspraken te maken" in bullets
    assert "Kwaliteit dient gewaarborgd te zijn" in bullets
    last_bullet = next(b for b in bullets if b.startswith("Er wordt zoveel"))
    assert last_bullet.endswith("aan alle denominaties.")  # the indented line after it is a new paragraph


def test_dgj_reads_as_background_with_sections() -> None:
    doc = read_sample(DGJ)
    assert doc.warnings == ()
    headings = [s.heading for s in doc.sections]
    assert "Inkoopproces Jeugdhulp 2022" in headings
    assert "Selectie en contractering" in headings
    assert "www.jeugdzhz.nl" not in doc.text
    assert "governance-adviezen AEF" in doc.text
    assert len(find_principles(doc.blocks)) == 0


@pytest.mark.parametrize("name", [ZHZ, GRONINGEN, WERKGROEP, DGJ])
def test_samples_clean_text_is_consistent(name: str) -> None:
    doc = read_sample(name)
    assert_offsets(doc)
    assert doc.encoding == "utf-8"
    assert doc.title
    for b in doc.blocks:
        assert b.text == b.text.strip() and b.text
        assert "\n" not in b.text and "  " not in b.text and "\u00a0" not in b.text
        assert not re.search(r"(^|\s)\*\*?\w|\w\*\*?($|\s)", b.text), b.text  # emphasis markers gone
    assert "\n\n\n" not in doc.text


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


def zhz_text() -> str:
    return (SAMPLES / ZHZ).read_text(encoding="utf-8")


def test_cp1252_and_latin1_decode_to_the_same_text() -> None:
    text = zhz_text()
    assert any(c in text for c in "‘’“”") and "ë" in text
    decoded, encoding = decode_text(text.encode("cp1252"), "zhz.txt")
    assert decoded == text and encoding == "cp1252"

    plain_quotes = text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-"}))
    decoded, encoding = decode_text(plain_quotes.encode("latin-1"), "zhz.txt")
    assert decoded == plain_quotes and encoding == "latin-1"

    parsed = read_document(text.encode("cp1252"), name="zhz.txt", role=DocumentRole.FRAMEWORK)
    assert parsed.text == read_sample(ZHZ).text


def test_utf8_with_and_without_bom() -> None:
    text = zhz_text()
    assert decode_text(text.encode("utf-8"), "a") == (text, "utf-8")
    assert decode_text(b"\xef\xbb\xbf" + text.encode("utf-8"), "a") == (text, "utf-8-sig")
    assert decode_text("Één café".encode("utf-16"), "a") == ("Één café", "utf-16")


def test_utf16_without_a_byte_order_mark_is_read() -> None:
    """Notepad's "Unicode" without a mark, and its big-endian twin: the NULs say the order."""
    text = "Inkoopkader Jeugdhulp 2022 e.v.\n\n1. Beter inzetten op ‘eigen kracht’ — één café\n"
    assert decode_text(text.encode("utf-16-le"), "a") == (text, "utf-16-le")
    assert decode_text(text.encode("utf-16-be"), "a") == (text, "utf-16-be")


def test_mostly_utf8_with_a_stray_windows_byte_is_not_mangled() -> None:
    data = "Café in Zuid-Holland, geïnformeerd".encode() + b" \x93quote\x94"
    text, encoding = decode_text(data, "mixed.txt")
    assert text == "Café in Zuid-Holland, geïnformeerd “quote”"
    assert encoding == "utf-8"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty_file"),
        (b"  \r\n\t \n\n", "empty_file"),
        ("\u00a0\u00a0\n".encode(), "empty_file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "binary_file"),
        (b"Hallo\x00\x00\x00\x01\x02\x03 wereld" * 10, "binary_file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary_file"),
        (b"tekst \x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f met stuurtekens", "binary_file"),
        (bytes(b for i in range(400) for b in ((i * 37) % 32, 0)), "unreadable_encoding"),  # controls as UTF-16
        ("Hallo wereld, dit is tekst".encode("utf-16-le")[:-1], "unreadable_encoding"),  # half a character
        (b"abc \x81\x8d\x8f\x90\x9d def", "unreadable_encoding"),
        (bytes(range(0xA0, 0x100)) * 20, "unreadable_encoding"),
    ],
)
def test_decode_refuses_what_is_not_text(data: bytes, code: str) -> None:
    with pytest.raises(UserFacingError) as info:
        decode_text(data, "bestand.txt")
    assert info.value.code == code
    assert info.value.params["name"] == "bestand.txt"
    assert info.value.message("nl") and info.value.message("en")


def test_decode_refuses_files_over_the_limit() -> None:
    data = b"a" * (MAX_FILE_BYTES + 1)
    with pytest.raises(UserFacingError) as info:
        decode_text(data, "groot.txt")
    assert info.value.code == "file_too_large"
    assert info.value.params["limit_mb"] == 50
    assert info.value.params["size_mb"] > 50
    assert "(51 MB); de grens is 50 MB" in info.value.message("nl")  # one byte over did not read "50 MB"


def test_no_text_when_only_page_furniture_remains() -> None:
    with pytest.raises(UserFacingError) as info:
        read_document(b"Pagina 1/2\n\nwww.example.nl\n\n3\n", name="leeg.txt", role=DocumentRole.BACKGROUND)
    assert info.value.code == "no_text"


# --------------------------------------------------------------------------------------------
# Cleaning
# --------------------------------------------------------------------------------------------


def test_line_endings_trailing_spaces_and_wrapped_lines() -> None:
    raw = "Inleiding  \r\n\r\nDit is een zin die over twee \r\nregels loopt.\u00a0\r\n \r\nEn nog\reen zin.\n"
    blocks, clean = clean_blocks(raw)
    assert [b.kind for b in blocks] == [BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert clean == "Inleiding\n\nDit is een zin die over twee regels loopt.\n\nEn nog een zin."
    # without blank lines and without a wrap width, a line ending a sentence ends its paragraph
    blocks, clean = clean_blocks("Eerste alinea.\nTweede alinea.\n")
    assert clean == "Eerste alinea.\n\nTweede alinea."


def test_double_spaced_pdf_text_is_rejoined() -> None:
    raw = (
        "Achtergrond \n\nDe gemeenteraad heeft in het voorjaar besloten om de inkoop van \n\n"
        "jeugdhulp opnieuw te bekijken, samen met de buurgemeenten in de \n\n"
        "regio. Dat gebeurt in drie stappen. \n\n \n\nVervolg \n\n"
        "In het najaar volgt een voorstel aan de raad over de verdere \n\n"
        "uitwerking van de plannen. \n"
    )
    blocks, _ = clean_blocks(raw)
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "Achtergrond"),
        (
            BlockKind.PARAGRAPH,
            "De gemeenteraad heeft in het voorjaar besloten om de inkoop van jeugdhulp opnieuw te "
            "bekijken, samen met de buurgemeenten in de regio. Dat gebeurt in drie stappen.",
        ),
        (BlockKind.HEADING, "Vervolg"),
        (
            BlockKind.PARAGRAPH,
            "In het najaar volgt een voorstel aan de raad over de verdere uitwerking van de plannen.",
        ),
    ]


def test_page_header_in_the_middle_of_a_sentence() -> None:
    raw = (
        "Het college wil met de aanbieders afspraken maken over de kwaliteit van de zorg en\n\n"
        "Ons kenmerk 2020/123\nDatum 3 maart 2021\nPagina 2 van 5\n\n"
        "over de wachttijden in de regio.\n"
    )
    blocks, clean = clean_blocks(raw)
    assert clean == (
        "Het college wil met de aanbieders afspraken maken over de kwaliteit van de zorg en "
        "over de wachttijden in de regio."
    )


def test_a_page_break_before_a_name_does_not_split_the_paragraph() -> None:
    line = "Het algemeen bestuur heeft op basis van het advies van het bureau besloten om de"
    wrapped = "\n".join(
        [
            "Het bestuur heeft gisteren op basis van de adviezen van de werkgroep besloten om de",
            "taken van de organisatie opnieuw te verdelen over de gemeenten in de regio en",
            "daarbij de positie van de jeugdteams te versterken zodat gezinnen sneller hulp",
            "krijgen van een vaste medewerker die hen kent en die weet wat er speelt in het",
            "gezin, op school en in de buurt waar het gezin woont en leeft met elkaar samen",
            "en waar de kinderen naar school gaan, sporten en hun vrienden hebben gevonden.",
        ]
    )
    text = f"{wrapped}\n\n{line}\n\nSOJ te integreren in de Dienst Gezondheid & Jeugd.\n"
    doc = read_text(text, DocumentRole.BACKGROUND)
    assert doc.blocks[-1].text == f"{line} SOJ te integreren in de Dienst Gezondheid & Jeugd."


def _pages(pages: list[list[str]], top: list[str], bottom: list[str], separator: str) -> str:
    out: list[str] = []
    for n, body in enumerate(pages, start=1):
        out += [*top, "", *body, "", *[b.format(n=n) for b in bottom]]
        out.append(separator)
    return "\n".join(out)


PAGE_ONE = [
    "1. Kwaliteit boven prijs",
    "Aanbieders worden geselecteerd op kwaliteit en niet op de laagste prijs, zodat de",
    "hulp past bij wat jeugdigen nodig hebben. Cliënten houden hun vertrouwde hulpverlener, ook als de aanbieder",
]
PAGE_TWO = [
    "verandert of als de gemeente andere afspraken maakt.",
    "2. Ruimte voor innovatie",
    "Nieuwe vormen van hulp krijgen een kans.",
]


@pytest.mark.parametrize("separator", ["", "\f"], ids=["page-markers", "form-feeds"])
def test_running_header_and_footer_are_dropped(separator: str) -> None:
    text = _pages(
        [PAGE_ONE, PAGE_TWO],
        ["Gemeente Voorbeeldstad", "Raadsvoorstel inkoop jeugdhulp 2023"],
        ["Pagina {n} van 2"] if not separator else ["Vertrouwelijk concept"],
        separator,
    )
    doc = read_text(text)
    assert "Voorbeeldstad" not in doc.text and "Raadsvoorstel" not in doc.text
    assert "Vertrouwelijk" not in doc.text and "Pagina" not in doc.text
    assert [p.title for p in doc.principles] == ["Kwaliteit boven prijs", "Ruimte voor innovatie"]
    assert "ook als de aanbieder verandert of als de gemeente" in doc.principles[0].text  # rejoined over the page


def test_a_header_on_the_second_page_only_that_repeats_the_title_is_dropped() -> None:
    """A two-page document whose first page carries its title instead of a header: the header of
    page two ("Regiovisie Jeugd West-Brabant-Oost 2025-2030") stood once, was read as a heading,
    and the three points after it were lost. A heading that only shares some words stays. Also
    when the title stands under a letterhead's name ("Gemeente ..."): a list of points numbered
    on under their themes was cut in two by the header read as a heading."""
    points = [
        "Uitgangspunten",
        "",
        "– Wij gaan uit van de kracht van jeugdigen. Professionals sluiten daarbij aan.",
        "– Hulp is snel beschikbaar, ook als de situatie complex is.",
        "",
        "1",
        "",
        "{header}",
        "",
        "– Jongeren worden na hun achttiende niet aan hun lot overgelaten.",
        "– Wij leren van wat werkt en delen die kennis in de regio.",
        "",
        "Financiën",
        "",
        "De visie wordt uitgevoerd binnen de budgetten.",
        "",
        "2",
    ]
    head = ["REGIOVISIE JEUGD 2025-2030", "West-Brabant-Oost", "", "Vastgesteld op 19 december 2024.", ""]
    text = "\n".join([*head, *points]).replace("{header}", "Regiovisie Jeugd West-Brabant-Oost 2025-2030")
    doc = read_text(text)
    assert [p.number for p in doc.principles] == [1, 2, 3, 4]
    assert doc.principles[3].title.startswith("Wij leren van wat werkt")
    other = read_text(text.replace("Regiovisie Jeugd West-Brabant-Oost 2025-2030", "Jeugd in de regio"))
    assert "Jeugd in de regio" in other.text
    # under a letterhead's name: the title is the document's second line, not its first
    under = read_text("Gemeente Bergen op Zoom\n\n" + text)
    assert [p.number for p in under.principles] == [1, 2, 3, 4]
    assert "Regiovisie Jeugd West-Brabant-Oost 2025-2030" not in under.text


def test_a_footer_with_its_page_number_set_apart_and_long_titles_over_a_new_sentence() -> None:
    """Text copied from a PDF whose only page marks are its footers ("Beleidskader Wmo 2025-2028"
    and, far to the right, the page's number): each stood as a heading, and the lettered list
    running over it lost its last points. A title filling most of its line ran into the sentence
    under it ("... eigen netwerk We gaan uit van ...")."""
    footer = "Beleidskader Wmo 2025-2028" + " " * 50 + "{n}"
    text = (
        "## 2. Wat zien we?\n\nDe gemeente vergrijst.\n\n"
        "## 3. Onze uitgangspunten\n\nBij alles wat we doen, hanteren we de volgende uitgangspunten.\n\n"
        "a) Inwoners doen zoveel mogelijk zelf en met hun eigen netwerk\n"
        "   We gaan uit van wat inwoners zelf kunnen, met hulp van familie, buren en vrijwilli-\n"
        "   gers. Dat is een kwestie van eigen regie.\n\n"
        "b) Algemene voorzieningen gaan voor maatwerk\n   Waar een algemene voorziening passend is, wijzen we daar eerst naar.\n\n"
        f"{footer.format(n=2)}\n\n"
        "c) Eén vraag, één gesprek, één aanspreekpunt\n   Inwoners krijgen één vaste consulent.\n\n"
        f"{footer.format(n=3)}\n\n## 4. Wat gaan we doen?\n\nWe beginnen in 2025.\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == [
        "Inwoners doen zoveel mogelijk zelf en met hun eigen netwerk",
        "Algemene voorzieningen gaan voor maatwerk",
        "Eén vraag, één gesprek, één aanspreekpunt",
    ]
    assert "Beleidskader Wmo" not in doc.text


def test_repeated_lines_stay_without_page_breaks_or_when_they_are_text() -> None:
    no_breaks = _pages([PAGE_ONE, PAGE_TWO], ["Gemeente Voorbeeldstad"], [], "")
    assert read_text(no_breaks).text.count("Gemeente Voorbeeldstad") == 2  # nothing shows the pages
    body = ["Wij vragen de raad om in te stemmen met dit voorstel.", *PAGE_ONE[:1]]
    repeated = _pages([body, body], [], ["Pagina {n} van 2"], "")
    assert read_text(repeated).text.count("Wij vragen de raad om in te stemmen met dit voorstel.") == 2


def test_hyphenated_words_over_a_line_break() -> None:
    blocks, _ = clean_blocks("De implementatie van de governance-\nadviezen gaat door, ook in de zorg-\nregio.\n")
    # where two vowels meet the hyphen is spelling and stays; "zorg-regio" was only a line break
    assert blocks[0].text == "De implementatie van de governance-adviezen gaat door, ook in de zorgregio."
    blocks, _ = clean_blocks("Een woord met zacht af\u00adbreek\u00ad\nteken.\n")
    assert blocks[0].text == "Een woord met zacht afbreekteken."


def test_direction_overrides_and_stray_control_characters_are_not_part_of_the_text() -> None:
    # A right-to-left override makes a principle display other than it reads (and match other
    # than it looks); a stray bell or escape from a pasted terminal is no letter either.
    unseen = "\u202e\u202a\u2066\u2069\u200e\u200f\u061c\x07\x1b\x08\x7f\x9b"
    raw = "".join(
        f"{n}. Zorg{unseen[n]} dichtbij huis{unseen[-n]}, voor ieder gezin nummer {n}.\n" for n in range(1, 7)
    )
    parsed = read_text("# Inkoopkader \u202ejeugdhulp\u202c\n\nUitgangspunten\n\n" + raw.replace("\n", "\n\n"))
    assert parsed.title == "Inkoopkader jeugdhulp"
    assert [p.title for p in parsed.principles] == [
        f"Zorg dichtbij huis, voor ieder gezin nummer {n}." for n in range(1, 7)
    ]
    assert not any(ch in parsed.text for ch in unseen)
    blocks, clean = clean_blocks("Een \u202eregel\u202c met \x07tekst\x1b[0m.\n")
    assert clean == "Een regel met tekst[0m."
    assert [clean[b.start : b.end] for b in blocks] == [b.text for b in blocks]
    # line and page breaks written as control characters still break lines
    blocks, _ = clean_blocks("Eerste alinea.\x0bTweede alinea.\x1eDerde alinea.\n")
    assert [b.text for b in blocks] == ["Eerste alinea.", "Tweede alinea.", "Derde alinea."]


def test_headings_markdown_bold_caps_and_plain() -> None:
    raw = (
        "# Inkoopkader jeugdhulp\n\n"
        "## *Aanleiding*\n\nTekst van de aanleiding.\n\n"
        "**Belangrijke keuzes**\n\nTekst over de keuzes met **nadruk** en _cursief_ en snake_case.\n\n"
        "FINANCIËN\n\nHet budget is 5 * 3 miljoen.\n\n"
        "Tot slot\n\nDe laatste alinea van dit stuk.\n"
    )
    blocks, _ = clean_blocks(raw)
    headings = [(b.text, b.level) for b in blocks if b.kind is BlockKind.HEADING]
    assert headings == [
        ("Inkoopkader jeugdhulp", 1),
        ("Aanleiding", 2),
        ("Belangrijke keuzes", 3),
        ("FINANCIËN", 2),
        ("Tot slot", 4),
    ]
    texts = [b.text for b in blocks]
    assert "Tekst over de keuzes met nadruk en cursief en snake_case." in texts
    assert "Het budget is 5 * 3 miljoen." in texts


def test_closing_and_signature_lines_are_not_headings() -> None:
    raw = (
        "Geachte raad,\n\nWij vragen u om een zienswijze op het kader.\n\n"
        "Met vriendelijke groet,\n\nHet college van burgemeester en wethouders,\n\n"
        "J. de Vries\n\nburgemeester\n\nA.B. Jansen\n\nsecretaris\n"
    )
    blocks, _ = clean_blocks(raw)
    assert all(b.kind is BlockKind.PARAGRAPH for b in blocks)


def test_sections_nest_by_level() -> None:
    raw = (
        "# Kader\n\nInleiding.\n\n## Eerste deel\n\nTekst een.\n\n### Detail\n\nTekst detail.\n\n"
        "## Tweede deel\n\nTekst twee.\n"
    )
    blocks, clean = clean_blocks(raw)
    sections = {s.heading: s.body(clean) for s in find_sections(blocks)}
    assert sections["Kader"].startswith("Inleiding.") and sections["Kader"].endswith("Tekst twee.")
    assert sections["Eerste deel"] == "Tekst een.\n\nDetail\n\nTekst detail."
    assert sections["Detail"] == "Tekst detail."
    assert sections["Tweede deel"] == "Tekst twee."
    spans = {s.heading: s for s in find_sections(blocks)}
    assert clean[spans["Tweede deel"].start : spans["Tweede deel"].end] == "Tweede deel\n\nTekst twee."


# --------------------------------------------------------------------------------------------
# Numbering styles and sequences
# --------------------------------------------------------------------------------------------


def numbers_and_titles(text: str) -> list[tuple[int, str]]:
    return [(p.number, p.title) for p in read_text(text).principles]


def test_plain_numbered_list() -> None:
    text = "Uitgangspunten\n\n1. Eigen kracht\n2. Dichtbij huis\n3. Minder regels\n\nSlot\n\nEinde van de brief.\n"
    assert numbers_and_titles(text) == [(1, "Eigen kracht"), (2, "Dichtbij huis"), (3, "Minder regels")]


def test_dash_numbered_and_italic_styles_mixed() -> None:
    text = (
        "- 1. Eerste stelling. Met uitleg erbij.*\n\nReactie op de eerste.\n\n"
        "- 2. Tweede stelling.\n\nReactie op de tweede.\n\n"
        "3. *Derde stelling in cursief.*\n\nReactie op de derde.\n\n"
        " 4. Vierde stelling met spatie ervoor.\n\nReactie op de vierde.\n"
    )
    doc = read_text(text)
    assert numbers_and_titles(text) == [
        (1, "Eerste stelling."),
        (2, "Tweede stelling."),
        (3, "Derde stelling in cursief."),
        (4, "Vierde stelling met spatie ervoor."),
    ]
    assert doc.principles[0].text == "Eerste stelling. Met uitleg erbij.\n\nReactie op de eerste."
    assert_offsets(doc)


def test_number_after_text_on_the_same_logical_line() -> None:
    text = (
        "1. Wat is het financiële kader van de \n\nregio? \n\n2. Wij vragen ons af hoe dat werkt. \n"
        " 3. Hoe relevant is de vraag \n\nnog? \n\n4. Laatste punt van de lijst. \n"
    )
    doc = read_text(text)
    assert [p.number for p in doc.principles] == [1, 2, 3, 4]
    assert doc.principles[0].text == "Wat is het financiële kader van de regio?"
    assert doc.principles[2].text == "Hoe relevant is de vraag nog?"


def test_markdown_heading_attributes_are_no_part_of_the_heading() -> None:
    """Pandoc's "## Uitwerking {#uitwerking}": the id stood in the heading, shown and searched."""
    doc = read_text("## Uitwerking {#uitwerking}\n\nTekst.\n\n## Twee {.klasse}\n\nTekst {#x} blijft.\n")
    assert [b.text for b in doc.blocks] == ["Uitwerking", "Tekst.", "Twee", "Tekst {#x} blijft."]


def test_markdown_heading_numbers() -> None:
    text = (
        "# Kader\n\n##### **1. Eigen kracht**\n\nUitleg bij het eerste punt.\n\n- een bullet\n\n"
        "##### **2. Dichtbij**\n\nUitleg bij het tweede punt.\n\n## Bijlage\n\nNiet van punt twee.\n"
    )
    doc = read_text(text)
    assert numbers_and_titles(text) == [(1, "Eigen kracht"), (2, "Dichtbij")]
    assert doc.principles[0].text == "Eigen kracht\n\nUitleg bij het eerste punt.\n\neen bullet"
    assert doc.principles[1].text == "Dichtbij\n\nUitleg bij het tweede punt."
    heading = next(b for b in doc.blocks if b.number == 1)
    assert heading.kind is BlockKind.HEADING and heading.level == 5 and heading.text == "Eigen kracht"


def test_marker_alone_on_its_line() -> None:
    assert numbers_and_titles("1.\nEerste punt\n\n2.\nTweede punt\n") == [(1, "Eerste punt"), (2, "Tweede punt")]


def test_restarted_list_the_main_one_wins() -> None:
    text = (
        "Inleiding\n\nWe doen drie dingen:\n\n1. lezen\n2. schrijven\n3. rekenen\n\n"
        "Uitgangspunten\n\n" + "".join(f"{n}. Uitgangspunt nummer {n}\n" for n in range(1, 9)) + "\nSlot\n\nEinde.\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == [f"Uitgangspunt nummer {n}" for n in range(1, 9)]


def test_sub_list_inside_a_point_does_not_break_the_sequence() -> None:
    text = (
        "1. Eerste punt\n\nToelichting met stappen:\n\n1) stap een\n2) stap twee\n3) stap drie\n\n"
        "2. Tweede punt\n\n3. Derde punt\n\n4. Vierde punt\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == ["Eerste punt", "Tweede punt", "Derde punt", "Vierde punt"]
    assert "stap drie" in doc.principles[0].text


def test_numbers_in_running_text_do_not_break_the_sequence() -> None:
    text = (
        "1. Eigen kracht voorop.\n\nDit hangt samen met het derde punt, zie punt 3. Dat is belangrijk.\n\n"
        "2. Dichtbij huis.\n\nZoals in 2. genoemd en in artikel 4. van de wet.\n\n"
        "3. Minder regels.\n\n4. Goed opdrachtgeverschap.\n"
    )
    doc = read_text(text)
    assert [p.number for p in doc.principles] == [1, 2, 3, 4]
    assert "zie punt 3. Dat is belangrijk." in doc.principles[0].text


def test_long_item_title_is_its_first_sentence() -> None:
    text = "1. Wij willen o.a. meer regie, bijv. via het college. Dat vraagt tijd.\n2. Kort punt\n"
    assert numbers_and_titles(text)[0] == (1, "Wij willen o.a. meer regie, bijv. via het college.")


def test_framework_without_numbered_points_warns_and_has_sections() -> None:
    text = "Aanleiding\n\nHet college wil de inkoop veranderen.\n\nVoorstel\n\nWij stellen voor om te beginnen.\n"
    doc = read_text(text)
    assert doc.principles == ()
    assert doc.warnings == ("no_principles",)
    assert [s.heading for s in doc.sections] == ["Aanleiding", "Voorstel"]
    background = read_text(text, DocumentRole.BACKGROUND)
    assert background.warnings == ()


# --------------------------------------------------------------------------------------------
# Other councils write their points differently
# --------------------------------------------------------------------------------------------


def assert_titles_in_text(doc: ParsedDocument) -> None:
    for p in doc.principles:
        assert p.title.rstrip("…") in p.text
        assert doc.text[p.start : p.end] == p.text


def test_points_labelled_uitgangspunt_n() -> None:
    text = (
        "Uitgangspunten\n\n"
        "Uitgangspunt 1: De inwoner staat centraal\nWij gaan uit van wat inwoners zelf kunnen.\n\n"
        "Uitgangspunt 2 – Zorg dichtbij\nOndersteuning wordt in de wijk georganiseerd.\n\n"
        "UITGANGSPUNT 3. Minder regels\nDe lasten worden beperkt.\n"
    )
    doc = read_text(text)
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "De inwoner staat centraal"),
        (2, "Zorg dichtbij"),
        (3, "Minder regels"),
    ]
    assert doc.principles[0].text.endswith("Wij gaan uit van wat inwoners zelf kunnen.")
    assert "Uitgangspunt 1: De inwoner staat centraal" in doc.text  # the label is the document's wording
    heading = next(s for s in doc.sections if s.heading == "Uitgangspunten")
    assert "Zorg dichtbij" in heading.body(doc.text)  # the labelled points sit under the heading
    assert_titles_in_text(doc)


@pytest.mark.parametrize("word", ["Ambitie", "Doel", "Doelstelling", "Speerpunt", "Pijler", "Kader", "Thema"])
@pytest.mark.parametrize("layout", ["{word} {n}. {title}\n\n{text}\n\n", "{word} {n}\n{title}\n\n{text}\n\n"])
def test_points_labelled_with_other_words_for_a_principle(word: str, layout: str) -> None:
    """Frameworks name their points ambitions, goals, spearheads or pillars as often as
    principles: "Ambitie 1. Zorg dichtbij" found nothing at all."""
    points = [("Zorg dichtbij", "Hulp in de eigen omgeving."), ("Normaliseren", "Niet elk probleem is zorg.")]
    points.append(("Sturen op resultaat", "Afspraken over resultaten."))
    body = "".join(layout.format(word=word, n=n, title=t, text=x) for n, (t, x) in enumerate(points, start=1))
    doc = read_text("Beleidskader jeugdhulp\n\nDe uitgangspunten:\n\n" + body + "Tot slot\n\nEinde.\n")
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "Zorg dichtbij"),
        (2, "Normaliseren"),
        (3, "Sturen op resultaat"),
    ]


def test_numbered_chapters_and_a_list_of_sources_are_not_principles() -> None:
    """A framework's own chapters ("1. Inleiding", "2. Terugblik", "5. Uitgangspunten", "6.
    Vervolgproces") and its literature ("1. Nederlands Jeugdinstituut (2022). ...") were taken for
    its principles, without even a warning to check them."""
    chapters = (
        "Beleidskader jeugdhulp\n\n1. Inleiding\nDit kader beschrijft de inkoop.\n\n"
        "2. Terugblik op de huidige inkoop\nDe contracten lopen sinds 2018.\n\n"
        "3. Landelijke ontwikkelingen\nDe Hervormingsagenda vraagt meer samenwerking.\n\n"
        "4. Ambitie\nAlle jeugdigen groeien veilig op.\n\n5. Uitgangspunten\nDie volgen later.\n\n"
        "6. Vervolgproces\nNa vaststelling volgt de inkoopstrategie.\n"
    )
    sources = (
        "Beleidskader jeugdhulp\n\nDe regio koopt jeugdhulp in.\n\nLiteratuur\n\n"
        "1. Nederlands Jeugdinstituut (2022). Wachttijden in de jeugdhulp. Utrecht: NJi.\n"
        "2. Centraal Bureau voor de Statistiek (2023). Jeugdhulp 2022. Den Haag: CBS.\n"
        "3. Berenschot (2021). Evaluatie regionale inkoop. Utrecht.\n"
        "4. VNG (2020). Handreiking inkoop jeugdhulp. Den Haag.\n"
    )
    for text in (chapters, sources):
        doc = read_text(text)
        assert doc.principles == ()
        assert doc.warnings == ("no_principles",)
    assert read_text(sources).candidates[0].reason == "references"


def test_a_planning_and_the_attachments_of_a_letter_are_not_its_points() -> None:
    """A progress letter with a planning ("sluiting van de inschrijving: 10 juni 2025") and its
    attachments ("Bijlagen: 1. Verslag ...") has no points: the planning was taken for them, and
    without it the attachments were. A list of steps whose items hold no date is still a list."""
    letter = (
        "Raadsinformatiebrief\n\nDatum: 26 februari 2025\n\nGeachte leden van de raad,\n\n"
        "## 1. Stand van zaken\n\nDe regio heeft een marktconsultatie gehouden.\n\n"
        "## 2. Planning\n\nDe verdere planning ziet er als volgt uit:\n\n"
        "1. publicatie van de aanbesteding op TenderNed: 15 april 2025;\n"
        "2. sluiting van de inschrijving: 10 juni 2025;\n"
        "3. voorlopige gunning: september 2025;\n"
        "4. implementatie: vierde kwartaal 2025;\n"
        "5. start van de nieuwe contracten: 1 januari 2026.\n\n"
        "## 3. Vervolg\n\nWij informeren u opnieuw.\n\nMet vriendelijke groet,\n\n"
        "Burgemeester en wethouders\n\n### Bijlagen:\n\n"
        "1. Verslag marktconsultatie januari 2025\n2. Overzicht percelen en tarieven 2026\n"
    )
    doc = read_text(letter)
    assert doc.principles == ()
    reasons = {c.reason for c in doc.candidates}
    assert {"schedule", "attachments"} <= reasons
    steps = letter.replace(": 15 april 2025", "").replace(": 10 juni 2025", "").replace(": september 2025", "")
    steps = steps.replace(": vierde kwartaal 2025", "").replace(": 1 januari 2026", "")
    assert [p.title for p in read_text(steps).principles][:2] == [
        "publicatie van de aanbesteding op TenderNed",
        "sluiting van de inschrijving",
    ]


def test_a_background_documents_points_are_a_list_named_as_such() -> None:
    """A background document's points are its list named as its principles, goals or themes;
    an auditor's recommendations, a proposal's decisions or a report's steps are its text (they
    were taken for its points). A framework still has its best list chosen, whatever it is."""
    audit = (
        "Accountantsverslag 2024\n\nWij hebben de jaarrekening gecontroleerd.\n\nAanbevelingen\n\n"
        "1) Leg de werkwijze voor de schatting vast.\n2) Stel een contractenregister op.\n"
        "3) Versterk de controle op de prestatielevering.\n"
    )
    steps = (
        "Voortgangsbrief\n\nDe inkoop verloopt volgens plan. Wij hebben de volgende stappen gezet:\n\n"
        "1. Het inkoopkader is vastgesteld.\n2. Er zijn twee bijeenkomsten voor aanbieders geweest.\n"
        "3. De inschrijving is gesloten.\n"
    )
    goals = (
        "Kadernota 2025\n\nHet bestuur kiest voor de volgende speerpunten:\n\n"
        "1. Versterken van de vrijwillige brandweer\n2. Voorbereiden op klimaatrisico's\n"
        "3. Doorontwikkeling van de meldkamer\n"
    )
    for text in (audit, steps):
        assert read_text(text, DocumentRole.BACKGROUND).principles == ()
        assert len(read_text(text).principles) == 3
        assert read_text(text, DocumentRole.BACKGROUND).candidates[0].principles  # still listed
    assert [p.number for p in read_text(goals, DocumentRole.BACKGROUND).principles] == [1, 2, 3]


def test_outline_principles_with_a_last_section_on_them_all_before_a_later_chapter() -> None:
    """Chapter 4 "Uitgangspunten" with 4.1 to 4.5, then "4.6 Samenhang tussen de uitgangspunten",
    then chapter 5 with 5.1 and 5.2: 4.6 was taken for a chapter holding the principles (the
    list in chapter 5 counted as under it), so 5.1 and 5.2 were chosen."""
    titles = [
        "Vervoer is een middel om mee te doen",
        "Zelfstandig reizen wordt gestimuleerd",
        "Eén regionaal vervoerssysteem voor alle doelgroepen",
        "Kwaliteit en veiligheid voor de reiziger",
        "Duurzaam en betaalbaar vervoer",
    ]
    sections = "".join(f"## 4.{n} {t}\n\nToelichting {n}.\n\n" for n, t in enumerate(titles, 1))
    text = (
        "# Koersdocument Doelgroepenvervoer\n\n# 1 Inleiding\n\nTekst.\n\n# 2 Huidige situatie\n\n"
        "## 2.1 Gebruik en kosten\n\nTekst.\n\n## 2.2 Knelpunten\n\nTekst.\n\n# 3 Ambitie\n\nTekst.\n\n"
        f"# 4 Uitgangspunten\n\n{sections}## 4.6 Samenhang tussen de uitgangspunten\n\nZe versterken elkaar.\n\n"
        "# 5 Vervolg\n\n## 5.1 Aanbesteding\n\nTekst.\n\n## 5.2 Financiën\n\nTekst.\n"
    )
    assert [p.title for p in read_text(text).principles] == titles


def test_the_points_own_sections_later_on_are_not_more_points() -> None:
    """A table of five ambitions, then "### Ambitie 1 uitgewerkt" and "### Ambitie 2 uitgewerkt":
    the two sections, named by their labels, were grouped with the table as points 6 and 7."""
    rows = "".join(f"| {n} | Titel van ambitie {n} | Uitleg {n}. |\n" for n in range(1, 6))
    text = (
        f"# Sportvisie\n\n## Onze vijf ambities\n\n| Nr | Ambitie | Toelichting |\n|---|---|---|\n{rows}\n"
        "## Uitwerking\n\n### Ambitie 1 uitgewerkt\n\nTekst.\n\n### Ambitie 2 uitgewerkt\n\nTekst.\n"
    )
    assert [p.title for p in read_text(text).principles] == [f"Titel van ambitie {n}" for n in range(1, 6)]


@pytest.mark.parametrize("word", ["Ambitie", "Bouwsteen"])
def test_points_labelled_with_the_word_for_their_kind_name_their_list(word: str) -> None:
    """Six "Ambitie n." points under a numbered chapter line, then three items after a lead-in
    ("Wij werken de visie uit in:"): the lead-in ranked the three above the six ambitions."""
    ambitions = "".join(f"{word} {n}. Titel van ambitie nummer {n}\n\nUitleg bij ambitie {n}.\n\n" for n in range(1, 7))
    text = (
        "Regiovisie Jeugd\n\n1. Waarom een nieuwe regiovisie?\n\nTekst.\n\n2. Onze koers\n\n"
        f"{ambitions}3. Hoe gaan wij verder?\n\nWij werken de visie uit in:\n\n"
        "1. de lokale jeugdplannen;\n2. het regionale inkoopkader;\n3. het actieplan wachttijden.\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == [f"Titel van ambitie nummer {n}" for n in range(1, 7)]
    assert doc.candidates[0].reason == "named_list"


def test_a_reply_per_principle_labelled_with_a_colon_and_a_sentence_in_lower_case() -> None:
    """A council's reply letter (a background document) answering each principle: "**Uitgangspunt
    4:** de raad heeft zorgen over ...". A label followed by a lower-case sentence was no point,
    and the letter's two decision points were taken instead."""
    replies = "".join(
        f"**Uitgangspunt {n}:** de raad kan zich vinden in onderdeel {n} van het kader.\n\n" for n in range(1, 5)
    )
    text = (
        "Geachte mevrouw,\n\nDe raad van de gemeente Oss besluit:\n\n1. een positieve zienswijze in te dienen;\n"
        f"2. het college te verzoeken de raad te informeren.\n\n## Reactie per uitgangspunt\n\n{replies}"
        "Met vriendelijke groet,\n\nDe raad van de gemeente Oss,\n"
    )
    doc = read_text(text, DocumentRole.BACKGROUND)
    assert [(p.number, p.title) for p in doc.principles] == [
        (n, f"de raad kan zich vinden in onderdeel {n} van het kader") for n in range(1, 5)
    ]


def test_unnumbered_headings_under_a_heading_that_counts_them_are_the_principles() -> None:
    """ "Onze vijf principes" over five unnumbered headings, each with sub-headings, and a
    numbered decision at the end: the headings were taken only when no other list stood."""
    names = ["Thuis waar het kan", "Herstel voorop", "Samen met de buurt", "Eén plan", "Leren van elkaar"]
    body = "".join(
        f"### {t}\n\n#### Wat betekent dit?\n\nTekst.\n\n#### Wat merkt de inwoner ervan?\n\nTekst.\n\n" for t in names
    )
    text = (
        f"# Regionaal kader Beschermd Thuis\n\n## Onze vijf principes\n\n{body}## Besluit\n\n"
        "Het bestuur besluit:\n\n1. het kader vast te stellen;\n2. de raden te informeren;\n3. te evalueren.\n"
    )
    assert [p.title for p in read_text(text).principles] == names
    fewer = text.replace("Onze vijf principes", "Onze zes principes")  # counted wrong: a fallback again
    assert [p.title for p in read_text(fewer).principles] != names


def test_a_lead_in_names_its_list_in_its_last_sentence() -> None:
    """ "... sturen op de doelen en de kosten? De deelvragen zijn:" named the research questions
    as goals (a background report's points); "Deze zijn:" still points back to the sentence
    before it."""
    report = (
        "Rekenkamerrapport\n\nDe centrale vraag is of de raad kan sturen op de doelen en de kosten van de "
        "jeugdhulp? De deelvragen zijn:\n\na. Welke kaders heeft de raad gesteld?\nb. Welke informatie "
        "ontvangt de raad?\nc. Hoe stuurt het college?\n"
    )
    assert read_text(report, DocumentRole.BACKGROUND).principles == ()
    assert read_text(report).candidates[0].reason == "colon_lead_in"
    framework = "Het kader kent drie uitgangspunten. Deze zijn:\n\n1. Zorg dichtbij\n2. Eén plan\n3. Snel hulp\n"
    assert read_text(framework).candidates[0].reason == "named_principles"
    # "Deze evaluatie ..." is no pointing back: the questions are not the ambitions named before
    evaluation = (
        "Het akkoord kende vijf ambities. Deze evaluatie beantwoordt de volgende vragen:\n\n"
        "1. Is het uitgevoerd?\n2. Wat zijn de effecten?\n3. Welke lessen zijn er?\n"
    )
    assert read_text(evaluation, DocumentRole.BACKGROUND).principles == ()


def test_a_heading_with_a_colon_is_the_title_whole() -> None:
    """ "### Principle 2: Preventie: niemand op straat" was cut at its second colon ("Preventie")."""
    text = (
        "## Principles\n\n### Principle 1: Housing first\n\nTekst.\n\n"
        "### Principle 2: Preventie: niemand op straat\n\nTekst.\n\n### Principle 3: Herstel\n\nTekst.\n"
    )
    assert [p.title for p in read_text(text).principles] == [
        "Housing first",
        "Preventie: niemand op straat",
        "Herstel",
    ]


def test_a_motions_closing_words_are_not_part_of_its_last_point() -> None:
    """ "en gaat over tot de orde van de dag." right under the last point ran into it."""
    text = (
        "Motie\n\nverzoekt het college:\n\n- een overgangstermijn op te nemen\n"
        "- alle inwoners persoonlijk te informeren\n\nen gaat over tot de orde van de dag.\n"
    )
    assert [p.title for p in read_text(text).principles] == [
        "een overgangstermijn op te nemen",
        "alle inwoners persoonlijk te informeren",
    ]


def test_the_principles_again_in_an_english_summary_are_not_the_documents_own() -> None:
    """A Dutch framework with an "Annex – English summary" listing its principles once more: the
    English titles (shorter) were chosen over the Dutch ones."""
    dutch = ["Leren over de grens is vanzelfsprekend", "Diploma's worden wederzijds erkend", "Taal is geen drempel"]
    english = ["Learning across the border", "Diplomas are recognised", "Language is no barrier"]
    text = (
        "# Kader Talentontwikkeling\n\n## Principes\n\n"
        + "".join(f"{n}. {t} – Toelichting bij dit principe.\n" for n, t in enumerate(dutch, 1))
        + "\n## Annex – English summary\n\nThe principles:\n\n"
        + "".join(f"{n}. {t}\n" for n, t in enumerate(english, 1))
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == dutch
    assert "translation" in {c.reason for c in doc.candidates}


def test_a_named_list_ranks_over_the_decision_points_about_it() -> None:
    """ "## Kaders voor het vervolg" with five "Wij ..." bullets, then "## Beslispunten" 1–3 (one
    of them "de kaders vast te stellen"): the decision points, numbered, won over the kaders."""
    kaders = [f"Wij kiezen voor kader nummer {n}" for n in range(1, 6)]
    text = (
        "# Startnotitie\n\n## Kaders voor het vervolg\n\n"
        + "".join(f"* {k}\n" for k in kaders)
        + "\n## Beslispunten\n\n1. kennis te nemen van de startnotitie;\n2. de kaders vast te stellen;\n"
        "3. het college op te dragen de inkoop voor te bereiden.\n"
    )
    assert [p.title for p in read_text(text).principles] == kaders


def test_point_headings_numbered_anew_under_each_theme_heading() -> None:
    """ "## Thema A: Gezond opgroeien" over "### 1. Een rookvrije generatie" and "### 2. ...",
    numbered anew under each theme: the three themes were taken for the points."""
    themes = {
        "A: Gezond opgroeien": ["Een rookvrije generatie", "Mentale weerbaarheid"],
        "B: Gezond leven": ["Minder overgewicht", "Minder alcohol", "Aandacht voor eenzaamheid"],
        "C: Bescherming": ["Paraat bij infectieziekten", "Gezondheid en klimaat"],
    }
    body = "".join(
        f"## Thema {t}\n\n" + "".join(f"### {n}. {p}\n\nUitleg.\n\n" for n, p in enumerate(points, 1))
        for t, points in themes.items()
    )
    doc = read_text(f"# Nota gezondheidsbeleid\n\n{body}## Financiën\n\nTekst.\n")
    assert [p.title for p in doc.principles] == [p for points in themes.values() for p in points]
    assert [p.number for p in doc.principles] == list(range(1, 8))


def test_points_lettered_in_turn_are_a_list_without_a_lead_in() -> None:
    """Kernkeuzes "A." to "D." under the chapter "3 Kernkeuzes", nothing announcing them: a
    lettered run counts as a numbered one does; a few loose letters in prose do not."""
    choices = [
        "Een vitaal platteland",
        "Ruimte voor water",
        "Toekomstbestendige landbouw",
        "Energie met oog voor het landschap",
    ]
    body = "".join(f"{chr(ord('A') + k)}. {c}\n\nUitleg bij deze keuze.\n\n" for k, c in enumerate(choices))
    text = f"## 2 Inleiding\n\nTekst.\n\n## 3 Kernkeuzes\n\n{body}## 4 Uitvoering\n\nTekst.\n"
    assert [p.title for p in read_text(text).principles] == choices
    loose = text.replace("C. Toekomstbestendige", "F. Toekomstbestendige")
    assert [p.title for p in read_text(loose).principles] != choices


def test_a_long_title_over_its_explanation_stands_alone_also_when_wrapped() -> None:
    """A title of more than about 60 characters took the first sentence of its explanation when
    no blank line stood between them, on one long line as well as wrapped over two."""
    titles = [
        "Jeugdigen en gezinnen krijgen hulp zo dicht mogelijk bij huis, in hun eigen omgeving",
        "Normaliseren waar het kan, specialistische hulp waar het moet",
        "Sturen op resultaat",
    ]
    explanations = ["Het lokale team is de toegang.", "Niet elk probleem vraagt om jeugdhulp.", "Wij maken afspraken."]
    one_line = "".join(f"{n}. {t}\n{x}\n\n" for n, (t, x) in enumerate(zip(titles, explanations, strict=True), start=1))
    wrapped = (
        "1. Jeugdigen en gezinnen krijgen hulp zo dicht mogelijk bij\nhuis, in hun eigen omgeving\n"
        "Het lokale team is de toegang tot alle jeugdhulp. Het team kent de\nwijk en de scholen.\n\n"
        "2. Normaliseren waar het kan, specialistische hulp waar het\nmoet\n"
        "Niet elk probleem vraagt om specialistische jeugdhulp. We versterken\nde pedagogische basis.\n\n"
        "3. Sturen op resultaat\nWij maken afspraken over resultaten, niet over uren en\nminuten.\n\n"
    )
    for body in (one_line, wrapped):
        doc = read_text("Beleidskader\n\nDe uitgangspunten zijn:\n\n" + body + "Tot slot\n\nEinde.\n")
        assert [p.title for p in doc.principles] == titles
    # a wrapped paragraph's full line going on with a name stays one item
    item = "1. Wij versterken de samenwerking tussen het lokale team en de huisartsen en de\nGGD in de regio.\n"
    doc = read_text("Uitgangspunten\n\n" + item + "2. Tweede punt.\n")
    assert (
        doc.principles[0].title
        == "Wij versterken de samenwerking tussen het lokale team en de huisartsen en de GGD in de regio."
    )


@pytest.mark.parametrize("mark", ["{l}.", "{l})", "({l})"])
@pytest.mark.parametrize("case", [str.upper, str.lower])
def test_points_lettered_keep_their_letters(mark: str, case) -> None:  # type: ignore[no-untyped-def]
    """ "A. Zorg dichtbij", "B. ...": capital letters found nothing (a line "A. ..." alone is more
    often an initial); lower-case letters were found but shown as 1, 2, 3."""
    titles = ["Zorg dichtbij", "Normaliseren waar het kan", "Sturen op resultaat"]
    body = "".join(
        f"{mark.format(l=case(letter))} {title}\n\nUitleg bij {title.lower()}.\n\n"
        for letter, title in zip("abc", titles, strict=True)
    )
    doc = read_text("Beleidskader\n\nDe uitgangspunten zijn:\n\n" + body + "Met vriendelijke groet,\n\nA. Jansen\n")
    assert [(p.label, p.title) for p in doc.principles] == [(case(x), t) for x, t in zip("abc", titles, strict=True)]
    assert doc.principles[2].text.endswith("Uitleg bij sturen op resultaat.")


def test_an_initial_is_no_lettered_point() -> None:
    doc = read_text("Uitgangspunten\n\n1. Zorg dichtbij.\n2. Normaliseren.\n\nA. Jansen\nB. de Vries\n")
    assert [p.title for p in doc.principles] == ["Zorg dichtbij.", "Normaliseren."]
    assert all(b.kind is BlockKind.PARAGRAPH for b in doc.blocks if b.text.startswith(("A. J", "B. d")))


def test_the_last_point_ends_before_the_next_chapter_and_the_letters_closing() -> None:
    """With sub-points (1.1, 1.2) the points were read as chapters, and the last one ran on through
    "Financiën", the request for a zienswijze, the greeting and the signatures."""
    text = (
        "Uitgangspunten\n\nDe uitgangspunten zijn:\n\n"
        "1. Zorg dichtbij\nHulp dicht bij huis.\n1.1 Het lokale team is de toegang.\n1.2 Huisartsen verwijzen.\n\n"
        "2. Normaliseren\nNiet elk probleem is zorg.\n2.1 We versterken de basis.\n\n"
        "3. Sturen op resultaat\nWe maken afspraken over resultaten.\n\n\n"
        "Financiën\n\nHet budget blijft gelijk.\n\nZienswijze\n\nGraag uw zienswijze uiterlijk 25 mei 2023.\n\n"
        "Met vriendelijke groet,\n\nHet dagelijks bestuur,\n\nJ. Jansen\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == ["Zorg dichtbij", "Normaliseren", "Sturen op resultaat"]
    assert doc.principles[-1].text.endswith("We maken afspraken over resultaten.")
    # without a chapter between: the closing still ends it
    doc = read_text(text.replace("Financiën\n\nHet budget blijft gelijk.\n\nZienswijze\n\n", ""))
    assert "groet" not in doc.principles[-1].text and "Jansen" not in doc.principles[-1].text


def test_an_outline_number_before_a_label_is_not_the_title() -> None:
    """ "2.1 Uitgangspunt 1: Zorg dichtbij huis" as a heading was titled "Uitgangspunt 1"; it is
    labelled by its own label's number ("1", as the council calls it), not its section's ("2.1")."""
    text = "# Kader\n\n## 2 Uitgangspunten\n\n" + "".join(
        f"### 2.{n} Uitgangspunt {n}: {title}\n\nUitleg {n}.\n\n"
        for n, title in enumerate(["Zorg dichtbij huis", "Eenvoudige toegang"], start=1)
    )
    doc = read_text(text)
    assert [(p.label, p.title) for p in doc.principles] == [
        ("1", "Zorg dichtbij huis"),
        ("2", "Eenvoudige toegang"),
    ]


def test_a_reports_numbered_chapters_are_its_sections() -> None:
    """A report's "1. Inleiding" to "7. Aanbevelingen" were list items under its title, one
    section in all, so its passages lost the headings that link them to principles."""
    names = ["Inleiding", "Methode", "Zorggebruik en kosten", "De toegang", "Gedwongen kader", "Aanbevelingen"]
    body = "".join(f"{n}. {name}\nTekst over {name.lower()} in de regio.\n\n" for n, name in enumerate(names, start=1))
    doc = read_text("Evaluatie jeugdhulp 2021-2024\nOnderzoeksbureau Lindeboom\n\n" + body, role=BACKGROUND_ROLE)
    assert [s.heading for s in doc.sections][1:] == [f"{n}. {name}" for n, name in enumerate(names, start=1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # lettered decisions after the proposal's sentence, the arguments numbered under them
            "Raadsvoorstel\nVergadering: 3 juli 2025\nVoorgesteld besluit: de raad wordt voorgesteld\n"
            "a. het beleidskader vast te stellen;\nb. het college op te dragen te rapporteren.\n\n"
            "Argumenten\n1. Het kader is regionaal afgestemd\nAlle gemeenten doen mee.\n2. Er is draagvlak\nDe raad is gehoord.\n",
            [("a", "het beleidskader vast te stellen"), ("b", "het college op te dragen te rapporteren")],
        ),
        (  # a heading "Voorstel" over them
            "Raadsvoorstel\nOnderwerp: Kader\n\nVoorstel\na. het kader vast te stellen;\nb. het college op te dragen te rapporteren.\n\n"
            "Argumenten\n1. Het kader is afgestemd\n2. Er is draagvlak\n",
            [("a", "het kader vast te stellen"), ("b", "het college op te dragen te rapporteren")],
        ),
        (  # Roman numerals before lower case, straight after "besluit:"
            "Raadsbesluit\n\nDe raad van de gemeente Oostervaart;\n\nbesluit:\nI. het Beleidskader Wmo vast te stellen;\n"
            "II. de Verordening in te trekken;\nIII. een bedrag beschikbaar te stellen.\n\nAldus besloten.\n",
            [
                ("I", "het Beleidskader Wmo vast te stellen"),
                ("II", "de Verordening in te trekken"),
                ("III", "een bedrag beschikbaar te stellen"),
            ],
        ),
    ],
)
def test_a_proposals_decisions_are_its_points_whatever_marks_them(text: str, expected: list[tuple[str, str]]) -> None:
    """A council's decisions lettered "a. het ... vast te stellen;" or numbered "I. het ..." were
    not read as a list (a mark before lower case), and the arguments under them became the points.
    A point in lower case is a phrase of the sentence they make: its title is without the
    semicolon or the full stop that ends the sentence, the first point's as the last one's."""
    assert [(p.label, p.title) for p in read_text(text).principles] == expected


_LETTER_HEAD = (
    "Aan de gemeenteraden in de regio\n\nOnderwerp Zienswijze Inkoopkader Jeugdhulp\n\nGeachte raad,\n\n"
    "Wij vragen u om uw zienswijze op het voorgenomen besluit.\n\n"
)
_LETTER_FOOT = (
    "\n\nKanttekeningen\n\nHet proces moet op draagvlak kunnen rekenen.\n\nMet vriendelijke groet,\n\nHet bestuur\n"
)


@pytest.mark.parametrize(
    "middle",
    [
        "Uitgangspunt\n\nVoor de verlenging van de contracten geldt één uitgangspunt:\n\n"
        "1. Continuïteit van zorg voor jeugdigen die nu hulp ontvangen\n\nWij verlengen daarom met één jaar.",
        "Uitgangspunt\n\n1. Continuïteit van zorg voor jeugdigen die nu hulp ontvangen\n\nWij verlengen met één jaar.",
        "Voorstel\n\nVoor de verlenging geldt een enkel uitgangspunt:\n\n"
        "1. Continuïteit van zorg voor jeugdigen die nu hulp ontvangen",
    ],
)
def test_a_framework_of_one_principle_has_it(middle: str) -> None:
    """A letter extending the contracts named one principle ("geldt één uitgangspunt:", under the
    heading "Uitgangspunt") and numbered it 1: a run of one was no list, and it had none."""
    doc = read_text(_LETTER_HEAD + middle + _LETTER_FOOT)
    assert [(p.label, p.title) for p in doc.principles] == [
        ("1", "Continuïteit van zorg voor jeugdigen die nu hulp ontvangen")
    ]
    assert "Kanttekeningen" not in doc.principles[0].text


@pytest.mark.parametrize(
    "middle",
    [
        # a "1." nobody names as the principle
        "Toelichting\n\n1. Continuïteit van zorg voor jeugdigen die nu hulp ontvangen\n\nWij verlengen met één jaar.",
        # named, but a list of points is there too: the list
        "Uitgangspunt\n\n1. Continuïteit van zorg\n\nDaarom verlengen wij.\n\nUitgangspunten\n\n1. Eigen kracht voorop\n\n"
        "2. Normaliseren\n\n3. Minder aanbieders",
        # two points each named as the one: neither is
        "Uitgangspunt\n\n1. Continuïteit van zorg\n\nUitgangspunt\n\n1. Eigen kracht voorop",
    ],
)
def test_a_lone_point_is_the_principle_only_when_named_so_and_alone(middle: str) -> None:
    titles = [p.title for p in read_text(_LETTER_HEAD + middle + _LETTER_FOOT).principles]
    assert "Continuïteit van zorg voor jeugdigen die nu hulp ontvangen" not in titles
    assert "Continuïteit van zorg" not in titles


def test_points_enumerated_in_one_sentence_are_the_principles() -> None:
    """ "Het inkoopkader rust op zes uitgangspunten: (1) eigen kracht voorop; (2) normaliseren; ...
    en (6) minder administratieve lasten." had no principles: the marks stood inside a sentence,
    before lower case. The points become items; the lead-in and the sentence after them stay
    paragraphs, and no word of the text is lost."""
    sentence = (
        "Het inkoopkader rust op zes uitgangspunten: (1) eigen kracht voorop; (2) normaliseren; "
        "(3) minder aanbieders; (4) lokaal waar het kan, regionaal waar nodig; (5) integrale aanpak; "
        "en (6) minder administratieve lasten. Deze uitgangspunten zijn in de werkgroep besproken."
    )
    doc = read_text(_LETTER_HEAD + "Uitgangspunten\n\n" + sentence + _LETTER_FOOT)
    assert [(p.label, p.title) for p in doc.principles] == [
        ("1", "eigen kracht voorop"),
        ("2", "normaliseren"),
        ("3", "minder aanbieders"),
        ("4", "lokaal waar het kan, regionaal waar nodig"),
        ("5", "integrale aanpak"),
        ("6", "minder administratieve lasten"),
    ]
    assert doc.principles[4].text == "integrale aanpak; en"
    assert "Deze uitgangspunten" not in doc.principles[-1].text
    words = [w for w in re.findall(r"\w+", sentence) if not w.isdigit()]  # (the marks are the items' own)
    assert re.findall(r"\w+", doc.text[doc.text.index("Het inkoopkader") :])[: len(words)] == words


@pytest.mark.parametrize(
    "sentence",
    [
        # two marks: an aside, not a list
        "Wij kiezen voor twee dingen: (1) eigen kracht voorop; en (2) normaliseren. Dat is het plan.",
        # not counted from a colon
        "Wij noemen (1) eigen kracht voorop; (2) normaliseren; (3) minder aanbieders. Dat is het plan.",
        # the numbers skip
        "Drie punten: (1) eigen kracht voorop; (3) normaliseren; (4) minder aanbieders. Dat is het plan.",
        # references inside prose: each in its own sentence
        "Zie de bijlagen: (1) de brief. Ook (2) het rapport. En (3) de notulen van de werkgroep.",
    ],
)
def test_numbers_in_a_sentence_that_are_no_enumeration_stay_prose(sentence: str) -> None:
    doc = read_text(_LETTER_HEAD + "Toelichting\n\n" + sentence + _LETTER_FOOT)
    assert not any(b.kind is BlockKind.NUMBERED for b in doc.blocks)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "Raadsvoorstel\n\nRaadsvergadering: 12 juni 2025\n\nOnderwerp\nZienswijze inkoopkader jeugdhulp\n\n",
            "Zienswijze inkoopkader jeugdhulp",
        ),
        (
            "Kenmerk: RN/2025/118\nOnderwerp: beantwoording vragen raadswerkgroep\n\n",
            "beantwoording vragen raadswerkgroep",
        ),
        (  # Markdown's bold label: the letter was named by its addressee ("Aan: de gemeenteraad ...")
            "# Raadsinformatiebrief\n\n**Aan:** de gemeenteraad\n**Onderwerp:** voortgang regionale inkoop\n\n",
            "voortgang regionale inkoop",
        ),
    ],
)
def test_the_subject_is_the_title_on_its_own_line_or_in_lower_case(head: str, title: str) -> None:
    assert read_text(head + "Geachte raad,\n\nTekst van de brief.\n").title == title


def test_points_labelled_with_the_abbreviation_up() -> None:
    # Frameworks written for a table or a slide number their points "UP1", "UP 2:".
    text = (
        "Uitgangspunten\n\n"
        "UP1 De inwoner staat centraal\nWij gaan uit van wat inwoners zelf kunnen.\n\n"
        "UP 2: Zorg dichtbij\nOndersteuning wordt in de wijk georganiseerd.\n\n"
        "UP3. Minder regels\nDe lasten worden beperkt.\n"
    )
    doc = read_text(text)
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "De inwoner staat centraal"),
        (2, "Zorg dichtbij"),
        (3, "Minder regels"),
    ]
    assert doc.principles[1].text.endswith("Ondersteuning wordt in de wijk georganiseerd.")
    assert_titles_in_text(doc)
    # "up" in running text, lower case, is an English word or a typo, not a label
    assert read_text("Het bedrag loopt up 3 procent op.\n\nup 4 jaar later weer.\n").principles == ()


def test_a_label_after_the_list_number_is_not_the_title() -> None:
    # Word's own numbering in front of the typed label: "1. Uitgangspunt 1: Zorg dichtbij".
    text = "Uitgangspunten\n\n" + "".join(
        f"{n}. Uitgangspunt {n}: {title}\n\nWij werken dit verder uit met de aanbieders.\n\n"
        for n, title in enumerate(["Zorg dichtbij", "Eén gezin, één plan", "Minder regels"], start=1)
    )
    doc = read_text(text)
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "Zorg dichtbij"),
        (2, "Eén gezin, één plan"),
        (3, "Minder regels"),
    ]
    assert_titles_in_text(doc)
    agenda = read_text("Besluit\n\n1. Punt 3 van de agenda wordt uitgesteld.\n\n2. Punt 4 gaat door.\n")
    assert [p.title for p in agenda.principles] == ["Punt 3 van de agenda wordt uitgesteld.", "Punt 4 gaat door."]


def test_unnumbered_headings_under_the_principles_heading_are_the_principles() -> None:
    # A framework written as a chapter per point: "Uitgangspunten" over a heading for each.
    titles = ["Zorg dichtbij", "Eén gezin, één plan", "Resultaatgericht inkopen", "Beheersbare kosten"]
    text = (
        "# Inkoopkader Jeugdhulp\n\n## Inleiding\n\nDe gemeenten kopen de jeugdhulp samen in.\n\n"
        "## Uitgangspunten\n\nHet kader rust op vier uitgangspunten.\n\n"
        + "".join(f"### {title}\n\nWij werken {title.lower()} uit met de aanbieders.\n\n" for title in titles)
        + "## Vervolg\n\nHet college stelt het kader daarna vast.\n"
    )
    doc = read_text(text)
    assert [(p.number, p.title) for p in doc.principles] == list(enumerate(titles, start=1))
    assert doc.principles[0].text == "Zorg dichtbij\n\nWij werken zorg dichtbij uit met de aanbieders."
    assert doc.principles[-1].text.endswith("beheersbare kosten uit met de aanbieders.")  # not the Vervolg
    assert doc.warnings == ()
    # headings under another chapter are its sections, not principles
    other = text.replace("## Uitgangspunten", "## Achtergrond").replace("vier uitgangspunten", "vier pijlers")
    assert read_text(other).principles == ()
    # a numbered list of the document's own (a reaction's questions) still comes first; the
    # headings are offered as the other reading
    questions = "## Vragen\n\n1. Wat kost het?\n\n2. Wie voert het uit?\n\n3. Wanneer begint het?\n"
    reaction = read_text(text + "\n" + questions)
    assert [p.title for p in reaction.principles] == ["Wat kost het?", "Wie voert het uit?", "Wanneer begint het?"]
    assert [p.title for p in reaction.candidates[1].principles] == titles


def test_points_lettered_a_b_c_with_a_full_stop() -> None:
    letters = "abcdef"
    titles = ["Zorg dichtbij", "Eén gezin, één plan", "Resultaatgericht inkopen", "Ruimte voor de professional"]
    text = "Uitgangspunten\n\n" + "".join(
        f"{letters[n]}. {title}: wij werken dit verder uit met de aanbieders.\n\n" for n, title in enumerate(titles)
    )
    doc = read_text(text)
    assert [(p.number, p.title) for p in doc.principles] == [(n, t) for n, t in enumerate(titles, start=1)]
    # an initial with a surname, a wrapped sentence going on: no lettered point
    prose = (
        "Het advies over de inkoop van jeugdhulp in de regio is opgesteld door de heer J. de Vries en\n"
        "a. van Dam, die het college al jaren adviseren over de jeugdzorg in de gemeenten.\n"
    )
    assert [b.kind for b in read_text(prose).blocks] == [BlockKind.PARAGRAPH]


def test_a_label_alone_on_its_line_is_followed_by_the_title() -> None:
    text = (
        "Uitgangspunten\n\n"
        "Uitgangspunt 1\nDe inwoner staat centraal\nWij gaan uit van wat inwoners zelf kunnen.\n\n"
        "Uitgangspunt 2\nZorg dichtbij\nOndersteuning wordt in de wijk georganiseerd.\n"
    )
    doc = read_text(text)
    assert [(p.number, p.title) for p in doc.principles] == [(1, "De inwoner staat centraal"), (2, "Zorg dichtbij")]
    assert doc.principles[0].text == "De inwoner staat centraal\n\nWij gaan uit van wat inwoners zelf kunnen."


def test_a_labelled_sentence_is_a_list_item() -> None:
    text = (
        "Uitgangspunt 1: Aanbieders worden geselecteerd op kwaliteit en niet op prijs.\n\n"
        "Uitgangspunt 2: Cliënten houden hun vertrouwde hulpverlener.\n"
    )
    doc = read_text(text)
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "Aanbieders worden geselecteerd op kwaliteit en niet op prijs."),
        (2, "Cliënten houden hun vertrouwde hulpverlener."),
    ]


def test_the_word_punt_in_running_text_is_no_point() -> None:
    text = "Punt 3 van de agenda is het inkoopkader.\n\nPunt 4 van de agenda is de rondvraag.\n"
    doc = read_text(text)
    assert doc.principles == ()
    assert all(b.kind is BlockKind.PARAGRAPH for b in doc.blocks)


def test_outline_numbered_headings_points_under_uitgangspunten() -> None:
    text = (
        "1 Inleiding\nDit kader beschrijft hoe de gemeente jeugdhulp inkoopt.\n\n"
        "2 Uitgangspunten\nWij hanteren de volgende uitgangspunten.\n\n"
        "2.1 Normaliseren\nNiet elk probleem vraagt om jeugdhulp.\n\n"
        "2.2 Eigen kracht\nWe gaan uit van de kracht van het gezin.\n\n"
        "2.3 Integraal werken\nHulp wordt in samenhang geboden.\n\n"
        "3 Financiën\nHet budget is beperkt.\n"
    )
    doc = read_text(text)
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "Normaliseren"),
        (2, "Eigen kracht"),
        (3, "Integraal werken"),
    ]
    assert doc.principles[2].text == "2.3 Integraal werken\n\nHulp wordt in samenhang geboden."
    sections = {s.heading: s.level for s in doc.sections}
    assert sections == {
        "1 Inleiding": 2,
        "2 Uitgangspunten": 2,
        "2.1 Normaliseren": 3,
        "2.2 Eigen kracht": 3,
        "2.3 Integraal werken": 3,
        "3 Financiën": 2,
    }
    assert_titles_in_text(doc)


def test_chapters_numbered_with_dots_and_outline_points_right_under_them() -> None:
    """ "2. Uitgangspunten" with "2.1 ..." on the very next line: the numbered titles are the
    chapters (all of them, also those without sub-numbers), the outline points the principles."""
    text = (
        "Inkoopkader Sociaal Domein 2025-2028\n\n"
        "1. Inleiding\nHet college legt hierbij het inkoopkader voor.\n\n"
        "2. Uitgangspunten\n2.1 Inwoner centraal\nDe vraag van de inwoner is het vertrekpunt.\n"
        "2.2 Resultaatgericht werken\nAanbieders worden afgerekend op resultaat.\n"
        "2.3 Lokaal waar het kan\nWe kopen lokaal in waar dat kan, regionaal waar dat moet.\n\n"
        "3. Financiën\nHet budget is toereikend.\n"
    )
    doc = read_text(text)
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "Inwoner centraal"),
        (2, "Resultaatgericht werken"),
        (3, "Lokaal waar het kan"),
    ]
    assert (
        doc.principles[2].text == "2.3 Lokaal waar het kan\n\nWe kopen lokaal in waar dat kan, regionaal waar dat moet."
    )
    assert {s.heading: s.level for s in doc.sections if s.level <= 3} == {
        "1. Inleiding": 2,
        "2. Uitgangspunten": 2,
        "2.1 Inwoner centraal": 3,
        "2.2 Resultaatgericht werken": 3,
        "2.3 Lokaal waar het kan": 3,
        "3. Financiën": 2,
    }
    assert_titles_in_text(doc)


def test_numbered_titles_without_outline_points_stay_a_list() -> None:
    text = "Uitgangspunten\n\n1. Kwaliteit boven prijs\n\n2. Zorg dichtbij\n\n3. Minder regels\n"
    doc = read_text(text)
    assert [b.kind for b in doc.blocks[1:]] == [BlockKind.NUMBERED] * 3
    assert [p.title for p in doc.principles] == ["Kwaliteit boven prijs", "Zorg dichtbij", "Minder regels"]


BULLETED = (
    "Inkoopkader Beschermd Wonen\n\nBeslispunten\n\n1. In te stemmen met het kader.\n2. De raad te informeren.\n\n"
    "Uitgangspunten\n\nVoor de nieuwe inkoop hanteren wij de volgende uitgangspunten:\n\n"
    "• Herstel en participatie staan centraal.\n• Cliënten hebben keuzevrijheid.\n"
    "• Kwaliteit gaat boven prijs – we kopen niet alleen op tarief in.\n\nFinanciën\n\nHet budget is 12 miljoen euro.\n"
)


def test_a_bullet_list_named_as_the_principles() -> None:
    """Bullets under "Uitgangspunten" are the principles, numbered in order; they beat a shorter
    numbered list that is not named so (the decisions asked of the council)."""
    doc = read_text(BULLETED)
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "Herstel en participatie staan centraal."),
        (2, "Cliënten hebben keuzevrijheid."),
        (3, "Kwaliteit gaat boven prijs"),
    ]
    assert doc.principles[2].text == "Kwaliteit gaat boven prijs – we kopen niet alleen op tarief in."
    assert doc.warnings == ()
    assert_offsets(doc)


def test_bullets_not_named_as_principles_or_a_named_numbered_list_win_nothing() -> None:
    unnamed = BULLETED.replace(
        "Uitgangspunten\n\nVoor de nieuwe inkoop hanteren wij de volgende uitgangspunten:",
        "Aandachtspunten\n\nWij letten op het volgende:",
    )
    assert [p.title for p in read_text(unnamed).principles] == [
        "In te stemmen met het kader.",
        "De raad te informeren.",
    ]
    numbered = BULLETED.replace("Beslispunten\n\n1. In", "De uitgangspunten zijn:\n\n1. In")
    assert [p.number for p in read_text(numbered).principles] == [1, 2]
    alone = "Aanleiding\n\nDe contracten lopen af.\n\nWij letten op:\n\n- Kwaliteit.\n- Prijs.\n"
    doc = read_text(alone)
    assert doc.principles == () and doc.warnings == ("no_principles",)


def test_numbers_without_a_full_stop_one_under_the_other_are_a_list() -> None:
    """A Word list pasted as text: "1<tab>Normaliseren" on consecutive lines."""
    text = "Uitgangspunten\n1\tNormaliseren\n2\tEigen kracht voorop\n3\tIntegraal werken\n\nToelichting\nDe punten worden toegelicht.\n"
    doc = read_text(text)
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "Normaliseren"),
        (2, "Eigen kracht voorop"),
        (3, "Integraal werken"),
    ]
    assert [s.heading for s in doc.sections] == ["Uitgangspunten", "Toelichting"]
    single = read_text(
        "Aanleiding\n\n1 Inleiding\nDit kader beschrijft de inkoop.\n\n2 Financiën\nHet budget is beperkt.\n"
    )
    assert [b.kind for b in single.blocks if b.number] == [
        BlockKind.HEADING,
        BlockKind.HEADING,
    ]  # chapters stay chapters


def test_a_short_line_naming_the_principles_introduces_the_list() -> None:
    """ "A. Uitgangspunten" reads as a line, not a heading (it starts like an initial), but it
    still names the list under it, which then beats a longer planning list."""
    text = (
        "INKOOPKADER JEUGD\n\nA. Uitgangspunten\n\n(1) Normaliseren;\n(2) Eigen kracht;\n(3) Integraal werken.\n\n"
        "B. Planning\n\n1. Aanbesteding in maart\n2. Gunning in juni\n3. Start in januari\n4. Evaluatie na een jaar\n"
    )
    assert [p.title for p in read_text(text).principles] == ["Normaliseren", "Eigen kracht", "Integraal werken"]


def test_a_council_proposal_with_decisions_arguments_and_the_framework_attached() -> None:
    """The usual raadsvoorstel: numbered decisions, arguments numbered 1.1, 1.2 under a heading,
    and the framework's own list further down, which is the one named as the principles."""
    text = (
        "Raadsvoorstel\n\nVoorstel\n1. Het inkoopkader vast te stellen.\n2. De raad jaarlijks te informeren.\n"
        "3. De kosten te dekken uit de begroting.\n\nArgumenten\n1.1 Het kader sluit aan bij het beleidsplan.\n"
        "Het beleidsplan is in 2023 vastgesteld.\n1.2 Aanbieders hebben meegedacht.\nIn drie bijeenkomsten.\n\n"
        "Uitgangspunten\n1. Inwoners staan centraal\nDe inwoner krijgt wat past.\n2. Zorg dichtbij huis\n"
        "Ondersteuning in de wijk.\n3. Sturen op resultaat\nWe spreken resultaten af.\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == ["Inwoners staan centraal", "Zorg dichtbij huis", "Sturen op resultaat"]
    arguments = next(s for s in doc.sections if s.heading == "Argumenten")
    assert arguments.body(doc.text).startswith("1.1 Het kader sluit aan bij het beleidsplan.")


def test_a_date_line_is_not_an_outline_heading() -> None:
    doc = read_text("Groningen\n\n12 Oktober 2020\n\nGeachte raad,\n\nHierbij ontvangt u de brief.\n")
    assert all(not (b.kind is BlockKind.HEADING and b.number == 12) for b in doc.blocks)


def test_the_list_named_as_principles_beats_a_longer_procedure() -> None:
    steps = "".join(f"{i}. Stap {i} van de procedure wordt door het college gezet.\n" for i in range(1, 6))
    text = f"Procedure\n\n{steps}\nUitgangspunten\n\n1. Kwaliteit boven prijs\n2. Zorg dichtbij\n3. Minder regels\n"
    assert [p.title for p in read_text(text).principles] == ["Kwaliteit boven prijs", "Zorg dichtbij", "Minder regels"]


def test_a_short_list_named_as_principles_does_not_beat_the_main_one() -> None:
    points = "".join(f"{i}. Punt {i} van het kader\n" for i in range(1, 11))
    text = f"Kader\n\n{points}\nDe raad kent twee uitgangspunten:\n\n1. Eerste\n2. Tweede\n"
    assert [p.number for p in read_text(text).principles] == list(range(1, 11))


def test_a_bold_or_dashed_lead_in_is_the_title() -> None:
    text = (
        "## Uitgangspunten\n\n"
        "1. **Preventie voorop** – we investeren in het voorveld.\n"
        "2. **Passende hulp** – de hulp past bij de vraag.\n"
        "3. Sturen op resultaat: we maken afspraken over wat hulp oplevert.\n"
        "4. Kwaliteit boven prijs. Aanbieders worden geselecteerd op kwaliteit.\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == [
        "Preventie voorop",
        "Passende hulp",
        "Sturen op resultaat",
        "Kwaliteit boven prijs.",
    ]
    assert_titles_in_text(doc)


def test_a_short_item_line_over_its_explanation_is_the_title() -> None:
    text = (
        "Uitgangspunten inkoop\n\n"
        "1. Kwaliteit boven prijs\nAanbieders worden geselecteerd op kwaliteit, niet op de laagste prijs.\n"
        "2. Continuïteit van zorg\nCliënten houden hun vertrouwde hulpverlener.\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == ["Kwaliteit boven prijs", "Continuïteit van zorg"]
    assert doc.principles[0].text == (
        "Kwaliteit boven prijs\n\nAanbieders worden geselecteerd op kwaliteit, niet op de laagste prijs."
    )


def test_a_wrapped_item_is_still_one_paragraph() -> None:
    text = (
        "Het college hanteert de volgende uitgangspunten:\n"
        "1. Wij kopen jeugdhulp in op basis van kwaliteit en niet op basis van de\n"
        "laagste prijs, zodat jeugdigen de hulp krijgen die zij nodig hebben.\n"
        "2. Wij zorgen voor continuïteit van zorg: cliënten houden waar mogelijk hun\n"
        "vertrouwde hulpverlener.\n"
        "Wij vragen de raad in te stemmen met deze uitgangspunten.\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == [
        "Wij kopen jeugdhulp in op basis van kwaliteit en niet op basis van de laagste prijs, zodat "
        "jeugdigen de hulp krijgen die zij nodig hebben.",
        "Wij zorgen voor continuïteit van zorg: cliënten houden waar mogelijk hun vertrouwde hulpverlener.",
    ]


def test_roman_numbered_points_but_not_initials() -> None:
    text = (
        "Uitgangspunten\n\nI. Kwaliteit boven prijs\nAanbieders worden geselecteerd op kwaliteit.\n\n"
        "II. Zorg dichtbij\nIn de wijk.\n\nIII. Minder regels\nMinder lasten.\n\nIV. Betaalbaar\nBinnen budget.\n"
    )
    assert [(p.number, p.title) for p in read_text(text).principles] == [
        (1, "Kwaliteit boven prijs"),
        (2, "Zorg dichtbij"),
        (3, "Minder regels"),
        (4, "Betaalbaar"),
    ]
    names = read_text("Ondertekend door\n\nI. de Boer, voorzitter\n\nV. de Vries, griffier\n")
    assert all(b.kind is BlockKind.PARAGRAPH or b.kind is BlockKind.HEADING for b in names.blocks)
    assert names.principles == ()


def test_a_single_numbered_item_is_no_sequence() -> None:
    assert read_text("Punt\n\n1. Alleen dit.\n\nVerder niets.\n").principles == ()


# --------------------------------------------------------------------------------------------
# Title and facts
# --------------------------------------------------------------------------------------------


def test_title_falls_back_to_heading_then_file_name() -> None:
    assert read_text("Betreft: Inkoop jeugdhulp 2022\n\nTekst hier.\n").title == "Inkoop jeugdhulp 2022"
    assert read_text("Intro tekst.\n\n# Het kader\n\nTekst.\n\n## Deel\n\nMeer.\n").title == "Het kader"
    doc = read_document(b"alleen een zin zonder kop.\n", name="mijn-notitie.txt", role=DocumentRole.BACKGROUND)
    assert doc.title == "Mijn notitie"
    # a bare section label at the top is not the document's title; a longer opening heading is
    labelled = read_document(
        b"Aanleiding\n\nDe raad vroeg om advies.\n", name="advies_werkgroep.txt", role=DocumentRole.BACKGROUND
    )
    assert labelled.title == "Advies werkgroep"
    titled = read_text("Advies over de inkoop van jeugdhulp\n\nDe raad vroeg om advies.\n")
    assert titled.title == "Advies over de inkoop van jeugdhulp"
    # a title that ends in "e.v." (en verder) or "e.o." (en omstreken) is still a title
    for title in ("Inkoopkader Jeugdhulp 2022 e.v.", "Regionale inkoop Rijnmond e.o."):
        doc = read_document(f"{title}\n\nDe raad vroeg om advies.\n".encode(), name="x.txt", role=BACKGROUND_ROLE)
        assert doc.title == title
        assert doc.blocks[0].kind is BlockKind.HEADING


def test_facts_dutch_dates() -> None:
    doc = read_text("Datum: 2-12-2020\n\nGraag uw reactie uiterlijk op donderdag 7 jan. 2021 aan de griffie.\n")
    assert doc.facts == {"date": "2020-12-02", "deadline": "2021-01-07"}
    doc = read_text("Den Haag, 15 maart 2021\n\nGeen termijn genoemd.\n")
    assert doc.facts == {"date": "2021-03-15"}
    assert read_text("Datum 31 februari 2021\n\nTekst.\n").facts == {}


LETTER = "Datum: 14 maart 2023\n\nGeachte raad,\n\n{body}\n\nMet vriendelijke groet,\n\nHet bestuur\n"


@pytest.mark.parametrize(
    ("body", "deadline"),
    [
        # the council's answer decides, not the first "uiterlijk" (the contracts' start, below)
        (
            "De nieuwe contracten moeten uiterlijk 1 januari 2024 ingaan. Wij verzoeken u uw zienswijze "
            "uiterlijk 25 mei 2023 aan ons kenbaar te maken.",
            "2023-05-25",
        ),
        ("Graag ontvangen wij uw zienswijze voor 25 mei 2023.", "2023-05-25"),  # "voor" as people type it
        ("Wij ontvangen uw zienswijze graag vóór 25 mei a.s.", "2023-05-25"),  # aanstaande: after the letter
        ("Uw reactie zien wij graag vóór 2 februari a.s. tegemoet.", "2024-02-02"),
        ("U kunt uw zienswijze tot en met 25 mei 2023 indienen.", "2023-05-25"),
        ("De contracten lopen voor 1 januari 2024 af.", None),  # "voor" alone says no deadline
        ("Het besluit moet uiterlijk 1 juli 2023 genomen zijn.", "2023-07-01"),  # no better one: kept
        ("Uw zienswijze graag vóór 1 maart 2023.", None),  # before the letter's own date
        ("Wij vragen u binnen acht weken te reageren.", None),
        ("Wij verzoeken u uw wensen en bedenkingen uiterlijk op 1 juli kenbaar te maken.", "2023-07-01"),
        ("Uw reactie graag uiterlijk 2 februari.", "2024-02-02"),  # no year: the next 2 February
        ("De aanbesteding sluit uiterlijk 1 juli.", None),  # no year, and no answer asked
        ("- Reactietermijn | 15 september 2023\n\nBinnen de genoemde termijn.", "2023-09-15"),  # a field
        (  # a sentence ends at its paragraph's end: the answer asked in the next is not its
            "Met het toezenden vóór 31 januari voldoen wij aan de wet.\n\nWij stellen het op prijs als u "
            "uiterlijk 4 april 2023 uw zienswijze kenbaar maakt.",
            "2023-04-04",
        ),
        (  # a period set in one sentence, the answer asked within it in the next
            "Het ontwerp ligt van 1 april 2023 tot en met 12 mei 2023 ter inzage. Gedurende deze periode kan "
            "iedereen een zienswijze indienen.",
            "2023-05-12",
        ),
        ("Het ontwerp ligt tot en met 12 mei 2023 ter inzage. De stukken staan online.", None),
        ("Wij sturen u deze reactie ruim voor de sluitingsdatum van 4 april 2023.", "2023-04-04"),
        ("Twee raden gaven hun zienswijze al. De termijn loopt tot 15 april 2023.", "2023-04-15"),
        ("De werkgroep vindt de termijn voor zienswijzen (23 mei 2023) krap.", "2023-05-23"),
        ("Wij vragen u uw wensen uiterlijk in de raadsvergadering van 2 oktober 2023 te geven.", "2023-10-02"),
        ("De termijn voor de aanbesteding loopt af op 1 juni 2023.", None),  # no deadline for the council
    ],
)
def test_facts_deadline_is_the_date_set_for_the_councils_answer(body: str, deadline: str | None) -> None:
    assert read_text(LETTER.format(body=body)).facts.get("deadline") == deadline


def test_facts_date_from_a_running_footer() -> None:
    """No date named as the letter's: the date its running footer repeats on every page, not the
    first date of its text (a contract's end)."""
    footer = "Inkoopkader Wmo | kenmerk GRSM/25/0412 | 3 maart 2025 | pagina {n} van 2"
    text = (
        "Inkoopkader Wmo 2026-2029\n\nDe contracten lopen op 31 december 2025 af.\n\n"
        f"{footer.format(n=1)}\n\fMeer tekst.\n\n{footer.format(n=2)}\n"
    )
    assert read_text(text).facts.get("date") == "2025-03-03"
    once = "Inkoopkader Wmo 2026-2029\n\nDe contracten lopen op 31 december 2025 af.\n\n" + footer.format(n=1)
    assert read_text(once).facts.get("date") == "2025-12-31"  # a footer seen once is no running one


def test_facts_kenmerk_of_labels_stacked_over_their_values() -> None:
    """A letterhead's labels one under the other and its values under them, as a PDF's columns
    come out; a case number alone over its value, or in a row of columns."""
    stacked = (
        "Datum\nOns kenmerk\nUw kenmerk\nOnderwerp\n\n27 mei 2025\nZ/25/118406\nJW/2025/0312\nZienswijze\n\nTekst.\n"
    )
    assert read_text(stacked).facts.get("kenmerk") == "Z/25/118406"
    theirs = "Datum\nUw kenmerk\nOnderwerp\n\n27 mei 2025\nJW/2025/0312\nZienswijze\n\nTekst.\n"
    assert read_text(theirs).facts.get("kenmerk") is None  # their reference is not the letter's
    alone = "Raadsvoorstel\n\nZaaknummer\nVM/2025/00371\nDatum\n11 februari 2025\n\nTekst.\n"
    assert read_text(alone).facts.get("kenmerk") == "VM/2025/00371"
    columns = "Datum                         Zaaknummer\n12 februari 2025              2025-001942\n\nTekst.\n"
    assert read_text(columns).facts.get("kenmerk") == "2025-001942"


def test_facts_kenmerk_from_a_running_footer() -> None:
    footer = "Pagina {n} van 3                                            RVK/BS/25-031"
    text = f"Geachte raad,\n\nTekst.\n\n{footer.format(n=1)}\n\fMeer tekst.\n\n{footer.format(n=2)}\n"
    assert read_text(text).facts.get("kenmerk") == "RVK/BS/25-031"
    years = "Pagina {n} van 3                                            2026-2029"
    text = f"Geachte raad,\n\nTekst.\n\n{years.format(n=1)}\n\fMeer tekst.\n\n{years.format(n=2)}\n"
    assert read_text(text).facts.get("kenmerk") is None  # a span of years is no reference


def test_facts_deadline_at_the_end_of_a_long_text() -> None:
    """A deadline is looked for at a text's start and end only (over 50 MB the pattern took 1.4 s
    and found nothing): a long report's closing request still counts."""
    filler = "Een alinea van het achtergrondrapport over de inkoop, zonder enige datum.\n\n" * 8000
    body = filler + "Wij ontvangen uw zienswijze graag uiterlijk 25 mei 2023."
    assert read_text(LETTER.format(body=body)).facts.get("deadline") == "2023-05-25"


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Uw brief van\n2 februari 2023\n\nVerzenddatum\n14 maart 2023\n\nTekst.\n", "2023-03-14"),
        ("Uw brief van: 2 februari 2023\nVerzonden: 14 maart 2023\n\nTekst.\n", "2023-03-14"),
        ("Datum verzending: 14 maart 2023\n\nTekst.\n", "2023-03-14"),
        ("Uw brief van 2 februari 2023\n\nTiel, 14 maart 2023\n\nTekst.\n", "2023-03-14"),
        ("Graag uw zienswijze uiterlijk 25 april 2023.\n\nSinds 14 maart 2023 geldt het kader.\n", "2023-03-14"),
        (  # a council's decision: the meeting that took it, not the proposal it read
            "De raad van de gemeente Westmaas;\ngelezen het voorstel van 20 mei 2025;\n\nbesluit:\n1. vast te stellen.\n\n"
            "Aldus vastgesteld in de openbare vergadering van 12 juni 2025.\n",
            "2025-06-12",
        ),
        (  # dated only by its version, in the running header at the foot of the first page
            "Beleidskader Jeugd 2025-2028\n\n"
            + "De jeugdhulp in de regio verandert. " * 60
            + "\nBeleidskader Jeugd | versie 14 mei 2024\n\n- 1 -\n\nHet kader geldt vanaf 1 januari 2025.\n",
            "2024-05-14",
        ),
        ("Datum: 2 juni 2024\n\nVersie: 14-05-2024\n\nTekst.\n", "2024-06-02"),  # its date, not its version's
        ("Uw brief d.d.: 20-01-2025\n\nZwolle, d.d. 12-03-2025\n\nTekst.\n", "2025-03-12"),
    ],
)
def test_facts_date_is_the_letters_own_not_the_letter_it_answers(head: str, date: str) -> None:
    assert read_text(head).facts.get("date") == date


@pytest.mark.parametrize(
    "head",
    [
        "Ons kenmerk\tUw kenmerk\tDatum\nDVO/2023/0142\t-\t14 maart 2023\n\nTekst.\n",  # tabs
        "Datum      Ons kenmerk      Uw kenmerk\n14 maart 2023      DVO/2023/0142      -\n\nTekst.\n",  # gaps
        "- Datum | Ons kenmerk | Uw kenmerk\n\n- 14 maart 2023 | DVO/2023/0142 | -\n\nTekst.\n",  # Word table
    ],
)
def test_facts_kenmerk_in_a_letterhead_of_columns(head: str) -> None:
    doc = read_text(head)
    assert doc.facts.get("kenmerk") == "DVO/2023/0142"
    assert doc.facts.get("date") == "2023-03-14"


def test_facts_kenmerk_column_left_empty_gives_none() -> None:
    assert "kenmerk" not in read_text("Uw kenmerk\tOns kenmerk\tDatum\nAB-1\t-\t14 maart 2023\n\nTekst.\n").facts


@pytest.mark.parametrize(
    ("head", "kenmerk"),
    [
        ("Uw kenmerk 123\tOns kenmerk: 2020/456 Datum 1 mei 2020\n\nTekst.\n", "2020/456"),
        ("Ons kenmerk\nZ-21-789\nDatum 1 mei 2020\n\nTekst.\n", "Z-21-789"),  # a letterhead table
        ("Kenmerk:   BB/2021/77\n\nTekst.\n", "BB/2021/77"),
        ("Ons kenmerk\n\nDatum 2-12-2020\n\nTekst.\n", None),  # empty field: not the date below it
        ("Uw kenmerk 2020-1\n\nTekst.\n", None),  # the addressee's reference
        ("Het kenmerk van deze zaak is 12.\n", None),  # a sentence, not a field
        ("Gemeente Dordrecht Ons kenmerk: JZ/2024/0412\n\nTekst.\n", "JZ/2024/0412"),  # beside the address
        ("Gemeente Dordrecht | Ons kenmerk JZ/2024/0412\n\nTekst.\n", "JZ/2024/0412"),  # a table's cells
        ("Onze referentie: RDOG-2024-0311\n\nTekst.\n", "RDOG-2024-0311"),
        (  # only where the letter asks an answer to quote it
            "Tekst.\n\nUw zienswijze ontvangen wij graag per e-mail onder vermelding van kenmerk\n"
            "GRSD/AB/2024-031. Het bestuur besluit in juli.\n",
            "GRSD/AB/2024-031",
        ),
        ("Tekst.\n\nGraag onder vermelding van uw kenmerk 2024-7.\n", None),  # the addressee's
        ("- **Kenmerk:** MEMO-SD-2025-044\n- **Datum:** 3 maart 2025\n\nTekst.\n", "MEMO-SD-2025-044"),  # a list
        ("Registratienummer       RV-2025-0217\n\nTekst.\n", "RV-2025-0217"),
        ("- Onderwerp Kaders inkoop | Zaaknummer 2025-0094417\n\nTekst.\n", "2025-0094417"),  # a cell
        ("- Zaaknummer 2025-0094417 | Datum 16 april 2025\n\nTekst.\n", "2025-0094417"),
        ("Serviceorganisatie Jeugd · 21 mei 2025 · kenmerk SOJW/2025/031\n\nTekst.\n", "SOJW/2025/031"),
        ("Ons kenmerk / Our reference: VRK/AB/25.0148\nUw kenmerk / Your reference: -\n\nTekst.\n", "VRK/AB/25.0148"),
        ("Aan: de raden Onderwerp: Regionaal kader Kenmerk: NOB/SD/2025-117\n\nTekst.\n", "NOB/SD/2025-117"),
        ("*Vastgesteld op 10 april 2025 – kenmerk GGDHM/AB/2025-14*\n\nTekst.\n", "GGDHM/AB/2025-14"),
        # a letterhead table of two fields a row; a council letter's own number
        ("Datum | 4 februari 2025 | Ons kenmerk | GBW/DB/2025-0031\n\nTekst.\n", "GBW/DB/2025-0031"),
        ("Raadsinformatiebrief\n\nDatum | 8 april 2025\n\nNummer | RIB 2025-041\n\nTekst.\n", "RIB 2025-041"),
        ("Raadsvoorstelnummer: RV 2025/17\n\nTekst.\n", "RV 2025/17"),
        ("Nummer 3 van de agenda is de begroting 2025.\n", None),  # no field: no colon or cell after it
        ("Ons kenmerk\n\nU.25-00412\n\nZaaknummer\n\nZ.25-01873\n\nTekst.\n", "U.25-00412"),  # a PDF's column
        # the next field after a run of spaces (Word's, collapsed), or after a dot between fields
        ("Ons kenmerk: RA-2025-0042 Contactpersoon: J. van Doorn Bijlage(n): 1\n\nTekst.\n", "RA-2025-0042"),
        ("*Datum: 11 november 2024 · Zaaknummer: 2024/398112 · Status: vastgesteld*\n\nTekst.\n", "2024/398112"),
    ],
)
def test_facts_kenmerk(head: str, kenmerk: str | None) -> None:
    assert read_text(head).facts.get("kenmerk") == kenmerk


@pytest.mark.parametrize(
    ("head", "date", "kenmerk"),
    [
        (  # a proposal's letterhead: the meeting it is for, then its own date
            "Raadsvoorstel\n\nRaadsvergadering 26 september 2024\nDatum voorstel 20 augustus 2024\n"
            "Zaaknummer Z-24-118734\n\nTekst.\n",
            "2024-08-20",
            "Z-24-118734",  # without a kenmerk: its case number
        ),
        ("Raadsvoorstel\n\nRaadsvergadering 26 september 2024\n\nTekst.\n", "2024-09-26", None),  # only that one
        (  # a meeting's report: the meeting's date, then the report's own
            "# Verslag raadsbijeenkomst\n\n**Datum bijeenkomst:** 11 februari 2025, 19.30 uur\n"
            "**Verslag d.d.:** 27 februari 2025\n\nTekst.\n",
            "2025-02-27",
            None,
        ),
        (  # a Word table of two columns
            "- Vergadering | 3 juli 2024\n\n- Datum voorstel | 12 juni 2024\n\n- Kenmerk | DGJ/AB/2024-0612-07\n\nTekst.\n",
            "2024-06-12",
            "DGJ/AB/2024-0612-07",
        ),
        (  # a Markdown table
            "| Veld | Waarde |\n|---|---|\n| Datum | 5 september 2023 |\n| Kenmerk | 2023-045821 |\n\nTekst.\n",
            "2023-09-05",
            "2023-045821",
        ),
        ("| **Kenmerk** | RIB-2024-0912 |\n\nTekst.\n", None, "RIB-2024-0912"),  # a label in bold
        ("**Ons kenmerk:** 25-RIB-0087\n\nTekst.\n", None, "25-RIB-0087"),
        (  # signed with place and date, a contract's end in the text before it
            "Raadsvergadering 27 november 2024\n\nDe contracten lopen tot 31 december 2025.\n\n"
            "Hoogachtend,\n\nWinschoten, 29 oktober 2024\n\nHet college\n",
            "2024-10-29",
            None,
        ),
        (  # an agreement signed where and when its closing line says, pages on (its only date)
            "# SPORTAKKOORD ZUTPHEN\n\n"
            + "Wat de partners samen doen.\n\n" * 100
            + "Ondertekend te Zutphen op 4 maart 2025.\n",
            "2025-03-04",
            None,
        ),
    ],
)
def test_facts_of_a_letterhead_in_a_table_and_a_proposal_for_a_meeting(
    head: str, date: str | None, kenmerk: str | None
) -> None:
    facts = read_text(head).facts
    assert (facts.get("date"), facts.get("kenmerk")) == (date, kenmerk)


def test_facts_sender_after_a_page_break_between_greeting_and_name() -> None:
    text = (
        "Geachte raad,\n\nTekst.\n\nHoogachtend,\n\nPagina 1 van 2\n\f\nHet algemeen bestuur van de VRG,\n\nJ. Jansen\n"
    )
    assert read_text(text).facts["sender"] == "Het algemeen bestuur van de VRG"


def test_facts_sender_signing_above_the_annexes() -> None:
    """A proposal signed by the college, its list of principles attached after the signature: the
    signature was looked for only in the last lines."""
    annex = "".join(f"Uitgangspunt {n}\nTitel {n}\nToelichting bij dit uitgangspunt {n}.\n\n" for n in range(1, 9))
    text = (
        "Raadsvoorstel\n\nDe raad wordt voorgesteld het kader vast te stellen.\n\n"
        "Burgemeester en wethouders van Lopikerwaard,\n\nde secretaris,          de burgemeester,\n\n"
        f"mr. C.M. Vos            ir. J.W. Bosma\n\nBijlage: uitgangspunten\n\n{annex}"
    )
    assert read_text(text).facts.get("sender") == "Burgemeester en wethouders van Lopikerwaard"


def test_facts_sender_named_alone_at_the_foot() -> None:
    """The college named on the last line, without the comma of a signature (and a footnote
    under it): no sender. A sentence about the college is none."""
    text = (
        "Tekst van de visie.\n\nHet college van burgemeester en wethouders van Súdwest-Fryslân\n\n1 Zie de bijlage.\n"
    )
    assert read_text(text).facts.get("sender") == "Het college van burgemeester en wethouders van Súdwest-Fryslân"
    prose = "Tekst.\n\nHet college van burgemeester en wethouders van Ede besluit hierover in mei.\n"
    assert read_text(prose).facts.get("sender") is None


def test_facts_sender_is_who_signs() -> None:
    text = "Geachte raad,\n\nTekst.\n\nMet vriendelijke groet,\n\n**Het college van burgemeester en wethouders,**\n\nJ. Jansen\n"
    assert read_text(text).facts["sender"] == "Het college van burgemeester en wethouders"
    assert "sender" not in read_text("Geachte raad,\n\nTekst zonder afsluiting.\n").facts
    collegiaal = "Geachte raad,\n\nTekst.\n\nMet collegiale groet,\n\nNamens het dagelijks bestuur,\n\nJ. Jansen\n"
    assert read_text(collegiaal).facts["sender"] == "Het dagelijks bestuur"  # signed on its behalf: it sends
    firm = "Geachte raad,\n\nTekst.\n\nMet vriendelijke groet,\n\nVerhoef & Partners Accountants B.V.\n\nJ. Jansen\n"
    assert read_text(firm).facts["sender"] == "Verhoef & Partners Accountants B.V."  # its stop is the name's
    deze = "Geachte raad,\n\nTekst.\n\nMet vriendelijke groet,\n\nnamens deze,\n\nJ. Jansen\n"
    assert read_text(deze).facts["sender"] == "namens deze"  # (no one named: as it stands)
    # no greeting: the board or college that signs at the foot
    bare = "Geachte raad,\n\nTekst.\n\nBurgemeester en wethouders van Tiel,\n\nde secretaris,   de burgemeester,\n"
    assert read_text(bare).facts["sender"] == "Burgemeester en wethouders van Tiel"
    wrapped = (  # the board's name too long for its line
        "Geachte raad,\n\nTekst.\n\nAssen, 11 januari 2024\n\nHet dagelijks bestuur van de Gemeenschappelijke Regeling "
        "Werkplein Drentse\nAa-Zuid,\nde secretaris,\n\nmr. G. Boerhave\n"
    )
    assert read_text(wrapped).facts["sender"] == (
        "Het dagelijks bestuur van de Gemeenschappelijke Regeling Werkplein Drentse Aa-Zuid"
    )
    assert "sender" not in read_text("Geachte raad,\n\nHet college van burgemeester en wethouders besloot.\n").facts
    groningen = read_sample("groningen-reactie-initiatiefvoorstel-jeugdhulp-2020.txt")
    assert groningen.facts["sender"] == "burgemeester en wethouders van Groningen"
    assert "kenmerk" not in groningen.facts  # "Ons kenmerk" is empty there


def test_facts_sender_signed_for_a_body_named_in_a_word_is_that_body_as_the_head_names_it() -> None:
    text = (
        "Rekenkamercommissie Brakelveen-Oosterdijk\n\nBESTUURLIJKE NOTA\n\nTekst.\n\n"
        "Namens de rekenkamercommissie,\n\ndrs. M.A. Goudsmit, voorzitter\n"
    )
    assert read_text(text).facts["sender"] == "Rekenkamercommissie Brakelveen-Oosterdijk"
    faction = (
        "Zienswijze\n\nTekst.\n\nNamens de fractie Groen Lokaal Ravensweerd,\nSanne Vermeulen, fractievoorzitter\n"
    )
    assert read_text(faction).facts["sender"] == "De fractie Groen Lokaal Ravensweerd"
    unnamed = "Advies\n\nTekst.\n\nNamens de werkgroep,\nA. Jonkers, voorzitter\n"
    assert read_text(unnamed).facts["sender"] == "De werkgroep"  # the head names no werkgroep


def test_facts_sender_a_body_over_who_signs_for_it_without_a_greeting() -> None:
    text = "Bestuurlijke nota\n\nTekst.\n\nOmmerveld, 12 juni 2025\n\nRekenkamercommissie Ommerveld\ndrs. L.A. Bouwhuis (voorzitter)\nir. F. Karsemeijer\n"
    assert read_text(text).facts["sender"] == "Rekenkamercommissie Ommerveld"
    person = "Notitie\n\nTekst.\n\nJan de Vries\nsecretaris\n"  # a person over an office: no body
    assert "sender" not in read_text(person).facts
    last = "Advies\n\nTekst van het advies.\n\nRaadswerkgroep Jeugd Ravelstein\n"
    assert read_text(last).facts["sender"] == "Raadswerkgroep Jeugd Ravelstein"
    footer = "Advies\n\nTekst van het advies.\n\nRaadswerkgroep Jeugd Ravelstein        4\n"
    assert "sender" not in read_text(footer).facts  # a running footer with its page number


def test_facts_sender_of_a_memo_is_who_it_is_from() -> None:
    memo = "MEMO\naan:   leden van de commissie\nvan:   wethouder J.A. Kuypers, portefeuille Vervoer\n\nTekst.\n"
    assert read_text(memo).facts["sender"] == "wethouder J.A. Kuypers"
    team = "NOTITIE\nVan : team Beleid Zorg & Welzijn (A. van Rijckevorsel)\n\nTekst.\n"
    assert read_text(team).facts["sender"] == "team Beleid Zorg & Welzijn"
    mail = "Van: Marieke Brons <m.brons@raad.nl>\nAan: griffie\n\nTekst.\n"
    assert "sender" not in read_text(mail).facts  # who writes an e-mail writes for someone else


def test_facts_sender_after_a_page_footer_a_place_and_date_and_a_wrapped_board() -> None:
    text = (
        "Geachte raad,\n\nTekst.\n\nMet vriendelijke groet,\n\n\nPagina 2 van 3          RVK/BS/25-031\n\n"
        "Vennebroek, de eerste maart 2025\n\nNamens het bestuur van de Gemeenschappelijke Regeling\n"
        "Regionaal Vervoersbureau Kempenmeer,\n\nJ.H. Vos\nvoorzitter\n"
    )
    assert read_text(text).facts["sender"] == (
        "Het bestuur van de Gemeenschappelijke Regeling Regionaal Vervoersbureau Kempenmeer"
    )
    person = "Geachte raad,\n\nTekst.\n\nMet vriendelijke groet,\n\nJan Jansen\nwethouder,\n"
    assert read_text(person).facts["sender"] == "Jan Jansen"  # a name over an office is not one line


def test_facts_sender_of_a_report_headed_by_its_body() -> None:
    wrapped = "Rekenkamercommissie\nBerg en Maasland\n\nGrip op jeugdhulp\n\nTekst van het onderzoek.\n"
    assert read_text(wrapped).facts["sender"] == "Rekenkamercommissie Berg en Maasland"
    capitals = "JONGERENRAAD\nKALDENVEEN\n\nADVIES\n\nTekst van het advies.\n"
    assert read_text(capitals).facts["sender"] == "Jongerenraad Kaldenveen"
    title = "Regionaal inkoopkader jeugdhulp\n\nTekst.\n"  # a title, not a body
    assert "sender" not in read_text(title).facts


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

LINE_PARTS = st.sampled_from(
    [
        "",
        " ",
        "\t",
        "1. ",
        "- 1. ",
        " 6. ",
        "5. *",
        "##### **1. ",
        "# ",
        "• ",
        "- ",
        "**",
        "*",
        "_",
        "Kenmerk",
        "Datum 8 oktober 2020",
        "Pagina 4/4",
        "www.example.nl",
        "ALGEMEEN",
        "Tekst",
        "zin die doorloopt",
        "eindigt hier.",
        "vraag?",
        "governance-",
        "\u00ad",
        "\u00a0",
        "é",
        "’",
        "\r\n",
        "\n",
        "\n\n",
        "\f",
        "o.a. ",
        "uiterlijk 19 november 2020",
        "2-12-2020",
    ]
)
TEXTS = st.one_of(st.text(max_size=400), st.lists(LINE_PARTS, max_size=60).map("".join))


def check_blocks(blocks: tuple[Block, ...], clean: str) -> None:
    assert clean == "\n\n".join(b.text for b in blocks)
    for b in blocks:
        assert clean[b.start : b.end] == b.text
        assert b.text and b.text == b.text.strip() and "\n" not in b.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_clean_blocks_offsets_always_consistent(raw: str) -> None:
    blocks, clean = clean_blocks(raw)
    check_blocks(blocks, clean)
    for p in find_principles(blocks):
        assert clean[p.start : p.end] == p.text
    for s in find_sections(blocks):
        assert clean[s.start : s.end].endswith(s.body(clean))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=600), TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_read_document_raises_only_user_facing_errors(data: bytes) -> None:
    for role in DocumentRole:
        try:
            doc = read_document(data, name="x.txt", role=role)
        except UserFacingError as error:
            assert error.code in {"empty_file", "binary_file", "unreadable_encoding", "no_text"}
        else:
            check_blocks(doc.blocks, doc.text)
            assert_offsets(doc)


def test_the_heading_over_each_block_is_the_nearest_that_governs_it() -> None:
    """Computed in one pass for every block; the same answer as looking back from each block."""
    from hypothesis import given
    from hypothesis import strategies as st

    from raadsviewer.domain.candidates import _headings_over
    from raadsviewer.domain.model import Block, BlockKind

    def looking_back(blocks: list[Block], first: int) -> int | None:
        item = blocks[first]
        for i in range(first - 1, -1, -1):
            b = blocks[i]
            if b.kind is BlockKind.HEADING and (item.kind is not BlockKind.HEADING or b.level < item.level):
                return i
        return None

    @given(st.lists(st.tuples(st.booleans(), st.integers(1, 4)), max_size=40))
    def check(shape: list[tuple[bool, int]]) -> None:
        blocks = [
            Block(BlockKind.HEADING if heading else BlockKind.PARAGRAPH, "x", n, n + 1, level if heading else 0)
            for n, (heading, level) in enumerate(shape)
        ]
        assert _headings_over(blocks) == [looking_back(blocks, i) for i in range(len(blocks))]

    check()


def test_a_hyphen_that_only_broke_a_word_over_two_lines_goes() -> None:
    """ "jeugd-" at the end of a line and "hulp" on the next is "jeugdhulp"; a hyphen the word
    itself has stays: before a capital, in capitals or numbers, where vowels meet, after a prefix
    written with one, or as the document writes the word elsewhere on one line."""
    lead = "Inleiding\n\nDit is de eerste zin van een alinea die lang genoeg is om als tekst te gelden, en\n"

    def joined(rest: str) -> str:
        return clean_blocks(lead + rest)[0][1].text.removeprefix(lead.split("\n")[2] + " ")

    assert joined("wij kopen de jeugd-\nhulp samen in.") == "wij kopen de jeugdhulp samen in."
    assert joined("wij werken met Zuid-\nHolland samen.") == "wij werken met Zuid-Holland samen."
    assert joined("er zijn SMART-\nafspraken gemaakt.") == "er zijn SMART-afspraken gemaakt."
    assert joined("de periode 2022-\n2025 telt mee.") == "de periode 2022-2025 telt mee."
    assert joined("de zee-\negel en het auto-\nongeluk.") == "de zee-egel en het auto-ongeluk."
    assert joined("de ex-\nwethouder sprak.") == "de ex-wethouder sprak."
    # the document decides: a word it writes with a hyphen on one line keeps it when broken
    both = "Normaliseren en de-medicaliseren.\n\n" + lead + "wij willen de-\nmedicaliseren."
    assert clean_blocks(both)[0][2].text.endswith("wij willen de-medicaliseren.")
    assert joined("wij willen de-\nmedicaliseren.") == "wij willen demedicaliseren."


def test_a_number_a_sentence_was_wrapped_before_is_no_list_item() -> None:
    """Text copied from a PDF breaks lines anywhere, also before a year or a count that ends a
    sentence ("... in het voorjaar van" / "2025. De raad ..."). Taken for item 2025 of a list,
    the year was lost from the text and the principle split in two; the lines after it ran into
    the wrong blocks."""
    doc = read_text(
        "Inkoopkader Jeugdhulp\n\nUitgangspunten\n\n"
        "1. Zorg dichtbij. De aanbesteding start in het voorjaar van\n"
        "2025. De raad wordt over de voortgang van de inkoop geïnformeerd.\n"
        "2. Sturen op resultaat. Wij maken afspraken over resultaten.\n"
        "3. Kwaliteit. Wij kopen goede zorg in en tellen daarbij de\n"
        "12. Jeugdhulp blijft dichtbij.\n\n"
        "Vervolg\n\nDe verordening geldt vanaf 1 januari\n2026. Daarna wordt zij geëvalueerd.\n"
    )
    assert [p.number for p in doc.principles] == [1, 2, 3]
    assert doc.principles[0].text == (
        "Zorg dichtbij. De aanbesteding start in het voorjaar van 2025. "
        "De raad wordt over de voortgang van de inkoop geïnformeerd."
    )
    assert doc.principles[2].text.endswith("tellen daarbij de 12. Jeugdhulp blijft dichtbij.")
    assert "vanaf 1 januari 2026. Daarna wordt zij geëvalueerd." in doc.text
    assert any(b.kind is BlockKind.HEADING and b.text == "Vervolg" for b in doc.blocks)
    # a list's next number after a line without a full stop is the next item
    short = read_text("Uitgangspunten\n\n1. Zorg dichtbij\n2. Sturen op resultaat\n3. Kwaliteit voorop\n")
    assert [p.title for p in short.principles] == ["Zorg dichtbij", "Sturen op resultaat", "Kwaliteit voorop"]


def test_nul_padding_at_the_end_and_a_stray_nul_do_not_make_a_text_binary() -> None:
    """A text file an editor or an interrupted copy left NUL bytes at the end of (room set aside
    and not filled), or with one stray NUL, was refused as "not a text file"; many NULs still
    are, and a file of NULs only is empty."""
    text = "Uitgangspunten\n\n1. Zorg dichtbij.\n2. Sturen op resultaat.\n"
    for data, encoding in (
        (text.encode() + b"\x00" * 4096, "utf-8"),
        (text.replace("Sturen", "Stu\x00ren").encode(), "utf-8"),
        (text.replace("Zorg", "Zorg één").encode("cp1252") + b"\x00" * 7, "latin-1"),
        (text.encode("utf-16-le") + b"\x00" * 33, "utf-16-le"),  # its last NUL goes with the padding
        (text.encode("utf-16-be") + b"\x00" * 32, "utf-16-be"),
    ):
        _text, found = decode_text(data, "kader.txt")
        assert found == encoding
        doc = read_document(data, name="kader.txt", role=DocumentRole.FRAMEWORK)
        assert [p.text for p in doc.principles][1] == "Sturen op resultaat."
        assert "\x00" not in doc.text
    with pytest.raises(UserFacingError) as info:
        decode_text(text.replace(" ", " \x00\x00").encode(), "kader.txt")
    assert info.value.code == "binary_file"
    with pytest.raises(UserFacingError) as info:
        decode_text(b"\x00" * 512, "kader.txt")
    assert info.value.code == "empty_file"


@pytest.mark.parametrize(
    ("labels", "numbers"),
    [
        (["Uitgangspunt I:", "Uitgangspunt II:", "Uitgangspunt III:", "Uitgangspunt IV:"], [1, 2, 3, 4]),
        (["Uitgangspunt A:", "Uitgangspunt B:", "Uitgangspunt C:", "Uitgangspunt D:"], [1, 2, 3, 4]),
        (["Principe A –", "Principe B –", "Principe C –", "Principe D –"], [1, 2, 3, 4]),
        (["Artikel 1.", "Artikel 2.", "Artikel 3.", "Artikel 4."], [1, 2, 3, 4]),
        (["Artikel 1", "Artikel 2", "Artikel 3", "Artikel 4"], [1, 2, 3, 4]),
    ],
)
def test_points_labelled_with_roman_numerals_letters_or_as_articles(labels: list[str], numbers: list[int]) -> None:
    """A framework's points are labelled with a Roman numeral or a letter after the word
    ("Uitgangspunt IV:", "Principe B –"), or written as articles ("Artikel 3"): only "Uitgangspunt
    3" in digits was read, and such a framework had no principles at all."""
    titles = ["Het kind centraal", "Zorg dichtbij", "Sturen op resultaat", "Minder regels"]
    text = "Inkoopkader Jeugdhulp 2025\n\nDe raad stelt de volgende uitgangspunten vast.\n\n" + "".join(
        f"{label} {title}\nDe toelichting bij dit punt staat hier.\n\n"
        for label, title in zip(labels, titles, strict=True)
    )
    doc = read_text(text + "Vervolg\n\nNa vaststelling start de aanbesteding.\n")
    assert [(p.number, p.title) for p in doc.principles] == list(zip(numbers, titles, strict=True))
    # a word that only starts like a label is not one
    assert not read_text("Uitgangspunten\n\nUitgangspunt Is dat de zorg dichtbij blijft.\n").principles


def test_a_table_of_points_in_markdown_or_copied_with_tabs_reads_as_a_word_table_does() -> None:
    """A Markdown table of the points gave no principles at all, and a table copied out of Word
    (cells separated by tabs) ran each point's title into its explanation."""
    points = [("Het kind centraal", "Het kind staat voorop."), ("Zorg dichtbij", "Hulp in de wijk.")]
    expected = [
        (1, "Het kind centraal", "Het kind centraal – Het kind staat voorop."),
        (2, "Zorg dichtbij", "Zorg dichtbij – Hulp in de wijk."),
    ]
    head = "Inkoopkader Wmo 2025\n\nDe raad stelt de volgende uitgangspunten vast.\n\n"
    markdown = "| Nr | Uitgangspunt | Toelichting |\n|---|:---|---:|\n" + "".join(
        f"| {n} | {title} | {text} |\n" for n, (title, text) in enumerate(points, start=1)
    )
    tabs = "".join(f"{n}.\t{title}\t{text}\n" for n, (title, text) in enumerate(points, start=1))
    for table in (markdown, tabs):
        doc = read_text(head + table + "\nVervolg\n\nNa vaststelling start de aanbesteding.\n")
        assert [(p.number, p.title, p.text) for p in doc.principles] == expected
        assert "---" not in doc.text
    # a tab after a list's number, and a letterhead's fields, are no table
    doc = read_text("Uitgangspunten\n\n1.\tZorg dichtbij.\n2.\tSturen op resultaat.\n")
    assert [p.text for p in doc.principles] == ["Zorg dichtbij.", "Sturen op resultaat."]


def test_a_word_broken_with_unicode_s_hyphen_is_joined_too() -> None:
    """Typesetting programs break words with Unicode's hyphen (U+2010), and a PDF's text may give
    the non-breaking one (U+2011): only "-" was taken for a word broken over two lines, so the
    text read "jeugd‐ hulp"."""
    lead = "Inleiding\n\nDit is de eerste zin van een alinea die lang genoeg is om als tekst te gelden, en\n"
    for hyphen in ("\u2010", "\u2011"):
        text = clean_blocks(f"{lead}wij kopen de jeugd{hyphen}\nhulp in met Zuid{hyphen}\nHolland.")[1]
        assert text.endswith(f"wij kopen de jeugdhulp in met Zuid{hyphen}Holland.")


def test_ligatures_of_text_out_of_a_pdf_are_written_out() -> None:
    """Text copied out of a PDF can hold "ﬁ" as one character: "ﬁnanciële" looks right but is
    not the word "financiële" to anything that compares or quotes the text."""
    doc = read_text(
        "Uitgangspunten\n\n1. Financiële beheersbaarheid: de \ufb01nanciële risico's.\n2. E\ufb03ciënte inkoop.\n"
    )
    assert [p.text for p in doc.principles] == [
        "Financiële beheersbaarheid: de financiële risico's.",
        "Efficiënte inkoop.",
    ]


def test_markdown_s_block_markup_is_read_as_markdown_means_it() -> None:
    """Front matter and HTML comments stood in the text, a title underlined with "===" was no
    title (the document was named after its file), links showed their addresses, and numbered
    lines in a code block became principles."""
    doc = read_text(
        "---\ntitle: Kader\nauteur: Griffie\n---\n\n"
        "Inkoopkader Jeugdhulp 2025\n==========================\n\n"
        'Zie [het beleidsplan](https://example.org/plan.pdf "Plan") en ![logo](logo.png) de bijlage.\n\n'
        "<!-- interne opmerking:\nniet publiceren -->\n\n"
        "Uitgangspunten\n--------------\n\n"
        "1. Het kind centraal. Zie [artikel 2.1](https://wetten.overheid.nl/jeugdwet).\n"
        "2. Zorg dichtbij.\n\n"
        "```\n1. Dit is code\n2. En dit ook\n```\n\n"
        "Tekst over de regels hierboven.\n"
    )
    assert doc.title == "Inkoopkader Jeugdhulp 2025"
    assert [(b.kind, b.level, b.text) for b in doc.blocks if b.kind is BlockKind.HEADING] == [
        (BlockKind.HEADING, 1, "Inkoopkader Jeugdhulp 2025"),
        (BlockKind.HEADING, 2, "Uitgangspunten"),
    ]
    assert [p.title for p in doc.principles] == ["Het kind centraal.", "Zorg dichtbij."]
    assert "Zie het beleidsplan en de bijlage." in doc.text
    assert "Zie artikel 2.1." in doc.text
    for gone in ("title:", "interne opmerking", "https://", "logo", "---"):
        assert gone not in doc.text
    assert "1. Dit is code 2. En dit ook" in doc.text  # as it stands, no list


def test_utf32_and_a_utf8_mark_over_windows_bytes_are_read() -> None:
    """A UTF-32 file with its byte-order mark was read as UTF-16 (little-endian by luck, refused
    as binary big-endian), and a UTF-8 mark before Windows-1252 bytes made the file unreadable."""
    text = "Uitgangspunten\n\n1. Eén gezin, één plan.\n2. Zorg dichtbij.\n"
    for data, encoding in (
        (text.encode("utf-32"), "utf-32"),
        (codecs.BOM_UTF32_BE + text.encode("utf-32-be"), "utf-32"),
        (codecs.BOM_UTF8 + text.encode("cp1252"), "latin-1"),
    ):
        assert decode_text(data, "kader.txt") == (text, encoding)


def test_a_title_that_is_also_every_page_s_running_header_still_names_the_document() -> None:
    """Text out of a PDF (pdftotext, pages split by form feeds) with the title over every page:
    dropped as a running header from the text, it no longer named the document, which was named
    after its file."""
    pages = [
        "Inkoopkader Jeugdhulp 2025\n\nUitgangspunten\n\n1. Het kind centraal. Bij alle inkoop staat het kind\nvoorop.\n",
        "Inkoopkader Jeugdhulp 2025\n\n2. Zorg dichtbij. Hulp wordt in de wijk geboden.\n",
        "Inkoopkader Jeugdhulp 2025\n\n3. Sturen op resultaat. Wij maken afspraken over resultaten.\n",
    ]
    doc = read_document("\f".join(pages).encode(), name="export-3.txt", role=DocumentRole.FRAMEWORK)
    assert doc.title == "Inkoopkader Jeugdhulp 2025"
    assert "Inkoopkader Jeugdhulp 2025" not in doc.text  # still no furniture in the text
    assert [p.number for p in doc.principles] == [1, 2, 3]
    # a first line that is not repeated (a wrapped sentence) does not name it
    opening = "Het Algemeen Bestuur van de Dienst heeft op 24 september\nbesloten de raden te vragen.\n"
    assert read_document(opening.encode(), name="brief-ab.txt", role=DocumentRole.BACKGROUND).title == "Brief ab"


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from("ab \t\n\u00a0\u2003\x1c.é")), st.integers(1, 12))
def test_white_space_is_collapsed_a_piece_at_a_time_as_at_once(text: str, piece: int) -> None:
    import raadsviewer.domain.reading as R

    saved = R._COLLAPSE_PIECE
    R._COLLAPSE_PIECE = piece
    try:
        assert R.collapse(text) == " ".join(text.split())
    finally:
        R._COLLAPSE_PIECE = saved


def test_one_long_paragraph_is_read_in_memory_a_few_times_its_size() -> None:
    """A 4 MB file of one paragraph: its lines were made one space apart by splitting each
    into words at once (600,000 word objects, eleven times the file); read now in four times it."""
    import random

    from tests.bounds import bounded

    rng = random.Random(3)
    words = "de jeugdhulp gemeente zorg aanbieder inkoop kader raad wet uitgangspunt".split()
    data = ("Titel\n\n" + " ".join(rng.choice(words) for _ in range(600_000)) + "\n").encode()
    with bounded(30, 8 * len(data) / 1024 / 1024, "one long paragraph"):
        parsed = read_document(data, name="een.txt", role=DocumentRole.BACKGROUND)
    assert len(parsed.text) > 4_000_000


@pytest.mark.parametrize(
    ("last", "title"),
    [
        ("Social return bij opdrachten vanaf € 100.000.", "Social return bij opdrachten vanaf € 100.000"),
        (
            "Het Inkoopkader Jeugdhulp 2022 e.v.",
            "Het Inkoopkader Jeugdhulp 2022 e.v.",
        ),  # the stop is the abbreviation's
    ],
)
def test_the_full_stop_that_ends_an_enumeration_is_not_its_last_points(last: str, title: str) -> None:
    """Points set off by semicolons ("Zorg dichtbij;") end with a full stop after the last one,
    which ended up in the last title alone ("... vanaf € 100.000.")."""
    text = (
        "# Kader\n\nDe uitgangspunten zijn:\n\n1. Zorg dichtbij huis;\n\n2. Eenvoudige toegang voor iedereen;\n\n"
        f"3. {last}\n\nDaarna volgt de uitwerking.\n"
    )
    assert [p.title for p in read_text(text).principles] == [
        "Zorg dichtbij huis",
        "Eenvoudige toegang voor iedereen",
        title,
    ]


def test_a_markdown_footnote_mark_is_not_part_of_a_title() -> None:
    text = (
        "# Kader\n\n## Uitgangspunten\n\n### 1. Wonen in de wijk is de norm[^1]\n\nTekst.\n\n"
        "### 2. Herstel en eigen regie[^note-2]\n\nTekst.\n\n[^1]: Zie de notitie.\n\n[^note-2]: Zie het advies.\n"
    )
    assert [p.title for p in read_text(text).principles] == ["Wonen in de wijk is de norm", "Herstel en eigen regie"]


def test_bold_titles_with_a_full_stop_over_their_text_are_the_points_of_the_chapter() -> None:
    """Chapter 4 "Uitgangspunten" with each point a bold line ending in a full stop ("Scheiden
    aan de bron.") over its explanation had no principles: a bold line with a full stop was
    taken for a sentence. A short one is a title; two sentences in bold stay a paragraph."""
    text = (
        "# Afvalbeleidsplan\n\n## 1 Inleiding\n\nDit plan gaat over afval.\n\n## 4 Uitgangspunten\n\n"
        "Wij gaan uit van drie uitgangspunten.\n\n**Minder restafval per inwoner.**\n\nIn 2030 minder dan 30 kilo.\n\n"
        "**Scheiden aan de bron.**\n\nInwoners scheiden zelf.\n\n**Emissievrije inzamelvoertuigen vanaf 2027.**\n\n"
        "Elektrisch of op waterstof.\n\n## 5 Financiën\n\n**Let op. De heffing stijgt.**\n\nMet vier procent.\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == [
        "Minder restafval per inwoner",
        "Scheiden aan de bron",
        "Emissievrije inzamelvoertuigen vanaf 2027",
    ]
    assert doc.principles[1].text == "Scheiden aan de bron.\n\nInwoners scheiden zelf."  # the text keeps its stop
    assert any(b.kind is BlockKind.PARAGRAPH and b.text == "Let op. De heffing stijgt." for b in doc.blocks)


def test_points_marked_with_roman_numerals_keep_their_dashed_sub_points_inside() -> None:
    """ "i. ... ii. ..." with "- ..." sub-points under some of them: the dashes joined the list
    as points of their own (ten points instead of six), and most labels were lost."""
    text = (
        "Beleidskader Armoede\n\n2. Uitgangspunten\n\nWij hanteren de volgende uitgangspunten:\n\n"
        "i. Vroegsignalering van betalingsachterstanden\nii. Geen drempels om hulp te vragen\n"
        "   - één telefoonnummer en één website\n   - geen eigen bijdrage\niii. Alle kinderen doen mee\n"
        "iv. Maatwerk boven regels\n\n3. Financiën\n\nJaarlijks € 4,2 miljoen.\n"
    )
    doc = read_text(text)
    assert [(p.label, p.title) for p in doc.principles] == [
        ("i", "Vroegsignalering van betalingsachterstanden"),
        ("ii", "Geen drempels om hulp te vragen"),
        ("iii", "Alle kinderen doen mee"),
        ("iv", "Maatwerk boven regels"),
    ]
    assert "geen eigen bijdrage" in doc.principles[1].text


def test_a_proposals_decision_points_are_not_grouped_with_the_list_its_text_names() -> None:
    """A raadsvoorstel: its decision points (1. 2. 3.) and, further on, the goals of the framework
    it proposes ("bevat de volgende doelen:" 1) ... 4)) were taken as one list of seven, A.1 to B.4."""
    text = (
        "# Raadsvoorstel\n\n## Voorgesteld besluit\n\nDe raad wordt voorgesteld:\n\n"
        "1. Het beleidskader vast te stellen.\n\n2. De doelen te gebruiken als toetsingskader.\n\n"
        "3. Een bedrag van € 85.000 beschikbaar te stellen.\n\n## Doelen\n\nHet beleidskader bevat de volgende doelen:\n\n"
        "1) Alle gemeentelijke gebouwen zijn in 2028 toegankelijk.\n\n2) De digitale dienstverlening is toegankelijk.\n\n"
        "3) Meer inwoners met een arbeidsbeperking hebben betaald werk.\n\n4) Ervaringsdeskundigen worden betrokken.\n\n"
        "## Financiën\n\nDe kosten passen in de begroting.\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == [
        "Alle gemeentelijke gebouwen zijn in 2028 toegankelijk.",
        "De digitale dienstverlening is toegankelijk.",
        "Meer inwoners met een arbeidsbeperking hebben betaald werk.",
        "Ervaringsdeskundigen worden betrokken.",
    ]


def test_a_labelled_title_wrapped_onto_a_second_line_keeps_its_end() -> None:
    """A PDF's bold "Uitgangspunt 1. ..." too long for its line: the rest ("kleinste kernen van
    de gemeente") became a paragraph of its own and the title stopped at "ook in de"."""
    text = (
        "Voor de inkoop hanteren wij de volgende uitgangspunten.\n\n"
        "Uitgangspunt 1. Ondersteuning in het eigen dorp of de eigen wijk, ook in de\nkleinste kernen van de gemeente\n\n"
        "Aanbieders bieden dagbesteding aan op locaties verspreid over de gemeente.\n\n"
        "Uitgangspunt 2. Inwoners kiezen zelf hun aanbieder\n\n"
        "Wij contracteren via een open house-procedure.\n\n"
        "Uitgangspunt 3. Dagbesteding is zinvol en sluit aan bij de wensen van de\ninwoner\n\n"
        "Activiteiten zijn afgestemd op de interesses van de inwoner.\n\n"
        "Uitgangspunt 4: Wij investeren in een sterke sociale basis\nzodat minder kinderen en gezinnen aangewezen zijn op\n"
        "geïndiceerde jeugdhulp\n\nOpvoeden is een zaak van ouders.\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == [
        "Ondersteuning in het eigen dorp of de eigen wijk, ook in de kleinste kernen van de gemeente",
        "Inwoners kiezen zelf hun aanbieder",
        "Dagbesteding is zinvol en sluit aan bij de wensen van de inwoner",
        "Wij investeren in een sterke sociale basis zodat minder kinderen en gezinnen aangewezen zijn op "
        "geïndiceerde jeugdhulp",  # over three lines
    ]


def test_a_labelled_title_wrapped_onto_a_line_starting_with_a_number_keeps_its_end() -> None:
    """A title going on with a date or an amount ("Dagbesteding wordt vanaf" / "1 januari 2027
    zoveel mogelijk ...") stopped before it; and a footer ending in "pagina 1 / 3" stood as a
    heading between two points."""
    text = (
        "Het bestuur legt de volgende kaders voor.\n\n"
        "Kader 1 – Dagbesteding wordt vanaf\n1 januari 2027 zoveel mogelijk in de kernen aangeboden\n\n"
        "Inwoners kunnen zonder beschikking terecht.\n\n"
        "Kader 2 – Wij contracteren per gemeente ten hoogste\n15 aanbieders voor begeleiding\n\n"
        "Minder aanbieders maakt samenwerking eenvoudiger.\n\n"
        "Samenwerkingsverband Sociaal Domein West-Friesland pagina 1 / 3\n\n"
        "Kader 3 – Inwoners kiezen zelf\n\nDe keuzevrijheid blijft.\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == [
        "Dagbesteding wordt vanaf 1 januari 2027 zoveel mogelijk in de kernen aangeboden",
        "Wij contracteren per gemeente ten hoogste 15 aanbieders voor begeleiding",
        "Inwoners kiezen zelf",
    ]
    assert "pagina 1 / 3" not in doc.text


def test_a_labelled_title_cut_by_a_page_break_keeps_its_end() -> None:
    """Text copied from a PDF: the page's running footer stood between a title's two lines
    ("Wij sturen op de resultaten van de hulp en niet" / footer / "op de hoeveelheid ...")."""
    footer = "Inkoopkader Jeugdhulp 2027-2032 - concept                 Pagina {n} van 3"
    text = (
        "Het kader kent de volgende uitgangspunten.\n\n"
        "Uitgangspunt 1: Hulp dichtbij huis\n\nDe hulp is in de wijk.\n\n"
        f"Uitgangspunt 2: Wij sturen op de resultaten van de hulp en niet\n\n\n{footer.format(n=1)}\n\n"
        "op de hoeveelheid geleverde uren\nAanbieders leggen verantwoording af.\n\n"
        f"Uitgangspunt 3: Eén plan per gezin\n\nHet gezin houdt de regie.\n\n{footer.format(n=2)}\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == [
        "Hulp dichtbij huis",
        "Wij sturen op de resultaten van de hulp en niet op de hoeveelheid geleverde uren",
        "Eén plan per gezin",
    ]


def test_points_labelled_with_a_capital_and_a_number() -> None:
    """ "K1 – Indexatie ...", "K2 – ...": points labelled with the first letter of their kind
    (kaders) were not read as points (only "U1" and "P1" were); a road or a level is no label."""
    text = (
        "Het bestuur stelt voor de begroting op te stellen binnen de volgende kaders:\n\n"
        "K1 – Indexatie volgens de regionale systematiek\n\nWij hanteren een loonindex van 3,4%.\n\n"
        "K2 – Geen nieuw beleid zonder besluit van de raden\n\nNieuwe taken komen er alleen met instemming.\n\n"
        "K3 – De bijdrage per inwoner stijgt niet meer dan de indexatie\n\nGroei wordt opgevangen.\n\n"
        "De A2 richting Utrecht en het B1 niveau van de teksten blijven.\n"
    )
    doc = read_text(text)
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "Indexatie volgens de regionale systematiek"),
        (2, "Geen nieuw beleid zonder besluit van de raden"),
        (3, "De bijdrage per inwoner stijgt niet meer dan de indexatie"),
    ]
    assert "De A2 richting Utrecht" in doc.text


def test_lettered_principles_with_a_numbered_list_inside_the_first() -> None:
    """ "A. ..." with its concrete agreements "Dit betekent concreet: 1. ... 3." inside it, then
    B to D: the numbers ended the lettered list, so the principles were A's three agreements."""
    text = (
        "Het overleg heeft de volgende vier kaders vastgesteld.\n\n"
        "A. Geen wachtlijsten voor jeugdbescherming\n\n"
        "Een kind krijgt binnen vijf werkdagen een jeugdbeschermer. Dit betekent concreet:\n\n"
        "1. de instelling meldt wekelijks het aantal wachtende kinderen;\n"
        "2. bij een wachttijd van meer dan tien werkdagen treedt een escalatieprocedure in werking;\n"
        "3. de caseload bedraagt gemiddeld niet meer dan vijftien kinderen.\n\n"
        "B. Eén gezin, één plan, ook in het gedwongen kader\n\n"
        "De jeugdbeschermer en het lokale team werken vanuit één plan.\n\n"
        "C. Reële tarieven en meerjarige financiering\n\n"
        "De gemeenten bieden financiële zekerheid voor vier jaar.\n\n"
        "D. Gezamenlijke verantwoordelijkheid voor de keten\n\n"
        "Alle partijen zijn samen verantwoordelijk.\n"
    )
    doc = read_text(text)
    assert [(p.label, p.title) for p in doc.principles] == [
        ("A", "Geen wachtlijsten voor jeugdbescherming"),
        ("B", "Eén gezin, één plan, ook in het gedwongen kader"),
        ("C", "Reële tarieven en meerjarige financiering"),
        ("D", "Gezamenlijke verantwoordelijkheid voor de keten"),
    ]
    assert "escalatieprocedure" in doc.principles[0].text


def test_chapters_go_on_after_lists_numbered_from_1_inside_them() -> None:
    """Chapters 1 to 3, a list 1 to 3 under a theme in the third, then chapters 4 and 5: the
    chapters "4. Financiële paragraaf" and "5. Evaluatie" went on the list's 1 to 3 (the run
    started last), which were taken as chapters, and the real chapters 1 to 3 as a list."""
    text = (
        "1. Waarom een nieuw beleidskader?\n\nHet vorige kader liep af.\n\n"
        "2. Onze visie\n\nIedereen doet mee.\n\n"
        "3. De kaders per thema\n\nDe kaders staan per thema.\n\n"
        "Thema A: Toegang\n\n"
        "1. Eén herkenbare toegang in elk dorp\n\nHet sociaal team is in het dorp.\n\n"
        "2. Vroegsignalering gaat voor herstel\n\nWij signaleren vroeg.\n\n"
        "3. De inwoner vertelt zijn verhaal één keer\n\nEén plan per huishouden.\n\n"
        "4. Financiële paragraaf\n\nDe kosten passen.\n\n"
        "5. Evaluatie\n\nIn 2027 evalueren wij.\n"
    )
    blocks = read_text(text).blocks
    chapters = [b.text for b in blocks if b.kind is BlockKind.HEADING and b.level == 2]
    items = [b.text for b in blocks if b.kind is BlockKind.NUMBERED]
    assert chapters == [
        "1. Waarom een nieuw beleidskader?",
        "2. Onze visie",
        "3. De kaders per thema",
        "4. Financiële paragraaf",
        "5. Evaluatie",
    ]
    assert items == [
        "Eén herkenbare toegang in elk dorp",
        "Vroegsignalering gaat voor herstel",
        "De inwoner vertelt zijn verhaal één keer",
    ]


def test_a_title_of_thirteen_words_before_its_explanation_after_a_dash() -> None:
    """A table's title cell and its explanation, joined by a dash: a title of thirteen words was
    taken with its explanation, where one of eleven was not."""
    text = (
        "De kaders zijn:\n\n"
        "1. Eén regionale toegang – De toegang werkt met lokale aanmeldpunten.\n\n"
        "2. Een cliënt hoeft niet langer dan vier weken te wachten op een beslissing – Wachtlijsten "
        "worden maandelijks gerapporteerd.\n\n"
        "3. Housing first is de standaard – Corporaties stellen woningen beschikbaar.\n"
    )
    assert [p.title for p in read_text(text).principles] == [
        "Eén regionale toegang",
        "Een cliënt hoeft niet langer dan vier weken te wachten op een beslissing",
        "Housing first is de standaard",
    ]


def test_points_numbered_anew_under_each_theme_are_the_principles() -> None:
    """ "Thema A – Een sterke basis" over "1. ... 3.", "Thema B – ..." over "1. 2.": the three
    themes were taken as the principles and the eight points under them left out."""
    text = (
        "# Visie Sociaal Domein\n\nDe visie kent drie thema's met elk hun kaders.\n\n"
        "## Thema A – Een sterke basis\n\n1. Iedere kern heeft een ontmoetingsplek\n\nHet dorpshuis is open.\n\n"
        "2. Vrijwilligers zijn onmisbaar\n\nWij ondersteunen hen.\n\n3. Preventie is de eerste stap\n\nVroeg erbij.\n\n"
        "## Thema B – Toegang\n\n1. Eén toegang voor alle vragen\n\nHet sociaal team.\n\n"
        "2. Snel duidelijkheid\n\nBinnen vier weken.\n\n"
        "## Thema C – Werk en inkomen\n\n1. Werk loont\n\nBijverdienen mag.\n\n2. Bestaanszekerheid\n\nGeen schulden.\n\n"
        "## Financiën\n\nBinnen de begroting.\n"
    )
    doc = read_text(text)
    assert [(p.label, p.title) for p in doc.principles] == [
        ("A.1", "Iedere kern heeft een ontmoetingsplek"),
        ("A.2", "Vrijwilligers zijn onmisbaar"),
        ("A.3", "Preventie is de eerste stap"),
        ("B.1", "Eén toegang voor alle vragen"),
        ("B.2", "Snel duidelijkheid"),
        ("C.1", "Werk loont"),
        ("C.2", "Bestaanszekerheid"),
    ]


def test_a_summarys_short_list_and_the_points_in_full_are_one_list() -> None:
    """A summary naming the ambitions in a few words ("1) gezond opgroeien;") and the chapter
    that sets them out in full ("Ambitie 1. Alle kinderen groeien op ..."): both were taken as
    one list of eight, the summary's words first."""
    text = (
        "Samenvatting\n\nDe nota kent vier ambities:\n\n1) gezond opgroeien;\n2) mentale weerbaarheid;\n"
        "3) gezond ouder worden;\n4) kleinere gezondheidsverschillen.\n\n"
        "# 3. Ambities\n\nDe nota kent vier ambities.\n\n"
        "Ambitie 1. Alle kinderen groeien op in een gezonde omgeving\n\nWij werken met scholen.\n\n"
        "Ambitie 2. Volwassenen zijn mentaal weerbaar\n\nWij bieden cursussen.\n\n"
        "Ambitie 3. Ouderen blijven zo lang mogelijk vitaal\n\nWij stimuleren bewegen.\n\n"
        "Ambitie 4. De gezondheidsverschillen tussen wijken worden kleiner\n\nWij werken wijkgericht.\n\n"
        "# 4. Financiën\n\nBinnen de begroting.\n"
    )
    assert [p.title for p in read_text(text).principles] == [
        "Alle kinderen groeien op in een gezonde omgeving",
        "Volwassenen zijn mentaal weerbaar",
        "Ouderen blijven zo lang mogelijk vitaal",
        "De gezondheidsverschillen tussen wijken worden kleiner",
    ]


def test_lettered_principles_beat_fewer_numbered_recommendations_after_them() -> None:
    """Principles lettered a. to f. under "Uitgangspunten", then four numbered recommendations
    whose lead-in mentions the principles: numbers outranked letters, as if letters were bullets."""
    text = (
        "## 3. Uitgangspunten voor het opdrachtgeverschap\n\n"
        "a. De gemeenten treden gezamenlijk op als opdrachtgever.\n\n"
        "b. Het opdrachtgeverschap richt zich op de specialistische jeugdhulp.\n\n"
        "c. Besluiten worden genomen door het bestuurlijk overleg.\n\n"
        "d. De gemeenteraden worden twee keer per jaar geïnformeerd.\n\n"
        "e. Tekorten worden de eerste drie jaar solidair verdeeld.\n\n"
        "f. De samenwerking wordt na drie jaar geëvalueerd.\n\n"
        "## 4. Aanbevelingen\n\nOp basis van deze uitgangspunten adviseren wij de colleges:\n\n"
        "1. een mandaatbesluit op te stellen;\n2. een raadsadviescommissie in te stellen;\n"
        "3. de afspraken vast te leggen;\n4. het inkoopteam uit te breiden.\n"
    )
    assert [p.label for p in read_text(text).principles] == ["a", "b", "c", "d", "e", "f"]


def test_chapters_one_of_which_holds_the_principles_are_not_the_principles() -> None:
    """ "1. Waarom ...?", "2. Wat hebben we opgehaald?", "3. Onze principes" (the principles under
    it), "4. Financiën", "5. Besluitvorming": the chapters, named by "Onze principes", were chosen
    over the five principles in the third; and a principle's title stopping on "voor" at a page's
    foot went on on the next page without its end."""
    text = (
        "# Beleidskader Wmo\n\n## 1. Waarom een nieuw beleidskader?\n\nHet oude kader liep af.\n\n"
        "## 2. Wat hebben we opgehaald?\n\nInwoners willen meedoen.\n\n## 3. Onze principes\n\n"
        "Principe 1: Iedere inwoner kan meedoen\n\nOok met een beperking.\n\n"
        "Principe 2: Inwoners houden zelf de regie\n\nEen pgb blijft mogelijk.\n\n"
        "Principe 3: Algemene en collectieve voorzieningen gaan voor\n\f\nindividuele maatwerkvoorzieningen\n\n"
        "Denk aan de boodschappendienst.\n\n"
        "Principe 4: Mantelzorgers worden ondersteund\n\nMet respijtzorg.\n\n"
        "## 4. Financiën\n\nBinnen de begroting.\n\n## 5. Besluitvorming\n\nDe raad stelt het kader vast.\n"
    )
    assert [p.title for p in read_text(text).principles] == [
        "Iedere inwoner kan meedoen",
        "Inwoners houden zelf de regie",
        "Algemene en collectieve voorzieningen gaan voor individuele maatwerkvoorzieningen",
        "Mantelzorgers worden ondersteund",
    ]


def test_list_items_with_a_hanging_indent_are_no_table_rows() -> None:
    """ "  1)   Eén regionale productstructuur" over its explanation indented to the title's column:
    read as a table's row of two cells, the title ran into its explanation."""
    items = [
        ("Eén regionale productstructuur", "Alle gemeenten gebruiken dezelfde producten."),
        ("Lokale toegang, regionale inkoop", "De gemeenten blijven zelf verantwoordelijk."),
        ("Kwaliteitseisen gelijk voor alle aanbieders", "Aanbieders voldoen aan dezelfde eisen."),
    ]
    body = "".join(f"  {n})   {t}\n       {x}\n\n" for n, (t, x) in enumerate(items, 1))
    doc = read_text(f"Wij hanteren de volgende uitgangspunten:\n\n{body}")
    assert [p.title for p in doc.principles] == [t for t, _x in items]
    assert "Alle gemeenten gebruiken" in doc.principles[0].text


def test_roman_points_with_a_hanging_indent_named_by_the_sentence_before_them() -> None:
    """ "II.   Vrijwilligers ..." over an indented explanation read as a table's row; and the
    paragraph before them ending "Het plan is gebouwd op vier principes." introduced nothing, so
    a letter's two requests ("Wij verzoeken de raden: 1. ... 2. ...") won."""
    titles = ["Wij zijn er voor iedere inwoner", "Vrijwilligers vormen het hart", "Risicogericht werken"]
    body = "".join(
        f"{r + '.':<6}{t}\n      Uitleg bij dit principe, over een regel.\n\n"
        for r, t in zip(("I", "II", "III"), titles, strict=True)
    )
    text = (
        "Het beleidsplan bouwt voort op het vorige plan, maar legt nieuwe accenten. Het plan is\n"
        f"gebouwd op drie principes.\n\n{body}Wij verzoeken de raden:\n\n"
        "1. kennis te nemen van het beleidsplan;\n2. eventuele wensen kenbaar te maken.\n"
    )
    assert [p.title for p in read_text(text).principles] == titles


def test_a_table_laid_out_in_columns_with_spaces_is_read_row_by_row() -> None:
    """Text from `pdftotext -layout`: a table Nr | Speerpunt | Toelichting in columns of spaces,
    each title and explanation wrapping in its own column. No point was found; a letterhead's
    labels over their values (every column filled) stay as they were."""
    text = (
        "Datum             Ons kenmerk       Uw kenmerk\n14 maart 2023     DVO/2023/0142     -\n\n"
        "De speerpunten zijn:\n\n"
        "  Nr   Speerpunt                          Toelichting\n\n"
        "  1    Passende zorg voor iedere          Jeugdigen krijgen hulp die past bij hun\n"
        "       jeugdige                           situatie, zonder onnodige wachttijd.\n\n"
        "  2    Minder doorverwijzingen naar       Het lokale team biedt zelf meer hulp.\n"
        "       specialistische hulp\n\n"
        "  3    Samenwerking met het onderwijs     Elke school heeft een vaste\n"
        "                                          jeugdhulpverlener.\n"
    )
    doc = read_text(text)
    assert [p.title for p in doc.principles] == [
        "Passende zorg voor iedere jeugdige",
        "Minder doorverwijzingen naar specialistische hulp",
        "Samenwerking met het onderwijs",
    ]
    assert "jeugdhulpverlener" in doc.principles[2].text
    assert (doc.facts["date"], doc.facts["kenmerk"]) == ("2023-03-14", "DVO/2023/0142")


def test_a_page_laid_out_in_two_columns_of_spaces_is_no_table_row() -> None:
    """A block longer than a table's row (a page of two columns, as pdftotext -layout writes it)
    was cut into pieces of thirteen lines, and a piece could be read as a row of two long cells."""
    lines = []
    for k in range(20):
        left = f"Links regel {k} van de eerste kolom" if k % 5 else ""
        lines.append(f"{left:<40}      rechts regel {k} van de tweede kolom")
    text = "Inleiding van het stuk.\n\n" + "\n".join(lines) + "\n"
    assert "|" not in read_text(text).text


def test_a_markdown_table_of_points_grouped_under_a_theme_column() -> None:
    """Thema | Nr. | Uitgangspunt | Toelichting, each theme named on its first point's row only
    (as a merged cell is written out, or a PDF's table read): the rows that start with a theme
    were no points, so only the points after the first of each theme were found, and the page
    break between two rows split the table in two."""
    points = [
        ("Toegang", "Eén loket voor alle hulpvragen"),
        ("", "De huisarts verwijst in overleg met het wijkteam"),
        ("Kwaliteit", "Aanbieders werken met erkende methoden"),
        ("", "Resultaten worden jaarlijks gemeten"),
        ("", "Cliënten beoordelen de hulp mee"),
        ("Sturing", "De regio stuurt op trajecten, niet op uren"),
    ]
    rows = [
        f"| {theme} | {n} | {title} | Zo werkt dit uitgangspunt in de praktijk. |"
        for n, (theme, title) in enumerate(points, 1)
    ]
    text = (
        "# Kader inkoop jeugdhulp\n\nDe uitgangspunten zijn geordend naar drie thema's.\n\n"
        "| Thema | Nr. | Uitgangspunt | Toelichting |\n|---|---|---|---|\n"
        + "\n".join(rows[:4])
        + "\n\nKader inkoop jeugdhulp — pagina 2\n\f\n"
        + "\n".join(rows[4:])
        + "\n\n## Besluit\n\n1. Het kader vast te stellen.\n2. De colleges te verzoeken het uit te voeren.\n"
    )
    parsed = read_text(text)
    assert [(p.number, p.title) for p in parsed.principles] == [(n, t) for n, (_th, t) in enumerate(points, 1)]
    assert "Kwaliteit" in parsed.principles[2].text  # the theme stays beside its first point


def test_a_counted_list_is_not_taken_with_the_next_chapters_list() -> None:
    """ "Kiezen wij vijf prioriteiten", numbered I. to V. under their chapter, and three changes
    of a bylaw numbered 1. to 3. under the next: the two were taken as one list of eight, the
    lists of successive chapters, though the document counts five."""
    priorities = [
        "Ondermijning",
        "Zorg en veiligheid",
        "Jeugd en veiligheid",
        "Veilige binnenstad",
        "Digitale veiligheid",
    ]
    romans = ["I", "II", "III", "IV", "V"]
    text = (
        "# Integraal Veiligheidsplan 2025-2028\n\n## 1 Inleiding\n\nVeiligheid is een gedeelde zorg.\n\n"
        "## 2 Prioriteiten\n\nOp basis van het veiligheidsbeeld kiezen wij vijf prioriteiten.\n\n"
        + "".join(
            f"{r}. {title}\n\nWat wij hieraan doen, in een zin.\n\n"
            for r, title in zip(romans, priorities, strict=True)
        )
        + "## 3 Instrumenten\n\nOm de prioriteiten uit te voeren stellen wij enkele wijzigingen van de APV voor:\n\n"
        "1. een verbod op lachgas in aangewezen gebieden;\n2. een bevoegdheid tot het sluiten van panden;\n"
        "3. een cameraregeling voor het uitgaansgebied.\n\n## 4 Financiën\n\nHet past binnen de begroting.\n"
    )
    parsed = read_text(text)
    assert [(p.number, p.title) for p in parsed.principles] == list(enumerate(priorities, 1))
    assert len(parsed.candidates) > 1 and any(
        c.principles[-1].title.startswith("een camera") for c in parsed.candidates
    )


def test_a_table_rows_title_cell_is_its_title_when_long_or_opening_with_a_figure() -> None:
    """Nr. | Doel | Toelichting: a title cell of fourteen words (over 80 characters), and one
    opening with a figure ("30 km/uur is de norm ..."), ran on into their explanation; one with
    a colon ("Gezond opgroeien: elk kind een goede start") was cut at it. An indicator opening
    with a figure ("80% van de signalen ...") ran on from the title before it."""
    rows = [
        ("Iedere inwoner kan in de bibliotheek terecht met vragen over de digitale overheid", "Vijf dagdelen open."),
        ("30 km/uur is de norm binnen de bebouwde kom", "Alleen op de ontsluitingswegen blijft het 50 km/uur."),
        ("De bibliotheek is een betrouwbare bron", "Aandacht voor mediawijsheid."),
        ("Gezond opgroeien: elk kind een goede start", "Uitbreiding van het aanbod."),
        ("Inwoners met geldzorgen worden vroeg bereikt", "80% van de signalen binnen 5 dagen opgevolgd"),
    ]
    text = "# Doelen\n\nDe doelen zijn:\n\n| Nr. | Doel | Toelichting |\n|---|---|---|\n" + "\n".join(
        f"| {n} | {title} | {explanation} |" for n, (title, explanation) in enumerate(rows, 1)
    )
    parsed = read_text(text + "\n\nDe raad stelt de doelen vast.\n")
    assert [(p.number, p.title) for p in parsed.principles] == [(n, t) for n, (t, _e) in enumerate(rows, 1)]


def test_a_heading_that_is_only_a_points_label_takes_the_first_sentence_under_it() -> None:
    """ "### Uitgangspunt 1" over "**Het wijkteam is dichtbij en bekend in de wijk.** Ieder team
    ...": the points were titled "Uitgangspunt 1" to "Uitgangspunt 3", the full stop ending the
    sentence under the label keeping it from being a title."""
    titles = ["Het wijkteam is dichtbij en bekend in de wijk", "Eén huishouden, één plan", "Wij sturen op ervaring"]
    text = "# Uitvoeringskader wijkteams\n\n" + "".join(
        f"### Uitgangspunt {n}\n\n{'**' if n != 3 else ''}{title}.{'**' if n != 3 else ''} Zo werkt het in de wijk.\n\n"
        for n, title in enumerate(titles, 1)
    )
    parsed = read_text(text + "## Financiën\n\nHet past binnen de begroting.\n")
    assert [(p.number, p.title) for p in parsed.principles] == list(enumerate(titles, 1))


def test_points_titled_on_their_own_line_over_an_indented_explanation_in_wrapped_text() -> None:
    """Text wrapped at 76 characters, each point's title on its line and its explanation
    indented under it: a title of a dozen words, or one as long as the line, ran on into the
    explanation's first sentence, though the point before it stood as a title."""
    points = [
        ("Zelfstandigheid van de leerling staat voorop", "We kijken eerst wat een leerling zelf kan."),
        (
            "Ouders zijn als eerste verantwoordelijk voor het vervoer van hun kinderen",
            "Leerlingenvervoer is een aanvulling op wat ouders zelf kunnen organiseren.",
        ),
        ("De loonkosten volgen de cao", "De loonkosten van de medewerkers stijgen met de cao."),
        ("Het vervoer is passend, veilig en duurt niet langer dan echt nodig", "De reistijd is anderhalf uur."),
        (  # a title ending on a verb's particle, no article before a name
            "Permanente bewoning van recreatieparken en chalets op campings pakken wij aan",
            "Recreatiewoningen zijn bedoeld voor recreatie.",
        ),
        ("Maatwerk blijft mogelijk", "Het college kan afwijken als de regels onredelijk uitpakken."),
    ]
    body = "".join(
        f"{letter}.  {title}\n    {text}\n\n" for letter, (title, text) in zip("abcdef", points, strict=True)
    )
    filler = (
        "De gemeenteraad stelt in het voorjaar een nieuwe verordening vast. Wij vragen\n"
        "u daarom in te stemmen met de kaders die wij hieronder beschrijven, zodat de\n"
        "verordening op tijd kan worden voorbereid en met de scholen besproken.\n\n"
    )
    parsed = read_text(f"Kaders verordening\n\n{filler}De kaders zijn:\n\n{body}{filler}")
    assert [(p.number, p.title) for p in parsed.principles] == [(n, t) for n, (t, _x) in enumerate(points, 1)]


def test_bold_lines_numbered_with_roman_numerals_are_points() -> None:
    """ "**I. Preventie gaat voor curatie**" over its explanation, to VI.: a bold line's Roman
    numeral was no number (an Arabic one was), so a later table of six financial figures was
    taken as the principles."""
    titles = ["Preventie gaat voor curatie", "Gezondheidsverschillen worden kleiner", "Het basispakket blijft"]
    romans = ["I", "II", "III"]
    text = (
        "# Kadernota 2026\n\n## Beleidsmatige uitgangspunten\n\nHet bestuur hanteert de volgende uitgangspunten.\n\n"
        + "".join(f"**{r}. {t}**\n\nWat dit betekent, in een zin.\n\n" for r, t in zip(romans, titles, strict=True))
        + "## Financiële uitgangspunten\n\n| Onderdeel | Uitgangspunt |\n|---|---|\n| Lonen | 3,6% |\n| Prijzen | 2,3% |\n"
        "| Rente | 2,5% |\n| Inwoners | 1 januari |\n"
    )
    parsed = read_text(text)
    assert [(p.number, p.title) for p in parsed.principles] == list(enumerate(titles, 1))
    assert [p.label for p in parsed.principles] == romans


def test_a_tab_separated_table_of_points_with_a_figure_column_and_a_wrapped_title() -> None:
    """Nr. | Uitgangspunt | Effect 2026, set apart by tabs as a table is pasted from Word, one
    title wrapped under itself, then the explanation under headings on several points at once
    ("Uitgangspunten 1 en 2: indexatie"): the figures ran into the titles ("... – € 118.000"),
    the wrapped title's end came after its figure, and the explanation's headings were taken as
    points 8 and 9."""
    rows = (
        "Nr.\tUitgangspunt\t\t\t\tEffect 2026\n"
        "1\tLonen geïndexeerd met 3,9% conform de cao\t€ 118.000\n"
        "2\tPrijsindexatie jeugdhulptarieven met 2,8%\t\t€ 1.536.000\n"
        "3\tBesparing door de maatregelen uit de\t\t-/- € 1.200.000\n"
        "\tHervormingsagenda Jeugd\n"
        "4\tGeen nieuw beleid zonder dekking\t\t-\n"
    )
    text = (
        "Kadernota 2026\n\n3\tUitgangspunten voor de begroting\n\nHet bestuur stelt de volgende uitgangspunten voor.\n\n"
        f"{rows}\nToelichting\n\nUitgangspunten 1 en 2: indexatie\nDe lonen volgen de cao.\n\n"
        "Uitgangspunten 3 en 4: financieel beleid\nDe begroting blijft sluitend.\n\n4\tFinancieel beeld\n\nDe lasten stijgen.\n"
    )
    parsed = read_text(text)
    assert [(p.number, p.title) for p in parsed.principles] == [
        (1, "Lonen geïndexeerd met 3,9% conform de cao"),
        (2, "Prijsindexatie jeugdhulptarieven met 2,8%"),
        (3, "Besparing door de maatregelen uit de Hervormingsagenda Jeugd"),
        (4, "Geen nieuw beleid zonder dekking"),
    ]
    assert "-/- € 1.200.000" in parsed.principles[2].text  # the figure stays in the point's text


def test_a_reactions_own_points_are_a_background_documents_points() -> None:
    """A platform's reaction to a vision (a background document): "Wij vragen uw aandacht voor
    de volgende punten:" over five numbered points. A background document's points are only a
    list named as its points, and "punten" was no such name: none were found. Its list of
    members stays text."""
    titles = ["Houd vast aan het maximum", "Pak illegale verhuur aan", "Betrek de dorpen"]
    text = (
        "# Reactie op de Visie Toerisme\n\nWij onderschrijven de hoofdlijn van de visie.\n\n## Onze aandachtspunten\n\n"
        "Wij vragen uw aandacht voor de volgende punten:\n\n"
        + "".join(f"**{n}. {t}**\n\nWat wij daarmee bedoelen.\n\n" for n, t in enumerate(titles, 1))
        + "Deze reactie is opgesteld namens de volgende leden:\n\n- VVV Texel\n- Recron Texel\n- KHN Texel\n"
    )
    assert [(p.number, p.title) for p in read_text(text, DocumentRole.BACKGROUND).principles] == list(
        enumerate(titles, 1)
    )
    # the heading alone names them, with no sentence of its own before the points
    bare = text.replace("Wij vragen uw aandacht voor de volgende punten:\n\n", "")
    assert [p.number for p in read_text(bare, DocumentRole.BACKGROUND).principles] == [1, 2, 3]
    worries = bare.replace("## Onze aandachtspunten", "## Onze zorgpunten")  # a providers' association's
    assert [p.number for p in read_text(worries, DocumentRole.BACKGROUND).principles] == [1, 2, 3]


def test_points_numbered_on_from_an_earlier_chapters_list_are_the_principles_alone() -> None:
    """Word numbering on across two lists: three reasons "1. 2. 3." under "Aanleiding", then the
    principles "4." to "7." under the chapter "Uitgangspunten". The run of seven was taken as the
    principles, the reasons first."""
    titles = ["Iedere kern behoudt een begraafplaats", "Uitbreiding gaat voor nieuwbouw", "Ruimte voor natuurbegraven"]
    text = (
        "# Beleidsplan Begraafplaatsen\n\n## 1 Inleiding\n\n### 1.1 Aanleiding\n\n"
        "1. De begraafplaats is in 2029 vol.\n2. Steeds meer inwoners kiezen voor crematie.\n"
        "3. De kosten worden niet meer gedekt.\n\n## 2 Huidige situatie\n\nEr zijn vijf begraafplaatsen.\n\n"
        "## 3 Uitgangspunten\n\n"
        + "".join(f"{n}. {t}\n" for n, t in enumerate(titles, 4))
        + "\n## 4 Financiën\n\nDe tarieven stijgen.\n"
    )
    parsed = read_text(text)
    assert [p.title for p in parsed.principles] == titles
    assert [p.label for p in parsed.principles] == ["4", "5", "6"]  # as the document numbers them


def test_an_advice_letters_labelled_advice_points_are_its_points() -> None:
    """An advisory council's letter (a background document): "**Advies 1 – Betrek
    ervaringsdeskundigen**" over its explanation, to "Advies 3". "Advies" was no label of a
    point, and a background document's points are only a list named as such: none were found."""
    titles = ["Betrek ervaringsdeskundigen", "Vergeet de huishoudens net boven de grens niet", "Meet het effect"]
    text = "# Advies energiearmoede\n\nGeacht college,\n\nWij geven u het volgende mee.\n\n" + "".join(
        f"**Advies {n} – {t}**\n\nWaarom wij dit adviseren.\n\n" for n, t in enumerate(titles, 1)
    )
    for role in (DocumentRole.BACKGROUND, DocumentRole.FRAMEWORK):
        assert [(p.number, p.title) for p in read_text(text, role).principles] == list(enumerate(titles, 1))
    # unlabelled, introduced as its advice: the same; a report's recommendations stay its text
    advice = "# Advies erfgoed\n\nDe commissie adviseert u:\n\n" + "".join(
        f"{c}. {t};\n" for c, t in zip("abc", titles, strict=True)
    )
    assert len(read_text(advice, DocumentRole.BACKGROUND).principles) == 3
    report = advice.replace("De commissie adviseert u:", "Onze aanbevelingen zijn:")
    assert read_text(report, DocumentRole.BACKGROUND).principles == ()
    # numbered under a heading that names them as its advice ("## Onze adviezen")
    headed = "Geacht college,\n\nU vroeg ons advies.\n\n## Onze adviezen\n\n" + "".join(
        f"{n}. {t}. Toelichting daarop.\n\n" for n, t in enumerate(titles, 1)
    )
    found = read_text(headed + "## Tot slot\n\nGroet.\n", DocumentRole.BACKGROUND).principles
    assert [p.title.rstrip(".") for p in found] == titles


def test_a_draft_zienswijzes_points_are_a_background_documents_points() -> None:
    """A college's draft zienswijze to a regional body (a background document): "De raad geeft de
    volgende zienswijze op de ontwerpbegroting 2026:" over five numbered sentences. Not named as
    points, it had none; the figures' table above it stays text."""
    points = [
        "De raad kan instemmen met de begroting",
        "De raad vraagt de stijging te beperken",
        "De raad verzoekt om een evaluatie",
    ]
    text = (
        "# Raadsvoorstel zienswijze ontwerpbegroting 2026\n\nDe stijging is als volgt opgebouwd:\n\n"
        "1. Loon- en prijsindexatie – € 50.000\n2. Extra formatie – € 31.000\n3. Overige mutaties – € 4.000\n\n"
        "**Zienswijze**\n\nDe raad geeft de volgende zienswijze op de ontwerpbegroting 2026:\n\n"
        + "".join(f"{n}. {p}.\n" for n, p in enumerate(points, 1))
    )
    parsed = read_text(text, DocumentRole.BACKGROUND)
    assert [p.title for p in parsed.principles] == [f"{p}." for p in points]


def test_a_councils_zienswijze_letter_has_the_points_under_its_zienswijze_heading() -> None:
    """A council's letter (a background document): what it decided ("1. kennis te nemen ...") and
    then, under "## Zienswijze", its points as bold numbered titles over their explanation. The
    heading named no kind of list, and the decision was no background document's points: none."""
    points = ["De raad onderschrijft de ambities", "Spreiding vraagt om eerlijke verdeling", "Rapporteer jaarlijks"]
    text = (
        "Geacht college,\n\nIn zijn vergadering van 1 december 2025 heeft de raad besloten:\n\n"
        "1. kennis te nemen van de ontwerp-regiovisie;\n2. de hierna volgende zienswijze kenbaar te maken;\n"
        "3. deze zienswijze te zenden aan de andere raden.\n\n## Zienswijze\n\n"
        + "".join(f"**{n}. {p}**  \nWaarom de raad dit vindt.\n\n" for n, p in enumerate(points, 1))
        + "Hoogachtend,\n\nDe raad van de gemeente Staphorst,\n"
    )
    assert [(p.number, p.title) for p in read_text(text, DocumentRole.BACKGROUND).principles] == list(
        enumerate(points, 1)
    )


def test_a_summarys_points_are_not_numbered_on_into_a_table_chapters_later_nor_outweighed_by_an_annex() -> None:
    """A long strategy: its summary lists three principles "1." to "3.", a table five chapters on
    happens to number a row "4.", and an annex lists ten parties consulted. The row was taken as
    a fourth principle (the run went on across the chapters); without it, the annex's ten made
    the three too short a list to be the principles."""
    titles = ["Water vasthouden waar het valt", "Groen is de basis", "Samen met inwoners"]
    chapters = "".join(f"## {n} Hoofdstuk {n}\n\nTekst van hoofdstuk {n}.\n\n" for n in range(1, 4))
    text = (
        "# Klimaatadaptatiestrategie\n\n## Samenvatting\n\nDe strategie rust op drie uitgangspunten:\n\n"
        + "".join(f"{n}. {t}.\n" for n, t in enumerate(titles, 1))
        + "\n"
        + chapters
        + "## 4 Ambities per thema\n\nDe ambities:\n\n4. Overstromingen – een evacuatieplan – 2030\n\n"
        + "## Bijlage 2 Geraadpleegde partijen\n\n"
        + "".join(f"### {n}. Partij nummer {n}\n\nWat zij inbracht.\n\n" for n in range(1, 11))
    )
    assert [p.title for p in read_text(text).principles] == [f"{t}." for t in titles]


def test_a_letters_kenmerk_and_date_in_its_pages_header_or_footer() -> None:
    """A template keeps the kenmerk in the page header and the date in the footer, no part of
    the text: they were not read, and the first date of the text ("de Woontop van 28 november
    2024") was taken as the letter's. A date the text names as the letter's stays."""
    body = "Geachte raad,\n\nNa de Woontop van 28 november 2024 sturen wij u de agenda.\n\nMet vriendelijke groet,\n\nHet bestuur\n"
    margins = "Holland Rijnland          kenmerk HR/2025/0318\nHolland Rijnland | 17 april 2025 | pagina 1 van 2"
    facts = read_document(body.encode(), name="brief.pdf", role=DocumentRole.FRAMEWORK, margins=margins).facts
    assert (facts["kenmerk"], facts["date"]) == ("HR/2025/0318", "2025-04-17")
    dated = "Datum: 3 april 2025\n\n" + body
    facts = read_document(dated.encode(), name="brief.pdf", role=DocumentRole.FRAMEWORK, margins=margins).facts
    assert facts["date"] == "2025-04-03"


def test_a_table_rows_numbered_with_roman_numerals_are_points() -> None:
    """ "| I. | Informatie is openbaar, tenzij | ... |" to "| VI. | ...": the numerals I. and V.
    were read as the letters I and V, so the rows made no run and half the points were lost."""
    titles = [
        "Informatie is openbaar, tenzij",
        "Digitaal is de norm",
        "Duurzaam toegankelijk",
        "Selectie vooraf",
        "Iedereen beheert",
    ]
    rows = "\n".join(
        f"| {r}. | {t} | Zo werkt het. |" for r, t in zip(["I", "II", "III", "IV", "V"], titles, strict=True)
    )
    parsed = read_text(
        f"# Kadernota archief\n\nDe vijf principes zijn:\n\n| Nr. | Principe | Toelichting |\n|---|---|---|\n{rows}\n"
    )
    assert [(p.number, p.title) for p in parsed.principles] == list(enumerate(titles, 1))


def test_a_labelled_title_wrapped_before_a_name_keeps_the_name() -> None:
    """A narrow column: "Principe 4: Handhaven volgens de Landelijke" / "Handhavingsstrategie"
    over a blank line and the explanation. A title's next line goes on only when it starts in
    lower case, so the name's second half was lost; a sentence under a title stays its text."""
    text = (
        "3 Zes principes\n\nOnze uitvoering is gebaseerd op drie principes.\n\n"
        "Principe 1: Risicogericht prioriteren op basis\nvan de omgevingsanalyse\n\n"
        "De inzet volgt de risico's voor mens\nen milieu.\n\n"
        "Principe 2: Handhaven volgens de Landelijke\nHandhavingsstrategie\n\n"
        "Bij overtredingen volgen wij de\ninterventiematrix van de LHS.\n\n"
        "Principe 3: Samenwerken met de Omgevingsdienst\nWij delen informatie met de\npartners in de regio.\n\n"
        "4 Financiën\n\nDe kosten passen in de begroting.\n"
    )
    assert [p.title for p in read_text(text).principles] == [
        "Risicogericht prioriteren op basis van de omgevingsanalyse",
        "Handhaven volgens de Landelijke Handhavingsstrategie",
        "Samenwerken met de Omgevingsdienst",
    ]


def test_a_chapters_number_in_its_heading_is_no_count_of_its_principles() -> None:
    """ "3 Uitgangspunten" over "3.1 Juridische uitgangspunten" (three points numbered 1 to 3),
    "3.2 Ethische uitgangspunten" (1 and 2): the chapter's numbers were read as counts ("3
    uitgangspunten", "1 ... uitgangspunten"), which made the lists of three or two the ones the
    document counted; the goals' a–d list before them was taken instead of all five."""
    themes = {"Juridische": ["Wij handelen rechtmatig", "Wij kopen uniform in", "Wij kiezen de juiste procedure"]}
    themes["Ethische"] = ["Wij zijn integer", "Wij sluiten fraudeurs uit"]
    text = "## 2 Doelstellingen\n\nDe gemeente streeft de volgende doelstellingen na:\n\n" + "".join(
        f"{c}) het {w} inkopen;\n"
        for c, w in zip("abcd", ["rechtmatig", "doelmatig", "duurzaam", "eerlijk"], strict=True)
    )
    text += "\n## 3 Uitgangspunten\n\nDaarvoor hanteert de gemeente de volgende uitgangspunten.\n\n"
    for n, (theme, points) in enumerate(themes.items(), 1):
        text += f"### 3.{n} {theme} uitgangspunten\n\n" + "".join(
            f"{k}. {p}\n\nToelichting.\n\n" for k, p in enumerate(points, 1)
        )
    text += "## 4 Procedures\n\nDe drempels staan in de tabel.\n"
    titles = [p for points in themes.values() for p in points]
    assert [(p.number, p.title) for p in read_text(text).principles] == list(enumerate(titles, 1))


def test_a_table_row_lettered_in_small_letters_is_a_lettered_point() -> None:
    """Lettered points a. to e., then f. laid out as a table's row ("f. | Tegenvallers ... | Pas
    als ..."), a PDF's columns read as cells: the row was no point, and the list ended at e."""
    titles = ["De begroting is beleidsarm", "Lonen volgen de cao", "Tegenvallers vangen wij zelf op"]
    text = "## Uitgangspunten voor de begroting\n\nWij hanteren de volgende uitgangspunten:\n\n"
    text += "".join(f"{c}. {t}\n\nToelichting.\n\n" for c, t in zip("ab", titles, strict=False))
    text += f"| c. | {titles[2]} | Pas daarna vragen wij een aanvullende bijdrage. |\n\n## Indexering\n\nTekst.\n"
    assert [(p.number, p.title) for p in read_text(text).principles] == list(enumerate(titles, 1))


def test_points_numbered_on_under_their_themes_headings_are_the_points_not_the_themes() -> None:
    """ "### Thema A – Een veilige basis" over "1. 2. 3.", "### Thema B – ..." over "4. 5.", the
    chapter naming them ("Onze doelen"), and a request to the colleges after it ("Om deze doelen
    te halen, vragen wij: 1. 2. 3."): the themes were taken as the points (with the requests
    after them), the points under them, introduced by nothing of their own, never."""
    themes = {"Een veilige basis": ["Beveiliging op orde", "Naar de cloud", "Minder applicaties"]}
    themes["Dienstverlening voor iedereen"] = ["Alles digitaal aan te vragen", "Eén loket"]
    text = "# Koers 2025-2029\n\n## 3. Onze doelen voor 2029\n\nDe doelen staan hieronder, per thema.\n\n"
    n = 0
    for mark, (theme, points) in zip("AB", themes.items(), strict=True):
        text += f"### Thema {mark} – {theme}\n\n"
        for point in points:
            n += 1
            text += f"{n}. **{point}** – Wat wij daarvoor doen.\n"
        text += "\n"
    text += "## 4. Wat vragen we?\n\nOm deze doelen te halen, vragen wij de colleges:\n\n"
    text += "1. In te stemmen met het budget.\n2. Applicaties samen aan te schaffen.\n3. Een aanspreekpunt te noemen.\n"
    points = [p for group in themes.values() for p in group]
    assert [(p.number, p.title) for p in read_text(text).principles] == list(enumerate(points, 1))


def test_lettered_points_counted_by_the_paragraph_over_them_under_numbered_chapters() -> None:
    """Text copied from a PDF: chapters as numbered lines ("1. Inleiding" ... "4. Monitoring"), a
    list of partners under the first, and under "2. Speerpunten" a paragraph counting them in its
    first sentence ("De partners hebben drie speerpunten vastgesteld. Ze zijn even belangrijk.")
    over "a." to "c.". The chapters were taken as the points: "Middelen" and "Monitoring" were no
    usual chapter names, so the chapters were a list holding the points as its sub-points."""
    points = ["Kansengelijkheid vanaf de voorschool", "Een sterke basis in taal", "Passend onderwijs dichtbij"]
    text = (
        "Lokale Educatieve Agenda\n\n1. Inleiding\n\nDe agenda van gemeente en scholen.\n\n"
        "Aan de agenda nemen de volgende partners deel:\n\n1. Stichting Openbaar Onderwijs\n2. De bibliotheek\n"
        "3. Kinderopvang De Wolderkids\n\n2. Speerpunten\n\n"
        "De partners hebben drie speerpunten vastgesteld. Ze zijn even belangrijk.\n\n"
        + "".join(f"{c}. {p}\n\nWat wij daarvoor doen.\n\n" for c, p in zip("abc", points, strict=True))
        + "3. Middelen\n\nDe middelen komen uit de begroting.\n\n4. Monitoring\n\nWij volgen de resultaten.\n"
    )
    assert [(p.number, p.title) for p in read_text(text).principles] == list(enumerate(points, 1))


def test_points_lettered_anew_under_each_theme_are_the_points_of_all_themes() -> None:
    """ "3.1 Aangaan en beëindigen" over "a. b. c.", "3.2 Sturing" over "a. b. c.": points lettered
    anew under each theme's heading were read as lists apart, and the themes taken as the points;
    numbered anew, they were taken together already."""
    themes = {"Aangaan en beëindigen": ["Publiek belang voorop", "De lichtste vorm", "Uittreden is vooraf geregeld"]}
    themes["Sturing en verantwoording"] = ["Eén bestuurder per partij", "Jaarlijks een gesprek", "Tijdig informeren"]
    text = "## 3 Kaders voor verbonden partijen\n\nDe gemeente hanteert deze kaders.\n\n"
    for n, (theme, points) in enumerate(themes.items(), 1):
        text += (
            f"### 3.{n} {theme}\n\n"
            + "".join(f"{c}. {p}. Zo gaan wij te werk.\n" for c, p in zip("abc", points, strict=False))
            + "\n"
        )
    text += "## 4 Besluit\n\nDe raad besluit:\n\n1. de nota vast te stellen;\n2. de oude nota in te trekken.\n"
    found = read_text(text).principles
    assert [(p.number, p.title.rstrip(".")) for p in found] == list(
        enumerate([p for g in themes.values() for p in g], 1)
    )


def test_a_chapters_numbered_sections_and_labelled_points_are_no_one_list() -> None:
    """ "2 Financiële kaders" over "2.1 Indexatie", "2.2 Bijdragen", then "3 Kaders voor het
    uitvoeringsprogramma" over "Kader 1 –" to "Kader 4 –": both named as kaders, they were taken
    together as one list of six, the sections first."""
    kaders = ["Uitvoering volgens de strategie", "Energiebesparing voorop", "Basistaken geborgd", "Kosten beheersbaar"]
    text = (
        "# Kaderbrief 2026\n\n## 1. Inleiding\n\nDe kaderbrief.\n\n## 2. Financiële kaders\n\n"
        "### 2.1 Indexatie\n\nDe lonen stijgen.\n\n### 2.2 Bijdragen deelnemers\n\nDe bijdragen stijgen.\n\n"
        "## 3. Kaders voor het uitvoeringsprogramma\n\n"
        + "".join(f"### Kader {n} – {k}\n\nToelichting.\n\n" for n, k in enumerate(kaders, 1))
        + "## 4. Proces\n\nU kunt reageren.\n"
    )
    assert [(p.number, p.title) for p in read_text(text).principles] == list(enumerate(kaders, 1))
