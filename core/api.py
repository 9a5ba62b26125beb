"""The one facade the command line and the window call. No Qt, and no spaCy until ``analyse``.

store = open_store()                 # --db / $LISEUSE_DB / the user's data folder
article = prepare("article.html")    # fast: read, decode, clean (shown at once)
extraction = cached(store, article) or analyse(store, article, progress=..., cancel=...)
"""

from __future__ import annotations

from pathlib import Path

from core import EXTRACTOR_VERSION
from core.article import Article, load_article
from core.model import Extraction
from core.progress import CancelFn, ProgressFn
from core.store import Store, repository
from core.store import open_store as _open_store

__all__ = [
    "EXTRACTOR_VERSION",
    "CancelFn",
    "ProgressFn",
    "analyse",
    "cached",
    "load",
    "open_document",
    "open_store",
    "prepare",
    "warm_up",
]


def open_store(db: str | None = None) -> Store:
    return _open_store(db)


def prepare(source: str | Path, *, lang: str | None = None, dct: str | None = None) -> Article:
    """Read and clean an article (no NLP): raises ``ReadError`` with a readable message."""
    return load_article(source, lang=lang, dct=dct)


def cached(store: Store, article: Article) -> Extraction | None:
    """The stored extraction of these exact bytes by this extractor version, if any."""
    document_id = repository.find_cached(store, article.raw_sha256, EXTRACTOR_VERSION)
    if document_id is None:
        return None
    extraction = repository.load_extraction(store, document_id)
    info = extraction.document
    if info.language != article.language or (article.dct and info.dct != article.dct):
        return None  # asked for another language or document date: extract again
    return extraction


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


def load(store: Store, document_id: int) -> Extraction:
    return repository.load_extraction(store, document_id)


def warm_up(lang: str = "fr") -> None:
    """Load the spaCy pipeline now (the window's worker calls this at launch)."""
    from core.nlp import pipeline

    pipeline(lang)
