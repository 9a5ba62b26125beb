"""What every evaluation of ``eval/`` shares: where the gold data is, the fixed dev/check split,
the strict one-to-one scorer, and the extractor run the way ``liseuse extract`` runs it.

- **Gold data** lives outside the repository: ``$LISEUSE_SHARED`` when set, else the first
  ``shared/`` folder holding ``gold/`` found beside the repository or above it (``../shared`` from
  ``/work/main``, ``/work/shared`` from a worktree in ``/work/wt/NAME``).
- **Halves.** Each gold folder is split by file name: sorted names, even index = ``dev`` (the half
  rules are tuned on), odd index = ``check`` (held out, only reported). Fixed, never shuffled.
- **Strict scoring.** One prediction matches at most one gold item and one gold item at most one
  prediction (a maximum bipartite matching, per criterion); anything the gold lacks — ages
  included — is a false positive.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HALVES = ("dev", "check")
T = TypeVar("T")


def shared_dir() -> Path | None:
    """The shared folder (with ``gold/``), or None when it cannot be found."""
    env = os.environ.get("LISEUSE_SHARED")
    if env:
        path = Path(env).expanduser()
        return path if (path / "gold").is_dir() else None
    for folder in (ROOT, *ROOT.parents):
        candidate = folder / "shared"
        if (candidate / "gold").is_dir():
            return candidate
    return None


def gold_dir(name: str) -> Path | None:
    shared = shared_dir()
    return shared / "gold" / name if shared is not None else None


def missing_gold(tool: str, name: str) -> int:
    """Say clearly that the gold data is missing; the exit status for it."""
    print(
        f"{tool}: gold folder '{name}' not found. It lives in the shared folder beside the "
        "repository (../shared/gold or /work/shared/gold); set LISEUSE_SHARED=/path/to/shared "
        "or pass --gold DIR.",
        file=sys.stderr,
    )
    return 2


def half_of(index: int) -> str:
    """The half of the ``index``-th file in sorted name order: even = dev, odd = check."""
    return HALVES[index % 2]


def split(paths: Iterable[Path]) -> dict[str, list[Path]]:
    """``paths`` by half, each sorted by name (see ``half_of``)."""
    halves: dict[str, list[Path]] = {h: [] for h in HALVES}
    for i, path in enumerate(sorted(paths, key=lambda p: p.name)):
        halves[half_of(i)].append(path)
    return halves


# -- one-to-one matching ---------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """A predicted or gold item: a span with a value (a TIMEX3 value, an entity label…)."""

    start: int
    end: int
    value: str | None = None
    text: str = ""


def overlap(a: Item, b: Item) -> bool:
    return a.start < b.end and b.start < a.end


def exact(a: Item, b: Item) -> bool:
    return a.start == b.start and a.end == b.end


_ONE_DIGIT_WEEK = re.compile(r"-W(\d)(?!\d)")
_COUNTED_IN = re.compile(r"P(\d+)([QEC])")  # quarters, decades, centuries
_AS = {"Q": (3, "M"), "E": (10, "Y"), "C": (100, "Y")}


_HOUR_ALONE = re.compile(r"(T\d\d)$")  # "1989-10-27T24" is "1989-10-27T24:00"


def canonical(value: str | None) -> str | None:
    """A value written the one way when TimeML data writes it two: an ISO week has two digits
    ("2000-W07"; some gold files write "2000-W7"), a time its minutes ("T24" is "T24:00"), and a
    duration of quarters, decades or
    centuries is one of months or years ("P2Q" is "P6M", "P1E" is "P10Y")."""
    if value is None:
        return None
    counted = _COUNTED_IN.fullmatch(value)
    if counted:
        times, unit = _AS[counted.group(2)]
        return f"P{int(counted.group(1)) * times}{unit}"
    return _HOUR_ALONE.sub(r"\1:00", _ONE_DIGIT_WEEK.sub(r"-W0\1", value))


def same_value(a: Item, b: Item) -> bool:
    return overlap(a, b) and a.value is not None and canonical(a.value) == canonical(b.value)


def exact_value(a: Item, b: Item) -> bool:
    return exact(a, b) and canonical(a.value) == canonical(b.value)


def match(
    pred: Sequence[T], gold: Sequence[T], ok: Callable[[T, T], bool]
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of ``pred`` to ``gold`` under ``ok`` (Kuhn's algorithm;
    candidates are tried left to right, so ties go to the nearest item)."""
    edges = [[g for g in range(len(gold)) if ok(p, gold[g])] for p in pred]
    owner: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in edges[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = p
                return True
        return False

    for p in range(len(pred)):
        if edges[p]:
            augment(p, set())
    return sorted((p, g) for g, p in owner.items())


@dataclass
class PRF:
    """Counts for one criterion: matched pairs, predictions and gold items."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, tp: int, pred: int, gold: int) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    @property
    def p(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def line(self, name: str) -> str:
        return (
            f"  {name:10s} P {self.p:.3f}  R {self.r:.3f}  F1 {self.f1:.3f}"
            f"   ({self.tp} matched, {self.pred} predicted, {self.gold} gold)"
        )


CRITERIA: dict[str, Callable[[Item, Item], bool]] = {
    "relaxed": overlap,
    "strict": exact,
    "value": same_value,
}


@dataclass
class Scores:
    """Relaxed, strict and value scores of span items, one-to-one each."""

    by: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in CRITERIA})

    def add(self, pred: Sequence[Item], gold: Sequence[Item]) -> None:
        for name, ok in CRITERIA.items():
            self.by[name].add(len(match(pred, gold, ok)), len(pred), len(gold))


# -- the extractor, as ``liseuse extract`` runs it -----------------------------------------------


def extract_text(text: str, *, lang: str, dct: str | None) -> object:
    """The ``Extraction`` of ``text`` read as a .txt file: cleanup, regions, DCT, NER, dates,
    entities, events (``core.extractor.extract``, the path of ``liseuse extract``)."""
    from core.extractor import extract
    from core.reading.article import article_from_text

    article = article_from_text(text, source="<gold>", lang=lang, dct=dct[:10] if dct else None)
    return extract(article)


def table(rows: dict[str, dict[str, PRF]], criteria: Sequence[str]) -> str:
    """One line per half and criterion."""
    lines = []
    for half, by in rows.items():
        lines.append(f"[{half}]")
        lines += [by[c].line(c) for c in criteria]
    return "\n".join(lines)
