"""Bounded input before expensive work: hostile zips, parts larger than declared, Word bombs,
a 50 MB text. Each runs in a child process that reports its own time and peak memory; the
bounds are generous (a loaded 2-core machine), far below what the unbounded code took."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from raadsviewer.domain import package as P
from raadsviewer.domain.errors import UserFacingError
from raadsviewer.services import exchange as ex
from tests.bounds import bounded
from tests.services.trust_support import (
    dossier_file,
    dossier_id,
    griffie,
    member_laptop,
    note,
    secret_key,
    trust_faction,
)

CHILD = Path(__file__).with_name("bounded_child.py")
ROOT = Path(__file__).resolve().parents[2]


def run_child(action: str, store: Path, file: Path, timeout: float = 300) -> dict:  # type: ignore[type-arg]
    done = subprocess.run(
        [sys.executable, str(CHILD), action, str(store), str(file)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    g = griffie(tmp_path / "griffie.sqlite")
    path, fingerprint = dossier_file(g, tmp_path / "d.raadsdossier")
    groen = member_laptop(tmp_path / "groen.sqlite", "Groen", "Gea", path, fingerprint)
    trust_faction(groen, g, "Groen", tmp_path)
    note(groen, "Groen", "een gewone notitie")
    yield {"griffie": g, "groen": groen, "dir": tmp_path}
    g.close()
    groen.close()


def many_entries(count: int) -> bytes:
    """A zip whose central directory lists ``count`` empty entries (no signature, no manifest)."""
    local, central = io.BytesIO(), io.BytesIO()
    for n in range(count):
        name = f"{n:08d}".encode()
        offset = local.tell()
        local.write(struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0) + name)
        central.write(
            struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0, 0, 0, 0, 0, offset)
            + name
        )
    cd = central.getvalue()
    body = local.getvalue()
    entries = min(count, 0xFFFF)
    eocd = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, entries, entries, len(cd), len(body), 0)
    if count > 0xFFFF:  # zip64 end record and locator
        z64 = struct.pack("<4sQ2H2I4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, len(cd), len(body))
        locator = struct.pack("<4sIQI", b"PK\x06\x07", 0, len(body) + len(cd), 1)
        eocd = z64 + locator + struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    return body + cd + eocd


@pytest.mark.slow
def test_a_zip_of_a_million_entries_is_refused_at_once(world, dump) -> None:  # type: ignore[no-untyped-def]
    path = world["dir"] / "entries.raadspakket"
    data = many_entries(1_000_000)
    with zipfile.ZipFile(io.BytesIO(many_entries(3))) as zf:  # the builder makes real zips
        assert len(zf.infolist()) == 3
    path.write_bytes(data)
    before = dump(world["griffie"])
    got = run_child("merge", world["dir"] / "griffie.sqlite", path)
    assert got["code"] == "package_invalid"
    assert got["seconds"] < 5 and got["rss_mb"] < 400, got  # unbounded: about a minute and 2 GB
    assert dump(world["griffie"]) == before


def _signed_with_part(world, part: bytes, declared: int | None) -> Path:  # type: ignore[no-untyped-def]
    """Groen's honest package, its annotations part replaced (and signed again by Groen)."""
    groen = world["groen"]
    ex.export_package(groen, dossier_id(groen), "Groen", "Gea", world["dir"] / "g.raadspakket", audience="fractie")
    from tests.services.trust_support import plain_package

    inner = plain_package(groen, "Groen", "Gea", world["dir"] / "g.raadspakket")
    manifest = dict(inner[P.MANIFEST])
    amendments = P.canonical_bytes(inner[P.AMENDMENTS])
    manifest["parts"] = {P.ANNOTATIONS: P.sha256(part), P.AMENDMENTS: P.sha256(amendments)}
    manifest["sizes"] = {P.ANNOTATIONS: len(part) if declared is None else declared, P.AMENDMENTS: len(amendments)}
    key = secret_key(groen, "Groen")
    raw = P.canonical_bytes(manifest)
    from tests.services.trust_support import public_hex

    sig = P.canonical_bytes({"algorithm": "ed25519", "public_key": public_hex(key), "signature": key.sign(raw).hex()})
    path = world["dir"] / "big.raadspakket"
    path.write_bytes(
        P.zip_members([(P.MANIFEST, raw), (P.ANNOTATIONS, part), (P.AMENDMENTS, amendments), (P.SIGNATURE, sig)])
    )
    return path


