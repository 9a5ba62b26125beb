"""The columns of the library's tables: articles, search hits, people across articles, a person's
articles, the story's events and their sources. Each row is a core dataclass."""

from __future__ import annotations

import datetime as dt
import html
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from core.model import LibraryEntry, Person, PersonInArticle, SearchHit, StoryEvent, StorySource
from core.temporal.display import say_date
from gui.datefmt import say_day
from gui.i18n import QT_TRANSLATE_NOOP, interface_language, translate
from gui.library.tables import Column, RowsModel
from gui.operations.language import language_name

PASSAGE_COLUMN = 2  # of the hits: drawn as rich text (the hit in bold)


def untitled() -> str:
    return translate("Library", "(untitled)")


def _place(place: str) -> str:
    return (
        translate("Library", "its text") if place == "text" else translate("Library", "a highlight")
    )


def source_name(source: str) -> str:
    """A file's name, or a site's address without ``www.``."""
    if "://" in source:
        host = urlsplit(source).hostname or source
        return host.removeprefix("www.")
    return source.rsplit("/", 1)[-1] or source


def _added(entry: LibraryEntry) -> str:
    """When it was stored (kept in UTC), in local time as the locale writes it.
    Parsed by Python (``QDateTime.fromString`` with a format takes ~0.6 ms a row: 6 s for 10,000
    articles), and said once per second (articles added together share it)."""
    try:
        when = dt.datetime.fromisoformat(entry.added)
    except ValueError:
        return entry.added[:16].replace("T", " ")
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC)
    return _local_time(when.replace(microsecond=0, tzinfo=None), QLocale().name())


@lru_cache(maxsize=16384)
def _local_time(when: dt.datetime, _locale_name: str) -> str:
    stamp = QDateTime(
        QDate(when.year, when.month, when.day),
        QTime(when.hour, when.minute, when.second),
        QTimeZone.utc(),
    )
    return QLocale().toString(stamp.toLocalTime(), QLocale.FormatType.ShortFormat)


def _undated_last(value: str | None) -> str:
    return value or "\uffff"


ARTICLE_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("Library", "Title"),
        lambda e: e.title or untitled(),
        tip=lambda e: e.title,
    ),
    Column(
        QT_TRANSLATE_NOOP("Library", "Source"),
        lambda e: source_name(e.source),
        tip=lambda e: e.source,
    ),
    Column(
        QT_TRANSLATE_NOOP("Library", "Date"),
        lambda e: say_day(e.dct) if e.dct else "",
        key=lambda e: _undated_last(e.dct),
    ),
    Column(QT_TRANSLATE_NOOP("Library", "Language"), lambda e: language_name(e.language)),
    Column(
        QT_TRANSLATE_NOOP("Library", "People"),
        lambda e: str(e.people),
        key=lambda e: e.people,
        number=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Library", "Events"),
        lambda e: str(e.events),
        key=lambda e: e.events,
        number=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Library", "Highlights"),
        lambda e: str(e.highlights),
        key=lambda e: e.highlights,
        number=True,
    ),
    Column(QT_TRANSLATE_NOOP("Library", "Added"), _added, key=lambda e: e.added),
)
TITLE, SOURCE, DATE, LANGUAGE, PEOPLE, EVENTS, HIGHLIGHTS, ADDED = range(len(ARTICLE_COLUMNS))


def hit_html(hit: SearchHit) -> str:
    """The snippet as rich text, each hit in bold (everything else escaped)."""
    return "".join(
        f"<b>{html.escape(text)}</b>" if found else html.escape(text) for text, found in hit.parts
    )


HIT_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("Library", "Article"),
        lambda h: h.title or untitled(),
        key=lambda h: 0,
        tip=lambda h: h.source,
    ),
    Column(QT_TRANSLATE_NOOP("Library", "In"), lambda h: _place(h.place), key=lambda h: 0),
    Column(
        QT_TRANSLATE_NOOP("Library", "Passage"),
        lambda h: h.snippet(""),
        key=lambda h: 0,
        tip=lambda h: h.snippet(""),
    ),
)


def _roles_by_date(person: Person) -> dict[str, list[str]]:
    """Each role the articles give, newest first, with the dates of the articles giving it
    (newest first; "" for an undated article)."""
    found: dict[str, list[str]] = {}
    for said in reversed(person.roles):
        found.setdefault(said.role, []).append(said.dct or "")
    return found


def _roles(person: Person) -> str:
    """Each role once, with the date of the newest article giving it, newest first: roles
    change. (A person of thousands of articles has as many dated roles: painting them all in
    one cell took tens of milliseconds; each article's own are in the table below.)"""
    return "; ".join(
        f"{role} ({dates[0]})" if dates[0] else role
        for role, dates in _roles_by_date(person).items()
    )


