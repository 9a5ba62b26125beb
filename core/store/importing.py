"""Highlights in: W3C Web Annotation JSON-LD (one, a list, or an AnnotationCollection) and
Hypothesis's export JSON.

An import merges, never replaces: each highlight is attached to its document (``urn:sha256:``
source → the document with that text, a path or URL → the document read from it, or the one the
caller names), placed anew on that text, and skipped when the store already has it (same uuid,
or same quote, position and note). The whole import is one transaction, after a verified backup.
"""

from __future__ import annotations

import json
import re
import uuid as uuidlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.annotations.anchoring import Selector, place
from core.annotations.colors import DEFAULT_COLOR, color_from_style_class, color_name
from core.errors import LiseuseError, NotFound
from core.model import Annotation
from core.store.annotations import clean_tags, insert_row, row_from_model
from core.store.backup import backup_before
from core.store.db import Store
from core.store.schema import AnnotationRow, DocumentRow

MAX_FILE = 50 * 1024 * 1024
MAX_TEXT = 1_000_000
_SHA = re.compile(r"^urn:sha256:([0-9a-f]{64})$")


class ImportFormatError(LiseuseError):
    """The file is not an annotation export this program reads."""


@dataclass(slots=True)
class ImportReport:
    added: list[Annotation] = field(default_factory=list)
    duplicates: int = 0
    skipped: list[str] = field(default_factory=list)  # one reason per highlight left out

    @property
    def unanchored(self) -> int:
        return sum(a.anchor_state == "unanchored" for a in self.added)

    @property
    def approximate(self) -> int:
        return sum(a.anchor_state == "approximate" for a in self.added)


@dataclass(frozen=True, slots=True)
class Incoming:
    """One highlight read from a file, before it has a document."""

    annotation: Annotation  # document_id and anchor not known yet
    source: str


def read_file(path: Path) -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise ImportFormatError(f"{path.name} is too large to import ({size:,} bytes)")
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ImportFormatError(f"{path.name} is not JSON: {exc}") from exc


def parse(data: Any) -> tuple[list[Incoming], list[str]]:
    """The highlights in ``data`` and, for each item that is not one, why."""
    items, hypothesis = _items(data)
    found: list[Incoming] = []
    problems: list[str] = []
    for index, item in enumerate(items, 1):
        try:
            found.append(_from_hypothesis(item) if hypothesis else _from_w3c(item))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            problems.append(f"item {index}: {exc}")
    return found, problems


def _items(data: Any) -> tuple[list[Any], bool]:
    if isinstance(data, list):
        return data, False
    if not isinstance(data, dict):
        raise ImportFormatError("not a Web Annotation or Hypothesis export")
    if isinstance(data.get("annotations"), list):
        return data["annotations"], True
    kind = data.get("type")
    if kind == "Annotation":
        return [data], False
    if kind == "AnnotationCollection":
        page = data.get("first")
        if isinstance(page, dict) and isinstance(page.get("items"), list):
            return page["items"], False
        raise ImportFormatError("this AnnotationCollection has no embedded page of items")
    if kind == "AnnotationPage" and isinstance(data.get("items"), list):
        return data["items"], False
    raise ImportFormatError("not a Web Annotation or Hypothesis export")


def _text(value: Any, what: str, *, limit: int = MAX_TEXT) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{what} is not text")
    if len(value) > limit:
        raise ValueError(f"{what} is too long")
    return value


def _position(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _selectors(target: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    selectors = target.get("selector", []) if isinstance(target, dict) else []
    if isinstance(selectors, dict):
        selectors = [selectors]
    by_type = {s.get("type"): s for s in selectors if isinstance(s, dict)}
    quote = by_type.get("TextQuoteSelector")
    if quote is None:
        raise ValueError("no TextQuoteSelector: nothing to place")
    return quote, by_type.get("TextPositionSelector") or {}


def _uuid(value: Any) -> str:
    """The item's uuid; another kind of id (Hypothesis's) always gives the same derived uuid,
    so importing a file twice adds nothing the second time."""
    text = _text(value, "id", limit=200).removeprefix("urn:uuid:")
    try:
        return str(uuidlib.UUID(text))
    except ValueError:
        return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, text) if text else uuidlib.uuid4())


def _stamp(value: Any) -> str:
    return _text(value, "date", limit=40)


