"""The find bar under the article (Ctrl+F): a query, a hit count, previous and next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class _QueryEdit(QLineEdit):
    escaped = Signal()
    backwards = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.backwards.emit()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    queryChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.edit = _QueryEdit(self)
        self.edit.setPlaceholderText("Find in the article (names also find their aliases)")
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        previous = _button(self, "◀", "Previous match (Shift+F3)")
        following = _button(self, "▶", "Next match (F3)")
        close = _button(self, "✕", "Close the find bar (Esc)")
        for widget in (QLabel("Find:", self), self.edit, self.count, previous, following, close):
            layout.addWidget(widget)
        self.edit.textChanged.connect(self.queryChanged)
        self.edit.returnPressed.connect(self.nextRequested)
        self.edit.backwards.connect(self.previousRequested)
        self.edit.escaped.connect(self.close_bar)
        previous.clicked.connect(self.previousRequested)
        following.clicked.connect(self.nextRequested)
        close.clicked.connect(self.close_bar)

    def open_bar(self, text: str = "") -> None:
        self.show()
        if text:
            self.edit.setText(text)
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int, by_alias: int) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif total == 0:
            self.count.setText("no match")
        else:
            extra = f" ({by_alias} by alias)" if by_alias else ""
            self.count.setText(f"{current + 1} of {total}{extra}")


def _button(parent: QWidget, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button
