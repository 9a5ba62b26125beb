"""The library of many articles through the one door: the catalogue and its trash, full-text
search, people across articles, the story's timeline and the exports over a selection."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.errors import NotFound
from core.library import Library
from tests.core.library_helpers import make_article

MUSK = {"Elon Musk": ("Musk",)}
ALTMAN = {"Sam Altman": ("Altman",)}


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(f"sqlite:///{tmp_path / 'store.sqlite'}") as opened:
        yield opened


def add(library: Library, *args: object, **kwargs: object) -> int:
    article, extraction = make_article(*args, **kwargs)  # type: ignore[arg-type]
    return library.add(article, extraction).extraction.document.id


@pytest.fixture
def three(library: Library) -> list[int]:
    first = add(
        library,
        "La brouille",
        [
            ("2015", "En 2015, Elon Musk et Sam Altman fondent OpenAI."),
            ("2018", "En 2018, Musk quitte le conseil."),
            (None, "L'élève dépasse le maître, disent certains."),
        ],
        {**MUSK, **ALTMAN},
        dct="2024-03-01",
        roles={"Elon Musk": ("PDG de Tesla",)},
        ages={"Elon Musk": 52},
    )
    second = add(
        library,
        "Le procès",
        [
            ("2015", "En 2015, Musk et Altman fondent OpenAI à San Francisco."),
            ("2024", "En 2024, Musk attaque OpenAI en justice."),
        ],
        {"Musk": (), "Altman": ()},
        dct="2024-06-01",
        roles={"Musk": ("patron de X",)},
    )
    third = add(
        library,
        "Les frères",
        [("2004", "En 2004, Kimbal Musk rejoint son frère Elon Musk chez Tesla.")],
        {"Kimbal Musk": (), **MUSK},
        dct="2023-01-01",
    )
    return [first, second, third]


def test_the_catalogue_lists_every_article_with_its_counts(
    library: Library, three: list[int]
) -> None:
    entries = library.catalogue()
    assert [e.id for e in entries] == three[::-1]  # newest first
    first = next(e for e in entries if e.id == three[0])
    assert (first.title, first.dct, first.language) == ("La brouille", "2024-03-01", "fr")
    assert (first.people, first.events, first.highlights) == (2, 2, 0)
    library.highlights.create_at_quote(three[0], "fondent OpenAI")
    assert next(e for e in library.catalogue() if e.id == three[0]).highlights == 1
    assert set(first.to_json()) >= {"id", "title", "source", "dct", "language", "added"}


def test_the_trash_hides_keeps_and_gives_back(library: Library, three: list[int]) -> None:
    made = library.highlights.create_at_quote(three[0], "fondent OpenAI", note="à garder")
    assert library.trash([three[0]]) == [three[0]]
    assert three[0] not in [e.id for e in library.catalogue()]
    assert [e.id for e in library.catalogue(trashed=True)] == [three[0]]
    assert library.search("brouille") == []
    assert all(three[0] not in p.articles for p in library.people())
    assert library.restore([three[0]]) == [three[0]]
    assert [h.uuid for h in library.highlights.of_document(three[0])] == [made.uuid]
    with pytest.raises(NotFound):
        library.trash([999])


def test_emptying_the_trash_keeps_the_highlights_for_the_same_text(
    library: Library, three: list[int]
) -> None:
    made = library.highlights.create_at_quote(three[1], "attaque OpenAI")
    library.trash([three[1]])
    assert library.empty_trash() == 1
    assert library.catalogue(trashed=True) == []
    with pytest.raises(NotFound):
        library.document(three[1])
    article, extraction = make_article(
        "Le procès",
        [
            ("2015", "En 2015, Musk et Altman fondent OpenAI à San Francisco."),
            ("2024", "En 2024, Musk attaque OpenAI en justice."),
        ],
        {"Musk": (), "Altman": ()},
        dct="2024-06-01",
    )
    analysis = library.add(article, extraction)
    assert analysis.carried.reattached == 1
    back = library.highlights.of_document(analysis.extraction.document.id)
    assert [h.uuid for h in back] == [made.uuid]


def test_search_folds_accents_and_case_and_marks_the_hit(
    library: Library, three: list[int]
) -> None:
    (hit,) = library.search("ELEVE")
    assert (hit.document_id, hit.place) == (three[0], "text")
    assert ("élève", True) in hit.parts
    at = library.locate(three[0], "eleve")
    assert at is not None
    assert library.document(three[0]).text[at : at + 5] == "élève"


def test_search_finds_highlights_by_their_notes(library: Library, three: list[int]) -> None:
    made = library.highlights.create_at_quote(three[2], "rejoint son frère", note="Famille")
    hits = library.search("famille")
    assert [(h.place, h.highlight, h.at) for h in hits] == [("highlight", made.uuid, made.start)]


@pytest.mark.parametrize(
    "query", ["merkel AND (", '"unbalanced', "NEAR(", "'; DROP TABLE documents; --", "*", ""]
)
def test_any_query_is_safe(library: Library, three: list[int], query: str) -> None:
    library.search(query)
    assert len(library.catalogue()) == 3


def test_people_are_merged_across_articles(library: Library, three: list[int]) -> None:
    people = {p.name: p for p in library.people()}
    altman = people["Sam Altman"]
    assert altman.articles == (three[0], three[1])  # "Altman" alone joined the full name
    assert altman.ambiguous == ()
    kimbal = people["Kimbal Musk"]
    assert kimbal.articles == (three[2],)
    # "Musk" alone could be Elon or Kimbal: it stays apart, and says so
    (lone,) = [p for p in people.values() if p.ambiguous]
    assert lone.name == "Musk"
    assert lone.ambiguous == ("Elon Musk", "Kimbal Musk")
    elon = people["Elon Musk"]
    assert set(elon.articles) == {three[0], three[2]}
    first = next(a for a in library.appearances(elon) if a.document_id == three[0])
    assert (first.age, first.roles, first.dct) == (52, ("PDG de Tesla",), "2024-03-01")
    assert elon.to_json()["articles"] == list(elon.articles)


def test_a_persons_articles_are_in_the_order_of_their_dates(
    library: Library, three: list[int]
) -> None:
    from core.names.people import merge_people
    from core.store import catalogue

    undated = add(library, "Sans date", [(None, "Sam Altman répond.")], ALTMAN, dct=None)
    earlier = add(
        library, "Avant", [("2001", "En 2001, Sam Altman parle.")], ALTMAN, dct="2001-05-02"
    )
    altman = next(p for p in library.people() if p.name == "Sam Altman")
    assert altman.articles == (earlier, three[0], three[1], undated)
    assert [a.document_id for a in library.appearances(altman)] == list(altman.articles)
    # the store's groups of names and a merge of every appearance read one by one agree
    rows = catalogue.people_rows(library._store)
    assert merge_people(rows) == merge_people(rows[::-1]) == library.people()


def test_a_person_of_many_articles_is_read_by_name(
    library: Library, three: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import core.library

    altman = next(p for p in library.people() if p.name == "Sam Altman")
    expected = library.appearances(altman)
    monkeypatch.setattr(core.library, "_NAMED_ARTICLES", 1)  # "thousands" of articles
    assert library.appearances(altman) == expected
    assert [a.document_id for a in expected] == [three[0], three[1]]


def test_a_lone_surname_joins_the_one_person_it_can_be(library: Library) -> None:
    a = add(library, "A", [("2015", "En 2015, Sam Altman parle.")], ALTMAN)
    b = add(library, "B", [("2016", "En 2016, Altman répond.")], {"Altman": ()})
    (altman,) = library.people()
    assert (altman.name, altman.articles, altman.mentions) == ("Sam Altman", (a, b), 2)
    assert library.person("altman") == altman
    with pytest.raises(NotFound, match="nobody"):
        library.person("Jeanne d'Arc")


def test_the_story_merges_the_same_event_told_twice(library: Library, three: list[int]) -> None:
    events = library.story(three)
    assert [e.value for e in events] == ["2004", "2015", "2018", "2024"]
    founding = events[1]
    assert [s.document_id for s in founding.sources] == [three[0], three[1]]
    assert founding.to_json()["document"] == three[0]
    assert {"Elon Musk", "Sam Altman"} <= set(founding.participants)


def test_the_story_keeps_different_events_of_one_date_apart(library: Library) -> None:
    a = add(library, "A", [("2020", "En 2020, Sam Altman lève des fonds.")], ALTMAN)
    b = add(library, "B", [("2020", "En 2020, la pandémie ferme les écoles.")], {})
    assert len(library.story([a, b])) == 2


def test_the_story_exports_for_timelinejs(library: Library, three: list[int]) -> None:
    data = json.loads(library.export_story(three, "timeline-json").text)
    assert [e["start_date"] for e in data["events"]][:2] == [{"year": 2004}, {"year": 2015}]
    assert "La brouille" in data["events"][1]["text"]["text"]
    csv = library.export_story(three, "timeline-csv").text
    assert csv.splitlines()[0].lstrip("\ufeff").startswith("Year,Month,Day")


def test_highlights_of_a_selection_export_as_linked_notes_and_one_collection(
    library: Library, three: list[int]
) -> None:
    library.highlights.create_at_quote(three[0], "fondent OpenAI")
    library.highlights.create_at_quote(three[1], "attaque OpenAI")
    notes = library.export_selection(three[:2], "md")
    names = [n.title for n in notes]
    assert names == ["La brouille.md", "Le procès.md", "Liseuse highlights.md"]
    assert "Part of [[Liseuse highlights]]" in notes[0].text
    assert "liseuse://open?doc=" in notes[0].text
    assert "[[Le procès]]" in notes[2].text
    (collection,) = library.export_selection(three[:2], "json")
    data = json.loads(collection.text)
    assert (data["type"], data["total"]) == ("AnnotationCollection", 2)


def _write_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / f"article-{i}.txt"
        path.write_text(
            f"Article {i}\nLe {i + 1} mars 2015, Sam Altman a rencontré Elon Musk à Paris.\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


@pytest.mark.slow
def test_many_articles_are_extracted_on_a_pool_and_each_stored(
    library: Library, tmp_path: Path
) -> None:
    _write_articles(tmp_path / "many", 3)
    lines: list[str] = []
    report = library.add_many(
        [str(tmp_path / "many")], jobs=2, progress=lambda _f, line: lines.append(line)
    )
    assert (report.count("added"), report.failures, report.cancelled) == (3, [], False)
    assert lines[-1].startswith("3 of 3 — ")
    assert {"Sam Altman", "Elon Musk"} <= {p.name for p in library.people()}


def test_a_cancelled_batch_stops_its_pool_and_keeps_what_was_done(
    library: Library, tmp_path: Path
) -> None:
    paths = _write_articles(tmp_path / "many", 4)
    report = library.add_many([str(p) for p in paths], jobs=2, cancel=lambda: True)
    assert (report.done, report.cancelled) == (0, True)
    assert report.summary() == "0 added, 0 failed; cancelled after 0 of 4"


def test_a_lone_name_of_many_people_lists_a_few_and_says_how_many(library: Library) -> None:
    for first in ("Anne", "Bruno", "Chloé", "Denis", "Emma", "Fanny", "Gilles", "Hugo"):
        add(library, first, [(None, f"{first} Martin parle.")], {f"{first} Martin": ()})
    add(library, "Seul", [(None, "Martin se tait.")], {"Martin": ()})
    (lone,) = [p for p in library.people() if p.ambiguous]
    assert lone.ambiguous == ("Anne Martin", "Bruno Martin", "Chloé Martin", "Denis Martin",
                              "Emma Martin", "3 others")  # fmt: skip


def test_initials_join_the_full_name_across_articles(library: Library) -> None:
    a = add(library, "A", [(None, "Barack Obama parle.")], {"Barack Obama": ()})
    b = add(library, "B", [(None, "B. Obama répond.")], {"B. Obama": ()})
    (obama,) = library.people()
    assert (obama.name, obama.articles) == ("Barack Obama", (a, b))


def test_a_shorter_full_name_joins_the_longer_one_across_articles(library: Library) -> None:
    a = add(library, "A", [(None, "Lucía Ortega Díaz parle.")], {"Lucía Ortega Díaz": ()})
    b = add(library, "B", [(None, "Lucía Ortega répond.")], {"Lucía Ortega": ()})
    c = add(
        library,
        "C",
        [(None, "Jean Martin et Jean Dupont.")],
        {"Jean Martin": (), "Jean Dupont": ()},
    )
    people = {p.name: p.articles for p in library.people()}
    assert people == {"Lucía Ortega Díaz": (a, b), "Jean Martin": (c,), "Jean Dupont": (c,)}


def test_note_names_cannot_break_the_index_links(library: Library) -> None:
    a = add(library, "Un ]] titre | piégé [[x]] #1", [(None, "Texte.")], {})
    names = [n.title for n in library.export_selection([a], "md")]
    assert names == ["Un )) titre - piégé ((x)) -1.md", "Liseuse highlights.md"]
