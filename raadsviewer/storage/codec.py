"""How values that have no column of their own are written into the store (no SQLAlchemy here,
so the fast start can read them too)."""

from __future__ import annotations

import json

from raadsviewer.domain.model import Block, BlockKind, ParsedPrinciple, PrincipleCandidate


def blocks_to_json(blocks: tuple[Block, ...]) -> str:
    # Block texts are slices of the document text, so only the spans are stored.
    return json.dumps([[b.kind.value, b.start, b.end, b.level, b.number] for b in blocks])


def blocks_from_json(raw: str, text: str) -> tuple[Block, ...]:
    return tuple(
        Block(kind=BlockKind(kind), text=text[start:end], start=start, end=end, level=level, number=number)
        for kind, start, end, level, number in json.loads(raw)
    )


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
