"""The patterns real council documents use (tests/domain/pattern_documents.py): the exact
principles, the candidate lists and their reasons, sections that stay sections."""

from __future__ import annotations

import pytest

from raadsviewer.domain.model import DocumentRole, ParsedDocument
from raadsviewer.domain.reading import read_document
from tests.domain.pattern_documents import (
    CHAPTERS_AND_CONTENTS,
    CHAPTERS_ONLY,
    LETTERED_UNDER_A_DECISION,
    LETTERHEAD,
    MIXED_LEVELS,
    MOTIE,
    NESTED_DECISIONS,
    PATTERNS,
    PROSE,
    Pattern,
)


def read(text: str, role: DocumentRole = DocumentRole.FRAMEWORK) -> ParsedDocument:
    return read_document(text.encode("utf-8"), name="stuk.txt", role=role)


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.name for p in PATTERNS])
def test_each_pattern_gives_exactly_its_principles(pattern: Pattern) -> None:
    doc = read(pattern.text)
    assert [(p.shown_label, p.title) for p in doc.principles] == pattern.principles
    assert [p.number for p in doc.principles] == list(range(1, len(pattern.principles) + 1))
    for p in doc.principles:
        assert doc.text[p.start : p.end] == p.text
    chosen = [c for c in doc.candidates if c.chosen]
    if pattern.principles:
        assert len(chosen) == 1 and chosen[0].rank == 1 and chosen[0].reason == pattern.reason
        assert chosen[0].principles == doc.principles
        assert "no_principles" not in doc.warnings
    else:
        assert chosen == [] and doc.warnings == ("no_principles",)
    if pattern.title:
        assert doc.title == pattern.title


def test_candidates_are_ranked_with_reasons_and_confidences() -> None:
    doc = read(MIXED_LEVELS.text)
    assert [c.rank for c in doc.candidates] == list(range(1, len(doc.candidates) + 1))
    best, annex = doc.candidates[0], doc.candidates[1]
    assert best.chosen and not annex.chosen
    assert len(annex.principles) == 3 and annex.principles[0].title == "Vaststelling door de raad"
    assert best.confidence > annex.confidence
    assert dict(best.params)["count"] == "6" and dict(best.params)["form"] == "headings"
    assert all(0 < c.confidence < 1 for c in doc.candidates)


def test_a_shorter_annex_list_named_as_the_principles_beats_the_long_run() -> None:
    named = MIXED_LEVELS.text.replace("## Bijlage 1: Planning", "## Bijlage 1: Uitgangspunten")
    doc = read(named)
    assert [p.title for p in doc.principles] == [
        "Vaststelling door de raad",
        "Start van de aanbesteding",
        "Ingang van de nieuwe contracten",
    ]
    assert doc.candidates[1].reason == "longest_run" and len(doc.candidates[1].principles) == 6


def test_chapters_are_sections_and_listed_as_chapters() -> None:
    doc = read(CHAPTERS_AND_CONTENTS.text)
    headings = [s.heading for s in doc.sections]
    assert headings[-4:] == ["1. Inleiding", "2. Achtergrond", "3. Uitgangspunten", "4. Financiën"]
    assert "1. Inleiding ........................ 2" in [b.text for b in doc.blocks]  # a line, no heading
    only = read(CHAPTERS_ONLY.text)
    assert [s.heading for s in only.sections][-4:] == [
        "1. Inleiding",
        "2. Achtergrond",
        "3. Bevindingen",
        "4. Conclusie",
    ]
    assert [c.reason for c in only.candidates] == ["chapters"]
    assert only.candidates[0].confidence < 0.1 and not only.candidates[0].chosen


def test_lettered_sub_items_stay_inside_their_decision() -> None:
    doc = read(NESTED_DECISIONS.text)
    assert "b. de raad jaarlijks wordt geïnformeerd." in doc.principles[0].text
    assert "De kosten" not in doc.principles[0].text


def test_a_motion_keeps_both_lists_and_their_considerations_are_no_principles() -> None:
    doc = read(MOTIE.text)
    reasons = [c.reason for c in doc.candidates]
    assert reasons[0] == "several_lists"
    assert "considerations" in reasons  # constaterende/overwegende: listed, never chosen
    keys = [p.key for p in doc.principles]
    assert keys == ["A.1", "A.2", "B.1", "B.2", "B.3"]  # identities that do not hang on the number
    singles = [c for c in doc.candidates if c.reason == "dictum"]
    assert sorted(len(c.principles) for c in singles) == [2, 3]
    assert "en gaat over tot de orde van de dag" not in doc.principles[-1].text


def test_a_low_confidence_choice_warns_and_a_sure_one_does_not() -> None:
    weak = read("Notitie\n\nTwee zaken.\n\n1. Eerste zaak\n2. Tweede zaak\n")
    assert [p.title for p in weak.principles] == ["Eerste zaak", "Tweede zaak"]
    assert weak.warnings == ("check_principles",)
    assert read(LETTERHEAD.text).warnings == ()
    assert read(weak.text, DocumentRole.BACKGROUND).warnings == ()


def test_prose_has_no_candidates_it_would_choose() -> None:
    doc = read(PROSE.text)
    assert doc.principles == ()
    assert all(not c.chosen for c in doc.candidates)


def test_letterhead_lines_are_not_the_title() -> None:
    doc = read("# Ons kenmerk UIT / 2004368\n\nDatum 5 oktober 2020\n\n## Inkoopkader Jeugd 2026\n\nTekst.\n")
    assert doc.title == "Inkoopkader Jeugd 2026"
    subject = read("Onderwerp Zienswijze inkoopkader Bijlage(n) 2 Behandeld door E. de Vries\n\nTekst.\n")
    assert subject.title == "Zienswijze inkoopkader"


def test_principles_lettered_under_a_decision_are_the_principles_not_the_decisions() -> None:
    """The first decision of a proposal adopts the framework "met de volgende uitgangspunten:"
    and letters them under it; the three decisions were chosen (flagged, 0.17)."""
    doc = read(LETTERED_UNDER_A_DECISION.text)
    assert [(p.shown_label, p.title) for p in doc.principles] == LETTERED_UNDER_A_DECISION.principles
    [chosen] = [c for c in doc.candidates if c.chosen]
    assert chosen.reason == "named_principles" and chosen.confidence >= 0.5


def test_page_numbers_alone_on_their_lines_stay_page_numbers() -> None:
    """Text copied out of a PDF has each page's number alone on a line, the next page's first
    line after it: they count 1, 2, 3 as big list numbers do, but are not written "01"."""
    pages = "".join(f"{n}\nPagina {n + 1} begint met een zin over de inkoop van jeugdhulp.\n\n" for n in range(1, 8))
    doc = read("Inkoopkader jeugdhulp\n\nDe eerste pagina.\n\n" + pages)
    assert doc.principles == ()
    assert "\n1\n" not in doc.text and "Pagina 2 begint" in doc.text
    coded = read("Kader\n\nPS: U1 is geen punt en P2 ook niet.\n\nPS: nog een naschrift hier.\n")
    assert coded.principles == ()


def test_bare_numbers_close_together_over_titles_are_the_points() -> None:
    """A Word list whose numbers stand alone on their lines, written without a leading zero:
    each number, then the point's title, then a few lines on it. Page numbers stand a page
    apart, with a sentence after them (see the test above)."""
    points = ["Leg een maximum vast voor de bijdrage", "Bescherm de lopende trajecten", "Vraag om een evaluatie"]
    body = "".join(
        f"{n}\n{title}\nDe werkgroep adviseert de raad dit in de zienswijze te vragen. Het kader\nzegt er nu niets over.\n\n"
        for n, title in enumerate(points, 1)
    )
    doc = read("Advies van de werkgroep\n\nOns advies\nDe werkgroep adviseert de volgende punten.\n\n" + body)
    assert [(p.number, p.title) for p in doc.principles] == list(enumerate(points, 1))


def test_labelled_decision_points_with_a_reaction_under_each_are_one_list() -> None:
    """ "Beslispunt 1" on its own line, the point under it, then the college's reaction and its
    advice under headings of their own, the same under every point: those headings are each
    point's parts, not chapters that end the list."""
    advice = ["overnemen", "overnemen met een aanpassing", "niet overnemen"]
    parts = "".join(
        f"Beslispunt {n}\nHet college op te dragen maatregel {n} uit te voeren bij de aanbesteding.\n\n"
        f"Reactie van het college\nWij hebben de maatregel bekeken en lichten ons standpunt hier toe.\n\n"
        f"Advies: {word}\n\n"
        for n, word in enumerate(advice, 1)
    )
    doc = read("Reactie op het initiatiefvoorstel\n\nHieronder reageren wij per beslispunt.\n\n" + parts)
    assert [p.number for p in doc.principles] == [1, 2, 3]
    assert all(p.title.startswith(f"Het college op te dragen maatregel {p.number}") for p in doc.principles)


def test_a_case_number_beside_another_field_and_before_a_letter_number() -> None:
    wide = read("Datum:        16 september 2025        Zaaknummer:    MB-2025-11873\n\nGeachte leden van de raad,\n")
    assert wide.facts.get("kenmerk") == "MB-2025-11873"
    both = read("Nummer:     RIB 2025-041\nZaaknummer: HB/2025/20417\n\nGeachte leden van de raad,\n")
    assert both.facts.get("kenmerk") == "HB/2025/20417"


@pytest.mark.parametrize("label", ["Keuze", "Keuzevraag"])
def test_choices_labelled_keuze_with_their_options_are_the_points(label: str) -> None:
    choices = ["Welke taken doen we samen?", "Hoe verdelen we de kosten?", "Hoe houden de raden grip?"]
    body = "".join(
        f"{label} {n}: {c}\n  Optie A  Zoals nu.\n  Optie B  Meer samen.\n  Voorkeur: optie B.\n\n"
        for n, c in enumerate(choices, 1)
    )
    doc = read("Koersdocument\n\nWij leggen u drie keuzes voor.\n\n" + body)
    assert [(p.number, p.title) for p in doc.principles] == list(enumerate(choices, 1))


def test_decisions_numbered_with_a_dash_before_lower_case_words() -> None:
    """A raadsvoorstel's "1 - in te stemmen met ...;": a dash after the number, the decision in
    lower case; "15 - 20 jaar" stays text."""
    doc = read(
        "Raadsvoorstel\n\nBeslispunten\n1 - in te stemmen met de regionale inkoop;\n"
        "2 - de Nadere regels 2026 vast te stellen;\n3 - kennis te nemen van de evaluatie.\n\n"
        "Inleiding\nDe looptijd is\n15 - 20 jaar volgens de raming.\n"
    )
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "in te stemmen met de regionale inkoop"),
        (2, "de Nadere regels 2026 vast te stellen"),
        (3, "kennis te nemen van de evaluatie"),
    ]


def test_a_letterhead_drawn_with_box_lines_gives_its_fields() -> None:
    doc = read(
        "Raadsvoorstel\n┌──────────────┬──────────────────┐\n│ Zaaknummer   │ OBV-2025-004512  │\n"
        "│ Datum        │ 23 september 2025│\n└──────────────┴──────────────────┘\n\nOnderwerp\nHuishoudelijke hulp\n"
    )
    assert (doc.facts.get("kenmerk"), doc.facts.get("date")) == ("OBV-2025-004512", "2025-09-23")


def test_a_table_ruled_with_dashes_whose_cells_wrap_in_their_columns() -> None:
    """Columns marked by a rule of dashes under their names; a title wraps within its column,
    beside the explanation's lines: each row is one point with its whole title."""
    table = (
        " Nr.  Uitgangspunt                Toelichting\n"
        " ---  --------------------------  ------------------------------\n"
        " 1    Veiligheid van de leerling  Chauffeurs hebben een VOG en\n"
        "      voorop                      een certificaat.\n"
        " 2    Vaste chauffeur per route   Een vaste vervanger ook.\n"
        " 3    Heldere communicatie met    Ouders krijgen een app met\n"
        "      ouders                      actuele informatie.\n"
        " ---  --------------------------  ------------------------------\n"
    )
    doc = read("Uitgangspunten leerlingenvervoer\n\nOnderstaande tabel bevat de uitgangspunten.\n\n" + table)
    assert [(p.number, p.title) for p in doc.principles] == [
        (1, "Veiligheid van de leerling voorop"),
        (2, "Vaste chauffeur per route"),
        (3, "Heldere communicatie met ouders"),
    ]


def test_a_deadline_given_as_the_opportunity_until_a_date() -> None:
    doc = read(
        "Brief\n\nDatum 11 februari 2025\n\nWij stellen u in de gelegenheid tot 14 maart 2025 uw wensen en "
        "bedenkingen kenbaar te maken.\n"
    )
    assert doc.facts.get("deadline") == "2025-03-14"


def test_lower_case_roman_requests_with_a_reaction_under_each() -> None:
    """A college answers a motie's requests "i." to "iv." (lower case, a decision's words after
    them), each followed by its reaction: the four requests, not the letters i and v."""
    asks = ["in overleg met de regio de wachttijden te publiceren", "met de aanbieders afspraken te maken"]
    asks += ["de inzet van de ondersteuners uit te breiden", "de raad vóór 1 december te informeren"]
    body = "".join(
        f"{mark}.   {ask};\nReactie: Wij hebben dit gedaan en lichten het hier toe.\n"
        for mark, ask in zip(("i", "ii", "iii", "iv"), asks, strict=True)
    )
    doc = read("Uitvoering motie\n\nDe raad verzocht het college:\n" + body)
    assert [(p.number, p.title) for p in doc.principles] == list(enumerate(asks, 1))


def test_a_councils_zienswijze_named_with_its_council_is_its_points_not_the_request_quoted() -> None:
    request = "In uw brief vraagt u de raden om:\n  1. in te stemmen met de begroting;\n  2. kennis te nemen van de raming.\n\n"
    own = (
        "Zienswijze van de raad van Maasbempt\n"
        "1 - De raad stemt in met de begroting.\n2 - De raad verzoekt om een verdeling per gemeente.\n"
        "3 - De raad vraagt inzicht in de resultaten.\n\nHoogachtend,\n"
    )
    doc = read("Geacht bestuur,\n\n" + request + own)
    assert [p.title[:24] for p in doc.principles] == [
        "De raad stemt in met de ",
        "De raad verzoekt om een ",
        "De raad vraagt inzicht i",
    ]


def test_labelled_points_after_a_bullet() -> None:
    """A forwarded e-mail's "*  Uitgangspunt 1 - Title": the bullet is the e-mail's, the label the point's."""
    titles = ["Resultaatgericht indiceren", "Eén kostprijs voor de regio", "Vaste hulp bij de cliënt"]
    body = "".join(f"*  Uitgangspunt {n} - {t}\n   Toelichting bij dit punt.\n" for n, t in enumerate(titles, 1))
    doc = read("Doorgestuurd bericht\n\nDe regio vraagt om wensen en bedenkingen bij:\n\n" + body)
    assert [(p.number, p.title) for p in doc.principles] == list(enumerate(titles, 1))


def test_list_numbers_a_scan_misread() -> None:
    """Text recognition reads 1 as "l" and 0 as "O": "l.", "lO.", "ll." are points 1, 10 and 11."""
    titles = [f"Uitgangspunt over thema {w}" for w in "abcdefghijk"]
    marks = ["l."] + [f"{n}." for n in range(2, 10)] + ["lO.", "ll."]
    body = "".join(f"{m}  {t}\n    Een toelichting.\n\n" for m, t in zip(marks, titles, strict=True))
    doc = read("Kadernota\n\nDe uitgangspunten\n\n" + body)
    assert [(p.number, p.title) for p in doc.principles] == list(enumerate(titles, 1))


def test_fields_written_the_short_way() -> None:
    """ "dd. 28 januari 2025" and "datum: 03.04.2025" date a letter; "ref.: WCP-2025-01" is its
    reference; a footer's "kenmerk ASD/2025/03 — vastgesteld ..." ends at its dash."""
    dd = read("Werkgroep\n\ndd. 28 januari 2025\nref.: WCP-2025-01\n\nGeachte leden,\n")
    assert (dd.facts.get("date"), dd.facts.get("kenmerk")) == ("2025-01-28", "WCP-2025-01")
    small = read("Brief\n\nGeachte leden,\n\nTekst.\n\nons kenmerk: 2025/LV/0733\ndatum: 03.04.2025\n")
    assert small.facts.get("date") == "2025-04-03"
    footer = read("Advies\n\nTekst.\n\nAdviesraad Heerdeveen — kenmerk ASD/2025/03 — vastgesteld 6/2/2025 — blz. 1/1\n")
    assert footer.facts.get("kenmerk") == "ASD/2025/03"


