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
from core.model import Event, Extraction

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}
MODIFIERS = {
    "fr": {"START": "début {}", "MID": "mi-{}", "END": "fin {}", "APPROX": "vers {}",
           "BEFORE": "avant {}", "AFTER": "après {}"},
    "en": {"START": "early {}", "MID": "mid-{}", "END": "late {}", "APPROX": "around {}",
           "BEFORE": "before {}", "AFTER": "after {}"},
}  # fmt: skip
WORDS = {
    "fr": {"week": "semaine {w} de {y}", "quarter": "{q}e trimestre {y}", "first_quarter":
           "1er trimestre {y}", "decade": "années {d}0", "SP": "printemps {y}", "SU": "été {y}",
           "FA": "automne {y}", "WI": "hiver {y}"},
    "en": {"week": "week {w} of {y}", "quarter": "Q{q} {y}", "first_quarter": "Q1 {y}",
           "decade": "the {d}0s", "SP": "spring {y}", "SU": "summer {y}", "FA": "autumn {y}",
           "WI": "winter {y}"},
}  # fmt: skip
CSV_COLUMNS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
)  # fmt: skip
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _lang(language: str) -> str:
    return "fr" if language.startswith("fr") else "en"


def date_words(value: str, lang: str) -> str:
    """A TIMEX3 value in words: ``2015-02`` → "février 2015", ``2015-W07`` → "semaine 7 de
    2015"; a value it cannot read is returned as it is."""
    words = WORDS[lang]
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        return words["week"].format(w=int(m[2]), y=m[1])
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        key = "first_quarter" if m[2] == "1" else "quarter"
        return words[key].format(q=m[2], y=m[1])
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        return words[m[2]].format(y=m[1])
    if re.fullmatch(r"\d{3}", value):
        return words["decade"].format(d=value)
    m = _DATE.match(value)
    if m is None:
        return value
    year, month, day = m.groups()
    if month is None:
        return year
    name = MONTHS[lang].split()[int(month) - 1]
    if day is None:
        return f"{name} {year}"
    number = int(day)
    if lang == "fr":
        return f"{'1er' if number == 1 else number} {name} {year}"
    return f"{name} {number}, {year}"


def display_date(event: Event, language: str) -> str:
    lang = _lang(language)
    words = date_words(event.value, lang)
    template = MODIFIERS[lang].get(event.mod or "")
    return template.format(words) if template else words


def start_date(event: Event) -> dict[str, int]:
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


def _headline(event: Event, limit: int = 90) -> str:
    label = " ".join(event.label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def timeline_json(extraction: Extraction) -> dict[str, Any]:
    info = extraction.document
    events = []
    for event in extraction.events:
        date = start_date(event)
        if not date:
            continue
        events.append(
            {
                "start_date": date,
                "display_date": display_date(event, info.language),
                "text": {
                    "headline": html.escape(_headline(event)),
                    "text": html.escape(event.label),
                },
                "group": html.escape(_group(extraction, event)),
                "unique_id": f"event-{event.id}",
            }
        )
    return {
        "title": {"text": {"headline": html.escape(info.title), "text": html.escape(info.source)}},
        "events": events,
    }


def timeline_json_text(extraction: Extraction) -> str:
    return json.dumps(timeline_json(extraction), ensure_ascii=False, indent=2) + "\n"


def timeline_csv(extraction: Extraction) -> str:
    rows = []
    for event in extraction.events:
        date = start_date(event)
        if not date:
            continue
        row: list[object] = [date.get("year"), date.get("month"), date.get("day")] + [""] * 15
        row[8] = display_date(event, extraction.document.language)
        row[9] = html.escape(_headline(event))  # TimelineJS renders these cells as HTML
        row[10] = html.escape(event.label)
        row[16] = html.escape(_group(extraction, event))
        rows.append(row)
    return csv_text(rows, CSV_COLUMNS)
