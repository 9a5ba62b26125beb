"""Words of time, French and English: months, weekdays, numbers, units, seasons, parts of day.

Every table maps a lower-case written form to its meaning; the pattern builder turns the keys into
regular-expression alternations (longest first), the normaliser looks the matched words up here.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def _number_words_fr() -> dict[str, int]:
    units = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
        "dix-neuf",
    ]  # fmt: skip
    words = {w: i for i, w in enumerate(units)}
    words["une"] = 1
    tens = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
    for word, value in tens.items():
        words[word] = value
        words[f"{word} et un"] = value + 1
        words[f"{word}-et-un"] = value + 1
        for i in range(2, 10):
            words[f"{word}-{units[i]}"] = value + i
    for i in range(10, 20):
        words[f"soixante-{units[i]}"] = 60 + i
    words["soixante et onze"] = 71
    words["quatre-vingts"] = 80
    words["quatre-vingt"] = 80
    for i in range(1, 20):
        words[f"quatre-vingt-{units[i]}"] = 80 + i
    words["cent"] = 100
    return words


def _number_words_en() -> dict[str, int]:
    units = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen",
    ]  # fmt: skip
    words = {w: i for i, w in enumerate(units)}
    words["a"] = 1
    words["an"] = 1
    tens = {
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    }  # fmt: skip
    for word, value in tens.items():
        words[word] = value
        for i in range(1, 10):
            words[f"{word}-{units[i]}"] = value + i
            words[f"{word} {units[i]}"] = value + i
    words["hundred"] = 100
    words["a hundred"] = 100
    words["a couple of"] = 2
    words["couple of"] = 2
    return words


ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_to_int(text: str) -> int | None:
    """``"XIX"`` → 19; ``None`` for anything that is not a Roman numeral."""
    total = 0
    previous = 0
    for char in reversed(text.lower()):
        value = ROMAN.get(char)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total or None


@dataclass(frozen=True)
class Lexicon:
    """The words of one language."""

    lang: str
    months: dict[str, int]
    month_abbrevs: dict[str, int]
    weekdays: dict[str, int]  # Monday = 0
    numbers: dict[str, int]
    vague_numbers: tuple[str, ...]  # "quelques", "plusieurs": a duration with X
    units: dict[str, str]  # word → Y, M, W, D, H, MIN, S, DE (decade), CE (century)
    ordinals: dict[str, int]
    seasons: dict[str, str]  # word → SP, SU, FA, WI
    parts_of_day: dict[str, str]  # word → MO, AF, EV, NI, DT
    sets_adj: dict[str, str] = field(default_factory=dict)  # "quotidien" → P1D


_MONTHS_FR = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
_MONTH_ABBREVS_FR = {
    "janv.": 1, "févr.": 2, "fév.": 2, "avr.": 4, "juil.": 7, "sept.": 9, "oct.": 10,
    "nov.": 11, "déc.": 12,
}  # fmt: skip
_WEEKDAYS_FR = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}
_UNITS_FR = {
    "seconde": "S", "secondes": "S", "minute": "MIN", "minutes": "MIN", "heure": "H",
    "heures": "H", "jour": "D", "jours": "D", "journée": "D", "journées": "D", "semaine": "W",
    "semaines": "W", "mois": "M", "an": "Y", "ans": "Y", "année": "Y", "années": "Y",
    "décennie": "DE", "décennies": "DE", "siècle": "CE", "siècles": "CE", "trimestre": "Q",
    "trimestres": "Q", "semestre": "HY", "semestres": "HY",
}  # fmt: skip
_ORDINALS_FR = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "deuxième": 2, "second": 2, "seconde": 2,
    "troisième": 3, "quatrième": 4, "dernier": -1, "dernière": -1,
}  # fmt: skip

FR = Lexicon(
    lang="fr",
    months=_MONTHS_FR,
    month_abbrevs=_MONTH_ABBREVS_FR,
    weekdays=_WEEKDAYS_FR,
    numbers=_number_words_fr(),
    vague_numbers=("quelques", "plusieurs", "des", "de nombreuses", "de nombreux", "nombreuses"),
    units=_UNITS_FR,
    ordinals=_ORDINALS_FR,
    seasons={"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    parts_of_day={
        "matin": "MO",
        "matinée": "MO",
        "après-midi": "AF",
        "soir": "EV",
        "soirée": "EV",
        "nuit": "NI",
        "journée": "DT",
    },
    sets_adj={
        "quotidien": "P1D",
        "quotidienne": "P1D",
        "quotidiennement": "P1D",
        "hebdomadaire": "P1W",
        "mensuel": "P1M",
        "mensuelle": "P1M",
        "mensuellement": "P1M",
        "annuel": "P1Y",
        "annuelle": "P1Y",
        "annuellement": "P1Y",
    },
)

_MONTHS_EN = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
_MONTH_ABBREVS_EN = {
    "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9,
    "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12, "jan": 1, "feb": 2, "apr": 4, "aug": 8,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_UNITS_EN = {
    "second": "S", "seconds": "S", "minute": "MIN", "minutes": "MIN", "hour": "H",
    "hours": "H", "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M",
    "months": "M", "year": "Y", "years": "Y", "decade": "DE", "decades": "DE", "century": "CE",
    "centuries": "CE", "quarter": "Q", "quarters": "Q",
}  # fmt: skip

EN = Lexicon(
    lang="en",
    months=_MONTHS_EN,
    month_abbrevs=_MONTH_ABBREVS_EN,
    weekdays={
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    },
    numbers=_number_words_en(),
    vague_numbers=("a few", "few", "several", "many", "some"),
    units=_UNITS_EN,
    ordinals={
        "first": 1,
        "1st": 1,
        "second": 2,
        "2nd": 2,
        "third": 3,
        "3rd": 3,
        "fourth": 4,
        "4th": 4,
        "last": -1,
        "final": -1,
    },
    seasons={"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
    parts_of_day={
        "morning": "MO",
        "afternoon": "AF",
        "evening": "EV",
        "night": "NI",
        "tonight": "NI",
    },
    sets_adj={
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "yearly": "P1Y",
        "annually": "P1Y",
        "hourly": "PT1H",
    },
)

LEXICONS = {"fr": FR, "en": EN}


def lexicon_for(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (``"fr-FR"`` → French); French for a language we do not know."""
    return LEXICONS.get(lang.split("-")[0].lower(), FR)
