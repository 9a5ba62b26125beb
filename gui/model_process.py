"""The language model in a process of its own, so that the window never waits for it.

spaCy holds Python's global lock for long stretches while it loads its model and runs its network
(pauses of 100–200 ms seen by the window's event loop when it ran on a thread). In a child process
it cannot stall the window at all, and the window's memory stays small. The child serves one request
at a time over a pipe: ``warm`` (load the model) and ``analyse`` (extract and store an article,
reporting progress, stopping when the shared cancel flag is set). Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event as EventType
from typing import Any

from core.errors import LiseuseError

Progress = Callable[[float, str], None]
POLL_SECONDS = 0.05
STOP_GRACE_SECONDS = 1.0


def _serve(conn: Connection, cancel: EventType) -> None:
    """The child's main loop: answer requests until the pipe closes or ``stop`` comes."""
    from core import api

    stores: dict[str, Any] = {}

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
            else:  # ("analyse", db_url, article)
                _, url, article = request
                store = stores.get(url) or stores.setdefault(url, api.open_store(url))
                result = api.analyse(store, article, progress=progress, cancel=cancel.is_set)
                conn.send(("done", result))
        except Exception as exc:  # sent back and raised in the window's worker
            conn.send(("error", exc))


class ModelProcess:
    """The child process, started on first use from the worker thread (and only used there)."""

    def __init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._process: Any = None
        self._conn: Connection | None = None
        self._cancel: EventType | None = None
        self._warming = False  # a "warm" was sent by ``start`` and its answer not read yet

    def _ensure_started(self) -> tuple[Connection, EventType]:
        if self._process is None or not self._process.is_alive():
            parent, child = self._context.Pipe()
            cancel = self._context.Event()
            process = self._context.Process(
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
        """Start the child and have it load the model now, without waiting: the next request
        is answered once the model is loaded (the window's worker meanwhile opens the store)."""
        conn, _cancel = self._ensure_started()
        if not self._warming:
            conn.send(("warm",))
            self._warming = True

    def warm_up(self) -> None:
        self._call(("warm",), None, lambda: False)

    def analyse(
        self, url: str, article: Any, progress: Progress, cancel: Callable[[], bool]
    ) -> Any:
        return self._call(("analyse", url, article), progress, cancel)

    def _call(
        self, request: tuple[Any, ...], progress: Progress | None, cancel: Callable[[], bool]
    ) -> Any:
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
                    self._warming = False  # the answer to ``start``'s warm-up: the request's
                    # own answer follows (a model that failed to load fails it again, and says)
                elif kind == "done":
                    return payload
                elif kind == "error":
                    raise payload
            elif cancel():
                cancel_flag.set()  # the child stops at its next check and answers Cancelled
            elif not self._process.is_alive():
                raise self._died()

    def _died(self) -> LiseuseError:
        code = self._process.exitcode if self._process is not None else None
        self._process = None
        return LiseuseError(f"the extraction process stopped unexpectedly (exit code {code})")

    def stop(self) -> None:
        if self._process is None:
            return
        if self._conn is not None:
            with contextlib.suppress(BrokenPipeError, OSError):
                self._conn.send(("stop",))
            self._conn.close()
        # It may be loading the model or extracting: that takes seconds, holds nothing of the
        # reader's (its store write is one transaction), and must not hold up closing.
        self._process.join(timeout=STOP_GRACE_SECONDS)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=5)
        self._process = None
        self._warming = False
