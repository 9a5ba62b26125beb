"""The reader corrects the extractor from where the mistake shows: a name or a date in the text,
a row of the People panel, an event of the timeline, or a selection. Each menu entry is one
correction (``CorrectionOps``), undoable with the highlights; a corrected item offers to take the
correction back, which shows the extractor's word again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu

from core.model import ENTITY_KINDS, Entity, Extraction, TimeExpression
from core.temporal.display import say_date
from gui.correction_dialogs import CorrectionsDialog, DateDialog, NameDialog, PersonDialog
from gui.mainwindow import MainWindow
from gui.models import ENTITY_ROLE, EVENT_ROLE
from gui.operations.corrections import CorrectionOps
from gui.palette import kind_singular
from gui.words import amendment_said, correction_said

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
                self.date_menu(menu.addMenu(self.tr("Correct the &date")), date)
        elif mark is not None:
            entity = extraction.entity(mark.ref)
            if entity is not None:
                self.entity_menu(menu.addMenu(self.tr("Correct the &name")), entity)
        span = self.window.overlay.selected_span()
        if span is not None:
            self.selection_menu(menu.addMenu(self.tr("&Mark the selection as")), span)

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
        kinds = menu.addMenu(self.tr("&Kind"))
        everywhere = QMenu(self.tr("In &every article"), kinds)
        for kind in ENTITY_KINDS:
            word = kind_singular(kind)
            here = kinds.addAction(word)
            here.setCheckable(True)
            here.setChecked(kind == entity.kind)
            here.triggered.connect(self._kind(entity, kind, everywhere=False))
            everywhere.addAction(word).triggered.connect(self._kind(entity, kind, everywhere=True))
        kinds.addSeparator()
        kinds.addMenu(everywhere)
        not_name = self.tr("“{name}” is not a name").format(name=name)
        never = self.tr("“{name}” is never a name").format(name=name)
        menu.addAction(self.tr("&Not a name")).triggered.connect(
            lambda: ops.add("not_name", name, not_name)
        )
        menu.addAction(self.tr("Never a name (every article)")).triggered.connect(
            lambda: ops.add("not_name", name, never, everywhere=True)
        )
        self._merge_menu(menu.addMenu(self.tr("&Merge into")), entity)
        aliases = [a for a in entity.aliases if a != name]
        if aliases:
            split = menu.addMenu(self.tr("&Split off"))
            for alias in aliases[:MAX_CHOICES]:
                own = self.tr("“{name}” is a name of its own").format(name=alias)
                split.addAction(f"“{alias}”").triggered.connect(
                    lambda _=False, a=alias, m=own: ops.add("split", a, m)
                )
        menu.addAction(self.tr("&Rename…")).triggered.connect(lambda: self._rename(entity))
        if entity.kind == "PER":
            menu.addAction(self.tr("&Age and roles…")).triggered.connect(
                lambda: self._person(entity)
            )
        self._take_back_entries(menu, "entity", entity.id)

    def _kind(self, entity: Entity, kind: str, *, everywhere: bool) -> Callable[[], None]:
        said = (
            self.tr("“{name}”: {kind} in every article")
            if everywhere
            else self.tr("“{name}”: {kind}")
        )
        message = said.format(name=entity.name, kind=kind_singular(kind).lower())
        return lambda: self.ops.add("kind", entity.name, message, everywhere=everywhere, kind=kind)

    def _merge_menu(self, menu: QMenu, entity: Entity) -> None:
        extraction = self.extraction
        others = [e for e in (extraction.entities if extraction else ()) if e.id != entity.id]
        others.sort(key=lambda e: (e.kind != entity.kind, -len(e.mentions), e.name))
        for other in others[:MAX_CHOICES]:
            merged = self.tr("“{name}” merged into “{other}”").format(
                name=entity.name, other=other.name
            )
            menu.addAction(f"{other.name} ({kind_singular(other.kind).lower()})").triggered.connect(
                lambda _=False, o=other, m=merged: self.ops.add(
                    "merge", entity.name, m, into=o.name
                )
            )
        menu.setEnabled(bool(others))

    def _rename(self, entity: Entity) -> None:
        new = NameDialog.ask(
            self.window,
            self.tr("Rename"),
            self.tr("A new name for “{name}”").format(name=entity.name),
            entity.name,
        )
        if new and new != entity.name:
            message = self.tr("“{name}” renamed “{new}”").format(name=entity.name, new=new)
            self.ops.add("rename", entity.name, message, name=new)

    def _person(self, entity: Entity) -> None:
        answer = PersonDialog.ask(
            self.window, entity.name, entity.attributes.age, entity.attributes.roles
        )
        if answer is not None:
            age, roles = answer
            message = self.tr("{name}: age and roles set").format(name=entity.name)
            self.ops.add("person", entity.name, message, age=age, roles=roles)

    # -- dates ----------------------------------------------------------------------------------
    def date_menu(self, menu: QMenu, date: TimeExpression) -> None:
        ops, quote, span = self.ops, date.text, (date.start, date.end)
        menu.addAction(self.tr("Change the &value…")).triggered.connect(lambda: self._revalue(date))
        self._anchor_menu(menu.addMenu(self.tr("&Count from")), date)
        not_date = self.tr("“{quote}” is not a date").format(quote=quote)
        menu.addAction(self.tr("&Not a date")).triggered.connect(
            lambda: ops.add("not_date", quote, not_date, span=span)
        )
        extraction = self.extraction
        on_timeline = bool(extraction) and any(
            e.date_id == date.id for e in (extraction.events if extraction else ())
        )
        if on_timeline:
            off = self.tr("“{quote}” kept off the timeline").format(quote=quote)
            menu.addAction(self.tr("Keep &off the timeline")).triggered.connect(
                lambda: ops.add("off_timeline", quote, off, span=span)
            )
        else:
            on = self.tr("“{quote}” put on the timeline").format(quote=quote)
            menu.addAction(self.tr("Put &on the timeline")).triggered.connect(
                lambda: ops.add("on_timeline", quote, on, span=span)
            )
        self._take_back_entries(menu, "date", date.id)

    def _revalue(self, date: TimeExpression) -> None:
        answer = DateDialog.ask(self.window, date.text, date.value, date.mod)
        if answer is not None:
            value, mod = answer
            message = self.tr("“{quote}” is {date}").format(
                quote=date.text, date=self._say(value, mod)
            )
            self.ops.add(
                "date_value", date.text, message, span=(date.start, date.end), value=value, mod=mod
            )

    def _anchor_menu(self, menu: QMenu, date: TimeExpression) -> None:
        extraction = self.extraction
        if extraction is None:
            return
        others = [d for d in extraction.dates if d.id != date.id and d.value]
        for other in others[:MAX_CHOICES]:
            words = say_date(other.value or "", other.mod, extraction.document.language)
            counts = self.tr("“{quote}” counts from “{other}”").format(
                quote=date.text, other=other.text
            )
            menu.addAction(f"“{other.text}” ({words})").triggered.connect(
                lambda _=False, o=other, m=counts: self.ops.add(
                    "date_anchor",
                    date.text,
                    m,
                    span=(date.start, date.end),
                    anchor_span=(o.start, o.end),
                )
            )
        menu.setEnabled(bool(others) and date.value is not None)

    def _say(self, value: str, mod: str | None) -> str:
        language = self.extraction.document.language if self.extraction else "fr"
        return say_date(value, mod, language)

    # -- a selection ----------------------------------------------------------------------------
    def selection_menu(self, menu: QMenu, span: tuple[int, int]) -> None:
        extraction = self.extraction
        if extraction is None:
            return
        words = extraction.text[span[0] : span[1]]
        marked = self.tr("“{words}” marked as a name").format(words=words)
        for kind in ENTITY_KINDS:
            label = self.tr("A name: {kind}").format(kind=kind_singular(kind).lower())
            menu.addAction(label).triggered.connect(
                lambda _=False, k=kind: self.ops.add("mark_name", words, marked, kind=k)
            )
        joined = menu.addMenu(self.tr("A name of"))
        people = sorted(extraction.entities, key=lambda e: (-len(e.mentions), e.name))
        for entity in people[:MAX_CHOICES]:
            who = self.tr("“{words}” is {name}").format(words=words, name=entity.name)
            joined.addAction(entity.name).triggered.connect(
                lambda _=False, e=entity, m=who: self.ops.add(
                    "mark_name", words, m, kind=e.kind, join=e.name
                )
            )
        joined.setEnabled(bool(people))
        menu.addAction(self.tr("A &date…")).triggered.connect(lambda: self._mark_date(words, span))

    def _mark_date(self, words: str, span: tuple[int, int]) -> None:
        answer = DateDialog.ask(self.window, words, None, None)
        if answer is not None:
            value, mod = answer
            message = self.tr("“{words}” is the date {date}").format(
                words=words, date=self._say(value, mod)
            )
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
            words = amendment_said(amendment)
            back = self.tr("Taken back: {change}").format(change=words)
            menu.addAction(self.tr("Take back: {change}").format(change=words)).triggered.connect(
                lambda _=False, uuid=amendment.correction, m=back: self.ops.remove_by_uuid(uuid, m)
            )

    def _ask_which_to_take_back(self, listing: tuple[list[object], set[str]]) -> None:
        corrections, unapplied = listing
        for correction in CorrectionsDialog.ask(self.window, corrections, unapplied):  # type: ignore[arg-type]
            said = self.tr("Taken back: {change}").format(change=correction_said(correction))
            self.ops.remove(correction, said)
