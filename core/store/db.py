"""Opening the SQLite store safely: settings on every connection, schema version, upgrades.

The same store also opens on PostgreSQL (an SQLAlchemy URL such as
``postgresql+psycopg://user@host/liseuse``): there the schema is created from ``schema.py`` and
its version kept in a ``liseuse_meta`` table; the PRAGMAs, backups, the one-window lock and the
FTS5 indexes are SQLite's alone (``core.store.fulltext`` searches PostgreSQL another way).

The settings follow SQLite's own advice for data a user cannot afford to lose: WAL with
``synchronous=FULL``, foreign keys on every connection, a busy timeout, ``trusted_schema=OFF``.
A file that is not ours, or that a newer Liseuse wrote, is refused before anything is written:
its header is read as bytes, and SQLite opens it only to count its tables, without creating the
``-wal``/``-shm`` files beside it. A store left by a crash (its ``-wal`` or ``-journal`` still
there) is checked with ``PRAGMA quick_check`` before it is used; an empty file where the store
should be is damaged, not a new store. A named pipe or a device is refused before it is read.

A store that cannot be written (read-only media, a file without write permission, or a URL that
asks ``mode=ro``) is opened for reading only: ``Store.read_only`` says why, and a write raises
``StoreError`` with that reason.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    inspect,
    select,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from core.errors import CorruptDatabase, DatabaseTooNew, NotOurDatabase, StoreError
from core.store.files import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    SCHEMA_VERSION,
    SQLITE_HEADER,
    default_db_path,
    resolve_url,
)
from core.store.migrations import SEARCH_DDL, SEARCH_FILL, SEARCH_TABLE, UPGRADES, create_extras
from core.store.schema import Base

# Numbered upgrade steps live in core.store.migrations: UPGRADES[n] takes a version-n database
# to version n + 1. They run in one transaction, foreign keys off, after a verified backup.


def _on_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA trusted_schema = OFF")
        cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN itself (pysqlite's own handling is off).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA trusted_schema = OFF")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() not in ("wal", "memory"):
            # Filesystems that refuse WAL (some network shares): rollback journal, fully synced.
            cursor.execute("PRAGMA journal_mode = DELETE")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Store:
    """An open store: an engine and a session factory.

    ``read()`` gives a session for queries; ``write()`` a session whose transaction starts with
    ``BEGIN IMMEDIATE`` and commits when the block ends (or rolls back on error).
    """

    def __init__(self, engine: Engine, *, read_only: str | None = None) -> None:
        self.engine = engine
        self.read_only = read_only  # why the store cannot be written; None when it can
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(immediate=True), expire_on_commit=False
        )

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _translated(self), self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        if self.read_only is not None:
            raise StoreError(f"{self.read_only}: writing is off")
        with _translated(self), self._writer() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


class SearchIndexDamaged(StoreError):
    """The full-text index of the highlights is damaged (the highlights themselves are not)."""


@contextmanager
def _translated(store: Store | None = None) -> Iterator[None]:
    """Turn SQLite's low-level failures into errors with a readable message; a damaged search
    index is rebuilt from the highlights before the error reaches the caller."""
    try:
        yield
    except DatabaseError as exc:
        error = _store_error(exc)
        if isinstance(error, SearchIndexDamaged) and store is not None:
            if store.read_only is not None:
                raise SearchIndexDamaged(
                    f"the search index is damaged; it cannot be rebuilt ({store.read_only})"
                ) from exc
            rebuild_search_index(store.engine)
        raise error from exc


def rebuild_search_index(engine: Engine) -> None:
    """Make the highlights' full-text index anew from the highlights, in one transaction.

    A damaged FTS5 table may refuse even ``DROP TABLE`` (its constructor reads the damaged
    pages): its schema entry is then removed directly and its shadow tables dropped.
    """
    proxy = engine.raw_connection()
    try:
        raw = proxy.driver_connection
        assert raw is not None
        raw.execute("BEGIN IMMEDIATE")
        try:
            try:
                raw.execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
            except sqlite3.DatabaseError:
                raw.execute("PRAGMA writable_schema = ON")
                raw.execute(
                    "DELETE FROM sqlite_master WHERE type = 'table' AND name = ?", (SEARCH_TABLE,)
                )
                raw.execute("PRAGMA writable_schema = OFF")
                raw.execute("COMMIT")
                raw.execute("PRAGMA writable_schema = RESET")
                raw.execute("BEGIN IMMEDIATE")
            for shadow in ("data", "idx", "content", "docsize", "config"):
                raw.execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}_{shadow}")
            raw.execute(SEARCH_DDL)
            raw.execute(SEARCH_FILL)
            raw.execute("COMMIT")
        except BaseException:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
            raise
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"the search index is damaged and could not be rebuilt: {exc}") from exc
    finally:
        proxy.close()
    engine.dispose()  # pooled connections forget the old table


def _store_error(exc: DatabaseError | sqlite3.DatabaseError) -> StoreError:
    orig = getattr(exc, "orig", exc)
    message = str(orig)
    code = getattr(orig, "sqlite_errorname", "")
    if code == "SQLITE_CORRUPT_VTAB" or SEARCH_TABLE in message:
        return SearchIndexDamaged("the search index is damaged; it will be rebuilt")
    if (
        code in ("SQLITE_CORRUPT", "SQLITE_NOTADB")
        or "malformed" in message
        or ("not a database" in message)
    ):
        return CorruptDatabase(f"the database is damaged or is not a database: {message}")
    if isinstance(exc, OperationalError) or isinstance(orig, sqlite3.OperationalError):
        return StoreError(f"the database cannot be used: {message}")
    return StoreError(f"database error: {message}")


SUPPORTED = ("sqlite", "postgresql")


def make_engine(url: str, *, read_only: str | None = None) -> Engine:
    """An engine for ``url``; with ``read_only`` (the reason), connections that cannot write:
    ``mode=ro``, or ``immutable=1`` where the folder cannot hold SQLite's ``-shm`` file."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED:
        raise StoreError(f"only SQLite and PostgreSQL databases are supported, not {backend!r}")
    if backend != "sqlite":
        try:  # the driver (psycopg) is imported here: a missing one is said in one line
            return create_engine(parsed, pool_pre_ping=True)
        except (ImportError, NoSuchModuleError) as exc:
            raise StoreError(
                f"cannot use {backend}: {exc} (pip install 'psycopg[binary]')"
            ) from exc
    if parsed.database and parsed.database != ":memory:":
        folder = Path(parsed.database).expanduser().resolve().parent
        if not folder.is_dir():
            raise StoreError(f"cannot open the database: the folder {folder} does not exist")
    if read_only is not None:
        path = db_path(url)
        if path is None:
            raise StoreError(f"{url}: only a store in a file can be opened read-only")
        engine = create_engine(_without_mode(parsed), creator=lambda: _connect_read_only(path))
        event.listen(engine, "connect", _on_connect_read_only)
    else:
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _without_mode(parsed: Any) -> Any:
    return parsed.difference_update_query(["mode"])


