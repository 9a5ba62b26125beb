"""Entity and date marks painted over the untouched document by a ``QSyntaxHighlighter``.

Each block looks up its marks by bisection over the sorted spans, so the cost of a block does not
grow with the document. A full refresh (new marks, a kind toggled) runs in slices on a zero-delay
timer, starting with the blocks on screen, so the event loop never waits on a long novel.
"""

from __future__ import annotations

from time import perf_counter

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)

from gui.marks import MarkIndex, block_ranges
from gui.palette import MARK_KINDS, layer_colours, mark_format

SLICE_SECONDS = 0.012  # work per timer tick: well under a frame


class MarkHighlighter(QSyntaxHighlighter):
    """Formats title and set-aside regions, then the marks of the visible kinds."""

    finished = Signal()  # a refresh reached every block

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._marks = MarkIndex([])
        self._regions: list[tuple[int, int, str]] = []
        self._region_starts: list[int] = []
        self._hidden: frozenset[str] = frozenset()
        self._heading_points = 18.0
        self._formats: dict[str, QTextCharFormat] = {}
        self._region_formats: dict[str, QTextCharFormat] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._next = QTextBlock()
        self._todo = 0
        self.set_palette(palette)

    # -- what to paint -------------------------------------------------------------------
    def set_regions(self, regions: list[tuple[int, int, str]]) -> None:
        """Regions in Qt positions, sorted; applied by the next refresh (or text change)."""
        self._regions = [r for r in regions if r[2] != "body"]
        self._region_starts = [r[0] for r in self._regions]

    def set_marks(self, marks: MarkIndex) -> None:
        self._marks = marks

    @property
    def marks(self) -> MarkIndex:
        return self._marks

    def set_hidden_kinds(self, kinds: frozenset[str]) -> None:
        self._hidden = kinds

    @property
    def hidden_kinds(self) -> frozenset[str]:
        return self._hidden

    def set_palette(self, palette: QPalette) -> None:
        self._formats = {kind: mark_format(kind, palette) for kind in MARK_KINDS}
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self._heading_points)
        aside = QTextCharFormat()
        aside.setForeground(QColor(layer_colours(palette).set_aside))
        aside.setFontItalic(True)
        self._region_formats = {"title": heading, "boilerplate": aside, "duplicate": aside}

    def set_heading_points(self, points: float) -> None:
        self._heading_points = points
        self._region_formats["title"].setFontPointSize(points)

    # -- refresh in slices ---------------------------------------------------------------
    def refresh(self, first: QTextBlock | None = None) -> None:
        """Re-format every block, starting at ``first`` (the top of the screen) and wrapping."""
        document = self.document()
        if document is None:
            return
        self._next = first if first is not None and first.isValid() else document.begin()
        self._todo = document.blockCount()
        self._timer.start()

    def is_refreshing(self) -> bool:
        return self._timer.isActive()

    def _slice(self) -> None:
        document = self.document()
        deadline = perf_counter() + SLICE_SECONDS
        while self._todo > 0 and document is not None and perf_counter() < deadline:
            if not self._next.isValid():
                self._next = document.begin()
            self.rehighlightBlock(self._next)
            self._next = self._next.next()
            self._todo -= 1
        if self._todo <= 0 or document is None:
            self._timer.stop()
            self.finished.emit()

    # -- per block -----------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        start = self.currentBlock().position()
        end = start + len(text)
        in_region = False
        for r_start, r_end, role in block_ranges(self._regions, self._region_starts, start, end):
            self.setFormat(r_start - start, r_end - r_start, self._region_formats[role])
            in_region = True
        for mark in self._marks.between(start, end):
            if mark.kind in self._hidden:
                continue
            m_start = max(mark.start, start)
            fmt = self._formats[mark.kind]
            if in_region:
                fmt = QTextCharFormat(self.format(m_start - start))
                fmt.merge(self._formats[mark.kind])
            self.setFormat(m_start - start, min(mark.end, end) - m_start, fmt)

    def mark_format(self, kind: str) -> QTextCharFormat:
        return self._formats[kind]
