"""``make bench``: how the program's costs grow with the dossier, as a table of curves.

    python -m tests.bench [--quick | --profile NAME] [--only FIGURE ...] [--out build/bench.md]

Prints the table and writes it to ``--out`` (Markdown) with the same rows as JSON beside it
(``bench.json``), with the load average at the start and the end. The search and merge figures
are measured on the SQLite file and on one throwaway PostgreSQL server started for the run
(``server``); without one, their server rows say why they were skipped. Exit status 1 when a target is
missed or a figure could not be measured, after every figure has been printed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench import server  # noqa: E402
from tests.bench.profiles import FIGURES, PROFILES  # noqa: E402
from tests.bench.runner import (  # noqa: E402
    Row,
    exit_status,
    failed,
    format_load,
    load_average,
    read_rows,
    table,
)
from tests.bench.stores import DEFAULT_CACHE, Stores  # noqa: E402


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--profile", choices=sorted(PROFILES), default="full")
    parser.add_argument("--quick", action="store_const", const="quick", dest="profile", help="the smaller sizes")
    parser.add_argument("--only", nargs="+", choices=FIGURES, help="measure only these figures")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench.md", help="the table (Markdown)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where generated stores are kept")
    parser.add_argument("--stores-only", action="store_true", help="build the stores the figures need, measure nothing")
    return parser.parse_args(argv)


def _version(module: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(module)
    except PackageNotFoundError:
        return "?"


def _commit() -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"], capture_output=True, text=True, timeout=10
        )
        return done.stdout.strip() or "?"
    except OSError:
        return "?"


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    figures = args.only or list(FIGURES)
    sizes = PROFILES[args.profile]
    started = time.perf_counter()
    load_start = load_average()
    print(f"load average at start: {format_load(load_start)}", flush=True)
    stores = Stores(args.cache)
    modules = {figure: importlib.import_module(f"tests.bench.{figure}") for figure in figures}
    for figure, module in modules.items():  # built before any figure runs, so no figure times a build
        for name in module.stores(sizes[figure]):
            stores.store(name)
        if hasattr(module, "prepare"):
            module.prepare(sizes[figure], stores)
    if args.stores_only:
        print(f"stores ready in {stores.dir}")
        return 0
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="raadsviewer-bench-") as tmp, server.started(figures) as postgresql:
        if postgresql is not None:
            print(f"PostgreSQL: {postgresql}", flush=True)
        for figure in figures:
            print(f"measuring {figure} ...", flush=True)
            out = Path(tmp) / f"{figure}.json"
            done = subprocess.run(
                [sys.executable, "-m", "tests.bench.child", figure, args.profile, str(args.cache), str(out)],
                cwd=ROOT,
                env=os.environ,
            )
            if out.exists():
                rows += read_rows(str(out))
            else:
                rows.append(failed(figure, "-", "", f"the measuring process ended with status {done.returncode}"))
    load_end = load_average()
    text = table(rows)
    header = [
        f"# make bench ({args.profile})",
        "",
        f"- when: {datetime.now():%Y-%m-%d %H:%M}, commit {_commit()}, {time.perf_counter() - started:.0f} s",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"PySide6 {_version('PySide6_Essentials')}, SQLite {__import__('sqlite3').sqlite_version}",
        *([f"- PostgreSQL: {postgresql}"] if postgresql is not None else []),
        f"- load average at start: {format_load(load_start)}",
        f"- load average at end: {format_load(load_end)}",
        "- value: the median of the runs (or the percentile the figure names); spread: lowest–highest run",
        "",
    ]
    report = "\n".join(header) + "\n" + text + "\n"
    print()
    print(report, flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    json_path = args.out.with_suffix(".json")
    json_path.write_text(
        json.dumps(
            {
                "profile": args.profile,
                "commit": _commit(),
                "load_average": {"start": load_start, "end": load_end},
                "rows": [row.as_dict() for row in rows],
            },
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    print(f"written to {args.out} and {json_path}")
    return exit_status(rows)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
