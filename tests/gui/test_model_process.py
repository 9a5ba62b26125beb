"""The language model's child process: answers, errors and cancellation cross the pipe."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.errors import Cancelled, LiseuseError, StoreError
from core.reading.article import article_from_text
from gui.model_process import ModelProcess

TEXT = "Un titre\nLe 3 mars 2021, la tempête a touché la côte.\n"


@pytest.fixture
def model() -> Iterator[ModelProcess]:
    process = ModelProcess()
    yield process
    process.stop()


def test_cancel_before_the_names_stops_the_child_work(model: ModelProcess, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    seen: list[tuple[float, str]] = []
    with pytest.raises(Cancelled):
        model.analyse(url, article_from_text(TEXT), lambda f, m: seen.append((f, m)), lambda: True)
    assert seen  # progress came back over the pipe before the cancel took effect


def test_errors_come_back_as_themselves(model: ModelProcess, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'missing' / 'folder' / 'store.sqlite'}"
    with pytest.raises(StoreError, match="does not exist"):
        model.analyse(url, article_from_text(TEXT), lambda f, m: None, lambda: False)


def test_a_child_that_dies_is_reported_and_replaced(model: ModelProcess, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"

    def kill_the_child(_fraction: float, _message: str) -> None:
        model._process.kill()  # dies mid-request, as on a crash or an out-of-memory kill

    with pytest.raises(LiseuseError, match="stopped unexpectedly"):
        model.analyse(url, article_from_text(TEXT), kill_the_child, lambda: False)
    with pytest.raises(Cancelled):  # a new child serves the next request
        model.analyse(url, article_from_text(TEXT), lambda f, m: None, lambda: True)


@pytest.mark.slow
def test_a_started_child_loads_the_model_and_then_answers_the_request(
    model: ModelProcess, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    model.start()  # returns at once; the child loads the model
    model.start()  # a second start asks nothing more
    seen: list[str] = []
    result = model.analyse(url, article_from_text(TEXT), lambda f, m: seen.append(m), lambda: False)
    assert [d.value for d in result.dates] == ["2021-03-03"]
    assert "names" in seen
    model.warm_up()  # answered by the loaded model, not confused with the first warm-up


def test_closing_stops_a_child_still_loading_the_model(model: ModelProcess) -> None:
    model.start()
    child = model._process
    model.stop()
    assert not child.is_alive()
    assert model._process is None
