"""The questions a correction asks, each behind a ``classmethod ask(...)`` so that callers are
tested by patching one method: a new name, a person's age and roles, a date's value (a small
editor: year, month, day, time, precision and modifier), and the list of corrections."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from core.model import Correction
from core.temporal.calendar import Point, format_value, parse_value
from gui.models import CORRECTION_ROLE, CorrectionsModel

PRECISIONS = (("year", "Year"), ("month", "Month"), ("day", "Day"), ("time", "Day and time"))
MODS = (
    ("", "exactly"),
    ("START", "at the start of"),
    ("MID", "in the middle of"),
    ("END", "at the end of"),
    ("APPROX", "about"),
    ("BEFORE", "before"),
    ("AFTER", "after"),
)


class NameDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None


class PersonDialog(QDialog):
    """A person's age (none: 0) and roles (one per line)."""

    def __init__(self, name: str, age: int | None, roles: Sequence[str], parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(f"{name}: age and roles")
        self.age = QSpinBox(self)
        self.age.setRange(0, 149)
        self.age.setSpecialValueText("unknown")
        self.age.setValue(age or 0)
        self.roles = QLineEdit("; ".join(roles), self)
        self.roles.setPlaceholderText("roles, separated by ';'")
        form = QFormLayout(self)
        form.addRow("Age", self.age)
        form.addRow("Roles", self.roles)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def answer(self) -> tuple[int | None, list[str]]:
        age = self.age.value() or None
        return age, [r.strip() for r in self.roles.text().split(";") if r.strip()]

    @classmethod
    def ask(
        cls, parent: QWidget | None, name: str, age: int | None, roles: Sequence[str]
    ) -> tuple[int | None, list[str]] | None:
        dialog = cls(name, age, roles, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


class DateDialog(QDialog):
    """A date's value: year, month, day and time at the chosen precision, with a modifier."""

    def __init__(self, quote: str, value: str | None, mod: str | None, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle("The date")
        point = parse_value(value or "") or Point("year", 2000)
        self.precision = QComboBox(self)
        for key, label in PRECISIONS:
            self.precision.addItem(label, key)
        gran = point.gran if point.gran in dict(PRECISIONS) else "year"
        self.precision.setCurrentIndex([k for k, _ in PRECISIONS].index(gran))
        self.year = _spin(self, 1, 9999, point.year or 2000)
        self.month = _spin(self, 1, 12, point.month or 1)
        self.day = _spin(self, 1, 31, point.day or 1)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        if point.hour is not None:
            self.time.setTime(QTime(point.hour, point.minute or 0))
        self.mod = QComboBox(self)
        for key, label in MODS:
            self.mod.addItem(label, key)
        keys = [k for k, _ in MODS]
        self.mod.setCurrentIndex(keys.index(mod) if mod in keys else 0)
        self.preview = QLabel(self)
        form = QFormLayout(self)
        form.addRow(QLabel(f"“{quote}”", self))
        form.addRow("Precision", self.precision)
        form.addRow("Year", self.year)
        form.addRow("Month", self.month)
        form.addRow("Day", self.day)
        form.addRow("Time", self.time)
        form.addRow("Meaning", self.mod)
        form.addRow("Value", self.preview)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for widget in (self.year, self.month, self.day):
            widget.valueChanged.connect(self._update)
        self.precision.currentIndexChanged.connect(self._update)
        self.time.timeChanged.connect(self._update)
        self._update()

    def value(self) -> str:
        gran = self.precision.currentData()
        time = self.time.time()
        point = Point(
            gran,
            self.year.value(),
            self.month.value() if gran != "year" else None,
            self.day.value() if gran in ("day", "time") else None,
            time.hour() if gran == "time" else None,
            time.minute() if gran == "time" else None,
        )
        return format_value(point)

    def answer(self) -> tuple[str, str | None]:
        return self.value(), self.mod.currentData() or None

    def _update(self) -> None:
        gran = self.precision.currentData()
        self.month.setEnabled(gran != "year")
        self.day.setEnabled(gran in ("day", "time"))
        self.time.setEnabled(gran == "time")
        valid = parse_value(self.value()) is not None
        self.preview.setText(self.value() if valid else "not a date (check the day)")

    @classmethod
    def ask(
        cls, parent: QWidget | None, quote: str, value: str | None, mod: str | None
    ) -> tuple[str, str | None] | None:
        dialog = cls(quote, value, mod, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        answer = dialog.answer()
        return answer if parse_value(answer[0]) is not None else None


def _spin(parent: QWidget, low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(low, high)
    box.setValue(value)
    return box


class CorrectionsDialog(QDialog):
    """Edit ▸ Corrections…: the rules for every article and this article's corrections; those
    chosen are taken back (each undoable)."""

    def __init__(
        self, corrections: Sequence[Correction], unapplied: set[str], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Corrections")
        self.resize(560, 380)
        self.model = CorrectionsModel(corrections, unapplied, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        empty = QLabel("No corrections yet. Right-click a name or a date to correct it.", self)
        empty.setVisible(not corrections)
        buttons = QDialogButtonBox(self)
        self.remove = buttons.addButton("Take back", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> list[Correction]:
        rows = self.list.selectionModel().selectedRows()
        return [index.data(CORRECTION_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    @classmethod
    def ask(
        cls, parent: QWidget | None, corrections: Sequence[Correction], unapplied: set[str]
    ) -> list[Correction]:
        """The corrections the reader chose to take back (none when closed)."""
        dialog = cls(corrections, unapplied, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []
