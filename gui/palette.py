"""Colours and underline styles of the marks, for light and dark palettes.

Each kind gets a soft background tint and a strong underline in a distinct style, so a reader who
cannot tell the colours apart still tells the kinds apart by the line under them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette, QTextCharFormat

from core.annotations.colors import COLORS
from gui.i18n import QT_TRANSLATE_NOOP
from gui.theme import contrast, is_dark, over

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
    "PER": QT_TRANSLATE_NOOP("Kinds", "solid underline"),
    "ORG": QT_TRANSLATE_NOOP("Kinds", "dashed underline"),
    "LOC": QT_TRANSLATE_NOOP("Kinds", "dotted underline"),
    "MISC": QT_TRANSLATE_NOOP("Kinds", "dash-dot underline"),
    "DATE": QT_TRANSLATE_NOOP("Kinds", "wavy underline"),
}


def underline_name(kind: MarkKind) -> str:
    return QCoreApplication.translate("Kinds", UNDERLINE_NAMES[kind])


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
    """What the window draws over the text besides the reader's highlights. Those are the only
    coloured fills; everything else is an outline (``ArticleText`` draws it), so a find hit or
    a chosen person's mention is never taken for a yellow highlight."""

    focus: str  # outline of every mention of the chosen entity
    search: str  # outline of find hits
    current: str  # outline (thicker) of the current find hit / mention
    flash: str  # outline (thicker) of the sentence of a chosen event, for a moment
    hover: str  # outline of the mark under the pointer
    set_aside: str  # text of boilerplate and duplicates, when shown


LIGHT_LAYERS = LayerColours("#6d28d9", "#0e7490", "#0e7490", "#0e7490", "#6b6b6b", "#5f5f5f")
DARK_LAYERS = LayerColours("#e5e5e5", "#34d399", "#34d399", "#34d399", "#a0a0a0", "#a8a8a8")
OUTLINED = ("focus", "search", "current", "flash", "hover")
OUTLINE_WIDTHS = {"focus": 1.5, "search": 1.5, "current": 3.0, "flash": 3.0, "hover": 1.0}

# Highlights are translucent (overlaps blend), as strong as the text's contrast allows.
HIGHLIGHT_ALPHA_LIGHT, HIGHLIGHT_ALPHA_DARK = 0.42, 0.55
MIN_CONTRAST = 4.5  # WCAG AA for text
MIN_HIGHLIGHT_ALPHA = 0.18


def highlight_fill(name: str, palette: QPalette) -> QColor:
    """A highlight's colour, with the alpha it is painted with over this palette's base: the
    strongest (up to 0.42 in light, 0.55 in dark palettes) that keeps the text readable."""
    colour = QColor(COLORS.get(name, COLORS["yellow"]))
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    alpha = HIGHLIGHT_ALPHA_DARK if is_dark(palette) else HIGHLIGHT_ALPHA_LIGHT
    while alpha > MIN_HIGHLIGHT_ALPHA and contrast(text, over(colour, alpha, base)) < MIN_CONTRAST:
        alpha -= 0.01
    colour.setAlphaF(alpha)
    return colour


def kind_colours(kind: MarkKind, palette: QPalette) -> KindColours:
    return (DARK if is_dark(palette) else LIGHT)[kind]


def layer_colours(palette: QPalette) -> LayerColours:
    return DARK_LAYERS if is_dark(palette) else LIGHT_LAYERS


def mark_format(kind: MarkKind, palette: QPalette, *, tinted: bool = True) -> QTextCharFormat:
    """The character format of an entity or date mark: its tint and its underline, or its
    underline only (``tinted`` False: while the article has highlights, the colours behind the
    text are the reader's)."""
    colours = kind_colours(kind, palette)
    fmt = QTextCharFormat()
    if tinted:
        fmt.setBackground(QColor(colours.tint))
    fmt.setUnderlineStyle(UNDERLINES[kind])
    fmt.setUnderlineColor(QColor(colours.line))
    return fmt


COLOUR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("Colours", "yellow"),
    "red": QT_TRANSLATE_NOOP("Colours", "red"),
    "green": QT_TRANSLATE_NOOP("Colours", "green"),
    "blue": QT_TRANSLATE_NOOP("Colours", "blue"),
    "purple": QT_TRANSLATE_NOOP("Colours", "purple"),
    "magenta": QT_TRANSLATE_NOOP("Colours", "magenta"),
    "orange": QT_TRANSLATE_NOOP("Colours", "orange"),
    "grey": QT_TRANSLATE_NOOP("Colours", "grey"),
}


def colour_name(name: str) -> str:
    """A highlight colour's name in the interface's language ("jaune")."""
    return QCoreApplication.translate("Colours", COLOUR_NAMES.get(name, name))
