"""The errors the core raises on purpose. Each carries a message a person can read."""

from __future__ import annotations


class LiseuseError(Exception):
    """Base class: the message is shown to the user as it is, without a traceback."""


class ReadError(LiseuseError):
    """The article could not be read (missing, a folder, binary, too big, undecodable, empty)."""


class StoreError(LiseuseError):
    """The database could not be opened or written."""


class StoreInUse(StoreError):
    """Another running Liseuse holds this store (its one-window lock)."""


class NotOurDatabase(StoreError):
    """The file is a database, but not a Liseuse one."""


class DatabaseTooNew(StoreError):
    """The file was written by a newer Liseuse; nothing is written to it."""


class CorruptDatabase(StoreError):
    """SQLite reports the file as malformed or not a database."""


class InvalidCorrection(LiseuseError):
    """A correction no reader could mean (an unknown kind, a value that is no date…)."""


class NotFound(LiseuseError):
    """A document, annotation or entity that the caller named does not exist."""


class Cancelled(LiseuseError):
    """The user cancelled a long operation."""


class MissingPart(LiseuseError):
    """A module a feature needs is not installed or does not load; the message says which and
    the command that installs it (``core.optional``)."""
