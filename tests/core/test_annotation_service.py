"""Creating, editing, deleting (and undoing) highlights; listing them; tags; carrying over."""

from __future__ import annotations

import pytest

from core.errors import NotFound
from core.store import annotations as service
from core.store.annotations import InvalidAnnotation
from core.store.db import Store, open_store
from core.store.reanchor import after_open, carry_over_from_source, reattach_orphans
from core.store.repository import delete_document
from tests.core.annotation_helpers import TEXT, save_text


def _span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def test_create_stores_quote_context_and_offsets(store: Store, document: int) -> None:
    start, end = _span("une gestion prudente")
    made = service.create(store, document, start, end, color="green", note="*à suivre*")
    assert made.quote == "une gestion prudente"
    assert made.prefix == TEXT[start - 32 : start]
    assert made.suffix == TEXT[end : end + 32]
    assert (made.start, made.end, made.color, made.anchor_state) == (start, end, "green", "exact")
    assert made.created == made.modified
    assert len(made.uuid) == 36


def test_create_is_committed_when_it_returns(store: Store, document: int) -> None:
    made = service.create(store, document, *_span("le budget"))
    other = open_store(store.url)
    try:
        assert service.get(other, made.id) == made
    finally:
        other.close()


@pytest.mark.parametrize(
    ("start", "end", "color"),
    [(-1, 4, "yellow"), (5, 5, "yellow"), (0, 10_000, "yellow"), (0, 5, "turquoise")],
)
def test_create_refuses_bad_requests(
    store: Store, document: int, start: int, end: int, color: str
) -> None:
    with pytest.raises(InvalidAnnotation):
        service.create(store, document, start, end, color=color)


def test_create_refuses_blank_text_and_unknown_document(store: Store, document: int) -> None:
    newline = TEXT.index("\n")
    with pytest.raises(InvalidAnnotation):
        service.create(store, document, newline, newline + 1)
    with pytest.raises(NotFound):
        service.create(store, document + 99, 0, 5)


def test_colour_accepts_hex_and_aliases(store: Store, document: int) -> None:
    assert service.create(store, document, 0, 2, color="#2EA8E5").color == "blue"
    assert service.create(store, document, 3, 10, color="Gray").color == "grey"


def test_update_recolours_edits_note_and_tags(store: Store, document: int) -> None:
    made = service.create(store, document, *_span("le budget"), tags=["budget"])
    changed = service.update(store, made.id, color="red", note="voir p. 2", tags=["#vote", "Vote"])
    assert (changed.color, changed.note, changed.tags) == ("red", "voir p. 2", ("vote",))
    assert changed.created == made.created
    assert changed.modified >= made.modified
    kept = service.update(store, made.id, note="autre")
    assert (kept.color, kept.tags) == ("red", ("vote",))


def test_delete_then_restore_gives_back_the_same_highlight(store: Store, document: int) -> None:
    made = service.create(store, document, *_span("pistes cyclables"), note="n", tags=["ville"])
    gone = service.delete(store, made.id)
    assert gone == made
    assert service.list_annotations(store, document) == []
    assert service.list_tags(store) == []
    back = service.restore(store, gone)
    assert (back.uuid, back.created, back.modified, back.tags, back.note) == (
        made.uuid,
        made.created,
        made.modified,
        made.tags,
        made.note,
    )
    with pytest.raises(InvalidAnnotation):
        service.restore(store, gone)


def test_unknown_annotation_is_not_found(store: Store, document: int) -> None:
    for call in (service.get, service.delete):
        with pytest.raises(NotFound):
            call(store, 12345)


def test_list_is_in_reading_order_and_filters(store: Store, document: int) -> None:
    late = service.create(store, document, *_span("sans abstention"), color="red", tags=["vote"])
    early = service.create(store, document, *_span("conseil municipal"), tags=["vote", "élus"])
    middle = service.create(store, document, *_span("La maire"), color="red")
    ids = [a.id for a in service.list_annotations(store, document)]
    assert ids == [early.id, middle.id, late.id]
    reds = service.list_annotations(store, document, colors=["red"])
    assert [a.id for a in reds] == [middle.id, late.id]
    tagged = service.list_annotations(store, document, tags=["vote"])
    assert [a.id for a in tagged] == [early.id, late.id]
    both = service.list_annotations(store, document, colors=["red"], tags=["vote", "élus"])
    assert both == []


