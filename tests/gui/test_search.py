"""Find in the article: case and accents ignored, an entity's name also finds its aliases."""

from __future__ import annotations

from core.model import Extraction
from gui.search import find_hits, fold


def test_fold_keeps_every_offset() -> None:
    text = "Évidemment, À BIENTÔT — l’été"
    assert len(fold(text)) == len(text)
    assert fold(text) == "evidemment, a bientot — l'ete"
    assert fold("Paris, 12 Mars 2015") == "paris, 12 mars 2015"  # ASCII: lower case only
    assert fold("İZMIR, Straße") == "izmir, straße"  # "ß" stays one character


def test_plain_hits_ignore_case_and_accents(extraction: Extraction) -> None:
    text = extraction.text
    hits = find_hits(fold(text), "FEVRIER")
    assert [text[s:e] for s, e in hits.spans] == ["février"]


def test_a_name_finds_its_aliases(extraction: Extraction) -> None:
    text = extraction.text
    musk = extraction.entity(1)
    assert musk is not None
    hits = find_hits(fold(text), "Elon Musk", extraction.entities)
    found = {(s, e) for s, e in hits.spans}
    assert {(m.start, m.end) for m in musk.mentions} <= found
    assert "Musk" in {text[s:e] for s, e in hits.spans}
    assert hits.by_alias >= 1


def test_an_empty_query_finds_nothing(extraction: Extraction) -> None:
    assert find_hits(fold(extraction.text), "  ", extraction.entities).spans == ()
