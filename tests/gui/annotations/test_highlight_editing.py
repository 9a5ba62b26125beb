"""Making, recolouring, deleting highlights in the window, with undo; all committed at once."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt

from core.errors import StoreError
from core.model import Annotation, Extraction
from core.store import annotations as service
from core.store.db import open_store
from tests.gui.annotations.conftest import with_text


def stored(db: str) -> list[Annotation]:
    store = open_store(db)
    try:
        with store.read() as session:
            from core.store.schema import AnnotationRow

            rows = session.query(AnnotationRow).all()
            return sorted((service.to_model(r) for r in rows), key=lambda a: a.start or 0)
    finally:
        store.close()


def select(reader: Any, start: int, end: int) -> None:
    """Select the Python-offset span [start, end) in the article, as a reader's drag would."""
    text = reader.window.article.text
    text.setTextCursor(text.cursor_for(start, end))
    text.setFocus()


def highlight(qtbot: Any, reader: Any, start: int, end: int, key: Any = Qt.Key.Key_1) -> Annotation:
    select(reader, start, end)
    with qtbot.waitSignal(reader.highlights.created, timeout=5000) as made:
        qtbot.keyClick(reader.window.article.text, key)
    return made.args[0]


def span_of(extraction: Extraction, words: str) -> tuple[int, int]:
    start = extraction.text.index(words)
    return start, start + len(words)


def test_key_2_highlights_the_selection_in_red(
    qtbot: Any, launch: Any, extraction: Extraction, db: str
) -> None:
    reader = launch(extraction)
    start, end = span_of(extraction, "Sam Altman a écrit")
    made = highlight(qtbot, reader, start, end, Qt.Key.Key_2)
    assert (made.color, made.quote, made.start, made.end) == (
        "red",
        "Sam Altman a écrit",
        start,
        end,
    )
    ui = reader.highlighting
    assert [a.uuid for a in ui.model.annotations()] == [made.uuid]
    assert ui.panel.current() == made  # the new highlight is the chosen one
    assert [(a.uuid, a.color) for a in stored(db)] == [(made.uuid, "red")]
    layer = reader.window.article.text.layer("annotations")
    assert [s.cursor.selectedText() for s in layer] == ["Sam Altman a écrit"]
    assert layer[0].format.background().color().alpha() < 255  # translucent, marks show through


def test_highlights_leave_the_entity_marks_and_the_document_alone(
    qtbot: Any, launch: Any, extraction: Extraction
) -> None:
    reader = launch(extraction)
    text = reader.window.article.text
    before, revision = text.document().toPlainText(), text.document().revision()
    start, end = span_of(extraction, "Sam Altman")
    highlight(qtbot, reader, start, end)
    block = text.document().findBlock(start)
    underlined = [
        r
        for r in block.layout().formats()
        if r.start <= start - block.position() < r.start + r.length
    ]
    assert any(r.format.underlineStyle() != r.format.UnderlineStyle.NoUnderline for r in underlined)
    assert text.document().toPlainText() == before
    assert text.document().revision() == revision  # no edit of the document


def test_recolour_then_undo_and_redo(
    qtbot: Any, launch: Any, extraction: Extraction, db: str
) -> None:
    reader = launch(extraction)
    ui = reader.highlighting
    made = highlight(qtbot, reader, *span_of(extraction, "Deux mois plus tard"), Qt.Key.Key_2)
    ui.panel.list.setFocus()
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        reader.window.actions_by_name["highlight_blue"].trigger()
    assert stored(db)[0].color == "blue"
    actions = reader.window.actions_by_name
    for action, colour in (
        (actions["undo"], "red"),
        (actions["redo"], "blue"),
        (actions["undo"], "red"),
    ):
        with qtbot.waitSignal(reader.runner.changed, timeout=5000):
            action.trigger()
        assert ui.model.annotation(made.uuid).color == colour
        assert [a.color for a in stored(db)] == [colour]


def test_delete_then_undo_brings_back_the_same_highlight(
    qtbot: Any, launch: Any, extraction: Extraction, db: str
) -> None:
    reader = launch(extraction)
    ui = reader.highlighting
    made = highlight(qtbot, reader, *span_of(extraction, "Musk a quitté"))
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        ui.ops.edit(made, "*Départ* du conseil", ("départ",))
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        reader.window.actions_by_name["delete_highlight"].trigger()
    assert ui.model.rowCount() == 0
    assert stored(db) == []
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        reader.window.actions_by_name["undo"].trigger()
    (back,) = stored(db)
    assert (back.uuid, back.note, back.tags, back.created) == (
        made.uuid,
        "*Départ* du conseil",
        ("départ",),
        made.created,
    )
    assert ui.model.annotation(made.uuid) is not None
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        reader.window.actions_by_name["redo"].trigger()  # delete again
    assert stored(db) == []


