"""The installer sources in installers/ name files that exist and are well-formed.

None of these builds anything (the bundle is built and smoke-tested by `make bundle` and
`make bundle-test`; the Windows and macOS installers only on those systems): they catch a renamed
icon, a migration or Qt module the spec does not know about, a broken .desktop file or Info.plist.
"""

from __future__ import annotations

import configparser
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLERS = ROOT / "installers"
ICONS = ROOT / "resources" / "icons"
SPEC = INSTALLERS / "raadsviewer.spec"
ISS = INSTALLERS / "windows" / "raadsviewer.iss"
PLIST = INSTALLERS / "macos" / "Info.plist"
DESKTOP = INSTALLERS / "linux" / "raadsviewer.desktop"
MIME_XML = INSTALLERS / "linux" / "raadsviewer-mime.xml"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_TYPE = "application/x-raadspakket"
EXTENSION = "raadspakket"


# --- the PyInstaller spec, run with PyInstaller's build classes replaced by recorders --------------


class _Recorder(SimpleNamespace):
    pass


def _load_spec(platform: str = "linux") -> dict:
    calls: dict[str, list[_Recorder]] = {}

    def recorder(kind: str):  # type: ignore[no-untyped-def]
        def make(*args, **kwargs):  # type: ignore[no-untyped-def]
            rec = _Recorder(args=args, **kwargs)
            if kind == "Analysis":
                rec.scripts, rec.pure = [], []
                rec.datas = [(dest, src, "DATA") for src, dest in kwargs["datas"]]
                rec.binaries = [
                    ("PySide6/Qt/plugins/platforms/libqxcb.so", "", "BINARY"),
                    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "", "BINARY"),
                    ("PySide6/Qt/translations/qtbase_nl.qm", "", "DATA"),
                    ("PySide6/Qt/translations/qtbase_de.qm", "", "DATA"),
                ]
            calls.setdefault(kind, []).append(rec)
            return rec

        return make

    namespace = {name: recorder(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace.update(SPECPATH=str(INSTALLERS), __file__=str(SPEC), __name__="__spec__")
    real_platform = sys.platform
    sys.platform = platform
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        sys.platform = real_platform
    namespace["_calls"] = calls
    return namespace


@pytest.fixture(scope="module")
def spec() -> dict:
    return _load_spec()


def _analysis(spec: dict) -> _Recorder:
    return spec["_calls"]["Analysis"][0]


def test_spec_names_files_that_exist(spec: dict) -> None:
    analysis = _analysis(spec)
    for script in analysis.args[0]:
        assert Path(script).is_file(), script
    for src, dest in spec["datas"]:
        matches = list(Path(src).parent.glob(Path(src).name))
        assert matches, f"spec datas: nothing matches {src}"
        assert not dest.startswith("/"), dest
    for name in ("ICON_ICO", "ICON_ICNS", "INFO_PLIST"):
        assert Path(spec[name]).is_file(), f"spec {name}: {spec[name]}"


def test_spec_bundles_every_migration_and_the_resources_the_app_reads(spec: dict) -> None:
    bundled: set[str] = set()
    for src, dest in spec["datas"]:
        for match in Path(src).parent.glob(Path(src).name):
            bundled.add(f"{dest}/{match.name}")
    migrations = ROOT / "raadsviewer" / "storage" / "migrations"
    for path in [migrations / "env.py", *sorted((migrations / "versions").glob("*.py"))]:
        assert path.relative_to(ROOT).as_posix() in bundled, f"{path} is not in the bundle"
    for sample in (
        "zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt",
        "werkgroep-jeugd-overdenkingen-inkoopkader-2020.txt",
        "dgj-stand-van-zaken-inkoop-jeugdhulp-2021.txt",
    ):
        assert f"resources/samples/{sample}" in bundled
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        assert f"resources/translations/{ts.stem}.qm" in bundled
    assert "resources/icons/raadsviewer-256.png" in bundled
    assert "resources/templates/zienswijze.docx" in bundled  # the letter's default template
    assert {"resources/help/handleiding.md", "resources/help/guide.md"} <= bundled  # Help › Handleiding
    assert "./LICENSE" in bundled  # the licence travels with the program


def test_spec_keeps_what_the_letter_and_stemlijst_import(spec: dict) -> None:
    """docxtpl renders with jinja2 and python-docx; openpyxl writes the stemlijst: none excluded."""
    import importlib.util

    for name in ("docxtpl", "jinja2", "jinja2.sandbox", "openpyxl", "docx"):
        assert importlib.util.find_spec(name) is not None, name
        assert not any(name == x or name.startswith(x + ".") for x in spec["PY_EXCLUDES"]), name


def test_spec_does_not_exclude_a_qt_module_the_app_imports(spec: dict) -> None:
    used: set[str] = set()
    for path in (ROOT / "raadsviewer").rglob("*.py"):
        used |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    excluded = {name.removeprefix("PySide6.") for name in spec["QT_EXCLUDES"]}
    assert not used & excluded, f"the app imports {sorted(used & excluded)}: take them out of QT_EXCLUDES"
    assert {"QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia", "QtNetwork", "Qt3DCore"} <= excluded


def test_spec_hidden_imports_exist(spec: dict) -> None:
    import importlib.util

    for name in spec["hiddenimports"]:
        assert importlib.util.find_spec(name) is not None, name


def test_spec_bundles_pdfium_for_reading_pdfs(spec: dict) -> None:
    """PDF text comes from pypdfium2: the bundle needs its package and the shared library, which
    pyinstaller-hooks-contrib's hooks collect once the package is among the imports."""
    import importlib.util

    assert {"pypdfium2", "pypdfium2_raw"} <= set(spec["hiddenimports"])
    raw = importlib.util.find_spec("pypdfium2_raw")
    assert raw is not None and raw.origin is not None
    library = {"linux": "libpdfium.so", "darwin": "libpdfium.dylib", "win32": "pdfium.dll"}.get(sys.platform)
    if library:
        assert (Path(raw.origin).parent / library).is_file()
    hooks = importlib.util.find_spec("_pyinstaller_hooks_contrib")
    assert hooks is not None and hooks.submodule_search_locations
    stdhooks = Path(next(iter(hooks.submodule_search_locations))) / "stdhooks"
    hook = (stdhooks / "hook-pypdfium2_raw.py").read_text(encoding="utf-8")
    assert "collect_dynamic_libs('pypdfium2_raw')" in hook or 'collect_dynamic_libs("pypdfium2_raw")' in hook


def test_spec_drops_unused_plugins_and_foreign_qt_translations(spec: dict) -> None:
    kept = {entry[0] for entry in _analysis(spec).binaries}
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in kept
    assert "PySide6/Qt/translations/qtbase_nl.qm" in kept
    assert "PySide6/Qt/plugins/platforms/libqeglfs.so" not in kept
    assert "PySide6/Qt/translations/qtbase_de.qm" not in kept
    assert all(not spec["_unused"](dest) for dest, _src, _kind in _analysis(spec).datas)


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_spec_builds_the_right_things_per_platform(platform: str) -> None:
    ns = _load_spec(platform)
    exes = ns["_calls"]["EXE"]
    collect = ns["_calls"]["COLLECT"][0]
    assert collect.name == "raadsviewer"
    assert exes[0].name == "raadsviewer"
    if platform == "linux":
        assert exes[0].icon is None and exes[0].console
    else:
        assert Path(exes[0].icon).is_file() and not exes[0].console
    if platform == "win32":
        assert [e.name for e in exes] == ["raadsviewer", "raadsviewer-cli"] and exes[1].console
    bundles = ns["_calls"].get("BUNDLE", [])
    if platform == "darwin":
        (app,) = bundles
        assert app.name == "raadsviewer.app" and Path(app.icon).is_file()
        assert app.info_plist["CFBundleIdentifier"] == app.bundle_identifier
        assert app.info_plist["CFBundleShortVersionString"] == _version()
    else:
        assert not bundles


def _version() -> str:
    match = re.search(r'__version__\s*=\s*"([^"]+)"', (ROOT / "raadsviewer" / "__init__.py").read_text())
    assert match
    return match.group(1)


# --- icons ----------------------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is no PNG"
    return struct.unpack(">II", data[16:24])


def test_icon_files_exist_with_the_sizes_their_names_say() -> None:
    assert (ICONS / "raadsviewer.svg").is_file()
    ET.parse(ICONS / "raadsviewer.svg")  # well-formed
    for size in PNG_SIZES:
        assert _png_size(ICONS / f"raadsviewer-{size}.png") == (size, size)
    ico = (ICONS / "raadsviewer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    icns = (ICONS / "raadsviewer.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


# --- Linux: .desktop file and MIME type -------------------------------------------------------------

DESKTOP_KEYS = {
    "Type",
    "Version",
    "Name",
    "GenericName",
    "NoDisplay",
    "Comment",
    "Icon",
    "Hidden",
    "OnlyShowIn",
    "NotShowIn",
    "DBusActivatable",
    "TryExec",
    "Exec",
    "Path",
    "Terminal",
    "Actions",
    "MimeType",
    "Categories",
    "Implements",
    "Keywords",
    "StartupNotify",
    "StartupWMClass",
    "URL",
    "PrefersNonDefaultGPU",
    "SingleMainWindow",
}


def _desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]", "the first group must be [Desktop Entry]"
    for line in lines[1:]:
        assert not line or line.startswith("#") or re.fullmatch(r"[A-Za-z0-9-]+(\[[A-Za-z_@.]+\])?=.*", line), line
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  (keys are case-sensitive)
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])


