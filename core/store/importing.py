"""Highlights in: W3C Web Annotation JSON-LD (one, a list, or an AnnotationCollection) and
Hypothesis's export JSON.

An import merges, never replaces: each highlight is attached to its document (``urn:sha256:``
source → the document with that text, a path or URL → the document read from it, or the one the
caller names), placed anew on that text, and skipped when the store already has it (same uuid,
or same quote, position and note). The whole import is one transaction, after a verified backup.

Everything in the file is checked before that backup is made: the app's own limits (a note of at
most ``MAX_NOTE`` characters, tags of at most ``MAX_TAG``), numbers within SQLite's range, text
that can be stored (no lone surrogate). An item that breaks them is left out with its reason; a
bad tag is left out alone. The duplicate check is one indexed lookup per item (uuid) and a set
of what each document already holds, so an import costs time in proportion to its size.
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
from core.ids import SQLITE_MAX_INTEGER, check_number
from core.model import Annotation
from core.store.annotations import (
    MAX_NOTE,
    MAX_TAG,
    InvalidAnnotation,
    check_color,
    clean_tags,
)
from core.store.backup import backup_before
from core.store.db import Store
from core.store.migrations import SEARCH_TABLE
from core.store.repository import now_iso
from core.store.rows import tag_tuple
from core.store.schema import DocumentRow

MAX_FILE = 50 * 1024 * 1024
MAX_TEXT = 1_000_000
MAX_DIGITS = 40  # a longer number in the file is no offset (and int() refuses 4,300 digits)
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
    dropped_tags: tuple[str, ...] = ()  # why each tag left out was


class _HugeNumber(float):
    """A number with more digits than any offset: read as a value no check accepts."""


def _parse_int(digits: str) -> int | float:
    return int(digits) if len(digits.lstrip("-")) <= MAX_DIGITS else _HugeNumber("inf")


def read_file(path: Path) -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise ImportFormatError(f"{path.name} is too large to import ({size:,} bytes)")
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return json.loads(raw.decode("utf-8-sig"), parse_int=_parse_int)
    except UnicodeDecodeError as exc:
        raise ImportFormatError(f"{path.name} is not JSON: it is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"{path.name} is not JSON: {exc}") from exc
    except (ValueError, RecursionError) as exc:
        raise ImportFormatError(f"{path.name} cannot be read: {exc}") from exc


def parse(data: Any) -> tuple[list[Incoming], list[str]]:
    """The highlights in ``data`` and, for each item that is not one, why."""
    items, hypothesis = _items(data)
    found: list[Incoming] = []
    problems: list[str] = []
    for index, item in enumerate(items, 1):
        try:
            incoming = _from_hypothesis(item) if hypothesis else _from_w3c(item)
        except (ValueError, TypeError, KeyError, AttributeError, LiseuseError) as exc:
            problems.append(f"item {index}: {exc}")
            continue
        found.append(incoming)
        problems += [f"item {index}: {reason}" for reason in incoming.dropped_tags]
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
        raise ValueError(f"{what} is too long (more than {limit:,} characters)")
    if not _storable(value):
        raise ValueError(f"{what} holds an invalid character (a lone surrogate)")
    return value


def _storable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _position(value: Any) -> int | None:
    """An offset within SQLite's range, else None (the quote alone then places the highlight)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if 0 <= value <= SQLITE_MAX_INTEGER else None


