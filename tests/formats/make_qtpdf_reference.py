"""Write qtpdf_reference.json: what the former QtPdf extractor read from every PDF the format
tests build. Needs a PySide6 with QtPdf (6.12 with pyside6-pdf); the project itself no longer
installs one, so this ran once, in a separate environment, when PDF reading moved to pypdfium2:

    python tests/formats/make_qtpdf_reference.py   (from the checkout, in that environment)

test_pattern_formats.py compares pypdfium2's reading with these results, so nothing reads worse.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.domain.reading import read_document
    from raadsviewer.formats import join_pages
    from tests.conftest import GRONINGEN, WERKGROEP, ZHZ
    from tests.domain.pattern_documents import PATTERNS
    from tests.formats.build import parsed_text, write_pdf
    from tests.formats.qtpdf_reference import extract_pages
    from tests.formats.test_pattern_formats import _close, _pdf

    out: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for source in (ZHZ, WERKGROEP, GRONINGEN):
            role = DocumentRole.BACKGROUND if source is WERKGROEP else DocumentRole.FRAMEWORK
            text = parsed_text(source, role)
            path = write_pdf(text, Path(tmp) / f"{source.stem}.pdf")
            data = path.read_bytes()
            old = read_document(join_pages(extract_pages(data, path.name)).encode("utf-8"), name=path.name, role=role)
            out[source.stem] = {
                "principles": [[p.number, p.title, p.text] for p in old.principles],
                "sections": [s.heading for s in old.sections],
                "closeness": _close(old.text, text.text),
            }
        for pattern in PATTERNS:
            path = _pdf(pattern, Path(tmp) / "stuk.pdf")
            data = path.read_bytes()
            role = DocumentRole.FRAMEWORK
            old = read_document(join_pages(extract_pages(data, path.name)).encode("utf-8"), name=path.name, role=role)
            out[f"pattern: {pattern.name}"] = {
                "principles": [[p.shown_label, p.title] for p in old.principles],
                "sections": [s.heading for s in old.sections],
            }
    target = Path(__file__).with_name("qtpdf_reference.json")
    target.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(target, len(out))


if __name__ == "__main__":
    main()
