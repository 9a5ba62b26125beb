"""``load_article`` / ``article_from_text``: hashes, offsets, dates, titles, arguments."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core.errors import LiseuseError, ReadError
from core.reading.article import Article, article_from_text, fallback_title, load_article

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "musk-altman-fr.txt"
DATA = ROOT / "tests" / "data" / "articles"


def test_article_from_text_matches_load_article() -> None:
    from_file = load_article(SEED)
    from_text = article_from_text(SEED.read_text(encoding="utf-8"), source=from_file.source)
    assert from_text == from_file  # UTF-8 without BOM: the same bytes, the same article


def test_article_from_text_normalises_newlines_and_hashes() -> None:
    article = article_from_text("Un titre\r\nUn paragraphe complet.\rUn autre paragraphe.")
    assert article.text == "Un titre\nUn paragraphe complet.\nUn autre paragraphe."
    assert article.sha256 == hashlib.sha256(article.text.encode()).hexdigest()
    assert article.raw_sha256 != article.sha256
    assert article.source == "<text>"
    assert article.format == "txt"


def test_offsets_index_the_text() -> None:
    article = load_article(DATA / "crlf.txt")
    for region in article.regions:
        assert article.text[region.start : region.end]
    assert article.regions[-1].end == len(article.text)


def test_article_is_frozen() -> None:
    article = article_from_text("Un paragraphe complet.")
    with pytest.raises(AttributeError):
        article.title = "autre"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("dct", "expected"),
    [(None, None), ("2024-02-29", "2024-02-29"), (" 2021-01-05 ", "2021-01-05")],
)
def test_document_date_argument(dct: str | None, expected: str | None) -> None:
    assert article_from_text("Un paragraphe complet.", dct=dct).dct == expected


@pytest.mark.parametrize("dct", ["2023-02-29", "05/01/2021", "2021-1-5", "hier", "20210105"])
def test_an_invalid_document_date_is_refused(dct: str) -> None:
    with pytest.raises(LiseuseError, match="invalid document date"):
        article_from_text("Un paragraphe complet.", dct=dct)


def test_a_dateline_in_the_text_is_not_the_document_date() -> None:
    article = article_from_text("Paris, le 3 mars 2021 —\nLe conseil a voté le budget hier.")
    assert article.dct is None


def test_unknown_format_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        article_from_text("texte", fmt="pdf")


@pytest.mark.parametrize("text", ["", "   \n\t  \r\n"])
def test_empty_text_is_refused(text: str) -> None:
    with pytest.raises(ReadError, match=r"<text> (is empty|holds only blank space)"):
        article_from_text(text)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("/home/anne/articles/budget-2024.txt", "budget-2024"),
        ("https://example.org/news/bridge-closes.html", "bridge-closes"),
        ("https://example.org/news/bridge/", "bridge"),
        ("https://example.org/", "example.org"),
        ("<text>", ""),
    ],
)
def test_fallback_title(source: str, expected: str) -> None:
    assert fallback_title(source) == expected


def test_path_objects_and_strings_are_both_accepted() -> None:
    assert load_article(SEED) == load_article(str(SEED))


def test_seed_article_fields() -> None:
    article: Article = load_article(SEED)
    assert article.raw_sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert article.sha256 == article.raw_sha256  # plain UTF-8 with "\n": text == bytes
    assert (article.format, article.language, article.dct) == ("txt", "fr", None)


def test_file_url_from_a_file_manager_opens_the_file(tmp_path: Path) -> None:
    path = tmp_path / "Mon article 100%.txt"
    path.write_text("Un titre\nUn paragraphe.\n", encoding="utf-8")
    article = load_article(path.as_uri())
    assert article.text == "Un titre\nUn paragraphe.\n"
    assert article.source == str(path)


def test_file_url_of_another_host_is_refused() -> None:
    with pytest.raises(ReadError, match="only files on this computer"):
        load_article("file://server/share/a.txt")
