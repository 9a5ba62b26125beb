"""Reading an article from an http(s) address, with a timeout and a size cap.

Only ``http`` and ``https`` are accepted, for the address itself and for every redirect (no
``file:``, ``ftp:`` or ``data:``); the page is fetched once and nothing it references is.

A request has ``URL_TOTAL_S`` seconds in all, redirects, headers and body included: every read on
the socket waits at most for the time left (a server that sends a byte every few seconds is cut
off at the deadline, not served for ever).
"""

from __future__ import annotations

import http.client
import io
import socket
import time
import urllib.error
import urllib.request
from email.message import Message
from pathlib import PurePosixPath
from typing import IO, Any
from urllib.parse import urlsplit

from core import __version__
from core.errors import ReadError
from core.reading.files import MAX_BYTES, SUPPORTED, RawSource, format_from_extension

URL_TIMEOUT_S = 15.0  # for connecting and for each read
URL_TOTAL_S = 60.0  # for the whole download
MAX_REDIRECTS = 5
SCHEMES = ("http", "https")
_CHUNK = 64 * 1024
_CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "md",
    "text/x-markdown": "md",
    "text/plain": "txt",
}


class _SameSchemesRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a few redirects, and only to http(s) addresses."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in SCHEMES:
            raise ReadError(f"{req.full_url}: refused a redirect to {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class DeadlinePassed(TimeoutError):
    """The request's total time ran out."""


class _DeadlineReader(io.RawIOBase):
    """A socket's reading side whose every read waits at most until the deadline."""

    def __init__(self, sock: socket.socket, deadline: float, timeout: float) -> None:
        super().__init__()
        self._sock, self._deadline, self._timeout = sock, deadline, timeout
        # the socket's own file keeps it open after the connection lets it go, as urllib does
        self._raw = sock.makefile("rb", buffering=0)

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._raw.close()
        super().close()

    def readinto(self, buffer: Any) -> int:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise DeadlinePassed
        self._sock.settimeout(min(self._timeout, left))
        try:
            return self._raw.readinto(buffer) or 0
        except TimeoutError:
            if time.monotonic() >= self._deadline:
                raise DeadlinePassed from None
            raise


class _DeadlineSocket:
    """Stands for a connection's socket: writes go through, reads get a ``_DeadlineReader``."""

    def __init__(self, sock: socket.socket, deadline: float, timeout: float) -> None:
        self._sock, self._deadline, self._timeout = sock, deadline, timeout

    def makefile(self, *_args: Any, **_kwargs: Any) -> io.BufferedReader:
        """The response's file (http.client asks for "rb" only; it writes with sendall)."""
        return io.BufferedReader(_DeadlineReader(self._sock, self._deadline, self._timeout))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def _deadline_connection(base: Any, deadline: float) -> Any:
    """``base`` (HTTPConnection or HTTPSConnection) whose socket keeps the deadline."""

    class Connection(base):  # type: ignore[misc]
        def connect(self) -> None:
            _connect_before(self, deadline, super().connect)

    return Connection


def _connect_before(connection: Any, deadline: float, connect: Any) -> None:
    left = deadline - time.monotonic()
    if left <= 0:
        raise DeadlinePassed
    if connection.timeout is None or connection.timeout > left:
        connection.timeout = left
    connect()
    connection.sock = _DeadlineSocket(connection.sock, deadline, connection.timeout)


class _DeadlineHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: float) -> None:
        super().__init__()
        self._connection = _deadline_connection(http.client.HTTPConnection, deadline)

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._connection, req)


class _DeadlineHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: float) -> None:
        super().__init__()
        self._connection = _deadline_connection(http.client.HTTPSConnection, deadline)

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        context = getattr(self, "_context", None)
        return self.do_open(self._connection, req, context=context)


