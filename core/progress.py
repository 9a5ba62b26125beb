"""Callbacks that long core work takes: plain callables, so the GUI adapts them to signals and
tests pass lambdas (no thread needed)."""

from __future__ import annotations

from collections.abc import Callable

from core.errors import Cancelled

ProgressFn = Callable[[float, str], None]  # fraction done (0..1), a short word on the step
CancelFn = Callable[[], bool]  # True once the user asked to stop


def check_cancel(cancel: CancelFn | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled("extraction cancelled")
