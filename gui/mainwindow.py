"""The main window: lays out the article, the timeline and the people, and links the three views.

It knows nothing of files, threads or the store: it asks for an article with ``openRequested``
and is handed texts and extractions by ``gui.app``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from core.annotations.colors import COLORS
from core.model import Entity, Extraction
from core.names.nlp import names_note
from gui.actions import SPECS, create_actions
from gui.annotations.model import AnnotationsModel
from gui.annotations.overlay import ArticleHighlights
from gui.annotations.panel import AnnotationsPanel, colour_icon
from gui.article_text import reading_font
from gui.article_view import ArticleView
from gui.dialogs import OpenFileDialog, OpenUrlDialog, ShortcutsDialog, display_name
from gui.digest import Digest, EventRow, Prepared, digest
from gui.library.page import LibraryPage
from gui.models import (
    EVENT_ROLE,
    EntitiesFilter,
    EntitiesModel,
    EventsFilter,
    EventsModel,
)
from gui.palette import MARK_KINDS
from gui.people_panel import PeoplePanel
from gui.timeline_view import TimelineView


class MainWindow(QMainWindow):
    openRequested = Signal(str)  # a path or URL the reader asked for
    addRequested = Signal(object)  # several paths or URLs (dropped): add them to the library
    cancelRequested = Signal()
    sampleRequested = Signal()
    highlightsApplied = Signal()  # an extraction's marks are painted everywhere
    closing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Liseuse")
        self.setAcceptDrops(True)
        self.events = EventsModel(self)
        self.events_proxy = EventsFilter(self)
        self.events_proxy.setSourceModel(self.events)
        self.entities = EntitiesModel(self)
        self.entities_proxy = EntitiesFilter(self)
        self.entities_proxy.setSourceModel(self.entities)
        self.article = ArticleView(self)
        self.article.text.setAcceptDrops(False)
        self.library = LibraryPage(self)
        self.pages = QStackedWidget(self)
        self.timeline = TimelineView(self.events, self.events_proxy, self)
        self.people = PeoplePanel(self.entities, self.entities_proxy, self)
        self.highlights = AnnotationsModel(self)
        self.annotations = AnnotationsPanel(self.highlights, self)
        self.overlay = ArticleHighlights(self.article, self.highlights)
        self.actions_by_name = create_actions(self)
        self.recent_menu = QMenu("Open &Recent", self)
        self._extraction_pending = False
        self._docks_shown: list[QDockWidget] = []
        self._build_docks()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._link_views()
        self._link_actions()

    # -- layout -------------------------------------------------------------------------------
    def _build_docks(self) -> None:
        self.pages.addWidget(self.article)
        self.pages.addWidget(self.library)
        self.setCentralWidget(self.pages)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks)
        self.timeline_dock = self.add_panel("Timeline", self.timeline)
        self.people_dock = self.add_panel("People", self.people)
        self.annotations_dock = self.add_panel("Annotations", self.annotations)
        self.tabifyDockWidget(self.people_dock, self.annotations_dock)
        self.people_dock.raise_()
        self.resizeDocks([self.timeline_dock], [500], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.timeline_dock, self.people_dock], [560, 340], Qt.Orientation.Vertical
        )

    def add_panel(
        self,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
    ) -> QDockWidget:
        """Dock a panel on the right."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{title.lower()}Dock")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        menus: dict[str, QMenu] = {}
        for spec in SPECS:
            menu = menus.get(spec.menu) or self.menuBar().addMenu(spec.menu)
            menus[spec.menu] = menu
            menu.addAction(self.actions_by_name[spec.name])
            if spec.name == "open_sample":
                menu.addMenu(self.recent_menu)
        for name in COLORS:
            self.actions_by_name[f"highlight_{name}"].setIcon(colour_icon(name))
        view = menus["&View"]
        view.addSeparator()
        docks = (
            (self.timeline_dock, "Ctrl+Shift+T"),
            (self.people_dock, "Ctrl+Shift+P"),
            (self.annotations_dock, "Ctrl+Shift+N"),
        )
        for dock, keys in docks:
            toggle = dock.toggleViewAction()
            toggle.setText(f"Show the {dock.windowTitle().lower()}")
            toggle.setShortcut(QKeySequence(keys))
            view.addAction(toggle)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Highlight", self)
        bar.setObjectName("highlightToolBar")
        bar.setMovable(False)
        label = QLabel("Highlight ", bar)
        label.setToolTip("Select a passage, then a colour (keys 1–8)")
        bar.addWidget(label)
        bar.addActions([self.actions_by_name[f"highlight_{name}"] for name in COLORS])
        self.addToolBar(bar)
        self.highlight_toolbar = bar

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.progress_label = QLabel(self)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolTip("Stop reading (Ctrl+.); the text stays, without marks")
        for widget in (self.progress_label, self.progress, self.cancel_button):
            self.statusBar().addPermanentWidget(widget)
        self.set_busy(False)

    # -- links between the views ----------------------------------------------------------------
    def _link_views(self) -> None:
        self.timeline.eventChosen.connect(self._on_event_chosen)
        self.article.text.readingMoved.connect(self.timeline.follow)
        self.people.entityChosen.connect(self._on_entity_chosen)
        self.article.entityClicked.connect(self.people.select_entity)
        self.article.dateClicked.connect(self._on_date_clicked)
        self.article.text.highlighter.finished.connect(self._on_highlights_done)
        self.article.legend.hiddenKindsChanged.connect(self._sync_kind_actions)
        self.article.aside_bar.toggled.connect(self.actions_by_name["show_aside"].setChecked)
        self.cancel_button.clicked.connect(self.cancelRequested)

    def _link_actions(self) -> None:
        a = self.actions_by_name
        a["open"].triggered.connect(self.ask_open_file)
        a["open_url"].triggered.connect(self.ask_open_url)
        a["open_sample"].triggered.connect(self.sampleRequested)
        a["cancel"].triggered.connect(self.cancelRequested)
        a["quit"].triggered.connect(self.close)
        a["copy"].triggered.connect(self.article.text.copy)
        a["find"].triggered.connect(self.article.open_find)
        a["find_next"].triggered.connect(lambda: self.article.next_target(1))
        a["find_previous"].triggered.connect(lambda: self.article.next_target(-1))
        a["clear_focus"].triggered.connect(self.people.clear_selection)
        a["zoom_in"].triggered.connect(lambda: self.article.text.zoom(1))
        a["zoom_out"].triggered.connect(lambda: self.article.text.zoom(-1))
        a["zoom_reset"].triggered.connect(self.reset_zoom)
        a["show_aside"].toggled.connect(self._on_show_aside)
        for kind in MARK_KINDS:
            a[f"kind_{kind}"].setChecked(True)
            a[f"kind_{kind}"].toggled.connect(self.article.legend.buttons[kind].setChecked)
        a["go_article"].triggered.connect(self.go_article)
        self.library.add_actions(
            [
                a[name]
                for name in (
                    "add_folder",
                    "add_addresses",
                    "story_of_chosen",
                    "trash_chosen",
                    "restore_chosen",
                    "reextract_chosen",
                    "export_selection",
                )
            ]
        )
        a["go_timeline"].triggered.connect(self.timeline.list.setFocus)
        a["go_people"].triggered.connect(self.people.table.setFocus)
        a["go_annotations"].triggered.connect(self.go_annotations)
        a["search_people"].triggered.connect(self.people.search.setFocus)
        a["shortcuts"].triggered.connect(lambda: ShortcutsDialog.ask(self.all_actions(), self))
        a["about"].triggered.connect(self._about)

    def all_actions(self) -> list[QAction]:
        docks = (self.timeline_dock, self.people_dock, self.annotations_dock)
        return [*self.actions_by_name.values(), *(d.toggleViewAction() for d in docks)]

    def show_library_page(self, tab: int = 0) -> None:
        """The library (its articles, people or story's timeline) in place of the article; the
        article's own panels step aside while it is shown."""
        if not self.library_shown():
            self._docks_shown = [d for d in self.article_docks() if d.isVisible()]
            for dock in self._docks_shown:
                dock.hide()
        self.pages.setCurrentWidget(self.library)
        self.library.tabs.setCurrentIndex(tab)

    def show_article_page(self) -> None:
        if self.library_shown():
            for dock in self._docks_shown:
                dock.show()
            self._docks_shown = []
        self.pages.setCurrentWidget(self.article)

    def article_docks(self) -> tuple[QDockWidget, ...]:
        return (self.timeline_dock, self.people_dock, self.annotations_dock)

    def library_shown(self) -> bool:
        return self.pages.currentWidget() is self.library

    def go_article(self) -> None:
        self.show_article_page()
        self.article.text.setFocus()

    def show_annotations(self) -> None:
        self.annotations_dock.show()
        self.annotations_dock.raise_()

    def go_annotations(self) -> None:
        self.show_annotations()
        self.annotations.list.setFocus()

    def _on_event_chosen(self, row: EventRow) -> None:
        self.article.show_event(row.event.start, row.event.end)

    def _on_entity_chosen(self, entity: Entity | None) -> None:
        self.article.focus_entity(entity)
        self.events_proxy.set_entity(entity.id if entity else None)

    def _on_date_clicked(self, date_id: int) -> None:
        row = next((r for r in self.events_rows() if r.event.date_id == date_id), None)
        if row is not None:
            self.timeline.choose_event(row.event.id)

    def events_rows(self) -> list[EventRow]:
        return [self.events.index(i, 0).data(EVENT_ROLE) for i in range(self.events.rowCount())]

    def _sync_kind_actions(self, hidden: frozenset[str]) -> None:
        for kind in MARK_KINDS:
            action = self.actions_by_name[f"kind_{kind}"]
            action.blockSignals(True)
            action.setChecked(kind not in hidden)
            action.blockSignals(False)

    def _on_show_aside(self, shown: bool) -> None:
        if shown != self.article.aside_shown():
            self.article.set_aside_shown(shown)

    def reset_zoom(self) -> None:
        self.article.text.zoom(reading_font().pointSizeF() - self.article.text.font().pointSizeF())

    # -- what gui.app hands in ---------------------------------------------------------------------
    def show_article(self, prepared: Prepared) -> None:
        """An article's text, at once; its marks follow with ``show_extraction``."""
        article = prepared.article
        self.show_article_page()
        self.setWindowTitle(f"{article.title or display_name(article.source)} — Liseuse")
        self.people.clear_selection()
        self.events.set_extraction(None)
        self.entities.set_extraction(None)
        self.timeline.set_empty_text("Looking for dates…")
        self.article.show_text(article.text, article.title, article.regions, prepared.offsets)

    def show_extraction(self, data: Extraction | Digest) -> None:
        """An extraction (best digested on the worker's thread): marks, timeline, people."""
        ready = data if isinstance(data, Digest) else digest(data)
        extraction = ready.extraction
        self.setWindowTitle(f"{extraction.document.title or 'Untitled'} — Liseuse")
        self.people.clear_selection()
        self.events.set_rows(ready.events)
        self.entities.set_extraction(extraction)
        self.timeline.set_empty_text("No dated event in this article.")
        self._extraction_pending = True
        self.article.show_extraction(ready)
        counts = f"{len(extraction.entities)} names, {len(extraction.events)} events"
        self.statusBar().showMessage(f"{display_name(extraction.document.source)} — {counts}")
        note = names_note(extraction)  # no model for its language: say how to get the names
        if note:
            self.article.messages.show_message(note)

    def refresh_extraction(self, ready: Digest) -> None:
        """The same article, corrected: new marks, people and timeline; the reading position,
        the chosen person and the chosen event stay where they were (and the status bar says
        what was corrected)."""
        chosen = self.people.current_entity()
        event = self.timeline.list.currentIndex().data(EVENT_ROLE)
        self.events.set_rows(ready.events)
        self.entities.set_extraction(ready.extraction)
        self.article.show_extraction(ready)
        if chosen is not None and ready.extraction.entity(chosen.id) is not None:
            self.people.select_entity(chosen.id)
        else:
            self.people.clear_selection()
        if event is not None:  # the same event, current again (the article does not move)
            self.timeline.list.setCurrentIndex(self.timeline.index_of_event(event.event.id))

    def _on_highlights_done(self) -> None:
        if self._extraction_pending:
            self._extraction_pending = False
            self.highlightsApplied.emit()

    def show_error(self, message: str) -> None:
        self.article.messages.show_message(message)

    def show_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(round(fraction * 1000))
        self.progress_label.setText(message)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.progress, self.progress_label, self.cancel_button):
            widget.setVisible(busy)
        self.actions_by_name["cancel"].setEnabled(busy)

    def set_recent(self, sources: Sequence[str]) -> None:
        self.recent_menu.clear()
        for source in sources:
            action = self.recent_menu.addAction(display_name(source))
            action.setToolTip(source)
            action.triggered.connect(lambda _=False, s=source: self.openRequested.emit(s))
        self.recent_menu.setEnabled(bool(sources))

    # -- asking the reader ---------------------------------------------------------------------
    def ask_open_file(self) -> None:
        path = OpenFileDialog.ask(self)
        if path:
            self.openRequested.emit(path)

    def ask_open_url(self) -> None:
        url = OpenUrlDialog.ask(self)
        if url:
            self.openRequested.emit(url)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About Liseuse",
            "Liseuse shows who did what, when, in a news article — offline, from one reading.",
        )

    # -- drag and drop, closing --------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """One file is opened; several (or a folder) are added to the library."""
        sources = [
            u.toLocalFile() if u.isLocalFile() else u.toString() for u in event.mimeData().urls()
        ]
        if len(sources) == 1 and not Path(sources[0]).is_dir():
            self.openRequested.emit(sources[0])
        elif sources:
            self.addRequested.emit(sources)
        if sources:
            event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
