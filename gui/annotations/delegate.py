"""How one highlight is drawn in the panel: a colour bar, the quote, the note's first line, tags."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from core.annotations.colors import COLORS
from core.model import Annotation
from gui.annotations.model import ANNOTATION_ROLE, note_line, one_line

PAD = 6
BAR = 5


class AnnotationDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, line * 3 + PAD * 2 + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        annotation: Annotation | None = index.data(ANNOTATION_ROLE)
        if annotation is None:
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        rect: QRect = option.rect
        painter.save()
        if style is not None:
            option.text = ""
            option.icon = option.icon.__class__()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        colour = QColor(COLORS.get(annotation.color, COLORS["yellow"]))
        painter.fillRect(
            QRect(rect.left() + 2, rect.top() + PAD, BAR, rect.height() - 2 * PAD), colour
        )
        self._texts(painter, option, rect, annotation)
        painter.restore()

    def _texts(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, a: Annotation
    ) -> None:
        metrics = option.fontMetrics
        line = metrics.lineSpacing()
        left = rect.left() + BAR + 2 * PAD
        width = rect.right() - left - PAD
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        quote = metrics.elidedText(f"“{one_line(a.quote)}”", Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, rect.top() + PAD, width, line), 0, quote)
        faint = palette.color(role)
        faint.setAlphaF(0.7)
        painter.setPen(faint)
        font = QFont(option.font)
        font.setItalic(True)
        painter.setFont(font)
        note = note_line(a.note) or "no note"
        note = metrics.elidedText(note, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, rect.top() + PAD + line, width, line), 0, note)
        font.setItalic(False)
        painter.setFont(font)
        tags = " ".join(f"#{'-'.join(t.split())}" for t in a.tags)
        tags = metrics.elidedText(tags, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, rect.top() + PAD + 2 * line, width, line), 0, tags)
