"""The temporal tagger: calendar arithmetic, anchoring, spans, datelines, ages, wording."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core.model import TimeExpression
from core.reading.sentences import split_sentences
from core.temporal import find_dct, tag_dates
from core.temporal.ages import age_of
from core.temporal.calendar import Point, nearest_year, parse_value, shift, weekday_near
from core.temporal.display import say_date

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "musk-altman-fr.txt"


def tag(text: str, dct: str | None = None, lang: str = "fr") -> list[TimeExpression]:
    return tag_dates(text, lang=lang, dct=dct, spans=[(0, len(text))], sentences=[])


def _tag_sentences(text: str, dct: str) -> list[TimeExpression]:
    """``tag`` with the text's sentences, as the extractor reads it."""
    return tag_dates(
        text, lang="fr", dct=dct, spans=[(0, len(text))], sentences=split_sentences(text)
    )


def by_text(exprs: list[TimeExpression]) -> dict[str, TimeExpression]:
    return {e.text: e for e in exprs}


# -- calendar ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["2015", "2015-05", "2022-11-30", "2012-10-29TEV", "2012-06-16T03:00", "2015-W07",
     "2015-W07-WE", "2015-Q1", "2015-H2", "2015-SU", "197X", "18XX"],
)  # fmt: skip
def test_values_read_back_as_written(value: str) -> None:
    point = parse_value(value)
    assert point is not None
    assert point.value() == value


@pytest.mark.parametrize(
    "value", ["P6M", "PRESENT_REF", "XXXX-06", "XXXX-WXX-3", "", "2015-13", "2015-02-30"]
)
def test_values_that_are_not_points(value: str) -> None:
    assert parse_value(value) is None


@pytest.mark.parametrize(("old", "new"), [("197", "197X"), ("18", "18XX")])
def test_decades_and_centuries_stored_before_still_read(old: str, new: str) -> None:
    point = parse_value(old)
    assert point is not None
    assert point.value() == new


def test_shift_keeps_the_coarser_precision() -> None:
    march = Point("month", 2015, 3)
    assert shift(march, "M", 2) == Point("month", 2015, 5)
    assert shift(Point("month", 1952, 3), "Y", 2) == Point("year", 1954)
    assert shift(Point("day", 2015, 3, 12), "M", 2) == Point("month", 2015, 5)
    assert shift(Point("day", 2015, 12, 31), "D", 1) == Point("day", 2016, 1, 1)
    assert shift(Point("day", 2016, 3, 31), "M", -1) == Point("month", 2016, 2)


def test_nearest_year_respects_direction() -> None:
    dct = Point("day", 2002, 2, 9)
    assert nearest_year(dct, 9, 26, -1) == 2001
    assert nearest_year(dct, 9, 11, 0) == 2001
    assert nearest_year(dct, 4, 6, 1) == 2002
    assert nearest_year(dct, 12, 20, 0) == 2001


def test_weekday_near() -> None:
    thursday = Point("day", 1999, 5, 27)
    assert weekday_near(thursday, 4, -1) == Point("day", 1999, 5, 21)
    assert weekday_near(thursday, 0, 1) == Point("day", 1999, 5, 31)
    assert weekday_near(thursday, 3, 0) == thursday
    assert weekday_near(Point("month", 1999, 5), 3, 0) is None


# -- anchoring -----------------------------------------------------------------------------------


def test_relative_date_records_its_anchor() -> None:
    exprs = tag("En mars 2015, il écrit. 2 mois plus tard, il envoie un e-mail.")
    march, later = exprs
    assert (march.anchor, march.anchor_date_id) == ("explicit", None)
    assert (later.value, later.anchor, later.anchor_date_id) == ("2015-05", "previous", march.id)


def test_ids_run_in_text_order() -> None:
    exprs = tag("Hier, le 3 mars 2021, il est parti vers 22 h. Deux ans après, rien.", "2024-03-05")
    assert [e.id for e in exprs] == list(range(1, len(exprs) + 1))
    assert [e.start for e in exprs] == sorted(e.start for e in exprs)


def test_deictics_use_the_document_date_when_there_is_one() -> None:
    text = "Le 3 mars 1990, il naît. Hier, il a fêté ses trente ans."
    news = by_text(tag(text, "2020-03-04"))
    assert (news["Hier"].value, news["Hier"].anchor) == ("2020-03-03", "dct")
    narrative = by_text(tag(text))
    assert (narrative["Hier"].value, narrative["Hier"].anchor) == ("1990-03-02", "previous")
    assert narrative["Hier"].anchor_date_id == narrative["Le 3 mars 1990"].id


