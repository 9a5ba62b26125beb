"""Fixtures for the highlight tests: the window over a real store in a temporary folder.

``StoreService`` answers like ``core.api`` with a hand-made extraction (no spaCy), but keeps it in
a real SQLite store, so that highlights are written and read back as in the application.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QSettings

from core.errors import ReadError
from core.model import Extraction, StoredArticle
from core.reading.article import Article
from core.store import quick, repository
from core.store.db import Store, open_store
from core.store.files import resolve_url
from tests.gui.conftest import make_article

VERSION = "test"


class StoreService:
    """``prepare`` knows one article; ``cached``/``analyse`` keep it in a real store."""

    def __init__(self, extraction: Extraction) -> None:
        self.extraction = extraction
        self.stores: list[Store] = []

    def open_store(self, db: str | None = None) -> Store:
        store = open_store(db)
        self.stores.append(store)
        return store

    def prepare(self, source: str) -> Article:
        if source != self.extraction.document.source:
            raise ReadError(f"{source}: no such file")
        return make_article(self.extraction)

    def read_stored(self, db: str | None, article: Article) -> StoredArticle | None:
        return quick.cached(resolve_url(db), article.raw_sha256, VERSION)

    def cached(self, store: Store, article: Article) -> Extraction | None:
        found = repository.find_cached(store, article.raw_sha256, VERSION)
        return None if found is None else repository.load_extraction(store, found)

    def analyse(self, store: Store, article: Article, **_: Any) -> Extraction:
        document_id = repository.save_extraction(
            store, self.extraction, raw_sha256=article.raw_sha256, extractor_version=VERSION
        )
        return repository.load_extraction(store, document_id)

    def start_model(self) -> None:
        pass

    def warm_up(self) -> None:
        pass

    def shutdown(self) -> None:
        pass


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
def db(tmp_path: Path) -> str:
    return str(tmp_path / "library.sqlite")


@pytest.fixture
def launch(qtbot: Any, settings: QSettings, db: str) -> Iterator[Launch]:
    """Build a window with highlights over a store; ``launch(extraction)`` opens the article
    and waits until its highlights are listed. Every window is closed at the end."""
    from gui.app import build
    from gui.settings import Preferences

    readers: list[tuple[Any, StoreService]] = []

    def start(extraction: Extraction, *, database: str | None = None) -> Any:
        service = StoreService(extraction)
        reader = build(service, Preferences(settings), database or db, annotations=True)
        readers.append((reader, service))
        qtbot.addWidget(reader.window)
        reader.window.resize(1300, 850)
        reader.window.show()
        qtbot.waitExposed(reader.window)
        reader.window.activateWindow()
        with qtbot.waitSignal(reader.annotations.ops.loaded, timeout=5000):
            reader.open(extraction.document.source)
        return reader

    yield start
    for reader, service in readers:
        reader.close()
        for store in service.stores:
            store.close()
