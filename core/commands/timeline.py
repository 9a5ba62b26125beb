"""``liseuse timeline PATH | DOC_ID… | --person NAME``: dated events in date order.

For one article: each line the date as a reader would say it (with the words of the text when
the date was worked out from another one, e.g. "mai 2015 (2 mois plus tard)"), the event's label,
and its people. For several stored articles (or every article that mentions a person): the
story's timeline, an event told by several articles one line with its sources.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.cli import add_db_option
from core.model import Event, Extraction, StoryEvent

DATE_WIDTH_MAX = 34


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "timeline",
        help="print the dated events of an article, or the story told by several, in order",
        description="Extract an article (or take it from the store) and print its timeline: "
        "each dated event with its date, a short label and the people and organisations in it. "
        "With several stored document ids, or --person, the story's timeline over those "
        "articles: the same event told by several is one line, with its sources.",
    )
    parser.add_argument(
        "targets", nargs="*", metavar="PATH|DOC_ID", help="an article file or URL, or document ids"
    )
    parser.add_argument("--person", metavar="NAME", help="every article that mentions NAME")
    parser.add_argument("--json", action="store_true", help="print the events as JSON")
    parser.add_argument("--lang", choices=("fr", "en"), help="article language (default: detect)")
    parser.add_argument("--dct", type=_iso_date, metavar="YYYY-MM-DD", help="document date")
    add_db_option(parser)
    parser.set_defaults(func=run)


def _iso_date(value: str) -> str:
    from core.commands.extract import iso_date

    return iso_date(value)


def run(args: argparse.Namespace) -> int:
    from core.errors import LiseuseError

    ids = [t for t in args.targets if t.isdigit() and not Path(t).exists()]
    if args.person or len(args.targets) > 1 or ids:
        if len(ids) != len(args.targets):
            raise LiseuseError("a story's timeline takes stored document ids (see 'liseuse list')")
        return _story(args, [int(i) for i in ids])
    if len(args.targets) != 1:
        raise LiseuseError("say which article (PATH or DOC_ID…), or --person NAME")
    from core import api
    from core.commands._document import tell
    from core.library import extraction_of

    article = api.prepare(args.targets[0], lang=args.lang, dct=args.dct)
    extraction, _analysis = extraction_of(args.db, article, tell=tell)
    if args.json:
        return _story_json(_one_story(extraction))
    from core.commands._terminal import printable

    print(printable(format_timeline(extraction)))
    return 0


def _one_story(extraction: Extraction) -> list[StoryEvent]:
    from core.timeline.story import story

    return story([extraction])


def _story(args: argparse.Namespace, ids: list[int]) -> int:
    from core.commands._document import open_library

    with open_library(args.db) as library:
        heading = f"{len(ids)} articles"
        if args.person:
            person = library.person(args.person)
            ids = [*ids, *person.articles]
            heading = f"{person.name}, in {len(person.articles)} articles"
        events = library.story(ids)
    if args.json:
        return _story_json(events)
    from core.commands._terminal import printable

    print(printable(format_story(events, heading)))
    return 0


def _story_json(events: list[StoryEvent]) -> int:
    from core.commands._terminal import printable_json

    data = {"events": [e.to_json() for e in events]}
    sys.stdout.write(printable_json(json.dumps(data, ensure_ascii=False, indent=1)) + "\n")
    return 0


def format_story(events: list[StoryEvent], heading: str) -> str:
    """The story as text: one line per event, with the articles that tell it."""
    from core.temporal.display import say_date

    if not events:
        return f"{heading}\n  no dated events"
    dates = [say_date(e.value, e.mod) for e in events]
    width = min(max(len(d) for d in dates), DATE_WIDTH_MAX)
    lines = [heading, f"  {len(events)} events"]
    for event, when in zip(events, dates, strict=True):
        people = f"  [{', '.join(event.participants)}]" if event.participants else ""
        sources = ", ".join(str(s.document_id) for s in event.sources)
        label = " ".join(event.label.split())
        lines.append(f"  {when:<{width}}  {label}{people}  (doc {sources})")
    return "\n".join(lines)


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
