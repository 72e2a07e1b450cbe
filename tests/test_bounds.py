"""The bound helper fails where a bound is passed, also around a refusal (so its uses can fail)."""

from __future__ import annotations

import time

import pytest

from tests.bounds import assert_child_within, bounded


def test_a_slow_refusal_fails_its_time_bound() -> None:
    with pytest.raises(AssertionError, match="took"), pytest.raises(ValueError), bounded(0.05, 5, "refusal"):
        time.sleep(0.1)
        raise ValueError


def test_a_large_allocation_fails_its_memory_bound() -> None:
    with pytest.raises(AssertionError, match="peaked"), bounded(5, 5, "allocation"):
        block = bytearray(10 * 1024 * 1024)
        del block


def test_a_quick_small_refusal_passes_and_is_measured() -> None:
    with pytest.raises(ValueError), bounded(1, 5) as measured:
        raise ValueError
    assert 0 <= measured.seconds < 1 and 0 <= measured.peak_mb < 5


def test_a_child_report_is_held_to_its_bounds() -> None:
    assert_child_within({"seconds": 1.0, "rss_mb": 100.0}, 2, 200)
    with pytest.raises(AssertionError, match="peaked"):
        assert_child_within({"seconds": 1.0, "rss_mb": 300.0}, 2, 200)
