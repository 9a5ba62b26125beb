"""Connects the library page and its actions to the library's operations and to reading.

Opening anything from the library (an article, a search hit, a person's first mention, a story
event's passage) reads the stored document by its id (``Reading.open_document``), at that place.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from time import monotonic
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from core.model import Person, PersonInArticle, SearchHit, StoryEvent, StorySource
from gui.annotations.dialogs import TIMELINE_FORMATS, ExportDialog, suggested_path
from gui.library import models as columns
from gui.library.dialogs import AddressesDialog, EmptyTrashDialog, FolderDialog, addresses_in
from gui.library.page import ARTICLES_TAB, PEOPLE_TAB, STORY_TAB, table_order
from gui.library.tables import Table, tabulate
from gui.mainwindow import MainWindow
from gui.operations.changes import Changes
from gui.operations.library import LibraryOps
from gui.operations.reading import Reading

STORY_MOST = 300  # articles on one story's timeline in the window
BATCH_LIST_EVERY = 2.0  # seconds between two listings of the articles while many are added


class LibraryLink(QObject):
    def __init__(self, window: MainWindow, ops: LibraryOps, reading: Reading) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        self.reading = reading
        self.page = window.library
        self._stale = {"articles": True, "people": True}
        self._story_title = ""
        self._listed_at = 0.0
        self._connect_actions()
        self._connect_page()
        self._connect_ops()

    def _connect_actions(self) -> None:
        a = self.window.actions_by_name
        a["show_library"].triggered.connect(lambda: self.show(ARTICLES_TAB))
        a["show_people_across"].triggered.connect(lambda: self.show(PEOPLE_TAB))
        a["show_story"].triggered.connect(lambda: self.show(STORY_TAB))
        a["add_folder"].triggered.connect(self.ask_folder)
        a["add_addresses"].triggered.connect(self.ask_addresses)
        a["story_of_chosen"].triggered.connect(self.story_of_chosen)
        a["trash_chosen"].triggered.connect(self.trash_chosen)
        a["restore_chosen"].triggered.connect(self.restore_chosen)
        a["empty_trash"].triggered.connect(self.empty_trash)
        a["reextract_chosen"].triggered.connect(self.reextract_chosen)
        a["reextract_all"].triggered.connect(lambda: self.ops.reextract(None))
        a["export_selection"].triggered.connect(self.export_selection)
        a["export_story"].triggered.connect(lambda: self.export_story("json"))
        a["cancel_batch"].triggered.connect(self.ops.cancel_batch)
        a["cancel_batch"].setEnabled(False)
        self.window.addRequested.connect(self.ops.add_many)

    def _connect_page(self) -> None:
        articles, people, story = self.page.articles, self.page.people, self.page.story
        articles.searchChanged.connect(self.ops.search)
        articles.trashShown.connect(lambda _shown: self.refresh())
        articles.articleChosen.connect(lambda i: self.open(i, None))
        articles.hitChosen.connect(self.open_hit)
        articles.cancelRequested.connect(self.ops.cancel_batch)
        articles.table.selectionModel().selectionChanged.connect(self._enable)
        people.personChosen.connect(self.open_person)
        people.appearancesWanted.connect(self.ops.load_appearances)
        people.storyRequested.connect(self.story_of_person)
        story.sourceChosen.connect(self.open_source)
        story.exportRequested.connect(self.export_story)
        self.page.tabs.currentChanged.connect(lambda _tab: self._load_shown())

    def _connect_ops(self) -> None:
        ops = self.ops
        ops.entries.connect(lambda found: self._entries(found, trash=False))
        ops.trashed.connect(lambda found: self._entries(found, trash=True))
        ops.hits.connect(self.page.articles.set_hits)
        ops.people.connect(self.page.people.set_people)
        ops.appearances.connect(self.page.people.set_appearances)
        ops.story.connect(self._story)
        ops.openRequested.connect(self.open)
        ops.said.connect(lambda message: self.window.statusBar().showMessage(message, 10_000))
        ops.batchStarted.connect(self._batch_started)
        ops.batchProgressed.connect(self._batch_progressed)
        ops.batchFinished.connect(self._batch_finished)
        ops.runner.changed.connect(self._on_changed)
        self.reading.extractionReady.connect(lambda _found: self._mark_stale())

    # -- showing ------------------------------------------------------------------------------
    def show(self, tab: int = ARTICLES_TAB) -> None:
        self.window.show_library_page(tab)
        self._load_shown()

    def _load_shown(self) -> None:
        if not self.window.library_shown():
            return
        tab = self.page.tabs.currentIndex()
        if tab == ARTICLES_TAB and self._stale["articles"]:
            self.refresh()
        elif tab == PEOPLE_TAB and self._stale["people"]:
            self._stale["people"] = False
            order = table_order(self.page.people.table)  # sorted on the worker, as shown
            self.ops.load_people(partial(tabulate, columns.PEOPLE_COLUMNS, order=order))

    def refresh(self) -> None:
        self._stale["articles"] = False
        order = table_order(self.page.articles.table)
        shape = partial(tabulate, columns.ARTICLE_COLUMNS, order=order)
        if self.page.articles.showing_trash():
            self.ops.refresh_trash(shape)
        else:
            self.ops.refresh(shape)
        query = self.page.articles.search.text()
        if query.strip():
            self.ops.search(query)

    def _entries(self, found: Table, *, trash: bool) -> None:
        if trash == self.page.articles.showing_trash():
            self.page.articles.set_entries(found)
            self._enable()

    def _mark_stale(self) -> None:
        self._stale = {"articles": True, "people": True}
        self._load_shown()

    def _on_changed(self, changes: Changes) -> None:
        if changes.library or changes.highlights or changes.removed or changes.reload:
            self._mark_stale()

    def _enable(self, *_args: Any) -> None:
        a = self.window.actions_by_name
        trash = self.page.articles.showing_trash()
        a["trash_chosen"].setEnabled(not trash)
        a["restore_chosen"].setEnabled(trash)

    # -- opening ------------------------------------------------------------------------------
    def open(self, document_id: int, at: int | None) -> None:
        self.window.show_article_page()
        self.reading.open_document(document_id, reveal=at)

    def open_hit(self, hit: SearchHit) -> None:
        self.ops.open_hit(hit, self.page.articles.search.text())

    def open_person(self, person: Person, appearance: PersonInArticle | None) -> None:
        if appearance is None:  # its first mention, which the library finds
            self.ops.open_person(person)
        else:
            self.open(appearance.document_id, appearance.first_at)

    def open_source(self, source: StorySource | None) -> None:
        if source is not None:
            self.open(source.document_id, source.start)

    # -- acting on the chosen articles --------------------------------------------------------
    def chosen(self) -> list[int]:
        ids = self.page.articles.chosen_ids()
        if not ids:
            self.window.statusBar().showMessage(
                self.tr("Choose articles in the library first."), 5000
            )
        return ids

    def story_of_chosen(self) -> None:
        ids = self.chosen()[:STORY_MOST]
        if ids:
            self._story_title = self.tr("The chosen articles")
            self.ops.load_story(ids)
            self.window.show_library_page(STORY_TAB)

    def story_of_person(self, person: Person) -> None:
        """The timeline of the articles naming ``person`` (the latest ``STORY_MOST`` of them:
        each is read whole, and the worker keeps the reader's highlights waiting meanwhile)."""
        ids = list(person.articles)[-STORY_MOST:]
        self._story_title = (
            self.tr("Every article that mentions {name}").format(name=person.name)
            if len(ids) == len(person.articles)
            else self.tr("The latest {shown} of {total} articles naming {name}").format(
                shown=len(ids), total=len(person.articles), name=person.name
            )
        )
        self.ops.load_story(ids)
        self.window.show_library_page(STORY_TAB)

    def _story(self, ids: list[int], events: list[StoryEvent]) -> None:
        self.page.story.set_story(ids, events, self._story_title or self.tr("The story"))

    def trash_chosen(self) -> None:
        ids = self.chosen()
        if ids:
            self.ops.trash(ids)

    def restore_chosen(self) -> None:
        ids = self.chosen()
        if ids:
            self.ops.restore(ids)

    def empty_trash(self) -> None:
        if EmptyTrashDialog.ask(self.window):
            self.ops.empty_trash()

    def reextract_chosen(self) -> None:
        ids = self.chosen()
        if ids:
            self.ops.reextract(ids)

    def ask_folder(self) -> None:
        folder = FolderDialog.ask(self.window, self.tr("Add every article of a folder"))
        if folder is not None:
            self.show(ARTICLES_TAB)
            self.ops.add_many([str(folder)])

    def ask_addresses(self) -> None:
        pasted = addresses_in(QApplication.clipboard().text())
        addresses = AddressesDialog.ask(self.window, "\n".join(pasted[:1000]))
        if addresses:
            self.show(ARTICLES_TAB)
            self.ops.add_many(addresses)

    def export_selection(self) -> None:
        ids = self.chosen()
        if not ids:
            return
        folder = FolderDialog.ask(self.window, self.tr("Export the highlights into a folder"))
        if folder is not None:
            self.ops.export_selection(ids, folder)

    def export_story(self, fmt: str) -> None:
        story = self.page.story
        if not story.ids or story.model.rowCount() == 0:
            self.window.statusBar().showMessage(self.tr("Show a story's timeline first."), 5000)
            return
        suggested = suggested_path(story.title, f".{fmt}", what=self.tr("timeline"))
        formats = {k: v for k, v in TIMELINE_FORMATS.items() if "lanes" not in k}
        answer = ExportDialog.ask(
            self.window, self.tr("Export the story's timeline"), suggested, formats
        )
        if answer is not None:
            path, chosen = answer
            self.ops.export_story(story.ids, f"timeline-{chosen}", Path(path))

    # -- many articles ------------------------------------------------------------------------
    def _batch_started(self, total: int) -> None:
        self.window.actions_by_name["cancel_batch"].setEnabled(True)
        self.page.articles.set_batch((0, total, ""))

    def _batch_progressed(self, done: int, total: int, line: str) -> None:
        """The bar moves; the articles added so far show, every few seconds."""
        self.page.articles.set_batch((done, total, line))
        now = monotonic()
        if now - self._listed_at >= BATCH_LIST_EVERY and self.window.library_shown():
            self._listed_at = now
            self.refresh()

    def _batch_finished(self, report: Any) -> None:
        self.window.actions_by_name["cancel_batch"].setEnabled(False)
        self.page.articles.set_batch(None)
        self.page.articles.show_report(report.summary(), report.failure_lines())
        self._mark_stale()
