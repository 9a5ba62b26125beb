"""Nothing the user did not ask for is written or replaced, and nothing hostile reaches the
terminal raw (issue 13): ``export --out --force`` replaces only regular files and keeps their
mode; Markdown and CSV exports neutralise what a viewer or a spreadsheet would run; control
characters in titles, file names and messages are printed escaped."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from core.annotations.exporting import markdown_safe, to_csv, to_markdown
from core.cli import main
from core.files import FileExists, write_atomic
from core.model import Annotation, DocumentInfo
from core.store.db import open_store
from tests.core.annotation_helpers import TEXT, save_text

ESC = "\x1b"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "cli.sqlite"
    store = open_store(str(path))
    save_text(store, TEXT, title="Séance du conseil")
    store.close()
    return str(path)


def _export(db: str, out: Path, *extra: str) -> int:
    return main(["export", "1", "--format", "md", "--out", str(out), "--db", db, *extra])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_force_does_not_replace_a_named_pipe(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    assert _export(db, fifo, "--force") == 1
    assert "named pipe (FIFO); only a regular file can be replaced" in capsys.readouterr().err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize("dangling", [True, False])
def test_force_does_not_replace_a_symbolic_link(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], dangling: bool
) -> None:
    target = tmp_path / "target.md"
    if not dangling:
        target.write_text("le fichier visé\n", encoding="utf-8")
    link = tmp_path / "out.md"
    link.symlink_to(target)
    for extra in ((), ("--force",)):
        assert _export(db, link, *extra) == 1
        assert "symbolic link" in capsys.readouterr().err
        assert link.is_symlink()
    assert dangling != target.exists()


def test_a_device_is_never_replaced(tmp_path: Path) -> None:
    with pytest.raises(FileExists, match="is a device"):
        write_atomic(Path(os.devnull), "x", overwrite=True)
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o600])
def test_a_replaced_file_keeps_its_mode(db: str, tmp_path: Path, mode: int) -> None:
    """Replaced files came back 0600."""
    out = tmp_path / "out.md"
    out.write_text("ancien\n", encoding="utf-8")
    out.chmod(mode)
    assert _export(db, out, "--force") == 0
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert "Séance du conseil" in out.read_text(encoding="utf-8")


def test_a_new_file_gets_the_usual_mode(db: str, tmp_path: Path) -> None:
    mask = os.umask(0o022)
    os.umask(mask)
    out = tmp_path / "new.md"
    assert _export(db, out) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask


def _annotation(note: str, tags: tuple[str, ...] = (), quote: str = "un passage") -> Annotation:
    return Annotation(
        id=1,
        uuid="0b0b0b0b-0000-4000-8000-000000000001",
        document_id=1,
        document_sha256="0" * 64,
        start=0,
        end=len(quote),
        quote=quote,
        prefix="",
        suffix="",
        color="yellow",
        note=note,
        tags=tags,
        created="2024-01-01T00:00:00Z",
        modified="2024-01-01T00:00:00Z",
    )


DOCUMENT = DocumentInfo(1, "<b>Titre</b>", "fr", "0" * 64, "/a.txt", None, 10)


def test_markdown_export_escapes_notes_and_tags_as_the_html_export_does() -> None:
    """Notes and tags were written raw: <script>, <img onerror>, [x](javascript:…)."""
    note = "Voir <script>alert(1)</script> et [x](javascript:alert(1))\n\n[r]: vbscript:msgbox"
    tags = ("<img src=x onerror=alert(1)>", "[y](javascript:alert(2))")
    text = to_markdown(DOCUMENT, [_annotation(note, tags, quote="<iframe src=x>")])
    front, body = text.split("\n---\n", 1)
    assert 'title: "<b>Titre</b>"' in front  # YAML data, not rendered
    for raw in ("<script", "<img", "<iframe", "<b>", "](javascript:", "\n[r]: vbscript"):
        assert raw not in body
    assert "&lt;script&gt;" in body


def test_markdown_export_keeps_the_readers_own_markdown() -> None:
    note = "**important** : [source](https://example.org/a) & *suite*"
    text = to_markdown(DOCUMENT, [_annotation(note)])
    assert "**important** : [source](https://example.org/a) &amp; *suite*" in text
    assert markdown_safe("[ici](liseuse://open?doc=1)") == "[ici](liseuse://open?doc=1)"


@pytest.mark.parametrize("note", ["\n=1+1", " =1+1", "＝1+1", "＋cmd", "=HYPERLINK(x)"])
def test_csv_neutralises_every_formula_start(note: str) -> None:
    text = to_csv(DOCUMENT, [_annotation(note)])
    assert f"'{note}" in text


def test_a_file_name_with_escape_sequences_is_printed_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """extract, timeline and errors printed terminal escapes raw."""
    name = tmp_path / f"a{ESC}]0;pwned{chr(7)}{ESC}[2J\u202eb.txt"
    for command in ("extract", "timeline"):
        assert main([command, str(name), "--db", str(tmp_path / "s.sqlite")]) == 1
        err = capsys.readouterr().err
        assert ESC not in err
        assert "\x07" not in err
        assert "\u202e" not in err
        assert "\\x1b]0;pwned\\x07\\x1b[2J\\u202eb.txt" in err
        assert err.count("\n") == 1


@pytest.mark.usefixtures("no_ner")
def test_a_title_with_escape_sequences_is_printed_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.md"
    article.write_text(
        f"# Titre {ESC}[31mrouge\u009b2J\n\nUn paragraphe de texte complet.\n", encoding="utf-8"
    )
    db = str(tmp_path / "s.sqlite")
    assert main(["extract", str(article), "--db", db]) == 0
    out = capsys.readouterr().out
    assert ESC not in out
    assert "\u009b" not in out
    assert "Titre \\x1b[31mrouge\\x9b2J" in out
    assert main(["extract", str(article), "--json", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "\u009b" not in out
    assert json.loads(out)["document"]["title"] == f"Titre {ESC}[31mrouge\u009b2J"
    assert main(["timeline", str(article), "--db", db]) == 0
    assert ESC not in capsys.readouterr().out
