"""Every string the window shows has a finished Dutch and English translation."""

from __future__ import annotations

import os
import re
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


# --- the words outside Qt: gettext catalogues (raadsviewer/words.py) ----------------------------

PLACEHOLDERS = re.compile(r"\{[a-z_]*(?:[:!][^}]*)?\}|%\([a-z_]+\)[sdr]|%[sdr]")


def _po(lang: str):  # type: ignore[no-untyped-def]
    from babel.messages.pofile import read_po

    with (TS_DIR / f"raadsviewer_{lang}.po").open("rb") as fp:
        return read_po(fp)


def _texts(message) -> list[str]:  # type: ignore[no-untyped-def]
    return list(message) if isinstance(message, (tuple, list)) else [message]


def test_every_catalogue_entry_is_translated_with_the_same_placeholders() -> None:
    for lang in LANGUAGES:
        catalogue = _po(lang)
        entries = [m for m in catalogue if m.id]
        assert entries, lang
        for m in entries:
            assert not m.fuzzy, (lang, m.id)
            for source, translated in zip(_texts(m.id), _texts(m.string), strict=True):
                assert translated.strip(), (lang, source)
                assert sorted(PLACEHOLDERS.findall(source)) == sorted(PLACEHOLDERS.findall(translated)), (
                    lang,
                    source,
                    translated,
                )


def test_the_english_catalogue_holds_exactly_the_texts_marked_in_the_code() -> None:
    """Every text marked N_ has its English (`make pot` adds new ones), and nothing is left over."""
    from babel.messages.extract import extract_from_dir

    marked = {
        message
        for _f, _n, message, _c, _ctx in extract_from_dir(
            str(ROOT / "raadsviewer"), method_map=[("**.py", "python")], keywords={"N_": None}
        )
    }
    assert len(marked) > 400, "the extractor found the marked texts"
    in_po = {m.id for m in _po("en") if m.id}
    assert marked - in_po == set(), "run `make pot` and translate the new entries"
    assert in_po - marked == set(), "entries no code uses any more (run `make pot`)"


def test_committed_mo_files_are_made_from_the_po_files() -> None:
    import gettext

    for lang in LANGUAGES:
        with (TS_DIR / f"raadsviewer_{lang}.mo").open("rb") as fp:
            compiled = gettext.GNUTranslations(fp)
        for m in _po(lang):
            if not m.id:
                continue
            if isinstance(m.id, (tuple, list)):
                assert compiled.ngettext(m.id[0], m.id[1], 1) == m.string[0], "run `make translations`"
            else:
                assert compiled.gettext(m.id) == m.string, f"run `make translations` ({lang}: {m.id[:40]})"


def test_errors_and_export_words_follow_the_language() -> None:
    from datetime import date

    from raadsviewer.domain.dates import long_date
    from raadsviewer.domain.lines import cite_lines
    from raadsviewer.export.stemlijst import words
    from raadsviewer.messages import format_error

    assert format_error("empty_file", {"name": "a.txt"}, "nl") == "Het bestand a.txt is leeg."
    assert format_error("empty_file", {"name": "a.txt"}, "en") == "The file a.txt is empty."
    assert long_date(date(2020, 11, 10), "nl") == "10 november 2020"
    assert long_date(date(2020, 10, 5), "en") == "5 October 2020"
    assert cite_lines((12, 14), "nl") == "regel 12-14" and cite_lines((12, 14), "en") == "lines 12-14"
    assert words("nl") != words("en") and set(words("nl")) == set(words("en"))
    # a status or an audience in an English message is English too (it said "the status verworpen")
    mismatch = {"voor": 10, "tegen": 10, "status": "verworpen"}
    assert format_error("vote_outcome_mismatch", mismatch, "en").endswith("do not match the status rejected.")
    assert format_error("vote_outcome_mismatch", mismatch, "nl").endswith("passen niet bij de status verworpen.")
    assert "(faction)" in format_error("package_not_for_you", {"audience": "fractie"}, "en")
    later = format_error("vote_correction_later_decided", {"labels": "M4, voorstel"}, "en")
    assert later.startswith("The outcome of M4, the proposal follows")
    assert "(this one is submitted)" in format_error("vote_correction_not_decided", {"labels": "ingediend"}, "en")


