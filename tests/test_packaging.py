"""What `pip install .` (and pipx) installs is the whole program: the code, and the resources it
reads at run time (sample dossier, translations, guide, icons, letter template) as package data,
with the licence. Built as a wheel and installed into a fresh virtual environment, it starts on
the sample dossier with its guide and its translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.end_to_end.program import assert_clean, new_home, start_and_close

ROOT = Path(__file__).resolve().parents[1]


def test_the_package_list_names_every_package_and_resource_folder() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    code = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "raadsviewer").rglob("__init__.py")}
    resources = {
        f"raadsviewer.resources.{d.name}"
        for d in (ROOT / "resources").iterdir()
        if d.is_dir() and d.name not in ("screenshots", "__pycache__")
    }
    assert listed == code | resources | {"raadsviewer.resources"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    [built] = out.glob("raadsviewer-*.whl")
    return built


def test_the_wheel_carries_the_resources_and_the_licence(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for wanted in (
        "raadsviewer/resources/samples/zhz-zienswijze-inkoopkader-jeugdhulp-2020.txt",
        "raadsviewer/resources/translations/raadsviewer_en.qm",
        "raadsviewer/resources/help/handleiding.md",
        "raadsviewer/resources/help/guide.md",
        "raadsviewer/resources/icons/raadsviewer-256.png",
        "raadsviewer/resources/templates/zienswijze.docx",
        "raadsviewer/storage/migrations/versions/0001_initial.py",
    ):
        assert wanted in names, wanted
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


@pytest.mark.slow
def test_the_installed_wheel_starts_on_the_sample_with_guide_and_translations(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True, timeout=900
    )
    home = new_home()
    try:
        env = home.env("offscreen", None)
        check = (
            "from PySide6.QtCore import QCoreApplication\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from raadsviewer.ui.help import guide_markdown\n"
            "from raadsviewer.ui.i18n import install_translators\n"
            "app = QApplication([])\n"
            "assert guide_markdown('nl').startswith('# Handleiding') and guide_markdown('en').startswith('# raadsviewer guide')\n"
            "assert len(install_translators(app, 'en')) >= 1\n"
            "print(QCoreApplication.translate('PrinciplesPane', 'Uitgangspunten'))\n"
        )
        done = subprocess.run(
            [str(python), "-c", check], env=env, cwd=home.root, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "Principles"
        outcome = start_and_close(home, command=[str(venv / "bin" / "raadsviewer")])
        assert_clean(outcome, expect=[r"full start", r"store open"])
        documents = subprocess.run(
            [str(venv / "bin" / "raadsviewer"), "--db", str(home.store), "documents", "--json"],
            env=env,
            cwd=home.root,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert documents.returncode == 0 and "zhz-zienswijze" in documents.stdout, documents.stderr
    finally:
        shutil.rmtree(home.root, ignore_errors=True)
