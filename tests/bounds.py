"""Time and memory bounds for the red-team cases (no tests here): hostile input must be refused or
handled in bounded time and memory, and each case asserts its bounds in the same way.

In the test's own process, memory is the peak of Python allocations (tracemalloc) during the
call. A child process reports its own peak resident memory (``peak_rss_mb``, VmHWM), since
``getrusage(RUSAGE_CHILDREN)`` keeps the largest of every child the test run ever waited for.
The bounds are generous (a loaded 2-core machine) but far below what unbounded work costs.
"""

from __future__ import annotations

import resource
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024


@dataclass
class Measured:
    """What a bounded block cost; filled in when the block ends."""

    seconds: float = 0.0
    peak_mb: float = 0.0


@contextmanager
def bounded(seconds: float, megabytes: float, what: str = "") -> Iterator[Measured]:
    """Asserts that the block takes less than ``seconds`` of wall time and its Python allocations
    peak below ``megabytes`` above what was allocated when it began, whether it returns or raises
    (a failed bound then replaces the block's exception, so ``pytest.raises`` around it fails)."""
    measured = Measured()
    tracing = tracemalloc.is_tracing()
    if not tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    baseline = tracemalloc.get_traced_memory()[0]
    started = time.perf_counter()
    try:
        yield measured
    finally:  # also when the block raises: a refusal must be quick and small too
        measured.seconds = time.perf_counter() - started
        measured.peak_mb = (tracemalloc.get_traced_memory()[1] - baseline) / MB
        if not tracing:
            tracemalloc.stop()
        name = what or "bounded block"
        assert measured.seconds < seconds, f"{name} took {measured.seconds:.2f} s (bound {seconds} s)"
        assert measured.peak_mb < megabytes, f"{name} peaked at {measured.peak_mb:.1f} MB (bound {megabytes} MB)"


def peak_rss_mb() -> float:
    """This process's peak resident memory since it started (for child processes to report)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # elsewhere: the best there is


def assert_child_within(report: dict[str, float], seconds: float, megabytes: float, what: str = "") -> None:
    """A child's own report (``seconds`` and ``rss_mb``) is within the bounds."""
    assert report["seconds"] < seconds, f"{what or 'child'} took {report['seconds']:.2f} s (bound {seconds} s)"
    assert report["rss_mb"] < megabytes, f"{what or 'child'} peaked at {report['rss_mb']:.0f} MB (bound {megabytes} MB)"
