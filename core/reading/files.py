"""Bytes in, text out: read a file with a size cap, refuse what is not text, decode it.

Which files are read:

- ``.txt``/``.text``, ``.md``/``.markdown`` and ``.html``/``.htm``/``.xhtml`` by their extension;
- a file with another extension (or none) is read when its bytes are text: it is taken as HTML
  when it starts like an HTML document, else as plain text;
- document, media and archive formats (``.pdf``, ``.docx``, ``.epub``, images, ``.zip``…) are
  refused by their extension, with a message that says what Liseuse reads.

Decoding, in this order: a byte-order mark (UTF-8, UTF-16, UTF-32); a declared charset (an HTTP
``Content-Type``, or an HTML ``<meta charset>``); strict UTF-8; else charset-normalizer, with
Western European encodings preferred when it hesitates. Bytes that none of these decode are refused.

A declared charset is trusted only when it names a text encoding of the WHATWG Encoding
standard, as browsers do: ``base64``, ``rot13``, ``zlib``, ``utf-7``, EBCDIC or an unknown name
are ignored (the bytes then tell), and a page whose ``<meta>`` says UTF-16 is read as UTF-8.
"""

from __future__ import annotations

import codecs
import errno
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from core.errors import ReadError

MAX_BYTES = 20 * 1024 * 1024  # larger files are refused before a single byte is read
TEXT_FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".mdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_DOCUMENTS = (".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".mobi", ".azw3")
_OFFICE = (".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".odp")
_ARCHIVES = (".zip", ".gz", ".bz2", ".xz", ".7z", ".rar", ".tar")
_MEDIA = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".mp3", ".mp4", ".wav")
_PROGRAMS = (".exe", ".dll", ".so", ".bin", ".sqlite", ".db")
REFUSED_EXTENSIONS = frozenset(_DOCUMENTS + _OFFICE + _ARCHIVES + _MEDIA + _PROGRAMS)
SUPPORTED = "Liseuse reads .txt, .md and .html files and http(s) addresses"

_BOMS: tuple[tuple[bytes, str], ...] = (  # longest first: UTF-32-LE starts like UTF-16-LE
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls that never occur in text (tab, newlines and form feed are fine; so is a DOS ^Z)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1A), *range(0x1B, 0x20)])
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x19\x1b-\x1f]")
MAX_BROKEN_UTF8 = 3  # UTF-8 with more broken sequences than this is another encoding
MAX_CONTROL_SHARE = 0.001  # more stray control characters than this: a binary file
_WESTERN = ("cp1252", "latin_1", "iso8859_15", "cp1250", "mac_roman")
_SINGLE_BYTE_WESTERN = frozenset({"cp1252", "iso8859-1", "iso8859-15", "ascii"})  # codecs names
# The WHATWG Encoding standard's encodings, by Python's codec name (codecs.lookup(label).name),
# each to the codec that decodes it as browsers do (ISO-8859-1 and ASCII labels mean cp1252).
WHATWG_CODECS: dict[str, str] = {
    "utf-8": "utf-8",
    "cp866": "cp866",
    **{f"iso8859-{n}": f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    "koi8-r": "koi8-r",
    "koi8-u": "koi8-u",
    "mac-roman": "mac-roman",
    "mac-cyrillic": "mac-cyrillic",
    "cp874": "cp874",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    **{f"cp{n}": f"cp{n}" for n in range(1250, 1259)},
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "gbk": "gbk",
    "gb2312": "gbk",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "euc_jp": "euc_jp",
    "iso2022_jp": "iso2022_jp",
    "shift_jis": "cp932",
    "cp932": "cp932",
    "euc_kr": "cp949",
    "cp949": "cp949",
    "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be",
    "utf-16": "utf-16-le",
}
_WHATWG_ONLY_LABELS = {  # labels Python's codecs do not know
    "windows-874": "cp874",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "x-sjis": "cp932",
    "iso-8859-8-i": "iso8859-8",
    "csiso88598i": "iso8859-8",
}
_UTF16 = frozenset({"utf-16", "utf-16-le", "utf-16-be"})
_HTML_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_BLANKS = re.compile(r"\s*")
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)


@dataclass(frozen=True, slots=True)
class RawSource:
    """The bytes of an article and what is known about them before decoding."""

    source: str  # absolute path or URL
    data: bytes
    fmt: str | None  # "txt", "md", "html", or None when the content must tell
    charset: str | None = None  # declared by the transport (an HTTP header)


def is_url(source: str) -> bool:
    """True for anything written as ``scheme://…`` (only http and https are then accepted)."""
    return re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", source) is not None


