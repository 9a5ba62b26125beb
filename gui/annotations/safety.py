"""Keeping the store safe from the window: one window per store, a damaged store recovered,
periodic verified backups.

The lock is taken at start-up, before anything opens the store. Recovery happens where the store
is opened (the worker's thread), and the window is told which backup was restored. Backups run as
store jobs on a ``QTimer``, only when something was written since the last one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from core.errors import CorruptDatabase

BACKUP_INTERVAL_MS = 30 * 60 * 1000


class Opener(Protocol):
    def open_store(self, db: str | None = None) -> Any: ...


def open_or_recover(service: Opener, db: str | None) -> tuple[Any, str | None]:
    """Open the store; if SQLite says it is damaged, set it aside as ``.damaged-…``, restore the
    newest good backup, open that, and return a message saying what was done."""
    try:
        return service.open_store(db), None
    except CorruptDatabase:
        from core.store.backup import recover

        result = recover(db)
        return service.open_store(db), result.message


def lock_store(db: str | None) -> Any:
    """Take the one-instance lock of the store ``db`` names (``None`` for one in memory).

    Raises ``StoreInUse`` when another window holds it."""
    from core.store.db import db_path, resolve_url
    from core.store.lock import StoreLock

    path = db_path(resolve_url(db))
    if path is None:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = StoreLock(path)
    lock.acquire()
    return lock


def lock_or_explain(db: str | None) -> tuple[bool, Any]:
    """At start-up: ``(True, lock)`` once the store is ours, else ``(False, None)`` after the
    reader was told why (another window holds it, or the store's folder cannot be used)."""
    from core.errors import StoreError
    from gui.annotations.dialogs import StoreInUseDialog

    try:
        return True, lock_store(db)
    except (StoreError, OSError) as exc:
        StoreInUseDialog.ask(None, str(exc).rstrip("."))
        return False, None


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
