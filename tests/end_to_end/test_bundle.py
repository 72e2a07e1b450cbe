"""Smoke test of the built bundle (dist/raadsviewer), and of this smoke test itself.

Run against a bundle by `make bundle-test` (CI: `.ci/run` after `make bundle`):

    .venv/bin/python tests/end_to_end/test_bundle.py [dist/raadsviewer]

It runs the frozen program headless (QT_QPA_PLATFORM=offscreen) on a fresh store, which loads the
sample dossier from inside the bundle, and checks:
  - `screenshot OUT.png` exits 0 and the PNG is not blank (enough non-background pixels);
  - the sample dossier (3 documents) came with it, and the translations, icons and every migration
    of this checkout are in it;
  - `draft --format pdf|docx` work (QPdfWriter; python-docx's template inside the bundle);
  - `export-package` writes a signed .raadspakket (cryptography's backend inside the bundle);
  - a store made at the first migration is upgraded by the bundle (Alembic migrations are there);
and reports the bundle's size (fails above BUNDLE_MAX_MB MiB, default 150) and its start-up time to
the first paint next to running from source (RAADSVIEWER_EXIT_AFTER_PAINT=1, median of 3 runs).

Under pytest (`make test`) the same checks run against the program from source, so the smoke test
is itself tested and nothing here is skipped when no bundle has been built.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BUNDLE = ROOT / "dist" / "raadsviewer"
SAMPLE_DOCUMENTS = 3
FIRST_REVISION = "0001_initial"


# --- helpers ----------------------------------------------------------------------------------


def bundle_executable(bundle: Path) -> Path:
    """The program inside a onedir bundle (Windows: the console twin, which has a stdout)."""
    bundle = bundle.resolve()
    for name in ("raadsviewer-cli.exe", "raadsviewer.exe", "raadsviewer"):
        if (bundle / name).is_file():
            return bundle / name
    macos = bundle / "Contents" / "MacOS" / "raadsviewer"  # dist/raadsviewer.app
    if macos.is_file():
        return macos
    raise FileNotFoundError(f"no raadsviewer executable in {bundle}: run `make bundle` first")


def source_command() -> list[str]:
    return [sys.executable, "-m", "raadsviewer"]


def isolated_env(home: Path) -> dict[str, str]:
    """Headless, and settings/data in a temp dir: the user's own raadsviewer settings stay untouched."""
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
        LANG="nl_NL.UTF-8",
    )
    env.pop("RAADSVIEWER_EXIT_AFTER_PAINT", None)
    return env


def run(cmd: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, cwd=env["HOME"])
    if result.returncode != 0:
        raise AssertionError(
            f"{' '.join(cmd)} exited {result.returncode}\nstdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-4000:]}"
        )
    return result


def non_background_fraction(png: Path) -> float:
    """Share of pixels that differ from the most common colour (the window background)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    if image.isNull():
        raise AssertionError(f"{png}: not a readable image")
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = memoryview(image.constBits()).cast("B").cast("I")  # one uint32 per pixel, no padding in RGB32
    counts = Counter(pixels)
    _, background = counts.most_common(1)[0]
    total = image.width() * image.height()
    return (total - background) / total


# Files the program reads from the file system at run time (see installers/raadsviewer.spec).
REQUIRED_FILES = (
    "resources/samples/zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt",
    "resources/translations/raadsviewer_en.qm",
    "resources/translations/raadsviewer_nl.qm",
    "resources/icons/raadsviewer-256.png",
    "raadsviewer/storage/migrations/env.py",
    "raadsviewer/storage/migrations/versions/0001_initial.py",
    "PySide6/Qt/translations/qtbase_nl.qm",
    "PySide6/Qt/plugins/platforms/" + ("qoffscreen.dll" if sys.platform == "win32" else "libqoffscreen.*"),
)


def missing_files(bundle: Path) -> list[str]:
    """REQUIRED_FILES and every migration of this checkout that are not in the bundle."""
    bundle = bundle.resolve()
    internal = next((d for d in (bundle / "_internal", bundle / "Contents" / "Frameworks") if d.is_dir()), bundle)
    migrations = sorted((ROOT / "raadsviewer" / "storage" / "migrations" / "versions").glob("*.py"))
    wanted = [*REQUIRED_FILES, *(f"raadsviewer/storage/migrations/versions/{m.name}" for m in migrations)]
    return [name for name in wanted if not any(internal.glob(name))]


def bundle_size(bundle: Path) -> int:
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def make_old_store(path: Path) -> None:
    """A store at the first migration, made with Alembic from source (as an older version left it)."""
    from raadsviewer.storage.db import make_engine, upgrade

    engine = make_engine(path)
    try:
        upgrade(engine, FIRST_REVISION)
    finally:
        engine.dispose()


def store_revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def first_paint_seconds(cmd: list[str], db: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall-clock seconds from starting the process to its exit after the first paint,
    the app's own 'painted' figure: from run_gui's start, i.e. after the imports)."""
    env = dict(env, RAADSVIEWER_EXIT_AFTER_PAINT="1")
    started = time.perf_counter()
    result = run([*cmd, "--db", str(db)], env)
    wall = time.perf_counter() - started
    painted = [line for line in result.stdout.splitlines() if line.startswith("painted ")]
    if not painted:
        raise AssertionError(f"no 'painted' line from {cmd}: {result.stdout!r} {result.stderr[-2000:]!r}")
    return wall, float(painted[-1].split()[1])


