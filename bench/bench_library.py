"""The library at scale: a generated store of 10,000 articles, and how fast it answers.

1. seed  — the corpus (``bench/corpus.py``, ~212 chapter-sized pieces of the shared novel)
           extracted for real once, into ``DIR/seed.sqlite``.
2. store — ``--articles`` articles made from the seed's extractions (each a distinct text: a
           line added; a third of its people renamed so the library has many people; dates
           spread over 25 years; a highlight on every tenth), stored through ``Library.add``
           into ``DIR/library-N.sqlite``. Both are kept for the next run.
3. core  — in a fresh process: ``Library.catalogue()`` (the library view's rows), full-text
           searches (``Library.search``), ``Library.people()``, the store's size per article.
4. window — in a fresh process, offscreen: the window on that store; View ▸ Library until its
           rows are painted, a search typed until its passages are shown, People across
           articles until its rows are shown; a 10 ms QTimer probe on the GUI thread reports
           the longest stall meanwhile.

Targets (issue #11): library view ≤ 1 s, search ≤ 200 ms, people view ≤ 1 s, no stall > 100 ms.

    python bench/bench_library.py [--articles 10000] [--dir /tmp/liseuse-bench] [core window]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ("cyrus", "Pencroff ballon", "eleve", "île mystérieuse", "nautilus", "xyzzyq", "Har")


def seed(folder: Path) -> Path:
    from bench.corpus import make
    from core.library import Library

    path = folder / "seed.sqlite"
    if not path.exists():
        files = [str(p) for p in make(folder / "corpus")]
        with Library.open(str(path)) as library:
            report = library.add_many(files, jobs=2)
        print(f"seed: {report.summary()}", flush=True)
    return path


def generate(folder: Path, count: int) -> Path:
    from core.library import Library

    path = folder / f"library-{count}.sqlite"
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    for leftover in folder.glob(partial.name + "*"):
        leftover.unlink()
    with Library.open(str(seed(folder))) as source:
        originals = [source.extracted(e.id) for e in reversed(source.catalogue())]
    chance = random.Random(11)
    started = time.perf_counter()
    with Library.open(str(partial)) as library:
        for number in range(count):
            made = _variant(originals[number % len(originals)], number, chance)
            stored = library.add(_article(made), made).extraction
            if number % 10 == 0 and stored.entities:
                mention = stored.entities[0].mentions[0]
                library.highlights.create(
                    stored.document.id, mention.start, mention.end, note=f"note {number}"
                )
            if number % 500 == 499:
                print(f"  {number + 1} stored ({time.perf_counter() - started:.0f} s)", flush=True)
    partial.rename(path)
    return path


def _variant(extraction, number: int, chance: random.Random):  # type: ignore[no-untyped-def]
    text = f"{extraction.text}\n(exemplaire {number})\n"
    sha = hashlib.sha256(text.encode()).hexdigest()
    regions = (*extraction.regions[:-1], replace(extraction.regions[-1], end=len(text)))
    year = 2000 + chance.randrange(25)
    dct = f"{year}-{chance.randrange(1, 13):02d}-{chance.randrange(1, 29):02d}"
    entities = tuple(
        replace(
            e, name=f"{e.name} {_tag(number)}", aliases=(*e.aliases, f"{e.name} {_tag(number)}")
        )
        if e.kind == "PER" and e.id % 3 == 0
        else e
        for e in extraction.entities
    )
    info = replace(
        extraction.document,
        id=0,
        title=f"{extraction.document.title} ({number})",
        sha256=sha,
        source=f"/bench/articles/{number}.txt",
        dct=dct,
        chars=len(text),
    )
    return replace(extraction, document=info, text=text, regions=regions, entities=entities)


def _tag(number: int) -> str:
    syllables = ("ber", "lan", "mor", "tis", "val", "dre", "gon", "ric", "sau", "pel")
    return (
        syllables[number % 10] + syllables[number // 10 % 10] + syllables[number // 100 % 10]
    ).title()


def _article(extraction):  # type: ignore[no-untyped-def]
    from core.reading.article import Article

    info = extraction.document
    return Article(
        info.source, extraction.text, info.title, extraction.regions, info.language, info.dct,
        info.sha256, info.sha256, "txt",
    )  # fmt: skip


def timed(call, repeat: int = 3) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    """The median wall time of ``call`` (and its answer)."""
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def cpu(call) -> float:  # type: ignore[no-untyped-def]
    """The processor time ``call`` takes in this process: what it costs on an idle machine
    (the wall time on a shared one counts the others' work too)."""
    started = time.process_time()
    call()
    return round(time.process_time() - started, 3)


def core_figures(path: Path) -> dict[str, object]:
    from core.library import Library

    with Library.open(str(path)) as library:
        library.catalogue()  # warm the file cache, as a second opening of the view would be
        catalogue, entries = timed(library.catalogue)
        searches = {}
        for query in QUERIES:
            seconds, hits = timed(lambda q=query: library.search(q))
            searches[query] = (round(seconds * 1000, 1), len(hits))  # type: ignore[arg-type]
        people_s, people = timed(library.people, repeat=2)
        people_cpu = cpu(library.people)
        catalogue_cpu = cpu(library.catalogue)
        search_cpu = max(cpu(lambda q=q: library.search(q)) for q in QUERIES)
    size = path.stat().st_size
    return {
        "articles": len(entries),  # type: ignore[arg-type]
        "catalogue_s": round(catalogue, 3),
        "search_ms_and_hits": searches,
        "search_worst_ms": max(ms for ms, _ in searches.values()),
        "people_s": round(people_s, 3),
        "cpu_s": {"catalogue": catalogue_cpu, "search_worst": search_cpu, "people": people_cpu},
        "people": len(people),  # type: ignore[arg-type]
        "store_mb": round(size / 2**20, 1),
        "store_kb_per_article": round(size / 1024 / max(1, len(entries)), 1),  # type: ignore[arg-type]
    }


def window_figures(path: Path) -> dict[str, object]:
    """The window on the store (a child process): each view until its rows are shown."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from gui.app import build
    from gui.settings import Preferences
    from gui.startup import freeze_startup_objects, prepare_process

    app = QApplication([])
    prepare_process()
    scratch = tempfile.mkdtemp()
    settings = QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
    reader = build(Preferences(settings), str(path))
    reader.window.resize(1440, 900)
    reader.window.show()
    freeze_startup_objects()
    figures: dict[str, object] = {}
    collections: list[float] = []
    gc_started = [0.0]

    def on_gc(what: str, info: dict) -> None:  # type: ignore[type-arg]
        if what == "start":
            gc_started[0] = time.perf_counter()
        elif info["generation"] == 2:
            collections.append(time.perf_counter() - gc_started[0])

    import gc

    gc.callbacks.append(on_gc)
    last = [time.perf_counter()]
    stalls: list[float] = []

    phase = ["start"]
    worst: dict[str, float] = {}

    def tick() -> None:
        now = time.perf_counter()
        stalls.append(now - last[0])
        worst[phase[0]] = max(worst.get(phase[0], 0.0), now - last[0])
        last[0] = now

    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(tick)
    page = reader.window.library

    def wait_for(name: str, ready, then) -> None:  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        phase[0] = name

        def check() -> None:
            if ready():
                reader.window.repaint()  # the rows' first paint, counted
                figures[f"{name}_s"] = round(time.perf_counter() - started, 3)
                QTimer.singleShot(50, then)
            else:
                QTimer.singleShot(5, check)

        check()

    def open_store_first() -> None:
        reader.runner.run(lambda library: None, lambda _: QTimer.singleShot(200, idle))

    def idle() -> None:
        """Two seconds of doing nothing: the stalls the machine's other work causes alone."""
        phase[0] = "nothing (baseline)"
        probe.start()
        last[0] = time.perf_counter()
        QTimer.singleShot(2000, start)

    def start() -> None:
        stalls.clear()
        reader.window.actions_by_name["show_library"].trigger()
        wait_for("library_view", lambda: page.articles.model.rowCount() > 0, search)

    def search() -> None:
        page.articles.search.setText("pencroff")
        wait_for("search_view", lambda: page.articles.hits.rowCount() > 0, people)

    def people() -> None:
        reader.window.actions_by_name["show_people_across"].trigger()
        wait_for("people_view", lambda: page.people.model.rowCount() > 0, done)

    def done() -> None:
        probe.stop()
        figures["longest_stall_ms"] = round(max(stalls[1:] or [0]) * 1000, 1)
        figures["longest_stall_ms_by_view"] = {k: round(v * 1000, 1) for k, v in worst.items()}
        figures["full_collections_ms"] = [round(c * 1000) for c in collections]
        figures["rows"] = page.articles.model.rowCount()
        figures["people_rows"] = page.people.model.rowCount()
        app.quit()

    QTimer.singleShot(300, open_store_first)
    app.exec()
    reader.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("parts", nargs="*", default=["core", "window"])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/liseuse-bench"))
    parser.add_argument("--child", choices=("core", "window"))
    parser.add_argument("--store", type=Path)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.child:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        found = core_figures(args.store) if args.child == "core" else window_figures(args.store)
        print(json.dumps(found, ensure_ascii=False))
        return
    args.dir.mkdir(parents=True, exist_ok=True)
    store = generate(args.dir, args.articles)
    print(f"store: {store} (load {os.getloadavg()[0]:.1f})", flush=True)
    for part in args.parts:
        out = subprocess.run(
            [sys.executable, __file__, "--child", part, "--store", str(store)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        print(part, out.stdout.strip().splitlines()[-1], f"(load {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
