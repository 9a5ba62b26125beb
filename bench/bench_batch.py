"""Adding many articles: throughput on one process and on a pool, and peak memory.

Each case runs ``Library.add_many`` (read, extract, store; what ``liseuse add --jobs N`` does) on
the same corpus into a fresh store, in a fresh process. ``--jobs 1`` works in that one process;
``--jobs N`` extracts on N worker processes while the parent stores. Memory: the largest resident
size the parent and its workers reached together (sampled every 0.2 s from /proc), and each
one's own peak. The corpus is cut from the shared novel (``bench/corpus.py``).

    python bench/bench_batch.py [--articles 212] [--jobs 1 2] [--rounds 2] [--corpus DIR]

The cases run in alternated rounds (1, 2, 1, 2…) and each case's best round is compared: this
machine's speed varies by a fifth from one minute to the next (a shared virtual machine).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as listed:
                found += [int(c) for c in listed.read().split()]
    except OSError:
        pass
    return found


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        children = _children(todo.pop())
        found += children
        todo += children
    return found


def _cpu_ticks(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime
    except (OSError, IndexError, ValueError):
        return 0


class Sampler(threading.Thread):
    """Every 0.2 s: the total resident size of this process and all its descendants (the pool's
    workers are a fork server's children), and each descendant's processor time so far."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_kb = 0
        self.peak_worker_kb = 0
        self.ticks: dict[int, int] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self.stop.wait(0.2):
            others = _descendants(me)
            sizes = [_rss_kb(p) for p in others]
            self.peak_kb = max(self.peak_kb, _rss_kb(me) + sum(sizes))
            self.peak_worker_kb = max([self.peak_worker_kb, *sizes])
            for pid in others:
                self.ticks[pid] = max(self.ticks.get(pid, 0), _cpu_ticks(pid))

    def descendants_cpu(self) -> float:
        return sum(self.ticks.values()) / os.sysconf("SC_CLK_TCK")


def child(corpus: str, jobs: int, articles: int) -> None:
    sys.path.insert(0, str(ROOT))
    from core.library import Library

    files = sorted(str(p) for p in Path(corpus).glob("*.txt"))[:articles]
    with tempfile.TemporaryDirectory() as scratch:
        sampler = Sampler()
        sampler.start()
        cpu_before = os.times()
        started = time.perf_counter()
        first: list[float] = []  # when the first article was stored: the pipeline is loaded

        def progress(_fraction: float, _line: str) -> None:
            if not first:
                first.append(time.perf_counter() - started)

        with Library.open(str(Path(scratch) / "bench.sqlite")) as library:
            report = library.add_many(files, jobs=jobs, progress=progress)
            size = (Path(scratch) / "bench.sqlite").stat().st_size
        seconds = time.perf_counter() - started
        cpu = os.times()
        sampler.stop.set()
        sampler.join()
    print(
        json.dumps(
            {
                "jobs": jobs,
                "articles": report.count("added"),
                "failed": len(report.failures),
                "seconds": round(seconds, 2),
                "per_second": round(report.count("added") / seconds, 3),
                "first_s": round(first[0], 2) if first else None,
                # once the pipeline is loaded: the articles after the first, over their time
                "steady_per_second": round(
                    (report.count("added") - 1) / max(1e-9, seconds - first[0]), 3
                )
                if first
                else None,
                "cpu_seconds": round(
                    (cpu.user - cpu_before.user)
                    + (cpu.system - cpu_before.system)
                    + sampler.descendants_cpu(),
                    1,
                ),
                "peak_total_mb": round(sampler.peak_kb / 1024),
                "peak_parent_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                "peak_worker_mb": round(sampler.peak_worker_kb / 1024),
                "store_bytes_per_article": round(size / max(1, report.count("added"))),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=212)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--corpus", default="/tmp/liseuse-corpus")
    parser.add_argument(
        "--rounds", type=int, default=2, help="alternated rounds; each case's best is compared"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.corpus, args.jobs[0], args.articles)
        return
    sys.path.insert(0, str(ROOT))
    from bench.corpus import make

    made = make(Path(args.corpus))
    print(f"corpus: {len(made)} articles in {args.corpus}; load {os.getloadavg()[0]:.1f}")
    best: dict[int, dict[str, object]] = {}
    for jobs in [j for _ in range(max(1, args.rounds)) for j in args.jobs]:
        out = subprocess.run(
            [sys.executable, __file__, "--child", "--jobs", str(jobs), "--articles",
             str(args.articles), "--corpus", args.corpus],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        result = json.loads(out.stdout.strip().splitlines()[-1])
        if jobs not in best or result["seconds"] < best[jobs]["seconds"]:  # type: ignore[operator]
            best[jobs] = result
        print(json.dumps(result), f"(load {os.getloadavg()[0]:.1f})", flush=True)
    results: list[Any] = list(best.values())
    one = best.get(1)
    if one is None:
        return
    for result in results:
        if result is not one:
            wall = result["per_second"] / one["per_second"]
            # on an idle machine the wall clock follows the processor time spread over the jobs
            idle = result["jobs"] * one["cpu_seconds"] / result["cpu_seconds"]
            steady = (result["steady_per_second"] or 0) / (one["steady_per_second"] or 1)
            print(
                f"jobs={result['jobs']}: {wall:.2f}x one process's throughput here, start "
                f"included; {steady:.2f}x once the pipeline is loaded (after the first article: "
                f"{one['first_s']} s for one process, {result['first_s']} s for the pool); "
                f"{idle:.2f}x from processor time (an idle {result['jobs']}-core machine)"
            )


if __name__ == "__main__":
    main()