def test_items_with_a_hanging_indent_in_one_block_are_no_table() -> None:
    """ "1.   Title" over indented lines, "2.   Title" right after, no blank line between: a
    list with hanging indents, not a table of two columns ("| 1. 2. | ... |")."""
    text = (
        "5.2  Aanbevelingen\n\nAan de raad\n\n"
        "1.   Vraag het college om meetbare doelen voor de uitstroom uit de opvang\n"
        "     Laat het college de ambitie uit de Visie Sociaal Domein vertalen in\n"
        "     streefwaarden voor verblijfsduur en uitstroom, en stel deze vast.\n"
        "2.   Laat u twee keer per jaar informeren over de voortgang\n"
        "     Spreek met het college een vaste rapportage af, met cijfers die aansluiten\n"
        "     bij de regionale monitor.\n"
    )
    doc = read(text)
    assert "|" not in doc.text
    assert [p.title for p in doc.principles] == [
        "Vraag het college om meetbare doelen voor de uitstroom uit de opvang",
        "Laat u twee keer per jaar informeren over de voortgang",
    ]


def test_bullets_announced_by_a_short_sentence_with_a_full_stop() -> None:
    """ "Hieronder onze punten." over bullets, each a run-in heading and its text: the points."""
    heads = ["Tarieven", "Vaste hulp", "Wachttijden"]
    body = "".join(f"•  {h}. Wij vragen hier aandacht voor in het kader.\n\n" for h in heads)
    doc = read("Onze reactie\n\nGeacht college,\n\nHieronder onze punten.\n\n" + body + "Met vriendelijke groet,\n")
    assert [p.title for p in doc.principles] == [f"{h}." for h in heads]  # (titles keep their stop, as written)


def test_an_indented_dated_list_ends_where_the_text_goes_on_further_out() -> None:
    """An indented planning's last item ends with its full stop; the paragraph after it, at the
    margin, is no part of it (it made the planning look like points too long for one), so the
    advice further on is the list. (A werkgroep's advice as a round of test documents had it.)"""
    text = (
        "Werkgroep Cliëntenperspectief\n"
        "Regio Hollandse Veenzoom\n"
        "\n"
        "ADVIES\n"
        "over het concept-inkoopplan Jeugd en Wmo 2026\n"
        "\n"
        "aan: het portefeuillehoudersoverleg Sociaal Domein Regio Hollandse Veenzoom\n"
        "dd. 28 januari 2025\n"
        "ref.: WCP-2025-01\n"
        "\n"
        "\n"
        "1. Aanleiding\n"
        "\n"
        "Het portefeuillehoudersoverleg heeft de Werkgroep Cliëntenperspectief op\n"
        "9 december 2024 gevraagd advies uit te brengen over het concept-inkoopplan\n"
        "Jeugd en Wmo 2026, met het verzoek ons advies vóór 1 februari 2025 te sturen.\n"
        "De werkgroep bestaat uit elf leden: cliënten, ouders, mantelzorgers en\n"
        "ervarings deskundigen uit de zes gemeenten van de regio.\n"
        "\n"
        "2. Werkwijze\n"
        "\n"
        "Wij zijn drie keer bij elkaar geweest:\n"
        "   1.  16 december 2024 – bespreking van het concept-inkoopplan;\n"
        "   2.  9 januari 2025 – gesprek met de inkoopadviseurs van de regio;\n"
        "   3.  21 januari 2025 – vaststelling van dit advies.\n"
        "Daarnaast hebben leden van de werkgroep 34 inwoners gesproken over hun\n"
        "ervaringen met de huidige aan bieders. De uitkomsten van die gesprekken\n"
        "staan in de bijlage.\n"
        "\n"
        "3. Advies\n"
        "\n"
        "Wij vinden het inkoopplan een goede stap. Het plan gaat uit van minder\n"
        "aanbieders en meer samenwerking, en dat kan de hulp beter maken. Wel\n"
        "missen wij op een aantal punten het perspectief van de cliënt. Ons advies\n"
        "bestaat uit zes onderdelen.\n"
        "\n"
        "I.    Geef cliënten en ouders een plek in de beoordeling\n"
        "      van de inschrijvingen\n"
        "      Laat in elk beoordelingsteam ten minste één ervarings-\n"
        "      deskundige meebeslissen.\n"
        "\n"
        "II.   Zorg dat een cliënt die wil blijven bij zijn huidige\n"
        "      hulpverlener dat ook kan, ook als de aanbieder geen\n"
        "      contract meer krijgt\n"
        "      Een vertrouwensband is voor veel cliënten de basis van de hulp. Zorg\n"
        "      voor een ruime overgangsregeling en maak het mogelijk dat een\n"
        "      hulpverlener overstapt naar een gecontracteerde aanbieder.\n"
        "\n"
        "III.  Maak wachttijden per aanbieder openbaar\n"
        "      Cliënten en verwijzers moeten kunnen zien waar zij snel terecht\n"
        "      kunnen.\n"
        "\n"
        "IV.   Houd de keuzevrijheid voor cultuur- en\n"
        "      levensbeschouwelijk passende hulp overeind\n"
        "      In de regio zijn enkele kleine aanbieders die hulp bieden in de\n"
        "      eigen taal of vanuit een eigen levensovertuiging. Zorg dat zij als\n"
        "      onderaannemer kunnen blijven werken.\n"
        "\n"
        "V.    Eén klachtenregeling voor de hele regio, met een\n"
        "      onafhankelijke vertrouwenspersoon die niet in dienst is van\n"
        "      een aanbieder of van een gemeente\n"
        "      Nu moet een cliënt zelf uitzoeken waar hij terecht kan.\n"
        "\n"
        "VI.   Betrek de werkgroep bij de evaluatie na het eerste contractjaar\n"
        "\n"
        "4. Tot slot\n"
        "\n"
        "Wij bedanken de inkoopadviseurs voor hun open houding. Wij horen graag\n"
        "wat u met ons advies doet.\n"
        "\n"
        "Met vriendelijke groet,\n"
        "\n"
        "Werkgroep Cliëntenperspectief Regio Hollandse Veenzoom\n"
        "namens deze,\n"
        "Fatima Bensalah, voorzitter\n"
        "Piet-Hein Roodbeen, secretaris\n"
        "\n"
        "Bijlage: verslag van de gesprekken met inwoners (december 2024 – januari 2025)\n"
        "\n"
        "\n"
        "                       - 1 -\n"
    )
    doc = read(text)
    assert [p.number for p in doc.principles] == [1, 2, 3, 4, 5, 6]
    assert doc.principles[0].title == "Geef cliënten en ouders een plek in de beoordeling van de inschrijvingen"


def test_points_numbered_within_their_themes_letters() -> None:
    """ "A.1", "A.2", "B.1", "C.1" under their themes' headings: one list, numbered on, each point
    called as the document calls it."""
    text = (
        "Kaderbrief 2026\n\nDe begroting is opgesteld op basis van de volgende uitgangspunten.\n\n"
        "A  Financiële uitgangspunten\n\nA.1  Loon- en prijsindexatie volgens de regeling\n     De indexatie is 3,9%.\n\n"
        "A.2  Geen nieuwe taken zonder dekking\n     Alleen met extra middelen.\n\n"
        "B  Inhoudelijke uitgangspunten\n\nB.1  Uitvoering van de inkoopkalender\n     In 2026 worden percelen aanbesteed.\n\n"
        "C  Bedrijfsvoering\n\nC.1  Huisvesting via de gastgemeente\n     De overeenkomst wordt verlengd.\n"
    )
    doc = read(text)
    assert [(p.number, p.label) for p in doc.principles] == [(1, "A.1"), (2, "A.2"), (3, "B.1"), (4, "C.1")]
    assert doc.principles[3].title == "Huisvesting via de gastgemeente"


def test_a_horizontal_rule_is_no_text_and_a_ruled_table_goes_on_after_blank_lines() -> None:
    """ "***" or "___" between parts is a rule, not text (a table's dashes must not change that);
    a table ruled with dashes whose rows stand apart goes on row by row, a column name one
    column left of its rule too."""
    ruled = read("Kader\n\nEerste deel.\n\n***\n\nTweede deel.\n\n___\n\nDerde deel.\n")
    assert "***" not in ruled.text and "___" not in ruled.text
    table = (
        " Nr.  Beslispunt initiatiefvoorstel        Reactie college\n"
        " ---  -----------------------------------  --------------------\n"
        " 1    Het pgb-tarief voor informele hulp   Wij ondersteunen dit.\n"
        "      te verhogen.\n\n"
        " 2    Budgethouders een vast aanspreekpunt Dit doen wij al.\n"
        "      te geven.\n\n"
        " 3    Het voorstel na twee jaar te         Akkoord.\n"
        "      evalueren.\n\n"
    )
    doc = read("Reactie\n\nIn de tabel hieronder reageren wij per beslispunt van het voorstel.\n\n" + table)
    assert [p.number for p in doc.principles] == [1, 2, 3]
    assert doc.principles[2].title.startswith("Het voorstel na twee jaar te evalueren")


def test_a_tables_cells_one_per_line_under_its_column_names() -> None:
    """A PDF table read out one cell per line: "Nr." / "Uitgangspunt" / "Toelichting", then per
    row its number, title, explanation and effect. The numbers follow the row before them (no
    blank line), the column's name names the points, and an explanation opening with "Wanneer"
    is no part of the title above it."""
    rows = [
        ("Loon- en prijscompensatie", "De GGD volgt de indexatie van de regelingen in de regio.", "€ 541.000"),
        ("Bijdrage per inwoner als verdeelsleutel", "De bijdrage wordt verdeeld naar inwoners.", "-"),
        (
            "Pandemische paraatheid structureel borgen",
            "Wanneer de uitkering vervalt, vragen wij de\ngemeenten de formatie te financieren.",
            "€ 498.000",
        ),
    ]
    table = "".join(f"{n}\n{t}\n{e}\n{f}\n" for n, (t, e, f) in enumerate(rows, 1))
    text = (
        "Kaderbrief 2026\n\nDe begroting staat onder invloed van drie ontwikkelingen:\n"
        "1. de vergrijzing in de regio;\n2. de landelijke afspraken;\n3. de krapte op de arbeidsmarkt.\n"
        "Deze zijn vertaald in de uitgangspunten in de tabel hieronder.\n\n"
        "Uitgangspunten begroting 2026\nNr.\nUitgangspunt\nToelichting\nEffect 2026\n" + table
    )
    doc = read(text)
    assert [(p.number, p.title) for p in doc.principles] == [(n, t) for n, (t, _e, _f) in enumerate(rows, 1)]


def _point(title: str, explanation: str) -> str:
    return f"{title}\n{explanation}\n\n"


def test_a_struck_out_point_leaves_its_number_unused() -> None:
    """ "Uitgangspunt 4" was struck out and the others kept their numbers: 1, 2, 3, 5, 6 is one
    list of five, each called by the number the document gives it."""
    text = (
        "Verzoek om zienswijze\n\nEr is dus geen uitgangspunt 4.\n\nHet kader rust op de volgende uitgangspunten.\n\n"
        + "".join(
            _point(f"Uitgangspunt {n} – {t}", "Wij werken dit uit met de aanbieders in de regio.")
            for n, t in [(1, "Resultaatgericht inkopen"), (2, "Minder aanbieders"), (3, "Zorg in de regio")]
        )
        + "Pagina 1 van 2\n\n"
        + "".join(
            _point(f"Uitgangspunt {n} – {t}", "De gemeenten blijven hiervoor verantwoordelijk.")
            for n, t in [(5, "Lokale toegang blijft bepalend"), (6, "Een regionaal budgetplafond")]
        )
        + "Financiële gevolgen\nGeen.\n"
    )
    doc = read(text)
    assert [(p.number, p.shown_label, p.title) for p in doc.principles] == [
        (1, "1", "Resultaatgericht inkopen"),
        (2, "2", "Minder aanbieders"),
        (3, "3", "Zorg in de regio"),
        (4, "5", "Lokale toegang blijft bepalend"),
        (5, "6", "Een regionaal budgetplafond"),
    ]


def test_a_point_put_in_between_keeps_its_mark() -> None:
    """ "3a." was put in after the list was numbered: the fourth point of six, called "3a"."""
    titles = ["Een vaste bijeenkomst", "Een termijn van tien weken", "Een reactie op elke zienswijze"]
    text = (
        "Advies van de werkgroep\n\nWij doen de volgende aanbevelingen.\n\n"
        + "".join(_point(f"{n}. {t}", "    Dit vraagt weinig van de regio.") for n, t in enumerate(titles, 1))
        + _point("3a. Een gezamenlijke zienswijze waar dat kan", "    Dat weegt zwaarder.")
        + _point("4. Een beperkte set indicatoren", "    Minder is meer.")
        + _point("5. Voortzetting van de werkgroep", "    Tot 2027.")
    )
    doc = read(text)
    assert [(p.number, p.shown_label) for p in doc.principles] == [
        (1, "1"), (2, "2"), (3, "3"), (4, "3a"), (5, "4"), (6, "5"),
    ]  # fmt: skip
    assert doc.principles[3].title == "Een gezamenlijke zienswijze waar dat kan"


def test_numbering_begun_anew_on_the_next_page_goes_on() -> None:
    """A word processor's list cut by a page break: kaders 1 to 4, then on the next page 1 to 3
    for the fifth to seventh. One list of seven, each called by its place; the chapter after it
    ("4. Argumenten", numbered on from "3. Kaders") is not part of it."""
    first = ["Toegang via het sociaal team", "Een beperkt aantal hoofdaannemers", "Taakgerichte bekostiging"]
    second = ["Ruimte voor informele zorg", "Een reële prijs", "Looptijd van vier jaar"]
    text = (
        "Raadsvoorstel\n\n1. Inleiding\nDe overeenkomsten lopen af.\n\n2. Aanleiding\nDe evaluatie is klaar.\n\n"
        "3. Kaders\nHet college stelt zeven kaders voor.\n\n"
        + "".join(_point(f"{n}. {t}", "Dit geldt voor alle aanbieders.") for n, t in enumerate(first, 1))
        + "4. Ondersteuning in de eigen kern\n\n\n\nRaadsvoorstel Kaders inkoop    pagina 3/6\n\n"
        "Dagbesteding wordt zo veel mogelijk in de kern aangeboden.\n\n"
        + "".join(_point(f"{n}. {t}", "Dit is een gunningscriterium.") for n, t in enumerate(second, 1))
        + "4. Argumenten\n4.1 De kaders sluiten aan bij de evaluatie\nDat blijkt uit de cijfers.\n\n"
        "5. Kanttekeningen\n5.1 Kleine aanbieders\nZij kunnen onderaannemer worden.\n\n"
    )
    doc = read(text)
    titles = [*first, "Ondersteuning in de eigen kern", *second]
    assert [(p.number, p.shown_label, p.title) for p in doc.principles] == [
        (n, str(n), t) for n, t in enumerate(titles, 1)
    ]


def test_big_numbers_begun_anew_after_a_page_footer() -> None:
    """Numbers alone on a line over each rule's title, 1 to 4, then after the page's footer
    ("pag. 2 van 3") 1 and 2 for the fifth and sixth: six rules, the footer no text."""
    rules = ["Schoon en leefbaar huis", "Normtijden uit het onderzoek", "Eigen mogelijkheden eerst", "Huisgenoten"]
    more = ["Was en strijk", "Indicatieduur"]
    body = "Dit geldt voor iedere inwoner die ondersteuning vraagt.\n\n\n"
    text = (
        "Raadsinformatiebrief\n\nNummer       RIB 2025-031\n\nDe zes beleidsregels waarover wij uw mening vragen\n\n\n"
        + "".join(f"{n}\n{t}\n\n{body}" for n, t in enumerate(rules, 1))
        + "Gemeente Aarlehoven · RIB 2025-031 · 23 mei 2025                  pag. 2 van 3\n\n\n"
        + "".join(f"{n}\n{t}\n\n{body}" for n, t in enumerate(more, 1))
        + "Bijlagen\n1. Concept-beleidsregels\n2. Advies Wmo-raad\n"
    )
    doc = read(text)
    assert [(p.number, p.shown_label, p.title) for p in doc.principles] == [
        (n, str(n), t) for n, t in enumerate([*rules, *more], 1)
    ]
    assert "pag. 2" not in doc.text
    assert doc.facts.get("kenmerk") == "RIB 2025-031"  # "Nummer" and its value set apart by spaces