def _big_part(megabytes: int) -> bytes:
    """A part of this size that compresses about 20 times (no bomb by ratio), one long body."""
    import random

    rnd = random.Random(7)
    words = [f"woord{n}" for n in range(400)]
    text = " ".join(rnd.choice(words) for _ in range(megabytes * 1024 * 1024 // 8))[: megabytes * 1024 * 1024]
    return ('{"revisions":[{"body":"' + text + '"}]}').encode()


@pytest.mark.slow
def test_a_part_larger_than_declared_is_refused_without_reading_it_whole(world, dump) -> None:  # type: ignore[no-untyped-def]
    path = _signed_with_part(world, _big_part(120), declared=2_000)
    before = dump(world["griffie"])
    got = run_child("merge", world["dir"] / "griffie.sqlite", path)
    assert got["code"] == "package_invalid"
    assert got["seconds"] < 10 and got["rss_mb"] < 400, got  # unbounded: 3.3 GB
    assert dump(world["griffie"]) == before


@pytest.mark.slow
def test_an_honest_120_mb_part_is_refused_by_its_field_limit_in_bounded_memory(world, dump) -> None:  # type: ignore[no-untyped-def]
    path = _signed_with_part(world, _big_part(120), declared=None)
    before = dump(world["griffie"])
    got = run_child("merge", world["dir"] / "griffie.sqlite", path)
    assert got["code"] == "package_invalid"
    assert got["seconds"] < 30 and got["rss_mb"] < 900, got  # unbounded: 3.3 GB
    assert dump(world["griffie"]) == before


def _docx_with(document_xml: bytes, tmp_path: Path) -> Path:
    import docx

    base = tmp_path / "base.docx"
    docx.Document().save(str(base))
    out = tmp_path / "hostile.docx"
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = document_xml if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info.filename, data)
    return out


HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
TAIL = b"</w:body></w:document>"


def test_an_oversized_styles_part_is_refused_before_python_docx_reads_it(tmp_path: Path) -> None:
    """A 120 MB styles.xml (packed into 22 MB) was read whole by python-docx: 89 s and 1.4 GB."""
    from raadsviewer.formats.docx import MAX_SIDE_PART_BYTES, check_bounds

    path = _docx_with(HEAD + b"<w:p><w:r><w:t>Tekst</w:t></w:r></w:p>" + TAIL, tmp_path)
    padded = tmp_path / "styles.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(padded, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/styles.xml":
                filler = os.urandom(MAX_SIDE_PART_BYTES // 2 + 1).hex().encode()  # packs like text, not a bomb
                data = data.replace(b"?>", b"?><!-- " + filler + b" -->", 1)
            dst.writestr(info.filename, data)
    with pytest.raises(UserFacingError) as info:
        check_bounds(padded.read_bytes(), padded.name)
    assert info.value.code == "docx_too_large" and info.value.params["what"] == "word/styles.xml"
    assert "(word/styles.xml: 8,4 MB, grens 8 MB)" in info.value.message("nl")
    check_bounds(path.read_bytes(), path.name)  # the same file with its own styles passes


@pytest.mark.slow
def test_a_word_bomb_is_refused_before_python_docx_reads_it(tmp_path: Path) -> None:
    bomb = _docx_with(HEAD + b"<w:p><w:r><w:t>" + b"a" * (400 * 1024 * 1024) + b"</w:t></w:r></w:p>" + TAIL, tmp_path)
    assert bomb.stat().st_size < 3 * 1024 * 1024
    got = run_child("docx", tmp_path / "s.sqlite", bomb)
    assert got["code"] == "docx_too_large"
    assert got["seconds"] < 5 and got["rss_mb"] < 300, got


@pytest.mark.slow
def test_sixty_thousand_paragraphs_are_refused_in_bounded_time(tmp_path: Path) -> None:
    paragraphs = b"".join(b"<w:p><w:r><w:t>regel %d</w:t></w:r></w:p>" % n for n in range(60_000))
    path = _docx_with(HEAD + paragraphs + TAIL, tmp_path)
    got = run_child("docx", tmp_path / "s.sqlite", path)
    assert got["code"] == "docx_too_many_paragraphs"
    assert got["seconds"] < 5 and got["rss_mb"] < 300, got  # python-docx took about a minute


@pytest.mark.parametrize("spelling", ["another prefix", "the default namespace"])
def test_paragraphs_are_counted_by_their_namespace_not_their_spelling(tmp_path: Path, spelling: str) -> None:
    """Word's namespace bound to another prefix ("<x:p>") or made the default one ("<p>"): the
    paragraphs went uncounted, and python-docx read half a million of them for over ten minutes."""
    ns = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    x = b"x:" if spelling == "another prefix" else b""
    binding = b"xmlns:x" if x else b"xmlns"
    head = b'<?xml version="1.0" encoding="UTF-8"?><' + x + b"document " + binding + b'="' + ns + b'"><' + x + b"body>"
    paragraph = b"<" + x + b"p><" + x + b"r><" + x + b"t>regel %d</" + x + b"t></" + x + b"r></" + x + b"p>"
    tail = b"</" + x + b"body></" + x + b"document>"
    path = _docx_with(head + b"".join(paragraph % n for n in range(60_000)) + tail, tmp_path)
    got = run_child("docx", tmp_path / "s.sqlite", path, timeout=120)
    assert got["code"] == "docx_too_many_paragraphs"
    assert got["seconds"] < 5 and got["rss_mb"] < 300, got


def test_styles_based_on_each_other_are_read_in_bounded_time(tmp_path: Path) -> None:
    """Two styles each other's base (Word refuses such a file, python-docx follows it): the
    import looked for a heading style along the chain for ever."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    from raadsviewer.formats.docx import docx_markdown

    document = docx.Document()
    first = document.styles.add_style("Lus A", WD_STYLE_TYPE.PARAGRAPH)
    second = document.styles.add_style("Lus B", WD_STYLE_TYPE.PARAGRAPH)
    first.base_style, second.base_style = second, first
    document.add_paragraph("Uitgangspunten", style="Heading 1")
    document.add_paragraph("De jeugdige staat centraal.", style=first)
    path = tmp_path / "lus.docx"
    document.save(str(path))
    got = run_child("docx", tmp_path / "s.sqlite", path, timeout=60)  # an endless walk: a timeout here
    assert got["code"] is None and got["seconds"] < 5, got
    assert docx_markdown(path.read_bytes(), path.name) == "# Uitgangspunten\n\nDe jeugdige staat centraal."


def _docx_parts(parts: dict[str, bytes], tmp_path: Path, name: str) -> Path:
    """python-docx's empty document with some of its parts replaced."""
    import docx

    base = tmp_path / "base.docx"
    docx.Document().save(str(base))
    out = tmp_path / name
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, parts.get(info.filename) or src.read(info))
    return out


def test_a_cell_spanning_a_hundred_million_columns_is_read_once(tmp_path: Path) -> None:
    """python-docx repeats a cell once per grid column it spans: a 36 KB file took 1 GB per 10^8."""
    from raadsviewer.formats.docx import docx_markdown

    cell = b"<w:tc>%s<w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>"
    row = b"<w:tr>" + cell % (b'<w:tcPr><w:gridSpan w:val="100000000"/></w:tcPr>', b"1") + cell % (b"", b"Toegang")
    table = b'<w:tbl><w:tblGrid><w:gridCol w:w="10"/><w:gridCol w:w="10"/></w:tblGrid>' + row + b"</w:tr></w:tbl>"
    path = _docx_with(HEAD + table + TAIL, tmp_path)
    got = run_child("docx", tmp_path / "s.sqlite", path, timeout=120)
    assert got["code"] is None and got["seconds"] < 5 and got["rss_mb"] < 300, got
    assert docx_markdown(path.read_bytes(), path.name) == "1. Toegang"


def test_a_hundred_thousand_styles_do_not_slow_each_paragraph(tmp_path: Path) -> None:
    """python-docx finds a style by scanning them all, for every paragraph: 100 paragraphs beside
    100,000 styles took four minutes. (80,000 here: 100,000 pass the styles part's own bound.)"""
    import docx

    base = tmp_path / "base.docx"
    docx.Document().save(str(base))
    with zipfile.ZipFile(base) as zf:
        styles = zf.read("word/styles.xml")
    extra = b"".join(
        b'<w:style w:type="character" w:styleId="C%d"><w:name w:val="c%d"/></w:style>' % (n, n) for n in range(80_000)
    )
    paragraphs = b"".join(b"<w:p><w:r><w:t>Alinea %d over jeugdhulp.</w:t></w:r></w:p>" % n for n in range(100))
    path = _docx_parts(
        {
            "word/styles.xml": styles.replace(b"</w:styles>", extra + b"</w:styles>"),
            "word/document.xml": HEAD + paragraphs + TAIL,
        },
        tmp_path,
        "styles.docx",
    )
    got = run_child("docx", tmp_path / "s.sqlite", path, timeout=120)
    assert got["code"] is None and got["seconds"] < 10, got


def test_a_damaged_or_hand_made_word_file_is_refused_or_read_never_a_traceback(tmp_path: Path) -> None:
    """A flipped compressed byte, list levels and starts that are words or a hundred digits."""
    from raadsviewer.formats.docx import docx_markdown

    numbering = (
        b'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="een"><w:start w:val="'
        + b"9"
        * 100
        + b'"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/>'
        b'<w:lvlOverride w:ilvl="x"><w:startOverride w:val="drie"/></w:lvlOverride></w:num></w:numbering>'
    )
    item = b'<w:p><w:pPr><w:numPr><w:ilvl w:val="nul"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Toegang</w:t></w:r></w:p>'
    with zipfile.ZipFile(_docx_with(HEAD + item + TAIL, tmp_path)) as zf:
        names = zf.namelist()
    parts = {"word/document.xml": HEAD + item + TAIL}
    if "word/numbering.xml" in names:
        parts["word/numbering.xml"] = numbering
    listed = _docx_parts(parts, tmp_path, "lijst.docx")
    with bounded(5, 100, "odd numbering"):
        assert docx_markdown(listed.read_bytes(), listed.name).endswith("Toegang")
    data = bytearray(listed.read_bytes())
    with zipfile.ZipFile(listed) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 5, start + info.compress_size - 5):  # a flipped byte inside the stream
        damaged = bytes(data[:offset]) + bytes([data[offset] ^ 0xFF]) + bytes(data[offset + 1 :])
        try:
            docx_markdown(damaged, "kapot.docx")
        except UserFacingError as exc:
            assert exc.code in (
                "docx_unreadable",
                "docx_too_large",
                "docx_too_many_parts",
                "docx_too_many_paragraphs",
                "docx_bomb",
            ), exc.code


