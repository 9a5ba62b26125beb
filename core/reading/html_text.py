"""HTML to the article's plain text, with its title and publication date, via trafilatura.

trafilatura parses with lxml: nothing in the page is executed (scripts, event handlers,
``javascript:`` links) and nothing it references is fetched (images, style sheets, frames,
redirects); out comes plain text only. trafilatura is imported here, lazily, because importing it
costs a third of a second that reading a stored document or a text file must not pay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

# only the page's own metadata gives the date (a dateline in the text is read elsewhere)
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "outputformat": "%Y-%m-%d"}
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t]+")
# void elements that lxml's parser takes for containers, swallowing the text after them
_VOID = re.compile(r"</?(?:embed|keygen)\b[^<>]*+>", re.IGNORECASE)
# lxml checks each new attribute against the element's others: thousands on one element cost
# their square. A tag long enough to hold that many loses its attributes (text is all we keep).
MAX_ATTRIBUTES = 200
_LONG_TAG = re.compile(r"<([A-Za-z][^\s/<>]*+)([^<>]{1000,}+)>")  # possessive: one pass
_ATTRIBUTE = re.compile(r"""[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?""")


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str
    title_span: tuple[int, int] | None  # where the title sits in ``text``
    dct: str | None  # publication date from the page's metadata (YYYY-MM-DD)
    headings: tuple[tuple[int, int], ...] = ()  # the article's section headings (<h2>…)
    # the page around the article (navigation, cookie banner, footer): kept, set aside
    aside: tuple[tuple[int, int], ...] = ()


def html_to_text(markup: str) -> HtmlText:
    """The main text of a page, its title (from <title>/<h1>/metadata) on its first line; the
    lines of the page before and after it (navigation, footer) around it, to be set aside.

    Raises ``MissingPart`` (one line: what is missing, how to install it) when trafilatura or a
    module it needs does not import."""
    _require_trafilatura()
    markup = _cap_attributes(_VOID.sub("", markup))
    document = _extract(markup)
    body = _clean_lines(getattr(document, "text", None) or "")
    main = bool(body)
    if not body:
        body = _clean_lines(_all_text(markup))
    title = _clean_lines(getattr(document, "title", None) or "").replace("\n", " ")
    dct = _iso_date(getattr(document, "date", None))
    first_line = body.split("\n", 1)[0]
    if title and not _same(first_line, title):
        body = f"{title}\n{body}" if body else title
    title_span = (0, len(body.split("\n", 1)[0])) if title else None
    before, after = _around(markup, body) if main else ([], [])
    heads = _headings(document, body, skip=title) if main else []
    return _framed(body, title_span, dct, heads, before, after)


def _framed(
    body: str,
    title_span: tuple[int, int] | None,
    dct: str | None,
    headings: list[tuple[int, int]],
    before: list[str],
    after: list[str],
) -> HtmlText:
    """The article's text between the page's lines before and after it."""
    head = "\n".join(before) + "\n" if before else ""
    shift = len(head)
    text = head + body + ("\n" + "\n".join(after) if after else "")
    aside = []
    if before:
        aside.append((0, shift - 1))
    if after:
        aside.append((shift + len(body) + 1, len(text)))
    title = (title_span[0] + shift, title_span[1] + shift) if title_span else None
    heads = tuple((start + shift, end + shift) for start, end in headings)
    return HtmlText(text, title, dct, heads, tuple(aside))


_BLOCKS = frozenset(
    "address article aside blockquote body br dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main menu nav ol p pre section summary table "
    "td th tr ul".split()
)
_UNSEEN = "//script|//style|//noscript|//template|//head|//svg|//iframe|//object|//*[@hidden]"
MAX_AROUND = 200  # lines of the page kept on each side of the article
_BREAK = "\u2029"  # between two blocks (a newline in the markup is a blank)
_NEWLINES = re.compile(r"[\r\n]+")


def page_lines(markup: str) -> list[str]:
    """Every line of text the page shows, in order: one per block element."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(markup)
        for unseen in root.xpath(_UNSEEN):
            unseen.drop_tree()
        parts: list[str] = []
        for event, element in etree.iterwalk(root, events=("start", "end")):
            block = isinstance(element.tag, str) and element.tag.lower() in _BLOCKS
            if event == "start":
                parts.append(_BREAK if block else "")
                if isinstance(element.tag, str) and element.text:
                    parts.append(element.text)
            else:
                parts.append(_BREAK if block else "")
                if element.tail:
                    parts.append(element.tail)
        flowing = _NEWLINES.sub(" ", "".join(parts)).replace(_BREAK, "\n")
        return _clean_lines(flowing).split("\n")
    except Exception:  # a page lxml cannot walk: nothing around the article
        return []


def _key(line: str) -> str:
    return re.sub(r"\W+", " ", line.casefold()).strip()


def _around(markup: str, body: str) -> tuple[list[str], list[str]]:
    """The page's lines before the article's first line and after its last one."""
    lines = [line for line in page_lines(markup) if line]
    keys = [_key(line) for line in lines]
    main = [_key(line) for line in body.split("\n") if _key(line)]
    if not lines or not main:
        return [], []
    wanted = set(main)
    found = [i for i, key in enumerate(keys) if key in wanted]
    if not found:
        return [], []
    first, last = found[0], found[-1]
    before = [line for line in lines[:first] if _key(line) not in wanted]
    after = [line for line in lines[last + 1 :] if _key(line) not in wanted]
    return before[-MAX_AROUND:], after[:MAX_AROUND]


def _headings(document: Any, body: str, *, skip: str) -> list[tuple[int, int]]:
    """Where the article's headings (trafilatura's <head> elements) are in ``body``."""
    tree = getattr(document, "body", None)
    if tree is None:
        return []
    try:
        wanted = {_key(" ".join("".join(h.itertext()).split())) for h in tree.iter("head")}
    except Exception:  # an odd tree: no headings
        return []
    wanted.discard(_key(skip))
    wanted.discard("")
    spans, position = [], 0
    for line in body.split("\n"):
        if _key(line) in wanted:
            spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def _require_trafilatura() -> None:
    try:
        import trafilatura  # noqa: F401
    except ImportError as exc:  # lxml_html_clean, say (trafilatura's justext imports it)
        from core.optional import html_unavailable

        raise html_unavailable(exc) from exc


def _cap_attributes(markup: str) -> str:
    """Tags with more than ``MAX_ATTRIBUTES`` attributes keep only their name."""

    def shorten(tag: re.Match[str]) -> str:
        counted = zip(_ATTRIBUTE.finditer(tag.group(2)), range(MAX_ATTRIBUTES + 1), strict=False)
        if sum(1 for _ in counted) > MAX_ATTRIBUTES:
            return f"<{tag.group(1)}>"
        return tag.group(0)

    return _LONG_TAG.sub(shorten, markup)


def _extract(markup: str) -> Any:
    from trafilatura import bare_extraction

    try:
        return bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # a parser failing on hostile markup: use the fallback
        return None


def _all_text(markup: str) -> str:
    """Every visible text of the page (scripts and styles removed): for pages trafilatura skips."""
    from trafilatura import html2txt

    try:
        return html2txt(markup) or html2txt(f"<html><body><div>{markup}</div></body></html>")
    except Exception:  # nothing readable: the caller says so in one line
        return ""


def _clean_lines(text: str) -> str:
    """One paragraph a line, no control characters, no runs of blanks, no empty lines."""
    text = _CONTROLS.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _same(line: str, title: str) -> bool:
    def key(value: str) -> str:
        return re.sub(r"\W+", " ", value.casefold()).strip()

    return key(line) == key(title)


def _iso_date(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
