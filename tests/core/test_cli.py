"""``liseuse extract``: the JSON shape, the summary, the cache, and bad input without tracebacks."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from core.cli import command_names, main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "musk-altman-fr.txt"


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite'}"


def _count_documents(url: str) -> int:
    path = url.removeprefix("sqlite:///")
    if not Path(path).exists():
        return 0
    with closing(sqlite3.connect(path)) as conn:  # closed: Python 3.13 warns of one left open
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])


@pytest.mark.slow
def test_extract_json_has_the_documented_shape(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED), "--json", "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"document", "text", "regions", "entities", "dates", "events"}
    assert set(data["document"]) == {"id", "title", "language", "sha256", "source", "dct", "chars"}
    assert data["document"]["language"] == "fr"
    assert data["document"]["chars"] == len(data["text"])
    entity = data["entities"][0]
    assert set(entity) == {"id", "kind", "name", "aliases", "mentions", "attributes"}
    for mention in entity["mentions"]:
        assert data["text"][mention["start"] : mention["end"]] == mention["text"]
    for date in data["dates"]:
        assert data["text"][date["start"] : date["end"]] == date["text"]
    entity_ids = {e["id"] for e in data["entities"]}
    date_ids = {d["id"] for d in data["dates"]}
    for event in data["events"]:
        assert event["date_id"] in date_ids
        assert set(event["participants"]) <= entity_ids
    # Nothing comes from the set-aside regions.
    body = [(r["start"], r["end"]) for r in data["regions"] if r["role"] in ("title", "body")]
    spans = [m for e in data["entities"] for m in e["mentions"]] + data["dates"]
    assert all(any(a <= s["start"] and s["end"] <= b for a, b in body) for s in spans)


@pytest.mark.slow
def test_second_extract_is_answered_from_the_store(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(SEED), "--db", db]) == 0
    first = capsys.readouterr().out
    assert "extracted in" in first
    assert "Elon Musk" in first
    assert main(["extract", str(SEED), "--db", db]) == 0
    assert "from the store" in capsys.readouterr().out
    assert _count_documents(db) == 1


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    return {
        "missing": tmp_path / "nowhere.txt",
        "directory": folder,
        "binary": binary,
        "empty": empty,
        "huge": huge,
    }


@pytest.mark.parametrize("case", ["missing", "directory", "binary", "empty", "huge"])
def test_bad_article_gives_one_line_and_writes_nothing(
    case: str, tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _bad_inputs(tmp_path)[case]
    assert main(["extract", str(path), "--db", db]) == 1
    err = capsys.readouterr().err
    assert err.startswith("liseuse: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert _count_documents(db) == 0


def test_a_corrupt_database_is_kept_aside_and_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_ner: None
) -> None:
    """As the window does: the damaged file is kept, byte for byte, beside a new store (there
    is no backup to restore here), and the reader is told in one line."""
    article = tmp_path / "a.txt"
    article.write_text("Un article.\nAnne Roy est arrivée à Lyon en 2015.", encoding="utf-8")
    broken = tmp_path / "broken.sqlite"
    junk = b"SQLite format 3\x00" + b"\xff" * 4000
    broken.write_bytes(junk)
    assert main(["timeline", str(article), "--db", str(broken)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("liseuse: The damaged file was kept as ")
    assert err.count("\n") == 1
    (kept,) = [p for p in tmp_path.iterdir() if p.name.startswith("broken.sqlite.damaged-")]
    assert kept.read_bytes() == junk
    assert _count_documents(str(broken)) == 1


def test_unreachable_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Un article sur Lyon.", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'x.sqlite'}"
    assert main(["extract", str(article), "--db", url]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_bad_dct_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(SEED), "--dct", "30/11/2022"])
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_subcommand_names_are_known() -> None:
    assert "extract" in command_names()


def test_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "core",
            "extract",
            str(tmp_path / "missing.txt"),
            "--db",
            f"sqlite:///{tmp_path / 's.sqlite'}",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("liseuse: ")
    assert "Traceback" not in result.stderr


def test_english_article_gets_dates_and_a_note_without_an_english_model(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.names import nlp

    monkeypatch.setitem(nlp.MODELS, "en", ("no_such_english_model",))
    article = tmp_path / "storm.txt"
    article.write_text(
        "Storm hits coast\n\nOn March 3, 2021, the storm reached the coast. Two days later, "
        "the damage was said to be severe across the whole region.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(article), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "· en ·" in out
    assert "2 dates" in out
    assert "install one with: python -m spacy download no_such_english_model" in out


@pytest.mark.usefixtures("no_ner")
def test_a_closed_pipe_is_not_a_traceback(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Titre\n" + "Une phrase sans nom propre. " * 4000, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    assert main(["extract", str(article), "--db", db]) == 0  # stored first (no NER here)
    command = [sys.executable, "-m", "core", "extract", str(article), "--json", "--db", db]
    reader = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert reader.stdout is not None
    assert reader.stderr is not None
    reader.stdout.read(10)
    reader.stdout.close()  # like `| head -c 10`
    stderr = reader.stderr.read().decode()
    reader.wait(timeout=60)
    reader.stderr.close()
    assert "Traceback" not in stderr
    assert reader.returncode in (0, 141)
