"""Growth checks for the hostile-input tests: time one operation at two sizes and compare.

A ratio, never a wall time: the processor time of this thread (other processes on a busy machine
do not count), the best of a few runs at each size, each run repeated until it lasts long enough
to measure.
The garbage collector is off while timing: its full passes depend on everything the process
holds, not on the input.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

MIN_RUN_S = 0.03
RUNS = 5


def best_time(operation: Callable[[], object]) -> float:
    """Seconds one call takes: the best of ``RUNS`` runs, each long enough to measure."""
    best = float("inf")
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(RUNS):
            best = min(best, _one_run(operation))
    finally:
        if enabled:
            gc.enable()
    return best


def _one_run(operation: Callable[[], object]) -> float:
    calls, started = 0, time.thread_time()
    while True:
        operation()
        calls += 1
        elapsed = time.thread_time() - started
        if elapsed >= MIN_RUN_S:
            return elapsed / calls


def growth(make: Callable[[int], T], run: Callable[[T], object], small: int, large: int) -> float:
    """How many times longer ``run(make(large))`` takes than ``run(make(small))``."""
    small_input, large_input = make(small), make(large)
    run(small_input)  # first-call costs (imports, compiled patterns) are not growth
    return best_time(lambda: run(large_input)) / best_time(lambda: run(small_input))


def assert_linear(
    make: Callable[[int], T], run: Callable[[T], object], small: int, large: int
) -> None:
    """Growth at most twice the size ratio: linear passes with room, quadratic (the square of
    the ratio) or worse fails."""
    factor = large / small
    ratio = growth(make, run, small, large)
    assert ratio < 2 * factor, f"{small} -> {large} took {ratio:.1f}x as long (linear: {factor:g}x)"
