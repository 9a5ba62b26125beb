"""HTML: main text, title and date through trafilatura; nothing executed, only text out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from core.errors import ReadError
from core.reading.article import article_from_text, load_article

DATA = Path(__file__).resolve().parents[1] / "data" / "articles"
ROOT = Path(__file__).resolve().parents[2]


def _roles(article: Any) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for region in article.regions:
        found.setdefault(region.role, []).append(article.text[region.start : region.end].strip())
    return found


def test_html_article() -> None:
    """The article's text with its title first; the page's navigation and footer kept around
    it, set aside as boilerplate (never dropped, never read as the article)."""
    article = load_article(DATA / "article.html")
    assert article.format == "html"
    assert article.title == "Harbour bridge to close for repairs"
    assert article.dct == "2022-09-14"
    assert article.language == "en"
    roles = _roles(article)
    assert roles["title"] == [article.title]
    assert roles["boilerplate"] == ["Home News Sport", "All rights reserved. The Coastal Herald."]
    (body,) = roles["body"]
    assert body.startswith("The harbour bridge will close for six weeks")
    assert "\nTraders worried\n" in body  # a section heading stays in the body…
    (heading,) = article.headings  # …and is known to be one
    assert article.text[heading[0] : heading[1]] == "Traders worried"
    assert body.endswith("promised a review of the tax request.")
    for chrome in ("Home", "Sport", "rights reserved"):
        assert chrome not in body
    for hidden in ("SCRIPT_SENTINEL", "STYLE_SENTINEL", "<", ">"):
        assert hidden not in article.text


def test_a_cookie_banner_and_a_menu_are_set_aside() -> None:
    page = (
        "<html><body>"
        '<div class="cookies">Nous utilisons des cookies. <button>Accepter</button></div>'
        "<header><nav><ul><li><a href='/'>Accueil</a></li><li>Régions</li></ul></nav></header>"
        "<article><h1>Le pont de Saint-Nazaire fermé trois nuits</h1>"
        "<p>Le pont de Saint-Nazaire sera fermé à la circulation trois nuits de suite à partir"
        " de lundi, pour des travaux d'entretien de la chaussée, a annoncé le département.</p>"
        "<h2>Des déviations</h2>"
        "<p>Des déviations seront mises en place par Nantes, et les transports scolaires du"
        " matin ne seront pas touchés, précise le département dans son communiqué.</p>"
        "</article><footer><p>© Ouest Régions</p><p>Mentions légales</p></footer>"
        "</body></html>"
    )
    article = article_from_text(page, fmt="html")
    roles = _roles(article)
    assert roles["title"] == ["Le pont de Saint-Nazaire fermé trois nuits"]
    aside = roles["boilerplate"]
    assert aside[0].startswith("Nous utilisons des cookies")
    assert "Accueil" in "\n".join(aside)
    assert aside[-1].endswith("Mentions légales")
    assert all("cookies" not in text and "Mentions" not in text for text in roles["body"])
    assert [article.text[s:e] for s, e in article.headings] == ["Des déviations"]


def test_hostile_markup_gives_only_text() -> None:
    article = load_article(DATA / "malicious.html")
    assert "real article text" in article.text
    assert "harmless-looking link" in article.text
    assert "the mountain pass will open again" in article.text  # text after <embed> is kept
    assert "SENTINEL" not in article.text
    for active in ("alert", "javascript", "onerror", "onload", "<", "fetch("):
        assert active not in article.text


def test_date_override_wins_over_metadata() -> None:
    assert load_article(DATA / "article.html", dct="2020-01-02").dct == "2020-01-02"


def test_a_title_missing_from_the_text_is_put_first() -> None:
    page = (
        "<html><head><title>Budget vote delayed</title></head><body><article>"
        "<p>The vote on the city budget was delayed by a week, the mayor said on Monday, after a"
        " long and heated debate about the cost of the new school and the library.</p>"
        "</article></body></html>"
    )
    article = article_from_text(page, fmt="html")
    assert article.text.startswith("Budget vote delayed\nThe vote on the city budget")
    assert article.title == "Budget vote delayed"
    assert article.regions[0].role == "title"


def test_a_bare_fragment_is_read() -> None:
    article = article_from_text(
        "<p>Just one paragraph of text, <b>no page around it</b>.</p>", fmt="html"
    )
    assert article.text == "Just one paragraph of text, no page around it."


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><script>var a = 'only code';</script></head><body></body></html>",
        "<html><body><!-- nothing but a comment --></body></html>",
        "<html></html>",
    ],
)
def test_a_page_without_text_is_refused(page: str) -> None:
    with pytest.raises(ReadError, match="no readable text"):
        article_from_text(page, fmt="html", source="page.html")


def test_trafilatura_is_imported_only_for_html() -> None:
    code = (
        "import sys\n"
        "from core.reading.article import load_article\n"
        "load_article('tests/data/articles/fr-utf8.txt')\n"
        "load_article('tests/data/articles/article.md')\n"
        "assert 'trafilatura' not in sys.modules, 'trafilatura imported'\n"
        "assert 'charset_normalizer' not in sys.modules, 'charset_normalizer imported'\n"
        "assert 'urllib.request' not in sys.modules, 'urllib.request imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
