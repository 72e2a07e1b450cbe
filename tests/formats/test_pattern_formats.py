"""The reader's patterns from Word and PDF files, and PDFs read without Qt against the former
QtPdf extractor (tests/formats/qtpdf_reference.py) on every PDF these tests build."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from raadsviewer.domain.model import DocumentRole, ParsedDocument
from raadsviewer.domain.reading import read_document
from raadsviewer.formats import read_any
from tests.conftest import GRONINGEN, WERKGROEP, ZHZ
from tests.domain.pattern_documents import GLYPHS, LETTERHEAD, MIXED_LEVELS, MOTIE, PATTERNS, Pattern
from tests.formats.build import parsed_text, write_docx, write_layout_pdf, write_pdf

LETTERHEAD_LINES = ("Gemeente Voorbeeldstad", "Kenmerk UIT / 2004368", "Datum 12 januari 2025")


def _parsed(pattern: Pattern) -> ParsedDocument:
    return read_document(pattern.text.encode("utf-8"), name="stuk.txt", role=DocumentRole.FRAMEWORK)


def _glyph(pattern: Pattern) -> str:
    return next((g.strip() for g in GLYPHS if pattern.name == f"bullet glyph {g.strip()!r}"), "\uf0b7")


def _pdf(pattern: Pattern, path: Path) -> Path:
    """A multi-page layout with a running header and page numbers; the letterhead pattern with a
    letterhead in small type at the top of page 1."""
    letterhead = LETTERHEAD_LINES if pattern is LETTERHEAD else ()
    return write_layout_pdf(
        _parsed(pattern), path, glyph=_glyph(pattern), letterhead=letterhead, running="Raadsvoorstel 2025/17"
    )


def _labels(read: ParsedDocument) -> list[tuple[str, str]]:
    return [(p.shown_label, p.title) for p in read.principles]


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.name for p in PATTERNS])
def test_each_pattern_from_word(pattern: Pattern, tmp_path: Path) -> None:
    path = write_docx(_parsed(pattern), tmp_path / "stuk.docx")
    read = read_any(path.read_bytes(), name=path.name, role=DocumentRole.FRAMEWORK)
    assert _labels(read.parsed) == pattern.principles
    if pattern.title:
        assert read.parsed.title == pattern.title


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.name for p in PATTERNS])
def test_each_pattern_from_pdf(pattern: Pattern, tmp_path: Path) -> None:
    path = _pdf(pattern, tmp_path / "stuk.pdf")
    read = read_any(path.read_bytes(), name=path.name, role=DocumentRole.FRAMEWORK)
    assert _labels(read.parsed) == pattern.principles
    assert "Raadsvoorstel 2025/17" not in read.parsed.text or len(read.pages) < 3
    if pattern.title:
        assert read.parsed.title == pattern.title
    assert "Kenmerk" not in read.parsed.title


def test_symbol_font_bullets_reach_the_reader_as_private_use_glyphs(tmp_path: Path) -> None:
    from raadsviewer.formats.pdf import extract_pages

    pattern = next(p for p in PATTERNS if p.name == "bullet glyph '\\uf0a7'")
    path = _pdf(pattern, tmp_path / "stuk.pdf")
    text = "\n".join(extract_pages(path.read_bytes(), path.name))
    assert "\uf0a7 Kwaliteit is het eerste criterium" in text


def test_mixed_level_headings_in_word_use_real_numbering(tmp_path: Path) -> None:
    from raadsviewer.formats.docx import docx_markdown

    path = write_docx(_parsed(MIXED_LEVELS), tmp_path / "stuk.docx")
    markdown = docx_markdown(path.read_bytes(), path.name)
    assert "\n\n# 2. Zorg dichtbij huis" in markdown and "\n\n## 3. Eigen kracht en netwerk" in markdown
    assert "1. Preventie en vroegsignalering" in markdown  # a bold paragraph numbered by Word
    import docx

    document = docx.Document(str(path))
    numbered = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(numbered) >= 6  # the numbers are Word's, not typed


def test_a_motion_from_word_keeps_its_two_lists(tmp_path: Path) -> None:
    path = write_docx(_parsed(MOTIE), tmp_path / "motie.docx")
    read = read_any(path.read_bytes(), name=path.name, role=DocumentRole.FRAMEWORK)
    assert [p.key for p in read.parsed.principles] == ["A.1", "A.2", "B.1", "B.2", "B.3"]


# --- pypdfium2 against what the former QtPdf extractor read (frozen in qtpdf_reference.json) ------------------------------------------------


def _reference(key: str) -> dict[str, Any]:
    """What the former QtPdf extractor read from the same PDF (make_qtpdf_reference.py)."""
    import json

    data = json.loads(Path(__file__).with_name("qtpdf_reference.json").read_text(encoding="utf-8"))
    return dict(data[key])


def _close(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a.split("\n\n"), b.split("\n\n"), autojunk=False).ratio()


@pytest.mark.parametrize("source", [ZHZ, WERKGROEP, GRONINGEN], ids=lambda p: p.stem)
def test_corpus_pdfs_read_as_with_qtpdf(source: Path, tmp_path: Path) -> None:
    """The same principles (numbers, titles, texts) and sections; the paragraphs at least as close
    to the text file's as QtPdf's were (where QtPdf cut a visual line in two, PDFium does not)."""
    role = DocumentRole.BACKGROUND if source is WERKGROEP else DocumentRole.FRAMEWORK
    text = parsed_text(source, role)
    path = write_pdf(text, tmp_path / f"{source.stem}.pdf")
    new = read_any(path.read_bytes(), name=path.name, role=role).parsed
    old = _reference(source.stem)
    # the best list (a background document's is no longer chosen as its points: see
    # test_a_background_documents_points_are_a_list_named_as_such)
    assert [[p.number, p.title, p.text] for p in new.candidates[0].principles] == old["principles"]
    assert new.principles in ((), new.candidates[0].principles)
    assert [s.heading for s in new.sections] == old["sections"]
    assert _close(new.text, text.text) >= old["closeness"]


def _bare(heading: str) -> str:
    return heading.split(". ", 1)[1] if heading[:1].isdigit() and ". " in heading else heading


def _frozen_keys() -> set[str]:
    import json

    return set(json.loads(Path(__file__).with_name("qtpdf_reference.json").read_text(encoding="utf-8")))


# The patterns QtPdf read before it was removed (patterns added since are checked against their
# principles in test_each_pattern_from_pdf only: there is no QtPdf to compare with).
COMPARED = [p for p in PATTERNS if f"pattern: {p.name}" in _frozen_keys()]


def test_the_comparison_with_qtpdf_covers_the_patterns_it_read() -> None:
    assert len(COMPARED) >= 27  # the patterns of the time QtPdf was removed


@pytest.mark.parametrize("pattern", COMPARED, ids=[p.name for p in COMPARED])
def test_pattern_pdfs_read_at_least_as_well_as_with_qtpdf(pattern: Pattern, tmp_path: Path) -> None:
    """On the hand-written PDFs (Type 1 fonts, a symbol font) PDFium reads the principles right
    every time, and every section heading QtPdf saw is seen too (QtPdf took most headings in
    larger type for body text); only the running header, which PDFium drops, may be missing."""
    path = _pdf(pattern, tmp_path / "stuk.pdf")
    new = read_any(path.read_bytes(), name=path.name, role=DocumentRole.FRAMEWORK).parsed
    old = _reference(f"pattern: {pattern.name}")
    assert _labels(new) == pattern.principles
    seen = {_bare(s.heading) for s in new.sections}
    assert {_bare(h) for h in old["sections"]} - {"Raadsvoorstel 2025/17"} <= seen
    assert len(new.principles) >= len([p for p in old["principles"] if tuple(p) in pattern.principles])


def test_reading_a_pdf_makes_no_qt_application(tmp_path: Path) -> None:
    """In a fresh interpreter: reading a PDF imports no Qt module at all."""
    import subprocess
    import sys

    path = _pdf(MIXED_LEVELS, tmp_path / "stuk.pdf")
    code = (
        "import sys; from raadsviewer.formats import read_any; from raadsviewer.domain.model import DocumentRole;"
        f"r = read_any(open({str(path)!r}, 'rb').read(), name='stuk.pdf', role=DocumentRole.FRAMEWORK);"
        "assert len(r.parsed.principles) == 6, r.parsed.principles;"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
