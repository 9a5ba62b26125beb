"""The store's code on PostgreSQL: a real server, started for this module in a temporary folder.

Skipped, saying why, when no PostgreSQL server binaries (``initdb``, ``pg_ctl``) or no driver
(psycopg) are installed. As root (CI), the server runs as the ``postgres`` user (PostgreSQL
refuses root). Only Unix sockets, in the server's own folder: nothing listens on the network.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.errors import NotOurDatabase
from core.library import Library
from tests.core.library_helpers import make_article


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
    return versions[-1].parent if versions else None


def _as_server_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    try:
        import pwd

        pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root and there is no 'postgres' user to run the server as")
    return ["runuser", "-u", "postgres", "--"]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    pytest.importorskip("psycopg", reason="the PostgreSQL driver (psycopg) is not installed")
    bin_dir = _binaries()
    if bin_dir is None or not (bin_dir / "initdb").exists():
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) found")
    run_as = _as_server_user()
    folder = Path(tempfile.mkdtemp(prefix="liseuse-pg-", dir="/tmp"))
    data = folder / "data"
    if run_as:
        shutil.chown(folder, "postgres")
    port = random.randint(20000, 40000)
    user = "postgres" if run_as else os.environ.get("USER", "postgres")

    def call(*command: str) -> None:
        subprocess.run([*run_as, *command], check=True, capture_output=True, timeout=120)

    try:
        call(str(bin_dir / "initdb"), "-D", str(data), "-U", user, "-A", "trust", "-E", "UTF8")
        options = f"-k {folder} -p {port} -c listen_addresses='' -c fsync=off"
        call(str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l",
             str(folder / "log"), "start")  # fmt: skip
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.skip(f"the PostgreSQL server did not start: {exc}")
    try:
        import psycopg

        with psycopg.connect(
            host=str(folder), port=port, user=user, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute("CREATE DATABASE liseuse")
            conn.execute("CREATE DATABASE other")
        yield f"postgresql+psycopg://{user}@/liseuse?host={folder}&port={port}"
    finally:
        subprocess.run(
            [*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(folder, ignore_errors=True)


def test_the_library_works_on_postgresql(server: str) -> None:
    with Library.open(server) as library:
        ids = []
        for title, sentence, people in (
            ("Fondation", "En 2015, Sam Altman et Elon Musk fondent OpenAI.", {"Sam Altman": ()}),
            ("Rupture", "En 2015, Altman et Musk fondent OpenAI ensemble.", {"Altman": ()}),
        ):
            article, extraction = make_article(title, [("2015", sentence)], people)
            stored = library.add(article, extraction).extraction
            assert library.document(stored.document.id).text == extraction.text
            ids.append(stored.document.id)
        made = library.highlights.create_at_quote(
            ids[1], "fondent OpenAI", note="Élève", tags=["x"]
        )
        assert [a.uuid for a in library.highlights.search("élève")] == [made.uuid]
        assert [e.id for e in library.catalogue()] == ids[::-1]
        assert {h.document_id for h in library.search("ENSEMBLE")} == {ids[1]}
        (altman,) = library.people()
        assert altman.articles == tuple(ids)
        assert [a.document_id for a in library.appearances(altman)] == ids
        (event,) = library.story(ids)
        assert len(event.sources) == 2
        library.trash([ids[0]])
        assert [e.id for e in library.catalogue(trashed=True)] == [ids[0]]
        assert library.empty_trash() == 1
        assert library.highlights.of_document(ids[1])[0].note == "Élève"
    with Library.open(server) as again:  # opened again: the schema is there, at its version
        assert [e.id for e in again.catalogue()] == [ids[1]]


def test_a_postgresql_database_that_is_not_ours_is_refused(server: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(server).set(database="other")
    host, port = url.query["host"], url.query["port"]
    with psycopg.connect(host=host, port=port, user=url.username, dbname="other") as conn:
        conn.execute("CREATE TABLE notes (id integer)")
        conn.commit()
    with pytest.raises(NotOurDatabase):
        Library.open(url.render_as_string(hide_password=False))
