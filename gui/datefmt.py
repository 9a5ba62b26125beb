"""The stretch of time a TIMEX3 value honestly covers, for the timeline to draw.

``span("2018", "START")`` → the first third of 2018. The value is read by the core's own parser
(``core.temporal.calendar``), and the words for a date ("début 2018") come from the core too
(``core.temporal.display.say_date``), so the window, the command line and the exports agree.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QDate, QLocale

from core.temporal.calendar import extent, parse_value


def say_day(iso: str) -> str:
    """A YYYY-MM-DD day as the interface's locale writes it in full ("14 avril 2023")."""
    return _say_day(iso[:10], QLocale().name()) or iso


@lru_cache(maxsize=65536)  # a library's dates: tens of thousands of short strings at most
def _say_day(day: str, _locale_name: str) -> str:
    """Said once per day and locale: the library's table asks it for every article."""
    found = QDate.fromString(day, "yyyy-MM-dd")
    return QLocale().toString(found, "d MMMM yyyy") if found.isValid() else ""


def span(value: str, mod: str | None = None) -> tuple[int, int] | None:
    """[start, end) in proleptic ordinal days, narrowed or widened by ``mod``.

    START/MID/END keep the first, middle or last third; APPROX widens by half the span on each
    side; BEFORE/AFTER keep the edge (the timeline draws the open side as a fade).
    """
    point = parse_value(value)
    days = extent(point) if point is not None else None
    if days is None:
        return None
    start, end = days[0].toordinal(), days[1].toordinal()
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
