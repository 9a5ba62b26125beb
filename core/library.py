"""The one door into the store: ``Library``, an open store and everything a caller may do with it.

The command line and the window both go through here (as Anki's ``Collection``)::

    found = lookup(db, article)              # no SQLAlchemy: found / absent / cannot tell
    with Library.open(db) as library:        # lock (``exclusive``), recovery, upgrades
        extraction = library.cached(article) or library.analyse(article).extraction
        library.highlights.create(extraction.document.id, 0, 12, color="red")

Opening takes the one-window lock when asked (``exclusive``), recovers a damaged file from its
newest good backup (``recovered`` says what was done), and upgrades an older schema. Every
change is committed when its call returns. Importing this module costs neither SQLAlchemy nor
spaCy: the store is opened, and the extractor loaded, only when first needed.
"""

from __future__ import annotations

import errno
import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self

from core import EXTRACTOR_VERSION
from core.errors import CorruptDatabase, NotFound
from core.model import (
    Annotation,
    Correction,
    CorrectionAction,
    DocumentHighlights,
    DocumentInfo,
    Extraction,
    LibraryEntry,
    Lookup,
    Person,
    PersonInArticle,
    SearchHit,
    StoredArticle,
    StoryEvent,
)
from core.progress import CancelFn, ProgressFn
from core.reading.article import Article

if TYPE_CHECKING:
    from core.batch import Outcome, Taken
    from core.batch import Report as BatchReport
    from core.links import Link
    from core.store.db import Store
    from core.store.importing import ImportReport
    from core.store.lock import StoreLock
    from core.store.reanchor import ReanchorReport

    Claim = StoreLock  # the one-window lock ``claim`` takes, for ``Library.open(lock=…)``


class Extract(Protocol):
    """Turns an article into an extraction (local ids); ``core.extractor.extract`` in-process,
    or the window's model process."""

    def __call__(
        self, article: Article, *, progress: ProgressFn | None, cancel: CancelFn | None
    ) -> Extraction: ...


@dataclass(frozen=True, slots=True)
class Analysis:
    """A new extraction, stored, and what became of the highlights of earlier versions."""

    extraction: Extraction
    carried: ReanchorReport

    def report(self) -> str | None:
        """One line for the reader when highlights were carried over or given back, else None."""
        carried = self.carried
        parts = []
        if carried.total:
            parts.append(
                f"the text changed; {carried.total} highlights carried over ({carried.exact} "
                f"exact, {carried.approximate} approximate, {len(carried.unanchored)} unanchored)"
            )
        if carried.reattached:
            parts.append(f"{carried.reattached} highlights of a deleted copy given back")
        return "; ".join(parts) or None


@dataclass(frozen=True, slots=True)
class Imported:
    """What ``Library.import_file`` added: highlights, or corrections ``(added, already there,
    reasons left out)``."""

    highlights: ImportReport | None = None
    corrections: tuple[int, int, list[str]] | None = None


@dataclass(frozen=True, slots=True)
class Export:
    text: str
    title: str  # the document's, to name the file
    suffix: str  # ".md", ".timeline.json"…


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic collector off meanwhile (it would walk every new object several times:
    a third of the people's time on 10,000 articles); on again after, as it was."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def lookup(db: str | None, article: Article) -> Lookup:
    """What the store holds for ``article``, read without SQLAlchemy (``core.store.quick``):
    ``found`` (with the highlights), ``absent`` (extract it) or ``unknown`` (the store needs
    more than reading — no file yet is ``absent``; an upgrade, a damaged or locked file, another
    form of URL is ``unknown``: ``Library.open`` then gives the answer)."""
    from core.store.files import resolve_url
    from core.store.quick import lookup as quick_lookup

    found = quick_lookup(resolve_url(db), article.raw_sha256, EXTRACTOR_VERSION)
    if found.stored is not None and not _answers(found.stored.extraction, article):
        return Lookup("absent")  # stored, but asked for in another language or with another date
    return found


def _answers(extraction: Extraction, article: Article) -> bool:
    """False when the article was asked for in another language or with another date. A
    language or date the article only says of itself does not count: the stored reading may be
    in the language the reader chose, or dated by the reader (a correction)."""
    info = extraction.document
    same_language = info.language == article.language or not article.language_given
    return same_language and (not article.dct_given or info.dct == article.dct)


_CANNOT_WRITE = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})  # a lock file's answers


