"""Line numbers: stable for a document version, and a span cited as "regel 12-14"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from raadsviewer.domain.lines import LINE_WIDTH, Line, cite_lines, line_span, number_lines
from raadsviewer.domain.model import DocumentRole
from raadsviewer.domain.reading import read_document
from tests.conftest import ZHZ


def test_paragraphs_wrap_at_word_boundaries_and_blank_lines_are_not_counted() -> None:
    text = "Eerste alinea met een paar woorden.\n\n" + " ".join(["woord"] * 30) + "\nkort"
    lines = number_lines(text, width=40)
    assert [text[line.start : line.end] for line in lines] == [
        "Eerste alinea met een paar woorden.",
        "woord woord woord woord woord woord",
        "woord woord woord woord woord woord",
        "woord woord woord woord woord woord",
        "woord woord woord woord woord woord",
        "woord woord woord woord woord woord",
        "kort",
    ]
    assert [line.number for line in lines] == list(range(1, 8))
    assert all(line.end - line.start <= 40 for line in lines)


def test_a_word_longer_than_a_line_keeps_its_own_line() -> None:
    long = "x" * 50
    assert [(line.start, line.end) for line in number_lines(f"a {long} b", width=20)] == [(0, 1), (2, 52), (53, 54)]


def test_spans_and_citations() -> None:
    text = "een twee drie\nvier vijf zes\n\nzeven acht negen"
    lines = number_lines(text, width=10)  # "een twee" | "drie" | "vier vijf" | "zes" | "zeven acht" | "negen"
    assert [text[x.start : x.end] for x in lines][:4] == ["een twee", "drie", "vier vijf", "zes"]
    assert line_span(lines, text.index("twee"), text.index("vier") + 4) == (1, 3)
    assert line_span(lines, text.index("drie"), text.index("drie") + 4) == (2, 2)
    assert line_span(lines, text.index("negen"), len(text)) == (6, 6)
    assert line_span(lines, text.index("acht"), len(text)) == (5, 6)
    assert line_span(lines, text.index("zes") + 3, text.index("zes") + 5) is None  # only blank lines
    assert line_span(lines, 4, 4) == (1, 1)  # an insertion point
    assert line_span((), 0, 3) is None
    assert cite_lines((12, 14)) == "regel 12-14"
    assert cite_lines((12, 12)) == "regel 12"
    assert cite_lines((3, 4), "en") == "lines 3-4" and cite_lines((3, 3), "en") == "line 3"


def test_the_same_version_numbers_the_same_way() -> None:
    data = ZHZ.read_bytes()
    doc = read_document(data, name="zhz.txt", role=DocumentRole.FRAMEWORK)
    first, second = number_lines(doc.text), number_lines(str(doc.text))
    assert first == second and len(first) > 50
    assert all(line.end - line.start <= LINE_WIDTH for line in first if " " in doc.text[line.start : line.end])
    topinkomens = doc.text.index("Wet normering topinkomens")
    span = line_span(first, topinkomens, topinkomens + len("Wet normering topinkomens"))
    assert span is not None and span[0] == span[1]
    assert "topinkomens" in doc.text[first[span[0] - 1].start : first[span[0] - 1].end]


@given(st.text(alphabet="ab \n", max_size=300), st.integers(10, 60))
def test_lines_cover_every_word_once_in_order(text: str, width: int) -> None:
    lines = number_lines(text, width)
    covered = "".join(text[x.start : x.end] for x in lines).replace(" ", "")
    assert covered == text.replace(" ", "").replace("\n", "")
    assert all(isinstance(x, Line) and x.start < x.end for x in lines)
    assert all(a.end <= b.start for a, b in zip(lines, lines[1:], strict=False))
