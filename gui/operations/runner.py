"""One runner: the one worker thread that owns the ``Library``, and a small pool for the rest.

A slot asks for work with ``run(op, success, failure)``: ``op`` is a plain function of the
``Library`` (the store's connections live on the worker's thread; never share them), run there
one after the other in the order asked. ``write`` is the same for a change: its op returns the
``Changes`` it made, which every panel hears through ``changed`` (Anki's
``operation_did_execute``). ``background`` runs a function that needs no store (reading a file,
waiting for the language model) on the pool, so it never queues behind the store's work.

Every answer comes back to the GUI thread queued. An op given a ``key`` makes older ops of the
same key stale: their answers are dropped and their cancel token is set. ``flush`` blocks until
everything asked so far has run (closing does it, so a highlight made just before is never lost).
"""

from __future__ import annotations

import contextlib
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from time import monotonic
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QMetaObject, QObject, QRunnable, Qt, QThread, QThreadPool, Signal, Slot

from core.errors import LiseuseError, StoreInUse
from gui.operations.changes import Changes

if TYPE_CHECKING:
    from core.library import Claim, Library

T = TypeVar("T")
Success = Callable[[Any], None]
Failure = Callable[[str, BaseException], None]
PROGRESS_INTERVAL = 0.05  # seconds between two progress reports of one op


class CancelToken:
    """Set from the GUI thread, read from any other: ``token()`` is True once cancelled."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True, slots=True)
class Door:
    """How the worker gets its ``Library``: the one-window lock first (cheap, at launch), the
    store itself when first needed. Tests give another one."""

    db: str | None

    def claim(self) -> Claim | None:
        from core.library import claim

        return claim(self.db)

    def open(self, lock: Claim | None) -> Library:
        from core.library import Library

        return Library.open(self.db, lock=lock)


def describe_failure(exc: BaseException) -> str:
    """A message for the reader; an unexpected error also goes to stderr with its traceback."""
    if isinstance(exc, LiseuseError):
        return str(exc)
    traceback.print_exception(exc, file=sys.stderr)
    return f"Something went wrong: {type(exc).__name__}: {exc}"


class _Worker(QObject):
    """Lives on the worker's thread and owns the ``Library``; never touches a widget."""

    done = Signal(int, object)  # job, result
    failed = Signal(int, str, object)  # job, readable message, the exception
    opened = Signal(str)  # what recovery did, or ""
    readOnly = Signal(str)  # why the store cannot be written
    refused = Signal(str)  # another window holds the store

    def __init__(self, door: Door) -> None:
        super().__init__()
        self._door = door
        self._lock: Claim | None = None
        self._library: Library | None = None
        self._claimed = False

    @Slot()
    def claim(self) -> None:
        """Take the store's lock now (at launch, before the first article is read)."""
        with contextlib.suppress(Exception):  # told by ``refused`` (held by another window),
            self._claim()  # else said again at first use

    def _claim(self) -> None:
        if self._claimed:
            return
        try:
            self._lock = self._door.claim()
        except StoreInUse as exc:
            self.refused.emit(str(exc))
            raise
        self._claimed = True

    def library(self) -> Library:
        if self._library is None:
            self._claim()
            self._library = self._door.open(self._lock)
            self._lock = None  # the library holds it now
            self.opened.emit(self._library.recovered or "")
            if self._library.read_only is not None:
                self.readOnly.emit(self._library.read_only)
        return self._library

    @Slot(int, object)
    def run(self, job: int, op: Callable[[Library], Any]) -> None:
        try:
            result = op(self.library())
        except Exception as exc:  # every failure becomes a message, never a crash
            self.failed.emit(job, describe_failure(exc), exc)
        else:
            self.done.emit(job, result)

    @Slot()
    def open_now(self) -> None:
        """Open the store before anything is asked of it (a moment after launch)."""
        try:
            self.library()
        except Exception as exc:  # said again by the first op that needs it
            print(f"liseuse: could not open the store yet: {exc}", file=sys.stderr)

    @Slot()
    def drain(self) -> None:
        """Nothing to do: reaching here means every op queued before has run."""

    @Slot()
    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


class _Task(QRunnable):
    def __init__(self, call: Callable[[], None]) -> None:
        super().__init__()
        self._call = call

    def run(self) -> None:
        self._call()


