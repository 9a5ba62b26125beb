"""Reading an article from an http(s) address, with a timeout and a size cap.

Only ``http`` and ``https`` are accepted, for the address itself and for every redirect (no
``file:``, ``ftp:`` or ``data:``); the page is fetched once and nothing it references is.
"""

from __future__ import annotations

import http.client
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


def fetch_url(url: str, *, timeout: float = URL_TIMEOUT_S, max_bytes: int = MAX_BYTES) -> RawSource:
    """Download one page; raise ``ReadError`` with a one-line reason when that fails."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES or not parts.hostname:
        raise ReadError(f"{url}: only http and https addresses can be read")
    request = urllib.request.Request(url, headers={"User-Agent": f"Liseuse/{__version__}"})
    try:
        with _opener().open(request, timeout=timeout) as response:
            _check_length(url, response.headers.get("Content-Length"), max_bytes)
            data = _read_capped(response, url, max_bytes)
            headers = response.headers
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:  # urllib refuses redirects to other schemes itself
            target = exc.headers.get("Location", "elsewhere")
            raise ReadError(f"{url}: refused a redirect to {target}") from None
        raise ReadError(f"{url}: the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise ReadError(f"cannot fetch {url}: {_reason(exc.reason, timeout)}") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise ReadError(f"cannot fetch {url}: {_reason(exc, timeout)}") from None
    fmt = _format(headers, final_url)
    return RawSource(source=url, data=data, fmt=fmt, charset=headers.get_content_charset())


def _opener() -> urllib.request.OpenerDirector:
    """An opener with http(s) handlers only: no file, ftp or data handler to reach."""
    opener = urllib.request.OpenerDirector()
    handlers: tuple[urllib.request.BaseHandler, ...] = (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
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
    """Read at most ``max_bytes`` (refuse more) within ``URL_TOTAL_S`` seconds."""
    deadline = time.monotonic() + URL_TOTAL_S
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise ReadError(f"{url} is too large (more than {max_bytes / 2**20:g} MiB)")
        if time.monotonic() > deadline:
            raise ReadError(f"{url}: the download took more than {URL_TOTAL_S:g} s")
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
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s"
    return str(getattr(reason, "strerror", None) or reason)