def _help(*argv: str, env_lang: str) -> str:
    env = {**os.environ, "LANG": env_lang, "LC_ALL": "", "LC_MESSAGES": "", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "raadsviewer", *argv], capture_output=True, text=True, env=env, timeout=60, cwd=ROOT
    )
    return done.stdout + done.stderr


def test_command_line_help_and_its_errors_in_the_users_language() -> None:
    dutch = _help("--help", env_lang="nl_NL.UTF-8")
    assert "gebruik: raadsviewer" in dutch and "opties:" in dutch and "toon deze hulp en stop" in dutch
    assert "een document inlezen" in dutch
    english = _help("--help", env_lang="en_GB.UTF-8")
    assert "usage: raadsviewer" in english and "options:" in english and "import a document" in english
    assert "een document inlezen" not in english and "OPDRACHT" not in english
    # --lang wins over the system's language, for the help of a subcommand too
    sub = _help("--lang", "en", "amend", "--help", env_lang="nl_NL.UTF-8")
    assert "sub-amendment to this amendment" in sub and "subamendement" not in sub, sub
    dutch_sub = _help("amend", "--help", env_lang="nl_NL.UTF-8")
    for leftover in ("usage:", "options:", "show this help", "positional arguments"):
        assert leftover not in dutch_sub, leftover
    assert "fout:" in _help("amend", "--bogus", env_lang="nl_NL.UTF-8")
    assert "error:" in _help("amend", "--bogus", env_lang="en_GB.UTF-8")


def test_every_menu_path_in_the_guides_names_a_real_menu_item() -> None:
    """ "**Bestand › Pakket exporteren…**" in a guide must be words the window shows (its Dutch
    source strings, or their English), so the guide cannot send a member to a menu that is not
    there. A guide may leave out a trailing "(griffie)"."""
    import re

    def shown(lang: str) -> set[str]:
        found = set()
        for (_ctx, source), message in messages(TS_DIR / f"raadsviewer_{lang}.ts").items():
            text = source if lang == "nl" else (message.findtext("translation") or "")
            found.add(" ".join(text.replace("&", "").replace("…", "").split()))
        return found

    help_dir = ROOT / "resources" / "help"
    checked = 0
    for lang, name in (("nl", "handleiding.md"), ("en", "guide.md")):
        known = shown(lang)
        for path in re.findall(r"\*\*([^*]*›[^*]*)\*\*", (help_dir / name).read_text(encoding="utf-8")):
            for part in path.split("›"):
                words = " ".join(part.replace("…", "").split())
                checked += 1
                assert words in known or any(k.startswith(words + " (") for k in known), (name, path, words)
    assert checked > 20


def test_the_motie_checks_name_its_parts_as_the_motie_in_that_language_writes_them() -> None:
    """An English member writing a motie saw it read 'The council of the municipality of …, in
    session on …' and 'noting that', while the checks under it asked for '(De raad van de
    gemeente …)', '(in vergadering bijeen op …)' and 'constaterende dat': Dutch formulas the
    English motie does not contain."""
    from raadsviewer.domain.errors import UserFacingError
    from raadsviewer.export.motie import LABELS

    for lang in LANGUAGES:
        words = LABELS[lang]
        opening = words["opening"]
        municipality = UserFacingError("motie_missing_municipality").message(lang)
        meeting = UserFacingError("motie_missing_meeting_date").message(lang)
        reasons = UserFacingError("motie_missing_reasons").message(lang)
        assert opening.split("{municipality}")[0].strip() in municipality, (lang, municipality)
        assert opening.split("{municipality},")[1].split("{date}")[0].strip() in meeting, (lang, meeting)
        for part in ("constaterende", "overwegende"):
            assert words[part].rstrip(":") in reasons, (lang, reasons)
    english = " ".join(
        UserFacingError(code).message("en")
        for code in ("motie_missing_municipality", "motie_missing_meeting_date", "motie_missing_reasons")
    )
    assert not re.search(r"gemeente|vergadering|constaterende|overwegende", english), english


