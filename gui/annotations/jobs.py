"""Annotation work on the worker's thread, where the store lives; answers come back queued.

``Jobs`` (GUI thread) hands plain functions of an ``AnnotationStore`` to ``StoreJobs``, a
``QObject`` moved to the worker's thread: jobs run one after the other, in the order they were
given, after or between the worker's own tasks, and each write has committed when its job
returns. ``flush`` blocks until every job given so far has run: the window calls it on closing,
so a highlight made just before is never lost (no ``processEvents``: a blocking queued call).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from gui.worker import Worker, describe_failure

if TYPE_CHECKING:  # imported on the worker's thread, where the store is
    from gui.annotations.backend import AnnotationStore

Job = Callable[["AnnotationStore"], Any]
OnDone = Callable[[Any], None]
OnFailed = Callable[[str, BaseException], None]


class StoreJobs(QObject):
    """Lives on the worker's thread; never touches a widget."""

    done = Signal(int, object)  # job id, result
    failed = Signal(int, str, object)  # job id, readable message, the exception

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker = worker
        self._context: AnnotationStore | None = None

    @Slot(int, object)
    def run(self, job_id: int, job: Job) -> None:
        try:
            result = job(self._open())
        except Exception as exc:  # every failure becomes a message, never a crash
            self.failed.emit(job_id, describe_failure(exc), exc)
        else:
            self.done.emit(job_id, result)

    def _open(self) -> AnnotationStore:
        from gui.annotations.backend import AnnotationStore

        store = self._worker.store()
        if self._context is None or self._context.store is not store:
            self._context = AnnotationStore(store)
        return self._context

    @Slot()
    def drain(self) -> None:
        """Nothing to do: reaching here means every job queued before has run."""


class Jobs(QObject):
    settled = Signal()  # the last pending job has answered

    _run = Signal(int, object)
    _drain = Signal()

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = StoreJobs(worker)
        self.runner.moveToThread(worker.thread())
        queued = Qt.ConnectionType.QueuedConnection
        self._run.connect(self.runner.run, queued)
        self._drain.connect(self.runner.drain, Qt.ConnectionType.BlockingQueuedConnection)
        self.runner.done.connect(self._on_done, queued)
        self.runner.failed.connect(self._on_failed, queued)
        self._next = 0
        self._waiting: dict[int, tuple[OnDone | None, OnFailed | None]] = {}
        self._unflushed = False

    def submit(
        self, job: Job, on_done: OnDone | None = None, on_failed: OnFailed | None = None
    ) -> int:
        self._next += 1
        self._waiting[self._next] = (on_done, on_failed)
        self._unflushed = True
        self._run.emit(self._next, job)
        return self._next

    def pending(self) -> int:
        return len(self._waiting)

    def flush(self) -> None:
        """Return once every job submitted so far has run on the worker (writes committed)."""
        if self._unflushed and self.runner.thread().isRunning():
            self._drain.emit()
        self._unflushed = False

    @Slot(int, object)
    def _on_done(self, job_id: int, result: Any) -> None:
        on_done, _ = self._waiting.pop(job_id, (None, None))
        if on_done is not None:
            on_done(result)
        self._settle()

    @Slot(int, str, object)
    def _on_failed(self, job_id: int, message: str, exc: BaseException) -> None:
        _, on_failed = self._waiting.pop(job_id, (None, None))
        if on_failed is not None:
            on_failed(message, exc)
        self._settle()

    def _settle(self) -> None:
        if not self._waiting:
            self.settled.emit()