def test_a_point_quoted_whole_is_titled_without_its_quotes() -> None:
    """The college answers each quoted beslispunt: the title is the quotation's words."""
    points = [
        "Het college op te dragen een jeugdpunt in elke kern in te richten.",
        "Een budget van € 150.000 beschikbaar te stellen.",
    ]
    text = "Reactie van het college\n\n" + "".join(
        f"Beslispunt {n}\n\u201c{p}\u201d Dit is de toelichting van de indieners.\n\n"
        f"Reactie van het college\nWij zien hier voordelen in.\n\n"
        for n, p in enumerate(points, 1)
    )
    doc = read(text)
    assert [p.title for p in doc.principles] == points


def test_a_new_list_after_a_page_break_stays_apart_when_announced() -> None:
    """A list numbered from 1 on the next page is another list when a sentence announces it, or
    when no page break stands between the two."""
    first = ["Zorg dichtbij huis", "Minder aanbieders", "Resultaatgericht werken", "Een reële prijs"]
    head = "Inkoopkader\n\nDe vier uitgangspunten van dit kader zijn:\n\n" + "".join(
        _point(f"{n}. {t}", "Dit geldt voor alle percelen.") for n, t in enumerate(first, 1)
    )
    after = "".join(_point(f"{n}. {t}", "Zie de planning.") for n, t in enumerate(["Publicatie", "Gunning"], 1))
    announced = read(head + "Pagina 1 van 2\n\nDaarna volgen deze stappen:\n\n" + after)
    unbroken = read(head + "Dat is het kader.\n\n" + after)
    for doc in (announced, unbroken):
        assert [p.title for p in doc.principles] == first


def test_a_council_announcing_its_zienswijze_in_a_sentence_names_its_points() -> None:
    """ "De raad geeft de volgende zienswijze." over points I to III (sub-points a, b under them,
    each title over a sentence on the next line without a blank one), then a closing request
    ("Tot slot verzoekt de raad u:") and a signature: the points are I to III, with their titles."""
    text = (
        "Geacht bestuur,\n\nDe raad heeft het concept besproken.\n\nDe raad geeft de volgende zienswijze.\n\n\n"
        "I.   Resultaatgericht inkopen vraagt om heldere resultaten\n"
        "     De raad steunt uitgangspunt 1, maar vraagt om:\n"
        "     a. een uitwerking van de resultaten die voor ouders begrijpelijk\n        is;\n"
        "     b. een beperkt aantal resultaatgebieden.\n\n"
        "II.  Langere contracten alleen met goede tussentijdse toetsing\n"
        "     Contracten van zes jaar met een verlenging tot tien jaar (uitgangs-\n"
        "     punt 2) beperken de mogelijkheden om bij te sturen. De raad vraagt:\n"
        "     a. een tussentijdse evaluatie na drie jaar;\n"
        "     b. een toetredingsmogelijkheid voor nieuwe aanbieders.\n\n"
        "III. Betrek de Jongerenraad bij de gunning\n"
        "     De raad vraagt u jongeren bij de beoordeling te betrekken.\n\n\n"
        "Tot slot verzoekt de raad u: \n"
        "-  de reactie op deze zienswijze tegelijk met het vastgestelde inkoop-\n   kader aan de raad te zenden; \n"
        "-  de raad te informeren over de zienswijzen van de andere gemeenten. \n\n\n"
        "Hoogachtend, \n\nDe raad van de gemeente Heemvliet, \n\n"
        "de griffier,                             de voorzitter, \n\n"
        "mr. drs. A. Koenen                       M.J. Veldkamp \n"
    )
    doc = read(text)
    assert [(p.shown_label, p.title) for p in doc.principles] == [
        ("I", "Resultaatgericht inkopen vraagt om heldere resultaten"),
        ("II", "Langere contracten alleen met goede tussentijdse toetsing"),
        ("III", "Betrek de Jongerenraad bij de gunning"),
    ]


def test_points_numbered_as_items_go_on_from_items_and_chapters_from_chapters() -> None:
    """A report's chapters "1 Inleiding" ... "5 Conclusies" and "6 Nawoord", its recommendations
    "1." to "5." inside chapter 5 (a long title over a sentence on the next line): the points
    are the recommendations, and chapter 6 does not go on from recommendation 5's number. (A
    text read from a PDF gives the recommendations as the chapters' headings, after the first:
    so here, in Markdown.)"""
    recommendations = [
        "Vraag het college om meetbare doelen voor de uitstroom uit de opvang",
        "Laat u twee keer per jaar informeren over de voortgang",
        "Leg de samenwerking met de centrumgemeente schriftelijk vast",
        "Investeer in het voorkomen van huisuitzettingen",
        "Betrek de ervaringen van cliënten bij de monitoring",
    ]
    chapters = ["Inleiding", "Beleid en sturing", "Uitvoering", "Rol van de raad", "Conclusies en aanbevelingen"]
    text = "# Rapport\n\n" + "".join(f"## {n} {c}\n\nTekst van het hoofdstuk.\n\n" for n, c in enumerate(chapters, 1))
    text += "Wij doen de volgende aanbevelingen.\n\n"
    text += (
        f"1.   {recommendations[0]}\n     Laat het college dit uitwerken en stel het\n     vast in de begroting.\n\n"
    )
    text += "".join(f"## {n}. {r}\n\nSpreek dit af met het college.\n\n" for n, r in enumerate(recommendations[1:], 2))
    text += "## 6 Bestuurlijke reactie en nawoord\n\nHet college neemt de aanbevelingen over.\n"
    assert [p.title for p in read(text).principles] == recommendations


def test_a_heading_numbered_as_an_item_goes_on_from_the_item_before_it() -> None:
    """What a PDF's text gave: recommendation 1 as a list item over its sentence, 2 and 3 as
    headings with their number in their text ("2. Laat u ..."), beside chapters "1 Inleiding",
    "2 Beleid". The headings go on from the item by their words, not from chapter 1."""
    from raadsviewer.domain.candidates import find_principles
    from raadsviewer.domain.model import Block, BlockKind

    shapes = [
        (BlockKind.HEADING, "1 Inleiding", 2, 1, "1"),
        (BlockKind.PARAGRAPH, "Tekst.", 0, None, ""),
        (BlockKind.HEADING, "2 Beleid en sturing", 2, 2, "2"),
        (BlockKind.PARAGRAPH, "Tekst.", 0, None, ""),
        (BlockKind.NUMBERED, "Vraag het college om meetbare doelen voor de uitstroom", 0, 1, "1."),
        (BlockKind.PARAGRAPH, "Laat het college de ambitie vertalen.", 0, None, ""),
        (BlockKind.HEADING, "2. Laat u twee keer per jaar informeren over de voortgang", 2, 2, "2."),
        (BlockKind.PARAGRAPH, "Spreek een vaste rapportage af.", 0, None, ""),
        (BlockKind.HEADING, "3. Leg de samenwerking schriftelijk vast", 2, 3, "3."),
        (BlockKind.PARAGRAPH, "Maak een overeenkomst.", 0, None, ""),
    ]
    blocks, start = [], 0
    for kind, text, level, number, marker in shapes:
        blocks.append(Block(kind, text, start, start + len(text), level=level, number=number, marker=marker))
        start += len(text) + 2
    assert [p.title for p in find_principles(blocks)] == [
        "Vraag het college om meetbare doelen voor de uitstroom",
        "Laat u twee keer per jaar informeren over de voortgang",
        "Leg de samenwerking schriftelijk vast",
    ]


def test_points_numbered_anew_under_short_theme_headings_are_one_list() -> None:
    """A faction's input: "Zorginhoud" over 1. to 3., "Financiën" over 1. and 2., "Proces en
    sturing" over 1. and 2., each point a title over its text: seven points, called by theme."""
    themes = {
        "Zorginhoud": ["Wachttijden echt begrenzen", "Gezinshuizen eerst", "Ruimte voor lokale aanbieders"],
        "Financiën": ["Budgetplafonds met een vangnet", "Kostprijsonderzoek openbaar"],
        "Proces en sturing": ["Een evaluatie na twee jaar", "Jongeren betrekken bij de gunning"],
    }
    text = "Inbreng voor de zienswijze\n\nAanleiding\nHet kader ligt voor.\n\n" + "".join(
        f"{theme}\n"
        + "".join(f"{n}.\t{t}\nWij vragen het bestuur dit uit te werken.\n" for n, t in enumerate(ts, 1))
        + "\n"
        for theme, ts in themes.items()
    )
    doc = read(text + "Tot slot\nWij zien uit naar de bespreking.\n")
    titles = [t for ts in themes.values() for t in ts]
    assert [p.title for p in doc.principles] == titles
    assert [p.shown_label for p in doc.principles][:4] == ["A.1", "A.2", "A.3", "B.1"]


def test_lists_under_headings_that_name_their_kind_are_not_themes() -> None:
    """The principles under their own heading, then "Risico's" and "Bijlagen" each over a short
    numbered list: the principles only."""
    principles = ["Zorg dichtbij huis", "Minder aanbieders", "Een reële prijs"]
    text = (
        "Inkoopkader\n\nUitgangspunten\n"
        + "".join(f"{n}. {t}\nDit geldt voor alle percelen.\n" for n, t in enumerate(principles, 1))
        + "\nRisico's\n1. Krapte op de arbeidsmarkt\n2. Stijgende tarieven\n\n"
        + "Bijlagen\n1. Het kostprijsonderzoek\n2. De planning\n"
    )
    assert [p.title for p in read(text).principles] == principles


def test_a_policy_choice_labelled_as_such_is_a_point() -> None:
    """ "Beleidskeuze 1: ..." to "Beleidskeuze 3: ...", each over its text, on a web page."""
    choices = ["Van uren naar programma's", "Een basistakenpakket", "Investeren in eigen personeel"]
    text = "Ontwerpbegroting 2026\n\nGepubliceerd op 3 maart 2025\n\n" + "".join(
        f"Beleidskeuze {n}: {c}\n\nDe dienst stelt dit voor aan de raden.\n\n" for n, c in enumerate(choices, 1)
    )
    assert [p.title for p in read(text).principles] == choices


def test_the_questions_asked_over_a_list_set_aside() -> None:
    """The board's three choices "staan niet ter discussie"; the council is asked "de volgende
    vragen" (a sentence with a full stop), lettered a) to e), with a footer "KENMERK   pagina 2"
    after the first: the points are the five questions, each ending in "?"."""
    questions = [
        "Vindt uw raad het aanvaardbaar dat de bijdrage met 9 procent stijgt?",
        "Moet het bestuur voorstellen doen voor het beperken van het aanbod?",
        "Steunt uw raad het voorstel om een egalisatiereserve te vormen?",
        "Wil uw raad dat de GR per kwartaal rapporteert?",
        "Welke prioriteit geeft uw raad aan de lokale toegang?",
    ]
    lettered = [f"   {c})  {q}\n\n" for c, q in zip("abcde", questions, strict=True)]
    text = (
        "Ontwerpbegroting 2026\n\nHet dagelijks bestuur heeft drie keuzes gemaakt die de \nbegroting beïnvloeden: \n"
        "1. de tarieven worden met het volledige indexcijfer \n   verhoogd; \n"
        "2. er wordt geen beroep gedaan op de algemene reserve; \n"
        "3. de taakstelling wordt met een jaar \n   uitgesteld. \n\n"
        "Deze keuzes staan niet ter discussie in deze zienswijzeronde; zij zijn in \nde kaderbrief met u gedeeld. \n\n"
        "Waarover wij uw mening vragen \nOmdat de financiële ruimte krap is, willen wij graag weten hoe uw \n"
        "raad tegen een aantal vraagstukken aankijkt. Wij vragen u in uw zienswijze in \n"
        "elk geval in te gaan op de volgende vragen. \n\n"
        + lettered[0]
        + "\n\nSDH/AB/2025.0093                                                  pagina 2 \n\n\n"
        + "".join(lettered[1:])
        + "U kunt ook over andere onderdelen uw zienswijze geven. \n"
    )
    doc = read(text)
    assert [p.title for p in doc.principles] == questions
    assert "pagina 2" not in doc.text
    chosen = next(c for c in doc.candidates if c.chosen)
    assert chosen.reason == "lead_in"
    set_aside = [c for c in doc.candidates if c.principles and c.principles[0].title.startswith("de tarieven")]
    assert set_aside and set_aside[0].reason == "not_asked"


def test_numbering_begun_anew_after_footnotes_and_a_running_header() -> None:
    """Between the two halves of a list cut by a page break: the page's footer, its footnotes,
    and the letterhead's name again at the top of the next page (a heading met before)."""
    first = [
        "Betrek cliënten bij de beoordeling",
        "Garandeer de continuïteit van zorg",
        "Houd ruimte voor kleine aanbieders",
    ]
    second = ["Zorg voor een onafhankelijke cliëntondersteuner", "Meet de tevredenheid jaarlijks", "Evalueer het kader"]
    text = (
        "Adviesraad Sociaal Domein Sloterveen\n\nAan het college\n\nOnze adviezen\n\n"
        + "".join(f"{n}. {t}\n   Dit vraagt een afspraak met de aanbieders.\n\n" for n, t in enumerate(first, 1))
        + "\n\nAdviesraad Sociaal Domein Sloterveen | ASD-2025-11                  Pagina 1 van 2\n"
        + "_" * 60
        + "\n\u00b9 Mantelzorgcoöperatie, gesprek van 4 september 2025.\nAdviesraad Sociaal Domein Sloterveen\n\n"
        + "".join(f"{n}. {t}\n   Dit vraagt een afspraak met de aanbieders.\n\n" for n, t in enumerate(second, 1))
        + "Tot slot\n\nWij horen graag van u.\n"
    )
    doc = read(text)
    assert [p.title for p in doc.principles] == first + second
    assert [p.shown_label for p in doc.principles] == ["1", "2", "3", "4", "5", "6"]


def test_big_numbers_that_skip_a_struck_point() -> None:
    """Numbers alone on their lines over each advice's title, 1, 2, 3, 5, 6 (advice 4 was struck):
    five points, called 5 and 6 as the document calls them; signed "Namens de ... ,"."""
    advice = {
        1: "Steun de overgang",
        2: "Vraag om een definitie",
        3: "Leg het plafond niet vast",
        5: "Betrek jongeren",
        6: "Vraag om een rapportage",
    }
    text = "Advies van de werkgroep\n\nDe werkgroep adviseert de raden de volgende punten op te nemen.\n\n" + "".join(
        f"{n}\n{t}\nDe werkgroep licht dit toe in de bijlage bij dit advies.\n\n" for n, t in advice.items()
    )
    text += "Namens de Regionale Raadswerkgroep Jeugd Zuidwaarden,\nPetra van Rossum, voorzitter\n"
    doc = read(text)
    assert [(p.shown_label, p.title) for p in doc.principles] == [(str(n), t) for n, t in advice.items()]
    assert doc.facts.get("sender") == "De Regionale Raadswerkgroep Jeugd Zuidwaarden"


def test_proposals_labelled_as_such_and_lettered_points_under_programmes() -> None:
    """ "Voorstel 1   Een vast budget" between dashed lines labels a point; points lettered a) and
    b) anew under each programme's heading are the points of all programmes."""
    proposals = ["Een vast budget voor de sociale basis", "Een buurtcoach in iedere kern"]
    text = "Reactie van het college\n\nHieronder reageren wij per voorstel.\n\n" + "".join(
        f"{'-' * 60}\nVoorstel {n}   {t}\n{'-' * 60}\nDe indieners stellen dit voor.\n\nReactie college: Wij delen het doel.\n\n"
        for n, t in enumerate(proposals, 1)
    )
    assert [p.title for p in read(text).principles] == proposals
    programmes = {"Programma Jeugd": ["Groei begroot op 3 procent", "Verblijf wordt afgebouwd"],
                  "Programma Wmo": ["Indexering volgens de regio", "Huishoudelijke hulp blijft lokaal"]}  # fmt: skip
    text = "Kaderbrief\n\nWij vragen u een zienswijze op de volgende uitgangspunten.\n\n" + "".join(
        f"{h}\n"
        + "".join(f"{c}) {t}\nDat is de lijn van de begroting.\n" for c, t in zip("ab", ts, strict=True))
        + "\n"
        for h, ts in programmes.items()
    )
    assert [p.title for p in read(text + "Planning\n\nIn maart.\n").principles] == [
        t for ts in programmes.values() for t in ts
    ]


_CHOICE = "Dit is de keuze die de regio maakt voor de komende jaren, samen met de aanbieders en de cliëntenraden."


