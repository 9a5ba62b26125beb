"""The find bar under the article (Ctrl+F): a query, a hit count, previous and next."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextDocumentFragment
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
    asideRequested = Signal()  # show the passages set aside (where more hits are)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.edit = _QueryEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in the article (names also find their aliases)"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.RichText)
        self.count.linkActivated.connect(lambda _link: self.asideRequested.emit())
        previous = _button(self, "◀", self.tr("Previous match (Shift+F3)"))
        following = _button(self, "▶", self.tr("Next match (F3)"))
        close = _button(self, "✕", self.tr("Close the find bar (Esc)"))
        for widget in (
            QLabel(self.tr("Find:"), self),
            self.edit,
            self.count,
            previous,
            following,
            close,
        ):
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

    def show_count(self, current: int, total: int, by_alias: int, aside: int = 0) -> None:
        """ "2 of 5 (1 by alias)", and the hits in the passages set aside, counted apart
        ("3 more in passages set aside — show"): they are not stepped through until shown."""
        if not self.edit.text().strip():
            self.count.setText("")
            return
        if total == 0:
            said = self.tr("no match")
        else:
            number = QLocale().toString
            said = self.tr("{current} of {total}").format(
                current=number(current + 1), total=number(total)
            )
            if by_alias:
                said += " " + self.tr("(%n by alias)", "", by_alias)
        said = html.escape(said)
        if aside:
            more = html.escape(self.tr("%n more in passages set aside", "", aside))
            show = html.escape(self.tr("show"))
            said += f' · {more} — <a href="aside">{show}</a>'
        self.count.setText(said)

    def count_text(self) -> str:
        """The count as the reader reads it (without its link's markup)."""
        return QTextDocumentFragment.fromHtml(self.count.text()).toPlainText()


def _button(parent: QWidget, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAutoRaise(True)
    return button
