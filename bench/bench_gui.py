"""The window's speed, measured from process start, each case in a fresh process.

1. stored  — the sample article already in the store: window shown with its marks (target ≤ 1.0 s).
2. first   — the sample with an empty store: text visible (target ≤ 1.0 s); marks as soon as the
             extraction ends (spaCy loads in the worker).
3. novel   — ../shared/corpus/verne-ile-mysterieuse.txt with an empty store: text visible (target
             ≤ 1.5 s), marks complete within extraction + 1 s, no event-loop stall over 100 ms
             meanwhile, peak memory under 800 MB.

A QTimer probe ticks every 10 ms on the GUI thread; a "stall" is a gap between two ticks. Times are
wall-clock from just before the child process is started.

    python bench/bench_gui.py [stored first novel]        (from the project root; offscreen)
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "musk-altman-fr.txt"
NOVEL = ROOT.parent / "shared" / "corpus" / "verne-ile-mysterieuse.txt"
PROBE_MS = 10


def child(source: str, db: str) -> None:
    """Run the window once on ``source`` and print the milestones as JSON."""
    sys.path.insert(0, str(ROOT))
    import resource

    from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from gui.app import _start, build
    from gui.settings import Preferences
    from gui.startup import after_first_paint, freeze_startup_objects, prepare_process

    marks: dict[str, float] = {"imports": time.time()}
    gaps: list[tuple[float, float]] = []
    collections: list[tuple[float, int, float]] = []  # (when, generation, seconds)
    gc_started = [0.0]

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter()
        elif info["generation"] == 2:
            collections.append((time.time(), 2, time.perf_counter() - gc_started[0]))

    gc.callbacks.append(on_gc)
    app = QApplication([])
    prepare_process()  # as gui.app.main does
    settings = QSettings(str(Path(db).with_suffix(".ini")), QSettings.Format.IniFormat)
    reader = build(Preferences(settings), db)  # as the app
    viewport = reader.window.article.text.viewport()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "text" in marks:
                marks.setdefault("text_painted", time.time())
            if event.type() == QEvent.Type.Paint and "highlights" in marks:
                marks.setdefault("marks_painted", time.time())
            return False

    painted = FirstPaint()
    viewport.installEventFilter(painted)
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((time.time(), now - last[0]))
        last[0] = now

    probe = QTimer()
    probe.setInterval(PROBE_MS)
    probe.timeout.connect(tick)
    probe.start()
    reading = reader.reading
    reading.textReady.connect(lambda _a: marks.setdefault("text", time.time()))
    stages: list[tuple[float, float, str]] = []
    reading.progressed.connect(lambda f, m: stages.append((time.time(), f, m)))
    model = reading.model
    extract = model.extract

    def timed_extract(*args: object, **kwargs: object) -> object:
        # the moment the model's process answers (on the pool), before the worker stores it
        result = extract(*args, **kwargs)
        marks.setdefault("extraction", time.time())
        return result

    model.extract = timed_extract  # type: ignore[method-assign]
    # a stored article read directly (core.store.quick) never reaches the model
    reading.extractionReady.connect(lambda _d: marks.setdefault("extraction", time.time()))
    reading.failed.connect(lambda _s, m: (print(m, file=sys.stderr), app.exit(1)))

    # The store is opened a moment after a stored article is shown (SQLAlchemy's import holds
    # the interpreter): keep probing until it is open, so its pauses count too.
    reader.runner._worker.opened.connect(
        lambda _m: marks.setdefault("store_opened", time.time()), Qt.ConnectionType.DirectConnection
    )

    def done() -> None:
        marks["highlights"] = time.time()
        wait_store()

    def wait_store() -> None:
        if "store_opened" in marks:
            QTimer.singleShot(300, app.quit)  # a little more probing after the end
        else:
            QTimer.singleShot(50, wait_store)

    reader.window.highlightsApplied.connect(done)
    reader.window.resize(1440, 900)
    reader.window.show()
    freeze_startup_objects()  # as gui.app.main does
    marks["shown"] = time.time()
    after_first_paint(reader.window.article.text, lambda: _start(reader, source))
    code = app.exec()
    reader.close()
    report = {
        "marks": marks,
        "gaps": [(t, g) for t, g in gaps if g > 0.1],
        "collections": collections,
        "stages": stages,
        "max_gap": max((g for _, g in gaps), default=0.0),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        # The language model's process (stopped and reaped by ``reader.close()``).
        "model_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "code": code,
    }
    print(json.dumps(report))


def run(source: Path, db: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(source), db],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        sys.exit(f"the window did not report:\n{done.stderr[-2000:]}")
    report = json.loads(lines[-1])
    report["started"] = started
    return report


def show(name: str, report: dict) -> None:
    t0 = report["started"]
    marks = {k: v - t0 for k, v in report["marks"].items()}
    print(f"\n{name}:")
    keys = (
        "imports",
        "shown",
        "text",
        "text_painted",
        "extraction",
        "highlights",
        "marks_painted",
        "store_opened",
    )
    for key in keys:
        if key in marks:
            print(f"  {key:<13} {marks[key]:7.2f} s after process start")
    if "extraction" in marks and "marks_painted" in marks:
        after = marks["marks_painted"] - marks["extraction"]
        print(f"  marks on screen {after:5.2f} s after the worker finished the extraction")
    stalls = [(t - t0, g) for t, g in report["gaps"]]
    print(f"  longest event-loop gap: {report['max_gap'] * 1000:.0f} ms")
    full = [(t - t0, seconds) for t, _generation, seconds in report.get("collections", [])]
    if full:
        at, seconds = max(full, key=lambda c: c[1])
        print(
            f"  full garbage collections: {len(full)}, "
            f"longest {seconds * 1000:.0f} ms at {at:.2f} s"
        )
    stages = [(t - t0, f, m) for t, f, m in report["stages"]]
    for at, gap in stalls[:12]:
        during = next((m for t, _f, m in reversed(stages) if t <= at - gap), "")
        print(f"    gap {gap * 1000:6.0f} ms ending at {at:6.2f} s  (during: {during})")
    if len(stalls) > 12:
        print(f"    … {len(stalls) - 12} more gaps over 100 ms")
    window, model = report["peak_rss_mb"], report.get("model_rss_mb", 0.0)
    print(
        f"  peak memory (RSS): window {window:.0f} MB, model process {model:.0f} MB, "
        f"together at most {window + model:.0f} MB"
    )
    print("  stages reported by the core (first time seen):")
    seen: set[str] = set()
    for at, fraction, message in stages:
        if message not in seen:
            seen.add(message)
            print(f"    {at:7.2f} s  {fraction:4.0%}  {message}")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        child(argv[1], argv[2])
        return
    cases = argv or ["stored", "first", "novel"]
    with tempfile.TemporaryDirectory() as scratch:
        if "stored" in cases:
            db = str(Path(scratch) / "stored.sqlite")
            run(SAMPLE, db)  # fills the store
            show("stored article (sample, second launch)", run(SAMPLE, db))
        if "first" in cases:
            show(
                "first run (sample, empty store)", run(SAMPLE, str(Path(scratch) / "first.sqlite"))
            )
        if "novel" in cases:
            if not NOVEL.is_file():
                print(f"\nnovel: skipped, {NOVEL} is missing (it lives in ../shared/corpus)")
                return
            show("novel (empty store)", run(NOVEL, str(Path(scratch) / "novel.sqlite")))


if __name__ == "__main__":
    main(sys.argv[1:])