def test_choices_numbered_anew_under_themes_before_numbered_chapters() -> None:
    """A Word text, one line a paragraph: "Thema A – Wonen" over "1.<tab>..." and "2.<tab>...",
    "Thema B" over 1. to 3., then the chapters go on, "4.<tab>Financiën", numbered as the points
    are (so theme B's run went on into them): the points are the five choices, up to the chapter."""
    themes = {
        "Thema A – Wonen": ["Beschermd thuis is de norm", "Voldoende woonplekken"],
        "Thema B – Herstel": ["Herstelgericht werken", "Werk vanaf de eerste dag", "Een sluitende aanpak"],
    }
    text = "Koersdocument\n\n1.\tInleiding\n1.1\tAanleiding\nTekst.\n1.2\tTotstandkoming\nTekst.\n\n"
    text += "2.\tWaar staan we?\nTekst.\n\n3.\tOnze koers: keuzes per thema\nWij maken de volgende keuzes.\n\n"
    for theme, titles in themes.items():
        text += f"{theme}\n" + "".join(f"{n}.\t{t}\n{_CHOICE}\n" for n, t in enumerate(titles, 1)) + "\n"
    text += "4.\tFinanciën\nDe kosten.\n\n5.\tVervolgproces\nDe planning.\n"
    doc = read(text)
    assert [p.title for p in doc.principles] == [t for ts in themes.values() for t in ts]


def test_big_numbers_with_a_blank_line_before_their_text() -> None:
    """A recommendation's number alone on its line, a blank line, then its sentence (wrapped)."""
    recommendations = [
        "Vraag het college om voor elk beleidsdoel een indicator op te nemen",
        "Draag het college op te zorgen dat elk plan een resultaat bevat",
        "Verzoek het college elke indicatie na twee jaar te herbeoordelen",
    ]
    text = (
        "Bestuurlijke nota\n\n3   Aanbevelingen\n\nDe rekenkamercommissie doet de volgende aanbevelingen.\n\n"
        + "".join(
            f"{n}\n\n{' '.join(r.split()[:6])}\n{' '.join(r.split()[6:])}, en laat de raad dit vaststellen.\n\n"
            for n, r in enumerate(recommendations, 1)
        )
    )
    doc = read(text + "4   Bestuurlijke reactie\n\nHet college neemt ze over.\n")
    assert [p.title for p in doc.principles] == [f"{r}, en laat de raad dit vaststellen." for r in recommendations]


def test_an_item_that_is_only_a_title_keeps_the_words_after_its_colon() -> None:
    """ "e) Woningaanpassingen: eerst verhuizen overwegen (artikel 6.3)" over its explanation: the
    whole line is the title (it was cut at the colon)."""
    titles = [
        "Een ondersteuningsplan bij elke melding (artikel 2.4)",
        "Woningaanpassingen: eerst verhuizen overwegen (artikel 6.3)",
    ]
    text = "Consultatie beleidsregels\n\nWij leggen u de volgende wijzigingen voor:\n\n" + "".join(
        f"{c}) {t}\nHet college past de regel aan.\n\n" for c, t in zip("ab", titles, strict=True)
    )
    assert [p.title for p in read(text).principles] == titles


def test_a_reaction_sums_up_the_frameworks_principles_before_its_own_points() -> None:
    """A council's letter first sums up the region's six principles ("vatten wij de uitgangspunten
    uit het concept samen"), then gives its own lettered points under "Zienswijze van de
    gemeenteraad van Zuidbroekum": the points are its own."""
    region = [f"Het kader regelt onderwerp {w}." for w in "abcdef"]
    own = ["Behoud van de vaste hulp", "Een tarief dat reistijd dekt", "Evaluatie na het eerste jaar"]
    text = (
        "Geacht bestuur,\n\nWat het inkoopkader voorstelt\n\nVoor een goed begrip vatten wij eerst de uitgangspunten "
        "uit het concept samen, in uw nummering:\n\n"
        + "".join(f"{n}. {t}\n" for n, t in enumerate(region, 1))
        + "\nMet de uitgangspunten 1, 2 en 6 kan onze raad instemmen.\n\nZienswijze van de gemeenteraad van Zuidbroekum\n\n"
        + "".join(f"{c}. {t}\nWij vragen u dit uit te werken.\n\n" for c, t in zip("ABC", own, strict=True))
        + "Met vriendelijke groet,\n"
    )
    assert [p.title for p in read(text).principles] == own


def test_a_grid_tables_rows_and_their_wrapped_cells() -> None:
    """A table drawn with "+-----+" rules, each cell's text wrapped over the lines under it (the
    first cell empty there), its rows coded "K1" to "K3", under the heading "De keuzes": three
    points, each title its cell's words, the wrapped text of the row its explanation."""
    rule = "+-----+--------------------------------+----------------------------------------+"
    rows = [
        ("K1", "Gezamenlijke visie 2026-2030", ["De drie gemeenten stellen één", "regionale visie op jeugd op."]),
        ("K2", "Samen inkopen, lokaal sturen", ["Specialistische jeugdhulp wordt", "regionaal ingekocht."]),
        ("K3", "Eén regionaal inkoopbureau", ["Het inkoopteam komt in een", "regionaal bureau."]),
    ]
    table = [rule, f"| {'Nr':<3} | {'Keuze':<30} | {'Wat betekent dit?':<38} |", rule.replace("-", "=")]
    for code, title, lines in rows:
        table.append(f"| {code:<3} | {title:<30} | {lines[0]:<38} |")
        table += [f"| {'':<3} | {'':<30} | {line:<38} |" for line in lines[1:]]
        table.append(rule)
    text = "Koersnotitie\n\n## De keuzes\n\n" + "\n".join(table) + "\n\n## Vervolg\n\nDe raden beslissen in juni.\n"
    doc = read(text)
    assert [(p.shown_label, p.title) for p in doc.principles] == [(c, t) for c, t, _ in rows]
    assert "regionale visie op jeugd op." in doc.principles[0].text
    assert "+---" not in doc.text and "|" not in doc.principles[0].text
    assert next(c for c in doc.candidates if c.chosen).reason == "named_list"  # "De keuzes" names them


def test_a_page_header_that_starts_with_the_page_inside_a_lettered_list() -> None:
    """ "Pagina 1 van 2 | zienswijze begroting" (the page first, its running title after a bar)
    between c. and d.: page furniture, and the list goes on."""
    points = [f"De raad vraagt de GGD om punt {w} uit te werken." for w in "abcde"]
    lines = [f"{c}. {p}" for c, p in zip("abcde", points, strict=True)]
    text = (
        "Zienswijze\n\nDe raad geeft de volgende zienswijze op de ontwerpbegroting:\n"
        + "\n".join(lines[:3])
        + "\n1\nPagina 1 van 2 | zienswijze ontwerpbegroting 2027 GGD\n"
        + "\n".join(lines[3:])
        + "\nTot slot\nWij zien uit naar uw reactie.\n"
    )
    doc = read(text)
    assert [p.title for p in doc.principles] == points
    assert "Pagina 1 van 2" not in doc.text


def test_tips_numbered_after_a_hash_under_a_heading_that_counts_them() -> None:
    """A youth council's "Onze 5 tips" over "TIP #1   Praat mét ons" ...: the tips, titled
    without their label, over a numbered list of what the council did first."""
    tips = ["Praat mét ons, niet óver ons", "Eén vast gezicht", "Geen wachtlijst van maanden"]
    text = (
        "Onze kijk op het inkoopkader\n\nDit hebben we gedaan:\n   1   Een avond met uitleg\n"
        "   2   Een online peiling onder jongeren\n   3   Twee avonden discussie\n\nOnze 3 tips\n\n"
        + "".join(
            f"TIP #{n}   {t}\nDit vinden wij belangrijk voor jongeren in de regio.\n\n" for n, t in enumerate(tips, 1)
        )
    )
    doc = read(text)
    assert [(p.shown_label, p.title) for p in doc.principles] == [(str(n), t) for n, t in enumerate(tips, 1)]


def test_a_ruled_two_column_table_whose_points_have_a_title_over_their_text() -> None:
    """The college's reaction beside each beslispunt, under a rule of dashes (a blank line after
    it): each point "1. Title" with its explanation indented under it in the same column. The
    title is the first line; the explanation and the reaction are the point's text."""
    rows = [
        ("Maximale reistijd van 60 minuten", "De reistijd wordt verlaagd", "Wij delen het doel."),
        ("Vaste chauffeur per route", "Elke route krijgt een vaste", "Wij nemen dit over."),
        ("Meldpunt voor ouders", "Er komt een lokaal meldpunt", "Wij nemen dit deels over."),
    ]
    text = (
        "Reactie college\n\nHieronder reageren wij per beslispunt.\n\n"
        f" {'Beslispunt initiatiefvoorstel':<48}  Reactie van het college\n {'-' * 48}  {'-' * 30}\n\n"
    )
    for n, (title, explanation, reaction) in enumerate(rows, 1):
        text += f" {f'{n}. {title}':<48}  {reaction}\n    {explanation:<45}  Zo staat het in de begroting.\n"
        text += f"    {'chauffeur, ook buiten de regio.':<45}\n\n"
    doc = read(text + "Tot slot\n\nWij zien uit naar het debat.\n")
    assert [p.title for p in doc.principles] == [t for t, _e, _r in rows]
    assert "Wij delen het doel." in doc.principles[0].text


def test_another_documents_pillars_quoted_before_the_councils_own_points() -> None:
    """ "Het ontwerp van de regiovisie is opgebouwd rond vier pijlers:" (quoted), then under the
    chapter "2 Onze zienswijze" the councils' own points a. to c.: the points are their own."""
    pillars = ["Wonen in de wijk", "Passende zorg", "Samen verantwoordelijk", "Een solide basis"]
    own = ["Spreiding over alle gemeenten", "Een reëel overgangsregime", "Jaarlijkse verantwoording"]
    text = (
        "Gezamenlijke zienswijze\n\n1 Inleiding\n\nHet ontwerp van de regiovisie is opgebouwd rond vier pijlers:\n"
        + "".join(f"{n}. {p}\n" for n, p in enumerate(pillars, 1))
        + "\nWij onderschrijven deze pijlers.\n\n2 Onze zienswijze\n\n"
        + "".join(f"{c}. {t}\nDe raden vragen u dit uit te werken.\n\n" for c, t in zip("abc", own, strict=True))
        + "3 Tot slot\n\nWij zien uit naar uw reactie.\n"
    )
    assert [p.title for p in read(text).principles] == own


def test_a_proposals_decision_over_the_priorities_it_quotes_from_the_budget() -> None:
    """A raadsvoorstel's "Beslispunten" (a. to c., sentences), then "De GR noemt in de
    ontwerpbegroting de volgende speerpunten:": the points are the decision's."""
    decisions = [
        "kennis te nemen van de ontwerpbegroting 2026;",
        "een positieve zienswijze te geven op de ontwerpbegroting;",
        "de zienswijze vóór 4 juli te verzenden.",
    ]
    text = (
        "Raadsvoorstel\n\nBeslispunten\n\nDe raad wordt voorgesteld te besluiten:\n"
        + "".join(f"{c}. {d}\n" for c, d in zip("abc", decisions, strict=True))
        + "\nSamenvatting van de ontwerpbegroting\n\nDe GR noemt in de ontwerpbegroting de volgende speerpunten voor 2026:\n"
        + "".join(
            f"{n}. {t}\n"
            for n, t in enumerate(
                ["Betrouwbaar vervoer", "Voorbereiding aanbesteding", "Verduurzaming", "Beheersing van de kosten"], 1
            )
        )
    )
    doc = read(text + "\nArgumenten\n\nDe begroting is in lijn met de kaderbrief.\n")
    assert [p.title for p in doc.principles] == [d.rstrip(";.") for d in decisions]


def test_an_advisory_bodys_bullets_with_second_level_marks_under_them() -> None:
    """ "Wij adviseren u om bij de regio in te brengen:" over "•" points, some with "o" points of
    their own under them (a word processor's second level): the "•" points are the advice."""
    advice = ["Geef ruimte aan kleine aanbieders.", "Laat jongeren meebeslissen.", "Neem een maximale wachttijd op."]
    text = (
        "Advies inkoopkader\n\nSamenvatting van ons advies\n\nWij adviseren u om bij de regio in te brengen:\n"
        f"\u2022 {advice[0]}\no bijvoorbeeld door een apart perceel;\no en door minder administratie.\n"
        f"\u2022 {advice[1]}\n\u2022 {advice[2]}\no overbruggingszorg wordt verplicht.\n\nToelichting\n\nZie hierna.\n"
    )
    assert [p.title for p in read(text).principles] == advice


def test_a_replys_own_points_over_the_list_in_the_message_it_quotes() -> None:
    """A faction answers the griffie: "Onze punten:" 1) to 3), then the griffie's message it
    replies to, quoted ("-----Oorspronkelijk bericht-----"), with the plans it asked about."""
    own = [
        "Wij kunnen instemmen met de indexatie.",
        "Wij maken bezwaar tegen het opheffen.",
        "Wij willen aandacht voor jongeren.",
    ]
    text = (
        "Van: Marloes van Dijk\nVerzonden: dinsdag 18 maart 2025 21:47\nAan: Griffie\n\nBeste Sandra,\n\nOnze punten:\n"
        + "".join(f"{n}) {t}\n" for n, t in enumerate(own, 1))
        + "\nNamens de fractie,\nMarloes\n\n-----Oorspronkelijk bericht-----\nVan: Griffie\n\n"
        "In de kadernota worden de volgende beleidsvoornemens genoemd:\n"
        + "".join(f"{n}. {t}\n" for n, t in enumerate(["Indexatie", "Uitbreiding", "Opheffen reserve"], 1))
    )
    assert [p.title for p in read(text).principles] == own


def test_advice_announced_as_points_to_take_up_over_the_members_of_the_working_group() -> None:
    """A working group lists its eight members under "Samenstelling (peildatum 1 september
    2025):" (the day of a date is no count of the points), then announces its advice with a full
    stop ("... de volgende punten op te nemen."): the five Roman points are the advice."""
    members = "".join(f"   {n}.  Lid {n} (Gemeente {n}, Partij)\n" for n in range(1, 9))
    advice = ["Steun voor één integrale inkoop", "Populatiebekostiging met goede informatie", "Maak de norm hard"]
    numerals = ["I", "II", "III"]
    text = (
        "REGIONALE RAADSWERKGROEP\n\nAdvies aan de gemeenteraden\n\nOver de werkgroep\n\n"
        f"Samenstelling (peildatum 1 september 2025):\n{members}\n\nAdvies\n\n"
        "De werkgroep adviseert de raden om in hun zienswijze de volgende punten op te nemen.\n\n"
        + "".join(f"{r}.    {t}\n      Toelichting bij dit advies.\n\n" for r, t in zip(numerals, advice, strict=True))
    )
    assert [p.title for p in read(text).principles] == advice


def test_points_numbered_anew_under_themes_across_a_running_title_with_its_page() -> None:
    """Eight points numbered anew under three themes; between the second and the third a page
    ends with its running title and, across a gap, its page ("Koersdocument ...   pagina 4"):
    no heading that ends the list."""
    themes = {
        "Wonen": ["Thuis wonen", "Elke gemeente levert", "Nieuwe woonvormen"],
        "Ondersteuning": ["Ondersteuning beweegt mee", "Herstel voorop"],
        "Sturing": ["Eén regionale toegang", "Gezamenlijk inkopen", "Zorg en veiligheid"],
    }
    parts = []
    for k, (theme, points) in enumerate(themes.items()):
        if k == 2:
            parts.append(
                "Koersdocument Wonen met ondersteuning 2026-2032                        pagina 4\n" + "-" * 60 + "\n\n"
            )
        parts.append(
            f"Opgave: {theme}\n\n"
            + "".join(f"{n}.  {t}\n    Uitleg bij dit punt.\n\n" for n, t in enumerate(points, 1))
        )
    text = (
        "3  DE KOERS\n\nDe koers bestaat uit acht uitspraken, verdeeld over drie opgaven.\n\n\n"
        + "".join(parts)
        + "4  FINANCIËN\n\nTekst.\n"
    )
    assert [p.title for p in read(text).principles] == [t for points in themes.values() for t in points]


def test_an_advisory_councils_advice_under_ons_advies_over_the_questions_it_was_asked() -> None:
    """The college asked three questions ("U stelde ons daarbij drie vragen:"); the council
    answers under "Ons advies" with "1 -" points, which a page's footer and the letter's title
    repeated as its running header (underlined with "=") interrupt."""
    title = "Wmo-adviesraad Oosterbroek – Advies 2025/04 – Huishoudelijke hulp\n" + "=" * 80 + "\n"
    footer = (
        "-" * 80
        + "\nWmo-adviesraad Oosterbroek · Dorpsstraat 88\nsecretariaat@wmoraad.nl"
        + " " * 30
        + "pagina {n}/2\n"
    )
    advice = [
        "Neem de vaste hulp op.",
        "Stel een maximale wachttijd.",
        "Zorg voor signalering.",
        "Betrek de adviesraad.",
    ]
    text = (
        f"{title}\nGeacht college,\n\nU stelde ons daarbij drie vragen:\n\n"
        "   1. Sluit het bestek aan?\n   2. Zijn de eisen concreet?\n   3. Heeft de adviesraad opmerkingen?\n\n"
        "Wij geven een samenhangend advies.\n\nOns advies\n\n"
        + "".join(f"{n} - {t}\n\n" for n, t in enumerate(advice[:3], 1))
        + f"\n{footer.format(n=1)}\f{title}\n4 - {advice[3]}\n\nTot slot\nWij horen graag van u.\n\n{footer.format(n=2)}"
    )
    assert [p.title for p in read(text).principles] == advice


