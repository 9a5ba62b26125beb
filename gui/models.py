"""Item models over an ``Extraction``: the timeline's events and the people panel's entities.

Both are read-only models reset when a new extraction arrives; views reach them through the
filter proxies below, which narrow them without copying anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication

from core.model import Correction, Entity, Extraction
from gui.digest import EventRow, event_rows
from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.palette import kind_colours, kind_singular
from gui.qtcompat import filter_change
from gui.search import fold
from gui.words import amendment_said, correction_said

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

EVENT_ROLE = Qt.ItemDataRole.UserRole + 1  # the EventRow
PARTICIPANTS_ROLE = Qt.ItemDataRole.UserRole + 2  # tuple of entity ids
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 3  # the Entity
KIND_ROLE = Qt.ItemDataRole.UserRole + 4  # "PER", "ORG", …
SORT_ROLE = Qt.ItemDataRole.UserRole + 5  # a value that sorts naturally
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 6  # folded name and aliases
CORRECTION_ROLE = Qt.ItemDataRole.UserRole + 7  # the Correction


class EventsModel(QAbstractListModel):
    """The events of one article in date order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[EventRow] = []

    def set_extraction(self, extraction: Extraction | None) -> None:
        self.set_rows(event_rows(extraction) if extraction else [])

    def set_rows(self, rows: Sequence[EventRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.date_text} — {row.event.label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return _event_tooltip(row)
        if role == EVENT_ROLE:
            return row
        if role == PARTICIPANTS_ROLE:
            return row.event.participants
        return None

    def axis(self) -> tuple[int, int] | None:
        """The ordinal days every event fits in (the timeline's axis), or None."""
        spans = [row.span for row in self._rows if row.span]
        if not spans:
            return None
        return min(s[0] for s in spans), max(s[1] for s in spans)

    def row_of_event(self, event_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.event.id == event_id), -1)

    def event_at(self, offset: int) -> EventRow | None:
        """The last event whose sentence starts at or before ``offset`` in the text."""
        before = [r for r in self._rows if r.event.start <= offset]
        return max(before, key=lambda r: r.event.start, default=None)


def _event_tooltip(row: EventRow) -> str:
    written = translate("Events", "{date} — written “{quote}”")
    lines = [written.format(date=row.date_text, quote=row.quote) if row.quote else row.date_text]
    if row.derived_from:
        lines.append(translate("Events", "Derived {how}").format(how=row.derived_from))
    lines.append(row.event.label)
    if row.people:
        lines.append(translate("Events", "With {people}").format(people=", ".join(row.people)))
    lines += [f"✎ {words}" for words in row.corrected]
    return "\n".join(lines)


class EventsFilter(QSortFilterProxyModel):
    """Keeps the events of one entity (or all of them)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entity_id: int | None = None

    @property
    def entity_id(self) -> int | None:
        return self._entity_id

    def set_entity(self, entity_id: int | None) -> None:
        if entity_id == self._entity_id:
            return
        with filter_change(self):
            self._entity_id = entity_id

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._entity_id is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._entity_id in (index.data(PARTICIPANTS_ROLE) or ())


COLUMNS = (
    QT_TRANSLATE_NOOP("Entities", "Name"),
    QT_TRANSLATE_NOOP("Entities", "Also called"),
    QT_TRANSLATE_NOOP("Entities", "Mentions"),
    QT_TRANSLATE_NOOP("Entities", "Age"),
    QT_TRANSLATE_NOOP("Entities", "Roles"),
)
NAME, ALIASES, MENTIONS, AGE, ROLES = range(len(COLUMNS))


class EntitiesModel(QAbstractTableModel):
    """People, organisations, places and other names of one article."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entities: list[Entity] = []
        self._folded: list[str] = []
        self._corrected: dict[int, list[str]] = {}

    def set_extraction(self, extraction: Extraction | None) -> None:
        self.beginResetModel()
        self._entities = list(extraction.entities) if extraction else []
        self._folded = [fold(" | ".join((e.name, *e.aliases))) for e in self._entities]
        self._corrected = {}
        for amendment in extraction.amendments if extraction else ():
            if amendment.target == "entity":
                words = amendment_said(amendment)
                self._corrected.setdefault(amendment.target_id, []).append(words)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entities)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return translate("Entities", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entities):
            return None
        entity = self._entities[index.row()]
        notes = self._corrected.get(entity.id, [])
        if role == Qt.ItemDataRole.DisplayRole:
            text = _cell_text(entity, index.column())
            return f"{text} ✎" if notes and index.column() == NAME else text
        if role == SORT_ROLE:
            return _sort_value(entity, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([_entity_tooltip(entity), *(f"✎ {n}" for n in notes)])
        if role == Qt.ItemDataRole.DecorationRole and index.column() == NAME:
            return QColor(kind_colours(entity.kind, QGuiApplication.palette()).line)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (MENTIONS, AGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return _entity_role(entity, self._folded[index.row()], role)

    def row_of_entity(self, entity_id: int) -> int:
        return next((i for i, e in enumerate(self._entities) if e.id == entity_id), -1)


def _entity_role(entity: Entity, folded: str, role: int) -> Any:
    if role == ENTITY_ROLE:
        return entity
    if role == KIND_ROLE:
        return entity.kind
    if role == SEARCH_ROLE:
        return folded
    return None


def _cell_text(entity: Entity, column: int) -> str:
    if column == NAME:
        return entity.name
    if column == ALIASES:
        return ", ".join(a for a in entity.aliases if a != entity.name)
    if column == MENTIONS:
        return str(len(entity.mentions))
    if column == AGE:
        age = entity.attributes.age
        return "" if age is None else EntitiesModel.tr("%n years", "", age)  # type: ignore[arg-type]
    return ", ".join(entity.attributes.roles)


def _sort_value(entity: Entity, column: int) -> Any:
    if column == MENTIONS:
        return len(entity.mentions)
    if column == AGE:
        return -1 if entity.attributes.age is None else entity.attributes.age
    return fold(_cell_text(entity, column))


def _entity_tooltip(entity: Entity) -> str:
    lines = [f"{entity.name} — {kind_singular(entity.kind).lower()}"]
    aliases = [a for a in entity.aliases if a != entity.name]
    if aliases:
        lines.append(translate("Entities", "Also called {names}").format(names=", ".join(aliases)))
    lines.append(EntitiesModel.tr("%n mentions", "", len(entity.mentions)))  # type: ignore[arg-type]
    if entity.attributes.age is not None:
        age = entity.attributes.age
        lines.append(EntitiesModel.tr("Age: %n years", "", age))  # type: ignore[arg-type]
    if entity.attributes.roles:
        roles = ", ".join(entity.attributes.roles)
        lines.append(translate("Entities", "Roles: {roles}").format(roles=roles))
    return "\n".join(lines)


class EntitiesFilter(QSortFilterProxyModel):
    """Narrows the entities to some kinds and to those whose name or alias holds a search."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kinds: frozenset[str] = frozenset({"PER"})
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    @property
    def kinds(self) -> frozenset[str]:
        return self._kinds

    def set_kinds(self, kinds: frozenset[str]) -> None:
        if kinds != self._kinds:
            with filter_change(self):
                self._kinds = kinds

    def set_search(self, text: str) -> None:
        needle = fold(text.strip())
        if needle != self._needle:
            with filter_change(self):
                self._needle = needle

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if index.data(KIND_ROLE) not in self._kinds:
            return False
        return not self._needle or self._needle in (index.data(SEARCH_ROLE) or "")


class CorrectionsModel(QAbstractListModel):
    """The reader's corrections, in words (Edit ▸ Corrections…)."""

    def __init__(
        self, corrections: Sequence[Correction], unapplied: set[str], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._corrections = list(corrections)
        self._unapplied = set(unapplied)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._corrections)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._corrections):
            return None
        correction = self._corrections[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = correction_said(correction)
            if correction.scope != "everywhere":
                text += "  — " + translate("Corrections", "this article")
            if correction.uuid in self._unapplied:
                text += "  " + translate("Corrections", "(no longer applies: its words are gone)")
            return text
        if role == CORRECTION_ROLE:
            return correction
        return None
