"""core.library: the one door — opening (lock, recovery), cache, analysis, and highlights that
follow a changed article, with the report of what was carried over."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core import api
from core.errors import NotFound
from core.library import Library, claim, lookup
from core.store.backup import make_backup
from core.store.lock import StoreInUse


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


@pytest.fixture
def library(db: str, no_ner: None) -> Iterator[Library]:
    with Library.open(db) as opened:
        yield opened


def test_cached_answers_only_the_same_bytes(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Titre\nUn paragraphe sur Lyon.\n", encoding="utf-8")
    article = api.prepare(path)
    assert library.cached(article) is None
    first = library.analyse(article).extraction
    assert library.cached(api.prepare(path)) == first
    path.write_text("Titre\nUn paragraphe sur Lyon, modifié.\n", encoding="utf-8")
    assert library.cached(api.prepare(path)) is None


def test_highlights_follow_an_edited_article_and_the_analysis_says_so(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "article.txt"
    body = "La réunion a eu lieu à Lyon. Les deux parties ont signé un accord historique."
    path.write_text(f"Titre\n{body}\n", encoding="utf-8")
    first, analysis = library.open_article(api.prepare(path))
    assert analysis is not None
    assert analysis.report() is None  # nothing to carry over the first time
    quote = "signé un accord historique"
    made = library.highlights.create_at_quote(first.document.id, quote, note="à relire")

    path.write_text(f"Titre\nUn chapeau ajouté.\n{body}\n", encoding="utf-8")
    second, analysis = library.open_article(api.prepare(path))
    assert analysis is not None
    assert second.document.id != first.document.id
    assert analysis.carried.exact == 1
    assert analysis.report() == (
        "the text changed; 1 highlights carried over (1 exact, 0 approximate, 0 unanchored)"
    )
    (moved,) = library.highlights.of_document(second.document.id)
    assert moved.uuid == made.uuid
    assert moved.anchor_state == "exact"
    assert second.text[moved.start : moved.end] == quote
    assert moved.note == "à relire"
    assert library.open_article(api.prepare(path)) == (second, None)  # stored: no new analysis


def test_a_highlight_whose_quote_is_gone_is_kept_unanchored(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Titre\nUne phrase qui va disparaître bientôt. Une autre reste.\n", "utf-8")
    first, _ = library.open_article(api.prepare(path))
    library.highlights.create_at_quote(first.document.id, "qui va disparaître")
    path.write_text("Titre\nUne autre reste.\n", encoding="utf-8")
    second, analysis = library.open_article(api.prepare(path))
    assert analysis is not None
    assert len(analysis.carried.unanchored) == 1
    (kept,) = library.highlights.of_document(second.document.id)
    assert kept.anchor_state == "unanchored"
    assert kept.quote == "qui va disparaître"


def test_highlights_are_named_by_uuid_through_delete_and_restore(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Titre\nAnne Roy est arrivée à Lyon en mars 2015.\n", encoding="utf-8")
    extraction, _ = library.open_article(api.prepare(path))
    document_id = extraction.document.id
    made = library.highlights.create_at_quote(document_id, "arrivée à Lyon", color="red")
    edited = library.highlights.update(made.uuid, note="*vu*", tags=["voyage"])
    assert (edited.uuid, edited.note, edited.tags) == (made.uuid, "*vu*", ("voyage",))
    assert library.highlights.search("LYON", document_id=document_id) == [edited]
    gone = library.highlights.delete(made.uuid)
    assert library.highlights.of(document_id).annotations == ()
    with pytest.raises(NotFound):
        library.highlights.update(made.uuid, color="blue")
    back = library.highlights.restore(gone)
    assert library.highlights.of(document_id).annotations == (back,)
    assert library.highlights.tags() == ("voyage",)
    export = library.export(document_id, "md")
    assert export.title == "a"  # a text without a title line is named after its file
    assert "> arrivée à Lyon" in export.text


def test_lookup_tells_absent_from_cannot_tell(db: str, tmp_path: Path, no_ner: None) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Titre\nUn paragraphe sur Lyon.\n", encoding="utf-8")
    article = api.prepare(path)
    assert lookup(db, article).state == "absent"  # no store yet: nothing to ask it
    with Library.open(db) as library:
        assert lookup(db, article).state == "absent"
        made = library.analyse(article).extraction
    found = lookup(db, article)
    assert found.state == "found"
    assert found.stored is not None
    assert found.stored.extraction == made
    assert lookup(f"{db}?mode=rw", article).state == "unknown"  # a URL only SQLAlchemy reads


def test_an_exclusive_library_holds_the_store_until_closed(db: str) -> None:
    with Library.open(db, exclusive=True):
        with pytest.raises(StoreInUse):
            claim(db)
        with Library.open(db) as reader:  # closed: Python 3.13 warns of a connection left open
            assert reader.url  # a non-exclusive reader (the command line) still opens it
    lock = claim(db)
    assert lock is not None
    lock.release()


def test_a_damaged_store_is_recovered_on_open(db: str, tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    Library.open(db).close()
    make_backup(path, reason="test")
    path.write_bytes(b"not a database at all" * 300)
    with Library.open(db) as library:
        assert library.recovered is not None
        assert "restored" in library.recovered
        assert library.documents() == []
    assert [p for p in tmp_path.iterdir() if ".damaged-" in p.name]


def test_a_store_on_read_only_media_opens_read_only_without_a_lock(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock file cannot be made there: nothing can be written, so there is nothing to guard."""
    Library.open(db).close()
    real_open = os.open

    def read_only_media(path: Any, flags: int, *args: Any) -> int:
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    real_access = os.access

    def no_writing(path: Any, mode: int, **kwargs: Any) -> bool:
        return False if mode & os.W_OK else real_access(path, mode)

    with monkeypatch.context() as media:
        media.setattr("core.store.lock.os.open", read_only_media)
        media.setattr("core.store.db.os.access", no_writing)
        assert claim(db) is None
        with Library.open(db, exclusive=True) as library:
            assert library.read_only is not None
            assert "read-only media" in library.read_only
    with Library.open(db) as library:
        assert library.read_only is None


def test_a_lock_that_fails_for_another_reason_is_said(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def out_of_descriptors(path: Any, flags: int, *args: Any) -> int:
        if str(path).endswith(".lock"):
            raise OSError(errno.EMFILE, "Too many open files", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr("core.store.lock.os.open", out_of_descriptors)
    with pytest.raises(OSError, match="Too many open files"):
        claim(db)