def test_a_rekenkamers_conclusions_labelled_on_lines_of_their_own() -> None:
    """ "Conclusie 1" alone on its line, the conclusion under it: with the recommendations in
    running text, the conclusions are the points; numbered as "Aanbeveling 1" too, those are."""
    conclusions = ["De raden hebben geen toetsbare doelen.", "Het college informeert vooral over het proces."]
    body = "".join(f"Conclusie {n}\n{t}\nToelichting bij de conclusie.\n\n" for n, t in enumerate(conclusions, 1))
    prose = "3  Aanbevelingen\n\nWij bevelen de raden aan doelen te stellen. Verder adviseren wij meer te weten.\n"
    text = f"Bestuurlijke nota\n\n2  Conclusies\n\n{body}\n{prose}"
    assert [p.title for p in read(text).principles] == conclusions
    advice = ["Stel meetbare doelen.", "Spreek sturingsinformatie af."]
    labelled = "3  Aanbevelingen\n\n" + "".join(f"Aanbeveling {n}\n{t}\n\n" for n, t in enumerate(advice, 1))
    assert [p.title for p in read(f"Bestuurlijke nota\n\n2  Conclusies\n\n{body}\n{labelled}").principles] == advice


def test_choices_labelled_with_a_hanging_indent_numbered_on_under_lettered_themes() -> None:
    """ "Keuze 1   Wonen met ... de" / "          uitzondering" / "          Wij bouwen ...": a
    label with its title and text indented under it is a point, not a table's row; "Keuze 3"
    goes on from "Keuze 2", not from the "Thema B" heading over it."""
    text = (
        "3  Onze keuzes\n\nWij maken vijf keuzes, verdeeld over twee thema's.\n\n\nThema A — Wonen in de wijk\n\n"
        "Keuze 1   Wonen met begeleiding wordt de norm, intramuraal de\n          uitzondering\n"
        "          Wij bouwen het aantal plaatsen af. Wie dat kan, woont\n          in een eigen woning.\n\n"
        "Keuze 2   Elke gemeente realiseert uitstroomwoningen\n          Iedere gemeente stelt woningen\n"
        "          beschikbaar voor wie uitstroomt.\n\n\nThema B — Ondersteuning die meebeweegt\n\n"
        "Keuze 3   Eén regionale toegang met lokale loketten\n          De beoordeling gebeurt regionaal.\n\n"
        "Keuze 4   Herstel en eigen regie als leidend principe\n          De ondersteuning richt zich op herstel.\n\n"
        "Keuze 5   Vroegsignalering van dakloosheid\n          Wij investeren in het eerder signaleren.\n\n"
        "4  Financiën\n\nTekst.\n"
    )
    assert [p.title for p in read(text).principles] == [
        "Wonen met begeleiding wordt de norm, intramuraal de uitzondering",
        "Elke gemeente realiseert uitstroomwoningen",
        "Eén regionale toegang met lokale loketten",
        "Herstel en eigen regie als leidend principe",
        "Vroegsignalering van dakloosheid",
    ]


def test_choices_the_council_is_asked_to_react_to_over_the_model_decision_in_an_annex() -> None:
    """A board's letter: "Wij vragen u in het bijzonder om op deze keuzes te reageren." over its
    points a. to c.; signed by the board, its name wrapped over two lines; its annex a model
    decision ("besluit: 1. kennis te nemen ...") that is no list of the letter's."""
    choices = ["Indexatie van de tarieven", "Geen nieuwe taken zonder dekking", "Een algemene reserve van 2,5 procent"]
    text = (
        "Geachte raadsleden,\n\nHierbij bieden wij u de ontwerpbegroting aan.\n\n"
        "Bij het opstellen van de begroting heeft het bestuur een aantal\n"
        "keuzes gemaakt. Wij vragen u in het bijzonder om op deze keuzes te reageren.\n\n"
        + "".join(f"{m}. {t}\nUitleg bij deze keuze.\n\n" for m, t in zip("abc", choices, strict=True))
        + "Wij zien uw reactie met belangstelling tegemoet.\n\n"
        "Het dagelijks bestuur van de Gemeenschappelijke Regeling Inkoop Sociaal Domein\nVechtdal-Zuid,\n\n"
        "de secretaris, de voorzitter,\n\n\fBijlage 3 Model-raadsbesluit\n\nDe raad van de gemeente [naam];\n\n"
        "besluit:\n\n1. kennis te nemen van de ontwerpbegroting;\n2. in te stemmen met de keuzes a tot en met c;\n"
        "3. geen zienswijze in te dienen;\n4. het college te verzoeken dit besluit toe te zenden.\n\n"
        "Aldus besloten in de openbare vergadering van [datum].\n"
    )
    doc = read(text)
    assert [p.title for p in doc.principles] == choices
    assert doc.facts.get("sender") == (
        "Het dagelijks bestuur van de Gemeenschappelijke Regeling Inkoop Sociaal Domein Vechtdal-Zuid"
    )


def test_a_table_drawn_with_box_characters_its_number_in_the_first_column() -> None:
    """ "┌──────┬───...┐" / " Nr.    Advies" / "├──────┼───...┤" / " 1      Title" / "        (text
    under it in the second column)", its bottom "└──...┘", the table drawn again after the page
    break with its header: each row's number and title a point, its text under it."""
    rule = "   {0}" + "─" * 6 + "{1}" + "─" * 50 + "{2}\n"
    head = rule.format("┌", "┬", "┐") + "    Nr.    Advies\n" + rule.format("├", "┼", "┤")
    bottom = rule.format("└", "┴", "┘")
    titles = [
        "Betrek jongeren en ouders bij het contractmanagement",
        "Houd de keuzevrijheid overeind",
        "Maak wachttijden openbaar",
    ]

    def row(n: int, title: str) -> str:
        return (
            f"    {n}      {title}\n\n           Uitleg bij dit advies, over twee\n           regels van de tabel.\n\n"
        )

    text = (
        "Geacht college,\n\nOnze adviezen hieronder.\n\nOnze adviezen\n\n"
        + head
        + row(1, titles[0])
        + row(2, titles[1])
        + bottom
        + "\n   Adviesraad Wijkerzand · secretariaat · 1\n\f"
        + head
        + row(3, titles[2])
        + bottom
        + "\nTot slot\nWij horen graag van u.\n"
    )
    assert [p.title for p in read(text).principles] == titles


def test_a_table_with_one_rule_across_it_under_its_column_names() -> None:
    """ "Nr.  Kader          Toelichting        Huidig contract" over one rule drawn across the
    table: the rule marks the columns where the names start; each title wraps in its column,
    beside the other columns' text."""
    header = (
        "  Nr.  Kader                     Toelichting                     Huidig contract\n" + "  " + "─" * 84 + "\n"
    )
    rows = (
        "  1    Veiligheid gaat vóór      Chauffeurs hebben een VOG en    VOG verplicht\n"
        "       snelheid                  volgen jaarlijks een cursus.\n\n"
        "  2    Reistijd als harde norm   De reistijd is niet langer      richtlijn 90 minuten\n"
        "                                 dan 75 minuten.\n\n"
        "  3    Vaste chauffeur en        Elke route heeft een vaste      geen eis\n"
        "       vaste route               chauffeur.\n\n"
    )
    text = (
        "Memo\n\nIn de tabel hieronder staan de drie kaders.\n\n" + header + rows + "Vervolg\nWij horen graag van u.\n"
    )
    assert [p.title for p in read(text).principles] == [
        "Veiligheid gaat vóór snelheid",
        "Reistijd als harde norm",
        "Vaste chauffeur en vaste route",
    ]


def test_a_replys_own_zienswijze_over_the_principles_named_in_the_message_it_quotes() -> None:
    """The griffie mails the council's zienswijze ("geeft het dagelijks bestuur de volgende
    zienswijze mee:" 1) to 3)) in reply to the region's letter, quoted under it, which names its
    own list as the principles ("De uitgangspunten zijn:"): the reply's points come first."""
    own = ["De raad onderschrijft de aanpak.", "De raad vraagt om een evaluatie.", "De raad is bezorgd."]
    text = (
        "Van: Griffie <griffie@gemeente.nl>\nOnderwerp: RE: Zienswijze inkoopkader\n\nGeacht bestuur,\n\n"
        "De raad geeft het dagelijks bestuur de volgende zienswijze mee:\n\n"
        + "".join(f"{n}) {t}\n\n" for n, t in enumerate(own, 1))
        + "Met vriendelijke groet,\n\nde griffier\n\n-----Oorspronkelijk bericht-----\nVan: Secretariaat\n\n"
        "Geachte raad,\n\nDe uitgangspunten zijn:\n"
        + "".join(
            f"{n}. {t}\n" for n, t in enumerate(["Het kind centraal", "Normaliseren", "Eén toegang", "Reële prijs"], 1)
        )
    )
    assert [p.title for p in read(text).principles] == own


def test_markdown_escaped_numbers_are_numbers() -> None:
    """A Word document exported to Markdown escapes every number's stop ("1\\. Inleiding",
    "### 2\\. Eigen kracht"): the numbers are read as they show."""
    text = (
        "# Raadsvoorstel\n\n## 1\\. Inleiding\n\nTekst.\n\n## Uitgangspunten\n\n"
        "Het college hanteert de volgende uitgangspunten.\n\n"
        "### 1\\. Ondersteuning dichtbij\n\nUitleg.\n\n### 2\\. Eigen kracht eerst\n\nUitleg.\n\n"
        "### 3\\. Sturen op resultaat\n\nUitleg \\*met nadruk\\*.\n"
    )
    doc = read(text)
    assert [p.title for p in doc.principles] == ["Ondersteuning dichtbij", "Eigen kracht eerst", "Sturen op resultaat"]
    assert "\\" not in doc.text


def test_a_reaction_beside_each_lettered_point_in_a_table_ruled_under_its_column_names() -> None:
    """ "Beslispunt initiatiefvoorstel     Reactie van het college" over one rule of dashes; each
    row a lettered point ("a. Het college op te dragen ...") wrapped in its column, the college's
    answer beside it: the points are the lettered sentences."""
    rows = [
        ("Het college op te dragen de reistijd", "terug te brengen naar een uur.", "Wij ondersteunen dit."),
        ("Het college te verzoeken ouders een", "vast aanspreekpunt te bieden.", "Wij ontraden dit."),
        ("De raad ieder halfjaar te informeren", "over de klachten.", "Dit nemen wij over."),
    ]
    table = "  Beslispunt initiatiefvoorstel             Reactie van het college\n  " + "-" * 80 + "\n"
    for letter, (first, second, answer) in zip("abc", rows, strict=True):
        table += f"  {letter}. {first:<38} {answer}\n     {second}\n\n"
    text = (
        "Geachte raad,\n\nHieronder geven wij per beslispunt onze reactie.\n\n"
        + table
        + "Hoogachtend,\n\nhet college\n"
    )
    assert [p.title for p in read(text).principles] == [f"{a} {b}" for a, b, _ in rows]


def test_advice_and_the_colleges_answer_in_a_table_whose_column_names_wrap() -> None:
    """ "Nr  Advies      Reactie college     Over-" / "genomen" over a rule of dashes, a rule that
    closes the table, an advice's word broken over its cell's lines ("bijvoor-" / "beeld"): each
    advice is a point, its sentence the title, the college's answer no part of it."""
    rule = "-" * 86 + "\n"
    table = (
        "Nr  Advies Wmo-raad                      Reactie college                      Over-\n"
        + " " * 78
        + "genomen\n"
        + rule
        + "1   Betrek cliënten bij het opstellen     De regio organiseert panels.        ja\n"
        "    van de criteria, bijvoor-             Wij vragen kandidaten.\n    beeld via een panel.\n\n"
        "2   Houd vast aan het resultaat-          De regio kiest daarvoor.            ja\n    gericht indiceren.\n\n"
        "3   Evalueer de nieuwe contracten.        Wij vragen een evaluatie.           ja\n" + rule
    )
    text = (
        "Geachte raad,\n\nOnze reactie staat in onderstaande tabel.\n\n"
        + table
        + "\nMet vriendelijke groet,\n\nhet college\n"
    )
    assert [p.title for p in read(text).principles] == [
        "Betrek cliënten bij het opstellen van de criteria, bijvoorbeeld via een panel.",
        "Houd vast aan het resultaatgericht indiceren.",
        "Evalueer de nieuwe contracten.",
    ]


def test_a_page_set_in_two_columns_is_read_column_by_column() -> None:
    """``pdftotext -layout`` of a page in two columns: each line holds a line of the left column
    and one of the right beside it, their paragraphs ending on different lines. The left column
    is read first, then the right, page by page; the points run on from one column into the next."""

    def page(left: list[str], right: list[str]) -> str:
        rows = max(len(left), len(right))
        left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
        return "".join(f"{a:<50}{b}".rstrip() + "\n" for a, b in zip(left, right, strict=True))

    one = page(
        [
            "De uitgangspunten zijn geordend in twee",
            "thema's.",
            "",
            "1. Schulden vroeg signaleren",
            "Alle gemeenten sluiten aan op de landelijke",
            "vroegsignalering.",
            "",
            "2. Geen uitstroom zonder woonplek",
            "Niemand verlaat een instelling zonder",
            "woonplek.",
        ],
        [
            "3. Opvang is kort en gericht op doorstroom",
            "Het verblijf duurt in principe niet",
            "langer dan drie maanden.",
            "",
            "4. Kleinschalige opvang",
            "Grote locaties worden afgebouwd.",
            "Nieuwe locaties hebben hooguit",
            "25 plekken.",
            "      412   plaatsen",
            "       94   nachtopvang",
        ],
    )
    two = page(
        [
            "5. Housing First als vaste route",
            "Voor dakloze inwoners is Housing First",
            "de vaste route.",
            "",
            "6. Vijf procent van de woningen",
            "Elke gemeente reserveert vijf procent",
            "van de vrijkomende woningen.",
        ],
        [
            "7. Regionale toegang, lokale deuren",
            "De toegang blijft regionaal, wie zich",
            "meldt kan ook bij het wijkteam terecht.",
            "",
            "8. Ervaringsdeskundigen in elk team",
            "In de toegang en de opvang werken",
            "ervaringsdeskundigen mee.",
        ],
    )
    text = (
        "Regiovisie\n\n3  Acht uitgangspunten\n\n"
        + one
        + "\nRegiovisie 2026-2030     3\n\f"
        + two
        + "\n4  Financiën\n\nTekst.\n"
    )
    assert [p.title for p in read(text).principles] == [
        "Schulden vroeg signaleren",
        "Geen uitstroom zonder woonplek",
        "Opvang is kort en gericht op doorstroom",
        "Kleinschalige opvang",
        "Housing First als vaste route",
        "Vijf procent van de woningen",
        "Regionale toegang, lokale deuren",
        "Ervaringsdeskundigen in elk team",
    ]


def test_bullets_counted_in_the_paragraph_before_them() -> None:
    """ "... leggen wij u de vier uitgangspunten voor ... . Wij stellen het op prijs als u ..."
    over four bullets: the count, not the last sentence, names them."""
    points = ["Keuzevrijheid voor de inwoner", "Vaste hulp, vaste tijden", "Een reële prijs", "Minder administratie"]
    text = (
        "Geachte leden van de raad,\n\nVoordat wij het bestek schrijven, leggen wij u de vier uitgangspunten voor die "
        "wij willen hanteren. Wij stellen het op prijs als u uiterlijk 25 oktober 2024 reageert.\n\n"
        + "".join(f"  •  {t} – uitleg bij dit punt.\n" for t in points)
        + "\nMet vriendelijke groet,\n\nHet college\n\nBijlagen\n  •  Programma van eisen\n  •  Verslag\n"
    )
    assert [p.title for p in read(text).principles] == points


