"""The library in the window: its articles (sort, filter, search, trash), adding many, the people
across articles and the story's timeline, each opening the article at the right place."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from core import extractor
from core.library import Library
from core.model import DocumentInfo, Extraction, LibraryEntry
from core.reading.article import Article
from gui.library import models as columns
from gui.library.dialogs import AddressesDialog, EmptyTrashDialog, FolderDialog, addresses_in
from gui.library.page import PEOPLE_TAB, STORY_TAB
from gui.library.tables import ROW_ROLE, RowsFilter, RowsModel, tabulate
from tests.core.library_helpers import make_article

WAIT = 10_000


@pytest.fixture
def stored(db: str) -> list[int]:
    """Two articles telling one event (and one each of their own), in the store."""
    ids = []
    with Library.open(db) as library:
        for title, sentences, people in (
            (
                "La fondation",
                [
                    ("2015", "En 2015, Sam Altman et Elon Musk fondent OpenAI."),
                    ("2018", "En 2018, Elon Musk quitte le conseil."),
                ],
                {"Sam Altman": ("Altman",), "Elon Musk": ("Musk",)},
            ),
            (
                "Le procès",
                [
                    ("2015", "En 2015, Altman et Musk fondent OpenAI ensemble."),
                    ("2024", "En 2024, le conflit entre les deux hommes éclate."),
                ],
                {"Altman": (), "Musk": ()},
            ),
        ):
            article, extraction = make_article(title, sentences, people, source=f"/nowhere/{title}")
            ids.append(library.add(article, extraction).extraction.document.id)
        library.highlights.create_at_quote(ids[1], "le conflit", note="L'élève et le maître")
    return ids


def _show(qtbot: Any, reader: Any, action: str, model: RowsModel, rows: int) -> None:
    reader.window.actions_by_name[action].trigger()
    qtbot.waitUntil(lambda: model.rowCount() == rows, timeout=WAIT)


def _open_and_wait(qtbot: Any, reader: Any, trigger: Any) -> int:
    """Run ``trigger``; the article it opens is shown with its marks: the offset revealed."""
    revealed: list[int] = []
    reader.reading.revealRequested.connect(revealed.append)
    with qtbot.waitSignal(reader.reading.extractionReady, timeout=WAIT):
        trigger()
    qtbot.waitUntil(lambda: bool(revealed), timeout=WAIT)
    assert not reader.window.library_shown()
    return revealed[0]


def test_the_models_pass_the_model_tester(
    qtmodeltester: Any, reader: Any, stored: list[int]
) -> None:
    with Library.open(reader.runner._worker._door.db) as library:
        entries, people = library.catalogue(), library.people()
        story = library.story(stored)
    page = reader.window.library
    page.articles.set_entries(entries)
    page.people.set_people(people)
    page.story.set_story(stored, story, "t")
    for model in page.models.values():
        qtmodeltester.check(model)
    qtmodeltester.check(page.articles.proxy)
    page.articles.proxy.set_filter("proces", columns.TITLE)
    qtmodeltester.check(page.articles.proxy)


def test_the_library_lists_sorts_and_filters_the_articles(
    qtbot: Any, reader: Any, stored: list[int]
) -> None:
    articles = reader.window.library.articles
    _show(qtbot, reader, "show_library", articles.model, 2)
    assert reader.window.library_shown()
    table = articles.table
    table.sortByColumn(columns.TITLE, Qt.SortOrder.AscendingOrder)
    titles = [articles.proxy.index(r, columns.TITLE).data() for r in range(2)]
    assert titles == ["La fondation", "Le procès"]
    table.sortByColumn(columns.HIGHLIGHTS, Qt.SortOrder.DescendingOrder)
    assert articles.proxy.index(0, columns.HIGHLIGHTS).data() == "1"
    articles.filter_column.setCurrentIndex(articles.filter_column.findData(columns.TITLE))
    articles.filter.setText("PROCES")
    assert articles.proxy.rowCount() == 1
    articles.filter_column.setCurrentIndex(articles.filter_column.findData(columns.HIGHLIGHTS))
    articles.filter.setText("1")  # a number: at least that many
    assert articles.proxy.rowCount() == 1
    assert articles.summary.text() == "1 of 2 articles"


def test_an_article_opens_from_the_library_without_its_file(
    qtbot: Any, reader: Any, stored: list[int]
) -> None:
    articles = reader.window.library.articles
    _show(qtbot, reader, "show_library", articles.model, 2)
    row = next(r for r in range(2) if articles.proxy.index(r, 0).data() == "Le procès")
    with qtbot.waitSignal(reader.reading.extractionReady, timeout=WAIT) as shown:
        articles.table.activated.emit(articles.proxy.index(row, 0))
    assert shown.args[0].extraction.document.id == stored[1]
    assert reader.window.article.extraction.document.title == "Le procès"
    qtbot.waitUntil(lambda: reader.window.highlights.rowCount() == 1, timeout=WAIT)


def test_search_finds_text_and_highlights_and_opens_at_the_hit(
    qtbot: Any, reader: Any, stored: list[int]
) -> None:
    articles = reader.window.library.articles
    _show(qtbot, reader, "show_library", articles.model, 2)
    articles.search.setText("eleve")  # "élève", in a highlight's note
    qtbot.waitUntil(lambda: articles.hits.rowCount() == 1, timeout=WAIT)
    hit = articles.hits.row(0)
    assert (hit.place, hit.document_id) == ("highlight", stored[1])
    assert "<b>élève</b>" in columns.hit_html(hit)
    articles.search.setText("ensemble")
    qtbot.waitUntil(lambda: articles.hits.row(0).place == "text", timeout=WAIT)
    assert articles.summary.text() == "1 passage in 1 article"
    at = _open_and_wait(
        qtbot, reader, lambda: articles.hits_table.activated.emit(articles.hits.index(0, 0))
    )
    text = reader.window.article.extraction.text
    assert text[at : at + len("ensemble")] == "ensemble"


def test_the_trash_takes_and_gives_back_an_article(
    qtbot: Any, reader: Any, stored: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = reader.window.library.articles
    _show(qtbot, reader, "show_library", articles.model, 2)
    articles.table.selectRow(0)
    chosen = articles.chosen_ids()
    reader.window.actions_by_name["trash_chosen"].trigger()
    qtbot.waitUntil(lambda: articles.model.rowCount() == 1, timeout=WAIT)
    articles.which.setCurrentIndex(1)  # the trash
    qtbot.waitUntil(
        lambda: [e.id for e in articles.model.rows()] == chosen and articles.model.rowCount() == 1,
        timeout=WAIT,
    )
    assert not reader.window.actions_by_name["trash_chosen"].isEnabled()
    articles.table.selectRow(0)
    reader.window.actions_by_name["restore_chosen"].trigger()
    qtbot.waitUntil(lambda: articles.model.rowCount() == 0, timeout=WAIT)
    articles.which.setCurrentIndex(0)
    qtbot.waitUntil(lambda: articles.model.rowCount() == 2, timeout=WAIT)
    monkeypatch.setattr(EmptyTrashDialog, "ask", classmethod(lambda cls, parent: False))
    reader.window.actions_by_name["empty_trash"].trigger()  # refused: nothing happens


def test_people_across_articles_open_at_the_first_mention_and_give_their_story(
    qtbot: Any, reader: Any, stored: list[int]
) -> None:
    people = reader.window.library.people
    _show(qtbot, reader, "show_people_across", people.model, 2)
    assert reader.window.library.tabs.currentIndex() == PEOPLE_TAB
    people.filter.setText("altman")
    assert people.proxy.rowCount() == 1
    altman = people.proxy.index(0, 0).data(ROW_ROLE)
    assert (altman.name, altman.articles) == ("Sam Altman", tuple(stored))
    people.table.selectRow(0)  # its articles are read by the library, then shown
    qtbot.waitUntil(lambda: people.appearances.rowCount() == 2, timeout=WAIT)
    story = reader.window.library.story
    with qtbot.waitSignal(reader.library.ops.story, timeout=WAIT):
        people.story.click()
    assert reader.window.library.tabs.currentIndex() == STORY_TAB
    assert "Sam Altman" in story.heading.text()
    at = _open_and_wait(
        qtbot, reader, lambda: people.table.activated.emit(people.proxy.index(0, 0))
    )
    assert reader.window.article.extraction.text[at : at + 10] == "Sam Altman"


def test_the_story_of_chosen_articles_merges_an_event_and_exports(
    qtbot: Any, reader: Any, stored: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = reader.window.library.articles
    _show(qtbot, reader, "show_library", articles.model, 2)
    articles.table.selectAll()
    story = reader.window.library.story
    reader.window.actions_by_name["story_of_chosen"].trigger()
    qtbot.waitUntil(lambda: story.model.rowCount() == 3, timeout=WAIT)
    founding = story.model.row(0)
    assert (founding.value, len(founding.sources)) == ("2015", 2)
    assert "1 told by several" in story.heading.text()
    story.table.selectRow(0)
    assert story.sources.rowCount() == 2
    second = story.sources.index(1, 0)
    at = _open_and_wait(qtbot, reader, lambda: story.told.activated.emit(second))
    assert reader.window.article.extraction.document.id == founding.sources[1].document_id
    assert at == founding.sources[1].start
    out = tmp_path / "story.json"
    from gui.annotations.dialogs import ExportDialog

    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a: (out, "json")))
    story.export_json.click()
    qtbot.waitUntil(out.exists, timeout=WAIT)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [e["start_date"]["year"] for e in data["events"]] == [2015, 2018, 2024]


def test_highlights_of_chosen_articles_export_into_a_folder(
    qtbot: Any, reader: Any, stored: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = reader.window.library.articles
    _show(qtbot, reader, "show_library", articles.model, 2)
    articles.table.selectAll()
    out = tmp_path / "notes"
    out.mkdir()
    monkeypatch.setattr(FolderDialog, "ask", classmethod(lambda cls, parent, caption: out))
    with qtbot.waitSignal(reader.library.ops.said, timeout=WAIT) as said:
        reader.window.actions_by_name["export_selection"].trigger()
    assert said.args[0] == f"4 files written in {out}"
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "La fondation.md",
        "Le procès.md",
        "Liseuse highlights.json",
        "Liseuse highlights.md",
    ]


# -- adding many ---------------------------------------------------------------------------------
def _quick_extract(article: Article, **_: object) -> Extraction:
    info = DocumentInfo(
        0, article.title, article.language, article.sha256, article.source, article.dct, 0
    )
    return Extraction(info, article.text, article.regions)


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Extraction without spaCy (the tests' batches run in this process); ``gate`` holds it."""
    gate = threading.Event()
    gate.set()

    def held(article: Article, **kw: object) -> Extraction:
        gate.wait(WAIT / 1000)
        return _quick_extract(article)

    monkeypatch.setattr(extractor, "extract", held)
    yield gate
    gate.set()


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "to-add"
    folder.mkdir()
    for i in range(count):
        (folder / f"a{i}.txt").write_text(f"Article {i}\nUn texte numéro {i}.\n", encoding="utf-8")
    return folder


