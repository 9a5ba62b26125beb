"""Regions: title, body, boilerplate and duplicate, tiling the whole text, nothing deleted."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from core.model import REGION_ROLES
from core.reading.article import Article, article_from_text, load_article
from core.reading.cleanup import Unit, clean, is_heading, split_units
from core.reading.duplicates import copied_units

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "musk-altman-fr.txt"
DATA = ROOT / "tests" / "data" / "articles"

FR_TITLE = "La mairie lance un plan de rénovation des écoles"
FR_BODY = [
    "La mairie a présenté lundi un plan de rénovation de douze écoles élémentaires, qui doit "
    "s'étaler sur cinq ans et coûter près de quarante millions d'euros.",
    "Selon l'adjointe chargée de l'éducation, les premiers chantiers commenceront pendant les "
    "vacances d'été, dans les bâtiments les plus anciens de la ville.",
    "Des fenêtres isolantes",
    "Les travaux porteront d'abord sur l'isolation des toitures et le remplacement des "
    "fenêtres, afin de réduire de moitié la facture de chauffage des bâtiments.",
    "Les parents d'élèves ont salué l'annonce, tout en demandant que les cours ne soient pas "
    "perturbés par le bruit des chantiers pendant l'année scolaire.",
]
EN_FOOTER = (
    "The views expressed in this article are those of its author and do not necessarily "
    "reflect the position of the publisher or of its partners."
)
EN_TITLE = "Harbour town votes to rebuild its old sea wall"
EN_BODY = [
    "The town council voted on Tuesday to rebuild the old sea wall, which has been damaged by "
    "three winter storms in a row and now lets the tide into the lower streets.",
    "The work will cost about twelve million pounds and should take two years, the council "
    "said, with most of the money coming from a national flood defence fund.",
    "Fishermen worried",
    "Fishermen on the quay fear that the building site will block access to the harbour during "
    "the busiest months of the season, and have asked for a floating pontoon.",
]
FR_FOOTER = (
    "Les opinions exprimées dans cet article sont celles de leur auteur et ne reflètent pas "
    "nécessairement la position de la rédaction ni de ses partenaires."
)


def roles(article: Article) -> list[str]:
    return [region.role for region in article.regions]


def region_text(article: Article, role: str) -> list[str]:
    return [article.text[r.start : r.end].strip() for r in article.regions if r.role == role]


def assert_tiles(article: Article) -> None:
    regions = article.regions
    assert regions, "no region"
    assert regions[0].start == 0
    assert regions[-1].end == len(article.text)
    for before, after in itertools.pairwise(regions):
        assert before.end == after.start
        assert before.role != after.role
    assert all(r.start < r.end and r.role in REGION_ROLES for r in regions)


def scraped(title: str, body: list[str], footer: str) -> str:
    """A scraped page: body paragraphs, footer, title, and the body again as one paragraph."""
    return "\n".join([*body, footer, title, " ".join(body)]) + "\n"


# --- the seed article ------------------------------------------------------------------------


def test_seed_regions() -> None:
    article = load_article(SEED)
    lines = SEED.read_text(encoding="utf-8").split("\n")
    assert roles(article) == ["body", "boilerplate", "title", "duplicate"]
    assert article.title == "La source du 'ressentiment' d'Elon Musk envers Sam Altman"
    assert region_text(article, "title") == [article.title]
    assert region_text(article, "body") == ["\n".join(lines[:29])]
    assert region_text(article, "boilerplate") == [lines[29]]
    assert lines[29].startswith("This page may contain third-party content")
    assert region_text(article, "duplicate") == [lines[31]]
    assert article.language == "fr"
    assert article.dct is None
    assert_tiles(article)


def test_seed_body_spans_are_title_and_body() -> None:
    article = load_article(SEED)
    spans = article.body_spans()
    assert [article.text[s:e].strip() for s, e in spans][1] == article.title
    assert sum(e - s for s, e in spans) < len(article.text) / 2


# --- synthetic scraped pages, French and English ---------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "footer", "language"),
    [(FR_TITLE, FR_BODY, EN_FOOTER, "fr"), (EN_TITLE, EN_BODY, FR_FOOTER, "en")],
)
def test_scraped_page(title: str, body: list[str], footer: str, language: str) -> None:
    article = article_from_text(scraped(title, body, footer))
    assert roles(article) == ["body", "boilerplate", "title", "duplicate"]
    assert region_text(article, "body") == ["\n".join(body)]  # its short heading included
    assert region_text(article, "boilerplate") == [footer]
    assert article.title == title
    assert region_text(article, "duplicate") == [" ".join(body)]
    assert article.language == language
    assert_tiles(article)


def test_title_first_then_a_copy_with_its_paragraphs() -> None:
    text = "\n".join([FR_TITLE, *FR_BODY, FR_TITLE, *FR_BODY])
    article = article_from_text(text)
    assert roles(article) == ["title", "body", "duplicate"]
    assert region_text(article, "duplicate") == ["\n".join([FR_TITLE, *FR_BODY])]
    assert_tiles(article)


def test_copy_with_a_changed_word_is_still_a_copy() -> None:
    copy = " ".join(FR_BODY).replace("quarante", "cinquante")
    article = article_from_text("\n".join([FR_TITLE, *FR_BODY, copy]))
    assert roles(article) == ["title", "body", "duplicate"]


def test_a_short_repeated_phrase_is_not_a_duplicate() -> None:
    phrase = "Le maire n'a pas souhaité répondre."
    body = [FR_BODY[0], phrase, FR_BODY[1], FR_BODY[3] + " " + phrase, phrase]
    article = article_from_text("\n".join([FR_TITLE, *body]))
    assert roles(article) == ["title", "body"]


def test_text_without_a_title() -> None:
    article = article_from_text("\n".join(FR_BODY))
    assert roles(article) == ["body"]
    assert article.title == ""
    assert load_article(DATA / "fr-utf8.txt").title == "fr-utf8"  # the file's name stands in


def test_title_line_first() -> None:
    article = article_from_text("\n\n".join([EN_TITLE, *EN_BODY]) + "\n")
    assert roles(article) == ["title", "body"]
    assert article.title == EN_TITLE
    assert article.text[article.regions[0].start : article.regions[0].end] == EN_TITLE + "\n\n"


def test_a_kicker_above_the_title_is_body() -> None:
    article = article_from_text("\n".join(["Éducation", FR_TITLE, *FR_BODY]))
    assert roles(article) == ["body", "title", "body"]
    assert article.title == FR_TITLE


def test_a_single_word_first_line_is_not_a_title() -> None:
    assert roles(article_from_text("\n".join(["Éducation", *FR_BODY]))) == ["body"]


# --- boilerplate -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
        "We use cookies to give you the best experience. Accept all cookies",
        "Abonnez-vous à notre newsletter pour ne rien manquer de l'actualité.",
        "Subscribe to our newsletter",
        "Partager sur Facebook",
        "Facebook Twitter LinkedIn E-mail",
        "Lire aussi : Les impôts locaux augmentent dans la région",
        "Read more: the council's budget in ten charts",
        "© 2024 Le Journal du Soir. Tous droits réservés.",
        "This is not financial advice. See Disclaimer for details.",
        "Publicité",
        "Suivez-nous sur les réseaux sociaux",
    ],
)
def test_notices_are_boilerplate(notice: str) -> None:
    text = "\n".join([FR_TITLE, FR_BODY[0], notice, FR_BODY[1], FR_BODY[3]])
    article = article_from_text(text)
    assert roles(article) == ["title", "body", "boilerplate", "body"]
    assert region_text(article, "boilerplate") == [notice]


def test_a_paragraph_about_cookies_is_body() -> None:
    about = (
        "La CNIL a infligé une amende à trois sites qui déposaient des cookies sans le "
        "consentement des internautes. Nous utilisons des cookies, reconnaît l'un d'eux, mais "
        "nous avons changé notre bandeau depuis le mois de mars, après une mise en demeure et "
        "plusieurs plaintes d'associations de consommateurs qui dénonçaient des pratiques "
        "trompeuses et un refus bien plus difficile à trouver que l'acceptation, selon elles, "
        "sur la plupart des pages de ces sites très fréquentés."
    )
    article = article_from_text("\n".join([FR_TITLE, FR_BODY[0], about, FR_BODY[1]]))
    assert roles(article) == ["title", "body"]


def test_a_foreign_quote_inside_the_article_is_body() -> None:
    quote = "“We will not give up on this town, whatever the cost,” the minister said."
    article = article_from_text("\n".join([FR_TITLE, FR_BODY[0], quote, FR_BODY[1]]))
    assert roles(article) == ["title", "body"]


def test_a_foreign_notice_at_the_top_is_boilerplate() -> None:
    article = article_from_text("\n".join([EN_FOOTER, FR_TITLE, *FR_BODY]))
    assert roles(article) == ["boilerplate", "title", "body"]


def test_a_translation_at_the_end_is_not_boilerplate() -> None:
    article = article_from_text("\n".join([FR_TITLE, *FR_BODY, *EN_BODY, EN_FOOTER]))
    assert "boilerplate" not in roles(article)


# --- paragraphs and headings -----------------------------------------------------------------


def test_hard_wrapped_text_is_cut_into_blocks() -> None:
    wrapped = [
        "The town council voted on Tuesday to rebuild the old sea wall, which has\n"
        "been damaged by three winter storms in a row and now lets the tide in.",
        "The work will cost about twelve million pounds and should take two years,\n"
        "the council said, with most of the money coming from a national fund.",
        "Fishermen on the quay fear that the building site will block access to\n"
        "the harbour during the busiest months of the season, they said.",
    ]
    text = EN_TITLE + "\n\n" + "\n\n".join(wrapped) + "\n"
    units = split_units(text)
    assert [unit.text for unit in units] == [EN_TITLE, *wrapped]
    assert roles(article_from_text(text)) == ["title", "body"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("La mairie lance un plan de rénovation des écoles", True),
        ("Faut-il avoir peur de l'intelligence artificielle ?", True),
        ("« Je ne démissionnerai pas » : le maire contre-attaque", True),
        ("Le maire a démissionné.", False),
        ("« Remontons-nous ?", False),
        ("-- Non ! Au contraire !", False),
        ("Paris, le 3 mars 2021 —", False),
        ("Voici la liste des écoles concernées :", False),
        ("https://example.org/article", False),
        ("", False),
        ("Un titre " * 40, False),
    ],
)
def test_heading_like_lines(line: str, expected: bool) -> None:
    assert is_heading(Unit(0, len(line), line)) is expected


def test_dialogue_first_line_is_not_a_title() -> None:
    text = "« Remontons-nous ?\n-- Non ! Au contraire ! Nous descendons !\n-- Jetez du lest !\n"
    assert roles(article_from_text(text)) == ["body"]


def test_duplicates_need_earlier_text() -> None:
    assert copied_units([" ".join(FR_BODY), *FR_BODY]) == {1, 2, 3, 4, 5}
    assert copied_units(FR_BODY) == set()


def test_a_given_language_is_reported_and_boilerplate_follows_the_text() -> None:
    text = "\n".join([*FR_BODY, EN_FOOTER])
    detected, forced = clean(text), clean(text, lang="en")
    assert (detected.language, forced.language) == ("fr", "en")
    assert [r.role for r in forced.regions] == [r.role for r in detected.regions]
    assert [r.role for r in forced.regions] == ["body", "boilerplate"]


@pytest.mark.parametrize(
    "name", ["fr-utf8.txt", "crlf.txt", "article.md", "article.html", "malicious.html"]
)
def test_fixtures_tile(name: str) -> None:
    assert_tiles(load_article(DATA / name))


@pytest.mark.parametrize("seed", range(25))
def test_random_pages_always_tile(seed: int) -> None:
    """Shuffled pieces of pages (copies, notices, blank lines, CRs): regions always tile."""
    rng = random.Random(seed)
    pieces = [FR_TITLE, EN_TITLE, *FR_BODY, *EN_BODY, EN_FOOTER, FR_FOOTER, " ".join(FR_BODY)]
    pieces += ["Publicité", "Facebook Twitter", "", "  ", "« Oui ?", "-- Non !", "x"]
    chosen = [rng.choice(pieces) for _ in range(rng.randint(1, 30))]
    text = "".join(piece + rng.choice(["\n", "\n\n", "\r\n", " \n"]) for piece in chosen)
    if not text.strip():
        text += FR_BODY[0]
    article = article_from_text(text)
    assert_tiles(article)
    assert article.text == text.replace("\r\n", "\n").replace("\r", "\n")
    assert sum(role == "title" for role in roles(article)) <= 1
