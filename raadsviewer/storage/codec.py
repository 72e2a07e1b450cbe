"""How values that have no column of their own are written into the store (no SQLAlchemy here,
so the fast start can read them too)."""

from __future__ import annotations

import json

from raadsviewer.domain.model import Block, BlockKind


def blocks_to_json(blocks: tuple[Block, ...]) -> str:
    # Block texts are slices of the document text, so only the spans are stored.
    return json.dumps([[b.kind.value, b.start, b.end, b.level, b.number] for b in blocks])


def blocks_from_json(raw: str, text: str) -> tuple[Block, ...]:
    return tuple(
        Block(kind=BlockKind(kind), text=text[start:end], start=start, end=end, level=level, number=number)
        for kind, start, end, level, number in json.loads(raw)
    )
