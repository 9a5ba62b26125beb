"""A TIMEX3 value as a reader would say it: ``2015-05`` → "mai 2015", START 2018 → "début 2018"."""

from __future__ import annotations

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


def say_date(value: str, mod: str | None = None, lang: str = "fr") -> str:
    """The value in words; a value this module cannot read is returned as it is."""
    lang = "en" if lang.startswith("en") else "fr"
    if value in _REFS[lang]:
        return _REFS[lang][value]
    point = parse_value(value)
    if point is None:
        return value
    words = _say(point, lang)
    template = _MODS[lang].get(mod or "")
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
