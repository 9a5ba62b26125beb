"""The story's timeline: the events of several articles on one timeline.

An event told by several articles is one row with several sources: two events of different
articles are the same when they have the same date value (and modifier), and either share a
participant and have somewhat similar labels, or have clearly similar labels (the share of
their content words in common). Within one article, events are never merged: the article
already told them apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from core.model import Event, Extraction, StoryEvent, StorySource
from core.names.keys import normalise

SIMILAR = 0.5  # labels this alike tell the same event, whoever is in it
SIMILAR_WITH_SOMEONE = 0.2  # alike enough when they share a participant
_WORD = re.compile(r"\w{3,}")


def words_of(label: str) -> frozenset[str]:
    """The label's content words, folded (short words left out: articles, prepositions)."""
    return frozenset(_WORD.findall(normalise(label)))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def people_keys(names: Iterable[str]) -> frozenset[str]:
    """Full names and surnames, folded: "Marie Dupont" and "Dupont" share someone."""
    keys: set[str] = set()
    for name in names:
        key = normalise(name)
        keys.add(key)
        keys.add(key.split()[-1] if key else key)
    return frozenset(keys)


@dataclass(slots=True)
class _Row:
    value: str
    mod: str | None
    precision: str
    sort_key: str
    label: str
    words: frozenset[str]
    people: frozenset[str]
    names: list[str] = field(default_factory=list)
    sources: list[StorySource] = field(default_factory=list)

    def documents(self) -> set[int]:
        return {s.document_id for s in self.sources}

    def tells(self, words: frozenset[str], people: frozenset[str]) -> bool:
        alike = similarity(self.words, words)
        return alike >= SIMILAR or (bool(self.people & people) and alike >= SIMILAR_WITH_SOMEONE)

    def freeze(self) -> StoryEvent:
        return StoryEvent(
            value=self.value,
            mod=self.mod,
            precision=self.precision,
            sort_key=self.sort_key,
            label=self.label,
            participants=tuple(dict.fromkeys(self.names)),
            sources=tuple(self.sources),
        )


def _participants(extraction: Extraction, event: Event) -> list[str]:
    return [e.name for p in event.participants if (e := extraction.entity(p)) is not None]


def story(extractions: Sequence[Extraction]) -> list[StoryEvent]:
    """The events of every article, in date order, the same event told twice made one row."""
    told = [(x, e) for x in extractions for e in x.events if e.value]
    told.sort(key=lambda pair: (pair[1].sort_key, pair[0].document.id, pair[1].start))
    rows: list[_Row] = []
    by_date: dict[tuple[str, str | None], list[_Row]] = {}
    for extraction, event in told:
        names = _participants(extraction, event)
        words, people = words_of(event.label), people_keys(names)
        document = extraction.document
        source = StorySource(
            document.id, document.title, event.id, event.start, event.end, event.label
        )
        same_date = by_date.setdefault((event.value, event.mod), [])
        row = next(
            (r for r in same_date if document.id not in r.documents() and r.tells(words, people)),
            None,
        )
        if row is None:
            row = _Row(
                event.value, event.mod, event.precision, event.sort_key, event.label, words, people
            )
            rows.append(row)
            same_date.append(row)
        else:
            row.people |= people
        row.names.extend(names)
        row.sources.append(source)
    return [r.freeze() for r in rows]
