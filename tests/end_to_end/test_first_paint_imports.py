"""What a start loads before its first paint: the fast path reads the store with sqlite3 alone
and paints; the store layer's libraries are loaded after the paint. A module-level import of
one of them in a module the start needs (it happened: ``storage.repository`` importing
``domain.merge``, which loads msgspec) costs every start its import, unseen by any other test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.end_to_end.program import Home

AFTER_THE_PAINT = ("sqlalchemy", "alembic", "msgspec", "markdown_it", "cryptography", "psycopg", "docx")


def _start(home: Home) -> subprocess.CompletedProcess[str]:
    """A start to its first paint (then it ends), with the import of every module reported."""
    env = {**home.env("offscreen", None), "RAADSVIEWER_EXIT_AFTER_PAINT": "1"}
    command = [sys.executable, "-X", "importtime", "-m", "raadsviewer", "--lang", "nl", "--db", str(home.store)]
    return subprocess.run(command, capture_output=True, text=True, cwd=home.root, env=env, timeout=120, check=False)


def test_the_second_start_paints_before_loading_the_store_layers_libraries(tmp_path: Path) -> None:
    home = Home(tmp_path)
    first = _start(home)  # makes the store (the full path: everything is loaded)
    assert first.returncode == 0 and first.stdout.startswith("painted"), first.stderr[-2000:]
    assert any(f"| {name}" in first.stderr for name in AFTER_THE_PAINT)  # the measure sees them
    second = _start(home)
    assert second.returncode == 0 and second.stdout.startswith("painted"), second.stderr[-2000:]
    loaded = {line.rsplit("|", 1)[-1].strip() for line in second.stderr.splitlines() if line.startswith("import time:")}
    assert "raadsviewer.ui.main_window" in loaded
    early = sorted(m for m in loaded if m.split(".")[0] in AFTER_THE_PAINT)
    assert early == [], early
