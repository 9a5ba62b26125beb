"""Finding words in the article, ignoring case and accents, and finding an entity by its aliases.

``fold`` keeps every offset: it maps each character to exactly one character, so a hit in the
folded text is a hit at the same place in the original.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.model import Entity


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if len(base) == 1 and base != char:
            table[code] = base
    table.update({ord("’"): "'", ord("ʼ"): "'", ord("\u00a0"): " ", ord("\u202f"): " "})
    return table


_TABLE = _fold_table()


def fold(text: str) -> str:
    """Lower case without accents, one character for one character."""
    if text.isascii():  # nothing to take off (the table maps no ASCII character): most cells
        return text.lower()
    folded = text.translate(_TABLE)
    lowered = folded.lower()
    return (
        lowered
        if len(lowered) == len(folded)
        else "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    )


@dataclass(frozen=True, slots=True)
class Hits:
    spans: tuple[tuple[int, int], ...]  # sorted, without overlaps
    by_alias: int  # how many of them only an entity's alias found


def entities_named(query: str, entities: Iterable[Entity]) -> list[Entity]:
    """Entities whose name or an alias is the query, or holds it as whole words."""
    needle = fold(query.strip())
    if not needle:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    return [
        entity
        for entity in entities
        if any(pattern.search(fold(name)) for name in (entity.name, *entity.aliases))
    ]


def find_hits(folded_text: str, query: str, entities: Sequence[Entity] = ()) -> Hits:
    """Places of ``query`` in the text (already folded), plus every mention of the entities it
    names — so that looking for "Elon Musk" also finds "Musk"."""
    needle = fold(query.strip())
    if not needle:
        return Hits((), 0)
    plain = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), folded_text)]
    aliases = [(m.start, m.end) for e in entities_named(query, entities) for m in e.mentions]
    merged = _merge(sorted({*plain, *aliases}))
    covered = _merge(sorted(plain))
    starts = [start for start, _ in covered]
    extra = sum(1 for span in merged if not _inside(span, covered, starts))
    return Hits(tuple(merged), extra)


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(
    span: tuple[int, int], covered: Sequence[tuple[int, int]], starts: Sequence[int]
) -> bool:
    i = bisect_right(starts, span[0]) - 1
    return i >= 0 and span[1] <= covered[i][1]
