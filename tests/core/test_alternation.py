"""``one_of``: the same matches as a plain alternation sorted longest first, whatever the words
and the text, in either case; the names and dates patterns are built with it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.alternation import one_of


def _plain(words: list[str]) -> str:
    """The alternation ``one_of`` stands for: each word read as its parts, longest first, the
    blanks between parts as ``\\s+``, a straight apostrophe either one."""
    ordered = sorted({" ".join(w.split()) for w in words}, key=len, reverse=True)
    escaped = (re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ordered)
    return "(?:" + "|".join(escaped) + ")"


def _matches(pattern: str, text: str, flags: int) -> list[tuple[tuple[int, int], str | None]]:
    # a tail that needs backtracking into the words: "baron" must give way to "baronne"
    compiled = re.compile(rf"(?P<w>{pattern})(?P<tail>s?\b)", flags)
    return [(m.span(), m["tail"]) for m in compiled.finditer(text)]


WORDS = ["baron", "baronne", "bar", "duc", "duchesse", "de la", "de l'", "l'", "le", "la"]


def test_a_longer_word_is_tried_before_the_word_it_starts_with() -> None:
    found = re.compile(one_of(WORDS)).match("baronne Vasseur")
    assert found is not None
    assert found.group() == "baronne"
    assert re.fullmatch(one_of(["chef", "cheffe"]), "cheffe")


def test_blanks_and_apostrophes_are_read_as_in_the_rules() -> None:
    pattern = re.compile(one_of(["de l'", "directeur général"], apostrophe="['’]"))
    assert pattern.fullmatch("de  l’")
    assert pattern.fullmatch("directeur\ngénéral")
    assert not pattern.fullmatch("de l")


def test_an_empty_word_is_refused() -> None:
    with pytest.raises(ValueError, match="empty word"):
        one_of(["rue", ""])
    with pytest.raises(ValueError, match="empty word"):
        one_of(["rue", "  "])


def test_a_word_is_read_as_its_parts() -> None:
    # found by the property test below: "b  a" after "b " was cut to "b " (a greedy blank ate
    # the blank the longer word needed)
    pattern = re.compile(rf"{one_of(['b ', 'b  a'])}\b")
    found = pattern.match("b  a")
    assert found is not None
    assert found.group() == "b  a"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_the_same_matches_as_the_plain_alternation_on_a_sentence(flags: int) -> None:
    text = "La baronne et le baron de la Roche, chez le DUC, l'ami du bar de l’Est : Le Duchesse."
    tree = one_of(WORDS, apostrophe="['’]")
    assert _matches(tree, text, flags) == _matches(_plain(WORDS), text, flags)


_LETTERS = st.sampled_from(list("abcdeéÉ' -"))


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(_LETTERS, min_size=1, max_size=5), min_size=1, max_size=8),
    text=st.text(st.sampled_from(list("abcdeéÉABC' -\n")), max_size=60),
    flags=st.sampled_from([0, re.IGNORECASE]),
)
def test_the_same_matches_as_the_plain_alternation_for_any_words(
    words: list[str], text: str, flags: int
) -> None:
    words = [w for w in words if w.strip()] or ["a"]
    if flags & re.IGNORECASE:  # read ignoring case, words are written in one case ("É" and
        words = [w.lower() for w in words]  # "é" are two branches the engine would both take)
    tree = one_of(words, apostrophe="['’]")
    assert _matches(tree, text, flags) == _matches(_plain(words), text, flags)