def test_month_without_year_takes_the_surrounding_year() -> None:
    text = "Après l'avoir poursuivi en février 2024, il retire la plainte en juin, puis en août."
    found = by_text(tag(text))
    assert found["juin"].value == "2024-06"
    assert found["août"].value == "2024-08"
    assert found["juin"].anchor == "previous"
    lone = by_text(tag("Il a peint la toile en juin."))
    assert (lone["juin"].value, lone["juin"].anchor) == ("XXXX-06", "underspecified")


def test_a_relative_date_finer_than_its_anchor_stays_unresolved() -> None:
    found = by_text(tag("Il est élu en 2015. La veille, il doutait. Six mois plus tard, il part."))
    assert found["La veille"].value is None
    assert found["Six mois plus tard"].value is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a length of time used as an adjective leaves its article out; a head noun keeps it
        ("The five-year plan ends in 2000.", "five-year"),
        ("The two day rally ended.", "two day"),
        ("Profit for the nine months rose.", "the nine months"),
        ("Output fell over the past three years.", "the past three years"),
        # a reference to the past leaves its preposition out, as TimeML writes it
        ("In the past, such attacks were rare.", "the past"),
    ],
)
def test_the_article_of_a_length_of_time(text: str, span: str) -> None:
    assert span in by_text(tag(text, "1998-11-10", lang="en"))


def test_tense_chooses_the_weekday() -> None:
    text = "Le musée rouvrira mardi. Il a fermé jeudi."
    sentences = [(0, 24), (25, len(text))]
    exprs = tag_dates(text, lang="fr", dct="2002-02-09", spans=[(0, len(text))],
                      sentences=sentences)  # fmt: skip
    assert [e.value for e in exprs] == ["2002-02-12", "2002-02-07"]


def test_a_moment_told_a_few_paragraphs_earlier_is_still_the_moment() -> None:
    text = (
        "Le feu a pris hier vers 16 h.\nLes pompiers ont vite éteint les flammes.\n"
        "La rue était déserte à ce moment-là."
    )
    assert by_text(tag(text, dct="2021-10-16"))["ce moment-là"].value == "2021-10-15T16:00"


def test_a_time_goes_on_from_the_one_told_just_before_it() -> None:
    # a background day in the pluperfect, then a later hour in the next sentence: that night
    text = (
        "Le ministre a parlé hier vers 22 h. Le cargo avait appareillé le 4 mai à 0 h 30. "
        "Le dernier appel radio remonte à 1 h 05. Ce jour-là, la mer était calme."
    )
    found = by_text(_tag_sentences(text, dct="2014-05-20"))
    assert found["1 h 05"].value == "2014-05-04T01:05"
    assert found["Ce jour-là"].value == "2014-05-04"


def test_a_background_day_ends_with_its_paragraph_in_the_news() -> None:
    text = (
        "Le 2 mai, ils s'étaient inclinés à Lyon. Ils ont gagné hier.\n\n"
        "Les supporters s'étaient réunis dès 8 h devant l'écran."
    )
    assert by_text(_tag_sentences(text, dct="2014-05-20"))["8 h"].value == "2014-05-19T08:00"


def test_expressions_stay_inside_the_spans() -> None:
    text = "Publié le 3 mars\n2015 soldats. Puis en 2016, rien."
    cut = text.index("\n")
    exprs = tag_dates(text, lang="fr", dct=None, spans=[(0, cut), (cut + 1, len(text))],
                      sentences=[])  # fmt: skip
    assert all(e.end <= cut or e.start > cut for e in exprs)
    assert "2016" in [e.text for e in exprs]
    outside = tag_dates(text, lang="fr", dct=None, spans=[(cut + 1, len(text))], sentences=[])
    assert all(e.start > cut for e in outside)


def test_overlapping_and_out_of_range_spans_give_each_expression_once() -> None:
    text = "En mars 2015, il part. En 2016, il revient."
    spans = [(0, 30), (10, len(text)), (-5, 3), (len(text), len(text) + 10)]
    exprs = tag_dates(text, lang="fr", dct=None, spans=spans, sentences=[])
    assert [e.text for e in exprs] == ["mars 2015", "2016"]


def test_no_false_dates_in_numbers_and_names() -> None:
    text = "Les 2000 soldats de Sam ont vu Mars. Voir page 1998. Il a payé 2012 €."
    assert tag(text) == []


