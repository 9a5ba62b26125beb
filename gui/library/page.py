"""The library page: every article (with full-text search and the trash), the people across
articles, and the story's timeline over chosen articles. Views only: ``gui.library.link``
connects them to the library's operations."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.model import LibraryEntry, Person, PersonInArticle, SearchHit, StoryEvent
from gui.library import models as columns
from gui.library.tables import ROW_ROLE, Order, RowsFilter, RowsModel, Table, tabulate

ModelIndex = QModelIndex | QPersistentModelIndex
ARTICLES_TAB, PEOPLE_TAB, STORY_TAB = range(3)
SEARCH_PAUSE_MS = 150


def make_table(parent: QWidget, model: Any, *, many: bool = False) -> QTableView:
    """A table as the library's views want it: rows selected whole, fixed row heights (fast
    with tens of thousands), sorted by the header."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if many
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(40)
    return table


def size_columns(table: QTableView, widths: Sequence[int]) -> None:
    """Each column at its width, or wide enough for its heading in the interface's language
    ("Événements" needs more than "Events")."""
    header = table.horizontalHeader()
    for number, width in enumerate(widths):
        header.resizeSection(number, max(width, header.sectionSizeHint(number)))


def table_order(table: QTableView) -> Order:
    """The column and direction the table's header says its rows are sorted in."""
    header = table.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def chosen_rows(table: QTableView) -> list[Any]:
    """The rows selected in a table (its model's ``ROW_ROLE``), in view order."""
    found = sorted(table.selectionModel().selectedRows(), key=lambda i: i.row())
    return [index.data(ROW_ROLE) for index in found]


