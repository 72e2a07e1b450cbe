"""Search analysis: folded, stemmed terms in the index and the query; hits mapped back."""

from __future__ import annotations

import random

from raadsviewer.domain.search import hit_ranges, index_text, parse_query, snippet, words


def test_hyphen_accent_and_stem_variants_meet() -> None:
    query = parse_query("de-medicaliseren")
    for text in ("demedicaliseren", "de-medicaliseren", "medicalisering", "Medicaliseren"):
        assert any(query.matches(t) for t in index_text(text).split()), text
    assert set(index_text("financiële")) == set(index_text("financiele"))
    assert parse_query("Financiële").groups == parse_query("financiele").groups


def test_fts_expression_quotes_terms_and_joins_words() -> None:
    assert parse_query("SMART-afspraken zorg").fts() == '("smartafspraak"* OR ("smart"* AND "afspraak"*)) AND "zorg"*'
    assert '"' not in "".join(t for g in parse_query('a"b OR NEAR(x)').groups for t in g)


def test_stop_words_are_not_indexed_but_numbers_are() -> None:
    assert index_text("de het een 2022") == "2022"
    assert parse_query("en de").groups  # a stop-word-only query is still a query


def test_hit_ranges_are_offsets_into_the_original() -> None:
    text = "Wij willen de-medicaliseren én normaliseren; medicalisering tegengaan."
    ranges = hit_ranges(text, parse_query("medicaliseren"))
    assert [text[s:e] for s, e in ranges] == ["de-medicaliseren", "medicalisering"]
    other = "één-twee drie"
    assert [other[w.start : w.end] for w in words(other)] == ["één-twee", "drie"]


def test_snippet_window_keeps_relative_ranges() -> None:
    text = "inleiding " * 40 + "De toegangstaak wordt versterkt. " + "slot " * 40
    ranges = hit_ranges(text, parse_query("toegang"))
    snip = snippet(text, ranges)
    s, e = snip.ranges[0]
    assert snip.text[s:e] == "toegangstaak"
    assert text[snip.offset + s : snip.offset + e] == "toegangstaak"
    assert snip.before and snip.after and len(snip.text) <= 220


def test_index_text_cut_at_white_space_gives_the_terms_of_every_word_in_order() -> None:
    # index_text cuts at white space for speed; the terms must be those of the words found in
    # the whole text (``words``), whatever separates them.
    rnd = random.Random(16)
    alphabet = "ab-\u2010\u2011_ \t\n\u00a0\u2028\u3000\x1c\x1fé1.,;'\u00ad\u200bZorg"
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(5000)]
    texts += ["de-medicaliseren\u00a0zorgaanbieders,jeugd\u2028hulp 2023", "a_b c\u2010d", ""]
    for text in texts:
        expected = " ".join(" ".join(w.terms) for w in words(text) if w.terms)
        assert index_text(text) == expected, repr(text)
    assert index_text("Zorgaanbieders\u00a0en\u2028gemeenten").split() == [
        index_text("Zorgaanbieders"),
        index_text("gemeenten"),
    ]  # "en" is a stop word


def test_a_word_longer_than_any_dutch_word_is_indexed_whole_and_in_bounded_time() -> None:
    """A file that is one long run of letters (broken or hostile) is one "word": stemming it took
    0.4 s per million letters (20 s for a 49 MB file), most of the import."""
    import time

    long_word = "Zorg" + "x" * 6_000_000
    started = time.perf_counter()
    assert index_text(f"jeugdzorgaanbieders {long_word}") == f"jeugdzorgaanbieder {long_word.lower()}"
    assert time.perf_counter() - started < 1.5  # 0.4 s; 2.9 s before