def test_a_councils_own_two_labelled_points_over_the_five_it_quotes_from_the_kadernota() -> None:
    """The council quotes the five kaders "uit de Kadernota 2026", then gives "de volgende
    zienswijze" as "Zienswijze 1 — ..." and "Zienswijze 2 — ...": its own two are the points."""
    text = (
        "Geachte bestuursleden,\n\nU heeft de begroting opgesteld binnen de kaders uit de Kadernota 2026, die de raden "
        "vorig jaar hebben besproken:\n\n"
        + "".join(f"   {n}. kader nummer {n};\n" for n in range(1, 6))
        + "\nDe raad geeft u de volgende zienswijze mee.\n\n"
        "Zienswijze 1 — Indexatie volgens de werkelijke loonontwikkeling\nDe raad stemt in, maar vraagt meer.\n\n"
        "Zienswijze 2 — Terughoudendheid met de algemene reserve\nDe raad vindt de reserve hoog.\n\nHoogachtend,\n"
    )
    assert [p.title for p in read(text).principles] == [
        "Indexatie volgens de werkelijke loonontwikkeling",
        "Terughoudendheid met de algemene reserve",
    ]


def test_the_one_principle_as_a_heading_under_the_word_alone() -> None:
    """ "Het uitgangspunt" (underlined) over "Eén inzamelsysteem voor de hele regio" and its
    explanation: a framework of one point."""
    text = (
        "Geachte raadsleden,\n\nWij leggen u één uitgangspunt voor.\n\n\nHet uitgangspunt\n----------------\n\n"
        "Eén inzamelsysteem voor de hele regio\n\nMet ingang van 2027 zamelen wij overal op dezelfde manier in.\n\n\n"
        "Planning\n  1.  6 februari 2025       concept vrijgegeven\n  2.  t/m 30 april 2025     zienswijzetermijn\n"
        "  3.  26 juni 2025          vaststelling\n  4.  1 januari 2027        invoering\n"
    )
    assert [p.title for p in read(text).principles] == ["Eén inzamelsysteem voor de hele regio"]


@pytest.mark.parametrize("marks", [["[1]", "[2]", "[3]"], ["①", "②", "③"], ["❶", "❷", "❸"]])
def test_points_numbered_in_brackets_or_circles(marks: list[str]) -> None:
    """ "[1] Vraag jongeren zelf wat werkt", "① Maak de inkoop ...": numbers as written."""
    titles = ["Vraag jongeren zelf wat werkt", "Eén vaste hulpverlener", "Betaal ervaringsdeskundigen"]
    text = (
        "Advies\n\nDit is ons advies.\n\n"
        + "".join(f"{m} {t}\nUitleg bij dit advies.\n\n" for m, t in zip(marks, titles, strict=True))
        + "> \n\nNamens de jongerenraad,\nNoor\n"
    )
    assert [p.title for p in read(text).principles] == titles


@pytest.mark.parametrize("codes", [["UP-1", "UP-2", "UP-3"], ["K1", "K2", "K 3"]])
def test_points_with_codes_and_a_hanging_indent(codes: list[str]) -> None:
    """ "UP-2   Minder en vaster: een beperkt aantal hoofdaanbieders per" / "       segment": a
    point's code before its title, which wraps under itself; a scan's "K 3" is K3."""
    text = (
        "De drie uitgangspunten zijn:\n\n\n"
        f"{codes[0]}   Resultaatgericht inkopen\n       Uitleg bij het eerste.\n\n"
        f"{codes[1]}   Minder en vaster: een beperkt aantal hoofdaanbieders per\n       segment\n\n"
        "       Uitleg bij het tweede.\n\n"
        f"{codes[2]}   Lokale toegang blijft de poort\n       Uitleg bij het derde.\n\n"
        "Vervolg\n\nTekst.\n"
    )
    assert [p.title for p in read(text).principles] == [
        "Resultaatgericht inkopen",
        "Minder en vaster: een beperkt aantal hoofdaanbieders per segment",
        "Lokale toegang blijft de poort",
    ]


def test_the_councils_own_zienswijze_over_the_kaders_of_the_document_it_sums_up() -> None:
    """Under "Het koersdocument in het kort" the six kaders I to VI the council reacts to; under
    "Zienswijze van de raad" its own five, "Zienswijze 1:" to "Zienswijze 5:"."""
    text = (
        "Het koersdocument in het kort\n\nHet koersdocument stelt zes kaders voor de samenwerking voor:\n\n"
        + "".join(f"    {r}.    kader {r} van de regio;\n" for r in ["I", "II", "III", "IV", "V", "VI"])
        + "\nDe raad geeft hieronder zijn zienswijze.\n\nZienswijze van de raad\n\n"
        + "".join(f"Zienswijze {n}:  Eigen punt {n}\nUitleg.\n\n" for n in range(1, 6))
    )
    assert [p.title for p in read(text).principles] == [f"Eigen punt {n}" for n in range(1, 6)]


def test_a_colleges_reaction_point_by_point_with_ad_and_labels_read_from_scans() -> None:
    """ "Ad 1.  Stel normen voor doorlooptijden vast" (a reaction to each recommendation, under its
    title), "Ad a)" for lettered ones; under a summary list "Ad 1." explains its points instead."""
    titles = ["Stel normen voor doorlooptijden vast", "Verbeter de registratie", "Betrek cliëntondersteuning"]
    numbered = "".join(f"Ad {n}.  {t}\nDe reactie van het college.\n\n" for n, t in enumerate(titles, 1))
    text = "Geachte raad,\n\nHieronder onze reactie.\n\nSamenvatting:\n- sinds april werken wij sneller;\n- het systeem wordt vervangen;\n\n"
    assert [p.title for p in read(text + numbered).principles] == titles
    lettered = "".join(f"Ad {m})  {t}\nDe reactie.\n\n" for m, t in zip("abc", titles, strict=True))
    assert [p.title for p in read(text + lettered).principles] == titles
    summary = "Onze adviezen in het kort\n\n" + "".join(f"   {n}.  {t}\n" for n, t in enumerate(titles, 1))
    explained = "\nToelichting\n\n" + "".join(f"Ad {n}. Wij hebben dit gehoord van cliënten.\n\n" for n in range(1, 4))
    assert [p.title for p in read(f"Advies\n\n{summary}{explained}").principles] == titles


@pytest.mark.parametrize("label", ["Aanbeveling l:", "ADVIES #1 --"])
def test_a_first_label_as_a_scan_or_a_hash_writes_it(label: str) -> None:
    """A scan's "Aanbeveling l:" (for 1) and "ADVIES #1 -- Title": the first point of its list."""
    word = label.split()[0]
    rest = [f"{word} 2:", f"{word} 3:"] if "#" not in label else ["ADVIES #2 --", "ADVIES #3 --"]
    text = "Onze aanbevelingen\n\n" + "".join(
        f"{mark}  Titel van punt {n}\nUitleg.\n\n" for n, mark in enumerate([label, *rest], 1)
    )
    assert [p.title for p in read(text).principles] == [f"Titel van punt {n}" for n in range(1, 4)]


def test_advice_announced_as_het_volgende_advies_over_the_sources_listed_before_it() -> None:
    """ "Voor ons advies hebben wij gebruikgemaakt van:" 1) to 3), then "Daarom geven wij u het
    volgende advies." over (a) to (c): the advice."""
    advice = ["Laat de overgang pas plaatsvinden als er een woning is.", "Neem een vaste begeleider op.", "Betrek ons."]
    text = (
        "Geacht college,\n\nVoor ons advies hebben wij gebruikgemaakt van:\n   1) het concept;\n   2) de regiovisie;\n"
        "   3) gesprekken met bewoners.\n\nIn het algemeen zijn wij positief. Wij hebben wel zorgen. Daarom geven wij u "
        "het volgende advies.\n\n"
        + "".join(f"   ({m}) {t}\n" for m, t in zip("abc", advice, strict=True))
        + "\nMet vriendelijke groet,\n"
    )
    assert [p.title for p in read(text).principles] == advice


def test_titles_in_capitals_wrapped_and_titles_in_lower_case_over_their_text() -> None:
    """A document in capitals wraps a title in capitals ("... MET EEN BONUS VOOR" / "KWALITEIT EN
    STIPTHEID"); one in lower case sets a title over its explanation ("1) indexatie volgens de cao
    gemeenten" / "   de loonkosten stijgen ..."), the next line's first word fitting on the title's."""
    caps = (
        "3. UITGANGSPUNTEN\n\nUITGANGSPUNT 1 – DE REIZIGER STAAT CENTRAAL\nDe reiziger kiest.\n\n"
        "UITGANGSPUNT 2 – BETALEN PER RIT, MET EEN BONUS VOOR\nKWALITEIT EN STIPTHEID\nVervoerders worden per rit betaald.\n"
    )
    assert [p.title for p in read(caps).principles] == [
        "DE REIZIGER STAAT CENTRAAL",
        "BETALEN PER RIT, MET EEN BONUS VOOR KWALITEIT EN STIPTHEID",
    ]
    lower = (
        "de kadernota rust op drie uitgangspunten:\n\n1) indexatie volgens de cao gemeenten\n"
        "   de loonkosten stijgen in 2026 naar verwachting met 4,1 procent, de\n   materiële kosten met 2,6 procent.\n\n"
        "2) geen nieuw beleid zonder besluit van de raden\n   nieuwe taken of intensiveringen nemen wij alleen op als alle\n"
        "   drie de raden daarmee hebben ingestemd.\n\n3) een weerstandsratio van minimaal 1,0\n"
        "   de algemene reserve is voldoende om de gekwantificeerde risico's af te\n   dekken.\n"
    )
    assert [p.title for p in read(lower).principles] == [
        "indexatie volgens de cao gemeenten",
        "geen nieuw beleid zonder besluit van de raden",
        "een weerstandsratio van minimaal 1,0",
    ]


def test_a_motion_whose_parts_stand_over_dashes_without_colons() -> None:
    """ "constaterende dat" / "- ..." / "overwegende dat" / "- ..." / "verzoekt het college" / "- ...":
    the dictum's dashes are the points; its movers are who sends it, not the council's opening."""
    text = (
        "MOTIE M2024-11\n\nDe raad van de gemeente Ravensloot, in vergadering bijeen op 14 maart 2024,\n\n"
        "constaterende dat\n- de regio het vervoer heeft gegund;\n- klachten zijn ingediend;\n\n"
        "overwegende dat\n- een lange reistijd kinderen schaadt;\n- het contract een evaluatie kent;\n\n"
        "verzoekt het college\n- in het overleg aan te dringen op 60 minuten;\n- ouders te informeren;\n"
        "- de raad halfjaarlijks te informeren,\n\nen gaat over tot de orde van de dag.\n\n"
        "Ingediend door de fracties van Lokaal Ravensloot, CDA en D66:\n\nM. Pieters      H.J. ten Brinke\n"
    )
    doc = read(text)
    assert [p.title for p in doc.principles] == [
        "in het overleg aan te dringen op 60 minuten",
        "ouders te informeren",
        "de raad halfjaarlijks te informeren",
    ]
    assert doc.facts.get("sender") == "de fracties van Lokaal Ravensloot, CDA en D66"


def test_points_made_in_turn_ten_eerste_ten_tweede() -> None:
    """ "Ten eerste: de bijdrage ...", "Ten tweede: ...", "Ten derde: ...": three points in turn."""
    text = (
        "Geacht bestuur,\n\nDe raad wil u drie zaken meegeven.\n\n"
        "Ten eerste: de bijdrage stijgt te veel. De raad vraagt een toelichting.\n\n"
        "Ten tweede: de raad steunt de investering in de kazerne.\n\n"
        "Ten derde: de raad vraagt u de raden eerder te betrekken.\n\nTot slot danken wij u.\n\nMet vriendelijke groet,\n"
    )
    assert [p.title for p in read(text).principles] == [
        "de bijdrage stijgt te veel",
        "de raad steunt de investering in de kazerne",
        "de raad vraagt u de raden eerder te betrekken",
    ]


def test_a_factions_reply_its_points_as_dashes_its_signature_and_the_message_it_quotes() -> None:
    """ "hierbij onze punten ...:" over "- " lines, then "Groet, / Saskia / Namens de fractie van
    Vennebroek Vooruit," and a signature with dashes of its own; the griffie's message it answers
    quoted under it, with a list and a signature: the reply's points, the faction its sender."""
    own = ["de toegang blijft lokaal", "een budgetplafond alleen met een vangnet", "geen harde knip op 18 jaar"]
    text = (
        "Van: Saskia Verhoef <s.verhoef@raad.nl>\nOnderwerp: RE: inbreng zienswijze\n\nHoi Marleen,\n\n"
        "Zoals afgesproken hierbij onze punten voor de gezamenlijke zienswijze. Kort en zonder opmaak:\n\n"
        + "".join(f"- {t}\n" for t in own)
        + "\nGroet,\nSaskia\n\nNamens de fractie van Vennebroek Vooruit,\nSaskia Verhoef | fractievoorzitter\n--\n"
        "- tel. 06 41 27 90 33\n- ik werk niet op woensdag\n\n-----Oorspronkelijk bericht-----\nVan: Griffie\n\n"
        "Het inkoopkader gaat over:\n- de percelen\n- de bekostiging\n- de looptijd\n- het contractmanagement\n\n"
        "Met vriendelijke groet,\n\nMarleen Dijkhuis\ngriffier\n"
    )
    doc = read(text)
    assert [p.title for p in doc.principles] == own
    assert doc.facts.get("sender") == "De fractie van Vennebroek Vooruit"


def test_a_factions_points_as_the_rows_of_a_table_announced_with_a_full_stop() -> None:
    """ "... dat de zienswijze de volgende punten bevat." over a Markdown table "| Punt |
    Toelichting |" whose rows are the points, their explanation wrapped in the second column."""
    rows = ["Wachtlijst begeleiding eerst", "Geen lumpsum voor dagbesteding", "Mantelzorgers meetellen"]
    table = "| Punt | Toelichting |\n|---|---|\n" + "".join(
        f"| {t} | De wachttijd voor begeleiding liep in 2024 op tot veertien weken; |\n|  | eerst dit. |\n"
        for t in rows
    )
    text = f"Voorzitter,\n\nWij willen dat de zienswijze in elk geval de volgende punten bevat.\n\n{table}\nJeroen Wassink\n"
    assert [p.title for p in read(text).principles] == rows


def test_a_proposals_decision_over_the_pillars_it_says_are_not_to_be_decided_and_its_draft_decision() -> None:
    """A raadsvoorstel: its beslispunten first; further on six pillars of the framework ("Wij
    vragen u niet om over elk van deze pijlers afzonderlijk te besluiten"); at its end the
    ontwerpbesluit repeats the beslispunten, shortened. The first decision is the one presented."""
    decision = [
        "Het kader vast te stellen met alles erin.",
        "In te stemmen met de overgang naar het model.",
        "Het college opdracht te geven tot een convenant.",
    ]
    short = ["het kader vast te stellen;", "in te stemmen met de overgang;", "het college opdracht te geven;"]
    text = (
        "Raadsvoorstel\n\nVOORGESTELD BESLUIT\n\nDe raad wordt voorgesteld:\n\n"
        + "".join(f"{n}.  {t}\n" for n, t in enumerate(decision, 1))
        + "\nHet kader rust op zes pijlers:\n"
        + "".join(f"- pijler nummer {n};\n" for n in range(1, 7))
        + "\nWij vragen u niet om over elk van deze pijlers afzonderlijk te besluiten.\n\n"
        "ONTWERPBESLUIT\n\nDe raad van de gemeente Oostervaart;\n\nbesluit:\n\n"
        + "".join(f"{n}. {t}\n" for n, t in enumerate(short, 1))
    )
    assert [p.title for p in read(text).principles] == decision


def test_a_factions_own_points_after_onze_punten_and_a_footnote_stuck_to_a_title() -> None:
    """An e-mail's "... Onze punten:" over "1) Indexatie - ..." (the faction's own) above the
    griffie's quoted message with the kaders "uit de kadernota"; signed "Namens fractie ...,"
    without an article. And "Kader 3 – Eigen bijdrage naar draagkracht3": the 3 a footnote's."""
    text = (
        "Van: Annelies <a@raad.nl>\nOnderwerp: RE: Inbreng\n\nBeste Marieke,\n\nAlgemeen: wij kunnen ons vinden in de "
        "kadernota. Onze punten:\n\n1) Indexatie - Akkoord, mits zichtbaar.\n\n2) Weerstandsvermogen - Aan de hoge kant.\n\n"
        "3) Informatie aan de raden - Graag twee keer per jaar.\n\nNamens fractie Lokaal Sterk Waterlanden,\n\nAnnelies\n\n"
        "-----Oorspronkelijk bericht-----\nVan: Griffie\n\nHet AB vraagt te reageren op de volgende kaders uit de kadernota:\n\n"
        + "".join(f"> {n}. Kader {n} van de GGD.\n" for n in range(1, 7))
    )
    doc = read(text)
    assert [p.title for p in doc.principles] == ["Indexatie", "Weerstandsvermogen", "Informatie aan de raden"]
    assert doc.facts.get("sender") == "Fractie Lokaal Sterk Waterlanden"
    kaders = "".join(
        f"Kader {n} – {t}\nUitleg.\n\n"
        for n, t in enumerate(["Eén verordening", "Eigen bijdrage naar draagkracht3"], 1)
    )
    assert [p.title for p in read(f"De kaders\n\n{kaders}").principles] == [
        "Eén verordening",
        "Eigen bijdrage naar draagkracht",
    ]


