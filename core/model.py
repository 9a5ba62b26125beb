"""Plain, frozen data handed out by the core.

Nothing in here knows about spaCy, SQLAlchemy or Qt: these are the only shapes that cross the
boundary of ``core``. Every offset is a Python string index into ``Extraction.text`` (the decoded
article with ``\\r\\n`` turned into ``\\n``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

EntityKind = Literal["PER", "ORG", "LOC", "MISC"]
ENTITY_KINDS: tuple[EntityKind, ...] = ("PER", "ORG", "LOC", "MISC")

RegionRole = Literal["title", "body", "boilerplate", "duplicate"]
REGION_ROLES: tuple[RegionRole, ...] = ("title", "body", "boilerplate", "duplicate")

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
# How a date value was obtained: written in full, from the document date, from the last explicit
# date before it, or left at the precision the text gives.
Anchor = Literal["explicit", "dct", "previous", "underspecified"]


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of the text with a role; regions tile the whole text."""

    start: int
    end: int
    role: RegionRole

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "role": self.role}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Attributes:
    age: int | None = None
    roles: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.age is not None:
            data["age"] = self.age
        if self.roles:
            data["roles"] = list(self.roles)
        return data


@dataclass(frozen=True, slots=True)
class Entity:
    """One person, organisation, place or other name, with every mention of it."""

    id: int
    kind: EntityKind
    name: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    attributes: Attributes = field(default_factory=Attributes)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "aliases": list(self.aliases),
            "mentions": [m.to_json() for m in self.mentions],
            "attributes": self.attributes.to_json(),
        }


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression (TIMEX3 conventions) with its normalised value."""

    id: int
    start: int
    end: int
    text: str
    type: TimexType
    value: str | None
    mod: str | None = None
    anchor: Anchor | None = None
    anchor_date_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "anchor": self.anchor,
            "anchor_date_id": self.anchor_date_id,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """A dated sentence on the timeline."""

    id: int
    date_id: int
    value: str
    mod: str | None
    precision: (
        str  # "century", "decade", "year", "season", "quarter", "month", "week", "day", "time"
    )
    sort_key: str  # ISO date of the earliest day the value can mean, e.g. "2015-05-01"
    start: int
    end: int
    label: str
    participants: tuple[int, ...] = ()  # entity ids

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date_id": self.date_id,
            "value": self.value,
            "mod": self.mod,
            "precision": self.precision,
            "sort_key": self.sort_key,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "participants": list(self.participants),
        }


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: int
    title: str
    language: str
    sha256: str
    source: str
    dct: str | None
    chars: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "language": self.language,
            "sha256": self.sha256,
            "source": self.source,
            "dct": self.dct,
            "chars": self.chars,
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything Liseuse knows about one article."""

    document: DocumentInfo
    text: str
    regions: tuple[Region, ...]
    entities: tuple[Entity, ...] = ()
    dates: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    # What the reader's corrections changed (``core.corrections``), and those that no longer
    # apply (their text is gone): both empty for the extractor's own output.
    amendments: tuple[Amendment, ...] = ()
    unapplied: tuple[Correction, ...] = ()

    def to_json(self) -> dict[str, Any]:
        said: dict[tuple[str, int], list[dict[str, Any]]] = {}
        for amendment in self.amendments:
            said.setdefault((amendment.target, amendment.target_id), []).append(amendment.to_json())

        def corrected(kind: str, item_id: int, data: dict[str, Any]) -> dict[str, Any]:
            if (kind, item_id) in said:
                data["corrected"] = said[kind, item_id]
            return data

        data = {
            "document": self.document.to_json(),
            "text": self.text,
            "regions": [r.to_json() for r in self.regions],
            "entities": [corrected("entity", e.id, e.to_json()) for e in self.entities],
            "dates": [corrected("date", d.id, d.to_json()) for d in self.dates],
            "events": [corrected("event", e.id, e.to_json()) for e in self.events],
        }
        if self.amendments or self.unapplied:
            data["corrections"] = {
                "applied": [a.to_json() for a in self.amendments],
                "unapplied": [c.to_json() for c in self.unapplied],
            }
        return data

    def entity(self, entity_id: int) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def date(self, date_id: int) -> TimeExpression | None:
        return next((d for d in self.dates if d.id == date_id), None)


