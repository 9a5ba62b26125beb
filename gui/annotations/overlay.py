"""The reader's highlights drawn over the article, and picked from it by click or context menu.

Highlights are the bottom overlay layer of ``ArticleText`` (extra selections with a translucent
background): the document is never edited, entity marks keep their tint and underline beneath,
and overlapping highlights blend. A click inside several highlights asks which one is meant.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QTextCharFormat
from PySide6.QtWidgets import QMenu, QTextEdit

from core.annotations.colors import COLORS
from core.model import Annotation
from gui.annotations.dialogs import OverlapMenu
from gui.annotations.model import AnnotationsModel
from gui.article_view import ArticleView
from gui.palette import is_dark

ALPHA_LIGHT, ALPHA_DARK = 0.42, 0.55
MenuHook = Callable[[QMenu, QPoint], None]


class ArticleHighlights(QObject):
    chosen = Signal(object)  # Annotation clicked in the article

    def __init__(self, view: ArticleView, model: AnnotationsModel) -> None:
        super().__init__(view)
        self.view = view
        self.text = view.text
        self.model = model
        self.menu_hooks: list[MenuHook] = []  # each adds its entries to the context menu
        self._pressed: QPoint | None = None
        self.text.viewport().installEventFilter(self)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._context_menu)
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self.repaint)

    # -- drawing ------------------------------------------------------------------------------
    def repaint(self) -> None:
        alpha = ALPHA_DARK if is_dark(self.text.palette()) else ALPHA_LIGHT
        selections = []
        size = self.text.document().characterCount() - 1  # in Qt positions
        for annotation in self.model.anchored():
            start, end = annotation.start or 0, annotation.end or 0
            if self.text.offsets.to_qt(end) > size:
                continue  # another text is shown (the list of the new one is on its way)
            colour = QColor(COLORS.get(annotation.color, COLORS["yellow"]))
            colour.setAlphaF(alpha)
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.text.cursor_for(start, end)
            selection.format = fmt
            selections.append(selection)
        self.text.set_layer("annotations", selections)

    # -- where the reader points ----------------------------------------------------------------
    def selected_span(self) -> tuple[int, int] | None:
        """The selection in Python offsets, without the blanks at its ends; None if empty."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.text.offsets.to_py(cursor.selectionStart())
        end = self.text.offsets.to_py(cursor.selectionEnd())
        chunk = self.text.document().toPlainText()[start:end]  # a str: code points
        lead, trail = len(chunk) - len(chunk.lstrip()), len(chunk) - len(chunk.rstrip())
        start, end = start + lead, end - trail
        return (start, end) if end > start else None

    def offset_at(self, point: QPoint) -> int:
        cursor = self.text.cursorForPosition(point)
        position = cursor.position()
        if point.x() < self.text.cursorRect(cursor).x():
            position -= 1  # the pointer is on the character before the nearest boundary
        return self.text.offsets.to_py(max(position, 0))

    def at_point(self, point: QPoint) -> list[Annotation]:
        return self.model.covering(self.offset_at(point))

    # -- clicks and the context menu -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton:
            point = event.position().toPoint()
            if event.type() == QEvent.Type.MouseButtonPress:
                self._pressed = point
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._clicked(point)
        return super().eventFilter(watched, event)

    def _clicked(self, point: QPoint) -> None:
        pressed, self._pressed = self._pressed, None
        if pressed is None or (point - pressed).manhattanLength() > 4:
            return  # a drag: the reader is selecting text
        self.pick(point)

    def pick(self, point: QPoint) -> Annotation | None:
        """The highlight under ``point``; if several overlap there, the reader says which."""
        found = self.at_point(point)
        choice = found[0] if len(found) == 1 else None
        if len(found) > 1:
            choice = OverlapMenu.ask(self.text, found, self.text.viewport().mapToGlobal(point))
        if choice is not None:
            self.chosen.emit(choice)
        return choice

    def _context_menu(self, point: QPoint) -> None:
        menu = self.text.createStandardContextMenu(point)
        for hook in self.menu_hooks:
            hook(menu, point)
        menu.exec(self.text.viewport().mapToGlobal(point))
        menu.deleteLater()
