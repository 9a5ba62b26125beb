"""What the window derives from an extraction, computed off the GUI thread (pure Python).

The worker builds a ``Digest`` right after the extraction, so that the GUI thread only hands
ready-made rows and marks to its views: on a novel that saves a visible pause.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model import DocumentHighlights, Event, Extraction
from core.reading.article import Article
from core.temporal.display import say_date
from gui import datefmt
from gui.describe import corrected, describe_anchor
from gui.marks import MarkIndex, Utf16Map


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article read and cleaned, with its offset map (made off the GUI thread)."""

    article: Article
    offsets: Utf16Map

    def offsets_for(self, text: str) -> Utf16Map | None:
        """The map, when ``text`` (an extraction's) is this article's text."""
        return self.offsets if text == self.article.text else None


@dataclass(frozen=True, slots=True)
class EventRow:
    """An event with what the timeline shows of it, computed once."""

    event: Event
    date_text: str  # as a reader says it: "début 2018"
    quote: str  # the words in the article: "Au début de 2018"
    people: tuple[str, ...]
    span: tuple[int, int] | None  # ordinal days the date can mean
    derived_from: str | None  # how a relative date was resolved, or None if written in full
    corrected: tuple[str, ...] = ()  # what the reader's corrections did to it, in words


def event_rows(extraction: Extraction) -> list[EventRow]:
    names = {entity.id: entity.name for entity in extraction.entities}
    dates = {date.id: date for date in extraction.dates}
    lang = extraction.document.language
    rows = []
    for event in sorted(extraction.events, key=lambda e: (e.sort_key, e.start)):
        date = dates.get(event.date_id)
        derived = describe_anchor(date, extraction, dates) if date else None
        notes = (
            *corrected(extraction, "event", event.id),
            *corrected(extraction, "date", event.date_id),
        )
        said = say_date(event.value, event.mod, lang)
        rows.append(
            EventRow(
                event=event,
                date_text=f"{said} ✎" if notes else said,
                quote=date.text if date else "",
                people=tuple(names[p] for p in event.participants if p in names),
                span=datefmt.span(event.value, event.mod),
                derived_from=derived if date and date.anchor in ("previous", "dct") else None,
                corrected=notes,
            )
        )
    return rows


@dataclass(frozen=True, slots=True)
class Digest:
    extraction: Extraction
    offsets: Utf16Map
    marks: MarkIndex
    events: tuple[EventRow, ...]
    # The reader's highlights, when they were read with the extraction (a stored article read
    # directly, see core.store.quick); None: ask the store for them.
    highlights: DocumentHighlights | None = None


def digest(
    extraction: Extraction,
    offsets: Utf16Map | None = None,
    highlights: DocumentHighlights | None = None,
) -> Digest:
    """Made on the worker's or the pool's thread; ``offsets``: the map of this very text, if
    made already."""
    if offsets is None:
        offsets = Utf16Map(extraction.text)
    return Digest(
        extraction,
        offsets,
        MarkIndex.from_extraction(extraction, offsets),
        tuple(event_rows(extraction)),
        highlights,
    )
