"""Markdown becomes clean plain text; its first level-1 heading is the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.reading.article import article_from_text, load_article
from core.reading.markdown_text import inline, markdown_to_text

DATA = Path(__file__).resolve().parents[1] / "data" / "articles"


def test_markdown_file() -> None:
    article = load_article(DATA / "article.md")
    assert article.format == "md"
    assert article.title == "Le budget de la ville adopté"
    assert article.dct == "2021-03-04"  # from the front matter
    assert article.regions[0].role == "title"
    assert article.text.startswith("Le budget de la ville adopté\n\n")
    for markup in ("#", "**", "_douze", "](", "https://", "![", "[note]", "> «", "---"):
        assert markup not in article.text
    assert "Le texte est consultable en ligne et la délibération" in article.text  # lines joined
    assert "\n\nLes investissements\n\n" in article.text  # a section heading, in the body
    assert "« C'est un budget de cœur et de raison », a déclaré le maire." in article.text
    assert "\n\nla réfection de la voirie ;\n\n" in article.text  # one list item, one line


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("**gras** et __gras__", "gras et gras"),
        ("*italique* et _italique_", "italique et italique"),
        ("***les deux***", "les deux"),
        ("~~barré~~", "barré"),
        ("un mot_avec_soulignés reste", "un mot_avec_soulignés reste"),
        ("`du *code*`", "du *code*"),
        ("un [lien](https://a.b/c_(d) 'titre') ici", "un lien ici"),
        ("un [renvoi][ref] ici", "un renvoi ici"),
        ("une image ![alt](x.png) ici", "une image ici"),
        ("voir <https://a.b/c> ici", "voir ici"),
        (r"\*pas d'emphase\*", "*pas d'emphase*"),
        ("<b>gras</b> &amp; entité", "gras & entité"),
        ("5 * 3 = 15", "5 * 3 = 15"),
    ],
)
def test_inline_markup(markdown: str, expected: str) -> None:
    assert inline(markdown) == expected


def test_headings_and_title() -> None:
    converted = markdown_to_text("Intro.\n\n## Sous-titre ##\n\n# Le titre\n\nTexte.\n")
    assert converted.text == "Intro.\n\nSous-titre\n\nLe titre\n\nTexte."
    assert converted.title_span is not None
    assert converted.text[slice(*converted.title_span)] == "Le titre"


def test_setext_heading_is_a_title() -> None:
    converted = markdown_to_text("Le titre\n========\n\nTexte du corps.\n")
    assert converted.text == "Le titre\n\nTexte du corps."
    assert converted.title_span == (0, len("Le titre"))


def test_front_matter_title_when_no_heading() -> None:
    converted = markdown_to_text('---\ntitle: "Le titre"\n---\nTexte du corps.\n')
    assert converted.text == "Le titre\n\nTexte du corps."
    assert converted.title_span == (0, len("Le titre"))


def test_scripts_comments_and_code_fences() -> None:
    source = (
        "Avant.\n\n<script>alert('x')</script>\n<!-- caché -->\n\n"
        "```python\ndef f():\n    return 1\n```\n\nAprès.\n"
    )
    assert markdown_to_text(source).text == "Avant.\n\ndef f():\n    return 1\n\nAprès."


def test_tables_rules_and_quotes() -> None:
    source = "| a | b |\n|---|---|\n| 1 | 2 |\n\n***\n\n> cité\n> encore\n"
    assert markdown_to_text(source).text == "a · b\n\n1 · 2\n\ncité encore"


def test_markdown_without_a_level_one_heading_uses_the_text_rules() -> None:
    article = article_from_text("Un titre court\n\nUn paragraphe de texte complet.\n", fmt="md")
    assert article.title == "Un titre court"


def test_section_headings_are_known() -> None:
    """ "## Section" and a "---" underlined line are headings (the window shows them so); the
    first "# Title" is the title, not one of them."""
    converted = markdown_to_text(
        "# Le titre\n\nIntro.\n\n## Première partie\n\nTexte.\n\nSuite\n-----\n\nFin.\n"
    )
    text = converted.text
    assert [text[s:e] for s, e in converted.headings] == ["Première partie", "Suite"]
    assert converted.title_span is not None
    assert text[slice(*converted.title_span)] == "Le titre"
    with_front = markdown_to_text('---\ntitle: "Le titre"\n---\n## Partie\n\nTexte.\n')
    assert [with_front.text[s:e] for s, e in with_front.headings] == ["Partie"]
