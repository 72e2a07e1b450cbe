"""`make smoke`: the real program, started on the bundled sample twice in a row under Xvfb, as a new
user's first start and the start after it (the fast path). Each start must keep running until
closed, log nothing at ERROR or worse, show no crash dialog, and exit 0 when its window is closed
the way a window manager closes it. Exit status 1 with what went wrong otherwise."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.end_to_end.program import new_home, start_and_close, xvfb  # noqa: E402


def main() -> int:
    home = new_home("raadsviewer-smoke-")
    failed = False
    try:
        with xvfb() as display:
            for n, (name, expect) in enumerate((("first start", "full start"), ("second start", "fast start")), 1):
                outcome = start_and_close(home, platform="xcb", display=display)
                problems = outcome.problems()
                if expect not in outcome.log:
                    problems.append(f"the log does not say {expect!r}")
                if n == 1 and not home.store.exists():
                    problems.append("no store was made")
                status = "ok" if not problems else "FAILED: " + "; ".join(problems)
                print(f"smoke {n}: {name}: {status}", flush=True)
                if problems:
                    failed = True
                    print(outcome.describe(), flush=True)
    finally:
        shutil.rmtree(home.root, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
