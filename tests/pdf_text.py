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
