"""Highlights out: Markdown, W3C Web Annotation (JSON-LD), CSV and a standalone HTML page.

Every export lists a document's highlights in reading order, the unanchored ones last and
flagged. The formats follow FEATURES.md: Markdown with YAML front matter, a back-link and a
block id per highlight; JSON-LD as an AnnotationCollection; CSV with formula injection
neutralised; HTML with inline CSS only (no script, no remote resource), everything escaped.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from core import __version__
from core.annotations.colors import COLORS, style_class
from core.links import Link
from core.model import Annotation, DocumentInfo

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
GENERATOR = {"id": "urn:liseuse", "type": "Software", "name": "Liseuse"}
CSV_COLUMNS = (
    "created",
    "modified",
    "document",
    "start",
    "end",
    "colour",
    "quote",
    "note",
    "tags",
    "anchor",
)
# what a spreadsheet may take for the start of a formula: the ASCII signs, their full-width
# forms (some spreadsheets fold them), and blanks or line breaks before any of them
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", " ", "＝", "＋", "－", "＠")
# Markdown links and reference definitions whose target has a scheme other than these
_SAFE_SCHEMES = r"(?:https?|mailto|liseuse):"
_UNSAFE_LINK = re.compile(rf"\]\((?=[ \t]*(?!{_SAFE_SCHEMES})[A-Za-z][A-Za-z0-9+.\-]*:)", re.I)
_UNSAFE_REFERENCE = re.compile(
    rf"^([ \t]{{0,3}})\[(?=[^\]\n]*\]:[ \t]*(?!{_SAFE_SCHEMES})[A-Za-z][A-Za-z0-9+.\-]*:)",
    re.I | re.M,
)
FLAGS = {
    "approximate": "approximate: the text changed here",
    "unanchored": "unanchored: the passage is no longer in the text",
}


def back_link(document_id: int, annotation: Annotation) -> str:
    return Link(document_id, annotation.start).url()


def _tag_word(tag: str) -> str:
    return "#" + "-".join(tag.split())


def markdown_safe(text: str) -> str:
    """``text`` for a Markdown export: HTML escaped as the HTML export does (no ``<script>``,
    no ``<img onerror>``), and a link to any scheme but http(s), mailto and liseuse left as
    plain text (``[x](javascript:…)``); the rest of the reader's Markdown is kept."""
    text = html.escape(text, quote=False)
    text = _UNSAFE_LINK.sub(r"]\\(", text)
    return _UNSAFE_REFERENCE.sub(r"\1\\[", text)


def to_markdown(
    document: DocumentInfo,
    annotations: Sequence[Annotation],
    *,
    people: Sequence[str] = (),
    index: str | None = None,
) -> str:
    """YAML front matter (with the article's people, as corrected by the reader), the title,
    then one block per highlight in reading order. ``index``: the name of a note listing
    several articles, linked back to (``[[index]]``)."""
    up = [f"Part of [[{index}]]", ""] if index else []
    front = [
        "---",
        f"liseuse_document: {document.id}",
        f"title: {json.dumps(document.title, ensure_ascii=False)}",
        f"source: {json.dumps(document.source, ensure_ascii=False)}",
        f"sha256: {document.sha256}",
        f"highlights: {len(annotations)}",
        *(
            ["people:", *(f"  - {json.dumps(name, ensure_ascii=False)}" for name in people)]
            if people
            else []
        ),
        "---",
        "",
        f"# {markdown_safe(' '.join(document.title.split())) or 'Untitled'}",
        "",
        *up,
    ]
    return "\n".join(front + [_markdown_block(document.id, a) for a in annotations]).rstrip() + "\n"


def _markdown_block(document_id: int, annotation: Annotation) -> str:
    lines = [f"> {markdown_safe(line)}".rstrip() for line in annotation.quote.split("\n")]
    if annotation.note.strip():
        lines += ["", markdown_safe(annotation.note.strip())]
    meta = [f"`{annotation.color}`"]
    meta += [markdown_safe(_tag_word(t)) for t in annotation.tags]
    if annotation.anchor_state in FLAGS:
        meta.append(f"**{FLAGS[annotation.anchor_state]}**")
    meta.append(f"[open]({back_link(document_id, annotation)})")
    lines += ["", " ".join(meta) + f" ^{annotation.uuid}", "", ""]
    return "\n".join(lines)


def to_jsonld(annotation: Annotation, *, language: str) -> dict[str, Any]:
    """One annotation as W3C Web Annotation JSON-LD (FEATURES.md's exact structure)."""
    body: list[dict[str, Any]] = []
    if annotation.note:
        body.append(
            {
                "type": "TextualBody",
                "value": annotation.note,
                "format": "text/markdown",
                "language": language,
                "purpose": "commenting",
            }
        )
    body += [{"type": "TextualBody", "value": t, "purpose": "tagging"} for t in annotation.tags]
    selectors: list[dict[str, Any]] = [
        {
            "type": "TextQuoteSelector",
            "exact": annotation.quote,
            "prefix": annotation.prefix,
            "suffix": annotation.suffix,
        }
    ]
    if annotation.start is not None and annotation.end is not None:
        selectors.append(
            {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end}
        )
    cls = style_class(annotation.color)
    item: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": f"urn:uuid:{annotation.uuid}",
        "type": "Annotation",
        "motivation": "highlighting",
        "created": annotation.created,
        "modified": annotation.modified,
        "generator": dict(GENERATOR),
        "stylesheet": {
            "type": "CssStylesheet",
            "value": f".{cls} {{ background-color: {COLORS[annotation.color]} }}",
        },
        "body": body,
        "target": {
            "source": f"urn:sha256:{annotation.document_sha256}",
            "styleClass": cls,
            "selector": selectors,
        },
    }
    if annotation.anchor_state != "exact":
        item["liseuse:anchorState"] = annotation.anchor_state
    return item


