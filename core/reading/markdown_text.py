"""Markdown to clean plain text: the words a reader sees, without the markup.

Heading markers, emphasis, code ticks, quote and list markers, link and image targets, reference
definitions, HTML tags and comments (with the content of ``<script>``/``<style>``) are dropped;
a paragraph's soft-wrapped lines are joined into one line; blocks are separated by a blank line.
The first level-1 heading (``# Title`` or a ``===`` underlined line) is the title. A YAML front
matter block is dropped; its ``title:`` stands in when there is no level-1 heading, and its
``date:`` (YYYY-MM-DD) is the document date.

Every step costs time in proportion to the text (the window renders notes with it, on its own
thread): inline markup is read by markdown-it-py, a CommonMark parser that is linear by design;
the line patterns here match once per line without nested repetition, and hidden blocks are
found by a forward scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_TITLE = re.compile(r"^title:([^\n]*)", re.M | re.I)
_FRONT_DATE = re.compile(r"^date:[ \t]*[\"']?(\d{4}-\d{2}-\d{2})", re.M | re.I)
_HIDDEN_START = re.compile(r"<!--|<(script|style)\b", re.I)
_HIDDEN_END = {
    "": re.compile("-->"),
    "script": re.compile(r"</script\s*>", re.I),
    "style": re.compile(r"</style\s*>", re.I),
}
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?=[ \t]|$)")
_CLOSING_HASHES = re.compile(r"[ \t]#++\Z")
# possessive quantifiers (*+, ++): a blank run is never given back and scanned again
_SETEXT = re.compile(r"^ {0,3}(=++|-++)[ \t]*+$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*+\1){2,}+[ \t]*+$")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]++\]:[ \t]*+\S")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_ITEM = re.compile(r"^[ \t]*+(?:[-*+]|\d{1,9}+[.)])[ \t]++(?:\[[ xX]\][ \t]++)?")
_TABLE_RULE = re.compile(
    r"^[ \t]*+\|?[ \t]*+:?-{3,}+:?[ \t]*+(?:\|[ \t]*+:?-{3,}+:?[ \t]*+)*+\|?[ \t]*+$"
)


@dataclass(frozen=True, slots=True)
class MarkdownText:
    text: str
    title_span: tuple[int, int] | None  # where the title sits in ``text``
    dct: str | None  # from the front matter's ``date:``


def markdown_to_text(source: str) -> MarkdownText:
    """Convert Markdown (newlines already normalised to ``\\n``) into plain text."""
    body, title_hint, dct = _front_matter(source)
    blocks, title_index = _blocks(_strip_hidden(body).split("\n"))
    text, spans = _join(blocks)
    if title_index is None and title_hint:
        text = f"{title_hint}\n\n{text}" if text else title_hint
        return MarkdownText(text, (0, len(title_hint)), dct)
    return MarkdownText(text, spans[title_index] if title_index is not None else None, dct)


def _front_matter(source: str) -> tuple[str, str | None, str | None]:
    match = _FRONT_MATTER.match(source)
    if match is None:
        return source, None, None
    header = match.group(1)
    title = _FRONT_TITLE.search(header)
    date = _FRONT_DATE.search(header)
    title_text = title.group(1).strip(" \t").strip("\"'").strip(" \t") if title else ""
    return (
        source[match.end() :],
        inline(title_text) if title_text else None,
        date.group(1) if date else None,
    )


def _strip_hidden(text: str) -> str:
    """``text`` without HTML comments and ``<script>``/``<style>`` elements, in one pass: an
    opening that is never closed is left as it is, and its kind is not looked for again."""
    kept: list[str] = []
    position = 0
    unclosed: set[str] = set()
    search_from = 0
    while (opening := _HIDDEN_START.search(text, search_from)) is not None:
        kind = (opening.group(1) or "").lower()
        closing = None if kind in unclosed else _HIDDEN_END[kind].search(text, opening.end())
        if closing is None:
            unclosed.add(kind)
            search_from = opening.end()
            continue
        kept.append(text[position : opening.start()])
        position = search_from = closing.end()
    kept.append(text[position:])
    return "".join(kept)


class _Blocks:
    """Accumulates output blocks: paragraphs (joined lines), headings, items, code blocks."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.paragraph: list[str] = []
        self.code: list[str] | None = None  # the lines of the open fenced code block
        self.title_index: int | None = None

    def flush(self) -> None:
        if self.paragraph:
            self.add(" ".join(self.paragraph))
            self.paragraph = []

    def add(self, block: str) -> None:
        if block.strip():
            self.blocks.append(block.strip())

    def heading(self, level: int, text: str) -> None:
        """Add a heading whose inline markup is already stripped."""
        self.flush()
        self.add(text)
        if level == 1 and self.title_index is None and text.strip():
            self.title_index = len(self.blocks) - 1


