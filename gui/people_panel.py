"""The people panel: who is in the article, with organisations and places behind a kind filter."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.model import Entity
from gui.i18n import QT_TRANSLATE_NOOP
from gui.models import AGE, ALIASES, ENTITY_ROLE, MENTIONS, NAME, EntitiesFilter, EntitiesModel
from gui.operations.language import language_name

KIND_CHOICES: tuple[tuple[str, frozenset[str]], ...] = (
    (QT_TRANSLATE_NOOP("PeoplePanel", "People"), frozenset({"PER"})),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Organisations"), frozenset({"ORG"})),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Places"), frozenset({"LOC"})),
    (QT_TRANSLATE_NOOP("PeoplePanel", "Other names"), frozenset({"MISC"})),
    (
        QT_TRANSLATE_NOOP("PeoplePanel", "Everyone and everything"),
        frozenset({"PER", "ORG", "LOC", "MISC"}),
    ),
)


class PeoplePanel(QWidget):
    entityChosen = Signal(object)  # Entity, or None when the selection is cleared

    def __init__(self, model: EntitiesModel, proxy: EntitiesFilter, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.proxy = proxy
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names and aliases"))
        self.search.setClearButtonEnabled(True)
        self.kinds = QComboBox(self)
        for label, kinds in KIND_CHOICES:
            self.kinds.addItem(self.tr(label), kinds)
        self.table = QTableView(self)
        self.note = QLabel(self)
        self.note.setObjectName("peopleNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.note.setContentsMargins(6, 6, 6, 6)
        self.note.hide()
        self._set_up_table()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kinds)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note, 1)
        self.search.textChanged.connect(proxy.set_search)
        self.kinds.currentIndexChanged.connect(self._on_kinds)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

    def _set_up_table(self) -> None:
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MENTIONS, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (MENTIONS, AGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(40)  # size columns on the first rows, not on all
        header.setStretchLastSection(True)
        header.resizeSection(NAME, 150)
        header.resizeSection(ALIASES, 100)
        header.setMinimumSectionSize(36)

    def show_missing_model(self, language: str | None, model: str | None) -> None:
        """No names because no spaCy model of the article's language is installed: say so,
        with the command that installs one, instead of an empty table (None: names as usual)."""
        if language is None or model is None:
            self.note.hide()
            self.table.show()
            return
        command = f"python -m spacy download {model}"
        said = self.tr(
            "No name was looked for: no spaCy model for {language} is installed (the dates"
            " were found). Install one with this command, then open the article again:"
        ).format(language=language_name(language))
        self.note.setText(f"<p>{html.escape(said)}</p><p><code>{html.escape(command)}</code></p>")
        self.note.setToolTip(command)
        self.table.hide()
        self.note.show()

    def _on_kinds(self, row: int) -> None:
        self.proxy.set_kinds(self.kinds.itemData(row))

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.entityChosen.emit(self.current_entity())

    def current_entity(self) -> Entity | None:
        rows = self.table.selectionModel().selectedRows(NAME)
        return rows[0].data(ENTITY_ROLE) if rows else None

    def select_entity(self, entity_id: int) -> None:
        """Select an entity (clicked in the article), widening the filters to show it."""
        row = self.model.row_of_entity(entity_id)
        if row < 0:
            return
        entity: Entity = self.model.index(row, NAME).data(ENTITY_ROLE)
        if entity.kind not in self.proxy.kinds:
            self.kinds.setCurrentIndex(
                next(i for i, (_, kinds) in enumerate(KIND_CHOICES) if entity.kind in kinds)
            )
        index = self.proxy.mapFromSource(self.model.index(row, NAME))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, NAME))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def clear_selection(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