def to_collection(document: DocumentInfo, annotations: Sequence[Annotation]) -> dict[str, Any]:
    return {
        "@context": ANNO_CONTEXT,
        "type": "AnnotationCollection",
        "label": document.title,
        "generator": dict(GENERATOR, version=__version__),
        "total": len(annotations),
        "first": {
            "type": "AnnotationPage",
            "items": [to_jsonld(a, language=document.language) for a in annotations],
        },
    }


def to_json_text(document: DocumentInfo, annotations: Sequence[Annotation]) -> str:
    return json.dumps(to_collection(document, annotations), ensure_ascii=False, indent=2) + "\n"


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def csv_text(rows: Sequence[Sequence[object]], header: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else neutralise(str(v)) for v in row])
    return "\ufeff" + out.getvalue()  # the BOM lets spreadsheets read UTF-8


def to_csv(document: DocumentInfo, annotations: Sequence[Annotation]) -> str:
    rows = [
        (
            a.created,
            a.modified,
            document.title,
            a.start,
            a.end,
            a.color,
            a.quote,
            a.note,
            ", ".join(a.tags),
            a.anchor_state,
        )
        for a in annotations
    ]
    return csv_text(rows, CSV_COLUMNS)


_CSS = (
    "body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}"
    "blockquote{margin:1.5em 0 .5em;padding:.3em 1em;border-left:.4em solid #aaa;"
    "background:#fafafa;white-space:pre-wrap}"
    ".note{white-space:pre-wrap;margin:.3em 0 .3em 1.4em}"
    ".meta{font:13px sans-serif;color:#555;margin-left:1.4em}"
    ".flag{color:#a40000;font-weight:bold}"
    "@media (prefers-color-scheme:dark){body{background:#1e1e1e;color:#ddd}"
    "blockquote{background:#2a2a2a}.meta{color:#aaa}.flag{color:#ff8080}}"
) + "".join(f"blockquote.{style_class(n)}{{border-left-color:{c}}}" for n, c in COLORS.items())


def to_html(document: DocumentInfo, annotations: Sequence[Annotation]) -> str:
    esc = html.escape
    title = esc(document.title or "Untitled")
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(document.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{title}</h1>",
        f'<p class="meta">{esc(document.source)} · {len(annotations)} highlights</p>',
    ]
    parts += [_html_block(a) for a in annotations]
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _html_block(annotation: Annotation) -> str:
    esc = html.escape
    block = [
        f'<blockquote class="{style_class(annotation.color)}" dir="auto">'
        f"{esc(annotation.quote)}</blockquote>"
    ]
    if annotation.note.strip():
        block.append(f'<div class="note" dir="auto">{esc(annotation.note.strip())}</div>')
    meta = [esc(annotation.color)] + [esc(_tag_word(t)) for t in annotation.tags]
    if annotation.anchor_state in FLAGS:
        meta.append(f'<span class="flag">{esc(FLAGS[annotation.anchor_state])}</span>')
    block.append(f'<p class="meta">{" · ".join(meta)}</p>')
    return "\n".join(block)


MANY_TITLE = "Liseuse highlights"
# A note's name inside [[…]]: brackets would end the link, | and # change what it points at.
_WIKI_UNSAFE = str.maketrans({"[": "(", "]": ")", "|": "-", "#": "-", "^": "-"})
Chosen = Sequence[tuple[DocumentInfo, Sequence[Annotation]]]


def many_to_markdown(
    chosen: Chosen, index: str = MANY_TITLE, people: Mapping[int, Sequence[str]] | None = None
) -> list[tuple[str, str]]:
    """One Markdown note per article and an index note linking them, as (file name, text):
    each note links up to the index (``[[…]]``, Obsidian's wiki-links) and each highlight back
    to its place in Liseuse. File names come from the titles, made safe and unique."""
    from core.files import safe_filename

    taken = {index.casefold()}
    names = []
    for document, _annotations in chosen:
        title = (document.title or f"document {document.id}").translate(_WIKI_UNSAFE)
        base = safe_filename(title, "")
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            name = f"{base} ({n})"
        taken.add(name.casefold())
        names.append(name)
    notes = [
        (
            f"{name}.md",
            to_markdown(
                document, annotations, index=index, people=(people or {}).get(document.id, ())
            ),
        )
        for name, (document, annotations) in zip(names, chosen, strict=True)
    ]
    lines = ["---", f"articles: {len(chosen)}", "---", "", f"# {index}", ""]
    lines += [
        f"- [[{name}]] — {len(annotations)} highlights · {markdown_safe(document.source)}"
        for name, (document, annotations) in zip(names, chosen, strict=True)
    ]
    return [*notes, (f"{index}.md", "\n".join(lines) + "\n")]


def many_to_json_text(chosen: Chosen) -> str:
    """The highlights of several articles as one W3C AnnotationCollection."""
    items = [to_jsonld(a, language=d.language) for d, annotations in chosen for a in annotations]
    collection = {
        "@context": ANNO_CONTEXT,
        "type": "AnnotationCollection",
        "label": f"{MANY_TITLE} ({len(chosen)} articles)",
        "generator": dict(GENERATOR, version=__version__),
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


FORMATS = {"md": to_markdown, "json": to_json_text, "csv": to_csv, "html": to_html}
SUFFIXES = {"md": ".md", "json": ".json", "csv": ".csv", "html": ".html"}
