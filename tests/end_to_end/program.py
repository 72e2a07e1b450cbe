"""The real program, started as a person starts it: a separate process, a private home folder, a
screen (offscreen or a real X server under Xvfb), and closed the way the desktop closes it.

Offscreen there is no window manager: the program is closed as a session manager does at logout,
with SIGTERM. Under Xvfb every window of the program gets WM_DELETE_WINDOW, the message a window
manager sends when the close button is clicked (dialogs first, as a person closes the dialog
before the window behind it). The program's own log, in the private home folder, says what it
did; a line at ERROR or worse, a traceback on stderr or a crash dialog is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ERROR_LINE = re.compile(r"^\S+ \S+ (ERROR|CRITICAL) ", re.MULTILINE)


def entry_point() -> list[str]:
    """The command `make run` starts: the installed `raadsviewer` script beside this Python."""
    script = Path(sys.executable).with_name("raadsviewer")
    return [str(script)] if script.exists() else [sys.executable, "-m", "raadsviewer"]


@dataclass
class Home:
    """A private home: settings, data, logs and runtime folder of one user, as on a new laptop."""

    root: Path

    def __post_init__(self) -> None:
        for sub in ("config", "data", "state", "cache", "runtime"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(self.root / "runtime", 0o700)

    @property
    def data_dir(self) -> Path:
        return self.root / "data" / "raadsviewer"

    @property
    def store(self) -> Path:
        return self.data_dir / "raadsviewer.sqlite"

    @property
    def log(self) -> Path:
        return self.root / "state" / "raadsviewer" / "log" / "raadsviewer.log"

    @property
    def settings_file(self) -> Path:
        return self.root / "config" / "raadsviewer" / "raadsviewer.conf"

    def env(self, platform: str, display: str | None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "RAADSVIEWER_"))}
        env.pop("DISPLAY", None)
        env.update(
            HOME=str(self.root),
            XDG_CONFIG_HOME=str(self.root / "config"),
            XDG_DATA_HOME=str(self.root / "data"),
            XDG_STATE_HOME=str(self.root / "state"),
            XDG_CACHE_HOME=str(self.root / "cache"),
            XDG_RUNTIME_DIR=str(self.root / "runtime"),
            QT_QPA_PLATFORM=platform,
            LANG="nl_NL.UTF-8",
        )
        if display:
            env["DISPLAY"] = display
        return env

    def write_settings(self, **values: str) -> None:
        """Settings as the program itself writes them (QSettings' INI file on Linux)."""
        self.settings_file.parent.mkdir(parents=True, exist_ok=True)
        lines = ["[user]"] + [f"{k}={v}" for k, v in values.items()]
        self.settings_file.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8") if self.log.exists() else ""


@dataclass
class Outcome:
    returncode: int | None
    stdout: str
    stderr: str
    log: str
    closed_by_us: bool

    def problems(self) -> list[str]:
        found = [m.group(0) for m in ERROR_LINE.finditer(self.log)]
        if "Traceback" in self.stderr:
            found.append("traceback on stderr")
        if "crash dialog" in self.log:
            found.append("crash dialog shown")
        if not self.closed_by_us:
            found.append("the program ended before it was closed")
        if self.returncode != 0:
            found.append(f"exit status {self.returncode}")
        return found

    def describe(self) -> str:
        return f"exit {self.returncode}\n--- log ---\n{self.log[-4000:]}\n--- stderr ---\n{self.stderr[-4000:]}"


class Program:
    """One run of the real program."""

    def __init__(
        self, home: Home, platform: str = "offscreen", display: str | None = None, command: list[str] | None = None
    ) -> None:
        self.home = home
        self.command = command or entry_point()
        self.platform = platform
        self.display = display
        self.process: subprocess.Popen[str] | None = None
        self._log_start = 0

    def start(self, *args: str | Path) -> Program:
        self._log_start = len(self.home.log_text())
        self.process = subprocess.Popen(
            [*self.command, *map(str, args)],
            env=self.home.env(self.platform, self.display),
            cwd=self.home.root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        return self

    def log(self) -> str:
        """What this run logged (the log file is shared by every run in the home)."""
        return self.home.log_text()[self._log_start :]

    def wait_for_log(self, pattern: str, timeout: float = 60.0) -> bool:
        assert self.process is not None
        deadline = time.monotonic() + timeout
        wanted = re.compile(pattern)
        while time.monotonic() < deadline:
            if wanted.search(self.log()):
                return True
            if self.process.poll() is not None:
                return bool(wanted.search(self.log()))
            time.sleep(0.1)
        return False

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def close(self, timeout: float = 30.0) -> Outcome:
        """Close it as the desktop does; kill it only if it does not end in time."""
        assert self.process is not None
        closed_by_us = self.alive()
        if closed_by_us:
            if self.platform == "xcb":
                _close_x_windows(self.process, self.display or "", timeout)
            else:
                self.process.send_signal(signal.SIGTERM)
        try:
            out, err = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, err = self.process.communicate()
            err += "\n(killed: did not end within the time allowed after being closed)"
        return Outcome(self.process.returncode, out, err, self.log(), closed_by_us)


def _close_x_windows(process: subprocess.Popen[str], display: str, timeout: float) -> None:
    """WM_DELETE_WINDOW to the program's windows, dialogs first, until it has ended."""
    from Xlib import X, Xatom, protocol  # python-xlib
    from Xlib import display as xdisplay

    conn = xdisplay.Display(display)
    try:
        pid_atom = conn.intern_atom("_NET_WM_PID")
        protocols = conn.intern_atom("WM_PROTOCOLS")
        delete = conn.intern_atom("WM_DELETE_WINDOW")
        deadline = time.monotonic() + timeout
        while process.poll() is None and time.monotonic() < deadline:
            windows = []
            for window in conn.screen().root.query_tree().children:
                try:
                    pid = window.get_full_property(pid_atom, Xatom.CARDINAL)
                    attrs = window.get_attributes()
                except Exception:  # the window went away meanwhile  # noqa: BLE001
                    continue
                if pid is None or int(pid.value[0]) != process.pid or attrs.map_state != X.IsViewable:
                    continue
                transient = window.get_wm_transient_for()
                windows.append((transient is None, window))  # dialogs (transient) first
            windows.sort(key=lambda pair: pair[0])
            if windows:
                target = windows[0][1]
                event = protocol.event.ClientMessage(
                    window=target, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0])
                )
                target.send_event(event, event_mask=X.NoEventMask)
                conn.flush()
            time.sleep(0.5)
    finally:
        conn.close()


