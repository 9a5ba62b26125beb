"""Light or dark, as the system says: at launch and whenever it changes while the window is open.

Where the platform gives Qt a dark palette itself (Windows, macOS, KDE), nothing is done; where
it only says that the scheme is dark (a GNOME desktop with Qt's own Fusion style), the window is
given a dark palette of its own, and the light one back when the system turns light again.
Every view derives its colours from the palette it has (``gui.palette``) and follows its
changes; ``contrast`` is WCAG's ratio, which those colours are checked against.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

_DARK: dict[Role, str] = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#e8e8e8",
    Role.Base: "#1e1e1e",
    Role.AlternateBase: "#262626",
    Role.ToolTipBase: "#333333",
    Role.ToolTipText: "#f0f0f0",
    Role.PlaceholderText: "#9a9a9a",
    Role.Text: "#e8e8e8",
    Role.Button: "#333333",
    Role.ButtonText: "#e8e8e8",
    Role.BrightText: "#ffffff",
    Role.Light: "#4a4a4a",
    Role.Midlight: "#3d3d3d",
    Role.Mid: "#5a5a5a",
    Role.Dark: "#151515",
    Role.Shadow: "#000000",
    Role.Highlight: "#3d6fb4",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9",
}
_DISABLED: dict[Role, str] = {
    Role.WindowText: "#7a7a7a",
    Role.Text: "#7a7a7a",
    Role.ButtonText: "#7a7a7a",
    Role.Highlight: "#3a3a3a",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DISABLED.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Base).lightness() < 128


class _Follower(QObject):
    """Applies the system's scheme to the application's palette; when the palette changes
    (by us or by the platform), style sheets that name palette colours take the new ones."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.app = app
        self.ours = False  # the dark palette is ours (the platform gave a light one)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.app and event.type() == QEvent.Type.ApplicationPaletteChange:
            restyle_all()
        return False

    def apply(self, scheme: Qt.ColorScheme) -> None:
        dark_now = is_dark(self.app.palette())
        if scheme == Qt.ColorScheme.Dark and not dark_now:
            self.app.setPalette(dark_palette())
            self.ours = True
        elif scheme == Qt.ColorScheme.Light and dark_now and self.ours:
            style = getattr(self.app, "style", None)
            self.app.setPalette(style().standardPalette() if style else QPalette())
            self.ours = False


def restyle_all() -> None:
    """Style sheets read ``palette(…)`` once: set them again, so they read the new palette."""
    for widget in QApplication.allWidgets():
        sheet = widget.styleSheet()
        if "palette(" in sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def follow_system(app: QGuiApplication) -> _Follower:
    """Take the system's scheme now, and again each time it changes."""
    follower = _Follower(app)
    hints = app.styleHints()
    follower.apply(hints.colorScheme())
    hints.colorSchemeChanged.connect(follower.apply)
    return follower


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2's contrast ratio, 1 to 21 (text needs 4.5 at least: level AA)."""
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def over(colour: QColor, alpha: float, base: QColor) -> QColor:
    """``colour`` painted with ``alpha`` over ``base``: what the reader sees."""
    return QColor.fromRgbF(
        colour.redF() * alpha + base.redF() * (1 - alpha),
        colour.greenF() * alpha + base.greenF() * (1 - alpha),
        colour.blueF() * alpha + base.blueF() * (1 - alpha),
    )
