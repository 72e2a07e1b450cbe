"""The test suite cleans up after itself: nothing of a session is left in the temp folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_test_session_leaves_nothing_in_the_temp_folder(tmp_path: Path) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    (tmp_path / "pytest-own").mkdir()
    probe = ROOT / "tests" / "_probe_temp_test.py"
    probe.write_text(
        "import tempfile\n"
        "def test_makes_temp_folders(tmp_path):\n"
        "    tempfile.mkdtemp(prefix='raadsviewer-laws-')\n"
        "    (tmp_path / 'x').write_text('x')\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_RUNTIME_DIR", "PYTEST_DEBUG_TEMPROOT")}
    env.update(TMPDIR=str(temp), PYTEST_DEBUG_TEMPROOT=str(tmp_path / "pytest-own"))
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(probe)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        probe.unlink()
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(p.name for p in temp.iterdir()) == [], "left behind in the temp folder"
