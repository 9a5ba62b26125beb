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


def html_to_text(markup: str) -> HtmlText:
    """The main text of a page; its title (from <title>/<h1>/metadata) on the first line.

    Raises ``MissingPart`` (one line: what is missing, how to install it) when trafilatura or a
    module it needs does not import."""
    _require_trafilatura()
    markup = _cap_attributes(_VOID.sub("", markup))
    document = _extract(markup)
    body = _clean_lines(getattr(document, "text", None) or "")
    if not body:
        body = _clean_lines(_all_text(markup))
    title = _clean_lines(getattr(document, "title", None) or "").replace("\n", " ")
    dct = _iso_date(getattr(document, "date", None))
    if not title:
        return HtmlText(body, None, dct)
    first_line = body.split("\n", 1)[0]
    if _same(first_line, title):
        return HtmlText(body, (0, len(first_line)), dct)
    text = f"{title}\n{body}" if body else title
    return HtmlText(text, (0, len(title)), dct)


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
