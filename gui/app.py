"""``liseuse [PATH|URL]``: the window. This module is the one place that wires things together.

It imports neither spaCy nor SQLAlchemy: the worker opens the store on its own thread, and the
language model runs in a process of its own, so the window and the article's text appear first.
The launch sequence, step by step, is ``gui.startup``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from core import __version__
from gui.annotations.dialogs import RecoveredDialog, StoreInUseDialog
from gui.correcting import Correcting
from gui.datefmt import say_day
from gui.dialogs import ArticleDateDialog, LanguageMenu, PreferencesDialog
from gui.digest import Digest, Prepared
from gui.highlighting import Highlighting
from gui.i18n import LANGUAGES, chosen_language, install, translate
from gui.library.link import LibraryLink
from gui.locations import icon_paths, sample_article
from gui.mainwindow import MainWindow
from gui.operations.changes import Changes
from gui.operations.corrections import CorrectionOps
from gui.operations.highlights import HighlightOps
from gui.operations.language import LanguageOps
from gui.operations.library import LibraryOps
from gui.operations.model import ModelProcess
from gui.operations.reading import Model, Reading
from gui.operations.runner import Door, Runner
from gui.operations.undo import History
from gui.settings import Preferences
from gui.startup import after_first_paint, freeze_startup_objects, prepare_process
from gui.theme import dark_palette, follow_system


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
    parser.add_argument(
        "--dark",
        action="store_true",
        help="with --screenshot: render with the dark palette, as on a dark desktop",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help="the interface's language (default: as chosen in Preferences, else the system's)",
    )
    parser.add_argument("--version", action="version", version=f"liseuse {__version__}")
    return parser


@dataclass
class Reader:
    """The window and what drives it, wired."""

    window: MainWindow
    runner: Runner
    reading: Reading
    highlights: HighlightOps
    highlighting: Highlighting
    library: LibraryLink
    corrections: CorrectionOps
    correcting: Correcting
    language: LanguageOps
    history: History
    preferences: Preferences
    sample: str | None

    def open(self, source: str) -> None:
        self.reading.open(source)

    def close(self) -> None:
        """Stop reading first (a long extraction holds nothing of the reader's), commit a draft
        still in the editor, back up if something changed, then wait for every write and release
        the store."""
        self.reading.close()
        self.highlighting.close()
        self.highlights.backups.stop()
        self.runner.flush()
        self.runner.close()


def build(
    preferences: Preferences,
    db: str | None = None,
    *,
    model: Model | None = None,
    door: Door | None = None,
    jobs: int = 0,
    **reading: Any,
) -> Reader:
    """Create the window and the operations, and connect them. Nothing is opened yet.

    ``model`` is the language model (its own process by default), ``door`` how the worker opens
    the store, ``jobs`` how many processes add many articles at once (one per core by default),
    ``reading`` the reading functions (tests give their own)."""
    window = MainWindow()
    runner = Runner(door or Door(db), window)
    history = History(runner, window)
    ops = HighlightOps(runner, history, window)
    reads = Reading(runner, db, model or ModelProcess(), parent=window, **reading)
    corrections = CorrectionOps(runner, history, window)
    reader = Reader(
        window=window,
        runner=runner,
        reading=reads,
        highlights=ops,
        highlighting=Highlighting(window, ops),
        library=LibraryLink(window, LibraryOps(runner, window, jobs=jobs), reads),
        corrections=corrections,
        correcting=Correcting(window, corrections),
        language=LanguageOps(runner, history, reads.model, window),
        history=history,
        preferences=preferences,
        sample=str(sample_article() or "") or None,
    )
    _wire(reader)
    window.set_recent(preferences.recent())
    points = preferences.zoom()
    if points is not None:
        window.article.text.set_points(points)
    window.article.text.zoomChanged.connect(preferences.set_zoom)
    window.recent_menu.aboutToShow.connect(lambda: window.set_recent(preferences.recent()))
    return reader


def _wire(reader: Reader) -> None:
    window, reading, runner = reader.window, reader.reading, reader.runner
    actions = window.actions_by_name
    window.openRequested.connect(reading.open)
    window.cancelRequested.connect(reading.cancel)
    window.sampleRequested.connect(lambda: _open_sample(reader))
    reading.textReady.connect(lambda prepared: _show_text(reader, prepared))
    reading.extractionReady.connect(lambda found: _show_extraction(reader, found))
    reading.revealRequested.connect(lambda at: _reveal(reader, at))
    reading.carried.connect(lambda report: window.statusBar().showMessage(report, 10_000))
    reading.progressed.connect(window.show_progress)
    reading.busyChanged.connect(window.set_busy)
    reading.failed.connect(lambda source, message: _failed(reader, source, message))
    reading.cancelled.connect(
        lambda: window.statusBar().showMessage(
            translate("App", "Cancelled: the text is shown without marks.")
        )
    )
    runner.failed.connect(window.show_error)
    runner.changed.connect(lambda changes: _show_corrected(reader, changes))
    runner.refused.connect(lambda message: _refused(reader, message))
    runner.opened.connect(lambda recovered: recovered and RecoveredDialog.ask(window, recovered))
    runner.readOnly.connect(
        lambda why: window.show_error(
            translate(
                "App", "Writing is off: {why}. Highlights and corrections cannot be saved."
            ).format(why=why)
        )
    )
    stack = reader.history.stack
    actions["undo"].triggered.connect(stack.undo)
    actions["redo"].triggered.connect(stack.redo)
    stack.canUndoChanged.connect(actions["undo"].setEnabled)
    stack.canRedoChanged.connect(actions["redo"].setEnabled)
    actions["undo"].setEnabled(False)
    actions["redo"].setEnabled(False)
    window.closing.connect(lambda: _save_window(reader))
    actions["preferences"].triggered.connect(lambda: _ask_preferences(reader))
    _wire_header(reader)


def _wire_header(reader: Reader) -> None:
    """The article's date and language, changed from its header."""
    window, language = reader.window, reader.language
    header = window.article.header
    header.dateRequested.connect(lambda: _ask_date(reader))
    header.languageRequested.connect(lambda: _ask_language(reader))
    language.progressed.connect(window.show_progress)
    language.busyChanged.connect(window.set_busy)
    language.busyChanged.connect(
        lambda busy: header.set_reading_in(language.reading_in if busy else None)
    )
    language.failed.connect(window.show_error)
    window.cancelRequested.connect(language.cancel)


def _ask_date(reader: Reader) -> None:
    extraction = reader.window.article.extraction
    if extraction is None:
        return
    answer = ArticleDateDialog.ask(reader.window, extraction.document.dct)
    if answer is None or answer.dct == extraction.document.dct:
        return
    if answer.dct is None:
        message = translate("App", "The article's date is unknown")
    else:
        message = translate("App", "The article is dated {date}").format(date=say_day(answer.dct))
    reader.corrections.date_article(answer.dct, message)


def _ask_preferences(reader: Reader) -> None:
    """The interface's language, kept for the next start."""
    before = reader.preferences.language()
    answer = PreferencesDialog.ask(reader.window, before)
    if answer is None or answer.language == before:
        return
    reader.preferences.set_language(answer.language)
    reader.preferences.sync()
    reader.window.statusBar().showMessage(
        translate("App", "The new language is used from the next start of Liseuse."), 10_000
    )


def _ask_language(reader: Reader) -> None:
    extraction = reader.window.article.extraction
    if extraction is None:
        return
    header = reader.window.article.header
    at = header.mapToGlobal(header.rect().bottomLeft())
    current = extraction.document.language
    chosen = LanguageMenu.ask(reader.window, current, at)
    if chosen is not None and chosen != current:
        reader.language.change(chosen, current)


def _open_sample(reader: Reader) -> None:
    if reader.sample:
        reader.reading.open(reader.sample)


def _show_text(reader: Reader, prepared: Prepared) -> None:
    reader.window.show_article(prepared)
    reader.highlighting.clear()
    reader.corrections.document_id = None
    reader.language.article = prepared.article
    _remember(reader, prepared.article.source)


def _show_extraction(reader: Reader, found: Digest) -> None:
    reader.window.show_extraction(found)
    reader.highlighting.show(found.extraction, found.highlights)
    reader.corrections.document_id = found.extraction.document.id


def _show_corrected(reader: Reader, changes: Changes) -> None:
    """A correction changed the article shown: its marks, people and timeline, at once."""
    shown = changes.shown
    if shown is not None and shown.extraction.document.id == reader.corrections.document_id:
        reader.window.refresh_extraction(shown)
        reader.highlighting.extraction = shown.extraction


def _reveal(reader: Reader, at: int) -> None:
    """A link's passage: the paragraph holding character ``at``, scrolled to and flashed."""
    from core.links import paragraph_at

    data = reader.window.article.extraction
    if data is not None:
        reader.window.article.show_event(*paragraph_at(data.text, at))


def _refused(reader: Reader, message: str) -> None:
    """Another window holds this store: say so once, and close rather than risk it."""
    StoreInUseDialog.ask(reader.window, message)
    reader.window.close()


def _remember(reader: Reader, source: str) -> None:
    if source and source != "<text>":
        reader.preferences.remember(source)
        reader.window.set_recent(reader.preferences.recent())


def _failed(reader: Reader, source: str, message: str) -> None:
    """The core's messages usually name the file already; say which one when they do not."""
    named = source in message or Path(source).name in message
    said = translate("App", "Could not open {source}: {reason}").format(
        source=source, reason=message
    )
    reader.window.show_error(message if named else said)


def _save_window(reader: Reader) -> None:
    reader.preferences.save_window_state(reader.window.saveGeometry(), reader.window.saveState())
    reader.preferences.sync()


def initial_source(requested: str | None, reader: Reader) -> str | None:
    """The command line's article, else the last one read (if still there), else the sample at
    the very first launch; None: no article, the library is the start page."""
    if requested:
        return requested
    last = reader.preferences.last_source()
    if last and ("://" in last or Path(last).is_file()):
        return last
    return None if reader.preferences.has_read() else reader.sample


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
    assert isinstance(app, QApplication)
    app.setApplicationName("Liseuse")
    app.setOrganizationName("liseuse")
    app.setWindowIcon(_window_icon())
    follow_system(app)
    prepare_process()
    if args.screenshot:
        install(chosen_language(args.language))
        return _screenshot(app, args)
    preferences = Preferences()
    install(chosen_language(args.language or preferences.language()))
    reader = build(preferences, args.db)
    geometry, state = reader.preferences.window_state()
    if geometry is None or not reader.window.restoreGeometry(geometry):
        reader.window.resize(1440, 900)
    if state is not None:
        reader.window.restoreState(state)
    reader.window.show()
    freeze_startup_objects()
    after_first_paint(reader.window.article.text, lambda: _start(reader, args.source))
    code = app.exec()
    reader.close()
    return code


def _start(reader: Reader, source: str | None, *, warm_up: bool = True) -> None:
    """The first article: a ``liseuse://`` link's, the command line's, the last one read, or
    the sample."""
    from core.links import is_link

    if source is not None and is_link(source):
        reader.reading.start(None, warm_up=warm_up)
        reader.reading.open_link(source)
        return
    first = initial_source(source, reader)
    reader.reading.start(first, warm_up=warm_up)
    if first is None:  # no last article: the library is the start page
        reader.library.show()


def _screenshot(app: QApplication, args: argparse.Namespace) -> int:
    """Render the window once the article's marks (and its highlights) are painted, save it,
    and exit."""
    source = args.source or (str(sample_article() or "") or None)
    if source is None:
        print("liseuse: no article given and no sample article found", file=sys.stderr)
        return 1
    if args.dark:
        app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as scratch:
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        reader = build(Preferences(settings), args.db)
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

        def highlights(found: Any) -> None:
            if found.annotations:  # a store with highlights shows them, panel raised
                reader.window.show_annotations()
            ready("highlights")

        reader.window.highlightsApplied.connect(lambda: ready("marks"))
        reader.highlights.loaded.connect(highlights)
        reader.runner.failed.connect(lambda _: save(1))
        reader.reading.failed.connect(lambda *_: save(1))
        reader.reading.cancelled.connect(lambda: save(1))
        after_first_paint(reader.window.article.text, lambda: _start(reader, source, warm_up=False))
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
