"""One figure, measured in a process of its own: ``python -m tests.bench.child FIGURE PROFILE CACHE OUT``.

Each figure gets a fresh process, so one figure's windows, caches and memory cannot colour the
next, and a figure that crashes is reported as such while the others are still measured. A
module measures its figure with ``measure``, or with each ``(name, function)`` of its ``PARTS`` in turn (a
part that fails is reported as such and the next part still runs). The rows go to the JSON file
``OUT``.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.bench.profiles import PROFILES  # noqa: E402
from tests.bench.runner import Row, failed, write_rows  # noqa: E402
from tests.bench.stores import Stores  # noqa: E402


def log(message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


def main(argv: list[str]) -> int:
    figure, profile, cache, out = argv
    module = importlib.import_module(f"tests.bench.{figure}")
    sizes = PROFILES[profile][figure]
    work = Path(tempfile.mkdtemp(prefix=f"raadsviewer-bench-{figure}-"))
    rows: list[Row] = []
    stores = Stores(Path(cache), log=log)
    try:
        parts = getattr(module, "PARTS", None) or ((getattr(module, "NAME", figure), module.measure),)
        for name, part, *where in parts:
            store = where[0] if where else ""
            place = work / "".join(c if c.isalnum() else "-" for c in f"{name} {store}")
            place.mkdir(parents=True, exist_ok=True)
            try:
                rows += part(sizes, stores, place, log)
            except Exception as exc:  # reported as the part's row; the other parts and figures still run
                traceback.print_exc()
                rows.append(failed(name, "-", "", f"{type(exc).__name__}: {exc}", store))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_rows(out, rows)
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: garbage-collecting Qt objects after the QApplication is gone can
    # abort the process, which would turn a measured run into a failed one.
    os._exit(code)