def test_undoing_a_new_highlight_removes_it_and_redo_restores_it(
    qtbot: Any, launch: Any, extraction: Extraction, db: str
) -> None:
    reader = launch(extraction)
    made = highlight(qtbot, reader, *span_of(extraction, "ChatGPT"))
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        reader.window.actions_by_name["undo"].trigger()
    assert stored(db) == []
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        reader.window.actions_by_name["redo"].trigger()
    assert [a.uuid for a in stored(db)] == [made.uuid]


def test_a_failed_note_save_keeps_the_draft_and_says_why(
    qtbot: Any, launch: Any, extraction: Extraction, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = launch(extraction)
    ui = reader.highlighting
    made = highlight(qtbot, reader, *span_of(extraction, "San Francisco"))

    def refuse(*_: Any, **__: Any) -> Annotation:
        raise StoreError("disk I/O error")

    monkeypatch.setattr(service, "update", refuse)
    editor = ui.editor
    editor.note.setPlainText("Le siège, **toujours** là")
    editor.tags.setText("lieu, siège")
    with qtbot.waitSignal(reader.runner.failed, timeout=5000):
        editor.save()
    assert editor.note.toPlainText() == "Le siège, **toujours** là"
    assert editor.status.text().startswith("Not saved")
    assert "disk I/O error" in reader.window.article.messages.text()
    assert stored(db)[0].note == ""
    monkeypatch.undo()
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        editor.save()
    assert editor.status.text() == "Saved ✓"
    assert (stored(db)[0].note, stored(db)[0].tags) == (
        "Le siège, **toujours** là",
        ("lieu", "siège"),
    )
    assert made.uuid == stored(db)[0].uuid


def test_a_highlight_made_just_before_closing_is_there_on_reopening(
    qtbot: Any, launch: Any, extraction: Extraction
) -> None:
    reader = launch(extraction)
    select(reader, *span_of(extraction, "Le monde entier"))
    qtbot.keyClick(reader.window.article.text, Qt.Key.Key_3)
    reader.window.close()
    reader.close()  # at once: the write must still be committed
    again = launch(extraction)
    assert [(a.quote, a.color) for a in again.highlighting.model.annotations()] == [
        ("Le monde entier", "green")
    ]


def test_offsets_stay_right_after_emoji_in_the_text(
    qtbot: Any, launch: Any, extraction: Extraction, db: str
) -> None:
    shifted = with_text(extraction, "🙂 Revue 👍🏽 : ")
    reader = launch(shifted)
    start, end = span_of(shifted, "Sam Altman a écrit")
    text = reader.window.article.text
    assert text.offsets.to_qt(start) == start + 3  # three characters outside the BMP before it
    made = highlight(qtbot, reader, start, end)
    assert (made.start, made.end, made.quote) == (start, end, "Sam Altman a écrit")
    assert stored(db)[0].quote == "Sam Altman a écrit"
    (shown,) = text.layer("annotations")
    assert shown.cursor.selectedText() == "Sam Altman a écrit"


def test_a_stored_articles_highlights_come_with_it_and_stay_editable(
    qtbot: Any, launch: Any, extraction: Extraction, db: str
) -> None:
    """Reopened, the article and its highlights are read directly (core.store.quick), before
    the worker opens the store; changing one then finds it in the store by its uuid."""
    first = launch(extraction)
    made = highlight(qtbot, first, *span_of(extraction, "Deux mois plus tard"), Qt.Key.Key_2)
    first.window.close()
    first.close()
    again = launch(extraction)
    ui = again.highlighting
    assert again.runner._worker._library is None  # nothing asked of the store yet
    (shown,) = ui.model.annotations()
    assert (shown.uuid, shown.color) == (made.uuid, "red")
    with qtbot.waitSignal(again.runner.changed, timeout=5000):
        ui.ops.recolor(shown, "blue")
    assert [(a.uuid, a.color) for a in stored(db)] == [(made.uuid, "blue")]
    with qtbot.waitSignal(again.runner.changed, timeout=5000):
        again.window.actions_by_name["undo"].trigger()
    assert [a.color for a in stored(db)] == ["red"]
