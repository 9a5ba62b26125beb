"""The store as a file: where it lives, and what marks it as ours. Imports no SQLAlchemy.

``core.store.db`` opens the file through SQLAlchemy; ``core.store.quick`` reads a stored document
straight from it. Both find it and recognise it with what is here.
"""

from __future__ import annotations

import os
from pathlib import Path

APPLICATION_ID = 0x4C495345  # "LISE", in the header's application_id field
SCHEMA_VERSION = 5  # in the header's user_version field; see core.store.migrations
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("liseuse", appauthor=False) / "liseuse.sqlite"


def resolve_url(url: str | None = None) -> str:
    """``--db`` wins, then ``LISEUSE_DB``, then the user's data folder. A bare path is accepted."""
    chosen = url or os.environ.get("LISEUSE_DB")
    if not chosen:
        path = default_db_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" not in chosen:
        return f"sqlite:///{Path(chosen).expanduser()}"
    return chosen


def plain_sqlite_file(url: str) -> Path | None:
    """The file a plain ``sqlite:///PATH`` URL names, or None for anything else.

    Only the form ``resolve_url`` writes is understood here: another driver, a query string,
    percent-escapes, ``file:`` URIs and in-memory databases are left to SQLAlchemy's parser.
    """
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    database = url[len(prefix) :]
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    if any(char in database for char in "?%#"):
        return None
    return Path(database).expanduser()
