"""The marks of an extraction (entity mentions and dates) as sorted spans in Qt positions.

The core counts offsets in Python characters (code points); ``QTextCursor`` and ``QTextBlock``
count UTF-16 units. ``Utf16Map`` converts between them; for a text with no character outside
the Basic Multilingual Plane (nearly every article) both are the identity.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from core.model import Extraction

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Python string index ⇄ Qt document position; made once per text, off the GUI thread (a
    scan of a novel takes a while)."""

    def __init__(self, text: str) -> None:
        astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral = astral
        self._qt_astral = [p + j for j, p in enumerate(astral)]
        self.identity = not astral  # Python and Qt offsets agree

    def to_qt(self, index: int) -> int:
        return index + bisect_left(self._astral, index) if self._astral else index

    def to_py(self, position: int) -> int:
        return position - bisect_left(self._qt_astral, position) if self._astral else position


@dataclass(frozen=True, slots=True)
class Mark:
    start: int  # Qt positions
    end: int
    kind: str  # PER/ORG/LOC/MISC/DATE
    ref: int  # entity id, or date id for a DATE


class MarkIndex:
    """Every mark sorted by start, found by position in O(log n)."""

    def __init__(self, marks: list[Mark]) -> None:
        self.marks = sorted(marks, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.marks]
        self.longest = max((m.end - m.start for m in self.marks), default=0)

    @classmethod
    def from_extraction(cls, extraction: Extraction, offsets: Utf16Map) -> MarkIndex:
        if offsets.identity:
            marks = [
                Mark(m.start, m.end, e.kind, e.id) for e in extraction.entities for m in e.mentions
            ]
            marks += [Mark(d.start, d.end, "DATE", d.id) for d in extraction.dates]
            return cls(marks)
        marks = [
            Mark(offsets.to_qt(m.start), offsets.to_qt(m.end), entity.kind, entity.id)
            for entity in extraction.entities
            for m in entity.mentions
        ]
        marks += [
            Mark(offsets.to_qt(d.start), offsets.to_qt(d.end), "DATE", d.id)
            for d in extraction.dates
        ]
        return cls(marks)

    def __len__(self) -> int:
        return len(self.marks)

    def between(self, start: int, end: int) -> Iterator[Mark]:
        """Marks that overlap [start, end)."""
        i = bisect_left(self.starts, start - self.longest)
        while i < len(self.marks) and self.marks[i].start < end:
            if self.marks[i].end > start:
                yield self.marks[i]
            i += 1

    def at(self, position: int) -> Mark | None:
        """The innermost mark that holds ``position``."""
        found = [m for m in self.between(position, position + 1)]
        return min(found, key=lambda m: m.end - m.start, default=None)

    def of_entity(self, entity_id: int) -> list[Mark]:
        return [m for m in self.marks if m.ref == entity_id and m.kind != "DATE"]


def block_ranges(
    regions: list[tuple[int, int, str]], starts: list[int], start: int, end: int
) -> Iterator[tuple[int, int, str]]:
    """Parts of sorted, non-overlapping regions (``starts`` their starts) within [start, end)."""
    i = max(bisect_right(starts, start) - 1, 0)
    while i < len(regions) and regions[i][0] < end:
        r_start, r_end, role = regions[i]
        if r_end > start:
            yield max(r_start, start), min(r_end, end), role
        i += 1
