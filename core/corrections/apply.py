"""Applying the reader's corrections to an extraction: a pure function, run after every read.

The extractor's output stays as it was stored; ``apply`` gives the corrected extraction, with an
``Amendment`` for each item a correction changed (what the extractor said, what it says now) and
the corrections that no longer apply (their name or quote is gone from the text) in
``unapplied``: listed, never dropped. Rules for every article come first, then this article's
corrections, each group in the order they were made, so a later correction wins.

A name correction finds its entity by any of its surface forms (canonical name, aliases, the text
of a mention); a date correction finds its expression by its quote and context, as a highlight is
placed (``core.annotations.anchoring``). Dates resolved from a corrected date follow it: a
dependent moves by as much as its anchor moved ("En mars 2015 … 2 mois plus tard" → May 2015;
correct March to March 2016 and it becomes May 2016).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from core.annotations.anchoring import Selector, place
from core.model import (
    ENTITY_KINDS,
    AmendedItem,
    Amendment,
    Anchor,
    Attributes,
    Correction,
    DocumentInfo,
    Entity,
    Event,
    Extraction,
    Mention,
    TimeExpression,
    TimexType,
)
from core.temporal.calendar import Point, add_months, first_day, from_date, parse_value

KIND_WORDS = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other name"}
_MONTH_RANK = 4  # calendar ranks: century 0 … month 4, week 5, day 6, pod 7, time 8


@dataclass
class _Work:
    """The extraction being corrected (mutable while the corrections are applied)."""

    source: Extraction
    document: DocumentInfo
    entities: dict[int, Entity]
    dates: dict[int, TimeExpression]
    events: dict[int, Event]
    amendments: list[Amendment] = field(default_factory=list)
    unapplied: list[Correction] = field(default_factory=list)
    _forms: dict[int, tuple[Entity, frozenset[str], frozenset[str]]] = field(default_factory=dict)

    def forms(self, entity: Entity) -> tuple[frozenset[str], frozenset[str]]:
        """An entity's surface forms, as written and folded: made once for each version of it
        (a novel's entity has thousands of mentions, and each correction looks names up)."""
        cached = self._forms.get(entity.id)
        if cached is None or cached[0] is not entity:
            written = frozenset(forms_of(entity))
            cached = (entity, written, frozenset(_fold(f) for f in written))
            self._forms[entity.id] = cached
        return cached[1], cached[2]

    def find_entity(self, form: str) -> Entity | None:
        """The entity known by ``form`` (exactly, else case and blanks aside)."""
        candidates = list(self.entities.values())
        exact = [e for e in candidates if form in self.forms(e)[0]]
        if exact:
            return min(exact, key=lambda e: (e.name != form, e.id))
        folded = _fold(form)
        loose = [e for e in candidates if folded in self.forms(e)[1]]
        return min(loose, key=lambda e: e.id) if loose else None

    def next_id(self, items: Iterable[int]) -> int:
        return max(items, default=0) + 1

    def amend(
        self, correction: Correction, target: AmendedItem, target_id: int, said: str, now: str
    ) -> None:
        self.amendments.append(
            Amendment(correction.uuid, correction.action, target, target_id, said, now)
        )


def apply(extraction: Extraction, corrections: Sequence[Correction]) -> Extraction:
    """``extraction`` with ``corrections`` applied (rules first, then the article's own)."""
    if not corrections:
        return extraction
    work = _Work(
        extraction,
        extraction.document,
        {e.id: e for e in extraction.entities},
        {d.id: d for d in extraction.dates},
        {e.id: e for e in extraction.events},
    )
    ordered = sorted(
        corrections,
        key=lambda c: (c.action != "document", c.scope != "everywhere", c.created, c.id),
    )
    for correction in ordered:
        step = _STEPS.get(correction.action)
        applied = step is not None and step(work, correction)
        if not applied and correction.scope == "article":
            work.unapplied.append(correction)  # a rule that finds nothing here is no news
    return _finished(work)


def _finished(work: _Work) -> Extraction:
    alive = work.entities.keys()
    events = tuple(
        _participants_alive(e, alive)
        for e in sorted(work.events.values(), key=lambda e: e.id)
        if e.date_id in work.dates
    )
    return replace(
        work.source,
        document=work.document,
        entities=tuple(sorted(work.entities.values(), key=lambda e: e.id)),
        dates=tuple(sorted(work.dates.values(), key=lambda d: (d.start, d.id))),
        events=events,
        amendments=tuple(work.amendments),
        unapplied=tuple(work.unapplied),
    )


def _participants_alive(event: Event, alive: Iterable[int]) -> Event:
    """The event without participants no longer there, each once (untouched when all are)."""
    kept = tuple(dict.fromkeys(p for p in event.participants if p in alive))
    return event if kept == event.participants else replace(event, participants=kept)


# -- the article ------------------------------------------------------------------------------
def _document(work: _Work, correction: Correction) -> bool:
    """The article's own date, set by the reader: its dates are read again from it (and their
    events), before any other correction is applied to them."""
    from core.reading.sentences import split_sentences
    from core.temporal import tag_dates
    from core.timeline.events import build_events

    if "dct" not in correction.payload:
        return False
    dct = correction.payload["dct"] or None
    before = work.document
    if dct == before.dct:
        return True
    text, lang = work.source.text, before.language
    spans = [(r.start, r.end) for r in work.source.regions if r.role in ("title", "body")]
    sentences = [s for start, end in spans for s in split_sentences(text, start, end)]
    dates = tag_dates(text, lang=lang, dct=dct, spans=spans, sentences=sentences)
    entities = sorted(work.entities.values(), key=lambda e: e.id)
    events = build_events(text, dates=dates, entities=entities, sentences=sentences, lang=lang)
    work.dates = {d.id: d for d in dates}
    work.events = {e.id: e for e in events}
    work.document = replace(before, dct=dct)
    work.amend(correction, "document", before.id, before.dct or "unknown", dct or "unknown")
    return True


# -- names ---------------------------------------------------------------------------------------
def forms_of(entity: Entity) -> set[str]:
    """Every surface form an entity is known by: its name, aliases and mentions' text."""
    return {entity.name, *entity.aliases, *(m.text for m in entity.mentions)}


def _fold(form: str) -> str:
    return " ".join(form.casefold().split())


def _kind(work: _Work, correction: Correction) -> bool:
    kind = str(correction.payload.get("kind", ""))
    entity = work.find_entity(correction.subject)
    if entity is None or kind not in ENTITY_KINDS:
        return False
    if entity.kind != kind:
        attributes = entity.attributes if kind == "PER" else Attributes()
        work.entities[entity.id] = replace(entity, kind=kind, attributes=attributes)
        work.amend(correction, "entity", entity.id, entity.kind, kind)
    return True


def _not_name(work: _Work, correction: Correction) -> bool:
    entity = work.find_entity(correction.subject)
    if entity is None:
        return False
    del work.entities[entity.id]
    work.amend(correction, "entity", entity.id, f"{KIND_WORDS[entity.kind]} {entity.name}", "")
    return True


def _merge(work: _Work, correction: Correction) -> bool:
    into = str(correction.payload.get("into", ""))
    gone = work.find_entity(correction.subject)
    kept = work.find_entity(into)
    if gone is None or kept is None:
        return False
    if gone.id == kept.id:
        return True  # already one
    mentions = tuple(sorted({*kept.mentions, *gone.mentions}, key=lambda m: (m.start, m.end)))
    aliases = tuple(
        dict.fromkeys(a for a in (*kept.aliases, gone.name, *gone.aliases) if a != kept.name)
    )
    attributes = Attributes(
        kept.attributes.age if kept.attributes.age is not None else gone.attributes.age,
        tuple(dict.fromkeys((*kept.attributes.roles, *gone.attributes.roles))),
    )
    work.entities[kept.id] = replace(
        kept, mentions=mentions, aliases=aliases, attributes=attributes
    )
    del work.entities[gone.id]
    for event in list(work.events.values()):
        if gone.id in event.participants:
            swapped = tuple(kept.id if p == gone.id else p for p in event.participants)
            work.events[event.id] = replace(event, participants=swapped)
    work.amend(correction, "entity", kept.id, f"{gone.name} apart", f"{gone.name} merged")
    return True


def _split(work: _Work, correction: Correction) -> bool:
    form = correction.subject
    entity = work.find_entity(form)
    if entity is None:
        return False
    moving = tuple(m for m in entity.mentions if m.text == form)
    staying = tuple(m for m in entity.mentions if m.text != form)
    if not moving or not staying:
        return True  # nothing to split off: the form is the entity's only one
    new_id = work.next_id(work.entities)
    aliases = tuple(a for a in entity.aliases if a != form)
    work.entities[entity.id] = replace(entity, mentions=staying, aliases=aliases)
    work.entities[new_id] = Entity(new_id, entity.kind, form, (), moving)
    _add_participant(work, new_id, moving)
    work.amend(correction, "entity", new_id, f"{form} as {entity.name}", form)
    return True


def _rename(work: _Work, correction: Correction) -> bool:
    name = str(correction.payload.get("name", "")).strip()
    entity = work.find_entity(correction.subject)
    if entity is None or not name:
        return False
    if name != entity.name:
        aliases = tuple(dict.fromkeys(a for a in (entity.name, *entity.aliases) if a != name))
        work.entities[entity.id] = replace(entity, name=name, aliases=aliases)
        work.amend(correction, "entity", entity.id, entity.name, name)
    return True


def _person(work: _Work, correction: Correction) -> bool:
    entity = work.find_entity(correction.subject)
    if entity is None:
        return False
    age = correction.payload.get("age", entity.attributes.age)
    roles = correction.payload.get("roles", list(entity.attributes.roles))
    attributes = Attributes(
        int(age) if isinstance(age, int) else None, tuple(str(r) for r in roles)
    )
    if attributes != entity.attributes:
        work.entities[entity.id] = replace(entity, attributes=attributes)
        work.amend(
            correction,
            "entity",
            entity.id,
            _attributes_words(entity.attributes),
            _attributes_words(attributes),
        )
    return True


def _attributes_words(attributes: Attributes) -> str:
    parts = [f"{attributes.age} ans"] if attributes.age is not None else []
    return "; ".join([*parts, *attributes.roles])


def _mark_name(work: _Work, correction: Correction) -> bool:
    """Every occurrence of the string becomes a mention (one sense per text), of a new entity
    or of the one the reader named. The reader's word wins over the extractor's: a mention of
    another name overlapping an occurrence ("régime d'Hosni Moubarak" around "Hosni Moubarak")
    gives way, and a name left without mentions goes."""
    form = correction.subject.strip()
    kind = str(correction.payload.get("kind", "MISC"))
    if not form or kind not in ENTITY_KINDS:
        return False
    text = work.source.text
    join = correction.payload.get("join")
    target = work.find_entity(str(join)) if join else None
    found = [
        Mention(m.start(), m.end(), form)
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)
        if _in_body(work.source, m.start(), m.end())
    ]
    if target is not None:
        have = {(m.start, m.end) for m in target.mentions}
        found = [m for m in found if (m.start, m.end) not in have]
    if not found:
        return target is not None and form in work.forms(target)[0]
    _give_way(work, found, keep=target.id if target is not None else None)
    if target is not None:
        target = work.entities[target.id]
        mentions = tuple(sorted({*target.mentions, *found}, key=lambda m: (m.start, m.end)))
        aliases = target.aliases if form == target.name else (*target.aliases, form)
        work.entities[target.id] = replace(
            target, mentions=mentions, aliases=tuple(dict.fromkeys(aliases))
        )
        entity_id = target.id
    else:
        entity_id = work.next_id(work.entities)
        work.entities[entity_id] = Entity(entity_id, kind, form, (), tuple(found))
    _add_participant(work, entity_id, found)
    work.amend(correction, "entity", entity_id, "", f"{KIND_WORDS[kind]} {form}")
    return True


