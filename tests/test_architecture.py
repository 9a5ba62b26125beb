"""The rules of docs/ARCHITECTURE.md that code can check, read from the imports with ``ast``.

- The core is pure Python: nothing under core/ imports Qt or the gui package.
- One door into the store: only ``core/library.py`` and ``core/store/`` import ``core.store``.
- The window reaches the store only through the worker: no gui module imports ``core.store``,
  and only the runner's ``Door`` (gui/operations/runner.py) opens a ``Library``.
- ``gui/operations`` is plumbing, not views: it imports no widget and nothing of the feature
  folders (``gui/annotations``); no module but the launcher imports ``gui.app`` (the wiring).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "core"
GUI = ROOT / "gui"
QT = ("PySide6", "shiboken6")


def _imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    """Every module imported (``from a import b`` also counts ``a.b``, which may be a module)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            found.extend((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", None) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append((node.lineno, str(node.args[0].value)))
    return found


def _imports(path: Path) -> list[tuple[int, str]]:
    return _imported_modules(ast.parse(path.read_text(encoding="utf-8")))


def _under(name: str, *packages: str) -> bool:
    return any(name == p or name.startswith(f"{p}.") for p in packages)


def _violations(source: str, *forbidden: str) -> list[str]:
    return [
        f"line {line}: {name}"
        for line, name in _imported_modules(ast.parse(source))
        if _under(name, *forbidden)
    ]


def _files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def _id(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_the_trees_exist() -> None:
    assert len(_files(CORE)) >= 5
    assert len(_files(GUI)) >= 5


@pytest.mark.parametrize("path", _files(CORE), ids=_id)
def test_core_does_not_import_qt_or_gui(path: Path) -> None:
    assert _violations(path.read_text(encoding="utf-8"), *QT, "gui") == []


@pytest.mark.parametrize(
    "path",
    [p for p in _files(CORE) if p.parent != CORE / "store" and p != CORE / "library.py"],
    ids=_id,
)
def test_only_the_library_opens_the_store_door(path: Path) -> None:
    assert _violations(path.read_text(encoding="utf-8"), "core.store") == []


@pytest.mark.parametrize("path", _files(GUI), ids=_id)
def test_the_window_reaches_the_store_through_the_library(path: Path) -> None:
    assert _violations(path.read_text(encoding="utf-8"), "core.store") == []


def _opens_a_library(path: Path) -> list[int]:
    """Lines calling ``Library.open(…)``."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "open"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "Library"
    ]


def test_only_the_worker_opens_a_library_in_the_window() -> None:
    opening = {_id(p) for p in _files(GUI) if _opens_a_library(p)}
    assert opening == {"gui/operations/runner.py"}


@pytest.mark.parametrize("path", _files(GUI / "operations"), ids=_id)
def test_operations_hold_no_widgets(path: Path) -> None:
    views = ("PySide6.QtWidgets", "gui.annotations", "gui.mainwindow", "gui.app")
    assert _violations(path.read_text(encoding="utf-8"), *views) == []


@pytest.mark.parametrize(
    "path", [p for p in _files(GUI) if p.name not in ("launch.py", "app.py")], ids=_id
)
def test_nothing_imports_the_wiring(path: Path) -> None:
    assert _violations(path.read_text(encoding="utf-8"), "gui.app") == []


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "from PySide6.QtCore import QObject",
        "import shiboken6",
        "from gui.app import main",
        "def f():\n    import gui.models\n",
        "import importlib\nimportlib.import_module('PySide6.QtGui')",
        "from gui import app",
    ],
)
def test_checker_catches_forbidden_imports(source: str) -> None:
    assert _violations(source, *QT, "gui") != []


def test_checker_catches_a_store_reached_from_its_package() -> None:
    assert _violations("from core import store", "core.store") != []
    assert _violations("from core.store.db import open_store", "core.store") != []


def test_checker_allows_lookalikes() -> None:
    source = "import guidance\nfrom core.model import Entity\nimport spacy\nimport core.storage"
    assert _violations(source, *QT, "gui", "core.store") == []