def test_list_tags_counts_and_completes(store: Store, document: int) -> None:
    service.create(store, document, 0, 2, tags=["Vote", "budget"])
    service.create(store, document, 3, 10, tags=["vote", "ville"])
    service.create(store, document, 11, 20, tags=["Vote"])
    tags = service.list_tags(store)
    assert [(t.name, t.count) for t in tags] == [
        ("Vote", 2),
        ("budget", 1),
        ("ville", 1),
        ("vote", 1),
    ]
    assert [t.name for t in service.list_tags(store, "#V")] == ["Vote", "ville", "vote"]


def test_document_deleted_keeps_highlights_and_gives_them_back(store: Store) -> None:
    first = save_text(store, TEXT)
    made = service.create(store, first, *_span("le budget"), note="garder")
    delete_document(store, first)
    orphans = service.list_orphans(store)
    assert [(o.uuid, o.note, o.document_id) for o in orphans] == [(made.uuid, "garder", None)]
    again = save_text(store, TEXT)
    assert reattach_orphans(store, again) == 1
    assert [a.uuid for a in service.list_annotations(store, again)] == [made.uuid]


def test_changed_text_carries_highlights_over(store: Store) -> None:
    old = save_text(store, TEXT, source="/articles/conseil.txt")
    kept = service.create(
        store, old, *_span("a défendu « une gestion prudente » face aux critiques")
    )
    edited = service.create(store, old, *_span("Les élus écologistes ont réclamé davantage"))
    lost = service.create(store, old, *_span("vingt-trois voix pour et onze contre"))
    new_text = "Nouveau paragraphe en tête, ajouté par la rédaction.\n" + TEXT.replace(
        "Les élus écologistes ont", "Les élus écologistes avaient"
    ).replace("vingt-trois voix pour et onze contre", "une large majorité")
    new = save_text(store, new_text, source="/articles/conseil.txt")
    report = carry_over_from_source(store, new)
    assert (report.exact, report.approximate, [a.id for a in report.unanchored]) == (
        1,
        1,
        [lost.id],
    )
    placed = {a.id: a for a in service.list_annotations(store, new)}
    assert new_text[placed[kept.id].start : placed[kept.id].end] == kept.quote
    assert placed[edited.id].anchor_state == "approximate"
    assert new_text[placed[edited.id].start : placed[edited.id].end].startswith("Les élus")
    assert (placed[lost.id].anchor_state, placed[lost.id].start) == ("unanchored", None)
    assert [a.id for a in service.list_unanchored(store, new)] == [lost.id]
    assert list(placed) == [kept.id, edited.id, lost.id]


def test_after_open_gives_back_and_carries_over(store: Store) -> None:
    first = save_text(store, TEXT, source="/a.txt")
    kept = service.create(store, first, *_span("le budget"))
    delete_document(store, first)
    again = save_text(store, TEXT, source="/a.txt")
    report = after_open(store, again)
    assert (report.reattached, report.total) == (1, 0)
    newer = save_text(store, "Chapeau.\n" + TEXT, source="/a.txt")
    report = after_open(store, newer)
    assert (report.reattached, report.exact, report.unanchored) == (0, 1, ())
    assert [a.uuid for a in service.list_annotations(store, newer)] == [kept.uuid]


def test_revert_undoes_an_update_exactly(store: Store, document: int) -> None:
    made = service.create(store, document, *_span("le budget"), note="avant", tags=["a"])
    service.update(store, made.id, color="red", note="après", tags=["b"])
    assert service.revert(store, made) == made
    assert [t.name for t in service.list_tags(store)] == ["a"]


def test_delete_many_backs_up_and_restore_many_undoes(store: Store, document: int) -> None:
    from pathlib import Path

    from core.store.backup import list_backups

    made = [service.create(store, document, i * 10, i * 10 + 5, tags=["t"]) for i in range(3)]
    gone = service.delete_many(store, [m.id for m in made])
    assert gone == made
    assert service.list_annotations(store, document) == []
    assert [b.reason for b in list_backups(Path(store.engine.url.database or ""))] == [
        "before-delete"
    ]
    assert service.restore_many(store, gone) == made
    with pytest.raises(NotFound):
        service.delete_many(store, [made[0].id, 999])
    assert len(service.list_annotations(store, document)) == 3
