"""The reader's corrections in the store: add, remove (and put back, for undo), list, move.

A correction of one article keeps the text hash of the document it was made on and, for a date,
its quote with 32 characters of context and its offsets (``core.annotations.anchoring``), so it
can be placed again on a new version of the text. When an article is extracted again (a new
extractor version, the text edited elsewhere, a re-extraction) its corrections move to the new
document, as highlights do (``core.store.reanchor``), and ``core.corrections.apply`` applies
them to every read. Each change is one committed transaction.
"""

from __future__ import annotations

import json
import re
import uuid as uuidlib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.annotations.anchoring import selector_at
from core.errors import InvalidCorrection, NotFound
from core.model import (
    ENTITY_KINDS,
    NAME_ACTIONS,
    RULE_ACTIONS,
    Correction,
    CorrectionAction,
)
from core.store import queries, rows
from core.store.db import Store
from core.store.repository import now_iso
from core.store.schema import CorrectionRow, DocumentRow
from core.temporal.calendar import parse_value

ACTIONS: tuple[CorrectionAction, ...] = (
    "document",
    *NAME_ACTIONS,
    "date_value",
    "date_anchor",
    "not_date",
    "off_timeline",
    "on_timeline",
    "mark_date",
)
MODS = ("START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER")
MAX_SUBJECT = 1000
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_VALUE = re.compile(r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P(?:T?\d+(?:\.\d+)?[A-Z]+)+|PX[A-Z]+)$")
__all__ = ["InvalidCorrection", "add", "check", "remove", "restore"]


def check(action: str, subject: str, payload: Mapping[str, Any], *, everywhere: bool) -> None:
    """Refuse, with a readable message, what no reader could mean."""
    if action not in ACTIONS:
        raise InvalidCorrection(f"unknown correction {action!r}")
    if not subject.strip() or len(subject) > MAX_SUBJECT:
        raise InvalidCorrection("a correction needs the name or the words it is about")
    if everywhere and action not in RULE_ACTIONS:
        raise InvalidCorrection("only a kind or 'not a name' can apply to every article")
    if action == "document":
        dct = payload.get("dct")
        if dct is not None and not _DAY.match(str(dct)):
            raise InvalidCorrection("the article's date is a day, YYYY-MM-DD")
    if action in ("kind", "mark_name") and payload.get("kind") not in ENTITY_KINDS:
        raise InvalidCorrection(f"a kind is one of {', '.join(ENTITY_KINDS)}")
    if action in ("date_value", "mark_date"):
        check_value(str(payload.get("value", "")))
        mod = payload.get("mod")
        if mod and mod not in MODS:
            raise InvalidCorrection(f"a modifier is one of {', '.join(MODS)}")
    if action == "merge" and not str(payload.get("into", "")).strip():
        raise InvalidCorrection("a merge needs the name to merge into")
    if action == "rename" and not str(payload.get("name", "")).strip():
        raise InvalidCorrection("a new name cannot be empty")
    if action == "person":
        age = payload.get("age")
        if age is not None and not (isinstance(age, int) and 0 <= age < 150):
            raise InvalidCorrection("an age is a whole number of years, under 150")


def check_value(value: str) -> None:
    """A TIMEX3 value: a calendar one (``2015``, ``2015-06``, ``2015-06-01T18:02``, ``198X``…),
    a duration (``P2M``) or a reference (``PAST_REF``)."""
    if not (parse_value(value) is not None or _VALUE.match(value)):
        raise InvalidCorrection(
            f"{value!r} is not a date value (e.g. 2015, 2015-06, 2015-06-14, 2015-06-14T18:02, "
            "P2M, PAST_REF)"
        )


