"""The article itself: a read-only ``QPlainTextEdit`` whose document is never edited.

Marks come from the highlighter; everything else the reader sees on top of the text (a chosen
entity's mentions, find hits, the hovered mark, a flashed sentence, later the user's highlights)
is an overlay layer of extra selections, combined in a fixed order.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from core.model import Region
from gui.highlighter import MarkHighlighter
from gui.marks import Mark, MarkIndex, Utf16Map

# Bottom to top: later layers paint over earlier ones.
LAYERS = ("annotations", "focus", "search", "current", "hover", "flash")
READING_WIDTH_EM = 40  # a comfortable measure: about 70 characters a line
FLASH_MS = 1400
Span = tuple[int, int]  # Python offsets into the article text


class SpacedLayout(QPlainTextDocumentLayout):
    """Plain-text layout with a gap after each paragraph (the plain layout ignores block margins).

    Only the blocks on screen are asked for, so the cost does not grow with the document.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.gap = 8.0

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:
        rect = super().blockBoundingRect(block)
        if rect.height() > 0 and block.next().isValid():
            rect.setHeight(rect.height() + self.gap)
        return rect


class ArticleText(QPlainTextEdit):
    markClicked = Signal(object)  # Mark
    markHovered = Signal(object)  # Mark, or None when the pointer leaves a mark
    readingMoved = Signal(int)  # Python offset of the reading line (debounced)
    columnChanged = Signal(int)  # the width of the margin left of the text column

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
            "Open an article with File ▸ Open (Ctrl+O) or File ▸ Open URL (Ctrl+L), "
            "or drop a file here."
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
        self, text: str, regions: Sequence[Region] = (), offsets: Utf16Map | None = None
    ) -> None:
        """Replace the text; its blocks are formatted (regions, later marks) as they are shown."""
        self.highlighter.set_marks(MarkIndex([]))
        self.offsets = offsets if offsets is not None else Utf16Map(text)
        to_qt = self.offsets.to_qt
        self.highlighter.set_regions(
            sorted((to_qt(r.start), to_qt(r.end), r.role) for r in regions)
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

    # -- overlay layers ----------------------------------------------------------------------
    def set_layer(self, name: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Replace one overlay layer (see ``LAYERS``) and repaint the combination."""
        if name not in LAYERS:
            raise ValueError(f"unknown layer {name!r}")
        self._layers[name] = selections
        self.setExtraSelections([s for layer in LAYERS for s in self._layers.get(layer, [])])

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
        font = self.font()
        font.setPointSizeF(min(max(font.pointSizeF() + steps, 8.0), 40.0))
        self.setFont(font)
        self.highlighter.set_heading_points(font.pointSizeF() * 1.5)
        self._update_margins()
        self.refresh_marks()

    def changeEvent(self, event: QEvent) -> None:
        """A switch between light and dark themes recolours the marks."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_palette(self.palette())
            self.refresh_marks()

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
            # The editor re-wraps on its own resize only: let it see the new viewport width.
            super().resizeEvent(QResizeEvent(self.size(), self.size()))
            self.columnChanged.emit(side)

    def _match_window_to_base(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
        self.setPalette(palette)
        self.setAutoFillBackground(True)


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