def _build(
    *,
    uid: str,
    selector: tuple[dict[str, Any], dict[str, Any]],
    color: str,
    note: str,
    tags: list[str],
    created: str,
    modified: str,
    source: str,
) -> Incoming:
    quote, position = selector
    exact = _text(quote.get("exact"), "quote")
    if not exact:
        raise ValueError("the quote is empty")
    start, end = _position(position.get("start")), _position(position.get("end"))
    if start is None or end is None or end <= start:
        start = end = None
    annotation = Annotation(
        id=0,
        uuid=uid,
        document_id=None,
        document_sha256="",
        start=start,
        end=end,
        quote=exact,
        prefix=_text(quote.get("prefix"), "prefix"),
        suffix=_text(quote.get("suffix"), "suffix"),
        color=color,
        note=note,
        tags=clean_tags(tags),
        created=created,
        modified=modified or created,
    )
    return Incoming(annotation, source)


def _from_w3c(item: Any) -> Incoming:
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise ValueError("not an Annotation")
    target = item.get("target")
    if isinstance(target, list):
        target = target[0] if target else {}
    if not isinstance(target, dict):
        raise ValueError("no target")
    body = item.get("body") or []
    bodies = [b for b in (body if isinstance(body, list) else [body]) if isinstance(b, dict)]
    notes = [_text(b.get("value"), "note") for b in bodies if b.get("purpose") != "tagging"]
    tags = [_text(b.get("value"), "tag") for b in bodies if b.get("purpose") == "tagging"]
    color = color_from_style_class(str(target.get("styleClass", ""))) or DEFAULT_COLOR
    return _build(
        uid=_uuid(item.get("id")),
        selector=_selectors(target),
        color=color,
        note="\n\n".join(n for n in notes if n),
        tags=tags,
        created=_stamp(item.get("created")),
        modified=_stamp(item.get("modified")),
        source=_text(target.get("source"), "source", limit=4000),
    )


def _from_hypothesis(item: Any) -> Incoming:
    if not isinstance(item, dict):
        raise ValueError("not an annotation")
    targets = item.get("target") or []
    target = targets[0] if isinstance(targets, list) and targets else {}
    tags = item.get("tags") or []
    if not isinstance(tags, list):
        raise ValueError("tags are not a list")
    return _build(
        uid=_uuid(item.get("id")),
        selector=_selectors(target),
        color=color_name(str(item.get("color", ""))) or DEFAULT_COLOR,
        note=_text(item.get("text"), "note"),
        tags=[_text(t, "tag") for t in tags],
        created=_stamp(item.get("created")),
        modified=_stamp(item.get("updated")),
        source=_text(target.get("source") or item.get("uri"), "source", limit=4000),
    )


def import_data(store: Store, data: Any, *, document_id: int | None = None) -> ImportReport:
    """Add the highlights in ``data`` (parsed JSON) to the store; see the module's rules."""
    incoming, problems = parse(data)
    report = ImportReport(skipped=problems)
    if document_id is not None:
        with store.read() as session:
            if session.get(DocumentRow, document_id) is None:
                raise NotFound(f"no document with id {document_id}")
    if not incoming:
        return report
    backup_before(store, "before-import")
    with store.write() as session:
        for item in incoming:
            _import_one(session, item, document_id, report)
    return report


def import_file(store: Store, path: Path, *, document_id: int | None = None) -> ImportReport:
    return import_data(store, read_file(path), document_id=document_id)


def _document_for(session: Session, source: str, document_id: int | None) -> DocumentRow | None:
    if document_id is not None:
        return session.get(DocumentRow, document_id)
    if match := _SHA.match(source.lower()):
        query = select(DocumentRow).where(DocumentRow.sha256 == match[1])
    elif source:
        query = select(DocumentRow).where(DocumentRow.source == source)
    else:
        return None
    return session.scalars(query.order_by(DocumentRow.id.desc()).limit(1)).first()


def _import_one(
    session: Session, item: Incoming, document_id: int | None, report: ImportReport
) -> None:
    document = _document_for(session, item.source, document_id)
    if document is None:
        report.skipped.append(f"no stored document for {item.source or 'an unnamed source'}")
        return
    a = item.annotation
    placement = place(document.text, Selector(a.quote, a.prefix, a.suffix, a.start, a.end))
    placed = replace(
        a,
        document_id=document.id,
        document_sha256=document.sha256,
        start=placement.start,
        end=placement.end,
        anchor_state=placement.state,
    )
    if _is_duplicate(session, placed):
        report.duplicates += 1
        return
    row = row_from_model(placed, document_id=document.id)
    report.added.append(insert_row(session, row, placed.tags))


def _is_duplicate(session: Session, a: Annotation) -> bool:
    same_uuid = select(AnnotationRow.id).where(AnnotationRow.uuid == a.uuid)
    if session.scalars(same_uuid).first() is not None:
        return True
    same_place = select(AnnotationRow.id).where(
        AnnotationRow.document_id == a.document_id,
        AnnotationRow.quote == a.quote,
        AnnotationRow.start.is_(None) if a.start is None else AnnotationRow.start == a.start,
        AnnotationRow.note == a.note,
    )
    return session.scalars(same_place).first() is not None
