"""Language identification from function words."""

from __future__ import annotations

import pytest

from core.errors import LiseuseError
from core.reading.article import article_from_text
from core.reading.language import (
    DEFAULT_LANGUAGE,
    detect_language,
    document_language,
    normalise_language_code,
)

FRENCH = (
    "Le gouvernement a annoncé mercredi une hausse du budget de la recherche, qui sera votée "
    "avant la fin de l'année par les députés."
)
ENGLISH = (
    "The government announced on Wednesday that the research budget would rise, and the bill "
    "should be voted by the end of the year."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FRENCH, "fr"),
        (ENGLISH, "en"),
        (
            "Die Regierung hat am Mittwoch mitgeteilt, dass der Haushalt für die Forschung steigt.",
            "de",
        ),
        ("El gobierno anunció el miércoles que el presupuesto de la investigación sube.", "es"),
    ],
)
def test_detects_the_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "Paris", "Elon Musk, Sam Altman", "2024 – 12 – 31", "OK !"])
def test_too_little_evidence(text: str) -> None:
    assert detect_language(text) is None


def test_document_language_and_its_default() -> None:
    assert document_language([FRENCH, ENGLISH, FRENCH]) == "fr"
    assert document_language([ENGLISH]) == "en"
    assert document_language(["123", "Paris"]) == DEFAULT_LANGUAGE


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("fr", "fr"),
        ("EN", "en"),
        ("fr-FR", "fr"),
        ("en_GB", "en"),
        (" de ", "de"),
        ("french", None),
    ],
)
def test_normalise_language_code(code: str, expected: str | None) -> None:
    assert normalise_language_code(code) == expected


def test_article_language_is_detected_and_can_be_overridden() -> None:
    assert article_from_text(ENGLISH).language == "en"
    assert article_from_text(FRENCH).language == "fr"
    assert article_from_text(FRENCH, lang="EN-us").language == "en"


def test_an_invalid_language_code_is_refused() -> None:
    with pytest.raises(LiseuseError, match="invalid language code 'français'"):
        article_from_text(FRENCH, lang="français")
