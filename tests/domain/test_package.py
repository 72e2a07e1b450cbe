"""Reading a package's parts: the UTF-8 check that goes a chunk at a time."""

from __future__ import annotations

import random

import pytest

from raadsviewer.domain import package as P
from raadsviewer.domain.errors import UserFacingError


def _complaint(raw: bytes) -> str | None:
    try:
        P.check_utf8(raw, "annotations.json")
    except UserFacingError as exc:
        return str(exc.params)
    return None


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, P.UTF8_CHUNK])
def test_the_chunked_check_agrees_with_decoding_the_whole_part(monkeypatch, chunk: int) -> None:
    """Characters cut at a chunk's end are still whole characters, and a byte that is not UTF-8
    is named at the same place as decoding the whole part names it."""
    monkeypatch.setattr(P, "UTF8_CHUNK", chunk)
    rng = random.Random(chunk)
    text = "Zorg dichtbij – één gezin, één plan ✓ 𝄞 jeugdhulp" * 3
    good = text.encode("utf-8")
    assert _complaint(good) is None
    assert _complaint(b"") is None
    for _ in range(60):
        bad = bytearray(good)
        at = rng.randrange(len(bad))
        bad[at : at + 1] = rng.choice([b"\xff", b"\xc3", b"\xe2\x82", b"\x80", b"\xed\xa0\x80"])
        try:
            bytes(bad).decode("utf-8")
        except UnicodeDecodeError as exc:
            expected = f"at byte {exc.start})"
        else:
            continue
        complaint = _complaint(bytes(bad))
        assert complaint is not None and expected in complaint, (at, complaint, expected)
    assert _complaint(good + b"\xe2\x82") is not None  # a character cut off at the very end


def _strip(schema: object) -> object:
    """A JSON schema without its patterns, and with the relaxed types' names as the strict ones'."""
    if isinstance(schema, dict):
        return {k.removeprefix("Relaxed"): _strip(v) for k, v in schema.items() if k != "pattern"}
    if isinstance(schema, list):
        return [_strip(v) for v in schema]
    if isinstance(schema, str):
        return schema.replace("/Relaxed", "/").removeprefix("Relaxed")
    return schema


def _patterns(schema: object) -> int:
    if isinstance(schema, dict):
        return ("pattern" in schema) + sum(_patterns(v) for v in schema.values())
    if isinstance(schema, list):
        return sum(_patterns(v) for v in schema)
    return 0


@pytest.mark.parametrize("kind", sorted(P._REVISION_TYPES))
def test_revisions_are_decoded_by_the_schema_without_its_patterns_and_every_pattern_is_tried(kind: str) -> None:
    """A package's revisions are decoded without the patterns (msgspec tries a regular expression
    per value), then each pattern is tried per distinct value: the relaxed types must be the
    schema in every other respect, and every patterned field must be among those tried."""
    import msgspec

    strict = P._REVISION_TYPES[kind]
    relaxed = P._relaxed_struct(strict)
    strict_schema = msgspec.json.schema(strict)
    assert _patterns(msgspec.json.schema(relaxed)) == 0
    assert _strip(msgspec.json.schema(relaxed)) == _strip(strict_schema)
    tried = P._patterned_paths(strict)
    assert len(tried) == _patterns(strict_schema)  # each $defs entry once: a field per pattern
    assert {"id", "item_id", "parents"} <= {path for path, _pattern, _many in tried}
