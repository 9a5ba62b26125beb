"""``liseuse [PATH|URL]``: the window. This module is the one place that wires things together.

It imports neither spaCy nor ``core.api``: the worker loads them on its own thread, so the window
and the article's text appear before the language model is ready.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from core import __version__
from gui.annotations.controller import AnnotationsUi
from gui.locations import icon_paths, sample_article
from gui.mainwindow import MainWindow
from gui.operations import Operations
from gui.settings import Preferences
from gui.worker import CoreService, Service

GIL_SWITCH_SECONDS = 0.001


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="liseuse",
        description="Read an article with its people, places and dates on a timeline. "
        "Subcommands (extract, …) run the command line instead: see 'liseuse -h'.",
    )
    parser.add_argument("source", nargs="?", help="a .txt, .html or .md file, or an http(s) URL")
    parser.add_argument(
        "--db", metavar="URL", help="the store (default: $LISEUSE_DB, else the data folder)"
    )
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        help="render the window offscreen once the article is read, save it as OUT.png and exit",
    )
    parser.add_argument(
        "--size",
        default="1440x900",
        metavar="WxH",
        help="window size for --screenshot (default 1440x900)",
    )
    parser.add_argument("--version", action="version", version=f"liseuse {__version__}")
    return parser


@dataclass
class Reader:
    """The window and what drives it, wired."""

    window: MainWindow
    operations: Operations
    preferences: Preferences
    sample: str | None
    annotations: AnnotationsUi | None = None

    def open(self, source: str) -> None:
        self.operations.open(source)

    def close(self) -> None:
        self.operations.cancel()  # a long reading stops first, so pending writes run at once
        if self.annotations is not None:
            self.annotations.close()  # every highlight made so far is committed first
        self.operations.shutdown()


def build(
    service: Service, preferences: Preferences, db: str | None = None, *, annotations: bool = False
) -> Reader:
    """Create the window and the operations, and connect them. Nothing is opened yet.

    ``annotations`` adds the highlights (panel, keys 1–8, exports): they need a real store."""
    # The GUI thread calls back into Python at every paint and model query; each time it waits
    # for the interpreter lock while a pool or worker thread runs Python. Handing the lock over
    # every millisecond instead of every five keeps those waits short (no stall of the window).
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    sample = sample_article()
    operations = Operations(service, db, exclusive=annotations)  # one window per store
    reader = Reader(MainWindow(), operations, preferences, str(sample or "") or None)
    if annotations:
        reader.annotations = AnnotationsUi(reader.window, reader.operations)
    _wire(reader)
    reader.window.set_recent(preferences.recent())
    return reader


def _wire(reader: Reader) -> None:
    window, operations = reader.window, reader.operations
    window.openRequested.connect(operations.open)
    window.cancelRequested.connect(operations.cancel)
    window.sampleRequested.connect(lambda: reader.sample and operations.open(reader.sample))
    operations.textReady.connect(window.show_article)
    operations.textReady.connect(lambda article: _remember(reader, article.source))
    operations.extractionReady.connect(window.show_extraction)
    operations.progressed.connect(window.show_progress)
    operations.busyChanged.connect(window.set_busy)
    operations.failed.connect(lambda source, message: _failed(reader, source, message))
    operations.cancelled.connect(
        lambda: window.statusBar().showMessage("Cancelled: the text is shown without marks.")
    )
    window.closing.connect(lambda: _save_window(reader))


def _remember(reader: Reader, source: str) -> None:
    if source and source != "<text>":
        reader.preferences.remember(source)
        reader.window.set_recent(reader.preferences.recent())


def _failed(reader: Reader, source: str, message: str) -> None:
    """The core's messages usually name the file already; say which one when they do not."""
    named = source in message or Path(source).name in message
    reader.window.show_error(message if named else f"Could not open {source}: {message}")


def _save_window(reader: Reader) -> None:
    reader.preferences.save_window_state(reader.window.saveGeometry(), reader.window.saveState())
    reader.preferences.sync()


def initial_source(requested: str | None, reader: Reader) -> str | None:
    """The command line's article, else the last one read (if still there), else the sample."""
    if requested:
        return requested
    last = reader.preferences.last_source()
    if last and ("://" in last or Path(last).is_file()):
        return last
    return reader.sample


def _window_icon() -> QIcon:
    icon = QIcon()
    for path in icon_paths():
        icon.addFile(str(path))
    return icon


