"""The store from the window: one window per store, recovery of a damaged file, backups."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QSettings

from core.errors import Cancelled
from core.model import Extraction
from core.store.backup import backup_folder, list_backups, make_backup
from core.store.db import open_store
from core.store.lock import StoreLock
from gui.annotations.dialogs import RecoveredDialog, StoreInUseDialog
from tests.gui.annotations.conftest import StoreService


def test_a_second_window_on_the_same_store_is_told_and_closes(
    qtbot: Any,
    launch: Any,
    extraction: Extraction,
    db: str,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = launch(extraction)
    told: list[str] = []
    monkeypatch.setattr(StoreInUseDialog, "ask", classmethod(lambda cls, _p, m: told.append(m)))
    from gui.app import build
    from gui.settings import Preferences
    from tests.gui.annotations.conftest import StoreService

    service = StoreService(extraction)
    second = build(service, Preferences(settings), db, annotations=True)
    qtbot.addWidget(second.window)
    second.window.show()
    second.open(extraction.document.source)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    second.close()
    assert "already open in another Liseuse window" in told[0]
    assert not second.window.isVisible()
    assert first.window.isVisible()
    assert service.stores == []  # the second never opened the store


def test_a_damaged_store_is_set_aside_and_the_backup_restored(
    qtbot: Any, launch: Any, extraction: Extraction, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(db).close()
    make_backup(Path(db), reason="test")
    Path(db).write_bytes(b"this is not a database at all" * 200)
    told: list[str] = []
    monkeypatch.setattr(RecoveredDialog, "ask", classmethod(lambda cls, _p, m: told.append(m)))
    reader = launch(extraction)
    assert len(told) == 1
    assert "was restored" in told[0]
    damaged = [p for p in Path(db).parent.iterdir() if ".damaged-" in p.name]
    assert len(damaged) == 1
    assert damaged[0].name in told[0]
    assert reader.annotations.ops.document_id is not None  # the restored store works


def test_the_timer_backs_up_only_after_a_change(
    qtbot: Any, launch: Any, extraction: Extraction, db: str
) -> None:
    reader = launch(extraction)
    ui = reader.annotations
    ui.backups.tick()  # nothing written yet: no backup asked for
    assert not backup_folder(Path(db)).exists()
    with qtbot.waitSignal(ui.ops.created, timeout=5000):
        ui.ops.create(0, 6, "orange")
    assert ui.backups.changed
    with qtbot.waitSignal(ui.jobs.settled, timeout=5000):
        ui.backups.tick()
    (made,) = list_backups(Path(db))
    assert made.reason == "auto"
    assert not ui.backups.changed


def test_closing_after_a_change_leaves_a_verified_backup(
    qtbot: Any, launch: Any, extraction: Extraction, db: str
) -> None:
    reader = launch(extraction)
    with qtbot.waitSignal(reader.annotations.ops.created, timeout=5000):
        reader.annotations.ops.create(0, 6, "magenta")
    reader.close()
    (made,) = list_backups(Path(db))
    copy = sqlite3.connect(f"{made.path.as_uri()}?mode=ro", uri=True)
    try:
        assert copy.execute("SELECT count(*) FROM annotations").fetchone() == (1,)
    finally:
        copy.close()


class BusyService(StoreService):
    """``analyse`` runs until it is cancelled, as a long extraction does."""

    def __init__(self, extraction: Extraction) -> None:
        super().__init__(extraction)
        self.analysing = threading.Event()

    def analyse(self, store: Any, article: Any, *, cancel: Any, **_: Any) -> Extraction:
        self.analysing.set()
        while not cancel():
            time.sleep(0.001)
        raise Cancelled("Cancelled.")


def test_closing_a_busy_window_releases_the_store_before_it_returns(
    qtbot: Any, extraction: Extraction, db: str, settings: QSettings
) -> None:
    """The next window on the store (a restart, the next test) must find it free at once."""
    from gui.app import build
    from gui.settings import Preferences

    service = BusyService(extraction)
    reader = build(service, Preferences(settings), db, annotations=True)
    qtbot.addWidget(reader.window)
    reader.window.show()
    reader.open(extraction.document.source)
    qtbot.waitUntil(service.analysing.is_set, timeout=5000)
    reader.close()
    with StoreLock(Path(db)) as lock:  # raises StoreInUse if the closed window still held it
        assert lock.held
    for store in service.stores:
        store.close()