def test_an_ordinary_word_file_still_reads(tmp_path: Path) -> None:
    from raadsviewer.formats.docx import check_bounds, docx_markdown

    paragraphs = b"".join(b"<w:p><w:r><w:t>regel %d</w:t></w:r></w:p>" % n for n in range(2_000))
    path = _docx_with(HEAD + paragraphs + TAIL, tmp_path)
    check_bounds(path.read_bytes(), path.name)
    assert "regel 1999" in docx_markdown(path.read_bytes(), path.name)


@pytest.mark.slow
def test_a_50_mb_text_imports_in_bounded_time_and_memory_with_progress(tmp_path: Path) -> None:
    from tests.conftest import ZHZ

    sample = ZHZ.read_text(encoding="utf-8")
    parts, size, n = [], 0, 0
    while size < 49 * 1024 * 1024:
        chunk = sample.replace("Inkoopkader", f"Inkoopkader {n}")
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
        n += 1
    big = tmp_path / "groot.txt"
    big.write_text("\n\n".join(parts), encoding="utf-8")
    got = run_child("import", tmp_path / "s.sqlite", big, timeout=600)
    assert got["code"] is None
    # Measured here: 18 s and 610 MB (before: 34 s and 1.23 GB); bounds for a loaded machine.
    assert got["rss_mb"] < 800 and got["seconds"] < 90, got
    assert got["progress"] == sorted(got["progress"]) and {20, 70, 80, 100} <= set(got["progress"])


