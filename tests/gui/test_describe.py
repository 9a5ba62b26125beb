"""What hovering a mark says: kind and canonical name; for a date, its value and its source."""

from __future__ import annotations

from core.model import Extraction
from gui.describe import describe_mark
from gui.marks import Mark, MarkIndex, Utf16Map


def _mark_of_text(extraction: Extraction, text: str) -> Mark:
    index = MarkIndex.from_extraction(extraction, Utf16Map(extraction.text))
    start = extraction.text.index(text)
    mark = index.at(start)
    assert mark is not None
    return mark


def test_a_person_mark_names_the_kind_and_the_canonical_name(extraction: Extraction) -> None:
    said = describe_mark(_mark_of_text(extraction, "Musk"), extraction)
    assert said.startswith("Person: Elon Musk")
    assert "3 mentions" in said


def test_a_relative_date_says_what_resolved_it(extraction: Extraction) -> None:
    said = describe_mark(_mark_of_text(extraction, "Deux mois plus tard"), extraction)
    assert "avril 2015" in said
    assert "“En février 2015” earlier in the text" in said


def test_an_explicit_date_says_it_is_written_in_full(extraction: Extraction) -> None:
    said = describe_mark(_mark_of_text(extraction, "Au début de 2018"), extraction)
    assert "début 2018 (2018/START)" in said
    assert "Written in full" in said


def test_offsets_outside_the_basic_plane_are_converted() -> None:
    offsets = Utf16Map("a😀b😀c")
    assert [offsets.to_qt(i) for i in range(6)] == [0, 1, 3, 4, 6, 7]
    assert [offsets.to_py(offsets.to_qt(i)) for i in range(6)] == list(range(6))
