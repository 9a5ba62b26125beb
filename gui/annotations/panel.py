"""The annotations panel: search, colour and tag filters, the highlights in reading order, those
that could not be placed in their own list (never hidden), and the editor of the chosen one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.annotations.colors import COLORS
from core.model import Annotation
from gui.annotations.delegate import AnnotationDelegate
from gui.annotations.editor import NoteEditor
from gui.annotations.model import ANNOTATION_ROLE, AnnotationsFilter, AnnotationsModel
from gui.i18n import QT_TRANSLATE_NOOP
from gui.palette import colour_name

ALL_TAGS = QT_TRANSLATE_NOOP("AnnotationsPanel", "All tags")


def colour_icon(name: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(COLORS[name]).darker(130))
    painter.setBrush(QColor(COLORS[name]))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class AnnotationsPanel(QWidget):
    chosen = Signal(object)  # Annotation picked in a list
    searchChanged = Signal(str)

    def __init__(self, model: AnnotationsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.in_text = AnnotationsFilter(True, self)
        self.not_found = AnnotationsFilter(False, self)
        self.search = QLineEdit(self)
        self.colour_buttons = {name: QToolButton(self) for name in COLORS}
        self.tag_filter = QComboBox(self)
        self.list = self._list(self.in_text)
        self.lost_label = QLabel(self)
        self.lost_list = self._list(self.not_found)
        self.hint = QLabel(
            self.tr("Select a passage and press 1–8 (or right-click) to highlight it."), self
        )
        self.editor = NoteEditor(self)
        self._lay_out()
        self._connect()
        self._update_sections()

    def _list(self, proxy: AnnotationsFilter) -> QListView:
        proxy.setSourceModel(self.model)
        view = QListView(self)
        view.setModel(proxy)
        view.setItemDelegate(AnnotationDelegate(view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setUniformItemSizes(True)
        return view

    def _lay_out(self) -> None:
        self.search.setPlaceholderText(self.tr("Search quotes, notes and tags"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.setSpacing(1)
        for i, (name, button) in enumerate(self.colour_buttons.items(), start=1):
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setIcon(colour_icon(name))
            button.setIconSize(QSize(14, 14))
            button.setToolTip(
                self.tr("Only {colour} highlights (key {key} highlights in {colour})").format(
                    colour=colour_name(name), key=i
                )
            )
        for button in self.colour_buttons.values():
            filters.addWidget(button)
        filters.addStretch(1)
        filters.addWidget(self.tag_filter)
        self.lost_label.setWordWrap(True)
        self.lost_label.setStyleSheet("font-weight: bold; padding-top: 6px;")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        lists = QWidget(self)
        box = QVBoxLayout(lists)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in (self.hint, self.list, self.lost_label, self.lost_list):
            box.addWidget(widget, 1 if widget is self.list else 0)
        self.lost_list.setMaximumHeight(180)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(lists)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        self.list.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.searchChanged)
        for button in self.colour_buttons.values():
            button.toggled.connect(self._apply_colours)
        self.tag_filter.currentIndexChanged.connect(self._apply_tag)
        for view in (self.list, self.lost_list):
            view.clicked.connect(self._on_clicked)
            view.activated.connect(self._on_clicked)
            view.selectionModel().currentChanged.connect(self._on_current)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
        ):
            signal.connect(self._update_sections)

    # -- filters ------------------------------------------------------------------------------
    def _apply_colours(self) -> None:
        chosen = [n for n, b in self.colour_buttons.items() if b.isChecked()]
        for proxy in (self.in_text, self.not_found):
            proxy.set_colors(chosen)
        self._update_sections()

    def _apply_tag(self) -> None:
        tag = self.tag_filter.currentText() if self.tag_filter.currentIndex() > 0 else None
        for proxy in (self.in_text, self.not_found):
            proxy.set_tag(tag)
        self._update_sections()

    def set_hits(self, uuids: Sequence[str] | None) -> None:
        for proxy in (self.in_text, self.not_found):
            proxy.set_hits(uuids)
        self._update_sections()

    def _update_sections(self) -> None:
        lost = self.not_found.rowCount()
        self.lost_label.setText(
            self.tr("Not found in the text ({count}) — kept, shown here").format(count=lost)
        )
        self.lost_label.setVisible(lost > 0)
        self.lost_list.setVisible(lost > 0)
        self.hint.setVisible(self.model.rowCount() == 0)
        self._update_tags()

    def _update_tags(self) -> None:
        current = self.tag_filter.currentText() if self.tag_filter.currentIndex() > 0 else None
        tags = self.model.tags()
        every = self.tr(ALL_TAGS)
        if [self.tag_filter.itemText(i) for i in range(self.tag_filter.count())] == [
            every,
            *tags,
        ]:
            return
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItems([every, *tags])
        self.tag_filter.setCurrentIndex(tags.index(current) + 1 if current in tags else 0)
        self.tag_filter.blockSignals(False)
        if current is not None and current not in tags:
            self._apply_tag()

    # -- choosing -----------------------------------------------------------------------------
    def _on_clicked(self, index: QModelIndex) -> None:
        annotation = index.data(ANNOTATION_ROLE)
        if annotation is not None:
            self.chosen.emit(annotation)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.editor.show_annotation(current.data(ANNOTATION_ROLE) if current.isValid() else None)

    def current(self) -> Annotation | None:
        return self.editor.annotation

    def select(self, uuid: str) -> None:
        """Make ``uuid`` the chosen highlight in whichever list shows it."""
        row = self.model.row_of(uuid)
        if row < 0:
            return
        source = self.model.index(row, 0)
        for view, proxy, other in (
            (self.list, self.in_text, self.lost_list),
            (self.lost_list, self.not_found, self.list),
        ):
            index = proxy.mapFromSource(source)
            if index.isValid():
                other.selectionModel().clearCurrentIndex()
                view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                view.scrollTo(index)
                return