def fetch_url(url: str, *, timeout: float = URL_TIMEOUT_S, max_bytes: int = MAX_BYTES) -> RawSource:
    """Download one page; raise ``ReadError`` with a one-line reason when that fails."""
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
        parts.port  # noqa: B018  (a port out of range or not a number raises here)
    except ValueError:  # "http://[::1" and other addresses that cannot be parsed
        raise ReadError(f"{url}: not a valid address") from None
    if parts.scheme.lower() not in SCHEMES or not hostname:
        raise ReadError(f"{url}: only http and https addresses can be read")
    request = urllib.request.Request(url, headers={"User-Agent": f"Liseuse/{__version__}"})
    deadline = time.monotonic() + URL_TOTAL_S
    try:
        with _opener(deadline).open(request, timeout=timeout) as response:
            _check_length(url, response.headers.get("Content-Length"), max_bytes)
            data = _read_capped(response, url, max_bytes)
            headers = response.headers
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400 and _LOOP in str(exc.reason):
            raise ReadError(f"{url}: a redirect loop (the server keeps redirecting)") from None
        if 300 <= exc.code < 400:  # urllib refuses redirects to other schemes itself
            target = exc.headers.get("Location", "elsewhere")
            raise ReadError(f"{url}: refused a redirect to {target}") from None
        raise ReadError(f"{url}: the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise ReadError(f"cannot fetch {url}: {_reason(exc.reason, timeout)}") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise ReadError(f"cannot fetch {url}: {_reason(exc, timeout)}") from None
    fmt = _format(headers, final_url)
    return RawSource(source=url, data=data, fmt=fmt, charset=_charset(headers))


_LOOP = "infinite loop"  # what urllib says of a redirect loop (and of too many redirects)


def _charset(headers: Message) -> str | None:
    try:
        return headers.get_content_charset()
    except (LookupError, ValueError):  # an RFC 2231 charset that names no codec
        return None


def _opener(deadline: float) -> urllib.request.OpenerDirector:
    """An opener with http(s) handlers only: no file, ftp or data handler to reach."""
    opener = urllib.request.OpenerDirector()
    handlers: tuple[urllib.request.BaseHandler, ...] = (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        _DeadlineHTTPHandler(deadline),
        _DeadlineHTTPSHandler(deadline),
        urllib.request.HTTPDefaultErrorHandler(),
        _SameSchemesRedirects(),
        urllib.request.HTTPErrorProcessor(),
    )
    for handler in handlers:
        opener.add_handler(handler)
    return opener


def _check_length(url: str, header: str | None, max_bytes: int) -> None:
    if header and header.strip().isdigit() and int(header) > max_bytes:
        raise ReadError(
            f"{url} is too large ({int(header) / 2**20:.1f} MiB; the limit is "
            f"{max_bytes / 2**20:g} MiB)"
        )


def _read_capped(response: Any, url: str, max_bytes: int) -> bytes:
    """Read at most ``max_bytes`` (refuse more); the socket keeps the deadline."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise ReadError(f"{url} is too large (more than {max_bytes / 2**20:g} MiB)")
        chunks.append(chunk)
    return b"".join(chunks)


def _format(headers: Message, url: str) -> str | None:
    """The format from the Content-Type; the address's extension or the content when it is vague."""
    by_extension = format_from_extension(PurePosixPath(urlsplit(url).path).suffix, url)
    if headers.get("Content-Type") is None:
        return by_extension
    content_type = headers.get_content_type()
    fmt = _CONTENT_TYPES.get(content_type)
    if fmt == "txt" and by_extension == "md":  # Markdown is often served as text/plain
        return "md"
    if fmt is not None:
        return fmt
    if content_type.startswith("text/") or content_type == "application/octet-stream":
        return by_extension
    raise ReadError(f"{url}: unsupported content type {content_type} ({SUPPORTED})")


def _reason(reason: object, timeout: float) -> str:
    if isinstance(reason, DeadlinePassed):
        return f"the download took more than {URL_TOTAL_S:g} s"
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s"
    return str(getattr(reason, "strerror", None) or reason)
