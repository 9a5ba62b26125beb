"""The reader's highlights: each operation is one committed write through the runner.

Only when its commit has returned does the answer arrive (``Runner.changed``): then the panel
shows it and the change goes into the undo history. A failure is reported and nothing is
pretended: the caller keeps what the reader typed. Highlights are named by uuid, which an undone
deletion keeps.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from core.model import Annotation, DocumentHighlights
from gui.digest import digest
from gui.operations.changes import Changes
from gui.operations.runner import Failure, Runner
from gui.operations.undo import History, short

if TYPE_CHECKING:
    from core.library import Library

BACKUP_INTERVAL_MS = 30 * 60 * 1000


class HighlightOps(QObject):
    loaded = Signal(object)  # DocumentHighlights of the open document
    created = Signal(object)  # Annotation the reader just made (after ``Runner.changed``)
    searched = Signal(object)  # uuids matching the latest search (older answers are dropped)
    tagsChanged = Signal(object)  # the tags in use, most used first (for completion)
    exported = Signal(str)  # what was written where, for the status bar

    def __init__(self, runner: Runner, history: History, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.history = history
        self.document_id: int | None = None
        self.backups = Backups(runner, parent=self)
        runner.changed.connect(self._on_changed)
        history.failed.connect(self._replay_failed)

    # -- reading ------------------------------------------------------------------------------
    def load(self, document_id: int | None) -> None:
        """Show another document's highlights; undo does not cross documents."""
        self.document_id = document_id
        self.history.clear()
        if document_id is not None:
            self.runner.run(lambda lib: lib.highlights.of(document_id), self._loaded, key="hl")

    def show(self, highlights: DocumentHighlights) -> None:
        """Highlights read with a stored article (no op: the store may not be open yet)."""
        self.document_id = highlights.document_id
        self.history.clear()
        self.loaded.emit(highlights)

    def _loaded(self, highlights: DocumentHighlights) -> None:
        if highlights.document_id == self.document_id:
            self.loaded.emit(highlights)

    def search(self, query: str) -> None:
        """The uuids of the open document's highlights matching ``query``: ``searched``."""
        document_id = self.document_id
        if document_id is not None:
            self.runner.run(
                lambda lib: tuple(
                    a.uuid for a in lib.highlights.search(query, document_id=document_id)
                ),
                self.searched.emit,
                key="hl-search",
            )

    # -- what the reader does -----------------------------------------------------------------
    def create(self, start: int, end: int, color: str) -> None:
        document_id = self.document_id
        if document_id is not None:
            self.runner.write(
                lambda lib: Changes.saved(
                    lib.highlights.create(document_id, start, end, color=color), "Highlight saved"
                ),
                self._made,
            )

    def _made(self, changes: Changes) -> None:
        (made,) = changes.highlights
        held = [made]  # the highlight as deleted by undo, for redo (worker thread only)

        def undo(lib: Library) -> Changes:
            held[0] = lib.highlights.delete(made.uuid)
            return Changes.deleted(held[0], "Highlight removed")

        def redo(lib: Library) -> Changes:
            return Changes.saved(lib.highlights.restore(held[0]), "Highlight restored")

        self.history.push(f"Highlight “{short(made.quote)}”", undo, redo)
        self.created.emit(made)

    def recolor(self, annotation: Annotation, color: str) -> None:
        if color != annotation.color:
            self._update(annotation, {"color": color}, f"Recolour to {color}")

    def edit(
        self,
        annotation: Annotation,
        note: str,
        tags: Sequence[str],
        on_failed: Failure | None = None,
    ) -> None:
        """Save a note and tags; ``on_failed`` lets the editor keep the draft and say why."""
        self._update(annotation, {"note": note, "tags": tuple(tags)}, "Edit note", on_failed)

    def _update(
        self,
        before: Annotation,
        change: dict[str, Any],
        text: str,
        on_failed: Failure | None = None,
    ) -> None:
        uuid = before.uuid
        previous = {name: getattr(before, name) for name in change}

        def write(values: dict[str, Any]) -> Callable[[Library], Changes]:
            return lambda lib: Changes.saved(lib.highlights.update(uuid, **values), "Saved")

        def done(_changes: Changes) -> None:
            self.history.push(text, write(previous), write(change))

        self.runner.write(write(change), done, _both(self._report, on_failed))

    def delete(self, annotation: Annotation) -> None:
        uuid = annotation.uuid
        held = [annotation]

        def gone(lib: Library) -> Changes:
            held[0] = lib.highlights.delete(uuid)
            return Changes.deleted(held[0], "Highlight deleted (Ctrl+Z brings it back)")

        def back(lib: Library) -> Changes:
            return Changes.saved(lib.highlights.restore(held[0]), "Highlight restored")

        def done(_changes: Changes) -> None:
            self.history.push(f"Delete “{short(annotation.quote)}”", back, gone)

        self.runner.write(gone, done)

    # -- files --------------------------------------------------------------------------------
    def export(self, document_id: int, fmt: str, path: Path) -> None:
        """Write the highlights (md, json, csv, html) or the timeline (timeline-json, -csv)."""
        from core.files import write_atomic

        def write(lib: Library) -> str:
            write_atomic(path, lib.export(document_id, fmt).text, overwrite=True)
            what = "Timeline" if fmt.startswith("timeline") else "Highlights"
            return f"{what} exported to {path}"

        self.runner.run(write, self.exported.emit, _prefixed("Nothing was exported", self._report))

    def import_file(self, path: Path) -> None:
        document_id = self.document_id
        if document_id is None:
            return

        def read(lib: Library) -> Changes:
            imported = lib.import_file(path, document_id=document_id)
            if imported.corrections is not None:  # a reader's corrections: the article changes
                added, already, left_out = imported.corrections
                message = f"{added} corrections imported; {already} already here"
                if left_out:
                    message += f"; {len(left_out)} left out: {left_out[0]}"
                shown = digest(lib.document(document_id))
                return Changes(document_id, message=message, shown=shown)
            return Changes(document_id, reload=True, message=_imported(imported.highlights))

        self.runner.write(read, failure=_prefixed("Nothing was imported", self._report))

    # -- answers ------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.reload and changes.document_id == self.document_id:
            self.load(self.document_id)
        self.runner.run(lambda lib: lib.highlights.tags(), self.tagsChanged.emit, key="hl-tags")

    def _replay_failed(self, message: str) -> None:
        self._report(f"{message} — the list was read again from the store")
        self.load(self.document_id)

    def _report(self, message: str, _exc: BaseException | None = None) -> None:
        self.runner.failed.emit(message)


