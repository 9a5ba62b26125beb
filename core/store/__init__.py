"""The SQLite store (SQLAlchemy 2). ORM rows stay in here; callers get ``core.model`` data."""

from core.store.db import SCHEMA_VERSION, Store, open_store

__all__ = ["SCHEMA_VERSION", "Store", "open_store"]
