"""English rules, built like the French ones (``rules_fr.py``) on the same builders.

Month names must be capitalised ("in May", not "may"); a month-first numeric date (11/30/2022) is
read month first when the first number can be a month.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.temporal import builders as b
from core.temporal import builders_relative as br
from core.temporal.calendar import Point
from core.temporal.holidays import EASTER_EN, FIXED_EN, NAMED_DAYS_EN, NTH_EN
from core.temporal.lexicon import EN
from core.temporal.spec import (
    DURATION_MODS,
    MOD_WORDS_EN,
    SPORTS_SEASON,
    Builder,
    Rule,
    Spec,
    alt,
    compile_rule,
    duration_value,
    group,
    mod_of,
    norm,
    number_value,
)

L = EN
B = r"(?<![\w/.-])"
E = r"(?![\w])"
APO = "['’]"
MONTH = "(?-i:" + alt(w.capitalize() for w in L.months) + ")"
ABBR = "(?-i:" + alt(w.capitalize() for w in L.month_abbrevs if w.endswith(".")) + ")"
# Written without its period before a day: "Oct 15", "Sept 30" (not "Mar", "Jun": words too)
ABBR_BARE = "(?-i:" + alt(w.capitalize() for w in L.month_abbrevs if "." not in w) + ")"
WEEKDAY = alt(L.weekdays)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
NUMBER = rf"(?:\d+(?:\.\d+)?|{alt(L.numbers)}|{alt(L.vague_numbers)})"
UNIT = alt(L.units)
# A unit in the singular after a number is an adjective ("a 14-day wait", "the five-year plan").
SINGULAR_UNIT = (
    r"(?:second|minute|hour|day|week|weekend|month|quarter|year|decade|century|millennium)"
)
PODS = dict(L.parts_of_day)

# ("before", "after" stay out of the span, as TimeBank marks them: "after [the current fiscal
# year]", "before [next week]")
_SPACED = {
    k: v for k, v in MOD_WORDS_EN.items() if not k.endswith("-") and k not in ("before", "after")
}
# A day after a time: "9 a.m. Tuesday", "4 p.m. EST Nov. 10"
_ZONE = (
    r"(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC)\b|\s+local\s+time"
    # "7 p.m. Pyongyang time", "6 a.m. Washington time" (not "9 a.m. Monday time permitting")
    r"|\s+(?-i:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+)\s+time\b"
    r"|\s+(?-i:Eastern|Central|Mountain|Pacific)(?:\s+(?:standard|daylight))?(?:\s+time)?)?"
)
ON_DAY = (
    _ZONE + rf"(?:,?\s+(?:on\s+)?(?:(?P<dwd>{alt(L.weekdays)})(?!\w)"
    r"(?:\s+(?P<dpod>morning|afternoon|evening|night)(?!\w))?"
    rf"(?:,\s+(?P<dmon2>{MONTH}|{ABBR})\s+(?P<dd2>{DAY})(?!\w))?"  # "11 p.m. Friday, June 2"
    rf"|(?P<dmon>{MONTH}|{ABBR})\s+(?P<dd>{DAY})(?!\w)(?:,\s+(?P<dy>(?:19|20)\d\d)(?!\w))?))?"
)
_GLUED = {k: v for k, v in MOD_WORDS_EN.items() if k.endswith("-")}
MODS = {**_SPACED, **_GLUED, "the end of": "END", "the middle of": "MID"}
MODP = rf"(?:(?P<mod>{alt(_SPACED)})\s+(?:of\s+)?|(?P<modg>{alt(_GLUED)})\s*)?"
DIRW = r"(?P<dir>last|next|this|past|coming)"
DIRW_DAY = r"(?:the\s+)?(?P<dir>last|next|this|past|coming|previous|following|preceding)"

FOLLOW_OK = frozenset(
    """and or to in on at when where while as he she it they we i you the a an his her its
    their this that these those was were is are had has have will would could for from by with
    after before until since but so than then there which who if unless because worth through
    during against compared amid
    levels level dollars prices""".split()  # a year's figures as a yardstick: "15 percent
)  # below 1990 levels", "in 1985 dollars"
# Verbs in the past that tell of a year just before them ("Revenue for 1989 rose")
PAST_VERBS = frozenset("was were rose fell grew stood came went hit ran held made took saw".split())
# Figures a month names, with no word before it ("September car sales fell", "October retail
# sales", "March unemployment"): the month is the figures' date.
_MONTH_FIGURES = alt(
    "sales car auto retail housing durable factory consumer producer unemployment inflation "
    "payrolls employment jobs exports imports output production orders deliveries shipments "
    "traffic trade figures data rainfall snowfall temperatures inventories".split()
)
# "that" after a verb of saying (or "earlier this month") opens a clause: "said that October
# sales were weak" holds no "that October".
_THAT_CLAUSE = "".join(
    rf"(?<!\b{w}\s)"
    for w in (
        "said says say reported announced noted added showed estimated predicted month week"
    ).split()
)
# A year between a determiner and a noun is a date ("the 1996 bombing", "its 1989 results"),
# unless the noun is one that is counted ("the 2000 soldiers").
DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|that|this|whose)|\w['’]s)\s+"
    # and an adjective that judges the event: "their landmark 1973 decision", "the ill-fated
    # 1986 mission"
    r"(?:(?:landmark|famous|infamous|historic|bloody|deadly|controversial|disputed|celebrated"
    r"|so-called|ill-fated|fateful|pivotal|memorable|disastrous|devastating|failed)\s+)?$",
    re.IGNORECASE,
)
COUNTED = frozenset(
    """people persons men women children soldiers troops workers employees members students
    voters votes jobs shares dollars units cars homes houses tons miles acres barrels copies
    seats passengers pounds feet meters kilometers residents deaths victims refugees""".split()
)
# Nouns a year before them dates, whatever comes before the year ("predicting 1990 revenue",
# "expects 1990 earnings to rise")
DATED = frozenset(
    """revenue revenues earnings sales profit profits results income budget deficit output
    production growth forecast forecasts figures dividends spending losses""".split()
)
DAY_OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1, "this": 0, "tonight": 0, "last": -1}
# Modifiers TimeBank keeps inside a duration's span ("at least 30 days", "nearly two years")
SPAN_MODS = ("more than", "less than", "about", "around", "nearly", "almost", "at least",
             "approximately", "roughly", "up to", "a little more than", "a little over",
             "just over", "just under", "no more than", "perhaps", "another")  # fmt: skip
FIXED_RELATIVE = {
    "the day before": ("D", -1), "the previous day": ("D", -1), "the next day": ("D", 1),
    "the following day": ("D", 1), "the day after": ("D", 1), "the same day": ("D", 0),
    "that morning": ("D", 0), "that afternoon": ("D", 0), "that evening": ("D", 0),
    "that night": ("D", 0), "the same night": ("D", 0), "the same morning": ("D", 0),
    "the same afternoon": ("D", 0), "the same evening": ("D", 0),
    "that day": ("D", 0), "that same day": ("D", 0), "the same year": ("Y", 0),
    "that year": ("Y", 0), "the same month": ("M", 0), "that month": ("M", 0),
    "that quarter": ("Q", 0), "the same quarter": ("Q", 0), "that week": ("W", 0),
    "the same week": ("W", 0), "that same week": ("W", 0), "that same month": ("M", 0),
    "that same year": ("Y", 0), "that same night": ("D", 0), "that same morning": ("D", 0),
    "that same evening": ("D", 0), "that same afternoon": ("D", 0),
    "the next morning": ("D", 1), "the following morning": ("D", 1),
    "the previous night": ("D", -1), "the previous evening": ("D", -1),
    "the previous morning": ("D", -1), "the previous afternoon": ("D", -1),
    "the night before": ("D", -1), "the next night": ("D", 1), "the following night": ("D", 1),
    "the next evening": ("D", 1), "the following evening": ("D", 1),
    "the next afternoon": ("D", 1), "the following afternoon": ("D", 1),
    "the year before": ("Y", -1), "the previous year": ("Y", -1), "the following year": ("Y", 1),
    "the week before": ("W", -1), "the previous week": ("W", -1), "the following week": ("W", 1),
    "the month before": ("M", -1), "the previous month": ("M", -1),
    "the following month": ("M", 1),
}  # fmt: skip
# "that night", "the night before": the part of day its words name
NIGHT_OF = {
    k: next(w for w in k.split() if w in L.parts_of_day)
    for k in FIXED_RELATIVE
    if any(w in L.parts_of_day for w in k.split())
}
REFS = {
    "currently": "PRESENT_REF", "now": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "these days": "PRESENT_REF", "this hour": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the other day": "PAST_REF",
}  # fmt: skip
VAGUE_BEFORE = {"current": "PRESENT_REF"}  # "the current crisis"
PLURAL_PODS = "(?:mornings|afternoons|evenings|nights)"
OVERNIGHT_NOUNS = (
    "rates?|loans?|funds|money|interest|lending|repos?|deposits?|stays?|trips?|flights?|"
    "delivery|deliveries|bags?|success|sensation|shifts?|trains?|camps?|guests?|visits?|"
    "parking|hours|trading|session|market|markets|index|indicators?|"
    # ("on overnight bank loans", "overnight interbank rates")
    "bank\\s+(?:loans?|lending|rates?|deposits?)|interbank"
)
PLURAL_UNITS = "(?:days|weeks|months|years|quarters|decades|centuries)"
SIGNS = {"later": 1, "after": 1, "earlier": -1, "before": -1, "afterwards": 1}
FIXED_DURATIONS = {
    "half an hour": "PT30M", "a quarter of an hour": "PT15M", "a quarter of a century": "P25Y",
    "half a century": "P50Y", "a year and a half": "P1Y6M", "a decade": "P10Y",
    "a half-century": "P50Y", "a half century": "P50Y", "the past half-century": "P50Y",
    "the past half century": "P50Y", "the last half-century": "P50Y",
    "the last half century": "P50Y",
    "a century": "P100Y", "a fortnight": "P2W",
    # the next or the last stretch of a broadcast: "in the next half hour", "the past hour"
    "the next half hour": "PT30M", "the last half hour": "PT30M", "the past half hour": "PT30M",
    "the next hour": "PT1H", "a half hour": "PT30M", "half-hour": "PT30M",
    "the past hour": "PT1H", "the last hour": "PT1H",
}  # fmt: skip
# Years read aloud in broadcast transcripts: "nineteen seventy-nine", "the year two thousand"
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
              "eighty": 80, "ninety": 90}  # fmt: skip
UNIT_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine".split(), 1)}
# A year read aloud: "nineteen ninety-four", "two thousand and one" (see ``_spoken``).
SPOKEN = (
    rf"(?P<spoken>nineteen[\s-]+(?P<tens>{alt(TENS_WORDS)})(?:[\s-]+(?P<unit>{alt(UNIT_WORDS)}))?"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?P<unit2>{alt(UNIT_WORDS)})(?!\s+hundred))?)"
)
TENS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
        "seventies": 70, "eighties": 80, "nineties": 90}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip
CENTURY_LEX = replace(L, ordinals={**L.ordinals, **ORDINAL_WORDS})
DAY_ORDINAL_WORDS = {
    **ORDINAL_WORDS,
    "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
    "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip
DAY_ORDINALS = alt(DAY_ORDINAL_WORDS)
_HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()


def _rules() -> list[Rule]:
    r = compile_rule
    return [
        r("iso", rf"{B}(?P<t>(?P<y>\d{{4}})-(?P<m>[01]\d)-(?P<d>[0-3]\d)){E}", b.iso_date),
        r(
            "numeric",
            rf"{B}(?P<t>(?P<d>[01]?\d|[23]\d)/(?P<m>[0-3]?\d)/(?P<y>\d{{4}}|\d\d))(?![\w/.-]\d)",
            b.numeric_date(month_first=True),
        ),
        r(
            "month_day",
            rf"{B}(?:on\s+)?(?P<t>{MODP}(?:(?P<wd>{WEEKDAY}),?\s+)?"
            rf"(?:(?P<mon>{MONTH}){E}|(?P<mon2>{ABBR}|{ABBR_BARE}(?=\s+\d)))"
            rf"\s+(?P<d>{DAY}){E}(?:,?\s+(?P<y>{YEAR}){E})?)",
            b.written_date(L, MODS),
        ),
        r(
            "week_of_day",  # "the week of March 12": the (ISO) week that day falls in
            rf"{B}(?P<t>the\s+week\s+of\s+(?:(?P<mon>{MONTH}){E}|(?P<mon2>{ABBR}))"
            rf"\s+(?P<d>{DAY}){E}(?:,?\s+(?P<y>{YEAR}){E})?)",
            _week_of(b.written_date(L, MODS)),
        ),
        r(
            "second_day",  # "on April 24 and 25": the 25th is a date of its own
            # ("from Oct. 15 to 20": the end of a range too)
            rf"{B}(?:(?P<mon>{MONTH}){E}|(?P<mon2>{ABBR}))\s+{DAY}\s*(?:\s(?:and|or|&|to|through)\s|[-–])\s*"
            rf"(?P<t>(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?){E}"
            r"(?!\s*(?:%|percent\b|per\b|points?\b|million\b|billion\b))",
            b.written_date(L, MODS),
        ),
        r(
            "day_month",
            rf"{B}(?P<t>{MODP}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?"
            rf"(?:(?P<mon>{MONTH}){E}|(?P<mon2>{ABBR}))(?:,?\s+(?P<y>{YEAR}){E})?)",
            b.written_date(L, MODS),
        ),
        r(
            "month_year",
            rf"{B}(?P<t>{MODP}(?P<mon>{MONTH}{E}|{ABBR}),?\s+(?:of\s+)?(?:(?P<y>{YEAR})|{SPOKEN})){E}",
            _spoken_year_of(b.month_year(L, MODS, need_context=False)),
        ),
        r(
            "day_this_year",  # "on December 20 last year", "Feb. 5 this year"
            rf"{B}(?P<t>(?:(?P<mon>{MONTH}){E}|(?P<mon2>{ABBR}))\s+(?P<d>{DAY})"
            rf"(?:\s+of)?\s+(?:(?P<dir>last|this|next|that)|the\s+(?P<adir>same|following|previous"
            rf"|next))\s+year){E}",  # ("Sept. 11 of that year", "May 2 of the following year")
            _day_this_year,
        ),
        r(
            "month_this_year",
            rf"{B}(?P<t>{MODP}(?:{_THAT_CLAUSE}(?P<that>that)\s+(?P<mon2>{MONTH})"
            rf"(?!\s+(?:{_MONTH_FIGURES})\b)"
            rf"|(?P<mon>{MONTH})(?:\s+of)?\s+(?:(?P<dir>last|this|next|that)|the\s+"
            rf"(?P<adir>same|following|previous|next))\s+year)){E}",
            _month_this_year,
        ),
        r(
            "month",
            rf"{B}(?:(?P<pre>in|since|until|by|during|from|of|through|before|after|for|to|between|the|both|into|"
            rf"covering|including|"
            rf"a|an|its|their|his|her|as\s+(?:early|late|soon|recently)\s+as|at\s+least"
            rf"|[\w.-]+['’]s"  # "before Israel's June elections"
            rf"|between\s+now\s+and"  # "every week between now and November"
            # "the wettest February on record"
            rf"|the\s+(?:wettest|driest|coldest|warmest|hottest|snowiest|busiest|worst|best))\s+)?"
            rf"(?P<t>{MODP}(?:{DIRW}\s+)?(?P<mon>{MONTH})){E}(?P<of>['’]s\b)?"
            rf"(?(pre)|(?(of)|(?=\s+(?:{_MONTH_FIGURES})\b(?P<figures>))?))",
            _not_a_company(b.month_year(L, MODS, need_context=True)),
        ),
        r(  # "January, February and March": each month after another of a list (read from
            # a look-ahead at the one before, so that every one of a list is found)
            "month_listed",
            # ("between July 1995 and January": after a month and its year too)
            rf"{B}(?={MONTH}(?:\s+{YEAR})?{E}(?P<pre>\s*,\s*|\s+(?:and|or|&)\s+)"
            rf"(?P<t>(?P<mon>{MONTH})){E})",
            b.month_year(L, MODS, need_context=True),
        ),
        r(
            "year",
            rf"(?<![\w.-])(?:(?P<pre>in|since|from|until|by|of|during|through|for|due)\s+)?"
            rf"(?P<t>{MODP}(?:(?P<det>the\s+year|fiscal(?:\s+year)?)\s+)?(?P<y>{YEAR})){E}",
            b.year(L, MODS, FOLLOW_OK, DETERMINER_BEFORE, COUNTED, DATED, PAST_VERBS),
        ),
        r(
            "named_day",  # "since Black Monday", "on D-Day"
            rf"{B}(?P<t>{alt(NAMED_DAYS_EN)}){E}",
            br.literal("DATE", lambda m: NAMED_DAYS_EN.get(norm(m["t"]))),
        ),
        r(
            "fiscal_year_of",  # "the start of the 1999 fiscal year"
            rf"{B}(?P<t>the\s+(?P<y>{YEAR})\s+fiscal\s+year){E}",
            lambda m: Spec("abs", "DATE", Point("year", int(m["y"]))),
        ),
        r(
            "spoken_year",
            rf"{B}(?:in|since|by|until|from|before|after)\s+(?P<t>(?:the\s+year\s+)?{SPOKEN}){E}",
            _spoken_year,
        ),
        r(
            "the_year_spoken",  # "the year two thousand", wherever it stands
            rf"{B}(?P<t>the\s+year\s+{SPOKEN}){E}",
            _spoken_year,
        ),
        r(
            "spoken_year_whole",  # "they will remember nineteen ninety-eight": a year read aloud
            # in full, whatever comes before it (not a count: "nineteen ninety-eight people")
            rf"{B}(?P<t>(?P<spoken>nineteen[\s-]+(?P<tens>{alt(TENS_WORDS)})[\s-]+"
            rf"(?P<unit>{alt(UNIT_WORDS)}))){E}"
            r"(?!\s+(?:people|percent|dollars|points|years|times|of|per|million|thousand)\b)",
            _spoken_year,
        ),
        r(
            "holiday",
            # (not "a Christmas miracle", "a service of thanksgiving": a kind of thing, a word)
            rf"{B}(?<!\ba\s)(?<!\ban\s)(?=(?-i:[A-Z]|(?:the|last|next|this)\s))"
            rf"(?P<t>(?:(?P<dir>last|next|this)\s+|the\s+(?=[\w' -]{{3,30}}\s+week-?end\b))?"
            rf"(?P<h>{alt([*FIXED_EN, *EASTER_EN, *NTH_EN])})"
            rf"(?:(?P<we>\s+week-?end)|\s+(?P<pod>morning|afternoon|evening|night))?"
            # ("New Year's" alone is the start of "New Year's party", "New Year's resolutions")
            rf"(?(we)|(?(pod)|(?<!year's)(?<!year’s)))"
            # its year after it, or after "in" outside the span ("on Easter Sunday in 1989")
            rf"(?:,?\s+(?P<y>1[6-9]\d\d|20\d\d)\b|(?=\s+in\s+(?P<y2>1[6-9]\d\d|20\d\d)\b))?)"
            r"(?![\w-])",
            b.holiday(FIXED_EN, EASTER_EN, NTH_EN, group="h", pods=PODS),
        ),
        r(
            "nth_week",  # "the first week of January", "the last week in June"
            rf"{B}(?P<t>the\s+(?P<o>first|second|third|fourth|last)\s+week\s+(?:of|in)\s+"
            rf"(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?){E}",
            b.nth_week_of(L, {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}),
        ),
        r(
            "nth_weekday",
            rf"{B}(?P<t>the\s+(?P<o>first|second|third|fourth|last)\s+(?P<wd>{WEEKDAY})\s+(?:of|in)\s+"
            rf"(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?){E}",
            b.nth_weekday_of(L, {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}),
        ),
        r(
            "decade",
            rf"{B}(?P<t>(?:the\s+(?P<half>first|second|last)\s+half\s+of\s+)?"
            # (a decade written out needs no article: "a 1950s Royal portable")
            rf"{MODP}(?:the\s+|(?=(?:early|late|mid)[\s-]+(?:1[0-9]|20)\d0s)|(?={APO}\d0s)"
            rf"|(?=(?:1[0-9]|20)\d0s\b)"
            rf"|(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s,\s))"  # "the 1970s and 1980s"
            rf"(?:(?P<part>early|late|mid)[\s-]+)?"
            rf"(?P<y>(?:1[0-9]|20)\d0s|{APO}\d0s|(?:nineteen[\s-]+)?{alt(TENS)})){E}",
            _decade,
        ),
        r(
            "century",
            rf"{B}(?P<t>{MODP}(?:the\s+)?(?P<c>\d{{1,2}}|{alt(ORDINAL_WORDS)})(?:st|nd|rd|th)?[\s-]+century){E}",
            b.century(CENTURY_LEX, MODS),
        ),
        r(
            "season",
            rf"{B}(?:(?P<pre>in|during|since|through|by|until|before|after)\s+"
            # a superlative, out of the span: "the driest summer since 1934" (a season of its own)
            rf"|(?P<pred>the\s+(?:{_SUPERLATIVE}))\s+)?(?P<t>{MODP}"
            rf"(?:(?P<det>this\s+past|this|the\s+coming|the\s+upcoming|the|last|next|that)\s+)?"
            # (not baseball's "spring training", a crop's "winter wheat")
            rf"(?P<s>{alt(L.seasons)})(?!\s+(?:training|wheat|barley|crops?)\b)"
            rf"(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|{SPOKEN}"
            rf"|(?P<rdir>this|last|next)\s+year"
            # "the summer of that year", "the spring of the following year": the story's
            rf"|of\s+(?:(?P<same>that|the\s+same)|the\s+(?P<rdir_an>following|previous))\s+year"
            rf"))?){E}",
            _spoken_year_of(br.of_relative_year(_season)),
        ),
        r(
            "season_and_season",  # "in the fall and [winter]": the second season of a pair
            rf"{B}(?:(?P<pre>in|during|through|by|since|until)\s+)?(?:(?P<det>the)\s+)?"
            rf"(?:{alt(L.seasons)})\s+(?:and|or)\s+(?P<t>(?P<s>{alt(L.seasons)}))"
            rf"(?!\s+(?:of\s+)?(?:\d|this|last|next)){E}",  # (not "spring and summer of 1990")
            _season_of_pair,
        ),
        r(
            "season_after",  # "The following spring, he moved": the spring after the story's date
            rf"{B}(?P<t>the\s+(?P<dir>following|next|previous|preceding)\s+"
            rf"(?:(?P<s>{alt(L.seasons)})|(?P<mo>{MONTH}))){E}",
            _not_the_games(br.season_after(L, frozenset({"previous", "preceding"}))),
        ),
        r(
            "day_of_month",  # "the first of next month", "the 15th of last month"
            rf"{B}(?P<t>the\s+(?:(?P<o>{DAY_ORDINALS})|(?P<d>[0-3]?\d)(?:st|nd|rd|th))\s+of\s+"
            rf"(?P<rdir>this|last|next)\s+month){E}",
            br.day_of_relative_month(DAY_ORDINAL_WORDS),
        ),
        r(
            "quarter",
            # ("its 1988 fourth-quarter results": the year before the quarter, 's or not)
            rf"{B}(?P<t>(?:(?:the|(?P<py>this|last|next)\s+year{APO}s|(?P<ys>{YEAR})(?:{APO}s)?"
            rf"|the\s+(?P<yq>{YEAR})|a\s+[a-z]+)\s+)?(?:fiscal\s+)?"
            rf"(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[\s-]+(?:fiscal\s+)?"
            rf"(?P<u>quarter|half)"
            r"(?![\s-]+(?:an\s+)?hour)"  # "the last half hour", "the final half-hour": minutes
            rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{YEAR})|(?P<sy>this|last|next)\s+year|the\s+year))?){E}",
            _quarter_or_half,
        ),
        r(
            "reported_quarter",
            rf"{B}(?P<t>the\s+(?:latest\s+|most\s+recent\s+|just-ended\s+|recent\s+)?quarter){E}(?!-)"
            # ("the quarter that ends this month": the current one)
            r"(?P<current>\s+(?:that\s+|which\s+)?(?:ends|ending|will\s+end)\s+this\s+month\b)?",
            lambda m: Spec("deictic", "DATE", unit="Q", amount=0 if m["current"] else -1),
        ),
        r(
            "told_month",  # "Permits fell 4.7% during the month": the month just told of
            rf"{B}(?<!later\s)(?<!earlier\s)(?:during|for|in|over|throughout)\s+(?P<t>the\s+month){E}"
            rf"(?!\s+of\b|-|{APO})",
            lambda m: Spec("rel", "DATE", unit="M", amount=0, value="told_month"),
        ),
        r(
            "told_week",  # "delays expected through the week": the week of the story
            rf"{B}(?<!later\s)(?<!earlier\s)through\s+"
            rf"(?P<t>the\s+week){E}(?!\s+(?:of|ended|ending)\b|-|{APO})",
            lambda m: Spec("rel", "DATE", unit="W", amount=0),
        ),
        r(
            "reported_unit",  # "in the latest week", "the most recent month": the last whole one
            rf"{B}(?P<t>the\s+(?:latest|most\s+recent)\s+(?P<u>week|month)){E}(?!-)",
            lambda m: Spec("deictic", "DATE", unit="W" if m["u"] == "week" else "M", amount=-1),
        ),
        r(
            "year_period",  # "the 1988 quarter", "the 1990 period": the period reported, that year
            rf"{B}(?P<t>the\s+(?P<y>{YEAR})\s+(?:quarter|period)){E}(?!-)",
            _year_period,
        ),
        r(
            "year_earlier",
            # ("the same period last year": that period, a year before)
            rf"{B}(?P<t>the\s+same\s+(?:period|quarter|month)(?:\s+of)?\s+(?:last\s+year|a\s+year\s+"
            rf"(?:earlier|ago)|the\s+previous\s+year)|(?:the\s+(?:comparable\s+)?)?year[-\s]"
            rf"(?:earlier|ago)"
            rf"(?:\s+(?:(?:first|second|third|fourth)\s+)?(?:quarter|period)|\s+month"
            rf"|\s+(?:first\s+)?(?P<nm>three|six|nine|twelve|\d{{1,2}})\s+months)?){E}",
            _year_earlier,
        ),
        r(
            "deictic_day",
            # "in today's world" (not "ahead of today's auction": that day's)
            rf"{B}(?!(?<=\bof\s)(?<!\bahead\sof\s)tomorrow\b"
            rf"|(?<=\bof\s|\bin\s)(?<!\bahead\sof\s)today{APO}s\b)"
            rf"(?P<t>(?:the\s+day\s+(?P<beyond>before|after)\s+)?(?:(?:early|late|earlier|later)\s+)?"
            rf"(?P<w>yesterday|today|tomorrow)(?:\s+(?P<pod>morning|afternoon|evening|night))?){E}",
            _day_beyond(br.deictic_day(DAY_OFFSETS, PODS)),
        ),
        r("tonight", rf"{B}(?P<t>tonight|last\s+night){E}", _tonight),
        r(
            "overnight",  # "shares fell overnight": the night before the story's day; "the
            # House is expected to vote overnight": the night to come; not "overnight rates"
            rf"(?P<ahead>{B}(?:will|would|to|shall)\s+(?:[a-z]+\s+){{0,3}}?)?"
            rf"{B}(?P<t>overnight){E}(?!\s+(?:{OVERNIGHT_NOUNS})\b)",
            lambda m: Spec(
                "rel",
                "TIME",
                Point("pod", None, code="NI"),
                unit="D",
                amount=0 if m["ahead"] else -1,
                value="overnight",
            ),
        ),
        r(
            "this_unit",
            rf"{B}(?P<t>{MODP}(?:(?:this\s+(?:fiscal\s+(?=year|quarter))?"
            rf"|the\s+current\s+(?:fiscal\s+)?(?=quarter|month|week))"
            rf"(?P<u>morning|afternoon|evening|week|weekend|month|year|quarter|decade|century)"
            rf"|the\s+(?P<u2>weekend))){E}",
            br.this_unit(L, MODS),
        ),
        r(
            "last_next",
            rf"{B}(?P<t>{MODP}(?:the\s+)?(?P<dir>last|next|past|coming|following|previous|prior"
            rf"|preceding)\s+(?:fiscal\s+(?=year|quarter))?"
            rf"(?P<u>week|weekend|month|year|quarter|decade|century)){E}",
            _past_decade(_next_in_story(br.last_next_unit(L, MODS))),
        ),
        r(
            "sports_season",  # "last season" (the year before), "this season", "next season": a
            # season of sport, counted in years from the document date
            rf"{B}(?P<t>(?P<dir>this|last|next)\s+season){E}(?!{APO}|-)",
            lambda m: Spec(
                "deictic",
                "DATE",
                unit="Y",
                amount={"this": 0, "last": -1, "next": 1}[norm(m["dir"])],
                value=SPORTS_SEASON,
            ),
        ),
        r(
            "weekday_set",  # "on Tuesday nights", "Monday and Tuesday nights": every such night
            rf"{B}(?P<t>(?P<wd>{WEEKDAY})s?(?:\s+(?P<pod>{PLURAL_PODS})"
            rf"|(?=\s+(?:and|or|&)\s+{WEEKDAY}s?\s+(?P<pod2>{PLURAL_PODS})\b))){E}",
            _weekday_set,
        ),
        r(
            "weekday_every_listed",  # "every Monday and Thursday": Thursday is each one too
            rf"\b(?:every|each)\s+{WEEKDAY}\s+(?:and|or|&)\s+(?P<t>(?P<wd>{WEEKDAY})){E}"
            r"(?!\s+(?:morning|afternoon|evening|night)s?\b)",
            _weekday_every,
        ),
        r(
            "weekday",
            # ("in the congregation that Sunday": the story's; not the conjunction of "said
            # that Monday's vote …")
            rf"{B}(?P<t>(?:(?P<this>that\s+same|this|{_THAT_DAY})\s+)?(?:{DIRW_DAY}\s+)?"
            # "early Tuesday" (a part of day after it keeps "early" out: "early Friday morning")
            rf"(?:(?P<edge>early|late)\s+(?={WEEKDAY}\b(?!\s+(?:morning|afternoon|evening|night))))?"
            # ("Super Tuesday": the primaries' Tuesday)
            rf"(?:(?-i:Super)\s+(?=(?-i:Tuesday)))?"
            rf"(?P<wd>{WEEKDAY})(?P<plural>s)?(?:\s+(?P<pod>morning|afternoon|evening|night))?){E}",
            _edge_of_day(br.weekday(L)),
        ),
        r(
            "relative",
            rf"{B}(?P<t>"
            # ("About 20 minutes later, the pilot radioed")
            rf"(?:(?:about|nearly|almost|some|roughly|around|barely|only|just|exactly)\s+)?"
            rf"(?:(?P<halfof>half)\s+)?(?P<n>{NUMBER})(?P<half>\s+and\s+a\s+half)?\s+"
            rf"(?P<u>{UNIT})(?P<half2>\s+and\s+a\s+half)?\s+"
            # ("an hour earlier than the city allows": a length compared, no date)
            rf"(?P<rel>later|earlier|before|after|afterwards)(?:\s+that(?=\s*[,.;]))?){E}"
            # (nor "for several days earlier this month": a length, then another date)
            r"(?!\s+than\b)(?!(?<=earlier)\s+(?:this|last|next|in\s+the)\s+\w)",
            _half_an_hour(
                _same_period(br.relative(L, SIGNS, need_pause=frozenset({"before", "after"})))
            ),
        ),
        r(
            "ago_today",  # "Fifty years ago today, …": that very day, years back
            rf"{B}(?P<t>(?:(?:exactly|just)\s+)?(?P<n>{NUMBER})\s+(?P<u>years?)\s+ago\s+today){E}",
            _years_ago_today,
        ),
        r(
            "ago",
            rf"{B}(?P<t>(?:(?:more\s+than|less\s+than|about|nearly|almost|over|some|exactly)\s+)?"
            rf"(?P<n>{NUMBER})"
            rf"(?P<half>\s+and\s+a\s+half)?\s+(?P<u>{UNIT})(?P<half2>\s+and\s+a\s+half)?\s+ago){E}",
            _vague_ago(_same_period(br.relative(L, {}, deictic_sign=-1))),
        ),
        r(
            "from_now",  # "a year from now", "two weeks from today": counted ahead from the day
            rf"{B}(?P<t>(?:(?:more\s+than|about|nearly|almost|some|exactly)\s+)?(?P<n>{NUMBER})"
            rf"(?P<half>\s+and\s+a\s+half)?\s+(?P<u>{UNIT})\s+from\s+(?:now|today)){E}",
            br.relative(L, {}, deictic_sign=1),
        ),
        r(
            "fixed_relative",
            rf"{B}(?P<t>(?P<w>{alt(FIXED_RELATIVE)})(?:\s+(?P<pod>morning|evening))?){E}",
            br.fixed_relative(FIXED_RELATIVE, PODS, NIGHT_OF),
        ),
        r(
            "same",
            rf"{B}(?:at|by)\s+(?P<t>that\s+(?:time|moment|point)){E}",
            lambda m: Spec("same", "DATE"),
        ),
        r(
            "rest_of_the_unit",  # "volatile for the rest of the week": the week the story is at
            rf"{B}(?P<t>the\s+rest\s+of\s+(?:the|this)\s+(?P<u>day|week|month|year)){E}",
            _in_the_unit,
        ),
        r(
            "in_the_day",
            rf"{B}(?:later|earlier|late|early)\s+in\s+(?P<t>the\s+(?P<u>day|week|month|year)){E}"
            rf"|{B}(?P<t2>the\s+(?P<u2>week|month|year))(?={APO}s\s)",
            _in_the_unit,
        ),
        r(
            "edge_of_unit",  # "by the end of the month", "at the start of the week"
            rf"{B}(?P<t>the\s+(?P<edge>end|beginning|start|middle)\s+of\s+the\s+"
            rf"(?P<u>week|month|quarter|decade|century)){E}",
            br.edge_of_unit(
                L, {"start": "START", "beginning": "START", "middle": "MID", "end": "END"}
            ),
        ),
        r(
            "clock_today",  # "4:15 this afternoon", "at 9 tonight", "at 7 this morning", "2 p.m.
            # Eastern time tomorrow": one time on the day the word names
            rf"{B}(?:(?P<pre>at|by|until|from|before|after)\s+)?"
            rf"(?P<t>(?:(?P<approx>around|about)\s+)?"
            rf"(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?(?:\s?(?P<ampm>a\.m\.|p\.m\.|am|pm))?"
            # (on the same line, in small letters: not "until after 2 a.m. Today is a holiday")
            rf"(?:\s+o{APO}clock)?{_ZONE}[ \t]+"
            r"(?-i:(?P<dw>(?:this|yesterday|tomorrow)(?=\s+(?:morning|afternoon|evening|night)\b)"
            r"|last(?=\s+(?:evening|night)\b)"  # "7 p.m. last night": the day before
            r"|tonight|today|yesterday|tomorrow))"
            r"(?:\s+(?P<podw>morning|afternoon|evening|night))?)"
            r"(?(ampm)|(?(mi)|(?(pre)|(?(approx)|(?!)))))(?!\w)",
            _clock_today,
        ),
        r(
            "part_of_a_date",  # "on the evening of May 11", "the night of Oct. 3, 1998"
            rf"{B}(?P<t>the\s+(?P<pod>morning|afternoon|evening|night)\s+of\s+"
            rf"(?P<mon>{MONTH}|{ABBR})\s+(?P<d>{DAY})(?:,\s+(?P<y>{YEAR}))?){E}",
            _part_of_a_date,
        ),
        r(
            "clock_part_of_day",  # "it's 11:30 at night", "at 7 in the morning"
            rf"{B}(?:(?P<pre>at|by|until|around|about|after|before)\s+)?"
            rf"(?P<t>(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s+(?:at\s+(?P<pod>night)"
            r"|in\s+the\s+(?P<pod2>morning|afternoon|evening)))(?(mi)|(?(pre)|(?!)))(?!\w)",
            _clock_part_of_day,
        ),
        r(
            "clock",
            rf"{B}(?:(?P<pre>at|by|until|from|before|after)\s+)?"
            rf"(?P<t>(?:(?P<approx>around|about|approximately|roughly)\s+)?"
            # ("nine p.m. local time", read aloud)
            rf"(?:(?P<h>[01]?\d|2[0-3]|(?-i:{alt(_HOUR_WORDS)})(?=\s(?-i:[ap])\.m\.))"
            rf"(?::(?P<mi>[0-5]\d))?\s?"
            rf"(?P<ampm>a\.m\.|p\.m\.|am|pm)"
            rf"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])){ON_DAY})(?![\w])",
            _on_day(_clock),
        ),
        r(
            "spoken_day",  # "March eighth", "May the fifteenth", "the fifteenth of May"
            # (and its weekday before: "Monday, January fourth")
            rf"{B}(?P<t>(?:(?:{WEEKDAY}),?\s+)?(?:(?P<mon>{MONTH})\s+(?:the\s+)?(?P<o>{DAY_ORDINALS})"
            rf"|the\s+(?P<o2>{DAY_ORDINALS})\s+of\s+(?P<mon2>{MONTH}))"
            rf"(?:,?\s+(?:(?P<y>{YEAR})|{SPOKEN}))?){E}",
            _spoken_day,
        ),
        r(
            "months_quarter",  # "the January-March quarter", "the July-September period"
            rf"{B}(?P<t>(?:the\s+)?(?P<m1>{MONTH})\s*[-–]\s*(?P<m2>{MONTH})\s+(?:quarter|period)){E}",
            _months_quarter,
        ),
        r(
            "month_quarter",  # "the September quarter": the quarter that ends in September
            rf"{B}(?P<t>(?:the\s+)?(?P<mon>(?-i:March|June|September|December))\s+quarter"
            rf"(?:\s+of\s+(?P<y>{YEAR}))?){E}",
            _month_quarter,
        ),
        r(
            "military",  # "at 0800 GMT", "(1530 GMT)": a time of day in four digits with its zone
            rf"{B}(?P<t>(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s+(?:GMT|UTC|local\s+time){ON_DAY})(?![\w])",
            _on_day(_military),
        ),
        r(
            "oclock",
            rf"{B}(?:(?P<pre>at|around|about|by|until)\s+)?(?P<t>(?P<h>[01]?\d|{alt(L.numbers)})\s+o{APO}clock"
            rf"(?:\s+(?:(?P<dw>this|yesterday|tomorrow)\s+(?P<podw>morning|afternoon|evening)"
            rf"|(?P<dwl>last)\s+(?P<podl>evening|night)"
            # "one o'clock Tuesday afternoon": that day's time
            rf"|(?P<owd>{WEEKDAY})\s+(?P<opod>morning|afternoon|evening|night)))?){E}",
            _oclock,
        ),
        r(
            "noon",
            # "at midnight", "from 8 p.m. to midnight", "between 10 p.m. and midnight"
            rf"{B}(?:(?P<pre>at|around|about|by|until|till|to|before|after|past|for|from|between"
            r"|since|(?<=[ap]\.m\.\s)and)\s+)?"
            rf"(?P<t>(?:(?P<approx>around|about|nearly|almost|approximately)\s+)?"
            rf"(?P<hw>noon|midnight|midday){ON_DAY}(?:\s+(?P<dw2>yesterday|today|tomorrow))?)"
            rf"(?(pre)|(?(dwd)|(?(dd)|(?(dw2)|(?!))))){E}",  # ("until nearly midnight yesterday")
            _on_day(br.clock(PODS, DAY_OFFSETS, L.numbers)),
        ),
        r(
            "part_of_day",
            rf"{B}(?:in|during|throughout|through|into|for|spent|spend|spends|spending)\s+"
            rf"(?P<t>the\s+(?P<pod>morning|afternoon|evening|night)){E}"
            # (not "the night flight", "the morning session": a thing of that time)
            r"(?!\s+(?:flights?|shifts?|sky|trains?|bus|watch|clubs?|life|air|sessions?|shows?"
            r"|news|editions?|papers?|class(?:es)?|school|star)\b)",
            _not_a_name(br.part_of_day(PODS)),
        ),
        r(
            "mid_part_of_day",
            rf"{B}(?:by|in|at|during|until|from|since)\s+(?:the\s+)?"
            rf"(?P<t>(?P<mod>mid|late|early)[\s-]?(?P<pod>morning|afternoon|evening)){E}",
            br.part_of_day(PODS, {"mid": "MID", "late": "END", "early": "START"}),
        ),
        r(
            "duration",
            rf"{B}(?:(?P<mod>over|some)\s+)?(?P<t>(?:(?P<modg>{alt(SPAN_MODS)})\s+)?"
            rf"(?:the\s+(?:past|last|next|first|final|previous|coming|following)\s+"
            rf"|the\s+(?!{NUMBER}[\s-]+{SINGULAR_UNIT}(?![\w-])))?"  # not "the 14-day period"
            rf"(?P<n>{NUMBER})(?P<half>\s+and\s+a\s+half|\s+1/2)?"
            rf"(?:\s+(?:more|additional|extra|straight|consecutive|full))?[\s-]+(?P<u>{UNIT})"
            rf"(?P<half2>\s+and\s+a\s+half)?){E}",
            _not_a_rate(br.duration(L, split_halves=True)),
        ),
        r(
            # "two hours and 20 minutes", "three years and six months", "3 hours 20 minutes"
            "duration_pair",
            rf"{B}(?P<t>(?:(?P<modg>{alt(SPAN_MODS)})\s+)?(?P<n>{NUMBER})\s+(?P<u>{UNIT})"
            rf"(?:,\s*|\s+and\s+|\s+)(?P<n2>{NUMBER})\s+(?P<u2>{UNIT})"
            rf"(?:,?\s+and\s+(?P<n3>{NUMBER})\s+(?P<u3>{UNIT}))?){E}",  # "… and 56 seconds"
            br.duration_pair(L),
        ),
        r(
            "long_compound",  # "a month-long strike", "the three-month-long siege", "weeklong"
            rf"{B}(?P<t>(?:(?P<n>{NUMBER})-)?(?P<u>hour|day|week|month|year|decade)-?long){E}",
            _long_compound,
        ),
        r(
            "fixed_duration",  # "half a century", "more than half a century"
            rf"{B}(?P<t>(?:(?P<modg>{alt(SPAN_MODS)})\s+)?(?P<f>{alt(FIXED_DURATIONS)})){E}",
            lambda m: Spec(
                "literal",
                "DURATION",
                value=FIXED_DURATIONS.get(norm(m["f"])),
                mod=mod_of(group(m, "modg"), DURATION_MODS),
            ),
        ),
        r(
            "recent_duration",
            rf"{B}(?P<t>the\s+(?:last|past|next)\s+(?:few|several)\s+(?P<u>{UNIT})){E}",
            lambda m: Spec("literal", "DURATION", value=_vague(m)),
        ),
        r(
            "set",
            rf"{B}(?P<t>(?:every|each)\s+"
            rf"(?:(?P<n>{alt(L.numbers)}|\d+|few|several)\s+|(?P<other>other)\s+)?"
            rf"(?P<u>week-?end|{UNIT}|{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|{MONTH}"
            rf"|{alt(L.seasons)}|morning|afternoon|evening|night)){E}",  # ("every Thursday night")
            br.set_every(L, PODS, day_part=True),
        ),
        r(
            "frequency",  # "twice a week", "three times a year", "once a month": P1W, P1Y…
            rf"{B}(?P<t>(?:once|twice|(?:two|three|four|five|six|seven|eight|nine|ten|eleven"
            rf"|twelve|several|many|a\s+few|\d+)\s+times)\s+"
            rf"(?:a|an|per|each)\s+(?P<u>day|week|month|quarter|year)){E}",
            lambda m: Spec("literal", "SET", value=duration_value(1, L.units[norm(m["u"])])),
        ),
        r(
            "every_half_hour",  # "ferries added runs every half hour"
            rf"{B}(?P<t>every\s+half[\s-]hour){E}",
            lambda m: Spec("literal", "SET", value="PT30M"),
        ),
        r(
            "set_adj",  # "daily", "weekly" (TimeBank tags "a daily newspaper" too)
            rf"{B}(?P<t>{alt(L.sets_adj)}){E}",
            _set_adjective,
        ),
        r(
            "vague_adjective",
            rf"{B}(?:the|its|his|her|their|our|a|an)\s+(?P<t>{alt(VAGUE_BEFORE)})"
            rf"(?=\s+(?P<noun>[a-z]+))",
            _vague_adjective,
        ),
        r(
            "ref",
            # (not "as recently as April", nor "most recently in 1979": the date told after)
            rf"{B}(?P<t>{alt(REFS)}){E}(?<!as\srecently)"
            rf"(?!(?<=recently)\s*,?\s+(?:in|on)\s+(?:\d|{MONTH}))",
            _ref,
        ),
        r(
            "past_ref",  # "in the past": the phrase without its preposition, as TimeML writes it
            rf"{B}(?:in|of|from|into)\s+(?P<t>the\s+(?:distant\s+|recent\s+)?past)"
            rf"(?![\s-]+(?:{NUMBER}|few|several|many|{UNIT})(?![\w-])){E}",
            br.literal("DATE", lambda m: "PAST_REF"),
        ),
        r(
            "future_ref",
            rf"{B}(?:(?:into|in|about|for|to|toward|towards|of|over)\s+(?P<t>the\s+(?:near\s+|distant\s+|"
            rf"foreseeable\s+|immediate\s+)?future)(?!\s+of\b)|(?P<t2>as\s+soon\s+as\s+possible"
            rf"|the\s+(?:near|short)\s+term|soon(?!\s+(?:as|after|afterwards?|thereafter)\b)"
            rf"|(?:the\s+)?(?:coming|future|upcoming)\s+(?:{PLURAL_UNITS}|hours))){E}",
            br.literal("DATE", lambda m: "FUTURE_REF"),
        ),
        r(
            "vague_units",
            # "for years", "Recovery took years", "spent months in hiding"
            rf"{B}(?:(?:for|in|within|took|take|takes|lasted|last|lasts|spent|spend|spends|waited"
            rf"|need|needs|needed)\s+"
            rf"(?P<t>(?P<u>days|weeks|months|years|decades|centuries|hours|minutes))"
            rf"(?!\s+(?:of|ago|later|earlier|before|after|to\s+come)\b)"
            rf"|(?<=the\s)(?P<t2>(?P<u2>days|weeks|months))(?=\s+(?:before|after|following|preceding|leading)\b)"
            rf"|(?P<t3>recent\s+(?P<u3>{PLURAL_UNITS})|the\s+(?P<u4>days|weeks|months|years)\s+ahead)){E}",
            _vague_units,
        ),
        r(
            "the_year",
            rf"{B}(?P<t>{MODP}the\s+(?:(?P<which>current\s+fiscal|latest\s+fiscal|past\s+fiscal|current|"
            rf"fiscal|latest|calendar)\s+)?year){E}(?!-)(?P<ended>\s+(?:ended|ending)\b)?",
            _the_year,
        ),
        r(
            "year_end",
            rf"{B}(?:(?P<pre>by|at|since|until|before|after|near|through|to|from)\s+|(?=around\s))"
            rf"(?P<t>(?:around\s+)?(?:the\s+)?year(?:[-\s]|{APO}s\s+)end"
            rf"(?:\s+(?P<y>{YEAR}))?){E}(?!-)",
            lambda m: Spec(  # "by year-end", "by year's end", "at year-end 1988": 31 December;
                "abs",  # a deadline's the coming one ("by year-end", written in April)
                "DATE",
                Point("day", int(m["y"]) if m["y"] else None, 12, 31),
                direction=1 if (m["pre"] or "").lower() in ("by", "until", "before") else None,
            ),
        ),
    ]


# A company's name after "the" and a month: the month opens it ("the May Department Stores
# Co.", "the May Co. unit"; not "the June Fed meeting")
_COMPANY_GOES_ON = re.compile(
    r"(?:\s+[A-Z][\w&'’-]*){0,3}\s+(?:Co|Corp|Inc|Ltd|Company|Stores|Group|Department)\b"
)


# What a company has and a month has not, after its possessive: "May's shares", "May's chairman"
_COMPANY_HAS = re.compile(
    r"\s+(?:stock|shares|chairman|chief|board|spokesman|spokeswoman|executives|management"
    r"|shareholders|stores)\b"
)


def _not_a_company(build: Builder) -> Builder:
    def checked(m: re.Match[str]) -> Spec | None:
        if norm(group(m, "pre") or "") == "the" and _COMPANY_GOES_ON.match(m.string, m.end()):
            return None
        if group(m, "of") and _COMPANY_HAS.match(m.string, m.end()):
            return None  # "May's stock fell": the May company's
        return build(m)

    return checked


def _same_period(build: Builder) -> Builder:
    """ "from $4 million a year earlier", "up from a year ago": years counted back from the
    quarter or the day just reported are that period in the earlier year (see the resolver)."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        spec = build(m)
        if spec is None or spec.unit != "Y" or abs(spec.amount or 0) > 2:
            return spec  # ("founded the company 11 years ago": a year of its own)
        return replace(spec, same_period="near")

    return wrapped


