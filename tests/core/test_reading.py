"""Reading files: encodings, newlines, hashes, formats, and every kind of bad input."""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest

from core.errors import ReadError
from core.reading.article import load_article
from core.reading.files import (
    MAX_BYTES,
    decode,
    html_declared_charset,
    normalise_newlines,
    read_file,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "articles"
FRENCH = (DATA / "fr-utf8.txt").read_text(encoding="utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    "name",
    [
        "fr-utf8.txt",
        "fr-utf8-bom.txt",
        "fr-utf16le-bom.txt",
        "fr-utf16be-bom.txt",
        "fr-cp1252.txt",
        "crlf.txt",
    ],
)
def test_every_encoding_gives_the_same_text(name: str) -> None:
    article = load_article(DATA / name)
    assert article.text == FRENCH
    assert article.raw_sha256 == sha256((DATA / name).read_bytes())
    assert article.sha256 == sha256(FRENCH.encode("utf-8"))
    assert article.format == "txt"
    assert article.source == str((DATA / name).resolve())


def test_latin1_file_is_decoded() -> None:
    article = load_article(DATA / "fr-latin1.txt")
    assert article.text == (DATA / "fr-latin1.utf8.txt").read_text(encoding="utf-8")


def test_bomless_utf16_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(FRENCH.encode("utf-16-le"))
    assert load_article(path).text == FRENCH


def test_newlines_are_normalised_and_hashes_differ() -> None:
    article = load_article(DATA / "crlf.txt")
    assert "\r" not in article.text
    assert article.raw_sha256 != article.sha256


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("a\r\nb", "a\nb"), ("a\rb", "a\nb"), ("a\r\r\nb", "a\n\nb"), ("a\n\rb", "a\n\nb")],
)
def test_normalise_newlines(raw: str, expected: str) -> None:
    assert normalise_newlines(raw) == expected


def test_declared_charset_is_used() -> None:
    data = "Les élèves ont œuvré ; coût : 5 €.".encode("cp1252")
    assert decode(data, name="x", declared="windows-1252") == "Les élèves ont œuvré ; coût : 5 €."


def test_latin1_label_on_utf8_bytes_is_a_mislabel() -> None:
    data = "Les élèves".encode()
    assert decode(data, name="x", declared="iso-8859-1") == "Les élèves"


def test_html_meta_charset_is_found() -> None:
    page = b'<html><head><meta charset="windows-1252"></head><body>\xe9t\xe9</body></html>'
    assert html_declared_charset(page) == "windows-1252"
    assert decode(page, name="x", html=True).endswith("été</body></html>")


def test_utf8_with_one_broken_character_stays_utf8(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    data = FRENCH.encode("utf-8")
    path.write_bytes(data + "é".encode()[:1] + b"\n")  # a character cut in half at the end
    assert load_article(path).text == FRENCH + "\ufffd\n"


def test_unknown_extension_with_text_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "article.data"
    path.write_bytes(FRENCH.encode("utf-8"))
    article = load_article(path)
    assert (article.format, article.text) == ("txt", FRENCH)


def test_unknown_extension_with_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_bytes((DATA / "article.html").read_bytes())
    article = load_article(path)
    assert article.format == "html"
    assert "<p>" not in article.text


# --- bad input: one clear line, never a traceback -------------------------------------------


def refused(source: str | Path) -> str:
    with pytest.raises(ReadError) as caught:
        load_article(source)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in refused(tmp_path / "absent.txt")


def test_directory(tmp_path: Path) -> None:
    assert "is a folder" in refused(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    assert "not a regular file" in refused(path)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="needs a user that permissions stop"
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Un paragraphe complet.", encoding="utf-8")
    path.chmod(0)
    assert "cannot read" in refused(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "is empty" in refused(path)


@pytest.mark.parametrize("content", [b"   \n\t\n  ", b"\r\n\r\n", codecs.BOM_UTF8 + b"\n \n"])
def test_whitespace_only_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    assert "only blank space" in refused(path)


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"some text\x00with a NUL byte in the middle of it",
        b"text with \x01\x02\x03\x04 control bytes \x05\x06\x07\x08 everywhere",
    ],
)
def test_binary_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "file.txt"
    path.write_bytes(content)
    assert "binary" in refused(path)


def test_binary_content_behind_a_utf16_bom(tmp_path: Path) -> None:
    path = tmp_path / "file.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "\x00\x01\x02\x03\x04\x05".encode("utf-16-le"))
    assert "binary" in refused(path)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (codecs.BOM_UTF8 + b"caf\xe9 cr\xe8me", "invalid utf-8-sig"),
        (codecs.BOM_UTF16_LE + b"a\x00b", "invalid utf-16"),
    ],
)
def test_undecodable_bytes(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "file.txt"
    path.write_bytes(content)
    assert expected in refused(path)


def test_a_huge_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:  # sparse: 50 MB long, nothing written
        stream.truncate(50 * 1024 * 1024)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    message = refused(path)
    assert "too large" in message
    assert f"{MAX_BYTES / 2**20:g} MiB" in message


def test_read_file_caps_what_it_reads(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(b"x" * 2000)
    with pytest.raises(ReadError, match="too large"):
        read_file(path, max_bytes=1000)


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".epub", ".png", ".zip"])
def test_unsupported_extension(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"document{suffix}"
    path.write_bytes(b"%PDF-1.7 or whatever it is")
    message = refused(path)
    assert f"unsupported file type {suffix}" in message
    assert ".txt, .md and .html" in message