def add(
    store: Store,
    action: CorrectionAction,
    subject: str,
    *,
    document_id: int | None,
    span: tuple[int, int] | None = None,
    anchor_span: tuple[int, int] | None = None,
    payload: Mapping[str, Any] | None = None,
) -> Correction:
    """A new correction of ``document_id`` (or, with ``document_id`` None, a rule for every
    article). ``span`` places a date correction in the text; ``anchor_span`` is the date to
    count from (``date_anchor``)."""
    data = dict(payload or {})
    check(action, subject, data, everywhere=document_id is None)
    with store.write() as session:
        row = CorrectionRow(
            uuid=str(uuidlib.uuid4()),
            scope="everywhere" if document_id is None else "article",
            action=action,
            subject=subject,
            prefix="",
            suffix="",
            created=now_iso(),
        )
        if document_id is not None:
            document = session.get(DocumentRow, document_id)
            if document is None:
                raise NotFound(f"no document with id {document_id}")
            row.document_id, row.document_sha256 = document.id, document.sha256
            if span is not None:
                _place(row, document.text, span)
            if anchor_span is not None:
                data["anchor"] = _selector_json(document.text, anchor_span)
        row.payload = json.dumps(data, ensure_ascii=False)
        session.add(row)
        session.flush()
        return to_model(row)


def _place(row: CorrectionRow, text: str, span: tuple[int, int]) -> None:
    start, end = span
    if not 0 <= start < end <= len(text):
        raise InvalidCorrection(f"offsets {start}..{end} are outside the text")
    selector = selector_at(text, start, end)
    row.subject, row.prefix, row.suffix = selector.quote, selector.prefix, selector.suffix
    row.start, row.end = start, end


def _selector_json(text: str, span: tuple[int, int]) -> dict[str, Any]:
    start, end = span
    if not 0 <= start < end <= len(text):
        raise InvalidCorrection(f"offsets {start}..{end} are outside the text")
    selector = selector_at(text, start, end)
    return {
        "subject": selector.quote,
        "prefix": selector.prefix,
        "suffix": selector.suffix,
        "start": start,
        "end": end,
    }


def to_model(row: CorrectionRow) -> Correction:
    return rows.correction(tuple(getattr(row, name) for name in rows.CORRECTION_FIELDS))


def _row(session: Session, uuid: str) -> CorrectionRow:
    row = session.scalars(select(CorrectionRow).where(CorrectionRow.uuid == uuid)).first()
    if row is None:
        raise NotFound(f"no correction {uuid}")
    return row


def remove(store: Store, uuid: str) -> Correction:
    """Take a correction away; returned whole, so that ``restore`` can undo it."""
    with store.write() as session:
        row = _row(session, uuid)
        gone = to_model(row)
        session.delete(row)
        return gone


def restore(store: Store, correction: Correction) -> Correction:
    """Put a removed correction back as it was (same uuid and date)."""
    with store.write() as session:
        taken = session.scalars(
            select(CorrectionRow.id).where(CorrectionRow.uuid == correction.uuid)
        ).first()
        if taken is not None:
            raise InvalidCorrection("this correction is already in the store")
        document_id = correction.document_id
        if document_id is not None and session.get(DocumentRow, document_id) is None:
            document_id = None
        row = _from_model(correction, document_id)
        session.add(row)
        session.flush()
        return to_model(row)


def _from_model(correction: Correction, document_id: int | None) -> CorrectionRow:
    return CorrectionRow(
        uuid=correction.uuid,
        scope=correction.scope,
        document_id=document_id,
        document_sha256=correction.document_sha256,
        action=correction.action,
        subject=correction.subject,
        prefix=correction.prefix,
        suffix=correction.suffix,
        start=correction.start,
        end=correction.end,
        payload=json.dumps(correction.payload, ensure_ascii=False),
        created=correction.created or now_iso(),
    )


def of_document(store: Store, document_id: int) -> list[Correction]:
    """The corrections that apply to a document: its own and the rules, oldest first."""
    with store.read() as session:
        found = session.execute(queries.CORRECTIONS, {"document_id": document_id}).all()
    return [rows.correction(r) for r in found]


