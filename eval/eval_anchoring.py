"""Measure how highlights survive a changed text (core.annotations.anchoring).

    python -m eval.eval_anchoring [--per-text N] [--seed S]    (from the repository root)

Texts: the sample article (seeds/), the longer gold texts (../shared/gold) and stretches of the
novel in ../shared/corpus. On each, highlights (unique passages of 3-30 words) are made and the
text is changed in one of three ways:

- elsewhere: paragraphs inserted or deleted, whitespace and quote styles changed outside the
  highlight (its context may change): it must be found exactly where it now is;
- inside: the same, plus up to 10 % of the highlight's characters edited: it must be found and
  flagged approximate;
- deleted: the highlight's passage removed: it must be unanchored.

Passages with a near copy elsewhere in the text (within 20 % edits, whitespace and quote styles
ignored) are not chosen: there the truth itself is ambiguous. A placement that overlaps the true
span by less than 80 % (IoU), or any placement of a deleted passage, counts as misplaced. The
generator (``make_case``) is shared with tests/core, which run a small version of it on texts
made in the test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.annotations.anchoring import Placement, Selector, edit_distances, place, selector_at

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCENARIOS = ("elsewhere", "inside", "deleted")
_QUOTES = {"'": "’", "’": "'", '"': "«", "«": '"', "»": '"'}
_PLAIN = {"’": "'", "«": '"', "»": '"', "“": '"', "”": '"'}


@dataclass(frozen=True, slots=True)
class Case:
    scenario: str
    selector: Selector  # made on the original text
    text: str  # the changed text
    truth: tuple[int, int] | None  # where the passage now is; None when deleted


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", "".join(_PLAIN.get(c, c) for c in text))


def pick_span(text: str, rng: random.Random, plain: str) -> tuple[int, int] | None:
    """A passage of 3-30 whole words inside one paragraph, with no near copy in the text
    (``plain`` is ``_plain(text)``; the sample article repeats some paragraphs)."""
    words = [m.span() for m in re.finditer(r"\S+", text)]
    if len(words) < 40:
        return None
    for _ in range(50):
        first = rng.randrange(len(words) - 30)
        last = first + rng.randint(2, 29)
        start, end = words[first][0], words[last][1]
        quote = text[start:end]
        if "\n" in quote or len(quote) < 12 or plain.count(_plain(quote)) != 1:
            continue
        if _has_near_copy(text, start, end):
            continue
        return start, end
    return None


def _paragraph_edit(part: str, rng: random.Random, filler: str) -> str:
    breaks = [m.end() for m in re.finditer(r"\n", part)]
    if breaks and rng.random() < 0.5:
        cut = rng.choice(breaks)
        following = part.find("\n", cut)
        if following > cut:
            return part[:cut] + part[following + 1 :]  # a paragraph deleted
    at = rng.choice(breaks) if breaks else rng.choice((0, len(part)))
    return part[:at] + filler + "\n" + part[at:]  # a paragraph inserted


def _whitespace_edit(part: str, rng: random.Random) -> str:
    spaces = [m.start() for m in re.finditer(r" ", part)]
    if not spaces:
        return part + "  "
    at = rng.choice(spaces)
    return part[:at] + rng.choice(("  ", "\n", " \t", "")) + part[at + 1 :]


def _quote_style_edit(part: str) -> str:
    return "".join(_QUOTES.get(c, c) for c in part)


def edit_outside(part: str, rng: random.Random, filler: str) -> str:
    for _ in range(rng.randint(1, 4)):
        kind = rng.random()
        if kind < 0.4:
            part = _paragraph_edit(part, rng, filler)
        elif kind < 0.8:
            part = _whitespace_edit(part, rng)
        else:
            part = _quote_style_edit(part)
    return part


def edit_inside(quote: str, rng: random.Random) -> str:
    """Up to 10 % of the characters changed (at least one), not at the very ends."""
    changed = quote
    while changed == quote:
        changed = _edit_chars(quote, rng)
    return changed


def _edit_chars(quote: str, rng: random.Random) -> str:
    chars = list(quote)
    for _ in range(rng.randint(1, max(1, len(quote) // 10))):
        at = rng.randrange(1, max(2, len(chars) - 1))
        kind = rng.random()
        if kind < 0.4:
            chars[at] = rng.choice("aeiouéèànrst’'«» ")
        elif kind < 0.7:
            chars.insert(at, rng.choice("aeiousnt,"))
        elif len(chars) > 4:
            del chars[at]
    return "".join(chars)


def _pairs(text: str) -> set[tuple[str, str]]:
    words = text.split()
    return set(itertools.pairwise(words))


def _has_near_copy(text: str, start: int, end: int) -> bool:
    """Another stretch of ``text`` within 20 % edits of ``text[start:end]``. Only stretches
    sharing a third of the quote's word pairs are aligned (a copy that close shares most)."""
    quote = text[start:end]
    pairs = _pairs(quote)
    size = len(quote)
    blanked = text[:start] + "\0" * size + text[end:]
    for lo in range(0, len(blanked), size):
        window = blanked[max(0, lo - size) : lo + 2 * size]
        if len(pairs & _pairs(window)) * 3 < len(pairs):
            continue
        if min(edit_distances(quote, window)) <= 0.2 * size:
            return True
    return False


