"""The SQLite store (SQLAlchemy 2). ORM rows stay in here; callers get ``core.model`` data.

Nothing is imported here, so that ``core.store.files`` and ``core.store.quick`` (which read a
stored document without SQLAlchemy) stay light: import ``core.store.db`` for ``open_store``.
"""
