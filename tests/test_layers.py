"""The architecture holds: domain imports neither Qt nor SQLAlchemy, storage imports no Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "raadsviewer"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def offenders(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no Python files under {layer}"
    for path in files:
        for module in imported_modules(path):
            if module.split(".")[0] in forbidden or module.startswith(tuple(f"raadsviewer.{f}" for f in forbidden)):
                found.append(f"{path.relative_to(PACKAGE)} imports {module}")
    return found


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("domain", ("PySide6", "shiboken6", "sqlalchemy", "alembic", "ui", "storage", "services")),
        ("storage", ("PySide6", "shiboken6", "ui", "services")),
        ("services", ("PySide6", "shiboken6", "ui")),
    ],
)
def test_layer_does_not_import(layer: str, forbidden: tuple[str, ...]) -> None:
    assert offenders(layer, forbidden) == []


def test_the_check_itself_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("import PySide6.QtCore\nfrom sqlalchemy import select\n", encoding="utf-8")
    assert imported_modules(sample) == {"PySide6.QtCore", "sqlalchemy"}
