"""Throughput of the temporal tagger on the 1.25 MB novel (target: at least 1 MB/s).

    python bench/bench_temporal.py                  # ../shared/corpus/verne-ile-mysterieuse.txt
    python bench/bench_temporal.py --file BOOK.txt --repeat 5

Times ``tag_dates`` (finding, normalising and anchoring every expression) and ``build_events``
over the whole text, best CPU time of ``--repeat`` runs, with sentences from
``core.reading.sentences`` computed beforehand (not timed: the extractor shares them with the
other steps).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.reading.sentences import split_sentences  # noqa: E402
from core.temporal import tag_dates  # noqa: E402
from core.timeline.events import build_events  # noqa: E402
from eval.scoring import shared_dir  # noqa: E402

_SHARED = shared_dir()
DEFAULT_FILE = (
    _SHARED / "corpus" / "verne-ile-mysterieuse.txt"
    if _SHARED is not None
    else ROOT.parent / "shared" / "corpus" / "verne-ile-mysterieuse.txt"
)
T = TypeVar("T")


def best_of(repeat: int, job: Callable[[], T]) -> tuple[float, T]:
    """The best CPU time of ``repeat`` runs (CPU time: other processes on a busy machine do not
    count against it; the wall time of the best run is printed too)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        result = job()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        if cpu < best:
            best = cpu
            print(f"    run: {cpu:.3f} s CPU, {wall:.3f} s wall", file=sys.stderr)
    assert result is not None
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.file.is_file():
        print(
            f"bench_temporal: {args.file} not found (the ../shared folder beside the repository "
            "is missing); pass --file PATH",
            file=sys.stderr,
        )
        return 2
    text = args.file.read_text(encoding="utf-8").replace("\r\n", "\n")
    megabytes = len(text.encode("utf-8")) / 1e6
    spans = [(0, len(text))]
    sentences = split_sentences(text)
    tag_dates("le 3 mars 2015", lang=args.lang, dct=None, spans=[(0, 14)], sentences=[])  # compile

    tag_s, dates = best_of(
        args.repeat,
        lambda: tag_dates(text, lang=args.lang, dct=None, spans=spans, sentences=sentences),
    )
    event_s, events = best_of(
        args.repeat,
        lambda: build_events(text, dates=dates, entities=[], sentences=sentences, lang=args.lang),
    )
    types = Counter(d.type for d in dates)
    print(f"{args.file.name}: {megabytes:.2f} MB, {len(sentences):,} sentences")
    print(f"  tag_dates    {tag_s:6.3f} s  {megabytes / tag_s:6.2f} MB/s  "
          f"{len(dates):,} expressions {dict(types)}")  # fmt: skip
    print(
        f"  build_events {event_s:6.3f} s  {megabytes / event_s:6.2f} MB/s  {len(events):,} events"
    )
    total = tag_s + event_s
    print(f"  together     {total:6.3f} s  {megabytes / total:6.2f} MB/s  (target ≥ 1 MB/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
