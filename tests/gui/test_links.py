"""``liseuse://open?doc=…&at=…`` links from exports open the document at the passage."""

from __future__ import annotations

from typing import Any

import pytest

from core.errors import ReadError
from core.links import Link, paragraph_at, parse_link
from core.model import Extraction


def test_link_round_trip() -> None:
    assert parse_link(Link(12, 345).url()) == Link(12, 345)
    assert parse_link("liseuse://open?doc=7") == Link(7, None)


@pytest.mark.parametrize(
    "url", ["liseuse://open?doc=x", "liseuse://edit?doc=1", "liseuse://open?doc=1&at=-3"]
)
def test_malformed_links_are_refused(url: str) -> None:
    with pytest.raises(ReadError, match="not a Liseuse link"):
        parse_link(url)


def test_paragraph_at() -> None:
    text = "Titre\nPremier paragraphe.\nSecond paragraphe."
    assert text[slice(*paragraph_at(text, text.index("Premier") + 3))] == "Premier paragraphe."
    assert text[slice(*paragraph_at(text, len(text)))] == "Second paragraphe."


def test_a_link_opens_the_stored_document_at_its_paragraph(
    qtbot: Any, opened: Any, extraction: Extraction
) -> None:
    """The link is followed by the worker (the GUI thread never opens the store): the document's
    source is opened, and the paragraph holding ``at`` is brought into view."""
    document_id = opened.window.article.extraction.document.id
    at = extraction.events[-1].start
    with qtbot.waitSignal(opened.reading.revealRequested, timeout=5000):
        opened.reading.open_link(Link(document_id, at).url())
    start, end = paragraph_at(extraction.text, at)
    cursor = opened.window.article.text.textCursor()
    assert cursor.selectedText() == extraction.text[start:end]


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("liseuse://open?doc=99&at=1", "no document 99"),
        ("liseuse://open?doc=x", "not a Liseuse link"),
    ],
)
def test_a_link_that_cannot_be_followed_is_said_in_the_window(
    qtbot: Any, opened: Any, url: str, said: str
) -> None:
    with qtbot.waitSignal(opened.reading.failed, timeout=5000):
        opened.reading.open_link(url)
    assert said in opened.window.article.messages.text()
    assert opened.window.article.extraction is not None  # the article shown stays
