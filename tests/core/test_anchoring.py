"""Placing highlights on changed texts: the recipe, its edge cases, and the measured rates on a
small run of the evaluation's generator (texts made here)."""

from __future__ import annotations

import random

import pytest

from core.annotations.anchoring import (
    Selector,
    edit_distances,
    on_word_boundaries,
    place,
    selector_at,
)
from eval.eval_anchoring import SCENARIOS, run_cases

_WORDS = (
    "le la les un une des du conseil ville maire budget vote élus séance projet rue école "
    "habitants quartier travaux pont gare marché parc association président commission "
    "rapport semaine mois année hier demain soir matin nouveau ancien grand petit public "
    "privé local national premier dernier long court vieux jeune a annoncé décidé refusé "
    "voté présenté critiqué défendu promis rappelé expliqué ajouté précisé estimé et mais "
    "donc car pour sans avec dans sur sous entre avant après selon depuis contre vers"
)
VOCABULARY = _WORDS.split()


def make_text(rng: random.Random, paragraphs: int = 12) -> str:
    def sentence() -> str:
        words = [rng.choice(VOCABULARY) for _ in range(rng.randint(8, 22))]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), f"« {rng.choice(VOCABULARY)} »")
        return " ".join(words).capitalize() + rng.choice((".", ".", " !", " ?"))

    return "\n".join(
        " ".join(sentence() for _ in range(rng.randint(2, 5))) for _ in range(paragraphs)
    )


def _brute_force(pattern: str, text: str, anchored: bool) -> list[int]:
    column = list(range(len(pattern) + 1))
    found = []
    for j, char in enumerate(text):
        new = [j + 1 if anchored else 0]
        for i in range(1, len(pattern) + 1):
            new.append(min(column[i] + 1, new[i - 1] + 1, column[i - 1] + (pattern[i - 1] != char)))
        column = new
        found.append(column[-1])
    return found


def test_edit_distances_agree_with_dynamic_programming() -> None:
    rng = random.Random(3)
    for _ in range(200):
        pattern = "".join(rng.choice("abc") for _ in range(rng.randint(1, 70)))
        text = "".join(rng.choice("abcd") for _ in range(rng.randint(1, 40)))
        for anchored in (False, True):
            assert edit_distances(pattern, text, anchored=anchored) == _brute_force(
                pattern, text, anchored
            )


TEXT = (
    "Le maire a présenté le budget. Les élus ont voté contre le projet de pont.\n"
    "Le maire a présenté le budget. Les habitants ont applaudi la décision du conseil."
)


def test_stored_position_is_kept_when_the_text_there_is_the_quote() -> None:
    selector = selector_at(TEXT, 0, 29)
    assert place(TEXT, selector) == place(TEXT, selector)
    found = place(TEXT, selector)
    assert (found.start, found.end, found.state) == (0, 29, "exact")


def test_repeated_quote_is_told_apart_by_its_context() -> None:
    second = TEXT.index("Le maire", 10)
    selector = selector_at(TEXT, second, second + 29)
    moved = "Un titre.\n" + TEXT
    found = place(moved, selector)
    assert (found.start, found.state) == (second + 10, "exact")


def test_edited_quote_is_found_approximately() -> None:
    start = TEXT.index("Les habitants")
    selector = selector_at(TEXT, start, len(TEXT))
    changed = TEXT.replace("applaudi la décision", "applaudi cette décision")
    found = place(changed, selector)
    assert found.state == "approximate"
    assert changed[found.start : found.end].startswith("Les habitants")


@pytest.mark.parametrize(
    ("edited", "moved_to"),
    [
        ("habitantes ont applaudi les décisions", "habitantes ont applaudi les décisions"),
        (
            "cohabitants ont applaudit la décisionnaire",
            "cohabitants ont applaudit la décisionnaire",
        ),
    ],
)
def test_an_approximate_place_starts_and_ends_on_word_boundaries(
    edited: str, moved_to: str
) -> None:
    """The closest match may begin or end inside a word ("habitantes … les décision"): the
    highlight is widened to whole words."""
    quote = "habitants ont applaudi la décision"
    start = TEXT.index(quote)
    changed = TEXT.replace(quote, edited)
    found = place(changed, selector_at(TEXT, start, start + len(quote)))
    assert found.state == "approximate"
    assert changed[found.start : found.end] == moved_to
    assert on_word_boundaries(changed, found.start or 0, found.end or 0) == (found.start, found.end)


def test_word_boundaries_trim_blanks_and_reach_no_further_than_a_word() -> None:
    text = "un mot anticonstitutionnellement long"
    at = text.index("constitution")
    assert on_word_boundaries(text, at, at + 5) == (text.index("anti"), text.index(" long"))
    assert on_word_boundaries(text, 2, 7) == (3, 6)  # " mot " → "mot"
    assert on_word_boundaries("   ", 0, 3) == (3, 3)


def test_deleted_quote_is_unanchored() -> None:
    start = TEXT.index("Les élus")
    selector = selector_at(TEXT, start, TEXT.index("\n"))
    changed = TEXT.replace("Les élus ont voté contre le projet de pont.", "")
    found = place(changed, selector)
    assert (found.start, found.end, found.state, found.found) == (None, None, "unanchored", False)


def test_short_quotes_are_never_placed_approximately() -> None:
    selector = Selector("pont", "projet de ", ".\n", 60, 64)
    assert place(TEXT.replace("pont", "port"), selector).state == "unanchored"
    assert place(TEXT, Selector("", "", "")).state == "unanchored"


@pytest.fixture(scope="module")
def measured() -> dict[str, dict[str, int]]:
    rng = random.Random(11)
    texts = [make_text(rng) for _ in range(10)]
    results = run_cases(texts, 20, rng)
    return {s: dict(results[s]) for s in SCENARIOS}


def test_generator_made_enough_cases(measured: dict[str, dict[str, int]]) -> None:
    assert all(sum(counts.values()) == 200 for counts in measured.values())


def test_edits_elsewhere_keep_highlights_exact(measured: dict[str, dict[str, int]]) -> None:
    counts = measured["elsewhere"]
    assert counts.get("exact", 0) / sum(counts.values()) >= 0.995


def test_edits_inside_are_found_and_flagged(measured: dict[str, dict[str, int]]) -> None:
    counts = measured["inside"]
    assert counts.get("approximate", 0) / sum(counts.values()) >= 0.95


def test_deleted_quotes_are_all_unanchored(measured: dict[str, dict[str, int]]) -> None:
    assert measured["deleted"] == {"unanchored": 200}


def test_almost_nothing_is_misplaced(measured: dict[str, dict[str, int]]) -> None:
    misplaced = sum(c.get("misplaced", 0) for c in measured.values())
    assert misplaced / 600 <= 0.005
