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
