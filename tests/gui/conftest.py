"""Fixtures for the window's tests: a hand-made extraction (no spaCy), fakes for reading and for
the language model, and a real store in a temporary folder."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

from core.errors import Cancelled, ReadError
from core.model import (
    Attributes,
    DocumentInfo,
    Entity,
    Event,
    Extraction,
    Lookup,
    Mention,
    Region,
    TimeExpression,
)
from core.reading.article import Article

# {text|E<entity id>} marks a mention, {text|D<date id>} a date.
PARAGRAPHS: tuple[tuple[str, str], ...] = (
    ("body", "{Altman|E2} et {Musk|E1} ont fondé {OpenAI|E3} en {2015|D1}, à {San Francisco|E4}."),
    ("body", "{En février 2015|D2}, {Sam Altman|E2} a écrit que l'IA était une menace."),
    ("body", "{Deux mois plus tard|D3}, {Altman|E2} envoie un e-mail à {Elon Musk|E1}."),
    ("body", "{Au début de 2018|D4}, {Musk|E1} a quitté le conseil d'{OpenAI|E3}."),
    ("body", "{Le 30/11/2022|D5}, la société a lancé {ChatGPT|E5}. Le monde entier en parle."),
    ("boilerplate", "This page may contain third-party content."),
    ("title", "La rivalité d'Elon Musk et de Sam Altman"),
    ("duplicate", "Altman et Musk ont cofondé OpenAI en 2015, à San Francisco."),
)
ENTITIES = {
    1: ("PER", "Elon Musk", ("Musk",), Attributes(age=53, roles=("PDG de Tesla",))),
    2: ("PER", "Sam Altman", ("Altman",), Attributes(age=39, roles=("PDG d'OpenAI",))),
    3: ("ORG", "OpenAI", (), Attributes()),
    4: ("LOC", "San Francisco", (), Attributes()),
    5: ("MISC", "ChatGPT", (), Attributes()),
}
# date id: (value, mod, anchor, anchor date id)
DATES = {
    1: ("2015", None, "explicit", None),
    2: ("2015-02", None, "explicit", None),
    3: ("2015-04", None, "previous", 2),
    4: ("2018", "START", "explicit", None),
    5: ("2022-11-30", None, "explicit", None),
}
# event id: (date id, paragraph index, participants, precision, sort key)
EVENTS = {
    1: (1, 0, (2, 1), "year", "2015-01-01"),
    2: (2, 1, (2,), "month", "2015-02-01"),
    3: (3, 2, (2, 1), "month", "2015-04-01"),
    4: (4, 3, (1,), "year", "2018-01-01"),
    5: (5, 4, (), "day", "2022-11-30"),
}
_MARK = re.compile(r"\{([^|}]+)\|([ED])(\d+)\}")


def _parse() -> tuple[str, list[Region], list[tuple[int, int]], dict[str, list[Any]]]:
    text, regions, paragraphs = "", [], []
    marks: dict[str, list[Any]] = {"E": [], "D": []}
    for role, source in PARAGRAPHS:
        start = len(text)
        plain, last = "", 0
        for m in _MARK.finditer(source):
            plain += source[last : m.start()]
            marks[m[2]].append((int(m[3]), start + len(plain), m[1]))
            plain += m[1]
            last = m.end()
        text += plain + source[last:] + "\n"
        regions.append(Region(start, len(text), role))  # type: ignore[arg-type]
        paragraphs.append((start, start + len(plain + source[last:])))
    return text, regions, paragraphs, marks


def make_extraction(source: str = "/tmp/rivalite.txt") -> Extraction:
    text, regions, paragraphs, marks = _parse()
    entities = tuple(
        Entity(
            id=eid,
            kind=kind,
            name=name,
            aliases=aliases,
            attributes=attrs,  # type: ignore[arg-type]
            mentions=tuple(Mention(s, s + len(t), t) for i, s, t in marks["E"] if i == eid),
        )
        for eid, (kind, name, aliases, attrs) in ENTITIES.items()
    )
    dates = tuple(
        TimeExpression(
            id=did,
            start=s,
            end=s + len(t),
            text=t,
            type="DATE",
            value=DATES[did][0],
            mod=DATES[did][1],
            anchor=DATES[did][2],
            anchor_date_id=DATES[did][3],  # type: ignore[arg-type]
        )
        for did, s, t in marks["D"]
    )
    events = tuple(
        Event(
            id=eid,
            date_id=did,
            value=DATES[did][0],
            mod=DATES[did][1],
            precision=precision,
            sort_key=key,
            start=paragraphs[p][0],
            end=_sentence_end(text, paragraphs[p]),
            label=text[paragraphs[p][0] : _sentence_end(text, paragraphs[p])],
            participants=people,
        )
        for eid, (did, p, people, precision, key) in EVENTS.items()
    )
    info = DocumentInfo(
        1,
        "La rivalité d'Elon Musk et de Sam Altman",
        "fr",
        "0" * 64,
        source,
        "2024-12-01",
        len(text),
    )
    return Extraction(info, text, tuple(regions), entities, dates, events)


def _sentence_end(text: str, paragraph: tuple[int, int]) -> int:
    return text.index(".", paragraph[0], paragraph[1]) + 1


def make_article(extraction: Extraction) -> Article:
    return Article(
        source=extraction.document.source,
        text=extraction.text,
        title=extraction.document.title,
        regions=extraction.regions,
        language="fr",
        dct=extraction.document.dct,
        raw_sha256="1" * 64,
        sha256=extraction.document.sha256,
        format="txt",
    )


class Fakes:
    """What the window uses outside Qt, made up for the tests: reading one known article, and
    a language model that extracts it (``gate``, set by default, lets a test hold it mid-way).
    The store is real (a temporary file), opened through ``Library``; ``calls`` records the
    order of the steps."""

    def __init__(self, extraction: Extraction) -> None:
        self.extraction = extraction
        self.gate = threading.Event()
        self.gate.set()
        self.analysing = threading.Event()
        self.warmed = threading.Event()
        self.calls: list[str] = []
        self.reads_directly = True  # False: the quick read cannot tell (an upgrade, a URL form)

    # reading (the pool)
    def prepare(self, source: str) -> Article:
        self.calls.append("prepare")
        if source != self.extraction.document.source:
            raise ReadError(f"{source}: no such file")
        return make_article(self.extraction)

    def lookup(self, db: str | None, article: Article) -> Lookup:
        from core.library import lookup

        self.calls.append("lookup")
        return lookup(db, article) if self.reads_directly else Lookup("unknown")

    # the model (its process in the application)
    def start(self) -> None:
        self.calls.append("start_model")
        self.warmed.set()

    def extract(self, article: Article, *, progress: Any = None, cancel: Any = None) -> Extraction:
        self.calls.append("extract")
        self.analysing.set()
        if progress is not None:
            progress(0.5, "Half way")
        while not self.gate.wait(0.005):
            if cancel is not None and cancel():
                raise Cancelled("Cancelled.")
        return self.extraction

    def stop(self) -> None:
        self.calls.append("stop_model")

    # the worker's door to the store
    def door(self, db: str) -> Any:
        from gui.operations.runner import Door

        fakes = self

        class RecordingDoor(Door):
            def open(self, lock: Any) -> Any:
                fakes.calls.append("open_store")
                return super().open(lock)

        return RecordingDoor(db)


def launch_window(qtbot: Any, fakes: Fakes, settings: QSettings, db: str, **options: Any) -> Any:
    """The whole window over a store in ``db`` and ``fakes``, shown offscreen."""
    from gui.app import build
    from gui.settings import Preferences

    built = build(
        Preferences(settings),
        db,
        model=options.pop("model", fakes),
        door=fakes.door(db),
        jobs=options.pop("jobs", 1),
        prepare=fakes.prepare,
        lookup=fakes.lookup,
    )
    qtbot.addWidget(built.window)
    built.window.resize(1200, 800)
    built.window.show()
    return built


# Every way a test could end up waiting in a modal loop for a person who is not there.
MODAL_CALLS: tuple[tuple[type, str], ...] = (
    (QDialog, "exec"),
    (QMenu, "exec"),
    (QMessageBox, "exec"),
    *((QMessageBox, name) for name in ("about", "critical", "information", "question", "warning")),
    *(
        (QFileDialog, name)
        for name in (
            "getExistingDirectory",
            "getOpenFileName",
            "getOpenFileNames",
            "getSaveFileName",
        )
    ),
    *((QInputDialog, name) for name in ("getDouble", "getInt", "getItem", "getText")),
)


class ModalReached(AssertionError):
    """A test reached a modal dialog it did not answer (it would wait for ever)."""


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A dialog reached in a test is a failure, not a wait: tests answer dialogs by patching
    their ``ask`` (or the Qt call) themselves; anything left unanswered fails here at once."""
    reached: list[str] = []
    for owner, name in MODAL_CALLS:

        def refuse(*_args: Any, _where: str = f"{owner.__name__}.{name}", **_kw: Any) -> Any:
            reached.append(_where)
            raise ModalReached(f"a test reached the modal {_where}() and did not answer it")

        monkeypatch.setattr(owner, name, refuse)
    yield reached
    assert not reached, f"modal dialogs reached: {reached}"


