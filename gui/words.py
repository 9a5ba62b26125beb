"""The reader's corrections in the interface's words: what a correction says and what it did to
an item ("kind changed by you; the extractor said organisation"), dates said in words, never as
TIMEX3 values. The command line has its own (English) wording in ``core.corrections.describe``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from core.model import ENTITY_KINDS, Amendment, Correction
from core.temporal.display import say_date
from gui.datefmt import say_day
from gui.i18n import QT_TRANSLATE_NOOP, interface_language, translate
from gui.palette import kind_singular


class _Corrections(QObject):
    """The translations' context of the corrections' words."""


KINDS_WITH_ARTICLE = {
    "PER": QT_TRANSLATE_NOOP("Corrections", "a person"),
    "ORG": QT_TRANSLATE_NOOP("Corrections", "an organisation"),
    "LOC": QT_TRANSLATE_NOOP("Corrections", "a place"),
    "MISC": QT_TRANSLATE_NOOP("Corrections", "another name"),
}


def _value(value: str) -> str:
    """A kind code, a day, a date value, or words: as a reader says it."""
    if value in ENTITY_KINDS:
        return kind_singular(value).lower()
    if value == "unknown":
        return translate("Corrections", "no date")
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        return say_day(value)
    said = say_date(value, None, interface_language())
    return said


def amendment_said(amendment: Amendment) -> str:
    """What a correction did to an item, and what the extractor had said."""
    said = _value(amendment.extractor) if amendment.extractor else ""
    words = {
        "document": translate("Corrections", "dated by you; the article said {said}"),
        "kind": translate("Corrections", "kind changed by you; the extractor said {said}"),
        "not_name": translate("Corrections", "taken out by you"),
        "merge": translate("Corrections", "names merged by you ({said})"),
        "split": translate("Corrections", "split off by you ({said})"),
        "rename": translate("Corrections", "renamed by you; the extractor said {said}"),
        "mark_name": translate("Corrections", "marked as a name by you"),
        "person": translate("Corrections", "age and roles set by you; the extractor said {said}"),
        "date_value": translate("Corrections", "value set by you; the extractor said {said}"),
        "date_anchor": translate(
            "Corrections", "counted from another date by you; the extractor said {said}"
        ),
        "not_date": translate("Corrections", "taken out by you"),
        "off_timeline": translate("Corrections", "kept off the timeline by you"),
        "on_timeline": translate("Corrections", "put on the timeline by you"),
        "mark_date": translate("Corrections", "marked as a date by you"),
    }
    if amendment.action == "person" and not said:
        said = translate("Corrections", "nothing")
    return words.get(amendment.action, translate("Corrections", "corrected by you")).format(
        said=said
    )


def correction_said(correction: Correction) -> str:
    """A correction in words: "Nexora is an organisation (every article)"."""
    payload, subject = correction.payload, correction.subject
    kind = translate("Corrections", KINDS_WITH_ARTICLE.get(str(payload.get("kind")), "?"))
    value = _date(payload)
    anchor = (payload.get("anchor") or {}).get("subject")
    dct = payload.get("dct")
    words = {
        "document": translate("Corrections", "the article is dated {date}").format(
            date=say_day(dct) if dct else translate("Corrections", "no date")
        ),
        "kind": translate("Corrections", "{subject} is {kind}").format(subject=subject, kind=kind),
        "not_name": translate("Corrections", "{subject} is not a name").format(subject=subject),
        "merge": translate("Corrections", "{subject} is {other}").format(
            subject=subject, other=payload.get("into")
        ),
        "split": translate("Corrections", "{subject} is a name of its own").format(subject=subject),
        "rename": translate("Corrections", "{subject} is called {name}").format(
            subject=subject, name=payload.get("name")
        ),
        "mark_name": translate("Corrections", "“{subject}” is {kind}").format(
            subject=subject, kind=kind
        ),
        "person": translate("Corrections", "{subject}: {person}").format(
            subject=subject, person=_person(payload)
        ),
        "date_value": translate("Corrections", "“{subject}” is {date}").format(
            subject=subject, date=value
        ),
        "date_anchor": translate("Corrections", "“{subject}” counts from “{other}”").format(
            subject=subject, other=anchor
        ),
        "not_date": translate("Corrections", "“{subject}” is not a date").format(subject=subject),
        "off_timeline": translate("Corrections", "“{subject}” is kept off the timeline").format(
            subject=subject
        ),
        "on_timeline": translate("Corrections", "“{subject}” is put on the timeline").format(
            subject=subject
        ),
        "mark_date": translate("Corrections", "“{subject}” is the date {date}").format(
            subject=subject, date=value
        ),
    }
    said = words.get(correction.action, correction.action)
    return said + (
        " " + translate("Corrections", "(every article)")
        if correction.scope == "everywhere"
        else ""
    )


def _date(payload: dict[str, Any]) -> str:
    value = str(payload.get("value", ""))
    return say_date(value, payload.get("mod") or None, interface_language()) if value else ""


def _person(payload: dict[str, Any]) -> str:
    parts = []
    if "age" in payload:
        age = payload["age"]
        parts.append(
            _Corrections.tr("%n years old", "", age)  # type: ignore[arg-type]
            if age is not None
            else translate("Corrections", "no age")
        )
    if "roles" in payload:
        roles = "; ".join(payload["roles"]) or translate("Corrections", "none")
        parts.append(translate("Corrections", "roles: {roles}").format(roles=roles))
    return ", ".join(parts)