class Backups(QObject):
    """A verified backup every ``interval_ms`` when the store was written since the last one
    (the core skips it when the newest backup is recent)."""

    def __init__(
        self, runner: Runner, interval_ms: int = BACKUP_INTERVAL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.changed = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        runner.changed.connect(self._mark)

    def _mark(self, _changes: Changes) -> None:
        self.changed = True

    def tick(self) -> None:
        if self.changed:
            self.now()

    def now(self) -> None:
        self.changed = False
        self.runner.run(
            lambda lib: lib.backup(),
            self._answered,
            lambda message, _exc: self.runner.failed.emit(f"The periodic backup failed: {message}"),
        )

    def _answered(self, made: Path | None) -> None:
        """``None`` (the newest backup is recent) means: try again at the next tick."""
        if made is None:
            self.changed = True

    def stop(self) -> None:
        """On closing: one last backup if something changed."""
        self.timer.stop()
        if self.changed:
            self.now()


def _imported(report: Any) -> str:
    parts = [f"{len(report.added)} highlight{'s' if len(report.added) != 1 else ''} imported"]
    if report.duplicates:
        parts.append(f"{report.duplicates} already here")
    if report.unanchored:
        parts.append(f"{report.unanchored} not found in the text (listed apart)")
    if report.skipped:
        parts.append(f"{len(report.skipped)} left out: {report.skipped[0]}")
    return "; ".join(parts)


def _both(first: Failure, second: Failure | None) -> Failure:
    def both(message: str, exc: BaseException) -> None:
        first(message, exc)
        if second is not None:
            second(message, exc)

    return both


def _prefixed(prefix: str, report: Failure) -> Failure:
    return lambda message, exc: report(f"{prefix}: {message}", exc)
