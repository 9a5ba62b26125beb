"""The eight named highlight colours (Zotero's), and how they travel in exports."""

from __future__ import annotations

COLORS: dict[str, str] = {
    "yellow": "#ffd400",
    "red": "#ff6666",
    "green": "#5fb236",
    "blue": "#2ea8e5",
    "purple": "#a28ae5",
    "magenta": "#e56eee",
    "orange": "#f19837",
    "grey": "#aaaaaa",
}
DEFAULT_COLOR = "yellow"
_ALIASES = {"gray": "grey", "pink": "magenta", "violet": "purple"}


def color_name(value: str) -> str | None:
    """A colour name from a name, an alias or one of the eight hex codes; None if unknown."""
    key = value.strip().lower()
    if key in COLORS:
        return key
    if key in _ALIASES:
        return _ALIASES[key]
    return next((name for name, code in COLORS.items() if code == key), None)


def style_class(name: str) -> str:
    return f"hl-{name}"


def color_from_style_class(value: str) -> str | None:
    return color_name(value.removeprefix("hl-")) if value.startswith("hl-") else None


def stylesheet() -> str:
    """CSS for the eight classes, as W3C Web Annotation's ``CssStylesheet`` value carries it."""
    return " ".join(f".{style_class(n)} {{ background-color: {c} }}" for n, c in COLORS.items())
