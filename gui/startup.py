"""The launch sequence, in the order it happens, each step with the measurement behind it.

1. ``prepare_process`` — before the window is built: hand the interpreter's lock over every
   millisecond (``sys.setswitchinterval``). The GUI thread calls into Python at every paint and
   model query, each time waiting while a pool or worker thread runs Python; at the default 5 ms
   the novel's window stalled 168–185 ms, at 1 ms under 100 ms (``bench/bench_gui.py``).
2. The window is built, its geometry restored, and shown (``gui.app.main``).
3. ``freeze_startup_objects`` — ``gc.freeze()``: modules, classes and widgets that live as long
   as the window are left out of every later full collection (a novel's extraction triggered a
   ~200 ms full collection walking them all).
4. ``after_first_paint`` — reading starts once the window has painted (300 ms at most): its
   first paint calls into Python from every widget, and reading the novel on another thread at
   the same moment stalled it ~150 ms. The store's lock is taken first, then the article is read
   (``Reading.start``); a stored article comes with its marks, read without SQLAlchemy.
5. ``WARM_UP_DELAY_MS`` after the first article's marks are on screen, the worker opens the store
   (importing SQLAlchemy, ~0.6 s of interpreter time) and the language model's process starts
   (``Reading._settle``): both would have held up the first paints (stored sample: marks at
   0.66 s instead of 1.27 s).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea

from gui.operations.reading import WARM_UP_DELAY_MS

GIL_SWITCH_SECONDS = 0.001
FIRST_PAINT_AT_MOST_MS = 300

__all__ = [
    "GIL_SWITCH_SECONDS",
    "WARM_UP_DELAY_MS",
    "after_first_paint",
    "freeze_startup_objects",
    "prepare_process",
]


def prepare_process() -> None:
    """Step 1 (see the module's docstring)."""
    sys.setswitchinterval(GIL_SWITCH_SECONDS)


def freeze_startup_objects() -> None:
    """Step 3: what lives as long as the window is left out of later full collections."""
    gc.freeze()


class _FirstPaint(QObject):
    """Calls ``then`` once, just after ``widget``'s first paint, or after ``at_most_ms``."""

    def __init__(self, widget: QAbstractScrollArea, then: Callable[[], None], at_most_ms: int):
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        self._viewport = widget.viewport()
        self._viewport.installEventFilter(self)
        QTimer.singleShot(at_most_ms, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._go)  # once this paint is done
        return False

    def _go(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self._viewport.removeEventFilter(self)
            then()


def after_first_paint(
    widget: QAbstractScrollArea,
    then: Callable[[], None],
    at_most_ms: int = FIRST_PAINT_AT_MOST_MS,
) -> None:
    """Step 4: ``then`` runs once the window is on screen."""
    _FirstPaint(widget, then, at_most_ms)