@pytest.mark.parametrize(
    "flood",
    [
        pytest.param(lambda n: "".join(f"Kop {n % 97}\n\n" for n in range(n)), id="one-line paragraphs"),
        pytest.param(lambda n: "".join(f"# Kop {n % 97}\n" for n in range(n)), id="headings without blank lines"),
        pytest.param(lambda n: "".join(f"- punt {n % 97}\n" for n in range(n)), id="list items"),
    ],
)
def test_a_flood_of_tiny_paragraphs_is_refused_before_it_is_read(tmp_path: Path, flood) -> None:  # type: ignore[no-untyped-def]
    """Two million one-word paragraphs (22 MB) took 134 s and 1.4 GB to import, every one a
    block to store and index; written as headings or list items, without blank lines, 3 million
    took 28 s and 1.8 GB only to be read. Now refused, in words, before the reading starts."""
    from raadsviewer.domain.reading import MAX_PARAGRAPHS

    path = tmp_path / "kopjes.txt"
    path.write_text(flood(5 * MAX_PARAGRAPHS), encoding="utf-8")
    store = tmp_path / "s.sqlite"
    got = run_child("import", store, path)
    assert got["code"] in ("too_many_paragraphs", "too_many_lines"), got
    assert got["seconds"] < 10 and got["rss_mb"] < 400, got
    from raadsviewer.services.documents import list_documents
    from raadsviewer.storage.db import Store

    opened = Store(store)
    try:
        assert list_documents(opened) == []  # nothing stored
    finally:
        opened.close()


