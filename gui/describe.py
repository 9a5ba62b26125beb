"""What the reader is told about a mark when the pointer rests on it. Pure Python."""

from __future__ import annotations

from collections.abc import Mapping

from core.corrections.describe import amendment_words
from core.model import Extraction, TimeExpression
from core.temporal.display import say_date
from gui.marks import Mark
from gui.palette import KIND_SINGULAR


def describe_anchor(
    date: TimeExpression,
    extraction: Extraction,
    dates: Mapping[int, TimeExpression] | None = None,
) -> str | None:
    """Where a date's value came from, in words, when the text does not give it in full."""
    if date.anchor == "previous" and date.anchor_date_id is not None:
        anchor = (dates or {}).get(date.anchor_date_id) or extraction.date(date.anchor_date_id)
        return f"from “{anchor.text}” earlier in the text" if anchor else "from an earlier date"
    if date.anchor == "dct":
        when = extraction.document.dct
        return f"from the article's date ({when})" if when else "from the article's date"
    if date.anchor == "underspecified":
        return "the text gives no more precision"
    return None


def corrected(extraction: Extraction, target: str, item_id: int) -> list[str]:
    """What the reader's corrections did to an item, in words ("kind changed by you; the
    extractor said organisation")."""
    return [
        amendment_words(a)
        for a in extraction.amendments
        if a.target == target and a.target_id == item_id
    ]


def describe_mark(mark: Mark, extraction: Extraction) -> str:
    """Kind and canonical name; for a date, its value and where it was resolved from; and what
    the reader corrected."""
    target = "date" if mark.kind == "DATE" else "entity"
    notes = [f"✎ {words}" for words in corrected(extraction, target, mark.ref)]
    return "\n".join([_describe(mark, extraction), *notes])


def _describe(mark: Mark, extraction: Extraction) -> str:
    if mark.kind == "DATE":
        date = extraction.date(mark.ref)
        return describe_date(date, extraction) if date else "Date"
    entity = extraction.entity(mark.ref)
    if entity is None:
        return KIND_SINGULAR.get(mark.kind, mark.kind)
    lines = [f"{KIND_SINGULAR[entity.kind]}: {entity.name}"]
    others = [a for a in entity.aliases if a != entity.name]
    if others:
        lines.append("Also called " + ", ".join(others[:6]))
    lines.append(f"{len(entity.mentions)} mentions — click to follow them")
    return "\n".join(lines)


def describe_date(date: TimeExpression, extraction: Extraction) -> str:
    lines = [f"Date: “{date.text}”"]
    if date.value:
        said = say_date(date.value, date.mod, extraction.document.language)
        lines.append(f"Means: {said} ({date.value}{'/' + date.mod if date.mod else ''})")
    else:
        lines.append("No calendar value")
    if date.anchor == "explicit":
        lines.append("Written in full in the text")
    elif (source := describe_anchor(date, extraction)) is not None:
        lines.append(f"Resolved {source}")
    return "\n".join(lines)
