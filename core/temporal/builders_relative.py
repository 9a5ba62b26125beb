"""Turning a matched phrase into a ``Spec``: phrases counted from another date, times of day,
durations and sets ("hier", "2 mois plus tard", "vers 22 h", "six mois", "chaque année").

Shared by the French and English rule tables, like ``builders.py`` (calendar dates).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from core.model import TimexType
from core.temporal.builders import ANAPHORIC, DIRECTIONS, POD_HOURS, dir_of, mods_of
from core.temporal.calendar import Point
from core.temporal.lexicon import Lexicon
from core.temporal.spec import (
    DURATION_MODS,
    Builder,
    ModTable,
    Spec,
    duration_value,
    group,
    mod_of,
    norm,
    number_value,
)

GENERIC_TODAY = frozenset({"aujourd'hui"})  # may mean "nowadays" (see Resolver._generic)
AFTERNOON = (
    "soir", "après-midi", "après midi", "de l'après-midi", "du soir", "pm", "p.m.", "evening",
    "afternoon",
)  # fmt: skip


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
        if offset == 0 and norm(m["w"]) in GENERIC_TODAY and not group(m, "wd"):
            # "Aujourd'hui, l'ancien champion entraîne des jeunes": nowadays, when generic
            return Spec("deictic", "DATE", unit="D", amount=0, value="PRESENT_REF")
        return Spec("deictic", "DATE", unit="D", amount=offset)

    return build


def this_unit(lex: Lexicon, mods: ModTable) -> Builder:
    """ "ce matin", "cette semaine", "cette année", "ce week-end", "ce mois-ci"."""

    def build(m: re.Match[str]) -> Spec | None:
        word = norm(group(m, "u") or group(m, "u2") or "")
        mod = mods_of(m, mods)
        if word in lex.parts_of_day:
            point = Point("pod", None, code=lex.parts_of_day[word])
            # "cette nuit-là": that night of the day the story is at; "ce soir": today's
            if group(m, "there"):
                return Spec("rel", "TIME", point, unit="D", amount=0, mod=mod)
            return Spec("deictic", "TIME", point, unit="D", amount=0, mod=mod)
        unit = "WE" if word in ("week-end", "weekend") else lex.units.get(word)
        if unit is None:
            return None
        if group(m, "there"):  # "cette année-là": the year of the previous date
            return Spec("rel", "DATE", unit=unit, amount=0, mod=mod)
        return Spec("deictic", "DATE", unit=unit, amount=0, mod=mod)

    return build


def edge_of_unit(lex: Lexicon, edges: dict[str, str]) -> Builder:
    """ "la fin du mois", "en début de semaine", "the end of the month": that part of the week
    (month…) the story is at, the document's without an earlier date as fine. ``edges``: the
    word of the part ("fin", "end") → its mod; the unit in one of the groups u, u2, u3, u4."""

    def build(m: re.Match[str]) -> Spec | None:
        word = group(m, "u") or group(m, "u2") or group(m, "u3") or group(m, "u4") or ""
        unit = lex.units.get(norm(word))
        mod = edges.get(norm(m["edge"]))
        if not unit or not mod:
            return None
        # "de ce mois", "d'ici la fin du mois" (from now until then): the document's own month
        start = m.start()
        if group(m, "u3") or _FROM_NOW_UNTIL.search(m.string, max(0, start - 10), start):
            return Spec("deictic", "DATE", unit=unit, amount=0, mod=mod)
        return Spec("rel", "DATE", unit=unit, amount=0, mod=mod)

    return build


_FROM_NOW_UNTIL = re.compile(r"\bd['’]ici\s+$", re.IGNORECASE)


def last_next_unit(lex: Lexicon, mods: ModTable) -> Builder:
    """ "l'année dernière", "le mois prochain" (document date); "l'année suivante" (previous)."""

    def build(m: re.Match[str]) -> Spec | None:
        word = norm(m["u"])
        unit = "WE" if word in ("week-end", "weekend") else lex.units.get(word)
        direction = norm(m["dir"])
        if unit is None:
            return None
        mod = mods_of(m, mods)
        if direction in ANAPHORIC:
            return Spec("rel", "DATE", unit=unit, amount=ANAPHORIC[direction], mod=mod)
        amount = DIRECTIONS.get(direction)
        if amount is None:
            return None
        return Spec("deictic", "DATE", unit=unit, amount=amount, mod=mod)

    return build


_SOME_BEFORE = re.compile(r"\b(?:un|a)\s+$", re.IGNORECASE)


def weekday(lex: Lexicon) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        day = lex.weekdays.get(norm(m["wd"]).rstrip("s"))
        if day is None:
            return None
        direction = dir_of(m)
        this = norm(group(m, "this") or "")
        dir_word = norm(group(m, "dir") or "")
        if this:  # "this Sunday" is this week's; "this past Sunday" the one just gone
            direction = -1 if dir_word in ("past", "last") else 0
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
        if dir_word == "next" and norm(m["t"]).startswith("the "):
            dir_word = "following"  # "rebounded the next Monday": after the story's day
        if dir_word in ANAPHORIC:
            return Spec("weekday", "DATE", point, weekday=day, direction=ANAPHORIC[dir_word] * 2)
        if group(m, "plural") or (group(m, "le") and direction is None and point is None):
            return Spec("literal", "SET", value=f"XXXX-WXX-{day + 1}")
        if group(m, "le") and direction is None and point is not None and point.gran == "pod":
            # "ouvert le mercredi après-midi": every Wednesday afternoon
            return Spec("literal", "SET", value=f"XXXX-WXX-{day + 1}T{point.code}")
        if direction is None and _SOME_BEFORE.search(m.string, max(0, m.start() - 6), m.start()):
            if point is not None and point.gran == "pod":  # "un mardi soir": some Tuesday evening
                return Spec("literal", "TIME", value=f"XXXX-WXX-{day + 1}T{point.code}")
            return Spec("literal", "DATE", value=f"XXXX-WXX-{day + 1}")  # "un mardi", "a Tuesday"
        kind: TimexType = "TIME" if point else "DATE"
        unit = "previous" if this in ("ce même", "that same", "that") else None
        month_day = int(m["d"].rstrip("erstndh")) if group(m, "d") else None
        return Spec(
            "weekday", kind, point, unit=unit, amount=month_day, weekday=day, direction=direction
        )

    return build


def year_part(mods: ModTable) -> Builder:
    """ "le début de l'année", "en fin d'année": part of the current year (document date)."""

    def build(m: re.Match[str]) -> Spec | None:
        mod = mods_of(m, mods) or {"début": "START", "fin": "END", "milieu": "MID"}.get(
            norm(group(m, "mod2") or "")
        )
        if mod is None and not group(m, "mod2"):
            return None  # a bare "l'année" is not a date
        return Spec("deictic", "DATE", unit="Y", amount=0, mod=mod)

    return build


# Half a unit in the next unit down, as English TimeBank writes "2 1/2 years" (P2Y6M)
_HALF_BELOW = {"Y": "6M", "M": "15D", "D": "T12H", "H": "30M", "MIN": "30S"}


def duration(lex: Lexicon, split_halves: bool = False) -> Builder:
    """A length of time. "et demi" folds into the smaller unit (``P18M``), or with
    ``split_halves`` stays beside it: "two and a half years" is ``P2Y6M``, "a minute and a
    half" ``PT1M30S``."""

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
        if word in ("a", "an") and norm(m["u"]) == "second":
            return None  # "a second look"
        if norm(m["u"]) == "seconde" and _ADJECTIVE_USE.match(m.string, m.end()):
            return None  # "une seconde chance", "la seconde fois"
        if word == "des" and unit in ("H", "MIN", "S"):
            return None  # "des heures scolaires"
        mod = mod_of(group(m, "mod"), DURATION_MODS) or mod_of(group(m, "modg"), DURATION_MODS)
        if norm(m["t"]).startswith("the "):
            mod = None  # "over the past two months": "over" is a preposition there
        half = group(m, "half") or group(m, "half2")
        if half and split_halves and amount is not None and amount % 1 == 0 and unit in _HALF_BELOW:
            value = duration_value(amount, unit) + _HALF_BELOW[unit]
            return Spec("literal", "DURATION", value=value, mod=mod)
        if half:
            amount = None if amount is None else amount + 0.5
            if amount is not None and unit in ("Y", "D", "H") and amount % 1:
                amount, unit = (
                    amount * {"Y": 12, "D": 24, "H": 60}[unit],
                    {"Y": "M", "D": "H", "H": "MIN"}[unit],
                )
        return Spec("literal", "DURATION", value=duration_value(amount, unit), mod=mod)

    return build


