"""Highlights in the store: create, edit, recolour, delete (and undo), list, tags.

Every function that changes something runs in its own ``BEGIN IMMEDIATE`` transaction and has
committed when it returns: there is no save-on-close. The search index is kept in step inside the
same transaction. For an undo stack: ``delete`` returns the full annotation and ``restore`` puts
it back as it was (same id when free, uuid, dates, tags); ``update`` is undone by ``revert`` with
the annotation as it was before; ``delete_many``/``restore_many`` do the same for a selection.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, select, text
from sqlalchemy import delete as sql_delete
from sqlalchemy.orm import Session

from core.annotations.anchoring import selector_at
from core.annotations.colors import DEFAULT_COLOR, color_name
from core.errors import LiseuseError, NotFound
from core.model import Annotation
from core.store import queries, rows
from core.store.db import Store, is_sqlite
from core.store.migrations import SEARCH_TABLE
from core.store.repository import now_iso
from core.store.schema import AnnotationRow, AnnotationTagRow, DocumentRow, TagRow

MAX_NOTE = 100_000
MAX_TAG = 100


class InvalidAnnotation(LiseuseError):
    """The highlight asked for cannot be made (bad offsets, colour, quote)."""


@dataclass(frozen=True, slots=True)
class TagCount:
    name: str
    count: int


def check_color(color: str) -> str:
    name = color_name(color)
    if name is None:
        raise InvalidAnnotation(
            f"unknown colour {color!r}: use yellow, red, green, blue, purple, magenta, orange, grey"
        )
    return name


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags stripped of spaces and a leading ``#``, inner blanks collapsed, duplicates dropped."""
    seen: dict[str, str] = {}
    for raw in tags:
        tag = " ".join(raw.strip().lstrip("#").split())
        if len(tag) > MAX_TAG:
            raise InvalidAnnotation(f"a tag is limited to {MAX_TAG} characters")
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


def _check_note(note: str) -> str:
    if len(note) > MAX_NOTE:
        raise InvalidAnnotation(f"a note is limited to {MAX_NOTE:,} characters")
    return note


def to_model(row: AnnotationRow) -> Annotation:
    return rows.annotation(
        tuple(getattr(row, name) for name in rows.ANNOTATION_FIELDS), (t.name for t in row.tags)
    )


def create(
    store: Store,
    document_id: int,
    start: int,
    end: int,
    *,
    color: str = DEFAULT_COLOR,
    note: str = "",
    tags: Sequence[str] = (),
) -> Annotation:
    """Highlight ``text[start:end]`` of a stored document; committed when this returns."""
    color, note, names = check_color(color), _check_note(note), clean_tags(tags)
    with store.write() as session:
        document = _document(session, document_id)
        if not 0 <= start < end <= len(document.text):
            raise InvalidAnnotation(
                f"offsets {start}..{end} are outside the text (0..{len(document.text)})"
            )
        if not document.text[start:end].strip():
            raise InvalidAnnotation("a highlight needs some text, not only blanks")
        selector = selector_at(document.text, start, end)
        stamp = now_iso()
        row = AnnotationRow(
            uuid=str(uuidlib.uuid4()),
            document_id=document.id,
            document_sha256=document.sha256,
            start=start,
            end=end,
            quote=selector.quote,
            prefix=selector.prefix,
            suffix=selector.suffix,
            color=color,
            note=note,
            created=stamp,
            modified=stamp,
            anchor_state="exact",
        )
        return insert_row(session, row, names)


def insert_row(session: Session, row: AnnotationRow, tags: Sequence[str]) -> Annotation:
    row.tags = _tag_rows(session, tags)
    session.add(row)
    session.flush()
    reindex(session, row.id)
    return to_model(row)


