"""Undo and redo of every change to a highlight, as ``QUndoCommand``s.

A command is pushed only once its first change has committed, so its first ``redo`` (which
``QUndoStack.push`` calls) does nothing; later ``undo``/``redo`` calls ask the store again
through ``Writes``. Highlights are named by uuid: an undone deletion is restored with the same
uuid (the core's ``restore``), whatever its new row id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from core.model import Annotation


class Holder:
    """A highlight handed from one job to a later one; read and written on the worker only."""

    def __init__(self, annotation: Annotation) -> None:
        self.annotation = annotation


@dataclass(frozen=True, slots=True)
class Change:
    """What an update sets; ``None`` leaves that part as it is."""

    color: str | None = None
    note: str | None = None
    tags: tuple[str, ...] | None = None

    @classmethod
    def of(cls, annotation: Annotation, like: Change) -> Change:
        """The values ``annotation`` has for the parts ``like`` changes (what undo puts back)."""
        return cls(
            annotation.color if like.color is not None else None,
            annotation.note if like.note is not None else None,
            annotation.tags if like.tags is not None else None,
        )


class Writes(Protocol):
    def replay_update(self, uuid: str, change: Change) -> None: ...
    def replay_delete(self, uuid: str, holder: Holder) -> None: ...
    def replay_restore(self, holder: Holder) -> None: ...


class _Committed(QUndoCommand):
    def __init__(self, writes: Writes, text: str) -> None:
        super().__init__(text)
        self._writes = writes
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the change was made (and committed) before the push
            self._pushed = True
            return
        self.replay()

    def replay(self) -> None:
        raise NotImplementedError


class CreateCommand(_Committed):
    def __init__(self, writes: Writes, made: Annotation) -> None:
        super().__init__(writes, f"Highlight “{_short(made.quote)}”")
        self._uuid = made.uuid
        self._holder = Holder(made)

    def undo(self) -> None:
        self._writes.replay_delete(self._uuid, self._holder)

    def replay(self) -> None:
        self._writes.replay_restore(self._holder)


class DeleteCommand(_Committed):
    def __init__(self, writes: Writes, gone: Annotation) -> None:
        super().__init__(writes, f"Delete “{_short(gone.quote)}”")
        self._uuid = gone.uuid
        self._holder = Holder(gone)

    def undo(self) -> None:
        self._writes.replay_restore(self._holder)

    def replay(self) -> None:
        self._writes.replay_delete(self._uuid, self._holder)


class UpdateCommand(_Committed):
    def __init__(self, writes: Writes, before: Annotation, after: Change, text: str) -> None:
        super().__init__(writes, text)
        self._uuid = before.uuid
        self._before = Change.of(before, after)
        self._after = after

    def undo(self) -> None:
        self._writes.replay_update(self._uuid, self._before)

    def replay(self) -> None:
        self._writes.replay_update(self._uuid, self._after)


def _short(text: str, limit: int = 30) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
