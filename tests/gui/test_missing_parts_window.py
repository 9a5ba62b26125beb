"""The window says what is missing where the feature would be, and the rest keeps working: an
HTML article without its cleaner (the message bar), an article whose language has no model."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QSettings

from core.model import Extraction
from core.names import nlp
from core.reading.article import Article, load_article
from tests.gui.conftest import Fakes, launch_window

HTML = Path(__file__).resolve().parents[1] / "data" / "articles" / "article.html"


class HtmlReadingFakes(Fakes):
    """The tests' fakes, but .html files are read by the real reading code."""

    def prepare(self, source: str) -> Article:
        if source.endswith(".html"):
            return load_article(source)
        return super().prepare(source)


def _html_modules() -> list[str]:
    return [
        name
        for name in sys.modules
        if name.split(".")[0] in {"trafilatura", "justext", "lxml_html_clean"}
        or name.startswith("lxml.html.clean")
    ]


@pytest.fixture
def no_html_cleaner(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import trafilatura  # noqa: F401  (lxml's compiled modules stay loaded)

    for name in _html_modules():
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "lxml_html_clean", None)
    yield
    for name in _html_modules():
        if name != "lxml_html_clean":
            del sys.modules[name]


@pytest.fixture
def window(qtbot: Any, extraction: Extraction, settings: QSettings, db: str) -> Iterator[Any]:
    built = launch_window(qtbot, HtmlReadingFakes(extraction), settings, db)
    yield built
    built.close()


@pytest.mark.usefixtures("no_html_cleaner")
def test_an_html_article_without_its_cleaner_is_explained_and_the_rest_works(
    qtbot: Any, window: Any, extraction: Extraction
) -> None:
    with qtbot.waitSignal(window.reading.failed, timeout=5000):
        window.open(str(HTML))
    message = window.window.article.messages.text()
    assert "HTML articles cannot be read" in message
    assert "lxml_html_clean" in message
    assert "pip install --force-reinstall" in message
    assert "Traceback" not in message
    assert not window.reading.is_busy()

    with qtbot.waitSignal(window.window.highlightsApplied, timeout=5000):
        window.open(extraction.document.source)
    assert window.window.article.text.document().toPlainText() == extraction.text
    assert window.window.article.messages.text() == ""


def test_an_article_without_a_model_for_its_language_says_how_to_get_names(
    qtbot: Any, window: Any, extraction: Extraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp, "installed_model", lambda lang: None)
    english = dataclasses.replace(
        extraction,
        document=dataclasses.replace(extraction.document, language="en"),
        entities=(),
    )
    window.window.show_extraction(english)
    people = window.window.people
    assert people.note.isVisibleTo(window.window)  # in the panel where the names would be
    assert not people.table.isVisibleTo(window.window)
    assert "python -m spacy download en_core_web_sm" in people.note.text()
    assert window.window.events.rowCount() > 0  # the timeline is there all the same
