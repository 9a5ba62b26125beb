"""``gui.qtcompat.filter_change`` on each PySide6 the project allows: the real proxy of the
release installed here, and stand-ins shaped like 6.9 and earlier releases (CI also runs the GUI
tests on the lowest allowed PySide6, .ci/lowest.txt)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel

from gui.qtcompat import filter_change


class Proxy:
    """Records the calls; ``has`` names the methods this stand-in release offers."""

    Direction = SimpleNamespace(Rows=1)  # Qt 6.10's QSortFilterProxyModel.Direction

    def __init__(self, *has: str) -> None:
        self.calls: list[str] = []
        self.has = has

    def __getattr__(self, name: str) -> Any:
        if name not in self.has:
            raise AttributeError(name)
        return lambda *args: self.calls.append(name)


def change(proxy: Any) -> list[str]:
    with filter_change(proxy):
        proxy.calls.append("change")
    return list(proxy.calls)


def test_qt_6_10_uses_the_begin_end_pair() -> None:
    proxy = Proxy("beginFilterChange", "endFilterChange", "invalidateFilter")
    assert change(proxy) == ["beginFilterChange", "change", "endFilterChange"]


def test_qt_6_9_has_begin_only_and_closes_with_invalidate() -> None:
    proxy = Proxy("beginFilterChange", "invalidateFilter")
    assert change(proxy) == ["beginFilterChange", "change", "invalidateFilter"]


def test_older_qt_invalidates_after_the_change() -> None:
    assert change(Proxy("invalidateFilter")) == ["change", "invalidateFilter"]


class Starting(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.prefix = ""

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        return str(self.sourceModel().index(row, 0).data()).startswith(self.prefix)


def test_the_installed_pyside6_refilters(qtbot: Any) -> None:
    source = QStringListModel(["alpha", "beta", "albatross"])
    proxy = Starting()
    proxy.setSourceModel(source)
    assert proxy.rowCount() == 3
    with filter_change(proxy):
        proxy.prefix = "al"
    assert proxy.rowCount() == 2
