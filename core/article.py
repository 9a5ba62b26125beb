"""Reading an article: bytes in, decoded and cleaned text with its regions out. No spaCy here.

``load_article`` is fast (no NLP): the window shows its text at once while extraction runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.model import Region


@dataclass(frozen=True, slots=True)
class Article:
    source: str  # the path (absolute) or URL it was read from, or "<text>"
    text: str  # decoded, "\r\n" → "\n"; every offset anywhere indexes this string
    title: str
    regions: tuple[Region, ...]  # tile the whole text; roles title/body/boilerplate/duplicate
    language: str  # "fr", "en", …
    dct: str | None  # document creation time (YYYY-MM-DD) when the source gives one
    raw_sha256: str  # of the bytes read (the extraction cache key)
    sha256: str  # of ``text`` (the document's identity)
    format: str  # "txt", "md" or "html"

    def body_spans(self) -> list[tuple[int, int]]:
        """Spans where entities, dates and events may come from (title and body)."""
        return [(r.start, r.end) for r in self.regions if r.role in ("title", "body")]


def load_article(source: str | Path, *, lang: str | None = None, dct: str | None = None) -> Article:
    """Read a .txt/.md/.html file (or an http(s) URL); raise ``ReadError`` with a clear message."""
    raise NotImplementedError  # being written: see the reading work


def article_from_text(
    text: str,
    *,
    source: str = "<text>",
    fmt: str = "txt",
    lang: str | None = None,
    dct: str | None = None,
) -> Article:
    """Clean an already-decoded text into an ``Article``."""
    raise NotImplementedError  # being written: see the reading work
