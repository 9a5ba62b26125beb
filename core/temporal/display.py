"""A TIMEX3 value as a reader would say it: ``2015-05`` → "mai 2015", START 2018 → "début 2018"."""

from __future__ import annotations

import re

from core.temporal.calendar import Point, parse_value

_MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
}  # fmt: skip
_SEASONS = {
    "fr": {"SP": "printemps", "SU": "été", "FA": "automne", "WI": "hiver"},
    "en": {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"},
}
_PODS = {
    "fr": {"MO": "matin", "AF": "après-midi", "EV": "soir", "NI": "nuit", "DT": "journée"},
    "en": {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"},
}
_WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_ANY_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI|DT))?$")
_MODS = {
    "fr": {
        "START": "début {}", "MID": "mi-{}", "END": "fin {}", "APPROX": "vers {}",
        "BEFORE": "avant {}", "AFTER": "après {}",
    },
    "en": {
        "START": "early {}", "MID": "mid-{}", "END": "late {}", "APPROX": "around {}",
        "BEFORE": "before {}", "AFTER": "after {}",
    },
}  # fmt: skip


_REFS = {
    "fr": {"PRESENT_REF": "maintenant", "PAST_REF": "autrefois", "FUTURE_REF": "à l'avenir"},
    "en": {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"},
}


_UNITS = {  # singular, plural
    "fr": {
        "Y": ("an", "ans"), "M": ("mois", "mois"), "W": ("semaine", "semaines"),
        "D": ("jour", "jours"), "WE": ("week-end", "week-ends"), "DE": ("décennie", "décennies"),
        "CE": ("siècle", "siècles"), "Q": ("trimestre", "trimestres"),
        "E": ("décennie", "décennies"), "C": ("siècle", "siècles"),
        "TH": ("heure", "heures"), "TM": ("minute", "minutes"), "TS": ("seconde", "secondes"),
    },
    "en": {
        "Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"),
        "D": ("day", "days"), "WE": ("weekend", "weekends"), "DE": ("decade", "decades"),
        "CE": ("century", "centuries"), "Q": ("quarter", "quarters"),
        "E": ("decade", "decades"), "C": ("century", "centuries"),
        "TH": ("hour", "hours"), "TM": ("minute", "minutes"), "TS": ("second", "seconds"),
    },
}  # fmt: skip
_SEVERAL = {"fr": "plusieurs", "en": "several"}
_AND = {"fr": "et", "en": "and"}
_DURATION_MODS = {
    "fr": {
        "LESS_THAN": "moins de {}", "MORE_THAN": "plus de {}", "APPROX": "environ {}",
        "EQUAL_OR_LESS": "au plus {}", "EQUAL_OR_MORE": "au moins {}",
    },
    "en": {
        "LESS_THAN": "less than {}", "MORE_THAN": "more than {}", "APPROX": "about {}",
        "EQUAL_OR_LESS": "at most {}", "EQUAL_OR_MORE": "at least {}",
    },
}  # fmt: skip
_DURATION = re.compile(
    r"^P(?:(?P<date>(?:[\dX.]+(?:WE|DE|CE|[YMWDQEC]))+))?(?:T(?P<time>(?:[\dX.]+[HMS])+))?$"
)
_PART = re.compile(r"([\dX.]+)(WE|DE|CE|[YMWDQECHS])")


def say_duration(value: str, mod: str | None = None, lang: str = "fr") -> str | None:
    """A TIMEX3 duration in words: ``P39Y`` → "39 ans", ``PXM`` → "plusieurs mois", ``PT40M``
    → "40 minutes"; None when ``value`` is not a duration."""
    lang = "en" if lang.startswith("en") else "fr"
    found = _DURATION.match(value)
    if found is None or value == "P":
        return None
    parts = [(n, u) for n, u in _PART.findall(found["date"] or "")]
    parts += [(n, "T" + u) for n, u in _PART.findall(found["time"] or "")]
    if not parts:
        return None
    words = [_amount(number, unit, lang) for number, unit in parts]
    said = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {_AND[lang]} {words[-1]}"
    template = _DURATION_MODS[lang].get(mod or "")
    return template.format(said) if template else said


def _amount(number: str, unit: str, lang: str) -> str:
    one, many = _UNITS[lang][unit]
    if "X" in number:
        return f"{_SEVERAL[lang]} {many}"
    amount = float(number)
    shown = f"{amount:g}".replace(".", ",") if lang == "fr" else f"{amount:g}"
    singular = amount < 2 if lang == "fr" else amount == 1  # « 1,5 an », "1.5 years"
    return f"{shown} {one if singular else many}"


def say_date(value: str, mod: str | None = None, lang: str = "fr") -> str:
    """The value in words (a date, a duration or a reference to the present, past or future); a
    value this module cannot read is returned as it is."""
    lang = "en" if lang.startswith("en") else "fr"
    if value in _REFS[lang]:
        return _REFS[lang][value]
    duration = say_duration(value, mod, lang)
    if duration is not None:
        return duration
    point = parse_value(value)
    if point is None:
        weekday = _ANY_WEEKDAY.match(value)  # "XXXX-WXX-2": a Tuesday (of a set: every Tuesday)
        if value == "XXXX-WXX-WE":  # a weekend, any (of a set: every weekend)
            return "week-end" if lang == "fr" else "weekend"
        if weekday is None:
            return value
        words = _WEEKDAYS[lang][int(weekday[1]) - 1]
        pod = _PODS[lang].get(weekday[2] or "")
        return f"{words} ({pod})" if pod else words
    words = _say(point, lang)
    template = _MODS[lang].get(mod or "")
    if template and lang == "en" and mod in ("START", "MID", "END") and words.startswith("the "):
        return "the " + template.format(words[4:])  # "the late 1970s", not "late the 1970s"
    return template.format(words) if template else words


def _say(p: Point, lang: str) -> str:
    year = str(p.year)
    if p.gran == "century":
        century = (p.year or 0) // 100 + 1
        return (
            f"{_roman(century)}e siècle" if lang == "fr" else f"the {_ordinal_en(century)} century"
        )
    if p.gran == "decade":
        return f"les années {year}" if lang == "fr" else f"the {year}s"
    if p.gran == "year":
        return year
    if p.gran == "season":
        return f"{_SEASONS[lang].get(p.code or '', '?')} {year}"
    if p.gran in ("quarter", "half"):
        number = (p.code or "?1")[1:]
        if lang == "fr":
            kind = "trimestre" if p.gran == "quarter" else "semestre"
            return f"{number}{'er' if number == '1' else 'e'} {kind} {year}"
        return f"{p.code} {year}"
    if p.gran in ("week", "weekend"):
        label = (
            ("week-end de la semaine" if p.gran == "weekend" else "semaine")
            if lang == "fr"
            else ("weekend of week" if p.gran == "weekend" else "week")
        )
        return f"{label} {p.week} {'de' if lang == 'fr' else 'of'} {year}"
    month = _MONTHS[lang][(p.month or 1) - 1]
    if p.gran == "month":
        return f"{month} {year}"
    day = p.day or 1
    if lang == "fr":
        text = f"{'1er' if day == 1 else day} {month} {year}"
    else:
        text = f"{day} {month} {year}"
    if p.gran == "pod":
        return f"{text} ({_PODS[lang].get(p.code or '', p.code)})"
    if p.gran == "time":
        clock = f"{p.hour:02d}:{p.minute or 0:02d}"
        return f"{text} {'à' if lang == 'fr' else 'at'} {clock}"
    return text


def _roman(number: int) -> str:
    table = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = []
    for value, letters in table:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _ordinal_en(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"