# "over the next year": the year from today; "The next year, he married": the one after the story's
_SPAN_BEFORE = re.compile(r"\b(?:over|within|during|for|in|into|throughout|through)\s+$", re.I)


def _next_in_story(build: Builder) -> Builder:
    """ "the next year", not after a preposition of span ("over the next year"), is the year
    after the one the story is at, like "the following year"; "next year" is counted from
    today."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        spec = build(m)
        words = norm(m["t"]).split()
        if spec is None or spec.mod is not None or words[:2] != ["the", "next"]:
            return spec
        if _SPAN_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
            return spec
        return replace(spec, kind="rel")

    return wrapped


def _weekday_set(m: re.Match[str]) -> Spec | None:
    """ "on Tuesday nights" (XXXX-WXX-2TNI); "Monday" in "Monday and Tuesday nights" too."""
    day = L.weekdays.get(norm(m["wd"]))
    pod = PODS.get(norm(group(m, "pod") or group(m, "pod2") or "").removesuffix("s"))
    if day is None or pod is None:
        return None
    return Spec("literal", "SET", value=f"XXXX-WXX-{day + 1}T{pod}")


def _weekday_every(m: re.Match[str]) -> Spec | None:
    """ "Thursday" of "every Monday and Thursday": each Thursday (XXXX-WXX-4)."""
    day = L.weekdays.get(norm(m["wd"]))
    return None if day is None else Spec("literal", "SET", value=f"XXXX-WXX-{day + 1}")


def _years_ago_today(m: re.Match[str]) -> Spec | None:
    count = number_value(m["n"], L)
    if count is None or count != int(count) or count < 1:
        return None
    return Spec("deictic", "DATE", unit="Y", amount=-int(count), value="ago_today")


def _vague_ago(build: Builder) -> Builder:
    """ "a few years ago", "several weeks ago": some time in the past (PAST_REF), the whole phrase
    a date, not "a few years" a duration."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        if norm(m["n"]) in L.vague_numbers:
            return Spec("literal", "DATE", value="PAST_REF")
        return build(m)

    return wrapped