def _connect_read_only(path: Path) -> sqlite3.Connection:
    folder_writable = os.access(path.resolve().parent, os.W_OK)
    option = "mode=ro" if folder_writable else "immutable=1"
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?{option}",
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )


def asks_read_only(url: str) -> bool:
    """True for a URL that asks for a read-only store (``?mode=ro``)."""
    try:
        return make_url(url).query.get("mode") == "ro"
    except ArgumentError:
        return False


def unwritable_reason(path: Path) -> str | None:
    """Why the store file at ``path`` cannot be written (read-only media, no permission)."""
    if not path.exists():
        return None
    if not os.access(path, os.W_OK):
        return f"the store {path} cannot be written (read-only media or no permission)"
    if not os.access(path.resolve().parent, os.W_OK):
        return f"the store's folder {path.parent} cannot be written (read-only media?)"
    return None


def db_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for an in-memory database or another database."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite":
        return None
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def inspect_file(path: Path) -> tuple[int, int, bool] | None:
    """``(application_id, user_version, has_tables)`` of a file, read without writing a byte.

    None when there is no file yet. An empty file is damaged (a store is never empty on disk).
    This runs before any connection that would switch the journal mode, so a file that is not
    ours or too new is never touched, and no ``-wal``/``-shm`` file is left beside it.
    """
    info = file_info(path)
    if info is None:
        return None
    if info.st_size == 0:
        raise CorruptDatabase(f"{path} is empty (0 bytes): the store it held is lost or damaged")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreError(f"cannot read the database {path}: {exc.strerror}") from exc
    if not header.startswith(SQLITE_HEADER) or len(header) < 100 or not _sane(header):
        raise CorruptDatabase(f"{path} is damaged or is not a database")
    version = int.from_bytes(header[60:64], "big")
    app_id = int.from_bytes(header[68:72], "big")
    if (app_id, version) != (0, 0) and not _companion(path, "-wal").exists():
        return app_id, version, True  # known from the header alone, with nothing to open
    return _read_versions_readonly(path)


