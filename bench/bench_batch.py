"""Adding many articles: throughput on one process and on a pool, and peak memory.

Each case runs ``Library.add_many`` (read, extract, store; what ``liseuse add --jobs N`` does) on
the same corpus into a fresh store, in a fresh process. ``--jobs 1`` works in that one process;
``--jobs N`` extracts on N worker processes while the parent stores. Memory: the largest resident
size the parent and its workers reached together (sampled every 0.2 s from /proc), and each
one's own peak. The corpus is cut from the shared novel (``bench/corpus.py``).

    python bench/bench_batch.py [--articles 212] [--jobs 1 2] [--corpus /tmp/liseuse-corpus]
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
        with Library.open(str(Path(scratch) / "bench.sqlite")) as library:
            report = library.add_many(files, jobs=jobs)
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
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.corpus, args.jobs[0], args.articles)
        return
    sys.path.insert(0, str(ROOT))
    from bench.corpus import make

    made = make(Path(args.corpus))
    print(f"corpus: {len(made)} articles in {args.corpus}; load {os.getloadavg()[0]:.1f}")
    results = []
    for jobs in args.jobs:
        out = subprocess.run(
            [sys.executable, __file__, "--child", "--jobs", str(jobs), "--articles",
             str(args.articles), "--corpus", args.corpus],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        result = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(result)
        print(json.dumps(result), f"(load {os.getloadavg()[0]:.1f})", flush=True)
    one = next((r for r in results if r["jobs"] == 1), None)
    if one is None:
        return
    for result in results:
        if result is not one:
            wall = result["per_second"] / one["per_second"]
            # on an idle machine the wall clock follows the processor time spread over the jobs
            idle = result["jobs"] * one["cpu_seconds"] / result["cpu_seconds"]
            print(
                f"jobs={result['jobs']}: {wall:.2f}x one process's throughput here; "
                f"{idle:.2f}x from processor time (an idle {result['jobs']}-core machine)"
            )


if __name__ == "__main__":
    main()