def test_a_decisions_points_as_paragraphs_whose_numbers_were_lost() -> None:
    """ "De raad wordt voorgesteld te besluiten:" over paragraphs in lower case, each ending in a
    semicolon, the last in a full stop: Word's numbering lost, they are the beslispunten."""
    points = ["kennis te nemen van de ontwerpbegroting;", "in te stemmen met de koers;", "de gevolgen te verwerken."]
    text = "RAADSVOORSTEL\n\nVoorgesteld besluit\n\nDe raad wordt voorgesteld te besluiten:\n\n" + "\n\n".join(points)
    text += "\n\n\nSamenvatting\n\nDe GGD heeft de begroting toegezonden.\n"
    assert [p.title for p in read(text).principles] == [p.rstrip(";.") for p in points]


def test_a_councils_zienswijze_below_the_questions_it_was_asked() -> None:
    """The questions "U legt de raden ... drie vragen voor:" as dashes, then "Hieronder treft u onze
    zienswijze aan." over "(1) Financieel kader" ...: the council's own points."""
    own = ["Financieel kader en indexatie", "Beschut werk", "Bestemmingsreserve Transitie SW"]
    text = (
        "Geacht bestuur,\n\nIn uw brief vraagt u ons een zienswijze. U legt de raden daarbij drie vragen voor:\n"
        "  -  kunnen de raden instemmen?\n  -  steunen de raden de uitbreiding?\n  -  stemmen de raden in?\n\n"
        "Onze raad heeft de begroting besproken. Hieronder treft u onze zienswijze aan.\n\n"
        + "".join(f"({n}) {t}\n    De raad vindt er iets van.\n\n" for n, t in enumerate(own, 1))
    )
    assert [p.title for p in read(text).principles] == own


def test_a_motion_whose_clauses_each_stand_a_blank_line_apart() -> None:
    """ "De raad ..., in vergadering bijeen ...," / blank / "gehoord de beraadslaging," / blank /
    "constaterende dat:": each clause of a motion a paragraph of its own, not one text set with
    blank lines between its lines (round 26a's motion, as written). The considerations numbered
    1. to 4., the dictum lettered a. to e."""
    doc = read(MOTION_BLANK_LINES)
    assert [p.title[:40] for p in doc.principles] == [
        "zich in het regionale opdrachtgeversover",
        "in het Programma van Eisen te laten opne",
        "de gunning voor ten minste 60% te laten ",
        "ouders en het samenwerkingsverband passe",
        "de raad vóór 1 februari 2025 te informer",
    ]


MOTION_BLANK_LINES = "MOTIE\n\nRaadsvergadering:   3 oktober 2024\nAgendapunt:         9 - Kaders regionale aanbesteding leerlingenvervoer 2025-2029\nMotienummer:        M2024-31\nOnderwerp:          Kind centraal in het leerlingenvervoer\n\nDe raad van de gemeente Hengelveen, in vergadering bijeen op 3 oktober 2024,\n\ngehoord de beraadslaging,\n\nconstaterende dat:\n- de gemeenten Hengelveen, Diepenbroek en Lochemerveld het leerlingenvervoer vanaf het\n  schooljaar 2025-2026 gezamenlijk aanbesteden;\n- in het concept-Programma van Eisen een maximale reistijd van 75 minuten enkele reis is\n  opgenomen, terwijl de Verordening leerlingenvervoer Hengelveen 2019 uitgaat van 60 minuten;\n- ouders in de evaluatie van 2023 wisselende chauffeurs en late wijzigingen in de ritplanning als\n  grootste knelpunten noemden;\n- in het huidige contract 14% van de ritten meer dan tien minuten te laat aankwam;\n\noverwegende dat:\n1. lange reistijden voor kinderen met een beperking of gedragsproblematiek leiden tot vermoeidheid,\n   onrust en minder leerrendement;\n2. een vaste chauffeur voor deze kinderen voorspelbaarheid en veiligheid biedt;\n3. de raad bij de vaststelling van de kaders uitdrukkelijk heeft gevraagd het kind centraal te stellen\n   en niet alleen de prijs;\n4. een regionale aanbesteding alleen slaagt als de deelnemende gemeenten met één mond spreken,\n   en het college daarom tijdig zijn inbreng moet leveren;\n\nverzoekt het college:\na. zich in het regionale opdrachtgeversoverleg in te zetten voor een maximale reistijd van 60 minuten\n   enkele reis, in lijn met de eigen verordening;\nb. in het Programma van Eisen te laten opnemen dat kinderen in het aangepast vervoer zoveel mogelijk\n   een vaste chauffeur en een vaste bijrijder hebben;\nc. de gunning voor ten minste 60% te laten plaatsvinden op kwaliteit en ten hoogste 40% op prijs;\nd. ouders en het samenwerkingsverband passend onderwijs te betrekken bij de beoordeling van de\n   kwalitatieve onderdelen van de inschrijvingen;\ne. de raad vóór 1 februari 2025 te informeren over de uitkomst van het regionale overleg en de\n   definitieve eisen in het Programma van Eisen,\n\nen gaat over tot de orde van de dag.\n\n\nIngediend door:\n\nGemeentebelangen Hengelveen      CDA                    GroenLinks-PvdA       ChristenUnie\nR. Hoitink                       M.J. te Brake          S. Yilmaz             G. Wolters-Ribbers\n\n\n\nAangenomen / Verworpen          Stemverhouding: ........ voor / ........ tegen\n"


def _proposal(explanation: str) -> str:
    return (
        "Raadsvoorstel\n\nOnderwerp   Zienswijze ontwerpbegroting 2026 GR Sociaal Domein\nDatum       3 maart 2025\n\n"
        "Te nemen besluit\n\n"
        "Beslispunt 1\nEen positieve zienswijze te geven op de ontwerpbegroting 2026 van de GR,\n"
        "met de kanttekening dat de bijdrage niet sneller stijgt dan het accres.\n\n"
        "Beslispunt 2\nKennis te nemen van het jaarplan 2026 van de GR.\n\n"
        "Beslispunt 3\nDe bijdrage voor 2026 te verwerken in de kadernota.\n\n" + explanation + "\n\nArgumentatie\n\n"
        "Ad 1. De begroting is sluitend.\nToelichting.\n"
    )


DECIDED = [
    "Een positieve zienswijze te geven op de ontwerpbegroting 2026 van de GR,",
    "Kennis te nemen van",
    "De bijdrage voor",
]


def test_labelled_decision_points_over_a_longer_list_a_sentence_names() -> None:
    """ "Beslispunt 1" over its sentence, three times, then the explanation names the plan's seven
    themes ("Het jaarplan beschrijft zeven ontwikkelingen:" 1. to 7.): the decision was taken for an aside,
    being less than half as long as the themes."""
    themes = "".join(f"{n}. Opgave nummer {n}\n" for n in range(1, 8))
    text = _proposal(
        "Inleiding\n\nDe GR stuurde ons haar stukken.\n\nHet jaarplan beschrijft zeven ontwikkelingen:\n" + themes
    )
    text = text.replace(
        "jaarplan 2026 van de GR.\n",
        "jaarplan 2026 van de GR, en daarbij:\n   2a. iets te doen;\n   2b. iets anders.\n",
    )
    doc = read(text)
    assert [p.title[: len(t)] for p, t in zip(doc.principles, DECIDED, strict=True)] == DECIDED


def test_decision_points_over_another_documents_points_they_do_not_name() -> None:
    """The decision points beside the plan's three speerpunten as bullets (which no decision
    names): the speerpunten won, as a named list wins over the decision about it ("de kaders vast
    te stellen"); that rule holds only where the decision names the list."""
    bullets = "".join(f"   -  speerpunt over onderwerp {n};\n" for n in "abc")
    doc = read(_proposal("Wat gaan we doen?\nHet jaarplan noemt drie speerpunten voor 2026:\n" + bullets))
    assert [p.title[: len(t)] for p, t in zip(doc.principles, DECIDED, strict=True)] == DECIDED
    named = _proposal("Wat gaan we doen?\nHet jaarplan noemt drie speerpunten voor 2026:\n" + bullets)
    named = named.replace(
        "Kennis te nemen van het jaarplan 2026",
        "De speerpunten vast te stellen, en kennis te nemen van het jaarplan 2026",
    )
    assert [p.title for p in read(named).principles] == [f"speerpunt over onderwerp {n}" for n in "abc"]


def _motion(closing: str) -> str:
    return (
        "MOTIE\n\nDe gemeenteraad van Dalwijk, in vergadering bijeen op 12 maart 2025,\n\n"
        "constaterende dat:\n-  de regio de hulp opnieuw inkoopt;\n\noverwegende dat:\n-  reistijd telt;\n\n"
        "verzoekt het college:\n1.  in de regio te pleiten voor korte reistijden;\n"
        "2.  de raad vóór 1 januari 2026 te informeren over de reistijden;\n\n"
        "en gaat over tot de orde van de dag.\n\n" + closing
    )


@pytest.mark.parametrize(
    ("closing", "mover"),
    [
        ("Ingediend door:\n\nAnouk de Wit\nfractie D66\n", "Anouk de Wit"),
        ("Ingediend door:\nH. van Dijk, D66\n", "H. van Dijk"),
        ("Ingediend door: K. Bakker-Mulder (ChristenUnie)\n", "K. Bakker-Mulder"),
        ("Indiener:\n\nR. Mulder (ChristenUnie)\n", "R. Mulder"),
        (
            "Ingediend door de fracties van Lokaal Dalwijk en CDA:\n\nM. Pieters      H.J. ten Brinke\n",
            "de fracties van Lokaal Dalwijk en CDA",
        ),
    ],
)
def test_a_motions_mover_is_its_sender_without_the_party_beside_the_name(closing: str, mover: str) -> None:
    """The mover signs under "Ingediend door:" or "Indiener:" on a line of its own, the party beside
    the name or under it: the name. (No sender was found, or "K. Bakker-Mulder (ChristenUnie)".)"""
    assert read(_motion(closing)).facts.get("sender") == mover


def test_a_motions_date_is_when_it_was_moved_and_it_sets_the_council_no_deadline() -> None:
    """ "Aldus ingediend op 10 maart 2025" is the motion's date (not the meeting's, 12 March); what
    the motion asks of the college by a date ("de raad vóór 1 januari 2026 te informeren") is no
    deadline for the council's answer."""
    facts = read(_motion("Aldus ingediend op 10 maart 2025\n\nIngediend door: A. Smit (VVD)\n")).facts
    assert facts.get("date") == "2025-03-10"
    assert "deadline" not in facts
    letter = "Geachte raad,\n\nWij vragen u de raad vóór 1 januari 2026 te informeren.\n\nMet vriendelijke groet,\n\nHet college\n"
    assert read(letter).facts.get("deadline") == "2026-01-01"  # (a letter's "vóór" still says one)


REPORT = (
    "Rekenkamercommissie Dalwijk\n\nOnderzoek naar het parkeerbeleid\n\n"
    "1   Inleiding\n\nDe commissie onderzocht het parkeerbeleid.\n\n"
    "2   Conclusies\n\nDeelconclusies\n"
    "1.  De doelen van het beleid zijn niet meetbaar.\n    Er is geen streefwaarde.\n"
    "2.  De raad krijgt weinig informatie.\n    Rapportages ontbreken.\n"
    "3.  De handhaving is onderbezet.\n    Er zijn vacatures.\n"
    "4.  De kosten stijgen.\n    Vooral door tarieven.\n\n"
    "3   Aanbevelingen\n\nOp basis van de conclusies doet de commissie de volgende aanbevelingen. "
    "De eerste twee zijn gericht aan de raad.\n\nAan de raad\n\n"
    "1.  Stel meetbare doelen vast.\n\n2.  Spreek een vast moment voor verantwoording af.\n\n"
    "Aan het college\n\n3.  Vul de vacatures in de handhaving.\n\n4.  Rapporteer jaarlijks over de kosten.\n\n"
    "4   Reactie van het college\n\nHet college neemt de aanbevelingen over.\n"
)


def test_a_reports_recommendations_over_its_conclusions() -> None:
    """A rekenkamer's four numbered conclusions, then its four recommendations under "Aan de raad"
    and "Aan het college", numbered on: the recommendations, which the council is asked to take
    over (the conclusions came first and were taken)."""
    doc = read(REPORT)
    assert [p.title for p in doc.principles] == [
        "Stel meetbare doelen vast.",
        "Spreek een vast moment voor verantwoording af.",
        "Vul de vacatures in de handhaving.",
        "Rapporteer jaarlijks over de kosten.",
    ]
    findings_only = REPORT.split("3   Aanbevelingen")[0]
    assert [p.title for p in read(findings_only).principles][:1] == ["De doelen van het beleid zijn niet meetbaar."]


def test_a_lettered_point_with_dashes_its_own_text_introduces() -> None:
    """ "a. Resultaatgericht inkopen" / its text ending "Dit betekent:" / three dashes / "b. ..." to
    "e.": the dashes are a's sub-points and the letters go on after them (a. was lost: its dashes
    were taken for a new list, and b. to e. for another). Dashes after the last letter, under a
    lead-in of their own, are still a list of their own."""
    points = ["Resultaatgericht inkopen", "Ruimte voor vakmanschap", "Keuzevrijheid", "Eén aanspreekpunt", "Lokaal"]
    body = "".join(
        f"{letter}.  {title}\n    Uitleg bij dit punt."
        + (
            "\n    Dit betekent:\n    -  een beperkt aantal resultaten;\n    -  een vaste prijs;\n"
            if letter == "a"
            else "\n"
        )
        + "\n"
        for letter, title in zip("abcde", points, strict=True)
    )
    doc = read("Inkoopkader\n\n1.  Inleiding\n\nTekst.\n\n2.  Uitgangspunten\n\n" + body + "3.  Planning\n\nTekst.\n")
    assert [p.title for p in doc.principles] == points
    after = read(
        "Brief\n\nDe uitgangspunten zijn:\n\n" + body + "Daarnaast vragen wij:\n-  een evaluatie;\n-  een planning;\n"
    )
    assert [p.title for p in after.principles] == points
    assert any([q.title for q in c.principles] == ["een evaluatie", "een planning"] for c in after.candidates)


def test_points_coded_with_letters_a_hyphen_and_a_number() -> None:
    """ "BV-01  Sluiting ..." with its explanation in a hanging indent, to "BV-04", a title near
    the line's full width among them; "IK-1 Herstel ..." as headings: codes of two or three
    letters, a hyphen and a number (only "UP-1" was read as one), shown as the document writes them."""
    titles = [
        "Sluiting van de nachtpost",
        "Samenvoegen van de ploegendiensten in Dordrecht-West en Zwijndrecht",
        "Versobering oefenprogramma",
        "Digitalisering van de vergunningadvisering",
    ]
    body = "".join(
        f"BV-0{n}  {t}\n       Besparing: 100.000 structureel\n       Reactie college: Wij steunen dit voorstel van\n"
        "       het bestuur, op voorwaarde dat de opkomsttijden binnen de norm blijven.\n\n"
        for n, t in enumerate(titles, 1)
    )
    doc = read("Geachte raad,\n\nHieronder onze reactie per voorstel.\n\n" + body + "Met vriendelijke groet,\n")
    assert [(p.shown_label, p.title) for p in doc.principles] == [(f"BV-0{n}", t) for n, t in enumerate(titles, 1)]
    headings = "".join(f"IK-{n} Punt nummer {n}\n\nUitleg bij punt {n}.\n\n" for n in range(1, 5))
    doc = read("Inkoopkader\n\nDe uitgangspunten\n\n" + headings)
    assert [(p.shown_label, p.title) for p in doc.principles] == [(f"IK-{n}", f"Punt nummer {n}") for n in range(1, 5)]