def test_adding_a_folder_shows_progress_and_reports_failures(
    qtbot: Any,
    reader: Any,
    quick: threading.Event,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = _folder(tmp_path, 3)
    (folder / "empty.txt").write_bytes(b"")
    monkeypatch.setattr(FolderDialog, "ask", classmethod(lambda cls, parent, caption: folder))
    ops, articles = reader.library.ops, reader.window.library.articles
    lines: list[str] = []
    ops.batchProgressed.connect(lambda _d, _t, line: lines.append(line))
    with qtbot.waitSignal(ops.batchFinished, timeout=WAIT) as finished:
        reader.window.actions_by_name["add_folder"].trigger()
    report = finished.args[0]
    assert (report.count("added"), len(report.failures)) == (3, 1)
    assert lines[-1].startswith("4 of 4")
    assert "failed: " in articles.report.toPlainText()
    assert not articles.progress.isVisible()
    qtbot.waitUntil(lambda: articles.model.rowCount() == 3, timeout=WAIT)
    with qtbot.waitSignal(ops.batchFinished, timeout=WAIT) as again:
        ops.add_many([str(folder)])
    assert again.args[0].count("skipped") == 3


def test_a_cancelled_batch_keeps_what_was_done(
    qtbot: Any, reader: Any, quick: threading.Event, tmp_path: Path
) -> None:
    folder = _folder(tmp_path, 4)
    ops, articles = reader.library.ops, reader.window.library.articles
    reader.library.show()
    quick.clear()
    ops.add_many([str(folder)])
    qtbot.waitUntil(articles.cancel.isVisible, timeout=WAIT)
    with qtbot.waitSignal(ops.batchFinished, timeout=WAIT) as finished:
        articles.cancel.click()
        quick.set()
    report = finished.args[0]
    assert report.cancelled
    assert report.done < 4
    qtbot.waitUntil(lambda: articles.model.rowCount() == report.count("added"), timeout=WAIT)


def test_dropping_several_files_adds_them(
    qtbot: Any, reader: Any, quick: threading.Event, tmp_path: Path
) -> None:
    folder = _folder(tmp_path, 2)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in sorted(folder.iterdir())])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(reader.library.ops.batchFinished, timeout=WAIT) as finished:
        reader.window.dropEvent(event)
    assert finished.args[0].count("added") == 2


