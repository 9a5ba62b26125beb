"""Extractions in and out of the store: ids remapped, nothing lost, replaced in place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.errors import NotFound
from core.model import (
    Attributes,
    DocumentInfo,
    Entity,
    Event,
    Extraction,
    Mention,
    Region,
    TimeExpression,
)
from core.store import repository as repo
from core.store.db import Store, open_store

TEXT = "Titre\nAnne Roy part en 2015. Deux ans plus tard, Nexora recrute Anne Roy."


def _extraction(sha: str = "a" * 64) -> Extraction:
    return Extraction(
        document=DocumentInfo(0, "Titre", "fr", sha, "/tmp/a.txt", None, len(TEXT)),
        text=TEXT,
        regions=(Region(0, 5, "title"), Region(5, len(TEXT), "body")),
        entities=(
            Entity(
                7,
                "PER",
                "Anne Roy",
                ("Anne Roy",),
                (Mention(6, 14, "Anne Roy"), Mention(63, 71, "Anne Roy")),
                Attributes(age=40, roles=("PDG de Nexora", "ministre")),
            ),
            Entity(9, "ORG", "Nexora", ("Nexora",), (Mention(48, 54, "Nexora"),)),
        ),
        dates=(
            TimeExpression(3, 23, 27, "2015", "DATE", "2015", None, "explicit", None),
            TimeExpression(4, 29, 46, "Deux ans plus tard", "DATE", "2017", None, "previous", 3),
        ),
        events=(
            Event(2, 4, "2017", None, "year", "2017-01-01", 29, 72, "Nexora recrute", (9, 7)),
            Event(1, 3, "2015", None, "year", "2015-01-01", 6, 28, "Anne Roy part", (7,)),
        ),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    yield opened
    opened.close()


def test_round_trip_keeps_everything_and_remaps_ids(store: Store) -> None:
    original = _extraction()
    doc_id = repo.save_extraction(store, original, raw_sha256="r" * 64, extractor_version="1")
    loaded = repo.load_extraction(store, doc_id)
    assert loaded.text == original.text
    assert loaded.regions == original.regions
    assert loaded.document.id == doc_id
    assert [(e.name, e.kind, e.mentions, e.attributes) for e in loaded.entities] == [
        (e.name, e.kind, e.mentions, e.attributes) for e in original.entities
    ]
    anne, nexora = loaded.entities
    first, second = loaded.dates
    assert second.anchor_date_id == first.id
    # Events come back in date order, with participants pointing at the stored entities.
    assert [e.value for e in loaded.events] == ["2015", "2017"]
    assert loaded.events[1].participants == (nexora.id, anne.id)
    assert loaded.events[1].date_id == second.id


def test_stored_extraction_is_what_loading_gives_back(store: Store) -> None:
    stored = repo.store_extraction(store, _extraction(), raw_sha256="r", extractor_version="1")
    assert stored == repo.load_extraction(store, stored.document.id)


def test_same_text_is_replaced_in_place(store: Store) -> None:
    first = repo.save_extraction(store, _extraction(), raw_sha256="r", extractor_version="1")
    again = repo.save_extraction(store, _extraction(), raw_sha256="r2", extractor_version="2")
    assert again == first
    assert len(repo.list_documents(store)) == 1
    assert len(repo.load_extraction(store, first).entities) == 2


def test_cache_lookup_by_bytes_and_version(store: Store) -> None:
    doc_id = repo.save_extraction(store, _extraction(), raw_sha256="r", extractor_version="1")
    assert repo.find_cached(store, "r", "1") == doc_id
    assert repo.find_cached(store, "r", "2") is None
    assert repo.find_cached(store, "other", "1") is None
    assert repo.find_by_source(store, "/tmp/a.txt") == doc_id


def test_missing_document(store: Store) -> None:
    with pytest.raises(NotFound):
        repo.load_extraction(store, 42)


def test_failed_save_leaves_nothing_half_written(store: Store) -> None:
    broken = _extraction()
    broken = Extraction(
        broken.document,
        broken.text,
        broken.regions,
        broken.entities,
        broken.dates,
        # An event whose date does not exist: the save must fail as a whole.
        (Event(1, 99, "2015", None, "year", "2015-01-01", 0, 5, "x", ()),),
    )
    with pytest.raises(KeyError):
        repo.save_extraction(store, broken, raw_sha256="r", extractor_version="1")
    assert repo.list_documents(store) == []


def test_deleting_a_document_backs_up_and_keeps_its_annotations(store: Store) -> None:
    from core.store import annotations as service
    from core.store.backup import list_backups, store_path

    doc_id = repo.save_extraction(store, _extraction(), raw_sha256="r", extractor_version="1")
    made = service.create(store, doc_id, 6, 14, note="garder")
    repo.delete_document(store, doc_id)
    path = store_path(store)
    assert path is not None
    assert len(list_backups(path)) == 1
    (orphan,) = service.list_orphans(store)
    assert (orphan.uuid, orphan.note, orphan.quote) == (made.uuid, "garder", "Anne Roy")
