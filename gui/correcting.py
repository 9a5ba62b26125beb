"""The reader corrects the extractor from where the mistake shows: a name or a date in the text,
a row of the People panel, an event of the timeline, or a selection. Each menu entry is one
correction (``CorrectionOps``), undoable with the highlights; a corrected item offers to take the
correction back, which shows the extractor's word again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu

from core.corrections.describe import amendment_words
from core.model import ENTITY_KINDS, Entity, Extraction, TimeExpression
from gui.correction_dialogs import CorrectionsDialog, DateDialog, NameDialog, PersonDialog
from gui.mainwindow import MainWindow
from gui.models import ENTITY_ROLE, EVENT_ROLE
from gui.operations.corrections import CorrectionOps
from gui.palette import KIND_SINGULAR

MAX_CHOICES = 25  # entries in a "Merge into" or "Count from" menu


class Correcting(QObject):
    def __init__(self, window: MainWindow, ops: CorrectionOps) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        window.overlay.menu_hooks.append(self.article_menu)
        for view in (window.people.table, window.timeline.list):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.people.table.customContextMenuRequested.connect(self._people_menu)
        window.timeline.list.customContextMenuRequested.connect(self._timeline_menu)
        window.actions_by_name["corrections"].triggered.connect(ops.list)
        ops.listed.connect(self._ask_which_to_take_back)

    @property
    def extraction(self) -> Extraction | None:
        return self.window.article.extraction

    # -- where the menus open -------------------------------------------------------------------
    def article_menu(self, menu: QMenu, point: QPoint) -> None:
        """A name or a date under the pointer, else the selection."""
        extraction = self.extraction
        if extraction is None or self.ops.document_id is None:
            return
        mark = self.window.article.text.mark_at_point(point)
        if mark is not None and mark.kind == "DATE":
            date = extraction.date(mark.ref)
            if date is not None:
                self.date_menu(menu.addMenu("Correct the &date"), date)
        elif mark is not None:
            entity = extraction.entity(mark.ref)
            if entity is not None:
                self.entity_menu(menu.addMenu("Correct the &name"), entity)
        span = self.window.overlay.selected_span()
        if span is not None:
            self.selection_menu(menu.addMenu("&Mark the selection as"), span)

    def _people_menu(self, point: QPoint) -> None:
        index = self.window.people.table.indexAt(point)
        entity = index.data(ENTITY_ROLE) if index.isValid() else None
        if isinstance(entity, Entity) and self.ops.document_id is not None:
            menu = QMenu(self.window)
            self.entity_menu(menu, entity)
            menu.exec(self.window.people.table.viewport().mapToGlobal(point))
            menu.deleteLater()

    def _timeline_menu(self, point: QPoint) -> None:
        index = self.window.timeline.list.indexAt(point)
        row = index.data(EVENT_ROLE) if index.isValid() else None
        extraction = self.extraction
        date = extraction.date(row.event.date_id) if row and extraction else None
        if date is not None and self.ops.document_id is not None:
            menu = QMenu(self.window)
            self.date_menu(menu, date)
            menu.exec(self.window.timeline.list.viewport().mapToGlobal(point))
            menu.deleteLater()

    # -- names ----------------------------------------------------------------------------------
    def entity_menu(self, menu: QMenu, entity: Entity) -> None:
        name, ops = entity.name, self.ops
        kinds = menu.addMenu("&Kind")
        everywhere = QMenu("In &every article", kinds)
        for kind in ENTITY_KINDS:
            word = KIND_SINGULAR[kind]
            here = kinds.addAction(word)
            here.setCheckable(True)
            here.setChecked(kind == entity.kind)
            here.triggered.connect(self._kind(entity, kind, everywhere=False))
            everywhere.addAction(word).triggered.connect(self._kind(entity, kind, everywhere=True))
        kinds.addSeparator()
        kinds.addMenu(everywhere)
        menu.addAction("&Not a name").triggered.connect(
            lambda: ops.add("not_name", name, f"“{name}” is not a name")
        )
        menu.addAction("Never a name (every article)").triggered.connect(
            lambda: ops.add("not_name", name, f"“{name}” is never a name", everywhere=True)
        )
        self._merge_menu(menu.addMenu("&Merge into"), entity)
        aliases = [a for a in entity.aliases if a != name]
        if aliases:
            split = menu.addMenu("&Split off")
            for alias in aliases[:MAX_CHOICES]:
                split.addAction(f"“{alias}”").triggered.connect(
                    lambda _=False, a=alias: ops.add("split", a, f"“{a}” is a name of its own")
                )
        menu.addAction("&Rename…").triggered.connect(lambda: self._rename(entity))
        if entity.kind == "PER":
            menu.addAction("&Age and roles…").triggered.connect(lambda: self._person(entity))
        self._take_back_entries(menu, "entity", entity.id)

    def _kind(self, entity: Entity, kind: str, *, everywhere: bool) -> Callable[[], None]:
        where = " in every article" if everywhere else ""
        message = f"“{entity.name}”: {KIND_SINGULAR[kind].lower()}{where}"
        return lambda: self.ops.add("kind", entity.name, message, everywhere=everywhere, kind=kind)

    def _merge_menu(self, menu: QMenu, entity: Entity) -> None:
        extraction = self.extraction
        others = [e for e in (extraction.entities if extraction else ()) if e.id != entity.id]
        others.sort(key=lambda e: (e.kind != entity.kind, -len(e.mentions), e.name))
        for other in others[:MAX_CHOICES]:
            menu.addAction(f"{other.name} ({KIND_SINGULAR[other.kind].lower()})").triggered.connect(
                lambda _=False, o=other: self.ops.add(
                    "merge", entity.name, f"“{entity.name}” merged into “{o.name}”", into=o.name
                )
            )
        menu.setEnabled(bool(others))

    def _rename(self, entity: Entity) -> None:
        new = NameDialog.ask(self.window, "Rename", f"A new name for “{entity.name}”", entity.name)
        if new and new != entity.name:
            self.ops.add("rename", entity.name, f"“{entity.name}” renamed “{new}”", name=new)

    def _person(self, entity: Entity) -> None:
        answer = PersonDialog.ask(
            self.window, entity.name, entity.attributes.age, entity.attributes.roles
        )
        if answer is not None:
            age, roles = answer
            message = f"{entity.name}: age and roles set"
            self.ops.add("person", entity.name, message, age=age, roles=roles)

    # -- dates ----------------------------------------------------------------------------------
    def date_menu(self, menu: QMenu, date: TimeExpression) -> None:
        ops, quote, span = self.ops, date.text, (date.start, date.end)
        menu.addAction("Change the &value…").triggered.connect(lambda: self._revalue(date))
        self._anchor_menu(menu.addMenu("&Count from"), date)
        menu.addAction("&Not a date").triggered.connect(
            lambda: ops.add("not_date", quote, f"“{quote}” is not a date", span=span)
        )
        extraction = self.extraction
        on_timeline = bool(extraction) and any(
            e.date_id == date.id for e in (extraction.events if extraction else ())
        )
        if on_timeline:
            menu.addAction("Keep &off the timeline").triggered.connect(
                lambda: ops.add(
                    "off_timeline", quote, f"“{quote}” kept off the timeline", span=span
                )
            )
        else:
            menu.addAction("Put &on the timeline").triggered.connect(
                lambda: ops.add("on_timeline", quote, f"“{quote}” put on the timeline", span=span)
            )
        self._take_back_entries(menu, "date", date.id)

    def _revalue(self, date: TimeExpression) -> None:
        answer = DateDialog.ask(self.window, date.text, date.value, date.mod)
        if answer is not None:
            value, mod = answer
            message = f"“{date.text}” is {value}"
            self.ops.add(
                "date_value", date.text, message, span=(date.start, date.end), value=value, mod=mod
            )

    def _anchor_menu(self, menu: QMenu, date: TimeExpression) -> None:
        extraction = self.extraction
        others = [
            d for d in (extraction.dates if extraction else ()) if d.id != date.id and d.value
        ]
        for other in others[:MAX_CHOICES]:
            menu.addAction(f"“{other.text}” ({other.value})").triggered.connect(
                lambda _=False, o=other: self.ops.add(
                    "date_anchor",
                    date.text,
                    f"“{date.text}” counts from “{o.text}”",
                    span=(date.start, date.end),
                    anchor_span=(o.start, o.end),
                )
            )
        menu.setEnabled(bool(others) and date.value is not None)

    # -- a selection ----------------------------------------------------------------------------
    def selection_menu(self, menu: QMenu, span: tuple[int, int]) -> None:
        extraction = self.extraction
        if extraction is None:
            return
        words = extraction.text[span[0] : span[1]]
        for kind in ENTITY_KINDS:
            menu.addAction(f"A name: {KIND_SINGULAR[kind].lower()}").triggered.connect(
                lambda _=False, k=kind: self.ops.add(
                    "mark_name", words, f"“{words}” marked as a name", kind=k
                )
            )
        joined = menu.addMenu("A name of")
        people = sorted(extraction.entities, key=lambda e: (-len(e.mentions), e.name))
        for entity in people[:MAX_CHOICES]:
            joined.addAction(entity.name).triggered.connect(
                lambda _=False, e=entity: self.ops.add(
                    "mark_name", words, f"“{words}” is {e.name}", kind=e.kind, join=e.name
                )
            )
        joined.setEnabled(bool(people))
        menu.addAction("A &date…").triggered.connect(lambda: self._mark_date(words, span))

    def _mark_date(self, words: str, span: tuple[int, int]) -> None:
        answer = DateDialog.ask(self.window, words, None, None)
        if answer is not None:
            value, mod = answer
            message = f"“{words}” is the date {value}"
            self.ops.add("mark_date", words, message, span=span, value=value, mod=mod)

    # -- taking a correction back ---------------------------------------------------------------
    def _take_back_entries(self, menu: QMenu, target: str, target_id: int) -> None:
        """ "Take back: kind changed by you; the extractor said organisation" for each of the
        item's corrections: one click shows the extractor's word again."""
        extraction = self.extraction
        events = {e.id for e in (extraction.events if extraction else ()) if e.date_id == target_id}
        amendments = [
            a
            for a in (extraction.amendments if extraction else ())
            if (a.target, a.target_id) == (target, target_id)
            or (target == "date" and a.target == "event" and a.target_id in events)
        ]
        if amendments:
            menu.addSeparator()
        for amendment in amendments:
            words = amendment_words(amendment)
            menu.addAction(f"Take back: {words}").triggered.connect(
                lambda _=False, uuid=amendment.correction, w=words: self.ops.remove_by_uuid(
                    uuid, f"Taken back: {w}"
                )
            )

    def _ask_which_to_take_back(self, listing: tuple[list[object], set[str]]) -> None:
        corrections, unapplied = listing
        for correction in CorrectionsDialog.ask(self.window, corrections, unapplied):  # type: ignore[arg-type]
            self.ops.remove(correction, f"Taken back: {correction.subject}")