def read_file(source: str | Path, *, max_bytes: int = MAX_BYTES) -> RawSource:
    """Read a file's bytes; the size is checked before reading, so a huge file costs nothing."""
    try:
        path = Path(source).expanduser().resolve()
    except RuntimeError:  # Python 3.11's word for a loop of symbolic links
        raise ReadError(f"{source}: a loop of symbolic links") from None
    except (OSError, ValueError) as exc:
        raise ReadError(f"cannot read {source}: {getattr(exc, 'strerror', None) or exc}") from None
    fmt = format_from_extension(path.suffix, str(path))
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(f"{path} is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(f"{path} is not a regular file")
        _check_size(str(path), info.st_size, max_bytes)
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise ReadError(f"{path}: no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError(f"{path}: a loop of symbolic links") from None
        raise ReadError(f"cannot read {path}: {exc.strerror or exc}") from None
    _check_size(str(path), len(data), max_bytes)
    return RawSource(source=str(path), data=data, fmt=fmt)


def format_from_extension(suffix: str, name: str) -> str | None:
    """The format an extension stands for; ``None`` to decide from the content; refuse others."""
    suffix = suffix.lower()
    if suffix in REFUSED_EXTENSIONS:
        raise ReadError(f"{name}: unsupported file type {suffix} ({SUPPORTED})")
    return TEXT_FORMATS.get(suffix)


def _check_size(name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise ReadError(
            f"{name} is too large ({size / 2**20:.1f} MiB; the limit is {max_bytes / 2**20:g} MiB)"
        )


def decode(data: bytes, *, name: str, declared: str | None = None, html: bool = False) -> str:
    """Decode an article's bytes (see the module's docstring); refuse binary or undecodable data."""
    if not data:
        raise ReadError(f"{name} is empty")
    encoding = _bom_encoding(data) or _bomless_utf16(data)
    if encoding is None:
        _refuse_binary(data, name)
        if html and text_codec(declared) is None:  # none from the transport: the page's own
            declared = html_declared_charset(data)
            if text_codec(declared) in _UTF16:  # ASCII bytes that say UTF-16: a browser reads UTF-8
                declared = "utf-8"
        text = (
            _decode_declared(data, declared)
            or _decode_utf8(data)
            or _decode_mostly_utf8(data)
            or _detect(data)
        )
        if text is None:
            raise ReadError(f"{name}: cannot tell the text encoding (undecodable bytes)")
    else:
        text = _decode_strict(data, encoding, name)
        if _too_many_controls(len(_CONTROL_CHARS.findall(text)), len(text)):
            raise ReadError(f"{name} looks like a binary file, not text")
    return text


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``: the stored text that every offset indexes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sniff_format(text: str) -> str:
    """``"html"`` for a text that starts like an HTML document (after blanks and comments, read
    in one forward pass), else ``"txt"``."""
    head = text[:4096]
    at = 0
    while True:
        at = _BLANKS.match(head, at).end()  # type: ignore[union-attr]
        if not head.startswith("<!--", at):
            break
        end = head.find("-->", at + 4)
        if end < 0:
            return "txt"
        at = end + 3
    return "html" if _HTML_ROOT.match(head, at) else "txt"


def html_declared_charset(data: bytes) -> str | None:
    """The charset named by ``<meta charset>`` or an XML declaration near the top of a page."""
    match = _HTML_CHARSET.search(data[:4096])
    if match is None:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


def _bom_encoding(data: bytes) -> str | None:
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a zero in every other byte, and only there."""
    if len(data) < 8 or len(data) % 2 or b"\x00" not in data[:2048]:
        return None
    head = data[:4096]
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.6 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.6 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _refuse_binary(data: bytes, name: str) -> None:
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if b"\x00" in data or _too_many_controls(controls, len(data)):
        raise ReadError(f"{name} looks like a binary file, not text")


def _too_many_controls(controls: int, size: int) -> bool:
    return controls > max(2, MAX_CONTROL_SHARE * size)


def _decode_strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(f"{name}: invalid {encoding} text at byte {exc.start}") from None


def text_codec(label: str | None) -> str | None:
    """The codec name of a charset label that names a WHATWG text encoding, else None."""
    if not label:
        return None
    label = label.strip().strip("\"'").strip().lower()
    try:
        codec = codecs.lookup(_WHATWG_ONLY_LABELS.get(label, label)).name
    except (LookupError, ValueError):  # unknown, or not a name at all ("a\x00b")
        return None
    return codec if codec in WHATWG_CODECS else None


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    """Decode with a declared charset; a Latin-1 label on valid UTF-8 bytes is a mislabel."""
    codec = text_codec(declared)
    if codec is None:
        return None
    if codec in _SINGLE_BYTE_WESTERN and (utf8 := _decode_utf8(data)) is not None:
        return utf8  # bytes that are valid UTF-8 are not Latin-1 text in practice
    if codec in ("iso8859-1", "ascii"):  # browsers read these labels as cp1252
        return _try_decode(data, "cp1252") or data.decode("latin_1")
    return _try_decode(data, WHATWG_CODECS[codec])


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_utf8(data: bytes) -> str | None:
    return _try_decode(data, "utf-8")


def _decode_mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a stray broken byte or two (a cut character): each becomes U+FFFD."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte_chars = len(data) - len(text)  # bytes beyond the first of each character
    if 0 < broken <= MAX_BROKEN_UTF8 and multibyte_chars >= 20 * broken:
        return text
    return None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's guess; among equally good guesses, a Western European encoding."""
    from charset_normalizer import from_bytes  # imported only for the rare non-UTF-8 file

    matches = list(from_bytes(data))
    if not matches:
        return None
    least_chaos = min(match.chaos for match in matches)
    tied = [match for match in matches if match.chaos <= least_chaos + 0.01]
    for encoding in _WESTERN:
        for match in tied:
            if match.encoding == encoding:
                return str(match)
    return str(tied[0])