AnchorState = Literal["exact", "approximate", "unanchored"]


@dataclass(frozen=True, slots=True)
class Annotation:
    """A user's highlight on a passage, anchored by quote, context and offsets."""

    id: int
    uuid: str
    document_id: int | None
    document_sha256: str
    start: int | None
    end: int | None
    quote: str
    prefix: str
    suffix: str
    color: str
    note: str = ""
    tags: tuple[str, ...] = ()
    created: str = ""
    modified: str = ""
    anchor_state: AnchorState = "exact"


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as the store holds it: its extraction, the reader's highlights on it (in
    reading order), and the tags in use anywhere in the store (most used first)."""

    extraction: Extraction
    annotations: tuple[Annotation, ...] = ()
    tags: tuple[str, ...] = ()

    @property
    def highlights(self) -> DocumentHighlights:
        return DocumentHighlights(self.extraction.document.id, self.annotations, self.tags)


CorrectionScope = Literal["article", "everywhere"]
# What a reader can correct: the article's own date (its dates are read again from it); a
# name's kind, "not a name", merging two entities and splitting an alias off, the canonical
# name, a selection marked as a name, a person's age and roles; a date's value or the date it
# counts from, "not a date", off or on the timeline, a selection as a date.
CorrectionAction = Literal[
    "document",
    "kind",
    "not_name",
    "merge",
    "split",
    "rename",
    "mark_name",
    "person",
    "date_value",
    "date_anchor",
    "not_date",
    "off_timeline",
    "on_timeline",
    "mark_date",
]
NAME_ACTIONS: tuple[CorrectionAction, ...] = (
    "kind",
    "not_name",
    "merge",
    "split",
    "rename",
    "mark_name",
    "person",
)
RULE_ACTIONS: tuple[CorrectionAction, ...] = ("kind", "not_name")  # may apply everywhere


@dataclass(frozen=True, slots=True)
class Correction:
    """A reader's correction of the extractor, kept as a layer over its output.

    ``subject`` is what it is about: a name's surface form (any of the entity's forms), or a
    date's quote, placed again as a highlight is (``prefix``, ``suffix``, offsets). ``payload``
    holds the rest: ``kind``, ``into`` (a form of the entity merged into), ``name``, ``age``,
    ``roles``, ``value``, ``mod``, ``anchor`` (the quote of the date to count from)…"""

    id: int
    uuid: str
    scope: CorrectionScope
    document_id: int | None
    document_sha256: str | None
    action: CorrectionAction
    subject: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    payload: dict[str, Any] = field(default_factory=dict)
    created: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "scope": self.scope,
            "document_sha256": self.document_sha256,
            "action": self.action,
            "subject": self.subject,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "start": self.start,
            "end": self.end,
            "payload": self.payload,
            "created": self.created,
        }


AmendedItem = Literal["document", "entity", "date", "event"]


@dataclass(frozen=True, slots=True)
class Amendment:
    """What one correction changed in an extraction: the item, what the extractor said, and
    what it says now (words a reader can read: "ORG", "Dupont", "2015-03", "on the timeline")."""

    correction: str  # the correction's uuid
    action: CorrectionAction
    target: AmendedItem
    target_id: int
    extractor: str
    now: str

    def to_json(self) -> dict[str, Any]:
        return {
            "correction": self.correction,
            "action": self.action,
            "target": self.target,
            "target_id": self.target_id,
            "extractor": self.extractor,
            "now": self.now,
        }


@dataclass(frozen=True, slots=True)
class DocumentHighlights:
    """A document's highlights (in reading order) and the tags in use anywhere in the store."""

    document_id: int
    annotations: tuple[Annotation, ...] = ()
    tags: tuple[str, ...] = ()


LookupState = Literal["found", "absent", "unknown"]


@dataclass(frozen=True, slots=True)
class Lookup:
    """What the store file says of an article without being opened: ``found`` (``stored`` is
    it), ``absent`` (extract it), or ``unknown`` (ask the opened store: an upgrade is due, the
    file is damaged or locked, or its URL is of another form)."""

    state: LookupState
    stored: StoredArticle | None = None


