"""A note being typed when the real program is killed is shown again at the next start.

The first run is the program's own start (``killed_while_writing.py``), killed with SIGKILL two
and a half seconds after the note was typed into its editor; the second is the installed command,
started as a person starts it, which must offer the text (and keep it when closed unanswered).
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.end_to_end.program import Home, assert_clean, new_home, run_cli, start_and_close

pytestmark = pytest.mark.slow
TEXT = "De toegang blijft onafhankelijk, ook als de regio samen inkoopt."


def _driven(home: Home, *args: str) -> subprocess.CompletedProcess[str]:
    """The program started by ``killed_while_writing.py`` (which drives it) in ``home``."""
    return subprocess.run(
        [sys.executable, str(Path(__file__).with_name("killed_while_writing.py")), *args],
        env=home.env("offscreen", None),
        cwd=home.root,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def home() -> Iterator[Home]:
    made = new_home()
    yield made
    shutil.rmtree(made.root, ignore_errors=True)


@pytest.mark.parametrize("how", ["KILL", "TERM"])
def test_a_note_typed_when_the_program_was_killed_comes_back_at_the_next_start(home: Home, how: str) -> None:
    """KILL: a crash, a power cut. TERM: the session logs out with the editor open; the program
    ends by itself (it used to ask "Weggooien?" again and again, holding the logout up)."""
    first = start_and_close(home, platform="offscreen", display=None)  # a new laptop: the sample dossier
    assert_clean(first, expect=[r"store open"])
    run_cli(home, "--db", home.store, "faction", "add", "GroenLinks", "--seats", "6")
    run_cli(home, "--db", home.store, "owner", "--faction", "GroenLinks", "--member", "Anna de Vries")
    home.write_settings(faction="GroenLinks", member="Anna de Vries")

    killed = _driven(home, TEXT, how)
    expected = -signal.SIGKILL if how == "KILL" else 0  # TERM: closed as at logout, exit status 0
    assert killed.returncode == expected, (killed.returncode, killed.stderr[-2000:])
    assert "typed" in killed.stdout
    copies = list((home.data_dir / "niet-bewaard").glob("*/*.json"))
    assert len(copies) == 1
    fields = json.loads(copies[0].read_text(encoding="utf-8"))["fields"]
    assert ["Tekst van de annotatie", TEXT] in fields and ["Zichtbaarheid", "Fractie"] in fields

    second = start_and_close(home, platform="offscreen", display=None, ready=r"texts not saved when the program")
    assert_clean(second, expect=[r"texts not saved when the program last stopped: 1"])
    assert copies[0].exists()  # closed unanswered: shown again next time


def test_a_note_typed_when_the_program_was_killed_is_written_on_at_the_next_start(home: Home) -> None:
    """Killed with the editor open; the next start offers the note, Verder schrijven puts it back
    into its editor (on its principle, for the faction only, as it was), and OK saves it."""
    first = start_and_close(home, platform="offscreen", display=None)
    assert_clean(first, expect=[r"store open"])
    run_cli(home, "--db", home.store, "faction", "add", "GroenLinks", "--seats", "6")
    run_cli(home, "--db", home.store, "owner", "--faction", "GroenLinks", "--member", "Anna de Vries")
    home.write_settings(faction="GroenLinks", member="Anna de Vries")
    killed = _driven(home, TEXT, "KILL")
    assert killed.returncode == -signal.SIGKILL, (killed.returncode, killed.stderr[-2000:])
    [left] = list((home.data_dir / "niet-bewaard").glob("*/*.json"))

    resumed = _driven(home, "-", "RESUME")
    assert resumed.returncode == 0, (resumed.returncode, resumed.stdout, resumed.stderr[-3000:])
    assert "offered True" in resumed.stdout and f"reopened {TEXT}\n" in resumed.stdout and "saved" in resumed.stdout
    assert not list((home.data_dir / "niet-bewaard").glob("*/*.json"))  # saved: no copy left
    listed = json.loads(run_cli(home, "--db", home.store, "annotations", "--json").stdout)
    assert [(a["text"], a["principle"], a["visibility"]) for a in listed] == [
        (TEXT + " Aangevuld na de herstart.", 7, "fractie")
    ], listed
    assert not left.exists()


def test_the_settings_changed_when_the_session_logs_out_come_back_at_the_next_start(home: Home) -> None:
    """A dialog of fields (the settings; a vote of a dozen factions is the same kind) open at a
    logout: the program ends without asking, and what was changed in it is shown at the next
    start, as a note's text is."""
    first = start_and_close(home, platform="offscreen", display=None)
    assert_clean(first, expect=[r"store open"])
    ended = _driven(home, "-", "SETTINGS")
    assert ended.returncode == 0, (ended.returncode, ended.stderr[-2000:])
    assert "typed" in ended.stdout
    copies = list((home.data_dir / "niet-bewaard").glob("*/*.json"))
    assert len(copies) == 1, (ended.stdout, ended.stderr[-3000:])
    kept = json.loads(copies[0].read_text(encoding="utf-8"))
    assert kept["title"] == "Instellingen" and kept["fields"] == [["Lettergrootte", "15 pt"]]

    second = start_and_close(home, platform="offscreen", display=None, ready=r"texts not saved when the program")
    assert_clean(second, expect=[r"texts not saved when the program last stopped: 1"])
