"""Wires the annotation features into the window: panel, overlay, actions, undo, exports, backups.

``AnnotationsUi`` is created by ``gui.app`` next to the window and the operations; it adds a dock,
a toolbar and menu entries, and listens to the operations for the article being shown. Business
rules stay in the core; writes go through ``AnnotationOps`` (one commit per action).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from core.annotations.colors import COLORS
from core.model import Annotation, Extraction
from gui.annotations import actions as acts
from gui.annotations.dialogs import RecoveredDialog, StoreInUseDialog
from gui.annotations.exports import Exporter
from gui.annotations.jobs import Jobs
from gui.annotations.model import AnnotationsModel, is_anchored
from gui.annotations.ops import AnnotationOps
from gui.annotations.overlay import ArticleHighlights
from gui.annotations.panel import AnnotationsPanel, colour_icon
from gui.annotations.safety import BACKUP_INTERVAL_MS, BackupTimer
from gui.annotations.snapshot import Snapshot
from gui.digest import Digest
from gui.mainwindow import MainWindow
from gui.operations import Operations

StdKey = QKeySequence.StandardKey


class AnnotationsUi(QObject):
    def __init__(
        self,
        window: MainWindow,
        operations: Operations,
        backup_interval_ms: int = BACKUP_INTERVAL_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.jobs = Jobs(operations.worker, self)
        self.ops = AnnotationOps(self.jobs, self)
        self.model = AnnotationsModel(self)
        self.panel = AnnotationsPanel(self.model, window)
        self.editor = self.panel.editor
        self.overlay = ArticleHighlights(window.article, self.model, self._menu_hook)
        self.exporter = Exporter(self.ops, lambda: self._extraction, window)
        self.backups = BackupTimer(backup_interval_ms, self)
        self._extraction: Extraction | None = None
        self._refused = False
        self.dock = window.add_panel("Annotations", self.panel)
        window.tabifyDockWidget(window.people_dock, self.dock)
        window.people_dock.raise_()
        self._make_actions(window)
        self._connect(operations)

    # -- building -----------------------------------------------------------------------------
    def _make_actions(self, window: MainWindow) -> None:
        self.colours = acts.colour_actions(window)
        stack = self.ops.undo_stack
        self.undo = stack.createUndoAction(window, "&Undo")
        self.undo.setObjectName("undo")
        self.undo.setShortcuts([QKeySequence(StdKey.Undo)])
        self.redo = stack.createRedoAction(window, "&Redo")
        self.redo.setObjectName("redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.delete = acts.plain_action(window, "delete_highlight", "&Delete the highlight", "Del")
        self.export = acts.plain_action(
            window, "export_highlights", "&Export highlights…", "Ctrl+E"
        )
        self.export_timeline = acts.plain_action(
            window, "export_timeline", "Export the &timeline…", "Ctrl+Shift+E"
        )
        self.import_ = acts.plain_action(window, "import_annotations", "&Import annotations…", "")
        self.go_panel = acts.plain_action(
            window, "go_annotations", "Go to the &annotations", "Ctrl+4"
        )
        file_, edit = acts.find_menu(window, "&File"), acts.find_menu(window, "&Edit")
        acts.insert_before(file_, "quit", [self.export, self.export_timeline, self.import_, None])
        first = edit.actions()[0].objectName() if edit.actions() else ""
        acts.insert_before(edit, first, [self.undo, self.redo, None])
        highlight = QMenu("&Highlight", window)
        highlight.addActions(list(self.colours.values()))
        highlight.addSeparator()
        highlight.addAction(self.delete)
        window.menuBar().insertMenu(acts.find_menu(window, "&View").menuAction(), highlight)
        acts.find_menu(window, "&View").addAction(self.dock.toggleViewAction())
        acts.find_menu(window, "&Go").addAction(self.go_panel)
        self.toolbar = acts.colour_toolbar(window, self.colours)
        for action in (*self.colours.values(), self.undo, self.redo, self.delete, self.export):
            window.actions_by_name[action.objectName()] = action
        for action in (self.export_timeline, self.import_, self.go_panel):
            window.actions_by_name[action.objectName()] = action

    def _connect(self, operations: Operations) -> None:
        for name, action in self.colours.items():
            action.triggered.connect(lambda _=False, n=name: self.apply_colour(n))
        self.delete.triggered.connect(self._delete_current)
        self.export.triggered.connect(self.exporter.export_highlights)
        self.export_timeline.triggered.connect(self.exporter.export_timeline)
        self.import_.triggered.connect(self.exporter.import_annotations)
        self.go_panel.triggered.connect(self._go_panel)
        self.exporter.done.connect(self._status)
        self.exporter.failed.connect(self.window.show_error)
        operations.textReady.connect(self._on_text)
        operations.extractionReady.connect(self._on_extraction)
        operations.worker.storeRefused.connect(self._on_refused)
        operations.worker.storeOpened.connect(self._tell_recovery)
        ops = self.ops
        ops.loaded.connect(self._on_loaded)
        ops.changed.connect(self._on_changed)
        ops.created.connect(self._on_created)
        ops.removed.connect(self._on_removed)
        ops.tagsChanged.connect(self.editor.tags.set_known)
        ops.searched.connect(lambda _request, uuids: self.panel.set_hits(uuids))
        ops.saved.connect(self._status)
        ops.failed.connect(self.window.show_error)
        ops.written.connect(self.backups.mark_changed)
        self.backups.due.connect(self.backup_now)
        self.panel.chosen.connect(self.show_in_article)
        self.panel.searchChanged.connect(self._search)
        self.overlay.chosen.connect(lambda a: self.panel.select(a.uuid))
        self.editor.saveRequested.connect(self._save_note)
        self.editor.deleteRequested.connect(self.delete_annotation)

    # -- the article shown ----------------------------------------------------------------------
    @Slot(object)
    def _on_text(self, _article: object) -> None:
        self._extraction = None
        self.editor.show_annotation(None)
        self.model.set_annotations([])
        self.ops.load(None)

    @Slot(object)
    def _on_extraction(self, data: Extraction | Digest) -> None:
        extraction = data.extraction if isinstance(data, Digest) else data
        self._extraction = extraction
        if isinstance(data, Digest) and data.highlights is not None:
            self.ops.show(data.highlights)
        else:
            self.ops.load(extraction.document.id)

    def _on_loaded(self, snapshot: Snapshot) -> None:
        self.editor.show_annotation(None)
        self.model.set_annotations(snapshot.annotations)
        self.editor.tags.set_known(snapshot.tags)
        self._search(self.panel.search.text())

    @Slot(str)
    def _tell_recovery(self, recovered: str) -> None:
        """The store was damaged and restored from a backup when it was opened: say so."""
        if recovered:
            RecoveredDialog.ask(self.window, recovered)

    @Slot(str)
    def _on_refused(self, message: str) -> None:
        """Another window holds this store: say so once, and close rather than risk it."""
        if not self._refused:
            self._refused = True
            StoreInUseDialog.ask(self.window, message)
            self.window.close()

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

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def _go_panel(self) -> None:
        self.show_panel()
        self.panel.list.setFocus()

    def backup_now(self) -> None:
        self.jobs.submit(
            lambda s: s.backup(),
            self.backups.answered,
            lambda message, _exc: self.window.show_error(f"The periodic backup failed: {message}"),
        )

    # -- answers ------------------------------------------------------------------------------
    def _on_changed(self, annotation: Annotation) -> None:
        self.model.upsert(annotation)
        self.editor.refresh(annotation)
        if self.panel.search.text().strip():
            self._search(self.panel.search.text())

    def _on_created(self, annotation: Annotation) -> None:
        self.show_panel()
        self.panel.select(annotation.uuid)

    def _on_removed(self, uuid: str) -> None:
        self.editor.drop(uuid)
        self.model.remove(uuid)

    def _search(self, text: str) -> None:
        if text.strip():
            self.ops.search(text)
        else:
            self.panel.set_hits(None)

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 5000)

    def _menu_hook(self, menu: QMenu, found: list[Annotation]) -> None:
        menu.addSeparator()
        if self.overlay.selected_span() is not None:
            menu.addMenu(self._colour_menu(menu, "&Highlight", None))
        for annotation in found:
            flat = " ".join(annotation.quote.split())
            label = f"“{flat[:30]}{'…' if len(flat) > 30 else ''}”".replace("&", "&&")
            sub = menu.addMenu(colour_icon(annotation.color), label)
            sub.addAction("Edit the note and tags", lambda a=annotation: self._edit(a))
            sub.addMenu(self._colour_menu(sub, "&Recolour", annotation))
            sub.addAction("&Delete the highlight", lambda a=annotation: self.delete_annotation(a))

    def _colour_menu(self, parent: QMenu, title: str, annotation: Annotation | None) -> QMenu:
        menu = QMenu(title, parent)
        for i, name in enumerate(COLORS, start=1):
            action = QAction(colour_icon(name), f"{name.capitalize()}\t{i}", menu)
            if annotation is None:
                action.triggered.connect(lambda _=False, n=name: self.apply_colour(n))
            else:
                action.triggered.connect(
                    lambda _=False, n=name, a=annotation: self.ops.recolor(a, n)
                )
            menu.addAction(action)
        return menu

    def _edit(self, annotation: Annotation) -> None:
        self.show_panel()
        self.panel.select(annotation.uuid)
        self.editor.note.setFocus()

    # -- closing ------------------------------------------------------------------------------
    def close(self) -> None:
        """Commit a draft still in the editor, back up if something changed (the core skips it
        when the last backup is recent), and wait until every write has committed."""
        self.backups.timer.stop()
        self.editor.save()
        if self.backups.changed:
            self.backup_now()
        self.jobs.flush()
