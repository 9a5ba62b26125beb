"""One undo history for every change the reader makes, as ``QUndoCommand``s over the runner.

A step is pushed only once its change has committed, so its first ``redo`` (which
``QUndoStack.push`` calls) does nothing; later ``undo``/``redo`` calls run their write again
through the runner. If one of them fails, the history is cleared (what the store holds is the
truth) and ``failed`` lets the owner read the shown state again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.operations.changes import Changes
from gui.operations.runner import Runner

if TYPE_CHECKING:
    from core.library import Library

Write = Callable[["Library"], Changes]


class History(QObject):
    failed = Signal(str)  # a replayed change failed: the history was cleared

    def __init__(self, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.stack = QUndoStack(self)

    def push(self, text: str, undo: Write, redo: Write) -> None:
        """A change that has just committed, and the writes that take it back and make it again."""
        self.stack.push(_Step(self, text, undo, redo))

    def clear(self) -> None:
        self.stack.clear()

    def replay(self, write: Write) -> None:
        self.runner.write(write, failure=self._replay_failed)

    def _replay_failed(self, message: str, _exc: BaseException) -> None:
        self.stack.clear()
        self.failed.emit(message)


class _Step(QUndoCommand):
    def __init__(self, history: History, text: str, undo: Write, redo: Write) -> None:
        super().__init__(text)
        self._history = history
        self._undo = undo
        self._redo = redo
        self._pushed = False

    def undo(self) -> None:
        self._history.replay(self._undo)

    def redo(self) -> None:
        if not self._pushed:  # the change was made (and committed) before the push
            self._pushed = True
            return
        self._history.replay(self._redo)


def short(text: str, limit: int = 30) -> str:
    """A quote as an undo entry names it."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