def _blocks(lines: list[str]) -> tuple[list[str], int | None]:
    out = _Blocks()
    fence = ""
    for line in lines:
        if out.code is not None:  # inside a fenced code block: lines kept as they are
            if line.strip().startswith(fence):
                out.add("\n".join(out.code))
                out.code = None
            else:
                out.code.append(line.rstrip())
        elif match := _FENCE.match(line):
            out.flush()
            fence, out.code = match.group(1), []
        else:
            _line(out, _QUOTE.sub("", line))
    if out.code:
        out.add("\n".join(out.code))
    out.flush()
    return out.blocks, out.title_index


def _line(out: _Blocks, line: str) -> None:
    if out.paragraph and (setext := _SETEXT.match(line)):
        text = " ".join(out.paragraph)
        out.paragraph = []
        out.heading(1 if setext.group(1)[0] == "=" else 2, text)
    elif not line.strip() or _RULE.match(line):
        out.flush()
    elif atx := _ATX.match(line):
        out.heading(len(atx.group(1)), inline(_heading_text(line[atx.end() :])))
    elif _REFERENCE.match(line) or _TABLE_RULE.match(line):
        return
    elif line.lstrip().startswith("|"):  # a table row: one line, cells apart
        out.flush()
        out.add(" · ".join(inline(cell) for cell in line.strip().strip("|").split("|")))
    elif item := _ITEM.match(line):
        out.flush()
        out.paragraph.append(inline(line[item.end() :]))
    elif line.endswith(("  ", "\\")):  # a hard line break ends the line
        out.paragraph.append(inline(line.rstrip(" \\")))
        out.flush()
    else:
        out.paragraph.append(inline(line))


def _heading_text(rest: str) -> str:
    """An ATX heading's text: without its closing ``#`` run (``## Titre ##``)."""
    rest = rest.strip(" \t")
    if set(rest) == {"#"}:
        return ""
    closing = _CLOSING_HASHES.search(rest)
    return rest[: closing.start()].rstrip(" \t") if closing else rest


class _AnyReference(dict[str, Any]):
    """Every ``[text][label]`` reads as a link: the definitions are elsewhere (or dropped)."""

    def get(self, key: object, default: object = None) -> Any:
        return {"href": "", "title": ""}


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"linkify": False, "typographer": False}).enable(
        "strikethrough"
    )


def inline(text: str) -> str:
    """Strip inline markup from one line: code, escapes, images, links, emphasis, tags, entities."""
    kept: list[str] = []
    skip = 0  # inside an autolink, whose address is not part of the words
    for block in _parser().parseInline(text, {"references": _AnyReference()}):
        for token in block.children or ():
            if token.type == "link_open":
                skip += token.markup == "autolink"
            elif token.type == "link_close":
                skip -= token.markup == "autolink"
            elif skip:
                continue
            elif token.type in ("text", "text_special", "code_inline"):
                kept.append(token.content)
            elif token.type in ("softbreak", "hardbreak"):
                kept.append(" ")
    return re.sub(r"[ \t]{2,}", " ", "".join(kept)).strip()


def _join(blocks: list[str]) -> tuple[str, list[tuple[int, int]]]:
    spans: list[tuple[int, int]] = []
    position = 0
    for block in blocks:
        spans.append((position, position + len(block)))
        position += len(block) + 2
    return "\n\n".join(blocks), spans