class Runner(QObject):
    changed = Signal(object)  # Changes: a write committed
    failed = Signal(str)  # an op without its own failure handler failed: say so
    opened = Signal(str)  # the store is open; what recovery did when it was damaged, or ""
    readOnly = Signal(str)  # the store opened for reading only: why it cannot be written
    refused = Signal(str)  # another window holds the store: why it was not opened
    progressed = Signal(str, float, str)  # key, fraction, message (from any thread)

    _run = Signal(int, object)
    _claim = Signal()
    _open_now = Signal()
    _answered = Signal(int, bool, object, object)  # from the pool: job, ok, result, exception

    def __init__(self, door: Door, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._next = 0
        self._waiting: dict[int, tuple[str | None, Success | None, Failure | None]] = {}
        self._latest: dict[str, int] = {}
        self._tokens: dict[str, CancelToken] = {}
        self._unflushed = False
        self._closed = False  # once closed, late asks (a queued answer's next step) are dropped
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)  # reading an article, waiting for the language model
        self._thread = QThread(self)
        self._thread.setObjectName("liseuse-worker")
        self._worker = _Worker(door)
        self._worker.moveToThread(self._thread)
        queued = Qt.ConnectionType.QueuedConnection
        self._run.connect(self._worker.run, queued)
        self._claim.connect(self._worker.claim, queued)
        self._open_now.connect(self._worker.open_now, queued)
        self._worker.done.connect(self._on_done, queued)
        self._worker.failed.connect(self._on_failed, queued)
        self._worker.opened.connect(self.opened, queued)
        self._worker.readOnly.connect(self.readOnly, queued)
        self._worker.refused.connect(self.refused, queued)
        self._answered.connect(self._on_answered, queued)
        self._thread.start()

    # -- asking --------------------------------------------------------------------------------
    def run(
        self,
        op: Callable[[Library], T],
        success: Callable[[T], None] | None = None,
        failure: Failure | None = None,
        *,
        key: str | None = None,
    ) -> int:
        """Run ``op`` on the worker; ``success(result)`` or ``failure(message, exc)`` follow on
        the GUI thread (without ``failure``, ``failed`` tells the window)."""
        job = self._ask(key, success, failure)
        if not self._closed:
            self._unflushed = True
            self._run.emit(job, op)
        return job

    def write(
        self,
        op: Callable[[Library], Changes],
        success: Callable[[Changes], None] | None = None,
        failure: Failure | None = None,
    ) -> int:
        """Run a change; once committed, ``changed`` announces it, then ``success`` runs."""

        def announce(changes: Changes) -> None:
            self.changed.emit(changes)
            if success is not None:
                success(changes)

        return self.run(op, announce, failure)

    def background(
        self,
        call: Callable[[], T],
        success: Callable[[T], None] | None = None,
        failure: Failure | None = None,
        *,
        key: str | None = None,
    ) -> int:
        """Run ``call`` (no store) on the pool; answers as ``run``."""
        job = self._ask(key, success, failure)

        def task() -> None:
            try:
                result = call()
            except BaseException as exc:
                self._answered.emit(job, False, None, exc)
            else:
                self._answered.emit(job, True, result, None)

        if not self._closed:
            self.pool.start(_Task(task))
        return job

    def _ask(self, key: str | None, success: Success | None, failure: Failure | None) -> int:
        self._next += 1
        self._waiting[self._next] = (key, success, failure)
        if key is not None:
            self._latest[key] = self._next
        return self._next

    def token(self, key: str) -> CancelToken:
        """A fresh cancel token for the ops of ``key``; the previous one is cancelled."""
        self.cancel(key)
        token = self._tokens[key] = CancelToken()
        return token

    def cancel(self, key: str) -> None:
        if key in self._tokens:
            self._tokens.pop(key).cancel()

    def progress(self, key: str, token: CancelToken) -> Callable[[float, str], None]:
        """A progress callback for an op of ``key`` (any thread): throttled, and silent once
        ``token`` is cancelled (a newer op of the key took over)."""
        last = [0.0]

        def report(fraction: float, message: str) -> None:
            now = monotonic()
            if not token() and (now - last[0] >= PROGRESS_INTERVAL or fraction >= 1.0):
                last[0] = now
                self.progressed.emit(key, fraction, message)

        return report

    def is_current(self, key: str, job: int) -> bool:
        return self._latest.get(key) == job

    def claim(self) -> None:
        """Take the store's one-window lock on the worker (a refusal is told by ``refused``)."""
        self._claim.emit()

    def open_now(self) -> None:
        self._open_now.emit()

    def pending(self) -> int:
        return len(self._waiting)

    # -- answers, on the GUI thread ------------------------------------------------------------
    @Slot(int, object)
    def _on_done(self, job: int, result: Any) -> None:
        key, success, _failure = self._waiting.pop(job, (None, None, None))
        if self._closed:
            return
        if success is not None and (key is None or self.is_current(key, job)):
            success(result)

    @Slot(int, str, object)
    def _on_failed(self, job: int, message: str, exc: BaseException) -> None:
        key, _success, failure = self._waiting.pop(job, (None, None, None))
        if self._closed or (key is not None and not self.is_current(key, job)):
            return
        if failure is not None:
            failure(message, exc)
        else:
            self.failed.emit(message)

    @Slot(int, bool, object, object)
    def _on_answered(self, job: int, ok: bool, result: Any, exc: BaseException | None) -> None:
        if ok:
            self._on_done(job, result)
        else:
            assert exc is not None
            self._on_failed(job, describe_failure(exc), exc)

    # -- closing -------------------------------------------------------------------------------
    def flush(self) -> None:
        """Return once every op asked so far has run on the worker (writes committed)."""
        if self._unflushed and self._thread.isRunning():
            QMetaObject.invokeMethod(
                self._worker, "drain", Qt.ConnectionType.BlockingQueuedConnection
            )
        self._unflushed = False

    def close(self) -> None:
        """Stop: pending reads end, the library is closed and its lock released on the worker
        (blocking, so the next window on this store finds it free), then the thread ends."""
        self._closed = True
        for token in self._tokens.values():
            token.cancel()
        self.pool.waitForDone()
        if self._thread.isRunning():
            QMetaObject.invokeMethod(
                self._worker, "close", Qt.ConnectionType.BlockingQueuedConnection
            )
        self._thread.quit()
        self._thread.wait()
