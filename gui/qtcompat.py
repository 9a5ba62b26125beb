"""What differs between the PySide6 releases that pyproject.toml allows (6.9 to 6.11).

Every call to an API that some allowed release lacks goes through here, feature-detected (never
by version number), and CI runs the GUI tests on the lowest allowed release (``.ci/lowest.txt``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSortFilterProxyModel


@contextmanager
def filter_change(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Announce a change of a proxy's filter criteria made inside the ``with`` block.

    Qt 6.10 has the pair ``beginFilterChange()`` / ``endFilterChange(Direction)`` (and deprecates
    ``invalidateFilter()``); Qt 6.9 has ``beginFilterChange()`` alone, closed by
    ``invalidateFilter()``; earlier releases only ``invalidateFilter()``, after the change."""
    if hasattr(proxy, "endFilterChange"):
        proxy.beginFilterChange()
        yield
        proxy.endFilterChange(proxy.Direction.Rows)
        return
    if hasattr(proxy, "beginFilterChange"):  # PySide6 6.9
        proxy.beginFilterChange()
    yield
    proxy.invalidateFilter()