def test_sizes_and_counts_in_messages_read_as_a_person_reads_them() -> None:
    """Limit messages gave raw byte counts ("134217733 bytes, grens 134217728"). A size reads in
    kB/MB/GB, rounded up so that a size just over its limit never reads as the limit itself; a
    count has its thousands marked, each in the language's own way."""
    from raadsviewer.messages import byte_size, format_error, whole_number

    assert [byte_size(n, "nl") for n in (512, 1536, 1024 * 1024, 1024 * 1024 + 1, 50 * 1024 * 1024)] == [
        "512 bytes",
        "1,5 kB",
        "1 MB",
        "1,1 MB",
        "50 MB",
    ]
    assert byte_size(1536, "en") == "1.5 kB" and byte_size(3 * 1024**3, "en") == "3 GB"
    assert whole_number(2_000_000, "nl") == "2.000.000" and whole_number(2_000_000, "en") == "2,000,000"
    params = {"part": "annotations.json", "size_bytes": 128 * 1024 * 1024 + 5, "limit_bytes": 128 * 1024 * 1024}
    assert "(annotations.json: 129 MB, grens 128 MB)" in format_error("package_too_large", params, "nl")
    assert "(annotations.json: 129 MB, limit 128 MB)" in format_error("package_too_large", params, "en")


def test_the_english_window_calls_the_griffie_the_griffie() -> None:
    """English keeps the council's own word for its clerk's office, "griffie", and explains it
    once: it does not say "clerk" in one menu and "griffie" in the next. The person
    ("griffier") and the explanations ("council clerk", "the council's clerk") may say clerk."""
    allowed = ("council clerk", "council's clerk", "The clerk (griffier)", "several clerks")
    english = [m.findtext("translation") or "" for m in messages(TS_DIR / "raadsviewer_en.ts").values()]
    english += [text for message in _po("en") if message.id for text in _texts(message.string)]
    english += [(ROOT / "resources" / "help" / "guide.md").read_text(encoding="utf-8")]
    lines = [line for text in english for line in text.splitlines()]
    clerk = [
        line for line in lines if re.search(r"\bclerk", line, re.IGNORECASE) and not any(a in line for a in allowed)
    ]
    assert clerk == []
    assert sum("griffie" in line for line in lines) > 20  # (the texts were read)


def test_what_the_program_itself_names_in_a_refusal_is_in_the_refusals_language(sample_store) -> None:  # type: ignore[no-untyped-def]
    """An English refusal said "This is the griffie's decision (vergadergegevens)", a Dutch one
    "Het pakket is beschadigd (the sealed contents do not open ...)": the words the program puts
    in a message are in its language; a library's own reason is quoted as it comes."""
    import pytest

    from raadsviewer.domain.errors import UserFacingError
    from raadsviewer.messages import format_error
    from raadsviewer.services import council, roles
    from raadsviewer.services.documents import list_dossiers

    roles.set_owner_member(sample_store, "GroenLinks", "Anna de Vries")  # a member's laptop
    with pytest.raises(UserFacingError) as refused:
        council.set_council_settings(sample_store, list_dossiers(sample_store)[0].id, municipality="Dordrecht")
    assert "(the meeting details)" in refused.value.message("en")
    assert "(de vergadergegevens)" in refused.value.message("nl")
    library = {"reason": "Bad CRC-32 for file 'documents.json'"}
    assert "(Bad CRC-32 for file 'documents.json')" in format_error("dossier_invalid", library, "nl")
