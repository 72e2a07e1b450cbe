"""The tsvector text the server index is given: the quick way and the careful way agree."""

from __future__ import annotations

import random

from raadsviewer.storage import search_index as si


def test_the_quick_tsvector_literal_is_the_careful_one() -> None:
    rnd = random.Random(16)
    vocabulary = ["zorg", "jeugd", "o'brien", "a\\b", "één", "2023", "x" * 600, "\U0001f600" * 501, "''"]
    cases = [
        "",
        "zorg zorg jeugd zorg",
        " ".join(["zorg"] * 300),  # more than 256 positions of one lexeme
        " ".join(rnd.choice(["a", "b", "c"]) for _ in range(16_500)),  # past the last position
        "x" * 2500 + " zorg " + "x" * 2600,  # lexemes cut to 2,000 bytes (and then equal)
        " ".join(f"w{i}" for i in range(120_000)),  # past the size of a tsvector (and the positions)
        " ".join(f"{i:05d}" + "y" * 190 for i in range(5_000)),  # past the size, few words
    ]
    cases += [" ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(1, 60))) for _ in range(2000)]
    for terms in cases:
        assert si.tsvector_literal(terms) == si._bounded_tsvector_literal(terms), terms[:80]
    assert si.tsvector_literal("o'brien zorg o'brien") == "'o''brien':1,3 'zorg':2"
