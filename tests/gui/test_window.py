"""The window over a hand-made extraction: the three views stay linked (no spaCy here)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QTextCursor

from core.model import Extraction
from gui.models import EVENT_ROLE, NAME
from gui.palette import UNDERLINES


def _underlined(reader: Any, start: int, kind: str) -> bool:
    """Whether the highlighter gave the character at ``start`` the underline of ``kind``."""
    block = reader.window.article.text.document().findBlock(start)
    offset = start - block.position()
    return any(
        r.start <= offset < r.start + r.length and r.format.underlineStyle() == UNDERLINES[kind]
        for r in block.layout().formats()
    )


def _timeline_ids(reader: Any) -> list[int]:
    proxy = reader.window.events_proxy
    return [proxy.index(r, 0).data(EVENT_ROLE).event.id for r in range(proxy.rowCount())]


def _point_of(reader: Any, offset: int) -> QPoint:
    text = reader.window.article.text
    cursor = QTextCursor(text.document())
    cursor.setPosition(offset)
    return text.cursorRect(cursor).center()


def test_clicking_an_event_shows_and_selects_its_sentence(
    qtbot: Any, opened: Any, extraction: Extraction
) -> None:
    view = opened.window.timeline.list
    last = view.model().index(view.model().rowCount() - 1, 0)
    event = last.data(EVENT_ROLE).event
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(last).center())
    text = opened.window.article.text
    cursor = text.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (event.start, event.end)
    assert cursor.selectedText() == extraction.text[event.start : event.end]
    assert text.viewport().rect().contains(text.cursorRect(cursor).center())
    assert text.layer("flash")  # and it flashes


def test_choosing_a_person_leaves_only_their_events(opened: Any, extraction: Extraction) -> None:
    opened.window.people.select_entity(1)
    expected = [
        e.id for e in sorted(extraction.events, key=lambda e: e.sort_key) if 1 in e.participants
    ]
    assert _timeline_ids(opened) == expected
    assert len(opened.window.article.text.layer("focus")) == len(extraction.entity(1).mentions)
    opened.window.people.clear_selection()
    assert len(_timeline_ids(opened)) == len(extraction.events)


def test_f3_walks_through_the_chosen_persons_mentions(opened: Any, extraction: Extraction) -> None:
    opened.window.people.select_entity(2)
    find_next = opened.window.actions_by_name["find_next"]
    seen = []
    for _ in range(len(extraction.entity(2).mentions)):
        find_next.trigger()
        cursor = opened.window.article.text.textCursor()
        seen.append((cursor.selectionStart(), cursor.selectionEnd()))
    assert sorted(seen) == sorted((m.start, m.end) for m in extraction.entity(2).mentions)


def test_a_legend_toggle_removes_that_kinds_marks(
    qtbot: Any, opened: Any, extraction: Extraction
) -> None:
    place = extraction.entity(4).mentions[0].start
    person = extraction.entity(1).mentions[0].start
    assert _underlined(opened, place, "LOC")
    with qtbot.waitSignal(opened.window.article.text.highlighter.finished, timeout=5000):
        opened.window.article.legend.toggle("LOC")
    assert not _underlined(opened, place, "LOC")
    assert _underlined(opened, person, "PER")
    assert not opened.window.actions_by_name["kind_LOC"].isChecked()


def test_clicking_a_mark_selects_its_entity(
    qtbot: Any, opened: Any, extraction: Extraction
) -> None:
    mention = extraction.entity(3).mentions[0]
    viewport = opened.window.article.text.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_point_of(opened, mention.start + 1))
    rows = opened.window.people.table.selectionModel().selectedRows(NAME)
    assert [r.data() for r in rows] == ["OpenAI"]


def test_find_also_finds_aliases(opened: Any, extraction: Extraction) -> None:
    view = opened.window.article
    view.open_find()
    view.find_bar.edit.setText("Sam Altman")
    found = {(s, e) for s, e in view.targets()}
    assert {(m.start, m.end) for m in extraction.entity(2).mentions} <= found
    assert "alias" in view.find_bar.count.text()


def test_set_aside_passages_are_folded_and_can_be_shown(
    opened: Any, extraction: Extraction
) -> None:
    view = opened.window.article
    boilerplate = next(r for r in extraction.regions if r.role == "boilerplate")
    block = view.text.document().findBlock(boilerplate.start)
    assert not block.isVisible()
    assert "2 passages set aside — show" in view.aside_bar.text()
    view.aside_bar.click()
    assert block.isVisible()
    assert view.text.document().toPlainText() == extraction.text  # never edited
    assert view.title.text() == extraction.document.title


def test_opening_a_bad_file_shows_a_message(qtbot: Any, reader: Any) -> None:
    with qtbot.waitSignal(reader.reading.failed, timeout=5000):
        reader.open("/nowhere/missing.txt")
    message = reader.window.article.messages.text()
    assert "missing.txt" in message
    assert "no such file" in message
    assert not reader.reading.is_busy()


def test_text_shows_before_the_marks_and_cancel_keeps_it(
    qtbot: Any, reader: Any, fakes: Any, extraction: Extraction
) -> None:
    fakes.gate.clear()
    with qtbot.waitSignal(reader.reading.textReady, timeout=5000):
        reader.open(extraction.document.source)
    assert reader.window.article.text.document().toPlainText() == extraction.text
    qtbot.waitUntil(fakes.analysing.is_set, timeout=5000)
    assert reader.window.cancel_button.isVisibleTo(reader.window)
    with qtbot.waitSignal(reader.reading.cancelled, timeout=5000):
        reader.window.cancel_button.click()
    assert len(reader.window.article.text.marks) == 0
    assert reader.window.article.text.document().toPlainText() == extraction.text
    assert not reader.window.cancel_button.isVisibleTo(reader.window)


def test_a_stored_article_opens_without_analysis_or_the_worker(
    qtbot: Any, opened: Any, fakes: Any, extraction: Extraction, monkeypatch: Any
) -> None:
    fakes.calls.clear()
    asked: list[Any] = []
    monkeypatch.setattr(opened.runner, "run", lambda op, *a, **k: asked.append(op))
    with qtbot.waitSignal(opened.window.highlightsApplied, timeout=5000):
        opened.open(extraction.document.source)
    assert fakes.calls == ["prepare", "lookup"]  # no extraction
    assert asked == []  # nothing asked of the worker: the highlights came with the marks
    assert len(opened.window.article.text.marks) > 0


def test_a_store_not_read_directly_is_answered_by_the_worker(
    qtbot: Any, opened: Any, fakes: Any, extraction: Extraction
) -> None:
    fakes.reads_directly = False  # e.g. a store to upgrade, or a database URL of another form
    fakes.calls.clear()
    with qtbot.waitSignal(opened.window.highlightsApplied, timeout=5000):
        opened.open(extraction.document.source)
    assert fakes.calls == ["prepare", "lookup"]  # the worker's library had it: no extraction
    assert len(opened.window.article.text.marks) > 0


def test_an_absent_article_goes_straight_to_extraction(
    qtbot: Any, reader: Any, fakes: Any, extraction: Extraction, db: str, monkeypatch: Any
) -> None:
    """The quick read knows the store holds no such article: the worker is not asked again."""
    from core.library import lookup

    asked: list[Any] = []
    run = reader.runner.run
    monkeypatch.setattr(
        reader.runner, "run", lambda op, *a, **k: asked.append(op) or run(op, *a, **k)
    )
    with qtbot.waitSignal(reader.window.highlightsApplied, timeout=5000):
        reader.open(extraction.document.source)
    steps = [c for c in fakes.calls if c != "open_store"]  # opened meanwhile, on the worker
    assert steps[:3] == ["prepare", "lookup", "extract"]
    # the worker was asked to store it and for its highlights, not whether it had it
    assert [op.__qualname__.split(".")[0] for op in asked] == ["Reading", "HighlightOps"]
    assert lookup(db, fakes.prepare(extraction.document.source)).state == "found"


def test_the_article_is_remembered_for_next_launch(opened: Any, extraction: Extraction) -> None:
    from gui.app import initial_source

    assert opened.preferences.recent() == [extraction.document.source]
    assert opened.preferences.last_source() == extraction.document.source
    assert [a.text() for a in opened.window.recent_menu.actions()] == ["rivalite.txt"]
    assert initial_source(None, opened) in (extraction.document.source, None)  # None: gone


def test_every_shortcut_is_listed_in_help(monkeypatch: Any, reader: Any) -> None:
    from gui.dialogs import ShortcutsDialog

    listed: list[Any] = []
    monkeypatch.setattr(ShortcutsDialog, "ask", classmethod(lambda cls, a, p: listed.extend(a)))
    reader.window.actions_by_name["shortcuts"].trigger()
    dialog = ShortcutsDialog(listed)
    names = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    with_keys = {a.text().replace("&", "") for a in listed if not a.shortcut().isEmpty()}
    assert names == with_keys
    assert "Find in the article…" in names


def test_the_current_event_follows_the_reading_position(
    qtbot: Any, opened: Any, extraction: Extraction
) -> None:
    text = opened.window.article.text
    target = max(extraction.events, key=lambda e: e.start)
    text.show_span(target.start, target.end)
    text.readingMoved.emit(text.reading_offset())

    def current_id() -> int | None:
        row = opened.window.timeline.list.currentIndex().data(EVENT_ROLE)
        return row.event.id if row else None

    qtbot.waitUntil(
        lambda: current_id() == opened.window.events.event_at(text.reading_offset()).event.id,
        timeout=3000,
    )
    assert current_id() is not None


def test_a_dropped_file_is_opened(qtbot: Any, reader: Any, extraction: Extraction) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(extraction.document.source)])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(reader.window.openRequested) as opened:
        reader.window.dropEvent(event)
    assert opened.args == [extraction.document.source]


def test_zoom_changes_the_text_size(opened: Any) -> None:
    text = opened.window.article.text
    before = text.font().pointSizeF()
    opened.window.actions_by_name["zoom_in"].trigger()
    assert text.font().pointSizeF() > before
    opened.window.actions_by_name["zoom_reset"].trigger()
    assert text.font().pointSizeF() == before


def test_every_action_has_a_shortcut(reader: Any) -> None:
    missing = [a.text() for a in reader.window.all_actions() if a.shortcut().isEmpty()]
    assert missing == []
    keys = [a.shortcut().toString() for a in reader.window.all_actions()]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"


def test_a_later_launch_reopens_the_last_article(reader: Any, tmp_path: Any) -> None:
    from gui.app import initial_source

    assert initial_source(None, reader) == reader.sample  # first launch: the sample
    article = tmp_path / "read-before.txt"
    article.write_text("Un texte.", encoding="utf-8")
    reader.preferences.remember(str(article))
    assert initial_source(None, reader) == str(article)
    article.unlink()  # gone since: the library is the start page
    assert initial_source(None, reader) is None
    assert initial_source("other.txt", reader) == "other.txt"


def test_the_model_loads_after_the_first_article(
    qtbot: Any, reader: Any, fakes: Any, extraction: Extraction
) -> None:
    with qtbot.waitSignal(reader.window.highlightsApplied, timeout=5000):
        reader.reading.start(extraction.document.source)
    assert "start_model" not in fakes.calls  # not in front of the first article
    qtbot.waitUntil(fakes.warmed.is_set, timeout=10_000)
    assert fakes.calls.index("start_model") > fakes.calls.index("extract")


def test_a_stored_article_is_shown_before_the_store_is_opened(
    qtbot: Any, reader: Any, fakes: Any, extraction: Extraction, db: str
) -> None:
    """Opening the store (SQLAlchemy) and loading the model wait until the first article read
    directly is on screen; then both follow, store first."""
    from core.library import Library

    with Library.open(db) as library:
        library.add(fakes.prepare(extraction.document.source), extraction)
    fakes.calls.clear()
    with qtbot.waitSignal(reader.window.highlightsApplied, timeout=5000):
        reader.reading.start(extraction.document.source)
    assert "open_store" not in fakes.calls
    qtbot.waitUntil(fakes.warmed.is_set, timeout=10_000)
    assert "extract" not in fakes.calls
    assert fakes.calls.index("lookup") < fakes.calls.index("open_store")
    assert fakes.calls.index("open_store") < fakes.calls.index("start_model")


def test_reading_starts_once_the_window_is_painted(qtbot: Any, reader: Any) -> None:
    from gui.startup import after_first_paint

    text = reader.window.article.text
    calls: list[bool] = []
    painted: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = Watch()
    text.viewport().installEventFilter(watch)
    after_first_paint(text, lambda: calls.append(bool(painted)), at_most_ms=60_000)
    text.viewport().update()  # the window is shown: its next paint
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    assert calls == [True]  # called once, after a paint


def test_reading_starts_even_if_the_window_is_never_painted(qtbot: Any) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from gui.startup import after_first_paint

    hidden = QPlainTextEdit()
    qtbot.addWidget(hidden)
    calls: list[int] = []
    after_first_paint(hidden, lambda: calls.append(1), at_most_ms=50)
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    assert calls == [1]
