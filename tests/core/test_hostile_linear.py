"""No input costs more than its size (issue 13): each hostile family, timed at two sizes, grows
in proportion (a ratio, never a wall time). Before, each of these was exponential or quadratic."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.reading.files import sniff_format
from core.reading.html_text import html_to_text
from core.reading.markdown_text import inline, markdown_to_text
from tests.linear import assert_linear


def test_leading_html_comments_are_sniffed_in_linear_time() -> None:
    """'<!-- -->' * 26 + 'Bonjour.' took 17.6 s to read (exponential backtracking)."""
    assert sniff_format("<!-- -->" * 26 + "Bonjour.") == "txt"
    assert sniff_format("<!-- a -->\n<!-- b -->\n<!DOCTYPE html><p>x") == "html"
    assert sniff_format("<!-- never closed <html>") == "txt"
    assert_linear(lambda n: "<!-- -->" * n + "Bonjour.", sniff_format, 40, 160)


MARKDOWN_LINES: dict[str, Callable[[int], str]] = {
    "emphasis": lambda n: "*a " * n,
    "strong": lambda n: "**a " * n,
    "underscore": lambda n: "_a " * n,
    "strike": lambda n: "~~a " * n,
    "link": lambda n: "[a](" * n,
    "brackets": lambda n: "[a" * n,
    "image": lambda n: "![a" * n,
    "code": lambda n: "``a `" * n,
    "mixed": lambda n: "*_[`<~&\\" * n,
    "heading spaces": lambda n: "# a" + " " * (8 * n) + "b",
}


@pytest.mark.parametrize("family", MARKDOWN_LINES)
def test_markdown_inline_markup_is_linear(family: str) -> None:
    """'*a ' * 8000 took 13.6 s (the emphasis, strike and link patterns were quadratic)."""
    assert_linear(MARKDOWN_LINES[family], inline, 500, 2000)


MARKDOWN_BLOCKS: dict[str, Callable[[int], str]] = {
    "unclosed comments": lambda n: "<!--" * n,
    "unclosed scripts": lambda n: "<script>" * n,
    "closed comments": lambda n: "a <!-- b --> " * n,
    "front matter title": lambda n: "---\ntitle: a" + " " * (8 * n) + "b\n---\nTexte.",
    "rule then blanks": lambda n: "---" + " " * (8 * n) + "x",
    "table rule then blanks": lambda n: "|---|" + " " * (8 * n) + "x",
}


@pytest.mark.parametrize("family", MARKDOWN_BLOCKS)
def test_markdown_blocks_are_linear(family: str) -> None:
    assert_linear(MARKDOWN_BLOCKS[family], markdown_to_text, 500, 2000)


def test_markdown_still_reads_what_it_read() -> None:
    assert inline("*a* **b** ~~c~~ [d](e) `f` <i>g</i> &amp;") == "a b c d f g &"
    converted = markdown_to_text("a <!-- b --> c <script>d</script> e <!-- f")
    assert converted.text == "a c e <!-- f"


def _many_attributes(n: int) -> str:
    attributes = " ".join(f"a{i}=1" for i in range(n))
    return (
        f"<html><body><p {attributes}>Bonjour le monde, une phrase assez longue.</p></body></html>"
    )


def test_an_element_with_thousands_of_attributes_is_linear() -> None:
    """One element with 50,000 attributes took 18.5 s (lxml compares each with the others)."""
    assert "Bonjour le monde" in html_to_text(_many_attributes(5000)).text
    assert_linear(_many_attributes, html_to_text, 1000, 4000)


HTML_TAGS: dict[str, Callable[[int], str]] = {
    "unclosed embeds": lambda n: "<p>Un texte assez long.</p>" + "<embed" * n,
    "one unclosed tag name": lambda n: "<p>Un texte assez long.</p><" + "a" * (8 * n),
    "long unclosed tags": lambda n: "<p>Un texte.</p>" + ("<a" + "b" * 1500) * (n // 100),
}


@pytest.mark.parametrize("family", HTML_TAGS)
def test_html_pre_passes_are_linear(family: str) -> None:
    """The passes that run before lxml scan each tag once (possessive patterns)."""
    assert_linear(HTML_TAGS[family], html_to_text, 500, 2000)
