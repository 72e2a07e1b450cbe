"""Switching principle in the main window, on the GUI thread.

* The first switch after the window opened, with 50, 100 and 200 background documents, held
  against the first switch on the sample dossier (target: under 100 ms). Each run opens a new
  window (loaded, shown, settled, as after a start) and switches once; the windows of every size
  take turns. A first window is opened and switched before the runs so module imports are not
  counted: the program has them loaded by the time a person clicks.
* The 95th percentile of switches through every principle with 2,000, 10,000 and 50,000
  annotations, held against the same switches on the sample dossier without annotations, the
  two windows switching in turn (target: under 50 ms).

The window runs its real thread pool; a switch costs the GUI thread its longest busy stretch from
the click until all the switch started is done and shown (:func:`tests.bench.gui.busy`). The time
until the window settled is printed beside it for comparison.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.bench import gui
from tests.bench.runner import Row, Summary, below, percentile
from tests.bench.stores import Stores, working_copy

NAME_FIRST = "first switch, GUI thread"
NAME_FIRST_SETTLED = "first switch until settled"
NAME_P95 = "switch p95, GUI thread"
FIRST_LIMIT_MS = 100.0
P95_LIMIT_MS = 50.0
FIRST_TARGET = 7  # the window opens on principle 1; a council member goes to another one


def stores(sizes: dict[str, Any]) -> list[str]:
    return [
        "sample",
        *(f"docs-{n}" for n in sizes["first_documents"]),
        *(f"notes-{n}" for n in sizes["annotations"]),
    ]


def principle_numbers(store: Any) -> list[int]:
    from raadsviewer.services.documents import list_principles, resolve_dossier

    return [p.number for p, _doc in list_principles(store, resolve_dossier(store).id)]


def _first_switch(path: Path, work: Path) -> gui.Busy:
    window, store = gui.open_window(path, work)
    try:
        return gui.busy(lambda: window.select_principle(FIRST_TARGET), window)
    finally:
        gui.close_window(window, store)


def _first(sizes: dict[str, Any], store_set: Stores, work: Path, log: Any) -> list[Row]:
    gui.application()
    rows: list[Row] = []
    sample = working_copy(store_set.store("sample"), work / "sample")
    names = ["sample", *(f"docs-{n}" for n in sizes["first_documents"])]
    paths = {name: working_copy(store_set.store(name), work / name) for name in names[1:]}
    paths["sample"] = sample
    _first_switch(sample, work / "warm")  # imports and caches of a first window, as after a start
    results: dict[str, list[gui.Busy]] = {name: [] for name in names}
    runs = sizes["first_runs"]
    for run in range(runs):
        log(f"{NAME_FIRST}: run {run + 1} of {runs}")
        order = names[run % len(names) :] + names[: run % len(names)]
        for name in order:
            results[name].append(_first_switch(paths[name], work / f"run-{name}"))
    base = Summary.of([b.longest_ms for b in results["sample"]])
    base_settled = Summary.of([b.settled_ms for b in results["sample"]])
    for n in sizes["first_documents"]:
        got = results[f"docs-{n}"]
        rows.append(
            Row(
                NAME_FIRST,
                f"{n} documents",
                "ms",
                Summary.of([b.longest_ms for b in got]),
                "sample dossier",
                base,
                below(FIRST_LIMIT_MS),
            )
        )
        rows.append(
            Row(
                NAME_FIRST_SETTLED,
                f"{n} documents",
                "ms",
                Summary.of([b.settled_ms for b in got]),
                "sample dossier",
                base_settled,
            )
        )
    return rows


def _p95(sizes: dict[str, Any], store_set: Stores, work: Path, log: Any) -> list[Row]:
    gui.application()
    sample = working_copy(store_set.store("sample"), work / "sample")
    rows = []
    base_window, base_store = gui.open_window(sample, work / "p95-sample")
    try:
        numbers = principle_numbers(base_store)
        for n in sizes["annotations"]:
            path = working_copy(store_set.store(f"notes-{n}"), work / f"notes-{n}")
            window, store = gui.open_window(path, work / f"p95-{n}")
            try:
                mine: list[float] = []
                theirs: list[float] = []
                mine_rounds: list[float] = []
                theirs_rounds: list[float] = []
                rounds = sizes["rounds"]
                log(f"{NAME_P95}: {n:,} annotations, {rounds} rounds of {len(numbers)} principles")
                for round_ in range(rounds):
                    order = numbers if round_ % 2 == 0 else numbers[::-1]
                    this_round: list[float] = []
                    base_round: list[float] = []
                    for number in order:
                        this_round.append(gui.busy(lambda w=window, k=number: w.select_principle(k), window).longest_ms)
                        base_round.append(
                            gui.busy(lambda w=base_window, k=number: w.select_principle(k), base_window).longest_ms
                        )
                    mine += this_round
                    theirs += base_round
                    mine_rounds.append(percentile(this_round, 95))
                    theirs_rounds.append(percentile(base_round, 95))
                rows.append(
                    Row(
                        NAME_P95,
                        f"{n:,} annotations",
                        "ms",
                        Summary.percentile(mine, 95, mine_rounds),
                        "sample dossier, no annotations",
                        Summary.percentile(theirs, 95, theirs_rounds),
                        below(P95_LIMIT_MS),
                    )
                )
            finally:
                gui.close_window(window, store)
    finally:
        gui.close_window(base_window, base_store)
    return rows


PARTS = ((NAME_FIRST, _first), (NAME_P95, _p95))
