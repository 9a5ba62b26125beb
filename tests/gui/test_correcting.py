"""Correcting the extractor from the window: from a mark, the People panel, the timeline and a
selection; every view changes at once; undo and redo; kept after a restart; the list of
corrections (Edit ▸ Corrections…) takes one back."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QMenu

from core.model import Extraction
from gui.correction_dialogs import CorrectionsDialog, DateDialog, NameDialog, PersonDialog
from gui.models import CorrectionsModel


def _action(menu: QMenu, *path: str) -> QAction:
    """The action at ``path`` (menu texts without their '&'), through submenus.

    Submenus are found among the menu's children: on PySide6 6.9.0 (the lowest allowed, which
    CI runs) the menu that ``QAction.menu()`` returns dies with the action's Python wrapper."""
    *submenus, last = path
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    for title in submenus:
        menu = next(
            m
            for m in menu.findChildren(QMenu, options=direct)
            if m.title().replace("&", "") == title
        )
    return next(a for a in menu.actions() if a.text().replace("&", "") == last)


def _point_of(reader: Any, offset: int) -> Any:
    text = reader.window.article.text
    cursor = QTextCursor(text.document())
    cursor.setPosition(offset + 1)
    return text.cursorRect(cursor).center()


def _kinds(reader: Any) -> dict[str, str]:
    extraction = reader.window.article.extraction
    return {e.name: e.kind for e in extraction.entities}


def _trigger(qtbot: Any, reader: Any, action: QAction) -> None:
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        action.trigger()


def _undo(qtbot: Any, reader: Any, name: str = "undo") -> None:
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        reader.window.actions_by_name[name].trigger()


def test_a_kind_changed_from_a_mark_shows_everywhere_and_undoes(
    qtbot: Any, launch: Any, extraction: Extraction
) -> None:
    reader = launch(extraction)
    mention = extraction.entity(5).mentions[0]  # ChatGPT, "other name"
    menu = QMenu()
    reader.correcting.article_menu(menu, _point_of(reader, mention.start))
    _trigger(qtbot, reader, _action(menu, "Correct the name", "Kind", "Organisation"))
    assert _kinds(reader)["ChatGPT"] == "ORG"
    window = reader.window
    mark = window.article.text.marks.at(window.article.text.offsets.to_qt(mention.start))
    assert mark is not None
    assert mark.kind == "ORG"  # the mark's colour and underline follow
    tooltip = reader.window.article.describe(mark)
    assert "kind changed by you; the extractor said other name" in tooltip
    _undo(qtbot, reader)
    assert _kinds(reader)["ChatGPT"] == "MISC"
    _undo(qtbot, reader, "redo")
    assert _kinds(reader)["ChatGPT"] == "ORG"
    menu.deleteLater()


def test_not_a_name_from_the_people_panel(qtbot: Any, launch: Any, extraction: Extraction) -> None:
    reader = launch(extraction)
    musk = extraction.entity(1)
    menu = QMenu()
    reader.correcting.entity_menu(menu, musk)
    _trigger(qtbot, reader, _action(menu, "Not a name"))
    window = reader.window
    assert "Elon Musk" not in _kinds(reader)
    assert window.entities.row_of_entity(musk.id) < 0
    assert all(musk.id not in row.event.participants for row in window.events_rows())
    assert all(m.ref != musk.id for m in window.article.text.marks.marks if m.kind != "DATE")
    menu.deleteLater()


