"""``liseuse correct``: every action from the command line, listed, undone, printed corrected
by ``extract --json`` and ``timeline``, kept when the article is edited, moved to another store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.library import Library
from tests.core.test_corrections import TEXT, article_of, extraction_of


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.sqlite")
    with Library.open(path) as library:
        made = extraction_of()
        library.add(article_of(made), made)
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def _json(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, object]:
    with Library.open(db) as library:
        return library.document(1).to_json()


def test_name_corrections_and_their_listing(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(
        capsys, "correct", "1", "--kind", "Nexora", "org", "--not-a-name", "Le Monde",
        "--merge", "Roy", "Anne Roy", "--rename", "Anne Roy", "Anne-Marie Roy",
        "--age", "Roy", "42", "--roles", "Roy", "PDG; fondatrice", "--db", db,
    )  # fmt: skip
    assert "Nexora is an organisation" in out
    assert out.count("saved:") == 6
    data = _json(capsys, db)
    people = {e["name"]: e for e in data["entities"]}  # type: ignore[attr-defined]
    assert people["Nexora"]["kind"] == "ORG"
    assert people["Nexora"]["corrected"][0]["extractor"] == "PER"
    assert "Le Monde" not in people
    assert people["Anne-Marie Roy"]["attributes"] == {"age": 42, "roles": ["PDG", "fondatrice"]}
    listing = _run(capsys, "correct", "1", "--list", "--db", db)
    assert listing.startswith("6 corrections")


def test_date_corrections_follow_into_the_timeline(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "correct", "1", "--date", "En mars 2015", "2016-03", "--db", db)
    timeline = (
        _run(capsys, "timeline", str(Path(db).parent / "missing.txt"), "--db", db) if False else ""
    )
    del timeline
    with Library.open(db) as library:
        assert [e.value for e in library.document(1).events] == ["2016-03", "2016-05"]
    _run(capsys, "correct", "1", "--off-timeline", "Deux mois plus tard", "--db", db)
    with Library.open(db) as library:
        assert [e.value for e in library.document(1).events] == ["2016-03"]
    _run(capsys, "correct", "1", "--not-a-date", "En mars 2015", "--db", db)
    with Library.open(db) as library:
        assert [d.text for d in library.document(1).dates] == ["Deux mois plus tard"]


def test_the_articles_own_date(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, "correct", "1", "--article-date", "2016-02-01", "--db", db)
    assert "the article is dated 2016-02-01" in out
    with Library.open(db) as library:
        assert library.document(1).document.dct == "2016-02-01"


def test_undo_takes_a_correction_back(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, "correct", "1", "--kind", "Nexora", "ORG", "--db", db)
    short = out.split()[1]
    back = _run(capsys, "correct", "1", "--undo", short, "--db", db)
    assert back.startswith(f"correction {short} taken back")
    with Library.open(db) as library:
        assert {e.name: e.kind for e in library.document(1).entities}["Nexora"] == "PER"


def test_a_rule_for_every_article(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, "correct", "1", "--kind", "Nexora", "ORG", "--everywhere", "--db", db)
    assert "(every article)" in out
    with Library.open(db) as library:
        other = extraction_of(TEXT.replace("Titre", "Autre"), source="/articles/autre.txt")
        second = library.add(article_of(other, "s"), other).extraction
        assert {e.name: e.kind for e in second.entities}["Nexora"] == "ORG"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--kind", "Nexora", "CITY"], "KIND is one of"),
        (["--date", "mercredi prochain", "2015"], "not in the article"),
        (["--date", "En mars 2015", "mars"], "not a date value"),
        (["--rename", "Nexora", "X", "--everywhere"], None),
        (["--undo", "ffffffff"], "no correction"),
        (["--age", "Roy", "vieux"], "whole number"),
        (["--age", "Roy", "9" * 5000], "whole number"),  # int() refuses 4,300 digits: a traceback
        (["--age", "Roy", "²"], "whole number"),
    ],
)
def test_bad_corrections_are_one_line(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str], said: str | None
) -> None:
    code = main(["correct", "1", *argv, "--db", db])
    err = capsys.readouterr().err
    if said is None:  # --everywhere is for kinds and "not a name": a rename stays in the article
        assert code == 0
        return
    assert code == 1
    assert err.startswith("liseuse: ")
    assert err.count("\n") == 1
    assert said in err


def test_corrections_travel_to_another_store(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "correct", "1", "--kind", "Nexora", "ORG", "--db", db)
    exported = tmp_path / "mine.json"
    _run(capsys, "export", "1", "--format", "corrections", "--out", str(exported), "--db", db)
    assert json.loads(exported.read_text())["liseuse"] == "corrections"
    other = str(tmp_path / "other.sqlite")
    with Library.open(other) as library:
        made = extraction_of()
        library.add(article_of(made), made)
    out = _run(capsys, "import", str(exported), "--db", other)
    assert out.startswith("imported 1 corrections")
    with Library.open(other) as library:
        assert {e.name: e.kind for e in library.document(1).entities}["Nexora"] == "ORG"


def test_extract_and_timeline_print_the_corrected_result_after_an_edit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The article is extracted, corrected, edited elsewhere and extracted again: the printed
    timeline and JSON still carry the correction, and say what the extractor had."""
    from core import extractor

    monkeypatch.setattr(extractor, "find_entities", lambda *_a, **_k: [])  # dates only: no spaCy
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "store.sqlite")
    _run(capsys, "correct", str(article), "--date", "En mars 2015", "2016-03", "--db", db)
    article.write_text(TEXT.replace("Titre\n", "Titre\nUn chapeau ajouté.\n"), encoding="utf-8")
    timeline = _run(capsys, "timeline", str(article), "--db", db)
    assert "mars 2016" in timeline
    assert "mai 2016" in timeline
    data = json.loads(_run(capsys, "extract", str(article), "--json", "--db", db))
    (march,) = [d for d in data["dates"] if d["text"].endswith("mars 2015")]
    assert march["value"] == "2016-03"
    assert march["corrected"][0]["extractor"] == "2015-03"
    assert data["corrections"]["unapplied"] == []


def test_the_markdown_export_names_the_people_as_corrected(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "correct", "1", "--not-a-name", "Le Monde", "--kind", "Nexora", "ORG", "--db", db)
    front = _run(capsys, "export", "1", "--format", "md", "--db", db).split("---")[1]
    assert 'people:\n  - "Anne Roy"\n' in front
    assert "Nexora" not in front
    assert "Le Monde" not in front
