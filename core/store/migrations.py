"""Numbered schema upgrades and the parts of the schema the ORM cannot express.

``UPGRADES[n]`` takes a version-``n`` database to version ``n + 1``. Each step is frozen SQL: it
must never follow later edits to ``schema.py``, because it describes the database as it was. Every
step runs inside the single upgrade transaction that ``core.store.db`` opens with foreign-key
enforcement off, after a verified backup, and ``foreign_key_check`` runs before the commit.

The search indexes are FTS5 tables (SQLite only; ``core.store.fulltext`` says what they need):
``annotations_fts`` is kept in step by ``core.store.annotations``, ``documents_fts`` by
``core.store.repository``, each inside the same transaction as the change. They cannot be kept
by triggers: with ``trusted_schema=OFF`` (SQLite's security advice, which we follow) a virtual
table may not be used inside a trigger.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

SEARCH_TABLE = "annotations_fts"

SEARCH_DDL = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
    "quote, note, tags, tokenize = 'unicode61 remove_diacritics 2')"
)

# Fills (or refills) the index from the annotations and their tags; rowid = annotations.id.
SEARCH_FILL = f"""
INSERT INTO {SEARCH_TABLE} (rowid, quote, note, tags)
SELECT a.id, a.quote, a.note, coalesce(
    (SELECT group_concat(t.name, ' ') FROM annotation_tags AS x JOIN tags AS t ON t.id = x.tag_id
     WHERE x.annotation_id = a.id), '')
FROM annotations AS a
"""

DOCUMENTS_TABLE = "documents_fts"

# The articles' titles and texts, searched over the whole library. An external-content table:
# the text is read from ``documents`` (rowid = documents.id), not stored twice.
DOCUMENTS_DDL = (
    f"CREATE VIRTUAL TABLE {DOCUMENTS_TABLE} USING fts5(title, text, content = 'documents', "
    "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')"
)
DOCUMENTS_FILL = f"INSERT INTO {DOCUMENTS_TABLE} ({DOCUMENTS_TABLE}) VALUES ('rebuild')"

COLOR_NAMES = ("yellow", "red", "green", "blue", "purple", "magenta", "orange", "grey")

# Version 1 accepted any colour string; its hex codes and a few spellings map onto the names.
_V1_COLOR_ALIASES = {
    "#ffd400": "yellow",
    "#ff6666": "red",
    "#5fb236": "green",
    "#2ea8e5": "blue",
    "#a28ae5": "purple",
    "#e56eee": "magenta",
    "#f19837": "orange",
    "#aaaaaa": "grey",
    "gray": "grey",
    "pink": "magenta",
}

_V2_ANNOTATIONS = """
CREATE TABLE annotations_v2 (
    id INTEGER NOT NULL,
    uuid VARCHAR(64) NOT NULL,
    document_id INTEGER,
    document_sha256 VARCHAR(64) NOT NULL,
    start INTEGER,
    "end" INTEGER,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    color VARCHAR(16) NOT NULL,
    note TEXT NOT NULL,
    created VARCHAR(32) NOT NULL,
    modified VARCHAR(32) NOT NULL,
    anchor_state VARCHAR(16) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT color_ok CHECK (color IN ('yellow', 'red', 'green', 'blue', 'purple', 'magenta',
        'orange', 'grey')),
    CONSTRAINT anchor_state_ok CHECK (anchor_state IN ('exact', 'approximate', 'unanchored')),
    UNIQUE (uuid),
    FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE SET NULL
)
"""


def _v1_color_sql() -> str:
    names = ", ".join(f"'{n}'" for n in COLOR_NAMES)
    cases = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in _V1_COLOR_ALIASES.items())
    return (
        f"CASE WHEN lower(trim(color)) IN ({names}) THEN lower(trim(color)) "
        f"ELSE CASE lower(trim(color)) {cases} ELSE 'yellow' END END"
    )


def _v1_to_v2(conn: Connection) -> None:
    """Colour and anchor-state constraints (a table rebuild), reading-order index, search index.

    Rebuilding ``annotations`` is the case where ``ON DELETE CASCADE`` on ``annotation_tags``
    would wipe every tag link if foreign keys were enforced: the caller turned them off.
    """
    run = conn.exec_driver_sql
    run(_V2_ANNOTATIONS)
    run(
        'INSERT INTO annotations_v2 (id, uuid, document_id, document_sha256, start, "end", quote,'
        " prefix, suffix, color, note, created, modified, anchor_state)"
        ' SELECT id, uuid, document_id, document_sha256, start, "end", quote, prefix, suffix, '
        f"{_v1_color_sql()}, note, created, modified,"
        " CASE WHEN anchor_state IN ('exact', 'approximate', 'unanchored') THEN anchor_state"
        " ELSE 'unanchored' END"
        " FROM annotations"
    )
    run("DROP TABLE annotations")
    run("ALTER TABLE annotations_v2 RENAME TO annotations")
    run("CREATE INDEX ix_annotations_document_id ON annotations (document_id)")
    run("CREATE INDEX ix_annotations_document_sha256 ON annotations (document_sha256)")
    run("CREATE INDEX ix_annotations_reading ON annotations (document_id, start)")
    run(SEARCH_DDL)
    run(SEARCH_FILL)


_V3_CORRECTIONS = """
CREATE TABLE corrections (
    id INTEGER NOT NULL,
    uuid VARCHAR(64) NOT NULL,
    scope VARCHAR(16) NOT NULL,
    document_id INTEGER,
    document_sha256 VARCHAR(64),
    action VARCHAR(32) NOT NULL,
    subject TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    payload TEXT NOT NULL,
    created VARCHAR(32) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT scope_ok CHECK (scope IN ('article', 'everywhere')),
    CONSTRAINT anchored_ok CHECK (scope = 'everywhere' OR document_sha256 IS NOT NULL),
    UNIQUE (uuid),
    FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE SET NULL
)
"""


def _v2_to_v3(conn: Connection) -> None:
    """The reader's corrections of the extractor (a new table: nothing else changes)."""
    conn.exec_driver_sql(_V3_CORRECTIONS)
    conn.exec_driver_sql("CREATE INDEX ix_corrections_document_id ON corrections (document_id)")


