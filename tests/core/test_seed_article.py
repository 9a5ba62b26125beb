"""The sample article stays exact: its 7 people, their ages and roles, and its 14 timeline events
(the checks of ``python -m eval.eval_ner``'s first part, plus the timeline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core import api
from core.library import Library
from eval.eval_ner import evaluate_seed

ROOT = Path(__file__).resolve().parents[2]
EVENTS = [
    "2012", "2015", "2015", "2015-02", "2015-03", "2015-05", "2018", "2018", "2022-11-30",
    "2024", "2024-02", "2024-06", "2024-08", "2024-11",
]  # fmt: skip


@pytest.mark.slow
def test_the_sample_article_stays_exact() -> None:
    failed = [(what, got) for what, ok, got in evaluate_seed(ROOT / "eval" / "expected_seed.json")
              if not ok]  # fmt: skip
    assert failed == []
    with Library.open("sqlite://") as library:
        article = api.prepare(ROOT / "seeds" / "musk-altman-fr.txt")
        extraction = library.analyse(article).extraction
    assert [e.value for e in extraction.events] == EVENTS
    ages = [d.text for d in extraction.dates if d.type == "DURATION" and d.text.endswith(" ans")]
    assert ages == [], "an age is a person's attribute, not a date"
