"""``liseuse://open?doc=<id>&at=<offset>``: links back to a passage, as exports write them.

The desktop launcher registers the ``liseuse`` scheme, so a link clicked in a notes app opens the
window on that document, scrolled to that character.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from core.errors import ReadError
from core.ids import InvalidNumber, parse_number, shown

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


MAX_LINK = 4096  # characters; a longer "link" is not one an export wrote


def parse_link(url: str) -> Link:
    """Read a link; ``ReadError`` says in one line what is wrong with a malformed one."""
    expected = f"expected {SCHEME}://open?doc=ID&at=N"
    if len(url) > MAX_LINK:
        raise ReadError(f"not a Liseuse link: {shown(url)} is too long ({expected})")
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        query = parse_qs(parts.query, max_num_fields=20)
    except ValueError:  # "[::1" (an unclosed IPv6 bracket), too many fields
        raise ReadError(f"not a Liseuse link: {shown(url)} ({expected})") from None
    if parts.scheme.lower() != SCHEME or netloc.lower() != "open":
        raise ReadError(f"not a Liseuse link: {shown(url)} ({expected})")
    docs, ats = query.get("doc", []), query.get("at", [])
    if len(docs) != 1 or len(ats) > 1:
        raise ReadError(f"not a Liseuse link: {shown(url)} (it needs one doc= and at most one at=)")
    try:
        document_id = parse_number(docs[0], "the link's document id (doc=)")
        at = parse_number(ats[0], "the link's offset (at=)") if ats else None
    except InvalidNumber as exc:
        raise ReadError(f"not a Liseuse link: {exc}") from None
    return Link(document_id, at)


def paragraph_at(text: str, at: int) -> tuple[int, int]:
    """The paragraph (line) holding character ``at``, to scroll to and flash."""
    at = max(0, min(at, len(text)))
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end
