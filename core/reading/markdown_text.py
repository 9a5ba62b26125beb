"""Markdown to clean plain text: the words a reader sees, without the markup.

Heading markers, emphasis, code ticks, quote and list markers, link and image targets, reference
definitions, HTML tags and comments (with the content of ``<script>``/``<style>``) are dropped;
a paragraph's soft-wrapped lines are joined into one line; blocks are separated by a blank line.
The first level-1 heading (``# Title`` or a ``===`` underlined line) is the title. A YAML front
matter block is dropped; its ``title:`` stands in when there is no level-1 heading, and its
``date:`` (YYYY-MM-DD) is the document date.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_TITLE = re.compile(r"^title:[ \t]*[\"']?(.+?)[\"']?[ \t]*$", re.M | re.I)
_FRONT_DATE = re.compile(r"^date:[ \t]*[\"']?(\d{4}-\d{2}-\d{2})", re.M | re.I)
_HIDDEN = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>", re.S | re.I)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")

_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_IMAGE = re.compile(
    r"!\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+[\"'(][^)]*)?\)|!\[[^\]]*\]\[[^\]]*\]"
)
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+[\"'(][^)]*)?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<(?:[a-z][a-z0-9+.-]*:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>", re.I)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\*)|(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?!\w)"
)
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_PLACEHOLDER = re.compile("\ue000(\\d+)\ue001")


@dataclass(frozen=True, slots=True)
class MarkdownText:
    text: str
    title_span: tuple[int, int] | None  # where the title sits in ``text``
    dct: str | None  # from the front matter's ``date:``


def markdown_to_text(source: str) -> MarkdownText:
    """Convert Markdown (newlines already normalised to ``\\n``) into plain text."""
    body, title_hint, dct = _front_matter(source)
    blocks, title_index = _blocks(_HIDDEN.sub("", body).split("\n"))
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
    return (
        source[match.end() :],
        inline(title.group(1)) if title else None,
        date.group(1) if date else None,
    )


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
        out.heading(len(atx.group(1)), inline(atx.group(2)))
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


def inline(text: str) -> str:
    """Strip inline markup from one line: code, escapes, images, links, emphasis, tags, entities."""
    kept: list[str] = []

    def keep(value: str) -> str:
        kept.append(value)
        return f"\ue000{len(kept) - 1}\ue001"

    text = _CODE_SPAN.sub(lambda m: keep(m.group(2).strip()), text)
    text = _ESCAPE.sub(lambda m: keep(m.group(1)), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub("", text)
    for _ in range(3):  # nested emphasis: ***a*** is strong inside emphasis
        text = _STRIKE.sub(r"\1", _STRONG.sub(r"\2", text))
        text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = html.unescape(_TAG.sub("", text))
    text = _PLACEHOLDER.sub(lambda m: kept[int(m.group(1))], text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def _join(blocks: list[str]) -> tuple[str, list[tuple[int, int]]]:
    spans: list[tuple[int, int]] = []
    position = 0
    for block in blocks:
        spans.append((position, position + len(block)))
        position += len(block) + 2
    return "\n\n".join(blocks), spans
