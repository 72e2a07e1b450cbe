"""Test-wide set-up: headless Qt, a private runtime dir, the project's own sample files."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Everything the session puts in the temp folder (runtime folder, prepared stores, private homes,
# and the same for the programs it starts) goes into one folder of its own, removed when the
# session ends. pytest's own tmp_path folders stay where pytest keeps them (the last three runs).
os.environ.setdefault("PYTEST_DEBUG_TEMPROOT", tempfile.gettempdir())
SESSION_TMP = tempfile.mkdtemp(prefix="raadsviewer-tests-")
tempfile.tempdir = SESSION_TMP
os.environ["TMPDIR"] = SESSION_TMP
if not os.environ.get("XDG_RUNTIME_DIR"):
    _runtime = tempfile.mkdtemp(prefix="raadsviewer-xdg-")
    os.chmod(_runtime, stat.S_IRWXU)
    os.environ["XDG_RUNTIME_DIR"] = _runtime

# Secret keys are encrypted with the OS keychain or a passphrase (services.secrets). The tests
# never touch the keychain of the machine they run on; those about protection set a passphrase.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
os.environ.pop("RAADSVIEWER_KEY_PASSPHRASE", None)
os.environ.pop("RAADSVIEWER_KEY_PASSPHRASE_FILE", None)

from collections.abc import Callable  # noqa: E402

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"
GOLD = Path(__file__).resolve().parent / "gold.json"

ZHZ = SAMPLES / "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt"
WERKGROEP = SAMPLES / "werkgroep-jeugd-overdenkingen-inkoopkader-2020.txt"
DGJ = SAMPLES / "dgj-stand-van-zaken-inkoop-jeugdhulp-2021.txt"
GRONINGEN = SAMPLES / "groningen-reactie-initiatiefvoorstel-jeugdhulp-2020.txt"


@pytest.fixture
def store(tmp_path: Path):
    from raadsviewer.storage.db import Store

    s = Store(tmp_path / "store.sqlite")
    yield s
    s.close()


@pytest.fixture
def sample_store(store):
    """A store holding the bundled sample dossier (framework + two background documents)."""
    from raadsviewer.services.documents import ensure_sample_dossier

    ensure_sample_dossier(store, SAMPLES)
    return store


# A dump of every table, to prove that a refused action changed nothing.
def dump_tables(store) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with store.engine.connect() as conn:
        names = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")).scalars().all()
        return {
            name: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{name}"'))), key=repr) for name in names
        }


@pytest.fixture
def dump() -> Callable[[object], dict[str, list[tuple]]]:
    return dump_tables


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    import shutil

    shutil.rmtree(SESSION_TMP, ignore_errors=True)
