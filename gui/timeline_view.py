"""The timeline: events in date order, each drawn on a shared time axis with its real precision.

A year-only event is a band across its year, "début 2018" a band over the start of 2018, a day a
short tick; a date the text only gives relative to another is hatched and says so.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gui.digest import EventRow
from gui.models import EVENT_ROLE, EventsFilter, EventsModel
from gui.palette import kind_colours

Index = QModelIndex | QPersistentModelIndex
PAD = 8
AXIS_HEIGHT = 10
MIN_BAND = 4


class Axis:
    """Maps ordinal days to x within a width; pads a single day to something visible."""

    def __init__(self, days: tuple[int, int] | None) -> None:
        first, last = days or (date.today().toordinal(), date.today().toordinal() + 1)
        pad = max((last - first) // 40, 1)
        self.first, self.last = first - pad, last + pad

    def x(self, day: int, left: int, width: int) -> int:
        return left + round((day - self.first) * width / max(self.last - self.first, 1))

    def years(self) -> list[int]:
        """Years worth a tick label: every one, or every 2, 5, 10… to keep about six."""
        start, end = date.fromordinal(self.first).year, date.fromordinal(self.last).year
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if (end - start) / s <= 6)
        return [y for y in range(start - start % step, end + 1, step) if y > start - 1]


class EventDelegate(QStyledItemDelegate):
    """Paints one event: the axis with its band, the date as said, the sentence, the people."""

    def __init__(self, model: EventsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, PAD * 2 + AXIS_HEIGHT + 4 + metrics.height() * 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: EventRow | None = index.data(EVENT_ROLE)
        if row is None:
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        rect: QRect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.save()
        self._paint_axis(painter, rect, row, palette)
        self._paint_text(painter, rect, row, option.font, text_colour)
        painter.restore()

    def _paint_axis(self, painter: QPainter, rect: QRect, row: EventRow, palette: QPalette) -> None:
        axis = Axis(self._model.axis())
        y = rect.top() + AXIS_HEIGHT // 2
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(rect.left(), y, rect.right(), y)
        if row.span is None:
            return
        left = axis.x(row.span[0], rect.left(), rect.width())
        right = max(axis.x(row.span[1], rect.left(), rect.width()), left + MIN_BAND)
        colour = QColor(kind_colours("DATE", palette).line)
        band = QRect(left, rect.top(), right - left, AXIS_HEIGHT)
        painter.setPen(QPen(colour, 1))
        if row.derived_from:
            painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern))
        else:
            painter.setBrush(colour)
        painter.drawRoundedRect(band, 3, 3)
        self._paint_open_end(painter, band, row, colour, rect)

    @staticmethod
    def _paint_open_end(
        painter: QPainter, band: QRect, row: EventRow, colour: QColor, rect: QRect
    ) -> None:
        """Before/after: an arrow pointing to the open side."""
        mod = row.event.mod or ""
        y = band.center().y()
        if mod in ("BEFORE", "ON_OR_BEFORE"):
            painter.drawLine(rect.left(), y, band.left(), y)
        elif mod in ("AFTER", "ON_OR_AFTER"):
            painter.drawLine(band.right(), y, rect.right(), y)

    @staticmethod
    def _paint_text(
        painter: QPainter, rect: QRect, row: EventRow, font: QFont, colour: QColor
    ) -> None:
        metrics = QFontMetrics(font)
        top = rect.top() + AXIS_HEIGHT + 4
        bold = QFont(font)
        bold.setBold(True)
        painter.setPen(colour)
        painter.setFont(bold)
        headline = row.date_text + ("  · derived" if row.derived_from else "")
        painter.drawText(
            QRect(rect.left(), top, rect.width(), metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            headline,
        )
        painter.setFont(font)
        label = QRect(rect.left(), top + metrics.height(), rect.width(), metrics.height() * 2)
        text = _elide_two_lines(row.event.label, metrics, rect)
        used = metrics.boundingRect(label, int(Qt.TextFlag.TextWordWrap), text).height()
        painter.drawText(label, int(Qt.TextFlag.TextWordWrap), text)
        people_top = label.top() + min(used, label.height())
        if row.people:
            small = QFont(font)
            small.setItalic(True)
            painter.setFont(small)
            people = QFontMetrics(small).elidedText(
                ", ".join(row.people), Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(
                QRect(rect.left(), people_top, rect.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                people,
            )


def _elide_two_lines(text: str, metrics: QFontMetrics, rect: QRect) -> str:
    """Cut the label so that it fits two wrapped lines, ending with an ellipsis."""
    text = " ".join(text.split())
    budget = rect.width() * 2 - metrics.horizontalAdvance("…") * 3
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(budget, 10))


class AxisHeader(QWidget):
    """Year ticks above the list, on the same scale as the rows' bands."""

    def __init__(self, model: EventsModel, view: QListView) -> None:
        super().__init__(view.parentWidget())
        self._model = model
        self._view = view
        self.setFixedHeight(QFontMetrics(self.font()).height() + 6)

    def paintEvent(self, _event: object) -> None:
        axis = Axis(self._model.axis())
        if self._model.axis() is None:
            return
        painter = QPainter(self)
        left = self._view.x() + PAD
        width = self._view.viewport().width() - 2 * PAD
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for year in axis.years():
            x = axis.x(date(year, 1, 1).toordinal(), left, width)
            if left <= x <= left + width:
                painter.drawLine(x, self.height() - 4, x, self.height())
                painter.drawText(x + 2, self.height() - 5, str(year))
        painter.end()


class TimelineView(QWidget):
    """The list of events with its axis header; emits which event the reader chose."""

    eventChosen = Signal(object)  # EventRow

    def __init__(self, model: EventsModel, proxy: EventsFilter, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.proxy = proxy
        self.list = QListView(self)
        self.list.setModel(proxy)
        self.list.setItemDelegate(EventDelegate(model, self.list))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.header = AxisHeader(model, self.list)
        self.empty = QLabel("No dated event yet.", self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self.list.clicked.connect(self._choose)
        self.list.activated.connect(self._choose)
        for signal in (
            model.modelReset,
            proxy.layoutChanged,
            proxy.rowsInserted,
            proxy.rowsRemoved,
            proxy.modelReset,
        ):
            signal.connect(self._update_empty)
        self._update_empty()

    def _choose(self, index: QModelIndex) -> None:
        row = index.data(EVENT_ROLE)
        if row is not None:
            self.eventChosen.emit(row)

    def _update_empty(self) -> None:
        has_rows = self.proxy.rowCount() > 0
        self.list.setVisible(has_rows)
        self.header.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.header.update()

    def set_empty_text(self, text: str) -> None:
        self.empty.setText(text)

    def index_of_event(self, event_id: int) -> QModelIndex:
        row = self.model.row_of_event(event_id)
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def follow(self, offset: int) -> None:
        """Make the event at the reading position current, without moving the article."""
        row = self.model.event_at(offset)
        index = self.index_of_event(row.event.id) if row else QModelIndex()
        if index.isValid() and index != self.list.currentIndex():
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def choose_event(self, event_id: int) -> None:
        """Select an event as if clicked (from a date mark in the article)."""
        index = self.index_of_event(event_id)
        if index.isValid():
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self._choose(index)