# --- the checks -------------------------------------------------------------------------------


def smoke(cmd: list[str], workdir: Path, *, full: bool = True) -> dict[str, object]:
    """Run the program `cmd` through the checks; returns figures for the report."""
    env = isolated_env(workdir)
    db = workdir / "store.sqlite"
    png = workdir / "main.png"
    run([*cmd, "--db", str(db), "screenshot", str(png), "--principle", "7", "--lang", "nl"], env)
    fraction = non_background_fraction(png)
    if fraction < 0.02:
        raise AssertionError(f"{png} looks blank: only {fraction:.2%} non-background pixels")
    documents = json.loads(run([*cmd, "--db", str(db), "documents", "--json"], env).stdout)
    if len(documents) != SAMPLE_DOCUMENTS:
        raise AssertionError(f"expected the {SAMPLE_DOCUMENTS} sample documents, got {documents}")
    figures: dict[str, object] = {"non_background": fraction, "documents": len(documents)}
    if not full:
        return figures
    for fmt, magic in (("pdf", b"%PDF"), ("docx", b"PK")):
        out = workdir / f"draft.{fmt}"
        run([*cmd, "--db", str(db), "draft", "--format", fmt, "-o", str(out)], env)
        if not out.read_bytes().startswith(magic):
            raise AssertionError(f"{out} is not a {fmt} file")
    # The draft's PDF read back as a background document: PDF text is read by the program started
    # again as a bounded process of its own (formats/pdf.py), which in a bundle is the bundle.
    run([*cmd, "--db", str(db), "import", "--role", "background", str(workdir / "draft.pdf")], env)
    read_back = json.loads(run([*cmd, "--db", str(db), "documents", "--json"], env).stdout)
    if len(read_back) != SAMPLE_DOCUMENTS + 1:
        raise AssertionError(f"the draft's PDF was not read back: {read_back}")
    figures["pdf_read"] = "the draft's PDF read back in a bounded process"
    # A signed faction package (.raadspakket: a zip signed with Ed25519 by `cryptography`), when this
    # version has the command: it checks that cryptography's compiled backend is in the bundle.
    if "export-package" in run([*cmd, "--help"], env).stdout:
        import zipfile

        package = workdir / "smoke.raadspakket"
        run([*cmd, "--db", str(db), "faction", "add", "Smoke", "--seats", "1"], env)
        run([*cmd, "--db", str(db), "export-package", "--faction", "Smoke", "-o", str(package)], env)
        with zipfile.ZipFile(package) as archive:
            if "signature.json" not in archive.namelist():
                raise AssertionError(f"{package}: no signature.json in {archive.namelist()}")
        figures["package"] = "signed .raadspakket written"
    else:
        figures["package"] = "export-package not in this version: not checked"
    old = workdir / "old.sqlite"
    make_old_store(old)
    run([*cmd, "--db", str(old), "documents", "--json"], env)
    from raadsviewer.storage.version import HEAD_REVISION

    revision = store_revision(old)
    if revision != HEAD_REVISION:
        raise AssertionError(f"the old store was not upgraded: at {revision}, expected {HEAD_REVISION}")
    figures["upgraded"] = f"{FIRST_REVISION} -> {revision}"
    return figures