@pytest.fixture
def extraction() -> Extraction:
    return make_extraction()


@pytest.fixture
def fakes(extraction: Extraction) -> Fakes:
    return Fakes(extraction)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "library.sqlite")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def reader(qtbot: Any, fakes: Fakes, settings: QSettings, db: str) -> Iterator[Any]:
    """The whole window over a temporary store and the fakes, shown offscreen."""
    built = launch_window(qtbot, fakes, settings, db)
    yield built
    built.close()


@pytest.fixture
def opened(qtbot: Any, reader: Any, extraction: Extraction) -> Any:
    """The window with the hand-made article opened and its marks painted."""
    with qtbot.waitSignal(reader.window.highlightsApplied, timeout=5000):
        reader.open(extraction.document.source)
    return reader


Launch = Callable[..., Any]


@pytest.fixture
def launch(qtbot: Any, settings: QSettings, db: str) -> Iterator[Launch]:
    """Build a window over a store; ``launch(extraction)`` opens the article and waits until
    its highlights are listed. Every window is closed at the end."""
    readers: list[Any] = []

    def start(extraction: Extraction, *, database: str | None = None) -> Any:
        reader = launch_window(qtbot, Fakes(extraction), settings, database or db)
        readers.append(reader)
        reader.window.resize(1300, 850)
        qtbot.waitExposed(reader.window)
        reader.window.activateWindow()
        with qtbot.waitSignal(reader.highlights.loaded, timeout=5000):
            reader.open(extraction.document.source)
        return reader

    yield start
    for reader in readers:
        reader.close()