class RichTextDelegate(QStyledItemDelegate):
    """Draws a cell's rich text (a search hit in bold), elided to one line."""

    def __init__(self, html: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._html = html

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        row = index.data(ROW_ROLE)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        painter.save()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = QTextDocument()
        document.setDocumentMargin(2)
        document.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(role).name()
        document.setHtml(f'<span style="color:{colour}">{self._html(row) if row else ""}</span>')
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.drawContents(painter)
        painter.restore()


class ArticlesTab(QWidget):
    searchChanged = Signal(str)
    trashShown = Signal(bool)
    articleChosen = Signal(int)  # an article activated: open it
    hitChosen = Signal(object)  # a SearchHit activated
    cancelRequested = Signal()

    def __init__(self, models: dict[str, RowsModel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = models["articles"]
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.hits = models["hits"]
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search every article's text and highlights…"))
        self.search.setClearButtonEnabled(True)
        self.which = QComboBox(self)
        self.which.addItems([self.tr("The library"), self.tr("The trash")])
        self.filter_column = QComboBox(self)
        self.filter_column.addItem(self.tr("Any column"), None)
        for number, column in enumerate(columns.ARTICLE_COLUMNS):
            self.filter_column.addItem(column.header, number)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter (a number: at least that many)"))
        self.filter.setClearButtonEnabled(True)
        self.toolbar = QToolBar(self)
        self.table = make_table(self, self.proxy, many=True)
        self.table.sortByColumn(columns.ADDED, Qt.SortOrder.DescendingOrder)
        self.hits_table = make_table(self, self.hits, many=True)
        self.hits_table.setSortingEnabled(False)
        self.hits_table.setItemDelegateForColumn(
            columns.PASSAGE_COLUMN, RichTextDelegate(columns.hit_html, self.hits_table)
        )
        self.views = QStackedWidget(self)
        self.views.addWidget(self.table)
        self.views.addWidget(self.hits_table)
        self.summary = QLabel(self)
        self._build_batch_row()
        self._lay_out()
        self._size_columns()
        self._connect()

    def _build_batch_row(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(self)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setToolTip(self.tr("Stop adding: the articles done so far stay in the library"))
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(self.fontMetrics().height() * 6)
        self.set_batch(None)
        self.report.hide()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.which)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Filter"), self))
        filters.addWidget(self.filter_column)
        filters.addWidget(self.filter, 2)
        filters.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignRight)
        batch = QHBoxLayout()
        batch.addWidget(self.progress_label, 2)
        batch.addWidget(self.progress, 1)
        batch.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.views, 1)
        layout.addLayout(batch)
        layout.addWidget(self.report)

    def _size_columns(self) -> None:
        size_columns(self.table, (560, 170, 100, 80, 70, 70, 80, 140))
        size_columns(self.hits_table, (360, 100))

    def _connect(self) -> None:
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_PAUSE_MS)
        self._typing.timeout.connect(self._searched)
        self.search.textChanged.connect(self._on_search)
        self.which.currentIndexChanged.connect(lambda i: self.trashShown.emit(i == 1))
        self.filter.textChanged.connect(self._on_filter)
        self.filter_column.currentIndexChanged.connect(self._on_filter)
        self.table.activated.connect(self._on_activated)
        self.hits_table.activated.connect(self._on_hit)
        self.cancel.clicked.connect(self.cancelRequested)

    def _on_search(self, text: str) -> None:
        """The passages follow the words typed, once typing pauses (not at every key)."""
        self.views.setCurrentWidget(self.hits_table if text.strip() else self.table)
        self._typing.start()

    def _searched(self) -> None:
        self.searchChanged.emit(self.search.text())

    def _on_filter(self, *_args: Any) -> None:
        self.proxy.set_filter(self.filter.text(), self.filter_column.currentData())
        self._summarise()

    def _on_activated(self, index: QModelIndex) -> None:
        entry: LibraryEntry | None = index.data(ROW_ROLE)
        if entry is not None and entry.trashed is None:
            self.articleChosen.emit(entry.id)

    def _on_hit(self, index: QModelIndex) -> None:
        hit = index.data(ROW_ROLE)
        if hit is not None:
            self.hitChosen.emit(hit)

    def set_entries(self, entries: Table | Sequence[LibraryEntry]) -> None:
        self.model.set_table(
            entries
            if isinstance(entries, Table)
            else tabulate(self.model.columns, entries, now=False),
            table_order(self.table),
        )
        self._summarise()

    def set_hits(self, query: str, hits: Sequence[SearchHit]) -> None:
        if query == self.search.text():
            self.hits.set_rows(hits)
            self._summarise()

    def _summarise(self) -> None:
        if self.views.currentWidget() is self.hits_table:
            documents = len({h.document_id for h in self.hits.rows()})
            passages = self.tr("%n passages", "", self.hits.rowCount())
            articles = self.tr("%n articles", "", documents)
            self.summary.setText(
                self.tr("{passages} in {articles}").format(passages=passages, articles=articles)
            )
        else:
            shown, total = self.proxy.rowCount(), self.model.rowCount()
            articles = self.tr("%n articles", "", total)
            self.summary.setText(
                self.tr("{shown} of {articles}").format(shown=shown, articles=articles)
                if shown != total
                else articles
            )

    def showing_trash(self) -> bool:
        return self.which.currentIndex() == 1

    def chosen_ids(self) -> list[int]:
        """The articles chosen: those selected in the list, or those of the passages selected
        (every passage found, when none is selected)."""
        if self.views.currentWidget() is self.hits_table:
            hits: list[SearchHit] = chosen_rows(self.hits_table) or self.hits.rows()
            return list(dict.fromkeys(h.document_id for h in hits))
        return [e.id for e in chosen_rows(self.table)]

    def set_batch(self, progress: tuple[int, int, str] | None) -> None:
        """A batch's progress (done, total, line), or None once it is over."""
        for widget in (self.progress, self.progress_label, self.cancel):
            widget.setVisible(progress is not None)
        if progress is not None:
            done, total, line = progress
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            adding = self.tr("Adding %n articles…", "", total)
            self.progress_label.setText(line if done else adding)

    def show_report(self, summary: str, failures: Sequence[str]) -> None:
        self.report.setPlainText("\n".join([summary, *failures]))
        self.report.setVisible(bool(failures))


