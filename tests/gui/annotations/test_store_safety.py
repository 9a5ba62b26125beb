"""The store from the window: one window per store, recovery of a damaged file, backups."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QSettings

from core.model import Extraction
from core.store.backup import backup_folder, list_backups, make_backup
from core.store.db import open_store
from core.store.lock import StoreLock
from gui.annotations.dialogs import RecoveredDialog, StoreInUseDialog
from tests.gui.conftest import Fakes, launch_window


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
    fakes = Fakes(extraction)
    second = launch_window(qtbot, fakes, settings, db)
    second.reading.start(extraction.document.source, warm_up=False)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    second.close()
    assert "already open in another Liseuse window" in told[0]
    assert not second.window.isVisible()
    assert first.window.isVisible()
    assert "open_store" not in fakes.calls  # the second never opened the store


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
    assert reader.highlights.document_id is not None  # the restored store works


def test_the_timer_backs_up_only_after_a_change(
    qtbot: Any, launch: Any, extraction: Extraction, db: str
) -> None:
    reader = launch(extraction)
    backups = reader.highlights.backups
    backups.tick()  # nothing written yet: no backup asked for
    assert not backup_folder(Path(db)).exists()
    with qtbot.waitSignal(reader.highlights.created, timeout=5000):
        reader.highlights.create(0, 6, "orange")
    assert backups.changed
    backups.tick()
    reader.runner.flush()
    qtbot.waitUntil(lambda: reader.runner.pending() == 0, timeout=5000)
    (made,) = list_backups(Path(db))
    assert made.reason == "auto"
    assert not backups.changed


def test_closing_after_a_change_leaves_a_verified_backup(
    qtbot: Any, launch: Any, extraction: Extraction, db: str
) -> None:
    reader = launch(extraction)
    with qtbot.waitSignal(reader.highlights.created, timeout=5000):
        reader.highlights.create(0, 6, "magenta")
    reader.close()
    (made,) = list_backups(Path(db))
    copy = sqlite3.connect(f"{made.path.as_uri()}?mode=ro", uri=True)
    try:
        assert copy.execute("SELECT count(*) FROM annotations").fetchone() == (1,)
    finally:
        copy.close()


def test_closing_a_busy_window_releases_the_store_before_it_returns(
    qtbot: Any, extraction: Extraction, db: str, settings: QSettings
) -> None:
    """The next window on the store (a restart, the next test) must find it free at once, even
    when closing finds the worker busy and an extraction under way."""
    fakes = Fakes(extraction)
    fakes.gate.clear()  # the extraction runs until it is cancelled
    reader = launch_window(qtbot, fakes, settings, db)
    reader.reading.start(extraction.document.source, warm_up=False)
    qtbot.waitUntil(fakes.analysing.is_set, timeout=5000)
    reader.runner.run(lambda _library: time.sleep(0.3))  # the worker is busy as closing starts
    reader.close()
    with StoreLock(Path(db)) as lock:  # raises StoreInUse if the closed window still held it
        assert lock.held


def test_a_read_only_store_is_read_and_the_window_says_writing_is_off(
    qtbot: Any, launch: Any, extraction: Extraction, db: str
) -> None:
    first = launch(extraction)
    first.close()
    before = Path(db).read_bytes()
    reader = launch(extraction, database=f"sqlite:///{db}?mode=ro")
    messages = reader.window.article.messages
    qtbot.waitUntil(lambda: "Writing is off" in messages.text(), timeout=5000)
    assert "read-only" in messages.text()
    assert reader.window.article.text.document().toPlainText() == extraction.text  # shown
    reader.close()
    assert Path(db).read_bytes() == before
