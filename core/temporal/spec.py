"""What a matched phrase means before it is resolved, and the helpers the rule tables share."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from core.alternation import one_of
from core.model import TimexType
from core.temporal.calendar import Point
from core.temporal.lexicon import Lexicon

# How a phrase is resolved (see resolve.py):
#   abs      a calendar point; ``point.year`` None when the year is left to the context
#   deictic  ``amount`` ``unit``s from the document date ("hier": D -1, "l'an prochain": Y +1)
#   weekday  a day of the week near the document date (``direction`` -1, 0, +1 or None)
#   rel      ``amount`` ``unit``s from the previous date ("2 mois plus tard": M +2)
#   same     the previous date itself, when it is close ("à ce moment-là")
#   clock    a time of day on the current day (``point`` holds hour/minute or a part of day)
#   literal  a value as it is (durations, sets, PRESENT_REF…)
Kind = Literal["abs", "deictic", "weekday", "rel", "same", "clock", "literal"]


@dataclass(frozen=True, slots=True)
class Spec:
    kind: Kind
    type: TimexType
    point: Point | None = None
    unit: str | None = None
    amount: int | None = None
    weekday: int | None = None
    direction: int | None = None
    value: str | None = None
    mod: str | None = None
    # "a year earlier" after "the third quarter": the period just reported, a year before;
    # "named" when the phrase names it ("a year-earlier quarter": the last quarter given)
    same_period: Literal["near", "named"] | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    spec: Spec


# A season of sport ("last season", "la saison dernière"): its year, which anchors nothing (it
# runs across two years: "La saison dernière, le club était descendu au printemps")
SPORTS_SEASON = "sports_season"

Builder = Callable[[re.Match[str]], Spec | None]
ModTable = Mapping[str, str | None]  # modifier words → START, END, APPROX…


@dataclass(frozen=True, slots=True)
class Rule:
    """A family of phrases. ``keys``: words one of which every match contains ("#month" stands
    for every month name, "#digit" for a number…); the tagger runs the rule only near them."""

    name: str
    regex: re.Pattern[str]
    build: Builder
    keys: frozenset[str] = frozenset()


def alt(words: Iterable[str]) -> str:
    """A non-capturing group matching any of ``words`` (the longer first where one starts
    another), spaces matching any blank, a straight apostrophe either one
    (``core.alternation``)."""
    return one_of(words, apostrophe="['’]")


def compile_rule(name: str, pattern: str, build: Builder, *, case: bool = False) -> Rule:
    flags = 0 if case else re.IGNORECASE
    return Rule(name, re.compile(pattern, flags), build)


def norm(word: str) -> str:
    """Lower case, single spaces, straight apostrophes: the key form of the lexicon tables."""
    return re.sub(r"\s+", " ", word.lower().replace("’", "'")).strip()


def number_value(word: str, lex: Lexicon) -> float | None:
    """``"6"`` → 6, ``"30,4"`` → 30.4, ``"dix-huit"`` → 18, ``"1 500"`` → 1500; None for a
    vague quantity."""
    key = norm(word)
    if re.fullmatch(r"\d{1,3}(?: \d{3})+", key):  # "1 500"
        key = key.replace(" ", "")
    if re.fullmatch(r"\d+(?:[.,]\d+)?", key):
        return float(key.replace(",", "."))
    found = lex.numbers.get(key)
    return float(found) if found is not None else None


def duration_value(amount: float | None, unit: str) -> str:
    """``P6M``, ``PT30.4S``, ``PXY`` (``amount`` None: "plusieurs années"); an unknown number
    of centuries, decades or quarters keeps its unit (``PXC``, ``PXE``, ``PXQ``: TimeML's
    letters), which no number of years or months can say."""
    if amount is None and unit in ("CE", "DE", "Q"):
        return f"PX{unit[0] if unit == 'Q' else {'CE': 'C', 'DE': 'E'}[unit]}"
    if unit == "CE":
        amount, unit = (None if amount is None else amount * 100), "Y"
    elif unit == "DE":
        amount, unit = (None if amount is None else amount * 10), "Y"
    elif unit == "Q":
        amount, unit = (None if amount is None else amount * 3), "M"
    elif unit == "HY":
        amount, unit = (None if amount is None else amount * 6), "M"
    text = "X" if amount is None else (f"{amount:g}" if amount % 1 else str(int(amount)))
    letter = {"MIN": "M"}.get(unit, unit)
    clock = "T" if unit in ("H", "MIN", "S") else ""
    return f"P{clock}{text}{letter}"


MOD_WORDS_FR = {
    "au début de": "START", "au début d'": "START", "début": "START", "en début de": "START",
    "dès le début de": "START", "début de": "START", "courant": None,
    "à la fin de": "END", "à la fin d'": "END", "fin": "END", "en fin de": "END",
    "fin de": "END", "à la mi-": "MID", "mi-": "MID", "au milieu de": "MID",
    "à la fin du": "END", "au début du": "START", "au milieu du": "MID", "la fin du": "END",
    "le début du": "START", "la fin de": "END", "la fin d'": "END", "le début de": "START",
    "le début d'": "START",
    "vers": "APPROX", "aux alentours de": "APPROX", "autour de": "APPROX", "environ": "APPROX",
    "près de": "APPROX",
    "avant": "BEFORE", "après": "AFTER", "au plus tard": "BEFORE",
}  # fmt: skip
MOD_WORDS_EN = {
    "early": "START", "the beginning of": "START", "the start of": "START", "the end of": "END",
    "late": "END", "mid-": "MID", "late-": "END", "early-": "START", "mid": "MID",
    "the middle of": "MID", "around": "APPROX",
    "about": "APPROX", "circa": "APPROX", "before": "BEFORE", "after": "AFTER",
    "the early": "START", "the late": "END", "earlier": None, "later": None,
}  # fmt: skip
DURATION_MODS = {
    "plus de": "MORE_THAN", "plus d'": "MORE_THAN", "moins de": "LESS_THAN",
    "moins d'": "LESS_THAN", "environ": "APPROX", "près de": "APPROX", "près d'": "APPROX",
    "au moins": "EQUAL_OR_MORE", "presque": "LESS_THAN", "quelque": "APPROX",
    "more than": "MORE_THAN", "less than": "LESS_THAN", "about": "APPROX", "around": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "at least": "EQUAL_OR_MORE",
    "over": "MORE_THAN", "under": "LESS_THAN", "some": "APPROX", "approximately": "APPROX",
    "roughly": "APPROX", "up to": "EQUAL_OR_LESS", "a little more than": "MORE_THAN",
    "a little over": "MORE_THAN", "just over": "MORE_THAN", "just under": "LESS_THAN",
    "no more than": "EQUAL_OR_LESS", "perhaps": "APPROX",
}  # fmt: skip


def mod_of(word: str | None, table: ModTable) -> str | None:
    if not word:
        return None
    return table.get(norm(word))


def group(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None
