"""The "liseuse/timex" spaCy component (a blank pipeline: no model to load)."""

from __future__ import annotations

import spacy
from spacy.language import Language

import core.temporal.component as component
from core.temporal import tag_dates


def make(config: dict[str, object] | None = None, lang: str = "fr") -> Language:
    nlp = spacy.blank(lang)
    nlp.add_pipe(component.FACTORY, config=config or {})
    return nlp


def test_factory_is_registered_with_what_it_assigns() -> None:
    nlp = make()
    assert Language.has_factory("liseuse/timex")
    assert nlp.get_pipe_meta("liseuse/timex").assigns == ["doc.spans"]


def test_component_gives_the_same_expressions_as_tag_dates() -> None:
    text = "Hier, le 3 mars 2021, il est parti. Deux ans après, il revient."
    doc = make({"dct": "2024-03-05"})(text)
    expected = tag_dates(text, lang="fr", dct="2024-03-05", spans=[(0, len(text))], sentences=[])
    spans = doc.spans["dates"]
    assert [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in spans] == [
        (e.start, e.end, e.type, e.value) for e in expected
    ]
    assert doc.user_data[component.USER_DATA_KEY] == expected


def test_document_date_from_user_data_wins() -> None:
    nlp = make({"dct": "2024-03-05"})
    doc = nlp.make_doc("Il est parti hier.")
    doc.user_data["dct"] = "2010-01-02"
    doc = nlp.get_pipe("liseuse/timex")(doc)
    assert [s.kb_id_ for s in doc.spans["dates"]] == ["2010-01-01"]


def test_dateline_is_used_without_a_configured_date() -> None:
    doc = make()("1er septembre 2012. - Le ministre a parlé hier.")
    assert [s.kb_id_ for s in doc.spans["dates"]] == ["2012-09-01", "2012-08-31"]


def test_english_pipeline_uses_english_rules_and_its_own_key() -> None:
    doc = make({"spans_key": "timex"}, lang="en")("Two months later, on March 3, 2021, he left.")
    assert [s.text for s in doc.spans["timex"]] == ["Two months later", "March 3, 2021"]
    assert doc.spans["timex"][0].kb_id_ == ""
