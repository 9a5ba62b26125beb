"""Many articles at once: each read and extracted on every core, the results handed back as
they come, so the caller stores each in its own transaction (what is done stays done).

``extract`` is a pure function of the text, so the work is a plain map over the articles in a
``multiprocessing`` pool. Its workers are forked from a fork server that has loaded the French
pipeline once (``core.batch_preload``): each starts with the model in memory instead of spending
~3 s of processor time loading its own (on 212 articles that overhead had cost a sixth of the
pool's gain); where there is no fork server, ``spawn``. A pipeline is never shared between
threads: each worker process has its copy. ``imap_unordered`` hands out one article at a time,
so a long one does not hold up the rest; cancelling terminates the pool. ``jobs=1`` works in
this process (no pool).
Nothing here touches the store: ``core.library.Library.add_many`` and the window's library
operations store the results.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import LiseuseError
from core.model import Extraction
from core.reading.article import Article

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
# One thread of BLAS and OpenMP per worker: the workers are the parallelism.
_ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")

Item = str | Article  # a path or URL to read, or an article already read (re-extraction)


@dataclass(frozen=True, slots=True)
class Extracted:
    index: int
    source: str
    article: Article
    extraction: Extraction


@dataclass(frozen=True, slots=True)
class AlreadyStored:
    """The same text is in the store already (``sha256``): not extracted again."""

    index: int
    source: str
    title: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Failed:
    index: int
    source: str
    message: str  # one line, for the reader


Outcome = Extracted | AlreadyStored | Failed


def expand(sources: Sequence[str]) -> list[str]:
    """Paths, folders (their article files, recursively, hidden ones left out) and URLs, in the
    order given, each once. A path that is not there stays: reading it says why."""
    found: list[str] = []
    for source in sources:
        path = Path(source).expanduser()
        if "://" not in source and path.is_dir():
            found.extend(str(p) for p in _article_files(path))
        else:
            found.append(source if "://" in source else str(path.resolve()))
    return list(dict.fromkeys(found))


def _article_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in ARTICLE_SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


# -- one article (in a worker, or here when jobs=1) ----------------------------------------------
_known: Collection[str] = frozenset()


def _know(known: Collection[str]) -> None:
    global _known
    _known = known


def _start_worker(known: Collection[str]) -> None:
    """A pool's worker, before it imports spaCy: one BLAS thread, and the texts to skip."""
    for name in _ONE_THREAD:
        os.environ.setdefault(name, "1")
    _know(known)


def _one(task: tuple[int, Item]) -> Outcome:
    index, item = task
    source = item if isinstance(item, str) else item.source
    try:
        article = _read(item)
        if article.sha256 in _known:
            return AlreadyStored(index, source, article.title, article.sha256)
        from core.extractor import extract

        return Extracted(index, source, article, extract(article))
    except LiseuseError as exc:
        return Failed(index, source, one_line(str(exc)))
    except Exception as exc:  # an article that breaks a rule must not stop the others
        return Failed(index, source, one_line(f"{type(exc).__name__}: {exc}"))


def _read(item: Item) -> Article:
    if isinstance(item, Article):
        return item
    from core.reading.article import load_article

    return load_article(item)


def one_line(message: str, limit: int = 300) -> str:
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


# -- many ----------------------------------------------------------------------------------------
def run(
    items: Sequence[Item],
    *,
    jobs: int = 1,
    known: Collection[str] = frozenset(),
    cancel: Callable[[], bool] | None = None,
    pool: bool | None = None,
) -> Iterator[Outcome]:
    """Read and extract every item (``known`` text hashes are not extracted again), yielding
    each outcome as soon as it is ready, in any order. Stops early once ``cancel()`` is true
    (the outcomes already yielded are the work done). ``pool``: worker processes even for one
    job (the window never runs spaCy in its own process); by default only for several."""
    stop = cancel or (lambda: False)
    tasks = list(enumerate(items))
    if not tasks:
        return
    if not (jobs > 1 if pool is None else pool):
        _know(known)
        try:
            for task in tasks:
                if stop():
                    return
                yield _one(task)
        finally:
            _know(frozenset())
        return
    yield from _pooled(tasks, max(1, min(jobs, len(tasks))), known, stop)


def _context() -> Any:
    """A fork server that has loaded the model (``core.batch_preload``) where there is one
    (Linux, macOS): its workers start with the model in memory. Else ``spawn``, each worker
    loading its own. Never a plain ``fork`` of the caller, which may run threads (the window)."""
    import multiprocessing
    import sys

    frozen = getattr(sys, "frozen", False)  # a bundle re-runs its own launcher: keep to spawn
    if not frozen and "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["core.batch_preload"])
        return context
    return multiprocessing.get_context("spawn")


def _pooled(
    tasks: list[tuple[int, Item]], jobs: int, known: Collection[str], stop: Callable[[], bool]
) -> Iterator[Outcome]:
    import multiprocessing

    pool: Any = _context().Pool(jobs, initializer=_start_worker, initargs=(frozenset(known),))
    try:
        results = pool.imap_unordered(_one, tasks, chunksize=1)
        for _ in tasks:
            while True:
                if stop():
                    return
                try:
                    outcome: Outcome = results.next(timeout=0.1)
                except multiprocessing.TimeoutError:
                    continue
                break
            yield outcome
        pool.close()
    finally:
        pool.terminate()  # a cancel (or a caller that stopped asking) ends the workers now
        pool.join()


# -- what became of each -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Taken:
    """What storing one outcome did: ``added`` (or extracted again), ``skipped`` (the same text
    was stored), ``restored`` (it was in the trash), ``failed`` (``message`` says why)."""

    state: str
    source: str
    title: str = ""
    document_id: int | None = None
    message: str = ""


@dataclass(slots=True)
class Report:
    """The tally of a batch, kept as outcomes are stored; ``line`` for a progress bar."""

    total: int
    taken: list[Taken]
    cancelled: bool = False
    added: str = "added"  # what "added" is called: "extracted again" for a re-extraction

    @classmethod
    def of(cls, total: int, added: str = "added") -> Report:
        return cls(total, [], added=added)

    def note(self, taken: Taken) -> None:
        self.taken.append(taken)

    @property
    def done(self) -> int:
        return len(self.taken)

    def count(self, state: str) -> int:
        return sum(1 for t in self.taken if t.state == state)

    @property
    def failures(self) -> list[Taken]:
        return [t for t in self.taken if t.state == "failed"]

    def line(self) -> str:
        """'12 of 200 — title' (the title of the latest)."""
        last = self.taken[-1] if self.taken else None
        title = (last.title or Path(last.source).name or last.source) if last else ""
        return f"{self.done} of {self.total}" + (f" — {title}" if title else "")

    def failure_lines(self) -> list[str]:
        """One line per failure: what failed and why (the reason names the file when it can)."""
        return [
            f"failed: {t.message}" if t.source in t.message else f"failed: {t.source}: {t.message}"
            for t in self.failures
        ]

    def summary(self) -> str:
        parts = [f"{self.count('added')} {self.added}"]
        for state, words in (("restored", "taken out of the trash"), ("skipped", "already there")):
            if self.count(state):
                parts.append(f"{self.count(state)} {words}")
        parts.append(f"{len(self.failures)} failed")
        tail = f"; cancelled after {self.done} of {self.total}" if self.cancelled else ""
        return ", ".join(parts) + tail
