"""Opening the SQLite store safely: settings on every connection, schema version, upgrades.

The same store also opens on PostgreSQL (an SQLAlchemy URL such as
``postgresql+psycopg://user@host/liseuse``): there the schema is created from ``schema.py`` and
its version kept in a ``liseuse_meta`` table; the PRAGMAs, backups, the one-window lock and the
FTS5 indexes are SQLite's alone (``core.store.fulltext`` searches PostgreSQL another way).

The settings follow SQLite's own advice for data a user cannot afford to lose: WAL with
``synchronous=FULL``, foreign keys on every connection, a busy timeout, ``trusted_schema=OFF``.
A file that is not ours, or that a newer Liseuse wrote, is refused before anything is written.
"""

from __future__ import annotations

import sqlite3
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
from core.store.migrations import UPGRADES, create_extras
from core.store.schema import Base

# Numbered upgrade steps live in core.store.migrations: UPGRADES[n] takes a version-n database
# to version n + 1. They run in one transaction, foreign keys off, after a verified backup.


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

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._writer = sessionmaker(
            engine.execution_options(immediate=True), expire_on_commit=False
        )

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _translated(), self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with _translated(), self._writer() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _translated() -> Iterator[None]:
    """Turn SQLite's low-level failures into errors with a readable message."""
    try:
        yield
    except DatabaseError as exc:
        raise _store_error(exc) from exc


def _store_error(exc: DatabaseError | sqlite3.DatabaseError) -> StoreError:
    orig = getattr(exc, "orig", exc)
    message = str(orig)
    code = getattr(orig, "sqlite_errorname", "")
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


def make_engine(url: str) -> Engine:
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
    engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


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

    None when there is no file yet (or an empty one). This runs before any connection that would
    switch the journal mode, so a file that is not ours or too new is never touched.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot read the database {path}: {exc.strerror}") from exc
    if size == 0:
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreError(f"cannot read the database {path}: {exc.strerror}") from exc
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise CorruptDatabase(f"{path} is damaged or is not a database")
    return _read_versions_readonly(path)


def _read_versions_readonly(path: Path) -> tuple[int, int, bool]:
    uri = f"{path.resolve().as_uri()}?mode=ro"
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
    engine = make_engine(resolved)
    try:
        if path is not None:
            found = inspect_file(path)
            if found is not None:
                _refuse_foreign_or_newer(*found)
        with _translated(), engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                _check_and_prepare(conn, create=create, path=path)
            else:
                _prepare_elsewhere(conn, create=create)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine)


def read_versions(conn: Connection) -> tuple[int, int]:
    app_id = conn.exec_driver_sql("PRAGMA application_id").scalar_one()
    version = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
    return int(app_id), int(version)


def _has_tables(conn: Connection) -> bool:
    count = conn.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).scalar_one()
    return int(count) > 0


def _check_and_prepare(conn: Connection, *, create: bool, path: Path | None) -> None:
    app_id, version = read_versions(conn)
    conn.rollback()
    if app_id == 0 and version == 0 and not _has_tables(conn):
        conn.rollback()
        if not create:
            raise StoreError("the database is empty")
        _create(conn)
        return
    conn.rollback()
    _refuse_foreign_or_newer(app_id, version, True)
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
