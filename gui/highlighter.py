"""Entity and date marks painted over the untouched document by a ``QSyntaxHighlighter``.

Each block looks up its marks by bisection over the sorted spans, so the cost of a block does not
grow with the document. When the marks change (an extraction arrives, a kind is toggled) only the
blocks on screen are formatted at once; the others are formatted just before they are painted, so
a 1 MB novel costs no more than a short article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Signal
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

SECTION_SCALE = 1.2  # a section heading's size, relative to the text's


class MarkHighlighter(QSyntaxHighlighter):
    """Formats title and set-aside regions, then the marks of the visible kinds."""

    finished = Signal()  # a refresh formatted every block on screen

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._marks = MarkIndex([])
        self._regions: list[tuple[int, int, str]] = []
        self._region_starts: list[int] = []
        self._hidden: frozenset[str] = frozenset()
        self._heading_points = 18.0
        self._formats: dict[str, QTextCharFormat] = {}
        self._region_formats: dict[str, QTextCharFormat] = {}
        self._fresh: set[int] = set()  # numbers of the blocks formatted with the current marks
        self._loading = False
        self._tinted = True
        self._palette = palette
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

    def set_tinted(self, tinted: bool) -> bool:
        """Marks with their tint (True), or underlined only (False: the article has highlights,
        the colours behind the text are the reader's). True when it changed (refresh then)."""
        if tinted == self._tinted:
            return False
        self._tinted = tinted
        self.set_palette(self._palette)
        return True

    @property
    def tinted(self) -> bool:
        return self._tinted

    def set_palette(self, palette: QPalette) -> None:
        self._palette = palette
        self._formats = {
            kind: mark_format(kind, palette, tinted=self._tinted) for kind in MARK_KINDS
        }
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(self._heading_points)
        aside = QTextCharFormat()
        aside.setForeground(QColor(layer_colours(palette).set_aside))
        aside.setFontItalic(True)
        section = QTextCharFormat()  # a section heading ("## …", <h2>): bold, a size up
        section.setFontWeight(QFont.Weight.Bold)
        section.setFontPointSize(self._heading_points / 1.5 * SECTION_SCALE)
        self._region_formats = {
            "title": heading,
            "heading": section,
            "boilerplate": aside,
            "duplicate": aside,
        }

    def set_heading_points(self, points: float) -> None:
        self._heading_points = points
        self._region_formats["title"].setFontPointSize(points)
        self._region_formats["heading"].setFontPointSize(points / 1.5 * SECTION_SCALE)

    # -- formatting on demand ---------------------------------------------------------------
    def refresh(self, visible: Iterable[QTextBlock] = ()) -> None:
        """Marks changed: format the blocks on screen now, every other block before it is shown.

        Formatting a block makes Qt lay it out again; doing that for a whole novel costs seconds,
        so blocks off screen wait until ``ensure_formatted`` meets them on their way in.
        """
        self._fresh.clear()
        self.ensure_formatted(visible)
        self.finished.emit()

    def ensure_formatted(self, blocks: Iterable[QTextBlock]) -> None:
        """Format the blocks not yet formatted with the current marks (called before painting)."""
        for block in blocks:
            number = block.blockNumber()
            if number not in self._fresh:
                self._fresh.add(number)
                self.rehighlightBlock(block)

    @contextmanager
    def loading(self) -> Iterator[None]:
        """While a new text is set, skip the per-block work: blocks are formatted when shown."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False
            self._fresh.clear()

    def is_formatted(self, block: QTextBlock) -> bool:
        return block.blockNumber() in self._fresh

    # -- per block -----------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        if self._loading:
            return
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
