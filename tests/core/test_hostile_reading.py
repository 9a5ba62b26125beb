"""Hostile sources are refused in one line, never with a traceback (issue 13): declared charsets
that name no text encoding, a symbolic-link loop, addresses that cannot be parsed, a server that
drips its answer or redirects in a loop. Servers here listen on 127.0.0.1 only."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.errors import ReadError
from core.reading import fetching
from core.reading.article import load_article
from core.reading.fetching import fetch_url
from core.reading.files import decode, text_codec

NOT_TEXT = ["base64", "rot13", "hex", "zlib", "bz2", "undefined", "utf-7", "cp037", "uu", "idna"]


@pytest.mark.parametrize("label", NOT_TEXT)
def test_a_meta_charset_naming_no_text_encoding_is_ignored(label: str) -> None:
    page = f'<html><head><meta charset="{label}"></head><body><p>Un été à Paris.</p></body></html>'
    assert "Un été à Paris." in decode(page.encode(), name="page.html", html=True)


@pytest.mark.parametrize("label", NOT_TEXT)
def test_a_transport_charset_naming_no_text_encoding_is_ignored(label: str) -> None:
    assert decode("Un été.".encode(), name="x", declared=label) == "Un été."


def test_a_meta_that_says_utf16_is_read_as_utf8_as_browsers_do() -> None:
    page = '<meta charset="utf-16"><p>Un été.</p>'
    assert decode(page.encode(), name="x", html=True) == page


def test_whatwg_encodings_are_still_trusted() -> None:
    assert text_codec("windows-1251") == "cp1251"
    assert text_codec("Shift_JIS") == "shift_jis"
    assert text_codec("x-mac-cyrillic") == "mac-cyrillic"
    page = '<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251")
    assert "Привет" in decode(page, name="x", html=True)


def test_a_symbolic_link_loop_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    with pytest.raises(ReadError, match="loop of symbolic links"):
        load_article(tmp_path / "a.txt")


@pytest.mark.parametrize(
    "url", ["http://[::1", "http://[::1]:99999/", "https://a:b:c/", "http://[zz]/x", "http://x:-1/"]
)
def test_an_address_that_cannot_be_parsed_is_one_line(url: str) -> None:
    with pytest.raises(ReadError) as caught:
        load_article(url)
    assert "\n" not in str(caught.value)


class DripServer:
    """Answers one request with ``head`` at once, then ``drip`` one byte at a time, ``pause``
    apart, until the client goes away or the test ends; counts the dripped bytes sent."""

    def __init__(self, head: bytes, drip: bytes, pause: float = 0.02) -> None:
        self.head, self.drip, self.pause = head, drip, pause
        self.sent = 0
        self.stop = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        connection, _ = self.listener.accept()
        with connection:
            connection.recv(65536)
            try:
                connection.sendall(self.head)
                for byte in self.drip:
                    if self.stop.wait(self.pause):
                        return
                    connection.sendall(bytes([byte]))
                    self.sent += 1
            except OSError:
                return

    def close(self) -> None:
        self.stop.set()
        self.listener.close()
        self.thread.join()


@pytest.fixture
def short_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("no_proxy", "*")
    monkeypatch.setattr(fetching, "URL_TOTAL_S", 0.6)


@pytest.mark.parametrize("where", ["headers", "body"])
@pytest.mark.usefixtures("short_deadline")
def test_a_dripping_server_is_cut_off_at_the_deadline(where: str) -> None:
    """A byte every few seconds never tripped the per-read timeout: the download went on."""
    body = b"x" * 400
    headers = f"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {len(body)}\r\n\r\n"
    if where == "headers":
        server = DripServer(b"", headers.encode() + body)
    else:
        server = DripServer(headers.encode(), body)
    try:
        with pytest.raises(ReadError, match=r"took more than 0\.6 s"):
            fetch_url(f"http://127.0.0.1:{server.port}/a.txt", timeout=0.5)
    finally:
        server.close()
    assert server.sent < len(server.drip)  # cut off before the server was done


class LoopServer:
    """Redirects every request to itself (a redirect loop)."""

    def __init__(self) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(302)
                self.send_header("Location", self.path)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                """Quiet."""

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


@pytest.fixture
def loop_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopServer]:
    monkeypatch.setenv("no_proxy", "*")
    server = LoopServer()
    yield server
    server.close()


def test_a_redirect_loop_says_so(loop_server: LoopServer) -> None:
    with pytest.raises(ReadError, match="redirect loop"):
        load_article(f"http://127.0.0.1:{loop_server.httpd.server_address[1]}/a")