def test_the_sample_article() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    text = text[: text.index("This page may")]
    found = [(e.text, e.value, e.mod) for e in tag(text) if e.type == "DATE"]
    expected = [
        ("2012", "2012", None),
        ("février 2015", "2015-02", None),
        ("mars 2015", "2015-03", None),
        ("2 mois plus tard", "2015-05", None),
        ("début de 2018", "2018", "START"),
        ("Le 30/11/2022", "2022-11-30", None),
        ("février 2024", "2024-02", None),
        ("juin", "2024-06", None),
        ("août", "2024-08", None),
        ("novembre 2024", "2024-11", None),
    ]
    positions = [found.index(item) for item in expected]
    assert positions == sorted(positions)


def test_tag_dates_does_not_import_spacy() -> None:
    code = (
        "import sys; from core.temporal import tag_dates, find_dct; "
        "tag_dates('le 3 mars 2015', lang='fr', dct=None, spans=[(0, 14)], sentences=[]); "
        "find_dct('1er septembre 2012. - Texte', lang='fr'); print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)  # fmt: skip
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("dct", [None, "", "garbage", "2015-02-30", "0001-01-01", "9999-12-31",
                                 "2015-06-01T10:00:00"])  # fmt: skip
def test_odd_document_dates_never_break_the_tagger(dct: str | None) -> None:
    text = "Hier, mardi prochain, le lendemain, l'an prochain, ce week-end, vers 22 h, en juin."
    exprs = tag(text, dct)
    assert len(exprs) == 7
    assert all(e.value is None or isinstance(e.value, str) for e in exprs)


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "31/02/2020", "le 45 mars 2015", "99:99", "l'an 10000",
     "\u0130" * 50 + " mai 2015", "en " * 1000 + "2015"],
)  # fmt: skip
def test_odd_texts_never_break_the_tagger(text: str) -> None:
    for expr in tag(text):
        assert text[expr.start : expr.end] == expr.text


def test_a_document_date_of_another_form_is_read_by_its_day() -> None:
    assert by_text(tag("Il est parti hier.", "2015-06-01T10:00:00"))["hier"].value == "2015-05-31"


# -- datelines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1er septembre 2012. - Le gouvernement a annoncé hier…", "fr", "2012-09-01"),
        ("Paris, le 3 mars 2021 — Le président a parlé.", "fr", "2021-03-03"),
        ("  \n12/05/2019\nLe texte.", "fr", "2019-05-12"),
        ("Un titre\n1er septembre 2012. - Le gouvernement a annoncé hier…", "fr", "2012-09-01"),
        ("Le 11 septembre 2001 : vingt ans après\nLe texte.", "fr", None),
        ("PARIS, 3 mars 2021 (AFP) - Le texte.", "fr", "2021-03-03"),
        ("March 3, 2021 — The president spoke.", "en", "2021-03-03"),
        ("Publié le 03/03/2021 à 10h32\nLe texte.", "fr", "2021-03-03"),
        ("Le gouvernement a annoncé le 3 mars 2021 une réforme.", "fr", None),
        ("En mars 2021. - Texte", "fr", None),
        ("Un texte sans date.", "fr", None),
        ("", "fr", None),
    ],
)
def test_find_dct(text: str, lang: str, expected: str | None) -> None:
    assert find_dct(text, lang=lang) == expected


def test_dateline_anchors_deictics_through_the_caller() -> None:
    text = "1er septembre 2012. - Le ministre a parlé hier."
    dct = find_dct(text, lang="fr")
    assert by_text(tag(text, dct))["hier"].value == "2012-08-31"


# -- ages ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Jeanne Roy (39 ans) est patronne.", 39),
        ("Alain Parmentier, 53 ans, employé.", 53),
        ("Une fillette de 6 ans s'est noyée.", 6),
        ("Agée de 90 ans, elle est partie.", 90),
        ("a 39-year-old engineer", 39),
        ("Le conseil a élu Marc Lenoir, 42 ans.", 42),
        ("Un plombier belge de 51 ans a été interpellé.", 51),
        ("Le dernier otage, une employée de 45 ans, est sorti.", 45),
        ("Un détenu de 32 ans s'est évadé.", 32),
        ("Une durée de 10 ans est prévue.", None),
        ("Elle est décédée à l'âge de 93 ans.", 93),
        ("Le centre accueille les 6 à 12 ans.", 12),
        ("Un Lillois de 30 ans a gagné.", 30),
        ("Il avait 47 ans.", 47),
        ("Il a régné pendant 6 ans.", None),
        ("Il a été condamné à une peine de 10 ans.", None),
        ("Deux ans plus tard, il part.", None),
        ("Il y a 10 ans, il partait.", None),
        ("Un contrat de 5 ans a été signé.", None),
    ],
)
def test_an_age_is_no_date(text: str, age: int | None) -> None:
    """Ages are the person's attribute: ``tag_dates`` leaves them out, keeps lengths of time."""
    lang = "en" if "year" in text else "fr"
    years = [e for e in tag(text, lang=lang) if e.type in ("DURATION", "DATE")]
    if age is not None:
        assert years == []
    else:
        assert len(years) == 1
        assert age_of(text, years[0]) is None


