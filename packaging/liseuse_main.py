"""Entry point of the frozen bundle: the ``liseuse`` console script's ``main``.

A subcommand (``extract`` …) runs the command line; anything else opens the window. The window
runs the language model in a child process started with "spawn": in a frozen bundle that child is
this same executable, which ``freeze_support`` turns into the child at once.
"""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from gui.launch import main

    sys.exit(main())
