"""Search over quote, note and tags: accents ignored, any string safe."""

from __future__ import annotations

import pytest

from core.store import annotations as service
from core.store.db import Store
from core.store.search import match_expression, search
from tests.core.annotation_helpers import TEXT


def _make(store: Store, document: int, quote: str, **fields: object) -> int:
    start = TEXT.index(quote)
    return service.create(store, document, start, start + len(quote), **fields).id  # type: ignore[arg-type]


@pytest.fixture
def ids(store: Store, document: int) -> dict[str, int]:
    return {
        "seance": _make(store, document, "après une longue séance"),
        "maire": _make(store, document, "La maire a défendu", note="Relire l'**Élysée**"),
        "velo": _make(
            store, document, "pistes cyclables", tags=["mobilité", "ville"], color="green"
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("seance", ["seance"]),  # accent-insensitive on the quote
        ("SÉANCE longue", ["seance"]),  # every word, any case
        ("elysee", ["maire"]),  # in the note
        ("mobilite", ["velo"]),  # in the tags
        ("cycl", ["velo"]),  # the last word is a prefix
        ("longue maire", []),
    ],
)
def test_search_finds_quote_note_and_tags(
    store: Store, ids: dict[str, int], query: str, expected: list[str]
) -> None:
    assert [a.id for a in search(store, query)] == [ids[k] for k in expected]


HOSTILE = [
    "merkel AND (",
    '"unbalanced',
    "NEAR(",
    "'; DROP TABLE t; --",
    "'; DROP TABLE annotations; --",
    "*",
    "-",
    '""""',
    "^absent",
    "quote:maire",
    "a OR b NOT c",
    "{quote note}: x",
    "\x00",
    "",
    "   ",
    "ð" * 5000,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_are_plain_words(
    store: Store, document: int, ids: dict[str, int], query: str
) -> None:
    found = search(store, query)
    assert found == []
    assert len(service.list_annotations(store, document)) == len(ids)


def test_syntax_words_match_as_words(store: Store, document: int) -> None:
    made = _make(store, document, "La maire a défendu", note="merkel AND ( NEAR( drop table")
    assert [a.id for a in search(store, "merkel AND (")] == [made]
    assert [a.id for a in search(store, "NEAR(")] == [made]
    assert [a.id for a in search(store, "'; DROP TABLE t; --")] == []


def test_match_expression_quotes_every_word() -> None:
    assert match_expression('say "hi" now') == '"say" "hi" "now" *'
    assert match_expression("fin.") == '"fin"'
    assert match_expression("(((") is None


def test_search_follows_edits_and_deletes(store: Store, ids: dict[str, int]) -> None:
    service.update(store, ids["velo"], tags=["transport"], note="vélos")
    assert search(store, "mobilite") == []
    assert [a.id for a in search(store, "transport")] == [ids["velo"]]
    assert [a.id for a in search(store, "velos")] == [ids["velo"]]
    gone = service.delete(store, ids["velo"])
    assert search(store, "transport") == []
    service.restore(store, gone)
    assert [a.id for a in search(store, "transport")] == [ids["velo"]]


def test_search_filters_by_document_colour_and_tag(
    store: Store, document: int, ids: dict[str, int]
) -> None:
    assert [a.id for a in search(store, "pistes", document_id=document, colors=["green"])] == [
        ids["velo"]
    ]
    assert search(store, "pistes", colors=["red"]) == []
    assert search(store, "pistes", tags=["autre"]) == []
    assert search(store, "pistes", document_id=document + 1) == []
