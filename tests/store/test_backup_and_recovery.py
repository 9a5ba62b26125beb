"""Verified backups, their thinning, the periodic backup, recovery from a damaged file, and the
one-window-per-store lock."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from core.errors import CorruptDatabase, StoreError
from core.store import annotations as service
from core.store.backup import (
    backups_to_keep,
    is_healthy,
    list_backups,
    make_backup,
    maybe_backup,
    recover,
)
from core.store.db import Store, open_store
from core.store.lock import StoreInUse, StoreLock
from tests.core.annotation_helpers import TEXT, save_text

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite"


@pytest.fixture
def store(path: Path) -> Iterator[Store]:
    opened = open_store(str(path))
    yield opened
    opened.close()


def _count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM annotations").fetchone()[0])
    finally:
        conn.close()


def test_backup_is_a_checked_copy_with_every_commit(store: Store, path: Path) -> None:
    document = save_text(store, TEXT)
    service.create(store, document, 0, 10, note="avant la copie")
    made = make_backup(path, reason="manual", now=NOW)
    assert made.parent == path.with_name("store.sqlite.backups")
    assert is_healthy(made)
    assert _count(made) == 1
    assert not [p for p in made.parent.iterdir() if p.name.startswith(".")]
    [listed] = list_backups(path)
    assert (listed.path, listed.taken, listed.reason) == (made, NOW, "manual")


def test_thinning_keeps_the_last_day_then_days_weeks_months() -> None:
    hourly = [NOW - timedelta(hours=h) for h in range(0, 24 * 400, 6)]
    kept = backups_to_keep(hourly, NOW)
    assert {t for t in hourly if NOW - t < timedelta(days=1)} <= kept
    older = sorted((t for t in kept if NOW - t >= timedelta(days=1)), reverse=True)
    days = {t.date() for t in older}
    assert len(older) == len(days)  # one per day at most
    assert len(older) <= 12 + 10 + 9
    assert min(kept) < NOW - timedelta(days=200)  # months reach far back
    assert max(older) == max(t for t in hourly if NOW - t >= timedelta(days=1))


def test_thinning_runs_after_each_backup(store: Store, path: Path) -> None:
    for days in range(40, 0, -1):
        make_backup(path, now=NOW - timedelta(days=days))
    left = list_backups(path)
    assert len(left) < 40
    assert left[0].taken == NOW - timedelta(days=1)


def test_periodic_backup_only_when_changed_and_due(store: Store, path: Path) -> None:
    document = save_text(store, TEXT)
    first = maybe_backup(store, now=NOW)
    assert first is not None
    later = NOW + timedelta(hours=1)
    os.utime(path, (NOW.timestamp() - 60, NOW.timestamp() - 60))
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        os.utime(wal, (NOW.timestamp() - 60, NOW.timestamp() - 60))
    assert maybe_backup(store, now=later) is None  # nothing changed since
    service.create(store, document, 0, 10)
    assert maybe_backup(store, now=NOW + timedelta(minutes=5)) is None  # not due yet
    second = maybe_backup(store, now=later)
    assert second is not None
    assert _count(second) == 1


def test_in_memory_store_has_no_backups() -> None:
    memory = open_store("sqlite://")
    try:
        assert maybe_backup(memory) is None
    finally:
        memory.close()


def _damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[:16] = b"not a database!!"
    path.write_bytes(bytes(data))
    return bytes(data)


def test_recover_keeps_the_damaged_file_and_restores_the_newest_good_backup(
    store: Store, path: Path
) -> None:
    document = save_text(store, TEXT)
    service.create(store, document, 0, 10, note="sauvée")
    make_backup(path, now=NOW - timedelta(days=2))
    service.create(store, document, 11, 20, note="sauvée aussi")
    good = make_backup(path, now=NOW - timedelta(hours=1))
    store.close()
    damaged_bytes = _damage(path)
    with pytest.raises(CorruptDatabase):
        open_store(str(path))
    result = recover(str(path), now=NOW)
    assert result.restored is not None
    assert result.restored.path == good
    assert result.damaged is not None
    assert result.damaged.name.startswith("store.sqlite.damaged-")
    assert result.damaged.read_bytes() == damaged_bytes
    assert "restored" in result.message
    reopened = open_store(str(path))
    try:
        notes = sorted(a.note for a in service.list_annotations(reopened, document))
        assert notes == ["sauvée", "sauvée aussi"]
    finally:
        reopened.close()


def test_recover_skips_a_bad_backup_and_works_without_any(path: Path, store: Store) -> None:
    store.close()
    bad = make_backup(path, now=NOW)
    bad.write_bytes(b"garbage" * 100)
    _damage(path)
    result = recover(str(path), now=NOW)
    assert result.restored is None
    assert result.damaged is not None
    assert result.damaged.exists()
    assert "No good backup" in result.message
    assert not path.exists()


def test_recover_refuses_a_healthy_store(store: Store, path: Path) -> None:
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not damaged"):
        recover(str(path))
    assert path.read_bytes() == before


def test_no_backup_of_a_damaged_database(store: Store, path: Path) -> None:
    store.close()
    _damage(path)
    with pytest.raises(CorruptDatabase):
        make_backup(path, now=NOW)
    assert list_backups(path) == []


def test_one_window_per_store(path: Path) -> None:
    first = StoreLock(path)
    first.acquire()
    try:
        with pytest.raises(StoreInUse), StoreLock(path):
            pass
    finally:
        first.release()
    with StoreLock(path) as again:
        assert again.held
    assert not again.held
