"""``liseuse://open?doc=…&at=…`` links from exports open the document at the passage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core.errors import ReadError
from core.links import Link, paragraph_at, parse_link
from core.model import DocumentInfo, Extraction, Region
from core.store.db import open_store
from core.store.repository import save_extraction
from gui.app import _follow_link, _scroll_when_ready


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


def test_a_link_leads_to_the_stored_document_source(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    store = open_store(db)
    text = "Titre\nUn paragraphe."
    info = DocumentInfo(0, "Titre", "fr", "a" * 64, "/articles/a.txt", None, len(text))
    doc_id = save_extraction(
        store,
        Extraction(info, text, (Region(0, len(text), "body"),)),
        raw_sha256="r",
        extractor_version="1",
    )
    store.close()
    assert _follow_link(f"liseuse://open?doc={doc_id}&at=8", db) == ("/articles/a.txt", 8)
    assert _follow_link("/plain/path.txt", db) == ("/plain/path.txt", None)


def test_a_dangling_link_is_reported_not_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    assert _follow_link("liseuse://open?doc=99&at=1", db) == (None, None)
    assert "no document 99" in capsys.readouterr().err


def test_the_window_scrolls_to_the_linked_paragraph(
    qtbot: Any, reader: Any, extraction: Extraction
) -> None:
    at = extraction.events[-1].start
    _scroll_when_ready(reader, at)
    with qtbot.waitSignal(reader.window.highlightsApplied, timeout=5000):
        reader.open(extraction.document.source)
    start, end = paragraph_at(extraction.text, at)
    cursor = reader.window.article.text.textCursor()
    assert cursor.selectedText() == extraction.text[start:end]