def _edge_of_day(build: Builder) -> Builder:
    """ "early Tuesday", "late Friday": that day, its start or its end."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        if not group(m, "pod") and _NAMED_AFTER_DAY.match(m.string, m.end()):
            before = m.string[max(0, m.start() - 6) : m.start()]
            if before.endswith(("``", '"', "“")):  # (not "the Tuesday Senate vote")
                return None  # "the ``Friday Bandit''": a name
        spec = build(m)
        edge = mod_of(group(m, "edge"), MOD_WORDS_EN)
        return spec if spec is None or edge is None else replace(spec, mod=edge)

    return wrapped


# A capitalised noun right after a weekday, no month nor part of a date: a name goes on
_NAMED_AFTER_DAY = re.compile(
    rf"\s+(?!{MONTH}|Morning|Afternoon|Evening|Night|Noon|Midnight)(?-i:[A-Z][a-z]{{2,}})\b"
)


def _half_an_hour(build: Builder) -> Builder:
    """ "half an hour later": thirty minutes counted from the time just told (a half of another
    unit is too vague to place a date by)."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        spec = build(m)
        if not group(m, "halfof") or spec is None:
            return spec
        if spec.unit != "H" or norm(m["n"]) not in ("an", "a", "one"):
            return None
        return replace(spec, unit="MIN", amount=30 * (spec.amount or 1))

    return wrapped


