"""The timeline out: TimelineJS JSON and the TimelineJS spreadsheet's CSV columns.

TimelineJS has no uncertainty field, so the precision and modifier of a date (TIMEX3 ``mod``:
START, MID, END, APPROX, BEFORE, AFTER) go into ``display_date`` ("début 2018", "vers 2015"),
while ``start_date`` carries only the parts the date really has.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from core.annotations.exporting import csv_text
from core.model import Event, Extraction, StoryEvent
from core.temporal.display import say_date
from core.timeline.events import timeline_order

CSV_COLUMNS = (
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _esc(text: str) -> str:
    """TimelineJS renders headline, text and group as HTML: escape them (as element text)."""
    return html.escape(text, quote=False)


def display_date(event: Event | StoryEvent, language: str) -> str:
    """The date as a reader says it, precision and modifier included ("début 2018")."""
    return say_date(event.value, event.mod, language)


def start_date(event: Event | StoryEvent) -> dict[str, int]:
    """Only the parts the date has: a year, then a month and a day when its precision says so."""
    found = _DATE.match(event.value) or _DATE.match(event.sort_key)
    if found is None:
        return {}
    year, month, day = found.groups()
    parts = {"year": int(year)}
    if month and event.precision in ("month", "week", "day", "time"):
        parts["month"] = int(month)
    if day and event.precision in ("day", "time"):
        parts["day"] = int(day)
    return parts


def _group(extraction: Extraction, event: Event) -> str:
    names = [e.name for p in event.participants if (e := extraction.entity(p)) is not None]
    return names[0] if names else ""


def _headline(event: Event | StoryEvent, limit: int = 90) -> str:
    label = " ".join(event.label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def timeline_json(extraction: Extraction) -> dict[str, Any]:
    info = extraction.document
    events = []
    for event in timeline_order(extraction.events):
        date = start_date(event)
        if not date:
            continue
        events.append(
            {
                "start_date": date,
                "display_date": display_date(event, info.language),
                "text": {
                    "headline": _esc(_headline(event)),
                    "text": _esc(event.label),
                },
                "group": _esc(_group(extraction, event)),
                "unique_id": f"event-{event.id}",
            }
        )
    return {
        "title": {"text": {"headline": _esc(info.title), "text": _esc(info.source)}},
        "events": events,
    }


def timeline_json_text(extraction: Extraction) -> str:
    return json.dumps(timeline_json(extraction), ensure_ascii=False, indent=2) + "\n"


def timeline_csv(extraction: Extraction) -> str:
    rows = []
    for event in timeline_order(extraction.events):
        date = start_date(event)
        if not date:
            continue
        row: list[object] = [date.get("year"), date.get("month"), date.get("day")] + [""] * 15
        row[8] = display_date(event, extraction.document.language)
        row[9] = _esc(_headline(event))  # TimelineJS renders these cells as HTML
        row[10] = _esc(event.label)
        row[16] = _esc(_group(extraction, event))
        rows.append(row)
    return csv_text(rows, CSV_COLUMNS)


def _told_by(event: StoryEvent) -> str:
    titles = [s.title or f"document {s.document_id}" for s in event.sources]
    return "Told by " + "; ".join(dict.fromkeys(titles))


def story_json(events: list[StoryEvent], title: str, language: str) -> dict[str, Any]:
    """The story's timeline (events of several articles) for TimelineJS: one slide per event,
    its sources named in the text."""
    slides = []
    for number, event in enumerate(events, start=1):
        date = start_date(event)
        if not date:
            continue
        slides.append(
            {
                "start_date": date,
                "display_date": display_date(event, language),
                "text": {
                    "headline": _esc(_headline(event)),
                    "text": _esc(f"{event.label}\n{_told_by(event)}"),
                },
                "group": _esc(event.participants[0] if event.participants else ""),
                "unique_id": f"story-{number}",
            }
        )
    return {"title": {"text": {"headline": _esc(title), "text": ""}}, "events": slides}


def story_json_text(events: list[StoryEvent], title: str, language: str) -> str:
    return json.dumps(story_json(events, title, language), ensure_ascii=False, indent=2) + "\n"


def story_csv(events: list[StoryEvent], title: str, language: str) -> str:
    """The TimelineJS spreadsheet's columns (``title`` is not a column there)."""
    rows = []
    for event in events:
        date = start_date(event)
        if not date:
            continue
        row: list[object] = [date.get("year"), date.get("month"), date.get("day")] + [""] * 15
        row[8] = display_date(event, language)
        row[9] = _esc(_headline(event))
        row[10] = _esc(f"{event.label} — {_told_by(event)}")
        row[16] = _esc(event.participants[0] if event.participants else "")
        rows.append(row)
    return csv_text(rows, CSV_COLUMNS)


STORY_FORMATS = {
    "timeline-json": (story_json_text, ".timeline.json"),
    "timeline-csv": (story_csv, ".timeline.csv"),
}


# ``liseuse export --format`` names, with the text they make and the file suffix they take.
TIMELINE_FORMATS = {
    "timeline-json": (timeline_json_text, ".timeline.json"),
    "timeline-csv": (timeline_csv, ".timeline.csv"),
}
