"""Fixtures for the highlight tests: the window over a real store in a temporary folder, opened
on a hand-made extraction (no spaCy), so that highlights are written and read back as in the
application."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from PySide6.QtCore import QSettings

from core.model import Extraction
from tests.gui.conftest import Fakes, launch_window


def with_text(extraction: Extraction, prefix: str) -> Extraction:
    """The same extraction with ``prefix`` put before its text (every offset shifted)."""
    shift = len(prefix)

    def moved(item: Any) -> Any:
        return dataclasses.replace(item, start=item.start + shift, end=item.end + shift)

    entities = tuple(
        dataclasses.replace(e, mentions=tuple(moved(m) for m in e.mentions))
        for e in extraction.entities
    )
    document = dataclasses.replace(extraction.document, chars=len(prefix + extraction.text))
    return dataclasses.replace(
        extraction,
        document=document,
        text=prefix + extraction.text,
        regions=(dataclasses.replace(extraction.regions[0], start=0), *extraction.regions[1:]),
        entities=entities,
        dates=tuple(moved(d) for d in extraction.dates),
        events=tuple(moved(e) for e in extraction.events),
    )


Launch = Callable[..., Any]


@pytest.fixture
def launch(qtbot: Any, settings: QSettings, db: str) -> Iterator[Launch]:
    """Build a window over a store; ``launch(extraction)`` opens the article and waits until
    its highlights are listed. Every window is closed at the end."""
    readers: list[Any] = []

    def start(extraction: Extraction, *, database: str | None = None) -> Any:
        reader = launch_window(qtbot, Fakes(extraction), settings, database or db)
        readers.append(reader)
        reader.window.resize(1300, 850)
        qtbot.waitExposed(reader.window)
        reader.window.activateWindow()
        with qtbot.waitSignal(reader.highlights.loaded, timeout=5000):
            reader.open(extraction.document.source)
        return reader

    yield start
    for reader in readers:
        reader.close()
