"""The article's own date and language, above its text: "Published 14 April 2023 · French".

Relative dates ("two months later", "on Tuesday") are read from the article's date, and names
are found by the model of its language: both are shown, and both are links the reader clicks to
change them (``dateRequested``, ``languageRequested``).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from core.model import Extraction
from gui.datefmt import say_day
from gui.operations.language import language_name


class ArticleHeader(QLabel):
    dateRequested = Signal()
    languageRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleHeader")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setWordWrap(True)
        self.setContentsMargins(0, 10, 0, 0)
        self.linkActivated.connect(self._on_link)
        self._dct: str | None = None
        self._language = ""
        self._said: str | None = None
        self._reading_in: str | None = None
        self.hide()

    def show_extraction(self, extraction: Extraction) -> None:
        """The date and language the extraction was read with (and what the reader changed)."""
        document = extraction.document
        said = [a.extractor for a in extraction.amendments if a.target == "document"]
        self._dct, self._language = document.dct, document.language
        self._said = said[0] if said else None
        self._update()
        self.show()

    def set_reading_in(self, language: str | None) -> None:
        """The article is being read again in ``language`` (None: no more)."""
        self._reading_in = language
        self._update()

    def clear(self) -> None:
        self._dct, self._said, self._reading_in = None, None, None
        self.hide()

    @property
    def dct(self) -> str | None:
        return self._dct

    @property
    def language(self) -> str:
        return self._language

    def _update(self) -> None:
        if self._dct:
            words = say_day(self._dct) + (" ✎" if self._said is not None else "")
            dated = self.tr("Published {date}").format(date=_link("date", words))
        else:
            dated = _link("date", self.tr("date unknown — choose…"))
        if self._reading_in is not None:
            language = html.escape(
                self.tr("reading again in {language}…").format(
                    language=language_name(self._reading_in)
                )
            )
        else:
            language = _link("language", language_name(self._language))
        self.setText(f"{dated} · {language}")
        self.setToolTip(self._tooltip())

    def _tooltip(self) -> str:
        lines = [
            self.tr(
                "Relative dates (“two months later”, “on Tuesday”) are read from the article's"
                " date; names are found by the language model of its language."
            ),
            self.tr("Click the date or the language to change it."),
        ]
        if self._said is not None:
            said = say_day(self._said) if self._said != "unknown" else self.tr("no date")
            lines.append("✎ " + self.tr("Dated by you; the article said: {date}").format(date=said))
        return "\n".join(lines)

    def _on_link(self, link: str) -> None:
        if link == "date":
            self.dateRequested.emit()
        elif link == "language" and self._reading_in is None:
            self.languageRequested.emit()


def _link(name: str, words: str) -> str:
    return f'<a href="{name}" style="text-decoration: none">{html.escape(words)}</a>'
