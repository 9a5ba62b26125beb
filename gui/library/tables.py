"""A table model over plain rows described by columns, sorted by the model itself, and its filter.

The library's views hold up to tens of thousands of rows. A ``QSortFilterProxyModel`` that sorts
calls back into Python for every comparison (hundreds of thousands of calls: a visible stall), so
here the source model sorts its rows with Python's ``sorted`` on one key per row, and the proxy
only filters, forwarding ``sort`` to it (the view's header still shows the order). The keys and
the folded texts the filter looks in are made by ``tabulate``, a pure function the worker runs
with the query: the GUI thread only puts them in place (10,000 titles folded there took 70 ms).
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

from gui.i18n import translate
from gui.qtcompat import filter_change
from gui.search import fold

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ROW_ROLE = Qt.ItemDataRole.UserRole + 40  # the row itself (a core dataclass)
SORT_ROLE = Qt.ItemDataRole.UserRole + 41
Order = tuple[int, Qt.SortOrder]  # a column and the direction of its sort


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    text: Callable[[Any], str]
    key: Callable[[Any], Any] | None = None  # sorts by the folded text when None
    number: bool = False  # right-aligned; a filter "N" keeps rows with at least N
    tip: Callable[[Any], str] | None = None


@dataclass(frozen=True, slots=True)
class Table:
    """Rows with, per column, each row's text, sort key and folded text: made by ``tabulate`` on
    any thread, or column by column when first needed (``None`` until then). The texts are what
    the view paints: a person's roles over 9,000 articles are said once, on the worker, not at
    each paint."""

    rows: list[Any]
    keys: list[list[Any] | None]
    folded: list[list[str] | None]
    texts: list[list[str] | None]
    order: Order | None = None  # the (column, order) the rows are sorted in, when known

    def text_column(self, columns: Sequence[Column], number: int) -> list[str]:
        found = self.texts[number]
        if found is None:
            text = columns[number].text
            found = self.texts[number] = [text(r) for r in self.rows]
        return found

    def text(self, columns: Sequence[Column], row: int, number: int) -> str:
        found = self.texts[number]
        return columns[number].text(self.rows[row]) if found is None else found[row]

    def key_column(self, columns: Sequence[Column], number: int) -> list[Any]:
        found = self.keys[number]
        if found is None:
            column = columns[number]
            found = self.keys[number] = (
                [column.key(r) for r in self.rows]
                if column.key
                else self.folded_column(columns, number)
            )
        return found

    def folded_column(self, columns: Sequence[Column], number: int) -> list[str]:
        found = self.folded[number]
        if found is None:
            texts = self.text_column(columns, number)
            found = self.folded[number] = (
                texts if columns[number].number else list(map(fold, texts))
            )
        return found

    def ordered(self, numbers: Sequence[int], order: Order | None = None) -> Table:
        def pick(values: list[Any] | None) -> list[Any] | None:
            return None if values is None else [values[i] for i in numbers]

        return Table(
            [self.rows[i] for i in numbers],
            [pick(k) for k in self.keys],
            [pick(f) for f in self.folded],
            [pick(t) for t in self.texts],
            order,
        )

    def sorted_by(self, columns: Sequence[Column], order: Order) -> Table:
        """The rows sorted by a column's keys, unless they already are."""
        if self.order == order or not 0 <= order[0] < len(columns):
            return self
        return self.ordered(self.sorting(columns, order), order)

    def sorting(self, columns: Sequence[Column], order: Order) -> list[int]:
        """The rows' numbers in ``order`` (stable: equal keys keep their order)."""
        keys = self.key_column(columns, order[0])
        reverse = order[1] == Qt.SortOrder.DescendingOrder
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=reverse)


def tabulate(
    columns: Sequence[Column],
    rows: Sequence[Any],
    *,
    now: bool = True,
    order: Order | None = None,
) -> Table:
    """What a ``RowsModel`` of ``columns`` needs of ``rows``: every column's texts, keys and
    folded texts at once (``now``: on the worker, with the query), or each when first needed;
    sorted in ``order`` (on the worker too: 10,000 rows put in order took the window 25 ms)."""
    empty: list[Any] = [None] * len(columns)
    table = Table(list(rows), list(empty), list(empty), list(empty))
    if now:
        for number in range(len(columns)):
            table.folded_column(columns, number)
            table.key_column(columns, number)
    return table if order is None else table.sorted_by(columns, order)


class RowsModel(QAbstractTableModel):
    """Read-only rows (``set_rows`` replaces them all), one per line, in the columns given."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._table = tabulate(self.columns, [])
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any], order: Order | None = None) -> None:
        """Replace every row (a few: for many, ``set_table`` with a ``tabulate`` made on the
        worker); ``order`` (column, order) sorts them first, in the same reset."""
        self.set_table(tabulate(self.columns, rows, now=False), order)

    def set_table(self, table: Table, order: Order | None = None) -> None:
        """Show ``table``, sorted in ``order`` (column, direction) unless it already is."""
        if order is not None:
            table = table.sorted_by(self.columns, order)
        self.beginResetModel()
        self._table, self._rows = table, table.rows
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
            return translate("Library", self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._table.text(self.columns, index.row(), index.column())
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._table.key_column(self.columns, index.column())[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        numbered = self._table.sorting(self.columns, (column, order))
        self.layoutAboutToBeChanged.emit()
        moved = {old: new for new, old in enumerate(numbered)}
        persistent = self.persistentIndexList()
        self._table = self._table.ordered(numbered, (column, order))
        self._rows = self._table.rows
        self.changePersistentIndexList(
            persistent, [self.index(moved[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def folded(self, row: int, column: int) -> str:
        """The cell's text folded (case and accents), for the filter."""
        return self._table.folded_column(self.columns, column)[row]


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
        if not self._needle and self._keep is None:
            return True  # asked of every row at each reset: 10,000 rows of the library
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
        folded = source.folded(row, column)
        if source.columns[column].number and self._needle.isdigit():
            return folded.isdigit() and int(folded) >= int(self._needle)
        return self._needle in folded
