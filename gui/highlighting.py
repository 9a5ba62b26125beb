"""Connects the window's highlight views (panel, overlay, actions) to the highlight operations.

Business rules stay in the core; every change goes through ``HighlightOps`` (one commit per
action) and comes back through ``Runner.changed``, which is when the views show it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from core.annotations.colors import COLORS
from core.model import Annotation, DocumentHighlights, Extraction
from gui.annotations.dialogs import (
    HIGHLIGHT_FORMATS,
    TIMELINE_FORMATS,
    ExportDialog,
    ImportDialog,
    suggested_path,
)
from gui.annotations.model import is_anchored
from gui.annotations.panel import colour_icon
from gui.mainwindow import MainWindow
from gui.operations.changes import Changes
from gui.operations.highlights import HighlightOps


class Highlighting(QObject):
    def __init__(self, window: MainWindow, ops: HighlightOps) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        self.panel = window.annotations
        self.editor = self.panel.editor
        self.model = window.highlights
        self.overlay = window.overlay
        self.overlay.menu_hooks.append(
            lambda menu, at: self.menu_hook(menu, self.overlay.at_point(at))
        )
        self.extraction: Extraction | None = None
        self._connect()

    def _connect(self) -> None:
        a = self.window.actions_by_name
        for name in COLORS:
            a[f"highlight_{name}"].triggered.connect(lambda _=False, n=name: self.apply_colour(n))
        a["delete_highlight"].triggered.connect(self._delete_current)
        a["export_highlights"].triggered.connect(self.export_highlights)
        a["export_timeline"].triggered.connect(self.export_timeline)
        a["import_annotations"].triggered.connect(self.import_annotations)
        ops = self.ops
        ops.loaded.connect(self._on_loaded)
        ops.created.connect(self._on_created)
        ops.tagsChanged.connect(self.editor.tags.set_known)
        ops.searched.connect(self.panel.set_hits)
        ops.exported.connect(self._status)
        ops.runner.changed.connect(self._on_changed)
        self.panel.chosen.connect(self.show_in_article)
        self.panel.searchChanged.connect(self._search)
        self.overlay.chosen.connect(lambda a: self.panel.select(a.uuid))
        self.editor.saveRequested.connect(self._save_note)
        self.editor.deleteRequested.connect(self.delete_annotation)

    # -- the article shown ----------------------------------------------------------------------
    def clear(self) -> None:
        """Another article's text is shown: its highlights follow with its marks."""
        self.extraction = None
        self.editor.show_annotation(None)
        self.model.set_annotations([])
        self.ops.load(None)

    def show(self, extraction: Extraction, highlights: DocumentHighlights | None) -> None:
        """The article's marks are shown: its highlights, read with it or asked for now."""
        self.extraction = extraction
        if highlights is not None:
            self.ops.show(highlights)
        else:
            self.ops.load(extraction.document.id)

    def _on_loaded(self, highlights: DocumentHighlights) -> None:
        self.editor.show_annotation(None)
        self.model.set_annotations(highlights.annotations)
        self.editor.tags.set_known(highlights.tags)
        self._search(self.panel.search.text())

    def _on_changed(self, changes: Changes) -> None:
        if changes.message:
            self._status(changes.message)
        if changes.document_id is None or changes.document_id != self.ops.document_id:
            return
        for annotation in changes.highlights:
            self.model.upsert(annotation)
            self.editor.refresh(annotation)
        for uuid in changes.removed:
            self.editor.drop(uuid)
            self.model.remove(uuid)
        if (changes.highlights or changes.removed) and self.panel.search.text().strip():
            self._search(self.panel.search.text())

    def _on_created(self, annotation: Annotation) -> None:
        self.window.show_annotations()
        self.panel.select(annotation.uuid)

    # -- actions ------------------------------------------------------------------------------
    def apply_colour(self, name: str) -> None:
        """Highlight the selection in ``name``, or recolour the chosen highlight."""
        current = self.panel.current()
        focus = QApplication.focusWidget()
        span = self.overlay.selected_span()
        if current is not None and focus is not None and self.panel.isAncestorOf(focus):
            self.ops.recolor(current, name)
        elif span is not None:
            same = [a for a in self.model.anchored() if (a.start, a.end) == span]
            if same:
                self.ops.recolor(same[0], name)
            else:
                self._create(span, name)
        elif current is not None:
            self.ops.recolor(current, name)
        else:
            self._status("Select a passage first, then press 1–8 to highlight it.")

    def _create(self, span: tuple[int, int], name: str) -> None:
        if self.ops.document_id is None:
            self._status("Wait until the article is read: highlights need its stored text.")
            return
        self.ops.create(span[0], span[1], name)
        cursor = self.window.article.text.textCursor()
        cursor.clearSelection()
        self.window.article.text.setTextCursor(cursor)

    def _save_note(self, annotation: Annotation, note: str, tags: tuple[str, ...]) -> None:
        uuid = annotation.uuid
        self.ops.edit(annotation, note, tags, lambda m, _e: self.editor.save_failed(uuid, m))

    def _delete_current(self) -> None:
        current = self.panel.current()
        if current is not None:
            self.delete_annotation(current)

    def delete_annotation(self, annotation: Annotation) -> None:
        if self.editor.annotation is not None and self.editor.annotation.uuid == annotation.uuid:
            self.editor.save()  # a draft is committed before: undo brings it back too
        self.ops.delete(annotation)

    def show_in_article(self, annotation: Annotation) -> None:
        if is_anchored(annotation):
            self.window.article.show_event(annotation.start or 0, annotation.end or 0)
        else:
            self._status("This passage is no longer in the text; its quote and note are kept.")

    def _search(self, text: str) -> None:
        if text.strip():
            self.ops.search(text)
        else:
            self.panel.set_hits(None)

    # -- files --------------------------------------------------------------------------------
    def export_highlights(self) -> None:
        self._export("Export highlights", "highlights", HIGHLIGHT_FORMATS, "")

    def export_timeline(self) -> None:
        self._export("Export timeline", "timeline", TIMELINE_FORMATS, "timeline-")

    def _export(self, caption: str, what: str, formats: dict[str, str], prefix: str) -> None:
        if self.extraction is None:
            self.window.show_error("Open an article first: there is nothing to export yet.")
            return
        document = self.extraction.document
        suggested = suggested_path(document.title, ".json" if prefix else ".md", what=what)
        choice = ExportDialog.ask(self.window, caption, suggested, formats)
        if choice is not None:
            path, fmt = choice
            self.ops.export(document.id, prefix + fmt, path)

    def import_annotations(self) -> None:
        if self.ops.document_id is None:
            self.window.show_error("Open an article first: imported highlights are placed in it.")
            return
        path = ImportDialog.ask(self.window)
        if path is not None:
            self.ops.import_file(path)

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 5000)

    # -- the context menu -----------------------------------------------------------------------
    def menu_hook(self, menu: QMenu, found: list[Annotation]) -> None:
        menu.addSeparator()
        if self.overlay.selected_span() is not None:
            menu.addMenu(self._colour_menu(menu, "&Highlight", None))
        for annotation in found:
            flat = " ".join(annotation.quote.split())
            label = f"“{flat[:30]}{'…' if len(flat) > 30 else ''}”".replace("&", "&&")
            sub = menu.addMenu(colour_icon(annotation.color), label)
            sub.addAction("Edit the note and tags", partial(self._edit, annotation))
            sub.addMenu(self._colour_menu(sub, "&Recolour", annotation))
            sub.addAction("&Delete the highlight", partial(self.delete_annotation, annotation))

    def _colour_menu(self, parent: QMenu, title: str, annotation: Annotation | None) -> QMenu:
        menu = QMenu(title, parent)
        for i, name in enumerate(COLORS, start=1):
            action = QAction(colour_icon(name), f"{name.capitalize()}\t{i}", menu)
            action.triggered.connect(self._colour_slot(name, annotation))
            menu.addAction(action)
        return menu

    def _colour_slot(self, name: str, annotation: Annotation | None) -> Callable[[], None]:
        """Highlight the selection in ``name``, or recolour ``annotation``."""
        if annotation is None:
            return lambda: self.apply_colour(name)
        return lambda: self.ops.recolor(annotation, name)

    def _edit(self, annotation: Annotation) -> None:
        self.window.show_annotations()
        self.panel.select(annotation.uuid)
        self.editor.note.setFocus()

    def close(self) -> None:
        """Commit a draft still in the editor (the runner's flush then waits for it)."""
        self.editor.save()
