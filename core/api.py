"""What the window's reading thread needs of the core, without a store or spaCy.

    article = prepare("article.html")    # fast: read, decode, clean (shown at once)
    found = lookup(db, article)          # fast: an article already stored, without SQLAlchemy

Everything that needs the store itself goes through ``core.library.Library``. Importing this
module costs neither spaCy nor SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path

from core import EXTRACTOR_VERSION
from core.library import lookup
from core.reading.article import Article, load_article

__all__ = ["EXTRACTOR_VERSION", "lookup", "prepare", "warm_up"]


def prepare(source: str | Path, *, lang: str | None = None, dct: str | None = None) -> Article:
    """Read and clean an article (no NLP): raises ``ReadError`` with a readable message."""
    return load_article(source, lang=lang, dct=dct)


def warm_up(lang: str = "fr") -> None:
    """Load the spaCy pipeline now (the window's model process does this at launch)."""
    from core.names.nlp import pipeline

    pipeline(lang)