def _year_period(m: re.Match[str]) -> Spec | None:
    year = Point("year", int(m["y"]))
    return Spec("rel", "DATE", year, unit="Y", amount=0, value="offset", same_period="named")


def _year_earlier(m: re.Match[str]) -> Spec | None:
    """ "the year-earlier quarter" names the period it compares with; "year-earlier results"
    take the period just reported."""
    if group(m, "nm"):  # "the year-earlier nine months": those months of the year before
        count = number_value(m["nm"], L)
        return Spec("literal", "DURATION", value=f"P{int(count)}M") if count else None
    named = m["t"].lower().rstrip().endswith(("quarter", "period", "month")) or m[
        "t"
    ].lower().startswith("the same")
    ordinal = re.search(r"\b(first|second|third|fourth)\s+quarter$", m["t"], re.IGNORECASE)
    if ordinal:  # "the year-earlier second quarter": that quarter of last year
        point = Point("quarter", None, code=f"Q{L.ordinals[norm(ordinal[1])]}")
        return Spec("deictic", "DATE", point, unit="Y", amount=-1)
    return Spec("rel", "DATE", unit="Y", amount=-1, value="offset",
                same_period="named" if named else "near")  # fmt: skip


def _set_adjective(m: re.Match[str]) -> Spec | None:
    """ "daily", "weekly"; not a word of a title ("Daily Variety", "The Weekly Standard")."""
    if m["t"][:1].isupper() and _CAPITAL_NEXT.match(m.string, m.end()):
        return None
    value = L.sets_adj.get(norm(m["t"]))
    return Spec("literal", "SET", value=value) if value else None


