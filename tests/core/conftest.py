"""Fixtures for the annotation tests: a store in a temporary folder and a document saved in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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
