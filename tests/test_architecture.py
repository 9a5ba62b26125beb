"""The core is pure Python: nothing under core/ may import Qt or the gui package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[1] / "core"
FORBIDDEN = ("PySide6", "shiboken6", "gui")


def _imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", None) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append((node.lineno, str(node.args[0].value)))
    return found


def _violations(source: str) -> list[str]:
    return [
        f"line {line}: {name}"
        for line, name in _imported_modules(ast.parse(source))
        if name.split(".")[0] in FORBIDDEN
    ]


def test_core_files_exist() -> None:
    assert len(list(CORE.rglob("*.py"))) >= 5


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: str(p.relative_to(CORE)))
def test_core_does_not_import_qt_or_gui(path: Path) -> None:
    assert _violations(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "from PySide6.QtCore import QObject",
        "import shiboken6",
        "from gui.app import main",
        "def f():\n    import gui.models\n",
        "import importlib\nimportlib.import_module('PySide6.QtGui')",
    ],
)
def test_checker_catches_forbidden_imports(source: str) -> None:
    assert _violations(source) != []


def test_checker_allows_lookalikes() -> None:
    assert _violations("import guidance\nfrom core.model import Entity\nimport spacy") == []
