"""TIMEX3 values as a reader says them, and as the stretch of time they honestly cover.

``say("2018", "START", "fr")`` → "début 2018"; ``span("2018", "START")`` → the first third of 2018.
Pure Python: the timeline draws what ``span`` returns and prints what ``say`` returns.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
SEASONS = {
    "fr": {"SP": "printemps", "SU": "été", "FA": "automne", "WI": "hiver"},
    "en": {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"},
}
SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}
REFS = {
    "fr": {"PRESENT_REF": "maintenant", "PAST_REF": "autrefois", "FUTURE_REF": "plus tard"},
    "en": {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"},
}
MODS = {
    "fr": {
        "START": "début {}",
        "MID": "mi-{}",
        "END": "fin {}",
        "APPROX": "vers {}",
        "BEFORE": "avant {}",
        "AFTER": "après {}",
        "ON_OR_BEFORE": "au plus tard {}",
        "ON_OR_AFTER": "à partir de {}",
    },
    "en": {
        "START": "early {}",
        "MID": "mid-{}",
        "END": "late {}",
        "APPROX": "around {}",
        "BEFORE": "before {}",
        "AFTER": "after {}",
        "ON_OR_BEFORE": "by {}",
        "ON_OR_AFTER": "from {}",
    },
}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):?(\d{2})?)?")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


def _lang(lang: str) -> str:
    return lang if lang in MONTHS else "en"


def say(value: str, mod: str | None = None, lang: str = "fr") -> str:
    """The value as a person would write it: "30 novembre 2022", "début 2018", "années 2010"."""
    lang = _lang(lang)
    plain = _say_plain(value, lang)
    pattern = MODS[lang].get(mod or "")
    return pattern.format(plain) if pattern else plain


def _say_plain(value: str, lang: str) -> str:  # one branch per TIMEX form
    months = MONTHS[lang]
    if m := _DAY.match(value):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if not 1 <= month <= 12:
            return value
        first = "1er" if lang == "fr" and day == 1 else str(day)
        text = (
            f"{first} {months[month - 1]} {year}"
            if lang == "fr"
            else (f"{months[month - 1]} {day}, {year}")
        )
        if m[4]:
            text += (
                f", {int(m[4])} h {m[5] or '00'}" if lang == "fr" else f", {m[4]}:{m[5] or '00'}"
            )
        return text
    if (m := _MONTH.match(value)) and 1 <= int(m[2]) <= 12:
        return f"{months[int(m[2]) - 1]} {m[1]}"
    if m := _YEAR.match(value):
        return m[1]
    if m := _WEEK.match(value):
        return f"semaine {int(m[2])} de {m[1]}" if lang == "fr" else f"week {int(m[2])} of {m[1]}"
    if m := _QUARTER.match(value):
        q = int(m[2])
        if lang == "fr":
            return f"{'1er' if q == 1 else f'{q}e'} trimestre {m[1]}"
        return f"Q{q} {m[1]}"
    if m := _HALF.match(value):
        h = int(m[2])
        if lang == "fr":
            return f"{'premier' if h == 1 else 'second'} semestre {m[1]}"
        return f"{'first' if h == 1 else 'second'} half of {m[1]}"
    if m := _SEASON.match(value):
        return f"{SEASONS[lang][m[2]]} {m[1]}"
    if m := _DECADE.match(value):
        return f"années {m[1]}0" if lang == "fr" else f"the {m[1]}0s"
    if m := _CENTURY.match(value):
        century = int(m[1]) + 1
        return f"{_roman(century)}ᵉ siècle" if lang == "fr" else f"{_ordinal(century)} century"
    return REFS[lang].get(value, value)


def _roman(number: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for size, letters in numerals:
        while number >= size:
            out += letters
            number -= size
    return out


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def _month_start(year: int, month: int) -> date:
    """First day of ``month`` (months past 12 roll into the next year)."""
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def base_span(value: str) -> tuple[date, date] | None:  # one branch per form
    """The days ``value`` can mean, as [start, end) — or None for values with no place in time."""
    try:
        if m := _DAY.match(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, date.fromordinal(day.toordinal() + 1)
        if (m := _MONTH.match(value)) and 1 <= int(m[2]) <= 12:
            return _month_start(int(m[1]), int(m[2])), _month_start(int(m[1]), int(m[2]) + 1)
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]) + 1, 1, 1)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, date.fromordinal(monday.toordinal() + 7)
        if m := _QUARTER.match(value):
            first = 3 * (int(m[2]) - 1) + 1
            return _month_start(int(m[1]), first), _month_start(int(m[1]), first + 3)
        if m := _HALF.match(value):
            first = 6 * (int(m[2]) - 1) + 1
            return _month_start(int(m[1]), first), _month_start(int(m[1]), first + 6)
        if m := _SEASON.match(value):
            first, last = SEASON_MONTHS[m[2]]
            return _month_start(int(m[1]), first), _month_start(int(m[1]), last)
        if m := _DECADE.match(value):
            return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 10, 1, 1)
        if m := _CENTURY.match(value):
            return date(max(int(m[1]) * 100, 1), 1, 1), date(int(m[1]) * 100 + 100, 1, 1)
    except ValueError:
        return None
    return None


def span(value: str, mod: str | None = None) -> tuple[int, int] | None:
    """[start, end) in proleptic ordinal days, narrowed or widened by ``mod``.

    START/MID/END keep the first, middle or last third; APPROX widens by half the span on each
    side; BEFORE/AFTER keep the edge (the timeline draws the open side as a fade).
    """
    base = base_span(value)
    if base is None:
        return None
    start, end = base[0].toordinal(), base[1].toordinal()
    third = max((end - start) // 3, 1)
    match mod:
        case "START":
            return start, start + third
        case "MID":
            return start + third, end - third
        case "END":
            return end - third, end
        case "APPROX":
            half = max((end - start) // 2, 1)
            return start - half, end + half
        case "BEFORE" | "ON_OR_BEFORE":
            return start, start + 1
        case "AFTER" | "ON_OR_AFTER":
            return end - 1, end
    return start, end
