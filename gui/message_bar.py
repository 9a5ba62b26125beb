"""A quiet bar at the top of the article for what went wrong (a file that cannot be read…)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from gui.theme import is_dark

STYLES = {  # dark palette? → background, border, text
    False: ("#fde8e8", "#e0a0a0", "#6b1010"),
    True: ("#4a1c1c", "#8a3a3a", "#ffdcdc"),
}


class MessageBar(QFrame):
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._dark: bool | None = None
        self._style()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.dismiss)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def _style(self) -> None:
        """Light red in a light palette, dark red in a dark one (text contrast ≥ 7:1)."""
        dark = is_dark(QApplication.palette())  # its own is the style sheet's
        if dark == self._dark:
            return
        self._dark = dark
        background, border, text = STYLES[dark]
        self.setStyleSheet(
            f"#messageBar {{ background: {background}; border: 1px solid {border};"
            " border-radius: 4px; }"
            f"#messageBar QLabel, #messageBar QToolButton {{ color: {text}; }}"
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Its style sheet fixes its own palette: the application's tells light from dark."""
        if watched is QApplication.instance() and (
            event.type() == QEvent.Type.ApplicationPaletteChange
        ):
            self._style()
        return False

    def colours(self) -> tuple[str, str, str]:
        """Background, border and text, as shown now."""
        return STYLES[bool(self._dark)]

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
