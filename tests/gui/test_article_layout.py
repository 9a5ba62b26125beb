"""How the article is laid out: paragraph breaks, the column's width from the first paint."""

from __future__ import annotations

from typing import Any

from gui.article_text import ArticleText


def _top(text: ArticleText, block_number: int) -> float:
    block = text.document().findBlockByNumber(block_number)
    return text.blockBoundingGeometry(block).top()


def test_a_blank_line_is_one_paragraph_break_not_two(qtbot: Any) -> None:
    single, blank = ArticleText(), ArticleText()
    for widget in (single, blank):
        qtbot.addWidget(widget)
        widget.resize(700, 500)
    single.set_text("Premier paragraphe.\nSecond paragraphe.\n")
    blank.set_text("Premier paragraphe.\n\nSecond paragraphe.\n")
    between_single = _top(single, 1) - _top(single, 0)
    between_blank = _top(blank, 2) - _top(blank, 0)
    assert between_blank == between_single
    assert between_single > blank.fontMetrics().lineSpacing()  # a gap, all the same
    blank.set_text("Un.\n\n\n\nDeux.\n")  # several blank lines: still one break
    assert _top(blank, 4) - _top(blank, 0) == between_single


def _widest_line(text: ArticleText) -> float:
    block, widest = text.document().firstBlock(), 0.0
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            widest = max(widest, layout.lineAt(i).naturalTextWidth())
        block = block.next()
    return widest


def test_the_text_fits_its_column_from_the_first_paint(qtbot: Any) -> None:
    """The column's margins are set at the first resize: the text is wrapped to the column at
    once (it used to be wrapped to the whole width, clipped on the right with a horizontal
    scrollbar, until the article was opened again)."""
    text = ArticleText()
    qtbot.addWidget(text)
    text.resize(1400, 800)
    text.show()
    qtbot.waitExposed(text)
    assert text.viewportMargins().left() > 0
    text.set_text(("Une phrase qui ne tient pas sur une ligne de la colonne. " * 3 + "\n") * 3)
    assert _widest_line(text) <= text.viewport().width()
    assert text.horizontalScrollBar().maximum() == 0
    for width in (900, 1600, 700):  # and when the window is resized
        text.resize(width, 800)
        qtbot.waitUntil(lambda w=width: text.width() == w)
        assert _widest_line(text) <= text.viewport().width()
        assert text.horizontalScrollBar().maximum() == 0


def _format_at(text: ArticleText, position: int) -> tuple[int, float]:
    """The weight and point size the highlighter gave the character at ``position``."""
    block = text.document().findBlock(position)
    offset = position - block.position()
    formats = block.layout().formats()
    found = [r for r in formats if r.start <= offset < r.start + r.length]
    assert found
    return found[0].format.fontWeight(), found[0].format.fontPointSize()


def test_section_headings_look_like_headings(qtbot: Any) -> None:
    """A Markdown "## …" (or an HTML <h2>) is bold and larger than the text around it."""
    from core.model import Region
    from core.reading.markdown_text import markdown_to_text

    converted = markdown_to_text("# Titre\n\nIntro du texte.\n\n## Une partie\n\nSuite du texte.\n")
    text = ArticleText()
    qtbot.addWidget(text)
    text.resize(700, 500)
    text.show()
    body = [Region(0, len(converted.text), "body")]
    text.set_text(converted.text, body, headings=converted.headings)
    text.refresh_marks()
    ((start, _end),) = converted.headings
    weight, points = _format_at(text, start + 1)
    assert weight >= 700
    assert points > text.font().pointSizeF()
    plain = converted.text.index("Suite")
    assert not text.document().findBlock(plain).layout().formats()  # the body as it is