def _give_way(work: _Work, found: Sequence[Mention], *, keep: int | None) -> None:
    """Other names' mentions overlapping ``found`` go (and a name left with none)."""
    spans = sorted((m.start, m.end) for m in found)
    for entity in list(work.entities.values()):
        if entity.id == keep:
            continue
        kept = tuple(m for m in entity.mentions if not _overlaps(spans, m.start, m.end))
        if len(kept) == len(entity.mentions):
            continue
        if kept:
            work.entities[entity.id] = replace(entity, mentions=kept)
        else:
            del work.entities[entity.id]


def _in_body(extraction: Extraction, start: int, end: int) -> bool:
    return any(
        r.start <= start and end <= r.end and r.role in ("title", "body")
        for r in extraction.regions
    )


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _add_participant(work: _Work, entity_id: int, mentions: Sequence[Mention]) -> None:
    for event in list(work.events.values()):
        inside = any(event.start <= m.start and m.end <= event.end for m in mentions)
        if inside and entity_id not in event.participants:
            work.events[event.id] = replace(event, participants=(*event.participants, entity_id))


# -- dates ---------------------------------------------------------------------------------------
def find_date(work: _Work, correction: Correction) -> TimeExpression | None:
    """The date expression the correction's quote and context name, if it is still there."""
    placed = place(
        work.source.text,
        Selector(
            correction.subject,
            correction.prefix,
            correction.suffix,
            correction.start,
            correction.end,
        ),
    )
    if placed.start is None or placed.end is None:
        return None
    spot = (placed.start, placed.end)
    same = [d for d in work.dates.values() if (d.start, d.end) == spot]
    if same:
        return same[0]
    covering = [d for d in work.dates.values() if d.start < spot[1] and spot[0] < d.end]
    return min(covering, key=lambda d: abs(d.start - spot[0])) if covering else None


