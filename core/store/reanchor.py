"""Carrying highlights over to a new version of a text, and back to a re-opened text.

A changed text is a new document (a new content hash); the old one keeps its text, so nothing is
lost. ``carry_over`` places each highlight of the old version on the new text (exactly,
approximately or not at all) and attaches it there; the quote, prefix and suffix the reader
selected are kept as they were. Placing runs before the write transaction, which stays short.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import select

from core.annotations.anchoring import Placement, Selector, place
from core.errors import NotFound
from core.model import Annotation
from core.store.backup import backup_before
from core.store.db import Store
from core.store.schema import AnnotationRow, DocumentRow


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    exact: int = 0
    approximate: int = 0
    unanchored: tuple[Annotation, ...] = field(default=())
    reattached: int = 0  # highlights of a deleted copy of the same text, given back

    @property
    def total(self) -> int:
        """Highlights carried over from an earlier version (``reattached`` not included)."""
        return self.exact + self.approximate + len(self.unanchored)


def selector_of(annotation: Annotation) -> Selector:
    return Selector(
        annotation.quote, annotation.prefix, annotation.suffix, annotation.start, annotation.end
    )


def _text_and_hash(store: Store, document_id: int) -> tuple[str, str]:
    with store.read() as session:
        row = session.get(DocumentRow, document_id)
        if row is None:
            raise NotFound(f"no document with id {document_id}")
        return row.text, row.sha256


def _annotations_of(store: Store, document_id: int) -> list[Annotation]:
    from core.store.annotations import to_model

    with store.read() as session:
        rows = session.scalars(
            select(AnnotationRow).where(AnnotationRow.document_id == document_id)
        ).all()
        return [to_model(r) for r in rows]


def carry_over(store: Store, from_document_id: int, to_document_id: int) -> ReanchorReport:
    """Move the highlights of one version of a text onto another, placing each anew."""
    if from_document_id == to_document_id:
        return ReanchorReport()
    text, sha256 = _text_and_hash(store, to_document_id)
    moving = _annotations_of(store, from_document_id)
    if not moving:
        return ReanchorReport()
    placements = {a.id: place(text, selector_of(a)) for a in moving}
    backup_before(store, "before-reanchor")
    with store.write() as session:
        for annotation in moving:
            row = session.get(AnnotationRow, annotation.id)
            if row is not None and row.document_id == from_document_id:
                _attach(row, to_document_id, sha256, placements[annotation.id])
    return _report(moving, placements)


def _attach(row: AnnotationRow, document_id: int, sha256: str, placement: Placement) -> None:
    row.document_id = document_id
    row.document_sha256 = sha256
    row.start, row.end = placement.start, placement.end
    row.anchor_state = placement.state


def _report(moved: list[Annotation], placements: dict[int, Placement]) -> ReanchorReport:
    states = [placements[a.id].state for a in moved]
    lost = tuple(a for a in moved if placements[a.id].state == "unanchored")
    return ReanchorReport(states.count("exact"), states.count("approximate"), lost)


def carry_over_from_source(store: Store, document_id: int) -> ReanchorReport:
    """Bring onto this document the highlights of earlier versions read from the same source
    (the same file path or URL with a different text): call it after opening a document."""
    with store.read() as session:
        source = session.scalars(
            select(DocumentRow.source).where(DocumentRow.id == document_id)
        ).first()
        if source is None:
            raise NotFound(f"no document with id {document_id}")
        earlier = session.scalars(
            select(DocumentRow.id)
            .where(DocumentRow.source == source, DocumentRow.id != document_id)
            .where(DocumentRow.id.in_(select(AnnotationRow.document_id)))
            .order_by(DocumentRow.id)
        ).all()
    reports = [carry_over(store, old, document_id) for old in earlier if source != "<text>"]
    return ReanchorReport(
        sum(r.exact for r in reports),
        sum(r.approximate for r in reports),
        tuple(a for r in reports for a in r.unanchored),
    )


def reattach_orphans(store: Store, document_id: int) -> int:
    """Highlights left by a deleted document with this very text go back to it; how many."""
    text, sha256 = _text_and_hash(store, document_id)
    with store.write() as session:
        rows = session.scalars(
            select(AnnotationRow).where(
                AnnotationRow.document_id.is_(None), AnnotationRow.document_sha256 == sha256
            )
        ).all()
        for row in rows:
            placement = place(text, Selector(row.quote, row.prefix, row.suffix, row.start, row.end))
            _attach(row, document_id, sha256, placement)
        return len(rows)


def after_open(store: Store, document_id: int) -> ReanchorReport:
    """What the window (or the command line) calls once a document is open: highlights left by
    a deleted copy of this text come back, and those of earlier versions of the same source are
    carried over. The report lists what could not be placed."""
    back = reattach_orphans(store, document_id)
    report = carry_over_from_source(store, document_id)
    return replace(report, reattached=back)
