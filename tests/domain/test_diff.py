"""Word diffs rebuild both texts exactly and render without letting any text become markup."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from raadsviewer.domain.diff import (
    DELETE,
    DELETE_STYLE,
    EQUAL,
    INSERT,
    INSERT_STYLE,
    DiffOp,
    diff_html,
    diff_markdown,
    md_escape_line,
    new_of,
    old_of,
    strip_controls,
    word_diff,
)

# Few distinct words and lots of whitespace and punctuation, so texts share material and the
# diff has real equal pieces to find; plus characters that mean something in Markdown and HTML.
WORDS = st.sampled_from(
    ["de", "gemeente", "regie", "zorg", "*", "**", "<b>", "&amp;", "_x_", "[a](b)", "1.", "#", "~~", "\\", "é"]
)
SEPARATORS = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", ", ", ". "])
TEXTS = st.lists(st.tuples(WORDS, SEPARATORS), max_size=30).map(lambda parts: "".join(w + s for w, s in parts))
ANY_TEXT = st.one_of(TEXTS, st.text(max_size=60))


@settings(max_examples=400)
@given(ANY_TEXT, ANY_TEXT)
def test_the_pieces_rebuild_old_and_new_exactly(old: str, new: str) -> None:
    ops = word_diff(old, new)
    assert old_of(ops) == old
    assert new_of(ops) == new
    assert "".join(op.text for op in ops if op.kind in (EQUAL, DELETE)) == old
    assert "".join(op.text for op in ops if op.kind in (EQUAL, INSERT)) == new


@given(ANY_TEXT, ANY_TEXT)
def test_ops_are_tidy(old: str, new: str) -> None:
    """No empty pieces, no two equal pieces in a row, and within a change deletion comes first."""
    ops = word_diff(old, new)
    assert all(op.text for op in ops)
    for a, b in itertools.pairwise(ops):
        assert a.kind != b.kind
        assert not (a.kind == INSERT and b.kind == DELETE)


@given(ANY_TEXT)
def test_identical_texts_are_one_equal_piece(text: str) -> None:
    assert word_diff(text, text) == ((DiffOp(EQUAL, text),) if text else ())


def test_word_level_with_whitespace_between_replacements_folded() -> None:
    assert word_diff("maakt afspraken met", "maakt meerjarige afspraken met") == (
        DiffOp(EQUAL, "maakt "),
        DiffOp(INSERT, "meerjarige "),
        DiffOp(EQUAL, "afspraken met"),
    )
    assert word_diff("a b c", "x y z") == (DiffOp(DELETE, "a b c"), DiffOp(INSERT, "x y z"))
    assert word_diff("Het huis.", "Het huizen.") == (
        DiffOp(EQUAL, "Het "),
        DiffOp(DELETE, "huis."),
        DiffOp(INSERT, "huizen."),
    )


def test_long_texts_do_not_junk_the_spaces() -> None:
    """difflib's autojunk would ignore the frequent space token and produce a giant replacement."""
    old = " ".join(f"w{i}" for i in range(400))
    new = old.replace("w200", "nieuw")
    ops = word_diff(old, new)
    assert [op for op in ops if op.kind != EQUAL] == [DiffOp(DELETE, "w200"), DiffOp(INSERT, "nieuw")]


def test_diff_html_escapes_and_colours() -> None:
    html = diff_html(word_diff('regie <script>alert("x")</script>', "regie & zorg\nnieuw"))
    assert "<script" not in html
    assert "&lt;script&gt;" in html
    assert f'<span style="{DELETE_STYLE}">' in html
    assert f'<span style="{INSERT_STYLE}">' in html
    assert "&amp; zorg<br>nieuw" in html


def test_diff_markdown_marks_and_escapes() -> None:
    assert diff_markdown(word_diff("a b c", "a c")) == "a ~~b~~ c"
    assert diff_markdown(word_diff("a c", "a b c")) == "a **b** c"
    assert diff_markdown(word_diff("de *zorg* <b>", "de zorg <i>")) == "de ~~\\*zorg\\* \\<b\\>~~ **zorg \\<i\\>**"
    assert diff_markdown(word_diff("1. eerst", "1. eerst en toen")) == "1\\. eerst **en toen**"
    assert diff_markdown(word_diff("regel\n\nvolgende", "regel\n\nandere")) == "regel ~~volgende~~ **andere**"


ALLOWED_TAGS = {"p", "/p", "s", "/s", "strong", "/strong"}


