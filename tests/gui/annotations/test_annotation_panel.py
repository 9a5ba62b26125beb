"""The annotations panel: a real model that passes Qt's checks, filters, search, sections."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from PySide6.QtCore import QPoint

from core.model import Annotation, Extraction
from core.store import annotations as service
from core.store.db import open_store
from gui.annotations.dialogs import OverlapMenu
from gui.annotations.model import AnnotationsFilter, AnnotationsModel


def made(extraction: Extraction, words: str, color: str, *, uuid: str, **more: Any) -> Annotation:
    start = extraction.text.index(words)
    return Annotation(
        id=0,
        uuid=uuid,
        document_id=1,
        document_sha256="0" * 64,
        start=start,
        end=start + len(words),
        quote=words,
        prefix="",
        suffix="",
        color=color,
        created=f"2024-01-0{uuid[-1]}T00:00:00Z",
        **more,
    )


@pytest.fixture
def annotations(extraction: Extraction) -> list[Annotation]:
    return [
        made(extraction, "Sam Altman a écrit", "red", uuid="u1", note="menace", tags=("IA",)),
        made(extraction, "Musk a quitté", "blue", uuid="u2", tags=("départ", "IA")),
        made(extraction, "Altman et Musk", "yellow", uuid="u3", note="fondation"),
        dataclasses.replace(
            made(extraction, "ChatGPT", "green", uuid="u4"),
            start=None,
            end=None,
            anchor_state="unanchored",
        ),
    ]


def test_the_model_and_its_filters_pass_qts_model_checks(
    qtmodeltester: Any, annotations: list[Annotation]
) -> None:
    model = AnnotationsModel()
    model.set_annotations(annotations)
    qtmodeltester.check(model)
    for anchored in (True, False):
        proxy = AnnotationsFilter(anchored)
        proxy.setSourceModel(model)
        proxy.set_colors(["red", "green"])
        qtmodeltester.check(proxy)
    model.upsert(dataclasses.replace(annotations[0], color="grey", note="changed"))
    model.upsert(dataclasses.replace(annotations[2], uuid="u5", start=0, end=3))
    model.remove("u2")
    qtmodeltester.check(model)


def test_rows_come_in_reading_order_with_the_unplaced_last(annotations: list[Annotation]) -> None:
    model = AnnotationsModel()
    model.set_annotations(reversed(annotations))
    assert [a.uuid for a in model.annotations()] == ["u3", "u1", "u2", "u4"]
    moved = dataclasses.replace(annotations[1], start=0, end=6)
    model.upsert(moved)
    assert [a.uuid for a in model.annotations()] == ["u2", "u3", "u1", "u4"]


def shown(view: Any) -> list[str]:
    model = view.model()
    return [model.index(r, 0).data(AnnotationsModel.UUID) for r in range(model.rowCount())]


def test_filters_by_colour_and_tag_and_keeps_the_unplaced_section(
    qtbot: Any, annotations: list[Annotation]
) -> None:
    from gui.annotations.panel import AnnotationsPanel

    model = AnnotationsModel()
    panel = AnnotationsPanel(model)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.tag_filter.currentText() == "All tags"  # even before there is any tag
    model.set_annotations(annotations)
    assert (shown(panel.list), shown(panel.lost_list)) == (["u3", "u1", "u2"], ["u4"])
    assert panel.lost_list.isVisible()
    assert "(1)" in panel.lost_label.text()
    panel.colour_buttons["red"].setChecked(True)
    panel.colour_buttons["blue"].setChecked(True)
    assert shown(panel.list) == ["u1", "u2"]
    panel.tag_filter.setCurrentText("départ")
    assert shown(panel.list) == ["u2"]
    panel.colour_buttons["blue"].setChecked(False)
    assert shown(panel.list) == []
    panel.colour_buttons["red"].setChecked(False)
    panel.tag_filter.setCurrentIndex(0)
    assert shown(panel.list) == ["u3", "u1", "u2"]


def test_search_finds_notes_and_tags_and_takes_any_string(
    qtbot: Any, launch: Any, extraction: Extraction, db: str
) -> None:
    reader = launch(extraction)
    ui = reader.highlighting
    store = open_store(db)
    document_id = ui.ops.document_id
    first = service.create(store, document_id, 0, 6, color="red", note="une menace", tags=["IA"])
    service.create(store, document_id, 10, 14, color="blue", tags=["départ"])
    store.close()
    with qtbot.waitSignal(reader.highlights.loaded, timeout=5000):
        ui.ops.load(document_id)
    for query, expected in (("menace", [first.uuid]), ("merkel AND (", []), ('"NEAR(', [])):
        with qtbot.waitSignal(ui.ops.searched, timeout=5000):
            ui.panel.search.setText(query)
        assert shown(ui.panel.list) == expected
    assert reader.window.article.messages.text() == ""  # no syntax error reached the reader
    ui.panel.search.clear()
    assert len(shown(ui.panel.list)) == 2


def test_clicking_a_row_scrolls_to_the_passage_and_flashes_it(
    qtbot: Any, launch: Any, extraction: Extraction
) -> None:
    reader = launch(extraction)
    ui = reader.highlighting
    start = extraction.text.index("Le 30/11/2022")
    with qtbot.waitSignal(ui.ops.created, timeout=5000):
        ui.ops.create(start, start + 13, "purple")
    ui.panel.chosen.emit(ui.model.annotations()[0])
    text = reader.window.article.text
    cursor = text.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start, start + 13)
    assert text.viewport().rect().contains(text.cursorRect(cursor).center())
    assert text.layer("flash")


def test_a_click_in_overlapping_highlights_offers_each(
    qtbot: Any, launch: Any, extraction: Extraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = launch(extraction)
    ui = reader.highlighting
    start = extraction.text.index("Sam Altman a écrit")
    for span, colour in (((start, start + 10), "red"), ((start + 4, start + 18), "blue")):
        with qtbot.waitSignal(ui.ops.created, timeout=5000):
            ui.ops.create(*span, colour)
    assert len(reader.window.article.text.layer("annotations")) == 2
    offered: list[list[str]] = []

    def choose(_parent: Any, found: list[Annotation], _where: QPoint) -> Annotation:
        offered.append([a.color for a in found])
        return found[1]

    monkeypatch.setattr(OverlapMenu, "ask", classmethod(lambda cls, *a: choose(*a)))
    text = reader.window.article.text
    cursor = text.cursor_for(start + 6, start + 6)
    point = text.cursorRect(cursor).center() + QPoint(3, 0)
    picked = ui.overlay.pick(point)
    assert offered == [["red", "blue"]]
    assert picked is not None
    assert ui.panel.current() == picked
    assert picked.color == "blue"


def test_a_notes_markdown_is_shown_as_the_words_it_makes(extraction: Extraction) -> None:
    from PySide6.QtCore import Qt

    from gui.annotations.model import note_line

    note = "Une **note** avec [un lien](https://example.org)\n\n- *deux* points"
    model = AnnotationsModel()
    model.set_annotations([made(extraction, "Musk a quitté", "blue", uuid="u1", note=note)])
    assert note_line(note) == "Une note avec un lien deux points"
    tooltip = model.data(model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Une note avec un lien\n\ndeux points"
    assert note_line("  ") == ""
