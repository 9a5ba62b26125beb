"""Dialogs, each behind a ``classmethod ask(...)``: callers are tested by patching one method."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QPoint
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import QT_TRANSLATE_NOOP, system_language, translate
from gui.operations.language import READABLE, language_name

ARTICLE_FILTER = QT_TRANSLATE_NOOP(
    "Dialogs", "Articles (*.txt *.html *.htm *.md *.markdown);;All files (*)"
)


class OpenFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, directory: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            translate("Dialogs", "Open an article"),
            directory,
            translate("Dialogs", ARTICLE_FILTER),
        )
        return path or None


class OpenUrlDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a web page"))
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("https://…")
        self.edit.setMinimumWidth(420)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Address of the article:"), self))
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.edit.text().strip() or None


class ShortcutsDialog(QDialog):
    """Every action of the window with its shortcut (Help ▸ Keyboard shortcuts)."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            (
                a.text().replace("&", ""),
                a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for a in actions
        ]
        rows = [(name, keys) for name, keys in rows if keys]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 520)

    @classmethod
    def ask(cls, actions: Sequence[QAction], parent: QWidget | None) -> None:
        cls(actions, parent).exec()


def display_name(source: str) -> str:
    """How a recent source is listed: the file name, or the URL."""
    return source if "://" in source else Path(source).name


@dataclass(frozen=True, slots=True)
class ArticleDate:
    """The reader's answer: the article's date (YYYY-MM-DD), or None when it is unknown."""

    dct: str | None


class ArticleDateDialog(QDialog):
    """The article's own date: relative dates are read from it."""

    def __init__(self, dct: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The article's date"))
        known = QDate.fromString(dct or "", "yyyy-MM-dd")
        self.date = QDateEdit(known if known.isValid() else QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        self.unknown = QCheckBox(self.tr("The date is unknown"), self)
        self.unknown.setChecked(not known.isValid())
        self.unknown.toggled.connect(lambda on: self.date.setEnabled(not on))
        self.date.setEnabled(known.isValid())
        note = QLabel(
            self.tr(
                "Relative dates in the article (“two months later”, “on Tuesday”) are read"
                " from this date. Ctrl+Z puts the previous one back."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (note, self.date, self.unknown, buttons):
            layout.addWidget(widget)

    def answer(self) -> ArticleDate:
        if self.unknown.isChecked():
            return ArticleDate(None)
        return ArticleDate(self.date.date().toString("yyyy-MM-dd"))

    @classmethod
    def ask(cls, parent: QWidget | None, dct: str | None) -> ArticleDate | None:
        dialog = cls(dct, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


class LanguageMenu(QMenu):
    """The languages an article can be read in, the current one checked."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        group = QActionGroup(self)
        for code in READABLE:
            action = self.addAction(
                self.tr("Read it in {language}").format(language=language_name(code))
            )
            action.setData(code)
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)

    @classmethod
    def ask(cls, parent: QWidget | None, current: str, at: QPoint) -> str | None:
        menu = cls(current, parent)
        chosen = menu.exec(at)
        menu.deleteLater()
        return str(chosen.data()) if chosen is not None else None


@dataclass(frozen=True, slots=True)
class LanguageChoice:
    """The interface's language the reader chose ("fr", "en"), or None: the system's."""

    language: str | None


class PreferencesDialog(QDialog):
    """Edit ▸ Preferences…: the interface's language."""

    def __init__(self, language: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        system = "Français" if system_language() == "fr" else "English"
        self.language.addItem(self.tr("The system's language ({name})").format(name=system), "")
        self.language.addItem("Français", "fr")  # each in its own language
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(language or ""), 0))
        note = QLabel(self.tr("Liseuse speaks the new language from its next start."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(note)
        form.addRow(buttons)

    def answer(self) -> LanguageChoice:
        return LanguageChoice(self.language.currentData() or None)

    @classmethod
    def ask(cls, parent: QWidget | None, language: str | None) -> LanguageChoice | None:
        dialog = cls(language, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
