"""No module binds one top-level name twice.

A rule file grows by appending patterns; a second ``_PLUPERFECT = re.compile(…)`` further down
silently replaces the first for every use above it, and the tests of the first meaning may not
notice. Read with ``ast``: assignments, annotated assignments, functions and classes at module
level (an ``if TYPE_CHECKING`` block or a ``try`` fallback is not module level, and stays free).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def _sources() -> list[Path]:
    return sorted(p for folder in ("core", "gui") for p in (ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path.read_text(encoding="utf-8")) == []


def test_the_checker_sees_a_second_binding() -> None:
    source = "import re\nA = re.compile('a')\ndef f():\n    return A\nA = re.compile('b')\n"
    assert _bound_twice(source) == ["A"]
    assert _bound_twice("A = 1\nA += 1\nB: int = 2\n") == []
