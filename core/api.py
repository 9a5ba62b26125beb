"""The one facade the command line and the window call. No Qt, and no spaCy until ``analyse``.

article = prepare("article.html")    # fast: read, decode, clean (shown at once)
extraction = stored(db, article)     # fast: an article already in the store, if it is there
store = open_store(db)               # --db / $LISEUSE_DB / the user's data folder
extraction = cached(store, article) or analyse(store, article, progress=..., cancel=...)

Importing this module costs neither spaCy nor SQLAlchemy: ``prepare`` and ``stored`` need
neither, so an article already in the store is answered in a fraction of a second.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from core import EXTRACTOR_VERSION
from core.model import Extraction, StoredArticle
from core.progress import CancelFn, ProgressFn
from core.reading.article import Article, load_article

if TYPE_CHECKING:
    from core.store.db import Store

__all__ = [
    "EXTRACTOR_VERSION",
    "CancelFn",
    "ProgressFn",
    "analyse",
    "cached",
    "extraction_of",
    "load",
    "open_document",
    "open_store",
    "prepare",
    "stored",
    "warm_up",
]


def open_store(db: str | None = None) -> Store:
    from core.store.db import open_store as _open_store

    return _open_store(db)


def prepare(source: str | Path, *, lang: str | None = None, dct: str | None = None) -> Article:
    """Read and clean an article (no NLP): raises ``ReadError`` with a readable message."""
    return load_article(source, lang=lang, dct=dct)


def stored(db: str | None, article: Article) -> StoredArticle | None:
    """``article`` as stored, with its highlights, read without SQLAlchemy (``core.store.quick``).

    None when it is not stored, and also whenever the store needs more than reading (no file
    yet, an upgrade, a damaged file…): then ``open_store`` and ``cached`` give the answer."""
    from core.store.files import resolve_url
    from core.store.quick import cached as quick_cached

    found = quick_cached(resolve_url(db), article.raw_sha256, EXTRACTOR_VERSION)
    return found if found is not None and _answers(found.extraction, article) else None


def cached(store: Store, article: Article) -> Extraction | None:
    """The stored extraction of these exact bytes by this extractor version, if any."""
    from core.store import repository

    document_id = repository.find_cached(store, article.raw_sha256, EXTRACTOR_VERSION)
    if document_id is None:
        return None
    extraction = repository.load_extraction(store, document_id)
    return extraction if _answers(extraction, article) else None


def _answers(extraction: Extraction, article: Article) -> bool:
    """False when the article was asked for in another language or with another date."""
    info = extraction.document
    return info.language == article.language and (not article.dct or info.dct == article.dct)


def analyse(
    store: Store,
    article: Article,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Extraction:
    """Extract (spaCy + temporal tagger + timeline) and store in one transaction.

    Highlights made on an earlier version of the same source, or left by a deleted document
    with this very text, are then re-anchored onto it (those that cannot be placed are kept,
    flagged unanchored).
    """
    from core.annotations.reanchor import carry_over_from_source, reattach_orphans
    from core.extractor import extract
    from core.store import repository

    extraction = extract(article, progress=progress, cancel=cancel)
    stored = repository.store_extraction(
        store, extraction, raw_sha256=article.raw_sha256, extractor_version=EXTRACTOR_VERSION
    )
    reattach_orphans(store, stored.document.id)
    carry_over_from_source(store, stored.document.id)
    return stored


def open_document(
    store: Store,
    source: str | Path,
    *,
    lang: str | None = None,
    dct: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Extraction:
    article = prepare(source, lang=lang, dct=dct)
    return cached(store, article) or analyse(store, article, progress=progress, cancel=cancel)


def extraction_of(
    db: str | None,
    article: Article,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> tuple[Extraction, bool]:
    """``article``'s extraction and whether it is new: from the store when it is there (read
    without SQLAlchemy when it can be), else extracted and stored."""
    quick = stored(db, article)
    if quick is not None:
        return quick.extraction, False
    store = open_store(db)
    try:
        found = cached(store, article)
        if found is not None:
            return found, False
        return analyse(store, article, progress=progress, cancel=cancel), True
    finally:
        store.close()


def load(store: Store, document_id: int) -> Extraction:
    from core.store import repository

    return repository.load_extraction(store, document_id)


def warm_up(lang: str = "fr") -> None:
    """Load the spaCy pipeline now (the window's worker calls this at launch)."""
    from core.names.nlp import pipeline

    pipeline(lang)