def test_merge_rename_and_age_from_the_panel(
    qtbot: Any, launch: Any, extraction: Extraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = launch(extraction)
    menu = QMenu()
    reader.correcting.entity_menu(menu, extraction.entity(5))
    _trigger(qtbot, reader, _action(menu, "Merge into", "OpenAI (organisation)"))
    (openai,) = [e for e in reader.window.article.extraction.entities if e.name == "OpenAI"]
    assert "ChatGPT" in openai.aliases
    monkeypatch.setattr(NameDialog, "ask", classmethod(lambda cls, *a: "OpenAI Inc."))
    menu = QMenu()
    reader.correcting.entity_menu(menu, openai)
    _trigger(qtbot, reader, _action(menu, "Rename…"))
    assert "OpenAI Inc." in _kinds(reader)
    monkeypatch.setattr(PersonDialog, "ask", classmethod(lambda cls, *a: (40, ["fondateur"])))
    menu = QMenu()
    reader.correcting.entity_menu(menu, extraction.entity(2))
    _trigger(qtbot, reader, _action(menu, "Age and roles…"))
    altman = reader.window.article.extraction.entity(2)
    assert (altman.attributes.age, altman.attributes.roles) == (40, ("fondateur",))
    menu.deleteLater()


def test_a_date_changed_from_the_timeline_moves_the_dates_counted_from_it(
    qtbot: Any, launch: Any, extraction: Extraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = launch(extraction)
    february = extraction.date(2)
    monkeypatch.setattr(DateDialog, "ask", classmethod(lambda cls, *a: ("2016-02", None)))
    menu = QMenu()
    reader.correcting.date_menu(menu, february)
    _trigger(qtbot, reader, _action(menu, "Change the value…"))
    dates = {d.id: d.value for d in reader.window.article.extraction.dates}
    assert (dates[2], dates[3]) == ("2016-02", "2016-04")  # "Deux mois plus tard" follows
    rows = {r.event.date_id: r for r in reader.window.events_rows()}
    assert rows[2].date_text.endswith("✎")
    assert "value set by you; the extractor said February 2015" in rows[2].corrected  # words


def test_off_the_timeline_and_back_on(qtbot: Any, launch: Any, extraction: Extraction) -> None:
    reader = launch(extraction)
    date = extraction.date(4)
    menu = QMenu()
    reader.correcting.date_menu(menu, date)
    _trigger(qtbot, reader, _action(menu, "Keep off the timeline"))
    assert 4 not in [r.event.date_id for r in reader.window.events_rows()]
    menu = QMenu()
    reader.correcting.date_menu(menu, reader.window.article.extraction.date(4))
    take_back = next(a for a in menu.actions() if a.text().startswith("Take back"))
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        take_back.trigger()
    assert 4 in [r.event.date_id for r in reader.window.events_rows()]
    menu.deleteLater()


def test_a_selection_becomes_a_name_everywhere_it_occurs(
    qtbot: Any, launch: Any, extraction: Extraction
) -> None:
    reader = launch(extraction)
    words = "Le monde entier"
    start = extraction.text.index(words)
    text = reader.window.article.text
    text.setTextCursor(text.cursor_for(start, start + len(words)))
    menu = QMenu()
    reader.correcting.selection_menu(menu, (start, start + len(words)))
    _trigger(qtbot, reader, _action(menu, "A name: place"))
    assert _kinds(reader)[words] == "LOC"
    menu.deleteLater()


def test_corrections_last_after_a_restart_and_can_be_taken_back_from_the_list(
    qtbot: Any, launch: Any, extraction: Extraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = launch(extraction)
    menu = QMenu()
    first.correcting.entity_menu(menu, extraction.entity(5))
    _trigger(qtbot, first, _action(menu, "Kind", "In every article", "Organisation"))
    first.window.close()
    first.close()
    again = launch(extraction)
    assert _kinds(again)["ChatGPT"] == "ORG"  # read back corrected, before the store opened
    shown: list[Any] = []

    def take_back_the_first(cls: Any, parent: Any, corrections: Any, unapplied: Any) -> Any:
        shown.extend(corrections)
        return corrections[:1]

    monkeypatch.setattr(CorrectionsDialog, "ask", classmethod(take_back_the_first))
    with qtbot.waitSignal(again.runner.changed, timeout=5000):
        again.window.actions_by_name["corrections"].trigger()
    assert [c.scope for c in shown] == ["everywhere"]
    assert _kinds(again)["ChatGPT"] == "MISC"
    menu.deleteLater()


def test_the_corrections_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    from core.model import Correction

    items = [
        Correction(1, "a", "everywhere", None, None, "kind", "Tesla", payload={"kind": "ORG"}),
        Correction(2, "b", "article", 1, "s", "not_name", "Voir plus"),
    ]
    model = CorrectionsModel(items, {"b"})
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Tesla is an organisation (every article)"
    assert "no longer applies" in model.index(1, 0).data()


def test_corrections_exported_by_the_command_line_import_in_the_window(
    qtbot: Any,
    launch: Any,
    extraction: Extraction,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
    db: str,
) -> None:
    from core.library import Library
    from gui.annotations.dialogs import ImportDialog

    reader = launch(extraction)
    with Library.open(str(tmp_path / "other.sqlite")) as other:
        made = reader.window.article.extraction
        from tests.gui.conftest import make_article

        document = other.add(make_article(made), made).extraction.document.id
        other.corrections.add("kind", "ChatGPT", document_id=document, kind="ORG")
        exported = tmp_path / "corrections.json"
        exported.write_text(other.export(document, "corrections").text, encoding="utf-8")
    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda cls, parent: exported))
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        reader.window.actions_by_name["import_annotations"].trigger()
    assert _kinds(reader)["ChatGPT"] == "ORG"
    assert "1 correction imported" in reader.window.statusBar().currentMessage()
