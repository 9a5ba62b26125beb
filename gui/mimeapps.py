"""Careful edits of a ``mimeapps.list`` (freedesktop "Association between MIME types and
applications"): only the ``[Added Associations]`` lines that name our types or our launcher
change; every other line, comment and section is kept as it was.

Pure text functions (``str`` in, ``str`` out) so that they are easy to test and never lose a
user's settings.
"""

from __future__ import annotations

from collections.abc import Iterable

SECTION = "[Added Associations]"


def add_associations(text: str, desktop_id: str, mime_types: Iterable[str]) -> str:
    """List ``desktop_id`` for each of ``mime_types``, after the applications already there."""
    lines = text.splitlines()
    start, end = _section(lines)
    wanted = list(dict.fromkeys(mime_types))
    if start is None:
        if lines and lines[-1].strip():
            lines.append("")
        lines.append(SECTION)
        lines.extend(f"{mime}={desktop_id};" for mime in wanted)
        return _join(lines)
    for index in range(start + 1, end):
        key, values = _parse(lines[index])
        if key in wanted:
            wanted.remove(key)
            if desktop_id not in values:
                lines[index] = _format(key, [*values, desktop_id])
    insert_at = _last_content_line(lines, start, end) + 1
    lines[insert_at:insert_at] = [f"{mime}={desktop_id};" for mime in wanted]
    return _join(lines)


def remove_associations(text: str, desktop_id: str) -> str:
    """Take ``desktop_id`` out of every ``[Added Associations]`` line; drop emptied lines, and
    the section itself when nothing is left in it."""
    lines = text.splitlines()
    start, end = _section(lines)
    if start is None:
        return text
    kept: list[str] = []
    for line in lines[start + 1 : end]:
        key, values = _parse(line)
        if key is None or desktop_id not in values:
            kept.append(line)
            continue
        remaining = [value for value in values if value != desktop_id]
        if remaining:
            kept.append(_format(key, remaining))
    if any(line.strip() for line in kept):
        lines[start + 1 : end] = kept
    else:
        first = start
        while first > 0 and not lines[first - 1].strip():
            first -= 1
        lines[first:end] = [""] if end < len(lines) and first > 0 else []
    return _join(lines) if lines else ""


def associations(text: str) -> dict[str, list[str]]:
    """The ``[Added Associations]`` of ``text``: MIME type → launchers, in order."""
    lines = text.splitlines()
    start, end = _section(lines)
    if start is None:
        return {}
    found: dict[str, list[str]] = {}
    for line in lines[start + 1 : end]:
        key, values = _parse(line)
        if key is not None:
            found[key] = values
    return found


def _section(lines: list[str]) -> tuple[int | None, int]:
    """Index of the section header (None if absent) and of the line that ends the section."""
    start = next((i for i, line in enumerate(lines) if line.strip() == SECTION), None)
    if start is None:
        return None, len(lines)
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")),
        len(lines),
    )
    return start, end


def _parse(line: str) -> tuple[str | None, list[str]]:
    stripped = line.strip()
    if not stripped or stripped.startswith("#") or "=" not in stripped:
        return None, []
    key, _, value = stripped.partition("=")
    return key.strip(), [part.strip() for part in value.split(";") if part.strip()]


def _format(key: str, values: list[str]) -> str:
    return f"{key}={';'.join(values)};"


def _last_content_line(lines: list[str], start: int, end: int) -> int:
    index = end - 1
    while index > start and not lines[index].strip():
        index -= 1
    return index


def _join(lines: list[str]) -> str:
    return "\n".join(lines) + "\n" if lines else ""
