"""A module's constants are bound once: a second pattern of the same name, further down a long
module, silently replaced the first for every function that used it (the reader's "_RULE" and
"_CLOSING" each did: Markdown rules read as text, lines ending in "?" read as unfinished)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "raadsviewer"


def _bound_at_top(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:  # the module's own statements (not inside an if, a try or a def)
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        names += [t.id for t in targets if isinstance(t, ast.Name)]
    return names


def test_no_module_binds_a_name_twice() -> None:
    twice = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        counts = Counter(_bound_at_top(ast.parse(path.read_text(encoding="utf-8"))))
        again = sorted(name for name, n in counts.items() if n > 1)
        if again:
            twice[str(path.relative_to(PACKAGE))] = again
    assert twice == {}