@contextmanager
def xvfb() -> Iterator[str]:
    """A real X server for the duration (Xvfb from Debian's xvfb package); yields DISPLAY."""
    binary = shutil.which("Xvfb")
    if binary is None:
        raise RuntimeError("Xvfb is not installed: `make test` installs the Debian package xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        [binary, "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def run_cli(home: Home, *args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    """The headless command line of the same install, in the same private home."""
    done = subprocess.run(
        [*entry_point(), *map(str, args)],
        env=home.env("offscreen", None),
        cwd=home.root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check and done.returncode != 0:
        raise AssertionError(f"raadsviewer {' '.join(map(str, args))}: {done.returncode}\n{done.stderr}")
    return done


def new_home(prefix: str = "raadsviewer-home-") -> Home:
    return Home(Path(tempfile.mkdtemp(prefix=prefix)))


def start_and_close(
    home: Home,
    *args: str | Path,
    platform: str = "offscreen",
    display: str | None = None,
    linger: float = 3.0,
    ready: str = r"first paint after .* garbage collector on",
    command: list[str] | None = None,
) -> Outcome:
    """Start, wait until the window is painted, leave it running ``linger`` seconds, close it."""
    program = Program(home, platform, display, command).start(*args)
    painted = program.wait_for_log(ready, timeout=60)
    if painted and program.alive():
        time.sleep(linger)
    outcome = program.close()
    if not painted:
        outcome.stderr += f"\n(the log never said {ready!r})"
        outcome.returncode = outcome.returncode if outcome.returncode else -999
    return outcome


def assert_clean(outcome: Outcome, *, expect: Sequence[str] = ()) -> None:
    problems = outcome.problems()
    for pattern in expect:
        if not re.search(pattern, outcome.log):
            problems.append(f"the log does not say {pattern!r}")
    assert not problems, f"{problems}\n{outcome.describe()}"


def usage_word() -> str:
    """argparse's "usage:" as the command line words it for this environment's language."""
    from raadsviewer.cli import system_language

    return "usage:" if system_language() == "en" else "gebruik:"


def store_with_background_documents(path: Path, count: int, samples: Path) -> Path:
    """A store at ``path`` with the sample dossier and ``count`` more background documents, each
    varied (so none is a duplicate of another): a dossier that has grown."""
    from raadsviewer.domain.model import DocumentRole
    from raadsviewer.services.documents import ensure_sample_dossier, import_bytes, list_dossiers
    from raadsviewer.storage.db import Store

    store = Store(path)
    try:
        ensure_sample_dossier(store, samples)
        title = list_dossiers(store)[0].title
        base = (samples / "dgj-stand-van-zaken-inkoop-jeugdhulp-2021.txt").read_text(encoding="utf-8")
        for n in range(count):
            text = f"Voortgangsbrief {n + 1} over de inkoop jeugdhulp\n\n" + base.replace("2021", str(2021 + n))
            import_bytes(
                store,
                text.encode("utf-8"),
                name=f"brief-{n + 1}.txt",
                role=DocumentRole.BACKGROUND,
                dossier_title=title,
            )
    finally:
        store.close()
    return path
