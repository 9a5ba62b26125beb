"""Timeline events: each resolved date in a sentence, with a short label and its participants.

A DATE or TIME whose value places it on the calendar ("2015-05", "2022-11-30", not "XXXX-06" nor
PRESENT_REF) becomes an event spanning its sentence. Two dates of one sentence where one refines
the other ("hier … vers 22 h") make one event, at the finer value.

``sort_key`` is an ISO day: the first day the value can mean, moved for a ``mod`` so that the order
reads right: START stays on the first day, MID goes to the middle of the period, END to the start
of its last third, BEFORE to the day before it and AFTER to the day after it.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import re
from collections.abc import Sequence

from core.model import Entity, Event, TimeExpression
from core.temporal.calendar import Point, first_day, parse_value, span_days
from core.temporal.resolve import is_conversion

PRECISION = {
    "century": "century", "decade": "decade", "year": "year", "half": "quarter",
    "quarter": "quarter", "season": "season", "month": "month", "week": "week",
    "weekend": "week", "day": "day", "pod": "time", "time": "time",
}  # fmt: skip
_WHOLE = ("decade", "century")
LABEL_MAX = 85
_SEGMENT = re.compile(r",\s+|;\s+|:\s+|\s+[-–—]\s+|\s*[«»“”\"]\s*")
_QUOTED = re.compile(r"«[^«»\n]{1,80}»|“[^“”\n]{1,80}”")
_FILLER = frozenset(
    """en le la les l au aux à a dès depuis de du d des vers début fin mi courant dans un une
    in on at the of since by from during early late mid around about before after avant après
    ce cet cette this that même same entre et ou between and or to jusqu""".split()
)
_TRAILING = frozenset(
    """à a de du des d l le la les un une et ou en dans pour sur au aux par avec qui que qu
    the of to in on at and or for with by an""".split()
)
# A date a figure is compared with places no event: "… par rapport à l'an dernier", "than in 2019",
# "25 %, contre 17 % il y a un an", "up from $40 a week ago".
_FIGURE = (
    r"[$€£]?\d[\d\s.,]*\s*(?:%|€|\$|percent|cents?|points?|euros?|dollars?"
    r"|(?:millions?|milliards?|million|billion)(?:\s+(?:d['’]euros|de\s+dollars|dollars))?)?\s*"
)
_BASELINE = re.compile(
    r"\b(?:par\s+rapport\s+(?:à|au|aux)|comparée?s?\s+(?:à|au|aux|avec)"
    r"|compared\s+(?:with|to)|than\s+(?:in\s+)?|versus"
    # ("contre une perte de 12 millions d'euros un an plus tôt", "contre 66 % lors du scrutin
    # de 2008", "contre 60 000 sur l'ensemble de l'édition 2012")
    r"|contre\s+(?:(?:une?|des|la|le)\s+(?:perte|pertes|bénéfice|déficit|excédent|hausse|baisse"
    r"|recul|progression|chiffre|total|moyenne|taux)\s+(?:d['’]affaires\s+)?d[e'’]\s*)?"
    rf"{_FIGURE}(?:en\s+|à\s+|au\s+|lors\s+d[ue]\s+(?:[\w'’-]+\s+){{0,3}}?(?:de\s+|d['’]|en\s+)"
    r"|sur\s+l['’]ensemble\s+d[eu]\s+(?:l['’]|la\s+|le\s+)?[a-zà-ÿ]+\s+)?"
    rf"|(?:from|against)\s+{_FIGURE}(?:in\s+)?"
    # the yardstick of a record: "son plus haut niveau depuis 1999", "un record depuis 1974",
    # "aucun séisme aussi destructeur depuis le XVIIIe siècle", "the worst flood since 1927"
    r"|\b(?:niveau|record|précédent|inégalée?s?|jamais|tel|telle|tels|telles|aussi\s+[a-zà-ÿ]+"
    r"|(?:le|la|les)\s+plus"
    r"\s+[a-zà-ÿ]+|highest|lowest|largest|biggest|worst|best|deadliest|strongest|first\s+time"
    r"|record)\b[^.;:!?]{0,40}?\b(?:depuis|since)"
    # a count as of a day: "la France comptait 21 000 centenaires au 1er janvier 2020"
    r"|\b(?:compt|recens|dénombr|totalis)[a-zé]*\s+(?:[\w'’-]+\s+){0,2}?\d[\d\s.,]*\s+[a-zà-ÿ]+"
    r"(?:\s+[a-zà-ÿ]+){0,2}\s+au"
    # a level the figure is set against: "en dessous de son niveau de fin 2019"
    r"|\bniveau\s+(?:d['’]avant-crise\s+)?(?:de|d['’]|du)\s*(?:(?:fin|début|mi-?)\s*)?"
    # what a figure is set against: "inférieures aux maximales enregistrées en 2003"
    r"|\b(?:inférieure?s?|supérieure?s?|comparables?|similaires?|identiques?)\s+(?:à|au|aux)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:en|de|d['’]|du)\s*"
    # a comparative's yardstick: "un peu moins qu'en 2014", "plus que l'an dernier"; a
    # record's: "dépasser les entrées du record de 2012"
    r"|\b(?:moins|plus|davantage|autant|mieux)\s+qu(?:e\s+|['’])(?:en\s+|lors\s+d[eu]\s+)?"
    r"|\brecord\s+(?:absolu\s+)?(?:de|d['’]|du)\s*"
    # the same period a year before: "par rapport à la même période de 2011", "the same
    # period of 1998"
    r"|\b(?:même|same)\s+(?:période|period|mois|month|trimestre|quarter|semestre)"
    r"\s+(?:de|d['’]|du|en|of|in|last)\s*)"
    r"\s*(?:l['’]|la\s+|le\s+|the\s+)?$",
    re.IGNORECASE,
)
_ABBREVIATION_END = re.compile(r"(?:\b[ap]\.m|\b[A-Z]|\betc|\bInc|\bLtd|\bCorp|\bJr)\.$")
_JOINT = re.compile(r"\s+(?:et|puis|ou|mais|and|then|or|but)\s+", re.IGNORECASE)
_LEADING = re.compile(r"^(?:puis|et|mais|or|ensuite|then|and|but)\s+", re.IGNORECASE)
# A wire dispatch's place and agency opening the first sentence: "WASHINGTON (AP) _ ",
# "O'SMACH, Cambodia (AP)_ ", "PARIS (AFP) - ".
_DISPATCH = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]+(?:,\s*[A-ZÀ-ÖØ-Þ][\w.' -]*)?"  # the place, in capitals
    r"\s*\([A-Za-z. ]{2,12}\)\s*(?:_|—|–|--|-)\s*"  # the agency, a dash
)
_PRONOUN = {
    "fr": re.compile(
        r"\b(?:il|elle)\b(?!\s+(?:s['’]agit|y\s+a|faut|semble|reste|paraît|était\s+une\s+fois))",
        re.IGNORECASE,
    ),
    "en": re.compile(r"\b(?:he|she)\b", re.IGNORECASE),
}


# A century or a decade a thing dates from, right after its noun: "des tapisseries flamandes du
# XVIe siècle", "une maison des années 30" (not "à la fin du XIXe siècle": a time in the story).
_OF_AN_AGE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<word>[a-zà-öø-ÿ]{3,})\s+(?:du|des|de\s+l['’]|of\s+the)\s*$", re.IGNORECASE
)
_OF_IN_SPAN = re.compile(r"(?:du|des|de\s+l['’]|the)\s*", re.IGNORECASE)
_TIME_NOUNS = frozenset(
    """fin début milieu courant cours moitié tiers quart partie lors depuis tournant aube crépuscule
    années siècles end beginning middle turn half part dawn""".split()
)


def _a_things_age(text: str, date: TimeExpression, point: Point) -> bool:
    """Whether ``date`` is the century or decade of a thing named right before it."""
    if point.gran not in _WHOLE:
        return False
    of = _OF_IN_SPAN.match(date.text)  # the span may hold "du": "du XVIe siècle"
    lead = text[max(0, date.start - 40) : date.start] + (of.group() if of else "")
    found = _OF_AN_AGE_BEFORE.search(lead)
    return found is not None and found["word"].lower() not in _TIME_NOUNS


def build_events(
    text: str,
    *,
    dates: Sequence[TimeExpression],
    entities: Sequence[Entity],
    sentences: Sequence[tuple[int, int]],
    lang: str,
    not_events: Sequence[tuple[int, int]] = (),
) -> list[Event]:
    """The events of ``text``, ids 1..n in text order (``timeline_order`` sorts them by date).

    A date inside ``not_events`` (the dateline: the document's own date) places no event."""
    spans = sorted(sentences)
    starts = [s for s, _ in spans]
    people = _person_mentions(entities)
    named = _Named(entities)
    pronoun = _PRONOUN["en" if lang.startswith("en") else "fr"]
    events: list[Event] = []
    placed = [
        (date, point)
        for date, point in _placed(text, dates)
        if not any(start < date.end and date.start < end for start, end in not_events)
        and not _BASELINE.search(text, max(0, date.start - 70), date.start)
        and not _a_things_age(text, date, point)
    ]
    for sentence, group in _by_sentence(text, placed, spans, starts):
        kept = _refined(group)
        participants = _participants(text, sentence, named, people, pronoun)
        for date, point in kept:
            events.append(
                Event(
                    id=len(events) + 1,
                    date_id=date.id,
                    value=date.value or "",
                    mod=date.mod,
                    precision=PRECISION[point.gran],
                    sort_key=sort_key(point, date.mod),
                    start=sentence[0],
                    end=sentence[1],
                    label=make_label(text, sentence, date, others=[d for d, _ in kept]),
                    participants=participants,
                )
            )
    return events


def timeline_order(events: Sequence[Event]) -> list[Event]:
    """Events by date (``sort_key``, then the finer value), then by position in the text."""
    return sorted(events, key=lambda e: (e.sort_key, e.value, e.start))


def sort_key(point: Point, mod: str | None) -> str:
    """The ISO day the event sorts on (see the module docstring for ``mod``)."""
    day = first_day(point)
    if day is None:
        return ""
    length = span_days(point)
    shift = {"MID": length // 2, "END": length * 2 // 3, "BEFORE": -1, "AFTER": length}
    with contextlib.suppress(OverflowError):
        day = day + dt.timedelta(days=shift.get(mod or "", 0))
    return day.isoformat()


def _placed(text: str, dates: Sequence[TimeExpression]) -> list[tuple[TimeExpression, Point]]:
    """The dates that place an event: a day or finer, not a time told again in another time
    zone ("vers 1 h (7 h à Paris)")."""
    placed: list[tuple[TimeExpression, Point]] = []
    previous: TimeExpression | None = None
    for date in sorted(dates, key=lambda d: d.start):
        converted = previous is not None and is_conversion(text, previous, date.start)
        previous = date
        if date.type not in ("DATE", "TIME") or not date.value or converted:
            continue
        point = parse_value(date.value)
        if point is not None and point.is_complete():
            placed.append((date, point))
    return placed


def _by_sentence(
    text: str,
    placed: list[tuple[TimeExpression, Point]],
    spans: list[tuple[int, int]],
    starts: list[int],
) -> list[tuple[tuple[int, int], list[tuple[TimeExpression, Point]]]]:
    groups: dict[tuple[int, int], list[tuple[TimeExpression, Point]]] = {}
    for date, point in placed:
        groups.setdefault(_sentence_of(text, date, spans, starts), []).append((date, point))
    return sorted(groups.items())


def _sentence_of(
    text: str, date: TimeExpression, spans: list[tuple[int, int]], starts: list[int]
) -> tuple[int, int]:
    i = bisect.bisect_right(starts, date.start) - 1
    if i >= 0 and spans[i][0] <= date.start < spans[i][1]:
        return spans[i]
    start = text.rfind("\n", 0, date.start) + 1
    end = text.find("\n", date.end)
    return start, len(text) if end == -1 else end


def _refined(group: list[tuple[TimeExpression, Point]]) -> list[tuple[TimeExpression, Point]]:
    """Drop a date that a finer one of the same sentence refines, and repeated values."""
    # a decade or a century written 199X / 19XX or, to reduced precision, 199 / 19 (English)
    values = [(d.value or "").rstrip("X") if p.gran in _WHOLE else d.value or "" for d, p in group]
    kept: list[tuple[TimeExpression, Point]] = []
    for i, (date, point) in enumerate(group):
        value = values[i]
        finer = any(v != value and v.startswith(value) for v in values)
        repeated = value in values[:i]
        if not finer and not repeated:
            kept.append((date, point))
    return kept


def make_label(
    text: str,
    sentence: tuple[int, int],
    date: TimeExpression,
    *,
    others: Sequence[TimeExpression] = (),
) -> str:
    """The clause around ``date``: the sentence without a leading "En 2015,", cut to ~85 chars.

    When ``others`` (the other events' dates of the sentence) are there too, each date gets only
    its own clause ("Jean a retiré sa plainte en juin", "modifié en novembre 2023").
    """
    others = [o for o in others if o.start != date.start]
    s_start, s_end = sentence
    inline = _inline_quotes(text, s_start, s_end)
    cuts = [
        s_start,
        *(
            m.end()
            for m in _SEGMENT.finditer(text, s_start, s_end)
            if not any(a <= m.start() < b for a, b in inline)
        ),
        s_end,
    ]
    seg = max(i for i, c in enumerate(cuts[:-1]) if c <= date.start)
    seg_start, seg_end = cuts[seg], _segment_end(text, cuts, seg)
    rest = _words(_without(text, seg_start, seg_end, [date, *others]))
    if all(w in _FILLER for w in rest):  # the segment is only the date: "En mars 2015,"
        last = seg + 1 >= len(cuts) - 1
        if last or seg == 0:
            label = text[s_start:seg_start] if last else text[cuts[seg + 1] : s_end]
        else:  # "X avait pris le maillot jaune, le 7 juillet, à Y": the sentence around it
            label = text[s_start:seg_start].rstrip(" ,") + " " + text[cuts[seg + 1] : s_end]
    elif others:
        label = text[slice(*_own_clause(text, date, others, seg_start, seg_end))]
    else:
        label = text[s_start:s_end]
    return _tidy(label)


def _inline_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quotations of ``text[start:end]`` that are words of their clause, not speech: the
    opening mark right after a word ("promis d'« inverser la courbe » d'ici 2013")."""
    return [
        (m.start(), m.end())
        for m in _QUOTED.finditer(text, start, end)
        if m.start() > start
        and (text[m.start() - 1] in "'’" or text[m.start() - 2 : m.start()].strip().isalpha())
    ]


def _without(text: str, start: int, end: int, dates: Sequence[TimeExpression]) -> str:
    """``text[start:end]`` with the dates in it blanked ("Entre 2008 et 2011," -> "Entre et")."""
    pieces, at = [], start
    for date in sorted((d for d in dates if start <= d.start and d.end <= end), key=_start):
        pieces.append(text[at : date.start])
        at = date.end
    return " ".join([*pieces, text[at:end]])


def _own_clause(
    text: str, date: TimeExpression, others: Sequence[TimeExpression], start: int, end: int
) -> tuple[int, int]:
    """``start:end`` narrowed at a conjunction that separates ``date`` from another date (not
    between two dates of one list: "prévues les 10 et 17 juin", "plaideront mercredi et jeudi"
    share their clause)."""
    for other in others:
        between = (
            text[date.end : other.start]
            if other.start >= date.end
            else text[other.end : date.start]
        )
        if _LISTED.fullmatch(between):
            continue
        if other.start >= date.end and other.start < end:
            joints = list(_JOINT.finditer(text, date.end, other.start))
            if joints:
                end = joints[-1].start()
        elif other.end <= date.start and other.end > start:
            joints = list(_JOINT.finditer(text, other.end, date.start))
            if joints:
                start = joints[-1].end()
    return start, end


_LISTED = re.compile(r"\s*(?:,|et|ou|and|or|&)\s*", re.IGNORECASE)


def _segment_end(text: str, cuts: list[int], seg: int) -> int:
    end = cuts[seg + 1]
    while end > cuts[seg] and (text[end - 1].isspace() or text[end - 1] in ',;:-–—«»“”"'):
        end -= 1
    return end


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", text)]


def _tidy(label: str) -> str:
    label = _LEADING.sub("", _DISPATCH.sub("", label.strip(" \t\n,;:-–—"))).rstrip(" ")
    if label.endswith(".") and not _ABBREVIATION_END.search(label):
        label = label[:-1].rstrip(" ")  # the sentence's period, not that of "11 p.m."
    if len(label) > LABEL_MAX:
        cut = label[:LABEL_MAX].rsplit(" ", 1)[0].rstrip(" ,;:")
        words = cut.split(" ")
        while len(words) > 1 and words[-1].lower().strip("'’") in _TRAILING:
            words.pop()
        label = " ".join(words).rstrip(" ,;:") + "…"
    return label[:1].upper() + label[1:]


def _person_mentions(entities: Sequence[Entity]) -> tuple[list[int], list[int]]:
    pairs = sorted((m.start, e.id) for e in entities if e.kind == "PER" for m in e.mentions)
    return [p for p, _ in pairs], [i for _, i in pairs]


class _Named:
    """The mentions of people and organisations in text order, for a bisect per sentence (a
    scan of every entity's mentions per event took a second and a half on a novel)."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        kinds = {e.id: e.kind for e in entities}
        found = sorted(
            (m.start, m.end, e.id) for e in entities if e.kind in ("PER", "ORG") for m in e.mentions
        )
        self.starts = [start for start, _, _ in found]
        self.found = found
        self.kinds = kinds

    def inside(self, start: int, end: int) -> dict[int, int]:
        """Entity id → its first mention wholly inside ``start:end``."""
        firsts: dict[int, int] = {}
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.found) and self.found[i][0] < end:
            m_start, m_end, entity_id = self.found[i]
            if m_end <= end and entity_id not in firsts:
                firsts[entity_id] = m_start
            i += 1
        return firsts


def _participants(
    text: str,
    sentence: tuple[int, int],
    named: _Named,
    people: tuple[list[int], list[int]],
    pronoun: re.Pattern[str],
) -> tuple[int, ...]:
    """People and organisations named in the sentence, plus the person an "il"/"elle" stands for."""
    s_start, s_end = sentence
    firsts = named.inside(s_start, s_end)
    subject = pronoun.search(text, s_start, s_end)
    if subject is not None:
        named_before = [
            position
            for entity_id, position in firsts.items()
            if named.kinds.get(entity_id) == "PER" and position < subject.start()
        ]
        positions, ids = people
        i = bisect.bisect_left(positions, subject.start()) - 1
        if not named_before and i >= 0 and ids[i] not in firsts:
            firsts[ids[i]] = subject.start()
    return tuple(sorted(firsts, key=lambda entity_id: firsts[entity_id]))


def _start(date: TimeExpression) -> int:
    return date.start