class PeopleTab(QWidget):
    personChosen = Signal(object, object)  # Person, PersonInArticle to open (None: its first)
    appearancesWanted = Signal(object)  # Person: what each of its articles says, for the table
    storyRequested = Signal(object)  # Person: the timeline of the articles naming them

    def __init__(self, models: dict[str, RowsModel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = models["people"]
        self.proxy = RowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.appearances = models["appearances"]
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter people by name or alias"))
        self.filter.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.story = QPushButton(self.tr("Timeline of this person"), self)
        self.story.setEnabled(False)
        self.table = make_table(self, self.proxy)
        self.table.sortByColumn(columns.PERSON_MENTIONS, Qt.SortOrder.DescendingOrder)
        size_columns(self.table, (220, 200, 70, 80, 70, 380))
        self.articles = make_table(self, self.appearances)
        size_columns(self.articles, (420, 140, 180, 80, 60))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.articles)
        split.setSizes([400, 200])
        top = QHBoxLayout()
        top.addWidget(self.filter, 2)
        top.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.story)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.filter.textChanged.connect(self._on_filter)
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.table.activated.connect(self._on_activated)
        self.articles.activated.connect(self._on_appearance)
        self.story.clicked.connect(self._on_story)

    def _on_filter(self, text: str) -> None:
        self.proxy.set_filter(text, None)
        self._summarise()

    def set_people(self, people: Table | Sequence[Person]) -> None:
        self.model.set_table(
            people
            if isinstance(people, Table)
            else tabulate(self.model.columns, people, now=False),
            table_order(self.table),
        )
        self.appearances.set_rows([])
        self._summarise()

    def _summarise(self) -> None:
        self.summary.setText(f"{self.proxy.rowCount()} people")

    def current(self) -> Person | None:
        rows = chosen_rows(self.table)
        return rows[0] if rows else None

    def _on_selected(self, *_args: Any) -> None:
        person = self.current()
        self.appearances.set_rows([])
        if person is not None:
            self.appearancesWanted.emit(person)  # read by the library, then shown
        self.story.setEnabled(person is not None)

    def set_appearances(self, person: Person, appearances: Sequence[PersonInArticle]) -> None:
        """The person's articles, one a row, if the person is still the one chosen."""
        if person == self.current():
            self.appearances.set_rows(appearances)

    def _on_activated(self, index: QModelIndex) -> None:
        person: Person | None = index.data(ROW_ROLE)
        if person is not None:
            self.personChosen.emit(person, None)

    def _on_appearance(self, index: QModelIndex) -> None:
        person = self.current()
        appearance = index.data(ROW_ROLE)
        if person is not None and appearance is not None:
            self.personChosen.emit(person, appearance)

    def _on_story(self) -> None:
        person = self.current()
        if person is not None:
            self.storyRequested.emit(person)


class StoryTab(QWidget):
    sourceChosen = Signal(object)  # StorySource: open its article at the passage
    exportRequested = Signal(str)  # "json" or "csv"

    def __init__(self, models: dict[str, RowsModel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = models["story"]
        self.sources = models["sources"]
        self.heading = QLabel(
            self.tr("Choose articles in the library (or a person), then their timeline.")
        )
        self.heading.setWordWrap(True)
        self.export_json = QPushButton(self.tr("Export for TimelineJS…"), self)
        self.export_csv = QPushButton(self.tr("Export as CSV…"), self)
        self.table = make_table(self, self.model)
        self.table.setSortingEnabled(False)
        size_columns(self.table, (150, 620, 260))
        self.told = make_table(self, self.sources)
        self.told.setSortingEnabled(False)
        size_columns(self.told, (420,))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.told)
        split.setSizes([450, 150])
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.export_json)
        top.addWidget(self.export_csv)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.ids: list[int] = []
        self.title = ""
        self._set_enabled()
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.table.activated.connect(self._on_activated)
        self.told.activated.connect(lambda i: self.sourceChosen.emit(i.data(ROW_ROLE)))
        self.export_json.clicked.connect(lambda: self.exportRequested.emit("json"))
        self.export_csv.clicked.connect(lambda: self.exportRequested.emit("csv"))

    def set_story(self, ids: Sequence[int], events: Sequence[StoryEvent], title: str) -> None:
        self.ids, self.title = list(ids), title
        self.model.set_rows(events)
        self.sources.set_rows([])
        shared = sum(1 for e in events if len({s.document_id for s in e.sources}) > 1)
        told = self.tr("{title}: {events} from {articles}").format(
            title=title,
            events=self.tr("%n events", "", len(events)),
            articles=self.tr("%n articles", "", len(ids)),
        )
        if shared:
            told += ", " + self.tr("%n told by several", "", shared)
        self.heading.setText(told)
        self._set_enabled()

    def _set_enabled(self) -> None:
        for button in (self.export_json, self.export_csv):
            button.setEnabled(self.model.rowCount() > 0)

    def _on_selected(self, *_args: Any) -> None:
        rows = chosen_rows(self.table)
        self.sources.set_rows(rows[0].sources if rows else [])

    def _on_activated(self, index: QModelIndex) -> None:
        event: StoryEvent | None = index.data(ROW_ROLE)
        if event is not None:
            self.sourceChosen.emit(event.sources[0])


class LibraryPage(QWidget):
    """The three tabs, and the actions that act on what is chosen in them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models = columns.models(self)
        self.tabs = QTabWidget(self)
        self.articles = ArticlesTab(self.models, self)
        self.people = PeopleTab(self.models, self)
        self.story = StoryTab(self.models, self)
        self.tabs.addTab(self.articles, self.tr("Articles"))
        self.tabs.addTab(self.people, self.tr("People across articles"))
        self.tabs.addTab(self.story, self.tr("The story's timeline"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def add_actions(self, actions: Sequence[QAction]) -> None:
        self.articles.toolbar.addActions(list(actions))
