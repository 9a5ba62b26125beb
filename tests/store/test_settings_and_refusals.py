"""The store's SQLite settings on every connection, and files it must refuse without a write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.errors import CorruptDatabase, DatabaseTooNew, NotOurDatabase, StoreError
from core.store.db import APPLICATION_ID, SCHEMA_VERSION, Store, open_store, pragma


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "s.sqlite"))
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("journal_mode", "wal"),
        ("synchronous", 2),  # FULL
        ("foreign_keys", 1),
        ("busy_timeout", 5000),
        ("trusted_schema", 0),
        ("application_id", APPLICATION_ID),
        ("user_version", SCHEMA_VERSION),
    ],
)
def test_every_fresh_connection_has_the_settings(store: Store, name: str, value: object) -> None:
    store.engine.dispose()  # a new connection, not one the pool kept
    assert pragma(store, name) == value


def test_writes_begin_immediate(store: Store, tmp_path: Path) -> None:
    from sqlalchemy import text

    with store.write() as session:
        session.execute(text("SELECT count(*) FROM documents"))  # only a read so far
        other = sqlite3.connect(tmp_path / "s.sqlite", timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def _unchanged(path: Path, opener: type[StoreError]) -> None:
    before = path.read_bytes()
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(opener):
        open_store(str(path))
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings


def _plain_database(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_too_new_database_is_refused_without_a_write(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    _plain_database(
        path,
        f"PRAGMA application_id = {APPLICATION_ID}",
        f"PRAGMA user_version = {SCHEMA_VERSION + 1}",
        "CREATE TABLE future (x)",
    )
    _unchanged(path, DatabaseTooNew)


def test_database_of_another_program_is_refused_without_a_write(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    _plain_database(path, "PRAGMA application_id = 42", "CREATE TABLE t (x)")
    _unchanged(path, NotOurDatabase)
    bare = tmp_path / "bare.sqlite"
    _plain_database(bare, "CREATE TABLE moz_places (id)")
    _unchanged(bare, NotOurDatabase)


def test_file_that_is_not_a_database_is_refused_without_a_write(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("Ceci n'est pas une base de données.\n" * 20, encoding="utf-8")
    _unchanged(path, CorruptDatabase)


def test_truncated_database_is_reported_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "cut.sqlite"
    store = open_store(str(path))
    store.close()
    whole = path.read_bytes()
    path.write_bytes(whole[:60])  # the header itself is cut
    _unchanged(path, CorruptDatabase)


def test_damaged_pages_are_reported_as_corrupt(tmp_path: Path) -> None:
    from tests.core.annotation_helpers import save_text

    path = tmp_path / "bad.sqlite"
    store = open_store(str(path))
    save_text(store, "Un texte assez long. " * 2000)
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # every page after the first: garbage
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabase):
        _open_and_list(path)


def _open_and_list(path: Path) -> None:
    from core.store.repository import list_documents

    opened = open_store(str(path))
    try:
        list_documents(opened)
    finally:
        opened.close()


def test_an_empty_file_is_a_damaged_store_not_a_new_one(tmp_path: Path) -> None:
    """A store truncated to 0 bytes became a new empty store, silently (issue 13): it is
    damaged, kept aside by recovery, and the newest backup comes back."""
    from core.store.backup import make_backup, recover
    from core.store.repository import list_documents
    from tests.core.annotation_helpers import save_text

    path = tmp_path / "empty.sqlite"
    store = open_store(str(path))
    save_text(store, "Un texte sauvegardé.")
    store.close()
    make_backup(path)
    path.write_bytes(b"")
    _unchanged(path, CorruptDatabase)
    result = recover(str(path))
    assert result.damaged is not None
    assert result.damaged.read_bytes() == b""
    store = open_store(str(path))
    try:
        assert [d.title for d in list_documents(store)] == ["Un texte sauvegardé."]
    finally:
        store.close()