def test_desktop_file_is_well_formed() -> None:
    entry = _desktop_entry()
    for key in entry:
        base = key.split("[")[0]
        assert base in DESKTOP_KEYS or base.startswith("X-"), f"unknown .desktop key {key}"
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "raadsviewer" and re.search(r"%[fFuU]", entry["Exec"])
    assert entry["Terminal"] in ("true", "false") and entry["StartupNotify"] in ("true", "false")
    for list_key in ("MimeType", "Categories", "Keywords"):
        assert entry[list_key].endswith(";"), f"{list_key} must end with ';'"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Icon"] == "raadsviewer"  # installed as hicolor/<N>x<N>/apps/raadsviewer.png
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_mime_xml_declares_the_package_type() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == "{http://www.freedesktop.org/standards/shared-mime-info}mime-info"
    (mime,) = root.findall("m:mime-type", ns)
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == [f"*.{EXTENSION}"]
    assert mime.find("m:generic-icon", ns).get("name") == _desktop_entry()["Icon"]  # type: ignore[union-attr]


SHELL_SCRIPTS = [
    INSTALLERS / "linux" / "install.sh",
    INSTALLERS / "linux" / "make_tarball.sh",
    INSTALLERS / "macos" / "make_dmg.sh",
]


@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: p.name)
def test_shell_scripts_parse_and_name_files_that_exist(script: Path) -> None:
    result = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    text = script.read_text(encoding="utf-8")
    for ref in set(re.findall(r"(?<![\w/.])((?:installers|resources)/[\w./$-]+)", text)):
        for size in PNG_SIZES if "$s" in ref else (None,):
            path = ROOT / (ref.replace("$s", str(size)) if size else ref)
            assert path.exists(), f"{script.name} names {path}"


