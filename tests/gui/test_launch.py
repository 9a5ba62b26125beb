"""``liseuse``: the command line for a subcommand, the window for anything else."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import command_names
from gui import launch

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("argv", [["-h"], ["--help"], ["--version"]])
def test_help_and_version_go_to_the_command_line(argv: list[str]) -> None:
    assert launch.wants_cli(argv)


def test_every_subcommand_goes_to_the_command_line() -> None:
    assert command_names()
    assert all(launch.wants_cli([name, "x"]) for name in command_names())


@pytest.mark.parametrize(
    "argv", [[], ["article.txt"], ["https://example.org/a"], ["--screenshot", "out.png"]]
)
def test_anything_else_opens_the_window(argv: list[str]) -> None:
    assert not launch.wants_cli(argv)


def test_the_launcher_and_the_app_import_neither_spacy_nor_qt_needlessly() -> None:
    code = (
        "import sys, gui.launch; assert 'PySide6' not in sys.modules, 'launch imports Qt';"
        "import gui.app; assert 'spacy' not in sys.modules, 'app imports spaCy';"
        "assert 'core.api' not in sys.modules, 'app imports core.api'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_the_window_has_its_own_help(capsys: pytest.CaptureFixture[str]) -> None:
    from gui import app

    with pytest.raises(SystemExit) as stop:
        app.main(["--help"])
    assert stop.value.code == 0
    assert "--screenshot" in capsys.readouterr().out
