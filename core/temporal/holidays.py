"""Holidays and days named by their rank in a month: "à la Toussaint", "le lundi de Pâques",
"le troisième samedi d'octobre", "Thanksgiving", "the first Monday of September".

A holiday is a ``Spec`` of kind "abs" whose year is found like any date's without one (the same
sentence, else the document date and the tense); its day is then computed here: a fixed day
("Noël" 25 December), a day counted from Easter ("la Pentecôte", Easter + 49), or the n-th
weekday of a month ("Thanksgiving", the fourth Thursday of November).
"""

from __future__ import annotations

import datetime as dt

# name (lower case, single spaces, straight apostrophe) → (month, day)
FIXED_FR = {
    "noël": (12, 25), "la toussaint": (11, 1), "le jour de l'an": (1, 1), "le nouvel an": (1, 1),
    "la saint-sylvestre": (12, 31), "la saint-valentin": (2, 14), "la chandeleur": (2, 2),
    "la fête de la musique": (6, 21), "le réveillon de noël": (12, 24),
    "la veille de noël": (12, 24), "le 14 juillet": (7, 14), "le 14-juillet": (7, 14),
    "la fête nationale": (7, 14), "l'assomption": (8, 15), "la saint-jean": (6, 24),
    "l'épiphanie": (1, 6), "la fête du travail": (5, 1), "14-juillet": (7, 14),
    "le 8-mai": (5, 8), "8-mai": (5, 8), "le 11-novembre": (11, 11), "11-novembre": (11, 11),
    "le 15-août": (8, 15), "15-août": (8, 15), "le 1er-mai": (5, 1), "1er-mai": (5, 1),
    "halloween": (10, 31),
}  # fmt: skip
FIXED_EN = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
    "the fourth of july": (7, 4), "fourth of july": (7, 4), "inauguration day": (1, 20),
}  # fmt: skip
# Days history named once and for all ("since Black Monday": the crash of 19 October 1987)
NAMED_DAYS_EN = {
    "black monday": "1987-10-19", "black tuesday": "1929-10-29", "black thursday": "1929-10-24",
    "d-day": "1944-06-06", "v-e day": "1945-05-08", "ve day": "1945-05-08",
    "v-j day": "1945-08-15", "pearl harbor day": "1941-12-07",
}  # fmt: skip
# name → days after Easter Sunday
EASTER_FR = {
    "pâques": 0, "le dimanche de pâques": 0, "le lundi de pâques": 1, "le vendredi saint": -2,
    "l'ascension": 39, "la pentecôte": 49, "le lundi de pentecôte": 50, "mardi gras": -47,
    "le mardi gras": -47, "le mercredi des cendres": -46, "le jeudi de l'ascension": 39,
    # after "au", "du" ("jusqu'au lundi de Pâques"): the day without its article
    "lundi de pâques": 1, "dimanche de pâques": 0, "lundi de pentecôte": 50,
    "jeudi de l'ascension": 39, "vendredi saint": -2,
}  # fmt: skip
EASTER_EN = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}
# name → (month, rank of the weekday in the month, weekday Monday=0[, the day of the month the
# count starts from]); rank -1 is the last. The United States vote on "the Tuesday after the first
# Monday in November": the first Tuesday from 2 November.
NTH_EN = {
    "thanksgiving": (11, 4, 3), "thanksgiving day": (11, 4, 3), "labor day": (9, 1, 0),
    "memorial day": (5, -1, 0), "martin luther king day": (1, 3, 0),
    "presidents day": (2, 3, 0), "presidents' day": (2, 3, 0), "election day": (11, 1, 1, 2),
    "mother's day": (5, 2, 6), "father's day": (6, 3, 6), "black friday": (11, 1, 4, 23),
    "columbus day": (10, 2, 0),
}  # fmt: skip
NTH_FR = {"la fête des mères": (5, -1, 6), "la fête des pères": (6, 3, 6)}


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (Gregorian calendar; the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(
    year: int, month: int, rank: int, weekday: int, from_day: int = 1
) -> dt.date | None:
    """The ``rank``-th ``weekday`` of ``month`` counted from its day ``from_day`` (rank -1: the
    last one); None when there is none."""
    if rank < 0:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, from_day)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (rank - 1))
    return day if day.month == month else None
