"""Code points ↔ UTF-16 units, checked against Python's own UTF-16 encoding."""

from __future__ import annotations

import pytest

from gui.marks import Utf16Map


@pytest.mark.parametrize("text", ["", "abc", "🚀", "a🚀b🎉c", "é🚀\n𝄞x", "🚀🚀🚀"])
def test_both_ways_agree_with_the_encoding(text: str) -> None:
    mapping = Utf16Map(text)
    for index in range(len(text) + 1):
        units = len(text[:index].encode("utf-16-le")) // 2
        assert mapping.to_qt(index) == units
        assert mapping.to_py(units) == index


def test_position_inside_a_surrogate_pair_moves_back() -> None:
    mapping = Utf16Map("a🚀b")
    assert mapping.to_py(2) == 1
    assert mapping.to_py(3) == 2
