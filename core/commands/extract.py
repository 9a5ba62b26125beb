"""``liseuse extract PATH``: read, extract and store an article; print JSON or a summary."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date

from core.cli import add_db_option
from core.model import Extraction
from core.names.nlp import names_note


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract people, places, organisations and dates from an article and store them",
        description="Read an article (.txt, .md, .html or an http(s) URL), extract who, what and "
        "when, and keep the result in the store. A stored, unchanged article is answered at once.",
    )
    parser.add_argument("path", metavar="PATH", help="article file or URL")
    parser.add_argument("--json", action="store_true", help="print the whole extraction as JSON")
    parser.add_argument("--lang", choices=("fr", "en"), help="article language (default: detect)")
    parser.add_argument("--dct", type=iso_date, metavar="YYYY-MM-DD", help="document date")
    add_db_option(parser)
    parser.set_defaults(func=run)


def iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def run(args: argparse.Namespace) -> int:
    from core import api
    from core.commands._document import tell
    from core.library import extraction_of

    started = time.perf_counter()
    article = api.prepare(args.path, lang=args.lang, dct=args.dct)
    extraction, analysis = extraction_of(args.db, article, tell=tell)
    fresh = analysis is not None
    from core.commands._terminal import printable, printable_json

    if args.json:
        text = json.dumps(extraction.to_json(), ensure_ascii=False, indent=1)
        sys.stdout.write(printable_json(text) + "\n")
    else:
        print(printable(summary(extraction, seconds=time.perf_counter() - started, fresh=fresh)))
    return 0


def summary(extraction: Extraction, *, seconds: float, fresh: bool) -> str:
    info = extraction.document
    people = sorted(
        (e for e in extraction.entities if e.kind == "PER"), key=lambda e: -len(e.mentions)
    )
    others = {
        kind: sum(1 for e in extraction.entities if e.kind == kind)
        for kind in ("ORG", "LOC", "MISC")
    }
    lines = [
        f"{info.title or '(untitled)'}",
        f"  document {info.id} · {info.language} · {info.chars:,} characters"
        + (f" · dated {info.dct}" if info.dct else ""),
        f"  {len(people)} people, {others['ORG']} organisations, {others['LOC']} places, "
        f"{others['MISC']} other names, {len(extraction.dates)} dates, "
        f"{len(extraction.events)} events",
    ]
    lines += [f"    {len(p.mentions):4d}  {p.name}" for p in people[:15]]
    if len(people) > 15:
        lines.append(f"          … and {len(people) - 15} more")
    how = "extracted" if fresh else "from the store"
    lines.append(f"  {how} in {seconds:.2f} s")
    note = names_note(extraction)
    if note:
        lines.append(f"  {note}")
    return "\n".join(lines)
