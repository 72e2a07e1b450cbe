"""The clerk's overview: for every principle and faction, how many annotations take which stance."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from raadsviewer.domain.model import Annotation, Stance

# The stances a matrix shows: a position on the principle. Notes (notitie) are not a position.
POSITIONS = (Stance.STEUN, Stance.ZORG, Stance.VRAAG, Stance.BEZWAAR)


@dataclass(frozen=True, slots=True)
class MatrixCell:
    counts: tuple[tuple[Stance, int], ...] = field(default_factory=tuple)  # in POSITIONS order, zero counts left out

    @property
    def total(self) -> int:
        return sum(n for _s, n in self.counts)

    @property
    def dominant(self) -> Stance | None:
        """The stance taken most often; on a tie the more critical one (bezwaar over zorg over
        vraag over steun), so a clerk's eye is drawn to what needs attention."""
        if not self.counts:
            return None
        severity = {s: i for i, s in enumerate((Stance.STEUN, Stance.VRAAG, Stance.ZORG, Stance.BEZWAAR))}
        return max(self.counts, key=lambda item: (item[1], severity[item[0]]))[0]


def stance_matrix(annotations: Iterable[Annotation]) -> dict[tuple[str, str], MatrixCell]:
    """(principle id, faction id) -> cell; deleted annotations and notes do not count."""
    tally: dict[tuple[str, str], Counter[Stance]] = {}
    for a in annotations:
        if a.deleted or a.principle_id is None or a.stance not in POSITIONS:
            continue
        tally.setdefault((a.principle_id, a.faction_id), Counter())[a.stance] += 1
    return {key: MatrixCell(tuple((s, counter[s]) for s in POSITIONS if counter[s])) for key, counter in tally.items()}