def _sane(header: bytes) -> bool:
    """The fixed fields of a SQLite header hold what SQLite itself requires of them."""
    page_size = int.from_bytes(header[16:18], "big")
    page_ok = page_size == 1 or (512 <= page_size <= 32768 and page_size & (page_size - 1) == 0)
    return page_ok and header[21:24] == b"\x40\x20\x20" and header[18] in (1, 2)


def file_info(path: Path) -> os.stat_result | None:
    """``stat`` of the store's file, None when there is none; refuse what is not a file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot read the database {path}: {exc.strerror}") from exc
    mode = info.st_mode
    if stat.S_ISREG(mode):
        return info
    if stat.S_ISDIR(mode):
        raise StoreError(f"{path} is a folder, not a database file")
    if stat.S_ISFIFO(mode):
        raise StoreError(f"{path} is a named pipe (FIFO), not a database file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise StoreError(f"{path} is a device, not a database file")
    if stat.S_ISSOCK(mode):
        raise StoreError(f"{path} is a socket, not a database file")
    raise StoreError(f"{path} is not a regular file")


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def closed_cleanly(path: Path) -> bool:
    """False when SQLite's ``-wal`` (with frames) or a ``-journal`` is left beside the store:
    the last writer did not close it, and damage may have come with the crash."""
    wal = _companion(path, "-wal")
    try:
        wal_frames = wal.stat().st_size > 32  # a WAL holds frames after its 32-byte header
    except OSError:
        wal_frames = False
    return not wal_frames and not _companion(path, "-journal").exists()


def _read_versions_readonly(path: Path) -> tuple[int, int, bool]:
    # immutable=1 creates no -wal/-shm; where a -wal is there, SQLite must read it (mode=ro)
    option = "mode=ro" if _companion(path, "-wal").exists() else "immutable=1"
    uri = f"{path.resolve().as_uri()}?{option}"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the database {path}: {exc}") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise _store_error(exc) from exc
    finally:
        conn.close()
    return int(app_id), int(version), int(tables) > 0


def _refuse_foreign_or_newer(app_id: int, version: int, has_tables: bool) -> None:
    if app_id == 0 and version == 0 and not has_tables:
        return
    if app_id != APPLICATION_ID:
        raise NotOurDatabase("this database was not made by Liseuse; it is left untouched")
    if version > SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"this database was written by a newer Liseuse (schema {version}, this one reads up "
            f"to {SCHEMA_VERSION}); it is left untouched"
        )


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open (and create or upgrade) the store at ``url``; see ``resolve_url``.

    Raises ``NotOurDatabase`` / ``DatabaseTooNew`` without writing anything, and
    ``CorruptDatabase`` when SQLite reports the file damaged: the caller may then offer
    ``core.store.backup.recover(url)``.
    """
    resolved = resolve_url(url)
    path = db_path(resolved)
    found = None
    if path is not None:
        found = inspect_file(path)
        if found is not None:
            _refuse_foreign_or_newer(*found)
    read_only = _read_only_reason(resolved, path)
    if read_only is not None and found is None:
        raise StoreError(f"{read_only}, and there is no store there to read")
    engine = make_engine(resolved, read_only=read_only)
    try:
        with _translated(), engine.connect() as conn:
            if conn.dialect.name != "sqlite":
                _prepare_elsewhere(conn, create=create)
            else:
                if path is not None and found is not None and not closed_cleanly(path):
                    _quick_check(conn, path)
                _check_and_prepare(conn, create=create, path=path, read_only=read_only)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, read_only=read_only)


def _read_only_reason(url: str, path: Path | None) -> str | None:
    if asks_read_only(url):
        return f"the store {path or url} was opened read-only (mode=ro)"
    return None if path is None else unwritable_reason(path)


def _quick_check(conn: Connection, path: Path) -> None:
    """After a crash: SQLite's quick check of every page; damage goes the recovery way."""
    rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
    conn.rollback()
    if [tuple(row) for row in rows] != [("ok",)]:
        raise CorruptDatabase(
            f"{path} is damaged (found after an unfinished session): {rows[0][0]}"
        )


def read_versions(conn: Connection) -> tuple[int, int]:
    app_id = conn.exec_driver_sql("PRAGMA application_id").scalar_one()
    version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
    return int(app_id), int(version)


