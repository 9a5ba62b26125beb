"""``liseuse SUBCOMMAND …``: the command line, running the same core code as the window.

Each subcommand lives in ``core/commands/<name>.py`` with ``register(subparsers)``; its module
is imported when the parser is built, so it must keep heavy imports (spaCy) inside functions.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from core import __version__
from core.errors import LiseuseError

COMMAND_MODULES: tuple[str, ...] = (
    "core.commands.extract",
    "core.commands.timeline",
    "core.commands.annotate",
    "core.commands.export",
    "core.commands.importing",
    "core.commands.library",
    "core.commands.correct",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="liseuse",
        description="Liseuse: who did what, when, in a news article.",
        epilog="Without a command, 'liseuse [PATH|URL]' opens the window (the sample article the "
        "first time); 'liseuse --screenshot OUT.png [PATH]' saves a picture of it and exits; "
        "'liseuse --install-desktop' adds it to the desktop's menus and 'Open with'.",
    )
    parser.add_argument("--version", action="version", version=f"liseuse {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def command_names() -> frozenset[str]:
    """The registered subcommand names (for the launcher that tells commands from paths)."""
    parser = build_parser()
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        if isinstance(action, argparse._SubParsersAction):
            return frozenset(action.choices)
    return frozenset()


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy URL or path of the store (default: $LISEUSE_DB, else the data folder)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except LiseuseError as exc:
        from core.commands._terminal import printable

        print(f"liseuse: {printable(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("liseuse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``liseuse extract --json | head``): not an error
        # worth a traceback. Point stdout at devnull so the interpreter's final flush is quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
