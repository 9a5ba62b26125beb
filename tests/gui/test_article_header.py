"""The article's header: its own date and language, which the reader sets or changes there; the
dates are read again at once, the change is stored and undoable."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from PySide6.QtCore import QLocale

from core.model import DocumentInfo, Extraction, Region
from core.reading.sentences import split_sentences
from core.temporal import tag_dates
from core.timeline.events import build_events
from gui.dialogs import ArticleDate, ArticleDateDialog, LanguageMenu

TEXT = "Une panne à Lyon\nHier, le métro de Lyon s'est arrêté pendant une heure.\n"


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.system())


def dated_article(source: str, dct: str | None) -> Extraction:
    """A short article whose "Hier" is read from the article's date."""
    regions = (Region(0, 17, "title"), Region(17, len(TEXT), "body"))
    spans = [(0, 16), (17, len(TEXT) - 1)]
    sentences = [s for start, end in spans for s in split_sentences(TEXT, start, end)]
    dates = tag_dates(TEXT, lang="fr", dct=dct, spans=spans, sentences=sentences)
    events = build_events(TEXT, dates=dates, entities=[], sentences=sentences, lang="fr")
    info = DocumentInfo(1, "Une panne à Lyon", "fr", "2" * 64, source, dct, len(TEXT))
    return Extraction(info, TEXT, regions, (), tuple(dates), tuple(events))


def _yesterday(reader: Any) -> str | None:
    extraction = reader.window.article.extraction
    return next(d.value for d in extraction.dates if d.text == "Hier")


def _answer(monkeypatch: pytest.MonkeyPatch, dialog: type, answer: Any) -> list[Any]:
    asked: list[Any] = []

    def ask(cls: type, *args: Any) -> Any:
        asked.append(args)
        return answer

    monkeypatch.setattr(dialog, "ask", classmethod(ask))
    return asked


def test_the_header_says_the_articles_date_and_language(launch: Any, tmp_path: Any) -> None:
    reader = launch(dated_article(str(tmp_path / "panne.txt"), "2023-04-14"))
    header = reader.window.article.header
    assert header.isVisible()
    assert "Published" in header.text()
    assert "14 April 2023" in header.text()
    assert "French" in header.text()
    assert "read from the article's date" in header.toolTip()


def test_an_article_without_a_date_says_so_and_offers_to_choose(
    qtbot: Any, launch: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    reader = launch(dated_article(str(tmp_path / "panne.txt"), None))
    header = reader.window.article.header
    assert "date unknown — choose…" in header.text()
    assert _yesterday(reader) is None  # "Hier" has nothing to count from
    asked = _answer(monkeypatch, ArticleDateDialog, ArticleDate("2023-04-14"))
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        header.linkActivated.emit("date")
    assert asked  # the dialog was asked, with the date it has (none)
    assert _yesterday(reader) == "2023-04-13"  # read again at once
    assert "14 April 2023 ✎" in header.text()
    assert "the article said: no date" in header.toolTip()


def test_the_date_is_stored_replaced_and_undone(
    qtbot: Any, launch: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    extraction = dated_article(str(tmp_path / "panne.txt"), "2023-04-14")
    reader = launch(extraction)
    header = reader.window.article.header
    for day in ("2021-03-03", "2021-03-10"):  # the second replaces the first
        _answer(monkeypatch, ArticleDateDialog, ArticleDate(day))
        with qtbot.waitSignal(reader.runner.changed, timeout=5000):
            header.linkActivated.emit("date")
    assert _yesterday(reader) == "2021-03-09"
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        reader.history.stack.undo()
    assert _yesterday(reader) == "2021-03-02"
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        reader.history.stack.undo()
    assert _yesterday(reader) == "2023-04-13"
    assert "✎" not in header.text()
    with qtbot.waitSignal(reader.runner.changed, timeout=5000):
        reader.history.stack.redo()
    stored: list[Any] = []

    def read(library: Any) -> tuple[str | None, int]:
        dates = [c for c in library.corrections.of_document(1) if c.action == "document"]
        return library.document(1).document.dct, len(dates)

    reader.runner.run(read, stored.append)
    qtbot.waitUntil(lambda: bool(stored), timeout=5000)
    assert stored == [("2021-03-03", 1)]  # stored, the first date replaced


def test_the_language_is_changed_by_reading_the_article_again(
    qtbot: Any, opened: Any, fakes: Any, extraction: Extraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model reads it again in English; stored in place, the highlights stay; undo reads it
    again in French; opening it later gives the English reading back without the model."""
    window, header = opened.window, opened.window.article.header
    with qtbot.waitSignal(opened.highlights.created, timeout=5000):
        opened.highlights.create(0, 6, "green")
    asked = _answer(monkeypatch, LanguageMenu, "en")
    fakes.calls.clear()
    with qtbot.waitSignal(opened.runner.changed, timeout=5000):
        header.linkActivated.emit("language")
    assert asked[0][1] == "fr"  # the menu was asked with the current language
    assert fakes.calls.count("extract") == 1
    assert window.article.extraction.document.language == "en"
    assert window.article.extraction.document.id == extraction.document.id
    assert "English" in header.text()
    assert [a.color for a in window.highlights.anchored()] == ["green"]
    assert opened.history.stack.undoText() == "Read in English"
    with qtbot.waitSignal(opened.runner.changed, timeout=5000):
        opened.history.stack.undo()
    assert window.article.extraction.document.language == "fr"
    with qtbot.waitSignal(opened.runner.changed, timeout=5000):
        opened.history.stack.redo()
    assert "English" in header.text()
    fakes.calls.clear()
    with qtbot.waitSignal(window.highlightsApplied, timeout=5000):
        opened.open(extraction.document.source)
    assert "extract" not in fakes.calls  # the stored English reading answered
    assert window.article.extraction.document.language == "en"
    assert [a.color for a in window.highlights.anchored()] == ["green"]


def test_the_header_shows_the_language_being_read(
    qtbot: Any, opened: Any, fakes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    header = opened.window.article.header
    _answer(monkeypatch, LanguageMenu, "en")
    fakes.gate.clear()
    header.linkActivated.emit("language")
    qtbot.waitUntil(fakes.analysing.is_set, timeout=5000)
    assert "reading again in English…" in header.text()
    assert opened.window.cancel_button.isVisibleTo(opened.window)
    with qtbot.waitSignal(opened.language.cancelled, timeout=5000):
        opened.window.cancel_button.click()
    assert "French" in header.text()
    assert opened.window.article.extraction.document.language == "fr"
    fakes.gate.set()


def test_the_date_dialog_answers(qtbot: Any) -> None:
    dialog = ArticleDateDialog("2023-04-14")
    qtbot.addWidget(dialog)
    assert dialog.answer() == ArticleDate("2023-04-14")
    dialog.unknown.setChecked(True)
    assert dialog.answer() == ArticleDate(None)
    assert not dialog.date.isEnabled()
    unknown = ArticleDateDialog(None)
    qtbot.addWidget(unknown)
    assert unknown.unknown.isChecked()


def test_the_language_menu_checks_the_current_one(qtbot: Any) -> None:
    menu = LanguageMenu("en")
    qtbot.addWidget(menu)
    checked = [a.data() for a in menu.actions() if a.isChecked()]
    assert checked == ["en"]
    assert {a.data() for a in menu.actions()} == {"fr", "en"}
