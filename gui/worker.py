"""The one worker that owns the spaCy pipeline and the database, on its own thread.

The work itself is ``extract``, a plain function with a progress callback and a cancel token (the
core knows nothing of Qt); ``Worker`` runs it on its thread and reports through signals, which
reach the GUI thread queued. The worker never touches a widget.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import traceback
from collections.abc import Callable
from time import monotonic
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot

from core.errors import Cancelled, LiseuseError
from core.model import Extraction, StoredArticle
from gui.digest import digest

if TYPE_CHECKING:
    from gui.model_process import ModelProcess

Progress = Callable[[float, str], None]
PROGRESS_INTERVAL = 0.05  # seconds between two progress signals


class Service(Protocol):
    """What the window needs of ``core.api`` (tests pass a fake one)."""

    def open_store(self, db: str | None = None) -> Any: ...
    def prepare(self, source: str) -> Any: ...
    def read_stored(self, db: str | None, article: Any) -> StoredArticle | None: ...
    def cached(self, store: Any, article: Any) -> Extraction | None: ...
    def analyse(
        self, store: Any, article: Any, *, progress: Progress, cancel: Callable[[], bool]
    ) -> Extraction: ...
    def start_model(self) -> None: ...
    def warm_up(self) -> None: ...
    def shutdown(self) -> None: ...


class CoreService:
    """``core.api``, imported on first use so that the window starts without it. The language
    model lives in a child process (``gui.model_process``), so it never stalls the window."""

    def __init__(self) -> None:
        self._model: ModelProcess | None = None

    def _model_process(self) -> ModelProcess:
        if self._model is None:
            from gui.model_process import ModelProcess  # multiprocessing: not at start-up

            self._model = ModelProcess()
        return self._model

    def open_store(self, db: str | None = None) -> Any:
        from core import api

        return api.open_store(db)

    def prepare(self, source: str) -> Any:
        # ``api.prepare`` is ``load_article``; importing only ``core.reading.article`` keeps the
        # text's path free of SQLAlchemy and the extractor's modules (about a second at first
        # launch).
        from core.reading.article import load_article

        return load_article(source)

    def read_stored(self, db: str | None, article: Any) -> StoredArticle | None:
        # ``core.store.quick``: a stored article, read without SQLAlchemy (or the worker).
        from core.api import stored

        return stored(db, article)

    def cached(self, store: Any, article: Any) -> Extraction | None:
        from core import api

        return api.cached(store, article)

    def analyse(
        self, store: Any, article: Any, *, progress: Progress, cancel: Callable[[], bool]
    ) -> Extraction:
        url = store.engine.url.render_as_string(hide_password=False)
        result: Extraction = self._model_process().analyse(url, article, progress, cancel)
        return result

    def start_model(self) -> None:
        self._model_process().start()

    def warm_up(self) -> None:
        self._model_process().warm_up()

    def shutdown(self) -> None:
        if self._model is not None:
            self._model.stop()


class CancelToken:
    """Set from the GUI thread, read from the worker: ``token()`` is True once cancelled."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


def extract(
    service: Service, store: Any, article: Any, progress: Progress, cancel: Callable[[], bool]
) -> Extraction:
    """The stored extraction of ``article`` if there is one, else a new analysis (saved)."""
    found = service.cached(store, article)
    if found is not None:
        progress(1.0, "Opened from the library")
        return found
    if cancel():
        raise Cancelled("Cancelled.")
    return service.analyse(store, article, progress=progress, cancel=cancel)


def describe_failure(exc: BaseException) -> str:
    """A message for the reader; unexpected errors also go to stderr with their traceback."""
    if isinstance(exc, LiseuseError):
        return str(exc)
    traceback.print_exception(exc, file=sys.stderr)
    return f"Something went wrong: {type(exc).__name__}: {exc}"


class Worker(QObject):
    progressed = Signal(int, float, str)  # request id, fraction, message
    finished = Signal(int, object)  # request id, Digest of the extraction
    failed = Signal(int, str)  # request id, readable message
    cancelled = Signal(int)
    warmed = Signal()
    storeRefused = Signal(str)  # another window holds the store: why it was not opened
    storeOpened = Signal(str)  # what recovery did if the store was damaged, else ""

    def __init__(self, service: Service, db: str | None = None, *, exclusive: bool = False):
        super().__init__()
        self._service = service
        self._db = db
        self.exclusive = exclusive  # take the store's one-window lock when opening it
        self._store: Any = None
        self._lock: Any = None
        self._refused = False  # another window holds the store (said once)
        self.recovered: str | None = None  # what recovery did, if the store was damaged

    @Slot()
    def warm_up(self) -> None:
        try:
            self._service.warm_up()
        except Exception as exc:  # a failed warm-up is reported at first use
            print(f"liseuse: could not load the language model yet: {exc}", file=sys.stderr)
        self.warmed.emit()

    @Slot()
    def claim(self) -> None:
        """At launch, first: take the store's one-window lock (cheap: the store is opened later,
        when first needed). Another window holding it is reported by ``storeRefused``."""
        with contextlib.suppress(Exception):  # StoreInUse is reported; anything else, again
            self._claim()  # at first use

    def _claim(self) -> None:
        if not self.exclusive or self._lock is not None:
            return
        from core.store.lock import StoreInUse
        from gui.annotations.safety import lock_store

        try:
            self._lock = lock_store(self._db)
        except StoreInUse as exc:
            if not self._refused:
                self._refused = True
                self.storeRefused.emit(str(exc))
            raise

    @Slot()
    def open_store(self) -> None:
        """Open the store now, before anything is asked of it (a moment after launch)."""
        try:
            self.store()
        except Exception:  # reported by the first extraction, which tries again
            self._store = None

    @Slot(int, object, object)
    def extract(self, request_id: int, article: Any, token: CancelToken) -> None:
        """Extract ``article`` (the direct read found it was not stored): the language model
        starts loading first, while the store is opened and asked once more."""
        try:
            self._service.start_model()
            result = digest(
                extract(self._service, self.store(), article, self._throttled(request_id), token)
            )
        except Cancelled:
            self.cancelled.emit(request_id)
        except Exception as exc:  # every failure becomes a message, never a crash
            self.failed.emit(request_id, describe_failure(exc))
        else:
            self.finished.emit(request_id, result)

    def store(self) -> Any:
        """The store, opened on first use on this thread (after its lock is taken); a damaged
        one is recovered."""
        if self._store is None:
            from gui.annotations.safety import open_safely

            self._claim()
            opened = open_safely(self._service, self._db)
            self._store = opened.store
            self.recovered = opened.recovered
            self.storeOpened.emit(self.recovered or "")
        return self._store

    def _throttled(self, request_id: int) -> Progress:
        last = [0.0]

        def progress(fraction: float, message: str) -> None:
            now = monotonic()
            if now - last[0] >= PROGRESS_INTERVAL or fraction >= 1.0:
                last[0] = now
                self.progressed.emit(request_id, fraction, message)

        return progress

    @Slot()
    def close(self) -> None:
        self._service.shutdown()
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
