from __future__ import annotations

from datetime import datetime

from raadsviewer.domain.model import Annotation, Stance, Visibility
from raadsviewer.domain.overview import MatrixCell, stance_matrix

NOW = datetime(2026, 11, 1)


def note(i: int, principle: str | None, faction: str, stance: Stance, deleted: bool = False) -> Annotation:
    return Annotation(
        id=f"a{i}",
        dossier_id="d",
        faction_id=faction,
        faction_name=faction,
        author="x",
        stance=stance,
        visibility=Visibility.FRACTIE,
        body="b",
        principle_id=principle,
        principle_number=1,
        anchor=None,
        created_at=NOW,
        updated_at=NOW,
        version=1,
        revision_id="r",
        deleted=deleted,
    )


def test_counts_per_principle_and_faction_without_notes_or_deleted() -> None:
    items = [
        note(1, "p1", "GL", Stance.STEUN),
        note(2, "p1", "GL", Stance.STEUN),
        note(3, "p1", "GL", Stance.ZORG),
        note(4, "p1", "VVD", Stance.BEZWAAR),
        note(5, "p1", "VVD", Stance.NOTITIE),
        note(6, "p2", "GL", Stance.VRAAG, deleted=True),
        note(7, None, "GL", Stance.STEUN),
    ]
    matrix = stance_matrix(items)
    assert set(matrix) == {("p1", "GL"), ("p1", "VVD")}
    assert matrix[("p1", "GL")] == MatrixCell(((Stance.STEUN, 2), (Stance.ZORG, 1)))
    assert matrix[("p1", "GL")].total == 3 and matrix[("p1", "GL")].dominant is Stance.STEUN
    assert matrix[("p1", "VVD")].counts == ((Stance.BEZWAAR, 1),)


def test_a_tie_shows_the_more_critical_stance() -> None:
    items = [note(1, "p", "F", Stance.STEUN), note(2, "p", "F", Stance.BEZWAAR)]
    assert stance_matrix(items)[("p", "F")].dominant is Stance.BEZWAAR
    items = [note(1, "p", "F", Stance.VRAAG), note(2, "p", "F", Stance.ZORG)]
    assert stance_matrix(items)[("p", "F")].dominant is Stance.ZORG
    assert MatrixCell().dominant is None and MatrixCell().total == 0
