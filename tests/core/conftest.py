"""Fixtures for the core tests: a store in a temporary folder, a document saved in it, and an
extractor without NER for tests that must not load spaCy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core import extractor
from core.model import DocumentInfo, Extraction
from core.reading.article import Article
from core.store.db import Store, open_store
from tests.core.annotation_helpers import TEXT, save_text


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "store.sqlite"))
    yield opened
    opened.close()


@pytest.fixture
def document(store: Store) -> int:
    return save_text(store, TEXT)


def _bare_extract(article: Article, **_: object) -> Extraction:
    info = DocumentInfo(
        0,
        article.title,
        article.language,
        article.sha256,
        article.source,
        article.dct,
        len(article.text),
    )
    return Extraction(info, article.text, article.regions)


@pytest.fixture
def no_ner(monkeypatch: pytest.MonkeyPatch) -> None:
    """``analyse`` stores the article's text and regions only: no spaCy in the test."""
    monkeypatch.setattr(extractor, "extract", _bare_extract)
