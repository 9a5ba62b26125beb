"""A correction in words, for the command line's listing and the window's list and menus."""

from __future__ import annotations

from typing import Any

from core.model import Amendment, Correction

KINDS = {"PER": "a person", "ORG": "an organisation", "LOC": "a place", "MISC": "another name"}


def describe(correction: Correction) -> str:
    """A correction in words: "Nexora is an organisation (every article)"."""
    payload, subject = correction.payload, correction.subject
    kinds = KINDS
    words = {
        "document": f"the article is dated {payload.get('dct') or 'unknown'}",
        "kind": f"{subject} is {kinds.get(str(payload.get('kind')), '?')}",
        "not_name": f"{subject} is not a name",
        "merge": f"{subject} is {payload.get('into')}",
        "split": f"{subject} is a name of its own",
        "rename": f"{subject} is called {payload.get('name')}",
        "mark_name": f"“{subject}” is {kinds.get(str(payload.get('kind')), '?')}",
        "person": f"{subject}: " + _person_words(payload),
        "date_value": f"“{subject}” is {payload.get('value')}"
        + (f" ({payload['mod']})" if payload.get("mod") else ""),
        "date_anchor": f"“{subject}” counts from “{(payload.get('anchor') or {}).get('subject')}”",
        "not_date": f"“{subject}” is not a date",
        "off_timeline": f"“{subject}” is kept off the timeline",
        "on_timeline": f"“{subject}” is put on the timeline",
        "mark_date": f"“{subject}” is the date {payload.get('value')}",
    }
    scope = " (every article)" if correction.scope == "everywhere" else ""
    return words.get(correction.action, correction.action) + scope


def _person_words(payload: dict[str, Any]) -> str:
    parts = []
    if "age" in payload:
        parts.append(f"{payload['age']} years old" if payload["age"] is not None else "no age")
    if "roles" in payload:
        parts.append("roles: " + ("; ".join(payload["roles"]) or "none"))
    return ", ".join(parts)


_NAMES = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other name"}


def amendment_words(amendment: Amendment) -> str:
    """What a correction did to an item, and what the extractor had said: for tooltips and
    the panels' markers ("kind changed by you; the extractor said organisation")."""
    said = _NAMES.get(amendment.extractor, amendment.extractor)
    words = {
        "document": f"dated by you; the article said {said}",
        "kind": f"kind changed by you; the extractor said {said}",
        "not_name": "taken out by you",
        "merge": f"names merged by you ({amendment.extractor})",
        "split": f"split off by you ({amendment.extractor})",
        "rename": f"renamed by you; the extractor said {said}",
        "mark_name": "marked as a name by you",
        "person": f"age and roles set by you; the extractor said {said or 'nothing'}",
        "date_value": f"value set by you; the extractor said {said}",
        "date_anchor": f"counted from another date by you; the extractor said {said}",
        "not_date": "taken out by you",
        "off_timeline": "kept off the timeline by you",
        "on_timeline": "put on the timeline by you",
        "mark_date": "marked as a date by you",
    }
    return words.get(amendment.action, "corrected by you")