_UNIT_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")


def duration_pair(lex: Lexicon) -> Builder:
    """Two or three lengths added, the larger unit first: "two hours and 20 minutes"
    (PT2H20M), "two hours, 9 minutes and 56 seconds" (PT2H9M56S), "deux ans et trois mois"
    (P2Y3M); groups n/u, n2/u2, n3/u3 and the modifier modg."""

    def build(m: re.Match[str]) -> Spec | None:
        parts = [("n", "u"), ("n2", "u2")] + ([("n3", "u3")] if group(m, "n3") else [])
        units = [unit for _, u in parts if (unit := lex.units.get(norm(m[u]))) is not None]
        amounts = [
            a for n, _ in parts if (a := number_value(norm(m[n]), lex)) is not None and not a % 1
        ]
        if len(units) != len(parts) or len(amounts) != len(parts):
            return None
        order = [_UNIT_ORDER.index(u) for u in units]
        if order != sorted(set(order)):
            return None
        value = ""
        for amount, unit in zip(amounts, units, strict=True):
            part = duration_value(amount, unit)
            value = part if not value else value + (part[2:] if "T" in value else part[1:])
        return Spec("literal", "DURATION", value=value, mod=mod_of(group(m, "modg"), DURATION_MODS))

    return build


# "seconde" before a noun is the ordinal: "une seconde chance" (a lower-case word that is not
# a preposition or a conjunction follows)
_ADJECTIVE_USE = re.compile(
    r"\s+(?!(?:de|d['’]|et|ou|à|plus|après|avant|pour|près|seulement|environ|à\s+peine)\b)"
    r"[a-zà-öø-ÿ]{3,}"
)


