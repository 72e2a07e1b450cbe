"""Links from a principle to the background passage that discusses it, checked against gold.json."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raadsviewer.domain import linking
from raadsviewer.domain.linking import (
    MIN_SCORE,
    Passage,
    PassageIndex,
    PassageMatch,
    best_passage,
    fold,
    heading_similarity,
    passages_of,
    rank_passages,
    stem,
    terms,
)
from raadsviewer.domain.model import (
    Document,
    DocumentRole,
    Principle,
    Section,
    document_id_for,
    principle_id_for,
    section_id_for,
)
from raadsviewer.domain.reading import read_document

GOLD_PATH = Path(__file__).parents[1] / "gold.json"
SAMPLES = Path(__file__).parents[2] / "resources" / "samples"
GOLD = json.loads(GOLD_PATH.read_text(encoding="utf-8"))["documents"]

ZHZ = "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt"
WERKGROEP = "werkgroep-jeugd-overdenkingen-inkoopkader-2020.txt"
DGJ = "dgj-stand-van-zaken-inkoop-jeugdhulp-2021.txt"
LINKS = GOLD[WERKGROEP]["links_to_framework"]
GOLD_HEADING = {number: heading for heading, number in LINKS["sections"]}
WITHOUT_SECTION = LINKS["principles_without_a_section"]


@dataclasses.dataclass(frozen=True)
class Loaded:
    document: Document
    sections: tuple[Section, ...]
    principles: tuple[Principle, ...]


def load(name: str) -> Loaded:
    """Read a sample and give it ids the way the document service does."""
    data = (SAMPLES / name).read_bytes()
    role = DocumentRole(GOLD[name]["role"])
    parsed = read_document(data, name=name, role=role)
    doc_id = document_id_for("dossier", hashlib.sha256(data).hexdigest())
    document = Document(doc_id, "dossier", role, parsed.title, name, "", 1, parsed.text, parsed.blocks)
    sections = tuple(
        Section(section_id_for(doc_id, i), doc_id, i, s.heading, s.level, s.start, s.end, s.body_start)
        for i, s in enumerate(parsed.sections)
    )
    principles = tuple(
        Principle(principle_id_for(doc_id, p.number), doc_id, p.number, p.title, p.text, p.start, p.end)
        for p in parsed.principles
    )
    return Loaded(document, sections, principles)


@pytest.fixture(scope="module")
def zhz() -> Loaded:
    return load(ZHZ)


@pytest.fixture(scope="module")
def werkgroep() -> Loaded:
    return load(WERKGROEP)


@pytest.fixture(scope="module")
def dgj() -> Loaded:
    return load(DGJ)


@pytest.fixture(scope="module")
def background(werkgroep: Loaded, dgj: Loaded) -> PassageIndex:
    """One index over every passage of both background documents."""
    passages = passages_of(werkgroep.document, werkgroep.sections) + passages_of(dgj.document, dgj.sections)
    return PassageIndex.build(passages, werkgroep.sections + dgj.sections)


def text_of(loaded: Loaded) -> dict[str, str]:
    return {loaded.document.id: loaded.document.text}


def principle(zhz: Loaded, number: int) -> Principle:
    return next(p for p in zhz.principles if p.number == number)


def in_section(match: PassageMatch, heading: str) -> bool:
    return match.section is not None and match.section.heading == heading


def make_principle(title: str, text: str | None = None, number: int = 1) -> Principle:
    text = title if text is None else text
    return Principle(f"p{number}", "framework", number, title, text, 0, len(text))


def make_passage(heading: str, text: str, start: int, document_id: str = "doc") -> Passage:
    return Passage(document_id, "section", heading, text, start, start + len(heading) + len(text) + 2, f"s{start}")


# --- the gold links -----------------------------------------------------------------------------


def test_samples_have_the_principles_and_sections_the_gold_names(zhz: Loaded, werkgroep: Loaded) -> None:
    assert len(zhz.principles) == 13
    headings = {s.heading for s in werkgroep.sections}
    assert set(GOLD_HEADING.values()) <= headings


@pytest.mark.parametrize("number", sorted(GOLD_HEADING))
def test_best_passage_is_the_werkgroep_section_of_the_principle(
    zhz: Loaded, background: PassageIndex, number: int
) -> None:
    p = principle(zhz, number)
    top = background.rank(p, limit=1)[0]
    assert in_section(top, GOLD_HEADING[number]), (top.passage.heading, top.score)
    best = background.best(p)
    assert best is not None and best.score >= MIN_SCORE
    if best.passage.kind == "section":
        assert best.section is not None and best.passage.section_id == best.section.id


@pytest.mark.parametrize("number", sorted(GOLD_HEADING))
def test_best_passage_wrapper_over_sections_only(zhz: Loaded, werkgroep: Loaded, number: int) -> None:
    match = best_passage(principle(zhz, number), werkgroep.sections, text_of(werkgroep))
    assert match is not None
    assert match.section.heading == GOLD_HEADING[number]
    assert 0.0 <= match.score <= 1.0


@pytest.mark.parametrize("number", WITHOUT_SECTION)
def test_principles_without_a_section_get_no_passage(
    zhz: Loaded, werkgroep: Loaded, dgj: Loaded, background: PassageIndex, number: int
) -> None:
    p = principle(zhz, number)
    assert background.best(p) is None
    both = text_of(werkgroep) | text_of(dgj)
    assert best_passage(p, background_sections(background), both) is None


def background_sections(index: PassageIndex) -> list[Section]:
    return list(index.sections.values())


def _clear_caches() -> None:
    linking.stem.cache_clear()
    linking._analyse_folded.cache_clear()


def test_gold_links_hold_with_the_fallback_stemmer(zhz: Loaded, werkgroep: Loaded, dgj: Loaded) -> None:
    saved = linking._AVAILABLE
    linking._AVAILABLE = False  # as where the snowballstemmer package is missing
    _clear_caches()
    try:
        passages = passages_of(werkgroep.document, werkgroep.sections) + passages_of(dgj.document, dgj.sections)
        index = PassageIndex.build(passages, werkgroep.sections + dgj.sections)
        for number, heading in GOLD_HEADING.items():
            assert in_section(index.rank(principle(zhz, number), limit=1)[0], heading)
        assert all(index.best(principle(zhz, n)) is None for n in WITHOUT_SECTION)
    finally:
        linking._AVAILABLE = saved
        _clear_caches()


def test_unlinked_principles_score_clearly_below_the_linked_ones(zhz: Loaded, background: PassageIndex) -> None:
    linked = [background.rank(principle(zhz, n), limit=1)[0].score for n in GOLD_HEADING]
    unlinked = [background.rank(principle(zhz, n), limit=1)[0].score for n in WITHOUT_SECTION]
    assert max(unlinked) < MIN_SCORE <= min(linked)
    assert max(unlinked) < 0.5 * min(linked)


def test_an_unrelated_progress_letter_gives_mostly_no_passage(zhz: Loaded, dgj: Loaded) -> None:
    by_sections = [best_passage(p, dgj.sections, text_of(dgj)) for p in zhz.principles]
    index = PassageIndex.build(passages_of(dgj.document, dgj.sections), dgj.sections)
    by_passages = [index.best(p) for p in zhz.principles]
    assert sum(m is None for m in by_sections) >= 10
    assert sum(m is None for m in by_passages) >= 10


def test_passages_cover_every_section_and_paragraph(werkgroep: Loaded) -> None:
    passages = passages_of(werkgroep.document, werkgroep.sections)
    sections = [p for p in passages if p.kind == "section"]
    paragraphs = [p for p in passages if p.kind == "paragraph"]
    assert len(sections) == len(werkgroep.sections)
    assert len(paragraphs) == sum(b.kind.value != "heading" for b in werkgroep.document.blocks)
    assert [p.start for p in passages] == sorted(p.start for p in passages)
    by_id = {s.id: s for s in werkgroep.sections}
    for p in paragraphs:
        holder = by_id[p.section_id]
        assert p.heading == holder.heading
        assert holder.start <= p.start and p.end <= holder.end
        assert werkgroep.document.text[p.start : p.end] == p.text


def test_a_paragraph_carries_its_innermost_heading(werkgroep: Loaded) -> None:
    passages = passages_of(werkgroep.document, werkgroep.sections)
    para = next(p for p in passages if p.kind == "paragraph" and "toegangstaak" in p.text)
    assert para.heading == "Versterken van de toegangstaak"


def test_a_section_passage_is_its_own_body_without_sub_sections(werkgroep: Loaded) -> None:
    passages = passages_of(werkgroep.document, werkgroep.sections)
    top = next(p for p in passages if p.kind == "section" and p.heading == "UITGANGSPUNTEN")
    assert "cliënten" in top.text
    assert "toegangstaak" not in top.text
    leaf = next(p for p in passages if p.kind == "section" and p.heading == "Beperken administratieve lasten")
    assert leaf.text == next(s.body(werkgroep.document.text) for s in werkgroep.sections if s.heading == leaf.heading)


def test_passages_of_ignores_sections_of_other_documents(werkgroep: Loaded, dgj: Loaded) -> None:
    passages = passages_of(werkgroep.document, werkgroep.sections + dgj.sections)
    assert {p.document_id for p in passages} == {werkgroep.document.id}


def test_empty_inputs() -> None:
    p = make_principle("Versterken toegangstaak")
    assert best_passage(p, [], {}) is None
    assert rank_passages(p, []) == []
    assert PassageIndex.build([]).best(p) is None
    nothing = make_principle("", text="")
    assert rank_passages(nothing, [make_passage("Toegang", "De toegangstaak.", 0)])[0].score == 0.0


# --- analysis -----------------------------------------------------------------------------------


def test_fold_lowercases_and_removes_accents() -> None:
    assert fold("Financiële Continuïteit één") == "financiele continuiteit een"


def test_hyphenated_words_are_joined_and_also_split() -> None:
    assert terms("de-medicaliseren") == terms("demedicaliseren") + terms("medicaliseren")
    assert set(terms("SMART afspraken")) <= set(terms("SMART-afspraken"))
    assert terms("demedicaliseren")[0] in terms("de\u2011medicaliseren")  # non-breaking hyphen


def test_stop_words_digits_and_single_letters_are_dropped() -> None:
    assert terms("de het een van en met op in 2022 a") == []
    assert terms("Versterken van de toegangstaak") == terms("Versterken toegangstaak")


def test_stemming_meets_inflections() -> None:
    assert stem("toegangstaken") == stem("toegangstaak")
    assert stem("aanbieders") == stem("aanbieder")
    assert terms("Meerjarige afspraken") == terms("meerjarig afspraak")


def test_light_stemmer_fallback_meets_plurals() -> None:
    light = linking._light_stem
    assert light("aanbieders") == light("aanbieder")
    assert light("toegangstaken") == light("toegangstaak")


# --- heading similarity and compounds -----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Versterken toegangstaak", "Versterken van de toegangstaak"),
        ("SMART afspraken met aanbieders", "SMART-afspraken met aanbieders"),
        (
            "Grip op het aantal aanbieders met behoud keuzevrijheid",
            "Grip op het aantal aanbieders met behoud van keuzevrijheid",
        ),
        ("Normaliseren en de-medicaliseren", "Normaliseren en demedicaliseren"),
    ],
)
def test_near_identical_headings_match(title: str, heading: str) -> None:
    assert heading_similarity(title, heading) >= 0.9


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("Goed opdrachtgeverschap", "Overgangsproces"),
        ("Wet normering topinkomens", "Selectie en contractering"),
        ("Versterken toegangstaak", "Meerjarige samenwerking met aanbieders van jeugdhulp"),
    ],
)
def test_unrelated_headings_do_not_match(title: str, heading: str) -> None:
    assert heading_similarity(title, heading) < 0.3


def test_a_split_compound_still_matches_as_a_heading() -> None:
    assert heading_similarity("Jeugdhulpaanbieders", "Jeugdhulp aanbieders") >= 0.9


def test_compound_parts_count_in_the_body() -> None:
    p = make_principle("Afspraken met jeugdhulpaanbieders")
    passages = [
        make_passage("Inleiding", "Wij maken afspraken met aanbieders van jeugdhulp over de inzet.", 0),
        make_passage("Vervoer", "De kosten van het vervoer zijn gestegen; wij maken afspraken.", 100),
        make_passage("Huisvesting", "Het gebouw wordt verbouwd en de huur stijgt.", 200),
    ]
    ranked = rank_passages(p, passages, limit=3)
    assert ranked[0].passage.heading == "Inleiding"
    assert ranked[0].score > ranked[1].score > ranked[2].score


def test_nothing_in_common_scores_zero() -> None:
    p = make_principle("Wet normering topinkomens")
    ranked = rank_passages(p, [make_passage("Vervoer", "De kosten van het vervoer zijn gestegen.", 0)])
    assert ranked[0].score == 0.0


# --- properties ---------------------------------------------------------------------------------

WORDS = (
    "jeugdhulp aanbieders toegang toegangstaak gezin gezinnen kind kinderen afspraken SMART-afspraken "
    "samenwerking meerjarige lasten administratieve regionaal lokaal keuzevrijheid de het van en met "
    "financiële continuïteit de-medicaliseren innovatie ruimte"
).split()
texts = st.lists(st.sampled_from(WORDS), min_size=0, max_size=25).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, body=texts, sections=st.lists(st.tuples(texts, texts), min_size=1, max_size=8))
def test_scores_are_in_0_1_and_ranking_is_deterministic(title: str, body: str, sections: list[tuple[str, str]]) -> None:
    p = make_principle(title, f"{title} {body}")
    passages = [make_passage(h, t, 1000 * i) for i, (h, t) in enumerate(sections)]
    ranked = rank_passages(p, passages, limit=len(passages))
    assert len(ranked) == len(passages)
    assert all(0.0 <= m.score <= 1.0 for m in ranked)
    assert [m.score for m in ranked] == sorted((m.score for m in ranked), reverse=True)
    again = rank_passages(p, list(reversed(passages)), limit=len(passages))
    assert [(m.passage, m.score) for m in again] == [(m.passage, m.score) for m in ranked]
    best = PassageIndex.build(passages).best(p)
    assert best is None or best.score >= MIN_SCORE


def test_stemming_from_several_threads_at_once() -> None:
    """The window ranks passages off the GUI thread while another ranking may still run: the
    stemmer must give every thread the stems one thread alone gets (a shared Snowball stemmer
    mixed up its words and raised IndexError)."""
    import threading

    from raadsviewer.domain import linking

    words = [f"{base}{n}" for n in range(3000) for base in ("toegangstaak", "jeugdhulpaanbieders", "inkoopkader")]
    expected = [linking._snowball().stemWord(w) for w in words]  # type: ignore[union-attr]
    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            stemmer = linking._snowball()
            results[k] = [stemmer.stemWord(w) for w in words]  # type: ignore[union-attr]
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and all(results[k] == expected for k in range(4))


def test_a_passage_is_ranked_by_what_it_says_first_and_a_huge_one_costs_little() -> None:
    """A 40 MB file of one paragraph was analysed whole at every start (17 s, the window held 3 s
    while it was folded): of a passage, ANALYSED_CHARS are analysed."""
    from raadsviewer.domain.linking import ANALYSED_CHARS
    from tests.bounds import bounded

    filler = "de gemeente koopt zorg in bij aanbieders in de regio " * (4 * ANALYSED_CHARS // 50)
    early = make_passage("Alinea", "toegangstaak versterken " + filler, 0)
    late = make_passage("Alinea", filler + " wijkteams versterken", len(early.text) + 10)
    with bounded(10, 200, "a passage of a megabyte"):
        index = PassageIndex.build([early, late])
    [first] = index.rank(make_principle("Toegangstaak"), limit=1)
    assert first.passage is early and first.score > 0
    assert index.lexical(make_principle("Wijkteams")) == [0.0, 0.0]  # said only after the analysed part


# --- a principle named by its number ------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "text", "named"),
    [
        ("Uitgangspunt 5 – Specialistische zorg", "De regio kiest voor vaste partners.", {"5"}),
        ("Reactie op U1 en U2", "Wij steunen beide.", {"1", "2"}),
        ("Punt 1 en punt 3", "Hierover zijn wij positief.", {"1", "3"}),
        ("Overige zaken", "Over punt 5: de reistijd blijft beperkt.", {"5"}),
        ("Vervoer", "Bij uitgangspunten 4 t/m 6 plaatsen wij kanttekeningen.", {"4", "5", "6"}),
        ("Outline", "Uitgangspunt 2.3 is nieuw.", {"2.3"}),
        ("Algemeen", "Op dit punt 3 zaken die opvallen, verderop in de tekst.", set()),  # no reference
        ("Algemeen", "Een lange aanloop zonder verwijzing. " * 2 + "Zie punt 4.", set()),  # not at its start
    ],
)
def test_a_passage_names_the_principles_it_is_about(heading: str, text: str, named: set[str]) -> None:
    assert linking.references(heading, text) == named


def test_a_passage_that_names_the_principle_by_its_number_ranks_first() -> None:
    """A reaction written "Over punt 5: ..." in its own words ranked 25th of 29 for principle 5,
    below passages that only shared a word with it."""
    reistijd = make_principle("Passend vervoer", "Leerlingen reizen niet langer dan een uur naar school.", number=5)
    passages = [
        make_passage("Vervoer naar school", "Het vervoer van leerlingen wordt opnieuw aanbesteed.", 0),
        make_passage("Reistijd", "Over punt 5: de maximale reistijd mag wat ons betreft omlaag.", 100),
        make_passage("Punt 6", "Over punt 6: de taxi's rijden op tijd.", 200),
    ]
    ranked = linking.rank_passages(reistijd, passages)
    assert ranked[0].passage.start == 100 and ranked[0].score >= linking.SURE_SCORE
    assert linking.confidence(ranked[0].score) == "sure"


def test_a_documents_title_block_is_not_its_best_passage() -> None:
    """A note's opening, its title over its author ("Notitie stand van zaken inkoop jeugdhulp" /
    "Ambtelijke werkgroep"), shares words with every principle and ranked first for several."""
    toegang = make_principle("Toegang tot jeugdhulp", "De toegang tot jeugdhulp loopt via het wijkteam.")
    passages = [
        make_passage("Notitie stand van zaken inkoop jeugdhulp", "Ambtelijke werkgroep", 0),
        make_passage("Wijkteams", "Het wijkteam beslist binnen twee weken over hulp.", 100),
        make_passage("Planning", "De aanbesteding start in maart.", 200),
    ]
    ranked = linking.rank_passages(toegang, passages)
    assert ranked[0].passage.start == 100
    opening = next(m for m in ranked if m.passage.start == 0)
    assert opening.score < ranked[0].score


def test_an_abbreviation_meets_its_full_form() -> None:
    """ "PGB en verantwoording" ranked 9th for a principle on the persoonsgebonden budget."""
    pgb = make_principle(
        "Ruimte voor het persoonsgebonden budget", "Inwoners kiezen zelf voor een persoonsgebonden budget."
    )
    passages = [
        make_passage("Budgetten van de regio", "Het budget van de regio is beperkt.", 0),
        make_passage("PGB en verantwoording", "Budgethouders verantwoorden hun PGB eenvoudiger.", 100),
        make_passage("Inwoners", "Inwoners kiezen een aanbieder.", 200),
    ]
    assert linking.rank_passages(pgb, passages)[0].passage.start == 100
    gi = make_principle("Jeugdbescherming door de GI", "De GI voert de maatregel uit.")
    passages = [
        make_passage("Uitvoering", "De uitvoering van de maatregel blijft lokaal.", 0),
        make_passage("Gecertificeerde instellingen", "De gecertificeerde instellingen krijgen meer tijd.", 100),
    ]
    assert linking.rank_passages(gi, passages)[0].passage.start == 100
