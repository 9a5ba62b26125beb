"""The fixed corpus of issue 13's hostile families, read end to end (file or text, conversion,
cleanup): each grows linearly with its size, timed at two sizes (a ratio of processor times)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from core.errors import LiseuseError
from core.reading.article import article_from_text, load_article
from tests.fuzz.hostile import CORPUS
from tests.linear import assert_linear

SMALL, LARGE = 300, 1200


def _answer(read: Callable[[], object]) -> object:
    """The article, or None when it is refused (refusing is an answer too)."""
    try:
        return read()
    except LiseuseError:
        return None


@pytest.mark.parametrize("family", list(CORPUS))
def test_each_hostile_family_is_read_in_linear_time(family: str) -> None:
    fmt, make = CORPUS[family]
    if fmt != "sniff":
        assert_linear(
            make, lambda text: _answer(lambda: article_from_text(text, fmt=fmt)), SMALL, LARGE
        )
        return
    with tempfile.TemporaryDirectory() as name:  # a file without extension: its start tells

        def write(n: int) -> Path:
            path = Path(name) / f"article-{n}"
            path.write_text(make(n), encoding="utf-8")
            return path

        assert_linear(write, lambda path: _answer(lambda: load_article(path)), SMALL, LARGE)


def test_the_corpus_covers_every_format() -> None:
    assert {fmt for fmt, _make in CORPUS.values()} == {"sniff", "md", "html", "txt"}
