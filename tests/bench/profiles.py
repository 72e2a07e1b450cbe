"""The sizes each figure is measured at, and how often.

``full`` (``make bench``) has the sizes issue 16 sets its targets at; ``quick`` (``make
bench-quick``, under two minutes once the stores are built) the smallest of each curve, for a
check before a commit that touches a hot path; ``tiny`` exists for the test that keeps the
instrument working (tests/test_bench.py) and says nothing about speed.
"""

from __future__ import annotations

from typing import Any

FIGURES = ("paint", "switch", "search", "merge", "export", "memory", "importing")

PROFILES: dict[str, dict[str, dict[str, Any]]] = {
    "full": {
        "paint": {"documents": [100, 200], "loaded": (200, 20_000), "rounds": 7},
        "switch": {
            "first_documents": [50, 100, 200],
            "first_runs": 5,
            "annotations": [2_000, 10_000, 50_000],
            "rounds": 3,
        },
        "search": {"documents": [50, 200, 800], "rounds": 5},
        "merge": {"items": [1_000, 5_000, 20_000], "runs": 5, "stall_items": [1_000, 5_000, 20_000], "stall_runs": 3},
        "export": {"drafts": [(0, 50), (200, 500)], "runs": 5},
        "memory": {"dossiers": [(100, 10_000), (200, 20_000)], "runs": 2},
        "importing": {"pages": [100, 400, 800], "megabytes": [10, 50], "runs": 3, "large_runs": 2},
    },
    "quick": {
        "paint": {"documents": [100], "loaded": None, "rounds": 3},
        "switch": {"first_documents": [50], "first_runs": 3, "annotations": [2_000], "rounds": 2},
        "search": {"documents": [50], "rounds": 3},
        "merge": {"items": [1_000], "runs": 3, "stall_items": [1_000], "stall_runs": 2},
        "export": {"drafts": [(0, 50)], "runs": 3},
        "memory": {"dossiers": [(50, 2_000)], "runs": 1},
        "importing": {"pages": [100], "megabytes": [10], "runs": 2, "large_runs": 1},
    },
    "tiny": {
        "paint": {"documents": [3], "loaded": (3, 50), "rounds": 1},
        "switch": {"first_documents": [3], "first_runs": 1, "annotations": [50], "rounds": 1},
        "search": {"documents": [3], "rounds": 1},
        "merge": {"items": [20], "runs": 1, "stall_items": [20], "stall_runs": 1},
        "export": {"drafts": [(0, 5)], "runs": 1},
        "memory": {"dossiers": [(3, 50)], "runs": 1},
        "importing": {"pages": [4, 8], "megabytes": [0.2], "runs": 1, "large_runs": 1},
    },
}
