"""The README's set-up commands are the ones CI runs, and say what the project needs.

``.ci/run`` reads each command from README.md through ``.ci/readme_commands.py`` and runs it as
written; these tests check the commands' shape, and that CI never does more than the README says
(an extra ``pip install --upgrade pip`` in CI once hid a missing dependency).
"""

from __future__ import annotations

import importlib.util
import re
import shlex
from pathlib import Path
from types import ModuleType

import pytest

from gui.system_libraries import QT_LIBRARIES, XCB_LIBRARIES

ROOT = Path(__file__).resolve().parents[1]
CI = ROOT / ".ci" / "run"


def _extractor() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "readme_commands", ROOT / ".ci" / "readme_commands.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


readme_commands = _extractor()


def test_the_app_command_makes_a_venv_installs_and_opens_the_window() -> None:
    assert readme_commands.command("app") == (
        "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/liseuse"
    )


def test_the_test_command_makes_a_venv_installs_the_test_extra_and_runs_pytest_headless() -> None:
    command = readme_commands.command("test")
    steps = [step.strip() for step in command.split("&&")]
    assert steps[0] == "python3 -m venv .venv"
    assert steps[1] == '.venv/bin/pip install -e ".[test]"'
    assert steps[-1] == "QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest"


def _pip_upgrades(text: str) -> list[str]:
    return re.findall(r"pip install[^\n&|;]*(?:--upgrade|-U)\b[^\n&|;]*\bpip\b", text)


def test_ci_upgrades_pip_exactly_when_the_readme_does() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = CI.read_text(encoding="utf-8")
    assert bool(_pip_upgrades(ci)) == bool(_pip_upgrades(readme))
    assert _pip_upgrades("python -m pip install --quiet --upgrade pip") != []  # the checker works


def test_ci_runs_the_readme_commands_it_reads() -> None:
    ci = CI.read_text(encoding="utf-8")
    for kind in ("app", "test", "debian"):
        assert f"$(readme {kind})" in ci, kind
    assert 'bash -c "$tests"' in ci
    assert '.ci/window_check.sh "$app"' in ci
    assert 'bash -c "$app"' in (ROOT / ".ci" / "window_check.sh").read_text(encoding="utf-8")


def test_ci_runs_the_lowest_versions_and_the_gui_under_load() -> None:
    ci = CI.read_text(encoding="utf-8")
    assert "-c .ci/lowest.txt" in ci
    assert "python3 -c 'while True: pass' &" in ci
    assert "trap cleanup EXIT" in ci


@pytest.mark.parametrize(
    ("kind", "field"), [("debian", "debian"), ("fedora", "fedora")], ids=["debian", "fedora"]
)
def test_the_system_packages_listed_are_those_the_launcher_names(kind: str, field: str) -> None:
    command = shlex.split(readme_commands.command(kind))
    listed = command[3:]
    wanted = [getattr(lib, field) for lib in (*QT_LIBRARIES.values(), *XCB_LIBRARIES.values())]
    assert listed == list(dict.fromkeys(wanted))


def test_the_english_model_is_installed_the_way_that_works() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python -m spacy download en_core_web_sm" in readme
    assert "pip install en_core_web_sm" not in readme


def test_a_command_that_is_missing_or_doubled_stops_the_extractor() -> None:
    text = "## Set-up\n\n```sh\npython3 -m venv .venv && .venv/bin/liseuse\n```\n\n## Next\n"
    assert readme_commands.command("app", text) == "python3 -m venv .venv && .venv/bin/liseuse"
    with pytest.raises(SystemExit):
        readme_commands.command("test", text)
    with pytest.raises(SystemExit):
        readme_commands.command("app", text.replace("## Next", "```sh\nx .venv/bin/liseuse\n```"))


def test_continued_lines_are_one_command() -> None:
    text = "## Set-up\n\n```sh\nsudo apt install a \\\n    b\n```\n"
    assert readme_commands.command("debian", text) == "sudo apt install a b"
