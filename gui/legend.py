"""The legend above the article: one toggle per kind, showing its colour and its underline."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from gui.palette import MARK_KINDS, kind_colours, kind_name, underline_name

_PEN_STYLES = {
    "PER": Qt.PenStyle.SolidLine,
    "ORG": Qt.PenStyle.DashLine,
    "LOC": Qt.PenStyle.DotLine,
    "MISC": Qt.PenStyle.DashDotLine,
    "DATE": Qt.PenStyle.SolidLine,
}


class Legend(QWidget):
    """Checkable buttons; unchecking one hides that kind's marks."""

    hiddenKindsChanged = Signal(frozenset)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(4)
        self.buttons: dict[str, QToolButton] = {}
        self._tinted = True
        for kind in MARK_KINDS:
            button = QToolButton(self)
            button.setText(kind_name(kind))
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(self._emit)
            layout.addWidget(button)
            self.buttons[kind] = button
        layout.addStretch(1)
        self._draw()

    def set_tinted(self, tinted: bool) -> None:
        """Marks tinted, or underlined only (while the article has highlights)."""
        self._tinted = tinted
        self._draw()

    def _draw(self) -> None:
        for kind, button in self.buttons.items():
            button.setIcon(swatch(kind, self.palette(), tinted=self._tinted))
            if self._tinted:
                how = self.tr("{kind}: tinted, {underline}. Click to hide or show.")
            else:
                how = self.tr(
                    "{kind}: {underline} (untinted while the article has highlights: the"
                    " colours behind the text are yours). Click to hide or show."
                )
            button.setToolTip(how.format(kind=kind_name(kind), underline=underline_name(kind)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._draw()

    def hidden_kinds(self) -> frozenset[str]:
        return frozenset(kind for kind, b in self.buttons.items() if not b.isChecked())

    def toggle(self, kind: str) -> None:
        self.buttons[kind].toggle()

    def _emit(self) -> None:
        self.hiddenKindsChanged.emit(self.hidden_kinds())


def swatch(kind: str, palette: QPalette, *, tinted: bool = True) -> QIcon:
    """A small sample of the mark: the tint with the kind's underline beneath."""
    colours = kind_colours(kind, palette)
    pixmap = QPixmap(22, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    if tinted:
        painter.fillRect(1, 1, 20, 11, QColor(colours.tint))
    pen = QPen(QColor(colours.line), 2, _PEN_STYLES[kind])
    painter.setPen(pen)
    if kind == "DATE":
        for x in range(1, 21, 4):
            painter.drawLine(x, 14, x + 2, 12)
            painter.drawLine(x + 2, 12, x + 4, 14)
    else:
        painter.drawLine(1, 13, 21, 13)
    painter.end()
    return QIcon(pixmap)
