"""THE MERGE CRASH TEST: a process merging a package (and undoing it, again and again) is killed
with SIGKILL at random moments. The store must be as before the merge or as after it, never in
between, and the merge log must say which.

Reproduce a failure with the seed from the message: RAADSVIEWER_KILL_SEED=<seed> pytest ...
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
KILLS = 16
TIME_BUDGET_S = 50.0
SEED = int(os.environ.get("RAADSVIEWER_KILL_SEED", "20261123"))

CHILD = """
import sys
from pathlib import Path
from raadsviewer.services.exchange import merge_packages, undo_last_merge
from raadsviewer.storage.db import Store
store = Store(sys.argv[1])
print("ready", flush=True)
while True:
    [r] = merge_packages(store, [Path(sys.argv[2])])
    assert not r.refused, r.reason
    print("merged", r.status, flush=True)
    undo_last_merge(store)
    print("undone", flush=True)
"""


def _state(path: Path) -> tuple[dict, int]:
    from raadsviewer.storage.db import Store
    from tests.services.test_exchange_support import canonical_dump

    store = Store(path)
    try:
        assert store.integrity_check() == "ok"
        with store.engine.connect() as conn:
            logged = conn.execute(text("SELECT count(*) FROM merge_log")).scalar()
        return canonical_dump(store), int(logged or 0)
    finally:
        store.close()


def test_a_killed_merge_leaves_before_or_after(tmp_path: Path) -> None:
    from tests.bench.merge import package as bench_package
    from tests.bench.stores import Stores

    generated = Stores(tmp_path / "generated", log=lambda _message: None)
    clerk = tmp_path / "clerk.sqlite"
    shutil.copyfile(generated.store("clerk"), clerk)
    package = bench_package(generated, 3000)  # one faction's signed package of 3,000 annotations
    before, _ = _state(clerk)
    merged_copy = tmp_path / "merged.sqlite"
    shutil.copyfile(clerk, merged_copy)
    from raadsviewer.services.exchange import merge_packages
    from raadsviewer.storage.db import Store

    s = Store(merged_copy)
    assert not merge_packages(s, [package])[0].refused
    s.close()
    after, _ = _state(merged_copy)
    assert before != after

    rnd = random.Random(SEED)
    started = time.monotonic()
    seen = {"before": 0, "after": 0}
    for kill in range(KILLS):
        if time.monotonic() - started > TIME_BUDGET_S:
            break
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(clerk), str(package)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env=dict(os.environ, PYTHONUNBUFFERED="1", PYTHONPATH=str(ROOT)),
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == b"ready", proc.stderr.read() if proc.stderr else line
        time.sleep(rnd.uniform(0.0, 2.0))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()  # waits, and closes its pipes
        state, logged = _state(clerk)
        where = f"kill {kill}, seed {SEED}"
        if logged:
            assert state == after, where
            seen["after"] += 1
        else:
            assert state == before, where
            seen["before"] += 1
    assert sum(seen.values()) >= 10
