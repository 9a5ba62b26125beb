"""``liseuse``: the command line for a subcommand, desktop set-up for ``--install-desktop`` /
``--uninstall-desktop``, the window otherwise.

PySide6 is imported only on the window's side, so ``liseuse extract …`` starts as fast as before.
Before it is, the system libraries Qt needs are looked for (``gui.system_libraries``): a missing
one is named in one line with the command that installs it, instead of Qt's abort.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence

CLI_FLAGS = frozenset({"-h", "--help", "--version"})
DESKTOP_FLAGS = frozenset({"--install-desktop", "--uninstall-desktop"})


def wants_cli(argv: Sequence[str]) -> bool:
    """True when the first argument is a CLI subcommand or a help/version flag."""
    if not argv:
        return False
    from core.cli import command_names

    return argv[0] in CLI_FLAGS or argv[0] in command_names()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in DESKTOP_FLAGS:
        from gui.desktop_integration import run_desktop_flag

        return run_desktop_flag(args) or 0
    if wants_cli(args):
        from core.cli import main as cli_main

        return cli_main(args)
    return window_main(args)


def window_main(argv: Sequence[str] | None = None) -> int:
    """The window (``liseuse-gui``, or ``liseuse`` without a subcommand), once Qt can start."""
    args = list(sys.argv[1:] if argv is None else argv)
    environ = dict(os.environ)
    if any(a == "--screenshot" or a.startswith("--screenshot=") for a in args):
        environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # as gui.app does for it
    from gui.system_libraries import window_problem

    problem = window_problem(environ)
    if problem is not None:
        print(f"liseuse: {problem}", file=sys.stderr)
        return 1
    try:
        from gui.app import main as gui_main
    except ImportError as exc:
        message = qt_import_problem(exc)
        if message is None:
            raise
        print(f"liseuse: {message}", file=sys.stderr)
        return 1
    return gui_main(args)


def qt_import_problem(exc: ImportError) -> str | None:
    """One line for a Qt that cannot be imported (a system library or PySide6 itself missing);
    None for any other import error (a bug, shown as one)."""
    from gui.system_libraries import QT_LIBRARIES, XCB_LIBRARIES, install_line

    text = str(exc)
    shared = re.match(r"([\w.+-]+\.so[\w.]*): cannot open shared object file", text)
    if shared:
        soname = shared.group(1)
        library = QT_LIBRARIES.get(soname) or XCB_LIBRARIES.get(soname)
        how = f"install it with: {install_line([library])}" if library else "install it"
        return f"the window needs the system library {soname}, which is not installed; {how}"
    if (exc.name or "").split(".")[0] in {"PySide6", "shiboken6"}:
        return (
            f"the window cannot start: {text}; reinstall Qt with: "
            f"{sys.executable} -m pip install --force-reinstall '{_qt_requirement()}'"
        )
    return None


def _qt_requirement() -> str:
    """PySide6 as pyproject.toml asks for it (the installed metadata says)."""
    from importlib.metadata import PackageNotFoundError, requires

    try:
        found = [r for r in requires("liseuse") or [] if r.startswith("PySide6")]
    except PackageNotFoundError:
        found = []
    return found[0].split(";")[0].strip() if found else "PySide6-Essentials"


if __name__ == "__main__":
    sys.exit(main())
