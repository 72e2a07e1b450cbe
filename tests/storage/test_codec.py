"""How a document's blocks are written into the store and read back."""

from __future__ import annotations

import json

from raadsviewer.domain.model import Block, BlockKind
from raadsviewer.storage.codec import blocks_from_json, blocks_to_json

TEXT = "Zorg dichtbij\n\nHulp in de wijk."


def test_a_headings_label_is_kept_and_blocks_stored_before_it_still_read() -> None:
    blocks = (
        Block(BlockKind.HEADING, "Zorg dichtbij", 0, 13, level=2, number=3, marker="Uitgangspunt 3"),
        Block(BlockKind.PARAGRAPH, "Hulp in de wijk.", 15, 31),
    )
    stored = blocks_to_json(blocks)
    assert blocks_from_json(stored, TEXT) == blocks
    assert len(json.loads(stored)[1]) == 5  # only a heading's label takes room
    old = json.dumps([["heading", 0, 13, 2, 3], ["paragraph", 15, 31, 0, None]])  # as stored before
    assert [b.marker for b in blocks_from_json(old, TEXT)] == ["", ""]
    assert blocks_from_json(old, TEXT)[0].number == 3
