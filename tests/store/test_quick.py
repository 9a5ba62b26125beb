"""``core.store.quick``: a stored document read with ``sqlite3`` is exactly what the ORM reads;
an article it knows is not stored is ``absent``, and anything it cannot read plainly is left to
the full path (``unknown``), with nothing written."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import update

from core import EXTRACTOR_VERSION, api
from core.library import Library, extraction_of
from core.model import (
    Attributes,
    DocumentInfo,
    Entity,
    Event,
    Extraction,
    Mention,
    Region,
    TimeExpression,
)
from core.store import annotations as service
from core.store import queries, quick, repository, rows
from core.store.db import Store, db_path, open_store
from core.store.files import plain_sqlite_file
from core.store.queries_sql import SQL
from core.store.schema import AnnotationRow
from tests.store.conftest import build_legacy

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "musk-altman-fr.txt"
TEXT = "Titre\nAnne Roy part en 2015. Deux ans plus tard, Nexora recrute Anne Roy à Lyon."


def _extraction(sha: str) -> Extraction:
    return Extraction(
        document=DocumentInfo(0, "Titre", "fr", sha, "/tmp/a.txt", "2020-01-02", len(TEXT)),
        text=TEXT,
        regions=(Region(0, 5, "title"), Region(5, len(TEXT), "body")),
        entities=(
            Entity(
                7,
                "PER",
                "Anne Roy",
                ("Anne Roy", "Roy"),
                (Mention(6, 14, "Anne Roy"), Mention(64, 72, "Anne Roy")),
                Attributes(age=40, roles=("PDG de Nexora", "ministre")),
            ),
            Entity(9, "ORG", "Nexora", ("Nexora",), (Mention(49, 55, "Nexora"),)),
            Entity(11, "LOC", "Lyon", (), (Mention(75, 79, "Lyon"),)),
        ),
        dates=(
            TimeExpression(3, 23, 27, "2015", "DATE", "2015", None, "explicit", None),
            TimeExpression(4, 29, 46, "Deux ans plus tard", "DATE", "2017", "MID", "previous", 3),
        ),
        events=(
            Event(2, 4, "2017", None, "year", "2017-01-01", 29, 72, "Nexora recrute", (9, 7)),
            Event(1, 3, "2015", None, "year", "2015-01-01", 6, 28, "Anne Roy part", (7,)),
        ),
    )


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    opened = open_store(url)
    yield opened
    opened.close()


def _save(store: Store, sha: str, raw: str, version: str = EXTRACTOR_VERSION) -> int:
    return repository.save_extraction(
        store, _extraction(sha), raw_sha256=raw, extractor_version=version
    )


def test_the_generated_sql_is_what_sqlalchemy_compiles_now() -> None:
    stale = "core/store/queries_sql.py is stale: run python -m core.store.queries"
    assert queries.compiled() == SQL, stale


def test_every_part_the_rows_need_has_a_statement() -> None:
    others = {
        "find_cached",
        "document",
        "annotations",
        "annotation_tags",
        "tag_counts",
        "corrections",
    }
    assert set(rows.PARTS) | others == set(queries.STATEMENTS)


def test_quick_read_equals_the_orm_read(store: Store, url: str) -> None:
    _save(store, "a" * 64, "r" * 64)
    second = _save(store, "b" * 64, "s" * 64)  # another document, to read one among several
    store.close()
    stored = quick.lookup(url, "s" * 64, EXTRACTOR_VERSION).stored
    assert stored is not None
    found = stored.extraction
    reopened = open_store(url)
    try:
        assert found == repository.load_extraction(reopened, second)
    finally:
        reopened.close()
    assert found.document.id == second
    assert [e.name for e in found.entities] == ["Anne Roy", "Nexora", "Lyon"]
    assert found.entities[0].attributes == Attributes(40, ("PDG de Nexora", "ministre"))
    assert found.dates[1].anchor_date_id == found.dates[0].id
    assert [e.value for e in found.events] == ["2015", "2017"]


def test_highlights_and_tags_read_quickly_equal_the_services_list(store: Store, url: str) -> None:
    first = _save(store, "a" * 64, "r" * 64)
    second = _save(store, "b" * 64, "s" * 64)
    service.create(store, second, 49, 55, color="green", tags=["Économie", "avenir"])
    service.create(store, second, 6, 14, note="**qui ?**", tags=["personnes"])
    lost = service.create(store, second, 64, 72, color="blue", tags=["personnes"])
    with store.write() as session:  # as re-anchoring leaves a highlight it could not place
        session.execute(
            update(AnnotationRow)
            .where(AnnotationRow.id == lost.id)
            .values(start=None, end=None, anchor_state="unanchored")
        )
    service.create(store, first, 0, 5, tags=["ailleurs", "personnes"])  # not on this document
    expected = service.list_annotations(store, second)
    tags = tuple(t.name for t in service.list_tags(store))
    store.close()
    stored = quick.lookup(url, "s" * 64, EXTRACTOR_VERSION).stored
    assert stored is not None
    assert stored.annotations == tuple(expected)
    assert [a.quote for a in stored.annotations] == ["Anne Roy", "Nexora", "Anne Roy"]
    assert stored.annotations[-1].anchor_state == "unanchored"
    assert stored.annotations[1].tags == ("avenir", "Économie")
    assert stored.tags == tags
    assert stored.tags[0] == "personnes"


def test_another_extractor_version_or_unknown_bytes_is_not_an_answer(
    store: Store, url: str
) -> None:
    _save(store, "a" * 64, "r" * 64, version="0")
    assert quick.lookup(url, "r" * 64, EXTRACTOR_VERSION).state == "absent"
    assert quick.lookup(url, "x" * 64, "0").state == "absent"
    assert quick.lookup(url, "r" * 64, "0").state == "found"


def test_no_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nothing.sqlite"
    assert quick.lookup(f"sqlite:///{path}", "r" * 64, EXTRACTOR_VERSION).state == "absent"
    assert not path.exists()


@pytest.mark.parametrize(
    "content", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_a_file_that_is_not_a_readable_database_is_left_to_the_full_path(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "odd.sqlite"
    path.write_bytes(content)
    assert quick.lookup(f"sqlite:///{path}", "r" * 64, EXTRACTOR_VERSION) == quick.UNKNOWN
    assert path.read_bytes() == content


def test_another_applications_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "theirs.sqlite"
    with closing(sqlite3.connect(path)) as conn:  # closed: Python 3.13 warns of one left open
        conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY)")
        conn.commit()
    before = path.read_bytes()
    assert quick.lookup(f"sqlite:///{path}", "r" * 64, EXTRACTOR_VERSION) == quick.UNKNOWN
    assert path.read_bytes() == before


def test_a_store_to_upgrade_goes_to_the_full_path(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    build_legacy(path, 1).close()
    before = path.read_bytes()
    assert quick.lookup(f"sqlite:///{path}", "r" * 64, EXTRACTOR_VERSION) == quick.UNKNOWN
    assert path.read_bytes() == before


def test_reading_writes_nothing(store: Store, url: str) -> None:
    _save(store, "a" * 64, "r" * 64)
    store.close()
    path = db_path(url)
    assert path is not None
    before = path.read_bytes()
    assert quick.lookup(url, "r" * 64, EXTRACTOR_VERSION).state == "found"
    assert path.read_bytes() == before


def test_a_reader_during_a_write_sees_the_last_commit(store: Store, url: str) -> None:
    """WAL: a writer holding its transaction open does not stop or confuse the quick reader."""
    _save(store, "a" * 64, "r" * 64)
    with store.write() as session:
        session.connection().exec_driver_sql("UPDATE documents SET title = 'pas encore'")
        found = quick.lookup(url, "r" * 64, EXTRACTOR_VERSION).stored
    assert found is not None
    assert found.extraction.document.title == "Titre"


@pytest.mark.parametrize(
    "url",
    [
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite+pysqlite:///x.sqlite",
        "sqlite:///file:x.sqlite?mode=ro&uri=true",
        "sqlite:///a%20b.sqlite",
        "postgresql://host/db",
    ],
)
def test_urls_it_does_not_parse_are_left_to_sqlalchemy(url: str) -> None:
    assert plain_sqlite_file(url) is None
    assert quick.lookup(url, "r" * 64, EXTRACTOR_VERSION) == quick.UNKNOWN


@pytest.mark.parametrize(
    "url", ["sqlite:///relative/store.sqlite", "sqlite:////abs/store.sqlite", "sqlite:///~/s.db"]
)
def test_the_file_it_reads_is_the_one_sqlalchemy_opens(url: str) -> None:
    assert plain_sqlite_file(url) == db_path(url)


@pytest.mark.slow
def test_the_sample_article_reads_back_the_same_both_ways(url: str) -> None:
    article = api.prepare(SEED)
    made, analysis = extraction_of(url, article)
    assert analysis is not None
    quick_read = api.lookup(url, article).stored
    assert quick_read is not None
    assert quick_read.extraction == made
    with Library.open(url) as library:
        assert library.cached(article) == made
    assert extraction_of(url, article) == (made, None)


def test_a_stored_article_asked_for_in_another_language_or_date_is_not_answered(
    store: Store, url: str, tmp_path: Path
) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Un titre\nAnne Roy est arrivée à Lyon en mars 2015.\n", "utf-8")
    article = api.prepare(path)
    info = DocumentInfo(0, article.title, "fr", article.sha256, article.source, None, 0)
    repository.save_extraction(
        store,
        Extraction(info, article.text, article.regions),
        raw_sha256=article.raw_sha256,
        extractor_version=EXTRACTOR_VERSION,
    )
    assert api.lookup(url, article).state == "found"
    assert api.lookup(url, api.prepare(path, lang="en")).state == "absent"
    assert api.lookup(url, api.prepare(path, dct="2015-03-01")).state == "absent"


def test_rows_it_cannot_make_sense_of_are_left_to_the_full_path(store: Store, url: str) -> None:
    _save(store, "a" * 64, "r" * 64)
    with store.write() as session:
        session.connection().exec_driver_sql("UPDATE entities SET aliases = 'not json'")
    store.close()
    assert quick.lookup(url, "r" * 64, EXTRACTOR_VERSION) == quick.UNKNOWN


def test_a_language_or_date_the_reader_chose_answers_a_plain_read(
    store: Store, url: str, tmp_path: Path
) -> None:
    """Read in English by the reader's choice (or dated by them): opening the file again without
    asking for a language or a date gives that reading back, not a new one in French."""
    path = tmp_path / "article.txt"
    path.write_text("Un titre\nAnne Roy est arrivée à Lyon en mars 2015.\n", "utf-8")
    chosen = api.prepare(path, lang="en")
    info = DocumentInfo(0, chosen.title, "en", chosen.sha256, chosen.source, "2015-04-02", 0)
    repository.save_extraction(
        store,
        Extraction(info, chosen.text, chosen.regions),
        raw_sha256=chosen.raw_sha256,
        extractor_version=EXTRACTOR_VERSION,
    )
    plain = api.prepare(path)
    assert (plain.language, plain.language_given, plain.dct_given) == ("fr", False, False)
    assert api.lookup(url, plain).state == "found"
    assert api.lookup(url, api.prepare(path, lang="en")).state == "found"
    assert api.lookup(url, api.prepare(path, lang="fr")).state == "absent"
    assert api.lookup(url, api.prepare(path, dct="2015-04-02")).state == "found"
    assert api.lookup(url, api.prepare(path, dct="2016-01-01")).state == "absent"
