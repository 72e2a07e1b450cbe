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


def mapped_characters(path: Path) -> set[str]:
    """Every character the PDF's fonts say their glyphs stand for (their ToUnicode maps): what a
    text extractor that does not decompose ligatures reads, "ﬃ" for a ligature glyph."""
    import re
    import zlib

    data = path.read_bytes()
    found: set[str] = set()
    for match in re.finditer(rb"stream\r?\n", data):
        chunk = data[match.end() : data.find(b"endstream", match.end())]
        try:
            chunk = zlib.decompress(chunk)
        except zlib.error:
            pass
        if b"beginbfchar" not in chunk and b"beginbfrange" not in chunk:
            continue
        text = chunk.decode("latin-1")
        targets: list[str] = []
        for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
            targets += re.findall(r"<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>", block)
        for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
            for low, high, listed, first in re.findall(
                r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:\[([^\]]*)\]|<([0-9A-Fa-f]+)>)", block
            ):
                if listed:
                    targets += re.findall(r"<([0-9A-Fa-f]+)>", listed)
                else:  # a run: the first code's character, and the next ones in order
                    start = int(first, 16)
                    targets += [f"{start + k:04X}" for k in range(int(high, 16) - int(low, 16) + 1)]
        found.update(bytes.fromhex(t).decode("utf-16-be", "replace") for t in targets if len(t) % 4 == 0)
    return found
