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


_STOP = frozenset({"le", "la", "il", "elle", "the", "he", "et"})


def _bearing(text: str) -> list[str]:
    from core.reading.sentences import split_sentences

    sentences = split_sentences(text)
    return [text[a:b] for a, b in nlp.name_bearing(text, sentences, _STOP)]


def test_only_sentences_where_a_name_can_be_are_read() -> None:
    # No capital past a function word opening the sentence: no name to find there.
    assert _bearing("Le marin regarda la mer. Il se tut.") == []
    assert _bearing("« Il se tut », dit-elle.") == []
    # A capital further on, or a first word that is no function word: read.
    assert _bearing("Le marin regarda Pencroff.") == ["Le marin regarda Pencroff."]
    assert _bearing("Pencroff regarda la mer.") == ["Pencroff regarda la mer."]
    assert _bearing("— Pencroff, venez !") == ["— Pencroff, venez !"]
    assert _bearing("He met the Mayor of Lyon.") == ["He met the Mayor of Lyon."]
    assert _bearing("Le siège de l'ONU.") == ["Le siège de l'ONU."]
    assert _bearing("Le roi Łukasz arriva.") == ["Le roi Łukasz arriva."]


def test_sentences_read_run_together_between_those_skipped() -> None:
    text = "Anne Roy arriva. Paul Petit la suivit. Il pleuvait. Elle partit. Lyon dormait."
    # Neighbours are read as one stretch (the model sees their context), others apart.
    assert _bearing(text) == ["Anne Roy arriva. Paul Petit la suivit.", "Lyon dormait."]


def test_a_batch_holds_about_the_same_text_whatever_the_pieces() -> None:
    assert nlp.batch_size([(0, 10_000)] * 9) == 4  # whole chunks: four at a time
    assert nlp.batch_size([(0, 400)] * 50) == nlp.BATCH_CHARS // 400  # short stretches: many
    assert nlp.batch_size([(0, 3)] * 5) == 256  # bounded
    assert nlp.batch_size([]) == 4


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
def test_with_its_sentences_the_model_reads_only_those_a_name_can_be_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from core.reading.sentences import split_sentences

    text = "Il pleuvait sur le port. Angela Merkel est arrivée à Berlin. Elle souriait."
    pipe = nlp.pipeline("fr")
    assert pipe is not None
    read: list[str] = []
    real_pipe = pipe.pipe

    def spy(texts, **kwargs):  # type: ignore[no-untyped-def]
        texts = list(texts)
        read.extend(texts)
        return real_pipe(texts, **kwargs)

    monkeypatch.setattr(pipe, "pipe", spy)
    found = nlp.find_entities(text, [(0, len(text))], "fr", sentences=split_sentences(text))
    assert read == ["Angela Merkel est arrivée à Berlin."]
    assert {text[e.start : e.end] for e in found} >= {"Angela Merkel", "Berlin"}


@pytest.mark.slow
def test_cancel_stops_between_chunks() -> None:
    text = "Angela Merkel est à Berlin. " * 10
    with pytest.raises(Cancelled):
        nlp.find_entities(text, [(0, len(text))], "fr", cancel=lambda: True)
