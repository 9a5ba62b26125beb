"""Full-text search over the whole library: the articles' titles and texts, and the highlights.

**SQLite only, and said here:** the index is an FTS5 table (``documents_fts``, external content
over ``documents``: the text is not stored twice) with the ``unicode61 remove_diacritics 2``
tokenizer, so that "eleve" finds "élève". It is kept in step by ``index`` / ``unindex`` inside the
transaction that changes a document (triggers are not allowed with ``trusted_schema=OFF``). On
another database (PostgreSQL) there is no index: ``search`` falls back to portable ``ILIKE``
conditions, each word anywhere, accents not folded.

The user's words are never FTS5 syntax: ``core.store.search.match_expression`` quotes them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, exists, not_, or_, select, text
from sqlalchemy.orm import Session

from core.model import SearchHit
from core.store.db import Store, is_sqlite
from core.store.migrations import DOCUMENTS_TABLE, SEARCH_TABLE
from core.store.schema import AnnotationRow, DocumentRow, TrashRow
from core.store.search import MAX_WORDS, match_expression

HIT_OPEN, HIT_CLOSE = "\ue000", "\ue001"  # private-use characters: never in a cleaned text
SNIPPET_TOKENS = 14
_WORD = re.compile(r"\w+")


def index(session: Session, document_id: int, title: str, text_: str) -> None:
    """Add a document to the index (in the caller's transaction)."""
    if is_sqlite(session):
        session.execute(
            text(f"INSERT INTO {DOCUMENTS_TABLE} (rowid, title, text) VALUES (:id, :title, :t)"),
            {"id": document_id, "title": title, "t": text_},
        )


def unindex(session: Session, document_id: int, title: str, text_: str) -> None:
    """Take a document out of the index, with the values it was indexed with (FTS5's external
    content tables need them), before its row changes or goes."""
    if is_sqlite(session):
        session.execute(
            text(
                f"INSERT INTO {DOCUMENTS_TABLE} ({DOCUMENTS_TABLE}, rowid, title, text) "
                "VALUES ('delete', :id, :title, :t)"
            ),
            {"id": document_id, "title": title, "t": text_},
        )


def words(query: str) -> list[str]:
    return _WORD.findall(query)[:MAX_WORDS]


def search(store: Store, query: str, *, limit: int = 200) -> list[SearchHit]:
    """Articles whose title or text holds every word of ``query`` (best first), then highlights
    whose quote, note or tags do; the trash is left out. Any string is safe."""
    expression = match_expression(query)
    if expression is None:
        return []
    with store.read() as session:
        if is_sqlite(session):
            found = _texts_fts(session, expression, limit) + _highlights_fts(
                session, expression, words(query), limit
            )
        else:
            found = _texts_like(session, words(query), limit) + _highlights_like(
                session, words(query), limit
            )
    return found


def _not_trashed(column: Any) -> Any:
    return not_(exists().where(TrashRow.document_id == column))


def _texts_fts(session: Session, expression: str, limit: int) -> list[SearchHit]:
    ranked = session.execute(
        text(
            f"SELECT rowid FROM {DOCUMENTS_TABLE} WHERE {DOCUMENTS_TABLE} MATCH :q "
            "AND rowid NOT IN (SELECT document_id FROM trash) ORDER BY rank LIMIT :limit"
        ),
        {"q": expression, "limit": limit},
    ).scalars()
    order = {row_id: i for i, row_id in enumerate(ranked)}
    if not order:
        return []
    # snippet() only for the rows shown (ranking every match first, without it, is cheaper)
    snippets = session.execute(
        text(
            f"SELECT f.rowid, snippet({DOCUMENTS_TABLE}, -1, :open, :close, '…', {SNIPPET_TOKENS}),"
            f" d.title, d.source FROM {DOCUMENTS_TABLE} AS f JOIN documents AS d ON d.id = f.rowid"
            f" WHERE {DOCUMENTS_TABLE} MATCH :q AND f.rowid IN "
            f"({', '.join(str(int(i)) for i in order)})"
        ),
        {"q": expression, "open": HIT_OPEN, "close": HIT_CLOSE},
    ).all()
    hits = [
        SearchHit(row_id, title, source, "text", parse_snippet(snippet))
        for row_id, snippet, title, source in snippets
    ]
    return sorted(hits, key=lambda h: order[h.document_id])


def _highlights_fts(
    session: Session, expression: str, terms: Sequence[str], limit: int
) -> list[SearchHit]:
    ids = session.execute(
        text(
            f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :q "
            "ORDER BY rank LIMIT :limit"
        ),
        {"q": expression, "limit": limit},
    ).scalars()
    return _in_order(_highlight_hits(session, list(ids), terms))


def _in_order(ranked: list[tuple[int, SearchHit]]) -> list[SearchHit]:
    return [hit for _rank, hit in sorted(ranked, key=lambda pair: pair[0])]


def _highlight_hits(
    session: Session, ids: Sequence[int], terms: Sequence[str]
) -> list[tuple[int, SearchHit]]:
    if not ids:
        return []
    rows = session.execute(
        select(
            AnnotationRow.id,
            AnnotationRow.uuid,
            AnnotationRow.document_id,
            AnnotationRow.start,
            AnnotationRow.quote,
            AnnotationRow.note,
            DocumentRow.title,
            DocumentRow.source,
        )
        .join(DocumentRow, DocumentRow.id == AnnotationRow.document_id)
        .where(AnnotationRow.id.in_(ids), _not_trashed(DocumentRow.id))
    ).all()
    rank = {row_id: i for i, row_id in enumerate(ids)}
    return [
        (
            rank[row_id],
            SearchHit(
                document_id,
                title,
                source,
                "highlight",
                mark_words(quote + (f" — {note}" if note else ""), terms),
                at=start,
                highlight=uuid,
            ),
        )
        for row_id, uuid, document_id, start, quote, note, title, source in rows
    ]


def _texts_like(session: Session, terms: Sequence[str], limit: int) -> list[SearchHit]:
    """The portable fallback: every word somewhere in the title or the text (case folded by
    the database, accents not)."""
    conditions = [
        or_(
            DocumentRow.title.ilike(f"%{_escaped(w)}%", escape="\\"),
            DocumentRow.text.ilike(f"%{_escaped(w)}%", escape="\\"),
        )
        for w in terms
    ]
    rows = session.execute(
        select(DocumentRow.id, DocumentRow.title, DocumentRow.source, DocumentRow.text)
        .where(and_(*conditions), _not_trashed(DocumentRow.id))
        .order_by(DocumentRow.id)
        .limit(limit)
    ).all()
    return [
        SearchHit(row_id, title, source, "text", mark_words(_around(body, terms), terms))
        for row_id, title, source, body in rows
    ]


def _highlights_like(session: Session, terms: Sequence[str], limit: int) -> list[SearchHit]:
    conditions = [
        or_(
            AnnotationRow.quote.ilike(f"%{_escaped(w)}%", escape="\\"),
            AnnotationRow.note.ilike(f"%{_escaped(w)}%", escape="\\"),
        )
        for w in terms
    ]
    ids = session.execute(
        select(AnnotationRow.id).where(and_(*conditions)).order_by(AnnotationRow.id).limit(limit)
    ).scalars()
    return _in_order(_highlight_hits(session, list(ids), terms))


def _escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def parse_snippet(snippet: str) -> tuple[tuple[str, bool], ...]:
    """FTS5's snippet, its hits between ``HIT_OPEN`` and ``HIT_CLOSE``, as (text, hit) parts."""
    parts: list[tuple[str, bool]] = []
    for piece in re.split(f"({HIT_OPEN}.*?{HIT_CLOSE})", " ".join(snippet.split())):
        if piece.startswith(HIT_OPEN):
            parts.append((piece[1:-1], True))
        elif piece:
            parts.append((piece, False))
    return tuple(parts)


def fold(text_: str) -> tuple[str, list[int]]:
    """``text_`` case- and accent-folded, with the index in ``text_`` of each folded character."""
    out: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text_):
        for piece in unicodedata.normalize("NFKD", char):
            if not unicodedata.combining(piece):
                folded = piece.casefold()
                out.append(folded)
                where.extend([i] * len(folded))
    return "".join(out), where


