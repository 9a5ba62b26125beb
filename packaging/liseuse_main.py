"""Entry point of the frozen bundle: the ``liseuse`` console script's ``main``.

A subcommand (``extract`` …) runs the command line; anything else opens the window.
"""

from __future__ import annotations

import sys

from gui.launch import main

if __name__ == "__main__":
    sys.exit(main())