def _date_value(work: _Work, correction: Correction) -> bool:
    date = find_date(work, correction)
    value = str(correction.payload.get("value", ""))
    if date is None or not value:
        return False
    mod = correction.payload.get("mod") or None
    _revalue(work, correction, date, value, mod, anchor=None, how="explicit")  # fixed: it no
    return True  # longer follows the date it was counted from


def _date_anchor(work: _Work, correction: Correction) -> bool:
    """Count this date from another one: it moves by as much as its anchor changes."""
    date = find_date(work, correction)
    anchor_quote = correction.payload.get("anchor") or {}
    other = find_date(work, _as_selector(correction, anchor_quote)) if anchor_quote else None
    if date is None or other is None or other.id == date.id or not date.value:
        return False
    before = _anchor_point(work, date)
    after = parse_value(other.value or "")
    point = parse_value(date.value)
    if before is None or after is None or point is None:
        return False
    moved = follow(point, before, after)
    if moved is None:
        return False
    _revalue(work, correction, date, moved.value(), date.mod, anchor=other.id, how="previous")
    return True


def _as_selector(correction: Correction, anchor: object) -> Correction:
    """The other date a correction names (its quote, context and offsets in ``payload``)."""
    data: dict[str, object] = anchor if isinstance(anchor, dict) else {"subject": str(anchor)}
    start, end = data.get("start"), data.get("end")
    return replace(
        correction,
        subject=str(data.get("subject", "")),
        prefix=str(data.get("prefix", "")),
        suffix=str(data.get("suffix", "")),
        start=start if isinstance(start, int) else None,
        end=end if isinstance(end, int) else None,
    )


