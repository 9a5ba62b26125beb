"""``liseuse annotate``, ``export`` and ``import`` on documents saved in the test (no NLP)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import build_parser, main
from core.store import annotations as service
from core.store.db import open_store
from tests.core.annotation_helpers import TEXT, save_text


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "cli.sqlite"
    store = open_store(str(path))
    save_text(store, TEXT, title="Séance du conseil")
    store.close()
    return str(path)


def test_commands_are_registered() -> None:
    parser = build_parser()
    for argv in (
        ["annotate", "1", "--quote", "x"],
        ["export", "1", "--format", "md"],
        ["import", "f.json"],
    ):
        assert parser.parse_args(argv).func is not None


def test_annotate_saves_at_once(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "annotate",
            "1",
            "--quote",
            "le budget",
            "--color",
            "green",
            "--note",
            "**n**",
            "--tag",
            "vote",
            "--tag",
            "#budget",
            "--db",
            db,
        ]
    )
    assert code == 0
    assert "highlight 1 saved on document 1 (green)" in capsys.readouterr().out
    store = open_store(db)
    try:
        made = service.get(store, 1)
    finally:
        store.close()
    assert (made.quote, made.note, made.tags) == ("le budget", "**n**", ("budget", "vote"))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["annotate", "1", "--quote", "absent du texte"], "the quote is not in the text"),
        (["annotate", "7", "--quote", "le budget"], "no document with id 7"),
        (["annotate", "1", "--quote", "le", "--occurrence", "99"], "not in the text 99 times"),
        (["export", "9", "--format", "md"], "no document with id 9"),
        (["import", "absent.json"], "cannot read"),
    ],
)
def test_bad_requests_get_one_line(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main([*argv, "--db", db]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_export_to_stdout_file_and_folder(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["annotate", "1", "--quote", "pistes cyclables", "--db", db])
    capsys.readouterr()
    assert main(["export", "1", "--format", "md", "--db", db]) == 0
    assert "> pistes cyclables" in capsys.readouterr().out
    out = tmp_path / "h.json"
    assert main(["export", "1", "--format", "json", "--out", str(out), "--db", db]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["total"] == 1
    assert main(["export", "1", "--format", "csv", "--out", str(out), "--db", db]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["export", "1", "--format", "csv", "--out", str(out), "--force", "--db", db]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("created,modified")
    folder = tmp_path / "exports"
    folder.mkdir()
    assert main(["export", "1", "--format", "html", "--out", str(folder), "--db", db]) == 0
    assert [p.name for p in folder.iterdir()] == ["Séance du conseil.html"]


def test_export_timeline(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "1", "--format", "timeline-json", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["events"] == []
    assert main(["export", "1", "--format", "timeline-csv", "--db", db]) == 0
    assert capsys.readouterr().out.lstrip("\ufeff").startswith("Year,Month,Day")


def test_import_round_trip_through_the_command_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["annotate", "1", "--quote", "La maire", "--note", "🚀", "--db", db])
    out = tmp_path / "h.json"
    main(["export", "1", "--format", "json", "--out", str(out), "--db", db])
    other = str(tmp_path / "other.sqlite")
    store = open_store(other)
    save_text(store, TEXT)
    store.close()
    capsys.readouterr()
    assert main(["import", str(out), "--db", other]) == 0
    assert "imported 1 highlights" in capsys.readouterr().out
    assert main(["import", str(out), "--db", other]) == 0
    assert "1 already there" in capsys.readouterr().out


@pytest.mark.usefixtures("no_ner")
def test_a_path_names_its_document_and_follows_its_edits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "p.sqlite")
    article = tmp_path / "article.txt"
    article.write_text(f"Titre\n{TEXT}\n", encoding="utf-8")
    assert main(["annotate", str(article), "--quote", "pistes cyclables", "--db", db]) == 0
    article.write_text(f"Titre\nUn chapeau.\n{TEXT}\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["export", str(article), "--format", "csv", "--db", db]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 2
    assert rows[1].endswith(",pistes cyclables,,,exact")


def test_an_edited_article_says_what_became_of_its_highlights(
    tmp_path: Path, no_ner: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """annotate, edit the file elsewhere, annotate (and export) again: the highlight is carried
    over to the new version, and the command says so on stderr."""
    db = str(tmp_path / "edited.sqlite")
    article = tmp_path / "article.txt"
    body = "La séance a duré trois heures. Le budget a été voté à une large majorité."
    article.write_text(f"Titre\n{body}\n", encoding="utf-8")
    assert main(["annotate", str(article), "--quote", "voté à une large majorité", "--db", db]) == 0
    assert "carried over" not in capsys.readouterr().err

    article.write_text(f"Titre\nUn chapeau ajouté par la rédaction.\n{body}\n", encoding="utf-8")
    assert main(["export", str(article), "--format", "csv", "--db", db]) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        "liseuse: the text changed; 1 highlights carried over "
        "(1 exact, 0 approximate, 0 unanchored)\n"
    )
    assert "voté à une large majorité" in captured.out  # the highlight is on the new version
    assert main(["export", str(article), "--format", "csv", "--db", db]) == 0
    assert capsys.readouterr().err == ""  # said once, when the new version was read


def test_a_damaged_store_is_recovered_by_the_command_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.store.backup import make_backup

    path = Path(db)
    make_backup(path, reason="test")
    path.write_bytes(b"this is not a database" * 500)
    assert main(["export", "1", "--format", "md", "--db", db]) == 0
    captured = capsys.readouterr()
    assert "restored" in captured.err
    assert "# Séance du conseil" in captured.out  # the document of the backup
    assert [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
