"""The spaCy layer: chunking, the lazily loaded pipeline, and a real French run."""

from __future__ import annotations

import pytest

from core.errors import Cancelled
from core.names import nlp


def test_chunks_cover_each_span_without_overlap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "CHUNK_CHARS", 40)
    text = ("Une phrase assez courte. " * 12 + "\n") * 3
    spans = [(0, 150), (160, len(text))]
    pieces = list(nlp.chunks(spans, text))
    assert all(b - a <= 40 for a, b in pieces)
    covered = [i for a, b in pieces for i in range(a, b)]
    assert covered == [i for a, b in spans for i in range(a, b)]
    # Cuts fall on spaces or newlines when there is one.
    assert all(b in (150, len(text)) or text[b] in " \n" for _a, b in pieces)


def test_language_without_an_installed_model_gives_no_pipeline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(nlp.MODELS, "xx", ("no_such_model_pkg",))
    monkeypatch.setattr(nlp, "_pipelines", {})
    assert nlp.pipeline("xx") is None
    assert nlp.find_entities("Jean Dupont vit à Lyon.", [(0, 23)], "xx") == []


@pytest.mark.slow
def test_french_pipeline_finds_names_and_loads_only_what_ner_needs() -> None:
    text = "Le président Emmanuel Macron a rencontré Angela Merkel à Berlin."
    found = nlp.find_entities(text, [(0, len(text))], "fr")
    labelled = {text[e.start : e.end]: e.label for e in found}
    assert labelled.get("Angela Merkel") == "PER"
    assert labelled.get("Berlin") == "LOC"
    pipe = nlp.pipeline("fr")
    assert pipe is not None
    assert set(pipe.pipe_names) <= nlp.KEEP


@pytest.mark.slow
def test_cancel_stops_between_chunks() -> None:
    text = "Angela Merkel est à Berlin. " * 10
    with pytest.raises(Cancelled):
        nlp.find_entities(text, [(0, len(text))], "fr", cancel=lambda: True)
