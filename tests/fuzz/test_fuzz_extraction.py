"""Generated hostile articles through the whole command (reading, cleanup, dates, events; names
are not looked for, spaCy stays unloaded): one line on stderr for a refused input, and then no
store is created; a read one is extracted within a linear budget."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.cli import main
from core.reading.article import article_from_text
from tests.fuzz.hostile import budget_s, hostile_file, hostile_text, timed
from tests.fuzz.test_fuzz_reading import check_outcome

pytestmark = pytest.mark.usefixtures("no_spacy")


@settings(settings.get_profile("hostile"), max_examples=60)
@given(hostile_file())
def test_a_refused_file_writes_nothing_and_says_one_line(case: tuple[str, bytes]) -> None:
    suffix, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        store = Path(folder) / "store.sqlite"
        with pytest.MonkeyPatch.context() as patch:
            printed: list[str] = []
            patch.setattr("sys.stderr.write", printed.append, raising=False)
            code, seconds = timed(lambda: main(["extract", str(path), "--db", str(store)]))
        assert code in (0, 1), f"not an exit status: {code!r}"
        if code == 1:
            assert not store.exists(), "a store was created for a refused article"
            text = "".join(printed)
            assert text.startswith("liseuse: ")
            assert text.count("\n") == 1
        assert seconds <= 2 * budget_s(len(data))  # the store's creation on top of the reading


@settings(settings.get_profile("hostile"), max_examples=120)
@given(hostile_text(), st.sampled_from(["txt", "md", "html"]))
def test_hostile_text_is_cleaned_and_extracted(text: str, fmt: str) -> None:
    from core.extractor import extract

    def run() -> object:
        article = article_from_text(text, fmt=fmt)
        extract(article)
        return article

    outcome, seconds = timed(run)
    check_outcome(outcome, seconds, len(text.encode("utf-8", "surrogatepass")))
