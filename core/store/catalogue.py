"""The library: every stored article with its counts, the trash, and the rows the views over many
articles are made from (people across articles, the story's timeline).

Portable SQL only (SQLAlchemy Core): it runs on PostgreSQL as on SQLite. A document in the trash
is kept whole; it is left out of everything here but ``entries(trashed=True)``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Exists,
    String,
    cast,
    delete,
    exists,
    func,
    not_,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from core.errors import NotFound
from core.model import LibraryEntry, PersonInArticle
from core.names.people import Fact, NameGroup
from core.store.db import Store
from core.store.repository import now_iso, remove_documents
from core.store.schema import (
    AnnotationRow,
    AttributeRow,
    DocumentRow,
    EntityRow,
    EventRow,
    TrashRow,
)

# Rows fetched this many at a time: one fetch of 40,000 rows holds Python's lock for a tenth of
# a second, which the window's thread would wait for.
CHUNK = 2000


def _trashed(column: ColumnElement[int] | InstrumentedAttribute[int]) -> Exists:
    return exists().where(TrashRow.document_id == column)


def entries(store: Store, *, trashed: bool = False) -> list[LibraryEntry]:
    """The stored articles (or those in the trash), newest first, with their counts."""
    doc = DocumentRow.__table__.c
    people = (
        select(func.count())
        .where(EntityRow.document_id == DocumentRow.id, EntityRow.kind == "PER")
        .scalar_subquery()
    )
    events = select(func.count()).where(EventRow.document_id == DocumentRow.id).scalar_subquery()
    highlights = (
        select(func.count()).where(AnnotationRow.document_id == DocumentRow.id).scalar_subquery()
    )
    statement = (
        select(
            doc.id,
            doc.title,
            doc.source,
            doc.dct,
            doc.language,
            doc.created,
            people,
            events,
            highlights,
            TrashRow.trashed,
        )
        .outerjoin(TrashRow, TrashRow.document_id == DocumentRow.id)
        .where(TrashRow.document_id.is_not(None) if trashed else TrashRow.document_id.is_(None))
        .order_by(doc.id.desc())
    )
    with store.read() as session:
        found = session.connection().execute(statement, execution_options={"yield_per": CHUNK})
        return [LibraryEntry(*row) for row in found]


def _existing(session: Session, document_ids: Iterable[int]) -> list[int]:
    wanted = sorted(set(document_ids))
    found = set(session.scalars(select(DocumentRow.id).where(DocumentRow.id.in_(wanted))))
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFound(f"no document with id {', '.join(map(str, missing))} in the store")
    return wanted


def trash(store: Store, document_ids: Iterable[int]) -> list[int]:
    """Put documents in the trash (their text, extraction and highlights stay as they are);
    the ids that went there (those already in it are left)."""
    with store.write() as session:
        wanted = _existing(session, document_ids)
        there = set(session.scalars(select(TrashRow.document_id)))
        moving = [i for i in wanted if i not in there]
        stamp = now_iso()
        session.add_all(TrashRow(document_id=i, trashed=stamp) for i in moving)
        return moving


def restore(store: Store, document_ids: Iterable[int]) -> list[int]:
    """Take documents out of the trash; the ids that came back."""
    with store.write() as session:
        wanted = _existing(session, document_ids)
        back = list(
            session.scalars(select(TrashRow.document_id).where(TrashRow.document_id.in_(wanted)))
        )
        session.execute(delete(TrashRow).where(TrashRow.document_id.in_(back)))
        return sorted(back)


def empty_trash(store: Store) -> int:
    """Delete for good the documents in the trash, after a verified backup. Their highlights
    are kept (with the text's hash), and come back if the same text is added again."""
    from core.store.backup import backup_before

    with store.read() as session:
        if session.scalars(select(TrashRow.document_id).limit(1)).first() is None:
            return 0
    backup_before(store, "before-empty-trash")
    with store.write() as session:
        return remove_documents(session, list(session.scalars(select(TrashRow.document_id))))


def is_trashed(store: Store, document_id: int) -> bool:
    with store.read() as session:
        return session.get(TrashRow, document_id) is not None


def known_texts(store: Store) -> dict[str, int]:
    """The hash of every stored text → its document's id (negative when it is in the trash)."""
    with store.read() as session:
        rows = session.execute(
            select(DocumentRow.sha256, DocumentRow.id, TrashRow.document_id).outerjoin(
                TrashRow, TrashRow.document_id == DocumentRow.id
            )
        ).all()
    return {sha: -doc if trashed else doc for sha, doc, trashed in rows}


def live_ids(store: Store) -> list[int]:
    """Every document not in the trash, oldest first."""
    with store.read() as session:
        return list(
            session.scalars(
                select(DocumentRow.id)
                .where(not_(_trashed(DocumentRow.id)))
                .order_by(DocumentRow.id)
            )
        )


def raw_sha256(store: Store, document_id: int) -> str:
    with store.read() as session:
        found = session.scalars(
            select(DocumentRow.raw_sha256).where(DocumentRow.id == document_id)
        ).first()
    if found is None:
        raise NotFound(f"no document with id {document_id}")
    return found


def _people(document_ids: Sequence[int] | None, excluded: Collection[int]) -> ColumnElement[bool]:
    """The people of every article not in the trash (or of ``document_ids``), but those of
    the ``excluded`` articles (read through the reader's corrections instead)."""
    chosen = (EntityRow.kind == "PER") & (EntityRow.mention_count > 0)  # none without mentions
    if document_ids is None:
        chosen = chosen & not_(_trashed(EntityRow.document_id))
    else:
        chosen = chosen & EntityRow.document_id.in_(list(document_ids))
    if excluded:
        chosen = chosen & EntityRow.document_id.not_in(list(excluded))
    return chosen


def _listed(connection: Connection, column: InstrumentedAttribute[int]) -> ColumnElement[str]:
    """A group's values as one text, comma-separated: the aggregate PostgreSQL spells
    ``string_agg``, SQLite (and MySQL) ``group_concat``."""
    if connection.dialect.name == "postgresql":
        return func.string_agg(cast(column, String), ",")
    return func.group_concat(column, ",")


def _aliases(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each stored alias list (JSON) read once: the same lists come back article after article."""
    return {text: tuple(json.loads(text)) for text in texts}


@dataclass(frozen=True, slots=True)
class PeopleNames:
    """What the people across articles are merged from (``core.names.people.merge_names``)."""

    groups: list[NameGroup]
    facts: list[Fact]
    dates: dict[int, str | None]  # every article's date, in article order


def people_names(
    store: Store, document_ids: Sequence[int] | None = None, *, excluded: Collection[int] = ()
) -> PeopleNames:
    """The names the articles give people (``_people``), each with its aliases once: the
    articles giving it and the mentions they make; the ages and roles they give; every
    article's date. Grouped by the database: 8,800 names for 45,000 appearances in 10,000
    articles, none of them made into an object."""
    chosen = _people(document_ids, excluded)
    with store.read() as session:
        connection = session.connection()
        dates: dict[int, str | None] = {
            document_id: dct
            for document_id, dct in connection.execute(
                select(DocumentRow.id, DocumentRow.dct).order_by(
                    DocumentRow.dct.is_(None), DocumentRow.dct, DocumentRow.id
                )
            ).all()
        }
        named = connection.execute(
            select(
                EntityRow.name,
                EntityRow.aliases,
                _listed(connection, EntityRow.document_id),
                func.sum(EntityRow.mention_count),
            )
            .where(chosen)
            .group_by(EntityRow.name, EntityRow.aliases)
        ).all()
        told = connection.execute(
            select(
                EntityRow.name,
                EntityRow.aliases,
                EntityRow.document_id,
                AttributeRow.key,
                AttributeRow.value,
            )
            .join(EntityRow, EntityRow.id == AttributeRow.entity_id)
            .where(chosen & AttributeRow.key.in_(("age", "role")))
            .order_by(AttributeRow.id)
        ).all()
    aliases_of = _aliases({row[1] for row in named} | {row[1] for row in told})
    groups = [
        NameGroup(name, aliases_of[aliases], list(map(int, documents.split(","))), int(mentions))
        for name, aliases, documents, mentions in named
    ]
    facts = [
        Fact(name, aliases_of[aliases], document_id, key, value)
        for name, aliases, document_id, key, value in told
        if key == "role" or value.isdigit()
    ]
    return PeopleNames(groups, facts, dates)


def people_rows(
    store: Store,
    document_ids: Sequence[int] | None = None,
    *,
    names: Collection[str] | None = None,
    excluded: Collection[int] = (),
) -> list[PersonInArticle]:
    """The people of every article (``_people``), or those called one of ``names``, as each
    article gives them: mentions, first mention, age and roles, with the article's title and
    date."""
    chosen = _people(document_ids, excluded)
    if names is not None:
        chosen = chosen & EntityRow.name.in_(list(names))
    with store.read() as session:
        connection = session.connection()
        found = connection.execute(  # Core rows: no ORM loading for thousands of them
            select(
                EntityRow.id,
                EntityRow.document_id,
                DocumentRow.title,
                DocumentRow.dct,
                EntityRow.name,
                EntityRow.aliases,
                EntityRow.mention_count,
                EntityRow.first_at,
            )
            .join(DocumentRow, DocumentRow.id == EntityRow.document_id)
            .where(chosen),
            execution_options={"yield_per": CHUNK},
        )
        entities = [row for rows in found.partitions() for row in rows]
        wanted = [row[0] for row in entities]
        facts: list[Any] = []
        for start in range(0, len(wanted), CHUNK):  # a bound parameter each
            facts += connection.execute(
                select(AttributeRow.entity_id, AttributeRow.key, AttributeRow.value)
                .where(AttributeRow.entity_id.in_(wanted[start : start + CHUNK]))
                .order_by(AttributeRow.id)
            ).all()
    ages: dict[int, int] = {}
    roles: dict[int, list[str]] = defaultdict(list)
    for entity_id, key, value in facts:  # an entity's facts in one chunk, in their order
        if key == "age" and value.isdigit():
            ages.setdefault(entity_id, int(value))
        elif key == "role":
            roles[entity_id].append(value)
    aliases_of = _aliases({row[5] for row in entities})
    none: tuple[str, ...] = ()
    return [
        PersonInArticle(
            document_id,
            title,
            dct,
            entity_id,
            name,
            count,
            start,
            ages.get(entity_id),
            tuple(roles[entity_id]) if entity_id in roles else none,
            aliases_of[aliases],
        )
        for entity_id, document_id, title, dct, name, aliases, count, start in entities
    ]


def corrected_documents(store: Store, document_ids: Sequence[int] | None = None) -> set[int]:
    """The documents (outside the trash, or among ``document_ids``) whose people the reader's
    corrections may change: those with corrections of their own, and those whose text names
    the subject of a rule for every article. Their people are read through the corrections."""
    from core.store import fulltext
    from core.store.schema import CorrectionRow

    with store.read() as session:
        own = set(
            session.scalars(
                select(CorrectionRow.document_id).where(
                    CorrectionRow.scope == "article", CorrectionRow.document_id.is_not(None)
                )
            )
        )
        subjects = set(
            session.scalars(
                select(CorrectionRow.subject).where(CorrectionRow.scope == "everywhere")
            )
        )
    touched = {i for i in own if i is not None}
    for subject in subjects:
        touched |= fulltext.documents_with_phrase(store, subject)
    if document_ids is not None:
        return touched & set(document_ids)
    return touched - set(trashed_ids(store))


def trashed_ids(store: Store) -> list[int]:
    with store.read() as session:
        return list(session.scalars(select(TrashRow.document_id)))