def literal(type_: TimexType, value_of: Callable[[re.Match[str]], str | None]) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        value = value_of(m)
        if value is None:
            return None
        return Spec("literal", type_, value=value)

    return build


def relative(
    lex: Lexicon,
    signs: dict[str, int],
    *,
    need_pause: frozenset[str] = frozenset(),
    deictic_sign: int | None = None,
    det_ok: bool = False,
) -> Builder:
    """ "2 mois plus tard" (+2 M from the previous date); "deux ans après," but not "après sa mort";
    "un an et demi plus tard", "a year and a half later" in months (+18 M).

    With ``deictic_sign`` the phrase counts from the document date instead ("il y a deux ans").
    """

    def build(m: re.Match[str]) -> Spec | None:
        unit = lex.units.get(norm(m["u"]))
        rel = norm(group(m, "rel") or "")
        sign = deictic_sign if deictic_sign is not None else signs.get(rel)
        if unit is None or sign is None:
            return None
        if rel in need_pause and _LENGTH_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
            return None  # "préparé en deux ans avant l'entrée en bac pro": a length, then "avant"
        if rel in need_pause and not _ADVERB_AFTER.match(m.string, m.end()):
            det = _DETERMINER_AFTER.match(m.string, m.end()) if det_ok else None
            if det is None:  # "deux ans après sa mort" counts from an event, not a date
                return None
        word = norm(m["n"])
        amount = number_value(word, lex)
        if amount is None and word not in lex.vague_numbers:
            return None
        if amount is None and deictic_sign is not None:
            return None  # "il y a quelques mois": only "quelques mois", a duration
        if amount is not None and (group(m, "half") or group(m, "half2")):
            if unit == "H":  # "deux heures et demie plus tard": 150 minutes from the time told
                unit, amount = "MIN", amount * 60 + 30
            elif unit != "Y":
                return None  # "a week and a half": too fine a half to place a date by
            else:
                unit, amount = "M", amount * 12 + 6  # "il y a un an et demi": 18 months
        count = None if amount is None or amount % 1 else int(amount) * sign
        if deictic_sign is None:  # counted from a date the text gave, never from another offset
            return Spec("rel", "DATE", unit=unit, amount=count, value="offset")
        return Spec("deictic", "DATE", unit=unit, amount=count)

    return build


