"""The operations the window's slots call for highlights; each one is one committed write.

Every change runs as a store job on the worker (``Jobs``). Only when its commit has returned does
the answer arrive here, queued: then the panel is updated, the change goes on the undo stack and
``saved`` says so. A failure is reported with ``failed`` and nothing is pretended: the caller keeps
what the user typed. Undo and redo replay changes the same way; if one fails, the stack is
cleared and the list is read again from the store, which is the truth.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from core.model import Annotation
from gui.annotations.commands import (
    Change,
    CreateCommand,
    DeleteCommand,
    Holder,
    UpdateCommand,
)
from gui.annotations.jobs import Jobs
from gui.annotations.snapshot import Snapshot

if TYPE_CHECKING:  # imported by the worker, not at the window's start
    from gui.annotations.backend import AnnotationStore

OnFailed = Callable[[str, BaseException], None]


class AnnotationOps(QObject):
    loaded = Signal(object)  # Snapshot of the open document
    changed = Signal(object)  # Annotation made, edited or restored (committed)
    created = Signal(object)  # Annotation the reader just made (after ``changed``)
    removed = Signal(str)  # uuid of a deleted highlight (committed)
    tagsChanged = Signal(object)  # tuple of the tags in use, for completion
    searched = Signal(int, object)  # search request, tuple of matching uuids
    saved = Signal(str)  # what was just committed, for the status bar
    failed = Signal(str)  # a readable message; nothing was written
    written = Signal()  # something was committed (for the periodic backup)

    def __init__(self, jobs: Jobs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.undo_stack = QUndoStack(self)
        self.document_id: int | None = None
        self._search = 0

    # -- reading ------------------------------------------------------------------------------
    def load(self, document_id: int | None) -> None:
        """Show another document's highlights; undo does not cross documents."""
        self.document_id = document_id
        self.undo_stack.clear()
        if document_id is not None:
            self.jobs.submit(lambda s: s.snapshot(document_id), self._on_loaded, self._report)

    def show(self, snapshot: Snapshot) -> None:
        """Show highlights already read (with a stored article): no job, the store may not be
        open yet; the worker finds each one by its uuid when it is first changed."""
        self.document_id = snapshot.document_id
        self.undo_stack.clear()
        self.loaded.emit(snapshot)

    def _on_loaded(self, snapshot: Snapshot) -> None:
        if snapshot.document_id == self.document_id:
            self.loaded.emit(snapshot)

    def search(self, query: str) -> int:
        """Ask for the uuids that match ``query``; answered by ``searched`` with this number."""
        self._search += 1
        request, document_id = self._search, self.document_id
        if document_id is not None:

            def answer(uuids: tuple[str, ...]) -> None:
                if request == self._search:  # an older search's answer is dropped
                    self.searched.emit(request, uuids)

            self.jobs.submit(lambda s: s.search(query, document_id), answer, self._report)
        return request

    # -- what the user does ---------------------------------------------------------------------
    def create(self, start: int, end: int, color: str) -> None:
        document_id = self.document_id
        if document_id is None:
            return
        self.jobs.submit(
            lambda s: s.create(document_id, start, end, color), self._on_created, self._report
        )

    def _on_created(self, made: Annotation) -> None:
        self._show(made, "Highlight saved")
        self.undo_stack.push(CreateCommand(self, made))
        self.created.emit(made)

    def recolor(self, annotation: Annotation, color: str) -> None:
        if color != annotation.color:
            self._update(annotation, Change(color=color), f"Recolour to {color}")

    def edit(
        self,
        annotation: Annotation,
        note: str,
        tags: Sequence[str],
        on_failed: OnFailed | None = None,
    ) -> None:
        """Save a note and tags; ``on_failed`` lets the editor keep the draft and say why."""
        self._update(annotation, Change(note=note, tags=tuple(tags)), "Edit note", on_failed)

    def _update(
        self, before: Annotation, change: Change, text: str, on_failed: OnFailed | None = None
    ) -> None:
        def done(after: Annotation) -> None:
            self._show(after, "Saved")
            self.undo_stack.push(UpdateCommand(self, before, change, text))

        job = _update_job(before.uuid, change)
        self.jobs.submit(job, done, _both(self._report, on_failed))

    def delete(self, annotation: Annotation) -> None:
        def done(gone: Annotation) -> None:
            self._gone(gone.uuid, "Highlight deleted (Ctrl+Z brings it back)")
            self.undo_stack.push(DeleteCommand(self, gone))

        self.jobs.submit(lambda s: s.delete(annotation.uuid), done, self._report)

    # -- undo and redo (``commands.Writes``) ----------------------------------------------------
    def replay_update(self, uuid: str, change: Change) -> None:
        job = _update_job(uuid, change)
        self.jobs.submit(job, lambda a: self._show(a, "Saved"), self._replay_failed)

    def replay_delete(self, uuid: str, holder: Holder) -> None:
        def job(s: AnnotationStore) -> Annotation:
            holder.annotation = s.delete(uuid)
            return holder.annotation

        self.jobs.submit(
            job, lambda a: self._gone(a.uuid, "Highlight removed"), self._replay_failed
        )

    def replay_restore(self, holder: Holder) -> None:
        self.jobs.submit(
            lambda s: s.restore(holder.annotation),
            lambda a: self._show(a, "Highlight restored"),
            self._replay_failed,
        )

    def _replay_failed(self, message: str, exc: BaseException) -> None:
        self.undo_stack.clear()
        self._report(f"{message} — the list was read again from the store", exc)
        self.load(self.document_id)

    # -- answers ------------------------------------------------------------------------------
    def _show(self, annotation: Annotation, message: str) -> None:
        self.written.emit()
        if annotation.document_id == self.document_id:
            self.changed.emit(annotation)
        self.saved.emit(message)
        self._refresh_tags()

    def _gone(self, uuid: str, message: str) -> None:
        self.written.emit()
        self.removed.emit(uuid)
        self.saved.emit(message)
        self._refresh_tags()

    def _refresh_tags(self) -> None:
        self.jobs.submit(lambda s: s.tags(), self.tagsChanged.emit, self._report)

    def _report(self, message: str, _exc: BaseException | None = None) -> None:
        self.failed.emit(message)


def _update_job(uuid: str, change: Change) -> Callable[[AnnotationStore], Annotation]:
    return lambda s: s.update(uuid, color=change.color, note=change.note, tags=change.tags)


def _both(first: OnFailed, second: OnFailed | None) -> OnFailed:
    def both(message: str, exc: BaseException) -> None:
        first(message, exc)
        if second is not None:
            second(message, exc)

    return both
