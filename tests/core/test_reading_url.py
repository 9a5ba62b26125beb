"""Reading from http(s) addresses, and proof that reading a page fetches nothing it references.

Every request goes to a server on 127.0.0.1 started by the test; nothing leaves the machine.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from core.errors import ReadError
from core.reading.article import load_article
from core.reading.fetching import fetch_url

DATA = Path(__file__).resolve().parents[1] / "data" / "articles"
FRENCH = (DATA / "fr-utf8.txt").read_text(encoding="utf-8")


@dataclass
class Route:
    body: bytes
    content_type: str | None = "text/plain; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    send_length: bool = True
    hang: bool = False  # never answer (until the server stops)


class LocalServer:
    """A tiny HTTP server on 127.0.0.1 that counts every request it receives."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[str] = []
        self.release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                if route.hang:
                    server.release.wait()
                    return
                self.send_response(route.status)
                if route.content_type is not None:
                    self.send_header("Content-Type", route.content_type)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.send_length:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, format: str, *args: object) -> None:
                """Keep the test output quiet."""

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    monkeypatch.setenv("no_proxy", "*")  # a proxy set in the environment must not get these
    local = LocalServer()
    local.thread.start()
    yield local
    local.release.set()
    local.httpd.shutdown()
    local.httpd.server_close()
    local.thread.join()


def test_text_over_http_with_a_declared_charset(server: LocalServer) -> None:
    server.routes["/article"] = Route(FRENCH.encode("cp1252"), "text/plain; charset=windows-1252")
    article = load_article(server.url("/article"))
    assert article.text == FRENCH
    assert article.source == server.url("/article")
    assert article.format == "txt"


def test_html_over_http(server: LocalServer) -> None:
    server.routes["/news/bridge"] = Route((DATA / "article.html").read_bytes(), "text/html")
    article = load_article(server.url("/news/bridge"))
    assert article.format == "html"
    assert article.title == "Harbour bridge to close for repairs"
    assert "SCRIPT_SENTINEL" not in article.text
    assert server.requests == ["/news/bridge"]  # the page once, nothing it references


def test_markdown_served_as_plain_text(server: LocalServer) -> None:
    server.routes["/notes/article.md"] = Route((DATA / "article.md").read_bytes(), "text/plain")
    article = load_article(server.url("/notes/article.md"))
    assert article.format == "md"
    assert article.title == "Le budget de la ville adopté"


def test_http_error_status(server: LocalServer) -> None:
    with pytest.raises(ReadError, match="HTTP 404"):
        load_article(server.url("/missing"))


def test_too_large_by_its_content_length(server: LocalServer) -> None:
    server.routes["/big"] = Route(b"x" * 5000)
    with pytest.raises(ReadError, match="too large"):
        fetch_url(server.url("/big"), max_bytes=1000)


def test_too_large_without_a_content_length(server: LocalServer) -> None:
    server.routes["/big"] = Route(b"x" * 5000, send_length=False, headers={"Connection": "close"})
    with pytest.raises(ReadError, match="too large"):
        fetch_url(server.url("/big"), max_bytes=1000)


def test_redirect_to_another_scheme_is_refused(server: LocalServer) -> None:
    server.routes["/jump"] = Route(b"", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(ReadError, match="refused a redirect"):
        load_article(server.url("/jump"))


def test_redirect_within_http_is_followed(server: LocalServer) -> None:
    server.routes["/old"] = Route(b"", status=301, headers={"Location": server.url("/new")})
    server.routes["/new"] = Route(FRENCH.encode())
    assert load_article(server.url("/old")).text == FRENCH


def test_unsupported_content_type(server: LocalServer) -> None:
    server.routes["/paper"] = Route(b"%PDF-1.7", "application/pdf")
    with pytest.raises(ReadError, match="unsupported content type application/pdf"):
        load_article(server.url("/paper"))


def test_no_answer_within_the_timeout(server: LocalServer) -> None:
    server.routes["/slow"] = Route(b"", hang=True)
    with pytest.raises(ReadError, match=r"no answer within 0\.2 s"):
        fetch_url(server.url("/slow"), timeout=0.2)


def test_nobody_listening() -> None:
    with pytest.raises(ReadError, match="cannot fetch"):
        load_article("http://127.0.0.1:9/article")  # the discard port: closed here


# (A file:// URL names a local file, as file managers pass them: see test_article_loading.)
@pytest.mark.parametrize("url", ["ftp://127.0.0.1/a.txt", "gopher://x/", "http:///nohost"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(ReadError, match="only http and https"):
        load_article(url)


def test_reading_a_page_fetches_none_of_its_resources(server: LocalServer, tmp_path: Path) -> None:
    server.routes["/script.js"] = Route(b"alert(1)", "text/javascript")
    template = (DATA / "remote-resources.html").read_text(encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(template.replace("{port}", str(server.port)), encoding="utf-8")
    assert f"127.0.0.1:{server.port}/style.css" in page.read_text(encoding="utf-8")

    article = load_article(page)

    assert "counter of requests stays at zero" in article.text
    assert server.requests == []
