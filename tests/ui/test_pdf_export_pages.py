"""The exports' PDF pages as a reader's text extractor (PDFium) sees them: numbered "pagina N van M",
a running header from page 2, no heading left at the foot of a page, and every line once."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from raadsviewer.ui.pdf import html_date, html_lang, page_label, write_pdf
from tests.pdf_text import mapped_characters, page_texts

WORDS = "raad college aanbieder jeugdhulp wachttijd toegang regio inkoop zorg gezin netwerk kader".split()


def _paragraph(n: int) -> str:
    """A paragraph of a few lines, every line of it unlike any other line in the document."""
    return f"Alinea {n}: " + " ".join(f"{WORDS[(n + k) % len(WORDS)]}{n}x{k}" for k in range(40)) + "."


def _long_html(lang: str | None = "nl", title: str = "Inkoopkader Jeugdhulp 2022 e.v.") -> str:
    parts = []
    for n in range(60):
        if n % 6 == 0:
            parts.append(f"<h2>Hoofdstuk {n // 6 + 1}: kop over de alinea's {n} tot en met {n + 5}</h2>")
        parts.append(f"<p>{_paragraph(n)}</p>")
    head = f' lang="{lang}"' if lang else ""
    return f"<!DOCTYPE html><html{head}><head><title>{title}</title></head><body>{''.join(parts)}</body></html>"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _write(tmp_path: Path, html: str, name: str = "lang.pdf", **kwargs) -> list[str]:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    write_pdf(html, path, **kwargs)
    return page_texts(path)


def test_every_page_is_numbered_and_headed(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    pages = _write(tmp_path, _long_html(), day=date(2020, 11, 12))
    assert len(pages) >= 4
    header = "Inkoopkader Jeugdhulp 2022 e.v."
    for number, text in enumerate(pages, start=1):
        lines = _lines(text)
        assert lines[-1] == f"pagina {number} van {len(pages)}"
        assert sum(1 for line in lines if re.fullmatch(r"pagina \d+ van \d+", line)) == 1
        if number == 1:  # the first page opens with the document itself, not a header
            assert not any("12 november 2020" in line for line in lines)
        else:
            assert lines[0].startswith(header) and lines[0].endswith("12 november 2020")


def test_no_heading_ends_a_page_and_no_line_is_extracted_twice(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    pages = _write(tmp_path, _long_html(), day=date(2020, 11, 12))
    bodies = []
    for number, text in enumerate(pages, start=1):
        lines = _lines(text)[:-1]  # without the page number
        bodies.append(lines[1:] if number > 1 else lines)  # and without the header
    for body in bodies:
        assert body, "an empty page"
        assert not body[-1].startswith("Hoofdstuk"), body[-3:]
    every = [line for body in bodies for line in body]
    assert not any("\t" in line for line in every)
    twice = [line for line, count in Counter(every).items() if count > 1]
    assert twice == []
    # every paragraph's text is there, whole, in order
    joined = " ".join(every)
    for n in range(60):
        assert _paragraph(n) in joined
    assert [int(m) for m in re.findall(r"Alinea (\d+):", joined)] == list(range(60))


def test_a_page_break_before_is_kept(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    html = "<html><body><p>Brief</p><h2 style='page-break-before: always'>Raadsbesluit</h2><p>Besluit</p></body></html>"
    pages = _write(tmp_path, html, title="Zienswijze")
    assert len(pages) == 2
    assert _lines(pages[0]) == ["Brief", "pagina 1 van 2"]
    assert _lines(pages[1])[1:] == ["Raadsbesluit", "Besluit", "pagina 2 van 2"]


@pytest.mark.parametrize(
    ("html_lang_attr", "lang", "label", "day"),
    [
        ("en", None, "page {n} of {m}", "12 November 2020"),
        (None, "en", "page {n} of {m}", "12 November 2020"),
        ("en", "nl", "pagina {n} van {m}", "12 november 2020"),
        (None, None, "pagina {n} van {m}", "12 november 2020"),
    ],
)
def test_the_language_comes_from_the_caller_or_the_html(  # type: ignore[no-untyped-def]
    tmp_path: Path, qapp, html_lang_attr, lang, label, day
) -> None:
    pages = _write(tmp_path, _long_html(html_lang_attr), lang=lang, day=date(2020, 11, 12))
    for number, text in enumerate(pages, start=1):
        lines = _lines(text)
        assert lines[-1] == label.format(n=number, m=len(pages))
        if number > 1:
            assert lines[0].endswith(day)


def test_the_header_date_is_the_documents_own_or_today(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    html = _long_html().replace("<head>", '<head><meta name="date" content="2020-11-12">')
    assert html_date(html) == date(2020, 11, 12) and html_lang(html) == "nl"
    assert _lines(_write(tmp_path, html, "meta.pdf")[1])[0].endswith("12 november 2020")
    today = date.today()
    second = _lines(_write(tmp_path, _long_html(), "today.pdf")[1])[0]
    assert second.endswith(f"{today.year}") and f"{today.day} " in second
    # the old call (html, path) and the title argument still work
    pages = _write(tmp_path, _long_html(), "titled.pdf", title="Motie M1: Winst openbaar")
    assert _lines(pages[1])[0].startswith("Motie M1: Winst openbaar")


def test_page_labels() -> None:
    assert page_label(3, 7, "nl") == "pagina 3 van 7"
    assert page_label(3, 7, "en") == "page 3 of 7"
    assert html_lang('<html lang="EN-gb">') == "en" and html_lang("<html>") == "nl"
    assert html_date('<meta name="date" content="2020-13-40">') is None


def test_words_with_ff_and_fi_are_found_as_typed(tmp_path: Path) -> None:
    """The letter said "griﬃer" to a reader's search: "ffi" was drawn as one ligature glyph, which
    PDFium reads back as U+FB03, so a search for "griffier" missed it (in the header too)."""
    html = (
        "<!DOCTYPE html><html lang='nl'><head><title>Officiële brief</title><style>body { font-family: "
        '"DejaVu Sans", Arial, sans-serif; }</style></head><body><p>De griffier, effectief en officieel: '
        "affiniteit met de griffie.</p></body></html>"
    )
    [text] = _write(tmp_path, html, "ligaturen.pdf")
    assert "De griffier, effectief en officieel: affiniteit met de griffie." in " ".join(_lines(text))
    drawn = "".join(mapped_characters(tmp_path / "ligaturen.pdf"))  # what pdftotext and others read
    assert "f" in drawn and not any(0xFB00 <= ord(c) <= 0xFB06 for c in drawn), drawn