def test_a_motions_dictum_as_a_line_of_its_own_over_round_bullets() -> None:
    """ "Constaterende dat" over 1. to 4., "Overwegende dat" over dashes, "Verzoekt het college" over
    round bullets, each part's words on a line of their own with a capital and no colon: the three
    bullets are the points (the considerations were the only lists found)."""
    text = (
        "Motie vreemd aan de orde van de dag\n\nDe gemeenteraad van Dalwijk, in vergadering bijeen op 3 juni 2025,\n\n"
        "Constaterende dat\n1.  het plan een doel heeft;\n2.  het doel niet wordt gehaald;\n3.  de kosten stijgen;\n\n"
        "Overwegende dat\n-   een ander tarief helpt;\n-   gezinnen niet zwaar mogen worden getroffen;\n\n"
        "Verzoekt het college\n•   de gevolgen van een ander tarief in kaart te brengen;\n"
        "•   een voorstel te doen voor een vrijstelling;\n•   de raad hierover te informeren;\n\n"
        "en gaat over tot de orde van de dag.\n"
    )
    assert [p.title for p in read(text).principles] == [
        "de gevolgen van een ander tarief in kaart te brengen",
        "een voorstel te doen voor een vrijstelling",
        "de raad hierover te informeren",
    ]


def test_a_scans_slips_in_the_words_the_facts_are_found_by() -> None:
    """A scanned letter: "0ns kenmerk", "12 rnaart 2021", "uiterlijk 3l mei 2O21", "narnens de
    Stuurgroep": its kenmerk, date, deadline and sender (none of them was found, or the sender kept
    "narnens"). The text itself stays as scanned."""
    text = (
        "REGIONALE ENERGIESTRATEGIE\n\nAan de gemeenteraden\n\nMiddelburg, 12 rnaart 2021\n\n"
        "0ns kenmerk :  RES/2021/046\n0nderwerp   :  Concept RES\n\nGeachte raadsleden,\n\n"
        "Wij verzoeken u uw zienswijze uiterlijk 3l mei 2O21 aan ons kenbaar te maken.\n\n"
        "Met vriendelijke groet,\n\nnarnens de Stuurgroep RES Zeeland,\n\nJ. Jansen\n"
    )
    doc = read(text)
    assert doc.facts == {
        "kenmerk": "RES/2021/046",
        "date": "2021-03-12",
        "deadline": "2021-05-31",
        "sender": "De Stuurgroep RES Zeeland",
    }
    assert "12 rnaart 2021" in doc.text and "narnens" in doc.text
    assert read("Wij werken intern modern.\n\nDatum: 3 maart 2021\n").facts == {"date": "2021-03-03"}


def test_a_councils_own_labelled_points_after_the_regions_quoted_inline() -> None:
    """A concept zienswijze that sums up the region's points inline, "(1) preventie, (2) één
    toegang ...", then gives its own as "Zienswijzepunt 1 – Ruimte voor de lokale toegang" over
    a paragraph: its own four (the inline ones were taken, the labels not read as labels)."""
    own = [
        "Ruimte voor de lokale toegang",
        "Betrek inwoners bij de inkoop",
        "Afspraken over tekorten",
        "Evaluatie in 2027",
    ]
    text = (
        "Datum          :  [datum verzending]\nOns kenmerk    :  RAAD/2024/0319\n\nGeacht bestuur,\n\n"
        "De regiovisie rust op vier uitgangspunten: (1) preventie en normaliseren, (2) één toegang per\n"
        "gemeente, (3) passende zorg dichtbij en (4) een sluitende begroting. Wij onderschrijven ze.\n"
        "Onze zienswijze bestaat uit de volgende vier punten.\n\n"
        + "".join(
            f"Zienswijzepunt {n} – {t}\nWij vragen u dit op te nemen in de regiovisie.\n\n"
            for n, t in enumerate(own, 1)
        )
        + "Hoogachtend,\n\nDe raad van de gemeente Dalwijk,\n"
    )
    doc = read(text)
    assert [p.title for p in doc.principles] == own
    assert "date" not in doc.facts  # a concept: its date field waits for the day it is sent
    for label in ("Aandachtspunt", "Actielijn", "Actiepunt"):  # (labels of points as well)
        labelled = read(text.replace("Zienswijzepunt", label))
        assert any([p.title for p in c.principles] == own for c in labelled.candidates), label


def test_a_body_named_at_the_foot_with_its_article_or_as_the_documents_author() -> None:
    """ "Het Regionaal Bestuurlijk Overleg Maatschappelijke Zorg Dalwijk" alone as a document's last
    line, and "Opsteller: Regionaal Inkoopteam Dalwijk" in its head: who sends it (neither was
    found). A sentence opening with its article stays a sentence."""
    text = "Regiovisie\n\nDe raden kunnen hun zienswijze geven.\n\n"
    body = "Het Regionaal Bestuurlijk Overleg Maatschappelijke Zorg Dalwijk"
    assert read(text + body + "\n").facts.get("sender") == body
    assert "sender" not in read(text + "Het college besloot dit in zijn vergadering\n").facts
    head = "Inkoopkader\n\nDatum: 12 mei 2025\n\nOpsteller: Regionaal Inkoopteam Dalwijk\n\nTekst.\n"
    assert read(head).facts.get("sender") == "Regionaal Inkoopteam Dalwijk"


def test_two_capital_lettered_points_under_a_lead_in_and_two_initials_under_a_label() -> None:
    """ "... doen wij u twee aanvullende aanbevelingen:" over "A.  Verzoek het college ..." and
    "B.  Vraag het college ...": two points (three capitals in a run were needed, as "A." alone is
    more often an initial). Two signatories' initials under "Ingediend door:" stay names."""
    text = (
        "Rekenkamercommissie Dalwijk\n\nDe aanbevelingen uit 2019 zijn deels opgevolgd.\n\n"
        "Op basis van dit onderzoek doen wij u twee aanvullende aanbevelingen:\n\n"
        "A.  Verzoek het college om een risicoparagraaf op te nemen in de begroting.\n\n"
        "B.  Vraag het college om de kerncijfers per gemeente te rapporteren.\n\n"
        "Met vriendelijke groet,\n\nDe Rekenkamercommissie Dalwijk,\n"
    )
    assert [p.title for p in read(text).principles] == [
        "Verzoek het college om een risicoparagraaf op te nemen in de begroting.",
        "Vraag het college om de kerncijfers per gemeente te rapporteren.",
    ]
    names = read("Motie\n\nverzoekt het college de raad te informeren.\n\nIngediend door:\nA. Jansen\nB. de Vries\n")
    assert all(b.kind.name == "PARAGRAPH" for b in names.blocks if "Jansen" in b.text or "Vries" in b.text)


def test_an_english_letters_facts() -> None:
    """A cross-border body writes in English: "Our ref.:", "Date: 14 March 2023", "Please send
    your council's comments by 30 June 2023", "Yours sincerely," over the name (none was found).
    A memo's "Van" in its own column, as a letterhead sets its fields, names who it is from."""
    text = (
        "EUREGIO\n\nTo the municipal councils\n\nOur ref.:    EU/MOB/2023/112\nYour ref.:   -\nDate:        14 March 2023\n"
        "Subject:     Consultation draft\n\nDear council members,\n\nWe invite the councils to comment on the draft.\n\n"
        "Please send your council's comments by 30 June 2023 to the secretariat.\n\n"
        "Yours sincerely,\n\n\nDr. Annegret Kessler\nManaging Director\n"
    )
    assert read(text).facts == {
        "kenmerk": "EU/MOB/2023/112",
        "date": "2023-03-14",
        "deadline": "2023-06-30",
        "sender": "Dr. Annegret Kessler",
    }
    memo = "MEMO\n\nAan         Portefeuillehouders\nVan         Ruud Jansen, projectleider\nDatum       8 september 2022\n\nTekst.\n"
    assert read(memo).facts.get("sender") == "Ruud Jansen"


def test_points_labelled_with_an_adjective_or_as_questions_to_the_council() -> None:
    """ "Strategische keuze 1: Versterken van het spoor" (its kind with an adjective), and "Vraag 1"
    in a column before the question the council is asked: the points (neither was read as a label)."""
    keuzes = ["Versterken van het spoor", "Snelfietsroutes eerst", "Hubs aan de rand van de stad"]
    text = "Geacht bestuur,\n\nWij reageren per keuze.\n\n" + "".join(
        f"Strategische keuze {n}: {t}\n  Onze reactie: Wij steunen deze keuze.\n\n" for n, t in enumerate(keuzes, 1)
    )
    assert [(p.shown_label, p.title) for p in read(text).principles] == [(str(n), t) for n, t in enumerate(keuzes, 1)]
    questions = [
        "Herkent uw raad zich in de vier sporen?",
        "Is uw raad bereid bij te dragen?",
        "Welke locaties ziet uw raad?",
    ]
    text = "Wij leggen uw raad de volgende vragen voor.\n\n" + "".join(
        f"  Vraag {n}   {q}\n\n" for n, q in enumerate(questions, 1)
    )
    assert [p.title for p in read(text).principles] == questions


def test_points_numbered_on_under_lettered_themes() -> None:
    """ "A.  Sturing" over "1." and "2.", "B.  Informatie" over "3." and "4.", "C.  Uitvoering" over
    "5.": the five numbered recommendations, the lettered lines their themes (the three themes
    were taken; themes set as headings were already read so)."""
    recs = [f"Vraag het college om maatregel nummer {n} uit te voeren." for n in range(1, 6)]
    groups = {"Sturing": recs[:2], "Informatie aan de raad": recs[2:4], "Uitvoering": recs[4:]}
    n = 0
    body = ""
    for letter, (theme, points) in zip("ABC", groups.items(), strict=True):
        body += f"{letter}.  {theme}\n"
        for point in points:
            n += 1
            body += f"    {n}.  {point}\n"
        body += "\n"
    text = "Aanbevelingen\nOp basis van het onderzoek doen wij de raad de volgende aanbevelingen.\n\n" + body
    assert [p.title for p in read(text).principles] == recs


def test_own_remarks_announced_below_after_the_programmes_tasks_quoted() -> None:
    """The water board's four tasks quoted as bullets, then "Wij hebben op een aantal punten wel
    opmerkingen. Wij lichten die hieronder toe." over "A. ..." to "E. ...": the council's own five
    (the quoted tasks were taken: nothing introduced the lettered headings)."""
    own = [
        "Klimaatadaptatie in de stad",
        "Droogte en de beek",
        "Samenwerking in de keten",
        "Recreatie op dijken",
        "Betaalbaarheid",
    ]
    text = (
        "Geacht bestuur,\n\nHet ontwerp-programma is opgebouwd rond vier hoofdopgaven van het waterschap:\n"
        "• Waterveiligheid\n• Voldoende en schoon water\n• Klimaatadaptatie\n• Waterketen en energie\n\n"
        "Wij kunnen ons in grote lijnen vinden in deze opgaven. Wij hebben op een aantal punten wel opmerkingen. "
        "Wij lichten die hieronder toe.\n\n"
        + "".join(
            f"{letter}. {t}\n\nWij vragen u hier aandacht voor.\n\n" for letter, t in zip("ABCDE", own, strict=True)
        )
        + "Hoogachtend,\n\nDe raad van de gemeente Dalwijk,\n"
    )
    assert [p.title for p in read(text).principles] == own


def test_an_outline_numbered_title_as_long_as_the_line_over_a_new_sentence() -> None:
    """ "1.1 Begroten op basis van bestaand beleid" to "1.5 ...", one title as long as the text's
    lines ("1.2 Indexatie van loon- en prijsstijgingen volgens de cao en de CPI") over "Loonkosten
    stijgen ...": a heading like the others (it was taken for a paragraph's first line, and the
    framework's five points for the chapters' three)."""
    titles = [
        "Begroten op basis van bestaand beleid",
        "Indexatie van loon- en prijsstijgingen volgens de cao en de CPI",
        "Verdeelsleutel op basis van inwoners",
        "Geen algemene reserve boven 1% van de omzet",
    ]
    body = "".join(
        f"1.{n} {t}\nDe begroting gaat uit van het beleid zoals vastgesteld in\n"
        "de begroting van vorig jaar. Nieuw beleid komt er alleen na een\n"
        "zienswijze van de raden over dat nieuwe beleid in de begroting.\n\n"
        for n, t in enumerate(titles, 1)
    )
    text = (
        "KADERNOTA\n\n1 Uitgangspunten voor de begroting\n\nHet bestuur hanteert de volgende uitgangspunten.\n\n" + body
    )
    text += "2 Ontwikkelingen\n\n2.1 Abonnementstarief\nTekst over het tarief.\n\n"
    assert [p.title for p in read(text).principles] == titles


def test_a_reply_to_some_of_the_points_under_their_own_labels() -> None:
    """ "Wij reageren hieronder op drie daarvan." over "Uitgangspunt 1 – ...", "Uitgangspunt 3 –
    ...", "Uitgangspunt 6 – ...": the three, numbered 1 to 3 (none was found: the numbers skip).
    Where the point between is there, set otherwise ("Vraag 2" running over two lines between
    short "Vraag 1" and "Vraag 3"), nothing is skipped."""
    titles = {1: "Gezondheid als gedeelde opgave", 3: "Indexatie volgens de methodiek", 6: "Weerstandsvermogen"}
    text = (
        "Geacht bestuur,\n\nIn de begroting staan zes uitgangspunten. Wij reageren hieronder op drie daarvan.\n\n"
        + "".join(f"Uitgangspunt {n} – {t}\n\nOnze reactie: Wij stemmen hiermee in.\n\n" for n, t in titles.items())
    )
    doc = read(text)
    assert [(p.number, p.title) for p in doc.principles] == list(enumerate(titles.values(), 1))
    questions = (
        "Wij stellen de volgende vragen.\n\n    Vraag 1   Hoe beoordeelt u de samenwerking?\n"
        "    Vraag 2   Welke bekostigingsvorm heeft uw voorkeur (p x q, traject,\n              of budget)?\n"
        "    Vraag 3   Bent u bereid als hoofdaannemer op te treden?\n    Vraag 4   Welke looptijd wilt u?\n\n"
    )
    assert all(len(c.principles) != 3 for c in read(questions).candidates)  # never 1, 3, 4 without 2


def test_a_scans_brace_for_a_points_bracket() -> None:
    """ "(1)", "{2)", "(3)": a scan read the second bracket as a brace; the point was lost, and with
    it the list (1, 3 is no run)."""
    titles = ["Bijdrage per inwoner", "Indexering van 2,3%", "Een taakstelling op de bedrijfsvoering"]
    text = "De begroting gaat uit van de volgende uitgangspunten:\n\n" + "".join(
        f" {mark} {t}\n Toelichting bij dit punt.\n\n" for mark, t in zip(("(1)", "{2)", "(3)"), titles, strict=True)
    )
    assert [(p.shown_label, p.title) for p in read(text).principles] == [
        ("1", titles[0]),
        ("2", titles[1]),
        ("3", titles[2]),
    ]


def test_a_coded_point_whose_title_opens_with_a_one_letter_word() -> None:
    """ "GP1  One ticket ...", "GP2  Close ...", "GP3  A cross-border cycle network": the third was not
    read as a point (a code's title had to open with a capital and a small letter)."""
    titles = [
        "One ticket across the border",
        "Close the missing links",
        "A cross-border cycle network",
        "Mobility hubs",
    ]
    text = "The agenda rests on the following guiding principles:\n\n" + "".join(
        f"   GP{n}  {t}\n        -  a measure for this principle;\n\n" for n, t in enumerate(titles, 1)
    )
    assert [p.title for p in read(text).principles] == titles


def test_a_reports_own_reference_and_a_recommendations_date() -> None:
    """ "Kenmerk rapport: RKD 2021-04" (the label with what it refers to) is the kenmerk, not
    "rapport: RKD 2021-04"; "Draag het college op om vóór 1 juli 2022 ..." in a recommendation is
    the college's date, no deadline for the council (a letter's own "vóór" still sets one)."""
    text = (
        "REKENKAMER DALWIJK\n\nEindrapport\nDalwijk, 23 november 2021\n\nKenmerk rapport: RKD 2021-04\n\n"
        "4  Aanbevelingen\n\n4.1  Stel een programma vast\nDraag het college op om vóór 1 juli 2022 een programma\n"
        "aan de raad voor te leggen.\n"
    )
    facts = read(text).facts
    assert facts.get("kenmerk") == "RKD 2021-04" and "deadline" not in facts


def test_a_boards_name_wrapped_after_van_under_the_greeting() -> None:
    """ "Hoogachtend," over "het college van dijkgraaf en hoogheemraden van" / "Hoogheemraadschap
    Hollands Noorderkwartier,": the whole name (it stopped at "van")."""
    text = (
        "Geachte raad,\n\nWij vragen uw zienswijze.\n\nHoogachtend,\n\n"
        "het college van dijkgraaf en hoogheemraden van\nHoogheemraadschap Hollands Noorderkwartier,\n\n\n"
        "ing. C.J. Mulder                   mr. R.W. van der Veen\n"
    )
    assert read(text).facts.get("sender") == (
        "het college van dijkgraaf en hoogheemraden van Hoogheemraadschap Hollands Noorderkwartier"
    )
