"""Keys 1–8 and Del act on highlights, never on what the reader types; the context menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from core.model import Annotation, Extraction


def make(qtbot: Any, reader: Any, words: str, colour: str) -> Annotation:
    ops = reader.highlights
    start = reader.window.article.text.document().toPlainText().index(words)
    with qtbot.waitSignal(ops.created, timeout=5000) as made:
        ops.create(start, start + len(words), colour)
    return made.args[0]


def test_digits_and_delete_typed_in_the_note_stay_text(
    qtbot: Any, launch: Any, extraction: Extraction
) -> None:
    reader = launch(extraction)
    ui = reader.highlighting
    made = make(qtbot, reader, "Sam Altman", "yellow")
    editor = ui.editor
    editor.note.setFocus()
    qtbot.keyClicks(editor.note, "vu 12 fois")
    qtbot.keyClick(editor.note, Qt.Key.Key_Home)
    qtbot.keyClick(editor.note, Qt.Key.Key_Delete)
    assert editor.note.toPlainText() == "u 12 fois"
    qtbot.keyClicks(ui.panel.search, "3")
    assert ui.panel.search.text() == "3"
    qtbot.waitUntil(lambda: reader.runner.pending() == 0, timeout=5000)
    done = [reader.history.stack.text(i) for i in range(reader.history.stack.count())]
    assert not [t for t in done if t.startswith(("Recolour", "Delete"))]
    (kept,) = ui.model.annotations()
    assert (kept.uuid, kept.color) == (made.uuid, "yellow")


def test_delete_key_in_the_list_deletes_the_chosen_highlight(
    qtbot: Any, launch: Any, extraction: Extraction
) -> None:
    reader = launch(extraction)
    ui = reader.highlighting
    make(qtbot, reader, "ChatGPT", "grey")
    ui.panel.list.setFocus()
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        qtbot.keyClick(ui.panel.list, Qt.Key.Key_Delete)
    assert ui.model.rowCount() == 0


def test_the_context_menu_recolours_a_highlight_under_the_pointer(
    qtbot: Any, launch: Any, extraction: Extraction
) -> None:
    reader = launch(extraction)
    ui = reader.highlighting
    made = make(qtbot, reader, "San Francisco", "yellow")
    menu = QMenu()
    ui.menu_hook(menu, [made])
    (entry,) = [a for a in menu.actions() if a.menu() is not None]
    recolour = next(a.menu() for a in entry.menu().actions() if a.menu() is not None)
    blue = next(a for a in recolour.actions() if a.text().startswith("Blue"))
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        blue.trigger()
    assert ui.model.annotation(made.uuid).color == "blue"
    menu.deleteLater()


def test_every_shortcut_of_the_window_is_unique(launch: Any, extraction: Extraction) -> None:
    reader = launch(extraction)
    keys = [
        key.toString()
        for action in reader.window.all_actions()
        for key in action.shortcuts()
        if not key.isEmpty()
    ]
    assert "2" in keys
    assert "Ctrl+Z" in keys
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []
