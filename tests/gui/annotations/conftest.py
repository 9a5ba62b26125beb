"""Fixtures for the highlight tests: the window over a real store in a temporary folder, opened
on a hand-made extraction (no spaCy), so that highlights are written and read back as in the
application."""

from __future__ import annotations

import dataclasses
from typing import Any

from core.model import Extraction


def with_text(extraction: Extraction, prefix: str) -> Extraction:
    """The same extraction with ``prefix`` put before its text (every offset shifted)."""
    shift = len(prefix)

    def moved(item: Any) -> Any:
        return dataclasses.replace(item, start=item.start + shift, end=item.end + shift)

    entities = tuple(
        dataclasses.replace(e, mentions=tuple(moved(m) for m in e.mentions))
        for e in extraction.entities
    )
    document = dataclasses.replace(extraction.document, chars=len(prefix + extraction.text))
    return dataclasses.replace(
        extraction,
        document=document,
        text=prefix + extraction.text,
        regions=(dataclasses.replace(extraction.regions[0], start=0), *extraction.regions[1:]),
        entities=entities,
        dates=tuple(moved(d) for d in extraction.dates),
        events=tuple(moved(e) for e in extraction.events),
    )
