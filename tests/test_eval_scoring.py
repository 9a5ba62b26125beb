"""The evaluation compares a value TimeML data writes two ways in one way."""

from __future__ import annotations

import pytest

from eval.scoring import canonical


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1989-10-27T24", "1989-10-27T24:00"),  # a time without its minutes
        ("1989-10-27T24:00", "1989-10-27T24:00"),
        ("2000-W7", "2000-W07"),  # a week with one digit
        ("P2Q", "P6M"),  # quarters are months
        ("1989-10-27TNI", "1989-10-27TNI"),  # a part of day is no hour
        (None, None),
    ],
)
def test_a_value_written_two_ways_is_compared_one_way(
    value: str | None, expected: str | None
) -> None:
    assert canonical(value) == expected
