"""``liseuse export PATH|DOC_ID --format …``: a document's highlights, or its timeline, out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from core.cli import add_db_option

if TYPE_CHECKING:
    from core.store.db import Store

ANNOTATION_FORMATS = ("md", "json", "csv", "html")
TIMELINE_FORMATS = ("timeline-json", "timeline-csv")


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
        choices=ANNOTATION_FORMATS + TIMELINE_FORMATS,
        help="md, json (W3C Web Annotation), csv, html, timeline-json or timeline-csv",
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


def render(store: Store, document_id: int, fmt: str) -> tuple[str, str, str]:
    """``(text, title, file suffix)`` of the export."""
    from core.annotations import exporting, service
    from core.store.repository import load_extraction
    from core.timeline.export import timeline_csv, timeline_json_text

    extraction = load_extraction(store, document_id)
    info = extraction.document
    if fmt == "timeline-json":
        return timeline_json_text(extraction), info.title, ".timeline.json"
    if fmt == "timeline-csv":
        return timeline_csv(extraction), info.title, ".timeline.csv"
    annotations = service.list_annotations(store, document_id)
    return exporting.FORMATS[fmt](info, annotations), info.title, exporting.SUFFIXES[fmt]


def run(args: argparse.Namespace) -> int:
    from core.annotations.atomic import inside, safe_filename, write_atomic
    from core.commands._document import resolve_document
    from core.store.db import open_store

    store = open_store(args.db)
    try:
        document_id = resolve_document(store, args.target)
        text, title, suffix = render(store, document_id, args.format)
    finally:
        store.close()
    if args.out is None:
        sys.stdout.write(text)
        return 0
    out: Path = args.out.expanduser()
    if out.is_dir():
        out = inside(out, safe_filename(title, suffix))
    write_atomic(out, text, overwrite=args.force)
    print(f"written: {out}")
    return 0
