"""``merge_people`` on appearances made here: the library's people do not depend on the order
the store hands the rows back in, and follow the rules of one article's names."""

from __future__ import annotations

import random

from core.model import PersonInArticle
from core.names.people import appearances_of, merge_people


def _seen(
    document: int, entity: int, name: str, *aliases: str, dct: str | None = None, **more: object
) -> PersonInArticle:
    return PersonInArticle(
        document_id=document,
        title=f"Article {document}",
        dct=dct,
        entity_id=entity,
        name=name,
        mentions=int(more.get("mentions", 1)),  # type: ignore[call-overload]
        first_at=int(more.get("first_at", 0)),  # type: ignore[call-overload]
        aliases=aliases,
    )


LIBRARY = [
    _seen(1, 10, "Claire Vasseur", "Vasseur", dct="2024-03-02", mentions=4),
    _seen(2, 20, "Vasseur", dct="2024-01-15", mentions=2),
    _seen(3, 30, "Claire Vassor", dct="2024-02-01"),  # another spelling: the same length
    _seen(4, 40, "Claire Vassor", dct=None),
    _seen(4, 41, "Claire Vasseur", dct=None, first_at=90),
    _seen(5, 50, "Martin", dct="2023-12-01"),
    _seen(5, 51, "Paul Martin", dct="2023-12-01", mentions=3),
    _seen(6, 60, "Anne Martin", dct="2024-05-05"),
    _seen(2, 21, "Hugo Lemaire", "H. Lemaire", dct="2024-01-15", first_at=5),
    _seen(2, 22, "H. Lemaire", dct="2024-01-15", first_at=40, mentions=2),
    _seen(6, 61, "-", dct="2024-05-05"),  # no letter: nobody
]


def test_the_order_of_the_rows_changes_nothing() -> None:
    expected = merge_people(LIBRARY)
    for seed in range(8):
        shuffled = LIBRARY[:]
        random.Random(seed).shuffle(shuffled)
        assert merge_people(shuffled) == expected


def test_people_are_joined_by_name_and_told_in_article_order() -> None:
    people = {p.name: p for p in merge_people(LIBRARY)}
    vasseur = people["Claire Vasseur"]
    # the lone surname joins the one full name it ends; articles by date, the undated last
    assert vasseur.articles == (2, 1, 4)
    assert vasseur.mentions == 2 + 4 + 1
    assert people["Claire Vassor"].articles == (3, 4)
    # one article naming a person twice ("Hugo Lemaire", then "H. Lemaire") is one appearance
    (lemaire,) = appearances_of(people["Hugo Lemaire"], LIBRARY)
    assert (lemaire.entity_id, lemaire.mentions, lemaire.first_at) == (21, 3, 5)
    assert people["Hugo Lemaire"].aliases == ("H. Lemaire",)
    assert [a.document_id for a in appearances_of(vasseur, LIBRARY)] == [2, 1, 4]


def test_a_lone_name_of_two_people_stays_apart() -> None:
    people = merge_people(LIBRARY)
    assert "-" not in {p.name for p in people}
    (martin,) = [p for p in people if p.name == "Martin"]
    assert martin.ambiguous == ("Anne Martin", "Paul Martin")
    assert [p.mentions for p in people] == sorted((p.mentions for p in people), reverse=True)


def test_of_two_equally_full_spellings_the_earliest_article_names_the_person() -> None:
    spellings = [
        _seen(1, 1, "Léa Morel", dct="2022-06-01"),
        _seen(2, 2, "Lea Morel", dct="2022-01-01"),  # accents aside, the same name
    ]
    for rows in (spellings, spellings[::-1]):
        (person,) = merge_people(rows)
        assert (person.name, person.aliases, person.articles) == (
            "Lea Morel",
            ("Léa Morel",),
            (2, 1),
        )