def _anchor_point(work: _Work, date: TimeExpression) -> Point | None:
    """What ``date`` was counted from: its anchor date, or the document date."""
    if date.anchor_date_id is not None and date.anchor_date_id in work.dates:
        return parse_value(work.dates[date.anchor_date_id].value or "")
    if date.anchor == "dct" and work.source.document.dct:
        return parse_value(work.source.document.dct)
    return None


def _revalue(
    work: _Work,
    correction: Correction,
    date: TimeExpression,
    value: str,
    mod: object,
    *,
    anchor: int | None,
    how: Anchor,
) -> None:
    """Give ``date`` a new value; the dates counted from it follow, and so do their events. A
    calendar value makes the expression a date (a duration the reader dated is one)."""
    old, new = parse_value(date.value or ""), parse_value(value)
    kind = date.type
    if new is not None and kind not in ("DATE", "TIME"):
        kind = "TIME" if new.gran in ("pod", "time") else "DATE"
    changed = replace(
        date,
        type=kind,
        value=value,
        mod=str(mod) if mod else None,
        anchor_date_id=anchor,
        anchor=how,
    )
    work.dates[date.id] = changed
    work.amend(correction, "date", date.id, _said(date), _said(changed))
    # it goes on the timeline as the extractor would have put it there, had it read this value:
    # when it was no point on the calendar before (a duration dated, a value it could not find)
    was_placed = old is not None and old.is_complete() and date.type in ("DATE", "TIME")
    _place_event(work, correction, changed, force=not was_placed)
    if old is None or new is None:
        return
    for dependent in [d for d in work.dates.values() if d.anchor_date_id == date.id]:
        point = parse_value(dependent.value or "")
        moved = follow(point, old, new) if point is not None else None
        if moved is not None and moved.value() != dependent.value:
            _revalue(
                work,
                correction,
                dependent,
                moved.value(),
                dependent.mod,
                anchor=date.id,
                how=dependent.anchor or "previous",
            )


def _said(date: TimeExpression) -> str:
    return f"{date.value or '?'}{f' ({date.mod})' if date.mod else ''}"


def follow(point: Point, before: Point, after: Point) -> Point | None:
    """``point`` moved as its anchor moved from ``before`` to ``after``: by months for a
    month or coarser, by days for a week or finer (a time keeps its hour)."""
    start, was, now = first_day(point), first_day(before), first_day(after)
    if start is None or was is None or now is None:
        return None
    try:
        if point.rank <= _MONTH_RANK:
            months = (now.year - was.year) * 12 + now.month - was.month
            return from_date(point.gran, add_months(start, months), like=point)
        moved = start + dt.timedelta(days=(now - was).days)
    except (ValueError, OverflowError):
        return None
    if point.gran in ("day", "pod", "time"):
        return replace(point, year=moved.year, month=moved.month, day=moved.day)
    return from_date(point.gran, moved, like=point)


