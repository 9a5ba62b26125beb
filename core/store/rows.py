"""Rows read back from the store (plain tuples, in the column order of ``core.store.queries``)
made into ``core.model`` dataclasses. Imports no SQLAlchemy: the repository's session and
``core.store.quick``'s ``sqlite3`` connection both hand their rows to these functions."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from core.model import (
    Annotation,
    Attributes,
    Correction,
    DocumentInfo,
    Entity,
    Event,
    Extraction,
    Mention,
    Region,
    TimeExpression,
)

Row = Sequence[Any]  # a tuple from sqlite3, or SQLAlchemy's Row

# The statements of ``core.store.queries`` (by name) whose rows ``extraction`` takes, besides
# the ``document`` row itself.
PARTS = ("regions", "entities", "mentions", "attributes", "dates", "events", "participants")


def extraction(
    document: Row,
    *,
    regions: Iterable[Row],
    entities: Iterable[Row],
    mentions: Iterable[Row],
    attributes: Iterable[Row],
    dates: Iterable[Row],
    events: Iterable[Row],
    participants: Iterable[Row],
) -> Extraction:
    """One document's extraction from the rows of each statement in ``core.store.queries``."""
    info, text = document_info(document)
    return Extraction(
        document=info,
        text=text,
        regions=tuple(Region(start, end, role) for start, end, role in regions),
        entities=entity_list(entities, mentions, attributes),
        dates=tuple(TimeExpression(*row) for row in dates),
        events=event_list(events, participants),
    )


def document_info(row: Row) -> tuple[DocumentInfo, str]:
    """A ``DOCUMENT`` row → its description and its text."""
    document_id, title, language, sha256, source, dct, text = row
    return DocumentInfo(document_id, title, language, sha256, source, dct, len(text)), text


def entity_list(
    entities: Iterable[Row], mentions: Iterable[Row], attributes: Iterable[Row]
) -> tuple[Entity, ...]:
    found: dict[int, list[Mention]] = defaultdict(list)
    for entity_id, start, end, text in mentions:
        found[entity_id].append(Mention(start, end, text))
    facts: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for entity_id, key, value in attributes:
        facts[entity_id].append((key, value))
    return tuple(
        Entity(
            id=entity_id,
            kind=kind,
            name=name,
            aliases=tuple(json.loads(aliases)),
            mentions=tuple(found[entity_id]),
            attributes=_attributes(facts[entity_id]),
        )
        for entity_id, kind, name, aliases in entities
    )


def _attributes(pairs: list[tuple[str, str]]) -> Attributes:
    age = next((int(value) for key, value in pairs if key == "age"), None)
    return Attributes(age=age, roles=tuple(value for key, value in pairs if key == "role"))


def event_list(events: Iterable[Row], participants: Iterable[Row]) -> tuple[Event, ...]:
    people: dict[int, list[int]] = defaultdict(list)
    for event_id, entity_id in participants:
        people[event_id].append(entity_id)
    return event_order(
        Event(
            id=event_id,
            date_id=date_id,
            value=value,
            mod=mod,
            precision=precision,
            sort_key=sort_key,
            start=start,
            end=end,
            label=label,
            participants=tuple(people[event_id]),
        )
        for event_id, date_id, value, mod, precision, sort_key, start, end, label in events
    )


def event_order(events: Iterable[Event]) -> tuple[Event, ...]:
    """Events in timeline order: by date, then by place in the text."""
    return tuple(sorted(events, key=lambda e: (e.sort_key, e.start, e.id)))


# The columns of an annotation row, in the order ``core.store.queries.ANNOTATIONS`` selects them
# (and ``core.model.Annotation`` names them).
ANNOTATION_FIELDS = (
    "id",
    "uuid",
    "document_id",
    "document_sha256",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "color",
    "note",
    "created",
    "modified",
    "anchor_state",
)


def annotation(row: Row, tags: Iterable[str]) -> Annotation:
    """One annotation row (``ANNOTATION_FIELDS``, from a query or an ORM row) with its tags."""
    return Annotation(**dict(zip(ANNOTATION_FIELDS, row, strict=True)), tags=tag_tuple(tags))


def annotation_list(annotations: Iterable[Row], tags: Iterable[Row]) -> tuple[Annotation, ...]:
    """``ANNOTATIONS`` rows with their ``ANNOTATION_TAGS``, in reading order."""
    names: dict[int, list[str]] = defaultdict(list)
    for annotation_id, name in tags:
        names[annotation_id].append(name)
    made = (annotation(row, names[row[0]]) for row in annotations)
    return tuple(sorted(made, key=reading_order))


# The columns of a correction row, in the order ``core.store.queries.CORRECTIONS`` selects them.
CORRECTION_FIELDS = (
    "id",
    "uuid",
    "scope",
    "document_id",
    "document_sha256",
    "action",
    "subject",
    "prefix",
    "suffix",
    "start",
    "end",
    "payload",
    "created",
)


def correction(row: Row) -> Correction:
    """One correction row (``CORRECTION_FIELDS``); its payload is JSON."""
    values = dict(zip(CORRECTION_FIELDS, row, strict=True))
    payload = json.loads(values.pop("payload") or "{}")
    if not isinstance(payload, dict):
        raise ValueError("a correction's payload is not a JSON object")
    return Correction(**values, payload=payload)


def tag_tuple(names: Iterable[str]) -> tuple[str, ...]:
    """A highlight's tags, in the order they are shown: alphabetical, case aside."""
    return tuple(sorted(names, key=lambda name: (name.casefold(), name)))


def reading_order(annotation: Annotation) -> tuple[int, int, int, int]:
    """Highlights as they come in the text; those that could not be placed come last."""
    if annotation.start is None or annotation.anchor_state == "unanchored":
        return (1, 0, 0, annotation.id)
    return (0, annotation.start, annotation.end or 0, annotation.id)


def most_used_first(counts: Iterable[Row]) -> list[tuple[str, int]]:
    """``TAG_COUNTS`` rows, the most used tags first (then alphabetical, case aside)."""
    return sorted(((name, count) for name, count in counts), key=lambda t: (-t[1], t[0].casefold()))
