"""Finding temporal expressions in plain text: every rule's regex over each span, then the longest.

No spaCy here: ``tag_dates`` runs on a ``str``. The rules are compiled once per language; each
one scans the text with ``finditer`` (C speed), and overlaps are settled longest-first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from core.model import TimeExpression
from core.temporal.calendar import parse_value
from core.temporal.resolve import Resolver
from core.temporal.spec import Candidate, Rule


@cache
def rules_for(lang: str) -> tuple[Rule, ...]:
    """The compiled rules of ``lang`` (French for a language without rules of its own)."""
    if lang.split("-")[0].lower() == "en":
        from core.temporal.rules_en import RULES as EN_RULES

        return tuple(EN_RULES)
    from core.temporal.rules_fr import RULES as FR_RULES

    return tuple(FR_RULES)


def find_candidates(text: str, start: int, end: int, rules: Sequence[Rule]) -> list[Candidate]:
    """Every phrase some rule reads as temporal in ``text[start:end]`` (overlaps included)."""
    found: list[Candidate] = []
    for rule in rules:
        has_t = "t" in rule.regex.groupindex
        for m in rule.regex.finditer(text, start, end):
            spec = rule.build(m)
            if spec is None:
                continue
            s, e = m.span("t") if has_t and m.start("t") >= 0 else m.span()
            if e > s:
                found.append(Candidate(s, e, spec))
    return found


def select(candidates: Sequence[Candidate], size: int) -> list[Candidate]:
    """Non-overlapping candidates, longest first (then leftmost, then the earlier rule)."""
    order = sorted(
        range(len(candidates)),
        key=lambda i: (candidates[i].start - candidates[i].end, candidates[i].start, i),
    )
    taken = bytearray(size)
    chosen: list[Candidate] = []
    for i in order:
        cand = candidates[i]
        if taken.find(1, cand.start, cand.end) != -1:
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return chosen


def dct_point(dct: str | None) -> object:
    if not dct:
        return None
    return parse_value(dct[:10])


def tag_dates(
    text: str,
    *,
    lang: str,
    dct: str | None,
    spans: Sequence[tuple[int, int]],
    sentences: Sequence[tuple[int, int]],
) -> list[TimeExpression]:
    """The temporal expressions of ``text`` inside ``spans``, with values, ids 1..n in order.

    ``dct`` (YYYY-MM-DD) anchors deictics ("hier"); without it they count from the previous date.
    No expression crosses a span boundary.
    """
    rules = rules_for(lang)
    chosen: list[Candidate] = []
    for start, end in sorted(spans):
        chosen.extend(select(find_candidates(text, start, end, rules), len(text)))
    point = parse_value(dct[:10]) if dct else None
    return Resolver(text, point, sentences).resolve(chosen)


_DATELINE_TAIL = re.compile(r"\s*(?:[.,]?\s*[-–—:|]|\.?\s*\n|\.\s|$)")


def find_dct(text: str, *, lang: str) -> str | None:
    """The date of a dateline at the very top ("1er septembre 2012. -", "Paris, le 3 mars 2021 —").

    Only a full date (day, month and year) within the first line counts.
    """
    head = text.lstrip()
    offset = len(text) - len(head)
    line_end = head.find("\n")
    line = head if line_end == -1 else head[:line_end]
    window = line[:120]
    for expr in tag_dates(window, lang=lang, dct=None, spans=[(0, len(window))], sentences=[]):
        if expr.start > 60 or expr.anchor != "explicit" or expr.value is None:
            continue
        point = parse_value(expr.value)
        if point is None or point.gran != "day" or not _DATELINE_TAIL.match(window, expr.end):
            continue
        if window[: expr.start].strip(" ,").count(" ") > 4:
            continue  # a sentence that happens to hold a date, not a dateline
        del offset
        return expr.value
    return None
