"""The stretch of time a TIMEX3 value honestly covers, for the timeline to draw.

``span("2018", "START")`` → the first third of 2018. The words for a date ("début 2018") come from
the core (``core.temporal.display.say_date``), so the window, the command line and the exports
say dates the same way.
"""

from __future__ import annotations

import re
from datetime import date

SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):?(\d{2})?)?")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


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