def test_tarball_installs_what_the_desktop_file_needs() -> None:
    tarball = (INSTALLERS / "linux" / "make_tarball.sh").read_text(encoding="utf-8")
    install = (INSTALLERS / "linux" / "install.sh").read_text(encoding="utf-8")
    for staged in (
        "share/applications/raadsviewer.desktop",
        "share/mime/packages/raadsviewer.xml",
        "apps/raadsviewer.png",
        "scalable/apps/raadsviewer.svg",
        "install.sh",
    ):
        assert staged in tarball, staged
    for installed in (
        "share/applications/raadsviewer.desktop",
        "share/mime/packages/raadsviewer.xml",
        "update-mime-database",
        "--uninstall",
    ):
        assert installed in install, installed


# --- Windows: Inno Setup ------------------------------------------------------------------------------


def _iss_paths(text: str) -> list[str]:
    paths = re.findall(r'^\s*Source:\s*"([^"]+)"', text, re.M)
    paths += re.findall(r"^\s*(?:SetupIconFile|LicenseFile)=(.+)$", text, re.M)
    paths += re.findall(r'^#ifexist\s+"([^"]+)"', text, re.M)
    return [p.strip() for p in paths]


def test_inno_setup_script_names_files_that_exist(spec: dict) -> None:
    text = ISS.read_text(encoding="utf-8")
    conditional = set(re.findall(r'^#ifexist\s+"([^"]+)"', text, re.M))
    for ref in _iss_paths(text):
        path = (ISS.parent / ref.replace("\\", "/")).resolve()
        if ref.endswith("dist\\raadsviewer\\*"):  # the build output: the spec's COLLECT in dist/
            assert path.parent == (ROOT / "dist" / spec["APP"]).resolve()
            continue
        if ref in conditional or f'"{ref}"' in conditional:
            continue  # optional (#ifexist), e.g. LICENSE
        assert path.exists(), f"raadsviewer.iss names {ref}: {path} does not exist"


