"""``liseuse``: the command line for a subcommand, the window for anything else."""

from __future__ import annotations

import os
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


def test_a_screenshot_of_an_unreadable_file_shows_the_message(tmp_path: Path) -> None:
    """End to end through the real reading code (no spaCy): a message, exit 1, no traceback."""
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LISEUSE_DB": str(tmp_path / "s.sqlite")}
    done = subprocess.run(
        [sys.executable, "-m", "gui.launch", "--screenshot", str(out), str(tmp_path / "no.txt")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1
    assert "no.txt" in done.stderr
    assert "Traceback" not in done.stderr
    assert out.stat().st_size > 0


def test_desktop_flags_go_to_the_desktop_integration(monkeypatch: pytest.MonkeyPatch) -> None:
    from gui import desktop_integration

    seen: list[list[str]] = []
    monkeypatch.setattr(desktop_integration, "run_desktop_flag", lambda a: seen.append(a) or 0)
    assert launch.main(["--uninstall-desktop"]) == 0
    assert seen == [["--uninstall-desktop"]]