def startup_report(cmd: list[str], workdir: Path, runs: int = 3) -> tuple[float, float]:
    """Median (wall, painted) over `runs` warm starts on a store that already holds the sample dossier."""
    env = isolated_env(workdir)
    db = workdir / "store.sqlite"
    if not db.exists():
        run([*cmd, "--db", str(db), "documents"], env)
    first_paint_seconds(cmd, db, env)  # warm the file cache and the store
    samples = [first_paint_seconds(cmd, db, env) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bundle = Path(argv[0]) if argv else DEFAULT_BUNDLE
    exe = bundle_executable(bundle)
    max_mb = float(os.environ.get("BUNDLE_MAX_MB", "150"))  # MiB, as `du -sh` counts
    size = bundle_size(bundle)
    size_mb = size / 2**20
    print(f"bundle: {bundle} ({exe.name})")
    print(
        f"size: {size_mb:.1f} MiB ({size / 1e6:.1f} MB) unpacked, {sum(1 for _ in bundle.rglob('*'))} files "
        f"(limit {max_mb:.0f} MiB, BUNDLE_MAX_MB)"
    )
    for tarball in sorted(bundle.parent.glob("raadsviewer-*-linux-*.tar.gz")):
        print(f"tarball: {tarball.name} {tarball.stat().st_size / 1e6:.1f} MB")
    missing = missing_files(bundle)
    if missing:
        print(f"FAIL: not in the bundle: {', '.join(missing)}", file=sys.stderr)
        return 1
    print(
        f"contents: samples, translations (own + qtbase_nl), icons, {len(REQUIRED_FILES)} checked files and all migrations present"
    )
    with tempfile.TemporaryDirectory(prefix="raadsviewer-bundle-") as tmp:
        work = Path(tmp)
        (work / "bundle").mkdir()
        (work / "source").mkdir()
        started = time.perf_counter()
        figures = smoke([str(exe)], work / "bundle")
        print(
            f"smoke: ok in {time.perf_counter() - started:.1f} s (screenshot {figures['non_background']:.1%} "
            f"non-background pixels, {figures['documents']} sample documents, pdf+docx export, {figures['pdf_read']}, "
            f"store upgraded {figures['upgraded']}, {figures['package']})"
        )
        bundle_wall, bundle_painted = startup_report([str(exe)], work / "bundle")
        source_wall, source_painted = startup_report(source_command(), work / "source")
    print(
        "start-up to first paint, offscreen, warm, median of 3 (process start -> exit after paint; app's own figure):"
    )
    print(f"  bundle: {bundle_wall:.2f} s  (painted {bundle_painted:.2f} s after run_gui began)")
    print(f"  source: {source_wall:.2f} s  (painted {source_painted:.2f} s after run_gui began)")
    if size_mb > max_mb:
        print(f"FAIL: the bundle is {size_mb:.1f} MiB, over the {max_mb:.0f} MiB limit", file=sys.stderr)
        return 1
    if not any(bundle.rglob("LICENSE")):
        print("FAIL: the bundle has no LICENSE", file=sys.stderr)
        return 1
    print("bundle-test: ok")
    return 0


# --- under pytest: the smoke test's own parts, against the program from source -----------------


def test_non_background_fraction_tells_blank_from_drawn(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    blank = QImage(200, 100, QImage.Format.Format_RGB32)
    blank.fill(QColor("#f0f0f0"))
    blank.save(str(tmp_path / "blank.png"))
    assert non_background_fraction(tmp_path / "blank.png") == 0.0
    painter = QPainter(blank)
    painter.fillRect(20, 20, 60, 40, Qt.GlobalColor.black)
    painter.end()
    blank.save(str(tmp_path / "drawn.png"))
    assert abs(non_background_fraction(tmp_path / "drawn.png") - 2400 / 20000) < 1e-9


def test_missing_files_names_what_a_bundle_lacks(tmp_path: Path) -> None:
    internal = tmp_path / "_internal"
    (internal / "resources" / "translations").mkdir(parents=True)
    (internal / "resources" / "translations" / "raadsviewer_en.qm").write_bytes(b"")
    missing = missing_files(tmp_path)
    assert "resources/translations/raadsviewer_en.qm" not in missing
    assert "resources/translations/raadsviewer_nl.qm" in missing
    assert "raadsviewer/storage/migrations/versions/0001_initial.py" in missing


def test_bundle_executable_is_found_in_each_layout(tmp_path: Path) -> None:
    for layout in ("raadsviewer", "raadsviewer-cli.exe", "Contents/MacOS/raadsviewer"):
        bundle = tmp_path / layout.replace("/", "_")
        (bundle / layout).parent.mkdir(parents=True, exist_ok=True)
        (bundle / layout).write_bytes(b"")
        assert bundle_executable(bundle) == bundle / layout
        assert bundle_size(bundle) == 0


def test_smoke_from_source(tmp_path: Path) -> None:
    """The screenshot and sample-dossier checks of `make bundle-test`, against `python -m raadsviewer`."""
    figures = smoke(source_command(), tmp_path, full=False)
    assert figures["documents"] == SAMPLE_DOCUMENTS


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
