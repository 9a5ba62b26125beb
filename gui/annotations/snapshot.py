"""What the highlights panel shows of a document (plain data: no store, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from core.model import Annotation


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A document's highlights and the tags in use (for the completer)."""

    document_id: int
    annotations: tuple[Annotation, ...]
    tags: tuple[str, ...]