def test_the_paragraph_and_line_bounds_are_exact(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A text of as many paragraphs (or lines) as the bound allows is read; one more is refused,
    the message giving both numbers as a reader writes them. (Bounds made small to test them.)"""
    from raadsviewer.domain import reading
    from raadsviewer.domain.model import DocumentRole

    monkeypatch.setattr(reading, "MAX_PARAGRAPHS", 1_000)
    monkeypatch.setattr(reading, "MAX_LINES", 3_000)
    text = "".join(f"Alinea {n} van een lange tekst.\n\n" for n in range(1_000))
    doc = reading.read_document(text.encode(), name="lang.txt", role=DocumentRole.BACKGROUND)
    assert len(doc.blocks) == 1_000
    for extra, code in (
        ("En nog een.\n", "too_many_paragraphs"),  # after a blank line: counted before reading
        ("# Kop\n", "too_many_paragraphs"),
        ("- een punt\n", "too_many_paragraphs"),  # a list item: counted once read
    ):
        with pytest.raises(UserFacingError) as info:
            reading.read_document((text + extra).encode(), name="lang.txt", role=DocumentRole.BACKGROUND)
        assert info.value.code == code, extra
        assert "1.001" in info.value.message("nl") and "1,000" in info.value.message("en")
    lines = "Een alinea van drie duizend regels\n" * 3_000
    assert len(reading.read_document(lines.encode(), name="r.txt", role=DocumentRole.BACKGROUND).blocks) <= 2
    with pytest.raises(UserFacingError) as info:
        reading.read_document((lines + "nog een regel\n").encode(), name="r.txt", role=DocumentRole.BACKGROUND)
    assert info.value.code == "too_many_lines"
    assert "3.001" in info.value.message("nl") and "3,000" in info.value.message("en")


def test_a_word_file_packed_tighter_than_any_text_is_refused_by_what_it_is(tmp_path: Path) -> None:
    # Deeply nested, endlessly repeated XML packs a thousandfold: under the size limits, but no
    # Word text packs like that. The message says what was refused, not "0, limit 0".
    from raadsviewer.domain.errors import UserFacingError
    from raadsviewer.formats.docx import check_bounds

    deep = b"<w:sdt><w:sdtContent>" * 100_000 + b"<w:p/>" + b"</w:sdtContent></w:sdt>" * 100_000
    path = _docx_with(HEAD + deep + TAIL, tmp_path)
    with pytest.raises(UserFacingError) as info:
        check_bounds(path.read_bytes(), path.name)
    assert info.value.code == "docx_bomb"
    for lang in ("nl", "en"):
        message = info.value.message(lang)
        assert "hostile.docx" in message and "word/document.xml" in message
