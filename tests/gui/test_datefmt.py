"""Dates as a reader says them, and the stretch of time the timeline draws for them."""

from __future__ import annotations

from datetime import date

import pytest

from gui.datefmt import say, span


@pytest.mark.parametrize(
    ("value", "mod", "lang", "expected"),
    [
        ("2015", None, "fr", "2015"),
        ("2015-02", None, "fr", "février 2015"),
        ("2022-11-30", None, "fr", "30 novembre 2022"),
        ("2022-11-01", None, "fr", "1er novembre 2022"),
        ("2018", "START", "fr", "début 2018"),
        ("2018", "MID", "fr", "mi-2018"),
        ("2024", "END", "fr", "fin 2024"),
        ("2015", "APPROX", "fr", "vers 2015"),
        ("2015-Q1", None, "fr", "1er trimestre 2015"),
        ("2015-SU", None, "fr", "été 2015"),
        ("201", None, "fr", "années 2010"),
        ("20", None, "fr", "XXIᵉ siècle"),
        ("2015-02", None, "en", "February 2015"),
        ("2018", "START", "en", "early 2018"),
        ("PRESENT_REF", None, "fr", "maintenant"),
    ],
)
def test_say(value: str, mod: str | None, lang: str, expected: str) -> None:
    assert say(value, mod, lang) == expected


def _days(first: date, last: date) -> tuple[int, int]:
    return first.toordinal(), last.toordinal()


def test_a_year_covers_the_whole_year() -> None:
    assert span("2018") == _days(date(2018, 1, 1), date(2019, 1, 1))


def test_start_of_a_year_is_its_first_third() -> None:
    start, end = span("2018", "START") or (0, 0)
    assert start == date(2018, 1, 1).toordinal()
    assert date(2018, 4, 1).toordinal() <= end <= date(2018, 5, 15).toordinal()


def test_a_day_is_one_day_and_a_month_one_month() -> None:
    assert span("2022-11-30") == _days(date(2022, 11, 30), date(2022, 12, 1))
    assert span("2015-12") == _days(date(2015, 12, 1), date(2016, 1, 1))


def test_values_with_no_place_in_time_have_no_span() -> None:
    assert span("PRESENT_REF") is None
    assert span("P2M") is None
    assert span("2015-13") is None
