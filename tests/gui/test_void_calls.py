"""PySide6 6.12.0 on Python 3.11 crashes (none_dealloc) after some thousands of calls to Qt
methods that return void; the window makes such calls by the thousand (cursor moves, formats).
This test makes 20,000 of them; pyproject.toml pins PySide6 below 6.12 because of it."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

CALLS = 20_000


def test_twenty_thousand_void_calls_do_not_crash() -> None:
    document = QTextDocument("Le premier jour du deuxième mandat. " * 20)
    cursor = QTextCursor(document)
    length = document.characterCount() - 1
    fmt = QTextCharFormat()
    for i in range(CALLS // 2):
        cursor.setPosition(i % length)  # returns None
        fmt.setFontWeight(400 + i % 2)  # returns None
    assert cursor.position() == (CALLS // 2 - 1) % length
    assert fmt.fontWeight() == 400 + (CALLS // 2 - 1) % 2
