"""Upgrading every earlier schema, with highlights in it: nothing lost, a verified backup first,
one transaction (a failing step leaves the old file as it was), and the same schema as new."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection

from core.errors import StoreError
from core.store import annotations as service
from core.store import migrations
from core.store.backup import list_backups
from core.store.db import SCHEMA_VERSION, open_store, pragma
from core.store.search import search
from tests.store.conftest import build_legacy, legacy_versions

ROWS = [
    # id, uuid, document, quote, colour as an old version may have stored it, note, state
    (1, "11111111-1111-4111-8111-111111111111", 1, "Premier passage", "yellow", "note 🚀", "exact"),
    (2, "22222222-2222-4222-8222-222222222222", 1, "Second passage", "#2EA8E5", "", "exact"),
    (3, "33333333-3333-4333-8333-333333333333", None, "Sans document", "pink", "orpheline", "x"),
]
TAGS = [(1, "économie"), (2, "urgent")]
LINKS = [(1, 1), (1, 2), (2, 2), (3, 1)]


def _filled_legacy(path: Path, version: int) -> None:
    conn = build_legacy(path, version)
    text = "Premier passage, puis Second passage."
    conn.execute(
        "INSERT INTO documents (id, sha256, raw_sha256, source, title, language, dct, text, "
        "extractor_version, created) VALUES (1, ?, ?, 'a.txt', 'Titre', 'fr', NULL, ?, 'v', 'c')",
        ("a" * 64, "b" * 64, text),
    )
    for aid, uid, doc, quote, color, note, state in ROWS:
        if version >= 2:  # names and states only, as version 2 checks them
            color = {"#2EA8E5": "blue", "pink": "magenta"}.get(color, color)
            state = state if state in ("exact", "approximate") else "unanchored"
        start = text.find(quote)
        conn.execute(
            'INSERT INTO annotations (id, uuid, document_id, document_sha256, start, "end", quote, '
            "prefix, suffix, color, note, created, modified, anchor_state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, '2024-01-01T00:00:00Z', "
            "'2024-01-02T00:00:00Z', ?)",
            (aid, uid, doc, "a" * 64, start, start + len(quote), quote, color, note, state),
        )
    conn.executemany("INSERT INTO tags (id, name) VALUES (?, ?)", TAGS)
    conn.executemany("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)", LINKS)
    if version >= 2:  # the search index, as version 2 kept it
        conn.execute(migrations.SEARCH_FILL)
    if version >= 4:  # the articles' index, as version 4 kept it
        conn.execute(migrations.DOCUMENTS_FILL)
    conn.commit()
    conn.close()


def _schema(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '%fts_%' "
            "ORDER BY name"
        ).fetchall()
    finally:
        conn.close()
    return sorted(
        re.sub(r'TABLE "(\w+)"', r"TABLE \1", re.sub(r"\s+", " ", sql)).replace("( ", "(")
        for (sql,) in rows
    )


@pytest.mark.parametrize("version", legacy_versions())
def test_upgrade_keeps_every_highlight_and_tag(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.sqlite"
    _filled_legacy(path, version)
    store = open_store(str(path))
    try:
        assert pragma(store, "user_version") == SCHEMA_VERSION
        first = service.get(store, 1)
        assert (first.uuid, first.quote, first.note, first.tags) == (
            ROWS[0][1],
            "Premier passage",
            "note 🚀",
            ("urgent", "économie"),
        )
        assert (first.created, first.modified) == ("2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z")
        assert service.get(store, 2).color == "blue"
        orphan = service.get(store, 3)
        assert (orphan.color, orphan.anchor_state, orphan.tags) == (
            "magenta",
            "unanchored",
            ("économie",),
        )
        assert [a.id for a in service.list_orphans(store)] == [3]
        assert {a.id for a in search(store, "urgent")} == {1, 2}
        assert [a.id for a in search(store, "economie orpheline")] == [3]
    finally:
        store.close()


@pytest.mark.parametrize("version", legacy_versions())
def test_upgrade_makes_the_schema_a_new_store_has(tmp_path: Path, version: int) -> None:
    old = tmp_path / "old.sqlite"
    _filled_legacy(old, version)
    open_store(str(old)).close()
    new = tmp_path / "new.sqlite"
    open_store(str(new)).close()
    assert _schema(old) == _schema(new)


@pytest.mark.parametrize("version", legacy_versions())
def test_upgrade_is_preceded_by_a_verified_backup(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.sqlite"
    _filled_legacy(path, version)
    open_store(str(path)).close()
    [backup] = list_backups(path)
    assert backup.reason == f"before-upgrade-v{version}"
    conn = sqlite3.connect(backup.path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM annotation_tags").fetchone()[0] == len(LINKS)
    finally:
        conn.close()


def test_failing_upgrade_leaves_the_old_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    _filled_legacy(path, 1)
    real = migrations.UPGRADES[1]

    def half_then_fail(conn: Connection) -> None:
        real(conn)
        raise StoreError("simulated failure in the middle of an upgrade")

    monkeypatch.setitem(migrations.UPGRADES, 1, half_then_fail)  # the first of two steps
    with pytest.raises(StoreError, match="simulated"):
        open_store(str(path))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == len(ROWS)
        assert conn.execute("SELECT count(*) FROM annotation_tags").fetchone()[0] == len(LINKS)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "annotations_fts" not in tables
    finally:
        conn.close()


def test_dangling_reference_stops_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _filled_legacy(path, 1)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (999, 1)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="broken references"):
        open_store(str(path))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        conn.close()


@pytest.mark.parametrize("version", legacy_versions())
def test_upgrade_indexes_the_stored_articles_for_the_library(tmp_path: Path, version: int) -> None:
    from core.store import catalogue, fulltext

    path = tmp_path / "old.sqlite"
    _filled_legacy(path, version)
    store = open_store(str(path))
    try:
        (hit,) = [h for h in fulltext.search(store, "PREMIER passage") if h.place == "text"]
        assert hit.document_id == 1
        assert [e.id for e in catalogue.entries(store)] == [1]
        assert catalogue.entries(store)[0].highlights == 2
    finally:
        store.close()


@pytest.mark.parametrize("version", legacy_versions())
def test_upgrade_counts_each_persons_mentions(tmp_path: Path, version: int) -> None:
    """Version 5 keeps each entity's mention count and first mention on its row: an upgrade
    fills them from the mentions, and the people across the library read them."""
    from core.store import catalogue

    path = tmp_path / "old.sqlite"
    _filled_legacy(path, version)
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO entities (id, document_id, kind, name, aliases) VALUES (?, 1, ?, ?, '[]')",
        [(1, "PER", "Léa Marchal"), (2, "PER", "Personne"), (3, "LOC", "Brest")],
    )
    conn.executemany(
        'INSERT INTO mentions (entity_id, start, "end", text) VALUES (?, ?, ?, ?)',
        [
            (1, 30, 35, "Marchal"),
            (1, 4, 15, "Léa Marchal"),
            (1, 50, 55, "Marchal"),
            (3, 9, 14, "Brest"),
        ],
    )
    conn.commit()
    conn.close()
    open_store(str(path)).close()
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT id, mention_count, first_at FROM entities ORDER BY id"
        ).fetchall()
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM mentions").fetchone() == (4,)
    finally:
        conn.close()
    assert rows == [(1, 3, 4), (2, 0, None), (3, 1, 9)]
    store = open_store(str(path))
    try:
        (person,) = catalogue.people_rows(store)
    finally:
        store.close()
    assert (person.name, person.mentions, person.first_at) == ("Léa Marchal", 3, 4)
