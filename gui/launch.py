"""``liseuse``: the command line for a subcommand, desktop set-up for ``--install-desktop`` /
``--uninstall-desktop``, the window otherwise.

PySide6 is imported only on the window's side, so ``liseuse extract …`` starts as fast as before.
"""

from __future__ import annotations

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
    from gui.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
