"""The thin layer between the window's slots and the core: open an article, cancel, warm up.

Reading a file (fast, no spaCy, no SQLAlchemy) runs on the thread pool so its text shows at once
even while the worker loads the language model; an article already in the store is read there too
(``core.store.quick``), so its marks come with its text. Extraction runs on the worker's thread.
Every result comes back to the GUI thread through a queued signal, tagged with the request it
answers, so the answer to an older request is dropped.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QThreadPool, QTimer, Signal, Slot

from gui.digest import Digest, digest
from gui.marks import Utf16Map
from gui.worker import CancelToken, Service, Worker, describe_failure

WARM_UP_DELAY_MS = 1500


class Operations(QObject):
    textReady = Signal(object)  # Article: show its text now
    extractionReady = Signal(object)  # Digest (gui.digest): marks, timeline, people
    progressed = Signal(float, str)
    failed = Signal(str, str)  # source, readable message
    cancelled = Signal()
    busyChanged = Signal(bool)

    _prepared = Signal(int, object)  # from a pool thread: the article (its text is shown)
    _looked_up = Signal(int, object, object)  # from a pool thread: article, stored Digest or None
    _prepare_failed = Signal(int, str)
    _extract = Signal(int, object, object)  # to the worker
    _warm = Signal()
    _claim = Signal()
    _open_store = Signal()

    def __init__(
        self,
        service: Service,
        db: str | None = None,
        parent: QObject | None = None,
        *,
        exclusive: bool = False,  # the window's lock on the store (see gui.annotations.safety)
    ):
        super().__init__(parent)
        self._service = service
        self._db = db
        self._request = 0
        self._source = ""
        self._token = CancelToken()
        self._busy = False
        self._settle_after_first = False
        self._warm_up = False
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(WARM_UP_DELAY_MS)
        self._warm_timer.timeout.connect(self._settle)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._thread = QThread(self)
        self._thread.setObjectName("liseuse-worker")
        self.worker = Worker(service, db, exclusive=exclusive)
        self.worker.moveToThread(self._thread)
        self._wire()
        self._thread.start()
        self._claimed = False

    def _wire(self) -> None:
        queued = Qt.ConnectionType.QueuedConnection
        self._prepared.connect(self._on_prepared, queued)
        self._looked_up.connect(self._on_looked_up, queued)
        self._prepare_failed.connect(self._on_failed, queued)
        self._extract.connect(self.worker.extract, queued)
        self._warm.connect(self.worker.warm_up, queued)
        self._claim.connect(self.worker.claim, queued)
        self._open_store.connect(self.worker.open_store, queued)
        self.worker.progressed.connect(self._on_progress, queued)
        self.worker.finished.connect(self._on_finished, queued)
        self.worker.failed.connect(self._on_failed, queued)
        self.worker.cancelled.connect(self._on_cancelled, queued)

    # -- what slots call ----------------------------------------------------------------------
    def start(self, source: str | None, *, warm_up: bool = True) -> None:
        """At launch: open ``source`` first (a stored one answers at once), then open the store
        and load the model."""
        self._warm_up = warm_up
        self._claim_store()
        if source:
            self._settle_after_first = True
            self.open(source)
        else:
            self._settle()

    def open(self, source: str) -> None:
        """Read ``source`` (path or URL); its text, then its extraction, arrive as signals."""
        self._claim_store()
        self._token.cancel()
        self._request += 1
        self._token = CancelToken()
        self._source = source
        self._set_busy(True)
        self.progressed.emit(0.0, "Reading…")
        request = self._request
        self._pool.start(lambda: self._read(request, source))

    def _claim_store(self) -> None:
        """Take the store's one-window lock before the first article (once everything that
        listens for a refusal is connected)."""
        if not self._claimed:
            self._claimed = True
            self._claim.emit()

    def cancel(self) -> None:
        if self._busy:
            self._token.cancel()

    def is_busy(self) -> bool:
        return self._busy

    @property
    def source(self) -> str:
        return self._source

    def shutdown(self) -> None:
        """Stop everything and release the store's lock before returning.

        The close runs on the worker's thread (which owns the store's connections) and this
        call blocks until it has run: a queued close followed at once by ``quit()`` could be
        skipped by a busy worker, whose thread would then exit still holding the lock."""
        self._warm_timer.stop()
        self._token.cancel()
        self._pool.waitForDone()
        if self._thread.isRunning():
            QMetaObject.invokeMethod(
                self.worker, "close", Qt.ConnectionType.BlockingQueuedConnection
            )
        self._thread.quit()
        self._thread.wait()

    # -- the pool thread ----------------------------------------------------------------------
    def _read(self, request: int, source: str) -> None:
        try:
            article = self._service.prepare(source)
        except Exception as exc:  # shown in the window, never a crash
            self._prepare_failed.emit(request, describe_failure(exc))
            return
        Utf16Map.of(article.text)  # here rather than on the GUI thread when the text is shown
        self._prepared.emit(request, article)
        self._looked_up.emit(request, article, self._read_stored(article))

    def _read_stored(self, article: Any) -> Digest | None:
        """The stored extraction's digest, if the store answers without the worker."""
        try:
            found = self._service.read_stored(self._db, article)
            return None if found is None else digest(found.extraction, found)
        except Exception as exc:  # the worker's full path will say what is wrong, if anything
            print(f"liseuse: reading the store directly failed: {exc!r}", file=sys.stderr)
            return None

    # -- answers, on the GUI thread -----------------------------------------------------------
    @Slot(int, object)
    def _on_prepared(self, request: int, article: Any) -> None:
        if request == self._request:
            self.textReady.emit(article)

    @Slot(int, object, object)
    def _on_looked_up(self, request: int, article: Any, stored: Digest | None) -> None:
        """The store's answer for an article already in it, else the worker extracts it."""
        if request != self._request:
            return
        if stored is not None:
            self.progressed.emit(1.0, "Opened from the library")
            self._on_finished(request, stored)
            return
        self.progressed.emit(0.0, "Finding people, places and dates…")
        # after the text's first paint (queued behind it): the worker's first task opens the
        # store, and importing SQLAlchemy meanwhile would hold up that paint
        token = self._token
        QTimer.singleShot(0, self, lambda: self._extract.emit(request, article, token))

    @Slot(int, float, str)
    def _on_progress(self, request: int, fraction: float, message: str) -> None:
        if request == self._request:
            self.progressed.emit(fraction, message)

    @Slot(int, object)
    def _on_finished(self, request: int, extraction: Any) -> None:
        if request == self._request:
            self._set_busy(False)
            self.extractionReady.emit(extraction)
            self._warm_later()

    @Slot(int, str)
    def _on_failed(self, request: int, message: str) -> None:
        if request == self._request:
            self._set_busy(False)
            self.failed.emit(self._source, message)
            self._warm_later()

    @Slot(int)
    def _on_cancelled(self, request: int) -> None:
        if request == self._request:
            self._set_busy(False)
            self.cancelled.emit()
            self._warm_later()

    def _warm_later(self) -> None:
        """Open the store and load the model after the first article, once its marks are on
        screen: importing SQLAlchemy or spaCy holds the interpreter for long stretches, which
        would stall the window's first paints (a stored article needs neither to be shown)."""
        if self._settle_after_first:
            self._settle_after_first = False
            self._warm_timer.start()

    @Slot()
    def _settle(self) -> None:
        self._open_store.emit()  # before anything is asked of it, and to take its lock
        if self._warm_up:
            self._warm.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)
