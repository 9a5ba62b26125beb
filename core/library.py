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

from collections.abc import Callable
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
    Lookup,
    StoredArticle,
)
from core.progress import CancelFn, ProgressFn
from core.reading.article import Article

if TYPE_CHECKING:
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
    """False when the article was asked for in another language or with another date."""
    info = extraction.document
    return info.language == article.language and (not article.dct or info.dct == article.dct)


def claim(db: str | None) -> StoreLock | None:
    """The store's one-window lock, taken now (``StoreInUse`` when another window holds it); None
    for a store in memory or in a folder that is not there (opening it says why). Cheap: no
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
    lock.acquire()
    return lock


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

    def export(self, document_id: int, fmt: str) -> Export:
        """A document's highlights (``md``, ``json``, ``csv``, ``html``), its timeline
        (``timeline-json``, ``timeline-csv``) or the reader's corrections that apply to it
        (``corrections``: its own and the rules) as the text of a file."""
        if fmt == "corrections":
            title = self.extracted(document_id).document.title
            return Export(self.corrections.export(document_id), title, ".corrections.json")
        if fmt.startswith("timeline-"):
            from core.timeline.export import TIMELINE_FORMATS

            extraction = self.document(document_id)
            render, suffix = TIMELINE_FORMATS[fmt]
            return Export(render(extraction), extraction.document.title, suffix)
        from core.annotations.exporting import SUFFIXES

        text, document = self.highlights.export(document_id, fmt)
        return Export(text, document.title, SUFFIXES[fmt])

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

    def export(self, document_id: int, fmt: str) -> tuple[str, DocumentInfo]:
        """The document's highlights as the text of one format (md, json, csv, html)."""
        from core.annotations import exporting
        from core.store import repository

        document = repository.load_extraction(self._store, document_id).document
        return exporting.FORMATS[fmt](document, self.of_document(document_id)), document

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
