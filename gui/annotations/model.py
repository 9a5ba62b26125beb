"""The highlights of the open document as an item model, in reading order, and its filters.

``AnnotationsModel`` owns the rows (one ``Annotation`` each); ``AnnotationsFilter`` shows those in
the text or those that could not be placed (two sections of the panel), narrowed by colour, tag
and the uuids a full-text search returned.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from core.annotations.colors import COLORS
from core.model import Annotation
from core.reading.markdown_text import markdown_to_text
from gui.qtcompat import filter_change

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2
COLOR_ROLE = Qt.ItemDataRole.UserRole + 3  # the colour's name
ANCHORED_ROLE = Qt.ItemDataRole.UserRole + 4
ModelIndex = QModelIndex | QPersistentModelIndex


def is_anchored(annotation: Annotation) -> bool:
    return annotation.anchor_state != "unanchored" and annotation.start is not None


def order_key(annotation: Annotation) -> tuple[int, int, int, str]:
    """Reading order; highlights not found in the text last, oldest first."""
    if not is_anchored(annotation):
        return (1, 0, 0, annotation.created + annotation.uuid)
    return (0, annotation.start or 0, annotation.end or 0, annotation.created + annotation.uuid)


def one_line(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=2048)
def note_words(note: str) -> str:
    """A note (Markdown) as the words it shows, paragraphs kept: "Une **note**" → "Une note"."""
    return markdown_to_text(note).text if note.strip() else ""


def note_line(note: str) -> str:
    """The note's words on one line (the panel's second line)."""
    return one_line(note_words(note))


def anchor_words(annotation: Annotation) -> str:
    """What the panel says of a highlight the text's change moved (placed approximately)."""
    if annotation.anchor_state == "approximate":
        return QCoreApplication.translate("Annotations", "moved: the text changed")
    return ""


class AnnotationsModel(QAbstractListModel):
    ANNOTATION, UUID, COLOR, ANCHORED = ANNOTATION_ROLE, UUID_ROLE, COLOR_ROLE, ANCHORED_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Annotation] = []

    # -- the Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        annotation = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(annotation.quote)
        if role == Qt.ItemDataRole.ToolTipRole:
            said = note_words(annotation.note) or one_line(annotation.quote)
            moved = anchor_words(annotation)
            return f"{said}\n⚠ {moved}" if moved else said
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(COLORS.get(annotation.color, COLORS["yellow"]))
        return self._custom(annotation, role)

    @staticmethod
    def _custom(annotation: Annotation, role: int) -> Any:
        if role == ANNOTATION_ROLE:
            return annotation
        if role == UUID_ROLE:
            return annotation.uuid
        if role == COLOR_ROLE:
            return annotation.color
        if role == ANCHORED_ROLE:
            return is_anchored(annotation)
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role, name in (
            (ANNOTATION_ROLE, b"annotation"),
            (UUID_ROLE, b"uuid"),
            (COLOR_ROLE, b"color"),
            (ANCHORED_ROLE, b"anchored"),
        ):
            names[role] = QByteArray(name)
        return names

    # -- changes ------------------------------------------------------------------------------
    def set_annotations(self, annotations: Iterable[Annotation]) -> None:
        self.beginResetModel()
        self._rows = sorted(annotations, key=order_key)
        self.endResetModel()

    def upsert(self, annotation: Annotation) -> None:
        """Add a highlight, or replace the one with its uuid (moving it if its place changed)."""
        row = self.row_of(annotation.uuid)
        if row >= 0 and order_key(self._rows[row]) == order_key(annotation):
            self._rows[row] = annotation
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)
            return
        if row >= 0:
            self.remove(annotation.uuid)
        at = bisect_left([order_key(a) for a in self._rows], order_key(annotation))
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, annotation)
        self.endInsertRows()

    def remove(self, uuid: str) -> None:
        row = self.row_of(uuid)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    # -- questions ----------------------------------------------------------------------------
    def row_of(self, uuid: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.uuid == uuid), -1)

    def annotation(self, uuid: str) -> Annotation | None:
        row = self.row_of(uuid)
        return self._rows[row] if row >= 0 else None

    def annotations(self) -> list[Annotation]:
        return list(self._rows)

    def anchored(self) -> list[Annotation]:
        return [a for a in self._rows if is_anchored(a)]

    def covering(self, start: int, end: int | None = None) -> list[Annotation]:
        """Highlights in the text that hold the character at ``start`` (or overlap a range)."""
        stop = start + 1 if end is None else end
        return [a for a in self.anchored() if (a.start or 0) < stop and (a.end or 0) > start]

    def tags(self) -> list[str]:
        found = {t.casefold(): t for a in self._rows for t in a.tags}
        return sorted(found.values(), key=str.casefold)


class AnnotationsFilter(QSortFilterProxyModel):
    """One section of the panel (in the text / not found), narrowed by colour, tag and search."""

    def __init__(self, anchored: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._anchored = anchored
        self._colors: frozenset[str] = frozenset()
        self._tag: str | None = None
        self._hits: frozenset[str] | None = None

    def set_colors(self, colors: Iterable[str]) -> None:
        with filter_change(self):
            self._colors = frozenset(colors)

    def set_tag(self, tag: str | None) -> None:
        with filter_change(self):
            self._tag = tag.casefold() if tag else None

    def set_hits(self, uuids: Sequence[str] | None) -> None:
        """Only these uuids (a search's answer); ``None`` shows all."""
        with filter_change(self):
            self._hits = None if uuids is None else frozenset(uuids)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        annotation: Annotation | None = index.data(ANNOTATION_ROLE)
        if annotation is None or is_anchored(annotation) != self._anchored:
            return False
        if self._colors and annotation.color not in self._colors:
            return False
        if self._tag and self._tag not in {t.casefold() for t in annotation.tags}:
            return False
        return self._hits is None or annotation.uuid in self._hits
