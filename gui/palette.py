"""Colours and underline styles of the marks, for light and dark palettes.

Each kind gets a soft background tint and a strong underline in a distinct style, so a reader who
cannot tell the colours apart still tells the kinds apart by the line under them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette, QTextCharFormat

from gui.i18n import QT_TRANSLATE_NOOP

MarkKind = str  # "PER", "ORG", "LOC", "MISC" or "DATE"
MARK_KINDS: tuple[MarkKind, ...] = ("PER", "ORG", "LOC", "MISC", "DATE")

KIND_NAMES: dict[MarkKind, str] = {
    "PER": QT_TRANSLATE_NOOP("Kinds", "People"),
    "ORG": QT_TRANSLATE_NOOP("Kinds", "Organisations"),
    "LOC": QT_TRANSLATE_NOOP("Kinds", "Places"),
    "MISC": QT_TRANSLATE_NOOP("Kinds", "Other names"),
    "DATE": QT_TRANSLATE_NOOP("Kinds", "Dates"),
}
KIND_SINGULAR: dict[MarkKind, str] = {
    "PER": QT_TRANSLATE_NOOP("Kinds", "Person"),
    "ORG": QT_TRANSLATE_NOOP("Kinds", "Organisation"),
    "LOC": QT_TRANSLATE_NOOP("Kinds", "Place"),
    "MISC": QT_TRANSLATE_NOOP("Kinds", "Other name"),
    "DATE": QT_TRANSLATE_NOOP("Kinds", "Date"),
}


def kind_name(kind: MarkKind) -> str:
    """ "People", "Places"… in the interface's language."""
    return QCoreApplication.translate("Kinds", KIND_NAMES.get(kind, kind))


def kind_singular(kind: MarkKind) -> str:
    """ "Person", "Place"… in the interface's language."""
    return QCoreApplication.translate("Kinds", KIND_SINGULAR.get(kind, kind))


_Underline = QTextCharFormat.UnderlineStyle
UNDERLINES: dict[MarkKind, _Underline] = {
    "PER": _Underline.SingleUnderline,
    "ORG": _Underline.DashUnderline,
    "LOC": _Underline.DotLine,
    "MISC": _Underline.DashDotLine,
    "DATE": _Underline.WaveUnderline,
}
UNDERLINE_NAMES: dict[MarkKind, str] = {
    "PER": "solid underline",
    "ORG": "dashed underline",
    "LOC": "dotted underline",
    "MISC": "dash-dot underline",
    "DATE": "wavy underline",
}


@dataclass(frozen=True, slots=True)
class KindColours:
    tint: str  # background behind the mark
    line: str  # underline, legend swatch, timeline band


# Tints keep the normal text colour readable (contrast ≥ 7:1 with black or white text).
LIGHT: dict[MarkKind, KindColours] = {
    "PER": KindColours("#dbe8fb", "#1f64c8"),
    "ORG": KindColours("#fce5cc", "#b35400"),
    "LOC": KindColours("#daf0d6", "#2a7f2a"),
    "MISC": KindColours("#ebe2fa", "#7246c8"),
    "DATE": KindColours("#fbe0ea", "#b8175a"),
}
DARK: dict[MarkKind, KindColours] = {
    "PER": KindColours("#1d3557", "#82b6ff"),
    "ORG": KindColours("#4f3112", "#ffad5c"),
    "LOC": KindColours("#1d4220", "#84d37c"),
    "MISC": KindColours("#382759", "#c4a9ff"),
    "DATE": KindColours("#551c33", "#ff8cb5"),
}


@dataclass(frozen=True, slots=True)
class LayerColours:
    focus: str  # every mention of the chosen entity
    search: str  # find hits
    current: str  # the current find hit / mention
    flash: str  # the sentence of a chosen event
    hover: str  # the mark under the pointer
    set_aside: str  # text of boilerplate and duplicates, when shown


LIGHT_LAYERS = LayerColours("#ffe380", "#fff2a8", "#ffb347", "#ffd400", "#e6e6e6", "#8a8a8a")
DARK_LAYERS = LayerColours("#7a6200", "#5c5420", "#a8641b", "#8c7400", "#3a3a3a", "#8f8f8f")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def kind_colours(kind: MarkKind, palette: QPalette) -> KindColours:
    return (DARK if is_dark(palette) else LIGHT)[kind]


def layer_colours(palette: QPalette) -> LayerColours:
    return DARK_LAYERS if is_dark(palette) else LIGHT_LAYERS


def mark_format(kind: MarkKind, palette: QPalette) -> QTextCharFormat:
    """The character format of an entity or date mark."""
    colours = kind_colours(kind, palette)
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(colours.tint))
    fmt.setUnderlineStyle(UNDERLINES[kind])
    fmt.setUnderlineColor(QColor(colours.line))
    return fmt


def background_format(colour: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(colour))
    return fmt