def test_pasted_addresses_are_added(
    qtbot: Any,
    reader: Any,
    quick: threading.Event,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = _folder(tmp_path, 2)
    pasted = "\n".join(str(p) for p in sorted(folder.iterdir()))
    assert addresses_in(f"# list\n{pasted}\n\n") == pasted.splitlines()
    monkeypatch.setattr(
        AddressesDialog, "ask", classmethod(lambda cls, parent, text="": addresses_in(pasted))
    )
    with qtbot.waitSignal(reader.library.ops.batchFinished, timeout=WAIT) as finished:
        reader.window.actions_by_name["add_addresses"].trigger()
    assert finished.args[0].count("added") == 2


def test_the_library_is_the_start_page_when_the_last_article_is_gone(
    qtbot: Any, reader: Any, stored: list[int], tmp_path: Path
) -> None:
    from gui.app import _start

    reader.preferences.remember(str(tmp_path / "gone.txt"))
    _start(reader, None, warm_up=False)
    assert reader.window.library_shown()
    qtbot.waitUntil(lambda: reader.window.library.articles.model.rowCount() == 2, timeout=WAIT)


def test_rows_filter_keeps_rows_by_a_test(qtmodeltester: Any) -> None:
    model = RowsModel(columns.STORY_COLUMNS)
    proxy = RowsFilter()
    proxy.setSourceModel(model)
    proxy.set_keep(lambda row: False)
    assert proxy.rowCount(QModelIndex()) == 0
    qtmodeltester.check(proxy)


def test_chosen_articles_are_extracted_again_keeping_their_highlights(
    qtbot: Any, reader: Any, stored: list[int], quick: threading.Event
) -> None:
    articles = reader.window.library.articles
    _show(qtbot, reader, "show_library", articles.model, 2)
    articles.table.selectAll()
    with qtbot.waitSignal(reader.library.ops.batchFinished, timeout=WAIT) as finished:
        reader.window.actions_by_name["reextract_chosen"].trigger()
    report = finished.args[0]
    assert report.summary() == "2 extracted again, 0 failed"
    assert sorted(t.document_id for t in report.taken) == stored  # the same ids
    with Library.open(reader.runner._worker._door.db) as library:
        assert len(library.highlights.of_document(stored[1])) == 1
        assert library.document(stored[0]).entities == ()  # the (quick) extractor's answer


def test_when_an_article_was_added_is_said_in_local_time(qapp: Any) -> None:
    """The store keeps UTC ('…Z'); the column says it as the locale writes a local time, and
    cannot be fooled by a value it does not read."""
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

    def added(value: str) -> str:
        entry = LibraryEntry(1, "Titre", "a.txt", None, "fr", value, 0, 0, 0)
        return columns.ARTICLE_COLUMNS[columns.ADDED].text(entry)

    utc = QDateTime(QDate(2026, 3, 5), QTime(22, 40, 7), QTimeZone.utc())
    expected = QLocale().toString(utc.toLocalTime(), QLocale.FormatType.ShortFormat)
    assert added("2026-03-05T22:40:07.123456Z") == expected
    assert added("2026-03-05T23:40:07+01:00") == expected
    assert added("2026-03-05T22:40:07") == expected  # no zone: the store's own, UTC
    assert added("hier soir") == "hier soir"


def test_a_persons_roles_are_each_said_once_with_their_newest_date(qapp: Any) -> None:
    """Roles change, so each comes with a date; a person of many articles gets each role once
    (with its newest article's date), the dates of every article in the tooltip."""
    from core.model import Person, RoleSaid

    def said(document: int, dct: str | None, *roles: str) -> list[RoleSaid]:
        return [RoleSaid(role, document, dct) for role in roles]

    person = Person(
        "lea morel",
        "Léa Morel",
        (),
        tuple(range(1, 31)),
        30,
        roles=(
            *said(1, "2019-01-05", "députée"),
            *said(2, "2023-02-01", "maire de Brest", "députée"),
            *(r for n in range(3, 30) for r in said(n, f"2024-03-{n:02}", "maire de Brest")),
            *said(30, None, "avocate"),
        ),
    )
    roles = columns.PEOPLE_COLUMNS[5]
    assert roles.text(person) == "avocate; maire de Brest (2024-03-29); députée (2023-02-01)"
    assert roles.tip is not None
    assert roles.tip(person).splitlines() == [
        "avocate",
        "maire de Brest: 28 articles, 2023-02-01 – 2024-03-29",
        "députée: 2 articles, 2019-01-05 – 2023-02-01",
    ]


def test_a_big_read_is_frozen_and_a_small_ones_cycles_collected() -> None:
    """``settled``: what a read makes is frozen out of the collector's way; a small read's
    garbage cycles are collected first (a big one's reads make none: collecting them is a stall)."""
    import gc
    import weakref

    from gui.operations.library import COLLECT_AT_MOST, settled

    class Node:
        def __init__(self) -> None:
            self.me = self

    def small(library: Any) -> int:
        cycle = Node()
        probes.append(weakref.ref(cycle))
        return 1

    def big(library: Any) -> list[list[int]]:
        return [[n] for n in range(COLLECT_AT_MOST + 1)]

    probes: list[weakref.ref[Node]] = []
    frozen = gc.get_freeze_count()
    try:
        assert settled(small)(None) == 1
        assert probes[0]() is None  # the cycle was collected, not frozen
        made = settled(big)(None)
        assert gc.get_freeze_count() >= frozen + len(made)
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_rows_sorted_on_the_worker_are_shown_as_they_are(qtmodeltester: Any) -> None:
    """``tabulate(order=…)`` sorts on the worker (stable: equal keys keep their order); the
    model shows such a table without sorting it again, and sorts one that is not."""
    entries = [
        LibraryEntry(n, f"Titre {n}", "a.txt", dct, "fr", "2026-03-05T22:40:07Z", n % 2, 0, 0)
        for n, dct in enumerate(["2024-01-02", None, "2023-05-06", "2024-01-02"])
    ]
    descending = (columns.DATE, Qt.SortOrder.DescendingOrder)
    table = tabulate(columns.ARTICLE_COLUMNS, entries, order=descending)
    assert [e.id for e in table.rows] == [1, 0, 3, 2]  # undated last: first when descending
    assert table.order == descending
    model = RowsModel(columns.ARTICLE_COLUMNS)
    model.set_table(table, descending)
    assert model.rows() == table.rows
    assert model._table is table  # not sorted again
    model.set_table(table, (columns.DATE, Qt.SortOrder.AscendingOrder))
    assert [e.id for e in model.rows()] == [2, 0, 3, 1]
    qtmodeltester.check(model)
