"""Keeping the store safe from the window: one window per store, a damaged store recovered,
periodic verified backups.

All three happen where the store lives, on the worker's thread: the lock is taken at launch, before
the store is read (a second window is told, and closes), recovery replaces a damaged file by its
newest good backup when the store is opened and the window says which, and backups run as store
jobs on a ``QTimer``, only when something was written since the last one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from core.errors import CorruptDatabase

BACKUP_INTERVAL_MS = 30 * 60 * 1000


class Opener(Protocol):
    def open_store(self, db: str | None = None) -> Any: ...


@dataclass(frozen=True, slots=True)
class OpenedStore:
    store: Any
    recovered: str | None  # what recovery did, when the store was damaged


def open_safely(service: Opener, db: str | None) -> OpenedStore:
    """Open the store. If SQLite says the file is damaged, it is set aside as ``.damaged-…``,
    the newest good backup is restored and opened, and the message says so."""
    try:
        return OpenedStore(service.open_store(db), None)
    except CorruptDatabase:
        from core.store.backup import recover

        result = recover(db)
        return OpenedStore(service.open_store(db), result.message)


def lock_store(db: str | None) -> Any:
    """Take the one-window lock of the store ``db`` names (``StoreInUse`` when another window
    holds it); None for a store in memory. Cheap: no SQLAlchemy for a plain file URL."""
    from core.store.files import plain_sqlite_file, resolve_url
    from core.store.lock import StoreLock

    url = resolve_url(db)
    path = plain_sqlite_file(url)
    if path is None:
        from core.store.db import db_path  # another form of URL: SQLAlchemy parses it

        path = db_path(url)
    if path is None or not path.parent.is_dir():
        return None  # in memory, or a folder that is not there: opening the store says so
    lock = StoreLock(path)
    lock.acquire()
    return lock


class BackupTimer(QObject):
    """Asks for a verified backup every ``interval_ms`` when the store was written since."""

    due = Signal()  # time for a backup: something changed since the last one

    def __init__(self, interval_ms: int = BACKUP_INTERVAL_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.changed = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def mark_changed(self) -> None:
        self.changed = True

    def tick(self) -> None:
        if self.changed:
            self.changed = False
            self.due.emit()

    def answered(self, made: Path | None) -> None:
        """The backup job answered; ``None`` (the newest backup is recent) means: try again."""
        if made is None:
            self.changed = True
