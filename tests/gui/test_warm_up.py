"""The reader's highlights never wait for the language model: not while it loads, not while it
reads another article."""

from __future__ import annotations

from typing import Any

import pytest

from core.library import Library
from core.model import Extraction


def _store(db: str, fakes: Any, extraction: Extraction) -> None:
    with Library.open(db) as library:
        library.add(fakes.prepare(extraction.document.source), extraction)


def test_a_highlight_made_while_the_model_loads_appears_at_once(
    qtbot: Any, reader: Any, fakes: Any, extraction: Extraction, db: str
) -> None:
    """A stored article is shown; the model's process then starts loading and does not finish
    (its start blocks): a highlight made meanwhile is saved and shown all the same."""
    _store(db, fakes, extraction)
    fakes.start_gate.clear()
    try:
        with qtbot.waitSignal(reader.window.highlightsApplied, timeout=5000):
            reader.reading.start(extraction.document.source)
        qtbot.waitUntil(fakes.starting.is_set, timeout=10_000)  # loading, and held there
        assert not fakes.warmed.is_set()
        with qtbot.waitSignal(reader.highlights.created, timeout=5000) as made:
            reader.highlights.create(0, 6, "green")
        assert not fakes.warmed.is_set()  # the model is still loading
        assert made.args[0].color == "green"
        assert [a.uuid for a in reader.window.highlights.anchored()] == [made.args[0].uuid]
        assert reader.window.article.text.layer("annotations")
    finally:
        fakes.start_gate.set()


def test_a_highlight_is_saved_while_the_model_reads(
    qtbot: Any, opened: Any, fakes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model is busy with a long extraction (held mid-way: the article read again in
    English): a highlight of the article shown is saved at once all the same."""
    from gui.dialogs import LanguageMenu

    monkeypatch.setattr(LanguageMenu, "ask", classmethod(lambda cls, *a: "en"))
    fakes.gate.clear()
    try:
        opened.window.article.header.linkActivated.emit("language")
        qtbot.waitUntil(fakes.analysing.is_set, timeout=5000)
        with qtbot.waitSignal(opened.highlights.created, timeout=5000):
            opened.highlights.create(10, 20, "red")
        assert opened.language.is_busy()  # still reading
    finally:
        fakes.gate.set()
