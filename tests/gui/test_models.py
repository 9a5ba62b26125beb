"""The item models and their filters, checked by pytest-qt's model tester."""

from __future__ import annotations

from typing import Any

from core.model import Extraction
from gui.models import (
    EVENT_ROLE,
    MENTIONS,
    NAME,
    EntitiesFilter,
    EntitiesModel,
    EventsFilter,
    EventsModel,
)


def _names(proxy: EntitiesFilter) -> list[str]:
    return [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]


def test_events_model_passes_the_model_tester(qtmodeltester: Any, extraction: Extraction) -> None:
    model = EventsModel()
    model.set_extraction(extraction)
    qtmodeltester.check(model)
    proxy = EventsFilter()
    proxy.setSourceModel(model)
    proxy.set_entity(1)
    qtmodeltester.check(proxy)


def test_entities_model_passes_the_model_tester(qtmodeltester: Any, extraction: Extraction) -> None:
    model = EntitiesModel()
    model.set_extraction(extraction)
    qtmodeltester.check(model)
    proxy = EntitiesFilter()
    proxy.setSourceModel(model)
    proxy.set_kinds(frozenset({"PER", "ORG"}))
    qtmodeltester.check(proxy)


def test_events_come_in_date_order_with_the_date_as_said(extraction: Extraction) -> None:
    model = EventsModel()
    model.set_extraction(extraction)
    rows = [model.index(r, 0).data(EVENT_ROLE) for r in range(model.rowCount())]
    assert [r.event.sort_key for r in rows] == sorted(r.event.sort_key for r in rows)
    said = {r.event.id: r.date_text for r in rows}
    assert said[2] == "février 2015"
    assert said[4] == "début 2018"
    assert said[5] == "30 novembre 2022"


def test_a_relative_date_is_marked_as_derived(extraction: Extraction) -> None:
    model = EventsModel()
    model.set_extraction(extraction)
    rows = {r.event.id: r for r in (model.index(i, 0).data(EVENT_ROLE) for i in range(5))}
    assert rows[3].derived_from is not None
    assert "En février 2015" in rows[3].derived_from
    assert rows[2].derived_from is None


def test_events_filter_keeps_one_persons_events(extraction: Extraction) -> None:
    model = EventsModel()
    model.set_extraction(extraction)
    proxy = EventsFilter()
    proxy.setSourceModel(model)
    proxy.set_entity(2)
    kept = {proxy.index(r, 0).data(EVENT_ROLE).event.id for r in range(proxy.rowCount())}
    expected = {e.id for e in extraction.events if 2 in e.participants}
    assert kept == expected
    proxy.set_entity(None)
    assert proxy.rowCount() == len(extraction.events)


def test_entities_filter_by_kind_and_by_alias(extraction: Extraction) -> None:
    model = EntitiesModel()
    model.set_extraction(extraction)
    proxy = EntitiesFilter()
    proxy.setSourceModel(model)
    assert sorted(_names(proxy)) == ["Elon Musk", "Sam Altman"]
    proxy.set_kinds(frozenset({"ORG"}))
    assert _names(proxy) == ["OpenAI"]
    proxy.set_kinds(frozenset({"PER", "ORG", "LOC", "MISC"}))
    proxy.set_search("altman")
    assert _names(proxy) == ["Sam Altman"]
    proxy.set_search("ÉLON")  # case and accents do not matter
    assert _names(proxy) == ["Elon Musk"]


def test_entities_sort_by_mentions_as_numbers(extraction: Extraction) -> None:
    model = EntitiesModel()
    model.set_extraction(extraction)
    proxy = EntitiesFilter()
    proxy.setSourceModel(model)
    proxy.set_kinds(frozenset({"PER", "ORG", "LOC", "MISC"}))
    proxy.sort(MENTIONS)
    counts = [int(proxy.index(r, MENTIONS).data()) for r in range(proxy.rowCount())]
    assert counts == sorted(counts)