def make_case(
    text: str, scenario: str, rng: random.Random, filler: str, plain: str | None = None
) -> Case | None:
    span = pick_span(text, rng, _plain(text) if plain is None else plain)
    if span is None:
        return None
    start, end = span
    selector = selector_at(text, start, end)
    before = edit_outside(text[:start], rng, filler) if rng.random() < 0.8 else text[:start]
    after = edit_outside(text[end:], rng, filler) if rng.random() < 0.8 else text[end:]
    if scenario == "elsewhere":
        quote = selector.quote
    elif scenario == "inside":
        quote = edit_inside(selector.quote, rng)
    else:
        changed = before + after
        if selector.quote in changed:
            return None
        return Case(scenario, selector, changed, None)
    return Case(scenario, selector, before + quote + after, (len(before), len(before) + len(quote)))


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def judge(case: Case, placement: Placement) -> str:
    """``exact`` / ``approximate`` / ``unanchored`` when right, else ``misplaced``."""
    if not placement.found:
        return "unanchored"
    if case.truth is None:
        return "misplaced"
    assert placement.start is not None
    assert placement.end is not None
    if iou(case.truth, (placement.start, placement.end)) < 0.8:
        return "misplaced"
    return placement.state


def run_cases(texts: Sequence[str], per_text: int, rng: random.Random) -> dict[str, Counter[str]]:
    results: dict[str, Counter[str]] = {s: Counter() for s in SCENARIOS}
    for index, text in enumerate(texts):
        filler = texts[(index + 1) % len(texts)][:300].replace("\n", " ")
        plain = _plain(text)
        for scenario in SCENARIOS:
            made = 0
            for _ in range(per_text * 3):
                case = make_case(text, scenario, rng, filler, plain)
                if case is None:
                    continue
                results[scenario][judge(case, place(case.text, case.selector))] += 1
                made += 1
                if made == per_text:
                    break
    return results


def _gold_texts(folder: Path, minimum: int) -> list[str]:
    texts = (
        json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(folder.glob("*.json"))
    )
    return [t for t in texts if len(t) >= minimum]


def load_texts() -> list[str]:
    texts = [(ROOT / "seeds" / "musk-altman-fr.txt").read_text(encoding="utf-8")]
    if not SHARED.is_dir():
        print(f"note: {SHARED} is missing: only the sample article is measured", file=sys.stderr)
        return texts
    texts += _gold_texts(SHARED / "gold" / "ner_fr", 2000)
    texts += _gold_texts(SHARED / "gold" / "timex_fr", 900)
    novel = SHARED / "corpus" / "verne-ile-mysterieuse.txt"
    if novel.exists():
        body = novel.read_text(encoding="utf-8")
        texts += [body[i : i + 20_000] for i in range(50_000, len(body), 120_000)]
    return texts


def speed(text: str, rng: random.Random, count: int) -> dict[str, float]:
    """Mean seconds to place a highlight on ``text``, for each way of changing it."""
    plain = _plain(text)
    means = {}
    for scenario in SCENARIOS:
        made = (make_case(text, scenario, rng, "", plain) for _ in range(count))
        cases = [c for c in made if c]
        began = time.perf_counter()
        for case in cases:
            place(case.text, case.selector)
        means[scenario] = (time.perf_counter() - began) / max(1, len(cases))
    return means


def report(results: dict[str, Counter[str]]) -> Iterable[str]:
    misplaced = sum(r["misplaced"] for r in results.values())
    total = sum(sum(r.values()) for r in results.values())
    for scenario, counts in results.items():
        n = sum(counts.values())
        parts = ", ".join(f"{k} {100 * v / n:.2f} %" for k, v in sorted(counts.items()))
        yield f"{scenario:9} n={n}: {parts}"
    yield f"misplaced overall: {misplaced}/{total} = {100 * misplaced / max(total, 1):.2f} %"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-text", type=int, default=40, help="highlights per text and case")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    texts = load_texts()
    print("the sample article alone, 200 highlights per case:")
    for line in report(run_cases(texts[:1], 200, rng)):
        print(f"  {line}")
    print(f"{len(texts)} texts ({sum(map(len, texts)):,} characters)")
    for line in report(run_cases(texts, args.per_text, rng)):
        print(line)
    novel = SHARED / "corpus" / "verne-ile-mysterieuse.txt"
    if novel.exists():
        body = novel.read_text(encoding="utf-8")
        means = speed(body, rng, 30)
        shown = ", ".join(f"{k} {1000 * v:.1f} ms" for k, v in means.items())
        print(f"mean time to place one highlight on {len(body):,} characters: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