def _ref(m: re.Match[str]) -> Spec | None:
    """ "now" is the present, but not a sentence's opening "Now," ("Now, he says…") nor "for
    now"."""
    before = m.string[max(0, m.start() - 5) : m.start()]
    if m["t"] == "Now" or re.search(r"\bfor\s+$", before, re.IGNORECASE):
        return None
    value = REFS.get(norm(m["t"]))
    return Spec("literal", "DATE", value=value) if value else None


def _vague_units(m: re.Match[str]) -> Spec | None:
    """ "for weeks", "in recent months", "the days before the vote", "the weeks ahead": an
    unknown number of units (PXW)."""
    word = group(m, "u") or group(m, "u2") or group(m, "u3") or group(m, "u4") or ""
    unit = L.units.get(norm(word))
    return Spec("literal", "DURATION", value=duration_value(None, unit)) if unit else None


def _the_year(m: re.Match[str]) -> Spec | None:
    """ "for the year ended Sept. 30": a fiscal year (P1Y); "the current year" (this one); "the
    latest fiscal year" (the last one); a bare "the year" is the year of the dates around."""
    which = norm(group(m, "which") or "")
    mod = b.mods_of(m, MODS)
    if group(m, "ended"):
        return Spec("literal", "DURATION", value="P1Y")
    if which.startswith(("latest", "past")):
        return Spec("deictic", "DATE", unit="Y", amount=-1, mod=mod)
    if which:
        return Spec("deictic", "DATE", unit="Y", amount=0, mod=mod)
    return Spec("rel", "DATE", unit="Y", amount=0, mod=mod)


