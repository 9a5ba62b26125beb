"""Liseuse's temporal tagger: TIMEX3 expressions found, normalised and anchored, without spaCy.

``tag_dates`` and ``find_dct`` work on plain text; ``core.temporal.component`` wraps the same
tagger as a spaCy pipeline component ("liseuse/timex"). They are imported on first use: reading
a stored article needs only ``core.temporal.calendar`` (a few milliseconds, not the rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.temporal.tagger import find_dct, tag_dates

__all__ = ["find_dct", "tag_dates"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from core.temporal import tagger

        return getattr(tagger, name)
    raise AttributeError(f"module 'core.temporal' has no attribute {name!r}")
