"""Entry point of the frozen bundle: the same ``main`` as the ``liseuse`` console script.

``gui.launch.main`` opens the window when no subcommand is given and hands subcommands to
``core.cli``; until the window exists, the bundle runs the command line alone.
"""

from __future__ import annotations

import sys

try:
    from gui.launch import main
except ModuleNotFoundError as exc:  # a core-only build: no window yet
    if exc.name not in {"gui.launch", "PySide6"}:
        raise
    from core.cli import main

if __name__ == "__main__":
    sys.exit(main())
