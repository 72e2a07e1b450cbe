"""The bench's bookkeeping: repeated, interleaved measurements, their summaries, the table.

A figure is a curve: one :class:`Row` per size ``n``, holding the measured value and the baseline
it is held against (each a :class:`Summary` of repeated runs: the median and the spread), their
ratio, and the target. Program and baseline runs are interleaved (:func:`interleave`), so a
machine that gets busier halfway slows both alike, and the ratio stays honest.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Summary:
    """Repeated measurements of one thing: the headline value (the median of the runs, or the
    percentile the figure names) and the spread of the runs (lowest and highest)."""

    value: float
    low: float
    high: float
    runs: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Summary:
        if not values:
            raise ValueError("no measurements")
        return cls(statistics.median(values), min(values), max(values), len(values))

    @classmethod
    def percentile(cls, values: Sequence[float], pct: float, per_round: Sequence[float] = ()) -> Summary:
        """The ``pct`` percentile of all samples; the spread is that of ``per_round`` (the same
        percentile per repetition) when given, else the samples' own range."""
        spread = list(per_round) or list(values)
        return cls(percentile(values, pct), min(spread), max(spread), len(values))


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation: a value that was really measured)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no measurements")
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True, slots=True)
class Target:
    """``ratio``: value / baseline at most ``limit``; ``below``: the value under ``limit`` (in
    the row's unit)."""

    kind: str
    limit: float

    def holds(self, row: Row) -> bool:
        if self.kind == "ratio":
            return row.ratio is not None and row.ratio <= self.limit
        return row.value is not None and row.value.value < self.limit

    def describe(self, unit: str) -> str:
        return f"≤ {self.limit:g}×" if self.kind == "ratio" else f"< {self.limit:g} {unit}"


def ratio_at_most(limit: float) -> Target:
    return Target("ratio", limit)


def below(limit: float) -> Target:
    return Target("below", limit)


@dataclass(slots=True)
class Row:
    figure: str  # the figure's name, e.g. "first paint"
    n: str  # the size of this point of the curve, as shown ("200 documents")
    unit: str  # "s", "ms", "MB"
    value: Summary | None
    baseline_name: str
    baseline: Summary | None
    target: Target | None = None  # None: printed for comparison
    note: str = ""
    error: str | None = None  # the figure could not be measured (and why)
    extra: dict[str, Any] = field(default_factory=dict)
    store: str = ""  # where it was measured when not on the SQLite file ("PostgreSQL": on a server)
    skipped: str | None = None  # not measured here, and why ("no PostgreSQL (...)"): shown, not failed

    @property
    def label(self) -> str:
        """The first column: the figure, its unit and, for a server, where it was measured."""
        where = f" ({self.store})" if self.store else ""
        return f"{self.figure}, {self.unit}{where}" if self.unit else f"{self.figure}{where}"

    @property
    def ratio(self) -> float | None:
        if self.value is None or self.baseline is None or self.baseline.value <= 0:
            return None
        return self.value.value / self.baseline.value

    @property
    def verdict(self) -> str:
        if self.error is not None:
            return "ERROR"
        if self.skipped is not None:
            return f"skipped: {self.skipped}"
        if self.target is None:
            return "for comparison"
        return "ok" if self.target.holds(self) else "MISSED"

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = self.ratio
        data["verdict"] = self.verdict
        data["target"] = (
            None if self.target is None else {**asdict(self.target), "text": self.target.describe(self.unit)}
        )
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Row:
        data = {k: v for k, v in data.items() if k not in ("ratio", "verdict")}
        for key in ("value", "baseline"):
            if data.get(key) is not None:
                data[key] = Summary(**data[key])
        if data.get("target") is not None:
            data["target"] = Target(data["target"]["kind"], data["target"]["limit"])
        return cls(**data)


def failed(figure: str, n: str, unit: str, error: str, store: str = "") -> Row:
    return Row(figure, n, unit, None, "", None, None, error=error, store=store)


def skipped(figure: str, n: str, unit: str, why: str, store: str = "") -> Row:
    """A row that could not be measured on this machine (say, no server to measure on): printed
    with the reason, never silently absent, and not counted as a failure."""
    return Row(figure, n, unit, None, "", None, None, store=store, skipped=why)


def interleave(runs: int, *measures: Callable[[], float], rotate: bool = True) -> list[list[float]]:
    """Run every measure once per round, ``runs`` rounds; the order rotates each round so no
    measure always goes first (after another one warmed a cache). Returns one list per measure."""
    results: list[list[float]] = [[] for _ in measures]
    order = list(range(len(measures)))
    for round_ in range(runs):
        shift = round_ % len(order) if rotate else 0
        for i in order[shift:] + order[:shift]:
            results[i].append(measures[i]())
    return results


def load_average() -> tuple[float, float, float] | None:
    try:
        return os.getloadavg()
    except OSError:
        return None


def format_load(load: tuple[float, float, float] | None) -> str:
    return "unknown" if load is None else " / ".join(f"{x:.2f}" for x in load) + " (1 / 5 / 15 min)"


def _number(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f}"
    if unit == "MB":
        return f"{value:.0f}"
    return f"{value:.1f}" if value < 1000 else f"{value:.0f}"


def _spread(summary: Summary, unit: str) -> str:
    if summary.runs <= 1:
        return "1 run"
    return f"{_number(summary.low, unit)}–{_number(summary.high, unit)} ({summary.runs})"


HEADER = ("figure", "n", "value", "spread (runs)", "baseline", "baseline value", "ratio", "target", "result")


def table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table (also how they are printed on the screen)."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "|".join("---" for _ in HEADER) + "|"]
    for row in rows:
        if row.error is not None:
            cells = [row.label, row.n, "—", "", "", "", "", "", f"ERROR: {row.error}"]
        elif row.skipped is not None:
            cells = [row.label, row.n, "—", "", "", "", "", "", row.verdict]
        else:
            assert row.value is not None
            base = row.baseline
            cells = [
                row.label,
                row.n,
                _number(row.value.value, row.unit),
                _spread(row.value, row.unit),
                row.baseline_name,
                "" if base is None else f"{_number(base.value, row.unit)} ({_spread(base, row.unit)})",
                "" if row.ratio is None else f"{row.ratio:.2f}×",
                "" if row.target is None else row.target.describe(row.unit),
                row.verdict,
            ]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines)


def exit_status(rows: Sequence[Row]) -> int:
    """0: every target holds; 1: a target is missed or a figure could not be measured (a row
    skipped for want of a server says so in the table, and fails nothing)."""
    return 0 if all(row.verdict in ("ok", "for comparison") or row.skipped is not None for row in rows) else 1


def write_rows(path: str, rows: Sequence[Row]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        json.dump([row.as_dict() for row in rows], out, ensure_ascii=False, indent=1)


def read_rows(path: str) -> list[Row]:
    with open(path, encoding="utf-8") as source:
        return [Row.from_dict(item) for item in json.load(source)]


class Clock:
    """``with Clock() as c: ...`` then ``c.seconds``."""

    def __enter__(self) -> Clock:
        self.started = time.perf_counter()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.seconds = time.perf_counter() - self.started
