"""Generated hostile files through reading and cleanup (issue 13): every one is read or refused
with the project's own error in one line, within a budget linear in its size, and reading writes
nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings

from core.errors import LiseuseError
from core.reading.article import Article, load_article
from tests.fuzz.hostile import budget_s, hostile_file, timed


def check_outcome(outcome: object, seconds: float, size: int) -> None:
    """An article or the project's error with one readable line, in a linear time budget."""
    if isinstance(outcome, BaseException) and not isinstance(outcome, LiseuseError):
        raise outcome  # anything else is a traceback the reader would see
    if isinstance(outcome, LiseuseError):
        message = str(outcome)
        assert message.strip(), "an error without a message"
        assert "\n" not in message, f"a message of more than one line: {message!r}"
    else:
        assert isinstance(outcome, Article)
        assert outcome.regions[0].start == 0
        assert outcome.regions[-1].end == len(outcome.text)
    assert seconds <= budget_s(size), f"{size} bytes took {seconds:.2f} s of processor time"


@settings(settings.get_profile("hostile"), max_examples=400)
@given(hostile_file())
def test_hostile_files_are_read_or_refused_in_one_line(case: tuple[str, bytes]) -> None:
    suffix, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        outcome, seconds = timed(lambda: load_article(path))
        assert sorted(p.name for p in Path(folder).iterdir()) == [path.name]  # nothing written
    check_outcome(outcome, seconds, len(data))
