"""What the reader makes of a fixed set of texts, as one hash per text: a change that is meant to
make reading faster must leave every one of them as it was.

    python -m tests.bench.fingerprints save build/reader-fingerprints.json
    python -m tests.bench.fingerprints check build/reader-fingerprints.json

The texts: the sample documents, the pattern documents, every multi-line text in the reading
tests, the bench's generated frameworks (100 and 800 pages) and 10 MB text file, and variants of
the samples laid out as extractors lay text out (a blank line after every line, Windows line
ends, form feeds between pages). A hash covers everything reading yields: the title, the clean
text, every block, principle, candidate and section, the warnings, the encoding and the facts.
"""

from __future__ import annotations

import ast
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from raadsviewer.domain.errors import UserFacingError  # noqa: E402
from raadsviewer.domain.model import DocumentRole, ParsedDocument  # noqa: E402
from raadsviewer.domain.reading import read_document  # noqa: E402
from tests.bench import corpus as C  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
READING_TESTS = sorted((ROOT / "tests" / "domain").glob("test_reading*.py"))


def _canonical(parsed: ParsedDocument) -> str:
    def principle(p: object) -> tuple[object, ...]:
        return (p.number, p.title, p.text, p.start, p.end, p.label, p.key)  # type: ignore[attr-defined]

    return repr(
        (
            parsed.title,
            parsed.text,
            [(b.kind.value, b.text, b.start, b.end, b.level, b.number, b.marker) for b in parsed.blocks],
            [principle(p) for p in parsed.principles],
            [
                (c.rank, c.reason, c.confidence, [principle(p) for p in c.principles], c.params, c.chosen)
                for c in parsed.candidates
            ],
            [(s.heading, s.body(parsed.text), s.level, s.start, s.end) for s in parsed.sections],
            parsed.warnings,
            parsed.encoding,
            sorted(parsed.facts.items()),
        )
    )


def _test_texts() -> Iterator[tuple[str, str]]:
    """Every string of several lines written in the reading tests."""
    for path in READING_TESTS:
        seen: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "\n" in node.value.strip():
                if node.value not in seen:
                    seen.add(node.value)
                    yield f"{path.name}:{node.lineno}", node.value


def texts() -> Iterator[tuple[str, bytes]]:
    from tests.domain.pattern_documents import PATTERNS

    for path in sorted(SAMPLES.glob("*.txt")):
        data = path.read_bytes()
        yield path.name, data
        text = data.decode("utf-8")
        yield f"{path.name} (double)", text.replace("\n", "\n\n").encode("utf-8")
        yield f"{path.name} (crlf)", text.replace("\n", "\r\n").encode("utf-8")
        lines = text.split("\n")
        paged = "\n".join(line if i % 40 else f"\f{line}" for i, line in enumerate(lines))
        yield f"{path.name} (pages)", paged.encode("utf-8")
        yield f"{path.name} (cp1252)", text.encode("cp1252", errors="replace")
    for pattern in PATTERNS:
        yield f"pattern {pattern.name}", pattern.text.encode("utf-8")
    for name, text in _test_texts():
        yield name, text.encode("utf-8")
    for pages in (100, 800):
        yield f"framework {pages} pages", C.framework_text(max(1, pages // 4), pages=pages).encode("utf-8")
    for megabytes in (10, 50):
        yield f"text file {megabytes} MB", C.text_file(megabytes)


def fingerprint(data: bytes) -> str:
    try:
        parsed = read_document(data, name="document.txt", role=DocumentRole.FRAMEWORK)
    except UserFacingError as error:
        return f"error {error.code} {sorted(error.params.items())}"
    return hashlib.sha256(_canonical(parsed).encode("utf-8")).hexdigest()


def fingerprints() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, data in texts():
        started = time.perf_counter()
        out[name] = fingerprint(data)
        took = time.perf_counter() - started
        if took > 0.5:
            print(f"  {name}: {took:.1f} s", flush=True)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("save", "check"):
        print(__doc__)
        return 2
    command, file = argv[0], Path(argv[1])
    now = fingerprints()
    combined = hashlib.sha256(json.dumps(now, sort_keys=True).encode("utf-8")).hexdigest()
    if command == "save":
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(json.dumps(now, indent=1, ensure_ascii=False), encoding="utf-8")
        print(f"{len(now)} texts, combined {combined}, saved to {file}")
        return 0
    before = json.loads(file.read_text(encoding="utf-8"))
    changed = sorted(name for name in before.keys() | now.keys() if before.get(name) != now.get(name))
    for name in changed:
        print(f"CHANGED {name}: {before.get(name)} -> {now.get(name)}")
    print(f"{len(now)} texts, combined {combined}, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