# "après" as an adverb: a pause, or a word that starts something else ("il a dû renoncer une
# heure après en raison des rafales"), not the event it would count from ("après sa mort")
_ADVERB_AFTER = re.compile(
    r"\s*(?:[,.;:!?)»”]|$)|\s+(?:en|pour|sans|dans|avec|et|mais|puis|quand|lorsque|alors|selon"
    r"|par|faute)\s",
    re.IGNORECASE,
)
# What makes the number of units a length: "en deux ans", "pendant trois mois"
_LENGTH_BEFORE = re.compile(r"(?<![\w'’-])(?:en|pendant|durant)\s+$", re.IGNORECASE)
# the event named after it is the date just given
_DETERMINER_AFTER = re.compile(
    r"\s+(?:le|la|les|l['’]|cette|ce|cet|son|sa|ses|leur|leurs)\s*(?=\w)", re.IGNORECASE
)  # "quatre mois après le séisme", "une semaine après sa sortie"


def night_of(lex: Lexicon) -> Builder:
    """ "la nuit de samedi à dimanche": one TIME, the night of the first day."""

    def build(m: re.Match[str]) -> Spec | None:
        point = Point("pod", None, code="NI")
        if group(m, "mon2"):  # "la nuit de vendredi à samedi 21 avril": the night of the 20th
            month = lex.months.get(norm(m["mon2"]))
            year = int(m["y2"]) if group(m, "y2") else None
            if month is None:
                return None
            try:  # (a leap year stands for an unknown one: the day before 1 March is 29 Feb)
                told = dt.date(year or 2000, month, int(re.sub(r"\D", "", m["d2"]) or 1))
            except ValueError:
                return None
            before = told - dt.timedelta(days=1)
            year = before.year if year is not None else None
            return Spec("abs", "TIME", Point("pod", year, before.month, before.day, code="NI"))
        if group(m, "wd"):
            day = lex.weekdays.get(norm(m["wd"]))
            return None if day is None else Spec("weekday", "TIME", point, weekday=day)
        month = lex.months.get(norm(m["mon"]))
        number = int(re.sub(r"\D", "", m["d"]) or 1)
        year = int(m["y"]) if group(m, "y") else None
        if month is None:
            return None
        return Spec("abs", "TIME", Point("pod", year, month, number, code="NI"))

    return build


def season_after(lex: Lexicon, backward: frozenset[str]) -> Builder:
    """ "the following spring", "le printemps suivant", "l'été d'avant", "the following April",
    "le mois d'avril suivant": the season or month after (or before, a word of ``backward``)
    the last date told, in the story's year or the next (the previous)."""

    def build(m: re.Match[str]) -> Spec | None:
        amount = -1 if norm(m["dir"]) in backward else 1
        if group(m, "mo"):
            month = lex.months.get(norm(m["mo"]))
            point = Point("month", None, month) if month else None
        else:
            code = lex.seasons.get(norm(m["s"]))
            point = Point("season", None, code=code) if code else None
        if point is None:
            return None
        return Spec("rel", "DATE", point, unit="Y", amount=amount)

    return build


