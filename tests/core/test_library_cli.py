"""``liseuse add / list / people / timeline / delete / restore``: the library on the command line,
with the JSON shapes issue #11 gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.library import Library
from tests.core.library_helpers import make_article


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "store.sqlite")


@pytest.fixture
def stored(db: str) -> list[int]:
    ids = []
    with Library.open(db) as library:
        for title, sentence, people in (
            ("Fondation", "En 2015, Sam Altman et Elon Musk fondent OpenAI.", {"Sam Altman": ()}),
            ("Rupture", "En 2015, Altman et Musk fondent OpenAI ensemble.", {"Altman": ()}),
        ):
            article, extraction = make_article(title, [("2015", sentence)], people)
            ids.append(library.add(article, extraction).extraction.document.id)
    return ids


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> object:
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_list_json_has_the_issues_fields(
    db: str, stored: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _json(capsys, ["list", "--json", "--db", db])
    assert isinstance(rows, list)
    assert [r["id"] for r in rows] == stored[::-1]
    for key in ("id", "title", "source", "dct", "language", "added", "people", "events"):
        assert key in rows[0]


def test_list_search_keeps_the_matching_articles_with_their_passages(
    db: str, stored: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _json(capsys, ["list", "--search", "ensemble", "--json", "--db", db])
    assert [r["id"] for r in rows] == [stored[1]]
    assert "**ensemble**" in rows[0]["hits"][0]["snippet"]
    assert main(["list", "--search", "NEAR(", "--db", db]) == 0
    assert "no article matches" in capsys.readouterr().out


def test_people_all_json(db: str, stored: list[int], capsys: pytest.CaptureFixture[str]) -> None:
    (altman,) = _json(capsys, ["people", "--all", "--json", "--db", db])
    assert altman["name"] == "Sam Altman"
    assert altman["aliases"] == ["Altman"]
    assert altman["articles"] == stored
    assert altman["mentions"] == 2
    assert main(["people", "--db", db]) == 1  # neither --all nor ids: said, not a traceback


def test_timeline_of_a_person_and_of_ids(
    db: str, stored: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    data = _json(capsys, ["timeline", "--person", "altman", "--json", "--db", db])
    assert isinstance(data, dict)
    (event,) = data["events"]
    assert (event["document"], event["value"]) == (stored[0], "2015")
    assert {"label", "participants"} <= set(event)
    assert [s["document"] for s in event["sources"]] == stored
    assert main(["timeline", *map(str, stored), "--db", db]) == 0
    assert "(doc 1, 2)" in capsys.readouterr().out


def test_delete_and_restore(db: str, stored: list[int], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["delete", str(stored[0]), "--db", db]) == 0
    assert capsys.readouterr().out == f"moved to the trash: {stored[0]}\n"
    assert [r["id"] for r in _json(capsys, ["list", "--json", "--db", db])] == [stored[1]]
    assert [r["id"] for r in _json(capsys, ["list", "--trash", "--json", "--db", db])] == [
        stored[0]
    ]
    assert main(["restore", str(stored[0]), "--db", db]) == 0
    capsys.readouterr()
    assert len(_json(capsys, ["list", "--json", "--db", db])) == 2  # type: ignore[arg-type]
    assert main(["delete", "999", "--db", db]) == 1
    assert "no document with id 999" in capsys.readouterr().err


def test_add_stores_a_folder_skips_what_is_there_and_reports_failures(
    db: str, tmp_path: Path, no_ner: None, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Premier\nUn texte sur Lyon.\n", encoding="utf-8")
    (folder / "sub" / "b.md").write_text("# Second\n\nUn texte sur Paris.\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Caché\nNon.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    assert main(["add", str(folder), str(tmp_path / "missing.txt"), "--jobs", "1", "--db", db]) == 1
    out, err = capsys.readouterr()
    assert out.strip() == "2 added, 2 failed"
    assert len(err.strip().splitlines()) == 2
    assert all(line.startswith("failed: ") for line in err.strip().splitlines())
    assert main(["add", str(folder / "a.txt"), "--jobs", "1", "--db", db]) == 0
    assert capsys.readouterr().out.strip() == "0 added, 1 already there, 0 failed"


def test_titles_reach_the_terminal_escaped(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with Library.open(db) as library:
        article, extraction = make_article("Titre \x1b]0;piège\x07", [(None, "Un texte.")])
        library.add(article, extraction)
    assert main(["list", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\\x1b]0;piège\\x07" in out
