"""Exports: Markdown, W3C JSON-LD, CSV, HTML and the timeline, in reading order, flagged,
escaped; and every field back through an import."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace

import pytest

from core.annotations import exporting
from core.model import Annotation, DocumentInfo, Entity, Event, Extraction, Region
from core.store import annotations as service
from core.store.db import Store, open_store
from core.store.importing import import_data
from core.timeline.export import timeline_csv, timeline_json
from tests.core.annotation_helpers import TEXT, save_text

HOSTILE_NOTE = '=HYPERLINK("http://evil")\n<script>alert(1)</script> « ok » 🚀'


def _info(store: Store, document: int) -> DocumentInfo:
    from core.store.repository import load_extraction

    return load_extraction(store, document).document


@pytest.fixture
def made(store: Store, document: int) -> list[Annotation]:
    def span(quote: str) -> tuple[int, int]:
        return TEXT.index(quote), TEXT.index(quote) + len(quote)

    late = service.create(store, document, *span("sans abstention"), color="red", tags=["vote"])
    early = service.create(
        store, document, *span("conseil municipal"), note=HOSTILE_NOTE, tags=["élus", "prix Nobel"]
    )
    return [early, late]


def test_markdown_front_matter_reading_order_links_and_block_ids(
    store: Store, document: int, made: list[Annotation]
) -> None:
    early, late = made
    gone = replace(
        late,
        id=99,
        uuid="0" * 8 + "-0000-4000-8000-" + "0" * 12,
        start=None,
        end=None,
        anchor_state="unanchored",
    )
    text = exporting.to_markdown(_info(store, document), [early, late, gone])
    front, body = text.split("\n---\n", 1)
    assert front.startswith("---\n")
    assert f"liseuse_document: {document}" in front
    assert f"title: {json.dumps(TEXT[:40], ensure_ascii=False)}" in front
    assert body.index("> conseil municipal") < body.index("> sans abstention")
    assert f"[open](liseuse://open?doc={document}&at={early.start}) ^{early.uuid}" in body
    assert "#prix-Nobel #élus" in body
    assert "**unanchored: the passage is no longer in the text**" in body
    assert f"[open](liseuse://open?doc={document}) ^{gone.uuid}" in body


def test_jsonld_has_the_exact_structure(
    store: Store, document: int, made: list[Annotation]
) -> None:
    early = made[0]
    collection = exporting.to_collection(_info(store, document), made)
    assert (collection["type"], collection["total"], collection["first"]["type"]) == (
        "AnnotationCollection",
        2,
        "AnnotationPage",
    )
    item = collection["first"]["items"][0]
    assert item["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert (item["id"], item["type"]) == (f"urn:uuid:{early.uuid}", "Annotation")
    assert item["generator"] == {"id": "urn:liseuse", "type": "Software", "name": "Liseuse"}
    assert item["body"][0] == {
        "type": "TextualBody",
        "value": HOSTILE_NOTE,
        "format": "text/markdown",
        "language": "fr",
        "purpose": "commenting",
    }
    assert item["body"][1:] == [
        {"type": "TextualBody", "value": "prix Nobel", "purpose": "tagging"},
        {"type": "TextualBody", "value": "élus", "purpose": "tagging"},
    ]
    target = item["target"]
    assert target["source"] == f"urn:sha256:{early.document_sha256}"
    assert target["styleClass"] == "hl-yellow"
    assert item["stylesheet"] == {
        "type": "CssStylesheet",
        "value": ".hl-yellow { background-color: #ffd400 }",
    }
    assert target["selector"] == [
        {
            "type": "TextQuoteSelector",
            "exact": early.quote,
            "prefix": early.prefix,
            "suffix": early.suffix,
        },
        {"type": "TextPositionSelector", "start": early.start, "end": early.end},
    ]


def test_csv_columns_and_formula_injection(
    store: Store, document: int, made: list[Annotation]
) -> None:
    text = exporting.to_csv(_info(store, document), made)
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0] == list(exporting.CSV_COLUMNS)
    assert rows[1][exporting.CSV_COLUMNS.index("note")] == "'" + HOSTILE_NOTE
    assert rows[1][exporting.CSV_COLUMNS.index("tags")] == "prix Nobel, élus"
    assert rows[2][exporting.CSV_COLUMNS.index("colour")] == "red"


@pytest.mark.parametrize("cell", ["=1+1", "+33 1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_start_is_neutralised(cell: str) -> None:
    assert exporting.neutralise(cell) == "'" + cell


def test_html_is_standalone_and_escaped(
    store: Store, document: int, made: list[Annotation]
) -> None:
    page = exporting.to_html(_info(store, document), made)
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r"\b(src|href)=", page)
    assert "http://" not in page.replace("http://evil", "")
    assert "default-src 'none'" in page
    assert page.count("<blockquote") == 2


def test_export_then_import_round_trips_every_field(tmp_path, store: Store) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Titre\nمرحبا بالعالم، هذا نص عربي.\nLigne avec « guillemets » et "doubles" 🚀🎉.\n'
        "Deux\nlignes ici, puis la fin."
    )
    document = save_text(store, text)
    quotes = ["مرحبا بالعالم", '« guillemets » et "doubles" 🚀🎉', "Deux\nlignes"]
    originals = [
        service.create(
            store,
            document,
            text.index(q),
            text.index(q) + len(q),
            color=color,
            note=f"note\n**{q}**\n« » 🚀",
            tags=[q.split()[0], "עברית"],
        )
        for q, color in zip(quotes, ("purple", "orange", "grey"), strict=True)
    ]
    exported = exporting.to_json_text(_info(store, document), originals)
    other = open_store(str(tmp_path / "other.sqlite"))
    try:
        fresh = save_text(other, text)
        report = import_data(other, json.loads(exported))
        assert (len(report.added), report.duplicates, report.skipped) == (3, 0, [])
        back = service.list_annotations(other, fresh)
        strip = lambda a: replace(a, id=0, document_id=None)  # noqa: E731
        assert [strip(a) for a in back] == [strip(a) for a in originals]
        again = import_data(other, json.loads(exported))
        assert (len(again.added), again.duplicates) == (0, 3)
    finally:
        other.close()


def _extraction() -> Extraction:
    text = "Début 2018, Anne Roy quitte Nexora. En février 2015, elle y entre."
    info = DocumentInfo(1, "Anne & <Roy>", "fr", "f" * 64, "a.txt", None, len(text))
    person = Entity(5, "PER", "Anne Roy", (), ())
    events = (
        Event(2, 1, "2018", "START", "year", "2018-01-01", 0, 35, "Anne Roy quitte <Nexora>", (5,)),
        Event(1, 2, "2015-02", None, "month", "2015-02-01", 36, 66, "elle y entre", ()),
    )
    return Extraction(info, text, (Region(0, len(text), "body"),), (person,), (), events)


def test_timeline_json_follows_timelinejs() -> None:
    data = timeline_json(_extraction())
    assert data["title"]["text"]["headline"] == "Anne &amp; &lt;Roy&gt;"
    first, second = data["events"]
    assert first["start_date"] == {"year": 2015, "month": 2}
    assert first["display_date"] == "février 2015"
    assert second["start_date"] == {"year": 2018}
    assert second["display_date"] == "début 2018"
    assert (second["group"], second["unique_id"]) == ("Anne Roy", "event-2")
    assert second["text"]["text"] == "Anne Roy quitte &lt;Nexora&gt;"


def test_timeline_csv_has_the_spreadsheet_columns() -> None:
    rows = list(csv.reader(io.StringIO(timeline_csv(_extraction()).lstrip("\ufeff"))))
    header = rows[0]
    assert header[:3] == ["Year", "Month", "Day"]
    record = dict(zip(header, rows[2], strict=True))
    assert (record["Year"], record["Month"], record["Display Date"]) == ("2018", "", "début 2018")
    assert record["Group"] == "Anne Roy"
