"""How values that have no column of their own are written into the store (no SQLAlchemy here,
so the fast start can read them too)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from raadsviewer.domain.model import Block, BlockKind

if TYPE_CHECKING:  # the reader's types are loaded when candidates are first read, after the window is up
    from raadsviewer.domain.model import PrincipleCandidate


def blocks_to_json(blocks: tuple[Block, ...]) -> str:
    # Block texts are slices of the document text, so only the spans are stored; a heading's
    # number or label as written ("3.", "Uitgangspunt 3") is not in its text, so it is stored too.
    return json.dumps(
        [
            [b.kind.value, b.start, b.end, b.level, b.number, b.marker]
            if b.marker and b.kind is BlockKind.HEADING
            else [b.kind.value, b.start, b.end, b.level, b.number]
            for b in blocks
        ],
        ensure_ascii=False,
    )


def blocks_from_json(raw: str, text: str) -> tuple[Block, ...]:
    kinds = _BLOCK_KINDS  # a dict lookup: BlockKind(value) goes through Python code of the enum module
    return tuple(
        Block(
            kind=kinds.get(row[0]) or BlockKind(row[0]),
            text=text[row[1] : row[2]],
            start=row[1],
            end=row[2],
            level=row[3],
            number=row[4],
            marker=row[5] if len(row) > 5 else "",  # (stored before markers were: none)
        )
        for row in json.loads(raw)
    )


_BLOCK_KINDS: dict[str, BlockKind] = {kind.value: kind for kind in BlockKind}


def candidates_to_json(candidates: tuple[PrincipleCandidate, ...]) -> str:
    """The reader's candidate lists; principle texts are slices of the document text, so only
    their spans, titles, labels and keys are stored."""
    return json.dumps(
        [
            {
                "rank": c.rank,
                "reason": c.reason,
                "confidence": c.confidence,
                "chosen": c.chosen,
                "params": dict(c.params),
                "principles": [[p.number, p.label, p.key, p.title, p.start, p.end] for p in c.principles],
            }
            for c in candidates
        ],
        ensure_ascii=False,
    )


def candidates_from_json(raw: str, text: str) -> tuple[PrincipleCandidate, ...]:
    from raadsviewer.domain.model import ParsedPrinciple, PrincipleCandidate

    out: list[PrincipleCandidate] = []
    for c in json.loads(raw or "[]"):
        principles = tuple(
            ParsedPrinciple(
                number=number, title=title, text=text[start:end], start=start, end=end, label=label, key=key
            )
            for number, label, key, title, start, end in c["principles"]
        )
        out.append(
            PrincipleCandidate(
                rank=c["rank"],
                reason=c["reason"],
                confidence=c["confidence"],
                principles=principles,
                params=tuple(sorted(c.get("params", {}).items())),
                chosen=bool(c.get("chosen")),
            )
        )
    return tuple(out)
