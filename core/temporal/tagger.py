"""Finding temporal expressions in plain text: every rule's regex over each span, then the longest.

No spaCy here: ``tag_dates`` runs on a ``str``. The rules are compiled once per language. One
regular expression of key words (month names, units, digits…) scans the text; each rule's own
expression then runs only around its key words, and overlaps are settled longest-first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from core.model import TimeExpression
from core.temporal.ages import age_of
from core.temporal.calendar import parse_value
from core.temporal.dateline import find_dateline
from core.temporal.lexicon import Lexicon, lexicon_for
from core.temporal.resolve import Resolver
from core.temporal.spec import Candidate, Rule

# Characters around a key word that a rule may need (prefixes such as "à la fin de l'année",
# number words before a unit, "dernier" after a date).
WINDOW = 50


@dataclass(frozen=True)
class RuleSet:
    """The rules of a language, and the key words that tell where each one can match."""

    rules: tuple[Rule, ...]
    trigger: re.Pattern[str]  # over the lower-cased text
    by_word: dict[str, tuple[int, ...]]  # key word → indexes of the rules to run near it
    digit_rules: tuple[int, ...]


@cache
def rules_for(lang: str) -> RuleSet:
    """The compiled rules of ``lang`` (French for a language without rules of its own)."""
    if lang.split("-")[0].lower() == "en":
        from core.temporal.rules_en import RULES as EN_RULES

        return _rule_set(tuple(EN_RULES), lexicon_for("en"))
    from core.temporal.rules_fr import RULES as FR_RULES

    return _rule_set(tuple(FR_RULES), lexicon_for("fr"))


def _rule_set(rules: tuple[Rule, ...], lex: Lexicon) -> RuleSet:
    categories: dict[str, set[str]] = {
        "#month": set(lex.months) | {a.rstrip(".") for a in lex.month_abbrevs},
        "#weekday": set(lex.weekdays),
        "#unit": set(lex.units),
        "#season": set(lex.seasons),
        "#pod": set(lex.parts_of_day),
        "#setadj": set(lex.sets_adj),
    }
    by_word: dict[str, set[int]] = {}
    digits: set[int] = set()
    for index, rule in enumerate(rules):
        for key in rule.keys:
            if key == "#digit":
                digits.add(index)
                continue
            for word in categories.get(key, {key}):
                for form in _key_forms(word, plural=key in ("#weekday", "#pod")):
                    by_word.setdefault(form, set()).add(index)
    # A number may touch a letter ("9h", "5e journée", "3pm"); a key word may not.
    pattern = r"(?<![^\W\d_])(?:\d+|" + _trie(by_word) + r"(?![^\W\d_]))"
    return RuleSet(
        rules,
        re.compile(pattern),
        {w: tuple(sorted(i)) for w, i in by_word.items()},
        tuple(sorted(digits)),
    )


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` factored by common prefixes: "ma(?:rs|i)" scans faster than
    "mars|mai" because the regex engine no longer tries each word at each position."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _key_forms(word: str, plural: bool) -> set[str]:
    """A key as the trigger sees it: lower case, the longest part of "après-midi" ("midi"), and
    its plural where the rules accept one ("jeudis", "matins")."""
    parts = [p for p in re.split(r"[\s'’.-]+", word.lower()) if len(p) >= 2]
    if not parts:
        return set()
    part = max(parts, key=len)
    return {part, part + "s"} if plural and not part.endswith(("s", "x")) else {part}


# A preposition a rule's modifier starts with ("à la fin de", "au début de", "en fin de", "avant
# le 15 mars": BEFORE): out of the span, as TimeML wants, the modifier kept; "au début" keeps its
# "début".
_PREPOSITION = re.compile(r"(?:à|au|aux|du|en|avant|après)\s+(?!alentours\b)(?=\S)", re.IGNORECASE)


def find_candidates(text: str, start: int, end: int, rule_set: RuleSet) -> list[Candidate]:
    """Every phrase some rule reads as temporal in ``text[start:end]`` (overlaps included).

    One pass of the key-word regex over the text finds where each rule may match; each rule then
    runs only on the stretches of text around its own key words.
    """
    windows: dict[int, list[tuple[int, int]]] = {}
    lowered = text[start:end].lower()
    if len(lowered) != end - start:  # a character whose lower case is longer: scan the original
        lowered = text[start:end]
    for m in rule_set.trigger.finditer(lowered):
        word = m.group()
        indexes = rule_set.digit_rules if word[0].isdigit() else rule_set.by_word.get(word, ())
        w_start = max(start, start + m.start() - WINDOW)
        w_end = min(end, start + m.end() + WINDOW)
        for index in indexes:
            spots = windows.setdefault(index, [])
            if spots and spots[-1][1] >= w_start:
                spots[-1] = (spots[-1][0], w_end)
            else:
                spots.append((w_start, w_end))
    found: list[Candidate] = []
    for index, spots in sorted(windows.items()):
        rule = rule_set.rules[index]
        has_t = "t" in rule.regex.groupindex
        for w_start, w_end in spots:
            for m in rule.regex.finditer(text, w_start, w_end):
                spec = rule.build(m)
                if spec is None:
                    continue
                s, e = m.span("t") if has_t and m.start("t") >= 0 else m.span()
                lead = _PREPOSITION.match(text, s, e)
                if lead is not None:  # "à la fin de l'année": TimeML leaves "à" out
                    s = lead.end()
                if e > s:
                    found.append(Candidate(s, e, spec))
    return found


def select(candidates: Sequence[Candidate], start: int, end: int) -> list[Candidate]:
    """Non-overlapping candidates of ``text[start:end]``, longest first (then leftmost, then the
    earlier rule)."""
    order = sorted(
        range(len(candidates)),
        key=lambda i: (candidates[i].start - candidates[i].end, candidates[i].start, i),
    )
    taken = bytearray(end - start)
    chosen: list[Candidate] = []
    for i in order:
        cand = candidates[i]
        lo, hi = cand.start - start, cand.end - start
        if taken.find(1, lo, hi) != -1:
            continue
        taken[lo:hi] = b"\x01" * (hi - lo)
        chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return chosen


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
    rule_set = rules_for(lang)
    chosen: list[Candidate] = []
    for start, end in _merged(spans, len(text)):
        found = select(find_candidates(text, start, end, rule_set), start, end)
        chosen.extend(c for c in found if not _is_age(text, c) and not _is_title(text, c))
    point = parse_value(dct[:10]) if dct else None
    english = lang.split("-")[0].lower() == "en"
    return Resolver(text, point, sentences, english=english).resolve(chosen)


# A work's title in quotation marks, opening on a capitalised article: « La Toussaint » (a
# painting), « Le Printemps » (a poem).
_TITLE_OPENS = re.compile(r"[«“]\s*$")
_TITLE_CLOSES = re.compile(r"\s*[»”]")
_CAPITAL_ARTICLE = re.compile(r"(?:La|Le|Les|L['’])\s*[A-ZÀ-ÖØ-Þ]")


def _is_title(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` is all of a quoted title ("« La Toussaint », peinte en 1888")."""
    return (
        _CAPITAL_ARTICLE.match(text, cand.start) is not None
        and _TITLE_OPENS.search(text, max(0, cand.start - 3), cand.start) is not None
        and _TITLE_CLOSES.match(text, cand.end) is not None
    )


def _is_age(text: str, cand: Candidate) -> bool:
    """An age ("Marc Lenoir, 42 ans") is the person's attribute, never a date (``ages.py``)."""
    spec = cand.spec
    if spec.type != "DURATION" or not (spec.value or "").endswith("Y"):
        return False
    expr = TimeExpression(0, cand.start, cand.end, text[cand.start : cand.end], spec.type,
                          spec.value, spec.mod)  # fmt: skip
    return age_of(text, expr) is not None


def _merged(spans: Sequence[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """``spans`` clipped to the text, in order, overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(size, e)) for s, e in spans):
        if end <= start:
            continue
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def find_dct(text: str, *, lang: str) -> str | None:
    """The date of a dateline or byline at the very top ("1er septembre 2012. -", "Paris, le 3 mars
    2021 —", "By Jane Porter — April 14, 2023"); see ``core.temporal.dateline``. ``lang`` is kept
    for callers: the dateline reader knows the month names of both languages."""
    del lang
    found = find_dateline(text)
    return found.value if found is not None else None
