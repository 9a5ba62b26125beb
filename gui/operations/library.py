"""The library's operations: what the library page asks of the store, and many articles at once.

Reads and changes are ops of the runner's worker (the one ``Library``). A batch (adding many
articles, extracting stored ones again) runs on the pool: ``core.batch.run`` extracts on worker
processes and hands each outcome back as it comes; each is stored by its own op on the worker
(``Library.take``), between the reader's own writes, so a highlight never waits for the batch
and a cancel keeps what was stored.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from gui.operations.changes import Changes
from gui.operations.runner import CancelToken, Runner

if TYPE_CHECKING:
    from core.batch import Outcome, Report, Taken
    from core.library import Library
    from core.model import Person, PersonInArticle, SearchHit
    from core.reading.article import Article

BATCH = "library-batch"
T = TypeVar("T")
Shape = Callable[[list[Any]], Any]  # rows → what the view wants of them (made on the worker)


def _same(rows: list[Any]) -> Any:
    return rows


# Young objects a collection walks in about 5 ms: above that, freezing them uncollected is better.
COLLECT_AT_MOST = 20_000


def settled(op: Callable[[Library], T]) -> Callable[[Library], T]:
    """``op`` (a read that makes tens of thousands of objects: the library's rows, its people)
    without the cyclic collector running meanwhile, then what it made frozen. Otherwise a full
    collection walking those fresh objects holds every thread, the GUI's too, for 100–280 ms on
    10,000 articles (``bench/bench_library.py``); frozen, the rows are never walked again, and go
    by reference counting when the next ones replace them.

    A few young objects are collected first, so that no garbage cycle is frozen with them; many
    are frozen as they are: collecting the 200,000 objects of the people across 10,000 articles
    held Python's lock for 50 ms, and found no cycle to free (nor did the library's rows)."""

    def run(library: Library) -> T:
        gc.disable()
        try:
            return op(library)
        finally:
            if len(gc.get_objects(0)) <= COLLECT_AT_MOST:
                gc.collect(1)
            gc.freeze()
            gc.enable()

    return run


def _default_jobs() -> int:
    from core.batch import default_jobs

    return max(2, default_jobs())


class LibraryOps(QObject):
    entries = Signal(object)  # list[LibraryEntry]
    trashed = Signal(object)  # list[LibraryEntry] in the trash
    hits = Signal(str, object)  # query, list[SearchHit]
    people = Signal(object)  # list[Person]
    appearances = Signal(object, object)  # Person, tuple[PersonInArticle, ...]
    story = Signal(object, object)  # document ids, list[StoryEvent]
    batchStarted = Signal(int)  # how many articles
    batchProgressed = Signal(int, int, str)  # done, total, "12 of 200 — title"
    batchFinished = Signal(object)  # core.batch.Report
    openRequested = Signal(int, object)  # document id, character to show (or None)
    said = Signal(str)  # for the status bar
    _outcome = Signal(object)  # from the pool: one article extracted (or not)
    _counted = Signal(int)  # from the pool: how many articles the batch has

    def __init__(self, runner: Runner, parent: QObject | None = None, *, jobs: int = 0) -> None:
        super().__init__(parent)
        self.runner = runner
        self.jobs = jobs or _default_jobs()
        self.report: Report | None = None
        self._token: CancelToken | None = None
        self._outcome.connect(self._store_outcome)
        self._counted.connect(self._on_counted)

    # -- reading the library ------------------------------------------------------------------
    def refresh(self, shape: Shape = _same) -> None:
        """The library's rows; ``shape`` prepares them for their view (on the worker)."""
        self.runner.run(
            settled(lambda lib: shape(lib.catalogue())), self.entries.emit, key="library"
        )

    def refresh_trash(self, shape: Shape = _same) -> None:
        self.runner.run(
            settled(lambda lib: shape(lib.catalogue(trashed=True))), self.trashed.emit, key="trash"
        )

    def search(self, query: str) -> None:
        if not query.strip():
            self.runner.cancel("library-search")
            self.hits.emit(query, [])
            return
        self.runner.run(
            settled(lambda library: library.search(query)),
            lambda found: self.hits.emit(query, found),
            key="library-search",
        )

    def load_people(self, shape: Shape = _same) -> None:
        self.runner.run(
            settled(lambda lib: shape(lib.people())), self.people.emit, key="library-people"
        )

    def load_appearances(self, person: Person) -> None:
        """What each of the person's articles says of them (for the table under the people)."""
        self.runner.run(
            lambda library: library.appearances(person),
            lambda found: self.appearances.emit(person, found),
            key="library-appearances",
        )

    def open_person(self, person: Person) -> None:
        """Open the person's first article at their first mention there."""

        def first(library: Library) -> PersonInArticle | None:
            found = library.appearances(person)
            return found[0] if found else None

        def open_at(appearance: PersonInArticle | None) -> None:
            if appearance is not None:
                self.openRequested.emit(appearance.document_id, appearance.first_at)

        self.runner.run(first, open_at)

    def load_story(self, document_ids: Sequence[int]) -> None:
        ids = list(dict.fromkeys(document_ids))
        self.runner.run(
            settled(lambda library: library.story(ids)),
            lambda events: self.story.emit(ids, events),
            key="library-story",
        )

    def open_hit(self, hit: SearchHit, query: str) -> None:
        """Open the article at the hit (its place in the text is looked for when not known)."""
        if hit.at is not None or hit.place != "text":
            self.openRequested.emit(hit.document_id, hit.at)
            return
        self.runner.run(
            lambda library: library.locate(hit.document_id, query),
            lambda at: self.openRequested.emit(hit.document_id, at),
        )

    # -- changing it --------------------------------------------------------------------------
    def trash(self, document_ids: Sequence[int]) -> None:
        ids = list(document_ids)
        said = self.tr("%n articles moved to the trash", "", len(ids))

        def op(library: Library) -> Changes:
            library.trash(ids)
            return Changes(library=True, message=said)

        self.runner.write(op)

    def restore(self, document_ids: Sequence[int]) -> None:
        ids = list(document_ids)
        said = self.tr("%n articles taken out of the trash", "", len(ids))

        def op(library: Library) -> Changes:
            library.restore(ids)
            return Changes(library=True, message=said)

        self.runner.write(op)

    def empty_trash(self) -> None:
        def op(library: Library) -> Changes:
            gone = library.empty_trash()
            return Changes(library=True, message=_deleted(gone))

        self.runner.write(op)

    # -- many articles at once ----------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.report is not None

    def add_many(self, sources: Sequence[str]) -> None:
        """Add files, folders and addresses: each read, extracted and stored, skipping the
        texts already stored."""
        if self._refuse_second("added"):
            return
        chosen = list(sources)
        self.runner.run(
            lambda library: library.known_texts(),
            lambda known: self._start(chosen, known, expand=True),
            self._failed,
        )

    def reextract(self, document_ids: Sequence[int] | None = None) -> None:
        """Extract stored articles again (all of them when ``None``) with the current
        extractor; each keeps its id and its highlights."""
        if self._refuse_second("extracted again"):
            return
        ids = None if document_ids is None else list(document_ids)
        self.runner.run(
            lambda library: library.stored_articles(ids),
            lambda articles: self._start(articles, frozenset(), expand=False),
            self._failed,
        )

    def cancel_batch(self) -> None:
        self.runner.cancel(BATCH)

    def _refuse_second(self, added: str) -> bool:
        if self.report is not None:
            self.said.emit(self.tr("Articles are being added: wait for them, or cancel."))
            return True
        from core.batch import Report

        self.report = Report.of(0, added)
        self._token = self.runner.token(BATCH)  # a cancel from now on stops it
        self.batchStarted.emit(0)
        return False

    def _start(
        self, items: Sequence[str | Article], known: frozenset[str], *, expand: bool
    ) -> None:
        from core import batch

        token = self._token or self.runner.token(BATCH)
        jobs = self.jobs

        def work() -> int:
            chosen = batch.expand([str(i) for i in items]) if expand else list(items)
            self._counted.emit(len(chosen))
            for outcome in batch.run(chosen, jobs=jobs, known=known, cancel=token, pool=jobs > 1):
                self._outcome.emit(outcome)
            return len(chosen)

        self.runner.background(work, lambda _total: self._extracted(), self._failed)

    def _on_counted(self, total: int) -> None:
        if self.report is not None:
            self.report.total = total
            self.batchStarted.emit(total)

    def _store_outcome(self, outcome: Outcome) -> None:
        self.runner.run(lambda library: library.take(outcome), self._taken, self._not_taken)

    def _taken(self, taken: Taken) -> None:
        report = self.report
        if report is not None:
            report.note(taken)
            self.batchProgressed.emit(report.done, report.total, report.line())

    def _not_taken(self, message: str, _exc: BaseException) -> None:
        from core.batch import Taken

        self._taken(Taken("failed", "?", message=message))

    def _extracted(self) -> None:
        """Every outcome is asked to be stored: once the last is, the batch is over."""

        def over(_library: Library) -> Changes:
            return Changes(library=True)

        self.runner.write(over, lambda _changes: self._finish(), self._failed)

    def _failed(self, message: str, _exc: BaseException) -> None:
        self.said.emit(message)
        self._finish()

    def _finish(self) -> None:
        report, self.report, self._token = self.report, None, None
        if report is None:
            return
        report.cancelled = report.done < report.total
        self.batchFinished.emit(report)
        self.said.emit(report.summary())

    # -- exports ------------------------------------------------------------------------------
    def export_story(self, document_ids: Sequence[int], fmt: str, path: Path) -> None:
        ids = list(document_ids)
        self.runner.run(
            lambda library: library.export_story(ids, fmt),
            lambda export: self._write(
                lambda: _write_one(path, export.text),
                self.tr("written: {path}").format(path=path),
            ),
        )

    def export_selection(self, document_ids: Sequence[int], folder: Path) -> None:
        """Each article's highlights as a Markdown note (with an index note), and all of them
        as one W3C AnnotationCollection, into ``folder``."""
        ids = list(document_ids)

        def files(library: Library) -> list[tuple[str, str]]:
            notes = library.export_selection(ids, "md")
            (collection,) = library.export_selection(ids, "json")
            return [(n.title, n.text) for n in notes] + [
                (collection.title + collection.suffix, collection.text)
            ]

        self.runner.run(
            files,
            lambda made: self._write(
                lambda: _write_all(folder, made),
                self.tr("%n files written in {folder}", "", len(made)).format(folder=folder),
            ),
        )

    def _write(self, call: Callable[[], Any], done: str) -> None:
        self.runner.background(call, lambda _: self.said.emit(done))


def _deleted(count: int) -> str:
    return LibraryOps.tr("%n articles deleted; highlights kept", "", count)  # type: ignore[arg-type]


def _write_one(path: Path, text: str) -> None:
    from core.files import write_atomic

    write_atomic(path, text, overwrite=True)  # the save dialog asked before replacing


def _write_all(folder: Path, files: list[tuple[str, str]]) -> None:
    from core.files import write_many

    write_many(folder, files)
