"""Verified backups of the store, their thinning, and recovery from a damaged file.

A backup is made with SQLite's online backup API into a temporary name, opened again and checked
with ``integrity_check``, fsynced, and only then renamed into place; a database that fails the
check is never backed up. Backups live next to the store, in ``<name>.backups/``, and are thinned
to: every one from the last day, then the newest of each of 12 days, 10 weeks and 9 months.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.errors import CorruptDatabase, StoreError
from core.files import fsync_file, fsync_folder
from core.store.db import Store, db_path, resolve_url

INTERVAL = timedelta(minutes=30)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
_STAMP = "%Y%m%dT%H%M%S%fZ"
_SUFFIX = ".sqlite"
_CORRUPT_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken: datetime  # UTC
    reason: str


@dataclass(frozen=True, slots=True)
class RecoveryResult:
    """What ``recover`` did: where the damaged file was kept, and which backup replaced it."""

    damaged: Path | None
    restored: Backup | None

    @property
    def message(self) -> str:
        kept = f"The damaged file was kept as {self.damaged}. " if self.damaged else ""
        if self.restored is None:
            return kept + "No good backup was found: a new, empty store will be created."
        when = self.restored.taken.strftime("%Y-%m-%d %H:%M UTC")
        return kept + f"The backup of {when} was restored; changes made after it are not in it."


def backup_folder(db: Path) -> Path:
    return db.with_name(f"{db.name}.backups")


def list_backups(db: Path) -> list[Backup]:
    """The backups of ``db``, newest first."""
    folder = backup_folder(db)
    if not folder.is_dir():
        return []
    found = [b for p in folder.iterdir() if (b := _parse_name(p)) is not None]
    return sorted(found, key=lambda b: b.taken, reverse=True)


def _parse_name(path: Path) -> Backup | None:
    if path.suffix != _SUFFIX or path.name.startswith("."):
        return None
    stamp, _, reason = path.stem.partition("-")
    try:
        taken = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return Backup(path, taken, reason)


def make_backup(db: Path, *, reason: str = "auto", now: datetime | None = None) -> Path:
    """Copy ``db`` into a verified backup; raise ``CorruptDatabase`` if the copy fails its check."""
    taken = now or datetime.now(UTC)
    folder = backup_folder(db)
    folder.mkdir(exist_ok=True)
    safe_reason = "".join(c if c.isalnum() or c == "-" else "-" for c in reason)[:40]
    final = folder / f"{taken.strftime(_STAMP)}-{safe_reason}{_SUFFIX}"
    temporary = folder / f".{final.name}.tmp"
    try:
        _copy(db, temporary)
        _verify(temporary)
        fsync_file(temporary)
        os.replace(temporary, final)
        fsync_folder(folder)
    finally:
        temporary.unlink(missing_ok=True)
    thin(db, now=taken)
    return final


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(source, timeout=5)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        raise _as_store_error(exc, source) from exc
    finally:
        src.close()


def _verify(path: Path) -> None:
    if not is_healthy(path):
        raise CorruptDatabase(f"{path.name} failed its integrity check: no backup was made")


def is_healthy(path: Path) -> bool:
    """True when SQLite opens ``path`` read-only and ``integrity_check`` answers ``ok``."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return False
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
    return rows == [("ok",)]


def _as_store_error(exc: sqlite3.DatabaseError, path: Path) -> StoreError:
    if getattr(exc, "sqlite_errorname", "") in _CORRUPT_CODES:
        return CorruptDatabase(f"{path} is damaged: {exc}")
    return StoreError(f"cannot back up {path}: {exc}")


def backups_to_keep(times: list[datetime], now: datetime) -> set[datetime]:
    """Every backup of the last day, then the newest of each of the last 12 days, 10 ISO weeks
    and 9 months that have one (the rules are applied independently and their union kept)."""
    ordered = sorted(times, reverse=True)
    keep = {t for t in ordered if now - t < timedelta(days=1)}
    older = [t for t in ordered if t not in keep]
    for key, count in (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    ):
        seen: set[object] = set()
        for t in older:
            bucket = key(t)
            if bucket not in seen and len(seen) < count:
                seen.add(bucket)
                keep.add(t)
    return keep


def thin(db: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups the thinning rule lets go; return what was deleted."""
    backups = list_backups(db)
    keep = backups_to_keep([b.taken for b in backups], now or datetime.now(UTC))
    dropped = [b.path for b in backups if b.taken not in keep]
    for path in dropped:
        path.unlink(missing_ok=True)
    return dropped


def store_path(store: Store) -> Path | None:
    return db_path(store.url)


def backup_before(store: Store, reason: str) -> Path | None:
    """A verified backup before a bulk operation (import, bulk delete); None in memory."""
    path = store_path(store)
    return None if path is None else make_backup(path, reason=reason)


def maybe_backup(
    store: Store, *, now: datetime | None = None, interval: timedelta = INTERVAL
) -> Path | None:
    """The periodic backup the window calls on a timer: made when the store changed since the
    newest backup and that one is at least ``interval`` old. Returns the new backup, if any."""
    path = store_path(store)
    if path is None or not path.exists():
        return None
    moment = now or datetime.now(UTC)
    backups = list_backups(path)
    if backups:
        newest = backups[0].taken
        if moment - newest < interval or _last_change(path) <= newest:
            return None
    return make_backup(path, reason="auto", now=moment)


def _last_change(db: Path) -> datetime:
    times = [p.stat().st_mtime for p in (db, db.with_name(db.name + "-wal")) if p.exists()]
    return datetime.fromtimestamp(max(times), UTC)


def recover(url: str | None = None, *, now: datetime | None = None) -> RecoveryResult:
    """Keep a damaged store aside as ``<name>.damaged-<time>`` and restore the newest good backup.

    Only for a file SQLite reports as corrupt or not a database: a healthy file, or one that is
    merely busy or unreadable, is left alone (``StoreError``). Nothing is ever deleted.
    """
    path = db_path(resolve_url(url))
    if path is None:
        raise StoreError("an in-memory database has no backups")
    if path.exists() and not _is_damaged(path):
        raise StoreError(f"{path} is not damaged: nothing was changed")
    moment = now or datetime.now(UTC)
    try:
        damaged = _set_aside(path, moment) if path.exists() else None
        good = next((b for b in list_backups(path) if is_healthy(b.path)), None)
        if good is not None:
            _restore(good.path, path)
    except OSError as exc:  # read-only media, a full disk: the damaged file stays where it is
        raise StoreError(f"{path} is damaged and cannot be recovered here: {exc.strerror}") from exc
    return RecoveryResult(damaged, good)


def _is_damaged(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
        if header != b"SQLite format 3\x00":  # an empty file too: the store it held is gone
            return True
        conn = sqlite3.connect(path, timeout=5)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") in _CORRUPT_CODES:
            return True
        raise StoreError(f"cannot check {path}: {exc}") from exc
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from exc
    return rows != [("ok",)]


def _set_aside(path: Path, moment: datetime) -> Path:
    damaged = path.with_name(f"{path.name}.damaged-{moment.strftime(_STAMP)}")
    os.replace(path, damaged)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, damaged.with_name(damaged.name + suffix))
    fsync_folder(path.parent)
    return damaged


def _restore(backup: Path, target: Path) -> None:
    temporary = target.with_name(f".{target.name}.restoring")
    try:
        _copy(backup, temporary)
        _verify(temporary)
        fsync_file(temporary)
        os.replace(temporary, target)
        fsync_folder(target.parent)
    finally:
        temporary.unlink(missing_ok=True)
