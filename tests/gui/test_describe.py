"""What hovering a mark says: kind and canonical name; for a date, its value and its source."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from core.model import Extraction, TimeExpression
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
    assert "Means: début 2018" in said
    assert "2018/START" not in said
    assert "Written in full" in said


def _with_words(extraction: Extraction, words: str, **date: Any) -> Extraction:
    """The article with ``words`` appended as one more expression (``date``: its fields)."""
    start = len(extraction.text)
    text = extraction.text + words + "\n"
    expression = TimeExpression(id=99, start=start, end=start + len(words), text=words, **date)
    return dataclasses.replace(extraction, text=text, dates=(*extraction.dates, expression))


@pytest.mark.parametrize(
    ("words", "kind", "value", "said"),
    [
        ("pendant 40 minutes", "DURATION", "PT40M", "Means: 40 minutes"),
        ("depuis plusieurs mois", "DURATION", "PXM", "Means: plusieurs mois"),
        ("pendant 39 ans", "DURATION", "P39Y", "Means: 39 ans"),
        ("chaque semaine", "SET", "P1W", "Means: every 1 semaine"),
    ],
)
def test_durations_are_said_in_words(
    extraction: Extraction, words: str, kind: str, value: str, said: str
) -> None:
    extended = _with_words(extraction, words, type=kind, value=value, anchor="explicit")
    described = describe_mark(_mark_of_text(extended, words), extended)
    assert said in described
    assert value not in described


def test_a_persons_age_is_shown_as_their_age_not_as_a_date(extraction: Extraction) -> None:
    """ "Sam Altman, 39 ans": the words are the person's mark (their tint, their tooltip), and
    a date the extractor may have made of them is not shown."""
    base = dataclasses.replace(
        extraction, text=extraction.text.replace("Sam Altman a", "Sam Altman, 39 ans, a")
    )
    assert base.text != extraction.text
    shift = len(", 39 ans")
    start = extraction.text.index("Sam Altman a") + len("Sam Altman")
    moved = []
    for entity in base.entities:
        mentions = tuple(
            dataclasses.replace(m, start=m.start + shift, end=m.end + shift)
            if m.start > start
            else m
            for m in entity.mentions
        )
        moved.append(dataclasses.replace(entity, mentions=mentions))
    age_at = start + 2
    as_date = TimeExpression(
        id=98, start=age_at, end=age_at + 6, text="39 ans", type="DURATION", value="P39Y"
    )
    base = dataclasses.replace(base, entities=tuple(moved), dates=(as_date,))
    index = MarkIndex.from_extraction(base, Utf16Map(base.text))
    mark = index.at(age_at + 1)
    assert mark is not None
    assert (mark.kind, mark.ref, mark.start, mark.end) == ("PER", 2, age_at, age_at + 6)
    assert [m for m in index.marks if m.kind == "DATE"] == []
    assert describe_mark(mark, base) == "Age of Sam Altman: 39 years"
    person = describe_mark(index.at(start - 2), base)
    assert "Age: 39 years" in person


def test_offsets_outside_the_basic_plane_are_converted() -> None:
    offsets = Utf16Map("a😀b😀c")
    assert [offsets.to_qt(i) for i in range(6)] == [0, 1, 3, 4, 6, 7]
    assert [offsets.to_py(offsets.to_qt(i)) for i in range(6)] == list(range(6))
