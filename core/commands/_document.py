"""``PATH|DOC_ID`` arguments: a stored document's id, or an article opened through the library
(answered from the store when its bytes are already there; no spaCy then)."""

from __future__ import annotations

import sys
from pathlib import Path

from core.errors import NotFound
from core.ids import looks_like_id, parse_number
from core.library import Library


def tell(message: str) -> None:
    """What the reader should know besides the answer (on stderr, so the output stays clean)."""
    from core.commands._terminal import printable

    print(f"liseuse: {printable(message)}", file=sys.stderr)


def open_library(db: str | None) -> Library:
    """The store, opened through the one door; a damaged one is recovered, and the reader told."""
    library = Library.open(db)
    if library.recovered:
        tell(library.recovered)
    return library


def open_target(library: Library, target: str) -> int:
    """The id of the document ``target`` names. An article whose text changed since it was
    annotated becomes a new version, its highlights carried over, and the reader is told."""
    if looks_like_id(target) and not _is_file(target):
        document_id = parse_number(target)
        if not library.has_document(document_id):
            raise NotFound(f"no document with id {document_id} in the store")
        return document_id
    from core.api import prepare

    extraction, analysis = library.open_article(prepare(target))
    report = analysis.report() if analysis is not None else None
    if report:
        tell(report)
    return extraction.document.id


def _is_file(target: str) -> bool:
    """True when ``target`` names something on disk (a file called "2024" wins over an id)."""
    try:
        return Path(target).exists()
    except (OSError, ValueError):  # a name too long for the file system is no file
        return False
