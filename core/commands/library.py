"""The library on the command line: ``liseuse add``, ``list``, ``people``, ``delete``, ``restore``.

The same ``Library`` methods as the window's library view; ``liseuse timeline`` (in
``core.commands.timeline``) gives the story's timeline over several articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from core.cli import add_db_option

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def register(subparsers: Subparsers) -> None:
    _register_add(subparsers)
    _register_list(subparsers)
    _register_people(subparsers)
    _register_trash(subparsers)


def _register_add(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "add",
        help="add many articles to the library (files, folders, URLs), on every core",
        description="Read, extract and store every article given: files, folders (their "
        ".txt, .md and .html files, recursively) and http(s) URLs. Articles already stored "
        "(the same text) are skipped; each failure is one line, and the rest goes on.",
    )
    parser.add_argument("sources", nargs="+", metavar="PATH|DIR|URL")
    parser.add_argument(
        "--jobs",
        type=_jobs,
        metavar="N",
        help="processes extracting at once (default: one per core)",
    )
    add_db_option(parser)
    parser.set_defaults(func=run_add)


def _jobs(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 64:
        raise argparse.ArgumentTypeError(f"not a number of processes from 1 to 64: {value!r}")
    return int(value)


def run_add(args: argparse.Namespace) -> int:
    from core.batch import default_jobs
    from core.commands._document import open_library

    shown = sys.stderr.isatty()

    def progress(_fraction: float, line: str) -> None:
        if shown:
            print(f"\r\033[K{line[:100]}", end="", file=sys.stderr, flush=True)

    with open_library(args.db) as library:
        report = library.add_many(args.sources, jobs=args.jobs or default_jobs(), progress=progress)
    if shown:
        print("\r\033[K", end="", file=sys.stderr)
    for line in report.failure_lines():
        say(line, err=True)
    say(report.summary())
    return 1 if report.failures else 0


def _register_list(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "list",
        help="list the stored articles, or those whose text or highlights match a search",
        description="The articles of the library, newest first, with their people, events "
        "and highlights counted. --search keeps those whose title, text or highlights hold "
        "every word (accents and case aside), best first, with the passages found.",
    )
    parser.add_argument("--search", metavar="QUERY", help="words to look for")
    parser.add_argument("--trash", action="store_true", help="list the trash instead")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(parser)
    parser.set_defaults(func=run_list)


def run_list(args: argparse.Namespace) -> int:
    from core.commands._document import open_library

    with open_library(args.db) as library:
        entries = library.catalogue(trashed=args.trash)
        hits = library.search(args.search, limit=500) if args.search is not None else None
    if hits is not None:
        by_id = {e.id: e for e in entries}
        found: dict[int, list[Any]] = {}
        for hit in hits:
            if hit.document_id in by_id:
                found.setdefault(hit.document_id, []).append(hit)
        entries = [by_id[i] for i in found]
    if args.json:
        rows = [e.to_json() for e in entries]
        if hits is not None:
            for row in rows:
                row["hits"] = [h.to_json() for h in found[row["id"]]]
        _print_json(rows)
        return 0
    if not entries:
        print("no article matches" if hits is not None else "the library is empty")
        return 0
    for entry in entries:
        when = entry.dct or "----------"
        counts = f"{entry.people:3d} people {entry.events:3d} events {entry.highlights:3d} hl"
        say(f"{entry.id:5d}  {when}  {entry.language}  {counts}  {entry.title or '(untitled)'}")
        for hit in (found.get(entry.id, []) if hits is not None else [])[:3]:
            say(f"       {hit.place}: {hit.snippet('*')}")
    return 0


def _print_json(data: Any) -> None:
    from core.commands._terminal import printable_json

    sys.stdout.write(printable_json(json.dumps(data, ensure_ascii=False, indent=1)) + "\n")


def say(text: str, *, err: bool = False) -> None:
    """A line for the terminal: titles, names and file names come from articles (escaped)."""
    from core.commands._terminal import printable

    print(printable(text), file=sys.stderr if err else sys.stdout)


def _register_people(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "people",
        help="the people across the library's articles",
        description="Every person of the library (--all) or of the given articles, merged "
        "across articles by name and aliases: a lone surname joins the one full name it "
        "belongs to; one that could be several people's stays apart, marked ambiguous.",
    )
    parser.add_argument("documents", nargs="*", type=int, metavar="DOC_ID")
    parser.add_argument("--all", action="store_true", help="the whole library")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(parser)
    parser.set_defaults(func=run_people)


def run_people(args: argparse.Namespace) -> int:
    from core.commands._document import open_library
    from core.errors import LiseuseError

    if not args.all and not args.documents:
        raise LiseuseError("say whose people: --all, or some document ids")
    with open_library(args.db) as library:
        people = library.people(None if args.all else args.documents)
    if args.json:
        _print_json([p.to_json() for p in people])
        return 0
    for person in people:
        also = f" ({', '.join(person.aliases[:4])})" if person.aliases else ""
        doubt = f"  [ambiguous: {' or '.join(person.ambiguous)}]" if person.ambiguous else ""
        say(f"{person.mentions:6d} {len(person.articles):4d} art.  {person.name}{also}{doubt}")
    return 0


def _register_trash(subparsers: Subparsers) -> None:
    delete = subparsers.add_parser(
        "delete",
        help="move articles to the trash (their highlights are kept)",
        description="Move articles to the trash: they leave the library, its people and its "
        "timelines, but stay whole, highlights included, until the trash is emptied "
        "(--empty-trash). Even then their highlights stay in the store, and come back if "
        "the same text is added again.",
    )
    delete.add_argument("documents", nargs="*", type=int, metavar="DOC_ID")
    delete.add_argument("--empty-trash", action="store_true", help="delete the trash for good")
    add_db_option(delete)
    delete.set_defaults(func=run_delete)
    restore = subparsers.add_parser("restore", help="take articles out of the trash")
    restore.add_argument("documents", nargs="+", type=int, metavar="DOC_ID")
    add_db_option(restore)
    restore.set_defaults(func=run_restore)


def run_delete(args: argparse.Namespace) -> int:
    from core.commands._document import open_library
    from core.errors import LiseuseError

    if not args.documents and not args.empty_trash:
        raise LiseuseError("say which articles to delete (DOC_ID…), or --empty-trash")
    with open_library(args.db) as library:
        if args.documents:
            moved = library.trash(args.documents)
            print(f"moved to the trash: {', '.join(map(str, moved)) or 'nothing new'}")
        if args.empty_trash:
            print(f"trash emptied: {library.empty_trash()} articles deleted, highlights kept")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from core.commands._document import open_library

    with open_library(args.db) as library:
        back = library.restore(args.documents)
    print(f"restored: {', '.join(map(str, back)) or 'nothing (not in the trash)'}")
    return 0