def _size(text: str) -> QSize:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        return QSize(1440, 900)
    return QSize(width, height)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Liseuse")
    app.setOrganizationName("liseuse")
    app.setWindowIcon(_window_icon())
    if args.screenshot:
        return _screenshot(app, args)
    source, at = _follow_link(args.source, args.db)
    reader = build(CoreService(), Preferences(), args.db, annotations=True)
    if at is not None:
        _scroll_when_ready(reader, at)
    geometry, state = reader.preferences.window_state()
    if geometry is None or not reader.window.restoreGeometry(geometry):
        reader.window.resize(1440, 900)
    if state is not None:
        reader.window.restoreState(state)
    reader.window.show()
    freeze_startup_objects()
    first = initial_source(source, reader)
    after_first_paint(reader.window.article.text, lambda: reader.operations.start(first))
    code = app.exec()
    reader.close()
    return code


class _FirstPaint(QObject):
    """Calls ``then`` once, just after ``widget``'s first paint, or after ``at_most_ms``."""

    def __init__(self, widget: QAbstractScrollArea, then: Callable[[], None], at_most_ms: int):
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        self._viewport = widget.viewport()
        self._viewport.installEventFilter(self)
        QTimer.singleShot(at_most_ms, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._go)  # once this paint is done
        return False

    def _go(self) -> None:
        if self._then is not None:
            then, self._then = self._then, None
            self._viewport.removeEventFilter(self)
            then()


def freeze_startup_objects() -> None:
    """Leave what lives as long as the window (modules, classes, widgets) out of every later
    full garbage collection: each would walk it all again, a pause of the whole process."""
    gc.freeze()


def after_first_paint(
    widget: QAbstractScrollArea, then: Callable[[], None], at_most_ms: int = 300
) -> None:
    """Start reading once the window is on screen. Its first paint calls into Python from every
    widget once; reading a long article on another thread at the same moment makes each of those
    calls wait for the interpreter, and the window would stall (150 ms on the novel)."""
    _FirstPaint(widget, then, at_most_ms)


def _follow_link(source: str | None, db: str | None) -> tuple[str | None, int | None]:
    """A ``liseuse://open?doc=…&at=…`` link (from an export) → the document's source and offset.

    A link that cannot be followed is reported and the window opens as it would without it.
    """
    from core.links import is_link

    if source is None or not is_link(source):
        return source, None
    from core.errors import LiseuseError
    from core.links import parse_link, source_of
    from core.store.db import open_store

    try:
        link = parse_link(source)
        store = open_store(db)
        try:
            return source_of(store, link), link.at
        finally:
            store.close()
    except LiseuseError as exc:
        print(f"liseuse: {exc}", file=sys.stderr)
        return None, None


def _scroll_when_ready(reader: Reader, at: int) -> None:
    """Once the linked article's marks are shown, bring the paragraph at ``at`` into view."""
    from core.links import paragraph_at

    def reveal(_extraction: object) -> None:
        reader.operations.extractionReady.disconnect(reveal)
        article = reader.window.article
        data = article.extraction
        if data is not None:
            article.show_event(*paragraph_at(data.text, at))

    reader.operations.extractionReady.connect(reveal)


def _screenshot(app: QApplication, args: argparse.Namespace) -> int:
    """Render the window once the article's marks are painted, save it, and exit."""
    source = args.source or (str(sample_article() or "") or None)
    if source is None:
        print("liseuse: no article given and no sample article found", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        reader = build(CoreService(), Preferences(settings), args.db, annotations=True)
        reader.window.resize(_size(args.size))
        reader.window.show()
        freeze_startup_objects()
        outcome: list[int] = []

        def save(code: int) -> None:
            if not outcome:
                outcome.append(code)
                QTimer.singleShot(0, lambda: _grab(reader.window, args.screenshot, app))

        waiting = {"marks", "highlights"}

        def ready(part: str) -> None:
            waiting.discard(part)
            if not waiting:
                save(0)

        reader.window.highlightsApplied.connect(lambda: ready("marks"))
        if reader.annotations is not None:  # a store with highlights shows them, panel raised
            annotations = reader.annotations

            def raise_panel(snapshot: Any) -> None:
                if snapshot.annotations:
                    annotations.show_panel()

            annotations.ops.loaded.connect(raise_panel)
            reader.annotations.ops.loaded.connect(lambda _: ready("highlights"))
            reader.annotations.ops.failed.connect(lambda _: save(1))
        reader.operations.failed.connect(lambda *_: save(1))
        reader.operations.cancelled.connect(lambda: save(1))
        after_first_paint(
            reader.window.article.text, lambda: reader.operations.start(source, warm_up=False)
        )
        written = app.exec()
        reader.close()
    if outcome and outcome[0]:
        print(f"liseuse: {reader.window.article.messages.text()}", file=sys.stderr)
    return (outcome[0] if outcome else 1) or written


def _grab(window: MainWindow, path: str, app: QApplication) -> None:
    if not window.grab().save(path):
        print(f"liseuse: could not write {path}", file=sys.stderr)
        app.exit(1)
        return
    app.quit()


if __name__ == "__main__":
    sys.exit(main())
