"""Imports merge, never replace: W3C (one, list, collection), Hypothesis, attached by source or
to a named document, placed anew, duplicates skipped, bad items left out with a reason."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.errors import NotFound
from core.store import annotations as service
from core.store.backup import list_backups
from core.store.db import Store
from core.store.importing import ImportFormatError, import_data, import_file
from tests.core.annotation_helpers import TEXT

SHA = "4349d3d884fa09a44ee276ef186dbc8ec1a604fcf24ec681c321d04d791c2684"  # of TEXT


def _w3c(
    exact: str, *, source: str = f"urn:sha256:{SHA}", uid: str = "", note: str = ""
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "body": [{"type": "TextualBody", "value": note, "purpose": "commenting"}] if note else [],
        "target": {
            "source": source,
            "styleClass": "hl-green",
            "selector": [{"type": "TextQuoteSelector", "exact": exact, "prefix": "", "suffix": ""}],
        },
    }
    if uid:
        item["id"] = f"urn:uuid:{uid}"
    return item


def test_text_hash_is_right() -> None:
    import hashlib

    assert hashlib.sha256(TEXT.encode()).hexdigest() == SHA


def test_single_annotation_is_attached_by_text_hash_and_placed(store: Store, document: int) -> None:
    report = import_data(store, _w3c("une gestion prudente"))
    [added] = report.added
    assert (added.document_id, added.color, added.anchor_state) == (document, "green", "exact")
    assert TEXT[added.start : added.end] == "une gestion prudente"
    assert [b.reason for b in list_backups(Path(store.engine.url.database or ""))] == [
        "before-import"
    ]


def test_list_and_collection_forms(store: Store, document: int) -> None:
    items = [_w3c("le budget"), _w3c("pistes cyclables")]
    assert len(import_data(store, items).added) == 2
    collection = {
        "type": "AnnotationCollection",
        "first": {"type": "AnnotationPage", "items": [_w3c("La maire")]},
    }
    assert len(import_data(store, collection).added) == 1


def test_hypothesis_export(store: Store, document: int) -> None:
    data = {
        "export_date": "2024-05-01T10:00:00Z",
        "annotations": [
            {
                "id": "hyp-AbC123",
                "created": "2024-04-01T10:00:00.000000+00:00",
                "updated": "2024-04-02T10:00:00.000000+00:00",
                "uri": "/articles/a.txt",
                "text": "à vérifier",
                "tags": ["budget", "mairie"],
                "target": [
                    {
                        "source": "/articles/a.txt",
                        "selector": [
                            {"type": "TextPositionSelector", "start": 3, "end": 20},
                            {
                                "type": "TextQuoteSelector",
                                "exact": "conseil municipal",
                                "prefix": "Le ",
                                "suffix": " a voté",
                            },
                        ],
                    }
                ],
            }
        ],
    }
    [added] = import_data(store, data).added
    assert (added.note, added.tags, added.start) == ("à vérifier", ("budget", "mairie"), 3)
    assert added.created.startswith("2024-04-01")
    again = import_data(store, data)
    assert (again.added, again.duplicates) == ([], 1)


def test_named_document_wins_over_the_source(store: Store, document: int) -> None:
    report = import_data(
        store, _w3c("le budget", source="urn:sha256:" + "0" * 64), document_id=document
    )
    assert [a.document_id for a in report.added] == [document]
    with pytest.raises(NotFound):
        import_data(store, _w3c("le budget"), document_id=document + 5)


def test_unknown_source_is_left_out_with_a_reason(store: Store, document: int) -> None:
    report = import_data(store, _w3c("le budget", source="https://example.org/x"))
    assert report.added == []
    assert report.skipped == ["no stored document for https://example.org/x"]


def test_a_passage_not_in_the_text_is_kept_unanchored(store: Store, document: int) -> None:
    [added] = import_data(store, _w3c("une phrase qui n'est nulle part")).added
    assert (added.anchor_state, added.start) == ("unanchored", None)
    assert [a.id for a in service.list_unanchored(store, document)] == [added.id]


def test_duplicates_by_uuid_or_by_quote_position_and_note(store: Store, document: int) -> None:
    uid = "12345678-1234-4234-8234-123456789abc"
    first = import_data(store, _w3c("le budget", uid=uid, note="n"))
    assert len(first.added) == 1
    same_uuid = import_data(store, _w3c("pistes cyclables", uid=uid))
    same_place = import_data(store, _w3c("le budget", note="n"))
    other_note = import_data(store, _w3c("le budget", note="autre"))
    assert (same_uuid.duplicates, same_place.duplicates, len(other_note.added)) == (1, 1, 1)
    assert service.get(store, first.added[0].id).quote == "le budget"  # nothing replaced


@pytest.mark.parametrize(
    "item",
    [
        "texte",
        {"type": "Annotation"},
        {"type": "Annotation", "target": {"selector": [{"type": "TextQuoteSelector"}]}},
        {"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": 5}}},
        {"type": "Annotation", "target": 3},
        {
            "type": "Annotation",
            "body": [{"purpose": "tagging", "value": ["x"]}],
            "target": {"selector": [{"type": "TextQuoteSelector", "exact": "le budget"}]},
        },
    ],
)
def test_bad_items_are_left_out_not_crashed_on(store: Store, document: int, item: Any) -> None:
    report = import_data(store, [item, _w3c("le budget")], document_id=document)
    assert len(report.added) == 1
    assert len(report.skipped) == 1
    assert report.skipped[0].startswith("item 1:")


@pytest.mark.parametrize("content", ["{not json", '"a string"', "42", '{"type": "Other"}', ""])
def test_files_that_are_not_exports_are_refused(tmp_path: Path, store: Store, content: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError):
        import_file(store, path)


def test_missing_file_is_a_clear_error(tmp_path: Path, store: Store) -> None:
    with pytest.raises(ImportFormatError, match="cannot read"):
        import_file(store, tmp_path / "absent.json")


def test_import_file_reads_utf8_with_bom(tmp_path: Path, store: Store, document: int) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes("\ufeff".encode() + json.dumps([_w3c("le budget")]).encode())
    assert len(import_file(store, path).added) == 1