_V4_TRASH = """
CREATE TABLE trash (
    document_id INTEGER NOT NULL,
    trashed VARCHAR(32) NOT NULL,
    PRIMARY KEY (document_id),
    FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
)
"""


def _v3_to_v4(conn: Connection) -> None:
    """The library: a trash for documents, the articles' full-text index, and an index for the
    people across articles (new tables and an index: nothing else changes)."""
    conn.exec_driver_sql(_V4_TRASH.strip())
    conn.exec_driver_sql("CREATE INDEX ix_entities_people ON entities (kind, document_id)")
    conn.exec_driver_sql(DOCUMENTS_DDL)
    conn.exec_driver_sql(DOCUMENTS_FILL)


_V5_ENTITIES = """
CREATE TABLE entities_v5 (
    id INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    kind VARCHAR(8) NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    mention_count INTEGER DEFAULT '0' NOT NULL,
    first_at INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT kind_ok CHECK (kind IN ('PER', 'ORG', 'LOC', 'MISC')),
    FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
)
"""


def _v4_to_v5(conn: Connection) -> None:
    """Each entity's mention count and first mention on its row, filled from the mentions: the
    people across the library read them instead of counting 300,000 mentions. A table rebuild
    (the ids kept, so mentions, attributes and participants still point at their entity), not
    ``ADD COLUMN``, which would leave a table unlike a new store's."""
    run = conn.exec_driver_sql
    run(_V5_ENTITIES)
    run(
        "INSERT INTO entities_v5 (id, document_id, kind, name, aliases, mention_count, first_at)"
        " SELECT e.id, e.document_id, e.kind, e.name, e.aliases,"
        " (SELECT count(*) FROM mentions AS m WHERE m.entity_id = e.id),"
        " (SELECT min(m.start) FROM mentions AS m WHERE m.entity_id = e.id)"
        " FROM entities AS e"
    )
    run("DROP TABLE entities")
    run("ALTER TABLE entities_v5 RENAME TO entities")
    run("CREATE INDEX ix_entities_document_id ON entities (document_id)")
    run("CREATE INDEX ix_entities_people ON entities (kind, document_id)")


UPGRADES: dict[int, Callable[[Connection], None]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
}


def create_extras(conn: Connection) -> None:
    """What a fresh SQLite database needs beyond ``Base.metadata.create_all``: the FTS5 tables
    (another database has none; ``core.store.fulltext`` searches it another way)."""
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(SEARCH_DDL)
    conn.exec_driver_sql(DOCUMENTS_DDL)


def rebuild_search_index(conn: Connection) -> None:
    """Refill the search index from the annotations (after a repair, or to be sure)."""
    conn.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE}")
    conn.exec_driver_sql(SEARCH_FILL)