def of_relative_year(build: Builder) -> Builder:
    """ "the spring of next year", "à l'automne de l'année dernière": the season (or month) the
    built spec names, of the year counted from today (group ``rdir``); "en avril de l'année
    suivante", "à l'été de la même année" (group ``same``): of the year after the one the story
    is at, of that year."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        spec = build(m)
        word = norm(group(m, "rdir") or group(m, "rdir_an") or "")  # ("de l'an dernier")
        amount = DIRECTIONS.get(word)
        story = 0 if group(m, "same") else ANAPHORIC.get(word)
        if spec is None or spec.point is None or (amount is None and story is None):
            return spec
        point = replace(spec.point, year=None)
        if story is not None:  # "au printemps de l'année suivante": of the year after the story's
            return Spec("rel", "DATE", point, unit="Y", amount=story, mod=spec.mod, value="year")
        return Spec("deictic", "DATE", point, unit="Y", amount=amount, mod=spec.mod)

    return wrapped


def day_of_relative_month(ordinals: dict[str, int]) -> Builder:
    """ "the first of next month", "le 15 du mois dernier": that day of the month counted from
    today (groups ``o``, an ordinal word, or ``d``, digits; ``rdir``, the direction)."""

    def build(m: re.Match[str]) -> Spec | None:
        word = group(m, "o")
        day = ordinals.get(norm(word)) if word else int(re.sub(r"\D", "", m["d"]) or 0)
        amount = DIRECTIONS.get(norm(m["rdir"]))
        if day is None or not 1 <= day <= 31 or amount is None:
            return None
        return Spec("deictic", "DATE", Point("day", None, None, day), unit="M", amount=amount)

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


_ABOUT = ("vers", "around", "about", "aux alentours de", "autour de", "près de")


def clock(
    pods: dict[str, str],
    deictic: dict[str, int],
    numbers: dict[str, int],
    weekdays: dict[str, int] | None = None,
) -> Builder:
    """ "22 h", "21 h 45", "à 9 heures ce matin", "vers midi", "10:30 p.m.", "22 h samedi"."""

    def build(m: re.Match[str]) -> Spec | None:
        hour, minute = _clock_numbers(m, numbers)
        if hour is None or not 0 <= hour <= 24 or not 0 <= minute <= 59:
            return None
        tail = norm(group(m, "ampm") or group(m, "podw") or "")
        if tail and any(tail.endswith(w) for w in AFTERNOON) and hour < 12:
            hour += 12
        if tail in ("am", "a.m.") and hour == 12:
            hour = 0
        hour = hour if (hour, minute) == (24, 0) else hour % 24  # (midnight: T24:00)
        point = Point("time", None, hour=hour, minute=minute)
        pre = norm(group(m, "approx") or group(m, "pre") or "")
        mod = "APPROX" if pre in _ABOUT else None
        day_word = group(m, "dw")
        if day_word:
            offset = deictic.get(norm(day_word))
            return Spec("deictic", "TIME", point, unit="D", amount=offset or 0, mod=mod)
        weekday = group(m, "wd")
        if weekday and weekdays is not None:  # "22 h samedi": one time on that day
            return Spec("weekday", "TIME", point, weekday=weekdays.get(norm(weekday)), mod=mod)
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


def part_of_day(pods: dict[str, str], mods: dict[str, str] | None = None) -> Builder:
    def build(m: re.Match[str]) -> Spec | None:
        code = pods.get(norm(m["pod"]))
        if code is None:
            return None
        mod = (mods or {}).get(norm(group(m, "mod") or ""))
        return Spec("clock", "TIME", Point("pod", None, code=code), mod=mod)

    return build


def set_every(lex: Lexicon, pods: dict[str, str], *, day_part: bool = False) -> Builder:
    """ "chaque année" P1Y, "tous les deux mois" P2M, "tous les jeudis" XXXX-WXX-4, "every other
    week" P2W, "chaque week-end" XXXX-WXX-WE, "chaque mois de juillet" XXXX-07, "every winter"
    XXXX-WI. With ``day_part``, a weekday keeps its part of day, as TimeBank writes it ("every
    Sunday night" XXXX-WXX-7TNI); French annotators keep the day alone ("chaque mercredi
    après-midi" XXXX-WXX-3)."""

    def build(m: re.Match[str]) -> Spec | None:
        word = norm(m["u"])
        count_word = group(m, "n")
        count = number_value(count_word, lex) if count_word else 2.0 if group(m, "other") else 1.0
        vague = count_word is not None and norm(count_word) in lex.vague_numbers
        if count is None and not vague:  # ("every few years": PXY)
            return None
        singular = word.rstrip("s") if word not in lex.units else word
        if singular.replace("-", "") == "weekend":
            return Spec("literal", "SET", value="XXXX-WXX-WE")
        day, _, part = singular.partition(" ")  # "every Sunday night"
        day = day.rstrip("s")
        if day in lex.weekdays:
            pod = pods.get(part.rstrip("s")) if part and day_part else None
            return Spec(
                "literal",
                "SET",
                value=f"XXXX-WXX-{lex.weekdays[day] + 1}" + (f"T{pod}" if pod else ""),
            )
        month = word.split()[-1].split("'")[-1].split("’")[-1]  # "mois de juillet", "mois d'août"
        if month in lex.months:
            return Spec("literal", "SET", value=f"XXXX-{lex.months[month]:02d}")
        season = lex.seasons.get(word) or lex.seasons.get(singular)
        if season:  # "chaque été", "tous les hivers", "every winter"
            return Spec("literal", "SET", value=f"XXXX-{season}")
        if singular in pods:
            return Spec("literal", "SET", value=f"XXXX-XX-XXT{pods[singular]}")
        unit = lex.units.get(word) or lex.units.get(singular)
        if unit is None:
            return None
        return Spec("literal", "SET", value=duration_value(count, unit))

    return build
