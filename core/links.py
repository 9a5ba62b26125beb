"""``liseuse://open?doc=<id>&at=<offset>``: links back to a passage, as exports write them.

The desktop launcher registers the ``liseuse`` scheme, so a link clicked in a notes app opens the
window on that document, scrolled to that character.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from core.errors import ReadError

SCHEME = "liseuse"


@dataclass(frozen=True, slots=True)
class Link:
    document_id: int
    at: int | None = None

    def url(self) -> str:
        link = f"{SCHEME}://open?doc={self.document_id}"
        return link if self.at is None else f"{link}&at={self.at}"


def is_link(text: str) -> bool:
    return text.lower().startswith(f"{SCHEME}:")


def parse_link(url: str) -> Link:
    """Read a link; ``ReadError`` says what is wrong with a malformed one."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    doc, at = query.get("doc", [""])[0], query.get("at", [""])[0]
    if parts.scheme.lower() != SCHEME or parts.netloc != "open" or not doc.isdigit():
        raise ReadError(f"not a Liseuse link: {url} (expected {SCHEME}://open?doc=ID&at=N)")
    if at and not at.isdigit():
        raise ReadError(f"not a Liseuse link: {url} (at= must be a character offset)")
    return Link(int(doc), int(at) if at else None)


def paragraph_at(text: str, at: int) -> tuple[int, int]:
    """The paragraph (line) holding character ``at``, to scroll to and flash."""
    at = max(0, min(at, len(text)))
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end
