"""Measurements that need a process of their own (its memory is the figure):

    python -m tests.bench.probe window STORE DIR   # the main window on a store, every principle visited
    python -m tests.bench.probe import FILE DIR    # importing a file into a new store
    python -m tests.bench.probe read FILE          # only reading the file (with the import's modules loaded)

Prints one JSON line: ``rss_mb`` (resident now), ``peak_mb`` (the most it was resident) and, for
an import, ``seconds``.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def memory() -> dict[str, float]:
    """Resident and peak resident memory of this process, MB (from /proc where there is one)."""
    status = Path("/proc/self/status")
    if status.exists():
        fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        return {
            "rss_mb": int(fields["VmRSS"].split()[0]) / 1024,
            "peak_mb": int(fields["VmHWM"].split()[0]) / 1024,
        }
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return {"rss_mb": peak, "peak_mb": peak}


def window(store_path: Path, directory: Path) -> dict[str, float]:
    from tests.bench import gui
    from tests.bench.switch import principle_numbers

    win, store = gui.open_window(store_path, directory)
    for number in principle_numbers(store):
        gui.busy(lambda n=number: win.select_principle(n), win)
    gc.collect()
    gui.settle()
    return memory()


def import_file(path: Path, directory: Path) -> dict[str, float]:
    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.services.documents import import_document
    from raadsviewer.storage.db import Store

    store = Store(directory / "import.sqlite")
    try:
        started = time.perf_counter()
        import_document(store, path, role=DocumentRole.BACKGROUND, dossier_title="Groot dossier")
        seconds = time.perf_counter() - started
    finally:
        store.close()
    return {"seconds": seconds, **memory()}


def read_file(path: Path) -> dict[str, float]:
    import raadsviewer.services.documents  # noqa: F401 (the import's modules, loaded as for an import)

    text = path.read_bytes().decode("utf-8")
    result = memory()
    del text
    return result


def run(*args: str | Path, timeout: float = 900) -> dict[str, float]:
    """Run a probe in a new process and return what it measured."""
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.probe", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"probe {args[0]} failed (status {done.returncode}): {done.stderr.strip()[-1500:]}")
    return json.loads(lines[-1])


def main(argv: list[str]) -> None:
    command, *args = argv
    if command == "window":
        result = window(Path(args[0]), Path(args[1]))
    elif command == "import":
        result = import_file(Path(args[0]), Path(args[1]))
    elif command == "read":
        result = read_file(Path(args[0]))
    else:
        raise SystemExit(f"unknown probe {command}")
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
    sys.stdout.flush()
    os._exit(0)