def test_inno_setup_script_has_start_menu_association_and_uninstall() -> None:
    text = ISS.read_text(encoding="utf-8")
    sections = set(re.findall(r"^\[(\w+)\]", text, re.M))
    assert {"Setup", "Languages", "Files", "Icons", "Registry", "Run"} <= sections
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$", text, re.M)
    assert re.search(r'^Name: "\{autoprograms\}\\', text, re.M), "no Start-menu entry"
    assert 'Subkey: "Software\\Classes\\.raadspakket"' in text
    assert 'shell\\open\\command"; ValueType: string; ValueName: ""; ValueData: """{app}\\{#AppExe}"" ""%1"""' in text
    assert '#define AppExe "raadsviewer.exe"' in text
    assert "ChangesAssociations=yes" in text and "UninstallDisplayIcon=" in text
    assert "uninsdeletekey" in text  # the association goes with the uninstaller


def test_windows_build_script_names_files_that_exist() -> None:
    text = (INSTALLERS / "windows" / "build.ps1").read_text(encoding="utf-8")
    refs = re.findall(r"(?<![\w\\])((?:installers|tests|raadsviewer|resources)\\[\w\\.]+)", text)
    assert refs
    for ref in refs:
        if ref.endswith("\\"):
            continue
        assert (ROOT / ref.replace("\\", "/")).exists(), ref


# --- macOS: Info.plist ---------------------------------------------------------------------------------


def test_info_plist_is_well_formed_and_declares_the_package_type(spec: dict) -> None:
    with PLIST.open("rb") as fh:
        info = plistlib.load(fh)
    with (INSTALLERS / "macos" / "entitlements.plist").open("rb") as fh:
        plistlib.load(fh)
    assert info["CFBundleExecutable"] == spec["APP"]
    assert info["CFBundlePackageType"] == "APPL"
    assert (ICONS / info["CFBundleIconFile"]).is_file()
    assert Path(spec["ICON_ICNS"]).name == info["CFBundleIconFile"]
    assert info["CFBundleShortVersionString"] == _version()  # the spec overwrites it; keep them equal
    exported = {t["UTTypeIdentifier"]: t for t in info["UTExportedTypeDeclarations"]}
    (doc,) = info["CFBundleDocumentTypes"]
    assert doc["CFBundleTypeRole"] in ("Editor", "Viewer") and doc["LSHandlerRank"] == "Owner"
    for uti in doc["LSItemContentTypes"]:
        tags = exported[uti]["UTTypeTagSpecification"]
        assert tags["public.filename-extension"] == [EXTENSION]
        assert tags["public.mime-type"] == [MIME_TYPE]
        assert "public.data" in exported[uti]["UTTypeConformsTo"]


# --- the build wiring -------------------------------------------------------------------------------------


def test_make_and_ci_build_and_smoke_test_the_bundle() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("bundle:", "bundle-test:", "icons:"):
        assert re.search(rf"^{target}", makefile, re.M), target
    assert "installers/raadsviewer.spec" in makefile and "tests/end_to_end/test_bundle.py" in makefile
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    commands = [line for line in ci if line.startswith("make ")]
    assert commands == ["make check", "make test", "make smoke", "make bundle", "make bundle-test"], commands
    readme = (INSTALLERS / "README.md").read_text(encoding="utf-8")
    for name in ("raadsviewer.spec", "raadsviewer.iss", "Info.plist", "make_dmg.sh", "raadsviewer.desktop"):
        assert name in readme, name


def test_resources_path_finds_the_icon_from_source() -> None:
    from raadsviewer.resources_path import app_icon_path, resource_path

    assert app_icon_path().is_file()
    assert resource_path("samples").is_dir()
