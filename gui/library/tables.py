"""A table model over plain rows described by columns, sorted by the model itself, and its filter.

The library's views hold up to tens of thousands of rows. A ``QSortFilterProxyModel`` that sorts
calls back into Python for every comparison (hundreds of thousands of calls: a visible stall), so
here the source model sorts its rows with Python's ``sorted`` on one key per row, and the proxy
only filters, forwarding ``sort`` to it (the view's header still shows the order).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from gui.models import filter_change
from gui.search import fold

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 40  # the row itself (a core dataclass)
SORT_ROLE = Qt.ItemDataRole.UserRole + 41


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    text: Callable[[Any], str]
    key: Callable[[Any], Any] | None = None  # sorts by the folded text when None
    number: bool = False  # right-aligned; a filter "N" keeps rows with at least N
    tip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    """Read-only rows (``set_rows`` replaces them all), one per line, in the columns given."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Any] = []
        self._folded: dict[int, list[str]] = {}

    def set_rows(self, rows: Sequence[Any], order: tuple[int, Qt.SortOrder] | None = None) -> None:
        """Replace every row; ``order`` (column, order) sorts them first, in the same reset."""
        chosen = list(rows)
        if order is not None and 0 <= order[0] < len(self.columns):
            key = self._key(self.columns[order[0]])
            chosen.sort(key=key, reverse=order[1] == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self._rows = chosen
        self._folded.clear()
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._key(column)(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _key(column: Column) -> Callable[[Any], Any]:
        return column.key or (lambda row: fold(column.text(row)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self._key(self.columns[column])
        reverse = order == Qt.SortOrder.DescendingOrder
        numbered = sorted(range(len(self._rows)), key=lambda i: key(self._rows[i]), reverse=reverse)
        self.layoutAboutToBeChanged.emit()
        moved = {old: new for new, old in enumerate(numbered)}
        persistent = self.persistentIndexList()
        self._rows = [self._rows[i] for i in numbered]
        self._folded.clear()
        self.changePersistentIndexList(
            persistent, [self.index(moved[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def folded(self, row: int, column: int) -> str:
        """The cell's text folded (case and accents), remembered for the filter."""
        texts = self._folded.get(column)
        if texts is None:
            text = self.columns[column].text
            texts = self._folded[column] = [fold(text(r)) for r in self._rows]
        return texts[row]


class RowsFilter(QSortFilterProxyModel):
    """Keeps the rows whose chosen column (or any, ``column=None``) holds a text; in a number
    column, a number keeps the rows with at least that many. Sorting is the source model's."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._column: int | None = None
        self._keep: Callable[[Any], bool] | None = None

    def set_filter(self, text: str, column: int | None = None) -> None:
        needle = fold(text.strip())
        if (needle, column) != (self._needle, self._column):
            with filter_change(self):
                self._needle, self._column = needle, column

    def set_keep(self, keep: Callable[[Any], bool] | None) -> None:
        """A test on the row itself, on top of the text (e.g. only some documents)."""
        with filter_change(self):
            self._keep = keep

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RowsModel):
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, RowsModel):
            return True
        if self._keep is not None and not self._keep(source.row(source_row)):
            return False
        if not self._needle:
            return True
        columns = range(source.columnCount()) if self._column is None else (self._column,)
        return any(self._matches(source, source_row, c) for c in columns)

    def _matches(self, source: RowsModel, row: int, column: int) -> bool:
        if source.columns[column].number and self._needle.isdigit():
            value = source.columns[column].text(source.row(row))
            return value.isdigit() and int(value) >= int(self._needle)
        return self._needle in source.folded(row, column)
