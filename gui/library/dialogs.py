"""The questions the library asks, each behind a ``classmethod ask(...)`` (tests patch them)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.annotations.dialogs import documents_folder


class FolderDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, caption: str) -> Path | None:
        found = QFileDialog.getExistingDirectory(parent, caption, str(documents_folder()))
        return Path(found) if found else None


def addresses_in(text: str) -> list[str]:
    """One address (or file path) per line; blank lines and ``#`` comments left out."""
    lines = (line.strip() for line in text.splitlines())
    return list(dict.fromkeys(line for line in lines if line and not line.startswith("#")))


class AddressesDialog(QDialog):
    """Paste a list of addresses (one a line) to add them all to the library."""

    def __init__(self, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Add articles from their addresses")
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText("https://…\nhttps://…")
        self.edit.setPlainText(text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("One address (or file path) per line:", self))
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.resize(560, 320)

    @classmethod
    def ask(cls, parent: QWidget | None, text: str = "") -> list[str]:
        dialog = cls(parent, text)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return addresses_in(dialog.edit.toPlainText())


class EmptyTrashDialog:
    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        answer = QMessageBox.question(
            parent,
            "Empty the trash",
            "Delete the articles in the trash for good?\n\nTheir highlights are kept, "
            "and come back if the same text is added again.",
        )
        return answer == QMessageBox.StandardButton.Yes