def _patterns(terms: Sequence[str]) -> list[re.Pattern[str]]:
    """As FTS5 matches: each word whole, the last as a prefix too."""
    found = []
    for i, term in enumerate(terms):
        folded, _ = fold(term)
        tail = r"\w*" if i == len(terms) - 1 else r"(?!\w)"
        found.append(re.compile(rf"(?<!\w){re.escape(folded)}{tail}"))
    return found


def hit_spans(text_: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Where the words searched for are in ``text_`` (accents and case ignored), in order."""
    folded, where = fold(text_)
    spans = set()
    for pattern in _patterns(terms):
        for match in pattern.finditer(folded):
            if match.end() > match.start():
                spans.add((where[match.start()], where[match.end() - 1] + 1))
    return sorted(spans)


def first_hit(text_: str, query: str) -> int | None:
    """The first place in ``text_`` where a word of ``query`` is (to open an article there)."""
    spans = hit_spans(text_, words(query))
    return spans[0][0] if spans else None


def mark_words(text_: str, terms: Sequence[str]) -> tuple[tuple[str, bool], ...]:
    """``text_`` (blanks collapsed) cut into (text, hit) parts."""
    text_ = " ".join(text_.split())
    parts: list[tuple[str, bool]] = []
    last = 0
    for start, end in hit_spans(text_, terms):
        if start < last:
            continue
        if start > last:
            parts.append((text_[last:start], False))
        parts.append((text_[start:end], True))
        last = end
    if last < len(text_):
        parts.append((text_[last:], False))
    return tuple(parts)


def _around(body: str, terms: Sequence[str], width: int = 90) -> str:
    spans = hit_spans(body[:200_000], terms)
    at = spans[0][0] if spans else 0
    start = max(0, at - width // 2)
    return ("…" if start else "") + body[start : start + width] + "…"


def documents_with_phrase(store: Store, phrase: str) -> set[int]:
    """Every document whose title or text holds ``phrase`` (its words in a row; accents and
    case aside on SQLite, case only elsewhere)."""
    terms = words(phrase)
    if not terms:
        return set()
    with store.read() as session:
        if is_sqlite(session):
            quoted = '"' + " ".join(terms).replace('"', '""') + '"'
            found = session.execute(
                text(f"SELECT rowid FROM {DOCUMENTS_TABLE} WHERE {DOCUMENTS_TABLE} MATCH :q"),
                {"q": quoted},
            ).scalars()
        else:
            found = session.scalars(
                select(DocumentRow.id).where(
                    DocumentRow.text.ilike(f"%{_escaped(phrase)}%", escape="\\")
                )
            )
        return set(found)
