"""``liseuse import FILE.json [--doc DOC_ID]``: W3C Web Annotation or Hypothesis highlights in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from core.cli import add_db_option

SHOWN_REASONS = 10


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import highlights (W3C Web Annotation JSON-LD, a Hypothesis export) or a "
        "reader's corrections (liseuse export --format corrections)",
        description="Add the highlights in FILE to the store: each goes to the document whose "
        "text it names (urn:sha256:…) or was read from, or to --doc, and is placed anew. "
        "Highlights already in the store are skipped; nothing is replaced.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a .json file")
    parser.add_argument("--doc", metavar="DOC_ID", help="attach every highlight here")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from core.commands._document import open_library
    from core.commands._terminal import printable
    from core.ids import parse_number

    document_id = None if args.doc is None else parse_number(args.doc)
    with open_library(args.db) as library:
        imported = library.import_file(args.file, document_id=document_id)
    if imported.corrections is not None:
        added, already, left_out = imported.corrections
        print(f"imported {added} corrections; {already} already there; {len(left_out)} left out")
        for reason in left_out[:SHOWN_REASONS]:
            print(f"  left out: {printable(reason)}", file=sys.stderr)
        return 0
    report = imported.highlights
    assert report is not None
    print(
        f"imported {len(report.added)} highlights ({report.approximate} approximate, "
        f"{report.unanchored} unanchored); {report.duplicates} already there; "
        f"{len(report.skipped)} left out"
    )
    for reason in report.skipped[:SHOWN_REASONS]:
        print(f"  left out: {printable(reason)}", file=sys.stderr)
    return 0
