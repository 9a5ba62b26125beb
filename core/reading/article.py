"""Reading an article: bytes in, decoded and cleaned text with its regions out. No spaCy here.

``load_article`` is fast (no NLP): the window shows its text at once while extraction runs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path, PurePath, PurePosixPath
from urllib.parse import urlsplit

from core.errors import LiseuseError, ReadError
from core.model import Region
from core.reading.cleanup import clean
from core.reading.files import decode, is_url, normalise_newlines, read_file, sniff_format
from core.reading.language import normalise_language_code

FORMATS = ("txt", "md", "html")


@dataclass(frozen=True, slots=True)
class Article:
    source: str  # the path (absolute) or URL it was read from, or "<text>"
    text: str  # decoded, "\r\n" → "\n"; every offset anywhere indexes this string
    title: str  # the title region's text; else the file or page name ("" for pasted text)
    regions: tuple[Region, ...]  # tile the whole text; roles title/body/boilerplate/duplicate
    language: str  # "fr", "en", …
    dct: str | None  # document creation time (YYYY-MM-DD) when the source gives one
    raw_sha256: str  # of the bytes read (the extraction cache key)
    sha256: str  # of ``text`` (the document's identity)
    format: str  # "txt", "md" or "html"
    # The caller chose the language or the date (``--lang``, ``--dct``, the window's header):
    # a stored reading in another language or with another date does not answer for it.
    language_given: bool = False
    dct_given: bool = False
    # Section headings the format marks (Markdown's "## …", HTML's <h2>): shown as headings.
    headings: tuple[tuple[int, int], ...] = ()

    def body_spans(self) -> list[tuple[int, int]]:
        """Spans where entities, dates and events may come from (title and body)."""
        return [(r.start, r.end) for r in self.regions if r.role in ("title", "body")]


def load_article(source: str | Path, *, lang: str | None = None, dct: str | None = None) -> Article:
    """Read a .txt/.md/.html file (or an http(s) URL); raise ``ReadError`` with a clear message.

    ``lang`` (a language code) and ``dct`` (YYYY-MM-DD) override what the article says.
    """
    if isinstance(source, str) and source.lower().startswith("file:"):
        source = file_url_to_path(source)  # what file managers pass to "Exec=liseuse %U"
    if isinstance(source, str) and is_url(source):
        from core.reading.fetching import fetch_url  # urllib and ssl: only when an address is read

        raw = fetch_url(source)
    else:
        raw = read_file(source)
    text = decode(raw.data, name=raw.source, declared=raw.charset, html=raw.fmt in (None, "html"))
    return _build(
        text,
        source=raw.source,
        fmt=raw.fmt or sniff_format(text),
        raw_sha256=hashlib.sha256(raw.data).hexdigest(),
        lang=lang,
        dct=dct,
    )


def in_language(article: Article, lang: str) -> Article:
    """The same article (same bytes, text and regions) to be read as ``lang``: the reader chose
    it (``LiseuseError`` for a code that is not a language)."""
    code = _checked_language(lang)
    return replace(article, language=code or article.language, language_given=True)


def file_url_to_path(url: str) -> Path:
    """``file:///home/a/My%20article.txt`` → ``/home/a/My article.txt``."""
    from urllib.request import url2pathname  # it also decodes the %-escapes

    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        raise ReadError(f"{url}: only files on this computer can be opened")
    return Path(url2pathname(parts.path))


def article_from_text(
    text: str,
    *,
    source: str = "<text>",
    fmt: str = "txt",
    lang: str | None = None,
    dct: str | None = None,
) -> Article:
    """Clean an already-decoded text into an ``Article`` (its UTF-8 bytes are the raw bytes)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if not text:
        raise ReadError(f"{source} is empty")
    raw_sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return _build(text, source=source, fmt=fmt, raw_sha256=raw_sha256, lang=lang, dct=dct)


def _build(
    text: str, *, source: str, fmt: str, raw_sha256: str, lang: str | None, dct: str | None
) -> Article:
    language, given_dct = _checked_language(lang), _checked_date(dct)
    converted = _convert(normalise_newlines(text), fmt)
    text = converted.text
    if not text.strip():
        what = "has no readable text" if fmt == "html" else "holds only blank space"
        raise ReadError(f"{source} {what}")
    cleaned = clean(text, title_span=converted.title_span, lang=language, aside=converted.aside)
    span = cleaned.title_span
    return Article(
        source=source,
        text=text,
        title=text[span[0] : span[1]] if span else fallback_title(source),
        regions=cleaned.regions,
        language=cleaned.language,
        dct=given_dct or converted.dct,
        raw_sha256=raw_sha256,
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        format=fmt,
        language_given=language is not None,
        dct_given=given_dct is not None,
        headings=converted.headings,
    )


@dataclass(frozen=True, slots=True)
class _Converted:
    """The stored text of a format, where its title is, the date its metadata gives, its
    section headings, and what the page holds around the article (to set aside)."""

    text: str
    title_span: tuple[int, int] | None = None
    dct: str | None = None
    headings: tuple[tuple[int, int], ...] = ()
    aside: tuple[tuple[int, int], ...] = ()


def _convert(text: str, fmt: str) -> _Converted:
    if fmt == "md":
        from core.reading.markdown_text import markdown_to_text  # its patterns compile on first use

        md = markdown_to_text(text)
        return _Converted(md.text, md.title_span, _iso_date_or_none(md.dct), md.headings)
    if fmt == "html":
        from core.reading.html_text import html_to_text  # trafilatura: only for HTML

        page = html_to_text(text)
        return _Converted(page.text, page.title_span, page.dct, page.headings, page.aside)
    return _Converted(text)


def fallback_title(source: str) -> str:
    """A name for an article without a title: its file or page name; empty for pasted text."""
    if is_url(source):
        parts = urlsplit(source)
        return PurePosixPath(parts.path).stem or (parts.hostname or "")
    return "" if source.startswith("<") else PurePath(source).stem


def _checked_language(lang: str | None) -> str | None:
    if lang is None:
        return None
    code = normalise_language_code(lang)
    if code is None:
        raise LiseuseError(f"invalid language code {lang!r} (expected e.g. fr or en)")
    return code


def _checked_date(dct: str | None) -> str | None:
    if dct is None:
        return None
    checked = _iso_date_or_none(dct.strip())
    if checked is None:
        raise LiseuseError(f"invalid document date {dct!r} (expected YYYY-MM-DD)")
    return checked


def _iso_date_or_none(value: str | None) -> str | None:
    if value is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None
