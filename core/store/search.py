"""Full-text search over highlights: quote, note and tags, accents ignored.

The user's words are never handed to FTS5 as syntax: each becomes a quoted phrase (inner ``"``
doubled), so ``merkel AND (``, ``"unbalanced``, ``NEAR(`` or ``'; DROP TABLE t; --`` are plain
words. The last word matches as a prefix, for search as you type.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from core.model import Annotation
from core.store.annotations import filter_query, reading_order, to_model
from core.store.db import Store, is_sqlite
from core.store.migrations import SEARCH_TABLE
from core.store.schema import AnnotationRow, AnnotationTagRow, TagRow

MAX_WORDS = 32
_WORD = re.compile(r"\w+")


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression of quoted words; None when there is nothing to look for.

    Only word characters are kept (the index's tokenizer drops the rest anyway), so a phrase
    can never be empty and no character can end the quoting."""
    words = _WORD.findall(query)[:MAX_WORDS]
    if not words:
        return None
    phrases = ['"' + w.replace('"', '""') + '"' for w in words]
    if not query.rstrip() or query.rstrip()[-1].isalnum():
        phrases[-1] += " *"
    return " ".join(phrases)


def _ranked(session: Session, expression: str, query: str, limit: int) -> list[int]:
    """The ids of the highlights that hold every word, best first: SQLite's FTS5 index; on
    another database (no index), each word anywhere in the quote, note or tags (case aside)."""
    if is_sqlite(session):
        return list(
            session.execute(
                text(
                    f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q "
                    "ORDER BY rank LIMIT :limit"
                ),
                {"q": expression, "limit": limit},
            ).scalars()
        )
    conditions = []
    for word in _WORD.findall(query)[:MAX_WORDS]:
        like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        tagged = (
            select(AnnotationTagRow.annotation_id)
            .join(TagRow, TagRow.id == AnnotationTagRow.tag_id)
            .where(TagRow.name.ilike(like, escape="\\"))
        )
        conditions.append(
            or_(
                AnnotationRow.quote.ilike(like, escape="\\"),
                AnnotationRow.note.ilike(like, escape="\\"),
                AnnotationRow.id.in_(tagged),
            )
        )
    found = session.scalars(
        select(AnnotationRow.id).where(and_(*conditions)).order_by(AnnotationRow.id).limit(limit)
    )
    return list(found)


def search(
    store: Store,
    query: str,
    *,
    document_id: int | None = None,
    colors: Sequence[str] = (),
    tags: Sequence[str] = (),
    limit: int = 500,
) -> list[Annotation]:
    """Highlights whose quote, note or tags hold every word of ``query`` (accents and case
    ignored). In reading order within one document, else best match first."""
    expression = match_expression(query)
    if expression is None:
        return []
    with store.read() as session:
        hits = _ranked(session, expression, query, limit)
        rank = {row_id: i for i, row_id in enumerate(hits)}
        query_ = select(AnnotationRow).where(AnnotationRow.id.in_(list(rank)))
        if document_id is not None:
            query_ = query_.where(AnnotationRow.document_id == document_id)
        rows = session.scalars(filter_query(query_, colors=colors, tags=tags)).all()
        found = [to_model(r) for r in rows]
    if document_id is not None:
        return sorted(found, key=reading_order)
    return sorted(found, key=lambda a: rank[a.id])