def _day_this_year(m: re.Match[str]) -> Spec | None:
    """ "December 20 last year": that day of the year counted from today."""
    month = L.months.get(norm(m["mon"] or "")) or L.month_abbrevs.get(norm(m["mon2"] or ""))
    day = int(re.sub(r"\D", "", m["d"]))
    if month is None or not 1 <= day <= 31:
        return None
    point = Point("day", None, month, day)
    story = _STORY_YEARS.get(norm(group(m, "adir") or group(m, "dir") or ""))
    if story is not None:  # "Sept. 11 of that year": of the year the story is at
        return Spec("rel", "DATE", point, unit="Y", amount=story, value="year")
    amount = {"last": -1, "this": 0, "next": 1}.get(norm(m["dir"] or ""))
    if amount is None:
        return None
    return Spec("deictic", "DATE", point, unit="Y", amount=amount)


# "of that year", "of the following year": a year counted from the story's
_STORY_YEARS = {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1}


def _month_this_year(m: re.Match[str]) -> Spec | None:
    """ "June last year", "March of next year": that month of the year counted from today;
    "that January", "March of that year": of the year the story is at."""
    month = L.months.get(norm(m["mon"] or m["mon2"]))
    if month is None:
        return None
    point = Point("month", None, month)
    if m["that"] or norm(m["dir"] or "") == "that":
        return Spec("rel", "DATE", point, unit="Y", amount=0, mod=b.mods_of(m, MODS))
    story = _STORY_YEARS.get(norm(group(m, "adir") or ""))
    if story is not None:  # "March of the following year"
        return Spec("rel", "DATE", point, unit="Y", amount=story, mod=b.mods_of(m, MODS))
    amount = {"last": -1, "this": 0, "next": 1}.get(norm(m["dir"] or ""))
    if amount is None:
        return None
    return Spec("deictic", "DATE", point, unit="Y", amount=amount, mod=b.mods_of(m, MODS))


def _in_the_unit(m: re.Match[str]) -> Spec | None:
    """ "later in the day", "earlier in the week": the day (week…) the story is at; "the week's
    most active session": the current one."""
    if group(m, "u2"):
        unit = L.units.get(norm(m["u2"]))
        return Spec("deictic", "DATE", unit=unit, amount=0) if unit else None
    unit = L.units.get(norm(m["u"]))
    if unit == "D":  # (the story's day: see the resolver)
        return Spec("rel", "DATE", unit=unit, amount=0, value="in_the_day")
    return Spec("rel", "DATE", unit=unit, amount=0) if unit else None


def _quarter_or_half(m: re.Match[str]) -> Spec | None:
    """ "the third quarter of 1989" (1989-Q3), "the first half" (H1), "the last half of 1991"
    (1991-H2); a quarter or a half without its year is one of the document's year. "The fourth
    quarter of last year", "next year's first half": that part of the year counted from today;
    "1988's third quarter": of that year."""
    spec = _part_of_year(m)
    relative = group(m, "py") or group(m, "sy")
    if spec is None or spec.point is None:
        return spec
    if spec.point.year is None and not relative and _in_a_game(m.string, m.start(), m.end()):
        return None  # "The winning touchdown came late in the fourth quarter": a game's
    if group(m, "ys"):
        return replace(spec, point=replace(spec.point, year=int(m["ys"])))
    if relative:
        amount = {"last": -1, "this": 0, "next": 1}[norm(relative)]
        return Spec("deictic", "DATE", replace(spec.point, year=None), unit="Y", amount=amount)
    return spec


# A game's periods: "scored in the second half", "a touchdown late in the fourth quarter"
_GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|kickoff|halftime|half-time|whistle|field\s+goals?|quarterbacks?|innings?"
    r"|goals?|scored|scoring|the\s+plays|rebounds?|penalt(?:y|ies)|the\s+game|the\s+match"
    r"|the\s+Super\s+Bowl|playoffs?|overtime|points?\s+(?:in|behind|ahead)|coach(?:es)?|players)\b",
    re.IGNORECASE,
)
_MONEY_WORDS = re.compile(
    r"\b(?:earnings|profits?|revenues?|sales|income|losses|economy|economic|growth|GDP|percent"
    r"|shares?|quarterly|fiscal|results|orders|prices?)\b|%|\$",
    re.IGNORECASE,
)