# -- wording -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "mod", "lang", "words"),
    [
        ("2015-05", None, "fr", "mai 2015"),
        ("2018", "START", "fr", "début 2018"),
        ("2022-11-30", None, "fr", "30 novembre 2022"),
        ("2012-09-01", None, "fr", "1er septembre 2012"),
        ("197X", None, "fr", "les années 1970"),
        ("18XX", None, "fr", "XIXe siècle"),
        ("198X-05", None, "fr", "198X-05"),
        ("199", None, "en", "the 1990s"),
        ("199X", None, "en", "the 1990s"),
        ("19", None, "en", "the 20th century"),
        ("19XX", "END", "en", "the late 20th century"),
        ("197", "MID", "en", "the mid-1970s"),
        ("17", None, "fr", "XVIIIe siècle"),
        ("2012-10-29TEV", None, "fr", "29 octobre 2012 (soir)"),
        ("2012-06-16T03:00", None, "en", "16 June 2012 at 03:00"),
        ("2018", "END", "en", "late 2018"),
        ("P6M", None, "fr", "6 mois"),
        ("P39Y", None, "fr", "39 ans"),
        ("PXM", None, "fr", "plusieurs mois"),
        ("PT40M", None, "fr", "40 minutes"),
        ("P1.5Y", None, "fr", "1,5 an"),
        ("P1Y6M", None, "fr", "1 an et 6 mois"),
        ("P2W", "MORE_THAN", "fr", "plus de 2 semaines"),
        ("P3DT4H", None, "en", "3 days and 4 hours"),
        ("PXY", "APPROX", "en", "about several years"),
        ("P1D", None, "en", "1 day"),
        ("PRESENT_REF", None, "fr", "maintenant"),
        ("PAST_REF", None, "en", "in the past"),
        ("2015-Q1", None, "fr", "1er trimestre 2015"),
        ("2015-SU", None, "en", "summer 2015"),
        ("PXE", None, "fr", "plusieurs décennies"),
        ("PXC", None, "en", "several centuries"),
        ("PXQ", None, "en", "several quarters"),
        ("XXXX-WXX-2", None, "fr", "mardi"),
        ("XXXX-WXX-WE", None, "fr", "week-end"),
        ("XXXX-WXX-WE", None, "en", "weekend"),
        ("XXXX-WXX-6TMO", None, "en", "Saturday (morning)"),
    ],
)
def test_say_date(value: str, mod: str | None, lang: str, words: str) -> None:
    assert say_date(value, mod, lang) == words


def test_a_day_of_an_event_dated_after_it_is_resolved_after_that_date_once() -> None:
    from core.temporal.resolve import Resolver
    from core.temporal.tagger import find_candidates, rules_for, select

    text = "La veille du 1er mai, ils ont défilé. Le 3 mai, la grève a continué."
    candidates = select(find_candidates(text, 0, len(text), rules_for("fr")), 0, len(text))
    resolver = Resolver(text, parse_value("2012-05-10"), [])
    order, of_named = resolver._order(sorted(candidates, key=lambda c: c.start))
    assert order == [2, 1, 3]  # "1er mai" first, then "La veille", each once
    assert of_named == {1}
    values = [d.value for d in tag(text, "2012-05-10")]
    assert values == ["2012-04-30", "2012-05-01", "2012-05-03"]


def test_a_weekday_in_the_title_is_the_nearer_one() -> None:
    """A headline tells the news: its weekday is the one nearer the document date."""
    text = (
        "Lorval frappée par une tempête vendredi soir\n\n14 novembre 2015. - La tempête a "
        "arraché des toits."
    )
    first = _tag_sentences(text, "2015-11-14")[0]
    assert first.text.startswith("vendredi")
    assert (first.value or "").startswith("2015-11-13")


def test_a_past_hour_of_an_evening_told_before_the_document_day() -> None:
    """An hour told in the past after the document day was named goes to the evening the story
    told, when that evening holds it."""
    text = (
        "Des explosions ont frappé Lorval vendredi soir. Un groupe a revendiqué les attaques ce "
        "samedi.\n\nLes premières explosions ont retenti vers 21 h 20 près du stade."
    )
    found = by_text(_tag_sentences(text, "2015-11-14"))
    assert found["21 h 20"].value == "2015-11-13T21:20"
