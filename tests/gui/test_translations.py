"""The interface in French and in English, through Qt's translations: the .ts sources are
current with the code, every French string is translated, the .qm files are what lrelease makes
of them, French is loaded under a French locale (or when chosen in Preferences), and dates and
numbers follow it."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QLocale, Qt

from core.model import Extraction
from gui.i18n import LANGUAGES, chosen_language, install, tool, translations_folder, update
from gui.models import AGE

FOLDER = translations_folder()
Message = tuple[str, str, bool]  # context, source, numerus


def _messages(ts: Path) -> dict[Message, list[str]]:
    """Each message of a .ts file with its translation (its forms, for a plural)."""
    found: dict[Message, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                forms: list[str] = []
            elif numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            found[(name, message.findtext("source") or "", numerus)] = forms
    return found


def _has_tools() -> bool:
    return all(
        Path(tool(name)).exists() or shutil.which(tool(name)) for name in ("lupdate", "lrelease")
    )


needs_tools = pytest.mark.skipif(not _has_tools(), reason="pyside6-lupdate/lrelease not found")


@needs_tools
def test_the_translations_are_current(tmp_path: Path) -> None:
    """Reading the strings from the code again changes nothing in the .ts files, and compiling
    them gives the very .qm files checked in."""
    for language in LANGUAGES:
        shutil.copy(FOLDER / f"liseuse_{language}.ts", tmp_path)
    update(tmp_path)
    for language in LANGUAGES:
        name = f"liseuse_{language}"
        fresh, kept = _messages(tmp_path / f"{name}.ts"), _messages(FOLDER / f"{name}.ts")
        assert set(fresh) == set(kept), "run: python -m gui.i18n"
        assert fresh == kept
        assert (tmp_path / f"{name}.qm").read_bytes() == (FOLDER / f"{name}.qm").read_bytes()


_PLACEHOLDER = re.compile(r"\{\w+\}|%n")


def test_every_french_string_is_translated_with_its_placeholders() -> None:
    messages = _messages(FOLDER / "liseuse_fr.ts")
    assert len(messages) > 300
    for (context, source, numerus), forms in messages.items():
        assert forms, f"untranslated in {context}: {source!r}"
        assert all(form.strip() for form in forms), f"empty in {context}: {source!r}"
        assert len(forms) == (2 if numerus else 1)
        for form in forms:
            assert sorted(set(_PLACEHOLDER.findall(form))) == sorted(
                set(_PLACEHOLDER.findall(source))
            ), f"{context}: {source!r} → {form!r}"
            assert form.count("&") - form.count("&&") * 2 <= 1


def test_english_plurals_have_their_singular() -> None:
    messages = _messages(FOLDER / "liseuse_en.ts")
    plurals = {source: forms for (_c, source, numerus), forms in messages.items() if numerus}
    assert plurals["%n passages set aside"] == ["%n passage set aside", "%n passages set aside"]
    assert all(len(forms) == 2 for forms in plurals.values())


@pytest.fixture
def french() -> Iterator[None]:
    assert install("fr")
    yield
    install("en")


def test_the_window_speaks_french_under_a_french_locale(
    french: None, launch: Any, extraction: Extraction
) -> None:
    reader = launch(extraction)
    window = reader.window
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&Fichier", "&Édition"]
    assert window.actions_by_name["open"].text() == "&Ouvrir…"
    assert window.actions_by_name["highlight_yellow"].text() == "Surligner en jaune"
    assert window.timeline_dock.windowTitle() == "Chronologie"
    assert window.people.kinds.itemText(0) == "Personnes"
    header = window.article.header.text()
    assert "Publié le" in header
    assert "1 décembre 2024" in header  # the date as the French locale writes it
    assert "français" in header
    assert window.article.legend.buttons["PER"].text() == "Personnes"
    assert "5 noms, 5 événements" in window.statusBar().currentMessage()
    assert window.article.aside_bar.text() == "▸ 2 passages mis de côté — afficher"
    entities = window.entities
    assert entities.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    age = entities.index(entities.row_of_entity(2), AGE).data()
    assert age == "39 ans"


def test_find_and_timeline_speak_french(french: None, launch: Any, extraction: Extraction) -> None:
    reader = launch(extraction)
    view = reader.window.article
    view.open_find()
    view.find_bar.edit.setText("Altman")
    assert " sur " in view.find_bar.count_text()
    assert "de plus dans les passages mis de côté — afficher" in view.find_bar.count_text()
    reader.window.people.select_entity(2)
    assert "Événements de Sam Altman — 3 sur 5" in reader.window.timeline.filter_bar.text()
    assert "tout afficher" in reader.window.timeline.filter_bar.text()


def test_the_language_follows_the_system_unless_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    french_system = QLocale(QLocale.Language.French, QLocale.Country.France)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: french_system))
    assert chosen_language(None) == "fr"
    assert chosen_language("en") == "en"
    english_system = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: english_system))
    assert chosen_language(None) == "en"
    assert chosen_language("fr") == "fr"
    assert chosen_language("klingon") == "en"


def test_the_language_is_chosen_in_preferences(
    qtbot: Any, reader: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui.dialogs import LanguageChoice, PreferencesDialog

    asked: list[Any] = []

    def ask(cls: type, parent: Any, language: str | None) -> LanguageChoice:
        asked.append(language)
        return LanguageChoice("fr")

    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(ask))
    reader.window.actions_by_name["preferences"].trigger()
    assert asked == [None]  # the system's, until chosen
    assert reader.preferences.language() == "fr"
    assert "next start" in reader.window.statusBar().currentMessage()
    dialog = PreferencesDialog("en")
    qtbot.addWidget(dialog)
    assert dialog.answer() == LanguageChoice("en")
    dialog.language.setCurrentIndex(0)
    assert dialog.answer() == LanguageChoice(None)


def test_exports_headings_follow_the_interface(
    qtbot: Any, french: None, launch: Any, extraction: Extraction, tmp_path: Path, monkeypatch: Any
) -> None:
    from gui.annotations.dialogs import ExportDialog

    reader = launch(extraction)
    with qtbot.waitSignal(reader.highlights.created, timeout=5000):
        reader.highlights.create(0, 6, "green")
    target = tmp_path / "surlignages.html"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a: (target, "html")))
    with qtbot.waitSignal(reader.highlights.exported, timeout=5000):
        reader.window.actions_by_name["export_highlights"].trigger()
    page = target.read_text(encoding="utf-8")
    assert "1 surlignage" in page
    assert "vert" in page
    assert "exportés dans" in reader.window.statusBar().currentMessage()


def test_the_library_headings_fit_their_french_words(
    french: None, launch: Any, extraction: Extraction
) -> None:
    reader = launch(extraction)
    reader.window.actions_by_name["show_library"].trigger()
    page = reader.window.library
    tables = (page.articles.table, page.people.table, page.story.table)
    for table in tables:
        header = table.horizontalHeader()
        for number in range(header.count() - 1):  # the last one stretches to the edge
            assert header.sectionSize(number) >= header.sectionSizeHint(number), (
                table.model().headerData(number, Qt.Orientation.Horizontal)
            )
    events = page.articles.model.headerData(5, Qt.Orientation.Horizontal)
    assert events == "Événements"
