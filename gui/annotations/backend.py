"""What annotation jobs may do with the store, on the worker's thread only.

``AnnotationStore`` wraps the core's annotation functions for one open store. It keeps a map from
each highlight's uuid to its current row id: an undone deletion is restored under a new id, so the
undo stack names highlights by uuid and the ids are looked up here, at the moment a job runs. A
highlight it has not seen (shown from a stored article read directly) is looked up by its uuid.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from core.annotations import search, service
from core.errors import NotFound
from core.model import Annotation, DocumentInfo
from gui.annotations.snapshot import Snapshot


class AnnotationStore:
    def __init__(self, store: Any) -> None:
        self.store = store
        self._ids: dict[str, int] = {}

    def _seen(self, annotations: Iterable[Annotation]) -> None:
        for annotation in annotations:
            self._ids[annotation.uuid] = annotation.id

    def _id(self, uuid: str) -> int:
        found = self._ids.get(uuid)
        if found is None:
            found = service.find_id(self.store, uuid)
            if found is None:
                raise NotFound("this highlight is no longer in the store")
            self._ids[uuid] = found
        return found

    def snapshot(self, document_id: int) -> Snapshot:
        annotations = service.list_annotations(self.store, document_id)
        self._seen(annotations)
        tags = tuple(t.name for t in service.list_tags(self.store))
        return Snapshot(document_id, tuple(annotations), tags)

    def tags(self) -> tuple[str, ...]:
        return tuple(t.name for t in service.list_tags(self.store))

    def create(self, document_id: int, start: int, end: int, color: str) -> Annotation:
        made = service.create(self.store, document_id, start, end, color=color)
        self._seen([made])
        return made

    def update(
        self,
        uuid: str,
        *,
        color: str | None = None,
        note: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> Annotation:
        changed = service.update(self.store, self._id(uuid), color=color, note=note, tags=tags)
        self._seen([changed])
        return changed

    def delete(self, uuid: str) -> Annotation:
        gone = service.delete(self.store, self._id(uuid))
        self._ids.pop(uuid, None)
        return gone

    def restore(self, annotation: Annotation) -> Annotation:
        back = service.restore(self.store, annotation)
        self._seen([back])
        return back

    def search(self, query: str, document_id: int) -> tuple[str, ...]:
        """The uuids of the document's highlights that match ``query`` (any user string)."""
        return tuple(a.uuid for a in search.search(self.store, query, document_id=document_id))

    def export(self, document: DocumentInfo, fmt: str) -> str:
        """The document's highlights as the text of one export format (md, json, csv, html)."""
        from core.annotations import exporting

        annotations = service.list_annotations(self.store, document.id)
        return str(exporting.FORMATS[fmt](document, annotations))

    def import_file(self, path: Path, document_id: int) -> Any:
        from core.annotations import importing

        report = importing.import_file(self.store, path, document_id=document_id)
        self._seen(report.added)
        return report

    def backup(self) -> Path | None:
        from core.store.backup import maybe_backup

        return maybe_backup(self.store)
