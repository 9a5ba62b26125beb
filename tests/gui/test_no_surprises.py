"""What the reader expects of find, of choosing a person and of the filtered timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from core.model import Extraction
from gui.models import NAME


def test_find_steps_only_through_what_is_shown(opened: Any, extraction: Extraction) -> None:
    """ "Altman" is also in a duplicate passage and in the title line after it (set aside,
    folded): those hits are counted apart, never stepped to, until the reader shows them."""
    view = opened.window.article
    view.open_find()
    view.find_bar.edit.setText("Altman")
    body = [m for m in extraction.entity(2).mentions]
    duplicate = next(r for r in extraction.regions if r.role == "duplicate")
    assert all(not duplicate.start <= s < duplicate.end for s, _ in view.targets())
    assert len(view.targets()) == len(body)
    assert view.find_bar.count_text().startswith(f"1 of {len(body)} ")
    assert view.find_bar.count_text().endswith(" · 2 more in passages set aside — show")
    seen = set()
    for _ in range(len(body) + 1):
        view.next_target()
        cursor = view.text.textCursor()
        block = view.text.document().findBlock(cursor.selectionStart())
        assert block.isVisible()
        seen.add(cursor.selectionStart())
    assert len(seen) == len(body)
    view.find_bar.count.linkActivated.emit("aside")  # "show"
    assert view.aside_shown()
    assert len(view.targets()) == len(body) + 2
    assert "set aside" not in view.find_bar.count_text()
    view.set_aside_shown(False)
    assert len(view.targets()) == len(body)


def test_no_match_in_the_text_still_counts_the_passages_set_aside(opened: Any) -> None:
    view = opened.window.article
    view.open_find()
    view.find_bar.edit.setText("third-party")
    assert view.targets() == []
    assert view.find_bar.count_text() == "no match · 1 more in passages set aside — show"


def test_clicking_a_person_scrolls_to_their_first_mention(
    qtbot: Any, opened: Any, extraction: Extraction
) -> None:
    text = opened.window.article.text
    text.verticalScrollBar().setValue(text.verticalScrollBar().maximum())
    table = opened.window.people.table
    proxy = table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, NAME).data() == "Elon Musk")
    rect = table.visualRect(proxy.index(row, NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    first = min(extraction.entity(1).mentions, key=lambda m: m.start)
    cursor = text.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (first.start, first.end)
    assert text.viewport().rect().contains(text.cursorRect(cursor).center())
    opened.window.actions_by_name["find_next"].trigger()  # F3 goes on to the second
    second = sorted(m.start for m in extraction.entity(1).mentions)[1]
    assert opened.window.article.text.textCursor().selectionStart() == second


def test_a_person_chosen_in_the_text_does_not_move_the_reader(
    opened: Any, extraction: Extraction
) -> None:
    text = opened.window.article.text
    last = max(extraction.entity(1).mentions, key=lambda m: m.start)
    text.show_span(last.start, last.end)
    opened.window.article.entityClicked.emit(1)
    assert text.textCursor().selectionStart() == last.start


def test_a_filtered_timeline_says_so_and_shows_all_again(
    opened: Any, extraction: Extraction
) -> None:
    timeline = opened.window.timeline
    assert timeline.filter_bar.isHidden()
    opened.window.people.select_entity(2)
    theirs = sum(1 for e in extraction.events if 2 in e.participants)
    assert timeline.filter_bar.isVisibleTo(opened.window)
    plain = timeline.filter_bar.text()
    assert f"Events of Sam Altman — {theirs} of {len(extraction.events)}" in plain
    assert "show all" in plain
    timeline.filter_bar.linkActivated.emit("all")
    assert opened.window.events_proxy.rowCount() == len(extraction.events)
    assert opened.window.people.current_entity() is None
    assert timeline.filter_bar.isHidden()


def test_english_names_without_an_english_model_say_how_to_get_one(
    launch: Any, extraction: Extraction, monkeypatch: Any
) -> None:
    """Read in English with no English model installed: the People panel says so, with the
    command that installs one, instead of an empty table."""
    import dataclasses

    import core.names.nlp

    monkeypatch.setattr(core.names.nlp, "installed_model", lambda lang: None)
    info = dataclasses.replace(extraction.document, language="en")
    english = dataclasses.replace(extraction, document=info, entities=(), events=())
    reader = launch(english)
    people = reader.window.people
    assert people.note.isVisibleTo(reader.window)
    assert not people.table.isVisibleTo(reader.window)
    assert "python -m spacy download en_core_web_sm" in people.note.text()
    assert "no spaCy model for English is installed" in people.note.text()


def test_names_found_show_the_table_and_no_note(opened: Any) -> None:
    people = opened.window.people
    assert people.table.isVisibleTo(opened.window)
    assert not people.note.isVisibleTo(opened.window)
