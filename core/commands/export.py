"""``liseuse export PATH|DOC_ID --format …``: a document's highlights, or its timeline, out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.cli import add_db_option

ANNOTATION_FORMATS = ("md", "json", "csv", "html")
TIMELINE_FORMATS = ("timeline-json", "timeline-csv")
OTHER_FORMATS = ("corrections",)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export an article's highlights (Markdown, JSON-LD, CSV, HTML) or its timeline",
        description="Export the highlights of an article in reading order (unanchored ones "
        "included and flagged), or its timeline for TimelineJS. Without --out the export is "
        "printed; an existing file is never replaced without --force.",
    )
    parser.add_argument("target", metavar="PATH|DOC_ID", help="article file, URL or document id")
    parser.add_argument(
        "--format",
        required=True,
        choices=ANNOTATION_FORMATS + TIMELINE_FORMATS + OTHER_FORMATS,
        help="md, json (W3C Web Annotation), csv, html, timeline-json, timeline-csv, or "
        "corrections (the reader's corrections, for 'liseuse import' in another store)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="file to write, or a folder (the file is then named after the article's title)",
    )
    parser.add_argument("--force", action="store_true", help="replace an existing --out file")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from core.commands._document import open_library, open_target
    from core.files import inside, safe_filename, write_atomic

    with open_library(args.db) as library:
        document_id = open_target(library, args.target)
        export = library.export(document_id, args.format)
    if args.out is None:
        sys.stdout.write(export.text)
        return 0
    out: Path = args.out.expanduser()
    if out.is_dir():
        out = inside(out, safe_filename(export.title, export.suffix))
    write_atomic(out, export.text, overwrite=args.force)
    from core.commands._terminal import printable

    print(printable(f"written: {out}"))
    return 0
