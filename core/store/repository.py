"""Documents and their extraction in and out of the store, as ``core.model`` dataclasses."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from core.errors import NotFound
from core.model import (
    Attributes,
    DocumentInfo,
    Entity,
    Event,
    Extraction,
    Mention,
    Region,
    TimeExpression,
)
from core.store.db import Store
from core.store.schema import (
    AttributeRow,
    DateRow,
    DocumentRow,
    EntityRow,
    EventRow,
    MentionRow,
    ParticipantRow,
    RegionRow,
)


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def find_cached(store: Store, raw_sha256: str, extractor_version: str) -> int | None:
    """The id of a document read from these exact bytes by this extractor version, if any."""
    with store.read() as session:
        return session.scalars(
            select(DocumentRow.id)
            .where(DocumentRow.raw_sha256 == raw_sha256)
            .where(DocumentRow.extractor_version == extractor_version)
            .order_by(DocumentRow.id.desc())
            .limit(1)
        ).first()


def find_by_text_hash(store: Store, sha256: str) -> int | None:
    with store.read() as session:
        return session.scalars(select(DocumentRow.id).where(DocumentRow.sha256 == sha256)).first()


def save_extraction(
    store: Store, extraction: Extraction, *, raw_sha256: str, extractor_version: str
) -> int:
    """Store ``extraction`` (whose ids are local numbers) in one transaction; return its id.

    A document with the same text is replaced in place (its id, and so its annotations, stay).
    """
    with store.write() as session:
        row = session.scalars(
            select(DocumentRow).where(DocumentRow.sha256 == extraction.document.sha256)
        ).first()
        if row is None:
            row = DocumentRow(sha256=extraction.document.sha256, created=now_iso())
            session.add(row)
        else:
            _clear_extraction(session, row.id)
        info = extraction.document
        row.raw_sha256 = raw_sha256
        row.source = info.source
        row.title = info.title
        row.language = info.language
        row.dct = info.dct
        row.text = extraction.text
        row.extractor_version = extractor_version
        session.flush()
        _add_children(session, row, extraction)
        return row.id


def _clear_extraction(session: Session, document_id: int) -> None:
    for table in (EventRow, DateRow, EntityRow, RegionRow):
        session.execute(delete(table).where(table.document_id == document_id))
    session.expire_all()


def _add_children(session: Session, row: DocumentRow, extraction: Extraction) -> None:
    session.add_all(
        RegionRow(document_id=row.id, start=r.start, end=r.end, role=r.role)
        for r in extraction.regions
    )
    entity_ids: dict[int, int] = {}
    for entity in extraction.entities:
        erow = EntityRow(
            document_id=row.id,
            kind=entity.kind,
            name=entity.name,
            aliases=json.dumps(list(entity.aliases), ensure_ascii=False),
        )
        erow.mentions = [MentionRow(start=m.start, end=m.end, text=m.text) for m in entity.mentions]
        erow.attributes = _attribute_rows(entity.attributes)
        session.add(erow)
        session.flush()
        entity_ids[entity.id] = erow.id
    date_ids: dict[int, int] = {}
    date_rows: list[tuple[TimeExpression, DateRow]] = []
    for date in extraction.dates:
        drow = DateRow(
            document_id=row.id,
            start=date.start,
            end=date.end,
            text=date.text,
            type=date.type,
            value=date.value,
            mod=date.mod,
            anchor=date.anchor,
        )
        session.add(drow)
        date_rows.append((date, drow))
    session.flush()
    for date, drow in date_rows:
        date_ids[date.id] = drow.id
    for date, drow in date_rows:
        if date.anchor_date_id is not None:
            drow.anchor_date_id = date_ids.get(date.anchor_date_id)
    for ev in extraction.events:
        evrow = EventRow(
            document_id=row.id,
            date_id=date_ids[ev.date_id],
            value=ev.value,
            mod=ev.mod,
            precision=ev.precision,
            sort_key=ev.sort_key,
            start=ev.start,
            end=ev.end,
            label=ev.label,
        )
        evrow.participants = [
            ParticipantRow(entity_id=entity_ids[p], position=i)
            for i, p in enumerate(ev.participants)
            if p in entity_ids
        ]
        session.add(evrow)


def _attribute_rows(attributes: Attributes) -> list[AttributeRow]:
    rows = [AttributeRow(key="role", value=role) for role in attributes.roles]
    if attributes.age is not None:
        rows.insert(0, AttributeRow(key="age", value=str(attributes.age)))
    return rows


def load_extraction(store: Store, document_id: int) -> Extraction:
    """Everything stored about one document. Needs no spaCy."""
    with store.read() as session:
        row = session.get(
            DocumentRow,
            document_id,
            options=[
                selectinload(DocumentRow.regions),
                selectinload(DocumentRow.entities).selectinload(EntityRow.mentions),
                selectinload(DocumentRow.entities).selectinload(EntityRow.attributes),
                selectinload(DocumentRow.dates),
                selectinload(DocumentRow.events).selectinload(EventRow.participants),
            ],
        )
        if row is None:
            raise NotFound(f"no document with id {document_id}")
        return _to_extraction(row)


def _to_extraction(row: DocumentRow) -> Extraction:
    return Extraction(
        document=document_info(row),
        text=row.text,
        regions=tuple(Region(r.start, r.end, r.role) for r in row.regions),  # type: ignore[arg-type]
        entities=tuple(_to_entity(e) for e in row.entities),
        dates=tuple(
            TimeExpression(
                id=d.id,
                start=d.start,
                end=d.end,
                text=d.text,
                type=d.type,  # type: ignore[arg-type]
                value=d.value,
                mod=d.mod,
                anchor=d.anchor,  # type: ignore[arg-type]
                anchor_date_id=d.anchor_date_id,
            )
            for d in row.dates
        ),
        events=tuple(
            Event(
                id=e.id,
                date_id=e.date_id,
                value=e.value,
                mod=e.mod,
                precision=e.precision,
                sort_key=e.sort_key,
                start=e.start,
                end=e.end,
                label=e.label,
                participants=tuple(p.entity_id for p in e.participants),
            )
            for e in sorted(row.events, key=lambda e: (e.sort_key, e.start))
        ),
    )


def _to_entity(row: EntityRow) -> Entity:
    age = next((int(a.value) for a in row.attributes if a.key == "age"), None)
    roles = tuple(a.value for a in row.attributes if a.key == "role")
    return Entity(
        id=row.id,
        kind=row.kind,  # type: ignore[arg-type]
        name=row.name,
        aliases=tuple(json.loads(row.aliases)),
        mentions=tuple(Mention(m.start, m.end, m.text) for m in row.mentions),
        attributes=Attributes(age=age, roles=roles),
    )


def document_info(row: DocumentRow) -> DocumentInfo:
    return DocumentInfo(
        id=row.id,
        title=row.title,
        language=row.language,
        sha256=row.sha256,
        source=row.source,
        dct=row.dct,
        chars=len(row.text),
    )


def list_documents(store: Store) -> list[DocumentInfo]:
    with store.read() as session:
        rows = session.scalars(select(DocumentRow).order_by(DocumentRow.id)).all()
        return [document_info(r) for r in rows]


def find_by_source(store: Store, source: str) -> int | None:
    """The newest document read from ``source`` (a path or URL)."""
    with store.read() as session:
        return session.scalars(
            select(DocumentRow.id)
            .where(DocumentRow.source == source)
            .order_by(DocumentRow.id.desc())
            .limit(1)
        ).first()


def delete_document(store: Store, document_id: int) -> None:
    """Delete a document and its extraction, after a verified backup; its annotations stay
    (``document_id`` → NULL) and go back to it if the same text is opened again."""
    from core.store.backup import backup_before

    backup_before(store, "before-delete")
    with store.write() as session:
        if session.get(DocumentRow, document_id) is None:
            raise NotFound(f"no document with id {document_id}")
        # The database's own ON DELETE rules remove the extraction and keep the annotations.
        session.execute(delete(DocumentRow).where(DocumentRow.id == document_id))
