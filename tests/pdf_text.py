"""Reading a written PDF back in tests, with PDFium (the engine the program reads PDFs with)."""

from __future__ import annotations

from pathlib import Path


def page_texts(path: Path) -> list[str]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        texts = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_bounded().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def title(path: Path) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return str(pdf.get_metadata_dict().get("Title", ""))
    finally:
        pdf.close()


def bodies(pages: list[str]) -> list[list[str]]:
    """Each page's lines without the running header (from page 2 on) and the page number at its
    foot, which every PDF export carries (both are checked to be there, not just dropped)."""
    import re

    out = []
    for number, text in enumerate(pages, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert re.fullmatch(rf"(pagina {number} van|page {number} of) {len(pages)}", lines[-1]), lines[-1:]
        out.append(lines[1:-1] if number > 1 else lines[:-1])
    return out
