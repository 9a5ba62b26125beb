"""Points in time at the precision they were written, their TIMEX3 values and their arithmetic.

A ``Point`` is "2015-05" (a month), "2018" (a year), "2012-10-29TEV" (an evening)… Shifting a point
("2 mois plus tard") keeps the coarser of the two precisions: two months after March 2015 is May
2015, two years after March 1952 is 1954.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

# Precisions from the coarsest to the finest.
_RANK = {
    "century": 0, "decade": 1, "year": 2, "half": 3, "quarter": 3, "season": 3, "month": 4,
    "week": 5, "weekend": 5, "day": 6, "pod": 7, "time": 8,
}  # fmt: skip
# Unit of a shift → the precision it speaks of.
UNIT_GRAN = {
    "CE": "century", "DE": "decade", "Y": "year", "HY": "half", "Q": "quarter", "M": "month",
    "W": "week", "D": "day", "H": "time", "MIN": "time", "S": "time",
}  # fmt: skip
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True, slots=True)
class Point:
    """A date at some precision. ``year`` None means the year is not known ("XXXX")."""

    gran: str
    year: int | None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    code: str | None = None  # season SP/SU/FA/WI, quarter Q1…, half H1/H2, part of day MO/AF/EV/NI
    week: int | None = None

    @property
    def rank(self) -> int:
        return _RANK[self.gran]

    def value(self) -> str:
        return format_value(self)

    def is_complete(self) -> bool:
        """True when every field the precision needs is known (a point a reader can place)."""
        if self.year is None:
            return False
        if self.gran in ("day", "pod", "time"):
            return self.month is not None and self.day is not None
        return not (self.gran == "month" and self.month is None)


def format_value(p: Point) -> str:
    """The TIMEX3 value of ``p``: ``2015``, ``197`` (1970s), ``18`` (19th century), ``2015-SU``…"""
    y = f"{p.year:04d}" if p.year is not None else "XXXX"
    if p.gran == "century":  # TimeML: the 18th century is 17XX, the 1980s 198X
        return f"{p.year // 100:02d}XX" if p.year is not None else "XXXX"
    if p.gran == "decade":
        return f"{p.year // 10:03d}X" if p.year is not None else "XXXX"
    if p.gran == "year":
        return y
    if p.gran in ("half", "quarter", "season"):
        return f"{y}-{p.code}"
    if p.gran == "month":
        return f"{y}-{_two(p.month)}"
    if p.gran in ("week", "weekend"):
        suffix = "-WE" if p.gran == "weekend" else ""
        return f"{y}-W{_two(p.week)}{suffix}"
    day = f"{y}-{_two(p.month)}-{_two(p.day)}"
    if p.gran == "day":
        return day
    if p.gran == "pod":
        return f"{day}T{p.code}"
    return f"{day}T{_two(p.hour)}:{_two(p.minute)}"


_WHOLE_X = re.compile(r"^(?:\d{3}X|\d{2}XX)$")


def reduced(value: str) -> str:
    """A decade or a century the way English TimeBank writes it, to reduced precision: ``199``
    (the 1990s) and ``19`` (the 20th century) for ``199X`` and ``19XX``; any other value as it
    is. ``parse_value`` reads both forms."""
    return value.rstrip("X") if _WHOLE_X.match(value) else value


def _two(n: int | None) -> str:
    return f"{n:02d}" if n is not None else "XX"


def first_day(p: Point) -> dt.date | None:
    """The earliest day ``p`` can mean, or None when its year (or month for a day) is unknown."""
    if p.year is None or not 1 <= p.year <= 9999:
        return None
    if p.gran in ("week", "weekend"):
        try:
            monday = dt.date.fromisocalendar(p.year, p.week or 1, 1)
        except ValueError:
            return None
        return monday + dt.timedelta(days=5) if p.gran == "weekend" else monday
    month = p.month or start_month(p)
    try:
        return dt.date(p.year, month, p.day or 1)
    except ValueError:
        return None


def extent(p: Point) -> tuple[dt.date, dt.date] | None:
    """The days ``p`` covers, as [first, end), or None when it has no place in time."""
    first = first_day(p)
    if first is None:
        return None
    years = {"century": 100, "decade": 10, "year": 1}
    months = {"half": 6, "quarter": 3, "season": 3, "month": 1}
    days = {"week": 7, "weekend": 2}
    if p.gran in years:
        end_year = first.year + years[p.gran]
        return first, dt.date(end_year, 1, 1) if end_year <= 9999 else dt.date.max
    if p.gran in months:
        return first, add_months(first, months[p.gran])
    return first, first + dt.timedelta(days=days.get(p.gran, 1))


def start_month(p: Point) -> int:
    code = p.code or ""
    if p.month is not None:
        return p.month
    if p.gran == "season":
        return SEASON_START.get(code, 1)
    if p.gran == "quarter" and code[1:].isdigit():
        return 3 * (int(code[1:]) - 1) + 1
    if p.gran == "half":
        return 7 if code == "H2" else 1
    return 1


def span_days(p: Point) -> int:
    """How many days ``p`` covers (roughly for seasons), used to place START/MID/END."""
    lengths = {
        "century": 36524, "decade": 3652, "year": 365, "half": 182, "quarter": 91,
        "season": 91, "week": 7, "weekend": 2,
    }  # fmt: skip
    if p.gran == "month" and p.year and p.month:
        return days_in_month(p.year, p.month)
    return lengths.get(p.gran, 1)


def from_date(gran: str, day: dt.date, like: Point | None = None) -> Point:
    """A point of precision ``gran`` around ``day`` (``like`` gives the code of seasons/parts)."""
    if gran == "century":
        return Point("century", day.year // 100 * 100)
    if gran == "decade":
        return Point("decade", day.year // 10 * 10)
    if gran == "year":
        return Point("year", day.year)
    if gran == "quarter":
        return Point("quarter", day.year, code=f"Q{(day.month - 1) // 3 + 1}")
    if gran == "half":
        return Point("half", day.year, code="H1" if day.month <= 6 else "H2")
    if gran == "season":
        return Point("season", day.year, code=like.code if like else None)
    if gran == "month":
        return Point("month", day.year, day.month)
    if gran in ("week", "weekend"):
        iso = day.isocalendar()
        return Point(gran, iso.year, week=iso.week)
    point = Point("day", day.year, day.month, day.day)
    if gran == "pod" and like is not None:
        return replace(point, gran="pod", code=like.code)
    if gran == "time" and like is not None:
        return replace(point, gran="time", hour=like.hour, minute=like.minute)
    return point


def days_in_month(year: int, month: int) -> int:
    """28 to 31 (the stdlib's ``calendar`` would import ``locale`` on the quick read's path)."""
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return (following - dt.timedelta(days=1)).day


def add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    last = days_in_month(year, month + 1)
    return dt.date(year, month + 1, min(day.day, last))


def shift(p: Point, unit: str, amount: int) -> Point | None:
    """``p`` moved by ``amount`` units (Y, M, W, D, H, MIN…), at the coarser precision."""
    start = first_day(p)
    if start is None:
        return None
    if unit in ("H", "MIN", "S"):
        return _shift_clock(p, start, unit, amount)
    try:
        moved = _move(start, unit, amount)
    except (ValueError, OverflowError):
        return None
    unit_gran = UNIT_GRAN[unit]
    if unit == "W" and p.rank >= _RANK["day"]:
        unit_gran = "day"
    gran = unit_gran if _RANK[unit_gran] < p.rank else p.gran
    if gran in ("pod", "time") and unit not in ("H", "MIN", "S"):
        gran = "day" if unit in ("D", "W") else gran
    return from_date(gran, moved, like=p)


def _move(start: dt.date, unit: str, amount: int) -> dt.date:
    if unit == "D":
        return start + dt.timedelta(days=amount)
    if unit == "W":
        return start + dt.timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "HY": 6, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return add_months(start, months * amount)


def _shift_clock(p: Point, start: dt.date, unit: str, amount: int) -> Point | None:
    if p.gran != "time" or p.hour is None:
        return None
    seconds = {"H": 3600, "MIN": 60, "S": 1}[unit] * amount
    moment = dt.datetime(start.year, start.month, start.day, p.hour % 24, p.minute or 0)
    moment += dt.timedelta(days=p.hour // 24, seconds=seconds)  # (T24:00 ends the day)
    return Point("time", moment.year, moment.month, moment.day, moment.hour, moment.minute)


def truncate(p: Point, gran: str) -> Point | None:
    """The ``gran`` containing ``p`` ("cette semaine" from the document date)."""
    day = first_day(p)
    return None if day is None else from_date(gran, day)


def weekday_near(ref: Point, weekday: int, direction: int) -> Point | None:
    """The ``weekday`` (Monday 0) before (-1), after (+1) or in the same week (0) as ``ref``."""
    day = first_day(ref)
    if day is None or ref.rank < _RANK["day"]:
        return None
    delta = weekday - day.weekday()
    if direction < 0:
        delta = delta - 7 if delta >= 0 else delta
    elif direction > 0:
        delta = delta + 7 if delta <= 0 else delta
    try:
        return from_date("day", day + dt.timedelta(days=delta))
    except OverflowError:
        return None


def nearest_year(ref: Point, month: int, day: int | None, direction: int = 0) -> int | None:
    """The year that puts ``day month`` nearest to ``ref`` (``direction`` -1: not after it)."""
    ref_day = first_day(ref)
    if ref_day is None:
        return None
    best: tuple[int, int] | None = None
    for year in (ref_day.year - 1, ref_day.year, ref_day.year + 1):
        try:
            cand = dt.date(year, month, day or 1)
        except ValueError:
            continue
        if day is None:
            cand_end = dt.date(year, month, days_in_month(year, month))
            if direction < 0 and cand > ref_day:
                continue
            if direction > 0 and cand_end < ref_day:
                continue
            gap = 0 if cand <= ref_day <= cand_end else abs((cand - ref_day).days)
        else:
            if (direction < 0 and cand > ref_day) or (direction > 0 and cand < ref_day):
                continue
            gap = abs((cand - ref_day).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


_VALUE = re.compile(
    r"^(?P<y>\d{4}|\d{3}X?|\d{2}(?:XX)?|X{2,4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|(?P<code>SP|SU|FA|WI|Q[1-4]|H[12])"
    r"|W(?P<w>\d\d)(?P<we>-WE)?))?(?:T(?P<t>\d\d:\d\d|MO|AF|EV|NI|DT))?$"
)


def parse_value(value: str) -> Point | None:
    """The inverse of ``format_value`` for complete values; None for durations, refs, X's."""
    m = _VALUE.match(value)
    if m is None or m["y"].startswith("X"):
        return None
    digits = m["y"].rstrip("X")  # "198X" and "17XX", or "198" and "17" as stored before
    if "X" in m["y"] and (m.group(0) != m["y"]):
        return None
    if len(digits) == 2:
        return Point("century", int(digits) * 100)
    if len(digits) == 3:
        return Point("decade", int(digits) * 10)
    year = int(digits)
    if m["code"]:
        code = m["code"]
        gran = "season" if code in SEASON_START else "quarter" if code[0] == "Q" else "half"
        return Point(gran, year, code=code)
    if m["w"]:
        return Point("weekend" if m["we"] else "week", year, week=int(m["w"]))
    if not m["m"]:
        return Point("year", year)
    month = int(m["m"])
    if not 1 <= month <= 12:
        return None
    if not m["d"]:
        return Point("month", year, month)
    base = Point("day", year, month, int(m["d"]))
    if first_day(base) is None:
        return None
    t = m["t"]
    if t is None:
        return base
    if ":" in t:
        return replace(base, gran="time", hour=int(t[:2]), minute=int(t[3:]))
    return replace(base, gran="pod", code=t)
