"""A stored document read straight from the file with ``sqlite3``, without SQLAlchemy.

Importing SQLAlchemy 2's ORM takes most of a second on a small machine, which is the whole
budget for answering an article that is already stored (``liseuse extract`` on it, or the
window reopening it). So a stored document is first looked for here: the statements of
``core.store.queries``, compiled ahead of time (``core/store/queries_sql.py``), run on a
connection that can only read, in one transaction, and their rows become the same
``Extraction`` that ``repository.load_extraction`` gives, with the reader's highlights on it
as ``core.store.annotations`` lists them.

The answer is a ``Lookup``: ``found``; ``absent`` when the store is there and holds no such
article, or when there is no store file yet (extract it at once); ``unknown`` for anything
unusual, and the caller takes the full path through ``core.store.db``, which upgrades, recovers
or refuses the store with a readable message: a URL this module does not parse, a file that is
not ours, another schema version, a locked or damaged database. Nothing here writes to the file.
"""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from core.model import Lookup, StoredArticle
from core.store import rows
from core.store.files import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    SCHEMA_VERSION,
    SQLITE_HEADER,
    plain_sqlite_file,
)
from core.store.queries_sql import SQL

UNKNOWN = Lookup("unknown")
ABSENT = Lookup("absent")


def lookup(url: str, raw_sha256: str, extractor_version: str) -> Lookup:
    """The newest extraction of these exact bytes by this extractor version in the store at
    ``url`` (as ``core.store.files.resolve_url`` gives it), with its highlights."""
    path = plain_sqlite_file(url)
    if path is None:
        return UNKNOWN
    if not path.exists():
        return ABSENT
    if not _is_sqlite_file(path):
        return UNKNOWN
    try:
        connection = _connect(path)
    except sqlite3.Error:
        return UNKNOWN
    try:
        return _read(connection, raw_sha256, extractor_version)
    except (sqlite3.Error, ValueError, TypeError):  # damaged rows: the full path reports them
        return UNKNOWN
    finally:
        connection.close()


def _is_sqlite_file(path: Path) -> bool:
    """A SQLite file at ``path`` (read without opening a connection, which could create it; a
    named pipe or a device is not opened at all: reading it could block)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _connect(path: Path) -> sqlite3.Connection:
    # mode=rw: never create the file; query_only: this connection cannot change it.
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=rw",
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
    )
    try:
        connection.execute("PRAGMA query_only = ON")
        connection.execute("PRAGMA trusted_schema = OFF")
    except BaseException:
        connection.close()  # not left to the collector (Python 3.13 warns of it)
        raise
    return connection


def _read(connection: sqlite3.Connection, raw_sha256: str, extractor_version: str) -> Lookup:
    app_id = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if app_id != APPLICATION_ID or version != SCHEMA_VERSION:
        return UNKNOWN  # not ours, or one to upgrade (or too new): the full path says which
    connection.execute("BEGIN")  # one snapshot for every query below
    try:
        found = connection.execute(
            SQL["find_cached"],
            {"raw_sha256": raw_sha256, "extractor_version": extractor_version},
        ).fetchone()
        if found is None:
            return ABSENT
        key = {"document_id": found[0]}
        document = connection.execute(SQL["document"], key).fetchone()
        if document is None:
            return UNKNOWN
        parts = {name: connection.execute(SQL[name], key).fetchall() for name in rows.PARTS}
        annotations = rows.annotation_list(
            connection.execute(SQL["annotations"], key).fetchall(),
            connection.execute(SQL["annotation_tags"], key).fetchall(),
        )
        counts = connection.execute(SQL["tag_counts"]).fetchall()
        corrections = [rows.correction(r) for r in connection.execute(SQL["corrections"], key)]
        extraction = rows.extraction(document, **parts)
        if corrections:  # the reader's corrections, applied as on every read
            from core.corrections.apply import apply

            extraction = apply(extraction, corrections)
        stored = StoredArticle(
            extraction,
            annotations,
            tuple(name for name, _count in rows.most_used_first(counts)),
        )
        return Lookup("found", stored)
    finally:
        connection.execute("ROLLBACK")
