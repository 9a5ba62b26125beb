"""The article itself: a read-only ``QPlainTextEdit`` whose document is never edited.

Marks come from the highlighter; everything else the reader sees on top of the text (a chosen
entity's mentions, find hits, the hovered mark, a flashed sentence, later the user's highlights)
is an overlay layer of extra selections, combined in a fixed order.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLine,
)
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from core.model import Region
from gui.highlighter import MarkHighlighter
from gui.marks import Mark, MarkIndex, Utf16Map
from gui.palette import OUTLINE_WIDTHS, OUTLINED

# Bottom to top: later layers paint over earlier ones.
LAYERS = ("annotations", "focus", "search", "current", "hover", "flash")
READING_WIDTH_EM = 40  # a comfortable measure: about 70 characters a line
FLASH_MS = 1400
MIN_POINTS, MAX_POINTS = 8.0, 40.0
Span = tuple[int, int]  # Python offsets into the article text


class SpacedLayout(QPlainTextDocumentLayout):
    """Plain-text layout with a gap after each paragraph (the plain layout ignores block margins).

    A blank line takes no room of its own: the paragraph before it already ends with the gap, so
    a text file's blank line between two paragraphs is one paragraph break, not two. Only the
    blocks on screen are asked for, so the cost does not grow with the document.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.gap = 8.0

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:
        rect = super().blockBoundingRect(block)
        if rect.height() <= 0:
            return rect
        if is_blank(block):
            rect.setHeight(0.0)
        elif block.next().isValid():
            rect.setHeight(rect.height() + self.gap)
        return rect


def is_blank(block: QTextBlock) -> bool:
    """An empty line, or one of blanks only."""
    return block.length() <= 1 or (block.length() < 200 and not block.text().strip())


