"""French rules: one regular expression per family of phrases, compiled once.

Group ``t`` is the span of the expression (prepositions such as "en", "à", "depuis" stay outside
it, as in TimeML); the other groups feed the builders of ``builders.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.temporal import builders as b
from core.temporal import builders_relative as br
from core.temporal.calendar import Point
from core.temporal.holidays import EASTER_FR, FIXED_FR, NTH_FR
from core.temporal.lexicon import FR
from core.temporal.spec import (
    MOD_WORDS_FR,
    SPORTS_SEASON,
    Builder,
    Rule,
    Spec,
    alt,
    compile_rule,
    duration_value,
    group,
    norm,
)

L = FR
B = r"(?<![\w/.-])"  # not inside a word or a number
E = r"(?![\w])"
APO = "['’]"
MONTH = alt(L.months)
ABBR = alt(L.month_abbrevs)
WEEKDAY = alt(L.weekdays)
DAY = r"(?:1er|1re|premier|[12]\d|3[01]|0?[1-9])"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
# A season's year in two digits reads as one before anything but a count ("l'été 76 reste…")
SEASON_YEAR2 = (
    rf"{APO}?\d\d(?![\d%]|[,.]\d|\s*(?:%|°|[a-zà-ÿ]+s\b(?<!\bsous\b)(?<!\bdans\b)"
    rf"(?<!\bpuis\b)(?<!\bplus\b)(?<!\bpas\b)))"
)
# A year in two digits after a month or a season ("janvier 90", "mai 68", "l'hiver 95"), before
# a pause or a word that cannot be counted ("en mai 68 puis", not "en mai 12 candidats")
YEAR2 = (
    rf"(?:{APO}?\d\d(?=\s*(?:[,.;:)!?\n]|$|(?:et|à|au|ou|puis|quand|lorsque|alors|avec|où|pour"
    rf"|dans|sur|par|chez|il|elle|ils|elles|on|qui|que|qu{APO}|le|la|les|l{APO}|un|une)(?!\w))))"
)
# "1 500 heures": thousands grouped by a space (or a no-break space), as French writes them
NUMBER = (
    rf"(?:(?<!\d[ \u00a0\u202f])\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d,])|\d+(?:,\d+)?"
    rf"|{alt(L.numbers)}|{alt(L.vague_numbers)})"
)
UNIT = alt(L.units)
PODS = dict(L.parts_of_day, midi="DT", aube="MO")

_SPACED = {k: v for k, v in MOD_WORDS_FR.items() if not k.endswith(("-", "'"))}
_SPACED.update({"la fin de": "END", "le début de": "START", "la mi-": "MID"})
_GLUED = {k: v for k, v in MOD_WORDS_FR.items() if k.endswith(("-", "'"))}
_GLUED.update({"la fin d'": "END", "le début d'": "START", "la mi-": "MID", "à la mi-": "MID"})
MODS = {**_SPACED, **_GLUED}
MODP = rf"(?:(?P<mod>{alt(k for k in _SPACED if k != 'la mi-')})\s+|(?P<modg>{alt(_GLUED)})\s*)?"
# "les mois d'été" is a time of year; "les Jeux d'hiver", "des vêtements d'été" are not.
SEASON_OF = (
    "(?:" + "|".join(f"(?<={w} )" for w in ("mois", "saison", "période", "milieu", "cœur")) + ")"
)
# Adverbs and "annuel": "quotidien", "mensuel", "hebdomadaire" name newspapers too often.
SET_WORDS = alt(k for k in L.sets_adj if k.endswith(("ment", "annuel", "annuelle")))
DIRW = r"(?P<dir>derni(?:er|ère)s?|prochain(?:e|s|es)?|pass(?:é|ée))"
# "(au printemps) de l'année dernière / suivante / d'avant / de la même année": of a year
# counted from today or from the story's
OF_YEAR = (
    rf"de\s+(?:l{APO}année\s+(?P<rdir>dernière|prochaine|passée|suivante|précédente"
    rf"|d{APO}après|d{APO}avant)|l{APO}an\s+(?P<rdir_an>dernier|prochain|passé|suivant"
    rf"|précédent)|(?P<same>la\s+même\s+année|cette\s+(?:même\s+année|année-là))"
    rf"){E}"
)
# A list of days before its month: "les 3, 6 et 8 septembre" (each day is a date of its own).
LIST_REST = (
    rf"(?:\s*,\s*{DAY}(?!\d))*\s*(?:,|et|ou)\s+{DAY}\s+(?P<lmon>{MONTH}){E}"
    rf"(?:\s+(?P<ly>{YEAR}){E})?"
)
POD_WORDS = r"(?P<pod>soir(?:ée)?s?|matin(?:ée)?s?|nuits?|après-midi)"
# The part of day a listed day takes from the head of its list: "aux soirs des 3, 6 et 8 septembre".
LIST_HEAD = re.compile(rf"{POD_WORDS}\s+(?:du|des)\s+(?:{DAY}\s*(?:,|et|ou)\s*)+$", re.IGNORECASE)

FOLLOW_OK = frozenset(
    [
        "et",
        "ou",
        "à",
        "au",
        "aux",
        "en",
        "où",
        "lors",
        "puis",
        "pour",
        "par",
        "avec",
        "dans",
        "sur",
        "qui",
        "que",
        "qu",
        "quand",
        "alors",
        "avant",
        "après",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "ce",
        "cet",
        "cette",
        "ces",
        "se",
        "s",
        "d",
        "de",
        "des",
        "du",
        "je",
        "nous",
        "vous",
        "a",
        "ont",
        "est",
        "sont",
        "était",
        "étaient",
        "fut",
        "furent",
        "sera",
        "seront",
        "avait",
        "avaient",
        "contre",
        "entre",
        "chez",
        "selon",
        "jusqu",
        "depuis",
        "dès",
        "mais",
        "car",
        "donc",
        "ni",
        "lorsque",
        "tandis",
        "comme",
        "sans",
        "sous",
        "vers",
        "soit",
        "ne",
        "n",
        "y",
    ]
)
DAY_OFFSETS = {
    "avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2, "ce": 0,
}  # fmt: skip
FIXED_RELATIVE = {
    "la veille": ("D", -1), "l'avant-veille": ("D", -2), "le lendemain": ("D", 1),
    "le surlendemain": ("D", 2), "le jour même": ("D", 0), "le même jour": ("D", 0),
    "ce jour-là": ("D", 0), "ce même jour": ("D", 0), "la même année": ("Y", 0),
    "le même mois": ("M", 0), "ce mois-là": ("M", 0), "le matin même": ("D", 0),
    "le soir même": ("D", 0), "ce jour là": ("D", 0), "ce mois là": ("M", 0),
    "cette journée": ("D", 0), "cette même journée": ("D", 0), "lendemain": ("D", 1),
    "la même semaine": ("W", 0), "cette même semaine": ("W", 0), "ce même mois": ("M", 0),
    "cette même année": ("Y", 0), "la nuit précédente": ("D", -1), "la nuit suivante": ("D", 0),
}  # fmt: skip
# "le Père Noël", "le marché de Noël", "le sapin de Noël": the feast names a figure or a
# thing, not the day (a lookbehind of fixed width for each word and form).
NOT_THE_DAY = "".join(
    rf"(?<!\b{w}\s)" if w in ("[Pp]ère", "[Pp]apa") else rf"(?<!\b{w}\sde\s)(?<!\b{w}s\sde\s)"
    for w in (
        "[Pp]ère",
        "[Pp]apa",
        "marché",
        "sapin",
        "arbre",
        "chant",
        "conte",
        "cadeau",
        "boule",
        "décoration",
        "illumination",
        "crèche",
        "bûche",
        "carte",
        "calendrier",
        "vitrine",
        "village",
        "film",
        "téléfilm",
        "pull",
        # a church, a school or a street named after the feast: "l'église de l'Assomption"
        "église",
        "chapelle",
        "paroisse",
        "basilique",
        "cathédrale",
        "collège",
        "lycée",
        "école",
        "rue",
        "place",
    )
)
TENS = {
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90,
}  # fmt: skip
REFS = {
    "actuellement": "PRESENT_REF", "maintenant": "PRESENT_REF", "désormais": "PRESENT_REF",
    "à présent": "PRESENT_REF", "de nos jours": "PRESENT_REF", "dorénavant": "PRESENT_REF",
    "autrefois": "PAST_REF", "jadis": "PAST_REF", "auparavant": "PAST_REF",
    "naguère": "PAST_REF", "récemment": "PAST_REF", "à l'avenir": "FUTURE_REF",
    "prochainement": "FUTURE_REF", "bientôt": "FUTURE_REF", "en ce moment": "PRESENT_REF",
    "ces jours-ci": "PRESENT_REF", "ces temps-ci": "PRESENT_REF",
    "il y a longtemps": "PAST_REF", "voilà longtemps": "PAST_REF",
}  # fmt: skip
# Vague references from an adjective before its noun ("la prochaine réunion", "le futur stade",
# "l'actuel maire", "le précédent mandat") or a noun ("préparer l'avenir", "pour l'heure").
VAGUE_BEFORE = {
    **dict.fromkeys(("prochain", "prochaine", "prochains", "prochaines"), "FUTURE_REF"),
    **dict.fromkeys(("futur", "future", "futurs", "futures"), "FUTURE_REF"),
    **dict.fromkeys(("actuel", "actuelle", "actuels", "actuelles"), "PRESENT_REF"),
    **dict.fromkeys(("précédent", "précédente", "précédents", "précédentes"), "PAST_REF"),
}
VAGUE_NOUNS = {
    "l'avenir": "FUTURE_REF", "l'heure actuelle": "PRESENT_REF", "l'heure": "PRESENT_REF",
    "l'instant": "PRESENT_REF",
    "l'époque actuelle": "PRESENT_REF", "la période actuelle": "PRESENT_REF",
}  # fmt: skip
# Periods named by a noun: their century (TimeML has no value for a span of years).
PERIODS = {"l'entre-deux-guerres": "19XX", "la belle époque": "18XX", "l'après-guerre": None}
SIGNS = {"plus tard": 1, "après": 1, "plus tôt": -1, "auparavant": -1, "avant": -1}
FIXED_DURATIONS = {
    "un quart de siècle": "P25Y", "un demi-siècle": "P50Y", "une demi-heure": "PT30M",
    "un quart d'heure": "PT15M", "trois quarts d'heure": "PT45M", "une demi-journée": "PT12H",
    "un an et demi": "P18M", "une heure et demie": "PT90M", "quinquennat": "P5Y",
    "septennat": "P7Y", "une décennie": "P10Y", "un siècle": "P100Y", "toute l'année": "P1Y",
}  # fmt: skip


def _minutes_of(fraction: str) -> int:
    """ "une demi-heure" 30, "un quart d'heure" 15, "trois quarts d'heure" 45."""
    if "demi" in fraction:
        return 30
    return 45 if fraction.startswith("trois") else 15


def _rules() -> list[Rule]:
    r = compile_rule
    return [
        r(
            "iso",
            rf"{B}(?P<t>(?:le\s+)?(?P<y>\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d)){E}",
            b.iso_date,
        ),
        r(
            "numeric",
            rf"{B}(?P<t>(?:le\s+)?(?P<d>[0-3]?\d)([/.-])(?P<m>[01]?\d)\3(?P<y>\d{{4}}|\d\d))(?![\w/.-]\d)",
            b.numeric_date(month_first=False),
        ),
        r(
            "pod_of_date",
            rf"{B}(?P<t>(?:(?:le|la|au|aux|les)\s+)?{POD_WORDS}\s+(?:du|des)\s+(?P<d>{DAY})(?!\d)"
            rf"(?:\s+(?P<mon>{MONTH}){E}(?:\s+(?P<y>{YEAR}){E})?)?)(?(mon)|(?={LIST_REST}))",
            _listed_day,
        ),
        r(
            "listed_day",
            rf"{B}(?P<t>(?P<d>{DAY}))(?!\d)(?={LIST_REST})",
            _listed_day,
        ),
        r(
            "listed_last",
            rf"(?:,|\bet|\bou)\s+(?P<t>(?P<d>{DAY})\s+(?P<mon>{MONTH}){E}(?:\s+(?P<y>{YEAR}){E})?)",
            _listed_day,
        ),
        r(
            "written",
            # ("prendre fin le 19 août": "fin le" is no edge of the day)
            rf"{B}(?P<t>(?!(?:fin|début|courant)\s+le\s){MODP}(?:le\s+)?"
            rf"(?:(?P<wd>{WEEKDAY})\s+)?(?P<d>{DAY})\s+"
            rf"(?:(?P<mon>{MONTH}){E}|(?P<mon2>{ABBR}))"
            rf"(?:\s+(?P<y>{YEAR}){E}|\s+(?P<y2>{YEAR2}))?(?:\s+{DIRW}{E}|\s+{OF_YEAR})?"
            r"(?:\s+au\s+(?P<aupod>soir|matin)\b)?)",  # "le samedi 4 avril au soir"
            # ("le 11 septembre de la même année": of the story's year)
            _at_part_of_day(br.of_relative_year(b.written_date(L, MODS))),
        ),
        r(
            "paired_day",
            rf"{B}(?P<t>(?:les\s+|du\s+|entre\s+le\s+)?(?P<d>{DAY}))\s+(?:et|ou|au|à)\s+(?:le\s+)?{DAY}\s+"
            rf"(?P<mon>{MONTH}){E}(?:\s+(?P<y>{YEAR}){E})?(?:\s+{DIRW}{E})?",
            b.written_date(L, MODS),
        ),
        r(
            "month_year",
            rf"{B}(?P<t>{MODP}(?:(?:le\s+|au\s+|du\s+)?(?P<of>mois)\s+d(?:e\s+|{APO}\s*))?"
            rf"(?P<mon>{MONTH}){E}\s+(?:de\s+l{APO}année\s+)?(?:(?P<y>{YEAR}){E}|(?P<y2>{YEAR2})))",
            b.month_year(L, MODS, need_context=False),
        ),
        r(
            "month",
            rf"{B}(?:(?P<pre>en|dès|depuis|jusqu{APO}en|jusqu{APO}à|courant|pour|entre|et|ou|avant|"
            rf"après|à|vers|d{APO}ici(?:\s+(?:à|au))?)\s+"
            rf"|(?P<pred>d{APO}|de\s+)\s*)?"
            rf"(?P<t>{MODP}(?:(?:le\s+|au\s+|du\s+)?(?P<of>mois)\s+d(?:e\s+|{APO}\s*))?"
            rf"(?P<mon>{MONTH}){E}(?:\s+{DIRW}{E}|\s+{OF_YEAR})?)",
            br.of_relative_year(b.month_year(L, MODS, need_context=True)),
        ),
        r(  # "Juillet a été gris", "Septembre s'annonce bon": a month opening its sentence
            # as the subject of a verb (not "Mars", the planet as often)
            "month_subject",
            rf"(?:^|(?<=[.!?…»–—]\s)|(?<=«\s)|(?<=«))(?P<t>(?!Mars\b)(?=(?-i:[A-ZÉ]))"
            rf"(?P<mon>{MONTH})){E}"
            r"(?=\s+(?:a\s+été|a\s+vu|est|était|fut|sera|reste|restera|commence|s['’]annonce"
            r"|s['’]achève|s['’]est|marque|a\s+marqué)\b)",
            b.month_year(L, MODS, need_context=False),
        ),
        r(  # "janvier, février et mars": each month after another of a list (read from a
            # look-ahead at the one before, so that every one of a list is found)
            "month_listed",
            rf"{B}(?={MONTH}{E}(?P<pre>\s*,\s*|\s+(?:et|ou)\s+)(?P<t>(?P<mon>{MONTH})){E})",
            b.month_year(L, MODS, need_context=True),
        ),
        r(
            "year",
            rf"(?:(?<![\w.-])|(?<=\d{{4}}[-–]))"
            rf"(?:(?P<pre>en|depuis|dès|jusqu{APO}en|à\s+partir\s+de|pour|entre|et|de|d{APO}ici)\s+)?"
            rf"(?P<t>{MODP}(?:(?P<det>l{APO}an(?:née)?|en\s+l{APO}an|l{APO}exercice)\s+)?(?P<y>{YEAR})){E}",
            b.year(L, MODS, FOLLOW_OK),
        ),
        r(
            "year2",
            rf"{B}(?P<pre>en|depuis|dès|jusqu{APO}en)\s+(?P<t>{APO}?(?P<yy>\d\d))(?![\w,.:/-]*\d|[\w%€$])",
            b.two_digit_year(L, FOLLOW_OK),
        ),
        r(
            "holiday",
            rf"{B}{NOT_THE_DAY}(?P<t>(?P<we>(?:le\s+)?week-?end\s+(?:de\s+|du\s+|d{APO}))?"
            rf"(?P<h>{alt([*FIXED_FR, *EASTER_FR, *NTH_FR])})"  # ("le week-end du 15-Août")
            rf"(?:\s+(?P<dir>derni(?:er|ère)|prochaine?)|\s+(?P<y>{YEAR}))?)(?![\w-])",
            _capital_feast(b.holiday(FIXED_FR, EASTER_FR, NTH_FR, group="h")),
        ),
        r(
            "nth_week",  # "la première semaine d'août", "la dernière semaine de juin"
            rf"{B}(?P<t>la\s+(?P<o>première|deuxième|seconde|troisième|quatrième|dernière)\s+"
            rf"semaine\s+(?:de\s+|d{APO})\s*(?P<mon>{MONTH})(?:\s+(?P<y>{YEAR}))?){E}",
            b.nth_week_of(L, {**RANKS, "première": 1, "seconde": 2, "dernière": -1}),
        ),
        r(
            "nth_weekday",
            # ("fixée au deuxième dimanche d'octobre": "au", "du" stay out)
            rf"{B}(?P<t>(?:le\s+|(?<=\bau\s)|(?<=\bdu\s))(?P<o>{alt(RANKS)})\s+"
            rf"(?P<wd>{WEEKDAY})\s+(?:de\s+|d{APO})\s*"
            rf"(?P<mon>{MONTH})(?:\s+(?P<y>{YEAR}))?){E}",
            b.nth_weekday_of(L, RANKS),
        ),
        r(
            "decade",
            rf"{B}(?P<t>{MODP}(?:les\s+|des\s+|aux\s+)?années\s+"
            rf"(?P<y>(?:1[0-9]|20)?\d0|{APO}\d0|{alt(TENS)})){E}",
            b.decade(TENS, MODS),
        ),
        r(
            "century",
            rf"{B}(?P<t>{MODP}(?:le\s+|au\s+|du\s+)?(?P<c>[XVI]{{1,5}}|\d{{1,2}}|{alt(L.ordinals)})"
            rf"(?:e|è|ème|eme|ᵉ|er)?\s+siècle){E}",  # "le Ier siècle"
            b.century(L, MODS),
        ),
        r(
            "century_deictic",
            rf"{B}(?P<t>{MODP}(?:le|au|du)\s+(?P<u>siècle)\s+(?P<dir>dernier|prochain|passé)){E}",
            br.last_next_unit(L, MODS),
        ),
        r(
            "season",
            rf"{B}(?:(?P<pre>en|au|pendant|durant|depuis|dès|tout|à\s+partir\s+du|jusqu{APO}au)\s+"
            rf"|{SEASON_OF}(?P<pred>d{APO})\s*)?"
            rf"(?P<t>{MODP}(?:(?P<det>cet|ce|l{APO}|le)\s*)?(?P<s>{alt(L.seasons)}){E}"
            rf"(?:\s+(?:de\s+l{APO}année\s+)?(?P<y>{YEAR}){E}|\s+{DIRW}{E}|\s+(?P<y2>{SEASON_YEAR2})"
            rf"|\s+{OF_YEAR})?)",
            br.of_relative_year(_lower_case(b.season(L, MODS), "s")),
        ),
        r(
            "day_of_month",  # "le 1er du mois prochain", "le 15 du mois dernier"
            rf"{B}(?P<t>le\s+(?P<d>1er|[0-3]?\d)\s+du\s+mois\s+(?P<rdir>dernier|prochain|passé)){E}",
            br.day_of_relative_month({}),
        ),
        r(
            "quarter",
            rf"{B}(?P<t>(?:le|au|du|ce)\s+(?P<o>{alt(L.ordinals)}|[1-4](?:e|ème|eme|ᵉ|er))"
            rf"\s+(?P<u>trimestre|semestre)"
            rf"(?:\s+(?:de\s+l{APO}année\s+|de\s+|d{APO}\s*)?(?P<y>{YEAR}))?){E}(?!{_IN_A_ROW})",
            b.quarter(L),
        ),
        r(
            "deictic_day",
            rf"{B}(?P<t>(?P<w>avant-hier|après-demain|hier|aujourd{APO}hui|demain)"
            rf"(?:\s+(?P<pod>matin|soir|après-midi|midi|soir|nuit))?(?:\s+(?P<wd>{WEEKDAY}))?){E}",
            br.deictic_day(DAY_OFFSETS, PODS),
        ),
        r(
            "year_end_feasts",  # "pendant les fêtes de fin d'année": December, the near one
            rf"{B}(?P<t>(?:les|des|aux)\s+fêtes\s+de\s+fin\s+d{APO}année){E}",
            lambda m: Spec("abs", "DATE", Point("month", None, 12)),
        ),
        r(
            "new_year",
            rf"{B}(?P<t>la\s+nouvelle\s+(?P<u>année)){E}",
            br.this_unit(L, MODS),
        ),
        r(
            "this_unit",
            rf"{B}(?P<t>{MODP}(?:ce|cet|cette)\s+(?P<u>matinée|matin|soirée|soir|nuit|après-midi|semaine|"
            rf"week-end|mois|année|an|trimestre|semestre)(?:-ci|(?P<there>-là|\s+là(?![\w-])))?){E}",
            br.this_unit(L, MODS),
        ),
        r(
            "unit_in_progress",  # "sur l'année en cours", "le mois en cours": this one
            rf"{B}(?P<t>(?:l{APO}|le\s+|la\s+|(?<=\b[aA]u\s))(?P<u>année|mois|semaine|trimestre"
            rf"|semestre)"
            rf"\s+en\s+cours){E}",
            lambda m: Spec("deictic", "DATE", unit=L.units.get(norm(m["u"])), amount=0),
        ),
        r(
            "the_weekend",  # "attendues pour le week-end", "pendant le week-end": the nearest one
            rf"{B}(?P<t>le\s+week-?end){E}(?!\s+(?:derni|prochain|pass|suivant|précédent|d{APO}"
            rf"|de\s|du\s|des\s|\d))",
            lambda m: Spec("deictic", "DATE", unit="WE", amount=0, value="weekend"),
        ),
        r(
            "last_next",
            # the article may go after "début de", "fin de": "en début de semaine prochaine"
            rf"{B}(?P<t>{MODP}(?:(?:la|le|l{APO}|du)\s*|(?<=de\s))"
            rf"(?P<u>semaine|mois|année|an|week-end|trimestre|"
            rf"semestre|décennie)\s+(?P<dir>derni(?:er|ère)|prochaine?|pass(?:é|ée)|suivante?|"
            rf"précédente?|d{APO}après|d{APO}avant)){E}",
            br.last_next_unit(L, MODS),
        ),
        r(
            "weekday",
            rf"{B}(?P<t>(?:(?P<this>ce\s+même|ce)\s+)?(?P<le>le\s+)?(?P<wd>{WEEKDAY})(?P<plural>s)?"
            rf"(?:\s+(?P<dir>derni(?:er|ère)|prochaine?|précédent|suivant){E})?"
            rf"(?:\s+(?:en\s+)?(?P<pod>matinée|matin|soirée|soir|après-midi|midi){E})?){E}"
            rf"(?!\s+\d(?!\d?\s*[-–]\s*\d))",  # not "dimanche 12" (but "dimanche 2-0": a score)
            br.weekday(L),
        ),
        r(
            "weekday_day",
            rf"{B}(?P<t>(?:le\s+)?(?P<wd>{WEEKDAY})\s+(?P<d>{DAY})){E}(?!\s+(?:{MONTH}|{ABBR}|h\b|heures?)|\s*[-–à]\s*\d)",
            br.weekday(L),
        ),
        r(
            "this_year_part",
            rf"{B}(?P<t>{MODP}(?:l{APO}|cette\s+)(?P<u>année|an)){E}(?!\s*[-\d])"
            rf"|{B}(?P<t2>(?:en|au)\s+(?P<mod2>début|fin|milieu|cours)\s+d{APO}(?P<u2>année)){E}",
            br.year_part(MODS),
        ),
        r(
            "relative",
            rf"{B}(?P<t>(?P<n>{NUMBER}|un|une)\s+(?P<u>{UNIT})(?P<half>\s+et\s+demie?)?\s+"
            # (not a comparison: "trois semaines plus tôt que d'habitude", "qu'en 2015")
            rf"(?P<rel>plus\s+tard|plus\s+tôt|auparavant|après|avant)){E}(?!\s+qu(?:e\b|['’]))",
            br.relative(L, SIGNS, need_pause=frozenset({"après", "avant"}), det_ok=True),
        ),
        r(
            "relative_cleft",  # "Ce n'est que trois ans plus tard que …": the offset a cleft
            # puts first (a "que" after it is the cleft's, no comparison)
            rf"(?:(?<=\bn{APO}est\sque\s)|(?<=\bc{APO}est\s))"
            rf"(?P<t>(?P<n>{NUMBER}|un|une)\s+(?P<u>{UNIT})\s+"
            rf"(?P<rel>plus\s+tard|plus\s+tôt)){E}(?=\s+qu(?:e\b|['’]))",
            br.relative(L, SIGNS),
        ),
        r(
            "half_hour",  # "Une demi-heure plus tard": thirty minutes from the time just told
            rf"{B}(?P<t>(?P<q>une\s+demi-heure|un\s+quart\s+d{APO}heure|trois\s+quarts\s+d{APO}heure)"
            rf"\s+(?P<rel>plus\s+tard|plus\s+tôt|auparavant)){E}",
            lambda m: Spec(
                "rel",
                "DATE",
                unit="MIN",
                amount=_minutes_of(norm(m["q"])) * SIGNS[norm(m["rel"])],
                value="offset",
            ),
        ),
        r(
            "lasting_since",  # "Voilà dix ans que les salariés attendent": how long, no date
            rf"{B}(?:(?:cela|ça)\s+fait\s+)?(?P<t>(?:(?:il\s+y\s+a|voici|voilà)\s+)?"
            rf"(?:(?:plus\s+de|près\s+de|environ|déjà|bientôt)\s+)?"
            rf"(?P<n>{NUMBER}|un|une)\s+(?P<u>{UNIT})(?P<half>\s+et\s+demie?)?)"
            rf"(?=\s+qu{APO}?)",
            br.duration(L),
        ),
        r(
            "ago",
            rf"{B}(?P<t>(?:il\s+y\s+a|voici|voilà)\s+(?:(?:plus\s+de|près\s+de|environ|exactement|"
            rf"presque|quasiment|déjà|bientôt|pile|tout\s+juste)\s+)?"
            rf"(?P<n>{NUMBER}|un|une)\s+(?P<u>{UNIT})(?P<half>\s+et\s+demie?)?){E}",
            br.relative(L, {}, deictic_sign=-1),
        ),
        r(
            "ahead",  # "Il reviendra dans deux semaines": a day ahead of the document date
            rf"{B}(?P<t>dans\s+(?:(?:environ|près\s+de|à\s+peine|moins\s+de|plus\s+de)\s+)?"
            rf"(?P<n>{NUMBER}|un|une)\s+(?P<u>{UNIT})){E}(?!\s+(?:de|d{APO}))",
            br.relative(L, {}, deictic_sign=1),
        ),
        r(
            "last_night",  # "la nuit dernière": the night before the document date
            rf"{B}(?P<t>la\s+nuit\s+(?:dernière|passée)){E}",
            lambda m: Spec("deictic", "TIME", Point("pod", None, code="NI"), unit="D", amount=-1),
        ),
        r(
            "fixed_relative",
            rf"{B}(?P<t>(?P<w>la\s+veille|l{APO}avant-veille|le\s+lendemain|le\s+surlendemain|"
            rf"le\s+jour\s+même|le\s+même\s+jour|ce\s+jour-là|ce\s+même\s+jour|la\s+même\s+année|"
            rf"le\s+même\s+mois|ce\s+mois-là|ce\s+mois\s+là|ce\s+jour\s+là|le\s+matin\s+même|"
            rf"le\s+soir\s+même|cette\s+journée|cette\s+même\s+journée|(?<=au\s)lendemain|"
            rf"la\s+même\s+semaine|cette\s+même\s+semaine|ce\s+même\s+mois|cette\s+même\s+année|"
            rf"(?<=à\s)la\s+veille|la\s+nuit\s+(?:précédente|suivante))"
            rf"(?:\s+(?:au\s+)?(?P<pod>matin|soir))?){E}"
            # (not the watch: "la veille saisonnière", "une veille sanitaire")
            r"(?!\s+(?:saisonnière|sanitaire|technologique|stratégique|juridique|citoyenne"
            r"|active|permanente|médiatique|météorologique|épidémiologique)\b)",
            br.fixed_relative(
                FIXED_RELATIVE,
                PODS,
                {
                    "le matin même": "matin",
                    "le soir même": "soir",
                    "la nuit précédente": "nuit",
                    "la nuit suivante": "nuit",
                },
            ),
        ),
        r(
            "same",
            rf"{B}(?:à|a|en|pour)\s+(?P<t>ce\s+moment(?:-|\s+)?là|cette\s+époque(?:-là)?|cette\s+date"
            rf"|la\s+même\s+époque){E}",
            lambda m: Spec("same", "DATE"),
        ),
        r(
            "race_time",  # "en 2 h 09 min 14 s", "en 2 h 27 min": a time taken, no time of day
            rf"{B}(?P<t>(?P<h>\d{{1,2}})\s?h\s?(?P<mi>[0-5]?\d)\s?min(?:\s?(?P<s>[0-5]?\d)\s?s)?){E}",
            _race_time,
        ),
        r(
            "clock",
            rf"{B}(?:(?P<pre>vers|à|dès|jusqu{APO}à|avant|après|de|entre|et|aux\s+alentours\s+de)\s+)?"
            # (a colon only between digits: "14:30", not "Ligue 1 : Saint-Étienne")
            rf"(?P<t>(?P<h>[01]?\d|2[0-4])(?:\s?h|:(?=[0-5]\d))(?:\s?(?P<mi>[0-5]\d))?"
            rf"(?:\s+(?P<podw>du\s+matin|du\s+soir|de\s+l{APO}après-midi))?"
            rf"(?:\s+(?P<dw>ce|hier|demain)\s+(?:matin|soir|après-midi)"
            rf"|,?\s+(?P<dw2>hier|demain|aujourd{APO}hui)"
            rf"|\s+(?P<wd>{WEEKDAY})(?!\s+\d)(?:\s+(?:matin|soir|après-midi){E})?)?){E}",
            _not_a_newscast(_a_length(br.clock(PODS, DAY_OFFSETS, L.numbers, L.weekdays))),
        ),
        r(
            "night_of",
            rf"{B}(?P<t>(?:la\s+)?nuit\s+(?:de|du)\s+(?P<wd>{WEEKDAY})(?:\s+(?:à|au)\s+{WEEKDAY}"
            # "la nuit de vendredi à samedi 21 avril": the night before the day told
            rf"(?:\s+(?P<d2>{DAY})\s+(?P<mon2>{MONTH})(?:\s+(?P<y2>{YEAR}))?)?)?){E}",
            br.night_of(L),
        ),
        r(
            "night_of_day",
            rf"{B}(?P<t>(?:la\s+)?nuit\s+du\s+(?P<d>{DAY})\s+au\s+{DAY}\s+(?P<mon>{MONTH})"
            rf"(?:\s+(?P<y>{YEAR}))?){E}",
            br.night_of(L),
        ),
        r(
            "clock_heures",
            rf"{B}(?:(?P<pre>vers|à|dès|jusqu{APO}à|avant|après|entre|aux\s+alentours\s+de"
            rf"|à\s+partir\s+de|il\s+(?:est|était|sera|serait)(?:\s+(?:alors|déjà|presque))?"
            # "depuis 22 heures": since an hour of the afternoon or the evening (not "depuis 48
            # heures", "depuis 10 heures": lengths as often)
            rf"|depuis(?=\s+(?:1[3-9]|2[0-3])\s+heures\b)"
            # "de 14 heures à 16 heures", "entre 14 heures et 16 heures": both ends are times
            rf"|de(?=\s+\d{{1,2}}\s+heures?\s+(?:à|et)\s+\d))\s+|(?<=heures\set\s)|(?<=heure\set\s)"
            # "jusqu'à ce mardi, 18 heures": the hour of the day just named
            rf"|(?<=di,\s)|(?<=che,\s))"
            rf"(?P<t>(?P<h>[01]?\d|2[0-4]|{alt(L.numbers)})\s+heures?"
            rf"(?:\s+(?P<mi>[0-5]\d|et\s+demie|et\s+quart|moins\s+le\s+quart))?"
            rf"(?:\s+(?P<podw>du\s+matin|du\s+soir|de\s+l{APO}après-midi|après[-\s]midi))?"
            rf"(?:\s+(?P<dw>ce|hier|demain)\s+(?:matin|soir|après-midi)"
            # "22 heures samedi (soir)": one time that day
            rf"|\s+(?P<wd>{WEEKDAY})(?!\s+\d)(?:\s+(?:matin|soir|après-midi){E})?)?){E}"
            # "après deux heures de recherches", "à trois heures de route": a length of time
            # (but "partira vers 15 heures de la place": about an hour, from somewhere)
            rf"(?!(?<!vers\s\d\d\sheures)(?<!vers\s\d\sheures)\s+de\s+(?!l{APO}après-midi)"
            rf"[^\W\d]|\s+d{APO}\s*(?!une?\b)[^\W\d])",
            br.clock(PODS, DAY_OFFSETS, L.numbers, L.weekdays),
        ),
        r(
            "weekday_clock",  # "jusqu'à mardi 18 heures", "samedi 10 h 30": one time that day
            rf"{B}(?P<t>(?P<wd>{WEEKDAY})\s+(?P<h>[01]?\d|2[0-4])(?:\s?h|\s+heures?)"
            rf"(?:\s?(?P<mi>[0-5]\d))?(?:\s+(?P<podw>du\s+matin|du\s+soir|de\s+l{APO}après-midi))?){E}",
            br.clock(PODS, DAY_OFFSETS, L.numbers, L.weekdays),
        ),
        r(
            "noon",
            rf"{B}(?P<pre>vers|à|avant|après|dès|jusqu{APO}à|aux\s+alentours\s+de|autour\s+de"
            rf"|près\s+de)\s+(?P<t>(?P<hw>midi|minuit|la\s+mi-journée)"  # "à la mi-journée": noon
            rf"(?:\s+(?P<dw>ce|hier|demain)|\s+(?P<wd>{WEEKDAY})(?!\s+\d))?){E}",
            br.clock(PODS, DAY_OFFSETS, L.numbers, L.weekdays),
        ),
        r(
            "noon_today",  # "le CAC 40 évoluait en baisse ce midi": noon of the day
            rf"{B}(?P<t>(?P<dw>ce)\s+(?P<hw>midi)){E}",
            br.clock(PODS, DAY_OFFSETS, L.numbers, L.weekdays),
        ),
        r(
            "part_of_day",
            rf"{B}(?:dans|pendant|durant|au\s+cours\s+de|tard\s+dans|toute|en|passé|passée|passés|"
            rf"passées|passer|passera|passent|passaient|passait)\s+"
            rf"(?P<t>(?:la|le|l{APO})\s*(?P<pod>matinée|soirée|nuit|après-midi|journée)){E}",
            br.part_of_day(PODS),
        ),
        r(
            "back_to_school",  # "à la rentrée": the September the tense points to
            rf"{B}(?:à|dès|après|avant|pour|depuis|d{APO}ici|jusqu{APO}à)\s+(?P<t>la\s+rentrée"
            rf"(?:\s+(?:scolaire|universitaire|parlementaire|sociale|des\s+classes))?"
            rf"(?:\s+(?P<y>{YEAR}))?){E}(?!\s+(?:de|d{APO}|du|des)\s)",
            lambda m: Spec("abs", "DATE", Point("month", int(m["y"]) if m["y"] else None, 9)),
        ),
        r(
            "dawn",  # "interpellé à l'aube", "jusqu'à l'aube": that day's early morning
            rf"{B}(?:à|dès|jusqu{APO}à|avant)\s+(?P<t>l{APO}(?P<pod>aube)){E}",
            br.part_of_day(PODS),
        ),
        r(
            # "Ce vendredi, … Le matin, le président avait présidé…": that day's, opening a
            # sentence
            "part_of_day_opening",
            rf"(?:(?<=[.!?»]\s)|(?<=\n)|^)(?P<t>(?:Le|La|L{APO})\s*(?P<pod>matin|soir|après-midi"
            rf"|nuit)),",
            br.part_of_day(PODS),
        ),
        r(
            "until_part_of_day",  # "sont restés sur place jusqu'au soir": that day's evening
            rf"{B}jusqu{APO}au\s+(?P<t>(?P<pod>soir|matin)){E}",
            br.part_of_day(PODS),
        ),
        r(
            "part_of_day_bare",  # "héliportés en soirée", "reprises en matinée": that day's
            rf"{B}en\s+(?P<t>(?P<pod>matinée|soirée)){E}(?!\s+(?:de|d{APO}))",
            br.part_of_day(PODS),
        ),
        r(
            # "Le printemps suivant, il a vendu…", "en avril suivant": after the story's date
            "season_after",
            rf"{B}(?P<t>(?:(?:(?:le|l{APO})\s*|(?<=\bau\s))(?P<s>{alt(L.seasons)})"
            rf"|(?:le\s+mois\s+d{APO})?(?P<mo>{MONTH}))"
            rf"\s+(?P<dir>suivant|précédent|d{APO}après|d{APO}avant)){E}",
            br.season_after(L, frozenset({"précédent", "d'avant"})),
        ),
        r(
            "small_hours",  # "maîtrisé au petit matin", "dès le petit matin": the early morning
            rf"{B}(?:au|dès\s+le|jusqu{APO}au)\s+(?P<t>petit\s+(?P<pod>matin)){E}",
            br.part_of_day(PODS),
        ),
        r(
            "part_of_day_mod",
            rf"{B}(?:en|dans\s+la|à\s+la)\s+(?P<t>(?P<mod>fin|début|milieu)\s+(?:de\s+|d{APO})\s*"
            rf"(?P<pod>matinée|soirée|nuit|après-midi|journée)){E}",
            _edge_of_the_day(
                br.part_of_day(PODS, {"fin": "END", "début": "START", "milieu": "MID"})
            ),
        ),
        r(
            "nightly",
            rf"{B}(?P<t>nocturnes?){E}",
            br.literal("TIME", lambda m: "TNI"),
        ),
        r(
            "duration",
            rf"{B}(?P<t>(?:(?P<mod>plus\s+de|moins\s+de|environ|près\s+de|au\s+moins|presque|quelque)\s+"
            rf"|(?P<modg>plus\s+d{APO}|moins\s+d{APO}|près\s+d{APO})\s*)?"
            rf"(?<!\dh\s)(?<!\d\sh\s)"  # "3 h 40 heure locale": the minutes of a time
            rf"(?P<n>{NUMBER}|un|une)\s+(?P<u>{UNIT})(?P<half>\s+et\s+demie?)?){E}",
            br.duration(L),
        ),
        r(
            "sports_season",  # "la saison dernière" (the year before), "la saison prochaine": a
            # season of sport, counted in years from the document date (not "cette saison", as
            # often the season of the year)
            rf"{B}(?P<t>la\s+saison\s+(?P<dir>dernière|passée|prochaine|précédente)){E}"
            rf"(?!\s+(?:de|des|du|d{APO})\b)",
            _sports_season,
        ),
        r(
            "duration_pair",  # "deux ans et trois mois" (P2Y3M), "3 heures et 20 minutes"
            rf"{B}(?P<t>(?:(?P<modg>plus\s+de|moins\s+de|environ|près\s+de|au\s+moins|presque)\s+)?"
            rf"(?P<n>{NUMBER}|un|une)\s+(?P<u>{UNIT})(?:\s*,\s*|\s+et\s+)"
            rf"(?P<n2>{NUMBER}|un|une)\s+(?P<u2>{UNIT})"
            rf"(?:,?\s+et\s+(?P<n3>{NUMBER}|un|une)\s+(?P<u3>{UNIT}))?){E}",
            br.duration_pair(L),
        ),
        r(
            "ordinal_unit",
            rf"{B}(?P<t>(?P<o>\d{{1,3}}(?:e|è|ème|eme|ᵉ|er|re)|{alt(ORDINAL_WORDS)})\s+"
            rf"(?P<u>journée|saison|minute|heure|semaine|année|jour|mois|seconde"
            rf"|(?:trimestre|semestre)(?={_IN_A_ROW}))){E}",
            _ordinal_unit,
        ),
        r(
            "range_first",
            rf"{B}(?:de|entre)\s+(?P<t>(?P<n>\d+(?:,\d+)?))\s+(?:à|et|-)\s+\d+(?:,\d+)?\s+"
            rf"(?P<u>{UNIT}){E}",
            br.duration(L),
        ),
        r(
            "about_count",  # "une quinzaine de jours", "il y a une dizaine d'années": about so many
            rf"{B}(?P<t>(?P<ago>(?:il\s+y\s+a|voici|voilà)\s+)?(?:une\s+)?(?P<a>{alt(ABOUT_COUNTS)})"
            rf"\s+d(?:e\s+|{APO})(?P<u>{UNIT})){E}",
            _about_count,
        ),
        r(
            "counted_recent",  # "les trois derniers mois", "des six prochains mois", "les neuf
            # premiers mois (de l'année)": a duration
            rf"{B}(?P<t>(?:ces|les|des|aux)\s+(?P<n>{NUMBER})\s+"
            rf"(?:derni(?:ers|ères)|prochain(?:s|es)|premi(?:ers|ères))"
            rf"\s+(?P<u>{UNIT})){E}",
            br.duration(L),
        ),
        r(
            "edge_of_unit",  # "le début de la semaine", "en fin de mois", "à la fin du mois"
            rf"{B}(?P<t>(?:(?:le|la|au|à\s+la|en|dès)\s+)?(?P<edge>début|fin|milieu)\s+"
            rf"(?:de\s+(?:la\s+|cette\s+)?(?P<u>semaine)|du\s+(?P<u2>mois)|de\s+ce\s+(?P<u3>mois)"
            rf"|de\s+(?P<u4>mois|semaine))){E}"
            rf"(?!\s+(?:de|d{APO}|du|des|derni|prochain|suivant|précédent|passé)|\s+(?:{MONTH}))",
            br.edge_of_unit(L, {"début": "START", "fin": "END", "milieu": "MID"}),
        ),
        r(
            "recent_duration",
            rf"{B}(?P<t>(?:ces|les|des|aux)\s+(?:derni(?:ers|ères)|prochain(?:s|es))\s+(?P<u>{UNIT})){E}",
            lambda m: Spec("literal", "DURATION", value=_vague(m)),
        ),
        r(
            "fixed_duration",
            # (not "toute l'année 2015": that year)
            rf"{B}(?P<t>{alt(FIXED_DURATIONS)}){E}(?!\s+(?:1[5-9]|20)\d\d\b)",
            br.literal("DURATION", lambda m: FIXED_DURATIONS.get(_key(m))),
        ),
        r(
            "set",
            rf"{B}(?P<t>(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?P<n>deux|trois|quatre|\d+)\s+)?"
            rf"(?P<u>week-?ends?|(?:mois\s+(?:de\s+|d{APO}))?{MONTH}|{alt(L.seasons)}s?|{UNIT}"
            rf"|{WEEKDAY}s?(?:\s+(?:matin|après-midi|soir)s?)?|matins?|soirs?|nuits?)){E}",
            br.set_every(L, PODS),  # ("chaque mercredi après-midi": every Wednesday)
        ),
        r(
            "set_per",
            rf"{B}par\s+(?P<t>(?P<u>jour|an|mois|semaine|semestre|trimestre|heure|année)){E}",
            br.set_every(L, PODS),
        ),
        r(
            "set_adj",
            rf"{B}(?P<t>{SET_WORDS}){E}",
            br.literal("SET", lambda m: L.sets_adj.get(_key(m))),
        ),
        r(
            "vague_adjective",
            rf"{B}(?:le|la|les|un|une|des|son|sa|ses|leur|leurs|notre|nos|votre|vos|ce|cet|cette|"
            rf"ces|du|au|aux|l{APO}|d{APO})\s*(?P<t>{alt(VAGUE_BEFORE)})(?=\s+(?P<noun>[^\W\d_]+))",
            _vague_adjective,
        ),
        r(
            "vague_after",
            rf"[^\W\d_]\s(?P<t>ultérieure?s?){E}",
            br.literal("TIME", lambda m: "FUTURE_REF"),
        ),
        r(
            "vague_noun",
            rf"{B}(?:(?P<pre>pour|à|a|dans|de|préparer|prépare|préparent)\s+)?"
            rf"(?P<t>{alt(VAGUE_NOUNS)}){E}",
            _vague_noun,
        ),
        r(
            "period",
            rf"{B}(?P<t>{alt(PERIODS)}){E}",
            br.literal("DATE", lambda m: PERIODS.get(_key(m))),
        ),
        r(
            "at_the_time",  # "Elle était à l'époque la première femme élue": then (PAST_REF);
            # not "l'époque soviétique", "à l'époque où…", "l'époque de…"
            rf"{B}(?:à|a)\s+(?P<t>l{APO}époque){E}(?=\s*[,.;:)»]|\s+(?:le|la|les|l{APO}|un|une|"
            rf"il|elle|ils|elles|on|déjà|encore|pas|très|en|au|aux|dans|sur|pour|avec|et|mais)\b)",
            br.literal("DATE", lambda m: "PAST_REF"),
        ),
        r(
            "ref",
            rf"{B}(?P<t>{alt(REFS)}){E}",
            br.literal("DATE", lambda m: REFS.get(_key(m))),
        ),
    ]


# A date that names a street, a school or a square ("rue du 14 juillet", "place du 8 mai"):
# no date of the story.
_NAMED_BY_DATE = re.compile(
    r"\b(?:rue|avenue|boulevard|bd|place|quai|pont|square|allée|impasse|cours|esplanade|"
    r"rond-point|lycée|collège|école|stade|parc|gare|salle|résidence|cité|quartier|foyer|"
    r"gymnase|caserne|promenade|chemin|avenue)\s+(?:du|de\s+la)\s+$",
    re.IGNORECASE,
)


def _not_in_a_name(build: Builder) -> Builder:
    def checked(m: re.Match[str]) -> Spec | None:
        starts = {m.start(), m.start("t")} if "t" in m.re.groupindex else {m.start()}
        # (the expression's own start: "la place du 11-Novembre", where "du" opens the match)
        if any(_NAMED_BY_DATE.search(m.string, max(0, at - 30), at) for at in starts if at >= 0):
            return None
        return build(m)

    return checked


# A newscast named by its hour and its channel: "dans le 13 h de France 2", "au 20 h de TF1"
_NEWSCAST_BEFORE = re.compile(r"\b(?:le|du|au)\s+$", re.IGNORECASE)
_CHANNEL_AFTER = re.compile(rf"\s+(?:de|d{APO})\s*[A-ZÀ-ÖØ-Þ]")


def _not_a_newscast(build: Builder) -> Builder:
    """ "le 13 h de France 2" is a programme, not a time of day."""

    def checked(m: re.Match[str]) -> Spec | None:
        start = m.start("t")
        if _NEWSCAST_BEFORE.search(m.string, max(0, start - 4), start) and _CHANNEL_AFTER.match(
            m.string, m.end("t")
        ):
            return None
        return build(m)

    return checked


# What a length of time measures, a noun without its article after it: "1 h 30 de soleil", "à
# 2 h de route", "3 h de retard" (not "parti à 14 h 30 de la gare", "8 h de l'après-midi")
_OF_WHAT_AFTER = re.compile(r"\s+de\s+(?!la\b|les\b|l['’])[a-zà-öø-ÿ]")


def _race_time(m: re.Match[str]) -> Spec | None:
    """ "2 h 09 min 14 s": PT2H9M14S."""
    seconds = f"{int(m['s'])}S" if m["s"] else ""
    return Spec("literal", "DURATION", value=f"PT{int(m['h'])}H{int(m['mi'])}M{seconds}")


def _a_length(build: Builder) -> Builder:
    """Hours and minutes followed by what they measure are a duration, not a time of day."""

    def checked(m: re.Match[str]) -> Spec | None:
        if (
            m["wd"] is None
            and m["dw"] is None
            and (m["pre"] or "").lower() != "vers"
            and _OF_WHAT_AFTER.match(m.string, m.end("t"))
        ):
            hours, minutes = int(m["h"]), int(m["mi"] or 0)
            value = f"PT{hours}H{minutes}M" if minutes else f"PT{hours}H"
            return Spec("literal", "DURATION", value=value)
        return build(m)

    return checked


# Feasts whose name is a common noun too: "l'ascension du ballon", "l'assomption d'un risque"
_COMMON_FEASTS = re.compile(r"(?:l['’]\s*)?(?:ascension|assomption|épiphanie)", re.IGNORECASE)


def _capital_feast(build: Builder) -> Builder:
    """A feast named by a common noun is the feast only with its capital ("l'Ascension")."""

    def checked(m: re.Match[str]) -> Spec | None:
        name = m["h"]
        if _COMMON_FEASTS.fullmatch(name) and not name.lstrip("lL'’ ")[:1].isupper():
            return None
        return build(m)

    return checked


# "avoir" and up to two adverbs before a participle: "ont depuis été", "a toujours été"
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:ai|as|a|avons|avez|ont|avait|avaient|aura|auront|aurait|auraient|ayant|avoir)"
    r"(?:\s+[a-zà-öø-ÿ]+){0,2}\s+$",
    re.IGNORECASE,
)


def _lower_case(build: Builder, word: str) -> Builder:
    """French writes seasons in lower case: a capital one without a year names something ("le
    journal Le Printemps", "pendant le Printemps arabe"), unless it opens its sentence."""

    def checked(m: re.Match[str]) -> Spec | None:
        if (
            norm(m[word]) == "été"
            and not (group(m, "det") or group(m, "y") or group(m, "y2") or group(m, "dir"))
            and _AUXILIARY_BEFORE.search(m.string, max(0, m.start(word) - 40), m.start(word))
        ):
            return None  # "ils ont depuis été condamnés": the participle
        if m[word][:1].isupper() and not group(m, "y"):
            before = m.string[max(0, m.start(word) - 40) : m.start(word)]
            opening = re.search(r"(?:^|[.!?:«\n])\s*(?:\w+\s+)?$", before)
            if opening is None:
                return None
        return build(m)

    return checked


def _at_part_of_day(build: Builder) -> Builder:
    """ "le samedi 4 avril au soir": the part of that day (TIME …TEV)."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        spec = build(m)
        word = group(m, "aupod")
        if spec is None or not word or spec.point is None or spec.point.gran != "day":
            return spec
        point = replace(spec.point, gran="pod", code=PODS.get(norm(word), "DT"))
        return replace(spec, type="TIME", point=point)

    return wrapped


def _listed_day(m: re.Match[str]) -> Spec | None:
    """A day of a list ("les 3, 6 et 8 septembre"), with the part of day its head names ("le soir du
    3 septembre", "aux soirs des 3, 6 et 8 septembre": TIME …TEV)."""
    month = L.months.get(norm(group(m, "mon") or group(m, "lmon") or ""))
    if month is None:
        return None
    day = int(re.sub(r"\D", "", m["d"]) or 1)
    year_word = group(m, "y") or group(m, "ly")
    year = int(year_word) if year_word else None
    pod_word = group(m, "pod")
    if pod_word is None:
        head = LIST_HEAD.search(m.string, max(0, m.start("t") - 80), m.start("t"))
        pod_word = head["pod"] if head else None
        if pod_word is None and "lmon" not in m.re.groupindex:
            return None  # the last day of a plain list: the "written" rule's date
    if pod_word is None:
        return Spec("abs", "DATE", Point("day", year, month, day))
    word = norm(pod_word)
    code = PODS.get(word) or PODS.get(word[:-1]) or "DT"
    return Spec("abs", "TIME", Point("pod", year, month, day, code=code))


def _vague_adjective(m: re.Match[str]) -> Spec | None:
    noun = norm(m["noun"])
    if noun in L.units or noun in L.months or noun in L.weekdays or noun in ("fois", "et", "ou"):
        return None  # "la prochaine semaine": a date of its own; "la prochaine fois" is no event
    if norm(m["t"]).startswith("futur") and noun in _BECOMING:
        return None  # "les futures mères", "les futurs mariés": people, no time
    value = VAGUE_BEFORE.get(_key(m))
    return Spec("literal", "TIME", value=value) if value else None


# People named by what they are about to become: "les futures mamans", "un futur bachelier".
_BECOMING = frozenset(
    "mère mères maman mamans père pères papa papas parent parents mariés mariée mariées époux "
    "épouse épouses retraité retraités retraitée retraitées bachelier bacheliers bachelière "
    "diplômé diplômés diplômée diplômées élève élèves recrue recrues".split()
)
_MAKE_THE_FUTURE = re.compile(
    r"\b(?:prépar|construi|bâti|pens|assur|garanti|envisag|invent)\w*\s+$", re.IGNORECASE
)
_OF_SOMETHING = re.compile(r"\s+(?:de|du|des|d['’])(?:\s|(?<=['’]))", re.IGNORECASE)


def _vague_noun(m: re.Match[str]) -> Spec | None:
    key = _key(m)
    pre = norm(m["pre"] or "")
    if key in ("l'heure", "l'instant") and pre != "pour":
        return None  # "pour l'heure" (for now); "à l'heure", "l'heure de pointe" are not
    if key == "l'avenir" and pre in ("à", "a"):
        return None  # "à l'avenir" is already a reference of its own (REFS)
    if (
        key == "l'avenir"
        and _OF_SOMETHING.match(m.string, m.end())
        and not pre.startswith("prépar")
        and not _MAKE_THE_FUTURE.search(m.string, max(0, m.start() - 30), m.start())
    ):  # "débattre de l'avenir du terrain": what becomes of a thing, no time (not "préparer
        return None  # l'avenir du quartier")
    value = VAGUE_NOUNS.get(key)
    return Spec("literal", "TIME", value=value) if value else None


RANKS = {
    "premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
    "dernier": -1,
}  # fmt: skip
ORDINAL_WORDS = (
    "première", "premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième",
    "septième", "huitième", "neuvième", "dixième", "onzième", "douzième", "treizième",
    "quatorzième", "quinzième", "seizième", "dix-septième", "dix-huitième", "dix-neuvième",
    "vingtième", "dernière", "dernier",
)  # fmt: skip
# The edges of a day are parts of it: "en fin de journée" is the evening, "en début de journée"
# the morning, "en milieu de journée" midday.
_DAY_EDGES = {"END": "EV", "START": "MO", "MID": "MI"}


def _edge_of_the_day(build: Builder) -> Builder:
    def wrapped(m: re.Match[str]) -> Spec | None:
        spec = build(m)
        if spec is None or spec.point is None or norm(m["pod"]) != "journée" or spec.mod is None:
            return spec
        code = _DAY_EDGES.get(spec.mod)
        return replace(spec, point=replace(spec.point, code=code), mod=None) if code else spec

    return wrapped


def _sports_season(m: re.Match[str]) -> Spec:
    amount = 1 if norm(m["dir"]) == "prochaine" else -1
    if norm(m["dir"]) == "précédente":  # the one before the story's
        return Spec("rel", "DATE", unit="Y", amount=-1, value=SPORTS_SEASON)
    return Spec("deictic", "DATE", unit="Y", amount=amount, value=SPORTS_SEASON)


_ORDINAL_UNITS = {"saison": "Y", "journée": "D"}
# "d'affilée", "consécutif", "de suite", "de rang": an ordinal counts units in a row ("le
# troisième trimestre d'affilée" is one quarter, not the third of the year)
_IN_A_ROW = rf"\s+(?:d{APO}affilée|consécuti(?:f|ve)s?|de\s+suite|de\s+rang)\b"


def _ordinal_unit(m: re.Match[str]) -> Spec | None:
    """ "la 5e journée de Ligue 1" (P1D), "sa troisième saison" (P1Y), "la 10e minute" (PT1M)."""
    word = norm(m["u"])
    unit = _ORDINAL_UNITS.get(word) or L.units.get(word)
    if unit is None:
        return None
    return Spec("literal", "DURATION", value=duration_value(1, unit))


def _key(m: re.Match[str]) -> str:
    return norm(m["t"])


def _vague(m: re.Match[str]) -> str | None:
    unit = L.units.get(norm(m["u"]))
    return duration_value(None, unit) if unit else None


_UNIT_OR_POD = ("#unit", "#pod")


_OF_BEFORE = re.compile(rf"(?:\bd{APO}|\bde\s+)$", re.IGNORECASE)
# Nouns of an approximate count: "une dizaine de jours" is about ten days.
ABOUT_COUNTS = {
    "huitaine": 8, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
    "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}  # fmt: skip


def _about_count(m: re.Match[str]) -> Spec | None:
    """About so many units: a duration (APPROX), or with "il y a" a date that far back. "Une
    femme d'une trentaine d'années" tells an age, no duration."""
    unit = L.units.get(norm(m["u"]))
    amount = ABOUT_COUNTS.get(norm(m["a"]))
    if unit is None or amount is None:
        return None
    if unit == "Y" and _OF_BEFORE.search(m.string, max(0, m.start() - 4), m.start()):
        return None
    if group(m, "ago"):
        return Spec("deictic", "DATE", unit=unit, amount=-amount, mod="APPROX")
    return Spec("literal", "DURATION", value=duration_value(amount, unit), mod="APPROX")


_COMMON = {"à", "de", "l", "en", "ce", "ces"}  # too common to select the "ref" rule
KEYS: dict[str, tuple[str, ...]] = {
    "weekday_day": ("#weekday",), "this_year_part": ("année",),
    "iso": ("#digit",), "numeric": ("#digit",), "year": ("#digit",), "clock": ("#digit",),
    "year2": ("#digit",), "nth_weekday": ("#weekday",),
    "nth_week": ("semaine",), "period": ("guerres", "époque"),
    "holiday": tuple({*FIXED_FR, *EASTER_FR, *NTH_FR}),
    "written": ("#month",), "paired_day": ("#month",), "pod_of_date": ("#month",),
    "listed_day": ("#month",), "listed_last": ("#month",), "month_year": ("#month",),
    "month_subject": ("#month",),
    "month": ("#month",), "month_listed": ("#month",),
    "decade": ("années",), "century": ("siècle",), "century_deictic": ("siècle",),
    "season": ("#season",), "day_of_month": ("mois",), "quarter": ("trimestre", "semestre"),
    "deictic_day": ("hier", "demain", "aujourd"), "new_year": ("année",),
    "year_end_feasts": ("fêtes",),
    "this_unit": (*_UNIT_OR_POD, "week"),
    "last_next": ("#unit", "week"), "the_weekend": ("week",), "weekday": ("#weekday",),
    "relative": ("#unit",), "relative_cleft": ("#unit",),
    "ago": ("#unit",), "lasting_since": ("#unit",),
    "half_hour": ("demi-heure", "d'heure", "d’heure"),
    "ahead": ("dans",), "last_night": ("nuit",),
    "duration": ("#unit",), "duration_pair": ("#unit",), "sports_season": ("saison",),
    "recent_duration": ("#unit",),
    "counted_recent": ("#unit",), "edge_of_unit": ("#unit",), "about_count": ("#unit",),
    "set_per": ("#unit",), "clock_heures": ("#unit",),
    "night_of": ("nuit",), "small_hours": ("petit",), "season_after": ("#season", "#month"),
    "night_of_day": ("nuit",),
    "part_of_day_mod": ("#pod",),
    "nightly": ("nocturne", "nocturnes"), "ordinal_unit": ("#unit", "saison"),
    "range_first": ("#unit",),
    "fixed_relative": ("veille", "lendemain", "surlendemain", *_UNIT_OR_POD),
    "same": ("moment", "époque", "date"), "noon": ("midi", "minuit", "mi-journée"),
    "weekday_clock": ("#weekday",), "race_time": ("min",),
    "part_of_day": ("#pod",), "part_of_day_bare": ("matinée", "soirée"),
    "part_of_day_opening": ("#pod",), "noon_today": ("midi",), "unit_in_progress": ("cours",),
    "until_part_of_day": ("soir", "matin"),
    "back_to_school": ("rentrée",), "at_the_time": ("époque",), "dawn": ("aube",),
    "fixed_duration": ("#unit", "quinquennat", "septennat", "siècle", "année"),
    "set": ("#unit", "#weekday", "#month", "#pod", "#season", "week", "hivers", "étés", "automnes"),
    "set_adj": ("#setadj",),
    "ref": tuple({w for k in REFS for w in norm(k).replace("'", " ").split()} - _COMMON),
    "vague_adjective": tuple(VAGUE_BEFORE), "vague_after": ("ultérieur", "ultérieure",
    "ultérieurs", "ultérieures"), "vague_noun": ("avenir", "heure", "époque", "période", "instant"),
}  # fmt: skip

RULES: list[Rule] = [
    replace(rule, build=_not_in_a_name(rule.build), keys=frozenset(KEYS[rule.name]))
    for rule in _rules()
]
