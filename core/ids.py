"""Numeric ids as people and files give them: ASCII digits, within SQLite's INTEGER range.

The one place that checks a document id, an offset or a position before it reaches SQLite or
``int()``: the command line's ``DOC_ID`` arguments, ``import --doc``, ``liseuse://`` links and the
numbers in an import file all come through here. ``"²"`` is a digit to ``str.isdigit`` and
99999999999999999999 an int to Python, but neither is an id SQLite can store.
"""

from __future__ import annotations

from core.errors import LiseuseError

SQLITE_MAX_INTEGER = 2**63 - 1
_SHOWN = 24  # characters of a refused value quoted in the message


class InvalidNumber(LiseuseError):
    """A value that should be a non-negative whole number SQLite can store is not one."""


def shown(value: str) -> str:
    """``value`` quoted for a one-line message: shortened, control characters escaped."""
    short = value if len(value) <= _SHOWN else value[: _SHOWN - 1] + "…"
    return ascii(short) if not short.isprintable() else repr(short)


def parse_number(text: str, what: str = "document id") -> int:
    """``text`` as a non-negative integer: ASCII digits only, at most SQLite's largest INTEGER."""
    if not text or not text.isascii() or not text.isdigit():
        raise InvalidNumber(f"{what} {shown(text)} is not a number (digits 0-9 only)")
    significant = text.lstrip("0") or "0"
    if len(significant) > len(str(SQLITE_MAX_INTEGER)) or int(significant) > SQLITE_MAX_INTEGER:
        raise InvalidNumber(f"{what} {shown(text)} is too large (at most {SQLITE_MAX_INTEGER})")
    return int(significant)


def check_number(value: object, what: str = "document id") -> int:
    """An int (not a bool) between 0 and SQLite's largest INTEGER, else ``InvalidNumber``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidNumber(f"{what} is not a whole number")
    if not 0 <= value <= SQLITE_MAX_INTEGER:
        raise InvalidNumber(f"{what} is out of range (0 to {SQLITE_MAX_INTEGER})")
    return value


def looks_like_id(text: str) -> bool:
    """True for text made only of digits (of any script): meant as an id, valid or not."""
    return text.isdigit()
