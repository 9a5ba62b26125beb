"""Helpers for the annotation tests: a sample text and documents saved without NLP."""

from __future__ import annotations

import hashlib

from core.model import DocumentInfo, Extraction, Region
from core.store.db import Store
from core.store.repository import save_extraction

TEXT = (
    "Le conseil municipal a voté le budget mardi soir, après une longue séance.\n"
    "La maire a défendu « une gestion prudente » face aux critiques de l'opposition.\n"
    "Les élus écologistes ont réclamé davantage de pistes cyclables et d'arbres en ville.\n"
    "Le vote final a réuni vingt-trois voix pour et onze contre, sans abstention."
)


def save_text(store: Store, text: str, *, source: str = "/articles/a.txt", title: str = "") -> int:
    """Save ``text`` as a document (no NLP), as the extractor would; return its id."""
    sha = hashlib.sha256(text.encode()).hexdigest()
    info = DocumentInfo(0, title or text.split("\n", 1)[0][:40], "fr", sha, source, None, len(text))
    extraction = Extraction(info, text, (Region(0, len(text), "body"),))
    return save_extraction(store, extraction, raw_sha256=sha, extractor_version="test")