def listed(store: Store, *, document_id: int | None = None) -> list[Correction]:
    """Every correction (to list or export them), or those of one document and the rules."""
    if document_id is not None:
        return of_document(store, document_id)
    with store.read() as session:
        found = session.scalars(select(CorrectionRow).order_by(CorrectionRow.id)).all()
        return [to_model(r) for r in found]


def follow_document(store: Store, document_id: int) -> int:
    """A new extraction of an article (a new extractor version, its text edited, extracted
    again): the corrections of its earlier versions (read from the same source), and those left
    by a deleted document with this very text, move to it. How many moved; one transaction.
    Each is placed again on the new text when it is read (``core.corrections.apply``)."""
    with store.write() as session:
        document = session.get(DocumentRow, document_id)
        if document is None:
            raise NotFound(f"no document with id {document_id}")
        earlier = select(DocumentRow.id).where(
            DocumentRow.source == document.source,
            DocumentRow.id != document_id,
            DocumentRow.source != "<text>",
        )
        moving = session.scalars(
            select(CorrectionRow).where(
                CorrectionRow.scope == "article",
                (CorrectionRow.document_id.in_(earlier))
                | (
                    CorrectionRow.document_id.is_(None)
                    & (CorrectionRow.document_sha256 == document.sha256)
                ),
            )
        ).all()
        for row in moving:
            row.document_id, row.document_sha256 = document_id, document.sha256
        return len(moving)


def import_items(
    store: Store, items: Sequence[Mapping[str, Any]], *, document_id: int | None
) -> tuple[int, int, list[str]]:
    """Corrections from ``liseuse export --format corrections``: each goes to the document with
    its text hash (or ``document_id``); those already here are skipped. ``(added, already
    there, reasons left out)``; one transaction."""
    added, already, skipped = 0, 0, []
    with store.write() as session:
        for item in items:
            try:
                correction = _incoming(item)
            except (InvalidCorrection, KeyError, TypeError, ValueError) as exc:
                skipped.append(f"a correction was left out: {exc}")
                continue
            if session.scalars(
                select(CorrectionRow.id).where(CorrectionRow.uuid == correction.uuid)
            ).first():
                already += 1
                continue
            target = _document_for(session, correction, document_id)
            if correction.scope == "article":
                document = session.get(DocumentRow, target) if target is not None else None
                if document is None:
                    skipped.append(f"no stored document for correction {correction.uuid}")
                    continue
                correction = replace(correction, document_sha256=document.sha256)
            session.add(_from_model(correction, target))
            added += 1
    return added, already, skipped


def _incoming(item: Mapping[str, Any]) -> Correction:
    payload = item.get("payload") or {}
    if not isinstance(payload, dict):
        raise InvalidCorrection("its payload is not an object")
    scope = item.get("scope", "article")
    action, subject = str(item["action"]), str(item["subject"])
    check(action, subject, payload, everywhere=scope == "everywhere")
    known = next(a for a in ACTIONS if a == action)
    uuid = str(uuidlib.UUID(str(item["uuid"])))

    def offset(name: str) -> int | None:
        value = item.get(name)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**31:
            raise InvalidCorrection(f"{name} is not an offset")
        return value

    return Correction(
        id=0,
        uuid=uuid,
        scope="everywhere" if scope == "everywhere" else "article",
        document_id=None,
        document_sha256=str(item.get("document_sha256") or "") or None,
        action=known,
        subject=subject,
        prefix=str(item.get("prefix", "")),
        suffix=str(item.get("suffix", "")),
        start=offset("start"),
        end=offset("end"),
        payload=payload,
        created=str(item.get("created") or now_iso()),
    )


def _document_for(session: Session, correction: Correction, document_id: int | None) -> int | None:
    if correction.scope == "everywhere":
        return None
    if document_id is not None:
        return document_id if session.get(DocumentRow, document_id) is not None else None
    if correction.document_sha256 is None:
        return None
    return session.scalars(
        select(DocumentRow.id)
        .where(DocumentRow.sha256 == correction.document_sha256)
        .order_by(DocumentRow.id.desc())
    ).first()
