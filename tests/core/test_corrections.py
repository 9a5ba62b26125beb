"""The reader's corrections: each action applied to an extraction, kept in the store, carried to
a new version of the text, and listed when their text is gone."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.corrections.apply import apply, follow
from core.errors import InvalidCorrection, NotFound
from core.library import Library
from core.model import (
    Attributes,
    Correction,
    DocumentInfo,
    Entity,
    Event,
    Extraction,
    Mention,
    Region,
    TimeExpression,
)
from core.reading.article import Article
from core.temporal.calendar import parse_value

TEXT = (
    "Titre\n"
    "En mars 2015, Anne Roy a rejoint Nexora à Lyon. "
    "Deux mois plus tard, Roy a quitté Nexora. Le Monde en parle.\n"
)


def _mentions(text: str, *forms: str) -> tuple[Mention, ...]:
    found = [
        Mention(m.start(), m.end(), form)
        for form in forms
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)
    ]
    taken: list[Mention] = []
    for mention in sorted(found, key=lambda m: (m.start, -m.end)):
        if all(mention.start >= t.end or mention.end <= t.start for t in taken):
            taken.append(mention)
    return tuple(taken)


def extraction_of(text: str = TEXT, *, source: str = "/articles/roy.txt") -> Extraction:
    """What an extractor might say of ``text`` (with two mistakes: Nexora and Le Monde as
    people)."""
    first = text.index("En mars 2015")
    second = text.index("Deux mois plus tard")
    sentence_one = (first, text.index(".", first) + 1)
    sentence_two = (second, text.index(".", second) + 1)
    info = DocumentInfo(
        0, "Titre", "fr", hashlib.sha256(text.encode()).hexdigest(), source, "2016-01-10", len(text)
    )
    return Extraction(
        info,
        text,
        (Region(0, 6, "title"), Region(6, len(text), "body")),
        entities=(
            Entity(
                1,
                "PER",
                "Anne Roy",
                ("Roy",),
                _mentions(text, "Anne Roy", "Roy"),
                Attributes(41, ("directrice",)),
            ),
            Entity(2, "PER", "Nexora", (), _mentions(text, "Nexora")),
            Entity(3, "LOC", "Lyon", (), _mentions(text, "Lyon")),
            Entity(4, "PER", "Le Monde", (), _mentions(text, "Le Monde")),
        ),
        dates=(
            TimeExpression(
                1, first, first + 12, "En mars 2015", "DATE", "2015-03", None, "explicit"
            ),
            TimeExpression(
                2,
                second,
                second + 19,
                "Deux mois plus tard",
                "DATE",
                "2015-05",
                None,
                "previous",
                1,
            ),
        ),
        events=(
            Event(
                1,
                1,
                "2015-03",
                None,
                "month",
                "2015-03-01",
                *sentence_one,
                "Anne Roy a rejoint Nexora à Lyon",
                (1, 2),
            ),
            Event(
                2,
                2,
                "2015-05",
                None,
                "month",
                "2015-05-01",
                *sentence_two,
                "Roy a quitté Nexora",
                (1, 2),
            ),
        ),
    )


def article_of(extraction: Extraction, raw: str = "r") -> Article:
    return Article(
        source=extraction.document.source,
        text=extraction.text,
        title=extraction.document.title,
        regions=extraction.regions,
        language="fr",
        dct=extraction.document.dct,
        raw_sha256=raw * 64,
        sha256=extraction.document.sha256,
        format="txt",
    )


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(str(tmp_path / "store.sqlite")) as opened:
        yield opened


@pytest.fixture
def document(library: Library) -> int:
    made = extraction_of()
    return library.add(article_of(made), made).extraction.document.id


def _names(extraction: Extraction) -> dict[str, str]:
    return {e.name: e.kind for e in extraction.entities}


def test_a_kind_change_shows_and_keeps_the_extractors_word(library: Library, document: int) -> None:
    made = library.corrections.add("kind", "Nexora", document_id=document, kind="ORG")
    corrected = library.document(document)
    assert _names(corrected)["Nexora"] == "ORG"
    (amendment,) = corrected.amendments
    assert (amendment.correction, amendment.extractor, amendment.now) == (made.uuid, "PER", "ORG")
    assert _names(library.extracted(document))["Nexora"] == "PER"  # the original is kept
    nexora = next(e for e in corrected.to_json()["entities"] if e["name"] == "Nexora")
    assert nexora["corrected"][0]["extractor"] == "PER"


def test_not_a_name_leaves_the_marks_the_panel_and_the_participants(
    library: Library, document: int
) -> None:
    library.corrections.add("not_name", "Le Monde", document_id=document)
    corrected = library.document(document)
    assert "Le Monde" not in _names(corrected)
    nexora = next(e.id for e in corrected.entities if e.name == "Nexora")
    library.corrections.add("not_name", "Nexora", document_id=document)
    assert all(nexora not in e.participants for e in library.document(document).events)


def test_merge_split_and_rename(library: Library, document: int) -> None:
    library.corrections.add("split", "Roy", document_id=document)
    split = library.document(document)
    assert sorted(e.name for e in split.entities if e.kind == "PER") == [
        "Anne Roy",
        "Le Monde",
        "Nexora",
        "Roy",
    ]
    library.corrections.add("merge", "Roy", document_id=document, into="Anne Roy")
    library.corrections.add("rename", "Roy", document_id=document, name="Anne-Marie Roy")
    merged = library.document(document)
    (anne,) = [e for e in merged.entities if "Roy" in e.aliases]
    assert anne.name == "Anne-Marie Roy"
    assert {m.text for m in anne.mentions} == {"Anne Roy", "Roy"}


def test_a_selection_marked_as_a_name_finds_every_occurrence(
    library: Library, document: int
) -> None:
    library.corrections.add("mark_name", "Titre", document_id=document, kind="MISC")
    assert _names(library.document(document))["Titre"] == "MISC"
    library.corrections.add("mark_name", "Lyon", document_id=document, kind="LOC", join="Lyon")
    (lyon,) = [e for e in library.document(document).entities if e.name == "Lyon"]
    assert len(lyon.mentions) == 1  # already a mention: nothing doubled


def test_age_and_roles(library: Library, document: int) -> None:
    library.corrections.add("person", "Roy", document_id=document, age=42, roles=["PDG"])
    (anne,) = [e for e in library.document(document).entities if e.name == "Anne Roy"]
    assert anne.attributes == Attributes(42, ("PDG",))


def test_a_dates_value_moves_the_dates_counted_from_it(library: Library, document: int) -> None:
    text = library.document(document).text
    start = text.index("En mars 2015")
    library.corrections.add(
        "date_value",
        "En mars 2015",
        document_id=document,
        span=(start, start + 12),
        value="2016-03",
    )
    corrected = library.document(document)
    assert [d.value for d in corrected.dates] == ["2016-03", "2016-05"]
    assert [e.value for e in corrected.events] == ["2016-03", "2016-05"]
    assert [e.sort_key for e in corrected.events] == ["2016-03-01", "2016-05-01"]


def test_count_from_another_date(library: Library, tmp_path: Path) -> None:
    text = TEXT.replace("Le Monde en parle.", "Le 3 juin 2017, le Monde en parle.")
    made = extraction_of(text)
    third = text.index("Le 3 juin 2017")
    made = Extraction(
        made.document,
        made.text,
        made.regions,
        made.entities,
        (
            *made.dates,
            TimeExpression(
                3, third, third + 14, "Le 3 juin 2017", "DATE", "2017-06-03", None, "explicit"
            ),
        ),
        made.events,
    )
    document = library.add(article_of(made), made).extraction.document.id
    second = text.index("Deux mois plus tard")
    library.corrections.add(
        "date_anchor",
        "Deux mois plus tard",
        document_id=document,
        span=(second, second + 19),
        anchor_span=(third, third + 14),
    )
    dates = {d.text: d for d in library.document(document).dates}
    assert dates["Deux mois plus tard"].value == "2017-08"
    assert dates["Deux mois plus tard"].anchor_date_id == dates["Le 3 juin 2017"].id


def test_not_a_date_and_the_timeline(library: Library, document: int) -> None:
    text = library.document(document).text
    second = text.index("Deux mois plus tard")
    span = (second, second + 19)
    library.corrections.add("off_timeline", "Deux mois plus tard", document_id=document, span=span)
    corrected = library.document(document)
    assert [e.value for e in corrected.events] == ["2015-03"]
    assert len(corrected.dates) == 2  # still a date, only off the timeline
    start = text.index("En mars 2015")
    library.corrections.add(
        "not_date", "En mars 2015", document_id=document, span=(start, start + 12)
    )
    corrected = library.document(document)
    assert [d.text for d in corrected.dates] == ["Deux mois plus tard"]
    assert corrected.events == ()


def test_a_selection_marked_as_a_date_goes_on_the_timeline(library: Library, document: int) -> None:
    text = library.document(document).text
    start = text.index("Le Monde en parle")
    library.corrections.add(
        "mark_date",
        "Le Monde en parle",
        document_id=document,
        span=(start, start + len("Le Monde en parle")),
        value="2016-01-09",
    )
    corrected = library.document(document)
    assert "2016-01-09" in [e.value for e in corrected.events]


def test_rules_apply_to_every_article(library: Library, document: int) -> None:
    library.corrections.add("kind", "Nexora", document_id=None, kind="ORG")
    other = extraction_of(TEXT.replace("Titre", "Autre"), source="/articles/autre.txt")
    second = library.add(article_of(other, "s"), other).extraction
    assert _names(second)["Nexora"] == "ORG"
    assert _names(library.document(document))["Nexora"] == "ORG"
    with pytest.raises(InvalidCorrection, match="every article"):
        library.corrections.add("rename", "Nexora", document_id=None, name="X")


def test_corrections_survive_a_new_version_of_the_text(library: Library, document: int) -> None:
    library.corrections.add("kind", "Nexora", document_id=document, kind="ORG")
    text = library.document(document).text
    start = text.index("En mars 2015")
    library.corrections.add(
        "date_value",
        "En mars 2015",
        document_id=document,
        span=(start, start + 12),
        value="2016-03",
    )
    edited = TEXT.replace("Titre\n", "Titre\nUn chapeau ajouté par la rédaction.\n")
    again = extraction_of(edited)
    corrected = library.add(article_of(again, "t"), again).extraction
    assert corrected.document.id != document
    assert _names(corrected)["Nexora"] == "ORG"
    assert [d.value for d in corrected.dates] == ["2016-03", "2016-05"]
    assert corrected.unapplied == ()
    assert library.corrections.of_document(document) == []  # they moved with the text


def test_a_correction_whose_text_is_gone_is_listed_not_dropped(
    library: Library, document: int
) -> None:
    made = library.corrections.add("not_name", "Le Monde", document_id=document)
    shorter = TEXT.replace(" Le Monde en parle.", "")
    again = extraction_of(shorter)
    again = Extraction(
        again.document, again.text, again.regions, again.entities[:3], again.dates, again.events
    )
    corrected = library.add(article_of(again, "u"), again).extraction
    assert [c.uuid for c in corrected.unapplied] == [made.uuid]


def test_remove_and_restore_undo_a_correction(library: Library, document: int) -> None:
    made = library.corrections.add("kind", "Nexora", document_id=document, kind="ORG")
    gone = library.corrections.remove(made.uuid)
    assert _names(library.document(document))["Nexora"] == "PER"
    with pytest.raises(NotFound):
        library.corrections.remove(made.uuid)
    library.corrections.restore(gone)
    assert _names(library.document(document))["Nexora"] == "ORG"


def test_corrections_move_to_another_store(library: Library, document: int, tmp_path: Path) -> None:
    library.corrections.add("kind", "Nexora", document_id=document, kind="ORG")
    library.corrections.add("not_name", "Le Monde", document_id=None)
    exported = tmp_path / "corrections.json"
    exported.write_text(library.corrections.export(), encoding="utf-8")
    with Library.open(str(tmp_path / "other.sqlite")) as other:
        made = extraction_of()
        other_id = other.add(article_of(made), made).extraction.document.id
        assert other.import_file(exported).corrections == (2, 0, [])
        assert other.import_file(exported).corrections == (0, 2, [])
        corrected = other.document(other_id)
        assert _names(corrected)["Nexora"] == "ORG"
        assert "Le Monde" not in _names(corrected)


@pytest.mark.parametrize(
    ("action", "payload", "said"),
    [
        ("kind", {"kind": "PERSON"}, "a kind is one of"),
        ("date_value", {"value": "mars"}, "not a date value"),
        ("person", {"age": 400}, "an age"),
        ("teleport", {}, "unknown correction"),
    ],
)
def test_what_no_reader_could_mean_is_refused(
    library: Library, document: int, action: str, payload: dict[str, object], said: str
) -> None:
    with pytest.raises(InvalidCorrection, match=said):
        library.corrections.add(action, "Nexora", document_id=document, **payload)  # type: ignore[arg-type]


def test_follow_moves_by_months_or_days() -> None:
    def moved(value: str, before: str, after: str) -> str:
        points = [parse_value(v) for v in (value, before, after)]
        assert all(points)
        result = follow(*points)  # type: ignore[arg-type]
        assert result is not None
        return result.value()

    assert moved("2015-05", "2015-03", "2016-03") == "2016-05"
    assert moved("2015-03-09", "2015-03-10", "2015-04-02") == "2015-04-01"  # la veille
    assert moved("2015-03-11T20:00", "2015-03-10", "2015-03-12") == "2015-03-13T20:00"
    assert moved("2017", "2015-03", "2016-09") == "2018"


def test_applying_nothing_gives_the_extraction_back() -> None:
    made = extraction_of()
    assert apply(made, []) is made
    rule = Correction(0, "u", "everywhere", None, None, "kind", "Personne", payload={"kind": "ORG"})
    assert apply(made, [rule]).unapplied == ()  # a rule that finds nothing here is no news


def test_the_articles_date_set_by_the_reader_resolves_the_dates_again(
    library: Library, tmp_path: Path
) -> None:
    """'hier' counts from the article's date: a new date moves it, and a date correction made
    after still applies to the dates read again."""
    text = "Titre\nHier, Anne Roy a quitté Nexora. Le 3 mars, elle signe ailleurs.\n"
    made = Extraction(
        DocumentInfo(0, "Titre", "fr", "h" * 64, "/articles/hier.txt", "2020-03-10", len(text)),
        text,
        (Region(0, 6, "title"), Region(6, len(text), "body")),
    )
    from core.temporal import tag_dates

    spans = [(6, len(text))]
    stored = library.add(
        article_of(made),
        Extraction(
            made.document,
            text,
            made.regions,
            dates=tuple(
                tag_dates(
                    text,
                    lang="fr",
                    dct="2020-03-10",
                    spans=spans,
                    sentences=[(6, 42), (43, len(text) - 1)],
                )
            ),
        ),
    ).extraction
    document = stored.document.id
    assert stored.dates[0].value == "2020-03-09"
    library.corrections.add("document", "date", document_id=document, dct="2021-06-02")
    corrected = library.document(document)
    assert corrected.document.dct == "2021-06-02"
    assert corrected.dates[0].value == "2021-06-01"
    assert corrected.amendments[0].target == "document"
    with pytest.raises(InvalidCorrection, match="YYYY-MM-DD"):
        library.corrections.add("document", "date", document_id=document, dct="juin")


def test_a_name_marked_inside_a_longer_mention_wins_over_it(
    library: Library, document: int
) -> None:
    """A selection overlapping one of the extractor's mentions takes that place: the mention of
    "Nexora" inside "rejoint Nexora" gives way, the other mention of Nexora stays."""
    library.corrections.add("mark_name", "rejoint Nexora", document_id=document, kind="MISC")
    corrected = library.document(document)
    (marked,) = [e for e in corrected.entities if e.name == "rejoint Nexora"]
    (nexora,) = [e for e in corrected.entities if e.name == "Nexora"]
    assert len(marked.mentions) == 1
    assert len(nexora.mentions) == 1  # the overlapped mention gave way, the other stays


def test_the_librarys_people_are_read_through_the_corrections(
    library: Library, document: int
) -> None:
    """People across articles: a corrected article gives its people as corrected (a thing
    that was no person is gone, a renamed person has the new name, the facts given are kept),
    an article without corrections as the store keeps them."""
    other = extraction_of(TEXT.replace("Titre", "Autre titre"), source="/articles/autre.txt")
    second = library.add(article_of(other), other).extraction.document.id
    library.corrections.add("kind", "Nexora", document_id=document, kind="ORG")
    library.corrections.add("rename", "Anne Roy", document_id=document, name="Anne-Marie Roy")
    library.corrections.add("person", "Anne-Marie Roy", document_id=document, age=42)
    people = {p.name: p for p in library.people()}
    assert people["Nexora"].articles == (second,)  # still a person where nobody said otherwise
    # the renamed person keeps "Anne Roy" as an alias: the other article's Anne Roy joins
    renamed = people["Anne-Marie Roy"]
    assert "Anne Roy" not in people
    assert (renamed.articles, renamed.ages) == ((document, second), (42, 41))
    seen = library.appearances(renamed)
    assert [(a.document_id, a.name, a.age) for a in seen] == [
        (document, "Anne-Marie Roy", 42),
        (second, "Anne Roy", 41),
    ]
