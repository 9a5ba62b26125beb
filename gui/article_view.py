"""The left pane: title, the set-aside bar, the legend, the article text and the find bar.

The article's text arrives first (``show_text``), its marks later (``show_extraction``). Boilerplate
and duplicate passages are folded (their blocks hidden, never removed) behind a quiet bar.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from core.model import Entity, Extraction, Region
from gui.article_text import ArticleText, Span
from gui.describe import describe_mark
from gui.digest import Digest, digest
from gui.find_bar import FindBar
from gui.legend import Legend
from gui.marks import Mark, Utf16Map
from gui.message_bar import MessageBar
from gui.palette import layer_colours
from gui.search import find_hits, fold

SET_ASIDE = ("boilerplate", "duplicate")
MAX_PAINTED = 3000  # find hits painted at once (a one-letter search in a novel finds 100,000)


class ArticleView(QWidget):
    entityClicked = Signal(int)  # a mark of this entity was clicked
    dateClicked = Signal(int)  # a date mark was clicked (its date id)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ArticleText(self)
        self.messages = MessageBar(self)
        self.title = QLabel(self)
        self.aside_bar = QToolButton(self)
        self.legend = Legend(self)
        self.find_bar = FindBar(self)
        self._extraction: Extraction | None = None
        self._shown = ""  # the text on screen
        self._folded_text = ""
        self._entities: Sequence[Entity] = ()
        self._aside: list[tuple[int, int]] = []  # Python spans of folded passages
        self._aside_count = 0
        self._targets: list[Span] = []
        self._current = -1
        self._by_alias = 0
        self._focus: list[Span] = []
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        title_font = QFont(self.text.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.title.setContentsMargins(0, 14, 0, 2)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.hide()
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Base))
        self.setPalette(palette)
        self.aside_bar.setAutoRaise(True)
        self.aside_bar.setCheckable(True)
        self.aside_bar.setCursor(Qt.CursorShape.PointingHandCursor)
        self.aside_bar.setStyleSheet(
            "QToolButton { border: none; background: transparent; color: palette(link);"
            " padding: 2px 0 6px 0; text-align: left; }"
            "QToolButton:hover { text-decoration: underline; }"
        )
        self.aside_bar.setToolTip("Boilerplate and repeated passages are folded out of the way")
        self.aside_bar.hide()
        self.find_bar.hide()
        self._header = QVBoxLayout()
        self._header.setSpacing(0)
        self._header.addWidget(self.title)
        self._header.addWidget(self.aside_bar, 0, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.messages, self.legend):
            layout.addWidget(widget)
        layout.addLayout(self._header)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.find_bar)

    def _align_header(self, side: int) -> None:
        """Keep the title and the set-aside bar in line with the text column."""
        inset = side + round(self.text.document().documentMargin())
        self._header.setContentsMargins(inset, 0, inset, 0)

    def _connect(self) -> None:
        self.text.columnChanged.connect(self._align_header)
        self.aside_bar.toggled.connect(self.set_aside_shown)
        self.legend.hiddenKindsChanged.connect(self.set_hidden_kinds)
        self.text.markHovered.connect(self._on_hover)
        self.text.markClicked.connect(self._on_mark_clicked)
        self.find_bar.queryChanged.connect(self.find_text)
        self.find_bar.nextRequested.connect(self.next_target)
        self.find_bar.previousRequested.connect(lambda: self.next_target(-1))
        self.find_bar.closed.connect(self._on_find_closed)

    # -- content ------------------------------------------------------------------------------
    def show_text(
        self,
        text: str,
        title: str,
        regions: Sequence[Region],
        offsets: Utf16Map | None = None,
    ) -> None:
        """Show an article's text at once, before its marks are known (``offsets``: the text's
        map, when made off the GUI thread)."""
        self._extraction = None
        self._entities = ()
        self._folded_text = ""
        self._targets, self._current, self._focus = [], -1, []
        self.messages.dismiss()
        self.text.set_text(text, regions, offsets)
        self._shown = text
        self._fold(text, title, regions)

    def show_extraction(self, data: Extraction | Digest) -> None:
        """Add the marks of an extraction whose text is already shown (or show it now)."""
        ready = data if isinstance(data, Digest) else digest(data)
        extraction = ready.extraction
        if extraction.text != self._shown:
            title, regions = extraction.document.title, extraction.regions
            self.show_text(extraction.text, title, regions, ready.offsets)
        self._extraction = extraction
        self._entities = extraction.entities
        self.text.set_marks(ready.marks)
        if self.find_bar.isVisible():
            self.find_text(self.find_bar.edit.text())

    @property
    def extraction(self) -> Extraction | None:
        return self._extraction

    # -- folding ------------------------------------------------------------------------------
    def _fold(self, text: str, title: str, regions: Sequence[Region]) -> None:
        titles = [r for r in regions if r.role == "title"]
        title_on_top = bool(titles) and not text[: titles[0].start].strip()
        self.title.setText(title)
        self.title.setVisible(bool(title.strip()) and not title_on_top)
        roles = SET_ASIDE if title_on_top else (*SET_ASIDE, "title")
        self._aside = [(r.start, r.end) for r in regions if r.role in roles]
        self._aside_count = sum(1 for r in regions if r.role in SET_ASIDE)
        self.aside_bar.blockSignals(True)
        self.aside_bar.setChecked(False)
        self.aside_bar.blockSignals(False)
        self.aside_bar.setVisible(bool(self._aside_count))
        self.set_aside_shown(False)

    def set_aside_shown(self, shown: bool) -> None:
        document = self.text.document()
        first = last = -1
        for start, end in self._aside:
            block = document.findBlock(self.text.offsets.to_qt(start))
            stop = self.text.offsets.to_qt(end)
            while block.isValid() and block.position() < stop:
                if block.position() + block.length() - 1 <= stop:
                    block.setVisible(shown)
                    first = block.position() if first < 0 else first
                    last = block.position() + block.length()
                block = block.next()
        if first >= 0:
            document.markContentsDirty(first, last - first)
        self.text.viewport().update()
        n = self._aside_count
        passages = f"{n} passage{'s' if n != 1 else ''} set aside"
        arrow, verb = ("▾", "hide") if shown else ("▸", "show")
        self.aside_bar.setText(f"{arrow} {passages} — {verb}")
        self.aside_bar.setChecked(shown)

    def aside_shown(self) -> bool:
        return self.aside_bar.isChecked()

    # -- marks --------------------------------------------------------------------------------
    def set_hidden_kinds(self, kinds: frozenset[str]) -> None:
        self.text.highlighter.set_hidden_kinds(kinds)
        self.text.refresh_marks()

    def _on_hover(self, mark: Mark | None) -> None:
        colours = layer_colours(self.palette())
        if mark is None or self._extraction is None or mark.kind in self.legend.hidden_kinds():
            self.text.set_layer("hover", [])
            return
        span = (self.text.offsets.to_py(mark.start), self.text.offsets.to_py(mark.end))
        self.text.set_layer("hover", self.text.selections([span], colours.hover))
        self.text.show_tooltip(self.describe(mark))

    def describe(self, mark: Mark) -> str:
        """The tooltip of a mark: kind, canonical name or value, and the reader's corrections."""
        return describe_mark(mark, self._extraction) if self._extraction else ""

    def _on_mark_clicked(self, mark: Mark) -> None:
        if mark.kind in self.legend.hidden_kinds():
            return
        if mark.kind == "DATE":
            self.dateClicked.emit(mark.ref)
        else:
            self.entityClicked.emit(mark.ref)

    # -- entity focus, find, F3 ---------------------------------------------------------------
    def focus_entity(self, entity: Entity | None) -> None:
        """Highlight every mention of ``entity`` (None clears) and make them the F3 targets."""
        self._focus = sorted((m.start, m.end) for m in entity.mentions) if entity else []
        colours = layer_colours(self.palette())
        self.text.set_layer("focus", self.text.selections(self._focus, colours.focus))
        if not self.find_bar.isVisible():
            self._set_targets(self._focus)

    def open_find(self) -> None:
        self.find_bar.open_bar(self.text.textCursor().selectedText().strip()[:80])
        self.find_text(self.find_bar.edit.text())

    def find_text(self, query: str) -> None:
        """Find ``query`` (two characters at least); paint the first ``MAX_PAINTED`` hits."""
        if not self._folded_text:
            self._folded_text = fold(self._shown)
        if len(query.strip()) < 2:
            query = ""
        hits = find_hits(self._folded_text, query, self._entities)
        colours = layer_colours(self.palette())
        painted = list(hits.spans[:MAX_PAINTED])
        self.text.set_layer("search", self.text.selections(painted, colours.search))
        self._set_targets(list(hits.spans))
        self._by_alias = hits.by_alias
        self.find_bar.show_count(self._current, len(self._targets), hits.by_alias)
        if self._targets:
            self.next_target()

    def _on_find_closed(self) -> None:
        self.text.set_layer("search", [])
        self.text.set_layer("current", [])
        self._set_targets(self._focus)
        self.text.setFocus()

    def _set_targets(self, spans: list[Span]) -> None:
        self._targets = spans
        self._current = -1
        self.text.set_layer("current", [])

    def next_target(self, step: int = 1) -> None:
        """Go to the next (or previous) find hit or mention, from the reading position."""
        if not self._targets:
            return
        if self._current < 0:
            here = self.text.offsets.to_py(self.text.textCursor().selectionStart())
            after = [i for i, (start, _) in enumerate(self._targets) if start >= here]
            first_after = after[0] if after else len(self._targets)
            self._current = (first_after if step > 0 else first_after - 1) % len(self._targets)
        else:
            self._current = (self._current + step) % len(self._targets)
        start, end = self._targets[self._current]
        self.text.show_span(start, end)
        colours = layer_colours(self.palette())
        self.text.set_layer("current", self.text.selections([(start, end)], colours.current))
        if self.find_bar.isVisible():
            self.find_bar.show_count(self._current, len(self._targets), self._by_alias)

    def targets(self) -> list[Span]:
        return list(self._targets)

    def show_event(self, start: int, end: int) -> None:
        """Bring an event's sentence into view, select it and flash it."""
        if any(s <= start < e for s, e in self._aside) and not self.aside_shown():
            self.set_aside_shown(True)
        self.text.show_span(start, end, flash_colour=layer_colours(self.palette()).flash)
