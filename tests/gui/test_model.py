"""The language model's child process: answers, errors and cancellation cross the pipe."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from core.errors import Cancelled, LiseuseError
from core.reading.article import article_from_text
from gui.operations.model import ModelProcess

TEXT = "Un titre\nLe 3 mars 2021, la tempête a touché la côte.\n"


@pytest.fixture
def model() -> Iterator[ModelProcess]:
    process = ModelProcess()
    yield process
    process.stop()


def test_cancel_before_the_names_stops_the_child_work(model: ModelProcess) -> None:
    seen: list[tuple[float, str]] = []
    with pytest.raises(Cancelled):
        model.extract(
            article_from_text(TEXT),
            progress=lambda f, m: seen.append((f, m)),
            cancel=lambda: True,
        )
    assert seen  # progress came back over the pipe before the cancel took effect


def test_errors_come_back_as_themselves(model: ModelProcess) -> None:
    """An exception raised by the child's extraction is raised again in the caller, same type."""
    with pytest.raises(AttributeError):
        model._call(("extract", None), None, lambda: False)  # no article: the core fails


def test_a_child_that_dies_is_reported_and_replaced(model: ModelProcess) -> None:
    def kill_the_child(_fraction: float, _message: str) -> None:
        model._process.kill()  # dies mid-request, as on a crash or an out-of-memory kill

    with pytest.raises(LiseuseError, match="stopped unexpectedly"):
        model.extract(article_from_text(TEXT), progress=kill_the_child)
    with pytest.raises(Cancelled):  # a new child serves the next request
        model.extract(article_from_text(TEXT), cancel=lambda: True)


@pytest.mark.slow
def test_a_started_child_loads_the_model_and_then_answers_the_request(
    model: ModelProcess,
) -> None:
    model.start()  # returns at once; the child loads the model
    model.start()  # a second start asks nothing more
    seen: list[str] = []
    result = model.extract(article_from_text(TEXT), progress=lambda f, m: seen.append(m))
    assert [d.value for d in result.dates] == ["2021-03-03"]
    assert "names" in " ".join(seen)


def test_closing_stops_a_child_still_loading_the_model(model: ModelProcess) -> None:
    model.start()
    child = model._process
    model.stop()
    assert not child.is_alive()
