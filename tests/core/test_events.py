"""Timeline events: one per resolved date, a short label, participants, order."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from core.model import Entity, Event, Mention, TimeExpression, TimexType
from core.reading.sentences import split_sentences
from core.temporal import tag_dates
from core.temporal.calendar import Point
from core.timeline.events import build_events, make_label, sort_key, timeline_order

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "musk-altman-fr.txt"


def sentences_of(text: str) -> list[tuple[int, int]]:
    """A tiny splitter for these tests: full stops followed by a space, and newlines."""
    spans = []
    for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s|$)|(?=\n)|$)", text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        if m.end() > start:
            spans.append((start, m.end()))
    return spans


def entity(entity_id: int, kind: str, name: str, forms: list[str], text: str) -> Entity:
    pattern = re.compile(r"\b(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b")
    mentions = tuple(Mention(m.start(), m.end(), m.group()) for m in pattern.finditer(text))
    return Entity(entity_id, kind, name, (), mentions)  # type: ignore[arg-type]


def events_of(
    text: str, entities: list[Entity] | None = None, dct: str | None = None
) -> list[Event]:
    sentences = sentences_of(text)
    dates = tag_dates(text, lang="fr", dct=dct, spans=[(0, len(text))], sentences=sentences)
    return build_events(text, dates=dates, entities=entities or [], sentences=sentences, lang="fr")


def test_one_event_per_resolved_date_spanning_its_sentence() -> None:
    text = "En mars 2015, Paul écrit une lettre. Il pleut. 2 mois plus tard, il envoie un e-mail."
    events = events_of(text)
    assert [(e.value, e.precision, e.sort_key) for e in events] == [
        ("2015-03", "month", "2015-03-01"),
        ("2015-05", "month", "2015-05-01"),
    ]
    first = events[0]
    assert (first.start, first.end) == (0, text.index(" Il pleut"))
    assert [e.id for e in events] == [1, 2]


def test_unresolved_dates_durations_and_refs_make_no_event() -> None:
    text = "Il a peint la toile en juin. Il vit désormais à Lyon. Il est resté six mois."
    assert events_of(text) == []


def test_a_finer_date_of_the_same_sentence_absorbs_the_coarser_one() -> None:
    events = events_of("Il a été agressé hier vers 18 h près de la gare.", dct="1999-05-21")
    assert [(e.value, e.precision) for e in events] == [("1999-05-20T18:00", "time")]


def test_several_dates_in_a_sentence_get_their_own_clause() -> None:
    text = (
        "Après l'avoir poursuivi en février 2024, Paul a retiré la plainte en juin, "
        "puis l'a déposée en août et modifiée en novembre 2024."
    )
    labels = [e.label for e in events_of(text)]
    assert labels == [
        "Après l'avoir poursuivi en février 2024",
        "Paul a retiré la plainte en juin",
        "L'a déposée en août",
        "Modifiée en novembre 2024",
    ]


def test_label_drops_a_leading_date_and_stays_short() -> None:
    text = (
        "2 mois plus tard, Altman envoie un e-mail à Musk, proposant de lancer un projet "
        'spécialisé dans l\'IA à Y Combinator, appelé "Projet Manhattan".'
    )
    date = TimeExpression(1, 0, 16, "2 mois plus tard", "DATE", "2015-05")
    label = make_label(text, (0, len(text)), date)
    assert label == (
        "Altman envoie un e-mail à Musk, proposant de lancer un projet spécialisé dans l'IA…"
    )


def test_label_of_a_short_sentence_is_the_sentence() -> None:
    text = "Le 30/11/2022, la société a lancé un nouveau produit."
    date = TimeExpression(1, 0, 13, "Le 30/11/2022", "DATE", "2022-11-30")
    assert make_label(text, (0, len(text)), date) == ("La société a lancé un nouveau produit")


def test_label_keeps_the_period_of_an_abbreviation() -> None:
    text = "The vote came shortly after 11 p.m."
    date = TimeExpression(1, 28, 35, "11 p.m.", "TIME", "1998-10-14T23:00")
    assert make_label(text, (0, len(text)), date) == "The vote came shortly after 11 p.m."


def test_participants_are_named_people_and_organisations_and_the_subject_pronoun() -> None:
    text = (
        "Paul Martin dirige Acme. Marie Durand le rejoint à Lyon.\n"
        "En février 2015, elle a écrit une lettre. En mars 2015, Acme a recruté Paul Martin."
    )
    people = [
        entity(1, "PER", "Paul Martin", ["Paul Martin"], text),
        entity(2, "PER", "Marie Durand", ["Marie Durand"], text),
        entity(3, "ORG", "Acme", ["Acme"], text),
        entity(4, "LOC", "Lyon", ["Lyon"], text),
    ]
    events = events_of(text, people)
    assert [e.participants for e in events] == [(2,), (3, 1)]


def test_impersonal_il_brings_nobody() -> None:
    text = "Paul Martin arrive. En 2015, il s'agit d'un autre projet."
    events = events_of(text, [entity(1, "PER", "Paul Martin", ["Paul Martin"], text)])
    assert [e.participants for e in events] == [()]


@pytest.mark.parametrize(
    ("point", "mod", "key"),
    [
        (Point("year", 2018), None, "2018-01-01"),
        (Point("year", 2018), "START", "2018-01-01"),
        (Point("year", 2018), "MID", "2018-07-02"),
        (Point("year", 2018), "END", "2018-09-01"),
        (Point("year", 2015), "BEFORE", "2014-12-31"),
        (Point("year", 2015), "AFTER", "2016-01-01"),
        (Point("decade", 1970), None, "1970-01-01"),
        (Point("week", 2015, week=7), None, "2015-02-09"),
        (Point("season", 2015, code="SU"), None, "2015-06-01"),
        (Point("time", 2012, 6, 16, 3, 0), None, "2012-06-16"),
    ],
)
def test_sort_key(point: Point, mod: str | None, key: str) -> None:
    assert sort_key(point, mod) == key


def test_timeline_order_sorts_by_date_then_text_position() -> None:
    text = "En 2020, Paul part. En 2015, Paul naît. Au début de 2020, Paul revient. Fin 2015, rien."
    order = [(e.value, e.mod) for e in timeline_order(events_of(text))]
    assert order == [("2015", None), ("2015", "END"), ("2020", None), ("2020", "START")]


def test_sample_article_timeline() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    text = text[: text.index("This page may")]
    names = {
        "Musk": ["Elon Musk", "Musk"], "Altman": ["Sam Altman", "Altman"], "Trump": ["Trump"],
        "Hassabis": ["Demis Hassabis"], "Brockman": ["Greg Brockman"],
    }  # fmt: skip
    entities = [
        entity(i, "PER", name, forms, text) for i, (name, forms) in enumerate(names.items(), 1)
    ]
    entities.append(entity(len(entities) + 1, "ORG", "OpenAI", ["OpenAI"], text))
    events = timeline_order(events_of(text, entities))
    names_of = {e.id: e.name for e in entities}
    seen = [(e.value, e.mod, [names_of[p] for p in e.participants]) for e in events]
    expected = [
        ("2012", None, ["Hassabis"]),
        ("2015-02", None, ["Altman"]),  # "il a écrit": the last person named before
        ("2015-03", None, ["Altman", "Musk"]),
        ("2015-05", None, ["Altman", "Musk"]),
        ("2018", "START", ["Musk", "Altman", "OpenAI"]),
        ("2022-11-30", None, []),
        ("2024-02", None, ["OpenAI", "Altman", "Musk"]),
        ("2024-06", None, ["OpenAI", "Altman", "Musk"]),
        ("2024-08", None, ["OpenAI", "Altman", "Musk"]),
        ("2024-11", None, ["OpenAI", "Altman", "Musk"]),
    ]
    positions = [seen.index(item) for item in expected]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("text", "lang", "value", "precision", "words"),
    [
        ("Il a grandi dans les années 80, à Lyon.", "fr", "198X", "decade", "les années 1980"),
        ("La tour a été construite au XVIIIe siècle.", "fr", "17XX", "century", "XVIIIe siècle"),
        # English TimeBank writes decades and centuries to reduced precision: 198, 17
        ("She grew up in the 1980s in Leeds.", "en", "198", "decade", "the 1980s"),
        ("The tower was built in the 18th century.", "en", "17", "century", "the 18th century"),
    ],
)
def test_decades_and_centuries_reach_the_timeline_and_its_exports(
    text: str, lang: str, value: str, precision: str, words: str
) -> None:
    from core.timeline.export import display_date, start_date

    sentences = split_sentences(text)
    dates = tag_dates(text, lang=lang, dct=None, spans=[(0, len(text))], sentences=sentences)
    (event,) = build_events(text, dates=dates, entities=[], sentences=sentences, lang=lang)
    assert (event.value, event.precision) == (value, precision)
    assert display_date(event, lang) == words
    assert start_date(event)["year"] == int(value.rstrip("X").ljust(4, "0"))


@pytest.mark.parametrize(
    ("text", "lang", "placed"),
    [
        # the century or the decade a thing dates from is no time of the story
        ("Deux tapisseries du XVIe siècle ont été volées.", "fr", []),
        ("Une villa des années 30 a brûlé.", "fr", []),
        ("The thieves took a clock of the 1920s.", "en", []),
        # a time of the story, after a noun of time
        ("À la fin du XIXe siècle, la ville a grandi.", "fr", ["18XX"]),
    ],
)
def test_the_age_of_a_thing_is_no_event(text: str, lang: str, placed: list[str]) -> None:
    sentences = split_sentences(text)
    dates = tag_dates(text, lang=lang, dct=None, spans=[(0, len(text))], sentences=sentences)
    events = build_events(text, dates=dates, entities=[], sentences=sentences, lang=lang)
    assert [e.value for e in events] == placed


@pytest.mark.parametrize("decade", ["199", "199X"])
def test_a_year_of_the_same_sentence_refines_its_decade(decade: str) -> None:
    text = "In the 1990s, and above all in 1995, the firm grew."
    sentences = split_sentences(text)
    dates = tag_dates(text, lang="en", dct=None, spans=[(0, len(text))], sentences=sentences)
    dates = [replace(d, value=decade) if d.value == "199" else d for d in dates]
    events = build_events(text, dates=dates, entities=[], sentences=sentences, lang="en")
    assert [e.value for e in events] == ["1995"]


@pytest.mark.parametrize(
    ("text", "lang", "events"),
    [
        # a date a figure is compared with places no event
        ("Le chômage touche 25 %, contre 17 % en 2011.", "fr", []),
        ("Les ventes font 3 millions d'euros, contre 2,1 millions d'euros en 2011.", "fr", []),
        ("Le chômage a augmenté par rapport à 2011.", "fr", []),
        ("The stock closed at $45, up from $40 in 2011.", "en", []),
        ("Profit rose to 8% from 5% in 2011.", "en", []),
        ("La participation atteint 58 %, contre 66 % lors du scrutin de 2011.", "fr", []),
        (
            "Le groupe gagne 3 millions d'euros, contre une perte de 12 millions d'euros en 2011.",
            "fr",
            [],
        ),
        ("Le chômage reste en dessous de son niveau de fin 2019.", "fr", []),
        (
            "La course a attiré 80 000 fans, contre 60 000 sur l'ensemble de l'édition 2012.",
            "fr",
            [],
        ),
        ("La France comptait 21 000 centenaires au 1er janvier 2020.", "fr", []),
        ("« On n'a pas vu une telle récolte depuis 2005 », dit le vigneron.", "fr", []),
        ("Les ventes ont reculé de 9 % sur la même période de 2011.", "fr", []),
        ("Les températures resteront inférieures aux maximales relevées en 2003.", "fr", []),
        ("Sales fell 4% from the same period of 1998.", "en", []),
        ("Le club a dépensé 90 millions d'euros, un peu moins qu'en 2014.", "fr", []),
        ("Le festival espère dépasser les entrées du record de 2012.", "fr", []),
        # a figure, a range, "contre" and no yardstick: events
        (
            "Le musée présente 200 toiles du 14 mars 2019 au 30 juin 2019.",
            "fr",
            ["2019-03-14", "2019-06-30"],
        ),
        (
            "Ils protestent contre la suppression de 120 postes, annoncée le 3 mars 2019.",
            "fr",
            ["2019-03-03"],
        ),
        # the yardstick of a record
        ("Le chômage atteint son plus haut niveau depuis 1999.", "fr", []),
        ("La participation est un record depuis 1974.", "fr", []),
        ("It was the worst flood in the valley since 1927.", "en", []),
        # "contre", "from" without a figure, "depuis" without a record: an event
        ("Il s'est battu contre la maladie en 2011.", "fr", ["2011"]),
        ("Il dirige le club depuis 1999.", "fr", ["1999"]),
        ("He returned from Paris in 2011.", "en", ["2011"]),
    ],
)
def test_a_comparison_baseline_is_no_event(text: str, lang: str, events: list[str]) -> None:
    sentences = split_sentences(text)
    dates = tag_dates(text, lang=lang, dct=None, spans=[(0, len(text))], sentences=sentences)
    found = build_events(text, dates=dates, entities=[], sentences=sentences, lang=lang)
    assert [e.value for e in found] == events


def _date_in(
    text: str,
    id_: int,
    quote: str,
    value: str,
    *,
    type_: TimexType = "DATE",
    mod: str | None = None,
) -> TimeExpression:
    """The expression ``quote`` where it first stands in ``text``."""
    start = text.index(quote)
    return TimeExpression(id_, start, start + len(quote), quote, type_, value, mod)


def test_label_of_a_date_between_commas_is_the_sentence_around_it() -> None:
    text = "Le procès, le 5 mars 2015, a été reporté à la demande de la défense."
    date = _date_in(text, 1, "le 5 mars 2015", "2015-03-05")
    label = make_label(text, (0, len(text)), date)
    assert label == "Le procès a été reporté à la demande de la défense"


@pytest.mark.parametrize(
    "dispatch", ["WASHINGTON (AP) _ ", "O'SMACH, Cambodia (AP)_ ", "PARIS (AFP) - "]
)
def test_label_leaves_out_a_dispatchs_place_and_agency(dispatch: str) -> None:
    text = f"{dispatch}The Senate voted Thursday to confirm the nominee."
    date = _date_in(text, 1, "Thursday", "1998-04-02")
    assert (
        make_label(text, (0, len(text)), date) == "The Senate voted Thursday to confirm the nominee"
    )


def test_label_of_a_range_of_years_is_the_sentence_after_it() -> None:
    text = "Entre 2008 et 2011, le PIB a chuté de 13 %."
    first = TimeExpression(1, 6, 10, "2008", "DATE", "2008")
    second = TimeExpression(2, 14, 18, "2011", "DATE", "2011")
    for date in (first, second):
        label = make_label(text, (0, len(text)), date, others=[first, second])
        assert label == "Le PIB a chuté de 13 %"


def test_a_time_told_again_in_another_zone_places_no_second_event() -> None:
    text = "Il a parlé mardi 6 novembre 2012, vers 1 h (7 h à Paris), devant ses partisans."
    events = events_of(text)
    assert [e.value for e in events] == ["2012-11-06T01:00"]  # not 07:00 too


def test_a_quotation_inside_a_clause_does_not_cut_its_label() -> None:
    text = "Il avait promis en juillet d'« inverser la courbe » avant la fin de 2013."
    july = _date_in(text, 1, "juillet", "2012-07")
    end_of_2013 = _date_in(text, 2, "la fin de 2013", "2013", mod="END")
    label = make_label(text, (0, len(text)), july, others=[july, end_of_2013])
    assert label == "Il avait promis en juillet d'« inverser la courbe » avant la fin de 2013"


def test_a_quotation_told_as_speech_is_its_own_clause() -> None:
    text = "« Nous partirons demain », a déclaré Anne Roy mardi."
    tomorrow = _date_in(text, 1, "demain", "2012-06-13")
    tuesday = _date_in(text, 2, "mardi", "2012-06-12")
    labels = [
        make_label(text, (0, len(text)), d, others=[tomorrow, tuesday]) for d in (tomorrow, tuesday)
    ]
    assert labels == ["Nous partirons demain", "A déclaré Anne Roy mardi"]


def test_dates_of_one_list_share_their_clause() -> None:
    text = "Les élections sont prévues les 10 et 17 juin."
    first = _date_in(text, 1, "les 10", "2012-06-10")
    second = _date_in(text, 2, "17 juin", "2012-06-17")
    labels = {make_label(text, (0, len(text)), d, others=[first, second]) for d in (first, second)}
    assert labels == {"Les élections sont prévues les 10 et 17 juin"}