def _not_date(work: _Work, correction: Correction) -> bool:
    date = find_date(work, correction)
    if date is None:
        return False
    del work.dates[date.id]
    for dependent in [d for d in work.dates.values() if d.anchor_date_id == date.id]:
        work.dates[dependent.id] = replace(dependent, anchor_date_id=None)
    work.amend(correction, "date", date.id, _said(date), "")
    return True


def _off_timeline(work: _Work, correction: Correction) -> bool:
    date = find_date(work, correction)
    if date is None:
        return False
    events = [e for e in work.events.values() if e.date_id == date.id]
    for event in events:
        del work.events[event.id]
    if events:  # said of the date: its event is gone
        work.amend(correction, "date", date.id, "on the timeline", "off the timeline")
    return True


def _on_timeline(work: _Work, correction: Correction) -> bool:
    date = find_date(work, correction)
    if date is None:
        return False
    _place_event(work, correction, date, force=True)
    return True


def _mark_date(work: _Work, correction: Correction) -> bool:
    """A selection the extractor did not take for a date, with the reader's value."""
    value = str(correction.payload.get("value", ""))
    placed = place(
        work.source.text,
        Selector(
            correction.subject,
            correction.prefix,
            correction.suffix,
            correction.start,
            correction.end,
        ),
    )
    if placed.start is None or placed.end is None or not value:
        return False
    spot = (placed.start, placed.end)
    clashing = [d for d in work.dates.values() if d.start < spot[1] and spot[0] < d.end]
    for date in clashing:  # the reader's span replaces the extractor's there
        del work.dates[date.id]
    new_id = work.next_id(work.dates)
    mod = correction.payload.get("mod") or None
    kind: TimexType = "TIME" if correction.payload.get("type") == "TIME" else "DATE"
    text = work.source.text[spot[0] : spot[1]]
    mod_text = str(mod) if mod else None
    date = TimeExpression(new_id, spot[0], spot[1], text, kind, value, mod_text, "explicit")
    work.dates[new_id] = date
    work.amend(correction, "date", new_id, "", _said(date))
    if correction.payload.get("timeline", True):
        _place_event(work, correction, date, force=True)
    return True


def _place_event(
    work: _Work, correction: Correction, date: TimeExpression, *, force: bool = False
) -> None:
    """Keep the date's events in step with its value; make one when there is none and the
    reader asked for it (``force``) or the date was on the timeline's kind of value."""
    from core.timeline.events import PRECISION, make_label, sort_key

    point = parse_value(date.value or "") if date.value else None
    mine = [e for e in work.events.values() if e.date_id == date.id]
    if point is None or not point.is_complete() or date.type not in ("DATE", "TIME"):
        for event in mine:  # no longer a point on the calendar
            del work.events[event.id]
        return
    key = sort_key(point, date.mod)
    for event in mine:
        work.events[event.id] = replace(
            event,
            value=date.value or "",
            mod=date.mod,
            precision=PRECISION[point.gran],
            sort_key=key,
        )
    if mine or not force:
        return
    start, end = _sentence(work.source, date)
    event_id = work.next_id(work.events)
    people = tuple(
        e.id
        for e in work.entities.values()
        if e.kind in ("PER", "ORG") and any(start <= m.start and m.end <= end for m in e.mentions)
    )
    label = make_label(work.source.text, (start, end), date)
    work.events[event_id] = Event(
        event_id,
        date.id,
        date.value or "",
        date.mod,
        PRECISION[point.gran],
        key,
        start,
        end,
        label,
        people,
    )
    work.amend(correction, "event", event_id, "off the timeline", "on the timeline")


def _sentence(extraction: Extraction, date: TimeExpression) -> tuple[int, int]:
    from core.reading.sentences import split_sentences

    region = next(
        (r for r in extraction.regions if r.start <= date.start < r.end),
        None,
    )
    if region is None:
        return date.start, date.end
    for start, end in split_sentences(extraction.text, region.start, region.end):
        if start <= date.start < end:
            return start, end
    return region.start, region.end


_STEPS: dict[str, Callable[[_Work, Correction], bool]] = {
    "document": _document,
    "kind": _kind,
    "not_name": _not_name,
    "merge": _merge,
    "split": _split,
    "rename": _rename,
    "mark_name": _mark_name,
    "person": _person,
    "date_value": _date_value,
    "date_anchor": _date_anchor,
    "not_date": _not_date,
    "off_timeline": _off_timeline,
    "on_timeline": _on_timeline,
    "mark_date": _mark_date,
}
