"""Hostile stores (issue 13): nothing the user did not ask for is written. A named pipe or a
device as the store, a foreign or too-new database checked without leaving files beside it, a
store damaged in a crash noticed at open, read-only stores that really are, a damaged search
index rebuilt."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from core.cli import main
from core.errors import CorruptDatabase, DatabaseTooNew, NotOurDatabase, StoreError
from core.store import annotations as service
from core.store import db as store_db
from core.store import search
from core.store.db import APPLICATION_ID, SCHEMA_VERSION, SearchIndexDamaged, open_store
from core.store.repository import list_documents
from tests.core.annotation_helpers import TEXT, save_text


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_as_the_store_is_refused_without_reading_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``extract --db FIFO`` hung: reading the header blocked until a writer came."""
    fifo = tmp_path / "store.sqlite"
    os.mkfifo(fifo)
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    with pytest.raises(StoreError, match=r"named pipe \(FIFO\)"):
        open_store(str(fifo))
    assert main(["extract", str(article), "--db", str(fifo)]) == 1
    assert "named pipe (FIFO), not a database file" in capsys.readouterr().err


def test_a_device_as_the_store_says_what_it_is() -> None:
    with pytest.raises(StoreError, match="is a device, not a database file"):
        open_store(os.devnull)


def _wal_database(path: Path, app_id: int, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("app_id", "version", "error"),
    [(42, 0, NotOurDatabase), (APPLICATION_ID, SCHEMA_VERSION + 1, DatabaseTooNew)],
)
def test_a_foreign_or_newer_wal_database_is_checked_without_leaving_files(
    tmp_path: Path, app_id: int, version: int, error: type[StoreError]
) -> None:
    """Its check opened it read-only, and SQLite left -wal and -shm files beside it."""
    path = tmp_path / "theirs.sqlite"
    _wal_database(path, app_id, version)
    before = _listing(tmp_path)
    with pytest.raises(error):
        open_store(str(path))
    assert _listing(tmp_path) == before


def test_a_foreign_wal_database_without_ids_is_refused_without_leaving_files(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bare.sqlite"
    _wal_database(path, 0, 0)
    before = _listing(tmp_path)
    with pytest.raises(NotOurDatabase):
        open_store(str(path))
    assert _listing(tmp_path) == before


def test_damage_left_by_a_crash_is_found_when_the_store_opens(tmp_path: Path) -> None:
    """``annotate`` wrote to a store whose integrity check failed: damage in its pages was
    noticed only when a query read them. A store whose last writer did not close it (its -wal
    still there) is checked at open, and takes the recovery path."""
    live = tmp_path / "live"
    live.mkdir()
    path = live / "store.sqlite"
    store = open_store(str(path))
    save_text(store, "Un texte assez long pour remplir des pages. " * 400)
    document = save_text(store, TEXT, source="/b.txt")
    store.close()  # all in the file now
    store = open_store(str(path))
    service.create(store, document, 0, 10)  # in the -wal, not yet in the file
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("store.sqlite", "store.sqlite-wal"):  # the files as a crash leaves them
        shutil.copy(live / name, crashed / name)
    store.close()
    damaged = crashed / "store.sqlite"
    data = bytearray(damaged.read_bytes())
    for offset in range(4 * 4096, len(data) - 4096, 4096):  # pages of the long text
        data[offset + 100 : offset + 300] = b"\x07" * 200
    damaged.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabase, match="damaged"):
        open_store(str(damaged))


def test_a_store_closed_cleanly_is_not_checked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite"
    open_store(str(path)).close()
    checked: list[Path] = []
    monkeypatch.setattr(store_db, "_quick_check", lambda _conn, p: checked.append(p))
    open_store(str(path)).close()
    assert checked == []


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite"
    store = open_store(str(path))
    save_text(store, TEXT)
    store.close()
    return path


def test_mode_ro_really_is_read_only(saved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--db 'sqlite:///x?mode=ro'`` was ignored: writes went through."""
    before = saved.read_bytes()
    url = f"sqlite:///{saved}?mode=ro"
    store = open_store(url)
    try:
        assert [d.id for d in list_documents(store)] == [1]
        with pytest.raises(StoreError, match="writing is off"):
            service.create(store, 1, 0, 10)
    finally:
        store.close()
    assert main(["annotate", "1", "--quote", "Le conseil", "--db", url]) == 1
    assert "writing is off" in capsys.readouterr().err
    assert saved.read_bytes() == before


def test_a_store_on_read_only_media_can_still_be_read(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It could not even be read. (Root writes through permissions, so the media's answer to
    'may I write here?' is what the test changes.)"""
    before = _listing(saved.parent)
    real_access = os.access

    def no_writing(path: object, mode: int, **kwargs: object) -> bool:
        return False if mode & os.W_OK else real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(store_db.os, "access", no_writing)
    store = open_store(str(saved))
    try:
        assert store.read_only is not None
        assert [d.id for d in list_documents(store)] == [1]
        with pytest.raises(StoreError, match="writing is off"):
            save_text(store, "Un autre texte.")
    finally:
        store.close()
    assert _listing(saved.parent) == before


def test_a_damaged_search_index_says_so_and_is_rebuilt(saved: Path) -> None:
    store = open_store(str(saved))
    made = [service.create(store, 1, i, i + 20, note=f"budget {i}") for i in range(5)]
    store.close()
    conn = sqlite3.connect(saved)
    conn.execute("UPDATE annotations_fts_data SET block = x'0102030405'")
    conn.commit()
    conn.close()
    store = open_store(str(saved))
    try:
        with pytest.raises(SearchIndexDamaged, match="the search index is damaged; it will be"):
            search.search(store, "budget")
        assert sorted(a.id for a in search.search(store, "budget")) == [a.id for a in made]
        service.create(store, 1, 30, 40, note="budget encore")  # writes reach the index again
        assert len(search.search(store, "budget")) == 6
    finally:
        store.close()
    conn = sqlite3.connect(saved)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_a_damaged_store_that_cannot_be_moved_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Recovery on read-only media: the damaged file cannot be set aside; no traceback."""
    import errno

    from core.store import backup

    path = tmp_path / "store.sqlite"
    path.write_bytes(b"")

    def read_only(*_args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(backup.os, "replace", read_only)
    with pytest.raises(StoreError, match="cannot be recovered here: Read-only file system"):
        backup.recover(str(path))
    assert path.exists()
