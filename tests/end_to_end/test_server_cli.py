"""The command line on a store on a PostgreSQL server: ``--db postgresql+psycopg://...``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from raadsviewer.cli import main

pytestmark = pytest.mark.postgresql

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
ZHZ = SAMPLES / "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt"
WERKGROEP = SAMPLES / "werkgroep-jeugd-overdenkingen-inkoopkader-2020.txt"


@pytest.fixture
def url(postgres):  # type: ignore[no-untyped-def]
    name = postgres.new_database(empty=True)
    yield postgres.url(name)
    postgres.drop_database(name)


@pytest.fixture
def cli(url: str, capsys):  # type: ignore[no-untyped-def]
    def run(*args: str | Path) -> tuple[int, str, str]:
        code = main(["--db", url, "--lang", "en", *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_griffies_work_through_the_command_line_on_a_server(cli, url: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("owner", "--griffie")[0] == 0
    assert cli("import", ZHZ, "--role", "framework", "--dossier", "Inkoopkader Jeugdhulp 2022 e.v.")[0] == 0
    assert cli("import", WERKGROEP, "--role", "background")[0] == 0
    assert cli("faction", "add", "VVD", "--seats", "7")[0] == 0
    code, out, err = cli(
        "amend", "--principle", "7", "--faction", "VVD", "--operation", "vervangen",
        "--old", "Versterken toegangstaak", "--new", "Versterken van de onafhankelijke toegang", "--title", "Toegang",
    )  # fmt: skip
    assert code == 0, err
    assert "A1" in out
    code, out, _err = cli("search", "onafhankelijke", "--json")
    assert code == 0 and any(hit["kind"] == "amendment" for hit in json.loads(out)["hits"])
    code, out, _err = cli("check-store")
    assert (code, out.strip()) == (0, "ok")
    code, out, err = cli("backup", "--json")
    if code == 0:  # pg_dump is installed here (Debian's postgresql package brings it)
        made = json.loads(out)
        assert made["path"].endswith(".dump") and made["size"] > 0
        code, out, _err = cli("backups", "--json")
        assert [b["path"] for b in json.loads(out)] == [made["path"]]
    else:
        assert "pg_dump" in err


def test_the_window_starts_on_a_server_store_and_a_wrong_url_is_refused(url: str, tmp_path: Path) -> None:
    """The window itself is tested in tests/ui/test_server_window.py; here the program is started
    as a user starts it: the window paints (and connects after that), the screenshot is drawn."""
    import os

    env = {**os.environ, "RAADSVIEWER_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "raadsviewer", "--lang", "en", "--db", url],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("painted"), done.stderr
    assert "Traceback" not in done.stderr
    shot = tmp_path / "s.png"
    done = subprocess.run(
        [sys.executable, "-m", "raadsviewer", "--lang", "en", "--db", url, "screenshot", str(shot)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and shot.stat().st_size > 1000, done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "raadsviewer", "--db", "mysql://x@localhost/db", "documents"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1 and "PostgreSQL" in done.stderr and "Traceback" not in done.stderr
    assert not list(Path(ROOT).glob("mysql*"))  # no file was made from the URL


def test_the_server_chosen_in_the_settings_is_where_the_window_starts(url: str, tmp_path: Path) -> None:
    """No --db: the settings' store. A file would be made (and filled with the sample dossier)
    before the first paint; on the server nothing is made on this computer."""
    import os

    config, data = tmp_path / "config", tmp_path / "data"
    (config / "raadsviewer").mkdir(parents=True)
    (config / "raadsviewer" / "raadsviewer.conf").write_text(f"[store]\npath={url}\n", encoding="utf-8")
    env = {
        **os.environ,
        "RAADSVIEWER_EXIT_AFTER_PAINT": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(data),
    }
    done = subprocess.run(
        [sys.executable, "-m", "raadsviewer", "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("painted"), done.stderr
    assert not list(data.rglob("*.sqlite"))
    (config / "raadsviewer" / "raadsviewer.conf").write_text("", encoding="utf-8")  # the default: the file
    done = subprocess.run(
        [sys.executable, "-m", "raadsviewer", "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and "raadsviewer.sqlite" in [p.name for p in data.rglob("*.sqlite")], done.stderr
