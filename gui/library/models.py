"""The columns of the library's tables: articles, search hits, people across articles, a person's
articles, the story's events and their sources. Each row is a core dataclass."""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import urlsplit

from core.model import LibraryEntry, Person, PersonInArticle, SearchHit, StoryEvent, StorySource
from core.temporal.display import say_date
from gui.library.tables import Column, RowsModel

PASSAGE_COLUMN = 2  # of the hits: drawn as rich text (the hit in bold)


def source_name(source: str) -> str:
    """A file's name, or a site's address without ``www.``."""
    if "://" in source:
        host = urlsplit(source).hostname or source
        return host.removeprefix("www.")
    return source.rsplit("/", 1)[-1] or source


def _added(entry: LibraryEntry) -> str:
    return entry.added[:16].replace("T", " ")


def _undated_last(value: str | None) -> str:
    return value or "\uffff"


ARTICLE_COLUMNS = (
    Column("Title", lambda e: e.title or "(untitled)", tip=lambda e: e.title),
    Column("Source", lambda e: source_name(e.source), tip=lambda e: e.source),
    Column("Date", lambda e: e.dct or "", key=lambda e: _undated_last(e.dct)),
    Column("Language", lambda e: e.language),
    Column("People", lambda e: str(e.people), key=lambda e: e.people, number=True),
    Column("Events", lambda e: str(e.events), key=lambda e: e.events, number=True),
    Column("Highlights", lambda e: str(e.highlights), key=lambda e: e.highlights, number=True),
    Column("Added", _added, key=lambda e: e.added),
)
TITLE, SOURCE, DATE, LANGUAGE, PEOPLE, EVENTS, HIGHLIGHTS, ADDED = range(len(ARTICLE_COLUMNS))


def hit_html(hit: SearchHit) -> str:
    """The snippet as rich text, each hit in bold (everything else escaped)."""
    return "".join(
        f"<b>{html.escape(text)}</b>" if found else html.escape(text) for text, found in hit.parts
    )


HIT_COLUMNS = (
    Column("Article", lambda h: h.title or "(untitled)", key=lambda h: 0, tip=lambda h: h.source),
    Column("In", lambda h: "its text" if h.place == "text" else "a highlight", key=lambda h: 0),
    Column("Passage", lambda h: h.snippet(""), key=lambda h: 0, tip=lambda h: h.snippet("")),
)


def _roles(person: Person) -> str:
    """Each article's roles with its date, newest first: roles change."""
    said = []
    for appearance in reversed(person.appearances):
        for role in appearance.roles:
            said.append(f"{role} ({appearance.dct})" if appearance.dct else role)
    return "; ".join(dict.fromkeys(said))


def _ages(person: Person) -> str:
    ages = [a.age for a in person.appearances if a.age is not None]
    return ", ".join(str(a) for a in dict.fromkeys(ages))


def _doubt(person: Person) -> str:
    return f"ambiguous: {' or '.join(person.ambiguous)}?" if person.ambiguous else ""


PEOPLE_COLUMNS = (
    Column("Name", lambda p: p.name, tip=lambda p: _doubt(p) or p.name),
    Column("Also called", lambda p: ", ".join(p.aliases[:6])),
    Column(
        "Articles", lambda p: str(len(p.appearances)), key=lambda p: len(p.appearances), number=True
    ),
    Column("Mentions", lambda p: str(p.mentions), key=lambda p: p.mentions, number=True),
    Column("Ages", _ages),
    Column("Roles (and when)", _roles, tip=_roles),
    Column("Note", _doubt),
)
PERSON_NAME, PERSON_ALIASES, PERSON_ARTICLES, PERSON_MENTIONS = range(4)


def _appearance_roles(a: PersonInArticle) -> str:
    return ", ".join(a.roles)


APPEARANCE_COLUMNS = (
    Column("Article", lambda a: a.title or "(untitled)", tip=lambda a: a.name),
    Column("Date", lambda a: a.dct or "", key=lambda a: _undated_last(a.dct)),
    Column("Called", lambda a: a.name),
    Column("Mentions", lambda a: str(a.mentions), key=lambda a: a.mentions, number=True),
    Column("Age", lambda a: "" if a.age is None else str(a.age), key=lambda a: a.age or -1),
    Column("Roles", _appearance_roles),
)


def _told_by(event: StoryEvent) -> str:
    count = len({s.document_id for s in event.sources})
    first = event.sources[0].title or "(untitled)"
    return first if count == 1 else f"{count} articles: {first}, …"


def _sources_tip(event: StoryEvent) -> str:
    return "\n".join(
        f"{s.title or '(untitled)'} — {' '.join(s.label.split())}" for s in event.sources
    )


STORY_COLUMNS = (
    Column("Date", lambda e: say_date(e.value, e.mod), key=lambda e: (e.sort_key, e.value)),
    Column("Event", lambda e: " ".join(e.label.split()), tip=_sources_tip),
    Column("People", lambda e: ", ".join(e.participants)),
    Column("Told by", _told_by, key=lambda e: -len(e.sources), tip=_sources_tip),
)

SOURCE_COLUMNS = (
    Column("Article", lambda s: s.title or "(untitled)"),
    Column("As it tells it", lambda s: " ".join(s.label.split()), tip=lambda s: s.label),
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
