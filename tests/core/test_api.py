"""core.api: prepare, cache, analyse — and highlights that follow a changed article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core import api
from core.annotations import service
from core.store.db import Store


@pytest.fixture
def store(tmp_path: Path, no_ner: None) -> Iterator[Store]:
    opened = api.open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    yield opened
    opened.close()


def test_cached_answers_only_the_same_bytes(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Titre\nUn paragraphe sur Lyon.\n", encoding="utf-8")
    article = api.prepare(path)
    assert api.cached(store, article) is None
    first = api.analyse(store, article)
    assert api.cached(store, api.prepare(path)) == first
    path.write_text("Titre\nUn paragraphe sur Lyon, modifié.\n", encoding="utf-8")
    assert api.cached(store, api.prepare(path)) is None


def test_highlights_follow_an_edited_article(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    body = "La réunion a eu lieu à Lyon. Les deux parties ont signé un accord historique."
    path.write_text(f"Titre\n{body}\n", encoding="utf-8")
    first = api.open_document(store, path)
    quote = "signé un accord historique"
    start = first.text.index(quote)
    made = service.create(store, first.document.id, start, start + len(quote), note="à relire")

    path.write_text(f"Titre\nUn chapeau ajouté.\n{body}\n", encoding="utf-8")
    second = api.open_document(store, path)
    assert second.document.id != first.document.id
    (moved,) = service.list_annotations(store, second.document.id)
    assert moved.uuid == made.uuid
    assert moved.anchor_state == "exact"
    assert second.text[moved.start : moved.end] == quote
    assert moved.note == "à relire"


def test_a_highlight_whose_quote_is_gone_is_kept_unanchored(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Titre\nUne phrase qui va disparaître bientôt. Une autre reste.\n", "utf-8")
    first = api.open_document(store, path)
    start = first.text.index("qui va disparaître")
    service.create(store, first.document.id, start, start + len("qui va disparaître"))
    path.write_text("Titre\nUne autre reste.\n", encoding="utf-8")
    second = api.open_document(store, path)
    (kept,) = service.list_annotations(store, second.document.id)
    assert kept.anchor_state == "unanchored"
    assert kept.quote == "qui va disparaître"
