"""The note (Markdown) and tags of the chosen highlight, with a draft that is never thrown away.

What the reader types stays in the editor until a commit of exactly that text has returned; a
failed save leaves it there and says why. Switching to another highlight keeps the draft of the
first (and saves it, as leaving the editor does): coming back shows it again if it was not saved.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.model import Annotation


def split_tags(text: str) -> tuple[str, ...]:
    return tuple(t for t in (" ".join(p.split()).lstrip("#") for p in text.split(",")) if t)


class TagEdit(QLineEdit):
    """Comma-separated tags; the word being typed is completed from the tags in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Tags, separated by commas")
        self.words = QStringListModel(self)
        self.completer_ = QCompleter(self.words, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self._insert)
        self.textEdited.connect(self._complete)

    def set_known(self, tags: Sequence[str]) -> None:
        self.words.setStringList(list(tags))

    def tags(self) -> tuple[str, ...]:
        return split_tags(self.text())

    def set_tags(self, tags: Sequence[str]) -> None:
        self.setText(", ".join(tags))

    def _typed_word(self) -> str:
        return self.text()[: self.cursorPosition()].rsplit(",", 1)[-1].strip()

    def _complete(self) -> None:
        word = self._typed_word()
        if not word:
            popup = self.completer_.popup()
            if popup is not None:
                popup.hide()
            return
        self.completer_.setCompletionPrefix(word)
        self.completer_.complete()

    def _insert(self, tag: str) -> None:
        head = self.text()[: self.cursorPosition()].rsplit(",", 1)
        done = head[0] + ", " if len(head) > 1 else ""
        self.setText(f"{done}{tag}, {self.text()[self.cursorPosition() :].lstrip(', ')}".rstrip())


class NoteEditor(QWidget):
    saveRequested = Signal(object, str, object)  # Annotation, note, tags (tuple)
    deleteRequested = Signal(object)  # Annotation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quote = QLabel(self)
        self.note = QPlainTextEdit(self)
        self.tags = TagEdit(self)
        self.status = QLabel(self)
        self.save_button = QPushButton("Save", self)
        self.delete_button = QPushButton("Delete", self)
        self._annotation: Annotation | None = None
        self._drafts: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._lay_out()
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self._delete)
        self.note.textChanged.connect(self._show_state)
        self.tags.textChanged.connect(self._show_state)
        for widget in (self.note, self.tags):
            widget.installEventFilter(self)
            shortcut = QShortcut(QKeySequence("Ctrl+Return"), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.save)
        self.show_annotation(None)

    def _lay_out(self) -> None:
        self.quote.setWordWrap(True)
        self.quote.setStyleSheet("font-style: italic;")
        self.quote.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 4)
        self.note.setPlaceholderText("A note (Markdown)… Ctrl+Enter saves")
        self.note.setTabChangesFocus(True)
        lines = self.note.fontMetrics().lineSpacing()
        self.note.setMinimumHeight(lines * 3 + 12)
        self.note.setMaximumHeight(lines * 8 + 12)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        for widget in (self.quote, self.note, self.tags):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    # -- what is shown --------------------------------------------------------------------------
    @property
    def annotation(self) -> Annotation | None:
        return self._annotation

    def show_annotation(self, annotation: Annotation | None) -> None:
        """Edit ``annotation`` (``None``: nothing chosen); an unsaved draft is saved and kept."""
        current = self._annotation
        if current is not None and annotation is not None and annotation.uuid == current.uuid:
            self.refresh(annotation)
            return
        if self.is_dirty():
            self.save()
        self._annotation = annotation
        enabled = annotation is not None
        self.setVisible(enabled)  # the list takes the room while nothing is chosen
        self.quote.setText(" ".join(annotation.quote.split()) if annotation else "")
        draft = self._drafts.get(annotation.uuid) if annotation else None
        note, tags = draft or ((annotation.note, annotation.tags) if annotation else ("", ()))
        self._fill(note, tags)

    def _fill(self, note: str, tags: Sequence[str]) -> None:
        for widget in (self.note, self.tags):
            widget.blockSignals(True)
        self.note.setPlainText(note)
        self.tags.set_tags(tags)
        for widget in (self.note, self.tags):
            widget.blockSignals(False)
        self._show_state()

    def refresh(self, annotation: Annotation) -> None:
        """The committed state of a highlight (after a save, an undo…)."""
        if self._annotation is None or annotation.uuid != self._annotation.uuid:
            return
        typed = self.is_dirty()  # against the state the reader started from
        self._annotation = annotation
        draft = self._drafts.get(annotation.uuid)
        if draft is not None and draft == (annotation.note, annotation.tags):
            del self._drafts[annotation.uuid]
            self._show_state("Saved ✓")
        elif draft is None and not typed:
            self._fill(annotation.note, annotation.tags)
        else:
            self._show_state()

    # -- saving --------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        a = self._annotation
        if a is None:
            return False
        return (self.note.toPlainText(), self.tags.tags()) != (a.note, a.tags)

    def save(self) -> None:
        annotation = self._annotation
        if annotation is None or not self.is_dirty():
            return
        draft = (self.note.toPlainText(), self.tags.tags())
        self._drafts[annotation.uuid] = draft
        self._show_state("Saving…")
        self.saveRequested.emit(annotation, draft[0], draft[1])

    def save_failed(self, uuid: str, message: str) -> None:
        """The draft stays (in the editor, and kept for when this highlight is chosen again)."""
        if self._annotation is not None and uuid == self._annotation.uuid:
            self._show_state(f"Not saved: {message}")

    def drop(self, uuid: str) -> None:
        """``uuid`` was deleted (its draft was saved first): stop editing it, without saving."""
        self._drafts.pop(uuid, None)
        if self._annotation is not None and self._annotation.uuid == uuid:
            self._annotation = None
            self.show_annotation(None)

    def has_draft(self, uuid: str) -> bool:
        return uuid in self._drafts

    def _show_state(self, text: str | None = None) -> None:
        if text is None:
            text = "Unsaved changes" if self.is_dirty() else ""
        self.status.setText(text)

    def _delete(self) -> None:
        if self._annotation is not None:
            self.deleteRequested.emit(self._annotation)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving the note or the tags saves them (a completion popup is not leaving)."""
        if (
            isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self.save()
        return super().eventFilter(watched, event)
