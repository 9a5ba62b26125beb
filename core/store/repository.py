"""Documents and their extraction in and out of the store, as ``core.model`` dataclasses."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from core.errors import NotFound
from core.model import (
    Attributes,
    DocumentInfo,
    Event,
    Extraction,
    Mention,
    TimeExpression,
)
from core.store import queries, rows
from core.store.db import Store
from core.store.schema import (
    AttributeRow,
    Base,
    DateRow,
    DocumentRow,
    EntityRow,
    EventRow,
    MentionRow,
    ParticipantRow,
    RegionRow,
    TrashRow,
)


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def find_cached(store: Store, raw_sha256: str, extractor_version: str) -> int | None:
    """The id of a document read from these exact bytes by this extractor version, if any."""
    key = {"raw_sha256": raw_sha256, "extractor_version": extractor_version}
    with store.read() as session:
        return session.scalars(queries.FIND_CACHED, key).first()


def find_by_text_hash(store: Store, sha256: str) -> int | None:
    with store.read() as session:
        return session.scalars(select(DocumentRow.id).where(DocumentRow.sha256 == sha256)).first()


def save_extraction(
    store: Store, extraction: Extraction, *, raw_sha256: str, extractor_version: str
) -> int:
    """Store ``extraction`` (whose ids are local numbers) in one transaction; return its id."""
    return store_extraction(
        store, extraction, raw_sha256=raw_sha256, extractor_version=extractor_version
    ).document.id


def store_extraction(
    store: Store, extraction: Extraction, *, raw_sha256: str, extractor_version: str
) -> Extraction:
    """Store ``extraction`` in one transaction and return it as stored (database ids), without
    reading it back. A document with the same text is replaced in place (its id, and so its
    annotations, stay). Rows go in with bulk INSERTs: a novel's 10,000 mentions take a moment.
    """
    with store.write() as session:
        document_id = _document_row(session, extraction, raw_sha256, extractor_version)
        ids = _insert_children(session, document_id, extraction)
    return _renumbered(extraction, document_id, ids)


def _document_row(
    session: Session, extraction: Extraction, raw_sha256: str, extractor_version: str
) -> int:
    from core.store import fulltext  # (it imports the annotations, which import this module)

    info = extraction.document
    row = session.scalars(select(DocumentRow).where(DocumentRow.sha256 == info.sha256)).first()
    if row is None:
        row = DocumentRow(sha256=info.sha256, created=now_iso())
        session.add(row)
    else:  # the same text again: extracted anew in place (its highlights stay), out of the trash
        fulltext.unindex(session, row.id, row.title, row.text)
        for table in (EventRow, DateRow, EntityRow, RegionRow):
            session.execute(delete(table).where(table.document_id == row.id))
        session.execute(delete(TrashRow).where(TrashRow.document_id == row.id))
    row.raw_sha256 = raw_sha256
    row.source = info.source
    row.title = info.title
    row.language = info.language
    row.dct = info.dct
    row.text = extraction.text
    row.extractor_version = extractor_version
    session.flush()
    fulltext.index(session, row.id, row.title, row.text)
    return row.id


@dataclass(frozen=True, slots=True)
class _Ids:
    """Local id → database id, per kind of row."""

    entities: dict[int, int]
    dates: dict[int, int]
    events: dict[int, int]


def _insert_numbered(
    session: Session, table: type[Base], local_ids: Iterable[int], rows: list[dict[str, Any]]
) -> dict[int, int]:
    """Insert ``rows`` and map each local id (same order) to the database id it was given."""
    if not rows:
        return {}
    core_table = _table_of(table)
    key = core_table.c.id  # every table here has an integer primary key "id"
    statement = insert(core_table).returning(key, sort_by_parameter_order=True)
    return dict(zip(local_ids, session.scalars(statement, rows), strict=True))


def _insert(session: Session, table: type[Base], rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(_table_of(table)), rows)


def _table_of(mapped: type[Base]) -> Table:
    """The table of a mapped class, to insert rows into with SQLAlchemy Core. The ORM's bulk
    insert leaves out the columns given as None, so rows with and without a ``mod`` go in
    separate statements, whose results it splices one into the next: for a novel's 2,600
    numbered rows, 930 statements and 694,000 row fetches (0.9 s). Core sends every row with
    every column, in one ``insertmanyvalues`` statement per table."""
    table = mapped.__table__
    assert isinstance(table, Table)
    return table


def _insert_children(session: Session, document_id: int, extraction: Extraction) -> _Ids:
    doc = {"document_id": document_id}
    _insert(
        session,
        RegionRow,
        [{**doc, "start": r.start, "end": r.end, "role": r.role} for r in extraction.regions],
    )
    entity_rows = [
        {
            **doc,
            "kind": e.kind,
            "name": e.name,
            "aliases": json.dumps(list(e.aliases), ensure_ascii=False),
            "mention_count": len(e.mentions),
            "first_at": min((m.start for m in e.mentions), default=None),
        }
        for e in extraction.entities
    ]
    entities = _insert_numbered(
        session, EntityRow, (x.id for x in extraction.entities), entity_rows
    )
    _insert(
        session,
        MentionRow,
        [
            {"entity_id": entities[e.id], "start": m.start, "end": m.end, "text": m.text}
            for e in extraction.entities
            for m in e.mentions
        ],
    )
    _insert(
        session,
        AttributeRow,
        [
            {"entity_id": entities[e.id], "key": key, "value": value}
            for e in extraction.entities
            for key, value in _attribute_pairs(e.attributes)
        ],
    )
    date_rows = [
        {
            **doc,
            "start": d.start,
            "end": d.end,
            "text": d.text,
            "type": d.type,
            "value": d.value,
            "mod": d.mod,
            "anchor": d.anchor,
        }
        for d in extraction.dates
    ]
    dates = _insert_numbered(session, DateRow, (x.id for x in extraction.dates), date_rows)
    anchored = [
        {"id": dates[d.id], "anchor_date_id": dates[d.anchor_date_id]}
        for d in extraction.dates
        if d.anchor_date_id in dates
    ]
    if anchored:
        session.execute(update(DateRow), anchored)
    event_rows = [
        {
            **doc,
            "date_id": dates[e.date_id],
            "value": e.value,
            "mod": e.mod,
            "precision": e.precision,
            "sort_key": e.sort_key,
            "start": e.start,
            "end": e.end,
            "label": e.label,
        }
        for e in extraction.events
    ]
    events = _insert_numbered(session, EventRow, (x.id for x in extraction.events), event_rows)
    _insert(
        session,
        ParticipantRow,
        [
            {"event_id": events[e.id], "entity_id": entities[p], "position": i}
            for e in extraction.events
            for i, p in enumerate(_participants(e, entities))
        ],
    )
    return _Ids(entities, dates, events)


def _participants(event: Event, entities: dict[int, int]) -> list[int]:
    return list(dict.fromkeys(p for p in event.participants if p in entities))


def _attribute_pairs(attributes: Attributes) -> list[tuple[str, str]]:
    pairs = [] if attributes.age is None else [("age", str(attributes.age))]
    return pairs + [("role", role) for role in attributes.roles]


def _renumbered(extraction: Extraction, document_id: int, ids: _Ids) -> Extraction:
    """``extraction`` as ``load_extraction`` will give it back."""
    return Extraction(
        document=replace(extraction.document, id=document_id, chars=len(extraction.text)),
        text=extraction.text,
        regions=tuple(sorted(extraction.regions, key=lambda r: r.start)),
        entities=tuple(
            replace(e, id=ids.entities[e.id], mentions=tuple(sorted(e.mentions, key=_start)))
            for e in extraction.entities
        ),
        dates=tuple(
            replace(d, id=ids.dates[d.id], anchor_date_id=ids.dates.get(d.anchor_date_id or 0))
            for d in sorted(extraction.dates, key=_start)
        ),
        events=rows.event_order(
            replace(
                e,
                id=ids.events[e.id],
                date_id=ids.dates[e.date_id],
                participants=tuple(ids.entities[p] for p in _participants(e, ids.entities)),
            )
            for e in extraction.events
        ),
    )


def _start(item: Mention | TimeExpression) -> int:
    return item.start


def load_extraction(store: Store, document_id: int) -> Extraction:
    """Everything stored about one document, read with the column queries of
    ``core.store.queries`` (no ORM objects: a novel's rows load in a fraction of a second)."""
    with store.read() as session:
        key = {"document_id": document_id}
        document = session.execute(queries.DOCUMENT, key).first()
        if document is None:
            raise NotFound(f"no document with id {document_id}")
        parts = {name: session.execute(queries.STATEMENTS[name], key).all() for name in rows.PARTS}
        return rows.extraction(document, **parts)


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
        found = session.scalars(select(DocumentRow).order_by(DocumentRow.id)).all()
        return [document_info(r) for r in found]


def load_source(store: Store, document_id: int) -> str | None:
    """The path or URL a stored document was read from."""
    with store.read() as session:
        return session.scalars(
            select(DocumentRow.source).where(DocumentRow.id == document_id)
        ).first()


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
        remove_documents(session, [document_id])


def remove_documents(session: Session, document_ids: Iterable[int]) -> int:
    """Delete documents and their extraction (in the caller's transaction); their annotations
    stay (``document_id`` → NULL) and go back to the same text if it is opened again."""
    from core.store import fulltext

    rows = session.execute(
        select(DocumentRow.id, DocumentRow.title, DocumentRow.text).where(
            DocumentRow.id.in_(list(document_ids))
        )
    ).all()
    for document_id, title, text in rows:
        fulltext.unindex(session, document_id, title, text)
    # The database's own ON DELETE rules remove the extraction and keep the annotations.
    session.execute(delete(DocumentRow).where(DocumentRow.id.in_([r[0] for r in rows])))
    return len(rows)