# -- the library: many articles ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """One stored article as the library lists it."""

    id: int
    title: str
    source: str
    dct: str | None
    language: str
    added: str  # ISO time it was stored
    people: int
    events: int
    highlights: int
    trashed: str | None = None  # when it went to the trash, if it is there

    def to_json(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "dct": self.dct,
            "language": self.language,
            "added": self.added,
            "people": self.people,
            "events": self.events,
            "highlights": self.highlights,
        }
        if self.trashed is not None:
            data["trashed"] = self.trashed
        return data


HitPlace = Literal["text", "highlight"]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A place in the library where every word searched for was found: an article's text (or
    title), or one of its highlights (quote, note, tags). ``parts`` is the snippet, each piece
    with whether it is a hit; ``at`` the character to open the article at, when known."""

    document_id: int
    title: str
    source: str
    place: HitPlace
    parts: tuple[tuple[str, bool], ...]
    at: int | None = None
    highlight: str | None = None  # the highlight's uuid

    def snippet(self, mark: str = "**") -> str:
        return "".join(f"{mark}{text}{mark}" if hit else text for text, hit in self.parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document_id,
            "title": self.title,
            "source": self.source,
            "place": self.place,
            "snippet": self.snippet(),
            "at": self.at,
            "highlight": self.highlight,
        }


@dataclass(slots=True, unsafe_hash=True)
class PersonInArticle:
    """What one article says of a person: how often, where first, and the age and roles it
    gives (a role is true at the article's date: roles change).

    Never changed once made, like every class here, but not ``frozen``: the people across a
    library of 10,000 articles are 40,000 of these, and a frozen dataclass's ``__init__``
    (one ``object.__setattr__`` a field) takes five times as long. Hashed by its fields."""

    document_id: int
    title: str
    dct: str | None
    entity_id: int
    name: str
    mentions: int
    first_at: int
    age: int | None = None
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # the forms this article uses

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document_id,
            "title": self.title,
            "dct": self.dct,
            "name": self.name,
            "mentions": self.mentions,
            "first_at": self.first_at,
            "age": self.age,
            "roles": list(self.roles),
        }


@dataclass(frozen=True, slots=True)
class RoleSaid:
    """A role an article gives a person, with the article and its date: roles change."""

    role: str
    document_id: int
    dct: str | None

    def to_json(self) -> dict[str, Any]:
        return {"role": self.role, "document": self.document_id, "dct": self.dct}


NameForms = tuple[str, tuple[str, ...]]  # a name and its aliases, as an article gives them


@dataclass(frozen=True, slots=True)
class Person:
    """One person across the library: the entities of several articles merged by name and
    aliases. ``ambiguous`` lists the full names a lone name could belong to when it could
    belong to more than one (it then stays a person of its own).

    What each article says of the person, one ``PersonInArticle`` an article, is read when
    asked (``core.library.Library.appearances``): a library's people view needs only this
    summary, and 10,000 articles have some 45,000 appearances."""

    key: str
    name: str
    aliases: tuple[str, ...]
    articles: tuple[int, ...]  # document ids, in the order of the articles' dates, undated last
    mentions: int
    ages: tuple[int, ...] = ()  # each age once, oldest article first
    roles: tuple[RoleSaid, ...] = ()  # oldest article first
    ambiguous: tuple[str, ...] = ()
    names: tuple[NameForms, ...] = ()  # the names with aliases the articles give the person

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "articles": list(self.articles),
            "mentions": self.mentions,
            "ambiguous": list(self.ambiguous),
            "ages": list(self.ages),
            "roles": [r.to_json() for r in self.roles],
        }


@dataclass(frozen=True, slots=True)
class StorySource:
    """One article's telling of a story event."""

    document_id: int
    title: str
    event_id: int
    start: int
    end: int
    label: str

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document_id,
            "title": self.title,
            "event": self.event_id,
            "start": self.start,
            "end": self.end,
            "label": self.label,
        }


@dataclass(frozen=True, slots=True)
class StoryEvent:
    """An event of the story's timeline, told by one article or several."""

    value: str
    mod: str | None
    precision: str
    sort_key: str
    label: str
    participants: tuple[str, ...]
    sources: tuple[StorySource, ...]

    @property
    def document_id(self) -> int:
        return self.sources[0].document_id

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document_id,
            "value": self.value,
            "mod": self.mod,
            "precision": self.precision,
            "sort_key": self.sort_key,
            "label": self.label,
            "participants": list(self.participants),
            "sources": [s.to_json() for s in self.sources],
        }
