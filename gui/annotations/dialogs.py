"""The questions the annotation features ask, each behind a ``classmethod ask(...)`` so that
callers are tested by patching one method."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QPoint, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from core.model import Annotation

HIGHLIGHT_FORMATS = {
    "md": "Markdown (*.md)",
    "json": "W3C Web Annotation, JSON-LD (*.json)",
    "csv": "CSV table (*.csv)",
    "html": "HTML page (*.html)",
}
TIMELINE_FORMATS = {"json": "TimelineJS JSON (*.json)", "csv": "CSV table (*.csv)"}
IMPORT_FILTER = (
    "Highlights (W3C JSON-LD, Hypothesis) or corrections (*.json *.jsonld);;All files (*)"
)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def suggested_path(title: str, suffix: str, *, what: str) -> Path:
    """A file in the documents folder named after the title, made safe for any file system."""
    from core.files import safe_filename

    return documents_folder() / safe_filename(f"{title} — {what}" if title else what, suffix)


class OverlapMenu:
    """Which of several overlapping highlights the reader clicked."""

    @classmethod
    def ask(
        cls, parent: QWidget, annotations: Sequence[Annotation], where: QPoint
    ) -> Annotation | None:
        from gui.annotations.panel import colour_icon

        menu = QMenu(parent)
        for annotation in annotations:
            flat = " ".join(annotation.quote.split())
            label = flat if len(flat) <= 50 else flat[:49] + "…"
            action = menu.addAction(colour_icon(annotation.color), label.replace("&", "&&"))
            action.setData(annotation.uuid)
        picked = menu.exec(where)
        menu.deleteLater()
        uuid = picked.data() if picked is not None else None
        return next((a for a in annotations if a.uuid == uuid), None)


class ExportDialog:
    """Where to write an export, and in which format (the file dialog asks before replacing)."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, caption: str, suggested: Path, formats: Mapping[str, str]
    ) -> tuple[Path, str] | None:
        filters = list(formats.values())
        chosen = formats.get(suggested.suffix.lstrip("."), filters[0])
        path, selected = QFileDialog.getSaveFileName(
            parent, caption, str(suggested), ";;".join(filters), chosen
        )
        if not path:
            return None
        fmt = next((f for f, label in formats.items() if label == selected), None)
        fmt = fmt or Path(path).suffix.lstrip(".").lower()
        return (Path(path), fmt) if fmt in formats else None


class ImportDialog:
    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, "Import annotations", str(documents_folder()), IMPORT_FILTER
        )
        return Path(path) if path else None


class StoreInUseDialog:
    """A second window on the same store: say so and stop, rather than risk the file."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> None:
        QMessageBox.warning(
            parent,
            "Liseuse is already open",
            f"{message}.\n\nSwitch to that window, or close it and start Liseuse again.",
        )


class RecoveredDialog:
    """The store was damaged: what was kept aside and which backup was restored."""

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> None:
        QMessageBox.warning(parent, "The library was damaged and has been restored", message)
