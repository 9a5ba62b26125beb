"""``liseuse correct ARTICLE|DOC_ID …``: the reader's corrections of the extractor.

Each option may be given several times; every correction is saved before the command returns
and applies to every later read of the article (and of every article with ``--everywhere``).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from core.cli import add_db_option
from core.corrections.describe import describe
from core.errors import InvalidCorrection
from core.ids import shown
from core.model import ENTITY_KINDS

if TYPE_CHECKING:
    from core.library import Library
    from core.model import Correction, CorrectionAction


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "correct",
        help="correct the names and dates found in an article (kept over re-extraction)",
        description="Correct what the extractor found in an article (a file, URL or stored "
        "document id). A NAME is any of the entity's forms; KIND is PER, ORG, LOC or MISC; a "
        "QUOTE is a date's words in the text; VALUE is a TIMEX3 value such as 2015-06.",
    )
    parser.add_argument("target", metavar="ARTICLE|DOC_ID", help="article file, URL or id")
    add = parser.add_argument
    add("--article-date", metavar="YYYY-MM-DD", help="the article's own date ('' for unknown)")
    add("--kind", nargs=2, action="append", default=[], metavar=("NAME", "KIND"))
    add("--not-a-name", action="append", default=[], metavar="NAME")
    add("--merge", nargs=2, action="append", default=[], metavar=("ALIAS", "INTO"))
    add("--split", action="append", default=[], metavar="ALIAS", help="make an alias its own")
    add("--rename", nargs=2, action="append", default=[], metavar=("NAME", "NEW"))
    add("--mark-name", nargs=2, action="append", default=[], metavar=("WORDS", "KIND"))
    add("--age", nargs=2, action="append", default=[], metavar=("NAME", "YEARS"))
    add(
        "--roles",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "ROLES"),
        help="a person's roles, separated by ';' (empty: none)",
    )
    add("--date", nargs=2, action="append", default=[], metavar=("QUOTE", "VALUE"))
    add(
        "--count-from",
        nargs=2,
        action="append",
        default=[],
        metavar=("QUOTE", "OTHER"),
        help="count the date QUOTE from the date OTHER",
    )
    add("--not-a-date", action="append", default=[], metavar="QUOTE")
    add("--off-timeline", action="append", default=[], metavar="QUOTE")
    add("--on-timeline", action="append", default=[], metavar="QUOTE")
    add("--mark-date", nargs=2, action="append", default=[], metavar=("WORDS", "VALUE"))
    add("--everywhere", action="store_true", help="--kind and --not-a-name for every article")
    add("--list", action="store_true", help="list the corrections that apply to the article")
    add("--undo", action="append", default=[], metavar="ID", help="take a correction back")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from core.commands._document import open_library, open_target
    from core.commands._terminal import printable

    with open_library(args.db) as library:
        document_id = open_target(library, args.target)
        for uuid in args.undo:
            gone = library.corrections.remove(_full_id(library, document_id, uuid))
            print(printable(f"correction {gone.uuid[:8]} taken back: {describe(gone)}"))
        for made in _make(library, document_id, args):
            print(printable(f"correction {made.uuid[:8]} saved: {describe(made)}"))
        if args.list:
            print(printable(_listing(library, document_id)))
    return 0


def _make(library: Library, document_id: int, args: argparse.Namespace) -> list[Correction]:
    everywhere = None if args.everywhere else document_id
    text = library.extracted(document_id).text
    add = library.corrections.add
    made: list[Correction] = []
    if args.article_date is not None:
        made.append(add("document", "date", document_id=document_id, dct=args.article_date or None))
    for name, kind in args.kind:
        made.append(add("kind", name, document_id=everywhere, kind=_kind(kind)))
    for name in args.not_a_name:
        made.append(add("not_name", name, document_id=everywhere))
    for alias, into in args.merge:
        made.append(add("merge", alias, document_id=document_id, into=into))
    for alias in args.split:
        made.append(add("split", alias, document_id=document_id))
    for name, new in args.rename:
        made.append(add("rename", name, document_id=document_id, name=new))
    for words, kind in args.mark_name:
        made.append(add("mark_name", words, document_id=document_id, kind=_kind(kind)))
    for name, years in args.age:
        made.append(add("person", name, document_id=document_id, **_age(years)))
    for name, roles in args.roles:
        listed = [r.strip() for r in roles.split(";") if r.strip()]
        made.append(add("person", name, document_id=document_id, roles=listed))
    dated: list[tuple[CorrectionAction, str, dict[str, Any]]] = [
        *(("date_value", q, {"value": v}) for q, v in args.date),
        *(("not_date", q, {}) for q in args.not_a_date),
        *(("off_timeline", q, {}) for q in args.off_timeline),
        *(("on_timeline", q, {}) for q in args.on_timeline),
        *(("mark_date", q, {"value": v}) for q, v in args.mark_date),
    ]
    for action, quote, payload in dated:
        span = _span(text, quote)
        made.append(add(action, quote, document_id=document_id, span=span, **payload))
    for quote, other in args.count_from:
        span, other_span = _span(text, quote), _span(text, other)
        made.append(
            add("date_anchor", quote, document_id=document_id, span=span, anchor_span=other_span)
        )
    return made


def _kind(kind: str) -> str:
    upper = kind.upper()
    if upper not in ENTITY_KINDS:
        raise InvalidCorrection(f"KIND is one of {', '.join(ENTITY_KINDS)}, not {kind!r}")
    return upper


def _age(years: str) -> dict[str, Any]:
    if years.strip() in ("", "-", "none"):
        return {"age": None}
    if not years.isascii() or not years.isdigit() or len(years.lstrip("0")) > 3:
        raise InvalidCorrection(f"an age is a whole number of years, not {shown(years)}")
    return {"age": int(years)}


def _span(text: str, quote: str) -> tuple[int, int]:
    """Where the words ``quote`` are in the text (the first time)."""
    at = text.find(quote) if quote.strip() else -1
    if at < 0:
        from core.errors import NotFound

        raise NotFound(f"the words {quote!r} are not in the article")
    return at, at + len(quote)


def _full_id(library: Library, document_id: int, short: str) -> str:
    """A correction's uuid from its first characters (as ``--list`` prints them)."""
    from core.errors import NotFound

    matching = [c.uuid for c in library.corrections.listed() if c.uuid.startswith(short.lower())]
    if len(matching) != 1:
        raise NotFound(
            f"no correction {short}" if not matching else f"{short} names several corrections"
        )
    return matching[0]


def _listing(library: Library, document_id: int) -> str:
    corrections = library.corrections.of_document(document_id)
    if not corrections:
        return "no corrections"
    unapplied = {c.uuid for c in library.document(document_id).unapplied}
    lines = []
    for correction in corrections:
        state = "  (no longer applies: its words are gone)" if correction.uuid in unapplied else ""
        lines.append(f"  {correction.uuid[:8]}  {describe(correction)}{state}")
    return f"{len(corrections)} corrections\n" + "\n".join(lines)
