"""The document date written at the top of an article: its dateline or byline.

    "14 mars 2015. – Le conseil…"                      → 2015-03-14
    "PARIS, 3 mars 2021 (AFP) — …", "PARIS, 3 mars (Reuters) -"
    "Par Marie Dupont, publié le 3 mars 2021 à 18h02"   → 2021-03-03
    "Mis à jour le 4 mars 2021", "Publié le 03/03/2021 à 10h32"
    "By Jane Porter, Staff Writer — April 14, 2023"     → 2023-04-14

The date is the document creation time (DCT): it anchors "hier", "lundi", "en juin", and it is
not an event of the story. Only a line near the top counts, made of nothing but an optional
byline, place, "publié le"/"updated", a weekday, then a full date and what closes a dateline (a
dash, an agency, the end of the line, a time). A title that holds a date ("X sera canonisée le 21
octobre 2012") is no dateline. A dateline without its year ("PARIS, 3 mars (Reuters) -") takes the
latest year that does not put it after ``today``: a dispatch is read after it is written.

Plain regular expressions, no tagger: cheap enough to run on any text before extraction. The
extractor gives its date to the document (``DocumentInfo.dct``) when the source's metadata and
the user gave none, and keeps its span off the timeline.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from core.temporal.lexicon import EN, FR

LINES = 4  # the non-empty lines at the top where a dateline may stand
REACH = 100  # the date starts within this many characters of its line


@dataclass(frozen=True, slots=True)
class Dateline:
    value: str  # YYYY-MM-DD
    start: int  # the date's span in the text
    end: int


def _alt(words: Iterable[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_MONTHS = {**FR.months, **EN.months}
_ABBREVS = {k.rstrip("."): v for k, v in {**FR.month_abbrevs, **EN.month_abbrevs}.items()}
_WEEKDAY = rf"(?:{_alt({**FR.weekdays, **EN.weekdays})})"


def _month_group(name: str) -> str:
    return rf"(?P<{name}>(?:{_alt(_MONTHS)})\b|(?:{_alt(_ABBREVS)})\.?)"


def _day_group(name: str) -> str:
    return rf"(?P<{name}>1er|[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


_DATE = (
    rf"(?:{_day_group('d')}\s+(?:of\s+)?{_month_group('mon')}(?:,?\s+(?P<y>(?:19|20)\d\d))?"
    rf"|{_month_group('mon2')}\s+{_day_group('d2')},?(?:\s+(?P<y2>(?:19|20)\d\d))?"
    r"|(?P<nd>[0-3]?\d)[/.](?P<nm>[01]?\d)[/.](?P<ny>(?:19|20)\d\d)"  # 03/03/2021
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))"  # 2021-03-03
)
_CAP = r"(?-i:[A-ZÀ-ÖØ-Þ])"  # a capital, even where the pattern ignores case
_NAME = rf"{_CAP}[\w'’.-]*(?:\s+(?:(?:de|du|des|van|von|der|da|le|la)\s+)?{_CAP}[\w'’.-]*){{0,4}}"
_SEP = r"\s*(?:,|—|–|-|\||•|·)\s*"
_BYLINE = (
    rf"(?:(?:par|by)\s+{_NAME}(?:\s+(?:et|and|&)\s+{_NAME})?"
    rf"(?:{_SEP}(?:(?!(?:publi|posted|updated|mis\s|mise\s))[^\n,—–|•·\d]){{1,40}}?)?{_SEP})"
)
_PLACE = rf"(?:{_CAP}[\w'’.-]*(?:[\s-]+{_CAP}[\w'’.-]*){{0,3}}\s*(?:\([^)\n]{{1,20}}\)\s*)?,\s*)"
_PUBLISHED = (
    r"(?:(?:publié|publiée|mis\s+à\s+jour|mise\s+à\s+jour|modifié|actualisé|posted|published"
    r"|updated|last\s+updated)(?:\s+(?:le|on))?\s*:?\s*)"
)
_LEAD = rf"(?:(?:le|on)\s+)?(?:{_WEEKDAY},?\s+)?(?:(?:le|the)\s+)?"
_TAIL = (
    r"(?:\s*(?:\.\s*)?(?:\([^)\n]{1,25}\)\s*)?[-–—_]"  # ". -", "(AFP) —"
    r"|\s*\([^)\n]{1,25}\)\s*$"
    r"|[.,]?\s*$"  # the end of the line
    r"|,?\s+(?:à|at|a)\s+\d"  # "à 18h02", "at 10:32"
    r"|,?\s*[|•·]"
    r"|,\s*(?:mis|mise|modifié|updated|actualisé)\b)"
)
_LINE = re.compile(
    rf"^\s*{_BYLINE}?{_PLACE}?{_PUBLISHED}?{_LEAD}(?P<date>{_DATE})(?={_TAIL})", re.IGNORECASE
)
_AGENCY_OR_PLACE = re.compile(r"\([^)\n]{1,25}\)\s*[-–—_]|^\s*[A-ZÀ-ÖØ-Þ].*,")


def find_dateline(text: str, *, today: dt.date | None = None) -> Dateline | None:
    """The dateline or byline date near the top of ``text``, with its span; None without one."""
    position = 0
    seen = 0
    while seen < LINES and position < len(text):
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        line = text[position:end]
        if line.strip():
            seen += 1
            found = _read(line[: REACH + 60], today)
            if found is not None:
                value, start, stop = found
                return Dateline(value, position + start, position + stop)
        position = end + 1
    return None


def _read(line: str, today: dt.date | None) -> tuple[str, int, int] | None:
    m = _LINE.match(line)
    if m is None or m.start("date") > REACH:
        return None
    day = _date(m, line, today)
    if day is None:
        return None
    return day.isoformat(), m.start("date"), m.end("date")


def _date(m: re.Match[str], line: str, today: dt.date | None) -> dt.date | None:
    try:
        if m["iy"]:
            return dt.date(int(m["iy"]), int(m["im"]), int(m["id"]))
        if m["ny"]:
            return dt.date(int(m["ny"]), int(m["nm"]), int(m["nd"]))
        month = _month(m["mon"] or m["mon2"])
        day_word = (m["d"] or m["d2"]).lower()
        day = 1 if day_word.startswith("1er") else int(day_word)
        year = m["y"] or m["y2"]
        if month is None:
            return None
        if year:
            return dt.date(int(year), month, day)
    except ValueError:
        return None
    # No year: only a dispatch's dateline ("PARIS, 3 mars (Reuters) -"), dated in the past year.
    if not _AGENCY_OR_PLACE.search(line[: m.end() + 30]):
        return None
    return _latest(month, day, today or dt.date.today())


def _month(word: str) -> int | None:
    key = " ".join(word.lower().rstrip(".").split())
    return _MONTHS.get(key) or _ABBREVS.get(key)


def _latest(month: int, day: int, today: dt.date) -> dt.date | None:
    for year in (today.year, today.year - 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if found <= today + dt.timedelta(days=1):
            return found
    return None