def _in_a_game(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start:end`` tells of a game, not of money."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    sentence = text[left : min(stops) if stops else len(text)]
    return bool(_GAME_WORDS.search(sentence)) and not _MONEY_WORDS.search(sentence)


def _part_of_year(m: re.Match[str]) -> Spec | None:
    if norm(m["u"]) != "half":
        return b.quarter(L)(m)
    number = L.ordinals.get(norm(m["o"]))
    year = int(m["yq"] or m["y"]) if (m["yq"] or m["y"]) else None
    if number not in (1, 2, -1) or (year is None and re.match(r"\s+of\b", m.string[m.end() :])):
        return None  # "the last half of the '70s" is part of a decade
    return Spec("abs", "DATE", Point("half", year, code="H1" if number == 1 else "H2"))


def _spoken(m: re.Match[str]) -> int | None:
    """The year of ``SPOKEN``'s groups: "nineteen seventy-nine" 1979, "two thousand" 2000."""
    if group(m, "tens"):
        return 1900 + TENS_WORDS[norm(m["tens"])] + UNIT_WORDS.get(norm(m["unit"] or ""), 0)
    if group(m, "spoken"):
        return 2000 + UNIT_WORDS.get(norm(m["unit2"] or ""), 0)
    return None


def _spoken_year(m: re.Match[str]) -> Spec | None:
    """ "in nineteen seventy-nine" (1979), "before the year two thousand" (2000)."""
    year = _spoken(m)
    return Spec("abs", "DATE", Point("year", year)) if year is not None else None


def _spoken_year_of(build: Builder) -> Builder:
    """ "the winter of nineteen ninety-four", "March nineteen eighty-nine": the season or the
    month of the year read aloud (broadcast transcripts write years in words)."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        spec = build(m)
        year = _spoken(m)
        if spec is None or year is None or spec.point is None:
            return spec
        return replace(spec, kind="abs", point=replace(spec.point, year=year), direction=None)

    return wrapped


def _day_beyond(build: Builder) -> Builder:
    """ "the day before yesterday", "the day after tomorrow": one day further."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        spec = build(m)
        beyond = group(m, "beyond")
        if spec is None or not beyond or spec.amount is None:
            return spec
        return replace(spec, amount=spec.amount + (1 if norm(beyond) == "after" else -1))

    return wrapped


def _decade(m: re.Match[str]) -> Spec | None:
    """ "the 1990s", "the late 1970s" (END), "the mid-1990s" (MID), "the last half of the '70s"
    (END)."""
    spec = b.decade(TENS, MODS)(m)
    part = {"early": "START", "late": "END", "mid": "MID"}.get(norm(m["part"] or ""))
    part = part or {"first": "START", "second": "END", "last": "END"}.get(norm(m["half"] or ""))
    return replace(spec, mod=part) if spec is not None and part else spec


def _vague_adjective(m: re.Match[str]) -> Spec | None:
    noun = norm(m["noun"])
    if noun in L.units or noun in L.months or noun in ("and", "or", "account", "accounts"):
        return None  # (not "the current account deficit": the balance's name)
    return Spec("literal", "TIME", value=VAGUE_BEFORE[norm(m["t"])])


def _vague(m: re.Match[str]) -> str | None:
    unit = L.units.get(norm(m["u"]))
    return duration_value(None, unit) if unit else None


# What fell, after "the fall of": a name or a noun with its article, not a year
_FALL_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?(?![\d'’])\S")
# "that" before a weekday, a demonstrative rather than a conjunction after a verb of saying
_THAT_DAY = (
    r"(?<!\bsaid\s)(?<!\bsays\s)(?<!\bsay\s)(?<!\bannounced\s)(?<!\breported\s)"
    r"(?<!\badded\s)(?<!\bnoted\s)(?<!\bbelieve\s)(?<!\bbelieves\s)(?<!\bthink\s)"
    rf"(?<!\bthinks\s)(?<!\bexpect\s)(?<!\bexpects\s)(?<!\bso\s)that(?=\s+{WEEKDAY}\b(?!{APO}))"
)


# A superlative ("the driest", "the hottest", "the worst"), no noun in "-est" ("the west")
_SUPERLATIVE = (
    r"(?!(?:west|rest|interest|forest|harvest|contest|protest|request|guest|quest|nest|chest"
    r"|test|arrest|honest|modest)\b)[a-z]{2,}est|worst|best"
)


# A capitalised word after a capitalised season: a name ("the Winter Olympics", "Winter Park",
# "the Summer Games"), not the season.
_NAME_GOES_ON = re.compile(r"\s+(?:[A-Z][a-z]|[A-Z]{2})")


def _week_of(build: Builder) -> Builder:
    """The week of the day ``build`` reads."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        spec = build(m)
        return replace(spec, value="week") if spec is not None and spec.kind == "abs" else None

    return wrapped


def _not_a_name(build: Builder) -> Builder:
    """No part of the day written with its capital before another capitalised word: a name
    ("for The Evening Ledger", a newspaper)."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        if m["pod"][0].isupper() and _NAME_GOES_ON.match(m.string, m.end()):
            return None
        return build(m)

    return wrapped


def _season(m: re.Match[str]) -> Spec | None:
    det = norm(m["det"] or "")
    if m["s"][0].isupper() and _GAMES_AFTER.match(m.string, m.end()):
        return None  # "The next Winter Olympics will be held in Salt Lake City": the games
    if (
        m["s"][0].isupper()
        and det in ("", "the")
        and not group(m, "y")
        and _NAME_GOES_ON.match(m.string, m.end())
    ):
        return None  # ("Last Summer Pat Riley left": the season)
    if (
        norm(m["s"]) == "fall"
        and det == "the"
        and not group(m, "y")
        and _FALL_OF_AFTER.match(m.string, m.end())
    ):
        return None  # "the fall of Kabul", "the fall of the Berlin Wall": an event, no season
    spec = b.season(L, MODS)(m)
    if spec is None:
        return None
    if det in ("last", "next", "this past", "the coming", "the upcoming"):
        ahead = det in ("next", "the coming", "the upcoming")  # "face the coming winter"
        return Spec("abs", "DATE", spec.point, direction=1 if ahead else -1, mod=spec.mod)
    if det == "that" and spec.point is not None and spec.point.year is None:
        # "released on bail that summer": the season of the year the story is at
        return Spec("rel", "DATE", spec.point, unit="Y", amount=0, mod=spec.mod)
    return spec


_GAMES_AFTER = re.compile(r"\s+(?:Olympics|Olympic|Games|Paralympics|Paralympic)\b")


def _not_the_games(build: Builder) -> Builder:
    """Not a season that names the games: "The next Winter Olympics"."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        if m["t"].split()[-1][:1].isupper() and _GAMES_AFTER.match(m.string, m.end()):
            return None
        return build(m)

    return wrapped


def _season_of_pair(m: re.Match[str]) -> Spec | None:
    """ "the fall and winter": the second season, read like the first (the year of the text's
    time)."""
    return b.season(L, MODS)(m)


# A capitalised word right before a capitalised "Tonight", "Today" inside a sentence: a title
# ("World News Tonight", "Good Morning America Today").
_TITLE_BEFORE = re.compile(r"(?<=[a-z,;]\s)(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*\s+$")


def _tonight(m: re.Match[str]) -> Spec | None:
    if m["t"][0] == "T" and _TITLE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return None
    offset = -1 if norm(m["t"]).startswith("last") else 0
    point = Point("pod", None, code="NI")
    return Spec("deictic", "TIME", point, unit="D", amount=offset)


def _long_compound(m: re.Match[str]) -> Spec | None:
    count = number_value(m["n"], L) if group(m, "n") else 1.0
    unit = L.units.get(norm(m["u"]))
    if count is None or unit is None:
        return None
    return Spec("literal", "DURATION", value=duration_value(count, unit))


_LASTING_BEFORE = re.compile(r"\b(?:for|over|throughout)\s+$", re.IGNORECASE)


def _past_decade(build: Builder) -> Builder:
    """ "over the past decade": the ten years up to now (P10Y); "the last decade" is the one
    before this one (the 1980s in 1998)."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        word = norm(m["u"])
        lasting = _LASTING_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
        if word in ("decade", "century") and (
            norm(m["dir"]) == "past" or (lasting and norm(m["dir"]) in ("next", "following"))
        ):  # "for the next decade": ten years from then
            return Spec("literal", "DURATION", value="P10Y" if word == "decade" else "P100Y")
        return build(m)

    return wrapped


def _clock_today(m: re.Match[str]) -> Spec | None:
    """A time and the day word after it; a bare hour tonight is in the evening ("at 9 tonight")."""
    spec = br.clock(PODS, DAY_OFFSETS, L.numbers)(m)
    time = spec.point if spec is not None else None
    if spec is None or time is None or time.hour is None:
        return spec
    if norm(m["dw"]) == "last" and time.hour < 5 and (group(m, "ampm") or "a").startswith("a"):
        return replace(spec, amount=0)  # "2 a.m. last night": this small hour, today
    evening = norm(m["dw"]) == "tonight" or norm(group(m, "podw") or "") in ("evening", "night")
    if evening and not group(m, "ampm") and 5 <= time.hour < 12:
        return replace(spec, point=replace(time, hour=time.hour + 12))
    return spec


def _part_of_a_date(m: re.Match[str]) -> Spec | None:
    """ "the evening of May 11": that part of that day (its year found like any date's)."""
    month = L.months.get(norm(m["mon"])) or L.month_abbrevs.get(norm(m["mon"]))
    code = PODS.get(norm(m["pod"]))
    day = int(re.sub(r"\D", "", m["d"]))  # ("May 11th": 11)
    if month is None or code is None:
        return None
    year = int(m["y"]) if m["y"] else None
    return Spec("abs", "TIME", Point("pod", year, month, day, code=code))


def _clock_part_of_day(m: re.Match[str]) -> Spec:
    """ "11:30 at night" (23:30), "7 in the morning", "4 in the afternoon" (16:00)."""
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    pod = norm(group(m, "pod") or group(m, "pod2") or "")
    if pod == "morning":
        hour = 0 if hour == 12 else hour
    elif pod == "night" and (hour < 5 or hour == 12):
        hour = 0 if hour == 12 else hour  # "2 at night": a small hour; "12 at night": midnight
    elif hour < 12:
        hour += 12
    return Spec("clock", "TIME", Point("time", None, hour=hour % 24, minute=minute))


def _oclock(m: re.Match[str]) -> Spec | None:
    """ "at 9 o'clock", "10 o'clock this morning"; "9 o'clock last evening": the evening before."""
    spec = br.clock(PODS, DAY_OFFSETS, L.numbers)(m)
    if (
        spec is not None
        and spec.point is not None
        and spec.point.hour is not None
        and group(m, "owd")
    ):
        hour, pod = spec.point.hour, norm(m["opod"])
        if pod != "morning" and hour < 12 and not (pod == "night" and hour < 5):
            hour += 12  # "six o'clock Thursday evening" (not "2 o'clock Sunday night")
        return Spec(
            "weekday", "TIME", replace(spec.point, hour=hour), weekday=L.weekdays[norm(m["owd"])]
        )
    if spec is None or spec.point is None or spec.point.hour is None or not group(m, "dwl"):
        return spec
    hour = spec.point.hour
    if hour < 5 and norm(m["podl"]) == "night":  # "at 2 o'clock last night": this small hour
        return Spec("deictic", "TIME", spec.point, unit="D", amount=0)
    hour = hour + 12 if hour < 12 else hour
    return Spec("deictic", "TIME", replace(spec.point, hour=hour), unit="D", amount=-1)


def _clock(m: re.Match[str]) -> Spec | None:
    if m["h2"] is not None:
        hour, minute = int(m["h2"]), int(m["mi2"])
        if 1 <= hour < 12 and _afternoon_before(m.string, m.start("h2")) is not None:
            hour += 12  # "began at 7 p.m. and ended shortly after 9:30": the evening's 9:30
        point = Point("time", None, hour=hour, minute=minute)
        mod = "APPROX" if norm(m["pre"] or "") in ("around", "about") else None
        return Spec("clock", "TIME", point, mod=mod)
    return br.clock(PODS, DAY_OFFSETS, L.numbers)(m)


# An afternoon or evening time told earlier in the sentence ("7 p.m.", "at 4:15 pm"), and where
# the sentence before ends (a full stop that closes no "a.m." or "p.m.")
_PM_TIME = re.compile(r"\b(?P<h>1[01]|0?[1-9])(?::[0-5]\d)?\s?(?:p\.m\.|pm\b)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<![ap]\.m)[.!?]\s+(?=[A-Z\"“])")


def _afternoon_before(text: str, start: int) -> int | None:
    """The hour (13 to 23) of the last afternoon or evening time told before ``start`` in its
    sentence, when a bare "h:mm" at ``start`` may follow it the same evening."""
    lead = text[max(0, start - 150) : start]
    ends = list(_SENTENCE_END.finditer(lead))
    if ends:
        lead = lead[ends[-1].end() :]
    last = None
    for last in _PM_TIME.finditer(lead):  # noqa: B007
        pass
    hour = int(last["h"]) + 12 if last is not None else None
    bare = re.match(r"\d{1,2}", text[start:])
    if hour is None or bare is None or int(bare.group()) + 12 < hour:
        return None
    return hour


def _spoken_day(m: re.Match[str]) -> Spec | None:
    """A day of the month written as an ordinal word (broadcast transcripts)."""
    month = L.months.get(norm(group(m, "mon") or group(m, "mon2") or ""))
    day = DAY_ORDINAL_WORDS.get(norm(group(m, "o") or group(m, "o2") or ""))
    if month is None or day is None:
        return None
    year = int(m["y"]) if group(m, "y") else _spoken(m)
    return Spec("abs", "DATE", Point("day", year, month, day))


def _months_quarter(m: re.Match[str]) -> Spec | None:
    """Three months that make a calendar quarter are that quarter of the year (the document's,
    like "the third quarter"); other ranges are left to the months."""
    first, last = L.months.get(norm(m["m1"])), L.months.get(norm(m["m2"]))
    if first is None or last is None or first % 3 != 1 or last != first + 2:
        return None
    return Spec("abs", "DATE", Point("quarter", None, code=f"Q{first // 3 + 1}"))


def _month_quarter(m: re.Match[str]) -> Spec | None:
    month = L.months.get(norm(m["mon"]))
    if month is None:
        return None
    year = int(m["y"]) if m["y"] else None
    return Spec("abs", "DATE", Point("quarter", year, code=f"Q{month // 3}"))


def _military(m: re.Match[str]) -> Spec | None:
    point = Point("time", None, hour=int(m["h"]), minute=int(m["mi"]))
    return Spec("clock", "TIME", point)


def _on_day(build: Builder) -> Builder:
    """ "9 a.m. Tuesday", "4 p.m. EST Nov. 10", "noon Saturday": one time on that day; "around
    7:15 p.m." keeps its "around" (APPROX)."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        spec = build(m)
        time = spec.point if spec is not None else None
        if spec is None or time is None:
            return spec
        mod = "APPROX" if group(m, "approx") else spec.mod
        pod = norm(group(m, "dpod") or "")
        if (
            time.hour is not None
            and time.hour < 12
            and not group(m, "ampm")
            and not group(m, "hw")
            and (pod in ("afternoon", "evening") or (pod == "night" and time.hour >= 6))
        ):  # "10:30 Sunday night": 22:30
            time = replace(time, hour=time.hour + 12)
        month2 = L.months.get(norm(group(m, "dmon2") or "")) or L.month_abbrevs.get(
            norm(group(m, "dmon2") or "")
        )
        if month2 and group(m, "dd2"):  # the weekday's date written after it
            point = replace(time, month=month2, day=int(m["dd2"].rstrip("stndrh")))
            return Spec("abs", "TIME", point, mod=mod)
        if m["dwd"]:
            day = L.weekdays.get(norm(m["dwd"]))
            return Spec("weekday", "TIME", time, weekday=day, mod=mod)
        month = L.months.get(norm(m["dmon"] or "")) or L.month_abbrevs.get(norm(m["dmon"] or ""))
        if month and m["dd"]:
            point = replace(time, month=month, day=int(m["dd"].rstrip("stndrh")))
            if group(m, "dy"):  # "2:15 p.m. on Oct. 12, 1987"
                point = replace(point, year=int(m["dy"]))
            return Spec("abs", "TIME", point, mod=mod)
        return replace(spec, mod=mod)

    return wrapped


def _not_a_rate(build: Builder) -> Builder:
    """ "four flights a week", "$500 million a year", "358,000 a month": a rate, not a length of
    time; "a quarter of the market", "three-quarters": a fraction."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        unit, count = L.units.get(norm(m["u"])), norm(m["n"])
        fraction = count in ("a", "an", "one", "two", "three") and (
            "-" in m.string[m.start("n") : m.start("u")]
            or re.match(r"\s+of\b", m.string[m.end() :]) is not None
        )
        if unit == "Q" and (fraction or count in ("a", "an")):
            return None
        rate = _RATE_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
        rate = rate or _AMOUNT_OF_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
        if count in ("a", "an") and rate:
            return None
        return build(m)

    return wrapped


# What a rate's "a week" follows: an amount, a percentage or a plural noun ("flights", "hours")
_RATE_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|thousand|hundred|dozen|percent|cent)|\b(?!(?:is|was|has|as|this|its|his|us|"
    r"thus|less|plus|across|perhaps|always|yes|does|hers|ours|theirs)\b)[A-Za-z][a-z]+s)\s+$"
)

# An amount and what it is of or in, before a rate's "a week": "$1.5 million in advertising
# revenue a week", "200 tons of grain a day"
_AMOUNT_OF_BEFORE = re.compile(
    r"(?:\$|\d)[\d.,]*(?:\s+(?:million|billion|thousand))?(?:\s+[a-z]+)?\s+(?:in|of)\s+"
    r"(?:[a-z-]+\s+){1,3}$"
)

_UNIT_OR_POD = ("#unit", "#pod")
KEYS: dict[str, tuple[str, ...]] = {
    "iso": ("#digit",), "fiscal_year_of": ("#digit",), "named_day": ("black", "day"),
    "numeric": ("#digit",), "year": ("#digit",), "clock": ("#digit", *_HOUR_WORDS),
    "month_day": ("#month",),
    "week_of_day": ("week",), "day_month": ("#month",), "second_day": ("#month",),
    "month_year": ("#month",),
    "month": ("#month",), "month_listed": ("#month",),
    "decade": ("#digit", *TENS), "century": ("century",),
    "season": ("#season",), "season_and_season": ("#season",),
    "season_after": ("#season", "#month"), "day_of_month": ("month",),
    "quarter": ("quarter", "half"),
    "ago_today": ("ago",), "reported_quarter": ("quarter",), "reported_unit": ("week", "month"),
    "told_month": ("month",), "told_week": ("week",),
    "holiday": tuple({*FIXED_EN, *EASTER_EN, *NTH_EN}), "nth_weekday": ("#weekday",),
    "nth_week": ("week",),
    "vague_adjective": tuple(VAGUE_BEFORE), "month_this_year": ("#month",),
    "day_this_year": ("#month",),
    "spoken_year": ("nineteen", "thousand"), "spoken_year_whole": ("nineteen",),
    "the_year_spoken": ("nineteen", "thousand"),
    "future_ref": ("future", "soon", "term", "coming", "upcoming"), "past_ref": ("past",),
    "vague_units": ("#unit",), "the_year": ("year",), "year_end": ("end",),
    "mid_part_of_day": ("#pod", "midmorning", "midafternoon", "midevening"),
    "in_the_day": ("#unit",), "rest_of_the_unit": ("rest",), "edge_of_unit": ("#unit",),
    "year_earlier": ("earlier", "ago", "same"), "year_period": ("quarter", "period"),
    "deictic_day": ("yesterday", "today", "tomorrow"), "tonight": ("tonight", "night"),
    "overnight": ("overnight",),
    "this_unit": (*_UNIT_OR_POD, "weekend"), "last_next": ("#unit", "weekend"),
    "sports_season": ("season",),
    "weekday": ("#weekday",), "weekday_set": ("#weekday",), "relative": ("#unit",),
    "weekday_every_listed": ("every", "each"),
    "ago": ("#unit",), "from_now": ("#unit",),
    "duration": ("#unit",), "duration_pair": ("#unit",), "part_of_a_date": ("#pod",),
    "recent_duration": ("#unit",), "fixed_relative": _UNIT_OR_POD,
    "same": ("time", "moment", "point"), "oclock": ("clock",), "military": ("#digit",),
    "clock_today": ("#digit",), "long_compound": ("#unit", "weeklong", "yearlong"),
    "clock_part_of_day": ("night", "morning", "afternoon", "evening"),
    "months_quarter": ("#month",), "month_quarter": ("#month",), "spoken_day": ("#month",),
    "noon": ("noon", "midnight", "midday"),
    "part_of_day": ("#pod",), "fixed_duration": ("#unit", "fortnight"),
    "set": ("#unit", "#weekday", "#pod", "#month", "#season", "weekend"), "set_adj": ("#setadj",),
    "frequency": ("once", "twice", "times"), "every_half_hour": ("every",),
    "ref": tuple({w for key in REFS for w in key.split()} - {"in", "the", "at"}),
}  # fmt: skip


_NAMED_AFTER_TITLE = re.compile(r"\b(?-i:Mr|Mrs|Ms|Dr|Miss)\.?\s+$")
_NAME_OF = re.compile(r"\s+of\s+(?-i:the\s+)?(?-i:[A-Z][a-z])")
_DAY_LED = re.compile(r"\b(?:on|since|until|last|next|this|early|late)\s+$", re.IGNORECASE)
# A weekday that names a company or a newspaper: "Friday Industries Corp.", "The Sunday Times"
_NAMED_BY_WEEKDAY = re.compile(
    r"\s+(?-i:Industries|Inc|Corp|Corporation|Co|Company|Group|Holdings|Times|Telegraph|Mail|"
    r"News|Post|Express|Herald|Tribune|Journal|Magazine|Review|Mirror|Sport|Observer|Independent|"
    r"Stores|Records|Productions|Pictures|Enterprises|Partners)\b"
)


_CAPITAL_NEXT = re.compile(r"\s+(?-i:[A-Z][a-z]+)\b")


def _named_elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``start`` and the capitalised word after it are a company's name
    the text writes in full somewhere: "Friday Foods' closing price" after "Friday Foods Inc."."""
    word = _CAPITAL_NEXT.match(text, end)
    if word is None:
        return False
    name = re.escape(text[start : word.end()])
    return re.search(rf"\b{name}" + _NAMED_BY_WEEKDAY.pattern, text) is not None


def _not_a_title(build: Builder) -> Builder:
    """ "a program called Next Week", "on the show 90 Minutes": a unit written with a capital after
    the phrase's first word is part of a title."""

    def wrapped(m: re.Match[str]) -> Spec | None:
        start = m.start("u") if "u" in m.re.groupindex else -1
        titled = start > m.start() and m.string[start].isupper() and start > m.start("t")
        if titled and norm(m["u"]) in L.units:
            return None
        if _NAMED_AFTER_TITLE.search(m.string, max(0, m.start("t") - 6), m.start("t")):
            return None  # "Mr. Friday", "Dr. March": a person's name
        pod = group(m, "pod")
        if pod and pod[0].isupper() and "wd" in m.re.groupindex and group(m, "wd"):
            return None  # "Saturday Night Live", "CBS's Sunday Morning": a title
        day = m.start("wd") if "wd" in m.re.groupindex and group(m, "wd") else -1
        if (
            day >= 0
            and (
                _NAMED_BY_WEEKDAY.match(m.string, m.end("wd"))
                or _named_elsewhere(m.string, m.start("wd"), m.end("wd"))
            )
            and not _DAY_LED.search(m.string, max(0, day - 8), day)
        ):
            return None  # "Friday Industries", "The Sunday Times": a name (not "On Friday News
            # Corp. said")
        if group(m, "mon") and _NAME_OF.match(m.string, m.end("t")):
            return None  # "the March of Dimes": a name
        return build(m)

    return wrapped


RULES: list[Rule] = [
    replace(rule, build=_not_a_title(rule.build), keys=frozenset(KEYS[rule.name]))
    for rule in _rules()
]
