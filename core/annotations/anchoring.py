"""Placing a highlight again on a text that may have changed (Hypothesis's recipe).

A highlight is stored as its quote, 32 characters of prefix and suffix, and its offsets. To place
it on a text: (1) keep the stored offsets if the text there still equals the quote; (2) else look
for the quote exactly, then approximately, scoring quote similarity x50, prefix x20, suffix x20
and nearness to the old position x2; (3) else it is *unanchored*. A weak match is never taken: an
unanchored highlight is listed for the reader, not guessed.

The approximate search stays fast on a 1 MB text: rare character n-grams of the quote vote for
candidate windows, and only those windows are aligned, with Myers' bit-parallel edit distance
(the best-matching substring of a window, and the number of edits it needs).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from core.model import AnchorState

CONTEXT = 32
MAX_EXACT = 2000  # occurrences of a quote examined by the exact search
WORD_REACH = 40  # an approximate match is widened this far at most to end on a word's edge
MAX_ERROR_RATE = 0.25  # edits allowed in an approximate match, relative to the quote's length
MIN_APPROXIMATE = 8  # shorter quotes are only ever placed exactly
MIN_SCORE = 70.0  # of 90 (quote, prefix, suffix) for an approximate match; e.g. quote 0.9 and
# context 0.63 on average, or quote 0.75 and context 0.81
SELF_EVIDENT_RATE, SELF_EVIDENT_LENGTH = 0.1, 60  # ...unless the quote alone is convincing
GRAM = 6
MAX_GRAMS = 48
RARE = 24  # a gram found more often than this says nothing about where the quote is
MAX_WINDOWS = 6
MAX_RUNS = 3  # equally good ends examined in one window
MIN_VOTES = 2  # distinct grams that must agree on a window (its old place needs none)
WEIGHTS = (50.0, 20.0, 20.0, 2.0)  # quote, prefix, suffix, nearness


@dataclass(frozen=True, slots=True)
class Selector:
    """What is stored to find a highlight again."""

    quote: str
    prefix: str
    suffix: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Placement:
    start: int | None
    end: int | None
    state: AnchorState
    score: float = 0.0

    @property
    def found(self) -> bool:
        return self.state != "unanchored"


UNANCHORED = Placement(None, None, "unanchored")


def selector_at(text: str, start: int, end: int) -> Selector:
    """The selector of ``text[start:end]``."""
    return Selector(
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        start=start,
        end=end,
    )


def place(text: str, selector: Selector) -> Placement:
    """Where ``selector`` lies in ``text``: exactly, approximately, or nowhere."""
    quote = selector.quote
    if not quote:
        return UNANCHORED
    start, end = selector.start, selector.end
    if start is not None and end is not None and text[start:end] == quote:
        return Placement(start, end, "exact", sum(WEIGHTS))
    exact = [_score(text, selector, s, s + len(quote), 0) for s in _occurrences(text, quote)]
    if exact:
        best = max(exact, key=lambda p: p.score)
        return Placement(best.start, best.end, "exact", best.score)
    found = _approximate(text, selector)
    if found.start is None or found.end is None:
        return found
    return Placement(*on_word_boundaries(text, found.start, found.end), found.state, found.score)


def on_word_boundaries(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without blanks at its ends and widened to whole words: an approximate
    match may begin or end inside a word ("bitants ont applaudi cette déc")."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, end
    reach = max(0, start - WORD_REACH)
    while start > reach and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    reach = min(len(text), end + WORD_REACH)
    while end < reach and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def _occurrences(text: str, quote: str) -> Iterator[int]:
    found, at = 0, text.find(quote)
    while at >= 0 and found < MAX_EXACT:
        yield at
        found += 1
        at = text.find(quote, at + 1)


def similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    from difflib import SequenceMatcher  # only when a text changed: not on every read

    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _context(text: str, selector: Selector, start: int, end: int) -> tuple[float, float]:
    before = text[max(0, start - len(selector.prefix)) : start]
    after = text[end : end + len(selector.suffix)]
    return similarity(selector.prefix, before), similarity(selector.suffix, after)


def _nearness(text: str, selector: Selector, start: int) -> float:
    if selector.start is None:
        return 0.0
    return 1.0 - min(1.0, abs(start - selector.start) / max(len(text), 1))


def _score(text: str, selector: Selector, start: int, end: int, errors: int) -> Placement:
    prefix, suffix = _context(text, selector, start, end)
    quote = 1.0 - errors / len(selector.quote)
    wq, wp, ws, wn = WEIGHTS
    score = wq * quote + wp * prefix + ws * suffix + wn * _nearness(text, selector, start)
    state: AnchorState = "exact" if errors == 0 else "approximate"
    return Placement(start, end, state, score)


def _acceptable(text: str, selector: Selector, placement: Placement, errors: int) -> bool:
    """A match is taken only when it cannot be a coincidence: the more the quote differs, the
    more its context must agree; a long, nearly intact quote is evidence enough on its own."""
    assert placement.start is not None
    rate = errors / len(selector.quote)
    if rate > MAX_ERROR_RATE:
        return False
    if rate <= SELF_EVIDENT_RATE and len(selector.quote) >= SELF_EVIDENT_LENGTH:
        return True
    return placement.score - WEIGHTS[3] * _nearness(text, selector, placement.start) >= MIN_SCORE


def _approximate(text: str, selector: Selector) -> Placement:
    quote = selector.quote
    if len(quote) < MIN_APPROXIMATE:
        return UNANCHORED
    best: Placement = UNANCHORED
    for lo, hi in _windows(text, selector):
        for start, end, errors in _align(quote, text, lo, hi):
            placement = _score(text, selector, start, end, errors)
            if placement.score > best.score and _acceptable(text, selector, placement, errors):
                best = placement
    return best


def _windows(text: str, selector: Selector) -> list[tuple[int, int]]:
    """Stretches of ``text`` where the quote may lie: where several of its rare grams agree
    (the best-voted first, weak ones dropped), and around its old place; overlaps merged."""
    quote = selector.quote
    size = len(quote)
    slack = max(8, int(size * MAX_ERROR_RATE) + 4)
    clusters: list[list[tuple[int, int]]] = []
    for estimate, gram in sorted(_votes(text, quote)):
        if clusters and estimate - clusters[-1][-1][0] <= slack:
            clusters[-1].append((estimate, gram))
        else:
            clusters.append([(estimate, gram)])
    voted = sorted(((len({g for _, g in c}), c) for c in clusters), key=lambda v: -v[0])
    floor = max(MIN_VOTES, voted[0][0] // 4) if voted else MIN_VOTES
    spans = [
        (max(0, c[0][0] - slack), min(len(text), c[-1][0] + size + slack))
        for votes, c in voted[:MAX_WINDOWS]
        if votes >= floor
    ]
    if selector.start is not None:
        spans.append(
            (max(0, selector.start - slack), min(len(text), selector.start + size + slack))
        )
    return _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _votes(text: str, quote: str) -> list[tuple[int, int]]:
    """``(estimated start of the quote, gram offset)`` for each place a rare gram occurs."""
    size = len(quote)
    gram = min(GRAM, max(3, size // 4))
    count = max(1, size - gram + 1)
    step = max(1, count // MAX_GRAMS)
    votes: list[tuple[int, int]] = []
    for offset in range(0, count, step):
        piece = quote[offset : offset + gram]
        if piece.isspace():
            continue
        places = list(_first_places(text, piece, RARE + 1))
        if len(places) <= RARE:
            votes.extend((at - offset, offset) for at in places)
    return votes


def _first_places(text: str, piece: str, limit: int) -> Iterator[int]:
    at = text.find(piece)
    while at >= 0 and limit > 0:
        yield at
        limit -= 1
        at = text.find(piece, at + 1)


def _align(quote: str, text: str, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """Substrings of ``text[lo:hi]`` closest to ``quote``, as ``(start, end, edits)``: the
    best end of each run of equally good ends, and for it the start with as few edits."""
    if hi <= lo:
        return []
    scores = edit_distances(quote, text[lo:hi])
    errors = min(scores)
    if errors > len(quote) * MAX_ERROR_RATE:
        return []
    ends = [j for j, s in enumerate(scores) if s == errors]
    runs = [j for i, j in enumerate(ends) if i == 0 or ends[i - 1] != j - 1]
    found = []
    for first in runs[:MAX_RUNS]:
        end = lo + first + 1
        back = edit_distances(quote[::-1], text[lo:end][::-1], anchored=True)
        least = min(back)
        lengths = [j + 1 for j, s in enumerate(back) if s == least]
        length = min(lengths, key=lambda n: abs(n - len(quote)))
        found.append((end - length, end, least))
    return found


def edit_distances(pattern: str, text: str, *, anchored: bool = False) -> list[int]:
    """For each end position ``j`` in ``text``, the fewest edits turning ``pattern`` into some
    substring of ``text`` that ends at ``j`` (inclusive), or into ``text[: j + 1]`` when
    ``anchored``: Myers' bit-parallel algorithm (Hyyrö's formulation), one pass, any length."""
    size = len(pattern)
    masks: dict[str, int] = {}
    for i, char in enumerate(pattern):
        masks[char] = masks.get(char, 0) | (1 << i)
    full = (1 << size) - 1
    high = 1 << (size - 1)
    pv, mv, score = full, 0, size
    scores: list[int] = []
    for char in text:
        eq = masks.get(char, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | anchored) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
        scores.append(score)
    return scores
