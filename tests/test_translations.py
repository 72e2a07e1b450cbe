"""Every string the window shows has a finished Dutch and English translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "en")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def test_every_translation_is_finished() -> None:
    for lang in LANGUAGES:
        ts = TS_DIR / f"raadsviewer_{lang}.ts"
        unfinished = [
            f"{ctx}: {src}"
            for (ctx, src), message in messages(ts).items()
            if (t := message.find("translation")) is None
            or not (t.text or "").strip()
            or t.get("type") in ("unfinished", "vanished", "obsolete")
        ]
        assert unfinished == [], f"{ts.name}: {unfinished}"


def test_no_context_is_empty() -> None:
    """A string in an empty context is never found at run time (lupdate cannot see its class)."""
    for lang in LANGUAGES:
        contexts = {ctx for ctx, _src in messages(TS_DIR / f"raadsviewer_{lang}.ts")}
        assert "" not in contexts


def test_ts_files_cover_every_string_in_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate is installed with pyside6-essentials"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "raadsviewer" / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh), "-source-language", "nl_NL"], check=True, capture_output=True)
    in_code = set(messages(fresh))
    assert in_code, "lupdate found no strings"
    for lang in LANGUAGES:
        missing = in_code - set(messages(TS_DIR / f"raadsviewer_{lang}.ts"))
        assert missing == set(), f"raadsviewer_{lang}.ts lacks {sorted(missing)} (run `make lupdate` and translate)"


def test_english_differs_from_dutch_where_expected() -> None:
    english = messages(TS_DIR / "raadsviewer_en.ts")
    assert english[("PrinciplesPane", "Uitgangspunten")].findtext("translation") == "Principles"


def test_no_translatable_string_hides_from_lupdate() -> None:
    """lupdate does not see tr('...') inside f-strings; such a string would never be translated."""
    offenders = [
        f"{path.name}:{n}"
        for path in sorted((ROOT / "raadsviewer" / "ui").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "tr('" in line
    ]
    assert offenders == []


def test_committed_qm_files_are_made_from_the_ts_files(tmp_path: Path) -> None:
    """The .qm files are committed (a wheel built from a clone needs them); they must be what
    `make translations` makes from the .ts sources now."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease is installed with pyside6-essentials"
    for lang in LANGUAGES:
        fresh = tmp_path / f"{lang}.qm"
        subprocess.run([lrelease, "-silent", str(TS_DIR / f"raadsviewer_{lang}.ts"), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == (TS_DIR / f"raadsviewer_{lang}.qm").read_bytes(), (
            f"run `make translations` ({lang})"
        )


def test_qts_own_dialogs_speak_dutch_where_qtbase_does_not(qapp) -> None:  # type: ignore[no-untyped-def]
    """The words of Qt's own dialogs that qtbase_nl leaves in English come from our catalogue:
    with the Dutch translators installed, none of them reads as its English source."""
    from PySide6.QtCore import QCoreApplication

    from raadsviewer.ui.i18n import QT_GAPS, install_translators

    translators = install_translators(qapp, "nl")
    try:
        contexts = {
            "&Look in:": "QFileDialog",
            "Files of &type:": "QFileDialog",
            "Previous Month": "QCalendarWidget",
            "Next Month": "QCalendarWidget",
            "Today": "QCalendarWidget",
        }
        for text in QT_GAPS:
            context = contexts.get(text, "QPlatformTheme")
            assert QCoreApplication.translate(context, text) != text, (context, text)
    finally:
        for t in translators:
            qapp.removeTranslator(t)
