"""The article's language, chosen by the reader: the language model reads the article again in
that language (on the pool, in its own process), and the worker stores the new reading in place:
the text is the same, so the document, its highlights and its corrections stay. Undo reads it
again in the language it had before. The reader's other changes never wait for it: they go to
the worker, which is only asked to store the result."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from core.errors import Cancelled
from gui.digest import digest
from gui.i18n import QT_TRANSLATE_NOOP
from gui.operations.changes import Changes
from gui.operations.reading import Model
from gui.operations.runner import Runner
from gui.operations.undo import History

if TYPE_CHECKING:
    from core.library import Library
    from core.model import Extraction
    from core.reading.article import Article

KEY = "language"


_LANGUAGES = {
    "fr": QT_TRANSLATE_NOOP("Language", "French"),
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "de": QT_TRANSLATE_NOOP("Language", "German"),
    "es": QT_TRANSLATE_NOOP("Language", "Spanish"),
    "it": QT_TRANSLATE_NOOP("Language", "Italian"),
    "pt": QT_TRANSLATE_NOOP("Language", "Portuguese"),
    "nl": QT_TRANSLATE_NOOP("Language", "Dutch"),
}


def language_name(code: str) -> str:
    """A language's name in the interface's language ("French", "français"): one lookup, since
    the library's table asks it for every article."""
    name = _LANGUAGES.get(code)
    return QCoreApplication.translate("Language", name) if name else code


READABLE = ("fr", "en")  # the languages the temporal tagger has rules for


class LanguageOps(QObject):
    progressed = Signal(float, str)
    busyChanged = Signal(bool)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self, runner: Runner, history: History, model: Model, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.history = history
        self.model = model
        self.article: Article | None = None  # the article shown, as read from its source
        self.reading_in: str | None = None  # the language it is being read in now
        self._busy = False
        runner.progressed.connect(self._on_progress)

    def change(self, language: str, before: str) -> None:
        """Read the article shown again in ``language`` (it is read in ``before`` now)."""
        article = self.article
        if article is None or language == before or self._busy:
            return
        name = language_name(language)

        def push() -> None:
            self.history.push_action(
                self.tr("Read in {language}").format(language=name),
                lambda: self._read(article, before),
                lambda: self._read(article, language),
            )

        self._read(article, language, push)

    def cancel(self) -> None:
        if self._busy:
            self.runner.cancel(KEY)

    def is_busy(self) -> bool:
        return self._busy

    def _read(
        self, article: Article, language: str, then: Callable[[], None] | None = None
    ) -> None:
        from core.reading.article import in_language

        forced = in_language(article, language)
        token = self.runner.token(KEY)
        progress = self.runner.progress(KEY, token)
        model = self.model
        self.reading_in = language
        self._set_busy(True)
        self.progressed.emit(
            0.0,
            self.tr("Reading the article again in {language}…").format(
                language=language_name(language)
            ),
        )

        def extract() -> Extraction:
            if token():
                raise Cancelled("Cancelled.")
            return model.extract(forced, progress=progress, cancel=token)

        def store(extraction: Extraction) -> None:
            message = self.tr("The article is read in {language}").format(
                language=language_name(language)
            )

            def add(library: Library) -> Changes:
                shown = library.add(forced, extraction).extraction
                return Changes(shown.document.id, message=message, shown=digest(shown))

            self.runner.write(add, lambda _changes: self._done(then), self._fail)

        self.runner.background(extract, store, self._fail, key=KEY)

    def _done(self, then: Callable[[], None] | None) -> None:
        self._set_busy(False)
        if then is not None:
            then()

    def _fail(self, message: str, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(message)

    def _on_progress(self, key: str, fraction: float, message: str) -> None:
        if key == KEY and self._busy:
            self.progressed.emit(fraction, message)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            if not busy:
                self.reading_in = None
            self.busyChanged.emit(busy)
