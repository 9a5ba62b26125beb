"""Fixtures for the annotation tests: a store in a temporary folder and documents saved in it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from core.model import DocumentInfo, Extraction, Region
from core.store.db import Store, open_store
from core.store.repository import save_extraction

SaveText = Callable[..., int]

TEXT = (
    "Le conseil municipal a voté le budget mardi soir, après une longue séance.\n"
    "La maire a défendu « une gestion prudente » face aux critiques de l'opposition.\n"
    "Les élus écologistes ont réclamé davantage de pistes cyclables et d'arbres en ville.\n"
    "Le vote final a réuni vingt-trois voix pour et onze contre, sans abstention."
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "store.sqlite"))
    yield opened
    opened.close()


def save_text(store: Store, text: str, *, source: str = "/articles/a.txt", title: str = "") -> int:
    """Save ``text`` as a document (no NLP), as the extractor would; return its id."""
    sha = hashlib.sha256(text.encode()).hexdigest()
    info = DocumentInfo(0, title or text.split("\n", 1)[0][:40], "fr", sha, source, None, len(text))
    extraction = Extraction(info, text, (Region(0, len(text), "body"),))
    return save_extraction(store, extraction, raw_sha256=sha, extractor_version="test")


@pytest.fixture
def document(store: Store) -> int:
    return save_text(store, TEXT)
