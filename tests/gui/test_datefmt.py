"""The stretch of time the timeline draws for a date value."""

from __future__ import annotations

from datetime import date

from gui.datefmt import span


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


def test_weeks_quarters_seasons_decades_and_centuries() -> None:
    assert span("2015-W07") == _days(date(2015, 2, 9), date(2015, 2, 16))
    assert span("2015-Q1") == _days(date(2015, 1, 1), date(2015, 4, 1))
    assert span("2015-SU") == _days(date(2015, 6, 1), date(2015, 9, 1))
    assert span("198") == _days(date(1980, 1, 1), date(1990, 1, 1))
    assert span("17") == _days(date(1700, 1, 1), date(1800, 1, 1))
    assert span("2015-02-10T14:30") == _days(date(2015, 2, 10), date(2015, 2, 11))