class ArticleText(QPlainTextEdit):
    markClicked = Signal(object)  # Mark
    markHovered = Signal(object)  # Mark, or None when the pointer leaves a mark
    readingMoved = Signal(int)  # Python offset of the reading line (debounced)
    columnChanged = Signal(int)  # the width of the margin left of the text column
    zoomChanged = Signal(float)  # the text's new size in points
    paletteChanged = Signal()  # light ⇄ dark: the layers' colours are derived again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self.setPlaceholderText(
            self.tr(
                "Open an article with File ▸ Open (Ctrl+O) or File ▸ Open URL (Ctrl+L), "
                "or drop a file here."
            )
        )
        self.spacing = SpacedLayout(self.document())
        self.document().setDocumentLayout(self.spacing)
        self.setFont(reading_font())
        self.document().setDocumentMargin(18)
        self.highlighter = MarkHighlighter(self.document(), self.palette())
        self.offsets = Utf16Map("")
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._hovered: Mark | None = None
        self._pressed_at: QPoint | None = None
        self._flash_timer = _single_shot(self, FLASH_MS, lambda: self.set_layer("flash", []))
        self._reading_timer = _single_shot(self, 120, self._emit_reading)
        self.verticalScrollBar().valueChanged.connect(lambda _: self._reading_timer.start())
        self._match_window_to_base()

    # -- text and marks --------------------------------------------------------------------
    def set_text(
        self,
        text: str,
        regions: Sequence[Region] = (),
        offsets: Utf16Map | None = None,
        headings: Sequence[tuple[int, int]] = (),
    ) -> None:
        """Replace the text; its blocks are formatted (regions, section headings, later marks)
        as they are shown."""
        self.highlighter.set_marks(MarkIndex([]))
        self.offsets = offsets if offsets is not None else Utf16Map(text)
        to_qt = self.offsets.to_qt
        body = [(r.start, r.end) for r in regions if r.role == "body"]
        inside = [h for h in headings if any(s <= h[0] and h[1] <= e for s, e in body)]
        self.highlighter.set_regions(
            sorted(
                [(to_qt(r.start), to_qt(r.end), str(r.role)) for r in regions]
                + [(to_qt(start), to_qt(end), "heading") for start, end in inside]
            )
        )
        self._layers.clear()
        self.setExtraSelections([])
        with self.highlighter.loading():
            self.setPlainText(text)

    def set_marks(self, marks: MarkIndex) -> None:
        self.highlighter.set_marks(marks)
        self.refresh_marks()

    @property
    def marks(self) -> MarkIndex:
        return self.highlighter.marks

    def refresh_marks(self) -> None:
        self.highlighter.refresh(self.visible_blocks())

    def visible_blocks(self) -> list[QTextBlock]:
        """The blocks on screen, and a few below (a block may grow once formatted)."""
        block = self.firstVisibleBlock()
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        bottom = self.viewport().height() * 1.5
        blocks = []
        while block.isValid() and top <= bottom:
            if block.isVisible():
                blocks.append(block)
                top += self.blockBoundingRect(block).height()
            block = block.next()
        return blocks

    def paintEvent(self, event: QPaintEvent) -> None:
        self.highlighter.ensure_formatted(self.visible_blocks())
        super().paintEvent(event)
        self._paint_outlines()

    def _paint_outlines(self) -> None:
        """The outlined layers (find hits, the chosen person's mentions, the hovered mark, a
        flashed sentence), over what is on screen."""
        if not any(self._layers.get(name) for name in OUTLINED):
            return
        first = self.firstVisibleBlock().position()
        bottom = self.cursorForPosition(QPoint(self.viewport().width(), self.viewport().height()))
        last = bottom.block().position() + bottom.block().length()
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for name in OUTLINED:
            for selection in self._layers.get(name, []):
                start, end = selection.cursor.selectionStart(), selection.cursor.selectionEnd()
                if end < first or start > last:
                    continue
                colour = selection.format.background().color()
                painter.setPen(QPen(colour, OUTLINE_WIDTHS[name]))
                for rect in self.span_rects(start, end):
                    painter.drawRoundedRect(rect.adjusted(-1.5, 0, 1.5, 0), 3, 3)
        painter.end()

    def span_rects(self, start: int, end: int) -> list[QRectF]:
        """The rectangles [start, end) (Qt positions) covers on screen, one per line."""
        rects: list[QRectF] = []
        block = self.document().findBlock(start)
        offset = self.contentOffset()
        while block.isValid() and block.position() < end:
            if block.isVisible():
                top_left = self.blockBoundingGeometry(block).translated(offset).topLeft()
                layout = block.layout()
                here = max(start, block.position()) - block.position()
                there = min(end, block.position() + block.length() - 1) - block.position()
                for i in range(layout.lineCount()):
                    line = layout.lineAt(i)
                    a = max(here, line.textStart())
                    b = min(there, line.textStart() + line.textLength())
                    if a < b:
                        left, right = _x(line, a), _x(line, b)
                        rects.append(
                            QRectF(
                                top_left.x() + left,
                                top_left.y() + line.y(),
                                right - left,
                                line.height(),
                            )
                        )
            block = block.next()
        return rects

    # -- overlay layers ----------------------------------------------------------------------
    def set_layer(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Replace one overlay layer (see ``LAYERS``) and repaint the combination. The reader's
        highlights are fills (extra selections); the other layers are outlines in their colour
        (``OUTLINED``), drawn over the text by ``paintEvent``."""
        if name not in LAYERS:
            raise ValueError(f"unknown layer {name!r}")
        self._layers[name] = selections
        if name in OUTLINED:
            self.viewport().update()
        else:
            filled = [layer for layer in LAYERS if layer not in OUTLINED]
            self.setExtraSelections([s for layer in filled for s in self._layers.get(layer, [])])

    def layer(self, name: str) -> list[QTextEdit.ExtraSelection]:
        return list(self._layers.get(name, []))

    def selections(self, spans: list[Span], colour: str) -> list[QTextEdit.ExtraSelection]:
        """Extra selections over Python-offset spans, painted with a background colour."""
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour))
        out = []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.cursor_for(start, end)
            selection.format = fmt
            out.append(selection)
        return out

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # -- moving the reader --------------------------------------------------------------------
    def show_span(self, start: int, end: int, *, flash_colour: str | None = None) -> None:
        """Select [start, end), bring it to the middle of the screen, optionally flash it."""
        self.setTextCursor(self.cursor_for(start, end))
        self.centerCursor()
        if flash_colour:
            self.set_layer("flash", self.selections([(start, end)], flash_colour))
            self._flash_timer.start()

    def reading_offset(self) -> int:
        """Python offset of the text in the middle of the screen (the reading line)."""
        point = QPoint(self.viewport().width() // 2, self.viewport().height() // 2)
        return self.offsets.to_py(self.cursorForPosition(point).position())

    def _emit_reading(self) -> None:
        self.readingMoved.emit(self.reading_offset())

    def zoom(self, steps: float) -> None:
        self.set_points(self.font().pointSizeF() + steps)

    def set_points(self, points: float) -> None:
        """The text's size (8 to 40 points); ``zoomChanged`` tells it to be remembered."""
        points = min(max(points, MIN_POINTS), MAX_POINTS)
        if points == self.font().pointSizeF():
            return
        font = self.font()
        font.setPointSizeF(points)
        self.setFont(font)
        self.highlighter.set_heading_points(points * 1.5)
        self._update_margins()
        self.refresh_marks()
        self.zoomChanged.emit(points)

    def changeEvent(self, event: QEvent) -> None:
        """A switch between light and dark themes recolours the marks (and, through
        ``paletteChanged``, what is drawn over them)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_palette(self.palette())
            self.refresh_marks()
            self.paletteChanged.emit()

    def setFont(self, font: QFont | str | Sequence[str]) -> None:  # the paragraph gap follows
        super().setFont(font)
        self.spacing.gap = round(QFontMetrics(self.font()).lineSpacing() * 0.6)

    # -- the pointer --------------------------------------------------------------------------
    def mark_at_point(self, point: QPoint) -> Mark | None:
        cursor = self.cursorForPosition(point)
        position = cursor.position()
        if point.x() < self.cursorRect(cursor).x():
            position -= 1  # the pointer is on the character before the nearest boundary
        return self.marks.at(position) if position >= 0 else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        mark = self.mark_at_point(event.position().toPoint())
        if mark != self._hovered:
            self._hovered = mark
            self.viewport().setCursor(
                Qt.CursorShape.PointingHandCursor if mark else Qt.CursorShape.IBeamCursor
            )
            self.markHovered.emit(mark)

    def show_tooltip(self, text: str) -> None:
        QToolTip.showText(self.viewport().mapToGlobal(self._pointer()), text, self.viewport())

    def _pointer(self) -> QPoint:
        return self.viewport().mapFromGlobal(self.cursor().pos())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        moved = self._pressed_at is None or (point - self._pressed_at).manhattanLength() > 4
        mark = None if moved else self.mark_at_point(point)
        if mark is not None and event.button() == Qt.MouseButton.LeftButton:
            self.markClicked.emit(mark)

    # -- layout ---------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()

    def _update_margins(self) -> None:
        """Centre a column of comfortable width; the text re-wraps to it."""
        measure = self.fontMetrics().horizontalAdvance("m") * READING_WIDTH_EM
        side = max((self.width() - measure) // 2, 0)
        if side != self.viewportMargins().left():
            self.setViewportMargins(side, 0, side, 0)
            # The editor re-wraps on a resize that changes its width only: tell it so (it had
            # wrapped the text to the viewport of the old margins).
            super().resizeEvent(QResizeEvent(self.size(), QSize(-1, self.height())))
            self.columnChanged.emit(side)

    def _match_window_to_base(self) -> None:
        """The margins around the column are the page's colour, in light and dark palettes."""
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)


def _x(line: QTextLine, position: int) -> float:
    found = line.cursorToX(position)  # (x, position) in PySide6
    return float(found[0] if isinstance(found, tuple) else found)  # type: ignore[arg-type]


def reading_font() -> QFont:
    font = QFont()
    font.setFamilies(["Charter", "Georgia", "Noto Serif", "Source Serif Pro", "DejaVu Serif"])
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(12.5)
    return font


def _single_shot(parent: QWidget, msec: int, slot: object) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msec)
    timer.timeout.connect(slot)
    return timer