def _roles_tip(person: Person) -> str:
    lines = []
    for role, dates in list(_roles_by_date(person).items())[:ROLES_IN_TIP]:
        dated = sorted(d for d in dates if d)
        if len(dates) == 1:
            lines.append(f"{role} ({dated[0]})" if dated else role)
        else:
            span = f"{dated[0]} – {dated[-1]}" if dated else ""
            said = translate("Library", "{count} articles").format(count=len(dates))
            lines.append(f"{role}: {said}" + (f", {span}" if span else ""))
    return "\n".join(lines)


ROLES_IN_TIP = 20


def _ages(person: Person) -> str:
    return ", ".join(map(str, person.ages))


def _doubt(person: Person) -> str:
    if not person.ambiguous:
        return ""
    return translate("Library", "ambiguous: {names}?").format(
        names=translate("Library", " or ").join(person.ambiguous)
    )


PEOPLE_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("Library", "Name"), lambda p: p.name, tip=lambda p: _doubt(p) or p.name
    ),
    Column(QT_TRANSLATE_NOOP("Library", "Also called"), lambda p: ", ".join(p.aliases[:6])),
    Column(
        QT_TRANSLATE_NOOP("Library", "Articles"),
        lambda p: str(len(p.articles)),
        key=lambda p: len(p.articles),
        number=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Library", "Mentions"),
        lambda p: str(p.mentions),
        key=lambda p: p.mentions,
        number=True,
    ),
    Column(QT_TRANSLATE_NOOP("Library", "Ages"), _ages),
    Column(QT_TRANSLATE_NOOP("Library", "Roles (and when)"), _roles, tip=_roles_tip),
    Column(QT_TRANSLATE_NOOP("Library", "Note"), _doubt),
)
PERSON_NAME, PERSON_ALIASES, PERSON_ARTICLES, PERSON_MENTIONS = range(4)


def _appearance_roles(a: PersonInArticle) -> str:
    return ", ".join(a.roles)


APPEARANCE_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("Library", "Article"),
        lambda a: a.title or untitled(),
        tip=lambda a: a.name,
    ),
    Column(
        QT_TRANSLATE_NOOP("Library", "Date"),
        lambda a: say_day(a.dct) if a.dct else "",
        key=lambda a: _undated_last(a.dct),
    ),
    Column(QT_TRANSLATE_NOOP("Library", "Called"), lambda a: a.name),
    Column(
        QT_TRANSLATE_NOOP("Library", "Mentions"),
        lambda a: str(a.mentions),
        key=lambda a: a.mentions,
        number=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Library", "Age"),
        lambda a: "" if a.age is None else str(a.age),
        key=lambda a: a.age or -1,
    ),
    Column(QT_TRANSLATE_NOOP("Library", "Roles"), _appearance_roles),
)


def _told_by(event: StoryEvent) -> str:
    count = len({s.document_id for s in event.sources})
    first = event.sources[0].title or untitled()
    if count == 1:
        return first
    return translate("Library", "{count} articles: {first}, …").format(count=count, first=first)


def _sources_tip(event: StoryEvent) -> str:
    return "\n".join(
        f"{s.title or untitled()} — {' '.join(s.label.split())}" for s in event.sources
    )


STORY_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("Library", "Date"),
        lambda e: say_date(e.value, e.mod, interface_language()),
        key=lambda e: (e.sort_key, e.value),
    ),
    Column(
        QT_TRANSLATE_NOOP("Library", "Event"), lambda e: " ".join(e.label.split()), tip=_sources_tip
    ),
    Column(QT_TRANSLATE_NOOP("Library", "People"), lambda e: ", ".join(e.participants)),
    Column(
        QT_TRANSLATE_NOOP("Library", "Told by"),
        _told_by,
        key=lambda e: -len(e.sources),
        tip=_sources_tip,
    ),
)

SOURCE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Library", "Article"), lambda s: s.title or untitled()),
    Column(
        QT_TRANSLATE_NOOP("Library", "As it tells it"),
        lambda s: " ".join(s.label.split()),
        tip=lambda s: s.label,
    ),
)


def models(parent: Any) -> dict[str, RowsModel]:
    """One model of each kind, for the library page."""
    return {
        "articles": RowsModel(ARTICLE_COLUMNS, parent),
        "hits": RowsModel(HIT_COLUMNS, parent),
        "people": RowsModel(PEOPLE_COLUMNS, parent),
        "appearances": RowsModel(APPEARANCE_COLUMNS, parent),
        "story": RowsModel(STORY_COLUMNS, parent),
        "sources": RowsModel(SOURCE_COLUMNS, parent),
    }


__all__ = ["StorySource", "hit_html", "models", "source_name"]
