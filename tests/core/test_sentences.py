from __future__ import annotations

import pytest

from core.reading.sentences import split_sentences


def _texts(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, start, end)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il pleut. Elle sort.", ["Il pleut.", "Elle sort."]),
        ("M. Dupont arrive. Mme Durand part.", ["M. Dupont arrive.", "Mme Durand part."]),
        (
            "Il a lu J. R. R. Tolkien hier. Puis rien.",
            ["Il a lu J. R. R. Tolkien hier.", "Puis rien."],
        ),
        ("Il court 3.5 km. Fin.", ["Il court 3.5 km.", "Fin."]),
        ("« Bonjour ! » dit-il. Oui.", ["« Bonjour ! » dit-il.", "Oui."]),
        ("Quoi ? Rien… Enfin !", ["Quoi ?", "Rien…", "Enfin !"]),
        ("Dr. Smith arrived. He left.", ["Dr. Smith arrived.", "He left."]),
        ('He said "no." Then he left.', ['He said "no."', "Then he left."]),
        ("Un titre\nLe corps du texte. Suite.", ["Un titre", "Le corps du texte.", "Suite."]),
        ("  \n\n  ", []),
        # an abbreviation that can end a sentence, then a word that only opens one
        ("The vote came at 3 p.m. The House left.", ["The vote came at 3 p.m.", "The House left."]),
        ("He met them at 3 p.m. Tuesday.", ["He met them at 3 p.m. Tuesday."]),
        # a title, a state the AP way (which may end a sentence too)
        (
            "He met Gen. Ratko Milanic. Sen. Roy spoke.",
            ["He met Gen. Ratko Milanic.", "Sen. Roy spoke."],
        ),
        ("In Fresno, Calif. (AP) the fair opened.", ["In Fresno, Calif. (AP) the fair opened."]),
        (
            "He moved to Sacramento, Calif. The town grew.",
            ["He moved to Sacramento, Calif.", "The town grew."],
        ),
        ("He fell ill. Doctors came.", ["He fell ill.", "Doctors came."]),
        ("It bought Acme Inc. It paid cash.", ["It bought Acme Inc.", "It paid cash."]),
        ("Rendez-vous à 9 a.m. Il pleuvait.", ["Rendez-vous à 9 a.m.", "Il pleuvait."]),
        ("Dr. The Smith case.", ["Dr. The Smith case."]),
        # a quotation opened the typewriter way
        ("He left. ``We won,'' he said.", ["He left.", "``We won,'' he said."]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_offsets_index_the_text_and_respect_bounds() -> None:
    text = "Avant. Dedans un. Dedans deux. Après."
    start, end = text.index("Dedans"), text.index(" Après")
    spans = split_sentences(text, start, end)
    assert [text[a:b] for a, b in spans] == ["Dedans un.", "Dedans deux."]
    assert all(start <= a < b <= end for a, b in spans)