def find_quote(text_: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th (1-based) exact occurrence of ``quote`` in ``text_``."""
    if not quote.strip():
        raise InvalidAnnotation("the quote is empty")
    at = -1
    for _ in range(max(1, occurrence)):
        at = text_.find(quote, at + 1)
        if at < 0:
            raise InvalidAnnotation(
                "the quote is not in the text"
                if occurrence <= 1
                else f"the quote is not in the text {occurrence} times"
            )
    return at, at + len(quote)


def _document(session: Session, document_id: int) -> DocumentRow:
    document = session.get(DocumentRow, document_id)
    if document is None:
        raise NotFound(f"no document with id {document_id}")
    return document


def _row(session: Session, annotation_id: int) -> AnnotationRow:
    row = session.get(AnnotationRow, annotation_id)
    if row is None:
        raise NotFound(f"no annotation with id {annotation_id}")
    return row


def _tag_rows(session: Session, names: Sequence[str]) -> list[TagRow]:
    found: list[TagRow] = []
    for name in names:
        row = session.scalars(select(TagRow).where(TagRow.name == name)).first()
        if row is None:
            row = TagRow(name=name)
            session.add(row)
        found.append(row)
    return found


def unindex(session: Session, annotation_id: int) -> None:
    """Take one annotation out of the search index (SQLite's FTS5; no index elsewhere)."""
    if is_sqlite(session):
        session.execute(
            text(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = :id"), {"id": annotation_id}
        )


def reindex(session: Session, annotation_id: int) -> None:
    """Bring the search row of one annotation in line with it (inside the caller's transaction;
    SQLite's FTS5 only: elsewhere ``core.store.search`` reads the annotations themselves)."""
    session.flush()
    unindex(session, annotation_id)
    if not is_sqlite(session):
        return
    session.execute(
        text(
            f"INSERT INTO {SEARCH_TABLE} (rowid, quote, note, tags) "
            "SELECT a.id, a.quote, a.note, coalesce((SELECT group_concat(t.name, ' ') "
            "FROM annotation_tags AS x JOIN tags AS t ON t.id = x.tag_id "
            "WHERE x.annotation_id = a.id), '') FROM annotations AS a WHERE a.id = :id"
        ),
        {"id": annotation_id},
    )


def get(store: Store, annotation_id: int) -> Annotation:
    with store.read() as session:
        return to_model(_row(session, annotation_id))


def find_id(store: Store, uuid: str) -> int | None:
    """The row id of the highlight with this uuid, if it is in the store."""
    with store.read() as session:
        return session.scalars(select(AnnotationRow.id).where(AnnotationRow.uuid == uuid)).first()


def update(
    store: Store,
    annotation_id: int,
    *,
    color: str | None = None,
    note: str | None = None,
    tags: Sequence[str] | None = None,
) -> Annotation:
    """Recolour, edit the note, or replace the tags; what is None stays. Returns the new state."""
    with store.write() as session:
        row = _row(session, annotation_id)
        if color is not None:
            row.color = check_color(color)
        if note is not None:
            row.note = _check_note(note)
        if tags is not None:
            row.tags = _tag_rows(session, clean_tags(tags))
        row.modified = now_iso()
        return _changed(session, row)


def delete(store: Store, annotation_id: int) -> Annotation:
    """Delete one highlight; returns it whole so that ``restore`` can undo the deletion."""
    with store.write() as session:
        return _delete_row(session, annotation_id)


def _delete_row(session: Session, annotation_id: int) -> Annotation:
    row = _row(session, annotation_id)
    gone = to_model(row)
    session.delete(row)
    session.flush()
    unindex(session, gone.id)
    _drop_unused_tags(session)
    return gone


def delete_many(store: Store, annotation_ids: Sequence[int]) -> list[Annotation]:
    """Delete several highlights in one transaction, after a verified backup; returns them for
    ``restore_many``. Unknown ids are an error and nothing is deleted."""
    from core.store.backup import backup_before

    if not annotation_ids:
        return []
    backup_before(store, "before-delete")
    with store.write() as session:
        return [_delete_row(session, i) for i in dict.fromkeys(annotation_ids)]


def restore_many(store: Store, annotations: Sequence[Annotation]) -> list[Annotation]:
    """Undo ``delete_many``: every highlight back, in one transaction."""
    with store.write() as session:
        return [_restore_row(session, a) for a in annotations]


def revert(store: Store, previous: Annotation) -> Annotation:
    """Undo an ``update``: colour, note, tags and modification date as ``previous`` had them."""
    with store.write() as session:
        row = _row(session, previous.id)
        row.color = check_color(previous.color)
        row.note = _check_note(previous.note)
        row.tags = _tag_rows(session, clean_tags(previous.tags))
        row.modified = previous.modified
        return _changed(session, row)


def _changed(session: Session, row: AnnotationRow) -> Annotation:
    """After an edit: the search index follows, tags no longer used go."""
    reindex(session, row.id)
    _drop_unused_tags(session)
    return to_model(row)


def restore(store: Store, annotation: Annotation) -> Annotation:
    """Put a deleted highlight back as it was (same uuid, dates, tags, anchor)."""
    with store.write() as session:
        return _restore_row(session, annotation)


def _restore_row(session: Session, annotation: Annotation) -> Annotation:
    taken = session.scalars(
        select(AnnotationRow.id).where(AnnotationRow.uuid == annotation.uuid)
    ).first()
    if taken is not None:
        raise InvalidAnnotation("this highlight is already in the store")
    document_id = annotation.document_id
    if document_id is not None and session.get(DocumentRow, document_id) is None:
        document_id = None
    row = row_from_model(annotation, document_id=document_id)
    if annotation.id > 0 and session.get(AnnotationRow, annotation.id) is None:
        row.id = annotation.id  # the same id again, so a window's rows stay put
    return insert_row(session, row, clean_tags(annotation.tags))


def row_from_model(annotation: Annotation, *, document_id: int | None) -> AnnotationRow:
    return AnnotationRow(
        uuid=annotation.uuid,
        document_id=document_id,
        document_sha256=annotation.document_sha256,
        start=annotation.start,
        end=annotation.end,
        quote=annotation.quote,
        prefix=annotation.prefix,
        suffix=annotation.suffix,
        color=check_color(annotation.color),
        note=annotation.note,
        created=annotation.created or now_iso(),
        modified=annotation.modified or annotation.created or now_iso(),
        anchor_state=annotation.anchor_state,
    )


def _drop_unused_tags(session: Session) -> None:
    session.flush()
    session.execute(
        sql_delete(TagRow).where(TagRow.id.not_in(select(AnnotationTagRow.tag_id).distinct()))
    )


def list_annotations(
    store: Store,
    document_id: int,
    *,
    colors: Sequence[str] = (),
    tags: Sequence[str] = (),
) -> list[Annotation]:
    """A document's highlights in reading order (unanchored ones last), optionally only those
    of the given colours and carrying every one of the given tags."""
    with store.read() as session:
        query = select(AnnotationRow).where(AnnotationRow.document_id == document_id)
        query = filter_query(query, colors=colors, tags=tags)
        found = session.scalars(query).all()
        return sorted((to_model(r) for r in found), key=reading_order)


reading_order = rows.reading_order


def filter_query(
    query: Select[tuple[AnnotationRow]], *, colors: Sequence[str], tags: Sequence[str]
) -> Select[tuple[AnnotationRow]]:
    if colors:
        query = query.where(AnnotationRow.color.in_([check_color(c) for c in colors]))
    for tag in clean_tags(tags):
        query = query.where(
            AnnotationRow.id.in_(
                select(AnnotationTagRow.annotation_id)
                .join(TagRow, TagRow.id == AnnotationTagRow.tag_id)
                .where(TagRow.name == tag)
            )
        )
    return query


def list_unanchored(store: Store, document_id: int) -> list[Annotation]:
    return [a for a in list_annotations(store, document_id) if a.anchor_state == "unanchored"]


def list_orphans(store: Store) -> list[Annotation]:
    """Highlights whose document was deleted: kept, with the text hash they belong to."""
    with store.read() as session:
        found = session.scalars(
            select(AnnotationRow).where(AnnotationRow.document_id.is_(None))
        ).all()
        return [to_model(r) for r in found]


def list_tags(store: Store, prefix: str = "") -> list[TagCount]:
    """Tags in use, with how many highlights carry each, for completion (case-insensitive
    ``prefix``), most used first."""
    with store.read() as session:
        counts = session.execute(queries.TAG_COUNTS).all()
    folded = prefix.strip().lstrip("#").casefold()
    return [
        TagCount(name, count)
        for name, count in rows.most_used_first(counts)
        if name.casefold().startswith(folded)
    ]
