"""The real program, started as a person starts it, on every path a start can take.

Each start launches the installed `raadsviewer` command in a private home (settings, data and log
folders of a new user), leaves it running a few seconds and closes it as the desktop does (see
``program.py``). It must keep running until closed, log nothing at ERROR, show no crash dialog,
and exit 0. Every scenario runs offscreen and on a real X server (Xvfb): the two differ in timing.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.end_to_end.program import (
    Home,
    assert_clean,
    new_home,
    run_cli,
    start_and_close,
    store_with_background_documents,
    xvfb,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    with xvfb() as display:
        yield display


@pytest.fixture(params=["offscreen", "xcb"])
def screen(request: pytest.FixtureRequest) -> tuple[str, str | None]:
    if request.param == "xcb":
        return "xcb", request.getfixturevalue("x_display")
    return "offscreen", None


@pytest.fixture
def home() -> Iterator[Home]:
    made = new_home()
    yield made
    shutil.rmtree(made.root, ignore_errors=True)


def _start(home: Home, screen: tuple[str, str | None], *args: str | Path, ready: str = "first paint"):  # type: ignore[no-untyped-def]
    platform, display = screen
    return start_and_close(home, *args, platform=platform, display=display, ready=ready)


def test_first_second_and_third_start(home: Home, screen) -> None:  # type: ignore[no-untyped-def]
    """The first start makes the store and asks who you are; the second reads it through the fast
    path; the third has a faction, amendments and passage links in the store."""
    first = _start(home, screen)
    assert_clean(first, expect=[r"full start", r"store open"])
    assert home.store.exists()
    assert "identity asked" in first.log  # a new laptop asks who uses it

    second = _start(home, screen)
    assert_clean(second, expect=[r"fast start", r"store open"])

    run_cli(home, "--db", home.store, "faction", "add", "GroenLinks", "--seats", "6")
    run_cli(
        home,
        "--db",
        home.store,
        "annotate",
        "--principle",
        "7",
        "--faction",
        "GroenLinks",
        "--member",
        "Anna de Vries",
        "--text",
        "De toegang moet onafhankelijk blijven.",
        "--quote",
        "Versterken toegangstaak",
    )
    run_cli(
        home,
        "--db",
        home.store,
        "amend",
        "--principle",
        "7",
        "--faction",
        "GroenLinks",
        "--member",
        "Anna de Vries",
        "--operation",
        "vervangen",
        "--old",
        "Versterken toegangstaak",
        "--new",
        "Versterken van een onafhankelijke toegangstaak",
        "--title",
        "Onafhankelijk",
    )
    _add_link(home.store)
    home.write_settings(faction="GroenLinks", member="Anna de Vries")
    third = _start(home, screen)
    assert_clean(third, expect=[r"fast start", r"store open"])
    assert "identity asked" not in third.log  # a faction is set: no question


def _add_link(store: Path) -> None:
    from raadsviewer.services import links
    from raadsviewer.services.documents import list_dossiers, open_dossier
    from raadsviewer.storage.db import Store

    opened = Store(store)
    try:
        view = open_dossier(opened, list_dossiers(opened)[0].id)
        background = view.background[0]
        block = next(b for b in background.blocks if b.kind.value == "paragraph" and len(b.text) > 80)
        links.add_link(
            opened,
            view.dossier.id,
            7,
            quote=block.text[:60],
            faction="GroenLinks",
            member="Anna de Vries",
            document_id=background.id,
            position_hint=block.start,
        )
    finally:
        opened.close()


def test_start_with_a_package(home: Home, screen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A double-clicked .raadspakket opens the window at the merge preview."""
    colleague = new_home()
    try:
        run_cli(
            colleague,
            "--db",
            colleague.root / "d66.sqlite",
            "import",
            SAMPLES / "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt",
            "--role",
            "framework",
            "--dossier",
            "Inkoopkader Jeugdhulp 2022 e.v.",
        )
        run_cli(
            colleague,
            "--db",
            colleague.root / "d66.sqlite",
            "annotate",
            "--principle",
            "3",
            "--faction",
            "D66",
            "--member",
            "Sara Yilmaz",
            "--visibility",
            "griffie",
            "--text",
            "Keuzevrijheid blijft.",
        )
        package = tmp_path / "D66.raadspakket"
        run_cli(colleague, "--db", colleague.root / "d66.sqlite", "export-package", "--faction", "D66", "-o", package)
    finally:
        shutil.rmtree(colleague.root, ignore_errors=True)
    home.write_settings(faction="Griffie", member="De griffier")
    outcome = _start(home, screen, package)
    assert_clean(outcome, expect=[r"merge preview"])


def test_start_on_a_damaged_store(home: Home, screen) -> None:  # type: ignore[no-untyped-def]
    """A damaged store is reported with the newest good backup, and restored only with consent:
    closing the question declines it, and the damaged file is left exactly as it was."""
    assert_clean(_start(home, screen))  # the first start makes the store and a daily backup
    for side in (Path(f"{home.store}-wal"), Path(f"{home.store}-shm")):
        assert not side.exists()  # closed properly: everything is in the store file itself
    whole = home.store.read_bytes()
    data = whole[: len(whole) // 2]  # torn: the second half of the file is gone
    home.store.write_bytes(data)
    outcome = _start(home, screen, ready=r"damaged")
    assert_clean(outcome, expect=[r"not restored at the user's request"])
    assert home.store.read_bytes() == data


def test_start_on_a_store_of_an_older_schema(home: Home, screen) -> None:  # type: ignore[no-untyped-def]
    """A store written by an older raadsviewer is backed up, upgraded and opened."""
    from raadsviewer.storage.db import make_engine, upgrade

    home.store.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(home.store)
    try:
        upgrade(engine, "0004_reading")
    finally:
        engine.dispose()
    assert _revision(home.store) == "0004_reading"
    outcome = _start(home, screen)
    assert_clean(outcome, expect=[r"full start", r"store open"])
    assert _revision(home.store) != "0004_reading"
    assert list(home.data_dir.glob("raadsviewer.before-*.sqlite"))  # the older store, kept as it was


def _revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture(scope="module")
def hundred_documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the sample dossier and 100 background documents (varied, so none is a
    duplicate of another), made once for both screens."""
    return store_with_background_documents(tmp_path_factory.mktemp("hundred") / "raadsviewer.sqlite", 100, SAMPLES)


def test_start_with_a_hundred_background_documents(home: Home, screen, hundred_documents: Path) -> None:  # type: ignore[no-untyped-def]
    home.store.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(hundred_documents, home.store)
    home.write_settings(faction="GroenLinks", member="Anna de Vries")
    outcome = _start(home, screen)
    assert_clean(outcome, expect=[r"fast start", r"store open"])
