"""Data-driven checks of the temporal tagger: tests/data/timex_fr.tsv and timex_en.tsv.

Each row holds a text with one expression in [brackets], the document date (or "-"), and the
expected type, value and mod of the one expression that overlaps the brackets (type NONE: nothing
may overlap them). "\\n" in a text is a line break (a title above its dateline).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.reading.sentences import split_sentences
from core.temporal import tag_dates

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class Row:
    text: str
    start: int
    end: int
    dct: str | None
    type: str
    value: str | None
    mod: str | None


def _none(cell: str) -> str | None:
    return None if cell == "-" else cell


def load(name: str) -> list[Row]:
    rows: list[Row] = []
    with (DATA / name).open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        for record in csv.DictReader(lines, delimiter="\t"):
            marked = record["text"].replace("\\n", "\n")
            start = marked.index("[")
            end = marked.index("]") - 1
            text = marked.replace("[", "", 1).replace("]", "", 1)
            rows.append(
                Row(
                    text,
                    start,
                    end,
                    _none(record["dct"]),
                    record["type"],
                    _none(record["value"]),
                    _none(record["mod"]),
                )
            )
    return rows


def check(row: Row, lang: str) -> None:
    sentences = split_sentences(row.text)
    exprs = tag_dates(
        row.text, lang=lang, dct=row.dct, spans=[(0, len(row.text))], sentences=sentences
    )
    hits = [e for e in exprs if e.start < row.end and row.start < e.end]
    if row.type == "NONE":
        assert hits == [], f"false date in {row.text!r}: {hits}"
        return
    assert len(hits) == 1, f"{row.text!r}: expected one expression, got {hits}"
    got = hits[0]
    assert (got.type, got.value, got.mod) == (row.type, row.value, row.mod), (
        f"{row.text!r}: {got.text!r} is {got.type} {got.value} {got.mod}"
    )


FR_ROWS = load("timex_fr.tsv")
EN_ROWS = load("timex_en.tsv")


def test_tables_are_big_enough() -> None:
    assert len(FR_ROWS) >= 150
    assert len(EN_ROWS) >= 50


@pytest.mark.parametrize("row", FR_ROWS, ids=[r.text[:60] for r in FR_ROWS])
def test_french_phrase(row: Row) -> None:
    check(row, "fr")


@pytest.mark.parametrize("row", EN_ROWS, ids=[r.text[:60] for r in EN_ROWS])
def test_english_phrase(row: Row) -> None:
    check(row, "en")
