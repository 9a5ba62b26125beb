"""The queries that read a stored document back, written once as SQLAlchemy statements.

``core.store.repository`` runs them through a session. ``core.store.quick`` runs the very same
statements, compiled to SQLite's SQL ahead of time in ``core/store/queries_sql.py``, through the
standard library's ``sqlite3``: a stored article is then answered without importing SQLAlchemy,
whose ORM alone takes most of a second to import on a small machine. A test fails when that file
no longer matches these statements; regenerate it with ``python -m core.store.queries``.

Each statement's columns are the ones ``core.store.rows`` turns into ``core.model`` dataclasses.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BindParameter,
    Integer,
    Select,
    bindparam,
    exists,
    func,
    literal_column,
    select,
)
from sqlalchemy.dialects import sqlite

from core.store import rows
from core.store.schema import (
    AnnotationRow,
    AnnotationTagRow,
    AttributeRow,
    CorrectionRow,
    DateRow,
    DocumentRow,
    EntityRow,
    EventRow,
    MentionRow,
    ParticipantRow,
    RegionRow,
    TagRow,
    TrashRow,
)

DOCUMENT_ID: BindParameter[int] = bindparam("document_id", type_=Integer)

# The newest document read from these exact bytes by this extractor version, not in the trash
# (opened again, it is extracted again and comes out of the trash).
FIND_CACHED = (
    select(DocumentRow.id)
    .where(DocumentRow.raw_sha256 == bindparam("raw_sha256"))
    .where(DocumentRow.extractor_version == bindparam("extractor_version"))
    .where(~exists().where(TrashRow.document_id == DocumentRow.id))
    .order_by(DocumentRow.id.desc())
)  # the first row answers (no LIMIT: it would compile to a bound parameter)

DOCUMENT = select(
    DocumentRow.id,
    DocumentRow.title,
    DocumentRow.language,
    DocumentRow.sha256,
    DocumentRow.source,
    DocumentRow.dct,
    DocumentRow.text,
).where(DocumentRow.id == DOCUMENT_ID)

REGIONS = (
    select(RegionRow.start, RegionRow.end, RegionRow.role)
    .where(RegionRow.document_id == DOCUMENT_ID)
    .order_by(RegionRow.start)
)

ENTITIES = (
    select(EntityRow.id, EntityRow.kind, EntityRow.name, EntityRow.aliases)
    .where(EntityRow.document_id == DOCUMENT_ID)
    .order_by(EntityRow.id)
)

MENTIONS = (
    select(MentionRow.entity_id, MentionRow.start, MentionRow.end, MentionRow.text)
    .join(EntityRow)
    .where(EntityRow.document_id == DOCUMENT_ID)
    .order_by(MentionRow.entity_id, MentionRow.start, MentionRow.id)
)

ATTRIBUTES = (
    select(AttributeRow.entity_id, AttributeRow.key, AttributeRow.value)
    .join(EntityRow)
    .where(EntityRow.document_id == DOCUMENT_ID)
    .order_by(AttributeRow.id)
)

DATES = (
    select(
        DateRow.id,
        DateRow.start,
        DateRow.end,
        DateRow.text,
        DateRow.type,
        DateRow.value,
        DateRow.mod,
        DateRow.anchor,
        DateRow.anchor_date_id,
    )
    .where(DateRow.document_id == DOCUMENT_ID)
    .order_by(DateRow.start, DateRow.id)
)

EVENTS = select(
    EventRow.id,
    EventRow.date_id,
    EventRow.value,
    EventRow.mod,
    EventRow.precision,
    EventRow.sort_key,
    EventRow.start,
    EventRow.end,
    EventRow.label,
).where(EventRow.document_id == DOCUMENT_ID)

PARTICIPANTS = (
    select(ParticipantRow.event_id, ParticipantRow.entity_id)
    .join(EventRow)
    .where(EventRow.document_id == DOCUMENT_ID)
    .order_by(ParticipantRow.event_id, ParticipantRow.position)
)

# The reader's highlights on the document, and the tags on them.
ANNOTATIONS = select(*(getattr(AnnotationRow, name) for name in rows.ANNOTATION_FIELDS)).where(
    AnnotationRow.document_id == DOCUMENT_ID
)

ANNOTATION_TAGS = (
    select(AnnotationTagRow.annotation_id, TagRow.name)
    .join(TagRow, TagRow.id == AnnotationTagRow.tag_id)
    .join(AnnotationRow, AnnotationRow.id == AnnotationTagRow.annotation_id)
    .where(AnnotationRow.document_id == DOCUMENT_ID)
)

# The reader's corrections that apply to the document: its own, and the rules for every article.
CORRECTIONS = (
    select(*(getattr(CorrectionRow, name) for name in rows.CORRECTION_FIELDS))
    .where(
        (CorrectionRow.document_id == DOCUMENT_ID)
        | (CorrectionRow.scope == literal_column("'everywhere'"))  # no parameter but the id
    )
    .order_by(CorrectionRow.id)
)

# Every tag in use in the store, with how many highlights carry it (for completion).
TAG_COUNTS = (
    select(TagRow.name, func.count(AnnotationTagRow.annotation_id))
    .join(AnnotationTagRow, AnnotationTagRow.tag_id == TagRow.id)
    .group_by(TagRow.id)
)

STATEMENTS: dict[str, Select[Any]] = {
    "find_cached": FIND_CACHED,
    "document": DOCUMENT,
    "regions": REGIONS,
    "entities": ENTITIES,
    "mentions": MENTIONS,
    "attributes": ATTRIBUTES,
    "dates": DATES,
    "events": EVENTS,
    "participants": PARTICIPANTS,
    "annotations": ANNOTATIONS,
    "annotation_tags": ANNOTATION_TAGS,
    "tag_counts": TAG_COUNTS,
    "corrections": CORRECTIONS,
}

GENERATED = Path(__file__).with_name("queries_sql.py")


def compiled() -> dict[str, str]:
    """Each statement as SQLite's SQL, with ``:name`` parameters (``sqlite3``'s named style)."""
    dialect = sqlite.dialect(paramstyle="named")
    return {name: str(statement.compile(dialect=dialect)) for name, statement in STATEMENTS.items()}


def generated_source() -> str:
    lines = [
        '"""Generated by ``python -m core.store.queries`` from ``core/store/queries.py``: do not',
        "edit. The SQL that SQLAlchemy compiles for the statements reading a stored document back,",
        "for ``core.store.quick`` to run without importing SQLAlchemy (a test checks they match)."
        + '"""',
        "",
        "SQL: dict[str, str] = {",
    ]
    for name, sql in compiled().items():
        lines.append(f"    {name!r}: (")
        lines += [f"        {piece!r}" for piece in _pieces(sql)]
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _pieces(sql: str, width: int = 72) -> list[str]:
    """``sql`` cut after spaces into pieces of about ``width`` characters (joined, it is whole)."""
    pieces = [""]
    for word in sql.split(" "):
        if pieces[-1] and len(pieces[-1]) + len(word) > width:
            pieces.append("")
        pieces[-1] += word + " "
    pieces[-1] = pieces[-1][:-1]
    return pieces


def main() -> int:
    GENERATED.write_text(generated_source(), encoding="utf-8")
    print(f"wrote {GENERATED}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
