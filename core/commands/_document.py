"""``PATH|DOC_ID`` arguments: a stored document's id, or an article opened through ``core.api``
(answered from the store when its bytes are already there; no spaCy then)."""

from __future__ import annotations

import sys
from pathlib import Path

from core.errors import NotFound
from core.ids import looks_like_id, parse_number
from core.store.db import Store


def resolve_document(store: Store, target: str) -> int:
    """The id of the document ``target`` names. An article whose text changed since it was
    annotated becomes a new version, and its highlights are carried over (and reported)."""
    if looks_like_id(target) and not _is_file(target):
        from core.store.repository import list_documents

        document_id = parse_number(target)
        if all(d.id != document_id for d in list_documents(store)):
            raise NotFound(f"no document with id {document_id} in the store")
        return document_id
    from core import api
    from core.annotations.reanchor import after_open

    document_id = api.open_document(store, target).document.id
    report = after_open(store, document_id)
    if report.total:
        print(
            f"liseuse: the text changed; {report.total} highlights carried over "
            f"({report.exact} exact, {report.approximate} approximate, "
            f"{len(report.unanchored)} unanchored)",
            file=sys.stderr,
        )
    if report.reattached:
        print(
            f"liseuse: {report.reattached} highlights of a deleted copy given back", file=sys.stderr
        )
    return document_id


def _is_file(target: str) -> bool:
    """True when ``target`` names something on disk (a file called "2024" wins over an id)."""
    try:
        return Path(target).exists()
    except (OSError, ValueError):  # a name too long for the file system is no file
        return False
