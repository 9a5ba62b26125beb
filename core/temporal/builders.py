"""Turning a matched phrase into a ``Spec``: calendar dates ("le 23 mars 1865", "en juin", "2015",
"les années 1970", "au printemps 2015"); shared by the French and English rule tables.
``builders_relative.py`` holds the rest (deictics, relative dates, clock times, durations, sets).

Each builder reads the named groups of its rule (``d`` day, ``mon`` month, ``y`` year, ``mod``
modifier, ``dir`` direction, ``n`` number, ``u`` unit, ``pod`` part of day…) and returns None when
the match turns out not to be a date ("2000 soldats", the planet Mars).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from core.temporal.calendar import Point
from core.temporal.lexicon import Lexicon, roman_to_int
from core.temporal.spec import (
    Builder,
    ModTable,
    Spec,
    group,
    mod_of,
    norm,
)

DIRECTIONS = {
    "dernier": -1, "dernière": -1, "derniers": -1, "dernières": -1, "passé": -1, "passée": -1,
    "prochain": 1, "prochaine": 1, "prochains": 1, "prochaines": 1, "last": -1, "past": -1,
    "next": 1, "coming": 1, "this": 0, "ce": 0, "cet": 0, "cette": 0, "ce même": 0,
}  # fmt: skip
ANAPHORIC = {
    "suivant": 1, "suivante": 1, "d'après": 1, "following": 1, "after": 1,
    "précédent": -1, "précédente": -1, "d'avant": -1, "previous": -1, "before": -1,
    "prior": -1, "preceding": -1,
}  # fmt: skip
# (midnight is the end of the day it belongs to, TimeML's T24:00: "midnight Friday" ends Friday)
POD_HOURS = {
    "midi": (12, 0), "minuit": (24, 0), "noon": (12, 0), "midnight": (24, 0), "midday": (12, 0),
    "la mi-journée": (12, 0),
}  # fmt: skip


def mods_of(m: re.Match[str], table: ModTable) -> str | None:
    return mod_of(group(m, "mod"), table) or mod_of(group(m, "modg"), table)


def dir_of(m: re.Match[str]) -> int | None:
    word = group(m, "dir")
    return DIRECTIONS.get(norm(word)) if word else None


def _year(m: re.Match[str]) -> int | None:
    four = group(m, "y")
    if four:
        return int(four)
    two = group(m, "y2")
    if two:
        value = int(two.lstrip("'’"))
        return 1900 + value if value >= 30 else 2000 + value
    return None


def _month(word: str | None, lex: Lexicon) -> int | None:
    if not word:
        return None
    key = norm(word)
    return lex.months.get(key) or lex.month_abbrevs.get(key)


def _day(word: str | None) -> int | None:
    if not word:
        return None
    key = norm(word)
    if key in ("1er", "1re", "premier", "first", "1st"):
        return 1
    digits = re.match(r"\d+", key)
    return int(digits.group()) if digits else None


def numeric_date(month_first: bool) -> Builder:
    """Day first ("30/11/2022"), or month first in English when the first number can be a month."""

    def build(m: re.Match[str]) -> Spec | None:
        a, b = int(m["d"]), int(m["m"])
        day, month = (b, a) if month_first and a <= 12 else (a, b)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return Spec("abs", "DATE", Point("day", _year_digits(m["y"]), month, day))

    return build


def iso_date(m: re.Match[str]) -> Spec | None:
    month, day = int(m["m"]), int(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Spec("abs", "DATE", Point("day", int(m["y"]), month, day))


def _year_digits(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        return 1900 + value if value >= 30 else 2000 + value
    return value


def written_date(lex: Lexicon, mods: ModTable) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        month, day = _month(group(m, "mon") or group(m, "mon2"), lex), _day(m["d"])
        if month is None or day is None or not 1 <= day <= 31:
            return None
        weekday = lex.weekdays.get(norm(m["wd"])) if group(m, "wd") else None
        point = Point("day", _year(m), month, day)
        return Spec(
            "abs", "DATE", point, weekday=weekday, direction=dir_of(m), mod=mods_of(m, mods)
        )

    return build


def month_year(lex: Lexicon, mods: ModTable, *, need_context: bool) -> Builder:
    """ "mars 2015", "en juin", "juin prochain"; a bare month name needs a cue before it."""

    def build(m: re.Match[str]) -> Spec | None:
        month = _month(m["mon"], lex)
        if month is None:
            return None
        mod = mods_of(m, mods)
        year = _year(m)
        cue = group(m, "pre") or group(m, "pred") or group(m, "mod") or group(m, "modg")
        cue = cue or group(m, "of") or ("figures" if group(m, "figures") is not None else None)
        direction = dir_of(m)
        if year is None and need_context:
            if not (cue or direction is not None):
                return None
            if group(m, "pred") and _NAME_BEFORE.search(
                m.string, max(0, m.start() - 40), m.start()
            ):
                return None  # "la Révolution d'octobre": a month inside a name
            if m["mon"][0].isupper() and not group(m, "of") and lex.lang == "fr":
                return None  # "vers Mars", "sur Mars": the planet
        if year is None and direction is None and group(m, "figures") is not None:
            # "June inventories", "September car sales": figures of a month gone (this one's
            # at the latest), whatever the tense of the telling
            return Spec("abs", "DATE", Point("month", None, month), direction=-1, mod=mod,
                        value="figures")  # fmt: skip
        return Spec("abs", "DATE", Point("month", year, month), direction=direction, mod=mod)

    return build


_NUMBER_BEFORE = re.compile(
    r"(?:\d[^\S\n.,]?|\d[.,]|n°\s*|no\.?\s*|p\.\s*|pages?\s+|numéro\s+|art\.\s*"
    r"|\b(?:décret|loi|résolution|article|arrêté|circulaire|directive|règlement|amendement|"
    r"dossier|vol|ligne|route|millésime|cuvée|resolution|law|bill|flight|number|vintage"
    r"|(?-i:Local))\s+)$",  # ("United Auto Workers Local 1409": a union's local)
    re.I,
)
# no number runs over a line break: a title's year may end its line, a dateline opens the next
_UNIT_AFTER = re.compile(r"[^\S\n]*(?:[.,]\d|%|€|\$|£|‰|\d|[-–]\d{1,3}\b(?!\d))")


def year(
    lex: Lexicon,
    mods: ModTable,
    follow_ok: frozenset[str],
    det_before: re.Pattern[str] | None = None,
    counted: frozenset[str] = frozenset(),
    dated: frozenset[str] = frozenset(),
    past_verbs: frozenset[str] = frozenset(),
) -> Builder:
    """A bare four-digit year only where it reads as one: "en 2015", "2015,", not "2000 soldats".
    With ``det_before``, a year after a determiner that modifies a noun is one too ("the 1996
    bombing", "its 1989 results"), unless the noun is one that is counted ("the 2000 soldiers");
    so is a year before a noun of ``dated``, things told by their year ("expect 1990 earnings")."""

    def build(m: re.Match[str]) -> Spec | None:
        text, start, end = m.string, m.start("y"), m.end()
        if _NUMBER_BEFORE.search(text, max(0, start - 16), start) or _UNIT_AFTER.match(text, end):
            return None
        pre = group(m, "pre")
        after = re.match(r"\s+([^\W\d_]+)", text[end : end + 30])
        if pre is not None and norm(pre) in ("for", "due") and after is not None:
            # "Revenue for 1989 climbed", "notes due 2005 fell": a verb follows; "for
            # 2000 shares" counts
            word = norm(after.group(1))
            if not (word in follow_ok or word in past_verbs or word.endswith("ed")):
                return None
        cue = bool(pre or group(m, "mod") or group(m, "modg") or group(m, "det"))
        if (
            not cue
            and det_before is not None
            and det_before.search(text, max(0, start - 32), start)
        ):
            cue = after is not None and norm(after.group(1)) not in counted
        if not cue and after is not None and norm(after.group(1)) in dated:
            cue = True
        if not cue and not _reads_as_year(text, end, follow_ok):
            return None
        return Spec("abs", "DATE", Point("year", int(m["y"])), mod=mods_of(m, mods))

    return build


def two_digit_year(lex: Lexicon, follow_ok: frozenset[str]) -> Builder:
    """ "un record battu en 89", "depuis '05": a year written with two digits after "en", where
    no unit or counted noun follows ("en 45 minutes", "en 12 points" are no years)."""

    def build(m: re.Match[str]) -> Spec | None:
        text, end = m.string, m.end()
        after = re.match(r"\s*([^\W\d_]+|\S)?", text[end : end + 30])
        word = norm(after.group(1)) if after and after.group(1) else ""
        if word and word[0].isalpha() and word not in follow_ok:
            if word in lex.units or word.rstrip("s") in lex.units or not word.islower():
                return None
            if word.rstrip("s") in _COUNTED:
                return None
        value = int(m["yy"])
        if not m["t"].startswith(("'", "’")) and value < 30 and word not in ("", "et", "ou"):
            return None  # "en 12 …" reads as a count more often than as 2012
        return Spec("abs", "DATE", Point("year", 1900 + value if value >= 30 else 2000 + value))

    return build


_COUNTED = frozenset(
    "fois point but match victoire défaite euro dollar franc km kilomètre mètre kilo tonne place "
    "page étape tour manche set partie exemplaire personne habitant élève candidat voix siège "
    "degré pour cent".split()
)


_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+\s*$")


def _reads_as_year(text: str, end: int, follow_ok: frozenset[str]) -> bool:
    after = re.match(r"\s*([^\W\d_]+|\S)?", text[end : end + 40])
    word = after.group(1) if after else None
    if word is None or not word[0].isalpha():
        return True
    return norm(word) in follow_ok


def decade(tens_words: dict[str, int], mods: ModTable) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        word = norm(m["y"]).removeprefix("nineteen").strip(" -")
        raw = word.rstrip("s").strip("'’")
        if word in tens_words or raw in tens_words:  # "the eighties", "the nineteen sixties"
            value = 1900 + tens_words.get(word, tens_words.get(raw, 0))
        elif raw.isdigit():
            value = int(raw) if len(raw) == 4 else 1900 + int(raw)
        else:
            return None
        if word.endswith("00s") and len(raw) == 4 and value < 2000:
            # "the 1800s", "the early 1900s": a century ("les années 1900" stay a decade)
            return Spec("abs", "DATE", Point("century", value), mod=mods_of(m, mods))
        return Spec("abs", "DATE", Point("decade", value // 10 * 10), mod=mods_of(m, mods))

    return build


def century(lex: Lexicon, mods: ModTable) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        raw = m["c"]
        number = int(raw) if raw.isdigit() else roman_to_int(raw)
        if number is None:
            number = lex.ordinals.get(norm(raw))
        if not number or not 1 <= number <= 21:
            return None
        return Spec("abs", "DATE", Point("century", (number - 1) * 100), mod=mods_of(m, mods))

    return build


def season(lex: Lexicon, mods: ModTable) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        code = lex.seasons.get(norm(m["s"]))
        cue = group(m, "pre") or group(m, "pred") or group(m, "det") or group(m, "mod")
        cue = cue or group(m, "modg")
        direction = dir_of(m)
        if code is None or not (cue or _year(m) or direction is not None):
            return None
        det = norm(group(m, "det") or "")
        if det in ("cet", "ce", "cette", "this"):
            direction = 0
        point = Point("season", _year(m), code=code)
        return Spec("abs", "DATE", point, direction=direction, mod=mods_of(m, mods))

    return build


def quarter(lex: Lexicon) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        word = norm(m["o"])
        digit = re.match(r"([1-4])(?:e|ème|eme|ᵉ|er)$", word)  # "le 3e trimestre"
        number = int(digit.group(1)) if digit else lex.ordinals.get(word)
        unit = lex.units.get(norm(m["u"]))
        if number is None or unit not in ("Q", "HY"):
            return None
        count = 4 if unit == "Q" else 2
        number = count if number == -1 else number
        if not 1 <= number <= count:
            return None
        gran, letter = ("quarter", "Q") if unit == "Q" else ("half", "H")
        before = group(m, "yq")  # "the 1988 third quarter"
        year = int(before) if before else _year(m)
        return Spec("abs", "DATE", Point(gran, year, code=f"{letter}{number}"))

    return build


def holiday(
    fixed: dict[str, tuple[int, int]],
    from_easter: dict[str, int],
    nth: Mapping[str, tuple[int, ...]],
    group: str = "t",
    pods: Mapping[str, str] | None = None,
) -> Builder:
    """ "à la Toussaint" (1 November), "le lundi de Pâques" (Easter + 1), "Thanksgiving" (the
    fourth Thursday of November), read in the match's ``group``; the year is found like that of
    any date without one, or told: "last Christmas", "à Noël dernier" (the match's "dir"). The
    weekend it names ("Memorial Day weekend") or a part of it ("Christmas night", the match's
    "pod" read in ``pods``) is carried in the spec's value."""

    def build(m: re.Match[str]) -> Spec | None:
        key = norm(m[group])
        if re.match(r"\s+[A-ZÀ-ÖØ-Þ]", m.string[m.end() : m.end() + 3]):
            return None  # "Noël Mamère": a first name
        direction = dir_of(m)
        told = m.groupdict().get("y") or m.groupdict().get("y2")
        year = int(told) if told else None  # "Christmas 1990", "Noël 1954", "Easter in 1989"
        weekend = "weekend" if m.groupdict().get("we") else None  # "Memorial Day weekend"
        pod = m.groupdict().get("pod")
        if pod and pods is not None and norm(pod) in pods:
            weekend = pods[norm(pod)]  # "Christmas night": its part of day
        if key in fixed:
            point = Point("day", year, *fixed[key])
            if weekend not in (None, "weekend"):
                return Spec("abs", "TIME", point, direction=direction, value=weekend)
            return Spec("abs", "DATE", point, direction=direction, value=weekend)
        if key in from_easter:
            return Spec("abs", "DATE", Point("month", year, 4), unit="easter",
                        amount=from_easter[key], direction=direction, value=weekend)  # fmt: skip
        if key in nth:
            month, rank, weekday, *from_day = nth[key]
            # the day the count starts from, when not the first: "election day" from 2 November
            start = (
                Point("day", year, month, from_day[0]) if from_day else Point("month", year, month)
            )
            return Spec("abs", "DATE", start, unit="nth", amount=rank, weekday=weekday,
                        direction=direction, value=weekend)  # fmt: skip
        return None

    return build


def nth_week_of(lex: Lexicon, ranks: dict[str, int]) -> Builder:
    """ "la première semaine d'août", "the last week of January": the week (ISO) whose Thursday
    is the month's first (last…), the week most of whose days lie in the month."""

    def build(m: re.Match[str]) -> Spec | None:
        rank = ranks.get(norm(m["o"]))
        month = _month(m["mon"], lex)
        if rank is None or month is None:
            return None
        point = Point("month", _year(m), month)
        return Spec("abs", "DATE", point, unit="nth", amount=rank, weekday=3, value="week")

    return build


def nth_weekday_of(lex: Lexicon, ranks: dict[str, int]) -> Builder:
    """ "le troisième samedi d'octobre", "the first Monday of September"."""

    def build(m: re.Match[str]) -> Spec | None:
        rank = ranks.get(norm(m["o"]))
        weekday = lex.weekdays.get(norm(m["wd"]))
        month = _month(m["mon"], lex)
        if rank is None or weekday is None or month is None:
            return None
        point = Point("month", _year(m), month)
        if point.year is not None:
            from core.temporal.holidays import nth_weekday

            day = nth_weekday(point.year, month, rank, weekday)
            if day is None:
                return None
            return Spec("abs", "DATE", Point("day", day.year, day.month, day.day))
        return Spec("abs", "DATE", point, unit="nth", amount=rank, weekday=weekday)

    return build
