"""Opening an article: its text at once, then its marks (from the store, or a new extraction).

1. On the pool: read and clean the file (no spaCy, no SQLAlchemy) → ``textReady``.
2. On the pool: ask the store file directly (``core.library.lookup``): an article already stored
   comes back with its marks and highlights → ``extractionReady``.
3. Absent: the language model's process extracts it (waited for on the pool, so the worker stays
   free for the reader's highlights); the worker stores it (``Library.add``) → ``extractionReady``.
   Cannot tell (an upgrade is due, another form of URL): the worker asks the opened store first.

Every step is an op of the key ``"read"``: opening another article makes the older answers stale
(dropped) and cancels its extraction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from core.errors import Cancelled, LiseuseError
from gui.digest import Digest, Prepared, digest
from gui.marks import Utf16Map
from gui.operations.runner import CancelToken, Runner

if TYPE_CHECKING:
    from core.library import Library
    from core.model import Extraction, Lookup
    from core.reading.article import Article

KEY = "read"
WARM_UP_DELAY_MS = 1500  # after the first article's marks: see gui.startup


class Model(Protocol):
    """The language model (``gui.operations.model.ModelProcess``; tests give a fake one)."""

    def start(self) -> None: ...
    def extract(
        self,
        article: Article,
        *,
        progress: Callable[[float, str], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> Extraction: ...
    def stop(self) -> None: ...


def _prepare(source: str) -> Article:
    # ``core.api`` costs neither SQLAlchemy nor spaCy (about a second at first launch)
    from core.api import prepare

    return prepare(source)


def _lookup(db: str | None, article: Article) -> Lookup:
    from core.api import lookup

    return lookup(db, article)


class Reading(QObject):
    textReady = Signal(object)  # Prepared: show the article's text now
    extractionReady = Signal(object)  # Digest: marks, timeline, people (and stored highlights)
    revealRequested = Signal(int)  # a link asked for this character: bring it into view
    carried = Signal(str)  # what became of the highlights of an earlier version of the text
    progressed = Signal(float, str)
    failed = Signal(str, str)  # source, readable message
    cancelled = Signal()
    busyChanged = Signal(bool)

    def __init__(
        self,
        runner: Runner,
        db: str | None,
        model: Model,
        *,
        prepare: Callable[[str], Article] = _prepare,
        lookup: Callable[[str | None, Article], Lookup] = _lookup,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.db = db
        self.model = model
        self._prepare = prepare
        self._lookup = lookup
        self.source = ""
        self._busy = False
        self._reveal: int | None = None
        self._settle_after_first = False
        self._warm_up = False
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(WARM_UP_DELAY_MS)
        self._warm_timer.timeout.connect(self._settle)
        runner.progressed.connect(self._on_progress)

    # -- what slots call ----------------------------------------------------------------------
    def start(self, source: str | None, *, warm_up: bool = True) -> None:
        """At launch: the store's lock, then ``source`` (a stored one answers at once); the
        store is opened and the model loaded once its marks are on screen."""
        self._warm_up = warm_up
        self.runner.claim()
        if source:
            self._settle_after_first = True
            self.open(source)
        else:
            self._settle()

    def open(self, source: str, *, reveal: int | None = None) -> None:
        """Read ``source`` (path or URL); its text, then its extraction, arrive as signals."""
        self.source = source
        self._reveal = reveal
        token = self.runner.token(KEY)  # the previous reading stops
        self._set_busy(True)
        self.progressed.emit(0.0, "Reading…")
        self.runner.background(
            lambda: self._read(source), lambda p: self._on_prepared(p, token), self._fail, key=KEY
        )

    def open_document(self, document_id: int, *, reveal: int | None = None) -> None:
        """A stored document (chosen in the library), read from the store, whether its file is
        still there or not: its text, marks and highlights come together."""
        self.source = f"document {document_id}"
        self._reveal = reveal
        self.runner.token(KEY)  # the previous reading stops
        self._set_busy(True)
        self.progressed.emit(0.0, "Opening from the library…")

        def load(library: Library) -> tuple[Prepared, Digest]:
            stored = library.stored(document_id)
            article = library.article_of(stored.extraction)
            prepared = Prepared(article, Utf16Map(article.text))
            return prepared, digest(stored.extraction, prepared.offsets, stored.highlights)

        self.runner.run(load, self._on_stored, self._fail, key=KEY)

    def _on_stored(self, answer: tuple[Prepared, Digest]) -> None:
        prepared, found = answer
        self.source = prepared.article.source
        self.textReady.emit(prepared)
        self.progressed.emit(1.0, "Opened from the library")
        self._done(found)

    def open_link(self, url: str) -> None:
        """A ``liseuse://open?doc=…&at=…`` link (from an export): its document, at its passage."""
        from core.links import parse_link

        try:
            link = parse_link(url)
        except LiseuseError as exc:
            self.failed.emit(url, str(exc))
            return
        self.runner.run(
            lambda library: library.source_of(link),
            lambda source: self.open(source, reveal=link.at),
            lambda message, _exc: self.failed.emit(url, message),
        )

    def cancel(self) -> None:
        if self._busy:
            self.runner.cancel(KEY)

    def is_busy(self) -> bool:
        return self._busy

    def close(self) -> None:
        """Stop reading: a long extraction is abandoned (nothing of the reader's is in it)."""
        self._warm_timer.stop()
        self.runner.cancel(KEY)
        self.model.stop()

    # -- the steps ----------------------------------------------------------------------------
    def _read(self, source: str) -> Prepared:
        article = self._prepare(source)
        return Prepared(article, Utf16Map(article.text))  # here rather than on the GUI thread

    def _on_prepared(self, prepared: Prepared, token: CancelToken) -> None:
        self.textReady.emit(prepared)
        article = prepared.article

        def stored() -> Digest | Lookup:
            found = self._lookup(self.db, article)
            if found.stored is None:
                return found
            return digest(
                found.stored.extraction,
                prepared.offsets_for(found.stored.extraction.text),
                found.stored.highlights,
            )

        self.runner.background(
            stored, lambda answer: self._on_looked_up(prepared, answer, token), self._fail, key=KEY
        )

    def _on_looked_up(
        self, prepared: Prepared, answer: Digest | Lookup, token: CancelToken
    ) -> None:
        if isinstance(answer, Digest):
            self.progressed.emit(1.0, "Opened from the library")
            self._done(answer)
        elif answer.state == "unknown":  # the store itself must say (upgrade, other URL form)

            def cached(library: Library) -> Digest | None:
                found = library.cached(prepared.article)
                return None if found is None else digest(found, prepared.offsets_for(found.text))

            self.runner.run(cached, lambda d: self._cached(prepared, d, token), self._fail, key=KEY)
        else:  # after the text's first paint (queued behind it): opening the store (importing
            # SQLAlchemy) and starting the model's process meanwhile would hold that paint up
            QTimer.singleShot(0, self, lambda: self._extract(prepared, token))

    def _cached(self, prepared: Prepared, found: Digest | None, token: CancelToken) -> None:
        if found is not None:
            self._done(found)
        else:
            self._extract(prepared, token)

    def _extract(self, prepared: Prepared, token: CancelToken) -> None:
        """The model's process extracts (waited for on the pool); the worker stores. The worker
        opens the store meanwhile, so the extraction is stored as soon as it comes."""
        self.progressed.emit(0.0, "Finding people, places and dates…")
        self.runner.open_now()
        article = prepared.article
        progress = self.runner.progress(KEY, token)

        def extract() -> Extraction:
            if token():
                raise Cancelled("Cancelled.")
            return self.model.extract(article, progress=progress, cancel=token)

        def store(extraction: Extraction) -> None:
            def add(library: Library) -> tuple[Digest, str | None]:
                analysis = library.add(article, extraction)
                shown = analysis.extraction
                return digest(shown, prepared.offsets_for(shown.text)), analysis.report()

            self.runner.run(add, self._added, self._fail, key=KEY)

        self.runner.background(extract, store, self._fail, key=KEY)

    def _added(self, answer: tuple[Digest, str | None]) -> None:
        found, report = answer
        self._done(found)
        if report:
            self.carried.emit(report)

    # -- answers ------------------------------------------------------------------------------
    def _done(self, found: Digest) -> None:
        self._set_busy(False)
        self.extractionReady.emit(found)
        if self._reveal is not None:
            self.revealRequested.emit(self._reveal)
            self._reveal = None
        self._warm_later()

    def _fail(self, message: str, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(self.source, message)
        self._warm_later()

    def _on_progress(self, key: str, fraction: float, message: str) -> None:
        if key == KEY and self._busy:
            self.progressed.emit(fraction, message)

    def _warm_later(self) -> None:
        """Open the store and load the model after the first article, once its marks are on
        screen: importing SQLAlchemy or starting a process holds the interpreter for long
        stretches, which would stall the window's first paints (see gui.startup)."""
        if self._settle_after_first:
            self._settle_after_first = False
            self._warm_timer.start()

    def _settle(self) -> None:
        """The store is opened on the worker, then (once it is open) the model's process starts:
        one after the other, so that they never hold the interpreter together."""
        self.runner.open_now()  # before anything is asked of it
        if self._warm_up:
            self.runner.run(lambda _library: None, self._start_model, _warm_up_failed)

    def _start_model(self, _opened: None) -> None:
        self.runner.background(self.model.start, failure=_warm_up_failed)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)


def _warm_up_failed(message: str, _exc: BaseException) -> None:
    import sys

    print(f"liseuse: could not start the language model yet: {message}", file=sys.stderr)
