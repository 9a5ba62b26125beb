"""Time the reading of articles: ``python bench/bench_reading.py [--repeat N]``.

Prints, in milliseconds:
- the import of ``core.reading.article`` in a fresh interpreter (the CLI pays it for every command);
- ``load_article`` on the seed article and on the 1.25 MB novel of ../shared/corpus (the window
  shows the text at once, so this must stay well under 0.5 s);
- the cleanup (regions) on texts of growing size with a copied second half, to show that the
  duplicate detection grows linearly.
The novel lives outside the repository, in ../shared; without it that line says so and the rest
runs on the seed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.reading.article import load_article  # noqa: E402
from core.reading.cleanup import clean  # noqa: E402

SEED = ROOT / "seeds" / "musk-altman-fr.txt"
NOVEL = ROOT.parent / "shared" / "corpus" / "verne-ile-mysterieuse.txt"


def timed(action: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """Best and median wall time, and best CPU time, of ``repeat`` runs, in milliseconds.

    The CPU time is the steadier figure on a busy machine; the wall time is what a user waits.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return min(walls), statistics.median(walls), min(cpus)


def import_time(repeat: int) -> tuple[float, ...]:
    """``import core.reading.article`` in fresh interpreters, with byte-code caches as a user has
    them (a first, unmeasured run writes them if $PYTHONDONTWRITEBYTECODE had kept them away)."""
    code = (
        "import sys, time; t, c = time.perf_counter(), time.process_time(); "
        "import core.reading.article; "
        "print((time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000, "
        "'trafilatura' in sys.modules)"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-c", code]
    walls, cpus = [], []
    for _ in range(repeat + 1):
        out = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        wall, cpu, trafilatura = out.stdout.split()
        assert trafilatura == "False", "core.reading.article imported trafilatura"
        walls.append(float(wall))
        cpus.append(float(cpu))
    return min(walls[1:]), statistics.median(walls[1:]), min(cpus[1:])


def report(label: str, figures: tuple[float, ...], extra: str = "") -> None:
    best, median, *cpu = figures
    cpu_text = f"cpu {cpu[0]:7.1f} ms" if cpu else " " * 14
    print(f"{label:<40} best {best:7.1f} ms  median {median:7.1f} ms  {cpu_text}  {extra}")


def scaling(base: str, repeat: int) -> None:
    """Cleanup time on 1x, 2x, 4x, 8x the base text, each followed by a joined copy of itself."""
    paragraphs = [line for line in base.split("\n") if line.strip()]
    for factor in (1, 2, 4, 8):
        body = [f"{line} ({copy})" for copy in range(factor) for line in paragraphs]
        text = "\n".join([*body, " ".join(body)])
        figures = timed(partial(clean, text), repeat)
        per_mb = figures[2] / (len(text) / 1e6)
        report(
            f"cleanup, {len(text) / 1e6:5.2f} MB with a copy", figures, f"{per_mb:5.1f} cpu ms/MB"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="runs per measure (default 7)")
    args = parser.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs, "
        f"load average {load:.1f}; {args.repeat} runs per measure"
    )
    report("import core.reading.article (fresh interpreter)", import_time(args.repeat))
    report("load_article(seed, 13.9 kB)", timed(partial(load_article, SEED), args.repeat))
    if NOVEL.is_file():
        article = load_article(NOVEL)
        size = f"{NOVEL.stat().st_size / 1e6:.2f} MB, {len(article.regions)} region(s)"
        figures = timed(partial(load_article, NOVEL), args.repeat)
        report("load_article(verne-ile-mysterieuse.txt)", figures, size)
        scaling(NOVEL.read_text(encoding="utf-8")[:150_000], max(1, args.repeat // 2))
    else:
        print(f"MISSING: {NOVEL} not found (../shared is absent in a plain clone);")
        print("         the 1.25 MB novel benchmark is skipped, scaling runs on the seed.")
        scaling(SEED.read_text(encoding="utf-8"), max(1, args.repeat // 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
