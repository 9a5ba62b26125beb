"""What a committed change touched, so that each panel refreshes only for what concerns it."""

from __future__ import annotations

from dataclasses import dataclass

from core.model import Annotation
from gui.digest import Digest


@dataclass(frozen=True, slots=True)
class Changes:
    """Announced by ``Runner.changed`` once a write has committed."""

    document_id: int | None = None
    highlights: tuple[Annotation, ...] = ()  # made, edited or restored: shown as they are now
    removed: tuple[str, ...] = ()  # uuids of highlights deleted
    reload: bool = False  # read the document's highlights again (an import added many)
    message: str = ""  # for the status bar ("Highlight saved")
    library: bool = False  # articles were added, extracted again, trashed or restored
    shown: Digest | None = None  # the document as it now reads (a correction changed it)

    @classmethod
    def saved(cls, annotation: Annotation, message: str) -> Changes:
        return cls(annotation.document_id, (annotation,), message=message)

    @classmethod
    def deleted(cls, annotation: Annotation, message: str) -> Changes:
        return cls(annotation.document_id, removed=(annotation.uuid,), message=message)
