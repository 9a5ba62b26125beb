"""Hand-made articles for the library's tests: people and dated events without spaCy."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from core.model import (
    Attributes,
    DocumentInfo,
    Entity,
    Event,
    Extraction,
    Mention,
    Region,
    TimeExpression,
)
from core.reading.article import Article

PRECISION = {4: "year", 7: "month", 10: "day"}


def make_article(
    title: str,
    sentences: Sequence[tuple[str | None, str]],
    people: dict[str, tuple[str, ...]] | None = None,
    *,
    dct: str | None = "2024-01-01",
    source: str | None = None,
    roles: dict[str, tuple[str, ...]] | None = None,
    ages: dict[str, int] | None = None,
) -> tuple[Article, Extraction]:
    """An article of ``sentences`` — ``(date value or None, sentence)``, the date's words being
    the sentence's words up to its first comma — whose people (name → aliases) are found by
    their names and aliases. Each dated sentence is an event with the people it names."""
    text = title + "\n" + "\n".join(s for _v, s in sentences) + "\n"
    sha = hashlib.sha256(text.encode()).hexdigest()
    regions = (Region(0, len(title) + 1, "title"), Region(len(title) + 1, len(text), "body"))
    entities = _entities(text, people or {}, roles or {}, ages or {})
    dates: list[TimeExpression] = []
    events: list[Event] = []
    at = len(title) + 1
    for value, sentence in sentences:
        start, end = at, at + len(sentence)
        at = end + 1
        if value is None:
            continue
        words = sentence.split(",")[0]
        date = TimeExpression(len(dates) + 1, start, start + len(words), words, "DATE", value)
        dates.append(date)
        named = tuple(e.id for e in entities if any(start <= m.start < end for m in e.mentions))
        events.append(
            Event(
                len(events) + 1,
                date.id,
                value,
                None,
                PRECISION[len(value)],
                (value + "-01-01")[:10],
                start,
                end,
                sentence,
                named,
            )
        )
    info = DocumentInfo(0, title, "fr", sha, source or f"/articles/{sha[:8]}.txt", dct, len(text))
    article = Article(info.source, text, title, regions, "fr", dct, sha, sha, "txt")
    return article, Extraction(info, text, regions, entities, tuple(dates), tuple(events))


def _entities(
    text: str,
    people: dict[str, tuple[str, ...]],
    roles: dict[str, tuple[str, ...]],
    ages: dict[str, int],
) -> tuple[Entity, ...]:
    taken: set[int] = set()
    found = []
    for number, (name, aliases) in enumerate(people.items(), start=1):
        mentions = []
        for form in sorted({name, *aliases}, key=len, reverse=True):
            at = text.find(form)
            while at >= 0:
                if not taken.intersection(range(at, at + len(form))):
                    mentions.append(Mention(at, at + len(form), form))
                    taken.update(range(at, at + len(form)))
                at = text.find(form, at + 1)
        found.append(
            Entity(
                number,
                "PER",
                name,
                tuple(dict.fromkeys((name, *aliases))),
                tuple(sorted(mentions, key=lambda m: m.start)),
                Attributes(age=ages.get(name), roles=roles.get(name, ())),
            )
        )
    return tuple(found)
