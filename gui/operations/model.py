"""The language model in a process of its own, so that the window never waits for it.

spaCy holds Python's global lock for long stretches while it loads its model and runs its network
(pauses of 100–200 ms seen by the window's event loop when it ran on a thread). In a child process
it cannot stall the window at all, and the window's memory stays small. The child only extracts:
``extract(article) -> Extraction`` is a pure function of the text, so the child needs no store;
the window's worker stores the result through its ``Library`` (``Library.add``).

The child serves one request at a time over a pipe: ``warm`` (load the model) and ``extract``
(reporting progress, stopping when the shared cancel flag is set). A caller waits for its answer
on one of the runner's pool threads, never on the worker, so the reader's highlights are saved
at once while a long article is read. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from core.errors import LiseuseError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.synchronize import Event as EventType

    from core.model import Extraction
    from core.reading.article import Article

Progress = Callable[[float, str], None]
POLL_SECONDS = 0.05
STOP_GRACE_SECONDS = 1.0


def _serve(conn: Connection, cancel: EventType) -> None:
    """The child's main loop: answer requests until the pipe closes or ``stop`` comes."""
    from core import api
    from core.extractor import extract

    def progress(fraction: float, message: str) -> None:
        conn.send(("progress", (fraction, message)))

    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        kind = request[0]
        if kind == "stop":
            return
        try:
            if kind == "warm":
                api.warm_up()
                conn.send(("done", None))
            else:  # ("extract", article)
                conn.send(("done", extract(request[1], progress=progress, cancel=cancel.is_set)))
        except Exception as exc:  # sent back and raised in the caller
            conn.send(("error", exc))


class ModelProcess:
    """The child process, started on first use; one request at a time (callers take turns)."""

    def __init__(self) -> None:
        self._turn = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None
        self._cancel: EventType | None = None
        self._warming = False  # a "warm" was sent by ``start`` and its answer not read yet

    def _ensure_started(self) -> tuple[Connection, EventType]:
        if self._process is None or not self._process.is_alive():
            import multiprocessing  # not at the window's start-up

            context = multiprocessing.get_context("spawn")
            parent, child = context.Pipe()
            cancel = context.Event()
            process = context.Process(
                target=_serve, args=(child, cancel), name="liseuse-model", daemon=True
            )
            process.start()
            child.close()
            self._process, self._conn, self._cancel = process, parent, cancel
            self._warming = False
        assert self._conn is not None
        assert self._cancel is not None
        return self._conn, self._cancel

    def start(self) -> None:
        """Start the child and have it load the model now, without waiting for it."""
        with self._turn:
            conn, _cancel = self._ensure_started()
            if not self._warming:
                conn.send(("warm",))
                self._warming = True

    def extract(
        self,
        article: Article,
        *,
        progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> Extraction:
        result: Extraction = self._call(("extract", article), progress, cancel or (lambda: False))
        return result

    def _call(
        self, request: tuple[Any, ...], progress: Progress | None, cancel: Callable[[], bool]
    ) -> Any:
        with self._turn:
            conn, cancel_flag = self._ensure_started()
            cancel_flag.clear()
            conn.send(request)
            while True:
                if conn.poll(POLL_SECONDS):
                    try:
                        kind, payload = conn.recv()
                    except (EOFError, OSError):
                        raise self._died() from None
                    if kind == "progress" and progress is not None:
                        progress(*payload)
                    elif self._warming and kind in ("done", "error"):
                        self._warming = False  # the answer to ``start``'s warm-up: the
                        # request's own answer follows (a model that failed to load says so)
                    elif kind == "done":
                        return payload
                    elif kind == "error":
                        raise payload
                elif cancel():
                    cancel_flag.set()  # the child stops at its next check: Cancelled
                elif self._process is None or not self._process.is_alive():
                    raise self._died()

    def _died(self) -> LiseuseError:
        code = self._process.exitcode if self._process is not None else None
        self._process = None
        return LiseuseError(f"the extraction process stopped unexpectedly (exit code {code})")

    def stop(self) -> None:
        """It may be loading the model or extracting: that holds nothing of the reader's and
        must not hold up closing, so it is asked to stop, then ended after a short grace (a
        caller still waiting hears that the process stopped)."""
        process, conn = self._process, self._conn
        if process is None:
            return
        if self._cancel is not None:
            self._cancel.set()
        if conn is not None:
            with contextlib.suppress(BrokenPipeError, OSError):
                conn.send(("stop",))
        process.join(timeout=STOP_GRACE_SECONDS)
        if process.is_alive():
            process.terminate()
            process.join(timeout=5)
