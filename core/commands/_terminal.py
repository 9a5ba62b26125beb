"""Text for a terminal: control characters from titles, file names and server text are shown
escaped, never sent raw (an ESC sequence in an article's title must not recolour, retitle or
clear the reader's terminal; a bidi override must not reorder what it shows)."""

from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings and overrides
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
# in JSON, C0 controls are already escaped by json.dumps
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` with every unsafe character written as ``\\xNN`` or ``\\uNNNN``."""
    return _UNSAFE.sub(lambda m: ascii(m.group())[1:-1], text)


def printable_json(text: str) -> str:
    """JSON text with the unsafe characters json.dumps leaves raw written as ``\\uNNNN``
    (still the same JSON)."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
