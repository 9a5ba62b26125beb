"""Old schemas, frozen as SQL files, to build the databases an upgrade starts from."""

from __future__ import annotations

import sqlite3
from pathlib import Path

LEGACY = Path(__file__).parent / "legacy"


def build_legacy(path: Path, version: int) -> sqlite3.Connection:
    """A database with the schema of ``version``, as that version created it (not yet filled)."""
    conn = sqlite3.connect(path)
    conn.executescript((LEGACY / f"schema_v{version}.sql").read_text(encoding="utf-8"))
    return conn


def legacy_versions() -> list[int]:
    return sorted(int(p.stem.removeprefix("schema_v")) for p in LEGACY.glob("schema_v*.sql"))
