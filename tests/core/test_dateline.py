"""The document date from a dateline or a byline (issue #12), and the dateline kept off the
timeline (phenomenon 12 of issue #15). Invented articles only."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extractor import extract
from core.reading.article import article_from_text
from core.reading.sentences import split_sentences
from core.temporal import find_dct, tag_dates
from core.temporal.dateline import find_dateline
from core.timeline.events import build_events

TODAY = dt.date(2023, 6, 1)
BODY = "Le conseil municipal a voté le budget hier soir après un long débat sur les écoles. "


@pytest.mark.parametrize(
    ("text", "value", "date"),
    [
        ("By Jane Porter, Staff Writer — April 14, 2023\nThe council met.", "2023-04-14",
         "April 14, 2023"),
        ("Par Marie Dupont, publié le 3 mars 2021 à 18h02\nLe conseil a voté.", "2021-03-03",
         "3 mars 2021"),
        ("Le budget voté\nMis à jour le 4 mars 2021 à 9 h 15\nLe conseil a voté.", "2021-03-04",
         "4 mars 2021"),
        ("Par Marie Dupont et Paul Roy | Publié le 3 mars 2021, mis à jour le 4 mars 2021\nTexte",
         "2021-03-03", "3 mars 2021"),
        ("PARIS, 3 mars (Reuters) - Le gouvernement a présenté son plan.", "2023-03-03",
         "3 mars"),
        ("PARIS, 3 mars 2021 (AFP) - Le gouvernement a présenté son plan.", "2021-03-03",
         "3 mars 2021"),
        ("14 mars 2015. – Le conseil a voté le budget.", "2015-03-14", "14 mars 2015"),
        ("Le budget voté\n\n14 mars 2015. - Le conseil a voté.", "2015-03-14", "14 mars 2015"),
        ("LYON, Friday, April 14, 2023 — The council met.", "2023-04-14", "April 14, 2023"),
        ("Published on 2023-04-14 at 10:32\nThe council met.", "2023-04-14", "2023-04-14"),
    ],
)  # fmt: skip
def test_bylines_and_datelines(text: str, value: str, date: str) -> None:
    found = find_dateline(text, today=TODAY)
    assert found is not None
    assert (found.value, text[found.start : found.end]) == (value, date)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire sera réélu le 21 octobre 2012\n\nTexte.",  # a title that holds a date
        "Le 11 septembre 2001 : vingt ans après\nLe texte.",
        "Le gouvernement a annoncé le 3 mars 2021 une réforme.",
        "Le maire, le 3 mars 2021, a parlé.",
        "Il est arrivé le 3 mars (il pleuvait).",  # no year, no dispatch
        "Un texte sans date.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text, today=TODAY) is None


def test_a_title_with_a_date_gives_way_to_the_dateline_below_it() -> None:
    text = "Le maire sera réélu le 21 octobre 2012\n\n18 octobre 2012. - Le conseil a voté."
    assert find_dct(text, lang="fr") == "2012-10-18"


def test_a_dateline_without_year_is_never_in_the_future() -> None:
    found = find_dateline("PARIS, 30 décembre (AFP) - Texte.", today=dt.date(2024, 1, 2))
    assert found is not None
    assert found.value == "2023-12-30"


@pytest.mark.parametrize(
    ("head", "dct"),
    [
        ('<meta property="article:published_time" content="2023-04-14T08:00:00+02:00">',
         "2023-04-14"),
        ("", "2021-03-03"),
    ],
)  # fmt: skip
def test_html_publication_dates(head: str, dct: str) -> None:
    stamp = '<time datetime="2021-03-03T18:02">3 mars 2021</time>' if not head else ""
    page = (
        f"<html><head><title>Budget voté</title>{head}</head><body><article>"
        f"<h1>Budget voté</h1>{stamp}<p>{BODY * 5}</p></article></body></html>"
    )
    assert article_from_text(page, fmt="html").dct == dct


def test_the_dateline_anchors_but_places_no_event() -> None:
    text = "14 mars 2015. - Le conseil a voté le budget hier. Le maire partira le 2 avril 2015."
    dateline = find_dateline(text)
    assert dateline is not None
    sentences = split_sentences(text)
    dates = tag_dates(text, lang="fr", dct=dateline.value, spans=[(0, len(text))],
                      sentences=sentences)  # fmt: skip
    events = build_events(text, dates=dates, entities=[], sentences=sentences, lang="fr",
                          not_events=[(dateline.start, dateline.end)])  # fmt: skip
    assert [e.value for e in events] == ["2015-03-13", "2015-04-02"]


@pytest.mark.slow
def test_the_extractor_dates_the_document_by_its_dateline() -> None:
    text = "Budget\n\n14 mars 2015. - Le conseil a voté le budget hier."
    extraction = extract(article_from_text(text))
    assert extraction.document.dct == "2015-03-14"
    assert [e.value for e in extraction.events] == ["2015-03-13"]


def test_a_headline_told_ahead_dates_the_weekday_to_come() -> None:
    # a headline tells the news, the day nearer the document date, unless it looks ahead
    text = (
        "Le chef de l'État attendu lundi dans le Doubs\n\n"
        "11 octobre 2012. - Le président visitera une usine."
    )
    dates = tag_dates(text, lang="fr", dct="2012-10-11", spans=[(0, len(text))],
                      sentences=split_sentences(text))  # fmt: skip
    assert [(d.text, d.value) for d in dates if d.text == "lundi"] == [("lundi", "2012-10-15")]
