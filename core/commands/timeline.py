"""``liseuse timeline PATH``: the dated events of an article, in date order.

Each line: the date as a reader would say it (with the words of the text when the date was worked
out from another one, e.g. "mai 2015 (2 mois plus tard)"), the event's label, and its people.
"""

from __future__ import annotations

import argparse

from core.cli import add_db_option
from core.model import Event, Extraction

DATE_WIDTH_MAX = 34


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "timeline",
        help="print the dated events of an article in order",
        description="Extract an article (or take it from the store) and print its timeline: "
        "each dated event with its date, a short label and the people and organisations in it.",
    )
    parser.add_argument("path", metavar="PATH", help="article file or URL")
    parser.add_argument("--lang", choices=("fr", "en"), help="article language (default: detect)")
    parser.add_argument("--dct", type=_iso_date, metavar="YYYY-MM-DD", help="document date")
    add_db_option(parser)
    parser.set_defaults(func=run)


def _iso_date(value: str) -> str:
    from core.commands.extract import iso_date

    return iso_date(value)


def run(args: argparse.Namespace) -> int:
    from core import api
    from core.commands._document import tell
    from core.library import extraction_of

    article = api.prepare(args.path, lang=args.lang, dct=args.dct)
    extraction, _analysis = extraction_of(args.db, article, tell=tell)
    print(format_timeline(extraction))
    return 0


def format_timeline(extraction: Extraction) -> str:
    """The timeline as text: a heading, then one line per event in date order."""
    from core.timeline.events import timeline_order

    info = extraction.document
    events = timeline_order(extraction.events)
    heading = f"{info.title or '(untitled)'}" + (f" — dated {info.dct}" if info.dct else "")
    if not events:
        return f"{heading}\n  no dated events"
    dates = [_when(extraction, e) for e in events]
    width = min(max(len(d) for d in dates), DATE_WIDTH_MAX)
    lines = [heading, f"  {len(events)} events"]
    for event, when in zip(events, dates, strict=True):
        people = _people(extraction, event)
        tail = f"  [{people}]" if people else ""
        lines.append(f"  {when:<{width}}  {event.label}{tail}")
    return "\n".join(lines)


def _when(extraction: Extraction, event: Event) -> str:
    from core.temporal.display import say_date

    words = say_date(event.value, event.mod, extraction.document.language)
    date = extraction.date(event.date_id)
    if date is not None and date.anchor in ("previous", "dct") and date.text.lower() not in words:
        return f"{words} ({date.text})"
    return words


def _people(extraction: Extraction, event: Event) -> str:
    names = (extraction.entity(i) for i in event.participants)
    return ", ".join(e.name for e in names if e is not None)
