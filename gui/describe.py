"""What the reader is told about a mark when the pointer rests on it, in words: "39 ans",
"plusieurs mois", "40 minutes", never a TIMEX3 value (P39Y, PXM, PT40M). Values are said in the
article's language (as the timeline says them); the rest in the interface's."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from core.model import Entity, Extraction, TimeExpression
from core.temporal.display import say_date
from gui.datefmt import say_day
from gui.i18n import translate
from gui.marks import Mark
from gui.palette import kind_singular
from gui.words import amendment_said


class _Describe(QObject):
    """The translations' context of what hovering a mark says."""


def describe_anchor(
    date: TimeExpression,
    extraction: Extraction,
    dates: Mapping[int, TimeExpression] | None = None,
) -> str | None:
    """Where a date's value came from, in words, when the text does not give it in full."""
    if date.anchor == "previous" and date.anchor_date_id is not None:
        anchor = (dates or {}).get(date.anchor_date_id) or extraction.date(date.anchor_date_id)
        if anchor is None:
            return translate("Describe", "from an earlier date")
        return translate("Describe", "from “{quote}” earlier in the text").format(quote=anchor.text)
    if date.anchor == "dct":
        when = extraction.document.dct
        if when:
            return translate("Describe", "from the article's date ({date})").format(
                date=say_day(when)
            )
        return translate("Describe", "from the article's date")
    if date.anchor == "underspecified":
        return translate("Describe", "the text gives no more precision")
    return None


def corrected(extraction: Extraction, target: str, item_id: int) -> list[str]:
    """What the reader's corrections did to an item, in words ("kind changed by you; the
    extractor said organisation")."""
    return [
        amendment_said(a)
        for a in extraction.amendments
        if a.target == target and a.target_id == item_id
    ]


def describe_mark(mark: Mark, extraction: Extraction) -> str:
    """Kind and canonical name; for a date, its meaning in words and where it was resolved
    from; for a person's age, whose age it is; and what the reader corrected."""
    target = "date" if mark.kind == "DATE" else "entity"
    notes = [f"✎ {words}" for words in corrected(extraction, target, mark.ref)]
    return "\n".join([_describe(mark, extraction), *notes])


def _describe(mark: Mark, extraction: Extraction) -> str:
    if mark.kind == "DATE":
        date = extraction.date(mark.ref)
        return describe_date(date, extraction) if date else kind_singular("DATE")
    entity = extraction.entity(mark.ref)
    if entity is None:
        return kind_singular(mark.kind)
    if entity.attributes.age is not None and not any(
        m.start == mark.start for m in entity.mentions
    ):  # the words of the age, after the name
        return say_age_of(entity)
    lines = [
        translate("Describe", "{kind}: {name}").format(
            kind=kind_singular(entity.kind), name=entity.name
        )
    ]
    others = [a for a in entity.aliases if a != entity.name]
    if others:
        lines.append(
            translate("Describe", "Also called {names}").format(names=", ".join(others[:6]))
        )
    if entity.attributes.age is not None:
        lines.append(_Describe.tr("Age: %n years", "", entity.attributes.age))  # type: ignore[arg-type]
    if entity.attributes.roles:
        lines.append(
            translate("Describe", "Roles: {roles}").format(roles=", ".join(entity.attributes.roles))
        )
    lines.append(_Describe.tr("%n mentions — click to follow them", "", len(entity.mentions)))  # type: ignore[arg-type]
    return "\n".join(lines)


def say_age_of(entity: Entity) -> str:
    """ "Sam Altman's age: 39 years" (an age is a person's, not a date)."""
    age = entity.attributes.age or 0
    return _Describe.tr("Age of {name}: %n years", "", age).format(name=entity.name)  # type: ignore[arg-type]


def describe_date(date: TimeExpression, extraction: Extraction) -> str:
    quote = date.text
    if date.type == "DURATION":
        lines = [translate("Describe", "Duration: “{quote}”").format(quote=quote)]
    elif date.type == "SET":
        lines = [translate("Describe", "Repetition: “{quote}”").format(quote=quote)]
    else:
        lines = [translate("Describe", "Date: “{quote}”").format(quote=quote)]
    if date.value:
        said = say_date(date.value, date.mod, extraction.document.language)
        if date.type == "SET":
            lines.append(translate("Describe", "Means: every {words}").format(words=said))
        else:
            lines.append(translate("Describe", "Means: {words}").format(words=said))
    else:
        lines.append(translate("Describe", "No calendar value"))
    if date.anchor == "explicit":
        lines.append(translate("Describe", "Written in full in the text"))
    elif (source := describe_anchor(date, extraction)) is not None:
        lines.append(translate("Describe", "Resolved {how}").format(how=source))
    return "\n".join(lines)
