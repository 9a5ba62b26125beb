"""Dialogs, each behind a ``classmethod ask(...)``: callers are tested by patching one method."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ARTICLE_FILTER = "Articles (*.txt *.html *.htm *.md *.markdown);;All files (*)"


class OpenFileDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, directory: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, "Open an article", directory, ARTICLE_FILTER)
        return path or None


class OpenUrlDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open a web page")
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("https://…")
        self.edit.setMinimumWidth(420)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Address of the article:", self))
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
        self.setWindowTitle("Keyboard shortcuts")
        rows = [(a.text().replace("&", ""), a.shortcut().toString()) for a in actions]
        rows = [(name, keys) for name, keys in rows if keys]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels(["Action", "Shortcut"])
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