def _has_tables(conn: Connection) -> bool:
    count = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).scalar_one()
    return int(count) > 0


def _check_and_prepare(
    conn: Connection, *, create: bool, path: Path | None, read_only: str | None = None
) -> None:
    app_id, version = read_versions(conn)
    conn.rollback()
    if app_id == 0 and version == 0 and not _has_tables(conn):
        conn.rollback()
        if not create:
            raise StoreError("the database is empty")
        if read_only is not None:
            raise StoreError(f"{read_only}: it holds no store, and none can be made there")
        _create(conn)
        return
    conn.rollback()
    _refuse_foreign_or_newer(app_id, version, True)
    if version < SCHEMA_VERSION and read_only is not None:
        raise StoreError(f"{read_only}: it needs an upgrade, which writes to it")
    if version < SCHEMA_VERSION:
        if path is not None:
            from core.store.backup import make_backup

            make_backup(path, reason=f"before-upgrade-v{version}")
        _upgrade(conn, version)


# On a database without SQLite's header fields (PostgreSQL), the application id and the schema
# version are rows of their own table, created with the schema.
_META = Table(
    "liseuse_meta",
    MetaData(),
    Column("key", String(32), primary_key=True),
    Column("value", String(64), nullable=False),
)


def _prepare_elsewhere(conn: Connection, *, create: bool) -> None:
    """Another database than SQLite (PostgreSQL): create the schema in an empty one, refuse one
    that is not ours or at another version (upgrades are SQLite-only, ``core.store.migrations``)."""
    tables = set(inspect(conn).get_table_names())
    conn.rollback()
    if not tables:
        if not create:
            raise StoreError("the database is empty")
        with conn.begin():
            Base.metadata.create_all(conn)
            _META.create(conn)
            conn.execute(
                _META.insert(),
                [
                    {"key": "application_id", "value": str(APPLICATION_ID)},
                    {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                ],
            )
        return
    if _META.name not in tables:
        raise NotOurDatabase("this database was not made by Liseuse; it is left untouched")
    found = dict(conn.execute(select(_META.c.key, _META.c.value)).tuples().all())
    conn.rollback()
    version = int(found.get("schema_version", "0"))
    if found.get("application_id") != str(APPLICATION_ID):
        raise NotOurDatabase("this database was not made by Liseuse; it is left untouched")
    if version > SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"this database was written by a newer Liseuse (schema {version}, this one reads up "
            f"to {SCHEMA_VERSION}); it is left untouched"
        )
    if version < SCHEMA_VERSION:
        raise StoreError(
            f"this database is at schema {version}; upgrades run on SQLite stores only "
            f"(this Liseuse needs schema {SCHEMA_VERSION})"
        )


def _create(conn: Connection) -> None:
    with conn.begin():
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        Base.metadata.create_all(conn)
        create_extras(conn)
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _upgrade(conn: Connection, version: int) -> None:
    """Run every numbered step from ``version`` in one transaction, foreign keys off, then check.

    Foreign-key enforcement must be off while tables are rebuilt, or ``ON DELETE CASCADE`` wipes
    the children of a table being replaced; ``foreign_key_check`` then proves nothing dangles.
    ``PRAGMA foreign_keys`` is a no-op inside a transaction, so it is set on the raw connection
    while none is open.
    """
    raw = conn.connection.dbapi_connection
    assert raw is not None
    conn.rollback()
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        with conn.execution_options(immediate=True).begin():
            for step in range(version, SCHEMA_VERSION):
                upgrade = UPGRADES.get(step)
                if upgrade is None:
                    raise StoreError(f"no upgrade from schema version {step}")
                upgrade(conn)
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise StoreError(f"upgrade left {len(problems)} broken references; rolled back")
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        conn.rollback()
        raw.execute("PRAGMA foreign_keys = ON")
        conn.execution_options(immediate=False)


def is_sqlite(session: Session | Connection) -> bool:
    """True on SQLite. The FTS5 search indexes and the PRAGMAs exist there only: the code that
    uses them asks this first (another database, PostgreSQL, has neither)."""
    bind = session.get_bind() if isinstance(session, Session) else session
    return bind.dialect.name == "sqlite"


def pragma(store: Store, name: str) -> Any:
    """Read one PRAGMA on a fresh connection (for tests and diagnostics)."""
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "Store",
    "db_path",
    "default_db_path",
    "inspect_file",
    "open_store",
    "pragma",
    "resolve_url",
]
