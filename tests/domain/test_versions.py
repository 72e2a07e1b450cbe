"""Versions: principle changes and relocating quotes, every status."""

from __future__ import annotations

from dataclasses import dataclass

from raadsviewer.domain.anchoring import make_anchor
from raadsviewer.domain.versions import compare_principles, principle_status, relocate


@dataclass
class P:
    number: int
    title: str
    text: str
    start: int = 0
    end: int = 0


OLD = [
    P(1, "Eigen kracht", "Eigen kracht. Beter inzetten van het netwerk van het gezin."),
    P(2, "Normaliseren", "Normaliseren en de-medicaliseren van opvoeden en opgroeien."),
    P(3, "Grip", "Grip op het aantal aanbieders met behoud van keuzevrijheid."),
    P(4, "Topinkomens", "Wet normering topinkomens is van toepassing."),
]
NEW = [
    P(1, "Eigen kracht", "Eigen kracht. Beter inzetten van het netwerk van het gezin."),
    P(2, "Preventie", "Preventie gaat voor, ook in het voorveld van de jeugdhulp en het onderwijs."),
    P(3, "Normaliseren", "Normaliseren en de-medicaliseren van opvoeden en opgroeien."),
    P(4, "Grip", "Grip op het aantal jeugdhulpaanbieders met behoud van keuzevrijheid voor ouders."),
]


def test_compare_principles_unchanged_renumbered_reworded_added_removed() -> None:
    changes = compare_principles(OLD, NEW)
    kinds = [(c.kind, c.old_number, c.new_number) for c in changes]
    assert kinds == [
        ("unchanged", 1, 1),
        ("added", None, 2),
        ("unchanged", 2, 3),
        ("reworded", 3, 4),
        ("removed", 4, None),
    ]
    assert changes[2].renumbered and not changes[0].renumbered
    reworded = changes[3]
    assert 0.5 <= reworded.similarity < 1 and any(op.kind != "equal" for op in reworded.ops)
    assert principle_status(changes[0]) == ("exact", 1.0)
    assert principle_status(changes[2]) == ("moved", 1.0)
    assert principle_status(changes[3])[0] == "fuzzy"
    assert principle_status(changes[4]) == ("orphan", 0.0)


TEXT = "Inleiding van de brief. De toegang wordt versterkt door de gemeenten samen. Tot slot een groet."
ANCHOR = make_anchor("d", TEXT, TEXT.index("De toegang"), TEXT.index(" Tot slot"))


def test_relocate_exact_even_when_offsets_shift() -> None:
    found = relocate(ANCHOR, "Een nieuwe eerste zin. " + TEXT)
    assert found.status == "exact" and found.score == 1.0
    assert ("Een nieuwe eerste zin. " + TEXT)[found.start : found.end] == ANCHOR.quote


def test_relocate_moved_when_context_changed() -> None:
    new = "Tot slot een groet. Andere opening hier: De toegang wordt versterkt door de gemeenten samen. Einde."
    found = relocate(ANCHOR, new)
    assert found.status == "moved" and new[found.start : found.end] == ANCHOR.quote


def test_relocate_fuzzy_with_score_and_orphan() -> None:
    new = "Inleiding van de brief. De toegang wordt sterk verbeterd door de gemeenten samen. Tot slot een groet."
    found = relocate(ANCHOR, new)
    assert found.status == "fuzzy" and 0.6 <= found.score < 1
    assert "toegang" in new[found.start : found.end]
    gone = relocate(ANCHOR, "Een heel andere brief over de begroting en het zwembad.")
    assert gone.status == "orphan" and gone.start is None and gone.score < 0.6


def test_relocate_prefers_the_scope() -> None:
    new = "De toegang wordt versterkt door de gemeenten samen. " * 2
    second = len(new) // 2
    found = relocate(ANCHOR, new, scope=(second, len(new)))
    assert found.start == second
