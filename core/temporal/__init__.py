"""Liseuse's temporal tagger: TIMEX3 expressions found, normalised and anchored, without spaCy.

``tag_dates`` and ``find_dct`` work on plain text; ``core.temporal.component`` wraps the same
tagger as a spaCy pipeline component ("liseuse/timex").
"""

from core.temporal.tagger import find_dct, tag_dates

__all__ = ["find_dct", "tag_dates"]