def _tags(values: list[Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The usable tags, and why each of the others was left out (one bad tag spoils nothing)."""
    kept: list[str] = []
    dropped: list[str] = []
    for value in values:
        try:
            kept += clean_tags([_text(value, "a tag", limit=MAX_TEXT)])
        except ValueError as exc:
            dropped.append(f"{exc}: left out")
        except InvalidAnnotation:
            dropped.append(f"a tag longer than {MAX_TAG} characters: left out")
    return clean_tags(kept), tuple(dropped)


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
    tags: list[Any],
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
    if len(note) > MAX_NOTE:
        raise ValueError(f"the note is longer than {MAX_NOTE:,} characters")
    kept_tags, dropped_tags = _tags(tags)
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
        tags=kept_tags,
        created=created,
        modified=modified or created,
    )
    return Incoming(annotation, source, dropped_tags)


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
    tags = [b.get("value") for b in bodies if b.get("purpose") == "tagging"]
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
    if not isinstance(target, dict):
        raise ValueError("no target")
    return _build(
        uid=_uuid(item.get("id")),
        selector=_selectors(target),
        color=color_name(str(item.get("color", ""))) or DEFAULT_COLOR,
        note=_text(item.get("text"), "note"),
        tags=tags,
        created=_stamp(item.get("created")),
        modified=_stamp(item.get("updated")),
        source=_text(target.get("source") or item.get("uri"), "source", limit=4000),
    )


def import_data(store: Store, data: Any, *, document_id: int | None = None) -> ImportReport:
    """Add the highlights in ``data`` (parsed JSON) to the store; see the module's rules."""
    incoming, problems = parse(data)
    report = ImportReport(skipped=problems)
    if document_id is not None:
        check_number(document_id)
        with store.read() as session:
            if session.get(DocumentRow, document_id) is None:
                raise NotFound(f"no document with id {document_id}")
    if not incoming:
        return report
    backup_before(store, "before-import")
    with store.write() as session:
        _Importer(session, document_id, report).add_all(incoming)
    return report


def import_file(store: Store, path: Path, *, document_id: int | None = None) -> ImportReport:
    return import_data(store, read_file(path), document_id=document_id)


@dataclass(frozen=True, slots=True)
class _Target:
    id: int
    sha256: str
    text: str


class _Importer:
    """One import's transaction, in SQL statements that each cost the same whatever the store
    holds: a document is looked up once per source, a uuid once per item (unique index), and
    what a document already holds is read once into a set."""

    def __init__(self, session: Session, document_id: int | None, report: ImportReport) -> None:
        self.session = session
        self.document_id = document_id
        self.report = report
        raw = session.connection().connection.dbapi_connection
        assert raw is not None
        self.cursor = raw.cursor()
        self.stamp = now_iso()  # when a highlight without dates was imported
        self.documents: dict[str, _Target | None] = {}
        self.places: dict[int, set[tuple[str, int | None, str]]] = {}
        self.tag_ids: dict[str, int] = dict(
            (name, tag_id) for tag_id, name in self.cursor.execute("SELECT id, name FROM tags")
        )

    def add_all(self, incoming: list[Incoming]) -> None:
        try:
            for item in incoming:
                self._add(item)
        finally:
            self.cursor.close()

    def _add(self, item: Incoming) -> None:
        document = self._document(item.source)
        if document is None:
            self.report.skipped.append(
                f"no stored document for {item.source or 'an unnamed source'}"
            )
            return
        a = item.annotation
        placement = place(document.text, Selector(a.quote, a.prefix, a.suffix, a.start, a.end))
        key = (a.quote, placement.start, a.note)
        places = self._places(document.id)
        if key in places or self._uuid_taken(a.uuid):
            self.report.duplicates += 1
            return
        places.add(key)
        created = a.created or self.stamp
        placed = replace(
            a,
            document_id=document.id,
            document_sha256=document.sha256,
            start=placement.start,
            end=placement.end,
            anchor_state=placement.state,
            color=check_color(a.color),
            created=created,
            modified=a.modified or created,
            tags=tag_tuple(a.tags),
        )
        self.report.added.append(replace(placed, id=self._insert(placed)))

    def _document(self, source: str) -> _Target | None:
        if source not in self.documents:
            row = _document_for(self.session, source, self.document_id)
            self.documents[source] = None if row is None else _Target(row.id, row.sha256, row.text)
        return self.documents[source]

    def _places(self, document_id: int) -> set[tuple[str, int | None, str]]:
        if document_id not in self.places:
            self.places[document_id] = set(
                self.cursor.execute(
                    "SELECT quote, start, note FROM annotations WHERE document_id = ?",
                    (document_id,),
                )
            )
        return self.places[document_id]

    def _uuid_taken(self, uuid: str) -> bool:
        found = self.cursor.execute("SELECT 1 FROM annotations WHERE uuid = ?", (uuid,))
        return found.fetchone() is not None

    def _insert(self, a: Annotation) -> int:
        """Insert one placed highlight, its tags and its search row; its new id."""
        self.cursor.execute(
            'INSERT INTO annotations (uuid, document_id, document_sha256, start, "end", quote, '
            "prefix, suffix, color, note, created, modified, anchor_state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a.uuid,
                a.document_id,
                a.document_sha256,
                a.start,
                a.end,
                a.quote,
                a.prefix,
                a.suffix,
                a.color,
                a.note,
                a.created,
                a.modified,
                a.anchor_state,
            ),
        )
        annotation_id = self.cursor.lastrowid
        assert annotation_id is not None
        for tag in a.tags:
            self.cursor.execute(
                "INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)",
                (annotation_id, self._tag_id(tag)),
            )
        self.cursor.execute(
            f"INSERT INTO {SEARCH_TABLE} (rowid, quote, note, tags) VALUES (?, ?, ?, ?)",
            (annotation_id, a.quote, a.note, " ".join(a.tags)),
        )
        return annotation_id

    def _tag_id(self, name: str) -> int:
        if name not in self.tag_ids:
            self.cursor.execute("INSERT INTO tags (name) VALUES (?)", (name,))
            assert self.cursor.lastrowid is not None
            self.tag_ids[name] = self.cursor.lastrowid
        return self.tag_ids[name]


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
