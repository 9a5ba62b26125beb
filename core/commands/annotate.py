"""``liseuse annotate PATH|DOC_ID --quote "…"``: highlight a passage, committed at once."""

from __future__ import annotations

import argparse

from core.annotations.colors import COLORS, DEFAULT_COLOR
from core.cli import add_db_option


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "annotate",
        help="highlight a passage of an article, with a colour, a note and tags",
        description="Highlight the passage QUOTE of an article (a file, URL or stored document "
        "id). The highlight is saved in the store before this command returns.",
    )
    parser.add_argument("target", metavar="PATH|DOC_ID", help="article file, URL or document id")
    parser.add_argument("--quote", required=True, help="the exact passage to highlight")
    parser.add_argument(
        "--occurrence",
        type=int,
        default=1,
        metavar="N",
        help="which occurrence of the quote, when it appears more than once (default: 1)",
    )
    parser.add_argument("--color", "--colour", default=DEFAULT_COLOR, choices=tuple(COLORS))
    parser.add_argument("--note", default="", help="a note (Markdown)")
    parser.add_argument("--tag", action="append", default=[], help="a tag (may repeat)")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from core.commands._document import open_library, open_target

    with open_library(args.db) as library:
        document_id = open_target(library, args.target)
        made = library.highlights.create_at_quote(
            document_id,
            args.quote,
            args.occurrence,
            color=args.color,
            note=args.note,
            tags=args.tag,
        )
    shown = made.quote if len(made.quote) <= 60 else made.quote[:59] + "…"
    from core.commands._terminal import printable

    print(
        printable(f"highlight {made.id} saved on document {document_id} ({made.color}): «{shown}»")
    )
    return 0
