"""Offsets between Python strings (code points) and Qt's ``QTextCursor`` (UTF-16 units).

They differ after every character outside the Basic Multilingual Plane (emoji, some CJK): each
counts 1 in Python and 2 in UTF-16. A ``Utf16Map`` is built once per text and converts both ways
in O(log n), so a 1 MB article with many highlights stays fast.
"""

from __future__ import annotations

from bisect import bisect_left


class Utf16Map:
    def __init__(self, text: str) -> None:
        self._astral = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]
        self._length = len(text)

    def to_utf16(self, index: int) -> int:
        """The UTF-16 position of the code-point ``index`` (0 ≤ index ≤ len(text))."""
        return index + bisect_left(self._astral, index)

    def from_utf16(self, units: int) -> int:
        """The code-point index at UTF-16 position ``units``; a position inside a surrogate
        pair is moved back to the start of its character."""
        low, high = 0, self._length
        while low < high:
            middle = (low + high + 1) // 2
            if self.to_utf16(middle) <= units:
                low = middle
            else:
                high = middle - 1
        return low