@settings(max_examples=300)
@given(TEXTS, TEXTS)
def test_diff_markdown_markers_always_parse_and_nothing_else_does(old: str, new: str) -> None:
    """Every change renders as <s>/<strong> (markers never stay literal) and no user text turns
    into any other markup."""
    ops = word_diff(old, new)
    rendered = MarkdownIt("js-default").render(diff_markdown(ops))
    tags = re.findall(r"<(/?\w+)", rendered)
    assert set(tags) <= ALLOWED_TAGS
    blocks = []  # (deleted, inserted) per change
    for op in ops:
        if op.kind == EQUAL:
            blocks.append(None)
        elif blocks and blocks[-1] is not None:
            blocks[-1] = (
                blocks[-1][0] + (op.text if op.kind == DELETE else ""),
                blocks[-1][1] + (op.text if op.kind == INSERT else ""),
            )
        else:
            blocks.append((op.text if op.kind == DELETE else "", op.text if op.kind == INSERT else ""))
    changes = [b for b in blocks if b is not None]
    assert tags.count("s") == sum(1 for d, _ in changes if d.strip())
    assert tags.count("strong") == sum(1 for _, i in changes if i.strip())


def test_strip_controls_keeps_text_drops_what_xml_cannot_hold() -> None:
    assert strip_controls("a\x00b\x0bc\x1fd\ud800e\ufffef\r\ng\rh\ti") == "abcdef\ng\nh\ti"
    assert strip_controls("zorg 😀 é") == "zorg 😀 é"


def test_line_start_constructs_are_escaped() -> None:
    assert md_escape_line("# kop") == "\\# kop"
    assert md_escape_line("- punt") == "\\- punt"
    assert md_escape_line("12) punt") == "12\\) punt"
    assert md_escape_line("    code") == "code"
    assert md_escape_line("===") == "\\==="


# --- a pure insertion is an insertion -----------------------------------------------------------


def test_text_added_after_a_word_does_not_strike_the_word() -> None:
    """The draft showed "topinkomens" struck and re-inserted when an amendment appended
    ", ook voor onderaannemers": the token "topinkomens," differs from "topinkomens"."""
    ops = word_diff("Wet normering topinkomens", "Wet normering topinkomens, ook voor onderaannemers")
    assert ops == (DiffOp(EQUAL, "Wet normering topinkomens"), DiffOp(INSERT, ", ook voor onderaannemers"))
    assert word_diff("de raad", "de rade raad") == (
        DiffOp(EQUAL, "de "),
        DiffOp(INSERT, "rade "),
        DiffOp(EQUAL, "raad"),
    )
    assert word_diff("topinkomens", "top-inkomens") == (
        DiffOp(EQUAL, "top"),
        DiffOp(INSERT, "-"),
        DiffOp(EQUAL, "inkomens"),
    )
    assert word_diff("topinkomens.", "topinkomens") == (DiffOp(EQUAL, "topinkomens"), DiffOp(DELETE, "."))
    # with other changes around it, a token that only grew is still no deletion
    ops = word_diff("De Wet normering topinkomens geldt", "Een Wet normering topinkomens, streng, geldt")
    assert DiffOp(DELETE, "topinkomens") not in ops and DiffOp(INSERT, ", streng,") in ops
    rendered = MarkdownIt("js-default").renderInline(
        diff_markdown(word_diff("normering topinkomens", "normering topinkomens, ook"))
    )
    assert rendered == "normering topinkomens\u200a<strong>, ook</strong>"


@settings(max_examples=400)
@given(ANY_TEXT, st.data())
def test_a_pure_insertion_is_never_shown_as_a_deletion(old: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(old)))
    added = data.draw(ANY_TEXT.filter(bool))
    ops = word_diff(old, old[:at] + added + old[at:])
    assert [op.kind for op in ops if op.kind != EQUAL] == [INSERT]
    assert len(next(op.text for op in ops if op.kind == INSERT)) == len(added)
    back = word_diff(old[:at] + added + old[at:], old)
    assert [op.kind for op in back if op.kind != EQUAL] == [DELETE]


@settings(max_examples=300)
@given(TEXTS, st.data())
def test_an_insertion_renders_marked_wherever_it_lands(old: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(old)))
    added = data.draw(st.sampled_from([", ook", ".", "(x)", "-", "nieuw ", " en meer", "*x*"]))
    rendered = MarkdownIt("js-default").render(diff_markdown(word_diff(old, old[:at] + added + old[at:])))
    tags = re.findall(r"<(/?\w+)", rendered)
    assert set(tags) <= ALLOWED_TAGS and "s" not in tags
    assert tags.count("strong") == (1 if added.strip() else 0)


def test_a_replaced_word_and_its_replacement_do_not_run_together() -> None:
    """ "gezin" struck out and "van het gezin" put in read as "gezinvan het gezin" in the change
    view: the two spans stood against each other. A space now stands between them, outside both."""
    from raadsviewer.domain.diff import DELETE, EQUAL, INSERT, DiffOp, diff_html

    ops = [DiffOp(EQUAL, "voor het "), DiffOp(DELETE, "gezin"), DiffOp(INSERT, "van het gezin")]
    shown = re.sub(r"<[^>]+>", "", diff_html(ops))
    assert shown == "voor het gezin van het gezin"
    spaced = [DiffOp(DELETE, "gezin "), DiffOp(INSERT, "kind")]
    assert re.sub(r"<[^>]+>", "", diff_html(spaced)) == "gezin kind"  # no second space