def claim(db: str | None) -> StoreLock | None:
    """The store's one-window lock, taken now (``StoreInUse`` when another window holds it); None
    for a store in memory, in a folder that is not there (opening it says why) or on media that
    cannot be written (it opens read-only: no write to guard). Cheap: no
    SQLAlchemy for a plain file URL, so the window takes it before its first article."""
    from core.store.files import plain_sqlite_file, resolve_url
    from core.store.lock import StoreLock

    url = resolve_url(db)
    path = plain_sqlite_file(url)
    if path is None:
        from core.store.db import db_path  # another form of URL: SQLAlchemy parses it

        path = db_path(url)
    if path is None or not path.parent.is_dir():
        return None
    lock = StoreLock(path)
    try:
        lock.acquire()
    except OSError as exc:
        if exc.errno in _CANNOT_WRITE:  # read-only media: nothing can be written, so nothing to
            return None  # guard; the store opens read-only and says so
        raise
    return lock


_NAMED_ARTICLES = 1000  # at most, by id in one query


class Library:
    """An open store. Not thread-safe: one thread uses it (the window's worker)."""

    def __init__(
        self,
        store: Store,
        *,
        lock: StoreLock | None = None,
        recovered: str | None = None,
        extract: Extract | None = None,
    ) -> None:
        self._store = store
        self._lock = lock
        self._extract = extract
        self.recovered = recovered  # what recovery did when the store was damaged, else None
        self.highlights = Highlights(store)
        self.corrections = Corrections(store)

    @classmethod
    def open(
        cls,
        db: str | None = None,
        *,
        exclusive: bool = False,
        lock: StoreLock | None = None,
        extract: Extract | None = None,
    ) -> Library:
        """Open the store ``db`` names (``--db``, ``$LISEUSE_DB``, else the data folder).

        ``exclusive`` takes the one-window lock first (unless ``lock`` is one already taken with
        ``claim``). A file SQLite reports damaged is kept aside as ``.damaged-…`` and the newest
        good backup restored: ``recovered`` says so. ``extract`` replaces the in-process
        extractor (the window runs the language model in a process of its own)."""
        from core.store.db import open_store

        if lock is None and exclusive:
            lock = claim(db)
        try:
            try:
                return cls(open_store(db), lock=lock, extract=extract)
            except CorruptDatabase:
                from core.store.backup import recover

                result = recover(db)
                return cls(open_store(db), lock=lock, recovered=result.message, extract=extract)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @property
    def read_only(self) -> str | None:
        """Why the store cannot be written (read-only media, ``?mode=ro``…), or None."""
        return self._store.read_only

    def close(self) -> None:
        self._store.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def url(self) -> str:
        return self._store.url

    # -- documents ----------------------------------------------------------------------------
    def cached(self, article: Article) -> Extraction | None:
        """The stored extraction of these exact bytes by this extractor version, if any."""
        from core.store import repository

        document_id = repository.find_cached(self._store, article.raw_sha256, EXTRACTOR_VERSION)
        if document_id is None:
            return None
        extraction = self.document(document_id)
        return extraction if _answers(extraction, article) else None

    def analyse(
        self,
        article: Article,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> Analysis:
        """Extract (spaCy + temporal tagger + timeline) and store in one transaction; then the
        highlights of a deleted copy of this text come back, and those of earlier versions of
        the same source are carried over (those that cannot be placed are kept, unanchored)."""
        extraction = self._extractor()(article, progress=progress, cancel=cancel)
        if progress is not None:
            progress(1.0, "Saving…")
        return self.add(article, extraction)

    def _extractor(self) -> Extract:
        if self._extract is not None:
            return self._extract
        from core import extractor  # spaCy, on first use

        return extractor.extract

    def add(self, article: Article, extraction: Extraction) -> Analysis:
        """Store an extraction of ``article`` made elsewhere (the window's model process), in
        one transaction, and carry the highlights of earlier versions over, as ``analyse``."""
        from core.corrections.apply import apply
        from core.store import corrections, repository
        from core.store.reanchor import after_open

        stored = repository.store_extraction(
            self._store,
            extraction,
            raw_sha256=article.raw_sha256,
            extractor_version=EXTRACTOR_VERSION,
        )
        document_id = stored.document.id
        carried = after_open(self._store, document_id)
        corrections.follow_document(self._store, document_id)
        return Analysis(apply(stored, corrections.of_document(self._store, document_id)), carried)

    def open_article(
        self,
        article: Article,
        *,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> tuple[Extraction, Analysis | None]:
        """The stored extraction of ``article``, else a new one (with its analysis)."""
        found = self.cached(article)
        if found is not None:
            return found, None
        analysis = self.analyse(article, progress=progress, cancel=cancel)
        return analysis.extraction, analysis

    def document(self, document_id: int) -> Extraction:
        """A stored document's extraction, with the reader's corrections applied."""
        from core.corrections.apply import apply

        return apply(self.extracted(document_id), self.corrections.of_document(document_id))

    def extracted(self, document_id: int) -> Extraction:
        """The extractor's own output for a document, without the reader's corrections."""
        from core.store import repository

        return repository.load_extraction(self._store, document_id)

    def stored(self, document_id: int) -> StoredArticle:
        """A document with its highlights and the tags in use."""
        extraction = self.document(document_id)
        found = self.highlights.of(document_id)
        return StoredArticle(extraction, found.annotations, found.tags)

    def documents(self) -> list[DocumentInfo]:
        from core.store import repository

        return repository.list_documents(self._store)

    def has_document(self, document_id: int) -> bool:
        from core.store import repository

        return repository.load_source(self._store, document_id) is not None

    def source_of(self, link: Link) -> str:
        """Where the linked document was read from (a path or URL)."""
        from core.store import repository

        source = repository.load_source(self._store, link.document_id)
        if source is None:
            raise NotFound(f"the store has no document {link.document_id} (from {link.url()})")
        return source

    def export(self, document_id: int, fmt: str, *, language: str = "en") -> Export:
        """A document's highlights (``md``, ``json``, ``csv``, ``html``), its timeline
        (``timeline-json``, ``timeline-csv``) or the reader's corrections that apply to it
        (``corrections``: its own and the rules) as the text of a file; the Markdown and HTML
        exports' words for people in ``language`` ("en", "fr")."""
        if fmt == "corrections":
            title = self.extracted(document_id).document.title
            return Export(self.corrections.export(document_id), title, ".corrections.json")
        if fmt.startswith("timeline-"):
            from core.timeline.export import TIMELINE_FORMATS

            extraction = self.document(document_id)
            render, suffix = TIMELINE_FORMATS[fmt]
            return Export(render(extraction), extraction.document.title, suffix)
        from core.annotations import exporting

        extraction = self.document(document_id)  # corrected: the people as the reader fixed them
        document, annotations = extraction.document, self.highlights.of_document(document_id)
        if fmt == "md":
            people = [e.name for e in extraction.entities if e.kind == "PER"]
            text = exporting.to_markdown(document, annotations, people=people, language=language)
        elif fmt == "html":
            text = exporting.to_html(document, annotations, language=language)
        else:
            text = exporting.FORMATS[fmt](document, annotations)
        return Export(text, document.title, exporting.SUFFIXES[fmt])

    # -- the library: many articles ------------------------------------------------------------
    def catalogue(self, *, trashed: bool = False) -> list[LibraryEntry]:
        """Every stored article (newest first) with its counts, or those in the trash."""
        from core.store import catalogue

        return catalogue.entries(self._store, trashed=trashed)

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        """Articles whose title or text holds every word of ``query``, best first, then the
        highlights that do (accents and case ignored; any string is safe; the trash left out);
        ``limit`` of each (a snippet costs ~0.7 ms: 50 keep a search of 10,000 articles quick)."""
        from core.store import fulltext

        return fulltext.search(self._store, query, limit=limit)

    def locate(self, document_id: int, query: str) -> int | None:
        """Where in the document the words of ``query`` first are (to open it there)."""
        from core.store import fulltext

        return fulltext.first_hit(self.document(document_id).text, query)

    def trash(self, document_ids: Iterable[int]) -> list[int]:
        """Move documents to the trash: hidden, kept whole with their highlights."""
        from core.store import catalogue

        return catalogue.trash(self._store, document_ids)

    def restore(self, document_ids: Iterable[int]) -> list[int]:
        from core.store import catalogue

        return catalogue.restore(self._store, document_ids)

    def empty_trash(self) -> int:
        """Delete the documents in the trash for good (after a verified backup); their
        highlights stay in the store and come back with the same text. How many went."""
        from core.store import catalogue

        return catalogue.empty_trash(self._store)

    def known_texts(self) -> frozenset[str]:
        """The hashes of every stored text (those in the trash too)."""
        from core.store import catalogue

        return frozenset(catalogue.known_texts(self._store))

    def add_many(
        self,
        sources: Sequence[str],
        *,
        jobs: int = 1,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> BatchReport:
        """Read, extract and store many articles (paths, folders, URLs) on ``jobs`` processes;
        each is stored as it comes, so a cancel keeps what is done. A text already stored is
        skipped (taken out of the trash if it was there); a failure is one line of the report."""
        from core import batch

        items = batch.expand(sources)
        return self._batch(items, jobs, self.known_texts(), progress, cancel)

    def reextract(
        self,
        document_ids: Sequence[int] | None = None,
        *,
        jobs: int = 1,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> BatchReport:
        """Extract stored articles again (all of them outside the trash by default) from their
        stored text with the current extractor; each keeps its id and its highlights."""
        items = self.stored_articles(document_ids)
        return self._batch(items, jobs, frozenset(), progress, cancel, "extracted again")

    def _batch(
        self,
        items: Sequence[str | Article],
        jobs: int,
        known: frozenset[str],
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        added: str = "added",
    ) -> BatchReport:
        from core import batch

        report = batch.Report.of(len(items), added)
        for outcome in batch.run(items, jobs=jobs, known=known, cancel=cancel):
            report.note(self.take(outcome))
            if progress is not None:
                progress(report.done / max(1, report.total), report.line())
        report.cancelled = report.done < report.total
        return report

    def take(self, outcome: Outcome) -> Taken:
        """Store one outcome of ``core.batch.run`` (one transaction) and say what it did."""
        from core.batch import AlreadyStored, Extracted, Taken
        from core.store import catalogue, repository

        if isinstance(outcome, Extracted):
            stored = self.add(outcome.article, outcome.extraction).extraction.document
            return Taken("added", outcome.source, stored.title, stored.id)
        if isinstance(outcome, AlreadyStored):
            document_id = repository.find_by_text_hash(self._store, outcome.sha256)
            if document_id is not None and catalogue.is_trashed(self._store, document_id):
                self.restore([document_id])
                return Taken("restored", outcome.source, outcome.title, document_id)
            return Taken("skipped", outcome.source, outcome.title, document_id)
        return Taken("failed", outcome.source, message=outcome.message)

    def stored_article(self, document_id: int) -> Article:
        """A stored document as an article, to extract its stored text again."""
        return self.article_of(self.extracted(document_id))

    def stored_articles(self, document_ids: Sequence[int] | None = None) -> list[Article]:
        """Stored documents as articles (all of them outside the trash by default)."""
        from core.store import catalogue

        ids = catalogue.live_ids(self._store) if document_ids is None else list(document_ids)
        return [self.stored_article(i) for i in ids]

    def article_of(self, extraction: Extraction) -> Article:
        """The article a stored extraction was made from (its stored text and regions)."""
        from core.store import catalogue

        info = extraction.document
        return Article(
            source=info.source,
            text=extraction.text,
            title=info.title,
            regions=extraction.regions,
            language=info.language,
            dct=info.dct,
            raw_sha256=catalogue.raw_sha256(self._store, info.id),
            sha256=info.sha256,
            format="txt",
        )

    def people(self, document_ids: Sequence[int] | None = None) -> list[Person]:
        """The people of the whole library (outside the trash), or of ``document_ids``, merged
        across articles by name and aliases; most mentioned first. Each person's appearances,
        article by article, are read by ``appearances``."""
        from core.names.people import appearances, merge_names, name_groups
        from core.store import catalogue

        with _collector_paused():  # thousands of rows, none of them garbage
            corrected = catalogue.corrected_documents(self._store, document_ids)
            found = catalogue.people_names(self._store, document_ids, excluded=corrected)
            groups, facts = found.groups, found.facts
            if corrected:  # read through the reader's corrections (few articles have any)
                read = [a for i in sorted(corrected) for a in appearances(self.document(i))]
                more_groups, more_facts = name_groups(read)
                groups, facts = groups + more_groups, facts + more_facts
            return merge_names(groups, facts, found.dates)

    def appearances(self, person: Person) -> tuple[PersonInArticle, ...]:
        """What each of a person's articles says of them (mentions, first mention, age,
        roles), one article after another in the order of their dates."""
        from core.names.people import appearances, appearances_of
        from core.store import catalogue

        names = {name for name, _ in person.names}
        articles = set(person.articles)
        # the articles named in the query, unless thousands (databases cap bound parameters):
        # then the names alone choose the rows, and appearances_of keeps the person's articles
        among = person.articles if len(articles) <= _NAMED_ARTICLES else None
        corrected = catalogue.corrected_documents(self._store, among) & articles
        found = catalogue.people_rows(self._store, among, names=names, excluded=corrected)
        found += [a for i in sorted(corrected) for a in appearances(self.document(i))]
        return appearances_of(person, found)

    def person(self, name: str) -> Person:
        """The person of the library called ``name`` (a name or an alias, accents and case
        aside); ``NotFound`` when nobody is, or when several people are (it names them)."""
        from core.names.keys import normalise

        key = normalise(name)
        found = [
            p
            for p in self.people()
            if key in {normalise(n) for n in (p.name, *p.aliases)} or key == p.key
        ]
        exact = [p for p in found if normalise(p.name) == key]
        if len(exact) == 1 or len(found) == 1:
            return (exact or found)[0]
        if not found:
            raise NotFound(f"nobody called {name!r} in the library")
        names = ", ".join(sorted(p.name for p in found))
        raise NotFound(f"several people are called {name!r}: {names}; give the full name")

    def story(self, document_ids: Sequence[int]) -> list[StoryEvent]:
        """The story's timeline over these articles: every event in date order, the same event
        told by several articles one row with several sources."""
        from core.timeline.story import story

        return story([self.document(i) for i in dict.fromkeys(document_ids)])

    def export_story(self, document_ids: Sequence[int], fmt: str) -> Export:
        """The story's timeline as TimelineJS JSON (``timeline-json``) or CSV (``timeline-csv``)."""
        from collections import Counter

        from core.timeline.export import STORY_FORMATS

        render, suffix = STORY_FORMATS[fmt]
        documents = [self.document(i).document for i in dict.fromkeys(document_ids)]
        language = (
            Counter(d.language for d in documents).most_common(1)[0][0] if documents else "fr"
        )
        title = (
            documents[0].title if len(documents) == 1 else f"The story in {len(documents)} articles"
        )
        return Export(render(self.story(document_ids), title, language), title, suffix)

    def export_selection(self, document_ids: Sequence[int], fmt: str) -> list[Export]:
        """The highlights of several articles: ``md`` gives one Markdown file per article and an
        index note linking them (Obsidian-style); ``json`` one W3C AnnotationCollection."""
        from core.annotations import exporting

        extractions = [self.document(i) for i in dict.fromkeys(document_ids)]  # corrected
        chosen = [(x.document, self.highlights.of_document(x.document.id)) for x in extractions]
        if fmt == "json":
            return [Export(exporting.many_to_json_text(chosen), exporting.MANY_TITLE, ".json")]
        people = {
            x.document.id: [e.name for e in x.entities if e.kind == "PER"] for x in extractions
        }
        notes = exporting.many_to_markdown(chosen, people=people)
        return [Export(text, name, "") for name, text in notes]

    def import_file(self, path: Path, *, document_id: int | None = None) -> Imported:
        """Highlights (W3C Web Annotation, Hypothesis) or corrections (``export --format
        corrections``) from a file, merged: nothing already here is replaced."""
        from core.store.importing import read_file

        data = read_file(path)
        if isinstance(data, dict) and data.get("liseuse") == "corrections":
            return Imported(corrections=self.corrections.import_data(data, document_id=document_id))
        return Imported(highlights=self.highlights.import_data(data, document_id=document_id))

    # -- safety -------------------------------------------------------------------------------
    def backup(self) -> Path | None:
        """The periodic verified backup: made when the store changed since the newest one and
        that one is old enough; the new backup, or None."""
        from core.store.backup import maybe_backup

        return maybe_backup(self._store)


class Highlights:
    """The reader's highlights in one open store, named by uuid (stable across undo and
    restore, unlike row ids). Every change has committed when its call returns."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _id(self, uuid: str) -> int:
        from core.store import annotations

        found = annotations.find_id(self._store, uuid)
        if found is None:
            raise NotFound("this highlight is no longer in the store")
        return found

    def create(
        self,
        document_id: int,
        start: int,
        end: int,
        *,
        color: str | None = None,
        note: str = "",
        tags: tuple[str, ...] | list[str] = (),
    ) -> Annotation:
        from core.annotations.colors import DEFAULT_COLOR
        from core.store import annotations

        return annotations.create(
            self._store, document_id, start, end, color=color or DEFAULT_COLOR, note=note, tags=tags
        )

    def create_at_quote(
        self, document_id: int, quote: str, occurrence: int = 1, **values: Any
    ) -> Annotation:
        """Highlight the ``occurrence``-th exact occurrence of ``quote`` in the document."""
        from core.store import annotations

        text = self._document_text(document_id)
        start, end = annotations.find_quote(text, quote, occurrence)
        return self.create(document_id, start, end, **values)

    def _document_text(self, document_id: int) -> str:
        from core.store import repository

        return repository.load_extraction(self._store, document_id).text

    def update(
        self,
        uuid: str,
        *,
        color: str | None = None,
        note: str | None = None,
        tags: tuple[str, ...] | list[str] | None = None,
    ) -> Annotation:
        """Recolour, edit the note, or replace the tags; what is None stays."""
        from core.store import annotations

        return annotations.update(self._store, self._id(uuid), color=color, note=note, tags=tags)

    def delete(self, uuid: str) -> Annotation:
        """Delete one highlight; returned whole, so that ``restore`` can undo it."""
        from core.store import annotations

        return annotations.delete(self._store, self._id(uuid))

    def restore(self, annotation: Annotation) -> Annotation:
        """Put a deleted highlight back as it was (same uuid, dates, tags, anchor)."""
        from core.store import annotations

        return annotations.restore(self._store, annotation)

    def of_document(
        self, document_id: int, *, colors: tuple[str, ...] = (), tags: tuple[str, ...] = ()
    ) -> list[Annotation]:
        """A document's highlights in reading order (unanchored ones last)."""
        from core.store import annotations

        return annotations.list_annotations(self._store, document_id, colors=colors, tags=tags)

    def of(self, document_id: int) -> DocumentHighlights:
        """A document's highlights with the tags in use anywhere (for completion)."""
        return DocumentHighlights(document_id, tuple(self.of_document(document_id)), self.tags())

    def tags(self, prefix: str = "") -> tuple[str, ...]:
        """Tags in use, most used first (case-insensitive ``prefix``)."""
        from core.store import annotations

        return tuple(t.name for t in annotations.list_tags(self._store, prefix))

    def search(self, query: str, *, document_id: int | None = None) -> list[Annotation]:
        """Highlights whose quote, note or tags hold every word of ``query`` (any string is
        safe; accents and case ignored)."""
        from core.store.search import search

        return search(self._store, query, document_id=document_id)

    def import_file(self, path: Path, *, document_id: int | None = None) -> ImportReport:
        """Add the highlights of a W3C or Hypothesis file (merged, never replacing; the store
        is backed up first)."""
        from core.store.importing import read_file

        return self.import_data(read_file(path), document_id=document_id)

    def import_data(self, data: Any, *, document_id: int | None = None) -> ImportReport:
        """The same, from parsed JSON."""
        from core.store.importing import import_data

        return import_data(self._store, data, document_id=document_id)


def extraction_of(
    db: str | None,
    article: Article,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    tell: Callable[[str], None] | None = None,
) -> tuple[Extraction, Analysis | None]:
    """``article``'s extraction: from the store when it is there (read without SQLAlchemy when it
    can be), else extracted and stored (with its analysis). ``tell`` hears what the reader
    should know: a recovered store, highlights carried over."""
    found = lookup(db, article)
    if found.stored is not None:
        return found.stored.extraction, None
    with Library.open(db) as library:
        if library.recovered and tell is not None:
            tell(library.recovered)
        if found.state == "unknown":
            cached = library.cached(article)
            if cached is not None:
                return cached, None
        analysis = library.analyse(article, progress=progress, cancel=cancel)
    report = analysis.report()
    if report and tell is not None:
        tell(report)
    return analysis.extraction, analysis


class Corrections:
    """The reader's corrections of the extractor in one open store (``core.corrections``):
    each is one committed write, named by uuid, and applies to every later read."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        action: CorrectionAction,
        subject: str,
        *,
        document_id: int | None,
        span: tuple[int, int] | None = None,
        anchor_span: tuple[int, int] | None = None,
        **payload: Any,
    ) -> Correction:
        """Correct ``subject`` (a name's form, or a date's quote at ``span``) in one article, or
        in every article with ``document_id`` None (a kind or "not a name" only)."""
        from core.store import corrections

        return corrections.add(
            self._store,
            action,
            subject,
            document_id=document_id,
            span=span,
            anchor_span=anchor_span,
            payload=payload,
        )

    def remove(self, uuid: str) -> Correction:
        """Take a correction back; returned whole, so that ``restore`` can undo it."""
        from core.store import corrections

        return corrections.remove(self._store, uuid)

    def restore(self, correction: Correction) -> Correction:
        from core.store import corrections

        return corrections.restore(self._store, correction)

    def of_document(self, document_id: int) -> list[Correction]:
        """Those that apply to a document: its own, and the rules for every article."""
        from core.store import corrections

        return corrections.of_document(self._store, document_id)

    def listed(self, document_id: int | None = None) -> list[Correction]:
        """Every correction, or those that apply to one document."""
        from core.store import corrections

        return corrections.listed(self._store, document_id=document_id)

    def export(self, document_id: int | None = None) -> str:
        """JSON that ``import_file`` (in this store or another) reads back."""
        import json

        items = [c.to_json() for c in self.listed(document_id)]
        return json.dumps({"liseuse": "corrections", "corrections": items}, indent=1) + "\n"

    def import_data(
        self, data: Any, *, document_id: int | None = None
    ) -> tuple[int, int, list[str]]:
        """Corrections exported by ``export`` (parsed JSON): ``(added, already there, reasons
        left out)``, in one transaction."""
        from core.errors import ReadError
        from core.store import corrections

        items = data.get("corrections") if isinstance(data, dict) else None
        if not isinstance(items, list):
            raise ReadError("the file holds no Liseuse corrections")
        return corrections.import_items(self._store, items, document_id=document_id)
