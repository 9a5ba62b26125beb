"""Turning a matched phrase into a ``Spec``: shared by the French and English rule tables.

Each builder reads the named groups of its rule (``d`` day, ``mon`` month, ``y`` year, ``mod``
modifier, ``dir`` direction, ``n`` number, ``u`` unit, ``pod`` part of day…) and returns None when
the match turns out not to be a date ("2000 soldats", the planet Mars).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.temporal.calendar import Point
from core.temporal.lexicon import Lexicon, roman_to_int
from core.temporal.spec import (
    DURATION_MODS,
    Builder,
    Spec,
    duration_value,
    group,
    mod_of,
    norm,
    number_value,
)

DIRECTIONS = {
    "dernier": -1, "dernière": -1, "derniers": -1, "dernières": -1, "passé": -1, "passée": -1,
    "prochain": 1, "prochaine": 1, "prochains": 1, "prochaines": 1, "last": -1, "past": -1,
    "next": 1, "coming": 1, "this": 0, "ce": 0, "cet": 0, "cette": 0, "ce même": 0,
}  # fmt: skip
ANAPHORIC = {
    "suivant": 1, "suivante": 1, "d'après": 1, "following": 1, "after": 1,
    "précédent": -1, "précédente": -1, "d'avant": -1, "previous": -1, "before": -1,
}  # fmt: skip
POD_HOURS = {"midi": (12, 0), "minuit": (0, 0), "noon": (12, 0), "midnight": (0, 0)}
AFTERNOON = ("soir", "après-midi", "de l'après-midi", "du soir", "pm", "p.m.", "evening")


def _mods(m: re.Match[str], table: dict[str, str | None]) -> str | None:
    return mod_of(group(m, "mod"), table) or mod_of(group(m, "modg"), table)


def _dir(m: re.Match[str]) -> int | None:
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
    """ "30/11/2022" (day first), or "11/30/2022" in English when the first number can be a month."""

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


def written_date(lex: Lexicon, mods: dict[str, str | None]) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        month, day = _month(group(m, "mon") or group(m, "mon2"), lex), _day(m["d"])
        if month is None or day is None or not 1 <= day <= 31:
            return None
        weekday = lex.weekdays.get(norm(m["wd"])) if group(m, "wd") else None
        point = Point("day", _year(m), month, day)
        return Spec("abs", "DATE", point, weekday=weekday, direction=_dir(m), mod=_mods(m, mods))

    return build


def month_year(lex: Lexicon, mods: dict[str, str | None], *, need_context: bool) -> Builder:
    """ "mars 2015", "en juin", "juin prochain"; a bare month name needs a cue before it."""

    def build(m: re.Match[str]) -> Spec | None:
        month = _month(m["mon"], lex)
        if month is None:
            return None
        mod = _mods(m, mods)
        year = _year(m)
        cue = group(m, "pre") or group(m, "pred") or group(m, "mod") or group(m, "modg")
        cue = cue or group(m, "of")
        direction = _dir(m)
        if year is None and need_context:
            if not (cue or direction is not None):
                return None
            if m["mon"][0].isupper() and not group(m, "of") and lex.lang == "fr":
                return None  # "vers Mars", "sur Mars": the planet
        return Spec("abs", "DATE", Point("month", year, month), direction=direction, mod=mod)

    return build


_NUMBER_BEFORE = re.compile(
    r"(?:\d[\s.,]?|n°\s*|no\.?\s*|p\.\s*|pages?\s+|numéro\s+|art\.\s*)$", re.I
)
_UNIT_AFTER = re.compile(r"\s*(?:[.,]\d|%|€|\$|£|‰|\d|[-–]\d{1,3}\b(?!\d))")


def year(lex: Lexicon, mods: dict[str, str | None], follow_ok: frozenset[str]) -> Builder:
    """A bare four-digit year only where it reads as one: "en 2015", "2015," but not "2000 soldats"."""

    def build(m: re.Match[str]) -> Spec | None:
        text, start, end = m.string, m.start("y"), m.end()
        if _NUMBER_BEFORE.search(text, max(0, start - 8), start) or _UNIT_AFTER.match(text, end):
            return None
        cue = group(m, "pre") or group(m, "mod") or group(m, "modg") or group(m, "det")
        if not cue and not _reads_as_year(text, end, follow_ok):
            return None
        return Spec("abs", "DATE", Point("year", int(m["y"])), mod=_mods(m, mods))

    return build


def _reads_as_year(text: str, end: int, follow_ok: frozenset[str]) -> bool:
    after = re.match(r"\s*([^\W\d_]+|\S)?", text[end : end + 40])
    word = after.group(1) if after else None
    if word is None or not word[0].isalpha():
        return True
    return norm(word) in follow_ok


def decade(tens_words: dict[str, int], mods: dict[str, str | None]) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        raw = norm(m["y"]).rstrip("s").strip("'’")
        if raw in tens_words:
            value = 1900 + tens_words[raw]
        elif raw.isdigit():
            value = int(raw) if len(raw) == 4 else 1900 + int(raw)
        else:
            return None
        return Spec("abs", "DATE", Point("decade", value // 10 * 10), mod=_mods(m, mods))

    return build


def century(lex: Lexicon, mods: dict[str, str | None]) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        raw = m["c"]
        number = int(raw) if raw.isdigit() else roman_to_int(raw)
        if number is None:
            number = lex.ordinals.get(norm(raw))
        if not number or not 1 <= number <= 21:
            return None
        return Spec("abs", "DATE", Point("century", (number - 1) * 100), mod=_mods(m, mods))

    return build


def season(lex: Lexicon, mods: dict[str, str | None]) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        code = lex.seasons.get(norm(m["s"]))
        cue = group(m, "pre") or group(m, "pred") or group(m, "det") or group(m, "mod")
        cue = cue or group(m, "modg")
        direction = _dir(m)
        if code is None or not (cue or _year(m) or direction is not None):
            return None
        det = norm(group(m, "det") or "")
        if det in ("cet", "ce", "cette", "this"):
            direction = 0
        point = Point("season", _year(m), code=code)
        return Spec("abs", "DATE", point, direction=direction, mod=_mods(m, mods))

    return build


def quarter(lex: Lexicon) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        number = lex.ordinals.get(norm(m["o"]))
        unit = lex.units.get(norm(m["u"]))
        if number is None or unit not in ("Q", "HY"):
            return None
        count = 4 if unit == "Q" else 2
        number = count if number == -1 else number
        if not 1 <= number <= count:
            return None
        gran, letter = ("quarter", "Q") if unit == "Q" else ("half", "H")
        return Spec("abs", "DATE", Point(gran, _year(m), code=f"{letter}{number}"))

    return build


def deictic_day(offsets: dict[str, int], pods: dict[str, str]) -> Builder:
    """ "hier", "demain matin", "aujourd'hui vendredi": days counted from the document date."""

    def build(m: re.Match[str]) -> Spec | None:
        offset = offsets.get(norm(m["w"]))
        if offset is None:
            return None
        pod_word = group(m, "pod")
        if pod_word:
            key = norm(pod_word)
            if key in POD_HOURS:
                hour, minute = POD_HOURS[key]
                point = Point("time", None, hour=hour, minute=minute)
            else:
                point = Point("pod", None, code=pods.get(key, "DT"))
            return Spec("deictic", "TIME", point, unit="D", amount=offset)
        return Spec("deictic", "DATE", unit="D", amount=offset)

    return build


def this_unit(lex: Lexicon, mods: dict[str, str | None]) -> Builder:
    """ "ce matin", "cette semaine", "cette année", "ce week-end", "ce mois-ci"."""

    def build(m: re.Match[str]) -> Spec | None:
        word = norm(m["u"])
        mod = _mods(m, mods)
        if word in lex.parts_of_day:
            point = Point("pod", None, code=lex.parts_of_day[word])
            return Spec("deictic", "TIME", point, unit="D", amount=0, mod=mod)
        unit = "WE" if word in ("week-end", "weekend") else lex.units.get(word)
        if unit is None:
            return None
        if group(m, "there"):  # "cette année-là": the year of the previous date
            return Spec("rel", "DATE", unit=unit, amount=0, mod=mod)
        return Spec("deictic", "DATE", unit=unit, amount=0, mod=mod)

    return build


def last_next_unit(lex: Lexicon, mods: dict[str, str | None]) -> Builder:
    """ "l'année dernière", "le mois prochain" (document date); "l'année suivante" (previous)."""

    def build(m: re.Match[str]) -> Spec | None:
        word = norm(m["u"])
        unit = "WE" if word in ("week-end", "weekend") else lex.units.get(word)
        direction = norm(m["dir"])
        if unit is None:
            return None
        mod = _mods(m, mods)
        if direction in ANAPHORIC:
            return Spec("rel", "DATE", unit=unit, amount=ANAPHORIC[direction], mod=mod)
        amount = DIRECTIONS.get(direction)
        if amount is None:
            return None
        return Spec("deictic", "DATE", unit=unit, amount=amount, mod=mod)

    return build


def weekday(lex: Lexicon) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        day = lex.weekdays.get(norm(m["wd"]).rstrip("s"))
        if day is None:
            return None
        direction = _dir(m)
        this = norm(group(m, "this") or "")
        if this:
            direction = 0
        dir_word = norm(group(m, "dir") or "")
        pod_word = group(m, "pod")
        point = None
        if pod_word:
            key = norm(pod_word)
            hm = POD_HOURS.get(key)
            point = (
                Point("time", None, hour=hm[0], minute=hm[1])
                if hm
                else Point("pod", None, code=lex.parts_of_day.get(key, "DT"))
            )
        if dir_word in ANAPHORIC:
            return Spec("weekday", "DATE", point, weekday=day, direction=ANAPHORIC[dir_word] * 2)
        if group(m, "plural") or (group(m, "le") and direction is None and point is None):
            return Spec("literal", "SET", value=f"XXXX-WXX-{day + 1}")
        kind = "TIME" if point else "DATE"
        unit = "previous" if this in ("ce même", "that same") else None
        return Spec("weekday", kind, point, unit=unit, weekday=day, direction=direction)

    return build


def duration(lex: Lexicon) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        unit = lex.units.get(norm(m["u"]))
        if unit is None:
            return None
        word = norm(m["n"])
        amount = number_value(word, lex)
        if amount is None and word not in lex.vague_numbers:
            return None
        if word in ("un", "une", "a", "an") and unit == "D" and not group(m, "mod"):
            return None  # "un jour" is "one day, some day" more often than a length of time
        if word == "des" and unit in ("H", "MIN", "S"):
            return None  # "des heures scolaires"
        if group(m, "half") or group(m, "half2"):
            amount = None if amount is None else amount + 0.5
            if amount is not None and unit in ("Y", "D", "H") and amount % 1:
                amount, unit = (
                    amount * {"Y": 12, "D": 24, "H": 60}[unit],
                    {"Y": "M", "D": "H", "H": "MIN"}[unit],
                )
        mod = mod_of(group(m, "mod"), DURATION_MODS) or mod_of(group(m, "modg"), DURATION_MODS)
        return Spec("literal", "DURATION", value=duration_value(amount, unit), mod=mod)

    return build


def literal(type_: str, value_of: Callable[[re.Match[str]], str | None]) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        value = value_of(m)
        if value is None:
            return None
        return Spec("literal", type_, value=value)  # type: ignore[arg-type]

    return build


def relative(
    lex: Lexicon,
    signs: dict[str, int],
    *,
    need_pause: frozenset[str] = frozenset(),
    deictic_sign: int | None = None,
) -> Builder:
    """ "2 mois plus tard" (+2 M from the previous date); "deux ans après," but not "après sa mort".

    With ``deictic_sign`` the phrase counts from the document date instead ("il y a deux ans").
    """

    def build(m: re.Match[str]) -> Spec | None:
        unit = lex.units.get(norm(m["u"]))
        rel = norm(group(m, "rel") or "")
        sign = deictic_sign if deictic_sign is not None else signs.get(rel)
        if unit is None or sign is None:
            return None
        if rel in need_pause and not re.match(r"\s*(?:[,.;:!?)»”]|$)", m.string[m.end() :]):
            return None
        word = norm(m["n"])
        amount = number_value(word, lex)
        if amount is None and word not in lex.vague_numbers:
            return None
        if amount is None and deictic_sign is not None:
            return None  # "il y a quelques mois": only "quelques mois", a duration
        count = None if amount is None or amount % 1 else int(amount) * sign
        kind = "rel" if deictic_sign is None else "deictic"
        return Spec(kind, "DATE", unit=unit, amount=count)

    return build


def fixed_relative(
    table: dict[str, tuple[str, int]], pods: dict[str, str], pod_of: dict[str, str]
) -> Builder:
    """ "la veille" (D -1), "le lendemain" (D +1), "le même jour" (D 0), with a part of day."""

    def build(m: re.Match[str]) -> Spec | None:
        key = norm(m["w"])
        found = table.get(key)
        if found is None:
            return None
        unit, amount = found
        pod_word = group(m, "pod") or pod_of.get(key)
        if pod_word:
            point = Point("pod", None, code=pods.get(norm(pod_word), "DT"))
            return Spec("rel", "TIME", point, unit=unit, amount=amount)
        return Spec("rel", "DATE", unit=unit, amount=amount)

    return build


def clock(pods: dict[str, str], deictic: dict[str, int], numbers: dict[str, int]) -> Builder:
    """ "22 h", "21 h 45", "à 9 heures ce matin", "vers midi", "10:30 p.m."."""

    def build(m: re.Match[str]) -> Spec | None:
        hour, minute = _clock_numbers(m, numbers)
        if hour is None or not 0 <= hour <= 24 or not 0 <= minute <= 59:
            return None
        tail = norm(group(m, "ampm") or group(m, "podw") or "")
        if tail and any(tail.endswith(w) for w in AFTERNOON) and hour < 12:
            hour += 12
        if tail in ("am", "a.m.") and hour == 12:
            hour = 0
        point = Point("time", None, hour=hour % 24, minute=minute)
        pre = norm(group(m, "pre") or "")
        mod = "APPROX" if pre in ("vers", "around", "about", "aux alentours de") else None
        day_word = group(m, "dw")
        if day_word:
            offset = deictic.get(norm(day_word))
            return Spec("deictic", "TIME", point, unit="D", amount=offset or 0, mod=mod)
        day_after = group(m, "dw2")
        if day_after:
            offset = deictic.get(norm(day_after))
            return Spec("deictic", "TIME", point, unit="D", amount=offset or 0, mod=mod)
        return Spec("clock", "TIME", point, mod=mod)

    return build


def _clock_numbers(m: re.Match[str], numbers: dict[str, int]) -> tuple[int | None, int]:
    word = group(m, "hw")
    if word:
        hour, minute = POD_HOURS.get(norm(word), (None, 0))
        return hour, minute
    raw_hour = norm(m["h"])
    hour = int(raw_hour) if raw_hour.isdigit() else numbers.get(raw_hour)
    if hour is None:
        return None, 0
    raw = norm(group(m, "mi") or "")
    minutes = {"et demie": 30, "et quart": 15, "moins le quart": -15, "": 0}
    if raw in minutes:
        delta = minutes[raw]
        return (hour - 1, 45) if delta < 0 else (hour, delta)
    return hour, int(raw) if raw.isdigit() else 0


def part_of_day(pods: dict[str, str]) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        code = pods.get(norm(m["pod"]))
        if code is None:
            return None
        return Spec("clock", "TIME", Point("pod", None, code=code))

    return build


def set_every(lex: Lexicon, pods: dict[str, str]) -> Builder:
    """ "chaque année" P1Y, "tous les deux mois" P2M, "tous les jeudis" XXXX-WXX-4."""

    def build(m: re.Match[str]) -> Spec | None:
        word = norm(m["u"])
        count_word = group(m, "n")
        count = number_value(count_word, lex) if count_word else 1.0
        if count is None:
            return None
        singular = word.rstrip("s") if word not in lex.units else word
        if singular in lex.weekdays:
            return Spec("literal", "SET", value=f"XXXX-WXX-{lex.weekdays[singular] + 1}")
        if singular in lex.months:
            return Spec("literal", "SET", value=f"XXXX-{lex.months[singular]:02d}")
        if singular in pods:
            return Spec("literal", "SET", value=f"XXXX-XX-XXT{pods[singular]}")
        unit = lex.units.get(word) or lex.units.get(singular)
        if unit is None:
            return None
        return Spec("literal", "SET", value=duration_value(count, unit))

    return build
