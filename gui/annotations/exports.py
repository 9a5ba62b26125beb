"""File ▸ Export highlights / Export timeline / Import annotations.

The text of an export is made by the core (highlights are read on the worker, where the store
is; a timeline comes from the extraction already shown) and written through ``QSaveFile``: an
existing file stays whole until the new one is complete. Imports go through the core's importer,
which merges (never replaces) and backs the store up first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QIODevice, QObject, QSaveFile, Signal

from core.errors import LiseuseError
from core.model import Extraction
from gui.annotations.dialogs import (
    HIGHLIGHT_FORMATS,
    TIMELINE_FORMATS,
    ExportDialog,
    ImportDialog,
    documents_folder,
)
from gui.annotations.ops import AnnotationOps

SUFFIXES = {"md": ".md", "json": ".json", "csv": ".csv", "html": ".html"}


def write_text(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically with ``QSaveFile``."""
    out = QSaveFile(str(path))
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise LiseuseError(f"cannot write {path}: {out.errorString()}")
    data = text.encode("utf-8")
    if out.write(data) != len(data):
        out.cancelWriting()
        message = out.errorString()
        out.commit()
        raise LiseuseError(f"cannot write {path}: {message}")
    if not out.commit():
        raise LiseuseError(f"cannot write {path}: {out.errorString()}")


def suggested_path(title: str, fmt: str, *, what: str) -> Path:
    """A file in the documents folder named after the title, made safe for any file system."""
    from core.annotations.atomic import safe_filename

    return documents_folder() / safe_filename(f"{title} — {what}" if title else what, SUFFIXES[fmt])


class Exporter(QObject):
    done = Signal(str)  # what was written, for the status bar
    failed = Signal(str)

    def __init__(
        self,
        ops: AnnotationOps,
        extraction: Callable[[], Extraction | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._extraction = extraction

    def _window(self) -> Any:
        return self.parent()

    def _current(self) -> Extraction | None:
        extraction = self._extraction()
        if extraction is None:
            self.failed.emit("Open an article first: there is nothing to export yet.")
        return extraction

    def export_highlights(self) -> None:
        extraction = self._current()
        if extraction is None:
            return
        document = extraction.document
        suggested = suggested_path(document.title, "md", what="highlights")
        choice = ExportDialog.ask(self._window(), "Export highlights", suggested, HIGHLIGHT_FORMATS)
        if choice is None:
            return
        path, fmt = choice
        self.ops.jobs.submit(
            lambda s: s.export(document, fmt),
            lambda text: self._write(path, text, "Highlights exported"),
            lambda message, _exc: self.failed.emit(f"Nothing was exported: {message}"),
        )

    def export_timeline(self) -> None:
        extraction = self._current()
        if extraction is None:
            return
        suggested = suggested_path(extraction.document.title, "json", what="timeline")
        choice = ExportDialog.ask(self._window(), "Export timeline", suggested, TIMELINE_FORMATS)
        if choice is None:
            return
        path, fmt = choice
        from core.timeline import export as timeline_export

        try:
            if fmt == "json":
                text = timeline_export.timeline_json_text(extraction)
            else:
                text = timeline_export.timeline_csv(extraction)
        except LiseuseError as exc:
            self.failed.emit(f"Nothing was exported: {exc}")
            return
        self._write(path, text, "Timeline exported")

    def _write(self, path: Path, text: str, what: str) -> None:
        try:
            write_text(path, text)
        except LiseuseError as exc:
            self.failed.emit(str(exc))
        else:
            self.done.emit(f"{what} to {path}")

    def import_annotations(self) -> None:
        document_id = self.ops.document_id
        if document_id is None:
            self.failed.emit("Open an article first: imported highlights are placed in it.")
            return
        path = ImportDialog.ask(self._window())
        if path is None:
            return
        self.ops.jobs.submit(
            lambda s: s.import_file(path, document_id),
            self._imported,
            lambda message, _exc: self.failed.emit(f"Nothing was imported: {message}"),
        )

    def _imported(self, report: Any) -> None:
        parts = [f"{len(report.added)} highlight{'s' if len(report.added) != 1 else ''} imported"]
        if report.duplicates:
            parts.append(f"{report.duplicates} already here")
        if report.unanchored:
            parts.append(f"{report.unanchored} not found in the text (listed apart)")
        if report.skipped:
            parts.append(f"{len(report.skipped)} left out: {report.skipped[0]}")
        self.ops.written.emit()
        self.ops.load(self.ops.document_id)
        self.done.emit("; ".join(parts))
