"""Colours: the reader's highlights never taken for names' tints nor for find hits, every colour
behind text readable (WCAG AA, 4.5:1) in the light and the dark palette, and the window
following the system from light to dark and back while it runs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from core.annotations.colors import COLORS
from core.model import Extraction
from gui.palette import (
    DARK,
    LIGHT,
    MARK_KINDS,
    MIN_CONTRAST,
    highlight_fill,
    kind_colours,
    layer_colours,
)
from gui.theme import contrast, dark_palette, follow_system, is_dark, over

Role = QPalette.ColorRole


def _light() -> QPalette:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    return app.style().standardPalette()


@pytest.fixture
def system_palette(qapp: QApplication) -> Iterator[QApplication]:
    """The application's palette, put back as it was after the test."""
    before = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(before)


def test_contrast_is_wcags_ratio() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_colour_behind_text_keeps_it_readable(scheme: str) -> None:
    palette = _light() if scheme == "light" else dark_palette()
    text, base = palette.color(Role.Text), palette.color(Role.Base)
    assert is_dark(palette) == (scheme == "dark")
    for kind in MARK_KINDS:  # the names' and dates' tints
        tint = QColor(kind_colours(kind, palette).tint)
        assert contrast(text, tint) >= MIN_CONTRAST, kind
    for name in COLORS:  # the reader's highlights, as painted over the page
        fill = highlight_fill(name, palette)
        seen = over(QColor(fill.rgb()), fill.alphaF(), base)
        assert contrast(text, seen) >= MIN_CONTRAST, name
        assert fill.alphaF() >= 0.18, f"{name} would be too faint to see"
    aside = QColor(layer_colours(palette).set_aside)  # text of passages set aside
    assert contrast(aside, base) >= MIN_CONTRAST


def test_the_tints_are_derived_for_each_palette() -> None:
    assert kind_colours("PER", _light()) == LIGHT["PER"]
    assert kind_colours("PER", dark_palette()) == DARK["PER"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_outlines_stand_out_and_are_no_highlight_colour(scheme: str) -> None:
    palette = _light() if scheme == "light" else dark_palette()
    layers = layer_colours(palette)
    base = palette.color(Role.Base)
    for outline in (layers.focus, layers.search, layers.current, layers.flash):
        assert contrast(QColor(outline), base) >= 3.0  # WCAG's 3:1 for what is not text
        for code in COLORS.values():
            assert _distance(QColor(outline), QColor(code)) > 80, (outline, code)


def _distance(one: QColor, other: QColor) -> float:
    return float(
        sum((a - b) ** 2 for a, b in zip(one.getRgb()[:3], other.getRgb()[:3], strict=True)) ** 0.5
    )


def test_find_and_the_chosen_person_are_outlined_never_filled(
    opened: Any, extraction: Extraction
) -> None:
    """Only the reader's highlights fill the text with colour: a find hit or a chosen person's
    mention is an outline, so it is never taken for a yellow highlight."""
    text = opened.window.article.text
    opened.window.people.select_entity(2)
    view = opened.window.article
    view.open_find()
    view.find_bar.edit.setText("Musk")
    assert text.layer("focus")
    assert text.layer("search")
    assert text.layer("current")
    assert text.extraSelections() == []  # nothing filled: no highlight yet
    start, end = extraction.entity(2).mentions[0].start, extraction.entity(2).mentions[0].end
    rects = text.span_rects(start, end)
    assert len(rects) == 1
    assert rects[0].width() > 0


def test_names_lose_their_tint_while_the_article_has_highlights(qtbot: Any, opened: Any) -> None:
    highlighter = opened.window.article.text.highlighter
    legend = opened.window.article.legend
    assert highlighter.mark_format("PER").background().style() != Qt.BrushStyle.NoBrush
    with qtbot.waitSignal(opened.highlights.created, timeout=5000):
        opened.highlights.create(0, 6, "blue")
    assert highlighter.mark_format("PER").background().style() == Qt.BrushStyle.NoBrush
    assert (
        highlighter.mark_format("PER").underlineStyle()
        != highlighter.mark_format("PER").UnderlineStyle.NoUnderline
    )
    assert "untinted while the article has highlights" in legend.buttons["PER"].toolTip()
    made = opened.window.highlights.anchored()[0]
    with qtbot.waitSignal(opened.runner.changed, timeout=5000):
        opened.highlights.delete(made)
    assert highlighter.mark_format("PER").background().style() != Qt.BrushStyle.NoBrush
    assert "tinted" in legend.buttons["PER"].toolTip()


def _pixel(widget: Any, x: int, y: int) -> QColor:
    return widget.grab().toImage().pixelColor(x, y)


def test_the_window_follows_the_system_from_light_to_dark_and_back(
    qtbot: Any, opened: Any, system_palette: QApplication
) -> None:
    """At launch and while it runs: the page's margins, the title, the message bar and the
    marks take the dark palette, and the light one back."""
    follower = follow_system(system_palette)
    hints = system_palette.styleHints()
    window, article = opened.window, opened.window.article
    article.messages.show_message("Something to say")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert follower.ours
    assert is_dark(system_palette.palette())
    qtbot.waitUntil(lambda: is_dark(article.text.palette()), timeout=3000)
    page = system_palette.palette().color(Role.Base)
    margin = _pixel(article.text, 4, article.text.height() // 2)  # left of the column
    assert margin == page, "no white margins"
    beside = _pixel(article, article.width() - 4, article.header.geometry().center().y())
    assert beside == page
    title = article.title.palette().color(Role.WindowText)
    assert contrast(title, page) >= MIN_CONTRAST
    background, _border, words = article.messages.colours()
    assert is_dark_colour(background)
    assert contrast(QColor(words), QColor(background)) >= 7
    assert article.text.highlighter.mark_format("PER").background().color() == QColor(
        DARK["PER"].tint
    )
    link = article.header.palette().color(Role.WindowText)
    assert contrast(link, page) >= MIN_CONTRAST
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not is_dark(system_palette.palette())
    qtbot.waitUntil(lambda: not is_dark(article.text.palette()), timeout=3000)
    assert article.text.highlighter.mark_format("PER").background().color() == QColor(
        LIGHT["PER"].tint
    )
    assert not is_dark_colour(article.messages.colours()[0])
    assert window.isVisible()


def is_dark_colour(name: str) -> bool:
    return QColor(name).lightness() < 128
